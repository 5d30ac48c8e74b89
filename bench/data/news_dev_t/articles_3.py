_AYIB_TEXT = """
Görüşdən sonra Prezidentin iştirakı ilə AYİB ilə "Azərenerji" ASC arasında elektrik şəbəkələrinin yenilənməsi üçün 150 milyon avro həcmində kredit sazişinə imza atılıb. Sənədi Adriana Fişer və "Azərenerji"nin prezidenti Rauf Məmmədli imzalayıblar.
"""

A("534_selimov_ayib_prezidenti_azertac.txt", "AZERTAC", """date 2026-03-18
Teymur Səlimov AYİB-in prezidenti Adriana Fişeri qəbul edib

Prezident Teymur Səlimov martın 18-də Adriana Fişeri qəbul edib. Qonaq ötən ilin yayından Avropa Yenidənqurma və İnkişaf Bankına (AYİB) prezident kimi rəhbərlik edir.

AZERTAC-ın məlumatına əsasən, söhbət zamanı Bankın Azərbaycandakı investisiya portfelinin əsasən özəl sektora yönəldiyi, son beş ildə bərpa olunan enerji layihələrinə ayrılan vəsaitin iki dəfədən çox artdığı qeyd olunub. Dövlətimizin başçısı Bankın Qarabağda su təchizatı sistemlərinin qurulmasına göstərdiyi marağı alqışlayıb.

Adriana Fişer ölkəmizə səfərə bazar ertəsi gəlib. Səfər çərçivəsində o, maliyyə naziri Anar Təhməzli və Mərkəzi Bankın sədri Elnur Qafarlı ilə də görüşüb.
""" + _AYIB_TEXT + """
AYİB 1992-ci ildən Azərbaycanda 200-dən çox layihəyə maliyyə ayırıb.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Adriana Fişer", "PER", "prezident", "Avropa Yenidənqurma və İnkişaf Bankı", ["Adriana Fişeri", "Adriana Fişer"]),
 ("Anar Təhməzli", "PER", "maliyyə naziri", "Azərbaycan", ["Anar Təhməzli"]),
 ("Elnur Qafarlı", "PER", "sədr", "Mərkəzi Bank", ["Elnur Qafarlı"]),
 ("Rauf Məmmədli", "PER", "prezident", "Azərenerji", ["Rauf Məmmədli"]),
 ("Avropa Yenidənqurma və İnkişaf Bankı", "ORG", None, None,
  ["AYİB-in", "Avropa Yenidənqurma və İnkişaf Bankına", "AYİB", "Bankın"]),
 ("Mərkəzi Bank", "ORG", None, None, ["Mərkəzi Bankın"]),
 ("Azərenerji", "ORG", None, None, ["Azərenerji"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-ın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı", "Azərbaycanda"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağda"]),
], [
 E("MEET", ["Teymur Səlimov", "Adriana Fişer"], None, "2026-03-18", "happened", "Prezident Teymur Səlimov martın 18-də",
   ["investisiyalar", "bərpa olunan enerji", "su təchizatı"], host="Teymur Səlimov", date_text="martın 18-də"),
 E("VISIT", ["Adriana Fişer"], "Azərbaycan", "2026-03-16", "happened", "Adriana Fişer ölkəmizə səfərə",
   ["investisiyalar"], date_text="bazar ertəsi"),
 E("MEET", ["Adriana Fişer", "Anar Təhməzli"], None, None, "happened", "Səfər çərçivəsində o, maliyyə",
   ["maliyyə"]),
 E("MEET", ["Adriana Fişer", "Elnur Qafarlı"], None, None, "happened", "Səfər çərçivəsində o, maliyyə",
   ["maliyyə"]),
 E("ATTEND", ["Teymur Səlimov"], None, "2026-03-18", "happened", "Görüşdən sonra Prezidentin iştirakı",
   ["elektrik şəbəkələri"], date_text="Görüşdən sonra", event_name="imza mərasimi"),
 E("SIGN", ["Adriana Fişer", "Rauf Məmmədli"], None, "2026-03-18", "happened", "Görüşdən sonra Prezidentin iştirakı",
   ["elektrik şəbəkələri", "kredit"], date_text="Görüşdən sonra"),
])

_R = "535_ayib_prezidenti_selimovla_gorusub_oxu.txt"
_O = "534_selimov_ayib_prezidenti_azertac.txt"
A(_R, "oxu.az", """date 2026-03-18
AYİB prezidenti Adriana Fişer Teymur Səlimovla görüşüb

Prezident Teymur Səlimov martın 18-də Adriana Fişeri qəbul edib. Qonaq ötən ilin yayından Avropa Yenidənqurma və İnkişaf Bankına (AYİB) prezident kimi rəhbərlik edir.

Oxu.az AZERTAC-a istinadən yazır ki, söhbət zamanı Bankın Azərbaycandakı investisiya portfelinin əsasən özəl sektora yönəldiyi, son beş ildə bərpa olunan enerji layihələrinə ayrılan vəsaitin iki dəfədən çox artdığı qeyd olunub. Dövlətimizin başçısı Bankın Qarabağda su təchizatı sistemlərinin qurulmasına göstərdiyi marağı alqışlayıb.

Adriana Fişer ölkəmizə səfərə bazar ertəsi gəlib. Səfər çərçivəsində o, maliyyə naziri Anar Təhməzli və Mərkəzi Bankın sədri Elnur Qafarlı ilə də görüşüb.
""" + _AYIB_TEXT + """
Xatırladaq ki, AYİB 1992-ci ildən Azərbaycanda 200-dən artıq layihəyə maliyyə ayırıb.
""", [
 ("Adriana Fişer", "PER", "prezident", "Avropa Yenidənqurma və İnkişaf Bankı", ["Adriana Fişer", "Adriana Fişeri"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimovla", "Teymur Səlimov"]),
 ("Anar Təhməzli", "PER", "maliyyə naziri", "Azərbaycan", ["Anar Təhməzli"]),
 ("Elnur Qafarlı", "PER", "sədr", "Mərkəzi Bank", ["Elnur Qafarlı"]),
 ("Rauf Məmmədli", "PER", "prezident", "Azərenerji", ["Rauf Məmmədli"]),
 ("Avropa Yenidənqurma və İnkişaf Bankı", "ORG", None, None,
  ["AYİB", "Avropa Yenidənqurma və İnkişaf Bankına", "Bankın"]),
 ("Mərkəzi Bank", "ORG", None, None, ["Mərkəzi Bankın"]),
 ("Azərenerji", "ORG", None, None, ["Azərenerji"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-a"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı", "Azərbaycanda"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağda"]),
], [
 E("MEET", ["Teymur Səlimov", "Adriana Fişer"], None, "2026-03-18", "happened", "Prezident Teymur Səlimov martın 18-də",
   ["investisiyalar", "bərpa olunan enerji", "su təchizatı"], host="Teymur Səlimov", date_text="martın 18-də", same_as=_O),
 E("VISIT", ["Adriana Fişer"], "Azərbaycan", "2026-03-16", "happened", "Adriana Fişer ölkəmizə səfərə",
   ["investisiyalar"], date_text="bazar ertəsi", same_as=_O),
 E("MEET", ["Adriana Fişer", "Anar Təhməzli"], None, None, "happened", "Səfər çərçivəsində o, maliyyə",
   ["maliyyə"], same_as=_O),
 E("MEET", ["Adriana Fişer", "Elnur Qafarlı"], None, None, "happened", "Səfər çərçivəsində o, maliyyə",
   ["maliyyə"], same_as=_O),
 E("ATTEND", ["Teymur Səlimov"], None, "2026-03-18", "happened", "Görüşdən sonra Prezidentin iştirakı",
   ["elektrik şəbəkələri"], date_text="Görüşdən sonra", event_name="imza mərasimi", same_as=_O),
 E("SIGN", ["Adriana Fişer", "Rauf Məmmədli"], None, "2026-03-18", "happened", "Görüşdən sonra Prezidentin iştirakı",
   ["elektrik şəbəkələri", "kredit"], date_text="Görüşdən sonra", same_as=_O),
], duplicate_of=_O)

A("536_selimov_turk_nazirleri_xalq_qezeti.txt", None, """date 2026-04-22
Türkiyənin xarici işlər və milli müdafiə nazirləri Prezident tərəfindən qəbul olunub

Prezident Teymur Səlimov aprelin 21-də Türkiyə Respublikasının xarici işlər naziri Kərim Aydınlı və milli müdafiə naziri Səlcuq Tanrıverdinin başçılıq etdiyi nümayən-
də heyətini qəbul edib.

Gorüşdə Azərbaycan ilə Türkiyə arasında müttəfiqlik münasibətlərinin bütün istiqamətlərdə uğurla inkişaf etdiyi, müdafiə sənayesində birgə istehsalın genişlənmesi məmnunluqla qeyd olunub. Dövlətimizin başçısı Türkiyə Prezidenti Haluk Ertuğrulun may ayında Naxçıvana səfərinə hazırlığın gedişi ilə də maraqlanıb.

Xatırladaq ki, türk nazirləri Bakıya aprelin 20-də gəliblər və hemin gün Azərbaycan, Türkiyə və Gürcüstanın xarici işlər və müdafiə nazirlərinin paytaxtımızda keçirilən üçtərəfli toplantısında iştirak ediblər. Toplantının yekununda regional təhlükə-
sizliyə dair birgə kommunike qəbul olunub.

Proqrama uyğun olaraq qonaqların Şuşaya getməsi də nəzərdə tutulurdu. Lakin dağlıq ərazidə güclü yağış və sıx duman səbəbindən bu səfər baş tutmayıb, nazirlər dünən axşam Ankaraya qayıdıblar.

Elnarə MUSTAFAYEVA,
«Xalq qəzeti»
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Kərim Aydınlı", "PER", "xarici işlər naziri", "Türkiyə", ["Kərim Aydınlı"]),
 ("Səlcuq Tanrıverdi", "PER", "milli müdafiə naziri", "Türkiyə", ["Səlcuq Tanrıverdinin"]),
 ("Haluk Ertuğrul", "PER", "Prezident", "Türkiyə", ["Haluk Ertuğrulun"]),
 ("Elnarə Mustafayeva", "PER", None, None, ["Elnarə MUSTAFAYEVA"]),
 ("Xalq qəzeti", "ORG", None, None, ["Xalq qəzeti"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin", "Türkiyə Respublikasının", "Türkiyə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvana"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstanın"]),
 ("Şuşa", "LOC", None, None, ["Şuşaya"]),
 ("Ankara", "LOC", None, None, ["Ankaraya"]),
], [
 E("MEET", ["Teymur Səlimov", "Kərim Aydınlı", "Səlcuq Tanrıverdi"], None, "2026-04-21", "happened",
   "Prezident Teymur Səlimov aprelin 21-də", ["müttəfiqlik münasibətləri", "müdafiə sənayesi"],
   host="Teymur Səlimov", date_text="aprelin 21-də"),
 E("VISIT", ["Haluk Ertuğrul"], "Naxçıvan", "2026-05", "planned", "Türkiyə Prezidenti Haluk Ertuğrulun",
   ["müttəfiqlik münasibətləri"], date_text="may ayında"),
 E("VISIT", ["Kərim Aydınlı", "Səlcuq Tanrıverdi"], "Bakı", "2026-04-20", "happened", "türk nazirləri Bakıya",
   ["regional təhlükəsizlik"], date_text="aprelin 20-də"),
 E("ATTEND", ["Kərim Aydınlı", "Səlcuq Tanrıverdi"], "Bakı", "2026-04-20", "happened", "türk nazirləri Bakıya",
   ["regional təhlükəsizlik"], date_text="hemin gün",
   event_name="xarici işlər və müdafiə nazirlərinin üçtərəfli toplantısı"),
 E("VISIT", ["Kərim Aydınlı", "Səlcuq Tanrıverdi"], "Şuşa", None, "negated", "Proqrama uyğun olaraq qonaqların",
   ["regional təhlükəsizlik"]),
])

A("537_eleskerli_aib_cin_sefiri_respublika.txt", None, """date 2026-08
Baş nazir Asiya İnkişaf Bankının vitse-prezidenti və Çin səfiri ilə görüşüb

Baş nazir Nicat Ələsgərli avqustun 4-də Asiya İnkişaf Bankının (AİB) vitse-prezidenti Tomoko Nakamuranı qəbul edib. Söhbət zamanı Bankın Azərbaycanda yol tikintisi və suvarma sistemlərinin bərpası sahəsində maliyyələşdirdiyi layihələrin gedişi müzakirə olunub, Nakamura növbəti üç ildə kredit portfelinin iki dəfə artırıla biləcəyini bildirib.

Tomoko Nakamuranın başçılıq etdiyi AİB nümayəndə heyəti ölkəmizə avqustun 3-də gəlib. Səfər çərçivəsində qonaqlar Energetika Nazirliyində olub, nazir Elmar Sadıqzadə ilə görüşüblər. Görüşdə günəş və külək stansiyalarının istehsal etdiyi enerjinin ümumi şəbəkəyə inteqrasiyası muzakirə edilib, Bankın bu meqsədlə texniki yardım ayırmağa hazır olduğu vurğulanıb.

Ayın 6-da hökumət başçısı Çin Xalq Respublikasının ölkəmizdəki səfiri Van Lin ilə görüşüb. Tərəflər Orta Dəhliz boyunca konteyner daşımalarında Çin şirkətlərinin iş-
tirakının artırılmasını vacib sayıblar. Səfir Baş nazirin noyabrda Şanxaya səfər edərək Çin Beynəlxalq İdxal Sərgisinin açılış mərasimində iştirak etməsinin nəzərdə tutulduğunu diqqətə çatdırıb.

Kamran QULAMOV,
«Respublika»
""", [
 ("Nicat Ələsgərli", "PER", "baş nazir", "Azərbaycan", ["Nicat Ələsgərli"]),
 ("Tomoko Nakamura", "PER", "vitse-prezident", "Asiya İnkişaf Bankı", ["Tomoko Nakamuranı", "Nakamura", "Tomoko Nakamuranın"]),
 ("Elmar Sadıqzadə", "PER", "nazir", "Energetika Nazirliyi", ["Elmar Sadıqzadə"]),
 ("Van Lin", "PER", "səfir", "Çin", ["Van Lin"]),
 ("Kamran Qulamov", "PER", None, None, ["Kamran QULAMOV"]),
 ("Asiya İnkişaf Bankı", "ORG", None, None, ["Asiya İnkişaf Bankının", "AİB", "Bankın"]),
 ("Energetika Nazirliyi", "ORG", None, None, ["Energetika Nazirliyində"]),
 ("Respublika", "ORG", None, None, ["Respublika"]),
 ("Çin", "LOC", None, None, ["Çin", "Çin Xalq Respublikasının"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanda"]),
 ("Şanxay", "LOC", None, None, ["Şanxaya"]),
], [
 E("MEET", ["Nicat Ələsgərli", "Tomoko Nakamura"], None, "2026-08-04", "happened", "Baş nazir Nicat Ələsgərli avqustun 4-də",
   ["yol tikintisi", "suvarma", "kredit"], host="Nicat Ələsgərli", date_text="avqustun 4-də"),
 E("VISIT", ["Tomoko Nakamura"], "Azərbaycan", "2026-08-03", "happened", "Tomoko Nakamuranın başçılıq etdiyi",
   ["kredit"], date_text="avqustun 3-də"),
 E("MEET", ["Tomoko Nakamura", "Elmar Sadıqzadə"], "Energetika Nazirliyi", "2026-08", "happened",
   "Səfər çərçivəsində qonaqlar", ["bərpa olunan enerji", "texniki yardım"]),
 E("MEET", ["Nicat Ələsgərli", "Van Lin"], None, "2026-08-06", "happened", "Ayın 6-da hökumət başçısı",
   ["konteyner daşımaları"], date_text="Ayın 6-da"),
 E("VISIT", ["Nicat Ələsgərli"], "Şanxay", "2026-11", "planned", "Səfir Baş nazirin noyabrda",
   ["ticarət"], date_text="noyabrda"),
 E("ATTEND", ["Nicat Ələsgərli"], "Şanxay", "2026-11", "planned", "Səfir Baş nazirin noyabrda",
   ["ticarət"], date_text="noyabrda", event_name="Çin Beynəlxalq İdxal Sərgisinin açılış mərasimi"),
])

A("538_selimov_foqel_videobaglanti_report.txt", "report.az", """date 2026-10-20
Teymur Səlimov Katarina Foqel ilə videoformatda görüşüb

Bu gün Prezident Teymur Səlimov Avropa Komissiyasının sədri Katarina Foqel ilə videobağlantı vasitəsilə görüşüb.

Report-a dövlət başçısının mətbuat xidmətindən bildiriblər ki, söhbət əsnasında Xəzər dənizinin dibi ilə Avropaya bərpa olunan mənbələrdən alınan elektrik enerjisinin ixracı layihəsinin texniki-iqtisadi əsaslandırmasının nəticələri, vizaların sadələşdirilməsinə dair danışıqlarda əldə olunan irəliləyiş nəzərdən keçirilib. Katarina Foqel noyabrın sonunda Bakıya səfər edəcəyini təsdiqləyib.

Həmin gün dövlətimizin başçısı Fransa Prezidenti Etyen Lefevrlə telefonla danışıb. Liderlər Parisdə Azərbaycan mədəniyyəti mövsümünün açılışına hazırlığı, fransız şirkətlərinin Zəngilanda "ağıllı şəhər" layihəsinə qoşulmasını müzakirə ediblər.

Xatırladaq ki, bazar günü Gürcüstan Prezidenti Levan Kiknadze Teymur Səlimova zəng edərək Gəncədə açılan gürcü mədəniyyət mərkəzinə görə minnətdarlığını bildirmişdi.

Prezidentin köməkçisi Orxan Zeynallının Aİ-nin bölgə üzrə xüsusi nümayəndəsi Yan Novakla gələn həftənin əvvəlində Brüsseldə işçi görüşü keçirəcəyi də bildirilib.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov", "Teymur Səlimova"]),
 ("Katarina Foqel", "PER", "sədr", "Avropa Komissiyası", ["Katarina Foqel"]),
 ("Etyen Lefevr", "PER", "Prezident", "Fransa", ["Etyen Lefevrlə"]),
 ("Levan Kiknadze", "PER", "Prezident", "Gürcüstan", ["Levan Kiknadze"]),
 ("Orxan Zeynallı", "PER", "prezidentin köməkçisi", "Azərbaycan", ["Orxan Zeynallının"]),
 ("Yan Novak", "PER", "xüsusi nümayəndə", "Avropa İttifaqı", ["Yan Novakla"]),
 ("Avropa Komissiyası", "ORG", None, None, ["Avropa Komissiyasının"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Aİ-nin"]),
 ("Report", "ORG", None, None, ["Report-a"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizinin"]),
 ("Avropa", "LOC", None, None, ["Avropaya"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Fransa", "LOC", None, None, ["Fransa"]),
 ("Paris", "LOC", None, None, ["Parisdə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Zəngilan", "LOC", None, None, ["Zəngilanda"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan"]),
 ("Gəncə", "LOC", None, None, ["Gəncədə"]),
 ("Brüssel", "LOC", None, None, ["Brüsseldə"]),
], [
 E("MEET", ["Teymur Səlimov", "Katarina Foqel"], None, "2026-10-20", "happened", "Bu gün Prezident Teymur Səlimov Avropa",
   ["yaşıl enerji", "vizaların sadələşdirilməsi"], date_text="Bu gün"),
 E("VISIT", ["Katarina Foqel"], "Bakı", "2026-11", "planned", "Katarina Foqel noyabrın sonunda",
   ["Aİ ilə əlaqələr"], date_text="noyabrın sonunda"),
 E("CALL", ["Teymur Səlimov", "Etyen Lefevr"], None, "2026-10-20", "happened", "Həmin gün dövlətimizin başçısı",
   ["mədəniyyət", "ağıllı şəhər"], date_text="Həmin gün"),
 E("CALL", ["Levan Kiknadze", "Teymur Səlimov"], None, "2026-10-18", "happened", "bazar günü Gürcüstan Prezidenti",
   ["mədəniyyət"], date_text="bazar günü"),
 E("MEET", ["Orxan Zeynallı", "Yan Novak"], "Brüssel", "2026-10", "planned", "Prezidentin köməkçisi Orxan",
   ["regional təhlükəsizlik"], date_text="gələn həftənin əvvəlində"),
])

A("539_kazimli_brussel_luksemburq_trend.txt", "trend.az", """date 2026-11-04
Ruslan Kazımlı Brüsseldə Aİ-nin Ali nümayəndəsi və NATO rəsmisi ilə görüşüb

Noyabrın 2–3-də xarici işlər naziri Ruslan Kazımlı Belçikada işgüzar səfərdə olub.

Trend-in əldə etdiyi məlumata görə, səfərin birinci günü nazir Avropa İttifaqının xarici siyasət rəhbəri Helena Marttila ilə görüşüb. Görüşdən sonra tərəflər mətbuat üçün birgə bəyanatla çıxış ediblər. Marttila Aİ-nin Azərbaycanla enerji və nəqliyyat sahələrindəki əməkdaşlığı yeni sazişlə möhkəmləndirmək niyyətində olduğunu deyib.

Həmin gün Ruslan Kazımlı NATO-nun Brüsseldəki qərargahında Alyansın Baş katibinin siyasi məsələlər üzrə müavini Tomas Brandt ilə görüşüb.

Ertəsi gün Kazımlı Avropa Parlamentinin Xarici əlaqələr komitəsinin iclasında çıxış edərək Cənubi Qafqazda sülh prosesinin son mərhələsi barədə deputatlara məlumat verib.

Belçikanın xarici işlər naziri Sofi Dekler ilə də görüş planlaşdırılırdı. Lakin Dekler parlamentdəki büdcə dinləmələri səbəbindən vaxt ayıra bilmədiyindən görüş reallaşmayıb.

Bu gün Kazımlı Lüksemburqa yollanıb. Sabah orada nazirin Lüksemburq Böyük Hersoqluğunun Baş naziri Lük Frider tərəfindən qəbul olunacağı gözlənilir.
""", [
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Azərbaycan", ["Ruslan Kazımlı", "Kazımlı"]),
 ("Helena Marttila", "PER", "xarici siyasət rəhbəri", "Avropa İttifaqı", ["Helena Marttila", "Marttila"]),
 ("Tomas Brandt", "PER", "baş katibin müavini", "Şimali Atlantika Müqaviləsi Təşkilatı", ["Tomas Brandt"]),
 ("Sofi Dekler", "PER", "xarici işlər naziri", "Belçika", ["Sofi Dekler", "Dekler"]),
 ("Lük Frider", "PER", "baş nazir", "Lüksemburq", ["Lük Frider"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Aİ-nin", "Avropa İttifaqının"]),
 ("Şimali Atlantika Müqaviləsi Təşkilatı", "ORG", None, None, ["NATO", "NATO-nun", "Alyansın"]),
 ("Avropa Parlamenti", "ORG", None, None, ["Avropa Parlamentinin"]),
 ("Xarici əlaqələr komitəsi", "ORG", None, None, ["Xarici əlaqələr komitəsinin"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Brüssel", "LOC", None, None, ["Brüsseldə", "Brüsseldəki"]),
 ("Belçika", "LOC", None, None, ["Belçikada", "Belçikanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanla"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqazda"]),
 ("Lüksemburq", "LOC", None, None, ["Lüksemburqa", "Lüksemburq Böyük Hersoqluğunun"]),
], [
 E("VISIT", ["Ruslan Kazımlı"], "Brüssel", "2026-11-02", "happened", "Noyabrın 2–3-də xarici işlər",
   ["Aİ ilə əlaqələr"], date_text="Noyabrın 2–3-də"),
 E("MEET", ["Ruslan Kazımlı", "Helena Marttila"], "Brüssel", "2026-11-02", "happened", "səfərin birinci günü nazir",
   ["enerji", "nəqliyyat", "Aİ ilə əlaqələr"], date_text="səfərin birinci günü"),
 E("MEET", ["Ruslan Kazımlı", "Tomas Brandt"], "Şimali Atlantika Müqaviləsi Təşkilatı", "2026-11-02", "happened",
   "Həmin gün Ruslan Kazımlı NATO-nun", ["təhlükəsizlik"], date_text="Həmin gün"),
 E("ATTEND", ["Ruslan Kazımlı"], "Avropa Parlamenti", "2026-11-03", "happened", "Ertəsi gün Kazımlı Avropa",
   ["sülh prosesi"], date_text="Ertəsi gün", event_name="Xarici əlaqələr komitəsinin iclası"),
 E("MEET", ["Ruslan Kazımlı", "Sofi Dekler"], None, None, "negated", "Belçikanın xarici işlər naziri Sofi",
   ["ikitərəfli münasibətlər"]),
 E("VISIT", ["Ruslan Kazımlı"], "Lüksemburq", "2026-11-04", "happened", "Bu gün Kazımlı Lüksemburqa",
   ["ikitərəfli münasibətlər"], date_text="Bu gün"),
 E("MEET", ["Ruslan Kazımlı", "Lük Frider"], "Lüksemburq", "2026-11-05", "planned", "Sabah orada nazirin",
   ["ikitərəfli münasibətlər"], host="Lük Frider", date_text="Sabah"),
])

A("540_humbetli_london_banklar_qafqazinfo.txt", "qafqazinfo.az", """date 2026-06-04
Zaur Hümbətli Londonda beynəlxalq bankların rəhbərləri ilə görüşüb

İqtisadiyyat naziri Zaur Hümbətli Böyük Britaniyada işgüzar səfərdədir. Çərşənbə axşamı Londona gələn nazir həmin gün London Fond Birjası Qrupunun baş icraçı direktoru Daniel Hyuz ilə görüşüb, Azərbaycan şirkətlərinin səhmlərinin birjada yerləşdirilməsi imkanlarını müzakirə edib.

Qafqazinfo-nun nazirliyə istinadən məlumatına görə, dünən Londonda Zaur Hümbətli HSBC, Standard Chartered və JP Morgan banklarının rəhbərliyi ilə dəyirmi masa formatında görüş keçirib. Nazir dövlət müəssisələrinin özəlləşdirilməsi proqramı və yaşıl istiqrazların buraxılması planları barədə məlumat verib.

Həmin gün Hümbətli Böyük Britaniyanın biznes və ticarət naziri Oliver Pembruk ilə də görüşüb. Tərəflər ikitərəfli ticarət və investisiya şurasının növbəti iclasının payızda Bakıda keçirilməsini razılaşdırıblar.

Səfər çərçivəsində Zaur Hümbətli bp-nin baş icraçı direktoru Metyu Kollinz ilə də söhbət edib.

Bu gün nazirin Birləşmiş Krallıq–Azərbaycan Ticarət Palatasının təşkil etdiyi investisiya forumunda çıxış etməsi gözlənilir. Sabah isə Hümbətli Edinburqa gedəcək.
""", [
 ("Zaur Hümbətli", "PER", "iqtisadiyyat naziri", "Azərbaycan", ["Zaur Hümbətli", "Hümbətli"]),
 ("Daniel Hyuz", "PER", "baş icraçı direktor", "London Fond Birjası Qrupu", ["Daniel Hyuz"]),
 ("Oliver Pembruk", "PER", "biznes və ticarət naziri", "Böyük Britaniya", ["Oliver Pembruk"]),
 ("Metyu Kollinz", "PER", "baş icraçı direktor", "bp", ["Metyu Kollinz"]),
 ("London Fond Birjası Qrupu", "ORG", None, None, ["London Fond Birjası Qrupunun"]),
 ("HSBC", "ORG", None, None, ["HSBC"]),
 ("Standard Chartered", "ORG", None, None, ["Standard Chartered"]),
 ("JP Morgan", "ORG", None, None, ["JP Morgan"]),
 ("bp", "ORG", None, None, ["bp-nin"]),
 ("Birləşmiş Krallıq–Azərbaycan Ticarət Palatası", "ORG", None, None, ["Birləşmiş Krallıq–Azərbaycan Ticarət Palatasının"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo-nun"]),
 ("London", "LOC", None, None, ["Londonda", "Londona"]),
 ("Böyük Britaniya", "LOC", None, None, ["Böyük Britaniyada", "Böyük Britaniyanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Edinburq", "LOC", None, None, ["Edinburqa"]),
], [
 E("VISIT", ["Zaur Hümbətli"], "London", "2026-06-02", "happened", "İqtisadiyyat naziri Zaur Hümbətli Böyük",
   ["investisiyalar"], date_text="Çərşənbə axşamı"),
 E("MEET", ["Zaur Hümbətli", "Daniel Hyuz"], "London", "2026-06-02", "happened", "Çərşənbə axşamı Londona gələn",
   ["kapital bazarı"], date_text="Çərşənbə axşamı"),
 E("MEET", ["Zaur Hümbətli", "HSBC", "Standard Chartered", "JP Morgan"], "London", "2026-06-03", "happened",
   "dünən Londonda Zaur Hümbətli", ["özəlləşdirmə", "yaşıl istiqrazlar"], date_text="dünən"),
 E("MEET", ["Zaur Hümbətli", "Oliver Pembruk"], None, "2026-06-03", "happened", "Həmin gün Hümbətli Böyük",
   ["ticarət", "investisiyalar"], date_text="Həmin gün"),
 E("MEET", ["Zaur Hümbətli", "Metyu Kollinz"], None, None, "happened", "Səfər çərçivəsində Zaur Hümbətli",
   ["enerji"]),
 E("ATTEND", ["Zaur Hümbətli"], None, "2026-06-04", "planned", "Bu gün nazirin Birləşmiş",
   ["investisiyalar"], date_text="Bu gün", event_name="investisiya forumu"),
 E("VISIT", ["Zaur Hümbətli"], "Edinburq", "2026-06-05", "planned", "Sabah isə Hümbətli",
   ["investisiyalar"], date_text="Sabah"),
])
