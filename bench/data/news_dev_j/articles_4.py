A("251_quliyev_ankara_konya_izmir_qafqazinfo.txt", "qafqazinfo.az", """date 2026-08-26
Kənd təsərrüfatı naziri Türkiyədə: Ankaradan sonra Konya

Kənd təsərrüfatı naziri Anar Quliyev avqustun 24-də Türkiyəyə üç şəhəri əhatə edən işgüzar səfərə yola düşüb.

Qafqazinfo-nun nazirliyə istinadən məlumatına görə, səfərin ilk günü Ankarada nazir türk həmkarı İbrahim Yüksekdağ ilə danışıqlar aparıb. Tərəflər Azərbaycanın Türkiyəyə pambıq və fındıq ixracını, Türkiyədən gətirilən damazlıq heyvanlar üçün baytarlıq sertifikatlarının qarşılıqlı tanınmasını müzakirə ediblər. Yüksekdağ Türkiyənin Qarabağda qurulan "ağıllı kənd" təsərrüfatlarına kənd təsərrüfatı texnikası göndərməyə hazır olduğunu deyib. Danışıqlardan sonra nazirlər toxumçuluq sahəsində əməkdaşlığa dair protokol imzalayıblar.

Dünən Anar Quliyev Konyaya gedib. Burada o, Konya Ticarət Palatasının sədri Hüseyin Akdoğanla görüşüb, şəhər kənarındakı aqrotexnika zavodunun istehsal sahələrini gəzib.

Səfərin son dayanacağı İzmir olacaq: nazir cümə axşamı burada "Agroexpo" beynəlxalq kənd təsərrüfatı sərgisinin açılışında iştirak edəcək. Əvvəlcə Quliyevin Antalyada da olacağı açıqlanmışdı, lakin bu səfər gələn ilin yazına saxlanılıb.
""", [
 ("Anar Quliyev", "PER", "kənd təsərrüfatı naziri", "Azərbaycan", ["Anar Quliyev", "Quliyevin"]),
 ("İbrahim Yüksekdağ", "PER", "kənd təsərrüfatı naziri", "Türkiyə", ["İbrahim Yüksekdağ", "Yüksekdağ"]),
 ("Hüseyin Akdoğan", "PER", "palata sədri", "Konya Ticarət Palatası", ["Hüseyin Akdoğanla"]),
 ("Konya Ticarət Palatası", "ORG", None, None, ["Konya Ticarət Palatasının"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo-nun"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyədə", "Türkiyəyə", "Türkiyədən"]),
 ("Ankara", "LOC", None, None, ["Ankaradan", "Ankarada"]),
 ("Konya", "LOC", None, None, ["Konya", "Konyaya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağda"]),
 ("İzmir", "LOC", None, None, ["İzmir"]),
 ("Antalya", "LOC", None, None, ["Antalyada"]),
], [
 E("VISIT", ["Anar Quliyev"], "Türkiyə", "2026-08-24", "happened", "Kənd təsərrüfatı naziri Anar Quliyev avqustun",
   ["kənd təsərrüfatı"], date_text="avqustun 24-də"),
 E("MEET", ["Anar Quliyev", "İbrahim Yüksekdağ"], "Ankara", "2026-08-24", "happened", "səfərin ilk günü Ankarada",
   ["kənd təsərrüfatı", "ixrac", "baytarlıq"], date_text="səfərin ilk günü"),
 E("SIGN", ["Anar Quliyev", "İbrahim Yüksekdağ"], "Ankara", "2026-08-24", "happened", "Danışıqlardan sonra nazirlər",
   ["toxumçuluq"], date_text="Danışıqlardan sonra"),
 E("VISIT", ["Anar Quliyev"], "Konya", "2026-08-25", "happened", "Dünən Anar Quliyev Konyaya",
   ["kənd təsərrüfatı"], date_text="Dünən"),
 E("MEET", ["Anar Quliyev", "Hüseyin Akdoğan"], "Konya", "2026-08-25", "happened", "Burada o, Konya Ticarət",
   ["aqrotexnika"], date_text="Dünən"),
 E("VISIT", ["Anar Quliyev"], "İzmir", "2026-08-27", "planned", "Səfərin son dayanacağı İzmir",
   ["kənd təsərrüfatı"], date_text="cümə axşamı"),
 E("ATTEND", ["Anar Quliyev"], "İzmir", "2026-08-27", "planned", "Səfərin son dayanacağı İzmir",
   ["kənd təsərrüfatı"], date_text="cümə axşamı", event_name="\"Agroexpo\" sərgisinin açılışı"),
 E("VISIT", ["Anar Quliyev"], "Antalya", None, "negated", "Əvvəlcə Quliyevin Antalyada",
   ["kənd təsərrüfatı"]),
 E("VISIT", ["Anar Quliyev"], "Antalya", None, "planned", "Əvvəlcə Quliyevin Antalyada",
   ["kənd təsərrüfatı"], date_text="gələn ilin yazına"),
])

A("252_humbetli_pekin_sanxay_trend.txt", "trend.az", """date 2026-07-22
Zaur Hümbətli Çində: Pekində danışıqlar, Şanxayda biznes forumu

İqtisadiyyat naziri Zaur Hümbətlinin rəhbərlik etdiyi hökumət nümayəndə heyəti iyulun 19-dan 24-dək Çin Xalq Respublikasında səfərdədir.

Trend-in məlumatına görə, bazar ertəsi Pekində nazir Çinin ticarət naziri Van Lisin ilə görüşüb. Danışıqlarda Sumqayıtda elektrik avtobusları istehsal edəcək birgə müəssisə, Orta Dəhliz ilə Çindən Avropaya gedən konteyner qatarlarının sayının artırılması əsas mövzular olub. Həmin gün Azərbaycan İnvestisiya Holdinqi ilə Çin İnkişaf Bankı arasında 300 milyon dollarlıq kredit xəttinə dair saziş imzalanıb.

Çərşənbə axşamı nümayəndə heyəti Şanxaya yollanıb. Bu gün burada keçirilən Azərbaycan–Çin biznes forumunda Zaur Hümbətli çıxış edib, ardınca "Geely" şirkətinin prezidenti Li Donqşenlə görüşüb.

Səfərin Sincan-Uyğur Muxtar Rayonunun paytaxtı Urumçidə başa çatması gözlənilirdi. Lakin Urumçi səfəri payıza təxirə salınıb, nazirin cümə günü Bakıya qayıdacağı bildirilir.
""", [
 ("Zaur Hümbətli", "PER", "iqtisadiyyat naziri", "Azərbaycan", ["Zaur Hümbətli", "Zaur Hümbətlinin"]),
 ("Van Lisin", "PER", "ticarət naziri", "Çin", ["Van Lisin"]),
 ("Li Donqşen", "PER", "prezident", "Geely", ["Li Donqşenlə"]),
 ("Azərbaycan İnvestisiya Holdinqi", "ORG", None, None, ["Azərbaycan İnvestisiya Holdinqi"]),
 ("Çin İnkişaf Bankı", "ORG", None, None, ["Çin İnkişaf Bankı"]),
 ("Geely", "ORG", None, None, ["Geely"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Çin", "LOC", None, None, ["Çində", "Çin Xalq Respublikasında", "Çinin", "Çindən", "Çin"]),
 ("Pekin", "LOC", None, None, ["Pekində"]),
 ("Şanxay", "LOC", None, None, ["Şanxayda", "Şanxaya"]),
 ("Sumqayıt", "LOC", None, None, ["Sumqayıtda"]),
 ("Avropa", "LOC", None, None, ["Avropaya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Sincan-Uyğur Muxtar Rayonu", "LOC", None, None, ["Sincan-Uyğur Muxtar Rayonunun"]),
 ("Urumçi", "LOC", None, None, ["Urumçidə", "Urumçi"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
], [
 E("VISIT", ["Zaur Hümbətli"], "Çin", "2026-07-19", "happened", "İqtisadiyyat naziri Zaur Hümbətlinin",
   ["iqtisadi əməkdaşlıq"], date_text="iyulun 19-dan 24-dək"),
 E("MEET", ["Zaur Hümbətli", "Van Lisin"], "Pekin", "2026-07-20", "happened", "bazar ertəsi Pekində",
   ["sənaye", "nəqliyyat"], date_text="bazar ertəsi"),
 E("SIGN", ["Azərbaycan İnvestisiya Holdinqi", "Çin İnkişaf Bankı"], None, "2026-07-20", "happened", "Həmin gün Azərbaycan İnvestisiya",
   ["maliyyələşdirmə"], date_text="Həmin gün"),
 E("VISIT", ["Zaur Hümbətli"], "Şanxay", "2026-07-21", "happened", "Çərşənbə axşamı nümayəndə heyəti",
   ["iqtisadi əməkdaşlıq"], date_text="Çərşənbə axşamı"),
 E("ATTEND", ["Zaur Hümbətli"], "Şanxay", "2026-07-22", "happened", "Bu gün burada keçirilən",
   ["investisiyalar"], date_text="Bu gün", event_name="Azərbaycan–Çin biznes forumu"),
 E("MEET", ["Zaur Hümbətli", "Li Donqşen"], "Şanxay", "2026-07-22", "happened", "Bu gün burada keçirilən",
   ["avtomobil sənayesi"], date_text="Bu gün"),
 E("VISIT", ["Zaur Hümbətli"], "Urumçi", None, "negated", "Səfərin Sincan-Uyğur",
   ["iqtisadi əməkdaşlıq"]),
 E("VISIT", ["Zaur Hümbətli"], "Urumçi", None, "planned", "Lakin Urumçi səfəri",
   ["iqtisadi əməkdaşlıq"], date_text="payıza"),
])

A("253_turist_axini_doqquz_ay_apa.txt", "APA", """date 2026-10-26
Doqquz ayda ölkəyə 2,1 milyon əcnəbi turist gəlib

Yanvar–sentyabr ərzində Azərbaycana 190 dövlətdən ümumilikdə 2 milyon 118 min xarici vətəndaş və apatrid səfər edib. Göstərici 2025-ci ilin müvafiq dövründəkindən 9,4 faiz yüksəkdir.

APA-ya Dövlət Statistika Komitəsindən bildirilib ki, gələnlərin 24,6 faizi Rusiyadan, 19,8 faizi Türkiyədən, 8,3 faizi İrandan, 6,1 faizi Gürcüstandan, 4,7 faizi Hindistandan olub. Ən sürətli artım Çin və Səudiyyə Ərəbistanından gələnlərin sayında qeydə alınıb: Çindən gələnlərin sayı iki dəfədən çox artaraq 61 minə çatıb.

Ölkəyə gələnlərin 63 faizi hava nəqliyyatından, 29 faizi dəmir yolu və avtomobil nəqliyyatından istifadə edib. Sentyabr ayında Heydər Əliyev Beynəlxalq Aeroportunun sərnişin dövriyyəsi ilk dəfə olaraq bir ayda 1 milyonu keçib.

Dövlət Turizm Agentliyinin sədri Kənan Süleymanlı agentliyin saytında yerləşdirilən açıqlamasında bildirib ki, yay aylarında Qəbələ, Şəki və Quba kimi regional istiqamətlərdə otellərin doluluğu 85 faizə yaxın olub. Onun sözlərinə görə, Bakıda qonaqlama obyektlərinin sayı artıq 740-a çatıb, daha 18 otelin tikintisi davam edir.
""", [
 ("Kənan Süleymanlı", "PER", "sədr", "Dövlət Turizm Agentliyi", ["Kənan Süleymanlı"]),
 ("Dövlət Statistika Komitəsi", "ORG", None, None, ["Dövlət Statistika Komitəsindən"]),
 ("Dövlət Turizm Agentliyi", "ORG", None, None, ["Dövlət Turizm Agentliyinin"]),
 ("APA", "ORG", None, None, ["APA-ya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycana"]),
 ("Rusiya", "LOC", None, None, ["Rusiyadan"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyədən"]),
 ("İran", "LOC", None, None, ["İrandan"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstandan"]),
 ("Hindistan", "LOC", None, None, ["Hindistandan"]),
 ("Çin", "LOC", None, None, ["Çin", "Çindən"]),
 ("Səudiyyə Ərəbistanı", "LOC", None, None, ["Səudiyyə Ərəbistanından"]),
 ("Heydər Əliyev Beynəlxalq Aeroportu", "LOC", None, None, ["Heydər Əliyev Beynəlxalq Aeroportunun"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələ"]),
 ("Şəki", "LOC", None, None, ["Şəki"]),
 ("Quba", "LOC", None, None, ["Quba"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
], [], topics=["turizm", "statistika"])

A("254_saxta_investisiya_platformasi_hokm_qafqazinfo.txt", "qafqazinfo.az", """date 2026-12-09
Saxta investisiya platforması ilə 3 milyon manat mənimsəyən qrupa hökm oxunub

Bakı Ağır Cinayətlər Məhkəməsində saxta onlayn investisiya platforması vasitəsilə yüzlərlə vətəndaşı aldatmaqda təqsirləndirilən dörd nəfərin cinayət işi üzrə məhkəmə prosesi başa çatıb.

Qafqazinfo-nun məlumatına görə, hakim Səbinə Hacıyevanın sədrliyi ilə keçən iclasda qrupun rəhbəri hesab edilən Rəşad Kazımov 11 il, onun tərəfdaşları Tofiq Əlizadə və Nərmin Qasımzadə 8 il, çağrı mərkəzində operator işləmiş Elgün Süleymanov isə 5 il müddətinə azadlıqdan məhrum ediliblər.

İstintaqın materiallarına əsasən, təqsirləndirilən şəxslər 2024–2025-ci illərdə xarici birjada qazanc vəd edən reklamlar yaymış, 640-dan çox zərərçəkmişdən ümumilikdə 3 milyon 120 min manat toplamışdılar. Pulların bir hissəsi Dubay və İstanbuldakı hesablara köçürülüb.

Cinayət işi Baş Prokurorluğun Korrupsiyaya qarşı mübarizə baş idarəsi tərəfindən araşdırılıb. Zərərçəkmişlərin vəkili Samir Ələkbərli bildirib ki, dəymiş ziyanın ödənilməsi üçün təqsirkarların əmlakı üzərinə həbs qoyulub. Tərəflər hökmdən Bakı Apellyasiya Məhkəməsinə şikayət verə bilərlər.
""", [
 ("Səbinə Hacıyeva", "PER", "hakim", "Bakı Ağır Cinayətlər Məhkəməsi", ["Səbinə Hacıyevanın"]),
 ("Rəşad Kazımov", "PER", None, None, ["Rəşad Kazımov"]),
 ("Tofiq Əlizadə", "PER", None, None, ["Tofiq Əlizadə"]),
 ("Nərmin Qasımzadə", "PER", None, None, ["Nərmin Qasımzadə"]),
 ("Elgün Süleymanov", "PER", "operator", None, ["Elgün Süleymanov"]),
 ("Samir Ələkbərli", "PER", "vəkil", None, ["Samir Ələkbərli"]),
 ("Bakı Ağır Cinayətlər Məhkəməsi", "ORG", None, None, ["Bakı Ağır Cinayətlər Məhkəməsində"]),
 ("Baş Prokurorluq", "ORG", None, None, ["Baş Prokurorluğun"]),
 ("Korrupsiyaya qarşı mübarizə baş idarəsi", "ORG", None, None, ["Korrupsiyaya qarşı mübarizə baş idarəsi"]),
 ("Bakı Apellyasiya Məhkəməsi", "ORG", None, None, ["Bakı Apellyasiya Məhkəməsinə"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo-nun"]),
 ("Dubay", "LOC", None, None, ["Dubay"]),
 ("İstanbul", "LOC", None, None, ["İstanbuldakı"]),
], [], topics=["məhkəmə", "dələduzluq"])

A("255_qasimzade_cop31_antalya_metbuat.txt", "metbuat.az", """date 2026-11-12
Antalyada COP31: Azərbaycan heyəti iqlim danışıqlarında

BMT-nin İqlim Dəyişmələri üzrə Çərçivə Konvensiyası Tərəflərinin 31-ci Konfransı (COP31) noyabrın 9-dan Türkiyənin Antalya şəhərində davam edir. Azərbaycan nümayəndə heyətinə ekologiya və təbii sərvətlər naziri Səbuhi Qasımzadə başçılıq edir.

Metbuat.az xəbər verir ki, konfransın ikinci həftəsinin ilk günü, noyabrın 16-da keçiriləcək yüksək səviyyəli seqmentdə Prezident Teymur Səlimovun iştirakı gözlənilir.

Bu gün "Xəzər dənizinin səviyyəsinin enməsi: regional çağırış" adlı yan tədbirdə söz alan Səbuhi Qasımzadə Xəzərin son on ildə təxminən bir metr dayazlaşdığını bildirib. Yan tədbirdə Qazaxıstanın ekologiya naziri Erlan Nurqaliyev də çıxış edərək sahilboyu ərazilərdə monitorinqin birgə aparılmasını təklif edib.

Dünən Azərbaycan pavilyonunda Qasımzadə COP31-in sədri, Türkiyənin ətraf mühit, şəhərsalma və iqlim dəyişikliyi naziri Hakan Özdemirtaş ilə görüşüb. Görüşdə COP29-da qəbul edilmiş maliyyə hədəflərinin icrası müzakirə olunub. Həmin gün nazir Dünya Meteorologiya Təşkilatının baş katibi Selina Ortega ilə də söhbət edib.

Qeyd edək ki, Azərbaycan heyəti Xəzəryanı ölkələrin nazirlərinin ayrıca görüşünü təşkil etmək istəyirdi, lakin İranın nümayəndəsi gəlmədiyindən bu görüş baş tutmayacaq.
""", [
 ("Səbuhi Qasımzadə", "PER", "ekologiya və təbii sərvətlər naziri", "Azərbaycan", ["Səbuhi Qasımzadə", "Qasımzadə"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimovun"]),
 ("Erlan Nurqaliyev", "PER", "ekologiya naziri", "Qazaxıstan", ["Erlan Nurqaliyev"]),
 ("Hakan Özdemirtaş", "PER", "ətraf mühit, şəhərsalma və iqlim dəyişikliyi naziri", "Türkiyə", ["Hakan Özdemirtaş"]),
 ("Selina Ortega", "PER", "baş katib", "Dünya Meteorologiya Təşkilatı", ["Selina Ortega"]),
 ("Birləşmiş Millətlər Təşkilatı", "ORG", None, None, ["BMT-nin"]),
 ("Dünya Meteorologiya Təşkilatı", "ORG", None, None, ["Dünya Meteorologiya Təşkilatının"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az"]),
 ("Antalya", "LOC", None, None, ["Antalyada", "Antalya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzərin"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstanın"]),
 ("İran", "LOC", None, None, ["İranın"]),
], [
 E("ATTEND", ["Səbuhi Qasımzadə"], "Antalya", "2026-11-09", "happened", "Azərbaycan nümayəndə heyətinə ekologiya",
   ["iqlim dəyişmələri", "Xəzərin səviyyəsi"], date_text="noyabrın 9-dan", event_name="COP31"),
 E("ATTEND", ["Teymur Səlimov"], "Antalya", "2026-11-16", "planned", "konfransın ikinci həftəsinin ilk günü",
   ["iqlim dəyişmələri"], date_text="noyabrın 16-da", event_name="COP31-in yüksək səviyyəli seqmenti"),
 E("ATTEND", ["Erlan Nurqaliyev"], "Antalya", "2026-11-12", "happened", "Yan tədbirdə Qazaxıstanın",
   ["Xəzərin səviyyəsi", "monitorinq"], date_text="Bu gün",
   event_name="\"Xəzər dənizinin səviyyəsinin enməsi: regional çağırış\" yan tədbiri"),
 E("MEET", ["Səbuhi Qasımzadə", "Hakan Özdemirtaş"], "Antalya", "2026-11-11", "happened", "Dünən Azərbaycan pavilyonunda",
   ["iqlim maliyyəsi"], date_text="Dünən"),
 E("MEET", ["Səbuhi Qasımzadə", "Selina Ortega"], None, "2026-11-11", "happened", "Həmin gün nazir Dünya",
   ["iqlim dəyişmələri"], date_text="Həmin gün"),
])
