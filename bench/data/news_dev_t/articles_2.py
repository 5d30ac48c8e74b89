A("527_sarsenbayev_agdamda_qafqazinfo.txt", "qafqazinfo.az", """date 2026-05-13
Qazaxıstan Prezidenti Ağdamda - Qafqazinfo

QAFQAZİNFO
Xəbər lenti | Siyasət | Ölkə | İqtisadiyyat | Dünya | Şou-biznes
13 may 2026, 16:20
Qazaxıstan Prezidenti Ağdamda
Baxış sayı: 2 318

Ölkəmizdə dövlət səfərində olan Qazaxıstan Prezidenti Erlan Sarsenbayev bu gün Teymur Səlimovla birlikdə Ağdama gəlib.

Qafqazinfo xəbər verir ki, liderlər əvvəlcə Ağdam Cümə məscidini ziyarət ediblər, sonra şəhərin yenidən qurulan mərkəzi hissəsində gedən tikinti işlərinə baxıblar. Qonaq otuz ilə yaxın xaraba qalmış şəhərin qısa müddətdə dirçəldilməsinin onda dərin təəssürat yaratdığını deyib.

Səfər çərçivəsində Erlan Sarsenbayev Azərbaycan Milli Elmlər Akademiyasında da olub, ona Akademiyanın fəxri doktoru diplomu təqdim edilib. Qonaq həmçinin Milli Məclisin Sədri Ləman Həsənbəyovanı qəbul edib.

Qazaxıstan Prezidentinin Azərbaycana dövlət səfəri bu axşam başa çatacaq. Hava limanında qonağı yüksək vəzifəli şəxslər yola salacaqlar.

Oxşar xəbərlər:
Erlan Sarsenbayev Fəxri xiyabanı ziyarət edib
Teymur Səlimov qazaxıstanlı həmkarı ilə təkbətək görüşüb
""", [
 ("Erlan Sarsenbayev", "PER", "Prezident", "Qazaxıstan", ["Erlan Sarsenbayev"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimovla", "Teymur Səlimov"]),
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis", ["Ləman Həsənbəyovanı"]),
 ("Azərbaycan Milli Elmlər Akademiyası", "ORG", None, None, ["Azərbaycan Milli Elmlər Akademiyasında", "Akademiyanın"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo", "QAFQAZİNFO"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan"]),
 ("Ağdam", "LOC", None, None, ["Ağdamda", "Ağdama"]),
 ("Ağdam Cümə məscidi", "LOC", None, None, ["Ağdam Cümə məscidini"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycana"]),
 ("Fəxri xiyaban", "LOC", None, None, ["Fəxri xiyabanı"]),
], [
 E("VISIT", ["Erlan Sarsenbayev"], "Azərbaycan", "2026-05-13", "happened", "Ölkəmizdə dövlət səfərində olan",
   ["müttəfiqlik münasibətləri"], date_text="bu gün", same_as="526_sarsenbayev_dovlet_seferi_zugulba_apa.txt"),
 E("VISIT", ["Teymur Səlimov", "Erlan Sarsenbayev"], "Ağdam", "2026-05-13", "happened", "Ölkəmizdə dövlət səfərində olan",
   ["bərpa və yenidənqurma"], date_text="bu gün", same_as="526_sarsenbayev_dovlet_seferi_zugulba_apa.txt"),
 E("VISIT", ["Teymur Səlimov", "Erlan Sarsenbayev"], "Ağdam Cümə məscidi", "2026-05-13", "happened",
   "liderlər əvvəlcə Ağdam Cümə", ["mədəni irs"], place="Ağdam Cümə məscidi",
   same_as="526_sarsenbayev_dovlet_seferi_zugulba_apa.txt"),
 E("VISIT", ["Erlan Sarsenbayev"], "Azərbaycan Milli Elmlər Akademiyası", None, "happened", "Səfər çərçivəsində Erlan",
   ["elm"], place="Azərbaycan Milli Elmlər Akademiyası"),
 E("MEET", ["Erlan Sarsenbayev", "Ləman Həsənbəyova"], None, None, "happened", "Qonaq həmçinin Milli Məclisin",
   ["parlamentlərarası əlaqələr"], host="Erlan Sarsenbayev"),
])

A("528_selimov_roma_resmi_sefer_report.txt", "report.az", """date 2026-06-17
Teymur Səlimov Romada: Kiqi sarayında danışıqlar aparılıb, hökumətlərarası sənədlər imzalanıb

Roma, 17 iyun, Report

Prezident Teymur Səlimov İtaliya Respublikasına rəsmi səfərə gəlib. Dövlətimizin başçısının təyyarəsi dünən axşam Romanın Çampino hava limanında yerə enib.

Bu gün Kiqi sarayında Teymur Səlimovu İtaliyanın Baş naziri Kyara Bellini rəsmi mərasimlə qarşılayıb. Liderlər əvvəlcə baş-başa, ardınca hər iki ölkənin nazirlərinin qatıldığı formatda danışıqlar aparıblar. Report-un əldə etdiyi məlumata əsasən, liderlər Azərbaycan qazının Avropaya tədarükünün artırılmasını, Adriatik dənizi vasitəsilə yaşıl elektrik enerjisinin ixracını, italyan şirkətlərinin Qarabağın bərpasına cəlbini nəzərdən keçiriblər.

Danışıqlardan sonra liderlərin iştirakı ilə hökumətlərarası sənədlərin imza mərasimi olub: enerji sahəsində strateji tərəfdaşlığa dair memorandumu energetika naziri Elmar Sadıqzadə ilə İtaliyanın enerji təhlükəsizliyi üzrə naziri Françesko Lombardi, mədəni irs sahəsində əməkdaşlıq proqramını isə iki ölkənin xarici işlər nazirləri — Ruslan Kazımlı və Marko Ferretti imzalayıblar.

Sənədlərin mübadiləsindən sonra liderlər mətbuata birgə bəyanatlarla çıxış ediblər. Kyara Bellini Azərbaycanı İtaliyanın enerji təhlükəsizliyinin dayaq nöqtələrindən biri adlandırıb, italyan şirkətlərinin Şuşa və Ağdamda tikdiyi obyektlərin yaxın iki ildə istifadəyə veriləcəyini deyib. Teymur Səlimov isə Romanı Avropa İttifaqı daxilində ən yaxın tərəfdaşlardan biri kimi dəyərləndirib.

Günortadan sonra dövlətimizin başçısı Kvirinal sarayında İtaliya Prezidenti Alberto Mançini ilə görüşüb.

Səfər çərçivəsində Prezidentin Eni şirkətinin baş icraçı direktoru Paolo Rikkardini qəbul etməsi də gözlənilir. Sabah Teymur Səlimov Milana gedəcək və orada iki ölkənin işgüzar dairələrinin forumunda çıxış edəcək.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov", "Teymur Səlimovu"]),
 ("Kyara Bellini", "PER", "baş nazir", "İtaliya", ["Kyara Bellini"]),
 ("Elmar Sadıqzadə", "PER", "energetika naziri", "Azərbaycan", ["Elmar Sadıqzadə"]),
 ("Françesko Lombardi", "PER", "enerji təhlükəsizliyi üzrə nazir", "İtaliya", ["Françesko Lombardi"]),
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Azərbaycan", ["Ruslan Kazımlı"]),
 ("Marko Ferretti", "PER", "xarici işlər naziri", "İtaliya", ["Marko Ferretti"]),
 ("Alberto Mançini", "PER", "Prezident", "İtaliya", ["Alberto Mançini"]),
 ("Paolo Rikkardi", "PER", "baş icraçı direktor", "Eni", ["Paolo Rikkardini"]),
 ("Eni", "ORG", None, None, ["Eni"]),
 ("Report", "ORG", None, None, ["Report", "Report-un"]),
 ("Roma", "LOC", None, None, ["Romada", "Roma", "Romanın", "Romanı"]),
 ("Kiqi sarayı", "LOC", None, None, ["Kiqi sarayında"]),
 ("İtaliya", "LOC", None, None, ["İtaliya Respublikasına", "İtaliyanın", "İtaliya"]),
 ("Çampino hava limanı", "LOC", None, None, ["Çampino hava limanında"]),
 ("Avropa", "LOC", None, None, ["Avropaya"]),
 ("Adriatik dənizi", "LOC", None, None, ["Adriatik dənizi"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağın"]),
 ("Şuşa", "LOC", None, None, ["Şuşa"]),
 ("Ağdam", "LOC", None, None, ["Ağdamda"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Avropa İttifaqı"]),
 ("Kvirinal sarayı", "LOC", None, None, ["Kvirinal sarayında"]),
 ("Milan", "LOC", None, None, ["Milana"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
], [
 E("VISIT", ["Teymur Səlimov"], "Roma", "2026-06-16", "happened", "Prezident Teymur Səlimov İtaliya Respublikasına",
   ["ikitərəfli münasibətlər"], date_text="dünən"),
 E("MEET", ["Teymur Səlimov", "Kyara Bellini"], "Kiqi sarayı", "2026-06-17", "happened", "Bu gün Kiqi sarayında",
   ["təbii qaz", "yaşıl enerji", "bərpa və yenidənqurma"], host="Kyara Bellini", date_text="Bu gün"),
 E("ATTEND", ["Teymur Səlimov", "Kyara Bellini"], "Kiqi sarayı", "2026-06-17", "happened", "Danışıqlardan sonra liderlərin",
   ["enerji", "mədəni irs"], date_text="Danışıqlardan sonra", event_name="imza mərasimi"),
 E("SIGN", ["Elmar Sadıqzadə", "Françesko Lombardi"], "Kiqi sarayı", "2026-06-17", "happened", "Danışıqlardan sonra liderlərin",
   ["enerji"], date_text="Danışıqlardan sonra"),
 E("SIGN", ["Ruslan Kazımlı", "Marko Ferretti"], "Kiqi sarayı", "2026-06-17", "happened", "Danışıqlardan sonra liderlərin",
   ["mədəni irs"], date_text="Danışıqlardan sonra"),
 E("MEET", ["Teymur Səlimov", "Alberto Mançini"], "Kvirinal sarayı", "2026-06-17", "happened", "Günortadan sonra dövlətimizin",
   ["ikitərəfli münasibətlər"], date_text="Günortadan sonra"),
 E("MEET", ["Teymur Səlimov", "Paolo Rikkardi"], None, None, "planned", "Səfər çərçivəsində Prezidentin",
   ["enerji"], host="Teymur Səlimov"),
 E("VISIT", ["Teymur Səlimov"], "Milan", "2026-06-18", "planned", "Sabah Teymur Səlimov Milana",
   ["biznes əlaqələri"], date_text="Sabah"),
 E("ATTEND", ["Teymur Səlimov"], "Milan", "2026-06-18", "planned", "Sabah Teymur Səlimov Milana",
   ["biznes əlaqələri"], date_text="Sabah", event_name="iki ölkənin işgüzar dairələrinin forumu"),
])

A("529_selimov_bmt_bas_assambleyasi_trend.txt", "trend.az", """date 2026-09-23
Nyu-Yorkda yüksək səviyyəli həftə: Teymur Səlimov BMT kürsüsündən iqlim maliyyəsinə çağırış edib

Nyu-York, 23 sentyabr, Trend

Prezident Teymur Səlimov bazar günü Nyu-Yorka gəlib: dövlətimizin başçısı Baş Assambleyanın 81-ci sessiyası çərçivəsində keçirilən ümumi müzakirələrə qatılmaq üçün Amerikadadır.

Bazar ertəsi BMT-nin mənzil-qərargahında dövlətimizin başçısı Təşkilatın Baş katibi Fernando Alvares ilə görüşüb. Trend-in məlumatına görə, söhbətdə sülhməramlı missiyalarda minalardan təmizləmə üzrə Azərbaycan mütəxəssislərinin iştirakı, Bakıda Təşkilatın humanitar məsələlər üzrə regional ofisinin açılması müzakirə olunub.

Dünən Baş Assambleyanın kürsüsündən çıxış edən Teymur Səlimov iqlim maliyyəsinə dair öhdəliklərin icrasında gecikmələrin inkişaf etməkdə olan ölkələri ağır vəziyyətdə qoyduğunu vurğulayıb.

Sessiyanın kənarında Prezident Türkiyə Prezidenti Haluk Ertuğrul, Pakistanın Baş naziri Asad Raza Malik və Estoniya Prezidenti Tiit Kask ilə ikitərəfli görüşlər keçirib.

Bu gün Nyu-Yorkda dövlətimizin başçısının Amerika–Azərbaycan Ticarət Palatasının İdarə Heyəti ilə görüşü gözlənilir. Əvvəlcə Prezidentin buradan Vaşinqtona keçməsi də müzakirə olunurdu, lakin bu dəfə belə bir səfər proqrama salınmayıb.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Fernando Alvares", "PER", "baş katib", "Birləşmiş Millətlər Təşkilatı", ["Fernando Alvares"]),
 ("Haluk Ertuğrul", "PER", "Prezident", "Türkiyə", ["Haluk Ertuğrul"]),
 ("Asad Raza Malik", "PER", "baş nazir", "Pakistan", ["Asad Raza Malik"]),
 ("Tiit Kask", "PER", "Prezident", "Estoniya", ["Tiit Kask"]),
 ("BMT Baş Assambleyası", "ORG", None, None, ["Baş Assambleyanın"]),
 ("Birləşmiş Millətlər Təşkilatı", "ORG", None, None, ["BMT", "BMT-nin", "Təşkilatın"]),
 ("Amerika–Azərbaycan Ticarət Palatası", "ORG", None, None, ["Amerika–Azərbaycan Ticarət Palatasının"]),
 ("Trend", "ORG", None, None, ["Trend", "Trend-in"]),
 ("Nyu-York", "LOC", None, None, ["Nyu-Yorkda", "Nyu-York", "Nyu-Yorka"]),
 ("Amerika", "LOC", None, None, ["Amerikadadır"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə"]),
 ("Pakistan", "LOC", None, None, ["Pakistanın"]),
 ("Estoniya", "LOC", None, None, ["Estoniya"]),
 ("Vaşinqton", "LOC", None, None, ["Vaşinqtona"]),
], [
 E("VISIT", ["Teymur Səlimov"], "Nyu-York", "2026-09-20", "happened", "Prezident Teymur Səlimov bazar günü",
   ["çoxtərəfli diplomatiya"], date_text="bazar günü"),
 E("MEET", ["Teymur Səlimov", "Fernando Alvares"], "Birləşmiş Millətlər Təşkilatı", "2026-09-21", "happened",
   "Bazar ertəsi BMT-nin", ["minalardan təmizləmə", "humanitar əməkdaşlıq"], date_text="Bazar ertəsi"),
 E("ATTEND", ["Teymur Səlimov"], "Nyu-York", "2026-09-22", "happened", "Dünən Baş Assambleyanın kürsüsündən",
   ["iqlim maliyyəsi"], date_text="Dünən", event_name="BMT Baş Assambleyasının 81-ci sessiyası"),
 E("MEET", ["Teymur Səlimov", "Haluk Ertuğrul"], "Nyu-York", None, "happened", "Sessiyanın kənarında Prezident",
   ["ikitərəfli münasibətlər"]),
 E("MEET", ["Teymur Səlimov", "Asad Raza Malik"], "Nyu-York", None, "happened", "Sessiyanın kənarında Prezident",
   ["ikitərəfli münasibətlər"]),
 E("MEET", ["Teymur Səlimov", "Tiit Kask"], "Nyu-York", None, "happened", "Sessiyanın kənarında Prezident",
   ["ikitərəfli münasibətlər"]),
 E("MEET", ["Teymur Səlimov", "Amerika–Azərbaycan Ticarət Palatası"], "Nyu-York", "2026-09-23", "planned",
   "Bu gün Nyu-Yorkda dövlətimizin", ["biznes əlaqələri"], date_text="Bu gün"),
 E("VISIT", ["Teymur Səlimov"], "Vaşinqton", None, "negated", "Əvvəlcə Prezidentin buradan",
   ["ikitərəfli münasibətlər"]),
])

A("530_selimov_cop31_antalya_azertac.txt", "AZERTAC", """date 2026-11-18
Teymur Səlimov Antalyada COP31-in liderlər seqmentində çıxış edib

Antalya, 18 noyabr, AZERTAC

Prezident Teymur Səlimov dünən Antalyada BMT-nin iqlim konfransının — COP31-in yüksək səviyyəli seqmentində iştirak edib. Dövlətimizin başçısı Türkiyənin bu sahil şəhərinə bazar ertəsi axşam gəlmişdi.

Nitqində Prezident COP29-a sədrlik etmiş ölkə kimi Azərbaycanın Bakıda razılaşdırılmış maliyyə hədəflərinin icrasını izləməyi özünə borc bildiyini deyib. O, Xəzər dənizinin sürətlə dayazlaşmasını regionun bütün ölkələri üçün ekoloji təhlükə adlandırıb, bu məsələnin BMT səviyyəsində ayrıca müzakirəsini təklif edib.

Həmin gün Teymur Səlimov konfransa sədrlik edən Türkiyənin ekologiya naziri Murat Kılıçarslan ilə görüşüb. Konfransın kənarında dövlətimizin başçısı Avstraliyanın Baş naziri Ceyms Hollis və Keniya Prezidenti Uilyam Otieno ilə də söhbət edib.

Bu gün Azərbaycan pavilyonunda ölkəmizin ekologiya naziri Vüqar Əlibəylinin moderatorluğu ilə "Xəzərin səviyyəsinin enməsi: regional fəaliyyət planı" adlı yan tədbir keçirilir.

Sabah Prezident Antalyadan İstanbula keçəcək. Orada onun Türkiyə Prezidenti Haluk Ertuğrulla görüşü nəzərdə tutulur.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Murat Kılıçarslan", "PER", "ekologiya naziri", "Türkiyə", ["Murat Kılıçarslan"]),
 ("Ceyms Hollis", "PER", "baş nazir", "Avstraliya", ["Ceyms Hollis"]),
 ("Uilyam Otieno", "PER", "Prezident", "Keniya", ["Uilyam Otieno"]),
 ("Vüqar Əlibəyli", "PER", "ekologiya naziri", "Azərbaycan", ["Vüqar Əlibəylinin"]),
 ("Haluk Ertuğrul", "PER", "Prezident", "Türkiyə", ["Haluk Ertuğrulla"]),
 ("Birləşmiş Millətlər Təşkilatı", "ORG", None, None, ["BMT-nin", "BMT"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizinin"]),
 ("Antalya", "LOC", None, None, ["Antalyada", "Antalya", "Antalyadan"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin", "Türkiyə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın", "Azərbaycan"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Avstraliya", "LOC", None, None, ["Avstraliyanın"]),
 ("Keniya", "LOC", None, None, ["Keniya"]),
 ("İstanbul", "LOC", None, None, ["İstanbula"]),
], [
 E("ATTEND", ["Teymur Səlimov"], "Antalya", "2026-11-17", "happened", "Prezident Teymur Səlimov dünən Antalyada",
   ["iqlim dəyişmələri", "iqlim maliyyəsi"], date_text="dünən", event_name="COP31-in yüksək səviyyəli seqmenti"),
 E("VISIT", ["Teymur Səlimov"], "Antalya", "2026-11-16", "happened", "Türkiyənin bu sahil şəhərinə",
   ["iqlim dəyişmələri"], date_text="bazar ertəsi"),
 E("MEET", ["Teymur Səlimov", "Murat Kılıçarslan"], "Antalya", "2026-11-17", "happened", "Həmin gün Teymur Səlimov konfransa",
   ["iqlim dəyişmələri"], date_text="Həmin gün"),
 E("MEET", ["Teymur Səlimov", "Ceyms Hollis"], "Antalya", None, "happened", "Konfransın kənarında dövlətimizin",
   ["iqlim dəyişmələri"]),
 E("MEET", ["Teymur Səlimov", "Uilyam Otieno"], "Antalya", None, "happened", "Konfransın kənarında dövlətimizin",
   ["iqlim dəyişmələri"]),
 E("ATTEND", ["Vüqar Əlibəyli"], "Antalya", "2026-11-18", "happened", "Bu gün Azərbaycan pavilyonunda",
   ["Xəzərin səviyyəsi"], date_text="Bu gün",
   event_name='"Xəzərin səviyyəsinin enməsi: regional fəaliyyət planı" yan tədbiri'),
 E("VISIT", ["Teymur Səlimov"], "İstanbul", "2026-11-19", "planned", "Sabah Prezident Antalyadan",
   ["ikitərəfli münasibətlər"], date_text="Sabah"),
 E("MEET", ["Teymur Səlimov", "Haluk Ertuğrul"], "İstanbul", "2026-11-19", "planned", "Orada onun Türkiyə",
   ["ikitərəfli münasibətlər"], date_text="Sabah"),
])

A("531_selimov_avropa_siyasi_birliyi_dublin_apa.txt", "APA", """date 2026-10-02
Dublin sammiti: Prezident Avropa liderləri ilə dördtərəfli görüş keçirib

Dublin, 2 oktyabr, APA

Prezident Teymur Səlimov dünən İrlandiyada keçirilən Avropa Siyasi Birliyi sammitində iştirak edib. Dövlətimizin başçısı İrlandiya paytaxtına çərşənbə günü axşam gəlmişdi.

APA-nın xəbərinə görə, Dublin yaxınlığındakı Malahayd qəsrində keçirilən birgünlük toplantıda qırxdan çox ölkənin lideri enerji təhlükəsizliyi, qanunsuz miqrasiya və kiberhücumlara qarşı birgə tədbirlər üzərində fikir mübadiləsi aparıb.

Sammitin kənarında Teymur Səlimov Aİ Şurasının rəhbəri Anders Holmqvist, Avropa Komissiyasının sədri Katarina Foqel və Fransa Prezidenti Etyen Lefevrlə dördtərəfli formatda görüşüb. Görüşdə Azərbaycandan Avropaya qaz ixracının həcmi və Xəzərin dibindən keçəcək elektrik kabeli layihəsi müzakirə olunub.

Sammit çərçivəsində dövlətimizin başçısı həmçinin toplantıya ev sahibliyi edən İrlandiyanın Baş naziri Şon Mak Qrat və İtaliyanın Baş naziri Kyara Bellini ilə ayrı-ayrılıqda söhbət edib.

Bakı ilə Brüssel arasında yeni tərəfdaşlıq sazişinin gələn ilin birinci yarısında imzalanacağı gözlənilir. Prezident bu gün səhər Bakıya qayıdıb.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Anders Holmqvist", "PER", "rəhbər", "Avropa İttifaqı Şurası", ["Anders Holmqvist"]),
 ("Katarina Foqel", "PER", "sədr", "Avropa Komissiyası", ["Katarina Foqel"]),
 ("Etyen Lefevr", "PER", "Prezident", "Fransa", ["Etyen Lefevrlə"]),
 ("Şon Mak Qrat", "PER", "baş nazir", "İrlandiya", ["Şon Mak Qrat"]),
 ("Kyara Bellini", "PER", "baş nazir", "İtaliya", ["Kyara Bellini"]),
 ("Avropa Siyasi Birliyi", "ORG", None, None, ["Avropa Siyasi Birliyi"]),
 ("Avropa İttifaqı Şurası", "ORG", None, None, ["Aİ Şurasının"]),
 ("Avropa Komissiyası", "ORG", None, None, ["Avropa Komissiyasının"]),
 ("APA", "ORG", None, None, ["APA", "APA-nın"]),
 ("Dublin", "LOC", None, None, ["Dublin"]),
 ("Avropa", "LOC", None, None, ["Avropa", "Avropaya"]),
 ("İrlandiya", "LOC", None, None, ["İrlandiyada", "İrlandiya", "İrlandiyanın"]),
 ("Malahayd qəsri", "LOC", None, None, ["Malahayd qəsrində"]),
 ("Fransa", "LOC", None, None, ["Fransa"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandan"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzərin"]),
 ("İtaliya", "LOC", None, None, ["İtaliyanın"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıya"]),
 ("Brüssel", "LOC", None, None, ["Brüssel"]),
], [
 E("ATTEND", ["Teymur Səlimov"], "Malahayd qəsri", "2026-10-01", "happened", "Prezident Teymur Səlimov dünən İrlandiyada",
   ["enerji təhlükəsizliyi", "miqrasiya", "kibertəhlükəsizlik"], date_text="dünən",
   event_name="Avropa Siyasi Birliyi sammiti"),
 E("VISIT", ["Teymur Səlimov"], "Dublin", "2026-09-30", "happened", "İrlandiya paytaxtına çərşənbə günü",
   ["çoxtərəfli diplomatiya"], date_text="çərşənbə günü"),
 E("MEET", ["Teymur Səlimov", "Anders Holmqvist", "Katarina Foqel", "Etyen Lefevr"], "Malahayd qəsri", "2026-10-01",
   "happened", "Sammitin kənarında Teymur", ["təbii qaz", "elektrik enerjisi"]),
 E("MEET", ["Teymur Səlimov", "Şon Mak Qrat"], "Malahayd qəsri", "2026-10-01", "happened", "Sammit çərçivəsində dövlətimizin",
   ["ikitərəfli münasibətlər"]),
 E("MEET", ["Teymur Səlimov", "Kyara Bellini"], "Malahayd qəsri", "2026-10-01", "happened", "Sammit çərçivəsində dövlətimizin",
   ["ikitərəfli münasibətlər"]),
])

A("532_selimov_mdb_qeyri_resmi_sammit_qafqazinfo.txt", "qafqazinfo.az", """date 2026-12-22
Sankt-Peterburqda MDB liderlərinin qeyri-rəsmi sammiti: Teymur Səlimov da iştirak edir

Prezident Teymur Səlimov Müstəqil Dövlətlər Birliyi ölkələri rəhbərlərinin ilin sonunda keçirilən ənənəvi qeyri-rəsmi görüşü üçün bazar ertəsi Sankt-Peterburqa gəlib.

Qafqazinfo-nun məlumatına görə, dövlətimizin başçısı dünən axşam Konstantinovski sarayında sammit iştirakçılarının şərəfinə təşkil olunan qeyri-rəsmi şam yeməyinə qatılıb.

Bu gün Teymur Səlimovun da qatıldığı MDB liderlərinin qeyri-rəsmi görüşü öz işinə başlayıb. Sammitdən əvvəl Azərbaycan Prezidenti Belarus Prezidenti Vasili Kozlovski ilə görüşüb, tərəflər Gəncədə birgə istehsal olunan kənd təsərrüfatı texnikasının Mərkəzi Asiya bazarlarına çıxarılmasını müzakirə ediblər.

Məlumata görə, dövlətimizin başçısının Qazaxıstan Prezidenti Erlan Sarsenbayev və Özbəkistan Prezidenti Şuhrat Alimovla üçtərəfli görüşü sammitdən sonra keçiriləcək.

Tacikistan Prezidenti Rustam Nazarov isə ölkəsində parlament seçkiləri ilə bağlı bu il sammitə qatılmayıb. Buna görə Teymur Səlimovun tacik həmkarı ilə planlaşdırılan görüşü də baş tutmayıb.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov", "Teymur Səlimovun"]),
 ("Vasili Kozlovski", "PER", "Prezident", "Belarus", ["Vasili Kozlovski"]),
 ("Erlan Sarsenbayev", "PER", "Prezident", "Qazaxıstan", ["Erlan Sarsenbayev"]),
 ("Şuhrat Alimov", "PER", "Prezident", "Özbəkistan", ["Şuhrat Alimovla"]),
 ("Rustam Nazarov", "PER", "Prezident", "Tacikistan", ["Rustam Nazarov"]),
 ("Müstəqil Dövlətlər Birliyi", "ORG", None, None, ["MDB", "Müstəqil Dövlətlər Birliyi"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo-nun"]),
 ("Sankt-Peterburq", "LOC", None, None, ["Sankt-Peterburqda", "Sankt-Peterburqa"]),
 ("Konstantinovski sarayı", "LOC", None, None, ["Konstantinovski sarayında"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Belarus", "LOC", None, None, ["Belarus"]),
 ("Gəncə", "LOC", None, None, ["Gəncədə"]),
 ("Mərkəzi Asiya", "LOC", None, None, ["Mərkəzi Asiya"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistan"]),
 ("Tacikistan", "LOC", None, None, ["Tacikistan"]),
], [
 E("VISIT", ["Teymur Səlimov"], "Sankt-Peterburq", "2026-12-21", "happened", "Prezident Teymur Səlimov Müstəqil",
   ["çoxtərəfli diplomatiya"], date_text="bazar ertəsi"),
 E("ATTEND", ["Teymur Səlimov"], "Konstantinovski sarayı", "2026-12-21", "happened", "dövlətimizin başçısı dünən axşam",
   ["çoxtərəfli diplomatiya"], date_text="dünən", event_name="qeyri-rəsmi şam yeməyi"),
 E("ATTEND", ["Teymur Səlimov"], "Sankt-Peterburq", "2026-12-22", "happened", "Bu gün Teymur Səlimovun da",
   ["çoxtərəfli diplomatiya"], date_text="Bu gün", event_name="MDB liderlərinin qeyri-rəsmi görüşü"),
 E("MEET", ["Teymur Səlimov", "Vasili Kozlovski"], "Sankt-Peterburq", "2026-12-22", "happened", "Sammitdən əvvəl Azərbaycan",
   ["kənd təsərrüfatı texnikası"], date_text="Sammitdən əvvəl"),
 E("MEET", ["Teymur Səlimov", "Erlan Sarsenbayev", "Şuhrat Alimov"], "Sankt-Peterburq", "2026-12-22", "planned",
   "üçtərəfli görüşü sammitdən sonra", ["regional əməkdaşlıq"], date_text="sammitdən sonra"),
 E("ATTEND", ["Rustam Nazarov"], "Sankt-Peterburq", "2026-12-22", "negated", "Tacikistan Prezidenti Rustam Nazarov",
   ["çoxtərəfli diplomatiya"], event_name="MDB liderlərinin qeyri-rəsmi görüşü"),
 E("MEET", ["Teymur Səlimov", "Rustam Nazarov"], "Sankt-Peterburq", None, "negated", "Buna görə Teymur Səlimovun",
   ["ikitərəfli münasibətlər"]),
])

A("533_eleskerli_tbilisi_resmi_sefer_metbuat.txt", "metbuat.az", """date 2026-07-09
Tbilisidə hökumət başçılarının danışıqları: yeni keçid məntəqəsi barədə saziş imzalanıb | METBUAT.AZ

METBUAT.AZ
Xəbərlər | Siyasət | Cəmiyyət | Region | Dünya | Müsahibə | Foto
09 iyul 2026 | 14:37 | Oxunub: 1 126
Tbilisidə hökumət başçılarının danışıqları: yeni keçid məntəqəsi barədə saziş imzalanıb

Azərbaycanın Baş naziri Nicat Ələsgərli iyulun 8-də üçgünlük rəsmi səfərlə Gürcüstana yola düşüb. Metbuat.az-ın məlumatına görə, Tbilisi hava limanında hökumət başçısını Gürcüstanın Baş nazirinin birinci müavini Nino Abaşidze qarşılayıb.

Dünən axşam Nicat Ələsgərli Mtatsminda panteonunu ziyarət edərək görkəmli gürcü şəxsiyyətlərinin məzarları önünə gül dəstələri qoyub.

Bu gün Tbilisidəki Dövlət Kansleriyasında Nicat Ələsgərli ilə Baş nazir İrakli Mçedlişvili arasında danışıqlar aparılıb. Tərəflər tranzit yüklərin sərhəddə gözləmə vaxtının azaldılması üçün vahid elektron növbə sisteminin tətbiqini vacib sayıblar. Danışıqların sonunda hökumət başçıları Qırmızı Körpü ərazisində yeni sərhəd-keçid məntəqəsinin inşasına dair sazişi imzalayıblar.

Səfər çərçivəsində Azərbaycan Baş naziri Gürcüstan Prezidenti Levan Kiknadze tərəfindən də qəbul olunub.

Sabah Nicat Ələsgərlinin azərbaycanlıların sıx yaşadığı Marneuliyə getməsi planlaşdırılır.

Paylaş: Facebook | X | Telegram
Mövzu: Nicat Ələsgərli, Gürcüstan, Tbilisi
Son xəbərlər
Gəncədə yeni körpü istifadəyə verilib
Şəkidə turizm mövsümü başlayıb
""", [
 ("Nicat Ələsgərli", "PER", "baş nazir", "Azərbaycan", ["Nicat Ələsgərli", "Nicat Ələsgərlinin"]),
 ("Nino Abaşidze", "PER", "baş nazirin birinci müavini", "Gürcüstan", ["Nino Abaşidze"]),
 ("İrakli Mçedlişvili", "PER", "baş nazir", "Gürcüstan", ["İrakli Mçedlişvili"]),
 ("Levan Kiknadze", "PER", "Prezident", "Gürcüstan", ["Levan Kiknadze"]),
 ("Gürcüstan Dövlət Kansleriyası", "ORG", None, None, ["Dövlət Kansleriyasında"]),
 ("Metbuat.az", "ORG", None, None, ["METBUAT.AZ", "Metbuat.az-ın"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisidə", "Tbilisi", "Tbilisidəki"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstana", "Gürcüstanın", "Gürcüstan"]),
 ("Mtatsminda panteonu", "LOC", None, None, ["Mtatsminda panteonunu"]),
 ("Qırmızı Körpü", "LOC", None, None, ["Qırmızı Körpü"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın", "Azərbaycan"]),
 ("Marneuli", "LOC", None, None, ["Marneuliyə"]),
 ("Gəncə", "LOC", None, None, ["Gəncədə"]),
 ("Şəki", "LOC", None, None, ["Şəkidə"]),
], [
 E("VISIT", ["Nicat Ələsgərli"], "Tbilisi", "2026-07-08", "happened", "Nicat Ələsgərli iyulun 8-də",
   ["ikitərəfli münasibətlər"], date_text="iyulun 8-də"),
 E("MEET", ["Nicat Ələsgərli", "Nino Abaşidze"], "Tbilisi", "2026-07-08", "happened", "Tbilisi hava limanında",
   ["rəsmi qarşılanma"], host="Nino Abaşidze", date_text="iyulun 8-də"),
 E("VISIT", ["Nicat Ələsgərli"], "Mtatsminda panteonu", "2026-07-08", "happened", "Dünən axşam Nicat",
   ["xatirənin yad edilməsi"], place="Mtatsminda panteonu", date_text="Dünən"),
 E("MEET", ["Nicat Ələsgərli", "İrakli Mçedlişvili"], "Gürcüstan Dövlət Kansleriyası", "2026-07-09", "happened",
   "Bu gün Tbilisidəki Dövlət", ["tranzit", "sərhəd-keçid məntəqəsi"], date_text="Bu gün"),
 E("SIGN", ["Nicat Ələsgərli", "İrakli Mçedlişvili"], "Gürcüstan Dövlət Kansleriyası", "2026-07-09", "happened",
   "Danışıqların sonunda hökumət", ["sərhəd-keçid məntəqəsi"], date_text="Danışıqların sonunda"),
 E("MEET", ["Nicat Ələsgərli", "Levan Kiknadze"], None, None, "happened", "Səfər çərçivəsində Azərbaycan",
   ["ikitərəfli münasibətlər"], host="Levan Kiknadze"),
 E("VISIT", ["Nicat Ələsgərli"], "Marneuli", "2026-07-10", "planned", "Sabah Nicat Ələsgərlinin",
   ["diaspor"], date_text="Sabah"),
])
