A("400_hesenbeyova_baymuxanov_senat_apa.txt", "APA", """date 2029-02-13
Ləman Həsənbəyova Qazaxıstan Senatının sədrini qəbul edib

Azərbaycanda rəsmi səfərdə olan Qazaxıstan Respublikası Parlamenti Senatının sədri Yerlan Baymuxanovun rəhbərliyi altındakı heyət bu gün Milli Məclisdə Sədr Ləman Həsənbəyova tərəfindən qəbul olunub.

APA-nın parlament müxbirinin yazdığına görə, qonaqlar parlamentin binası önündə fəxri qarovul dəstəsinin iştirakı ilə rəsmi qaydada qarşılanıblar. Əvvəlcə təkbətək formatda başlanan söhbət daha sonra hər iki palatanın deputatlarının qoşulduğu geniş heyətdə davam etdirilib.

Həsənbəyova Ələt və Aktau limanları arasında bərə reyslərinin sayının artırılmasını, Xəzər dənizindən keçən yük marşrutlarında sənəd dövriyyəsinin rəqəmsallaşdırılmasını iki ölkənin ortaq prioriteti adlandırıb. Senatın sədri isə Astananın Bakı ilə münasibətlərə "etimad üzərində qurulmuş müttəfiqlik" kimi baxdığını, qanunvericilərin bu münasibətlərin hüquqi bünövrəsini daha da möhkəmləndirməli olduğunu söyləyib.

Görüşün yekununda iki qanunverici orqan arasında 2029–2031-ci illəri əhatə edən əməkdaşlıq proqramı imzalanıb. Sənədə tərəflərin rəhbərləri imza atıblar.

Qeyd edək ki, qazax senatorları Bakıya dünən axşam gəlmişdilər; onları Heydər Əliyev Beynəlxalq Aeroportunda Sədrin birinci müavini Fuad Qaraxanlı qarşılamışdı. Səfər proqramına əsasən Baymuxanov sabah Hökumət evində Baş nazir Nicat Ələsgərlinin qəbulunda olacaq, cümə axşamı isə Gəncəyə yollanaraq şəhərin sənaye müəssisələri ilə tanış olacaq.
""", [
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis", ["Ləman Həsənbəyova", "Həsənbəyova"]),
 ("Yerlan Baymuxanov", "PER", "sədr", "Qazaxıstan Parlamentinin Senatı", ["Yerlan Baymuxanovun", "Baymuxanov"]),
 ("Fuad Qaraxanlı", "PER", "sədrin birinci müavini", "Milli Məclis", ["Fuad Qaraxanlı"]),
 ("Nicat Ələsgərli", "PER", "baş nazir", "Azərbaycan", ["Nicat Ələsgərlinin"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə"]),
 ("Qazaxıstan Parlamentinin Senatı", "ORG", None, None, ["Qazaxıstan Senatının", "Qazaxıstan Respublikası Parlamenti Senatının", "Senatın"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanda"]),
 ("Ələt", "LOC", None, None, ["Ələt"]),
 ("Aktau", "LOC", None, None, ["Aktau"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizindən"]),
 ("Astana", "LOC", None, None, ["Astananın"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıya"]),
 ("Heydər Əliyev Beynəlxalq Aeroportu", "LOC", None, None, ["Heydər Əliyev Beynəlxalq Aeroportunda"]),
 ("Hökumət evi", "LOC", None, None, ["Hökumət evində"]),
 ("Gəncə", "LOC", None, None, ["Gəncəyə"]),
], [
 E("MEET", ["Ləman Həsənbəyova", "Yerlan Baymuxanov"], "Milli Məclis", "2029-02-13", "happened",
   "Yerlan Baymuxanovun rəhbərliyi altındakı", ["parlamentlərarası əlaqələr", "nəqliyyat"], host="Ləman Həsənbəyova",
   date_text="bu gün"),
 E("VISIT", ["Yerlan Baymuxanov"], "Bakı", "2029-02-12", "happened", "Yerlan Baymuxanovun rəhbərliyi altındakı",
   ["parlamentlərarası əlaqələr"], date_text="dünən"),
 E("SIGN", ["Ləman Həsənbəyova", "Yerlan Baymuxanov"], "Milli Məclis", "2029-02-13", "happened",
   "Görüşün yekununda iki qanunverici", ["parlamentlərarası əlaqələr"]),
 E("MEET", ["Fuad Qaraxanlı", "Yerlan Baymuxanov"], "Heydər Əliyev Beynəlxalq Aeroportu", "2029-02-12", "happened",
   "Qeyd edək ki, qazax senatorları", ["parlamentlərarası əlaqələr"], host="Fuad Qaraxanlı", date_text="dünən"),
 E("MEET", ["Nicat Ələsgərli", "Yerlan Baymuxanov"], "Hökumət evi", "2029-02-14", "planned", "Baymuxanov sabah Hökumət evində",
   ["parlamentlərarası əlaqələr"], host="Nicat Ələsgərli", date_text="sabah"),
 E("VISIT", ["Yerlan Baymuxanov"], "Gəncə", "2029-02-15", "planned", "Baymuxanov sabah Hökumət evində",
   ["sənaye"], date_text="cümə axşamı"),
])

A("401_bagirli_nad_macar_heyeti_report.txt", "report.az", """date 2029-03-07
Aynur Bağırlı macar həmkarı Ester Nadla görüşüb

Parlamentin sədr müavini Aynur Bağırlı bu gün Macarıstan Milli Assambleyasında sədr müavini vəzifəsini tutan Ester Nadın rəhbərlik etdiyi heyətlə görüşüb.

Milli Məclisin Report-a təqdim etdiyi açıqlamada bildirilir ki, görüşdə Azərbaycanla Macarıstan arasında parlament əlaqələri üzrə işçi qrupuna rəhbərlik edən Gülnar Əhmədova da iştirak edib. Bağırlı Bakı ilə Budapeşt arasında qurulmuş strateji tərəfdaşlığın son illərdə enerji, təhsil və aqrar sahədə konkret layihələrlə zənginləşdiyini deyib. Nad isə "Stipendium Hungaricum" proqramı ilə Macarıstanda oxuyan azərbaycanlı tələbələrin sayının artıq iki yüzü ötdüyünü diqqətə çatdırıb.

Bazar günündən ölkəmizdə olan qonaqlar dünən XİN-də də olublar. Orada nazir müavini Tural Əfəndiyevlə aparılan müzakirələrdə Budapeştin Türk Dövlətləri Təşkilatındakı rolu və Bakıda macar mədəniyyət mərkəzinin açılması məsələləri qaldırılıb.

Səfər proqramına görə, macar parlamentariləri cümə axşamı Gəncəyə gedəcək və Gəncə Dövlət Universitetində macar dili kabinetinin açılış mərasimində iştirak edəcəklər. Heyətin Budapeştə cümə günü qayıdacağı bildirilir.
""", [
 ("Aynur Bağırlı", "PER", "sədr müavini", "Milli Məclis", ["Aynur Bağırlı", "Bağırlı"]),
 ("Ester Nad", "PER", "sədr müavini", "Macarıstan Milli Assambleyası", ["Ester Nadla", "Ester Nadın", "Nad"]),
 ("Gülnar Əhmədova", "PER", "işçi qrupunun rəhbəri", "Milli Məclis", ["Gülnar Əhmədova"]),
 ("Tural Əfəndiyev", "PER", "nazir müavini", "Xarici İşlər Nazirliyi", ["Tural Əfəndiyevlə"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Macarıstan Milli Assambleyası", "ORG", None, None, ["Macarıstan Milli Assambleyasında"]),
 ("Report", "ORG", None, None, ["Report-a"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["XİN-də"]),
 ("Türk Dövlətləri Təşkilatı", "ORG", None, None, ["Türk Dövlətləri Təşkilatındakı"]),
 ("Gəncə Dövlət Universiteti", "ORG", None, None, ["Gəncə Dövlət Universitetində"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanla"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstan", "Macarıstanda"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıda"]),
 ("Budapeşt", "LOC", None, None, ["Budapeşt", "Budapeştin", "Budapeştə"]),
 ("Gəncə", "LOC", None, None, ["Gəncəyə"]),
], [
 E("MEET", ["Aynur Bağırlı", "Ester Nad", "Gülnar Əhmədova"], None, "2029-03-07", "happened",
   "Aynur Bağırlı bu gün Macarıstan", ["parlamentlərarası əlaqələr", "təhsil", "enerji"], date_text="bu gün"),
 E("VISIT", ["Ester Nad"], "Azərbaycan", "2029-03-04", "happened", "Bazar günündən ölkəmizdə olan",
   ["parlamentlərarası əlaqələr"], date_text="Bazar günündən"),
 E("MEET", ["Ester Nad", "Tural Əfəndiyev"], "Xarici İşlər Nazirliyi", "2029-03-06", "happened",
   "Orada nazir müavini Tural", ["mədəniyyət", "Türk Dövlətləri Təşkilatı"], date_text="dünən"),
 E("VISIT", ["Ester Nad"], "Gəncə", "2029-03-08", "planned", "macar parlamentariləri cümə axşamı",
   ["təhsil"], date_text="cümə axşamı"),
 E("ATTEND", ["Ester Nad"], "Gəncə Dövlət Universiteti", "2029-03-08", "planned", "macar parlamentariləri cümə axşamı",
   ["təhsil", "mədəniyyət"], date_text="cümə axşamı", event_name="macar dili kabinetinin açılış mərasimi"),
])

A("402_qasimbeyli_xattak_pakistan_senati_trend.txt", "trend.az", """date 2029-03-15
Emin Qasımbəyli Pakistan senatorları ilə Qarabağdakı quruculuq işlərindən danışıb

Pakistan Senatının Xarici əlaqələr komitəsinə rəhbərlik edən Salim Əhməd Xattakın başçılığı altındakı senatorlar dünən Milli Məclisin Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsinin sədri Emin Qasımbəyli ilə görüşüblər.

Trend-in məlumatına görə, Qasımbəyli Qarabağ münaqişəsi illərində Pakistanın Azərbaycanın ərazi bütövlüyünü qeyd-şərtsiz dəstəklədiyini xatırladıb, İslamabadın bu prinsipial mövqeyinin xalqımızın yaddaşında yaşadığını vurğulayıb. Xattak isə işğaldan qurtarılmış torpaqlarda gedən quruculuğun miqyasının pakistanlı həmkarlarını heyrətləndirdiyini deyib.

Çərşənbə axşamı Bakıya gələn senatorlar səfərin ilk günü Şəhidlər xiyabanında olub, Vətən müharibəsində həlak olanların məzarları üzərinə gül dəstələri düzüblər.

Pakistan heyətini bu gün parlament sədrinin müavini Rauf Şirinzadə qəbul edib. Görüşdə müdafiə sənayesi sahəsində birgə layihələrin hüquqi təminatı və parlament komitələri arasında təcrübə mübadiləsi müzakirə edilib.

Senatorlar şənbə günü Ağdama gedəcək, daha sonra Vətənə yola düşəcəklər.
""", [
 ("Emin Qasımbəyli", "PER", "komitə sədri", "Milli Məclis", ["Emin Qasımbəyli", "Qasımbəyli"]),
 ("Salim Əhməd Xattak", "PER", "komitə sədri", "Pakistan Senatı", ["Salim Əhməd Xattakın", "Xattak"]),
 ("Rauf Şirinzadə", "PER", "sədr müavini", "Milli Məclis", ["Rauf Şirinzadə"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsi", "ORG", None, None,
  ["Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsinin"]),
 ("Pakistan Senatı", "ORG", None, None, ["Pakistan Senatının"]),
 ("Xarici əlaqələr komitəsi", "ORG", None, None, ["Xarici əlaqələr komitəsinə"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Pakistan", "LOC", None, None, ["Pakistan", "Pakistanın"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağdakı", "Qarabağ"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("İslamabad", "LOC", None, None, ["İslamabadın"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Şəhidlər xiyabanı", "LOC", None, None, ["Şəhidlər xiyabanında"]),
 ("Ağdam", "LOC", None, None, ["Ağdama"]),
], [
 E("MEET", ["Emin Qasımbəyli", "Salim Əhməd Xattak"], None, "2029-03-14", "happened", "Xattakın başçılığı altındakı senatorlar dünən",
   ["parlamentlərarası əlaqələr", "Qarabağın bərpası"], date_text="dünən"),
 E("VISIT", ["Salim Əhməd Xattak"], "Bakı", "2029-03-13", "happened", "Çərşənbə axşamı Bakıya gələn",
   ["parlamentlərarası əlaqələr"], date_text="Çərşənbə axşamı"),
 E("VISIT", ["Salim Əhməd Xattak"], "Şəhidlər xiyabanı", "2029-03-13", "happened", "Çərşənbə axşamı Bakıya gələn",
   ["xatirə"], place="Şəhidlər xiyabanı", date_text="səfərin ilk günü"),
 E("MEET", ["Rauf Şirinzadə", "Salim Əhməd Xattak"], None, "2029-03-15", "happened", "Pakistan heyətini bu gün",
   ["müdafiə sənayesi", "parlamentlərarası əlaqələr"], host="Rauf Şirinzadə", date_text="bu gün"),
 E("VISIT", ["Salim Əhməd Xattak"], "Ağdam", "2029-03-17", "planned", "Senatorlar şənbə günü Ağdama",
   ["Qarabağın bərpası"], date_text="şənbə günü"),
])

A("403_agalarov_orazov_turkmen_sefiri_oxu.txt", "oxu.az", """date 2029-03-22
Ceyhun Ağalarov Türkmənistan səfirini qəbul edib | Oxu.az

JavaScript söndürülüb. Səhifənin tam görünməsi üçün JavaScript-i aktivləşdirin.
OXU.AZ
Xəbər lenti | Siyasət | İqtisadiyyat | Dünya | Analitika | Video
22 mart 2029, 13:52
Ceyhun Ağalarov Türkmənistan səfirini qəbul edib
Milli Məclisdə Azərbaycan–Türkmənistan işçi qrupuna rəhbərlik edən deputat Ceyhun Ağalarov bu gün Türkmənistanın Bakıdakı səfiri Batır Orazovu qəbul edib.
Oxu.az-a məlum olub ki, həmsöhbətlər Xəzərin karbohidrogen ehtiyatlarının birgə işlənməsi perspektivlərini, Türkmənbaşı–Ələt bərə xəttinin yük dövriyyəsini və iki parlamentin qanunvericilik təcrübəsinin mübadiləsini müzakirə ediblər.
Səfir bildirib ki, Türkmənistan Milli Şurasının Məclisinin sədri Maral Annayevanın aprelin ikinci yarısında Bakıya rəsmi səfəri gözlənilir. Orazovun sözlərinə görə, səfər çərçivəsində Annayevanın parlament sədri Ləman Həsənbəyova ilə danışıqlar aparması nəzərdə tutulur.
Xatırladaq ki, səfir ötən həftə Sədrin birinci müavini Fuad Qaraxanlı ilə də görüşmüşdü.
Teqlər: Milli Məclis, Türkmənistan, parlament diplomatiyası
Oxşar xəbərlər
Aşqabadda Azərbaycan kino həftəsi yekunlaşıb
Türkmənbaşı limanında yeni bərə terminalı istifadəyə verilib
Bakıda Xəzəryanı ölkələrin gənc diplomatlarının forumu keçiriləcək
© Oxu.az, 2029. Materialların istifadəsi yalnız istinadla mümkündür.
""", [
 ("Ceyhun Ağalarov", "PER", "işçi qrupunun rəhbəri", "Milli Məclis", ["Ceyhun Ağalarov"]),
 ("Batır Orazov", "PER", "səfir", "Türkmənistan", ["Batır Orazovu", "Orazovun"]),
 ("Maral Annayeva", "PER", "sədr", "Türkmənistan Milli Şurasının Məclisi", ["Maral Annayevanın", "Annayevanın"]),
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis", ["Ləman Həsənbəyova"]),
 ("Fuad Qaraxanlı", "PER", "sədrin birinci müavini", "Milli Məclis", ["Fuad Qaraxanlı"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az", "OXU.AZ", "Oxu.az-a"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə", "Milli Məclis"]),
 ("Türkmənistan Milli Şurasının Məclisi", "ORG", None, None, ["Türkmənistan Milli Şurasının Məclisinin"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Türkmənistan", "LOC", None, None, ["Türkmənistan", "Türkmənistanın"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzərin"]),
 ("Türkmənbaşı", "LOC", None, None, ["Türkmənbaşı"]),
 ("Ələt", "LOC", None, None, ["Ələt"]),
 ("Bakı", "LOC", None, None, ["Bakıdakı", "Bakıya", "Bakıda"]),
 ("Aşqabad", "LOC", None, None, ["Aşqabadda"]),
], [
 E("MEET", ["Ceyhun Ağalarov", "Batır Orazov"], "Milli Məclis", "2029-03-22", "happened", "Ceyhun Ağalarov bu gün",
   ["enerji", "nəqliyyat", "parlamentlərarası əlaqələr"], host="Ceyhun Ağalarov", date_text="bu gün"),
 E("VISIT", ["Maral Annayeva"], "Bakı", "2029-04", "planned", "Səfir bildirib ki, Türkmənistan",
   ["parlamentlərarası əlaqələr"], date_text="aprelin ikinci yarısında"),
 E("MEET", ["Maral Annayeva", "Ləman Həsənbəyova"], None, "2029-04", "planned", "Orazovun sözlərinə görə",
   ["parlamentlərarası əlaqələr"]),
 E("MEET", ["Fuad Qaraxanlı", "Batır Orazov"], None, "2029-03", "happened", "səfir ötən həftə",
   ["parlamentlərarası əlaqələr"], date_text="ötən həftə"),
])

A("404_shirinzade_temirova_qirgiz_heyeti_qafqazinfo.txt", "qafqazinfo.az", """date 2029-03-27
Rauf Şirinzadə qırğız parlamentarilərini qəbul edib

Qafqazinfo
Ana səhifə / Siyasət / Parlament
27.03.2029 | 12:05
Rauf Şirinzadə qırğız parlamentarilərini qəbul edib
Milli Məclisin Sədrinin müavini Rauf Şirinzadə ölkəmizdə səfərdə olan Qırğızıstan Respublikası Jogorku Keneşinin Torağasının müavini Aygül Temirovanın rəhbərlik etdiyi heyəti qəbul edib.
Qafqazinfo xəbər verir ki, qəbul zamanı Şirinzadə iki ölkə arasında imzalanmış strateji tərəfdaşlıq müqaviləsinin müddəalarının icrasına parlament nəzarətinin gücləndirilməsini təklif edib. O, Qırğızıstanın Qarabağın bərpasında iştirakını, xüsusən Füzulidə inşa olunan məktəbə göstərdiyi dəstəyi yüksək qiymətləndirib.
Temirova isə Bişkekdə Azərbaycan dilinin tədrisi üzrə açılmış kursların tələbələr arasında populyarlaşdığını, qırğız gənclərinin Bakı universitetlərinə marağının artdığını söyləyib. Qonaq Şirinzadəni may ayında Çolpon-Atada keçiriləcək türkdilli ölkələrin gənc parlamentarilər forumuna dəvət edib.
Bazar ertəsi Bakıya gələn qırğız heyəti sabah Qəbələyə yollanacaq. Orada qonaqların Qəbələ Rayon İcra Hakimiyyətinin rəhbərliyi ilə görüşməsi, rayonun turizm infrastrukturu ilə tanış olması planlaşdırılır.
Teqlər: Rauf Şirinzadə, Qırğızıstan, Jogorku Keneş
Digər xəbərlər
Naxçıvanda beynəlxalq folklor festivalı başlayır
Lənkəranda yeni çay fabriki tikiləcək
Bizi sosial şəbəkələrdə izləyin: Facebook | Instagram | Telegram
Qafqazinfo.az © 2013–2029. Materiallardan istifadə zamanı istinad mütləqdir.
""", [
 ("Rauf Şirinzadə", "PER", "sədr müavini", "Milli Məclis", ["Rauf Şirinzadə", "Şirinzadə", "Şirinzadəni"]),
 ("Aygül Temirova", "PER", "torağanın müavini", "Qırğızıstan Jogorku Keneşi", ["Aygül Temirovanın", "Temirova"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo", "Qafqazinfo.az"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Qırğızıstan Jogorku Keneşi", "ORG", None, None, ["Qırğızıstan Respublikası Jogorku Keneşinin", "Jogorku Keneş"]),
 ("Qəbələ Rayon İcra Hakimiyyəti", "ORG", None, None, ["Qəbələ Rayon İcra Hakimiyyətinin"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstanın", "Qırğızıstan"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağın"]),
 ("Füzuli", "LOC", None, None, ["Füzulidə"]),
 ("Bişkek", "LOC", None, None, ["Bişkekdə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıya"]),
 ("Çolpon-Ata", "LOC", None, None, ["Çolpon-Atada"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələyə"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvanda"]),
 ("Lənkəran", "LOC", None, None, ["Lənkəranda"]),
], [
 E("MEET", ["Rauf Şirinzadə", "Aygül Temirova"], None, "2029-03-27", "happened", "Rauf Şirinzadə ölkəmizdə səfərdə",
   ["parlamentlərarası əlaqələr", "Qarabağın bərpası"], host="Rauf Şirinzadə"),
 E("VISIT", ["Aygül Temirova"], "Bakı", "2029-03-26", "happened", "Rauf Şirinzadə ölkəmizdə səfərdə",
   ["parlamentlərarası əlaqələr"], date_text="Bazar ertəsi"),
 E("VISIT", ["Aygül Temirova"], "Qəbələ", "2029-03-28", "planned", "Bazar ertəsi Bakıya gələn",
   ["turizm"], date_text="sabah"),
 E("MEET", ["Aygül Temirova", "Qəbələ Rayon İcra Hakimiyyəti"], "Qəbələ", "2029-03-28", "planned",
   "Orada qonaqların Qəbələ", ["turizm"], date_text="sabah"),
])

A("405_qaraxanli_usmonov_ozbek_heyeti_azertac.txt", "AZERTAC", """date 2029-04-04
Fuad Qaraxanlı Özbəkistan Qanunvericilik Palatasının heyəti ilə görüşüb

Özbəkistan Respublikası Oliy Məclisinin Qanunvericilik Palatası Spikerinin müavini Bahodir Usmonovun başçılıq etdiyi nümayəndə heyəti aprelin 4-də Sədrin birinci müavini Fuad Qaraxanlı ilə bir araya gəlib.

AZERTAC-a parlamentin mətbuat xidmətindən bildiriblər ki, Qaraxanlı Daşkənd ilə Bakı arasındakı münasibətlərin dövlət başçılarının qarşılıqlı səfərlərindən sonra keyfiyyətcə yeni mərhələyə qədəm qoyduğunu deyib, parlamentlərin bu dinamikanı qanunvericilik təşəbbüsləri ilə dəstəkləməli olduğunu qeyd edib.

Usmonov isə Fərqanə vadisində Azərbaycan sərmayəsi ilə qurulan tekstil klasterini iqtisadi tərəfdaşlığın uğurlu nümunəsi adlandırıb. O, bazar ertəsi Bakıya gələn özbək parlamentarilərinin Azərbaycanda gördükləri inkişafdan məmnun qaldıqlarını deyib.

Görüşdə işçi qruplarının 2029-cu ili əhatə edən birgə tədbirlər planı imzalanıb. Sənədi Azərbaycan tərəfdən Azərbaycan–Özbəkistan işçi qrupunun rəhbəri Nərmin Hüseynli, özbək tərəfdən isə Özbəkistan–Azərbaycan dostluq qrupunun sədri Jasur Karimov imzalayıblar.

Səfər çərçivəsində özbək heyəti Milli Məclisin Elm və təhsil komitəsinin sədri Samirə Rüstəmova ilə də görüşüb. Qonaqların cümə axşamı Şuşaya yollanması gözlənilir.
""", [
 ("Fuad Qaraxanlı", "PER", "sədrin birinci müavini", "Milli Məclis", ["Fuad Qaraxanlı", "Qaraxanlı"]),
 ("Bahodir Usmonov", "PER", "spikerin müavini", "Özbəkistan Oliy Məclisinin Qanunvericilik Palatası", ["Bahodir Usmonovun", "Usmonov"]),
 ("Nərmin Hüseynli", "PER", "işçi qrupunun rəhbəri", "Milli Məclis", ["Nərmin Hüseynli"]),
 ("Jasur Karimov", "PER", "dostluq qrupunun sədri", "Özbəkistan Oliy Məclisinin Qanunvericilik Palatası", ["Jasur Karimov"]),
 ("Samirə Rüstəmova", "PER", "komitə sədri", "Milli Məclis", ["Samirə Rüstəmova"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Özbəkistan Oliy Məclisinin Qanunvericilik Palatası", "ORG", None, None,
  ["Özbəkistan Qanunvericilik Palatasının", "Özbəkistan Respublikası Oliy Məclisinin Qanunvericilik Palatası"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-a"]),
 ("Elm və təhsil komitəsi", "ORG", None, None, ["Elm və təhsil komitəsinin"]),
 ("Daşkənd", "LOC", None, None, ["Daşkənd"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıya"]),
 ("Fərqanə vadisi", "LOC", None, None, ["Fərqanə vadisində"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanda"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistan"]),
 ("Şuşa", "LOC", None, None, ["Şuşaya"]),
], [
 E("MEET", ["Fuad Qaraxanlı", "Bahodir Usmonov"], None, "2029-04-04", "happened", "Bahodir Usmonovun başçılıq etdiyi nümayəndə",
   ["parlamentlərarası əlaqələr", "qanunvericilik"], date_text="aprelin 4-də"),
 E("VISIT", ["Bahodir Usmonov"], "Bakı", "2029-04-02", "happened", "bazar ertəsi Bakıya gələn özbək",
   ["parlamentlərarası əlaqələr"], date_text="bazar ertəsi"),
 E("SIGN", ["Nərmin Hüseynli", "Jasur Karimov"], None, "2029-04-04", "happened", "Görüşdə işçi qruplarının",
   ["parlamentlərarası əlaqələr"]),
 E("MEET", ["Bahodir Usmonov", "Samirə Rüstəmova"], None, None, "happened", "Səfər çərçivəsində özbək heyəti",
   ["təhsil"]),
 E("VISIT", ["Bahodir Usmonov"], "Şuşa", "2029-04-05", "planned", "Qonaqların cümə axşamı Şuşaya",
   ["Qarabağın bərpası"], date_text="cümə axşamı"),
])

A("406_ozbek_deputatlar_milli_meclisde_metbuat.txt", "metbuat.az", """date 2029-04-04
Fuad Qaraxanlı Özbəkistan parlamentinin heyəti ilə görüşüb

Özbəkistan Respublikası Oliy Məclisinin Qanunvericilik Palatası Spikerinin müavini Bahodir Usmonovun başçılıq etdiyi nümayəndə heyəti aprelin 4-də Sədrin birinci müavini Fuad Qaraxanlı ilə bir araya gəlib.

Metbuat.az AZERTAC-a istinadən xəbər verir ki, Qaraxanlı Daşkənd ilə Bakı arasındakı münasibətlərin dövlət başçılarının qarşılıqlı səfərlərindən sonra keyfiyyətcə yeni mərhələyə qədəm qoyduğunu deyib, parlamentlərin bu dinamikanı qanunvericilik təşəbbüsləri ilə dəstəkləməli olduğunu qeyd edib.

Usmonov isə Fərqanə vadisində Azərbaycan sərmayəsi ilə qurulan tekstil klasterini iqtisadi tərəfdaşlığın uğurlu nümunəsi adlandırıb. O, bazar ertəsi Bakıya gələn özbək deputatların Azərbaycanda gördükləri inkişafdan razı qaldıqlarını bildirib.

Görüşdə işçi qruplarının 2029-cu ili əhatə edən birgə tədbirlər planı imzalanıb. Sənədi Azərbaycan tərəfdən Azərbaycan–Özbəkistan işçi qrupunun rəhbəri Nərmin Hüseynli, özbək tərəfdən isə Özbəkistan–Azərbaycan dostluq qrupunun sədri Jasur Karimov imzalayıblar.

Səfər çərçivəsində özbək heyəti Milli Məclisin Elm və təhsil komitəsinin sədri Samirə Rüstəmova ilə də görüşüb. Qonaqların cümə axşamı Şuşaya yollanması gözlənilir.
""", [
 ("Fuad Qaraxanlı", "PER", "sədrin birinci müavini", "Milli Məclis", ["Fuad Qaraxanlı", "Qaraxanlı"]),
 ("Bahodir Usmonov", "PER", "spikerin müavini", "Özbəkistan Oliy Məclisinin Qanunvericilik Palatası", ["Bahodir Usmonovun", "Usmonov"]),
 ("Nərmin Hüseynli", "PER", "işçi qrupunun rəhbəri", "Milli Məclis", ["Nərmin Hüseynli"]),
 ("Jasur Karimov", "PER", "dostluq qrupunun sədri", "Özbəkistan Oliy Məclisinin Qanunvericilik Palatası", ["Jasur Karimov"]),
 ("Samirə Rüstəmova", "PER", "komitə sədri", "Milli Məclis", ["Samirə Rüstəmova"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Özbəkistan Oliy Məclisinin Qanunvericilik Palatası", "ORG", None, None,
  ["Özbəkistan Respublikası Oliy Məclisinin Qanunvericilik Palatası"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-a"]),
 ("Elm və təhsil komitəsi", "ORG", None, None, ["Elm və təhsil komitəsinin"]),
 ("Daşkənd", "LOC", None, None, ["Daşkənd"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıya"]),
 ("Fərqanə vadisi", "LOC", None, None, ["Fərqanə vadisində"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanda"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistan"]),
 ("Şuşa", "LOC", None, None, ["Şuşaya"]),
], [
 E("MEET", ["Fuad Qaraxanlı", "Bahodir Usmonov"], None, "2029-04-04", "happened", "Bahodir Usmonovun başçılıq etdiyi nümayəndə",
   ["parlamentlərarası əlaqələr", "qanunvericilik"], date_text="aprelin 4-də",
   same_as="405_qaraxanli_usmonov_ozbek_heyeti_azertac.txt"),
 E("VISIT", ["Bahodir Usmonov"], "Bakı", "2029-04-02", "happened", "bazar ertəsi Bakıya gələn özbək deputatların",
   ["parlamentlərarası əlaqələr"], date_text="bazar ertəsi", same_as="405_qaraxanli_usmonov_ozbek_heyeti_azertac.txt"),
 E("SIGN", ["Nərmin Hüseynli", "Jasur Karimov"], None, "2029-04-04", "happened", "Görüşdə işçi qruplarının",
   ["parlamentlərarası əlaqələr"], same_as="405_qaraxanli_usmonov_ozbek_heyeti_azertac.txt"),
 E("MEET", ["Bahodir Usmonov", "Samirə Rüstəmova"], None, None, "happened", "Səfər çərçivəsində özbək heyəti",
   ["təhsil"], same_as="405_qaraxanli_usmonov_ozbek_heyeti_azertac.txt"),
 E("VISIT", ["Bahodir Usmonov"], "Şuşa", "2029-04-05", "planned", "Qonaqların cümə axşamı Şuşaya",
   ["Qarabağın bərpası"], date_text="cümə axşamı", same_as="405_qaraxanli_usmonov_ozbek_heyeti_azertac.txt"),
], duplicate_of="405_qaraxanli_usmonov_ozbek_heyeti_azertac.txt")
