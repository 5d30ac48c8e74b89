A("451_celebiyev_haaqa_rotterdam_antverpen_apa.txt", "APA", """date 2029-05-22
Vaqif Çələbiyev Niderlandda: Rotterdam limanı ilə Bakı limanı arasında memorandum imzalanıb

Bazar günü Haaqaya gələn rəqəmsal inkişaf və nəqliyyat naziri Vaqif Çələbiyevin Niderland Krallığına işgüzar səfəri davam edir.

APA-nın məlumatına görə, dünən Haaqada nazir Niderlandın İnfrastruktur və Su İdarəçiliyi Nazirliyinin dövlət katibi Marleen de Vris ilə danışıqlar aparıb. Tərəflər Avropa İttifaqının Trans-Avropa nəqliyyat şəbəkəsi ilə Orta Dəhliz arasında əlaqələrin gücləndirilməsini, Xəzər limanlarında Niderland şirkətlərinin təcrübəsindən yararlanmaq imkanlarını nəzərdən keçiriblər.

Bu gün Rotterdama yollanan Çələbiyev Rotterdam Limanı İdarəsinin baş icraçı direktoru Piter Yansen ilə görüşüb, limanın avtomatlaşdırılmış konteyner terminalları ilə tanış olub. Görüşdən sonra Rotterdam Limanı İdarəsi ilə Bakı Beynəlxalq Dəniz Ticarət Limanı arasında rəqəmsal liman platformalarının inteqrasiyasına dair anlaşma memorandumu imzalanıb.

Nazirin çərşənbə günü Belçikaya keçərək Antverpen limanında olması nəzərdə tutulurdu. Lakin bu səfər Belçika tərəfinin xahişi ilə iyunun ikinci yarısına keçirilib.
""", [
 ("Vaqif Çələbiyev", "PER", "rəqəmsal inkişaf və nəqliyyat naziri", None, ["Vaqif Çələbiyev", "Vaqif Çələbiyevin", "Çələbiyev"]),
 ("Marleen de Vris", "PER", "dövlət katibi", "Niderland İnfrastruktur və Su İdarəçiliyi Nazirliyi", ["Marleen de Vris"]),
 ("Piter Yansen", "PER", "baş icraçı direktor", "Rotterdam Limanı İdarəsi", ["Piter Yansen"]),
 ("Niderland İnfrastruktur və Su İdarəçiliyi Nazirliyi", "ORG", None, None, ["İnfrastruktur və Su İdarəçiliyi Nazirliyinin"]),
 ("Rotterdam Limanı İdarəsi", "ORG", None, None, ["Rotterdam Limanı İdarəsinin", "Rotterdam Limanı İdarəsi"]),
 ("Bakı Beynəlxalq Dəniz Ticarət Limanı", "ORG", None, None, ["Bakı Beynəlxalq Dəniz Ticarət Limanı"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Avropa İttifaqının"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Niderland", "LOC", None, None, ["Niderlandda", "Niderland Krallığına", "Niderlandın", "Niderland"]),
 ("Rotterdam", "LOC", None, None, ["Rotterdam", "Rotterdama"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
 ("Haaqa", "LOC", None, None, ["Haaqaya", "Haaqada"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər"]),
 ("Belçika", "LOC", None, None, ["Belçikaya", "Belçika"]),
 ("Antverpen", "LOC", None, None, ["Antverpen"]),
], [
 E("VISIT", ["Vaqif Çələbiyev"], "Haaqa", "2029-05-20", "happened", "Bazar günü Haaqaya gələn",
   ["nəqliyyat", "limanlar"], date_text="Bazar günü"),
 E("MEET", ["Vaqif Çələbiyev", "Marleen de Vris"], "Haaqa", "2029-05-21", "happened", "dünən Haaqada nazir",
   ["Orta Dəhliz", "nəqliyyat şəbəkələri"], date_text="dünən"),
 E("VISIT", ["Vaqif Çələbiyev"], "Rotterdam", "2029-05-22", "happened", "Bu gün Rotterdama yollanan",
   ["limanlar"], date_text="Bu gün"),
 E("MEET", ["Vaqif Çələbiyev", "Piter Yansen"], "Rotterdam", "2029-05-22", "happened", "direktoru Piter Yansen ilə görüşüb",
   ["limanlar", "avtomatlaşdırma"], date_text="Bu gün"),
 E("SIGN", ["Rotterdam Limanı İdarəsi", "Bakı Beynəlxalq Dəniz Ticarət Limanı"], "Rotterdam", "2029-05-22", "happened",
   "Görüşdən sonra Rotterdam", ["rəqəmsal liman platformaları"], date_text="Bu gün"),
 E("VISIT", ["Vaqif Çələbiyev"], "Antverpen", "2029-05-23", "negated", "Nazirin çərşənbə günü Belçikaya",
   ["limanlar"], date_text="çərşənbə günü"),
 E("VISIT", ["Vaqif Çələbiyev"], "Antverpen", "2029-06", "planned", "Lakin bu səfər Belçika",
   ["limanlar"], date_text="iyunun ikinci yarısına"),
])

A("452_dadasli_petkanov_bolqaristan_komissiya_report.txt", "report.az", """date 2029-05-24
Azərbaycan–Bolqarıstan hökumətlərarası komissiyası Bakıda toplaşıb: qaz tədarükünün artırılması müzakirə edilib

Bu gün Bakıda iqtisadi əməkdaşlıq üzrə Azərbaycan–Bolqarıstan hökumətlərarası komissiyasının yeddinci iclası keçirilib. İclasın işini komissiyanın həmsədrləri – energetika naziri Kənan Dadaşlı və Bolqarıstanın iqtisadiyyat və sənaye naziri Krasimir Petkanov birgə istiqamətləndiriblər.

Report-un məlumatına görə, çərşənbə axşamı axşam Bakıya gələn Petkanov bu gün səhər Baş nazir Nicat Ələsgərlinin qəbulunda olub.

İclasda Azərbaycan qazının Bolqarıstana tədarükünün 2030-cu ildən illik 2 milyard kubmetrə çatdırılması, Bolqarıstanı Yunanıstanla birləşdirən interkonnektorun ötürücülük qabiliyyətinin artırılması, kənd təsərrüfatı məhsullarının qarşılıqlı tədarükü müzakirə olunub. İclas başa çatdıqdan sonra Dadaşlı və Petkanov yekun protokolu imzalayıblar.

Komissiyanın işi çərçivəsində SOCAR ilə "Bulgargaz" şirkəti arasında uzunmüddətli qaz alqı-satqı müqaviləsinin şərtlərinin yenilənməsinə dair memorandum da imzalanıb.

Bolqarıstan nazirinin sabah Səngəçal terminalına baş çəkməsi planlaşdırılır.
""", [
 ("Kənan Dadaşlı", "PER", "energetika naziri", "Azərbaycan", ["Kənan Dadaşlı", "Dadaşlı"]),
 ("Krasimir Petkanov", "PER", "iqtisadiyyat və sənaye naziri", "Bolqarıstan", ["Krasimir Petkanov", "Petkanov"]),
 ("Nicat Ələsgərli", "PER", "baş nazir", "Azərbaycan", ["Nicat Ələsgərlinin"]),
 ("Azərbaycan Respublikası Dövlət Neft Şirkəti", "ORG", None, None, ["SOCAR"]),
 ("Bulgargaz", "ORG", None, None, ["Bulgargaz"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Bolqarıstan", "LOC", None, None, ["Bolqarıstan", "Bolqarıstanın", "Bolqarıstana", "Bolqarıstanı"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
 ("Yunanıstan", "LOC", None, None, ["Yunanıstanla"]),
 ("Səngəçal terminalı", "LOC", None, None, ["Səngəçal terminalına"]),
], [
 E("MEET", ["Kənan Dadaşlı", "Krasimir Petkanov"], "Bakı", "2029-05-24", "happened", "İclasın işini komissiyanın",
   ["qaz tədarükü", "kənd təsərrüfatı"], date_text="Bu gün",
   event_name="Azərbaycan–Bolqarıstan hökumətlərarası komissiyasının yeddinci iclası"),
 E("VISIT", ["Krasimir Petkanov"], "Bakı", "2029-05-22", "happened", "çərşənbə axşamı axşam Bakıya",
   ["qaz tədarükü"], date_text="çərşənbə axşamı axşam"),
 E("MEET", ["Nicat Ələsgərli", "Krasimir Petkanov"], None, "2029-05-24", "happened", "Baş nazir Nicat Ələsgərlinin qəbulunda",
   ["iqtisadi əməkdaşlıq"], host="Nicat Ələsgərli", date_text="bu gün"),
 E("SIGN", ["Kənan Dadaşlı", "Krasimir Petkanov"], "Bakı", "2029-05-24", "happened", "İclas başa çatdıqdan sonra",
   ["hökumətlərarası komissiya"]),
 E("SIGN", ["Azərbaycan Respublikası Dövlət Neft Şirkəti", "Bulgargaz"], "Bakı", "2029-05-24", "happened",
   "Komissiyanın işi çərçivəsində", ["qaz tədarükü"]),
 E("VISIT", ["Krasimir Petkanov"], "Səngəçal terminalı", "2029-05-25", "planned", "Bolqarıstan nazirinin sabah",
   ["neft və qaz infrastrukturu"], place="Səngəçal terminalı", date_text="sabah"),
])

A("453_socar_qazmunayqaz_jumaqaliyev_trend.txt", "trend.az", """date 2029-05-29
SOCAR və "QazMunayQaz" Xəzərdən nəql olunan Qazaxıstan neftinin həcmini artırmağa razılaşıb

Qazaxıstanın "QazMunayQaz" Milli Şirkətinin idarə heyətinin sədri Askar Jumaqaliyevin başçılıq etdiyi heyət bazar günü axşam Bakıya uçub.

Trend-in məlumatına görə, dünən qonaq SOCAR-ın prezidenti Elçin Qəhrəmanzadə ilə görüşüb. Görüşdə Qazaxıstan neftinin Xəzər dənizi ilə tankerlərlə Səngəçala, oradan isə BTC kəməri ilə dünya bazarlarına çatdırılmasının iqtisadi səmərəliliyi, bu marşrutda tankerlərin çatışmazlığı və yeni tankerlərin birgə sifarişi məsələləri müzakirə edilib.

Danışıqların yekununda şirkət rəhbərləri nəqlin illik həcminin 2030-cu ildən 5 milyon tona qədər artırılmasına dair əlavə sazişi imzalayıblar.

Bu gün Jumaqaliyev Heydər Əliyev adına Bakı Neft Emalı Zavodunda olub, zavodun modernləşdirmədən sonrakı istehsal gücləri ilə tanış olub. Qonağın sabah energetika naziri Kənan Dadaşlı tərəfindən qəbul olunması gözlənilir.

Qəhrəmanzadənin isə iyulda Astanaya səfər edəcəyi, orada Qazaxıstan hökumətinin üzvləri ilə görüşəcəyi bildirilib.
""", [
 ("Askar Jumaqaliyev", "PER", "idarə heyətinin sədri", "QazMunayQaz", ["Askar Jumaqaliyevin", "Jumaqaliyev"]),
 ("Elçin Qəhrəmanzadə", "PER", "prezident", "Azərbaycan Respublikası Dövlət Neft Şirkəti", ["Elçin Qəhrəmanzadə", "Qəhrəmanzadənin"]),
 ("Kənan Dadaşlı", "PER", "energetika naziri", None, ["Kənan Dadaşlı"]),
 ("Azərbaycan Respublikası Dövlət Neft Şirkəti", "ORG", None, None, ["SOCAR", "SOCAR-ın"]),
 ("QazMunayQaz", "ORG", None, None, ["QazMunayQaz"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzərdən", "Xəzər dənizi"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan", "Qazaxıstanın"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Səngəçal", "LOC", None, None, ["Səngəçala"]),
 ("Heydər Əliyev adına Bakı Neft Emalı Zavodu", "LOC", None, None, ["Heydər Əliyev adına Bakı Neft Emalı Zavodunda"]),
 ("Astana", "LOC", None, None, ["Astanaya"]),
], [
 E("VISIT", ["Askar Jumaqaliyev"], "Bakı", "2029-05-27", "happened", "bazar günü axşam Bakıya uçub",
   ["neft nəqli"], date_text="bazar günü axşam"),
 E("MEET", ["Elçin Qəhrəmanzadə", "Askar Jumaqaliyev"], None, "2029-05-28", "happened", "dünən qonaq SOCAR-ın",
   ["neft nəqli", "tankerlər"], date_text="dünən"),
 E("SIGN", ["Elçin Qəhrəmanzadə", "Askar Jumaqaliyev"], None, "2029-05-28", "happened", "Danışıqların yekununda şirkət",
   ["neft nəqli"], date_text="dünən"),
 E("VISIT", ["Askar Jumaqaliyev"], "Heydər Əliyev adına Bakı Neft Emalı Zavodu", "2029-05-29", "happened",
   "Bu gün Jumaqaliyev Heydər", ["neft emalı"], place="Heydər Əliyev adına Bakı Neft Emalı Zavodu", date_text="Bu gün"),
 E("MEET", ["Kənan Dadaşlı", "Askar Jumaqaliyev"], None, "2029-05-30", "planned", "Qonağın sabah energetika",
   ["enerji"], host="Kənan Dadaşlı", date_text="sabah"),
 E("VISIT", ["Elçin Qəhrəmanzadə"], "Astana", "2029-07", "planned", "Qəhrəmanzadənin isə iyulda",
   ["neft nəqli"], date_text="iyulda"),
])

A("454_elesgerli_islam_inkisaf_banki_oxu.txt", "oxu.az", """date 2029-06-01
Ələt zonası üçün 400 milyonluq kredit: Nicat Ələsgərli İİB-in vitse-prezidenti ilə görüşüb

OXU.AZ
Xəbərlər / Hökumət
1 iyun 2029, 13:08

Hökumət başçısı Nicat Ələsgərli bu gün Azərbaycanda səfərdə olan İslam İnkişaf Bankının əməliyyatlar üzrə vitse-prezidenti Mansur əl-Haşimini qəbul edib.

Oxu.az-ın Nazirlər Kabinetinə istinadən yaydığı məlumata əsasən, söhbət zamanı Bankın ölkəmizdə maliyyələşdirdiyi layihələrin icrası, o cümlədən Ələt Azad İqtisadi Zonasında logistika infrastrukturunun genişləndirilməsi üçün ayrılması nəzərdə tutulan 400 milyon dollarlıq kreditin şərtləri müzakirə olunub. Dünən axşam Bakıya gələn əl-Haşimi Bankın Azərbaycanla əməkdaşlığının 35 ilinin yekunlarına həsr olunmuş hesabatı hökumət başçısına təqdim edib.

Günün ikinci yarısında əl-Haşiminin iqtisadiyyat naziri Zaur Hümbətli ilə də görüşü olub.

Maliyyə naziri Elmir Zeynalabdinovun iyunun 12-də Ciddəyə yollanaraq Bankın illik toplantısı çərçivəsində kredit sazişini əl-Haşimi ilə birlikdə imzalaması nəzərdə tutulur.

Digər xəbərlər
Ələsgərli Asiya İnkişaf Bankının rəhbərliyi ilə görüşüb
Manatın məzənnəsi dəyişməz qalıb

Oxu.az-ı Telegram kanalında izləyin
""", [
 ("Nicat Ələsgərli", "PER", "hökumət başçısı", "Azərbaycan", ["Nicat Ələsgərli", "Ələsgərli"]),
 ("Mansur əl-Haşimi", "PER", "vitse-prezident", "İslam İnkişaf Bankı", ["Mansur əl-Haşimini", "əl-Haşimi", "əl-Haşiminin"]),
 ("Zaur Hümbətli", "PER", "iqtisadiyyat naziri", "Azərbaycan", ["Zaur Hümbətli"]),
 ("Elmir Zeynalabdinov", "PER", "maliyyə naziri", "Azərbaycan", ["Elmir Zeynalabdinovun"]),
 ("İslam İnkişaf Bankı", "ORG", None, None, ["İİB-in", "İslam İnkişaf Bankının", "Bankın"]),
 ("Asiya İnkişaf Bankı", "ORG", None, None, ["Asiya İnkişaf Bankının"]),
 ("Oxu.az", "ORG", None, None, ["OXU.AZ", "Oxu.az-ın", "Oxu.az-ı"]),
 ("Nazirlər Kabineti", "ORG", None, None, ["Nazirlər Kabinetinə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanda", "Azərbaycanla"]),
 ("Ələt", "LOC", None, None, ["Ələt"]),
 ("Ələt Azad İqtisadi Zonası", "LOC", None, None, ["Ələt Azad İqtisadi Zonasında"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Ciddə", "LOC", None, None, ["Ciddəyə"]),
], [
 E("VISIT", ["Mansur əl-Haşimi"], "Bakı", "2029-05-31", "happened", "Azərbaycanda səfərdə olan",
   ["kredit", "logistika"], date_text="Dünən axşam"),
 E("MEET", ["Nicat Ələsgərli", "Mansur əl-Haşimi"], None, "2029-06-01", "happened", "Hökumət başçısı Nicat Ələsgərli bu gün",
   ["kredit", "azad iqtisadi zona", "logistika"], host="Nicat Ələsgərli", date_text="bu gün"),
 E("MEET", ["Mansur əl-Haşimi", "Zaur Hümbətli"], None, "2029-06-01", "happened", "Günün ikinci yarısında əl-Haşiminin",
   ["investisiya"]),
 E("VISIT", ["Elmir Zeynalabdinov"], "Ciddə", "2029-06-12", "planned", "iyunun 12-də Ciddəyə",
   ["kredit"], date_text="iyunun 12-də"),
 E("SIGN", ["Elmir Zeynalabdinov", "Mansur əl-Haşimi"], "Ciddə", "2029-06-12", "planned", "kredit sazişini əl-Haşimi",
   ["kredit"], date_text="iyunun 12-də"),
])

A("455_humbetli_kayseri_mersin_qaziantep_metbuat.txt", "metbuat.az", """date 2029-06-07
Zaur Hümbətli Kayseri və Mersində: Orta Dəhlizin Aralıq dənizinə çıxışı müzakirə olunub

Türkiyədə işgüzar səfərdə olan iqtisadiyyat naziri Zaur Hümbətli bazar ertəsi axşam Kayseriyə gəlib, ertəsi gün burada Türkiyə Xarici İqtisadi Əlaqələr Şurasının (DEİK) nəzdindəki Türkiyə–Azərbaycan İşgüzar Şurasının genişləndirilmiş iclasında iştirak edib.

Metbuat.az-ın yaydığı xəbərdə qeyd olunur ki, çıxışında nazir ikitərəfli ticarətin ötən il 9 milyard dollar həddini keçdiyini, türk investorlarının Qarabağda və Şərqi Zəngəzurda sənaye parklarına marağının artdığını vurğulayıb. Həmin gün Hümbətli Türkiyənin ticarət naziri Ayşə Gülbahar ilə görüşüb, danışıqlar başa çatdıqdan sonra isə nazirlər Azərbaycan ilə Türkiyə arasında güzəştli ticarət sazişinə daxil edilən malların siyahısının genişləndirilməsinə dair protokol imzalayıblar.

Dünən nazir Mersin limanında olub və limanın operatoru olan Mersin Beynəlxalq Limanı şirkətinin rəhbərliyi ilə görüşərək Orta Dəhliz vasitəsilə gələn Azərbaycan yüklərinin Aralıq dənizi ölkələrinə yönəldilməsi üçün ayrıca terminal sahəsinin ayrılması imkanlarını müzakirə edib.

Səfər proqramında Qaziantep də vardı, lakin Qaziantepdəki işgüzar görüşlər payıza saxlanıldığından nazir bu şəhərə getməyəcək. Bu gün Ankaraya yollanacaq Hümbətlinin orada Türkiyənin vitse-prezidenti Cevdet Karabulut tərəfindən qəbul olunacağı gözlənilir.
""", [
 ("Zaur Hümbətli", "PER", "iqtisadiyyat naziri", "Azərbaycan", ["Zaur Hümbətli", "Hümbətli", "Hümbətlinin"]),
 ("Ayşə Gülbahar", "PER", "ticarət naziri", "Türkiyə", ["Ayşə Gülbahar"]),
 ("Cevdet Karabulut", "PER", "vitse-prezident", "Türkiyə", ["Cevdet Karabulut"]),
 ("Türkiyə Xarici İqtisadi Əlaqələr Şurası", "ORG", None, None, ["Türkiyə Xarici İqtisadi Əlaqələr Şurasının", "DEİK"]),
 ("Türkiyə–Azərbaycan İşgüzar Şurası", "ORG", None, None, ["Türkiyə–Azərbaycan İşgüzar Şurasının"]),
 ("Mersin Beynəlxalq Limanı", "ORG", None, None, ["Mersin Beynəlxalq Limanı"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az-ın"]),
 ("Kayseri", "LOC", None, None, ["Kayseri", "Kayseriyə"]),
 ("Mersin", "LOC", None, None, ["Mersində", "Mersin"]),
 ("Aralıq dənizi", "LOC", None, None, ["Aralıq dənizinə", "Aralıq dənizi"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyədə", "Türkiyənin", "Türkiyə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağda"]),
 ("Şərqi Zəngəzur", "LOC", None, None, ["Şərqi Zəngəzurda"]),
 ("Qaziantep", "LOC", None, None, ["Qaziantep", "Qaziantepdəki"]),
 ("Ankara", "LOC", None, None, ["Ankaraya"]),
], [
 E("VISIT", ["Zaur Hümbətli"], "Kayseri", "2029-06-04", "happened", "bazar ertəsi axşam Kayseriyə",
   ["ticarət", "investisiya"], date_text="bazar ertəsi axşam"),
 E("ATTEND", ["Zaur Hümbətli"], "Kayseri", "2029-06-05", "happened", "ertəsi gün burada Türkiyə",
   ["ticarət", "sənaye parkları"], date_text="ertəsi gün",
   event_name="Türkiyə–Azərbaycan İşgüzar Şurasının genişləndirilmiş iclası"),
 E("MEET", ["Zaur Hümbətli", "Ayşə Gülbahar"], "Kayseri", "2029-06-05", "happened", "Həmin gün Hümbətli Türkiyənin",
   ["güzəştli ticarət"], date_text="Həmin gün"),
 E("SIGN", ["Zaur Hümbətli", "Ayşə Gülbahar"], "Kayseri", "2029-06-05", "happened", "danışıqlar başa çatdıqdan sonra",
   ["güzəştli ticarət"], date_text="Həmin gün"),
 E("VISIT", ["Zaur Hümbətli"], "Mersin", "2029-06-06", "happened", "Dünən nazir Mersin limanında",
   ["limanlar", "Orta Dəhliz"], date_text="Dünən"),
 E("MEET", ["Zaur Hümbətli", "Mersin Beynəlxalq Limanı"], "Mersin", "2029-06-06", "happened", "şirkətinin rəhbərliyi ilə görüşərək",
   ["limanlar", "Orta Dəhliz"], date_text="Dünən"),
 E("VISIT", ["Zaur Hümbətli"], "Qaziantep", None, "negated", "Səfər proqramında Qaziantep",
   ["ticarət"]),
 E("VISIT", ["Zaur Hümbətli"], "Ankara", "2029-06-07", "planned", "Bu gün Ankaraya yollanacaq",
   ["ticarət"], date_text="Bu gün"),
 E("MEET", ["Cevdet Karabulut", "Zaur Hümbətli"], "Ankara", "2029-06-07", "planned", "vitse-prezidenti Cevdet Karabulut",
   ["iqtisadi əməkdaşlıq"], host="Cevdet Karabulut", date_text="Bu gün"),
])

A("456_tbilisi_dordterefli_neqliyyat_nazirleri_apa.txt", "APA", """date 2029-06-12
Tbilisidə Orta Dəhliz üzrə dördtərəfli nazirlər görüşü: Xəzər və Qara dəniz limanlarında vahid tarif razılaşdırılıb

Dünən Tbilisidə Azərbaycan, Gürcüstan, Qazaxıstan və Türkiyənin nəqliyyat üzrə nazirlərinin dördtərəfli görüşü olub. Ev sahibi qismində Gürcüstanın iqtisadiyyat və davamlı inkişaf naziri Zurab Kvirikaşvilinin sədrlik etdiyi toplantıya rəqəmsal inkişaf və nəqliyyat naziri Vaqif Çələbiyev, Qazaxıstanın nəqliyyat naziri Daniyar Kuandıqov və Türkiyənin nəqliyyat və infrastruktur naziri Cengiz Tanrıöver qatılıblar.

APA-nın məlumatına görə, toplantıda Orta Dəhliz üzrə yükdaşımaların ilk beş ayda 38 faiz artdığı, lakin sərhəd keçid məntəqələrində və limanlarda gözləmə müddətinin hələ də uzun qaldığı qeyd olunub. Görüşün yekununda dörd nazir Xəzər və Qara dəniz limanlarında vahid tarif siyasətinin əsaslarına dair sazişi imzalayıblar.

Toplantıdan əvvəl Çələbiyev türkiyəli həmkarı ilə ayrıca söhbət edərək Qars–Tbilisi istiqamətində konteyner qatarlarının sayının artırılmasını müzakirə edib.

Bazar günü Tbilisiyə gələn Azərbaycan naziri bu gün Gürcüstan hökumətinin başçısı Levan Mçedlişvili tərəfindən qəbul olunacaq. Kuandıqov isə sabah Batumi limanına baş çəkəcək. Növbəti dördtərəfli görüşün payızda Aktauda keçirilməsi razılaşdırılıb.
""", [
 ("Zurab Kvirikaşvili", "PER", "iqtisadiyyat və davamlı inkişaf naziri", "Gürcüstan", ["Zurab Kvirikaşvilinin"]),
 ("Vaqif Çələbiyev", "PER", "rəqəmsal inkişaf və nəqliyyat naziri", "Azərbaycan", ["Vaqif Çələbiyev", "Çələbiyev"]),
 ("Daniyar Kuandıqov", "PER", "nəqliyyat naziri", "Qazaxıstan", ["Daniyar Kuandıqov", "Kuandıqov"]),
 ("Cengiz Tanrıöver", "PER", "nəqliyyat və infrastruktur naziri", "Türkiyə", ["Cengiz Tanrıöver"]),
 ("Levan Mçedlişvili", "PER", "hökumət başçısı", "Gürcüstan", ["Levan Mçedlişvili"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisidə", "Tbilisi", "Tbilisiyə"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər"]),
 ("Qara dəniz", "LOC", None, None, ["Qara dəniz"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan", "Gürcüstanın"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan", "Qazaxıstanın"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin"]),
 ("Qars", "LOC", None, None, ["Qars"]),
 ("Batumi", "LOC", None, None, ["Batumi"]),
 ("Aktau", "LOC", None, None, ["Aktauda"]),
], [
 E("MEET", ["Zurab Kvirikaşvili", "Vaqif Çələbiyev", "Daniyar Kuandıqov", "Cengiz Tanrıöver"], "Tbilisi", "2029-06-11",
   "happened", "Ev sahibi qismində", ["Orta Dəhliz", "yükdaşıma"], host="Zurab Kvirikaşvili", date_text="Dünən",
   event_name="nəqliyyat nazirlərinin dördtərəfli görüşü"),
 E("SIGN", ["Zurab Kvirikaşvili", "Vaqif Çələbiyev", "Daniyar Kuandıqov", "Cengiz Tanrıöver"], "Tbilisi", "2029-06-11",
   "happened", "Görüşün yekununda dörd nazir", ["tariflər", "limanlar"], date_text="Dünən"),
 E("MEET", ["Vaqif Çələbiyev", "Cengiz Tanrıöver"], "Tbilisi", "2029-06-11", "happened", "Toplantıdan əvvəl Çələbiyev",
   ["dəmir yolu", "konteyner daşımaları"], date_text="Toplantıdan əvvəl"),
 E("VISIT", ["Vaqif Çələbiyev"], "Tbilisi", "2029-06-10", "happened", "Bazar günü Tbilisiyə gələn",
   ["Orta Dəhliz"], date_text="Bazar günü"),
 E("MEET", ["Levan Mçedlişvili", "Vaqif Çələbiyev"], None, "2029-06-12", "planned", "bu gün Gürcüstan hökumətinin",
   ["nəqliyyat"], host="Levan Mçedlişvili", date_text="bu gün"),
 E("VISIT", ["Daniyar Kuandıqov"], "Batumi", "2029-06-13", "planned", "Kuandıqov isə sabah Batumi",
   ["limanlar"], date_text="sabah"),
])

A("457_yaponiya_sefiri_jica_ismayilli_report.txt", "report.az", """date 2029-06-14
Yaponiya səfiri və JICA rəsmisi İsmayıllıda olublar

Yaponiyanın ölkəmizdəki səfiri Kenta Furusava və Yaponiya Beynəlxalq Əməkdaşlıq Agentliyinin (JICA) Azərbaycan nümayəndəliyinin rəhbəri Ayako Hirayama dünən İsmayıllı rayonuna səfər ediblər.

Report-un bölgə müxbirinin xəbərinə görə, İsmayıllı şəhərində qonaqlarla İsmayıllı Rayon İcra Hakimiyyətinin başçısı Nurlan Tahirzadə arasında görüş olub. Tahirzadə rayonda şərabçılığın, fındıqçılığın və ekoturizmin inkişafından danışıb, Furusava isə Yaponiyanın kənd yerlərində turizmin dəstəklənməsi üzrə təcrübəsini bölüşməyə hazır olduğunu deyib, rayonun məhsullarının Tokioda keçiriləcək qida sərgisində nümayiş etdirilməsini təklif edib.

Görüşdən sonra JICA ilə İsmayıllı Rayon İcra Hakimiyyəti arasında Lahıc qəsəbəsində misgərlik emalatxanalarının bərpasına yönələn qrant müqaviləsi imzalanıb. Daha sonra qonaqlar Lahıca yollanaraq qədim misgərlər küçəsini gəziblər.

Səfirin sentyabrda Qəbələ Beynəlxalq Musiqi Festivalına qatılacağı gözlənilir. JICA-nın prezidenti Takeo Simizunun iyunda nəzərdə tutulan Azərbaycan səfəri isə təxirə salınıb: onun ölkəmizə payızda gələcəyi bildirilir.
""", [
 ("Kenta Furusava", "PER", "səfir", "Yaponiya", ["Kenta Furusava", "Furusava"]),
 ("Ayako Hirayama", "PER", "nümayəndəliyin rəhbəri", "Yaponiya Beynəlxalq Əməkdaşlıq Agentliyi", ["Ayako Hirayama"]),
 ("Nurlan Tahirzadə", "PER", "başçı", "İsmayıllı Rayon İcra Hakimiyyəti", ["Nurlan Tahirzadə", "Tahirzadə"]),
 ("Takeo Simizu", "PER", "prezident", "Yaponiya Beynəlxalq Əməkdaşlıq Agentliyi", ["Takeo Simizunun"]),
 ("Yaponiya Beynəlxalq Əməkdaşlıq Agentliyi", "ORG", None, None, ["JICA", "Yaponiya Beynəlxalq Əməkdaşlıq Agentliyinin", "JICA-nın"]),
 ("İsmayıllı Rayon İcra Hakimiyyəti", "ORG", None, None, ["İsmayıllı Rayon İcra Hakimiyyətinin", "İsmayıllı Rayon İcra Hakimiyyəti"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Yaponiya", "LOC", None, None, ["Yaponiya", "Yaponiyanın"]),
 ("İsmayıllı", "LOC", None, None, ["İsmayıllıda", "İsmayıllı"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Lahıc", "LOC", None, None, ["Lahıc", "Lahıca"]),
 ("Tokio", "LOC", None, None, ["Tokioda"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələ"]),
], [
 E("VISIT", ["Kenta Furusava", "Ayako Hirayama"], "İsmayıllı", "2029-06-13", "happened", "dünən İsmayıllı rayonuna",
   ["regional əməkdaşlıq"], date_text="dünən"),
 E("MEET", ["Nurlan Tahirzadə", "Kenta Furusava", "Ayako Hirayama"], "İsmayıllı", "2029-06-13", "happened",
   "İsmayıllı şəhərində qonaqlarla", ["şərabçılıq", "ekoturizm"], host="Nurlan Tahirzadə", date_text="dünən"),
 E("SIGN", ["Yaponiya Beynəlxalq Əməkdaşlıq Agentliyi", "İsmayıllı Rayon İcra Hakimiyyəti"], "İsmayıllı", "2029-06-13",
   "happened", "Görüşdən sonra JICA ilə", ["misgərlik", "qrant"], date_text="dünən"),
 E("VISIT", ["Kenta Furusava", "Ayako Hirayama"], "Lahıc", "2029-06-13", "happened", "Daha sonra qonaqlar Lahıca",
   ["mədəni irs"], date_text="dünən"),
 E("ATTEND", ["Kenta Furusava"], "Qəbələ", "2029-09", "planned", "Səfirin sentyabrda Qəbələ",
   ["mədəniyyət"], date_text="sentyabrda", event_name="Qəbələ Beynəlxalq Musiqi Festivalı"),
 E("VISIT", ["Takeo Simizu"], "Azərbaycan", "2029-06", "negated", "Takeo Simizunun iyunda",
   ["inkişaf əməkdaşlığı"], date_text="iyunda"),
 E("VISIT", ["Takeo Simizu"], "Azərbaycan", None, "planned", "Takeo Simizunun iyunda",
   ["inkişaf əməkdaşlığı"], date_text="payızda"),
])
