A("238_shirinzade_iet_pi_cakarta_qafqazinfo.txt", "qafqazinfo.az", """date 2026-05-13
Rauf Şirinzadə Cakartada İƏT Parlament İttifaqının konfransına qatılıb

Qafqazinfo.az
Ana səhifə / Siyasət / Parlament
13 may 2026 | 09:15 | Oxunub: 842
Rauf Şirinzadə Cakartada İƏT Parlament İttifaqının konfransına qatılıb

İslam Əməkdaşlıq Təşkilatına Üzv Dövlətlərin Parlament İttifaqının (İƏT Pİ) 20-ci konfransı mayın 11-də İndoneziyanın paytaxtı Cakartada açılıb. Milli Məclis Sədrinin müavini Rauf Şirinzadə konfransda Azərbaycan parlamentinin heyətinə rəhbərlik edir.

Qafqazinfo-ya daxil olan məlumata görə, konfransın açılışından bir gün əvvəl, bazar günü Şirinzadə İttifaqın İcraiyyə Komitəsinin iclasında iştirak edib. Ümumi müzakirələrdə çıxışında isə o, müsəlman ölkələrində qida təhlükəsizliyi və su qıtlığı problemlərinə toxunub.

Dünən sessiyanın kənarında Azərbaycan heyətinin rəhbəri Malayziya Nümayəndələr Palatasının sədri Rosli Hamzah və Türkiyə Böyük Millət Məclisinin Sədr müavini Selim Öztürkmen ilə ayrı-ayrılıqda görüşüb.

Konfrans sabah yekun sənədlərin qəbulu ilə başa çatacaq. Cümə günü heyətin Kuala-Lumpura yollanacağı, orada Malayziya parlamentinin Azərbaycanla dostluq qrupunun üzvləri ilə görüşəcəyi bildirilir.

Paylaş: Facebook | X | Telegram
Son xəbərlər
Şəkidə turizm mövsümü açılır 08:50
Xəzərdə gəmi qəzası: ekipaj xilas edilib 08:31
© Qafqazinfo.az 2026. Bütün hüquqlar qorunur.
""", [
 ("Rauf Şirinzadə", "PER", "sədr müavini", "Milli Məclis", ["Rauf Şirinzadə", "Şirinzadə"]),
 ("Rosli Hamzah", "PER", "sədr", "Malayziya Nümayəndələr Palatası", ["Rosli Hamzah"]),
 ("Selim Öztürkmen", "PER", "sədr müavini", "Türkiyə Böyük Millət Məclisi", ["Selim Öztürkmen"]),
 ("İslam Əməkdaşlıq Təşkilatına Üzv Dövlətlərin Parlament İttifaqı", "ORG", None, None,
  ["İƏT Parlament İttifaqının", "İslam Əməkdaşlıq Təşkilatına Üzv Dövlətlərin Parlament İttifaqının", "İƏT Pİ", "İttifaqın"]),
 ("İcraiyyə Komitəsi", "ORG", None, None, ["İcraiyyə Komitəsinin"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclis"]),
 ("Malayziya Nümayəndələr Palatası", "ORG", None, None, ["Malayziya Nümayəndələr Palatasının"]),
 ("Türkiyə Böyük Millət Məclisi", "ORG", None, None, ["Türkiyə Böyük Millət Məclisinin"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo.az", "Qafqazinfo-ya"]),
 ("Cakarta", "LOC", None, None, ["Cakartada"]),
 ("İndoneziya", "LOC", None, None, ["İndoneziyanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanla"]),
 ("Kuala-Lumpur", "LOC", None, None, ["Kuala-Lumpura"]),
 ("Malayziya", "LOC", None, None, ["Malayziya"]),
 ("Şəki", "LOC", None, None, ["Şəkidə"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzərdə"]),
], [
 E("ATTEND", ["Rauf Şirinzadə"], "Cakarta", "2026-05-11", "happened", "Milli Məclis Sədrinin müavini Rauf",
   ["qida təhlükəsizliyi", "su ehtiyatları"], date_text="mayın 11-də", event_name="İƏT Pİ-nin 20-ci konfransı"),
 E("ATTEND", ["Rauf Şirinzadə"], "Cakarta", "2026-05-10", "happened", "bazar günü Şirinzadə",
   ["parlamentlərarası əlaqələr"], date_text="bazar günü", event_name="İƏT Pİ İcraiyyə Komitəsinin iclası"),
 E("MEET", ["Rauf Şirinzadə", "Rosli Hamzah"], "Cakarta", "2026-05-12", "happened", "Dünən sessiyanın kənarında",
   ["parlamentlərarası əlaqələr"], date_text="Dünən"),
 E("MEET", ["Rauf Şirinzadə", "Selim Öztürkmen"], "Cakarta", "2026-05-12", "happened", "Dünən sessiyanın kənarında",
   ["parlamentlərarası əlaqələr"], date_text="Dünən"),
 E("VISIT", ["Rauf Şirinzadə"], "Kuala-Lumpur", "2026-05-15", "planned", "Cümə günü heyətin",
   ["parlamentlərarası əlaqələr"], date_text="Cümə günü"),
])

A("239_bayramli_ionesku_komissiya_baki.txt", "AZERTAC", """date 2026-10-07
Bakıda Azərbaycan–Rumıniya hökumətlərarası komissiyasının səkkizinci iclası keçirilib

Oktyabrın 6-da Bakıda Azərbaycan–Rumıniya iqtisadi və elmi-texniki sahələrdə əməkdaşlığa dair hökumətlərarası komissiyanın səkkizinci iclası olub. İclası komissiyanın həmsədrləri – energetika naziri Elşən Bayramlı və Rumıniyanın iqtisadiyyat, sahibkarlıq və turizm naziri Radu İonesku-Marin birgə aparıblar.

AZERTAC xəbər verir ki, rumın nazir bazar ertəsi axşam Bakıya gəlib. Çərşənbə axşamı səhər o, Baş nazir Nicat Ələsgərli tərəfindən qəbul edilib. Qəbulda Qara dənizin dibi ilə uzanacaq elektrik kabeli, Konstansa limanı vasitəsilə yükdaşımalar, Rumıniya bazarına Azərbaycan qazının əlavə həcmlərinin çatdırılması müzakirə olunub.

Toplantı başa çatanda Bayramlı ilə İonesku-Marin iclasın protokoluna imza atıblar. Elə həmin gün SOCAR ilə "Romgaz" şirkəti arasında qazın uzunmüddətli tədarükünə dair memorandum da imzalanıb.

Radu İonesku-Marin bu gün Sumqayıt Kimya Sənaye Parkına baş çəkəcək. Komissiyanın növbəti iclasının gələn ilin payızında Buxarestdə keçirilməsi razılaşdırılıb.
""", [
 ("Elşən Bayramlı", "PER", "energetika naziri", "Azərbaycan", ["Elşən Bayramlı", "Bayramlı"]),
 ("Radu İonesku-Marin", "PER", "iqtisadiyyat, sahibkarlıq və turizm naziri", "Rumıniya", ["Radu İonesku-Marin", "İonesku-Marin"]),
 ("Nicat Ələsgərli", "PER", "baş nazir", "Azərbaycan", ["Nicat Ələsgərli"]),
 ("Azərbaycan Respublikası Dövlət Neft Şirkəti", "ORG", None, None, ["SOCAR"]),
 ("Romgaz", "ORG", None, None, ["Romgaz"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Rumıniya", "LOC", None, None, ["Rumıniya", "Rumıniyanın"]),
 ("Qara dəniz", "LOC", None, None, ["Qara dənizin"]),
 ("Konstansa", "LOC", None, None, ["Konstansa"]),
 ("Sumqayıt Kimya Sənaye Parkı", "LOC", None, None, ["Sumqayıt Kimya Sənaye Parkına"]),
 ("Buxarest", "LOC", None, None, ["Buxarestdə"]),
], [
 E("MEET", ["Elşən Bayramlı", "Radu İonesku-Marin"], "Bakı", "2026-10-06", "happened", "İclası komissiyanın həmsədrləri",
   ["enerji", "ticarət", "nəqliyyat"], date_text="Oktyabrın 6-da",
   event_name="Azərbaycan–Rumıniya hökumətlərarası komissiyasının səkkizinci iclası"),
 E("VISIT", ["Radu İonesku-Marin"], "Bakı", "2026-10-05", "happened", "rumın nazir bazar ertəsi",
   ["ikitərəfli münasibətlər"], date_text="bazar ertəsi"),
 E("MEET", ["Nicat Ələsgərli", "Radu İonesku-Marin"], None, "2026-10-06", "happened", "Çərşənbə axşamı səhər",
   ["enerji", "qaz nəqli", "nəqliyyat"], host="Nicat Ələsgərli", date_text="Çərşənbə axşamı"),
 E("SIGN", ["Elşən Bayramlı", "Radu İonesku-Marin"], "Bakı", "2026-10-06", "happened", "Toplantı başa çatanda Bayramlı",
   ["ikitərəfli münasibətlər"]),
 E("SIGN", ["Azərbaycan Respublikası Dövlət Neft Şirkəti", "Romgaz"], None, "2026-10-06", "happened", "Elə həmin gün SOCAR",
   ["qaz nəqli"], date_text="həmin gün"),
 E("VISIT", ["Radu İonesku-Marin"], "Sumqayıt Kimya Sənaye Parkı", "2026-10-07", "planned", "bu gün Sumqayıt Kimya",
   ["sənaye"], place="Sumqayıt Kimya Sənaye Parkı", date_text="bu gün"),
])

A("240_hesenbeyova_berzina_latviya_seymi.txt", "AZERTAC", """date 2026-09-02
Ləman Həsənbəyova Latviya Seyminin sədri ilə danışıqlar aparıb

Latviya Seyminin sədri İnese Berzina rəsmi səfərlə ölkəmizdədir. Qonaq dünən gecə Bakıya gəlib, Heydər Əliyev Beynəlxalq Aeroportunda onu Milli Məclis Sədrinin müavini Aynur Bağırlı qarşılayıb.

AZERTAC-ın məlumatına görə, bu gün Milli Məclisdə İnese Berzina ilə Spiker Ləman Həsənbəyova arasında danışıqlar keçirilib. Əvvəlcə təkbətək görüşən sədrlər sonra geniş heyətdə müzakirələri davam etdiriblər. Söhbət Baltik dənizi ilə Xəzər arasında tranzit əlaqələri, Riqa limanının Orta Dəhliz yüklərinə açılması, parlamentlərin informasiya təhlükəsizliyi sahəsindəki təcrübəsi ətrafında olub.

Danışıqlardan sonra İnese Berzina Fəxri xiyabanı və Şəhidlər xiyabanını ziyarət edib.

Səfər proqramına əsasən, sabah qonaq Prezident Teymur Səlimov tərəfindən qəbul olunacaq. Cümə günü isə o, Şamaxıya gedərək Şamaxı Astrofizika Rəsədxanası ilə tanış olacaq. Qonağın Qəbələyə səfəri də nəzərdə tutulmuşdu, lakin qrafik dəyişdiyindən bu səfər baş tutmayacaq.
""", [
 ("İnese Berzina", "PER", "sədr", "Latviya Seymi", ["İnese Berzina"]),
 ("Aynur Bağırlı", "PER", "sədr müavini", "Milli Məclis", ["Aynur Bağırlı"]),
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis", ["Ləman Həsənbəyova"]),
 ("Teymur Səlimov", "PER", "Prezident", None, ["Teymur Səlimov"]),
 ("Latviya Seymi", "ORG", None, None, ["Latviya Seyminin"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclis", "Milli Məclisdə"]),
 ("Şamaxı Astrofizika Rəsədxanası", "ORG", None, None, ["Şamaxı Astrofizika Rəsədxanası"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-ın"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Heydər Əliyev Beynəlxalq Aeroportu", "LOC", None, None, ["Heydər Əliyev Beynəlxalq Aeroportunda"]),
 ("Baltik dənizi", "LOC", None, None, ["Baltik dənizi"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər"]),
 ("Riqa", "LOC", None, None, ["Riqa"]),
 ("Fəxri xiyaban", "LOC", None, None, ["Fəxri xiyabanı"]),
 ("Şəhidlər xiyabanı", "LOC", None, None, ["Şəhidlər xiyabanını"]),
 ("Şamaxı", "LOC", None, None, ["Şamaxıya"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələyə"]),
], [
 E("VISIT", ["İnese Berzina"], "Bakı", "2026-09-01", "happened", "Latviya Seyminin sədri İnese Berzina rəsmi",
   ["parlamentlərarası əlaqələr"], date_text="dünən"),
 E("MEET", ["Aynur Bağırlı", "İnese Berzina"], "Heydər Əliyev Beynəlxalq Aeroportu", "2026-09-01", "happened",
   "Qonaq dünən gecə Bakıya", ["parlamentlərarası əlaqələr"], host="Aynur Bağırlı", date_text="dünən"),
 E("MEET", ["Ləman Həsənbəyova", "İnese Berzina"], "Milli Məclis", "2026-09-02", "happened", "bu gün Milli Məclisdə İnese",
   ["tranzit", "informasiya təhlükəsizliyi"], date_text="bu gün"),
 E("VISIT", ["İnese Berzina"], "Fəxri xiyaban", "2026-09-02", "happened", "Danışıqlardan sonra İnese",
   ["xatirənin anılması"], place="Fəxri xiyaban", date_text="Danışıqlardan sonra"),
 E("VISIT", ["İnese Berzina"], "Şəhidlər xiyabanı", "2026-09-02", "happened", "Danışıqlardan sonra İnese",
   ["xatirənin anılması"], place="Şəhidlər xiyabanı", date_text="Danışıqlardan sonra"),
 E("MEET", ["Teymur Səlimov", "İnese Berzina"], None, "2026-09-03", "planned", "sabah qonaq Prezident",
   ["ikitərəfli münasibətlər"], host="Teymur Səlimov", date_text="sabah"),
 E("VISIT", ["İnese Berzina"], "Şamaxı", "2026-09-04", "planned", "Cümə günü isə o, Şamaxıya",
   ["elm"], date_text="Cümə günü"),
 E("VISIT", ["İnese Berzina"], "Şamaxı Astrofizika Rəsədxanası", "2026-09-04", "planned", "Cümə günü isə o, Şamaxıya",
   ["elm"], place="Şamaxı Astrofizika Rəsədxanası", date_text="Cümə günü"),
 E("VISIT", ["İnese Berzina"], "Qəbələ", None, "negated", "Qonağın Qəbələyə səfəri",
   ["turizm"]),
])

A("241_shirinzade_morimoto_vida_metbuat.txt", "metbuat.az", """date 2026-07-08
Rauf Şirinzadə Yaponiya səfiri ilə vidalaşıb | Metbuat.az

METBUAT.AZ
Gündəm | Siyasət | İqtisadiyyat | Sosial | Dünya | Şou-biznes
08.07.2026 | 14:05
Rauf Şirinzadə Yaponiya səfiri ilə vidalaşıb

Milli Məclis Sədrinin müavini Rauf Şirinzadə Yaponiyanın Azərbaycandakı fövqəladə və səlahiyyətli səfiri Takeşi Morimotonu ölkəmizdə diplomatik missiyasının başa çatması ilə əlaqədar qəbul edib.

Metbuat.az-a parlamentin mətbuat xidmətindən bildirilib ki, görüşdə dörd il ərzində ikitərəfli münasibətlərin inkişafına verdiyi töhfəyə görə səfirə minnətdarlıq ifadə olunub. Şirinzadə Yaponiya Beynəlxalq Əməkdaşlıq Agentliyinin Ağdamda həyata keçirdiyi minatəmizləmə və kənd təsərrüfatı layihələrini yüksək qiymətləndirib.

Səfir Morimoto Tokioya qayıtdıqdan sonra da Azərbaycanla bağlı təşəbbüslərə dəstək verəcəyini deyib. O, payızda Yaponiya Parlamentinin Yaponiya–Azərbaycan dostluq liqasının sədri Hiroşi Tanabenin Bakıya gələcəyini də diqqətə çatdırıb.

Qeyd edək ki, diplomat dünən Xarici İşlər Nazirliyində nazir müavini Samirə Vəkilova ilə də vida görüşü keçirib. Bazar ertəsi isə ona Prezidentin sərəncamı ilə "Dostluq" ordeni təqdim olunmuşdu.

Paylaş
Teqlər: Rauf Şirinzadə, Yaponiya, vida görüşü
Digər xəbərlər
Bakıda istilik 40 dərəcəyə çatacaq
Masallıda fındıq yığımı başlayıb
METBUAT.AZ © 2026 Məlumatdan istifadə zamanı istinad vacibdir
""", [
 ("Rauf Şirinzadə", "PER", "sədr müavini", "Milli Məclis", ["Rauf Şirinzadə", "Şirinzadə"]),
 ("Takeşi Morimoto", "PER", "səfir", "Yaponiya", ["Takeşi Morimotonu", "Morimoto"]),
 ("Hiroşi Tanabe", "PER", "dostluq liqasının sədri", "Yaponiya Parlamenti", ["Hiroşi Tanabenin"]),
 ("Samirə Vəkilova", "PER", "nazir müavini", "Xarici İşlər Nazirliyi", ["Samirə Vəkilova"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclis"]),
 ("Yaponiya Beynəlxalq Əməkdaşlıq Agentliyi", "ORG", None, None, ["Yaponiya Beynəlxalq Əməkdaşlıq Agentliyinin"]),
 ("Yaponiya Parlamenti", "ORG", None, None, ["Yaponiya Parlamentinin"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["Xarici İşlər Nazirliyində"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az", "METBUAT.AZ", "Metbuat.az-a"]),
 ("Yaponiya", "LOC", None, None, ["Yaponiya", "Yaponiyanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı", "Azərbaycanla", "Azərbaycan"]),
 ("Ağdam", "LOC", None, None, ["Ağdamda"]),
 ("Tokio", "LOC", None, None, ["Tokioya"]),
 ("Bakı", "LOC", None, None, ["Bakıya", "Bakıda"]),
 ("Masallı", "LOC", None, None, ["Masallıda"]),
], [
 E("MEET", ["Rauf Şirinzadə", "Takeşi Morimoto"], None, "2026-07-08", "happened", "Milli Məclis Sədrinin müavini Rauf",
   ["diplomatik missiyanın başa çatması", "minatəmizləmə"], host="Rauf Şirinzadə"),
 E("VISIT", ["Hiroşi Tanabe"], "Bakı", None, "planned", "payızda Yaponiya Parlamentinin",
   ["parlamentlərarası əlaqələr"], date_text="payızda"),
 E("MEET", ["Takeşi Morimoto", "Samirə Vəkilova"], "Xarici İşlər Nazirliyi", "2026-07-07", "happened", "diplomat dünən Xarici",
   ["diplomatik missiyanın başa çatması"], date_text="dünən"),
])

A("242_beshirli_estoniya_sefiri_oxu.txt", "oxu.az", """date 2026-10-14
Orxan Bəşirli Estoniyanın yeni səfirini qəbul edib | Oxu.az

Oxu.az
Xəbərlər · Siyasət · İqtisadiyyat · Hadisə · Dünya · Sağlamlıq
14.10.2026, 15:32
Orxan Bəşirli Estoniyanın yeni səfirini qəbul edib

İqtisadi siyasət, sənaye və sahibkarlıq komitəsinin sədri Orxan Bəşirli bu gün Milli Məclisdə Estoniyanın ölkəmizə yeni təyin olunmuş səfiri Kadri Tammı qəbul edib. Bu, diplomatın parlamentdə ilk görüşüdür.

Oxu.az-ın məlumatına görə, Bəşirli diplomata yeni vəzifəsində uğurlar arzulayıb, Tallinnlə Bakı arasında elektron hökumət sahəsində illərdir davam edən əməkdaşlığı xatırladıb. Komitə sədri Estoniya Riigikogusunda Azərbaycanla dostluq qrupunun yaradılmasını da təklif edib.

Kadri Tamm ötən ayın 29-da etimadnaməsinin surətini xarici işlər nazirinin müavini Elnur Sadıqlıya, oktyabrın 2-də isə etimadnaməni Prezident Teymur Səlimova təqdim etdiyini deyib.

Səfirin sözlərinə görə, noyabrın ortalarında Estoniyanın iqtisadiyyat və informasiya texnologiyaları naziri Marko Lepikin Bakıya səfəri gözlənilir. Həmin səfər zamanı kibertəhlükəsizlik üzrə memorandum imzalanması nəzərdə tutulur.

Teqlər: Estoniya, Milli Məclis, səfir
Digər xəbərlər
Zaqatalada fındıq qurutma sexi açılıb
Qusarda ilk qar yağıb
© 2026 Oxu.az
""", [
 ("Orxan Bəşirli", "PER", "komitə sədri", "Milli Məclis", ["Orxan Bəşirli", "Bəşirli"]),
 ("Kadri Tamm", "PER", "səfir", "Estoniya", ["Kadri Tammı", "Kadri Tamm"]),
 ("Elnur Sadıqlı", "PER", "xarici işlər nazirinin müavini", "Azərbaycan", ["Elnur Sadıqlıya"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimova"]),
 ("Marko Lepik", "PER", "iqtisadiyyat və informasiya texnologiyaları naziri", "Estoniya", ["Marko Lepikin"]),
 ("İqtisadi siyasət, sənaye və sahibkarlıq komitəsi", "ORG", None, None, ["İqtisadi siyasət, sənaye və sahibkarlıq komitəsinin"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə", "Milli Məclis"]),
 ("Estoniya Riigikogusu", "ORG", None, None, ["Estoniya Riigikogusunda"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az", "Oxu.az-ın"]),
 ("Estoniya", "LOC", None, None, ["Estoniyanın", "Estoniya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanla"]),
 ("Tallinn", "LOC", None, None, ["Tallinnlə"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıya"]),
 ("Zaqatala", "LOC", None, None, ["Zaqatalada"]),
 ("Qusar", "LOC", None, None, ["Qusarda"]),
], [
 E("MEET", ["Orxan Bəşirli", "Kadri Tamm"], "Milli Məclis", "2026-10-14", "happened", "Orxan Bəşirli bu gün Milli",
   ["elektron hökumət", "parlamentlərarası əlaqələr"], host="Orxan Bəşirli", date_text="bu gün"),
 E("MEET", ["Elnur Sadıqlı", "Kadri Tamm"], None, "2026-09-29", "happened", "Kadri Tamm ötən ayın 29-da",
   ["diplomatik fəaliyyətin başlanması"], host="Elnur Sadıqlı", date_text="ötən ayın 29-da"),
 E("MEET", ["Teymur Səlimov", "Kadri Tamm"], None, "2026-10-02", "happened", "Kadri Tamm ötən ayın 29-da",
   ["diplomatik fəaliyyətin başlanması"], host="Teymur Səlimov", date_text="oktyabrın 2-də"),
 E("VISIT", ["Marko Lepik"], "Bakı", "2026-11", "planned", "noyabrın ortalarında Estoniyanın",
   ["kibertəhlükəsizlik"], date_text="noyabrın ortalarında"),
])

A("243_selimov_milosevic_serbiya_bas_naziri.txt", "AZERTAC", """date 2026-04-29
Prezident Teymur Səlimov Serbiyanın Baş nazirini qəbul edib

Aprelin 29-da Prezident Teymur Səlimov rəsmi səfərlə Azərbaycanda olan Serbiya Respublikasının Baş naziri Dragan Miloşeviçi qəbul edib.

AZERTAC xəbər verir ki, serbiyalı qonağın şərəfinə Zuğulbadakı iqamətgahda rəsmi qarşılanma mərasimi təşkil olunub. Mərasimdən sonra təkbətək görüş keçirilib, sonra danışıqlar nümayəndə heyətlərinin iştirakı ilə davam etdirilib. Tərəflər Serbiyanın Azərbaycan qazı ilə təchizatının genişləndirilməsi, Bakı–Belqrad birbaşa aviareysinin tezliyinin artırılması, aqrar sahədə birgə müəssisələrin yaradılması barədə fikir mübadiləsi aparıblar.

Danışıqlardan sonra dövlət başçısı ilə Baş nazir mətbuata bəyanatlarla çıxış ediblər. Ardınca hökumətlərarası sənədlər imzalanıb: Serbiya tərəfindən sənədləri xarici işlər naziri Nevena Yovanoviç, Azərbaycan tərəfindən isə Ruslan Kazımlı imzalayıblar.

Dragan Miloşeviç ölkəmizə çərşənbə axşamı gəlib. Həmin gün o, Baş nazir Nicat Ələsgərli ilə görüşmüşdü. Qonağın proqramında sabah Milli Məclisin Sədri Ləman Həsənbəyova ilə görüş və Qəbələyə səfər də var.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Dragan Miloşeviç", "PER", "baş nazir", "Serbiya", ["Dragan Miloşeviçi", "Dragan Miloşeviç"]),
 ("Nevena Yovanoviç", "PER", "xarici işlər naziri", "Serbiya", ["Nevena Yovanoviç"]),
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Azərbaycan", ["Ruslan Kazımlı"]),
 ("Nicat Ələsgərli", "PER", "baş nazir", "Azərbaycan", ["Nicat Ələsgərli"]),
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis", ["Ləman Həsənbəyova"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Serbiya", "LOC", None, None, ["Serbiyanın", "Serbiya Respublikasının", "Serbiya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanda", "Azərbaycan"]),
 ("Zuğulba", "LOC", None, None, ["Zuğulbadakı"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
 ("Belqrad", "LOC", None, None, ["Belqrad"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələyə"]),
], [
 E("MEET", ["Teymur Səlimov", "Dragan Miloşeviç"], "Zuğulba", "2026-04-29", "happened", "Aprelin 29-da Prezident",
   ["qaz təchizatı", "aviareyslər", "kənd təsərrüfatı"], host="Teymur Səlimov", date_text="Aprelin 29-da"),
 E("VISIT", ["Dragan Miloşeviç"], "Azərbaycan", "2026-04-28", "happened", "Aprelin 29-da Prezident",
   ["ikitərəfli münasibətlər"], date_text="çərşənbə axşamı"),
 E("SIGN", ["Nevena Yovanoviç", "Ruslan Kazımlı"], "Zuğulba", "2026-04-29", "happened", "Ardınca hökumətlərarası sənədlər",
   ["ikitərəfli münasibətlər"]),
 E("MEET", ["Dragan Miloşeviç", "Nicat Ələsgərli"], None, "2026-04-28", "happened", "Həmin gün o, Baş nazir",
   ["ikitərəfli münasibətlər"], date_text="Həmin gün"),
 E("MEET", ["Ləman Həsənbəyova", "Dragan Miloşeviç"], None, "2026-04-30", "planned", "Qonağın proqramında sabah",
   ["parlamentlərarası əlaqələr"], date_text="sabah"),
 E("VISIT", ["Dragan Miloşeviç"], "Qəbələ", "2026-04-30", "planned", "Qonağın proqramında sabah",
   ["turizm"], date_text="sabah"),
])

A("244_elesgerli_ricci_dunya_banki_report.txt", "report.az", """date 2026-01-28
Nicat Ələsgərli Dünya Bankının vitse-prezidentini qəbul edib

Baş nazir Nicat Ələsgərli dünən Dünya Bankının Avropa və Mərkəzi Asiya üzrə vitse-prezidenti Antonella Riççini qəbul edib.

Report-un Nazirlər Kabinetinə istinadən verdiyi xəbərə görə, görüşdə Bankın Azərbaycanla 2027–2031-ci illər üçün yeni tərəfdaşlıq çərçivəsinin hazırlanması, Qarabağ və Şərqi Zəngəzurda su təchizatı layihələrinin maliyyələşdirilməsi, kiçik fermerlərin kreditə çıxışının asanlaşdırılması müzakirə edilib.

Antonella Riççi Bakıya yanvarın 26-da gəlib. Səfər çərçivəsində o, iqtisadiyyat naziri Zaur Hümbətli və maliyyə naziri Ramil Ağayevlə də ayrı-ayrılıqda görüşüb. Bu gün qonaq Füzuli və Şuşada olacaq, Bank tərəfindən maliyyələşdirilən Füzuli–Şuşa su kəmərinin tikintisi ilə yerində tanış olacaq.

Görüşün sonunda Dünya Bankı ilə Maliyyə Nazirliyi arasında Kür çayı hövzəsində daşqın risklərinin azaldılmasına dair 120 milyon dollarlıq kredit sazişinin martda imzalanacağı açıqlanıb. Sənədi Ramil Ağayev və Antonella Riççinin imzalaması gözlənilir.
""", [
 ("Nicat Ələsgərli", "PER", "baş nazir", "Nazirlər Kabineti", ["Nicat Ələsgərli"]),
 ("Antonella Riççi", "PER", "vitse-prezident", "Dünya Bankı", ["Antonella Riççini", "Antonella Riççi", "Antonella Riççinin"]),
 ("Zaur Hümbətli", "PER", "iqtisadiyyat naziri", "Azərbaycan", ["Zaur Hümbətli"]),
 ("Ramil Ağayev", "PER", "maliyyə naziri", "Maliyyə Nazirliyi", ["Ramil Ağayevlə", "Ramil Ağayev"]),
 ("Dünya Bankı", "ORG", None, None, ["Dünya Bankının", "Bankın", "Bank", "Dünya Bankı"]),
 ("Nazirlər Kabineti", "ORG", None, None, ["Nazirlər Kabinetinə"]),
 ("Maliyyə Nazirliyi", "ORG", None, None, ["Maliyyə Nazirliyi"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Avropa", "LOC", None, None, ["Avropa"]),
 ("Mərkəzi Asiya", "LOC", None, None, ["Mərkəzi Asiya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanla"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağ"]),
 ("Şərqi Zəngəzur", "LOC", None, None, ["Şərqi Zəngəzurda"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Füzuli", "LOC", None, None, ["Füzuli"]),
 ("Şuşa", "LOC", None, None, ["Şuşada", "Şuşa"]),
 ("Kür çayı", "LOC", None, None, ["Kür çayı"]),
], [
 E("MEET", ["Nicat Ələsgərli", "Antonella Riççi"], None, "2026-01-27", "happened", "Baş nazir Nicat Ələsgərli dünən",
   ["su təchizatı", "kənd təsərrüfatı", "maliyyələşdirmə"], host="Nicat Ələsgərli", date_text="dünən"),
 E("VISIT", ["Antonella Riççi"], "Bakı", "2026-01-26", "happened", "Antonella Riççi Bakıya",
   ["maliyyələşdirmə"], date_text="yanvarın 26-da"),
 E("MEET", ["Antonella Riççi", "Zaur Hümbətli"], None, None, "happened", "Səfər çərçivəsində o, iqtisadiyyat",
   ["maliyyələşdirmə"]),
 E("MEET", ["Antonella Riççi", "Ramil Ağayev"], None, None, "happened", "Səfər çərçivəsində o, iqtisadiyyat",
   ["maliyyələşdirmə"]),
 E("VISIT", ["Antonella Riççi"], "Füzuli", "2026-01-28", "planned", "Bu gün qonaq Füzuli",
   ["su təchizatı", "bərpa işləri"], date_text="Bu gün"),
 E("VISIT", ["Antonella Riççi"], "Şuşa", "2026-01-28", "planned", "Bu gün qonaq Füzuli",
   ["su təchizatı", "bərpa işləri"], date_text="Bu gün"),
 E("SIGN", ["Ramil Ağayev", "Antonella Riççi"], None, "2026-03", "planned", "Görüşün sonunda Dünya Bankı",
   ["daşqın riskləri", "maliyyələşdirmə"], date_text="martda"),
])
