A("277_selimov_murata_asiya_inkisaf_banki_azertac.txt", "AZERTAC", """date 2027-04-15
Teymur Səlimov Asiya İnkişaf Bankının rəhbəri Kenzo Muratanı qəbul edib

Bu gün Prezident Teymur Səlimov Asiya İnkişaf Bankının prezidenti Kenzo Muratanın başçılıq etdiyi heyəti qəbul edib.

Görüş barədə AZERTAC-a Prezidentin mətbuat xidmətindən məlumat verilib. Söhbət zamanı Bankın Azərbaycanda maliyyələşdirdiyi layihələr, xüsusilə Kür çayı boyunca daşqınlardan mühafizə infrastrukturunun yaradılması və kənd yollarının yenidən qurulması müzakirə olunub. Dövlətimizin başçısı Bankın ölkəmizə son on ildə ayırdığı vəsaitin 6 milyard dolları ötdüyünü qeyd edib. Tərəflər Bankın yaşıl enerji layihələrinin maliyyələşdirilməsinə qoşulması imkanlarını da nəzərdən keçiriblər.

Kenzo Murata Bakıya bazar ertəsi gəlib. Dünən qonağın Hökumət evində Nicat Ələsgərli ilə görüşü olub, həmin gün Bankla Azərbaycan arasında növbəti beşillik dövr üçün ölkə üzrə tərəfdaşlıq strategiyası imzalanıb. Sənədi maliyyə naziri Elçin Tağızadə və Bankın prezidenti imzalayıblar.

Qeyd olunub ki, Elçin Tağızadə mayın 4–7-də Tokioda keçiriləcək Bankın illik toplantısında Azərbaycan nümayəndə heyətinə rəhbərlik edəcək.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Kenzo Murata", "PER", "prezident", "Asiya İnkişaf Bankı", ["Kenzo Muratanı", "Kenzo Muratanın", "Kenzo Murata"]),
 ("Nicat Ələsgərli", "PER", "baş nazir", "Azərbaycan", ["Nicat Ələsgərli"]),
 ("Elçin Tağızadə", "PER", "maliyyə naziri", "Azərbaycan", ["Elçin Tağızadə"]),
 ("Asiya İnkişaf Bankı", "ORG", None, None, ["Asiya İnkişaf Bankının", "Bankın", "Bankla"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-a"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanda", "Azərbaycan"]),
 ("Kür çayı", "LOC", None, None, ["Kür çayı"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Hökumət evi", "LOC", None, None, ["Hökumət evində"]),
 ("Tokio", "LOC", None, None, ["Tokioda"]),
], [
 E("MEET", ["Teymur Səlimov", "Kenzo Murata"], None, "2027-04-15", "happened", "Bu gün Prezident Teymur",
   ["daşqınlardan mühafizə", "kənd yolları", "yaşıl enerji"], host="Teymur Səlimov", date_text="Bu gün"),
 E("VISIT", ["Kenzo Murata"], "Bakı", "2027-04-12", "happened", "Kenzo Murata Bakıya",
   ["inkişaf maliyyəsi"], date_text="bazar ertəsi"),
 E("MEET", ["Nicat Ələsgərli", "Kenzo Murata"], "Hökumət evi", "2027-04-14", "happened", "Dünən qonağın Hökumət",
   ["inkişaf maliyyəsi"], date_text="Dünən"),
 E("SIGN", ["Elçin Tağızadə", "Kenzo Murata"], None, "2027-04-14", "happened", "Dünən qonağın Hökumət",
   ["tərəfdaşlıq strategiyası"], date_text="həmin gün"),
 E("ATTEND", ["Elçin Tağızadə"], "Tokio", "2027-05-04", "planned", "Qeyd olunub ki, Elçin",
   ["inkişaf maliyyəsi"], date_text="mayın 4–7-də", event_name="Asiya İnkişaf Bankının illik toplantısı"),
])

A("278_ceferova_vilnus_meslehetlesmeler_metbuat.txt", "metbuat.az", """date 2027-04-14
Vilnüsdə Azərbaycan və Litva diplomatları siyasi məsləhətləşmələr aparıb - Metbuat.az

METBUAT.AZ
Ana səhifə | Gündəm | Ölkə | Maliyyə | Xarici | Şou-biznes
14.04.2027 / 10:05
Vilnüsdə Azərbaycan və Litva diplomatları siyasi məsləhətləşmələr aparıb

Bazar ertəsi Vilnüsdə iki ölkənin diplomatik qurumlarının dördüncü raund məsləhətləşmələri keçirilib. Azərbaycan heyətinə xarici işlər nazirinin müavini Nərmin Cəfərova, Litva heyətinə isə Litva Xarici İşlər Nazirliyinin kansleri Rokas Jankauskas başçılıq edib.

Metbuat.az-ın əldə etdiyi məlumata görə, tərəflər Baltik dənizi limanları ilə Xəzər hövzəsi arasında yük axınlarının genişləndirilməsi, Litva universitetlərində azərbaycanlı tələbələrin sayının artırılması və kibertəhlükəsizlik sahəsində təcrübə mübadiləsi barədə danışıblar. Cəfərova Litva paytaxtına bazar günü gəlib.

Səfər çərçivəsində nazir müavini Litva Seyminin Xarici əlaqələr komitəsinin sədri Vitautas Baltrunas ilə də görüşüb. Dünən isə Vilnüsdə səfərini davam etdirən diplomat Litva İqtisadiyyat və İnnovasiya Nazirliyinin rəhbərliyi ilə görüşüb.

Nərmin Cəfərovanın Litvanın xarici işlər naziri Andrius Petraitis ilə görüşməsi də gözlənilirdi, amma nazirin iş cədvəlindəki son dəqiqə dəyişikliyi üzündən bu görüş baş tutmayıb. Növbəti raundun gələn il Bakıda təşkili barədə razılıq əldə olunub.

Oxşar xəbərlər
Bakıda Avropa İttifaqı ilə gənclər forumu keçiriləcək
© METBUAT.AZ, 2027. Məlumatdan istifadə edərkən istinad vacibdir.
""", [
 ("Nərmin Cəfərova", "PER", "xarici işlər nazirinin müavini", "Azərbaycan", ["Nərmin Cəfərova", "Cəfərova", "Nərmin Cəfərovanın"]),
 ("Rokas Jankauskas", "PER", "kansler", "Litva Xarici İşlər Nazirliyi", ["Rokas Jankauskas"]),
 ("Vitautas Baltrunas", "PER", "komitə sədri", "Litva Seymi", ["Vitautas Baltrunas"]),
 ("Andrius Petraitis", "PER", "xarici işlər naziri", "Litva", ["Andrius Petraitis"]),
 ("Litva Xarici İşlər Nazirliyi", "ORG", None, None, ["Litva Xarici İşlər Nazirliyinin"]),
 ("Litva Seymi", "ORG", None, None, ["Litva Seyminin"]),
 ("Xarici əlaqələr komitəsi", "ORG", None, None, ["Xarici əlaqələr komitəsinin"]),
 ("Litva İqtisadiyyat və İnnovasiya Nazirliyi", "ORG", None, None, ["Litva İqtisadiyyat və İnnovasiya Nazirliyinin"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Avropa İttifaqı"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az", "METBUAT.AZ", "Metbuat.az-ın"]),
 ("Vilnüs", "LOC", None, None, ["Vilnüsdə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Litva", "LOC", None, None, ["Litva", "Litvanın"]),
 ("Baltik dənizi", "LOC", None, None, ["Baltik dənizi"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
], [
 E("MEET", ["Nərmin Cəfərova", "Rokas Jankauskas"], "Vilnüs", "2027-04-12", "happened", "Bazar ertəsi Vilnüsdə",
   ["yükdaşıma", "təhsil", "kibertəhlükəsizlik"], date_text="Bazar ertəsi", event_name="siyasi məsləhətləşmələrin dördüncü raundu"),
 E("VISIT", ["Nərmin Cəfərova"], "Vilnüs", "2027-04-11", "happened", "Cəfərova Litva paytaxtına",
   ["siyasi məsləhətləşmələr"], date_text="bazar günü"),
 E("MEET", ["Nərmin Cəfərova", "Vitautas Baltrunas"], "Vilnüs", None, "happened", "Səfər çərçivəsində nazir müavini",
   ["parlamentlərarası əlaqələr"]),
 E("MEET", ["Nərmin Cəfərova", "Litva İqtisadiyyat və İnnovasiya Nazirliyi"], "Vilnüs", "2027-04-13", "happened",
   "Dünən isə Vilnüsdə", ["iqtisadi əməkdaşlıq"], date_text="Dünən"),
 E("MEET", ["Nərmin Cəfərova", "Andrius Petraitis"], "Vilnüs", None, "negated", "Cəfərovanın Litvanın",
   ["ikitərəfli əlaqələr"]),
])

A("279_cin_sefirliyi_35_illik_qebul_modern.txt", None, """date 2027-04-12
Çin səfirliyində Azərbaycanla diplomatik əlaqələrin 35 illiyi qeyd olunub

Azərbaycan ilə Çin arasında diplomatik münasibətlərin qurulmasının 35 illiyi münasibətilə Çin Xalq Respublikasının Bakıdakı səfirliyi ötən həftə rəsmi qəbul təşkil edib. Modern.az xəbər verir ki, qəbulda xarici işlər naziri Ruslan Kazımlı və iqtisadiyyat naziri Zaur Hümbətli də iştirak ediblər.

Tədbiri açan səfir Van Tszyanmin son otuz beş ildə iki ölkə arasında ticarət dövriyyəsinin yüz dəfədən çox artdığını, Çin şirkətlərinin Azərbaycanda günəş panelləri və elektrik avtobusları istehsalına maraq göstərdiyini deyib. Diplomat payızda Prezident Teymur Səlimovun Çinə dövlət səfərinin gözlənildiyini bildirib. Səfər zamanı hərtərəfli strateji tərəfdaşlığa dair birgə bəyanatın imzalanması nəzərdə tutulur.

Qəbulda çıxış edən Ruslan Kazımlı Orta Dəhlizin inkişafında Çinlə əməkdaşlığın önəmini vurğulayıb. Xatırladaq ki, ötən ayın əvvəlində Kazımlı Pekində Çinin xarici işlər naziri Çjao Minlə görüşmüşdü.

Qəbuldan bir gün sonra səfir Rəqəmsal İnkişaf və Nəqliyyat Nazirliyində nazir Tərlan Musayevlə görüşərək Çin şirkətlərinin Bakıda elektrik avtobusları zavodu tikmək planlarını müzakirə edib.
""", [
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Azərbaycan", ["Ruslan Kazımlı", "Kazımlı"]),
 ("Zaur Hümbətli", "PER", "iqtisadiyyat naziri", "Azərbaycan", ["Zaur Hümbətli"]),
 ("Van Tszyanmin", "PER", "səfir", "Çin", ["Van Tszyanmin"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimovun"]),
 ("Çjao Min", "PER", "xarici işlər naziri", "Çin", ["Çjao Minlə"]),
 ("Tərlan Musayev", "PER", "rəqəmsal inkişaf və nəqliyyat naziri", "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi", ["Tərlan Musayevlə"]),
 ("Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi", "ORG", None, None, ["Rəqəmsal İnkişaf və Nəqliyyat Nazirliyində"]),
 ("Modern.az", "ORG", None, None, ["Modern.az"]),
 ("Çin", "LOC", None, None, ["Çin", "Çin Xalq Respublikasının", "Çinə", "Çinlə", "Çinin"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanla", "Azərbaycan", "Azərbaycanda"]),
 ("Bakı", "LOC", None, None, ["Bakıdakı", "Bakıda"]),
 ("Pekin", "LOC", None, None, ["Pekində"]),
], [
 E("ATTEND", ["Ruslan Kazımlı", "Zaur Hümbətli"], "Bakı", "2027-04", "happened", "Modern.az xəbər verir ki, qəbulda",
   ["diplomatik münasibətlər", "Orta Dəhliz"], date_text="ötən həftə",
   event_name="diplomatik münasibətlərin 35 illiyi münasibətilə rəsmi qəbul"),
 E("ATTEND", ["Van Tszyanmin"], "Bakı", "2027-04", "happened", "Tədbiri açan səfir",
   ["ticarət", "investisiyalar"], date_text="ötən həftə",
   event_name="diplomatik münasibətlərin 35 illiyi münasibətilə rəsmi qəbul"),
 E("VISIT", ["Teymur Səlimov"], "Çin", None, "planned", "Diplomat payızda Prezident",
   ["strateji tərəfdaşlıq"], date_text="payızda"),
 E("MEET", ["Ruslan Kazımlı", "Çjao Min"], "Pekin", "2027-03", "happened", "ötən ayın əvvəlində Kazımlı",
   ["ikitərəfli əlaqələr"], date_text="ötən ayın əvvəlində"),
 E("MEET", ["Van Tszyanmin", "Tərlan Musayev"], "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi", "2027-04", "happened",
   "Qəbuldan bir gün sonra", ["elektrik avtobusları"], date_text="Qəbuldan bir gün sonra"),
])

A("280_selimov_lakatos_tsereteli_telefon_trend.txt", "trend.az", """date 2027-04-18
Teymur Səlimov Macarıstanın Baş naziri və Gürcüstan Prezidenti ilə telefonla danışıb

Macarıstan son illərdə Azərbaycan qazının Mərkəzi Avropadakı ən iri alıcılarından birinə çevrilib, iki ölkə arasında strateji tərəfdaşlıq münasibətləri isə son onillikdə xeyli dərinləşib. Şənbə günü Prezident Teymur Səlimov ilə Macarıstanın Baş naziri Qabor Lakatoş arasında telefon danışığında da enerji mövzusu ön planda olub.

Trend Prezidentin mətbuat xidmətinə istinadən xəbər verir ki, söhbət zamanı Macarıstan hökumətinin başçısının mayın 20-də Bakıya işgüzar səfəri razılaşdırılıb. Həmin gün Bakıda Azərbaycan–Macarıstan Strateji Tərəfdaşlıq Şurasının ikinci iclasının keçirilməsi də nəzərdə tutulur. İclası Prezident və Baş nazir birgə aparacaqlar.

Həmin gün dövlətimizin başçısı Gürcüstan Prezidenti Mixeil Tsereteli ilə də telefonla danışıb. Gürcüstan Prezidenti Teymur Səlimovu ad günü münasibətilə təbrik edib, ona möhkəm cansağlığı arzulayıb. Dövlət başçıları yaxın vaxtlarda Qırmızı Körpü yaxınlığında, iki ölkənin sərhədində görüşmək barədə razılığa gəliblər.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov", "Teymur Səlimovu"]),
 ("Qabor Lakatoş", "PER", "baş nazir", "Macarıstan", ["Qabor Lakatoş"]),
 ("Mixeil Tsereteli", "PER", "Prezident", "Gürcüstan", ["Mixeil Tsereteli"]),
 ("Trend", "ORG", None, None, ["Trend"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstanın", "Macarıstan"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Mərkəzi Avropa", "LOC", None, None, ["Mərkəzi Avropadakı"]),
 ("Bakı", "LOC", None, None, ["Bakıya", "Bakıda"]),
 ("Qırmızı Körpü", "LOC", None, None, ["Qırmızı Körpü"]),
], [
 E("CALL", ["Teymur Səlimov", "Qabor Lakatoş"], None, "2027-04-17", "happened", "Şənbə günü Prezident",
   ["enerji"], date_text="Şənbə günü"),
 E("VISIT", ["Qabor Lakatoş"], "Bakı", "2027-05-20", "planned", "Trend Prezidentin mətbuat",
   ["strateji tərəfdaşlıq"], date_text="mayın 20-də"),
 E("MEET", ["Teymur Səlimov", "Qabor Lakatoş"], "Bakı", "2027-05-20", "planned", "Həmin gün Bakıda Azərbaycan–Macarıstan",
   ["strateji tərəfdaşlıq"], date_text="Həmin gün",
   event_name="Azərbaycan–Macarıstan Strateji Tərəfdaşlıq Şurasının ikinci iclası"),
 E("CALL", ["Teymur Səlimov", "Mixeil Tsereteli"], None, "2027-04-17", "happened", "Həmin gün dövlətimizin başçısı",
   ["ikitərəfli əlaqələr"], date_text="Həmin gün"),
 E("MEET", ["Teymur Səlimov", "Mixeil Tsereteli"], "Qırmızı Körpü", None, "planned", "Dövlət başçıları yaxın vaxtlarda",
   ["ikitərəfli əlaqələr"], date_text="yaxın vaxtlarda"),
])

A("281_huseynzade_jaksibekov_konteyner_azertac.txt", "AZERTAC", """date 2027-04-16
Azərbaycan və Qazaxıstan Xəzər üzərindən konteyner daşımalarını artırmağa razılaşıb

Aprelin 16-da Bakıda Azərbaycan–Qazaxıstan nəqliyyat məsələləri üzrə işçi qrupunun beşinci iclası keçirilib. İclası rəqəmsal inkişaf və nəqliyyat nazirinin müavini Rəhman Hüseynzadə və Qazaxıstanın nəqliyyat vitse-naziri Talğat Jaksıbekov aparıblar.

AZERTAC-a nazirlikdən bildiriblər ki, tərəflər Qazaxıstanın Xəzər sahilindəki iki limanından, Aktaudan və Kurıkdan Ələtə gələn konteynerlərin sayının artırılması, bərələrin boşdayanma müddətinin qısaldılması, vahid rəqəmsal yük qaiməsinin tətbiqi məsələlərini müzakirə ediblər.

Toplantının sonunda iki sənəd – konteyner daşımalarının həcminin bu il 100 min TEU-ya çatdırılmasını nəzərdə tutan protokol və bərə qrafiklərinin uzlaşdırılmasına dair yol xəritəsi imzalanıb. Hər iki sənədi işçi qrupunun həmsədrləri imzalayıblar. İclas çərçivəsində "Azərbaycan Dəmir Yolları" ilə "Qazaxıstan Temir Jolı" arasında vahid rəqəmsal yük platformasının yaradılmasına dair memorandum da imzalanıb.

Qazaxıstan nümayəndə heyəti dünən Bakıya gəlib. Bu gün qonaqlar Bakı Beynəlxalq Dəniz Ticarət Limanında olub, limanın yeni konteyner terminalı ilə tanış olublar.

Səfərin son günü, sabah Jaksıbekovun Ələtə gedərək azad iqtisadi zonanın logistika mərkəzi ilə tanış olması planlaşdırılır.
""", [
 ("Rəhman Hüseynzadə", "PER", "rəqəmsal inkişaf və nəqliyyat nazirinin müavini", "Azərbaycan", ["Rəhman Hüseynzadə"]),
 ("Talğat Jaksıbekov", "PER", "nəqliyyat vitse-naziri", "Qazaxıstan", ["Talğat Jaksıbekov", "Jaksıbekovun"]),
 ("Azərbaycan Dəmir Yolları", "ORG", None, None, ["Azərbaycan Dəmir Yolları"]),
 ("Qazaxıstan Temir Jolı", "ORG", None, None, ["Qazaxıstan Temir Jolı"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-a"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan", "Qazaxıstanın"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
 ("Aktau", "LOC", None, None, ["Aktaudan"]),
 ("Kurık", "LOC", None, None, ["Kurıkdan"]),
 ("Ələt", "LOC", None, None, ["Ələtə"]),
 ("Bakı Beynəlxalq Dəniz Ticarət Limanı", "LOC", None, None, ["Bakı Beynəlxalq Dəniz Ticarət Limanında"]),
], [
 E("MEET", ["Rəhman Hüseynzadə", "Talğat Jaksıbekov"], "Bakı", "2027-04-16", "happened", "Aprelin 16-da Bakıda",
   ["konteyner daşımaları", "bərə xətləri"], date_text="Aprelin 16-da",
   event_name="Azərbaycan–Qazaxıstan nəqliyyat məsələləri üzrə işçi qrupunun beşinci iclası"),
 E("SIGN", ["Rəhman Hüseynzadə", "Talğat Jaksıbekov"], "Bakı", "2027-04-16", "happened", "Toplantının sonunda iki sənəd",
   ["konteyner daşımaları"]),
 E("SIGN", ["Azərbaycan Dəmir Yolları", "Qazaxıstan Temir Jolı"], "Bakı", "2027-04-16", "happened", "İclas çərçivəsində",
   ["rəqəmsal yük platforması"]),
 E("VISIT", ["Talğat Jaksıbekov"], "Bakı", "2027-04-15", "happened", "Qazaxıstan nümayəndə heyəti dünən",
   ["nəqliyyat"], date_text="dünən"),
 E("VISIT", ["Talğat Jaksıbekov"], "Bakı Beynəlxalq Dəniz Ticarət Limanı", "2027-04-16", "happened", "Bu gün qonaqlar",
   ["limanlar"], place="Bakı Beynəlxalq Dəniz Ticarət Limanı", date_text="Bu gün"),
 E("VISIT", ["Talğat Jaksıbekov"], "Ələt", "2027-04-17", "planned", "sabah Jaksıbekovun Ələtə",
   ["logistika"], date_text="sabah"),
])

A("282_selimov_oman_finlandiya_monqolustan_sefirler_report.txt", "report.az", """date 2027-04-13
Prezident Teymur Səlimov üç ölkənin yeni səfirinin etimadnaməsini qəbul edib

Aprelin 13-də Prezident Teymur Səlimov Oman Sultanlığının Azərbaycandakı yeni fövqəladə və səlahiyyətli səfiri Səid bin Hamud əl-Həbsi, Finlandiya Respublikasının Türkiyədə iqamət edən səfiri Mikko Lahtinen və Monqolustanın səfiri Batbayar Qanboldun etimadnamələrini qəbul edib.

Report xəbər verir ki, mərasimdən sonra dövlətimizin başçısı səfirlərin hər biri ilə ayrılıqda söhbət edib. Oman səfiri ilə söhbətdə Prezident Oman limanlarından Xəzər dənizinə uzanan yükdaşıma marşrutlarının perspektivlərindən danışıb. Finlandiyalı diplomat ölkəsinin şirkətlərinin Azərbaycanda meşəbərpa və suyun təmizlənməsi texnologiyaları sahəsində layihələrə maraq göstərdiyini qeyd edib. Monqolustan səfiri isə Ulan-Batorla Bakı arasında təhsil mübadiləsi proqramlarının genişləndirilməsini təklif edib. Dövlətimizin başçısı səfirlərə diplomatik fəaliyyətlərində uğurlar arzulayıb.

Qeyd edək ki, səfirlər etimadnamələrinin surətlərini ötən həftə xarici işlər nazirinin müavini Nərmin Cəfərovaya təqdim etmişdilər.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Səid bin Hamud əl-Həbsi", "PER", "səfir", "Oman", ["Səid bin Hamud əl-Həbsi"]),
 ("Mikko Lahtinen", "PER", "səfir", "Finlandiya", ["Mikko Lahtinen"]),
 ("Batbayar Qanbold", "PER", "səfir", "Monqolustan", ["Batbayar Qanboldun"]),
 ("Nərmin Cəfərova", "PER", "xarici işlər nazirinin müavini", "Azərbaycan", ["Nərmin Cəfərovaya"]),
 ("Report", "ORG", None, None, ["Report"]),
 ("Oman", "LOC", None, None, ["Oman Sultanlığının", "Oman"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı", "Azərbaycanda"]),
 ("Finlandiya", "LOC", None, None, ["Finlandiya Respublikasının"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyədə"]),
 ("Monqolustan", "LOC", None, None, ["Monqolustanın", "Monqolustan"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizinə"]),
 ("Ulan-Bator", "LOC", None, None, ["Ulan-Batorla"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
], [
 E("MEET", ["Teymur Səlimov", "Səid bin Hamud əl-Həbsi"], None, "2027-04-13", "happened", "Aprelin 13-də Prezident",
   ["yükdaşıma"], host="Teymur Səlimov", date_text="Aprelin 13-də"),
 E("MEET", ["Teymur Səlimov", "Mikko Lahtinen"], None, "2027-04-13", "happened", "Aprelin 13-də Prezident",
   ["meşəbərpa", "su texnologiyaları"], host="Teymur Səlimov", date_text="Aprelin 13-də"),
 E("MEET", ["Teymur Səlimov", "Batbayar Qanbold"], None, "2027-04-13", "happened", "Aprelin 13-də Prezident",
   ["təhsil mübadiləsi"], host="Teymur Səlimov", date_text="Aprelin 13-də"),
 E("MEET", ["Nərmin Cəfərova", "Səid bin Hamud əl-Həbsi"], None, "2027-04", "happened", "etimadnamələrinin surətlərini",
   ["diplomatik protokol"], host="Nərmin Cəfərova", date_text="ötən həftə"),
 E("MEET", ["Nərmin Cəfərova", "Mikko Lahtinen"], None, "2027-04", "happened", "etimadnamələrinin surətlərini",
   ["diplomatik protokol"], host="Nərmin Cəfərova", date_text="ötən həftə"),
 E("MEET", ["Nərmin Cəfərova", "Batbayar Qanbold"], None, "2027-04", "happened", "etimadnamələrinin surətlərini",
   ["diplomatik protokol"], host="Nərmin Cəfərova", date_text="ötən həftə"),
])

A("283_elesgerli_daskend_semerqend_sefer_apa.txt", "APA", """date 2027-04-18
Baş nazir Nicat Ələsgərli gələn həftə Özbəkistana səfər edəcək

Əvvəlcə martın ortalarına planlaşdırılan, lakin Novruz bayramı tətili ilə üst-üstə düşdüyü üçün təxirə salınan səfər nəhayət baş tutur: Baş nazir Nicat Ələsgərli aprelin 21–22-də Özbəkistanda rəsmi səfərdə olacaq.

APA-ya Nazirlər Kabinetindən verilən məlumata görə, Daşkənddə Baş nazirin özbək həmkarı Abdulla Rəsulov ilə geniş tərkibdə danışıqları, eləcə də Daşkənd Beynəlxalq İnvestisiya Forumunun açılış mərasimində iştirakı gözlənilir. Foruma 40-dan çox ölkədən investorların və maliyyə qurumlarının qatılacağı bildirilir. Danışıqlardan sonra hökumət başçılarının iştirakı ilə on iki sənədin imzalanması planlaşdırılır.

Səfərin ikinci günü Ələsgərlinin Səmərqəndə gedərək Azərbaycan–Özbəkistan birgə tekstil müəssisəsinin açılışında iştirak etməsi nəzərdə tutulur.

Xatırladaq ki, Abdulla Rəsulov sonuncu dəfə ötən ilin oktyabrında Bakıda olub. Həmin səfər zamanı Rəsulov Sumqayıt Kimya Sənaye Parkına da baş çəkmişdi.
""", [
 ("Nicat Ələsgərli", "PER", "baş nazir", "Nazirlər Kabineti", ["Nicat Ələsgərli", "Ələsgərlinin"]),
 ("Abdulla Rəsulov", "PER", "baş nazir", "Özbəkistan", ["Abdulla Rəsulov", "Rəsulov"]),
 ("Nazirlər Kabineti", "ORG", None, None, ["Nazirlər Kabinetindən"]),
 ("APA", "ORG", None, None, ["APA-ya"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistana", "Özbəkistanda", "Özbəkistan"]),
 ("Daşkənd", "LOC", None, None, ["Daşkənddə", "Daşkənd"]),
 ("Səmərqənd", "LOC", None, None, ["Səmərqəndə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Sumqayıt Kimya Sənaye Parkı", "LOC", None, None, ["Sumqayıt Kimya Sənaye Parkına"]),
], [
 E("VISIT", ["Nicat Ələsgərli"], "Daşkənd", "2027-03", "negated", "Əvvəlcə martın ortalarına",
   ["hökumətlərarası əlaqələr"], date_text="martın ortalarına"),
 E("VISIT", ["Nicat Ələsgərli"], "Daşkənd", "2027-04-21", "planned", "Əvvəlcə martın ortalarına",
   ["hökumətlərarası əlaqələr"], date_text="aprelin 21–22-də"),
 E("MEET", ["Nicat Ələsgərli", "Abdulla Rəsulov"], "Daşkənd", None, "planned", "APA-ya Nazirlər Kabinetindən",
   ["hökumətlərarası əlaqələr"]),
 E("ATTEND", ["Nicat Ələsgərli"], "Daşkənd", None, "planned", "APA-ya Nazirlər Kabinetindən",
   ["investisiyalar"], event_name="Daşkənd Beynəlxalq İnvestisiya Forumunun açılış mərasimi"),
 E("ATTEND", ["Nicat Ələsgərli", "Abdulla Rəsulov"], "Daşkənd", None, "planned", "Danışıqlardan sonra hökumət",
   ["hökumətlərarası əlaqələr"], event_name="sənədlərin imzalanma mərasimi"),
 E("VISIT", ["Nicat Ələsgərli"], "Səmərqənd", "2027-04-22", "planned", "Səfərin ikinci günü",
   ["tekstil sənayesi"], date_text="Səfərin ikinci günü"),
 E("ATTEND", ["Nicat Ələsgərli"], "Səmərqənd", "2027-04-22", "planned", "Səfərin ikinci günü",
   ["tekstil sənayesi"], date_text="Səfərin ikinci günü", event_name="birgə tekstil müəssisəsinin açılışı"),
 E("VISIT", ["Abdulla Rəsulov"], "Bakı", "2026-10", "happened", "Abdulla Rəsulov sonuncu dəfə",
   ["hökumətlərarası əlaqələr"], date_text="ötən ilin oktyabrında"),
 E("VISIT", ["Abdulla Rəsulov"], "Sumqayıt Kimya Sənaye Parkı", "2026-10", "happened", "Həmin səfər zamanı",
   ["kimya sənayesi"], place="Sumqayıt Kimya Sənaye Parkı", date_text="Həmin səfər zamanı"),
])
