A("640_memmedbeyli_pakistan_qerargah_azertac.txt", "AZERTAC", """date 2026-02-11
Elxan Məmmədbəyli Pakistanın Birləşmiş Qərargah Rəisləri Komitəsinin sədrini qəbul edib

Rəsmi səfərlə ölkəmizdə olan Pakistan Birləşmiş Qərargah Rəisləri Komitəsinin sədri general Tariq Mahmud Çima üçün bu gün Müdafiə Nazirliyində rəsmi qarşılanma mərasimi təşkil olunub.

AZERTAC Müdafiə Nazirliyinə istinadən bildirir ki, fəxri qarovul dəstəsinin önündən keçdikdən sonra qonağı müdafiə naziri general-polkovnik Elxan Məmmədbəyli qəbul edib. Görüşdə hərbi, hərbi-texniki və hərbi-təhsil sahələrindəki əlaqələrin bugünkü səviyyəsi və gələcək imkanları barədə fikir mübadiləsi aparılıb. Nazir qardaş Pakistanın Azərbaycanın ərazi bütövlüyünə hər zaman göstərdiyi prinsipial dəstəyi xüsusi qeyd edib.

Sonra general Çima Baş Qərargah rəisi – müdafiə nazirinin birinci müavini general-polkovnik Rauf Əliquliyevin başçılıq etdiyi heyətlə geniş tərkibdə danışıqlar aparıb. Danışıqlarda çoxmillətli təlimlərin coğrafiyasının böyüdülməsi, zabitlərin ixtisasartırma kurslarına qəbulu və pilotsuz uçuş aparatlarının tətbiqi təcrübəsi müzakirə edilib.

Pakistan nümayəndə heyəti səhər saatlarında Şəhidlər xiyabanını ziyarət edərək torpaqlarımızın azadlığı uğrunda canlarından keçən qəhrəmanların xatirəsini yad edib.

Səfər çərçivəsində qonağın sabah Milli Müdafiə Universitetinə baş çəkməsi, hərbi aviasiya hissələrindən birinin fəaliyyəti ilə tanış olması da nəzərdə tutulur. Qeyd edək ki, general Çima Bakıya dünən axşam gəlib.
""", [
 ("Elxan Məmmədbəyli", "PER", "müdafiə naziri", "Müdafiə Nazirliyi", ["Elxan Məmmədbəyli"]),
 ("Tariq Mahmud Çima", "PER", "sədr", "Pakistan Birləşmiş Qərargah Rəisləri Komitəsi", ["Tariq Mahmud Çima", "Çima"]),
 ("Rauf Əliquliyev", "PER", "baş qərargah rəisi", "Müdafiə Nazirliyi", ["Rauf Əliquliyevin"]),
 ("Pakistan Birləşmiş Qərargah Rəisləri Komitəsi", "ORG", None, None,
  ["Birləşmiş Qərargah Rəisləri Komitəsinin", "Pakistan Birləşmiş Qərargah Rəisləri Komitəsinin"]),
 ("Müdafiə Nazirliyi", "ORG", None, None, ["Müdafiə Nazirliyində", "Müdafiə Nazirliyinə"]),
 ("Milli Müdafiə Universiteti", "ORG", None, None, ["Milli Müdafiə Universitetinə"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Pakistan", "LOC", None, None, ["Pakistanın", "Pakistan"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Şəhidlər xiyabanı", "LOC", None, None, ["Şəhidlər xiyabanını"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
], [
 E("VISIT", ["Tariq Mahmud Çima"], "Bakı", "2026-02-10", "happened", "Rəsmi səfərlə ölkəmizdə olan Pakistan",
   ["hərbi əməkdaşlıq"], date_text="dünən"),
 E("MEET", ["Elxan Məmmədbəyli", "Tariq Mahmud Çima"], "Müdafiə Nazirliyi", "2026-02-11", "happened",
   "fəxri qarovul dəstəsinin önündən", ["hərbi əməkdaşlıq", "hərbi-texniki əməkdaşlıq", "hərbi təhsil"],
   host="Elxan Məmmədbəyli", date_text="bu gün"),
 E("MEET", ["Rauf Əliquliyev", "Tariq Mahmud Çima"], "Bakı", "2026-02-11", "happened", "Sonra general Çima Baş",
   ["hərbi təlimlər", "hərbi təhsil", "pilotsuz uçuş aparatları"], date_text="bu gün"),
 E("VISIT", ["Tariq Mahmud Çima"], "Şəhidlər xiyabanı", "2026-02-11", "happened", "Pakistan nümayəndə heyəti səhər",
   ["anım"], place="Şəhidlər xiyabanı"),
 E("VISIT", ["Tariq Mahmud Çima"], "Milli Müdafiə Universiteti", "2026-02-12", "planned", "qonağın sabah Milli",
   ["hərbi təhsil"], place="Milli Müdafiə Universiteti", date_text="sabah"),
])

A("641_eliquliyev_karasu_naxcivan_telimi_report.txt", "report.az", """date 2026-05-15
“Sarsılmaz qardaşlıq – 2026”: Rauf Əliquliyev və Levent Karasu təlimin fəal mərhələsini izləyib

Naxçıvan Muxtar Respublikasının ərazisində mayın 11-dən keçirilən “Sarsılmaz qardaşlıq – 2026” birgə taktiki təlimi dünən atəşli fəal mərhələ ilə başa çatıb. Təlimə iki ölkənin quru qoşunlarından, artilleriya və ordu aviasiyası bölmələrindən 3 mindən artıq hərbi qulluqçu cəlb edilmişdi.

Report-un Müdafiə Nazirliyinə istinadən yaydığı məlumata əsasən, fəal mərhələni Baş Qərargah rəisi general-polkovnik Rauf Əliquliyev və Türkiyə Quru Qoşunlarının komandanı orgeneral Levent Karasu idarəetmə məntəqəsindən birlikdə izləyiblər. Sonda fərqlənən hərbçilərə fəxri fərmanlar və qiymətli hədiyyələr verilib.

Türk sərkərdəsi çərşənbə axşamı Naxçıvana gəlib, hava limanında onu Ali Məclisin Sədri Kamal Rzaquliyev qarşılayıb. Ertəsi gün Rauf Əliquliyev və Levent Karasu təlim rayonunda yerləşən səhra qərargahında görüşüb, iki ordu arasında bu il üçün nəzərdə tutulmuş tədbirlərin icrasını dəyərləndiriblər.

Məlumatda o da bildirilir ki, növbəti birgə təlim gələn ilin may ayında Türkiyənin Kars vilayətində təşkil ediləcək.

Orgeneral Karasunun bu gün Bakıya uçaraq müdafiə naziri general-polkovnik Elxan Məmmədbəyli ilə görüşməsi gözlənilir.
""", [
 ("Rauf Əliquliyev", "PER", "baş qərargah rəisi", "Müdafiə Nazirliyi", ["Rauf Əliquliyev"]),
 ("Levent Karasu", "PER", "komandan", "Türkiyə Quru Qoşunları", ["Levent Karasu", "Karasunun"]),
 ("Kamal Rzaquliyev", "PER", "sədr", "Naxçıvan Muxtar Respublikasının Ali Məclisi", ["Kamal Rzaquliyev"]),
 ("Elxan Məmmədbəyli", "PER", "müdafiə naziri", "Müdafiə Nazirliyi", ["Elxan Məmmədbəyli"]),
 ("Müdafiə Nazirliyi", "ORG", None, None, ["Müdafiə Nazirliyinə"]),
 ("Türkiyə Quru Qoşunları", "ORG", None, None, ["Türkiyə Quru Qoşunlarının"]),
 ("Naxçıvan Muxtar Respublikasının Ali Məclisi", "ORG", None, None, ["Ali Məclisin"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Naxçıvan Muxtar Respublikası", "LOC", None, None, ["Naxçıvan Muxtar Respublikasının"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvana"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin"]),
 ("Kars", "LOC", None, None, ["Kars"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
], [
 E("ATTEND", ["Rauf Əliquliyev", "Levent Karasu"], "Naxçıvan Muxtar Respublikası", "2026-05-14", "happened",
   "fəal mərhələni Baş Qərargah", ["hərbi təlimlər"], date_text="dünən",
   event_name="“Sarsılmaz qardaşlıq – 2026” təliminin fəal mərhələsi"),
 E("VISIT", ["Levent Karasu"], "Naxçıvan", "2026-05-12", "happened", "Türk sərkərdəsi çərşənbə axşamı",
   ["hərbi təlimlər"], date_text="çərşənbə axşamı"),
 E("MEET", ["Kamal Rzaquliyev", "Levent Karasu"], "Naxçıvan", "2026-05-12", "happened", "Türk sərkərdəsi çərşənbə axşamı",
   ["hərbi əməkdaşlıq"], host="Kamal Rzaquliyev", date_text="çərşənbə axşamı"),
 E("MEET", ["Rauf Əliquliyev", "Levent Karasu"], "Naxçıvan Muxtar Respublikası", "2026-05-13", "happened",
   "Ertəsi gün Rauf Əliquliyev", ["hərbi əməkdaşlıq"], date_text="Ertəsi gün"),
 E("VISIT", ["Levent Karasu"], "Bakı", "2026-05-15", "planned", "Orgeneral Karasunun bu gün",
   ["hərbi əməkdaşlıq"], date_text="bu gün"),
 E("MEET", ["Levent Karasu", "Elxan Məmmədbəyli"], "Bakı", "2026-05-15", "planned", "Orgeneral Karasunun bu gün",
   ["hərbi əməkdaşlıq"], date_text="bu gün"),
])

A("642_seferbeyli_kurtanidze_qirmizi_korpu_apa.txt", "APA", """date 2026-03-19
Azərbaycan və Gürcüstan sərhəd xidmətlərinin rəhbərləri Qırmızı Körpüdə görüşüb - APA

APA
Ana səhifə | Siyasət | Hərbi | Cəmiyyət | İqtisadiyyat | Dünya
19 mart 2026 11:32
Azərbaycan və Gürcüstan sərhəd xidmətlərinin rəhbərləri Qırmızı Körpüdə görüşüb

Dövlət Sərhəd Xidmətinin (DSX) rəisi general-polkovnik Namiq Səfərbəyli ilə Gürcüstan Sərhəd Polisinin rəisi general-mayor Levan Kurtanidze arasında bu gün Qırmızı Körpü sərhəd-keçid məntəqəsində işçi görüş keçirilib.

APA-ya DSX-dən verilən məlumata görə, tərəflər dövlət sərhədinin birgə mühafizəsi, məntəqədən keçən yük maşınlarının gözləmə müddətinin qısaldılması və qaçaqmalçılığa qarşı mübarizədə məlumat mübadiləsi barədə fikirlərini bölüşüblər.

Görüşün sonunda iki qurum arasında 2026–2027-ci illər üçün əməkdaşlıq proqramı imzalanıb. Sənədə Namiq Səfərbəyli və Levan Kurtanidze imza atıblar.

Ardınca Kurtanidzenin rəhbərlik etdiyi gürcü heyəti Qazax rayonuna keçərək burada yerləşən sərhəd dəstəsinin gündəlik xidməti ilə tanış olub.

Rəislərin növbəti görüşünün may ayında Tbilisidə keçirilməsi razılaşdırılıb. Xatırladaq ki, Səfərbəylinin ötən ilin noyabrında Tbilisiyə planlaşdırılan səfəri qarşı tərəfin xahişi ilə baş tutmamışdı.

Teqlər: DSX, Gürcüstan, sərhəd
Digər xəbərlər
DSX-nin rəisi İranın sərhəd komandanlığının nümayəndələri ilə görüşüb
Astarada yeni gömrük terminalı istifadəyə verilib
© APA. Bütün hüquqlar qorunur
""", [
 ("Namiq Səfərbəyli", "PER", "rəis", "Dövlət Sərhəd Xidməti", ["Namiq Səfərbəyli", "Səfərbəylinin"]),
 ("Levan Kurtanidze", "PER", "rəis", "Gürcüstan Sərhəd Polisi", ["Levan Kurtanidze", "Kurtanidzenin"]),
 ("Dövlət Sərhəd Xidməti", "ORG", None, None, ["Dövlət Sərhəd Xidmətinin", "DSX", "DSX-dən", "DSX-nin"]),
 ("Gürcüstan Sərhəd Polisi", "ORG", None, None, ["Gürcüstan Sərhəd Polisinin"]),
 ("APA", "ORG", None, None, ["APA", "APA-ya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan"]),
 ("Qırmızı Körpü", "LOC", None, None, ["Qırmızı Körpüdə", "Qırmızı Körpü"]),
 ("Qazax", "LOC", None, None, ["Qazax"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisidə", "Tbilisiyə"]),
 ("İran", "LOC", None, None, ["İranın"]),
 ("Astara", "LOC", None, None, ["Astarada"]),
], [
 E("MEET", ["Namiq Səfərbəyli", "Levan Kurtanidze"], "Qırmızı Körpü", "2026-03-19", "happened",
   "arasında bu gün Qırmızı Körpü", ["sərhəd təhlükəsizliyi", "yük daşımaları", "qaçaqmalçılıqla mübarizə"],
   date_text="bu gün"),
 E("SIGN", ["Namiq Səfərbəyli", "Levan Kurtanidze"], "Qırmızı Körpü", "2026-03-19", "happened",
   "Görüşün sonunda iki qurum", ["sərhəd təhlükəsizliyi"], date_text="bu gün"),
 E("VISIT", ["Levan Kurtanidze"], "Qazax", "2026-03-19", "happened", "Ardınca Kurtanidzenin rəhbərlik",
   ["sərhəd təhlükəsizliyi"]),
 E("MEET", ["Namiq Səfərbəyli", "Levan Kurtanidze"], "Tbilisi", "2026-05", "planned", "Rəislərin növbəti görüşünün",
   ["sərhəd təhlükəsizliyi"], date_text="may ayında"),
 E("VISIT", ["Namiq Səfərbəyli"], "Tbilisi", "2025-11", "negated", "Xatırladaq ki, Səfərbəylinin",
   ["sərhəd təhlükəsizliyi"], date_text="ötən ilin noyabrında"),
])

A("643_talibov_nazarov_ozbek_din_trend.txt", "trend.az", """date 2026-04-08
Daxili işlər naziri özbəkistanlı həmkarı ilə əməkdaşlıq proqramı imzalayıb

Daxili işlər naziri general-polkovnik Elşən Talıbov Özbəkistan Respublikasının daxili işlər naziri general-leytenant Baxtiyor Nazarovun başçılıq etdiyi nümayəndə heyəti ilə görüşüb.

Trend-in DİN-in mətbuat xidmətinə istinadən verdiyi xəbərə görə, görüşdə narkotik vasitələrin qanunsuz dövriyyəsinə, kibercinayətkarlığa və qeyri-qanuni miqrasiyaya qarşı birgə addımlar ətrafında fikir mübadiləsi aparılıb. Elşən Talıbov azad edilmiş ərazilərdə ictimai asayişin bərpası sahəsində Azərbaycan polisinin qazandığı təcrübədən danışıb.

Görüşdən sonra nazirlər iki nazirlik arasında 2026–2028-ci illəri əhatə edən əməkdaşlıq proqramını imzalayıblar. Bundan başqa, DİN-in Polis Akademiyası ilə Özbəkistan DİN Akademiyası arasında kursant mübadiləsinə dair memorandum da imzalanıb, sənədə akademiyaların rəisləri imza atıblar.

Bakıda üç günlük rəsmi səfərdə olan Nazarov dünən Fəxri xiyabanı ziyarət edərək görkəmli şəxsiyyətlərin xatirəsini ehtiramla yad edib. Qonaq sabah Gəncəyə yollanacaq, şəhər polis idarəsinin növbətçi hissəsində tətbiq edilən “ağıllı şəhər” kameraları sistemi ilə tanış olacaq.

Nazirlik həmçinin açıqlayıb ki, Elşən Talıbov may ayında Daşkəndə gedərək MDB Daxili İşlər Nazirləri Şurasının növbəti iclasında iştirak edəcək.
""", [
 ("Elşən Talıbov", "PER", "daxili işlər naziri", "Daxili İşlər Nazirliyi", ["Elşən Talıbov"]),
 ("Baxtiyor Nazarov", "PER", "daxili işlər naziri", "Özbəkistan", ["Baxtiyor Nazarovun", "Nazarov"]),
 ("Daxili İşlər Nazirliyi", "ORG", None, None, ["DİN-in"]),
 ("Polis Akademiyası", "ORG", None, None, ["Polis Akademiyası"]),
 ("Özbəkistan DİN Akademiyası", "ORG", None, None, ["Özbəkistan DİN Akademiyası"]),
 ("MDB Daxili İşlər Nazirləri Şurası", "ORG", None, None, ["MDB Daxili İşlər Nazirləri Şurasının"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistan Respublikasının"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Fəxri xiyaban", "LOC", None, None, ["Fəxri xiyabanı"]),
 ("Gəncə", "LOC", None, None, ["Gəncəyə"]),
 ("Daşkənd", "LOC", None, None, ["Daşkəndə"]),
], [
 E("MEET", ["Elşən Talıbov", "Baxtiyor Nazarov"], "Bakı", "2026-04-08", "happened", "Daxili işlər naziri general-polkovnik",
   ["narkotiklərlə mübarizə", "kibercinayətkarlıq", "miqrasiya"]),
 E("SIGN", ["Elşən Talıbov", "Baxtiyor Nazarov"], "Bakı", "2026-04-08", "happened", "Görüşdən sonra nazirlər",
   ["hüquq-mühafizə əməkdaşlığı"]),
 E("SIGN", ["Polis Akademiyası", "Özbəkistan DİN Akademiyası"], "Bakı", "2026-04-08", "happened", "Bundan başqa, DİN-in",
   ["polis təhsili"]),
 E("VISIT", ["Baxtiyor Nazarov"], "Bakı", "2026-04-07", "happened", "Bakıda üç günlük rəsmi",
   ["hüquq-mühafizə əməkdaşlığı"], date_text="dünən"),
 E("VISIT", ["Baxtiyor Nazarov"], "Fəxri xiyaban", "2026-04-07", "happened", "Bakıda üç günlük rəsmi",
   ["anım"], place="Fəxri xiyaban", date_text="dünən"),
 E("VISIT", ["Baxtiyor Nazarov"], "Gəncə", "2026-04-09", "planned", "Qonaq sabah Gəncəyə",
   ["ictimai təhlükəsizlik"], date_text="sabah"),
 E("VISIT", ["Elşən Talıbov"], "Daşkənd", "2026-05", "planned", "Elşən Talıbov may ayında",
   ["hüquq-mühafizə əməkdaşlığı"], date_text="may ayında"),
 E("ATTEND", ["Elşən Talıbov"], "Daşkənd", "2026-05", "planned", "Elşən Talıbov may ayında",
   ["hüquq-mühafizə əməkdaşlığı"], date_text="may ayında", event_name="MDB Daxili İşlər Nazirləri Şurasının iclası"),
])

A("644_sadiqzade_bqxk_keller_oxu.txt", "oxu.az", """date 2026-06-23
Ombudsman BQXK-nın yeni nümayəndəlik rəhbərini qəbul edib

OXU.AZ
Xəbərlər | Siyasət | Cəmiyyət | İqtisadiyyat | Dünya | Video
23.06.2026, 14:05
Ombudsman BQXK-nın yeni nümayəndəlik rəhbərini qəbul edib

İnsan hüquqları üzrə müvəkkil (ombudsman) Könül Sadıqzadə Beynəlxalq Qırmızı Xaç Komitəsinin Azərbaycandakı nümayəndəliyinin mayın sonunda vəzifəyə başlamış rəhbəri Matias Kelleri Ombudsman Aparatında qəbul edib.

Oxu.az-ın məlumatına görə, qəbulda Birinci Qarabağ müharibəsi illərində itkin düşmüş insanların aqibətinin müəyyənləşdirilməsi, onların ailələrinə göstərilən hüquqi və psixoloji yardım barədə fikir mübadiləsi aparılıb. Könül Sadıqzadə itkin düşənlərin yaxınlarından DNT nümunələrinin toplanmasında BQXK ilə Əsir və itkin düşmüş, girov götürülmüş vətəndaşlarla bağlı Dövlət Komissiyasının birgə işini yüksək qiymətləndirib.

Qonaq iyunun 18-də XİN-də xarici işlər nazirinin müavini Fəridə Hacıbəyli ilə görüşdüyünü də xatırladıb.

Ombudsman və Matias Keller çərşənbə günü birlikdə Bakı İstintaq Təcridxanasına baş çəkəcək, saxlanılan əcnəbi vətəndaşların şəraiti ilə tanış olacaqlar. Sadıqzadənin iyulun 6–8-də Strasburqda keçiriləcək Beynəlxalq Ombudsman İnstitutunun Avropa regional konfransına qatılacağı da açıqlanıb.

Teqlər: ombudsman, BQXK, itkin düşənlər
Oxşar xəbərlər
Ombudsman Aparatında vətəndaş qəbulu keçirilib
Qızıl Aypara Cəmiyyəti Şabrana yardım göndərib
OXU.AZ © 2026
""", [
 ("Könül Sadıqzadə", "PER", "insan hüquqları üzrə müvəkkil", "Ombudsman Aparatı", ["Könül Sadıqzadə", "Sadıqzadənin"]),
 ("Matias Keller", "PER", "nümayəndəlik rəhbəri", "Beynəlxalq Qırmızı Xaç Komitəsi", ["Matias Kelleri", "Matias Keller"]),
 ("Fəridə Hacıbəyli", "PER", "xarici işlər nazirinin müavini", "Xarici İşlər Nazirliyi", ["Fəridə Hacıbəyli"]),
 ("Beynəlxalq Qırmızı Xaç Komitəsi", "ORG", None, None, ["BQXK-nın", "Beynəlxalq Qırmızı Xaç Komitəsinin", "BQXK"]),
 ("Ombudsman Aparatı", "ORG", None, None, ["Ombudsman Aparatında"]),
 ("Əsir və itkin düşmüş, girov götürülmüş vətəndaşlarla bağlı Dövlət Komissiyası", "ORG", None, None,
  ["Əsir və itkin düşmüş, girov götürülmüş vətəndaşlarla bağlı Dövlət Komissiyasının"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["XİN-də"]),
 ("Bakı İstintaq Təcridxanası", "ORG", None, None, ["Bakı İstintaq Təcridxanasına"]),
 ("Beynəlxalq Ombudsman İnstitutu", "ORG", None, None, ["Beynəlxalq Ombudsman İnstitutunun"]),
 ("Azərbaycan Qızıl Aypara Cəmiyyəti", "ORG", None, None, ["Qızıl Aypara Cəmiyyəti"]),
 ("Oxu.az", "ORG", None, None, ["OXU.AZ", "Oxu.az-ın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağ"]),
 ("Strasburq", "LOC", None, None, ["Strasburqda"]),
 ("Avropa", "LOC", None, None, ["Avropa"]),
 ("Şabran", "LOC", None, None, ["Şabrana"]),
], [
 E("MEET", ["Könül Sadıqzadə", "Matias Keller"], "Ombudsman Aparatı", "2026-06-23", "happened",
   "İnsan hüquqları üzrə müvəkkil (ombudsman)", ["itkin düşmüş şəxslər", "humanitar məsələlər"], host="Könül Sadıqzadə"),
 E("MEET", ["Matias Keller", "Fəridə Hacıbəyli"], "Xarici İşlər Nazirliyi", "2026-06-18", "happened",
   "Qonaq iyunun 18-də XİN-də", ["humanitar məsələlər"], date_text="iyunun 18-də"),
 E("VISIT", ["Könül Sadıqzadə", "Matias Keller"], "Bakı İstintaq Təcridxanası", "2026-06-24", "planned",
   "Ombudsman və Matias Keller", ["məhbusların hüquqları"], place="Bakı İstintaq Təcridxanası", date_text="çərşənbə günü"),
 E("ATTEND", ["Könül Sadıqzadə"], "Strasburq", "2026-07-06", "planned", "Sadıqzadənin iyulun 6–8-də",
   ["insan hüquqları"], date_text="iyulun 6–8-də",
   event_name="Beynəlxalq Ombudsman İnstitutunun Avropa regional konfransı"),
])

A("645_anama_yaponiya_bmtip_agdam_qafqazinfo.txt", "qafqazinfo.az", """date 2026-09-10
ANAMA-nın rəhbəri Yaponiya səfiri və BMTİP-in nümayəndəsi ilə Ağdamda olub

Qafqazinfo.az
Son xəbərlər | Siyasət | Hərbi | Sosial | Region | Dünya
10 Sentyabr 2026, 09:48
ANAMA-nın rəhbəri Yaponiya səfiri və BMTİP-in nümayəndəsi ilə Ağdamda olub

Minalardan Təmizləmə Agentliyinin (ANAMA) İdarə Heyətinin sədri Samir Nəcəfquliyev dünən Yaponiyanın ölkəmizdəki səfiri Kazuo Hayaşi və BMT İnkişaf Proqramının (BMTİP) Azərbaycandakı rezident nümayəndəsi Sofi Lamber ilə birgə Ağdam rayonunda səfərdə olub.

Qafqazinfo-nun əldə etdiyi məlumata görə, qonaqlar Yaponiya hökumətinin vəsaiti hesabına yoxlanılan kənd təsərrüfatı sahələrini gəzib, orada çalışan sapyorlardan işin gedişi barədə məlumat alıblar. Səfər çərçivəsində Ağdam Cümə məscidi də ziyarət olunub.

Həmin gün Ağdam Rayon İcra Hakimiyyətinin inzibati binasında ANAMA ilə Yaponiya Beynəlxalq Əməkdaşlıq Agentliyi (JICA) arasında 1,5 milyon dollarlıq qrant sazişi imzalanıb. Sazişi Samir Nəcəfquliyev və səfir Kazuo Hayaşi imzalayıblar.

Nəcəfquliyevin sentyabrın 21–23-də Cenevrədə keçiriləcək minalarla mübarizə üzrə milli proqram direktorlarının beynəlxalq toplantısında çıxış edəcəyi də bildirilib. ANAMA ilə Avropa İttifaqının Azərbaycandakı nümayəndəliyi arasında növbəti qrant müqaviləsinin isə oktyabrda imzalanması gözlənilir.

Paylaş: Facebook | X | Telegram
Ən çox oxunan
Tərtərdə yol təmiri başa çatıb
Qafqazinfo.az © 2026
""", [
 ("Samir Nəcəfquliyev", "PER", "idarə heyətinin sədri", "Minalardan Təmizləmə Agentliyi", ["Samir Nəcəfquliyev", "Nəcəfquliyevin"]),
 ("Kazuo Hayaşi", "PER", "səfir", "Yaponiya", ["Kazuo Hayaşi"]),
 ("Sofi Lamber", "PER", "rezident nümayəndə", "BMT İnkişaf Proqramı", ["Sofi Lamber"]),
 ("Minalardan Təmizləmə Agentliyi", "ORG", None, None, ["ANAMA-nın", "Minalardan Təmizləmə Agentliyinin", "ANAMA"]),
 ("BMT İnkişaf Proqramı", "ORG", None, None, ["BMTİP-in", "BMT İnkişaf Proqramının", "BMTİP"]),
 ("Ağdam Rayon İcra Hakimiyyəti", "ORG", None, None, ["Ağdam Rayon İcra Hakimiyyətinin"]),
 ("Yaponiya Beynəlxalq Əməkdaşlıq Agentliyi", "ORG", None, None, ["Yaponiya Beynəlxalq Əməkdaşlıq Agentliyi", "JICA"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Avropa İttifaqının"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo.az", "Qafqazinfo-nun"]),
 ("Yaponiya", "LOC", None, None, ["Yaponiya", "Yaponiyanın"]),
 ("Ağdam", "LOC", None, None, ["Ağdamda", "Ağdam"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı"]),
 ("Ağdam Cümə məscidi", "LOC", None, None, ["Ağdam Cümə məscidi"]),
 ("Cenevrə", "LOC", None, None, ["Cenevrədə"]),
 ("Tərtər", "LOC", None, None, ["Tərtərdə"]),
], [
 E("VISIT", ["Samir Nəcəfquliyev", "Kazuo Hayaşi", "Sofi Lamber"], "Ağdam", "2026-09-09", "happened",
   "İdarə Heyətinin sədri Samir", ["minalardan təmizləmə", "donor yardımı"], date_text="dünən"),
 E("VISIT", ["Samir Nəcəfquliyev", "Kazuo Hayaşi", "Sofi Lamber"], "Ağdam Cümə məscidi", "2026-09-09", "happened",
   "Səfər çərçivəsində Ağdam", ["mədəni irs"], place="Ağdam Cümə məscidi", date_text="dünən"),
 E("SIGN", ["Samir Nəcəfquliyev", "Kazuo Hayaşi"], "Ağdam Rayon İcra Hakimiyyəti", "2026-09-09", "happened",
   "Həmin gün Ağdam Rayon", ["minalardan təmizləmə", "donor yardımı"], date_text="Həmin gün"),
 E("ATTEND", ["Samir Nəcəfquliyev"], "Cenevrə", "2026-09-21", "planned", "Nəcəfquliyevin sentyabrın 21–23-də",
   ["minalardan təmizləmə"], date_text="sentyabrın 21–23-də",
   event_name="minalarla mübarizə üzrə milli proqram direktorlarının beynəlxalq toplantısı"),
 E("SIGN", ["Minalardan Təmizləmə Agentliyi", "Avropa İttifaqı"], None, "2026-10", "planned",
   "ANAMA ilə Avropa İttifaqının", ["donor yardımı"], date_text="oktyabrda"),
])

A("646_xudaverdiyev_afad_yildiztepe_report.txt", "report.az", """date 2026-10-27
FHN naziri AFAD-ın prezidenti ilə fövqəladə hallara hazırlıq üzrə memorandum imzalayıb

Türkiyənin Fəlakət və Fövqəladə Hallar İdarəsinin (AFAD) prezidenti Hakan Yıldıztepe bu gün Fövqəladə Hallar Nazirliyində nazir general-polkovnik Anar Xudaverdiyev tərəfindən qəbul olunub. Türk qonaq Bakıya dünən gəlib.

Report-un FHN-ə istinadən məlumatına görə, görüşdə seysmik risklərin azaldılması, axtarış-xilasetmə qruplarının birgə hazırlığı və humanitar yardım çatdırılmasında logistikanın əlaqələndirilməsi mövzularında ətraflı müzakirə aparılıb. Nazir 2023-cü ildə Türkiyədə baş vermiş zəlzələnin nəticələrinin aradan qaldırılmasında azərbaycanlı xilasedicilərin iştirakını xatırladıb.

Daha sonra Anar Xudaverdiyev və Hakan Yıldıztepe Xırdalan yaxınlığındakı təlim poliqonunda dağılmış bina ssenarisi üzrə keçirilən birgə axtarış-xilasetmə təliminin gedişini izləyiblər.

Günün sonunda nazirliyin inzibati binasında iki qurum arasında fövqəladə hallara hazırlıq və cavab tədbirləri üzrə anlaşma memorandumu imzalanıb. Memorandumu Xudaverdiyev və Yıldıztepe imzalayıblar.

Əvvəlcə qonağın sabah Gəncəyə gedərək nazirliyin regional mərkəzi ilə tanış olması proqrama salınmışdı. Lakin yağışlı hava səbəbindən bu səfər növbəti ilin yazına keçirilib.
""", [
 ("Hakan Yıldıztepe", "PER", "prezident", "Türkiyə Fəlakət və Fövqəladə Hallar İdarəsi", ["Hakan Yıldıztepe", "Yıldıztepe"]),
 ("Anar Xudaverdiyev", "PER", "fövqəladə hallar naziri", "Fövqəladə Hallar Nazirliyi", ["Anar Xudaverdiyev", "Xudaverdiyev"]),
 ("Türkiyə Fəlakət və Fövqəladə Hallar İdarəsi", "ORG", None, None, ["AFAD-ın", "Fəlakət və Fövqəladə Hallar İdarəsinin", "AFAD"]),
 ("Fövqəladə Hallar Nazirliyi", "ORG", None, None, ["FHN", "Fövqəladə Hallar Nazirliyində", "FHN-ə"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin", "Türkiyədə"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Xırdalan", "LOC", None, None, ["Xırdalan"]),
 ("Gəncə", "LOC", None, None, ["Gəncəyə"]),
], [
 E("MEET", ["Anar Xudaverdiyev", "Hakan Yıldıztepe"], "Fövqəladə Hallar Nazirliyi", "2026-10-27", "happened",
   "prezidenti Hakan Yıldıztepe bu gün", ["fövqəladə hallar", "axtarış-xilasetmə", "humanitar yardım"],
   host="Anar Xudaverdiyev", date_text="bu gün"),
 E("VISIT", ["Hakan Yıldıztepe"], "Bakı", "2026-10-26", "happened", "Türk qonaq Bakıya dünən",
   ["fövqəladə hallar"], date_text="dünən"),
 E("ATTEND", ["Anar Xudaverdiyev", "Hakan Yıldıztepe"], "Xırdalan", "2026-10-27", "happened",
   "Daha sonra Anar Xudaverdiyev", ["axtarış-xilasetmə"], event_name="birgə axtarış-xilasetmə təlimi"),
 E("SIGN", ["Anar Xudaverdiyev", "Hakan Yıldıztepe"], "Fövqəladə Hallar Nazirliyi", "2026-10-27", "happened",
   "Günün sonunda nazirliyin", ["fövqəladə hallar"]),
 E("VISIT", ["Hakan Yıldıztepe"], "Gəncə", "2026-10-28", "negated", "Əvvəlcə qonağın sabah",
   ["fövqəladə hallar"], date_text="sabah"),
 E("VISIT", ["Hakan Yıldıztepe"], "Gəncə", None, "planned", "Lakin yağışlı hava",
   ["fövqəladə hallar"], date_text="növbəti ilin yazına"),
])
