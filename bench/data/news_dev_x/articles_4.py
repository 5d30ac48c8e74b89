A("661_sadiqzade_seul_aoa_konfransi_metbuat.txt", "metbuat.az", """date 2026-09-17
Könül Sadıqzadə Seulda Asiya Ombudsmanlar Assosiasiyasının konfransında çıxış edib

METBUAT.AZ
Siyasət | Sosial | Hadisə | Dünya | Mədəniyyət
17 Sentyabr 2026 13:20 | Baxış sayı: 842

İnsan hüquqları üzrə müvəkkil Könül Sadıqzadə Koreya Respublikasında işgüzar səfərdədir. Ombudsman sentyabrın 15–16-da Seulda keçirilən Asiya Ombudsmanlar Assosiasiyasının (AOA) illik konfransında iştirak edib.

Metbuat.az Ombudsman Aparatına istinadən xəbər verir ki, konfransın ikinci günü “İqlim dəyişmələri və insan hüquqları” panelində çıxış edən Sadıqzadə təmiz ətraf mühit hüququnun ombudsman təsisatlarının gündəliyində daha geniş yer almalı olduğunu bildirib.

Konfransın kənarında Sadıqzadə Koreya Milli İnsan Hüquqları Komissiyasının sədri Pak Sonqmin ilə görüşüb. Görüşün sonunda onlar iki qurum arasında anlaşma memorandumu imzalayıblar.

Ombudsman bu gün Seulda Türkiyə Kamu Denetçiliyi Qurumunun baş ombudsmanı Fatih Yalçınkaya ilə görüşəcək. Sadıqzadənin Seuldan Tokioya keçməsi də nəzərdə tutulurdu, lakin Yaponiyada tayfun xəbərdarlığı elan olunduğundan səfərin bu hissəsi ləğv edilib.

Oxşar xəbərlər
Ombudsman Lənkəranda vətəndaşları qəbul edib
Uşaq hüquqları üzrə yay məktəbi başa çatıb
Bizi izləyin: Facebook | Instagram | Telegram
METBUAT.AZ © 2026
""", [
 ("Könül Sadıqzadə", "PER", "insan hüquqları üzrə müvəkkil", "Ombudsman Aparatı", ["Könül Sadıqzadə", "Sadıqzadə", "Sadıqzadənin"]),
 ("Pak Sonqmin", "PER", "sədr", "Koreya Milli İnsan Hüquqları Komissiyası", ["Pak Sonqmin"]),
 ("Fatih Yalçınkaya", "PER", "baş ombudsman", "Türkiyə Kamu Denetçiliyi Qurumu", ["Fatih Yalçınkaya"]),
 ("Asiya Ombudsmanlar Assosiasiyası", "ORG", None, None, ["Asiya Ombudsmanlar Assosiasiyasının", "AOA"]),
 ("Ombudsman Aparatı", "ORG", None, None, ["Ombudsman Aparatına"]),
 ("Koreya Milli İnsan Hüquqları Komissiyası", "ORG", None, None, ["Koreya Milli İnsan Hüquqları Komissiyasının"]),
 ("Türkiyə Kamu Denetçiliyi Qurumu", "ORG", None, None, ["Türkiyə Kamu Denetçiliyi Qurumunun"]),
 ("Metbuat.az", "ORG", None, None, ["METBUAT.AZ", "Metbuat.az"]),
 ("Seul", "LOC", None, None, ["Seulda", "Seuldan"]),
 ("Cənubi Koreya", "LOC", None, None, ["Koreya Respublikasında"]),
 ("Tokio", "LOC", None, None, ["Tokioya"]),
 ("Yaponiya", "LOC", None, None, ["Yaponiyada"]),
 ("Lənkəran", "LOC", None, None, ["Lənkəranda"]),
], [
 E("VISIT", ["Könül Sadıqzadə"], "Cənubi Koreya", "2026-09-15", "happened", "Könül Sadıqzadə Koreya Respublikasında",
   ["insan hüquqları"], date_text="sentyabrın 15–16-da"),
 E("ATTEND", ["Könül Sadıqzadə"], "Seul", "2026-09-15", "happened", "Ombudsman sentyabrın 15–16-da",
   ["insan hüquqları", "iqlim dəyişmələri"], date_text="sentyabrın 15–16-da",
   event_name="Asiya Ombudsmanlar Assosiasiyasının illik konfransı"),
 E("MEET", ["Könül Sadıqzadə", "Pak Sonqmin"], "Seul", None, "happened", "Konfransın kənarında Sadıqzadə",
   ["insan hüquqları"]),
 E("SIGN", ["Könül Sadıqzadə", "Pak Sonqmin"], "Seul", None, "happened", "Görüşün sonunda onlar",
   ["insan hüquqları"]),
 E("MEET", ["Könül Sadıqzadə", "Fatih Yalçınkaya"], "Seul", "2026-09-17", "planned", "Ombudsman bu gün Seulda",
   ["insan hüquqları"], date_text="bu gün"),
 E("VISIT", ["Könül Sadıqzadə"], "Tokio", None, "negated", "Sadıqzadənin Seuldan Tokioya",
   ["insan hüquqları"]),
])

A("662_mirzezade_molnar_macaristan_apa.txt", "APA", """date 2026-02-25
Aysel Mirzəzadə Macarıstanın dövlət katibini qəbul edib

Elm və təhsil naziri Aysel Mirzəzadə Macarıstan hökumətində ali təhsil və elm siyasətinə cavabdeh dövlət katibi Peter Molnarı və onu müşayiət edən heyəti qəbul edib.

Elm və Təhsil Nazirliyinin APA-ya açıqladığı məlumatda deyilir ki, söhbətin mərkəzində “Stipendium Hungaricum” proqramı üzrə ayrılan yerlərin sayının artırılması, həmçinin iki ölkənin ali məktəbləri arasında ortaq doktorantura proqramlarının açılması dayanıb. Nazirin sözlərinə görə, hazırda Macarıstanda 600-dən çox gəncimiz oxuyur.

Qəbulun sonunda nazir və dövlət katibi üç illik təhsil mübadiləsi proqramına imza atıblar.

Bakıya bazar ertəsi gəlmiş Molnar dünən Azərbaycan Dillər Universitetinin rektoru Samirə Qəhrəmanlı ilə görüşüb, universitetdə iki il əvvəl açılan macar dili kabinetini gəzib.

Qonağın bu gün Azərbaycan Texniki Universiteti ilə Debresen Universiteti arasında bağlanacaq tərəfdaşlıq memorandumunun imza mərasiminə qatılması gözlənilir. Macarıstan heyəti sabah Vətənə yola düşəcək.
""", [
 ("Aysel Mirzəzadə", "PER", "elm və təhsil naziri", "Elm və Təhsil Nazirliyi", ["Aysel Mirzəzadə"]),
 ("Peter Molnar", "PER", "dövlət katibi", "Macarıstan", ["Peter Molnarı", "Molnar"]),
 ("Samirə Qəhrəmanlı", "PER", "rektor", "Azərbaycan Dillər Universiteti", ["Samirə Qəhrəmanlı"]),
 ("Elm və Təhsil Nazirliyi", "ORG", None, None, ["Elm və Təhsil Nazirliyinin"]),
 ("Azərbaycan Dillər Universiteti", "ORG", None, None, ["Azərbaycan Dillər Universitetinin"]),
 ("Azərbaycan Texniki Universiteti", "ORG", None, None, ["Azərbaycan Texniki Universiteti"]),
 ("Debresen Universiteti", "ORG", None, None, ["Debresen Universiteti"]),
 ("APA", "ORG", None, None, ["APA-ya"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstanın", "Macarıstan", "Macarıstanda"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
], [
 E("MEET", ["Aysel Mirzəzadə", "Peter Molnar"], "Bakı", "2026-02-25", "happened", "Elm və təhsil naziri Aysel",
   ["ali təhsil", "təqaüd proqramları"], host="Aysel Mirzəzadə"),
 E("SIGN", ["Aysel Mirzəzadə", "Peter Molnar"], "Bakı", "2026-02-25", "happened", "Qəbulun sonunda nazir",
   ["təhsil"]),
 E("VISIT", ["Peter Molnar"], "Bakı", "2026-02-23", "happened", "Bakıya bazar ertəsi gəlmiş",
   ["ali təhsil"], date_text="bazar ertəsi"),
 E("MEET", ["Peter Molnar", "Samirə Qəhrəmanlı"], "Azərbaycan Dillər Universiteti", "2026-02-24", "happened",
   "Bakıya bazar ertəsi gəlmiş", ["dil təhsili"], date_text="dünən"),
 E("ATTEND", ["Peter Molnar"], "Bakı", "2026-02-25", "planned", "Qonağın bu gün Azərbaycan",
   ["universitet tərəfdaşlığı"], date_text="bu gün", event_name="memorandumun imza mərasimi"),
 E("SIGN", ["Azərbaycan Texniki Universiteti", "Debresen Universiteti"], "Bakı", "2026-02-25", "planned",
   "Qonağın bu gün Azərbaycan", ["universitet tərəfdaşlığı"], date_text="bu gün"),
])

A("663_sukurlu_kanada_ottava_toronto_qafqazinfo.txt", "qafqazinfo.az", """date 2026-05-06
Diaspor Komitəsinin sədri Kanadada: Ottavada görüşlər, Torontoda icma forumu

Diaspor ilə İş üzrə Dövlət Komitəsinin sədri Elnur Şükürlü mayın 3-dən Kanadada rəsmi səfərdədir.

Qafqazinfo-ya Komitədən bildiriblər ki, bazar ertəsi Ottavada Kanada İcmalar Palatasının deputatı, Kanada–Azərbaycan parlamentlərarası dostluq qrupunun sədri Kevin Morrison ilə görüş keçirilib. Görüşdə Kanadada yaşayan soydaşlarımızın sayının son illərdə artması, onların ölkənin ictimai-siyasi həyatında təmsilçiliyi müzakirə olunub.

Həmin gün Elnur Şükürlü Azərbaycanın Kanadadakı səfiri Rauf Mirzəyevlə birlikdə Milli Müharibə Memorialını ziyarət edərək əklil qoyub.

Dünən sədr Torontoya yollanıb və orada Kanada azərbaycanlılarının V Forumunda iştirak edib. Foruma ölkənin müxtəlif əyalətlərindən 200-dən çox soydaşımız qatılıb, Ontario əyalət parlamentinin deputatı Ceyms Harper da tədbirdə çıxış edib.

Forumun qətnaməsində ölkədəki icma təşkilatlarının fəaliyyətini əlaqələndirəcək şuranın yaradılması tövsiyə olunub.

Elnur Şükürlünün sabah Monreala getməsi və oradakı icma fəalları ilə görüşməsi gözlənilir. Səfər həftənin sonunda başa çatacaq.
""", [
 ("Elnur Şükürlü", "PER", "sədr", "Diaspor ilə İş üzrə Dövlət Komitəsi", ["Elnur Şükürlü", "Elnur Şükürlünün"]),
 ("Kevin Morrison", "PER", "deputat", "Kanada İcmalar Palatası", ["Kevin Morrison"]),
 ("Rauf Mirzəyev", "PER", "səfir", "Azərbaycan", ["Rauf Mirzəyevlə"]),
 ("Ceyms Harper", "PER", "deputat", "Kanada", ["Ceyms Harper"]),
 ("Diaspor ilə İş üzrə Dövlət Komitəsi", "ORG", None, None,
  ["Diaspor Komitəsinin", "Diaspor ilə İş üzrə Dövlət Komitəsinin", "Komitədən"]),
 ("Kanada İcmalar Palatası", "ORG", None, None, ["Kanada İcmalar Palatasının"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo-ya"]),
 ("Kanada", "LOC", None, None, ["Kanadada", "Kanada", "Kanadadakı"]),
 ("Ottava", "LOC", None, None, ["Ottavada"]),
 ("Toronto", "LOC", None, None, ["Torontoda", "Torontoya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanın"]),
 ("Milli Müharibə Memorialı", "LOC", None, None, ["Milli Müharibə Memorialını"]),
 ("Ontario", "LOC", None, None, ["Ontario"]),
 ("Monreal", "LOC", None, None, ["Monreala"]),
], [
 E("VISIT", ["Elnur Şükürlü"], "Kanada", "2026-05-03", "happened", "Elnur Şükürlü mayın 3-dən",
   ["diaspor"], date_text="mayın 3-dən"),
 E("MEET", ["Elnur Şükürlü", "Kevin Morrison"], "Ottava", "2026-05-04", "happened", "bazar ertəsi Ottavada",
   ["diaspor", "parlamentlərarası əlaqələr"], date_text="bazar ertəsi"),
 E("VISIT", ["Elnur Şükürlü", "Rauf Mirzəyev"], "Milli Müharibə Memorialı", "2026-05-04", "happened",
   "Həmin gün Elnur Şükürlü", ["anım"], place="Milli Müharibə Memorialı", date_text="Həmin gün"),
 E("VISIT", ["Elnur Şükürlü"], "Toronto", "2026-05-05", "happened", "Dünən sədr Torontoya",
   ["diaspor"], date_text="Dünən"),
 E("ATTEND", ["Elnur Şükürlü"], "Toronto", "2026-05-05", "happened", "Dünən sədr Torontoya",
   ["diaspor"], date_text="Dünən", event_name="Kanada azərbaycanlılarının V Forumu"),
 E("ATTEND", ["Ceyms Harper"], "Toronto", "2026-05-05", "happened", "Foruma ölkənin müxtəlif",
   ["diaspor"], date_text="Dünən", event_name="Kanada azərbaycanlılarının V Forumu"),
 E("VISIT", ["Elnur Şükürlü"], "Monreal", "2026-05-07", "planned", "Elnur Şükürlünün sabah",
   ["diaspor"], date_text="sabah"),
])

A("664_seyidzade_dinlerarasi_konfrans_azertac.txt", "AZERTAC", """date 2026-11-19
Bakıda dinlərarası dialoqa həsr olunmuş beynəlxalq konfrans başlayıb

Qafqaz Müsəlmanları İdarəsinin və Dini Qurumlarla İş üzrə Dövlət Komitəsinin birgə təşkilatçılığı ilə bu gün Gülüstan sarayında “Müqəddəs dəyərlər və birgəyaşayış” mövzusunda iki günlük beynəlxalq konfrans işə başlayıb. Tədbirə 30-dan çox ölkədən din xadimləri, ilahiyyatçılar və ekspertlər qatılıb.

AZERTAC-ın məlumatına görə, konfransı açan Şeyxülislam Hacı Nurəddin Seyidzadə fərqli inancların yanaşı yaşadığı ölkəmizin təcrübəsinin bugünkü qütbləşmiş dünyada xüsusi əhəmiyyət daşıdığını vurğulayıb.

Açılış mərasimində Dini Qurumlarla İş üzrə Dövlət Komitəsinin sədri Firudin Aslanlı və Rus Pravoslav Kilsəsinin Bakı yeparxiyasının rəhbəri yepiskop Serafim də çıxış ediblər.

Konfransın ilk günündə Şeyxülislam Misirin Əl-Əzhər Universitetinin prorektoru şeyx Məhəmməd Əbdülqadiri qəbul edib. Dünən Bakıya gələn misirli alim söhbət zamanı Əl-Əzhərdə oxuyan azərbaycanlı tələbələrin sayının artırılmasına hazır olduqlarını deyib.

Sabah konfrans iştirakçıları üçün Şamaxıya səfər təşkil olunacaq. Konfransın yekun iclasında isə xarici işlər nazirinin müavini Fəridə Hacıbəyli çıxış edəcək.
""", [
 ("Nurəddin Seyidzadə", "PER", "sədr", "Qafqaz Müsəlmanları İdarəsi", ["Nurəddin Seyidzadə"]),
 ("Firudin Aslanlı", "PER", "sədr", "Dini Qurumlarla İş üzrə Dövlət Komitəsi", ["Firudin Aslanlı"]),
 ("Serafim", "PER", "yeparxiya rəhbəri", "Rus Pravoslav Kilsəsi", ["Serafim"]),
 ("Məhəmməd Əbdülqadir", "PER", "prorektor", "Əl-Əzhər Universiteti", ["Məhəmməd Əbdülqadiri"]),
 ("Fəridə Hacıbəyli", "PER", "xarici işlər nazirinin müavini", None, ["Fəridə Hacıbəyli"]),
 ("Qafqaz Müsəlmanları İdarəsi", "ORG", None, None, ["Qafqaz Müsəlmanları İdarəsinin"]),
 ("Dini Qurumlarla İş üzrə Dövlət Komitəsi", "ORG", None, None, ["Dini Qurumlarla İş üzrə Dövlət Komitəsinin"]),
 ("Rus Pravoslav Kilsəsi", "ORG", None, None, ["Rus Pravoslav Kilsəsinin"]),
 ("Əl-Əzhər Universiteti", "ORG", None, None, ["Əl-Əzhər Universitetinin", "Əl-Əzhərdə"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-ın"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakı", "Bakıya"]),
 ("Gülüstan sarayı", "LOC", None, None, ["Gülüstan sarayında"]),
 ("Misir", "LOC", None, None, ["Misirin"]),
 ("Şamaxı", "LOC", None, None, ["Şamaxıya"]),
], [
 E("ATTEND", ["Nurəddin Seyidzadə"], "Gülüstan sarayı", "2026-11-19", "happened", "konfransı açan Şeyxülislam",
   ["dinlərarası dialoq"], date_text="bu gün", event_name="“Müqəddəs dəyərlər və birgəyaşayış” konfransı"),
 E("ATTEND", ["Firudin Aslanlı", "Serafim"], "Gülüstan sarayı", "2026-11-19", "happened", "Açılış mərasimində Dini",
   ["dinlərarası dialoq"], date_text="bu gün", event_name="“Müqəddəs dəyərlər və birgəyaşayış” konfransı"),
 E("MEET", ["Nurəddin Seyidzadə", "Məhəmməd Əbdülqadir"], "Gülüstan sarayı", "2026-11-19", "happened",
   "Konfransın ilk günündə Şeyxülislam", ["din təhsili"], host="Nurəddin Seyidzadə", date_text="Konfransın ilk günündə"),
 E("VISIT", ["Məhəmməd Əbdülqadir"], "Bakı", "2026-11-18", "happened", "Dünən Bakıya gələn misirli",
   ["dinlərarası dialoq"], date_text="Dünən"),
 E("ATTEND", ["Fəridə Hacıbəyli"], "Gülüstan sarayı", "2026-11-20", "planned", "Konfransın yekun iclasında isə",
   ["dinlərarası dialoq"], event_name="“Müqəddəs dəyərlər və birgəyaşayış” konfransı"),
])

A("665_mmu_pakistan_herbi_akademiyasi_azerbaycan_ordusu.txt", None, """date 2026-04
Milli Müdafiə Universiteti ilə Pakistan Hərbi Akademiyası arasında memorandum imzalanıb

Aprelin 14-də Milli Müdafiə Universitetinin (MMU) rektoru general-leytenant Cəlal Hüseynzadə Pakistan Hərbi Akademiyasının rəisi general-mayor Amir Raza Qureşinin başçılıq etdiyi nümayəndə heyəti ilə görüşüb.

Rektor qonaqlara universitetin strukturu, tədris prosesində Vətən müharibəsinin döyüş təcrübəsindən istifadə qaydaları barədə ətraflı məlumat verib. Görüşdə kursantların qarşılıqlı təcrübə keçməsi və müəllimlərin ixtisasartırması məsələləri də müzakirə olunub.

Görüşün sonunda tərəflər kursant və müəllim mübadiləsi, birgə elmi konfransların keçirilməsinə dair anlaşma memoran-
dumu imzalayıblar. Qonaqlar universitetin trenajor mərkəzi ilə də tanış olublar.

Pakistan heyəti aprelin 13-də Bakıya gəlib. Həmin gün qonaqlar Şəhidler xiyabanını ziyarət edərək abidə önünə əklil qoyublar.

Qeyd edək ki, Cəlal Hüseynzadə martın 25-də Pakistanın ölkəmizdəki səfiri Xalid Mahmud Butt ilə görüşmüş, səfərin proqramını razılaşdırmışdı. Rektorun payızda Pakistana cavab səfəri nəzərdə tutulur.

Mayor Elvin ŞİRİNOV,
«Azərbaycan Ordusu»
""", [
 ("Cəlal Hüseynzadə", "PER", "rektor", "Milli Müdafiə Universiteti", ["Cəlal Hüseynzadə"]),
 ("Amir Raza Qureşi", "PER", "rəis", "Pakistan Hərbi Akademiyası", ["Amir Raza Qureşinin"]),
 ("Xalid Mahmud Butt", "PER", "səfir", "Pakistan", ["Xalid Mahmud Butt"]),
 ("Elvin Şirinov", "PER", None, None, ["Elvin ŞİRİNOV"]),
 ("Milli Müdafiə Universiteti", "ORG", None, None, ["Milli Müdafiə Universiteti", "Milli Müdafiə Universitetinin", "MMU"]),
 ("Pakistan Hərbi Akademiyası", "ORG", None, None, ["Pakistan Hərbi Akademiyası", "Pakistan Hərbi Akademiyasının"]),
 ("Azərbaycan Ordusu", "ORG", None, None, ["Azərbaycan Ordusu"]),
 ("Pakistan", "LOC", None, None, ["Pakistan", "Pakistanın", "Pakistana"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Şəhidlər xiyabanı", "LOC", None, None, ["Şəhidler xiyabanını"]),
], [
 E("MEET", ["Cəlal Hüseynzadə", "Amir Raza Qureşi"], "Milli Müdafiə Universiteti", "2026-04-14", "happened",
   "Aprelin 14-də Milli Müdafiə", ["hərbi təhsil"], date_text="Aprelin 14-də"),
 E("SIGN", ["Cəlal Hüseynzadə", "Amir Raza Qureşi"], "Milli Müdafiə Universiteti", "2026-04-14", "happened",
   "Görüşün sonunda tərəflər kursant", ["hərbi təhsil", "kursant mübadiləsi"]),
 E("VISIT", ["Amir Raza Qureşi"], "Bakı", "2026-04-13", "happened", "Pakistan heyəti aprelin 13-də",
   ["hərbi təhsil"], date_text="aprelin 13-də"),
 E("VISIT", ["Amir Raza Qureşi"], "Şəhidlər xiyabanı", "2026-04-13", "happened", "Həmin gün qonaqlar Şəhidler",
   ["anım"], place="Şəhidlər xiyabanı", date_text="Həmin gün"),
 E("MEET", ["Cəlal Hüseynzadə", "Xalid Mahmud Butt"], None, "2026-03-25", "happened", "Cəlal Hüseynzadə martın 25-də",
   ["hərbi təhsil"], date_text="martın 25-də"),
 E("VISIT", ["Cəlal Hüseynzadə"], "Pakistan", None, "planned", "Rektorun payızda Pakistana",
   ["hərbi təhsil"], date_text="payızda"),
])

A("666_seferli_lyu_haysen_cin_report.txt", "report.az", """date 2026-06-30
Rəhim Səfərli Çinin mədəniyyət və turizm nazirinin müavini ilə görüşüb

Mədəniyyət naziri Rəhim Səfərli ölkəmizdə səfərdə olan Çin Xalq Respublikasının mədəniyyət və turizm nazirinin müavini Lyu Hayşenin başçılıq etdiyi nümayəndə heyəti ilə görüşüb.

Report-a nazirlikdən verilən açıqlamaya əsasən, tərəflər muzeylərarası eksponat mübadiləsini, Böyük İpək Yolu boyunca yerləşən abidələrin birgə tədqiqini və ortaq kino istehsalını gündəmə gətiriblər. Qonağın sözlərinə görə, son üç ildə Çindən Azərbaycana səfər edən turistlərin sayı ikiqat artıb, Pekin ilə Bakı arasında həftəlik reyslərin sayının çoxaldılması da müzakirədədir.

Söhbətin yekununda nazir və qonaq mədəniyyət sahəsində növbəti dörd ili əhatə edən birgə fəaliyyət proqramını imzalayıblar.

Bazar günü Bakıya gələn Çin nümayəndə heyəti dünən İçərişəhər Dövlət Tarix-Memarlıq Qoruğunu gəzib, Şirvanşahlar sarayı kompleksi ilə tanış olub.

Sentyabrda Pekində Azərbaycan mədəniyyəti günlərinin keçirilməsi planlaşdırılır. Açılış mərasimində nazir Rəhim Səfərlinin iştirakı gözlənilir.
""", [
 ("Rəhim Səfərli", "PER", "mədəniyyət naziri", "Azərbaycan", ["Rəhim Səfərli", "Rəhim Səfərlinin"]),
 ("Lyu Hayşen", "PER", "nazir müavini", "Çin", ["Lyu Hayşenin"]),
 ("Report", "ORG", None, None, ["Report-a"]),
 ("Çin", "LOC", None, None, ["Çinin", "Çin Xalq Respublikasının", "Çindən", "Çin"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycana", "Azərbaycan"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıya"]),
 ("İçərişəhər Dövlət Tarix-Memarlıq Qoruğu", "LOC", None, None, ["İçərişəhər Dövlət Tarix-Memarlıq Qoruğunu"]),
 ("Şirvanşahlar sarayı kompleksi", "LOC", None, None, ["Şirvanşahlar sarayı kompleksi"]),
 ("Pekin", "LOC", None, None, ["Pekin", "Pekində"]),
], [
 E("MEET", ["Rəhim Səfərli", "Lyu Hayşen"], "Bakı", "2026-06-30", "happened", "Mədəniyyət naziri Rəhim Səfərli ölkəmizdə",
   ["mədəni irs", "muzeylər", "kino"]),
 E("VISIT", ["Lyu Hayşen"], "Bakı", "2026-06-28", "happened", "Mədəniyyət naziri Rəhim Səfərli ölkəmizdə",
   ["mədəniyyət", "turizm"], date_text="Bazar günü"),
 E("SIGN", ["Rəhim Səfərli", "Lyu Hayşen"], "Bakı", "2026-06-30", "happened", "Söhbətin yekununda nazir və qonaq",
   ["mədəni əməkdaşlıq"]),
 E("VISIT", ["Lyu Hayşen"], "İçərişəhər Dövlət Tarix-Memarlıq Qoruğu", "2026-06-29", "happened", "Bazar günü Bakıya gələn",
   ["mədəni irs"], place="İçərişəhər Dövlət Tarix-Memarlıq Qoruğu", date_text="dünən"),
 E("VISIT", ["Lyu Hayşen"], "Şirvanşahlar sarayı kompleksi", "2026-06-29", "happened", "Bazar günü Bakıya gələn",
   ["mədəni irs"], place="Şirvanşahlar sarayı kompleksi", date_text="dünən"),
 E("ATTEND", ["Rəhim Səfərli"], "Pekin", "2026-09", "planned", "Açılış mərasimində nazir",
   ["mədəniyyət"], date_text="Sentyabrda", event_name="Azərbaycan mədəniyyəti günlərinin açılış mərasimi"),
])
