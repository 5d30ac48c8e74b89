A("231_qaraxanli_turkpa_surasi_turkistan.txt", "report.az", """date 2026-04-16
Fuad Qaraxanlı TÜRKPA Şurasının Türkistandakı iclasında çıxış edib

Aprelin 14–15-də Qazaxıstanın qədim Türkistan şəhəri Türk Dövlətlərinin Parlament Assambleyası (TÜRKPA) Şurasının növbəti iclasına ev sahibliyi edib. Milli Məclisdən gələn heyətin başında Sədrin birinci müavini Fuad Qaraxanlı dayanırdı. Heyət aprelin 13-də Türkistana gəlib.

Report xəbər verir ki, iclası Qazaxıstan Parlamenti Məclisinin sədri Marat Jumabekov açaraq qonaqları salamlayıb. İclasın ikinci günü söz alan Qaraxanlı üzv ölkələrin elektron ticarət qanunvericiliyinin yaxınlaşdırılmasını, Orta Dəhliz üzərindəki sərhəd-keçid məntəqələrində rəqəmsal növbə sisteminin tətbiqini təklif edib.

Tədbirin kənarında Azərbaycan nümayəndə heyətinin rəhbəri Qırğızıstan Jogorku Keneşinin Torağası Almazbek Toktosunovla görüşüb. Həmsöhbətlər Bişkekdə açılması planlaşdırılan Azərbaycan mədəniyyət evi, dostluq qruplarının birgə tədbirləri barədə danışıblar.

Bu gün isə heyət Xoca Əhməd Yəsəvi türbəsini ziyarət edib.

TÜRKPA-nın Baş katibi Ceyhun Məmmədzadə jurnalistlərə açıqlamasında Assambleyanın növbəti plenar sessiyasının dekabrda Bakıda keçiriləcəyini deyib. Sessiyaya TBMM Sədri Kamil Yücelsoyun qatılacağı gözlənilir.
""", [
 ("Fuad Qaraxanlı", "PER", "sədrin birinci müavini", "Milli Məclis", ["Fuad Qaraxanlı", "Qaraxanlı"]),
 ("Marat Jumabekov", "PER", "sədr", "Qazaxıstan Parlamentinin Məclisi", ["Marat Jumabekov"]),
 ("Almazbek Toktosunov", "PER", "torağa", "Qırğızıstan Jogorku Keneşi", ["Almazbek Toktosunovla"]),
 ("Ceyhun Məmmədzadə", "PER", "baş katib", "TÜRKPA", ["Ceyhun Məmmədzadə"]),
 ("Kamil Yücelsoy", "PER", "sədr", "Türkiyə Böyük Millət Məclisi", ["Kamil Yücelsoyun"]),
 ("TÜRKPA", "ORG", None, None, ["TÜRKPA", "Türk Dövlətlərinin Parlament Assambleyası", "TÜRKPA-nın", "Assambleyanın"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdən"]),
 ("Qazaxıstan Parlamentinin Məclisi", "ORG", None, None, ["Qazaxıstan Parlamenti Məclisinin"]),
 ("Qırğızıstan Jogorku Keneşi", "ORG", None, None, ["Qırğızıstan Jogorku Keneşinin"]),
 ("Türkiyə Böyük Millət Məclisi", "ORG", None, None, ["TBMM"]),
 ("Report", "ORG", None, None, ["Report"]),
 ("Türkistan", "LOC", None, None, ["Türkistandakı", "Türkistan", "Türkistana"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Bişkek", "LOC", None, None, ["Bişkekdə"]),
 ("Xoca Əhməd Yəsəvi türbəsi", "LOC", None, None, ["Xoca Əhməd Yəsəvi türbəsini"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
], [
 E("ATTEND", ["Fuad Qaraxanlı"], "Türkistan", "2026-04-14", "happened", "Milli Məclisdən gələn heyətin başında",
   ["parlamentlərarası əlaqələr", "elektron ticarət", "nəqliyyat"], date_text="Aprelin 14–15-də",
   event_name="TÜRKPA Şurasının iclası"),
 E("VISIT", ["Fuad Qaraxanlı"], "Türkistan", "2026-04-13", "happened", "Heyət aprelin 13-də",
   ["parlamentlərarası əlaqələr"], date_text="aprelin 13-də"),
 E("ATTEND", ["Marat Jumabekov"], "Türkistan", "2026-04-14", "happened", "iclası Qazaxıstan Parlamenti Məclisinin",
   ["parlamentlərarası əlaqələr"], event_name="TÜRKPA Şurasının iclası"),
 E("MEET", ["Fuad Qaraxanlı", "Almazbek Toktosunov"], "Türkistan", None, "happened", "Tədbirin kənarında Azərbaycan",
   ["mədəniyyət", "parlamentlərarası əlaqələr"]),
 E("VISIT", ["Fuad Qaraxanlı"], "Xoca Əhməd Yəsəvi türbəsi", "2026-04-16", "happened", "Bu gün isə heyət",
   ["mədəni irs"], place="Xoca Əhməd Yəsəvi türbəsi", date_text="Bu gün"),
 E("ATTEND", ["Kamil Yücelsoy"], "Bakı", "2026-12", "planned", "Sessiyaya TBMM Sədri",
   ["parlamentlərarası əlaqələr"], date_text="dekabrda", event_name="TÜRKPA-nın plenar sessiyası"),
])

A("232_bagirli_atet_pa_qis_toplantisi.txt", "trend.az", """date 2026-02-20
Aynur Bağırlı ATƏT PA-nın Vyanadakı qış toplantısında iştirak edir

Fevralın 19-da Vyanada ATƏT Parlament Assambleyasının ənənəvi qış toplantısı işə başlayıb. Toplantıya qatılan Milli Məclis nümayəndə heyətinə Sədr müavini Aynur Bağırlı rəhbərlik edir.

Trend-in məlumatına görə, birinci gün Siyasi məsələlər və təhlükəsizlik üzrə Baş komitənin müzakirələrində çıxış edən Bağırlı Cənubi Qafqazda sülh gündəliyinin yeni mərhələyə qədəm qoyduğunu, minalardan təmizləmə işlərinin isə hələ də böyük vəsait tələb etdiyini diqqətə çatdırıb.

Toplantının kənarında Azərbaycan heyətinin başçısı Assambleyanın prezidenti Pia Lindqvist ilə söhbət edib. Lindqvist yayda Bakıya səfər etmək niyyətində olduğunu bildirib.

Heyətin Finlandiya Parlamentinin Xarici işlər komitəsinin sədri Eero Virtanen ilə görüşü də proqrama salınmışdı. Lakin Virtanen xəstələndiyi üçün Vyanaya gələ bilməyib və görüş baş tutmayıb.

Bu gün toplantının ikinci günüdür: Azərbaycan deputatları Demokratiya, insan hüquqları və humanitar məsələlər üzrə Komitənin iclasını izləyirlər. Bağırlının sabah Avstriya Milli Şurasının sədr müavini Lukas Hofbauerlə görüşü nəzərdə tutulur.
""", [
 ("Aynur Bağırlı", "PER", "sədr müavini", "Milli Məclis", ["Aynur Bağırlı", "Bağırlı", "Bağırlının"]),
 ("Pia Lindqvist", "PER", "prezident", "ATƏT Parlament Assambleyası", ["Pia Lindqvist", "Lindqvist"]),
 ("Eero Virtanen", "PER", "komitə sədri", "Finlandiya Parlamenti", ["Eero Virtanen", "Virtanen"]),
 ("Lukas Hofbauer", "PER", "sədr müavini", "Avstriya Milli Şurası", ["Lukas Hofbauerlə"]),
 ("ATƏT Parlament Assambleyası", "ORG", None, None, ["ATƏT PA-nın", "ATƏT Parlament Assambleyasının", "Assambleyanın"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclis"]),
 ("Siyasi məsələlər və təhlükəsizlik üzrə Baş komitə", "ORG", None, None, ["Siyasi məsələlər və təhlükəsizlik üzrə Baş komitənin"]),
 ("Finlandiya Parlamenti", "ORG", None, None, ["Finlandiya Parlamentinin"]),
 ("Xarici işlər komitəsi", "ORG", None, None, ["Xarici işlər komitəsinin"]),
 ("Demokratiya, insan hüquqları və humanitar məsələlər üzrə Komitə", "ORG", None, None, ["Demokratiya, insan hüquqları və humanitar məsələlər üzrə Komitənin"]),
 ("Avstriya Milli Şurası", "ORG", None, None, ["Avstriya Milli Şurasının"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Vyana", "LOC", None, None, ["Vyanadakı", "Vyanada", "Vyanaya"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqazda"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
], [
 E("ATTEND", ["Aynur Bağırlı"], "Vyana", "2026-02-19", "happened", "Toplantıya qatılan Milli Məclis",
   ["təhlükəsizlik", "minalardan təmizləmə"], date_text="Fevralın 19-da", event_name="ATƏT PA-nın qış toplantısı"),
 E("MEET", ["Aynur Bağırlı", "Pia Lindqvist"], "Vyana", None, "happened", "Toplantının kənarında Azərbaycan",
   ["parlamentlərarası əlaqələr"]),
 E("VISIT", ["Pia Lindqvist"], "Bakı", None, "planned", "Lindqvist yayda Bakıya",
   ["parlamentlərarası əlaqələr"], date_text="yayda"),
 E("MEET", ["Aynur Bağırlı", "Eero Virtanen"], "Vyana", None, "negated", "Heyətin Finlandiya Parlamentinin",
   ["parlamentlərarası əlaqələr"]),
 E("VISIT", ["Eero Virtanen"], "Vyana", None, "negated", "Lakin Virtanen xəstələndiyi",
   ["parlamentlərarası əlaqələr"]),
 E("MEET", ["Aynur Bağırlı", "Lukas Hofbauer"], "Vyana", "2026-02-21", "planned", "Bağırlının sabah Avstriya",
   ["parlamentlərarası əlaqələr"], date_text="sabah"),
])

A("233_hesenbeyova_pai_cenevre_xalq_qezeti.txt", None, """date 2026-10
Cenevrədə PAİ-nin payız Assambleyası: Milli Məclisin Sədri çıxış edib

Oktyabrın 18-dən 22-dək Cenevrədə Parlamentlərarası İttifaqın (PAİ) 153-cü Assambleyası keçirilir. Forumda Milli Məclisin nümayəndə heyətini Sədr Ləman Həsənbəyova təmsil edir. Heyətin tərkibinə deputatlar Samir Əlizadə və Günay Rzayeva da daxildir.

Assambleyanın ikinci günü ümumi müzakirələrdə söz alan Ləman Həsənbəyova iqlim dəyişmələrinin parlamentlərin gündəliyindeki yerindən danışıb, Bakıda keçirilmiş COP29-un irsinin qorunmasına çağırıb. Həmin gün sessiyanın kənarında Sədr İttifaqın Baş katibi Rafael Duarte Brito ilə görüşüb. Görüş zamanı gələn il PAİ-nin regional seminarının Bakıda təşkili məsələsi muzakirə olunub.

Ertəsi gün Ləman Həsənbəyova İndoneziya Xalq Nümayəndələri Şurasının sədri Siti Rahmayani ilə ikitərəfli görüş keçirib. Həmsöhbətlər halal sənaye və islam maliyyəsi sahəsində qanunvericilik təcrübəsinin mübadiləsini vacib sayıblar.

Deputat Günay Rzayeva isə Gənc parlamentarilər forumunun iclasında iştirak edərək rəqəmsal savadlılıq mövzusunda məruzə ilə çı-
xış edib.

Assambleyanın yekun günü heyətin İsveçrə Federal Məclisinin rəhbərliyi ilə görüşməsi planlaşdırılır.

Rəşad ORUCOV,
«Xalq qəzeti»
""", [
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis", ["Ləman Həsənbəyova"]),
 ("Samir Əlizadə", "PER", "deputat", "Milli Məclis", ["Samir Əlizadə"]),
 ("Günay Rzayeva", "PER", "deputat", "Milli Məclis", ["Günay Rzayeva"]),
 ("Rafael Duarte Brito", "PER", "baş katib", "Parlamentlərarası İttifaq", ["Rafael Duarte Brito"]),
 ("Siti Rahmayani", "PER", "sədr", "İndoneziya Xalq Nümayəndələri Şurası", ["Siti Rahmayani"]),
 ("Rəşad Orucov", "PER", None, None, ["Rəşad ORUCOV"]),
 ("Parlamentlərarası İttifaq", "ORG", None, None, ["PAİ-nin", "Parlamentlərarası İttifaqın", "PAİ", "İttifaqın"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("İndoneziya Xalq Nümayəndələri Şurası", "ORG", None, None, ["İndoneziya Xalq Nümayəndələri Şurasının"]),
 ("İsveçrə Federal Məclisi", "ORG", None, None, ["İsveçrə Federal Məclisinin"]),
 ("Xalq qəzeti", "ORG", None, None, ["Xalq qəzeti"]),
 ("Cenevrə", "LOC", None, None, ["Cenevrədə"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
], [
 E("ATTEND", ["Ləman Həsənbəyova"], "Cenevrə", "2026-10-18", "happened", "Forumda Milli Məclisin nümayəndə",
   ["iqlim dəyişmələri", "parlamentlərarası əlaqələr"], date_text="Oktyabrın 18-dən 22-dək",
   event_name="PAİ-nin 153-cü Assambleyası"),
 E("MEET", ["Ləman Həsənbəyova", "Rafael Duarte Brito"], "Cenevrə", "2026-10-19", "happened", "Həmin gün sessiyanın kənarında",
   ["parlamentlərarası əlaqələr"], date_text="Həmin gün"),
 E("MEET", ["Ləman Həsənbəyova", "Siti Rahmayani"], "Cenevrə", "2026-10-20", "happened", "Ertəsi gün Ləman Həsənbəyova",
   ["islam maliyyəsi", "qanunvericilik"], date_text="Ertəsi gün"),
 E("ATTEND", ["Günay Rzayeva"], "Cenevrə", None, "happened", "Deputat Günay Rzayeva isə",
   ["rəqəmsal savadlılıq"], event_name="Gənc parlamentarilər forumunun iclası"),
 E("MEET", ["Ləman Həsənbəyova", "İsveçrə Federal Məclisi"], "Cenevrə", "2026-10-22", "planned", "Assambleyanın yekun günü heyətin",
   ["parlamentlərarası əlaqələr"], date_text="Assambleyanın yekun günü"),
])

A("234_nebizade_mdb_pa_peterburq_apa.txt", "APA", """date 2026-11-27
MDB PA-nın payız plenar iclası: Kamran Nəbizadə Sankt-Peterburqda çıxış edib

Dünən Sankt-Peterburqun Tavriya sarayında Müstəqil Dövlətlər Birliyi Parlamentlərarası Assambleyasının növbəti plenar iclası keçirilib. Milli Məclisi iclasda Mədəniyyət komitəsinin sədri Kamran Nəbizadənin başçılıq etdiyi heyət təmsil edib.

APA-nın məlumatına əsasən, gündəlikdəki on doqquz məsələ arasında mədəni irsin qorunması haqqında model qanun layihəsi də olub. Layihə üzrə çıxışında Kamran Nəbizadə işğaldan azad olunmuş ərazilərdə dağıdılmış məscid və muzeylərin bərpası təcrübəsini həmkarlarına təqdim edib.

Plenar iclasdan əvvəl Azərbaycan heyətinin rəhbəri Belarus Respublikası Milli Məclisinin Respublika Şurasının sədr müavini Natalya Kovalyova ilə görüşüb. Tərəflər Minskdə keçiriləcək Azərbaycan mədəniyyəti günlərinin proqramını nəzərdən keçiriblər.

Nəbizadənin Qazaxıstan Senatının sədri Askar Nurlanovla da görüşməsi gözlənilirdi. Lakin qazax spikerinin Sankt-Peterburqa səfəri son anda ləğv olunduğundan bu görüş baş tutmayıb.

Sabah Azərbaycan deputatları Sankt-Peterburq Dövlət Universitetinin Şərqşünaslıq fakültəsinə baş çəkəcək, burada fəaliyyət göstərən Azərbaycan dili kabinetinin müəllimləri ilə görüşəcəklər.
""", [
 ("Kamran Nəbizadə", "PER", "komitə sədri", "Milli Məclis", ["Kamran Nəbizadə", "Kamran Nəbizadənin", "Nəbizadənin"]),
 ("Natalya Kovalyova", "PER", "sədr müavini", "Belarus Milli Məclisinin Respublika Şurası", ["Natalya Kovalyova"]),
 ("Askar Nurlanov", "PER", "sədr", "Qazaxıstan Parlamentinin Senatı", ["Askar Nurlanovla"]),
 ("MDB Parlamentlərarası Assambleyası", "ORG", None, None, ["MDB PA-nın", "Müstəqil Dövlətlər Birliyi Parlamentlərarası Assambleyasının"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisi"]),
 ("Mədəniyyət komitəsi", "ORG", None, None, ["Mədəniyyət komitəsinin"]),
 ("Belarus Milli Məclisinin Respublika Şurası", "ORG", None, None, ["Belarus Respublikası Milli Məclisinin Respublika Şurasının"]),
 ("Qazaxıstan Parlamentinin Senatı", "ORG", None, None, ["Qazaxıstan Senatının"]),
 ("Sankt-Peterburq Dövlət Universiteti", "ORG", None, None, ["Sankt-Peterburq Dövlət Universitetinin"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Sankt-Peterburq", "LOC", None, None, ["Sankt-Peterburqda", "Sankt-Peterburqun", "Sankt-Peterburqa"]),
 ("Tavriya sarayı", "LOC", None, None, ["Tavriya sarayında"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Minsk", "LOC", None, None, ["Minskdə"]),
], [
 E("ATTEND", ["Kamran Nəbizadə"], "Tavriya sarayı", "2026-11-26", "happened", "Milli Məclisi iclasda Mədəniyyət",
   ["mədəni irs", "qanunvericilik"], date_text="Dünən", event_name="MDB PA-nın payız plenar iclası"),
 E("MEET", ["Kamran Nəbizadə", "Natalya Kovalyova"], "Tavriya sarayı", "2026-11-26", "happened", "Plenar iclasdan əvvəl Azərbaycan",
   ["mədəniyyət"], date_text="Plenar iclasdan əvvəl"),
 E("MEET", ["Kamran Nəbizadə", "Askar Nurlanov"], "Sankt-Peterburq", None, "negated", "Nəbizadənin Qazaxıstan Senatının",
   ["parlamentlərarası əlaqələr"]),
 E("VISIT", ["Askar Nurlanov"], "Sankt-Peterburq", None, "negated", "Lakin qazax spikerinin",
   ["parlamentlərarası əlaqələr"]),
 E("VISIT", ["Kamran Nəbizadə"], "Sankt-Peterburq Dövlət Universiteti", "2026-11-28", "planned", "Sabah Azərbaycan deputatları",
   ["təhsil", "dil və ədəbiyyat"], place="Sankt-Peterburq Dövlət Universiteti", date_text="Sabah"),
])

A("235_kerimli_qiet_pa_kisinyov_sia.txt", None, """date 2026-06-12
Vüsal Kərimli Kişinyovda QİƏT PA-nın Baş Assambleyasında - SİA.AZ

SİA.AZ
Xəbər lenti | Siyasət | Region | Biznes | İdman | Foto
Reklam yeri
12 İyun 2026 | 10:47 | Baxış: 1 204
Vüsal Kərimli Kişinyovda QİƏT PA-nın Baş Assambleyasında

Qara Dəniz İqtisadi Əməkdaşlığı Parlament Assambleyasının 67-ci Baş Assambleyası iyunun 9–11-də Moldovanın paytaxtında keçirilib. Azərbaycandan olan nümayəndə heyətinə Milli Məclisin deputatı Vüsal Kərimli rəhbərlik edib.

Sia.az-ın məlumatına görə, gündəlikdə Qara dəniz hövzəsində yaşıl enerji dəhlizləri və kiçik sahibkarlığa dəstək mexanizmləri olub. Kərimli çıxışında Xəzərdən Avropaya elektrik enerjisi ötürülməsi layihəsinin regionun enerji təhlükəsizliyinə töhfəsini vurğulayıb.

Sessiyanın ikinci günü Vüsal Kərimli Moldova Parlamentinin sədri Vasile Rusnac tərəfindən qəbul olunub. Rusnac Bakı ilə Kişinyov arasında birbaşa aviareysin bərpasını dəstəklədiyini bildirib.

Dünən heyət Qaqauz Yerinin mərkəzi Komrata yollanıb. Orada qonaqları muxtariyyətin başqanı Konstantin Taşçı qarşılayıb, bölgədə Azərbaycan şirkətlərinin iştirakı ilə salınan üzüm bağlarından söz açıb. Bu gün deputatlar Komrat Dövlət Universitetinə baş çəkəcəklər.

Paylaş: Facebook | Telegram
Teqlər: Vüsal Kərimli, Moldova, QİƏT PA
Ən çox oxunanlar
Sumqayıtda yeni park salınır
Naftalanda müalicə mövsümü başlayıb
SİA.AZ © 2026 Bütün hüquqlar qorunur
""", [
 ("Vüsal Kərimli", "PER", "deputat", "Milli Məclis", ["Vüsal Kərimli", "Kərimli"]),
 ("Vasile Rusnac", "PER", "sədr", "Moldova Parlamenti", ["Vasile Rusnac", "Rusnac"]),
 ("Konstantin Taşçı", "PER", "başqan", "Moldova", ["Konstantin Taşçı"]),
 ("Qara Dəniz İqtisadi Əməkdaşlıq Təşkilatının Parlament Assambleyası", "ORG", None, None,
  ["QİƏT PA-nın", "Qara Dəniz İqtisadi Əməkdaşlığı Parlament Assambleyasının", "QİƏT PA"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Moldova Parlamenti", "ORG", None, None, ["Moldova Parlamentinin"]),
 ("Komrat Dövlət Universiteti", "ORG", None, None, ["Komrat Dövlət Universitetinə"]),
 ("Sia.az", "ORG", None, None, ["SİA.AZ", "Sia.az-ın"]),
 ("Kişinyov", "LOC", None, None, ["Kişinyovda", "Kişinyov"]),
 ("Moldova", "LOC", None, None, ["Moldovanın", "Moldova"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandan", "Azərbaycan"]),
 ("Qara dəniz", "LOC", None, None, ["Qara dəniz"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzərdən"]),
 ("Avropa", "LOC", None, None, ["Avropaya"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
 ("Qaqauz Yeri", "LOC", None, None, ["Qaqauz Yerinin"]),
 ("Komrat", "LOC", None, None, ["Komrata"]),
 ("Sumqayıt", "LOC", None, None, ["Sumqayıtda"]),
 ("Naftalan", "LOC", None, None, ["Naftalanda"]),
], [
 E("ATTEND", ["Vüsal Kərimli"], "Kişinyov", "2026-06-09", "happened", "Azərbaycandan olan nümayəndə heyətinə",
   ["enerji", "sahibkarlıq"], date_text="iyunun 9–11-də", event_name="QİƏT PA-nın 67-ci Baş Assambleyası"),
 E("MEET", ["Vüsal Kərimli", "Vasile Rusnac"], "Kişinyov", "2026-06-10", "happened", "Sessiyanın ikinci günü Vüsal",
   ["aviareyslər"], host="Vasile Rusnac", date_text="Sessiyanın ikinci günü"),
 E("VISIT", ["Vüsal Kərimli"], "Komrat", "2026-06-11", "happened", "Dünən heyət Qaqauz",
   ["regional əməkdaşlıq"], date_text="Dünən"),
 E("MEET", ["Vüsal Kərimli", "Konstantin Taşçı"], "Komrat", "2026-06-11", "happened", "Orada qonaqları muxtariyyətin",
   ["kənd təsərrüfatı", "investisiyalar"], host="Konstantin Taşçı", date_text="Dünən"),
 E("VISIT", ["Vüsal Kərimli"], "Komrat Dövlət Universiteti", "2026-06-12", "planned", "Bu gün deputatlar Komrat",
   ["təhsil"], place="Komrat Dövlət Universiteti", date_text="Bu gün"),
])

A("236_hesenov_nato_pa_lublyana_milliaz.txt", None, """date 2026-05-25
NATO PA-nın yaz sessiyası: Azərbaycan heyəti Lüblyanada

Milli.az xəbər verir ki, NATO Parlament Assambleyasının yaz sessiyası mayın 22-dən bəri Sloveniyanın paytaxtı Lüblyanada davam edir. Azərbaycan Assambleyada assosiativ üzv statusunda təmsil olunur, heyətin başçısı isə Milli Məclisin Müdafiə, təhlükəsizlik və korrupsiyaya qarşı mübarizə komitəsinin sədri Tural Həsənovdur.

Şənbə günü Mülki ölçülü təhlükəsizlik komitəsində çıxış edən Tural Həsənov münaqişədən sonrakı dövrdə minalardan təmizləmə sahəsində beynəlxalq əməkdaşlığın vacibliyindən danışıb. O bildirib ki, son beş ildə minaların qurbanı olan mülki şəxslərin sayı yüzlərlə ölçülür.

Bazar günü sessiyanın kənarında Həsənov Assambleyanın prezidenti Markus Lindeman ilə görüşüb. Lindeman payızda Cənubi Qafqaz regionuna səfərə çıxacağını, proqrama Bakının da salınacağını deyib.

Əvvəlcə deputat Leyla Sultanlının da Lüblyanaya yollanması nəzərdə tutulurdu. Lakin Milli Məclisin plenar iclasında büdcə müzakirələri uzandığından o, sessiyaya getməyib.

Sessiya bu gün yekun bəyannamənin qəbulu ilə başa çatacaq. Heyətin sabah Zaqrebə keçməsi, Xorvatiya Saborunun Xarici siyasət komitəsinin sədri Ante Perkoviç ilə görüşməsi gözlənilir.
""", [
 ("Tural Həsənov", "PER", "komitə sədri", "Milli Məclis", ["Tural Həsənovdur", "Tural Həsənov", "Həsənov"]),
 ("Markus Lindeman", "PER", "prezident", "NATO Parlament Assambleyası", ["Markus Lindeman", "Lindeman"]),
 ("Leyla Sultanlı", "PER", "deputat", "Milli Məclis", ["Leyla Sultanlının"]),
 ("Ante Perkoviç", "PER", "komitə sədri", "Xorvatiya Saboru", ["Ante Perkoviç"]),
 ("NATO Parlament Assambleyası", "ORG", None, None, ["NATO PA-nın", "NATO Parlament Assambleyasının", "Assambleyada", "Assambleyanın"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Müdafiə, təhlükəsizlik və korrupsiyaya qarşı mübarizə komitəsi", "ORG", None, None, ["Müdafiə, təhlükəsizlik və korrupsiyaya qarşı mübarizə komitəsinin"]),
 ("Mülki ölçülü təhlükəsizlik komitəsi", "ORG", None, None, ["Mülki ölçülü təhlükəsizlik komitəsində"]),
 ("Xorvatiya Saboru", "ORG", None, None, ["Xorvatiya Saborunun"]),
 ("Xarici siyasət komitəsi", "ORG", None, None, ["Xarici siyasət komitəsinin"]),
 ("Milli.az", "ORG", None, None, ["Milli.az"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Lüblyana", "LOC", None, None, ["Lüblyanada", "Lüblyanaya"]),
 ("Sloveniya", "LOC", None, None, ["Sloveniyanın"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqaz"]),
 ("Bakı", "LOC", None, None, ["Bakının"]),
 ("Zaqreb", "LOC", None, None, ["Zaqrebə"]),
], [
 E("ATTEND", ["Tural Həsənov"], "Lüblyana", "2026-05-22", "happened", "Azərbaycan Assambleyada assosiativ",
   ["təhlükəsizlik", "minalardan təmizləmə"], date_text="mayın 22-dən bəri", event_name="NATO PA-nın yaz sessiyası"),
 E("MEET", ["Tural Həsənov", "Markus Lindeman"], "Lüblyana", "2026-05-24", "happened", "Bazar günü sessiyanın kənarında",
   ["parlamentlərarası əlaqələr"], date_text="Bazar günü"),
 E("VISIT", ["Markus Lindeman"], "Bakı", None, "planned", "Lindeman payızda Cənubi",
   ["regional təhlükəsizlik"], date_text="payızda"),
 E("VISIT", ["Leyla Sultanlı"], "Lüblyana", None, "negated", "Əvvəlcə deputat Leyla",
   ["parlamentlərarası əlaqələr"]),
 E("ATTEND", ["Leyla Sultanlı"], "Lüblyana", "2026-05-22", "negated", "Lakin Milli Məclisin plenar",
   ["parlamentlərarası əlaqələr"], event_name="NATO PA-nın yaz sessiyası"),
 E("VISIT", ["Tural Həsənov"], "Zaqreb", "2026-05-26", "planned", "Heyətin sabah Zaqrebə",
   ["parlamentlərarası əlaqələr"], date_text="sabah"),
 E("MEET", ["Tural Həsənov", "Ante Perkoviç"], "Zaqreb", "2026-05-26", "planned", "Heyətin sabah Zaqrebə",
   ["parlamentlərarası əlaqələr"], date_text="sabah"),
])

A("237_selimov_baki_qlobal_forumu.txt", "AZERTAC", """date 2026-03-12
XIII Bakı Qlobal Forumu işə başlayıb, Prezident Teymur Səlimov açılışda iştirak edib

Bu gün Bakı Konqres Mərkəzində Nizami Gəncəvi Beynəlxalq Mərkəzinin təşkilatçılığı ilə XIII Bakı Qlobal Forumu öz işinə başlayıb. "Qlobal nizam yol ayrıcında: etimadın bərpası" mövzusuna həsr olunan üçgünlük tədbirə 60-dan çox ölkədən keçmiş dövlət və hökumət başçıları, ekspertlər qatılır.

AZERTAC xəbər verir ki, forumun açılış mərasimində Prezident Teymur Səlimov iştirak edərək nitq söyləyib. Dövlətimizin başçısı çoxqütblü dünyada orta güclərin rolunun artdığını, Azərbaycanın Şərqlə Qərb arasında etibarlı tərəfdaş olaraq qaldığını bildirib.

Mərasimdə Nizami Gəncəvi Beynəlxalq Mərkəzinin həmsədri, Latviyanın sabiq Prezidenti Vaira Kalnina da çıxış edib.

Açılışdan sonra Teymur Səlimov Vaira Kalninanı və Portuqaliyanın keçmiş Baş naziri Rui Almeyda Kostanı qəbul edib. Görüşlərdə Bakının qlobal dialoq platforması kimi imkanları, Avropa İttifaqı ilə enerji tərəfdaşlığı müzakirə edilib.

Forumun ikinci günü "Cənubi Qafqaz: sülhdən sonrakı onillik" adlı paneldə xarici işlər naziri Ruslan Kazımlının çıxışı planlaşdırılır. Şənbə günü isə forum iştirakçıları üçün Şuşaya səfər təşkil ediləcək.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Vaira Kalnina", "PER", "həmsədr", "Nizami Gəncəvi Beynəlxalq Mərkəzi", ["Vaira Kalnina", "Vaira Kalninanı"]),
 ("Rui Almeyda Kosta", "PER", "keçmiş baş nazir", "Portuqaliya", ["Rui Almeyda Kostanı"]),
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Azərbaycan", ["Ruslan Kazımlının"]),
 ("Nizami Gəncəvi Beynəlxalq Mərkəzi", "ORG", None, None, ["Nizami Gəncəvi Beynəlxalq Mərkəzinin"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Avropa İttifaqı"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakının"]),
 ("Bakı Konqres Mərkəzi", "LOC", None, None, ["Bakı Konqres Mərkəzində"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Latviya", "LOC", None, None, ["Latviyanın"]),
 ("Portuqaliya", "LOC", None, None, ["Portuqaliyanın"]),
 ("Şuşa", "LOC", None, None, ["Şuşaya"]),
], [
 E("ATTEND", ["Teymur Səlimov"], "Bakı Konqres Mərkəzi", "2026-03-12", "happened", "forumun açılış mərasimində Prezident",
   ["beynəlxalq münasibətlər"], date_text="Bu gün", event_name="XIII Bakı Qlobal Forumu"),
 E("ATTEND", ["Vaira Kalnina"], "Bakı Konqres Mərkəzi", "2026-03-12", "happened", "Mərasimdə Nizami Gəncəvi",
   ["beynəlxalq münasibətlər"], event_name="XIII Bakı Qlobal Forumu"),
 E("MEET", ["Teymur Səlimov", "Vaira Kalnina"], "Bakı Konqres Mərkəzi", "2026-03-12", "happened", "Açılışdan sonra Teymur",
   ["dialoq platforması", "enerji"], host="Teymur Səlimov", date_text="Açılışdan sonra"),
 E("MEET", ["Teymur Səlimov", "Rui Almeyda Kosta"], "Bakı Konqres Mərkəzi", "2026-03-12", "happened", "Açılışdan sonra Teymur",
   ["dialoq platforması", "enerji"], host="Teymur Səlimov", date_text="Açılışdan sonra"),
 E("ATTEND", ["Ruslan Kazımlı"], "Bakı Konqres Mərkəzi", "2026-03-13", "planned", "Forumun ikinci günü",
   ["regional təhlükəsizlik"], date_text="Forumun ikinci günü",
   event_name='"Cənubi Qafqaz: sülhdən sonrakı onillik" paneli'),
])
