A("506_samaxi_turkistan_akimi_yeni_azerbaycan.txt", None, """date 2026-10
Şamaxı və Türkistan: iki qədim şəhərin yeni əməkdaşlıq səhifəsi

Oktyabrın 6–8-də Qazaxıstanın Türkistan vilayətinin akimi Nurjan Seytqaliyevin başçılıq etdiyi nümayəndə heyəti Azərbaycanda səfərdə olub. Heyətin tərkibində vilayət akimliyinin, Xoca Əhməd Yəsəvi adına Beynəlxalq Qazax-Türk Universitetinin və yerli sahibkarların təmsilçiləri var idi.

Oktyabrın 7-də Samaxiya gələn qonaqları rayon icra hakimiyyətinin başçısı Elşən Qəribli qarşılayıb. Görüşdə Qəribli hər iki şəhərin vaxtilə dövlət paytaxtı olduğunu, bu gün isə mənəvi və mədəni mərkəz kimi tanındığını vurğulayıb, Şamaxıda bərpa olunan tarixi abidələr, üzümçülük ve şərabçılıq sahəsində görülən işlər barədə danışıb. Seytqaliyev isə Türkistanın turizm infrastrukturunun son beş ildə necə dəyişdiyindən söz açıb, iki bölgə arasında məktəblilər və tələbələr üçün mübadilə proqramları təklif edib.

Görüşün sonunda Elşən Qəribli və Nurjan Seytqaliyev Şamaxı rayonu ilə Türkistan vilayəti arasında ticarət-iqtisadi, elmi və mədəni əlaqə-
lərin genişləndirilməsinə dair memorandum imzalayıblar.

Sonra qonaqlar Şamaxı Cümə məscidini və Yeddi Gümbəz türbəsini ziyarət ediblər.

Səfərin son günü, oktyabrın 8-də, Bakıda Seytqaliyev Azərbaycan İxracın və İnvestisiyaların Təşviqi Agentliyinin rəhbərliyi ilə görüşüb, qazax şirkətlərinin Ələt azad iqtisadi zonasında fəaliyyət imkanlarını öyrənib.

Qeyd edək ki, Türkistan vilayətinin nümayəndələri Şamaxıya ilk dəfə 2019-cu ildə gəlmişdilər. Qəriblinin gələn ilin martında, Novruz bayramı ərəfəsində Türkistana cavab səfəri edəcəyi razılaşdırılıb.

Sevinc QULİYEVA,
«Yeni Azərbaycan»
""", [
 ("Nurjan Seytqaliyev", "PER", "akim", "Qazaxıstan", ["Nurjan Seytqaliyevin", "Seytqaliyev", "Nurjan Seytqaliyev"]),
 ("Elşən Qəribli", "PER", "icra başçısı", None, ["Elşən Qəribli", "Qəribli", "Qəriblinin"]),
 ("Sevinc Quliyeva", "PER", None, None, ["Sevinc QULİYEVA"]),
 ("Xoca Əhməd Yəsəvi adına Beynəlxalq Qazax-Türk Universiteti", "ORG", None, None,
  ["Xoca Əhməd Yəsəvi adına Beynəlxalq Qazax-Türk Universitetinin"]),
 ("Azərbaycan İxracın və İnvestisiyaların Təşviqi Agentliyi", "ORG", None, None,
  ["Azərbaycan İxracın və İnvestisiyaların Təşviqi Agentliyinin"]),
 ("Yeni Azərbaycan", "ORG", None, None, ["Yeni Azərbaycan"]),
 ("Şamaxı", "LOC", None, None, ["Şamaxı", "Samaxiya", "Şamaxıda", "Şamaxıya"]),
 ("Türkistan", "LOC", None, None, ["Türkistan", "Türkistanın", "Türkistana"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanda"]),
 ("Şamaxı Cümə məscidi", "LOC", None, None, ["Şamaxı Cümə məscidini"]),
 ("Yeddi Gümbəz türbəsi", "LOC", None, None, ["Yeddi Gümbəz türbəsini"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Ələt", "LOC", None, None, ["Ələt"]),
], [
 E("VISIT", ["Nurjan Seytqaliyev"], "Azərbaycan", "2026-10-06", "happened", "Oktyabrın 6–8-də Qazaxıstanın",
   ["regionlararası əməkdaşlıq"], date_text="Oktyabrın 6–8-də"),
 E("VISIT", ["Nurjan Seytqaliyev"], "Şamaxı", "2026-10-07", "happened", "Oktyabrın 7-də Samaxiya",
   ["regionlararası əməkdaşlıq"], date_text="Oktyabrın 7-də"),
 E("MEET", ["Elşən Qəribli", "Nurjan Seytqaliyev"], "Şamaxı", "2026-10-07", "happened", "Oktyabrın 7-də Samaxiya",
   ["turizm", "mədəni irs", "təhsil mübadiləsi"], host="Elşən Qəribli", date_text="Oktyabrın 7-də"),
 E("SIGN", ["Elşən Qəribli", "Nurjan Seytqaliyev"], "Şamaxı", "2026-10-07", "happened", "Görüşün sonunda Elşən",
   ["regionlararası əməkdaşlıq"]),
 E("VISIT", ["Nurjan Seytqaliyev"], "Şamaxı Cümə məscidi", "2026-10-07", "happened", "Sonra qonaqlar Şamaxı",
   ["mədəni irs"], place="Şamaxı Cümə məscidi"),
 E("VISIT", ["Nurjan Seytqaliyev"], "Yeddi Gümbəz türbəsi", "2026-10-07", "happened", "Sonra qonaqlar Şamaxı",
   ["mədəni irs"], place="Yeddi Gümbəz türbəsi"),
 E("MEET", ["Nurjan Seytqaliyev", "Azərbaycan İxracın və İnvestisiyaların Təşviqi Agentliyi"], "Bakı", "2026-10-08",
   "happened", "Səfərin son günü, oktyabrın 8-də", ["investisiyalar", "azad iqtisadi zona"], date_text="oktyabrın 8-də"),
 E("VISIT", ["Elşən Qəribli"], "Türkistan", "2027-03", "planned", "Qəriblinin gələn ilin martında",
   ["regionlararası əməkdaşlıq", "Novruz"], date_text="gələn ilin martında"),
])

A("507_selimov_camanbayev_telefon_azertac.txt", "AZERTAC", """date 2026-03-02
Prezident Teymur Səlimov Qırğızıstan və Tacikistan prezidentləri ilə telefonla danışıb

Prezident Teymur Səlimov bu gün Qırğızıstan Respublikasının Prezidenti Bakıt Camanbayevə zəng edərək onu doğum günü münasibətilə təbrik edib.

AZERTAC-a Prezidentin mətbuat xidmətindən bildiriblər ki, söhbət zamanı Camanbayev təbrikə görə minnətdarlığını ifadə edib. Liderlər qırğız liderinin cari ilin may ayında Azərbaycana dövlət səfəri edəcəyini bir daha təsdiqləyib, səfər zamanı imzalanacaq sənədlərin hazırlanmasını hökumətlərə tapşırıblar.

Qeyd edək ki, dövlət başçıları ötən həftə də telefonla danışmış, Bişkekdə Azərbaycan investisiyaları ilə inşa olunan logistika mərkəzinin tikintisini müzakirə etmişdilər. Onlar sonuncu dəfə ötən ilin dekabrında Aşqabadda üz-üzə görüşmüşdülər.

Həmin gün Teymur Səlimov Tacikistan Prezidenti Faridun Rahimzoda ilə də telefon danışığı aparıb. Söhbətdə Roqun su elektrik stansiyasının tikintisində Azərbaycan şirkətlərinin iştirakı, Düşənbə ilə Bakı arasında birbaşa aviareysin bərpası nəzərdən keçirilib. Tacikistan lideri iyunun əvvəlində Bakı Enerji Həftəsinin açılış mərasimində iştirak edəcəyini bildirib. Faridun Rahimzoda Azərbaycan Prezidentini Düşənbədə keçiriləcək beynəlxalq su konfransına dəvət edib.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Bakıt Camanbayev", "PER", "Prezident", "Qırğızıstan", ["Bakıt Camanbayevə", "Camanbayev"]),
 ("Faridun Rahimzoda", "PER", "Prezident", "Tacikistan", ["Faridun Rahimzoda"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-a"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstan Respublikasının", "Qırğızıstan"]),
 ("Tacikistan", "LOC", None, None, ["Tacikistan"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycana", "Azərbaycan"]),
 ("Bişkek", "LOC", None, None, ["Bişkekdə"]),
 ("Aşqabad", "LOC", None, None, ["Aşqabadda"]),
 ("Roqun su elektrik stansiyası", "LOC", None, None, ["Roqun su elektrik stansiyasının"]),
 ("Düşənbə", "LOC", None, None, ["Düşənbə", "Düşənbədə"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
], [
 E("CALL", ["Teymur Səlimov", "Bakıt Camanbayev"], None, "2026-03-02", "happened", "Prezident Teymur Səlimov bu gün",
   ["təbrik", "dövlət səfəri"], date_text="bu gün"),
 E("VISIT", ["Bakıt Camanbayev"], "Azərbaycan", "2026-05", "planned", "Liderlər qırğız liderinin",
   ["dövlət səfəri"], date_text="cari ilin may ayında"),
 E("CALL", ["Teymur Səlimov", "Bakıt Camanbayev"], None, None, "happened", "dövlət başçıları ötən həftə",
   ["logistika", "investisiyalar"], date_text="ötən həftə"),
 E("MEET", ["Teymur Səlimov", "Bakıt Camanbayev"], "Aşqabad", "2025-12", "happened", "Onlar sonuncu dəfə",
   ["ikitərəfli əlaqələr"], date_text="ötən ilin dekabrında"),
 E("CALL", ["Teymur Səlimov", "Faridun Rahimzoda"], None, "2026-03-02", "happened", "Həmin gün Teymur Səlimov",
   ["energetika", "aviareyslər"], date_text="Həmin gün"),
 E("ATTEND", ["Faridun Rahimzoda"], "Bakı", "2026-06", "planned", "Tacikistan lideri iyunun əvvəlində",
   ["energetika"], date_text="iyunun əvvəlində", event_name="Bakı Enerji Həftəsinin açılış mərasimi"),
])

A("508_jaksilikov_manqistau_ady_konteyner_qafqazinfo.txt", "qafqazinfo.az", """date 2026-06-17
Manqıstau akimi Bakıda: ADY Konteyner ilə KTZ Express arasında saziş imzalanıb

Qazaxıstanın Manqıstau vilayətinin akimi Daniyar Jaksılıkov dünən Bakıya gəlib. Akimliyin mətbuat katibinin Qafqazinfo-ya dediyinə görə, qonaq iki gün ölkəmizdə qalacaq.

Bu gün akim rəqəmsal inkişaf və nəqliyyat naziri Orxan Babaşovla görüşüb. Söhbət Xəzərin o tayından gələn yüklərin sürətlə artması, bərə parkının yenilənməsi, qazax taxılının Ələt üzərindən Gürcüstan limanlarına ötürülməsi ətrafında gedib.

Həmin gün Ələtdə "ADY Konteyner" MMC ilə Qazaxıstan dəmir yollarının törəmə şirkəti "KTZ Express" arasında konteyner qatarlarının vahid cədvəl üzrə hərəkətinə dair saziş imzalanıb. Jaksılıkov və Babaşov imza mərasimində iştirak ediblər.

Görüşdə Azərbaycan–Qazaxıstan hökumətlərarası komissiyasının növbəti iclasının noyabrın 3-dən 5-dək Aktauda keçiriləcəyi də bildirilib. İclası komissiyanın həmsədrləri Zaur Hümbətli ilə Qazaxıstan Baş nazirinin müavini Serikjan Tölegenov birgə aparacaqlar.

Jaksılıkov bu səfəri Manqıstau ilə Azərbaycan bölgələri arasında birbaşa işgüzar əlaqələrin qurulması yolunda ilk addım adlandırıb.
""", [
 ("Daniyar Jaksılıkov", "PER", "akim", "Qazaxıstan", ["Daniyar Jaksılıkov", "Jaksılıkov"]),
 ("Orxan Babaşov", "PER", "rəqəmsal inkişaf və nəqliyyat naziri", "Azərbaycan", ["Orxan Babaşovla", "Babaşov"]),
 ("Zaur Hümbətli", "PER", "həmsədr", "Azərbaycan", ["Zaur Hümbətli"]),
 ("Serikjan Tölegenov", "PER", "baş nazirin müavini", "Qazaxıstan", ["Serikjan Tölegenov"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo-ya"]),
 ("ADY Konteyner", "ORG", None, None, ["ADY Konteyner"]),
 ("KTZ Express", "ORG", None, None, ["KTZ Express"]),
 ("Manqıstau", "LOC", None, None, ["Manqıstau"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzərin"]),
 ("Ələt", "LOC", None, None, ["Ələt", "Ələtdə"]),
 ("Aktau", "LOC", None, None, ["Aktauda"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstanın", "Qazaxıstan"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
], [
 E("VISIT", ["Daniyar Jaksılıkov"], "Bakı", "2026-06-16", "happened", "Daniyar Jaksılıkov dünən Bakıya",
   ["regionlararası əməkdaşlıq"], date_text="dünən"),
 E("MEET", ["Daniyar Jaksılıkov", "Orxan Babaşov"], "Bakı", "2026-06-17", "happened",
   "Bu gün akim rəqəmsal", ["nəqliyyat", "bərə daşımaları", "taxıl tranziti"], date_text="Bu gün"),
 E("SIGN", ["ADY Konteyner", "KTZ Express"], "Ələt", "2026-06-17", "happened",
   "Həmin gün Ələtdə", ["konteyner daşımaları"], date_text="Həmin gün"),
 E("ATTEND", ["Daniyar Jaksılıkov", "Orxan Babaşov"], "Ələt", "2026-06-17", "happened", "imza mərasimində iştirak",
   ["konteyner daşımaları"], event_name="imza mərasimi"),
 E("MEET", ["Zaur Hümbətli", "Serikjan Tölegenov"], "Aktau", "2026-11-03", "planned", "İclası komissiyanın həmsədrləri",
   ["iqtisadi əməkdaşlıq"], date_text="noyabrın 3-dən 5-dək",
   event_name="Azərbaycan–Qazaxıstan hökumətlərarası komissiyasının iclası"),
])

A("509_bagirli_turkpa_huquq_komissiyasi_trend.txt", "trend.az", """date 2026-04-22
Bakıda TÜRKPA-nın hüquq komissiyasının iclası başlayıb

TÜRKPA-nın Hüquqi məsələlər və beynəlxalq əməkdaşlıq üzrə daimi komissiyasının iki günlük iclası bu gün Bakıda, Milli Məclisin binasında işə başlayıb. İclası Sədr müavini Aynur Bağırlı açıb.

Trend-in xəbərinə görə, müzakirələrə komissiyanın sədri, TBMM-in deputatı Mehmet Akgündüz rəhbərlik edir. Gündəlikdə türkdilli dövlətlərdə seçki qanunvericiliyinin müqayisəli təhlili və süni intellektin hüquqi tənzimlənməsi kimi mövzular yer alıb. TÜRKPA-nın Baş katibi Ceyhun Məmmədzadə komissiya üzvlərinə ötən altı ayda katibliyin gördüyü işlər haqqında hesabat təqdim edib.

Açılışdan sonra Aynur Bağırlı Özbəkistan Oliy Məclisinin Qanunvericilik palatasının deputatı Feruza Ahmedova ilə görüşüb, iki parlament arasında qanun layihələrinin ekspertizası sahəsində təcrübə mübadiləsini müzakirə edib.

Qazaxıstan Senatının deputatı Bolat Jumanov səhhəti ilə bağlı Bakıya gələ bilməyib; o, iclasa videobağlantı vasitəsilə qoşulub.

Sabah komissiyanın bəzi üzvlərinin Şuşaya getməsi nəzərdə tutulur. Cümə axşamı iclasın yekun hissəsində isə Bağırlının Akgündüzlə ikitərəfli görüşü planlaşdırılır.
""", [
 ("Aynur Bağırlı", "PER", "sədr müavini", "Milli Məclis", ["Aynur Bağırlı", "Bağırlının"]),
 ("Mehmet Akgündüz", "PER", "komissiya sədri", "Türkiyə Böyük Millət Məclisi", ["Mehmet Akgündüz", "Akgündüzlə"]),
 ("Ceyhun Məmmədzadə", "PER", "baş katib", "TÜRKPA", ["Ceyhun Məmmədzadə"]),
 ("Feruza Ahmedova", "PER", "deputat", "Özbəkistan Oliy Məclisinin Qanunvericilik Palatası", ["Feruza Ahmedova"]),
 ("Bolat Jumanov", "PER", "deputat", "Qazaxıstan Parlamentinin Senatı", ["Bolat Jumanov"]),
 ("TÜRKPA", "ORG", None, None, ["TÜRKPA-nın"]),
 ("Hüquqi məsələlər və beynəlxalq əməkdaşlıq üzrə daimi komissiya", "ORG", None, None,
  ["Hüquqi məsələlər və beynəlxalq əməkdaşlıq üzrə daimi komissiyasının"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Türkiyə Böyük Millət Məclisi", "ORG", None, None, ["TBMM-in"]),
 ("Özbəkistan Oliy Məclisinin Qanunvericilik Palatası", "ORG", None, None, ["Özbəkistan Oliy Məclisinin Qanunvericilik palatasının"]),
 ("Qazaxıstan Parlamentinin Senatı", "ORG", None, None, ["Qazaxıstan Senatının"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
 ("Şuşa", "LOC", None, None, ["Şuşaya"]),
], [
 E("ATTEND", ["Aynur Bağırlı"], "Milli Məclis", "2026-04-22", "happened", "İclası Sədr müavini",
   ["seçki qanunvericiliyi", "süni intellekt"], date_text="bu gün",
   event_name="TÜRKPA-nın Hüquqi məsələlər və beynəlxalq əməkdaşlıq üzrə daimi komissiyasının iclası"),
 E("ATTEND", ["Mehmet Akgündüz"], "Milli Məclis", "2026-04-22", "happened", "müzakirələrə komissiyanın sədri",
   ["seçki qanunvericiliyi", "süni intellekt"],
   event_name="TÜRKPA-nın Hüquqi məsələlər və beynəlxalq əməkdaşlıq üzrə daimi komissiyasının iclası"),
 E("ATTEND", ["Ceyhun Məmmədzadə"], "Milli Məclis", "2026-04-22", "happened", "komissiya üzvlərinə ötən altı",
   ["katibliyin fəaliyyəti"],
   event_name="TÜRKPA-nın Hüquqi məsələlər və beynəlxalq əməkdaşlıq üzrə daimi komissiyasının iclası"),
 E("MEET", ["Aynur Bağırlı", "Feruza Ahmedova"], "Milli Məclis", "2026-04-22", "happened", "Açılışdan sonra Aynur",
   ["qanunvericilik"], date_text="Açılışdan sonra"),
 E("VISIT", ["Bolat Jumanov"], "Bakı", None, "negated", "Bolat Jumanov səhhəti",
   ["parlamentlərarası əlaqələr"]),
 E("ATTEND", ["Bolat Jumanov"], None, "2026-04-22", "happened", "Bolat Jumanov səhhəti",
   ["parlamentlərarası əlaqələr"],
   event_name="TÜRKPA-nın Hüquqi məsələlər və beynəlxalq əməkdaşlıq üzrə daimi komissiyasının iclası"),
 E("MEET", ["Aynur Bağırlı", "Mehmet Akgündüz"], "Milli Məclis", "2026-04-23", "planned", "Cümə axşamı iclasın",
   ["parlamentlərarası əlaqələr"], date_text="Cümə axşamı"),
])

A("510_fereceli_bursa_sumqayit_apa.txt", "APA", """date 2026-09-10
Sumqayıt nümayəndə heyəti Bursada səfərdədir

Sumqayıt Şəhər İcra Hakimiyyətinin başçısı Zakir Fərəcli başda olmaqla şəhər heyəti Türkiyənin Bursa şəhərində işgüzar səfərdədir. Heyət çərşənbə axşamı İstanbul üzərindən Bursaya gəlib.

APA-nın Türkiyə bürosunun yaydığı məlumatda deyilir ki, dünən Fərəcli Bursa Böyükşəhər Bələdiyyəsinin başqanı Hakan Öztürkmenlə görüşüb. Həmsöhbətlər iki sənaye şəhərinin ekoloji problemlərinin həllində təcrübə mübadiləsinə, ictimai nəqliyyatın elektrikləşdirilməsinə dair birgə layihələrə toxunublar.

Bu gün heyət Bursa Mütəşəkkil Sənaye Zonasında olub, avtomobil ehtiyat hissələri və toxuculuq məhsulları istehsal edən müəssisələrin işi ilə tanış olub.

Sumqayıtla Bursa arasında qardaşlaşma haqqında sazişin oktyabrda Sumqayıtda Fərəcli və Öztürkmen tərəfindən imzalanması nəzərdə tutulur. Bunun üçün Öztürkmenin həmin ay Sumqayıta gəlməsi gözlənilir.

Proqramda Bilecik valisi Murat Ekinci ilə görüş də var idi, lakin valinin təcili olaraq Ankaraya çağırılması səbəbindən görüş baş tutmayıb.
""", [
 ("Zakir Fərəcli", "PER", "icra başçısı", "Sumqayıt Şəhər İcra Hakimiyyəti", ["Zakir Fərəcli", "Fərəcli"]),
 ("Hakan Öztürkmen", "PER", "başqan", "Bursa Böyükşəhər Bələdiyyəsi", ["Hakan Öztürkmenlə", "Öztürkmen", "Öztürkmenin"]),
 ("Murat Ekinci", "PER", "vali", "Türkiyə", ["Murat Ekinci"]),
 ("Sumqayıt Şəhər İcra Hakimiyyəti", "ORG", None, None, ["Sumqayıt Şəhər İcra Hakimiyyətinin"]),
 ("Bursa Böyükşəhər Bələdiyyəsi", "ORG", None, None, ["Bursa Böyükşəhər Bələdiyyəsinin"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Sumqayıt", "LOC", None, None, ["Sumqayıt", "Sumqayıtla", "Sumqayıtda", "Sumqayıta"]),
 ("Bursa", "LOC", None, None, ["Bursada", "Bursa", "Bursaya"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin", "Türkiyə"]),
 ("İstanbul", "LOC", None, None, ["İstanbul"]),
 ("Bursa Mütəşəkkil Sənaye Zonası", "LOC", None, None, ["Bursa Mütəşəkkil Sənaye Zonasında"]),
 ("Bilecik", "LOC", None, None, ["Bilecik"]),
 ("Ankara", "LOC", None, None, ["Ankaraya"]),
], [
 E("VISIT", ["Zakir Fərəcli"], "Bursa", "2026-09-08", "happened", "Heyət çərşənbə axşamı",
   ["şəhərlərarası əməkdaşlıq"], date_text="çərşənbə axşamı"),
 E("MEET", ["Zakir Fərəcli", "Hakan Öztürkmen"], "Bursa", "2026-09-09", "happened", "dünən Fərəcli Bursa",
   ["ekologiya", "ictimai nəqliyyat"], date_text="dünən"),
 E("VISIT", ["Zakir Fərəcli"], "Bursa Mütəşəkkil Sənaye Zonası", "2026-09-10", "happened", "Bu gün heyət Bursa",
   ["sənaye"], place="Bursa Mütəşəkkil Sənaye Zonası", date_text="Bu gün"),
 E("SIGN", ["Zakir Fərəcli", "Hakan Öztürkmen"], "Sumqayıt", "2026-10", "planned", "Sumqayıtla Bursa arasında",
   ["qardaşlaşmış şəhərlər"], date_text="oktyabrda"),
 E("VISIT", ["Hakan Öztürkmen"], "Sumqayıt", "2026-10", "planned", "Bunun üçün Öztürkmenin",
   ["qardaşlaşmış şəhərlər"], date_text="həmin ay"),
 E("MEET", ["Zakir Fərəcli", "Murat Ekinci"], None, None, "negated", "Proqramda Bilecik valisi",
   ["regional əməkdaşlıq"]),
])

A("511_merkezi_asiya_ticaret_statistika_report.txt", "report.az", """date 2026-07-20
Azərbaycanın Mərkəzi Asiya ölkələri ilə ticarəti yarım ildə 18 faiz artıb

İlin ilk altı ayında Azərbaycanla Mərkəzi Asiyanın beş respublikası arasında mal dövriyyəsi 1,46 milyard dollara yüksəlib. Bu, bir il əvvəlki göstəricidən 18 faiz çoxdur. Rəqəmlər Dövlət Gömrük Komitəsinin yarımillik hesabatından Report tərəfindən hesablanıb.

Siyahıya Qazaxıstan başçılıq edir – bu ölkə ilə alış-veriş 612 milyon dolları ötüb. Özbəkistanla ticarət dörddə bir dəfədən çox böyüyərək 398 milyon dollar olub, Türkmənistanla isə 301 milyon dollara çatıb. Qırğızıstanla Tacikistanın birgə payı on faizə çatmır.

İqtisadçılar artımı ilk növbədə Xəzər dənizindən keçən Orta Dəhliz boyunca tranzit yüklərin çoxalması, həmçinin Ələt limanında yeni konteyner terminalının işə düşməsi ilə izah edirlər. Azərbaycandan Mərkəzi Asiyaya əsasən neft məhsulları, polimerlər, meyvə-tərəvəz göndərilir, qarşı tərəfdən isə taxıl, pambıq və metal məmulatları gəlir.

Türk Dövlətləri Təşkilatına üzv ölkələr arasında ən iri tərəfdaş yenə də Türkiyədir: yarım ildə onunla dövriyyə 3,9 milyard dollar olub.

Xatırladaq ki, Qazaxıstanın ticarət və inteqrasiya nazirinin gələn həftə Bakıya səfəri gözlənilir. Səfərdə qarşılıqlı ticarətin 2030-cu ilədək 3 milyard dollara çatdırılmasını nəzərdə tutan yol xəritəsinin müzakirəsi planlaşdırılır.
""", [
 ("Report", "ORG", None, None, ["Report"]),
 ("Dövlət Gömrük Komitəsi", "ORG", None, None, ["Dövlət Gömrük Komitəsinin"]),
 ("Türk Dövlətləri Təşkilatı", "ORG", None, None, ["Türk Dövlətləri Təşkilatına"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın", "Azərbaycanla", "Azərbaycandan"]),
 ("Mərkəzi Asiya", "LOC", None, None, ["Mərkəzi Asiya", "Mərkəzi Asiyanın", "Mərkəzi Asiyaya"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan", "Qazaxıstanın"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistanla"]),
 ("Türkmənistan", "LOC", None, None, ["Türkmənistanla"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstanla"]),
 ("Tacikistan", "LOC", None, None, ["Tacikistanın"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizindən"]),
 ("Ələt", "LOC", None, None, ["Ələt"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyədir"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
], [], topics=["ticarət statistikası", "Mərkəzi Asiya", "tranzit"])

A("512_latifzoda_tacik_parlamenti_baki_oxu.txt", "oxu.az", """date 2026-02-26
Tacikistan parlamentinin nümayəndə heyəti Bakıda

Tacikistan Məclisi Olisinin Məclisi Namoyandaqon palatasının sədr müavini Zuhro Latifzoda başda olmaqla tacik parlamentariləri dünən axşam Bakıya gəliblər.

Parlamentin mətbuat xidmətindən Oxu.az-a bildiriblər ki, bu gün səhər qonaqlar Şəhidlər xiyabanında olub, abidənin önünə əklil qoyublar. Daha sonra heyət Sədr müavini Rauf Şirinzadənin qəbulunda olub. Şirinzadə Azərbaycanla Tacikistan arasında siyasi dialoqun son illərdə canlandığını, iki ölkənin parlamentlərinin TÜRKPA və İƏT-in Parlament İttifaqı kimi platformalarda bir-birini dəstəklədiyini deyib. Latifzoda isə Düşənbədə Azərbaycan mədəniyyəti günlərinin keçirilməsini təklif edib.

Günün ikinci yarısında tacik deputatlar Milli Məclisdəki Azərbaycan–Tacikistan işçi qrupuna rəhbərlik edən Ramil Həsənli ilə ayrıca söhbət ediblər.

Sabah qonaqların Milli Məclisin plenar iclasını izləməsi, ardınca Bakı Dövlət Universitetinin Şərqşünaslıq fakültəsində fars dili tədris edilən kafedra ilə tanış olmaları nəzərdə tutulur.
""", [
 ("Zuhro Latifzoda", "PER", "sədr müavini", "Tacikistan Məclisi Namoyandaqon", ["Zuhro Latifzoda", "Latifzoda"]),
 ("Rauf Şirinzadə", "PER", "sədr müavini", "Milli Məclis", ["Rauf Şirinzadənin", "Şirinzadə"]),
 ("Ramil Həsənli", "PER", "işçi qrupunun rəhbəri", "Milli Məclis", ["Ramil Həsənli"]),
 ("Tacikistan Məclisi Namoyandaqon", "ORG", None, None, ["Tacikistan Məclisi Olisinin Məclisi Namoyandaqon palatasının"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az-a"]),
 ("TÜRKPA", "ORG", None, None, ["TÜRKPA"]),
 ("İslam Əməkdaşlıq Təşkilatına Üzv Dövlətlərin Parlament İttifaqı", "ORG", None, None, ["İƏT-in Parlament İttifaqı"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdəki", "Milli Məclisin"]),
 ("Bakı Dövlət Universiteti", "ORG", None, None, ["Bakı Dövlət Universitetinin"]),
 ("Tacikistan", "LOC", None, None, ["Tacikistan"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
 ("Şəhidlər xiyabanı", "LOC", None, None, ["Şəhidlər xiyabanında"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanla", "Azərbaycan"]),
 ("Düşənbə", "LOC", None, None, ["Düşənbədə"]),
], [
 E("VISIT", ["Zuhro Latifzoda"], "Bakı", "2026-02-25", "happened", "tacik parlamentariləri dünən axşam",
   ["parlamentlərarası əlaqələr"], date_text="dünən"),
 E("VISIT", ["Zuhro Latifzoda"], "Şəhidlər xiyabanı", "2026-02-26", "happened", "bu gün səhər qonaqlar",
   ["xatirənin yad edilməsi"], place="Şəhidlər xiyabanı", date_text="bu gün"),
 E("MEET", ["Rauf Şirinzadə", "Zuhro Latifzoda"], "Bakı", "2026-02-26", "happened", "Daha sonra heyət Sədr",
   ["siyasi dialoq", "mədəniyyət"], host="Rauf Şirinzadə"),
 E("MEET", ["Zuhro Latifzoda", "Ramil Həsənli"], None, "2026-02-26", "happened", "Günün ikinci yarısında tacik",
   ["parlamentlərarası əlaqələr"]),
 E("ATTEND", ["Zuhro Latifzoda"], "Milli Məclis", "2026-02-27", "planned", "Sabah qonaqların Milli",
   ["parlamentlərarası əlaqələr"], date_text="Sabah", event_name="Milli Məclisin plenar iclası"),
 E("VISIT", ["Zuhro Latifzoda"], "Bakı Dövlət Universiteti", "2026-02-27", "planned", "Sabah qonaqların Milli",
   ["təhsil"], place="Bakı Dövlət Universiteti", date_text="Sabah"),
])

A("513_hesenbeyova_ucterefli_tbilisi_azertac.txt", "AZERTAC", """date 2026-10-23
Azərbaycan, Gürcüstan və Türkiyə parlamentlərinin rəhbərləri Tbilisidə bir araya gəlib

Spiker Ləman Həsənbəyova çərşənbə günü Tbilisiyə yollanıb. Səfərin əsas məqsədi Azərbaycan, Gürcüstan və Türkiyə parlament rəhbərlərinin dördüncü üçtərəfli görüşüdür.

AZERTAC-ın Tbilisidəki müxbirinin yazdığına görə, dünən Gürcüstan Parlamentinin binasında keçirilən görüşə ev sahibi sifətilə Gürcüstan Parlamentinin sədri Levan Çikovani sədrlik edib, TBMM Sədri Kamil Yücelsoy və Ləman Həsənbəyova regionda sülhün möhkəmləndirilməsi, enerji və nəqliyyat layihələrinin parlament nəzarəti barədə çıxış ediblər.

Görüşün yekununda üç parlament rəhbəri Tbilisi Bəyannaməsini imzalayıb. Sənəddə Cənubi Qafqazda yeni kommunikasiya xətlərinin açılmasına dəstək ifadə olunub.

Həmin gün Həsənbəyovanı Gürcüstanın Baş naziri Giorgi Meskhişvili öz iqamətgahında qəbul edib. Hökumət başçısı ilə söhbətdə qonşu ölkələr arasında dövlət sərhədinin delimitasiyası üzrə işlərin sürətləndirilməsi vacib sayılıb.

Bu gün Ləman Həsənbəyova Marneuli bələdiyyəsinə gedib, burada yaşayan soydaşlarımızla görüşüb, Azərbaycan dilində tədris aparılan məktəblərin problemləri ilə maraqlanıb.

Razılığa görə, format çərçivəsində növbəti toplantı gələn ilin yazında Türkiyədə olacaq.
""", [
 ("Ləman Həsənbəyova", "PER", "spiker", "Azərbaycan", ["Ləman Həsənbəyova", "Həsənbəyovanı"]),
 ("Levan Çikovani", "PER", "sədr", "Gürcüstan Parlamenti", ["Levan Çikovani"]),
 ("Kamil Yücelsoy", "PER", "sədr", "Türkiyə Böyük Millət Məclisi", ["Kamil Yücelsoy"]),
 ("Giorgi Meskhişvili", "PER", "baş nazir", "Gürcüstan", ["Giorgi Meskhişvili"]),
 ("Gürcüstan Parlamenti", "ORG", None, None, ["Gürcüstan Parlamentinin"]),
 ("Türkiyə Böyük Millət Məclisi", "ORG", None, None, ["TBMM"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-ın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan", "Gürcüstanın"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə", "Türkiyədə"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisidə", "Tbilisiyə", "Tbilisidəki", "Tbilisi"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqazda"]),
 ("Marneuli", "LOC", None, None, ["Marneuli"]),
], [
 E("VISIT", ["Ləman Həsənbəyova"], "Tbilisi", "2026-10-21", "happened", "Spiker Ləman Həsənbəyova çərşənbə",
   ["parlamentlərarası əlaqələr"], date_text="çərşənbə günü"),
 E("MEET", ["Levan Çikovani", "Kamil Yücelsoy", "Ləman Həsənbəyova"], "Gürcüstan Parlamenti", "2026-10-22", "happened",
   "dünən Gürcüstan Parlamentinin binasında", ["regional sülh", "enerji", "nəqliyyat"], host="Levan Çikovani",
   date_text="dünən", event_name="parlament rəhbərlərinin dördüncü üçtərəfli görüşü"),
 E("SIGN", ["Levan Çikovani", "Kamil Yücelsoy", "Ləman Həsənbəyova"], "Gürcüstan Parlamenti", "2026-10-22", "happened",
   "Görüşün yekununda üç", ["kommunikasiyalar"]),
 E("MEET", ["Giorgi Meskhişvili", "Ləman Həsənbəyova"], None, "2026-10-22", "happened", "Həmin gün Həsənbəyovanı",
   ["sərhəd delimitasiyası"], host="Giorgi Meskhişvili", date_text="Həmin gün"),
 E("VISIT", ["Ləman Həsənbəyova"], "Marneuli", "2026-10-23", "happened", "Bu gün Ləman Həsənbəyova Marneuli",
   ["diaspor", "təhsil"], date_text="Bu gün"),
])
