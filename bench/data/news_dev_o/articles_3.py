A("384_selimov_alimov_videokonfrans_trend.txt", "trend.az", """date 2029-09-04
Teymur Səlimov və Şuhrat Alimov videokonfrans formatında görüşüblər

Prezident Teymur Səlimov bu gün Özbəkistan Prezidenti Şuhrat Alimov ilə videokonfrans formatında görüş keçirib.

Trend-in məlumatına görə, liderlər Azərbaycan–Özbəkistan Ali Dövlətlərarası Şurasının oktyabrda Daşkənddə keçiriləcək ikinci iclasının gündəliyini nəzərdən keçiriblər. Söhbət zamanı Özbəkistanda Azərbaycan sərmayəsi ilə inşa olunan toxuculuq kombinatlarının, Ələtdə özbək tərəfinin payı ilə qurulan logistika mərkəzinin işi də müzakirə edilib.

Videokonfransdan əvvəl iki ölkənin xarici işlər nazirləri Ruslan Kazımlı və Cavlon Raximov telefonla danışaraq iclasda imzalanacaq sənədlərin siyahısını dəqiqləşdiriblər.

Şuranın iclasına Teymur Səlimovla Şuhrat Alimovun birgə sədrlik edəcəyi gözlənilir. Dövlətimizin başçısının oktyabrın 16-da Daşkəndə yollanacağı, səfər çərçivəsində Səmərqənddə də olacağı bildirilir. İclasın yekununda prezidentlərin strateji müttəfiqlik haqqında Birgə Bəyannaməni imzalaması nəzərdə tutulur.

Ötən il iki ölkənin qarşılıqlı ticarəti tarixdə ilk dəfə bir milyard dolları aşmışdı.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov", "Teymur Səlimovla"]),
 ("Şuhrat Alimov", "PER", "Prezident", "Özbəkistan", ["Şuhrat Alimov", "Şuhrat Alimovun"]),
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Azərbaycan", ["Ruslan Kazımlı"]),
 ("Cavlon Raximov", "PER", "xarici işlər naziri", "Özbəkistan", ["Cavlon Raximov"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistan", "Özbəkistanda"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Daşkənd", "LOC", None, None, ["Daşkənddə", "Daşkəndə"]),
 ("Ələt", "LOC", None, None, ["Ələtdə"]),
 ("Səmərqənd", "LOC", None, None, ["Səmərqənddə"]),
], [
 E("CALL", ["Teymur Səlimov", "Şuhrat Alimov"], None, "2029-09-04", "happened", "Prezident Teymur Səlimov bu gün",
   ["ikitərəfli münasibətlər", "investisiyalar", "logistika"], date_text="bu gün"),
 E("CALL", ["Ruslan Kazımlı", "Cavlon Raximov"], None, "2029-09-04", "happened", "Videokonfransdan əvvəl iki",
   ["ikitərəfli münasibətlər"], date_text="Videokonfransdan əvvəl"),
 E("MEET", ["Teymur Səlimov", "Şuhrat Alimov"], "Daşkənd", "2029-10", "planned", "Şuranın iclasına Teymur",
   ["strateji müttəfiqlik"], date_text="oktyabrda"),
 E("VISIT", ["Teymur Səlimov"], "Daşkənd", "2029-10-16", "planned", "Dövlətimizin başçısının oktyabrın 16-da",
   ["strateji müttəfiqlik"], date_text="oktyabrın 16-da"),
 E("VISIT", ["Teymur Səlimov"], "Səmərqənd", None, "planned", "Dövlətimizin başçısının oktyabrın 16-da",
   ["mədəni irs"]),
 E("SIGN", ["Teymur Səlimov", "Şuhrat Alimov"], "Daşkənd", "2029-10", "planned", "İclasın yekununda prezidentlərin",
   ["strateji müttəfiqlik"], date_text="oktyabrda"),
])

A("385_orta_dehliz_yuk_axini_tehlil_report.txt", "report.az", """date 2029-09-12
Orta Dəhliz: yük axını artır, infrastruktur yeni sınaqlarla üzləşir

Transxəzər beynəlxalq nəqliyyat marşrutu ilə daşınan yüklərin həcmi ilin ilk səkkiz ayında ötən ilin eyni dövrü ilə müqayisədə 27 faiz artaraq 6,8 milyon tona çatıb. Bu barədə Report-a "Azərbaycan Dəmir Yolları" QSC-dən məlumat verilib.

Mütəxəssislər artımın əsas səbəbini Çindən Avropaya yola salınan konteyner qatarlarının sayının çoxalmasında görürlər. İqtisadçı ekspert Rauf Mahmudov Report-a açıqlamasında bildirib ki, Ələtdəki Bakı Beynəlxalq Dəniz Ticarət Limanının ötürmə qabiliyyəti hələlik tələbatı ödəyir. "Amma Xəzər dənizində bərə parkının yenilənməsi gecikərsə, iki-üç il ərzində ciddi tıxaclar yarana bilər", – deyə ekspert əlavə edib.

Analitiklər xatırladır ki, may ayında Tbilisidə imzalanmış saziş konteyner daşımalarına vahid tarifin tətbiqinə yol açıb, sənəd iyulun 1-dən qüvvəyə minib. Hazırda Türkiyə və Özbəkistanın da bu mexanizmə qoşulması müzakirə olunur.

Gələn ay Bakıda keçiriləcək Transxəzər Nəqliyyat Forumuna on iki ölkədən nümayəndə heyətlərinin qatılacağı gözlənilir. Tədbirin proqramı və iştirakçıların siyahısı hələ açıqlanmayıb.
""", [
 ("Rauf Mahmudov", "PER", "ekspert", None, ["Rauf Mahmudov"]),
 ("Report", "ORG", None, None, ["Report-a"]),
 ("Azərbaycan Dəmir Yolları", "ORG", None, None, ["Azərbaycan Dəmir Yolları"]),
 ("Çin", "LOC", None, None, ["Çindən"]),
 ("Avropa", "LOC", None, None, ["Avropaya"]),
 ("Ələt", "LOC", None, None, ["Ələtdəki"]),
 ("Bakı Beynəlxalq Dəniz Ticarət Limanı", "LOC", None, None, ["Bakı Beynəlxalq Dəniz Ticarət Limanının"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizində"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisidə"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistanın"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
], [], topics=["nəqliyyat", "tranzit daşımalar", "Orta Dəhliz"])

A("386_selimov_bmt_bas_assambleyasi_nyu_york_apa.txt", "APA", """date 2029-09-26
Teymur Səlimov BMT Baş Assambleyasının kürsüsündən dünyaya müraciət edib

Bazar günü Nyu-Yorka gələn Prezident Teymur Səlimov dünən BMT Baş Assambleyasının 84-cü sessiyasının ümumi debatlarında çıxış edib.

APA-nın xəbərinə görə, dövlətimizin başçısı nitqində iqlim dəyişmələrinin inkişaf etməkdə olan ölkələr üçün yaratdığı təhlükələrdən, Azərbaycanın minatəmizləmə sahəsindəki təcrübəsindən və çoxtərəfli institutların islahatı zərurətindən bəhs edib.

Çıxışdan əvvəl Prezident BMT-nin Baş katibi İnqrid Solheym ilə görüşüb. Solheym Bakıda BMT-nin regional humanitar mərkəzinin açılması təşəbbüsünü dəstəklədiyini bildirib.

Həmin gün Baş Assambleyanın kənarında Teymur Səlimov Yaponiyanın Baş naziri Hideki Sakamoto və İsveçrənin Prezidenti Mariya Ammann ilə ikitərəfli görüşlər keçirib. Görüşlərdə enerji keçidi, Yaponiya şirkətlərinin Qarabağdakı layihələri və İsveçrə banklarının Azərbaycan bazarına marağı müzakirə olunub.

Xarici işlər naziri Ruslan Kazımlı isə sessiyanın kənarında Sinqapurun xarici işlər naziri Devid Tan ilə görüşüb, Uruqvay və Monqolustanın xarici siyasət idarələrinin rəhbərləri ilə də fikir mübadiləsi aparıb.

Bu gün Prezidentin Dünya Bankının prezidenti Robert Kessler ilə görüşməsi gözlənilir. Dövlətimizin başçısı axşam Vətənə qayıdacaq.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("İnqrid Solheym", "PER", "baş katib", "Birləşmiş Millətlər Təşkilatı", ["İnqrid Solheym", "Solheym"]),
 ("Hideki Sakamoto", "PER", "baş nazir", "Yaponiya", ["Hideki Sakamoto"]),
 ("Mariya Ammann", "PER", "Prezident", "İsveçrə", ["Mariya Ammann"]),
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Azərbaycan", ["Ruslan Kazımlı"]),
 ("Devid Tan", "PER", "xarici işlər naziri", "Sinqapur", ["Devid Tan"]),
 ("Robert Kessler", "PER", "prezident", "Dünya Bankı", ["Robert Kessler"]),
 ("BMT Baş Assambleyası", "ORG", None, None, ["BMT Baş Assambleyasının", "Baş Assambleyanın"]),
 ("Birləşmiş Millətlər Təşkilatı", "ORG", None, None, ["BMT-nin"]),
 ("Dünya Bankı", "ORG", None, None, ["Dünya Bankının"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Nyu-York", "LOC", None, None, ["Nyu-Yorka"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın", "Azərbaycan"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Yaponiya", "LOC", None, None, ["Yaponiyanın", "Yaponiya"]),
 ("İsveçrə", "LOC", None, None, ["İsveçrənin", "İsveçrə"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağdakı"]),
 ("Sinqapur", "LOC", None, None, ["Sinqapurun"]),
 ("Uruqvay", "LOC", None, None, ["Uruqvay"]),
 ("Monqolustan", "LOC", None, None, ["Monqolustanın"]),
], [
 E("VISIT", ["Teymur Səlimov"], "Nyu-York", "2029-09-23", "happened", "Bazar günü Nyu-Yorka",
   ["çoxtərəfli diplomatiya"], date_text="Bazar günü"),
 E("ATTEND", ["Teymur Səlimov"], "Nyu-York", "2029-09-25", "happened", "Bazar günü Nyu-Yorka",
   ["iqlim dəyişmələri", "minatəmizləmə", "çoxtərəfli diplomatiya"], date_text="dünən",
   event_name="BMT Baş Assambleyasının 84-cü sessiyası"),
 E("MEET", ["Teymur Səlimov", "İnqrid Solheym"], "Nyu-York", "2029-09-25", "happened", "Çıxışdan əvvəl Prezident",
   ["humanitar əməkdaşlıq"], date_text="Çıxışdan əvvəl"),
 E("MEET", ["Teymur Səlimov", "Hideki Sakamoto"], "Nyu-York", "2029-09-25", "happened", "Həmin gün Baş Assambleyanın",
   ["enerji keçidi", "investisiyalar"], date_text="Həmin gün"),
 E("MEET", ["Teymur Səlimov", "Mariya Ammann"], "Nyu-York", "2029-09-25", "happened", "Həmin gün Baş Assambleyanın",
   ["maliyyə"], date_text="Həmin gün"),
 E("MEET", ["Ruslan Kazımlı", "Devid Tan"], "Nyu-York", None, "happened", "Xarici işlər naziri Ruslan Kazımlı isə",
   ["ikitərəfli münasibətlər"]),
 E("MEET", ["Teymur Səlimov", "Robert Kessler"], None, "2029-09-26", "planned", "Bu gün Prezidentin Dünya",
   ["maliyyə"], date_text="Bu gün"),
])

A("387_sirinzade_nakamura_yaponiya_parlamentarileri_azertac.txt", "AZERTAC", """date 2029-10-03
Yaponiya parlamentinin nümayəndələri Milli Məclisdə olublar

Yaponiya Parlamentinin Nümayəndələr Palatasının deputatı Takeo Nakamuranın rəhbərlik etdiyi heyət bu gün Milli Məclisdə vitse-spiker Rauf Şirinzadə tərəfindən qəbul edilib. Qəbulda Yaponiya ilə parlamentlərarası əlaqələr üzrə işçi qrupuna rəhbərlik edən Nərmin Əlizadə də iştirak edib.

Şirinzadə Tokio ilə Bakı arasında diplomatik əlaqələrin otuz ildən artıq tarixə malik olduğunu xatırladıb, yapon şirkətlərinin ölkəmizin enerji və infrastruktur layihələrindəki iştirakını yüksək qiymətləndirib, AZERTAC xəbər verir. Nakamura isə gələn il Tokioda Azərbaycan mədəniyyəti günlərinin təşkilini təklif edib.

Daha sonra qonaqlar Əlizadə ilə ayrıca görüşərək mədəniyyət günlərinin proqramını ətraflı müzakirə ediblər.

Bazar ertəsi ölkəmizə gələn yapon deputatlar dünən XİN-də nazir müavini Orxan Sadıqlı ilə söhbət edib, axşam isə Heydər Əliyev Mərkəzindəki sərgiyə baş çəkiblər. Cümə günü heyətin Ağdama gedərək bərpa edilmiş Ağdam Cümə məscidini ziyarət etməsi planlaşdırılır. Qonaqlar şənbə günü Tokioya qayıdacaqlar.
""", [
 ("Takeo Nakamura", "PER", "deputat", "Yaponiya Parlamentinin Nümayəndələr Palatası", ["Takeo Nakamuranın", "Nakamura"]),
 ("Rauf Şirinzadə", "PER", "vitse-spiker", "Milli Məclis", ["Rauf Şirinzadə", "Şirinzadə"]),
 ("Nərmin Əlizadə", "PER", "işçi qrupunun rəhbəri", "Milli Məclis", ["Nərmin Əlizadə", "Əlizadə"]),
 ("Orxan Sadıqlı", "PER", "nazir müavini", "Xarici İşlər Nazirliyi", ["Orxan Sadıqlı"]),
 ("Yaponiya Parlamentinin Nümayəndələr Palatası", "ORG", None, None, ["Yaponiya Parlamentinin Nümayəndələr Palatasının"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["XİN-də"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Yaponiya", "LOC", None, None, ["Yaponiya"]),
 ("Tokio", "LOC", None, None, ["Tokio", "Tokioda", "Tokioya"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Heydər Əliyev Mərkəzi", "LOC", None, None, ["Heydər Əliyev Mərkəzindəki"]),
 ("Ağdam", "LOC", None, None, ["Ağdama"]),
 ("Ağdam Cümə məscidi", "LOC", None, None, ["Ağdam Cümə məscidini"]),
], [
 E("MEET", ["Rauf Şirinzadə", "Takeo Nakamura", "Nərmin Əlizadə"], "Milli Məclis", "2029-10-03", "happened",
   "Nakamuranın rəhbərlik etdiyi heyət", ["parlamentlərarası əlaqələr", "enerji", "mədəniyyət"],
   host="Rauf Şirinzadə", date_text="bu gün"),
 E("MEET", ["Nərmin Əlizadə", "Takeo Nakamura"], None, "2029-10-03", "happened", "Daha sonra qonaqlar Əlizadə",
   ["mədəniyyət"], date_text="Daha sonra"),
 E("VISIT", ["Takeo Nakamura"], "Azərbaycan", "2029-10-01", "happened", "Bazar ertəsi ölkəmizə",
   ["parlamentlərarası əlaqələr"], date_text="Bazar ertəsi"),
 E("MEET", ["Takeo Nakamura", "Orxan Sadıqlı"], "Xarici İşlər Nazirliyi", "2029-10-02", "happened",
   "Bazar ertəsi ölkəmizə", ["ikitərəfli münasibətlər"], date_text="dünən"),
 E("VISIT", ["Takeo Nakamura"], "Heydər Əliyev Mərkəzi", "2029-10-02", "happened", "Bazar ertəsi ölkəmizə",
   ["mədəniyyət"], place="Heydər Əliyev Mərkəzi", date_text="dünən"),
 E("VISIT", ["Takeo Nakamura"], "Ağdam", "2029-10-05", "planned", "Cümə günü heyətin",
   ["bərpa işləri"], date_text="Cümə günü"),
 E("VISIT", ["Takeo Nakamura"], "Ağdam Cümə məscidi", "2029-10-05", "planned", "Cümə günü heyətin",
   ["mədəni irs"], place="Ağdam Cümə məscidi", date_text="Cümə günü"),
])

A("388_selimov_tdt_zirvesi_astana_qafqazinfo.txt", "qafqazinfo.az", """date 2029-10-12
Prezident Teymur Səlimov Astanada TDT-nin zirvə görüşündə iştirak edib - Qafqazinfo

Xəbər lenti | Siyasət | İqtisadiyyat | Dünya | Müsahibə | Foto
12 oktyabr 2029 | 09:58
Prezident Teymur Səlimov Astanada TDT-nin zirvə görüşündə iştirak edib

Dünən Astanada Türk Dövlətləri Təşkilatının (TDT) Dövlət Başçıları Şurasının XII Zirvə görüşü keçirilib. Qafqazinfo xəbər verir ki, çərşənbə axşamı Qazaxıstanın paytaxtına gələn Prezident Teymur Səlimov tədbirdə "Türk dünyası: ortaq gələcəyə doğru" mövzusunda çıxış edib.

Zirvədən bir gün əvvəl Qazaxıstan Prezidenti Yerlan Sarsenbayev Azərbaycan Prezidentini Akorda iqamətgahında qəbul etmişdi.

Zirvəni açan Sarsenbayev Türk İnvestisiya Fondunun ilk layihələrinin gələn il maliyyələşdiriləcəyini açıqlayıb. Dövlətimizin başçısı öz çıxışında Xəzər dənizi vasitəsilə türk dövlətlərini birləşdirən nəqliyyat əlaqələrinin genişləndirilməsinə çağırıb.

Zirvə görüşünün kənarında Teymur Səlimov Türkiyə Prezidenti Kerem Akıncıoğlu və Qırğızıstan Prezidenti Nurlan Asanaliyev ilə görüşüb. Dövlətimizin başçısı sammitdə müşahidəçi qismində iştirak edən Macarıstanın Baş naziri Ferens Tot ilə də görüşüb.

Teqlər: TDT, Astana, Teymur Səlimov
Oxşar xəbərlər
Qəbələdə turizm mövsümü uzadılıb
Bakıda beynəlxalq kitab sərgisi açılıb
Qafqazinfo.az © 2029
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Yerlan Sarsenbayev", "PER", "Prezident", "Qazaxıstan", ["Yerlan Sarsenbayev", "Sarsenbayev"]),
 ("Kerem Akıncıoğlu", "PER", "Prezident", "Türkiyə", ["Kerem Akıncıoğlu"]),
 ("Nurlan Asanaliyev", "PER", "Prezident", "Qırğızıstan", ["Nurlan Asanaliyev"]),
 ("Ferens Tot", "PER", "baş nazir", "Macarıstan", ["Ferens Tot"]),
 ("Türk Dövlətləri Təşkilatı", "ORG", None, None, ["TDT-nin", "Türk Dövlətləri Təşkilatının", "TDT"]),
 ("Türk İnvestisiya Fondu", "ORG", None, None, ["Türk İnvestisiya Fondunun"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo", "Qafqazinfo.az"]),
 ("Astana", "LOC", None, None, ["Astanada", "Astana"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstanın", "Qazaxıstan"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Akorda", "LOC", None, None, ["Akorda"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizi"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstan"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstanın"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələdə"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
], [
 E("VISIT", ["Teymur Səlimov"], "Astana", "2029-10-09", "happened", "çərşənbə axşamı Qazaxıstanın",
   ["türk dünyası"], date_text="çərşənbə axşamı"),
 E("ATTEND", ["Teymur Səlimov"], "Astana", "2029-10-11", "happened", "çərşənbə axşamı Qazaxıstanın",
   ["türk dünyası", "nəqliyyat"], date_text="Dünən", event_name="TDT Dövlət Başçıları Şurasının XII Zirvə görüşü"),
 E("MEET", ["Yerlan Sarsenbayev", "Teymur Səlimov"], "Akorda", "2029-10-10", "happened", "Zirvədən bir gün əvvəl",
   ["ikitərəfli münasibətlər"], host="Yerlan Sarsenbayev", date_text="Zirvədən bir gün əvvəl"),
 E("ATTEND", ["Yerlan Sarsenbayev"], "Astana", "2029-10-11", "happened", "Zirvəni açan Sarsenbayev",
   ["investisiyalar", "türk dünyası"], date_text="Dünən", event_name="TDT Dövlət Başçıları Şurasının XII Zirvə görüşü"),
 E("MEET", ["Teymur Səlimov", "Kerem Akıncıoğlu"], "Astana", "2029-10-11", "happened", "Zirvə görüşünün kənarında",
   ["ikitərəfli münasibətlər"]),
 E("MEET", ["Teymur Səlimov", "Nurlan Asanaliyev"], "Astana", "2029-10-11", "happened", "Zirvə görüşünün kənarında",
   ["ikitərəfli münasibətlər"]),
 E("ATTEND", ["Ferens Tot"], "Astana", "2029-10-11", "happened", "sammitdə müşahidəçi qismində",
   ["türk dünyası"], event_name="TDT Dövlət Başçıları Şurasının XII Zirvə görüşü"),
 E("MEET", ["Teymur Səlimov", "Ferens Tot"], "Astana", "2029-10-11", "happened", "sammitdə müşahidəçi qismində",
   ["ikitərəfli münasibətlər"]),
])

A("389_qasimova_gedeon_richter_budapest_oxu.txt", "oxu.az", """date 2029-10-23
Budapeştdə səhiyyə sahəsində iki sənəd imzalanıb

Bazar günü Macarıstana işgüzar səfərə yollanan səhiyyə naziri Elnarə Qasımova dünən Budapeştdə "Gedeon Richter" əczaçılıq şirkətinin rəhbərliyi ilə görüşüb. Görüşün sonunda Səhiyyə Nazirliyi ilə şirkət arasında Azərbaycanda onkoloji dərman preparatlarının istehsalı üzrə müştərək müəssisə yaradılmasına dair anlaşma memorandumu imzalanıb. Sənədi nazir və şirkətin baş direktoru Gabor Horvat imzalayıblar.

Oxu.az-ın məlumatına görə, müəssisənin 2031-ci ildə istifadəyə verilməsi planlaşdırılır.

Bu gün isə Qasımova Macarıstan Daxili İşlər Nazirliyinin səhiyyə üzrə dövlət katibi Katalin Varqa ilə görüşüb, tərəflər tibbi kadrların hazırlanmasına dair iki illik əməkdaşlıq proqramını imzalayıblar. Varqa Macarıstan universitetlərində azərbaycanlı tələbələr üçün təqaüd kvotasının artırılacağını bildirib.

Sabah nazirin Semmelveys Universitetinə baş çəkməsi, orada təhsil alan azərbaycanlı gənclərlə görüşməsi planlaşdırılır. Debresendəki klinik mərkəzlə tanışlıq isə vaxt çatışmazlığı səbəbindən növbəti səfərə saxlanılıb.
""", [
 ("Elnarə Qasımova", "PER", "səhiyyə naziri", "Səhiyyə Nazirliyi", ["Elnarə Qasımova", "Qasımova"]),
 ("Gabor Horvat", "PER", "baş direktor", "Gedeon Richter", ["Gabor Horvat"]),
 ("Katalin Varqa", "PER", "dövlət katibi", "Macarıstan Daxili İşlər Nazirliyi", ["Katalin Varqa", "Varqa"]),
 ("Gedeon Richter", "ORG", None, None, ["Gedeon Richter"]),
 ("Səhiyyə Nazirliyi", "ORG", None, None, ["Səhiyyə Nazirliyi"]),
 ("Macarıstan Daxili İşlər Nazirliyi", "ORG", None, None, ["Macarıstan Daxili İşlər Nazirliyinin"]),
 ("Semmelveys Universiteti", "ORG", None, None, ["Semmelveys Universitetinə"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az-ın"]),
 ("Budapeşt", "LOC", None, None, ["Budapeştdə"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstana", "Macarıstan"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanda"]),
 ("Debresen", "LOC", None, None, ["Debresendəki"]),
], [
 E("VISIT", ["Elnarə Qasımova"], "Macarıstan", "2029-10-21", "happened", "Bazar günü Macarıstana",
   ["səhiyyə"], date_text="Bazar günü"),
 E("MEET", ["Elnarə Qasımova", "Gedeon Richter"], "Budapeşt", "2029-10-22", "happened", "Bazar günü Macarıstana",
   ["əczaçılıq"], date_text="dünən"),
 E("SIGN", ["Elnarə Qasımova", "Gabor Horvat"], "Budapeşt", "2029-10-22", "happened", "Görüşün sonunda Səhiyyə",
   ["əczaçılıq", "onkologiya"], date_text="dünən"),
 E("MEET", ["Elnarə Qasımova", "Katalin Varqa"], None, "2029-10-23", "happened", "Bu gün isə Qasımova",
   ["tibbi kadrlar"], date_text="Bu gün"),
 E("SIGN", ["Elnarə Qasımova", "Katalin Varqa"], None, "2029-10-23", "happened", "Bu gün isə Qasımova",
   ["tibbi kadrlar", "təhsil"], date_text="Bu gün"),
 E("VISIT", ["Elnarə Qasımova"], "Semmelveys Universiteti", "2029-10-24", "planned", "Sabah nazirin Semmelveys",
   ["tibb təhsili"], place="Semmelveys Universiteti", date_text="Sabah"),
 E("VISIT", ["Elnarə Qasımova"], "Debresen", None, "negated", "Debresendəki klinik mərkəzlə",
   ["səhiyyə"]),
])

A("390_sadiqli_pak_conq_min_seul_metbuat.txt", "metbuat.az", """date 2029-11-01
Orxan Sadıqlı Seulda siyasi məsləhətləşmələr aparıb | Metbuat.az

Ana səhifə | Xəbər lenti | Siyasət | Dünya | Foto | Video
01 noyabr 2029 | 14:20
Orxan Sadıqlı Seulda siyasi məsləhətləşmələr aparıb

Xarici işlər nazirinin müavini Orxan Sadıqlı Koreya Respublikasında səfərdədir.

Metbuat.az xəbər verir ki, çərşənbə axşamı Seulda iki ölkənin xarici siyasət qurumları arasında siyasi məsləhətləşmələrin beşinci raundu keçirilib. Koreya tərəfinə xarici işlər nazirinin birinci müavini Pak Conq Min rəhbərlik edib. Tərəflər Koreya şirkətlərinin Qarabağda "ağıllı kənd" layihələrinə qoşulması, yarımkeçirici istehsalı üçün xammal tədarükü məsələlərini müzakirə ediblər.

Məsləhətləşmələrdən bir gün sonra, dünən, Sadıqlı Koreya Milli Assambleyasının Koreya–Azərbaycan parlament dostluq qrupunun sədri Kim Yonq Su ilə görüşüb, Koreya Beynəlxalq Əməkdaşlıq Agentliyinin (KOICA) rəhbərliyi ilə danışıqlar aparıb.

Səfər proqramına əsasən, nazir müavininin bu gün Seuldan Tokioya keçməsi nəzərdə tutulurdu. Lakin yapon tərəfinin xahişi ilə Tokio görüşləri dekabrın əvvəlinə saxlanılıb.

Oxşar xəbərlər
Bakıda Koreya mədəniyyəti günləri başlayıb
Lənkəranda sitrus bağlarının sahəsi genişlənir
Metbuat.az © 2029
""", [
 ("Orxan Sadıqlı", "PER", "xarici işlər nazirinin müavini", "Azərbaycan", ["Orxan Sadıqlı", "Sadıqlı"]),
 ("Pak Conq Min", "PER", "xarici işlər nazirinin birinci müavini", "Koreya Respublikası", ["Pak Conq Min"]),
 ("Kim Yonq Su", "PER", "dostluq qrupunun sədri", "Koreya Milli Assambleyası", ["Kim Yonq Su"]),
 ("Koreya Milli Assambleyası", "ORG", None, None, ["Koreya Milli Assambleyasının"]),
 ("Koreya Beynəlxalq Əməkdaşlıq Agentliyi", "ORG", None, None, ["Koreya Beynəlxalq Əməkdaşlıq Agentliyinin", "KOICA"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az"]),
 ("Seul", "LOC", None, None, ["Seulda", "Seuldan"]),
 ("Koreya Respublikası", "LOC", None, None, ["Koreya Respublikasında", "Koreya"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağda"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Tokio", "LOC", None, None, ["Tokioya", "Tokio"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Lənkəran", "LOC", None, None, ["Lənkəranda"]),
], [
 E("VISIT", ["Orxan Sadıqlı"], "Seul", "2029-10-30", "happened", "Orxan Sadıqlı Koreya Respublikasında",
   ["siyasi məsləhətləşmələr"], date_text="çərşənbə axşamı"),
 E("MEET", ["Orxan Sadıqlı", "Pak Conq Min"], "Seul", "2029-10-30", "happened", "çərşənbə axşamı Seulda",
   ["siyasi məsləhətləşmələr", "bərpa işləri", "texnologiya"], date_text="çərşənbə axşamı"),
 E("MEET", ["Orxan Sadıqlı", "Kim Yonq Su"], "Seul", "2029-10-31", "happened", "Məsləhətləşmələrdən bir gün sonra",
   ["parlamentlərarası əlaqələr"], date_text="dünən"),
 E("MEET", ["Orxan Sadıqlı", "Koreya Beynəlxalq Əməkdaşlıq Agentliyi"], "Seul", "2029-10-31", "happened",
   "Məsləhətləşmələrdən bir gün sonra", ["inkişaf yardımı"], date_text="dünən"),
 E("VISIT", ["Orxan Sadıqlı"], "Tokio", "2029-11-01", "negated", "Səfər proqramına əsasən",
   ["siyasi məsləhətləşmələr"], date_text="bu gün"),
 E("VISIT", ["Orxan Sadıqlı"], "Tokio", "2029-12", "planned", "Lakin yapon tərəfinin",
   ["siyasi məsləhətləşmələr"], date_text="dekabrın əvvəlinə"),
])

A("391_elesgerli_abasidze_kenjebayev_apa.txt", "APA", """date 2029-11-07
Nicat Ələsgərli gürcüstanlı və qazaxıstanlı həmkarları ilə danışıqlar aparıb

Baş nazir Nicat Ələsgərli bu gün Gürcüstanın Baş naziri Davit Abaşidze ilə telefonla danışıb. APA-ya Nazirlər Kabinetindən verilən məlumata görə, hökumət başçıları Azərbaycan–Gürcüstan hökumətlərarası komissiyasının Qəbələdə keçiriləcək növbəti iclasının vaxtını razılaşdırıblar.

Telefon söhbətində Abaşidzenin dekabrın 10-da Bakıya gələrək Ələsgərli ilə təkbətək görüşəcəyi, ertəsi gün isə hər iki hökumət başçısının Qəbələyə yollanacağı bildirilib.

Dünən isə Nicat Ələsgərli Qazaxıstanın Baş naziri Asqar Kenjebayev ilə videokonfrans vasitəsilə görüşüb. Tərəflər Xəzər dənizində bərə parkının genişləndirilməsi, Aktau və Kurık limanlarından Ələtə gələn yüklərin rəqəmsal izlənməsi məsələlərini müzakirə ediblər. Söhbət zamanı Kenjebayev dekabrın 3-də Bakıda keçiriləcək Xəzəryanı ölkələrin hökumət başçılarının görüşünə qatıla bilməyəcəyini bildirib, ölkəsini həmin tədbirdə baş nazirin müavininin təmsil edəcəyini deyib.

Xatırladaq ki, Xəzəryanı ölkələrin hökumət başçılarının sonuncu görüşü iki il əvvəl Aşqabadda keçirilmişdi.
""", [
 ("Nicat Ələsgərli", "PER", "baş nazir", "Nazirlər Kabineti", ["Nicat Ələsgərli", "Ələsgərli"]),
 ("Davit Abaşidze", "PER", "baş nazir", "Gürcüstan", ["Davit Abaşidze", "Abaşidzenin"]),
 ("Asqar Kenjebayev", "PER", "baş nazir", "Qazaxıstan", ["Asqar Kenjebayev", "Kenjebayev"]),
 ("Nazirlər Kabineti", "ORG", None, None, ["Nazirlər Kabinetindən"]),
 ("APA", "ORG", None, None, ["APA-ya"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstanın", "Gürcüstan"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələdə", "Qəbələyə"]),
 ("Bakı", "LOC", None, None, ["Bakıya", "Bakıda"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstanın"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizində"]),
 ("Aktau", "LOC", None, None, ["Aktau"]),
 ("Kurık", "LOC", None, None, ["Kurık"]),
 ("Ələt", "LOC", None, None, ["Ələtə"]),
 ("Aşqabad", "LOC", None, None, ["Aşqabadda"]),
], [
 E("CALL", ["Nicat Ələsgərli", "Davit Abaşidze"], None, "2029-11-07", "happened", "Baş nazir Nicat Ələsgərli bu gün",
   ["hökumətlərarası komissiya"], date_text="bu gün"),
 E("VISIT", ["Davit Abaşidze"], "Bakı", "2029-12-10", "planned", "Telefon söhbətində Abaşidzenin",
   ["ikitərəfli münasibətlər"], date_text="dekabrın 10-da"),
 E("MEET", ["Davit Abaşidze", "Nicat Ələsgərli"], "Bakı", "2029-12-10", "planned", "Telefon söhbətində Abaşidzenin",
   ["ikitərəfli münasibətlər"], date_text="dekabrın 10-da"),
 E("VISIT", ["Davit Abaşidze", "Nicat Ələsgərli"], "Qəbələ", "2029-12-11", "planned", "Telefon söhbətində Abaşidzenin",
   ["hökumətlərarası komissiya"], date_text="ertəsi gün"),
 E("CALL", ["Nicat Ələsgərli", "Asqar Kenjebayev"], None, "2029-11-06", "happened", "Dünən isə Nicat",
   ["nəqliyyat", "Xəzər"], date_text="Dünən"),
 E("ATTEND", ["Asqar Kenjebayev"], "Bakı", "2029-12-03", "negated", "Söhbət zamanı Kenjebayev",
   ["Xəzər"], date_text="dekabrın 3-də", event_name="Xəzəryanı ölkələrin hökumət başçılarının görüşü"),
])
