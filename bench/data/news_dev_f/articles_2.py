A("137_rzaquliyeva_koreya_seferi.txt", "oxu.az", """date 2026-06-09
Səbinə Rzaquliyeva Seulda səfərdədir

Milli Məclisin Elm və təhsil komitəsinin sədri Səbinə Rzaquliyevanın başçılıq etdiyi parlament nümayəndə heyəti Koreya Respublikasında səfərdədir.

Oxu.az-ın komitəyə istinadən məlumatına görə, heyət bazar ertəsi Koreya Respublikasına rəsmi səfərə gedib. Heyətin tərkibinə deputatlar Elşən Musayev və Nərmin Abbaslı da daxildir. Səfər proqramı təhsil, elm və innovasiya sahələrində parlamentlərarası əlaqələrin genişləndirilməsinə yönəlib.

Səfərin ilk günü Səbinə Rzaquliyeva Koreya Respublikası Milli Assambleyasının Təhsil komitəsinin sədri Kim Min Cunla görüşüb. Həmsöhbətlər peşə təhsili, müəllim hazırlığı və universitetlərarası ikili diplom proqramları barədə fikir mübadiləsi aparıblar. Kim Min Cun Koreya şirkətlərinin Azərbaycanda açdığı təlim mərkəzlərinin fəaliyyətindən razılığını ifadə edib.

"Koreyanın təhsil modeli sürətli iqtisadi inkişafın əsas sirridir. Biz bu təcrübəni peşə məktəblərimizdə tətbiq etmək istəyirik", – deyə Səbinə Rzaquliyeva görüşdə bildirib. Komitə sədri Azərbaycanda son beş ildə yaradılan peşə təhsili mərkəzlərinin sayının iki dəfə artdığını, onların bir hissəsinin Koreya Beynəlxalq Əməkdaşlıq Agentliyinin dəstəyi ilə qurulduğunu xatırladıb.

Kim Min Cun isə parlamentlər arasında təhsil qanunvericiliyi üzrə təcrübə mübadiləsinin davam etdirilməsini təklif edib. O, Koreya Milli Assambleyasının komitə üzvlərinin payızda Bakıya səfər edəcəyini deyib.

Səfəri çərçivəsində heyət bu gün Seul Milli Universitetini ziyarət edib, burada dilimizi öyrənən tələbələrlə görüşüb.

Universitetin prorektoru qonaqlara Şərq dilləri fakültəsində fəaliyyət göstərən türkologiya proqramı barədə məlumat verib. Rzaquliyeva universitetin kitabxanasına Azərbaycan ədəbiyyatı nümunələrindən ibarət kitab dəsti hədiyyə edib. "Dilimizi öyrənən hər bir koreyalı gənc iki xalq arasında körpüdür", – deyə komitə sədri tələbələrə müraciətində vurğulayıb.

Qeyd edək ki, proqrama salınmış Koreya Təhsil Nazirliyindəki görüş nazirin regionlara ezamiyyəti səbəbindən ləğv olunub. Cümə günü isə deputatların Pusanda keçiriləcək Azərbaycan–Koreya təhsil forumunda çıxış etməsi gözlənilir.
""", [
 ("Səbinə Rzaquliyeva", "PER", "komitə sədri", "Milli Məclis", ["Səbinə Rzaquliyeva", "Səbinə Rzaquliyevanın", "Rzaquliyeva"]),
 ("Elşən Musayev", "PER", "deputat", "Milli Məclis", ["Elşən Musayev"]),
 ("Nərmin Abbaslı", "PER", "deputat", "Milli Məclis", ["Nərmin Abbaslı"]),
 ("Kim Min Cun", "PER", "komitə sədri", "Koreya Respublikası Milli Assambleyası", ["Kim Min Cunla", "Kim Min Cun"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Elm və təhsil komitəsi", "ORG", None, None, ["Elm və təhsil komitəsinin"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az-ın"]),
 ("Koreya Respublikası Milli Assambleyası", "ORG", None, None, ["Koreya Respublikası Milli Assambleyasının", "Koreya Milli Assambleyasının"]),
 ("Təhsil komitəsi", "ORG", None, None, ["Təhsil komitəsinin"]),
 ("Seul Milli Universiteti", "ORG", None, None, ["Seul Milli Universitetini"]),
 ("Koreya Beynəlxalq Əməkdaşlıq Agentliyi", "ORG", None, None, ["Koreya Beynəlxalq Əməkdaşlıq Agentliyinin"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Koreya Təhsil Nazirliyi", "ORG", None, None, ["Koreya Təhsil Nazirliyindəki"]),
 ("Seul", "LOC", None, None, ["Seulda"]),
 ("Koreya Respublikası", "LOC", None, None, ["Koreya Respublikasında", "Koreya Respublikasına", "Koreya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanda", "Azərbaycan"]),
 ("Pusan", "LOC", None, None, ["Pusanda"]),
], [
 E("VISIT", ["Səbinə Rzaquliyeva"], "Koreya Respublikası", "2026-06-08", "happened", "heyət bazar ertəsi Koreya",
   ["parlamentlərarası əlaqələr", "təhsil"], date_text="bazar ertəsi"),
 E("MEET", ["Səbinə Rzaquliyeva", "Kim Min Cun"], "Seul", "2026-06-08", "happened", "Səfərin ilk günü Səbinə",
   ["peşə təhsili", "təhsil"], date_text="Səfərin ilk günü"),
 E("VISIT", ["Səbinə Rzaquliyeva"], "Seul Milli Universiteti", "2026-06-09", "happened", "Səfəri çərçivəsində heyət bu gün",
   ["təhsil"], place="Seul Milli Universiteti", date_text="bu gün"),
 E("MEET", ["Səbinə Rzaquliyeva", "Koreya Təhsil Nazirliyi"], "Koreya Təhsil Nazirliyi", None, "negated", "Qeyd edək ki, proqrama salınmış",
   ["təhsil"]),
 E("ATTEND", ["Səbinə Rzaquliyeva"], "Pusan", "2026-06-12", "planned", "Cümə günü isə deputatların",
   ["təhsil"], date_text="Cümə günü", event_name="Azərbaycan–Koreya təhsil forumu"),
])

A("138_esgerli_agstafa_qazax.txt", "qafqazinfo.az", """date 2026-06-25
ADY rəhbərliyi Qazax–Ağstafa dəmir yolu xəttinin yenilənməsini yerində izləyib

Çərşənbə günü "Azərbaycan Dəmir Yolları" QSC-nin sədr müavini Fərhad Əsgərli işgüzar səfərlə Ağstafa rayonunda olub.

Qafqazinfo-nun ADY-nin mətbuat xidmətinə istinadən məlumatına görə, səfər zamanı sədr müavini Böyük Kəsik stansiyasına baş çəkib, burada konteyner terminalının genişləndirilməsi işlərinin gedişi ilə tanış olub. Fərhad Əsgərli rayon icra hakimiyyətinin başçısı Tərlan Bağırova stansiyanın yenidənqurma planı, yeni yük meydançalarının tikintisi və yerli sakinlər üçün yaradılacaq iş yerləri barədə məlumat verib.

Ertəsi gün sədr müavini Qazax rayonuna keçib, Qazax–Ağstafa sahəsində relslərin dəyişdirilməsi üzrə aparılan işləri nəzərdən keçirib. Bildirilib ki, sahədə qatarların hərəkət sürətinin saatda 120 kilometrə çatdırılması nəzərdə tutulur.

Qeyd edək ki, Orta Dəhliz üzrə yükdaşımaların artması ilə əlaqədar Gürcüstan Dəmir Yolu ilə Tbilisidə işçi görüşünün iyulun əvvəlində keçirilməsi planlaşdırılır. Görüşdə Fərhad Əsgərlinin də iştirak edəcəyi bildirilir.
""", [
 ("Fərhad Əsgərli", "PER", "sədr müavini", "Azərbaycan Dəmir Yolları", ["Fərhad Əsgərli", "Fərhad Əsgərlinin"]),
 ("Tərlan Bağırov", "PER", "icra hakimiyyətinin başçısı", None, ["Tərlan Bağırova"]),
 ("Azərbaycan Dəmir Yolları", "ORG", None, None, ["ADY", "Azərbaycan Dəmir Yolları", "ADY-nin"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo-nun"]),
 ("Gürcüstan Dəmir Yolu", "ORG", None, None, ["Gürcüstan Dəmir Yolu"]),
 ("Qazax", "LOC", None, None, ["Qazax"]),
 ("Ağstafa", "LOC", None, None, ["Ağstafa"]),
 ("Böyük Kəsik stansiyası", "LOC", None, None, ["Böyük Kəsik stansiyasına"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisidə"]),
], [
 E("VISIT", ["Fərhad Əsgərli"], "Ağstafa", "2026-06-24", "happened", "QSC-nin sədr müavini Fərhad",
   ["dəmir yolu infrastrukturu"], date_text="Çərşənbə günü"),
 E("VISIT", ["Fərhad Əsgərli"], "Böyük Kəsik stansiyası", "2026-06-24", "happened", "səfər zamanı sədr müavini Böyük",
   ["dəmir yolu infrastrukturu", "konteyner daşımaları"], place="Böyük Kəsik stansiyası"),
 E("MEET", ["Fərhad Əsgərli", "Tərlan Bağırov"], "Ağstafa", "2026-06-24", "happened", "Fərhad Əsgərli rayon icra",
   ["dəmir yolu infrastrukturu", "məşğulluq"]),
 E("VISIT", ["Fərhad Əsgərli"], "Qazax", "2026-06-25", "happened", "Ertəsi gün sədr müavini",
   ["dəmir yolu infrastrukturu"], date_text="Ertəsi gün"),
 E("MEET", ["Fərhad Əsgərli", "Gürcüstan Dəmir Yolu"], "Tbilisi", "2026-07", "planned", "Qeyd edək ki, Orta Dəhliz",
   ["Orta Dəhliz", "yükdaşımalar"], date_text="iyulun əvvəlində"),
])

A("139_hesenzade_lenkeran_seminar.txt", "metbuat.az", """date 2026-07-08
Lənkəranda Hirkan meşələrinin qorunmasına həsr olunmuş seminar keçirilib

Ayın 6-da Lənkəranda Ekologiya və təbii sərvətlər nazirinin müavini Ülviyyə Həsənzadənin iştirakı ilə keçirilən regional seminarda iqlim dəyişmələrinin cənub bölgəsinin meşə ekosistemlərinə təsiri müzakirə edilib.

Metbuat.az xəbər verir ki, tədbirə Lənkəran, Astara, Masallı və Lerik rayonlarından bələdiyyə nümayəndələri, ekoloqlar və fermerlər qatılıblar. Ülviyyə Həsənzadə çıxışında Hirkan Milli Parkının ərazisində son üç ildə dörd yüz hektardan çox sahədə meşəbərpa işlərinin aparıldığını deyib.

Seminar çərçivəsində Ekologiya və Təbii Sərvətlər Nazirliyi ilə BMT İnkişaf Proqramı arasında Hirkan meşələrinin davamlı idarə olunmasına dair layihə sənədi imzalanıb. Sənədi nazir müavini və BMT İnkişaf Proqramının Azərbaycandakı rezident nümayəndəsi Anna Kovalçik imzalayıblar.

Tədbirin kənarında Həsənzadə və Kovalçik ikitərəfli formatda da söhbət ediblər. Həmsöhbətlər noyabrda Antalyada keçiriləcək BMT-nin İqlim Dəyişmələri üzrə Çərçivə Konvensiyası Tərəflərinin 31-ci Konfransında birgə tədbir təşkil etmək barədə razılığa gəliblər. Nazir müavininin COP31-də Azərbaycan nümayəndə heyətinin tərkibində iştirakı gözlənilir.

Foto: Ekologiya və Təbii Sərvətlər Nazirliyi
""", [
 ("Ülviyyə Həsənzadə", "PER", "nazir müavini", "Ekologiya və Təbii Sərvətlər Nazirliyi", ["Ülviyyə Həsənzadənin", "Ülviyyə Həsənzadə", "Həsənzadə"]),
 ("Anna Kovalçik", "PER", "rezident nümayəndə", "BMT İnkişaf Proqramı", ["Anna Kovalçik", "Kovalçik"]),
 ("Ekologiya və Təbii Sərvətlər Nazirliyi", "ORG", None, None, ["Ekologiya və Təbii Sərvətlər Nazirliyi"]),
 ("BMT İnkişaf Proqramı", "ORG", None, None, ["BMT İnkişaf Proqramı", "BMT İnkişaf Proqramının"]),
 ("Birləşmiş Millətlər Təşkilatı", "ORG", None, None, ["BMT-nin"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az"]),
 ("Lənkəran", "LOC", None, None, ["Lənkəranda", "Lənkəran"]),
 ("Hirkan meşələri", "LOC", None, None, ["Hirkan meşələrinin"]),
 ("Astara", "LOC", None, None, ["Astara"]),
 ("Masallı", "LOC", None, None, ["Masallı"]),
 ("Lerik", "LOC", None, None, ["Lerik"]),
 ("Hirkan Milli Parkı", "LOC", None, None, ["Hirkan Milli Parkının"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı", "Azərbaycan"]),
 ("Antalya", "LOC", None, None, ["Antalyada"]),
], [
 E("ATTEND", ["Ülviyyə Həsənzadə"], "Lənkəran", "2026-07-06", "happened", "Ayın 6-da Lənkəranda",
   ["iqlim dəyişmələri", "meşələrin mühafizəsi"], date_text="Ayın 6-da", event_name="regional seminar"),
 E("SIGN", ["Ülviyyə Həsənzadə", "Anna Kovalçik"], "Lənkəran", "2026-07-06", "happened", "Seminar çərçivəsində Ekologiya",
   ["meşələrin mühafizəsi"]),
 E("MEET", ["Ülviyyə Həsənzadə", "Anna Kovalçik"], "Lənkəran", "2026-07-06", "happened", "Tədbirin kənarında Həsənzadə",
   ["iqlim dəyişmələri"]),
 E("ATTEND", ["Ülviyyə Həsənzadə"], "Antalya", "2026-11", "planned", "Nazir müavininin COP31-də",
   ["iqlim dəyişmələri"], date_text="noyabrda", event_name="COP31"),
])

A("140_resulzade_tdt_qebele.txt", "APA", """date 2026-08-20
Qəbələdə Türk Dövlətləri Təşkilatının gənclər nazirlərinin toplantısı keçirilib

Dünən Qəbələdə Türk Dövlətləri Təşkilatına üzv ölkələrin gənclər siyasəti üzrə məsul nazirlərinin beşinci toplantısı keçirilib.

APA-nın məlumatına görə, Azərbaycanı toplantıda Gənclər və İdman nazirinin müavini Elvin Rəsulzadə təmsil edib. Qazaxıstanın mədəniyyət və informasiya vitse-naziri Arman Seytqaliyev və Qırğızıstanın gənclər siyasəti üzrə dövlət katibi Ayqul Toktosunova da toplantıda iştirak ediblər. Macarıstanın gənclər üzrə dövlət katibi Bençe Sabo isə tədbirdə müşahidəçi qismində olub. TÜRKPA-nın baş katibinin müavini Nurlan Abdıkerimov da toplantıya iştirakçı qismində qatılıb.

Toplantıda TDT-nin 2027–2029-cu illər üzrə gənclər siyasəti strategiyası təsdiqlənib, "Türk dünyasının gənc liderləri" proqramının növbəti mərhələsi təqdim olunub. Elvin Rəsulzadə Şuşanın 2028-ci ildə türk dünyasının gənclər paytaxtı elan olunmasını təklif edib.

Toplantıdan sonra Rəsulzadə Seytqaliyevlə ikitərəfli görüş keçirib. Görüşdə Azərbaycan və Qazaxıstan gənclər təşkilatlarının birgə yay düşərgələri məsələsi müzakirə olunub.

Növbəti toplantının gələn ilin payızında Bişkekdə keçirilməsi nəzərdə tutulur. Özbəkistan nümayəndə heyəti isə bu il toplantıya qatılmayıb.
""", [
 ("Elvin Rəsulzadə", "PER", "nazir müavini", "Azərbaycan", ["Elvin Rəsulzadə", "Rəsulzadə"]),
 ("Arman Seytqaliyev", "PER", "vitse-nazir", "Qazaxıstan", ["Arman Seytqaliyev", "Seytqaliyevlə"]),
 ("Ayqul Toktosunova", "PER", "dövlət katibi", "Qırğızıstan", ["Ayqul Toktosunova"]),
 ("Bençe Sabo", "PER", "dövlət katibi", "Macarıstan", ["Bençe Sabo"]),
 ("Nurlan Abdıkerimov", "PER", "baş katibin müavini", "TÜRKPA", ["Nurlan Abdıkerimov"]),
 ("Türk Dövlətləri Təşkilatı", "ORG", None, None, ["Türk Dövlətləri Təşkilatının", "Türk Dövlətləri Təşkilatına", "TDT-nin"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("TÜRKPA", "ORG", None, None, ["TÜRKPA-nın"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələdə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanı", "Azərbaycan"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstanın", "Qazaxıstan"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstanın"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstanın"]),
 ("Şuşa", "LOC", None, None, ["Şuşanın"]),
 ("Bişkek", "LOC", None, None, ["Bişkekdə"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistan"]),
], [
 E("ATTEND", ["Elvin Rəsulzadə"], "Qəbələ", "2026-08-19", "happened", "Azərbaycanı toplantıda",
   ["gənclər siyasəti"], date_text="Dünən", event_name="gənclər siyasəti üzrə məsul nazirlərin beşinci toplantısı"),
 E("ATTEND", ["Arman Seytqaliyev", "Ayqul Toktosunova"], "Qəbələ", "2026-08-19", "happened", "Qazaxıstanın mədəniyyət və informasiya",
   ["gənclər siyasəti"], date_text="Dünən", event_name="gənclər siyasəti üzrə məsul nazirlərin beşinci toplantısı"),
 E("ATTEND", ["Bençe Sabo"], "Qəbələ", "2026-08-19", "happened", "Macarıstanın gənclər üzrə",
   ["gənclər siyasəti"], date_text="Dünən", event_name="gənclər siyasəti üzrə məsul nazirlərin beşinci toplantısı"),
 E("ATTEND", ["Nurlan Abdıkerimov"], "Qəbələ", "2026-08-19", "happened", "TÜRKPA-nın baş katibinin",
   ["gənclər siyasəti"], date_text="Dünən", event_name="gənclər siyasəti üzrə məsul nazirlərin beşinci toplantısı"),
 E("MEET", ["Elvin Rəsulzadə", "Arman Seytqaliyev"], "Qəbələ", "2026-08-19", "happened", "Toplantıdan sonra Rəsulzadə",
   ["gənclər siyasəti"]),
])

A("141_ceferzade_komite_iclasi.txt", None, """date 2026-09-16
Parlament komitəsində gələn ilin büdcə proqnozları dinlənilib

Milli Məclisin İqtisadi siyasət, sənaye və sahibkarlıq komitəsinin sədri Kamal Cəfərzadə çərşənbə axşamı komitənin növbədənkənar iclasına sədrlik edib.

İclasda 2027-ci il dövlət büdcəsinin layihəsinə dair hökumətin ilkin proqnozları dinlənilib. Maliyyə nazirinin müavini Sevinc Qaraşova iclasda deputatlara gələn il iqtisadi artımın 3,2 faiz, inflyasiyanın isə 4 faiz səviyyəsində gözlənildiyini bildirib. Sevinc xanım qeyri-neft sektorunun büdcə gəlirlərindəki payının artdığını da vurğulayıb.

Deputatlardan Arzu Nağıyeva və Elşad Mikayılov kiçik və orta sahibkarlığa güzəştli kreditlərin həcmi, regionlarda sənaye parklarının doluluğu ilə bağlı suallar veriblər.

İclasın yekununda Kamal Cəfərzadə Dünya Bankının Cənubi Qafqaz üzrə regional direktoru Yan Kovalskini qəbul edib. Görüşdə Bankın Azərbaycanda maliyyələşdirdiyi layihələrin icrası, xüsusilə Şamaxı–Qəbələ avtomobil yolunun yenidən qurulması nəzərdən keçirilib. Qonaq bu layihənin gələn ilin sonunadək başa çatacağına əminliyini bildirib.

Xatırladaq ki, komitə sədri ötən ay Vaşinqtonda Dünya Bankının rəhbərliyi ilə görüşlər keçirib.
""", [
 ("Kamal Cəfərzadə", "PER", "komitə sədri", "Milli Məclis", ["Kamal Cəfərzadə"]),
 ("Sevinc Qaraşova", "PER", "nazir müavini", "Azərbaycan", ["Sevinc Qaraşova", "Sevinc"]),
 ("Arzu Nağıyeva", "PER", "deputat", "Milli Məclis", ["Arzu Nağıyeva"]),
 ("Elşad Mikayılov", "PER", "deputat", "Milli Məclis", ["Elşad Mikayılov"]),
 ("Yan Kovalski", "PER", "regional direktor", "Dünya Bankı", ["Yan Kovalskini"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("İqtisadi siyasət, sənaye və sahibkarlıq komitəsi", "ORG", None, None, ["İqtisadi siyasət, sənaye və sahibkarlıq komitəsinin"]),
 ("Dünya Bankı", "ORG", None, None, ["Dünya Bankının", "Bankın"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqaz"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanda"]),
 ("Şamaxı", "LOC", None, None, ["Şamaxı"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələ"]),
 ("Vaşinqton", "LOC", None, None, ["Vaşinqtonda"]),
], [
 E("ATTEND", ["Kamal Cəfərzadə"], "Milli Məclis", "2026-09-15", "happened", "Milli Məclisin İqtisadi siyasət",
   ["dövlət büdcəsi"], date_text="çərşənbə axşamı", event_name="komitənin növbədənkənar iclası"),
 E("ATTEND", ["Sevinc Qaraşova"], "Milli Məclis", "2026-09-15", "happened", "Maliyyə nazirinin müavini Sevinc",
   ["dövlət büdcəsi", "iqtisadi artım"], event_name="komitənin növbədənkənar iclası"),
 E("ATTEND", ["Arzu Nağıyeva", "Elşad Mikayılov"], "Milli Məclis", "2026-09-15", "happened", "Deputatlardan Arzu",
   ["sahibkarlıq"], event_name="komitənin növbədənkənar iclası"),
 E("MEET", ["Kamal Cəfərzadə", "Yan Kovalski"], "Milli Məclis", "2026-09-15", "happened", "İclasın yekununda Kamal",
   ["beynəlxalq maliyyə", "yol infrastrukturu"], host="Kamal Cəfərzadə"),
 E("MEET", ["Kamal Cəfərzadə", "Dünya Bankı"], "Vaşinqton", "2026-08", "happened", "Xatırladaq ki, komitə sədri",
   ["beynəlxalq maliyyə"], date_text="ötən ay"),
])

A("142_azcon_turkmenbasi_sazis.txt", "report.az", """date 2026-10-02
AZCON Holdinq Türkmənbaşı limanı ilə bərə daşımalarına dair saziş imzalayıb

Dünən Bakıda AZCON Holdinq ilə Türkmənbaşı Beynəlxalq Dəniz Limanı arasında Xəzər dənizi vasitəsilə bərə və ro-ro daşımalarının əlaqələndirilməsinə dair saziş imzalanıb.

Report-un holdinqə istinadən verdiyi xəbərə görə, sazişə AZCON Holdinqin İdarə Heyəti sədrinin müavini Rəşad Qurbanlı və Türkmənbaşı limanının direktoru Mekan Atayev imza atıblar. Sənəd tranzit yüklərin vahid elektron sistemdə izlənməsini, gəmilərin yüklənmə qrafikinin əvvəlcədən razılaşdırılmasını nəzərdə tutur.

Bakıda işgüzar səfərdə olan Mekan Atayev imza mərasimindən sonra Ələtdəki Bakı Beynəlxalq Dəniz Ticarət Limanının terminallarına baş çəkib.

Qeyd edək ki, sazişin avqustda imzalanması nəzərdə tutulsa da, texniki razılaşmaların tamamlanmaması səbəbindən mərasim gecikib. Tərəflərin oktyabrın sonunda Türkmənbaşıda işçi qrupunun iclasında yenidən bir araya gəlməsi planlaşdırılır.

Ardını oxu: Xəzər üzərindən tranzit yükdaşımaları 18 faiz artıb
""", [
 ("Rəşad Qurbanlı", "PER", "idarə heyəti sədrinin müavini", "AZCON Holdinq", ["Rəşad Qurbanlı"]),
 ("Mekan Atayev", "PER", "direktor", "Türkmənbaşı Beynəlxalq Dəniz Limanı", ["Mekan Atayev"]),
 ("AZCON Holdinq", "ORG", None, None, ["AZCON Holdinq", "AZCON Holdinqin"]),
 ("Türkmənbaşı Beynəlxalq Dəniz Limanı", "ORG", None, None, ["Türkmənbaşı Beynəlxalq Dəniz Limanı"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Türkmənbaşı", "LOC", None, None, ["Türkmənbaşı", "Türkmənbaşıda"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizi", "Xəzər"]),
 ("Ələt", "LOC", None, None, ["Ələtdəki"]),
 ("Bakı Beynəlxalq Dəniz Ticarət Limanı", "LOC", None, None, ["Bakı Beynəlxalq Dəniz Ticarət Limanının"]),
], [
 E("SIGN", ["Rəşad Qurbanlı", "Mekan Atayev"], "Bakı", "2026-10-01", "happened", "Dünən Bakıda AZCON",
   ["dəniz daşımaları", "tranzit"], date_text="Dünən"),
 E("VISIT", ["Mekan Atayev"], "Bakı", "2026-10-01", "happened", "Bakıda işgüzar səfərdə olan",
   ["dəniz daşımaları"]),
 E("VISIT", ["Mekan Atayev"], "Bakı Beynəlxalq Dəniz Ticarət Limanı", "2026-10-01", "happened", "Bakıda işgüzar səfərdə olan",
   ["dəniz daşımaları"], place="Bakı Beynəlxalq Dəniz Ticarət Limanı"),
 E("SIGN", ["AZCON Holdinq", "Türkmənbaşı Beynəlxalq Dəniz Limanı"], None, "2026-08", "negated", "Qeyd edək ki, sazişin avqustda",
   ["dəniz daşımaları"], date_text="avqustda"),
 E("MEET", ["AZCON Holdinq", "Türkmənbaşı Beynəlxalq Dəniz Limanı"], "Türkmənbaşı", "2026-10", "planned", "Tərəflərin oktyabrın sonunda",
   ["dəniz daşımaları"], date_text="oktyabrın sonunda"),
])
