A("677_regionlarda_diplomatik_hefte_xalq_qezeti.txt", None, """date 2027-11-13
Regionlarda həftə: səfirlər, valilər və yeni təməllər

HƏFTƏNİN XRONİKASI

Bazar ertəsi Pakistanın ölkəmizdəki səfiri Bilal Xurşid Şəmkirə səfər edib. Rayon icra hakimiyyətinin başçısı Yaqub Nəsirli ilə gorüşdə Şəmkir su anbarı ətrafında balıqçılıq təsərrüfatının qurulması imkanları muzakirə olunub.

Çərşənbə axşamı Masallıda Gilan ostanının vali müavini Rza Heydəri başda olmaqla iranlı heyət qonaq olub. Qonaqları Masallı Rayon İcra Hakimiyyətinin başçısı Elşən Qəniyev qəbul edib, sərhədyanı bölgələr arasında meyvə-tərəvəz mübadilə-
sinə dair təkliflər dinlənilib.

Çərşənbə günü İtaliyanın səfiri Françesko Lombardi Şamaxıya yollanıb, burada "Meysari" şərabçılıq təsərrüfatının üzüm bağları ilə tanış olub.

Cümə axşamı Qazax rayonu Gürcüstanın Kvemo Kartli regionundan gələn nümayəndə heyətini qarşılayıb. Heyətə regionda hökumətin səlahiyyətli nümayəndəsi Levan Kipiani rəhbərlik edirdi; Qazax Rayon İcra Hakimiyyətinin başçısı Zaur Bağırov qonaqlarla Qazax–Marneuli avtobus xəttinin bərpasını götür-qoy edib.

Cümə günü Füzulidə Özbəkistanın inşa edəcəyi ikinci məktəbin təməli qoyulub. Mərasimdə Özbəkistanın Azərbaycandakı səfiri Baxtiyor Nurmatov və Prezidentin Qarabağ iqtisadi rayonu üzrə xüsusi nümayəndəsi Emin Şirəliyev iştirak ediblər.

Gələn həftənin gündəliyində də regional diplomatiya az deyil. Gələn çərşənbə axşamı Gəncədə Belarusun səfiri Aleksandr Jukovskinin Gəncə Şəhər İcra Hakimiyyətinin başçısı Sərdar Əlixanlı ilə görüşü planlaşdırılır. Debrecendən bələdiyyə nüma-
yəndələrinin Şəkiyə gəlişi də gözlənilir.

Səbinə MİRZƏLİ,
«Xalq qəzeti»
""", [
 ("Bilal Xurşid", "PER", "səfir", "Pakistan", ["Bilal Xurşid"]),
 ("Yaqub Nəsirli", "PER", "icra hakimiyyətinin başçısı", "Azərbaycan", ["Yaqub Nəsirli"]),
 ("Rza Heydəri", "PER", "vali müavini", None, ["Rza Heydəri"]),
 ("Elşən Qəniyev", "PER", "başçı", "Masallı Rayon İcra Hakimiyyəti", ["Elşən Qəniyev"]),
 ("Françesko Lombardi", "PER", "səfir", "İtaliya", ["Françesko Lombardi"]),
 ("Levan Kipiani", "PER", "səlahiyyətli nümayəndə", "Gürcüstan", ["Levan Kipiani"]),
 ("Zaur Bağırov", "PER", "başçı", "Qazax Rayon İcra Hakimiyyəti", ["Zaur Bağırov"]),
 ("Baxtiyor Nurmatov", "PER", "səfir", "Özbəkistan", ["Baxtiyor Nurmatov"]),
 ("Emin Şirəliyev", "PER", "xüsusi nümayəndə", "Azərbaycan", ["Emin Şirəliyev"]),
 ("Aleksandr Jukovski", "PER", "səfir", "Belarus", ["Aleksandr Jukovskinin"]),
 ("Sərdar Əlixanlı", "PER", "başçı", "Gəncə Şəhər İcra Hakimiyyəti", ["Sərdar Əlixanlı"]),
 ("Səbinə Mirzəli", "PER", None, None, ["Səbinə MİRZƏLİ"]),
 ("Masallı Rayon İcra Hakimiyyəti", "ORG", None, None, ["Masallı Rayon İcra Hakimiyyətinin"]),
 ("Qazax Rayon İcra Hakimiyyəti", "ORG", None, None, ["Qazax Rayon İcra Hakimiyyətinin"]),
 ("Gəncə Şəhər İcra Hakimiyyəti", "ORG", None, None, ["Gəncə Şəhər İcra Hakimiyyətinin"]),
 ("Meysari", "ORG", None, None, ["Meysari"]),
 ("Xalq qəzeti", "ORG", None, None, ["Xalq qəzeti"]),
 ("Pakistan", "LOC", None, None, ["Pakistanın"]),
 ("Şəmkir", "LOC", None, None, ["Şəmkirə"]),
 ("Şəmkir su anbarı", "LOC", None, None, ["Şəmkir su anbarı"]),
 ("Masallı", "LOC", None, None, ["Masallıda"]),
 ("Gilan", "LOC", None, None, ["Gilan"]),
 ("İtaliya", "LOC", None, None, ["İtaliyanın"]),
 ("Şamaxı", "LOC", None, None, ["Şamaxıya"]),
 ("Qazax", "LOC", None, None, ["Qazax"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstanın"]),
 ("Kvemo Kartli", "LOC", None, None, ["Kvemo Kartli"]),
 ("Marneuli", "LOC", None, None, ["Marneuli"]),
 ("Füzuli", "LOC", None, None, ["Füzulidə"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağ"]),
 ("Gəncə", "LOC", None, None, ["Gəncədə"]),
 ("Belarus", "LOC", None, None, ["Belarusun"]),
 ("Debrecen", "LOC", None, None, ["Debrecendən"]),
 ("Şəki", "LOC", None, None, ["Şəkiyə"]),
], [
 E("VISIT", ["Bilal Xurşid"], "Şəmkir", "2027-11-08", "happened", "Bazar ertəsi Pakistanın",
   ["regional əməkdaşlıq"], date_text="Bazar ertəsi"),
 E("MEET", ["Bilal Xurşid", "Yaqub Nəsirli"], "Şəmkir", "2027-11-08", "happened", "Rayon icra hakimiyyətinin başçısı Yaqub",
   ["balıqçılıq"], date_text="Bazar ertəsi"),
 E("VISIT", ["Rza Heydəri"], "Masallı", "2027-11-09", "happened", "Çərşənbə axşamı Masallıda",
   ["regional əməkdaşlıq"], date_text="Çərşənbə axşamı"),
 E("MEET", ["Elşən Qəniyev", "Rza Heydəri"], "Masallı", "2027-11-09", "happened", "Qonaqları Masallı Rayon",
   ["kənd təsərrüfatı", "ticarət"], host="Elşən Qəniyev", date_text="Çərşənbə axşamı"),
 E("VISIT", ["Françesko Lombardi"], "Şamaxı", "2027-11-10", "happened", "Çərşənbə günü İtaliyanın",
   ["şərabçılıq"], date_text="Çərşənbə günü"),
 E("VISIT", ["Françesko Lombardi"], "Meysari", "2027-11-10", "happened", "Çərşənbə günü İtaliyanın",
   ["şərabçılıq"], place="Meysari", date_text="Çərşənbə günü"),
 E("VISIT", ["Levan Kipiani"], "Qazax", "2027-11-11", "happened", "Cümə axşamı Qazax rayonu",
   ["nəqliyyat"], date_text="Cümə axşamı"),
 E("MEET", ["Zaur Bağırov", "Levan Kipiani"], "Qazax", "2027-11-11", "happened", "Heyətə regionda hökumətin",
   ["nəqliyyat"], date_text="Cümə axşamı"),
 E("ATTEND", ["Baxtiyor Nurmatov", "Emin Şirəliyev"], "Füzuli", "2027-11-12", "happened", "Mərasimdə Özbəkistanın",
   ["təhsil", "Qarabağın bərpası"], date_text="Cümə günü", event_name="məktəbin təməlqoyma mərasimi"),
 E("MEET", ["Aleksandr Jukovski", "Sərdar Əlixanlı"], "Gəncə", "2027-11-16", "planned", "Gələn çərşənbə axşamı Gəncədə",
   ["regional əməkdaşlıq"], date_text="Gələn çərşənbə axşamı"),
])

A("678_agamirov_rize_cay_report.txt", "report.az", """date 2027-02-12
Lənkəranla Rize arasında çay üzrə qardaşlıq memorandumu imzalanıb

Lənkəran Rayon İcra Hakimiyyətinin başçısı Tofiq Ağamirovun rəhbərlik etdiyi heyət fevralın 9-dan Türkiyənin Rize vilayətində işgüzar səfərdədir.

Report-un Türkiyə bürosunun yaydığı məlumata görə, Rizeyə gələn azərbaycanlı qonaqları səfərin ilk günü Rize valisi Kemal Aktepe vilayət binasında qəbul edib. Vali Qara dəniz sahilindəki çayçılığın yüz illik təcrübəsindən bəhs edərək Lənkəran–Astara bölgəsində yeni plantasiyaların salınmasına kömək etməyə hazır olduqlarını söyləyib.

Bir gün sonra Lənkəran ilə Rize arasında qardaşlaşma və çayçılıq sahəsində əməkdaşlıq haqqında memorandum imzalanıb. Sənədə Ağamirov və Rize Bələdiyyəsinin sədri Hasan Karaali imza atıblar.

Dünən nümayəndə heyəti ÇAYKUR-un Rizedəki ən böyük emal fabrikinə baş çəkib. Lənkəranlı mütəxəssislər burada yaşıl çay xəttinin avadanlığı ilə yaxından tanış olublar.

Heyət bu gün Trabzona keçəcək; orada vilayətin rəhbərliyi ilə görüş də proqramdadır.

Qarşı tərəfin cavab səfəri isə may ayına planlaşdırılır: Karaalinin başçılıq edəcəyi Rize heyətinin mayda Lənkərana gələcəyi bildirilir.
""", [
 ("Tofiq Ağamirov", "PER", "başçı", "Lənkəran Rayon İcra Hakimiyyəti", ["Tofiq Ağamirovun", "Ağamirov"]),
 ("Kemal Aktepe", "PER", "vali", "Türkiyə", ["Kemal Aktepe"]),
 ("Hasan Karaali", "PER", "sədr", "Rize Bələdiyyəsi", ["Hasan Karaali", "Karaalinin"]),
 ("Lənkəran Rayon İcra Hakimiyyəti", "ORG", None, None, ["Lənkəran Rayon İcra Hakimiyyətinin"]),
 ("Rize Bələdiyyəsi", "ORG", None, None, ["Rize Bələdiyyəsinin"]),
 ("ÇAYKUR", "ORG", None, None, ["ÇAYKUR-un"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Lənkəran", "LOC", None, None, ["Lənkəranla", "Lənkəran", "Lənkərana"]),
 ("Rize", "LOC", None, None, ["Rize", "Rizeyə", "Rizedəki"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin", "Türkiyə"]),
 ("Qara dəniz", "LOC", None, None, ["Qara dəniz"]),
 ("Astara", "LOC", None, None, ["Astara"]),
 ("Trabzon", "LOC", None, None, ["Trabzona"]),
], [
 E("VISIT", ["Tofiq Ağamirov"], "Rize", "2027-02-09", "happened", "fevralın 9-dan Türkiyənin Rize",
   ["çayçılıq", "qardaşlaşmış şəhərlər"], date_text="fevralın 9-dan"),
 E("MEET", ["Kemal Aktepe", "Tofiq Ağamirov"], "Rize", "2027-02-09", "happened", "Rizeyə gələn azərbaycanlı qonaqları",
   ["çayçılıq"], host="Kemal Aktepe", date_text="səfərin ilk günü"),
 E("SIGN", ["Tofiq Ağamirov", "Hasan Karaali"], "Rize", "2027-02-10", "happened", "Bir gün sonra Lənkəran ilə Rize",
   ["qardaşlaşmış şəhərlər", "çayçılıq"], date_text="Bir gün sonra"),
 E("VISIT", ["Tofiq Ağamirov"], "ÇAYKUR", "2027-02-11", "happened", "Dünən nümayəndə heyəti ÇAYKUR",
   ["çayçılıq"], place="ÇAYKUR", date_text="Dünən"),
 E("VISIT", ["Tofiq Ağamirov"], "Trabzon", "2027-02-12", "planned", "Heyət bu gün Trabzona",
   ["regional əməkdaşlıq"], date_text="bu gün"),
 E("VISIT", ["Hasan Karaali"], "Lənkəran", "2027-05", "planned", "Qarşı tərəfin cavab səfəri",
   ["qardaşlaşmış şəhərlər"], date_text="mayda"),
])

A("679_kovac_quba_meyve_zavodu_azertac.txt", "AZERTAC", """date 2027-04-27
Qubada Macarıstanın kreditilə tikilən meyvə emalı zavodu işə düşüb

Quba, 27 aprel, AZERTAC. Quba rayonunun Alpan kəndində Macarıstan İxrac-İdxal Bankının güzəştli krediti hesabına inşa edilən meyvə emalı zavodu bu gün fəaliyyətə başlayıb.

Zavodun açılışına həsr olunan mərasimdə Macarıstanın Azərbaycandakı səfiri Laslo Kovaç, Quba Rayon İcra Hakimiyyətinin başçısı Rəhman Əsədli və kənd təsərrüfatı nazirinin müavini Səbinə Tağıyeva iştirak ediblər.

Mərasimdə söz alan səfir bildirib ki, müəssisə ildə 40 min ton alma və armud emal edəcək, konsentratın bir hissəsi Mərkəzi Avropa bazarlarına göndəriləcək.

Qeyd edək ki, Kovaç dünən Qubaya gəlib və elə həmin gün rayon rəhbəri tərəfindən qəbul edilib.

Səfərin ikinci günü səfir Qırmızı Qəsəbəyə də baş çəkib, burada Dağ Yəhudiləri Muzeyinin ekspozisiyası ilə maraqlanıb.

Diplomatın Qusar rayonuna səfəri də planlaşdırılırdı, ancaq o, payıza saxlanılıb.
""", [
 ("Laslo Kovaç", "PER", "səfir", "Macarıstan", ["Laslo Kovaç", "Kovaç"]),
 ("Rəhman Əsədli", "PER", "başçı", "Quba Rayon İcra Hakimiyyəti", ["Rəhman Əsədli"]),
 ("Səbinə Tağıyeva", "PER", "kənd təsərrüfatı nazirinin müavini", "Azərbaycan", ["Səbinə Tağıyeva"]),
 ("Macarıstan İxrac-İdxal Bankı", "ORG", None, None, ["Macarıstan İxrac-İdxal Bankının"]),
 ("Quba Rayon İcra Hakimiyyəti", "ORG", None, None, ["Quba Rayon İcra Hakimiyyətinin"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Quba", "LOC", None, None, ["Qubada", "Quba", "Qubaya"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstanın"]),
 ("Alpan", "LOC", None, None, ["Alpan"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı"]),
 ("Mərkəzi Avropa", "LOC", None, None, ["Mərkəzi Avropa"]),
 ("Qırmızı Qəsəbə", "LOC", None, None, ["Qırmızı Qəsəbəyə"]),
 ("Dağ Yəhudiləri Muzeyi", "LOC", None, None, ["Dağ Yəhudiləri Muzeyinin"]),
 ("Qusar", "LOC", None, None, ["Qusar"]),
], [
 E("ATTEND", ["Laslo Kovaç", "Rəhman Əsədli", "Səbinə Tağıyeva"], "Alpan", "2027-04-27", "happened",
   "Zavodun açılışına həsr olunan", ["kənd təsərrüfatı", "sənaye", "ixrac"], date_text="bu gün",
   event_name="meyvə emalı zavodunun açılış mərasimi"),
 E("VISIT", ["Laslo Kovaç"], "Quba", "2027-04-26", "happened", "Qeyd edək ki, Kovaç",
   ["regional əməkdaşlıq"], date_text="dünən"),
 E("MEET", ["Rəhman Əsədli", "Laslo Kovaç"], "Quba", "2027-04-26", "happened", "Qeyd edək ki, Kovaç",
   ["regional əməkdaşlıq"], host="Rəhman Əsədli", date_text="həmin gün"),
 E("VISIT", ["Laslo Kovaç"], "Qırmızı Qəsəbə", "2027-04-27", "happened", "Səfərin ikinci günü səfir",
   ["mədəni irs"], date_text="Səfərin ikinci günü"),
 E("VISIT", ["Laslo Kovaç"], "Dağ Yəhudiləri Muzeyi", "2027-04-27", "happened", "Səfərin ikinci günü səfir",
   ["mədəni irs"], place="Dağ Yəhudiləri Muzeyi", date_text="Səfərin ikinci günü"),
 E("VISIT", ["Laslo Kovaç"], "Qusar", None, "negated", "Diplomatın Qusar rayonuna",
   ["regional əməkdaşlıq"]),
 E("VISIT", ["Laslo Kovaç"], "Qusar", None, "planned", "Diplomatın Qusar rayonuna",
   ["regional əməkdaşlıq"], date_text="payıza"),
])

A("680_susa_bursa_lombardi_apa.txt", "APA", """date 2027-05-06
Şuşada xarici qonaqlar: Bursa heyəti və İtaliya səfiri xüsusi nümayəndə ilə görüşüb

Dünən axşam Şuşaya gələn Bursa nümayəndə heyəti bu gün Prezidentin Şuşa rayonunda xüsusi nümayəndəsi Elnur Bağırzadə tərəfindən qəbul olunub. Heyətin başında Bursa Böyükşəhər Bələdiyyəsinin sədri Yusuf Ekinci dayanır.

APA-nın Qarabağ bürosu xəbər verir ki, görüşdə iki tarixi şəhər arasında qardaşlaşma münasibətlərinin qurulması təklifi səsləndirilib. Ekinci Bursanın Şuşada xalçaçılıq emalatxanası açmağa hazır olduğunu deyib. Tərəflər qardaşlaşma protokolunun noyabrda Bursada imzalanmasını razılaşdırıblar.

Həmin gün Bağırzadə Şuşada səfərdə olan İtaliyanın ölkəmizdəki səfiri Françesko Lombardi ilə də görüşüb. Söhbət zamanı italyan bərpaçıların Şuşadakı Aşağı Gövhər ağa məscidi üzərində apardığı işlərin yekunları nəzərdən keçirilib.

Səfirin sabah Cıdır düzündə keçiriləcək "Xarıbülbül" festivalının açılışında iştirakı nəzərdə tutulur.

Bursa heyətinin Laçına getməsi də gündəlikdə idi, lakin bu plan hələlik təxirə salınıb.
""", [
 ("Elnur Bağırzadə", "PER", "xüsusi nümayəndə", None, ["Elnur Bağırzadə", "Bağırzadə"]),
 ("Yusuf Ekinci", "PER", "sədr", "Bursa Böyükşəhər Bələdiyyəsi", ["Yusuf Ekinci", "Ekinci"]),
 ("Françesko Lombardi", "PER", "səfir", "İtaliya", ["Françesko Lombardi"]),
 ("Bursa Böyükşəhər Bələdiyyəsi", "ORG", None, None, ["Bursa Böyükşəhər Bələdiyyəsinin"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Şuşa", "LOC", None, None, ["Şuşada", "Şuşaya", "Şuşa", "Şuşadakı"]),
 ("Bursa", "LOC", None, None, ["Bursa", "Bursanın", "Bursada"]),
 ("İtaliya", "LOC", None, None, ["İtaliya", "İtaliyanın"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağ"]),
 ("Aşağı Gövhər ağa məscidi", "LOC", None, None, ["Aşağı Gövhər ağa məscidi"]),
 ("Cıdır düzü", "LOC", None, None, ["Cıdır düzündə"]),
 ("Laçın", "LOC", None, None, ["Laçına"]),
], [
 E("VISIT", ["Yusuf Ekinci"], "Şuşa", "2027-05-05", "happened", "Dünən axşam Şuşaya gələn",
   ["qardaşlaşmış şəhərlər"], date_text="Dünən"),
 E("MEET", ["Elnur Bağırzadə", "Yusuf Ekinci"], "Şuşa", "2027-05-06", "happened", "Dünən axşam Şuşaya gələn",
   ["qardaşlaşmış şəhərlər", "xalçaçılıq"], host="Elnur Bağırzadə", date_text="bu gün"),
 E("SIGN", ["Elnur Bağırzadə", "Yusuf Ekinci"], "Bursa", "2027-11", "planned", "Tərəflər qardaşlaşma protokolunun",
   ["qardaşlaşmış şəhərlər"], date_text="noyabrda"),
 E("VISIT", ["Françesko Lombardi"], "Şuşa", "2027-05-06", "happened", "Həmin gün Bağırzadə Şuşada",
   ["bərpa işləri"], date_text="Həmin gün"),
 E("MEET", ["Elnur Bağırzadə", "Françesko Lombardi"], "Şuşa", "2027-05-06", "happened", "Həmin gün Bağırzadə Şuşada",
   ["bərpa işləri", "mədəni irs"], date_text="Həmin gün"),
 E("ATTEND", ["Françesko Lombardi"], "Cıdır düzü", "2027-05-07", "planned", "Səfirin sabah Cıdır",
   ["mədəniyyət"], date_text="sabah", event_name='"Xarıbülbül" festivalının açılışı'),
 E("VISIT", ["Yusuf Ekinci"], "Laçın", None, "negated", "Bursa heyətinin Laçına",
   ["regional əməkdaşlıq"]),
])

A("681_agbend_kelale_korpusu_trend.txt", "trend.az", """date 2027-08-19
Araz üzərindəki Ağbənd–Kəlalə körpüsündə iki ölkənin rəsmiləri görüşüb

Azərbaycan Respublikası Prezidentinin Cəbrayıl, Qubadlı və Zəngilan rayonlarında xüsusi nümayəndəsi Vaqif Sadıxlı ilə İranın Şərqi Azərbaycan ostanının valisi Həmid Rəhimpur dünən Araz çayı üzərində inşası yekunlaşmaqda olan Ağbənd–Kəlalə avtomobil körpüsündə görüşüblər.

Trend-in bölgə müxbiri bildirir ki, rəsmilər əvvəlcə körpünün ortasında, iki dövlətin sərhəd xəttində əl sıxışıb, daha sonra Azərbaycan sahilindəki Ağbənd qəsəbəsində danışıqları davam etdiriblər. Onların sözlərinə görə, körpü və ona bitişik gömrük-keçid məntəqəsi bu ilin dekabrında istifadəyə veriləcək; açılışa iki ölkənin nəqliyyat nazirlərinin qatılacağı gözlənilir.

Dünən axşam Zəngilana gələn iranlı vali Zəngilan Beynəlxalq Hava Limanının yeni yük terminalını gəzib. Bu gün isə qonaq Ağalı kəndində "ağıllı kənd" layihəsinin ikinci mərhələsinə baş çəkib.

Xatırladaq ki, görüş Sadıxlı ilə Rəhimpur arasında iyulun 30-da olmuş telefon danışığı zamanı razılaşdırılmışdı. Sadıxlının sentyabrda Təbrizə səfər edəcəyi də açıqlanıb.
""", [
 ("Vaqif Sadıxlı", "PER", "xüsusi nümayəndə", "Azərbaycan", ["Vaqif Sadıxlı", "Sadıxlı", "Sadıxlının"]),
 ("Həmid Rəhimpur", "PER", "vali", "İran", ["Həmid Rəhimpur", "Rəhimpur"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Araz çayı", "LOC", None, None, ["Araz", "Araz çayı"]),
 ("Ağbənd–Kəlalə avtomobil körpüsü", "LOC", None, None, ["Ağbənd–Kəlalə körpüsündə", "Ağbənd–Kəlalə avtomobil körpüsündə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan Respublikası", "Azərbaycan"]),
 ("Cəbrayıl", "LOC", None, None, ["Cəbrayıl"]),
 ("Qubadlı", "LOC", None, None, ["Qubadlı"]),
 ("Zəngilan", "LOC", None, None, ["Zəngilan", "Zəngilana"]),
 ("İran", "LOC", None, None, ["İranın"]),
 ("Şərqi Azərbaycan", "LOC", None, None, ["Şərqi Azərbaycan"]),
 ("Ağbənd", "LOC", None, None, ["Ağbənd"]),
 ("Zəngilan Beynəlxalq Hava Limanı", "LOC", None, None, ["Zəngilan Beynəlxalq Hava Limanının"]),
 ("Ağalı", "LOC", None, None, ["Ağalı"]),
 ("Təbriz", "LOC", None, None, ["Təbrizə"]),
], [
 E("MEET", ["Vaqif Sadıxlı", "Həmid Rəhimpur"], "Ağbənd–Kəlalə avtomobil körpüsü", "2027-08-18", "happened",
   "Azərbaycan Respublikası Prezidentinin Cəbrayıl", ["nəqliyyat", "sərhəd keçidi"], date_text="dünən"),
 E("VISIT", ["Həmid Rəhimpur"], "Zəngilan", "2027-08-18", "happened", "Dünən axşam Zəngilana gələn",
   ["nəqliyyat"], date_text="Dünən"),
 E("VISIT", ["Həmid Rəhimpur"], "Zəngilan Beynəlxalq Hava Limanı", "2027-08-18", "happened",
   "Dünən axşam Zəngilana gələn", ["nəqliyyat"], place="Zəngilan Beynəlxalq Hava Limanı", date_text="Dünən"),
 E("VISIT", ["Həmid Rəhimpur"], "Ağalı", "2027-08-19", "happened", "Bu gün isə qonaq Ağalı",
   ["ağıllı kənd"], date_text="Bu gün"),
 E("CALL", ["Vaqif Sadıxlı", "Həmid Rəhimpur"], None, "2027-07-30", "happened", "Xatırladaq ki, görüş",
   ["sərhəd keçidi"], date_text="iyulun 30-da"),
 E("VISIT", ["Vaqif Sadıxlı"], "Təbriz", "2027-09", "planned", "Sadıxlının sentyabrda Təbrizə",
   ["regional əməkdaşlıq"], date_text="sentyabrda"),
])

A("682_kars_valisi_naxcivanda_respublika.txt", None, """date 2027-06
Kars valisi Naxçıvanda: qardaş diyarlar arasında yeni körpülər

Türkiyənin Kars valisi Murat Kocabaş iyunun 3-də Naxçıvan Muxtar Respublikasına rəsmi səfərə gəlib. Həmin gün qonaq Naxçıvan Muxtar Respublikası Ali Məclisinin Sedri Kamal Məmmədquliyev tərəfindən Ali Məclisin binasında qəbul olunub.

Görüşdə Sədr Kars ilə Naxçıvanı birləşdirəcək dəmir yolunun iki bölgənin iqtisadiyyatına verəcəyi töhfədən danışıb, türk qonaq isə Karsda Naxçıvan məhsulları üçün daimi sərgi salonunun açılacağını bildirib. Tərəflər gənclər mübadiləsi və turizm sahəsində əmək-
daşlığın genişlənməsini də muzakirə ediblər.

İyunun 4-də Naxçıvan Dövlət Universitetində bu ali məktəblə Kafkas Universiteti arasında akademik əməkdaşlıq memorandumu imzalanıb. Mərasimdə vali də iştirak edib.

Səfərin son günü qonaq Möminə Xatın türbəsini ehtiramla ziya-
rət edib, muxtar respublikanın paytaxtında tarixi məhəllələri gəzib.

Məmmədquliyevin payızda Karsa cavab səfəri gözlənilir.

Nurlan ƏHMƏDLİ,
«Respublika»
""", [
 ("Murat Kocabaş", "PER", "vali", "Türkiyə", ["Murat Kocabaş"]),
 ("Kamal Məmmədquliyev", "PER", "sədr", "Naxçıvan Muxtar Respublikası Ali Məclisi", ["Kamal Məmmədquliyev", "Məmmədquliyevin"]),
 ("Nurlan Əhmədli", "PER", None, None, ["Nurlan ƏHMƏDLİ"]),
 ("Naxçıvan Muxtar Respublikası Ali Məclisi", "ORG", None, None, ["Naxçıvan Muxtar Respublikası Ali Məclisinin", "Ali Məclisin"]),
 ("Naxçıvan Dövlət Universiteti", "ORG", None, None, ["Naxçıvan Dövlət Universitetində"]),
 ("Kafkas Universiteti", "ORG", None, None, ["Kafkas Universiteti"]),
 ("Respublika", "ORG", None, None, ["Respublika"]),
 ("Kars", "LOC", None, None, ["Kars", "Karsda", "Karsa"]),
 ("Naxçıvan Muxtar Respublikası", "LOC", None, None, ["Naxçıvanda", "Naxçıvan Muxtar Respublikasına", "Naxçıvanı", "Naxçıvan"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin"]),
 ("Möminə Xatın türbəsi", "LOC", None, None, ["Möminə Xatın türbəsini"]),
], [
 E("VISIT", ["Murat Kocabaş"], "Naxçıvan Muxtar Respublikası", "2027-06-03", "happened", "Türkiyənin Kars valisi",
   ["regional əməkdaşlıq"], date_text="iyunun 3-də"),
 E("MEET", ["Kamal Məmmədquliyev", "Murat Kocabaş"], "Naxçıvan Muxtar Respublikası Ali Məclisi", "2027-06-03",
   "happened", "Həmin gün qonaq Naxçıvan", ["nəqliyyat", "ticarət", "turizm"], host="Kamal Məmmədquliyev",
   date_text="Həmin gün"),
 E("SIGN", ["Naxçıvan Dövlət Universiteti", "Kafkas Universiteti"], "Naxçıvan Dövlət Universiteti", "2027-06-04",
   "happened", "İyunun 4-də Naxçıvan", ["təhsil"], date_text="İyunun 4-də"),
 E("ATTEND", ["Murat Kocabaş"], "Naxçıvan Dövlət Universiteti", "2027-06-04", "happened", "Mərasimdə vali də",
   ["təhsil"], date_text="İyunun 4-də", event_name="memorandumun imza mərasimi"),
 E("VISIT", ["Murat Kocabaş"], "Möminə Xatın türbəsi", "2027-06", "happened", "Səfərin son günü qonaq",
   ["mədəni irs"], place="Möminə Xatın türbəsi", date_text="Səfərin son günü"),
 E("VISIT", ["Kamal Məmmədquliyev"], "Kars", None, "planned", "Məmmədquliyevin payızda Karsa",
   ["regional əməkdaşlıq"], date_text="payızda"),
])

A("683_acariya_qebele_tufandag_qafqazinfo.txt", "qafqazinfo.az", """date 2027-03-29
Acarıstan hökumətinin sədri Qəbələdə: Batumi ilə dağ kurortları arasında körpü

Şənbə günü Qəbələyə gələn Acarıstan Muxtar Respublikası Hökumətinin sədri Tornike Abaşidze başda olmaqla gürcü nümayəndə heyətinin səfəri davam edir.

Qafqazinfo-nun bölgə müxbirinin verdiyi xəbərə görə, bazar günü Qəbələ Rayon İcra Hakimiyyətinin başçısı Samir Novruzlu qonaqları qəbul edərək rayonun turizm potensialı barədə ətraflı məlumat verib. Abaşidze Batumi ilə Qəbələ arasında birbaşa çarter reyslərinin açılmasının hər iki bölgəyə fayda gətirəcəyini vurğulayıb.

Görüşdən sonra burada Acarıstan Turizm və Kurortlar Departamenti ilə Azərbaycan Turizm Bürosu arasında əməkdaşlıq memorandumu imzalanıb.

Bu gün qonaqlar Tufandağ Dağ İstirahət Mərkəzində olublar, kanat yollarının qış mövsümündəki yükü ilə maraqlanıblar. Abaşidzenin sabah Şəkiyə keçməsi gözlənilir.

Heyətin tərkibində Acarıstanın səhiyyə naziri Nino Çxeidzenin də olacağı açıqlanmışdı, amma nazir son anda səfərə qoşulmayıb.
""", [
 ("Tornike Abaşidze", "PER", "sədr", "Acarıstan Muxtar Respublikası Hökuməti", ["Tornike Abaşidze", "Abaşidze", "Abaşidzenin"]),
 ("Samir Novruzlu", "PER", "başçı", "Qəbələ Rayon İcra Hakimiyyəti", ["Samir Novruzlu"]),
 ("Nino Çxeidze", "PER", "səhiyyə naziri", "Acarıstan Muxtar Respublikası Hökuməti", ["Nino Çxeidzenin"]),
 ("Acarıstan Muxtar Respublikası Hökuməti", "ORG", None, None, ["Acarıstan Muxtar Respublikası Hökumətinin"]),
 ("Qəbələ Rayon İcra Hakimiyyəti", "ORG", None, None, ["Qəbələ Rayon İcra Hakimiyyətinin"]),
 ("Acarıstan Turizm və Kurortlar Departamenti", "ORG", None, None, ["Acarıstan Turizm və Kurortlar Departamenti"]),
 ("Azərbaycan Turizm Bürosu", "ORG", None, None, ["Azərbaycan Turizm Bürosu"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo-nun"]),
 ("Acarıstan", "LOC", None, None, ["Acarıstan", "Acarıstanın"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələdə", "Qəbələyə", "Qəbələ"]),
 ("Batumi", "LOC", None, None, ["Batumi"]),
 ("Tufandağ Dağ İstirahət Mərkəzi", "LOC", None, None, ["Tufandağ Dağ İstirahət Mərkəzində"]),
 ("Şəki", "LOC", None, None, ["Şəkiyə"]),
], [
 E("VISIT", ["Tornike Abaşidze"], "Qəbələ", "2027-03-27", "happened", "Şənbə günü Qəbələyə gələn",
   ["turizm"], date_text="Şənbə günü"),
 E("MEET", ["Samir Novruzlu", "Tornike Abaşidze"], "Qəbələ", "2027-03-28", "happened", "bazar günü Qəbələ Rayon",
   ["turizm", "aviareyslər"], host="Samir Novruzlu", date_text="bazar günü"),
 E("SIGN", ["Acarıstan Turizm və Kurortlar Departamenti", "Azərbaycan Turizm Bürosu"], "Qəbələ", "2027-03-28",
   "happened", "Görüşdən sonra burada", ["turizm"], date_text="Görüşdən sonra"),
 E("VISIT", ["Tornike Abaşidze"], "Tufandağ Dağ İstirahət Mərkəzi", "2027-03-29", "happened", "Bu gün qonaqlar Tufandağ",
   ["turizm"], place="Tufandağ Dağ İstirahət Mərkəzi", date_text="Bu gün"),
 E("VISIT", ["Tornike Abaşidze"], "Şəki", "2027-03-30", "planned", "Abaşidzenin sabah Şəkiyə",
   ["turizm"], date_text="sabah"),
 E("VISIT", ["Nino Çxeidze"], "Qəbələ", None, "negated", "Heyətin tərkibində Acarıstanın",
   ["səhiyyə"]),
])
