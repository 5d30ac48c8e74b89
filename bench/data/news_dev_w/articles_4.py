A("628_nuriyev_qazaxistan_komissiya_milliaz.txt", None, """date 2026-11-19
Azərbaycan–Qazaxıstan hökumətlərarası komissiyası Bakıda 22-ci dəfə toplanıb

MİLLİ.AZ
Ana səhifə | Gündəm | Ekonomika | Region | Şou-biznes | Maraqlı
19 noyabr 2026 | 12:40
Azərbaycan–Qazaxıstan hökumətlərarası komissiyası Bakıda 22-ci dəfə toplanıb

Dünən Hökumət Evində Azərbaycan–Qazaxıstan hökumətlərarası komissiyasının növbəti, 22-ci iclası olub. Milli.az-ın məlumatına görə, iclası komissiyanın həmsədrləri – Baş nazirin müavini Səməd Nuriyev və Qazaxıstanın Baş nazirinin müavini, ticarət və inteqrasiya naziri Daniyar Serikbayev aparıblar.

Gündəlikdə iki sahil limanı – Aktau ilə Bakı arasında konteyner axınının çoxaldılması, qazax neftinin Azərbaycan ərazisindən tranzitinin həcmi, Xəzər dənizinin dibindən keçəcək fiber-optik xəttin istismara verilmə müddətləri olub.

İclasın yekununda komissiyanın protokolu imzalanıb; sənədi həmsədrlər imzalayıblar. Bundan başqa, Azərbaycan İnvestisiya Holdinqi və "Samruk-Kazına" Milli Rifah Fondu 500 milyon dollarlıq ortaq investisiya fondu təsis etmək barədə sazişə imza atıblar.

Daniyar Serikbayev bazar ertəsi axşam paytaxtımıza gəlib. Çərşənbə axşamı qonağı Prezident Teymur Səlimov qəbul edib.

Bu gün Serikbayevin Heydər Əliyev adına Bakı Neft Emalı Zavoduna baş çəkməsi gözlənilir. Qonağın Şuşaya səfəri də proqramda nəzərdə tutulmuşdu, amma dumanlı hava səbəbindən bu səfər reallaşmayıb.

Paylaş | Açar sözlər: Qazaxıstan, hökumətlərarası komissiya
Digər xəbərlər
Paytaxtda yeni metro stansiyasının tikintisi başa çatır
© Milli.az
""", [
 ("Səməd Nuriyev", "PER", "baş nazirin müavini", "Azərbaycan", ["Səməd Nuriyev"]),
 ("Daniyar Serikbayev", "PER", "baş nazirin müavini, ticarət və inteqrasiya naziri", "Qazaxıstan",
  ["Daniyar Serikbayev", "Serikbayevin"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Azərbaycan İnvestisiya Holdinqi", "ORG", None, None, ["Azərbaycan İnvestisiya Holdinqi"]),
 ("Samruk-Kazına", "ORG", None, None, ["Samruk-Kazına"]),
 ("Milli.az", "ORG", None, None, ["MİLLİ.AZ", "Milli.az-ın", "Milli.az"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan", "Qazaxıstanın"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakı"]),
 ("Hökumət Evi", "LOC", None, None, ["Hökumət Evində"]),
 ("Aktau", "LOC", None, None, ["Aktau"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizinin"]),
 ("Heydər Əliyev adına Bakı Neft Emalı Zavodu", "LOC", None, None, ["Heydər Əliyev adına Bakı Neft Emalı Zavoduna"]),
 ("Şuşa", "LOC", None, None, ["Şuşaya"]),
], [
 E("MEET", ["Səməd Nuriyev", "Daniyar Serikbayev"], "Hökumət Evi", "2026-11-18", "happened", "iclası komissiyanın həmsədrləri",
   ["limanlar", "neft tranziti", "rəqəmsal əlaqə"], date_text="Dünən",
   event_name="Azərbaycan–Qazaxıstan hökumətlərarası komissiyasının 22-ci iclası"),
 E("SIGN", ["Səməd Nuriyev", "Daniyar Serikbayev"], "Hökumət Evi", "2026-11-18", "happened", "İclasın yekununda komissiyanın",
   ["ticarət", "nəqliyyat"], date_text="İclasın yekununda"),
 E("SIGN", ["Azərbaycan İnvestisiya Holdinqi", "Samruk-Kazına"], "Hökumət Evi", "2026-11-18", "happened",
   "Bundan başqa, Azərbaycan İnvestisiya", ["investisiyalar"], date_text="Dünən"),
 E("VISIT", ["Daniyar Serikbayev"], "Bakı", "2026-11-16", "happened", "Daniyar Serikbayev bazar ertəsi axşam",
   ["ticarət"], date_text="bazar ertəsi axşam"),
 E("MEET", ["Teymur Səlimov", "Daniyar Serikbayev"], None, "2026-11-17", "happened", "Çərşənbə axşamı qonağı",
   ["ticarət"], host="Teymur Səlimov", date_text="Çərşənbə axşamı"),
 E("VISIT", ["Daniyar Serikbayev"], "Heydər Əliyev adına Bakı Neft Emalı Zavodu", "2026-11-19", "planned", "Bu gün Serikbayevin",
   ["neft emalı"], place="Heydər Əliyev adına Bakı Neft Emalı Zavodu", date_text="Bu gün"),
 E("VISIT", ["Daniyar Serikbayev"], "Şuşa", None, "negated", "Qonağın Şuşaya səfəri",
   ["ticarət"]),
])

A("629_bekirli_ebu_dabi_adipec_oxu.txt", "oxu.az", """date 2026-11-04
Elçin Bəkirli Əbu-Dabidə ADIPEC-in açılışında iştirak edib, "Masdar"ın rəhbəri ilə danışıqlar aparıb

Energetika naziri Elçin Bəkirli Birləşmiş Ərəb Əmirliklərinə səfər edir. Oxu.az-ın Energetika Nazirliyinə istinadən verdiyi məlumata görə, nazir bazar günü Əbu-Dabiyə gəlib.

Bazar ertəsi Bəkirli dünyanın ən iri neft-qaz sərgi və konfranslarından olan ADIPEC-in açılış mərasimində iştirak edib. Nazir "Enerji keçidində dövlətlərarası tərəfdaşlıq" mövzusunda nazirlər panelində çıxış edərək Azərbaycanın yaşıl enerji ixracı planlarından danışıb.

Dünən Bəkirli Əbu-Dabidə BƏƏ-nin enerji və infrastruktur naziri Əhməd əl-Hammadi ilə görüşüb. Tərəflər Azərbaycanda BƏƏ şirkətlərinin iştirakı ilə reallaşdırılan günəş və külək layihələrinin gedişini müzakirə ediblər. Həmin gün "Masdar"ın baş ofisində şirkətin baş icraçı direktoru Xəlifə əl-Kəbi ilə də danışıqlar aparılıb.

Nazirin bu gün Dubaya keçməsi və Dubay Elektrik və Su İdarəsinin rəhbərliyi ilə görüşməsi nəzərdə tutulurdu. Lakin ev sahiblərinin xahişi ilə səfərin bu hissəsi dekabra keçirilib.

Qeyd edək ki, Azərbaycan ilə BƏƏ arasında enerji sahəsində əməkdaşlıq son illərdə sürətlə genişlənib.
""", [
 ("Elçin Bəkirli", "PER", "energetika naziri", "Energetika Nazirliyi", ["Elçin Bəkirli", "Bəkirli"]),
 ("Əhməd əl-Hammadi", "PER", "enerji və infrastruktur naziri", "Birləşmiş Ərəb Əmirlikləri", ["Əhməd əl-Hammadi"]),
 ("Xəlifə əl-Kəbi", "PER", "baş icraçı direktor", "Masdar", ["Xəlifə əl-Kəbi"]),
 ("Masdar", "ORG", None, None, ["Masdar"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az-ın"]),
 ("Energetika Nazirliyi", "ORG", None, None, ["Energetika Nazirliyinə"]),
 ("Dubay Elektrik və Su İdarəsi", "ORG", None, None, ["Dubay Elektrik və Su İdarəsinin"]),
 ("Əbu-Dabi", "LOC", None, None, ["Əbu-Dabidə", "Əbu-Dabiyə"]),
 ("Birləşmiş Ərəb Əmirlikləri", "LOC", None, None, ["Birləşmiş Ərəb Əmirliklərinə", "BƏƏ-nin", "BƏƏ"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın", "Azərbaycanda", "Azərbaycan"]),
 ("Dubay", "LOC", None, None, ["Dubaya"]),
], [
 E("VISIT", ["Elçin Bəkirli"], "Əbu-Dabi", "2026-11-01", "happened", "Energetika naziri Elçin Bəkirli Birləşmiş",
   ["enerji"], date_text="bazar günü"),
 E("ATTEND", ["Elçin Bəkirli"], "Əbu-Dabi", "2026-11-02", "happened", "Bazar ertəsi Bəkirli",
   ["enerji keçidi", "yaşıl enerji ixracı"], date_text="Bazar ertəsi", event_name="ADIPEC"),
 E("MEET", ["Elçin Bəkirli", "Əhməd əl-Hammadi"], "Əbu-Dabi", "2026-11-03", "happened", "Dünən Bəkirli Əbu-Dabidə",
   ["günəş enerjisi", "külək enerjisi"], date_text="Dünən"),
 E("MEET", ["Elçin Bəkirli", "Xəlifə əl-Kəbi"], "Masdar", "2026-11-03", "happened", "Həmin gün \"Masdar\"ın",
   ["bərpa olunan enerji"], date_text="Həmin gün"),
 E("VISIT", ["Elçin Bəkirli"], "Dubay", "2026-11-04", "negated", "Nazirin bu gün Dubaya",
   ["enerji"], date_text="bu gün"),
 E("MEET", ["Elçin Bəkirli", "Dubay Elektrik və Su İdarəsi"], "Dubay", "2026-11-04", "negated", "Nazirin bu gün Dubaya",
   ["enerji"], date_text="bu gün"),
 E("VISIT", ["Elçin Bəkirli"], "Dubay", "2026-12", "planned", "Lakin ev sahiblərinin",
   ["enerji"], date_text="dekabra"),
 E("MEET", ["Elçin Bəkirli", "Dubay Elektrik və Su İdarəsi"], "Dubay", "2026-12", "planned", "Lakin ev sahiblərinin",
   ["enerji"], date_text="dekabra"),
])

A("630_alimerdanli_estoniya_nazir_azertac.txt", "AZERTAC", """date 2026-12-09
Kənan Əlimərdanlı estoniyalı nazirlə elektron hökumət təcrübəsini müzakirə edib

Estoniyanın sahibkarlıq və informasiya texnologiyaları naziri Tarmo Lepik dünən axşam Bakıya gəlib. Bu gün qonaq Rəqəmsal İnkişaf və Nəqliyyat Nazirliyində nazir Kənan Əlimərdanlı tərəfindən qəbul olunub.

AZERTAC xəbər verir ki, söhbətin mərkəzində dövlət xidmətlərinin mobil tətbiqlərə köçürülməsi, elektron imzanın iki ölkədə qarşılıqlı tanınması, kibertəhlükəsizlik mütəxəssislərinin birgə hazırlanması dayanıb. Tərəflər Estoniyanın rəqəmsal dövlət idarəçiliyi sahəsində topladığı təcrübədən Azərbaycanda necə yararlanmaq olacağını ətraflı müzakirə ediblər.

Görüş çərçivəsində Elektron Hökumətin İnkişafı Mərkəzi ilə Estoniya İnformasiya Sistemləri İdarəsi məlumat mübadiləsi platformalarının uyğunlaşdırılmasına dair memoranduma imza atıblar. Sənədi mərkəzin direktoru Tural Əhmədli və idarənin baş direktoru Kaspar Saar imzalayıblar.

Sabah qonağın "Azərkosmos" ASC-nin peyk idarəetmə mərkəzinə baş çəkməsi planlaşdırılır. Tarmo Lepikin Baş nazir Nicat Ələsgərli ilə də görüşməsi gözlənilirdi. Lakin hökumət başçısının qrafiki dəyişdiyindən həmin görüş keçirilməyəcək.

Qeyd edək ki, Estoniya dövlət xidmətlərinin demək olar hamısını onlayn göstərən ilk ölkələrdəndir.
""", [
 ("Tarmo Lepik", "PER", "sahibkarlıq və informasiya texnologiyaları naziri", "Estoniya", ["Tarmo Lepik", "Tarmo Lepikin"]),
 ("Kənan Əlimərdanlı", "PER", "nazir", "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi", ["Kənan Əlimərdanlı"]),
 ("Tural Əhmədli", "PER", "direktor", "Elektron Hökumətin İnkişafı Mərkəzi", ["Tural Əhmədli"]),
 ("Kaspar Saar", "PER", "baş direktor", "Estoniya İnformasiya Sistemləri İdarəsi", ["Kaspar Saar"]),
 ("Nicat Ələsgərli", "PER", "baş nazir", "Azərbaycan", ["Nicat Ələsgərli"]),
 ("Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi", "ORG", None, None, ["Rəqəmsal İnkişaf və Nəqliyyat Nazirliyində"]),
 ("Elektron Hökumətin İnkişafı Mərkəzi", "ORG", None, None, ["Elektron Hökumətin İnkişafı Mərkəzi"]),
 ("Estoniya İnformasiya Sistemləri İdarəsi", "ORG", None, None, ["Estoniya İnformasiya Sistemləri İdarəsi"]),
 ("Azərkosmos", "ORG", None, None, ["Azərkosmos"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Estoniya", "LOC", None, None, ["Estoniyanın", "Estoniya"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanda"]),
], [
 E("VISIT", ["Tarmo Lepik"], "Bakı", "2026-12-08", "happened", "Tarmo Lepik dünən axşam",
   ["rəqəmsal inkişaf"], date_text="dünən"),
 E("MEET", ["Kənan Əlimərdanlı", "Tarmo Lepik"], "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi", "2026-12-09", "happened",
   "Bu gün qonaq Rəqəmsal", ["elektron hökumət", "elektron imza", "kibertəhlükəsizlik"], host="Kənan Əlimərdanlı",
   date_text="Bu gün"),
 E("SIGN", ["Tural Əhmədli", "Kaspar Saar"], "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi", "2026-12-09", "happened",
   "Görüş çərçivəsində Elektron", ["elektron hökumət", "məlumat mübadiləsi"], date_text="Bu gün"),
 E("VISIT", ["Tarmo Lepik"], "Azərkosmos", "2026-12-10", "planned", "Sabah qonağın",
   ["peyk texnologiyaları"], place="Azərkosmos", date_text="Sabah"),
 E("MEET", ["Nicat Ələsgərli", "Tarmo Lepik"], None, None, "negated", "Tarmo Lepikin Baş nazir",
   ["rəqəmsal inkişaf"]),
])

A("631_humbetli_istanbul_biznes_forum_oxu.txt", "oxu.az", """date 2026-03-27
İstanbulda Azərbaycan–Türkiyə biznes forumu: Zaur Hümbətli türk həmkarı ilə protokol imzalayıb

İqtisadiyyat naziri Zaur Hümbətli və onunla birlikdə səfər edən dövlət qurumlarının təmsilçiləri cümə axşamı İstanbula gəliblər. Oxu.az-ın məlumatına əsasən, bu gün şəhərin Lütfi Kırdar Konqres Mərkəzində Azərbaycan–Türkiyə biznes forumu keçirilir. Tədbirə hər iki tərəfdən 400-dən artıq sahibkar qatılıb.

Forumun açılışında Hümbətli və Türkiyənin ticarət naziri Selim Karataş çıxış ediblər. Azərbaycan naziri ötən il ikitərəfli ticarətin 8 milyard dollarlıq həddi keçdiyini, məqsədin isə onu 15 milyarda çatdırmaq olduğunu xatırladıb.

Forumun kənarında nazirlər Preferensial Ticarət Sazişinin əhatə etdiyi malların sayının artırılması barədə protokol imzalayıblar. Ardınca Hümbətli Türkiyə Odalar və Birjalar Birliyinin (TOBB) sədri Murat Erdemlə görüşüb, tərəflər birgə investisiya fondunun yaradılması ideyasını müzakirə ediblər.

Azərbaycan nazirinin DEİK-in, yəni Xarici İqtisadi Əlaqələr Şurasının rəhbərliyi ilə görüşü də nəzərdə tutulmuşdu, ancaq vaxt qalmadığından bu görüş başqa vaxta saxlanılıb.

Sabah Hümbətli Bursaya yollanacaq, şəhərin mütəşəkkil sənaye zonasında avtomobil hissələri istehsal edən müəssisələrlə tanış olacaq.
""", [
 ("Zaur Hümbətli", "PER", "iqtisadiyyat naziri", "Azərbaycan", ["Zaur Hümbətli", "Hümbətli"]),
 ("Selim Karataş", "PER", "ticarət naziri", "Türkiyə", ["Selim Karataş"]),
 ("Murat Erdem", "PER", "sədr", "Türkiyə Odalar və Birjalar Birliyi", ["Murat Erdemlə"]),
 ("Türkiyə Odalar və Birjalar Birliyi", "ORG", None, None, ["Türkiyə Odalar və Birjalar Birliyinin", "TOBB"]),
 ("Xarici İqtisadi Əlaqələr Şurası", "ORG", None, None, ["DEİK-in", "Xarici İqtisadi Əlaqələr Şurasının"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az-ın"]),
 ("İstanbul", "LOC", None, None, ["İstanbulda", "İstanbula"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə", "Türkiyənin"]),
 ("Lütfi Kırdar Konqres Mərkəzi", "LOC", None, None, ["Lütfi Kırdar Konqres Mərkəzində"]),
 ("Bursa", "LOC", None, None, ["Bursaya"]),
], [
 E("VISIT", ["Zaur Hümbətli"], "İstanbul", "2026-03-26", "happened", "İqtisadiyyat naziri Zaur Hümbətli və",
   ["ticarət"], date_text="cümə axşamı"),
 E("ATTEND", ["Zaur Hümbətli"], "Lütfi Kırdar Konqres Mərkəzi", "2026-03-27", "happened", "Forumun açılışında Hümbətli",
   ["ticarət"], date_text="bu gün", event_name="Azərbaycan–Türkiyə biznes forumu"),
 E("ATTEND", ["Selim Karataş"], "Lütfi Kırdar Konqres Mərkəzi", "2026-03-27", "happened", "Forumun açılışında Hümbətli",
   ["ticarət"], date_text="bu gün", event_name="Azərbaycan–Türkiyə biznes forumu"),
 E("SIGN", ["Zaur Hümbətli", "Selim Karataş"], "Lütfi Kırdar Konqres Mərkəzi", "2026-03-27", "happened",
   "Forumun kənarında nazirlər", ["preferensial ticarət"], date_text="bu gün"),
 E("MEET", ["Zaur Hümbətli", "Murat Erdem"], "Lütfi Kırdar Konqres Mərkəzi", "2026-03-27", "happened",
   "Ardınca Hümbətli Türkiyə", ["investisiyalar"], date_text="bu gün"),
 E("MEET", ["Zaur Hümbətli", "Xarici İqtisadi Əlaqələr Şurası"], None, None, "negated", "Azərbaycan nazirinin DEİK-in",
   ["ticarət"]),
 E("VISIT", ["Zaur Hümbətli"], "Bursa", "2026-03-28", "planned", "Sabah Hümbətli Bursaya",
   ["sənaye"], date_text="Sabah"),
])

A("632_yasil_enerji_ucterefli_sazis_xalq_qezeti.txt", None, """date 2026-09
Yaşıl enerji dəhlizi: üç ölkənin nazirləri Bakıda saziş imzaladı

Sentyabrın 15-də Bakıda Azərbaycan, Qazaxıstan və Özbəkistanın energetika nazirlərinin üçtərəfli görüşü keçirilib. Bir gün əvvəl paytaxtımıza gələn qazaxıstanlı və özbəkistanlı nazirləri – Yerlan Sadıqovu və Jurabek Nazarovu Heydər Əliyev Beynəlxalq Aeroportunda energetika nazirinin müavini Nərmin Talıbova qarşılamışdı.

Görüşdə Elçin Bəkirli, Yerlan Sadıqov və Jurabek Nazarov Mərkəzi Asiyadan Xəzərin dibi ilə Azərbaycana, oradan isə Avropaya bərpa olunan enerji ötürülmesi layihəsinin texniki-iqtisadi əsaslandırmasının nəticələrini dəyerləndiriblər. Müzakirələrdə Dünya Bankının Cənubi Qafqaz üzrə regional direktoru Roberto Kastelli də iştirak edib.

Danışıqların sonunda nazirlər layihənin birgə idarə olunmasına dair hökumətlərarası sazişi imza-
layıblar. Həmin gün Prezident Teymur Səlimov nazirləri qəbul edərək layihənin regionun enerji xəritəsini dəyişəcəyini vurğulayıb.

Nazirlər növbəti dəfə dekabrda Daşkənddə bir araya gələcəklər.

Elşən QULİZADƏ,
«Xalq qəzeti»
""", [
 ("Yerlan Sadıqov", "PER", "energetika naziri", "Qazaxıstan", ["Yerlan Sadıqovu", "Yerlan Sadıqov"]),
 ("Jurabek Nazarov", "PER", "energetika naziri", "Özbəkistan", ["Jurabek Nazarovu", "Jurabek Nazarov"]),
 ("Nərmin Talıbova", "PER", "energetika nazirinin müavini", "Azərbaycan", ["Nərmin Talıbova"]),
 ("Elçin Bəkirli", "PER", "energetika naziri", "Azərbaycan", ["Elçin Bəkirli"]),
 ("Roberto Kastelli", "PER", "regional direktor", "Dünya Bankı", ["Roberto Kastelli"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Elşən Qulizadə", "PER", None, None, ["Elşən QULİZADƏ"]),
 ("Dünya Bankı", "ORG", None, None, ["Dünya Bankının"]),
 ("Xalq qəzeti", "ORG", None, None, ["Xalq qəzeti"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycana"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistanın"]),
 ("Heydər Əliyev Beynəlxalq Aeroportu", "LOC", None, None, ["Heydər Əliyev Beynəlxalq Aeroportunda"]),
 ("Mərkəzi Asiya", "LOC", None, None, ["Mərkəzi Asiyadan"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzərin"]),
 ("Avropa", "LOC", None, None, ["Avropaya"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqaz"]),
 ("Daşkənd", "LOC", None, None, ["Daşkənddə"]),
], [
 E("VISIT", ["Yerlan Sadıqov"], "Bakı", "2026-09-14", "happened", "Bir gün əvvəl paytaxtımıza",
   ["bərpa olunan enerji"], date_text="Bir gün əvvəl"),
 E("VISIT", ["Jurabek Nazarov"], "Bakı", "2026-09-14", "happened", "Bir gün əvvəl paytaxtımıza",
   ["bərpa olunan enerji"], date_text="Bir gün əvvəl"),
 E("MEET", ["Nərmin Talıbova", "Yerlan Sadıqov", "Jurabek Nazarov"], "Heydər Əliyev Beynəlxalq Aeroportu", "2026-09-14",
   "happened", "Bir gün əvvəl paytaxtımıza", ["bərpa olunan enerji"], host="Nərmin Talıbova", date_text="Bir gün əvvəl"),
 E("MEET", ["Elçin Bəkirli", "Yerlan Sadıqov", "Jurabek Nazarov", "Roberto Kastelli"], "Bakı", "2026-09-15", "happened",
   "Görüşdə Elçin Bəkirli", ["yaşıl enerji dəhlizi", "elektrik ixracı"], date_text="Sentyabrın 15-də"),
 E("SIGN", ["Elçin Bəkirli", "Yerlan Sadıqov", "Jurabek Nazarov"], "Bakı", "2026-09-15", "happened",
   "Danışıqların sonunda nazirlər", ["yaşıl enerji dəhlizi"], date_text="Sentyabrın 15-də"),
 E("MEET", ["Teymur Səlimov", "Elçin Bəkirli", "Yerlan Sadıqov", "Jurabek Nazarov"], None, "2026-09-15", "happened",
   "Həmin gün Prezident", ["yaşıl enerji dəhlizi"], host="Teymur Səlimov", date_text="Həmin gün"),
 E("MEET", ["Elçin Bəkirli", "Yerlan Sadıqov", "Jurabek Nazarov"], "Daşkənd", "2026-12", "planned",
   "Nazirlər növbəti dəfə", ["yaşıl enerji dəhlizi"], date_text="dekabrda"),
])

A("633_heftenin_iqtisadi_diplomatiya_gundeliyi_report.txt", "report.az", """date 2026-10-24
Həftənin iqtisadi diplomatiya gündəliyi: nazirlərin görüşləri və gələn həftənin planları

Report həftə ərzində hökumətin iqtisadi blokunun xarici əlaqələrinə dair əsas xəbərləri oxucularına xatırladır.

Bazar ertəsi iqtisadiyyat naziri Zaur Hümbətli Pakistanın ticarət naziri Cavad Məliki qəbul edib. Tərəflər preferensial ticarət sazişinin icrasını və Karaçi limanı ilə birbaşa konteyner xəttinin açılması imkanlarını dəyərləndiriblər.

Çərşənbə axşamı kənd təsərrüfatı naziri Səbinə Mirzəyeva BMT-nin Ərzaq və Kənd Təsərrüfatı Təşkilatının (FAO) Avropa və Mərkəzi Asiya regional ofisinin rəhbəri Viktor Rossi ilə onlayn görüşüb. Söhbət suvarma sistemlərinin yenilənməsinə dair yeni layihə ətrafında olub.

Çərşənbə günü nəqliyyat sahəsinə cavabdeh nazir Kənan Əlimərdanlı Tbilisiyə gedib. Orada o, Gürcüstanın iqtisadiyyat və dayanıqlı inkişaf naziri Giorgi Tsxakaya ilə Anaklia limanı layihəsinin gedişini müzakirə edib.

Cümə axşamı Nicat Ələsgərli Avropa İnvestisiya Bankının vitse-prezidenti Hanna Lindberqi Hökumət Evində qəbul edib.

Cümə günü energetika naziri Elçin Bəkirli Bolqarıstanın energetika naziri Stefan Kirilovla telefonla danışıb, qış aylarında qaz tədarükünün qrafikini razılaşdırıblar.

Gələn həftənin çərşənbə axşamı Bakıda Azərbaycan–Gürcüstan iqtisadi komissiyası toplanacaq. İclasa Baş nazirin müavini Orxan Tağızadə və Giorgi Tsxakaya həmsədrlik edəcəklər. Noyabrın əvvəlində isə energetika nazirinin Əbu-Dabidə keçiriləcək ADIPEC sərgisinə qatılacağı gözlənilir.
""", [
 ("Zaur Hümbətli", "PER", "iqtisadiyyat naziri", "Azərbaycan", ["Zaur Hümbətli"]),
 ("Cavad Məlik", "PER", "ticarət naziri", "Pakistan", ["Cavad Məliki"]),
 ("Səbinə Mirzəyeva", "PER", "kənd təsərrüfatı naziri", "Azərbaycan", ["Səbinə Mirzəyeva"]),
 ("Viktor Rossi", "PER", "regional ofisin rəhbəri", "Ərzaq və Kənd Təsərrüfatı Təşkilatı", ["Viktor Rossi"]),
 ("Kənan Əlimərdanlı", "PER", "nazir", "Azərbaycan", ["Kənan Əlimərdanlı"]),
 ("Giorgi Tsxakaya", "PER", "iqtisadiyyat və dayanıqlı inkişaf naziri", "Gürcüstan", ["Giorgi Tsxakaya"]),
 ("Hanna Lindberq", "PER", "vitse-prezident", "Avropa İnvestisiya Bankı", ["Hanna Lindberqi"]),
 ("Nicat Ələsgərli", "PER", "baş nazir", "Azərbaycan", ["Nicat Ələsgərli"]),
 ("Elçin Bəkirli", "PER", "energetika naziri", "Azərbaycan", ["Elçin Bəkirli"]),
 ("Stefan Kirilov", "PER", "energetika naziri", "Bolqarıstan", ["Stefan Kirilovla"]),
 ("Orxan Tağızadə", "PER", "baş nazirin müavini", "Azərbaycan", ["Orxan Tağızadə"]),
 ("Report", "ORG", None, None, ["Report"]),
 ("Birləşmiş Millətlər Təşkilatı", "ORG", None, None, ["BMT-nin"]),
 ("Ərzaq və Kənd Təsərrüfatı Təşkilatı", "ORG", None, None, ["Ərzaq və Kənd Təsərrüfatı Təşkilatının", "FAO"]),
 ("Avropa İnvestisiya Bankı", "ORG", None, None, ["Avropa İnvestisiya Bankının"]),
 ("Pakistan", "LOC", None, None, ["Pakistanın"]),
 ("Karaçi limanı", "LOC", None, None, ["Karaçi limanı"]),
 ("Avropa", "LOC", None, None, ["Avropa"]),
 ("Mərkəzi Asiya", "LOC", None, None, ["Mərkəzi Asiya"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisiyə"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstanın", "Gürcüstan"]),
 ("Anaklia limanı", "LOC", None, None, ["Anaklia limanı"]),
 ("Bolqarıstan", "LOC", None, None, ["Bolqarıstanın"]),
 ("Hökumət Evi", "LOC", None, None, ["Hökumət Evində"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Əbu-Dabi", "LOC", None, None, ["Əbu-Dabidə"]),
], [
 E("MEET", ["Zaur Hümbətli", "Cavad Məlik"], None, "2026-10-19", "happened", "Bazar ertəsi iqtisadiyyat naziri",
   ["preferensial ticarət", "konteyner daşımaları"], host="Zaur Hümbətli", date_text="Bazar ertəsi"),
 E("MEET", ["Səbinə Mirzəyeva", "Viktor Rossi"], None, "2026-10-20", "happened", "Çərşənbə axşamı kənd təsərrüfatı",
   ["suvarma"], date_text="Çərşənbə axşamı"),
 E("VISIT", ["Kənan Əlimərdanlı"], "Tbilisi", "2026-10-21", "happened", "Çərşənbə günü nəqliyyat",
   ["nəqliyyat"], date_text="Çərşənbə günü"),
 E("MEET", ["Kənan Əlimərdanlı", "Giorgi Tsxakaya"], "Tbilisi", "2026-10-21", "happened", "Orada o, Gürcüstanın",
   ["limanlar"], date_text="Çərşənbə günü"),
 E("MEET", ["Nicat Ələsgərli", "Hanna Lindberq"], "Hökumət Evi", "2026-10-22", "happened", "Cümə axşamı Nicat",
   ["investisiyalar"], host="Nicat Ələsgərli", date_text="Cümə axşamı"),
 E("CALL", ["Elçin Bəkirli", "Stefan Kirilov"], None, "2026-10-23", "happened", "Cümə günü energetika naziri",
   ["qaz tədarükü"], date_text="Cümə günü"),
 E("MEET", ["Orxan Tağızadə", "Giorgi Tsxakaya"], "Bakı", "2026-10-27", "planned", "İclasa Baş nazirin müavini",
   ["iqtisadi əməkdaşlıq"], date_text="Gələn həftənin çərşənbə axşamı",
   event_name="Azərbaycan–Gürcüstan iqtisadi komissiyasının iclası"),
 E("ATTEND", ["Elçin Bəkirli"], "Əbu-Dabi", "2026-11", "planned", "Noyabrın əvvəlində isə",
   ["enerji"], date_text="Noyabrın əvvəlində", event_name="ADIPEC",
   same_as="629_bekirli_ebu_dabi_adipec_oxu.txt"),
])

A("634_bekirli_ai_enerji_dialoqu_texire_qafqazinfo.txt", "qafqazinfo.az", """date 2026-07-02
Azərbaycan–Aİ enerji dialoqunun Brüssel iclası sentyabra keçirilib

İyulun 7-də Brüsseldə keçirilməsi planlaşdırılan Azərbaycan–Avropa İttifaqı yüksək səviyyəli enerji dialoqunun növbəti iclası sentyabra təxirə salınıb. Bu barədə Energetika Nazirliyindən Qafqazinfo-ya məlumat verilib.

İclasa energetika naziri Elçin Bəkirli və Avropa Komissiyasının energetika üzrə komissarı Lars Eriksen həmsədrlik etməli idilər. Qərar Komissiyanın yay aylarındakı iş planında edilən dəyişikliklərlə əlaqələndirilir.

Nazirin Brüssel səfəri çərçivəsində Avropa Parlamentinin Sənaye, tədqiqat və enerji komitəsinin sədri Sofi Dübua ilə görüşməsi də planlaşdırılmışdı. İndi bu görüş də ləğv olunub.

Bu gün Bəkirli Eriksenlə telefon danışığı aparıb. Tərəflər dialoqun yeni tarixini sentyabrın ikinci yarısında müəyyənləşdirməyi razılaşdırıblar.

Bununla belə, nazirin iyulun 8–9-da Vyanada keçiriləcək OPEK-in Beynəlxalq Seminarında iştirakı dəyişməz qalır. Bəkirlinin iyulun 7-də Vyanaya yola düşməsi gözlənilir.

Qeyd edək ki, Bakı ilə Brüssel arasında enerji sahəsində strateji tərəfdaşlığa dair anlaşma 2022-ci ilin yayında əldə olunub və o vaxtdan bəri Avropaya çatdırılan Azərbaycan qazının həcmi xeyli artıb.
""", [
 ("Elçin Bəkirli", "PER", "energetika naziri", "Energetika Nazirliyi", ["Elçin Bəkirli", "Bəkirli", "Bəkirlinin"]),
 ("Lars Eriksen", "PER", "komissar", "Avropa Komissiyası", ["Lars Eriksen", "Eriksenlə"]),
 ("Sofi Dübua", "PER", "komitə sədri", "Avropa Parlamenti", ["Sofi Dübua"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Aİ", "Avropa İttifaqı"]),
 ("Energetika Nazirliyi", "ORG", None, None, ["Energetika Nazirliyindən"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo-ya"]),
 ("Avropa Komissiyası", "ORG", None, None, ["Avropa Komissiyasının", "Komissiyanın"]),
 ("Avropa Parlamenti", "ORG", None, None, ["Avropa Parlamentinin"]),
 ("Sənaye, tədqiqat və enerji komitəsi", "ORG", None, None, ["Sənaye, tədqiqat və enerji komitəsinin"]),
 ("Neft İxrac Edən Ölkələr Təşkilatı", "ORG", None, None, ["OPEK-in"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Brüssel", "LOC", None, None, ["Brüssel", "Brüsseldə"]),
 ("Vyana", "LOC", None, None, ["Vyanada", "Vyanaya"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
 ("Avropa", "LOC", None, None, ["Avropaya"]),
], [
 E("MEET", ["Elçin Bəkirli", "Lars Eriksen"], "Brüssel", "2026-09", "planned", "İyulun 7-də Brüsseldə",
   ["enerji dialoqu"], date_text="sentyabra", event_name="Azərbaycan–Avropa İttifaqı yüksək səviyyəli enerji dialoqu"),
 E("MEET", ["Elçin Bəkirli", "Lars Eriksen"], "Brüssel", "2026-07-07", "negated", "İclasa energetika naziri",
   ["enerji dialoqu"], date_text="İyulun 7-də", event_name="Azərbaycan–Avropa İttifaqı yüksək səviyyəli enerji dialoqu"),
 E("VISIT", ["Elçin Bəkirli"], "Brüssel", None, "negated", "Nazirin Brüssel səfəri",
   ["enerji dialoqu"]),
 E("MEET", ["Elçin Bəkirli", "Sofi Dübua"], "Brüssel", None, "negated", "Nazirin Brüssel səfəri",
   ["enerji"]),
 E("CALL", ["Elçin Bəkirli", "Lars Eriksen"], None, "2026-07-02", "happened", "Bu gün Bəkirli Eriksenlə",
   ["enerji dialoqu"], date_text="Bu gün"),
 E("ATTEND", ["Elçin Bəkirli"], "Vyana", "2026-07-08", "planned", "nazirin iyulun 8–9-da",
   ["neft bazarı"], date_text="iyulun 8–9-da", event_name="OPEK-in Beynəlxalq Seminarı"),
 E("VISIT", ["Elçin Bəkirli"], "Vyana", "2026-07-07", "planned", "Bəkirlinin iyulun 7-də",
   ["neft bazarı"], date_text="iyulun 7-də"),
])

A("635_baki_enerji_heftesi_hazirliq_azertac.txt", "AZERTAC", """date 2026-05-19
Bakı Enerji Həftəsində 35 ölkədən 300-ə yaxın şirkət iştirak edəcək

İyunun 2–4-də keçiriləcək Bakı Enerji Həftəsinə hazırlıq işləri yekunlaşmaq üzrədir. Tədbirin təşkilatçısı olan "Iteca Caspian" şirkətindən AZERTAC-a bildirilib ki, bu il sərgidə 35 ölkədən 300-ə yaxın şirkət öz məhsul və xidmətlərini nümayiş etdirəcək. Onlardan 90-ı sərgiyə ilk dəfə qatılır.

Ekspozisiyada Türkiyə, Çin, İtaliya, Böyük Britaniya və Qazaxıstan milli pavilyonlarla təmsil olunacaq. Yaşıl hidrogen, karbon tutma texnologiyaları və enerji səmərəliliyi üçün ayrıca bölmə nəzərdə tutulub. Sərgi Bakı Ekspo Mərkəzində, forum isə Bakı Konqres Mərkəzində keçiriləcək.

Bakı Enerji Forumunun proqramına 12 panel sessiyası daxildir. Təşkilatçıların sözlərinə görə, açılış mərasimində yüksək vəzifəli dövlət rəsmilərinin, beynəlxalq təşkilatların və aparıcı enerji şirkətlərinin rəhbərlərinin iştirakı gözlənilir. Foruma 2 mindən çox nümayəndənin qeydiyyatdan keçəcəyi ehtimal olunur.

Tədbir çərçivəsində ilk dəfə "Gənc enerji peşəkarları" müsabiqəsinin qalibləri də mükafatlandırılacaq. Xatırladaq ki, "Caspian Oil & Gas" sərgisi 1994-cü ildən bəri hər il paytaxtımızda təşkil olunur və regionun ən böyük sahə tədbirlərindən sayılır.
""", [
 ("Iteca Caspian", "ORG", None, None, ["Iteca Caspian"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-a"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə"]),
 ("Çin", "LOC", None, None, ["Çin"]),
 ("İtaliya", "LOC", None, None, ["İtaliya"]),
 ("Böyük Britaniya", "LOC", None, None, ["Böyük Britaniya"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan"]),
 ("Bakı Ekspo Mərkəzi", "LOC", None, None, ["Bakı Ekspo Mərkəzində"]),
 ("Bakı Konqres Mərkəzi", "LOC", None, None, ["Bakı Konqres Mərkəzində"]),
], [], topics=["enerji", "sərgilər"])
