A("570_tekfen_heyeti_zengilan_lent.txt", None, """date 2026-11-25
Türkiyənin "Tekfen Holdinq" şirkəti Zəngilanda investisiya imkanlarını öyrənir

Lent.az
Xəbər lenti | Siyasət | İqtisadiyyat | Region
25 noyabr 2026, 14:03
Türkiyənin "Tekfen Holdinq" şirkəti Zəngilanda investisiya imkanlarını öyrənir

Türkiyənin "Tekfen Holdinq" şirkətinin idarə heyəti sədrinin müavini Kaan Özdemirin başçılıq etdiyi nümayəndə heyəti bazar ertəsi Zəngilan rayonuna gəlib.

Lent.az-ın məlumatına görə, qonaqlar elə həmin gün Zəngilan şəhərində Prezidentin Cəbrayıl, Qubadlı və Zəngilan rayonlarında xüsusi nümayəndəsi Fikrət Rzazadə ilə görüşüblər. Xüsusi nümayəndə rayonda yaradılan "yaşıl enerji" zonası, suvarma kanallarının bərpası və torpaqların yenidən əkin dövriyyəsinə qaytarılması barədə danışıb.

Dünən nümayəndə heyəti Ağalı kəndində olub, ardınca Zəngilan Beynəlxalq Hava Limanının yük terminalını gəzib. Türk iş adamları hava limanının yaxınlığında istixana kompleksi salmaq niyyətində olduqlarını deyiblər.

Şirkətin rəhbərliyi ilə Azərbaycan hökuməti arasında investisiya sazişinin dekabrın əvvəlində Bakıda imzalanması gözlənilir. Sənədi iqtisadiyyat naziri Zaur Hümbətli və "Tekfen Holdinq"in idarə heyətinin sədri Murat Gökçen imzalayacaq.

Murat Gökçenin də Zəngilana gələcəyi bildirilmişdi, lakin o, səfərə qoşulmayıb.

Son xəbərlər
Qubadlıda yeni körpü istifadəyə verilib
Cəbrayılda günəş elektrik stansiyasının tikintisi davam edir
© Lent.az
""", [
 ("Kaan Özdemir", "PER", "idarə heyəti sədrinin müavini", "Tekfen Holdinq", ["Kaan Özdemirin"]),
 ("Fikrət Rzazadə", "PER", "xüsusi nümayəndə", "Azərbaycan", ["Fikrət Rzazadə"]),
 ("Zaur Hümbətli", "PER", "iqtisadiyyat naziri", "Azərbaycan", ["Zaur Hümbətli"]),
 ("Murat Gökçen", "PER", "idarə heyətinin sədri", "Tekfen Holdinq", ["Murat Gökçen", "Murat Gökçenin"]),
 ("Tekfen Holdinq", "ORG", None, None, ["Tekfen Holdinq"]),
 ("Lent.az", "ORG", None, None, ["Lent.az", "Lent.az-ın"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin"]),
 ("Zəngilan", "LOC", None, None, ["Zəngilanda", "Zəngilan", "Zəngilana"]),
 ("Cəbrayıl", "LOC", None, None, ["Cəbrayıl", "Cəbrayılda"]),
 ("Qubadlı", "LOC", None, None, ["Qubadlı", "Qubadlıda"]),
 ("Ağalı", "LOC", None, None, ["Ağalı"]),
 ("Zəngilan Beynəlxalq Hava Limanı", "LOC", None, None, ["Zəngilan Beynəlxalq Hava Limanının"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
], [
 E("VISIT", ["Kaan Özdemir"], "Zəngilan", "2026-11-23", "happened", "Kaan Özdemirin başçılıq",
   ["investisiyalar", "kənd təsərrüfatı"], date_text="bazar ertəsi"),
 E("MEET", ["Kaan Özdemir", "Fikrət Rzazadə"], "Zəngilan", "2026-11-23", "happened", "qonaqlar elə həmin gün",
   ["yaşıl enerji", "suvarma"], date_text="həmin gün"),
 E("VISIT", ["Kaan Özdemir"], "Ağalı", "2026-11-24", "happened", "Dünən nümayəndə heyəti",
   ["ağıllı kənd"], date_text="Dünən"),
 E("VISIT", ["Kaan Özdemir"], "Zəngilan Beynəlxalq Hava Limanı", "2026-11-24", "happened", "Dünən nümayəndə heyəti",
   ["logistika"], place="Zəngilan Beynəlxalq Hava Limanı", date_text="Dünən"),
 E("SIGN", ["Zaur Hümbətli", "Murat Gökçen"], "Bakı", "2026-12", "planned", "Şirkətin rəhbərliyi ilə",
   ["investisiyalar"], date_text="dekabrın əvvəlində"),
 E("VISIT", ["Murat Gökçen"], "Zəngilan", None, "negated", "Murat Gökçenin də",
   ["investisiyalar"]),
])

A("571_novruzlu_astana_sefer_texire_metbuat.txt", "metbuat.az", """date 2026-12-03
Səhiyyə nazirinin Astanaya səfəri fevrala keçirilib

METBUAT.AZ
Son xəbərlər | Siyasət | Səhiyyə | Region | Müsahibə
03.12.2026 / 17:05
Səhiyyə nazirinin Astanaya səfəri fevrala keçirilib

Səhiyyə naziri Rəşid Novruzlunun bu həftə Qazaxıstana planlaşdırılan işgüzar səfəri başqa vaxta saxlanılıb. Metbuat.az-a nazirlikdən bildiriblər ki, Novruzlunun çərşənbə axşamı Astanada Mərkəzi Asiya və Cənubi Qafqaz ölkələri səhiyyə nazirlərinin toplantısına qatılması nəzərdə tutulurdu. Lakin ev sahibi tərəfin xahişi ilə toplantı fevral ayına keçirilib, nazir də Astanaya həmin vaxt gedəcək.

Dünən Rəşid Novruzlu qazaxıstanlı həmkarı Asel Sarsenbayeva ilə telefonla danışıb, toplantının yeni gündəliyini və dərman preparatlarının qarşılıqlı qeydiyyatı məsələsini müzakirə edib.

Bu gün isə nazir Bakıda Dünya Səhiyyə Təşkilatının Avropa regional direktoru Henrik Lundu qəbul edib. Görüşdə Qarabağda ilkin tibbi yardım şəbəkəsinin qurulması və yoluxucu xəstəliklərə nəzarət mövzuları müzakirə olunub.

ÜST rəsmisinin sabah Gəncəyə gedərək regional tibb mərkəzləri ilə tanış olması planlaşdırılır.

Digər xəbərlər
Lənkəranda yeni poliklinika açılıb
© Metbuat.az
""", [
 ("Rəşid Novruzlu", "PER", "səhiyyə naziri", None, ["Rəşid Novruzlunun", "Novruzlunun", "Rəşid Novruzlu"]),
 ("Asel Sarsenbayeva", "PER", "səhiyyə naziri", "Qazaxıstan", ["Asel Sarsenbayeva"]),
 ("Henrik Lund", "PER", "regional direktor", "Dünya Səhiyyə Təşkilatı", ["Henrik Lundu"]),
 ("Metbuat.az", "ORG", None, None, ["METBUAT.AZ", "Metbuat.az-a", "Metbuat.az"]),
 ("Dünya Səhiyyə Təşkilatı", "ORG", None, None, ["Dünya Səhiyyə Təşkilatının", "ÜST"]),
 ("Astana", "LOC", None, None, ["Astanaya", "Astanada"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstana"]),
 ("Mərkəzi Asiya", "LOC", None, None, ["Mərkəzi Asiya"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqaz"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Avropa", "LOC", None, None, ["Avropa"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağda"]),
 ("Gəncə", "LOC", None, None, ["Gəncəyə"]),
 ("Lənkəran", "LOC", None, None, ["Lənkəranda"]),
], [
 E("VISIT", ["Rəşid Novruzlu"], "Qazaxıstan", None, "negated", "Səhiyyə naziri Rəşid Novruzlunun bu",
   ["səhiyyə"], date_text="bu həftə"),
 E("ATTEND", ["Rəşid Novruzlu"], "Astana", "2026-12-01", "negated", "Novruzlunun çərşənbə axşamı",
   ["səhiyyə", "regional əməkdaşlıq"], date_text="çərşənbə axşamı",
   event_name="Mərkəzi Asiya və Cənubi Qafqaz ölkələri səhiyyə nazirlərinin toplantısı"),
 E("ATTEND", ["Rəşid Novruzlu"], "Astana", "2027-02", "planned", "toplantı fevral ayına keçirilib",
   ["səhiyyə", "regional əməkdaşlıq"], date_text="fevral ayına",
   event_name="Mərkəzi Asiya və Cənubi Qafqaz ölkələri səhiyyə nazirlərinin toplantısı"),
 E("VISIT", ["Rəşid Novruzlu"], "Astana", "2027-02", "planned", "toplantı fevral ayına keçirilib",
   ["səhiyyə"], date_text="fevral ayına"),
 E("CALL", ["Rəşid Novruzlu", "Asel Sarsenbayeva"], None, "2026-12-02", "happened", "Dünən Rəşid Novruzlu",
   ["dərman preparatları"], date_text="Dünən"),
 E("MEET", ["Rəşid Novruzlu", "Henrik Lund"], "Bakı", "2026-12-03", "happened", "Bu gün isə nazir Bakıda",
   ["ilkin tibbi yardım", "yoluxucu xəstəliklər"], host="Rəşid Novruzlu", date_text="Bu gün"),
 E("VISIT", ["Henrik Lund"], "Gəncə", "2026-12-04", "planned", "ÜST rəsmisinin sabah",
   ["səhiyyə"], date_text="sabah"),
])

A("572_seki_tarixi_seherler_xalq_qezeti.txt", None, """date 2026-12
Şəki tarixi şəhərlərin başçılarını bir araya gətirib

Ayın 4-də Şəkiyə gələn xarici qonaqları – Türkiyənin Safranbolu şəhərinin bələdiyyə başqanı Elif Kocabaşı, Gürcüstanın Siqnaxi bələdiyyə-
sinin meri Zurab Maisuradzeni və Özbəkistanın Xiva şəhərinin hakimi Farxod Sultanovu Şəki Şəhər İcra Hakimiyyətinin binasında icra başçısı Ramil Qəhrəmanov qəbul edib.

Ertəsi gün qonaqlar Şəkidə keçirilən "İpək yolu üzərində tarixi şəhərlər: irsin qorunması və turizm" mövzusunda beynəlxalq konfransda istirak ediblər. Konfransı açan Ramil Qəhrəmanov qədim şəhərlərin turizm marşrutlarında birləşdirilməsinin vacibliyini vurğulayıb.

Konfransın ikinci günü Şəki ilə Safranbolu arasında qardaşlaşma haqqında protokol imzalanıb. Sənədə Ramil Qəhrəmanov və Elif Kocabaş imza atıblar. Protokol hər iki şəhərin sənətkarlarının sərgilərinin və tələbə mübadiləsinin təşkilini nə-
zərdə tutur.

Qonaqlar Şəki Xan Sarayını gəzib, ipəkçilik emalatxanalarının işi ilə maraqlanıblar.

Macarıstanın Eger şəhərinin meri Andras Kovaç da konfransa dəvət almışdı, lakin o, Şəkiyə gələ bilməyib.

Gələn il konfransın Siqnaxidə keçirilməsi nəzərdə tutulur.

Nərmin QULİYEVA,
«Xalq qəzeti»
""", [
 ("Elif Kocabaş", "PER", "bələdiyyə başqanı", "Türkiyə", ["Elif Kocabaşı", "Elif Kocabaş"]),
 ("Zurab Maisuradze", "PER", "mer", "Gürcüstan", ["Zurab Maisuradzeni"]),
 ("Farxod Sultanov", "PER", "hakim", "Özbəkistan", ["Farxod Sultanovu"]),
 ("Ramil Qəhrəmanov", "PER", "icra başçısı", "Şəki Şəhər İcra Hakimiyyəti", ["Ramil Qəhrəmanov"]),
 ("Andras Kovaç", "PER", "mer", "Macarıstan", ["Andras Kovaç"]),
 ("Nərmin Quliyeva", "PER", None, None, ["Nərmin QULİYEVA"]),
 ("Şəki Şəhər İcra Hakimiyyəti", "ORG", None, None, ["Şəki Şəhər İcra Hakimiyyətinin"]),
 ("Xalq qəzeti", "ORG", None, None, ["Xalq qəzeti"]),
 ("Şəki", "LOC", None, None, ["Şəki", "Şəkiyə", "Şəkidə"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin"]),
 ("Safranbolu", "LOC", None, None, ["Safranbolu"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstanın"]),
 ("Siqnaxi", "LOC", None, None, ["Siqnaxi", "Siqnaxidə"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistanın"]),
 ("Xiva", "LOC", None, None, ["Xiva"]),
 ("Şəki Xan Sarayı", "LOC", None, None, ["Şəki Xan Sarayını"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstanın"]),
 ("Eger", "LOC", None, None, ["Eger"]),
], [
 E("VISIT", ["Elif Kocabaş", "Zurab Maisuradze", "Farxod Sultanov"], "Şəki", "2026-12-04", "happened",
   "Ayın 4-də Şəkiyə", ["tarixi şəhərlər", "turizm"], date_text="Ayın 4-də"),
 E("MEET", ["Elif Kocabaş", "Zurab Maisuradze", "Farxod Sultanov", "Ramil Qəhrəmanov"], "Şəki Şəhər İcra Hakimiyyəti",
   "2026-12-04", "happened", "Ayın 4-də Şəkiyə", ["tarixi şəhərlər", "turizm"], host="Ramil Qəhrəmanov",
   date_text="Ayın 4-də"),
 E("ATTEND", ["Elif Kocabaş", "Zurab Maisuradze", "Farxod Sultanov"], "Şəki", "2026-12-05", "happened",
   "Ertəsi gün qonaqlar", ["mədəni irs", "turizm"], date_text="Ertəsi gün",
   event_name='"İpək yolu üzərində tarixi şəhərlər: irsin qorunması və turizm" konfransı'),
 E("ATTEND", ["Ramil Qəhrəmanov"], "Şəki", "2026-12-05", "happened", "Konfransı açan Ramil",
   ["turizm"], date_text="Ertəsi gün",
   event_name='"İpək yolu üzərində tarixi şəhərlər: irsin qorunması və turizm" konfransı'),
 E("SIGN", ["Ramil Qəhrəmanov", "Elif Kocabaş"], "Şəki", "2026-12-06", "happened", "Konfransın ikinci günü",
   ["qardaşlaşmış şəhərlər", "sənətkarlıq"], date_text="Konfransın ikinci günü"),
 E("VISIT", ["Elif Kocabaş", "Zurab Maisuradze", "Farxod Sultanov"], "Şəki Xan Sarayı", "2026-12", "happened",
   "Qonaqlar Şəki Xan", ["mədəni irs", "ipəkçilik"], place="Şəki Xan Sarayı"),
 E("ATTEND", ["Andras Kovaç"], "Şəki", "2026-12-05", "negated", "Andras Kovaç da konfransa",
   ["tarixi şəhərlər"], event_name='"İpək yolu üzərində tarixi şəhərlər: irsin qorunması və turizm" konfransı'),
 E("VISIT", ["Andras Kovaç"], "Şəki", None, "negated", "Andras Kovaç da konfransa",
   ["tarixi şəhərlər"]),
])

A("573_regionlara_turist_axini_report.txt", "report.az", """date 2026-12-14
Regionlara gələn əcnəbi turistlərin sayı artıb

Cari ilin on bir ayında Azərbaycanın regionlarına 780 mindən çox əcnəbi turist səfər edib. Göstərici 2025-ci ilin müvafiq dövrünə nisbətən 14 faiz yüksəkdir.

Dövlət Turizm Agentliyinin Report-a təqdim etdiyi rəqəmlərə görə, əcnəbilərin daha çox seçdiyi bölgələr Şəki, Qəbələ, Quba və Qusar olub. Qarabağ və Şərqi Zəngəzura turist marşrutları ilə gələnlərin sayı isə iki dəfədən çox artaraq 96 minə çatıb.

Agentliyin sədri Elnur Babazadə bildirib ki, turistlərin əsas hissəsi Körfəz ölkələrindən, Rusiyadan, Türkiyədən və Mərkəzi Asiyadan gəlir. Onun sözlərinə görə, Lənkəran və Astarada yaşıl çay turları, Naxçıvanda isə duz mağaraları ilə bağlı müalicə turizmi getdikcə populyarlaşır.

Gələn il Şəkidə, Qəbələdə və Şuşada yeni turizm informasiya mərkəzlərinin açılması, Zəngilan və Laçında ekoturizm marşrutlarının yaradılması planlaşdırılır. Agentlik həmçinin Bakı–Şuşa avtobus reyslərinin sayının artırılmasını təklif edib.

Mütəxəssislərin fikrincə, regionlarda otel yerlərinin sayı hələ də tələbatdan geri qalır: xüsusilə yay aylarında Şəki və Qəbələdə mehmanxanaların doluluğu 95 faizə çatır.
""", [
 ("Elnur Babazadə", "PER", "sədr", "Dövlət Turizm Agentliyi", ["Elnur Babazadə"]),
 ("Report", "ORG", None, None, ["Report-a"]),
 ("Dövlət Turizm Agentliyi", "ORG", None, None, ["Dövlət Turizm Agentliyinin"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Şəki", "LOC", None, None, ["Şəki", "Şəkidə"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələ", "Qəbələdə"]),
 ("Quba", "LOC", None, None, ["Quba"]),
 ("Qusar", "LOC", None, None, ["Qusar"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağ"]),
 ("Şərqi Zəngəzur", "LOC", None, None, ["Şərqi Zəngəzura"]),
 ("Körfəz", "LOC", None, None, ["Körfəz"]),
 ("Rusiya", "LOC", None, None, ["Rusiyadan"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyədən"]),
 ("Mərkəzi Asiya", "LOC", None, None, ["Mərkəzi Asiyadan"]),
 ("Lənkəran", "LOC", None, None, ["Lənkəran"]),
 ("Astara", "LOC", None, None, ["Astarada"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvanda"]),
 ("Şuşa", "LOC", None, None, ["Şuşada", "Şuşa"]),
 ("Zəngilan", "LOC", None, None, ["Zəngilan"]),
 ("Laçın", "LOC", None, None, ["Laçında"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
], [], topics=["turizm", "statistika"])

A("574_genclere_qrant_musabiqesi_trend.txt", "trend.az", """date 2026-12-21
Gənclər və İdman Nazirliyi regionlarda gənclər təşkilatlarına qrant ayırıb

Gənclər və İdman Nazirliyi regionlarda fəaliyyət göstərən gənclər təşkilatları üçün elan etdiyi qrant müsabiqəsinin nəticələrini açıqlayıb. Müsabiqəyə 412 layihə təqdim olunub, onlardan 64-ü maliyyələşməyə layiq görülüb.

Trend-ə verilən məlumata görə, qaliblər arasında Lənkəran, Şəki, Gəncə, Quba və Naxçıvandan olan təşkilatlar çoxluq təşkil edir. Layihələrin bir qismi Xankəndi, Şuşa və Ağdamda könüllülük hərəkatının genişləndirilməsinə yönəlib.

Nazir Elvin Rüstəmbəyli bildirib ki, gələn il regional gənclər mərkəzlərinin xarici tərəfdaşlarla birgə layihələrinə ayrılan vəsait iki dəfə artırılacaq. Onun sözlərinə görə, Avropa İttifaqının "Erasmus+" proqramı çərçivəsində 2027-ci ildə 300-ə yaxın gəncin Polşa, Litva və Portuqaliyada təcrübə keçməsi gözlənilir.

Nazirlik həmçinin yayda Qəbələdə Türk Dövlətləri Təşkilatına üzv ölkələrin gənclərinin iştirakı ilə düşərgə təşkil ediləcəyini açıqlayıb. Düşərgəyə qatılmaq istəyənlərin qeydiyyatı yanvarın 15-də başlayacaq, seçim müsahibə əsasında aparılacaq.

Qrant müsabiqəsinin növbəti mərhələsi mart ayında elan olunacaq, bu dəfə üstünlük rəqəmsal bacarıqlar və ekoloji maarifləndirmə layihələrinə veriləcək.
""", [
 ("Elvin Rüstəmbəyli", "PER", "nazir", "Gənclər və İdman Nazirliyi", ["Elvin Rüstəmbəyli"]),
 ("Gənclər və İdman Nazirliyi", "ORG", None, None, ["Gənclər və İdman Nazirliyi"]),
 ("Trend", "ORG", None, None, ["Trend-ə"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Avropa İttifaqının"]),
 ("Türk Dövlətləri Təşkilatı", "ORG", None, None, ["Türk Dövlətləri Təşkilatına"]),
 ("Lənkəran", "LOC", None, None, ["Lənkəran"]),
 ("Şəki", "LOC", None, None, ["Şəki"]),
 ("Gəncə", "LOC", None, None, ["Gəncə"]),
 ("Quba", "LOC", None, None, ["Quba"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvandan"]),
 ("Xankəndi", "LOC", None, None, ["Xankəndi"]),
 ("Şuşa", "LOC", None, None, ["Şuşa"]),
 ("Ağdam", "LOC", None, None, ["Ağdamda"]),
 ("Polşa", "LOC", None, None, ["Polşa"]),
 ("Litva", "LOC", None, None, ["Litva"]),
 ("Portuqaliya", "LOC", None, None, ["Portuqaliyada"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələdə"]),
], [], topics=["gənclər siyasəti", "qrantlar"])

A("575_pakistan_sefiri_gence_apa.txt", "APA", """date 2026-01-23
Pakistan səfiri Gəncədə aqrar universitetlə əlaqələri müzakirə edib

Pakistan İslam Respublikasının Azərbaycandakı səfiri Saqib Mahmud Qureyşi ötən həftənin sonunda Gəncədə səfərdə olub.

APA-nın Qərb bürosunun məlumatına görə, səfir əvvəlcə Gəncə Şəhər İcra Hakimiyyətində başçı Fərid Nəcəfzadə ilə görüşüb. Görüşdə şəhərin sənaye potensialı, pakistanlı iş adamlarının Gəncədə toxuculuq müəssisəsi açmaq marağı müzakirə olunub.

Daha sonra diplomat Azərbaycan Dövlət Aqrar Universitetində olub, rektor Tahir Allahverdiyevlə görüşərək Pakistanın Faysalabad Kənd Təsərrüfatı Universiteti ilə əlaqələrin qurulması imkanlarını nəzərdən keçirib. Səfir universitetdə təhsil alan pakistanlı tələbələrlə də görüşüb, onların məişət şəraiti ilə maraqlanıb.

Bazar günü Qureyşi Göygöl Milli Parkına baş çəkib. Səfir qış aylarında da parka turist marağının azalmadığını qeyd edib.

Faysalabad Kənd Təsərrüfatı Universitetinin rektorunun fevralda Gəncəyə gəlməsi, iki universitet arasında memorandum imzalanması gözlənilir. Sənəddə pambıqçılıq və suvarma texnologiyaları üzrə birgə tədqiqatlar əsas yer tutacaq.
""", [
 ("Saqib Mahmud Qureyşi", "PER", "səfir", "Pakistan", ["Saqib Mahmud Qureyşi", "Qureyşi"]),
 ("Fərid Nəcəfzadə", "PER", "başçı", "Gəncə Şəhər İcra Hakimiyyəti", ["Fərid Nəcəfzadə"]),
 ("Tahir Allahverdiyev", "PER", "rektor", "Azərbaycan Dövlət Aqrar Universiteti", ["Tahir Allahverdiyevlə"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Gəncə Şəhər İcra Hakimiyyəti", "ORG", None, None, ["Gəncə Şəhər İcra Hakimiyyətində"]),
 ("Azərbaycan Dövlət Aqrar Universiteti", "ORG", None, None, ["Azərbaycan Dövlət Aqrar Universitetində"]),
 ("Faysalabad Kənd Təsərrüfatı Universiteti", "ORG", None, None,
  ["Faysalabad Kənd Təsərrüfatı Universiteti", "Faysalabad Kənd Təsərrüfatı Universitetinin"]),
 ("Pakistan", "LOC", None, None, ["Pakistan", "Pakistan İslam Respublikasının", "Pakistanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı"]),
 ("Gəncə", "LOC", None, None, ["Gəncədə", "Gəncəyə"]),
 ("Göygöl Milli Parkı", "LOC", None, None, ["Göygöl Milli Parkına"]),
], [
 E("VISIT", ["Saqib Mahmud Qureyşi"], "Gəncə", "2026-01", "happened", "ötən həftənin sonunda Gəncədə",
   ["regional əməkdaşlıq"], date_text="ötən həftənin sonunda"),
 E("MEET", ["Saqib Mahmud Qureyşi", "Fərid Nəcəfzadə"], "Gəncə Şəhər İcra Hakimiyyəti", "2026-01", "happened",
   "səfir əvvəlcə Gəncə", ["sənaye", "toxuculuq"]),
 E("MEET", ["Saqib Mahmud Qureyşi", "Tahir Allahverdiyev"], "Azərbaycan Dövlət Aqrar Universiteti", "2026-01",
   "happened", "Daha sonra diplomat", ["aqrar təhsil"]),
 E("VISIT", ["Saqib Mahmud Qureyşi"], "Göygöl Milli Parkı", "2026-01-18", "happened", "Bazar günü Qureyşi",
   ["turizm", "ekologiya"], place="Göygöl Milli Parkı", date_text="Bazar günü"),
 E("VISIT", ["Faysalabad Kənd Təsərrüfatı Universiteti"], "Gəncə", "2026-02", "planned",
   "Universitetinin rektorunun fevralda", ["aqrar təhsil"], date_text="fevralda"),
 E("SIGN", ["Azərbaycan Dövlət Aqrar Universiteti", "Faysalabad Kənd Təsərrüfatı Universiteti"], "Gəncə", "2026-02",
   "planned", "Universitetinin rektorunun fevralda", ["aqrar təhsil", "pambıqçılıq"], date_text="fevralda"),
])
