A("430_dadasli_toshpulatov_ozbek_energetika_azertac.txt", "AZERTAC", """date 2029-03-12
Kənan Dadaşlı özbəkistanlı həmkarı ilə Xəzərdən keçəcək enerji kabelinin gələcəyini müzakirə edib

Energetika naziri Kənan Dadaşlı bu gün rəsmi səfərlə ölkəmizdə olan Özbəkistan Respublikasının energetika naziri Jasur Toşpulatovu qəbul edib.

AZERTAC xəbər verir ki, qonağı salamlayan nazir Xəzər dənizinin dibi ilə çəkilməsi nəzərdə tutulan yüksəkgərginlikli kabel xəttinin texniki-iqtisadi əsaslandırmasının yekunlaşmaq üzrə olduğunu, Mərkəzi Asiyada istehsal olunan "yaşıl" elektrik enerjisinin Azərbaycan və Gürcüstan üzərindən Avropa bazarlarına çatdırılmasının hər iki ölkəyə yeni gəlir mənbəyi qazandıracağını vurğulayıb. Bazar günü axşam Bakıya gələn Toşpulatov isə Daşkənddə bu layihəyə prioritet kimi baxıldığını, Özbəkistanda 2030-cu ilədək külək və günəş stansiyalarının ümumi gücünün iki dəfə artırılacağını deyib.

Görüşün sonunda nazirlər enerji sistemlərinin paralel iş rejiminə keçidinə dair anlaşma memorandumunu imzalayıblar.

Özbək qonağın sabah Xızı rayonunda inşa edilən külək elektrik stansiyasının tikinti meydançasına baş çəkməsi, çərşənbə günü isə SOCAR-ın prezidenti Elçin Qəhrəmanzadə ilə görüşməsi planlaşdırılır. Səfər proqramına Sumqayıt Kimya Sənaye Parkı ilə tanışlıq da salınıb.
""", [
 ("Kənan Dadaşlı", "PER", "energetika naziri", "Azərbaycan", ["Kənan Dadaşlı"]),
 ("Jasur Toşpulatov", "PER", "energetika naziri", "Özbəkistan", ["Jasur Toşpulatovu", "Toşpulatov"]),
 ("Elçin Qəhrəmanzadə", "PER", "prezident", "Azərbaycan Respublikası Dövlət Neft Şirkəti", ["Elçin Qəhrəmanzadə"]),
 ("Azərbaycan Respublikası Dövlət Neft Şirkəti", "ORG", None, None, ["SOCAR-ın"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzərdən", "Xəzər dənizinin"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistan Respublikasının", "Özbəkistanda"]),
 ("Mərkəzi Asiya", "LOC", None, None, ["Mərkəzi Asiyada"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan"]),
 ("Avropa", "LOC", None, None, ["Avropa"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Daşkənd", "LOC", None, None, ["Daşkənddə"]),
 ("Xızı", "LOC", None, None, ["Xızı"]),
 ("Sumqayıt Kimya Sənaye Parkı", "LOC", None, None, ["Sumqayıt Kimya Sənaye Parkı"]),
], [
 E("VISIT", ["Jasur Toşpulatov"], "Bakı", "2029-03-11", "happened", "rəsmi səfərlə ölkəmizdə olan",
   ["enerji"], date_text="Bazar günü axşam"),
 E("MEET", ["Kənan Dadaşlı", "Jasur Toşpulatov"], None, "2029-03-12", "happened", "Energetika naziri Kənan Dadaşlı bu gün",
   ["enerji", "bərpaolunan enerji", "elektrik ötürülməsi"], host="Kənan Dadaşlı", date_text="bu gün"),
 E("SIGN", ["Kənan Dadaşlı", "Jasur Toşpulatov"], None, "2029-03-12", "happened", "Görüşün sonunda nazirlər enerji",
   ["enerji sistemləri"]),
 E("VISIT", ["Jasur Toşpulatov"], "Xızı", "2029-03-13", "planned", "Özbək qonağın sabah Xızı",
   ["bərpaolunan enerji"], date_text="sabah"),
 E("MEET", ["Jasur Toşpulatov", "Elçin Qəhrəmanzadə"], None, "2029-03-14", "planned", "çərşənbə günü isə SOCAR-ın",
   ["enerji"], date_text="çərşənbə günü"),
 E("VISIT", ["Jasur Toşpulatov"], "Sumqayıt Kimya Sənaye Parkı", None, "planned", "Səfər proqramına Sumqayıt",
   ["sənaye"], place="Sumqayıt Kimya Sənaye Parkı"),
])

A("431_humbetli_tokio_biznes_forumu_report.txt", "report.az", """date 2029-03-15
Tokioda Azərbaycan–Yaponiya biznes forumu: AZPROMO ilə JETRO arasında memorandum imzalanıb

Çərşənbə axşamı Tokioya yollanan iqtisadiyyat naziri Zaur Hümbətlinin başçılıq etdiyi nümayəndə heyətinin Yaponiyaya səfəri bu gün Azərbaycan–Yaponiya biznes forumu ilə davam edib.

İqtisadiyyat Nazirliyinin Report-a açıqladığı məlumata əsasən, iki ölkənin 120-dən artıq şirkətini bir araya gətirən forumu açan Hümbətli son beş ildə yapon kapitalının iştirakı ilə Azərbaycanda reallaşdırılan layihələrin dəyərinin 2 milyard dolları ötdüyünü, Ələt Azad İqtisadi Zonasında yapon istehsalçıları üçün ayrıca güzəştlər paketinin hazırlandığını diqqətə çatdırıb. Yaponiya İqtisadiyyat, Ticarət və Sənaye Nazirliyinin (METI) nazir müavini Hiroşi Kavaquçi də forumda çıxış edərək Orta Dəhlizin yapon logistika şirkətləri üçün cəlbediciliyinin getdikcə artdığını söyləyib.

Forum çərçivəsində Azərbaycanın İxracın və İnvestisiyaların Təşviqi Agentliyi (AZPROMO) və Yaponiya Xarici Ticarət Təşkilatı (JETRO) kiçik və orta sahibkarlar üçün birgə biznes missiyalarının təşkilinə dair tərəfdaşlıq sənədini imzalayıblar.

Qeyd edək ki, Hümbətli dünən Kavaquçi ilə təkbətək danışıqlar aparıb, daha sonra INPEX korporasiyasının rəhbərliyi ilə bir araya gələrək Xəzər dənizindəki yataqlarda birgə fəaliyyətin genişləndirilməsi imkanlarını nəzərdən keçirib.

Sabah heyət Osakaya yollanacaq və orada Kansay İqtisadi Federasiyasının rəhbərləri ilə görüşəcək. Nagoyadakı sənaye müəssisələrinə baş çəkmək planı isə vaxt qıtlığı üzündən reallaşmayacaq.
""", [
 ("Zaur Hümbətli", "PER", "iqtisadiyyat naziri", "İqtisadiyyat Nazirliyi", ["Zaur Hümbətlinin", "Hümbətli"]),
 ("Hiroşi Kavaquçi", "PER", "nazir müavini", "Yaponiya İqtisadiyyat, Ticarət və Sənaye Nazirliyi", ["Hiroşi Kavaquçi", "Kavaquçi"]),
 ("İqtisadiyyat Nazirliyi", "ORG", None, None, ["İqtisadiyyat Nazirliyinin"]),
 ("Yaponiya İqtisadiyyat, Ticarət və Sənaye Nazirliyi", "ORG", None, None, ["Yaponiya İqtisadiyyat, Ticarət və Sənaye Nazirliyinin", "METI"]),
 ("İxracın və İnvestisiyaların Təşviqi Agentliyi", "ORG", None, None, ["AZPROMO", "İxracın və İnvestisiyaların Təşviqi Agentliyi"]),
 ("Yaponiya Xarici Ticarət Təşkilatı", "ORG", None, None, ["JETRO", "Yaponiya Xarici Ticarət Təşkilatı"]),
 ("INPEX", "ORG", None, None, ["INPEX"]),
 ("Kansay İqtisadi Federasiyası", "ORG", None, None, ["Kansay İqtisadi Federasiyasının"]),
 ("Report", "ORG", None, None, ["Report-a"]),
 ("Tokio", "LOC", None, None, ["Tokioda", "Tokioya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanda", "Azərbaycanın"]),
 ("Yaponiya", "LOC", None, None, ["Yaponiya", "Yaponiyaya"]),
 ("Ələt Azad İqtisadi Zonası", "LOC", None, None, ["Ələt Azad İqtisadi Zonasında"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizindəki"]),
 ("Osaka", "LOC", None, None, ["Osakaya"]),
 ("Nagoya", "LOC", None, None, ["Nagoyadakı"]),
], [
 E("VISIT", ["Zaur Hümbətli"], "Tokio", "2029-03-13", "happened", "Çərşənbə axşamı Tokioya yollanan",
   ["ticarət", "investisiya"], date_text="Çərşənbə axşamı"),
 E("ATTEND", ["Zaur Hümbətli"], "Tokio", "2029-03-15", "happened", "forumu açan Hümbətli",
   ["investisiya", "azad iqtisadi zona"], date_text="bu gün", event_name="Azərbaycan–Yaponiya biznes forumu"),
 E("ATTEND", ["Hiroşi Kavaquçi"], "Tokio", "2029-03-15", "happened", "də forumda çıxış edərək",
   ["logistika", "Orta Dəhliz"], event_name="Azərbaycan–Yaponiya biznes forumu"),
 E("SIGN", ["İxracın və İnvestisiyaların Təşviqi Agentliyi", "Yaponiya Xarici Ticarət Təşkilatı"], "Tokio", "2029-03-15",
   "happened", "Forum çərçivəsində Azərbaycanın", ["ixracın təşviqi"]),
 E("MEET", ["Zaur Hümbətli", "Hiroşi Kavaquçi"], "Tokio", "2029-03-14", "happened", "Hümbətli dünən Kavaquçi ilə",
   ["ticarət"], date_text="dünən"),
 E("MEET", ["Zaur Hümbətli", "INPEX"], "Tokio", "2029-03-14", "happened", "daha sonra INPEX korporasiyasının",
   ["neft və qaz"], date_text="dünən"),
 E("VISIT", ["Zaur Hümbətli"], "Osaka", "2029-03-16", "planned", "Sabah heyət Osakaya",
   ["ticarət"], date_text="Sabah"),
 E("MEET", ["Zaur Hümbətli", "Kansay İqtisadi Federasiyası"], "Osaka", "2029-03-16", "planned", "orada Kansay İqtisadi",
   ["ticarət"], date_text="Sabah"),
 E("VISIT", ["Zaur Hümbətli"], "Nagoya", None, "negated", "Nagoyadakı sənaye müəssisələrinə",
   ["sənaye"]),
])

A("432_celebiyev_asqabad_hokumetlerarasi_komissiya_apa.txt", "APA", """date 2029-03-21
Aşqabadda hökumətlərarası komissiyanın iclası: Ələt–Türkmənbaşı bərə xətti üzrə yeni tariflər razılaşdırılıb

Azərbaycan–Türkmənistan hökumətlərarası komissiyasının on birinci iclası dünən Aşqabadda keçirilib, bu barədə APA-ya nazirlikdən məlumat verilib. İclas komissiyanın həmsədrləri – rəqəmsal inkişaf və nəqliyyat naziri Vaqif Çələbiyev və Türkmənistan Nazirlər Kabinetinin sədr müavini Bayrammırat Annaqurbanov tərəfindən idarə olunub.

Bazar ertəsi türkmən paytaxtına gələn Çələbiyev iclasdan əvvəl Türkmənistan Prezidenti Mıratberdi Qocaqulıyev tərəfindən qəbul edilib. Dövlət başçısı son iki ildə Xəzər dənizi üzərindən keçən yük axınının təxminən yarıbayarı artdığını, bu axında Türkmənbaşı limanının rolunun daha da güclənəcəyini bildirib.

İclasda enerji, nəqliyyat, rəqəmsal rabitə və kənd təsərrüfatı üzrə işçi qrupların hesabatları dinlənilib, Xəzərin dibi ilə fiber-optik kabelin çəkilməsi layihəsinin icra qrafiki təsdiqlənib. Müzakirələri yekunlaşdıran həmsədrlər sonda protokola imzalarını qoyublar. Elə həmin gün Ələt–Türkmənbaşı bərə xəttində yükdaşımanın tarifləri və cədvəlinə dair sazişi Türkmənistanın Dəniz və Çay Yolları Agentliyi ilə Azərbaycan Xəzər Dəniz Gəmiçiliyi bağlayıb.

Bu gün Çələbiyev Türkmənbaşı Beynəlxalq Dəniz Limanında olacaq, limanın rəisi Dövlətgeldi Annaberdiyevlə görüşəcək. Komissiyanın on ikinci toplantısı üçün Bakı məkan seçilib, tarix isə sonradan dəqiqləşəcək.
""", [
 ("Vaqif Çələbiyev", "PER", "rəqəmsal inkişaf və nəqliyyat naziri", "Azərbaycan", ["Vaqif Çələbiyev", "Çələbiyev"]),
 ("Bayrammırat Annaqurbanov", "PER", "sədr müavini", "Türkmənistan Nazirlər Kabineti", ["Bayrammırat Annaqurbanov"]),
 ("Mıratberdi Qocaqulıyev", "PER", "Prezident", "Türkmənistan", ["Mıratberdi Qocaqulıyev"]),
 ("Dövlətgeldi Annaberdiyev", "PER", "rəis", "Türkmənistan", ["Dövlətgeldi Annaberdiyevlə"]),
 ("Türkmənistan Nazirlər Kabineti", "ORG", None, None, ["Türkmənistan Nazirlər Kabinetinin"]),
 ("Azərbaycan Xəzər Dəniz Gəmiçiliyi", "ORG", None, None, ["Azərbaycan Xəzər Dəniz Gəmiçiliyi"]),
 ("Türkmənistan Dəniz və Çay Yolları Agentliyi", "ORG", None, None, ["Dəniz və Çay Yolları Agentliyi"]),
 ("APA", "ORG", None, None, ["APA-ya"]),
 ("Aşqabad", "LOC", None, None, ["Aşqabadda"]),
 ("Ələt", "LOC", None, None, ["Ələt"]),
 ("Türkmənbaşı", "LOC", None, None, ["Türkmənbaşı"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Türkmənistan", "LOC", None, None, ["Türkmənistan", "Türkmənistanın"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizi", "Xəzərin"]),
 ("Türkmənbaşı Beynəlxalq Dəniz Limanı", "LOC", None, None, ["Türkmənbaşı Beynəlxalq Dəniz Limanında"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
], [
 E("VISIT", ["Vaqif Çələbiyev"], "Aşqabad", "2029-03-19", "happened", "Bazar ertəsi türkmən paytaxtına",
   ["nəqliyyat"], date_text="Bazar ertəsi"),
 E("MEET", ["Mıratberdi Qocaqulıyev", "Vaqif Çələbiyev"], "Aşqabad", "2029-03-20", "happened", "iclasdan əvvəl Türkmənistan Prezidenti",
   ["Xəzər dənizində daşımalar", "nəqliyyat"], host="Mıratberdi Qocaqulıyev", date_text="iclasdan əvvəl"),
 E("MEET", ["Vaqif Çələbiyev", "Bayrammırat Annaqurbanov"], "Aşqabad", "2029-03-20", "happened", "İclas komissiyanın həmsədrləri",
   ["enerji", "nəqliyyat", "rəqəmsal rabitə", "kənd təsərrüfatı"], date_text="dünən",
   event_name="Azərbaycan–Türkmənistan hökumətlərarası komissiyasının on birinci iclası"),
 E("SIGN", ["Vaqif Çələbiyev", "Bayrammırat Annaqurbanov"], "Aşqabad", "2029-03-20", "happened", "Müzakirələri yekunlaşdıran həmsədrlər",
   ["hökumətlərarası komissiya"]),
 E("SIGN", ["Azərbaycan Xəzər Dəniz Gəmiçiliyi", "Türkmənistan Dəniz və Çay Yolları Agentliyi"], None, "2029-03-20", "happened",
   "Elə həmin gün Ələt", ["bərə daşımaları", "tariflər"], date_text="həmin gün"),
 E("VISIT", ["Vaqif Çələbiyev"], "Türkmənbaşı Beynəlxalq Dəniz Limanı", "2029-03-21", "planned", "Bu gün Çələbiyev Türkmənbaşı",
   ["limanlar"], place="Türkmənbaşı Beynəlxalq Dəniz Limanı", date_text="Bu gün"),
 E("MEET", ["Vaqif Çələbiyev", "Dövlətgeldi Annaberdiyev"], "Türkmənbaşı Beynəlxalq Dəniz Limanı", "2029-03-21", "planned",
   "limanın rəisi Dövlətgeldi", ["limanlar"], date_text="Bu gün"),
])

A("433_lenkeran_rize_qardaslasma_qafqazinfo.txt", "qafqazinfo.az", """date 2029-03-23
Lənkəran ilə Rize qardaşlaşmış şəhərlərə çevrilib

Qafqazinfo.az | Region | 23.03.2029, 11:40

Türkiyənin Rize şəhərinin bələdiyyə başqanı Hakan Kuşçuoğlunun rəhbərlik etdiyi nümayəndə heyəti dünən Lənkəran Rayon İcra Hakimiyyətinin inzibati binasında rayonun başçısı Mübariz Xanlarov tərəfindən qəbul olunub.

Qafqazinfo-nun bölgə müxbirinə verilən məlumata görə, çərşənbə axşamı Lənkərana gələn türk qonaqlar əvvəlcə bölgədəki çay plantasiyaları və sitrus bağları ilə tanış olublar. Görüşdə Xanlarov son illərdə rayonda 1 200 hektar yeni çay plantasiyasının salındığını, Rize təcrübəsinin bu sahədə yerli fermerlərdə böyük maraq doğurduğunu deyib. Kuşçuoğlu isə Qara dəniz sahilindəki şəhərin çay emalı, dağ turizmi və balıqçılıq sahəsində topladığı təcrübəni bölüşməyə hazır olduqlarını bildirib.

Qəbulun sonunda Xanlarovla Kuşçuoğlu Lənkəranla Rizenin qardaşlaşması haqqında protokolu imzalayıblar. Xanlarovun payızda Rizedə keçiriləcək çay festivalına dəvət olunduğu da bildirilib.

Heyət bu gün Hirkan Milli Parkını gəzib, sabah isə Astaraya keçərək gömrük-sərhəd keçid məntəqəsinin yükötürmə imkanları ilə tanış olacaq.

Teqlər: Lənkəran, Rize, qardaşlaşma

Oxşar xəbərlər
Astarada yeni logistika mərkəzinin təməli qoyulub
Masallıda fermerlərə 300 ton toxum paylanıb

© 2029 Qafqazinfo.az. Materiallardan istifadə edərkən istinad mütləqdir.
""", [
 ("Hakan Kuşçuoğlu", "PER", "bələdiyyə başqanı", "Türkiyə", ["Hakan Kuşçuoğlunun", "Kuşçuoğlu"]),
 ("Mübariz Xanlarov", "PER", "başçı", "Lənkəran Rayon İcra Hakimiyyəti", ["Mübariz Xanlarov", "Xanlarov", "Xanlarovla", "Xanlarovun"]),
 ("Lənkəran Rayon İcra Hakimiyyəti", "ORG", None, None, ["Lənkəran Rayon İcra Hakimiyyətinin"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo.az", "Qafqazinfo-nun"]),
 ("Lənkəran", "LOC", None, None, ["Lənkəran", "Lənkərana", "Lənkəranla"]),
 ("Rize", "LOC", None, None, ["Rize", "Rizenin", "Rizedə"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin"]),
 ("Qara dəniz", "LOC", None, None, ["Qara dəniz"]),
 ("Hirkan Milli Parkı", "LOC", None, None, ["Hirkan Milli Parkını"]),
 ("Astara", "LOC", None, None, ["Astaraya", "Astarada"]),
 ("Masallı", "LOC", None, None, ["Masallıda"]),
], [
 E("MEET", ["Mübariz Xanlarov", "Hakan Kuşçuoğlu"], "Lənkəran Rayon İcra Hakimiyyəti", "2029-03-22", "happened",
   "rayonun başçısı Mübariz Xanlarov tərəfindən", ["çayçılıq", "turizm", "balıqçılıq"], host="Mübariz Xanlarov",
   date_text="dünən"),
 E("VISIT", ["Hakan Kuşçuoğlu"], "Lənkəran", "2029-03-20", "happened", "çərşənbə axşamı Lənkərana gələn",
   ["çayçılıq"], date_text="çərşənbə axşamı"),
 E("SIGN", ["Mübariz Xanlarov", "Hakan Kuşçuoğlu"], "Lənkəran Rayon İcra Hakimiyyəti", "2029-03-22", "happened",
   "Qəbulun sonunda Xanlarovla", ["qardaşlaşma"]),
 E("VISIT", ["Hakan Kuşçuoğlu"], "Hirkan Milli Parkı", "2029-03-23", "happened", "Heyət bu gün Hirkan",
   ["turizm"], place="Hirkan Milli Parkı", date_text="bu gün"),
 E("VISIT", ["Hakan Kuşçuoğlu"], "Astara", "2029-03-24", "planned", "sabah isə Astaraya keçərək",
   ["logistika"], date_text="sabah"),
])

A("434_baki_limani_birinci_rub_yuk_asirimi_trend.txt", "trend.az", """date 2029-04-03
Bakı limanında birinci rübdə yük aşırımı 14 faiz artıb

Cari ilin ilk üç ayında Bakı Beynəlxalq Dəniz Ticarət Limanının terminallarından 1,9 milyon ton yük keçib: bu, bir il əvvəlki göstəricini 14 faiz üstələyir.

Trend-ə limandan verilən məlumata görə, aşırılan yüklərin təxminən üçdə biri konteynerlərin payına düşüb: rüb ərzində terminalda 28 min TEU həcmində konteyner emal olunub. Konteyner axınının artımı əsasən Çindən Qazaxıstan və Xəzər dənizi vasitəsilə Avropaya yönələn tranzit yüklərlə bağlıdır. Aktau və Kurık istiqamətindən daxil olan Ro-Ro bərələrinin reyslərinin sayı 17 faiz artıb, Türkmənbaşı istiqamətində isə həcm əvvəlki səviyyədə qalıb.

Limanın kommersiya departamentinin rəhbəri Sevda Əlimərdanova bildirib ki, yükləmə-boşaltma əməliyyatlarının rəqəmsallaşdırılması gəmilərin limanda dayanma müddətini orta hesabla 30 saatdan 19 saata endirib. Onun sözlərinə görə, terminalın ötürücülük qabiliyyətini ildə 25 milyon tona çatdıracaq ikinci mərhələnin yeni körpülərinin tikintisi planlaşdırılandan tez, ilin sonunadək başa çatdırıla bilər.

Xatırladaq ki, Orta Dəhliz üzrə daşımalarda artım ötən il də müşahidə olunurdu: 2028-ci ildə limanda 7,1 milyon ton yük aşırılmışdı. Ekspertlər bu ilin yekununda həmin göstəricinin 8 milyon tonu keçəcəyini proqnozlaşdırırlar.
""", [
 ("Sevda Əlimərdanova", "PER", "kommersiya departamentinin rəhbəri", None, ["Sevda Əlimərdanova"]),
 ("Trend", "ORG", None, None, ["Trend-ə"]),
 ("Bakı Beynəlxalq Dəniz Ticarət Limanı", "LOC", None, None, ["Bakı Beynəlxalq Dəniz Ticarət Limanının"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
 ("Çin", "LOC", None, None, ["Çindən"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizi"]),
 ("Avropa", "LOC", None, None, ["Avropaya"]),
 ("Aktau", "LOC", None, None, ["Aktau"]),
 ("Kurık", "LOC", None, None, ["Kurık"]),
 ("Türkmənbaşı", "LOC", None, None, ["Türkmənbaşı"]),
], [], topics=["logistika", "Orta Dəhliz", "limanlar", "statistika"])

A("435_socar_adnoc_ebu_dabi_oxu.txt", "oxu.az", """date 2029-04-05
SOCAR ilə ADNOC Xəzərdə karbon tutulması layihəsinə dair saziş imzalayıb

OXU.AZ
Xəbər lenti / İqtisadiyyat
5 aprel 2029, 10:26

Əbu-Dabidə işgüzar səfərdə olan SOCAR-ın prezidenti Elçin Qəhrəmanzadə dünən Birləşmiş Ərəb Əmirliklərinin energetika və infrastruktur naziri Əhməd bin Rəşid əl-Kətbi ilə görüşüb.

Oxu.az-a SOCAR-dan bildirilib ki, görüşdə Azərbaycanla BƏƏ arasında enerji sahəsindəki tərəfdaşlığın yeni istiqamətləri nəzərdən keçirilib, nazir Əmirliklərin dövlət şirkətlərinin Xəzər regionundakı aşağı karbonlu layihələrə marağının artdığını qeyd edib.

Həmin gün SOCAR ilə Əbu-Dabi Milli Neft Şirkəti arasında Abşeron yarımadasında karbon qazının tutulması və yeraltı saxlanması üzrə pilot layihəyə dair çərçivə sazişi imzalanıb. Sənədə SOCAR-ın prezidenti və ADNOC-un baş icraçı direktorunun müavini Xalid əl-Mənsuri imza atıblar.

Qəhrəmanzadənin səfəri çərşənbə axşamı Masdar şirkətinin rəhbərliyi ilə görüşlə başlamışdı: tərəflər Xəzər dənizində ilk dəniz külək stansiyasının tikintisi üçün texniki-iqtisadi əsaslandırmanın nəticələrini müzakirə etmişdilər.

SOCAR rəhbərinin sabah Dubaya keçərək Dubay Multi Əmtəə Mərkəzinin (DMCC) rəhbərliyi ilə görüşməsi gözlənilir.

Digər xəbərlər
"Azeri Light" ucuzlaşıb
Bakıda yeni elektrik avtobusları xəttə buraxılır

Oxu.az-ı Telegram kanalında izləyin
""", [
 ("Elçin Qəhrəmanzadə", "PER", "prezident", "Azərbaycan Respublikası Dövlət Neft Şirkəti", ["Elçin Qəhrəmanzadə", "Qəhrəmanzadənin"]),
 ("Əhməd bin Rəşid əl-Kətbi", "PER", "energetika və infrastruktur naziri", "Birləşmiş Ərəb Əmirlikləri", ["Əhməd bin Rəşid əl-Kətbi"]),
 ("Xalid əl-Mənsuri", "PER", "baş icraçı direktorun müavini", "Əbu-Dabi Milli Neft Şirkəti", ["Xalid əl-Mənsuri"]),
 ("Azərbaycan Respublikası Dövlət Neft Şirkəti", "ORG", None, None, ["SOCAR", "SOCAR-ın", "SOCAR-dan"]),
 ("Əbu-Dabi Milli Neft Şirkəti", "ORG", None, None, ["ADNOC", "Əbu-Dabi Milli Neft Şirkəti", "ADNOC-un"]),
 ("Masdar", "ORG", None, None, ["Masdar"]),
 ("Dubay Multi Əmtəə Mərkəzi", "ORG", None, None, ["Dubay Multi Əmtəə Mərkəzinin", "DMCC"]),
 ("Oxu.az", "ORG", None, None, ["OXU.AZ", "Oxu.az-a", "Oxu.az-ı"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzərdə", "Xəzər", "Xəzər dənizində"]),
 ("Əbu-Dabi", "LOC", None, None, ["Əbu-Dabidə"]),
 ("Birləşmiş Ərəb Əmirlikləri", "LOC", None, None, ["Birləşmiş Ərəb Əmirliklərinin", "BƏƏ", "Əmirliklərin"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanla"]),
 ("Abşeron yarımadası", "LOC", None, None, ["Abşeron yarımadasında"]),
 ("Dubay", "LOC", None, None, ["Dubaya"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
], [
 E("VISIT", ["Elçin Qəhrəmanzadə"], "Əbu-Dabi", "2029-04-03", "happened", "Əbu-Dabidə işgüzar səfərdə olan",
   ["enerji"], date_text="çərşənbə axşamı"),
 E("MEET", ["Elçin Qəhrəmanzadə", "Əhməd bin Rəşid əl-Kətbi"], "Əbu-Dabi", "2029-04-04", "happened", "Qəhrəmanzadə dünən Birləşmiş",
   ["enerji", "aşağı karbonlu layihələr"], date_text="dünən"),
 E("SIGN", ["Elçin Qəhrəmanzadə", "Xalid əl-Mənsuri"], None, "2029-04-04", "happened", "Həmin gün SOCAR ilə",
   ["karbonun tutulması"], date_text="Həmin gün"),
 E("MEET", ["Elçin Qəhrəmanzadə", "Masdar"], "Əbu-Dabi", "2029-04-03", "happened", "Qəhrəmanzadənin səfəri çərşənbə axşamı",
   ["dəniz külək enerjisi"], date_text="çərşənbə axşamı"),
 E("VISIT", ["Elçin Qəhrəmanzadə"], "Dubay", "2029-04-06", "planned", "SOCAR rəhbərinin sabah Dubaya",
   ["enerji ticarəti"], date_text="sabah"),
 E("MEET", ["Elçin Qəhrəmanzadə", "Dubay Multi Əmtəə Mərkəzi"], "Dubay", "2029-04-06", "planned", "Mərkəzinin (DMCC) rəhbərliyi",
   ["enerji ticarəti"], date_text="sabah"),
])

A("436_humbetli_pekin_sian_komissiya_xalq_qezeti.txt", None, """date 2029-04
Azərbaycan–Çin ticarət-iqtisadi əməkdaşlığı: Pekindən Siana qədər

Aprelin 1-də Çin Xalq Respublikasına işgüzar səfərə yola düşən iqtisadiyyat naziri Zaur Hümbətli ertəsi gün Pekində Azərbaycan–Çin hökumətlərarası ticarət-iqtisadi əmekdaşlıq komissiyasının doqquzuncu iclasına həmsədrlik edib. Komissiyanın Çin tərəfdən həmsədri kommersiya nazirinin müavini Ven Xaytaodur.

İclasda qarşılıqlı ticarət dövriyyəsinin ötən il 4,3 milyard dollara çatdığı, lakin Azərbaycan ixracının bu rəqəmdəki payının hələ də az olduğu vurğulanıb. Tərəflər Çin bazarına qeyri-neft məhsullarının, o cümlədən kənd təsərrüfatı mal-
larının çıxışının asanlaşdırılması, Xəzər dənizi üzərindən keçən tranzit marşrutunda rüsumların azaldılması kimi məsələləri müzakirə edibler. İclasın yekununda həmsədrlər proto-
kolu imzalayıblar.

Həmin gün nazir Çin Dövlət Şurasının binasında baş nazir müavini Çjan Limin tərəfindən qəbul edilib. Qəbulda "Bir kəmər, bir yol" təşəbbüsü ilə Orta Dəhlizin uzlaşdırılması ətrafında fikir mübadiləsi aparılıb.

Aprelin 3-də Hümbətli Şənsi əyalətinin mərkəzi Siana yollanıb. Burada o, əyalətin qubernatoru Lyu Cianminlə görüşüb, Çin–Avropa yük qatarlarının formalaşdırıldığı Sian Beynəlxalq Quru Limanında olub. Qubernator Azerbaycan şirkətlərinin limanın logis-
tika zonasında anbar sahələri icarəyə götürməsi üçün güzəştli şərtlər təklif edib.

Heyətin Lançjouya da getməsi planlaşdırılırdı, lakin vaxt məhdudluğu səbəbindən bundan imtina olunub. Komissiyanın növbəti iclası gələn il Bakıda keçiriləcək.

Günel ABBASQULİYEVA,
«Xalq qəzeti»
""", [
 ("Zaur Hümbətli", "PER", "iqtisadiyyat naziri", "Azərbaycan", ["Zaur Hümbətli", "Hümbətli"]),
 ("Ven Xaytao", "PER", "kommersiya nazirinin müavini", "Çin", ["Ven Xaytaodur"]),
 ("Çjan Limin", "PER", "baş nazir müavini", "Çin Dövlət Şurası", ["Çjan Limin"]),
 ("Lyu Cianmin", "PER", "qubernator", "Çin", ["Lyu Cianminlə"]),
 ("Günel Abbasquliyeva", "PER", None, None, ["Günel ABBASQULİYEVA"]),
 ("Çin Dövlət Şurası", "ORG", None, None, ["Çin Dövlət Şurasının"]),
 ("Xalq qəzeti", "ORG", None, None, ["Xalq qəzeti"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azerbaycan"]),
 ("Çin", "LOC", None, None, ["Çin", "Çin Xalq Respublikasına"]),
 ("Pekin", "LOC", None, None, ["Pekindən", "Pekində"]),
 ("Sian", "LOC", None, None, ["Siana"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizi"]),
 ("Şənsi", "LOC", None, None, ["Şənsi"]),
 ("Avropa", "LOC", None, None, ["Avropa"]),
 ("Sian Beynəlxalq Quru Limanı", "LOC", None, None, ["Sian Beynəlxalq Quru Limanında"]),
 ("Lançjou", "LOC", None, None, ["Lançjouya"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
], [
 E("VISIT", ["Zaur Hümbətli"], "Çin", "2029-04-01", "happened", "Aprelin 1-də Çin Xalq",
   ["ticarət"], date_text="Aprelin 1-də"),
 E("MEET", ["Zaur Hümbətli", "Ven Xaytao"], "Pekin", "2029-04-02", "happened", "ertəsi gün Pekində",
   ["ticarət", "qeyri-neft ixracı", "tranzit"], date_text="ertəsi gün",
   event_name="Azərbaycan–Çin hökumətlərarası ticarət-iqtisadi əməkdaşlıq komissiyasının doqquzuncu iclası"),
 E("SIGN", ["Zaur Hümbətli", "Ven Xaytao"], "Pekin", "2029-04-02", "happened", "İclasın yekununda həmsədrlər",
   ["hökumətlərarası komissiya"]),
 E("MEET", ["Çjan Limin", "Zaur Hümbətli"], "Çin Dövlət Şurası", "2029-04-02", "happened", "Həmin gün nazir Çin Dövlət",
   ["Orta Dəhliz"], host="Çjan Limin", date_text="Həmin gün"),
 E("VISIT", ["Zaur Hümbətli"], "Sian", "2029-04-03", "happened", "Aprelin 3-də Hümbətli",
   ["logistika"], date_text="Aprelin 3-də"),
 E("MEET", ["Zaur Hümbətli", "Lyu Cianmin"], "Sian", "2029-04-03", "happened", "qubernatoru Lyu Cianminlə",
   ["logistika"], date_text="Aprelin 3-də"),
 E("VISIT", ["Zaur Hümbətli"], "Sian Beynəlxalq Quru Limanı", "2029-04-03", "happened", "yük qatarlarının formalaşdırıldığı",
   ["logistika"], place="Sian Beynəlxalq Quru Limanı", date_text="Aprelin 3-də"),
 E("VISIT", ["Zaur Hümbətli"], "Lançjou", None, "negated", "Heyətin Lançjouya da",
   ["ticarət"]),
])
