A("166_ganzoriq_monqol_heyeti_quba.txt", "report.az", """date 2026-11-13
Monqolustan parlamentinin heyəti Bakıda və Qubada görüşlər keçirib

Monqolustan Dövlət Böyük Xuralının sədr müavini Batbayar Ganzoriqin rəhbərlik etdiyi parlament heyətinin ölkəmizə üçgünlük rəsmi səfəri başa çatıb. Heyət noyabrın 10-da Bakıya gəlmişdi.

Report-un məlumatına görə, səfərin ilk günü qonaqlar Fəxri xiyabanı və Şəhidlər xiyabanını ziyarət edərək abidələrin önünə gül dəstələri düzüblər. Həmin gün Milli Məclisdə Batbayar Ganzoriqi Milli Məclisin sədr müavini Tahir Nəcəfli qəbul edib.

Qəbul zamanı Tahir Nəcəfli Azərbaycan ilə Monqolustan arasında diplomatik əlaqələrin qurulmasından keçən dövrdə siyasi dialoqun xeyli dərinləşdiyini deyib. "Ulanbatoru Bakıdan minlərlə kilometr ayırsa da, köçəri mədəniyyətin ortaq izləri xalqlarımızı bir-birinə yaxınlaşdırır", – deyə sədr müavini qeyd edib. Qonaq isə ölkəsinin dağ-mədən sənayesində Azərbaycanın neft-qaz sahəsindəki idarəetmə təcrübəsindən yararlanmaq istədiyini bildirib. Söhbətdə beynəlxalq təşkilatlarda qarşılıqlı dəstək və təhsil sahəsində əməkdaşlıq da diqqət mərkəzində olub. Tahir Nəcəfli Bakı Dövlət Universitetində monqol dilinin tədrisinə başlanılması təşəbbüsünü dəstəklədiyini deyib.

Noyabrın 11-də monqol parlamentariləri Milli Məclisin plenar iclasını izləyiblər. İclası aparan sədr müavini qonaqları salamlayanda deputatlar onları alqışlarla qarşılayıblar. İclasdan sonra Milli Məclisin Azərbaycan–Monqolustan parlamentlərarası əlaqələr üzrə işçi qrupunun rəhbəri Aynur Səmədova ilə Batbayar Ganzoriq iki parlament arasında anlaşma memorandumu imzalayıblar.

Günün ikinci yarısında heyət Energetika Nazirliyində olub. Nazirin müavini Rəşad Bayramov qonaqlara Azərbaycanın bərpa olunan enerji mənbələrinə keçid strategiyası, Xızı–Abşeron külək elektrik stansiyasının tikintisi barədə məlumat verib.

Səfərin üçüncü günü nümayəndə heyəti Quba rayonuna yollanıb. Quba Rayon İcra Hakimiyyətinin başçısı Kamran Musazadə qonaqlarla görüşərək bölgədə alma bağlarının genişləndirilməsi və kənd turizminin inkişafı barədə danışıb. Onun sözlərinə görə, son beş ildə rayonda üç min hektardan çox intensiv bağ salınıb, məhsulun böyük hissəsi Rusiya və Belarus bazarlarına göndərilir. Daha sonra monqol parlamentariləri Quba Soyqırımı Memorial Kompleksini ziyarət ediblər.

Proqrama əvvəlcə Qəbələyə səfər də daxil edilmişdi, lakin dağ yollarında yağan qar səbəbindən bu səfər ləğv olunub.

Bakıdan ayrılmazdan öncə Report-a müsahibə verən Batbayar Ganzoriq səfərin nəticələrindən razı qaldığını deyib. O, Azərbaycan ilə Monqolustan arasında birbaşa ticarətin həcmi hələ kiçik olsa da, Orta Dəhliz vasitəsilə yük daşımalarının yeni imkanlar açdığını vurğulayıb.

Monqol qonaq Aynur Səmədovanı gələn il Ulanbatorda keçiriləcək Naadam bayramına dəvət edib. Aynur Səmədovanın başçılıq etdiyi işçi qrupunun Monqolustana səfəri 2027-ci ilin iyulunda nəzərdə tutulur.
""", [
 ("Batbayar Ganzoriq", "PER", "sədr müavini", "Monqolustan Dövlət Böyük Xuralı", ["Batbayar Ganzoriqin", "Batbayar Ganzoriqi", "Batbayar Ganzoriq"]),
 ("Tahir Nəcəfli", "PER", "sədr müavini", "Milli Məclis", ["Tahir Nəcəfli"]),
 ("Aynur Səmədova", "PER", "işçi qrupunun rəhbəri", "Milli Məclis", ["Aynur Səmədova", "Aynur Səmədovanı", "Aynur Səmədovanın"]),
 ("Rəşad Bayramov", "PER", "nazir müavini", "Energetika Nazirliyi", ["Rəşad Bayramov"]),
 ("Kamran Musazadə", "PER", "icra hakimiyyətinin başçısı", "Quba Rayon İcra Hakimiyyəti", ["Kamran Musazadə"]),
 ("Monqolustan Dövlət Böyük Xuralı", "ORG", None, None, ["Monqolustan Dövlət Böyük Xuralının"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə", "Milli Məclisin"]),
 ("Energetika Nazirliyi", "ORG", None, None, ["Energetika Nazirliyində"]),
 ("Quba Rayon İcra Hakimiyyəti", "ORG", None, None, ["Quba Rayon İcra Hakimiyyətinin"]),
 ("Report", "ORG", None, None, ["Report-un", "Report-a"]),
 ("Monqolustan", "LOC", None, None, ["Monqolustan", "Monqolustana"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya", "Bakıdan"]),
 ("Quba", "LOC", None, None, ["Qubada", "Quba"]),
 ("Fəxri xiyaban", "LOC", None, None, ["Fəxri xiyabanı"]),
 ("Şəhidlər xiyabanı", "LOC", None, None, ["Şəhidlər xiyabanını"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanın"]),
 ("Ulanbator", "LOC", None, None, ["Ulanbatoru", "Ulanbatorda"]),
 ("Bakı Dövlət Universiteti", "ORG", None, None, ["Bakı Dövlət Universitetində"]),
 ("Rusiya", "LOC", None, None, ["Rusiya"]),
 ("Belarus", "LOC", None, None, ["Belarus"]),
 ("Xızı", "LOC", None, None, ["Xızı"]),
 ("Abşeron", "LOC", None, None, ["Abşeron"]),
 ("Quba Soyqırımı Memorial Kompleksi", "LOC", None, None, ["Quba Soyqırımı Memorial Kompleksini"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələyə"]),
], [
 E("VISIT", ["Batbayar Ganzoriq"], "Azərbaycan", "2026-11-10", "happened", "rəhbərlik etdiyi parlament heyətinin ölkəmizə",
   ["parlamentlərarası əlaqələr"], date_text="noyabrın 10-da"),
 E("VISIT", ["Batbayar Ganzoriq"], "Fəxri xiyaban", "2026-11-10", "happened", "səfərin ilk günü qonaqlar",
   ["tarixi yaddaş"], place="Fəxri xiyaban", date_text="səfərin ilk günü"),
 E("VISIT", ["Batbayar Ganzoriq"], "Şəhidlər xiyabanı", "2026-11-10", "happened", "səfərin ilk günü qonaqlar",
   ["tarixi yaddaş"], place="Şəhidlər xiyabanı", date_text="səfərin ilk günü"),
 E("MEET", ["Batbayar Ganzoriq", "Tahir Nəcəfli"], "Milli Məclis", "2026-11-10", "happened", "Həmin gün Milli Məclisdə",
   ["siyasi dialoq", "dağ-mədən sənayesi"], host="Tahir Nəcəfli", date_text="Həmin gün"),
 E("ATTEND", ["Batbayar Ganzoriq"], "Milli Məclis", "2026-11-11", "happened", "Noyabrın 11-də monqol",
   ["parlamentlərarası əlaqələr"], date_text="Noyabrın 11-də", event_name="Milli Məclisin plenar iclası"),
 E("SIGN", ["Aynur Səmədova", "Batbayar Ganzoriq"], "Milli Məclis", "2026-11-11", "happened", "İclasdan sonra Milli Məclisin",
   ["parlamentlərarası əlaqələr"]),
 E("MEET", ["Batbayar Ganzoriq", "Rəşad Bayramov"], "Energetika Nazirliyi", "2026-11-11", "happened", "Günün ikinci yarısında heyət",
   ["bərpa olunan enerji"], date_text="Günün ikinci yarısında"),
 E("VISIT", ["Batbayar Ganzoriq"], "Quba", "2026-11-12", "happened", "Səfərin üçüncü günü nümayəndə",
   ["regional inkişaf"], date_text="Səfərin üçüncü günü"),
 E("MEET", ["Batbayar Ganzoriq", "Kamran Musazadə"], "Quba", "2026-11-12", "happened", "Kamran Musazadə qonaqlarla görüşərək",
   ["kənd turizmi", "bağçılıq"], host="Kamran Musazadə", date_text="Səfərin üçüncü günü"),
 E("VISIT", ["Batbayar Ganzoriq"], "Quba Soyqırımı Memorial Kompleksi", "2026-11-12", "happened", "Daha sonra monqol parlamentariləri",
   ["tarixi yaddaş"], place="Quba Soyqırımı Memorial Kompleksi", date_text="Səfərin üçüncü günü"),
 E("VISIT", ["Batbayar Ganzoriq"], "Qəbələ", None, "negated", "Proqrama əvvəlcə Qəbələyə",
   ["turizm"]),
 E("VISIT", ["Aynur Səmədova"], "Monqolustan", "2027-07", "planned", "başçılıq etdiyi işçi qrupunun Monqolustana",
   ["parlamentlərarası əlaqələr"], date_text="2027-ci ilin iyulunda"),
])

A("167_memmedxanli_qeter_telefon_qafqazinfo.txt", "qafqazinfo.az", """date 2026-02-17
Leyla Məmmədxanlı qətərli həmkarı ilə telefonla danışıb - Qafqazinfo.az

Qafqazinfo.az
Xəbərlər | Siyasət | İqtisadiyyat | Region | Dünya | Şou-biznes | Video
Brauzerinizdə JavaScript-i aktivləşdirin.
Reklam
İqtisadiyyat | 17 fevral 2026 | 11:08
Leyla Məmmədxanlı qətərli həmkarı ilə telefonla danışıb
Oxunub: 1486

Dövlət Turizm Agentliyinin sədr müavini Leyla Məmmədxanlı dünən Qətər Turizm Təşkilatının baş icraçı direktorunun müavini Xalid əl-Mənnai ilə telefon danışığı aparıb.

Qafqazinfo-nun Agentliyə istinadən məlumatına görə, tərəflər turist axınının artırılması, Bakı–Doha aviareyslərinin tezliyi və halal turizm sahəsində birgə marketinq kampaniyalarının keçirilməsini müzakirə ediblər.

Xalid əl-Mənnai ötən il Qətərdən Azərbaycana gələn turistlərin sayının 40 faizə yaxın artdığını bildirib, Qəbələ və Şahdağ kurortlarının qətərli ailələr arasında populyarlaşdığını qeyd edib.

Telefon söhbəti zamanı Leyla Məmmədxanlının martın 9-da açılacaq Doha Beynəlxalq Turizm Sərgisində Azərbaycan pavilyonunun açılışına qatılması razılaşdırılıb. Sərgi çərçivəsində agentlik rəhbərinin müavininin "Qətər Hava Yolları" şirkətinin rəhbərliyi ilə görüşməsi də nəzərdə tutulur.

Qeyd edək ki, Xalid əl-Mənnainin ötən ilin dekabrında Bakıya gəlməsi planlaşdırılsa da, səfər Dohada keçirilən idman yarışları ilə əlaqədar reallaşmamışdı.

Paylaş
Şərhlər (0)
Şərh yazmaq üçün hesabınıza daxil olun
Xəbər lenti
11:02 Xaçmazda fermer təsərrüfatında yanğın söndürülüb
10:47 Neft qiymətləri ucuzlaşıb
10:31 Gürcüstanda benzin bahalaşıb
10:15 Şəmkirdə yeni körpü istifadəyə verilib
© 2026 Qafqazinfo.az Bütün hüquqlar qorunur
""", [
 ("Leyla Məmmədxanlı", "PER", "sədr müavini", "Dövlət Turizm Agentliyi", ["Leyla Məmmədxanlı", "Leyla Məmmədxanlının"]),
 ("Xalid əl-Mənnai", "PER", "baş icraçı direktorun müavini", "Qətər Turizm Təşkilatı", ["Xalid əl-Mənnai", "Xalid əl-Mənnainin"]),
 ("Dövlət Turizm Agentliyi", "ORG", None, None, ["Dövlət Turizm Agentliyinin", "Agentliyə"]),
 ("Qətər Turizm Təşkilatı", "ORG", None, None, ["Qətər Turizm Təşkilatının"]),
 ("Qətər Hava Yolları", "ORG", None, None, ["Qətər Hava Yolları"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo.az", "Qafqazinfo-nun"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıya"]),
 ("Doha", "LOC", None, None, ["Doha", "Dohada"]),
 ("Qətər", "LOC", None, None, ["Qətərdən"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycana", "Azərbaycan"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələ"]),
 ("Şahdağ", "LOC", None, None, ["Şahdağ"]),
 ("Xaçmaz", "LOC", None, None, ["Xaçmazda"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstanda"]),
 ("Şəmkir", "LOC", None, None, ["Şəmkirdə"]),
], [
 E("CALL", ["Leyla Məmmədxanlı", "Xalid əl-Mənnai"], None, "2026-02-16", "happened", "Dövlət Turizm Agentliyinin sədr müavini",
   ["turizm", "aviareyslər", "halal turizm"], date_text="dünən"),
 E("ATTEND", ["Leyla Məmmədxanlı"], "Doha", "2026-03-09", "planned", "Telefon söhbəti zamanı Leyla",
   ["turizm"], date_text="martın 9-da", event_name="Doha Beynəlxalq Turizm Sərgisi"),
 E("MEET", ["Leyla Məmmədxanlı", "Qətər Hava Yolları"], "Doha", None, "planned", "Sərgi çərçivəsində agentlik",
   ["aviareyslər"]),
 E("VISIT", ["Xalid əl-Mənnai"], "Bakı", "2025-12", "negated", "Xalid əl-Mənnainin ötən ilin dekabrında",
   ["turizm"], date_text="ötən ilin dekabrında"),
])

A("168_vahabova_qirgizistan_seferi.txt", "metbuat.az", """date 2026-05-06
Səbinə Vahabova Qırğızıstana səfərə yollanacaq

Milli Məclisin Mədəniyyət komitəsinin sədri Səbinə Vahabova gələn həftə Qırğızıstana işgüzar səfərə yollanacaq.

Metbuat.az-ın əldə etdiyi məlumata görə, səfərin proqramına Bişkekdə Jogorku Keneşin Təhsil, elm və mədəniyyət komitəsinin sədri Aybek Toktonaliyevlə görüş daxildir. Azərbaycan heyətinin İssık-Kulun sahilindəki Çolpon-Ata şəhərində "Manas" dastanına həsr olunan beynəlxalq festivalda iştirakı da gözlənilir.

Komitə sədri bildirib ki, səfərin əsas məqsədi iki ölkənin teatr və kino qurumları arasında birgə layihələrin hazırlanmasıdır. Onun sözlərinə görə, gələn il Bakıda qırğız kinosu günlərinin keçirilməsi də müzakirə olunacaq.

Səfərdən öncə, cümə günü, Vahabova Qırğızıstanın Azərbaycandakı səfiri Ulan Cusupovla görüşəcək.

Qeyd edək ki, Aybek Toktonaliyevin başçılıq etdiyi qırğız parlament heyətinin aprelin ortalarında Bakıya gəlişi nəzərdə tutulurdu. Lakin Jogorku Keneşdə büdcə müzakirələrinin uzanması səbəbindən həmin səfər qeyri-müəyyən müddətə ertələnib.

Xatırladaq ki, Səbinə Vahabova ötən il Türk Dövlətləri Təşkilatının mədəniyyət nazirləri toplantısında da çıxış etmişdi.
""", [
 ("Səbinə Vahabova", "PER", "komitə sədri", "Milli Məclis", ["Səbinə Vahabova", "Vahabova"]),
 ("Aybek Toktonaliyev", "PER", "komitə sədri", "Qırğızıstan Jogorku Keneşi", ["Aybek Toktonaliyevlə", "Aybek Toktonaliyevin"]),
 ("Ulan Cusupov", "PER", "səfir", "Qırğızıstan", ["Ulan Cusupovla"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Mədəniyyət komitəsi", "ORG", None, None, ["Mədəniyyət komitəsinin"]),
 ("Qırğızıstan Jogorku Keneşi", "ORG", None, None, ["Jogorku Keneşin", "Jogorku Keneşdə"]),
 ("Təhsil, elm və mədəniyyət komitəsi", "ORG", None, None, ["Təhsil, elm və mədəniyyət komitəsinin"]),
 ("Türk Dövlətləri Təşkilatı", "ORG", None, None, ["Türk Dövlətləri Təşkilatının"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az-ın"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstana", "Qırğızıstanın"]),
 ("Bişkek", "LOC", None, None, ["Bişkekdə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycandakı"]),
 ("İssık-Kul gölü", "LOC", None, None, ["İssık-Kulun"]),
 ("Çolpon-Ata", "LOC", None, None, ["Çolpon-Ata"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
], [
 E("VISIT", ["Səbinə Vahabova"], "Qırğızıstan", "2026-05", "planned", "Milli Məclisin Mədəniyyət komitəsinin sədri",
   ["mədəniyyət", "parlamentlərarası əlaqələr"], date_text="gələn həftə"),
 E("MEET", ["Səbinə Vahabova", "Aybek Toktonaliyev"], "Bişkek", "2026-05", "planned", "səfərin proqramına Bişkekdə",
   ["mədəniyyət", "təhsil"], date_text="gələn həftə"),
 E("ATTEND", ["Səbinə Vahabova"], "Çolpon-Ata", "2026-05", "planned", "Azərbaycan heyətinin İssık-Kulun",
   ["mədəniyyət"], date_text="gələn həftə", event_name="\"Manas\" dastanına həsr olunan beynəlxalq festival"),
 E("MEET", ["Səbinə Vahabova", "Ulan Cusupov"], None, "2026-05-08", "planned", "Səfərdən öncə, cümə günü",
   ["ikitərəfli münasibətlər"], date_text="cümə günü"),
 E("VISIT", ["Aybek Toktonaliyev"], "Bakı", "2026-04", "negated", "Qeyd edək ki, Aybek",
   ["parlamentlərarası əlaqələr"], date_text="aprelin ortalarında"),
])

A("169_cudo_qran_pri_zaqreb.txt", "APA", """date 2026-08-24
Cüdoçularımız Zaqreb Qran-prisində üç medal qazanıb

Xorvatiyanın paytaxtı Zaqrebdə keçirilən Qran-pri turniri başa çatıb. Azərbaycan cüdoçuları yarışı bir qızıl, bir gümüş və bir bürünc medalla başa vurublar.

APA-nın məlumatına görə, turnirin son günündə 73 kiloqram çəki dərəcəsində mübarizə aparan Tural Səfixanlı finala qədər dörd qələbə qazanıb. Final görüşündə o, gürcüstanlı Luka Maisuradzeni vaza-ari ilə məğlub edərək turnirin qalibi olub. Səfixanlı üçün bu, Qran-pri turnirlərində ikinci qızıl medaldır.

81 kiloqramda çıxış edən Orxan Qocalı yarımfinalda türkiyəli Emre Yavuzu, finalda isə yaponiyalı Sota Kimura ilə qarşılaşıb. Gərgin keçən görüşdə hakimin iki xəbərdarlığından sonra idmançımız məğlub olub və gümüş medala sahib çıxıb.

Qadınlar arasında 57 kiloqramda mübarizə aparan Nərmin Zeynalova bürünc medal uğrunda görüşdə fransalı Klara Dübua üzərində qələbə qazanıb.

Azərbaycan Cüdo Federasiyasının baş məşqçisi Elşən Rüstəmli nəticələri qənaətbəxş adlandırıb. Onun sözlərinə görə, komanda sentyabrda Daşkənddə keçiriləcək dünya çempionatına hazırlığı Bakıdakı Milli Gimnastika Arenasında davam etdirəcək.

Qeyd edək ki, komanda hesabında Yaponiya birinci, Fransa ikinci, Gürcüstan isə üçüncü yeri tutub.
""", [
 ("Tural Səfixanlı", "PER", None, None, ["Tural Səfixanlı", "Səfixanlı"]),
 ("Luka Maisuradze", "PER", None, None, ["Luka Maisuradzeni"]),
 ("Orxan Qocalı", "PER", None, None, ["Orxan Qocalı"]),
 ("Emre Yavuz", "PER", None, None, ["Emre Yavuzu"]),
 ("Sota Kimura", "PER", None, None, ["Sota Kimura"]),
 ("Nərmin Zeynalova", "PER", None, None, ["Nərmin Zeynalova"]),
 ("Klara Dübua", "PER", None, None, ["Klara Dübua"]),
 ("Elşən Rüstəmli", "PER", "baş məşqçi", "Azərbaycan Cüdo Federasiyası", ["Elşən Rüstəmli"]),
 ("Azərbaycan Cüdo Federasiyası", "ORG", None, None, ["Azərbaycan Cüdo Federasiyasının"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Zaqreb", "LOC", None, None, ["Zaqreb", "Zaqrebdə"]),
 ("Xorvatiya", "LOC", None, None, ["Xorvatiyanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Daşkənd", "LOC", None, None, ["Daşkənddə"]),
 ("Bakı", "LOC", None, None, ["Bakıdakı"]),
 ("Milli Gimnastika Arenası", "LOC", None, None, ["Milli Gimnastika Arenasında"]),
 ("Yaponiya", "LOC", None, None, ["Yaponiya"]),
 ("Fransa", "LOC", None, None, ["Fransa"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan"]),
], [], topics=["cüdo", "idman"])

A("170_beshirli_yaponiya_seferi.txt", "trend.az", """date 2026-04-10
Azərbaycan parlamentariləri Yaponiyada: Tokio, Xirosima və Osakada görüşlər

Milli Məclisin Azərbaycan–Yaponiya parlamentlərarası əlaqələr üzrə işçi qrupunun rəhbəri Kənan Bəşirlinin başçılıq etdiyi nümayəndə heyəti aprelin 6-dan 9-dək Yaponiyada səfərdə olub.

Trend-in məlumatına görə, heyət aprelin 6-da Tokioya çatıb və elə həmin gün Yaponiya Parlamentinin Müşavirlər Palatasında Yaponiya–Azərbaycan Parlament Dostluq Liqasının sədri Kenji Morita ilə görüşüb. Kenji Morita Yaponiyanın Qarabağda minatəmizləmə işlərinə texniki dəstəyini davam etdirəcəyini bildirib. Kənan Bəşirli isə Yaponiya şirkətlərini Ağdam və Füzulidə yaradılan sənaye zonalarında fəaliyyətə dəvət edib. "Yaponiya bizim üçün texnologiya və keyfiyyət deməkdir. Yapon təcrübəsini xüsusilə ağıllı kənd layihələrində görmək istərdik", – deyə işçi qrupunun rəhbəri qeyd edib.

Səfərin ikinci günü nümayəndə heyəti Tokioda Liqanın illik ümumi yığıncağına qatılıb. Yığıncaqda çıxış edən Kənan Bəşirli Azərbaycanın Asiya ilə Avropa arasında tranzit ölkə kimi rolundan danışıb, Xəzər dənizi üzərindən keçən yükdaşımalarda yapon investisiyalarına ehtiyac olduğunu deyib.

Yığıncaqdan sonra Yaponiya Beynəlxalq Əməkdaşlıq Agentliyinin (JICA) vitse-prezidenti Takeşi Ono qonaqları agentliyin qərargahında qəbul edib. Görüşdə JICA-nın Azərbaycanda su təchizatı və suvarma layihələrinin növbəti mərhələsi nəzərdən keçirilib. Takeşi Ono agentliyin gələcəkdə kiçik və orta sahibkarlığa dəstək proqramına da başlamaq niyyətində olduğunu bildirib.

Həmin gün Vaseda Universitetində bu ali məktəblə Bakı Dövlət Universiteti arasında akademik mübadiləyə dair memorandum imzalanıb.

Aprelin 8-də heyət sürət qatarı ilə Xirosimaya yollanıb. Xirosima Sülh Memorial Parkını ziyarət edən parlamentarilər atom bombası qurbanlarının xatirəsinə ucaldılmış abidənin önünə əklil qoyublar. Sonra şəhər meriyasında Xirosimanın merinin müavini Haruka Saito ilə görüş olub.

Səfərin son günü Osakada keçib. Burada heyət Kansay İqtisadi Federasiyasının rəhbərliyi ilə görüşüb, regionun şirkətlərinin Azərbaycanın "yaşıl enerji" zonasına marağını müzakirə edib. Tərəflər Osaka ilə Bakı arasında Ekspo sərgisi dövründə yaranmış işgüzar təmasların davam etdirilməsinin vacibliyini vurğulayıblar.

Heyətin Yaponiyanın xarici işlər nazirinin müavini Masaki Hondo ilə görüşü də proqramda yer alırdı, lakin nazir müavininin Cakartaya təcili səfəri səbəbindən həmin görüş reallaşmayıb.

Qeyd edək ki, Kenji Moritanın payızda Bakıya səfəri gözlənilir. Liqanın sədri bildirib ki, Tokioda bu səfərin proqramını hazırlamaq üçün xüsusi işçi qrupu yaradılacaq.
""", [
 ("Kənan Bəşirli", "PER", "işçi qrupunun rəhbəri", "Milli Məclis", ["Kənan Bəşirlinin", "Kənan Bəşirli"]),
 ("Kenji Morita", "PER", "sədr", "Yaponiya–Azərbaycan Parlament Dostluq Liqası", ["Kenji Morita", "Kenji Moritanın"]),
 ("Takeşi Ono", "PER", "vitse-prezident", "Yaponiya Beynəlxalq Əməkdaşlıq Agentliyi", ["Takeşi Ono"]),
 ("Haruka Saito", "PER", "merin müavini", "Yaponiya", ["Haruka Saito"]),
 ("Masaki Hondo", "PER", "xarici işlər nazirinin müavini", "Yaponiya", ["Masaki Hondo"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Yaponiya Parlamentinin Müşavirlər Palatası", "ORG", None, None, ["Yaponiya Parlamentinin Müşavirlər Palatasında"]),
 ("Yaponiya–Azərbaycan Parlament Dostluq Liqası", "ORG", None, None, ["Yaponiya–Azərbaycan Parlament Dostluq Liqasının", "Liqanın"]),
 ("Yaponiya Beynəlxalq Əməkdaşlıq Agentliyi", "ORG", None, None, ["Yaponiya Beynəlxalq Əməkdaşlıq Agentliyinin", "JICA", "JICA-nın"]),
 ("Vaseda Universiteti", "ORG", None, None, ["Vaseda Universitetində"]),
 ("Bakı Dövlət Universiteti", "ORG", None, None, ["Bakı Dövlət Universiteti"]),
 ("Kansay İqtisadi Federasiyası", "ORG", None, None, ["Kansay İqtisadi Federasiyasının"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanın", "Azərbaycanda"]),
 ("Yaponiya", "LOC", None, None, ["Yaponiyada", "Yaponiya", "Yaponiyanın"]),
 ("Tokio", "LOC", None, None, ["Tokio", "Tokioya", "Tokioda"]),
 ("Xirosima", "LOC", None, None, ["Xirosima", "Xirosimaya", "Xirosimanın"]),
 ("Osaka", "LOC", None, None, ["Osakada", "Osaka"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağda"]),
 ("Ağdam", "LOC", None, None, ["Ağdam"]),
 ("Füzuli", "LOC", None, None, ["Füzulidə"]),
 ("Asiya", "LOC", None, None, ["Asiya"]),
 ("Avropa", "LOC", None, None, ["Avropa"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizi"]),
 ("Xirosima Sülh Memorial Parkı", "LOC", None, None, ["Xirosima Sülh Memorial Parkını"]),
 ("Cakarta", "LOC", None, None, ["Cakartaya"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıya"]),
], [
 E("VISIT", ["Kənan Bəşirli"], "Yaponiya", "2026-04-06", "happened", "Milli Məclisin Azərbaycan–Yaponiya",
   ["parlamentlərarası əlaqələr"], date_text="aprelin 6-dan"),
 E("MEET", ["Kənan Bəşirli", "Kenji Morita"], "Yaponiya Parlamentinin Müşavirlər Palatası", "2026-04-06", "happened",
   "heyət aprelin 6-da Tokioya", ["minatəmizləmə", "investisiya"], date_text="aprelin 6-da"),
 E("ATTEND", ["Kənan Bəşirli"], "Tokio", "2026-04-07", "happened", "Səfərin ikinci günü nümayəndə",
   ["tranzit", "investisiya"], date_text="Səfərin ikinci günü", event_name="Liqanın illik ümumi yığıncağı"),
 E("MEET", ["Kənan Bəşirli", "Takeşi Ono"], "Yaponiya Beynəlxalq Əməkdaşlıq Agentliyi", "2026-04-07", "happened",
   "Yığıncaqdan sonra Yaponiya", ["su təchizatı", "suvarma"], host="Takeşi Ono"),
 E("SIGN", ["Vaseda Universiteti", "Bakı Dövlət Universiteti"], "Vaseda Universiteti", "2026-04-07", "happened",
   "Həmin gün Vaseda Universitetində", ["akademik mübadilə"], date_text="Həmin gün"),
 E("VISIT", ["Kənan Bəşirli"], "Xirosima", "2026-04-08", "happened", "Aprelin 8-də heyət",
   ["tarixi yaddaş"], date_text="Aprelin 8-də"),
 E("VISIT", ["Kənan Bəşirli"], "Xirosima Sülh Memorial Parkı", "2026-04-08", "happened", "Xirosima Sülh Memorial Parkını ziyarət",
   ["tarixi yaddaş"], place="Xirosima Sülh Memorial Parkı", date_text="Aprelin 8-də"),
 E("MEET", ["Kənan Bəşirli", "Haruka Saito"], "Xirosima", "2026-04-08", "happened", "Sonra şəhər meriyasında",
   ["şəhərlərarası əlaqələr"], date_text="Aprelin 8-də"),
 E("VISIT", ["Kənan Bəşirli"], "Osaka", "2026-04-09", "happened", "Səfərin son günü Osakada",
   ["investisiya"], date_text="Səfərin son günü"),
 E("MEET", ["Kənan Bəşirli", "Kansay İqtisadi Federasiyası"], "Osaka", "2026-04-09", "happened", "Burada heyət Kansay",
   ["yaşıl enerji", "investisiya"], date_text="Səfərin son günü"),
 E("MEET", ["Kənan Bəşirli", "Masaki Hondo"], None, None, "negated", "Heyətin Yaponiyanın xarici",
   ["ikitərəfli münasibətlər"]),
 E("VISIT", ["Kenji Morita"], "Bakı", None, "planned", "Qeyd edək ki, Kenji",
   ["parlamentlərarası əlaqələr"], date_text="payızda"),
])
