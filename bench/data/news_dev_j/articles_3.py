A("245_qaraxanli_zelinski_polsa_seymi_trend.txt", "trend.az", """date 2026-11-18
Fuad Qaraxanlı Polşa Seyminin vitse-marşalı ilə görüşüb

Noyabrın 18-də Milli Məclisdə Sədrin birinci müavini Fuad Qaraxanlı Polşa Seyminin vitse-marşalı Tomaş Zelinskini və onu müşayiət edən deputatları qəbul edib.

Trend-ə parlamentin mətbuat xidmətindən verilən məlumata görə, polşalı qonaqlar ölkəmizə noyabrın 16-da gəliblər. Görüşdə Qaraxanlı Varşava ilə Bakı arasında siyasi dialoqun intensivləşdiyini, Polşa şirkətlərinin Ağdam və Laçında su və kanalizasiya şəbəkələrinin bərpasına cəlb olunduğunu qeyd edib.

Tomaş Zelinski Avropa İttifaqında Azərbaycanla münasibətlərin dərinləşdirilməsinin tərəfdarı olduqlarını bildirib. Qonaq Polşa universitetlərində Azərbaycan dili kurslarının açılmasına hazır olduqlarını da söyləyib. Vitse-marşal Seymdə Polşa–Azərbaycan parlament qrupunun yenilənmiş tərkibi ilə gələn ay Bakıya daha bir səfərin planlaşdırıldığını deyib.

Qonaqlar dünən SOCAR-ın rəhbərliyi ilə görüşüb, Heydər Əliyev Mərkəzini ziyarət ediblər. Sabah isə heyət Gəncəyə yola düşəcək, orada Gəncə şəhərinin icra başçısı Vüqar Məmmədovla görüş nəzərdə tutulur.
""", [
 ("Fuad Qaraxanlı", "PER", "sədrin birinci müavini", "Milli Məclis", ["Fuad Qaraxanlı", "Qaraxanlı"]),
 ("Tomaş Zelinski", "PER", "vitse-marşal", "Polşa Seymi", ["Tomaş Zelinskini", "Tomaş Zelinski"]),
 ("Vüqar Məmmədov", "PER", "icra başçısı", None, ["Vüqar Məmmədovla"]),
 ("Polşa Seymi", "ORG", None, None, ["Polşa Seyminin", "Seymdə"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Avropa İttifaqında"]),
 ("Azərbaycan Respublikası Dövlət Neft Şirkəti", "ORG", None, None, ["SOCAR-ın"]),
 ("Trend", "ORG", None, None, ["Trend-ə"]),
 ("Varşava", "LOC", None, None, ["Varşava"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıya"]),
 ("Polşa", "LOC", None, None, ["Polşa"]),
 ("Ağdam", "LOC", None, None, ["Ağdam"]),
 ("Laçın", "LOC", None, None, ["Laçında"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanla", "Azərbaycan"]),
 ("Heydər Əliyev Mərkəzi", "LOC", None, None, ["Heydər Əliyev Mərkəzini"]),
 ("Gəncə", "LOC", None, None, ["Gəncəyə", "Gəncə"]),
], [
 E("MEET", ["Fuad Qaraxanlı", "Tomaş Zelinski"], "Milli Məclis", "2026-11-18", "happened", "Noyabrın 18-də Milli Məclisdə",
   ["bərpa işləri", "parlamentlərarası əlaqələr"], host="Fuad Qaraxanlı", date_text="Noyabrın 18-də"),
 E("VISIT", ["Tomaş Zelinski"], "Azərbaycan", "2026-11-16", "happened", "polşalı qonaqlar ölkəmizə",
   ["parlamentlərarası əlaqələr"], date_text="noyabrın 16-da"),
 E("MEET", ["Tomaş Zelinski", "Azərbaycan Respublikası Dövlət Neft Şirkəti"], None, "2026-11-17", "happened",
   "Qonaqlar dünən SOCAR-ın", ["enerji"], date_text="dünən"),
 E("VISIT", ["Tomaş Zelinski"], "Heydər Əliyev Mərkəzi", "2026-11-17", "happened", "Qonaqlar dünən SOCAR-ın",
   ["mədəniyyət"], place="Heydər Əliyev Mərkəzi", date_text="dünən"),
 E("VISIT", ["Tomaş Zelinski"], "Gəncə", "2026-11-19", "planned", "Sabah isə heyət Gəncəyə",
   ["regional əməkdaşlıq"], date_text="Sabah"),
 E("MEET", ["Tomaş Zelinski", "Vüqar Məmmədov"], "Gəncə", "2026-11-19", "planned", "Sabah isə heyət Gəncəyə",
   ["regional əməkdaşlıq"], date_text="Sabah"),
])

A("246_polsa_seymi_milli_meclisde_modern.txt", None, """date 2026-11-18
Polşa Seyminin vitse-marşalı Milli Məclisdə olub

Noyabrın 18-də Milli Məclisdə Sədrin birinci müavini Fuad Qaraxanlı Polşa Seyminin vitse-marşalı Tomaş Zelinskini və onu müşayiət edən deputatları qəbul edib.

Trend-ə istinadən Modern.az xəbər verir ki, polşalı qonaqlar ölkəmizə noyabrın 16-da gəliblər. Görüşdə Qaraxanlı Varşava ilə Bakı arasında siyasi dialoqun intensivləşdiyini, Polşa şirkətlərinin Ağdam və Laçında su və kanalizasiya şəbəkələrinin bərpasına cəlb olunduğunu qeyd edib.

Tomaş Zelinski Avropa İttifaqında Azərbaycanla münasibətlərin dərinləşdirilməsinin tərəfdarı olduqlarını bildirib. Qonaq Polşa universitetlərində Azərbaycan dili kurslarının açılmasına hazır olduqlarını da söyləyib. Vitse-marşal Seymdəki Polşa–Azərbaycan parlament qrupunun yenilənmiş tərkibinin gələn ay Bakıya daha bir səfər edəcəyini deyib.

Qonaqlar dünən SOCAR-ın rəhbərliyi ilə görüşüb, Heydər Əliyev Mərkəzini ziyarət ediblər. Sabah isə heyət Gəncəyə yola düşəcək, orada Gəncə şəhərinin icra başçısı Vüqar Məmmədovla görüş nəzərdə tutulur.
""", [
 ("Polşa Seymi", "ORG", None, None, ["Polşa Seyminin", "Seymdəki"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə"]),
 ("Fuad Qaraxanlı", "PER", "sədrin birinci müavini", "Milli Məclis", ["Fuad Qaraxanlı", "Qaraxanlı"]),
 ("Tomaş Zelinski", "PER", "vitse-marşal", "Polşa Seymi", ["Tomaş Zelinskini", "Tomaş Zelinski"]),
 ("Vüqar Məmmədov", "PER", "icra başçısı", None, ["Vüqar Məmmədovla"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Avropa İttifaqında"]),
 ("Azərbaycan Respublikası Dövlət Neft Şirkəti", "ORG", None, None, ["SOCAR-ın"]),
 ("Trend", "ORG", None, None, ["Trend-ə"]),
 ("Modern.az", "ORG", None, None, ["Modern.az"]),
 ("Varşava", "LOC", None, None, ["Varşava"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıya"]),
 ("Polşa", "LOC", None, None, ["Polşa"]),
 ("Ağdam", "LOC", None, None, ["Ağdam"]),
 ("Laçın", "LOC", None, None, ["Laçında"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanla", "Azərbaycan"]),
 ("Heydər Əliyev Mərkəzi", "LOC", None, None, ["Heydər Əliyev Mərkəzini"]),
 ("Gəncə", "LOC", None, None, ["Gəncəyə", "Gəncə"]),
], [
 E("MEET", ["Fuad Qaraxanlı", "Tomaş Zelinski"], "Milli Məclis", "2026-11-18", "happened", "Noyabrın 18-də Milli Məclisdə",
   ["bərpa işləri", "parlamentlərarası əlaqələr"], host="Fuad Qaraxanlı", date_text="Noyabrın 18-də",
   same_as="245_qaraxanli_zelinski_polsa_seymi_trend.txt"),
 E("VISIT", ["Tomaş Zelinski"], "Azərbaycan", "2026-11-16", "happened", "polşalı qonaqlar ölkəmizə",
   ["parlamentlərarası əlaqələr"], date_text="noyabrın 16-da", same_as="245_qaraxanli_zelinski_polsa_seymi_trend.txt"),
 E("MEET", ["Tomaş Zelinski", "Azərbaycan Respublikası Dövlət Neft Şirkəti"], None, "2026-11-17", "happened",
   "Qonaqlar dünən SOCAR-ın", ["enerji"], date_text="dünən", same_as="245_qaraxanli_zelinski_polsa_seymi_trend.txt"),
 E("VISIT", ["Tomaş Zelinski"], "Heydər Əliyev Mərkəzi", "2026-11-17", "happened", "Qonaqlar dünən SOCAR-ın",
   ["mədəniyyət"], place="Heydər Əliyev Mərkəzi", date_text="dünən", same_as="245_qaraxanli_zelinski_polsa_seymi_trend.txt"),
 E("VISIT", ["Tomaş Zelinski"], "Gəncə", "2026-11-19", "planned", "Sabah isə heyət Gəncəyə",
   ["regional əməkdaşlıq"], date_text="Sabah", same_as="245_qaraxanli_zelinski_polsa_seymi_trend.txt"),
 E("MEET", ["Tomaş Zelinski", "Vüqar Məmmədov"], "Gəncə", "2026-11-19", "planned", "Sabah isə heyət Gəncəyə",
   ["regional əməkdaşlıq"], date_text="Sabah", same_as="245_qaraxanli_zelinski_polsa_seymi_trend.txt"),
], duplicate_of="245_qaraxanli_zelinski_polsa_seymi_trend.txt")

A("247_seferov_farkas_macar_heyeti_respublika.txt", None, """date 2026-06
Elm və Təhsil Nazirliyində Macarıstan heyəti ilə görüş

İyunun 10-da elm ve təhsil naziri Elvin Səfərov Macarıstanın Mədəniyyət və İnnovasiya Nazirliyinin dövlət katibi Gabor Farkaşın başçılıq etdiyi heyəti qəbul edib. Qonaqlar Bakıya bir gün əvvəl gəliblər.

Görüşdə "Stipendium Hungaricum" proqramı çərçivəsində macar universitetlerində oxuyan azərbaycanlı tələbələrin sayının 250-dən 400-ə çatdırılması, Bakı Dövlət Universitetində macar dili mərkəzinin açılması müzakirə edilib. Nazir Səfərov mühendis kadrların hazırlanmasında Budapeşt Texnologiya və İqtisadiyyat Universitetinin təcrübəsinə böyük maraq olduğunu vurğulayıb.

Görüşün yekununda iki nazirlik arasında 2026–2029-cu illər üçün təhsil sahəsində əmək-
daşlıq proqramı imzalanıb. Sənədə Elvin Səfərov və Gabor Farkaş imza atıblar.

Dövlət katibi ertəsi gün Azərbaycan Texniki Universitetində rektor Rəşid Hüseynzadə ilə görüşüb, universitetin laboratori-
yalarını gəzib. Qonaqların Naxçıvana səfəri də proqramda idi, lakin hava şəraitinə görə reys təxirə salındığından səfər baş tutmayıb.

Macarıstan tərəfi gələn tədris ilində Bakıda macar dili üzrə yay məktəbi təşkil etməyi planlaşdırır.

Gülnar SƏMƏDOVA,
«Respublika»
""", [
 ("Elvin Səfərov", "PER", "elm və təhsil naziri", "Elm və Təhsil Nazirliyi", ["Elvin Səfərov", "Səfərov"]),
 ("Gabor Farkaş", "PER", "dövlət katibi", "Macarıstan Mədəniyyət və İnnovasiya Nazirliyi", ["Gabor Farkaşın", "Gabor Farkaş"]),
 ("Rəşid Hüseynzadə", "PER", "rektor", "Azərbaycan Texniki Universiteti", ["Rəşid Hüseynzadə"]),
 ("Gülnar Səmədova", "PER", None, None, ["Gülnar SƏMƏDOVA"]),
 ("Elm və Təhsil Nazirliyi", "ORG", None, None, ["Elm və Təhsil Nazirliyində"]),
 ("Macarıstan Mədəniyyət və İnnovasiya Nazirliyi", "ORG", None, None, ["Mədəniyyət və İnnovasiya Nazirliyinin"]),
 ("Bakı Dövlət Universiteti", "ORG", None, None, ["Bakı Dövlət Universitetində"]),
 ("Budapeşt Texnologiya və İqtisadiyyat Universiteti", "ORG", None, None, ["Budapeşt Texnologiya və İqtisadiyyat Universitetinin"]),
 ("Azərbaycan Texniki Universiteti", "ORG", None, None, ["Azərbaycan Texniki Universitetində"]),
 ("Respublika", "ORG", None, None, ["Respublika"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstan", "Macarıstanın"]),
 ("Bakı", "LOC", None, None, ["Bakıya", "Bakıda"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvana"]),
], [
 E("MEET", ["Elvin Səfərov", "Gabor Farkaş"], "Elm və Təhsil Nazirliyi", "2026-06-10", "happened", "İyunun 10-da elm ve",
   ["təhsil", "tələbə mübadiləsi"], host="Elvin Səfərov", date_text="İyunun 10-da"),
 E("VISIT", ["Gabor Farkaş"], "Bakı", "2026-06-09", "happened", "Qonaqlar Bakıya bir gün",
   ["təhsil"], date_text="bir gün əvvəl"),
 E("SIGN", ["Elvin Səfərov", "Gabor Farkaş"], "Elm və Təhsil Nazirliyi", "2026-06-10", "happened", "Görüşün yekununda iki nazirlik",
   ["təhsil"]),
 E("MEET", ["Gabor Farkaş", "Rəşid Hüseynzadə"], "Azərbaycan Texniki Universiteti", "2026-06-11", "happened",
   "Dövlət katibi ertəsi gün", ["mühəndis təhsili"], date_text="ertəsi gün"),
 E("VISIT", ["Gabor Farkaş"], "Naxçıvan", None, "negated", "Qonaqların Naxçıvana səfəri",
   ["təhsil"]),
])

A("248_kazimli_asqabad_dusenbe_apa.txt", "APA", """date 2026-09-17
Ruslan Kazımlı Aşqabaddan sonra Düşənbəyə yollanıb

Xarici işlər naziri Ruslan Kazımlı Mərkəzi Asiyaya regional turu çərçivəsində bu gün Tacikistana gəlib. Düşənbə hava limanında onu Tacikistanın xarici işlər nazirinin birinci müavini Farrux Şarifzoda qarşılayıb.

APA-nın diplomatik mənbələrdən əldə etdiyi məlumata görə, Kazımlının sabah tacik həmkarı Sirojiddin Mahmadaliyev ilə danışıqlar aparması, daha sonra Prezident Davlat Nazarzoda tərəfindən qəbul olunması gözlənilir.

Nazir səfərinin ilk mərhələsini Türkmənistanda keçirib. Sentyabrın 15-də Aşqabada gələn Kazımlı həmin gün Türkmənistanın Nazirlər Kabineti sədrinin müavini, xarici işlər naziri Məmməd Orazov ilə siyasi məsləhətləşmələr aparıb, Türkmənbaşı limanından Ələtə bərə reyslərinin sayının artırılmasını müzakirə edib. Çərşənbə günü nazirlər diplomatik pasport sahiblərinin vizadan azad edilməsinə dair sazişi imzalayıblar.

Regional turun son dayanacağı Qırğızıstan olmalı idi. Lakin Bişkekdə hökumət dəyişikliyi ilə əlaqədar bu səfər dekabra keçirilib. Yeni tarix bazar günü Kazımlının qırğız həmkarı Cenişbek Asanaliyevlə telefon danışığında razılaşdırılıb.
""", [
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", None, ["Ruslan Kazımlı", "Kazımlının", "Kazımlı"]),
 ("Farrux Şarifzoda", "PER", "xarici işlər nazirinin birinci müavini", "Tacikistan", ["Farrux Şarifzoda"]),
 ("Sirojiddin Mahmadaliyev", "PER", "xarici işlər naziri", "Tacikistan", ["Sirojiddin Mahmadaliyev"]),
 ("Davlat Nazarzoda", "PER", "Prezident", "Tacikistan", ["Davlat Nazarzoda"]),
 ("Məmməd Orazov", "PER", "xarici işlər naziri", "Türkmənistan", ["Məmməd Orazov"]),
 ("Cenişbek Asanaliyev", "PER", "xarici işlər naziri", "Qırğızıstan", ["Cenişbek Asanaliyevlə"]),
 ("Türkmənistan Nazirlər Kabineti", "ORG", None, None, ["Nazirlər Kabineti"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Aşqabad", "LOC", None, None, ["Aşqabaddan", "Aşqabada"]),
 ("Düşənbə", "LOC", None, None, ["Düşənbəyə", "Düşənbə"]),
 ("Mərkəzi Asiya", "LOC", None, None, ["Mərkəzi Asiyaya"]),
 ("Tacikistan", "LOC", None, None, ["Tacikistana", "Tacikistanın"]),
 ("Türkmənistan", "LOC", None, None, ["Türkmənistanda", "Türkmənistanın"]),
 ("Türkmənbaşı", "LOC", None, None, ["Türkmənbaşı"]),
 ("Ələt", "LOC", None, None, ["Ələtə"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstan"]),
 ("Bişkek", "LOC", None, None, ["Bişkekdə"]),
], [
 E("VISIT", ["Ruslan Kazımlı"], "Düşənbə", "2026-09-17", "happened", "Xarici işlər naziri Ruslan Kazımlı",
   ["regional əməkdaşlıq"], date_text="bu gün"),
 E("MEET", ["Farrux Şarifzoda", "Ruslan Kazımlı"], "Düşənbə", "2026-09-17", "happened", "Düşənbə hava limanında",
   ["ikitərəfli münasibətlər"], host="Farrux Şarifzoda"),
 E("MEET", ["Ruslan Kazımlı", "Sirojiddin Mahmadaliyev"], None, "2026-09-18", "planned", "Kazımlının sabah tacik",
   ["ikitərəfli münasibətlər"], date_text="sabah"),
 E("MEET", ["Davlat Nazarzoda", "Ruslan Kazımlı"], None, "2026-09-18", "planned", "Kazımlının sabah tacik",
   ["ikitərəfli münasibətlər"], host="Davlat Nazarzoda", date_text="sabah"),
 E("VISIT", ["Ruslan Kazımlı"], "Aşqabad", "2026-09-15", "happened", "Nazir səfərinin ilk mərhələsini",
   ["regional əməkdaşlıq"], date_text="Sentyabrın 15-də"),
 E("MEET", ["Ruslan Kazımlı", "Məmməd Orazov"], "Aşqabad", "2026-09-15", "happened", "Sentyabrın 15-də Aşqabada",
   ["nəqliyyat", "siyasi məsləhətləşmələr"], date_text="həmin gün"),
 E("SIGN", ["Ruslan Kazımlı", "Məmməd Orazov"], "Aşqabad", "2026-09-16", "happened", "Çərşənbə günü nazirlər",
   ["vizasız rejim"], date_text="Çərşənbə günü"),
 E("VISIT", ["Ruslan Kazımlı"], "Qırğızıstan", None, "negated", "Regional turun son dayanacağı",
   ["regional əməkdaşlıq"]),
 E("VISIT", ["Ruslan Kazımlı"], "Qırğızıstan", "2026-12", "planned", "Lakin Bişkekdə hökumət",
   ["regional əməkdaşlıq"], date_text="dekabra"),
 E("CALL", ["Ruslan Kazımlı", "Cenişbek Asanaliyev"], None, "2026-09-13", "happened", "Yeni tarix bazar günü",
   ["regional əməkdaşlıq"], date_text="bazar günü"),
])

A("249_hesenbeyova_italiya_roma_milan_report.txt", "report.az", """date 2026-06-23
Ləman Həsənbəyova İtaliyada: Romadan sonra Milan

Milli Məclisin Sədri Ləman Həsənbəyovanın başçılıq etdiyi nümayəndə heyəti iyunun 21-dən İtaliyada rəsmi səfərdədir.

Report-un Roma müxbiri xəbər verir ki, dünən Madama sarayında Spiker İtaliya Senatının sədri Culiya Santoro ilə görüşüb. Görüşdə İtaliyanın Azərbaycan neftinin ən böyük alıcısı olaraq qaldığı, Trans-Adriatik boru kəməri ilə qaz nəqlinin artırılması, Milli Məclislə Senat arasında əməkdaşlıq memorandumunun yenilənməsi müzakirə olunub. Həmin gün Ləman Həsənbəyova Deputatlar Palatasının sədri Lorentso Farina ilə də görüşüb.

Bu gün Həsənbəyova Milana yollanıb. Burada o, Lombardiya Regional Şurasının sədri Stefano Kolombo ilə görüşəcək, İtaliya–Azərbaycan biznes dairələrinin nümayəndələri ilə işgüzar nahar edəcək.

Səfər proqramında Florensiyadakı Avropa Universitet İnstitutunda mühazirə də var idi. Lakin Milli Məclisin növbədənkənar sessiyasının tarixi dəyişdiyindən spikerin Florensiyaya getməsi ləğv edilib. Heyət cümə axşamı Bakıya qayıdacaq.
""", [
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis", ["Ləman Həsənbəyova", "Ləman Həsənbəyovanın", "Həsənbəyova"]),
 ("Culiya Santoro", "PER", "sədr", "İtaliya Senatı", ["Culiya Santoro"]),
 ("Lorentso Farina", "PER", "sədr", "İtaliya Deputatlar Palatası", ["Lorentso Farina"]),
 ("Stefano Kolombo", "PER", "sədr", "Lombardiya Regional Şurası", ["Stefano Kolombo"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin", "Milli Məclislə"]),
 ("İtaliya Senatı", "ORG", None, None, ["İtaliya Senatının", "Senat"]),
 ("İtaliya Deputatlar Palatası", "ORG", None, None, ["Deputatlar Palatasının"]),
 ("Lombardiya Regional Şurası", "ORG", None, None, ["Lombardiya Regional Şurasının"]),
 ("Avropa Universitet İnstitutu", "ORG", None, None, ["Avropa Universitet İnstitutunda"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("İtaliya", "LOC", None, None, ["İtaliyada", "İtaliyanın", "İtaliya"]),
 ("Roma", "LOC", None, None, ["Romadan", "Roma"]),
 ("Milan", "LOC", None, None, ["Milan", "Milana"]),
 ("Madama sarayı", "LOC", None, None, ["Madama sarayında"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Florensiya", "LOC", None, None, ["Florensiyadakı", "Florensiyaya"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
], [
 E("VISIT", ["Ləman Həsənbəyova"], "İtaliya", "2026-06-21", "happened", "Milli Məclisin Sədri Ləman Həsənbəyovanın",
   ["parlamentlərarası əlaqələr"], date_text="iyunun 21-dən"),
 E("MEET", ["Ləman Həsənbəyova", "Culiya Santoro"], "Madama sarayı", "2026-06-22", "happened", "dünən Madama sarayında",
   ["enerji", "qaz nəqli", "parlamentlərarası əlaqələr"], date_text="dünən"),
 E("MEET", ["Ləman Həsənbəyova", "Lorentso Farina"], None, "2026-06-22", "happened", "Həmin gün Ləman Həsənbəyova",
   ["parlamentlərarası əlaqələr"], date_text="Həmin gün"),
 E("VISIT", ["Ləman Həsənbəyova"], "Milan", "2026-06-23", "happened", "Bu gün Həsənbəyova Milana",
   ["iqtisadi əməkdaşlıq"], date_text="Bu gün"),
 E("MEET", ["Ləman Həsənbəyova", "Stefano Kolombo"], "Milan", "2026-06-23", "planned", "Burada o, Lombardiya",
   ["regional əməkdaşlıq"], date_text="Bu gün"),
 E("VISIT", ["Ləman Həsənbəyova"], "Florensiya", None, "negated", "Səfər proqramında Florensiyadakı",
   ["təhsil"]),
])

A("250_shirinzade_berlin_munhen_oxu.txt", "oxu.az", """date 2026-11-25
Rauf Şirinzadə Berlində Bundestaqın vitse-prezidenti ilə görüşüb | Oxu.az

OXU.AZ
Son dəqiqə | Siyasət | Ekonomika | Cəmiyyət | Dünya | Texnologiya
25 noyabr 2026 · 12:48
Rauf Şirinzadə Berlində Bundestaqın vitse-prezidenti ilə görüşüb

Milli Məclis Sədrinin müavini Rauf Şirinzadə noyabrın 23-dən Almaniya Federativ Respublikasında işgüzar səfərdədir.

Oxu.az-ın məlumatına görə, bazar ertəsi Berlində Şirinzadə ilə Almaniya Bundestaqının vitse-prezidenti Klaus Vebber arasında görüş keçirilib. Söhbət zamanı alman şirkətlərinin Azərbaycanda yaşıl hidrogen istehsalına marağı, peşə təhsili sahəsində birgə layihələr müzakirə olunub. Sonra qonaq Bundestaqın Almaniya–Cənubi Qafqaz parlament qrupunun sədri Petra Hoffmanla görüşüb.

Dünən Münhenə gedən Şirinzadə Bavariya Landtaqının sədri Martina Kellner tərəfindən qəbul olunub.

Səfərin Hamburqda yekunlaşması da nəzərdə tutulurdu. Lakin sabah Bakıda Milli Məclisin plenar iclası keçiriləcəyindən bu hissə proqramdan çıxarılıb və Rauf Şirinzadə bu axşam Vətənə qayıdır.

Teqlər: Almaniya, Rauf Şirinzadə
Bölməyə aid digər xəbərlər
Şabranda yeni körpü tikilir
Balakəndə qar yağıb
© OXU.AZ 2026
""", [
 ("Rauf Şirinzadə", "PER", "sədr müavini", "Milli Məclis", ["Rauf Şirinzadə", "Şirinzadə"]),
 ("Klaus Vebber", "PER", "vitse-prezident", "Almaniya Bundestaqı", ["Klaus Vebber"]),
 ("Petra Hoffman", "PER", "parlament qrupunun sədri", "Almaniya Bundestaqı", ["Petra Hoffmanla"]),
 ("Martina Kellner", "PER", "sədr", "Bavariya Landtaqı", ["Martina Kellner"]),
 ("Almaniya Bundestaqı", "ORG", None, None, ["Bundestaqın", "Almaniya Bundestaqının"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclis", "Milli Məclisin"]),
 ("Bavariya Landtaqı", "ORG", None, None, ["Bavariya Landtaqının"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az", "OXU.AZ", "Oxu.az-ın"]),
 ("Berlin", "LOC", None, None, ["Berlində"]),
 ("Almaniya", "LOC", None, None, ["Almaniya Federativ Respublikasında", "Almaniya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanda"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqaz"]),
 ("Münhen", "LOC", None, None, ["Münhenə"]),
 ("Hamburq", "LOC", None, None, ["Hamburqda"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Şabran", "LOC", None, None, ["Şabranda"]),
 ("Balakən", "LOC", None, None, ["Balakəndə"]),
], [
 E("VISIT", ["Rauf Şirinzadə"], "Almaniya", "2026-11-23", "happened", "Milli Məclis Sədrinin müavini Rauf",
   ["parlamentlərarası əlaqələr"], date_text="noyabrın 23-dən"),
 E("MEET", ["Rauf Şirinzadə", "Klaus Vebber"], "Berlin", "2026-11-23", "happened", "bazar ertəsi Berlində",
   ["yaşıl hidrogen", "peşə təhsili"], date_text="bazar ertəsi"),
 E("MEET", ["Rauf Şirinzadə", "Petra Hoffman"], "Berlin", "2026-11-23", "happened", "Sonra qonaq Bundestaqın",
   ["parlamentlərarası əlaqələr"], date_text="bazar ertəsi"),
 E("VISIT", ["Rauf Şirinzadə"], "Münhen", "2026-11-24", "happened", "Dünən Münhenə gedən",
   ["regional əməkdaşlıq"], date_text="Dünən"),
 E("MEET", ["Martina Kellner", "Rauf Şirinzadə"], "Münhen", "2026-11-24", "happened", "Dünən Münhenə gedən",
   ["regional əməkdaşlıq"], host="Martina Kellner", date_text="Dünən"),
 E("VISIT", ["Rauf Şirinzadə"], "Hamburq", None, "negated", "Səfərin Hamburqda yekunlaşması",
   ["parlamentlərarası əlaqələr"]),
])
