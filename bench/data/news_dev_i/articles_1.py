A("201_hesenbeyova_dosmuxamedov_senat.txt", "AZERTAC", """date 2026-01-20
Ləman Həsənbəyova Qazaxıstan Senatının nümayəndə heyətini qəbul edib

Milli Məclisin Sədri Ləman Həsənbəyova yanvarın 20-də Qazaxıstan Parlamenti Senatının sədr müavini Yerlan Dosmuxamedovun başda olduğu senatorlar qrupunu qəbul edib.

AZERTAC-ın parlament müxbirinin verdiyi məlumata əsasən, qonaqları salamlayan Spiker Astana ilə Bakı arasındakı əlaqələrin son illərdə müttəfiqlik müstəvisinə keçdiyini vurğulayıb. Onun fikrincə, iki parlament rəqəmsal iqtisadiyyat, su ehtiyatlarından səmərəli istifadə və əmək miqrasiyası sahələrində qanunvericiliyin uyğunlaşdırılması üzərində birgə çalışa bilər.

Bakıya səfərinin ilk günündə Milli Məclisdə səmimi qarşılandığı üçün təşəkkür edən Yerlan Dosmuxamedov Trans-Xəzər marşrutu ilə yükdaşımaların keçən il tarixi maksimuma yüksəldiyini deyib. Senatın sədr müavini Aktau limanında Azərbaycan şirkətlərinin iştirakı ilə tikilən konteyner terminalını iqtisadi tərəfdaşlığın uğurlu nümunəsi adlandırıb.

Söhbət əsnasında TÜRKPA və ATƏT Parlament Assambleyası çərçivəsində deputatların qarşılıqlı dəstəyinə, gənc parlamentarilər arasında təcrübə mübadiləsinə də toxunulub.

Qeyd edək ki, qazax senatorlar sabah Milli Məclisin Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsinin sədri Elmar Cəfərzadə ilə görüşəcək, ADA Universitetində tələbələrlə bir araya gələcəklər. Heyətin ölkəmizdə səfəri yanvarın 22-dək davam edəcək.
""", [
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis", ["Ləman Həsənbəyova"]),
 ("Yerlan Dosmuxamedov", "PER", "sədr müavini", "Qazaxıstan Parlamentinin Senatı", ["Yerlan Dosmuxamedovun", "Yerlan Dosmuxamedov"]),
 ("Elmar Cəfərzadə", "PER", "komitə sədri", "Milli Məclis", ["Elmar Cəfərzadə"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin", "Milli Məclisdə"]),
 ("Qazaxıstan Parlamentinin Senatı", "ORG", None, None, ["Qazaxıstan Senatının", "Qazaxıstan Parlamenti Senatının", "Senatın"]),
 ("Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsi", "ORG", None, None, ["Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsinin"]),
 ("TÜRKPA", "ORG", None, None, ["TÜRKPA"]),
 ("ATƏT Parlament Assambleyası", "ORG", None, None, ["ATƏT Parlament Assambleyası"]),
 ("ADA Universiteti", "ORG", None, None, ["ADA Universitetində"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-ın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Astana", "LOC", None, None, ["Astana"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıya"]),
 ("Aktau", "LOC", None, None, ["Aktau"]),
], [
 E("MEET", ["Ləman Həsənbəyova", "Yerlan Dosmuxamedov"], "Milli Məclis", "2026-01-20", "happened",
   "Milli Məclisin Sədri Ləman Həsənbəyova yanvarın 20-də", ["parlamentlərarası əlaqələr", "qanunvericilik", "nəqliyyat"],
   host="Ləman Həsənbəyova", date_text="yanvarın 20-də"),
 E("VISIT", ["Yerlan Dosmuxamedov"], "Bakı", "2026-01-20", "happened", "Bakıya səfərinin ilk günündə",
   ["parlamentlərarası əlaqələr"], date_text="səfərinin ilk günündə"),
 E("MEET", ["Yerlan Dosmuxamedov", "Elmar Cəfərzadə"], None, "2026-01-21", "planned", "qazax senatorlar sabah",
   ["parlamentlərarası əlaqələr"], date_text="sabah"),
])

A("202_shirinzade_rahimov_daskend.txt", "report.az", """date 2026-02-04
Rauf Şirinzadə Daşkənddə Qanunvericilik Palatasının Spikeri ilə danışıqlar aparıb

Milli Məclisin Sədrinin müavini Rauf Şirinzadənin rəhbərlik etdiyi parlament nümayəndə heyəti fevralın 2-dən Özbəkistanda rəsmi səfərdədir.

Report-un Daşkənd bürosunun məlumatına görə, dünən Özbəkistan Oliy Məclisinin Qanunvericilik Palatasında Rauf Şirinzadə ilə Palatanın Spikeri Baxtiyor Rahimov arasında danışıqlar aparılıb. Tərəflər parlamentlərarası komissiyanın işini, meyvə-tərəvəz tədarükündə gömrük prosedurlarının sadələşdirilməsini, Ələt Azad İqtisadi Zonasında özbək şirkətlərinə ayrılacaq sahələri müzakirə ediblər. Baxtiyor Rahimov Qarabağdakı bərpa layihələrində Özbəkistan podratçılarının payının artacağına ümidvar olduğunu söyləyib.

Həmin gün Azərbaycan deputatları Daşkənd Dövlət Şərqşünaslıq Universitetində Azərbaycan dili və ədəbiyyatı kabinetinin açılışına qatılıblar. Mərasimdə çıxış edən Şirinzadə kabinetə üç yüzdən çox kitab hədiyyə olunduğunu bildirib.

Bu gün heyət Səmərqəndə yollanacaq və vilayət hakimi Şavkat Yusupovla görüşəcək. Proqrama Buxaranın da daxil edilməsi nəzərdə tutulurdu, lakin qrafikin sıxlığı səbəbindən bu hissə reallaşmayacaq.

Nümayəndə heyətinin tərkibində deputatlar Ceyhun Əfəndizadə və Nərgiz Abbaslı da var. Heyət fevralın 5-də Bakıya qayıdacaq.
""", [
 ("Rauf Şirinzadə", "PER", "sədr müavini", "Milli Məclis", ["Rauf Şirinzadə", "Rauf Şirinzadənin", "Şirinzadə"]),
 ("Baxtiyor Rahimov", "PER", "spiker", "Özbəkistan Oliy Məclisinin Qanunvericilik Palatası", ["Baxtiyor Rahimov"]),
 ("Şavkat Yusupov", "PER", "vilayət hakimi", "Özbəkistan", ["Şavkat Yusupovla"]),
 ("Ceyhun Əfəndizadə", "PER", "deputat", "Milli Məclis", ["Ceyhun Əfəndizadə"]),
 ("Nərgiz Abbaslı", "PER", "deputat", "Milli Məclis", ["Nərgiz Abbaslı"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Özbəkistan Oliy Məclisinin Qanunvericilik Palatası", "ORG", None, None, ["Qanunvericilik Palatasının", "Özbəkistan Oliy Məclisinin Qanunvericilik Palatasında", "Palatanın"]),
 ("Daşkənd Dövlət Şərqşünaslıq Universiteti", "ORG", None, None, ["Daşkənd Dövlət Şərqşünaslıq Universitetində"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Daşkənd", "LOC", None, None, ["Daşkənddə", "Daşkənd"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistanda", "Özbəkistan"]),
 ("Ələt Azad İqtisadi Zonası", "LOC", None, None, ["Ələt Azad İqtisadi Zonasında"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağdakı"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Səmərqənd", "LOC", None, None, ["Səmərqəndə"]),
 ("Buxara", "LOC", None, None, ["Buxaranın"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
], [
 E("VISIT", ["Rauf Şirinzadə"], "Özbəkistan", "2026-02-02", "happened", "parlament nümayəndə heyəti fevralın 2-dən",
   ["parlamentlərarası əlaqələr"], date_text="fevralın 2-dən"),
 E("MEET", ["Rauf Şirinzadə", "Baxtiyor Rahimov"], "Özbəkistan Oliy Məclisinin Qanunvericilik Palatası", "2026-02-03", "happened",
   "dünən Özbəkistan Oliy Məclisinin", ["gömrük", "ticarət", "bərpa işləri"], date_text="dünən"),
 E("ATTEND", ["Rauf Şirinzadə"], "Daşkənd Dövlət Şərqşünaslıq Universiteti", "2026-02-03", "happened", "Həmin gün Azərbaycan deputatları",
   ["təhsil", "dil və ədəbiyyat"], date_text="Həmin gün", event_name="Azərbaycan dili və ədəbiyyatı kabinetinin açılışı"),
 E("VISIT", ["Rauf Şirinzadə"], "Səmərqənd", "2026-02-04", "planned", "Bu gün heyət Səmərqəndə",
   ["regional əməkdaşlıq"], date_text="Bu gün"),
 E("MEET", ["Rauf Şirinzadə", "Şavkat Yusupov"], "Səmərqənd", "2026-02-04", "planned", "Bu gün heyət Səmərqəndə",
   ["regional əməkdaşlıq"], date_text="Bu gün"),
 E("VISIT", ["Rauf Şirinzadə"], "Buxara", None, "negated", "Proqrama Buxaranın da",
   ["regional əməkdaşlıq"]),
])

A("203_rustemov_karaosmanoglu_isci_qrupu.txt", "APA", """date 2026-02-10
Milli Məclisdə Türkiyə səfiri ilə görüş keçirilib

Milli Məclisdə Azərbaycan–Türkiyə parlamentlərarası əlaqələr üzrə işçi qrupunun rəhbəri Səbuhi Rüstəmovla Türkiyənin ölkəmizdəki səfiri Mehmet Ali Karaosmanoğlu arasında görüş keçirilib.

APA-ya Milli Məclisdən verilən məlumata görə, söhbət zamanı gələn ay Ankarada təşkil olunacaq Azərbaycan–Türkiyə parlament forumuna hazırlığın gedişatı nəzərdən keçirilib. Forumda Milli Məclisin Sədri Ləman Həsənbəyovanın və Türkiyə Böyük Millət Məclisinin Sədri Kamil Yücelsoyun birgə çıxış etməsi gözlənilir.

Səbuhi Rüstəmov qeyd edib ki, ayın 24-də TBMM-in Türkiyə–Azərbaycan dostluq qrupunun sədri Hülya Korkmazoğlunun rəhbərlik etdiyi heyət Bakıya gələcək. Qonaqların proqramında Naxçıvana səfər də yer alır.

Səfir Karaosmanoğlu İğdır–Naxçıvan dəmir yolunun inşasında görülən işlərdən, türk şirkətlərinin Qarabağ və Şərqi Zəngəzurdakı layihələrindən danışıb. Diplomat ali məktəblərimiz arasında tələbə mübadiləsinin ildən-ilə genişləndiyini də diqqətə çatdırıb.

Xatırladaq ki, forumun əvvəlcə yanvarda İstanbulda keçirilməsi planlaşdırılırdı, lakin TBMM-də büdcə müzakirələri uzandığından tarix dəyişdirilib.
""", [
 ("Səbuhi Rüstəmov", "PER", "işçi qrupunun rəhbəri", "Milli Məclis", ["Səbuhi Rüstəmovla", "Səbuhi Rüstəmov"]),
 ("Mehmet Ali Karaosmanoğlu", "PER", "səfir", "Türkiyə", ["Mehmet Ali Karaosmanoğlu", "Karaosmanoğlu"]),
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis", ["Ləman Həsənbəyovanın"]),
 ("Kamil Yücelsoy", "PER", "sədr", "Türkiyə Böyük Millət Məclisi", ["Kamil Yücelsoyun"]),
 ("Hülya Korkmazoğlu", "PER", "dostluq qrupunun sədri", "Türkiyə Böyük Millət Məclisi", ["Hülya Korkmazoğlunun"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə", "Milli Məclisdən", "Milli Məclisin"]),
 ("Türkiyə Böyük Millət Məclisi", "ORG", None, None, ["Türkiyə Böyük Millət Məclisinin", "TBMM-in", "TBMM-də"]),
 ("APA", "ORG", None, None, ["APA-ya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə", "Türkiyənin"]),
 ("Ankara", "LOC", None, None, ["Ankarada"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvana", "Naxçıvan"]),
 ("İğdır", "LOC", None, None, ["İğdır"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağ"]),
 ("Şərqi Zəngəzur", "LOC", None, None, ["Şərqi Zəngəzurdakı"]),
 ("İstanbul", "LOC", None, None, ["İstanbulda"]),
], [
 E("MEET", ["Səbuhi Rüstəmov", "Mehmet Ali Karaosmanoğlu"], "Milli Məclis", "2026-02-10", "happened",
   "Milli Məclisdə Azərbaycan–Türkiyə parlamentlərarası", ["parlamentlərarası əlaqələr", "nəqliyyat", "təhsil"]),
 E("ATTEND", ["Ləman Həsənbəyova", "Kamil Yücelsoy"], "Ankara", "2026-03", "planned", "Forumda Milli Məclisin Sədri",
   ["parlamentlərarası əlaqələr"], date_text="gələn ay", event_name="Azərbaycan–Türkiyə parlament forumu"),
 E("VISIT", ["Hülya Korkmazoğlu"], "Bakı", "2026-02-24", "planned", "ayın 24-də TBMM-in",
   ["parlamentlərarası əlaqələr"], date_text="ayın 24-də"),
 E("VISIT", ["Hülya Korkmazoğlu"], "Naxçıvan", None, "planned", "Qonaqların proqramında Naxçıvana",
   ["parlamentlərarası əlaqələr"]),
])

A("204_hemzeli_aspa_qis_sessiyasi.txt", "trend.az", """date 2026-01-23
Milli Məclisin heyəti AŞPA-nın qış sessiyasına qatılmayacaq

Milli Məclisin Avropa Şurası Parlament Assambleyasındakı nümayəndə heyəti yanvarın 26–30-da Strasburqda keçiriləcək qış sessiyasında iştirak etməyəcək.

Bunu Trend-ə açıqlamasında nümayəndə heyətinin rəhbəri Gündüz Həmzəli bildirib. Deputatın sözlərinə görə, heyətin səlahiyyətlərinin bərpası məsələsi hələ də Assambleyanın gündəliyinə salınmayıb və belə şəraitdə Strasburqa getməyin mənası yoxdur.

"Biz dialoqdan imtina etmirik. Ötən həftə Bakıda Avropa Şurasının ofis rəhbəri Katrin Fogel ilə görüşdüm, mövqeyimizi ətraflı izah etdim", – deyə Həmzəli vurğulayıb.

Onun sözlərinə görə, AŞPA-nın həmməruzəçilərinin martda Bakıya səfəri gözlənilir. Səfər zamanı həmməruzəçilərin Milli Məclisin rəhbərliyi və Xarici İşlər Nazirliyi ilə görüşmələri nəzərdə tutulur.

Qeyd edək ki, Milli Məclisin nümayəndələri ATƏT Parlament Assambleyası və Qara Dəniz İqtisadi Əməkdaşlıq Təşkilatının Parlament Assambleyası kimi digər beynəlxalq qurumlarda fəaliyyətini davam etdirir. Həmzəli bu qurumlarda Azərbaycanın səsinin eşidildiyini, orada qurulan işgüzar əlaqələrin dəyərli olduğunu əlavə edib.
""", [
 ("Gündüz Həmzəli", "PER", "nümayəndə heyətinin rəhbəri", "Milli Məclis", ["Gündüz Həmzəli", "Həmzəli"]),
 ("Katrin Fogel", "PER", "ofis rəhbəri", "Avropa Şurası", ["Katrin Fogel"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Avropa Şurası Parlament Assambleyası", "ORG", None, None, ["AŞPA-nın", "Avropa Şurası Parlament Assambleyasındakı", "Assambleyanın"]),
 ("Avropa Şurası", "ORG", None, None, ["Avropa Şurasının"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["Xarici İşlər Nazirliyi"]),
 ("ATƏT Parlament Assambleyası", "ORG", None, None, ["ATƏT Parlament Assambleyası"]),
 ("Qara Dəniz İqtisadi Əməkdaşlıq Təşkilatının Parlament Assambleyası", "ORG", None, None, ["Qara Dəniz İqtisadi Əməkdaşlıq Təşkilatının Parlament Assambleyası"]),
 ("Trend", "ORG", None, None, ["Trend-ə"]),
 ("Strasburq", "LOC", None, None, ["Strasburqda", "Strasburqa"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
], [
 E("ATTEND", ["Gündüz Həmzəli"], "Strasburq", "2026-01-26", "negated", "Parlament Assambleyasındakı nümayəndə heyəti yanvarın",
   ["Avropa Şurası ilə münasibətlər"], date_text="yanvarın 26–30-da", event_name="AŞPA-nın qış sessiyası"),
 E("MEET", ["Gündüz Həmzəli", "Katrin Fogel"], "Bakı", "2026-01", "happened", "Ötən həftə Bakıda Avropa",
   ["Avropa Şurası ilə münasibətlər"], date_text="Ötən həftə"),
 E("VISIT", ["Avropa Şurası Parlament Assambleyası"], "Bakı", "2026-03", "planned", "həmməruzəçilərinin martda Bakıya",
   ["monitorinq"], date_text="martda"),
 E("MEET", ["Avropa Şurası Parlament Assambleyası", "Milli Məclis"], "Bakı", "2026-03", "planned", "Səfər zamanı həmməruzəçilərin",
   ["monitorinq"], date_text="martda"),
 E("MEET", ["Avropa Şurası Parlament Assambleyası", "Xarici İşlər Nazirliyi"], "Bakı", "2026-03", "planned", "Səfər zamanı həmməruzəçilərin",
   ["monitorinq"], date_text="martda"),
])

A("205_asanov_ceferzade_qafqazinfo.txt", "qafqazinfo.az", """date 2026-02-17
Qırğızıstan parlamentinin sədr müavini Milli Məclisdə olub - Qafqazinfo.az

Qafqazinfo.az
Son xəbərlər | Gündəm | Siyasət | Ölkə | Dünya | Maraqlı | İdman
JavaScript söndürülüb – səhifəni görmək üçün onu aktiv edin
17.02.2026 / 13:52
Siyasət
Qırğızıstan parlamentinin sədr müavini Milli Məclisdə olub

Bu gün Milli Məclisin Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsinin sədri Elmar Cəfərzadə qırğız parlamenti Jogorku Keneşin sədr müavini Nurbek Asanov ilə bir araya gəlib.

Qafqazinfo-nun məlumatına görə, Nurbek Asanov bazar ertəsi Azərbaycana üç günlük işgüzar səfərlə gəlib.

Görüşdə Bişkek ilə Bakı arasında həftədə iki dəfə yerinə yetirilən aviareyslərin sayının artırılması, İssık-Kul sahilində azərbaycanlı sahibkarların otel layihələri, Qırğızıstanda Azərbaycan dilinin tədrisi müzakirə olunub. Nurbek Asanov ölkəsinin Qarabağda bərpa olunan yaşayış məntəqələrində qırğız memarlarının təcrübəsindən istifadəyə hazır olduğunu deyib.

Elmar Cəfərzadə TÜRKPA-nın builki plenar sessiyasının Bişkekdə keçiriləcəyini xatırladaraq, Azərbaycan heyətinin orada geniş tərkibdə təmsil olunacağını bildirib.

Sabah qonağın Şuşaya səfəri gözlənilir.

Paylaş: Facebook | Telegram | X
Teqlər: Milli Məclis, Qırğızıstan, parlament diplomatiyası
Oxşar xəbərlər
Gəncədə yeni su xətti istismara verilib 12:40
Ramin Vəliyev Bolqarıstan səfiri ilə görüşüb 11:15
Yollarda buz bağlayacaq: sürücülərə xəbərdarlıq 10:02
Qafqazinfo.az © 2026 | Materiallardan istifadə edərkən aktiv keçid vacibdir
""", [
 ("Elmar Cəfərzadə", "PER", "komitə sədri", "Milli Məclis", ["Elmar Cəfərzadə"]),
 ("Nurbek Asanov", "PER", "sədr müavini", "Qırğızıstan Jogorku Keneşi", ["Nurbek Asanov"]),
 ("Ramin Vəliyev", "PER", None, None, ["Ramin Vəliyev"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə", "Milli Məclisin", "Milli Məclis"]),
 ("Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsi", "ORG", None, None, ["Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsinin"]),
 ("Qırğızıstan Jogorku Keneşi", "ORG", None, None, ["Jogorku Keneşin"]),
 ("TÜRKPA", "ORG", None, None, ["TÜRKPA-nın"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo.az", "Qafqazinfo-nun"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstan", "Qırğızıstanda"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycana", "Azərbaycan"]),
 ("Bişkek", "LOC", None, None, ["Bişkek", "Bişkekdə"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
 ("İssık-Kul gölü", "LOC", None, None, ["İssık-Kul"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağda"]),
 ("Şuşa", "LOC", None, None, ["Şuşaya"]),
 ("Gəncə", "LOC", None, None, ["Gəncədə"]),
 ("Bolqarıstan", "LOC", None, None, ["Bolqarıstan"]),
], [
 E("MEET", ["Elmar Cəfərzadə", "Nurbek Asanov"], "Milli Məclis", "2026-02-17", "happened", "Bu gün Milli Məclisin Beynəlxalq",
   ["aviareyslər", "turizm", "təhsil"], date_text="Bu gün"),
 E("VISIT", ["Nurbek Asanov"], "Azərbaycan", "2026-02-16", "happened", "Nurbek Asanov bazar ertəsi",
   ["parlamentlərarası əlaqələr"], date_text="bazar ertəsi"),
 E("VISIT", ["Nurbek Asanov"], "Şuşa", "2026-02-18", "planned", "Sabah qonağın Şuşaya",
   ["bərpa işləri"], date_text="Sabah"),
])

A("206_sadixova_turkpa_komissiya_astana.txt", None, """date 2026-03
Astanada TÜRKPA komissiyasının iclası keçirilib

Martın 5–6-da Astanada Türk Dövlətlərinin Parlament Assambleyasının (TÜRKPA) Sosial, mədəni və humanitar məsələlər üzrə daimi komissiyasının növbəti iclası keçirilib. Iclasda Milli Məclisin deputatları Könül Sadıxova və Anar Qasımlı iştirak edib-
lər.

İclasın gündəliyinə türkdilli dövlətlər arasında ali təhsil diplomlarının qarşılıqlı tanınması, ortaq tarix dərsliyinin hazırlanmsı, gənclər mübadiləsi proqramları kimi məsələlər daxil idi. Çıxış edən Könül Sadıxova ölkəmizdə qəbul olunmuş təhsil qanununa edilən son dəyişiklikləri təqdim edib, ortaq universitet layihəsinin Şuşada həyata keçirilməsi təklifini irəli sürüb.

İclasın ikinci günü Könül Sadıxova komissiyanın sədri, Qazaxıstan Parlamenti Məclisinin deputatı Gülnar Seytkaliyeva ilə ikitərəfli görüş keçirib. Həmsöhbətlər qadın parlamentarilərin TÜRKPA çərçivəsində şəbəkəsinin yaradılması ideyasını muzakirə ediblər.

Astanada səfərdə olan Azərbaycan deputatları həmçinin ölkəmizin Qazaxıstandakı səfiri Rəşad Xəlilzadə ilə görüşüb, burada yaşayan həmyerlilərimizin icmaları ilə əlaqələrin güclən-
dirilməsi barədə fikir mübadiləsi aparıblar.

Anar Qasımlı iclasdan sonra jurnalistlərə bildirib ki, komissiyanın növbəti iclası sentyabrda Bakıda keçiriləcək. "Qonaqlarımızı Şuşaya da aparmağı planlaşdırırıq", – deyə deputat əlavə edib.

Nərmin QASIMOVA,
«Xalq qəzeti»
""", [
 ("Könül Sadıxova", "PER", "deputat", "Milli Məclis", ["Könül Sadıxova"]),
 ("Anar Qasımlı", "PER", "deputat", "Milli Məclis", ["Anar Qasımlı"]),
 ("Gülnar Seytkaliyeva", "PER", "komissiya sədri", "Qazaxıstan Parlamentinin Məclisi", ["Gülnar Seytkaliyeva"]),
 ("Rəşad Xəlilzadə", "PER", "səfir", "Azərbaycan", ["Rəşad Xəlilzadə"]),
 ("Nərmin Qasımova", "PER", None, None, ["Nərmin QASIMOVA"]),
 ("TÜRKPA", "ORG", None, None, ["TÜRKPA", "Türk Dövlətlərinin Parlament Assambleyasının"]),
 ("Sosial, mədəni və humanitar məsələlər üzrə daimi komissiya", "ORG", None, None, ["Sosial, mədəni və humanitar məsələlər üzrə daimi komissiyasının"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Qazaxıstan Parlamentinin Məclisi", "ORG", None, None, ["Qazaxıstan Parlamenti Məclisinin"]),
 ("Xalq qəzeti", "ORG", None, None, ["Xalq qəzeti"]),
 ("Astana", "LOC", None, None, ["Astanada"]),
 ("Şuşa", "LOC", None, None, ["Şuşada", "Şuşaya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstandakı"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
], [
 E("ATTEND", ["Könül Sadıxova", "Anar Qasımlı"], "Astana", "2026-03-05", "happened", "Iclasda Milli Məclisin deputatları",
   ["təhsil", "humanitar əməkdaşlıq"], date_text="Martın 5–6-da",
   event_name="TÜRKPA-nın Sosial, mədəni və humanitar məsələlər üzrə daimi komissiyasının iclası"),
 E("MEET", ["Könül Sadıxova", "Gülnar Seytkaliyeva"], "Astana", "2026-03-06", "happened", "İclasın ikinci günü Könül",
   ["qadın parlamentarilər"], date_text="İclasın ikinci günü"),
 E("VISIT", ["Könül Sadıxova", "Anar Qasımlı"], "Astana", "2026-03", "happened", "Astanada səfərdə olan Azərbaycan",
   ["parlamentlərarası əlaqələr"]),
 E("MEET", ["Könül Sadıxova", "Anar Qasımlı", "Rəşad Xəlilzadə"], "Astana", "2026-03", "happened", "Astanada səfərdə olan Azərbaycan",
   ["diaspor"]),
])

A("207_bereni_macar_spiker_bakida.txt", "AZERTAC", """date 2026-03-03
Milli Məclisin Sədri Macarıstan parlamentinin rəhbəri ilə bir araya gəlib

Bu gün Milli Məclisdə Sədr Ləman Həsənbəyova ölkəmizdə rəsmi səfərdə olan Macarıstan Milli Assambleyasının sədri Andraş Bereni ilə bir araya gəlib.

AZERTAC xəbər verir ki, əvvəlcə təkbətək formatda keçən söhbət daha sonra nümayəndə heyətlərinin iştirakı ilə davam edib. Tərəflər Azərbaycan qazının Macarıstana nəqlinin həcmini, macar universitetlərində təhsil alan azərbaycanlı tələbələrin sayının artırılmasını, kənd təsərrüfatında su qənaət edən texnologiyaların tətbiqini müzakirə ediblər. Andraş Bereni Macarıstanın müşahidəçi statusunda təmsil olunduğu Türk Dövlətləri Təşkilatında Azərbaycanla sıx əməkdaşlıqdan məmnun qaldığını söyləyib.

Görüşün sonunda iki parlament arasında əməkdaşlığa dair memoranduma imza atılıb. Sənədi Ləman Həsənbəyova və Andraş Bereni imzalayıblar.

Macarıstan parlamentinin rəhbəri dünən axşam Bakıya gəlib. Görüşdən əvvəl qonaq Milli Məclisin plenar iclasını qonaqlar lojasından izləyib.

Sabah Andraş Bereni Prezident Teymur Səlimov tərəfindən qəbul ediləcək. Cümə axşamı isə o, Gəncəyə yollanacaq, Nizami Gəncəvi məqbərəsini ziyarət edəcək.
""", [
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis", ["Ləman Həsənbəyova"]),
 ("Andraş Bereni", "PER", "sədr", "Macarıstan Milli Assambleyası", ["Andraş Bereni"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin", "Milli Məclisdə"]),
 ("Macarıstan Milli Assambleyası", "ORG", None, None, ["Macarıstan Milli Assambleyasının"]),
 ("Türk Dövlətləri Təşkilatı", "ORG", None, None, ["Türk Dövlətləri Təşkilatında"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstan", "Macarıstana", "Macarıstanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanla"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Gəncə", "LOC", None, None, ["Gəncəyə"]),
 ("Nizami Gəncəvi məqbərəsi", "LOC", None, None, ["Nizami Gəncəvi məqbərəsini"]),
], [
 E("MEET", ["Ləman Həsənbəyova", "Andraş Bereni"], "Milli Məclis", "2026-03-03", "happened", "Bu gün Milli Məclisdə Sədr",
   ["qaz nəqli", "təhsil", "kənd təsərrüfatı"], date_text="Bu gün"),
 E("VISIT", ["Andraş Bereni"], "Bakı", "2026-03-02", "happened", "Bu gün Milli Məclisdə Sədr",
   ["parlamentlərarası əlaqələr"], date_text="dünən"),
 E("SIGN", ["Ləman Həsənbəyova", "Andraş Bereni"], "Milli Məclis", "2026-03-03", "happened", "Görüşün sonunda iki parlament",
   ["parlamentlərarası əlaqələr"]),
 E("ATTEND", ["Andraş Bereni"], "Milli Məclis", "2026-03-03", "happened", "Görüşdən əvvəl qonaq",
   ["parlamentlərarası əlaqələr"], event_name="Milli Məclisin plenar iclası"),
 E("MEET", ["Teymur Səlimov", "Andraş Bereni"], None, "2026-03-04", "planned", "Sabah Andraş Bereni",
   ["ikitərəfli münasibətlər"], host="Teymur Səlimov", date_text="Sabah"),
 E("VISIT", ["Andraş Bereni"], "Gəncə", "2026-03-05", "planned", "Cümə axşamı isə o",
   ["mədəni irs"], date_text="Cümə axşamı"),
 E("VISIT", ["Andraş Bereni"], "Nizami Gəncəvi məqbərəsi", "2026-03-05", "planned", "Cümə axşamı isə o",
   ["mədəni irs"], place="Nizami Gəncəvi məqbərəsi", date_text="Cümə axşamı"),
])

A("208_tagizade_tbilisi_marneuli_oxu.txt", "oxu.az", """date 2026-03-12
Elnarə Tağızadə Tbilisidə və Marneulidə görüşlər keçirib | Oxu.az

OXU.AZ
Xəbər lenti | Ölkə | Siyasət | Region | Dünya | Foto | Video
Bu səhifə JavaScript olmadan düzgün açılmır, onu aktiv edin
Siyasət | 12 mart 2026, 11:20
Elnarə Tağızadə Tbilisidə və Marneulidə görüşlər keçirib

Milli Məclisin Azərbaycan–Gürcüstan parlamentlərarası əlaqələr üzrə işçi qrupunun rəhbəri Elnarə Tağızadə martın 10–11-də Gürcüstanda işgüzar səfərdə olub.

Oxu.az-ın əldə etdiyi məlumata görə, səfərin birinci günü Tbilisidə Gürcüstan Parlamentinin Xarici əlaqələr komitəsinin sədri Davit Xvedeliani ilə görüş olub. Həmsöhbətlər Bakı–Tbilisi–Qars xətti üzrə daşımaların həcmini, Qara dəniz boyunca çəkiləcək elektrik kabeli layihəsini, iki ölkənin beynəlxalq qurumlarda qarşılıqlı dəstəyini dəyərləndiriblər.

Ertəsi gün deputat soydaşlarımızın sıx yaşadığı Marneuliyə gedib. Bələdiyyənin meri Zurab Beriaşvili qonağı qəbul edərək bölgədə yeni məktəb binalarının tikintisi, Azərbaycan dilində dərsliklərin çapı ilə bağlı görülən işlər barədə məlumat verib.

Səfərin yekununda Davit Xvedelianinin aprelin sonunda Bakıya gələcəyi açıqlanıb.

Paylaş
Linki kopyala
Teqlər: Gürcüstan, Milli Məclis, Marneuli
Oxşar xəbərlər
Lerikdə kənd yolu asfaltlanır
Mingəçevirdə balıqçılıq mövsümü açılıb
Xəzərdə dalğanın hündürlüyü 3 metrə çatacaq
OXU.AZ © 2026. Saytdakı materiallardan istinadsız istifadə qadağandır.
""", [
 ("Elnarə Tağızadə", "PER", "işçi qrupunun rəhbəri", "Milli Məclis", ["Elnarə Tağızadə"]),
 ("Davit Xvedeliani", "PER", "komitə sədri", "Gürcüstan Parlamenti", ["Davit Xvedeliani", "Davit Xvedelianinin"]),
 ("Zurab Beriaşvili", "PER", "mer", "Gürcüstan", ["Zurab Beriaşvili"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin", "Milli Məclis"]),
 ("Gürcüstan Parlamenti", "ORG", None, None, ["Gürcüstan Parlamentinin"]),
 ("Xarici əlaqələr komitəsi", "ORG", None, None, ["Xarici əlaqələr komitəsinin"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az", "OXU.AZ", "Oxu.az-ın"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisidə", "Tbilisi"]),
 ("Marneuli", "LOC", None, None, ["Marneulidə", "Marneuliyə", "Marneuli"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan", "Gürcüstanda"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıya"]),
 ("Qars", "LOC", None, None, ["Qars"]),
 ("Qara dəniz", "LOC", None, None, ["Qara dəniz"]),
 ("Lerik", "LOC", None, None, ["Lerikdə"]),
 ("Mingəçevir", "LOC", None, None, ["Mingəçevirdə"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzərdə"]),
], [
 E("VISIT", ["Elnarə Tağızadə"], "Gürcüstan", "2026-03-10", "happened", "Elnarə Tağızadə martın 10–11-də",
   ["parlamentlərarası əlaqələr"], date_text="martın 10–11-də"),
 E("MEET", ["Elnarə Tağızadə", "Davit Xvedeliani"], "Tbilisi", "2026-03-10", "happened", "səfərin birinci günü Tbilisidə",
   ["nəqliyyat", "enerji"], date_text="səfərin birinci günü"),
 E("VISIT", ["Elnarə Tağızadə"], "Marneuli", "2026-03-11", "happened", "Ertəsi gün deputat",
   ["diaspor", "təhsil"], date_text="Ertəsi gün"),
 E("MEET", ["Elnarə Tağızadə", "Zurab Beriaşvili"], "Marneuli", "2026-03-11", "happened", "Bələdiyyənin meri Zurab",
   ["təhsil"], host="Zurab Beriaşvili", date_text="Ertəsi gün"),
 E("VISIT", ["Davit Xvedeliani"], "Bakı", "2026-04", "planned", "Səfərin yekununda Davit",
   ["parlamentlərarası əlaqələr"], date_text="aprelin sonunda"),
])
