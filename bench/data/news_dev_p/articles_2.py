A("407_hesenbeyova_astana_sarsenbayev_azertac.txt", "AZERTAC", """date 2029-04-18
Ləman Həsənbəyova Astanada Qazaxıstan Parlamenti Məclisinin sədri ilə danışıqlar aparıb

Qazaxıstana rəsmi səfər edən parlament sədri Ləman Həsənbəyova aprelin 17-də Astanada Qazaxıstan Parlamenti Məclisinin sədri Nurlan Sarsenbayevlə danışıqlar aparıb.

Danışıqlardan əvvəl Məclisin binası önündə Azərbaycan parlament heyəti təntənəli şəkildə qarşılanıb. Sarsenbayev Azərbaycanı Qazaxıstanın Cənubi Qafqazda ən etibarlı tərəfdaşı adlandırıb, Trans-Xəzər dəhlizi ilə daşınan yüklərin həcminin ötən il 40 faiz böyüdüyünü deyib. Həsənbəyova isə iki parlament arasında yaradılmış parlamentlərarası komissiyanın ilk iclasının payızda Aktauda keçiriləcəyini diqqətə çatdırıb.

Həmin gün paytaxtda Sədr Qazaxıstanın Baş naziri Daniyar Seytkaliyev tərəfindən qəbul edilib. Söhbət zamanı Xəzərin dibi ilə Azərbaycandan Qazaxıstana uzanacaq elektrik xəttinin texniki-iqtisadi araşdırmasının gedişinə toxunulub.

Bu gün Həsənbəyova Avrasiya Milli Universitetinə baş çəkərək türkologiya fakültəsinin tələbələri qarşısında "Türk dünyasında parlament diplomatiyası" mövzusunda mühazirə oxuyub.

Azərbaycan heyətinin bazar ertəsi axşam Astanaya gəldiyini xatırladaq. Səfərin sabah Türkistanda başa çatması gözlənilir: Sədrin orada Xoca Əhməd Yəsəvi məqbərəsinə baş çəkməsi və vilayətin hakimi Yerjan Tölepovla görüşməsi nəzərdə tutulur.
""", [
 ("Ləman Həsənbəyova", "PER", "sədr", "Azərbaycan", ["Ləman Həsənbəyova", "Həsənbəyova"]),
 ("Nurlan Sarsenbayev", "PER", "sədr", "Qazaxıstan Parlamentinin Məclisi", ["Nurlan Sarsenbayevlə", "Sarsenbayev"]),
 ("Daniyar Seytkaliyev", "PER", "baş nazir", "Qazaxıstan", ["Daniyar Seytkaliyev"]),
 ("Yerjan Tölepov", "PER", "hakim", "Qazaxıstan", ["Yerjan Tölepovla"]),
 ("Qazaxıstan Parlamentinin Məclisi", "ORG", None, None, ["Qazaxıstan Parlamenti Məclisinin", "Məclisin"]),
 ("Avrasiya Milli Universiteti", "ORG", None, None, ["Avrasiya Milli Universitetinə"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstana", "Qazaxıstanın"]),
 ("Astana", "LOC", None, None, ["Astanada", "Astanaya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanı", "Azərbaycandan"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqazda"]),
 ("Aktau", "LOC", None, None, ["Aktauda"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzərin"]),
 ("Türkistan", "LOC", None, None, ["Türkistanda"]),
 ("Xoca Əhməd Yəsəvi məqbərəsi", "LOC", None, None, ["Xoca Əhməd Yəsəvi məqbərəsinə"]),
], [
 E("VISIT", ["Ləman Həsənbəyova"], "Astana", "2029-04-16", "happened", "Qazaxıstana rəsmi səfər edən",
   ["parlamentlərarası əlaqələr"], date_text="bazar ertəsi"),
 E("MEET", ["Ləman Həsənbəyova", "Nurlan Sarsenbayev"], "Qazaxıstan Parlamentinin Məclisi", "2029-04-17", "happened",
   "Qazaxıstana rəsmi səfər edən", ["nəqliyyat", "parlamentlərarası əlaqələr"], date_text="aprelin 17-də"),
 E("MEET", ["Daniyar Seytkaliyev", "Ləman Həsənbəyova"], "Astana", "2029-04-17", "happened", "Həmin gün paytaxtda Sədr",
   ["enerji"], host="Daniyar Seytkaliyev", date_text="Həmin gün"),
 E("VISIT", ["Ləman Həsənbəyova"], "Avrasiya Milli Universiteti", "2029-04-18", "happened", "Bu gün Həsənbəyova Avrasiya",
   ["təhsil"], place="Avrasiya Milli Universiteti", date_text="Bu gün"),
 E("VISIT", ["Ləman Həsənbəyova"], "Türkistan", "2029-04-19", "planned", "Səfərin sabah Türkistanda",
   ["parlamentlərarası əlaqələr"], date_text="sabah"),
 E("VISIT", ["Ləman Həsənbəyova"], "Xoca Əhməd Yəsəvi məqbərəsi", "2029-04-19", "planned", "Səfərin sabah Türkistanda",
   ["mədəni irs"], place="Xoca Əhməd Yəsəvi məqbərəsi", date_text="sabah"),
 E("MEET", ["Ləman Həsənbəyova", "Yerjan Tölepov"], "Türkistan", "2029-04-19", "planned", "Səfərin sabah Türkistanda",
   ["regional əməkdaşlıq"], date_text="sabah"),
])

A("408_qaraxanli_bishkek_osh_trend.txt", "trend.az", """date 2029-05-10
Qaraxanlının rəhbərlik etdiyi parlament heyəti Bişkek və Oşda səfərdədir

Mayın 7-dən Qırğızıstanda işgüzar səfərdə olan Milli Məclis heyətinə Sədrin birinci müavini Fuad Qaraxanlı rəhbərlik edir. Bişkekdə keçən ilk gün azərbaycanlı deputatları Jogorku Keneşin Torağası Kanat Sadırbayev qəbul edib.

Trend-ə daxil olan məlumata görə, Torağa Qarabağda gedən quruculuq prosesinin qırğız cəmiyyətində rəğbətlə izləndiyini söyləyib, enerji və nəqliyyat layihələrində Bakı ilə tərəfdaşlığa ümid etdiklərini bildirib. Elə həmin gün qonaqlar Ata-Beyit memorial kompleksində olub, abidənin önünə əklil qoyublar.

Çərşənbə axşamı Qaraxanlı Qırğızıstan-Türkiyə Manas Universitetində ana dilimizin tədrisi üçün yaradılmış mərkəzin açılış mərasimində iştirak edib, mərkəzin kitabxanasına 500 kitab hədiyyə edib.

Dünən heyət ölkənin cənubundakı Oş şəhərinə uçub. Burada Qaraxanlı Oş şəhərinin meri Temirbek Cumabayevlə görüşərək Azərbaycan şirkətlərinin Fərqanə vadisindəki logistika layihələrinə qoşulması imkanlarını müzakirə edib.

Bu gün Oşda açılan Qırğızıstan–Azərbaycan regionlararası əməkdaşlıq forumunda söz alan Qaraxanlı Bakı ilə Oş arasında müntəzəm çarter uçuşlarının təşkilini təklif edib. Forumda iki ölkənin şirkətləri arasında altı sənədin imzalanacağı gözlənilir. Azərbaycan heyəti sabah Bakıya dönəcək.
""", [
 ("Fuad Qaraxanlı", "PER", "sədrin birinci müavini", "Milli Məclis", ["Qaraxanlının", "Fuad Qaraxanlı", "Qaraxanlı"]),
 ("Kanat Sadırbayev", "PER", "torağa", "Qırğızıstan Jogorku Keneşi", ["Kanat Sadırbayev"]),
 ("Temirbek Cumabayev", "PER", "mer", "Qırğızıstan", ["Temirbek Cumabayevlə"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclis"]),
 ("Qırğızıstan Jogorku Keneşi", "ORG", None, None, ["Jogorku Keneşin"]),
 ("Trend", "ORG", None, None, ["Trend-ə"]),
 ("Qırğızıstan-Türkiyə Manas Universiteti", "ORG", None, None, ["Qırğızıstan-Türkiyə Manas Universitetində"]),
 ("Bişkek", "LOC", None, None, ["Bişkek", "Bişkekdə"]),
 ("Oş", "LOC", None, None, ["Oşda", "Oş"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstanda", "Qırğızıstan"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağda"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıya"]),
 ("Ata-Beyit memorial kompleksi", "LOC", None, None, ["Ata-Beyit memorial kompleksində"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Fərqanə vadisi", "LOC", None, None, ["Fərqanə vadisindəki"]),
], [
 E("VISIT", ["Fuad Qaraxanlı"], "Bişkek", "2029-05-07", "happened", "Mayın 7-dən Qırğızıstanda işgüzar",
   ["parlamentlərarası əlaqələr"], date_text="Mayın 7-dən"),
 E("MEET", ["Kanat Sadırbayev", "Fuad Qaraxanlı"], "Bişkek", "2029-05-07", "happened", "Bişkekdə keçən ilk gün",
   ["enerji", "nəqliyyat"], host="Kanat Sadırbayev", date_text="ilk gün"),
 E("VISIT", ["Fuad Qaraxanlı"], "Ata-Beyit memorial kompleksi", "2029-05-07", "happened", "Elə həmin gün qonaqlar",
   ["xatirə"], place="Ata-Beyit memorial kompleksi", date_text="Elə həmin gün"),
 E("ATTEND", ["Fuad Qaraxanlı"], "Qırğızıstan-Türkiyə Manas Universiteti", "2029-05-08", "happened",
   "Çərşənbə axşamı Qaraxanlı", ["təhsil", "mədəniyyət"], date_text="Çərşənbə axşamı",
   event_name="ana dilimizin tədrisi mərkəzinin açılış mərasimi"),
 E("VISIT", ["Fuad Qaraxanlı"], "Oş", "2029-05-09", "happened", "Dünən heyət ölkənin cənubundakı",
   ["regional əməkdaşlıq"], date_text="Dünən"),
 E("MEET", ["Fuad Qaraxanlı", "Temirbek Cumabayev"], "Oş", "2029-05-09", "happened", "Burada Qaraxanlı Oş",
   ["logistika", "investisiyalar"], date_text="Dünən"),
 E("ATTEND", ["Fuad Qaraxanlı"], "Oş", "2029-05-10", "happened", "Bu gün Oşda açılan",
   ["aviareyslər", "regional əməkdaşlıq"], date_text="Bu gün",
   event_name="Qırğızıstan–Azərbaycan regionlararası əməkdaşlıq forumu"),
])

A("409_bagirli_budapesht_debresen_qafqazinfo.txt", "qafqazinfo.az", """date 2029-06-13
Aynur Bağırlı Budapeştdə və Debresendə görüşlər keçirib

Macarıstan Milli Assambleyasının dəvəti ilə bu ölkədə səfərdə olan Milli Məclisin Sədrinin müavini Aynur Bağırlı iyunun 11-də Budapeştdə Milli Assambleyanın sədri Andraş Kovaçla görüşüb.

Qafqazinfo-nun məlumatına görə, bazar günü Macarıstan paytaxtına gələn Bağırlı görüşdə Azərbaycan qazının Macarıstana nəqlinin regionun enerji təhlükəsizliyinə töhfə verdiyini qeyd edib. Kovaç isə Budapeştin Bakı ilə strateji tərəfdaşlığa xüsusi önəm verdiyini, macar parlamentinin Türk Dövlətləri Təşkilatı ilə əlaqələrin genişlənməsində maraqlı olduğunu bildirib.

Həmin gün Macarıstanın Xarici İşlər və Ticarət Nazirliyində Bağırlı dövlət katibi Peter Halasla söhbət edib. Tərəflər payızda Budapeştdə keçirilməsi planlaşdırılan biznes forumuna hazırlığı nəzərdən keçiriblər.

Dünən Sədr müavini ölkənin şərqindəki Debresen şəhərinə gedib. Burada o, Debresen Universitetinin rektoru Laslo Sabo ilə görüşərək iki ölkənin ali məktəbləri arasında ikili diplom proqramlarının yaradılmasını müzakirə edib.

Bağırlının bu gün Seged şəhərinə də getməsi, orada universitet tələbələri ilə görüşməsi planlaşdırılırdı. Lakin Milli Məclisin növbədənkənar plenar iclasının çağırılması ilə əlaqədar bu səfər proqramdan çıxarılıb və heyət bu gün Bakıya qayıdır.
""", [
 ("Aynur Bağırlı", "PER", "sədr müavini", "Milli Məclis", ["Aynur Bağırlı", "Bağırlı", "Bağırlının"]),
 ("Andraş Kovaç", "PER", "sədr", "Macarıstan Milli Assambleyası", ["Andraş Kovaçla", "Kovaç"]),
 ("Peter Halas", "PER", "dövlət katibi", "Macarıstan Xarici İşlər və Ticarət Nazirliyi", ["Peter Halasla"]),
 ("Laslo Sabo", "PER", "rektor", "Debresen Universiteti", ["Laslo Sabo"]),
 ("Macarıstan Milli Assambleyası", "ORG", None, None, ["Macarıstan Milli Assambleyasının", "Milli Assambleyanın"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo-nun"]),
 ("Türk Dövlətləri Təşkilatı", "ORG", None, None, ["Türk Dövlətləri Təşkilatı"]),
 ("Macarıstan Xarici İşlər və Ticarət Nazirliyi", "ORG", None, None, ["Xarici İşlər və Ticarət Nazirliyində"]),
 ("Debresen Universiteti", "ORG", None, None, ["Debresen Universitetinin"]),
 ("Budapeşt", "LOC", None, None, ["Budapeştdə", "Budapeştin"]),
 ("Debresen", "LOC", None, None, ["Debresendə", "Debresen"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstan", "Macarıstana", "Macarıstanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıya"]),
 ("Seged", "LOC", None, None, ["Seged"]),
], [
 E("VISIT", ["Aynur Bağırlı"], "Budapeşt", "2029-06-10", "happened", "Macarıstan Milli Assambleyasının dəvəti ilə",
   ["parlamentlərarası əlaqələr"], date_text="bazar günü"),
 E("MEET", ["Aynur Bağırlı", "Andraş Kovaç"], "Budapeşt", "2029-06-11", "happened", "Macarıstan Milli Assambleyasının dəvəti ilə",
   ["enerji təhlükəsizliyi", "parlamentlərarası əlaqələr"], date_text="iyunun 11-də"),
 E("MEET", ["Aynur Bağırlı", "Peter Halas"], "Macarıstan Xarici İşlər və Ticarət Nazirliyi", "2029-06-11", "happened",
   "Həmin gün Macarıstanın Xarici", ["iqtisadi əməkdaşlıq"], date_text="Həmin gün"),
 E("VISIT", ["Aynur Bağırlı"], "Debresen", "2029-06-12", "happened", "Dünən Sədr müavini ölkənin",
   ["təhsil"], date_text="Dünən"),
 E("MEET", ["Aynur Bağırlı", "Laslo Sabo"], "Debresen", "2029-06-12", "happened", "Burada o, Debresen",
   ["təhsil"], date_text="Dünən"),
 E("VISIT", ["Aynur Bağırlı"], "Seged", "2029-06-13", "negated", "Bağırlının bu gün Seged",
   ["təhsil"], date_text="bu gün"),
])

A("410_qasimbeyli_islamabad_lahor_apa.txt", "APA", """date 2029-10-24
Milli Məclisin heyəti İslamabad və Lahorda səfərdədir

Milli Məclisin Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsinin sədri Emin Qasımbəylinin rəhbərlik etdiyi nümayəndə heyəti oktyabrın 22-də işgüzar səfərlə İslamabada gəlib.

Ertəsi gün Pakistan Milli Assambleyasının spikeri Faxr Alam Durrani azərbaycanlı qonaqları parlamentin binasında qəbul edib. APA-nın İslamabad müxbirinin xəbərinə görə, spiker Pakistanın Qarabağ məsələsində Azərbaycanın yanında olduğunu bir daha bəyan edib, iki ölkənin parlamentləri arasında gənc deputatlar üçün təcrübə proqramının yaradılmasını təklif edib.

Elə həmin gün Qasımbəyli Senatın Xarici əlaqələr komitəsinin sədri Salim Əhməd Xattakla da görüşüb, gələn il Bakıda birgə parlament seminarının keçirilməsi ideyasını müzakirə edib.

Bu gün heyət Pəncab əyalətinin paytaxtı Lahora yollanıb. Lahorda qonaqları Pəncab Əyalət Assambleyasının spikeri Şahid Rəşid Çaudhri qarşılayıb. Çaudhri əyalətin tekstil və kənd təsərrüfatı məhsullarının Azərbaycan bazarına çıxarılmasında Orta Dəhlizin imkanlarından yararlanmaq istədiklərini söyləyib.

Sabah deputatların Bədşahi məscidini və Lahor qalasını ziyarət etməsi, sonra Vətənə qayıtması planlaşdırılır.
""", [
 ("Emin Qasımbəyli", "PER", "komitə sədri", "Milli Məclis", ["Emin Qasımbəylinin", "Qasımbəyli"]),
 ("Faxr Alam Durrani", "PER", "spiker", "Pakistan Milli Assambleyası", ["Faxr Alam Durrani"]),
 ("Salim Əhməd Xattak", "PER", "komitə sədri", "Pakistan Senatı", ["Salim Əhməd Xattakla"]),
 ("Şahid Rəşid Çaudhri", "PER", "spiker", "Pəncab Əyalət Assambleyası", ["Şahid Rəşid Çaudhri", "Çaudhri"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsi", "ORG", None, None,
  ["Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsinin"]),
 ("Pakistan Milli Assambleyası", "ORG", None, None, ["Pakistan Milli Assambleyasının"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Pakistan Senatı", "ORG", None, None, ["Senatın"]),
 ("Xarici əlaqələr komitəsi", "ORG", None, None, ["Xarici əlaqələr komitəsinin"]),
 ("Pəncab Əyalət Assambleyası", "ORG", None, None, ["Pəncab Əyalət Assambleyasının"]),
 ("İslamabad", "LOC", None, None, ["İslamabad", "İslamabada"]),
 ("Lahor", "LOC", None, None, ["Lahorda", "Lahora"]),
 ("Pakistan", "LOC", None, None, ["Pakistanın"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağ"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın", "Azərbaycan"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Pəncab", "LOC", None, None, ["Pəncab"]),
 ("Bədşahi məscidi", "LOC", None, None, ["Bədşahi məscidini"]),
 ("Lahor qalası", "LOC", None, None, ["Lahor qalasını"]),
], [
 E("VISIT", ["Emin Qasımbəyli"], "İslamabad", "2029-10-22", "happened", "heyəti oktyabrın 22-də işgüzar",
   ["parlamentlərarası əlaqələr"], date_text="oktyabrın 22-də"),
 E("MEET", ["Faxr Alam Durrani", "Emin Qasımbəyli"], "Pakistan Milli Assambleyası", "2029-10-23", "happened",
   "Ertəsi gün Pakistan Milli", ["parlamentlərarası əlaqələr", "gənclər"], host="Faxr Alam Durrani", date_text="Ertəsi gün"),
 E("MEET", ["Emin Qasımbəyli", "Salim Əhməd Xattak"], None, "2029-10-23", "happened", "Elə həmin gün Qasımbəyli",
   ["parlamentlərarası əlaqələr"], date_text="Elə həmin gün"),
 E("VISIT", ["Emin Qasımbəyli"], "Lahor", "2029-10-24", "happened", "Bu gün heyət Pəncab",
   ["regional əməkdaşlıq"], date_text="Bu gün"),
 E("MEET", ["Şahid Rəşid Çaudhri", "Emin Qasımbəyli"], "Lahor", "2029-10-24", "happened", "Lahorda qonaqları Pəncab",
   ["ticarət", "nəqliyyat"], host="Şahid Rəşid Çaudhri", date_text="Bu gün"),
 E("VISIT", ["Emin Qasımbəyli"], "Bədşahi məscidi", "2029-10-25", "planned", "Sabah deputatların Bədşahi",
   ["mədəni irs"], place="Bədşahi məscidi", date_text="Sabah"),
 E("VISIT", ["Emin Qasımbəyli"], "Lahor qalası", "2029-10-25", "planned", "Sabah deputatların Bədşahi",
   ["mədəni irs"], place="Lahor qalası", date_text="Sabah"),
])

A("411_shirinzade_asqabad_turkmenbashi_azerbaycan_qezeti.txt", None, """date 2029-05
Aşqabadda parlament diplomatiyasının yeni səhifəsi

Milli Məclisin Sədrinin müavini Rauf Şirinzadənin başçılıq etdiyi parlament nümayəndə heyyəti mayın 14–16-da Türkmənistanda rəsmi səfərdə olub. Səfərin ilk günü Aşqabadda qonaqlar Türkmənistan Milli Şurasının Məclisinin sədri Maral Annayeva tərəfindən qəbul olunub.

Görüşdə Annayeva ölkəmizlə Türkmənistan arasında Xəzər dənizinin hər iki sahilini birləşdirən nəqliyyat və enerji layihələrinin parlamentlərin də diqqət mərkəzində olduğunu bildirib. Şirinzadə isə Azərbaycanın türkmən qazının Avropa bazarlarına çatdırılmasında öz tranzit imkan-
larını təklif etməyə hazır olduğunu vurğulayıb.

Mayın 15-də Aşqabadda iki ölkənin işgüzar dairələrinin təmsilçilərinin qatıldığı biznes forumu keçirilib. Forumun açılışında çıxış edən Şirinzadə qarşılıqlı ticarət dövrüyyəsinin son üç ildə iki dəfə artdığını xatırladıb. Forumda "ADY Express" şirkəti ilə "Türkmən Dəmir Yolları" agentliyi arasında konteyner daşıma-
larına dair razılaşmaya imza atılıb.

Səfərin son günü heyət Türkmənbaşı şəhərinə gedərək Türkmənbaşı Beynəlxalq Dəniz Limanının fəaliy-
yəti ilə tanış olub. Heyətin tərkibində deputatlar Ceyhun Ağalarov ve Leyla Nuriyeva da var idi.

Səbuhi MƏMMƏDLİ,
«Azərbaycan»
""", [
 ("Rauf Şirinzadə", "PER", "sədr müavini", "Milli Məclis", ["Rauf Şirinzadənin", "Şirinzadə"]),
 ("Maral Annayeva", "PER", "sədr", "Türkmənistan Milli Şurasının Məclisi", ["Maral Annayeva", "Annayeva"]),
 ("Ceyhun Ağalarov", "PER", "deputat", "Milli Məclis", ["Ceyhun Ağalarov"]),
 ("Leyla Nuriyeva", "PER", "deputat", "Milli Məclis", ["Leyla Nuriyeva"]),
 ("Səbuhi Məmmədli", "PER", None, None, ["Səbuhi MƏMMƏDLİ"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Türkmənistan Milli Şurasının Məclisi", "ORG", None, None, ["Türkmənistan Milli Şurasının Məclisinin"]),
 ("ADY Express", "ORG", None, None, ["ADY Express"]),
 ("Türkmən Dəmir Yolları", "ORG", None, None, ["Türkmən Dəmir Yolları"]),
 ("Azərbaycan qəzeti", "ORG", None, None, ["Azərbaycan"]),
 ("Aşqabad", "LOC", None, None, ["Aşqabadda"]),
 ("Türkmənistan", "LOC", None, None, ["Türkmənistanda", "Türkmənistan"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizinin"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Avropa", "LOC", None, None, ["Avropa"]),
 ("Türkmənbaşı", "LOC", None, None, ["Türkmənbaşı"]),
 ("Türkmənbaşı Beynəlxalq Dəniz Limanı", "LOC", None, None, ["Türkmənbaşı Beynəlxalq Dəniz Limanının"]),
], [
 E("VISIT", ["Rauf Şirinzadə"], "Aşqabad", "2029-05-14", "happened", "Rauf Şirinzadənin başçılıq etdiyi",
   ["parlamentlərarası əlaqələr"], date_text="mayın 14–16-da"),
 E("MEET", ["Maral Annayeva", "Rauf Şirinzadə"], "Aşqabad", "2029-05-14", "happened", "Səfərin ilk günü Aşqabadda",
   ["nəqliyyat", "enerji"], host="Maral Annayeva", date_text="Səfərin ilk günü"),
 E("ATTEND", ["Rauf Şirinzadə"], "Aşqabad", "2029-05-15", "happened", "Forumun açılışında çıxış edən",
   ["ticarət"], date_text="Mayın 15-də", event_name="biznes forumu"),
 E("SIGN", ["ADY Express", "Türkmən Dəmir Yolları"], "Aşqabad", "2029-05-15", "happened", "Forumda \"ADY Express\"",
   ["nəqliyyat", "konteyner daşımaları"], date_text="Mayın 15-də"),
 E("VISIT", ["Rauf Şirinzadə"], "Türkmənbaşı", "2029-05-16", "happened", "Səfərin son günü heyət",
   ["nəqliyyat"], date_text="Səfərin son günü"),
 E("VISIT", ["Rauf Şirinzadə"], "Türkmənbaşı Beynəlxalq Dəniz Limanı", "2029-05-16", "happened", "Səfərin son günü heyət",
   ["nəqliyyat", "limanlar"], place="Türkmənbaşı Beynəlxalq Dəniz Limanı", date_text="Səfərin son günü"),
])

A("412_dursunoglu_tbmm_susa_agdam_report.txt", "report.az", """date 2029-08-21
TBMM-in Xarici əlaqələr komissiyasının heyəti Şuşa və Ağdamda olub

Ölkəmizdə səfərdə olan TBMM-in Xarici əlaqələr komissiyasına başçılıq edən Volkan Dursunoğlu və onun rəhbərlik etdiyi türk deputatlar dünən parlamentin Regional məsələlər komitəsinin sədri Nəriman Kəngərli ilə birlikdə Şuşaya yollanıblar.

Report-un bölgədəki müxbirinin verdiyi məlumata görə, şəhərin girişində qonaqları Prezidentin Şuşa rayonundakı xüsusi nümayəndəsi Elşən Qarayev qarşılayıb. Türk parlamentariləri Cıdır düzündə və Yuxarı Gövhər ağa məscidində olub, tarixi məhəllələrdə gedən bərpa-quruculuq işlərini izləyiblər.

Bu gün isə heyət Ağdamda səfərdə olub. Qonaqlar Ağdam Cümə məscidini ziyarət ediblər, sonra Ağdam Sənaye Parkında türk şirkətinin tikdiyi tikinti materialları zavodu ilə tanış olublar.

Dursunoğlu jurnalistlərə açıqlamasında Ağdamın xarabalıqlardan yenidən qurulan bir şəhərə çevrilməsini öz gözləri ilə görməyin onun üçün böyük qürur olduğunu deyib.

Xatırladaq ki, türk parlamentariləri bazar günü Bakıya gəliblər. Sabah onların Milli Məclisdə Sədr Ləman Həsənbəyova ilə görüşəcəyi gözlənilir.
""", [
 ("Volkan Dursunoğlu", "PER", "komissiya sədri", "Türkiyə Böyük Millət Məclisi", ["Volkan Dursunoğlu", "Dursunoğlu"]),
 ("Nəriman Kəngərli", "PER", "komitə sədri", "Milli Məclis", ["Nəriman Kəngərli"]),
 ("Elşən Qarayev", "PER", "xüsusi nümayəndə", None, ["Elşən Qarayev"]),
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis", ["Ləman Həsənbəyova"]),
 ("Türkiyə Böyük Millət Məclisi", "ORG", None, None, ["TBMM-in"]),
 ("Xarici əlaqələr komissiyası", "ORG", None, None, ["Xarici əlaqələr komissiyasının", "Xarici əlaqələr komissiyasına"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə"]),
 ("Regional məsələlər komitəsi", "ORG", None, None, ["Regional məsələlər komitəsinin"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Şuşa", "LOC", None, None, ["Şuşa", "Şuşaya"]),
 ("Ağdam", "LOC", None, None, ["Ağdamda", "Ağdamın"]),
 ("Cıdır düzü", "LOC", None, None, ["Cıdır düzündə"]),
 ("Yuxarı Gövhər ağa məscidi", "LOC", None, None, ["Yuxarı Gövhər ağa məscidində"]),
 ("Ağdam Cümə məscidi", "LOC", None, None, ["Ağdam Cümə məscidini"]),
 ("Ağdam Sənaye Parkı", "LOC", None, None, ["Ağdam Sənaye Parkında"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
], [
 E("VISIT", ["Volkan Dursunoğlu"], "Bakı", "2029-08-19", "happened", "Ölkəmizdə səfərdə olan TBMM-in",
   ["parlamentlərarası əlaqələr"], date_text="bazar günü"),
 E("VISIT", ["Volkan Dursunoğlu", "Nəriman Kəngərli"], "Şuşa", "2029-08-20", "happened", "Ölkəmizdə səfərdə olan TBMM-in",
   ["Qarabağın bərpası"], date_text="dünən"),
 E("MEET", ["Elşən Qarayev", "Volkan Dursunoğlu"], "Şuşa", "2029-08-20", "happened", "şəhərin girişində qonaqları",
   ["Qarabağın bərpası"], host="Elşən Qarayev", date_text="dünən"),
 E("VISIT", ["Volkan Dursunoğlu"], "Cıdır düzü", "2029-08-20", "happened", "Türk parlamentariləri Cıdır",
   ["mədəni irs"], place="Cıdır düzü", date_text="dünən"),
 E("VISIT", ["Volkan Dursunoğlu"], "Yuxarı Gövhər ağa məscidi", "2029-08-20", "happened", "Türk parlamentariləri Cıdır",
   ["mədəni irs"], place="Yuxarı Gövhər ağa məscidi", date_text="dünən"),
 E("VISIT", ["Volkan Dursunoğlu"], "Ağdam", "2029-08-21", "happened", "Bu gün isə heyət Ağdamda",
   ["Qarabağın bərpası"], date_text="Bu gün"),
 E("VISIT", ["Volkan Dursunoğlu"], "Ağdam Cümə məscidi", "2029-08-21", "happened", "Qonaqlar Ağdam Cümə",
   ["mədəni irs"], place="Ağdam Cümə məscidi", date_text="Bu gün"),
 E("VISIT", ["Volkan Dursunoğlu"], "Ağdam Sənaye Parkı", "2029-08-21", "happened", "Qonaqlar Ağdam Cümə",
   ["sənaye"], place="Ağdam Sənaye Parkı", date_text="Bu gün"),
 E("MEET", ["Ləman Həsənbəyova", "Volkan Dursunoğlu"], "Milli Məclis", "2029-08-22", "planned", "Sabah onların Milli Məclisdə",
   ["parlamentlərarası əlaqələr"], date_text="Sabah"),
])

A("413_raximova_ozbek_senati_naxcivan_oxu.txt", "oxu.az", """date 2029-09-12
Özbəkistan Senatının heyəti Naxçıvanda

Naxçıvan Muxtar Respublikasında səfərdə olan Özbəkistan Respublikası Oliy Məclisi Senatının sədr müavini Gulnora Raximovanın rəhbərlik etdiyi heyət sentyabrın 10-da Naxçıvan Muxtar Respublikası Ali Məclisinin Sədri Rəşad Məmmədbəyli tərəfindən qəbul edilib.

Oxu.az-ın məlumatına görə, Ali Məclisin binasında keçirilən görüşdə Məmmədbəyli muxtar respublikanın Orta Asiya ölkələri ilə ticarətində Naxçıvan–Qars dəmir yolunun gələcək imkanlarından danışıb. Raximova isə Səmərqənd və Buxara ilə Naxçıvan arasında tarixi-mədəni bağların turizm marşrutlarına çevrilə biləcəyini deyib.

Görüşdən sonra qonaqlar Möminə Xatın türbəsini və Naxçıvan Dövlət Universitetini ziyarət ediblər. Universitetdə onlara özbək dili və ədəbiyyatının tədrisi üzrə yeni proqram barədə məlumat verilib.

Dünən Ordubada gedən özbək senatorları şəhərin orta əsrlərdən qalma məhəllələrini və ipəkçilik muzeyini gəziblər.

Raximovanın başçılıq etdiyi heyət bazar günü axşam Bakıdan Naxçıvana gəlib. Qonaqların bu gün Naxçıvan Avtomobil Zavodunda olması, daha sonra Bakıya qayıtması nəzərdə tutulur.
""", [
 ("Gulnora Raximova", "PER", "sədr müavini", "Özbəkistan Oliy Məclisinin Senatı", ["Gulnora Raximovanın", "Raximova", "Raximovanın"]),
 ("Rəşad Məmmədbəyli", "PER", "sədr", "Naxçıvan Muxtar Respublikasının Ali Məclisi", ["Rəşad Məmmədbəyli", "Məmmədbəyli"]),
 ("Özbəkistan Oliy Məclisinin Senatı", "ORG", None, None, ["Özbəkistan Senatının", "Özbəkistan Respublikası Oliy Məclisi Senatının"]),
 ("Naxçıvan Muxtar Respublikasının Ali Məclisi", "ORG", None, None, ["Naxçıvan Muxtar Respublikası Ali Məclisinin", "Ali Məclisin"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az-ın"]),
 ("Naxçıvan Dövlət Universiteti", "ORG", None, None, ["Naxçıvan Dövlət Universitetini"]),
 ("Naxçıvan Avtomobil Zavodu", "ORG", None, None, ["Naxçıvan Avtomobil Zavodunda"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvanda", "Naxçıvan", "Naxçıvana"]),
 ("Naxçıvan Muxtar Respublikası", "LOC", None, None, ["Naxçıvan Muxtar Respublikasında"]),
 ("Orta Asiya", "LOC", None, None, ["Orta Asiya"]),
 ("Qars", "LOC", None, None, ["Qars"]),
 ("Səmərqənd", "LOC", None, None, ["Səmərqənd"]),
 ("Buxara", "LOC", None, None, ["Buxara"]),
 ("Möminə Xatın türbəsi", "LOC", None, None, ["Möminə Xatın türbəsini"]),
 ("Ordubad", "LOC", None, None, ["Ordubada"]),
 ("Bakı", "LOC", None, None, ["Bakıdan", "Bakıya"]),
], [
 E("VISIT", ["Gulnora Raximova"], "Naxçıvan", "2029-09-09", "happened", "Naxçıvan Muxtar Respublikasında səfərdə olan",
   ["parlamentlərarası əlaqələr"], date_text="bazar günü"),
 E("MEET", ["Rəşad Məmmədbəyli", "Gulnora Raximova"], "Naxçıvan Muxtar Respublikasının Ali Məclisi", "2029-09-10",
   "happened", "Naxçıvan Muxtar Respublikasında səfərdə olan", ["ticarət", "turizm"], host="Rəşad Məmmədbəyli",
   date_text="sentyabrın 10-da"),
 E("VISIT", ["Gulnora Raximova"], "Möminə Xatın türbəsi", "2029-09-10", "happened", "Görüşdən sonra qonaqlar Möminə",
   ["mədəni irs"], place="Möminə Xatın türbəsi"),
 E("VISIT", ["Gulnora Raximova"], "Naxçıvan Dövlət Universiteti", "2029-09-10", "happened", "Görüşdən sonra qonaqlar Möminə",
   ["təhsil"], place="Naxçıvan Dövlət Universiteti"),
 E("VISIT", ["Gulnora Raximova"], "Ordubad", "2029-09-11", "happened", "Dünən Ordubada gedən",
   ["turizm", "mədəni irs"], date_text="Dünən"),
 E("VISIT", ["Gulnora Raximova"], "Naxçıvan Avtomobil Zavodu", "2029-09-12", "planned", "Qonaqların bu gün Naxçıvan",
   ["sənaye"], place="Naxçıvan Avtomobil Zavodu", date_text="bu gün"),
])
