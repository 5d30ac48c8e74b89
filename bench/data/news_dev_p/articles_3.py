A("414_molnar_macar_deputatlar_lenkeran_astara_xalq_qezeti.txt", None, """date 2029-07
Macar parlamentariləri Lənkəran və Astarada

Macarıstan Milli Assambleyasının Macarıstan–Azərbaycan dostluq qrupunun sədri İmre Molnarın rəhbərlik etdiyi heyət iyulun 3-də Lənkərana gəlib. Qonaqları şəhərin girişində Lənkəran Rayon İcra Hakimiyyətinin başçısı Vüsal Hacıyev qarşı-
layıb.

Səfər Milli Məclisin Azərbaycan–Macarıstan işçi qrupunun rəhbəri Gülnar Əhmədovanın dəvəti ilə təşkil olunub. Hacıyev qonaqlara rayonun sosial-iqtisadi inkişafı, subtropik kənd təsərrüfatı və turizm potensialı barədə ətrafli məlumat verib.

Həmin gün macar deputatları Lənkəran Dövlət Universitetində tələbelərlə görüşüb, Hirkan Milli Parkında olublar. Molnar parkın endemik bitki örtüyünün macar botaniklərini də maraq-
landırdığını, iki ölkənin alimləri arasında birgə tədqiqatlara başlamağın vaxtı çatdığını söyləyib.

İyulun 4-də heyət qonşu Astara rayonuna yollanıb, çay plantasiyaları və çay emalı müəssisəsi ilə tanış olub. Astarada qonaqların şərəfinə milli mətbəx nümunələrindən ibarət ziyafət ve folklor konserti təşkil edilib.

Nigar QULİYEVA,
«Xalq qəzeti»
""", [
 ("İmre Molnar", "PER", "dostluq qrupunun sədri", "Macarıstan Milli Assambleyası", ["İmre Molnarın", "Molnar"]),
 ("Vüsal Hacıyev", "PER", "başçı", "Lənkəran Rayon İcra Hakimiyyəti", ["Vüsal Hacıyev", "Hacıyev"]),
 ("Gülnar Əhmədova", "PER", "işçi qrupunun rəhbəri", "Milli Məclis", ["Gülnar Əhmədovanın"]),
 ("Nigar Quliyeva", "PER", None, None, ["Nigar QULİYEVA"]),
 ("Macarıstan Milli Assambleyası", "ORG", None, None, ["Macarıstan Milli Assambleyasının"]),
 ("Lənkəran Rayon İcra Hakimiyyəti", "ORG", None, None, ["Lənkəran Rayon İcra Hakimiyyətinin"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Lənkəran Dövlət Universiteti", "ORG", None, None, ["Lənkəran Dövlət Universitetində"]),
 ("Xalq qəzeti", "ORG", None, None, ["Xalq qəzeti"]),
 ("Lənkəran", "LOC", None, None, ["Lənkəran", "Lənkərana"]),
 ("Astara", "LOC", None, None, ["Astarada", "Astara"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstan"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Hirkan Milli Parkı", "LOC", None, None, ["Hirkan Milli Parkında"]),
], [
 E("VISIT", ["İmre Molnar"], "Lənkəran", "2029-07-03", "happened", "İmre Molnarın rəhbərlik etdiyi heyət",
   ["parlamentlərarası əlaqələr", "turizm"], date_text="iyulun 3-də"),
 E("MEET", ["Vüsal Hacıyev", "İmre Molnar"], "Lənkəran", "2029-07-03", "happened", "Qonaqları şəhərin girişində",
   ["regional inkişaf", "kənd təsərrüfatı"], host="Vüsal Hacıyev", date_text="iyulun 3-də"),
 E("VISIT", ["İmre Molnar"], "Lənkəran Dövlət Universiteti", "2029-07-03", "happened", "Həmin gün macar deputatları",
   ["təhsil"], place="Lənkəran Dövlət Universiteti", date_text="Həmin gün"),
 E("VISIT", ["İmre Molnar"], "Hirkan Milli Parkı", "2029-07-03", "happened", "Həmin gün macar deputatları",
   ["ekologiya", "elm"], place="Hirkan Milli Parkı", date_text="Həmin gün"),
 E("VISIT", ["İmre Molnar"], "Astara", "2029-07-04", "happened", "İyulun 4-də heyət qonşu",
   ["kənd təsərrüfatı"], date_text="İyulun 4-də"),
])

A("415_serikbayev_qazax_deputatlar_gence_metbuat.txt", "metbuat.az", """date 2029-06-26
Qazaxıstanlı deputatlar Gəncədə səfərdədir - Metbuat.az

METBUAT.AZ
Əsas | Siyasət | Cəmiyyət | İqtisadiyyat | Dünya | Müsahibə
Siyasət | 26 iyun 2029 | 16:20 | Baxış: 1 127
Qazaxıstanlı deputatlar Gəncədə səfərdədir
Qazaxıstan Parlamenti Məclisinin Qazaxıstan–Azərbaycan dostluq qrupunun rəhbəri Aydos Serikbayevin başçılıq etdiyi deputatlar dünən Milli Məclisin Azərbaycan–Qazaxıstan işçi qrupunun rəhbəri Orxan Səfərli ilə birlikdə Gəncəyə gəliblər.
Metbuat.az xəbər verir ki, elə ilk gün Gəncə Şəhər İcra Hakimiyyətində qonaqları başçı Elvin Nəsirov qəbul edib. Nəsirov şəhərdə son illər həyata keçirilən infrastruktur layihələrindən danışıb, Serikbayev isə Gəncənin qazax iş adamları üçün cəlbedici sənaye mərkəzinə çevrildiyini deyib.
Həmin gün deputatlar Nizami Gəncəvi məqbərəsini ziyarət edərək dahi şairin xatirəsini yad ediblər.
Bu gün səhər qazaxıstanlı parlamentarilər Gəncə Alüminium Kompleksində olublar, daha sonra Gəncə Dövlət Universitetində rektor Yunis Abbasovla görüşüblər. Görüşdə universitetdə qazax dili və ədəbiyyatı kabinetinin yaradılması razılaşdırılıb.
Qonaqların sabah Göygöl Milli Parkına baş çəkəcəyi bildirilir.
Teqlər: Qazaxıstan, Gəncə, parlament
Son xəbərlər
Naftalanda yeni sanatoriya istifadəyə verilir
Bakı–Gəncə qatarının hərəkət cədvəli dəyişib
Sumqayıtda gənclər forumu başlayıb
Metbuat.az © 2029. Məlumatdan istifadə edərkən istinad mütləqdir.
""", [
 ("Aydos Serikbayev", "PER", "dostluq qrupunun rəhbəri", "Qazaxıstan Parlamentinin Məclisi", ["Aydos Serikbayevin", "Serikbayev"]),
 ("Orxan Səfərli", "PER", "işçi qrupunun rəhbəri", "Milli Məclis", ["Orxan Səfərli"]),
 ("Elvin Nəsirov", "PER", "başçı", "Gəncə Şəhər İcra Hakimiyyəti", ["Elvin Nəsirov", "Nəsirov"]),
 ("Yunis Abbasov", "PER", "rektor", "Gəncə Dövlət Universiteti", ["Yunis Abbasovla"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az", "METBUAT.AZ"]),
 ("Qazaxıstan Parlamentinin Məclisi", "ORG", None, None, ["Qazaxıstan Parlamenti Məclisinin"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Gəncə Şəhər İcra Hakimiyyəti", "ORG", None, None, ["Gəncə Şəhər İcra Hakimiyyətində"]),
 ("Gəncə Alüminium Kompleksi", "ORG", None, None, ["Gəncə Alüminium Kompleksində"]),
 ("Gəncə Dövlət Universiteti", "ORG", None, None, ["Gəncə Dövlət Universitetində"]),
 ("Gəncə", "LOC", None, None, ["Gəncədə", "Gəncəyə", "Gəncənin", "Gəncə"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Nizami Gəncəvi məqbərəsi", "LOC", None, None, ["Nizami Gəncəvi məqbərəsini"]),
 ("Göygöl Milli Parkı", "LOC", None, None, ["Göygöl Milli Parkına"]),
 ("Naftalan", "LOC", None, None, ["Naftalanda"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
 ("Sumqayıt", "LOC", None, None, ["Sumqayıtda"]),
], [
 E("VISIT", ["Aydos Serikbayev", "Orxan Səfərli"], "Gəncə", "2029-06-25", "happened", "Aydos Serikbayevin başçılıq etdiyi",
   ["parlamentlərarası əlaqələr"], date_text="dünən"),
 E("MEET", ["Elvin Nəsirov", "Aydos Serikbayev"], "Gəncə Şəhər İcra Hakimiyyəti", "2029-06-25", "happened", "elə ilk gün Gəncə Şəhər",
   ["infrastruktur", "sənaye"], host="Elvin Nəsirov", date_text="elə ilk gün"),
 E("VISIT", ["Aydos Serikbayev"], "Nizami Gəncəvi məqbərəsi", "2029-06-25", "happened", "Həmin gün deputatlar Nizami",
   ["mədəni irs"], place="Nizami Gəncəvi məqbərəsi", date_text="Həmin gün"),
 E("VISIT", ["Aydos Serikbayev"], "Gəncə Alüminium Kompleksi", "2029-06-26", "happened", "Bu gün səhər qazaxıstanlı",
   ["sənaye"], place="Gəncə Alüminium Kompleksi", date_text="Bu gün"),
 E("MEET", ["Aydos Serikbayev", "Yunis Abbasov"], "Gəncə Dövlət Universiteti", "2029-06-26", "happened",
   "Bu gün səhər qazaxıstanlı", ["təhsil"], date_text="Bu gün"),
 E("VISIT", ["Aydos Serikbayev"], "Göygöl Milli Parkı", "2029-06-27", "planned", "Qonaqların sabah Göygöl",
   ["turizm", "ekologiya"], place="Göygöl Milli Parkı", date_text="sabah"),
])

A("416_turkpa_xv_plenar_sessiya_susa_azertac.txt", "AZERTAC", """date 2029-06-21
Şuşada TÜRKPA-nın XV plenar sessiyası davam edir

Türk Dövlətlərinin Parlament Assambleyasının (TÜRKPA) XV plenar sessiyası dünən Şuşa Konqres Mərkəzində işə başlayıb. Sessiyanı açan Milli Məclisin rəhbəri Ləman Həsənbəyova qonaqları Azərbaycanın mədəniyyət paytaxtında salamlayıb, Assambleyanın yarandığı gündən bəri türk dünyasının parlament əməkdaşlığında əldə olunan nəticələri xatırladıb.

AZERTAC-ın Şuşadakı müxbirinin məlumatına görə, sessiyanın işinə Qazaxıstan Parlamenti Senatının sədri Yerlan Baymuxanovun, Qırğızıstan Jogorku Keneşinin Torağası Kanat Sadırbayevin və TBMM Sədri Kerem Aydınlının rəhbərlik etdiyi heyətlər qatılır. Macarıstan sessiyada müşahidəçi qismində təmsil olunur.

Gündəlikdə ortaq türk əlifbasının tətbiqinə dair model qanun layihəsi, Xəzər regionunda ekoloji təhlükəsizlik və Orta Dəhlizin hüquqi tənzimlənməsi məsələləri yer alıb. Dünən sessiyanın kənarında Həsənbəyova ilə Aydınlı arasında təkbətək görüş olub.

Bu gün sessiyanın yekununda dörd parlamentin rəhbərlərinin Şuşa Bəyannaməsini imzalaması gözlənilir.

Assambleyanın Baş katibi Asılbek Toqtarov mətbuat nümayəndələrinə bildirib ki, növbəti sessiyaya gələn il Türkiyə ev sahibliyi edəcək. Sadırbayevin isə sabah Füzuliyə gedərək Füzuli Beynəlxalq Hava Limanı ilə tanış olacağı bildirilir.
""", [
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis", ["Ləman Həsənbəyova", "Həsənbəyova"]),
 ("Yerlan Baymuxanov", "PER", "sədr", "Qazaxıstan Parlamentinin Senatı", ["Yerlan Baymuxanovun"]),
 ("Kanat Sadırbayev", "PER", "torağa", "Qırğızıstan Jogorku Keneşi", ["Kanat Sadırbayevin", "Sadırbayevin"]),
 ("Kerem Aydınlı", "PER", "sədr", "Türkiyə Böyük Millət Məclisi", ["Kerem Aydınlının", "Aydınlı"]),
 ("Asılbek Toqtarov", "PER", "baş katib", "TÜRKPA", ["Asılbek Toqtarov"]),
 ("TÜRKPA", "ORG", None, None, ["TÜRKPA-nın", "Türk Dövlətlərinin Parlament Assambleyasının", "TÜRKPA", "Assambleyanın"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-ın"]),
 ("Qazaxıstan Parlamentinin Senatı", "ORG", None, None, ["Qazaxıstan Parlamenti Senatının"]),
 ("Qırğızıstan Jogorku Keneşi", "ORG", None, None, ["Qırğızıstan Jogorku Keneşinin"]),
 ("Türkiyə Böyük Millət Məclisi", "ORG", None, None, ["TBMM"]),
 ("Şuşa", "LOC", None, None, ["Şuşada", "Şuşadakı", "Şuşa"]),
 ("Şuşa Konqres Mərkəzi", "LOC", None, None, ["Şuşa Konqres Mərkəzində"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstan"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə"]),
 ("Füzuli", "LOC", None, None, ["Füzuliyə"]),
 ("Füzuli Beynəlxalq Hava Limanı", "LOC", None, None, ["Füzuli Beynəlxalq Hava Limanı"]),
], [
 E("ATTEND", ["Ləman Həsənbəyova"], "Şuşa Konqres Mərkəzi", "2029-06-20", "happened", "Sessiyanı açan Milli Məclisin",
   ["parlamentlərarası əlaqələr"], date_text="dünən", event_name="TÜRKPA-nın XV plenar sessiyası"),
 E("ATTEND", ["Yerlan Baymuxanov"], "Şuşa Konqres Mərkəzi", "2029-06-20", "happened", "sessiyanın işinə Qazaxıstan",
   ["parlamentlərarası əlaqələr"], date_text="dünən", event_name="TÜRKPA-nın XV plenar sessiyası"),
 E("ATTEND", ["Kanat Sadırbayev"], "Şuşa Konqres Mərkəzi", "2029-06-20", "happened", "sessiyanın işinə Qazaxıstan",
   ["parlamentlərarası əlaqələr"], date_text="dünən", event_name="TÜRKPA-nın XV plenar sessiyası"),
 E("ATTEND", ["Kerem Aydınlı"], "Şuşa Konqres Mərkəzi", "2029-06-20", "happened", "sessiyanın işinə Qazaxıstan",
   ["parlamentlərarası əlaqələr"], date_text="dünən", event_name="TÜRKPA-nın XV plenar sessiyası"),
 E("MEET", ["Ləman Həsənbəyova", "Kerem Aydınlı"], "Şuşa Konqres Mərkəzi", "2029-06-20", "happened",
   "Dünən sessiyanın kənarında", ["parlamentlərarası əlaqələr"], date_text="Dünən"),
 E("SIGN", ["Ləman Həsənbəyova", "Yerlan Baymuxanov", "Kanat Sadırbayev", "Kerem Aydınlı"], "Şuşa Konqres Mərkəzi",
   "2029-06-21", "planned", "Bu gün sessiyanın yekununda", ["parlamentlərarası əlaqələr"], date_text="Bu gün"),
 E("VISIT", ["Kanat Sadırbayev"], "Füzuli", "2029-06-22", "planned", "Sadırbayevin isə sabah",
   ["Qarabağın bərpası"], date_text="sabah"),
 E("VISIT", ["Kanat Sadırbayev"], "Füzuli Beynəlxalq Hava Limanı", "2029-06-22", "planned", "Sadırbayevin isə sabah",
   ["nəqliyyat"], place="Füzuli Beynəlxalq Hava Limanı", date_text="sabah"),
])

A("417_elisoylu_qiet_pa_tirana_trend.txt", "trend.az", """date 2029-11-28
QİƏT PA-nın Tiranadakı Baş Assambleyasında Azərbaycan heyəti fəal iştirak edir - Trend

Bu saytın düzgün göstərilməsi üçün brauzerinizdə JavaScript aktiv olmalıdır.
Trend Xəbər Agentliyi
Siyasət | Biznes | Regionlar | Dünya | Mətbuat icmalı
28 noyabr 2029 11:04 (UTC +04:00)
QİƏT PA-nın Tiranadakı Baş Assambleyasında Azərbaycan heyəti fəal iştirak edir
Qara Dəniz İqtisadi Əməkdaşlıq Təşkilatının Parlament Assambleyasının (QİƏT PA) 74-cü Baş Assambleyası noyabrın 26-dan Albaniyanın paytaxtı Tiranada keçirilir. Milli Məclisin heyətinə QİƏT PA-dakı daimi nümayəndə heyətinin rəhbəri, deputat Vüqar Əlisoylu başçılıq edir.
Trend-in məlumatına görə, çərşənbə axşamı Mədəni, təhsil və sosial məsələlər üzrə komitənin iclasında məruzə ilə çıxış edən deputat Səidə Məmmədova işğaldan azad edilmiş ərazilərdə məktəblərin bərpası və köçkün ailələrinin uşaqlarının təhsilə inteqrasiyasından danışıb.
Sessiyanın kənarında Əlisoylu Albaniya Parlamentinin sədri Elira Koka və QİƏT PA-nın Baş katibi Nikos Papadakis ilə ayrı-ayrılıqda görüşüb.
Əvvəlcə Milli Məclisin Sədrinin müavini Aynur Bağırlının da sessiyaya qatılacağı gözlənilirdi. Lakin Bağırlı Milli Məclisdə dövlət büdcəsinin müzakirələrinin uzanması səbəbindən Tiranaya getməyib.
Sessiyanın yekun sənədləri bu gün qəbul ediləcək.
Teqlər: QİƏT PA, Milli Məclis, Albaniya
Trend Xəbər Agentliyi © 2029
""", [
 ("Vüqar Əlisoylu", "PER", "nümayəndə heyətinin rəhbəri", "Milli Məclis", ["Vüqar Əlisoylu", "Əlisoylu"]),
 ("Səidə Məmmədova", "PER", "deputat", "Milli Məclis", ["Səidə Məmmədova"]),
 ("Elira Koka", "PER", "sədr", "Albaniya Parlamenti", ["Elira Koka"]),
 ("Nikos Papadakis", "PER", "baş katib",
  "Qara Dəniz İqtisadi Əməkdaşlıq Təşkilatının Parlament Assambleyası", ["Nikos Papadakis"]),
 ("Aynur Bağırlı", "PER", "sədr müavini", "Milli Məclis", ["Aynur Bağırlının", "Bağırlı"]),
 ("Qara Dəniz İqtisadi Əməkdaşlıq Təşkilatının Parlament Assambleyası", "ORG", None, None,
  ["QİƏT PA-nın", "Qara Dəniz İqtisadi Əməkdaşlıq Təşkilatının Parlament Assambleyasının", "QİƏT PA",
   "QİƏT PA-dakı"]),
 ("Trend", "ORG", None, None, ["Trend", "Trend Xəbər Agentliyi", "Trend-in"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin", "Milli Məclisdə", "Milli Məclis"]),
 ("Mədəni, təhsil və sosial məsələlər üzrə komitə", "ORG", None, None, ["Mədəni, təhsil və sosial məsələlər üzrə komitənin"]),
 ("Albaniya Parlamenti", "ORG", None, None, ["Albaniya Parlamentinin"]),
 ("Tirana", "LOC", None, None, ["Tiranadakı", "Tiranada", "Tiranaya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Albaniya", "LOC", None, None, ["Albaniyanın", "Albaniya"]),
], [
 E("ATTEND", ["Vüqar Əlisoylu"], "Tirana", "2029-11-26", "happened", "Milli Məclisin heyətinə QİƏT",
   ["parlamentlərarası əlaqələr"], date_text="noyabrın 26-dan", event_name="QİƏT PA-nın 74-cü Baş Assambleyası"),
 E("ATTEND", ["Səidə Məmmədova"], "Tirana", "2029-11-27", "happened", "çərşənbə axşamı Mədəni",
   ["təhsil", "köçkünlər"], date_text="çərşənbə axşamı",
   event_name="Mədəni, təhsil və sosial məsələlər üzrə komitənin iclası"),
 E("MEET", ["Vüqar Əlisoylu", "Elira Koka"], "Tirana", None, "happened", "Sessiyanın kənarında Əlisoylu",
   ["parlamentlərarası əlaqələr"]),
 E("MEET", ["Vüqar Əlisoylu", "Nikos Papadakis"], "Tirana", None, "happened", "Sessiyanın kənarında Əlisoylu",
   ["parlamentlərarası əlaqələr"]),
 E("ATTEND", ["Aynur Bağırlı"], "Tirana", "2029-11-26", "negated", "Əvvəlcə Milli Məclisin Sədrinin",
   ["parlamentlərarası əlaqələr"], event_name="QİƏT PA-nın 74-cü Baş Assambleyası"),
 E("VISIT", ["Aynur Bağırlı"], "Tirana", None, "negated", "Lakin Bağırlı Milli Məclisdə",
   ["parlamentlərarası əlaqələr"]),
])

A("418_hesenbeyova_mdb_pa_surasi_memmedli_apa.txt", "APA", """date 2029-04-27
Ləman Həsənbəyova Sankt-Peterburqda MDB PA Şurasının iclasına qatılıb

Milli Məclisin Sədri Ləman Həsənbəyova aprelin 26-da Tavriya sarayında toplanan MDB Parlamentlərarası Assambleyası Şurasının iclasında iştirak edib.

APA-nın Rusiya bürosunun məlumatına görə, iclasda Assambleyanın büdcəsi, daimi komissiyaların iş planları və seçkilərin müşahidəsi üzrə yeni model qanunun konsepsiyası təsdiqlənib. Şura iclasından sonra Həsənbəyova Assambleya Şurasının sədri, Rusiya Federasiya Şurasının sədri Yelena Voronova ilə görüşüb. Görüşdə Bakıda Assambleyanın Avrasiya media forumunun keçirilməsi imkanları nəzərdən keçirilib.

Elə həmin gün Həsənbəyova Belarus Nümayəndələr Palatasının sədri Aleksandr Kovalenko ilə təkbətək söhbət edib.

Bu gün isə Tavriya sarayında Assambleyanın 71-ci plenar iclası işə başlayıb. Plenar iclasda Milli Məclisin heyətinə Assambleyadakı daimi nümayəndə heyətinin rəhbəri Kənan Məmmədli başçılıq edir.

Həsənbəyovanın sabah Rusiya Dövlət Pedaqoji Universitetinə gedərək orada Azərbaycan dilini öyrənən tələbələrlə görüşməsi nəzərdə tutulur.
""", [
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis", ["Ləman Həsənbəyova", "Həsənbəyova", "Həsənbəyovanın"]),
 ("Yelena Voronova", "PER", "sədr", "Rusiya Federasiya Şurası", ["Yelena Voronova"]),
 ("Aleksandr Kovalenko", "PER", "sədr", "Belarus Milli Məclisinin Nümayəndələr Palatası", ["Aleksandr Kovalenko"]),
 ("Kənan Məmmədli", "PER", "nümayəndə heyətinin rəhbəri", "Milli Məclis", ["Kənan Məmmədli"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("MDB Parlamentlərarası Assambleyası", "ORG", None, None,
  ["MDB PA", "MDB Parlamentlərarası Assambleyası", "Assambleyanın", "Assambleya", "Assambleyadakı"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Rusiya Federasiya Şurası", "ORG", None, None, ["Rusiya Federasiya Şurasının"]),
 ("Belarus Milli Məclisinin Nümayəndələr Palatası", "ORG", None, None, ["Belarus Nümayəndələr Palatasının"]),
 ("Rusiya Dövlət Pedaqoji Universiteti", "ORG", None, None, ["Rusiya Dövlət Pedaqoji Universitetinə"]),
 ("Sankt-Peterburq", "LOC", None, None, ["Sankt-Peterburqda"]),
 ("Tavriya sarayı", "LOC", None, None, ["Tavriya sarayında"]),
 ("Rusiya", "LOC", None, None, ["Rusiya"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Avrasiya", "LOC", None, None, ["Avrasiya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
], [
 E("ATTEND", ["Ləman Həsənbəyova"], "Tavriya sarayı", "2029-04-26", "happened", "Ləman Həsənbəyova aprelin 26-da",
   ["parlamentlərarası əlaqələr", "qanunvericilik"], date_text="aprelin 26-da", event_name="MDB PA Şurasının iclası"),
 E("MEET", ["Ləman Həsənbəyova", "Yelena Voronova"], "Tavriya sarayı", "2029-04-26", "happened", "Şura iclasından sonra",
   ["media", "parlamentlərarası əlaqələr"], date_text="aprelin 26-da"),
 E("MEET", ["Ləman Həsənbəyova", "Aleksandr Kovalenko"], None, "2029-04-26", "happened", "Elə həmin gün Həsənbəyova",
   ["parlamentlərarası əlaqələr"], date_text="Elə həmin gün"),
 E("ATTEND", ["Kənan Məmmədli"], "Tavriya sarayı", "2029-04-27", "happened", "Plenar iclasda Milli Məclisin",
   ["parlamentlərarası əlaqələr"], date_text="Bu gün", event_name="Assambleyanın 71-ci plenar iclası"),
 E("VISIT", ["Ləman Həsənbəyova"], "Rusiya Dövlət Pedaqoji Universiteti", "2029-04-28", "planned",
   "Həsənbəyovanın sabah Rusiya", ["təhsil"], place="Rusiya Dövlət Pedaqoji Universiteti", date_text="sabah"),
])

A("419_bagirli_atet_pa_oslo_kopenhagen_report.txt", "report.az", """date 2029-07-10
Aynur Bağırlı ATƏT PA-nın Oslo sessiyasında: Kopenhagen səfəri payıza saxlanılıb

ATƏT Parlament Assambleyasının 38-ci illik sessiyası iyulun 6-dan Norveçin paytaxtı Osloda davam edir. Sessiyada iştirak edən Milli Məclis heyətinə Sədrin müavini Aynur Bağırlı rəhbərlik edir, heyətin tərkibinə deputatlar Səbinə Rəhimli və Elçin Novruzov da daxildir.

Report-un məlumatına görə, bazar ertəsi Rəhimli Assambleyanın İqtisadi məsələlər, elm, texnologiya və ətraf mühit üzrə Komitəsinin iclasında Xəzər hövzəsində yaşıl enerji layihələri barədə çıxış edib.

Dünən sessiyanın kənarında Bağırlı ATƏT PA-nın prezidenti Henrik Sandvall ilə görüşüb. Sandvall Assambleyanın payız toplantısının Bakıda keçirilməsi təklifini müsbət qarşıladığını deyib.

Bu gün Bağırlının Norveç Stortinqinin vitse-prezidenti İngrid Haugen ilə görüşməsi gözlənilir.

Əvvəlcədən heyətin Oslodan sonra Kopenhagenə yollanması, Danimarka Folketinqinin rəhbərliyi ilə görüşməsi nəzərdə tutulurdu. Lakin Folketinqin yay tətilinə çıxması səbəbindən Kopenhagen səfəri payıza saxlanılıb.
""", [
 ("Aynur Bağırlı", "PER", "sədr müavini", "Milli Məclis", ["Aynur Bağırlı", "Bağırlı", "Bağırlının"]),
 ("Səbinə Rəhimli", "PER", "deputat", "Milli Məclis", ["Səbinə Rəhimli", "Rəhimli"]),
 ("Elçin Novruzov", "PER", "deputat", "Milli Məclis", ["Elçin Novruzov"]),
 ("Henrik Sandvall", "PER", "prezident", "ATƏT Parlament Assambleyası", ["Henrik Sandvall", "Sandvall"]),
 ("İngrid Haugen", "PER", "vitse-prezident", "Norveç Stortinqi", ["İngrid Haugen"]),
 ("ATƏT Parlament Assambleyası", "ORG", None, None, ["ATƏT PA-nın", "ATƏT Parlament Assambleyasının", "Assambleyanın"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclis"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("İqtisadi məsələlər, elm, texnologiya və ətraf mühit üzrə Komitə", "ORG", None, None,
  ["İqtisadi məsələlər, elm, texnologiya və ətraf mühit üzrə Komitəsinin"]),
 ("Norveç Stortinqi", "ORG", None, None, ["Norveç Stortinqinin"]),
 ("Danimarka Folketinqi", "ORG", None, None, ["Danimarka Folketinqinin", "Folketinqin"]),
 ("Oslo", "LOC", None, None, ["Oslo", "Osloda", "Oslodan"]),
 ("Kopenhagen", "LOC", None, None, ["Kopenhagen", "Kopenhagenə"]),
 ("Norveç", "LOC", None, None, ["Norveçin"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
], [
 E("ATTEND", ["Aynur Bağırlı"], "Oslo", "2029-07-06", "happened", "Sessiyada iştirak edən Milli Məclis",
   ["parlamentlərarası əlaqələr"], date_text="iyulun 6-dan", event_name="ATƏT PA-nın 38-ci illik sessiyası"),
 E("ATTEND", ["Səbinə Rəhimli"], "Oslo", "2029-07-09", "happened", "bazar ertəsi Rəhimli",
   ["yaşıl enerji"], date_text="bazar ertəsi",
   event_name="İqtisadi məsələlər, elm, texnologiya və ətraf mühit üzrə Komitənin iclası"),
 E("MEET", ["Aynur Bağırlı", "Henrik Sandvall"], "Oslo", "2029-07-09", "happened", "Dünən sessiyanın kənarında",
   ["parlamentlərarası əlaqələr"], date_text="Dünən"),
 E("MEET", ["Aynur Bağırlı", "İngrid Haugen"], None, "2029-07-10", "planned", "Bu gün Bağırlının Norveç",
   ["parlamentlərarası əlaqələr"], date_text="Bu gün"),
 E("VISIT", ["Aynur Bağırlı"], "Kopenhagen", None, "negated", "Əvvəlcədən heyətin Oslodan",
   ["parlamentlərarası əlaqələr"]),
 E("MEET", ["Aynur Bağırlı", "Danimarka Folketinqi"], "Kopenhagen", None, "negated", "Əvvəlcədən heyətin Oslodan",
   ["parlamentlərarası əlaqələr"]),
 E("VISIT", ["Aynur Bağırlı"], "Kopenhagen", None, "planned", "Lakin Folketinqin yay",
   ["parlamentlərarası əlaqələr"], date_text="payıza"),
])

A("420_hesenbeyova_pai_belqrad_qafqazinfo.txt", "qafqazinfo.az", """date 2029-10-16
Belqradda PAİ-nin 161-ci Assambleyası: Ləman Həsənbəyova ikitərəfli görüşlər keçirir

Parlamentlərarası İttifaqın (PAİ) oktyabrın 13-də Serbiyanın paytaxtında açılan 161-ci Assambleyasında Milli Məclisi parlamentin sədri Ləman Həsənbəyovanın başçılıq etdiyi heyət təmsil edir.

Qafqazinfo-ya verilən məlumata görə, forumun açılışından bir gün əvvəl, cümə günü, Həsənbəyovanı Serbiya Milli Assambleyasının sədri Nikola Petroviç qəbul edib. Petroviç Belqradın Bakı ilə enerji dialoqunu parlament səviyyəsində də dərinləşdirməyə hazır olduğunu vurğulayıb.

Ümumi müzakirələrdə söz alan Sədr süni intellektin seçki proseslərinə təsirinin qanunla tənzimlənməsini zəruri sayıb. Bazar günü Assambleyanın kənarında Həsənbəyova Özbəkistan Oliy Məclisinin Qanunvericilik Palatasının spikeri Şavkat Yuldaşevlə görüşüb.

Dünən isə Belqradda Sədr Pakistan Milli Assambleyasının spikeri Faxr Alam Durrani ilə ikitərəfli görüş keçirib. Durrani Azərbaycanın Pakistanın İƏT-dəki təşəbbüslərinə verdiyi dəstəyə görə minnətdarlığını bildirib.

Heyətin üzvü, deputat Nərmin Hüseynli Assambleyanın ilk günü Qadın parlamentarilər forumunun iclasında söz alıb.

Həsənbəyovanın bu gün türkdilli ölkələrin parlament heyətləri ilə TÜRKPA formatında görüş keçirməsi planlaşdırılır.
""", [
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis",
  ["Ləman Həsənbəyova", "Ləman Həsənbəyovanın", "Həsənbəyovanı", "Həsənbəyova", "Həsənbəyovanın"]),
 ("Nikola Petroviç", "PER", "sədr", "Serbiya Milli Assambleyası", ["Nikola Petroviç", "Petroviç"]),
 ("Şavkat Yuldaşev", "PER", "spiker", "Özbəkistan Oliy Məclisinin Qanunvericilik Palatası", ["Şavkat Yuldaşevlə"]),
 ("Faxr Alam Durrani", "PER", "spiker", "Pakistan Milli Assambleyası", ["Faxr Alam Durrani", "Durrani"]),
 ("Nərmin Hüseynli", "PER", "deputat", "Milli Məclis", ["Nərmin Hüseynli"]),
 ("Parlamentlərarası İttifaq", "ORG", None, None, ["PAİ-nin", "Parlamentlərarası İttifaqın", "PAİ"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisi"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo-ya"]),
 ("Serbiya Milli Assambleyası", "ORG", None, None, ["Serbiya Milli Assambleyasının"]),
 ("Özbəkistan Oliy Məclisinin Qanunvericilik Palatası", "ORG", None, None,
  ["Özbəkistan Oliy Məclisinin Qanunvericilik Palatasının"]),
 ("Pakistan Milli Assambleyası", "ORG", None, None, ["Pakistan Milli Assambleyasının"]),
 ("İslam Əməkdaşlıq Təşkilatı", "ORG", None, None, ["İƏT-dəki"]),
 ("TÜRKPA", "ORG", None, None, ["TÜRKPA"]),
 ("Belqrad", "LOC", None, None, ["Belqradda", "Belqradın"]),
 ("Serbiya", "LOC", None, None, ["Serbiyanın"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Pakistan", "LOC", None, None, ["Pakistanın"]),
], [
 E("ATTEND", ["Ləman Həsənbəyova"], "Belqrad", "2029-10-13", "happened", "Parlamentlərarası İttifaqın (PAİ)",
   ["parlamentlərarası əlaqələr", "süni intellekt"], date_text="oktyabrın 13-də",
   event_name="PAİ-nin 161-ci Assambleyası"),
 E("MEET", ["Nikola Petroviç", "Ləman Həsənbəyova"], None, "2029-10-12", "happened", "forumun açılışından bir gün",
   ["enerji", "parlamentlərarası əlaqələr"], host="Nikola Petroviç", date_text="cümə günü"),
 E("MEET", ["Ləman Həsənbəyova", "Şavkat Yuldaşev"], "Belqrad", "2029-10-14", "happened", "Bazar günü Assambleyanın",
   ["parlamentlərarası əlaqələr"], date_text="Bazar günü"),
 E("MEET", ["Ləman Həsənbəyova", "Faxr Alam Durrani"], "Belqrad", "2029-10-15", "happened", "Dünən isə Belqradda",
   ["parlamentlərarası əlaqələr", "İslam Əməkdaşlıq Təşkilatı"], date_text="Dünən"),
 E("ATTEND", ["Nərmin Hüseynli"], "Belqrad", "2029-10-13", "happened", "Heyətin üzvü, deputat",
   ["gender bərabərliyi"], date_text="Assambleyanın ilk günü", event_name="Qadın parlamentarilər forumunun iclası"),
])
