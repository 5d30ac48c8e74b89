A("330_hesenbeyova_pai_rabat_qafqazinfo.txt", "qafqazinfo.az", """date 2028-04-18
Ləman Həsənbəyova Rabatda PAİ-nin 156-cı Assambleyasında çıxış edib

Mərakeşin paytaxtı Rabatda bazar günündən Parlamentlərarası İttifaqın (PAİ) 156-cı Assambleyası davam edir. Tədbirdə Milli Məclisin nümayəndə heyətinə Sədr Ləman Həsənbəyova başçılıq edir.

Qafqazinfo-nun məlumatına görə, bu gün ümumi debatlarda söz alan Sədr süni intellektin tənzimlənməsində parlamentlərin rolundan danışıb, Azərbaycanda bu sahədə hazırlanan qanun layihələrini həmkarlarına təqdim edib.

Dünən Ləman Həsənbəyova Mərakeş Nümayəndələr Palatasının sədri Yusif Bənnani tərəfindən Palatanın binasında qəbul olunub. Görüşdə iki ölkə arasında gübrə və kənd təsərrüfatı məhsulları ticarəti, Azərbaycan şirkətlərinin Afrika bazarlarına çıxışı və dostluq qruplarının fəaliyyəti müzakirə edilib.

Sabah Sədrin PAİ-nin prezidenti Sofiya Lindholm ilə İttifaqın gələcək tədbirlərinə dair görüşü nəzərdə tutulur.

Heyətin tərkibinə daxil edilmiş deputat Cavid Məhərrəmli isə səhhəti ilə bağlı Rabata gedə bilməyib və Assambleyanın işində iştirak etmir.
""", [
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis", ["Ləman Həsənbəyova"]),
 ("Yusif Bənnani", "PER", "sədr", "Mərakeş Nümayəndələr Palatası", ["Yusif Bənnani"]),
 ("Sofiya Lindholm", "PER", "prezident", "Parlamentlərarası İttifaq", ["Sofiya Lindholm"]),
 ("Cavid Məhərrəmli", "PER", "deputat", "Milli Məclis", ["Cavid Məhərrəmli"]),
 ("Parlamentlərarası İttifaq", "ORG", None, None, ["PAİ-nin", "Parlamentlərarası İttifaqın", "PAİ", "İttifaqın"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Mərakeş Nümayəndələr Palatası", "ORG", None, None, ["Mərakeş Nümayəndələr Palatasının", "Palatanın"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo-nun"]),
 ("Rabat", "LOC", None, None, ["Rabatda", "Rabata"]),
 ("Mərakeş", "LOC", None, None, ["Mərakeşin"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanda", "Azərbaycan"]),
 ("Afrika", "LOC", None, None, ["Afrika"]),
], [
 E("ATTEND", ["Ləman Həsənbəyova"], "Rabat", "2028-04-16", "happened", "Tədbirdə Milli Məclisin nümayəndə",
   ["süni intellekt", "qanunvericilik", "parlamentlərarası əlaqələr"], date_text="bazar günündən",
   event_name="PAİ-nin 156-cı Assambleyası"),
 E("MEET", ["Ləman Həsənbəyova", "Yusif Bənnani"], "Mərakeş Nümayəndələr Palatası", "2028-04-17", "happened",
   "Dünən Ləman Həsənbəyova Mərakeş", ["ticarət", "kənd təsərrüfatı", "parlamentlərarası əlaqələr"],
   host="Yusif Bənnani", date_text="Dünən"),
 E("MEET", ["Ləman Həsənbəyova", "Sofiya Lindholm"], "Rabat", "2028-04-19", "planned", "Sabah Sədrin PAİ-nin",
   ["parlamentlərarası əlaqələr"], date_text="Sabah"),
 E("VISIT", ["Cavid Məhərrəmli"], "Rabat", None, "negated", "Heyətin tərkibinə daxil edilmiş",
   ["parlamentlərarası əlaqələr"]),
 E("ATTEND", ["Cavid Məhərrəmli"], "Rabat", "2028-04-16", "negated", "Heyətin tərkibinə daxil edilmiş",
   ["parlamentlərarası əlaqələr"], event_name="PAİ-nin 156-cı Assambleyası"),
])

A("331_xin_avropa_parlamenti_qetname_report.txt", "report.az", """date 2028-04-18
XİN: Avropa Parlamentinin qətnaməsi reallığı əks etdirmir

Xarici İşlər Nazirliyinin mətbuat xidməti idarəsinin rəisi Aydan Mirzəyeva Avropa Parlamentinin aprelin 13-də Strasburqda qəbul etdiyi Cənubi Qafqaza dair qətnamə ilə bağlı jurnalistlərin sualını cavablandırıb.

Report-un əldə etdiyi açıqlamada bildirilir ki, sənəd regionda son iki ildə baş vermiş müsbət dəyişiklikləri, o cümlədən Azərbaycan ilə Ermənistan arasında sülh prosesində əldə olunmuş irəliləyişi nəzərə almır. «Qətnamənin müəllifləri köhnəlmiş stereotiplərlə çıxış edir və bu yanaşma Avropa İttifaqı ilə ölkəmiz arasında qurulmuş konstruktiv dialoqa xidmət etmir», – deyə Mirzəyeva qeyd edib.

Sözçü xatırladıb ki, Azərbaycan Avropa İttifaqı üçün etibarlı enerji tərəfdaşıdır və ölkəmizdən Avropaya qaz ixracı ötən il rekord həddə çatıb. Mirzəyeva rəsmi Bakının Brüssellə bütün məsələləri qarşılıqlı hörmət əsasında müzakirə etməyə hazır olduğunu da vurğulayıb.

Qeyd edək ki, Avropa Parlamenti ilə Milli Məclis arasında Parlament Əməkdaşlıq Komitəsinin iclasları bir neçə ildir keçirilmir. Milli Məclisin Avropa Parlamenti ilə əlaqələr üzrə nümayəndə heyəti də qətnaməyə etiraz edən bəyanat yayıb.
""", [
 ("Aydan Mirzəyeva", "PER", "mətbuat xidməti idarəsinin rəisi", "Xarici İşlər Nazirliyi", ["Aydan Mirzəyeva", "Mirzəyeva"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["XİN", "Xarici İşlər Nazirliyinin"]),
 ("Avropa Parlamenti", "ORG", None, None, ["Avropa Parlamentinin", "Avropa Parlamenti"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Avropa İttifaqı"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclis", "Milli Məclisin"]),
 ("Parlament Əməkdaşlıq Komitəsi", "ORG", None, None, ["Parlament Əməkdaşlıq Komitəsinin"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Strasburq", "LOC", None, None, ["Strasburqda"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqaza"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Ermənistan", "LOC", None, None, ["Ermənistan"]),
 ("Avropa", "LOC", None, None, ["Avropaya"]),
 ("Bakı", "LOC", None, None, ["Bakının"]),
 ("Brüssel", "LOC", None, None, ["Brüssellə"]),
], [], topics=["xarici siyasət", "Avropa İttifaqı ilə münasibətlər"])

A("332_humbetli_daskend_investisiya_forumu_apa.txt", "APA", """date 2028-04-19
Zaur Hümbətli Daşkənd Beynəlxalq İnvestisiya Forumunda iştirak edir

İqtisadiyyat naziri Zaur Hümbətli çərşənbə axşamı işgüzar səfərlə Özbəkistana yollanıb.

APA-nın məlumatına görə, səfərin ilk günü nazir Daşkənd Beynəlxalq İnvestisiya Forumunun açılış mərasimində iştirak edib. Forumun plenar sessiyasında çıxış edən Hümbətli son üç ildə Azərbaycanla Özbəkistan arasında ticarət dövriyyəsinin iki dəfə artdığını, Bakı Beynəlxalq Dəniz Ticarət Limanının Mərkəzi Asiya yükləri üçün Avropaya açılan əsas qapılardan birinə çevrildiyini deyib.

Bu gün Daşkənddə Zaur Hümbətli Özbəkistanın investisiyalar, sənaye və ticarət naziri Botir Usmonov ilə görüşüb. Tərəflər birgə investisiya şirkətinin nizamnamə kapitalının 500 milyon dollara çatdırılmasına dair protokolu imzalayıblar.

«Bu qərar yaşıl enerji, əczaçılıq və aqrar sənaye layihələrinə birlikdə sərmayə qoymaq niyyətimizin real ifadəsidir», – deyə Usmonov bildirib.

Sabah nazir Buxaraya gedəcək, orada Azərbaycan şirkətinin iştirakı ilə inşa ediləcək toxuculuq fabrikinin təməlqoyma mərasimində iştirak edəcək.
""", [
 ("Zaur Hümbətli", "PER", "iqtisadiyyat naziri", "Azərbaycan", ["Zaur Hümbətli", "Hümbətli"]),
 ("Botir Usmonov", "PER", "investisiyalar, sənaye və ticarət naziri", "Özbəkistan", ["Botir Usmonov", "Usmonov"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Daşkənd", "LOC", None, None, ["Daşkənd", "Daşkənddə"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistana", "Özbəkistan", "Özbəkistanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanla", "Azərbaycan"]),
 ("Bakı Beynəlxalq Dəniz Ticarət Limanı", "LOC", None, None, ["Bakı Beynəlxalq Dəniz Ticarət Limanının"]),
 ("Mərkəzi Asiya", "LOC", None, None, ["Mərkəzi Asiya"]),
 ("Avropa", "LOC", None, None, ["Avropaya"]),
 ("Buxara", "LOC", None, None, ["Buxaraya"]),
], [
 E("VISIT", ["Zaur Hümbətli"], "Özbəkistan", "2028-04-18", "happened", "İqtisadiyyat naziri Zaur Hümbətli çərşənbə",
   ["investisiyalar", "ticarət"], date_text="çərşənbə axşamı"),
 E("ATTEND", ["Zaur Hümbətli"], "Daşkənd", "2028-04-18", "happened", "APA-nın məlumatına görə, səfərin",
   ["investisiyalar", "ticarət", "tranzit"], date_text="səfərin ilk günü",
   event_name="Daşkənd Beynəlxalq İnvestisiya Forumu"),
 E("MEET", ["Zaur Hümbətli", "Botir Usmonov"], "Daşkənd", "2028-04-19", "happened", "Bu gün Daşkənddə Zaur",
   ["investisiyalar"], date_text="Bu gün"),
 E("SIGN", ["Zaur Hümbətli", "Botir Usmonov"], "Daşkənd", "2028-04-19", "happened", "Tərəflər birgə investisiya",
   ["investisiyalar", "birgə investisiya şirkəti"]),
 E("VISIT", ["Zaur Hümbətli"], "Buxara", "2028-04-20", "planned", "Sabah nazir Buxaraya",
   ["toxuculuq sənayesi"], date_text="Sabah"),
 E("ATTEND", ["Zaur Hümbətli"], "Buxara", "2028-04-20", "planned", "Sabah nazir Buxaraya",
   ["toxuculuq sənayesi"], date_text="Sabah", event_name="toxuculuq fabrikinin təməlqoyma mərasimi"),
])

A("333_asanaliyev_selimov_telefon_report.txt", "report.az", """date 2028-04-19
Qırğızıstan Prezidenti Teymur Səlimova zəng edib

Dünən Qırğız Respublikasının Prezidenti Nurbek Asanaliyev Prezident Teymur Səlimova telefonla zəng edib.

Report-un Prezidentin mətbuat xidmətinə istinadən verdiyi xəbərə görə, Nurbek Asanaliyev dövlətimizin başçısını ad günü münasibətilə səmimi qəlbdən təbrik edib, ona möhkəm cansağlığı, xalqının rifahı naminə fəaliyyətində yeni uğurlar arzulayıb. Qırğızıstan lideri iki ölkə arasındakı münasibətlərin son illərdə strateji tərəfdaşlıq səviyyəsinə yüksəldiyini də xüsusi qeyd edib.

Telefon söhbəti zamanı dövlət başçıları Bişkekdə keçiriləcək Türk Dövlətləri Təşkilatının qeyri-formal zirvə görüşünün gündəliyini, iki ölkə arasında birbaşa aviareyslərin sayının artırılmasını, habelə Qırğızıstanda Azərbaycan investisiyası hesabına tikilən məktəbin açılışına hazırlığı müzakirə ediblər. Söhbət səmimi və işgüzar şəraitdə keçib.

Teymur Səlimov təbrikə və xoş sözlərə görə həmkarına minnətdarlığını bildirib, Qırğızıstanın Azərbaycan üçün həmişə etibarlı müttəfiq və qardaş ölkə olaraq qaldığını vurğulayıb.
""", [
 ("Nurbek Asanaliyev", "PER", "Prezident", "Qırğızıstan", ["Nurbek Asanaliyev"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimova", "Teymur Səlimov"]),
 ("Türk Dövlətləri Təşkilatı", "ORG", None, None, ["Türk Dövlətləri Təşkilatının"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstan", "Qırğız Respublikasının", "Qırğızıstanda", "Qırğızıstanın"]),
 ("Bişkek", "LOC", None, None, ["Bişkekdə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
], [
 E("CALL", ["Nurbek Asanaliyev", "Teymur Səlimov"], None, "2028-04-18", "happened", "Dünən Qırğız Respublikasının",
   ["təbrik", "aviareyslər", "Türk Dövlətləri Təşkilatı"], date_text="Dünən"),
])

A("334_kazimli_berqkvist_ai_numayende_azertac.txt", "AZERTAC", """date 2028-04-20
Ruslan Kazımlı Aİ-nin xüsusi təmsilçisi ilə sülh gündəliyini müzakirə edib

Aprelin 20-də xarici işlər naziri Ruslan Kazımlı regiona səfər çərçivəsində Azərbaycanda olan Avropa İttifaqının Cənubi Qafqaz üzrə xüsusi təmsilçisi Yohan Berqkvisti qəbul edib.

XİN-in mətbuat xidmətindən AZERTAC-a bildiriblər ki, söhbət zamanı Bakı ilə İrəvan arasında imzalanmış sülh sənədinin həyata keçirilməsi, sərhədin delimitasiyası üzrə dövlət komissiyalarının fəaliyyəti və regionda nəqliyyat xətlərinin bərpası ətrafında fikir mübadiləsi aparılıb.

Nazir vurğulayıb ki, sülh artıq yalnız kağız üzərində deyil, sərhəd boyu yaşayan insanların gündəlik həyatında da hiss olunur. Kazımlının sözlərinə görə, Avropa İttifaqı işğaldan azad edilmiş ərazilərin bərpasında daha fəal rol oynaya bilər.

Berqkvist isə Brüsselin regionda dayanıqlı sülhün möhkəmlənməsinə töhfə verməyə hazır olduğunu, bu məqsədlə əlavə maliyyə vəsaiti ayrılacağını bildirib.

Avropalı diplomat sabah Ermənistana, həftənin sonunda isə Gürcüstana yollanacaq.
""", [
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Xarici İşlər Nazirliyi", ["Ruslan Kazımlı", "Kazımlının"]),
 ("Yohan Berqkvist", "PER", "xüsusi təmsilçi", "Avropa İttifaqı", ["Yohan Berqkvisti", "Berqkvist"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Aİ-nin", "Avropa İttifaqının", "Avropa İttifaqı"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["XİN-in"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-a"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanda"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqaz"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
 ("İrəvan", "LOC", None, None, ["İrəvan"]),
 ("Brüssel", "LOC", None, None, ["Brüsselin"]),
 ("Ermənistan", "LOC", None, None, ["Ermənistana"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstana"]),
], [
 E("MEET", ["Ruslan Kazımlı", "Yohan Berqkvist"], None, "2028-04-20", "happened", "Aprelin 20-də xarici işlər",
   ["sülh prosesi", "delimitasiya", "nəqliyyat əlaqələri"], host="Ruslan Kazımlı", date_text="Aprelin 20-də"),
 E("VISIT", ["Yohan Berqkvist"], "Azərbaycan", "2028-04-20", "happened", "Aprelin 20-də xarici işlər",
   ["sülh prosesi"]),
 E("VISIT", ["Yohan Berqkvist"], "Ermənistan", "2028-04-21", "planned", "Avropalı diplomat sabah",
   ["sülh prosesi"], date_text="sabah"),
 E("VISIT", ["Yohan Berqkvist"], "Gürcüstan", "2028-04", "planned", "Avropalı diplomat sabah",
   ["regional təhlükəsizlik"], date_text="həftənin sonunda"),
])

A("335_zeynalov_erzurum_valisi_naxcivan_respublika.txt", None, """date 2028-04-20
Naxçıvan ilə Ərzurum arasında əlaqələr genişlənir

Naxçıvan Muxtar Respublikası Ali Məclisinin Sədri Azər Zeynalov dünən Naxçıvanda səfərdə olan Türkiyə Respublikasının Ərzurum valisi Selim Aydoğdunun başçılıq etdiyi nümayəndə heyətini qəbul edib. Qonaqlar muxtar respublikaya bazar ertəsi axşam gəliblər.

Görüşdə Ali Məclisin Sədri Naxçıvanla Ərzurum arasında tarixi və mədəni bağlardan söz açıb, son illərdə qarşilıqlı səfərlərin sayının artdığını diqqete çatdırıb. Vali Aydoğdu bildirib ki, Ərzurum iş adamları muxtar respublikada tikinti materialları və qida sənayesi sahəsində müəssisələr açmağa hazırdır.

Həmin gün Naxçıvan Muxtar Respublikası Nazirlər Kabineti ilə Ərzurum Valiliyi arasında ticarət, turizm və təh-
sil sahələrində əməkdaşlığa dair protokol imzalanıb. Protokolda Naxçıvan tərəfindən Nazirlər Kabinetinin Sədri Elbrus Cəfərlinin, Ərzurum tərəfindən isə vali Aydoğdunun imzası var.

Bu gün qonaqlar Ordubad rayonuna gedəcəklər. Valinin Culfa rayonundakı Əlincəqalaya da baş çəkməsi nəzərdə tutulurdu, lakin qonaqların vətənə qayıdışı bir gün tezə çəkildiyindən bu plan baş tutmayacaq.

Sevinc NƏCƏFOVA,
«Respublika»
""", [
 ("Azər Zeynalov", "PER", "sədr", "Naxçıvan Muxtar Respublikası Ali Məclisi", ["Azər Zeynalov"]),
 ("Selim Aydoğdu", "PER", "vali", "Ərzurum Valiliyi", ["Selim Aydoğdunun", "Aydoğdu", "Aydoğdunun"]),
 ("Elbrus Cəfərli", "PER", "sədr", "Naxçıvan Muxtar Respublikası Nazirlər Kabineti", ["Elbrus Cəfərlinin"]),
 ("Sevinc Nəcəfova", "PER", None, None, ["Sevinc NƏCƏFOVA"]),
 ("Naxçıvan Muxtar Respublikası Ali Məclisi", "ORG", None, None, ["Naxçıvan Muxtar Respublikası Ali Məclisinin", "Ali Məclisin"]),
 ("Naxçıvan Muxtar Respublikası Nazirlər Kabineti", "ORG", None, None,
  ["Naxçıvan Muxtar Respublikası Nazirlər Kabineti", "Nazirlər Kabinetinin"]),
 ("Ərzurum Valiliyi", "ORG", None, None, ["Ərzurum Valiliyi"]),
 ("Respublika", "ORG", None, None, ["Respublika"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvan", "Naxçıvanda", "Naxçıvanla"]),
 ("Ərzurum", "LOC", None, None, ["Ərzurum"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə Respublikasının"]),
 ("Ordubad", "LOC", None, None, ["Ordubad"]),
 ("Culfa", "LOC", None, None, ["Culfa"]),
 ("Əlincəqala", "LOC", None, None, ["Əlincəqalaya"]),
], [
 E("MEET", ["Azər Zeynalov", "Selim Aydoğdu"], None, "2028-04-19", "happened", "Naxçıvan Muxtar Respublikası Ali Məclisinin Sədri",
   ["regional əməkdaşlıq", "investisiyalar"], host="Azər Zeynalov", date_text="dünən"),
 E("VISIT", ["Selim Aydoğdu"], "Naxçıvan", "2028-04-17", "happened", "Naxçıvan Muxtar Respublikası Ali Məclisinin Sədri",
   ["regional əməkdaşlıq"], date_text="bazar ertəsi axşam"),
 E("SIGN", ["Elbrus Cəfərli", "Selim Aydoğdu"], None, "2028-04-19", "happened", "Həmin gün Naxçıvan Muxtar",
   ["ticarət", "turizm", "təhsil"], date_text="Həmin gün"),
 E("VISIT", ["Selim Aydoğdu"], "Ordubad", "2028-04-20", "planned", "Bu gün qonaqlar Ordubad",
   ["regional əməkdaşlıq"], date_text="Bu gün"),
 E("VISIT", ["Selim Aydoğdu"], "Əlincəqala", None, "negated", "Valinin Culfa rayonundakı",
   ["tarixi abidələr"], place="Əlincəqala"),
])
