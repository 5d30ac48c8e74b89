A("617_cin_heyeti_elet_azad_zona_apa.txt", "APA", """date 2026-07-09
Çin Ticarət Nazirliyinin heyəti Ələt Azad İqtisadi Zonasında olub

Ölkəmizdə işgüzar səfərdə olan Çin Xalq Respublikasının ticarət nazirinin müavini Li Xaytao və onu müşayiət edən nümayəndələr bu gün Ələt Azad İqtisadi Zonasına gəliblər. APA-nın məlumatına görə, qonaqları Ələt Azad İqtisadi Zonası Hakimiyyətinin İdarə Heyətinin sədri Ceyhun Axundzadə qarşılayıb.

Axundzadə çinli qonaqlara zonanın xüsusi hüquqi rejimi, rezidentlərə şamil edilən vergi və gömrük güzəştləri, birinci mərhələdə ayrılmış 100 hektarlıq sənaye sahəsinin infrastrukturu barədə ətraflı danışıb. Bildirilib ki, indiyədək 12 şirkət rezident statusu almaq üçün müraciət edib, onlardan dördü Çin kapitallıdır.

Ardınca qonaqlar yaxınlıqdakı Bakı Beynəlxalq Dəniz Ticarət Limanına keçiblər. Burada limanın baş direktoru Samir Vəlibəyli Çin şəhərlərindən Avropa istiqamətində hərəkət edən blok-qatarların Xəzər üzərindən keçirilməsi zamanı yüklərin necə aşırıldığını nümayiş etdirib.

Çin nümayəndə heyəti Bakıya dünən axşamüstü çatıb. Həmin gün Li Xaytao ilə iqtisadiyyat naziri Zaur Hümbətli arasında danışıqlar aparılıb, tərəflər Azərbaycan–Çin ticarət-iqtisadi əməkdaşlıq komissiyasının payızda Pekində keçiriləcək iclasına hazırlığı nəzərdən keçiriblər.

Sabah qonaqları Sumqayıt Kimya Sənaye Parkında tanışlıq proqramı gözləyir. Səfər şənbə günü yekunlaşacaq.
""", [
 ("Li Xaytao", "PER", "ticarət nazirinin müavini", "Çin Ticarət Nazirliyi", ["Li Xaytao"]),
 ("Ceyhun Axundzadə", "PER", "idarə heyətinin sədri", "Ələt Azad İqtisadi Zonası Hakimiyyəti", ["Ceyhun Axundzadə", "Axundzadə"]),
 ("Samir Vəlibəyli", "PER", "baş direktor", "Azərbaycan", ["Samir Vəlibəyli"]),
 ("Zaur Hümbətli", "PER", "iqtisadiyyat naziri", "Azərbaycan", ["Zaur Hümbətli"]),
 ("Çin Ticarət Nazirliyi", "ORG", None, None, ["Çin Ticarət Nazirliyinin"]),
 ("Ələt Azad İqtisadi Zonası Hakimiyyəti", "ORG", None, None, ["Ələt Azad İqtisadi Zonası Hakimiyyətinin"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Ələt Azad İqtisadi Zonası", "LOC", None, None, ["Ələt Azad İqtisadi Zonasında", "Ələt Azad İqtisadi Zonasına"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Çin", "LOC", None, None, ["Çin Xalq Respublikasının", "Çin"]),
 ("Bakı Beynəlxalq Dəniz Ticarət Limanı", "LOC", None, None, ["Bakı Beynəlxalq Dəniz Ticarət Limanına"]),
 ("Avropa", "LOC", None, None, ["Avropa"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Pekin", "LOC", None, None, ["Pekində"]),
 ("Sumqayıt Kimya Sənaye Parkı", "LOC", None, None, ["Sumqayıt Kimya Sənaye Parkında"]),
], [
 E("VISIT", ["Li Xaytao"], "Bakı", "2026-07-08", "happened", "Ölkəmizdə işgüzar səfərdə olan",
   ["ticarət", "investisiyalar"], date_text="dünən"),
 E("VISIT", ["Li Xaytao"], "Ələt Azad İqtisadi Zonası", "2026-07-09", "happened", "Ölkəmizdə işgüzar səfərdə olan",
   ["azad iqtisadi zona", "investisiyalar"], place="Ələt Azad İqtisadi Zonası", date_text="bu gün"),
 E("MEET", ["Ceyhun Axundzadə", "Li Xaytao"], "Ələt Azad İqtisadi Zonası", "2026-07-09", "happened", "qonaqları Ələt Azad",
   ["azad iqtisadi zona", "vergi güzəştləri"], host="Ceyhun Axundzadə", date_text="bu gün"),
 E("VISIT", ["Li Xaytao"], "Bakı Beynəlxalq Dəniz Ticarət Limanı", "2026-07-09", "happened", "Ardınca qonaqlar yaxınlıqdakı",
   ["limanlar", "tranzit daşımaları"], place="Bakı Beynəlxalq Dəniz Ticarət Limanı"),
 E("MEET", ["Samir Vəlibəyli", "Li Xaytao"], "Bakı Beynəlxalq Dəniz Ticarət Limanı", "2026-07-09", "happened", "Burada limanın baş direktoru",
   ["limanlar", "tranzit daşımaları"]),
 E("MEET", ["Li Xaytao", "Zaur Hümbətli"], None, "2026-07-08", "happened", "Həmin gün Li Xaytao",
   ["ticarət"], date_text="Həmin gün"),
 E("VISIT", ["Li Xaytao"], "Sumqayıt Kimya Sənaye Parkı", "2026-07-10", "planned", "Sabah qonaqları Sumqayıt",
   ["sənaye"], place="Sumqayıt Kimya Sənaye Parkı", date_text="Sabah"),
])

A("618_bekirli_marubeni_lacin_gulabird_azertac.txt", "AZERTAC", """date 2026-10-14
Elçin Bəkirli "Marubeni" korporasiyasının vitse-prezidenti ilə Laçında olub

Bazar ertəsi energetika naziri Elçin Bəkirli və Bakıda səfərdə olan Yaponiyanın "Marubeni" korporasiyasının vitse-prezidenti Hiroki Nakamura Laçın rayonuna gediblər. AZERTAC xəbər verir ki, qonaqlar əvvəlcə Gülabird su elektrik stansiyasını ziyarət ediblər.

Burada "Azərenerji" ASC-nin prezidenti Mübariz Əsgərzadə onlara stansiyanın iş rejimi, Həkəri çayı hövzəsində tikilən digər kiçik su elektrik stansiyalarının enerji sisteminə inteqrasiyası haqqında məlumat verib. Bildirilib ki, işğaldan azad olunmuş ərazilərdə hazırda ümumi gücü 270 meqavatdan çox olan 30-dan artıq su elektrik stansiyası fəaliyyət göstərir.

Daha sonra nazir və yapon qonaq Laçın rayonunda Prezidentin xüsusi nümayəndəsi Fuad Cəfərli ilə görüşüblər. Görüşdə rayonun bərpası gedişində tətbiq olunan "ağıllı şəbəkə" həllərindən söz açılıb.

Səfərdən bir gün sonra, dünən Bakıda Energetika Nazirliyi ilə "Marubeni" arasında Qarabağ və Şərqi Zəngəzur iqtisadi rayonlarında köhnə su elektrik stansiyalarının modernləşdirilməsinə dair anlaşma memorandumu imzalanıb. Sənədi nazir Elçin Bəkirli və Hiroki Nakamura imzalayıblar.

Hiroki Nakamura jurnalistlərə bildirib ki, noyabrda şirkətin mühəndislər qrupu ilə yenidən Azərbaycana gələcək.
""", [
 ("Elçin Bəkirli", "PER", "energetika naziri", "Energetika Nazirliyi", ["Elçin Bəkirli"]),
 ("Hiroki Nakamura", "PER", "vitse-prezident", "Marubeni", ["Hiroki Nakamura"]),
 ("Mübariz Əsgərzadə", "PER", "prezident", "Azərenerji", ["Mübariz Əsgərzadə"]),
 ("Fuad Cəfərli", "PER", "prezidentin xüsusi nümayəndəsi", "Azərbaycan", ["Fuad Cəfərli"]),
 ("Marubeni", "ORG", None, None, ["Marubeni"]),
 ("Azərenerji", "ORG", None, None, ["Azərenerji"]),
 ("Energetika Nazirliyi", "ORG", None, None, ["Energetika Nazirliyi"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Laçın", "LOC", None, None, ["Laçında", "Laçın"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Yaponiya", "LOC", None, None, ["Yaponiyanın"]),
 ("Gülabird su elektrik stansiyası", "LOC", None, None, ["Gülabird su elektrik stansiyasını"]),
 ("Həkəri çayı", "LOC", None, None, ["Həkəri çayı"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağ"]),
 ("Şərqi Zəngəzur", "LOC", None, None, ["Şərqi Zəngəzur"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycana"]),
], [
 E("VISIT", ["Elçin Bəkirli", "Hiroki Nakamura"], "Laçın", "2026-10-12", "happened", "Bazar ertəsi energetika naziri",
   ["bərpa olunan enerji", "su elektrik stansiyaları"], date_text="Bazar ertəsi"),
 E("VISIT", ["Hiroki Nakamura"], "Bakı", "2026-10-12", "happened", "Bazar ertəsi energetika naziri",
   ["bərpa olunan enerji"], date_text="Bazar ertəsi"),
 E("VISIT", ["Elçin Bəkirli", "Hiroki Nakamura"], "Gülabird su elektrik stansiyası", "2026-10-12", "happened", "qonaqlar əvvəlcə Gülabird",
   ["su elektrik stansiyaları"], place="Gülabird su elektrik stansiyası", date_text="Bazar ertəsi"),
 E("MEET", ["Mübariz Əsgərzadə", "Elçin Bəkirli", "Hiroki Nakamura"], "Gülabird su elektrik stansiyası", "2026-10-12", "happened",
   "Burada \"Azərenerji\" ASC-nin", ["su elektrik stansiyaları", "enerji sistemi"], date_text="Bazar ertəsi"),
 E("MEET", ["Elçin Bəkirli", "Hiroki Nakamura", "Fuad Cəfərli"], "Laçın", "2026-10-12", "happened", "Daha sonra nazir və yapon",
   ["bərpa", "ağıllı şəbəkə"], date_text="Bazar ertəsi"),
 E("SIGN", ["Elçin Bəkirli", "Hiroki Nakamura"], "Bakı", "2026-10-13", "happened", "Səfərdən bir gün sonra",
   ["su elektrik stansiyaları", "modernləşdirmə"], date_text="dünən"),
 E("VISIT", ["Hiroki Nakamura"], "Azərbaycan", "2026-11", "planned", "Hiroki Nakamura jurnalistlərə",
   ["su elektrik stansiyaları"], date_text="noyabrda"),
])

A("619_agalarov_london_road_shou_trend.txt", "trend.az", """date 2026-11-05
Londonda Azərbaycanın investisiya imkanlarına həsr olunmuş road-şou keçirilib

Trend xəbər verir ki, noyabrın 3-də Londonda İqtisadiyyat Nazirliyi və AZPROMO-nun birgə təşkilatçılığı ilə Azərbaycanın investisiya imkanlarına həsr olunmuş road-şou baş tutub. Tədbirə Britaniya şirkətlərinin, investisiya fondlarının və bankların 40-dan artıq təmsilçisi qatılıb.

Bazar günü Londona gəlmiş iqtisadiyyat nazirinin müavini Rəşid Ağalarov road-şounu açaraq Qarabağ və Şərqi Zəngəzurda yaradılan sənaye parklarında rezidentlərə tanınan imtiyazlardan, Ələt Azad İqtisadi Zonasının hüquqi rejimindən bəhs edib. AZPROMO-nun icraçı direktoru Tofiq Qənbərli ölkənin ixrac potensialına dair təqdimatla çıxış edib. Tədbirdə Böyük Britaniya hökumətinin Cənubi Qafqaz üzrə ticarət elçisi Riçard Bakston da söz alıb.

Dünən Ağalarov Avropa Yenidənqurma və İnkişaf Bankının (AYİB) baş ofisində Bankın birinci vitse-prezidenti Marianna Hoffmann ilə görüşüb. Tərəflər AYİB-in Azərbaycanda bərpa olunan enerji, su təchizatı və şəhər nəqliyyatı layihələrinə ayırdığı vəsaitin artırılmasını müzakirə ediblər.

Nazir müavininin çərşənbə axşamı Britaniyanın Biznes və Ticarət Nazirliyində dövlət naziri Emili Karterlə də görüşü planlaşdırılmışdı, lakin parlamentdə təxirəsalınmaz səsvermə ilə bağlı bu görüş ləğv edilib.

Road-şounun növbəti mərhələsi noyabrın 10-da Frankfurtda keçiriləcək. Ağalarovun oraya yollanacağı və tədbiri açacağı bildirilir.
""", [
 ("Rəşid Ağalarov", "PER", "iqtisadiyyat nazirinin müavini", "İqtisadiyyat Nazirliyi", ["Rəşid Ağalarov", "Ağalarov", "Ağalarovun"]),
 ("Tofiq Qənbərli", "PER", "icraçı direktor", "Azərbaycan İxracın və İnvestisiyaların Təşviqi Agentliyi", ["Tofiq Qənbərli"]),
 ("Riçard Bakston", "PER", "ticarət elçisi", "Böyük Britaniya", ["Riçard Bakston"]),
 ("Marianna Hoffmann", "PER", "birinci vitse-prezident", "Avropa Yenidənqurma və İnkişaf Bankı", ["Marianna Hoffmann"]),
 ("Emili Karter", "PER", "dövlət naziri", "Böyük Britaniya Biznes və Ticarət Nazirliyi", ["Emili Karterlə"]),
 ("İqtisadiyyat Nazirliyi", "ORG", None, None, ["İqtisadiyyat Nazirliyi"]),
 ("Azərbaycan İxracın və İnvestisiyaların Təşviqi Agentliyi", "ORG", None, None, ["AZPROMO-nun"]),
 ("Avropa Yenidənqurma və İnkişaf Bankı", "ORG", None, None, ["Avropa Yenidənqurma və İnkişaf Bankının", "AYİB", "Bankın", "AYİB-in"]),
 ("Böyük Britaniya Biznes və Ticarət Nazirliyi", "ORG", None, None, ["Biznes və Ticarət Nazirliyində"]),
 ("Trend", "ORG", None, None, ["Trend"]),
 ("London", "LOC", None, None, ["Londonda", "Londona"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın", "Azərbaycanda"]),
 ("Böyük Britaniya", "LOC", None, None, ["Britaniya", "Böyük Britaniya", "Britaniyanın"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağ"]),
 ("Şərqi Zəngəzur", "LOC", None, None, ["Şərqi Zəngəzurda"]),
 ("Ələt Azad İqtisadi Zonası", "LOC", None, None, ["Ələt Azad İqtisadi Zonasının"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqaz"]),
 ("Frankfurt", "LOC", None, None, ["Frankfurtda"]),
], [
 E("ATTEND", ["Rəşid Ağalarov"], "London", "2026-11-03", "happened", "road-şounu açaraq",
   ["investisiyalar", "sənaye parkları"], date_text="noyabrın 3-də",
   event_name="Azərbaycanın investisiya imkanlarına həsr olunmuş road-şou"),
 E("VISIT", ["Rəşid Ağalarov"], "London", "2026-11-01", "happened", "road-şounu açaraq",
   ["investisiyalar"], date_text="Bazar günü"),
 E("ATTEND", ["Tofiq Qənbərli"], "London", "2026-11-03", "happened", "ölkənin ixrac potensialına",
   ["ixrac"], date_text="noyabrın 3-də", event_name="Azərbaycanın investisiya imkanlarına həsr olunmuş road-şou"),
 E("ATTEND", ["Riçard Bakston"], "London", "2026-11-03", "happened", "Tədbirdə Böyük Britaniya",
   ["ticarət"], date_text="noyabrın 3-də", event_name="Azərbaycanın investisiya imkanlarına həsr olunmuş road-şou"),
 E("MEET", ["Rəşid Ağalarov", "Marianna Hoffmann"], "Avropa Yenidənqurma və İnkişaf Bankı", "2026-11-04", "happened",
   "Dünən Ağalarov Avropa", ["bərpa olunan enerji", "su təchizatı", "şəhər nəqliyyatı"], date_text="Dünən"),
 E("MEET", ["Rəşid Ağalarov", "Emili Karter"], "Böyük Britaniya Biznes və Ticarət Nazirliyi", "2026-11-03", "negated",
   "Nazir müavininin çərşənbə axşamı", ["ticarət"], date_text="çərşənbə axşamı"),
 E("VISIT", ["Rəşid Ağalarov"], "Frankfurt", "2026-11-10", "planned", "Ağalarovun oraya yollanacağı",
   ["investisiyalar"], date_text="noyabrın 10-da"),
 E("ATTEND", ["Rəşid Ağalarov"], "Frankfurt", "2026-11-10", "planned", "Ağalarovun oraya yollanacağı",
   ["investisiyalar"], date_text="noyabrın 10-da", event_name="road-şounun növbəti mərhələsi"),
])

A("620_qenberli_daskend_biznes_forum_metbuat.txt", "metbuat.az", """date 2026-09-25
Daşkənddə Azərbaycan–Özbəkistan biznes forumu keçirilib, 14 kommersiya sazişi imzalanıb

AZPROMO-nun təşkil etdiyi ticarət missiyası çərşənbə günü Daşkəndə gəlib. Missiyada qida, tikinti materialları, kimya və informasiya texnologiyaları sahələrində çalışan 45 yerli şirkət təmsil olunur, heyətə agentliyin icraçı direktoru Tofiq Qənbərli başçılıq edir.

Metbuat.az xəbər verir ki, cümə axşamı "Hyatt Regency Tashkent" mehmanxanasında keçirilən Azərbaycan–Özbəkistan biznes forumunu Tofiq Qənbərli və Özbəkistanın investisiya, sənaye və ticarət nazirinin müavini Şerzod Ahmedov birlikdə açıblar. Forumda 200-ə yaxın iş adamı iştirak edib.

Tədbirin işgüzar hissəsində keçirilən fərdi görüşlərdə tərəflər arasında ümumi dəyəri 60 milyon dollara yaxın olan 14 kommersiya sazişi imzalanıb. Onların arasında "Azersun Holding" ilə "Artel" şirkəti arasında məişət texnikası üçün qablaşdırma materiallarının birgə istehsalına dair müqavilə də var.

Forumdan sonra Qənbərli Ahmedovla ikitərəfli görüş keçirib. Görüşdə Daşkənddə Azərbaycan ticarət evinin açılışı, özbək tekstil məhsullarının Ələt limanı vasitəsilə Avropa bazarlarına çıxarılması müzakirə olunub.

Missiyanın bu gün Səmərqəndə yollanması gözlənilir. Orada azərbaycanlı iş adamlarının vilayət hakimliyinin rəhbərliyi və yerli sahibkarlarla görüşləri planlaşdırılıb.
""", [
 ("Tofiq Qənbərli", "PER", "icraçı direktor", "Azərbaycan İxracın və İnvestisiyaların Təşviqi Agentliyi", ["Tofiq Qənbərli", "Qənbərli"]),
 ("Şerzod Ahmedov", "PER", "investisiya, sənaye və ticarət nazirinin müavini", "Özbəkistan", ["Şerzod Ahmedov", "Ahmedovla"]),
 ("Azərbaycan İxracın və İnvestisiyaların Təşviqi Agentliyi", "ORG", None, None, ["AZPROMO-nun"]),
 ("Azersun Holding", "ORG", None, None, ["Azersun Holding"]),
 ("Artel", "ORG", None, None, ["Artel"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az"]),
 ("Daşkənd", "LOC", None, None, ["Daşkənddə", "Daşkəndə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistan", "Özbəkistanın"]),
 ("Hyatt Regency Tashkent", "LOC", None, None, ["Hyatt Regency Tashkent"]),
 ("Ələt", "LOC", None, None, ["Ələt"]),
 ("Avropa", "LOC", None, None, ["Avropa"]),
 ("Səmərqənd", "LOC", None, None, ["Səmərqəndə"]),
], [
 E("VISIT", ["Tofiq Qənbərli"], "Daşkənd", "2026-09-23", "happened", "ticarət missiyası çərşənbə günü",
   ["ticarət", "ixrac"], date_text="çərşənbə günü"),
 E("ATTEND", ["Tofiq Qənbərli"], "Hyatt Regency Tashkent", "2026-09-24", "happened", "Metbuat.az xəbər verir ki, cümə axşamı",
   ["ticarət", "ixrac"], date_text="cümə axşamı", event_name="Azərbaycan–Özbəkistan biznes forumu"),
 E("ATTEND", ["Şerzod Ahmedov"], "Hyatt Regency Tashkent", "2026-09-24", "happened", "Metbuat.az xəbər verir ki, cümə axşamı",
   ["ticarət"], date_text="cümə axşamı", event_name="Azərbaycan–Özbəkistan biznes forumu"),
 E("SIGN", ["Azersun Holding", "Artel"], "Hyatt Regency Tashkent", "2026-09-24", "happened", "Onların arasında \"Azersun",
   ["sənaye kooperasiyası"], date_text="cümə axşamı"),
 E("MEET", ["Tofiq Qənbərli", "Şerzod Ahmedov"], "Hyatt Regency Tashkent", "2026-09-24", "happened", "Forumdan sonra Qənbərli",
   ["ticarət evi", "tranzit daşımaları"], date_text="Forumdan sonra"),
 E("VISIT", ["Tofiq Qənbərli"], "Səmərqənd", "2026-09-25", "planned", "Missiyanın bu gün Səmərqəndə",
   ["ticarət"], date_text="bu gün"),
])
