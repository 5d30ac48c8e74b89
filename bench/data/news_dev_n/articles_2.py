A("354_kazimli_riqa_vilnus_tallin_azertac.txt", "AZERTAC", """date 2028-06-07
Ruslan Kazımlının Baltikyanı ölkələrə səfəri: Riqa və Vilnüsdə danışıqlar

Bakı, 7 iyun, AZERTAC

Xarici işlər naziri Ruslan Kazımlının Baltikyanı dövlətlərə işgüzar səfəri bazar ertəsi Latviyadan başlayıb. Həmin gün Riqada nazir latviyalı həmkarı Edqars Ozols ilə danışıqlar aparıb, Baltik dənizi limanları ilə Azərbaycan arasında yük daşımalarının imkanlarını, latış tələbələrinin ölkəmizin universitetlərində təhsil alması məsələsini müzakirə edib.

Çərşənbə axşamı Vilnüsə gələn Kazımlı Litva xarici işlər naziri Dalia Petrauskiene ilə görüşüb. Görüşün sonunda nazirlər iki ölkənin xarici siyasət idarələri arasında növbəti üç il üçün məsləhətləşmələr planını imzalayıblar. Tərəflər Litva səfirliyinin Bakıda fəaliyyətə başlamasının praktiki addımlarını da nəzərdən keçiriblər.

Səfər proqramına əsasən, Azərbaycan XİN-in rəhbəri bu gün Tallinə yollanmalı idi. Lakin Estoniya tərəfinin xahişi ilə səfərin bu mərhələsi payıza keçirilib. Nazir bu axşam Vətənə qayıdacaq.
""", [
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Xarici İşlər Nazirliyi", ["Ruslan Kazımlının", "Kazımlı"]),
 ("Edqars Ozols", "PER", "xarici işlər naziri", "Latviya", ["Edqars Ozols"]),
 ("Dalia Petrauskiene", "PER", "xarici işlər naziri", "Litva", ["Dalia Petrauskiene"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["Azərbaycan XİN-in"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Riqa", "LOC", None, None, ["Riqa", "Riqada"]),
 ("Vilnüs", "LOC", None, None, ["Vilnüsdə", "Vilnüsə"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıda"]),
 ("Latviya", "LOC", None, None, ["Latviyadan"]),
 ("Baltik dənizi", "LOC", None, None, ["Baltik dənizi"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Litva", "LOC", None, None, ["Litva"]),
 ("Tallin", "LOC", None, None, ["Tallinə"]),
 ("Estoniya", "LOC", None, None, ["Estoniya"]),
], [
 E("VISIT", ["Ruslan Kazımlı"], "Riqa", "2028-06-05", "happened", "işgüzar səfəri bazar ertəsi Latviyadan",
   ["ikitərəfli əməkdaşlıq"], date_text="bazar ertəsi"),
 E("MEET", ["Ruslan Kazımlı", "Edqars Ozols"], "Riqa", "2028-06-05", "happened", "Həmin gün Riqada nazir",
   ["nəqliyyat", "təhsil"], date_text="Həmin gün"),
 E("VISIT", ["Ruslan Kazımlı"], "Vilnüs", "2028-06-06", "happened", "Çərşənbə axşamı Vilnüsə gələn",
   ["ikitərəfli əməkdaşlıq"], date_text="Çərşənbə axşamı"),
 E("MEET", ["Ruslan Kazımlı", "Dalia Petrauskiene"], "Vilnüs", "2028-06-06", "happened", "Çərşənbə axşamı Vilnüsə gələn",
   ["siyasi məsləhətləşmələr", "diplomatik nümayəndəliklər"], date_text="Çərşənbə axşamı"),
 E("SIGN", ["Ruslan Kazımlı", "Dalia Petrauskiene"], "Vilnüs", "2028-06-06", "happened", "Görüşün sonunda nazirlər",
   ["siyasi məsləhətləşmələr"]),
 E("VISIT", ["Ruslan Kazımlı"], "Tallin", "2028-06-07", "negated", "bu gün Tallinə yollanmalı idi",
   ["ikitərəfli əməkdaşlıq"], date_text="bu gün"),
 E("VISIT", ["Ruslan Kazımlı"], "Tallin", None, "planned", "səfərin bu mərhələsi payıza",
   ["ikitərəfli əməkdaşlıq"], date_text="payıza"),
])

A("355_humbetli_doha_ebu_dabi_dubay_trend.txt", "trend.az", """date 2028-07-26
Zaur Hümbətli Körfəz ölkələrində investorlarla görüşür

İqtisadiyyat naziri Zaur Hümbətlinin başçılıq etdiyi hökumət heyəti bazar günü Qətərin paytaxtı Dohaya gəlib.

Trend-in nazirliyə istinadən məlumatına görə, bazar ertəsi nazir Qətərin ticarət və sənaye naziri Əli bin Saleh əl-Kuvari ilə görüşüb. Qətərli nazir ölkəsinin şirkətlərinin Azərbaycanın qida sənayesinə sərmayə qoymağa hazır olduğunu deyib. Tərəflər Azərbaycan–Qətər iqtisadi komissiyasının növbəti iclasını noyabrda Bakıda keçirmək barədə razılığa gəliblər. Elə həmin gün Hümbətli Qətər İnvestisiya Təşkilatının rəhbərliyi ilə də görüşərək Ələt Azad İqtisadi Zonasındakı layihələri təqdim edib.

Dünən heyət Əbu-Dabiyə yollanıb. Orada Hümbətli BƏƏ-nin iqtisadiyyat naziri Həmdan əl-Mazrui ilə ikitərəfli ticarətin strukturunu, ərzaq təhlükəsizliyi sahəsində birgə layihələri müzakirə edib.

Səfərin son dayanacağı Dubay olacaq: sabah nazir burada keçiriləcək Azərbaycan–BƏƏ biznes forumunda çıxış edəcək. Nazir cümə günü Vətənə dönəcək.
""", [
 ("Zaur Hümbətli", "PER", "iqtisadiyyat naziri", "Azərbaycan", ["Zaur Hümbətli", "Zaur Hümbətlinin", "Hümbətli"]),
 ("Əli bin Saleh əl-Kuvari", "PER", "ticarət və sənaye naziri", "Qətər", ["Əli bin Saleh əl-Kuvari"]),
 ("Həmdan əl-Mazrui", "PER", "iqtisadiyyat naziri", "Birləşmiş Ərəb Əmirlikləri", ["Həmdan əl-Mazrui"]),
 ("Qətər İnvestisiya Təşkilatı", "ORG", None, None, ["Qətər İnvestisiya Təşkilatının"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Körfəz", "LOC", None, None, ["Körfəz"]),
 ("Qətər", "LOC", None, None, ["Qətərin", "Qətər"]),
 ("Doha", "LOC", None, None, ["Dohaya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın", "Azərbaycan"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Ələt Azad İqtisadi Zonası", "LOC", None, None, ["Ələt Azad İqtisadi Zonasındakı"]),
 ("Əbu-Dabi", "LOC", None, None, ["Əbu-Dabiyə"]),
 ("Birləşmiş Ərəb Əmirlikləri", "LOC", None, None, ["BƏƏ-nin", "BƏƏ"]),
 ("Dubay", "LOC", None, None, ["Dubay"]),
], [
 E("VISIT", ["Zaur Hümbətli"], "Doha", "2028-07-23", "happened", "heyəti bazar günü Qətərin paytaxtı",
   ["investisiya", "ikitərəfli əməkdaşlıq"], date_text="bazar günü"),
 E("MEET", ["Zaur Hümbətli", "Əli bin Saleh əl-Kuvari"], "Doha", "2028-07-24", "happened", "bazar ertəsi nazir Qətərin",
   ["ticarət"], date_text="bazar ertəsi"),
 E("MEET", ["Zaur Hümbətli", "Qətər İnvestisiya Təşkilatı"], "Doha", "2028-07-24", "happened", "Elə həmin gün Hümbətli",
   ["investisiya"], date_text="həmin gün"),
 E("VISIT", ["Zaur Hümbətli"], "Əbu-Dabi", "2028-07-25", "happened", "Dünən heyət Əbu-Dabiyə",
   ["ikitərəfli əməkdaşlıq"], date_text="Dünən"),
 E("MEET", ["Zaur Hümbətli", "Həmdan əl-Mazrui"], "Əbu-Dabi", "2028-07-25", "happened", "Orada Hümbətli BƏƏ-nin",
   ["ticarət", "ərzaq təhlükəsizliyi"]),
 E("VISIT", ["Zaur Hümbətli"], "Dubay", "2028-07-27", "planned", "Səfərin son dayanacağı Dubay",
   ["ikitərəfli əməkdaşlıq"], date_text="sabah"),
 E("ATTEND", ["Zaur Hümbətli"], "Dubay", "2028-07-27", "planned", "Səfərin son dayanacağı Dubay",
   ["investisiya", "ticarət"], date_text="sabah", event_name="Azərbaycan–BƏƏ biznes forumu"),
])

A("356_nebiyev_vyana_bratislava_praqa_apa.txt", "APA", """date 2028-09-06
Samir Nəbiyev Avstriya və Slovakiyada qaz tədarükünü müzakirə edib

Energetika naziri Samir Nəbiyev şənbə günü Avstriyaya işgüzar səfərə yollanıb.

APA-nın Energetika Nazirliyinə istinadən verdiyi xəbərə görə, bazar ertəsi Vyanada nazir OMV şirkətinin rəhbərliyi ilə görüşüb. Görüşdə Cənub Qaz Dəhlizi ilə nəql olunan təbii qazın Mərkəzi Avropa bazarlarına çatdırılması üçün yeni marşrutlar nəzərdən keçirilib. Şirkətin rəhbərliyi Abşeron yatağının ikinci mərhələsində iştirak imkanlarını öyrəndiyini bildirib.

Dünən Bratislavaya gedən nazir Slovakiyanın iqtisadiyyat naziri Peter Hudak ilə görüşüb. Görüşdə gələn ildən başlayaraq Slovakiyaya Azərbaycan qazının tədarükünə dair memorandum imzalanıb. Sənədi Nəbiyev və slovak həmkarı imzalayıblar.

Nazirin Praqaya da getməsi nəzərdə tutulurdu. Lakin Çexiya hökumətinin istefası ilə bağlı səfərin bu mərhələsi ləğv edilib. Nazirin çex həmkarı ilə görüşünün yeni tarixi diplomatik kanallarla razılaşdırılacaq. Nəbiyevin bu gün Bakıya qayıdacağı bildirilir.
""", [
 ("Samir Nəbiyev", "PER", "energetika naziri", "Energetika Nazirliyi", ["Samir Nəbiyev", "Nəbiyev", "Nəbiyevin"]),
 ("Peter Hudak", "PER", "iqtisadiyyat naziri", "Slovakiya", ["Peter Hudak"]),
 ("Energetika Nazirliyi", "ORG", None, None, ["Energetika Nazirliyinə"]),
 ("OMV", "ORG", None, None, ["OMV"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Avstriya", "LOC", None, None, ["Avstriya", "Avstriyaya"]),
 ("Slovakiya", "LOC", None, None, ["Slovakiyada", "Slovakiyanın", "Slovakiyaya"]),
 ("Vyana", "LOC", None, None, ["Vyanada"]),
 ("Mərkəzi Avropa", "LOC", None, None, ["Mərkəzi Avropa"]),
 ("Abşeron yatağı", "LOC", None, None, ["Abşeron yatağının"]),
 ("Bratislava", "LOC", None, None, ["Bratislavaya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Praqa", "LOC", None, None, ["Praqaya"]),
 ("Çexiya", "LOC", None, None, ["Çexiya"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
], [
 E("VISIT", ["Samir Nəbiyev"], "Avstriya", "2028-09-02", "happened", "Samir Nəbiyev şənbə günü",
   ["enerji"], date_text="şənbə günü"),
 E("MEET", ["Samir Nəbiyev", "OMV"], "Vyana", "2028-09-04", "happened", "bazar ertəsi Vyanada nazir",
   ["təbii qaz", "enerji"], date_text="bazar ertəsi"),
 E("VISIT", ["Samir Nəbiyev"], "Bratislava", "2028-09-05", "happened", "Dünən Bratislavaya gedən",
   ["enerji"], date_text="Dünən"),
 E("MEET", ["Samir Nəbiyev", "Peter Hudak"], "Bratislava", "2028-09-05", "happened", "Dünən Bratislavaya gedən",
   ["təbii qaz"], date_text="Dünən"),
 E("SIGN", ["Samir Nəbiyev", "Peter Hudak"], "Bratislava", "2028-09-05", "happened", "Görüşdə gələn ildən",
   ["təbii qaz"]),
 E("VISIT", ["Samir Nəbiyev"], "Praqa", None, "negated", "Nazirin Praqaya da",
   ["enerji"]),
])

A("357_eliyarli_aspa_yay_sessiyasi_report.txt", "report.az", """date 2028-06-27
AŞPA-nın yay sessiyasında Azərbaycan heyəti fəal iştirak edir

Bazar ertəsi Strasburqda Avropa Şurası Parlament Assambleyasının yay sessiyası öz işinə başlayıb. Milli Məclisin AŞPA-dakı nümayəndə heyətinə deputat Səbinə Əliyarlı başçılıq edir. Heyətin tərkibində deputatlar Kamran Nəsirli və Lalə Orucova da var.

Report-un Strasburqdakı müxbiri xəbər verir ki, bu gün plenar iclasda "Avropada enerji keçidi və təchizat təhlükəsizliyi" mövzusunda keçirilən müzakirələrdə söz alan Əliyarlı ölkəmizin Avropa İttifaqına təbii qaz ixracının həcmini xatırladıb.

Dünən Nəsirli Hüquq məsələləri və insan hüquqları komitəsinin iclasında çıxış edib. Deputat Qarabağda minaların yaratdığı humanitar problemlərdən danışıb.

Sessiyanın kənarında Əliyarlı Assambleyanın prezidenti Hendrik Larsenlə söhbət edib, onu gələn il Bakıya səfərə dəvət edib. Larsen Azərbaycanın minalardan təmizləmə sahəsindəki təcrübəsinə böyük maraq göstərdiyini deyib.

Cümə axşamı Azərbaycan heyətinin AŞPA-nın monitorinq üzrə həmməruzəçiləri ilə görüşü nəzərdə tutulur.
""", [
 ("Səbinə Əliyarlı", "PER", "deputat", "Milli Məclis", ["Səbinə Əliyarlı", "Əliyarlı"]),
 ("Kamran Nəsirli", "PER", "deputat", "Milli Məclis", ["Kamran Nəsirli", "Nəsirli"]),
 ("Lalə Orucova", "PER", "deputat", "Milli Məclis", ["Lalə Orucova"]),
 ("Hendrik Larsen", "PER", "prezident", "Avropa Şurası Parlament Assambleyası", ["Hendrik Larsenlə"]),
 ("Avropa Şurası Parlament Assambleyası", "ORG", None, None, ["AŞPA-nın", "Avropa Şurası Parlament Assambleyasının", "AŞPA-dakı", "Assambleyanın"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Hüquq məsələləri və insan hüquqları komitəsi", "ORG", None, None, ["Hüquq məsələləri və insan hüquqları komitəsinin"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Avropa İttifaqına"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanın"]),
 ("Strasburq", "LOC", None, None, ["Strasburqda", "Strasburqdakı"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağda"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
], [
 E("ATTEND", ["Səbinə Əliyarlı"], "Strasburq", "2028-06-26", "happened", "nümayəndə heyətinə deputat Səbinə",
   ["enerji", "parlamentlərarası əlaqələr"], date_text="Bazar ertəsi", event_name="AŞPA-nın yay sessiyası"),
 E("ATTEND", ["Kamran Nəsirli"], "Strasburq", "2028-06-26", "happened", "Dünən Nəsirli Hüquq",
   ["minalardan təmizləmə", "humanitar məsələlər"], date_text="Dünən",
   event_name="Hüquq məsələləri və insan hüquqları komitəsinin iclası"),
 E("MEET", ["Səbinə Əliyarlı", "Hendrik Larsen"], "Strasburq", None, "happened", "Sessiyanın kənarında Əliyarlı",
   ["parlamentlərarası əlaqələr"]),
 E("MEET", ["Səbinə Əliyarlı", "Avropa Şurası Parlament Assambleyası"], "Strasburq", "2028-06-29", "planned",
   "Cümə axşamı Azərbaycan heyətinin", ["monitorinq"], date_text="Cümə axşamı"),
])

A("358_shirinzade_atet_pa_buxarest_qafqazinfo.txt", "qafqazinfo.az", """date 2028-07-14
Rauf Şirinzadə ATƏT PA-nın Buxarestdəki illik sessiyasında

Qafqazinfo | Siyasət | 14 iyul 2028 11:42

Rauf Şirinzadə ATƏT PA-nın Buxarestdəki illik sessiyasında

İyulun 9-dan 13-dək Rumıniyanın paytaxtı Buxarestdə ATƏT Parlament Assambleyasının otuz yeddinci illik sessiyası keçirilib. Sessiyada Milli Məclisin nümayəndə heyətinə Sədr müavini Rauf Şirinzadə rəhbərlik edib.

Qafqazinfo xəbər verir ki, iyulun 11-də sessiyanın kənarında Şirinzadə Rumıniya Deputatlar Palatasının sədri Kristian Dumitru ilə görüşüb. Sessiyanın yekun günü Azərbaycan heyətinin rəhbəri İsveç Riksdaqının deputatı Ulf Bergström ilə də söhbət edib.

Heyətin üzvü Nərgiz Quliyevanın Gənc parlamentarilər forumunda çıxış etməsi nəzərdə tutulurdu, lakin forum təşkilati səbəblərdən ləğv olunub.

Deputatlar dünən axşam Bakıya qayıdıblar.

Oxşar xəbərlər:
Milli Məclisdə yaz sessiyasının son iclası keçirilib
Deputat: "Yeni məcəllə sahibkarlar üçün şəffaflığı artıracaq"

Qafqazinfo-nu sosial şəbəkələrdə izləyin!
""", [
 ("Rauf Şirinzadə", "PER", "sədr müavini", "Milli Məclis", ["Rauf Şirinzadə", "Şirinzadə"]),
 ("Kristian Dumitru", "PER", "sədr", "Rumıniya Deputatlar Palatası", ["Kristian Dumitru"]),
 ("Ulf Bergström", "PER", "deputat", "İsveç Riksdaqı", ["Ulf Bergström"]),
 ("Nərgiz Quliyeva", "PER", "heyətin üzvü", "Milli Məclis", ["Nərgiz Quliyevanın"]),
 ("ATƏT Parlament Assambleyası", "ORG", None, None, ["ATƏT PA-nın", "ATƏT Parlament Assambleyasının"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin", "Milli Məclisdə"]),
 ("Rumıniya Deputatlar Palatası", "ORG", None, None, ["Rumıniya Deputatlar Palatasının"]),
 ("İsveç Riksdaqı", "ORG", None, None, ["İsveç Riksdaqının"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo", "Qafqazinfo-nu"]),
 ("Buxarest", "LOC", None, None, ["Buxarestdəki", "Buxarestdə"]),
 ("Rumıniya", "LOC", None, None, ["Rumıniyanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
], [
 E("ATTEND", ["Rauf Şirinzadə"], "Buxarest", "2028-07-09", "happened", "Sessiyada Milli Məclisin nümayəndə",
   ["parlamentlərarası əlaqələr", "təhlükəsizlik"], date_text="İyulun 9-dan 13-dək",
   event_name="ATƏT Parlament Assambleyasının otuz yeddinci illik sessiyası"),
 E("MEET", ["Rauf Şirinzadə", "Kristian Dumitru"], "Buxarest", "2028-07-11", "happened", "iyulun 11-də sessiyanın",
   ["parlamentlərarası əlaqələr"], date_text="iyulun 11-də"),
 E("MEET", ["Rauf Şirinzadə", "Ulf Bergström"], "Buxarest", "2028-07-13", "happened", "Sessiyanın yekun günü",
   ["parlamentlərarası əlaqələr"], date_text="Sessiyanın yekun günü"),
 E("ATTEND", ["Nərgiz Quliyeva"], "Buxarest", None, "negated", "Heyətin üzvü Nərgiz",
   ["gənclər siyasəti"], event_name="Gənc parlamentarilər forumu"),
])

A("359_hesenbeyova_turkpa_biskek_xalq_qezeti.txt", None, """date 2028-09
Bişkekdə TÜRKPA-nın plenar sessiyası: Azərbaycan parlamentinin mövqeyi səsləndirilib

Türk Dövlətlərinin Parlament Assambleyasının (TÜRKPA) on yeddinci plenar sessiyası sentyabrın 12–13-də qırğız paytaxtında – Bişkekdə işini başa vurub. Sessiyada iştirak edən Milli Məclis nümayəndə heyətinin başında Sədr Ləman Həsənbəyova dayanırdı.

Sessiyadan bir gün əvvəl Bişkekə gələn Sədr Qırğızıstan Prezidenti Sadır Toktomuşev tərəfindən qəbul olunub. Söhbət zamanı tərəflər arasında enerji və su ehtiyatlarının idarə olunması sahəsində əmək-
daşlığın yeni istiqamətləri müzakirə edilib.

Plenar iclasda çıxış edən Həsənbəyova türk dünyasının nəqliyyat bağlantılarının gücləndirilmə-
sində parlamentlərin rolunu qabardıb. Sessiyanın ikinci günü Sədr TBMM-in rəhbəri Orhan Demirtaşla görüşüb, iki parlament arasında qanunvericilik təcrübəsinin mübadilesi barədə fikir bölüşüb.

Sessiyanın yekununda üzv ölkələrin parlament rəhbərləri yekun bəyannaməni imzalayıblar. Sənədə Azərbaycan tərəfindən Ləman Həsənbəyova imza atıb.

Növbəti plenar sessiyanın gələn il Bakıda keçirilməsi qərara alınıb.

RAMİN QULUZADƏ,
«Xalq qəzeti»
""", [
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis", ["Ləman Həsənbəyova", "Həsənbəyova"]),
 ("Sadır Toktomuşev", "PER", "Prezident", "Qırğızıstan", ["Sadır Toktomuşev"]),
 ("Orhan Demirtaş", "PER", "rəhbər", "Türkiyə Böyük Millət Məclisi", ["Orhan Demirtaşla"]),
 ("Ramin Quluzadə", "PER", None, None, ["RAMİN QULUZADƏ"]),
 ("TÜRKPA", "ORG", None, None, ["TÜRKPA-nın", "Türk Dövlətlərinin Parlament Assambleyasının", "TÜRKPA"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclis"]),
 ("Türkiyə Böyük Millət Məclisi", "ORG", None, None, ["TBMM-in"]),
 ("Xalq qəzeti", "ORG", None, None, ["Xalq qəzeti"]),
 ("Bişkek", "LOC", None, None, ["Bişkekdə", "Bişkekə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstan"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
], [
 E("ATTEND", ["Ləman Həsənbəyova"], "Bişkek", "2028-09-12", "happened", "Milli Məclis nümayəndə heyətinin başında",
   ["parlamentlərarası əlaqələr", "nəqliyyat"], date_text="sentyabrın 12–13-də",
   event_name="TÜRKPA-nın on yeddinci plenar sessiyası"),
 E("VISIT", ["Ləman Həsənbəyova"], "Bişkek", "2028-09-11", "happened", "Sessiyadan bir gün əvvəl",
   ["parlamentlərarası əlaqələr"], date_text="bir gün əvvəl"),
 E("MEET", ["Ləman Həsənbəyova", "Sadır Toktomuşev"], "Bişkek", "2028-09-11", "happened", "Sessiyadan bir gün əvvəl",
   ["enerji", "su ehtiyatları"], host="Sadır Toktomuşev", date_text="bir gün əvvəl"),
 E("MEET", ["Ləman Həsənbəyova", "Orhan Demirtaş"], "Bişkek", "2028-09-13", "happened", "Sessiyanın ikinci günü Sədr",
   ["qanunvericilik"], date_text="Sessiyanın ikinci günü"),
 E("SIGN", ["Ləman Həsənbəyova"], "Bişkek", "2028-09-13", "happened", "Sessiyanın yekununda üzv",
   ["parlamentlərarası əlaqələr"]),
])

A("360_elizade_kovalcuk_belarus_komissiya_azertac.txt", "AZERTAC", """date 2028-06-29
Azərbaycan–Belarus hökumətlərarası komissiyasının iclasında yeni sənədlər imzalanıb

Bakı, 29 iyun, AZERTAC

Dünən Bakıda Azərbaycan–Belarus hökumətlərarası iqtisadi komissiyasının 19-cu iclası keçirilib. Toplantını həmsədrlər – rəqəmsal inkişaf və nəqliyyat naziri Rəşad Əlizadə və Belarusun sənaye naziri Aleksandr Kovalçuk aparıblar.

Əlizadənin sözlərinə görə, yanvar-may aylarında iki ölkə arasında mal dövriyyəsi ötən ilin eyni dövründəkindən xeyli yüksək olub, kənd təsərrüfatı texnikasının birgə istehsalı da genişlənib. Belaruslu nazir isə ölkəsinin Kəlbəcər və Laçında yol tikintisində iştiraka hazır olduğunu bildirib. İclasda tərəflər Belarusda Azərbaycan ticarət evinin açılmasını da razılaşdırıblar.

İclasın protokoluna sonda həmsədrlər imza atıblar. Elə həmin gün "Gəncə Avtomobil Zavodu" ilə Minsk Traktor Zavodu arasında yığım istehsalının yeni mərhələsinə dair saziş də imzalanıb.

Qeyd edək ki, Kovalçuk bazar ertəsi Bakıya gəlib. Belarus heyəti bu gün Gəncəyə yola düşüb, orada avtomobil zavodunun yeni sexlərini gəzəcək.
""", [
 ("Rəşad Əlizadə", "PER", "rəqəmsal inkişaf və nəqliyyat naziri", "Azərbaycan", ["Rəşad Əlizadə", "Əlizadənin"]),
 ("Aleksandr Kovalçuk", "PER", "sənaye naziri", "Belarus", ["Aleksandr Kovalçuk", "Kovalçuk"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Gəncə Avtomobil Zavodu", "ORG", None, None, ["Gəncə Avtomobil Zavodu"]),
 ("Minsk Traktor Zavodu", "ORG", None, None, ["Minsk Traktor Zavodu"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Belarus", "LOC", None, None, ["Belarus", "Belarusun", "Belarusda"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıda", "Bakıya"]),
 ("Kəlbəcər", "LOC", None, None, ["Kəlbəcər"]),
 ("Laçın", "LOC", None, None, ["Laçında"]),
 ("Gəncə", "LOC", None, None, ["Gəncəyə"]),
], [
 E("MEET", ["Rəşad Əlizadə", "Aleksandr Kovalçuk"], "Bakı", "2028-06-28", "happened", "Toplantını həmsədrlər –",
   ["ticarət", "sənaye", "nəqliyyat"], date_text="Dünən",
   event_name="hökumətlərarası iqtisadi komissiyasının 19-cu iclası"),
 E("SIGN", ["Rəşad Əlizadə", "Aleksandr Kovalçuk"], "Bakı", "2028-06-28", "happened", "İclasın protokoluna sonda",
   ["ticarət"]),
 E("SIGN", ["Gəncə Avtomobil Zavodu", "Minsk Traktor Zavodu"], None, "2028-06-28", "happened", 'Elə həmin gün "Gəncə',
   ["sənaye"], date_text="həmin gün"),
 E("VISIT", ["Aleksandr Kovalçuk"], "Bakı", "2028-06-26", "happened", "Kovalçuk bazar ertəsi Bakıya",
   ["ikitərəfli əməkdaşlıq"], date_text="bazar ertəsi"),
 E("VISIT", ["Aleksandr Kovalçuk"], "Gəncə", "2028-06-29", "happened", "Belarus heyəti bu gün Gəncəyə",
   ["sənaye"], date_text="bu gün"),
])

A("361_humbetli_morales_ispaniya_forum_trend.txt", "trend.az", """date 2028-08-10
Bakıda Azərbaycan–İspaniya biznes forumu keçirilib

Dünən Bakıda keçirilən Azərbaycan–İspaniya biznes forumunda iki ölkənin yüzdən çox şirkəti təmsil olunub. Forumda logistika, aqrar sənaye və turizm üzrə üç panel sessiyası təşkil edilib. Trend xəbər verir ki, forumda çıxış edənlər arasında iqtisadiyyat naziri Zaur Hümbətli, eləcə də İspaniyanın ticarət üzrə dövlət katibi Xavier Morales olub.

Forumdan əvvəl Hümbətli ilə Morales təkbətək görüşərək yaşıl enerji, turizm və aqrar sektorda ortaq sərmayə imkanlarını dəyərləndiriblər.

Tədbir çərçivəsində AZPROMO ilə İspaniya İxrac və İnvestisiyalar İnstitutu (ICEX) arasında əməkdaşlıq memorandumu imzalanıb. SOCAR ilə "Repsol" şirkəti arasında Abşeronda 200 meqavatlıq günəş parkının inşasına dair niyyət protokolunun da imzalanması gözlənilirdi. Lakin sənəd son anda forumun gündəliyindən çıxarılıb.

İspaniyalı qonaq bu gün Ələtdəki Bakı Beynəlxalq Dəniz Ticarət Limanına baş çəkəcək. Sabah isə Morales hökumət başçısı Nicat Ələsgərlinin qəbulunda olacaq.
""", [
 ("Zaur Hümbətli", "PER", "iqtisadiyyat naziri", "Azərbaycan", ["Zaur Hümbətli", "Hümbətli"]),
 ("Xavier Morales", "PER", "dövlət katibi", "İspaniya", ["Xavier Morales", "Morales"]),
 ("Nicat Ələsgərli", "PER", "hökumət başçısı", "Azərbaycan", ["Nicat Ələsgərlinin"]),
 ("Trend", "ORG", None, None, ["Trend"]),
 ("AZPROMO", "ORG", None, None, ["AZPROMO"]),
 ("İspaniya İxrac və İnvestisiyalar İnstitutu", "ORG", None, None, ["İspaniya İxrac və İnvestisiyalar İnstitutu", "ICEX"]),
 ("Azərbaycan Respublikası Dövlət Neft Şirkəti", "ORG", None, None, ["SOCAR"]),
 ("Repsol", "ORG", None, None, ["Repsol"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("İspaniya", "LOC", None, None, ["İspaniya", "İspaniyanın"]),
 ("Abşeron", "LOC", None, None, ["Abşeronda"]),
 ("Ələt", "LOC", None, None, ["Ələtdəki"]),
 ("Bakı Beynəlxalq Dəniz Ticarət Limanı", "LOC", None, None, ["Bakı Beynəlxalq Dəniz Ticarət Limanına"]),
], [
 E("ATTEND", ["Zaur Hümbətli"], "Bakı", "2028-08-09", "happened", "forumda çıxış edənlər arasında",
   ["investisiya", "ticarət"], date_text="Dünən", event_name="Azərbaycan–İspaniya biznes forumu"),
 E("ATTEND", ["Xavier Morales"], "Bakı", "2028-08-09", "happened", "forumda çıxış edənlər arasında",
   ["investisiya", "ticarət"], date_text="Dünən", event_name="Azərbaycan–İspaniya biznes forumu"),
 E("MEET", ["Zaur Hümbətli", "Xavier Morales"], "Bakı", "2028-08-09", "happened", "Forumdan əvvəl Hümbətli",
   ["bərpa olunan enerji", "turizm", "kənd təsərrüfatı"], date_text="Forumdan əvvəl"),
 E("SIGN", ["AZPROMO", "İspaniya İxrac və İnvestisiyalar İnstitutu"], "Bakı", "2028-08-09", "happened",
   "Tədbir çərçivəsində AZPROMO", ["ixrac", "investisiya"]),
 E("SIGN", ["Azərbaycan Respublikası Dövlət Neft Şirkəti", "Repsol"], "Bakı", "2028-08-09", "negated",
   'SOCAR ilə "Repsol" şirkəti', ["bərpa olunan enerji"]),
 E("VISIT", ["Xavier Morales"], "Bakı Beynəlxalq Dəniz Ticarət Limanı", "2028-08-10", "planned", "İspaniyalı qonaq bu gün",
   ["nəqliyyat"], place="Bakı Beynəlxalq Dəniz Ticarət Limanı", date_text="bu gün"),
 E("MEET", ["Xavier Morales", "Nicat Ələsgərli"], None, "2028-08-11", "planned", "Sabah isə Morales hökumət",
   ["ikitərəfli əməkdaşlıq"], host="Nicat Ələsgərli", date_text="Sabah"),
])
