A("421_qaraxanli_jaksibekova_komissiya_aktau_azertac.txt", "AZERTAC", """date 2029-09-19
Aktauda Milli Məclis ilə Qazaxıstan Parlamenti arasında komissiyanın ilk iclası keçirilib

Azərbaycan Milli Məclisi ilə Qazaxıstan Parlamenti arasında yaradılmış parlamentlərarası əməkdaşlıq komissiyası sentyabrın 18-də Aktauda ilk dəfə toplanıb. İclasa Azərbaycan tərəfdən Sədrin birinci müavini Fuad Qaraxanlı, qazax tərəfdən isə Senatın sədr müavini Dina Jaksıbekova həmsədrlik ediblər.

AZERTAC-ın Aktaudakı müxbiri bildirir ki, iclasda qanunvericiliyin uyğunlaşdırılması, Xəzər dənizində ekoloji monitorinq və gənc deputatların mübadilə proqramı üzrə işçi yarımqrupların yaradılması qərara alınıb. İclasın yekun protokoluna həmsədrlər imza atıblar.

Azərbaycan heyəti Aktaua bazar ertəsi gəlib. Həmin gün Qaraxanlı Manqıstau vilayətinin hakimi Nurbol Tajibayev tərəfindən qəbul edilib. İclasdan sonra qonaqlar Aktau Dəniz Ticarət Limanında olublar.

Bu gün Aktauda Azərbaycan–Qazaxıstan biznes forumu işə başlayıb. Forumun açılışında Qaraxanlı və Jaksıbekova çıxış ediblər. Forum çərçivəsində "Azərbaycan Xəzər Dəniz Gəmiçiliyi" ilə "Kazmortransflot" Milli Dəniz Gəmiçiliyi Şirkəti arasında Xəzərdə tanker donanmasının birgə idarə olunmasına dair memorandum imzalanıb.
""", [
 ("Fuad Qaraxanlı", "PER", "sədrin birinci müavini", "Milli Məclis", ["Fuad Qaraxanlı", "Qaraxanlı"]),
 ("Dina Jaksıbekova", "PER", "sədr müavini", "Qazaxıstan Parlamentinin Senatı", ["Dina Jaksıbekova", "Jaksıbekova"]),
 ("Nurbol Tajibayev", "PER", "hakim", "Qazaxıstan", ["Nurbol Tajibayev"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclis", "Azərbaycan Milli Məclisi"]),
 ("Qazaxıstan Parlamenti", "ORG", None, None, ["Qazaxıstan Parlamenti"]),
 ("Qazaxıstan Parlamentinin Senatı", "ORG", None, None, ["Senatın"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-ın"]),
 ("Azərbaycan Xəzər Dəniz Gəmiçiliyi", "ORG", None, None, ["Azərbaycan Xəzər Dəniz Gəmiçiliyi"]),
 ("Kazmortransflot", "ORG", None, None, ["Kazmortransflot"]),
 ("Aktau", "LOC", None, None, ["Aktauda", "Aktaudakı", "Aktaua"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizində", "Xəzərdə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Manqıstau", "LOC", None, None, ["Manqıstau"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan"]),
 ("Aktau Dəniz Ticarət Limanı", "LOC", None, None, ["Aktau Dəniz Ticarət Limanında"]),
], [
 E("MEET", ["Fuad Qaraxanlı", "Dina Jaksıbekova"], "Aktau", "2029-09-18", "happened", "İclasa Azərbaycan tərəfdən",
   ["qanunvericilik", "ekologiya", "parlamentlərarası əlaqələr"], date_text="sentyabrın 18-də",
   event_name="parlamentlərarası əməkdaşlıq komissiyasının ilk iclası"),
 E("SIGN", ["Fuad Qaraxanlı", "Dina Jaksıbekova"], "Aktau", "2029-09-18", "happened", "İclasın yekun protokoluna",
   ["parlamentlərarası əlaqələr"], date_text="sentyabrın 18-də"),
 E("VISIT", ["Fuad Qaraxanlı"], "Aktau", "2029-09-17", "happened", "Azərbaycan heyəti Aktaua",
   ["parlamentlərarası əlaqələr"], date_text="bazar ertəsi"),
 E("MEET", ["Nurbol Tajibayev", "Fuad Qaraxanlı"], None, "2029-09-17", "happened", "Həmin gün Qaraxanlı Manqıstau",
   ["regional əməkdaşlıq"], host="Nurbol Tajibayev", date_text="Həmin gün"),
 E("VISIT", ["Fuad Qaraxanlı"], "Aktau Dəniz Ticarət Limanı", "2029-09-18", "happened", "İclasdan sonra qonaqlar Aktau",
   ["limanlar", "nəqliyyat"], place="Aktau Dəniz Ticarət Limanı"),
 E("ATTEND", ["Fuad Qaraxanlı", "Dina Jaksıbekova"], "Aktau", "2029-09-19", "happened", "Forumun açılışında Qaraxanlı",
   ["iqtisadi əməkdaşlıq"], date_text="Bu gün", event_name="Azərbaycan–Qazaxıstan biznes forumu"),
 E("SIGN", ["Azərbaycan Xəzər Dəniz Gəmiçiliyi", "Kazmortransflot"], "Aktau", "2029-09-19", "happened",
   "Forum çərçivəsində \"Azərbaycan Xəzər", ["gəmiçilik"], date_text="Bu gün"),
])

A("422_humbetli_kertes_macar_komissiya_trend.txt", "trend.az", """date 2029-11-07
Bakıda Azərbaycan–Macarıstan komissiyası toplanıb: protokol və memorandum imzalanıb

İqtisadi əməkdaşlıq üzrə Azərbaycan–Macarıstan hökumətlərarası komissiyasının növbəti, doqquzuncu toplantısı bu gün Bakıda baş tutub. Toplantını komissiyanın iki həmsədri birgə aparıblar: Azərbaycan tərəfdən iqtisadiyyat naziri Zaur Hümbətli, macar tərəfdən isə xarici işlər və ticarət naziri Mate Kertes.

Trend xəbər verir ki, müzakirələrə parlamentin iqtisadi məsələlərlə məşğul olan komitəsinə başçılıq edən deputat Tofiq Mehdizadə də qoşulub. Gündəlikdə su ehtiyatlarının idarə olunması, dərman preparatlarının birgə istehsalı və meyvə-tərəvəz emalı ilə bağlı layihələr olub. Toplantı başa çatdıqdan sonra Hümbətli ilə Kertes yekun protokolu imzalayıblar.

Macar nazir Bakıya dünən axşam gəlib, bu gün səhər isə onu Baş nazir Nicat Ələsgərli qəbul edib.

Komissiyanın işi paytaxtda iki ölkənin iş adamlarının forumu ilə davam etdirilib. Forumda AZPROMO və Macarıstan İxrac Təşviqi Agentliyi qida sənayesində birgə müəssisələrin yaradılmasına dair memoranduma imza atıblar.

Kertesin sabah Milli Məclisə gələrək Sədr Ləman Həsənbəyova ilə görüşməsi də planlaşdırılır.
""", [
 ("Zaur Hümbətli", "PER", "iqtisadiyyat naziri", "Azərbaycan", ["Zaur Hümbətli", "Hümbətli"]),
 ("Mate Kertes", "PER", "xarici işlər və ticarət naziri", "Macarıstan", ["Mate Kertes", "Kertes", "Kertesin"]),
 ("Tofiq Mehdizadə", "PER", "deputat", "Milli Məclis", ["Tofiq Mehdizadə"]),
 ("Nicat Ələsgərli", "PER", "baş nazir", "Azərbaycan", ["Nicat Ələsgərli"]),
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis", ["Ləman Həsənbəyova"]),
 ("Trend", "ORG", None, None, ["Trend"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisə"]),
 ("Azərbaycan İxracın və İnvestisiyaların Təşviqi Agentliyi", "ORG", None, None, ["AZPROMO"]),
 ("Macarıstan İxrac Təşviqi Agentliyi", "ORG", None, None, ["Macarıstan İxrac Təşviqi Agentliyi"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstan"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
], [
 E("MEET", ["Zaur Hümbətli", "Mate Kertes"], "Bakı", "2029-11-07", "happened", "Toplantını komissiyanın iki həmsədri",
   ["iqtisadi əməkdaşlıq"], date_text="bu gün", event_name="hökumətlərarası komissiyanın doqquzuncu toplantısı"),
 E("ATTEND", ["Tofiq Mehdizadə"], "Bakı", "2029-11-07", "happened", "müzakirələrə parlamentin iqtisadi",
   ["iqtisadi əməkdaşlıq"], date_text="bu gün", event_name="hökumətlərarası komissiyanın doqquzuncu toplantısı"),
 E("SIGN", ["Zaur Hümbətli", "Mate Kertes"], "Bakı", "2029-11-07", "happened", "Toplantı başa çatdıqdan sonra",
   ["iqtisadi əməkdaşlıq", "kənd təsərrüfatı"], date_text="bu gün"),
 E("VISIT", ["Mate Kertes"], "Bakı", "2029-11-06", "happened", "Macar nazir Bakıya dünən",
   ["iqtisadi əməkdaşlıq"], date_text="dünən"),
 E("MEET", ["Nicat Ələsgərli", "Mate Kertes"], None, "2029-11-07", "happened", "Macar nazir Bakıya dünən",
   ["iqtisadi əməkdaşlıq"], host="Nicat Ələsgərli", date_text="bu gün"),
 E("SIGN", ["Azərbaycan İxracın və İnvestisiyaların Təşviqi Agentliyi", "Macarıstan İxrac Təşviqi Agentliyi"], "Bakı",
   "2029-11-07", "happened", "Forumda AZPROMO və", ["qida sənayesi", "investisiyalar"]),
 E("MEET", ["Mate Kertes", "Ləman Həsənbəyova"], "Milli Məclis", "2029-11-08", "planned", "Kertesin sabah Milli Məclisə",
   ["parlamentlərarası əlaqələr"], date_text="sabah"),
])

A("423_mehdizade_erdemli_bursa_forum_apa.txt", "APA", """date 2029-09-27
Tofiq Mehdizadə Bursada Azərbaycan–Türkiyə biznes forumunda çıxış edib

Milli Məclisin İqtisadi siyasət, sənaye və sahibkarlıq komitəsinin sədri Tofiq Mehdizadənin rəhbərlik etdiyi deputatlar sentyabrın 24-dən Türkiyədə işgüzar səfərdədirlər. Səfərin ilk günü Ankarada onlar Türkiyə Böyük Millət Məclisinin Sənaye, ticarət, enerji, təbii sərvətlər, informasiya və texnologiya komissiyasının sədri Murat Erdemli ilə görüşüblər.

APA-nın Ankara müxbirinin xəbərinə görə, çərşənbə axşamı Bursaya gələn Azərbaycan parlamentariləri Bursa Ticarət və Sənaye Palatasının sədri Ozan Aydemir tərəfindən qəbul olunublar. Aydemir Bursa şirkətlərinin Azərbaycanın azad edilmiş ərazilərindəki sənaye parklarına marağının artdığını deyib.

Dünən Bursada keçirilən Azərbaycan–Türkiyə biznes forumunda Mehdizadə və Erdemli çıxış ediblər. Forum çərçivəsində AZPROMO ilə Bursa Ticarət və Sənaye Palatası arasında avtomobil ehtiyat hissələri istehsalında əməkdaşlığa dair memorandum imzalanıb.

Mehdizadə forumdakı çıxışında iki ölkə arasında ticarət dövriyyəsinin 15 milyard dollara çatdırılması hədəfinə parlamentlərin də töhfə verməli olduğunu bildirib.

Azərbaycan heyətinin səfəri sabah İstanbulda başa çatacaq: deputatların orada Azərbaycanın İstanbuldakı Baş konsulu Kamran Səfərov ilə görüşməsi nəzərdə tutulur.
""", [
 ("Tofiq Mehdizadə", "PER", "komitə sədri", "Milli Məclis", ["Tofiq Mehdizadə", "Tofiq Mehdizadənin", "Mehdizadə"]),
 ("Murat Erdemli", "PER", "komissiya sədri", "Türkiyə Böyük Millət Məclisi", ["Murat Erdemli", "Erdemli"]),
 ("Ozan Aydemir", "PER", "sədr", "Bursa Ticarət və Sənaye Palatası", ["Ozan Aydemir", "Aydemir"]),
 ("Kamran Səfərov", "PER", "baş konsul", "Azərbaycan", ["Kamran Səfərov"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("İqtisadi siyasət, sənaye və sahibkarlıq komitəsi", "ORG", None, None, ["İqtisadi siyasət, sənaye və sahibkarlıq komitəsinin"]),
 ("Türkiyə Böyük Millət Məclisi", "ORG", None, None, ["Türkiyə Böyük Millət Məclisinin"]),
 ("Sənaye, ticarət, enerji, təbii sərvətlər, informasiya və texnologiya komissiyası", "ORG", None, None,
  ["Sənaye, ticarət, enerji, təbii sərvətlər, informasiya və texnologiya komissiyasının"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Bursa Ticarət və Sənaye Palatası", "ORG", None, None, ["Bursa Ticarət və Sənaye Palatasının", "Bursa Ticarət və Sənaye Palatası"]),
 ("Azərbaycan İxracın və İnvestisiyaların Təşviqi Agentliyi", "ORG", None, None, ["AZPROMO"]),
 ("Bursa", "LOC", None, None, ["Bursada", "Bursaya", "Bursa"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanın"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə", "Türkiyədə"]),
 ("Ankara", "LOC", None, None, ["Ankarada", "Ankara"]),
 ("İstanbul", "LOC", None, None, ["İstanbulda", "İstanbuldakı"]),
], [
 E("VISIT", ["Tofiq Mehdizadə"], "Ankara", "2029-09-24", "happened", "deputatlar sentyabrın 24-dən Türkiyədə",
   ["parlamentlərarası əlaqələr"], date_text="sentyabrın 24-dən"),
 E("MEET", ["Tofiq Mehdizadə", "Murat Erdemli"], "Ankara", "2029-09-24", "happened", "Səfərin ilk günü Ankarada",
   ["sənaye", "ticarət"], date_text="Səfərin ilk günü"),
 E("VISIT", ["Tofiq Mehdizadə"], "Bursa", "2029-09-25", "happened", "çərşənbə axşamı Bursaya gələn",
   ["iqtisadi əməkdaşlıq"], date_text="çərşənbə axşamı"),
 E("MEET", ["Ozan Aydemir", "Tofiq Mehdizadə"], "Bursa", "2029-09-25", "happened", "çərşənbə axşamı Bursaya gələn",
   ["sənaye parkları", "investisiyalar"], host="Ozan Aydemir", date_text="çərşənbə axşamı"),
 E("ATTEND", ["Tofiq Mehdizadə", "Murat Erdemli"], "Bursa", "2029-09-26", "happened", "Dünən Bursada keçirilən",
   ["ticarət"], date_text="Dünən", event_name="Azərbaycan–Türkiyə biznes forumu"),
 E("SIGN", ["Azərbaycan İxracın və İnvestisiyaların Təşviqi Agentliyi", "Bursa Ticarət və Sənaye Palatası"], "Bursa",
   "2029-09-26", "happened", "Forum çərçivəsində AZPROMO", ["avtomobil sənayesi"], date_text="Dünən"),
 E("VISIT", ["Tofiq Mehdizadə"], "İstanbul", "2029-09-28", "planned", "Azərbaycan heyətinin səfəri sabah",
   ["parlamentlərarası əlaqələr"], date_text="sabah"),
 E("MEET", ["Tofiq Mehdizadə", "Kamran Səfərov"], "İstanbul", "2029-09-28", "planned", "Azərbaycan heyətinin səfəri sabah",
   ["diaspora"], date_text="sabah"),
])

A("424_milli_meclis_beynelxalq_teqvim_metbuat.txt", "metbuat.az", """date 2029-05-29
Milli Məclisin beynəlxalq təqvimində dəyişikliklər: iki səfər baş tutmayacaq

Macar parlamentinin spikeri Andraş Kovaçın iyulda Bakıya nəzərdə tutulan rəsmi səfəri payıza keçirilib. Metbuat.az-ın Milli Məclisdəki mənbələri bildirir ki, təxirəsalmanın səbəbi macar parlamentinin yay iş qrafikində edilən dəyişiklikdir, səfərin dəqiq vaxtı isə diplomatik yolla razılaşdırılacaq.

Mənbələrin sözlərinə görə, Pakistan Senatının sədri Həmid Xan Lodhinin gələn həftəyə planlaşdırılan Bakı səfəri isə Senatda büdcə müzakirələri uzandığı üçün ümumiyyətlə ləğv olunub.

Digər tərəfdən, parlament sədrinin birinci müavini Fuad Qaraxanlı iyunun 5–7-də Daşkəndə səfər edəcək. Səfər çərçivəsində Daşkənddə onun Özbəkistan Oliy Məclisi Senatının sədri Şerzod Qodirov ilə görüşməsi gözlənilir. Bu səfər iki parlamentin işçi qruplarının ilk birgə iclasına təsadüf edəcək.

Sədr Ləman Həsənbəyova isə dünən Qırğızıstan Jogorku Keneşinin Torağası Kanat Sadırbayevlə telefonla danışıb. Telefon söhbətində iyunun 20–21-də Şuşada keçiriləcək TÜRKPA sessiyasına hazırlıq məsələləri müzakirə edilib.
""", [
 ("Andraş Kovaç", "PER", "spiker", None, ["Andraş Kovaçın"]),
 ("Həmid Xan Lodhi", "PER", "sədr", "Pakistan Senatı", ["Həmid Xan Lodhinin"]),
 ("Fuad Qaraxanlı", "PER", "sədrin birinci müavini", "Milli Məclis", ["Fuad Qaraxanlı"]),
 ("Şerzod Qodirov", "PER", "sədr", "Özbəkistan Oliy Məclisinin Senatı", ["Şerzod Qodirov"]),
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis", ["Ləman Həsənbəyova"]),
 ("Kanat Sadırbayev", "PER", "torağa", "Qırğızıstan Jogorku Keneşi", ["Kanat Sadırbayevlə"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin", "Milli Məclisdəki"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az-ın"]),
 ("Pakistan Senatı", "ORG", None, None, ["Pakistan Senatının", "Senatda"]),
 ("Özbəkistan Oliy Məclisinin Senatı", "ORG", None, None, ["Özbəkistan Oliy Məclisi Senatının"]),
 ("Qırğızıstan Jogorku Keneşi", "ORG", None, None, ["Qırğızıstan Jogorku Keneşinin"]),
 ("TÜRKPA", "ORG", None, None, ["TÜRKPA"]),
 ("Bakı", "LOC", None, None, ["Bakıya", "Bakı"]),
 ("Daşkənd", "LOC", None, None, ["Daşkəndə", "Daşkənddə"]),
 ("Şuşa", "LOC", None, None, ["Şuşada"]),
], [
 E("VISIT", ["Andraş Kovaç"], "Bakı", "2029-07", "negated", "Andraş Kovaçın iyulda Bakıya",
   ["parlamentlərarası əlaqələr"], date_text="iyulda"),
 E("VISIT", ["Andraş Kovaç"], "Bakı", None, "planned", "Andraş Kovaçın iyulda Bakıya",
   ["parlamentlərarası əlaqələr"], date_text="payıza"),
 E("VISIT", ["Həmid Xan Lodhi"], "Bakı", "2029-06", "negated", "Həmid Xan Lodhinin gələn həftəyə",
   ["parlamentlərarası əlaqələr"], date_text="gələn həftəyə"),
 E("VISIT", ["Fuad Qaraxanlı"], "Daşkənd", "2029-06-05", "planned", "Fuad Qaraxanlı iyunun 5–7-də",
   ["parlamentlərarası əlaqələr"], date_text="iyunun 5–7-də"),
 E("MEET", ["Fuad Qaraxanlı", "Şerzod Qodirov"], "Daşkənd", None, "planned", "Səfər çərçivəsində Daşkənddə",
   ["parlamentlərarası əlaqələr"]),
 E("CALL", ["Ləman Həsənbəyova", "Kanat Sadırbayev"], None, "2029-05-28", "happened", "Sədr Ləman Həsənbəyova isə dünən",
   ["TÜRKPA"], date_text="dünən"),
])

A("425_yuldashev_sefer_texire_salinib_report.txt", "report.az", """date 2029-08-08
Özbək spikerin Bakı səfəri oktyabra keçirilib

Özbəkistan Oliy Məclisinin Qanunvericilik Palatasının spikeri Şavkat Yuldaşevin avqustun 13–14-də Azərbaycana nəzərdə tutulan rəsmi səfəri təxirə salınıb.

Report-a Milli Məclisin mətbuat xidmətindən verilən məlumata görə, qarşı tərəfin xahişi ilə səfərin yeni tarixi oktyabrın əvvəli kimi müəyyənləşdirilib. Proqrama əsasən, Yuldaşevin Milli Məclisin Sədri Ləman Həsənbəyova ilə danışıqlar aparması, parlamentin plenar iclasını qonaqlar lojasından izləməsi nəzərdə tutulurdu.

Bu arada, Həsənbəyova dünən Yuldaşevlə telefon danışığı aparıb. Həmsöhbətlər səfərin təxirə salınmasının ikitərəfli münasibətlərin gündəliyinə təsir etməyəcəyini vurğulayıb, yeni tarixlə bağlı razılığa gəliblər.

Milli Məclisin Azərbaycan–Qırğızıstan işçi qrupunun rəhbəri Zaur Nağıyevin avqustun sonunda Bişkekə planlaşdırılan səfəri isə ləğv edilib. Səbəb kimi Jogorku Keneşdə deputatların yay tətilinin uzadılması göstərilir. Nağıyev Report-a açıqlamasında Bişkek səfərinin gələn il mütləq baş tutacağına ümid etdiyini deyib.

Qeyd edək ki, Yuldaşev Bakıya sonuncu dəfə 2027-ci ildə rəsmi səfərlə gəlmişdi.
""", [
 ("Şavkat Yuldaşev", "PER", "spiker", "Özbəkistan Oliy Məclisinin Qanunvericilik Palatası", ["Şavkat Yuldaşevin", "Yuldaşevin", "Yuldaşevlə", "Yuldaşev"]),
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis", ["Ləman Həsənbəyova", "Həsənbəyova"]),
 ("Zaur Nağıyev", "PER", "işçi qrupunun rəhbəri", "Milli Məclis", ["Zaur Nağıyevin", "Nağıyev"]),
 ("Özbəkistan Oliy Məclisinin Qanunvericilik Palatası", "ORG", None, None,
  ["Özbəkistan Oliy Məclisinin Qanunvericilik Palatasının"]),
 ("Report", "ORG", None, None, ["Report-a"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Qırğızıstan Jogorku Keneşi", "ORG", None, None, ["Jogorku Keneşdə"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycana", "Azərbaycan"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstan"]),
 ("Bişkek", "LOC", None, None, ["Bişkekə", "Bişkek"]),
], [
 E("VISIT", ["Şavkat Yuldaşev"], "Azərbaycan", "2029-08-13", "negated", "Şavkat Yuldaşevin avqustun 13–14-də",
   ["parlamentlərarası əlaqələr"], date_text="avqustun 13–14-də"),
 E("VISIT", ["Şavkat Yuldaşev"], "Azərbaycan", "2029-10", "planned", "qarşı tərəfin xahişi ilə",
   ["parlamentlərarası əlaqələr"], date_text="oktyabrın əvvəli"),
 E("MEET", ["Şavkat Yuldaşev", "Ləman Həsənbəyova"], None, None, "negated", "Proqrama əsasən, Yuldaşevin",
   ["parlamentlərarası əlaqələr"]),
 E("ATTEND", ["Şavkat Yuldaşev"], "Milli Məclis", None, "negated", "Proqrama əsasən, Yuldaşevin",
   ["parlamentlərarası əlaqələr"], event_name="parlamentin plenar iclası"),
 E("CALL", ["Ləman Həsənbəyova", "Şavkat Yuldaşev"], None, "2029-08-07", "happened", "Bu arada, Həsənbəyova dünən",
   ["parlamentlərarası əlaqələr"], date_text="dünən"),
 E("VISIT", ["Zaur Nağıyev"], "Bişkek", "2029-08", "negated", "Zaur Nağıyevin avqustun sonunda",
   ["parlamentlərarası əlaqələr"], date_text="avqustun sonunda"),
])

A("426_qirgizistan_investisiya_sazisi_tesdiq_azertac.txt", "AZERTAC", """date 2029-10-30
Milli Məclis Qırğızıstanla investisiyaların qorunması haqqında sazişi təsdiqləyib

Milli Məclisin bu gün keçirilən plenar iclasında Azərbaycan ilə Qırğızıstan arasında sərmayələrin təşviqi və qarşılıqlı müdafiəsinə dair sazişin təsdiqi ilə bağlı qanun layihəsi səsverməyə çıxarılıb və deputatların böyük əksəriyyətinin dəstəyini qazanıb.

AZERTAC-ın məlumatına görə, sənəd 2028-ci ilin noyabrında Bişkekdə imzalanıb. Saziş hər iki ölkənin investorlarına milli rejim tətbiq olunmasını, mübahisələrin beynəlxalq arbitrajda həll edilməsini və sərmayələrin ekspropriasiyadan qorunmasını nəzərdə tutur.

Layihə plenar iclasdan əvvəl parlamentin İqtisadi siyasət, sənaye və sahibkarlıq komitəsində dinlənilmişdi. Komitəyə rəhbərlik edən Tofiq Mehdizadə jurnalistlərə bildirib ki, keçən il Bakı ilə Bişkek arasında mal dövriyyəsi 180 milyon dollar təşkil edib, Qırğızıstanda Azərbaycan kapitallı 40-dan çox şirkət işləyir. Deputatın fikrincə, saziş qüvvəyə mindikdən sonra bu göstəricilər yüksələcək.

Həmin iclasda Türkmənistanla beynəlxalq avtomobil daşımalarına dair sazişə edilən dəyişikliklər haqqında protokol da birinci oxunuşda müzakirəyə çıxarılıb. Deputatlar sənədin ikinci oxunuşunun noyabrda keçiriləcəyini qərara alıblar.

Xatırladaq ki, parlamentin payız sessiyası dekabrın sonunadək davam edəcək.
""", [
 ("Tofiq Mehdizadə", "PER", "komitə sədri", "Milli Məclis", ["Tofiq Mehdizadə"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclis", "Milli Məclisin"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-ın"]),
 ("İqtisadi siyasət, sənaye və sahibkarlıq komitəsi", "ORG", None, None, ["İqtisadi siyasət, sənaye və sahibkarlıq komitəsində"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstanla", "Qırğızıstan", "Qırğızıstanda"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Bişkek", "LOC", None, None, ["Bişkekdə", "Bişkek"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
 ("Türkmənistan", "LOC", None, None, ["Türkmənistanla"]),
], [], topics=["investisiyalar", "qanunvericilik", "ticarət"])

A("427_yaz_sessiyasi_xarici_heyetler_oxu.txt", "oxu.az", """date 2029-07-17
Yaz sessiyasında Milli Məclisə 46 xarici heyət gəlib | Oxu.az

Səhifə düzgün işləsin deyə brauzerdə JavaScript-i aktivləşdirin.
OXU.AZ
Xəbər lenti | Siyasət | İqtisadiyyat | Dünya | Analitika | Video
17 iyul 2029, 10:31
Yaz sessiyasında Milli Məclisə 46 xarici heyət gəlib
Fevralın 1-dən iyunun 30-dək sürən yaz sessiyası müddətində parlamentə 46 xarici nümayəndə heyəti gəlib ki, bu da bir il əvvəlki göstəricini 12 heyət üstələyir.
Milli Məclisin aparatından Oxu.az-a verilən rəqəmlərə görə, qonaq heyətlərin təxminən üçdə biri Türk Dövlətləri Təşkilatına üzv və ya müşahidəçi statusu olan ölkələrin parlamentlərindən gəlib. Ümumilikdə sessiya boyu Sədr və onun müavinləri yetmişdən artıq görüş keçiriblər, ikitərəfli işçi qrupların sayı isə 84-ə yüksəlib.
Parlamentin Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsinə rəhbərlik edən Emin Qasımbəyli Oxu.az-a deyib ki, payızda Cənub-Şərqi Asiya və Afrika parlamentləri ilə əlaqələrin genişləndirilməsi əsas istiqamətlərdən olacaq.
Teqlər: Milli Məclis, parlament diplomatiyası, statistika
Oxşar xəbərlər
Aynur Bağırlı Oslo sessiyasında yaşıl enerjidən danışıb
Şuşada TÜRKPA-nın plenar sessiyası başa çatıb
Qazaxıstanlı deputatlar Gəncədə səfərdədir
© Oxu.az, 2029. Materialların istifadəsi yalnız istinadla mümkündür.
""", [
 ("Emin Qasımbəyli", "PER", "komitə sədri", "Milli Məclis", ["Emin Qasımbəyli"]),
 ("Aynur Bağırlı", "PER", "sədr müavini", "Milli Məclis", ["Aynur Bağırlı"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az", "OXU.AZ", "Oxu.az-a"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisə", "Milli Məclisin", "Milli Məclis"]),
 ("Türk Dövlətləri Təşkilatı", "ORG", None, None, ["Türk Dövlətləri Təşkilatına"]),
 ("Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsi", "ORG", None, None,
  ["Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsinə"]),
 ("TÜRKPA", "ORG", None, None, ["TÜRKPA-nın"]),
 ("Cənub-Şərqi Asiya", "LOC", None, None, ["Cənub-Şərqi Asiya"]),
 ("Afrika", "LOC", None, None, ["Afrika"]),
 ("Oslo", "LOC", None, None, ["Oslo"]),
 ("Şuşa", "LOC", None, None, ["Şuşada"]),
 ("Gəncə", "LOC", None, None, ["Gəncədə"]),
], [], topics=["parlamentlərarası əlaqələr", "statistika"])
