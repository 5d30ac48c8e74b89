A("580_alipasayeva_tanabe_yaponiya_sefiri_azertac.txt", "AZERTAC", """date 2027-01-19
Rəvanə Əlipaşayeva Tokionun yeni səfirini parlamentdə qəbul edib

Bakı, 19 yanvar, AZERTAC. Ötən həftə etimadnaməsini dövlət başçısına təqdim etmiş Yaponiya səfiri Hiroşi Tanabeni bu gün Milli Məclisin binasında Sədr Rəvanə Əlipaşayeva qəbul edib. Qəbulda Azərbaycan–Yaponiya işçi qrupuna rəhbərlik edən deputat Vüsal Dadaşlı da iştirak edirdi.

Səfirə diplomatik missiyasında uğurlar arzulayan Sədr Tokio ilə Bakı arasındakı münasibətlərin qarşılıqlı etimada söykəndiyini, yapon şirkətlərinin bərpa olunan şəhərlərimizdə layihələrə maraq göstərdiyini deyib. Rəvanə Əlipaşayeva Yaponiya hökumətinin minalardan təmizləmə sahəsində göstərdiyi dəstəyi də minnətdarlıqla xatırladıb.

Hiroşi Tanabe bildirib ki, etimadnaməsinin surətini yanvarın 8-də xarici işlər naziri Ramin Nəsirliyə, əslini isə ötən çərşənbə axşamı Prezident Camal Rüstəmbəyliyə təqdim edib. Səfirin sözlərinə görə, Yaponiya Parlamentinin Müşavirlər Palatasının vitse-sədri Kenji Moriyamanın rəhbərlik edəcəyi heyətin aprel ayında Bakıya gəlməsi gözlənilir.

Söhbət zamanı ötən ilin payızında Tokioda təşkil olunmuş parlament forumunun nəticələrinə də toxunulub. Qonaq Sədri Yaponiyaya səfərə dəvət edib.
""", [
 ("Rəvanə Əlipaşayeva", "PER", "sədr", "Milli Məclis", ["Rəvanə Əlipaşayeva"]),
 ("Hiroşi Tanabe", "PER", "səfir", "Yaponiya", ["Hiroşi Tanabeni", "Hiroşi Tanabe"]),
 ("Vüsal Dadaşlı", "PER", "deputat", "Milli Məclis", ["Vüsal Dadaşlı"]),
 ("Ramin Nəsirli", "PER", "xarici işlər naziri", "Azərbaycan", ["Ramin Nəsirliyə"]),
 ("Camal Rüstəmbəyli", "PER", "Prezident", "Azərbaycan", ["Camal Rüstəmbəyliyə"]),
 ("Kenji Moriyama", "PER", "vitse-sədr", "Yaponiya Parlamentinin Müşavirlər Palatası", ["Kenji Moriyamanın"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Yaponiya Parlamentinin Müşavirlər Palatası", "ORG", None, None, ["Yaponiya Parlamentinin Müşavirlər Palatasının"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Yaponiya", "LOC", None, None, ["Yaponiya", "Yaponiyaya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıya"]),
 ("Tokio", "LOC", None, None, ["Tokionun", "Tokio", "Tokioda"]),
], [
 E("MEET", ["Rəvanə Əlipaşayeva", "Hiroşi Tanabe", "Vüsal Dadaşlı"], "Milli Məclis", "2027-01-19", "happened",
   "Hiroşi Tanabeni bu gün", ["parlamentlərarası əlaqələr", "investisiyalar", "minalardan təmizləmə"],
   host="Rəvanə Əlipaşayeva", date_text="bu gün"),
 E("MEET", ["Ramin Nəsirli", "Hiroşi Tanabe"], None, "2027-01-08", "happened", "etimadnaməsinin surətini yanvarın",
   ["diplomatik münasibətlər"], host="Ramin Nəsirli", date_text="yanvarın 8-də"),
 E("MEET", ["Camal Rüstəmbəyli", "Hiroşi Tanabe"], None, "2027-01-12", "happened", "etimadnaməsinin surətini yanvarın",
   ["diplomatik münasibətlər"], host="Camal Rüstəmbəyli", date_text="ötən çərşənbə axşamı"),
 E("VISIT", ["Kenji Moriyama"], "Bakı", "2027-04", "planned", "Kenji Moriyamanın rəhbərlik",
   ["parlamentlərarası əlaqələr"], date_text="aprel ayında"),
])

A("581_beydemirli_lovqren_atet_pa_baki_apa.txt", "APA", """date 2027-02-04
ATƏT PA-nın Baş katibi Milli Məclisdə: seçki müşahidəsi və gənc parlamentarilər gündəmdə

Azərbaycana iki günlük işgüzar səfərə gələn ATƏT Parlament Assambleyasının Baş katibi Katarina Lövqren bu gün Milli Məclisdə Sədrin birinci müavini Elşən Bəydəmirli ilə bir araya gəlib. Söhbətə Assambleyadakı heyətimizə başçılıq edən deputat Könül Səfərli də qoşulub.

APA-ya parlamentdən verilən məlumata görə, tərəflər Assambleyanın seçki müşahidəsi missiyalarında azərbaycanlı deputatların rolunu, gənc parlamentarilər üçün nəzərdə tutulan təlim proqramlarını müzakirə ediblər. Elşən Bəydəmirli Bakının Assambleyanın tədbirlərinə yenidən ev sahibliyi etməyə hazır olduğunu vurğulayıb, Baş katib isə təklifi rəhbərliyə çatdıracağını söyləyib.

Katarina Lövqreni dünən axşam Milli Məclis Aparatının rəhbər müavini Samirə Vəkilzadə Heydər Əliyev Beynəlxalq Aeroportunda qarşılayıb.

Baş katibin sabah xarici işlər naziri Ramin Nəsirli ilə görüşü planlaşdırılır. Bundan başqa, o, paytaxtın ali məktəblərindən birində tələbələr qarşısında mühazirə oxuyacaq.

Qeyd edək ki, Lövqrenin bu səfəri ilkin planlara görə ötən ilin dekabrında baş tutmalı idi, ancaq Vyanadakı büdcə müzakirələrinin uzanması onu təxirə saldı.
""", [
 ("Katarina Lövqren", "PER", "baş katib", "ATƏT Parlament Assambleyası", ["Katarina Lövqren", "Katarina Lövqreni", "Lövqrenin"]),
 ("Elşən Bəydəmirli", "PER", "sədrin birinci müavini", "Milli Məclis", ["Elşən Bəydəmirli"]),
 ("Könül Səfərli", "PER", "deputat", "Milli Məclis", ["Könül Səfərli"]),
 ("Samirə Vəkilzadə", "PER", "aparat rəhbərinin müavini", "Milli Məclis Aparatı", ["Samirə Vəkilzadə"]),
 ("Ramin Nəsirli", "PER", "xarici işlər naziri", "Azərbaycan", ["Ramin Nəsirli"]),
 ("ATƏT Parlament Assambleyası", "ORG", None, None, ["ATƏT PA-nın", "ATƏT Parlament Assambleyasının", "Assambleyadakı", "Assambleyanın"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə"]),
 ("Milli Məclis Aparatı", "ORG", None, None, ["Milli Məclis Aparatının"]),
 ("APA", "ORG", None, None, ["APA-ya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycana"]),
 ("Bakı", "LOC", None, None, ["Bakının"]),
 ("Heydər Əliyev Beynəlxalq Aeroportu", "LOC", None, None, ["Heydər Əliyev Beynəlxalq Aeroportunda"]),
 ("Vyana", "LOC", None, None, ["Vyanadakı"]),
], [
 E("VISIT", ["Katarina Lövqren"], "Azərbaycan", "2027-02-03", "happened", "Azərbaycana iki günlük işgüzar",
   ["parlamentlərarası əlaqələr"], date_text="dünən axşam"),
 E("MEET", ["Katarina Lövqren", "Elşən Bəydəmirli", "Könül Səfərli"], "Milli Məclis", "2027-02-04", "happened",
   "Azərbaycana iki günlük işgüzar", ["seçki müşahidəsi", "gənc parlamentarilər"], date_text="bu gün"),
 E("MEET", ["Samirə Vəkilzadə", "Katarina Lövqren"], "Heydər Əliyev Beynəlxalq Aeroportu", "2027-02-03", "happened",
   "Katarina Lövqreni dünən axşam", ["protokol"], host="Samirə Vəkilzadə", date_text="dünən axşam"),
 E("MEET", ["Katarina Lövqren", "Ramin Nəsirli"], None, "2027-02-05", "planned", "Baş katibin sabah xarici",
   ["beynəlxalq təşkilatlar"], date_text="sabah"),
 E("VISIT", ["Katarina Lövqren"], "Azərbaycan", "2026-12", "negated", "Qeyd edək ki, Lövqrenin",
   ["parlamentlərarası əlaqələr"], date_text="ötən ilin dekabrında"),
])

A("582_hacibeyli_aspa_qis_sessiyasi_oxu.txt", "oxu.az", """date 2027-01-29
AŞPA-nın qış sessiyası: Vaqif Hacıbəyli Strasburqda monitorinq həmməruzəçiləri ilə görüşüb

OXU.AZ
Xəbərlər | Ölkə | Parlament | Dünya | Analitika | Video
Brauzerinizdə JavaScript deaktiv edilib. Saytdan tam istifadə üçün onu yenidən aktivləşdirin.
29.01.2027 | 11:20 | Parlament

Strasburqda yanvarın 25-dən bəri davam edən Avropa Şurası Parlament Assambleyasının qış sessiyası bu gün başa çatır. Milli Məclisin Strasburqdakı heyətinə bu sessiyada da deputat Vaqif Hacıbəyli rəhbərlik edir.

Sessiyanın üçüncü günü Hacıbəyli Assambleyanın Monitorinq komitəsinin Azərbaycan üzrə həmməruzəçiləri Anneli Korhonen və Pyer Lefevrlə ayrıca görüş keçirib. Oxu.az-a daxil olan məlumata əsasən, görüşdə həmməruzəçilərin fevrala nəzərdə tutulan Bakı səfərinin may ayına keçirildiyi bildirilib.

Cümə axşamı heyətin üzvü, deputat Nərmin Qurbanzadə Miqrasiya, qaçqınlar və köçkünlər komitəsinin iclasında mina təhlükəsinə dair məruzə ilə çıxış edib.

Nümayəndə heyəti sessiyanın kənarında Avropa Şurasının Baş katibi Rikardo Monteyro tərəfindən də qəbul edilib. Görüşdə Azərbaycan ilə Avropa Şurası arasında yeni dövr üçün əməkdaşlıq planının hazırlanması ətraflı müzakirə olunub.

Paylaş: Facebook | Telegram | Linkedin
Oxşar xəbərlər
Deputat Könül Səfərli Vyanada ATƏT PA rəsmiləri ilə görüşüb
Bakıda sabah qar yağacağı gözlənilir
Bu sayt kukilərdən istifadə edir. Davam etməklə razılığınızı bildirirsiniz.
© 2027 Oxu.az - materiallardan istifadə zamanı hiperlink mütləqdir.
""", [
 ("Vaqif Hacıbəyli", "PER", "deputat", "Milli Məclis", ["Vaqif Hacıbəyli", "Hacıbəyli"]),
 ("Anneli Korhonen", "PER", "həmməruzəçi", "Avropa Şurası Parlament Assambleyası", ["Anneli Korhonen"]),
 ("Pyer Lefevr", "PER", "həmməruzəçi", "Avropa Şurası Parlament Assambleyası", ["Pyer Lefevrlə"]),
 ("Nərmin Qurbanzadə", "PER", "deputat", "Milli Məclis", ["Nərmin Qurbanzadə"]),
 ("Rikardo Monteyro", "PER", "baş katib", "Avropa Şurası", ["Rikardo Monteyro"]),
 ("Könül Səfərli", "PER", "deputat", "Milli Məclis", ["Könül Səfərli"]),
 ("Avropa Şurası Parlament Assambleyası", "ORG", None, None, ["AŞPA-nın", "Avropa Şurası Parlament Assambleyasının", "Assambleyanın"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Monitorinq komitəsi", "ORG", None, None, ["Monitorinq komitəsinin"]),
 ("Miqrasiya, qaçqınlar və köçkünlər komitəsi", "ORG", None, None, ["Miqrasiya, qaçqınlar və köçkünlər komitəsinin"]),
 ("Avropa Şurası", "ORG", None, None, ["Avropa Şurasının", "Avropa Şurası"]),
 ("ATƏT Parlament Assambleyası", "ORG", None, None, ["ATƏT PA"]),
 ("Oxu.az", "ORG", None, None, ["OXU.AZ", "Oxu.az-a", "Oxu.az"]),
 ("Strasburq", "LOC", None, None, ["Strasburqda", "Strasburqdakı"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıda"]),
 ("Vyana", "LOC", None, None, ["Vyanada"]),
], [
 E("ATTEND", ["Vaqif Hacıbəyli"], "Strasburq", "2027-01-25", "happened", "Milli Məclisin Strasburqdakı",
   ["parlamentlərarası əlaqələr"], date_text="yanvarın 25-dən bəri", event_name="AŞPA-nın qış sessiyası"),
 E("MEET", ["Vaqif Hacıbəyli", "Anneli Korhonen", "Pyer Lefevr"], "Strasburq", "2027-01-27", "happened",
   "Sessiyanın üçüncü günü Hacıbəyli", ["monitorinq"], date_text="Sessiyanın üçüncü günü"),
 E("VISIT", ["Anneli Korhonen", "Pyer Lefevr"], "Bakı", "2027-02", "negated", "görüşdə həmməruzəçilərin fevrala",
   ["monitorinq"], date_text="fevrala"),
 E("VISIT", ["Anneli Korhonen", "Pyer Lefevr"], "Bakı", "2027-05", "planned", "görüşdə həmməruzəçilərin fevrala",
   ["monitorinq"], date_text="may ayına"),
 E("ATTEND", ["Nərmin Qurbanzadə"], "Strasburq", "2027-01-28", "happened", "Cümə axşamı heyətin üzvü",
   ["minalardan təmizləmə", "miqrasiya"], date_text="Cümə axşamı",
   event_name="Miqrasiya, qaçqınlar və köçkünlər komitəsinin iclası"),
 E("MEET", ["Rikardo Monteyro", "Vaqif Hacıbəyli"], "Strasburq", None, "happened", "Nümayəndə heyəti sessiyanın kənarında",
   ["əməkdaşlıq planı"], host="Rikardo Monteyro"),
])

A("583_heftenin_parlament_gundeliyi_report.txt", "report.az", """date 2027-03-13
Həftənin parlament gündəliyi: Qətər spikeri Bakıda, deputatlar Ankarada

Report həftə ərzində Milli Məclisin beynəlxalq əlaqələri sahəsində baş verənləri bir yerə toplayıb.

Bazar ertəsi Milli Məclisdə Sədr Rəvanə Əlipaşayeva Qətər Şura Məclisinin sədri Fəhd bin Nasir əs-Suveydini qəbul edib. Danışıqların yekununda iki qanunvericilik orqanı arasında əməkdaşlıq memorandumu imzalanıb, sənədə spikerlər özləri imza atıblar.

Çərşənbə axşamı Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsinin sədri Nadir Abbasqulu Aİ-nin Bakıdakı nümayəndəliyinə rəhbərlik edən səfir Lorena Kastelli ilə görüşüb. Söhbət Avropa Parlamenti ilə dialoqun bərpası ətrafında gedib.

Çərşənbə günü Regional məsələlər komitəsinə sədrlik edən Zaur Məmmədxanlı BMT İnkişaf Proqramının ölkədəki təmsilçisi Alessandro Feretti ilə bələdiyyələrin potensialının gücləndirilməsi layihəsini müzakirə edib.

Cümə axşamı isə Ankarada TÜRKPA-nın Hüquq və beynəlxalq əməkdaşlıq məsələləri üzrə daimi komissiyasının iclası keçirilib. Milli Məclisdən toplantıya deputat İlqar Novruzlunun rəhbərlik etdiyi üç nəfərlik heyət qatılıb.

Həftənin son iş günü Sədrin müavini Aytac Nəbiyeva Braziliya Deputatlar Palatasının Azərbaycanla dostluq qrupunun sədri Rikardo Almeyda ilə telefon danışığı aparıb; tərəflər dostluq qrupunun may ayında Bakıya səfərinin proqramını dəqiqləşdiriblər.

Həftə ərzində plenar iclasda deputatlar "Diplomatik xidmət haqqında" qanunun yeni redaksiyasını birinci oxunuşda bəyəniblər. Gələn həftə isə Monqolustan Dövlət Böyük Xuralının sədri Batbayar Ganzoriqin Azərbaycana rəsmi səfəri gözlənilir.
""", [
 ("Rəvanə Əlipaşayeva", "PER", "sədr", "Milli Məclis", ["Rəvanə Əlipaşayeva"]),
 ("Fəhd bin Nasir əs-Suveydi", "PER", "sədr", "Qətər Şura Məclisi", ["Fəhd bin Nasir əs-Suveydini"]),
 ("Nadir Abbasqulu", "PER", "komitə sədri", "Milli Məclis", ["Nadir Abbasqulu"]),
 ("Lorena Kastelli", "PER", "səfir", "Avropa İttifaqı", ["Lorena Kastelli"]),
 ("Zaur Məmmədxanlı", "PER", "komitə sədri", "Milli Məclis", ["Zaur Məmmədxanlı"]),
 ("Alessandro Feretti", "PER", "təmsilçi", "BMT İnkişaf Proqramı", ["Alessandro Feretti"]),
 ("İlqar Novruzlu", "PER", "deputat", "Milli Məclis", ["İlqar Novruzlunun"]),
 ("Aytac Nəbiyeva", "PER", "sədr müavini", "Milli Məclis", ["Aytac Nəbiyeva"]),
 ("Rikardo Almeyda", "PER", "dostluq qrupunun sədri", "Braziliya Deputatlar Palatası", ["Rikardo Almeyda"]),
 ("Batbayar Ganzoriq", "PER", "sədr", "Monqolustan Dövlət Böyük Xuralı", ["Batbayar Ganzoriqin"]),
 ("Report", "ORG", None, None, ["Report"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin", "Milli Məclisdə", "Milli Məclisdən"]),
 ("Qətər Şura Məclisi", "ORG", None, None, ["Qətər Şura Məclisinin"]),
 ("Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsi", "ORG", None, None,
  ["Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsinin"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Aİ-nin"]),
 ("Avropa Parlamenti", "ORG", None, None, ["Avropa Parlamenti"]),
 ("Regional məsələlər komitəsi", "ORG", None, None, ["Regional məsələlər komitəsinə"]),
 ("BMT İnkişaf Proqramı", "ORG", None, None, ["BMT İnkişaf Proqramının"]),
 ("TÜRKPA", "ORG", None, None, ["TÜRKPA-nın"]),
 ("Hüquq və beynəlxalq əməkdaşlıq məsələləri üzrə daimi komissiya", "ORG", None, None,
  ["Hüquq və beynəlxalq əməkdaşlıq məsələləri üzrə daimi komissiyasının"]),
 ("Braziliya Deputatlar Palatası", "ORG", None, None, ["Braziliya Deputatlar Palatasının"]),
 ("Monqolustan Dövlət Böyük Xuralı", "ORG", None, None, ["Monqolustan Dövlət Böyük Xuralının"]),
 ("Qətər", "LOC", None, None, ["Qətər"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıdakı", "Bakıya"]),
 ("Ankara", "LOC", None, None, ["Ankarada"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanla", "Azərbaycana"]),
], [
 E("MEET", ["Rəvanə Əlipaşayeva", "Fəhd bin Nasir əs-Suveydi"], "Milli Məclis", "2027-03-08", "happened",
   "Bazar ertəsi Milli Məclisdə", ["parlamentlərarası əlaqələr"], host="Rəvanə Əlipaşayeva", date_text="Bazar ertəsi"),
 E("SIGN", ["Rəvanə Əlipaşayeva", "Fəhd bin Nasir əs-Suveydi"], "Milli Məclis", "2027-03-08", "happened",
   "Danışıqların yekununda iki", ["parlamentlərarası əlaqələr"], date_text="Danışıqların yekununda"),
 E("MEET", ["Nadir Abbasqulu", "Lorena Kastelli"], None, "2027-03-09", "happened", "Çərşənbə axşamı Beynəlxalq",
   ["Avropa Parlamenti ilə dialoq"], date_text="Çərşənbə axşamı"),
 E("MEET", ["Zaur Məmmədxanlı", "Alessandro Feretti"], None, "2027-03-10", "happened", "Çərşənbə günü Regional",
   ["yerli özünüidarə"], date_text="Çərşənbə günü"),
 E("ATTEND", ["İlqar Novruzlu"], "Ankara", "2027-03-11", "happened", "Milli Məclisdən toplantıya deputat",
   ["parlamentlərarası əlaqələr"], date_text="Cümə axşamı",
   event_name="TÜRKPA-nın Hüquq və beynəlxalq əməkdaşlıq məsələləri üzrə daimi komissiyasının iclası"),
 E("CALL", ["Aytac Nəbiyeva", "Rikardo Almeyda"], None, "2027-03-12", "happened", "Həftənin son iş günü",
   ["parlamentlərarası əlaqələr"], date_text="Həftənin son iş günü"),
 E("VISIT", ["Rikardo Almeyda"], "Bakı", "2027-05", "planned", "Həftənin son iş günü",
   ["parlamentlərarası əlaqələr"], date_text="may ayında"),
 E("VISIT", ["Batbayar Ganzoriq"], "Azərbaycan", "2027-03", "planned", "Gələn həftə isə Monqolustan",
   ["parlamentlərarası əlaqələr"], date_text="Gələn həftə"),
])

A("584_seferli_musahibe_atet_pa_trend.txt", "trend.az", """date 2027-05-06
Könül Səfərli: "ATƏT PA-da sözümüzü daha inamla deyirik" - MÜSAHİBƏ

Milli Məclisin ATƏT Parlament Assambleyasındakı nümayəndə heyətinin rəhbəri Könül Səfərli Trend-in suallarını cavablandırıb.

– Könül xanım, ilin əvvəlindən heyətin gündəliyi necə olub?

Fevralın 18–19-da Vyanada keçirilən qış toplantısında heyətimiz tam tərkibdə iştirak etdi. Toplantının ilk günü Assambleyanın prezidenti Yohan Berqstremlə ayrıca görüşdüm və ona azad olunmuş ərazilərdəki bərpa işləri barədə ətraflı məlumat verdim.

– Martda Assambleyanın nümayəndələri də ölkəmizdə oldular...

Bəli, martın 21-də Bakıya gələn qrupa İsveç Riksdaqının üzvü Ulla Sandberq başçılıq edirdi. Ertəsi gün qonaqlar Ağdama və Füzuliyə yollandılar, mina probleminin miqyasını öz gözləri ilə gördülər. Martın 24-də isə Sandberq xanımı Milli Məclisin Sədri Rəvanə Əlipaşayeva qəbul etdi.

– Bəs yaxın planlar?

Aprelin əvvəlində Kopenhagendə müşahidəçilər üçün keçirilən seminara getməli idim, lakin büdcə dinləmələri ilə bağlı Bakıda qalmalı oldum. İyulun 3-dən 7-dək Bukareştdə Assambleyanın illik sessiyası olacaq, heyətə yenə mən başçılıq edəcəyəm. Sentyabrda isə Monqolustanda parlament seçkilərini izləmək üçün həmkarlarım Emin Xəlilli və Sevda Əlikişiyeva Ulan-Batora yollanacaqlar.
""", [
 ("Könül Səfərli", "PER", "nümayəndə heyətinin rəhbəri", "Milli Məclis", ["Könül Səfərli", "Könül"]),
 ("Yohan Berqstrem", "PER", "prezident", "ATƏT Parlament Assambleyası", ["Yohan Berqstremlə"]),
 ("Ulla Sandberq", "PER", "üzv", "İsveç Riksdaqı", ["Ulla Sandberq", "Sandberq"]),
 ("Rəvanə Əlipaşayeva", "PER", "sədr", "Milli Məclis", ["Rəvanə Əlipaşayeva"]),
 ("Emin Xəlilli", "PER", None, "Milli Məclis", ["Emin Xəlilli"]),
 ("Sevda Əlikişiyeva", "PER", None, "Milli Məclis", ["Sevda Əlikişiyeva"]),
 ("ATƏT Parlament Assambleyası", "ORG", None, None, ["ATƏT PA-da", "ATƏT Parlament Assambleyasındakı", "Assambleyanın"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("İsveç Riksdaqı", "ORG", None, None, ["İsveç Riksdaqının"]),
 ("Vyana", "LOC", None, None, ["Vyanada"]),
 ("Bakı", "LOC", None, None, ["Bakıya", "Bakıda"]),
 ("Ağdam", "LOC", None, None, ["Ağdama"]),
 ("Füzuli", "LOC", None, None, ["Füzuliyə"]),
 ("Kopenhagen", "LOC", None, None, ["Kopenhagendə"]),
 ("Bukareşt", "LOC", None, None, ["Bukareştdə"]),
 ("Monqolustan", "LOC", None, None, ["Monqolustanda"]),
 ("Ulan-Bator", "LOC", None, None, ["Ulan-Batora"]),
], [
 E("ATTEND", ["Könül Səfərli"], "Vyana", "2027-02-18", "happened", "Fevralın 18–19-da Vyanada",
   ["parlamentlərarası əlaqələr"], date_text="Fevralın 18–19-da", event_name="ATƏT PA-nın qış toplantısı"),
 E("MEET", ["Könül Səfərli", "Yohan Berqstrem"], "Vyana", "2027-02-18", "happened", "Toplantının ilk günü",
   ["bərpa işləri"], date_text="Toplantının ilk günü"),
 E("VISIT", ["Ulla Sandberq"], "Bakı", "2027-03-21", "happened", "Bəli, martın 21-də",
   ["parlamentlərarası əlaqələr"], date_text="martın 21-də"),
 E("VISIT", ["Ulla Sandberq"], "Ağdam", "2027-03-22", "happened", "Ertəsi gün qonaqlar",
   ["minalardan təmizləmə"], date_text="Ertəsi gün"),
 E("VISIT", ["Ulla Sandberq"], "Füzuli", "2027-03-22", "happened", "Ertəsi gün qonaqlar",
   ["minalardan təmizləmə"], date_text="Ertəsi gün"),
 E("MEET", ["Rəvanə Əlipaşayeva", "Ulla Sandberq"], None, "2027-03-24", "happened", "Martın 24-də isə",
   ["parlamentlərarası əlaqələr"], host="Rəvanə Əlipaşayeva", date_text="Martın 24-də"),
 E("VISIT", ["Könül Səfərli"], "Kopenhagen", "2027-04", "negated", "Aprelin əvvəlində Kopenhagendə",
   ["seçki müşahidəsi"], date_text="Aprelin əvvəlində"),
 E("ATTEND", ["Könül Səfərli"], "Kopenhagen", "2027-04", "negated", "Aprelin əvvəlində Kopenhagendə",
   ["seçki müşahidəsi"], date_text="Aprelin əvvəlində", event_name="müşahidəçilər üçün seminar"),
 E("ATTEND", ["Könül Səfərli"], "Bukareşt", "2027-07-03", "planned", "İyulun 3-dən 7-dək",
   ["parlamentlərarası əlaqələr"], date_text="İyulun 3-dən 7-dək", event_name="ATƏT PA-nın illik sessiyası"),
 E("VISIT", ["Emin Xəlilli", "Sevda Əlikişiyeva"], "Ulan-Bator", "2027-09", "planned", "Sentyabrda isə Monqolustanda",
   ["seçki müşahidəsi"], date_text="Sentyabrda"),
])

A("585_beydemirli_turkpa_colpon_ata_xalq_qezeti.txt", None, """date 2027-06
İssık-Kul sahilində türk dünyasının parlament forumu

Qırğızıstanın Çolpon-Ata şəhəri iyunun 9–10-da Türk Dövlətlərinin Parlament Assambleyasının (TÜRKPA) plenar sessiyasını qəbul etdi. Azərbaycan parlamentinin heyətinə Milli Məclis Sədrinin birinci müavini Elşən Bəydəmirli başçılıq edirdi, heyətin tərkibində deputatlar İlqar Novruzlu və Gülnar Süleymanlı da var idi.

Sessiyanı Qırğızıstan Jogorku Keneşinin Torağası Nurbek Asanaliyev açıb iştrakçıları salamladı. Söz alan Elşən Bəydəmirli türk dövlətləri arasında nəqliyyat və rəqəmsal bağlantıların parlament müstəvisində dəstəklənməsinin vacibli-
yini vurğuladı.

İyunun 8-də, sessiya ərəfəsində, Çolpon-Atada Azərbaycan heyətinin rəhbəri Qazaxıstan Məclisinin sədr müavini Dina Əlimjanova ilə görüşdü. Həmsöhbətlər Xəzər üzərindən yük daşımalarının artırılması məsələsini müzakire etdilər.

Sessiyanın sonunda TÜRKPA-nın Baş katibi Ərdəm Bayraktar ilə TDT-nin Baş katibi Kanat Jumaliyev arasında əmək-
daşlıq protokolu imzalandı.

TBMM-in Sədri Nurettin Karabulutun da sessiyada iştirakı gözlənilirdi, amma o, son anda Çolpon-Ataya səfərini təxirə saldı.

İyunun 11-də heyət Bişkekə yollandı və Qırğızıstan Milli Tarix Muzeyini ziyarət etdi.

Elnarə QASIMOVA,
«Xalq qəzeti»
""", [
 ("Elşən Bəydəmirli", "PER", "sədrin birinci müavini", "Milli Məclis", ["Elşən Bəydəmirli"]),
 ("İlqar Novruzlu", "PER", "deputat", "Milli Məclis", ["İlqar Novruzlu"]),
 ("Gülnar Süleymanlı", "PER", "deputat", "Milli Məclis", ["Gülnar Süleymanlı"]),
 ("Nurbek Asanaliyev", "PER", "torağa", "Qırğızıstan Jogorku Keneşi", ["Nurbek Asanaliyev"]),
 ("Dina Əlimjanova", "PER", "sədr müavini", "Qazaxıstan Parlamentinin Məclisi", ["Dina Əlimjanova"]),
 ("Ərdəm Bayraktar", "PER", "baş katib", "TÜRKPA", ["Ərdəm Bayraktar"]),
 ("Kanat Jumaliyev", "PER", "baş katib", "Türk Dövlətləri Təşkilatı", ["Kanat Jumaliyev"]),
 ("Nurettin Karabulut", "PER", "sədr", "Türkiyə Böyük Millət Məclisi", ["Nurettin Karabulutun"]),
 ("Elnarə Qasımova", "PER", None, None, ["Elnarə QASIMOVA"]),
 ("TÜRKPA", "ORG", None, None, ["Türk Dövlətlərinin Parlament Assambleyasının", "TÜRKPA", "TÜRKPA-nın"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclis"]),
 ("Qırğızıstan Jogorku Keneşi", "ORG", None, None, ["Qırğızıstan Jogorku Keneşinin"]),
 ("Qazaxıstan Parlamentinin Məclisi", "ORG", None, None, ["Qazaxıstan Məclisinin"]),
 ("Türk Dövlətləri Təşkilatı", "ORG", None, None, ["TDT-nin"]),
 ("Türkiyə Böyük Millət Məclisi", "ORG", None, None, ["TBMM-in"]),
 ("Xalq qəzeti", "ORG", None, None, ["Xalq qəzeti"]),
 ("İssık-Kul", "LOC", None, None, ["İssık-Kul"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstanın"]),
 ("Çolpon-Ata", "LOC", None, None, ["Çolpon-Ata", "Çolpon-Atada", "Çolpon-Ataya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər"]),
 ("Bişkek", "LOC", None, None, ["Bişkekə"]),
 ("Qırğızıstan Milli Tarix Muzeyi", "LOC", None, None, ["Qırğızıstan Milli Tarix Muzeyini"]),
], [
 E("ATTEND", ["Elşən Bəydəmirli"], "Çolpon-Ata", "2027-06-09", "happened", "Azərbaycan parlamentinin heyətinə",
   ["nəqliyyat", "rəqəmsal bağlantılar"], date_text="iyunun 9–10-da", event_name="TÜRKPA-nın plenar sessiyası"),
 E("ATTEND", ["Nurbek Asanaliyev"], "Çolpon-Ata", "2027-06-09", "happened", "Sessiyanı Qırğızıstan Jogorku",
   ["parlamentlərarası əlaqələr"], event_name="TÜRKPA-nın plenar sessiyası"),
 E("MEET", ["Elşən Bəydəmirli", "Dina Əlimjanova"], "Çolpon-Ata", "2027-06-08", "happened", "İyunun 8-də, sessiya",
   ["yük daşımaları"], date_text="İyunun 8-də"),
 E("SIGN", ["Ərdəm Bayraktar", "Kanat Jumaliyev"], "Çolpon-Ata", "2027-06-10", "happened", "Sessiyanın sonunda TÜRKPA-nın",
   ["beynəlxalq təşkilatlar"], date_text="Sessiyanın sonunda"),
 E("ATTEND", ["Nurettin Karabulut"], "Çolpon-Ata", "2027-06-09", "negated", "TBMM-in Sədri Nurettin",
   ["parlamentlərarası əlaqələr"], event_name="TÜRKPA-nın plenar sessiyası"),
 E("VISIT", ["Nurettin Karabulut"], "Çolpon-Ata", None, "negated", "TBMM-in Sədri Nurettin",
   ["parlamentlərarası əlaqələr"]),
 E("VISIT", ["Elşən Bəydəmirli"], "Bişkek", "2027-06-11", "happened", "İyunun 11-də heyət",
   ["parlamentlərarası əlaqələr"], date_text="İyunun 11-də"),
 E("VISIT", ["Elşən Bəydəmirli"], "Qırğızıstan Milli Tarix Muzeyi", "2027-06-11", "happened", "İyunun 11-də heyət",
   ["mədəni irs"], place="Qırğızıstan Milli Tarix Muzeyi", date_text="İyunun 11-də"),
])

A("586_esgerzade_qiet_pa_tirana_report.txt", "report.az", """date 2027-06-24
Tiranada QİƏT PA-nın Baş Assambleyası: Ramil Əsgərzadə Albaniya parlamentinin sədri ilə görüşüb

Albaniyanın paytaxtı Tirana iyunun 22-dən Qara Dəniz İqtisadi Əməkdaşlığı Parlament Assambleyasının (QİƏT PA) 69-cu Baş Assambleyasına ev sahibliyi edir. Azərbaycandan gələn deputatlara parlamentimizin bu təşkilatdakı daimi heyətinin rəhbəri Ramil Əsgərzadə başçılıq edir.

Report-un Tiranadakı mənbəsinin verdiyi məlumata görə, dünən Ramil Əsgərzadə Albaniya Parlamentinin sədri Elira Hoca tərəfindən qəbul edilib. Görüşdə Azərbaycan qazının Albaniyaya çatdırılmasının enerji təhlükəsizliyinə töhfəsi, dostluq qruplarının fəaliyyəti müzakirə olunub.

Heyətin üzvü, deputat Tahir Rüstəmli Assambleyanın İqtisadi, ticarət, texnologiya və ətraf mühit məsələləri komitəsinin iclasında Xəzər dənizinin dibi ilə Avropaya çəkiləcək elektrik kabeli layihəsinə dair məruzə edib.

Assambleyanın Baş katibi Asen Gerov ilə söhbətində isə Əsgərzadə Azərbaycanın iyuldan başlayacaq sədrlik dövrünün prioritetlərini təqdim edib.

Baş Assambleya bu gün yekun sənədlərin qəbulu ilə işini bitirir. Sabah isə Azərbaycan deputatlarının Adriatik sahilindəki Durrəs şəhərinə getməsi planlaşdırılır.
""", [
 ("Ramil Əsgərzadə", "PER", "heyətin rəhbəri", "Azərbaycan", ["Ramil Əsgərzadə", "Əsgərzadə"]),
 ("Elira Hoca", "PER", "sədr", "Albaniya Parlamenti", ["Elira Hoca"]),
 ("Tahir Rüstəmli", "PER", "deputat", "Azərbaycan", ["Tahir Rüstəmli"]),
 ("Asen Gerov", "PER", "baş katib", "Qara Dəniz İqtisadi Əməkdaşlıq Təşkilatının Parlament Assambleyası", ["Asen Gerov"]),
 ("Qara Dəniz İqtisadi Əməkdaşlıq Təşkilatının Parlament Assambleyası", "ORG", None, None,
  ["QİƏT PA-nın", "Qara Dəniz İqtisadi Əməkdaşlığı Parlament Assambleyasının", "QİƏT PA", "Assambleyanın"]),
 ("Albaniya Parlamenti", "ORG", None, None, ["Albaniya Parlamentinin"]),
 ("İqtisadi, ticarət, texnologiya və ətraf mühit məsələləri komitəsi", "ORG", None, None,
  ["İqtisadi, ticarət, texnologiya və ətraf mühit məsələləri komitəsinin"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Tirana", "LOC", None, None, ["Tiranada", "Tirana", "Tiranadakı"]),
 ("Albaniya", "LOC", None, None, ["Albaniya", "Albaniyanın", "Albaniyaya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandan", "Azərbaycan", "Azərbaycanın"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizinin"]),
 ("Avropa", "LOC", None, None, ["Avropaya"]),
 ("Adriatik dənizi", "LOC", None, None, ["Adriatik"]),
 ("Durrəs", "LOC", None, None, ["Durrəs"]),
], [
 E("ATTEND", ["Ramil Əsgərzadə"], "Tirana", "2027-06-22", "happened", "Azərbaycandan gələn deputatlara",
   ["parlamentlərarası əlaqələr"], date_text="iyunun 22-dən", event_name="QİƏT PA-nın 69-cu Baş Assambleyası"),
 E("MEET", ["Elira Hoca", "Ramil Əsgərzadə"], "Tirana", "2027-06-23", "happened", "dünən Ramil Əsgərzadə Albaniya",
   ["enerji təhlükəsizliyi"], host="Elira Hoca", date_text="dünən"),
 E("ATTEND", ["Tahir Rüstəmli"], "Tirana", None, "happened", "Heyətin üzvü, deputat Tahir",
   ["yaşıl enerji"], event_name="İqtisadi, ticarət, texnologiya və ətraf mühit məsələləri komitəsinin iclası"),
 E("MEET", ["Ramil Əsgərzadə", "Asen Gerov"], "Tirana", None, "happened", "Assambleyanın Baş katibi Asen",
   ["sədrlik"]),
 E("VISIT", ["Ramil Əsgərzadə"], "Durrəs", "2027-06-25", "planned", "Sabah isə Azərbaycan deputatlarının",
   ["parlamentlərarası əlaqələr"], date_text="Sabah"),
])
