A("323_koreya_sefiri_quba_qusar_xalq_qezeti.txt", None, """date 2028-04
Koreya səfiri Quba və Qusarda olub

Koreya Respublikasının Azərbaycandakı səfiri Li Sanqhun aprelin 11-də Quba rayonunda səfərdə olub. Qonağı Quba Rayon İcra Hakimiyyətinin başçısı qəbul edərək bölgənin sosial-iqtisadi inkişafı, kənd təsərüfatı və turizm potensialı barədə ətraf-
lı məlumat verib.

Səfir Koreyanın istixana təsərrüfatlarında tətbiq olunan ağıllı texnologiyalardan danışıb, Quba alma bağlarında belə layihələrin həyata keçirilməsinə ölkəsinin şirkətlərinin maraq göstərdiyini deyib. O, Qubada yerli fermerlərlə də görüşərək onları ixrac imkanları barədə dinləyib.

Daha sonra Li Sanqhun Quba Soyqırımı Memorial Kompleksini ziyarət edib, muzeydə nümayiş etdirilen eksponatlarla yaxın-
dan tanış olub.

Ertəsi gün qonaq qonşu Qusar rayonuna yollanıb, Şahdağ Turizm Mərkəzində olub. Səfirin Xaçmaza da getməsi nəzərdə tutulurdu, lakin hava şəraiti ilə bağlı bu səfər gələn aya saxlanılıb.

Tahir QƏNBƏRLİ,
«Xalq qəzeti»
""", [
 ("Li Sanqhun", "PER", "səfir", "Koreya Respublikası", ["Li Sanqhun"]),
 ("Tahir Qənbərli", "PER", None, None, ["Tahir QƏNBƏRLİ"]),
 ("Quba Rayon İcra Hakimiyyəti", "ORG", None, None, ["Quba Rayon İcra Hakimiyyətinin"]),
 ("Xalq qəzeti", "ORG", None, None, ["Xalq qəzeti"]),
 ("Koreya Respublikası", "LOC", None, None, ["Koreya", "Koreya Respublikasının", "Koreyanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı"]),
 ("Quba", "LOC", None, None, ["Quba", "Qubada"]),
 ("Qusar", "LOC", None, None, ["Qusarda", "Qusar"]),
 ("Quba Soyqırımı Memorial Kompleksi", "LOC", None, None, ["Quba Soyqırımı Memorial Kompleksini"]),
 ("Şahdağ Turizm Mərkəzi", "LOC", None, None, ["Şahdağ Turizm Mərkəzində"]),
 ("Xaçmaz", "LOC", None, None, ["Xaçmaza"]),
], [
 E("VISIT", ["Li Sanqhun"], "Quba", "2028-04-11", "happened", "Koreya Respublikasının Azərbaycandakı səfiri",
   ["regional əməkdaşlıq"], date_text="aprelin 11-də"),
 E("MEET", ["Li Sanqhun", "Quba Rayon İcra Hakimiyyəti"], "Quba", "2028-04-11", "happened", "Qonağı Quba Rayon",
   ["kənd təsərrüfatı", "turizm"], host="Quba Rayon İcra Hakimiyyəti"),
 E("VISIT", ["Li Sanqhun"], "Quba Soyqırımı Memorial Kompleksi", "2028-04-11", "happened", "Daha sonra Li Sanqhun",
   ["tarix"], place="Quba Soyqırımı Memorial Kompleksi"),
 E("VISIT", ["Li Sanqhun"], "Qusar", "2028-04-12", "happened", "Ertəsi gün qonaq qonşu",
   ["turizm"], date_text="Ertəsi gün"),
 E("VISIT", ["Li Sanqhun"], "Şahdağ Turizm Mərkəzi", "2028-04-12", "happened", "Ertəsi gün qonaq qonşu",
   ["turizm"], place="Şahdağ Turizm Mərkəzi", date_text="Ertəsi gün"),
 E("VISIT", ["Li Sanqhun"], "Xaçmaz", None, "negated", "Səfirin Xaçmaza da",
   ["regional əməkdaşlıq"]),
 E("VISIT", ["Li Sanqhun"], "Xaçmaz", "2028-05", "planned", "Səfirin Xaçmaza da",
   ["regional əməkdaşlıq"], date_text="gələn aya"),
])

A("324_elesgerli_ayib_kersten_trend.txt", "trend.az", """date 2028-04-14
Nicat Ələsgərli AYİB nümayəndə heyəti ilə görüşüb

Aprelin 14-də Baş nazir Nicat Ələsgərli ölkəmizdə səfərdə olan Avropa Yenidənqurma və İnkişaf Bankının (AYİB) bank əməliyyatları üzrə vitse-prezidenti Matilda Kersten başda olmaqla nümayəndə heyətini qəbul edib.

Nazirlər Kabinetinin mətbuat xidmətindən Trend-ə bildiriblər ki, görüşdə Bankın Azərbaycandakı portfelinin şaxələndirilməsi, kiçik və orta sahibkarlığın maliyyələşdirilməsi, yaşıl enerji layihələri müzakirə olunub.

Baş nazir AYİB-in işğaldan azad edilmiş ərazilərdə su təchizatı və enerji infrastrukturunun bərpasına verdiyi dəstəyi yüksək qiymətləndirib. Matilda Kersten isə Bankın yaxın üç ildə Azərbaycana yönəltdiyi investisiyaların həcmini iki dəfə artırmağı planlaşdırdığını deyib.

Həmin gün Maliyyə Nazirliyində Gəncə şəhərinin su təchizatı sisteminin yenidən qurulmasına dair 120 milyon avroluq kredit sazişi imzalanıb. Hökumət adından sənədi maliyyə naziri Anar Süleymanlı imzalayıb, Bankı isə Matilda Kersten təmsil edib.
""", [
 ("Nicat Ələsgərli", "PER", "baş nazir", "Nazirlər Kabineti", ["Nicat Ələsgərli"]),
 ("Matilda Kersten", "PER", "vitse-prezident", "Avropa Yenidənqurma və İnkişaf Bankı", ["Matilda Kersten"]),
 ("Anar Süleymanlı", "PER", "maliyyə naziri", "Maliyyə Nazirliyi", ["Anar Süleymanlı"]),
 ("Avropa Yenidənqurma və İnkişaf Bankı", "ORG", None, None,
  ["AYİB", "Avropa Yenidənqurma və İnkişaf Bankının", "Bankın", "AYİB-in", "Bankı"]),
 ("Nazirlər Kabineti", "ORG", None, None, ["Nazirlər Kabinetinin"]),
 ("Maliyyə Nazirliyi", "ORG", None, None, ["Maliyyə Nazirliyində"]),
 ("Trend", "ORG", None, None, ["Trend-ə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı", "Azərbaycana"]),
 ("Gəncə", "LOC", None, None, ["Gəncə"]),
], [
 E("MEET", ["Nicat Ələsgərli", "Matilda Kersten"], None, "2028-04-14", "happened", "Aprelin 14-də Baş nazir Nicat",
   ["sahibkarlıq", "yaşıl enerji", "investisiyalar"], host="Nicat Ələsgərli", date_text="Aprelin 14-də"),
 E("VISIT", ["Matilda Kersten"], "Azərbaycan", "2028-04-14", "happened", "Aprelin 14-də Baş nazir Nicat",
   ["investisiyalar"]),
 E("SIGN", ["Anar Süleymanlı", "Matilda Kersten"], "Maliyyə Nazirliyi", "2028-04-14", "happened", "Həmin gün Maliyyə Nazirliyində",
   ["su təchizatı", "kredit"], date_text="Həmin gün"),
])

A("325_ayib_gence_krediti_musavat.txt", None, """date 2028-04-14
Nicat Ələsgərli AYİB heyətini qəbul edib

Aprelin 14-də Baş nazir Nicat Ələsgərli ölkəmizdə səfərdə olan Avropa Yenidənqurma və İnkişaf Bankının (AYİB) bank əməliyyatları üzrə vitse-prezidenti Matilda Kersten başda olmaqla nümayəndə heyətini qəbul edib.

Musavat.com Trend-ə istinadən xəbər verir ki, Nazirlər Kabinetinin mətbuat xidmətinin məlumatına görə görüşdə Bankın Azərbaycandakı portfelinin şaxələndirilməsi, kiçik və orta sahibkarlığın maliyyələşdirilməsi, yaşıl enerji layihələri müzakirə olunub.

Baş nazir AYİB-in işğaldan azad edilmiş ərazilərdə su təchizatı və enerji infrastrukturunun bərpasına verdiyi dəstəyi yüksək qiymətləndirib. Matilda Kersten isə Bankın yaxın üç ildə Azərbaycana yönəltdiyi investisiyaların həcmini ikiqat artırmağı planlaşdırdığını bildirib.

Həmin gün Maliyyə Nazirliyində Gəncə şəhərinin su təchizatı sisteminin yenidən qurulmasına dair 120 milyon avroluq kredit sazişi imzalanıb. Hökumət adından sənədi maliyyə naziri Anar Süleymanlı imzalayıb, Bankı isə Matilda Kersten təmsil edib.
""", [
 ("Nicat Ələsgərli", "PER", "baş nazir", "Nazirlər Kabineti", ["Nicat Ələsgərli"]),
 ("Matilda Kersten", "PER", "vitse-prezident", "Avropa Yenidənqurma və İnkişaf Bankı", ["Matilda Kersten"]),
 ("Anar Süleymanlı", "PER", "maliyyə naziri", "Maliyyə Nazirliyi", ["Anar Süleymanlı"]),
 ("Avropa Yenidənqurma və İnkişaf Bankı", "ORG", None, None,
  ["AYİB", "Avropa Yenidənqurma və İnkişaf Bankının", "Bankın", "AYİB-in", "Bankı"]),
 ("Nazirlər Kabineti", "ORG", None, None, ["Nazirlər Kabinetinin"]),
 ("Maliyyə Nazirliyi", "ORG", None, None, ["Maliyyə Nazirliyində"]),
 ("Musavat.com", "ORG", None, None, ["Musavat.com"]),
 ("Trend", "ORG", None, None, ["Trend-ə"]),
 ("Gəncə", "LOC", None, None, ["Gəncə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı", "Azərbaycana"]),
], [
 E("MEET", ["Nicat Ələsgərli", "Matilda Kersten"], None, "2028-04-14", "happened", "Aprelin 14-də Baş nazir Nicat",
   ["sahibkarlıq", "yaşıl enerji", "investisiyalar"], host="Nicat Ələsgərli", date_text="Aprelin 14-də",
   same_as="324_elesgerli_ayib_kersten_trend.txt"),
 E("VISIT", ["Matilda Kersten"], "Azərbaycan", "2028-04-14", "happened", "Aprelin 14-də Baş nazir Nicat",
   ["investisiyalar"], same_as="324_elesgerli_ayib_kersten_trend.txt"),
 E("SIGN", ["Anar Süleymanlı", "Matilda Kersten"], "Maliyyə Nazirliyi", "2028-04-14", "happened", "Həmin gün Maliyyə Nazirliyində",
   ["su təchizatı", "kredit"], date_text="Həmin gün", same_as="324_elesgerli_ayib_kersten_trend.txt"),
], duplicate_of="324_elesgerli_ayib_kersten_trend.txt")

A("326_kazimli_sarsenbayev_mikulas_telefon_metbuat.txt", "metbuat.az", """date 2028-04-14
Kazımlı Astana və Bratislava ilə telefon əlaqəsi saxlayıb

Metbuat.az / Gündəm
14 Aprel 2028 | 16:02 | Oxunub: 845
Kazımlı Astana və Bratislava ilə telefon əlaqəsi saxlayıb

Xarici işlər naziri Ruslan Kazımlı dünən Qazaxıstanın xarici işlər naziri Yerlan Sarsenbayevlə, bu gün isə Slovakiyanın xarici işlər naziri Peter Mikulaşla telefonla danışıb.

XİN-in Metbuat.az-a açıqlamasında bildirilir ki, qazax həmkarı ilə söhbətdə Xəzər dənizi vasitəsilə yükdaşımaların artırılması, Bratislava ilə danışıqda isə gələn ay Milli Məclis heyətinin Slovakiyaya səfərinin hazırlığı müzakirə edilib. Hər iki söhbətdə nazirlər qarşılıqlı səfərlərin qrafikini də nəzərdən keçiriblər.

Mövzu ilə bağlı
Gürcüstanla sərhəddə yeni keçid məntəqəsi açılır
Lənkəranda ənənəvi çay festivalı keçiriləcək
Bakı metrosunda yeni qatarlar xəttə buraxılıb
Qusarda qar uçqunu təhlükəsi barədə xəbərdarlıq edilib
© Metbuat.az, 2028. Bütün hüquqlar qorunur
""", [
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Xarici İşlər Nazirliyi", ["Kazımlı", "Ruslan Kazımlı"]),
 ("Yerlan Sarsenbayev", "PER", "xarici işlər naziri", "Qazaxıstan", ["Yerlan Sarsenbayevlə"]),
 ("Peter Mikulaş", "PER", "xarici işlər naziri", "Slovakiya", ["Peter Mikulaşla"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["XİN-in"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclis"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az", "Metbuat.az-a"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstanın"]),
 ("Slovakiya", "LOC", None, None, ["Slovakiyanın", "Slovakiyaya"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizi"]),
 ("Astana", "LOC", None, None, ["Astana"]),
 ("Bratislava", "LOC", None, None, ["Bratislava"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstanla"]),
 ("Lənkəran", "LOC", None, None, ["Lənkəranda"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
], [
 E("CALL", ["Ruslan Kazımlı", "Yerlan Sarsenbayev"], None, "2028-04-13", "happened", "Xarici işlər naziri Ruslan Kazımlı dünən",
   ["yükdaşımalar", "Xəzər"], date_text="dünən"),
 E("CALL", ["Ruslan Kazımlı", "Peter Mikulaş"], None, "2028-04-14", "happened", "Xarici işlər naziri Ruslan Kazımlı dünən",
   ["parlamentlərarası əlaqələr", "qarşılıqlı səfərlər"], date_text="bu gün"),
])

A("327_gence_ataturk_universiteti_memorandum_apa.txt", "APA", """date 2028-04-15
Gəncə Dövlət Universiteti ilə Atatürk Universiteti arasında memorandum imzalanıb

Türkiyənin Ərzurum şəhərindəki Atatürk Universitetinin rektoru Hakan Yücelin başçılıq etdiyi heyət dünən Gəncəyə gəlib.

APA-nın Qərb bürosunun xəbərinə görə, gəldikləri gün qonaqlar Gəncə Şəhər İcra Hakimiyyətində olublar. Şəhər İcra Hakimiyyətinin başçısı rektoru və onu müşayiət edən professorları qəbul edərək Gəncənin elm və təhsil mərkəzi kimi keçdiyi yoldan danışıb.

Bu gün Gəncə Dövlət Universitetində keçirilən mərasimdə universitetin rektoru Rəşid Hüseynli ilə Hakan Yücel akademik əməkdaşlığa dair anlaşma memorandumu imzalayıblar. Sənədə əsasən, gələn tədris ilindən tələbə və müəllim mübadiləsinə başlanılacaq, aqrar elmlər üzrə ortaq magistr proqramı açılacaq.

«Ərzurumla Gəncə arasında elmi körpü qurmaq bizim üçün həm də qardaşlıq borcudur», – deyə Hüseynli vurğulayıb.

Türk qonaqlar sabah Göygöl Milli Parkına gedəcək, sonra vətənə dönəcəklər.
""", [
 ("Hakan Yücel", "PER", "rektor", "Atatürk Universiteti", ["Hakan Yücelin", "Hakan Yücel"]),
 ("Rəşid Hüseynli", "PER", "rektor", "Gəncə Dövlət Universiteti", ["Rəşid Hüseynli", "Hüseynli"]),
 ("Gəncə Dövlət Universiteti", "ORG", None, None, ["Gəncə Dövlət Universiteti", "Gəncə Dövlət Universitetində"]),
 ("Atatürk Universiteti", "ORG", None, None, ["Atatürk Universiteti", "Atatürk Universitetinin"]),
 ("Gəncə Şəhər İcra Hakimiyyəti", "ORG", None, None, ["Gəncə Şəhər İcra Hakimiyyətində", "Şəhər İcra Hakimiyyətinin"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin"]),
 ("Ərzurum", "LOC", None, None, ["Ərzurum", "Ərzurumla"]),
 ("Gəncə", "LOC", None, None, ["Gəncəyə", "Gəncənin", "Gəncə"]),
 ("Göygöl Milli Parkı", "LOC", None, None, ["Göygöl Milli Parkına"]),
], [
 E("VISIT", ["Hakan Yücel"], "Gəncə", "2028-04-14", "happened", "Türkiyənin Ərzurum şəhərindəki",
   ["təhsil"], date_text="dünən"),
 E("MEET", ["Hakan Yücel", "Gəncə Şəhər İcra Hakimiyyəti"], "Gəncə Şəhər İcra Hakimiyyəti", "2028-04-14", "happened",
   "Şəhər İcra Hakimiyyətinin başçısı rektoru", ["təhsil", "elm"], host="Gəncə Şəhər İcra Hakimiyyəti",
   date_text="gəldikləri gün"),
 E("SIGN", ["Rəşid Hüseynli", "Hakan Yücel"], "Gəncə Dövlət Universiteti", "2028-04-15", "happened",
   "Bu gün Gəncə Dövlət Universitetində", ["təhsil", "akademik mübadilə"], date_text="Bu gün"),
 E("VISIT", ["Hakan Yücel"], "Göygöl Milli Parkı", "2028-04-16", "planned", "Türk qonaqlar sabah",
   ["turizm"], place="Göygöl Milli Parkı", date_text="sabah"),
])

A("328_elesgerli_bolqaristan_sefer_texire_report.txt", "report.az", """date 2028-04-17
Nicat Ələsgərlinin Bolqarıstana səfəri təxirə salınıb

Baş nazir Nicat Ələsgərlinin aprelin 19–20-də Bolqarıstana planlaşdırılan rəsmi səfəri başqa vaxta keçirilib.

Nazirlər Kabinetindən Report-a verilən məlumata görə, bu barədə qərar dünən Nicat Ələsgərli ilə Bolqarıstanın Baş naziri Stefan Vasilev arasında telefon danışığında qəbul olunub. Hökumət başçıları səfərin may ayının sonunda baş tutmasını razılaşdırıblar. Dəqiq tarix diplomatik kanallarla sonradan bəyan ediləcək.

Səfər çərçivəsində Baş nazirlərin Sofiyada təbii qazın uzunmüddətli tədarükü və Bolqarıstan ərazisində yeni yeraltı qaz anbarının tikintisinə dair hökumətlərarası sazişi imzalaması nəzərdə tutulurdu. Lakin sənədin imzalanması da hələlik gündəlikdən çıxarılıb: Bolqarıstan tərəfi mətnin bəzi müddəalarının əlavə razılaşdırılmasını xahiş edib.

Səfərin təxirə salınmasının səbəbi rəsmi olaraq açıqlanmayıb. Bolqarıstan mətbuatı bunu ölkədə gözlənilən hökumət dəyişikliyi ilə əlaqələndirir. Xatırladaq ki, Bolqarıstan Azərbaycan qazını bir neçə ildir uzunmüddətli müqavilə əsasında alır.
""", [
 ("Nicat Ələsgərli", "PER", "baş nazir", "Nazirlər Kabineti", ["Nicat Ələsgərlinin", "Nicat Ələsgərli"]),
 ("Stefan Vasilev", "PER", "baş nazir", "Bolqarıstan", ["Stefan Vasilev"]),
 ("Nazirlər Kabineti", "ORG", None, None, ["Nazirlər Kabinetindən"]),
 ("Report", "ORG", None, None, ["Report-a"]),
 ("Bolqarıstan", "LOC", None, None, ["Bolqarıstana", "Bolqarıstanın", "Bolqarıstan"]),
 ("Sofiya", "LOC", None, None, ["Sofiyada"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
], [
 E("VISIT", ["Nicat Ələsgərli"], "Bolqarıstan", "2028-04-19", "negated", "Baş nazir Nicat Ələsgərlinin aprelin",
   ["enerji", "ikitərəfli münasibətlər"], date_text="aprelin 19–20-də"),
 E("CALL", ["Nicat Ələsgərli", "Stefan Vasilev"], None, "2028-04-16", "happened", "Nazirlər Kabinetindən Report-a",
   ["ikitərəfli münasibətlər"], date_text="dünən"),
 E("VISIT", ["Nicat Ələsgərli"], "Bolqarıstan", "2028-05", "planned", "Hökumət başçıları səfərin",
   ["ikitərəfli münasibətlər"], date_text="may ayının sonunda"),
 E("SIGN", ["Nicat Ələsgərli", "Stefan Vasilev"], "Sofiya", None, "negated", "Səfər çərçivəsində Baş nazirlərin",
   ["qaz tədarükü", "qaz anbarı"]),
])

A("329_selimov_bqxk_brunner_azertac.txt", "AZERTAC", """date 2028-04-17
Prezident Teymur Səlimov Beynəlxalq Qırmızı Xaç Komitəsinin prezidentini qəbul edib

Aprelin 17-də Prezident Teymur Səlimov Beynəlxalq Qırmızı Xaç Komitəsinin (BQXK) prezidenti Matias Brunneri qəbul edib.

Cənubi Qafqaza regional səfər edən Matias Brunner bazar günü Bakıya gəlib. Həmin gün o, xarici işlər naziri Ruslan Kazımlı ilə görüşüb.

AZERTAC xəbər verir ki, Prezidentlə görüşdə dövlət başçısı itkin düşmüş şəxslərin taleyinin aydınlaşdırılması sahəsində BQXK ilə əməkdaşlığın əhəmiyyətini vurğulayıb. Teymur Səlimov bildirib ki, minalar hələ də keçmiş məcburi köçkünlərin doğma yurdlarına qayıdışını ləngidən əsas amil olaraq qalır.

Brunner Komitənin Azərbaycandakı nümayəndəliyinin humanitar proqramlarını davam etdirəcəyini deyib, mina qurbanlarının reabilitasiyasına yardımın genişləndirilməsi imkanlarına toxunub.

Qonaq sabah Ağdama gedəcək, şəhərdə aparılan tikinti və minatəmizləmə işləri ilə yerində tanış olacaq. Brunnerin regional turunun növbəti dayanacağı Tbilisi olacaq.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Matias Brunner", "PER", "prezident", "Beynəlxalq Qırmızı Xaç Komitəsi", ["Matias Brunneri", "Matias Brunner", "Brunner", "Brunnerin"]),
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Azərbaycan", ["Ruslan Kazımlı"]),
 ("Beynəlxalq Qırmızı Xaç Komitəsi", "ORG", None, None, ["Beynəlxalq Qırmızı Xaç Komitəsinin", "BQXK", "Komitənin"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqaza"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı"]),
 ("Ağdam", "LOC", None, None, ["Ağdama"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisi"]),
], [
 E("MEET", ["Teymur Səlimov", "Matias Brunner"], None, "2028-04-17", "happened", "Aprelin 17-də Prezident",
   ["itkin düşmüş şəxslər", "minalardan təmizləmə", "humanitar əməkdaşlıq"], host="Teymur Səlimov",
   date_text="Aprelin 17-də"),
 E("VISIT", ["Matias Brunner"], "Bakı", "2028-04-16", "happened", "Cənubi Qafqaza regional səfər",
   ["humanitar əməkdaşlıq"], date_text="bazar günü"),
 E("MEET", ["Matias Brunner", "Ruslan Kazımlı"], None, "2028-04-16", "happened", "Həmin gün o, xarici",
   ["humanitar əməkdaşlıq"], date_text="Həmin gün"),
 E("VISIT", ["Matias Brunner"], "Ağdam", "2028-04-18", "planned", "Qonaq sabah Ağdama",
   ["minalardan təmizləmə", "bərpa işləri"], date_text="sabah"),
 E("VISIT", ["Matias Brunner"], "Tbilisi", None, "planned", "Brunnerin regional turunun",
   ["humanitar əməkdaşlıq"]),
])
