A("460_tehmezli_machavariani_herbi_plan_azertac.txt", "AZERTAC", """date 2029-03-13
Vüsal Təhməzli gürcüstanlı həmkarı ilə hərbi əməkdaşlıq planı imzalayıb

Bakı, 13 mart, AZƏRTAC

Gürcüstanın müdafiə naziri Giorgi Maçavariani rəsmi səfərlə Azərbaycandadır. Nazirin başçılıq etdiyi heyəti daşıyan təyyarə bazar ertəsi axşam Heydər Əliyev Beynəlxalq Aeroportuna enib.

Bu gün Müdafiə Nazirliyinin həyətində gürcü qonağın şərəfinə hərbi orkestr iki ölkənin dövlət himnlərini ifa edib. Fəxri qarovul dəstəsinin sırası önündən keçən Maçavariani daha sonra müdafiə naziri general-polkovnik Vüsal Təhməzli tərəfindən qəbul edilib.

Baş-başa söhbətin ardınca nümayəndə heyətləri səviyyəsində davam etdirilən danışıqlarda hərbi təhsil, sərhədyanı ərazilərdə birgə təlimlərin keçirilməsi və hərbi tibb üzrə təcrübə mübadiləsi ətraflı müzakirə olunub. Danışıqlar 2029–2030-cu illər üçün ikitərəfli hərbi əməkdaşlıq planının imzalanması ilə yekunlaşıb. Sənədə nazirlər özləri imza atıblar.

Səfər proqramına əsasən, gürcü naziri səhər saatlarında Şəhidlər xiyabanında və Fəxri xiyabanda olub, xatirə kompleksləri önünə əklil qoyub. Sabah qonağın Gəncəyə yollanaraq orada yerləşən hərbi hissələrdən birinin fəaliyyəti ilə tanış olacağı bildirilir.
""", [
 ("Vüsal Təhməzli", "PER", "müdafiə naziri", "Müdafiə Nazirliyi", ["Vüsal Təhməzli"]),
 ("Giorgi Maçavariani", "PER", "müdafiə naziri", "Gürcüstan", ["Giorgi Maçavariani", "Maçavariani"]),
 ("Müdafiə Nazirliyi", "ORG", None, None, ["Müdafiə Nazirliyinin"]),
 ("AZERTAC", "ORG", None, None, ["AZƏRTAC"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandadır"]),
 ("Heydər Əliyev Beynəlxalq Aeroportu", "LOC", None, None, ["Heydər Əliyev Beynəlxalq Aeroportuna"]),
 ("Fəxri xiyaban", "LOC", None, None, ["Fəxri xiyabanda"]),
 ("Şəhidlər xiyabanı", "LOC", None, None, ["Şəhidlər xiyabanında"]),
 ("Gəncə", "LOC", None, None, ["Gəncəyə"]),
], [
 E("VISIT", ["Giorgi Maçavariani"], "Azərbaycan", "2029-03-12", "happened", "rəsmi səfərlə Azərbaycandadır",
   ["hərbi əməkdaşlıq"], date_text="bazar ertəsi axşam"),
 E("MEET", ["Vüsal Təhməzli", "Giorgi Maçavariani"], "Müdafiə Nazirliyi", "2029-03-13", "happened",
   "Fəxri qarovul dəstəsinin sırası", ["hərbi əməkdaşlıq", "hərbi təhsil", "hərbi tibb"], host="Vüsal Təhməzli",
   date_text="Bu gün"),
 E("SIGN", ["Vüsal Təhməzli", "Giorgi Maçavariani"], "Müdafiə Nazirliyi", "2029-03-13", "happened",
   "Danışıqlar 2029–2030-cu illər", ["hərbi əməkdaşlıq"], date_text="Bu gün"),
 E("VISIT", ["Giorgi Maçavariani"], "Fəxri xiyaban", "2029-03-13", "happened", "gürcü naziri səhər saatlarında",
   ["xatirənin yad edilməsi"], place="Fəxri xiyaban"),
 E("VISIT", ["Giorgi Maçavariani"], "Şəhidlər xiyabanı", "2029-03-13", "happened", "gürcü naziri səhər saatlarında",
   ["xatirənin yad edilməsi"], place="Şəhidlər xiyabanı"),
 E("VISIT", ["Giorgi Maçavariani"], "Gəncə", "2029-03-14", "planned", "Sabah qonağın Gəncəyə",
   ["hərbi əməkdaşlıq"], date_text="Sabah"),
])

A("461_dadashli_ankara_kuscuoglu_apa.txt", "APA", """date 2029-03-13
Baş Qərargah rəisi Ankarada türk həmkarı ilə birgə təlimləri müzakirə edib

Azərbaycan Ordusunun Baş Qərargah rəisi general-polkovnik Rövşən Dadaşlı Türkiyədə işgüzar səfərdədir.

APA Müdafiə Nazirliyinə istinadən bildirir ki, dünən Ankaraya gələn Dadaşlı Türkiyə Silahlı Qüvvələrinin Baş Qərargahında rəsmi mərasimlə qarşılanıb. Burada o, türk həmkarı – Baş Qərargah rəisi orgeneral Kemal Kuşçuoğlu ilə əvvəlcə təkbətək, sonra nümayəndə heyətlərinin iştirakı ilə görüşüb. Söhbət zamanı payızda keçiriləcək birgə komanda-qərargah təliminin ssenarisi, gənc zabitlərin Türkiyənin hərbi akademiyalarında hazırlanması məsələləri nəzərdən keçirilib.

Bu gün Azərbaycan heyəti Anıtqəbiri ziyarət edib, xatirə kitabına ürək sözlərini yazıb.

Cümə axşamı Dadaşlının Konyaya yollanması və orada keçirilən taktiki uçuş təliminin yekun mərhələsində fəxri qonaq qismində iştirak etməsi nəzərdə tutulur.
""", [
 ("Rövşən Dadaşlı", "PER", "baş qərargah rəisi", "Azərbaycan Ordusu", ["Rövşən Dadaşlı", "Dadaşlı", "Dadaşlının"]),
 ("Kemal Kuşçuoğlu", "PER", "baş qərargah rəisi", "Türkiyə Silahlı Qüvvələrinin Baş Qərargahı", ["Kemal Kuşçuoğlu"]),
 ("Azərbaycan Ordusu", "ORG", None, None, ["Azərbaycan Ordusunun"]),
 ("APA", "ORG", None, None, ["APA"]),
 ("Müdafiə Nazirliyi", "ORG", None, None, ["Müdafiə Nazirliyinə"]),
 ("Türkiyə Silahlı Qüvvələrinin Baş Qərargahı", "ORG", None, None, ["Türkiyə Silahlı Qüvvələrinin Baş Qərargahında"]),
 ("Ankara", "LOC", None, None, ["Ankarada", "Ankaraya"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyədə", "Türkiyənin"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Anıtqəbir", "LOC", None, None, ["Anıtqəbiri"]),
 ("Konya", "LOC", None, None, ["Konyaya"]),
], [
 E("VISIT", ["Rövşən Dadaşlı"], "Ankara", "2029-03-12", "happened", "Türkiyədə işgüzar səfərdədir",
   ["hərbi əməkdaşlıq"], date_text="dünən"),
 E("MEET", ["Rövşən Dadaşlı", "Kemal Kuşçuoğlu"], "Türkiyə Silahlı Qüvvələrinin Baş Qərargahı", "2029-03-12",
   "happened", "Burada o, türk həmkarı", ["birgə təlimlər", "hərbi təhsil"], date_text="dünən"),
 E("VISIT", ["Rövşən Dadaşlı"], "Anıtqəbir", "2029-03-13", "happened", "Bu gün Azərbaycan heyəti",
   ["xatirənin yad edilməsi"], place="Anıtqəbir", date_text="Bu gün"),
 E("VISIT", ["Rövşən Dadaşlı"], "Konya", "2029-03-15", "planned", "Cümə axşamı Dadaşlının",
   ["birgə təlimlər"], date_text="Cümə axşamı"),
 E("ATTEND", ["Rövşən Dadaşlı"], "Konya", "2029-03-15", "planned", "Cümə axşamı Dadaşlının",
   ["birgə təlimlər"], date_text="Cümə axşamı", event_name="taktiki uçuş təlimi"),
])

A("462_mursalli_jaqsibekov_serhed_report.txt", "report.az", """date 2029-04-05
Azərbaycan və Qazaxıstan sərhədçiləri Xəzərdə birgə fəaliyyətə dair protokol imzalayıb

Qazaxıstan Milli Təhlükəsizlik Komitəsinin Sərhəd Xidmətinin direktoru general-leytenant Nurbol Jaqsıbekovun rəhbərlik etdiyi nümayəndə heyəti dünən Bakıya gəlib.

Report-a Dövlət Sərhəd Xidmətindən (DSX) verilən məlumata görə, qonaqlar bu gün DSX-nin rəisi general-polkovnik Elçin Mürsəlli tərəfindən qəbul olunublar. Görüşdə Xəzər dənizində qaçaqmalçılığa və qanunsuz miqrasiyaya qarşı birgə mübarizə, sərhəd gəmilərinin ekipajları arasında operativ rabitə kanalının yaradılması məsələləri müzakirə edilib.

Qəbulun sonunda iki qurum arasında cari il üçün əməkdaşlıq protokolu imzalanıb. Protokola Mürsəlli və Jaqsıbekov imza atıblar.

Qonaqlar dünən, Bakıya çatdıqdan bir neçə saat sonra, DSX-nin Sahil Mühafizəsinin Türkan qəsəbəsindəki bazasında olublar.

Görüşə türkmən sərhədçilərinin də qoşulacağı gözlənilirdi, lakin Aşqabad sonuncu gün iştirakdan imtina edib.
""", [
 ("Nurbol Jaqsıbekov", "PER", "direktor", "Qazaxıstan Milli Təhlükəsizlik Komitəsinin Sərhəd Xidməti",
  ["Nurbol Jaqsıbekovun", "Jaqsıbekov"]),
 ("Elçin Mürsəlli", "PER", "rəis", "Dövlət Sərhəd Xidməti", ["Elçin Mürsəlli", "Mürsəlli"]),
 ("Qazaxıstan Milli Təhlükəsizlik Komitəsinin Sərhəd Xidməti", "ORG", None, None,
  ["Qazaxıstan Milli Təhlükəsizlik Komitəsinin Sərhəd Xidmətinin"]),
 ("Dövlət Sərhəd Xidməti", "ORG", None, None, ["Dövlət Sərhəd Xidmətindən", "DSX", "DSX-nin"]),
 ("Sahil Mühafizəsi", "ORG", None, None, ["Sahil Mühafizəsinin"]),
 ("Report", "ORG", None, None, ["Report-a"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzərdə", "Xəzər dənizində"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Türkan", "LOC", None, None, ["Türkan"]),
 ("Aşqabad", "LOC", None, None, ["Aşqabad"]),
], [
 E("VISIT", ["Nurbol Jaqsıbekov"], "Bakı", "2029-04-04", "happened", "nümayəndə heyəti dünən Bakıya gəlib",
   ["sərhəd təhlükəsizliyi"], date_text="dünən"),
 E("MEET", ["Elçin Mürsəlli", "Nurbol Jaqsıbekov"], None, "2029-04-05", "happened", "qonaqlar bu gün DSX-nin",
   ["sərhəd təhlükəsizliyi", "qaçaqmalçılıq", "qanunsuz miqrasiya"], host="Elçin Mürsəlli", date_text="bu gün"),
 E("SIGN", ["Elçin Mürsəlli", "Nurbol Jaqsıbekov"], None, "2029-04-05", "happened", "Qəbulun sonunda iki qurum",
   ["sərhəd təhlükəsizliyi"]),
 E("VISIT", ["Nurbol Jaqsıbekov"], "Türkan", "2029-04-04", "happened", "Qonaqlar dünən, Bakıya çatdıqdan",
   ["sahil mühafizəsi"], date_text="dünən"),
])

A("463_bdu_koimbra_universiteti_memorandum_trend.txt", "trend.az", """date 2029-04-05
BDU Portuqaliyanın Koimbra Universiteti ilə əməkdaşlığa başlayır

Bakı Dövlət Universiteti (BDU) Avropanın ən qədim ali məktəblərindən biri olan Koimbra Universiteti ilə tərəfdaşlıq memorandumu imzalayıb.

Trend-ə universitetdən bildirilib ki, sənədə BDU-nun akt zalında rektor Fəxrəddin Mirzəcanlı və Bakıda işgüzar səfərdə olan portuqaliyalı həmkarı Joau Saraiva Esteves imza atıblar. Memorandum tələbə və müəllim mübadiləsini, ikiqat diplom proqramlarının hazırlanmasını, Roman dilləri və dəniz ekologiyası üzrə birgə tədqiqatları nəzərdə tutur.

İmza mərasimindən əvvəl iki rektor təkbətək görüşərək universitetlərin elmi jurnallarında qarşılıqlı nəşr imkanlarını, yay məktəblərinin birgə təşkilini dəyərləndiriblər.

Esteves çərşənbə axşamı Bakıya gəlib, sabah isə Naxçıvan Dövlət Universitetində olacaq. Mirzəcanlının may ayında Koimbraya cavab səfəri də razılaşdırılıb.
""", [
 ("Fəxrəddin Mirzəcanlı", "PER", "rektor", "Bakı Dövlət Universiteti", ["Fəxrəddin Mirzəcanlı", "Mirzəcanlının"]),
 ("Joau Saraiva Esteves", "PER", "rektor", "Koimbra Universiteti", ["Joau Saraiva Esteves", "Esteves"]),
 ("Bakı Dövlət Universiteti", "ORG", None, None, ["BDU", "Bakı Dövlət Universiteti", "BDU-nun"]),
 ("Koimbra Universiteti", "ORG", None, None, ["Koimbra Universiteti"]),
 ("Naxçıvan Dövlət Universiteti", "ORG", None, None, ["Naxçıvan Dövlət Universitetində"]),
 ("Trend", "ORG", None, None, ["Trend-ə"]),
 ("Portuqaliya", "LOC", None, None, ["Portuqaliyanın"]),
 ("Avropa", "LOC", None, None, ["Avropanın"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
 ("Koimbra", "LOC", None, None, ["Koimbraya"]),
], [
 E("SIGN", ["Fəxrəddin Mirzəcanlı", "Joau Saraiva Esteves"], "Bakı Dövlət Universiteti", "2029-04-05", "happened",
   "tərəfdaşlıq memorandumu imzalayıb", ["ali təhsil", "tələbə mübadiləsi"]),
 E("VISIT", ["Joau Saraiva Esteves"], "Bakı", "2029-04-03", "happened", "sənədə BDU-nun akt zalında",
   ["ali təhsil"], date_text="çərşənbə axşamı"),
 E("MEET", ["Fəxrəddin Mirzəcanlı", "Joau Saraiva Esteves"], "Bakı Dövlət Universiteti", "2029-04-05", "happened",
   "İmza mərasimindən əvvəl", ["ali təhsil", "elmi nəşrlər"]),
 E("VISIT", ["Joau Saraiva Esteves"], "Naxçıvan Dövlət Universiteti", "2029-04-06", "planned",
   "Esteves çərşənbə axşamı", ["ali təhsil"], place="Naxçıvan Dövlət Universiteti", date_text="sabah"),
 E("VISIT", ["Fəxrəddin Mirzəcanlı"], "Koimbra", "2029-05", "planned", "Mirzəcanlının may ayında",
   ["ali təhsil"], date_text="may ayında"),
])

A("464_koreya_sefiri_avropa_liseyi_oxu.txt", "oxu.az", """date 2029-04-20
Koreya səfiri Bakı Avropa Liseyində şagirdlərlə görüşüb

Ana səhifə » Cəmiyyət » Təhsil
20.04.2029 | 13:52

Koreya Respublikasının Azərbaycandakı səfiri Kvon Cinhyok bu gün Bakı Avropa Liseyinin qonağı olub.

Oxu.az xəbər verir ki, səfiri liseyin girişində direktor Səbinə Rüstəmbəyova qarşılayıb. Ötən tədris ilindən burada koreya dili seçmə fənn kimi keçirilir və hazırda onu qırxa yaxın şagird öyrənir.

Diplomat koreya dili dərnəyinin açıq dərsini izləyib, ən fəal şagirdlərə Koreya Beynəlxalq Əməkdaşlıq Agentliyinin (KOICA) göndərdiyi lüğət və dərslikləri paylayıb. O bildirib ki, gələn tədris ilində səfirlik liseyin iki sinif otağını müasir avadanlıqla təchiz etməyi planlaşdırır.

Diplomatın bu gün Bakı Slavyan Universitetinin rəhbərliyi ilə görüşməsi də planlaşdırılırdı, lakin rektorun xəstələnməsi səbəbindən görüş gələn həftəyə saxlanılıb.

Kvon Cinhyokun bazar günü Azərbaycan Xalça Muzeyinə baş çəkəcəyi də məlum olub.

Paylaş:
Teqlər: #Koreya #səfir #təhsil

Digər xəbərlər
Bakıda on iki məktəbdə çin dili otağı açılacaq
Ali məktəblərə sənəd qəbulu mayın 2-də başlayır
Naxçıvanda yeni musiqi məktəbi istifadəyə verilib

© Oxu.az, 2029. Materiallardan istifadə edərkən hiperlink mütləqdir.
""", [
 ("Kvon Cinhyok", "PER", "səfir", "Cənubi Koreya", ["Kvon Cinhyok", "Kvon Cinhyokun"]),
 ("Səbinə Rüstəmbəyova", "PER", "direktor", "Bakı Avropa Liseyi", ["Səbinə Rüstəmbəyova"]),
 ("Bakı Avropa Liseyi", "ORG", None, None, ["Bakı Avropa Liseyində", "Bakı Avropa Liseyinin"]),
 ("Bakı Slavyan Universiteti", "ORG", None, None, ["Bakı Slavyan Universitetinin"]),
 ("Koreya Beynəlxalq Əməkdaşlıq Agentliyi", "ORG", None, None, ["Koreya Beynəlxalq Əməkdaşlıq Agentliyinin", "KOICA"]),
 ("Azərbaycan Xalça Muzeyi", "ORG", None, None, ["Azərbaycan Xalça Muzeyinə"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az"]),
 ("Cənubi Koreya", "LOC", None, None, ["Koreya", "Koreya Respublikasının"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvanda"]),
], [
 E("VISIT", ["Kvon Cinhyok"], "Bakı Avropa Liseyi", "2029-04-20", "happened", "Koreya Respublikasının Azərbaycandakı",
   ["təhsil", "koreya dili"], place="Bakı Avropa Liseyi", date_text="bu gün"),
 E("MEET", ["Səbinə Rüstəmbəyova", "Kvon Cinhyok"], "Bakı Avropa Liseyi", "2029-04-20", "happened",
   "səfiri liseyin girişində", ["təhsil", "koreya dili"], host="Səbinə Rüstəmbəyova", date_text="bu gün"),
 E("MEET", ["Kvon Cinhyok", "Bakı Slavyan Universiteti"], None, "2029-04-20", "negated", "Diplomatın bu gün Bakı Slavyan",
   ["təhsil"], date_text="bu gün"),
 E("MEET", ["Kvon Cinhyok", "Bakı Slavyan Universiteti"], None, "2029-04", "planned", "Diplomatın bu gün Bakı Slavyan",
   ["təhsil"], date_text="gələn həftəyə"),
 E("VISIT", ["Kvon Cinhyok"], "Azərbaycan Xalça Muzeyi", "2029-04-22", "planned", "Kvon Cinhyokun bazar günü",
   ["mədəniyyət"], place="Azərbaycan Xalça Muzeyi", date_text="bazar günü"),
])

A("465_vekilzade_budapest_medeniyyet_gunleri_qafqazinfo.txt", "qafqazinfo.az", """date 2029-05-08
Budapeştdə Azərbaycan mədəniyyəti günləri başlayıb

Macarıstanın paytaxtında Azərbaycan mədəniyyəti günləri start götürüb. Qafqazinfo xəbər verir ki, mədəniyyət naziri Orxan Vəkilzadənin başçılıq etdiyi heyət bazar günü Budapeştə gəlib.

Günlərin təntənəli açılışı dünən axşam List Ferens adına Musiqi Akademiyasında olub. Mərasimdə Vəkilzadə və Macarıstanın mədəniyyət və innovasiya naziri Adam Şomodi nitq söyləyiblər. Sonra Azərbaycan Dövlət Simfonik Orkestrinin ifasında azərbaycanlı və macar bəstəkarlarının əsərləri səsləndirilib.

Bu gün nazirlər Macarıstan Milli Muzeyində xalça sərgisini birgə açıblar. Sərginin açılışından sonra Vəkilzadə ilə Şomodi arasında ikitərəfli görüş keçirilib, 2030-cu ilin yazında Bakıda Macarıstan mədəniyyəti günlərinin təşkili razılaşdırılıb.

Mədəniyyət günləri mayın 12-dək davam edəcək. Cümə axşamı heyət Debresenə gedəcək, orada muğam ifaçılarının konserti təşkil olunacaq.
""", [
 ("Orxan Vəkilzadə", "PER", "mədəniyyət naziri", "Azərbaycan", ["Orxan Vəkilzadənin", "Vəkilzadə"]),
 ("Adam Şomodi", "PER", "mədəniyyət və innovasiya naziri", "Macarıstan", ["Adam Şomodi", "Şomodi"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo"]),
 ("List Ferens adına Musiqi Akademiyası", "ORG", None, None, ["List Ferens adına Musiqi Akademiyasında"]),
 ("Azərbaycan Dövlət Simfonik Orkestri", "ORG", None, None, ["Azərbaycan Dövlət Simfonik Orkestrinin"]),
 ("Macarıstan Milli Muzeyi", "ORG", None, None, ["Macarıstan Milli Muzeyində"]),
 ("Budapeşt", "LOC", None, None, ["Budapeştdə", "Budapeştə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstanın", "Macarıstan"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Debresen", "LOC", None, None, ["Debresenə"]),
], [
 E("VISIT", ["Orxan Vəkilzadə"], "Budapeşt", "2029-05-06", "happened", "Qafqazinfo xəbər verir ki",
   ["mədəniyyət"], date_text="bazar günü"),
 E("ATTEND", ["Orxan Vəkilzadə", "Adam Şomodi"], "List Ferens adına Musiqi Akademiyası", "2029-05-07", "happened",
   "Mərasimdə Vəkilzadə və", ["mədəniyyət", "musiqi"], date_text="dünən",
   event_name="Azərbaycan mədəniyyəti günlərinin açılışı"),
 E("ATTEND", ["Orxan Vəkilzadə", "Adam Şomodi"], "Macarıstan Milli Muzeyi", "2029-05-08", "happened",
   "Bu gün nazirlər Macarıstan", ["mədəniyyət", "xalçaçılıq"], date_text="Bu gün", event_name="xalça sərgisinin açılışı"),
 E("MEET", ["Orxan Vəkilzadə", "Adam Şomodi"], "Macarıstan Milli Muzeyi", "2029-05-08", "happened",
   "Sərginin açılışından sonra", ["mədəniyyət"], date_text="Bu gün"),
 E("VISIT", ["Orxan Vəkilzadə"], "Debresen", "2029-05-10", "planned", "Cümə axşamı heyət Debresenə",
   ["mədəniyyət", "musiqi"], date_text="Cümə axşamı"),
])

A("466_eyvazli_unicef_is_plani_azertac.txt", "AZERTAC", """date 2029-05-08
UNICEF ilə Elm və Təhsil Nazirliyi inklüziv təhsil üzrə birgə iş planı imzalayıb

Bakı, 8 may, AZƏRTAC

Elm və təhsil naziri Təranə Eyvazlı dünən BMT-nin Uşaq Fondunun (UNICEF) Azərbaycandakı nümayəndəsi Klara Hoffner ilə görüşüb.

Nazirliyin mətbuat xidmətinin yaydığı məlumatda deyilir ki, söhbət zamanı məktəbəqədər təhsilin əhatə dairəsinin genişləndirilməsi, sağlamlıq imkanları məhdud uşaqların ümumtəhsil məktəblərinə inteqrasiyası və müəllimlərin bu istiqamətdə hazırlığı müzakirə edilib.

Görüşün sonunda tərəflər arasında növbəti üç il üçün nəzərdə tutulan birgə iş planı imzalanıb. Sənədi nazir müavini Günel Şahbazlı və Hoffner imzalayıblar.

Hoffnerin cümə günü Qubada fondun vəsaiti hesabına təmir edilmiş uşaq bağçasının açılış mərasiminə qatılacağı gözlənilir.

Xatırladaq ki, ötən ay fondun Avropa və Mərkəzi Asiya regional bürosunun direktoru Raciv Menon Bakıya gəlmiş və Baş nazir Nicat Ələsgərlinin qəbulunda olmuşdu.
""", [
 ("Təranə Eyvazlı", "PER", "elm və təhsil naziri", "Elm və Təhsil Nazirliyi", ["Təranə Eyvazlı"]),
 ("Klara Hoffner", "PER", "nümayəndə", "BMT-nin Uşaq Fondu", ["Klara Hoffner", "Hoffner", "Hoffnerin"]),
 ("Günel Şahbazlı", "PER", "nazir müavini", "Elm və Təhsil Nazirliyi", ["Günel Şahbazlı"]),
 ("Raciv Menon", "PER", "regional direktor", "BMT-nin Uşaq Fondu", ["Raciv Menon"]),
 ("Nicat Ələsgərli", "PER", "baş nazir", "Azərbaycan", ["Nicat Ələsgərlinin"]),
 ("BMT-nin Uşaq Fondu", "ORG", None, None, ["UNICEF", "BMT-nin Uşaq Fondunun"]),
 ("Elm və Təhsil Nazirliyi", "ORG", None, None, ["Elm və Təhsil Nazirliyi"]),
 ("AZERTAC", "ORG", None, None, ["AZƏRTAC"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı"]),
 ("Quba", "LOC", None, None, ["Qubada"]),
 ("Avropa", "LOC", None, None, ["Avropa"]),
 ("Mərkəzi Asiya", "LOC", None, None, ["Mərkəzi Asiya"]),
], [
 E("MEET", ["Təranə Eyvazlı", "Klara Hoffner"], None, "2029-05-07", "happened", "Elm və təhsil naziri Təranə Eyvazlı dünən",
   ["inklüziv təhsil", "məktəbəqədər təhsil"], date_text="dünən"),
 E("SIGN", ["Günel Şahbazlı", "Klara Hoffner"], None, "2029-05-07", "happened", "Görüşün sonunda tərəflər",
   ["inklüziv təhsil"]),
 E("ATTEND", ["Klara Hoffner"], "Quba", "2029-05-11", "planned", "Hoffnerin cümə günü",
   ["məktəbəqədər təhsil"], date_text="cümə günü", event_name="uşaq bağçasının açılış mərasimi"),
 E("VISIT", ["Raciv Menon"], "Bakı", "2029-04", "happened", "Xatırladaq ki, ötən ay fondun",
   ["uşaq hüquqları"], date_text="ötən ay"),
 E("MEET", ["Nicat Ələsgərli", "Raciv Menon"], "Bakı", "2029-04", "happened", "Xatırladaq ki, ötən ay fondun",
   ["uşaq hüquqları"], host="Nicat Ələsgərli", date_text="ötən ay"),
])

A("467_zergerli_bqxk_kellenberger_apa.txt", "APA", """date 2029-05-22
Ombudsman BQXK nümayəndəliyinin rəhbəri ilə itkin düşmüş şəxslərin taleyini müzakirə edib

Azərbaycanın ombudsmanı Nərmin Zərgərli dünən Beynəlxalq Qızıl Xaç Komitəsinin (BQXK) Azərbaycandakı nümayəndə heyətinin rəhbəri Reto Kellenbergeri qəbul edib.

Ombudsman Aparatının APA-ya açıqladığı məlumata əsasən, görüşdə otuz ildən artıq əvvəl itkin düşənlərin akibətinin müəyyənləşdirilməsi, onların ailələrinə hüquqi və psixoloji dəstək göstərilməsi məsələləri ətraflı müzakirə olunub. Zərgərli bu işdə beynəlxalq təşkilatların daha fəal mövqe tutmasını vacib sayıb, Kellenberger isə BQXK-nın ailələrdən toplanmış bioloji nümunələrin bazasını genişləndirməyə hazır olduğunu deyib.

Həmin gün BQXK təmsilçisi Milli Məclisdə Sədr müavini Rauf Şirinzadə ilə də görüşüb.

Ombudsman ilə Kellenbergerin cümə axşamı Tərtərə birgə səfəri planlaşdırılır. BQXK prezidentinin də payızda Azərbaycana gələcəyi gözlənilir.
""", [
 ("Nərmin Zərgərli", "PER", "ombudsman", "Ombudsman Aparatı", ["Nərmin Zərgərli", "Zərgərli"]),
 ("Reto Kellenberger", "PER", "nümayəndə heyətinin rəhbəri", "Beynəlxalq Qızıl Xaç Komitəsi",
  ["Reto Kellenbergeri", "Kellenberger", "Kellenbergerin"]),
 ("Rauf Şirinzadə", "PER", "sədr müavini", "Milli Məclis", ["Rauf Şirinzadə"]),
 ("Beynəlxalq Qızıl Xaç Komitəsi", "ORG", None, None, ["BQXK", "Beynəlxalq Qızıl Xaç Komitəsinin", "BQXK-nın"]),
 ("Ombudsman Aparatı", "ORG", None, None, ["Ombudsman Aparatının"]),
 ("APA", "ORG", None, None, ["APA-ya"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın", "Azərbaycandakı", "Azərbaycana"]),
 ("Tərtər", "LOC", None, None, ["Tərtərə"]),
], [
 E("MEET", ["Nərmin Zərgərli", "Reto Kellenberger"], None, "2029-05-21", "happened", "Azərbaycanın ombudsmanı Nərmin",
   ["itkin düşmüş şəxslər", "insan hüquqları"], host="Nərmin Zərgərli", date_text="dünən"),
 E("MEET", ["Reto Kellenberger", "Rauf Şirinzadə"], "Milli Məclis", "2029-05-21", "happened", "Həmin gün BQXK təmsilçisi",
   ["itkin düşmüş şəxslər"], date_text="Həmin gün"),
 E("VISIT", ["Nərmin Zərgərli", "Reto Kellenberger"], "Tərtər", "2029-05-24", "planned", "Ombudsman ilə Kellenbergerin",
   ["itkin düşmüş şəxslər"], date_text="cümə axşamı"),
 E("VISIT", ["Beynəlxalq Qızıl Xaç Komitəsi"], "Azərbaycan", None, "planned", "BQXK prezidentinin də payızda",
   ["humanitar əməkdaşlıq"], date_text="payızda"),
])

A("468_tahirli_avropa_surasi_konqres_report.txt", "report.az", """date 2029-06-04
MSK sədri bələdiyyə seçkiləri ilə bağlı Avropa Şurasının heyətini qəbul edib

Mərkəzi Seçki Komissiyasının (MSK) sədri Ələddin Tahirli bu gün Avropa Şurasının Yerli və Regional Hakimiyyətlər Konqresinin seçkiöncəsi qiymətləndirmə heyətini qəbul edib. Report-un məlumatına görə, heyətə Konqresin İsveç nümayəndə heyətinin üzvü Ulla Nordstrem rəhbərlik edir.

Görüşdə noyabrın 25-nə təyin olunmuş bələdiyyə seçkilərinə hazırlıq, seçici siyahılarının dəqiqləşdirilməsi və səsvermə məntəqələrində veb-kameraların quraşdırılması barədə danışılıb. Tahirli MSK-nın beynəlxalq müşahidəçilərin iştirakına açıq olduğunu vurğulayıb.

Şənbə günü Bakıya gələn heyət səfər müddətində Xarici İşlər Nazirliyi və Milli Məclisin rəhbərliyi ilə də görüşəcək. Qiymətləndirmə missiyasının çərşənbə günü Gəncəyə getməsi də planlaşdırılırdı, lakin bu hissə sonradan proqramdan çıxarılıb.
""", [
 ("Ələddin Tahirli", "PER", "sədr", "Mərkəzi Seçki Komissiyası", ["Ələddin Tahirli", "Tahirli"]),
 ("Ulla Nordstrem", "PER", "heyətin rəhbəri", "Avropa Şurasının Yerli və Regional Hakimiyyətlər Konqresi", ["Ulla Nordstrem"]),
 ("Mərkəzi Seçki Komissiyası", "ORG", None, None, ["MSK", "Mərkəzi Seçki Komissiyasının", "MSK-nın"]),
 ("Avropa Şurası", "ORG", None, None, ["Avropa Şurasının"]),
 ("Avropa Şurasının Yerli və Regional Hakimiyyətlər Konqresi", "ORG", None, None,
  ["Avropa Şurasının Yerli və Regional Hakimiyyətlər Konqresinin", "Konqresin"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["Xarici İşlər Nazirliyi"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("İsveç", "LOC", None, None, ["İsveç"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Gəncə", "LOC", None, None, ["Gəncəyə"]),
], [
 E("MEET", ["Ələddin Tahirli", "Ulla Nordstrem"], None, "2029-06-04", "happened", "Mərkəzi Seçki Komissiyasının (MSK) sədri",
   ["bələdiyyə seçkiləri", "seçki müşahidəsi"], host="Ələddin Tahirli", date_text="bu gün"),
 E("VISIT", ["Ulla Nordstrem"], "Bakı", "2029-06-02", "happened", "Şənbə günü Bakıya gələn",
   ["bələdiyyə seçkiləri"], date_text="Şənbə günü"),
 E("MEET", ["Ulla Nordstrem", "Xarici İşlər Nazirliyi"], None, None, "planned", "Şənbə günü Bakıya gələn",
   ["bələdiyyə seçkiləri"]),
 E("MEET", ["Ulla Nordstrem", "Milli Məclis"], None, None, "planned", "Şənbə günü Bakıya gələn",
   ["bələdiyyə seçkiləri"]),
 E("VISIT", ["Ulla Nordstrem"], "Gəncə", "2029-06-06", "negated", "Qiymətləndirmə missiyasının çərşənbə günü",
   ["bələdiyyə seçkiləri"], date_text="çərşənbə günü"),
])

A("469_kazimli_brussel_emekdasliq_surasi_trend.txt", "trend.az", """date 2029-06-04
Ruslan Kazımlı Brüsseldə Aİ ilə Əməkdaşlıq Şurasının iclasına həmsədrlik edib

Xarici işlər naziri Ruslan Kazımlı Belçikaya işgüzar səfər edir. Trend-in XİN-dən aldığı məlumata əsasən, nazir bazar günü axşam Brüsselə çatıb.

Bu gün Brüsseldə Avropa İttifaqı–Azərbaycan Əməkdaşlıq Şurasının növbəti iclası keçirilib. İclası Kazımlı ilə Aİ-nin xarici işlər və təhlükəsizlik siyasəti üzrə ali nümayəndəsi Elen Marşan birgə aparıblar. Gündəlikdə yeni hərtərəfli saziş üzrə danışıqların vəziyyəti, enerji və nəqliyyat bağlantıları, humanitar minatəmizləmə yer alıb.

İclasdan sonra jurnalistlərə açıqlama verən Kazımlı sazişin mətninin təxminən üçdə ikisinin artıq razılaşdırıldığını, qalan fəsillər üzrə ekspertlərin payızda yenidən toplaşacağını bildirib. Marşan isə Brüsselin Xəzər dənizi üzərindən keçən yük marşrutlarının inkişafına marağını vurğulayıb. Tərəflər Şuranın növbəti iclasını gələn il Bakıda keçirmək barədə razılığa gəliblər.

İclasa qədər Azərbaycan nazirinin Avropa Komissiyasının qonşuluq və genişlənmə üzrə komissarı Ondrey Hrubi ilə ayrıca görüşü olub. Həmin gün Kazımlı Avropa Parlamentində regionumuz üzrə nümayəndə heyətinə rəhbərlik edən Paula Vesterinen ilə də söhbət edib.

Sabah NATO-nun mənzil-qərargahında Kazımlının Alyansın baş katibinin müavini Dirk van Aken ilə görüşməsi gözlənilir.

Nazirin cədvəlində Lüksemburqa bir günlük səfər də nəzərdə tutulmuşdu. Lakin lüksemburqlu həmkarının BMT tədbiri ilə əlaqədar Nyu-Yorka getməsi üzündən bu plandan imtina edilib.
""", [
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Xarici İşlər Nazirliyi", ["Ruslan Kazımlı", "Kazımlı", "Kazımlının"]),
 ("Elen Marşan", "PER", "ali nümayəndə", "Avropa İttifaqı", ["Elen Marşan", "Marşan"]),
 ("Ondrey Hrubi", "PER", "komissar", "Avropa Komissiyası", ["Ondrey Hrubi"]),
 ("Paula Vesterinen", "PER", "nümayəndə heyətinin rəhbəri", "Avropa Parlamenti", ["Paula Vesterinen"]),
 ("Dirk van Aken", "PER", "baş katibin müavini", "Şimali Atlantika Müqaviləsi Təşkilatı", ["Dirk van Aken"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Aİ", "Avropa İttifaqı", "Aİ-nin"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["XİN-dən"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Avropa Komissiyası", "ORG", None, None, ["Avropa Komissiyasının"]),
 ("Avropa Parlamenti", "ORG", None, None, ["Avropa Parlamentində"]),
 ("Şimali Atlantika Müqaviləsi Təşkilatı", "ORG", None, None, ["NATO-nun", "Alyansın"]),
 ("Birləşmiş Millətlər Təşkilatı", "ORG", None, None, ["BMT"]),
 ("Brüssel", "LOC", None, None, ["Brüsseldə", "Brüsselə", "Brüsselin"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizi"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Belçika", "LOC", None, None, ["Belçikaya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Lüksemburq", "LOC", None, None, ["Lüksemburqa"]),
 ("Nyu-York", "LOC", None, None, ["Nyu-Yorka"]),
], [
 E("VISIT", ["Ruslan Kazımlı"], "Brüssel", "2029-06-03", "happened", "Belçikaya işgüzar səfər edir",
   ["Avropa İttifaqı ilə əlaqələr"], date_text="bazar günü axşam"),
 E("MEET", ["Ruslan Kazımlı", "Elen Marşan"], "Brüssel", "2029-06-04", "happened", "İclası Kazımlı ilə Aİ-nin",
   ["Avropa İttifaqı ilə əlaqələr", "enerji", "nəqliyyat", "minatəmizləmə"], date_text="Bu gün",
   event_name="Avropa İttifaqı–Azərbaycan Əməkdaşlıq Şurasının iclası"),
 E("MEET", ["Ruslan Kazımlı", "Ondrey Hrubi"], "Brüssel", "2029-06-04", "happened", "İclasa qədər Azərbaycan nazirinin",
   ["Avropa İttifaqı ilə əlaqələr"], date_text="Bu gün"),
 E("MEET", ["Ruslan Kazımlı", "Paula Vesterinen"], "Brüssel", "2029-06-04", "happened", "Həmin gün Kazımlı Avropa",
   ["parlamentlərarası əlaqələr"], date_text="Həmin gün"),
 E("MEET", ["Ruslan Kazımlı", "Dirk van Aken"], "Şimali Atlantika Müqaviləsi Təşkilatı", "2029-06-05", "planned",
   "Sabah NATO-nun mənzil-qərargahında", ["təhlükəsizlik"], date_text="Sabah"),
 E("VISIT", ["Ruslan Kazımlı"], "Lüksemburq", None, "negated", "Nazirin cədvəlində Lüksemburqa",
   ["ikitərəfli əlaqələr"]),
])
