A("550_yaponiya_sefiri_quba.txt", "AZERTAC", """date 2026-02-17
Yaponiya səfiri Quba rayonunun kəndlərində olub

Yaponiyanın Bakıdakı səfiri Hiroşi Tanabe bazar ertəsi Quba rayonuna səfər edib. Həmin gün Quba Rayon İcra Hakimiyyətinin başçısı Elşad Rzaquliyev yapon diplomatını inzibati binada qəbul edərək bölgədə alma bağlarının genişləndirilməsi, qış turizmi və su təchizatı sahəsində görülən işlərdən söz açıb.

AZERTAC-ın Quba-Xaçmaz zonası üzrə müxbiri bildirir ki, səfir Yaponiya hökumətinin "Kusanone" qrant proqramı hesabına Qubada reallaşdırılan layihələrin nəticələrini yüksək qiymətləndirib. Onun sözlərinə görə, son üç ildə rayonun iki kəndinə içməli su xətti çəkilib, bir kənd məktəbi üçün fizika laboratoriyası təchiz olunub.

Görüşdən sonra qonaq Quba Soyqırımı Memorial Kompleksinə gedərək 1918-ci ilin yazında qətlə yetirilmiş dinc sakinlərin xatirəsini ehtiramla anıb.

Yapon diplomatın proqramı ertəsi gün Qırmızı Qəsəbədə davam etdirilib. Burada o, qəsəbənin daş döşənmiş dar küçələrini gəzib, yerli icmanın ağsaqqalları ilə çay süfrəsi arxasında söhbət edib.

Məlumat üçün bildirək ki, "Kusanone" proqramı üzrə Quba və Qusar rayonlarında daha üç layihəyə dair qrant müqavilələrinin martda imzalanması nəzərdə tutulur.
""", [
 ("Hiroşi Tanabe", "PER", "səfir", "Yaponiya", ["Hiroşi Tanabe"]),
 ("Elşad Rzaquliyev", "PER", "başçı", "Quba Rayon İcra Hakimiyyəti", ["Elşad Rzaquliyev"]),
 ("Quba Rayon İcra Hakimiyyəti", "ORG", None, None, ["Quba Rayon İcra Hakimiyyətinin"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-ın"]),
 ("Yaponiya", "LOC", None, None, ["Yaponiya", "Yaponiyanın"]),
 ("Bakı", "LOC", None, None, ["Bakıdakı"]),
 ("Quba", "LOC", None, None, ["Quba", "Qubada"]),
 ("Quba-Xaçmaz", "LOC", None, None, ["Quba-Xaçmaz"]),
 ("Quba Soyqırımı Memorial Kompleksi", "LOC", None, None, ["Quba Soyqırımı Memorial Kompleksinə"]),
 ("Qırmızı Qəsəbə", "LOC", None, None, ["Qırmızı Qəsəbədə"]),
 ("Qusar", "LOC", None, None, ["Qusar"]),
], [
 E("VISIT", ["Hiroşi Tanabe"], "Quba", "2026-02-16", "happened", "Hiroşi Tanabe bazar ertəsi",
   ["regional əməkdaşlıq"], date_text="bazar ertəsi"),
 E("MEET", ["Hiroşi Tanabe", "Elşad Rzaquliyev"], "Quba", "2026-02-16", "happened", "Həmin gün Quba Rayon",
   ["kənd təsərrüfatı", "turizm", "su təchizatı"], host="Elşad Rzaquliyev", date_text="Həmin gün"),
 E("VISIT", ["Hiroşi Tanabe"], "Quba Soyqırımı Memorial Kompleksi", "2026-02-16", "happened", "Görüşdən sonra qonaq",
   ["tarixi yaddaş"], place="Quba Soyqırımı Memorial Kompleksi", date_text="Görüşdən sonra"),
 E("VISIT", ["Hiroşi Tanabe"], "Qırmızı Qəsəbə", "2026-02-17", "happened", "Yapon diplomatın proqramı",
   ["mədəni irs"], date_text="ertəsi gün"),
])

A("551_rustembeyli_ankara_erzurum.txt", "report.az", """date 2026-03-05
Elvin Rüstəmbəyli Ankarada Osman Karabulutla birgə proqram imzalayıb

Gənclər və idman naziri Elvin Rüstəmbəyli srağagün işgüzar səfərlə Ankaraya yollanıb.

Report-un Ankaradakı müxbiri bildirir ki, dünən nazir Türkiyə Gənclik və İdman Nazirliyində həmkarı Osman Karabulut ilə əvvəlcə üz-üzə, ardınca geniş heyətdə görüşüb. Danışıqlarda gənclər mübadiləsi, məşqçilərin ixtisasartırma kursları və beynəlxalq yarışlara birgə ev sahibliyi imkanları götür-qoy edilib.

Görüşün yekununda nazirlər gənclər siyasəti və idman sahəsində 2026–2028-ci illəri əhatə edən əməkdaşlıq proqramına imza atıblar.

Elvin Rüstəmbəyli həmin gün Türkiyə Milli Olimpiya Komitəsində də olub, qurumun prezidenti Hülya Erdemlə olimpiya hazırlıq mərkəzlərindən qarşılıqlı istifadə qaydalarını müzakirə edib.

Bu gün Azərbaycan heyəti Ərzuruma uçub. Nazirin burada Palandökən xizək mərkəzinin yeni trasları ilə tanış olacağı, sabah isə Ərzurum valisi Kenan Tufanla görüşəcəyi bildirilir.

Osman Karabulut aprel ayında cavab səfəri ilə Bakıya gələcək. Bu səfərdə Qəbələdə gənclər üçün yay düşərgəsinin birgə açılışı da müzakirə mövzusudur.
""", [
 ("Elvin Rüstəmbəyli", "PER", "gənclər və idman naziri", "Azərbaycan", ["Elvin Rüstəmbəyli"]),
 ("Osman Karabulut", "PER", "gənclik və idman naziri", "Türkiyə Gənclik və İdman Nazirliyi", ["Osman Karabulutla", "Osman Karabulut"]),
 ("Hülya Erdem", "PER", "prezident", "Türkiyə Milli Olimpiya Komitəsi", ["Hülya Erdemlə"]),
 ("Kenan Tufan", "PER", "vali", None, ["Kenan Tufanla"]),
 ("Türkiyə Gənclik və İdman Nazirliyi", "ORG", None, None, ["Türkiyə Gənclik və İdman Nazirliyində"]),
 ("Türkiyə Milli Olimpiya Komitəsi", "ORG", None, None, ["Türkiyə Milli Olimpiya Komitəsində"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Ankara", "LOC", None, None, ["Ankarada", "Ankaraya", "Ankaradakı"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Ərzurum", "LOC", None, None, ["Ərzuruma", "Ərzurum"]),
 ("Palandökən xizək mərkəzi", "LOC", None, None, ["Palandökən xizək mərkəzinin"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələdə"]),
], [
 E("VISIT", ["Elvin Rüstəmbəyli"], "Ankara", "2026-03-03", "happened", "srağagün işgüzar səfərlə",
   ["gənclər siyasəti", "idman"], date_text="srağagün"),
 E("MEET", ["Elvin Rüstəmbəyli", "Osman Karabulut"], "Türkiyə Gənclik və İdman Nazirliyi", "2026-03-04", "happened",
   "dünən nazir Türkiyə Gənclik", ["gənclər mübadiləsi", "idman"], date_text="dünən"),
 E("SIGN", ["Elvin Rüstəmbəyli", "Osman Karabulut"], "Türkiyə Gənclik və İdman Nazirliyi", "2026-03-04", "happened",
   "Görüşün yekununda nazirlər", ["gənclər siyasəti", "idman"], date_text="Görüşün yekununda"),
 E("MEET", ["Elvin Rüstəmbəyli", "Hülya Erdem"], "Türkiyə Milli Olimpiya Komitəsi", "2026-03-04", "happened",
   "həmin gün Türkiyə Milli", ["olimpiya hazırlığı"], date_text="həmin gün"),
 E("VISIT", ["Elvin Rüstəmbəyli"], "Ərzurum", "2026-03-05", "happened", "Bu gün Azərbaycan heyəti",
   ["qış idmanı"], date_text="Bu gün"),
 E("VISIT", ["Elvin Rüstəmbəyli"], "Palandökən xizək mərkəzi", "2026-03-05", "planned", "Nazirin burada Palandökən",
   ["qış idmanı"], place="Palandökən xizək mərkəzi", date_text="Bu gün"),
 E("MEET", ["Elvin Rüstəmbəyli", "Kenan Tufan"], "Ərzurum", "2026-03-06", "planned", "Nazirin burada Palandökən",
   ["regional əməkdaşlıq"], date_text="sabah"),
 E("VISIT", ["Osman Karabulut"], "Bakı", "2026-04", "planned", "Osman Karabulut aprel ayında",
   ["gənclər siyasəti", "idman"], date_text="aprel ayında"),
])

A("552_macaristan_sefiri_naxcivan_serq_qapisi.txt", None, """date 2026-04
Macarıstan səfiri Naxçıvanda səfərdə olub

Ayın 14-də Naxçıvan Muxtar Respublikasına gələn Macarıstanın Azərbaycandakı sefiri Peter Horvatı hava limanında Ali Məclis Sədrinin müavini Nurlan Əsgərov qarşılayıb.

Ertəsi gün sefir Ali Məclisdə olub və Ali Məclisin Sədri Sabir Həsənquliyev tərəfindən qəbul edilib. Görüşdə muxtar respublikanın iqtisadi potensialı, meyvə-tərəvəz ixracı, Macarıstan şirkətlərinin bölgədə fəaliyyət imkanları barədə fikir mübadiləsi apa-
rılıb. Qonaq Budapeştdə muxtar respublikanın məhsullarından ibarət sərgi təşkil etməyin mümkün olduğunu deyib.

Səfər çərçivəsində Peter Horvat Naxçıvan Dövlət Universitetində də olub, rektor Elnur Qədimovla görü-
şüb. Tərəflər macar dili kursunun açılması və tələbə mübadiləsi imkanlarını nəzərdən keçiriblər. Naxçıvan Dövlət Universiteti ilə Debresen Universiteti arasında əməkdaşlıq memorandumunun may ayında imzalanması planlaş-
dırılır.

Qonaq həmçinin Möminə Xatın türbəsini ziyarət edib, Naxcivanqala tarixi-memarlıq kompleksi ilə ta-
nış olub.

Sefirin Ordubad rayonuna gedisi də proqrama salınmışdı, lakin dağ yollarında qar uçqunu təhlükəsi ucbatından bu səfər baş tutmayıb.

Tural ŞAHVERDİYEV,
«Şərq qapısı»
""", [
 ("Peter Horvat", "PER", "səfir", "Macarıstan", ["Peter Horvatı", "Peter Horvat"]),
 ("Nurlan Əsgərov", "PER", "sədr müavini", "Naxçıvan Muxtar Respublikasının Ali Məclisi", ["Nurlan Əsgərov"]),
 ("Sabir Həsənquliyev", "PER", "sədr", "Naxçıvan Muxtar Respublikasının Ali Məclisi", ["Sabir Həsənquliyev"]),
 ("Elnur Qədimov", "PER", "rektor", "Naxçıvan Dövlət Universiteti", ["Elnur Qədimovla"]),
 ("Tural Şahverdiyev", "PER", None, None, ["Tural ŞAHVERDİYEV"]),
 ("Naxçıvan Muxtar Respublikasının Ali Məclisi", "ORG", None, None, ["Ali Məclis", "Ali Məclisdə", "Ali Məclisin"]),
 ("Naxçıvan Dövlət Universiteti", "ORG", None, None, ["Naxçıvan Dövlət Universitetində", "Naxçıvan Dövlət Universiteti"]),
 ("Debresen Universiteti", "ORG", None, None, ["Debresen Universiteti"]),
 ("Şərq qapısı", "ORG", None, None, ["Şərq qapısı"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstan", "Macarıstanın"]),
 ("Naxçıvan Muxtar Respublikası", "LOC", None, None, ["Naxçıvanda", "Naxçıvan Muxtar Respublikasına"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı"]),
 ("Budapeşt", "LOC", None, None, ["Budapeştdə"]),
 ("Möminə Xatın türbəsi", "LOC", None, None, ["Möminə Xatın türbəsini"]),
 ("Naxçıvanqala", "LOC", None, None, ["Naxcivanqala"]),
 ("Ordubad", "LOC", None, None, ["Ordubad"]),
], [
 E("VISIT", ["Peter Horvat"], "Naxçıvan Muxtar Respublikası", "2026-04-14", "happened", "Ayın 14-də Naxçıvan",
   ["regional əməkdaşlıq"], date_text="Ayın 14-də"),
 E("MEET", ["Peter Horvat", "Nurlan Əsgərov"], "Naxçıvan Muxtar Respublikası", "2026-04-14", "happened", "Ayın 14-də Naxçıvan",
   ["parlamentlərarası əlaqələr"], host="Nurlan Əsgərov", date_text="Ayın 14-də"),
 E("MEET", ["Peter Horvat", "Sabir Həsənquliyev"], "Naxçıvan Muxtar Respublikasının Ali Məclisi", "2026-04-15", "happened",
   "Ertəsi gün sefir", ["ticarət", "investisiyalar"], host="Sabir Həsənquliyev", date_text="Ertəsi gün"),
 E("MEET", ["Peter Horvat", "Elnur Qədimov"], "Naxçıvan Dövlət Universiteti", "2026-04", "happened",
   "Səfər çərçivəsində Peter", ["təhsil", "tələbə mübadiləsi"]),
 E("SIGN", ["Naxçıvan Dövlət Universiteti", "Debresen Universiteti"], None, "2026-05", "planned",
   "Debresen Universiteti arasında", ["təhsil"], date_text="may ayında"),
 E("VISIT", ["Peter Horvat"], "Möminə Xatın türbəsi", "2026-04", "happened", "Qonaq həmçinin Möminə",
   ["mədəni irs"], place="Möminə Xatın türbəsi"),
 E("VISIT", ["Peter Horvat"], "Naxçıvanqala", "2026-04", "happened", "Qonaq həmçinin Möminə",
   ["mədəni irs"], place="Naxçıvanqala"),
 E("VISIT", ["Peter Horvat"], "Ordubad", None, "negated", "Sefirin Ordubad rayonuna",
   ["regional əməkdaşlıq"]),
])

A("553_qeter_sehiyye_naziri_baki.txt", "trend.az", """date 2026-04-22
Qətərin səhiyyə naziri Bakıda transplantologiya üzrə memorandum imzalayıb

Qətər Dövlətinin ictimai səhiyyə naziri Xalid bin Nasir Əl-Mannai iki günlük rəsmi səfərlə dünən axşam Bakıya çatıb.

Trend-in Səhiyyə Nazirliyindən aldığı məlumata görə, bu gün səhər qonaq Səhiyyə Nazirliyində azərbaycanlı həmkarı Rəşid Novruzlunun qəbulunda olub. Novruzlu Qarabağ və Şərqi Zəngəzurda inşa olunan xəstəxanalar, rayon mərkəzlərini paytaxt klinikaları ilə birləşdirən telemedisina şəbəkəsi barədə ətraflı məlumat verib. Əl-Mannai isə ölkəsinin orqan donorluğu sahəsində qazandığı təcrübəni Azərbaycanla paylaşmağa hazır olduğunu vurğulayıb.

Görüşün sonunda nazirlər tibb kadrlarının hazırlanması və transplantologiya üzrə anlaşma memorandumuna imza atıblar.

Nümayəndə heyəti günortadan sonra Azərbaycan Tibb Universitetinin klinikasına baş çəkib, yeni istifadəyə verilmiş cərrahiyyə bloku ilə tanış olub.

Qətərli nazirin sabah Ağdama getməsi, tikintisi yekunlaşmaq üzrə olan rayon xəstəxanasını görməsi planlaşdırılır. Sentyabrda isə Dohada keçiriləcək Dünya Sağlamlıq İnnovasiyaları Sammitində Rəşid Novruzlunun iştirakı gözlənilir.
""", [
 ("Xalid bin Nasir Əl-Mannai", "PER", "ictimai səhiyyə naziri", "Qətər", ["Xalid bin Nasir Əl-Mannai", "Əl-Mannai"]),
 ("Rəşid Novruzlu", "PER", "səhiyyə naziri", "Səhiyyə Nazirliyi", ["Rəşid Novruzlunun", "Novruzlu"]),
 ("Səhiyyə Nazirliyi", "ORG", None, None, ["Səhiyyə Nazirliyindən", "Səhiyyə Nazirliyində"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Azərbaycan Tibb Universiteti", "ORG", None, None, ["Azərbaycan Tibb Universitetinin"]),
 ("Qətər", "LOC", None, None, ["Qətərin", "Qətər Dövlətinin"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanla"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağ"]),
 ("Şərqi Zəngəzur", "LOC", None, None, ["Şərqi Zəngəzurda"]),
 ("Ağdam", "LOC", None, None, ["Ağdama"]),
 ("Doha", "LOC", None, None, ["Dohada"]),
], [
 E("VISIT", ["Xalid bin Nasir Əl-Mannai"], "Bakı", "2026-04-21", "happened", "iki günlük rəsmi səfərlə",
   ["səhiyyə"], date_text="dünən"),
 E("MEET", ["Xalid bin Nasir Əl-Mannai", "Rəşid Novruzlu"], "Səhiyyə Nazirliyi", "2026-04-22", "happened",
   "bu gün səhər qonaq", ["səhiyyə", "telemedisina", "transplantologiya"], host="Rəşid Novruzlu", date_text="bu gün"),
 E("SIGN", ["Rəşid Novruzlu", "Xalid bin Nasir Əl-Mannai"], "Səhiyyə Nazirliyi", "2026-04-22", "happened",
   "Görüşün sonunda nazirlər", ["tibb kadrları", "transplantologiya"], date_text="Görüşün sonunda"),
 E("VISIT", ["Xalid bin Nasir Əl-Mannai"], "Azərbaycan Tibb Universiteti", "2026-04-22", "happened",
   "Nümayəndə heyəti günortadan", ["səhiyyə"], place="Azərbaycan Tibb Universiteti"),
 E("VISIT", ["Xalid bin Nasir Əl-Mannai"], "Ağdam", "2026-04-23", "planned", "nazirin sabah Ağdama",
   ["səhiyyə", "bərpa və yenidənqurma"], date_text="sabah"),
 E("ATTEND", ["Rəşid Novruzlu"], "Doha", "2026-09", "planned", "Sentyabrda isə Dohada",
   ["səhiyyə", "innovasiyalar"], date_text="Sentyabrda", event_name="Dünya Sağlamlıq İnnovasiyaları Sammiti"),
])

A("554_fhn_afad_seki_telimi_oxu.txt", "oxu.az", """date 2026-05-11
Şəkidə FHN və AFAD-ın birgə təlimi keçirilib | OXU.AZ

OXU.AZ
Ana səhifə | Cəmiyyət | Siyasət | İqtisadiyyat | Dünya
11 may 2026, 12:40
Şəkidə FHN və AFAD-ın birgə təlimi keçirilib
Şrift: A- A+

Şəki şəhərində şənbə günü güclü zəlzələ ssenarisi əsasında Azərbaycan–Türkiyə birgə komanda-qərargah təlimi keçirilib.

Oxu.az-a Fövqəladə Hallar Nazirliyindən bildiriblər ki, təlimin gedişini fövqəladə hallar naziri, general-polkovnik Natiq Əlimərdanlı və Türkiyənin Afət və Fövqəladə Hal İdarəsi Başqanlığının (AFAD) başqanı Yusuf Akbaş birlikdə izləyiblər. Dağıntılar altından xilasetmə, səyyar hospitalın qurulması və yaşayış məhəllələrinin təxliyəsi epizodları nümayiş etdirilib.

Azərbaycana cümə günü gələn türk qonaq elə həmin gün Bakıda nazirlə təkbətək görüşüb. Görüşdə zəlzələ risklərinin qiymətləndirilməsi üzrə ortaq xəritənin hazırlanması razılaşdırılıb.

Təlimdən sonra Yusuf Akbaş Şəki Şəhər İcra Hakimiyyətinin başçısı Ramil Qəhrəmanovun qəbulunda olub, şəhərin tarixi hissəsindəki köhnə binaların seysmik dayanıqlığı ilə maraqlanıb.

Bazar günü qonaqlar Şəki Xan Sarayını ziyarət ediblər.

Teqlər: FHN, AFAD, Şəki, təlim
Oxşar xəbərlər
Balakəndə sel: 12 ev su altında qalıb
Gəncədə yanğınsöndürənlər üçün yeni depo açılıb
© OXU.AZ 2026
""", [
 ("Natiq Əlimərdanlı", "PER", "fövqəladə hallar naziri", "Fövqəladə Hallar Nazirliyi", ["Natiq Əlimərdanlı"]),
 ("Yusuf Akbaş", "PER", "başqan", "Türkiyə Afət və Fövqəladə Hal İdarəsi Başqanlığı", ["Yusuf Akbaş"]),
 ("Ramil Qəhrəmanov", "PER", "başçı", "Şəki Şəhər İcra Hakimiyyəti", ["Ramil Qəhrəmanovun"]),
 ("Fövqəladə Hallar Nazirliyi", "ORG", None, None, ["FHN", "Fövqəladə Hallar Nazirliyindən"]),
 ("Türkiyə Afət və Fövqəladə Hal İdarəsi Başqanlığı", "ORG", None, None,
  ["AFAD-ın", "Afət və Fövqəladə Hal İdarəsi Başqanlığının", "AFAD"]),
 ("Şəki Şəhər İcra Hakimiyyəti", "ORG", None, None, ["Şəki Şəhər İcra Hakimiyyətinin"]),
 ("Oxu.az", "ORG", None, None, ["OXU.AZ", "Oxu.az-a"]),
 ("Şəki", "LOC", None, None, ["Şəkidə", "Şəki"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycana"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə", "Türkiyənin"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Şəki Xan Sarayı", "LOC", None, None, ["Şəki Xan Sarayını"]),
 ("Balakən", "LOC", None, None, ["Balakəndə"]),
 ("Gəncə", "LOC", None, None, ["Gəncədə"]),
], [
 E("ATTEND", ["Natiq Əlimərdanlı", "Yusuf Akbaş"], "Şəki", "2026-05-09", "happened", "təlimin gedişini",
   ["fövqəladə hallar", "seysmik təhlükəsizlik"], date_text="şənbə günü", event_name="birgə komanda-qərargah təlimi"),
 E("VISIT", ["Yusuf Akbaş"], "Azərbaycan", "2026-05-08", "happened", "Azərbaycana cümə günü",
   ["fövqəladə hallar"], date_text="cümə günü"),
 E("MEET", ["Yusuf Akbaş", "Natiq Əlimərdanlı"], "Bakı", "2026-05-08", "happened", "Azərbaycana cümə günü",
   ["zəlzələ riskləri"], date_text="həmin gün"),
 E("MEET", ["Yusuf Akbaş", "Ramil Qəhrəmanov"], "Şəki", "2026-05-09", "happened", "Təlimdən sonra Yusuf",
   ["seysmik təhlükəsizlik", "mədəni irs"], host="Ramil Qəhrəmanov", date_text="Təlimdən sonra"),
 E("VISIT", ["Yusuf Akbaş"], "Şəki Xan Sarayı", "2026-05-10", "happened", "Bazar günü qonaqlar",
   ["mədəni irs"], place="Şəki Xan Sarayı", date_text="Bazar günü"),
])

A("555_axundzade_daskend_semerqend.txt", "APA", """date 2026-05-28
Səbinə Axundzadə Daşkənddə Azərbaycan Mədəniyyət Günlərini açıb

Mədəniyyət naziri Səbinə Axundzadənin başçılıq etdiyi nümayəndə heyəti çərşənbə axşamı Özbəkistana gəlib. Heyətdə Azərbaycan Dövlət Akademik Opera və Balet Teatrının solistləri, muğam ifaçıları və gənc rəssamlar yer alıb.

APA-nın Daşkənd müxbirinin xəbərinə görə, dünən Əlişir Nəvai adına Dövlət Akademik Böyük Teatrında Azərbaycan Mədəniyyət Günlərinin təntənəli açılışı olub. Mərasimdə Səbinə Axundzadə və Özbəkistanın mədəniyyət naziri Ozodbek Rahimov iki xalqın ortaq ədəbi irsindən bəhs edən nitqlər söyləyiblər.

Açılışdan bir neçə saat əvvəl Axundzadə və Rahimov Özbəkistan Mədəniyyət Nazirliyində danışıqlar masası arxasında əyləşiblər. Nazirlər görüşün sonunda 2026–2027-ci illər üçün mədəni mübadilə proqramına imza qoyublar. Sənəd muzeylər arasında eksponat mübadiləsini, kino həftələrinin keçirilməsini və bərpaçı rəssamların birgə təlimini əhatə edir.

Bu gün heyət Səmərqəndə yollanıb, axşam burada Azərbaycan rəssamlarının sərgisi açılacaq. Sabah nazirin Səmərqənd vilayətinin hakimi Botir Yusupovla görüşməsi, ardınca Uluğbəy mədrəsəsini ziyarət etməsi planlaşdırılır.
""", [
 ("Səbinə Axundzadə", "PER", "mədəniyyət naziri", "Azərbaycan", ["Səbinə Axundzadə", "Səbinə Axundzadənin", "Axundzadə"]),
 ("Ozodbek Rahimov", "PER", "mədəniyyət naziri", "Özbəkistan Mədəniyyət Nazirliyi", ["Ozodbek Rahimov", "Rahimov"]),
 ("Botir Yusupov", "PER", "hakim", "Özbəkistan", ["Botir Yusupovla"]),
 ("Azərbaycan Dövlət Akademik Opera və Balet Teatrı", "ORG", None, None, ["Azərbaycan Dövlət Akademik Opera və Balet Teatrının"]),
 ("Özbəkistan Mədəniyyət Nazirliyi", "ORG", None, None, ["Özbəkistan Mədəniyyət Nazirliyində"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Daşkənd", "LOC", None, None, ["Daşkənddə", "Daşkənd"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistana", "Özbəkistanın"]),
 ("Əlişir Nəvai adına Dövlət Akademik Böyük Teatrı", "LOC", None, None, ["Əlişir Nəvai adına Dövlət Akademik Böyük Teatrında"]),
 ("Səmərqənd", "LOC", None, None, ["Səmərqəndə", "Səmərqənd"]),
 ("Uluğbəy mədrəsəsi", "LOC", None, None, ["Uluğbəy mədrəsəsini"]),
], [
 E("VISIT", ["Səbinə Axundzadə"], "Özbəkistan", "2026-05-26", "happened", "Mədəniyyət naziri Səbinə",
   ["mədəniyyət"], date_text="çərşənbə axşamı"),
 E("ATTEND", ["Səbinə Axundzadə", "Ozodbek Rahimov"], "Əlişir Nəvai adına Dövlət Akademik Böyük Teatrı", "2026-05-27",
   "happened", "Mərasimdə Səbinə Axundzadə", ["mədəniyyət", "ədəbi irs"], date_text="dünən",
   event_name="Azərbaycan Mədəniyyət Günlərinin açılışı"),
 E("MEET", ["Səbinə Axundzadə", "Ozodbek Rahimov"], "Özbəkistan Mədəniyyət Nazirliyi", "2026-05-27", "happened",
   "Açılışdan bir neçə saat", ["mədəniyyət"], date_text="Açılışdan bir neçə saat əvvəl"),
 E("SIGN", ["Səbinə Axundzadə", "Ozodbek Rahimov"], "Özbəkistan Mədəniyyət Nazirliyi", "2026-05-27", "happened",
   "Nazirlər görüşün sonunda", ["mədəni mübadilə", "muzeylər", "kino"], date_text="görüşün sonunda"),
 E("VISIT", ["Səbinə Axundzadə"], "Səmərqənd", "2026-05-28", "happened", "Bu gün heyət Səmərqəndə",
   ["mədəniyyət", "təsviri sənət"], date_text="Bu gün"),
 E("MEET", ["Səbinə Axundzadə", "Botir Yusupov"], "Səmərqənd", "2026-05-29", "planned", "Sabah nazirin Səmərqənd",
   ["regional əməkdaşlıq"], date_text="Sabah"),
 E("VISIT", ["Səbinə Axundzadə"], "Uluğbəy mədrəsəsi", "2026-05-29", "planned", "Sabah nazirin Səmərqənd",
   ["mədəni irs"], place="Uluğbəy mədrəsəsi", date_text="Sabah"),
])

A("556_ai_sefirleri_agdam_fuzuli_qafqazinfo.txt", "qafqazinfo.az", """date 2026-06-08
Aİ ölkələrinin səfirləri Ağdam və Füzulidə olublar

Qafqazinfo.az
Xəbərlər | Region | Siyasət | Dünya | İqtisadiyyat | Video
08.06.2026 | 13:05 | Baxış sayı: 3 870
Aİ ölkələrinin səfirləri Ağdam və Füzulidə olublar

Avropa İttifaqına üzv dörd dövlətin Bakıdakı səfirləri – Almaniyadan Ralf Hoffman, Fransadan Sesil Moro, Niderlanddan Yoost van Dam və Çexiyadan Petr Novotni şənbə günü Ağdam rayonuna səfər ediblər. Şəhərin girişində diplomatları Prezidentin Ağdam rayonunda xüsusi nümayəndəsi Rövşən Əhmədbəyli qarşılayıb.

Qafqazinfo-nun məlumatına görə, səfirlər Ağdamın yeni baş planı ilə tanış olub, yenidən qurulmuş Ağdam Cümə məscidinə baş çəkiblər.

Ertəsi gün qonaqlar Füzuliyə yollanıblar. Burada onlarla görüşən Füzuli Rayon İcra Hakimiyyətinin başçısı Nadir Səfərov "ağıllı kənd" layihəsindən və Füzuli Beynəlxalq Hava Limanının yükdaşıma imkanlarından danışıb.

Səfirlərin bu gün Şuşaya da yollanacağı əvvəlcədən açıqlanmışdı. Ancaq proqramda edilən dəyişiklik səbəbindən diplomatlar bazar günü axşam Bakıya qayıdıblar.

Paylaş: X | Telegram | Facebook
Teqlər: Ağdam, Füzuli, Avropa İttifaqı
Son xəbərlər
Laçında yeni məktəb binası tikilir
Kəlbəcərdə İstisu zavodu sınaq rejimində işləyir
""", [
 ("Ralf Hoffman", "PER", "səfir", "Almaniya", ["Ralf Hoffman"]),
 ("Sesil Moro", "PER", "səfir", "Fransa", ["Sesil Moro"]),
 ("Yoost van Dam", "PER", "səfir", "Niderland", ["Yoost van Dam"]),
 ("Petr Novotni", "PER", "səfir", "Çexiya", ["Petr Novotni"]),
 ("Rövşən Əhmədbəyli", "PER", "xüsusi nümayəndə", None, ["Rövşən Əhmədbəyli"]),
 ("Nadir Səfərov", "PER", "başçı", "Füzuli Rayon İcra Hakimiyyəti", ["Nadir Səfərov"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Aİ", "Avropa İttifaqına", "Avropa İttifaqı"]),
 ("Füzuli Rayon İcra Hakimiyyəti", "ORG", None, None, ["Füzuli Rayon İcra Hakimiyyətinin"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo.az", "Qafqazinfo-nun"]),
 ("Ağdam", "LOC", None, None, ["Ağdam", "Ağdamın"]),
 ("Füzuli", "LOC", None, None, ["Füzulidə", "Füzuliyə", "Füzuli"]),
 ("Bakı", "LOC", None, None, ["Bakıdakı", "Bakıya"]),
 ("Almaniya", "LOC", None, None, ["Almaniyadan"]),
 ("Fransa", "LOC", None, None, ["Fransadan"]),
 ("Niderland", "LOC", None, None, ["Niderlanddan"]),
 ("Çexiya", "LOC", None, None, ["Çexiyadan"]),
 ("Ağdam Cümə məscidi", "LOC", None, None, ["Ağdam Cümə məscidinə"]),
 ("Füzuli Beynəlxalq Hava Limanı", "LOC", None, None, ["Füzuli Beynəlxalq Hava Limanının"]),
 ("Şuşa", "LOC", None, None, ["Şuşaya"]),
 ("Laçın", "LOC", None, None, ["Laçında"]),
 ("Kəlbəcər", "LOC", None, None, ["Kəlbəcərdə"]),
 ("İstisu", "LOC", None, None, ["İstisu"]),
], [
 E("VISIT", ["Ralf Hoffman", "Sesil Moro", "Yoost van Dam", "Petr Novotni"], "Ağdam", "2026-06-06", "happened",
   "Avropa İttifaqına üzv dörd", ["bərpa və yenidənqurma"], date_text="şənbə günü"),
 E("MEET", ["Ralf Hoffman", "Sesil Moro", "Yoost van Dam", "Petr Novotni", "Rövşən Əhmədbəyli"], "Ağdam", "2026-06-06",
   "happened", "Şəhərin girişində diplomatları", ["bərpa və yenidənqurma"], host="Rövşən Əhmədbəyli",
   date_text="şənbə günü"),
 E("VISIT", ["Ralf Hoffman", "Sesil Moro", "Yoost van Dam", "Petr Novotni"], "Ağdam Cümə məscidi", "2026-06-06",
   "happened", "Ağdam Cümə məscidinə baş", ["mədəni irs", "şəhərsalma"], place="Ağdam Cümə məscidi",
   date_text="şənbə günü"),
 E("VISIT", ["Ralf Hoffman", "Sesil Moro", "Yoost van Dam", "Petr Novotni"], "Füzuli", "2026-06-07", "happened",
   "Ertəsi gün qonaqlar", ["bərpa və yenidənqurma"], date_text="Ertəsi gün"),
 E("MEET", ["Ralf Hoffman", "Sesil Moro", "Yoost van Dam", "Petr Novotni", "Nadir Səfərov"], "Füzuli", "2026-06-07",
   "happened", "Burada onlarla görüşən", ["ağıllı kənd", "nəqliyyat"], host="Nadir Səfərov", date_text="Ertəsi gün"),
 E("VISIT", ["Ralf Hoffman", "Sesil Moro", "Yoost van Dam", "Petr Novotni"], "Şuşa", "2026-06-08", "negated",
   "Səfirlərin bu gün Şuşaya", ["bərpa və yenidənqurma"], date_text="bu gün"),
])
