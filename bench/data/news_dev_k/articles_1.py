A("256_selimov_baymuxanov_qazaxistan_azertac.txt", "AZERTAC", """date 2027-04-12
Teymur Səlimov Nurlan Baymuxanovla görüşüb: Xəzər üzərindən daşımalar gündəmdədir

Aprelin 12-də Prezident Teymur Səlimov Bakıda rəsmi səfərdə olan Qazaxıstan Respublikasının Baş naziri Nurlan Baymuxanovu qəbul edib.

AZERTAC-ın məlumatına görə, qonağı salamlayan dövlətimizin başçısı Qazaxıstanla münasibətlərin müttəfiqlik səviyyəsinə yüksəldiyini, Xəzər dənizi üzərindən yükdaşımaların son iki ildə təxminən ikiqat artdığını qeyd edib. Prezident Aktau və Kurık limanlarını Bakı limanı ilə birləşdirən bərə xətlərinin sayının artırılmasını vacib sayıb.

Qonaq isə Qazaxıstan Prezidentinin salamlarını çatdırıb, Azərbaycanla Qazaxıstan arasındakı ticarət dövriyyəsinin yaxın üç ildə bir milyard dollara çatdırılması hədəfinin reallaşacağına əminliyini ifadə edib.

Xatırladaq ki, Nurlan Baymuxanov dünən axşam Bakıya gəlib. Qonağı Heydər Əliyev Beynəlxalq Aeroportunda Baş nazirin müavini Samirə Əhmədova qarşılayıb.

Bu gün səhər Hökumət evində Nicat Ələsgərli ilə qazaxıstanlı həmkarı arasında əvvəlcə təkbətək, sonra geniş tərkibdə danışıqlar aparılıb. Tərəflər taxıl tranziti, mineral gübrə istehsalı və Orta Dəhlizdə vahid tarif siyasəti barədə fikir mübadiləsi aparıblar.

Səfər proqramına əsasən, qonaq sabah Ələt Azad İqtisadi Zonası ilə tanış olacaq, daha sonra Astanaya yola düşəcək.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Nurlan Baymuxanov", "PER", "baş nazir", "Qazaxıstan", ["Nurlan Baymuxanovla", "Nurlan Baymuxanovu", "Nurlan Baymuxanov"]),
 ("Samirə Əhmədova", "PER", "baş nazirin müavini", "Azərbaycan", ["Samirə Əhmədova"]),
 ("Nicat Ələsgərli", "PER", "baş nazir", "Azərbaycan", ["Nicat Ələsgərli"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-ın"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan Respublikasının", "Qazaxıstanla", "Qazaxıstan"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakı", "Bakıya"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər", "Xəzər dənizi"]),
 ("Aktau", "LOC", None, None, ["Aktau"]),
 ("Kurık", "LOC", None, None, ["Kurık"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanla"]),
 ("Heydər Əliyev Beynəlxalq Aeroportu", "LOC", None, None, ["Heydər Əliyev Beynəlxalq Aeroportunda"]),
 ("Hökumət evi", "LOC", None, None, ["Hökumət evində"]),
 ("Ələt Azad İqtisadi Zonası", "LOC", None, None, ["Ələt Azad İqtisadi Zonası"]),
 ("Astana", "LOC", None, None, ["Astanaya"]),
], [
 E("MEET", ["Teymur Səlimov", "Nurlan Baymuxanov"], "Bakı", "2027-04-12", "happened", "Aprelin 12-də Prezident",
   ["nəqliyyat", "ticarət"], host="Teymur Səlimov", date_text="Aprelin 12-də"),
 E("VISIT", ["Nurlan Baymuxanov"], "Bakı", "2027-04-11", "happened", "Aprelin 12-də Prezident",
   ["ikitərəfli əlaqələr"], date_text="dünən"),
 E("MEET", ["Samirə Əhmədova", "Nurlan Baymuxanov"], "Heydər Əliyev Beynəlxalq Aeroportu", "2027-04-11", "happened",
   "Qonağı Heydər Əliyev", ["ikitərəfli əlaqələr"], host="Samirə Əhmədova"),
 E("MEET", ["Nicat Ələsgərli", "Nurlan Baymuxanov"], "Hökumət evi", "2027-04-12", "happened", "Bu gün səhər Hökumət evində",
   ["taxıl tranziti", "gübrə istehsalı", "nəqliyyat"], date_text="Bu gün"),
 E("VISIT", ["Nurlan Baymuxanov"], "Ələt Azad İqtisadi Zonası", "2027-04-13", "planned", "qonaq sabah Ələt",
   ["azad iqtisadi zona"], place="Ələt Azad İqtisadi Zonası", date_text="sabah"),
])

A("257_kazimli_aktas_telefon_report.txt", "report.az", """date 2027-04-12
Ruslan Kazımlı türkiyəli həmkarı ilə telefonla danışıb

"Türkiyə ilə aramızda elə bir mövzu yoxdur ki, onu açıq və səmimi şəkildə müzakirə etməyək."

Xarici işlər naziri Ruslan Kazımlı bu sözləri bu gün Türkiyənin xarici işlər naziri Selim Aktaşla telefon danışığından sonra sosial şəbəkə hesabında paylaşıb.

Report XİN-ə istinadən xəbər verir ki, nazirlər Qarsdan Naxçıvana uzanan dəmir yolunun tikintisinin gedişatını, Naxçıvana əlavə elektrik enerjisi ixracını və Qəzzadakı humanitar vəziyyəti müzakirə ediblər.

Telefon danışığı zamanı Selim Aktaşın gələn həftə Bakıya işgüzar səfəri razılaşdırılıb. Səfər çərçivəsində Azərbaycan–Türkiyə Strateji Dialoqunun növbəti iclasının nazirlərin həmsədrliyi ilə keçirilməsi nəzərdə tutulur.

Qeyd edək ki, Kazımlı və Aktaş sonuncu dəfə ötən həftə Antalyada bir araya gəlmişdilər. Əvvəlcə Azərbaycan nazirinin bu ay Ankaraya səfəri planlaşdırılırdı, lakin tərəflər növbəti görüşün Bakıda keçirilməsini daha məqsədəuyğun sayıblar və həmin səfər təxirə salınıb.
""", [
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Xarici İşlər Nazirliyi", ["Ruslan Kazımlı", "Kazımlı"]),
 ("Selim Aktaş", "PER", "xarici işlər naziri", "Türkiyə", ["Selim Aktaşla", "Selim Aktaşın", "Aktaş"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["XİN-ə"]),
 ("Report", "ORG", None, None, ["Report"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə", "Türkiyənin"]),
 ("Qars", "LOC", None, None, ["Qarsdan"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvana"]),
 ("Qəzza", "LOC", None, None, ["Qəzzadakı"]),
 ("Bakı", "LOC", None, None, ["Bakıya", "Bakıda"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Antalya", "LOC", None, None, ["Antalyada"]),
 ("Ankara", "LOC", None, None, ["Ankaraya"]),
], [
 E("CALL", ["Ruslan Kazımlı", "Selim Aktaş"], None, "2027-04-12", "happened", "bu sözləri bu gün",
   ["nəqliyyat", "enerji", "humanitar vəziyyət"], date_text="bu gün"),
 E("VISIT", ["Selim Aktaş"], "Bakı", "2027-04", "planned", "Selim Aktaşın gələn həftə",
   ["strateji dialoq"], date_text="gələn həftə"),
 E("MEET", ["Ruslan Kazımlı", "Selim Aktaş"], "Bakı", "2027-04", "planned", "Səfər çərçivəsində Azərbaycan–Türkiyə",
   ["strateji dialoq"], event_name="Azərbaycan–Türkiyə Strateji Dialoqunun növbəti iclası"),
 E("MEET", ["Ruslan Kazımlı", "Selim Aktaş"], "Antalya", "2027-04", "happened", "sonuncu dəfə ötən həftə",
   ["ikitərəfli əlaqələr"], date_text="ötən həftə"),
 E("VISIT", ["Ruslan Kazımlı"], "Ankara", "2027-04", "negated", "Azərbaycan nazirinin bu ay",
   ["ikitərəfli əlaqələr"], date_text="bu ay"),
])

A("258_humbetli_abu_dabi_biznes_forumu_trend.txt", "trend.az", """date 2027-04-13
Abu-Dabidə Azərbaycan–BƏƏ biznes forumu keçirilib, altı sənəd imzalanıb

Son üç ildə Azərbaycan ilə Birləşmiş Ərəb Əmirlikləri arasında qarşılıqlı investisiyaların həcmi dörd dəfə artıb, əmirlik şirkətləri bərpa olunan enerji sahəsində ölkəmizdə ən iri xarici investorlar sırasına çıxıb. Bu fonda bazar ertəsi Abu-Dabidə keçirilən Azərbaycan–BƏƏ biznes forumu iki ölkənin iş adamlarını yenidən bir araya gətirib.

Trend-in məlumatına görə, foruma iqtisadiyyat naziri Zaur Hümbətli və BƏƏ-nin iqtisadiyyat naziri Xalid əl-Mansuri qatılıblar. Bazar günü Abu-Dabiyə gələn Hümbətli forumdan əvvəl həmkarı ilə təkbətək görüşüb, tərəflər qida təhlükəsizliyi, logistika və süni intellekt sahələrində birgə layihələri nəzərdən keçiriblər.

Forumun yekununda altı sənədin imzalanma mərasimi olub. İnvestisiyaların qarşılıqlı təşviqi və qorunması haqqında sazişə dəyişikliklər barədə protokolu nazirlər özləri imzalayıblar. AZPROMO ilə Abu-Dabi İnvestisiya Ofisi arasında anlaşma memorandumuna isə AZPROMO-nun icraçı direktoru Fərid Məlikov və Ofisin baş direktoru Rəşid əl-Ketbi imza atıblar. Azərbaycan İnvestisiya Holdinqi ilə "Masdar" şirkəti arasında Abşeronda günəş elektrik stansiyasının ikinci mərhələsinə dair icra müqaviləsi də bağlanıb. Qalan üç sənəd özəl şirkətlər arasındadır.

Səfərini davam etdirən nazirin bu gün Dubaya keçməsi, orada "Emaar" şirkətinin rəhbərliyi ilə görüşməsi gözlənilir.
""", [
 ("Zaur Hümbətli", "PER", "iqtisadiyyat naziri", "Azərbaycan", ["Zaur Hümbətli", "Hümbətli"]),
 ("Xalid əl-Mansuri", "PER", "iqtisadiyyat naziri", "Birləşmiş Ərəb Əmirlikləri", ["Xalid əl-Mansuri"]),
 ("Fərid Məlikov", "PER", "icraçı direktor", "Azərbaycan İxracın və İnvestisiyaların Təşviqi Agentliyi", ["Fərid Məlikov"]),
 ("Rəşid əl-Ketbi", "PER", "baş direktor", "Abu-Dabi İnvestisiya Ofisi", ["Rəşid əl-Ketbi"]),
 ("Azərbaycan İxracın və İnvestisiyaların Təşviqi Agentliyi", "ORG", None, None, ["AZPROMO", "AZPROMO-nun"]),
 ("Abu-Dabi İnvestisiya Ofisi", "ORG", None, None, ["Abu-Dabi İnvestisiya Ofisi", "Ofisin"]),
 ("Azərbaycan İnvestisiya Holdinqi", "ORG", None, None, ["Azərbaycan İnvestisiya Holdinqi"]),
 ("Masdar", "ORG", None, None, ["Masdar"]),
 ("Emaar", "ORG", None, None, ["Emaar"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Abu-Dabi", "LOC", None, None, ["Abu-Dabidə", "Abu-Dabiyə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Birləşmiş Ərəb Əmirlikləri", "LOC", None, None, ["BƏƏ", "Birləşmiş Ərəb Əmirlikləri", "BƏƏ-nin"]),
 ("Abşeron", "LOC", None, None, ["Abşeronda"]),
 ("Dubay", "LOC", None, None, ["Dubaya"]),
], [
 E("ATTEND", ["Zaur Hümbətli", "Xalid əl-Mansuri"], "Abu-Dabi", "2027-04-12", "happened", "foruma iqtisadiyyat naziri",
   ["investisiyalar", "bərpa olunan enerji"], date_text="bazar ertəsi", event_name="Azərbaycan–BƏƏ biznes forumu"),
 E("VISIT", ["Zaur Hümbətli"], "Abu-Dabi", "2027-04-11", "happened", "Bazar günü Abu-Dabiyə",
   ["investisiyalar"], date_text="Bazar günü"),
 E("MEET", ["Zaur Hümbətli", "Xalid əl-Mansuri"], "Abu-Dabi", "2027-04-12", "happened", "Bazar günü Abu-Dabiyə",
   ["qida təhlükəsizliyi", "logistika", "süni intellekt"], date_text="forumdan əvvəl"),
 E("SIGN", ["Zaur Hümbətli", "Xalid əl-Mansuri"], "Abu-Dabi", "2027-04-12", "happened", "protokolu nazirlər özləri",
   ["investisiyalar"]),
 E("SIGN", ["Fərid Məlikov", "Rəşid əl-Ketbi"], "Abu-Dabi", "2027-04-12", "happened", "anlaşma memorandumuna isə",
   ["investisiyalar"]),
 E("SIGN", ["Azərbaycan İnvestisiya Holdinqi", "Masdar"], "Abu-Dabi", "2027-04-12", "happened", "icra müqaviləsi də bağlanıb",
   ["günəş enerjisi"]),
 E("VISIT", ["Zaur Hümbətli"], "Dubay", "2027-04-13", "planned", "nazirin bu gün Dubaya",
   ["investisiyalar"], date_text="bu gün"),
 E("MEET", ["Zaur Hümbətli", "Emaar"], "Dubay", "2027-04-13", "planned", "nazirin bu gün Dubaya",
   ["investisiyalar"], date_text="bu gün"),
])

A("259_ehmedova_saribayev_qirgiz_komissiya_apa.txt", "APA", """date 2027-04-14
Azərbaycan–Qırğızıstan hökumətlərarası komissiyasının iclasında beş sənəd imzalanıb

Dünən Bakıda Azərbaycan–Qırğızıstan Hökumətlərarası Komissiyasının onuncu iclası keçirilib. İclası Baş nazirin müavini Samirə Əhmədova və Qırğızıstan Nazirlər Kabineti sədrinin müavini Kubat Sarıbayev birgə aparıblar.

APA-nın məlumatına görə, gündəlikdə İssık-Kul sahilində Azərbaycan sərmayəsi ilə tikilən turizm kompleksi, Narın çayı üzərində kiçik su elektrik stansiyalarının inşası və taxıl tədarükü məsələləri olub. Qırğızıstan nümayəndə heyəti bazar ertəsi Bakıya gəlib.

İclasdan sonra sənədlərin imzalanma mərasimi keçirilib. Komissiyanın protokolu həmsədrlər tərəfindən imzalanıb. Kənd təsərrüfatı sahəsində əməkdaşlıq haqqında sazişi Azərbaycan tərəfindən nazir Məhəmməd Hacıbəyli, Qırğızıstan tərəfindən isə onun həmkarı Aybek Toktoraliyev imzalayıblar. Gömrük orqanları arasında operativ məlumat mübadiləsinə dair protokol da daxil olmaqla, daha üç sənədə imza atılıb.

Mərasimdə Baş nazir Nicat Ələsgərli də iştirak edib. Günün ikinci yarısında Ələsgərli qırğız nümayəndə heyətinin rəhbərini qəbul edərək komissiyanın işinin nəticələrini yüksək qiymətləndirib.

Kubat Sarıbayevin bu gün Qəbələyə gedərək rayondakı aqroparklarla tanış olması nəzərdə tutulur.
""", [
 ("Samirə Əhmədova", "PER", "baş nazirin müavini", "Azərbaycan", ["Samirə Əhmədova"]),
 ("Kubat Sarıbayev", "PER", "nazirlər kabineti sədrinin müavini", "Qırğızıstan Nazirlər Kabineti", ["Kubat Sarıbayev", "Kubat Sarıbayevin"]),
 ("Məhəmməd Hacıbəyli", "PER", "kənd təsərrüfatı naziri", "Azərbaycan", ["Məhəmməd Hacıbəyli"]),
 ("Aybek Toktoraliyev", "PER", "kənd təsərrüfatı naziri", "Qırğızıstan", ["Aybek Toktoraliyev"]),
 ("Nicat Ələsgərli", "PER", "baş nazir", "Azərbaycan", ["Nicat Ələsgərli", "Ələsgərli"]),
 ("Qırğızıstan Nazirlər Kabineti", "ORG", None, None, ["Qırğızıstan Nazirlər Kabineti"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstan"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
 ("İssık-Kul", "LOC", None, None, ["İssık-Kul"]),
 ("Narın çayı", "LOC", None, None, ["Narın çayı"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələyə"]),
], [
 E("MEET", ["Samirə Əhmədova", "Kubat Sarıbayev"], "Bakı", "2027-04-13", "happened", "Dünən Bakıda Azərbaycan–Qırğızıstan",
   ["turizm", "hidroenergetika", "taxıl tədarükü"], date_text="Dünən",
   event_name="Azərbaycan–Qırğızıstan Hökumətlərarası Komissiyasının onuncu iclası"),
 E("VISIT", ["Kubat Sarıbayev"], "Bakı", "2027-04-12", "happened", "Qırğızıstan nümayəndə heyəti bazar",
   ["ikitərəfli əlaqələr"], date_text="bazar ertəsi"),
 E("SIGN", ["Samirə Əhmədova", "Kubat Sarıbayev"], "Bakı", "2027-04-13", "happened", "Komissiyanın protokolu həmsədrlər",
   ["iqtisadi əməkdaşlıq"]),
 E("SIGN", ["Məhəmməd Hacıbəyli", "Aybek Toktoraliyev"], "Bakı", "2027-04-13", "happened", "Kənd təsərrüfatı sahəsində əməkdaşlıq",
   ["kənd təsərrüfatı"]),
 E("ATTEND", ["Nicat Ələsgərli"], "Bakı", "2027-04-13", "happened", "Mərasimdə Baş nazir",
   ["iqtisadi əməkdaşlıq"], event_name="sənədlərin imzalanma mərasimi"),
 E("MEET", ["Nicat Ələsgərli", "Kubat Sarıbayev"], "Bakı", "2027-04-13", "happened", "Günün ikinci yarısında",
   ["iqtisadi əməkdaşlıq"], host="Nicat Ələsgərli"),
 E("VISIT", ["Kubat Sarıbayev"], "Qəbələ", "2027-04-14", "planned", "Sarıbayevin bu gün Qəbələyə",
   ["kənd təsərrüfatı"], date_text="bu gün"),
])

A("260_selimov_alimov_telefon_qafqazinfo.txt", "qafqazinfo.az", """date 2027-04-13
Teymur Səlimov ilə Şuhrat Alimov arasında telefon danışığı olub - Qafqazinfo

QAFQAZİNFO
Xəbərlər | Siyasət | İqtisadiyyat | Hadisə | Dünya | Müsahibə
13 aprel 2027 11:20
Siyasət
Teymur Səlimov ilə Şuhrat Alimov arasında telefon danışığı olub

Bu gün Prezident Teymur Səlimov ilə Özbəkistan Prezidenti Şuhrat Alimov arasında telefon danışığı olub.

Qafqazinfo Prezidentin Mətbuat xidmətinə istinadən xəbər verir ki, dövlət başçıları ikitərəfli gündəliyin aktual məsələlərini, o cümlədən Özbəkistan yüklərinin Xəzər dənizi üzərindən daşınmasını və Daşkənd yaxınlığında Azərbaycan–Özbəkistan sənaye parkının yaradılmasını müzakirə ediblər.

Özbəkistan Prezidenti həmkarını may ayında Bakıya edəcəyi dövlət səfərinə hazırlığın gedişatı barədə məlumatlandırıb. Telefon danışığı zamanı səfər çərçivəsində strateji tərəfdaşlığın dərinləşdirilməsinə dair Bəyannamənin iki dövlət başçısı tərəfindən imzalanması razılaşdırılıb.

Xatırladaq ki, liderlər sonuncu dəfə keçən ayın sonunda Səmərqənddə görüşmüşdülər. Həmin görüşdə Teymur Səlimov özbək həmkarını Azərbaycana dövlət səfərinə dəvət etmişdi.

Paylaş:
Oxşar xəbərlər
Zaur Hümbətli Abu-Dabidə biznes forumunda çıxış edib
Daşkənddə Azərbaycan mədəniyyəti günləri başa çatıb
Ən çox oxunan
Bakıda sabah küləkli hava olacaq
© 2027 Qafqazinfo. Materiallardan istifadə zamanı istinad mütləqdir.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Şuhrat Alimov", "PER", "Prezident", "Özbəkistan", ["Şuhrat Alimov"]),
 ("Zaur Hümbətli", "PER", None, None, ["Zaur Hümbətli"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo", "QAFQAZİNFO"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistan"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizi"]),
 ("Daşkənd", "LOC", None, None, ["Daşkənd", "Daşkənddə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycana"]),
 ("Bakı", "LOC", None, None, ["Bakıya", "Bakıda"]),
 ("Səmərqənd", "LOC", None, None, ["Səmərqənddə"]),
 ("Abu-Dabi", "LOC", None, None, ["Abu-Dabidə"]),
], [
 E("CALL", ["Teymur Səlimov", "Şuhrat Alimov"], None, "2027-04-13", "happened", "Bu gün Prezident Teymur",
   ["nəqliyyat", "sənaye parkı"], date_text="Bu gün"),
 E("VISIT", ["Şuhrat Alimov"], "Bakı", "2027-05", "planned", "Özbəkistan Prezidenti həmkarını",
   ["dövlət səfəri"], date_text="may ayında"),
 E("SIGN", ["Teymur Səlimov", "Şuhrat Alimov"], "Bakı", "2027-05", "planned", "Telefon danışığı zamanı səfər",
   ["strateji tərəfdaşlıq"]),
 E("MEET", ["Teymur Səlimov", "Şuhrat Alimov"], "Səmərqənd", "2027-03", "happened", "liderlər sonuncu dəfə",
   ["ikitərəfli əlaqələr"], date_text="keçən ayın sonunda"),
])

A("261_musayev_tbilisi_ucterefli_oxu.txt", "oxu.az", """date 2027-04-14
Musayev Tbilisidə: üç ölkənin nəqliyyat nazirləri bir araya gəlib | Oxu.az

OXU.AZ
Son xəbərlər · Gündəm · Ölkə · Biznes · Region · Elm
14 aprel 2027, 12:05
Tərlan Musayev Tbilisidə gürcü və türk həmkarları ilə görüşüb

Dünən Tbilisiyə gələn rəqəmsal inkişaf və nəqliyyat naziri Tərlan Musayev əvvəlcə Gürcüstanın Baş naziri Levan Kiknadze tərəfindən qəbul olunub, daha sonra isə Gürcüstanın iqtisadiyyat naziri Davit Kapanadze ilə ikitərəfli görüş keçirib.

Oxu.az-ın məlumatına görə, bu gün Gürcüstan paytaxtında Azərbaycan, Gürcüstan və Türkiyə nəqliyyat nazirlərinin üçtərəfli görüşü olub. Görüşdə Tərlan Musayev, Davit Kapanadze və Türkiyənin nəqliyyat və infrastruktur naziri Əhməd Yıldırımoğlu iştirak ediblər. Nazirlər Qara dəniz limanları vasitəsilə konteyner daşımalarının artırılmasını, yüklərin gömrük rəsmiləşdirilməsinin vahid elektron pəncərə ilə aparılmasını müzakirə ediblər.

Görüşün sonunda tərəflər 2027–2029-cu illər üçün birgə fəaliyyət planını imzalayıblar. Növbəti üçtərəfli görüşün payızda Qarsda keçirilməsi razılaşdırılıb.

Musayevin bu gün Batumi Dəniz Limanına baş çəkməsi də planlaşdırılırdı, lakin Acarıstanda güclü külək səbəbindən bu səfər təxirə salınıb.

Teqlər: Tərlan Musayev, Gürcüstan, nəqliyyat
Digər xəbərlər
Bakı metrosunda yeni qatarlar istismara verilib
Gəncədə tarixi hamam bərpa olunur
OXU.AZ © 2027. Materiallardan istifadə edərkən hiperlink mütləqdir.
""", [
 ("Tərlan Musayev", "PER", "rəqəmsal inkişaf və nəqliyyat naziri", "Azərbaycan", ["Musayev", "Tərlan Musayev", "Musayevin"]),
 ("Levan Kiknadze", "PER", "baş nazir", "Gürcüstan", ["Levan Kiknadze"]),
 ("Davit Kapanadze", "PER", "iqtisadiyyat naziri", "Gürcüstan", ["Davit Kapanadze"]),
 ("Əhməd Yıldırımoğlu", "PER", "nəqliyyat və infrastruktur naziri", "Türkiyə", ["Əhməd Yıldırımoğlu"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az", "OXU.AZ", "Oxu.az-ın"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisidə", "Tbilisiyə"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstanın", "Gürcüstan"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə", "Türkiyənin"]),
 ("Qara dəniz", "LOC", None, None, ["Qara dəniz"]),
 ("Qars", "LOC", None, None, ["Qarsda"]),
 ("Batumi Dəniz Limanı", "LOC", None, None, ["Batumi Dəniz Limanına"]),
 ("Acarıstan", "LOC", None, None, ["Acarıstanda"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
 ("Gəncə", "LOC", None, None, ["Gəncədə"]),
], [
 E("VISIT", ["Tərlan Musayev"], "Tbilisi", "2027-04-13", "happened", "Dünən Tbilisiyə gələn",
   ["nəqliyyat"], date_text="Dünən"),
 E("MEET", ["Tərlan Musayev", "Levan Kiknadze"], "Tbilisi", "2027-04-13", "happened", "Dünən Tbilisiyə gələn",
   ["nəqliyyat"], host="Levan Kiknadze", date_text="Dünən"),
 E("MEET", ["Tərlan Musayev", "Davit Kapanadze"], "Tbilisi", "2027-04-13", "happened", "Dünən Tbilisiyə gələn",
   ["nəqliyyat"], date_text="Dünən"),
 E("MEET", ["Tərlan Musayev", "Davit Kapanadze", "Əhməd Yıldırımoğlu"], "Tbilisi", "2027-04-14", "happened",
   "məlumatına görə, bu gün Gürcüstan", ["konteyner daşımaları", "gömrük"], date_text="bu gün"),
 E("SIGN", ["Tərlan Musayev", "Davit Kapanadze", "Əhməd Yıldırımoğlu"], "Tbilisi", "2027-04-14", "happened",
   "Görüşün sonunda tərəflər", ["nəqliyyat"]),
 E("VISIT", ["Tərlan Musayev"], "Batumi Dəniz Limanı", "2027-04-14", "negated", "Musayevin bu gün Batumi",
   ["limanlar"], place="Batumi Dəniz Limanı", date_text="bu gün"),
])

A("262_qetar_medeniyyet_heftesi_qebul_azertac.txt", "AZERTAC", """date 2027-04-15
Bakıda Qətər mədəniyyəti həftəsi rəsmi qəbulla açılıb

Dünən axşam Qətər Dövlətinin Azərbaycandakı səfirliyi Bakıda ilk dəfə keçirilən Qətər mədəniyyəti həftəsinin açılışı münasibətilə rəsmi qəbul təşkil edib.

AZERTAC xəbər verir ki, qəbulda xarici işlər nazirinin müavini Nərmin Cəfərova, mədəniyyət naziri Anar Bəkirli, Milli Məclisin deputatları, ölkəmizdə akkreditə olunmuş diplomatlar iştirak ediblər.

Tədbiri açan səfir Abdulla bin Nasir əl-Mərri son illərdə iki ölkə arasında enerji, turizm və humanitar sahələrdə əməkdaşlığın xeyli genişləndiyini deyib. Diplomat mayın ortalarında Qətərin dövlət naziri Xalifə əl-Kuvarinin Bakıya səfərinin gözlənildiyini də açıqlayıb.

Qəbulda çıxış edən Nərmin Cəfərova Qətərin Qarabağ və Şərqi Zəngəzurda minatəmizləmə işlərinə göstərdiyi dəstəyə görə Azərbaycan hökumətinin minnətdarlığını çatdırıb.

Qeyd edək ki, həmin gün günorta saatlarında səfir mədəniyyət naziri ilə görüşərək həftənin proqramını ona təqdim edib. Həftə çərçivəsində Heydər Əliyev Mərkəzində qətərli rəssamların əsərlərindən ibarət sərgi açılacaq, Dövhədən gələn musiqiçilər konsert verəcək.
""", [
 ("Nərmin Cəfərova", "PER", "xarici işlər nazirinin müavini", "Azərbaycan", ["Nərmin Cəfərova"]),
 ("Anar Bəkirli", "PER", "mədəniyyət naziri", "Azərbaycan", ["Anar Bəkirli"]),
 ("Abdulla bin Nasir əl-Mərri", "PER", "səfir", "Qətər", ["Abdulla bin Nasir əl-Mərri"]),
 ("Xalifə əl-Kuvari", "PER", "dövlət naziri", "Qətər", ["Xalifə əl-Kuvarinin"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
 ("Qətər", "LOC", None, None, ["Qətər", "Qətər Dövlətinin", "Qətərin"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı", "Azərbaycan"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağ"]),
 ("Şərqi Zəngəzur", "LOC", None, None, ["Şərqi Zəngəzurda"]),
 ("Heydər Əliyev Mərkəzi", "LOC", None, None, ["Heydər Əliyev Mərkəzində"]),
 ("Dövhə", "LOC", None, None, ["Dövhədən"]),
], [
 E("ATTEND", ["Nərmin Cəfərova", "Anar Bəkirli"], "Bakı", "2027-04-14", "happened", "AZERTAC xəbər verir ki, qəbulda",
   ["mədəniyyət", "minatəmizləmə"], date_text="Dünən",
   event_name="Qətər mədəniyyəti həftəsinin açılışı münasibətilə rəsmi qəbul"),
 E("ATTEND", ["Abdulla bin Nasir əl-Mərri"], "Bakı", "2027-04-14", "happened", "Tədbiri açan səfir",
   ["enerji", "turizm", "mədəniyyət"], date_text="Dünən",
   event_name="Qətər mədəniyyəti həftəsinin açılışı münasibətilə rəsmi qəbul"),
 E("VISIT", ["Xalifə əl-Kuvari"], "Bakı", "2027-05", "planned", "Diplomat mayın ortalarında",
   ["ikitərəfli əlaqələr"], date_text="mayın ortalarında"),
 E("MEET", ["Abdulla bin Nasir əl-Mərri", "Anar Bəkirli"], None, "2027-04-14", "happened", "həmin gün günorta",
   ["mədəniyyət"], date_text="həmin gün"),
])
