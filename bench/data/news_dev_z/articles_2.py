A("707_aqem_nazirler_surasi_baki_apa.txt", "APA", """date 2027-06-29
Bakıda AQEM-in Xarici İşlər Nazirləri Şurasının iclası keçirilir

Bu gün Gülüstan sarayında Asiyada Qarşılıqlı Fəaliyyət və Etimad Tədbirləri üzrə Müşavirənin (AQEM) Xarici İşlər Nazirləri Şurasının iclası öz işinə başlayıb. Azərbaycanın təşkilata sədrliyi dövründə keçirilən sonuncu nazirlər toplantısına 28 üzv dövlətdən, eləcə də müşahidəçi qismində çıxış edən beynəlxalq təşkilatlardan nümayəndə heyətləri qatılır.

APA-nın məlumatına görə, tədbiri açan xarici işlər naziri Ruslan Kazımlı qonaqları salamlayaraq Asiyada etimad tədbirləri kataloqunun yenilənməsini, nəqliyyat və rəqəmsal bağlantılar üzrə yeni işçi qrupunun yaradılmasını təklif edib.

Sonra söz Qazaxıstanın xarici işlər naziri Daulet Abenova, Tacikistanın xarici işlər naziri Firuz Rahmonzodaya, Monqolustanın xarici işlər naziri Bat-Erdene Ganbolda və Şri-Lankanın xarici işlər naziri Nalin Pereraya verilib.

İclasın birinci hissəsindən sonra Ruslan Kazımlı Daulet Abenov və Bat-Erdene Ganbold ilə ikitərəfli görüşlər keçirib. Qazaxıstanlı həmkarı ilə söhbətdə Xəzərdən keçən marşrut üzrə yükdaşımaların artırılması, monqol naziri ilə isə Ulan-Batorda Azərbaycan səfirliyinin açılması barədə danışılıb.

Sabah Prezident Teymur Səlimovun Qazaxıstan və Tacikistan nazirlərini qəbul etməsi gözlənilir. İclas yekun bəyanatın qəbulu ilə başa çatacaq.
""", [
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Azərbaycan", ["Ruslan Kazımlı"]),
 ("Daulet Abenov", "PER", "xarici işlər naziri", "Qazaxıstan", ["Daulet Abenova", "Daulet Abenov"]),
 ("Firuz Rahmonzoda", "PER", "xarici işlər naziri", "Tacikistan", ["Firuz Rahmonzodaya"]),
 ("Bat-Erdene Ganbold", "PER", "xarici işlər naziri", "Monqolustan", ["Bat-Erdene Ganbolda", "Bat-Erdene Ganbold"]),
 ("Nalin Perera", "PER", "xarici işlər naziri", "Şri-Lanka", ["Nalin Pereraya"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimovun"]),
 ("Asiyada Qarşılıqlı Fəaliyyət və Etimad Tədbirləri üzrə Müşavirə", "ORG", None, None,
  ["AQEM-in", "Asiyada Qarşılıqlı Fəaliyyət və Etimad Tədbirləri üzrə Müşavirənin", "AQEM"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Gülüstan sarayı", "LOC", None, None, ["Gülüstan sarayında"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın", "Azərbaycan"]),
 ("Asiya", "LOC", None, None, ["Asiyada"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstanın", "Qazaxıstan"]),
 ("Tacikistan", "LOC", None, None, ["Tacikistanın", "Tacikistan"]),
 ("Monqolustan", "LOC", None, None, ["Monqolustanın"]),
 ("Şri-Lanka", "LOC", None, None, ["Şri-Lankanın"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzərdən"]),
 ("Ulan-Bator", "LOC", None, None, ["Ulan-Batorda"]),
], [
 E("ATTEND", ["Ruslan Kazımlı"], "Gülüstan sarayı", "2027-06-29", "happened", "tədbiri açan xarici işlər naziri",
   ["etimad tədbirləri", "nəqliyyat", "rəqəmsal bağlantılar"], date_text="Bu gün",
   event_name="AQEM-in Xarici İşlər Nazirləri Şurasının iclası"),
 E("ATTEND", ["Daulet Abenov"], "Gülüstan sarayı", "2027-06-29", "happened", "Sonra söz Qazaxıstanın",
   ["etimad tədbirləri"], event_name="AQEM-in Xarici İşlər Nazirləri Şurasının iclası"),
 E("ATTEND", ["Firuz Rahmonzoda"], "Gülüstan sarayı", "2027-06-29", "happened", "Sonra söz Qazaxıstanın",
   ["etimad tədbirləri"], event_name="AQEM-in Xarici İşlər Nazirləri Şurasının iclası"),
 E("ATTEND", ["Bat-Erdene Ganbold"], "Gülüstan sarayı", "2027-06-29", "happened", "Sonra söz Qazaxıstanın",
   ["etimad tədbirləri"], event_name="AQEM-in Xarici İşlər Nazirləri Şurasının iclası"),
 E("ATTEND", ["Nalin Perera"], "Gülüstan sarayı", "2027-06-29", "happened", "Sonra söz Qazaxıstanın",
   ["etimad tədbirləri"], event_name="AQEM-in Xarici İşlər Nazirləri Şurasının iclası"),
 E("MEET", ["Ruslan Kazımlı", "Daulet Abenov"], "Gülüstan sarayı", "2027-06-29", "happened",
   "İclasın birinci hissəsindən sonra", ["nəqliyyat", "yükdaşımalar"], date_text="İclasın birinci hissəsindən sonra"),
 E("MEET", ["Ruslan Kazımlı", "Bat-Erdene Ganbold"], "Gülüstan sarayı", "2027-06-29", "happened",
   "İclasın birinci hissəsindən sonra", ["diplomatik nümayəndəliklər"], date_text="İclasın birinci hissəsindən sonra"),
 E("MEET", ["Teymur Səlimov", "Daulet Abenov"], None, "2027-06-30", "planned", "Sabah Prezident Teymur",
   ["ikitərəfli münasibətlər"], host="Teymur Səlimov", date_text="Sabah"),
 E("MEET", ["Teymur Səlimov", "Firuz Rahmonzoda"], None, "2027-06-30", "planned", "Sabah Prezident Teymur",
   ["ikitərəfli münasibətlər"], host="Teymur Səlimov", date_text="Sabah"),
])

A("708_selimov_eko_zirvesi_asqabad_metbuat.txt", "metbuat.az", """date 2027-11-26
Aşqabadda EKO zirvəsi: Prezident Teymur Səlimov üç liderlə görüşüb

Prezident Teymur Səlimov İqtisadi Əməkdaşlıq Təşkilatının (EKO) XVIII Zirvəsinə qatılmaq məqsədilə dünən Türkmənistana yola düşüb. Aşqabadın hava limanında yüksək qonağı Türkmənistan Nazirlər Kabinetində sədr müavini vəzifəsini tutan xarici işlər naziri Begenç Orazov qarşılayıb.

Metbuat.az-a daxil olan məlumata əsasən, Ruhiyyət sarayında bu gün keçirilən zirvəni ev sahibi ölkənin lideri Aman Berdıyev açıb. Dövlət və hökumət başçıları əvvəlcə birgə foto çəkdiriblər, daha sonra zirvənin geniş tərkibdə iclası başlayıb.

Tədbirdə çıxış edən Teymur Səlimov regionda tranzit daşımalarının rəqəmsallaşdırılmasının, qarşılıqlı ticarətdə milli valyutalarla hesablaşmaların genişləndirilməsinin vacibliyini vurğulayıb.

Zirvə çərçivəsində Azərbaycan Prezidenti Pakistan İslam Respublikasının Baş naziri Tarıq Cəmil Bhatti, Qazaxıstan Prezidenti Nurlan Baymuxamedov və Tacikistan Prezidenti Rüstəm Nazarzoda ilə görüşlər keçirib.

Zirvənin yekununda üzv dövlətlərin 2035-ci ilədək əməkdaşlıq strategiyası təsdiqlənib.

Sabah dövlətimizin başçısının Türkmənistan Prezidenti ilə təkbətək görüşü, ardınca ikitərəfli sənədlərin imzalanması gözlənilir.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Begenç Orazov", "PER", "sədr müavini, xarici işlər naziri", "Türkmənistan Nazirlər Kabineti",
  ["Begenç Orazov"]),
 ("Aman Berdıyev", "PER", "Prezident", "Türkmənistan", ["Aman Berdıyev"]),
 ("Tarıq Cəmil Bhatti", "PER", "baş nazir", "Pakistan", ["Tarıq Cəmil Bhatti"]),
 ("Nurlan Baymuxamedov", "PER", "Prezident", "Qazaxıstan", ["Nurlan Baymuxamedov"]),
 ("Rüstəm Nazarzoda", "PER", "Prezident", "Tacikistan", ["Rüstəm Nazarzoda"]),
 ("İqtisadi Əməkdaşlıq Təşkilatı", "ORG", None, None, ["EKO", "İqtisadi Əməkdaşlıq Təşkilatının"]),
 ("Türkmənistan Nazirlər Kabineti", "ORG", None, None, ["Türkmənistan Nazirlər Kabinetində"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az-a"]),
 ("Aşqabad", "LOC", None, None, ["Aşqabadda", "Aşqabadın"]),
 ("Türkmənistan", "LOC", None, None, ["Türkmənistana", "Türkmənistan"]),
 ("Ruhiyyət sarayı", "LOC", None, None, ["Ruhiyyət sarayında"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Pakistan", "LOC", None, None, ["Pakistan İslam Respublikasının"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan"]),
 ("Tacikistan", "LOC", None, None, ["Tacikistan"]),
], [
 E("VISIT", ["Teymur Səlimov"], "Aşqabad", "2027-11-25", "happened", "qatılmaq məqsədilə dünən Türkmənistana",
   ["regional iqtisadi əməkdaşlıq"], date_text="dünən"),
 E("MEET", ["Teymur Səlimov", "Begenç Orazov"], "Aşqabad", "2027-11-25", "happened",
   "Aşqabadın hava limanında yüksək", ["rəsmi qarşılanma"], host="Begenç Orazov"),
 E("ATTEND", ["Aman Berdıyev"], "Ruhiyyət sarayı", "2027-11-26", "happened", "bu gün keçirilən zirvəni",
   ["regional iqtisadi əməkdaşlıq"], date_text="bu gün", event_name="EKO-nun XVIII Zirvəsi"),
 E("ATTEND", ["Teymur Səlimov"], "Ruhiyyət sarayı", "2027-11-26", "happened", "Tədbirdə çıxış edən Teymur",
   ["tranzit daşımaları", "milli valyutalarla hesablaşmalar"], event_name="EKO-nun XVIII Zirvəsi"),
 E("MEET", ["Teymur Səlimov", "Tarıq Cəmil Bhatti"], "Ruhiyyət sarayı", "2027-11-26", "happened", "Zirvə çərçivəsində Azərbaycan",
   ["ikitərəfli münasibətlər"]),
 E("MEET", ["Teymur Səlimov", "Nurlan Baymuxamedov"], "Ruhiyyət sarayı", "2027-11-26", "happened", "Zirvə çərçivəsində Azərbaycan",
   ["ikitərəfli münasibətlər"]),
 E("MEET", ["Teymur Səlimov", "Rüstəm Nazarzoda"], "Ruhiyyət sarayı", "2027-11-26", "happened", "Zirvə çərçivəsində Azərbaycan",
   ["ikitərəfli münasibətlər"]),
 E("MEET", ["Teymur Səlimov", "Aman Berdıyev"], "Aşqabad", "2027-11-27", "planned", "Sabah dövlətimizin başçısının",
   ["ikitərəfli münasibətlər"], date_text="Sabah"),
])

A("709_elesgerli_d8_zirvesi_cakarta_report.txt", "report.az", """date 2027-04-16
Baş nazir Nicat Ələsgərli Cakartada D-8 sammitində iştirak edib

D-8 İqtisadi Əməkdaşlıq Təşkilatının XII Zirvə görüşü bu gün İndoneziyanın paytaxtı Cakartada başa çatıb. Cümə axşamı başlayan ikigünlük sammitdə Azərbaycan heyətinə Baş nazir Nicat Ələsgərli rəhbərlik edib.

Çərşənbə günü Cakartaya gələn Baş nazir elə həmin gün İndoneziya Ticarət və Sənaye Palatasında yerli iş adamları ilə görüşüb.

Report-un Cakartaya ezam olunmuş müxbiri xəbər verir ki, sammiti İndoneziya Prezidenti Budi Santoso açıb. Sammitdə təşkilatın 2028–2037-ci illər üçün yeni onillik yol xəritəsi təsdiqlənib, növbəti zirvənin isə 2029-cu ildə Bakıda keçirilməsi qərara alınıb.

Zirvənin ikinci günü Nicat Ələsgərli Misirin Baş naziri Mustafa Kamal Şərif və Nigeriyanın vitse-prezidenti Emeka Obi ilə görüşüb, Banqladeşin hökumət başçısının müşaviri ilə də qısa söhbət edib.

Həmin gün D-8-in Baş katibi Yusuf Adebayo Baş nazirlə görüşərək təşkilatın Bakıda regional ofisinin açılması təklifini təqdim edib.

Nicat Ələsgərlinin Malayziyanın Baş naziri Əhməd Fauzi Rəşid ilə də görüşü planlaşdırılırdı. Lakin Malayziya hökumətinin başçısı ölkədəki daşqınlarla əlaqədar Kuala-Lumpura təcili qayıtdığından bu görüş baş tutmayıb.
""", [
 ("Nicat Ələsgərli", "PER", "baş nazir", "Azərbaycan", ["Nicat Ələsgərli", "Nicat Ələsgərlinin"]),
 ("Budi Santoso", "PER", "Prezident", "İndoneziya", ["Budi Santoso"]),
 ("Mustafa Kamal Şərif", "PER", "baş nazir", "Misir", ["Mustafa Kamal Şərif"]),
 ("Emeka Obi", "PER", "vitse-prezident", "Nigeriya", ["Emeka Obi"]),
 ("Yusuf Adebayo", "PER", "baş katib", "D-8 İqtisadi Əməkdaşlıq Təşkilatı", ["Yusuf Adebayo"]),
 ("Əhməd Fauzi Rəşid", "PER", "baş nazir", "Malayziya", ["Əhməd Fauzi Rəşid"]),
 ("D-8 İqtisadi Əməkdaşlıq Təşkilatı", "ORG", None, None, ["D-8", "D-8 İqtisadi Əməkdaşlıq Təşkilatının", "D-8-in"]),
 ("İndoneziya Ticarət və Sənaye Palatası", "ORG", None, None, ["İndoneziya Ticarət və Sənaye Palatasında"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Cakarta", "LOC", None, None, ["Cakartada", "Cakartaya"]),
 ("İndoneziya", "LOC", None, None, ["İndoneziyanın", "İndoneziya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Misir", "LOC", None, None, ["Misirin"]),
 ("Nigeriya", "LOC", None, None, ["Nigeriyanın"]),
 ("Banqladeş", "LOC", None, None, ["Banqladeşin"]),
 ("Malayziya", "LOC", None, None, ["Malayziyanın", "Malayziya"]),
 ("Kuala-Lumpur", "LOC", None, None, ["Kuala-Lumpura"]),
], [
 E("ATTEND", ["Nicat Ələsgərli"], "Cakarta", "2027-04-15", "happened", "Cümə axşamı başlayan ikigünlük",
   ["iqtisadi əməkdaşlıq"], date_text="Cümə axşamı", event_name="D-8-in XII Zirvə görüşü"),
 E("VISIT", ["Nicat Ələsgərli"], "Cakarta", "2027-04-14", "happened", "Çərşənbə günü Cakartaya",
   ["iqtisadi əməkdaşlıq"], date_text="Çərşənbə günü"),
 E("ATTEND", ["Budi Santoso"], "Cakarta", "2027-04-15", "happened", "sammiti İndoneziya Prezidenti",
   ["iqtisadi əməkdaşlıq"], event_name="D-8-in XII Zirvə görüşü"),
 E("MEET", ["Nicat Ələsgərli", "Mustafa Kamal Şərif"], "Cakarta", "2027-04-16", "happened", "Zirvənin ikinci günü Nicat",
   ["ikitərəfli münasibətlər"], date_text="Zirvənin ikinci günü"),
 E("MEET", ["Nicat Ələsgərli", "Emeka Obi"], "Cakarta", "2027-04-16", "happened", "Zirvənin ikinci günü Nicat",
   ["ikitərəfli münasibətlər"], date_text="Zirvənin ikinci günü"),
 E("MEET", ["Nicat Ələsgərli", "Yusuf Adebayo"], "Cakarta", "2027-04-16", "happened", "Həmin gün D-8-in",
   ["regional ofis"], date_text="Həmin gün"),
 E("MEET", ["Nicat Ələsgərli", "Əhməd Fauzi Rəşid"], "Cakarta", None, "negated", "Nicat Ələsgərlinin Malayziyanın",
   ["ikitərəfli münasibətlər"]),
])

A("710_zulfuqarova_briks_nyu_dehli_trend.txt", "trend.az", """date 2027-05-14
Nərmin Zülfüqarova Nyu-Dehlidə BRİKS+ formatında nazirlər görüşünə qatılıb

Mayın 13-də Nyu-Dehlidə BRİKS ölkələrinin xarici işlər nazirlərinin tərəfdaş və dəvət olunmuş dövlətlərin nümayəndələri ilə BRİKS+ formatında görüşü keçirilib.

Əvvəlcə görüşdə xarici işlər naziri Ruslan Kazımlının iştirakı nəzərdə tutulurdu. Lakin nazirin Bakıdakı iş qrafiki ilə bağlı Azərbaycanı tədbirdə xarici işlər nazirinin müavini Nərmin Zülfüqarova təmsil edib.

Trend-in məlumatına görə, görüşə Hindistanın xarici işlər naziri Vikram Raqhunatan sədrlik edib. Çıxışında Zülfüqarova Şimal–Cənub nəqliyyat dəhlizinin Cənubi Asiya ilə Avropa arasında yükdaşımalar üçün açdığı imkanlardan danışıb.

Görüşün kənarında Azərbaycan nümayəndə heyətinin rəhbəri Braziliyanın xarici əlaqələr nazirinin müavini Paulo Rejis Andrade və Cənubi Afrika Respublikasının beynəlxalq əlaqələr və əməkdaşlıq nazirinin müavini Nomsa Dlamini ilə söhbət edib.

Zülfüqarovanın Hindistana səfəri bu gün Hindistan Dünya İşləri Şurasında keçiriləcək ekspert dəyirmi masasında çıxışla yekunlaşacaq.
""", [
 ("Nərmin Zülfüqarova", "PER", "xarici işlər nazirinin müavini", "Azərbaycan",
  ["Nərmin Zülfüqarova", "Zülfüqarova", "Zülfüqarovanın"]),
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Azərbaycan", ["Ruslan Kazımlının"]),
 ("Vikram Raqhunatan", "PER", "xarici işlər naziri", "Hindistan", ["Vikram Raqhunatan"]),
 ("Paulo Rejis Andrade", "PER", "xarici əlaqələr nazirinin müavini", "Braziliya", ["Paulo Rejis Andrade"]),
 ("Nomsa Dlamini", "PER", "beynəlxalq əlaqələr və əməkdaşlıq nazirinin müavini", "Cənubi Afrika Respublikası",
  ["Nomsa Dlamini"]),
 ("BRİKS", "ORG", None, None, ["BRİKS"]),
 ("Hindistan Dünya İşləri Şurası", "ORG", None, None, ["Hindistan Dünya İşləri Şurasında"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Nyu-Dehli", "LOC", None, None, ["Nyu-Dehlidə"]),
 ("Bakı", "LOC", None, None, ["Bakıdakı"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanı", "Azərbaycan"]),
 ("Hindistan", "LOC", None, None, ["Hindistanın", "Hindistana"]),
 ("Cənubi Asiya", "LOC", None, None, ["Cənubi Asiya"]),
 ("Avropa", "LOC", None, None, ["Avropa"]),
 ("Braziliya", "LOC", None, None, ["Braziliyanın"]),
 ("Cənubi Afrika Respublikası", "LOC", None, None, ["Cənubi Afrika Respublikasının"]),
], [
 E("ATTEND", ["Ruslan Kazımlı"], "Nyu-Dehli", "2027-05-13", "negated", "Əvvəlcə görüşdə xarici işlər",
   ["çoxtərəfli diplomatiya"], date_text="Mayın 13-də", event_name="BRİKS+ formatında nazirlər görüşü"),
 E("ATTEND", ["Nərmin Zülfüqarova"], "Nyu-Dehli", "2027-05-13", "happened", "Lakin nazirin Bakıdakı",
   ["nəqliyyat dəhlizləri", "yükdaşımalar"], date_text="Mayın 13-də", event_name="BRİKS+ formatında nazirlər görüşü"),
 E("ATTEND", ["Vikram Raqhunatan"], "Nyu-Dehli", "2027-05-13", "happened", "görüşə Hindistanın xarici",
   ["çoxtərəfli diplomatiya"], event_name="BRİKS+ formatında nazirlər görüşü"),
 E("MEET", ["Nərmin Zülfüqarova", "Paulo Rejis Andrade"], "Nyu-Dehli", "2027-05-13", "happened", "Görüşün kənarında Azərbaycan",
   ["ikitərəfli münasibətlər"]),
 E("MEET", ["Nərmin Zülfüqarova", "Nomsa Dlamini"], "Nyu-Dehli", "2027-05-13", "happened", "Görüşün kənarında Azərbaycan",
   ["ikitərəfli münasibətlər"]),
 E("VISIT", ["Nərmin Zülfüqarova"], "Nyu-Dehli", "2027-05-13", "happened", "Zülfüqarovanın Hindistana səfəri",
   ["çoxtərəfli diplomatiya"], date_text="Mayın 13-də"),
 E("ATTEND", ["Nərmin Zülfüqarova"], "Hindistan Dünya İşləri Şurası", "2027-05-14", "planned", "Zülfüqarovanın Hindistana səfəri",
   ["ekspert dialoqu"], date_text="bu gün", event_name="ekspert dəyirmi masası"),
])

A("711_ucterefli_gorus_qebele_azertac.txt", "AZERTAC", """date 2027-02-19
Qəbələdə üçtərəfli format: Azərbaycan, Türkiyə və Gürcüstan diplomatiya rəhbərləri bəyannamə imzalayıb

Türkiyə Respublikasının xarici işlər naziri Selim Karaağaç və Gürcüstanın xarici işlər naziri Giorgi Maisuradze dünən axşam Qəbələyə gəliblər. Qəbələ Beynəlxalq Hava Limanında qonaqları xarici işlər naziri Ruslan Kazımlı qarşılayıb.

AZERTAC-ın məlumatına görə, üçtərəfli formatda danışıqlardan əvvəl bu gün səhər Ruslan Kazımlı həmkarları ilə ayrı-ayrılıqda təkbətək görüşüb.

Azərbaycan–Türkiyə–Gürcüstan formatında nazirlərin on birinci görüşündə Orta Dəhliz üzərində dəmir yolu daşımalarının sürətləndirilməsi, sərhəd-keçid məntəqələrində vahid rəqəmsal platformanın tətbiqi və Xəzər–Qara dəniz–Avropa yaşıl enerji dəhlizinin texniki-iqtisadi əsaslandırılması müzakirə olunub.

Görüşün yekununda üç nazir Qəbələ Bəyannaməsini imzalayıb, sonra birgə mətbuat konfransı keçiriblər. Jurnalistlərin suallarını cavablandıran Ruslan Kazımlı üçtərəfli formatın regionda sabitlik və iqtisadi inteqrasiya üçün sınanmış mexanizm olduğunu deyib, gürcü həmkarı isə Qəbələ görüşünün enerji layihələrinə yeni təkan verəcəyinə əminliyini bildirib.

Nazirlərin növbəti üçtərəfli görüşünün gələn ilin yazında İstanbulda keçirilməsi razılaşdırılıb.

Sabah qonaqları Prezident Teymur Səlimovun qəbul edəcəyi gözlənilir.
""", [
 ("Selim Karaağaç", "PER", "xarici işlər naziri", "Türkiyə", ["Selim Karaağaç"]),
 ("Giorgi Maisuradze", "PER", "xarici işlər naziri", "Gürcüstan", ["Giorgi Maisuradze"]),
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Azərbaycan", ["Ruslan Kazımlı"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimovun"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-ın"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələdə", "Qəbələyə", "Qəbələ"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə", "Türkiyə Respublikasının"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan", "Gürcüstanın"]),
 ("Qəbələ Beynəlxalq Hava Limanı", "LOC", None, None, ["Qəbələ Beynəlxalq Hava Limanında"]),
 ("İstanbul", "LOC", None, None, ["İstanbulda"]),
], [
 E("VISIT", ["Selim Karaağaç"], "Qəbələ", "2027-02-18", "happened", "dünən axşam Qəbələyə gəliblər",
   ["üçtərəfli əməkdaşlıq"], date_text="dünən axşam"),
 E("VISIT", ["Giorgi Maisuradze"], "Qəbələ", "2027-02-18", "happened", "dünən axşam Qəbələyə gəliblər",
   ["üçtərəfli əməkdaşlıq"], date_text="dünən axşam"),
 E("MEET", ["Ruslan Kazımlı", "Selim Karaağaç", "Giorgi Maisuradze"], "Qəbələ Beynəlxalq Hava Limanı", "2027-02-18",
   "happened", "Qəbələ Beynəlxalq Hava Limanında qonaqları", ["rəsmi qarşılanma"], host="Ruslan Kazımlı"),
 E("MEET", ["Ruslan Kazımlı", "Selim Karaağaç"], "Qəbələ", "2027-02-19", "happened", "danışıqlardan əvvəl bu gün səhər",
   ["ikitərəfli münasibətlər"], date_text="bu gün"),
 E("MEET", ["Ruslan Kazımlı", "Giorgi Maisuradze"], "Qəbələ", "2027-02-19", "happened", "danışıqlardan əvvəl bu gün səhər",
   ["ikitərəfli münasibətlər"], date_text="bu gün"),
 E("MEET", ["Ruslan Kazımlı", "Selim Karaağaç", "Giorgi Maisuradze"], "Qəbələ", "2027-02-19", "happened",
   "formatında nazirlərin on birinci görüşündə", ["dəmir yolu daşımaları", "sərhəd-keçid məntəqələri", "yaşıl enerji"]),
 E("SIGN", ["Ruslan Kazımlı", "Selim Karaağaç", "Giorgi Maisuradze"], "Qəbələ", "2027-02-19", "happened",
   "Görüşün yekununda üç nazir", ["üçtərəfli əməkdaşlıq"]),
 E("MEET", ["Teymur Səlimov", "Selim Karaağaç", "Giorgi Maisuradze"], None, "2027-02-20", "planned",
   "Sabah qonaqları Prezident", ["üçtərəfli əməkdaşlıq"], host="Teymur Səlimov", date_text="Sabah"),
])

A("712_ucterefli_gorus_islamabad_apa.txt", "APA", """date 2027-08-12
İslamabadda Azərbaycan–Türkiyə–Pakistan üçtərəfli nazirlər görüşü keçirilib

Xarici işlər naziri Ruslan Kazımlı Azərbaycan–Türkiyə–Pakistan formatında keçirilən üçtərəfli nazirlər görüşündə iştirak etmək məqsədilə çərşənbə axşamı gecə İslamabada gəlib.

APA-nın diplomatik mənbələrə istinadən yaydığı məlumata görə, çərşənbə günü Pakistan Xarici İşlər Nazirliyinin binasında keçirilən görüşdə Pakistanın Baş nazirinin müavini, xarici işlər naziri Aişa Malik, Türkiyənin xarici işlər naziri Selim Karaağaç və Ruslan Kazımlı müdafiə sənayesi, enerji və nəqliyyat sahələrində üçtərəfli layihələri nəzərdən keçiriblər.

Görüşün sonunda nazirlər İslamabad Bəyannaməsini qəbul ediblər. Üçtərəfli formatda dövlət başçılarının sammitinin Bakıda keçirilməsi təklifi də müzakirə edilib. Nazirlər həmçinin üç ölkənin gənc diplomatları üçün birgə təlim proqramının gələn ildən başlanmasını dəstəkləyiblər.

Həmin gün üç nazir birlikdə Pakistanın Baş naziri Tarıq Cəmil Bhatti tərəfindən qəbul olunublar.

Ruslan Kazımlı bu gün Lahora yollanacaq. Orada o, Pəncab əyalətinin baş naziri Hina Rəhman ilə görüşəcək, Badşahi məscidini ziyarət edəcək.
""", [
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Azərbaycan", ["Ruslan Kazımlı"]),
 ("Aişa Malik", "PER", "baş nazirin müavini, xarici işlər naziri", "Pakistan Xarici İşlər Nazirliyi", ["Aişa Malik"]),
 ("Selim Karaağaç", "PER", "xarici işlər naziri", "Türkiyə", ["Selim Karaağaç"]),
 ("Tarıq Cəmil Bhatti", "PER", "baş nazir", "Pakistan", ["Tarıq Cəmil Bhatti"]),
 ("Hina Rəhman", "PER", "baş nazir", "Pəncab", ["Hina Rəhman"]),
 ("Pakistan Xarici İşlər Nazirliyi", "ORG", None, None, ["Pakistan Xarici İşlər Nazirliyinin"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("İslamabad", "LOC", None, None, ["İslamabadda", "İslamabada", "İslamabad"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə", "Türkiyənin"]),
 ("Pakistan", "LOC", None, None, ["Pakistan", "Pakistanın"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Lahor", "LOC", None, None, ["Lahora"]),
 ("Pəncab", "LOC", None, None, ["Pəncab"]),
 ("Badşahi məscidi", "LOC", None, None, ["Badşahi məscidini"]),
], [
 E("VISIT", ["Ruslan Kazımlı"], "İslamabad", "2027-08-10", "happened", "məqsədilə çərşənbə axşamı gecə",
   ["üçtərəfli əməkdaşlıq"], date_text="çərşənbə axşamı gecə"),
 E("MEET", ["Aişa Malik", "Selim Karaağaç", "Ruslan Kazımlı"], "Pakistan Xarici İşlər Nazirliyi", "2027-08-11", "happened",
   "çərşənbə günü Pakistan Xarici", ["müdafiə sənayesi", "enerji", "nəqliyyat"], date_text="çərşənbə günü"),
 E("MEET", ["Tarıq Cəmil Bhatti", "Aişa Malik", "Selim Karaağaç", "Ruslan Kazımlı"], "İslamabad", "2027-08-11", "happened",
   "Həmin gün üç nazir", ["üçtərəfli əməkdaşlıq"], host="Tarıq Cəmil Bhatti", date_text="Həmin gün"),
 E("VISIT", ["Ruslan Kazımlı"], "Lahor", "2027-08-12", "planned", "bu gün Lahora yollanacaq",
   ["regional əməkdaşlıq"], date_text="bu gün"),
 E("MEET", ["Ruslan Kazımlı", "Hina Rəhman"], "Lahor", "2027-08-12", "planned", "Orada o, Pəncab",
   ["regional əməkdaşlıq"]),
 E("VISIT", ["Ruslan Kazımlı"], "Badşahi məscidi", "2027-08-12", "planned", "Orada o, Pəncab",
   ["mədəni irs"], place="Badşahi məscidi"),
])

A("713_kazimli_musahibe_oktyabr_report.txt", "report.az", """date 2027-11-02
Ruslan Kazımlı: Oktyabr diplomatik təqvimimizin ən gərgin aylarından biri oldu

Xarici işlər naziri Ruslan Kazımlı Report-a verdiyi müsahibədə ötən ayın diplomatik yekunlarını dəyərləndirib, qarşıdakı həftələrin planlarından danışıb. Müsahibəni ixtisarla təqdim edirik.

Report: Cənab nazir, oktyabr ayı xarici siyasət baxımından necə yadda qaldı?

Ruslan Kazımlı: Çox sıx keçdi. Ayın əvvəlində Astanada Türk Dövlətləri Təşkilatının Xarici İşlər Nazirləri Şurasının iclasında iştirak etdim, orada qazax həmkarım Daulet Abenovla ayrıca görüşüm də oldu. Bir gün sonra Prezidentimiz eyni şəhərdə zirvədə iştirak etdi, biz isə sənədlərin son redaktəsi ilə məşğul olduq.

Oktyabrın 18-də Tokioya işgüzar səfər etdim. Həmin gün Yaponiyanın xarici işlər naziri Kenji Moriyama ilə danışıqlarımızda enerji keçidi və kosmik sənaye üzrə birgə işçi qrupu yaratmağa razılaşdıq.

Bakıda da qonaqlarımız az olmadı: ayın ortasında Serbiyanın xarici işlər naziri Dragana Yovanoviç ölkəmizə rəsmi səfərlə gəlmişdi, onunla geniş tərkibdə danışıqlar apardıq.

Telefon diplomatiyası da davam etdi. Ayın sonunda fransız həmkarım Antuan Leklerklə telefonla danışdım, Cənubi Qafqazda sülh sazişinin icrasını müzakirə etdik.

Report: Yaxın planlar necədir?

Ruslan Kazımlı: Noyabrın 15-də Ər-Riyada gedəcəyəm, orada İƏT-in humanitar məsələlərə dair nazirlər konfransına qatılacağam. Əslində Tokio səfərindən sonra Seula keçməyi də planlaşdırmışdım, lakin Koreya tərəfinin xahişi ilə bu səfər gələn ilə saxlanıldı.
""", [
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", None, ["Ruslan Kazımlı"]),
 ("Daulet Abenov", "PER", None, None, ["Daulet Abenovla"]),
 ("Kenji Moriyama", "PER", "xarici işlər naziri", "Yaponiya", ["Kenji Moriyama"]),
 ("Dragana Yovanoviç", "PER", "xarici işlər naziri", "Serbiya", ["Dragana Yovanoviç"]),
 ("Antuan Leklerk", "PER", None, None, ["Antuan Leklerklə"]),
 ("Türk Dövlətləri Təşkilatı", "ORG", None, None, ["Türk Dövlətləri Təşkilatının"]),
 ("İslam Əməkdaşlıq Təşkilatı", "ORG", None, None, ["İƏT-in"]),
 ("Report", "ORG", None, None, ["Report-a", "Report"]),
 ("Astana", "LOC", None, None, ["Astanada"]),
 ("Tokio", "LOC", None, None, ["Tokioya", "Tokio"]),
 ("Yaponiya", "LOC", None, None, ["Yaponiyanın"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Serbiya", "LOC", None, None, ["Serbiyanın"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqazda"]),
 ("Ər-Riyad", "LOC", None, None, ["Ər-Riyada"]),
 ("Seul", "LOC", None, None, ["Seula"]),
 ("Koreya", "LOC", None, None, ["Koreya"]),
], [
 E("ATTEND", ["Ruslan Kazımlı"], "Astana", "2027-10", "happened", "Ayın əvvəlində Astanada",
   ["türk dünyası"], date_text="Ayın əvvəlində",
   event_name="TDT-nin Xarici İşlər Nazirləri Şurasının iclası"),
 E("MEET", ["Ruslan Kazımlı", "Daulet Abenov"], "Astana", "2027-10", "happened", "Ayın əvvəlində Astanada",
   ["ikitərəfli münasibətlər"], date_text="Ayın əvvəlində"),
 E("VISIT", ["Ruslan Kazımlı"], "Tokio", "2027-10-18", "happened", "Oktyabrın 18-də Tokioya",
   ["ikitərəfli münasibətlər"], date_text="Oktyabrın 18-də"),
 E("MEET", ["Ruslan Kazımlı", "Kenji Moriyama"], "Tokio", "2027-10-18", "happened", "Həmin gün Yaponiyanın",
   ["enerji keçidi", "kosmik sənaye"], date_text="Həmin gün"),
 E("VISIT", ["Dragana Yovanoviç"], "Bakı", "2027-10", "happened", "ayın ortasında Serbiyanın",
   ["ikitərəfli münasibətlər"], date_text="ayın ortasında"),
 E("MEET", ["Ruslan Kazımlı", "Dragana Yovanoviç"], "Bakı", "2027-10", "happened", "ayın ortasında Serbiyanın",
   ["ikitərəfli münasibətlər"], date_text="ayın ortasında"),
 E("CALL", ["Ruslan Kazımlı", "Antuan Leklerk"], None, "2027-10", "happened", "Ayın sonunda fransız",
   ["sülh prosesi"], date_text="Ayın sonunda"),
 E("VISIT", ["Ruslan Kazımlı"], "Ər-Riyad", "2027-11-15", "planned", "Noyabrın 15-də Ər-Riyada",
   ["humanitar məsələlər"], date_text="Noyabrın 15-də"),
 E("ATTEND", ["Ruslan Kazımlı"], "Ər-Riyad", "2027-11-15", "planned", "Noyabrın 15-də Ər-Riyada",
   ["humanitar məsələlər"], date_text="Noyabrın 15-də",
   event_name="İƏT-in humanitar məsələlərə dair nazirlər konfransı"),
 E("VISIT", ["Ruslan Kazımlı"], "Seul", None, "negated", "Əslində Tokio səfərindən",
   ["ikitərəfli münasibətlər"]),
])
