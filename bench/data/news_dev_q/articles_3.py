A("444_humbetli_er_riyad_investisiya_forumu_report.txt", "report.az", """date 2029-05-08
Zaur Hümbətli Ər-Riyadda investisiya forumunda çıxış edib

Bazar günü Səudiyyə Ərəbistanına yollanan iqtisadiyyat naziri Zaur Hümbətli dünən Ər-Riyadda bu ölkənin investisiya naziri Fəhd əl-Ğamdi ilə görüşüb.

Report-a nazirlikdən bildirilib ki, söhbət zamanı investisiyaların qorunmasına dair ikitərəfli sazişin ötən payız qüvvəyə minməsindən sonra açılan imkanlar, Səudiyyə fondlarının Azərbaycanın bərpaolunan enerji və dağ-mədən layihələrinə cəlb olunması müzakirə edilib.

Görüşdən sonra nazirlər Azərbaycan–Səudiyyə Ərəbistanı investisiya forumunun açılışında çıxış ediblər. Forum çərçivəsində "AzerGold" QSC ilə Səudiyyə Ərəbistanının "Maaden" şirkəti arasında Daşkəsən filiz yatağında birgə geoloji kəşfiyyata dair niyyət protokolu imzalanıb. Forumda 60-dan çox şirkət təmsil olunub, onların nümayəndələri arasında 40-a yaxın B2B görüşü keçirilib.

Bu gün Hümbətli Ciddəyə yollanıb: orada onun İslam Ticarət Maliyyə Korporasiyasının rəhbərliyi ilə görüşü nəzərdə tutulur. Nazirin əvvəlcədən elan olunmuş Dəmmam səfəri isə Səudiyyə tərəfinin xahişi ilə noyabra saxlanılıb.
""", [
 ("Zaur Hümbətli", "PER", "iqtisadiyyat naziri", "Azərbaycan", ["Zaur Hümbətli", "Hümbətli"]),
 ("Fəhd əl-Ğamdi", "PER", "investisiya naziri", "Səudiyyə Ərəbistanı", ["Fəhd əl-Ğamdi"]),
 ("AzerGold", "ORG", None, None, ["AzerGold"]),
 ("Maaden", "ORG", None, None, ["Maaden"]),
 ("İslam Ticarət Maliyyə Korporasiyası", "ORG", None, None, ["İslam Ticarət Maliyyə Korporasiyasının"]),
 ("Report", "ORG", None, None, ["Report-a"]),
 ("Ər-Riyad", "LOC", None, None, ["Ər-Riyadda"]),
 ("Səudiyyə Ərəbistanı", "LOC", None, None, ["Səudiyyə Ərəbistanına", "Səudiyyə", "Səudiyyə Ərəbistanı", "Səudiyyə Ərəbistanının"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın", "Azərbaycan"]),
 ("Daşkəsən", "LOC", None, None, ["Daşkəsən"]),
 ("Ciddə", "LOC", None, None, ["Ciddəyə"]),
 ("Dəmmam", "LOC", None, None, ["Dəmmam"]),
], [
 E("VISIT", ["Zaur Hümbətli"], "Səudiyyə Ərəbistanı", "2029-05-06", "happened", "Bazar günü Səudiyyə Ərəbistanına",
   ["investisiya"], date_text="Bazar günü"),
 E("MEET", ["Zaur Hümbətli", "Fəhd əl-Ğamdi"], "Ər-Riyad", "2029-05-07", "happened", "Hümbətli dünən Ər-Riyadda",
   ["investisiya", "bərpaolunan enerji", "dağ-mədən"], date_text="dünən"),
 E("ATTEND", ["Zaur Hümbətli", "Fəhd əl-Ğamdi"], "Ər-Riyad", "2029-05-07", "happened", "Görüşdən sonra nazirlər",
   ["investisiya"], date_text="dünən", event_name="Azərbaycan–Səudiyyə Ərəbistanı investisiya forumu"),
 E("SIGN", ["AzerGold", "Maaden"], "Ər-Riyad", "2029-05-07", "happened", "Forum çərçivəsində \"AzerGold\"",
   ["dağ-mədən"], date_text="dünən"),
 E("VISIT", ["Zaur Hümbətli"], "Ciddə", "2029-05-08", "happened", "Bu gün Hümbətli Ciddəyə",
   ["ticarətin maliyyələşdirilməsi"], date_text="Bu gün"),
 E("MEET", ["Zaur Hümbətli", "İslam Ticarət Maliyyə Korporasiyası"], "Ciddə", "2029-05-08", "planned",
   "orada onun İslam Ticarət", ["ticarətin maliyyələşdirilməsi"], date_text="Bu gün"),
 E("VISIT", ["Zaur Hümbətli"], "Dəmmam", None, "negated", "Nazirin əvvəlcədən elan olunmuş",
   ["investisiya"]),
 E("VISIT", ["Zaur Hümbətli"], "Dəmmam", "2029-11", "planned", "Səudiyyə tərəfinin xahişi ilə noyabra",
   ["investisiya"], date_text="noyabra"),
])

A("445_baki_enerji_heftesi_dadasli_akbulut_azertac.txt", "AZERTAC", """date 2029-06-05
Bakı Enerji Həftəsi: Kənan Dadaşlı türkiyəli və gürcüstanlı həmkarları ilə görüşüb

Dünən Bakı Ekspo Mərkəzində start götürən Bakı Enerji Həftəsinin əsas tədbiri – Bakı Enerji Forumu Prezident Teymur Səlimovun nitqi ilə açılıb.

AZERTAC-ın xəbərinə görə, dövlət başçısı çıxışında Azərbaycanın təbii qaz ixracının artıq on ölkəyə çatdığını, Xəzər dənizində külək enerjisindən istifadə üzrə ilk böyük layihənin yaxın illərdə reallaşacağını bildirib. Forumun plenar sessiyasında energetika naziri Kənan Dadaşlı, Türkiyənin enerji və təbii ehtiyatlar naziri Selim Akbulut və Gürcüstanın iqtisadiyyat və davamlı inkişaf naziri Zurab Kvirikaşvili də çıxış ediblər.

Bu gün, forumun ikinci günü, Dadaşlının Akbulutla təkbətək görüşü olub, tərəflər Naxçıvanın qaz təchizatının şaxələndirilməsi məsələsini müzakirə ediblər. Daha sonra nazir Kvirikaşvili ilə bir araya gələrək Gürcüstan ərazisindən keçən elektrik ötürmə xətlərinin yenilənməsindən danışıb.

Forumun kənarında SOCAR ilə bp arasında Xəzər dənizinin Azərbaycan sektorunda yeni dayazsulu blokun kəşfiyyatına dair hasilatın pay bölgüsü sazişi imzalanıb; sənədə SOCAR adından onun prezidenti Elçin Qəhrəmanzadə, bp adından isə şirkətin regional prezidenti Eduard Kollinz imza atıblar.

Dadaşlı və Akbulutun sabah Naxçıvana birgə səfər edərək Naxçıvanı Türkiyə ilə birləşdirən qaz kəmərinin yeni kompressor stansiyasının açılışında iştirak edəcəkləri gözlənilir.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimovun"]),
 ("Kənan Dadaşlı", "PER", "energetika naziri", "Azərbaycan", ["Kənan Dadaşlı", "Dadaşlının", "Dadaşlı"]),
 ("Selim Akbulut", "PER", "enerji və təbii ehtiyatlar naziri", "Türkiyə", ["Selim Akbulut", "Akbulutla", "Akbulutun"]),
 ("Zurab Kvirikaşvili", "PER", "iqtisadiyyat və davamlı inkişaf naziri", "Gürcüstan", ["Zurab Kvirikaşvili", "Kvirikaşvili"]),
 ("Elçin Qəhrəmanzadə", "PER", "prezident", "Azərbaycan Respublikası Dövlət Neft Şirkəti", ["Elçin Qəhrəmanzadə"]),
 ("Eduard Kollinz", "PER", "regional prezident", "bp", ["Eduard Kollinz"]),
 ("Azərbaycan Respublikası Dövlət Neft Şirkəti", "ORG", None, None, ["SOCAR"]),
 ("bp", "ORG", None, None, ["bp"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-ın"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
 ("Bakı Ekspo Mərkəzi", "LOC", None, None, ["Bakı Ekspo Mərkəzində"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın", "Azərbaycan"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizində", "Xəzər dənizinin"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin", "Türkiyə"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstanın", "Gürcüstan"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvanın", "Naxçıvana", "Naxçıvanı"]),
], [
 E("ATTEND", ["Teymur Səlimov"], "Bakı Ekspo Mərkəzi", "2029-06-04", "happened", "Prezident Teymur Səlimovun nitqi",
   ["enerji", "qaz ixracı"], date_text="Dünən", event_name="Bakı Enerji Forumu"),
 E("ATTEND", ["Kənan Dadaşlı"], "Bakı Ekspo Mərkəzi", "2029-06-04", "happened", "Forumun plenar sessiyasında",
   ["enerji"], date_text="Dünən", event_name="Bakı Enerji Forumu"),
 E("ATTEND", ["Selim Akbulut"], "Bakı Ekspo Mərkəzi", "2029-06-04", "happened", "Forumun plenar sessiyasında",
   ["enerji"], date_text="Dünən", event_name="Bakı Enerji Forumu"),
 E("ATTEND", ["Zurab Kvirikaşvili"], "Bakı Ekspo Mərkəzi", "2029-06-04", "happened", "Forumun plenar sessiyasında",
   ["enerji"], date_text="Dünən", event_name="Bakı Enerji Forumu"),
 E("MEET", ["Kənan Dadaşlı", "Selim Akbulut"], "Bakı Ekspo Mərkəzi", "2029-06-05", "happened", "Dadaşlının Akbulutla təkbətək",
   ["qaz təchizatı"], date_text="Bu gün"),
 E("MEET", ["Kənan Dadaşlı", "Zurab Kvirikaşvili"], "Bakı Ekspo Mərkəzi", "2029-06-05", "happened", "Daha sonra nazir Kvirikaşvili",
   ["elektrik ötürülməsi"], date_text="Bu gün"),
 E("SIGN", ["Elçin Qəhrəmanzadə", "Eduard Kollinz"], "Bakı Ekspo Mərkəzi", "2029-06-05", "happened", "Forumun kənarında SOCAR",
   ["neft və qaz kəşfiyyatı"]),
 E("VISIT", ["Kənan Dadaşlı", "Selim Akbulut"], "Naxçıvan", "2029-06-06", "planned", "Dadaşlı və Akbulutun sabah",
   ["qaz təchizatı"], date_text="sabah"),
 E("ATTEND", ["Kənan Dadaşlı", "Selim Akbulut"], "Naxçıvan", "2029-06-06", "planned", "kompressor stansiyasının açılışında",
   ["qaz təchizatı"], date_text="sabah", event_name="kompressor stansiyasının açılışı"),
])

A("446_celebiyev_tokombayev_qirgiz_naziri_apa.txt", "APA", """date 2029-05-14
Vaqif Çələbiyev qırğızıstanlı həmkarı ilə gömrük sənədlərinin elektron mübadiləsinə dair memorandum imzalayıb

Rəqəmsal inkişaf və nəqliyyat naziri Vaqif Çələbiyev bu gün Azərbaycanda işgüzar səfərdə olan Qırğızıstan Respublikasının nəqliyyat və kommunikasiyalar naziri Nurlanbek Tokombayevi qəbul edib.

APA xəbər verir ki, görüşdə tikintisi sürətlənən Çin–Qırğızıstan–Özbəkistan dəmir yolunun istifadəyə verilməsindən sonra Orta Dəhlizə əlavə yük axınının yönələcəyi, bu axının Xəzər üzərindən səmərəli ötürülməsi üçün limanlar və dəmir yolu operatorları arasında vahid rəqəmsal platformanın yaradılmasının vacibliyi vurğulanıb. Çələbiyev Qırğızıstan yüklərinin Ələt limanı vasitəsilə Gürcüstan və Türkiyə limanlarına çatdırılmasında güzəştli tariflərin tətbiq oluna biləcəyini deyib.

Görüşdə həmçinin Qırğızıstanda logistika mərkəzlərinin tikintisində Azərbaycan şirkətlərinin iştirakı, iki paytaxt arasında həftəlik uçuşların çoxaldılması və sürücülər üçün viza rejiminin sadələşdirilməsi məsələlərinə toxunulub.

Qəbuldan sonra nazirlər gömrük və nəqliyyat sənədlərinin elektron formada mübadiləsinə dair memorandum imzalayıblar.

Qeyd edək ki, bazar günü Bakıya gələn Tokombayev sabah Ələt limanında olacaq, çərşənbə günü isə Azərbaycan Dəmir Yollarının sədri Cavid Həziyevlə görüşəcək.
""", [
 ("Vaqif Çələbiyev", "PER", "rəqəmsal inkişaf və nəqliyyat naziri", "Azərbaycan", ["Vaqif Çələbiyev", "Çələbiyev"]),
 ("Nurlanbek Tokombayev", "PER", "nəqliyyat və kommunikasiyalar naziri", "Qırğızıstan", ["Nurlanbek Tokombayevi", "Tokombayev"]),
 ("Cavid Həziyev", "PER", "sədr", "Azərbaycan Dəmir Yolları", ["Cavid Həziyevlə"]),
 ("Azərbaycan Dəmir Yolları", "ORG", None, None, ["Azərbaycan Dəmir Yollarının"]),
 ("APA", "ORG", None, None, ["APA"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanda", "Azərbaycan"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstan Respublikasının", "Qırğızıstan"]),
 ("Çin", "LOC", None, None, ["Çin"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistan"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər"]),
 ("Ələt", "LOC", None, None, ["Ələt"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
], [
 E("VISIT", ["Nurlanbek Tokombayev"], "Bakı", "2029-05-13", "happened", "Azərbaycanda işgüzar səfərdə olan",
   ["nəqliyyat"], date_text="bazar günü"),
 E("MEET", ["Vaqif Çələbiyev", "Nurlanbek Tokombayev"], None, "2029-05-14", "happened", "Vaqif Çələbiyev bu gün",
   ["Orta Dəhliz", "rəqəmsal platforma", "tariflər"], host="Vaqif Çələbiyev", date_text="bu gün"),
 E("SIGN", ["Vaqif Çələbiyev", "Nurlanbek Tokombayev"], None, "2029-05-14", "happened", "Qəbuldan sonra nazirlər",
   ["gömrük", "elektron sənəd mübadiləsi"]),
 E("VISIT", ["Nurlanbek Tokombayev"], "Ələt", "2029-05-15", "planned", "Tokombayev sabah Ələt",
   ["limanlar"], date_text="sabah"),
 E("MEET", ["Nurlanbek Tokombayev", "Cavid Həziyev"], None, "2029-05-16", "planned", "çərşənbə günü isə Azərbaycan",
   ["dəmir yolu"], date_text="çərşənbə günü"),
])

A("447_qirgiz_naziri_bakida_reqemsal_platforma_metbuat.txt", "metbuat.az", """date 2029-05-14
Qırğızıstanın nəqliyyat naziri Bakıda: Orta Dəhliz üçün vahid rəqəmsal platforma təklif olunub

Rəqəmsal inkişaf və nəqliyyat naziri Vaqif Çələbiyev bu gün Azərbaycanda işgüzar səfərdə olan Qırğızıstan Respublikasının nəqliyyat və kommunikasiyalar naziri Nurlanbek Tokombayevi qəbul edib.

Metbuat.az APA-ya istinadən xəbər verir ki, görüşdə tikintisi sürətlənən Çin–Qırğızıstan–Özbəkistan dəmir yolunun istifadəyə verilməsindən sonra Orta Dəhlizə əlavə yük axınının yönələcəyi, bu axının Xəzər üzərindən səmərəli ötürülməsi üçün limanlar və dəmir yolu operatorları arasında vahid rəqəmsal platformanın yaradılmasının vacibliyi vurğulanıb. Çələbiyev Qırğızıstan yüklərinin Ələt limanı vasitəsilə Gürcüstan və Türkiyə limanlarına çatdırılmasında güzəştli tariflərin tətbiq oluna biləcəyini deyib.

Görüşdə həmçinin Qırğızıstanda logistika mərkəzlərinin tikintisində Azərbaycan şirkətlərinin iştirakı, iki paytaxt arasında həftəlik uçuşların çoxaldılması və sürücülər üçün viza rejiminin sadələşdirilməsi məsələlərinə toxunulub.

Qəbuldan sonra nazirlər gömrük və nəqliyyat sənədlərinin elektron formada mübadiləsinə dair memorandum imzalayıblar.

Xatırladaq ki, bazar günü Bakıya gələn Tokombayev sabah Ələt limanında olacaq, çərşənbə günü isə Azərbaycan Dəmir Yollarının sədri Cavid Həziyevlə görüşəcək.
""", [
 ("Vaqif Çələbiyev", "PER", "rəqəmsal inkişaf və nəqliyyat naziri", "Azərbaycan", ["Vaqif Çələbiyev", "Çələbiyev"]),
 ("Nurlanbek Tokombayev", "PER", "nəqliyyat və kommunikasiyalar naziri", "Qırğızıstan", ["Nurlanbek Tokombayevi", "Tokombayev"]),
 ("Cavid Həziyev", "PER", "sədr", "Azərbaycan Dəmir Yolları", ["Cavid Həziyevlə"]),
 ("Azərbaycan Dəmir Yolları", "ORG", None, None, ["Azərbaycan Dəmir Yollarının"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az"]),
 ("APA", "ORG", None, None, ["APA-ya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanda", "Azərbaycan"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstanın", "Qırğızıstan Respublikasının", "Qırğızıstan"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
 ("Çin", "LOC", None, None, ["Çin"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistan"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər"]),
 ("Ələt", "LOC", None, None, ["Ələt"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə"]),
], [
 E("VISIT", ["Nurlanbek Tokombayev"], "Bakı", "2029-05-13", "happened", "Azərbaycanda işgüzar səfərdə olan",
   ["nəqliyyat"], date_text="bazar günü", same_as="446_celebiyev_tokombayev_qirgiz_naziri_apa.txt"),
 E("MEET", ["Vaqif Çələbiyev", "Nurlanbek Tokombayev"], None, "2029-05-14", "happened", "Vaqif Çələbiyev bu gün",
   ["Orta Dəhliz", "rəqəmsal platforma", "tariflər"], host="Vaqif Çələbiyev", date_text="bu gün",
   same_as="446_celebiyev_tokombayev_qirgiz_naziri_apa.txt"),
 E("SIGN", ["Vaqif Çələbiyev", "Nurlanbek Tokombayev"], None, "2029-05-14", "happened", "Qəbuldan sonra nazirlər",
   ["gömrük", "elektron sənəd mübadiləsi"], same_as="446_celebiyev_tokombayev_qirgiz_naziri_apa.txt"),
 E("VISIT", ["Nurlanbek Tokombayev"], "Ələt", "2029-05-15", "planned", "Tokombayev sabah Ələt",
   ["limanlar"], date_text="sabah", same_as="446_celebiyev_tokombayev_qirgiz_naziri_apa.txt"),
 E("MEET", ["Nurlanbek Tokombayev", "Cavid Həziyev"], None, "2029-05-16", "planned", "çərşənbə günü isə Azərbaycan",
   ["dəmir yolu"], date_text="çərşənbə günü", same_as="446_celebiyev_tokombayev_qirgiz_naziri_apa.txt"),
], duplicate_of="446_celebiyev_tokombayev_qirgiz_naziri_apa.txt")

A("448_huseynbeyli_mirehmedova_daskend_ticaret_missiyasi_trend.txt", "trend.az", """date 2029-05-16
Azərbaycanın ticarət missiyası Daşkənddə: iki müqavilə imzalanıb, növbəti dayanacaq Namanqandır

İqtisadiyyat nazirinin müavini Lalə Hüseynbəyli və AZPROMO-nun icraçı direktoru Ülviyyə Mirəhmədovanın başçılıq etdikləri, 30-dan çox yerli şirkəti birləşdirən ticarət missiyası bazar ertəsindən Özbəkistandadır.

Trend-in məlumatına görə, dünən Daşkənddə təşkil olunan B2B görüşlərindən əvvəl missiyanın rəhbərləri Özbəkistanın investisiyalar, sənaye və ticarət nazirinin müavini Bobur Nişonovla görüşüblər. Nişonov ölkəsinin Azərbaycandan tikinti materialları, meyvə şirələri və kimya məhsulları idxalını artırmağa hazır olduğunu bildirib.

B2B görüşlərinin sonunda "Azərsun Holdinq" ilə özbək "Artel" şirkəti məişət texnikasının distribusiyasına dair müqavilə, Azərbaycan Sənaye Korporasiyası ilə "Uzavtosanoat" isə Gəncə Avtomobil Zavodunda yük avtomobillərinin yığılmasına dair memorandum imzalayıblar.

Bu gün missiya Fərqanə vadisinə yollanıb: Namanqanda Hüseynbəylinin və Mirəhmədovanın vilayətin hakimi Abror Mamatqulovla görüşü gözlənilir. Missiyanın cümə günü Səmərqəndə də getməsi planlaşdırılırdı, lakin özbək tərəfi ilə razılaşma əsasında proqram qısaldılıb.
""", [
 ("Lalə Hüseynbəyli", "PER", "iqtisadiyyat nazirinin müavini", "Azərbaycan", ["Lalə Hüseynbəyli", "Hüseynbəylinin"]),
 ("Ülviyyə Mirəhmədova", "PER", "icraçı direktor", "İxracın və İnvestisiyaların Təşviqi Agentliyi", ["Ülviyyə Mirəhmədovanın", "Mirəhmədovanın"]),
 ("Bobur Nişonov", "PER", "nazirin müavini", "Özbəkistan", ["Bobur Nişonovla", "Nişonov"]),
 ("Abror Mamatqulov", "PER", "hakim", "Özbəkistan", ["Abror Mamatqulovla"]),
 ("İxracın və İnvestisiyaların Təşviqi Agentliyi", "ORG", None, None, ["AZPROMO-nun"]),
 ("Azərsun Holdinq", "ORG", None, None, ["Azərsun Holdinq"]),
 ("Artel", "ORG", None, None, ["Artel"]),
 ("Azərbaycan Sənaye Korporasiyası", "ORG", None, None, ["Azərbaycan Sənaye Korporasiyası"]),
 ("Uzavtosanoat", "ORG", None, None, ["Uzavtosanoat"]),
 ("Gəncə Avtomobil Zavodu", "ORG", None, None, ["Gəncə Avtomobil Zavodunda"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın", "Azərbaycandan"]),
 ("Daşkənd", "LOC", None, None, ["Daşkənddə"]),
 ("Namanqan", "LOC", None, None, ["Namanqandır", "Namanqanda"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistandadır", "Özbəkistanın"]),
 ("Fərqanə vadisi", "LOC", None, None, ["Fərqanə vadisinə"]),
 ("Səmərqənd", "LOC", None, None, ["Səmərqəndə"]),
], [
 E("VISIT", ["Lalə Hüseynbəyli", "Ülviyyə Mirəhmədova"], "Özbəkistan", "2029-05-14", "happened",
   "bazar ertəsindən Özbəkistandadır", ["ixrac", "ticarət missiyası"], date_text="bazar ertəsindən"),
 E("MEET", ["Lalə Hüseynbəyli", "Ülviyyə Mirəhmədova", "Bobur Nişonov"], "Daşkənd", "2029-05-15", "happened",
   "missiyanın rəhbərləri Özbəkistanın", ["ixrac", "idxal"], date_text="dünən"),
 E("SIGN", ["Azərsun Holdinq", "Artel"], "Daşkənd", "2029-05-15", "happened", "B2B görüşlərinin sonunda",
   ["məişət texnikası"], date_text="dünən"),
 E("SIGN", ["Azərbaycan Sənaye Korporasiyası", "Uzavtosanoat"], "Daşkənd", "2029-05-15", "happened",
   "Azərbaycan Sənaye Korporasiyası ilə", ["avtomobil sənayesi"], date_text="dünən"),
 E("VISIT", ["Lalə Hüseynbəyli", "Ülviyyə Mirəhmədova"], "Namanqan", "2029-05-16", "happened", "Bu gün missiya Fərqanə",
   ["ticarət missiyası"], date_text="Bu gün"),
 E("MEET", ["Lalə Hüseynbəyli", "Ülviyyə Mirəhmədova", "Abror Mamatqulov"], "Namanqan", "2029-05-16", "planned",
   "Namanqanda Hüseynbəylinin", ["regional ticarət"], date_text="Bu gün"),
 E("VISIT", ["Lalə Hüseynbəyli", "Ülviyyə Mirəhmədova"], "Səmərqənd", "2029-05-18", "negated", "Missiyanın cümə günü",
   ["ticarət missiyası"], date_text="cümə günü"),
])

A("449_azeri_light_qiymeti_qafqazinfo.txt", "qafqazinfo.az", """date 2029-05-18
"Azeri Light" neftinin qiyməti 90 dollardan yuxarı qalxıb

Qafqazinfo.az | İqtisadiyyat | 18 may 2029, 10:05

Dünya əmtəə birjalarında neftin bahalaşması davam edir. Bu gün Türkiyənin Ceyhan limanında FOB şərtləri ilə satılan "Azeri Light" markalı Azərbaycan neftinin bir barreli 91,37 dollara təklif olunub ki, bu da əvvəlki günlə müqayisədə 1,14 dollar çoxdur.

Qafqazinfo xəbər verir ki, İtaliyanın Avqusta limanında CIF şərtləri ilə satılan "Azeri Light" markalı neftin qiyməti 1,18 dollar artaraq 90,02 dollar olub. Londonun ICE birjasında iyul fyuçersləri üzrə "Brent" markalı neftin bir barreli 88,65 dollardan satılır.

Bazar iştirakçıları qiymət artımını Yaxın Şərqdəki gərginlik və Çində sənaye istehsalının gözləniləndən sürətli bərpası ilə izah edirlər. Ekspert Ramin Hacıbalalı Qafqazinfo-ya bildirib ki, yaz aylarında yanacağa tələbatın yüksəlməsi də qiymətləri dəstəkləyir, lakin yayın ortasından etibarən bazarda sabitləşmə gözlənilir.

Xatırladaq ki, cari ilin dövlət büdcəsində neftin qiyməti 65 dollar nəzərdə tutulub.

Teqlər: neft, Azeri Light, Brent

Digər xəbərlər
Manatın rəsmi məzənnəsi açıqlanıb
Qızılın qiyməti ucuzlaşıb
""", [
 ("Ramin Hacıbalalı", "PER", "ekspert", None, ["Ramin Hacıbalalı"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo.az", "Qafqazinfo", "Qafqazinfo-ya"]),
 ("ICE", "ORG", None, None, ["ICE"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin"]),
 ("Ceyhan", "LOC", None, None, ["Ceyhan"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("İtaliya", "LOC", None, None, ["İtaliyanın"]),
 ("Avqusta", "LOC", None, None, ["Avqusta"]),
 ("London", "LOC", None, None, ["Londonun"]),
 ("Yaxın Şərq", "LOC", None, None, ["Yaxın Şərqdəki"]),
 ("Çin", "LOC", None, None, ["Çində"]),
], [], topics=["neft qiymətləri", "bazar"])

A("450_qebele_keckemet_qardaslasma_respublika.txt", None, """date 2029-05
Qəbələ ilə Keçkemet qardaş şəhərlər oldu

Macarıstanın Keçkemet şəhərinin meri Katalin Varadinin başçılıq etdiyi nü-
mayəndə heyəti mayın 9-da Qəbələyə gəlib.

Ertəsi gün qonaqlar Qəbələ Rayon İcra Hakimiyyətində olublar; onları rayonun başçısı Rasim Heydərbəyli qəbul edib. Görüşdə Heydərbəyli rayonun turizm potensia-
lından, son illərdə burada istifadəyə verilmiş otellərdən və dağ-xizək kompleksinin imkanlarından danışıb. Varadi isə Keçkemetin Macarıstanda "bağlar şəhəri" kimi tanındığını, şəhərdə meyvəçilik, avtomobil sənayesi və turizmin yanaşı inkişaf etdiyini bildirib.

Görüşün sonunda Heydərbəyli ilə Varadi iki şəhər arasında qardaşlıq elaqələrinin qurulması haqqında sazişə imzalarnı qoyublar. Sənədə görə, iki şəhər məktəblərarası mübadilə proqramları, yay festivalları və meyvə emalı üzrə ortaq təşəbbüslər üzərində işləyəcək.

Macar qonaqlar Qəbələdə olduqları müddətdə Çuxur Qəbələ arxeoloji abidəsini və Nohur gölünü də ziyaret ediblər.

Heydərbəylinin avqustda Keçkemetə cavab səfəri gözlenilir.

Səbinə MURADXANLI,
«Respublika»
""", [
 ("Katalin Varadi", "PER", "mer", "Macarıstan", ["Katalin Varadinin", "Varadi"]),
 ("Rasim Heydərbəyli", "PER", "başçı", "Qəbələ Rayon İcra Hakimiyyəti", ["Rasim Heydərbəyli", "Heydərbəyli", "Heydərbəylinin"]),
 ("Səbinə Muradxanlı", "PER", None, None, ["Səbinə MURADXANLI"]),
 ("Qəbələ Rayon İcra Hakimiyyəti", "ORG", None, None, ["Qəbələ Rayon İcra Hakimiyyətində"]),
 ("Respublika", "ORG", None, None, ["Respublika"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələ", "Qəbələyə", "Qəbələdə"]),
 ("Keçkemet", "LOC", None, None, ["Keçkemet", "Keçkemetin", "Keçkemetə"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstanın", "Macarıstanda"]),
 ("Çuxur Qəbələ", "LOC", None, None, ["Çuxur Qəbələ"]),
 ("Nohur gölü", "LOC", None, None, ["Nohur gölünü"]),
], [
 E("VISIT", ["Katalin Varadi"], "Qəbələ", "2029-05-09", "happened", "mayəndə heyəti mayın 9-da",
   ["turizm"], date_text="mayın 9-da"),
 E("MEET", ["Rasim Heydərbəyli", "Katalin Varadi"], "Qəbələ Rayon İcra Hakimiyyəti", "2029-05-10", "happened",
   "onları rayonun başçısı", ["turizm", "meyvəçilik"], host="Rasim Heydərbəyli", date_text="Ertəsi gün"),
 E("SIGN", ["Rasim Heydərbəyli", "Katalin Varadi"], "Qəbələ Rayon İcra Hakimiyyəti", "2029-05-10", "happened",
   "Görüşün sonunda Heydərbəyli", ["qardaşlaşma"]),
 E("VISIT", ["Katalin Varadi"], "Çuxur Qəbələ", "2029-05", "happened", "Macar qonaqlar Qəbələdə",
   ["mədəni irs"], place="Çuxur Qəbələ"),
 E("VISIT", ["Katalin Varadi"], "Nohur gölü", "2029-05", "happened", "Macar qonaqlar Qəbələdə",
   ["turizm"], place="Nohur gölü"),
 E("VISIT", ["Rasim Heydərbəyli"], "Keçkemet", "2029-08", "planned", "Heydərbəylinin avqustda",
   ["qardaşlaşma"], date_text="avqustda"),
])
