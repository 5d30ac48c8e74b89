A("541_selimov_bp_rehberliyi_azertac.txt", "AZERTAC", """date 2026-09-08
Prezident Teymur Səlimov bp şirkətinin rəhbərliyini qəbul edib

Bakı, 8 sentyabr, AZERTAC

Prezident Teymur Səlimov sentyabrın 8-də bp şirkətinin İdarə Heyətinin sədri Ceyms Ellison və baş icraçı direktoru Metyu Kollinzin başçılıq etdiyi nümayəndə heyətini qəbul edib.

Söhbət zamanı şirkətin otuz ildən artıq müddətdə ölkəmizdə həyata keçirdiyi layihələr, Şahdəniz yatağında kompressiya platformasının tikintisi və Azərbaycanın Avropa bazarlarına qaz tədarükündəki rolu nəzərdən keçirilib. Qonaqlar şirkətin bərpa olunan enerji portfelində Azərbaycanın xüsusi yer tutduğunu bildiriblər.

Görüşdən sonra dövlətimizin başçısının iştirakı ilə Qarabağda ümumi gücü bir qiqavat olan günəş elektrik stansiyalarının tikintisinə dair sazişin imza mərasimi keçirilib. Sənədi SOCAR-ın prezidenti Rövşən Nağıyev və Metyu Kollinz imzalayıblar.

Qeyd edək ki, qonaqlar dünən Bakıya gəliblər. Həmin gün onları energetika naziri Elmar Sadıqzadə qəbul etmişdi.

Sabah Ceyms Ellison və Metyu Kollinzin Bakı Dərin Özüllər Zavoduna baş çəkməsi nəzərdə tutulur.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Ceyms Ellison", "PER", "idarə heyətinin sədri", "bp", ["Ceyms Ellison"]),
 ("Metyu Kollinz", "PER", "baş icraçı direktor", "bp", ["Metyu Kollinzin", "Metyu Kollinz"]),
 ("Rövşən Nağıyev", "PER", "prezident", "Azərbaycan Respublikası Dövlət Neft Şirkəti", ["Rövşən Nağıyev"]),
 ("Elmar Sadıqzadə", "PER", "energetika naziri", "Azərbaycan", ["Elmar Sadıqzadə"]),
 ("bp", "ORG", None, None, ["bp"]),
 ("Azərbaycan Respublikası Dövlət Neft Şirkəti", "ORG", None, None, ["SOCAR-ın"]),
 ("Bakı Dərin Özüllər Zavodu", "ORG", None, None, ["Bakı Dərin Özüllər Zavoduna"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıya"]),
 ("Şahdəniz yatağı", "LOC", None, None, ["Şahdəniz yatağında"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Avropa", "LOC", None, None, ["Avropa"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağda"]),
], [
 E("MEET", ["Teymur Səlimov", "Ceyms Ellison", "Metyu Kollinz"], None, "2026-09-08", "happened",
   "Prezident Teymur Səlimov sentyabrın 8-də", ["təbii qaz", "bərpa olunan enerji"], host="Teymur Səlimov",
   date_text="sentyabrın 8-də"),
 E("ATTEND", ["Teymur Səlimov"], None, "2026-09-08", "happened", "Görüşdən sonra dövlətimizin başçısının",
   ["günəş enerjisi"], date_text="Görüşdən sonra", event_name="imza mərasimi"),
 E("SIGN", ["Rövşən Nağıyev", "Metyu Kollinz"], None, "2026-09-08", "happened", "Görüşdən sonra dövlətimizin başçısının",
   ["günəş enerjisi"], date_text="Görüşdən sonra"),
 E("VISIT", ["Ceyms Ellison", "Metyu Kollinz"], "Bakı", "2026-09-07", "happened", "qonaqlar dünən Bakıya",
   ["enerji"], date_text="dünən"),
 E("MEET", ["Elmar Sadıqzadə", "Ceyms Ellison", "Metyu Kollinz"], None, "2026-09-07", "happened",
   "Həmin gün onları energetika", ["enerji"], host="Elmar Sadıqzadə", date_text="Həmin gün"),
 E("VISIT", ["Ceyms Ellison", "Metyu Kollinz"], "Bakı Dərin Özüllər Zavodu", "2026-09-09", "planned",
   "Sabah Ceyms Ellison", ["dəniz platformaları"], place="Bakı Dərin Özüllər Zavodu", date_text="Sabah"),
])

A("542_xin_sozcusu_avropa_parlamenti_qetname_metbuat.txt", "metbuat.az", """date 2026-05-27
XİN sözçüsü: Strasburqdan gələn qətnamə qərəzli mənbələrə söykənir

XİN-in sözçüsü Aydan Qasımova Strasburqda dünən səsə qoyulan və Azərbaycana qarşı əsassız ittihamlarla dolu qətnaməyə münasibət bildirib.

Metbuat.az-a açıqlamasında sözçü sənədin Cənubi Qafqazda sülh gündəliyinə zərər vurduğunu, bölgədə son iki ildə baş verən müsbət dəyişikliklərin isə qətnamədə ümumiyyətlə yer almadığını bildirib.

"Qətnamənin müəllifləri faktlara deyil, qərəzli mənbələrə əsaslanıblar. Bu cür sənədlər Bakı ilə Brüssel arasında illər ərzində qurulmuş etimad mühitinə xələl gətirir", - deyə Qasımova vurğulayıb.

Sözçü xatırladıb ki, enerji sahəsində strateji tərəfdaşlığa dair sənəd 2024-cü ildə Brüsseldə imzalanıb və Azərbaycan öz öhdəliklərini tam yerinə yetirir. Onun sözlərinə görə, rəsmi Bakı Avropa Parlamentinin deputatlarını ölkəyə dəvət etməyə və işğaldan azad olunmuş əraziləri onlara göstərməyə hazırdır.

Qeyd edək ki, Xarici İşlər Nazirliyi qətnamə ilə bağlı etirazını rəsmi nota ilə də bildirib. Nota Avropa İttifaqının Bakıdakı nümayəndəliyinə təqdim olunub.
""", [
 ("Aydan Qasımova", "PER", "sözçü", "Xarici İşlər Nazirliyi", ["Aydan Qasımova", "Qasımova"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["XİN", "XİN-in", "Xarici İşlər Nazirliyi"]),
 ("Avropa Parlamenti", "ORG", None, None, ["Avropa Parlamentinin"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Avropa İttifaqının"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az-a"]),
 ("Strasburq", "LOC", None, None, ["Strasburqdan", "Strasburqda"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycana", "Azərbaycan"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqazda"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıdakı"]),
 ("Brüssel", "LOC", None, None, ["Brüssel", "Brüsseldə"]),
], [], topics=["xarici siyasət", "Avropa Parlamenti", "bəyanat"])

A("543_musteqillik_gunu_tebrik_mektublari_azertac.txt", "AZERTAC", """date 2026-05-28
Müstəqillik Günü münasibətilə Prezident Teymur Səlimova təbrik məktubları gəlir

Bakı, 28 may, AZERTAC

Müstəqillik Günü münasibətilə xarici ölkələrin dövlət və hökumət başçılarından Prezident Teymur Səlimova ünvanlanan təbrik məktubları daxil olmaqda davam edir.

Fransa Prezidenti Etyen Lefevr məktubunda yazır: "Dost Azərbaycan xalqına sülh və firavanlıq arzulayıram. Ötən il Parisdə apardığımız səmərəli danışıqları məmnunluqla xatırlayıram".

İtaliyanın Baş naziri Kyara Bellini Azərbaycanın İtaliya üçün etibarlı enerji tərəfdaşı olduğunu vurğulayaraq iki ölkə arasında strateji dialoqun daha da dərinləşəcəyinə əminliyini ifadə edib.

Yaponiyanın Baş naziri Hiroşi Tanaka təbrikində Tokio ilə Bakı arasındakı münasibətlərin qarşılıqlı hörmət və etimad üzərində qurulduğunu qeyd edib, Azərbaycanda həyata keçirilən bərpa işlərində yapon texnologiyalarının istifadəsini alqışlayıb.

Braziliya Prezidenti Marselo Kosta Azərbaycanın iqlim gündəliyinə verdiyi töhfəni xatırladaraq bu sahədə birgə fəaliyyətin davam etdirilməsinə ümid etdiyini yazıb.

Dövlətimizin başçısına təbrik məktubları göndərənlər arasında beynəlxalq təşkilatların rəhbərləri də var.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimova"]),
 ("Etyen Lefevr", "PER", "Prezident", "Fransa", ["Etyen Lefevr"]),
 ("Kyara Bellini", "PER", "baş nazir", "İtaliya", ["Kyara Bellini"]),
 ("Hiroşi Tanaka", "PER", "baş nazir", "Yaponiya", ["Hiroşi Tanaka"]),
 ("Marselo Kosta", "PER", "Prezident", "Braziliya", ["Marselo Kosta"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
 ("Fransa", "LOC", None, None, ["Fransa"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanın", "Azərbaycanda"]),
 ("Paris", "LOC", None, None, ["Parisdə"]),
 ("İtaliya", "LOC", None, None, ["İtaliyanın", "İtaliya"]),
 ("Yaponiya", "LOC", None, None, ["Yaponiyanın"]),
 ("Tokio", "LOC", None, None, ["Tokio"]),
 ("Braziliya", "LOC", None, None, ["Braziliya"]),
], [], topics=["Müstəqillik Günü", "təbrik məktubları"])

A("544_vekilova_paris_yunesko_report.txt", "report.az", """date 2026-03-26
Birinci vitse-prezident Nərmin Vəkilova Yelisey sarayında qəbul olunub

Paris, 26 mart, Report

Birinci vitse-prezident Nərmin Vəkilova çərşənbə axşamı Fransanın paytaxtına gəlib. Səfərin əsas məqsədi YUNESKO-da Azərbaycan xalça sənətinə həsr olunmuş sərginin təqdimatıdır.

Dünən Təşkilatın mənzil-qərargahında "Xalçanın yaddaşı: toxuculuq məktəbləri" sərgisinin açılışı olub. Mərasimdə nitq söyləyən Nərmin Vəkilova işğal illərində dağıdılan Qarabağ xalçaçılıq məktəbinin yenidən dirçəldilməsi üçün görülən işlərdən danışıb.

Açılışdan əvvəl Birinci vitse-prezident YUNESKO-nun Baş direktoru Mariya Serrano ilə görüşüb. Tərəflər Şuşada xalçaçılıq üzrə beynəlxalq təlim mərkəzinin yaradılması təşəbbüsünü müzakirə ediblər.

Bu gün Yelisey sarayında Nərmin Vəkilova Fransa Prezidenti Etyen Lefevr tərəfindən qəbul olunub. Report-un məlumatına görə, görüşdə Parisdə Azərbaycan mədəniyyəti mövsümünün proqramı nəzərdən keçirilib.

Səfər çərçivəsində Birinci vitse-prezident Luvr muzeyinin direktoru Lorans Dezen ilə də görüşüb, muzeyin restavrasiya emalatxanalarını gəzib. Nərmin Vəkilovanın Fransaya səfəri cümə günü başa çatacaq.
""", [
 ("Nərmin Vəkilova", "PER", "birinci vitse-prezident", "Azərbaycan", ["Nərmin Vəkilova", "Nərmin Vəkilovanın"]),
 ("Mariya Serrano", "PER", "baş direktor", "Birləşmiş Millətlər Təşkilatının Təhsil, Elm və Mədəniyyət Məsələləri üzrə Təşkilatı", ["Mariya Serrano"]),
 ("Etyen Lefevr", "PER", "Prezident", "Fransa", ["Etyen Lefevr"]),
 ("Lorans Dezen", "PER", "direktor", "Luvr muzeyi", ["Lorans Dezen"]),
 ("Birləşmiş Millətlər Təşkilatının Təhsil, Elm və Mədəniyyət Məsələləri üzrə Təşkilatı", "ORG", None, None,
  ["YUNESKO-da", "Təşkilatın", "YUNESKO-nun"]),
 ("Luvr muzeyi", "ORG", None, None, ["Luvr muzeyinin"]),
 ("Report", "ORG", None, None, ["Report", "Report-un"]),
 ("Yelisey sarayı", "LOC", None, None, ["Yelisey sarayında"]),
 ("Paris", "LOC", None, None, ["Paris", "Parisdə"]),
 ("Fransa", "LOC", None, None, ["Fransanın", "Fransa", "Fransaya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağ"]),
 ("Şuşa", "LOC", None, None, ["Şuşada"]),
], [
 E("VISIT", ["Nərmin Vəkilova"], "Paris", "2026-03-24", "happened", "Nərmin Vəkilova çərşənbə axşamı",
   ["mədəniyyət"], date_text="çərşənbə axşamı"),
 E("ATTEND", ["Nərmin Vəkilova"], "Birləşmiş Millətlər Təşkilatının Təhsil, Elm və Mədəniyyət Məsələləri üzrə Təşkilatı",
   "2026-03-25", "happened", "Mərasimdə nitq söyləyən", ["xalçaçılıq", "mədəni irs"], date_text="Dünən",
   event_name='"Xalçanın yaddaşı: toxuculuq məktəbləri" sərgisinin açılışı'),
 E("MEET", ["Nərmin Vəkilova", "Mariya Serrano"],
   "Birləşmiş Millətlər Təşkilatının Təhsil, Elm və Mədəniyyət Məsələləri üzrə Təşkilatı", "2026-03-25", "happened",
   "Açılışdan əvvəl Birinci", ["xalçaçılıq", "təlim mərkəzi"], date_text="Açılışdan əvvəl"),
 E("MEET", ["Nərmin Vəkilova", "Etyen Lefevr"], "Yelisey sarayı", "2026-03-26", "happened", "Bu gün Yelisey sarayında",
   ["mədəniyyət"], host="Etyen Lefevr", date_text="Bu gün"),
 E("MEET", ["Nərmin Vəkilova", "Lorans Dezen"], None, None, "happened", "Səfər çərçivəsində Birinci",
   ["restavrasiya"]),
 E("VISIT", ["Nərmin Vəkilova"], "Luvr muzeyi", None, "happened", "Səfər çərçivəsində Birinci",
   ["restavrasiya"], place="Luvr muzeyi"),
])

A("545_nazirler_cin_yaponiya_koreya_sefirleri_apa.txt", "APA", """date 2026-07-22
Nazirlər Çin, Yaponiya və Koreya səfirləri ilə görüşüb

İqtisadiyyat naziri Zaur Hümbətli bu gün Çin Xalq Respublikasının ölkəmizdəki səfiri Van Lini qəbul edib.

APA-nın nazirliyə istinadən məlumatına görə, görüşdə Azərbaycan ilə Çin arasında ticarət dövriyyəsinin artım dinamikası, Ələt azad iqtisadi zonasında Çin sərmayəsi ilə tikiləcək zavodlar müzakirə olunub. Nazirin Pekinə səfəri əvvəlcə iyulun sonuna planlaşdırılmışdı, lakin Çin tərəfinin xahişi ilə təxirə salınıb. Hazırda Zaur Hümbətlinin sentyabrda Pekində olması və orada Çin Ticarət Nazirliyinin rəhbərliyi ilə görüşməsi nəzərdə tutulur.

Həmin gün energetika naziri Elmar Sadıqzadə Yaponiyanın səfiri Kenci Morita ilə görüşüb. Söhbət zamanı yapon şirkətlərinin Sumqayıtda yaşıl hidrogen istehsalı layihəsinə qoşulması imkanları araşdırılıb.

Srağagün isə rəqəmsal inkişaf və nəqliyyat naziri Kənan Məlikov Koreya Respublikasının səfiri Pak Con Ho ilə görüşüb. Məlikovun avqustda Seula səfər edəcəyi də bildirilib.
""", [
 ("Zaur Hümbətli", "PER", "iqtisadiyyat naziri", "Azərbaycan", ["Zaur Hümbətli", "Zaur Hümbətlinin"]),
 ("Van Lin", "PER", "səfir", "Çin", ["Van Lini"]),
 ("Elmar Sadıqzadə", "PER", "energetika naziri", "Azərbaycan", ["Elmar Sadıqzadə"]),
 ("Kenci Morita", "PER", "səfir", "Yaponiya", ["Kenci Morita"]),
 ("Kənan Məlikov", "PER", "rəqəmsal inkişaf və nəqliyyat naziri", "Azərbaycan", ["Kənan Məlikov", "Məlikovun"]),
 ("Pak Con Ho", "PER", "səfir", "Koreya", ["Pak Con Ho"]),
 ("Çin Ticarət Nazirliyi", "ORG", None, None, ["Çin Ticarət Nazirliyinin"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Çin", "LOC", None, None, ["Çin", "Çin Xalq Respublikasının"]),
 ("Yaponiya", "LOC", None, None, ["Yaponiya", "Yaponiyanın"]),
 ("Koreya", "LOC", None, None, ["Koreya", "Koreya Respublikasının"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Ələt", "LOC", None, None, ["Ələt"]),
 ("Pekin", "LOC", None, None, ["Pekinə", "Pekində"]),
 ("Sumqayıt", "LOC", None, None, ["Sumqayıtda"]),
 ("Seul", "LOC", None, None, ["Seula"]),
], [
 E("MEET", ["Zaur Hümbətli", "Van Lin"], None, "2026-07-22", "happened", "Zaur Hümbətli bu gün Çin",
   ["ticarət", "investisiyalar"], host="Zaur Hümbətli", date_text="bu gün"),
 E("VISIT", ["Zaur Hümbətli"], "Pekin", "2026-07", "negated", "Nazirin Pekinə səfəri əvvəlcə",
   ["ticarət"], date_text="iyulun sonuna"),
 E("VISIT", ["Zaur Hümbətli"], "Pekin", "2026-09", "planned", "Hazırda Zaur Hümbətlinin",
   ["ticarət"], date_text="sentyabrda"),
 E("MEET", ["Zaur Hümbətli", "Çin Ticarət Nazirliyi"], "Pekin", "2026-09", "planned", "Hazırda Zaur Hümbətlinin",
   ["ticarət"], date_text="sentyabrda"),
 E("MEET", ["Elmar Sadıqzadə", "Kenci Morita"], None, "2026-07-22", "happened", "Həmin gün energetika naziri",
   ["yaşıl hidrogen"], date_text="Həmin gün"),
 E("MEET", ["Kənan Məlikov", "Pak Con Ho"], None, "2026-07-20", "happened", "Srağagün isə rəqəmsal",
   ["rəqəmsal inkişaf"], date_text="Srağagün"),
 E("VISIT", ["Kənan Məlikov"], "Seul", "2026-08", "planned", "Məlikovun avqustda Seula",
   ["rəqəmsal inkişaf"], date_text="avqustda"),
])

A("546_alimov_seferi_texire_salinib_oxu.txt", "oxu.az", """date 2026-06-26
Özbəkistan liderinin Azərbaycana dövlət səfəri avqusta saxlanılıb - OXU.AZ

OXU.AZ | Müstəqil xəbər portalı
Xəbərlər | Analitika | Siyasət | Biznes | Region | Multimedia
26.06.2026, 11:48
Özbəkistan liderinin Azərbaycana dövlət səfəri avqusta saxlanılıb

Özbəkistan Prezidenti Şuhrat Alimovun iyunun 29–30-da Azərbaycana planlaşdırılan dövlət səfəri başqa vaxta keçirilib.

Oxu.az-a diplomatik mənbələrdən bildiriblər ki, bu barədə dünən Teymur Səlimovla Şuhrat Alimovun telefon danışığında razılığa gəlinib. Dövlət başçıları səfərin avqustun ikinci yarısında baş tutmasını razılaşdırıblar.

Bununla əlaqədar iyunun 30-da Bakıda dövlət başçılarının həmsədrliyi ilə keçirilməsi nəzərdə tutulan Ali Dövlətlərarası Şuranın iclası da təxirə salınıb. İclasda prezidentlərin iqtisadi tərəfdaşlığa dair onillik proqramı imzalaması gözlənilirdi.

Özbəkistanın xarici işlər naziri Cavlon Mirzayevin gələn həftə Bakıya gələrək səfərin yeni tarixlərini Ruslan Kazımlı ilə birlikdə dəqiqləşdirəcəyi bildirilir.

Teqlər: Teymur Səlimov, Şuhrat Alimov, Özbəkistan
Digər xəbərlər
Baş nazir Naxçıvanda yeni zavodun açılışında iştirak edib
Bakıda isti hava ən azı üç gün davam edəcək
""", [
 ("Şuhrat Alimov", "PER", "Prezident", "Özbəkistan", ["Şuhrat Alimovun", "Şuhrat Alimov"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimovla", "Teymur Səlimov"]),
 ("Cavlon Mirzayev", "PER", "xarici işlər naziri", "Özbəkistan", ["Cavlon Mirzayevin"]),
 ("Ruslan Kazımlı", "PER", None, "Azərbaycan", ["Ruslan Kazımlı"]),
 ("Oxu.az", "ORG", None, None, ["OXU.AZ", "Oxu.az-a"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistan", "Özbəkistanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycana"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvanda"]),
], [
 E("VISIT", ["Şuhrat Alimov"], "Azərbaycan", "2026-06-29", "negated", "Şuhrat Alimovun iyunun 29–30-da",
   ["ikitərəfli münasibətlər"], date_text="iyunun 29–30-da"),
 E("CALL", ["Teymur Səlimov", "Şuhrat Alimov"], None, "2026-06-25", "happened", "bu barədə dünən Teymur",
   ["səfərin vaxtı"], date_text="dünən"),
 E("VISIT", ["Şuhrat Alimov"], "Azərbaycan", "2026-08", "planned", "Dövlət başçıları səfərin avqustun",
   ["ikitərəfli münasibətlər"], date_text="avqustun ikinci yarısında"),
 E("MEET", ["Teymur Səlimov", "Şuhrat Alimov"], "Bakı", "2026-06-30", "negated", "Bununla əlaqədar iyunun 30-da",
   ["iqtisadi tərəfdaşlıq"], date_text="iyunun 30-da",
   event_name="Ali Dövlətlərarası Şuranın iclası"),
 E("SIGN", ["Teymur Səlimov", "Şuhrat Alimov"], "Bakı", "2026-06-30", "negated", "İclasda prezidentlərin",
   ["iqtisadi tərəfdaşlıq"], date_text="iyunun 30-da"),
 E("VISIT", ["Cavlon Mirzayev"], "Bakı", None, "planned", "Cavlon Mirzayevin gələn həftə",
   ["səfərin vaxtı"], date_text="gələn həftə"),
 E("MEET", ["Cavlon Mirzayev", "Ruslan Kazımlı"], "Bakı", None, "planned", "Cavlon Mirzayevin gələn həftə",
   ["səfərin vaxtı"], date_text="gələn həftə"),
])

A("547_eleskerli_mdb_hokumet_bascilari_dusenbe_metbuat.txt", "metbuat.az", """date 2026-05-29
Düşənbədə MDB hökumət başçılarının toplantısı: Nicat Ələsgərli Rusiya və Belarus baş nazirləri ilə görüşüb

Hökumət başçısı Nicat Ələsgərli bu gün Tacikistanın paytaxtında keçirilən MDB Hökumət Başçıları Şurasının iclasında iştirak edib.

Metbuat.az-a hökumət mənbələrindən bildiriblər ki, Azərbaycan nümayəndə heyəti Düşənbəyə dünən axşam gəlib. Hava limanında Nicat Ələsgərlini Tacikistanın Baş naziri Fayzullo Sadullayev qarşılayıb.

Şuranın iclası əvvəl dar çevrədə, ardınca nümayəndə heyətlərinin üzvlərinin qoşulması ilə keçib. Çıxışında Nicat Ələsgərli MDB məkanında nəqliyyat dəhlizlərinin rəqəmsallaşdırılmasını və gömrük prosedurlarının sadələşdirilməsini prioritet adlandırıb.

İclasın kənarında Azərbaycan hökumətinin başçısı Rusiya Hökumətinin sədri Mixail Zaytsev və Belarusun Baş naziri Andrey Sidorenko ilə ayrı-ayrılıqda söhbət edib.

Tədbirin sonunda humanitar əməkdaşlıq və energetikaya aid on bir sənəd imzalanıb. Azərbaycan tərəfindən sənədlərə Baş nazir imza atıb.

Şuranın növbəti iclasının noyabrda Aşqabadda keçirilməsi qərara alınıb. Nicat Ələsgərli axşam Bakıya qayıdıb.
""", [
 ("Nicat Ələsgərli", "PER", "baş nazir", "Azərbaycan", ["Nicat Ələsgərli", "Nicat Ələsgərlini"]),
 ("Fayzullo Sadullayev", "PER", "baş nazir", "Tacikistan", ["Fayzullo Sadullayev"]),
 ("Mixail Zaytsev", "PER", "hökumətin sədri", "Rusiya Hökuməti", ["Mixail Zaytsev"]),
 ("Andrey Sidorenko", "PER", "baş nazir", "Belarus", ["Andrey Sidorenko"]),
 ("MDB Hökumət Başçıları Şurası", "ORG", None, None, ["MDB Hökumət Başçıları Şurasının", "Şuranın"]),
 ("Müstəqil Dövlətlər Birliyi", "ORG", None, None, ["MDB"]),
 ("Rusiya Hökuməti", "ORG", None, None, ["Rusiya Hökumətinin"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az-a"]),
 ("Düşənbə", "LOC", None, None, ["Düşənbədə", "Düşənbəyə"]),
 ("Tacikistan", "LOC", None, None, ["Tacikistanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Rusiya", "LOC", None, None, ["Rusiya"]),
 ("Belarus", "LOC", None, None, ["Belarus", "Belarusun"]),
 ("Aşqabad", "LOC", None, None, ["Aşqabadda"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
], [
 E("ATTEND", ["Nicat Ələsgərli"], "Düşənbə", "2026-05-29", "happened", "Hökumət başçısı Nicat Ələsgərli bu gün",
   ["nəqliyyat", "gömrük"], date_text="bu gün", event_name="MDB Hökumət Başçıları Şurasının iclası"),
 E("VISIT", ["Nicat Ələsgərli"], "Düşənbə", "2026-05-28", "happened", "Azərbaycan nümayəndə heyəti Düşənbəyə",
   ["çoxtərəfli əməkdaşlıq"], date_text="dünən"),
 E("MEET", ["Nicat Ələsgərli", "Fayzullo Sadullayev"], "Düşənbə", "2026-05-28", "happened", "Hava limanında Nicat",
   ["rəsmi qarşılanma"], host="Fayzullo Sadullayev", date_text="dünən"),
 E("MEET", ["Nicat Ələsgərli", "Mixail Zaytsev"], "Düşənbə", "2026-05-29", "happened", "İclasın kənarında Azərbaycan",
   ["ikitərəfli münasibətlər"]),
 E("MEET", ["Nicat Ələsgərli", "Andrey Sidorenko"], "Düşənbə", "2026-05-29", "happened", "İclasın kənarında Azərbaycan",
   ["ikitərəfli münasibətlər"]),
 E("SIGN", ["Nicat Ələsgərli"], "Düşənbə", "2026-05-29", "happened", "Tədbirin sonunda humanitar",
   ["humanitar əməkdaşlıq", "energetika"]),
])
