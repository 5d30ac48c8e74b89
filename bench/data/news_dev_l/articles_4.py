A("306_niman_fuzuli_zengilan_report.txt", "report.az", """date 2027-10-06
Aİ-nin xüsusi nümayəndəsi Füzulidə və Zəngilanda olub

Regiona növbəti səfərinə bazar ertəsi Bakıdan başlayan Avropa İttifaqının Cənubi Qafqaz üzrə xüsusi nümayəndəsi Andreas Niman həmin gün Xarici İşlər Nazirliyinin binasında nazir Ruslan Kazımlı ilə bir araya gəlib. Əvvəlcə təkbətək keçən söhbət sonradan geniş heyətdə davam edib.

Report-un diplomatik mənbələrə istinadən məlumatına görə, danışıqlarda Azərbaycan ilə Ermənistan arasında sərhədlərin delimitasiyası, regional kommunikasiyaların açılması və Aİ-nin minatəmizləməyə ayırdığı yardımın artırılması müzakirə olunub.

Dünən xüsusi nümayəndə Füzuliyə gedib. Füzuli Beynəlxalq Hava Limanında onu Prezidentin Füzuli rayonu ərazisində xüsusi nümayəndəsi Vəli Nəsirov qarşılayıb. Həmin gün qonaq Zəngilan rayonunun Ağalı kəndinə də baş çəkib, "ağıllı kənd" layihəsinin nəticələri ilə tanış olub.

Niman bu gün Bakıda Milli Məclisin beynəlxalq əlaqələrə cavabdeh komitəsinin sədri Səbuhi Rəsulzadə ilə görüşəcək, axşam isə İrəvana yollanacaq. Diplomatın regional turu Tbilisidə başa çatacaq.
""", [
 ("Andreas Niman", "PER", "xüsusi nümayəndə", "Avropa İttifaqı", ["Andreas Niman", "Niman"]),
 ("Ruslan Kazımlı", "PER", "nazir", "Xarici İşlər Nazirliyi", ["Ruslan Kazımlı"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["Xarici İşlər Nazirliyinin"]),
 ("Vəli Nəsirov", "PER", "xüsusi nümayəndə", "Azərbaycan", ["Vəli Nəsirov"]),
 ("Səbuhi Rəsulzadə", "PER", "komitə sədri", "Milli Məclis", ["Səbuhi Rəsulzadə"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Aİ-nin", "Avropa İttifaqının"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqaz"]),
 ("Füzuli", "LOC", None, None, ["Füzulidə", "Füzuliyə", "Füzuli"]),
 ("Zəngilan", "LOC", None, None, ["Zəngilanda", "Zəngilan"]),
 ("Bakı", "LOC", None, None, ["Bakıdan", "Bakıda"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Ermənistan", "LOC", None, None, ["Ermənistan"]),
 ("Füzuli Beynəlxalq Hava Limanı", "LOC", None, None, ["Füzuli Beynəlxalq Hava Limanında"]),
 ("Ağalı", "LOC", None, None, ["Ağalı"]),
 ("İrəvan", "LOC", None, None, ["İrəvana"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisidə"]),
], [
 E("VISIT", ["Andreas Niman"], "Bakı", "2027-10-04", "happened", "Regiona növbəti səfərinə",
   ["regional təhlükəsizlik"], date_text="bazar ertəsi"),
 E("MEET", ["Andreas Niman", "Ruslan Kazımlı"], "Xarici İşlər Nazirliyi", "2027-10-04", "happened", "Regiona növbəti səfərinə",
   ["sərhədlərin delimitasiyası", "kommunikasiyalar", "minatəmizləmə"], date_text="həmin gün"),
 E("VISIT", ["Andreas Niman"], "Füzuli", "2027-10-05", "happened", "Dünən xüsusi nümayəndə",
   ["azad olunmuş ərazilər"], date_text="Dünən"),
 E("MEET", ["Vəli Nəsirov", "Andreas Niman"], "Füzuli Beynəlxalq Hava Limanı", "2027-10-05", "happened",
   "Füzuli Beynəlxalq Hava Limanında onu", ["azad olunmuş ərazilər"], host="Vəli Nəsirov", date_text="Dünən"),
 E("VISIT", ["Andreas Niman"], "Ağalı", "2027-10-05", "happened", "Həmin gün qonaq Zəngilan",
   ["ağıllı kənd", "azad olunmuş ərazilər"], date_text="Həmin gün"),
 E("MEET", ["Andreas Niman", "Səbuhi Rəsulzadə"], "Bakı", "2027-10-06", "planned", "Niman bu gün Bakıda",
   ["parlamentlərarası əlaqələr"], date_text="bu gün"),
 E("VISIT", ["Andreas Niman"], "İrəvan", "2027-10-06", "planned", "Niman bu gün Bakıda",
   ["regional təhlükəsizlik"], date_text="bu gün"),
 E("VISIT", ["Andreas Niman"], "Tbilisi", None, "planned", "Diplomatın regional turu",
   ["regional təhlükəsizlik"]),
])

A("307_hesenbeyova_ereb_sefirleri_azertac.txt", "AZERTAC", """date 2027-04-14
Ləman Həsənbəyova üç ərəb dövlətinin səfirləri ilə görüşüb

Bu gün Milli Məclisin Sədri Ləman Həsənbəyova Birləşmiş Ərəb Əmirliklərinin səfiri Rəşid əl-Mərzuqi, Səudiyyə Ərəbistanı Krallığının səfiri Turki əd-Dosəri və Küveyt Dövlətinin səfiri Yusif əl-Əcmini Milli Məclisdə qəbul edib.

AZERTAC xəbər verir ki, görüşdə Sədr Azərbaycanın ərəb dünyası ilə münasibətlərində parlament diplomatiyasının rolundan danışıb, ölkəmizin İslam Əməkdaşlıq Təşkilatı çərçivəsindəki təşəbbüslərini xatırladıb. Görüşdə Milli Məclisin Sədr müavini Rauf Şirinzadə də iştirak edib.

Səfir Rəşid əl-Mərzuqi Birləşmiş Ərəb Əmirlikləri Federal Milli Şurasının sədrinin dəvətini Ləman Həsənbəyovaya çatdırıb. Dəvəti məmnuniyyətlə qəbul edən Sədr payızda Əbu-Dabiyə səfər edəcəyini bildirib.

Küveyt səfiri isə Küveyt Milli Assambleyasının nümayəndə heyətinin mayın sonunda Bakıya səfərinin hazırlıqlarından söz açıb.

Bəhreyn səfirinin də görüşə qatılması gözlənilirdi, lakin o, ölkədən kənarda olduğundan görüşdə iştirak edə bilməyib.
""", [
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis", ["Ləman Həsənbəyova", "Ləman Həsənbəyovaya"]),
 ("Rəşid əl-Mərzuqi", "PER", "səfir", "Birləşmiş Ərəb Əmirlikləri", ["Rəşid əl-Mərzuqi"]),
 ("Turki əd-Dosəri", "PER", "səfir", "Səudiyyə Ərəbistanı", ["Turki əd-Dosəri"]),
 ("Yusif əl-Əcmi", "PER", "səfir", "Küveyt", ["Yusif əl-Əcmini"]),
 ("Rauf Şirinzadə", "PER", "sədr müavini", "Milli Məclis", ["Rauf Şirinzadə"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin", "Milli Məclisdə"]),
 ("İslam Əməkdaşlıq Təşkilatı", "ORG", None, None, ["İslam Əməkdaşlıq Təşkilatı"]),
 ("Birləşmiş Ərəb Əmirlikləri Federal Milli Şurası", "ORG", None, None, ["Birləşmiş Ərəb Əmirlikləri Federal Milli Şurasının"]),
 ("Küveyt Milli Assambleyası", "ORG", None, None, ["Küveyt Milli Assambleyasının"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Birləşmiş Ərəb Əmirlikləri", "LOC", None, None, ["Birləşmiş Ərəb Əmirliklərinin"]),
 ("Səudiyyə Ərəbistanı", "LOC", None, None, ["Səudiyyə Ərəbistanı Krallığının"]),
 ("Küveyt", "LOC", None, None, ["Küveyt Dövlətinin", "Küveyt"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Əbu-Dabi", "LOC", None, None, ["Əbu-Dabiyə"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Bəhreyn", "LOC", None, None, ["Bəhreyn"]),
], [
 E("MEET", ["Ləman Həsənbəyova", "Rəşid əl-Mərzuqi", "Turki əd-Dosəri", "Yusif əl-Əcmi", "Rauf Şirinzadə"], "Milli Məclis",
   "2027-04-14", "happened", "Bu gün Milli Məclisin Sədri", ["parlament diplomatiyası", "İslam həmrəyliyi"],
   host="Ləman Həsənbəyova", date_text="Bu gün"),
 E("VISIT", ["Ləman Həsənbəyova"], "Əbu-Dabi", None, "planned", "Dəvəti məmnuniyyətlə qəbul edən",
   ["parlamentlərarası əlaqələr"], date_text="payızda"),
 E("VISIT", ["Küveyt Milli Assambleyası"], "Bakı", "2027-05", "planned", "Küveyt səfiri isə",
   ["parlamentlərarası əlaqələr"], date_text="mayın sonunda"),
])

A("308_shirinzade_er_riyad_cidde_apa.txt", "APA", """date 2027-11-24
Rauf Şirinzadə Ər-Riyadda Səudiyyə Ərəbistanı Şura Məclisinin sədri ilə görüşüb

Milli Məclisin Sədr müavini Rauf Şirinzadənin başçılıq etdiyi nümayəndə heyəti noyabrın 22-dən Səudiyyə Ərəbistanı Krallığında rəsmi səfərdədir. Heyətin tərkibinə deputatlar Elşən Novruzlu, Ülviyyə Həşimova və Anar Yusifzadə daxildir.

APA-nın məlumatına görə, dünən Ər-Riyadda Azərbaycan heyəti Səudiyyə Ərəbistanı Şura Məclisinin sədri Abdulla bin Səlim əl-Qəhtani tərəfindən qəbul olunub. Söhbət zamanı Azərbaycanın Səudiyyə Ərəbistanının şirkətləri ilə bərpa olunan enerji sahəsindəki layihələri, həcc ziyarəti üçün kvotaların artırılması məsələsi müzakirə edilib. Qeyd edək ki, səfərin proqramı ötən cümə günü Şirinzadə ilə əl-Qəhtani arasında olmuş telefon söhbətində dəqiqləşdirilmişdi.

Görüşdən sonra iki parlamentin dostluq qrupları arasında əməkdaşlığa dair protokol imzalanıb. Sənədi Rauf Şirinzadə və Şura Məclisinin Azərbaycanla dostluq qrupunun sədri Faysal əl-Harbi imzalayıblar. Həmin gün heyət Şura Məclisinin Xarici işlər komitəsinin iclasını izləyib.

Bu gün deputatlar Ciddəyə yollanıb, burada İslam Əməkdaşlıq Təşkilatının mənzil-qərargahında Təşkilatın Baş katibinin müavini Tarik Məhmud ilə görüşüblər.

Heyətin Mədinə şəhərinə də getməsi nəzərdə tutulurdu, lakin proqramdakı dəyişiklik səbəbindən bu səfər baş tutmayacaq. Nümayəndə heyəti cümə günü Bakıya qayıdacaq.
""", [
 ("Rauf Şirinzadə", "PER", "sədr müavini", "Milli Məclis", ["Rauf Şirinzadə", "Rauf Şirinzadənin", "Şirinzadə"]),
 ("Elşən Novruzlu", "PER", "deputat", "Milli Məclis", ["Elşən Novruzlu"]),
 ("Ülviyyə Həşimova", "PER", "deputat", "Milli Məclis", ["Ülviyyə Həşimova"]),
 ("Anar Yusifzadə", "PER", "deputat", "Milli Məclis", ["Anar Yusifzadə"]),
 ("Abdulla bin Səlim əl-Qəhtani", "PER", "sədr", "Səudiyyə Ərəbistanı Şura Məclisi", ["Abdulla bin Səlim əl-Qəhtani", "əl-Qəhtani"]),
 ("Faysal əl-Harbi", "PER", "dostluq qrupunun sədri", "Səudiyyə Ərəbistanı Şura Məclisi", ["Faysal əl-Harbi"]),
 ("Tarik Məhmud", "PER", "baş katibin müavini", "İslam Əməkdaşlıq Təşkilatı", ["Tarik Məhmud"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Səudiyyə Ərəbistanı Şura Məclisi", "ORG", None, None, ["Səudiyyə Ərəbistanı Şura Məclisinin", "Şura Məclisinin"]),
 ("Xarici işlər komitəsi", "ORG", None, None, ["Xarici işlər komitəsinin"]),
 ("İslam Əməkdaşlıq Təşkilatı", "ORG", None, None, ["İslam Əməkdaşlıq Təşkilatının", "Təşkilatın"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Ər-Riyad", "LOC", None, None, ["Ər-Riyadda"]),
 ("Səudiyyə Ərəbistanı", "LOC", None, None, ["Səudiyyə Ərəbistanı Krallığında", "Səudiyyə Ərəbistanının"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanın", "Azərbaycanla"]),
 ("Ciddə", "LOC", None, None, ["Ciddəyə"]),
 ("Mədinə", "LOC", None, None, ["Mədinə"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
], [
 E("VISIT", ["Rauf Şirinzadə"], "Səudiyyə Ərəbistanı", "2027-11-22", "happened", "Rauf Şirinzadənin başçılıq etdiyi",
   ["parlamentlərarası əlaqələr"], date_text="noyabrın 22-dən"),
 E("CALL", ["Rauf Şirinzadə", "Abdulla bin Səlim əl-Qəhtani"], None, "2027-11-19", "happened", "ötən cümə günü Şirinzadə",
   ["parlamentlərarası əlaqələr"], date_text="ötən cümə günü"),
 E("MEET", ["Abdulla bin Səlim əl-Qəhtani", "Rauf Şirinzadə"], "Ər-Riyad", "2027-11-23", "happened", "dünən Ər-Riyadda Azərbaycan",
   ["bərpa olunan enerji", "həcc"], host="Abdulla bin Səlim əl-Qəhtani", date_text="dünən"),
 E("SIGN", ["Rauf Şirinzadə", "Faysal əl-Harbi"], "Ər-Riyad", "2027-11-23", "happened", "Görüşdən sonra iki parlamentin",
   ["parlamentlərarası əlaqələr"], date_text="Görüşdən sonra"),
 E("ATTEND", ["Rauf Şirinzadə"], "Səudiyyə Ərəbistanı Şura Məclisi", "2027-11-23", "happened", "Həmin gün heyət Şura",
   ["parlamentlərarası əlaqələr"], date_text="Həmin gün", event_name="Şura Məclisinin Xarici işlər komitəsinin iclası"),
 E("VISIT", ["Rauf Şirinzadə"], "Ciddə", "2027-11-24", "happened", "Bu gün deputatlar Ciddəyə",
   ["İslam həmrəyliyi"], date_text="Bu gün"),
 E("MEET", ["Rauf Şirinzadə", "Tarik Məhmud"], "İslam Əməkdaşlıq Təşkilatı", "2027-11-24", "happened", "Bu gün deputatlar Ciddəyə",
   ["İslam həmrəyliyi"], date_text="Bu gün"),
 E("VISIT", ["Rauf Şirinzadə"], "Mədinə", None, "negated", "Heyətin Mədinə şəhərinə",
   ["parlamentlərarası əlaqələr"]),
])

A("309_pashazade_mdb_turkpa_musahideciler_oxu.txt", "oxu.az", """date 2027-09-24
MSK sədri MDB və TÜRKPA müşahidəçiləri ilə görüşüb

Mərkəzi Seçki Komissiyasının sədri Elxan Paşazadə bu gün sentyabrın 26-da keçiriləcək bələdiyyə seçkilərini izləmək üçün Azərbaycana gələn MDB İcraiyyə Komitəsinin müşahidəçi missiyasını qəbul edib.

Oxu.az xəbər verir ki, Paşazadə qonaqlara seçki məntəqələrinin sayı, səsvermə gününün təşkili və nəticələrin onlayn rejimdə yayımlanması qaydaları barədə məlumat verib. Missiyanın üzvləri sabah Sumqayıt və Xırdalan şəhərlərindəki dairə seçki komissiyalarında olacaqlar.

Ardınca MSK sədri TÜRKPA-nın müşahidəçi qrupunun rəhbəri, Qırğızıstan Jogorku Keneşinin deputatı Aybek Osmonovla görüşüb. Osmonov seçki günü, bazar günü Şəkidəki məntəqələri gəzəcəyini deyib. Onun sözlərinə görə, TÜRKPA-nın on iki nəfərlik qrupunda Qazaxıstan, Türkiyə və Qırğızıstan parlamentlərinin üzvləri təmsil olunur.

Qeyd edək ki, seçkiləri 30-dan çox ölkədən 400-ə yaxın beynəlxalq müşahidəçinin izləyəcəyi gözlənilir. Müşahidəçilərin akkreditasiyası cümə axşamı başa çatıb.
""", [
 ("Elxan Paşazadə", "PER", "sədr", "Mərkəzi Seçki Komissiyası", ["Elxan Paşazadə", "Paşazadə"]),
 ("Aybek Osmonov", "PER", "deputat", "Qırğızıstan Jogorku Keneşi", ["Aybek Osmonovla", "Osmonov"]),
 ("Mərkəzi Seçki Komissiyası", "ORG", None, None, ["MSK", "Mərkəzi Seçki Komissiyasının"]),
 ("Müstəqil Dövlətlər Birliyi", "ORG", None, None, ["MDB"]),
 ("MDB İcraiyyə Komitəsi", "ORG", None, None, ["MDB İcraiyyə Komitəsinin"]),
 ("TÜRKPA", "ORG", None, None, ["TÜRKPA", "TÜRKPA-nın"]),
 ("Qırğızıstan Jogorku Keneşi", "ORG", None, None, ["Qırğızıstan Jogorku Keneşinin"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycana"]),
 ("Sumqayıt", "LOC", None, None, ["Sumqayıt"]),
 ("Xırdalan", "LOC", None, None, ["Xırdalan"]),
 ("Şəki", "LOC", None, None, ["Şəkidəki"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstan"]),
], [
 E("VISIT", ["MDB İcraiyyə Komitəsi"], "Azərbaycan", "2027-09-24", "happened", "izləmək üçün Azərbaycana gələn",
   ["seçkilər", "seçki müşahidəsi"], date_text="bu gün"),
 E("MEET", ["Elxan Paşazadə", "MDB İcraiyyə Komitəsi"], None, "2027-09-24", "happened", "izləmək üçün Azərbaycana gələn",
   ["seçkilər", "seçki müşahidəsi"], host="Elxan Paşazadə", date_text="bu gün"),
 E("VISIT", ["MDB İcraiyyə Komitəsi"], "Sumqayıt", "2027-09-25", "planned", "Missiyanın üzvləri sabah",
   ["seçki müşahidəsi"], date_text="sabah"),
 E("VISIT", ["MDB İcraiyyə Komitəsi"], "Xırdalan", "2027-09-25", "planned", "Missiyanın üzvləri sabah",
   ["seçki müşahidəsi"], date_text="sabah"),
 E("MEET", ["Elxan Paşazadə", "Aybek Osmonov"], None, "2027-09-24", "happened", "Ardınca MSK sədri",
   ["seçki müşahidəsi"], date_text="Ardınca"),
 E("VISIT", ["Aybek Osmonov"], "Şəki", "2027-09-26", "planned", "Osmonov seçki günü",
   ["seçki müşahidəsi"], date_text="bazar günü"),
])

A("310_raxmatova_susa_xaribulbul_qafqazinfo.txt", "qafqazinfo.az", """date 2027-05-14
Özbəkistan Senatının sədr müavini Şuşada "Xarıbülbül" festivalının açılışında iştirak edib

Bu gün Şuşada, Cıdır düzündə "Xarıbülbül" Beynəlxalq Musiqi Festivalının açılış mərasimi keçirilib. Mərasimdə Azərbaycanda səfərdə olan Özbəkistan Oliy Məclisi Senatının sədr müavini Dilnoza Raxmatova da iştirak edib.

Qafqazinfo-nun məlumatına görə, Dilnoza Raxmatovanın başçılıq etdiyi Özbəkistan Senatı nümayəndə heyəti ölkəmizə çərşənbə axşamı gəlib. Ertəsi gün Bakıda Raxmatova Milli Məclisin Sədrinin birinci müavini Fuad Qaraxanlı ilə görüşüb, parlamentlər arasında təhsil və mədəniyyət sahəsində əməkdaşlığı müzakirə edib.

Qonağı Şuşada Prezidentin Şuşa rayonunda xüsusi nümayəndəsi Kamal Rüstəmbəyli qarşılayıb. Raxmatova mərasimdən əvvəl şəhərin tarixi hissəsini gəzib, Yuxarı Gövhərağa məscidini ziyarət edib.

Festivalın ilk gecəsində Azərbaycan və Özbəkistan ifaçıları birgə konsert proqramı ilə çıxış ediblər. Mərasimdən sonra qonaq jurnalistlərə Şuşanın bərpasının bütün türk dünyası üçün əhəmiyyətli olduğunu deyib.

Sabah Özbəkistan nümayəndə heyətinin Ağdama getməsi planlaşdırılır.
""", [
 ("Dilnoza Raxmatova", "PER", "sədr müavini", "Özbəkistan Oliy Məclisinin Senatı", ["Dilnoza Raxmatova", "Dilnoza Raxmatovanın", "Raxmatova"]),
 ("Fuad Qaraxanlı", "PER", "sədrin birinci müavini", "Milli Məclis", ["Fuad Qaraxanlı"]),
 ("Kamal Rüstəmbəyli", "PER", "xüsusi nümayəndə", "Azərbaycan", ["Kamal Rüstəmbəyli"]),
 ("Özbəkistan Oliy Məclisinin Senatı", "ORG", None, None, ["Özbəkistan Senatının", "Özbəkistan Oliy Məclisi Senatının", "Özbəkistan Senatı"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo-nun"]),
 ("Şuşa", "LOC", None, None, ["Şuşada", "Şuşa", "Şuşanın"]),
 ("Cıdır düzü", "LOC", None, None, ["Cıdır düzündə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanda", "Azərbaycan"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Yuxarı Gövhərağa məscidi", "LOC", None, None, ["Yuxarı Gövhərağa məscidini"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistan"]),
 ("Ağdam", "LOC", None, None, ["Ağdama"]),
], [
 E("ATTEND", ["Dilnoza Raxmatova"], "Cıdır düzü", "2027-05-14", "happened", "Mərasimdə Azərbaycanda səfərdə",
   ["mədəniyyət", "musiqi"], date_text="Bu gün",
   event_name='"Xarıbülbül" Beynəlxalq Musiqi Festivalının açılış mərasimi'),
 E("VISIT", ["Dilnoza Raxmatova"], "Azərbaycan", "2027-05-11", "happened", "Mərasimdə Azərbaycanda səfərdə",
   ["parlamentlərarası əlaqələr"], date_text="çərşənbə axşamı"),
 E("MEET", ["Dilnoza Raxmatova", "Fuad Qaraxanlı"], "Bakı", "2027-05-12", "happened", "Ertəsi gün Bakıda Raxmatova",
   ["təhsil", "mədəniyyət"], date_text="Ertəsi gün"),
 E("VISIT", ["Dilnoza Raxmatova"], "Şuşa", "2027-05-14", "happened", "Qonağı Şuşada Prezidentin",
   ["azad olunmuş ərazilər", "mədəniyyət"], date_text="Bu gün"),
 E("MEET", ["Kamal Rüstəmbəyli", "Dilnoza Raxmatova"], "Şuşa", "2027-05-14", "happened", "Qonağı Şuşada Prezidentin",
   ["mədəniyyət"], host="Kamal Rüstəmbəyli", date_text="Bu gün"),
 E("VISIT", ["Dilnoza Raxmatova"], "Yuxarı Gövhərağa məscidi", "2027-05-14", "happened", "Raxmatova mərasimdən əvvəl",
   ["mədəni irs"], place="Yuxarı Gövhərağa məscidi", date_text="mərasimdən əvvəl"),
 E("VISIT", ["Dilnoza Raxmatova"], "Ağdam", "2027-05-15", "planned", "Sabah Özbəkistan nümayəndə",
   ["azad olunmuş ərazilər"], date_text="Sabah"),
])

A("311_abdullazade_nukus_aral_moynaq_trend.txt", "trend.az", """date 2027-09-08
Milli Məclis nümayəndə heyəti Nukusda Aral dənizinə həsr olunan konfransda iştirak edir

Milli Məclisin Təbii ehtiyatlar, energetika və ekologiya komitəsinin sədri Nərmin Abdullazadənin rəhbərlik etdiyi heyət Özbəkistanın Qaraqalpaqstan Respublikasının paytaxtı Nukusda keçirilən "Ekoloji fəlakətdən bərpaya" beynəlxalq konfransına qatılır. Heyət bazar ertəsi Nukusa çatıb, konfrans isə sentyabrın 7-də açılıb.

Trend-in məlumatına görə, konfransın birinci günü çıxış edən Abdullazadə Xəzər dənizinin səviyyəsinin enməsi ilə Aral dənizinin faciəsi arasında paralellər aparıb, Xəzəryanı dövlətlərin parlamentlərini birgə monitorinq mexanizmi yaratmağa çağırıb.

Həmin gün Qaraqalpaqstan Jokarğı Kenesinin sədri Baxtiyar Jumanazarov Azərbaycan parlamentarilərini qəbul edib.

Bu gün heyət Moynaq şəhərinə yollanıb, dənizin keçmiş sahilindəki "Gəmilər qəbiristanlığı" memorialına baş çəkib.

Cümə günü Daşkəndə keçəcək deputatların Özbəkistan Oliy Məclisi Qanunvericilik palatasının Ekologiya və ətraf mühitin mühafizəsi komitəsinin sədri ilə görüşməsi gözlənilir.
""", [
 ("Nərmin Abdullazadə", "PER", "komitə sədri", "Milli Məclis", ["Nərmin Abdullazadənin", "Abdullazadə"]),
 ("Baxtiyar Jumanazarov", "PER", "sədr", "Qaraqalpaqstan Jokarğı Kenesi", ["Baxtiyar Jumanazarov"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclis", "Milli Məclisin"]),
 ("Təbii ehtiyatlar, energetika və ekologiya komitəsi", "ORG", None, None, ["Təbii ehtiyatlar, energetika və ekologiya komitəsinin"]),
 ("Qaraqalpaqstan Jokarğı Kenesi", "ORG", None, None, ["Qaraqalpaqstan Jokarğı Kenesinin"]),
 ("Özbəkistan Oliy Məclisinin Qanunvericilik palatası", "ORG", None, None, ["Özbəkistan Oliy Məclisi Qanunvericilik palatasının"]),
 ("Ekologiya və ətraf mühitin mühafizəsi komitəsi", "ORG", None, None, ["Ekologiya və ətraf mühitin mühafizəsi komitəsinin"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Nukus", "LOC", None, None, ["Nukusda", "Nukusa"]),
 ("Aral dənizi", "LOC", None, None, ["Aral dənizinə", "Aral dənizinin"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistanın"]),
 ("Qaraqalpaqstan", "LOC", None, None, ["Qaraqalpaqstan Respublikasının"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizinin"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Moynaq", "LOC", None, None, ["Moynaq"]),
 ("Gəmilər qəbiristanlığı", "LOC", None, None, ["Gəmilər qəbiristanlığı"]),
 ("Daşkənd", "LOC", None, None, ["Daşkəndə"]),
], [
 E("ATTEND", ["Nərmin Abdullazadə"], "Nukus", "2027-09-07", "happened", "Nərmin Abdullazadənin rəhbərlik etdiyi",
   ["ekologiya", "Aral dənizi", "Xəzər dənizi"], date_text="sentyabrın 7-də",
   event_name='"Ekoloji fəlakətdən bərpaya" beynəlxalq konfransı'),
 E("VISIT", ["Nərmin Abdullazadə"], "Nukus", "2027-09-06", "happened", "Heyət bazar ertəsi Nukusa",
   ["ekologiya"], date_text="bazar ertəsi"),
 E("MEET", ["Baxtiyar Jumanazarov", "Nərmin Abdullazadə"], "Nukus", "2027-09-07", "happened", "Həmin gün Qaraqalpaqstan",
   ["parlamentlərarası əlaqələr"], host="Baxtiyar Jumanazarov", date_text="Həmin gün"),
 E("VISIT", ["Nərmin Abdullazadə"], "Moynaq", "2027-09-08", "happened", "Bu gün heyət Moynaq",
   ["ekologiya"], date_text="Bu gün"),
 E("VISIT", ["Nərmin Abdullazadə"], "Gəmilər qəbiristanlığı", "2027-09-08", "happened", "Bu gün heyət Moynaq",
   ["ekologiya"], place="Gəmilər qəbiristanlığı", date_text="Bu gün"),
 E("VISIT", ["Nərmin Abdullazadə"], "Daşkənd", "2027-09-10", "planned", "Cümə günü Daşkəndə",
   ["parlamentlərarası əlaqələr"], date_text="Cümə günü"),
 E("MEET", ["Nərmin Abdullazadə", "Ekologiya və ətraf mühitin mühafizəsi komitəsi"], "Daşkənd", "2027-09-10", "planned",
   "Cümə günü Daşkəndə", ["ekologiya", "parlamentlərarası əlaqələr"], date_text="Cümə günü"),
])
