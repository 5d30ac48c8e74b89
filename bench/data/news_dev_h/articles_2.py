A("186_emirli_xoldarov_komissiya_semerqend.txt", None, """date 2026-04-20
Azərbaycan–Özbəkistan hökumətlərarası komissiyasının iclası Səmərqənddə keçirilib

Baş nazirin müavini Fərhad Əmirlinin rəhbərlik etdiyi hökumət nümayəndə heyəti aprelin 16–18-də Özbəkistanda işgüzar səfərdə olub.

Səfərin əsas tədbiri – iqtisadi əməkdaşlıq üzrə Azərbaycan–Özbəkistan hökumətlərarası komissiyasının doqquzuncu iclası ötən cümə Səmərqənddə keçirilib. İclası komissiyanın həmsədrləri – Fərhad Əmirli və Özbəkistanın Baş nazirinin müavini Camşid Xoldarov birgə aparıblar.

Tərəflər qarşılıqlı ticarətin həcmini 2030-cu ilədək iki milyard dollara çatdırmaq üçün yol xəritəsini, Ələt Azad İqtisadi Zonasında özbək toxuculuq məhsulları üçün logistika mərkəzinin yaradılmasını, Xəzər və Qara dəniz üzərindən daşımaların tariflərini ətraflı müzakirə ediblər. İclasın yekununda həmsədrlər protokol imzalayıblar.

Həmin gün Azərbaycan İxrac və İnvestisiyaların Təşviqi Agentliyi (AZPROMO) ilə Özbəkistan İnvestisiyalar, Sənaye və Ticarət Nazirliyi arasında birgə investisiya fondunun təsisinə dair memorandum imzalanıb.

Heyət iclasdan bir gün əvvəl Səmərqənd vilayətinin hakimi Erkin Turdiyev ilə görüşüb, vilayətdə azərbaycanlı sahibkarların sərmayəsi ilə inşa olunan pambıq emalı kompleksi ilə tanış olub.

Səfərin son günü Fərhad Əmirli Daşkənddə Özbəkistan Prezidentinin Administrasiyasında olub, burada administrasiya rəhbərinin birinci müavini Sardor Umarov ilə fikir mübadiləsi aparıb.

Komissiyanın onuncu iclasının gələn il Bakıda keçirilməsi razılaşdırılıb.
""", [
 ("Fərhad Əmirli", "PER", "baş nazirin müavini", "Azərbaycan", ["Fərhad Əmirlinin", "Fərhad Əmirli"]),
 ("Camşid Xoldarov", "PER", "baş nazirin müavini", "Özbəkistan", ["Camşid Xoldarov"]),
 ("Erkin Turdiyev", "PER", "vilayət hakimi", "Özbəkistan", ["Erkin Turdiyev"]),
 ("Sardor Umarov", "PER", "administrasiya rəhbərinin birinci müavini", "Özbəkistan Prezidentinin Administrasiyası", ["Sardor Umarov"]),
 ("Azərbaycan İxrac və İnvestisiyaların Təşviqi Agentliyi", "ORG", None, None, ["Azərbaycan İxrac və İnvestisiyaların Təşviqi Agentliyi", "AZPROMO"]),
 ("Özbəkistan İnvestisiyalar, Sənaye və Ticarət Nazirliyi", "ORG", None, None, ["Özbəkistan İnvestisiyalar, Sənaye və Ticarət Nazirliyi"]),
 ("Özbəkistan Prezidentinin Administrasiyası", "ORG", None, None, ["Özbəkistan Prezidentinin Administrasiyasında"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistan", "Özbəkistanda", "Özbəkistanın"]),
 ("Səmərqənd", "LOC", None, None, ["Səmərqənddə", "Səmərqənd"]),
 ("Ələt Azad İqtisadi Zonası", "LOC", None, None, ["Ələt Azad İqtisadi Zonasında"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər"]),
 ("Qara dəniz", "LOC", None, None, ["Qara dəniz"]),
 ("Daşkənd", "LOC", None, None, ["Daşkənddə"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
], [
 E("VISIT", ["Fərhad Əmirli"], "Özbəkistan", "2026-04-16", "happened", "Baş nazirin müavini Fərhad Əmirlinin",
   ["iqtisadi əməkdaşlıq"], date_text="aprelin 16–18-də"),
 E("MEET", ["Fərhad Əmirli", "Camşid Xoldarov"], "Səmərqənd", "2026-04-17", "happened", "Səfərin əsas tədbiri",
   ["ticarət", "logistika", "daşımalar"], date_text="ötən cümə", event_name="hökumətlərarası komissiyanın doqquzuncu iclası"),
 E("SIGN", ["Fərhad Əmirli", "Camşid Xoldarov"], "Səmərqənd", "2026-04-17", "happened", "İclasın yekununda həmsədrlər",
   ["iqtisadi əməkdaşlıq"]),
 E("SIGN", ["Azərbaycan İxrac və İnvestisiyaların Təşviqi Agentliyi", "Özbəkistan İnvestisiyalar, Sənaye və Ticarət Nazirliyi"],
   None, "2026-04-17", "happened", "Həmin gün Azərbaycan İxrac", ["investisiya"], date_text="Həmin gün"),
 E("MEET", ["Fərhad Əmirli", "Erkin Turdiyev"], "Səmərqənd", "2026-04-16", "happened", "Heyət iclasdan bir gün əvvəl",
   ["regional əməkdaşlıq", "sənaye"], date_text="iclasdan bir gün əvvəl"),
 E("MEET", ["Fərhad Əmirli", "Sardor Umarov"], "Özbəkistan Prezidentinin Administrasiyası", "2026-04-18", "happened",
   "Səfərin son günü Fərhad", ["ikitərəfli münasibətlər"], date_text="Səfərin son günü"),
])

ASTANA_BODY = """Sənədi Azərbaycanın energetika nazirinin müavini Samir Əliquluzadə və Qazaxıstanın energetika vitse-naziri Marat Sarsenbayev imzalayıblar. Memorandum iki ölkənin elektroenergetika sistemlərinin birləşdirilməsi layihəsinin texniki-iqtisadi əsaslandırmasını hazırlamaq üçün birgə işçi qrupunun yaradılmasını nəzərdə tutur. İlkin hesablamalara görə, kabelin ötürmə gücü 1 500 meqavat, uzunluğu isə təxminən 400 kilometr olacaq. Layihənin maliyyələşdirilməsində beynəlxalq maliyyə institutlarının iştirakı da istisna edilmir.

Forumun ilk günü enerji keçidinə həsr olunmuş paneldə məruzə ilə çıxış edən Samir Əliquluzadə bildirib ki, Azərbaycan dənizdə külək enerjisi üzrə ilk pilot layihənin tenderini bu ilin sonunadək elan edəcək. Onun sözlərinə görə, Qazaxıstanın Manqistau vilayətində istehsal olunacaq yaşıl elektrik enerjisi Azərbaycan vasitəsilə Gürcüstan və Türkiyə bazarlarına çıxarıla bilər. Nazir müavini Xəzər hövzəsi ölkələrinin elektrik şəbəkələrini vahid sistemdə birləşdirməyin regionun enerji təhlükəsizliyinə töhfə verəcəyini də vurğulayıb.

Eyni gündə "Azərbaycan Xəzər Dəniz Gəmiçiliyi" QSC ilə Qazaxıstanın "KTZ Express" şirkəti arasında Kurık limanından Ələtə transformator və kabel avadanlığının daşınmasına dair müqavilə bağlanıb.

Həmin gün forumun kənarında Samir Əliquluzadə Türkmənistanın energetika nazirinin müavini Bayram Annayev ilə də görüşüb. Görüşdə Türkmənistan qazının Xəzər üzərindən nəqli ilə bağlı texniki məsləhətləşmələrin davam etdirilməsi razılaşdırılıb.

Nazir müavinlərinin iyunun ortalarında Bakıda işçi qrupunun ilk iclasında yenidən görüşməsi gözlənilir.
"""


def astana_ents(extra, drop=()):
    return [(c, t, r, a, [f for f in fs if f not in drop]) for c, t, r, a, fs in [
 ("Samir Əliquluzadə", "PER", "nazir müavini", "Azərbaycan", ["Samir Əliquluzadə"]),
 ("Marat Sarsenbayev", "PER", "vitse-nazir", "Qazaxıstan", ["Marat Sarsenbayev"]),
 ("Bayram Annayev", "PER", "nazir müavini", "Türkmənistan", ["Bayram Annayev"]),
 ("Azərbaycan Xəzər Dəniz Gəmiçiliyi", "ORG", None, None, ["Azərbaycan Xəzər Dəniz Gəmiçiliyi"]),
 ("KTZ Express", "ORG", None, None, ["KTZ Express"]),
 ("Report", "ORG", None, None, ["Report-a"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanın"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan", "Qazaxıstanın"]),
 ("Astana", "LOC", None, None, ["Astana", "Astanada"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizinin", "Xəzərin", "Xəzər"]),
 ("Manqistau", "LOC", None, None, ["Manqistau"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə"]),
 ("Kurık", "LOC", None, None, ["Kurık"]),
 ("Ələt", "LOC", None, None, ["Ələtə"]),
 ("Türkmənistan", "LOC", None, None, ["Türkmənistanın", "Türkmənistan"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakı"]),
]] + extra


def astana_evs(lead, same=None):
    kw = {"same_as": same} if same else {}
    return [
 E("SIGN", ["Samir Əliquluzadə", "Marat Sarsenbayev"], "Astana", "2026-05-12", "happened", lead,
   ["elektrik enerjisi", "enerji inteqrasiyası"], date_text="dünən", event_name="Astana Beynəlxalq Forumu", **kw),
 E("ATTEND", ["Samir Əliquluzadə"], "Astana", "2026-05-12", "happened", "Forumun ilk günü enerji keçidinə",
   ["enerji keçidi", "külək enerjisi"], date_text="Forumun ilk günü", event_name="Astana Beynəlxalq Forumu", **kw),
 E("SIGN", ["Azərbaycan Xəzər Dəniz Gəmiçiliyi", "KTZ Express"], None, "2026-05-12", "happened", "Eyni gündə \"Azərbaycan",
   ["dəniz daşımaları"], date_text="Eyni gündə", **kw),
 E("MEET", ["Samir Əliquluzadə", "Bayram Annayev"], "Astana", "2026-05-12", "happened", "Həmin gün forumun kənarında",
   ["qaz nəqli"], date_text="Həmin gün", **kw),
 E("MEET", ["Samir Əliquluzadə", "Marat Sarsenbayev"], "Bakı", "2026-06", "planned", "Nazir müavinlərinin iyunun ortalarında",
   ["enerji inteqrasiyası"], date_text="iyunun ortalarında", **kw),
]


A("187_eliquluzade_sarsenbayev_memorandum_report.txt", "report.az", """date 2026-05-13
Azərbaycan və Qazaxıstan enerji sistemlərinin birləşdirilməsinə dair memorandum imzalanıb

Energetika Nazirliyi ilə Qazaxıstan Respublikası Energetika Nazirliyi arasında Xəzər dənizinin dibi ilə yüksəkgərginlikli kabel xəttinin çəkilməsinə dair anlaşma memorandumu imzalanıb. Report-a nazirlikdən bildiriblər ki, sənəd dünən Astanada başlayan Astana Beynəlxalq Forumu çərçivəsində imzalanıb.

""" + ASTANA_BODY, astana_ents([
 ("Energetika Nazirliyi", "ORG", None, None, ["Energetika Nazirliyi"]),
 ("Qazaxıstan Energetika Nazirliyi", "ORG", None, None, ["Qazaxıstan Respublikası Energetika Nazirliyi"]),
], drop=("Xəzərin", "Bakı")), astana_evs("Energetika Nazirliyi ilə Qazaxıstan Respublikası"))

A("188_baki_astana_enerji_xetti_oxu.txt", "oxu.az", """date 2026-05-13
Bakı ilə Astana enerji sistemlərini birləşdirmək üçün işçi qrupu yaradır

Energetika Nazirliyi ilə Qazaxıstan Respublikası Energetika Nazirliyi arasında Xəzər dənizinin dibi ilə yüksəkgərginlikli kabel xəttinin çəkilməsinə dair anlaşma memorandumu imzalanıb. Oxu.az Report-a istinadən xəbər verir ki, sənəd dünən Astanada başlayan Astana Beynəlxalq Forumu çərçivəsində imzalanıb.

""" + ASTANA_BODY, astana_ents([
 ("Energetika Nazirliyi", "ORG", None, None, ["Energetika Nazirliyi"]),
 ("Qazaxıstan Energetika Nazirliyi", "ORG", None, None, ["Qazaxıstan Respublikası Energetika Nazirliyi"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az"]),
], drop=("Xəzərin", "Qazaxıstan")), astana_evs("Energetika Nazirliyi ilə Qazaxıstan Respublikası", same="187_eliquluzade_sarsenbayev_memorandum_report.txt"),
  duplicate_of="187_eliquluzade_sarsenbayev_memorandum_report.txt")

A("189_sukutun_sesi_dram_teatri.txt", None, """date 2026-03
Milli Dram Teatrının yeni tamaşası: "Sükutun səsi"

Azərbaycan Dövlət Akademik Milli Dram Teatrının səhnəsində gənc dramaturq Ramiz Bəydəmirlinin "Sükutun səsi" pyesi əsasında hazırlanmış tamaşanın premyerası olub. Quruluşçu rejissor Aygün Nəsibova, səhnə tərtibatının müəllifi isə rəssam Tural Qəniyevdir.

Əsər ötən əsrin səksəninci illərinin sonunda Qəbələnin dağ kəndlərindən birində yaşayan kənd müəlliminin taleyindən bəhs edir. Oğlunun şəhərə köçməsindən sonra tək qalan qəhrəman keçmişlə hesablaşmalı olur: məktəbin bağlanması, kəndin boşalması, illərlə deyilməmiş sözlər.

Baş rolu ifa edən Xalq artisti Elşən Qasımov obrazın daxili təlatümünü səs tonunun incə dəyişmələri ilə çatdırmağa nail olur. Xüsusilə ikinci pərdədəki monoloq zalda uzun sükutla qarşılanır. Müəllimin həyat yoldaşı rolunda çıxış edən Nərgiz Axundzadənin oyunu isə bir qədər birtərəfli təsir bağışlayır: aktrisa səhnələrin çoxunda kədəri eyni intonasiya ilə verir.

Tamaşanın musiqi tərtibatı bəstəkar Fərid Məlikovundur. Kamança və balabanın səsi elektron fonla birləşərək dağ kəndinin boşluğunu, küləyin uğultusunu xatırladır. Tural Qəniyev isə səhnədə minimalizmə üstünlük verib: yarıuçuq məktəb lövhəsi, bir neçə stul və tavandan asılmış köhnə radio bütün hadisələrin fonunu yaradır.

Premyeradan sonra teatrın direktoru Kamran Əlizadə jurnalistlərə bildirib ki, tamaşa aprel ayında Gəncə və Naxçıvan səhnələrində də göstəriləcək. Növbəti tamaşalar ayın 21-də və 28-də olacaq.
""", [
 ("Ramiz Bəydəmirli", "PER", "dramaturq", None, ["Ramiz Bəydəmirlinin"]),
 ("Aygün Nəsibova", "PER", "rejissor", None, ["Aygün Nəsibova"]),
 ("Tural Qəniyev", "PER", "rəssam", None, ["Tural Qəniyevdir", "Tural Qəniyev"]),
 ("Elşən Qasımov", "PER", "aktyor", None, ["Elşən Qasımov"]),
 ("Nərgiz Axundzadə", "PER", "aktrisa", None, ["Nərgiz Axundzadənin"]),
 ("Fərid Məlikov", "PER", "bəstəkar", None, ["Fərid Məlikovundur"]),
 ("Kamran Əlizadə", "PER", "direktor", "Azərbaycan Dövlət Akademik Milli Dram Teatrı", ["Kamran Əlizadə"]),
 ("Azərbaycan Dövlət Akademik Milli Dram Teatrı", "ORG", None, None, ["Milli Dram Teatrının", "Azərbaycan Dövlət Akademik Milli Dram Teatrının"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələnin"]),
 ("Gəncə", "LOC", None, None, ["Gəncə"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvan"]),
], [], topics=["teatr", "mədəniyyət"])

A("190_hava_proqnozu_hefte_sonu.txt", "AZERTAC", """date 2026-11-26
Həftəsonu Abşeronda güclü şimal küləyi əsəcək, dağlarda qar gözlənilir

Ekologiya və Təbii Sərvətlər Nazirliyinin Milli Hidrometeorologiya Xidməti noyabrın 27–29-u üçün hava proqnozunu açıqlayıb.

Xidmətin rəisi Gülşən Hacıyeva AZERTAC-a bildirib ki, sabahdan etibarən Xəzər dənizinin şimalından daxil olan soyuq hava kütləsi ölkə ərazisində temperaturun nəzərəçarpacaq dərəcədə enməsinə səbəb olacaq. Bakıda və Abşeron yarımadasının qəsəbələrində cümə günü havanın dəyişkən buludlu olacağı, arabir yağış yağacağı gözlənilir. Şimal-qərb küləyi şənbə günü güclənəcək, onun sürəti saniyədə 20–23 metrə çatacaq. Gecə 3–6, gündüz 7–10 dərəcə isti olacaq. Bazar günü külək zəifləyəcək, lakin hava soyuq qalacaq.

Rayonlarda, xüsusilə Quba, Qusar, Şəki və Zaqatalanın dağlıq ərazilərində qar yağacağı, yollarda buz bağlayacağı ehtimalı var. Kəlbəcər və Laçının yüksək dağlıq ərazilərində gecə şaxtalı olacaq, temperatur 8–12 dərəcə şaxtaya düşəcək. Naxçıvan Muxtar Respublikasında isə əsasən yağıntısız hava şəraiti saxlanılacaq.

Lənkəran–Astara bölgəsində ayrı-ayrı yerlərdə intensiv yağış gözlənilir, kiçik çaylarda sululuğun artması mümkündür.

Xidmət sürücüləri yolların sürüşkən olacağını nəzərə almağa, əhalini isə qaz cihazlarından istifadə edərkən ehtiyatlı olmağa çağırıb.
""", [
 ("Gülşən Hacıyeva", "PER", "rəis", "Milli Hidrometeorologiya Xidməti", ["Gülşən Hacıyeva"]),
 ("Ekologiya və Təbii Sərvətlər Nazirliyi", "ORG", None, None, ["Ekologiya və Təbii Sərvətlər Nazirliyinin"]),
 ("Milli Hidrometeorologiya Xidməti", "ORG", None, None, ["Milli Hidrometeorologiya Xidməti"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-a"]),
 ("Abşeron yarımadası", "LOC", None, None, ["Abşeronda", "Abşeron yarımadasının"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizinin"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Quba", "LOC", None, None, ["Quba"]),
 ("Qusar", "LOC", None, None, ["Qusar"]),
 ("Şəki", "LOC", None, None, ["Şəki"]),
 ("Zaqatala", "LOC", None, None, ["Zaqatalanın"]),
 ("Kəlbəcər", "LOC", None, None, ["Kəlbəcər"]),
 ("Laçın", "LOC", None, None, ["Laçının"]),
 ("Naxçıvan Muxtar Respublikası", "LOC", None, None, ["Naxçıvan Muxtar Respublikasında"]),
 ("Lənkəran", "LOC", None, None, ["Lənkəran"]),
 ("Astara", "LOC", None, None, ["Astara"]),
], [], topics=["hava proqnozu"])
