A("368_kazimli_uc_sefir_etimadname_azertac.txt", "AZERTAC", """date 2029-02-13
Üç yeni səfir etimadnamələrinin surətlərini Ruslan Kazımlıya təqdim edib

Azərbaycana akkreditə olunan Yaponiya səfiri Kenji Morita, Slovakiyanın səfiri Peter Hruşovski və Monqolustanın Bakıdakı ilk səfiri Ganbold Erdenebat bu gün xarici işlər naziri Ruslan Kazımlıya etimadnamələrinin surətlərini təqdim ediblər.

AZERTAC xəbər verir ki, Xarici İşlər Nazirliyində keçirilən mərasimdən sonra nazir hər bir diplomatla ayrıca söhbət edib. Yapon səfirlə söhbət zamanı Tokio–Bakı istiqamətində müntəzəm aviareyslərin açılması, bərpa olunan enerji layihələrinə yapon kapitalının cəlb edilməsi ətrafında fikir mübadiləsi aparılıb. Hruşovski ölkəsinin tikinti şirkətlərinin Qarabağda gedən işlərə qoşulmaqda maraqlı olduğunu deyib. Erdenebat isə Ulan-Bator universitetlərində Azərbaycan dilinin tədrisinə başlanılmasını təklif edib.

Hər üç diplomatın etimadnaməsinin əslini gələn həftə Prezident Teymur Səlimova təqdim edəcəyi gözlənilir.

Həmin gün nazir diplomatik missiyasını başa vuran Macarıstan səfiri Laslo Benke ilə vida görüşü keçirib. Kazımlı səfirə Bakı ilə Budapeşt arasında strateji tərəfdaşlığın möhkəmlənməsinə verdiyi töhfəyə görə minnətdarlığını bildirib, ona yeni fəaliyyətində uğurlar arzulayıb.
""", [
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Xarici İşlər Nazirliyi", ["Ruslan Kazımlıya", "Kazımlı"]),
 ("Kenji Morita", "PER", "səfir", "Yaponiya", ["Kenji Morita"]),
 ("Peter Hruşovski", "PER", "səfir", "Slovakiya", ["Peter Hruşovski", "Hruşovski"]),
 ("Ganbold Erdenebat", "PER", "səfir", "Monqolustan", ["Ganbold Erdenebat", "Erdenebat"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimova"]),
 ("Laslo Benke", "PER", "səfir", "Macarıstan", ["Laslo Benke"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["Xarici İşlər Nazirliyində"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycana", "Azərbaycan"]),
 ("Yaponiya", "LOC", None, None, ["Yaponiya"]),
 ("Slovakiya", "LOC", None, None, ["Slovakiyanın"]),
 ("Monqolustan", "LOC", None, None, ["Monqolustanın"]),
 ("Bakı", "LOC", None, None, ["Bakıdakı", "Bakı"]),
 ("Tokio", "LOC", None, None, ["Tokio"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağda"]),
 ("Ulan-Bator", "LOC", None, None, ["Ulan-Bator"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstan"]),
 ("Budapeşt", "LOC", None, None, ["Budapeşt"]),
], [
 E("MEET", ["Ruslan Kazımlı", "Kenji Morita"], "Xarici İşlər Nazirliyi", "2029-02-13", "happened",
   "Azərbaycana akkreditə olunan", ["diplomatik korpus", "nəqliyyat", "bərpa olunan enerji"],
   host="Ruslan Kazımlı", date_text="bu gün"),
 E("MEET", ["Ruslan Kazımlı", "Peter Hruşovski"], "Xarici İşlər Nazirliyi", "2029-02-13", "happened",
   "Azərbaycana akkreditə olunan", ["diplomatik korpus", "bərpa işləri"], host="Ruslan Kazımlı", date_text="bu gün"),
 E("MEET", ["Ruslan Kazımlı", "Ganbold Erdenebat"], "Xarici İşlər Nazirliyi", "2029-02-13", "happened",
   "Azərbaycana akkreditə olunan", ["diplomatik korpus", "təhsil"], host="Ruslan Kazımlı", date_text="bu gün"),
 E("MEET", ["Teymur Səlimov", "Kenji Morita"], None, "2029-02", "planned", "Hər üç diplomatın",
   ["diplomatik korpus"], host="Teymur Səlimov", date_text="gələn həftə"),
 E("MEET", ["Teymur Səlimov", "Peter Hruşovski"], None, "2029-02", "planned", "Hər üç diplomatın",
   ["diplomatik korpus"], host="Teymur Səlimov", date_text="gələn həftə"),
 E("MEET", ["Teymur Səlimov", "Ganbold Erdenebat"], None, "2029-02", "planned", "Hər üç diplomatın",
   ["diplomatik korpus"], host="Teymur Səlimov", date_text="gələn həftə"),
 E("MEET", ["Ruslan Kazımlı", "Laslo Benke"], None, "2029-02-13", "happened", "Həmin gün nazir diplomatik",
   ["ikitərəfli münasibətlər"], date_text="Həmin gün"),
])

A("369_qarayev_kapanadze_gurcustan_apa.txt", "APA", """date 2029-02-27
Gürcüstan parlamentariləri Milli Məclisin qonağı olublar

Gürcüstan Parlamentinin Aqrar məsələlər komitəsinin sədri Zurab Kapanadzenin rəhbərlik etdiyi gürcü deputatlar bazar günü Bakıya işgüzar səfərə gəliblər.

Dünən Milli Məclisdə qonaqları Gürcüstanla parlamentlərarası əlaqələr üzrə işçi qrupuna başçılıq edən deputat Elvin Qarayev qəbul edib, APA xəbər verir. Görüşdə Qarayev iki xalqın dostluğunun əsrlərin sınağından çıxdığını xatırladaraq Marneuli və Borçalıda yaşayan soydaşlarımızın iki ölkəni birləşdirən canlı körpü olduğunu vurğulayıb. Kapanadze isə dəmir yolu ilə tranzit yükdaşımalarını artırmaq üçün hər iki parlamentin qanunvericilik bazasını uyğunlaşdırmağın vaxtı çatdığını bildirib.

Sonra qonaqlar Aqrar siyasət komitəsinin sədri Sevda Hümbətova ilə görüşüblər. Tərəflər sərhədyanı kəndlərdə fermer kooperativlərinin birgə fəaliyyəti, bələdiyyələr arasında təcrübə mübadiləsi barədə danışıblar.

Gürcü deputatlar bu gün Şəhidlər xiyabanını ziyarət ediblər. Sabah Qəbələyə yollanacaq heyətin Qəbələ Dövlət Tarix-Etnoqrafiya Qoruğu ilə tanış olması nəzərdə tutulur. Nümayəndə heyətinin Mingəçevirə səfəri də planlaşdırılırdı, lakin qonaqların Tbilisiyə tez qayıtmalı olduqları üçün bu hissə proqramdan çıxarılıb.
""", [
 ("Zurab Kapanadze", "PER", "komitə sədri", "Gürcüstan Parlamenti", ["Zurab Kapanadzenin", "Kapanadze"]),
 ("Elvin Qarayev", "PER", "işçi qrupunun rəhbəri", "Milli Məclis", ["Elvin Qarayev", "Qarayev"]),
 ("Sevda Hümbətova", "PER", "komitə sədri", "Milli Məclis", ["Sevda Hümbətova"]),
 ("Gürcüstan Parlamenti", "ORG", None, None, ["Gürcüstan Parlamentinin"]),
 ("Aqrar məsələlər komitəsi", "ORG", None, None, ["Aqrar məsələlər komitəsinin"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin", "Milli Məclisdə"]),
 ("Aqrar siyasət komitəsi", "ORG", None, None, ["Aqrar siyasət komitəsinin"]),
 ("APA", "ORG", None, None, ["APA"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan", "Gürcüstanla"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Marneuli", "LOC", None, None, ["Marneuli"]),
 ("Borçalı", "LOC", None, None, ["Borçalıda"]),
 ("Şəhidlər xiyabanı", "LOC", None, None, ["Şəhidlər xiyabanını"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələyə"]),
 ("Qəbələ Dövlət Tarix-Etnoqrafiya Qoruğu", "LOC", None, None, ["Qəbələ Dövlət Tarix-Etnoqrafiya Qoruğu"]),
 ("Mingəçevir", "LOC", None, None, ["Mingəçevirə"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisiyə"]),
], [
 E("VISIT", ["Zurab Kapanadze"], "Bakı", "2029-02-25", "happened", "rəhbərlik etdiyi gürcü deputatlar",
   ["parlamentlərarası əlaqələr"], date_text="bazar günü"),
 E("MEET", ["Elvin Qarayev", "Zurab Kapanadze"], "Milli Məclis", "2029-02-26", "happened", "Dünən Milli Məclisdə qonaqları",
   ["parlamentlərarası əlaqələr", "diaspor", "tranzit daşımalar"], host="Elvin Qarayev", date_text="Dünən"),
 E("MEET", ["Sevda Hümbətova", "Zurab Kapanadze"], "Milli Məclis", "2029-02-26", "happened", "Sonra qonaqlar Aqrar",
   ["kənd təsərrüfatı", "yerli özünüidarə"], date_text="Dünən"),
 E("VISIT", ["Zurab Kapanadze"], "Şəhidlər xiyabanı", "2029-02-27", "happened", "Gürcü deputatlar bu gün",
   ["xatirənin anılması"], place="Şəhidlər xiyabanı", date_text="bu gün"),
 E("VISIT", ["Zurab Kapanadze"], "Qəbələ", "2029-02-28", "planned", "Sabah Qəbələyə yollanacaq",
   ["mədəni irs"], date_text="Sabah"),
 E("VISIT", ["Zurab Kapanadze"], "Qəbələ Dövlət Tarix-Etnoqrafiya Qoruğu", "2029-02-28", "planned", "Sabah Qəbələyə yollanacaq",
   ["mədəni irs"], place="Qəbələ Dövlət Tarix-Etnoqrafiya Qoruğu", date_text="Sabah"),
 E("VISIT", ["Zurab Kapanadze"], "Mingəçevir", None, "negated", "Mingəçevirə səfəri də",
   ["regional əməkdaşlıq"]),
])

A("370_gurcu_deputatlar_bakida_qafqazinfo.txt", "qafqazinfo.az", """date 2029-02-27
Gürcüstan parlamentariləri Milli Məclisdə qəbul olunublar

Gürcüstan Parlamentinin Aqrar məsələlər komitəsinin sədri Zurab Kapanadzenin rəhbərlik etdiyi gürcü deputatlar bazar günü Bakıya işgüzar səfərə gəliblər.

Dünən Milli Məclisdə qonaqları Gürcüstanla parlamentlərarası əlaqələr üzrə işçi qrupuna başçılıq edən deputat Elvin Qarayev qəbul edib, Qafqazinfo APA-ya istinadla xəbər verir. Görüşdə Qarayev iki xalqın dostluğunun əsrlərin sınağından çıxdığını xatırladaraq Marneuli və Borçalıda yaşayan soydaşlarımızın iki ölkəni birləşdirən canlı körpü olduğunu vurğulayıb. Kapanadze isə dəmir yolu ilə tranzit yükdaşımalarını artırmaq üçün hər iki parlamentin qanunvericilik bazasını uyğunlaşdırmağın vaxtı çatdığını bildirib.

Sonra qonaqlar Aqrar siyasət komitəsinin sədri Sevda Hümbətova ilə görüşüblər. Tərəflər sərhədyanı kəndlərdə fermer kooperativlərinin birgə fəaliyyəti və bələdiyyələrin təcrübə mübadiləsi barədə danışıblar.

Gürcü deputatlar bu gün Şəhidlər xiyabanını ziyarət ediblər. Sabah Qəbələyə yollanacaq heyətin Qəbələ Dövlət Tarix-Etnoqrafiya Qoruğu ilə tanış olması nəzərdə tutulur. Nümayəndə heyətinin Mingəçevirə səfəri də planlaşdırılırdı, lakin qonaqların Tbilisiyə tez qayıtmalı olduqları üçün bu hissə proqramdan çıxarılıb.
""", [
 ("Zurab Kapanadze", "PER", "komitə sədri", "Gürcüstan Parlamenti", ["Zurab Kapanadzenin", "Kapanadze"]),
 ("Elvin Qarayev", "PER", "işçi qrupunun rəhbəri", "Milli Məclis", ["Elvin Qarayev", "Qarayev"]),
 ("Sevda Hümbətova", "PER", "komitə sədri", "Milli Məclis", ["Sevda Hümbətova"]),
 ("Gürcüstan Parlamenti", "ORG", None, None, ["Gürcüstan Parlamentinin"]),
 ("Aqrar məsələlər komitəsi", "ORG", None, None, ["Aqrar məsələlər komitəsinin"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə"]),
 ("Aqrar siyasət komitəsi", "ORG", None, None, ["Aqrar siyasət komitəsinin"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo"]),
 ("APA", "ORG", None, None, ["APA-ya"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan", "Gürcüstanla"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Marneuli", "LOC", None, None, ["Marneuli"]),
 ("Borçalı", "LOC", None, None, ["Borçalıda"]),
 ("Şəhidlər xiyabanı", "LOC", None, None, ["Şəhidlər xiyabanını"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələyə"]),
 ("Qəbələ Dövlət Tarix-Etnoqrafiya Qoruğu", "LOC", None, None, ["Qəbələ Dövlət Tarix-Etnoqrafiya Qoruğu"]),
 ("Mingəçevir", "LOC", None, None, ["Mingəçevirə"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisiyə"]),
], [
 E("VISIT", ["Zurab Kapanadze"], "Bakı", "2029-02-25", "happened", "rəhbərlik etdiyi gürcü deputatlar",
   ["parlamentlərarası əlaqələr"], date_text="bazar günü", same_as="369_qarayev_kapanadze_gurcustan_apa.txt"),
 E("MEET", ["Elvin Qarayev", "Zurab Kapanadze"], "Milli Məclis", "2029-02-26", "happened", "Dünən Milli Məclisdə qonaqları",
   ["parlamentlərarası əlaqələr", "diaspor", "tranzit daşımalar"], host="Elvin Qarayev", date_text="Dünən", same_as="369_qarayev_kapanadze_gurcustan_apa.txt"),
 E("MEET", ["Sevda Hümbətova", "Zurab Kapanadze"], "Milli Məclis", "2029-02-26", "happened", "Sonra qonaqlar Aqrar",
   ["kənd təsərrüfatı", "yerli özünüidarə"], date_text="Dünən", same_as="369_qarayev_kapanadze_gurcustan_apa.txt"),
 E("VISIT", ["Zurab Kapanadze"], "Şəhidlər xiyabanı", "2029-02-27", "happened", "Gürcü deputatlar bu gün",
   ["xatirənin anılması"], place="Şəhidlər xiyabanı", date_text="bu gün", same_as="369_qarayev_kapanadze_gurcustan_apa.txt"),
 E("VISIT", ["Zurab Kapanadze"], "Qəbələ", "2029-02-28", "planned", "Sabah Qəbələyə yollanacaq",
   ["mədəni irs"], date_text="Sabah", same_as="369_qarayev_kapanadze_gurcustan_apa.txt"),
 E("VISIT", ["Zurab Kapanadze"], "Qəbələ Dövlət Tarix-Etnoqrafiya Qoruğu", "2029-02-28", "planned", "Sabah Qəbələyə yollanacaq",
   ["mədəni irs"], place="Qəbələ Dövlət Tarix-Etnoqrafiya Qoruğu", date_text="Sabah", same_as="369_qarayev_kapanadze_gurcustan_apa.txt"),
 E("VISIT", ["Zurab Kapanadze"], "Mingəçevir", None, "negated", "Mingəçevirə səfəri də",
   ["regional əməkdaşlıq"], same_as="369_qarayev_kapanadze_gurcustan_apa.txt"),
], duplicate_of="369_qarayev_kapanadze_gurcustan_apa.txt")

A("371_selimov_telefon_sarsenbayev_akincioglu_oxu.txt", "oxu.az", """date 2029-03-21
Teymur Səlimov qazaxıstanlı və türkiyəli həmkarları ilə telefonla danışıb

OXU.AZ
Əsas | Siyasət | İqtisadiyyat | Cəmiyyət | Dünya | Video
21.03.2029 | 16:12
Teymur Səlimov qazaxıstanlı və türkiyəli həmkarları ilə telefonla danışıb

Qazaxıstan Prezidenti Yerlan Sarsenbayev bu gün Prezident Teymur Səlimova zəng edərək onu və bütün Azərbaycan xalqını Novruz bayramı münasibətilə təbrik edib.

Oxu.az Prezidentin mətbuat xidmətinə istinadən xəbər verir ki, telefon söhbəti zamanı dövlət başçıları Xəzər dənizindən keçən yükdaşımaların həcminin artırılması, Aktau ilə Ələt arasında yeni bərə xəttinin istifadəyə verilməsi məsələlərinə toxunublar. Sarsenbayev mayın ortalarında Azərbaycana dövlət səfəri edəcəyini təsdiqləyib.

Dünən axşam isə Türkiyə Prezidenti Kerem Akıncıoğlu ilə dövlətimizin başçısı arasında telefon danışığı olub. Bayram təbriklərini qəbul edən Teymur Səlimov qardaş ölkənin liderinə Azərbaycan xalqı adından təşəkkür edib. Söhbət zamanı iki ölkənin müdafiə sənayesi müəssisələrinin birgə istehsal planları da nəzərdən keçirilib.

Prezidentin aprelin əvvəlində Türkiyəyə gedəcəyi əvvəlcə elan olunmuşdu. Lakin dövlət başçıları bu səfəri payıza saxlamaq barədə razılığa gəliblər.

Teqlər: Teymur Səlimov, Yerlan Sarsenbayev, Novruz
Digər xəbərlər
Gəncədə bayram şənliyi keçirilib
Lənkəranda yeni çay fabriki açılıb
© Oxu.az. Bütün hüquqlar qorunur.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov", "Teymur Səlimova"]),
 ("Yerlan Sarsenbayev", "PER", "Prezident", "Qazaxıstan", ["Yerlan Sarsenbayev", "Sarsenbayev"]),
 ("Kerem Akıncıoğlu", "PER", "Prezident", "Türkiyə", ["Kerem Akıncıoğlu"]),
 ("Oxu.az", "ORG", None, None, ["OXU.AZ", "Oxu.az"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycana"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizindən"]),
 ("Aktau", "LOC", None, None, ["Aktau"]),
 ("Ələt", "LOC", None, None, ["Ələt"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə", "Türkiyəyə"]),
 ("Gəncə", "LOC", None, None, ["Gəncədə"]),
 ("Lənkəran", "LOC", None, None, ["Lənkəranda"]),
], [
 E("CALL", ["Yerlan Sarsenbayev", "Teymur Səlimov"], None, "2029-03-21", "happened", "bu gün Prezident Teymur Səlimova zəng",
   ["Novruz bayramı", "nəqliyyat", "Xəzər"], date_text="bu gün"),
 E("VISIT", ["Yerlan Sarsenbayev"], "Azərbaycan", "2029-05", "planned", "Sarsenbayev mayın ortalarında",
   ["ikitərəfli münasibətlər"], date_text="mayın ortalarında"),
 E("CALL", ["Kerem Akıncıoğlu", "Teymur Səlimov"], None, "2029-03-20", "happened", "Dünən axşam isə Türkiyə",
   ["Novruz bayramı", "müdafiə sənayesi"], date_text="Dünən"),
 E("VISIT", ["Teymur Səlimov"], "Türkiyə", "2029-04", "negated", "Prezidentin aprelin əvvəlində",
   ["ikitərəfli münasibətlər"], date_text="aprelin əvvəlində"),
 E("VISIT", ["Teymur Səlimov"], "Türkiyə", None, "planned", "bu səfəri payıza saxlamaq",
   ["ikitərəfli münasibətlər"], date_text="payıza"),
])

A("372_sadiqli_temirova_qazaxistan_report.txt", "report.az", """date 2029-03-06
Bakıda Azərbaycan–Qazaxıstan siyasi məsləhətləşmələrinin yeddinci raundu keçirilib

Bu gün Bakıda, Xarici İşlər Nazirliyinin binasında Azərbaycan ilə Qazaxıstan arasında yeddinci siyasi məsləhətləşmələr raundu baş tutub. Azərbaycan heyətinə nazir müavini Orxan Sadıqlı, qazax heyətinə isə birinci nazir müavini Aliya Temirova başçılıq ediblər.

Report-un məlumatına görə, tərəflər Transxəzər marşrutu ilə daşınan yüklərin həcmini, iki ölkənin BMT və ATƏT çərçivəsində bir-birini dəstəkləməsini, habelə konsulluq məsələlərini nəzərdən keçiriblər. Həmin gün diplomatlar vətəndaşların qarşılıqlı səfərlərinin sadələşdirilməsinə dair protokolu imzalayıblar.

Dünən axşam Bakıya gəlmiş Temirova daha sonra nazir Ruslan Kazımlı tərəfindən qəbul edilib. Kazımlı Astana ilə əlaqələrin strateji səviyyədə olduğunu deyərək qonaqdan Qazaxıstan Prezidentinin gözlənilən dövlət səfərinə hazırlığın gedişi barədə məlumat alıb.

Qazax diplomatın sabah Milli Məclis Sədrinin birinci müavini Fuad Qaraxanlı ilə görüşü nəzərdə tutulur. Məsləhətləşmələrin növbəti raundunun gələn il Astanada keçirilməsi razılaşdırılıb.
""", [
 ("Orxan Sadıqlı", "PER", "nazir müavini", "Xarici İşlər Nazirliyi", ["Orxan Sadıqlı"]),
 ("Aliya Temirova", "PER", "birinci nazir müavini", "Qazaxıstan", ["Aliya Temirova", "Temirova"]),
 ("Ruslan Kazımlı", "PER", "nazir", "Xarici İşlər Nazirliyi", ["Ruslan Kazımlı", "Kazımlı"]),
 ("Fuad Qaraxanlı", "PER", "sədrin birinci müavini", "Milli Məclis", ["Fuad Qaraxanlı"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["Xarici İşlər Nazirliyinin"]),
 ("Birləşmiş Millətlər Təşkilatı", "ORG", None, None, ["BMT"]),
 ("Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatı", "ORG", None, None, ["ATƏT"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclis"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan"]),
 ("Astana", "LOC", None, None, ["Astana", "Astanada"]),
], [
 E("MEET", ["Orxan Sadıqlı", "Aliya Temirova"], "Xarici İşlər Nazirliyi", "2029-03-06", "happened",
   "Bu gün Bakıda, Xarici", ["siyasi məsləhətləşmələr", "nəqliyyat", "konsulluq məsələləri"],
   date_text="Bu gün"),
 E("SIGN", ["Orxan Sadıqlı", "Aliya Temirova"], None, "2029-03-06", "happened", "Həmin gün diplomatlar",
   ["vizasız səfərlər"], date_text="Həmin gün"),
 E("VISIT", ["Aliya Temirova"], "Bakı", "2029-03-05", "happened", "Dünən axşam Bakıya gəlmiş",
   ["siyasi məsləhətləşmələr"], date_text="Dünən"),
 E("MEET", ["Ruslan Kazımlı", "Aliya Temirova"], None, "2029-03-06", "happened", "Dünən axşam Bakıya gəlmiş",
   ["ikitərəfli münasibətlər", "dövlət səfəri"], host="Ruslan Kazımlı"),
 E("MEET", ["Aliya Temirova", "Fuad Qaraxanlı"], None, "2029-03-07", "planned", "Qazax diplomatın sabah",
   ["parlamentlərarası əlaqələr"], date_text="sabah"),
])

A("373_nebiyev_masdar_socar_qazmunaygaz_trend.txt", "trend.az", """date 2029-04-10
Energetika Nazirliyi "Masdar" ilə Abşeronda günəş elektrik stansiyasının tikintisinə dair saziş imzalayıb

Energetika Nazirliyi ilə Birləşmiş Ərəb Əmirliklərinin "Masdar" şirkəti arasında Abşeron yarımadasında gücü 500 meqavat olan günəş elektrik stansiyasının tikintisinə dair investisiya sazişi bu gün imzalanıb. Sənədi energetika naziri Samir Nəbiyev və şirkətin baş icraçı direktoru Xalid əl-Mansuri imzalayıblar.

Trend xəbər verir ki, imza mərasimindən əvvəl Nəbiyevlə əl-Mansuri arasında təkbətək söhbət olub, tərəflər stansiyanın 2031-ci ilin sonunadək istismara verilməsi qrafikini razılaşdırıblar. Nazirin sözlərinə görə, layihə ölkənin enerji balansında bərpa olunan mənbələrin payını 35 faizə çatdırmağa imkan verəcək.

Həmin gün Energetika Nazirliyində daha bir sənəd imzalanıb: SOCAR ilə Qazaxıstanın "QazMunayGaz" milli şirkəti Xəzərin qazax sektorunda geoloji kəşfiyyat işlərinin birgə aparılmasına dair anlaşma memorandumu bağlayıblar. Memoranduma SOCAR-ın prezidenti Ramil Əfəndiyev və "QazMunayGaz"ın idarə heyətinin sədri Nurbek Abdrahmanov imza atıblar. Mərasimdə Qazaxıstanın energetika nazirinin müavini Timur Jaksıbekov da iştirak edib.

Jaksıbekovun sabah Səngəçal terminalına baş çəkməsi, daha sonra Nəbiyev tərəfindən qəbul edilməsi gözlənilir.
""", [
 ("Samir Nəbiyev", "PER", "energetika naziri", "Energetika Nazirliyi", ["Samir Nəbiyev", "Nəbiyevlə", "Nəbiyev"]),
 ("Xalid əl-Mansuri", "PER", "baş icraçı direktor", "Masdar", ["Xalid əl-Mansuri", "əl-Mansuri"]),
 ("Ramil Əfəndiyev", "PER", "prezident", "Azərbaycan Respublikası Dövlət Neft Şirkəti", ["Ramil Əfəndiyev"]),
 ("Nurbek Abdrahmanov", "PER", "idarə heyətinin sədri", "QazMunayGaz", ["Nurbek Abdrahmanov"]),
 ("Timur Jaksıbekov", "PER", "energetika nazirinin müavini", "Qazaxıstan", ["Timur Jaksıbekov", "Jaksıbekovun"]),
 ("Energetika Nazirliyi", "ORG", None, None, ["Energetika Nazirliyi", "Energetika Nazirliyində"]),
 ("Masdar", "ORG", None, None, ["Masdar"]),
 ("Azərbaycan Respublikası Dövlət Neft Şirkəti", "ORG", None, None, ["SOCAR", "SOCAR-ın"]),
 ("QazMunayGaz", "ORG", None, None, ["QazMunayGaz"]),
 ("Trend", "ORG", None, None, ["Trend"]),
 ("Abşeron yarımadası", "LOC", None, None, ["Abşeronda", "Abşeron yarımadasında"]),
 ("Birləşmiş Ərəb Əmirlikləri", "LOC", None, None, ["Birləşmiş Ərəb Əmirliklərinin"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstanın"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzərin"]),
 ("Səngəçal terminalı", "LOC", None, None, ["Səngəçal terminalına"]),
], [
 E("SIGN", ["Samir Nəbiyev", "Xalid əl-Mansuri"], None, "2029-04-10", "happened", "Birləşmiş Ərəb Əmirliklərinin",
   ["bərpa olunan enerji", "investisiyalar"], date_text="bu gün"),
 E("MEET", ["Samir Nəbiyev", "Xalid əl-Mansuri"], None, "2029-04-10", "happened", "imza mərasimindən əvvəl",
   ["bərpa olunan enerji"], date_text="imza mərasimindən əvvəl"),
 E("SIGN", ["Ramil Əfəndiyev", "Nurbek Abdrahmanov"], "Energetika Nazirliyi", "2029-04-10", "happened",
   "Həmin gün Energetika Nazirliyində", ["geoloji kəşfiyyat", "neft və qaz"], date_text="Həmin gün"),
 E("ATTEND", ["Timur Jaksıbekov"], "Energetika Nazirliyi", "2029-04-10", "happened", "Mərasimdə Qazaxıstanın",
   ["neft və qaz"], event_name="imza mərasimi"),
 E("VISIT", ["Timur Jaksıbekov"], "Səngəçal terminalı", "2029-04-11", "planned", "Jaksıbekovun sabah",
   ["neft və qaz"], place="Səngəçal terminalı", date_text="sabah"),
 E("MEET", ["Samir Nəbiyev", "Timur Jaksıbekov"], None, "2029-04-11", "planned", "Jaksıbekovun sabah",
   ["enerji əməkdaşlığı"], host="Samir Nəbiyev", date_text="sabah"),
])

A("374_selimov_iet_sammiti_kuala_lumpur_apa.txt", "APA", """date 2029-04-26
Prezident Teymur Səlimov Kuala-Lumpurda İslam Sammitində iştirak edir

Prezident Teymur Səlimov İslam Əməkdaşlıq Təşkilatının (İƏT) 16-cı Zirvə toplantısında iştirak etmək üçün dünən Malayziyanın paytaxtı Kuala-Lumpura gəlib. Beynəlxalq hava limanında dövlətimizin başçısını Malayziyanın xarici işlər naziri Əhməd Fauzi İbrahim qarşılayıb.

APA-nın məlumatına görə, bu gün Kuala-Lumpur Konvensiya Mərkəzində açılan sammitdə "Ümmətin həmrəyliyi: ədalətli inkişaf naminə" mövzusu müzakirəyə çıxarılıb. Ümumi müzakirələrdə nitq söyləyən Azərbaycan Prezidenti Təşkilat daxilində humanitar minatəmizləmə fondunun yaradılmasını təklif edib.

Sammitin kənarında Teymur Səlimov Malayziyanın Baş naziri Anvar Hişamuddinlə görüşüb. Görüşdə halal məhsulların ticarəti, Azərbaycan tələbələrinin Malayziya universitetlərində təhsili məsələlərinə toxunulub. Dövlətimizin başçısı həmçinin İndoneziya Prezidenti Bambanq Suryadi və Pakistanın Baş naziri Fəraz Qureyşi ilə ikitərəfli görüşlər keçirib.

Sabah Prezidentin Putrajayada Malayziya Kralı Azman Rəşid Şah tərəfindən qəbul olunması gözlənilir. Benqladeş Prezidenti Mizanur Rəhmanla da görüş planlaşdırılırdı. Lakin Rəhmanın Malayziyaya səfəri gözlənilmədən təxirə salındığı üçün bu görüş reallaşmayacaq.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Əhməd Fauzi İbrahim", "PER", "xarici işlər naziri", "Malayziya", ["Əhməd Fauzi İbrahim"]),
 ("Anvar Hişamuddin", "PER", "baş nazir", "Malayziya", ["Anvar Hişamuddinlə"]),
 ("Bambanq Suryadi", "PER", "Prezident", "İndoneziya", ["Bambanq Suryadi"]),
 ("Fəraz Qureyşi", "PER", "baş nazir", "Pakistan", ["Fəraz Qureyşi"]),
 ("Azman Rəşid Şah", "PER", "kral", "Malayziya", ["Azman Rəşid Şah"]),
 ("Mizanur Rəhman", "PER", "Prezident", "Benqladeş", ["Mizanur Rəhmanla", "Rəhmanın"]),
 ("İslam Əməkdaşlıq Təşkilatı", "ORG", None, None, ["İslam Əməkdaşlıq Təşkilatının", "İƏT", "Təşkilat"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Kuala-Lumpur", "LOC", None, None, ["Kuala-Lumpurda", "Kuala-Lumpura"]),
 ("Malayziya", "LOC", None, None, ["Malayziyanın", "Malayziya", "Malayziyaya"]),
 ("Kuala-Lumpur Konvensiya Mərkəzi", "LOC", None, None, ["Kuala-Lumpur Konvensiya Mərkəzində"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("İndoneziya", "LOC", None, None, ["İndoneziya"]),
 ("Pakistan", "LOC", None, None, ["Pakistanın"]),
 ("Putrajaya", "LOC", None, None, ["Putrajayada"]),
 ("Benqladeş", "LOC", None, None, ["Benqladeş"]),
], [
 E("VISIT", ["Teymur Səlimov"], "Kuala-Lumpur", "2029-04-25", "happened", "16-cı Zirvə toplantısında iştirak",
   ["İslam həmrəyliyi"], date_text="dünən"),
 E("MEET", ["Teymur Səlimov", "Əhməd Fauzi İbrahim"], "Kuala-Lumpur", "2029-04-25", "happened",
   "Beynəlxalq hava limanında", ["rəsmi qarşılanma"], host="Əhməd Fauzi İbrahim", date_text="dünən"),
 E("ATTEND", ["Teymur Səlimov"], "Kuala-Lumpur Konvensiya Mərkəzi", "2029-04-26", "happened",
   "Ümumi müzakirələrdə nitq", ["minatəmizləmə", "İslam həmrəyliyi"], date_text="bu gün",
   event_name="İƏT-in 16-cı Zirvə toplantısı"),
 E("MEET", ["Teymur Səlimov", "Anvar Hişamuddin"], "Kuala-Lumpur Konvensiya Mərkəzi", "2029-04-26", "happened",
   "Sammitin kənarında Teymur", ["halal məhsullar", "təhsil"]),
 E("MEET", ["Teymur Səlimov", "Bambanq Suryadi"], "Kuala-Lumpur Konvensiya Mərkəzi", "2029-04-26", "happened",
   "Dövlətimizin başçısı həmçinin İndoneziya", ["ikitərəfli münasibətlər"]),
 E("MEET", ["Teymur Səlimov", "Fəraz Qureyşi"], "Kuala-Lumpur Konvensiya Mərkəzi", "2029-04-26", "happened",
   "Dövlətimizin başçısı həmçinin İndoneziya", ["ikitərəfli münasibətlər"]),
 E("MEET", ["Azman Rəşid Şah", "Teymur Səlimov"], "Putrajaya", "2029-04-27", "planned", "Sabah Prezidentin Putrajayada",
   ["ikitərəfli münasibətlər"], host="Azman Rəşid Şah", date_text="Sabah"),
 E("MEET", ["Teymur Səlimov", "Mizanur Rəhman"], "Kuala-Lumpur", None, "negated", "Benqladeş Prezidenti Mizanur",
   ["ikitərəfli münasibətlər"]),
 E("VISIT", ["Mizanur Rəhman"], "Malayziya", None, "negated", "Lakin Rəhmanın Malayziyaya",
   ["İslam həmrəyliyi"]),
])

A("375_movsumlu_bundestaq_gence_susa_trend.txt", "trend.az", """date 2029-05-10
Bundestaqın deputatları Bakıda: Elşən Mövsümlü qonaqları qəbul edib

Milli Məclisin Təbii ehtiyatlar, energetika və ekologiya komitəsinin sədri Elşən Mövsümlü bu gün Almaniya Bundestaqının bir qrup deputatını qəbul edib. Heyətə Bundestaqın İqtisadiyyat və enerji komitəsinin üzvü Katrin Zommerfeld başçılıq edir.

Trend-in xəbərinə görə, görüşdə Mövsümlü Azərbaycanın Avropaya təbii qaz ixracının beş il ərzində iki dəfədən çox artdığını, ölkəmizin Avropa İttifaqının enerji təhlükəsizliyində etibarlı tərəfdaş olduğunu diqqətə çatdırıb. Alman qonaq isə Xəzər dənizində külək enerjisi layihələrinə alman şirkətlərinin marağının böyük olduğunu bildirib, Qarabağda aparılan bərpa işlərini yüksək qiymətləndirib.

Görüşdən sonra alman deputatlar Milli Məclis Sədrinin müavini Aynur Bağırlı ilə bir araya gəliblər. Söhbət əsnasında gənc parlamentarilər üçün birgə təcrübə proqramının hazırlanması təklifi səsləndirilib.

Çərşənbə axşamı Bakıya gəlmiş qonaqlar dünən Gəncədə olub, Nizami Gəncəvi məqbərəsi önünə gül dəstələri qoyublar. Sabah nümayəndə heyəti Şuşaya yollanacaq, Cıdır düzü və bərpa olunmuş Yuxarı Gövhərağa məscidi ilə tanış olacaq. Qonaqlar bazar günü Vətənə qayıdacaqlar.
""", [
 ("Elşən Mövsümlü", "PER", "komitə sədri", "Milli Məclis", ["Elşən Mövsümlü", "Mövsümlü"]),
 ("Katrin Zommerfeld", "PER", "komitə üzvü", "Almaniya Bundestaqı", ["Katrin Zommerfeld"]),
 ("Aynur Bağırlı", "PER", "sədrin müavini", "Milli Məclis", ["Aynur Bağırlı"]),
 ("Almaniya Bundestaqı", "ORG", None, None, ["Bundestaqın", "Almaniya Bundestaqının"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin", "Milli Məclis"]),
 ("Təbii ehtiyatlar, energetika və ekologiya komitəsi", "ORG", None, None,
  ["Təbii ehtiyatlar, energetika və ekologiya komitəsinin"]),
 ("İqtisadiyyat və enerji komitəsi", "ORG", None, None, ["İqtisadiyyat və enerji komitəsinin"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Avropa İttifaqının"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Avropa", "LOC", None, None, ["Avropaya"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizində"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağda"]),
 ("Gəncə", "LOC", None, None, ["Gəncədə"]),
 ("Nizami Gəncəvi məqbərəsi", "LOC", None, None, ["Nizami Gəncəvi məqbərəsi"]),
 ("Şuşa", "LOC", None, None, ["Şuşaya"]),
 ("Cıdır düzü", "LOC", None, None, ["Cıdır düzü"]),
 ("Yuxarı Gövhərağa məscidi", "LOC", None, None, ["Yuxarı Gövhərağa məscidi"]),
], [
 E("MEET", ["Elşən Mövsümlü", "Katrin Zommerfeld"], None, "2029-05-10", "happened", "Elşən Mövsümlü bu gün",
   ["parlamentlərarası əlaqələr", "enerji təhlükəsizliyi"], host="Elşən Mövsümlü", date_text="bu gün"),
 E("MEET", ["Aynur Bağırlı", "Katrin Zommerfeld"], None, "2029-05-10", "happened", "Görüşdən sonra alman",
   ["gənc parlamentarilər"], date_text="Görüşdən sonra"),
 E("VISIT", ["Katrin Zommerfeld"], "Bakı", "2029-05-08", "happened", "Çərşənbə axşamı Bakıya",
   ["parlamentlərarası əlaqələr"], date_text="Çərşənbə axşamı"),
 E("VISIT", ["Katrin Zommerfeld"], "Gəncə", "2029-05-09", "happened", "Çərşənbə axşamı Bakıya",
   ["mədəni irs"], date_text="dünən"),
 E("VISIT", ["Katrin Zommerfeld"], "Nizami Gəncəvi məqbərəsi", "2029-05-09", "happened", "Çərşənbə axşamı Bakıya",
   ["mədəni irs"], place="Nizami Gəncəvi məqbərəsi", date_text="dünən"),
 E("VISIT", ["Katrin Zommerfeld"], "Şuşa", "2029-05-11", "planned", "Sabah nümayəndə heyəti Şuşaya",
   ["bərpa işləri"], date_text="Sabah"),
 E("VISIT", ["Katrin Zommerfeld"], "Cıdır düzü", "2029-05-11", "planned", "Sabah nümayəndə heyəti Şuşaya",
   ["mədəni irs"], place="Cıdır düzü", date_text="Sabah"),
 E("VISIT", ["Katrin Zommerfeld"], "Yuxarı Gövhərağa məscidi", "2029-05-11", "planned", "Sabah nümayəndə heyəti Şuşaya",
   ["mədəni irs"], place="Yuxarı Gövhərağa məscidi", date_text="Sabah"),
])
