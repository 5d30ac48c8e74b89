A("157_premyer_liqa_yeddinci_tur.txt", "metbuat.az", """date 2026-09-28
Premyer Liqa: "Sabah" səfərdə qalib gəlib, "Zirə" xal itirib

Azərbaycan Premyer Liqasının VII turunun həftəsonu keçirilən oyunlarında liderlər fərqli nəticələr qazanıblar.

Şənbə günü "Araz-Naxçıvan" öz meydanında "Sabah"ı qəbul edib. Görüşün taleyini ikinci hissədə Tural Nəcəfzadənin vurduğu qol həll edib – 0:1. Bu qələbədən sonra paytaxt təmsilçisi xalların sayını 17-yə çatdırıb.

Bazar günü Dalğa Arenada "Zirə" ilə "Neftçi" arasındakı qarşılaşma heç-heçə bitib – 2:2. Ev sahiblərinin qollarını Elçin Rzayev və braziliyalı legioner Leandro Matos vurub, qonaqlardan isə Ruslan Abbasov dubl edib. Oyunun son dəqiqələrində "Neftçi"nin müdafiəçisi Samir Kərimli ikinci sarı vərəqə görərək meydandan qovulub.

Turun digər oyunlarında "Turan Tovuz" səfərdə "Kəpəz"i 3:0 hesabı ilə məğlub edib, "Sumqayıt" ilə "Şamaxı" arasındakı oyun isə qolsuz başa çatıb.

Turnir cədvəlində "Sabah" 17 xalla birinci, "Zirə" 15 xalla ikinci pillədədir. Növbəti tur oktyabrın 3-5-də keçiriləcək.
""", [
 ("Sabah", "ORG", None, None, ["Sabah"]),
 ("Zirə", "ORG", None, None, ["Zirə"]),
 ("Azərbaycan Premyer Liqası", "ORG", None, None, ["Azərbaycan Premyer Liqasının"]),
 ("Araz-Naxçıvan", "ORG", None, None, ["Araz-Naxçıvan"]),
 ("Tural Nəcəfzadə", "PER", None, None, ["Tural Nəcəfzadənin"]),
 ("Dalğa Arena", "LOC", None, None, ["Dalğa Arenada"]),
 ("Neftçi", "ORG", None, None, ["Neftçi"]),
 ("Elçin Rzayev", "PER", None, None, ["Elçin Rzayev"]),
 ("Leandro Matos", "PER", None, None, ["Leandro Matos"]),
 ("Ruslan Abbasov", "PER", None, None, ["Ruslan Abbasov"]),
 ("Samir Kərimli", "PER", None, None, ["Samir Kərimli"]),
 ("Turan Tovuz", "ORG", None, None, ["Turan Tovuz"]),
 ("Kəpəz", "ORG", None, None, ["Kəpəz"]),
 ("Sumqayıt", "ORG", None, None, ["Sumqayıt"]),
 ("Şamaxı", "ORG", None, None, ["Şamaxı"]),
], [], topics=["futbol", "Premyer Liqa"])

A("158_ucterefli_gorus_qars.txt", "AZERTAC", """date 2026-11-13
Qarsda Azərbaycan, Türkiyə və Gürcüstan xarici işlər nazirlərinin müavinləri bir araya gəlib

Çərşənbə günü Qarsda Azərbaycanın xarici işlər nazirinin müavini Vüsal Məhərrəmli, Türkiyənin xarici işlər nazirinin müavini Ayşe Gül Yıldırım və Gürcüstanın xarici işlər nazirinin birinci müavini Giorgi Beruaşvili arasında üçtərəfli formatda görüş keçirilib.

AZERTAC-ın Türkiyədəki müxbirinin xəbərinə görə, görüşdə Bakı–Tbilisi–Qars dəmir yolu xətti ilə yükdaşımaların həcminin artırılması, sərhəd-keçid prosedurlarının rəqəmsallaşdırılması, regionda enerji və rabitə layihələrinin təhlükəsizliyi müzakirə olunub. Vüsal Məhərrəmli üçtərəfli əməkdaşlığın Cənubi Qafqazda sabitliyin mühüm amilinə çevrildiyini qeyd edib.

Görüşün sonunda nazir müavinləri Orta Dəhlizin potensialından birgə istifadəyə dair birgə bəyanat imzalayıblar.

Ertəsi gün nazir müavinləri Qars dəmir yolu vağzalında yeni logistika mərkəzinin tikinti meydançasına baş çəkiblər. Burada Türkiyə Dövlət Dəmir Yollarının regional müdiri Kənan Aydoğan qonaqlara layihə barədə məlumat verib.

Qeyd edək ki, üçtərəfli formatın növbəti görüşünün gələn ilin yazında Gürcüstanın Batumi şəhərində keçirilməsi nəzərdə tutulur. Görüşün tarixi diplomatik kanallarla razılaşdırılacaq.
""", [
 ("Vüsal Məhərrəmli", "PER", "xarici işlər nazirinin müavini", "Azərbaycan", ["Vüsal Məhərrəmli"]),
 ("Ayşe Gül Yıldırım", "PER", "xarici işlər nazirinin müavini", "Türkiyə", ["Ayşe Gül Yıldırım"]),
 ("Giorgi Beruaşvili", "PER", "xarici işlər nazirinin birinci müavini", "Gürcüstan", ["Giorgi Beruaşvili"]),
 ("Kənan Aydoğan", "PER", "regional müdir", "Türkiyə Dövlət Dəmir Yolları", ["Kənan Aydoğan"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-ın"]),
 ("Türkiyə Dövlət Dəmir Yolları", "ORG", None, None, ["Türkiyə Dövlət Dəmir Yollarının"]),
 ("Qars", "LOC", None, None, ["Qarsda", "Qars"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanın"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə", "Türkiyənin", "Türkiyədəki"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan", "Gürcüstanın"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisi"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqazda"]),
 ("Batumi", "LOC", None, None, ["Batumi"]),
], [
 E("MEET", ["Vüsal Məhərrəmli", "Ayşe Gül Yıldırım", "Giorgi Beruaşvili"], "Qars", "2026-11-11", "happened", "Çərşənbə günü Qarsda",
   ["nəqliyyat əlaqələri", "sərhəd-keçid prosedurları", "regional təhlükəsizlik"], date_text="Çərşənbə günü"),
 E("SIGN", ["Vüsal Məhərrəmli", "Ayşe Gül Yıldırım", "Giorgi Beruaşvili"], "Qars", "2026-11-11", "happened", "Görüşün sonunda nazir müavinləri",
   ["Orta Dəhliz"]),
 E("MEET", ["Kənan Aydoğan", "Vüsal Məhərrəmli", "Ayşe Gül Yıldırım", "Giorgi Beruaşvili"], "Qars", "2026-11-12", "happened",
   "Burada Türkiyə Dövlət", ["logistika"], date_text="Ertəsi gün"),
])

A("159_sadiqli_malta_etimadname.txt", "qafqazinfo.az", """date 2026-01-29
Səfir Elnarə Sadıqlı etimadnaməsini Malta Prezidentinə təqdim edib

Azərbaycanın Maltadakı fövqəladə və səlahiyyətli səfiri Elnarə Sadıqlı bazar ertəsi Vallettada, Prezident Sarayında keçirilən etimadnamə təqdimetmə mərasimində iştirak edib.

Qafqazinfo-nun Xarici İşlər Nazirliyinə istinadən məlumatına görə, səfir etimadnaməsini Malta Prezidentinə təqdim edib, ölkəmizin rəhbərliyinin salamlarını çatdırıb. Mərasimdən sonra keçirilən söhbətdə Azərbaycan ilə Malta arasında dəniz nəqliyyatı, turizm və təhsil sahələrində əməkdaşlığın perspektivləri müzakirə olunub.

Həmin gün Elnarə Sadıqlı Malta Xarici və Avropa İşləri Nazirliyinin daimi katibi Tereza Borq ilə də görüşüb. Görüşdə iki ölkənin xarici siyasət idarələri arasında məsləhətləşmələr haqqında protokolun layihəsi nəzərdən keçirilib.

Səfirin Malta Parlamentinin rəhbərliyi ilə görüşü fevralın ortalarına planlaşdırılır. Cari ilin aprelində isə Vallettada Azərbaycan mədəniyyəti günlərinin keçirilməsi nəzərdə tutulur.

Qeyd edək ki, Elnarə Sadıqlı eyni zamanda Azərbaycanın İtaliyadakı səfiri kimi də fəaliyyət göstərir, səfirin iqamətgahı Romada yerləşir.
""", [
 ("Elnarə Sadıqlı", "PER", "səfir", "Azərbaycan", ["Elnarə Sadıqlı"]),
 ("Tereza Borq", "PER", "daimi katib", "Malta Xarici və Avropa İşləri Nazirliyi", ["Tereza Borq"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo-nun"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["Xarici İşlər Nazirliyinə"]),
 ("Malta Xarici və Avropa İşləri Nazirliyi", "ORG", None, None, ["Malta Xarici və Avropa İşləri Nazirliyinin"]),
 ("Malta Parlamenti", "ORG", None, None, ["Malta Parlamentinin"]),
 ("Malta", "LOC", None, None, ["Malta", "Maltadakı"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın", "Azərbaycan"]),
 ("Valletta", "LOC", None, None, ["Vallettada"]),
 ("Prezident Sarayı", "LOC", None, None, ["Prezident Sarayında"]),
 ("İtaliya", "LOC", None, None, ["İtaliyadakı"]),
 ("Roma", "LOC", None, None, ["Romada"]),
], [
 E("ATTEND", ["Elnarə Sadıqlı"], "Prezident Sarayı", "2026-01-26", "happened", "Azərbaycanın Maltadakı fövqəladə",
   ["diplomatik əlaqələr", "dəniz nəqliyyatı", "turizm"], date_text="bazar ertəsi", event_name="etimadnamə təqdimetmə mərasimi"),
 E("MEET", ["Elnarə Sadıqlı", "Tereza Borq"], None, "2026-01-26", "happened", "Həmin gün Elnarə Sadıqlı",
   ["siyasi məsləhətləşmələr"], date_text="Həmin gün"),
 E("MEET", ["Elnarə Sadıqlı", "Malta Parlamenti"], None, "2026-02", "planned", "Səfirin Malta Parlamentinin",
   ["parlamentlərarası əlaqələr"], date_text="fevralın ortalarına"),
])

A("160_asan_xidmet_doqquz_ay.txt", "trend.az", """date 2026-10-08
ASAN xidmət mərkəzlərinə doqquz ayda 5,8 milyon müraciət daxil olub

Bu ilin yanvar-sentyabr aylarında ölkə üzrə ASAN xidmət mərkəzlərinə vətəndaşlardan 5,8 milyon müraciət daxil olub. Bu, ötən ilin eyni dövrü ilə müqayisədə 9 faiz çoxdur.

Vətəndaşlara Xidmət və Sosial İnnovasiyalar üzrə Dövlət Agentliyindən Trend-ə verilən məlumata görə, müraciətlərin 41 faizi Bakıdakı mərkəzlərin payına düşüb. Regionlarda ən çox müraciət Gəncə, Sumqayıt, Lənkəran və Şəki mərkəzlərinə olub.

Ən çox tələb olunan xidmətlər şəxsiyyət vəsiqəsinin verilməsi, daşınmaz əmlakın qeydiyyatı və notariat hərəkətləri olub. Səyyar xidmət avtobusları doqquz ayda 64 kənddə 38 min vətəndaşa xidmət göstərib. Agentliyin rəqəmsal platforması vasitəsilə isə 2,3 milyon elektron xidmət göstərilib.

Vətəndaş məmnunluğu sorğularına görə, xidmətlərin keyfiyyətindən razı qalanların payı 98 faiz təşkil edib. Müraciət üçün orta gözləmə müddəti on bir dəqiqəyə enib.

Qeyd edək ki, bu ilin sonunadək Füzuli və Kəlbəcərdə yeni mərkəzlərin istifadəyə verilməsi planlaşdırılır.
""", [
 ("ASAN xidmət", "ORG", None, None, ["ASAN xidmət"]),
 ("Vətəndaşlara Xidmət və Sosial İnnovasiyalar üzrə Dövlət Agentliyi", "ORG", None, None, ["Vətəndaşlara Xidmət və Sosial İnnovasiyalar üzrə Dövlət Agentliyindən"]),
 ("Trend", "ORG", None, None, ["Trend-ə"]),
 ("Bakı", "LOC", None, None, ["Bakıdakı"]),
 ("Gəncə", "LOC", None, None, ["Gəncə"]),
 ("Sumqayıt", "LOC", None, None, ["Sumqayıt"]),
 ("Lənkəran", "LOC", None, None, ["Lənkəran"]),
 ("Şəki", "LOC", None, None, ["Şəki"]),
 ("Füzuli", "LOC", None, None, ["Füzuli"]),
 ("Kəlbəcər", "LOC", None, None, ["Kəlbəcərdə"]),
], [], topics=["dövlət xidmətləri", "statistika"])
