A("564_fransa_idman_naziri_baki_trend.txt", "trend.az", """date 2026-09-24
Fransanın idman naziri Bakıda səfərdədir

Fransanın idman, gənclik və ictimai həyat naziri Kler Lefevr srağagün işgüzar səfərlə Bakıya gəlib. Səfərin detalları ötən həftənin sonunda nazirlərin telefon söhbətində dəqiqləşdirilmişdi.

Trend-in məlumatına görə, dünən Gənclər və İdman Nazirliyində qonağı nazir Elvin Rüstəmbəyli qəbul edib. Görüşdə 2030-cu il Qış Olimpiya Oyunlarına azərbaycanlı idmançıların hazırlığı, Fransanın Milli İdman, Ekspertiza və Performans İnstitutu (INSEP) ilə məşqçi mübadiləsi məsələləri nəzərdən keçirilib. Tərəflər bu institutla əməkdaşlıq barədə razılığa gəliblər.

Həmin gün axşam qonaq Milli Gimnastika Arenasında bədii gimnastika üzrə Dünya Kubokunun final yarışlarını izləyib.

Bu gün Kler Lefevr Milli Olimpiya Komitəsinin vitse-prezidenti Anar Səlimzadə ilə görüşüb, ardınca Bakı Olimpiya Stadionunu gəzib. Fransız nazir stadionun çoxfunksiyalı istifadəsi təcrübəsinin Marsel və Lion üçün də maraqlı olduğunu qeyd edib.

Elvin Rüstəmbəyli noyabrda cavab səfəri ilə Parisə gedəcək.
""", [
 ("Kler Lefevr", "PER", "idman, gənclik və ictimai həyat naziri", "Fransa", ["Kler Lefevr"]),
 ("Elvin Rüstəmbəyli", "PER", "nazir", "Gənclər və İdman Nazirliyi", ["Elvin Rüstəmbəyli"]),
 ("Anar Səlimzadə", "PER", "vitse-prezident", "Milli Olimpiya Komitəsi", ["Anar Səlimzadə"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Gənclər və İdman Nazirliyi", "ORG", None, None, ["Gənclər və İdman Nazirliyində"]),
 ("Fransa Milli İdman, Ekspertiza və Performans İnstitutu", "ORG", None, None,
  ["Milli İdman, Ekspertiza və Performans İnstitutu", "INSEP"]),
 ("Milli Olimpiya Komitəsi", "ORG", None, None, ["Milli Olimpiya Komitəsinin"]),
 ("Fransa", "LOC", None, None, ["Fransanın"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
 ("Milli Gimnastika Arenası", "LOC", None, None, ["Milli Gimnastika Arenasında"]),
 ("Bakı Olimpiya Stadionu", "LOC", None, None, ["Bakı Olimpiya Stadionunu"]),
 ("Marsel", "LOC", None, None, ["Marsel"]),
 ("Lion", "LOC", None, None, ["Lion"]),
 ("Paris", "LOC", None, None, ["Parisə"]),
], [
 E("VISIT", ["Kler Lefevr"], "Bakı", "2026-09-22", "happened", "Kler Lefevr srağagün",
   ["idman"], date_text="srağagün"),
 E("CALL", ["Kler Lefevr", "Elvin Rüstəmbəyli"], None, "2026-09", "happened", "Səfərin detalları ötən",
   ["idman"], date_text="ötən həftənin sonunda"),
 E("MEET", ["Kler Lefevr", "Elvin Rüstəmbəyli"], "Gənclər və İdman Nazirliyi", "2026-09-23", "happened",
   "dünən Gənclər və İdman", ["olimpiya hazırlığı", "məşqçi mübadiləsi"], host="Elvin Rüstəmbəyli", date_text="dünən"),
 E("ATTEND", ["Kler Lefevr"], "Milli Gimnastika Arenası", "2026-09-23", "happened", "Həmin gün axşam qonaq",
   ["idman"], date_text="Həmin gün", event_name="bədii gimnastika üzrə Dünya Kubokunun final yarışları"),
 E("MEET", ["Kler Lefevr", "Anar Səlimzadə"], None, "2026-09-24", "happened", "Bu gün Kler Lefevr",
   ["olimpiya hərəkatı"], date_text="Bu gün"),
 E("VISIT", ["Kler Lefevr"], "Bakı Olimpiya Stadionu", "2026-09-24", "happened", "Bu gün Kler Lefevr",
   ["idman infrastrukturu"], place="Bakı Olimpiya Stadionu", date_text="Bu gün"),
 E("VISIT", ["Elvin Rüstəmbəyli"], "Paris", "2026-11", "planned", "noyabrda cavab səfəri",
   ["idman"], date_text="noyabrda"),
])

A("565_italiya_sefiri_lacin_kelbecer_oxu.txt", "oxu.az", """date 2026-10-06
İtaliya səfiri Laçın və Kəlbəcərdə olub

OXU.AZ
Ana səhifə | Siyasət | Region | İqtisadiyyat | Mədəniyyət
06 oktyabr 2026, 15:12
İtaliya səfiri Laçın və Kəlbəcərdə olub

İtaliyanın Azərbaycandakı səfiri Lorenso Bianki bazar günü Laçın şəhərinə gəlib. Prezidentin Kəlbəcər və Laçın rayonlarında xüsusi nümayəndəsi Emin Həsənli onu şəhərin girişində qarşılayıb, bərpa olunan yaşayış məhəllələri və Laçın hava limanının tikintisi haqqında məlumat verib.

Oxu.az-ın məlumatına görə, italyan diplomat ertəsi gün Kəlbəcərə keçib, İstisu kurortunun yenidən qurulması layihəsi ilə yerində tanış olub. Səfir burada çalışan italyan mühəndislərlə də söhbət edib.

Xatırladaq ki, Bianki əvvəlcə Laçına sentyabrın sonunda gəlməli idi. Lakin həmin günlərdə İtaliya xarici işlər nazirinin müavininin Bakıya səfəri olduğundan bu plan təxirə salınmışdı.

Səfirin cümə günü Zəngilan rayonunun Ağalı kəndində olması gözlənilir.

Teqlər: İtaliya, Laçın, Kəlbəcər
Oxşar xəbərlər
Şuşada "Xarıbülbül" festivalı başa çatıb
Füzulidə yeni yaşayış kompleksi istifadəyə verilib
© OXU.AZ 2026
""", [
 ("Lorenso Bianki", "PER", "səfir", "İtaliya", ["Lorenso Bianki", "Bianki"]),
 ("Emin Həsənli", "PER", "xüsusi nümayəndə", "Azərbaycan", ["Emin Həsənli"]),
 ("Oxu.az", "ORG", None, None, ["OXU.AZ", "Oxu.az-ın"]),
 ("İtaliya", "LOC", None, None, ["İtaliya", "İtaliyanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı"]),
 ("Laçın", "LOC", None, None, ["Laçın", "Laçına"]),
 ("Kəlbəcər", "LOC", None, None, ["Kəlbəcərdə", "Kəlbəcər", "Kəlbəcərə"]),
 ("İstisu kurortu", "LOC", None, None, ["İstisu kurortunun"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Zəngilan", "LOC", None, None, ["Zəngilan"]),
 ("Ağalı", "LOC", None, None, ["Ağalı"]),
 ("Şuşa", "LOC", None, None, ["Şuşada"]),
 ("Füzuli", "LOC", None, None, ["Füzulidə"]),
], [
 E("VISIT", ["Lorenso Bianki"], "Laçın", "2026-10-04", "happened", "Lorenso Bianki bazar günü",
   ["bərpa və yenidənqurma"], date_text="bazar günü"),
 E("MEET", ["Lorenso Bianki", "Emin Həsənli"], "Laçın", "2026-10-04", "happened", "onu şəhərin girişində",
   ["bərpa və yenidənqurma", "nəqliyyat"], host="Emin Həsənli", date_text="bazar günü"),
 E("VISIT", ["Lorenso Bianki"], "Kəlbəcər", "2026-10-05", "happened", "italyan diplomat ertəsi gün",
   ["turizm"], date_text="ertəsi gün"),
 E("VISIT", ["Lorenso Bianki"], "İstisu kurortu", "2026-10-05", "happened", "italyan diplomat ertəsi gün",
   ["turizm", "bərpa və yenidənqurma"], place="İstisu kurortu", date_text="ertəsi gün"),
 E("VISIT", ["Lorenso Bianki"], "Laçın", "2026-09", "negated", "Bianki əvvəlcə Laçına",
   ["bərpa və yenidənqurma"], date_text="sentyabrın sonunda"),
 E("VISIT", ["Lorenso Bianki"], "Ağalı", "2026-10-09", "planned", "Səfirin cümə günü",
   ["ağıllı kənd"], date_text="cümə günü"),
])

A("566_qarabag_universiteti_memorandum_axar.txt", None, """date 2026-10-15
Qarabağ Universiteti Türkiyə və Rusiya universitetləri ilə memorandum imzalayıb

Axar.az
Gündəm | Siyasət | Təhsil | Region | Dünya
15 oktyabr 2026 16:22
Qarabağ Universiteti Türkiyə və Rusiya universitetləri ilə memorandum imzalayıb

Dünən Xankəndiyə gələn Ankara Universitetinin rektoru Ahmet Karadeniz və Kazan Federal Universitetinin prorektoru Rinat Qalimov ilk olaraq universitetin tələbələri ilə görüşüblər.

Axar.az xəbər verir ki, bu gün universitetin akt zalında iki əməkdaşlıq memorandumu imzalanıb: Qarabağ Universitetinin rektoru Rəna Mirzəyeva sənədlərdən birini Ahmet Karadenizlə, digərini isə Rinat Qalimovla imzalayıb. Ankara ilə bağlanan memorandum türkologiya üzrə birgə magistratura proqramını, Kazanla imzalanan sənəd isə tatar və Azərbaycan dillərinin müqayisəli öyrənilməsini nəzərdə tutur.

Rinat Qalimovun sabah Şuşaya yollanması, Şuşa Şəhəri Dövlət Qoruğu İdarəsinin rəhbərliyi ilə görüşməsi gözlənilir.

Türk rektorun Bakıda ADA Universitetinə də baş çəkməsi planlaşdırılırdı, lakin təyyarə reysinin vaxtı dəyişdiyindən bu plan ləğv olunub.

Digər xəbərlər
Xocalıda yeni məktəb binasının təməli qoyulub
Laçında ekoturizm marşrutu yaradılır
© Axar.az, 2026
""", [
 ("Ahmet Karadeniz", "PER", "rektor", "Ankara Universiteti", ["Ahmet Karadeniz", "Ahmet Karadenizlə"]),
 ("Rinat Qalimov", "PER", "prorektor", "Kazan Federal Universiteti", ["Rinat Qalimov", "Rinat Qalimovla", "Rinat Qalimovun"]),
 ("Rəna Mirzəyeva", "PER", "rektor", "Qarabağ Universiteti", ["Rəna Mirzəyeva"]),
 ("Qarabağ Universiteti", "ORG", None, None, ["Qarabağ Universiteti", "Qarabağ Universitetinin"]),
 ("Ankara Universiteti", "ORG", None, None, ["Ankara Universitetinin"]),
 ("Kazan Federal Universiteti", "ORG", None, None, ["Kazan Federal Universitetinin"]),
 ("Şuşa Şəhəri Dövlət Qoruğu İdarəsi", "ORG", None, None, ["Şuşa Şəhəri Dövlət Qoruğu İdarəsinin"]),
 ("ADA Universiteti", "ORG", None, None, ["ADA Universitetinə"]),
 ("Axar.az", "ORG", None, None, ["Axar.az"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə"]),
 ("Rusiya", "LOC", None, None, ["Rusiya"]),
 ("Xankəndi", "LOC", None, None, ["Xankəndiyə"]),
 ("Ankara", "LOC", None, None, ["Ankara"]),
 ("Kazan", "LOC", None, None, ["Kazanla"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Şuşa", "LOC", None, None, ["Şuşaya"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Xocalı", "LOC", None, None, ["Xocalıda"]),
 ("Laçın", "LOC", None, None, ["Laçında"]),
], [
 E("VISIT", ["Ahmet Karadeniz", "Rinat Qalimov"], "Xankəndi", "2026-10-14", "happened", "Dünən Xankəndiyə gələn",
   ["ali təhsil"], date_text="Dünən"),
 E("SIGN", ["Rəna Mirzəyeva", "Ahmet Karadeniz"], "Qarabağ Universiteti", "2026-10-15", "happened",
   "bu gün universitetin akt", ["türkologiya", "ali təhsil"], date_text="bu gün"),
 E("SIGN", ["Rəna Mirzəyeva", "Rinat Qalimov"], "Qarabağ Universiteti", "2026-10-15", "happened",
   "bu gün universitetin akt", ["dilçilik", "ali təhsil"], date_text="bu gün"),
 E("VISIT", ["Rinat Qalimov"], "Şuşa", "2026-10-16", "planned", "Rinat Qalimovun sabah",
   ["mədəni irs"], date_text="sabah"),
 E("MEET", ["Rinat Qalimov", "Şuşa Şəhəri Dövlət Qoruğu İdarəsi"], "Şuşa", "2026-10-16", "planned",
   "Rinat Qalimovun sabah", ["mədəni irs"], date_text="sabah"),
 E("VISIT", ["Ahmet Karadeniz"], "ADA Universiteti", None, "negated", "Türk rektorun Bakıda",
   ["ali təhsil"], place="ADA Universiteti"),
])

A("567_alimerdanli_tbilisi_telavi_apa.txt", "APA", """date 2026-10-27
Natiq Əlimərdanlı Tbilisidə gürcü həmkarları ilə görüşüb

Fövqəladə hallar naziri Natiq Əlimərdanlı bazar ertəsi işgüzar səfərlə Gürcüstana yollanıb. Səfərin proqramı ayın 20-də nazirlərin telefonla apardığı söhbətdə razılaşdırılmışdı.

APA-nın Tbilisi müxbiri bildirir ki, elə həmin gün Əlimərdanlı Gürcüstanın daxili işlər naziri Giorgi Berdzenişvili və Fövqəladə Halların İdarə Edilməsi Xidmətinin rəisi Levan Gelaşvili ilə geniş tərkibdə görüşüb. Görüşdə Böyük Qafqaz silsiləsində meşə yanğınları və sel hadisələri zamanı sərhədyanı ərazilərdə qarşılıqlı yardım mexanizmi, xilasedicilərin birgə hazırlığı müzakirə olunub. Tərəflər bu sahədə hökumətlərarası sazişin layihəsini bəyəniblər, sənədin dekabrda Bakıda imzalanması nəzərdə tutulur.

Bu gün Azərbaycan naziri Kaxeti bölgəsinin mərkəzi Telaviyə gedib. Burada onu Kaxetidə Gürcüstan hökumətinin səlahiyyətli nümayəndəsi Nodar Tsiklauri qarşılayıb, qonaq regional xilasetmə mərkəzinin işi ilə tanış olub.

Sabah səfər Marneulidə davam edəcək. Nazirin burada yerli azərbaycanlı icmasının nümayəndələri ilə görüşməsi planlaşdırılır.
""", [
 ("Natiq Əlimərdanlı", "PER", "fövqəladə hallar naziri", "Azərbaycan", ["Natiq Əlimərdanlı", "Əlimərdanlı"]),
 ("Giorgi Berdzenişvili", "PER", "daxili işlər naziri", "Gürcüstan", ["Giorgi Berdzenişvili"]),
 ("Levan Gelaşvili", "PER", "rəis", "Gürcüstan Fövqəladə Halların İdarə Edilməsi Xidməti", ["Levan Gelaşvili"]),
 ("Nodar Tsiklauri", "PER", "səlahiyyətli nümayəndə", "Gürcüstan", ["Nodar Tsiklauri"]),
 ("Gürcüstan Fövqəladə Halların İdarə Edilməsi Xidməti", "ORG", None, None,
  ["Fövqəladə Halların İdarə Edilməsi Xidmətinin"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisidə", "Tbilisi"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstana", "Gürcüstanın", "Gürcüstan"]),
 ("Böyük Qafqaz", "LOC", None, None, ["Böyük Qafqaz"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Kaxeti", "LOC", None, None, ["Kaxeti", "Kaxetidə"]),
 ("Telavi", "LOC", None, None, ["Telaviyə"]),
 ("Marneuli", "LOC", None, None, ["Marneulidə"]),
], [
 E("VISIT", ["Natiq Əlimərdanlı"], "Gürcüstan", "2026-10-26", "happened", "Natiq Əlimərdanlı bazar ertəsi",
   ["fövqəladə hallar"], date_text="bazar ertəsi"),
 E("CALL", ["Natiq Əlimərdanlı", "Giorgi Berdzenişvili"], None, "2026-10-20", "happened", "ayın 20-də nazirlərin",
   ["fövqəladə hallar"], date_text="ayın 20-də"),
 E("MEET", ["Natiq Əlimərdanlı", "Giorgi Berdzenişvili", "Levan Gelaşvili"], "Tbilisi", "2026-10-26", "happened",
   "elə həmin gün Əlimərdanlı", ["meşə yanğınları", "sel hadisələri", "qarşılıqlı yardım"], date_text="həmin gün"),
 E("VISIT", ["Natiq Əlimərdanlı"], "Telavi", "2026-10-27", "happened", "Bu gün Azərbaycan naziri",
   ["fövqəladə hallar"], date_text="Bu gün"),
 E("MEET", ["Natiq Əlimərdanlı", "Nodar Tsiklauri"], "Telavi", "2026-10-27", "happened", "Burada onu Kaxetidə",
   ["xilasetmə"], host="Nodar Tsiklauri", date_text="Bu gün"),
 E("VISIT", ["Natiq Əlimərdanlı"], "Marneuli", "2026-10-28", "planned", "Sabah səfər Marneulidə",
   ["diaspor"], date_text="Sabah"),
])

A("568_qurbanli_roma_fao_qafqazinfo.txt", "qafqazinfo.az", """date 2026-11-09
Mirzə Qurbanlı Romada FAO rəhbərliyi və italyan həmkarı ilə görüşüb

Qafqazinfo.az
Xəbərlər | Siyasət | İqtisadiyyat | Dünya | Video
09.11.2026 | 10:31
Mirzə Qurbanlı Romada FAO rəhbərliyi və italyan həmkarı ilə görüşüb

Kənd təsərrüfatı naziri Mirzə Qurbanlı noyabrın əvvəlində İtaliyada işgüzar səfərdə olub. Qafqazinfo-ya nazirlikdən verilən məlumata görə, Romada BMT-nin Ərzaq və Kənd Təsərrüfatı Təşkilatının (FAO) mənzil-qərargahında nazir baş direktorun müavini Mariya Elena Rossi ilə görüşüb. Görüşdə minalardan təmizlənmiş Qarabağ torpaqlarında münbitliyin bərpasına dair birgə layihə müzakirə edilib.

Səfərin ikinci günü Qurbanlı İtaliyanın kənd təsərrüfatı naziri Françesko Rinaldi ilə Romada danışıqlar aparıb. Görüşdən sonra nazirlər zeytunçuluq və üzümçülük sahəsində əməkdaşlığa dair birgə bəyannaməni imzalayıblar.

Səfərin son günü nazir Perucaya yollanıb, Peruca Universitetinin aqrar fakültəsinin laboratoriyalarını gəzib.

Françesko Rinaldinin gələn ilin yazında Azərbaycana səfəri gözlənilir.

Ötən cümə isə Qurbanlı Qazaxıstanın kənd təsərrüfatı naziri Aydarbek Saparovla telefonla danışaraq taxıl tədarükünü müzakirə edib.

Teqlər: Mirzə Qurbanlı, FAO, İtaliya
© Qafqazinfo.az
""", [
 ("Mirzə Qurbanlı", "PER", "kənd təsərrüfatı naziri", "Azərbaycan", ["Mirzə Qurbanlı", "Qurbanlı"]),
 ("Mariya Elena Rossi", "PER", "baş direktorun müavini", "Ərzaq və Kənd Təsərrüfatı Təşkilatı", ["Mariya Elena Rossi"]),
 ("Françesko Rinaldi", "PER", "kənd təsərrüfatı naziri", "İtaliya", ["Françesko Rinaldi", "Françesko Rinaldinin"]),
 ("Aydarbek Saparov", "PER", "kənd təsərrüfatı naziri", "Qazaxıstan", ["Aydarbek Saparovla"]),
 ("Ərzaq və Kənd Təsərrüfatı Təşkilatı", "ORG", None, None, ["FAO", "Ərzaq və Kənd Təsərrüfatı Təşkilatının"]),
 ("Birləşmiş Millətlər Təşkilatı", "ORG", None, None, ["BMT-nin"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo.az", "Qafqazinfo-ya"]),
 ("Peruca Universiteti", "ORG", None, None, ["Peruca Universitetinin"]),
 ("Roma", "LOC", None, None, ["Romada"]),
 ("İtaliya", "LOC", None, None, ["İtaliyada", "İtaliyanın", "İtaliya"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağ"]),
 ("Peruca", "LOC", None, None, ["Perucaya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycana"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstanın"]),
], [
 E("VISIT", ["Mirzə Qurbanlı"], "İtaliya", "2026-11", "happened", "noyabrın əvvəlində İtaliyada",
   ["kənd təsərrüfatı"], date_text="noyabrın əvvəlində"),
 E("MEET", ["Mirzə Qurbanlı", "Mariya Elena Rossi"], "Ərzaq və Kənd Təsərrüfatı Təşkilatı", "2026-11", "happened",
   "mənzil-qərargahında nazir", ["torpaq münbitliyi", "minalardan təmizləmə"]),
 E("MEET", ["Mirzə Qurbanlı", "Françesko Rinaldi"], "Roma", "2026-11", "happened", "Səfərin ikinci günü Qurbanlı",
   ["kənd təsərrüfatı"], date_text="Səfərin ikinci günü"),
 E("SIGN", ["Mirzə Qurbanlı", "Françesko Rinaldi"], "Roma", "2026-11", "happened", "Görüşdən sonra nazirlər",
   ["zeytunçuluq", "üzümçülük"], date_text="Görüşdən sonra"),
 E("VISIT", ["Mirzə Qurbanlı"], "Peruca", "2026-11", "happened", "Səfərin son günü nazir",
   ["aqrar elm"], date_text="Səfərin son günü"),
 E("VISIT", ["Mirzə Qurbanlı"], "Peruca Universiteti", "2026-11", "happened", "Səfərin son günü nazir",
   ["aqrar elm"], place="Peruca Universiteti", date_text="Səfərin son günü"),
 E("VISIT", ["Françesko Rinaldi"], "Azərbaycan", None, "planned", "Françesko Rinaldinin gələn",
   ["kənd təsərrüfatı"], date_text="gələn ilin yazında"),
 E("CALL", ["Mirzə Qurbanlı", "Aydarbek Saparov"], None, "2026-11-06", "happened", "Ötən cümə isə Qurbanlı",
   ["taxıl tədarükü"], date_text="Ötən cümə"),
])

A("569_unesco_resmisi_seki_azertac.txt", "AZERTAC", """date 2026-11-19
UNESCO rəsmisi Şəkidə bərpa işləri ilə tanış olub

UNESCO-nun mədəniyyət üzrə baş direktor müavini Mariano Ferrer çərşənbə axşamı Şəkiyə gəlib. Şəhərin girişində onu Şəki Şəhər İcra Hakimiyyətinin rəhbəri Ramil Qəhrəmanov qarşılayıb. Qonağın Şəkidəki proqramı Mədəniyyət Nazirliyi ilə birgə hazırlanıb.

AZERTAC-ın Şəki müxbirinin məlumatına əsasən, ertəsi gün Ferrer Şəki Xan Sarayında və Yuxarı Karvansarada aparılan bərpa işlərinin gedişini izləyib. Qonaq bildirib ki, Şəkinin tarixi mərkəzinin Ümumdünya İrs Siyahısındakı statusu ilə bağlı təşkilatın tövsiyələri vaxtında yerinə yetirilir.

Bu gün Bakıda mədəniyyət naziri Səbinə Axundzadə UNESCO rəsmisini qəbul edib. Görüşün sonunda Mədəniyyət Nazirliyi ilə UNESCO arasında Qarabağda mədəni irsin monitorinqinə dair niyyət məktubu imzalanıb. Sənədi Səbinə Axundzadə və Mariano Ferrer imzalayıblar.

Mariano Ferrerin sabah Qobustan Milli Tarix-Bədii Qoruğunu ziyarət etməsi gözlənilir. Qoruqda qayaüstü təsvirlərin rəqəmsal arxivinin yaradılması layihəsi ona təqdim olunacaq.
""", [
 ("Mariano Ferrer", "PER", "baş direktor müavini", "Birləşmiş Millətlərin Təhsil, Elm və Mədəniyyət Təşkilatı",
  ["Mariano Ferrer", "Ferrer", "Mariano Ferrerin"]),
 ("Ramil Qəhrəmanov", "PER", "rəhbər", "Şəki Şəhər İcra Hakimiyyəti", ["Ramil Qəhrəmanov"]),
 ("Səbinə Axundzadə", "PER", "mədəniyyət naziri", "Mədəniyyət Nazirliyi", ["Səbinə Axundzadə"]),
 ("Birləşmiş Millətlərin Təhsil, Elm və Mədəniyyət Təşkilatı", "ORG", None, None, ["UNESCO", "UNESCO-nun"]),
 ("Şəki Şəhər İcra Hakimiyyəti", "ORG", None, None, ["Şəki Şəhər İcra Hakimiyyətinin"]),
 ("Mədəniyyət Nazirliyi", "ORG", None, None, ["Mədəniyyət Nazirliyi"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-ın"]),
 ("Şəki", "LOC", None, None, ["Şəkidə", "Şəkiyə", "Şəkidəki", "Şəki", "Şəkinin"]),
 ("Şəki Xan Sarayı", "LOC", None, None, ["Şəki Xan Sarayında"]),
 ("Yuxarı Karvansara", "LOC", None, None, ["Yuxarı Karvansarada"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağda"]),
 ("Qobustan Milli Tarix-Bədii Qoruğu", "LOC", None, None, ["Qobustan Milli Tarix-Bədii Qoruğunu"]),
], [
 E("VISIT", ["Mariano Ferrer"], "Şəki", "2026-11-17", "happened", "Mariano Ferrer çərşənbə axşamı",
   ["mədəni irs"], date_text="çərşənbə axşamı"),
 E("MEET", ["Mariano Ferrer", "Ramil Qəhrəmanov"], "Şəki", "2026-11-17", "happened", "Şəhərin girişində onu",
   ["mədəni irs"], host="Ramil Qəhrəmanov", date_text="çərşənbə axşamı"),
 E("VISIT", ["Mariano Ferrer"], "Şəki Xan Sarayı", "2026-11-18", "happened", "ertəsi gün Ferrer",
   ["mədəni irs", "bərpa işləri"], place="Şəki Xan Sarayı", date_text="ertəsi gün"),
 E("VISIT", ["Mariano Ferrer"], "Yuxarı Karvansara", "2026-11-18", "happened", "ertəsi gün Ferrer",
   ["mədəni irs", "bərpa işləri"], place="Yuxarı Karvansara", date_text="ertəsi gün"),
 E("MEET", ["Mariano Ferrer", "Səbinə Axundzadə"], "Bakı", "2026-11-19", "happened", "Bu gün Bakıda mədəniyyət",
   ["mədəni irs"], host="Səbinə Axundzadə", date_text="Bu gün"),
 E("SIGN", ["Səbinə Axundzadə", "Mariano Ferrer"], "Bakı", "2026-11-19", "happened", "Görüşün sonunda Mədəniyyət",
   ["mədəni irsin monitorinqi"], date_text="Görüşün sonunda"),
 E("VISIT", ["Mariano Ferrer"], "Qobustan Milli Tarix-Bədii Qoruğu", "2026-11-20", "planned", "Mariano Ferrerin sabah",
   ["mədəni irs", "rəqəmsallaşma"], place="Qobustan Milli Tarix-Bədii Qoruğu", date_text="sabah"),
])
