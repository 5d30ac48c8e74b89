A("520_selimov_etimadnameler_zugulba_azertac.txt", "AZERTAC", """date 2026-01-14
Üç ölkənin yeni səfiri etimadnamələrini Prezident Teymur Səlimova təqdim edib

Bakı, 14 yanvar, AZERTAC

Azərbaycana yeni təyin olunmuş üç səfir bu gün Zuğulbadakı iqamətgahda etimadnamələrini dövlətimizin başçısına təqdim edib. Söhbət İsveç Krallığının fövqəladə və səlahiyyətli səfiri Yohan Sandberq, Meksika Birləşmiş Ştatlarının səfiri Alexandro Kastilyo və Keniya Respublikasının səfiri Cozef Kamaudan gedir.

Etimadnamələri aldıqdan sonra Prezident Teymur Səlimov qonaqların hər biri ilə növbə ilə təkbətək həmsöhbət olub. Sandberqlə söhbətdə Xəzər dənizində külək elektrik stansiyalarının tikintisinə Skandinaviya şirkətlərinin cəlbinə dair fikirlər bölüşülüb. Kastilyo Meksikanın Bakıda fəxri konsulluq açmağa hazırlaşdığını bildirib, Kamau isə iqlim maliyyəsi üzrə danışıqlarda Azərbaycanın vasitəçilik təcrübəsini yüksək qiymətləndirib.

Səfirlər öz ölkələrinin rəhbərlərinin səmimi arzularını Teymur Səlimova yetiriblər. Prezident də bu diqqətə görə təşəkkürünü bildirərək onların da qarşılıqlı salamlarının çatdırılmasını xahiş edib.

Xatırladaq ki, diplomatik ənənəyə uyğun olaraq səfirlər ötən həftə etimadnamə surətlərini nazir müavini Leyla Hacızadəyə vermişdilər. İsveç səfirinin fevralda Gəncəyə gedərək orada şəhər icra hakimiyyətinin başçısı ilə görüşməsi də planlaşdırılır.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimova", "Teymur Səlimov"]),
 ("Yohan Sandberq", "PER", "səfir", "İsveç", ["Yohan Sandberq", "Sandberqlə"]),
 ("Alexandro Kastilyo", "PER", "səfir", "Meksika", ["Alexandro Kastilyo", "Kastilyo"]),
 ("Cozef Kamau", "PER", "səfir", "Keniya", ["Cozef Kamaudan", "Kamau"]),
 ("Leyla Hacızadə", "PER", "nazir müavini", "Azərbaycan", ["Leyla Hacızadəyə"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıda"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycana", "Azərbaycanın"]),
 ("Zuğulba", "LOC", None, None, ["Zuğulbadakı"]),
 ("İsveç", "LOC", None, None, ["İsveç Krallığının", "İsveç"]),
 ("Meksika", "LOC", None, None, ["Meksika Birləşmiş Ştatlarının", "Meksikanın"]),
 ("Keniya", "LOC", None, None, ["Keniya Respublikasının"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizində"]),
 ("Skandinaviya", "LOC", None, None, ["Skandinaviya"]),
 ("Gəncə", "LOC", None, None, ["Gəncəyə"]),
], [
 E("MEET", ["Teymur Səlimov", "Yohan Sandberq"], "Zuğulba", "2026-01-14", "happened", "üç səfir bu gün Zuğulbadakı",
   ["etimadnamə", "bərpa olunan enerji"], host="Teymur Səlimov", date_text="bu gün"),
 E("MEET", ["Teymur Səlimov", "Alexandro Kastilyo"], "Zuğulba", "2026-01-14", "happened", "üç səfir bu gün Zuğulbadakı",
   ["etimadnamə", "konsulluq"], host="Teymur Səlimov", date_text="bu gün"),
 E("MEET", ["Teymur Səlimov", "Cozef Kamau"], "Zuğulba", "2026-01-14", "happened", "üç səfir bu gün Zuğulbadakı",
   ["etimadnamə", "iqlim maliyyəsi"], host="Teymur Səlimov", date_text="bu gün"),
 E("MEET", ["Leyla Hacızadə", "Yohan Sandberq"], None, "2026-01", "happened", "səfirlər ötən həftə etimadnamə",
   ["etimadnamə"], host="Leyla Hacızadə", date_text="ötən həftə"),
 E("MEET", ["Leyla Hacızadə", "Alexandro Kastilyo"], None, "2026-01", "happened", "səfirlər ötən həftə etimadnamə",
   ["etimadnamə"], host="Leyla Hacızadə", date_text="ötən həftə"),
 E("MEET", ["Leyla Hacızadə", "Cozef Kamau"], None, "2026-01", "happened", "səfirlər ötən həftə etimadnamə",
   ["etimadnamə"], host="Leyla Hacızadə", date_text="ötən həftə"),
 E("VISIT", ["Yohan Sandberq"], "Gəncə", "2026-02", "planned", "İsveç səfirinin fevralda",
   ["regional əməkdaşlıq"], date_text="fevralda"),
])

A("521_selimov_kiknadze_sarsenbayev_telefon_apa.txt", "APA", """date 2026-03-03
Teymur Səlimov Gürcüstan və Qazaxıstan prezidentləri ilə telefonla danışıb

Gürcüstan Prezidenti Levan Kiknadze dünən axşam Prezident Teymur Səlimova zəng edib. O, ötən həftə Gürcüstanın cənubunda baş vermiş daşqınlardan sonra göndərilən humanitar yardıma görə azərbaycanlı həmkarına minnətdarlığını bildirib.

Dövlət başçısının mətbuat xidməti APA-ya bildirib ki, liderlər Qırmızı Körpüdəki yeni keçid məntəqəsinin tikintisinin gedişini, dəmiryol yükdaşımalarının həcmini artırmağın yollarını və Tbilisidə açılacaq Azərbaycan məktəbinin layihəsini müzakirə ediblər. Söhbət zamanı Gürcüstan Prezidentinin aprel ayında Azərbaycana rəsmi səfərinin hazırlığı da nəzərdən keçirilib.

Həmin gün dövlətimizin başçısı ilə Qazaxıstan Prezidenti Erlan Sarsenbayev arasında da telefon danışığı olub. Erlan Sarsenbayev həmkarını doğum günü ilə təbrik edərək ona uzun ömür və yeni uğurlar diləyib. Liderlər Xəzər dənizi üzərindən keçən Orta Dəhlizin buraxılış qabiliyyətinin artırılmasına da toxunublar.

Prezidentin köməkçisi Orxan Zeynallının jurnalistlərə bildirdiyinə görə, bu həftə Teymur Səlimovun Özbəkistan Prezidenti Şuhrat Alimovla da telefon danışığı gözlənilir.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov", "Teymur Səlimova", "Teymur Səlimovun"]),
 ("Levan Kiknadze", "PER", "Prezident", "Gürcüstan", ["Levan Kiknadze"]),
 ("Erlan Sarsenbayev", "PER", "Prezident", "Qazaxıstan", ["Erlan Sarsenbayev"]),
 ("Orxan Zeynallı", "PER", "prezidentin köməkçisi", "Azərbaycan", ["Orxan Zeynallının"]),
 ("Şuhrat Alimov", "PER", "Prezident", "Özbəkistan", ["Şuhrat Alimovla"]),
 ("APA", "ORG", None, None, ["APA-ya"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan", "Gürcüstanın"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan"]),
 ("Qırmızı Körpü", "LOC", None, None, ["Qırmızı Körpüdəki"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisidə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycana"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizi"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistan"]),
], [
 E("CALL", ["Levan Kiknadze", "Teymur Səlimov"], None, "2026-03-02", "happened", "Levan Kiknadze dünən axşam",
   ["sərhəd-keçid məntəqəsi", "yükdaşımalar"], date_text="dünən"),
 E("VISIT", ["Levan Kiknadze"], "Azərbaycan", "2026-04", "planned", "Söhbət zamanı Gürcüstan Prezidentinin",
   ["ikitərəfli münasibətlər"], date_text="aprel ayında"),
 E("CALL", ["Teymur Səlimov", "Erlan Sarsenbayev"], None, "2026-03-02", "happened", "Həmin gün dövlətimizin başçısı ilə",
   ["təbrik", "nəqliyyat"], date_text="Həmin gün"),
 E("CALL", ["Teymur Səlimov", "Şuhrat Alimov"], None, "2026-03", "planned", "bu həftə Teymur Səlimovun",
   ["ikitərəfli münasibətlər"], date_text="bu həftə"),
])

A("522_vekilova_bp_equinor_trend.txt", "trend.az", """date 2026-02-05
Birinci vitse-prezident bp və Equinor şirkətlərinin rəhbərlərini qəbul edib

Birinci vitse-prezident Nərmin Vəkilova bu gün bp şirkətinin Azərbaycan, Gürcüstan və Türkiyəni əhatə edən regional bölməsinin rəhbəri Endryu Makkenzini qəbul edib.

Trend-ə Birinci vitse-prezidentin mətbuat xidmətindən verilən məlumata görə, söhbət zamanı Azəri–Çıraq–Günəşli yataqlar blokunda yeni hasilat platformasının layihələndirilməsi, Səngəçal terminalında karbon tutulması texnologiyalarının tətbiqi və Qarabağda günəş enerjisi layihəsinin icrası barədə fikir mübadiləsi aparılıb.

Daha sonra Nərmin Vəkilova Norveçin Equinor şirkətinin icraçı vitse-prezidenti Hanne Torsetlə görüşüb. Torset şirkətin Xəzərdə dərin su qatlarında kəşfiyyat proqramını genişləndirmək niyyətində olduğunu deyib.

Həmin gün SOCAR-ın prezidenti Rövşən Nağıyev də Endryu Makkenzi ilə bir araya gəlib. Bildirilib ki, SOCAR və bp arasında Qarabağda günəş stansiyasının tikintisinə dair investisiya sazişinin mart ayında imzalanması gözlənilir.

Equinor nümayəndə heyəti sabah Səngəçal terminalında olacaq, Torset orada yerli mühəndislərlə söhbət edəcək.
""", [
 ("Nərmin Vəkilova", "PER", "birinci vitse-prezident", "Azərbaycan", ["Nərmin Vəkilova"]),
 ("Endryu Makkenzi", "PER", "regional bölmənin rəhbəri", "bp", ["Endryu Makkenzini", "Endryu Makkenzi"]),
 ("Hanne Torset", "PER", "icraçı vitse-prezident", "Equinor", ["Hanne Torsetlə", "Torset"]),
 ("Rövşən Nağıyev", "PER", "prezident", "Azərbaycan Respublikası Dövlət Neft Şirkəti", ["Rövşən Nağıyev"]),
 ("bp", "ORG", None, None, ["bp"]),
 ("Equinor", "ORG", None, None, ["Equinor"]),
 ("Azərbaycan Respublikası Dövlət Neft Şirkəti", "ORG", None, None, ["SOCAR-ın", "SOCAR"]),
 ("Trend", "ORG", None, None, ["Trend-ə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyəni"]),
 ("Azəri–Çıraq–Günəşli", "LOC", None, None, ["Azəri–Çıraq–Günəşli"]),
 ("Səngəçal terminalı", "LOC", None, None, ["Səngəçal terminalında"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağda"]),
 ("Norveç", "LOC", None, None, ["Norveçin"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzərdə"]),
], [
 E("MEET", ["Nərmin Vəkilova", "Endryu Makkenzi"], None, "2026-02-05", "happened", "Nərmin Vəkilova bu gün bp şirkətinin",
   ["neft-qaz hasilatı", "karbon tutulması", "günəş enerjisi"], host="Nərmin Vəkilova", date_text="bu gün"),
 E("MEET", ["Nərmin Vəkilova", "Hanne Torset"], None, "2026-02-05", "happened", "Daha sonra Nərmin Vəkilova",
   ["kəşfiyyat", "neft-qaz hasilatı"], date_text="Daha sonra"),
 E("MEET", ["Rövşən Nağıyev", "Endryu Makkenzi"], None, "2026-02-05", "happened", "Həmin gün SOCAR-ın prezidenti",
   ["günəş enerjisi", "investisiyalar"], date_text="Həmin gün"),
 E("SIGN", ["Azərbaycan Respublikası Dövlət Neft Şirkəti", "bp"], None, "2026-03", "planned", "Bildirilib ki, SOCAR və bp",
   ["günəş enerjisi", "investisiyalar"], date_text="mart ayında"),
 E("VISIT", ["Hanne Torset"], "Səngəçal terminalı", "2026-02-06", "planned", "Equinor nümayəndə heyəti sabah",
   ["neft-qaz infrastrukturu"], place="Səngəçal terminalı", date_text="sabah"),
])

A("523_selimov_munhen_konfransi_report.txt", "report.az", """date 2026-02-14
Teymur Səlimov Münhendə: Prezident təhlükəsizlik konfransında panel iştirakçısı olub

Münhen, 14 fevral, Report

Prezident Teymur Səlimov dünən işgüzar səfərlə Münhenə gəlib. Dövlətimizin başçısı fevralın 13-də başlayan 62-ci Münhen Təhlükəsizlik Konfransının işinə qatılıb.

Bu gün "Avrasiyanın bağlantıları: yeni geosiyasi xəritə" adlı panel müzakirəsində söz alan Prezident Cənubi Qafqazda sülh razılaşmasından sonra açılan kommunikasiyaların Avropa ilə Asiya arasındakı yükdaşımalara verə biləcəyi töhfədən danışıb.

Report-un məlumatına görə, bu gün konfransın kənarında dövlətimizin başçısı Almaniya Federal Kansleri Matias Kornelsen ilə görüşüb. Söhbətdə alman şirkətlərinin Azərbaycanın işğaldan azad olunmuş ərazilərində "ağıllı kənd" layihələrinə qoşulması müzakirə edilib.

Dünən axşam Bavariyanın Baş naziri Florian Haslinger Münhen Rezidensiyasında Teymur Səlimovun şərəfinə şam yeməyi verib.

Konfrans çərçivəsində Prezident NATO-nun Baş katibi Piter van Dorn və Finlandiya Prezidenti Mikko Lahtinen ilə də ayrıca görüşlər keçirib. ABŞ-ın dövlət katibi Maykl Brennan ilə görüş də proqramda var idi, lakin qrafiklərin üst-üstə düşməsi səbəbindən baş tutmayıb.

Sabah dövlətimizin başçısının Bavariyada yaşayan azərbaycanlılarla görüşməsi gözlənilir.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov", "Teymur Səlimovun"]),
 ("Matias Kornelsen", "PER", "federal kansler", "Almaniya", ["Matias Kornelsen"]),
 ("Florian Haslinger", "PER", "baş nazir", "Bavariya", ["Florian Haslinger"]),
 ("Piter van Dorn", "PER", "baş katib", "Şimali Atlantika Müqaviləsi Təşkilatı", ["Piter van Dorn"]),
 ("Mikko Lahtinen", "PER", "Prezident", "Finlandiya", ["Mikko Lahtinen"]),
 ("Maykl Brennan", "PER", "dövlət katibi", "ABŞ", ["Maykl Brennan"]),
 ("Şimali Atlantika Müqaviləsi Təşkilatı", "ORG", None, None, ["NATO-nun"]),
 ("Report", "ORG", None, None, ["Report", "Report-un"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Münhen", "LOC", None, None, ["Münhendə", "Münhen", "Münhenə"]),
 ("Münhen Rezidensiyası", "LOC", None, None, ["Münhen Rezidensiyasında"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqazda"]),
 ("Avropa", "LOC", None, None, ["Avropa"]),
 ("Asiya", "LOC", None, None, ["Asiya"]),
 ("Almaniya", "LOC", None, None, ["Almaniya"]),
 ("Bavariya", "LOC", None, None, ["Bavariyanın", "Bavariyada"]),
 ("Finlandiya", "LOC", None, None, ["Finlandiya"]),
 ("ABŞ", "LOC", None, None, ["ABŞ-ın"]),
], [
 E("VISIT", ["Teymur Səlimov"], "Münhen", "2026-02-13", "happened", "Prezident Teymur Səlimov dünən işgüzar",
   ["təhlükəsizlik"], date_text="dünən"),
 E("ATTEND", ["Teymur Səlimov"], "Münhen", "2026-02-13", "happened", "Dövlətimizin başçısı fevralın 13-də",
   ["təhlükəsizlik", "kommunikasiyalar"], date_text="fevralın 13-də", event_name="62-ci Münhen Təhlükəsizlik Konfransı"),
 E("MEET", ["Teymur Səlimov", "Matias Kornelsen"], "Münhen", "2026-02-14", "happened", "bu gün konfransın kənarında",
   ["ağıllı kənd", "investisiyalar"], date_text="bu gün"),
 E("MEET", ["Teymur Səlimov", "Florian Haslinger"], "Münhen Rezidensiyası", "2026-02-13", "happened", "Dünən axşam Bavariyanın",
   ["regional əməkdaşlıq"], host="Florian Haslinger", date_text="Dünən"),
 E("MEET", ["Teymur Səlimov", "Piter van Dorn"], "Münhen", None, "happened", "Konfrans çərçivəsində Prezident",
   ["təhlükəsizlik"]),
 E("MEET", ["Teymur Səlimov", "Mikko Lahtinen"], "Münhen", None, "happened", "Konfrans çərçivəsində Prezident",
   ["ikitərəfli münasibətlər"]),
 E("MEET", ["Teymur Səlimov", "Maykl Brennan"], "Münhen", None, "negated", "Maykl Brennan ilə görüş",
   ["ikitərəfli münasibətlər"]),
])

A("524_eleskerli_davos_forumu_azertac.txt", "AZERTAC", """date 2026-01-22
Baş nazir Nicat Ələsgərli Davosda: forum çərçivəsində bir sıra görüşlər keçirilib

Davos, 22 yanvar, AZERTAC

İsveçrənin Davos şəhərində yanvarın 19-da açılan Dünya İqtisadi Forumunun illik toplantısında Azərbaycanı Baş nazir Nicat Ələsgərli təmsil edir. Hökumət başçısı Alp dağlarındakı kurort şəhərinə bazar ertəsi axşam gəlib.

Çərşənbə axşamı forumun kənarında Nicat Ələsgərli təşkilatın prezidenti Arne Fosli ilə görüşüb. Söhbət zamanı Bakıda Dünya İqtisadi Forumunun Cənubi Qafqaz üzrə mərkəzinin açılması ideyası müzakirə olunub.

Çərşənbə günü Baş nazir forumun kənarında Siemens Energy şirkətinin İdarə Heyətinin sədri Kristian Brukmann, daha sonra isə Masdar şirkətinin baş icraçı direktoru Mahmud əl-Kətbi ilə ayrı-ayrılıqda görüşüb. Söhbətlərdə yaşıl enerjinin Avropaya ötürülməsi, Naxçıvanda günəş stansiyalarının tikintisi kimi layihələr ətraflı nəzərdən keçirilib.

Bu gün hökumət başçısı "Orta güclər və yeni ticarət marşrutları" adlı paneldə çıxış edərək Azərbaycanın Avrasiya nəqliyyat xəritəsindəki rolundan bəhs edib.

Sabah Davosda Nicat Ələsgərlinin İsveçrə Konfederasiyasının Prezidenti Beat Hofstetter ilə görüşü planlaşdırılır. Baş nazirin şənbə günü Bakıya qayıdacağı bildirilir.
""", [
 ("Nicat Ələsgərli", "PER", "baş nazir", "Azərbaycan", ["Nicat Ələsgərli", "Nicat Ələsgərlinin"]),
 ("Arne Fosli", "PER", "prezident", "Dünya İqtisadi Forumu", ["Arne Fosli"]),
 ("Kristian Brukmann", "PER", "idarə heyətinin sədri", "Siemens Energy", ["Kristian Brukmann"]),
 ("Mahmud əl-Kətbi", "PER", "baş icraçı direktor", "Masdar", ["Mahmud əl-Kətbi"]),
 ("Beat Hofstetter", "PER", "Prezident", "İsveçrə", ["Beat Hofstetter"]),
 ("Dünya İqtisadi Forumu", "ORG", None, None, ["Dünya İqtisadi Forumunun"]),
 ("Siemens Energy", "ORG", None, None, ["Siemens Energy"]),
 ("Masdar", "ORG", None, None, ["Masdar"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Davos", "LOC", None, None, ["Davosda", "Davos"]),
 ("İsveçrə", "LOC", None, None, ["İsveçrənin", "İsveçrə Konfederasiyasının"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanı", "Azərbaycanın"]),
 ("Alp dağları", "LOC", None, None, ["Alp dağlarındakı"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqaz"]),
 ("Avropa", "LOC", None, None, ["Avropaya"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvanda"]),
 ("Avrasiya", "LOC", None, None, ["Avrasiya"]),
], [
 E("ATTEND", ["Nicat Ələsgərli"], "Davos", "2026-01-19", "happened", "İsveçrənin Davos şəhərində",
   ["iqtisadiyyat", "ticarət marşrutları"], date_text="yanvarın 19-da",
   event_name="Dünya İqtisadi Forumunun illik toplantısı"),
 E("VISIT", ["Nicat Ələsgərli"], "Davos", "2026-01-19", "happened", "Hökumət başçısı Alp dağlarındakı",
   ["iqtisadiyyat"], date_text="bazar ertəsi"),
 E("MEET", ["Nicat Ələsgərli", "Arne Fosli"], "Davos", "2026-01-20", "happened", "Çərşənbə axşamı forumun kənarında",
   ["regional mərkəz"], date_text="Çərşənbə axşamı"),
 E("MEET", ["Nicat Ələsgərli", "Kristian Brukmann"], "Davos", "2026-01-21", "happened", "Çərşənbə günü Baş nazir",
   ["yaşıl enerji"], date_text="Çərşənbə günü"),
 E("MEET", ["Nicat Ələsgərli", "Mahmud əl-Kətbi"], "Davos", "2026-01-21", "happened", "Çərşənbə günü Baş nazir",
   ["yaşıl enerji", "günəş enerjisi"], date_text="Çərşənbə günü"),
 E("MEET", ["Nicat Ələsgərli", "Beat Hofstetter"], "Davos", "2026-01-23", "planned", "Sabah Davosda Nicat",
   ["ikitərəfli münasibətlər"], date_text="Sabah"),
])

A("525_kazimli_fransa_sefiri_oxu.txt", "oxu.az", """date 2026-04-08
Fransanın yeni səfiri etimadnaməsinin surətini Ruslan Kazımlıya təqdim edib - OXU.AZ

OXU.AZ
Xəbərlər | Analitika | Siyasət | Biznes | Region | Multimedia
08.04.2026, 13:05
Fransanın yeni səfiri etimadnaməsinin surətini Ruslan Kazımlıya təqdim edib

Bu gün Ruslan Kazımlı Fransa Respublikasının ölkəmizə yeni təyin edilmiş səfiri Sesil Dümonu qəbul edib.

Oxu.az-a XİN-in mətbuat xidmətindən bildiriblər ki, səfir etimadnaməsinin surətini nazirə təqdim edib. Xarici işlər naziri diplomata yeni vəzifəsində uğurlar arzulayaraq ikitərəfli münasibətlərdə son illərdə yaranmış durğunluğun aradan qaldırılacağına ümid etdiyini vurğulayıb.

Günortadan sonra nazir diplomatik fəaliyyətini başa vuran Niderland Krallığının səfiri Rutxer van Dam ilə vida görüşü keçirib.

Həmin gün nazir müavini Leyla Hacızadə Braziliyanın Bakıdakı səfiri Paulo Rezende ilə görüşüb. Tərəflər siyasi məsləhətləşmələrin növbəti raundunun payızda Braziliyada keçirilməsi barədə razılığa gəliblər.

XİN-dən bildirilib ki, Kazımlının aprelin 14-də Parisə işgüzar səfəri gözlənilir.

Teqlər: XİN, Ruslan Kazımlı, Fransa, diplomatiya
Digər xəbərlər
Baş nazir Çexiya səfiri ilə görüşüb
Sumqayıtda tramvay xəttinin layihəsi hazırlanır
© OXU.AZ, 2026. Materiallardan istifadə edərkən istinad mütləqdir.
""", [
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Xarici İşlər Nazirliyi", ["Ruslan Kazımlıya", "Ruslan Kazımlı", "Kazımlının"]),
 ("Sesil Dümon", "PER", "səfir", "Fransa", ["Sesil Dümonu"]),
 ("Rutxer van Dam", "PER", "səfir", "Niderland", ["Rutxer van Dam"]),
 ("Leyla Hacızadə", "PER", "nazir müavini", "Xarici İşlər Nazirliyi", ["Leyla Hacızadə"]),
 ("Paulo Rezende", "PER", "səfir", "Braziliya", ["Paulo Rezende"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["XİN-in", "XİN-dən", "XİN"]),
 ("Oxu.az", "ORG", None, None, ["OXU.AZ", "Oxu.az-a"]),
 ("Fransa", "LOC", None, None, ["Fransanın", "Fransa Respublikasının", "Fransa"]),
 ("Niderland", "LOC", None, None, ["Niderland Krallığının"]),
 ("Braziliya", "LOC", None, None, ["Braziliyanın", "Braziliyada"]),
 ("Bakı", "LOC", None, None, ["Bakıdakı"]),
 ("Sumqayıt", "LOC", None, None, ["Sumqayıtda"]),
 ("Paris", "LOC", None, None, ["Parisə"]),
 ("Çexiya", "LOC", None, None, ["Çexiya"]),
], [
 E("MEET", ["Ruslan Kazımlı", "Sesil Dümon"], None, "2026-04-08", "happened", "Bu gün Ruslan Kazımlı Fransa",
   ["etimadnamə", "ikitərəfli münasibətlər"], host="Ruslan Kazımlı", date_text="Bu gün"),
 E("MEET", ["Ruslan Kazımlı", "Rutxer van Dam"], None, "2026-04-08", "happened", "Günortadan sonra nazir",
   ["vida görüşü"], date_text="Günortadan sonra"),
 E("MEET", ["Leyla Hacızadə", "Paulo Rezende"], None, "2026-04-08", "happened", "Həmin gün nazir müavini",
   ["siyasi məsləhətləşmələr"], date_text="Həmin gün"),
 E("VISIT", ["Ruslan Kazımlı"], "Paris", "2026-04-14", "planned", "Kazımlının aprelin 14-də",
   ["ikitərəfli münasibətlər"], date_text="aprelin 14-də"),
])

A("526_sarsenbayev_dovlet_seferi_zugulba_apa.txt", "APA", """date 2026-05-12
Zuğulbada Qazaxıstan Prezidentinin rəsmi qarşılanma mərasimi keçirilib

Bakı, 12 may, APA

Qazaxıstan Respublikasının Prezidenti Erlan Sarsenbayev dövlət səfəri ilə Azərbaycandadır. Qonaq dünən axşam Bakıya gəlib. Heydər Əliyev Beynəlxalq Aeroportunda Baş nazir Nicat Ələsgərli qonağı trapın yanında qarşılayıb.

Bu gün səhər Zuğulbada Prezident Teymur Səlimov qazaxıstanlı həmkarını rəsmi qarşılanma mərasimi ilə salamlayıb. Qazaxıstan və Azərbaycanın himnləri səslənib, dövlət başçıları fəxri qarovulun sırası boyunca addımlayıblar.

Mərasimdən sonra liderlər əvvəlcə üz-üzə söhbət ediblər. Sonra danışıqlara hər iki tərəfdən nazirlər və digər rəsmi şəxslər qoşulub.

Danışıqlar başa çatdıqdan sonra dövlət başçıları müttəfiqliyin yeni mərhələyə yüksəldilməsi barədə birgə bəyannaməyə imza atıblar. Xəzər dənizinin dibi ilə elektrik kabelinin çəkilməsinə dair sazişə isə energetika nazirləri Elmar Sadıqzadə və Almas Jaksılıkov imza atıblar. Sonra liderlər mətbuata bəyanatlarla çıxış ediblər. Erlan Sarsenbayev Aktau limanından Bakıya gələn bərələrin sayının ilin sonunadək iki dəfə artırılacağını, Teymur Səlimov isə Xəzər regionunda sabitliyin hər iki ölkə üçün prioritet olaraq qalacağını bildirib.

Günün ikinci yarısında Erlan Sarsenbayev Fəxri xiyabanı ziyarət edib, daha sonra Şəhidlər xiyabanına gələrək əklil qoyub.

Sabah dövlət başçılarının birlikdə Ağdama getməsi nəzərdə tutulur. Proqrama Ağdam Cümə məscidinin ziyarəti də daxil edilib.
""", [
 ("Erlan Sarsenbayev", "PER", "Prezident", "Qazaxıstan", ["Erlan Sarsenbayev"]),
 ("Nicat Ələsgərli", "PER", "baş nazir", "Azərbaycan", ["Nicat Ələsgərli"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Elmar Sadıqzadə", "PER", "energetika naziri", "Azərbaycan", ["Elmar Sadıqzadə"]),
 ("Almas Jaksılıkov", "PER", "energetika naziri", "Qazaxıstan", ["Almas Jaksılıkov"]),
 ("APA", "ORG", None, None, ["APA"]),
 ("Zuğulba", "LOC", None, None, ["Zuğulbada"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan", "Qazaxıstan Respublikasının"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandadır", "Azərbaycanın"]),
 ("Heydər Əliyev Beynəlxalq Aeroportu", "LOC", None, None, ["Heydər Əliyev Beynəlxalq Aeroportunda"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizinin", "Xəzər"]),
 ("Aktau", "LOC", None, None, ["Aktau"]),
 ("Fəxri xiyaban", "LOC", None, None, ["Fəxri xiyabanı"]),
 ("Şəhidlər xiyabanı", "LOC", None, None, ["Şəhidlər xiyabanına"]),
 ("Ağdam", "LOC", None, None, ["Ağdama"]),
 ("Ağdam Cümə məscidi", "LOC", None, None, ["Ağdam Cümə məscidinin"]),
], [
 E("VISIT", ["Erlan Sarsenbayev"], "Bakı", "2026-05-11", "happened", "Erlan Sarsenbayev dövlət səfəri ilə",
   ["müttəfiqlik münasibətləri"], date_text="dünən"),
 E("MEET", ["Erlan Sarsenbayev", "Nicat Ələsgərli"], "Heydər Əliyev Beynəlxalq Aeroportu", "2026-05-11", "happened",
   "Heydər Əliyev Beynəlxalq Aeroportunda Baş nazir", ["rəsmi qarşılanma"], host="Nicat Ələsgərli", date_text="dünən"),
 E("MEET", ["Teymur Səlimov", "Erlan Sarsenbayev"], "Zuğulba", "2026-05-12", "happened", "Bu gün səhər Zuğulbada",
   ["müttəfiqlik münasibətləri", "enerji"], host="Teymur Səlimov", date_text="Bu gün"),
 E("SIGN", ["Teymur Səlimov", "Erlan Sarsenbayev"], "Zuğulba", "2026-05-12", "happened", "Danışıqlar başa çatdıqdan sonra",
   ["müttəfiqlik münasibətləri"], date_text="Danışıqlar başa çatdıqdan sonra"),
 E("SIGN", ["Elmar Sadıqzadə", "Almas Jaksılıkov"], "Zuğulba", "2026-05-12", "happened", "sazişə isə energetika nazirləri",
   ["elektrik enerjisi", "Xəzər kabeli"]),
 E("VISIT", ["Erlan Sarsenbayev"], "Fəxri xiyaban", "2026-05-12", "happened", "Günün ikinci yarısında",
   ["xatirənin yad edilməsi"], place="Fəxri xiyaban", date_text="Günün ikinci yarısında"),
 E("VISIT", ["Erlan Sarsenbayev"], "Şəhidlər xiyabanı", "2026-05-12", "happened", "Günün ikinci yarısında",
   ["xatirənin yad edilməsi"], place="Şəhidlər xiyabanı", date_text="Günün ikinci yarısında"),
 E("VISIT", ["Teymur Səlimov", "Erlan Sarsenbayev"], "Ağdam", "2026-05-13", "planned", "Sabah dövlət başçılarının",
   ["bərpa və yenidənqurma"], date_text="Sabah"),
 E("VISIT", ["Teymur Səlimov", "Erlan Sarsenbayev"], "Ağdam Cümə məscidi", "2026-05-13", "planned", "Proqrama Ağdam Cümə",
   ["mədəni irs"], place="Ağdam Cümə məscidi", date_text="Sabah"),
])
