A("610_bekirli_bp_harland_report.txt", "report.az", """date 2026-02-11
Elçin Bəkirli bp-nin regional rəhbəri ilə Cəbrayıldakı günəş stansiyasının tikintisini müzakirə edib

Energetika naziri Elçin Bəkirli fevralın 10-da bp şirkətinin Azərbaycan, Gürcüstan və Türkiyəni əhatə edən region üzrə prezidenti Ceyms Harlandı qəbul edib.

Energetika Nazirliyinin Report-a açıqladığı məlumatda deyilir ki, görüşdə Cəbrayıl rayonunda inşa olunan 240 meqavatlıq "Şəfəq" günəş elektrik stansiyasının tikinti cədvəli, eləcə də Azəri-Çıraq-Günəşli yataqlar blokunda hasilatın sabit saxlanması üçün nəzərdə tutulan yeni qazma proqramı ətraflı nəzərdən keçirilib. Tərəflər Xəzərin Azərbaycan sektorunda yeni kəşfiyyat bloklarına dair danışıqların gedişini də müzakirə ediblər.

Nazir vurğulayıb ki, işğaldan azad edilmiş torpaqlarda bərpa olunan enerjiyə sərmayə yatıran ilk transmilli şirkətlərdən olan bp ilə tərəfdaşlıq uzunmüddətli xarakter daşıyır. Ceyms Harland isə stansiyanın birinci növbəsinin payızadək şəbəkəyə qoşulacağını bildirib.

Görüş çərçivəsində nazirliklə şirkət arasında Cəbrayılda enerji sahəsi üzrə peşə tədris mərkəzinin yaradılmasına dair niyyət protokolu imzalanıb.

Harlandın martın 3-də nazir müavini Nərmin Talıbova ilə birgə Cəbrayıla gedərək tikinti meydançası ilə tanış olması planlaşdırılır. Xatırladaq ki, layihə yanvarın sonunda şirkətin Londondakı baş ofisində bp rəhbərliyi ilə SOCAR prezidenti Vüqar Rzaquliyev arasında keçən görüşdə də əsas mövzulardan olub.
""", [
 ("Elçin Bəkirli", "PER", "energetika naziri", "Energetika Nazirliyi", ["Elçin Bəkirli"]),
 ("Ceyms Harland", "PER", "region üzrə prezident", "BP", ["Ceyms Harlandı", "Ceyms Harland", "Harlandın"]),
 ("Nərmin Talıbova", "PER", "nazir müavini", "Energetika Nazirliyi", ["Nərmin Talıbova"]),
 ("Vüqar Rzaquliyev", "PER", "prezident", "Azərbaycan Respublikası Dövlət Neft Şirkəti", ["Vüqar Rzaquliyev"]),
 ("BP", "ORG", None, None, ["bp-nin", "bp"]),
 ("Energetika Nazirliyi", "ORG", None, None, ["Energetika Nazirliyinin"]),
 ("Azərbaycan Respublikası Dövlət Neft Şirkəti", "ORG", None, None, ["SOCAR"]),
 ("Report", "ORG", None, None, ["Report-a"]),
 ("Cəbrayıl", "LOC", None, None, ["Cəbrayıldakı", "Cəbrayıl", "Cəbrayılda", "Cəbrayıla"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyəni"]),
 ("Azəri-Çıraq-Günəşli yataqlar bloku", "LOC", None, None, ["Azəri-Çıraq-Günəşli"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzərin"]),
 ("London", "LOC", None, None, ["Londondakı"]),
], [
 E("MEET", ["Elçin Bəkirli", "Ceyms Harland"], None, "2026-02-10", "happened", "Energetika naziri Elçin Bəkirli fevralın 10-da",
   ["enerji", "bərpa olunan enerji", "neft hasilatı"], host="Elçin Bəkirli", date_text="fevralın 10-da"),
 E("SIGN", ["Energetika Nazirliyi", "BP"], None, "2026-02-10", "happened", "Görüş çərçivəsində nazirliklə",
   ["peşə təhsili", "enerji"], date_text="fevralın 10-da"),
 E("VISIT", ["Ceyms Harland", "Nərmin Talıbova"], "Cəbrayıl", "2026-03-03", "planned", "Harlandın martın 3-də",
   ["bərpa olunan enerji"], date_text="martın 3-də"),
 E("MEET", ["Vüqar Rzaquliyev", "BP"], "London", "2026-01", "happened", "Xatırladaq ki, layihə yanvarın sonunda",
   ["bərpa olunan enerji"], date_text="yanvarın sonunda"),
])

A("611_tagizade_turkmenistan_komissiya_apa.txt", "APA", """date 2026-03-05
Türkmənistanla hökumətlərarası komissiya Aşqabadda toplanıb: protokol və tarif sazişi imzalanıb

Martın 4-də Aşqabadda iqtisadi əməkdaşlıq üzrə Azərbaycan ilə Türkmənistan arasında yaradılmış hökumətlərarası komissiya doqquzuncu dəfə toplanıb. Toplantıya tərəflərin həmsədrləri – Azərbaycan Baş nazirinin müavini Orxan Tağızadə və Türkmənistan Nazirlər Kabineti sədrinin müavini Mırat Annayev sədrlik ediblər.

APA-nın Aşqabaddakı müxbiri bildirir ki, Azərbaycan heyəti türkmən paytaxtına martın 3-də gəlib. Müzakirə olunan məsələlər sırasında dəniz yolu ilə daşınan yüklərin həcmi, Türkmənbaşıdan Ələtə işləyən bərələrin sayının çoxaldılması, "Dostluq" yatağının birgə işlənməsinin texniki detalları olub.

Toplantının sonunda protokolu həmsədrlər imzalayıblar. Həmçinin "Azərbaycan Dəmir Yolları" və "Türkmendemiryollary" agentliyi tranzit yükləri üçün güzəştli tariflər barədə sazişə, iki ölkənin kənd təsərrüfatı nazirlikləri isə fitosanitar nəzarətə dair memoranduma imza atıblar.

Həmin gün Orxan Tağızadə Türkmənistan Prezidenti Qurbanməhəmməd Atayev tərəfindən qəbul olunub. Qonaq Prezident Teymur Səlimovun salamlarını türkmən liderinə çatdırıb, dövlət başçısı isə ikitərəfli ticarətin son iki ildə təxminən iki dəfə artdığını məmnunluqla qeyd edib.

Komissiyanın gələn toplantısını gələn il Bakıda keçirmək qərara alınıb. Sabah, səfərin son günü, Tağızadənin Türkmənbaşı limanını gəzəcəyi gözlənilir.
""", [
 ("Orxan Tağızadə", "PER", "baş nazirin müavini", "Azərbaycan", ["Orxan Tağızadə", "Tağızadənin"]),
 ("Mırat Annayev", "PER", "nazirlər kabineti sədrinin müavini", "Türkmənistan Nazirlər Kabineti", ["Mırat Annayev"]),
 ("Qurbanməhəmməd Atayev", "PER", "Prezident", "Türkmənistan", ["Qurbanməhəmməd Atayev"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimovun"]),
 ("Türkmənistan Nazirlər Kabineti", "ORG", None, None, ["Türkmənistan Nazirlər Kabineti"]),
 ("Azərbaycan Dəmir Yolları", "ORG", None, None, ["Azərbaycan Dəmir Yolları"]),
 ("Türkmendemiryollary", "ORG", None, None, ["Türkmendemiryollary"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Türkmənistan", "LOC", None, None, ["Türkmənistanla", "Türkmənistan"]),
 ("Aşqabad", "LOC", None, None, ["Aşqabadda", "Aşqabaddakı"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Türkmənbaşı", "LOC", None, None, ["Türkmənbaşıdan"]),
 ("Ələt", "LOC", None, None, ["Ələtə"]),
 ("Dostluq yatağı", "LOC", None, None, ["Dostluq"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Türkmənbaşı limanı", "LOC", None, None, ["Türkmənbaşı limanını"]),
], [
 E("MEET", ["Orxan Tağızadə", "Mırat Annayev"], "Aşqabad", "2026-03-04", "happened", "Toplantıya tərəflərin həmsədrləri",
   ["nəqliyyat", "enerji", "ticarət"], date_text="Martın 4-də",
   event_name="Azərbaycan–Türkmənistan hökumətlərarası komissiyasının doqquzuncu iclası"),
 E("VISIT", ["Orxan Tağızadə"], "Aşqabad", "2026-03-03", "happened", "Azərbaycan heyəti türkmən paytaxtına",
   ["ticarət"], date_text="martın 3-də"),
 E("SIGN", ["Orxan Tağızadə", "Mırat Annayev"], "Aşqabad", "2026-03-04", "happened", "Toplantının sonunda protokolu",
   ["ticarət", "nəqliyyat"], date_text="Toplantının sonunda"),
 E("SIGN", ["Azərbaycan Dəmir Yolları", "Türkmendemiryollary"], "Aşqabad", "2026-03-04", "happened", "Həmçinin \"Azərbaycan Dəmir Yolları\"",
   ["tranzit daşımaları", "tariflər"]),
 E("MEET", ["Qurbanməhəmməd Atayev", "Orxan Tağızadə"], None, "2026-03-04", "happened", "Həmin gün Orxan Tağızadə",
   ["ticarət"], host="Qurbanməhəmməd Atayev", date_text="Həmin gün"),
 E("VISIT", ["Orxan Tağızadə"], "Türkmənbaşı limanı", "2026-03-06", "planned", "Sabah, səfərin son günü",
   ["nəqliyyat", "limanlar"], place="Türkmənbaşı limanı", date_text="Sabah"),
])

A("612_selimov_caspian_oil_gas_baki_enerji_forumu.txt", "AZERTAC", """date 2026-06-02
Prezident Teymur Səlimov "Caspian Oil & Gas" sərgisi ilə tanış olub, Bakı Enerji Forumunun açılışında iştirak edib

Bu gün Bakı Enerji Həftəsi çərçivəsində 31-ci "Caspian Oil & Gas" beynəlxalq sərgisi qonaqlarını qəbul etməyə başlayıb. AZERTAC xəbər verir ki, Prezident Teymur Səlimov səhər saatlarında Bakı Ekspo Mərkəzinə gələrək sərginin ekspozisiyasını gəzib.

Dövlətimizin başçısına SOCAR-ın, bp-nin, "TotalEnergies" və "Equinor" şirkətlərinin, həmçinin Türkiyə, Qazaxıstan və Çin milli pavilyonlarının stendlərində nümayiş olunan texnologiyalar barədə məlumat verilib.

Daha sonra Teymur Səlimov Bakı Konqres Mərkəzində Bakı Enerji Forumunun açılış mərasiminə qatılıb və nitq söyləyib. Prezident qeyd edib ki, Azərbaycan qaz ixracının coğrafiyasını genişləndirməklə yanaşı, bərpa olunan enerji mənbələrindən elektrik ixracına da hazırlaşır.

Mərasimdə Türkiyənin enerji və təbii sərvətlər naziri Kerem Aydınoğlu, OPEK-in Baş katibi Nasir əl-Harisi və Beynəlxalq Bərpa Olunan Enerji Agentliyinin (IRENA) baş direktoru Françesko Lamberti də nitq söyləyiblər.

Forumun kənarında Teymur Səlimov Kerem Aydınoğlunu və "TotalEnergies" şirkətinin baş direktoru Patrik Duvalı ayrı-ayrılıqda qəbul edib. Söhbətlərdə Naxçıvanın qaz təchizatı və Abşeron yatağının ikinci mərhələsi nəzərdən keçirilib.

Sabah dövlət başçısının Qazaxıstanın energetika naziri Yerlan Sadıqovla görüşü gözlənilir. Bakı Enerji Həftəsi iyunun 4-də yekunlaşacaq.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Kerem Aydınoğlu", "PER", "enerji və təbii sərvətlər naziri", "Türkiyə", ["Kerem Aydınoğlu", "Kerem Aydınoğlunu"]),
 ("Nasir əl-Harisi", "PER", "baş katib", "Neft İxrac Edən Ölkələr Təşkilatı", ["Nasir əl-Harisi"]),
 ("Françesko Lamberti", "PER", "baş direktor", "Beynəlxalq Bərpa Olunan Enerji Agentliyi", ["Françesko Lamberti"]),
 ("Patrik Duval", "PER", "baş direktor", "TotalEnergies", ["Patrik Duvalı"]),
 ("Yerlan Sadıqov", "PER", "energetika naziri", "Qazaxıstan", ["Yerlan Sadıqovla"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Azərbaycan Respublikası Dövlət Neft Şirkəti", "ORG", None, None, ["SOCAR-ın"]),
 ("BP", "ORG", None, None, ["bp-nin"]),
 ("TotalEnergies", "ORG", None, None, ["TotalEnergies"]),
 ("Equinor", "ORG", None, None, ["Equinor"]),
 ("Neft İxrac Edən Ölkələr Təşkilatı", "ORG", None, None, ["OPEK-in"]),
 ("Beynəlxalq Bərpa Olunan Enerji Agentliyi", "ORG", None, None, ["Beynəlxalq Bərpa Olunan Enerji Agentliyinin", "IRENA"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
 ("Bakı Ekspo Mərkəzi", "LOC", None, None, ["Bakı Ekspo Mərkəzinə"]),
 ("Bakı Konqres Mərkəzi", "LOC", None, None, ["Bakı Konqres Mərkəzində"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə", "Türkiyənin"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan", "Qazaxıstanın"]),
 ("Çin", "LOC", None, None, ["Çin"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvanın"]),
 ("Abşeron yatağı", "LOC", None, None, ["Abşeron"]),
], [
 E("ATTEND", ["Teymur Səlimov"], "Bakı Ekspo Mərkəzi", "2026-06-02", "happened", "Prezident Teymur Səlimov səhər saatlarında",
   ["neft və qaz", "enerji texnologiyaları"], date_text="Bu gün", event_name='"Caspian Oil & Gas" sərgisi'),
 E("ATTEND", ["Teymur Səlimov"], "Bakı Konqres Mərkəzi", "2026-06-02", "happened", "Daha sonra Teymur Səlimov",
   ["enerji", "bərpa olunan enerji"], event_name="Bakı Enerji Forumu"),
 E("ATTEND", ["Kerem Aydınoğlu"], "Bakı Konqres Mərkəzi", "2026-06-02", "happened", "Mərasimdə Türkiyənin",
   ["enerji"], event_name="Bakı Enerji Forumu"),
 E("ATTEND", ["Nasir əl-Harisi"], "Bakı Konqres Mərkəzi", "2026-06-02", "happened", "Mərasimdə Türkiyənin",
   ["enerji"], event_name="Bakı Enerji Forumu"),
 E("ATTEND", ["Françesko Lamberti"], "Bakı Konqres Mərkəzi", "2026-06-02", "happened", "Mərasimdə Türkiyənin",
   ["bərpa olunan enerji"], event_name="Bakı Enerji Forumu"),
 E("MEET", ["Teymur Səlimov", "Kerem Aydınoğlu"], "Bakı Konqres Mərkəzi", "2026-06-02", "happened", "Forumun kənarında Teymur Səlimov",
   ["qaz təchizatı"], host="Teymur Səlimov"),
 E("MEET", ["Teymur Səlimov", "Patrik Duval"], "Bakı Konqres Mərkəzi", "2026-06-02", "happened", "Forumun kənarında Teymur Səlimov",
   ["qaz hasilatı"], host="Teymur Səlimov"),
 E("MEET", ["Teymur Səlimov", "Yerlan Sadıqov"], None, "2026-06-03", "planned", "Sabah dövlət başçısının",
   ["enerji"], date_text="Sabah"),
])

A("613_bekirli_enerji_heftesi_masdar_trend.txt", "trend.az", """date 2026-06-04
Enerji Həftəsinin son günü: Elçin Bəkirli üç nazirlə görüşüb, "Masdar" ilə külək stansiyası üçün saziş imzalanıb

Trend xəbər verir ki, iyunun 2-dən paytaxtda davam edən Bakı Enerji Həftəsi bu gün başa çatır. Tədbirin son günü energetika naziri Elçin Bəkirli Özbəkistanın energetika naziri Jurabek Nazarov, Gürcüstanın iqtisadiyyat və dayanıqlı inkişaf naziri Giorgi Tsxakaya və Bolqarıstanın energetika naziri Stefan Kirilovla ayrı-ayrılıqda bir araya gəlib.

Görüşlərdə yaşıl enerji dəhlizi layihəsi, Qara dənizin dibi ilə çəkilməsi nəzərdə tutulan yüksəkgərginlikli kabelin texniki-iqtisadi əsaslandırılması, Balkan ölkələrinə qaz nəqlinin artırılması imkanları dəyərləndirilib.

Dünən isə Birləşmiş Ərəb Əmirliklərinin "Masdar" şirkəti ilə "Azərenerji" ASC arasında Neftçala sahilində 500 meqavatlıq külək elektrik stansiyasının inşasına dair investisiya sazişi imzalanıb. Sənədə "Masdar"ın baş icraçı direktoru Xəlifə əl-Kəbi və "Azərenerji"nin prezidenti Mübariz Əsgərzadə imza atıblar. Mərasimdə Elçin Bəkirli iştirak edib.

Xatırladaq ki, həftənin ilk günü Prezident Teymur Səlimovun iştirakı ilə açılan Bakı Enerji Forumu bu il 50-dən çox ölkədən 2 mindən artıq iştirakçını bir araya gətirib.

Bəkirlinin Qazaxıstanın energetika naziri Yerlan Sadıqovla da danışıqlar aparması gözlənilirdi. Lakin qazax nazirinin Bakıdakı proqramı qısaldıldığı üçün bu görüş reallaşmayıb. Nazirin gələn həftə Daşkəndə yollanacağı bildirilir.
""", [
 ("Elçin Bəkirli", "PER", "energetika naziri", None, ["Elçin Bəkirli", "Bəkirlinin"]),
 ("Jurabek Nazarov", "PER", "energetika naziri", "Özbəkistan", ["Jurabek Nazarov"]),
 ("Giorgi Tsxakaya", "PER", "iqtisadiyyat və dayanıqlı inkişaf naziri", "Gürcüstan", ["Giorgi Tsxakaya"]),
 ("Stefan Kirilov", "PER", "energetika naziri", "Bolqarıstan", ["Stefan Kirilovla"]),
 ("Xəlifə əl-Kəbi", "PER", "baş icraçı direktor", "Masdar", ["Xəlifə əl-Kəbi"]),
 ("Mübariz Əsgərzadə", "PER", "prezident", "Azərenerji", ["Mübariz Əsgərzadə"]),
 ("Teymur Səlimov", "PER", "Prezident", None, ["Teymur Səlimovun"]),
 ("Yerlan Sadıqov", "PER", "energetika naziri", "Qazaxıstan", ["Yerlan Sadıqovla"]),
 ("Masdar", "ORG", None, None, ["Masdar"]),
 ("Azərenerji", "ORG", None, None, ["Azərenerji"]),
 ("Trend", "ORG", None, None, ["Trend"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıdakı"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistanın"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstanın"]),
 ("Bolqarıstan", "LOC", None, None, ["Bolqarıstanın"]),
 ("Qara dəniz", "LOC", None, None, ["Qara dənizin"]),
 ("Balkanlar", "LOC", None, None, ["Balkan"]),
 ("Birləşmiş Ərəb Əmirlikləri", "LOC", None, None, ["Birləşmiş Ərəb Əmirliklərinin"]),
 ("Neftçala", "LOC", None, None, ["Neftçala"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstanın"]),
 ("Daşkənd", "LOC", None, None, ["Daşkəndə"]),
], [
 E("MEET", ["Elçin Bəkirli", "Jurabek Nazarov"], "Bakı", "2026-06-04", "happened", "Tədbirin son günü energetika naziri",
   ["yaşıl enerji dəhlizi", "elektrik ixracı"], date_text="Tədbirin son günü"),
 E("MEET", ["Elçin Bəkirli", "Giorgi Tsxakaya"], "Bakı", "2026-06-04", "happened", "Tədbirin son günü energetika naziri",
   ["yaşıl enerji dəhlizi", "elektrik ixracı"], date_text="Tədbirin son günü"),
 E("MEET", ["Elçin Bəkirli", "Stefan Kirilov"], "Bakı", "2026-06-04", "happened", "Tədbirin son günü energetika naziri",
   ["yaşıl enerji dəhlizi", "qaz nəqli"], date_text="Tədbirin son günü"),
 E("SIGN", ["Xəlifə əl-Kəbi", "Mübariz Əsgərzadə"], "Bakı", "2026-06-03", "happened", "Dünən isə Birləşmiş",
   ["külək enerjisi", "investisiyalar"], date_text="Dünən"),
 E("ATTEND", ["Elçin Bəkirli"], "Bakı", "2026-06-03", "happened", "Mərasimdə Elçin Bəkirli iştirak",
   ["külək enerjisi"], date_text="Dünən", event_name="imza mərasimi"),
 E("ATTEND", ["Teymur Səlimov"], "Bakı", "2026-06-02", "happened", "həftənin ilk günü Prezident",
   ["enerji"], date_text="həftənin ilk günü", event_name="Bakı Enerji Forumu",
   same_as="612_selimov_caspian_oil_gas_baki_enerji_forumu.txt"),
 E("MEET", ["Elçin Bəkirli", "Yerlan Sadıqov"], "Bakı", None, "negated", "Bəkirlinin Qazaxıstanın energetika",
   ["enerji"]),
 E("VISIT", ["Elçin Bəkirli"], "Daşkənd", "2026-06", "planned", "Nazirin gələn həftə Daşkəndə",
   ["enerji"], date_text="gələn həftə"),
])

A("614_humbetli_adb_videoformat_qafqazinfo.txt", "qafqazinfo.az", """date 2026-04-22
Zaur Hümbətli ADB-nin vitse-prezidenti Kaori Tanabe ilə videoformatda görüş keçirib

QAFQAZİNFO
Əsas | Gündəm | İqtisadiyyat | Siyasət | Dünya | Müsahibə | Foto
22 aprel 2026, 14:18
Zaur Hümbətli ADB-nin vitse-prezidenti Kaori Tanabe ilə videoformatda görüş keçirib

Nazir Zaur Hümbətli dünən Asiya İnkişaf Bankının əməliyyatlar üzrə vitse-prezidenti Kaori Tanabe ilə videoformatda görüş keçirib.

Qafqazinfo-nun İqtisadiyyat Nazirliyindən aldığı məlumata görə, həmsöhbətlər Bankın ölkəmiz üçün 2027–2031-ci illəri əhatə edəcək tərəfdaşlıq strategiyasını, kiçik və orta sahibkarlığın kreditləşdirilməsini, regional yolların yenidən qurulmasını gündəmə gətiriblər. Nazir ADB-nin Azərbaycandakı portfelinin 1,4 milyard dollara çatdığını diqqətə çatdırıb. Kaori Tanabe isə Bank Qarabağda içməli su layihələrinin maliyyələşdirilməsinə hazır olduğunu deyib.

Görüşdə Bankın missiyasının mayda Bakıya gəlməsi barədə razılığa gəlinib. Missiyaya rəhbərlik edəcək regional direktor Ravi Subramanyam səfər zamanı Maliyyə Nazirliyi və Mərkəzi Bankla da görüşəcək.

Xatırladaq ki, ötən ilin noyabrında Bakıya gələn ADB prezidenti Takuya Moritanı Prezident Teymur Səlimov qəbul etmişdi.

Bölməyə aid digər xəbərlər
Dollar bu gün də 1,70 manatdan satılır
Xam neft birjalarda yenidən bahalaşıb
Qafqazinfo.az | Saytdakı materiallardan yalnız istinadla yararlanmaq olar
""", [
 ("Zaur Hümbətli", "PER", "iqtisadiyyat naziri", "İqtisadiyyat Nazirliyi", ["Zaur Hümbətli"]),
 ("Kaori Tanabe", "PER", "vitse-prezident", "Asiya İnkişaf Bankı", ["Kaori Tanabe"]),
 ("Ravi Subramanyam", "PER", "regional direktor", "Asiya İnkişaf Bankı", ["Ravi Subramanyam"]),
 ("Takuya Morita", "PER", "prezident", "Asiya İnkişaf Bankı", ["Takuya Moritanı"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Asiya İnkişaf Bankı", "ORG", None, None, ["ADB-nin", "Asiya İnkişaf Bankının", "Bankın", "Bank", "ADB"]),
 ("İqtisadiyyat Nazirliyi", "ORG", None, None, ["İqtisadiyyat Nazirliyindən"]),
 ("Maliyyə Nazirliyi", "ORG", None, None, ["Maliyyə Nazirliyi"]),
 ("Mərkəzi Bank", "ORG", None, None, ["Mərkəzi Bankla"]),
 ("Qafqazinfo", "ORG", None, None, ["QAFQAZİNFO", "Qafqazinfo-nun", "Qafqazinfo.az"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağda"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
], [
 E("MEET", ["Zaur Hümbətli", "Kaori Tanabe"], None, "2026-04-21", "happened", "Nazir Zaur Hümbətli dünən",
   ["tərəfdaşlıq strategiyası", "sahibkarlıq", "yol infrastrukturu"], date_text="dünən"),
 E("VISIT", ["Ravi Subramanyam"], "Bakı", "2026-05", "planned", "Görüşdə Bankın missiyasının",
   ["investisiyalar"], date_text="mayda"),
 E("MEET", ["Ravi Subramanyam", "Maliyyə Nazirliyi"], "Bakı", "2026-05", "planned", "Missiyaya rəhbərlik edəcək",
   ["investisiyalar"], date_text="mayda"),
 E("MEET", ["Ravi Subramanyam", "Mərkəzi Bank"], "Bakı", "2026-05", "planned", "Missiyaya rəhbərlik edəcək",
   ["investisiyalar"], date_text="mayda"),
 E("VISIT", ["Takuya Morita"], "Bakı", "2025-11", "happened", "Xatırladaq ki, ötən ilin noyabrında",
   ["investisiyalar"], date_text="ötən ilin noyabrında"),
 E("MEET", ["Teymur Səlimov", "Takuya Morita"], "Bakı", "2025-11", "happened", "Xatırladaq ki, ötən ilin noyabrında",
   ["investisiyalar"], host="Teymur Səlimov", date_text="ötən ilin noyabrında"),
])

A("615_alimerdanli_aktau_kurik_report.txt", "report.az", """date 2026-09-17
Kənan Əlimərdanlı Aktauda qazax həmkarı ilə görüşüb, Kurık limanında olub

Rəqəmsal inkişaf və nəqliyyat naziri Kənan Əlimərdanlı çərşənbə axşamı Qazaxıstana işgüzar səfərə yola düşüb. Report-un məlumatına görə, Azərbaycan heyəti ilk olaraq Manqıstau vilayətinin mərkəzi Aktauya gəlib.

Dünən Aktauda nazir Qazaxıstanın nəqliyyat naziri Nurlan Sarsenovla görüşüb. Həmsöhbətlər Orta Dəhliz üzrə konteyner axınının həcmini, Xəzərdəki bərə donanmasının yenilənməsini və yük sənədlərinin vahid elektron platformaya keçirilməsini müzakirə ediblər.

Görüşdən sonra "Azərbaycan Xəzər Dəniz Gəmiçiliyi" QSC ilə "KTZ Express" arasında Kurık limanı ilə Ələt arasında işləyəcək iki yeni bərənin birgə istismarı haqqında müqavilə bağlanıb. Sənədi ASCO-nun sədri Əlövsət Qaraşov və "KTZ Express"in baş direktoru Dauren Abdrahmanov imzalayıblar.

Bu gün heyət Kurık limanında olub. Burada nazirə limanın baş direktoru Asxat Nurmaqambetov tikintisi başa çatmaqda olan ro-ro terminalı barədə məlumat verib.

Əlimərdanlının sabah Astanaya keçərək Qazaxıstanın Baş nazirinin birinci müavini Serik Jaksılıkovla görüşməsi nəzərdə tutulurdu. Lakin qazax tərəfinin xahişi ilə nazirin Astana səfəri və bu görüş oktyabrın ortalarına keçirilib.
""", [
 ("Kənan Əlimərdanlı", "PER", "rəqəmsal inkişaf və nəqliyyat naziri", "Azərbaycan", ["Kənan Əlimərdanlı", "Əlimərdanlının"]),
 ("Nurlan Sarsenov", "PER", "nəqliyyat naziri", "Qazaxıstan", ["Nurlan Sarsenovla"]),
 ("Əlövsət Qaraşov", "PER", "sədr", "Azərbaycan Xəzər Dəniz Gəmiçiliyi", ["Əlövsət Qaraşov"]),
 ("Dauren Abdrahmanov", "PER", "baş direktor", "KTZ Express", ["Dauren Abdrahmanov"]),
 ("Asxat Nurmaqambetov", "PER", "baş direktor", "Qazaxıstan", ["Asxat Nurmaqambetov"]),
 ("Serik Jaksılıkov", "PER", "baş nazirin birinci müavini", "Qazaxıstan", ["Serik Jaksılıkovla"]),
 ("Azərbaycan Xəzər Dəniz Gəmiçiliyi", "ORG", None, None, ["Azərbaycan Xəzər Dəniz Gəmiçiliyi", "ASCO-nun"]),
 ("KTZ Express", "ORG", None, None, ["KTZ Express"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Aktau", "LOC", None, None, ["Aktauda", "Aktauya"]),
 ("Kurık limanı", "LOC", None, None, ["Kurık limanında", "Kurık limanı"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstana", "Qazaxıstanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Manqıstau", "LOC", None, None, ["Manqıstau"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzərdəki"]),
 ("Ələt", "LOC", None, None, ["Ələt"]),
 ("Astana", "LOC", None, None, ["Astanaya", "Astana"]),
], [
 E("VISIT", ["Kənan Əlimərdanlı"], "Aktau", "2026-09-15", "happened", "Rəqəmsal inkişaf və nəqliyyat naziri Kənan",
   ["nəqliyyat"], date_text="çərşənbə axşamı"),
 E("MEET", ["Kənan Əlimərdanlı", "Nurlan Sarsenov"], "Aktau", "2026-09-16", "happened", "Dünən Aktauda nazir",
   ["Orta Dəhliz", "konteyner daşımaları", "elektron sənədləşmə"], date_text="Dünən"),
 E("SIGN", ["Əlövsət Qaraşov", "Dauren Abdrahmanov"], "Aktau", "2026-09-16", "happened", "Görüşdən sonra \"Azərbaycan",
   ["bərə daşımaları"], date_text="Görüşdən sonra"),
 E("VISIT", ["Kənan Əlimərdanlı"], "Kurık limanı", "2026-09-17", "happened", "Bu gün heyət Kurık",
   ["limanlar"], place="Kurık limanı", date_text="Bu gün"),
 E("MEET", ["Kənan Əlimərdanlı", "Asxat Nurmaqambetov"], "Kurık limanı", "2026-09-17", "happened", "Burada nazirə limanın",
   ["limanlar"], date_text="Bu gün"),
 E("VISIT", ["Kənan Əlimərdanlı"], "Astana", "2026-09-18", "negated", "sabah Astanaya keçərək",
   ["nəqliyyat"], date_text="sabah"),
 E("MEET", ["Kənan Əlimərdanlı", "Serik Jaksılıkov"], "Astana", "2026-09-18", "negated", "sabah Astanaya keçərək",
   ["nəqliyyat"], date_text="sabah"),
 E("VISIT", ["Kənan Əlimərdanlı"], "Astana", "2026-10", "planned", "Lakin qazax tərəfinin",
   ["nəqliyyat"], date_text="oktyabrın ortalarına"),
 E("MEET", ["Kənan Əlimərdanlı", "Serik Jaksılıkov"], "Astana", "2026-10", "planned", "Lakin qazax tərəfinin",
   ["nəqliyyat"], date_text="oktyabrın ortalarına"),
])

A("616_mirzeyeva_caspian_agro_oxu.txt", "oxu.az", """date 2026-05-28
"Caspian Agro" açılıb: Səbinə Mirzəyeva gürcü və özbək həmkarları ilə görüşüb

OXU.AZ
Lent | Ölkə | Biznes | Maliyyə | Region | Müsahibələr
28.05.2026 | 16:05
"Caspian Agro" açılıb: Səbinə Mirzəyeva gürcü və özbək həmkarları ilə görüşüb

Bakı Ekspo Mərkəzində bu gün 20-ci Azərbaycan Beynəlxalq Kənd Təsərrüfatı Sərgisi – "Caspian Agro" işə başlayıb. Sərgidə 30 ölkədən 350-dən çox şirkət məhsullarını nümayiş etdirir.

Oxu.az-a daxil olan məlumata əsasən, açılış mərasimində kənd təsərrüfatı naziri Səbinə Mirzəyeva, Gürcüstanın ətraf mühitin mühafizəsi və kənd təsərrüfatı naziri Levan Xurtsidze və Özbəkistanın kənd təsərrüfatı nazirinin birinci müavini Dilşod Xolmatov iştirak ediblər.

Mərasimdən sonra nazir qonaqlarla ayrıca görüşüb. Gürcü həmkarı ilə söhbətdə sərhəd-keçid məntəqələrində baytarlıq yoxlamalarının sadələşdirilməsi, Xolmatovla isə toxumçuluq və pambıq emalı üzrə birgə müəssisələrin yaradılması müzakirə edilib.

Görüşlərin yekununda Kənd Təsərrüfatı Nazirliyi ilə Özbəkistan Kənd Təsərrüfatı Nazirliyi arasında aqrar elm və innovasiyalar üzrə birgə fəaliyyət haqqında memorandum imzalanıb.

Sərgi mayın 30-dək davam edəcək. Mirzəyeva iyunun 9-da Tbilisiyə gedəcək, orada Xurtsidze ilə yenidən görüşəcək.

Dostlarınla bölüş: Facebook | Telegram
Açar sözlər: Caspian Agro, Səbinə Mirzəyeva, aqrar sektor
Bu mövzuda
Bakı buxtasında təmizləmə işləri davam etdirilir
Gəncədə yeni yeraltı piyada keçidi açılıb
Oxu.az © 2026
""", [
 ("Səbinə Mirzəyeva", "PER", "kənd təsərrüfatı naziri", "Kənd Təsərrüfatı Nazirliyi", ["Səbinə Mirzəyeva", "Mirzəyeva"]),
 ("Levan Xurtsidze", "PER", "ətraf mühitin mühafizəsi və kənd təsərrüfatı naziri", "Gürcüstan", ["Levan Xurtsidze", "Xurtsidze"]),
 ("Dilşod Xolmatov", "PER", "kənd təsərrüfatı nazirinin birinci müavini", "Özbəkistan Kənd Təsərrüfatı Nazirliyi", ["Dilşod Xolmatov", "Xolmatovla"]),
 ("Kənd Təsərrüfatı Nazirliyi", "ORG", None, None, ["Kənd Təsərrüfatı Nazirliyi"]),
 ("Özbəkistan Kənd Təsərrüfatı Nazirliyi", "ORG", None, None, ["Özbəkistan Kənd Təsərrüfatı Nazirliyi"]),
 ("Oxu.az", "ORG", None, None, ["OXU.AZ", "Oxu.az-a", "Oxu.az"]),
 ("Bakı Ekspo Mərkəzi", "LOC", None, None, ["Bakı Ekspo Mərkəzində"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstanın"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistanın"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisiyə"]),
 ("Bakı buxtası", "LOC", None, None, ["Bakı buxtasında"]),
 ("Gəncə", "LOC", None, None, ["Gəncədə"]),
], [
 E("ATTEND", ["Səbinə Mirzəyeva"], "Bakı Ekspo Mərkəzi", "2026-05-28", "happened", "açılış mərasimində kənd təsərrüfatı",
   ["kənd təsərrüfatı"], event_name='"Caspian Agro" sərgisinin açılışı'),
 E("ATTEND", ["Levan Xurtsidze"], "Bakı Ekspo Mərkəzi", "2026-05-28", "happened", "açılış mərasimində kənd təsərrüfatı",
   ["kənd təsərrüfatı"], event_name='"Caspian Agro" sərgisinin açılışı'),
 E("ATTEND", ["Dilşod Xolmatov"], "Bakı Ekspo Mərkəzi", "2026-05-28", "happened", "açılış mərasimində kənd təsərrüfatı",
   ["kənd təsərrüfatı"], event_name='"Caspian Agro" sərgisinin açılışı'),
 E("MEET", ["Səbinə Mirzəyeva", "Levan Xurtsidze"], "Bakı Ekspo Mərkəzi", "2026-05-28", "happened", "Mərasimdən sonra nazir",
   ["baytarlıq", "sərhəd-keçid məntəqələri"], host="Səbinə Mirzəyeva"),
 E("MEET", ["Səbinə Mirzəyeva", "Dilşod Xolmatov"], "Bakı Ekspo Mərkəzi", "2026-05-28", "happened", "Mərasimdən sonra nazir",
   ["toxumçuluq", "pambıqçılıq"], host="Səbinə Mirzəyeva"),
 E("SIGN", ["Kənd Təsərrüfatı Nazirliyi", "Özbəkistan Kənd Təsərrüfatı Nazirliyi"], "Bakı Ekspo Mərkəzi", "2026-05-28", "happened",
   "Görüşlərin yekununda", ["aqrar elm", "innovasiyalar"]),
 E("VISIT", ["Səbinə Mirzəyeva"], "Tbilisi", "2026-06-09", "planned", "Mirzəyeva iyunun 9-da",
   ["kənd təsərrüfatı"], date_text="iyunun 9-da"),
 E("MEET", ["Səbinə Mirzəyeva", "Levan Xurtsidze"], "Tbilisi", "2026-06-09", "planned", "Mirzəyeva iyunun 9-da",
   ["kənd təsərrüfatı"], date_text="iyunun 9-da"),
])
