A("514_rustembeyli_asqabad_komissiya_xalq_qezeti.txt", None, """date 2026-12-04
Aşqabadda Azərbaycan–Türkmənistan hökumətlərarası komissiyasının iclası keçirilib

Dekabrın 1-dən 3-dək energetika naziri Kamal Rüstəmbəylinin başçılıq etdiyi hökumət heyəti Turkmenistanda səfərdə olub. Səfərin esas məqsədi iki ölkə arasında iqtisadi əməkdaşlıq üzrə hökumət-
lərarası komissiyanın yeddinci iclasında iştirak idi.

Dekabrın 2-də Aşqabadda keçirilən iclasa komissiyanın həmsədrləri – Kamal Rüstəmbəyli və Türkmənistanın Nazirlər Kabineti sədrinin müavini Bayram Hocamuradov birgə rəhbərlik ediblər. Toplantıda Xəzərin iki ölkənin sektorlarının sərhəddində yerləşən yatağın birgə işlənməsi, Türkmənbaşı ilə Ələt arasında bərə xəttinin genişləndirilməsi, türkmən qazının Azərbaycan ərazisi vasitəsilə Avropaya nəqli imkanları muzakirə olunub. Tərəflər Türkmənistandan Azərbaycana elektrik enerji-
sinin ötürülməsinin həcmini artırmaq barədə razılığa gəliblər. Iclasda çıxış edən Kamal Rustembeyli Bakıda keçiriləcək Xəzər Enerji Forumunda türkmən şirkətlərinin daha geniş təmsil olunmasına ümid etdiyini bildirib.

Iclasın yekununda həmsədrlər komissiyanın protokolunu imzalayıblar.

Həmin gün Türkmənistan Prezidenti Merdan Annayev Kamal Rüstəmbəylini qəbul edib. Dövlət başçısı Azərbaycan Prezidenti Teymur Səlimovla oktyabrda Bakıda apardığı danışıqların nəticələrinin icrasının gedişindən razılığını bildirib.

Proqramda "Türkmənqaz" Dövlət Konserninin sədri Maqsat Berdiyev ilə görüş də nəzərdə tutulurdu, lakin bu görüş konsern rəhbərinin xəstələnməsi üzündən baş tutmayıb.

Səfərin son günü heyət Türkmənbaşı Beynəlxalq Dəniz Limanında olub, yeni bərə terminalının işi ilə tanış olub.

Qeyd edək ki, komissiyanın növbəti iclası 2027-ci ildə Bakıda keçiriləcək.

Orxan CƏFƏROV,
«Xalq qəzeti»
""", [
 ("Kamal Rüstəmbəyli", "PER", "energetika naziri", "Azərbaycan", ["Kamal Rüstəmbəylinin", "Kamal Rüstəmbəyli", "Kamal Rustembeyli", "Kamal Rüstəmbəylini"]),
 ("Bayram Hocamuradov", "PER", "nazirlər kabineti sədrinin müavini", "Türkmənistan Nazirlər Kabineti", ["Bayram Hocamuradov"]),
 ("Merdan Annayev", "PER", "Prezident", "Türkmənistan", ["Merdan Annayev"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimovla"]),
 ("Maqsat Berdiyev", "PER", "sədr", "Türkmənqaz", ["Maqsat Berdiyev"]),
 ("Orxan Cəfərov", "PER", None, None, ["Orxan CƏFƏROV"]),
 ("Türkmənistan Nazirlər Kabineti", "ORG", None, None, ["Nazirlər Kabineti"]),
 ("Türkmənqaz", "ORG", None, None, ["Türkmənqaz"]),
 ("Xalq qəzeti", "ORG", None, None, ["Xalq qəzeti"]),
 ("Aşqabad", "LOC", None, None, ["Aşqabadda"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycana"]),
 ("Türkmənistan", "LOC", None, None, ["Türkmənistan", "Turkmenistanda", "Türkmənistanın", "Türkmənistandan"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzərin", "Xəzər"]),
 ("Türkmənbaşı", "LOC", None, None, ["Türkmənbaşı"]),
 ("Ələt", "LOC", None, None, ["Ələt"]),
 ("Avropa", "LOC", None, None, ["Avropaya"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Türkmənbaşı Beynəlxalq Dəniz Limanı", "LOC", None, None, ["Türkmənbaşı Beynəlxalq Dəniz Limanında"]),
], [
 E("VISIT", ["Kamal Rüstəmbəyli"], "Türkmənistan", "2026-12-01", "happened", "Dekabrın 1-dən 3-dək energetika",
   ["iqtisadi əməkdaşlıq"], date_text="Dekabrın 1-dən 3-dək"),
 E("MEET", ["Kamal Rüstəmbəyli", "Bayram Hocamuradov"], "Aşqabad", "2026-12-02", "happened", "Dekabrın 2-də Aşqabadda",
   ["enerji", "bərə daşımaları", "qaz nəqli"], date_text="Dekabrın 2-də",
   event_name="hökumətlərarası komissiyanın yeddinci iclası"),
 E("SIGN", ["Kamal Rüstəmbəyli", "Bayram Hocamuradov"], "Aşqabad", "2026-12-02", "happened", "Iclasın yekununda həmsədrlər",
   ["iqtisadi əməkdaşlıq"], date_text="Iclasın yekununda"),
 E("MEET", ["Merdan Annayev", "Kamal Rüstəmbəyli"], None, "2026-12-02", "happened", "Həmin gün Türkmənistan",
   ["ikitərəfli əlaqələr"], host="Merdan Annayev", date_text="Həmin gün"),
 E("MEET", ["Teymur Səlimov", "Merdan Annayev"], "Bakı", "2026-10", "happened", "oktyabrda Bakıda apardığı",
   ["ikitərəfli əlaqələr"], date_text="oktyabrda"),
 E("MEET", ["Kamal Rüstəmbəyli", "Maqsat Berdiyev"], None, None, "negated", "lakin bu görüş konsern",
   ["qaz sənayesi"]),
 E("VISIT", ["Kamal Rüstəmbəyli"], "Türkmənbaşı Beynəlxalq Dəniz Limanı", "2026-12-03", "happened",
   "Səfərin son günü heyət", ["bərə daşımaları"], place="Türkmənbaşı Beynəlxalq Dəniz Limanı",
   date_text="Səfərin son günü"),
])

A("515_sadixli_biskek_meslehetlesmeler_kabar.txt", None, """date 2026-05-21
Bişkekdə Qırğızıstan–Azərbaycan siyasi məsləhətləşmələri keçirilib

Bişkek, 21 may – Kabar. Bu gün Qırğızıstan Respublikası Xarici İşlər Nazirliyində iki ölkənin xarici siyasət idarələri arasında növbəti siyasi məsləhətləşmələr aparılıb. Qırğız tərəfinə xarici işlər nazirinin müavini Nurlan Abdrahmanov, Azərbaycan tərəfinə isə xarici işlər nazirinin müavini Elvin Sadıxlı başçılıq ediblər.

Diplomatlar ikitərəfli gündəliyin geniş spektrini nəzərdən keçiriblər. Xüsusi diqqət Qırğızıstan Prezidenti Bakıt Camanbayevin gələn həftə Azərbaycana edəcəyi dövlət səfərinin hazırlığına yönəlib; səfər zamanı imzalanacaq sənədlərin siyahısı dəqiqləşdirilib. Həmçinin Bişkek–Bakı birbaşa aviareysinin həftədə iki dəfəyə çatdırılması, Qırğızıstan tələbələrinin Azərbaycan universitetlərində təhsili müzakirə olunub.

Dünən Bişkekə gələn Azərbaycan diplomatı bu gün Qırğızıstanın xarici işlər naziri Aybek Sarıbayev tərəfindən də qəbul edilib. Nazir qırğız–azərbaycan münasibətlərinin dinamik inkişafını yüksək qiymətləndirib.

Sabah Elvin Sadıxlı Oş şəhərinə yollanacaq. Orada onun Oş merisi Taalaybek Zulpuyevlə görüşməsi, Azərbaycan iş adamlarının sərmayəsi ilə tikilən logistika mərkəzinin ərazisinə baş çəkməsi planlaşdırılır.
""", [
 ("Nurlan Abdrahmanov", "PER", "xarici işlər nazirinin müavini", "Qırğızıstan Xarici İşlər Nazirliyi", ["Nurlan Abdrahmanov"]),
 ("Elvin Sadıxlı", "PER", "xarici işlər nazirinin müavini", "Azərbaycan", ["Elvin Sadıxlı"]),
 ("Bakıt Camanbayev", "PER", "Prezident", "Qırğızıstan", ["Bakıt Camanbayevin"]),
 ("Aybek Sarıbayev", "PER", "xarici işlər naziri", "Qırğızıstan Xarici İşlər Nazirliyi", ["Aybek Sarıbayev"]),
 ("Taalaybek Zulpuyev", "PER", "meri", "Qırğızıstan", ["Taalaybek Zulpuyevlə"]),
 ("Kabar", "ORG", None, None, ["Kabar"]),
 ("Qırğızıstan Xarici İşlər Nazirliyi", "ORG", None, None, ["Qırğızıstan Respublikası Xarici İşlər Nazirliyində"]),
 ("Bişkek", "LOC", None, None, ["Bişkekdə", "Bişkek", "Bişkekə"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstan", "Qırğızıstanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycana"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
 ("Oş", "LOC", None, None, ["Oş"]),
], [
 E("MEET", ["Nurlan Abdrahmanov", "Elvin Sadıxlı"], "Qırğızıstan Xarici İşlər Nazirliyi", "2026-05-21", "happened",
   "Qırğız tərəfinə xarici", ["siyasi məsləhətləşmələr", "aviareyslər", "təhsil"], date_text="Bu gün",
   event_name="siyasi məsləhətləşmələr"),
 E("VISIT", ["Bakıt Camanbayev"], "Azərbaycan", "2026-05", "planned", "Xüsusi diqqət Qırğızıstan",
   ["dövlət səfəri"], date_text="gələn həftə", same_as="507_selimov_camanbayev_telefon_azertac.txt"),
 E("VISIT", ["Elvin Sadıxlı"], "Bişkek", "2026-05-20", "happened", "Dünən Bişkekə gələn",
   ["siyasi məsləhətləşmələr"], date_text="Dünən"),
 E("MEET", ["Aybek Sarıbayev", "Elvin Sadıxlı"], "Bişkek", "2026-05-21", "happened", "Dünən Bişkekə gələn",
   ["ikitərəfli əlaqələr"], host="Aybek Sarıbayev", date_text="bu gün"),
 E("VISIT", ["Elvin Sadıxlı"], "Oş", "2026-05-22", "planned", "Sabah Elvin Sadıxlı",
   ["regional əməkdaşlıq"], date_text="Sabah"),
 E("MEET", ["Elvin Sadıxlı", "Taalaybek Zulpuyev"], "Oş", "2026-05-22", "planned", "Orada onun Oş merisi",
   ["logistika", "investisiyalar"]),
])

A("516_astara_erdebil_korpu_qafqazinfo.txt", "qafqazinfo.az", """date 2026-03-24
Astaraçay üzərində yeni körpünün təməli qoyulub: Ərdəbil ostandarı Azərbaycanda

Bu gün Astara rayonunda Astaraçay üzərində Azərbaycanla İranı birləşdirəcək yeni avtomobil körpüsünün təməlqoyma mərasimi keçirilib. Mərasimdə Astara Rayon İcra Hakimiyyətinin başçısı Tofiq Nəsirli və İranın Ərdəbil ostanının ostandarı Həmidrza Nikzad iştirak ediblər.

Ərdəbil ostandarı dünən Astara sərhəd-keçid məntəqəsindən Azərbaycana keçib. Qafqazinfo-nun yerli müxbirinin yazdığına görə, mərasimdən sonra Tofiq Nəsirli iranlı qonağı icra hakimiyyətində qəbul edib. Söhbət sərhədyanı ticarətin canlandırılması, iki bölgənin fermerlərinin məhsullarını satacağı ortaq bazarın yaradılması, Lənkəran–Astara zonasında turizm marşrutlarının birləşdirilməsi ətrafında gedib.

Görüşün sonunda sərhədyanı əməkdaşlığa dair memorandum imzalanıb. Sənədi Nəsirli və Nikzad imzalayıblar.

Sabah ostandarın Lənkərana keçərək rayon icra hakimiyyətinin başçısı Talıb Məmmədli ilə görüşəcəyi bildirilir.

Körpünün tikintisinin 2027-ci ilin sonunadək başa çatdırılması nəzərdə tutulur. İnşaat işlərini iki ölkənin podratçı şirkətləri birgə aparacaq.
""", [
 ("Tofiq Nəsirli", "PER", "icra başçısı", "Astara Rayon İcra Hakimiyyəti", ["Tofiq Nəsirli", "Nəsirli"]),
 ("Həmidrza Nikzad", "PER", "ostandar", "İran", ["Həmidrza Nikzad", "Nikzad"]),
 ("Talıb Məmmədli", "PER", "icra başçısı", None, ["Talıb Məmmədli"]),
 ("Astara Rayon İcra Hakimiyyəti", "ORG", None, None, ["Astara Rayon İcra Hakimiyyətinin"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo-nun"]),
 ("Astaraçay", "LOC", None, None, ["Astaraçay"]),
 ("Ərdəbil", "LOC", None, None, ["Ərdəbil"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanda", "Azərbaycanla", "Azərbaycana"]),
 ("Astara", "LOC", None, None, ["Astara"]),
 ("İran", "LOC", None, None, ["İranı", "İranın"]),
 ("Lənkəran", "LOC", None, None, ["Lənkəran", "Lənkərana"]),
], [
 E("ATTEND", ["Tofiq Nəsirli", "Həmidrza Nikzad"], "Astara", "2026-03-24", "happened", "Mərasimdə Astara Rayon",
   ["sərhəd infrastrukturu"], date_text="Bu gün", event_name="körpünün təməlqoyma mərasimi"),
 E("VISIT", ["Həmidrza Nikzad"], "Azərbaycan", "2026-03-23", "happened", "Ərdəbil ostandarı dünən",
   ["sərhədyanı əməkdaşlıq"], date_text="dünən"),
 E("MEET", ["Tofiq Nəsirli", "Həmidrza Nikzad"], "Astara", "2026-03-24", "happened", "mərasimdən sonra Tofiq",
   ["sərhədyanı ticarət", "kənd təsərrüfatı", "turizm"], host="Tofiq Nəsirli"),
 E("SIGN", ["Tofiq Nəsirli", "Həmidrza Nikzad"], "Astara", "2026-03-24", "happened", "Görüşün sonunda sərhədyanı",
   ["sərhədyanı əməkdaşlıq"]),
 E("VISIT", ["Həmidrza Nikzad"], "Lənkəran", "2026-03-25", "planned", "Sabah ostandarın Lənkərana",
   ["sərhədyanı əməkdaşlıq"], date_text="Sabah"),
 E("MEET", ["Həmidrza Nikzad", "Talıb Məmmədli"], "Lənkəran", "2026-03-25", "planned", "Sabah ostandarın Lənkərana",
   ["sərhədyanı əməkdaşlıq"], date_text="Sabah"),
])

A("517_tdt_emekdasliq_gunu_beyanat_azertac.txt", "AZERTAC", """date 2026-10-03
TDT Baş katibi: türk dövlətlərinin birliyi ortaq tarixə və ortaq gələcəyə söykənir

Türk Dövlətləri Təşkilatının Baş katibi Ömürbek Sadırov oktyabrın 3-ü – Türk Dövlətlərinin Əməkdaşlıq Günü münasibətilə bəyanat yayıb. AZERTAC bəyanatın mətnini təqdim edir.

Bəyanatda deyilir ki, 2009-cu ildə Naxçıvanda imzalanmış saziş türkdilli dövlətlərin əməkdaşlığını institusional çərçivəyə salıb və o vaxtdan bəri təşkilat regional siyasətin mühüm aktoruna çevrilib. Baş katib xatırladıb ki, bu gün təşkilatın beş üzvü və üç müşahidəçisi var, katibliyin nəzdində isə gömrük, nəqliyyat, rəqəmsal iqtisadiyyat və təhsil üzrə onlarla işçi qrupu fəaliyyət göstərir.

Sadırovun sözlərinə görə, Orta Dəhliz üzrə daşımaların son üç ildə beş dəfə artması türk dünyasının iqtisadi inteqrasiyasının real göstəricisidir. O, həmçinin vahid türk əlifbası, ortaq tarix dərsliyi və gənclər mübadiləsi proqramları üzərində işin davam etdiyini qeyd edib.

Bəyanatda təşkilatın 2027-ci ildə keçiriləcək yubiley sammitinə hazırlığa bütün üzv dövlətlərin hökumət və parlamentlərini fəal qoşulmağa çağırış da yer alıb.

"Bizim birliyimiz heç kimə qarşı yönəlməyib. O, ortaq dilə, mədəniyyətə və tarixə söykənir, qonşularımızla da əməkdaşlığa açıqdır", – deyə Ömürbek Sadırov bəyanatında vurğulayıb.
""", [
 ("Ömürbek Sadırov", "PER", "baş katib", "Türk Dövlətləri Təşkilatı", ["Ömürbek Sadırov", "Sadırovun"]),
 ("Türk Dövlətləri Təşkilatı", "ORG", None, None, ["TDT", "Türk Dövlətləri Təşkilatının"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvanda"]),
], [], topics=["türk dünyası", "bəyanat", "inteqrasiya"])

A("518_camanbayev_dovlet_seferi_baki_trend.txt", "trend.az", """date 2026-05-28
Qırğızıstan Prezidenti Bakıda: iki ölkə arasında 9 sənəd imzalanıb

Qırğızıstan Prezidenti Bakıt Camanbayev dövlət səfəri ilə ölkəmizdədir. Qırğız lideri dünən axşam Bakıya gəlib.

Trend-in xəbərinə görə, bu gün Prezident Teymur Səlimov qırğız həmkarını rəsmi qarşılanma mərasimi ilə qarşılayıb. Ardınca dövlət başçıları əvvəlcə təkbətək, sonra geniş tərkibdə danışıqlar aparıblar. Danışıqlarda ticarət dövriyyəsinin artırılması, Qırğızıstanın hidroenergetika layihələrinə Azərbaycan sərmayəsinin cəlb olunması, Bişkekdə tikilən logistika mərkəzinin işə salınması əsas mövzular olub.

Görüşdən sonra Azərbaycanla Qırğızıstan arasında 9 sənəd imzalanıb. Strateji tərəfdaşlığın dərinləşdirilməsinə dair Birgə Bəyannaməni dövlət başçıları şəxsən imzalayıblar.

Qeyd edək ki, Teymur Səlimov və Bakıt Camanbayev martın 2-də telefonla danışarkən bu səfərin vaxtını razılaşdırmışdılar.

Günün ikinci yarısında qırğız lideri Milli Məclisdə spiker Ləman Həsənbəyova ilə görüşəcək. Sabah qonaq Şuşaya yollanacaq, orada Cıdır düzünü ziyarət edəcək.
""", [
 ("Bakıt Camanbayev", "PER", "Prezident", "Qırğızıstan", ["Bakıt Camanbayev"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Ləman Həsənbəyova", "PER", "spiker", "Milli Məclis", ["Ləman Həsənbəyova"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstan", "Qırğızıstanın"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanla"]),
 ("Bişkek", "LOC", None, None, ["Bişkekdə"]),
 ("Şuşa", "LOC", None, None, ["Şuşaya"]),
 ("Cıdır düzü", "LOC", None, None, ["Cıdır düzünü"]),
], [
 E("VISIT", ["Bakıt Camanbayev"], "Bakı", "2026-05-27", "happened", "Bakıt Camanbayev dövlət səfəri",
   ["dövlət səfəri"], date_text="dünən", same_as="507_selimov_camanbayev_telefon_azertac.txt"),
 E("MEET", ["Teymur Səlimov", "Bakıt Camanbayev"], "Bakı", "2026-05-28", "happened", "bu gün Prezident Teymur",
   ["ticarət", "hidroenergetika", "logistika"], host="Teymur Səlimov", date_text="bu gün"),
 E("SIGN", ["Teymur Səlimov", "Bakıt Camanbayev"], "Bakı", "2026-05-28", "happened", "Birgə Bəyannaməni dövlət",
   ["strateji tərəfdaşlıq"]),
 E("CALL", ["Teymur Səlimov", "Bakıt Camanbayev"], None, "2026-03-02", "happened", "martın 2-də telefonla",
   ["dövlət səfəri"], date_text="martın 2-də", same_as="507_selimov_camanbayev_telefon_azertac.txt"),
 E("MEET", ["Bakıt Camanbayev", "Ləman Həsənbəyova"], "Milli Məclis", "2026-05-28", "planned", "Günün ikinci yarısında qırğız",
   ["parlamentlərarası əlaqələr"]),
 E("VISIT", ["Bakıt Camanbayev"], "Şuşa", "2026-05-29", "planned", "Sabah qonaq Şuşaya",
   ["Qarabağın bərpası"], date_text="Sabah"),
 E("VISIT", ["Bakıt Camanbayev"], "Cıdır düzü", "2026-05-29", "planned", "Sabah qonaq Şuşaya",
   ["mədəni irs"], place="Cıdır düzü", date_text="Sabah"),
])

A("519_karimberdiyev_xarezm_agdam_oxu.txt", "oxu.az", """date 2026-08-06
Xarəzm vilayətinin hokimi Ağdamda olub

Özbəkistanın Xarəzm vilayətinin hokimi Ulmasbek Karimberdiyev bu gün Ağdam rayonunda olub. Qonağı şəhərin girişində rayon icra hakimiyyətinin başçısı Hikmət Cəfərli qarşılayıb.

Oxu.az-ın bölgədəki əməkdaşının bildirdiyinə görə, özbək heyəti əvvəlcə bərpa olunmuş Ağdam Cümə məscidini ziyarət edib. Ardınca icra hakimiyyətində keçirilən söhbətdə Cəfərli şəhərin baş planı, yenidən salınan məhəllələr və sənaye parkı barədə danışıb. Karimberdiyev isə Xarəzmdə pambıq emalı və suvarma sahəsində qazanılmış təcrübənin Ağdamın kənd təsərrüfatında tətbiq oluna biləcəyini deyib, rayonun gənc fermerlərini Xarəzmin aqrar texnikumlarında təcrübə keçməyə dəvət edib.

Söhbətin sonunda Ağdam rayonu ilə Xarəzm vilayəti arasında əməkdaşlıq memorandumu bağlanıb; sənədə Cəfərli və Karimberdiyev imza atıblar.

Xarəzm hokimi Azərbaycana dünən gəlib. Sabah o, Bakıda təşkil olunacaq Azərbaycan–Özbəkistan regionlararası forumunda iştirak edəcək.

Cəfərlinin oktyabrda Xivəyə cavab səfəri edəcəyi də razılaşdırılıb.
""", [
 ("Ulmasbek Karimberdiyev", "PER", "hokim", "Özbəkistan", ["Ulmasbek Karimberdiyev", "Karimberdiyev"]),
 ("Hikmət Cəfərli", "PER", "icra başçısı", None, ["Hikmət Cəfərli", "Cəfərli", "Cəfərlinin"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az-ın"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistanın", "Özbəkistan"]),
 ("Xarəzm", "LOC", None, None, ["Xarəzm", "Xarəzmdə", "Xarəzmin"]),
 ("Ağdam", "LOC", None, None, ["Ağdamda", "Ağdam", "Ağdamın"]),
 ("Ağdam Cümə məscidi", "LOC", None, None, ["Ağdam Cümə məscidini"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycana", "Azərbaycan"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Xivə", "LOC", None, None, ["Xivəyə"]),
], [
 E("VISIT", ["Ulmasbek Karimberdiyev"], "Ağdam", "2026-08-06", "happened", "Ulmasbek Karimberdiyev bu gün",
   ["regionlararası əməkdaşlıq"], date_text="bu gün"),
 E("MEET", ["Hikmət Cəfərli", "Ulmasbek Karimberdiyev"], "Ağdam", "2026-08-06", "happened", "Qonağı şəhərin girişində",
   ["şəhərsalma", "kənd təsərrüfatı"], host="Hikmət Cəfərli"),
 E("VISIT", ["Ulmasbek Karimberdiyev"], "Ağdam Cümə məscidi", "2026-08-06", "happened", "əvvəlcə bərpa olunmuş",
   ["mədəni irs"], place="Ağdam Cümə məscidi"),
 E("SIGN", ["Hikmət Cəfərli", "Ulmasbek Karimberdiyev"], "Ağdam", "2026-08-06", "happened", "Söhbətin sonunda Ağdam",
   ["regionlararası əməkdaşlıq"]),
 E("VISIT", ["Ulmasbek Karimberdiyev"], "Azərbaycan", "2026-08-05", "happened", "Xarəzm hokimi Azərbaycana",
   ["regionlararası əməkdaşlıq"], date_text="dünən"),
 E("ATTEND", ["Ulmasbek Karimberdiyev"], "Bakı", "2026-08-07", "planned", "Sabah o, Bakıda",
   ["regionlararası əməkdaşlıq"], date_text="Sabah", event_name="Azərbaycan–Özbəkistan regionlararası forumu"),
 E("VISIT", ["Hikmət Cəfərli"], "Xivə", "2026-10", "planned", "Cəfərlinin oktyabrda",
   ["regionlararası əməkdaşlıq"], date_text="oktyabrda"),
])
