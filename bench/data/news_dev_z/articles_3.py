A("714_elesgerli_baki_enerji_forumu_trend.txt", "trend.az", """date 2027-06-01
Bakı Enerji Forumu açılıb: Baş nazir Nicat Ələsgərli xarici qonaqlarla görüşüb

Bu gün Bakı Ekspo Mərkəzində Bakı Enerji Həftəsi çərçivəsində XXXII Bakı Enerji Forumunun rəsmi açılış mərasimi keçirilib. Üç gün davam edəcək foruma 40-dan artıq ölkədən nazirlər, beynəlxalq maliyyə institutlarının və enerji şirkətlərinin rəhbərləri qatılıb.

Trend-in məlumatına görə, mərasimdə Prezident Teymur Səlimovun forum iştirakçılarına ünvanladığı müraciəti Baş nazir Nicat Ələsgərli oxuyub. Müraciətdə Azərbaycanın bərpa olunan mənbələr hesabına elektrik enerjisi ixracını 2030-cu ilədək iki dəfə artırmaq niyyətində olduğu bildirilib.

Açılışda Beynəlxalq Enerji Agentliyinin icraçı direktoru Anders Lindal və Türkiyənin enerji və təbii sərvətlər naziri Murat Ekinci də çıxış ediblər.

Mərasimdən sonra Nicat Ələsgərli əvvəlcə Avropa Komissiyasının enerji məsələləri üzrə komissarı Yan Dvorjak, ardınca Macarıstanın xarici işlər və ticarət naziri Gergely Szalai ilə görüşüb.

Görüşlərdə Xəzər–Qara dəniz–Avropa yaşıl enerji dəhlizinin maliyyələşdirilməsi, Azərbaycan qazının Mərkəzi Avropaya nəqlinin artırılması məsələləri müzakirə olunub.

Sabah forumun ikinci günündə Xəzəryanı ölkələrin energetika nazirlərinin dəyirmi masası keçiriləcək, ona energetika naziri Elçin Bəşirli sədrlik edəcək.
""", [
 ("Nicat Ələsgərli", "PER", "baş nazir", "Azərbaycan", ["Nicat Ələsgərli"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimovun"]),
 ("Anders Lindal", "PER", "icraçı direktor", "Beynəlxalq Enerji Agentliyi", ["Anders Lindal"]),
 ("Murat Ekinci", "PER", "enerji və təbii sərvətlər naziri", "Türkiyə", ["Murat Ekinci"]),
 ("Yan Dvorjak", "PER", "komissar", "Avropa Komissiyası", ["Yan Dvorjak"]),
 ("Gergely Szalai", "PER", "xarici işlər və ticarət naziri", "Macarıstan", ["Gergely Szalai"]),
 ("Elçin Bəşirli", "PER", "energetika naziri", "Azərbaycan", ["Elçin Bəşirli"]),
 ("Beynəlxalq Enerji Agentliyi", "ORG", None, None, ["Beynəlxalq Enerji Agentliyinin"]),
 ("Avropa Komissiyası", "ORG", None, None, ["Avropa Komissiyasının"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
 ("Bakı Ekspo Mərkəzi", "LOC", None, None, ["Bakı Ekspo Mərkəzində"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın", "Azərbaycan"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstanın"]),
 ("Mərkəzi Avropa", "LOC", None, None, ["Mərkəzi Avropaya"]),
], [
 E("ATTEND", ["Nicat Ələsgərli"], "Bakı Ekspo Mərkəzi", "2027-06-01", "happened", "mərasimdə Prezident Teymur Səlimovun",
   ["bərpa olunan enerji", "elektrik enerjisi ixracı"], date_text="Bu gün", event_name="XXXII Bakı Enerji Forumu"),
 E("ATTEND", ["Anders Lindal"], "Bakı Ekspo Mərkəzi", "2027-06-01", "happened", "Açılışda Beynəlxalq Enerji",
   ["enerji"], event_name="XXXII Bakı Enerji Forumu"),
 E("ATTEND", ["Murat Ekinci"], "Bakı Ekspo Mərkəzi", "2027-06-01", "happened", "Açılışda Beynəlxalq Enerji",
   ["enerji"], event_name="XXXII Bakı Enerji Forumu"),
 E("MEET", ["Nicat Ələsgərli", "Yan Dvorjak"], "Bakı Ekspo Mərkəzi", "2027-06-01", "happened", "Mərasimdən sonra Nicat",
   ["yaşıl enerji dəhlizi", "qaz ixracı"], date_text="Mərasimdən sonra"),
 E("MEET", ["Nicat Ələsgərli", "Gergely Szalai"], "Bakı Ekspo Mərkəzi", "2027-06-01", "happened", "Mərasimdən sonra Nicat",
   ["yaşıl enerji dəhlizi", "qaz ixracı"], date_text="Mərasimdən sonra"),
 E("ATTEND", ["Elçin Bəşirli"], "Bakı Ekspo Mərkəzi", "2027-06-02", "planned", "Sabah forumun ikinci",
   ["enerji"], date_text="Sabah", event_name="Xəzəryanı ölkələrin energetika nazirlərinin dəyirmi masası"),
])

A("715_elesgerli_baki_enerji_forumu_qafqazinfo.txt", "qafqazinfo.az", """date 2027-06-01
Bakı Enerji Forumu işə başlayıb: Nicat Ələsgərli xarici qonaqlarla görüşüb

Bu gün Bakı Ekspo Mərkəzində Bakı Enerji Həftəsi çərçivəsində XXXII Bakı Enerji Forumunun rəsmi açılış mərasimi keçirilib. Üç gün davam edəcək foruma 40-dan artıq ölkədən nazirlər, beynəlxalq maliyyə institutlarının və enerji şirkətlərinin rəhbərləri qatılıb.

Qafqazinfo Trend-ə istinadən yazır ki, mərasimdə Prezident Teymur Səlimovun forum iştirakçılarına ünvanladığı müraciəti Baş nazir Nicat Ələsgərli oxuyub. Müraciətdə Azərbaycanın bərpa olunan mənbələr hesabına elektrik enerjisi ixracını 2030-cu ilədək iki dəfə artırmaq niyyətində olduğu bildirilib.

Açılışda Beynəlxalq Enerji Agentliyinin icraçı direktoru Anders Lindal və Türkiyənin enerji və təbii sərvətlər naziri Murat Ekinci də çıxış ediblər.

Mərasimdən sonra Nicat Ələsgərli əvvəlcə Avropa Komissiyasının enerji məsələləri üzrə komissarı Yan Dvorjak, ardınca Macarıstanın xarici işlər və ticarət naziri Gergely Szalai ilə görüşüb.

Görüşlərdə Xəzər–Qara dəniz–Avropa yaşıl enerji dəhlizinin maliyyə təminatı, Azərbaycan qazının Mərkəzi Avropaya nəqlinin artırılması məsələləri müzakirə edilib.

Sabah forumun ikinci günündə Xəzəryanı ölkələrin energetika nazirlərinin dəyirmi masası keçiriləcək, ona energetika naziri Elçin Bəşirli sədrlik edəcək.
""", [
 ("Nicat Ələsgərli", "PER", "baş nazir", "Azərbaycan", ["Nicat Ələsgərli"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimovun"]),
 ("Anders Lindal", "PER", "icraçı direktor", "Beynəlxalq Enerji Agentliyi", ["Anders Lindal"]),
 ("Murat Ekinci", "PER", "enerji və təbii sərvətlər naziri", "Türkiyə", ["Murat Ekinci"]),
 ("Yan Dvorjak", "PER", "komissar", "Avropa Komissiyası", ["Yan Dvorjak"]),
 ("Gergely Szalai", "PER", "xarici işlər və ticarət naziri", "Macarıstan", ["Gergely Szalai"]),
 ("Elçin Bəşirli", "PER", "energetika naziri", "Azərbaycan", ["Elçin Bəşirli"]),
 ("Beynəlxalq Enerji Agentliyi", "ORG", None, None, ["Beynəlxalq Enerji Agentliyinin"]),
 ("Avropa Komissiyası", "ORG", None, None, ["Avropa Komissiyasının"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo"]),
 ("Trend", "ORG", None, None, ["Trend-ə"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
 ("Bakı Ekspo Mərkəzi", "LOC", None, None, ["Bakı Ekspo Mərkəzində"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın", "Azərbaycan"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstanın"]),
 ("Mərkəzi Avropa", "LOC", None, None, ["Mərkəzi Avropaya"]),
], [
 E("ATTEND", ["Nicat Ələsgərli"], "Bakı Ekspo Mərkəzi", "2027-06-01", "happened", "mərasimdə Prezident Teymur Səlimovun",
   ["bərpa olunan enerji", "elektrik enerjisi ixracı"], date_text="Bu gün", event_name="XXXII Bakı Enerji Forumu",
   same_as="714_elesgerli_baki_enerji_forumu_trend.txt"),
 E("ATTEND", ["Anders Lindal"], "Bakı Ekspo Mərkəzi", "2027-06-01", "happened", "Açılışda Beynəlxalq Enerji",
   ["enerji"], event_name="XXXII Bakı Enerji Forumu", same_as="714_elesgerli_baki_enerji_forumu_trend.txt"),
 E("ATTEND", ["Murat Ekinci"], "Bakı Ekspo Mərkəzi", "2027-06-01", "happened", "Açılışda Beynəlxalq Enerji",
   ["enerji"], event_name="XXXII Bakı Enerji Forumu", same_as="714_elesgerli_baki_enerji_forumu_trend.txt"),
 E("MEET", ["Nicat Ələsgərli", "Yan Dvorjak"], "Bakı Ekspo Mərkəzi", "2027-06-01", "happened", "Mərasimdən sonra Nicat",
   ["yaşıl enerji dəhlizi", "qaz ixracı"], date_text="Mərasimdən sonra",
   same_as="714_elesgerli_baki_enerji_forumu_trend.txt"),
 E("MEET", ["Nicat Ələsgərli", "Gergely Szalai"], "Bakı Ekspo Mərkəzi", "2027-06-01", "happened", "Mərasimdən sonra Nicat",
   ["yaşıl enerji dəhlizi", "qaz ixracı"], date_text="Mərasimdən sonra",
   same_as="714_elesgerli_baki_enerji_forumu_trend.txt"),
 E("ATTEND", ["Elçin Bəşirli"], "Bakı Ekspo Mərkəzi", "2027-06-02", "planned", "Sabah forumun ikinci",
   ["enerji"], date_text="Sabah", event_name="Xəzəryanı ölkələrin energetika nazirlərinin dəyirmi masası",
   same_as="714_elesgerli_baki_enerji_forumu_trend.txt"),
], duplicate_of="714_elesgerli_baki_enerji_forumu_trend.txt")

A("716_medeniyyetlerarasi_dialoq_forumu_baki_azertac.txt", "AZERTAC", """date 2027-05-06
Bakıda VII Ümumdünya Mədəniyyətlərarası Dialoq Forumu işə başlayıb

Bu gün Heydər Əliyev Mərkəzində "Parçalanmış dünyada ortaq dəyərlər: dialoqdan əməkdaşlığa" mövzusunda VII Ümumdünya Mədəniyyətlərarası Dialoq Forumu öz işinə başlayıb. Üç gün davam edəcək tədbirdə 100-dən çox ölkədən 700-ə yaxın qonaq iştirak edir.

Açılış mərasimində Prezident Teymur Səlimov nitq söyləyərək Azərbaycanın əsrlər boyu müxtəlif dinlərin və mədəniyyətlərin qovuşduğu məkan olduğunu vurğulayıb.

AZERTAC-ın müxbiri bildirir ki, mərasimdə YUNESKO-nun Baş direktoru Adriana Kastelyanos, BMT Sivilizasiyalar Alyansının Ali nümayəndəsi Həsən Yıldırımoğlu, İslam Dünyası Təhsil, Elm və Mədəniyyət Təşkilatının (İSESKO) Baş direktoru Xalid əl-Mansuri və Avropa Şurasının Baş katibinin müavini Birgitta Holm da çıxış ediblər.

Açılışdan sonra dövlətimizin başçısı YUNESKO-nun Baş direktorunu və BMT Sivilizasiyalar Alyansının Ali nümayəndəsini qəbul edib.

Həmin gün mədəniyyət naziri Fərid Həsənli ilə İSESKO-nun Baş direktoru Bakıda təşkilatın regional ofisinin açılmasına dair memorandum imzalayıblar. Nazir forumun kənarında Misir, Özbəkistan və Portuqaliyanın mədəniyyət nazirləri ilə də görüşüb.

Forum mayın 8-dək davam edəcək, yekun günü iştirakçılar üçün Şəkiyə ekskursiya təşkil olunacaq.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Adriana Kastelyanos", "PER", "baş direktor", "Birləşmiş Millətlər Təşkilatının Təhsil, Elm və Mədəniyyət Təşkilatı",
  ["Adriana Kastelyanos"]),
 ("Həsən Yıldırımoğlu", "PER", "ali nümayəndə", "BMT Sivilizasiyalar Alyansı", ["Həsən Yıldırımoğlu"]),
 ("Xalid əl-Mansuri", "PER", "baş direktor", "İslam Dünyası Təhsil, Elm və Mədəniyyət Təşkilatı", ["Xalid əl-Mansuri"]),
 ("Birgitta Holm", "PER", "baş katibin müavini", "Avropa Şurası", ["Birgitta Holm"]),
 ("Fərid Həsənli", "PER", "mədəniyyət naziri", "Azərbaycan", ["Fərid Həsənli"]),
 ("Birləşmiş Millətlər Təşkilatının Təhsil, Elm və Mədəniyyət Təşkilatı", "ORG", None, None, ["YUNESKO-nun"]),
 ("BMT Sivilizasiyalar Alyansı", "ORG", None, None, ["BMT Sivilizasiyalar Alyansının"]),
 ("İslam Dünyası Təhsil, Elm və Mədəniyyət Təşkilatı", "ORG", None, None,
  ["İslam Dünyası Təhsil, Elm və Mədəniyyət Təşkilatının", "İSESKO", "İSESKO-nun"]),
 ("Avropa Şurası", "ORG", None, None, ["Avropa Şurasının"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-ın"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Heydər Əliyev Mərkəzi", "LOC", None, None, ["Heydər Əliyev Mərkəzində"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Misir", "LOC", None, None, ["Misir"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistan"]),
 ("Portuqaliya", "LOC", None, None, ["Portuqaliyanın"]),
 ("Şəki", "LOC", None, None, ["Şəkiyə"]),
], [
 E("ATTEND", ["Teymur Səlimov"], "Heydər Əliyev Mərkəzi", "2027-05-06", "happened", "Açılış mərasimində Prezident",
   ["mədəniyyətlərarası dialoq"], date_text="Bu gün",
   event_name="VII Ümumdünya Mədəniyyətlərarası Dialoq Forumu"),
 E("ATTEND", ["Adriana Kastelyanos"], "Heydər Əliyev Mərkəzi", "2027-05-06", "happened", "AZERTAC-ın müxbiri bildirir",
   ["mədəniyyətlərarası dialoq"], event_name="VII Ümumdünya Mədəniyyətlərarası Dialoq Forumu"),
 E("ATTEND", ["Həsən Yıldırımoğlu"], "Heydər Əliyev Mərkəzi", "2027-05-06", "happened", "AZERTAC-ın müxbiri bildirir",
   ["mədəniyyətlərarası dialoq"], event_name="VII Ümumdünya Mədəniyyətlərarası Dialoq Forumu"),
 E("ATTEND", ["Xalid əl-Mansuri"], "Heydər Əliyev Mərkəzi", "2027-05-06", "happened", "AZERTAC-ın müxbiri bildirir",
   ["mədəniyyətlərarası dialoq"], event_name="VII Ümumdünya Mədəniyyətlərarası Dialoq Forumu"),
 E("ATTEND", ["Birgitta Holm"], "Heydər Əliyev Mərkəzi", "2027-05-06", "happened", "AZERTAC-ın müxbiri bildirir",
   ["mədəniyyətlərarası dialoq"], event_name="VII Ümumdünya Mədəniyyətlərarası Dialoq Forumu"),
 E("MEET", ["Teymur Səlimov", "Adriana Kastelyanos"], "Heydər Əliyev Mərkəzi", "2027-05-06", "happened",
   "Açılışdan sonra dövlətimizin", ["mədəniyyət", "beynəlxalq təşkilatlarla əməkdaşlıq"], host="Teymur Səlimov",
   date_text="Açılışdan sonra"),
 E("MEET", ["Teymur Səlimov", "Həsən Yıldırımoğlu"], "Heydər Əliyev Mərkəzi", "2027-05-06", "happened",
   "Açılışdan sonra dövlətimizin", ["mədəniyyət", "beynəlxalq təşkilatlarla əməkdaşlıq"], host="Teymur Səlimov",
   date_text="Açılışdan sonra"),
 E("SIGN", ["Fərid Həsənli", "Xalid əl-Mansuri"], None, "2027-05-06", "happened", "Həmin gün mədəniyyət naziri",
   ["regional ofis", "mədəniyyət"], date_text="Həmin gün"),
])

A("717_selimov_telefon_danisiqlari_metbuat.txt", "metbuat.az", """date 2027-01-12
Prezident Teymur Səlimov üç dövlət və hökumət başçısı ilə telefonla danışıb

METBUAT.AZ
Əsas | Gündəm | Region | Xarici | Mədəniyyət | Sağlam həyat
12 yanvar 2027 15:08 | Gündəm
Prezident Teymur Səlimov üç dövlət və hökumət başçısı ilə telefonla danışıb

Dünən Prezident Teymur Səlimovun Qazaxıstan Prezidenti Nurlan Baymuxamedov, Özbəkistan Prezidenti Jasur Tursunov və Gürcüstanın Baş naziri Levan Kapanadze ilə ayrı-ayrılıqda telefon danışıqları olub.

Metbuat.az-a Prezidentin mətbuat xidmətindən bildirilib ki, söhbətlərdə cari ildə keçiriləcək çoxtərəfli tədbirlərin qrafiki, o cümlədən Türk Dövlətləri Təşkilatının qeyri-formal zirvəsinə hazırlıq müzakirə edilib.

Nurlan Baymuxamedov martda Bakıya dövlət səfəri edəcəyini təsdiqləyib, tərəflər səfər zamanı imzalanacaq sənədlərin siyahısını da gözdən keçiriblər. Jasur Tursunov isə dövlətimizin başçısını aprel ayında Səmərqənddə keçiriləcək Beynəlxalq İnvestisiya Forumuna dəvət edib.

Levan Kapanadze ilə danışıqda gürcü hökumət başçısının gələn həftə Bakıya planlaşdırılan işgüzar səfərinin proqramı dəqiqləşdirilib.

Bu gün isə Prezidentin Avropa İttifaqı Şurasının Prezidenti Matias Ferrer ilə telefon danışığının olacağı gözlənilir.

Teqlər: Teymur Səlimov, telefon danışığı
Son xəbərlər
Şamaxıda qar yağır, yollar təmizlənir
Naxçıvanda yeni avtovağzal istifadəyə verilib
© Metbuat.az, 2027
""", [
 ("Teymur Səlimov", "PER", "Prezident", None, ["Teymur Səlimov", "Teymur Səlimovun"]),
 ("Nurlan Baymuxamedov", "PER", "Prezident", "Qazaxıstan", ["Nurlan Baymuxamedov"]),
 ("Jasur Tursunov", "PER", "Prezident", "Özbəkistan", ["Jasur Tursunov"]),
 ("Levan Kapanadze", "PER", "baş nazir", "Gürcüstan", ["Levan Kapanadze"]),
 ("Matias Ferrer", "PER", "Prezident", "Avropa İttifaqı Şurası", ["Matias Ferrer"]),
 ("Türk Dövlətləri Təşkilatı", "ORG", None, None, ["Türk Dövlətləri Təşkilatının"]),
 ("Avropa İttifaqı Şurası", "ORG", None, None, ["Avropa İttifaqı Şurasının"]),
 ("Metbuat.az", "ORG", None, None, ["METBUAT.AZ", "Metbuat.az-a", "Metbuat.az"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistan"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstanın"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Səmərqənd", "LOC", None, None, ["Səmərqənddə"]),
 ("Şamaxı", "LOC", None, None, ["Şamaxıda"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvanda"]),
], [
 E("CALL", ["Teymur Səlimov", "Nurlan Baymuxamedov"], None, "2027-01-11", "happened", "Dünən Prezident Teymur",
   ["çoxtərəfli tədbirlər", "TDT zirvəsi"], date_text="Dünən"),
 E("CALL", ["Teymur Səlimov", "Jasur Tursunov"], None, "2027-01-11", "happened", "Dünən Prezident Teymur",
   ["çoxtərəfli tədbirlər", "TDT zirvəsi"], date_text="Dünən"),
 E("CALL", ["Teymur Səlimov", "Levan Kapanadze"], None, "2027-01-11", "happened", "Dünən Prezident Teymur",
   ["çoxtərəfli tədbirlər"], date_text="Dünən"),
 E("VISIT", ["Nurlan Baymuxamedov"], "Bakı", "2027-03", "planned", "Nurlan Baymuxamedov martda",
   ["dövlət səfəri"], date_text="martda"),
 E("VISIT", ["Levan Kapanadze"], "Bakı", "2027-01", "planned", "Levan Kapanadze ilə danışıqda",
   ["işgüzar səfər"], date_text="gələn həftə"),
 E("CALL", ["Teymur Səlimov", "Matias Ferrer"], None, "2027-01-12", "planned", "Bu gün isə Prezidentin",
   ["Aİ ilə əməkdaşlıq"], date_text="Bu gün"),
])

A("718_tdt_zirvesi_astana_xalq_qezeti.txt", None, """date 2027-10
Astana zirvəsi: türk dünyasının birliyi yeni mərhələdə

Oktyabrın 7-də Qazaxıstanın paytaxtı Astanada Türk Dövlətləri Təşkilatı Dövlət Başçıları Şurasının XII Zirvə görüşü keçirildi. Zirvədə Azərbaycan Respublikasının Prezidenti Teymur Səlimov iştirak etdi.

Dövlətimizin başçısı Astanaya zirvə ərəfəsində, oktyabrın 6-da axşam gəlmişdi. Həmin gün şəhərdə təşkilatın Xarici İşlər Nazirləri Şurasının iclası da keçirilmiş, Azərbaycanı orada xarici işlər naziri Ruslan Kazımlı təmsil etmişdi.

Zirvəni ev sahibi kimi Qazaxıstan Prezidenti Nurlan Baymuxamedov açdı. Çıxış edən Prezident Teymur Səlimov Orta Dəhlizin ötürmə qabiliyyətinin artırılmasının, türk dövlətləri arasında gömrük prosedurlarının sadələşdirilməsinin vacibliyini vurğuladı, Azərbaycanın bu istiqamətdə həyata keçirdiyi layihələr barədə etraflı məlumat ver-
di.

Zirvə çərçivəsində Azərbaycan Prezidenti Türkiyə Prezidenti Kemal Arslanoğlu, Özbəkistan Prezidenti Jasur Tursunov və Qırğızıstan Prezidenti Talant Sadırov ilə ikitərəfli görüşlər keçirdi. Görüşlərdə ticarət-iqtisadi əlaqələrin genişləndirilməsi, birgə investisiya fondlarının fəaliyyəti muzakirə olundu.

Zirvənin yekununda qəbul olunan Astana Bəyannaməsini Azərbaycan, Qazaxıstan, Qırğızıstan, Özbəkistan və Türkiyə prezidentləri imzaladılar. Təşkilatın növbəti zirvəsinin 2028-ci ildə Bakıda keçiriləcəyi elan olun-
du.

Elmira QULİYEVA,
«Xalq qəzeti»
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Azərbaycan", ["Ruslan Kazımlı"]),
 ("Nurlan Baymuxamedov", "PER", "Prezident", "Qazaxıstan", ["Nurlan Baymuxamedov"]),
 ("Kemal Arslanoğlu", "PER", "Prezident", "Türkiyə", ["Kemal Arslanoğlu"]),
 ("Jasur Tursunov", "PER", "Prezident", "Özbəkistan", ["Jasur Tursunov"]),
 ("Talant Sadırov", "PER", "Prezident", "Qırğızıstan", ["Talant Sadırov"]),
 ("Elmira Quliyeva", "PER", None, None, ["Elmira QULİYEVA"]),
 ("Türk Dövlətləri Təşkilatı", "ORG", None, None, ["Türk Dövlətləri Təşkilatı"]),
 ("Xalq qəzeti", "ORG", None, None, ["Xalq qəzeti"]),
 ("Astana", "LOC", None, None, ["Astana", "Astanada", "Astanaya"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstanın", "Qazaxıstan"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan Respublikasının", "Azərbaycanı", "Azərbaycanın", "Azərbaycan"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistan"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstan"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
], [
 E("ATTEND", ["Teymur Səlimov"], "Astana", "2027-10-07", "happened", "Zirvədə Azərbaycan Respublikasının",
   ["Orta Dəhliz", "gömrük prosedurları"], date_text="Oktyabrın 7-də",
   event_name="TDT Dövlət Başçıları Şurasının XII Zirvə görüşü"),
 E("VISIT", ["Teymur Səlimov"], "Astana", "2027-10-06", "happened", "Dövlətimizin başçısı Astanaya",
   ["türk dünyası"], date_text="oktyabrın 6-da axşam"),
 E("ATTEND", ["Ruslan Kazımlı"], "Astana", "2027-10-06", "happened", "Həmin gün şəhərdə",
   ["türk dünyası"], date_text="Həmin gün", event_name="TDT-nin Xarici İşlər Nazirləri Şurasının iclası"),
 E("ATTEND", ["Nurlan Baymuxamedov"], "Astana", "2027-10-07", "happened", "Zirvəni ev sahibi kimi",
   ["türk dünyası"], event_name="TDT Dövlət Başçıları Şurasının XII Zirvə görüşü"),
 E("MEET", ["Teymur Səlimov", "Kemal Arslanoğlu"], "Astana", "2027-10-07", "happened", "Zirvə çərçivəsində Azərbaycan",
   ["ticarət-iqtisadi əlaqələr", "investisiya fondları"]),
 E("MEET", ["Teymur Səlimov", "Jasur Tursunov"], "Astana", "2027-10-07", "happened", "Zirvə çərçivəsində Azərbaycan",
   ["ticarət-iqtisadi əlaqələr", "investisiya fondları"]),
 E("MEET", ["Teymur Səlimov", "Talant Sadırov"], "Astana", "2027-10-07", "happened", "Zirvə çərçivəsində Azərbaycan",
   ["ticarət-iqtisadi əlaqələr", "investisiya fondları"]),
 E("SIGN", ["Teymur Səlimov", "Nurlan Baymuxamedov", "Talant Sadırov", "Jasur Tursunov", "Kemal Arslanoğlu"], "Astana",
   "2027-10-07", "happened", "qəbul olunan Astana Bəyannaməsini", ["türk dünyası"]),
])

A("719_elesgerli_mdb_minsk_respublika.txt", None, """date 2027-06
Nicat Ələsgərlinin Minsk səfəri: hökumət başçıları bir araya gəldi

Iyunun 3-də Baş nazir Nicat Ələsgərli Müstəqil Dövlətlər Birliyi Hökumət Başçıları Şurasının növbəti toplantısına qatılmaq üçün Belarus Respublikasının paytaxtı Minskə gəldi.

Həmin gün axşam Belarusun Baş naziri Sergey Kovalçuk Azerbaycan hökumətinin başçısını qəbul etdi. Görüşdə iki ölkə arasında əmtəə dövriyyesinin həcmi, Gəncədəki traktor yığımı müəssisəsinin gücünün artırılması muzakirə olundu.

Ertəsi gün keçirilən iclasda söz alan Nicat Ələsgərli Birlik məkanında yük daşımalarının rəqəmsallaşdırılması və enerji səmərəliliyi sahəsində birgə layihələrə hazır olduğumuzu bildirdi. İclasın sonunda 20-yə yaxın sənəd im-
zalandı.

İclasın kənarında Baş nazir Rusiya Hökumətinin sədri Aleksey Voronin və Qazaxıstanın Baş naziri Arman Jaksılıkov ilə görüşdü.

Proqrama görə, Baş nazir iyunun 5-də Minsk Traktor Zavoduna baş çəkməli idi. Lakin Bakıda keçiriləcək hökumət iclası ilə əlaqədar səfər qısaldıldı və bu ziyarət baş tutmadı. Nicat Ələsgərli iyunun 4-də axşam Vətənə qayıtdı.

Nərgiz HÜSEYNLİ,
«Respublika»
""", [
 ("Nicat Ələsgərli", "PER", "baş nazir", "Azərbaycan", ["Nicat Ələsgərlinin", "Nicat Ələsgərli"]),
 ("Sergey Kovalçuk", "PER", "baş nazir", "Belarus", ["Sergey Kovalçuk"]),
 ("Aleksey Voronin", "PER", "hökumətin sədri", "Rusiya Hökuməti", ["Aleksey Voronin"]),
 ("Arman Jaksılıkov", "PER", "baş nazir", "Qazaxıstan", ["Arman Jaksılıkov"]),
 ("Nərgiz Hüseynli", "PER", None, None, ["Nərgiz HÜSEYNLİ"]),
 ("Müstəqil Dövlətlər Birliyi", "ORG", None, None, ["Müstəqil Dövlətlər Birliyi", "Birlik"]),
 ("Rusiya Hökuməti", "ORG", None, None, ["Rusiya Hökumətinin"]),
 ("Minsk Traktor Zavodu", "ORG", None, None, ["Minsk Traktor Zavoduna"]),
 ("Respublika", "ORG", None, None, ["Respublika"]),
 ("Minsk", "LOC", None, None, ["Minsk", "Minskə"]),
 ("Belarus", "LOC", None, None, ["Belarus Respublikasının", "Belarusun"]),
 ("Azərbaycan", "LOC", None, None, ["Azerbaycan"]),
 ("Gəncə", "LOC", None, None, ["Gəncədəki"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstanın"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
], [
 E("VISIT", ["Nicat Ələsgərli"], "Minsk", "2027-06-03", "happened", "Iyunun 3-də Baş nazir",
   ["MDB"], date_text="Iyunun 3-də"),
 E("MEET", ["Nicat Ələsgərli", "Sergey Kovalçuk"], "Minsk", "2027-06-03", "happened", "Həmin gün axşam Belarusun",
   ["əmtəə dövriyyəsi", "traktor istehsalı"], host="Sergey Kovalçuk", date_text="Həmin gün axşam"),
 E("ATTEND", ["Nicat Ələsgərli"], "Minsk", "2027-06-04", "happened", "Ertəsi gün keçirilən iclasda",
   ["yük daşımaları", "enerji səmərəliliyi"], date_text="Ertəsi gün",
   event_name="MDB Hökumət Başçıları Şurasının iclası"),
 E("MEET", ["Nicat Ələsgərli", "Aleksey Voronin"], "Minsk", "2027-06-04", "happened", "İclasın kənarında Baş nazir",
   ["ikitərəfli münasibətlər"]),
 E("MEET", ["Nicat Ələsgərli", "Arman Jaksılıkov"], "Minsk", "2027-06-04", "happened", "İclasın kənarında Baş nazir",
   ["ikitərəfli münasibətlər"]),
 E("VISIT", ["Nicat Ələsgərli"], "Minsk Traktor Zavodu", "2027-06-05", "negated", "Proqrama görə, Baş nazir",
   ["sənaye"], place="Minsk Traktor Zavodu", date_text="iyunun 5-də"),
])

A("720_legv_ve_texire_salinan_tedbirler_qafqazinfo.txt", "qafqazinfo.az", """date 2027-07-05
Prezidentin Dublin səfəri baş tutmayacaq, üçtərəfli sammit sentyabra keçirilib

Prezident Teymur Səlimovun iyulun 8-də Dublində keçiriləcək Avropa Siyasi Birliyinin zirvəsində iştirakı nəzərdə tutulurdu. Lakin dövlətimizin başçısının iş qrafikindəki dəyişikliklə əlaqədar zirvədə Azərbaycan heyətinə xarici işlər naziri Ruslan Kazımlı başçılıq edəcək.

Qafqazinfo-ya Xarici İşlər Nazirliyindən bildiriblər ki, Prezidentin İrlandiyanın Baş naziri Şon Doyl ilə zirvə çərçivəsində planlaşdırılan ikitərəfli görüşü də təxirə salınıb.

Bundan başqa, Prezident Teymur Səlimovun, Türkiyə Prezidenti Kemal Arslanoğlunun və Türkmənistan Prezidenti Aman Berdıyevin iştirakı ilə iyulun 12–13-də Bakıda keçirilməsi planlaşdırılan Azərbaycan–Türkiyə–Türkmənistan üçtərəfli sammiti Aşqabadın xahişi ilə sentyabra keçirilib. Sammit zamanı imzalanması nəzərdə tutulan qaz mübadiləsi sazişi də payıza qədər gözləyəcək.

Dublindən sonra Ruslan Kazımlının iyulun 9-da Londona keçərək Böyük Britaniyanın xarici işlər naziri Ketrin Morqan ilə görüşməsi planlaşdırılır.

Həmçinin bu həftə Bakıya gözlənilən Slovakiyanın xarici işlər naziri Peter Kovaçın səfəri Bratislavadakı hökumət böhranı səbəbindən ləğv olunub.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimovun"]),
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Xarici İşlər Nazirliyi", ["Ruslan Kazımlı", "Ruslan Kazımlının"]),
 ("Şon Doyl", "PER", "baş nazir", "İrlandiya", ["Şon Doyl"]),
 ("Kemal Arslanoğlu", "PER", "Prezident", "Türkiyə", ["Kemal Arslanoğlunun"]),
 ("Aman Berdıyev", "PER", "Prezident", "Türkmənistan", ["Aman Berdıyevin"]),
 ("Ketrin Morqan", "PER", "xarici işlər naziri", "Böyük Britaniya", ["Ketrin Morqan"]),
 ("Peter Kovaç", "PER", "xarici işlər naziri", "Slovakiya", ["Peter Kovaçın"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["Xarici İşlər Nazirliyindən"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo-ya"]),
 ("Dublin", "LOC", None, None, ["Dublin", "Dublində", "Dublindən"]),
 ("Avropa", "LOC", None, None, ["Avropa"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("İrlandiya", "LOC", None, None, ["İrlandiyanın"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə"]),
 ("Türkmənistan", "LOC", None, None, ["Türkmənistan"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
 ("Aşqabad", "LOC", None, None, ["Aşqabadın"]),
 ("London", "LOC", None, None, ["Londona"]),
 ("Böyük Britaniya", "LOC", None, None, ["Böyük Britaniyanın"]),
 ("Slovakiya", "LOC", None, None, ["Slovakiyanın"]),
 ("Bratislava", "LOC", None, None, ["Bratislavadakı"]),
], [
 E("ATTEND", ["Teymur Səlimov"], "Dublin", "2027-07-08", "negated", "Prezident Teymur Səlimovun iyulun 8-də",
   ["Avropa ilə əməkdaşlıq"], date_text="iyulun 8-də", event_name="Avropa Siyasi Birliyinin zirvəsi"),
 E("ATTEND", ["Ruslan Kazımlı"], "Dublin", "2027-07-08", "planned", "Lakin dövlətimizin başçısının iş",
   ["Avropa ilə əməkdaşlıq"], date_text="iyulun 8-də", event_name="Avropa Siyasi Birliyinin zirvəsi"),
 E("MEET", ["Teymur Səlimov", "Şon Doyl"], "Dublin", "2027-07-08", "negated", "Prezidentin İrlandiyanın Baş naziri",
   ["ikitərəfli münasibətlər"]),
 E("MEET", ["Teymur Səlimov", "Kemal Arslanoğlu", "Aman Berdıyev"], "Bakı", "2027-07-12", "negated",
   "Bundan başqa, Prezident", ["üçtərəfli əməkdaşlıq", "qaz mübadiləsi"], date_text="iyulun 12–13-də"),
 E("MEET", ["Teymur Səlimov", "Kemal Arslanoğlu", "Aman Berdıyev"], "Bakı", "2027-09", "planned",
   "Bundan başqa, Prezident", ["üçtərəfli əməkdaşlıq", "qaz mübadiləsi"], date_text="sentyabra"),
 E("VISIT", ["Ruslan Kazımlı"], "London", "2027-07-09", "planned", "Dublindən sonra Ruslan",
   ["ikitərəfli münasibətlər"], date_text="iyulun 9-da"),
 E("MEET", ["Ruslan Kazımlı", "Ketrin Morqan"], "London", "2027-07-09", "planned", "Dublindən sonra Ruslan",
   ["ikitərəfli münasibətlər"], date_text="iyulun 9-da"),
 E("VISIT", ["Peter Kovaç"], "Bakı", "2027-07", "negated", "Həmçinin bu həftə Bakıya",
   ["ikitərəfli münasibətlər"], date_text="bu həftə"),
])
