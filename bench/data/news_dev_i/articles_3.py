A("217_selimov_uc_sefir_etimadname.txt", "trend.az", """date 2026-06-17
Prezident üç ölkənin yeni səfirlərinin etimadnamələrini qəbul edib

Prezident Teymur Səlimov iyunun 17-də İtaliyanın, Pakistanın və Macarıstanın ölkəmizə yeni təyin olunmuş səfirləri Alessandro Rinaldinin, Kamran Əhməd Xanın və Petra Lukaçın etimadnamələrini qəbul edib.

Trend-in məlumatına görə, mərasimdən sonra dövlət başçısı diplomatlarla ayrı-ayrılıqda söhbət edib.

Alessandro Rinaldi ilə söhbətdə İtaliyanın Azərbaycan qazının Avropadakı ən iri alıcısı olduğu qeyd edilib, italyan şirkətlərinin Füzulidə və Ağdamda icra etdiyi layihələrə toxunulub.

Kamran Əhməd Xan ilə görüşdə müdafiə sənayesində birgə istehsal, Karaçi limanı ilə Ələt limanı arasında multimodal daşımalar barədə danışılıb. Prezident Pakistanın beynəlxalq platformalarda ölkəmizə göstərdiyi həmrəyliyi yüksək dəyərləndirib.

Petra Lukaç isə Macarıstanın Türk Dövlətləri Təşkilatında müşahidəçi kimi fəaliyyətindən, Budapeştdə təşkilatın nümayəndəliyi açıldıqdan sonra türk dünyası ilə əlaqələrin canlandığından söz açıb. Xanım səfir Bakı ilə Budapeşt arasında həftəlik aviareyslərin sayının artırılmasını da təklif edib.

Qeyd edək ki, yeni səfirlər ötən həftə etimadnamələrinin surətlərini xarici işlər naziri Ruslan Kazımlıya təqdim etmişdilər.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Alessandro Rinaldi", "PER", "səfir", "İtaliya", ["Alessandro Rinaldinin", "Alessandro Rinaldi"]),
 ("Kamran Əhməd Xan", "PER", "səfir", "Pakistan", ["Kamran Əhməd Xanın", "Kamran Əhməd Xan"]),
 ("Petra Lukaç", "PER", "səfir", "Macarıstan", ["Petra Lukaçın", "Petra Lukaç"]),
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Azərbaycan", ["Ruslan Kazımlıya"]),
 ("Türk Dövlətləri Təşkilatı", "ORG", None, None, ["Türk Dövlətləri Təşkilatında"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("İtaliya", "LOC", None, None, ["İtaliyanın"]),
 ("Pakistan", "LOC", None, None, ["Pakistanın"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Avropa", "LOC", None, None, ["Avropadakı"]),
 ("Füzuli", "LOC", None, None, ["Füzulidə"]),
 ("Ağdam", "LOC", None, None, ["Ağdamda"]),
 ("Karaçi", "LOC", None, None, ["Karaçi"]),
 ("Ələt", "LOC", None, None, ["Ələt"]),
 ("Budapeşt", "LOC", None, None, ["Budapeştdə", "Budapeşt"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
], [
 E("MEET", ["Teymur Səlimov", "Alessandro Rinaldi"], None, "2026-06-17", "happened", "Prezident Teymur Səlimov iyunun 17-də",
   ["diplomatik münasibətlər", "qaz ixracı", "bərpa işləri"], host="Teymur Səlimov", date_text="iyunun 17-də"),
 E("MEET", ["Teymur Səlimov", "Kamran Əhməd Xan"], None, "2026-06-17", "happened", "Prezident Teymur Səlimov iyunun 17-də",
   ["diplomatik münasibətlər", "müdafiə sənayesi", "nəqliyyat"], host="Teymur Səlimov", date_text="iyunun 17-də"),
 E("MEET", ["Teymur Səlimov", "Petra Lukaç"], None, "2026-06-17", "happened", "Prezident Teymur Səlimov iyunun 17-də",
   ["diplomatik münasibətlər", "aviareyslər"], host="Teymur Səlimov", date_text="iyunun 17-də"),
 E("MEET", ["Ruslan Kazımlı", "Alessandro Rinaldi"], None, "2026-06", "happened", "yeni səfirlər ötən həftə",
   ["diplomatik münasibətlər"], host="Ruslan Kazımlı", date_text="ötən həftə"),
 E("MEET", ["Ruslan Kazımlı", "Kamran Əhməd Xan"], None, "2026-06", "happened", "yeni səfirlər ötən həftə",
   ["diplomatik münasibətlər"], host="Ruslan Kazımlı", date_text="ötən həftə"),
 E("MEET", ["Ruslan Kazımlı", "Petra Lukaç"], None, "2026-06", "happened", "yeni səfirlər ötən həftə",
   ["diplomatik münasibətlər"], host="Ruslan Kazımlı", date_text="ötən həftə"),
])

A("218_eleskerli_kiraly_macar_naziri_report.txt", "report.az", """date 2026-07-01
Nicat Ələsgərli Macarıstanın xarici işlər nazirini qəbul edib

Baş nazir Nicat Ələsgərli iyulun 1-də Bakıda səfərdə olan Macarıstanın xarici iqtisadi əlaqələr və xarici işlər naziri Zoltan Kiralyni qəbul edib.

Report-a Nazirlər Kabinetindən bildiriblər ki, Hökumət Evində baş tutan görüşdə Macarıstan Eksimbankının ölkəmizdə kreditləşdirdiyi layihələr, Mingəçevirdə inşa ediləcək su təmizləyici qurğunun maliyyələşdirilməsi müzakirə edilib. Baş nazir macar şirkətlərini Qarabağda ağıllı kənd layihələrində daha fəal olmağa çağırıb.

Zoltan Kiraly çərşənbə axşamı Bakıya gəlib. Qonaq dünən Xarici İşlər Nazirliyində nazir Ruslan Kazımlı ilə danışıqlar aparıb. Danışıqlardan sonra nazirlər iki ölkənin xarici siyasət idarələri arasında növbəti iki il üçün əməkdaşlıq proqramını imzalayıblar.

Hökumətlərarası komissiyanın növbəti iclasının oktyabrda Budapeştdə keçirilməsi razılaşdırılıb. İclasa komissiyanın həmsədrləri – iqtisadiyyat naziri Zaur Hümbətli və Zoltan Kiraly rəhbərlik edəcəklər. Macarıstan tərəfi iclas çərçivəsində enerji və su təsərrüfatı üzrə biznes-seminar keçirməyi də təklif edib.
""", [
 ("Nicat Ələsgərli", "PER", "baş nazir", "Nazirlər Kabineti", ["Nicat Ələsgərli"]),
 ("Zoltan Kiraly", "PER", "xarici iqtisadi əlaqələr və xarici işlər naziri", "Macarıstan", ["Zoltan Kiralyni", "Zoltan Kiraly"]),
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Xarici İşlər Nazirliyi", ["Ruslan Kazımlı"]),
 ("Zaur Hümbətli", "PER", "iqtisadiyyat naziri", None, ["Zaur Hümbətli"]),
 ("Nazirlər Kabineti", "ORG", None, None, ["Nazirlər Kabinetindən"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["Xarici İşlər Nazirliyində"]),
 ("Macarıstan Eksimbankı", "ORG", None, None, ["Macarıstan Eksimbankının"]),
 ("Report", "ORG", None, None, ["Report-a"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstanın", "Macarıstan"]),
 ("Hökumət Evi", "LOC", None, None, ["Hökumət Evində"]),
 ("Mingəçevir", "LOC", None, None, ["Mingəçevirdə"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağda"]),
 ("Budapeşt", "LOC", None, None, ["Budapeştdə"]),
], [
 E("MEET", ["Nicat Ələsgərli", "Zoltan Kiraly"], "Hökumət Evi", "2026-07-01", "happened", "Baş nazir Nicat Ələsgərli iyulun 1-də",
   ["investisiya", "su təchizatı", "bərpa işləri"], host="Nicat Ələsgərli", date_text="iyulun 1-də"),
 E("VISIT", ["Zoltan Kiraly"], "Bakı", "2026-06-30", "happened", "Baş nazir Nicat Ələsgərli iyulun 1-də",
   ["ikitərəfli münasibətlər"], date_text="çərşənbə axşamı"),
 E("MEET", ["Ruslan Kazımlı", "Zoltan Kiraly"], "Xarici İşlər Nazirliyi", "2026-06-30", "happened", "Qonaq dünən Xarici",
   ["ikitərəfli münasibətlər"], date_text="dünən"),
 E("SIGN", ["Ruslan Kazımlı", "Zoltan Kiraly"], "Xarici İşlər Nazirliyi", "2026-06-30", "happened", "Danışıqlardan sonra nazirlər",
   ["diplomatik əməkdaşlıq"]),
 E("MEET", ["Zaur Hümbətli", "Zoltan Kiraly"], "Budapeşt", "2026-10", "planned", "Hökumətlərarası komissiyanın növbəti",
   ["ticarət-iqtisadi əməkdaşlıq"], date_text="oktyabrda", event_name="hökumətlərarası komissiyanın növbəti iclası"),
])

A("219_babazade_qvarneri_roma_oxu.txt", "oxu.az", """date 2026-07-08
Bakı ilə Roma arasında siyasi məsləhətləşmələrin növbəti raundu keçirilib | Oxu.az

OXU.AZ
Xəbər lenti | Ölkə | Siyasət | İqtisadiyyat | Dünya | Texnologiya | Sağlamlıq
Saytı tam görmək üçün JavaScript-i işə salın
08.07.2026, 16:05
Bakı ilə Roma arasında siyasi məsləhətləşmələrin növbəti raundu keçirilib

İyulun 6–7-də Romada Azərbaycan və İtaliya xarici işlər nazirlikləri arasında siyasi məsləhətləşmələrin növbəti raundu olub.

Oxu.az-a Xarici İşlər Nazirliyindən verilən məlumata görə, məsləhətləşmələrdə Azərbaycan tərəfinə xarici işlər nazirinin müavini Orxan Babazadə, İtaliya tərəfinə isə İtaliya Xarici İşlər və Beynəlxalq Əməkdaşlıq Nazirliyinin baş katibi Rikkardo Qvarneri rəhbərlik ediblər. Tərəflər enerji təhlükəsizliyi, Trans-Adriatik boru kəmərinin genişləndirilməsi, italyan universitetlərinin Bakıdakı filiallarının fəaliyyəti və konsulluq məsələləri üzrə fikir mübadiləsi aparıblar.

Romada səfərdə olan Orxan Babazadə iyulun 7-də İtaliya Senatının Xarici işlər və müdafiə komissiyasının sədri Françesko Pazzini ilə də görüşüb.

Nazir müavininin Triyestə gedərək Şərqi Adriatik Dəniz Limanları İdarəsinin rəhbərliyi ilə görüşməsi də nəzərdə tutulurdu. Lakin Romadakı müzakirələrin uzanması səbəbindən bu görüş ləğv edilib.

Növbəti raundun 2027-ci ildə Bakıda keçirilməsi razılaşdırılıb. Rikkardo Qvarnerinin isə yaxın günlərdə Bakıya səfəri gözlənilir.

Paylaş
Teqlər: Orxan Babazadə, İtaliya, XİN
Oxşar xəbərlər
Qəbələdə turizm mövsümü başlayıb
Neft qiymətləri ucuzlaşıb
© OXU.AZ, 2026. İstinadsız istifadə qadağandır.
""", [
 ("Orxan Babazadə", "PER", "xarici işlər nazirinin müavini", "Xarici İşlər Nazirliyi", ["Orxan Babazadə"]),
 ("Rikkardo Qvarneri", "PER", "baş katib", "İtaliya Xarici İşlər və Beynəlxalq Əməkdaşlıq Nazirliyi", ["Rikkardo Qvarneri", "Rikkardo Qvarnerinin"]),
 ("Françesko Pazzini", "PER", "komissiya sədri", "İtaliya Senatı", ["Françesko Pazzini"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["Xarici İşlər Nazirliyindən", "XİN"]),
 ("İtaliya Xarici İşlər və Beynəlxalq Əməkdaşlıq Nazirliyi", "ORG", None, None, ["İtaliya Xarici İşlər və Beynəlxalq Əməkdaşlıq Nazirliyinin"]),
 ("İtaliya Senatı", "ORG", None, None, ["İtaliya Senatının"]),
 ("Xarici işlər və müdafiə komissiyası", "ORG", None, None, ["Xarici işlər və müdafiə komissiyasının"]),
 ("Şərqi Adriatik Dəniz Limanları İdarəsi", "ORG", None, None, ["Şərqi Adriatik Dəniz Limanları İdarəsinin"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az", "OXU.AZ", "Oxu.az-a"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıdakı", "Bakıda", "Bakıya"]),
 ("Roma", "LOC", None, None, ["Roma", "Romada", "Romadakı"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("İtaliya", "LOC", None, None, ["İtaliya"]),
 ("Triyest", "LOC", None, None, ["Triyestə"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələdə"]),
], [
 E("MEET", ["Orxan Babazadə", "Rikkardo Qvarneri"], "Roma", "2026-07-06", "happened", "İyulun 6–7-də Romada",
   ["enerji təhlükəsizliyi", "təhsil", "konsulluq məsələləri"], date_text="İyulun 6–7-də"),
 E("VISIT", ["Orxan Babazadə"], "Roma", "2026-07-06", "happened", "Romada səfərdə olan Orxan",
   ["ikitərəfli münasibətlər"], date_text="İyulun 6–7-də"),
 E("MEET", ["Orxan Babazadə", "Françesko Pazzini"], "Roma", "2026-07-07", "happened", "Romada səfərdə olan Orxan",
   ["parlamentlə əlaqələr"], date_text="iyulun 7-də"),
 E("VISIT", ["Orxan Babazadə"], "Triyest", None, "negated", "Nazir müavininin Triyestə",
   ["dəniz limanları"]),
 E("MEET", ["Orxan Babazadə", "Şərqi Adriatik Dəniz Limanları İdarəsi"], "Triyest", None, "negated", "Nazir müavininin Triyestə",
   ["dəniz limanları"]),
 E("VISIT", ["Rikkardo Qvarneri"], "Bakı", None, "planned", "Rikkardo Qvarnerinin isə",
   ["ikitərəfli münasibətlər"], date_text="yaxın günlərdə"),
])

A("220_humbetli_pakistan_seferi_qafqazinfo.txt", "qafqazinfo.az", """date 2026-08-14
Zaur Hümbətlinin Pakistana səfəri başa çatıb

İqtisadiyyat naziri Zaur Hümbətlinin avqustun 11–13-də Pakistana səfəri başa çatıb.

Qafqazinfo-nun məlumatına görə, səfərin ilk günü İslamabadda nazir Pakistanın ticarət naziri Cavad Rəhman ilə görüşüb. Görüşdə ikitərəfli ticarətin strukturunun şaxələndirilməsi, Pakistan düyüsünün və əczaçılıq məhsullarının Azərbaycan bazarına çıxışı, neft-kimya məhsullarının Pakistana ixracı müzakirə edilib. Görüşün ardınca nazirlər investisiyaların qarşılıqlı təşviqi haqqında memoranduma imza atıblar.

Avqustun 12-də Zaur Hümbətli Pakistanın Baş naziri Əhməd Nəvaz Malik tərəfindən qəbul olunub. Hökumət başçısı Azərbaycan şirkətlərinin Qvadar limanının idarəçiliyində iştirakına maraq göstərdiyini bildirib.

Səfərin son günü Azərbaycan naziri Lahora yollanıb, burada Pəncab əyalətinin baş naziri Fəridə Kazmi ilə görüşüb. Nazir Lahor Ticarət və Sənaye Palatasında yerli iş adamları ilə də bir araya gəlib.

Komissiyanın həmsədrləri olan nazirlər hökumətlərarası komissiyanın növbəti iclasını noyabrda Bakıda keçirməyi razılaşdırıblar. Cavad Rəhmanın həmin iclas üçün 20 noyabr tarixində Bakıya gələcəyi bildirilib.
""", [
 ("Zaur Hümbətli", "PER", "iqtisadiyyat naziri", "Azərbaycan", ["Zaur Hümbətlinin", "Zaur Hümbətli"]),
 ("Cavad Rəhman", "PER", "ticarət naziri", "Pakistan", ["Cavad Rəhman", "Cavad Rəhmanın"]),
 ("Əhməd Nəvaz Malik", "PER", "baş nazir", "Pakistan", ["Əhməd Nəvaz Malik"]),
 ("Fəridə Kazmi", "PER", "əyalətin baş naziri", "Pakistan", ["Fəridə Kazmi"]),
 ("Lahor Ticarət və Sənaye Palatası", "ORG", None, None, ["Lahor Ticarət və Sənaye Palatasında"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo-nun"]),
 ("Pakistan", "LOC", None, None, ["Pakistana", "Pakistanın", "Pakistan"]),
 ("İslamabad", "LOC", None, None, ["İslamabadda"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Qvadar", "LOC", None, None, ["Qvadar"]),
 ("Lahor", "LOC", None, None, ["Lahora"]),
 ("Pəncab", "LOC", None, None, ["Pəncab"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
], [
 E("VISIT", ["Zaur Hümbətli"], "Pakistan", "2026-08-11", "happened", "Zaur Hümbətlinin avqustun 11–13-də",
   ["ticarət-iqtisadi əməkdaşlıq"], date_text="avqustun 11–13-də"),
 E("MEET", ["Zaur Hümbətli", "Cavad Rəhman"], "İslamabad", "2026-08-11", "happened", "səfərin ilk günü İslamabadda",
   ["ticarət", "əczaçılıq", "neft-kimya"], date_text="səfərin ilk günü"),
 E("SIGN", ["Zaur Hümbətli", "Cavad Rəhman"], "İslamabad", "2026-08-11", "happened", "Görüşün ardınca nazirlər",
   ["investisiya"]),
 E("MEET", ["Əhməd Nəvaz Malik", "Zaur Hümbətli"], None, "2026-08-12", "happened", "Avqustun 12-də Zaur",
   ["liman infrastrukturu"], host="Əhməd Nəvaz Malik", date_text="Avqustun 12-də"),
 E("VISIT", ["Zaur Hümbətli"], "Lahor", "2026-08-13", "happened", "Səfərin son günü Azərbaycan naziri",
   ["regional əməkdaşlıq"], date_text="Səfərin son günü"),
 E("MEET", ["Zaur Hümbətli", "Fəridə Kazmi"], "Lahor", "2026-08-13", "happened", "Səfərin son günü Azərbaycan naziri",
   ["regional əməkdaşlıq"], date_text="Səfərin son günü"),
 E("MEET", ["Zaur Hümbətli", "Cavad Rəhman"], "Bakı", "2026-11", "planned", "Komissiyanın həmsədrləri olan nazirlər",
   ["ticarət-iqtisadi əməkdaşlıq"], date_text="noyabrda", event_name="hökumətlərarası komissiyanın növbəti iclası"),
 E("VISIT", ["Cavad Rəhman"], "Bakı", "2026-11-20", "planned", "Cavad Rəhmanın həmin iclas",
   ["ticarət-iqtisadi əməkdaşlıq"], date_text="20 noyabr tarixində"),
])

A("221_kazimli_cumaliyev_telefon_metbuat.txt", "metbuat.az", """date 2026-09-08
Ruslan Kazımlı qırğızıstanlı həmkarı ilə telefonla danışıb | Metbuat.az

METBUAT.AZ
Son xəbərlər | Siyasət | İqtisadiyyat | Hadisə | Dünya | İdman | Şou-biznes
Saytın bütün imkanlarından yararlanmaq üçün JavaScript aktiv edin
Siyasət | 08 sentyabr 2026 | 12:31
Ruslan Kazımlı qırğızıstanlı həmkarı ilə telefonla danışıb

Dünən Azərbaycanın xarici işlər naziri Ruslan Kazımlı ilə Qırğızıstanın xarici işlər naziri Almaz Cumaliyev arasında telefon danışığı olub.

Metbuat.az Xarici İşlər Nazirliyinə istinadən xəbər verir ki, nazirlər Türk Dövlətləri Təşkilatının payızda keçiriləcək zirvə toplantısına hazırlığı, Bişkekdə inşa olunan Azərbaycan məktəbinin tikintisinin gedişatını, İssık-Kul regionunda birgə turizm layihələrini nəzərdən keçiriblər.

Telefon danışığı zamanı Ruslan Kazımlının gələn həftə ərzində Bişkekə işgüzar səfər edəcəyi dəqiqləşdirilib. Səfər çərçivəsində Azərbaycan XİN rəhbərinin Almaz Cumaliyevlə danışıqlar aparması, həmçinin Qırğızıstan Prezidenti Kanat Osmonaliyev tərəfindən qəbul olunması gözlənilir.

Qeyd edək ki, Almaz Cumaliyevin avqustda Bakıya səfəri nəzərdə tutulmuşdu, lakin ölkənin cənubundakı sel hadisələri səbəbindən səfər ləğv edilmişdi.

Paylaş: Facebook | Telegram | X
Oxşar xəbərlər
Sumqayıtda yeni park salınır
Dollar bu gün neçəyə satılır?
METBUAT.AZ © 2026 | Xəbərlərdən istifadə etdikdə istinad mütləqdir
""", [
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Xarici İşlər Nazirliyi", ["Ruslan Kazımlı", "Ruslan Kazımlının"]),
 ("Almaz Cumaliyev", "PER", "xarici işlər naziri", "Qırğızıstan", ["Almaz Cumaliyev", "Almaz Cumaliyevlə", "Almaz Cumaliyevin"]),
 ("Kanat Osmonaliyev", "PER", "Prezident", "Qırğızıstan", ["Kanat Osmonaliyev"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["Xarici İşlər Nazirliyinə", "Azərbaycan XİN"]),
 ("Türk Dövlətləri Təşkilatı", "ORG", None, None, ["Türk Dövlətləri Təşkilatının"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az", "METBUAT.AZ"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın", "Azərbaycan"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstanın", "Qırğızıstan"]),
 ("Bişkek", "LOC", None, None, ["Bişkekdə", "Bişkekə"]),
 ("İssık-Kul gölü", "LOC", None, None, ["İssık-Kul"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Sumqayıt", "LOC", None, None, ["Sumqayıtda"]),
], [
 E("CALL", ["Ruslan Kazımlı", "Almaz Cumaliyev"], None, "2026-09-07", "happened", "Dünən Azərbaycanın xarici işlər naziri",
   ["Türk Dövlətləri Təşkilatı", "təhsil", "turizm"], date_text="Dünən"),
 E("VISIT", ["Ruslan Kazımlı"], "Bişkek", "2026-09", "planned", "Telefon danışığı zamanı Ruslan",
   ["ikitərəfli münasibətlər"], date_text="gələn həftə ərzində"),
 E("MEET", ["Ruslan Kazımlı", "Almaz Cumaliyev"], "Bişkek", "2026-09", "planned", "Səfər çərçivəsində Azərbaycan XİN",
   ["ikitərəfli münasibətlər"], date_text="gələn həftə ərzində"),
 E("MEET", ["Kanat Osmonaliyev", "Ruslan Kazımlı"], "Bişkek", "2026-09", "planned", "Səfər çərçivəsində Azərbaycan XİN",
   ["ikitərəfli münasibətlər"], host="Kanat Osmonaliyev", date_text="gələn həftə ərzində"),
 E("VISIT", ["Almaz Cumaliyev"], "Bakı", "2026-08", "negated", "Almaz Cumaliyevin avqustda",
   ["ikitərəfli münasibətlər"], date_text="avqustda"),
])

A("222_selimov_qazaxistan_dovlet_seferi.txt", "AZERTAC", """date 2026-09-22
Prezident Teymur Səlimov Qazaxıstana dövlət səfəri edəcək

Prezident Teymur Səlimov sentyabrın 24–25-də Qazaxıstan Respublikasına dövlət səfəri edəcək.

AZERTAC-a Prezidentin mətbuat xidmətindən bildirilib ki, səfər çərçivəsində Astanada dövlət başçısının Qazaxıstan Prezidenti Erjan Seitovla təkbətək və geniş tərkibdə görüşləri olacaq. Danışıqların yekununda prezidentlərin Xəzər dənizində naviqasiyanın təhlükəsizliyi, yaşıl enerji ixracı və ali təhsil sahələrinə dair bir sıra sənədlər imzalaması nəzərdə tutulur.

Səfərin ikinci günü Teymur Səlimov Almatıda təşkil olunacaq Azərbaycan–Qazaxıstan biznes forumunda iştirak edəcək. Foruma iki ölkədən üç yüzdən artıq şirkətin qatılacağı gözlənilir.

Dünən Prezident Teymur Səlimov Qazaxıstanın Baş nazirinin müavini – xarici işlər naziri Arman Kenjebekovu qəbul edib. Görüşdə qarşıdakı səfərin proqramı, o cümlədən Aktau limanının genişləndirilməsi layihəsində Azərbaycan şirkətlərinin iştirakı barədə danışılıb.

Səfərin tarixləri sentyabrın 15-də dövlət başçılarının telefon danışığı zamanı razılaşdırılmışdı.

Xatırladaq ki, Erjan Seitov ötən ilin noyabrında Bakıya dövlət səfəri etmişdi. Həmin səfər zamanı dövlət başçıları Müttəfiqlik Bəyannaməsini imzalamışdılar.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Erjan Seitov", "PER", "Prezident", "Qazaxıstan", ["Erjan Seitovla", "Erjan Seitov"]),
 ("Arman Kenjebekov", "PER", "baş nazirin müavini, xarici işlər naziri", "Qazaxıstan", ["Arman Kenjebekovu"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-a"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstana", "Qazaxıstan Respublikasına", "Qazaxıstan", "Qazaxıstanın"]),
 ("Astana", "LOC", None, None, ["Astanada"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizində"]),
 ("Almatı", "LOC", None, None, ["Almatıda"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Aktau", "LOC", None, None, ["Aktau"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
], [
 E("VISIT", ["Teymur Səlimov"], "Qazaxıstan", "2026-09-24", "planned", "Prezident Teymur Səlimov sentyabrın 24–25-də",
   ["ikitərəfli münasibətlər"], date_text="sentyabrın 24–25-də"),
 E("MEET", ["Teymur Səlimov", "Erjan Seitov"], "Astana", None, "planned", "səfər çərçivəsində Astanada",
   ["ikitərəfli münasibətlər"]),
 E("SIGN", ["Teymur Səlimov", "Erjan Seitov"], "Astana", None, "planned", "Danışıqların yekununda prezidentlərin",
   ["naviqasiya", "yaşıl enerji", "ali təhsil"]),
 E("ATTEND", ["Teymur Səlimov"], "Almatı", "2026-09-25", "planned", "Səfərin ikinci günü Teymur",
   ["biznes əlaqələri"], date_text="Səfərin ikinci günü", event_name="Azərbaycan–Qazaxıstan biznes forumu"),
 E("MEET", ["Teymur Səlimov", "Arman Kenjebekov"], None, "2026-09-21", "happened", "Dünən Prezident Teymur",
   ["liman infrastrukturu"], host="Teymur Səlimov", date_text="Dünən"),
 E("CALL", ["Teymur Səlimov", "Erjan Seitov"], None, "2026-09-15", "happened", "Səfərin tarixləri sentyabrın 15-də",
   ["ikitərəfli münasibətlər"], date_text="sentyabrın 15-də"),
 E("VISIT", ["Erjan Seitov"], "Bakı", "2025-11", "happened", "Erjan Seitov ötən ilin noyabrında",
   ["ikitərəfli münasibətlər"], date_text="ötən ilin noyabrında"),
 E("SIGN", ["Teymur Səlimov", "Erjan Seitov"], "Bakı", "2025-11", "happened", "Həmin səfər zamanı dövlət başçıları",
   ["müttəfiqlik"], date_text="ötən ilin noyabrında"),
])

A("223_heyderli_ismoilov_komissiya_baki.txt", None, """date 2026-10-07
Bakıda Azərbaycan–Özbəkistan komissiyasının on ikinci toplantısı olub

Oktyabrın 6-da Bakıda Azərbaycan–Özbəkistan iqtisadi əməkdaşlıq üzrə hökumətlərarası komissiyasının on ikinci iclası olub. Toplantını Azərbaycan tərəfindən Baş nazirin müavini Elşən Heydərli, Özbəkistan tərəfindən isə hökumət başçısının müavini Otabek İsmoilov aparıblar.

Iclasda qeyd olunub ki, cari ilin ilk səkkiz ayında iki ölkə arasında ticarət dövriyyesi keçən ilin analoji dövrünə nisbətən 27 faiz artıb. Həmsədrlər özbək pambığının Azərbaycan ərazisindən Avropa bazarlarına nəqli, Cizzax vilayətində yaradılan Azərbaycan–Özbəkistan sənaye parkının fəaliyyəti, dərman vasitələrinin birgə istehsalı ilə bağlı təklifləri muzakirə ediblər.

Sonda həmsədrlər iclasın protokolunu imzalayıblar. Həmin gün "Azərbaycan Dəmir Yolları" QSC ilə "Özbəkistan Dəmir Yolları" SC arasında Ələt limanı üzərindən konteyner qatarlarının müntəzəm hərəkətinə dair müqavilə də bağlanıb.

Otabek İsmoilov başda olmaqla Özbəkistan nümayəndə heyəti bazar ertəsi Bakıya gəlib. Bu gün qonaq Sumqayıt Kimya Sənaye Parkında olacaq, oradakı müəssisələrin fəaliyyəti ilə ta-
nış olacaq.

Özbəkistan hökumət üzvünün Prezident Teymur Səlimov tərəfindən qəbul olunması da gözlənilirdi, lakin dövlət başçısının iş qrafikindəki dəyişikliyə görə bu görüş reallaşmayıb.

Samir ƏHMƏDOV,
«Xalq qəzeti»
""", [
 ("Elşən Heydərli", "PER", "baş nazirin müavini", "Azərbaycan", ["Elşən Heydərli"]),
 ("Otabek İsmoilov", "PER", "baş nazirin müavini", "Özbəkistan", ["Otabek İsmoilov"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Samir Əhmədov", "PER", None, None, ["Samir ƏHMƏDOV"]),
 ("Azərbaycan Dəmir Yolları", "ORG", None, None, ["Azərbaycan Dəmir Yolları"]),
 ("Özbəkistan Dəmir Yolları", "ORG", None, None, ["Özbəkistan Dəmir Yolları"]),
 ("Xalq qəzeti", "ORG", None, None, ["Xalq qəzeti"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistan"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
 ("Avropa", "LOC", None, None, ["Avropa"]),
 ("Cizzax", "LOC", None, None, ["Cizzax"]),
 ("Ələt", "LOC", None, None, ["Ələt"]),
 ("Sumqayıt Kimya Sənaye Parkı", "LOC", None, None, ["Sumqayıt Kimya Sənaye Parkında"]),
], [
 E("MEET", ["Elşən Heydərli", "Otabek İsmoilov"], "Bakı", "2026-10-06", "happened", "Oktyabrın 6-da Bakıda",
   ["ticarət", "pambıq", "sənaye parkları", "əczaçılıq"], date_text="Oktyabrın 6-da",
   event_name="hökumətlərarası komissiyanın on ikinci iclası"),
 E("SIGN", ["Elşən Heydərli", "Otabek İsmoilov"], "Bakı", "2026-10-06", "happened", "Sonda həmsədrlər iclasın",
   ["ticarət-iqtisadi əməkdaşlıq"]),
 E("SIGN", ["Azərbaycan Dəmir Yolları", "Özbəkistan Dəmir Yolları"], None, "2026-10-06", "happened", 'Həmin gün "Azərbaycan Dəmir Yolları"',
   ["dəmir yolu daşımaları"], date_text="Həmin gün"),
 E("VISIT", ["Otabek İsmoilov"], "Bakı", "2026-10-05", "happened", "Otabek İsmoilov başda olmaqla",
   ["ticarət-iqtisadi əməkdaşlıq"], date_text="bazar ertəsi"),
 E("VISIT", ["Otabek İsmoilov"], "Sumqayıt Kimya Sənaye Parkı", "2026-10-07", "planned", "Bu gün qonaq Sumqayıt",
   ["sənaye"], place="Sumqayıt Kimya Sənaye Parkı", date_text="Bu gün"),
 E("MEET", ["Teymur Səlimov", "Otabek İsmoilov"], None, None, "negated", "Özbəkistan hökumət üzvünün",
   ["ikitərəfli münasibətlər"], host="Teymur Səlimov"),
])

A("224_humbetli_lombardi_milan_forumu_report.txt", "report.az", """date 2026-10-15
Milanda Azərbaycan–İtaliya biznes forumu keçirilib, iki sənəd imzalanıb

2026-cı il oktyabrın 14-də Milanda Azərbaycan–İtaliya biznes forumu keçirilib. Report-un məlumatına görə, tədbirə iki ölkədən iki yüzdən çox şirkətin təmsilçisi qatılıb.

Forumun açılışında Azərbaycanın iqtisadiyyat naziri Zaur Hümbətli və İtaliyanın xarici işlər nazirinin müavini Franka Lombardi çıxış ediblər. Zaur Hümbətli ötən il Azərbaycanın İtaliyaya ixrac etdiyi təbii qazın həcminin 10 milyard kubmetrə yaxınlaşdığını, lakin qeyri-neft sektorunda hələ istifadə olunmamış böyük potensial qaldığını deyib. Franka Lombardi isə italyan şirkətlərinin Qarabağda memarlıq, kənd təsərrüfatı və turizm layihələrinə marağının artdığını bildirib.

Forum çərçivəsində Azərbaycan İxracın və İnvestisiyaların Təşviqi Agentliyi (AZPROMO) ilə İtaliya Xarici Ticarət Agentliyi arasında anlaşma memorandumu, "Azərbaycan Sənaye Korporasiyası" ASC ilə İtaliyanın "Danieli" şirkəti arasında isə polad emalı zavodunun layihələndirilməsinə dair saziş imzalanıb.

Forumun kənarında Zaur Hümbətli və Franka Lombardi ikitərəfli görüş keçiriblər. Lombardinin noyabrda Bakıya səfər edəcəyi razılaşdırılıb.

Bu gün nazir Genuyaya yollanıb. Orada onun Liquriya regionunun prezidenti Stefano Rossetti ilə görüşməsi, Genuya limanının rəhbərliyi ilə Xəzər–Aralıq dənizi konteyner xətti barədə danışıqlar aparması planlaşdırılır.
""", [
 ("Zaur Hümbətli", "PER", "iqtisadiyyat naziri", "Azərbaycan", ["Zaur Hümbətli"]),
 ("Franka Lombardi", "PER", "xarici işlər nazirinin müavini", "İtaliya", ["Franka Lombardi", "Lombardinin"]),
 ("Stefano Rossetti", "PER", "region prezidenti", "İtaliya", ["Stefano Rossetti"]),
 ("Azərbaycan İxracın və İnvestisiyaların Təşviqi Agentliyi", "ORG", None, None, ["Azərbaycan İxracın və İnvestisiyaların Təşviqi Agentliyi", "AZPROMO"]),
 ("İtaliya Xarici Ticarət Agentliyi", "ORG", None, None, ["İtaliya Xarici Ticarət Agentliyi"]),
 ("Azərbaycan Sənaye Korporasiyası", "ORG", None, None, ["Azərbaycan Sənaye Korporasiyası"]),
 ("Danieli", "ORG", None, None, ["Danieli"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Milan", "LOC", None, None, ["Milanda"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanın"]),
 ("İtaliya", "LOC", None, None, ["İtaliya", "İtaliyanın", "İtaliyaya"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağda"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Genuya", "LOC", None, None, ["Genuyaya", "Genuya"]),
 ("Liquriya", "LOC", None, None, ["Liquriya"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər"]),
 ("Aralıq dənizi", "LOC", None, None, ["Aralıq dənizi"]),
], [
 E("ATTEND", ["Zaur Hümbətli", "Franka Lombardi"], "Milan", "2026-10-14", "happened", "Forumun açılışında Azərbaycanın",
   ["qaz ixracı", "qeyri-neft sektoru", "bərpa işləri"], date_text="2026-cı il oktyabrın 14-də", event_name="Azərbaycan–İtaliya biznes forumu"),
 E("SIGN", ["Azərbaycan İxracın və İnvestisiyaların Təşviqi Agentliyi", "İtaliya Xarici Ticarət Agentliyi"], "Milan", "2026-10-14", "happened",
   "Forum çərçivəsində Azərbaycan İxracın", ["ixracın təşviqi"]),
 E("SIGN", ["Azərbaycan Sənaye Korporasiyası", "Danieli"], "Milan", "2026-10-14", "happened",
   "Forum çərçivəsində Azərbaycan İxracın", ["metallurgiya"]),
 E("MEET", ["Zaur Hümbətli", "Franka Lombardi"], "Milan", "2026-10-14", "happened", "Forumun kənarında Zaur",
   ["ikitərəfli münasibətlər"]),
 E("VISIT", ["Franka Lombardi"], "Bakı", "2026-11", "planned", "Lombardinin noyabrda Bakıya",
   ["ikitərəfli münasibətlər"], date_text="noyabrda"),
 E("VISIT", ["Zaur Hümbətli"], "Genuya", "2026-10-15", "happened", "Bu gün nazir Genuyaya",
   ["dəniz daşımaları"], date_text="Bu gün"),
 E("MEET", ["Zaur Hümbətli", "Stefano Rossetti"], "Genuya", "2026-10-15", "planned", "Orada onun Liquriya",
   ["dəniz daşımaları"], date_text="Bu gün"),
])
