A("490_kazimli_tdt_xin_surasi_qebele.txt", "AZERTAC", """date 2026-11-05
TDT xarici işlər nazirləri Qəbələdə sammitin gündəliyini razılaşdırıb

Türk Dövlətləri Təşkilatının (TDT) dövlət başçıları sabah Qəbələdə bir araya gələcəklər. Zirvə görüşünün gündəliyi isə bu gün burada, Xarici İşlər Nazirləri Şurasının toplantısında son şəklini alıb.

AZERTAC-ın məlumatına görə, təşkilatda sədrliyi bu il öz üzərinə götürmüş Azərbaycanın xarici işlər naziri Ruslan Kazımlı toplantıya sədrlik edib. Türkiyə, Qazaxıstan və Özbəkistanın xarici işlər nazirləri, Qırğızıstanın xarici işlər nazirinin birinci müavini, eləcə də müşahidəçi qismində Türkmənistan və Macarıstanın nümayəndələri müzakirələrə qoşulublar. TDT-nin Baş katibi Ömürbek Sadırov ötən zirvə toplantısından keçən dövrdə qəbul edilmiş qərarların icrası barədə hesabat verib. Nazirlər sabah dövlət başçılarının imzasına təqdim olunacaq yekun bəyannamənin mətnini bəyəniblər.

Toplantıdan sonra Ruslan Kazımlı qazaxıstanlı həmkarı Yerjan Musinlə təkbətək görüşüb, sammit çərçivəsində imzalanacaq ikitərəfli sənədlərin hazırlığını nəzərdən keçirib. Özbəkistanın xarici siyasət idarəsinin başçısı Otabek Nurmatov da nazir tərəfindən qəbul olunub; tərəflər Ələtdəki azad iqtisadi zonada özbək şirkətləri üçün nəzərdə tutulan logistika mərkəzindən danışıblar.

Kazımlının qırğızıstanlı həmkarı Aybek Sarıbayevlə də bu gün görüşməsi gözlənilirdi. Lakin Sarıbayev Qəbələyə yalnız sabah səhər gələcəyindən həmin görüş sammitin kənarına keçirilib.

Axşam saatlarında Qəbələyə ilk gələn dövlət başçısı Qazaxıstan Prezidenti Serik Abenov olub. Qəbələ Beynəlxalq Hava Limanında qonağı Baş nazir Nicat Ələsgərli qarşılayıb.

Sabahkı zirvə görüşünə Prezident Teymur Səlimov sədrlik edəcək.
""", [
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Azərbaycan", ["Ruslan Kazımlı", "Kazımlının"]),
 ("Ömürbek Sadırov", "PER", "baş katib", "Türk Dövlətləri Təşkilatı", ["Ömürbek Sadırov"]),
 ("Yerjan Musin", "PER", "xarici işlər naziri", "Qazaxıstan", ["Yerjan Musinlə"]),
 ("Otabek Nurmatov", "PER", "xarici siyasət idarəsinin başçısı", "Özbəkistan", ["Otabek Nurmatov"]),
 ("Aybek Sarıbayev", "PER", "xarici işlər naziri", "Qırğızıstan", ["Aybek Sarıbayevlə", "Sarıbayev"]),
 ("Serik Abenov", "PER", "Prezident", "Qazaxıstan", ["Serik Abenov"]),
 ("Nicat Ələsgərli", "PER", "baş nazir", "Azərbaycan", ["Nicat Ələsgərli"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Türk Dövlətləri Təşkilatı", "ORG", None, None, ["TDT", "Türk Dövlətləri Təşkilatının", "TDT-nin"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-ın"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələdə", "Qəbələyə"]),
 ("Qəbələ Beynəlxalq Hava Limanı", "LOC", None, None, ["Qəbələ Beynəlxalq Hava Limanında"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistanın"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstanın"]),
 ("Türkmənistan", "LOC", None, None, ["Türkmənistan"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstanın"]),
 ("Ələt", "LOC", None, None, ["Ələtdəki"]),
], [
 E("ATTEND", ["Ruslan Kazımlı"], "Qəbələ", "2026-11-05", "happened", "toplantıya sədrlik edib",
   ["türk dünyası", "regional əməkdaşlıq"], date_text="bu gün",
   event_name="TDT Xarici İşlər Nazirləri Şurasının toplantısı"),
 E("ATTEND", ["Ömürbek Sadırov"], "Qəbələ", "2026-11-05", "happened", "barədə hesabat verib",
   ["türk dünyası"], event_name="TDT Xarici İşlər Nazirləri Şurasının toplantısı"),
 E("MEET", ["Ruslan Kazımlı", "Yerjan Musin"], "Qəbələ", "2026-11-05", "happened", "Toplantıdan sonra Ruslan",
   ["ikitərəfli sənədlər"], date_text="Toplantıdan sonra"),
 E("MEET", ["Ruslan Kazımlı", "Otabek Nurmatov"], "Qəbələ", "2026-11-05", "happened", "da nazir tərəfindən qəbul",
   ["logistika", "azad iqtisadi zona"], host="Ruslan Kazımlı"),
 E("MEET", ["Ruslan Kazımlı", "Aybek Sarıbayev"], "Qəbələ", "2026-11-05", "negated", "Kazımlının qırğızıstanlı",
   ["ikitərəfli əlaqələr"], date_text="bu gün"),
 E("VISIT", ["Aybek Sarıbayev"], "Qəbələ", "2026-11-06", "planned", "Lakin Sarıbayev Qəbələyə",
   ["türk dünyası"], date_text="sabah"),
 E("MEET", ["Ruslan Kazımlı", "Aybek Sarıbayev"], "Qəbələ", "2026-11-06", "planned", "Lakin Sarıbayev Qəbələyə",
   ["ikitərəfli əlaqələr"]),
 E("VISIT", ["Serik Abenov"], "Qəbələ", "2026-11-05", "happened", "Axşam saatlarında Qəbələyə",
   ["türk dünyası"]),
 E("MEET", ["Nicat Ələsgərli", "Serik Abenov"], "Qəbələ Beynəlxalq Hava Limanı", "2026-11-05", "happened",
   "qonağı Baş nazir", ["türk dünyası"], host="Nicat Ələsgərli"),
 E("ATTEND", ["Teymur Səlimov"], "Qəbələ", "2026-11-06", "planned", "Sabahkı zirvə görüşünə",
   ["türk dünyası"], date_text="Sabahkı", event_name="TDT-nin zirvə görüşü"),
])

A("491_abenov_qebele_sammiti_kazinform.txt", None, """date 2026-11-07
Serik Abenov Qəbələ sammitində iştirak edib

Qəbələ – Astana, 7 noyabr. Kazinform. Qazaxıstan Prezidenti Serik Abenov noyabrın 6-da Azərbaycanın Qəbələ şəhərində keçirilən Türk Dövlətləri Təşkilatının zirvə görüşündə iştirak edib.

Xatırladaq ki, Qazaxıstan lideri Qəbələyə sammitdən bir gün əvvəl gəlib və onu hava limanında Azərbaycanın Baş naziri Nicat Ələsgərli qarşılayıb.

Zirvə görüşünə ev sahibi ölkənin Prezidenti Teymur Səlimov sədrlik edib. Dövlət başçılarının qarşısında çıxış edən Abenov Xəzər dənizinin dibi ilə çəkilməsi nəzərdə tutulan fiber-optik kabel xəttinin 2028-ci ilədək istifadəyə verilməsinə, Trans-Xəzər marşrutu üzrə vahid rəqəmsal sənəd dövriyyəsi platformasının yaradılmasına çağırıb. Abenovun sözlərinə görə, Aktau və Kurık limanlarının yükaşırma gücü yaxın üç ildə iki dəfə artırılacaq.

Sammit çərçivəsində Serik Abenov ilə Teymur Səlimov arasında ikitərəfli görüş olub. Görüşün sonunda iki ölkənin xarici işlər nazirləri Yerjan Musin və Ruslan Kazımlı 2027–2029-cu illərdə nazirliklərarası məsləhətləşmələrin planını imzalayıblar.

Qazaxıstan lideri sammitin kənarında Türkiyə Prezidenti Ahmet Karaosmanlı ilə də söhbət edib, Türkistan–Ankara ekspres yük qatarının işə salınmasını müzakirə edib. Qırğızıstan Prezidenti Bakıt Camanbayevlə görüş də proqramda idi, lakin sıx qrafik səbəbindən baş tutmayıb.

Serik Abenov Teymur Səlimovu gələn il Türkistanda keçiriləcək qeyri-rəsmi zirvə toplantısına dəvət edib. Qazaxıstan Prezidenti dünən gecə Astanaya qayıdıb.
""", [
 ("Serik Abenov", "PER", "Prezident", "Qazaxıstan", ["Serik Abenov", "Abenov", "Abenovun"]),
 ("Nicat Ələsgərli", "PER", "baş nazir", "Azərbaycan", ["Nicat Ələsgərli"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov", "Teymur Səlimovu"]),
 ("Yerjan Musin", "PER", "xarici işlər naziri", "Qazaxıstan", ["Yerjan Musin"]),
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Azərbaycan", ["Ruslan Kazımlı"]),
 ("Ahmet Karaosmanlı", "PER", "Prezident", "Türkiyə", ["Ahmet Karaosmanlı"]),
 ("Bakıt Camanbayev", "PER", "Prezident", "Qırğızıstan", ["Bakıt Camanbayevlə"]),
 ("Kazinform", "ORG", None, None, ["Kazinform"]),
 ("Türk Dövlətləri Təşkilatı", "ORG", None, None, ["Türk Dövlətləri Təşkilatının"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələ", "Qəbələyə"]),
 ("Astana", "LOC", None, None, ["Astana", "Astanaya"]),
 ("Ankara", "LOC", None, None, ["Ankara"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizinin"]),
 ("Aktau", "LOC", None, None, ["Aktau"]),
 ("Kurık", "LOC", None, None, ["Kurık"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə"]),
 ("Türkistan", "LOC", None, None, ["Türkistan", "Türkistanda"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstan"]),
], [
 E("ATTEND", ["Serik Abenov"], "Qəbələ", "2026-11-06", "happened", "Qazaxıstan Prezidenti Serik Abenov noyabrın",
   ["türk dünyası", "nəqliyyat", "rəqəmsal bağlantı"], date_text="noyabrın 6-da", event_name="TDT-nin zirvə görüşü"),
 E("VISIT", ["Serik Abenov"], "Qəbələ", "2026-11-05", "happened", "Xatırladaq ki, Qazaxıstan lideri",
   ["türk dünyası"], date_text="sammitdən bir gün əvvəl", same_as="490_kazimli_tdt_xin_surasi_qebele.txt"),
 E("MEET", ["Nicat Ələsgərli", "Serik Abenov"], "Qəbələ", "2026-11-05", "happened", "Xatırladaq ki, Qazaxıstan lideri",
   ["türk dünyası"], host="Nicat Ələsgərli", date_text="sammitdən bir gün əvvəl",
   same_as="490_kazimli_tdt_xin_surasi_qebele.txt"),
 E("ATTEND", ["Teymur Səlimov"], "Qəbələ", "2026-11-06", "happened", "Zirvə görüşünə ev sahibi",
   ["türk dünyası"], event_name="TDT-nin zirvə görüşü", same_as="490_kazimli_tdt_xin_surasi_qebele.txt"),
 E("MEET", ["Serik Abenov", "Teymur Səlimov"], "Qəbələ", "2026-11-06", "happened", "Sammit çərçivəsində Serik",
   ["ikitərəfli əlaqələr"]),
 E("SIGN", ["Yerjan Musin", "Ruslan Kazımlı"], "Qəbələ", "2026-11-06", "happened", "Görüşün sonunda iki ölkənin",
   ["siyasi məsləhətləşmələr"]),
 E("MEET", ["Serik Abenov", "Ahmet Karaosmanlı"], "Qəbələ", "2026-11-06", "happened", "sammitin kənarında Türkiyə",
   ["dəmir yolu daşımaları"]),
 E("MEET", ["Serik Abenov", "Bakıt Camanbayev"], "Qəbələ", None, "negated", "Bakıt Camanbayevlə görüş",
   ["ikitərəfli əlaqələr"]),
])

A("492_hesenbeyova_turkpa_colpon_ata_report.txt", "report.az", """date 2026-09-25
Ləman Həsənbəyova Çolpon-Atada TÜRKPA-nın plenar sessiyasında çıxış edib

TÜRKPA-nın (Türk Dövlətlərinin Parlament Assambleyası) on ikinci plenar sessiyası sentyabrın 24-dən 26-dək Qırğızıstanın İssık-Kul gölü sahilindəki Çolpon-Ata şəhərində davam edir. Azərbaycan parlamentini sessiyada spiker Ləman Həsənbəyovanın rəhbərlik etdiyi altı nəfərlik heyət təmsil edir. Heyət çərşənbə axşamı axşam Çolpon-Ataya gəlib.

Report-un Bişkek müxbirinin verdiyi xəbərə əsasən, sessiyanı ev sahibi kimi Jogorku Keneşin rəhbəri Almazbek Toktosunov açıb. Dünən plenar iclasda söz alan Həsənbəyova türkdilli ölkələrin parlamentlərinin kibertəhlükəsizlik sahəsindəki qanunlarını bir-birinə uyğunlaşdırmaq məqsədilə ortaq model qanun hazırlamağı təklif edib.

Plenar iclasdan sonra Azərbaycan parlamentinin rəhbəri TBMM Sədri Kamil Yücelsoyla görüşüb. Ləman Həsənbəyovanı bu gün Almazbek Toktosunov qəbul edib. Qırğız spikeri ilə söhbətdə Bişkekdə Azərbaycan dili və ədəbiyyatı mərkəzinin açılması, iki parlamentin gənc deputatları üçün mübadilə proqramı barədə danışılıb.

Qazaxıstan Məclisinin spikeri Marat Jumabekovun da sessiyaya qatılması gözlənilirdi. Lakin Astanada uzanan büdcə müzakirələri səbəbindən Jumabekov İssık-Kula gəlməyib, qazax heyətinə Məclisin sədr müavini Dana Nurtayeva rəhbərlik edir.

Sessiyanın sabahkı yekun iclasında TÜRKPA-da sədrliyin Qırğızıstandan Azərbaycana keçməsi gözlənilir. Sədrliyin ötürülməsinə dair protokolu Toktosunov və Həsənbəyovanın imzalaması nəzərdə tutulur.
""", [
 ("Ləman Həsənbəyova", "PER", "spiker", "Azərbaycan", ["Ləman Həsənbəyova", "Ləman Həsənbəyovanın", "Həsənbəyova", "Ləman Həsənbəyovanı", "Həsənbəyovanın"]),
 ("Almazbek Toktosunov", "PER", "rəhbər", "Qırğızıstan Jogorku Keneşi", ["Almazbek Toktosunov", "Toktosunov"]),
 ("Kamil Yücelsoy", "PER", "sədr", "Türkiyə Böyük Millət Məclisi", ["Kamil Yücelsoyla"]),
 ("Marat Jumabekov", "PER", "spiker", "Qazaxıstan Parlamentinin Məclisi", ["Marat Jumabekovun", "Jumabekov"]),
 ("Dana Nurtayeva", "PER", "sədr müavini", "Qazaxıstan Parlamentinin Məclisi", ["Dana Nurtayeva"]),
 ("TÜRKPA", "ORG", None, None, ["TÜRKPA-nın", "Türk Dövlətlərinin Parlament Assambleyası", "TÜRKPA-da"]),
 ("Qırğızıstan Jogorku Keneşi", "ORG", None, None, ["Jogorku Keneşin"]),
 ("Türkiyə Böyük Millət Məclisi", "ORG", None, None, ["TBMM"]),
 ("Qazaxıstan Parlamentinin Məclisi", "ORG", None, None, ["Qazaxıstan Məclisinin", "Məclisin"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Çolpon-Ata", "LOC", None, None, ["Çolpon-Atada", "Çolpon-Ata", "Çolpon-Ataya"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstanın", "Qırğızıstandan"]),
 ("İssık-Kul gölü", "LOC", None, None, ["İssık-Kul gölü", "İssık-Kula"]),
 ("Bişkek", "LOC", None, None, ["Bişkek", "Bişkekdə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycana"]),
 ("Astana", "LOC", None, None, ["Astanada"]),
], [
 E("VISIT", ["Ləman Həsənbəyova"], "Çolpon-Ata", "2026-09-22", "happened", "Heyət çərşənbə axşamı",
   ["parlamentlərarası əlaqələr"], date_text="çərşənbə axşamı"),
 E("ATTEND", ["Ləman Həsənbəyova"], "Çolpon-Ata", "2026-09-24", "happened", "Azərbaycan parlamentini sessiyada",
   ["parlamentlərarası əlaqələr", "kibertəhlükəsizlik"], date_text="sentyabrın 24-dən 26-dək",
   event_name="TÜRKPA-nın on ikinci plenar sessiyası"),
 E("ATTEND", ["Almazbek Toktosunov"], "Çolpon-Ata", "2026-09-24", "happened", "sessiyanı ev sahibi kimi",
   ["parlamentlərarası əlaqələr"], event_name="TÜRKPA-nın on ikinci plenar sessiyası"),
 E("MEET", ["Ləman Həsənbəyova", "Kamil Yücelsoy"], "Çolpon-Ata", "2026-09-24", "happened", "Plenar iclasdan sonra",
   ["parlamentlərarası əlaqələr"], date_text="Plenar iclasdan sonra"),
 E("MEET", ["Ləman Həsənbəyova", "Almazbek Toktosunov"], "Çolpon-Ata", "2026-09-25", "happened", "Ləman Həsənbəyovanı bu gün",
   ["dil və ədəbiyyat", "gənclər"], host="Almazbek Toktosunov", date_text="bu gün"),
 E("ATTEND", ["Marat Jumabekov"], "Çolpon-Ata", "2026-09-24", "negated", "Jumabekovun da sessiyaya",
   ["parlamentlərarası əlaqələr"], event_name="TÜRKPA-nın on ikinci plenar sessiyası"),
 E("VISIT", ["Marat Jumabekov"], "İssık-Kul gölü", None, "negated", "Lakin Astanada uzanan",
   ["parlamentlərarası əlaqələr"]),
 E("ATTEND", ["Dana Nurtayeva"], "Çolpon-Ata", "2026-09-24", "happened", "Lakin Astanada uzanan",
   ["parlamentlərarası əlaqələr"], event_name="TÜRKPA-nın on ikinci plenar sessiyası"),
 E("SIGN", ["Almazbek Toktosunov", "Ləman Həsənbəyova"], "Çolpon-Ata", "2026-09-26", "planned",
   "protokolu Toktosunov", ["sədrlik"]),
])

A("493_humbetli_daskend_komissiya_xalq_qezeti.txt", None, """date 2026-03
Azərbaycan–Özbəkistan: hökumətlərarası komissiya Daşkənddə toplaşıb

Azərbaycan–Ozbekistan iqtisadi əməkdaşlığı üzrə hökumətlərarası komissiyanın doqquzuncu iclası martın 17–18-də Daşkənddə keçirilib. Azərbaycan heyətinə başçılıq edən iqtisadiyyat naziri Zaur Hümbətli Daşkəndə martın 16-da axşam gəlib.

Toplantıya komissiyanın həmsədrləri – Zaur Hümbətli və Özbəkistan hökumətinin başçısının müavini Cahongir Kasımov birgə sədrlik ediblər. Iclasda ticarət, energetika, kənd təsərrüfatı və nəqliyyat sahələrində son iki ildə görülən işlərə nəzər salınıb. Bildirilib ki, ötən il iki ölkə arasında emtəə dovriyyəsi 40 faizdən çox artıb. Tərəflər Ələt ve Navoi azad iqtisadi zonalarında birgə sənaye parkının yaradılma-
sını, Xəzər dənizi və Gürcüstan limanları vasitəsilə özbək pambıq məhsullarının Avropaya ixracının genişləndirilməsini razılaşdırıblar.

Iclasın yekununda həmsədrlər komissiyanın protokolunu imzalayıb-
lar.

Səfər çərçivəsində Ozbekistan Prezidenti Şuhrat Alimov Azərbaycan nümayəndə heyətinin rəhbərini qəbul edib. Alimov iki ölkə arasında münasibətlərin müttəfiqlik səviyyəsinə yüksəldiyini deyib, Prezident Teymur Səlimova salamlarını çatdırmağı xahiş edib.

Martın 19-da nümayəndə heyəti Səmərqəndə yollanıb. Burada Hümbetli vilayətin hokimi Akmal Tursunovla görüşərək şəhərdə açılacaq Azərbaycan Ticarət Evinin fəaliyyətinə dair fikir mübadiləsi aparıb. Qonaqlar Registan meydanındakı tarixi mədrəsə-
lərlə də tanış olublar.

Tərəflər komissiyanı gələn il Bakıda yenidən toplamağı qərara alıblar.

Qeyd edək ki, iclas ərəfəsində Azərbaycanın Daşkənddəki səfirliyində iki ölkənin iş adamlarının qeyri-rəsmi görüşü də olub; orada tekstil, aqrar emal və tikinti materialları istehsal edən 30-dan çox şirkətin təmsilçiləri bir-biri ilə tanış olub, birgə müəssisələrin yaradılması imkanlarını araşdırıblar.

Nigar SULTANOVA,
«Xalq qəzeti»
""", [
 ("Zaur Hümbətli", "PER", "iqtisadiyyat naziri", "Azərbaycan", ["Zaur Hümbətli", "Hümbetli"]),
 ("Cahongir Kasımov", "PER", "hökumətin başçısının müavini", "Özbəkistan", ["Cahongir Kasımov"]),
 ("Şuhrat Alimov", "PER", "Prezident", "Özbəkistan", ["Şuhrat Alimov", "Alimov"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimova"]),
 ("Akmal Tursunov", "PER", "hokim", "Özbəkistan", ["Akmal Tursunovla"]),
 ("Nigar Sultanova", "PER", None, None, ["Nigar SULTANOVA"]),
 ("Xalq qəzeti", "ORG", None, None, ["Xalq qəzeti"]),
 ("Azərbaycan Ticarət Evi", "ORG", None, None, ["Azərbaycan Ticarət Evinin"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanın"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistan", "Ozbekistan"]),
 ("Daşkənd", "LOC", None, None, ["Daşkənddə", "Daşkəndə", "Daşkənddəki"]),
 ("Ələt", "LOC", None, None, ["Ələt"]),
 ("Navoi", "LOC", None, None, ["Navoi"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizi"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan"]),
 ("Avropa", "LOC", None, None, ["Avropaya"]),
 ("Səmərqənd", "LOC", None, None, ["Səmərqəndə"]),
 ("Registan meydanı", "LOC", None, None, ["Registan meydanındakı"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
], [
 E("VISIT", ["Zaur Hümbətli"], "Daşkənd", "2026-03-16", "happened", "Daşkəndə martın 16-da",
   ["iqtisadi əməkdaşlıq"], date_text="martın 16-da"),
 E("MEET", ["Zaur Hümbətli", "Cahongir Kasımov"], "Daşkənd", "2026-03-17", "happened", "Toplantıya komissiyanın həmsədrləri",
   ["ticarət", "sənaye parkı", "ixrac"], date_text="martın 17–18-də",
   event_name="hökumətlərarası komissiyanın doqquzuncu iclası"),
 E("SIGN", ["Zaur Hümbətli", "Cahongir Kasımov"], "Daşkənd", "2026-03-18", "happened", "Iclasın yekununda həmsədrlər",
   ["iqtisadi əməkdaşlıq"], date_text="Iclasın yekununda"),
 E("MEET", ["Şuhrat Alimov", "Zaur Hümbətli"], None, "2026-03", "happened", "Səfər çərçivəsində Ozbekistan",
   ["ikitərəfli əlaqələr"], host="Şuhrat Alimov"),
 E("VISIT", ["Zaur Hümbətli"], "Səmərqənd", "2026-03-19", "happened", "Martın 19-da nümayəndə",
   ["iqtisadi əməkdaşlıq"], date_text="Martın 19-da"),
 E("MEET", ["Zaur Hümbətli", "Akmal Tursunov"], "Səmərqənd", "2026-03-19", "happened", "Burada Hümbetli vilayətin",
   ["ticarət evi"]),
 E("VISIT", ["Zaur Hümbətli"], "Registan meydanı", "2026-03-19", "happened", "Qonaqlar Registan",
   ["mədəni irs"], place="Registan meydanı"),
])

A("494_gurbanov_turkmen_xin_baki_trend.txt", "trend.az", """date 2026-02-10
Türkmənistanın xarici işlər naziri Bakıda danışıqlar aparıb

Türkmənistan diplomatiyasının rəhbəri Batır Gurbanov bazar ertəsi axşam iki günlük rəsmi səfərlə Bakıya gəlib.

Trend-in diplomatik mənbələrdən öyrəndiyinə görə, türkmən qonaqla azərbaycanlı həmkarı Ruslan Kazımlı arasında bu gün Xarici İşlər Nazirliyində danışıqlar aparılıb: nazirlər əvvəl baş-başa, ardınca geniş heyətlə masa arxasına əyləşiblər. Xəzərdə karbohidrogen ehtiyatlarının birgə işlənməsinə dair razılaşmanın icrası, Türkmənbaşı ilə Ələt arasında bərə reyslərinin sıxlaşdırılması, sərhəd-gömrük prosedurlarının sadələşdirilməsi müzakirə mövzuları olub.

Danışıqlar başa çatdıqdan sonra Kazımlı və Gurbanov nazirliklərin növbəti üç il üçün əməkdaşlıq proqramına imza atıblar.

Günün ikinci yarısında Prezident Teymur Səlimov Batır Gurbanovu qəbul edib. Türkmən naziri Türkmənistan Prezidenti Merdan Annayevin salamlarını çatdırıb. Görüşdə türkmən liderinin cari ilin oktyabrında Azərbaycana edəcəyi dövlət səfərinin hazırlığından da söz açılıb.

Proqrama uyğun olaraq qonaq bu gün Fəxri xiyabanda olub, ümummilli liderin məzarı önünə əklil qoyub. Sabah Gurbanovun Ələtdəki Bakı Beynəlxalq Dəniz Ticarət Limanına gedərək terminalın yeni genişləndirilmiş hissəsi ilə tanış olması planlaşdırılır.
""", [
 ("Batır Gurbanov", "PER", "xarici işlər naziri", "Türkmənistan", ["Batır Gurbanov", "Gurbanov", "Batır Gurbanovu", "Gurbanovun"]),
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Xarici İşlər Nazirliyi", ["Ruslan Kazımlı", "Kazımlı"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Merdan Annayev", "PER", "Prezident", "Türkmənistan", ["Merdan Annayevin"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["Xarici İşlər Nazirliyində"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Türkmənistan", "LOC", None, None, ["Türkmənistanın", "Türkmənistan"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzərdə"]),
 ("Türkmənbaşı", "LOC", None, None, ["Türkmənbaşı"]),
 ("Ələt", "LOC", None, None, ["Ələt", "Ələtdəki"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycana"]),
 ("Fəxri xiyaban", "LOC", None, None, ["Fəxri xiyabanda"]),
 ("Bakı Beynəlxalq Dəniz Ticarət Limanı", "LOC", None, None, ["Bakı Beynəlxalq Dəniz Ticarət Limanına"]),
], [
 E("VISIT", ["Batır Gurbanov"], "Bakı", "2026-02-09", "happened", "bazar ertəsi axşam iki günlük",
   ["ikitərəfli əlaqələr"], date_text="bazar ertəsi axşam"),
 E("MEET", ["Ruslan Kazımlı", "Batır Gurbanov"], "Xarici İşlər Nazirliyi", "2026-02-10", "happened",
   "arasında bu gün Xarici", ["enerji", "bərə daşımaları", "gömrük"], date_text="bu gün"),
 E("SIGN", ["Ruslan Kazımlı", "Batır Gurbanov"], "Xarici İşlər Nazirliyi", "2026-02-10", "happened",
   "Danışıqlar başa çatdıqdan", ["nazirliklərarası əməkdaşlıq"]),
 E("MEET", ["Teymur Səlimov", "Batır Gurbanov"], "Bakı", "2026-02-10", "happened", "Günün ikinci yarısında",
   ["ikitərəfli əlaqələr", "dövlət səfəri"], host="Teymur Səlimov"),
 E("VISIT", ["Merdan Annayev"], "Azərbaycan", "2026-10", "planned", "cari ilin oktyabrında Azərbaycana",
   ["dövlət səfəri"], date_text="cari ilin oktyabrında"),
 E("VISIT", ["Batır Gurbanov"], "Fəxri xiyaban", "2026-02-10", "happened", "qonaq bu gün Fəxri",
   ["xatirənin yad edilməsi"], place="Fəxri xiyaban", date_text="bu gün"),
 E("VISIT", ["Batır Gurbanov"], "Bakı Beynəlxalq Dəniz Ticarət Limanı", "2026-02-11", "planned", "Sabah Gurbanovun",
   ["liman infrastrukturu"], place="Bakı Beynəlxalq Dəniz Ticarət Limanı", date_text="Sabah"),
])

A("495_seki_buxara_qardaslasma_qafqazinfo.txt", "qafqazinfo.az", """date 2026-05-14
Şəki və Buxara qardaşlaşmış şəhər oldu | Qafqazinfo

QAFQAZİNFO
Xəbər axını · Siyasi · Regionlar · Cəmiyyət · Foto və video
14 may 2026 · 16:32
Şəki və Buxara qardaşlaşmış şəhər oldu
Oxunub: 2 318

Özbəkistanın Buxara şəhərinin hokimi Jamşid Ergaşevin başında durduğu heyət Şəki Rayon İcra Hakimiyyətinin başçısı Elnur Səfərov tərəfindən qəbul edilib.

Qafqazinfo-nun Şəkidəki əməkdaşı yazır ki, özbək qonaqlar dünən axşam Şəkiyə gəliblər. Bu gün icra hakimiyyətində keçirilən görüşdə Səfərov Şəkinin qədimdən karvan yollarının kəsişməsində sənətkarlıq mərkəzi kimi tanındığını, şəhərin tarixi hissəsinin YUNESKO-nun Ümumdünya İrs Siyahısında yer aldığını xatırladıb. Ergaşev isə turist axınını artırmaq üçün Buxara ilə Şəki arasında mövsümi çarter reysləri açmağı təklif edib.

Görüşdən sonra Elnur Səfərov və Jamşid Ergaşev iki şəhər arasında qardaşlaşma haqqında memorandum imzalayıblar.

Qonaqlar Şəki Xan Sarayını da ziyarət ediblər. Sabah onların Kiş kəndinə baş çəkməsi gözlənilir.

Səfərovun sentyabrda Buxarada təşkil olunacaq "İpək və ədviyyat" festivalına qatılması razılaşdırılıb.

Paylaş · Facebook · X · Telegram
Açar sözlər: Şəki, Buxara, Özbəkistan
Bu mövzuda
Lənkəranda ilk çay bayramı olacaq
Ramil Həsənli qırğız deputatlarla görüşüb
Qafqazinfo © 2026. Saytdakı xəbərlərin surəti yalnız aktiv keçidlə yayıla bilər.
""", [
 ("Elnur Səfərov", "PER", "icra başçısı", "Şəki Rayon İcra Hakimiyyəti", ["Elnur Səfərov", "Səfərov", "Səfərovun"]),
 ("Jamşid Ergaşev", "PER", "hokim", "Özbəkistan", ["Jamşid Ergaşevin", "Ergaşev", "Jamşid Ergaşev"]),
 ("Ramil Həsənli", "PER", None, None, ["Ramil Həsənli"]),
 ("Şəki Rayon İcra Hakimiyyəti", "ORG", None, None, ["Şəki Rayon İcra Hakimiyyətinin"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo", "QAFQAZİNFO", "Qafqazinfo-nun"]),
 ("YUNESKO", "ORG", None, None, ["YUNESKO-nun"]),
 ("Şəki", "LOC", None, None, ["Şəki", "Şəkidəki", "Şəkiyə", "Şəkinin"]),
 ("Buxara", "LOC", None, None, ["Buxara", "Buxarada"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistanın", "Özbəkistan"]),
 ("Şəki Xan Sarayı", "LOC", None, None, ["Şəki Xan Sarayını"]),
 ("Kiş", "LOC", None, None, ["Kiş"]),
 ("Lənkəran", "LOC", None, None, ["Lənkəranda"]),
], [
 E("MEET", ["Elnur Səfərov", "Jamşid Ergaşev"], "Şəki Rayon İcra Hakimiyyəti", "2026-05-14", "happened",
   "tərəfindən qəbul edilib", ["turizm", "mədəni irs", "aviareyslər"],
   host="Elnur Səfərov", date_text="Bu gün"),
 E("VISIT", ["Jamşid Ergaşev"], "Şəki", "2026-05-13", "happened", "özbək qonaqlar dünən axşam",
   ["şəhərlərarası əməkdaşlıq"], date_text="dünən"),
 E("SIGN", ["Elnur Səfərov", "Jamşid Ergaşev"], "Şəki", "2026-05-14", "happened", "Görüşdən sonra Elnur",
   ["qardaşlaşmış şəhərlər"]),
 E("VISIT", ["Jamşid Ergaşev"], "Şəki Xan Sarayı", None, "happened", "Qonaqlar Şəki Xan Sarayını",
   ["mədəni irs"], place="Şəki Xan Sarayı"),
 E("VISIT", ["Jamşid Ergaşev"], "Kiş", "2026-05-15", "planned", "Sabah onların Kiş",
   ["mədəni irs"], date_text="Sabah"),
 E("ATTEND", ["Elnur Səfərov"], "Buxara", "2026-09", "planned", "Səfərovun sentyabrda",
   ["festival", "şəhərlərarası əməkdaşlıq"], date_text="sentyabrda", event_name='"İpək və ədviyyat" festivalı'),
])

A("496_kazimli_abasidze_telefon_oxu.txt", "oxu.az", """date 2026-05-06
Kazımlı gürcüstanlı həmkarı ilə telefonla danışıb | Oxu.az

OXU.AZ
Lent · Ölkə · Xarici siyasət · Ekonomika · Region · Maraqlı
Xarici siyasət | 06.05.2026 | 13:05
Ruslan Kazımlı gürcüstanlı həmkarı ilə telefonla danışıb

Azərbaycan XİN-in başçısı Ruslan Kazımlı ilə Gürcüstan XİN-in başçısı Eka Abaşidze arasında bu gün telefon danışığı olub.

XİN-in mətbuat xidmətinin Oxu.az-a göndərdiyi açıqlamada deyilir ki, nazirlər Azərbaycan–Gürcüstan strateji tərəfdaşlığının gündəliyini, dövlət sərhədinin delimitasiyası üzrə birgə komissiyanın işini, dəmir yolu ilə tranzit yükdaşımaların artım dinamikasını müzakirə ediblər.

Söhbət zamanı Eka Abaşidzenin gələn ay Bakıya rəsmi səfəri razılaşdırılıb. Bundan əlavə, üç ölkənin – Azərbaycan, Gürcüstan və Türkiyənin diplomatiya rəhbərlərinin növbəti üçtərəfli görüşünün iyunun 22-də Qarsda olacağı, görüşə türk naziri Selim Yavuzerin ev sahibliyi edəcəyi bildirilib.

Daha sonra Kazımlı Qazaxıstanın xarici işlər naziri Yerjan Musinlə də telefonla danışıb, Aktauda keçiriləcək Xəzəryanı dövlətlərin nazirlər toplantısına hazırlığı müzakirə edib.

Xatırladaq ki, Kazımlı və Abaşidze sonuncu dəfə fevralın 13-də Münhendə, Təhlükəsizlik Konfransının kənarında görüşmüşdülər.

Etiketlər: Ruslan Kazımlı, Eka Abaşidze, XİN
Mövzuya aid
Gürcüstanın Baş naziri Bakıya gələcək
Bakıda TDT-nin gənclər forumu keçirilir
© Oxu.az, 2026. Məlumatlardan yalnız mənbə göstərilməklə istifadə oluna bilər.
""", [
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Xarici İşlər Nazirliyi", ["Kazımlı", "Ruslan Kazımlı"]),
 ("Eka Abaşidze", "PER", "xarici işlər naziri", "Gürcüstan Xarici İşlər Nazirliyi", ["Eka Abaşidze", "Eka Abaşidzenin", "Abaşidze"]),
 ("Selim Yavuzer", "PER", "xarici işlər naziri", "Türkiyə", ["Selim Yavuzerin"]),
 ("Yerjan Musin", "PER", "xarici işlər naziri", "Qazaxıstan", ["Yerjan Musinlə"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az", "OXU.AZ", "Oxu.az-a"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["Azərbaycan XİN-in", "XİN-in", "XİN"]),
 ("Gürcüstan Xarici İşlər Nazirliyi", "ORG", None, None, ["Gürcüstan XİN-in"]),
 ("Türk Dövlətləri Təşkilatı", "ORG", None, None, ["TDT-nin"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstanın", "Gürcüstan"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Bakı", "LOC", None, None, ["Bakıya", "Bakıda"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin"]),
 ("Qars", "LOC", None, None, ["Qarsda"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstanın"]),
 ("Aktau", "LOC", None, None, ["Aktauda"]),
 ("Münhen", "LOC", None, None, ["Münhendə"]),
], [
 E("CALL", ["Ruslan Kazımlı", "Eka Abaşidze"], None, "2026-05-06", "happened", "arasında bu gün telefon",
   ["strateji tərəfdaşlıq", "sərhəd delimitasiyası", "tranzit"], date_text="bu gün"),
 E("VISIT", ["Eka Abaşidze"], "Bakı", "2026-06", "planned", "Eka Abaşidzenin gələn ay",
   ["ikitərəfli əlaqələr"], date_text="gələn ay"),
 E("MEET", ["Ruslan Kazımlı", "Eka Abaşidze", "Selim Yavuzer"], "Qars", "2026-06-22", "planned",
   "Bundan əlavə, üç ölkənin", ["üçtərəfli əməkdaşlıq"], host="Selim Yavuzer", date_text="iyunun 22-də"),
 E("CALL", ["Ruslan Kazımlı", "Yerjan Musin"], None, "2026-05-06", "happened", "Daha sonra Kazımlı",
   ["Xəzər dənizi"]),
 E("MEET", ["Ruslan Kazımlı", "Eka Abaşidze"], "Münhen", "2026-02-13", "happened", "sonuncu dəfə fevralın 13-də",
   ["ikitərəfli əlaqələr"], date_text="fevralın 13-də"),
])

A("497_nuriyeva_qazax_sefiri_apa.txt", "APA", """date 2026-01-22
Səbinə Nuriyeva Qazaxıstanın səfiri ilə parlament əlaqələrini müzakirə edib

Qazaxıstanın Bakıdakı səfiri Nurlan Sızdıqov bu gün Milli Məclisdə deputat Səbinə Nuriyeva ilə görüşüb. Nuriyeva parlamentdə Azərbaycan–Qazaxıstan əlaqələri üzrə işçi qrupuna rəhbərlik edir.

APA-ya verilən açıqlamada bildirilir ki, söhbət iki qanunverici orqan arasında dialoqun indiki durumu və qarşıdakı planlar ətrafında gedib. Nuriyeva ötən həftə Astanada olduğunu, orada Qazaxıstan Parlamenti Məclisinin Beynəlxalq işlər, müdafiə və təhlükəsizlik komitəsinin sədri Erlan Jaksıbekovla görüşdüyünü xatırladıb. Deputatın dediyinə görə, həmin görüşdə iki parlament qrupu arasında əməkdaşlıq memorandumunun mətni üzərində iş yekunlaşdırılıb.

Səfir bildirib ki, Məclisdəki dostluq qrupunun rəhbəri Aygerim Temirbekova başda olmaqla qazax deputatlarının gələn ay Bakıya səfəri gözlənilir. Səfər çərçivəsində qonaqları spiker Ləman Həsənbəyovanın qəbul etməsi, həmçinin onların Ağdama gedərək şəhərdəki quruculuq işlərini görmələri nəzərdə tutulur.

Memorandumun isə cari ilin mart ayında, TÜRKPA-nın Astanada toplanacaq komissiyalarının iclasları zamanı Nuriyeva və Temirbekova tərəfindən imzalanması planlaşdırılır.
""", [
 ("Səbinə Nuriyeva", "PER", "deputat", "Milli Məclis", ["Səbinə Nuriyeva", "Nuriyeva"]),
 ("Nurlan Sızdıqov", "PER", "səfir", "Qazaxıstan", ["Nurlan Sızdıqov"]),
 ("Erlan Jaksıbekov", "PER", "komitə sədri", "Qazaxıstan Parlamentinin Məclisi", ["Erlan Jaksıbekovla"]),
 ("Aygerim Temirbekova", "PER", "dostluq qrupunun rəhbəri", "Qazaxıstan Parlamentinin Məclisi", ["Aygerim Temirbekova", "Temirbekova"]),
 ("Ləman Həsənbəyova", "PER", "spiker", "Milli Məclis", ["Ləman Həsənbəyovanın"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə"]),
 ("Qazaxıstan Parlamentinin Məclisi", "ORG", None, None, ["Qazaxıstan Parlamenti Məclisinin", "Məclisdəki"]),
 ("Beynəlxalq işlər, müdafiə və təhlükəsizlik komitəsi", "ORG", None, None, ["Beynəlxalq işlər, müdafiə və təhlükəsizlik komitəsinin"]),
 ("TÜRKPA", "ORG", None, None, ["TÜRKPA-nın"]),
 ("APA", "ORG", None, None, ["APA-ya"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstanın", "Qazaxıstan"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Astana", "LOC", None, None, ["Astanada"]),
 ("Bakı", "LOC", None, None, ["Bakıdakı", "Bakıya"]),
 ("Ağdam", "LOC", None, None, ["Ağdama"]),
], [
 E("MEET", ["Səbinə Nuriyeva", "Nurlan Sızdıqov"], "Milli Məclis", "2026-01-22", "happened", "Nurlan Sızdıqov bu gün",
   ["parlamentlərarası əlaqələr"], date_text="bu gün"),
 E("VISIT", ["Səbinə Nuriyeva"], "Astana", "2026-01", "happened", "Nuriyeva ötən həftə Astanada",
   ["parlamentlərarası əlaqələr"], date_text="ötən həftə"),
 E("MEET", ["Səbinə Nuriyeva", "Erlan Jaksıbekov"], "Astana", "2026-01", "happened", "Nuriyeva ötən həftə Astanada",
   ["memorandum"], date_text="ötən həftə"),
 E("VISIT", ["Aygerim Temirbekova"], "Bakı", "2026-02", "planned", "Səfir bildirib ki",
   ["parlamentlərarası əlaqələr"], date_text="gələn ay"),
 E("MEET", ["Ləman Həsənbəyova", "Aygerim Temirbekova"], None, "2026-02", "planned", "Səfər çərçivəsində qonaqları",
   ["parlamentlərarası əlaqələr"], host="Ləman Həsənbəyova"),
 E("VISIT", ["Aygerim Temirbekova"], "Ağdam", "2026-02", "planned", "Səfər çərçivəsində qonaqları",
   ["bərpa işləri"]),
 E("SIGN", ["Səbinə Nuriyeva", "Aygerim Temirbekova"], "Astana", "2026-03", "planned", "Memorandumun isə cari",
   ["memorandum"], date_text="cari ilin mart ayında"),
])
