A("131_seferli_macar_sefiri.txt", "AZERTAC", """date 2026-01-20
Rauf Səfərli Macarıstan səfiri ilə parlament əməkdaşlığını müzakirə edib

Milli Məclisin Azərbaycan–Macarıstan parlamentlərarası əlaqələr üzrə işçi qrupunun rəhbəri Rauf Səfərli və Macarıstanın ölkəmizdəki səfiri Ferens Tot bu gün bir araya gəliblər.

AZERTAC xəbər verir ki, Milli Məclisin inzibati binasında keçən söhbətdə işçi qrupunun rəhbəri iki ölkə arasında strateji tərəfdaşlığın əsas istiqamətlərinə toxunub. Rauf Səfərli Macarıstanın Avropa İttifaqı daxilində Azərbaycanla əməkdaşlığa verdiyi töhfəni yüksək qiymətləndirib, enerji, su idarəçiliyi və ali təhsil sahələrində yeni təşəbbüslərin vacibliyini qeyd edib.

"Macarıstan bizim üçün təkcə enerji tərəfdaşı deyil. Budapeşt Avropa İttifaqında Azərbaycanın səsini eşidən və onu dəstəkləyən paytaxtlardandır. Bu etimadı parlamentlərin gündəlik işinə də köçürməliyik", – deyə işçi qrupunun rəhbəri bildirib.

Səfir Ferens Tot Budapeşt ilə Bakı arasında birbaşa reyslərin sayının artmasının turizmə müsbət təsir göstərdiyini söyləyib. Diplomat Macarıstan universitetlərində oxuyan azərbaycanlı tələbələrin sayının ildən-ilə çoxaldığını da diqqətə çatdırıb.

Həmsöhbətlər iki ölkə arasında ticarət dövriyyəsinin son iki ildə artım tendensiyası göstərdiyini, lakin potensialın hələ tam reallaşmadığını qeyd ediblər. Kənd təsərrüfatı texnikası, əczaçılıq məhsulları və su təmizləyici qurğuların birgə istehsalı perspektivli sahələr kimi dəyərləndirilib.

Görüşdə Macarıstan Milli Assambleyasının nümayəndə heyətinin fevralın ikinci yarısında Bakıya səfəri ilə bağlı məsələlər də müzakirə olunub. Heyətə Milli Assambleyanın sədr müavini İştvan Laboşun başçılıq edəcəyi bildirilir.

Qeyd edək ki, Macarıstan heyətinin ötən ilin noyabrında nəzərdə tutulan səfəri Milli Assambleyadakı büdcə müzakirələrinin uzanması səbəbindən baş tutmamışdı. İştvan Laboş o zaman Bakıya gələ bilmədiyinə görə təəssüfünü bildirən məktub göndərmişdi.

Səfir söhbətin sonunda işçi qrupunun üzvlərini Peç şəhərində keçiriləcək Azərbaycan mədəniyyəti həftəsinə dəvət edib. "Azərbaycanın xalça sənəti və muğamı macar tamaşaçısı üçün hələ tam kəşf olunmamış dünyadır", – deyə Ferens Tot əlavə edib.

Xatırladaq ki, Rauf Səfərli ötən ay Budapeştdə olub.
""", [
 ("Rauf Səfərli", "PER", "işçi qrupunun rəhbəri", "Milli Məclis", ["Rauf Səfərli"]),
 ("Ferens Tot", "PER", "səfir", "Macarıstan", ["Ferens Tot"]),
 ("İştvan Laboş", "PER", "sədr müavini", "Macarıstan Milli Assambleyası", ["İştvan Laboşun"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Macarıstan Milli Assambleyası", "ORG", None, None, ["Macarıstan Milli Assambleyasının", "Milli Assambleyanın"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Avropa İttifaqı"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstan", "Macarıstanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanla"]),
 ("Budapeşt", "LOC", None, None, ["Budapeşt", "Budapeştdə"]),
 ("Peç", "LOC", None, None, ["Peç"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıya"]),
], [
 E("MEET", ["Rauf Səfərli", "Ferens Tot"], "Milli Məclis", "2026-01-20", "happened", "bu gün bir araya gəliblər",
   ["parlamentlərarası əlaqələr", "enerji", "ali təhsil"], date_text="bu gün"),
 E("VISIT", ["İştvan Laboş"], "Bakı", "2026-02", "planned", "Görüşdə Macarıstan Milli Assambleyasının",
   ["parlamentlərarası əlaqələr"], date_text="fevralın ikinci yarısında"),
 E("VISIT", ["İştvan Laboş"], "Bakı", "2025-11", "negated", "Qeyd edək ki, Macarıstan heyətinin",
   ["parlamentlərarası əlaqələr"], date_text="ötən ilin noyabrında"),
 E("VISIT", ["Rauf Səfərli"], "Budapeşt", "2025-12", "happened", "Xatırladaq ki, Rauf Səfərli ötən ay",
   ["parlamentlərarası əlaqələr"], date_text="ötən ay"),
])

A("132_novruzova_sinqapur_heyeti.txt", "APA", """date 2026-02-04
Samirə Novruzova sinqapurlu qonaqlarla elektron hökumət təcrübəsini müzakirə edib

Rəqəmsal İnkişaf və Nəqliyyat nazirinin müavini Samirə Novruzova çərşənbə axşamı Sinqapur hökumətinin nümayəndə heyətinin rəhbəri Li Vey Minlə həmsöhbət olub.

APA-nın nazirliyə istinadən xəbərinə görə, Rəqəmsal İnkişaf və Nəqliyyat Nazirliyində keçən görüşdə dövlət xidmətlərinin rəqəmsallaşdırılması, süni intellektin idarəetmədə tətbiqi və kibertəhlükəsizlik üzrə kadr hazırlığı müzakirə olunub. Samirə Novruzova ASAN xidmət mərkəzlərində bir pəncərə prinsipi ilə göstərilən xidmətlərin sayının dörd yüzü ötdüyünü bildirib.

Li Vey Min Sinqapurun mobil hökumət platformasının qurulması zamanı qazanılmış təcrübədən danışıb, Bakı ilə Sinqapur arasında ekspert mübadiləsinin hər iki tərəf üçün faydalı olacağını vurğulayıb.

Görüşün sonunda iki qurum arasında elektron hökumət sahəsində əməkdaşlığa dair anlaşma memorandumu imzalanıb. Sənədə Novruzova və sinqapurlu qonaq imza atıblar.

Proqrama əsasən, heyətin cümə günü Sumqayıt Texnologiyalar Parkına baş çəkməsi planlaşdırılır.
""", [
 ("Samirə Novruzova", "PER", "nazir müavini", "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi", ["Samirə Novruzova", "Novruzova"]),
 ("Li Vey Min", "PER", "heyət rəhbəri", "Sinqapur", ["Li Vey Minlə", "Li Vey Min"]),
 ("Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi", "ORG", None, None, ["Rəqəmsal İnkişaf və Nəqliyyat Nazirliyində"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("ASAN xidmət", "ORG", None, None, ["ASAN xidmət"]),
 ("Sumqayıt Texnologiyalar Parkı", "ORG", None, None, ["Sumqayıt Texnologiyalar Parkına"]),
 ("Sinqapur", "LOC", None, None, ["Sinqapur", "Sinqapurun"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
], [
 E("MEET", ["Samirə Novruzova", "Li Vey Min"], "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi", "2026-02-03", "happened",
   "Samirə Novruzova çərşənbə axşamı", ["elektron hökumət", "kibertəhlükəsizlik"], date_text="çərşənbə axşamı"),
 E("SIGN", ["Samirə Novruzova", "Li Vey Min"], "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi", "2026-02-03", "happened",
   "Görüşün sonunda iki qurum", ["elektron hökumət"]),
 E("VISIT", ["Li Vey Min"], "Sumqayıt Texnologiyalar Parkı", "2026-02-06", "planned", "Proqrama əsasən, heyətin",
   ["sənaye"], place="Sumqayıt Texnologiyalar Parkı", date_text="cümə günü"),
])

A("133_bagirzade_antalya_forumu.txt", "report.az", """date 2026-03-12
Elmar Bağırzadə Antalyada bolqar həmkarı ilə görüşüb

Energetika nazirinin müavini Elmar Bağırzadə dünən Antalya Diplomatiya Forumunda iştirak edib.

Report-un məlumatına görə, nazir müavini forumun "Enerji keçidi və regional sabitlik" mövzusunda panel sessiyasında çıxış edərək Azərbaycanın Xəzər regionunda külək enerjisi potensialından danışıb. O bildirib ki, dənizdə külək elektrik stansiyalarının tikintisi üçün beynəlxalq tərəfdaşlarla danışıqlar davam etdirilir.

Forum çərçivəsində Elmar Bağırzadənin Bolqarıstanın energetika nazirinin müavini Nikolay Dimitrovla ikitərəfli görüşü olub. Görüşdə Azərbaycan qazının Bolqarıstan vasitəsilə Mərkəzi Avropaya çatdırılması, Yunanıstan–Bolqarıstan interkonnektorunun ötürmə qabiliyyətinin artırılması nəzərdən keçirilib. Tərəflər iyunun əvvəlində Bakı Enerji Həftəsi çərçivəsində yaşıl enerji üzrə birgə fəaliyyət planını imzalamağı razılaşdırıblar.

Həmin gün Bağırzadənin Yunanıstanın ətraf mühit və enerji nazirinin müavini Eleni Papadopulu ilə də görüşməsi planlaşdırılırdı. Lakin yunan nümayəndənin Afinaya təcili qayıtması səbəbindən görüş baş tutmayıb.
""", [
 ("Elmar Bağırzadə", "PER", "nazir müavini", "Azərbaycan", ["Elmar Bağırzadə", "Elmar Bağırzadənin", "Bağırzadənin"]),
 ("Nikolay Dimitrov", "PER", "nazir müavini", "Bolqarıstan", ["Nikolay Dimitrovla"]),
 ("Eleni Papadopulu", "PER", "nazir müavini", "Yunanıstan", ["Eleni Papadopulu"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Antalya", "LOC", None, None, ["Antalyada", "Antalya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın", "Azərbaycan"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər"]),
 ("Bolqarıstan", "LOC", None, None, ["Bolqarıstanın", "Bolqarıstan"]),
 ("Mərkəzi Avropa", "LOC", None, None, ["Mərkəzi Avropaya"]),
 ("Yunanıstan", "LOC", None, None, ["Yunanıstan", "Yunanıstanın"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
 ("Afina", "LOC", None, None, ["Afinaya"]),
], [
 E("ATTEND", ["Elmar Bağırzadə"], "Antalya", "2026-03-11", "happened", "Energetika nazirinin müavini Elmar Bağırzadə dünən",
   ["enerji keçidi", "bərpa olunan enerji"], date_text="dünən", event_name="Antalya Diplomatiya Forumu"),
 E("MEET", ["Elmar Bağırzadə", "Nikolay Dimitrov"], "Antalya", "2026-03-11", "happened", "Forum çərçivəsində Elmar",
   ["qaz təchizatı", "interkonnektor"]),
 E("SIGN", ["Elmar Bağırzadə", "Nikolay Dimitrov"], "Bakı", "2026-06", "planned", "Tərəflər iyunun əvvəlində",
   ["yaşıl enerji"], date_text="iyunun əvvəlində", event_name="Bakı Enerji Həftəsi"),
 E("MEET", ["Elmar Bağırzadə", "Eleni Papadopulu"], None, "2026-03-11", "negated", "Həmin gün Bağırzadənin",
   ["enerji"], date_text="Həmin gün"),
])

A("134_el_huseyni_xin_qebulunda.txt", None, """date 2026-03-27
Pakistanın yeni səfiri XİN-də qəbulda olub

Pakistan İslam Respublikasının ölkəmizdə yeni təyin olunmuş fövqəladə və səlahiyyətli səfiri Fəraz əl-Hüseyni Xarici İşlər Nazirliyində nazirin müavini Leyla Cəfərovanın qəbulunda olub.

Görüşdə səfir etimadnaməsinin surətini nazir müavininə təqdim edib. Leyla Cəfərova diplomatı yeni vəzifəsi münasibətilə təbrik edərək ona uğurlar arzulayıb. O, Azərbaycan ilə Pakistan arasındakı qardaşlıq münasibətlərinin tarixi köklərə malik olduğunu, rəsmi İslamabadın Qarabağ məsələsində ölkəmizə göstərdiyi dəstəyin heç vaxt unudulmayacağını deyib.

Fəraz əl-Hüseyni Bakıda fəaliyyəti dövründə müdafiə sənayesi, təhsil və əczaçılıq sahələrində əlaqələrin genişlənməsinə çalışacağını bildirib. Səfir əl-Hüseyninin sözlərinə görə, Karaçi ilə Bakı arasında birbaşa hava əlaqəsinin açılması işgüzar dairələr üçün yeni imkanlar yaradacaq.

Həmsöhbətlər iki ölkənin xarici siyasət idarələri arasında siyasi məsləhətləşmələrin növbəti raunduna da toxunublar. Qeyd edək ki, yanvarda keçirilməsi nəzərdə tutulan məsləhətləşmələr tərəflərin iş qrafikinin sıxlığı səbəbindən baş tutmamışdı. İndi Leyla Cəfərovanın aprelin 14-də İslamabadda Pakistan xarici işlər nazirinin müavini Sadiq Xəttakla məsləhətləşmələr aparması gözlənilir.
""", [
 ("Fəraz əl-Hüseyni", "PER", "səfir", "Pakistan", ["Fəraz əl-Hüseyni", "əl-Hüseyninin"]),
 ("Leyla Cəfərova", "PER", "nazir müavini", "Xarici İşlər Nazirliyi", ["Leyla Cəfərovanın", "Leyla Cəfərova"]),
 ("Sadiq Xəttak", "PER", "xarici işlər nazirinin müavini", "Pakistan", ["Sadiq Xəttakla"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["XİN-də", "Xarici İşlər Nazirliyində"]),
 ("Pakistan", "LOC", None, None, ["Pakistanın", "Pakistan İslam Respublikasının", "Pakistan"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("İslamabad", "LOC", None, None, ["İslamabadın", "İslamabadda"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağ"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakı"]),
 ("Karaçi", "LOC", None, None, ["Karaçi"]),
], [
 E("MEET", ["Fəraz əl-Hüseyni", "Leyla Cəfərova"], "Xarici İşlər Nazirliyi", "2026-03-27", "happened", "Pakistan İslam Respublikasının ölkəmizdə",
   ["diplomatik əlaqələr", "müdafiə sənayesi", "nəqliyyat əlaqələri"], host="Leyla Cəfərova"),
 E("MEET", ["Leyla Cəfərova", "Sadiq Xəttak"], None, "2026-01", "negated", "Qeyd edək ki, yanvarda",
   ["siyasi məsləhətləşmələr"], date_text="yanvarda"),
 E("MEET", ["Leyla Cəfərova", "Sadiq Xəttak"], "İslamabad", "2026-04-14", "planned", "İndi Leyla Cəfərovanın",
   ["siyasi məsləhətləşmələr"], date_text="aprelin 14-də"),
])

A("135_bayramli_turk_konsulu_gence.txt", "trend.az", """date 2026-04-15
Gəncədə Türkiyənin baş konsulu ilə görüş keçirilib

Gəncə Şəhər İcra Hakimiyyətinin başçısı Niyazi Bayramlı Türkiyə Respublikasının Gəncədəki baş konsulu Mehmet Əli Yazıcıoğlunu qəbul edərək şəhərdə həyata keçirilən abadlıq layihələri barədə ona məlumat verib.

Trend-in bölgə müxbirinin xəbərinə görə, görüş çərşənbə axşamı baş tutub. İcra başçısı Gəncə ilə Bursa arasında qardaşlaşma sazişinin imkanlarından daha səmərəli istifadə olunmasının vacibliyini qeyd edib. Baş konsul isə türk şirkətlərinin şəhərdə tikinti materialları zavodu inşa etməyə maraq göstərdiyini deyib.

Həmin gün Yazıcıoğlu Gəncə Dövlət Universitetində də olub, rektor Şəbnəm Əhmədova ilə tələbə mübadiləsi proqramlarını müzakirə edib.

Görüşdə qonaq Gəncə Dövlət Dram Teatrının binasında aparılan bərpa işlərinin keyfiyyətini yüksək qiymətləndirib, türk restavratorların təcrübəsini bölüşməyə hazır olduqlarını deyib.

Mayın 9-da Gəncədə keçiriləcək Türkiyə–Azərbaycan biznes forumunda Niyazi Bayramlı və Mehmet Əli Yazıcıoğlunun iştirakı nəzərdə tutulur.

Foto: Gəncə Şəhər İcra Hakimiyyəti
""", [
 ("Niyazi Bayramlı", "PER", "icra hakimiyyətinin başçısı", "Gəncə Şəhər İcra Hakimiyyəti", ["Niyazi Bayramlı"]),
 ("Mehmet Əli Yazıcıoğlu", "PER", "baş konsul", "Türkiyə", ["Mehmet Əli Yazıcıoğlunu", "Yazıcıoğlu", "Mehmet Əli Yazıcıoğlunun"]),
 ("Şəbnəm Əhmədova", "PER", "rektor", "Gəncə Dövlət Universiteti", ["Şəbnəm Əhmədova"]),
 ("Gəncə Şəhər İcra Hakimiyyəti", "ORG", None, None, ["Gəncə Şəhər İcra Hakimiyyətinin", "Gəncə Şəhər İcra Hakimiyyəti"]),
 ("Gəncə Dövlət Universiteti", "ORG", None, None, ["Gəncə Dövlət Universitetində"]),
 ("Gəncə Dövlət Dram Teatrı", "ORG", None, None, ["Gəncə Dövlət Dram Teatrının"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Gəncə", "LOC", None, None, ["Gəncədə", "Gəncədəki", "Gəncə"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin", "Türkiyə Respublikasının", "Türkiyə"]),
 ("Bursa", "LOC", None, None, ["Bursa"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
], [
 E("MEET", ["Niyazi Bayramlı", "Mehmet Əli Yazıcıoğlu"], "Gəncə", "2026-04-14", "happened", "Gəncə Şəhər İcra Hakimiyyətinin başçısı Niyazi",
   ["bələdiyyə əməkdaşlığı", "investisiya"], host="Niyazi Bayramlı", date_text="çərşənbə axşamı"),
 E("MEET", ["Mehmet Əli Yazıcıoğlu", "Şəbnəm Əhmədova"], "Gəncə Dövlət Universiteti", "2026-04-14", "happened", "Həmin gün Yazıcıoğlu",
   ["tələbə mübadiləsi"], date_text="Həmin gün"),
 E("ATTEND", ["Niyazi Bayramlı", "Mehmet Əli Yazıcıoğlu"], "Gəncə", "2026-05-09", "planned", "Mayın 9-da Gəncədə",
   ["biznes əlaqələri"], date_text="Mayın 9-da", event_name="Türkiyə–Azərbaycan biznes forumu"),
])

A("136_kalnina_bakiya_geldi.txt", "AZERTAC", """date 2026-05-18
Latviya Seyminin sədr müavini Bakıya gəlib

Latviya Seyminin sədr müavini İnese Kalnina bazar günü Azərbaycana rəsmi səfərə gəlib.

AZERTAC-ın məlumatına görə, Heydər Əliyev Beynəlxalq Aeroportunda qonaq Milli Məclisin deputatı, Latviya ilə parlament dostluğu üzrə işçi qrupuna rəhbərlik edən Cavid Nurəliyev tərəfindən qarşılanıb. Latviyanın ölkəmizdəki səfiri Andris Ozolinş də hava limanında qonağı qarşılayanlar arasında olub.

Proqrama əsasən, bu gün qonağın Milli Məclisdə Sədr müavini Rövşən Tağıyevlə görüşməsi, daha sonra Fəxri xiyabanı ziyarət etməsi nəzərdə tutulub. Çərşənbə günü isə Latviya heyəti Şamaxıya yollanacaq, burada Şamaxı Astrofizika Rəsədxanasında olacaq.

Səfər ərəfəsində Latviya mediasına açıqlama verən qonaq parlamentlər arasında dialoqun son illərdə xeyli canlandığını, tranzit daşımaları və ağac emalı sahəsində yeni layihələrin gündəmdə olduğunu deyib.

Xatırladaq ki, rəsmi Riqa ilə Azərbaycan arasında diplomatik əlaqələrin yaranmasından otuz dörd il keçir. Keçən ilin yekunlarına görə, qarşılıqlı ticarətin həcmi doxsan milyon dolları aşıb. Riqa Bakını Cənubi Qafqazda əsas tərəfdaşlarından biri hesab edir.
""", [
 ("İnese Kalnina", "PER", "sədr müavini", "Latviya Seymi", ["İnese Kalnina"]),
 ("Cavid Nurəliyev", "PER", "deputat", "Milli Məclis", ["Cavid Nurəliyev"]),
 ("Andris Ozolinş", "PER", "səfir", "Latviya", ["Andris Ozolinş"]),
 ("Rövşən Tağıyev", "PER", "sədr müavini", "Milli Məclis", ["Rövşən Tağıyevlə"]),
 ("Latviya Seymi", "ORG", None, None, ["Latviya Seyminin"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-ın"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin", "Milli Məclisdə"]),
 ("Bakı", "LOC", None, None, ["Bakıya", "Bakını"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycana", "Azərbaycan"]),
 ("Heydər Əliyev Beynəlxalq Aeroportu", "LOC", None, None, ["Heydər Əliyev Beynəlxalq Aeroportunda"]),
 ("Latviya", "LOC", None, None, ["Latviya", "Latviyanın"]),
 ("Fəxri xiyaban", "LOC", None, None, ["Fəxri xiyabanı"]),
 ("Şamaxı", "LOC", None, None, ["Şamaxıya"]),
 ("Şamaxı Astrofizika Rəsədxanası", "LOC", None, None, ["Şamaxı Astrofizika Rəsədxanasında"]),
 ("Riqa", "LOC", None, None, ["Riqa"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqazda"]),
], [
 E("VISIT", ["İnese Kalnina"], "Azərbaycan", "2026-05-17", "happened", "Latviya Seyminin sədr müavini İnese Kalnina bazar",
   ["parlamentlərarası əlaqələr"], date_text="bazar günü"),
 E("MEET", ["İnese Kalnina", "Cavid Nurəliyev", "Andris Ozolinş"], "Heydər Əliyev Beynəlxalq Aeroportu", "2026-05-17", "happened",
   "Aeroportunda qonaq", ["parlamentlərarası əlaqələr"], host="Cavid Nurəliyev"),
 E("MEET", ["İnese Kalnina", "Rövşən Tağıyev"], "Milli Məclis", "2026-05-18", "planned", "Proqrama əsasən, bu gün",
   ["parlamentlərarası əlaqələr"], date_text="bu gün"),
 E("VISIT", ["İnese Kalnina"], "Fəxri xiyaban", "2026-05-18", "planned", "Proqrama əsasən, bu gün",
   ["tarixi yaddaş"], place="Fəxri xiyaban", date_text="bu gün"),
 E("VISIT", ["İnese Kalnina"], "Şamaxı", "2026-05-20", "planned", "Çərşənbə günü isə Latviya",
   ["elm"], date_text="Çərşənbə günü"),
 E("VISIT", ["İnese Kalnina"], "Şamaxı Astrofizika Rəsədxanası", "2026-05-20", "planned", "Çərşənbə günü isə Latviya",
   ["elm"], place="Şamaxı Astrofizika Rəsədxanası", date_text="Çərşənbə günü"),
])
