A("700_selimov_bmt_bas_assambleyasi_nyu_york.txt", "AZERTAC", """date 2027-09-21
Prezident Teymur Səlimov BMT Baş Assambleyasının 82-ci sessiyasında çıxış edib

Azərbaycan Respublikasının Prezidenti Teymur Səlimov Birləşmiş Millətlər Təşkilatı Baş Assambleyasının 82-ci sessiyasında iştirak etmək üçün dünən axşam Amerika Birləşmiş Ştatlarına, Nyu-York şəhərinə gəlib.

AZERTAC-ın xəbərinə görə, bu gün başlayan ümumi debatların ilk günündə kürsüyə çıxan dövlətimizin başçısı COP29-da qəbul olunmuş iqlim maliyyəsi öhdəliklərinin icrasından, kiçik ada dövlətlərinə dəstək proqramından və Cənubi Qafqazda sülhdən sonrakı bərpa işlərindən danışıb. Prezident beynəlxalq hüququn seçici tətbiqinin qlobal etimadı zəiflətdiyini də xüsusi vurğulayıb.

Debatların ilk iclasından sonra Teymur Səlimov Monteneqro Prezidenti Milan Vukotiç, Kosta-Rika Prezidenti Andrea Solis Mora və Malayziyanın Baş naziri Əhməd Fauzi Rəşid ilə ayrı-ayrılıqda görüşlər keçirib. Söhbətlər zamanı turizm, yaşıl hidrogen istehsalı və halal sənaye sahəsində birgə layihələrin perspektivləri nəzərdən keçirilib.

Axşam saatlarında dövlətimizin başçısı BMT-nin Baş katibi Mariana Sotelonun dövlət və hökumət başçılarının şərəfinə verdiyi ənənəvi qəbulda iştirak edib.

Sabah Prezidentin Baş Assambleyanın 82-ci sessiyasının sədri Ana Lusiya Ferreyra ilə görüşü, həmçinin iqlim dəyişmələrinə uyğunlaşmaya dair yüksək səviyyəli dəyirmi masada çıxış etməsi nəzərdə tutulur. Səfər çərşənbə günü başa çatacaq.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Milan Vukotiç", "PER", "Prezident", "Monteneqro", ["Milan Vukotiç"]),
 ("Andrea Solis Mora", "PER", "Prezident", "Kosta-Rika", ["Andrea Solis Mora"]),
 ("Əhməd Fauzi Rəşid", "PER", "baş nazir", "Malayziya", ["Əhməd Fauzi Rəşid"]),
 ("Mariana Sotelo", "PER", "baş katib", "Birləşmiş Millətlər Təşkilatı", ["Mariana Sotelonun"]),
 ("Ana Lusiya Ferreyra", "PER", "sədr", "Birləşmiş Millətlər Təşkilatının Baş Assambleyası", ["Ana Lusiya Ferreyra"]),
 ("Birləşmiş Millətlər Təşkilatının Baş Assambleyası", "ORG", None, None,
  ["BMT Baş Assambleyasının", "Birləşmiş Millətlər Təşkilatı Baş Assambleyasının", "Baş Assambleyanın"]),
 ("Birləşmiş Millətlər Təşkilatı", "ORG", None, None, ["BMT-nin"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-ın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan Respublikasının"]),
 ("Amerika Birləşmiş Ştatları", "LOC", None, None, ["Amerika Birləşmiş Ştatlarına"]),
 ("Nyu-York", "LOC", None, None, ["Nyu-York"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqazda"]),
 ("Monteneqro", "LOC", None, None, ["Monteneqro"]),
 ("Kosta-Rika", "LOC", None, None, ["Kosta-Rika"]),
 ("Malayziya", "LOC", None, None, ["Malayziyanın"]),
], [
 E("VISIT", ["Teymur Səlimov"], "Nyu-York", "2027-09-20", "happened", "iştirak etmək üçün dünən axşam",
   ["BMT", "çoxtərəfli diplomatiya"], date_text="dünən axşam"),
 E("ATTEND", ["Teymur Səlimov"], "Nyu-York", "2027-09-21", "happened", "bu gün başlayan ümumi debatların",
   ["iqlim maliyyəsi", "sülh prosesi", "beynəlxalq hüquq"], date_text="bu gün",
   event_name="BMT Baş Assambleyasının 82-ci sessiyası"),
 E("MEET", ["Teymur Səlimov", "Milan Vukotiç"], "Nyu-York", "2027-09-21", "happened", "Debatların ilk iclasından sonra",
   ["turizm", "yaşıl hidrogen", "halal sənaye"], date_text="Debatların ilk iclasından sonra"),
 E("MEET", ["Teymur Səlimov", "Andrea Solis Mora"], "Nyu-York", "2027-09-21", "happened", "Debatların ilk iclasından sonra",
   ["turizm", "yaşıl hidrogen", "halal sənaye"], date_text="Debatların ilk iclasından sonra"),
 E("MEET", ["Teymur Səlimov", "Əhməd Fauzi Rəşid"], "Nyu-York", "2027-09-21", "happened", "Debatların ilk iclasından sonra",
   ["turizm", "yaşıl hidrogen", "halal sənaye"], date_text="Debatların ilk iclasından sonra"),
 E("ATTEND", ["Teymur Səlimov"], "Nyu-York", "2027-09-21", "happened", "Axşam saatlarında dövlətimizin",
   ["BMT"], event_name="BMT Baş katibinin qəbulu"),
 E("ATTEND", ["Mariana Sotelo"], "Nyu-York", "2027-09-21", "happened", "Axşam saatlarında dövlətimizin",
   ["BMT"], event_name="BMT Baş katibinin qəbulu"),
 E("MEET", ["Teymur Səlimov", "Ana Lusiya Ferreyra"], "Nyu-York", "2027-09-22", "planned", "Sabah Prezidentin Baş",
   ["BMT"], date_text="Sabah"),
 E("ATTEND", ["Teymur Səlimov"], "Nyu-York", "2027-09-22", "planned", "Sabah Prezidentin Baş",
   ["iqlim dəyişmələri"], date_text="Sabah",
   event_name="iqlim dəyişmələrinə uyğunlaşmaya dair yüksək səviyyəli dəyirmi masa"),
])

A("701_kazimli_nyu_york_ikiterefli_gorusler_apa.txt", "APA", """date 2027-09-24
Ruslan Kazımlı Nyu-Yorkda həmkarları ilə bir-birinin ardınca görüşüb

BMT Baş Assambleyasının yüksək səviyyəli həftəsi çərçivəsində Nyu-Yorkda səfərdə olan xarici işlər naziri Ruslan Kazımlı dünən gün ərzində bir neçə ikitərəfli görüş keçirib.

APA-ya Xarici İşlər Nazirliyindən bildirilib ki, nazir səhər saatlarında əvvəlcə Paraqvayın xarici işlər naziri Rodolfo Benites, ardınca isə Banqladeş müvəqqəti hökumətinin xarici işlər üzrə müşaviri Tanvir Həsən Çoudhuri ilə görüşüb.

Günorta fasiləsindən sonra Ruslan Kazımlının Macarıstanın xarici işlər və ticarət naziri Gergely Szalai, Keniyanın xarici işlər katibi Meri Vanjiru və Yeni Zelandiyanın xarici işlər nazirinin müavini Tomas Ridli ilə görüşləri olub. Söhbətlərdə siyasi dialoqun gündəliyi, BMT-nin iqlim və inkişaf təşəbbüsləri, Azərbaycanın Qlobal Cənubla əməkdaşlıq platformaları barədə fikir mübadiləsi aparılıb.

Axşam nazir Türk Dövlətləri Təşkilatına üzv ölkələrin xarici işlər nazirlərinin BMT binasında keçirilən ənənəvi qeyri-formal görüşünə qatılıb.

Həmin gün Kanadanın xarici işlər naziri Katrin Lefevrlə görüş də nəzərdə tutulmuşdu, lakin kanadalı nazirin qrafikində baş verən son dəqiqə dəyişikliyi səbəbindən bu görüş reallaşmayıb.

Bu gün Kazımlının Kiçik Ada İnkişaf Etməkdə Olan Dövlətlərin nazirləri ilə Azərbaycanın təşəbbüsü ilə keçirilən görüşə sədrlik etməsi gözlənilir, şənbə günü isə o, Vaşinqtona yollanacaq.
""", [
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Xarici İşlər Nazirliyi", ["Ruslan Kazımlı", "Ruslan Kazımlının", "Kazımlının"]),
 ("Rodolfo Benites", "PER", "xarici işlər naziri", "Paraqvay", ["Rodolfo Benites"]),
 ("Tanvir Həsən Çoudhuri", "PER", "xarici işlər üzrə müşavir", "Banqladeş", ["Tanvir Həsən Çoudhuri"]),
 ("Gergely Szalai", "PER", "xarici işlər və ticarət naziri", "Macarıstan", ["Gergely Szalai"]),
 ("Meri Vanjiru", "PER", "xarici işlər katibi", "Keniya", ["Meri Vanjiru"]),
 ("Tomas Ridli", "PER", "xarici işlər nazirinin müavini", "Yeni Zelandiya", ["Tomas Ridli"]),
 ("Katrin Lefevr", "PER", "xarici işlər naziri", "Kanada", ["Katrin Lefevrlə"]),
 ("Birləşmiş Millətlər Təşkilatının Baş Assambleyası", "ORG", None, None, ["BMT Baş Assambleyasının"]),
 ("Birləşmiş Millətlər Təşkilatı", "ORG", None, None, ["BMT-nin", "BMT"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["Xarici İşlər Nazirliyindən"]),
 ("Türk Dövlətləri Təşkilatı", "ORG", None, None, ["Türk Dövlətləri Təşkilatına"]),
 ("APA", "ORG", None, None, ["APA-ya"]),
 ("Nyu-York", "LOC", None, None, ["Nyu-Yorkda"]),
 ("Paraqvay", "LOC", None, None, ["Paraqvayın"]),
 ("Banqladeş", "LOC", None, None, ["Banqladeş"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstanın"]),
 ("Keniya", "LOC", None, None, ["Keniyanın"]),
 ("Yeni Zelandiya", "LOC", None, None, ["Yeni Zelandiyanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Kanada", "LOC", None, None, ["Kanadanın"]),
 ("Vaşinqton", "LOC", None, None, ["Vaşinqtona"]),
], [
 E("VISIT", ["Ruslan Kazımlı"], "Nyu-York", "2027-09-23", "happened", "yüksək səviyyəli həftəsi çərçivəsində",
   ["BMT", "çoxtərəfli diplomatiya"], date_text="dünən"),
 E("MEET", ["Ruslan Kazımlı", "Rodolfo Benites"], "Nyu-York", "2027-09-23", "happened", "nazir səhər saatlarında əvvəlcə",
   ["ikitərəfli münasibətlər"]),
 E("MEET", ["Ruslan Kazımlı", "Tanvir Həsən Çoudhuri"], "Nyu-York", "2027-09-23", "happened", "nazir səhər saatlarında əvvəlcə",
   ["ikitərəfli münasibətlər"]),
 E("MEET", ["Ruslan Kazımlı", "Gergely Szalai"], "Nyu-York", "2027-09-23", "happened", "Günorta fasiləsindən sonra",
   ["siyasi dialoq", "iqlim", "inkişaf"]),
 E("MEET", ["Ruslan Kazımlı", "Meri Vanjiru"], "Nyu-York", "2027-09-23", "happened", "Günorta fasiləsindən sonra",
   ["siyasi dialoq", "iqlim", "inkişaf"]),
 E("MEET", ["Ruslan Kazımlı", "Tomas Ridli"], "Nyu-York", "2027-09-23", "happened", "Günorta fasiləsindən sonra",
   ["siyasi dialoq", "iqlim", "inkişaf"]),
 E("ATTEND", ["Ruslan Kazımlı"], "Nyu-York", "2027-09-23", "happened", "Axşam nazir Türk",
   ["türk dünyası"], event_name="TDT-yə üzv ölkələrin xarici işlər nazirlərinin qeyri-formal görüşü"),
 E("MEET", ["Ruslan Kazımlı", "Katrin Lefevr"], "Nyu-York", "2027-09-23", "negated", "Həmin gün Kanadanın",
   ["ikitərəfli münasibətlər"], date_text="Həmin gün"),
 E("ATTEND", ["Ruslan Kazımlı"], "Nyu-York", "2027-09-24", "planned", "Bu gün Kazımlının Kiçik",
   ["kiçik ada dövlətləri"], date_text="Bu gün",
   event_name="Kiçik Ada İnkişaf Etməkdə Olan Dövlətlərin nazirləri ilə görüş"),
 E("VISIT", ["Ruslan Kazımlı"], "Vaşinqton", "2027-09-25", "planned", "Bu gün Kazımlının Kiçik",
   ["ikitərəfli münasibətlər"], date_text="şənbə günü"),
])

A("702_kazimli_atet_nazirler_surasi_vyana_report.txt", "report.az", """date 2027-12-03
ATƏT Nazirlər Şurası Vyanada: Ruslan Kazımlı bir sıra görüşlər keçirib

Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatının (ATƏT) Nazirlər Şurasının 34-cü iclası dekabrın 2-də Vyananın Hofburq sarayında işə başlayıb. İki gün davam edən toplantıya xarici işlər naziri Ruslan Kazımlının başçılıq etdiyi Azərbaycan heyəti qatılır.

Report-un Vyanadakı müxbirinin məlumatına görə, iclası təşkilatın fəaliyyətdə olan sədri Beat Hürlimann açıb. Dünənki plenar iclasda söz alan Kazımlı təşkilatın üç ölçüsünün – hərbi-siyasi, iqtisadi-ekoloji və humanitar istiqamətlərin tarazlı inkişafının tərəfdarı olduğunu bildirib, regionda sülh gündəliyinin yeni imkanlar açdığını qeyd edib.

Toplantının kənarında Azərbaycan diplomatiyasının rəhbəri ATƏT-in Baş katibi Helga Strandberq, həmçinin Finlandiya, Malta və Moldovanın xarici işlər nazirləri – müvafiq olaraq Yukka Lehtonen, Karmen Vella və Doina Rusu ilə görüşlər keçirib.

Bu gün səhər isə Kazımlı türk həmkarı Selim Karaağaç və gürcü həmkarı Giorgi Maisuradze ilə üçtərəfli formatda işgüzar səhər yeməyində bir araya gəlib; nazirlər gələn il keçiriləcək üçtərəfli görüşlərin təqvimini razılaşdırıblar.

Kazımlının ATƏT-in milli azlıqlar üzrə Ali Komissarı Matias Ekström ilə görüşməsi də planlaşdırılmışdı. Ancaq tərəflərin razılığı ilə həmin görüş yanvara saxlanılıb.
""", [
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Azərbaycan", ["Ruslan Kazımlı", "Ruslan Kazımlının", "Kazımlı", "Kazımlının"]),
 ("Beat Hürlimann", "PER", "fəaliyyətdə olan sədr", "Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatı", ["Beat Hürlimann"]),
 ("Helga Strandberq", "PER", "baş katib", "Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatı", ["Helga Strandberq"]),
 ("Yukka Lehtonen", "PER", "xarici işlər naziri", "Finlandiya", ["Yukka Lehtonen"]),
 ("Karmen Vella", "PER", "xarici işlər naziri", "Malta", ["Karmen Vella"]),
 ("Doina Rusu", "PER", "xarici işlər naziri", "Moldova", ["Doina Rusu"]),
 ("Selim Karaağaç", "PER", "xarici işlər naziri", None, ["Selim Karaağaç"]),
 ("Giorgi Maisuradze", "PER", "xarici işlər naziri", None, ["Giorgi Maisuradze"]),
 ("Matias Ekström", "PER", "milli azlıqlar üzrə ali komissar", "Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatı", ["Matias Ekström"]),
 ("Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatı", "ORG", None, None,
  ["ATƏT", "Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatının", "ATƏT-in"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Vyana", "LOC", None, None, ["Vyanada", "Vyananın", "Vyanadakı"]),
 ("Hofburq sarayı", "LOC", None, None, ["Hofburq sarayında"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Finlandiya", "LOC", None, None, ["Finlandiya"]),
 ("Malta", "LOC", None, None, ["Malta"]),
 ("Moldova", "LOC", None, None, ["Moldovanın"]),
], [
 E("ATTEND", ["Ruslan Kazımlı"], "Hofburq sarayı", "2027-12-02", "happened", "İki gün davam edən toplantıya",
   ["regional təhlükəsizlik", "sülh prosesi"], date_text="dekabrın 2-də",
   event_name="ATƏT Nazirlər Şurasının 34-cü iclası"),
 E("ATTEND", ["Beat Hürlimann"], "Hofburq sarayı", "2027-12-02", "happened", "iclası təşkilatın fəaliyyətdə",
   ["regional təhlükəsizlik"], event_name="ATƏT Nazirlər Şurasının 34-cü iclası"),
 E("MEET", ["Ruslan Kazımlı", "Helga Strandberq"], "Hofburq sarayı", None, "happened", "Toplantının kənarında Azərbaycan",
   ["ATƏT ilə əməkdaşlıq"]),
 E("MEET", ["Ruslan Kazımlı", "Yukka Lehtonen"], "Hofburq sarayı", None, "happened", "Toplantının kənarında Azərbaycan",
   ["ikitərəfli münasibətlər"]),
 E("MEET", ["Ruslan Kazımlı", "Karmen Vella"], "Hofburq sarayı", None, "happened", "Toplantının kənarında Azərbaycan",
   ["ikitərəfli münasibətlər"]),
 E("MEET", ["Ruslan Kazımlı", "Doina Rusu"], "Hofburq sarayı", None, "happened", "Toplantının kənarında Azərbaycan",
   ["ikitərəfli münasibətlər"]),
 E("MEET", ["Ruslan Kazımlı", "Selim Karaağaç", "Giorgi Maisuradze"], "Hofburq sarayı", "2027-12-03", "happened",
   "Bu gün səhər isə Kazımlı", ["üçtərəfli əməkdaşlıq"], date_text="Bu gün"),
 E("MEET", ["Ruslan Kazımlı", "Matias Ekström"], "Hofburq sarayı", None, "negated", "Kazımlının ATƏT-in milli",
   ["milli azlıqlar"]),
 E("MEET", ["Ruslan Kazımlı", "Matias Ekström"], None, "2028-01", "planned", "Ancaq tərəflərin razılığı",
   ["milli azlıqlar"], date_text="yanvara"),
])

A("703_qehremanli_iet_nuaksot_trend.txt", "trend.az", """date 2027-03-15
Elnur Qəhrəmanlı Nuakşotda İƏT Xarici İşlər Nazirləri Şurasının sessiyasında iştirak edib

Martın 13–14-də Mavritaniyanın paytaxtı Nuakşotda İslam Əməkdaşlıq Təşkilatı Xarici İşlər Nazirləri Şurasının 53-cü sessiyası keçirilib. Sessiyada Azərbaycan nümayəndə heyətinə xarici işlər nazirinin müavini Elnur Qəhrəmanlı başçılıq edib.

Trend-in məlumatına görə, çıxışında Qəhrəmanlı müsəlman ölkələri arasında rəqəmsal bacarıqlar və iqlimə uyğunlaşma üzrə birgə proqramların zəruriliyindən danışıb, Qəzzaya humanitar yardımın artırılmasına çağırıb.

Sessiyanın açılışından əvvəl Azərbaycan heyətinin rəhbəri Mavritaniyanın xarici işlər naziri Məhəmməd Salem Buxari tərəfindən qəbul olunub.

İƏT-in Baş katibi Əbdülrəhman əl-Harbi ilə görüşdə isə Bakıda keçirilməsi planlaşdırılan üzv dövlətlərin mədəniyyət nazirləri konfransının hazırlığı müzakirə edilib. Əl-Harbinin aprelin sonunda Bakıya gələcəyi razılaşdırılıb.

Sessiyanın ikinci günü Qəhrəmanlı İndoneziyanın xarici işlər nazirinin müavini Dian Puspitasari ilə fikir mübadiləsi aparıb. Həmin gün Seneqal və Qambiya heyətlərinin rəhbərləri ilə də qısa söhbətlər olub.

Elnur Qəhrəmanlı bu gün Nuakşotdan Rabata yollanıb. Burada o, sabah Mərakeş Xarici İşlər Nazirliyinin rəhbərliyi ilə siyasi məsləhətləşmələr aparacaq.
""", [
 ("Elnur Qəhrəmanlı", "PER", "xarici işlər nazirinin müavini", "Azərbaycan", ["Elnur Qəhrəmanlı", "Qəhrəmanlı"]),
 ("Məhəmməd Salem Buxari", "PER", "xarici işlər naziri", "Mavritaniya", ["Məhəmməd Salem Buxari"]),
 ("Əbdülrəhman əl-Harbi", "PER", "baş katib", "İslam Əməkdaşlıq Təşkilatı", ["Əbdülrəhman əl-Harbi", "Əl-Harbinin"]),
 ("Dian Puspitasari", "PER", "xarici işlər nazirinin müavini", "İndoneziya", ["Dian Puspitasari"]),
 ("İslam Əməkdaşlıq Təşkilatı", "ORG", None, None, ["İƏT", "İslam Əməkdaşlıq Təşkilatı", "İƏT-in"]),
 ("Mərakeş Xarici İşlər Nazirliyi", "ORG", None, None, ["Mərakeş Xarici İşlər Nazirliyinin"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Nuakşot", "LOC", None, None, ["Nuakşotda", "Nuakşotdan"]),
 ("Mavritaniya", "LOC", None, None, ["Mavritaniyanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Qəzza", "LOC", None, None, ["Qəzzaya"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
 ("İndoneziya", "LOC", None, None, ["İndoneziyanın"]),
 ("Seneqal", "LOC", None, None, ["Seneqal"]),
 ("Qambiya", "LOC", None, None, ["Qambiya"]),
 ("Rabat", "LOC", None, None, ["Rabata"]),
], [
 E("ATTEND", ["Elnur Qəhrəmanlı"], "Nuakşot", "2027-03-13", "happened", "Sessiyada Azərbaycan nümayəndə",
   ["rəqəmsal bacarıqlar", "iqlimə uyğunlaşma", "humanitar yardım"], date_text="Martın 13–14-də",
   event_name="İƏT Xarici İşlər Nazirləri Şurasının 53-cü sessiyası"),
 E("MEET", ["Elnur Qəhrəmanlı", "Məhəmməd Salem Buxari"], "Nuakşot", "2027-03-13", "happened",
   "Sessiyanın açılışından əvvəl", ["ikitərəfli münasibətlər"], host="Məhəmməd Salem Buxari",
   date_text="Sessiyanın açılışından əvvəl"),
 E("MEET", ["Elnur Qəhrəmanlı", "Əbdülrəhman əl-Harbi"], "Nuakşot", None, "happened", "Baş katibi Əbdülrəhman əl-Harbi ilə",
   ["mədəniyyət"]),
 E("VISIT", ["Əbdülrəhman əl-Harbi"], "Bakı", "2027-04", "planned", "aprelin sonunda Bakıya",
   ["mədəniyyət"], date_text="aprelin sonunda"),
 E("MEET", ["Elnur Qəhrəmanlı", "Dian Puspitasari"], "Nuakşot", "2027-03-14", "happened", "Sessiyanın ikinci günü",
   ["ikitərəfli münasibətlər"], date_text="Sessiyanın ikinci günü"),
 E("VISIT", ["Elnur Qəhrəmanlı"], "Rabat", "2027-03-15", "happened", "bu gün Nuakşotdan Rabata",
   ["ikitərəfli münasibətlər"], date_text="bu gün"),
 E("MEET", ["Elnur Qəhrəmanlı", "Mərakeş Xarici İşlər Nazirliyi"], "Rabat", "2027-03-16", "planned", "Burada o, sabah",
   ["siyasi məsləhətləşmələr"], date_text="sabah"),
])

A("704_elesgerli_qosulmama_herekati_kartaxena.txt", "AZERTAC", """date 2027-10-15
Baş nazir Nicat Ələsgərli Qoşulmama Hərəkatının Kartaxena Zirvəsində Azərbaycanı təmsil edir

Oktyabrın 14–15-də Kolumbiyanın Kartaxena şəhərində Qoşulmama Hərəkatına üzv dövlətlərin dövlət və hökumət başçılarının XX Zirvə görüşü keçirilir. Prezident Teymur Səlimovun tapşırığı ilə ölkəmizin zirvədəki heyətinə Baş nazir Nicat Ələsgərli başçılıq edir.

AZERTAC xəbər verir ki, Baş nazir çərşənbə axşamı axşam Kartaxenaya gəlib. Zirvədən bir gün əvvəl keçirilən Nazirlər Konfransında isə Azərbaycanı xarici işlər nazirinin müavini Nərmin Zülfüqarova təmsil edib.

Dünən ümumi müzakirələrdə söz alan Nicat Ələsgərli Azərbaycanın 2019–2023-cü illərdə Hərəkata sədrliyi dövründə irəli sürülən təşəbbüslərin, xüsusilə pandemiyadan sonrakı bərpa üzrə BMT-dəki təkliflərin bu gün də aktual olduğunu bildirib.

Zirvə çərçivəsində Baş nazir Kolumbiya Prezidenti Karlos Eduardo Restrepo tərəfindən qəbul olunub, Uqandanın vitse-prezidenti Rebekka Nakato, Vyetnamın Baş naziri Nquyen Van Thanh və Cənubi Afrika Respublikasının beynəlxalq əlaqələr və əməkdaşlıq naziri Sipho Ndlovu ilə görüşüb.

Zirvənin bu gün yekun bəyannamənin qəbulu və ailə fotosu ilə başa çatması gözlənilir. Nicat Ələsgərlinin sabah Boqotaya keçərək Kolumbiya–Azərbaycan biznes forumunda çıxış edəcəyi bildirilir.
""", [
 ("Nicat Ələsgərli", "PER", "baş nazir", "Azərbaycan", ["Nicat Ələsgərli", "Nicat Ələsgərlinin"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimovun"]),
 ("Nərmin Zülfüqarova", "PER", "xarici işlər nazirinin müavini", "Azərbaycan", ["Nərmin Zülfüqarova"]),
 ("Karlos Eduardo Restrepo", "PER", "Prezident", "Kolumbiya", ["Karlos Eduardo Restrepo"]),
 ("Rebekka Nakato", "PER", "vitse-prezident", "Uqanda", ["Rebekka Nakato"]),
 ("Nquyen Van Thanh", "PER", "baş nazir", "Vyetnam", ["Nquyen Van Thanh"]),
 ("Sipho Ndlovu", "PER", "beynəlxalq əlaqələr və əməkdaşlıq naziri", "Cənubi Afrika Respublikası", ["Sipho Ndlovu"]),
 ("Qoşulmama Hərəkatı", "ORG", None, None, ["Qoşulmama Hərəkatının", "Qoşulmama Hərəkatına", "Hərəkata"]),
 ("Birləşmiş Millətlər Təşkilatı", "ORG", None, None, ["BMT-dəki"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Kartaxena", "LOC", None, None, ["Kartaxena", "Kartaxenaya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanı", "Azərbaycan", "Azərbaycanın"]),
 ("Kolumbiya", "LOC", None, None, ["Kolumbiyanın", "Kolumbiya"]),
 ("Uqanda", "LOC", None, None, ["Uqandanın"]),
 ("Vyetnam", "LOC", None, None, ["Vyetnamın"]),
 ("Cənubi Afrika Respublikası", "LOC", None, None, ["Cənubi Afrika Respublikasının"]),
 ("Boqota", "LOC", None, None, ["Boqotaya"]),
], [
 E("ATTEND", ["Nicat Ələsgərli"], "Kartaxena", "2027-10-14", "happened", "Prezident Teymur Səlimovun tapşırığı",
   ["çoxtərəfli diplomatiya", "pandemiyadan sonrakı bərpa"], date_text="Oktyabrın 14–15-də",
   event_name="Qoşulmama Hərəkatının XX Zirvə görüşü"),
 E("VISIT", ["Nicat Ələsgərli"], "Kartaxena", "2027-10-12", "happened", "Baş nazir çərşənbə axşamı axşam",
   ["çoxtərəfli diplomatiya"], date_text="çərşənbə axşamı axşam"),
 E("ATTEND", ["Nərmin Zülfüqarova"], "Kartaxena", "2027-10-13", "happened", "Zirvədən bir gün əvvəl",
   ["çoxtərəfli diplomatiya"], date_text="Zirvədən bir gün əvvəl",
   event_name="Qoşulmama Hərəkatının Nazirlər Konfransı"),
 E("MEET", ["Nicat Ələsgərli", "Karlos Eduardo Restrepo"], "Kartaxena", None, "happened", "Zirvə çərçivəsində Baş nazir",
   ["ikitərəfli münasibətlər"], host="Karlos Eduardo Restrepo"),
 E("MEET", ["Nicat Ələsgərli", "Rebekka Nakato"], "Kartaxena", None, "happened", "Zirvə çərçivəsində Baş nazir",
   ["ikitərəfli münasibətlər"]),
 E("MEET", ["Nicat Ələsgərli", "Nquyen Van Thanh"], "Kartaxena", None, "happened", "Zirvə çərçivəsində Baş nazir",
   ["ikitərəfli münasibətlər"]),
 E("MEET", ["Nicat Ələsgərli", "Sipho Ndlovu"], "Kartaxena", None, "happened", "Zirvə çərçivəsində Baş nazir",
   ["ikitərəfli münasibətlər"]),
 E("VISIT", ["Nicat Ələsgərli"], "Boqota", "2027-10-16", "planned", "Nicat Ələsgərlinin sabah Boqotaya",
   ["biznes əlaqələri"], date_text="sabah"),
 E("ATTEND", ["Nicat Ələsgərli"], "Boqota", "2027-10-16", "planned", "Nicat Ələsgərlinin sabah Boqotaya",
   ["biznes əlaqələri"], date_text="sabah", event_name="Kolumbiya–Azərbaycan biznes forumu"),
])

A("705_kazimli_nato_brussel_qafqazinfo.txt", "qafqazinfo.az", """date 2027-04-08
Ruslan Kazımlı Brüsseldə NATO tərəfdaşlarının nazirlər iclasına qatılıb | Qafqazinfo

QAFQAZİNFO
Xəbər lenti | Ölkə | Xarici siyasət | Region | Maraqlı
08.04.2027 | 11:26
Ruslan Kazımlı Brüsseldə NATO tərəfdaşlarının nazirlər iclasına qatılıb

Xarici işlər naziri Ruslan Kazımlı aprelin 7-də Brüsseldə NATO-ya üzv ölkələrin xarici işlər nazirlərinin tərəfdaş dövlətlərin iştirakı ilə keçirilən iclasına qatılıb.

Qafqazinfo-nun məlumatına görə, nazir Belçika paytaxtına aprelin 6-da gəlib və həmin gün Belçika Krallığının xarici işlər naziri Margo Lejen tərəfindən qəbul olunub.

İclasda Avroatlantik məkanda enerji təhlükəsizliyi, kritik infrastrukturun qorunması və Qara dəniz regionunda gəmiçilik təhlükəsizliyi müzakirə olunub. Çıxışında Kazımlı ölkəmizin Alyansla əməkdaşlığının 1994-cü ildə "Sülh naminə tərəfdaşlıq" proqramına qoşulmaqla başladığını xatırladıb.

Tədbirdən əvvəl nazir NATO Baş katibinin müavini Kristof Lamber ilə görüşüb.

Eyni zamanda məlum olub ki, Alyansın Baş katibinin Cənubi Qafqaz və Mərkəzi Asiyadakı tərəfdaşlıqlar üzrə xüsusi təmsilçisi Lars Holmqvistin may ayında Bakıya nəzərdə tutulan səfəri iyun ayına təxirə salınıb.

Teqlər: Ruslan Kazımlı, NATO, Brüssel
Digər xəbərlər
Nərmin Zülfüqarova Səudiyyə Ərəbistanının yeni səfirini qəbul edib
Gəncədə beynəlxalq şahmat turniri başlayıb
Sumqayıtda dəniz sahilində yeni gəzinti zolağı salınır
Qafqazinfo.az — 2027. Saytdakı yazılardan yalnız aktiv keçidlə yararlanmaq olar.
""", [
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", None, ["Ruslan Kazımlı", "Kazımlı"]),
 ("Margo Lejen", "PER", "xarici işlər naziri", "Belçika", ["Margo Lejen"]),
 ("Kristof Lamber", "PER", "baş katibin müavini", "Şimali Atlantika Müqaviləsi Təşkilatı", ["Kristof Lamber"]),
 ("Lars Holmqvist", "PER", "xüsusi təmsilçi", "Şimali Atlantika Müqaviləsi Təşkilatı", ["Lars Holmqvistin"]),
 ("Nərmin Zülfüqarova", "PER", None, None, ["Nərmin Zülfüqarova"]),
 ("Şimali Atlantika Müqaviləsi Təşkilatı", "ORG", None, None, ["NATO", "NATO-ya", "Alyansla", "Alyansın"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo", "QAFQAZİNFO", "Qafqazinfo-nun", "Qafqazinfo.az"]),
 ("Brüssel", "LOC", None, None, ["Brüsseldə", "Brüssel"]),
 ("Belçika", "LOC", None, None, ["Belçika", "Belçika Krallığının"]),
 ("Qara dəniz", "LOC", None, None, ["Qara dəniz"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqaz"]),
 ("Mərkəzi Asiya", "LOC", None, None, ["Mərkəzi Asiyadakı"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Səudiyyə Ərəbistanı", "LOC", None, None, ["Səudiyyə Ərəbistanının"]),
 ("Gəncə", "LOC", None, None, ["Gəncədə"]),
 ("Sumqayıt", "LOC", None, None, ["Sumqayıtda"]),
], [
 E("ATTEND", ["Ruslan Kazımlı"], "Brüssel", "2027-04-07", "happened", "Xarici işlər naziri Ruslan Kazımlı aprelin 7-də",
   ["enerji təhlükəsizliyi", "kritik infrastruktur", "gəmiçilik təhlükəsizliyi"], date_text="aprelin 7-də",
   event_name="NATO xarici işlər nazirlərinin tərəfdaşlarla iclası"),
 E("VISIT", ["Ruslan Kazımlı"], "Brüssel", "2027-04-06", "happened", "nazir Belçika paytaxtına",
   ["NATO ilə tərəfdaşlıq"], date_text="aprelin 6-da"),
 E("MEET", ["Ruslan Kazımlı", "Margo Lejen"], "Brüssel", "2027-04-06", "happened", "nazir Belçika paytaxtına",
   ["ikitərəfli münasibətlər"], host="Margo Lejen", date_text="həmin gün"),
 E("MEET", ["Ruslan Kazımlı", "Kristof Lamber"], "Brüssel", "2027-04-07", "happened", "Tədbirdən əvvəl nazir",
   ["NATO ilə tərəfdaşlıq"], date_text="Tədbirdən əvvəl"),
 E("VISIT", ["Lars Holmqvist"], "Bakı", "2027-05", "negated", "Lars Holmqvistin may ayında",
   ["NATO ilə tərəfdaşlıq"], date_text="may ayında"),
 E("VISIT", ["Lars Holmqvist"], "Bakı", "2027-06", "planned", "Lars Holmqvistin may ayında",
   ["NATO ilə tərəfdaşlıq"], date_text="iyun ayına"),
])

A("706_qehremanli_serq_terefdasligi_luksemburq_oxu.txt", "oxu.az", """date 2027-05-25
Lüksemburqda Şərq Tərəfdaşlığı nazirlərinin iclası: Azərbaycanı Elnur Qəhrəmanlı təmsil edib

OXU.AZ
Son dəqiqə | Ölkə | Dünya | Maliyyə | Sağlamlıq | Müsahibə
Siyasət | 25 may 2027, 09:40
Lüksemburqda Şərq Tərəfdaşlığı nazirlərinin iclası: Azərbaycanı Elnur Qəhrəmanlı təmsil edib

Bazar ertəsi Lüksemburqda Avropa İttifaqına üzv dövlətlərin və Şərq Tərəfdaşlığı ölkələrinin xarici işlər nazirlərinin illik iclası keçirilib. Azərbaycan tərəfini toplantıda xarici işlər nazirinin müavini Elnur Qəhrəmanlı təmsil edib.

Oxu.az-a diplomatik mənbələrdən bildirilib ki, iclası Avropa İttifaqının Ali nümayəndəsi Karolina Vesterberq aparıb. Müzakirələrdə nəqliyyat bağlantıları, enerji təchizatının şaxələndirilməsi və rəqəmsal keçid məsələləri əsas yer tutub.

İclasın kənarında Qəhrəmanlı Avropa Komissiyasının genişlənmə və Şərq qonşuluğu üzrə komissarı Elena Varqa ilə görüşüb, Xəzərin dibindən keçəcək yüksəkgərginlikli kabel xəttinin maliyyə təminatından danışıb. Həmin gün o, Ukrayna xarici işlər nazirinin birinci müavini Andriy Kovalenko ilə də görüşüb.

Əvvəlcə Şərq Tərəfdaşlığının dövlət və hökumət başçıları səviyyəsində sammitinin iyunda keçirilməsi planlaşdırılırdı. Lakin Aİ-nin qərarı ilə sammit payıza saxlanılıb.

Lüksemburqda səfərdə olan Qəhrəmanlı bu gün Lüksemburq Xarici və Avropa İşləri Nazirliyinin baş katibi Pol Şmit ilə siyasi məsləhətləşmələr aparacaq.

Paylaş | Şərh yaz
Teqlər: Elnur Qəhrəmanlı, Avropa İttifaqı, Lüksemburq
Ən çox oxunanlar
Bakıda həftəsonu yağışlı hava gözlənilir
Xəzər dənizində gəmi qəzası olmayıb – rəsmi açıqlama
© OXU.AZ 2027
""", [
 ("Elnur Qəhrəmanlı", "PER", "xarici işlər nazirinin müavini", "Azərbaycan", ["Elnur Qəhrəmanlı", "Qəhrəmanlı"]),
 ("Karolina Vesterberq", "PER", "ali nümayəndə", "Avropa İttifaqı", ["Karolina Vesterberq"]),
 ("Elena Varqa", "PER", "komissar", "Avropa Komissiyası", ["Elena Varqa"]),
 ("Andriy Kovalenko", "PER", "xarici işlər nazirinin birinci müavini", "Ukrayna", ["Andriy Kovalenko"]),
 ("Pol Şmit", "PER", "baş katib", "Lüksemburq Xarici və Avropa İşləri Nazirliyi", ["Pol Şmit"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Avropa İttifaqına", "Avropa İttifaqının", "Aİ-nin", "Avropa İttifaqı"]),
 ("Avropa Komissiyası", "ORG", None, None, ["Avropa Komissiyasının"]),
 ("Lüksemburq Xarici və Avropa İşləri Nazirliyi", "ORG", None, None, ["Lüksemburq Xarici və Avropa İşləri Nazirliyinin"]),
 ("Oxu.az", "ORG", None, None, ["OXU.AZ", "Oxu.az-a"]),
 ("Lüksemburq", "LOC", None, None, ["Lüksemburqda", "Lüksemburq"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanı", "Azərbaycan"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzərin", "Xəzər dənizində"]),
 ("Ukrayna", "LOC", None, None, ["Ukrayna"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
], [
 E("ATTEND", ["Elnur Qəhrəmanlı"], "Lüksemburq", "2027-05-24", "happened", "Azərbaycan tərəfini toplantıda",
   ["nəqliyyat", "enerji", "rəqəmsal keçid"], date_text="Bazar ertəsi",
   event_name="Aİ və Şərq Tərəfdaşlığı ölkələrinin xarici işlər nazirlərinin illik iclası"),
 E("ATTEND", ["Karolina Vesterberq"], "Lüksemburq", "2027-05-24", "happened", "iclası Avropa İttifaqının",
   ["nəqliyyat", "enerji", "rəqəmsal keçid"],
   event_name="Aİ və Şərq Tərəfdaşlığı ölkələrinin xarici işlər nazirlərinin illik iclası"),
 E("MEET", ["Elnur Qəhrəmanlı", "Elena Varqa"], "Lüksemburq", "2027-05-24", "happened", "İclasın kənarında Qəhrəmanlı",
   ["enerji", "elektrik kabeli"]),
 E("MEET", ["Elnur Qəhrəmanlı", "Andriy Kovalenko"], "Lüksemburq", "2027-05-24", "happened", "Həmin gün o, Ukrayna",
   ["ikitərəfli münasibətlər"], date_text="Həmin gün"),
 E("VISIT", ["Elnur Qəhrəmanlı"], "Lüksemburq", "2027-05-24", "happened", "Lüksemburqda səfərdə olan",
   ["Aİ ilə əməkdaşlıq"], date_text="Bazar ertəsi"),
 E("MEET", ["Elnur Qəhrəmanlı", "Pol Şmit"], "Lüksemburq", "2027-05-25", "planned", "Lüksemburqda səfərdə olan",
   ["siyasi məsləhətləşmələr"], date_text="bu gün"),
])
