A("346_hesenbeyova_popesku_ruminiya_senati_trend.txt", "trend.az", """date 2028-06-13
Ləman Həsənbəyova Rumıniya Senatının sədrini qəbul edib

Bu gün Milli Məclisdə Sədr Ləman Həsənbəyova rəsmi səfərlə ölkəmizdə olan Rumıniya Senatının sədri Adrian Popeskunu qəbul edib.

Trend-ə verilən məlumata əsasən, tərəflər öncə təkbətək, ardınca geniş heyətdə fikir mübadiləsi aparıblar. Sədr iki ölkə arasındakı strateji tərəfdaşlığın qanunverici orqanlar səviyyəsində də dərinləşdiyini qeyd edib, Qara dənizin dibindən keçəcək elektrik kabeli layihəsinin regionun enerji təhlükəsizliyi üçün önəmini xatırladıb. Qonaq da öz növbəsində Buxarestin Xəzər hövzəsi ilə yük daşımalarını artırmaqda maraqlı olduğunu söyləyib.

Xatırladaq ki, Popesku bazar günü axşam Bakıya gəlib. Dünən rumın qonaq Şəhidlər xiyabanını ziyarət edib, torpaqlarımızın azadlığı uğrunda həlak olanların məzarları önünə əklil qoyub.

Proqrama əsasən, sabah Baş nazir Nicat Ələsgərlinin Popeskunu qəbul etməsi, cümə axşamı isə qonağın Sumqayıt Kimya Sənaye Parkına səfəri gözlənilir. Senat sədrinin Naxçıvana getməsi də planlaşdırılırdı, lakin qonağın vaxtının məhdudluğu səbəbindən bu səfər proqramdan çıxarılıb.
""", [
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis", ["Ləman Həsənbəyova"]),
 ("Adrian Popesku", "PER", "sədr", "Rumıniya Senatı", ["Adrian Popeskunu", "Popesku", "Popeskunu"]),
 ("Nicat Ələsgərli", "PER", "baş nazir", None, ["Nicat Ələsgərlinin"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə"]),
 ("Rumıniya Senatı", "ORG", None, None, ["Rumıniya Senatının", "Senat"]),
 ("Trend", "ORG", None, None, ["Trend-ə"]),
 ("Qara dəniz", "LOC", None, None, ["Qara dənizin"]),
 ("Buxarest", "LOC", None, None, ["Buxarestin"]),
 ("Xəzər hövzəsi", "LOC", None, None, ["Xəzər hövzəsi"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Şəhidlər xiyabanı", "LOC", None, None, ["Şəhidlər xiyabanını"]),
 ("Sumqayıt Kimya Sənaye Parkı", "LOC", None, None, ["Sumqayıt Kimya Sənaye Parkına"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvana"]),
], [
 E("MEET", ["Ləman Həsənbəyova", "Adrian Popesku"], "Milli Məclis", "2028-06-13", "happened",
   "Sədr Ləman Həsənbəyova rəsmi səfərlə", ["parlamentlərarası əlaqələr", "enerji", "nəqliyyat"],
   host="Ləman Həsənbəyova", date_text="Bu gün"),
 E("VISIT", ["Adrian Popesku"], "Bakı", "2028-06-11", "happened", "Sədr Ləman Həsənbəyova rəsmi səfərlə",
   ["parlamentlərarası əlaqələr"], date_text="bazar günü"),
 E("VISIT", ["Adrian Popesku"], "Şəhidlər xiyabanı", "2028-06-12", "happened", "Dünən rumın qonaq",
   ["xatirənin yad edilməsi"], place="Şəhidlər xiyabanı", date_text="Dünən"),
 E("MEET", ["Adrian Popesku", "Nicat Ələsgərli"], None, "2028-06-14", "planned", "sabah Baş nazir Nicat",
   ["ikitərəfli əməkdaşlıq"], host="Nicat Ələsgərli", date_text="sabah"),
 E("VISIT", ["Adrian Popesku"], "Sumqayıt Kimya Sənaye Parkı", "2028-06-15", "planned", "sabah Baş nazir Nicat",
   ["sənaye"], place="Sumqayıt Kimya Sənaye Parkı", date_text="cümə axşamı"),
 E("VISIT", ["Adrian Popesku"], "Naxçıvan", None, "negated", "Senat sədrinin Naxçıvana",
   ["parlamentlərarası əlaqələr"]),
])

A("347_qaraxanli_shirinzade_sefir_bundestaq_apa.txt", "APA", """date 2028-06-22
Milli Məclisdə qazax səfiri və alman deputatları ilə görüşlər keçirilib

Qazaxıstanın ölkəmizdəki yeni səfiri Yerlan Sarsenbayev dünən Milli Məclis Sədrinin birinci müavini Fuad Qaraxanlı tərəfindən qəbul olunub. Milli Məclisin Mətbuat və ictimaiyyətlə əlaqələr şöbəsindən APA-ya bildirilib ki, Qaraxanlı diplomatın yeni missiyasının uğurlu olacağına əminliyini bildirib, parlamentlər arasındakı işçi qruplarının son illərdə xeyli fəallaşdığını deyib. Sarsenbayev Astananın Xəzər üzərindən yük axınının artırılmasına xüsusi önəm verdiyini bildirib, Qazaxıstan Prezidentinin payızda gözlənilən səfərinə hazırlığın getdiyini deyib.

Həmin gün Sədr müavini Rauf Şirinzadə Almaniya Bundestaqının Cənubi Qafqaz ölkələri ilə parlament qrupunun sədri Matias Kronberqlə görüşüb. Söhbət zamanı bərpa olunan ərazilərdə alman şirkətlərinin iştirakı, peşə təhsili sahəsində təcrübə mübadiləsi müzakirə edilib. Kronberq Almaniyanın Azərbaycan ilə enerji dialoqunu yalnız qazla məhdudlaşdırmayıb yaşıl hidrogenə də genişləndirmək istədiyini söyləyib.

Alman heyəti Sədr Ləman Həsənbəyovanın da qəbulunda olmalı idi, lakin Sədr ezamiyyətdə olduğundan bu görüş baş tutmayacaq. Kronberqin başçılıq etdiyi nümayəndə heyəti cümə günü Gəncəyə yollanacaq.
""", [
 ("Fuad Qaraxanlı", "PER", "sədrin birinci müavini", "Milli Məclis", ["Fuad Qaraxanlı", "Qaraxanlı"]),
 ("Yerlan Sarsenbayev", "PER", "səfir", "Qazaxıstan", ["Yerlan Sarsenbayev", "Sarsenbayev"]),
 ("Rauf Şirinzadə", "PER", "sədr müavini", "Milli Məclis", ["Rauf Şirinzadə"]),
 ("Matias Kronberq", "PER", "parlament qrupunun sədri", "Almaniya Bundestaqı", ["Matias Kronberqlə", "Kronberq", "Kronberqin"]),
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis", ["Ləman Həsənbəyovanın"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə", "Milli Məclis", "Milli Məclisin"]),
 ("Almaniya Bundestaqı", "ORG", None, None, ["Almaniya Bundestaqının"]),
 ("APA", "ORG", None, None, ["APA-ya"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstanın", "Qazaxıstan"]),
 ("Almaniya", "LOC", None, None, ["Almaniyanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Astana", "LOC", None, None, ["Astananın"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqaz"]),
 ("Gəncə", "LOC", None, None, ["Gəncəyə"]),
], [
 E("MEET", ["Fuad Qaraxanlı", "Yerlan Sarsenbayev"], None, "2028-06-21", "happened", "Yerlan Sarsenbayev dünən Milli",
   ["parlamentlərarası əlaqələr", "nəqliyyat"], host="Fuad Qaraxanlı", date_text="dünən"),
 E("MEET", ["Rauf Şirinzadə", "Matias Kronberq"], None, "2028-06-21", "happened", "Həmin gün Sədr müavini Rauf",
   ["bərpa və yenidənqurma", "təhsil"], date_text="Həmin gün"),
 E("MEET", ["Matias Kronberq", "Ləman Həsənbəyova"], None, None, "negated", "Alman heyəti Sədr Ləman",
   ["parlamentlərarası əlaqələr"], host="Ləman Həsənbəyova"),
 E("VISIT", ["Matias Kronberq"], "Gəncə", "2028-06-23", "planned", "Kronberqin başçılıq etdiyi",
   ["parlamentlərarası əlaqələr"], date_text="cümə günü"),
])

A("348_bagirli_maisuradze_gurcustan_report.txt", "report.az", """date 2028-07-05
Aynur Bağırlı gürcü həmkarı ilə sərhədyanı əməkdaşlığı müzakirə edib

Bu gün Milli Məclisdə Sədr müavini Aynur Bağırlı ilə Gürcüstan Parlamentinin sədr müavini Tamar Maisuradze arasında görüş keçirilib.

Report-a daxil olan məlumata görə, dünən axşam Bakıya gələn qonaq ilə söhbətdə Qırmızı Körpüdə inşa olunan yeni gömrük terminalı, iki ölkənin sərhədyanı rayonlarında yaşayan soydaşlarımızın təhsil məsələləri nəzərdən keçirilib. Bağırlı Bakı ilə Tbilisinin siyasi dialoqunun heç bir kənar təsirdən asılı olmadığını vurğulayıb. Gürcüstan tərəfi Laqodexi–Balakən yolunun yenidən qurulması ilə bağlı layihəni də təqdim edib.

Maisuradze görüşdən sonra Regional məsələlər komitəsinin sədri Elnur Kərimovla da bir araya gəlib. Tərəflər bələdiyyələr arasında qardaşlaşma sazişlərinin sayının artırılmasını məqsədəuyğun sayıblar.

Bağırlı qonağı Tbilisidə keçiriləcək parlamentlərarası komissiyanın iclasına dəvət edib.

Gürcü qonağın sabah Qaxa gedəcəyi bildirilir. Bazar günü isə Maisuradzenin Şəki Xan sarayı ilə tanış olması planlaşdırılır.
""", [
 ("Aynur Bağırlı", "PER", "sədr müavini", "Milli Məclis", ["Aynur Bağırlı", "Bağırlı"]),
 ("Tamar Maisuradze", "PER", "sədr müavini", "Gürcüstan Parlamenti", ["Tamar Maisuradze", "Maisuradze", "Maisuradzenin"]),
 ("Elnur Kərimov", "PER", "komitə sədri", "Milli Məclis", ["Elnur Kərimovla"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə"]),
 ("Gürcüstan Parlamenti", "ORG", None, None, ["Gürcüstan Parlamentinin"]),
 ("Regional məsələlər komitəsi", "ORG", None, None, ["Regional məsələlər komitəsinin"]),
 ("Report", "ORG", None, None, ["Report-a"]),
 ("Bakı", "LOC", None, None, ["Bakıya", "Bakı"]),
 ("Qırmızı Körpü", "LOC", None, None, ["Qırmızı Körpüdə"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisinin", "Tbilisidə"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan"]),
 ("Laqodexi", "LOC", None, None, ["Laqodexi"]),
 ("Balakən", "LOC", None, None, ["Balakən"]),
 ("Qax", "LOC", None, None, ["Qaxa"]),
 ("Şəki Xan sarayı", "LOC", None, None, ["Şəki Xan sarayı"]),
], [
 E("MEET", ["Aynur Bağırlı", "Tamar Maisuradze"], None, "2028-07-05", "happened", "Bu gün Milli Məclisdə Sədr müavini",
   ["sərhəd", "təhsil", "parlamentlərarası əlaqələr"], date_text="Bu gün"),
 E("VISIT", ["Tamar Maisuradze"], "Bakı", "2028-07-04", "happened", "dünən axşam Bakıya gələn",
   ["parlamentlərarası əlaqələr"], date_text="dünən"),
 E("MEET", ["Tamar Maisuradze", "Elnur Kərimov"], None, "2028-07-05", "happened", "Maisuradze görüşdən sonra",
   ["yerli özünüidarə"]),
 E("VISIT", ["Tamar Maisuradze"], "Qax", "2028-07-06", "planned", "Gürcü qonağın sabah",
   ["parlamentlərarası əlaqələr"], date_text="sabah"),
 E("VISIT", ["Tamar Maisuradze"], "Şəki Xan sarayı", "2028-07-09", "planned", "Bazar günü isə Maisuradzenin",
   ["mədəni irs"], place="Şəki Xan sarayı", date_text="Bazar günü"),
])

A("349_gurcustan_parlamenti_bagirli_oxu.txt", "oxu.az", """date 2028-07-05
Aynur Bağırlı gürcü həmkarı ilə sərhəd əməkdaşlığını müzakirə edib

Bu gün Milli Məclisdə Sədr müavini Aynur Bağırlı ilə Gürcüstan Parlamentinin sədr müavini Tamar Maisuradze arasında görüş keçirilib.

Oxu.az Report-a istinadən xəbər verir ki, dünən axşam Bakıya gələn qonaq ilə söhbətdə Qırmızı Körpüdə inşa olunan yeni gömrük terminalı, iki ölkənin sərhədyanı rayonlarında yaşayan soydaşlarımızın təhsil məsələləri nəzərdən keçirilib. Bağırlı Bakı ilə Tbilisinin siyasi dialoqunun heç bir kənar təsirdən asılı olmadığını vurğulayıb. Gürcüstan tərəfi Laqodexi–Balakən yolunun yenidən qurulması ilə bağlı layihəni də təqdim edib.

Maisuradze görüşdən sonra Regional məsələlər komitəsinin sədri Elnur Kərimovla da bir araya gəlib. Tərəflər bələdiyyələr arasında qardaşlaşma sazişlərinin sayını artırmağın vacib olduğunu bildiriblər.

Bağırlı qonağı Tbilisidə keçiriləcək parlamentlərarası komissiyanın iclasına dəvət edib.

Gürcü qonağın sabah Qaxa gedəcəyi bildirilir. Bazar günü isə Maisuradzenin Şəki Xan sarayı ilə tanış olması planlaşdırılır.
""", [
 ("Aynur Bağırlı", "PER", "sədr müavini", "Milli Məclis", ["Aynur Bağırlı", "Bağırlı"]),
 ("Tamar Maisuradze", "PER", "sədr müavini", "Gürcüstan Parlamenti", ["Tamar Maisuradze", "Maisuradze", "Maisuradzenin"]),
 ("Elnur Kərimov", "PER", "komitə sədri", "Milli Məclis", ["Elnur Kərimovla"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə"]),
 ("Gürcüstan Parlamenti", "ORG", None, None, ["Gürcüstan Parlamentinin"]),
 ("Regional məsələlər komitəsi", "ORG", None, None, ["Regional məsələlər komitəsinin"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az"]),
 ("Report", "ORG", None, None, ["Report-a"]),
 ("Bakı", "LOC", None, None, ["Bakıya", "Bakı"]),
 ("Qırmızı Körpü", "LOC", None, None, ["Qırmızı Körpüdə"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisinin", "Tbilisidə"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan"]),
 ("Laqodexi", "LOC", None, None, ["Laqodexi"]),
 ("Balakən", "LOC", None, None, ["Balakən"]),
 ("Qax", "LOC", None, None, ["Qaxa"]),
 ("Şəki Xan sarayı", "LOC", None, None, ["Şəki Xan sarayı"]),
], [
 E("MEET", ["Aynur Bağırlı", "Tamar Maisuradze"], None, "2028-07-05", "happened", "Bu gün Milli Məclisdə Sədr müavini",
   ["sərhəd", "təhsil", "parlamentlərarası əlaqələr"], date_text="Bu gün", same_as="348_bagirli_maisuradze_gurcustan_report.txt"),
 E("VISIT", ["Tamar Maisuradze"], "Bakı", "2028-07-04", "happened", "dünən axşam Bakıya gələn",
   ["parlamentlərarası əlaqələr"], date_text="dünən", same_as="348_bagirli_maisuradze_gurcustan_report.txt"),
 E("MEET", ["Tamar Maisuradze", "Elnur Kərimov"], None, "2028-07-05", "happened", "Maisuradze görüşdən sonra",
   ["yerli özünüidarə"], same_as="348_bagirli_maisuradze_gurcustan_report.txt"),
 E("VISIT", ["Tamar Maisuradze"], "Qax", "2028-07-06", "planned", "Gürcü qonağın sabah",
   ["parlamentlərarası əlaqələr"], date_text="sabah", same_as="348_bagirli_maisuradze_gurcustan_report.txt"),
 E("VISIT", ["Tamar Maisuradze"], "Şəki Xan sarayı", "2028-07-09", "planned", "Bazar günü isə Maisuradzenin",
   ["mədəni irs"], place="Şəki Xan sarayı", date_text="Bazar günü", same_as="348_bagirli_maisuradze_gurcustan_report.txt"),
], duplicate_of="348_bagirli_maisuradze_gurcustan_report.txt")

A("350_selimov_nazarov_ozbek_bas_naziri_azertac.txt", "AZERTAC", """date 2028-07-11
Prezident Teymur Səlimov Özbəkistanın Baş nazirini qəbul edib

Bakı, 11 iyul, AZERTAC

Azərbaycan Respublikasının Prezidenti Teymur Səlimov iyulun 11-də Özbəkistan Respublikasının Baş naziri Abdulla Nazarovu qəbul edib.

Dövlətimizin başçısı Daşkəndlə Bakının müttəfiqlik sazişindən sonra keçən iki ildə ticarət dövriyyəsinin iki dəfəyə yaxın artdığını xatırladıb. Görüşdə Naxçıvan ilə Özbəkistan arasında birbaşa aviareyslərin açılması da müzakirə olunub. Abdulla Nazarov Özbəkistan Prezidentinin səmimi salamlarını çatdırıb, Qarabağda özbək şirkətlərinin tikdiyi məktəbin tezliklə istifadəyə veriləcəyini diqqətə çatdırıb.

Həmin gün Baş nazir Nicat Ələsgərli özbək həmkarı ilə danışıqlar aparıb; danışıqlar əvvəl məhdud, ardınca genişləndirilmiş formatda davam edib. Danışıqların sonunda hökumət başçıları Azərbaycan–Özbəkistan investisiya fondunun kapitalının artırılmasına dair protokolu imzalayıblar.

Qeyd edək ki, Abdulla Nazarovun başçılıq etdiyi hökumət heyəti bazar ertəsi axşam Bakıya gəlib. Ertəsi gün özbək qonağın Ağdama gedərək orada tikilən sənaye parkının ərazisi ilə tanış olacağı gözlənilir.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Abdulla Nazarov", "PER", "baş nazir", "Özbəkistan", ["Abdulla Nazarovu", "Abdulla Nazarov", "Abdulla Nazarovun"]),
 ("Nicat Ələsgərli", "PER", "baş nazir", "Azərbaycan", ["Nicat Ələsgərli"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistanın", "Özbəkistan Respublikasının", "Özbəkistan"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan Respublikasının", "Azərbaycan"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakının", "Bakıya"]),
 ("Daşkənd", "LOC", None, None, ["Daşkəndlə"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvan"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağda"]),
 ("Ağdam", "LOC", None, None, ["Ağdama"]),
], [
 E("MEET", ["Teymur Səlimov", "Abdulla Nazarov"], None, "2028-07-11", "happened", "Teymur Səlimov iyulun 11-də",
   ["ikitərəfli əməkdaşlıq", "təhsil"], host="Teymur Səlimov", date_text="iyulun 11-də"),
 E("MEET", ["Nicat Ələsgərli", "Abdulla Nazarov"], None, "2028-07-11", "happened", "Həmin gün Baş nazir Nicat",
   ["investisiya"], date_text="Həmin gün"),
 E("SIGN", ["Nicat Ələsgərli", "Abdulla Nazarov"], None, "2028-07-11", "happened", "Danışıqların sonunda hökumət",
   ["investisiya"]),
 E("VISIT", ["Abdulla Nazarov"], "Bakı", "2028-07-10", "happened", "Nazarovun başçılıq etdiyi hökumət",
   ["ikitərəfli əməkdaşlıq"], date_text="bazar ertəsi"),
 E("VISIT", ["Abdulla Nazarov"], "Ağdam", "2028-07-12", "planned", "Ertəsi gün özbək qonağın",
   ["bərpa və yenidənqurma", "sənaye"], date_text="Ertəsi gün"),
])

A("351_selimov_telefon_abenov_gelashvili_apa.txt", "APA", """date 2028-07-20
Teymur Səlimov qazax və gürcü liderləri ilə telefonla danışıb

Prezident Teymur Səlimov dünən Qazaxıstan Prezidenti Nurlan Abenovla telefonla danışıb.

APA-nın Prezidentin mətbuat xidmətinə istinadən yaydığı məlumata əsasən, dövlət başçıları Trans-Xəzər marşrutu ilə daşımaların həcmini, Aktau limanında Azərbaycan terminalının genişləndirilməsini müzakirə ediblər. Söhbətdə Xəzərin səviyyəsinin enməsi ilə bağlı birgə elmi monitorinqin aparılması təklifi də səslənib. Səlimovun iyulun sonuna nəzərdə tutulan Astana səfəri təxirə salınıb. Liderlər bu səfərin sentyabrın ortalarına keçirilməsi barədə razılığa gəliblər.

Bu gün isə Prezident Gürcüstanın Baş naziri Tamaz Gelaşvili ilə telefon danışığı aparıb. Gürcüstan hökumətinin başçısı Səlimovu son günlərdə Qəbələ və İsmayıllı rayonlarında baş vermiş daşqınlarla bağlı dərin hüznlə başsağlığı verib.

Söhbət zamanı Azərbaycan Prezidentinin avqustun 3-də Tbilisidə keçiriləcək Azərbaycan–Gürcüstan biznes forumunda iştirakı da təsdiqlənib. Foruma iki ölkədən üç yüzədək şirkətin qatılacağı gözlənilir.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov", "Səlimovun", "Səlimovu"]),
 ("Nurlan Abenov", "PER", "Prezident", "Qazaxıstan", ["Nurlan Abenovla"]),
 ("Tamaz Gelaşvili", "PER", "baş nazir", "Gürcüstan", ["Tamaz Gelaşvili"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan"]),
 ("Aktau", "LOC", None, None, ["Aktau"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzərin"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Astana", "LOC", None, None, ["Astana"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstanın", "Gürcüstan"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələ"]),
 ("İsmayıllı", "LOC", None, None, ["İsmayıllı"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisidə"]),
], [
 E("CALL", ["Teymur Səlimov", "Nurlan Abenov"], None, "2028-07-19", "happened", "Prezident Teymur Səlimov dünən",
   ["nəqliyyat", "ikitərəfli əməkdaşlıq"], date_text="dünən"),
 E("VISIT", ["Teymur Səlimov"], "Astana", "2028-07", "negated", "Səlimovun iyulun sonuna",
   ["ikitərəfli əməkdaşlıq"], date_text="iyulun sonuna"),
 E("VISIT", ["Teymur Səlimov"], "Astana", "2028-09", "planned", "Liderlər bu səfərin",
   ["ikitərəfli əməkdaşlıq"], date_text="sentyabrın ortalarına"),
 E("CALL", ["Teymur Səlimov", "Tamaz Gelaşvili"], None, "2028-07-20", "happened", "Bu gün isə Prezident Gürcüstanın",
   ["təbii fəlakət", "iqtisadi əməkdaşlıq"], date_text="Bu gün"),
 E("ATTEND", ["Teymur Səlimov"], "Tbilisi", "2028-08-03", "planned", "Söhbət zamanı Azərbaycan Prezidentinin",
   ["iqtisadi əməkdaşlıq"], date_text="avqustun 3-də", event_name="Azərbaycan–Gürcüstan biznes forumu"),
])

A("352_elesgerli_lindholm_ebrd_report.txt", "report.az", """date 2028-08-02
Baş nazir Avropa Yenidənqurma və İnkişaf Bankının vitse-prezidenti ilə görüşüb

Baş nazir Nicat Ələsgərli çərşənbə axşamı Avropa Yenidənqurma və İnkişaf Bankının (AYİB) birinci vitse-prezidenti Katarina Lindholmu qəbul edib.

Report-a Nazirlər Kabinetinin mətbuat xidmətindən bildiriblər ki, görüşdə bankın ölkəmizdəki portfelinin strukturu, bərpa olunan enerji mənbələri və kiçik sahibkarlığın maliyyələşdirilməsi üzrə yeni layihələr müzakirə edilib. Lindholm AYİB-in gələn üç ildə Azərbaycanın özəl sektoruna qoyduğu vəsaiti iki dəfə artırmağa hazır olduğunu deyib. O, həmçinin AYİB-in Bakı ofisinin yaxın aylarda regional mərkəzə çevriləcəyini açıqlayıb.

Həmin gün qonaq Maliyyə naziri Orxan Bədəlovla da görüşüb, yerli valyutada kreditləşmə mexanizmi barədə fikir mübadiləsi aparıb.

Bu gün isə bankın nümayəndə heyəti Lindholmun rəhbərliyi ilə Şuşaya yollanıb. Burada qonaqlar Şuşa şəhəri Dövlət Qoruğunun rəhbərliyi ilə görüşəcəklər.

Nicat Ələsgərlinin payızda Londonda Bankın idarə heyəti ilə görüşməsi gözlənilir.
""", [
 ("Nicat Ələsgərli", "PER", "baş nazir", "Nazirlər Kabineti", ["Nicat Ələsgərli", "Nicat Ələsgərlinin"]),
 ("Katarina Lindholm", "PER", "birinci vitse-prezident", "Avropa Yenidənqurma və İnkişaf Bankı", ["Katarina Lindholmu", "Lindholm", "Lindholmun"]),
 ("Orxan Bədəlov", "PER", "maliyyə naziri", None, ["Orxan Bədəlovla"]),
 ("Avropa Yenidənqurma və İnkişaf Bankı", "ORG", None, None, ["Avropa Yenidənqurma və İnkişaf Bankının", "AYİB", "AYİB-in", "Bankın"]),
 ("Nazirlər Kabineti", "ORG", None, None, ["Nazirlər Kabinetinin"]),
 ("Şuşa şəhəri Dövlət Qoruğu", "ORG", None, None, ["Şuşa şəhəri Dövlət Qoruğunun"]),
 ("Report", "ORG", None, None, ["Report-a"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
 ("Şuşa", "LOC", None, None, ["Şuşaya"]),
 ("London", "LOC", None, None, ["Londonda"]),
], [
 E("MEET", ["Nicat Ələsgərli", "Katarina Lindholm"], None, "2028-08-01", "happened", "Nicat Ələsgərli çərşənbə axşamı",
   ["investisiya", "bərpa olunan enerji", "sahibkarlıq"], host="Nicat Ələsgərli", date_text="çərşənbə axşamı"),
 E("MEET", ["Katarina Lindholm", "Orxan Bədəlov"], None, "2028-08-01", "happened", "Həmin gün qonaq Maliyyə",
   ["maliyyə"], date_text="Həmin gün"),
 E("VISIT", ["Katarina Lindholm"], "Şuşa", "2028-08-02", "happened", "Bu gün isə bankın nümayəndə",
   ["bərpa və yenidənqurma"], date_text="Bu gün"),
 E("MEET", ["Katarina Lindholm", "Şuşa şəhəri Dövlət Qoruğu"], "Şuşa", "2028-08-02", "planned", "Burada qonaqlar Şuşa",
   ["mədəni irs"]),
 E("MEET", ["Nicat Ələsgərli", "Avropa Yenidənqurma və İnkişaf Bankı"], "London", None, "planned", "payızda Londonda",
   ["investisiya"], date_text="payızda"),
])

A("353_selimov_el_harbi_seudiyye_oxu.txt", "oxu.az", """date 2028-08-17
Teymur Səlimov səudiyyəli diplomatla enerji və turizm əlaqələrini müzakirə edib

OXU.AZ | Siyasət | 17 avqust 2028, 10:05

Teymur Səlimov səudiyyəli diplomatla enerji və turizm əlaqələrini müzakirə edib

Azərbaycan Prezidenti Teymur Səlimov dünən Səudiyyə Ərəbistanı Krallığının xarici işlər naziri Xalid əl-Harbini qəbul edib.

Oxu.az-ın Prezidentin rəsmi saytına istinadən yazdığına görə, söhbət zamanı Bakı ilə Ər-Riyad arasında enerji keçidi, ərzaq idxalı və turist mübadiləsi ilə bağlı perspektivlər nəzərdən keçirilib. Qonaq öz ölkəsinin rəhbərliyinin Bakıda ərəb dünyası ilə əməkdaşlığa dair forum keçirmək təşəbbüsünü alqışladığını bildirib.

Həmin gün, Prezidentlə görüşdən əvvəl, əl-Harbi Xarici İşlər Nazirliyində azərbaycanlı həmkarı Ruslan Kazımlı ilə təkbətək görüşüb. Görüşün yekununda xidməti və diplomatik pasportu olan vətəndaşlar üçün viza rejiminin ləğvinə dair sənədi hər iki nazir imzalayıb.

Səudiyyəli diplomatın sabah Qəbələyə gedəcəyi gözlənilir.

Teqlər: Prezident, diplomatiya, Körfəz

Ən çox oxunanlar
Bakıda bu həftə temperatur 38 dərəcəyə qalxacaq
Sumqayıtda üç yeni uşaq bağçası tikilir
Bakı metrosunda qatarların hərəkət qrafiki dəyişir
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Xalid əl-Harbi", "PER", "xarici işlər naziri", "Səudiyyə Ərəbistanı", ["Xalid əl-Harbini", "əl-Harbi"]),
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Xarici İşlər Nazirliyi", ["Ruslan Kazımlı"]),
 ("Oxu.az", "ORG", None, None, ["OXU.AZ", "Oxu.az-ın"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["Xarici İşlər Nazirliyində"]),
 ("Səudiyyə Ərəbistanı", "LOC", None, None, ["Səudiyyə Ərəbistanı Krallığının"]),
 ("Ər-Riyad", "LOC", None, None, ["Ər-Riyad"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakı"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələyə"]),
 ("Körfəz", "LOC", None, None, ["Körfəz"]),
 ("Sumqayıt", "LOC", None, None, ["Sumqayıtda"]),
], [
 E("MEET", ["Teymur Səlimov", "Xalid əl-Harbi"], None, "2028-08-16", "happened", "Teymur Səlimov dünən Səudiyyə",
   ["enerji", "kənd təsərrüfatı", "turizm"], host="Teymur Səlimov", date_text="dünən"),
 E("MEET", ["Xalid əl-Harbi", "Ruslan Kazımlı"], "Xarici İşlər Nazirliyi", "2028-08-16", "happened", "Prezidentlə görüşdən əvvəl, əl-Harbi",
   ["vizadan azadolma"], date_text="Həmin gün"),
 E("SIGN", ["Ruslan Kazımlı", "Xalid əl-Harbi"], "Xarici İşlər Nazirliyi", "2028-08-16", "happened", "Görüşün yekununda xidməti",
   ["vizadan azadolma"]),
 E("VISIT", ["Xalid əl-Harbi"], "Qəbələ", "2028-08-18", "planned", "Səudiyyəli diplomatın sabah",
   ["turizm"], date_text="sabah"),
])
