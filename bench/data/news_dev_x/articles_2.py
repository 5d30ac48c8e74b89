A("647_sukurlu_almaniya_diaspor_metbuat.txt", "metbuat.az", """date 2026-11-16
Elnur Şükürlü Almaniyada: Berlində görüş, Kölndə icma mərkəzinin açılışı

Diaspor ilə İş üzrə Dövlət Komitəsinin sədri Elnur Şükürlü cümə günündən Almaniya Federativ Respublikasında işgüzar səfərdədir.

Metbuat.az komitəyə istinadən xəbər verir ki, səfərin ilk günü sədr Berlində Almaniya Bundestaqının deputatı, Almaniya–Cənubi Qafqaz parlament qrupunun sədri Andreas Lanq ilə görüşüb. Söhbət zamanı bu ölkədə yaşayan soydaşlarımızın ictimai həyatda daha fəal iştirakı, iki xalq arasında humanitar bağların möhkəmləndirilməsi ətrafında fikir mübadiləsi aparılıb. Lanq Bundestaqda Cənubi Qafqazda sülh gündəliyinə həsr olunmuş dinləmə keçirmək niyyətində olduqlarını deyib.

Şənbə günü Elnur Şükürlü Köln şəhərinə yollanıb və oradakı Azərbaycan icmasının yeni mədəniyyət mərkəzinin açılış mərasimində iştirak edib. Mərasimdə şəhər şurasının üzvü Martin Şulte də söz alaraq mərkəzin qapılarının bütün Köln sakinləri üçün açıq olacağını bildirib.

Bu gün sədrin Frankfurta gedərək Hessen torpağında fəaliyyət göstərən diaspor təşkilatlarının rəhbərləri ilə görüşməsi planlaşdırılır.

Komitə sədrinin Ştutqarta da baş çəkməsi nəzərdə tutulurdu, lakin Frankfurtdakı görüşlərin uzadılması səbəbindən bu hissə proqramdan çıxarılıb.
""", [
 ("Elnur Şükürlü", "PER", "sədr", "Diaspor ilə İş üzrə Dövlət Komitəsi", ["Elnur Şükürlü"]),
 ("Andreas Lanq", "PER", "deputat", "Almaniya Bundestaqı", ["Andreas Lanq", "Lanq"]),
 ("Martin Şulte", "PER", "şəhər şurasının üzvü", "Almaniya", ["Martin Şulte"]),
 ("Diaspor ilə İş üzrə Dövlət Komitəsi", "ORG", None, None, ["Diaspor ilə İş üzrə Dövlət Komitəsinin"]),
 ("Almaniya Bundestaqı", "ORG", None, None, ["Almaniya Bundestaqının", "Bundestaqda"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az"]),
 ("Almaniya", "LOC", None, None, ["Almaniyada", "Almaniya Federativ Respublikasında", "Almaniya"]),
 ("Berlin", "LOC", None, None, ["Berlində"]),
 ("Köln", "LOC", None, None, ["Kölndə", "Köln"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqaz", "Cənubi Qafqazda"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Frankfurt", "LOC", None, None, ["Frankfurta", "Frankfurtdakı"]),
 ("Hessen", "LOC", None, None, ["Hessen"]),
 ("Ştutqart", "LOC", None, None, ["Ştutqarta"]),
], [
 E("VISIT", ["Elnur Şükürlü"], "Almaniya", "2026-11-13", "happened", "Elnur Şükürlü cümə günündən",
   ["diaspor"], date_text="cümə günündən"),
 E("MEET", ["Elnur Şükürlü", "Andreas Lanq"], "Berlin", "2026-11-13", "happened", "səfərin ilk günü sədr Berlində",
   ["diaspor", "humanitar əlaqələr"], date_text="səfərin ilk günü"),
 E("VISIT", ["Elnur Şükürlü"], "Köln", "2026-11-14", "happened", "Şənbə günü Elnur Şükürlü",
   ["diaspor"], date_text="Şənbə günü"),
 E("ATTEND", ["Elnur Şükürlü"], "Köln", "2026-11-14", "happened", "Şənbə günü Elnur Şükürlü",
   ["diaspor", "mədəniyyət"], date_text="Şənbə günü", event_name="icma mədəniyyət mərkəzinin açılış mərasimi"),
 E("ATTEND", ["Martin Şulte"], "Köln", "2026-11-14", "happened", "Mərasimdə şəhər şurasının",
   ["diaspor", "mədəniyyət"], date_text="Şənbə günü", event_name="icma mədəniyyət mərkəzinin açılış mərasimi"),
 E("VISIT", ["Elnur Şükürlü"], "Frankfurt", "2026-11-16", "planned", "Bu gün sədrin Frankfurta",
   ["diaspor"], date_text="Bu gün"),
 E("VISIT", ["Elnur Şükürlü"], "Ştutqart", None, "negated", "Komitə sədrinin Ştutqarta",
   ["diaspor"]),
])

A("648_mirzezade_gursoy_ankara_xalq_qezeti.txt", None, """date 2026-03
Azərbaycan və Türkiyə təhsil nazirləri Ankarada protokol imzalayıb

Martın 3-də Elm və təhsil naziri Aysel Mirzəzadənin başçılıq etdiyi nümayəndə heyəti Türkiyəyə işgüzar səfərə yola düşüb.

Ertəsi gün Ankarada, Türkiyə Milli Təhsil Nazirliyində keçirilən görüşdə Aysel Mirzəzadə türkiyəli həmkarı Mehmet Ali Gürsoy ilə peşə təhsilinin müasirləşdirilməsi, məktəblərarası mübadilə proqramları və müəllim hazırlığı məsələlərini muzakirə edib. Görüşün yekununda nazirlər peşə təhsili sahəsində birgə fəaliyyətə dair protokol imza-
layıblar.

Səfər çərçivəsində nümayəndə heyeti Orta Şərq Texniki Universitetində olub, universitetin rektoru professor Cem Aydınlı ilə görüşüb. Rektor Azərbaycandan olan tələbələrin sayının son beş ildə iki dəfə artdığını bildirib, mühəndislik fakültələ-
rində birgə magistr proqramlarının açılmasını təklif edib.

Martın 6-da heyət İstanbula keçib. Burada Aysel Mirzəzadə İstanbul Universitetinin Ədəbiyyat fakültəsində Azərbaycan dili və ədəbiyyatı kafedrasının açılış mərasimində iştirak edib.

Türkiyəli nazirin aprelin sonunda Bakıya səfəri gözlənilir. Səfər zamanı Bakıda Azərbaycan–Türkiyə təhsil forumunun keçirilməsi də nəzərdə tutulur.

Nigar SƏMƏDOVA,
«Xalq qəzeti»
""", [
 ("Aysel Mirzəzadə", "PER", "elm və təhsil naziri", "Azərbaycan", ["Aysel Mirzəzadənin", "Aysel Mirzəzadə"]),
 ("Mehmet Ali Gürsoy", "PER", "milli təhsil naziri", "Türkiyə Milli Təhsil Nazirliyi", ["Mehmet Ali Gürsoy"]),
 ("Cem Aydınlı", "PER", "rektor", "Orta Şərq Texniki Universiteti", ["Cem Aydınlı"]),
 ("Nigar Səmədova", "PER", None, None, ["Nigar SƏMƏDOVA"]),
 ("Türkiyə Milli Təhsil Nazirliyi", "ORG", None, None, ["Türkiyə Milli Təhsil Nazirliyində"]),
 ("Orta Şərq Texniki Universiteti", "ORG", None, None, ["Orta Şərq Texniki Universitetində"]),
 ("İstanbul Universiteti", "ORG", None, None, ["İstanbul Universitetinin"]),
 ("Xalq qəzeti", "ORG", None, None, ["Xalq qəzeti"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycandan"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə", "Türkiyəyə"]),
 ("Ankara", "LOC", None, None, ["Ankarada"]),
 ("İstanbul", "LOC", None, None, ["İstanbula"]),
 ("Bakı", "LOC", None, None, ["Bakıya", "Bakıda"]),
], [
 E("VISIT", ["Aysel Mirzəzadə"], "Türkiyə", "2026-03-03", "happened", "Martın 3-də Elm və təhsil",
   ["təhsil"], date_text="Martın 3-də"),
 E("MEET", ["Aysel Mirzəzadə", "Mehmet Ali Gürsoy"], "Türkiyə Milli Təhsil Nazirliyi", "2026-03-04", "happened",
   "Ertəsi gün Ankarada", ["peşə təhsili", "müəllim hazırlığı"], date_text="Ertəsi gün"),
 E("SIGN", ["Aysel Mirzəzadə", "Mehmet Ali Gürsoy"], "Türkiyə Milli Təhsil Nazirliyi", "2026-03-04", "happened",
   "Görüşün yekununda nazirlər", ["peşə təhsili"], date_text="Ertəsi gün"),
 E("MEET", ["Aysel Mirzəzadə", "Cem Aydınlı"], "Orta Şərq Texniki Universiteti", "2026-03", "happened",
   "Səfər çərçivəsində nümayəndə heyeti", ["ali təhsil", "tələbə mübadiləsi"]),
 E("VISIT", ["Aysel Mirzəzadə"], "İstanbul", "2026-03-06", "happened", "Martın 6-da heyət",
   ["təhsil"], date_text="Martın 6-da"),
 E("ATTEND", ["Aysel Mirzəzadə"], "İstanbul Universiteti", "2026-03-06", "happened", "Burada Aysel Mirzəzadə",
   ["dil və ədəbiyyat"], date_text="Martın 6-da", event_name="Azərbaycan dili və ədəbiyyatı kafedrasının açılış mərasimi"),
 E("VISIT", ["Mehmet Ali Gürsoy"], "Bakı", "2026-04", "planned", "Türkiyəli nazirin aprelin",
   ["təhsil"], date_text="aprelin sonunda"),
])

A("649_bdu_kazan_universiteti_sazis_apa.txt", "APA", """date 2026-05-27
BDU ilə Kazan Federal Universiteti ikili diplom proqramı üzrə saziş imzalayıb

Bakı Dövlət Universitetinin (BDU) rektoru, akademik Elşad Kazımzadə bu gün Rusiyanın Kazan (Volqaboyu) Federal Universitetinin rektoru Rinat Qaliullinin başçılıq etdiyi nümayəndə heyətini qəbul edib.

APA-nın məlumatına görə, görüşdə iki universitet arasında tələbə və professor-müəllim mübadiləsi, türkologiya və neft kimyası sahələrində birgə tədqiqatlar barədə fikir mübadiləsi olub. Kazımzadə BDU-da tatar dilinin seçmə fənn kimi tədris olunduğunu xatırladıb.

Görüşün sonunda rektorlar kimya və ekologiya ixtisasları üzrə ikili diplom proqramına dair sazişi imzalayıblar.

Rusiya heyətinin Bakıya səfəri bazar ertəsi başlayıb. Həmin gün qonaqlar Azərbaycan Texniki Universitetində olub, rektor Tofiq Əsgərzadə ilə görüşüblər. Qaliullin sabah Naxçıvana uçacaq və Naxçıvan Dövlət Universitetinin rəhbərliyi ilə görüşəcək.

Elşad Kazımzadənin oktyabrda Kazana gedərək orada keçiriləcək Rusiya–Azərbaycan rektorlar forumunda iştirak etməsi nəzərdə tutulur.
""", [
 ("Elşad Kazımzadə", "PER", "rektor", "Bakı Dövlət Universiteti", ["Elşad Kazımzadə", "Kazımzadə", "Elşad Kazımzadənin"]),
 ("Rinat Qaliullin", "PER", "rektor", "Kazan Federal Universiteti", ["Rinat Qaliullinin", "Qaliullin"]),
 ("Tofiq Əsgərzadə", "PER", "rektor", "Azərbaycan Texniki Universiteti", ["Tofiq Əsgərzadə"]),
 ("Bakı Dövlət Universiteti", "ORG", None, None, ["BDU", "Bakı Dövlət Universitetinin", "BDU-da"]),
 ("Kazan Federal Universiteti", "ORG", None, None, ["Kazan Federal Universiteti", "Kazan (Volqaboyu) Federal Universitetinin"]),
 ("Azərbaycan Texniki Universiteti", "ORG", None, None, ["Azərbaycan Texniki Universitetində"]),
 ("Naxçıvan Dövlət Universiteti", "ORG", None, None, ["Naxçıvan Dövlət Universitetinin"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Rusiya", "LOC", None, None, ["Rusiyanın", "Rusiya"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvana"]),
 ("Kazan", "LOC", None, None, ["Kazana"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
], [
 E("MEET", ["Elşad Kazımzadə", "Rinat Qaliullin"], "Bakı Dövlət Universiteti", "2026-05-27", "happened",
   "akademik Elşad Kazımzadə bu gün", ["ali təhsil", "elmi tədqiqatlar"], host="Elşad Kazımzadə", date_text="bu gün"),
 E("SIGN", ["Elşad Kazımzadə", "Rinat Qaliullin"], "Bakı Dövlət Universiteti", "2026-05-27", "happened",
   "Görüşün sonunda rektorlar", ["ikili diplom proqramı"]),
 E("VISIT", ["Rinat Qaliullin"], "Bakı", "2026-05-25", "happened", "Rusiya heyətinin Bakıya",
   ["ali təhsil"], date_text="bazar ertəsi"),
 E("MEET", ["Rinat Qaliullin", "Tofiq Əsgərzadə"], "Azərbaycan Texniki Universiteti", "2026-05-25", "happened",
   "Həmin gün qonaqlar", ["ali təhsil"], date_text="Həmin gün"),
 E("VISIT", ["Rinat Qaliullin"], "Naxçıvan", "2026-05-28", "planned", "Qaliullin sabah Naxçıvana",
   ["ali təhsil"], date_text="sabah"),
 E("MEET", ["Rinat Qaliullin", "Naxçıvan Dövlət Universiteti"], "Naxçıvan", "2026-05-28", "planned",
   "Qaliullin sabah Naxçıvana", ["ali təhsil"], date_text="sabah"),
 E("VISIT", ["Elşad Kazımzadə"], "Kazan", "2026-10", "planned", "Elşad Kazımzadənin oktyabrda",
   ["ali təhsil"], date_text="oktyabrda"),
 E("ATTEND", ["Elşad Kazımzadə"], "Kazan", "2026-10", "planned", "Elşad Kazımzadənin oktyabrda",
   ["ali təhsil"], date_text="oktyabrda", event_name="Rusiya–Azərbaycan rektorlar forumu"),
])

A("650_seferli_semerqend_serq_tereneleri_azertac.txt", "AZERTAC", """date 2026-08-26
Rəhim Səfərli Səmərqənddə “Şərq təranələri” festivalının açılışında iştirak edib

Özbəkistanda işgüzar səfərdə olan mədəniyyət naziri Rəhim Səfərli dünən Səmərqənddə XIV “Şərq təranələri” Beynəlxalq Musiqi Festivalının açılış mərasimində iştirak edib.

AZERTAC-ın Səmərqənddəki müxbirinin verdiyi xəbərə görə, Registan meydanında keçirilən mərasimdə Özbəkistan Prezidenti Şuhrat Alimov çıxış edərək festivalın Şərq xalqlarının musiqi irsini yaşatmaqdakı rolundan danışıb. Nazir qədim şəhərə dünən səhər Daşkənddən sürət qatarı ilə gəlib.

Səfər bazar günü Daşkənddə başlayıb. Bazar ertəsi isə Rəhim Səfərli ilə Özbəkistanın mədəniyyət naziri Şerzod Rahimov arasında danışıqlar aparılıb, 2027–2029-cu illər üçün mədəni əməkdaşlıq proqramının layihəsi nəzərdən keçirilib. Proqramın noyabrda Bakıda keçiriləcək Özbəkistan mədəniyyəti günləri zamanı hər iki nazir tərəfindən imzalanması nəzərdə tutulur.

Bu gün Rəhim Səfərli Şahi-Zində memarlıq kompleksini ziyarət edəcək, sonra Səmərqənd Dövlət Universitetinə gedib oradakı Azərbaycan dili və ədəbiyyatı mərkəzinin tələbələri ilə görüşəcək.

Xatırladaq ki, əvvəlcə Prezident Teymur Səlimovun da festivalın açılışına qatılacağı açıqlanmışdı, lakin dövlət başçısı bu səfəri təxirə salıb.
""", [
 ("Rəhim Səfərli", "PER", "mədəniyyət naziri", "Azərbaycan", ["Rəhim Səfərli"]),
 ("Şuhrat Alimov", "PER", "Prezident", "Özbəkistan", ["Şuhrat Alimov"]),
 ("Şerzod Rahimov", "PER", "mədəniyyət naziri", "Özbəkistan", ["Şerzod Rahimov"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimovun"]),
 ("Səmərqənd Dövlət Universiteti", "ORG", None, None, ["Səmərqənd Dövlət Universitetinə"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-ın"]),
 ("Səmərqənd", "LOC", None, None, ["Səmərqənddə", "Səmərqənddəki"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistanda", "Özbəkistan", "Özbəkistanın"]),
 ("Registan meydanı", "LOC", None, None, ["Registan meydanında"]),
 ("Daşkənd", "LOC", None, None, ["Daşkənddən", "Daşkənddə"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Şahi-Zində memarlıq kompleksi", "LOC", None, None, ["Şahi-Zində memarlıq kompleksini"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
], [
 E("VISIT", ["Rəhim Səfərli"], "Özbəkistan", "2026-08-23", "happened", "Özbəkistanda işgüzar səfərdə",
   ["mədəniyyət"], date_text="bazar günü"),
 E("ATTEND", ["Rəhim Səfərli"], "Registan meydanı", "2026-08-25", "happened", "Özbəkistanda işgüzar səfərdə",
   ["mədəniyyət", "musiqi"], date_text="dünən", event_name="XIV “Şərq təranələri” Beynəlxalq Musiqi Festivalının açılışı"),
 E("ATTEND", ["Şuhrat Alimov"], "Registan meydanı", "2026-08-25", "happened", "Registan meydanında keçirilən",
   ["mədəniyyət", "musiqi"], date_text="dünən", event_name="XIV “Şərq təranələri” Beynəlxalq Musiqi Festivalının açılışı"),
 E("VISIT", ["Rəhim Səfərli"], "Səmərqənd", "2026-08-25", "happened", "Nazir qədim şəhərə dünən",
   ["mədəniyyət"], date_text="dünən"),
 E("MEET", ["Rəhim Səfərli", "Şerzod Rahimov"], "Daşkənd", "2026-08-24", "happened", "Bazar ertəsi isə Rəhim",
   ["mədəni əməkdaşlıq"], date_text="Bazar ertəsi"),
 E("SIGN", ["Rəhim Səfərli", "Şerzod Rahimov"], "Bakı", "2026-11", "planned", "Proqramın noyabrda Bakıda",
   ["mədəni əməkdaşlıq"], date_text="noyabrda"),
 E("VISIT", ["Rəhim Səfərli"], "Şahi-Zində memarlıq kompleksi", "2026-08-26", "planned", "Bu gün Rəhim Səfərli",
   ["mədəni irs"], place="Şahi-Zində memarlıq kompleksi", date_text="Bu gün"),
 E("VISIT", ["Rəhim Səfərli"], "Səmərqənd Dövlət Universiteti", "2026-08-26", "planned", "Bu gün Rəhim Səfərli",
   ["dil və ədəbiyyat"], place="Səmərqənd Dövlət Universiteti", date_text="Bu gün"),
 E("ATTEND", ["Teymur Səlimov"], "Registan meydanı", "2026-08-25", "negated", "Xatırladaq ki, əvvəlcə Prezident",
   ["mədəniyyət"], event_name="XIV “Şərq təranələri” Beynəlxalq Musiqi Festivalının açılışı"),
 E("VISIT", ["Teymur Səlimov"], "Səmərqənd", None, "negated", "Xatırladaq ki, əvvəlcə Prezident",
   ["mədəniyyət"]),
])

A("651_elimerdanli_tdt_genclik_nazirleri_susa_trend.txt", "trend.az", """date 2026-07-03
Şuşada TDT ölkələrinin gənclər siyasətinə cavabdeh nazirləri toplaşıb

Türk Dövlətləri Təşkilatına (TDT) üzv ölkələrin gənclər siyasətinə cavabdeh nazirlərinin V toplantısı bu gün Şuşada, “Xarıbülbül” otelinin konfrans zalında keçirilib.

Trend-in xəbərinə görə, toplantını açan gənclər və idman naziri Orxan Əlimərdanlı türk dünyasının gənclərini birləşdirən layihələr üçün Qarabağın unikal məkana çevrildiyini deyib.

Tədbirə Türkiyənin gənclər və idman naziri Emre Tuncel, Qazaxıstanın mədəniyyət və informasiya nazirinin müavini Dauren Abenov, həmçinin TDT-nin Baş katibinin müavini Ömər Kocaman qatılıblar; Qırğızıstan, Özbəkistan və Macarıstan isə nazirliklərin departament rəhbərləri səviyyəsində təmsil olunub.

Toplantının yekununda “Şuşa gənclər bəyannaməsi” qəbul edilib. Bəyannaməni Orxan Əlimərdanlı, Emre Tuncel və digər heyət rəhbərləri imzalayıblar.

Həmin gün Emre Tuncel ilə Orxan Əlimərdanlı arasında ikitərəfli görüş olub, tərəflər gələn il İstanbulda keçiriləcək Türk dünyası gənclər forumuna hazırlığı müzakirə ediblər.

Türkiyəli nazir Şuşaya dünən gəlib, axşam Əlimərdanlı ilə birlikdə Cıdır düzünü və Yuxarı Gövhər Ağa məscidini gəzib.

Nazirlərin növbəti toplantısına gələn il Qırğızıstan ev sahibliyi edəcək.
""", [
 ("Orxan Əlimərdanlı", "PER", "gənclər və idman naziri", None, ["Orxan Əlimərdanlı", "Əlimərdanlı"]),
 ("Emre Tuncel", "PER", "gənclər və idman naziri", "Türkiyə", ["Emre Tuncel"]),
 ("Dauren Abenov", "PER", "nazir müavini", "Qazaxıstan", ["Dauren Abenov"]),
 ("Ömər Kocaman", "PER", "baş katibin müavini", "Türk Dövlətləri Təşkilatı", ["Ömər Kocaman"]),
 ("Türk Dövlətləri Təşkilatı", "ORG", None, None, ["TDT", "Türk Dövlətləri Təşkilatına", "TDT-nin"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Şuşa", "LOC", None, None, ["Şuşada", "Şuşaya"]),
 ("Xarıbülbül oteli", "LOC", None, None, ["Xarıbülbül"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağın"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstanın"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstan"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistan"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstan"]),
 ("İstanbul", "LOC", None, None, ["İstanbulda"]),
 ("Cıdır düzü", "LOC", None, None, ["Cıdır düzünü"]),
 ("Yuxarı Gövhər Ağa məscidi", "LOC", None, None, ["Yuxarı Gövhər Ağa məscidini"]),
], [
 E("ATTEND", ["Orxan Əlimərdanlı"], "Xarıbülbül oteli", "2026-07-03", "happened", "toplantını açan gənclər",
   ["gənclər siyasəti"], date_text="bu gün", event_name="TDT gənclər nazirlərinin V toplantısı"),
 E("ATTEND", ["Emre Tuncel", "Dauren Abenov", "Ömər Kocaman"], "Xarıbülbül oteli", "2026-07-03", "happened",
   "Tədbirə Türkiyənin gənclər", ["gənclər siyasəti"], date_text="bu gün", event_name="TDT gənclər nazirlərinin V toplantısı"),
 E("SIGN", ["Orxan Əlimərdanlı", "Emre Tuncel"], "Xarıbülbül oteli", "2026-07-03", "happened", "Bəyannaməni Orxan",
   ["gənclər siyasəti"], date_text="bu gün"),
 E("MEET", ["Emre Tuncel", "Orxan Əlimərdanlı"], "Şuşa", "2026-07-03", "happened", "Həmin gün Emre Tuncel",
   ["gənclər siyasəti"], date_text="Həmin gün"),
 E("VISIT", ["Emre Tuncel"], "Şuşa", "2026-07-02", "happened", "Türkiyəli nazir Şuşaya dünən",
   ["gənclər siyasəti"], date_text="dünən"),
 E("VISIT", ["Emre Tuncel", "Orxan Əlimərdanlı"], "Cıdır düzü", "2026-07-02", "happened", "Türkiyəli nazir Şuşaya dünən",
   ["mədəni irs"], place="Cıdır düzü", date_text="dünən"),
 E("VISIT", ["Emre Tuncel", "Orxan Əlimərdanlı"], "Yuxarı Gövhər Ağa məscidi", "2026-07-02", "happened",
   "Türkiyəli nazir Şuşaya dünən", ["mədəni irs"], place="Yuxarı Gövhər Ağa məscidi", date_text="dünən"),
])

A("652_seyidzade_xabibullin_nunsi_report.txt", "report.az", """date 2026-12-08
Şeyxülislam Rusiya Müftilər Şurasının sədrini qəbul edib

Qafqaz Müsəlmanları İdarəsinin sədri Şeyxülislam Hacı Nurəddin Seyidzadə bu gün İdarənin iqamətgahında Rusiya Müftilər Şurasının sədri, müfti Rafail Xabibullinin başçılıq etdiyi heyəti qəbul edib.

Report-a QMİ-dən bildiriblər ki, görüşdə məzhəblərarası həmrəyliyin qorunması, gənc din xadimlərinin hazırlanması və Rusiyada yaşayan azərbaycanlıların dini ehtiyaclarının ödənilməsi ətrafında fikir mübadiləsi aparılıb. Qonaq Bakıda müxtəlif dinlərin nümayəndələrinin əmin-amanlıq içində yaşamasının Rusiya müsəlmanları üçün də örnək olduğunu söyləyib.

Rusiyadan gələn heyət paytaxtımıza şənbə günü gəlib, bazar günü isə Təzəpir məscidini ziyarət edib.

Şeyxülislam bu gün Bakıda səfərdə olan Müqəddəs Taxt-Tacın apostol nunsisi, arxiyepiskop Luici Kardelli ilə də görüşüb. Arxiyepiskopun dekabrın 24-də Müqəddəs Məryəm kilsəsində Milad ayininə rəhbərlik edəcəyi gözlənilir.

Rafail Xabibullinin sabah Dini Qurumlarla İş üzrə Dövlət Komitəsinin sədri Firudin Aslanlı ilə görüşü nəzərdə tutulur.
""", [
 ("Nurəddin Seyidzadə", "PER", "sədr", "Qafqaz Müsəlmanları İdarəsi", ["Nurəddin Seyidzadə"]),
 ("Rafail Xabibullin", "PER", "sədr", "Rusiya Müftilər Şurası", ["Rafail Xabibullinin"]),
 ("Luici Kardelli", "PER", "apostol nunsi", "Müqəddəs Taxt-Tac", ["Luici Kardelli"]),
 ("Firudin Aslanlı", "PER", "sədr", "Dini Qurumlarla İş üzrə Dövlət Komitəsi", ["Firudin Aslanlı"]),
 ("Qafqaz Müsəlmanları İdarəsi", "ORG", None, None, ["Qafqaz Müsəlmanları İdarəsinin", "İdarənin", "QMİ-dən"]),
 ("Rusiya Müftilər Şurası", "ORG", None, None, ["Rusiya Müftilər Şurasının"]),
 ("Dini Qurumlarla İş üzrə Dövlət Komitəsi", "ORG", None, None, ["Dini Qurumlarla İş üzrə Dövlət Komitəsinin"]),
 ("Report", "ORG", None, None, ["Report-a"]),
 ("Rusiya", "LOC", None, None, ["Rusiyada", "Rusiya", "Rusiyadan"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Təzəpir məscidi", "LOC", None, None, ["Təzəpir məscidini"]),
 ("Müqəddəs Taxt-Tac", "LOC", None, None, ["Müqəddəs Taxt-Tacın"]),
 ("Müqəddəs Məryəm kilsəsi", "LOC", None, None, ["Müqəddəs Məryəm kilsəsində"]),
], [
 E("MEET", ["Nurəddin Seyidzadə", "Rafail Xabibullin"], "Qafqaz Müsəlmanları İdarəsi", "2026-12-08", "happened",
   "Şeyxülislam Hacı Nurəddin Seyidzadə bu gün", ["dinlərarası dialoq", "din təhsili"],
   host="Nurəddin Seyidzadə", date_text="bu gün"),
 E("VISIT", ["Rafail Xabibullin"], "Bakı", "2026-12-05", "happened", "Rusiyadan gələn heyət",
   ["dinlərarası dialoq"], date_text="şənbə günü"),
 E("VISIT", ["Rafail Xabibullin"], "Təzəpir məscidi", "2026-12-06", "happened", "Rusiyadan gələn heyət",
   ["dini irs"], place="Təzəpir məscidi", date_text="bazar günü"),
 E("VISIT", ["Luici Kardelli"], "Bakı", "2026-12-08", "happened", "Şeyxülislam bu gün Bakıda",
   ["dinlərarası dialoq"], date_text="bu gün"),
 E("MEET", ["Nurəddin Seyidzadə", "Luici Kardelli"], "Bakı", "2026-12-08", "happened", "Şeyxülislam bu gün Bakıda",
   ["dinlərarası dialoq"], date_text="bu gün"),
 E("ATTEND", ["Luici Kardelli"], "Müqəddəs Məryəm kilsəsi", "2026-12-24", "planned", "Arxiyepiskopun dekabrın 24-də",
   ["dini bayramlar"], date_text="dekabrın 24-də", event_name="Milad ayini"),
 E("MEET", ["Rafail Xabibullin", "Firudin Aslanlı"], "Bakı", "2026-12-09", "planned", "Rafail Xabibullinin sabah",
   ["dinlərarası dialoq"], date_text="sabah"),
])

A("653_herbi_attaseler_fuzuli_susa_qafqazinfo.txt", "qafqazinfo.az", """date 2026-04-23
Xarici ölkələrin hərbi attaşeləri Füzuli və Şuşada olublar

Müdafiə Nazirliyinin təşkilatçılığı ilə Bakıda akkreditə olunmuş 24 ölkənin hərbi attaşeləri işğaldan azad edilmiş torpaqlara iki günlük səfər ediblər.

Qafqazinfo-nun nazirliyin mətbuat xidmətinə istinadən məlumatına görə, attaşelər çərşənbə axşamı Füzuli Beynəlxalq Hava Limanına enib, şəhərdə gedən bərpa-quruculuq işlərini izləyiblər. Onlara Ermənistan silahlı qüvvələrinin işğal illərində yaşayış məntəqələrinə və əkin sahələrinə basdırdığı minalar, bu minaların mülki əhali üçün yaratdığı təhlükə barədə xəritələr əsasında məlumat verilib.

Səfərin ikinci günü qonaqlar Şuşaya gedib, Cıdır düzündə və şəhərin tarixi məhəllələrində olublar. Onlar həmçinin müharibə zamanı dağıdılmış, indi bərpa edilən binaların bir neçəsinə baxıblar.

Müdafiə Nazirliyinin mətbuat katibi polkovnik-leytenant Kamran Babazadə jurnalistlərə bildirib ki, attaşelər üçün belə səfərlər ildə ən azı iki dəfə təşkil olunur. Onun sözlərinə görə, növbəti səfərin payızda Laçın və Kəlbəcər istiqamətində keçirilməsi planlaşdırılır.

Qeyd edək ki, ötən il oktyabrda keçirilən oxşar səfərdə 19 ölkənin hərbi diplomatları iştirak etmişdi.
""", [
 ("Kamran Babazadə", "PER", "mətbuat katibi", "Müdafiə Nazirliyi", ["Kamran Babazadə"]),
 ("Müdafiə Nazirliyi", "ORG", None, None, ["Müdafiə Nazirliyinin"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo-nun"]),
 ("Füzuli", "LOC", None, None, ["Füzuli"]),
 ("Şuşa", "LOC", None, None, ["Şuşada", "Şuşaya"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Füzuli Beynəlxalq Hava Limanı", "LOC", None, None, ["Füzuli Beynəlxalq Hava Limanına"]),
 ("Ermənistan", "LOC", None, None, ["Ermənistan"]),
 ("Cıdır düzü", "LOC", None, None, ["Cıdır düzündə"]),
 ("Laçın", "LOC", None, None, ["Laçın"]),
 ("Kəlbəcər", "LOC", None, None, ["Kəlbəcər"]),
], [], topics=["hərbi diplomatiya", "minalardan təmizləmə", "bərpa-quruculuq"])
