A("171_kurbanov_dagistan_qusar.txt", None, """date 2026-09-04
Dağıstan parlamentinin heyəti Qusarda olub

Sentyabrın 2-də Dağıstan Respublikası Xalq Məclisinin sədr müavini Ruslan Kurbanovun başçılıq etdiyi nümayəndə heyəti Samur körpüsündən keçərək Azərbaycana gəlib.

Qusar Rayon İcra Hakimiyyətinin başçısı Fərhad Əmirxanov qonaqları rayonun inzibati binasında qəbul edib. Milli Məclisin deputatı Sevda Ağakişiyevanın da iştirak etdiyi gö-
rüşdə Əmirxanov Qusarın sosial-iqtisadi inkşafı, Şahdağ turizm kompleksinin yerli əhalinin məşğulluğuna təsiri barədə qonaqalrı məlu-
mat verib. Kurbanov isə Dagistan ilə Azərbaycanın sərhədyanı rayonları arasında ticarətin ve mədəni əlaqələrin genişləndiriılməsinin vacibliyini vurğulayıb.

Dağıstanlı qonaqlar həmin gün Qusardakı Ləzgi Dövlət Dram Teatrına baş çəkib, teatrın kollektivi ilə görüşüblər.

Sentyabrın 3-də Qusar ilə Dağıstanın Maqaramkənd rayonu arasında qardaş-
laşma haqqında saziş imzalanıb. Sənədə Fərhad Əmirxanov və Maqaramkənd rayonunun başçısı Arsen Seyidov imza atıblar. İmza mərasimindən sonra heyət Xacmaz rayonuna keçib, Nabran istirahat zonasında turizm obyektləri ilə tanış olub.

Heyətin Bakıya gələrək Milli Məclisin rəhbərliyi ilə görüşməsi də nəzərdə tutulurdu, lakin qonaqların Mahaçqalada keçiriləcək sessiyaya qayıtmalı olması səbəbindən bu görüş baş tutmayıb.

Gələn ilin yazında Qusar nümayəndə heyətinin Dərbəndə səfəri planlaşdırılır.

Rasim HƏSƏNOV
""", [
 ("Ruslan Kurbanov", "PER", "sədr müavini", "Dağıstan Respublikası Xalq Məclisi", ["Ruslan Kurbanovun", "Kurbanov"]),
 ("Fərhad Əmirxanov", "PER", "icra hakimiyyətinin başçısı", "Qusar Rayon İcra Hakimiyyəti", ["Fərhad Əmirxanov", "Əmirxanov"]),
 ("Sevda Ağakişiyeva", "PER", "deputat", "Milli Məclis", ["Sevda Ağakişiyevanın"]),
 ("Arsen Seyidov", "PER", "rayon başçısı", None, ["Arsen Seyidov"]),
 ("Rasim Həsənov", "PER", None, None, ["Rasim HƏSƏNOV"]),
 ("Dağıstan Respublikası Xalq Məclisi", "ORG", None, None, ["Dağıstan Respublikası Xalq Məclisinin"]),
 ("Qusar Rayon İcra Hakimiyyəti", "ORG", None, None, ["Qusar Rayon İcra Hakimiyyətinin"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Ləzgi Dövlət Dram Teatrı", "ORG", None, None, ["Ləzgi Dövlət Dram Teatrına"]),
 ("Dağıstan", "LOC", None, None, ["Dağıstan", "Dagistan", "Dağıstanın"]),
 ("Qusar", "LOC", None, None, ["Qusarda", "Qusarın", "Qusardakı", "Qusar"]),
 ("Samur körpüsü", "LOC", None, None, ["Samur körpüsündən"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycana", "Azərbaycanın"]),
 ("Şahdağ", "LOC", None, None, ["Şahdağ"]),
 ("Maqaramkənd", "LOC", None, None, ["Maqaramkənd"]),
 ("Xaçmaz", "LOC", None, None, ["Xacmaz"]),
 ("Nabran", "LOC", None, None, ["Nabran"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Mahaçqala", "LOC", None, None, ["Mahaçqalada"]),
 ("Dərbənd", "LOC", None, None, ["Dərbəndə"]),
], [
 E("VISIT", ["Ruslan Kurbanov"], "Azərbaycan", "2026-09-02", "happened", "Sentyabrın 2-də Dağıstan",
   ["parlamentlərarası əlaqələr", "sərhədyanı əməkdaşlıq"], date_text="Sentyabrın 2-də"),
 E("MEET", ["Ruslan Kurbanov", "Fərhad Əmirxanov", "Sevda Ağakişiyeva"], "Qusar", "2026-09-02", "happened",
   "Fərhad Əmirxanov qonaqları rayonun", ["sosial-iqtisadi inkişaf", "turizm", "sərhədyanı ticarət"],
   host="Fərhad Əmirxanov", date_text="Sentyabrın 2-də"),
 E("VISIT", ["Ruslan Kurbanov"], "Ləzgi Dövlət Dram Teatrı", "2026-09-02", "happened", "Dağıstanlı qonaqlar həmin gün",
   ["mədəniyyət"], place="Ləzgi Dövlət Dram Teatrı", date_text="həmin gün"),
 E("SIGN", ["Fərhad Əmirxanov", "Arsen Seyidov"], None, "2026-09-03", "happened", "Sentyabrın 3-də Qusar",
   ["qardaşlaşma"], date_text="Sentyabrın 3-də"),
 E("VISIT", ["Ruslan Kurbanov"], "Xaçmaz", "2026-09-03", "happened", "İmza mərasimindən sonra heyət",
   ["turizm"]),
 E("VISIT", ["Ruslan Kurbanov"], "Bakı", None, "negated", "Heyətin Bakıya gələrək",
   ["parlamentlərarası əlaqələr"]),
 E("MEET", ["Ruslan Kurbanov", "Milli Məclis"], "Bakı", None, "negated", "Heyətin Bakıya gələrək",
   ["parlamentlərarası əlaqələr"]),
])

A("172_efendiyeva_kardoso_telefon.txt", "report.az", """date 2026-10-21
Portuqaliyanın dövlət katibi noyabrda Bakıya gələcək

Xarici işlər nazirinin müavini Günay Əfəndiyeva ilə Portuqaliyanın xarici işlər üzrə dövlət katibi Paulo Kardoso dünən telefonla həmsöhbət olublar.

Report-a XİN-dən verilən məlumata görə, söhbətdə Lissabon ilə Bakı arasında birbaşa aviareysin açılması, Portuqaliya limanları vasitəsilə Azərbaycan məhsullarının Amerika bazarlarına çıxarılması, iki ölkənin universitetləri arasında əməkdaşlıq məsələləri müzakirə edilib. Paulo Kardoso Azərbaycanın Avropanın enerji təhlükəsizliyinə verdiyi töhfəni yüksək qiymətləndirib, Portuqaliya şirkətlərinin Qarabağda bərpa olunan enerji layihələrinə marağını diqqətə çatdırıb.

Tərəflər Paulo Kardosonun noyabrın ortalarında Bakıya səfərinin detallarını razılaşdırıblar. Səfər çərçivəsində hava nəqliyyatı haqqında hökumətlərarası sazişə Kardoso və Əfəndiyevanın imza atması planlaşdırılır.

Xatırladaq ki, diplomatlar sentyabrın 24-də Nyu-Yorkda, BMT Baş Assambleyasının 81-ci sessiyasının kənarında qısa görüş keçirmişdilər.

Nazir müavini bu gün isə Madridə yola düşüb. O, İspaniyanın xarici işlər nazirliyində siyasi məsləhətləşmələr aparacaq.
""", [
 ("Günay Əfəndiyeva", "PER", "xarici işlər nazirinin müavini", "Xarici İşlər Nazirliyi", ["Günay Əfəndiyeva", "Əfəndiyevanın"]),
 ("Paulo Kardoso", "PER", "dövlət katibi", "Portuqaliya", ["Paulo Kardoso", "Paulo Kardosonun", "Kardoso"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["XİN-dən"]),
 ("BMT Baş Assambleyası", "ORG", None, None, ["BMT Baş Assambleyasının"]),
 ("Report", "ORG", None, None, ["Report-a"]),
 ("Portuqaliya", "LOC", None, None, ["Portuqaliyanın", "Portuqaliya"]),
 ("Bakı", "LOC", None, None, ["Bakıya", "Bakı"]),
 ("Lissabon", "LOC", None, None, ["Lissabon"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanın"]),
 ("Amerika", "LOC", None, None, ["Amerika"]),
 ("Avropa", "LOC", None, None, ["Avropanın"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağda"]),
 ("Nyu-York", "LOC", None, None, ["Nyu-Yorkda"]),
 ("Madrid", "LOC", None, None, ["Madridə"]),
 ("İspaniya", "LOC", None, None, ["İspaniyanın"]),
], [
 E("CALL", ["Günay Əfəndiyeva", "Paulo Kardoso"], None, "2026-10-20", "happened", "Xarici işlər nazirinin müavini Günay",
   ["aviareyslər", "logistika", "təhsil"], date_text="dünən"),
 E("VISIT", ["Paulo Kardoso"], "Bakı", "2026-11", "planned", "Tərəflər Paulo Kardosonun",
   ["ikitərəfli münasibətlər"], date_text="noyabrın ortalarında"),
 E("SIGN", ["Paulo Kardoso", "Günay Əfəndiyeva"], "Bakı", "2026-11", "planned", "Səfər çərçivəsində hava",
   ["hava nəqliyyatı"], date_text="noyabrın ortalarında"),
 E("MEET", ["Günay Əfəndiyeva", "Paulo Kardoso"], "Nyu-York", "2026-09-24", "happened", "Xatırladaq ki, diplomatlar",
   ["ikitərəfli münasibətlər"], date_text="sentyabrın 24-də", event_name="BMT Baş Assambleyasının 81-ci sessiyası"),
 E("VISIT", ["Günay Əfəndiyeva"], "Madrid", "2026-10-21", "happened", "Nazir müavini bu gün isə",
   ["siyasi məsləhətləşmələr"], date_text="bu gün"),
])

A("173_zeynalli_enerji_forumu_metbuat.txt", "metbuat.az", """date 2026-06-03
Orxan Zeynallı rumıniyalı həmkarı ilə görüşüb | Metbuat.az

METBUAT.AZ
Xəbər lenti | Siyasət | Ekonomika | Hadisə | Dünya | Maraqlı
Saytın tam versiyasına keçmək üçün brauzerinizdə JavaScript-i aktivləşdirin
Ana səhifə › Ekonomika
03.06.2026 / 16:20
Orxan Zeynallı rumıniyalı həmkarı ilə görüşüb
Oxunub: 984

Energetika nazirinin müavini Orxan Zeynallı dünən Bakı Enerji Həftəsi çərçivəsində keçirilən Bakı Enerji Forumunun açılış sessiyasında iştirak edib.

Metbuat.az xəbər verir ki, forumun kənarında nazir müavini Rumıniyanın Energetika Nazirliyinin dövlət katibi Mihay İonesku ilə görüşüb. Görüşdə Azərbaycan–Gürcüstan–Rumıniya–Macarıstan yaşıl enerji dəhlizi layihəsinin texniki-iqtisadi əsaslandırılması, Qara dənizin dibi ilə çəkiləcək elektrik kabelinin marşrutu müzakirə olunub.

Həmçinin oxuyun: Azərbaycanın elektrik enerjisi ixracı beş ayda 15 faiz artıb

Bu gün forumun ikinci günündə Azərenerji ASC ilə Rumıniyanın Transelektrika şirkəti arasında enerji sistemlərinin sinxronlaşdırılmasına dair anlaşma memorandumu imzalanıb.

Rumıniyanın energetika naziri Boqdan Marineskunun da forumda çıxışı gözlənilirdi, lakin o, Buxarestdə hökumətin növbədənkənar iclası səbəbindən Bakıya gəlməyib.

Mihay İonesku sabah Mingəçevirə yollanacaq, burada Mingəçevir Su Elektrik Stansiyasında aparılan modernləşdirmə işləri ilə tanış olacaq.

Reklam yerləşdirmək üçün: (012) 000 00 00
Paylaş:
Digər xəbərlər
Dollar bu gün neçəyə satılır?
Nazirlik: "Yay tətilində məktəblərdə təmir aparılacaq"
Lənkəranda çay plantasiyaları genişləndirilir
© 2026 Metbuat.az. Bütün hüquqlar qorunur.
""", [
 ("Orxan Zeynallı", "PER", "nazir müavini", "Azərbaycan", ["Orxan Zeynallı"]),
 ("Mihay İonesku", "PER", "dövlət katibi", "Rumıniya Energetika Nazirliyi", ["Mihay İonesku"]),
 ("Boqdan Marinesku", "PER", "energetika naziri", "Rumıniya", ["Boqdan Marineskunun"]),
 ("Rumıniya Energetika Nazirliyi", "ORG", None, None, ["Energetika Nazirliyinin"]),
 ("Azərenerji", "ORG", None, None, ["Azərenerji"]),
 ("Transelektrika", "ORG", None, None, ["Transelektrika"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az", "METBUAT.AZ"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıya"]),
 ("Rumıniya", "LOC", None, None, ["Rumıniyanın", "Rumıniya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanın"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstan"]),
 ("Qara dəniz", "LOC", None, None, ["Qara dənizin"]),
 ("Buxarest", "LOC", None, None, ["Buxarestdə"]),
 ("Mingəçevir", "LOC", None, None, ["Mingəçevirə"]),
 ("Mingəçevir Su Elektrik Stansiyası", "LOC", None, None, ["Mingəçevir Su Elektrik Stansiyasında"]),
 ("Lənkəran", "LOC", None, None, ["Lənkəranda"]),
], [
 E("ATTEND", ["Orxan Zeynallı"], "Bakı", "2026-06-02", "happened", "Energetika nazirinin müavini Orxan",
   ["enerji", "yaşıl enerji"], date_text="dünən", event_name="Bakı Enerji Forumu"),
 E("MEET", ["Orxan Zeynallı", "Mihay İonesku"], "Bakı", None, "happened", "forumun kənarında nazir müavini",
   ["yaşıl enerji dəhlizi", "elektrik kabeli"]),
 E("SIGN", ["Azərenerji", "Transelektrika"], "Bakı", "2026-06-03", "happened", "Bu gün forumun ikinci günündə",
   ["enerji sistemləri"], date_text="Bu gün"),
 E("ATTEND", ["Boqdan Marinesku"], "Bakı", "2026-06-02", "negated", "Rumıniyanın energetika naziri",
   ["enerji"], event_name="Bakı Enerji Forumu"),
 E("VISIT", ["Boqdan Marinesku"], "Bakı", None, "negated", "Rumıniyanın energetika naziri",
   ["enerji"]),
 E("VISIT", ["Mihay İonesku"], "Mingəçevir", "2026-06-04", "planned", "Mihay İonesku sabah",
   ["hidroenergetika"], date_text="sabah"),
 E("VISIT", ["Mihay İonesku"], "Mingəçevir Su Elektrik Stansiyası", "2026-06-04", "planned", "Mihay İonesku sabah",
   ["hidroenergetika"], place="Mingəçevir Su Elektrik Stansiyası", date_text="sabah"),
])

A("174_heshimli_pai_cenevre.txt", "AZERTAC", """date 2026-10-23
Milli Məclisin nümayəndə heyəti Cenevrədə Parlamentlərarası İttifaqın Assambleyasında iştirak edib

Milli Məclisin sədr müavini Mübariz Həşimlinin rəhbərlik etdiyi nümayəndə heyəti oktyabrın 18-dən 22-dək Cenevrədə keçirilən Parlamentlərarası İttifaqın (PAİ) 153-cü Assambleyasına qatılıb. Heyətin tərkibində deputatlar Səadət Əliquliyeva və Kamil Rzazadə də yer alıblar.

AZERTAC xəbər verir ki, heyət oktyabrın 17-də Cenevrəyə yola düşmüşdü. Assambleyanın rəsmi açılışı oktyabrın 19-da olub. Gündəlikdə süni intellektin qanunvericilik fəaliyyətinə təsiri, iqlim dəyişmələri və münaqişələrdən sonrakı bərpa mövzuları yer alıb. Açılış günü Mübariz Həşimli PAİ-nin Baş katibi Rikardo Almeyda ilə görüşüb. Söhbət zamanı Bakıda keçiriləcək parlament gənclərinin qlobal konfransına hazırlıq, PAİ-nin iqlim dəyişmələri üzrə təşəbbüslərinə Azərbaycanın töhfəsi müzakirə olunub.

Oktyabrın 20-də ümumi müzakirələrdə çıxış edən Həşimli COP29-un irsindən danışıb, iqlim maliyyələşdirilməsində parlamentlərin nəzarət rolunun gücləndirilməsini təklif edib. Həmin gün Səadət Əliquliyeva Sülh və beynəlxalq təhlükəsizlik üzrə daimi komitəsinin iclasında minalardan təmizlənmə ilə bağlı məruzə ilə çıxış edib, Kamil Rzazadə isə Davamlı inkişaf üzrə daimi komitənin müzakirələrinə qatılıb.

Assambleyanın kənarında Mübariz Həşimli Qırğızıstan Jogorku Keneşinin sədr müavini Nurlan Toktoqulov, Portuqaliya Respublika Assambleyasının vitse-prezidenti Ana Mendeş və Çili Deputatlar Palatasının sədr müavini Karlos Fuentes ilə ayrı-ayrılıqda görüşüb. Görüşlərdə ikitərəfli parlament əlaqələri, beynəlxalq təşkilatlarda qarşılıqlı dəstək məsələləri nəzərdən keçirilib.

Heyətin Gürcüstan parlamentinin sədr müavini Davit Mesxi ilə görüşü də planlaşdırılırdı. Lakin gürcü həmkarın Tbilisiyə vaxtından əvvəl qayıtması səbəbindən həmin görüş baş tutmayıb.

Oktyabrın 21-də nümayəndə heyəti İsveçrənin paytaxtı Berndə olub. İsveçrə Federal Məclisinin Milli Şurasının sədri Urs Keller qonaqları Federal Sarayda qəbul edib. Görüşdə Azərbaycan–İsveçrə parlamentlərarası dostluq qrupunun fəaliyyəti, İsveçrə şirkətlərinin Azərbaycanda əczaçılıq və saatqayırma sahələrində investisiya imkanları müzakirə edilib. Mübariz Həşimli Urs Kelleri Azərbaycana səfərə dəvət edib, dəvət minnətdarlıqla qəbul olunub.

Assambleyanın yekun günü, oktyabrın 22-də, Cenevrədə PAİ ilə Milli Məclis arasında gənc parlamentarilərin təlimi üzrə birgə layihəyə dair sənəd imzalanıb. Sənədi Rikardo Almeyda və Mübariz Həşimli imzalayıblar.

Səfərin yekunlarını AZERTAC-a şərh edən Mübariz Həşimli bildirib ki, Azərbaycan parlamenti beynəlxalq platformalarda iqlim, sülh və humanitar minatəmizləmə mövzularını ardıcıl olaraq gündəmdə saxlayacaq.
""", [
 ("Mübariz Həşimli", "PER", "sədr müavini", "Milli Məclis", ["Mübariz Həşimlinin", "Mübariz Həşimli", "Həşimli"]),
 ("Səadət Əliquliyeva", "PER", "deputat", "Milli Məclis", ["Səadət Əliquliyeva"]),
 ("Kamil Rzazadə", "PER", "deputat", "Milli Məclis", ["Kamil Rzazadə"]),
 ("Rikardo Almeyda", "PER", "baş katib", "Parlamentlərarası İttifaq", ["Rikardo Almeyda"]),
 ("Nurlan Toktoqulov", "PER", "sədr müavini", "Qırğızıstan Jogorku Keneşi", ["Nurlan Toktoqulov"]),
 ("Ana Mendeş", "PER", "vitse-prezident", "Portuqaliya Respublika Assambleyası", ["Ana Mendeş"]),
 ("Karlos Fuentes", "PER", "sədr müavini", "Çili Deputatlar Palatası", ["Karlos Fuentes"]),
 ("Davit Mesxi", "PER", "sədr müavini", "Gürcüstan", ["Davit Mesxi"]),
 ("Urs Keller", "PER", "sədr", "İsveçrə Federal Məclisinin Milli Şurası", ["Urs Keller", "Urs Kelleri"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin", "Milli Məclis"]),
 ("Parlamentlərarası İttifaq", "ORG", None, None, ["Parlamentlərarası İttifaqın", "PAİ", "PAİ-nin"]),
 ("Sülh və beynəlxalq təhlükəsizlik üzrə daimi komitə", "ORG", None, None, ["Sülh və beynəlxalq təhlükəsizlik üzrə daimi komitəsinin"]),
 ("Davamlı inkişaf üzrə daimi komitə", "ORG", None, None, ["Davamlı inkişaf üzrə daimi komitənin"]),
 ("Qırğızıstan Jogorku Keneşi", "ORG", None, None, ["Qırğızıstan Jogorku Keneşinin"]),
 ("Portuqaliya Respublika Assambleyası", "ORG", None, None, ["Portuqaliya Respublika Assambleyasının"]),
 ("Çili Deputatlar Palatası", "ORG", None, None, ["Çili Deputatlar Palatasının"]),
 ("İsveçrə Federal Məclisinin Milli Şurası", "ORG", None, None, ["İsveçrə Federal Məclisinin Milli Şurasının"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC", "AZERTAC-a"]),
 ("Cenevrə", "LOC", None, None, ["Cenevrədə", "Cenevrəyə"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın", "Azərbaycan", "Azərbaycanda", "Azərbaycana"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisiyə"]),
 ("İsveçrə", "LOC", None, None, ["İsveçrənin", "İsveçrə"]),
 ("Bern", "LOC", None, None, ["Berndə"]),
 ("Federal Saray", "LOC", None, None, ["Federal Sarayda"]),
], [
 E("ATTEND", ["Mübariz Həşimli"], "Cenevrə", "2026-10-18", "happened", "Milli Məclisin sədr müavini Mübariz",
   ["parlament diplomatiyası", "iqlim dəyişmələri"], date_text="oktyabrın 18-dən",
   event_name="Parlamentlərarası İttifaqın 153-cü Assambleyası"),
 E("VISIT", ["Mübariz Həşimli"], "Cenevrə", "2026-10-17", "happened", "heyət oktyabrın 17-də",
   ["parlament diplomatiyası"], date_text="oktyabrın 17-də"),
 E("MEET", ["Mübariz Həşimli", "Rikardo Almeyda"], "Cenevrə", "2026-10-19", "happened", "Açılış günü Mübariz",
   ["gənc parlamentarilər", "iqlim dəyişmələri"], date_text="Açılış günü"),
 E("ATTEND", ["Səadət Əliquliyeva"], "Cenevrə", "2026-10-20", "happened", "Həmin gün Səadət",
   ["minatəmizləmə"], date_text="Həmin gün", event_name="Sülh və beynəlxalq təhlükəsizlik üzrə daimi komitənin iclası"),
 E("ATTEND", ["Kamil Rzazadə"], "Cenevrə", "2026-10-20", "happened", "Həmin gün Səadət",
   ["davamlı inkişaf"], date_text="Həmin gün", event_name="Davamlı inkişaf üzrə daimi komitənin müzakirələri"),
 E("MEET", ["Mübariz Həşimli", "Nurlan Toktoqulov"], "Cenevrə", None, "happened", "Assambleyanın kənarında Mübariz",
   ["ikitərəfli parlament əlaqələri"]),
 E("MEET", ["Mübariz Həşimli", "Ana Mendeş"], "Cenevrə", None, "happened", "Assambleyanın kənarında Mübariz",
   ["ikitərəfli parlament əlaqələri"]),
 E("MEET", ["Mübariz Həşimli", "Karlos Fuentes"], "Cenevrə", None, "happened", "Assambleyanın kənarında Mübariz",
   ["ikitərəfli parlament əlaqələri"]),
 E("MEET", ["Mübariz Həşimli", "Davit Mesxi"], "Cenevrə", None, "negated", "Heyətin Gürcüstan parlamentinin",
   ["ikitərəfli parlament əlaqələri"]),
 E("VISIT", ["Mübariz Həşimli"], "Bern", "2026-10-21", "happened", "Oktyabrın 21-də nümayəndə",
   ["parlamentlərarası əlaqələr"], date_text="Oktyabrın 21-də"),
 E("MEET", ["Mübariz Həşimli", "Urs Keller"], "Federal Saray", "2026-10-21", "happened", "Urs Keller qonaqları Federal",
   ["parlamentlərarası əlaqələr", "investisiya"], host="Urs Keller", date_text="Oktyabrın 21-də"),
 E("SIGN", ["Rikardo Almeyda", "Mübariz Həşimli"], "Cenevrə", "2026-10-22", "happened", "Assambleyanın yekun günü",
   ["gənc parlamentarilər"], date_text="oktyabrın 22-də"),
])

A("175_seki_xan_sarayi_berpa.txt", "oxu.az", """date 2026-12-04
Şəki Xan Sarayının şəbəkə pəncərələrinin bərpası başa çatıb

Şəki Xan Sarayının şəbəkə pəncərələrində iki il davam edən bərpa işləri yekunlaşıb. Bu barədə "Yuxarı Baş" Milli Tarix-Memarlıq Qoruğunun direktoru Gülnarə Mustafayeva Oxu.az-a məlumat verib.

Onun sözlərinə görə, sarayın ikinci mərtəbəsindəki güzgülü salonun və yay otaqlarının pəncərələrində 14 min rəngli şüşə parçası yenidən yerinə qoyulub. Şüşələrin bir hissəsi XVIII əsrdən qalmış orijinallardır, itmiş parçalar isə Şəkidəki emalatxanada köhnə texnologiya ilə hazırlanıb. Şəbəkə ustası Nurəddin Şəbəkəçi deyir ki, bir kvadratmetr şəbəkənin yığılması üçün bəzən bir aydan çox vaxt lazım gəlir. "Mismar və yapışqandan istifadə olunmur, taxta hissələr bir-birinə yalnız kəsiklərlə bərkidilir", – deyə usta izah edib.

Bərpa layihəsi Mədəniyyət Nazirliyinin sifarişi ilə həyata keçirilib. İşlərdə Polşanın Krakov şəhərindəki Gözəl Sənətlər Akademiyasının restavratorlarının məsləhətlərindən də istifadə olunub.

Qoruğun məlumatına görə, bərpa dövründə saray ziyarətçilər üçün qismən bağlı olsa da, ötən il Şəkiyə gələn turistlərin sayı 310 mini ötüb. UNESCO-nun Ümumdünya İrs Siyahısına daxil edilən Şəki şəhərinin tarixi mərkəzinə maraq xüsusilə İran, Türkiyə və ərəb ölkələrindən gələn qonaqlar arasında artıb.

Sarayın tam açılışı yanvarın ortalarına planlaşdırılır.
""", [
 ("Gülnarə Mustafayeva", "PER", "direktor", "Yuxarı Baş Milli Tarix-Memarlıq Qoruğu", ["Gülnarə Mustafayeva"]),
 ("Nurəddin Şəbəkəçi", "PER", "şəbəkə ustası", None, ["Nurəddin Şəbəkəçi"]),
 ("Yuxarı Baş Milli Tarix-Memarlıq Qoruğu", "ORG", None, None, ["\"Yuxarı Baş\" Milli Tarix-Memarlıq Qoruğunun", "Qoruğun"]),
 ("Mədəniyyət Nazirliyi", "ORG", None, None, ["Mədəniyyət Nazirliyinin"]),
 ("Gözəl Sənətlər Akademiyası", "ORG", None, None, ["Gözəl Sənətlər Akademiyasının"]),
 ("UNESCO", "ORG", None, None, ["UNESCO-nun"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az-a"]),
 ("Şəki Xan Sarayı", "LOC", None, None, ["Şəki Xan Sarayının"]),
 ("Şəki", "LOC", None, None, ["Şəkidəki", "Şəkiyə", "Şəki"]),
 ("Polşa", "LOC", None, None, ["Polşanın"]),
 ("Krakov", "LOC", None, None, ["Krakov"]),
 ("İran", "LOC", None, None, ["İran"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə"]),
], [], topics=["mədəni irs", "bərpa", "turizm"])
