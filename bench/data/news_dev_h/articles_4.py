A("196_qurbanov_litva_sefiri_metbuat.txt", "metbuat.az", """date 2026-06-23
Deputat Litva səfiri ilə iqtisadi əlaqələri müzakirə edib

Milli Meclisin deputati, Azerbaycan ve Litva parlamentleri arasinda elaqeler uzre isci qrupunun rehberi Ilham Qurbanov dunen Litvanin olkemizdeki sefiri Rasa Jonaitiene ile gorusub.

Metbuat.az xeber verir ki, gorus Milli Meclisin inzibati binasinda kecib. Ilham Qurbanov Litvanin Avropa Ittifaqi daxilinde Azerbaycanla emekdasliga verdiyi destekden danisib, Klaipeda limani ile Baki limani arasinda konteyner dasimalarinin artirilmasi imkanlarina toxunub. Hemsohbetler iki olke arasinda ticaret dovriyyesinin oten il 120 milyon dollari asdigini, lakin bu reqemin movcud potensiali eks etdirmediyini qeyd edibler.

Sefir Jonaitiene Litva sirketlerinin Qarabagda aparilan berpa islerine qosulmaq istediyini bildirib. O, oktyabrda kecirilecek Vilnius Investisiya Forumuna deputati devet edib. Ilham Qurbanovun foruma qatilmasi razilasdirilib.

Qeyd edek ki, Litva Seyminin sedr muavini Andrius Vaitkusun mayda Bakiya nezerde tutulan seferi Seymdeki budce muzakireleri sebebinden texire salinmisdi. Seferin payiza kecirildiyi bildirilir.
""", [
 ("İlham Qurbanov", "PER", "deputat", "Milli Məclis", ["Ilham Qurbanov", "Ilham Qurbanovun"]),
 ("Rasa Jonaitiene", "PER", "səfir", "Litva", ["Rasa Jonaitiene", "Jonaitiene"]),
 ("Andrius Vaitkus", "PER", "sədr müavini", "Litva Seymi", ["Andrius Vaitkusun"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Meclisin"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Avropa Ittifaqi"]),
 ("Litva Seymi", "ORG", None, None, ["Litva Seyminin", "Seymdeki"]),
 ("Litva", "LOC", None, None, ["Litva", "Litvanin"]),
 ("Azərbaycan", "LOC", None, None, ["Azerbaycan", "Azerbaycanla"]),
 ("Klaipeda", "LOC", None, None, ["Klaipeda"]),
 ("Bakı", "LOC", None, None, ["Baki", "Bakiya"]),
 ("Qarabağ", "LOC", None, None, ["Qarabagda"]),
 ("Vilnius", "LOC", None, None, ["Vilnius"]),
], [
 E("MEET", ["İlham Qurbanov", "Rasa Jonaitiene"], "Milli Məclis", "2026-06-22", "happened", "Ilham Qurbanov dunen Litvanin",
   ["parlamentlərarası əlaqələr", "ticarət", "logistika"], date_text="dunen"),
 E("ATTEND", ["İlham Qurbanov"], "Vilnius", "2026-10", "planned", "Ilham Qurbanovun foruma",
   ["investisiya"], date_text="oktyabrda", event_name="Vilnius İnvestisiya Forumu"),
 E("VISIT", ["Andrius Vaitkus"], "Bakı", "2026-05", "negated", "Qeyd edek ki, Litva",
   ["parlamentlərarası əlaqələr"], date_text="mayda"),
 E("VISIT", ["Andrius Vaitkus"], "Bakı", None, "planned", "Seferin payiza kecirildiyi",
   ["parlamentlərarası əlaqələr"], date_text="payiza"),
])

A("197_sultanzade_polsa_krakov.txt", "report.az", """date 2026-09-30
Elm və Təhsil nazirinin müavini Polşada səfərdədir

Elm və Təhsil nazirinin müavini Nərmin Sultanzadə bazar ertəsi Polşaya işgüzar səfərə gedib.

Report-un Elm və Təhsil Nazirliyinə istinadən məlumatına görə, səfərin ilk günü nazir müavini Varşavada Polşanın Elm və Ali Təhsil Nazirliyinin dövlət katibi Tomaş Kovalçikla görüşüb. Görüşdə ali məktəblər arasında ikili diplom proqramları, azərbaycanlı tələbələr üçün Polşa hökumətinin təqaüd kvotası və mühəndislik ixtisasları üzrə birgə tədqiqatlar müzakirə olunub. Kovalçik Polşa universitetlərində təhsil alan azərbaycanlıların sayının son üç ildə iki dəfə artdığını qeyd edib.

Seferin ikinci gunu Nermin Sultanzade Krakova yollanib. Burada o, Yagellon Universitetinin prorektoru Anna Zelinska ile gorusub, universitetin Sarqsunasliq institutunda turk dilleri uzre yeni magistr proqraminin acilmasi meselesini muzakire edib. Gorusun sonunda Baki Dovlet Universiteti ile Yagellon Universiteti arasinda telebe ve muellim mubadilesine dair memorandum imzalanib.

Sabah nazir muavini Varsavaya qayidacaq, Polsa Elmler Akademiyasinin rehberliyi ile gorusecek. Seferin cume gunu basa catacagi bildirilir.
""", [
 ("Nərmin Sultanzadə", "PER", "nazir müavini", "Elm və Təhsil Nazirliyi", ["Nərmin Sultanzadə", "Nermin Sultanzade"]),
 ("Tomaş Kovalçik", "PER", "dövlət katibi", "Polşa Elm və Ali Təhsil Nazirliyi", ["Tomaş Kovalçikla", "Kovalçik"]),
 ("Anna Zelinska", "PER", "prorektor", "Yagellon Universiteti", ["Anna Zelinska"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Elm və Təhsil Nazirliyi", "ORG", None, None, ["Elm və Təhsil Nazirliyinə"]),
 ("Polşa Elm və Ali Təhsil Nazirliyi", "ORG", None, None, ["Elm və Ali Təhsil Nazirliyinin"]),
 ("Yagellon Universiteti", "ORG", None, None, ["Yagellon Universitetinin", "Yagellon Universiteti"]),
 ("Bakı Dövlət Universiteti", "ORG", None, None, ["Baki Dovlet Universiteti"]),
 ("Polşa Elmlər Akademiyası", "ORG", None, None, ["Polsa Elmler Akademiyasinin"]),
 ("Polşa", "LOC", None, None, ["Polşada", "Polşaya", "Polşanın", "Polşa"]),
 ("Varşava", "LOC", None, None, ["Varşavada", "Varsavaya"]),
 ("Krakov", "LOC", None, None, ["Krakova"]),
], [
 E("VISIT", ["Nərmin Sultanzadə"], "Polşa", "2026-09-28", "happened", "Nərmin Sultanzadə bazar ertəsi",
   ["təhsil", "elm"], date_text="bazar ertəsi"),
 E("MEET", ["Nərmin Sultanzadə", "Tomaş Kovalçik"], "Varşava", "2026-09-28", "happened", "səfərin ilk günü nazir müavini",
   ["ali təhsil", "təqaüd proqramları"], date_text="səfərin ilk günü"),
 E("VISIT", ["Nərmin Sultanzadə"], "Krakov", "2026-09-29", "happened", "Seferin ikinci gunu Nermin",
   ["ali təhsil"], date_text="Seferin ikinci gunu"),
 E("MEET", ["Nərmin Sultanzadə", "Anna Zelinska"], "Yagellon Universiteti", "2026-09-29", "happened", "Burada o, Yagellon",
   ["ali təhsil", "şərqşünaslıq"], date_text="Seferin ikinci gunu"),
 E("SIGN", ["Bakı Dövlət Universiteti", "Yagellon Universiteti"], "Yagellon Universiteti", "2026-09-29", "happened",
   "Gorusun sonunda Baki", ["akademik mübadilə"]),
 E("MEET", ["Nərmin Sultanzadə", "Polşa Elmlər Akademiyası"], "Varşava", "2026-10-01", "planned", "Sabah nazir muavini",
   ["elm"], date_text="Sabah"),
])

A("198_vahabzade_kopenhagen_ust.txt", "AZERTAC", """date 2026-10-06
Nigar Vahabzadə Kopenhagendə ÜST-ün Avropa regional sessiyasında

Səhiyyə nazirinin müavini Nigar Vahabzadə oktyabrın 5–7-də Kopenhagendə keçirilən Ümumdünya Səhiyyə Təşkilatının Avropa Regional Komitəsinin 76-cı sessiyasında ölkəmizin nümayəndə heyətinə rəhbərlik edir.

AZERTAC-ın Danimarkadakı müxbiri xəbər verir ki, sessiyada qeyri-infeksion xəstəliklərin profilaktikası, səhiyyə işçilərinin çatışmazlığı və iqlim dəyişikliyinin ictimai sağlamlığa təsiri kimi məsələlər müzakirə olunur. Nazir müavini plenar iclasdakı çıxışında Azərbaycanda icbari tibbi sığortanın tətbiqi ilə əldə olunan nəticələrdən danışıb.

Açılış günü sessiyanın kənarında Nigar Vahabzadə ÜST-ün Avropa üzrə regional direktoru Martin Eklund ilə görüşüb. Görüşdə ÜST-ün Bakıdakı ofisinin fəaliyyəti, ilkin səhiyyə xidmətlərinin rəqəmsallaşdırılması layihəsinə texniki dəstək məsələləri nəzərdən keçirilib.

Dünən axşam nazir müavini Danimarkanın Daxili İşlər və Səhiyyə Nazirliyinin dövlət katibi Mette Lindholm ilə işgüzar şam yeməyi zamanı söhbət aparıb, tibb bacılarının hazırlanması sahəsində Danimarka təcrübəsi ilə maraqlanıb.

Bu gün Vahabzadənin Gürcüstanın səhiyyə nazirinin birinci müavini Tamar Mçedlidze ilə görüşü gündəliyə salınmışdı, lakin həmin görüş Gürcüstan tərəfinin xahişi ilə sessiyanın son gününə keçirilib.

Sessiyanın yekununda Azərbaycan ilə ÜST arasında 2027–2028-ci illər üçün ikiillik əməkdaşlıq sazişinin Nigar Vahabzadə və Martin Eklund tərəfindən imzalanması nəzərdə tutulur.
""", [
 ("Nigar Vahabzadə", "PER", "nazir müavini", "Azərbaycan", ["Nigar Vahabzadə", "Vahabzadənin"]),
 ("Martin Eklund", "PER", "regional direktor", "Ümumdünya Səhiyyə Təşkilatı", ["Martin Eklund"]),
 ("Mette Lindholm", "PER", "dövlət katibi", "Danimarka Daxili İşlər və Səhiyyə Nazirliyi", ["Mette Lindholm"]),
 ("Tamar Mçedlidze", "PER", "nazirin birinci müavini", "Gürcüstan", ["Tamar Mçedlidze"]),
 ("Ümumdünya Səhiyyə Təşkilatı", "ORG", None, None, ["ÜST-ün", "ÜST"]),
 ("Ümumdünya Səhiyyə Təşkilatının Avropa Regional Komitəsi", "ORG", None, None, ["Ümumdünya Səhiyyə Təşkilatının Avropa Regional Komitəsinin"]),
 ("Danimarka Daxili İşlər və Səhiyyə Nazirliyi", "ORG", None, None, ["Daxili İşlər və Səhiyyə Nazirliyinin"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-ın"]),
 ("Kopenhagen", "LOC", None, None, ["Kopenhagendə"]),
 ("Avropa", "LOC", None, None, ["Avropa"]),
 ("Danimarka", "LOC", None, None, ["Danimarkadakı", "Danimarkanın", "Danimarka"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanda", "Azərbaycan"]),
 ("Bakı", "LOC", None, None, ["Bakıdakı"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstanın", "Gürcüstan"]),
], [
 E("ATTEND", ["Nigar Vahabzadə"], "Kopenhagen", "2026-10-05", "happened", "oktyabrın 5–7-də Kopenhagendə",
   ["ictimai sağlamlıq", "tibbi sığorta"], date_text="oktyabrın 5–7-də",
   event_name="ÜST Avropa Regional Komitəsinin 76-cı sessiyası"),
 E("MEET", ["Nigar Vahabzadə", "Martin Eklund"], "Kopenhagen", "2026-10-05", "happened", "Açılış günü sessiyanın",
   ["ilkin səhiyyə", "rəqəmsallaşma"], date_text="Açılış günü"),
 E("MEET", ["Nigar Vahabzadə", "Mette Lindholm"], "Kopenhagen", "2026-10-05", "happened", "Dünən axşam nazir müavini",
   ["tibb kadrları"], date_text="Dünən"),
 E("MEET", ["Nigar Vahabzadə", "Tamar Mçedlidze"], "Kopenhagen", "2026-10-06", "negated", "Bu gün Vahabzadənin",
   ["səhiyyə"], date_text="Bu gün"),
 E("MEET", ["Nigar Vahabzadə", "Tamar Mçedlidze"], "Kopenhagen", "2026-10-07", "planned", "Bu gün Vahabzadənin",
   ["səhiyyə"], date_text="sessiyanın son gününə"),
 E("SIGN", ["Nigar Vahabzadə", "Martin Eklund"], "Kopenhagen", "2026-10-07", "planned", "Sessiyanın yekununda Azərbaycan",
   ["səhiyyə"], date_text="Sessiyanın yekununda"),
])

A("199_yusifova_pak_con_hun_koreya.txt", "oxu.az", """date 2026-11-13
Koreya Mədəniyyət Nazirliyinin heyəti Bakıda səfərdədir

Koreya Respublikasının Mədəniyyət, İdman və Turizm Nazirliyinin birinci vitse-naziri Pak Con Hunun başçılıq etdiyi heyət noyabrın 9-da Bakıya gəlib.

Oxu.az-ın məlumatına görə, çərşənbə axşamı Mədəniyyət Nazirliyində nazir müavini Günay Yusifova qonaqları qəbul edib. Görüşdə gələn ilin mayında Seulda Azərbaycan mədəniyyəti günlərinin, Bakıda isə Koreya kino həftəsinin təşkili razılaşdırılıb. Günay Yusifovanın mədəniyyət günlərinin açılış mərasimində iştirakı gözlənilir.

Çərşənbə günü qonaqlar İçərişəhəri gəzib, Şirvanşahlar sarayına baş çəkiblər. Dünən Pak Con Hun Azərbaycan Milli Konservatoriyasında olub, konservatoriyanın rektoru Elmira Həsənova ilə milli musiqi alətlərinin tədrisi barədə söhbət edib.

Bu gün Koreya heyəti Ağdama səfər edəcək, şəhərdə aparılan bərpa-quruculuq işləri ilə tanış olacaq.

Qeyd edək ki, Günay Yusifovanın iyulda Seula səfəri nəzərdə tutulurdu, lakin tərəflərin iş qrafikindəki uyğunsuzluq üzündən bu səfər gerçəkləşməyib.
""", [
 ("Pak Con Hun", "PER", "birinci vitse-nazir", "Koreya Mədəniyyət, İdman və Turizm Nazirliyi", ["Pak Con Hunun", "Pak Con Hun"]),
 ("Günay Yusifova", "PER", "nazir müavini", "Mədəniyyət Nazirliyi", ["Günay Yusifova", "Günay Yusifovanın"]),
 ("Elmira Həsənova", "PER", "rektor", "Azərbaycan Milli Konservatoriyası", ["Elmira Həsənova"]),
 ("Koreya Mədəniyyət, İdman və Turizm Nazirliyi", "ORG", None, None, ["Koreya Mədəniyyət Nazirliyinin", "Mədəniyyət, İdman və Turizm Nazirliyinin"]),
 ("Mədəniyyət Nazirliyi", "ORG", None, None, ["Mədəniyyət Nazirliyində"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az-ın"]),
 ("Azərbaycan Milli Konservatoriyası", "ORG", None, None, ["Azərbaycan Milli Konservatoriyasında"]),
 ("Koreya", "LOC", None, None, ["Koreya Respublikasının", "Koreya"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
 ("Seul", "LOC", None, None, ["Seulda", "Seula"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("İçərişəhər", "LOC", None, None, ["İçərişəhəri"]),
 ("Şirvanşahlar sarayı", "LOC", None, None, ["Şirvanşahlar sarayına"]),
 ("Ağdam", "LOC", None, None, ["Ağdama"]),
], [
 E("VISIT", ["Pak Con Hun"], "Bakı", "2026-11-09", "happened", "başçılıq etdiyi heyət noyabrın 9-da",
   ["mədəniyyət"], date_text="noyabrın 9-da"),
 E("MEET", ["Günay Yusifova", "Pak Con Hun"], "Mədəniyyət Nazirliyi", "2026-11-10", "happened", "çərşənbə axşamı Mədəniyyət",
   ["mədəniyyət günləri", "kino"], host="Günay Yusifova", date_text="çərşənbə axşamı"),
 E("ATTEND", ["Günay Yusifova"], "Seul", "2027-05", "planned", "Günay Yusifovanın mədəniyyət günlərinin",
   ["mədəniyyət günləri"], date_text="gələn ilin mayında", event_name="Azərbaycan mədəniyyəti günləri"),
 E("VISIT", ["Pak Con Hun"], "İçərişəhər", "2026-11-11", "happened", "Çərşənbə günü qonaqlar",
   ["mədəni irs"], place="İçərişəhər", date_text="Çərşənbə günü"),
 E("VISIT", ["Pak Con Hun"], "Şirvanşahlar sarayı", "2026-11-11", "happened", "Çərşənbə günü qonaqlar",
   ["mədəni irs"], place="Şirvanşahlar sarayı", date_text="Çərşənbə günü"),
 E("MEET", ["Pak Con Hun", "Elmira Həsənova"], "Azərbaycan Milli Konservatoriyası", "2026-11-12", "happened", "Dünən Pak Con Hun",
   ["musiqi təhsili"], date_text="Dünən"),
 E("VISIT", ["Pak Con Hun"], "Ağdam", "2026-11-13", "planned", "Bu gün Koreya heyəti",
   ["bərpa-quruculuq"], date_text="Bu gün"),
 E("VISIT", ["Günay Yusifova"], "Seul", "2026-07", "negated", "Qeyd edək ki, Günay",
   ["mədəniyyət"], date_text="iyulda"),
])

A("200_novruzlu_turkmenbasi_gomruk.txt", "trend.az", """date 2026-12-01
Gömrük Komitəsi sədrinin müavini Türkmənbaşıda danışıqlar aparıb

Dövlət Gömrük Komitəsi sədrinin müavini Rauf Novruzlunun başçılıq etdiyi nümayəndə heyəti noyabrın 29-dan Türkmənistanın Türkmənbaşı şəhərində işgüzar səfərdədir.

Trend-in Dövlət Gömrük Komitəsinə istinadən yaydığı xəbərə görə, dünən Türkmənbaşı Beynəlxalq Dəniz Limanında iki ölkənin gömrük xidmətləri rəhbərlərinin görüşü baş tutub. Azərbaycan tərəfini Rauf Novruzlu, Türkmənistan tərəfini isə Dövlət Gömrük Xidmətinin rəis müavini Merdan Orazov təmsil edib.

Görüşdə Ələt–Türkmənbaşı bərə xətti ilə daşınan yüklərin elektron bəyannamələrinin qarşılıqlı tanınması, "yaşıl dəhliz" sisteminin tətbiqi müzakirə edilib. Tərəflər yüklərin gömrük rəsmiləşdirilməsinə sərf olunan vaxtın iki dəfə qısaldılmasının mümkün olduğunu bildiriblər.

Görüşün sonunda ilkin gömrük məlumatlarının mübadiləsinə dair texniki protokol imzalanıb.

Bu gün Novruzlu Türkmənistanın Dövlət Gömrük Xidmətinin rəisi ilə görüşmək üçün Aşqabada gedəcək.

Xatırladaq ki, Merdan Orazovun oktyabrda Bakıya səfəri planlaşdırılmışdı, lakin Türkmənistan tərəfinin təşəbbüsü ilə görüş yerinin Türkmənbaşıya dəyişdirilməsi qərara alınıb.
""", [
 ("Rauf Novruzlu", "PER", "sədr müavini", "Dövlət Gömrük Komitəsi", ["Rauf Novruzlunun", "Rauf Novruzlu", "Novruzlu"]),
 ("Merdan Orazov", "PER", "rəis müavini", "Türkmənistan Dövlət Gömrük Xidməti", ["Merdan Orazov", "Merdan Orazovun"]),
 ("Dövlət Gömrük Komitəsi", "ORG", None, None, ["Gömrük Komitəsi", "Dövlət Gömrük Komitəsi", "Dövlət Gömrük Komitəsinə"]),
 ("Türkmənistan Dövlət Gömrük Xidməti", "ORG", None, None, ["Dövlət Gömrük Xidmətinin"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Türkmənbaşı", "LOC", None, None, ["Türkmənbaşıda", "Türkmənbaşı", "Türkmənbaşıya"]),
 ("Türkmənistan", "LOC", None, None, ["Türkmənistanın", "Türkmənistan"]),
 ("Türkmənbaşı Beynəlxalq Dəniz Limanı", "LOC", None, None, ["Türkmənbaşı Beynəlxalq Dəniz Limanında"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Ələt", "LOC", None, None, ["Ələt"]),
 ("Aşqabad", "LOC", None, None, ["Aşqabada"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
], [
 E("VISIT", ["Rauf Novruzlu"], "Türkmənbaşı", "2026-11-29", "happened", "başçılıq etdiyi nümayəndə heyəti noyabrın 29-dan",
   ["gömrük əməkdaşlığı"], date_text="noyabrın 29-dan"),
 E("MEET", ["Rauf Novruzlu", "Merdan Orazov"], "Türkmənbaşı Beynəlxalq Dəniz Limanı", "2026-11-30", "happened",
   "dünən Türkmənbaşı Beynəlxalq", ["gömrük əməkdaşlığı", "bərə daşımaları"], date_text="dünən"),
 E("SIGN", ["Rauf Novruzlu", "Merdan Orazov"], "Türkmənbaşı Beynəlxalq Dəniz Limanı", "2026-11-30", "happened",
   "Görüşün sonunda ilkin", ["məlumat mübadiləsi"]),
 E("VISIT", ["Rauf Novruzlu"], "Aşqabad", "2026-12-01", "planned", "Bu gün Novruzlu",
   ["gömrük əməkdaşlığı"], date_text="Bu gün"),
 E("MEET", ["Rauf Novruzlu", "Türkmənistan Dövlət Gömrük Xidməti"], "Aşqabad", "2026-12-01", "planned", "Bu gün Novruzlu",
   ["gömrük əməkdaşlığı"], date_text="Bu gün"),
 E("VISIT", ["Merdan Orazov"], "Bakı", "2026-10", "negated", "Xatırladaq ki, Merdan",
   ["gömrük əməkdaşlığı"], date_text="oktyabrda"),
])
