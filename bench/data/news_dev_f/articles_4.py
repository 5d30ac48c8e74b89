A("149_kerimbeyli_iet_azertac.txt", "AZERTAC", """date 2026-05-06
Azər Kərimbəyli İƏT-in baş katib köməkçisi ilə görüşüb

Bu gün Milli Məclisin Regional məsələlər komitəsinin sədri Azər Kərimbəyli ilə İslam Əməkdaşlıq Təşkilatının iqtisadi məsələlər üzrə baş katib köməkçisi Əhməd Səlim əl-Harbi arasında görüş baş tutub.

AZERTAC xəbər verir ki, görüşdə komitə sədri qonağa işğaldan azad olunmuş ərazilərdə aparılan bərpa-quruculuq işləri, "ağıllı kənd" layihələri və minalardan təmizləmə prosesi barədə ətraflı məlumat verib. Azər Kərimbəyli İƏT üzvü olan ölkələrin investorlarını Qarabağ və Şərqi Zəngəzurdakı sənaye parklarında fəaliyyətə dəvət edib.

Əhməd Səlim əl-Harbi təşkilatın Azərbaycanın ərazi bütövlüyünü daim dəstəklədiyini xatırladıb. O, İslam İnkişaf Bankının regionlarda su təchizatı və suvarma layihələrinin maliyyələşdirilməsində iştirakını genişləndirməyə hazır olduğunu bildirib.

Qonaq Bakıda səfərdədir. Səfər proqramına əsasən, əl-Harbi sabah Ağdama yollanacaq, burada Ağdam Sənaye Parkı ilə tanış olacaq. Onun noyabrın əvvəlində Bakıda keçiriləcək İƏT-in Gənclər Paytaxtı Forumunda iştirakı da gözlənilir.
""", [
 ("Azər Kərimbəyli", "PER", "komitə sədri", "Milli Məclis", ["Azər Kərimbəyli"]),
 ("Əhməd Səlim əl-Harbi", "PER", "baş katib köməkçisi", "İslam Əməkdaşlıq Təşkilatı", ["Əhməd Səlim əl-Harbi", "əl-Harbi"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Regional məsələlər komitəsi", "ORG", None, None, ["Regional məsələlər komitəsinin"]),
 ("İslam Əməkdaşlıq Təşkilatı", "ORG", None, None, ["İƏT-in", "İslam Əməkdaşlıq Təşkilatının", "İƏT"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("İslam İnkişaf Bankı", "ORG", None, None, ["İslam İnkişaf Bankının"]),
 ("Ağdam Sənaye Parkı", "LOC", None, None, ["Ağdam Sənaye Parkı"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağ"]),
 ("Şərqi Zəngəzur", "LOC", None, None, ["Şərqi Zəngəzurdakı"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Ağdam", "LOC", None, None, ["Ağdama"]),
], [
 E("MEET", ["Azər Kərimbəyli", "Əhməd Səlim əl-Harbi"], None, "2026-05-06", "happened", "Bu gün Milli Məclisin Regional",
   ["bərpa-quruculuq", "investisiya"], date_text="Bu gün"),
 E("VISIT", ["Əhməd Səlim əl-Harbi"], "Bakı", "2026-05-06", "happened", "Qonaq Bakıda səfərdədir.",
   ["investisiya"]),
 E("VISIT", ["Əhməd Səlim əl-Harbi"], "Ağdam", "2026-05-07", "planned", "Səfər proqramına əsasən, əl-Harbi sabah",
   ["bərpa-quruculuq"], date_text="sabah"),
 E("VISIT", ["Əhməd Səlim əl-Harbi"], "Ağdam Sənaye Parkı", "2026-05-07", "planned", "Səfər proqramına əsasən, əl-Harbi sabah",
   ["sənaye parkları"], place="Ağdam Sənaye Parkı", date_text="sabah"),
 E("ATTEND", ["Əhməd Səlim əl-Harbi"], "Bakı", "2026-11", "planned", "Onun noyabrın əvvəlində",
   ["gənclər siyasəti"], date_text="noyabrın əvvəlində", event_name="İƏT-in Gənclər Paytaxtı Forumu"),
])

A("150_el_harbi_milli_meclis_sputnik.txt", None, """date 2026-05-07
İƏT rəsmisi: İslam İnkişaf Bankı Qarabağda su layihələrinə qoşulmağa hazırdır

İslam Əməkdaşlıq Təşkilatının baş katib köməkçisi Əhməd əl-Harbini dünən Milli Məclisdə deputat Azər Kərimbəyli qəbul edib.

Sputnik Azərbaycan-ın parlamentə istinadən yaydığı məlumata görə, Regional məsələlər komitəsinə rəhbərlik edən Kərimbəyli həmsöhbətinə Füzuli və Zəngilanda inşa edilən yeni qəsəbələrdən, sərhədyanı yaşayış məntəqələrinə əhalinin qayıdışından danışıb. Deputat sözlərinə əlavə edərək bildirib ki, azad edilmiş torpaqlarda hələ də milyonlarla mina və partlamamış hərbi sursatın qaldığını vurğulayıb.

Səudiyyə Ərəbistanı vətəndaşı olan diplomat İslam İnkişaf Bankının Qarabağda içməli su və suvarma sistemlərinin bərpasına dair layihələrə qoşulmağa hazır olduğunu söyləyib. Əl-Harbinin sözlərinə görə, bank artıq iki layihənin texniki-iqtisadi əsaslandırmasını hazırlayır.

Qeyd edək ki, İƏT rəsmisi bazar ertəsi axşamdan Bakıdadır. Bu gün qonaq Ağdam rayonunda olacaq. Onun səfəri şənbə gününədək davam edəcək.

Foto: Sputnik Azərbaycan
""", [
 ("Əhməd Səlim əl-Harbi", "PER", "baş katib köməkçisi", "İslam Əməkdaşlıq Təşkilatı", ["Əhməd əl-Harbini", "Əl-Harbinin"]),
 ("Azər Kərimbəyli", "PER", "deputat", "Milli Məclis", ["Azər Kərimbəyli", "Kərimbəyli"]),
 ("İslam Əməkdaşlıq Təşkilatı", "ORG", None, None, ["İƏT", "İslam Əməkdaşlıq Təşkilatının"]),
 ("İslam İnkişaf Bankı", "ORG", None, None, ["İslam İnkişaf Bankı", "İslam İnkişaf Bankının"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə"]),
 ("Sputnik Azərbaycan", "ORG", None, None, ["Sputnik Azərbaycan-ın", "Sputnik Azərbaycan"]),
 ("Regional məsələlər komitəsi", "ORG", None, None, ["Regional məsələlər komitəsinə"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağda"]),
 ("Füzuli", "LOC", None, None, ["Füzuli"]),
 ("Zəngilan", "LOC", None, None, ["Zəngilanda"]),
 ("Səudiyyə Ərəbistanı", "LOC", None, None, ["Səudiyyə Ərəbistanı"]),
 ("Bakı", "LOC", None, None, ["Bakıdadır"]),
 ("Ağdam", "LOC", None, None, ["Ağdam"]),
], [
 E("MEET", ["Azər Kərimbəyli", "Əhməd Səlim əl-Harbi"], "Milli Məclis", "2026-05-06", "happened", "İslam Əməkdaşlıq Təşkilatının baş katib",
   ["bərpa-quruculuq", "minatəmizləmə", "su təchizatı"], host="Azər Kərimbəyli", date_text="dünən",
   same_as="149_kerimbeyli_iet_azertac.txt"),
 E("VISIT", ["Əhməd Səlim əl-Harbi"], "Bakı", "2026-05-04", "happened", "Qeyd edək ki, İƏT rəsmisi",
   ["investisiya"], date_text="bazar ertəsi", same_as="149_kerimbeyli_iet_azertac.txt"),
 E("VISIT", ["Əhməd Səlim əl-Harbi"], "Ağdam", "2026-05-07", "planned", "Bu gün qonaq Ağdam",
   ["bərpa-quruculuq"], date_text="Bu gün", same_as="149_kerimbeyli_iet_azertac.txt"),
])

A("151_nebili_edison_zeng.txt", "trend.az", """date 2026-07-22
SOCAR-ın vitse-prezidenti italyan Edison şirkətinin rəhbəri ilə telefonla danışıb

SOCAR-ın vitse-prezidenti Ramin Nəbili çərşənbə axşamı İtaliyanın Edison şirkətinin icraçı direktoru Marko Bertiyə zəng edərək Cənub Qaz Dəhlizi ilə Avropaya nəql olunan qazın həcminin artırılması imkanlarını müzakirə edib.

Trend-in məlumatına görə, söhbət zamanı tərəflər Trans-Adriatik boru kəmərinin genişləndirilməsinin ikinci mərhələsində iştirak, eləcə də yaşıl hidrogen istehsalı üzrə birgə pilot layihə üzərində fikir mübadiləsi aparıblar. Ramin Nəbili SOCAR-ın İtaliya bazarında uzunmüddətli tərəfdaşlığa önəm verdiyini diqqətə çatdırıb.

Marko Berti isə şirkətinin Azərbaycandan əlavə həcmlərin alınmasında maraqlı olduğunu bildirib, Milanda Edison-un baş ofisində görüşməyi təklif edib.

Qeyd edək ki, iki şirkət arasında əvvəlcə iyunda Romada keçirilməsi planlaşdırılan görüş italyan tərəfinin xahişi ilə ləğv olunmuşdu. İndi tərəflərin sentyabrda Milanda əlavə qaz tədarükünə dair əlavə sazişi imzalayacaqları gözlənilir.

Ramin Nəbilinin ötən cümə günü İtaliyanın Eni şirkətinin rəhbərliyi ilə nəzərdə tutulan telefon danışığı isə gələn həftəyə keçirilib.

Xatırladaq ki, ötən il Azərbaycan İtaliyaya təxminən 10 milyard kubmetr təbii qaz ixrac edib.
""", [
 ("Ramin Nəbili", "PER", "vitse-prezident", "Azərbaycan Respublikası Dövlət Neft Şirkəti", ["Ramin Nəbili", "Ramin Nəbilinin"]),
 ("Marko Berti", "PER", "icraçı direktor", "Edison", ["Marko Bertiyə", "Marko Berti"]),
 ("Azərbaycan Respublikası Dövlət Neft Şirkəti", "ORG", None, None, ["SOCAR-ın"]),
 ("Edison", "ORG", None, None, ["Edison", "Edison-un"]),
 ("Eni", "ORG", None, None, ["Eni"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("İtaliya", "LOC", None, None, ["İtaliyanın", "İtaliya", "İtaliyaya"]),
 ("Avropa", "LOC", None, None, ["Avropaya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandan", "Azərbaycan"]),
 ("Milan", "LOC", None, None, ["Milanda"]),
 ("Roma", "LOC", None, None, ["Romada"]),
], [
 E("CALL", ["Ramin Nəbili", "Marko Berti"], None, "2026-07-21", "happened", "SOCAR-ın vitse-prezidenti Ramin",
   ["qaz ixracı", "yaşıl hidrogen"], date_text="çərşənbə axşamı"),
 E("MEET", ["Azərbaycan Respublikası Dövlət Neft Şirkəti", "Edison"], "Roma", "2026-06", "negated", "Qeyd edək ki, iki şirkət",
   ["qaz ixracı"], date_text="iyunda"),
 E("SIGN", ["Azərbaycan Respublikası Dövlət Neft Şirkəti", "Edison"], "Milan", "2026-09", "planned", "İndi tərəflərin sentyabrda",
   ["qaz ixracı"], date_text="sentyabrda"),
 E("CALL", ["Ramin Nəbili", "Eni"], None, "2026-07-17", "negated", "Ramin Nəbilinin ötən cümə günü",
   ["qaz ixracı"], date_text="ötən cümə günü"),
 E("CALL", ["Ramin Nəbili", "Eni"], None, None, "planned", "Ramin Nəbilinin ötən cümə günü",
   ["qaz ixracı"], date_text="gələn həftəyə"),
])

A("152_miniatur_sergisi_muzey.txt", None, """date 2026-03-05
Rəssamlıq Muzeyində XVI əsr miniatürlərinin sərgisi açılıb

Azərbaycan Milli Rəssamlıq Muzeyində Təbriz miniatür məktəbinə həsr olunmuş "Kitab və naxış" adlı sərgi açılıb.

Muzeyin məlumatına görə, ekspozisiyada Səfəvilər dövrünə aid əlyazmalardan seçilmiş altmışdan çox miniatür, xəttatlıq nümunəsi və kitab cildi nümayiş olunur. Eksponatların bir hissəsi ilk dəfədir ki, fondlardan çıxarılaraq tamaşaçılara təqdim edilir. Sərgidə Sultan Məhəmmədin məktəbinə aid edilən "Şahnamə" illüstrasiyalarının rəqəmsal surətləri də yer alıb.

Bərpaçılar son iki il ərzində on dörd əlyazmanın səhifələri üzərində iş aparıblar. Muzeyin restavrasiya laboratoriyası bu məqsədlə Yaponiyadan xüsusi kağız və təbii boyalar gətirib.

Sərgi aprelin 30-dək davam edəcək. Həftə içi muzey saat 10:00-dan 18:00-dək, bazar günləri isə 11:00-dan 17:00-dək açıqdır. Məktəblilər və tələbələr üçün giriş ödənişsizdir.

Tamaşaçılar üçün hər şənbə ekskursiyalar təşkil olunur, ekskursiyalara əvvəlcədən muzeyin saytı vasitəsilə qeydiyyatdan keçmək tələb olunur.
""", [
 ("Azərbaycan Milli Rəssamlıq Muzeyi", "ORG", None, None, ["Azərbaycan Milli Rəssamlıq Muzeyində"]),
 ("Təbriz", "LOC", None, None, ["Təbriz"]),
 ("Sultan Məhəmməd", "PER", None, None, ["Sultan Məhəmmədin"]),
 ("Yaponiya", "LOC", None, None, ["Yaponiyadan"]),
], [], topics=["mədəniyyət", "sərgi"])

A("153_agazade_atet_pa_porto.txt", "APA", """date 2026-07-01
Milli Məclisin heyəti ATƏT PA-nın illik sessiyasında iştirak edəcək

Milli Məclisin ATƏT Parlament Assambleyasındakı nümayəndə heyəti iyulun 3-dən 7-dək Portuqaliyanın Porto şəhərində keçiriləcək Assambleyanın 35-ci illik sessiyasında iştirak edəcək.

APA-nın məlumatına görə, heyətə deputat Səməd Ağazadə rəhbərlik edir. Heyət sabah Portoya yola düşəcək. Heyətin tərkibində Milli Məclisin müxtəlif komitələrini təmsil edən beş deputat var, onlar Assambleyanın ümumi komitələrinin işində bölüşdürülmüş qaydada iştirak edəcəklər.

Sessiyanın gündəliyinə görə, Assambleyanın üç ümumi komitəsində siyasi məsələlər və təhlükəsizlik, iqtisadiyyat və ətraf mühit, demokratiya və insan hüquqları mövzularında qətnamə layihələri müzakirə olunacaq. Sessiyanın yekununda Porto Bəyannaməsinin qəbul edilməsi gözlənilir. Azərbaycan heyəti iqlim dəyişmələri ilə bağlı layihəyə Xəzər dənizinin səviyyəsinin enməsinə dair düzəliş təqdim edəcək.

Sessiya çərçivəsində Səməd Ağazadənin ATƏT PA-nın Prezidenti Hanna Virtanenlə görüşməsi gözlənilir. Görüşdə Cənubi Qafqazda sülh gündəliyi, Azərbaycan ilə Ermənistan arasında sülh sazişinin imzalanmasından sonrakı vəziyyət müzakirə olunacaq.

"Porto sessiyası Cənubi Qafqazda yeni reallığın beynəlxalq parlament auditoriyasına çatdırılması üçün vacib platformadır. Biz regionda davamlı sülhün artıq gündəlikdə olduğunu göstərməliyik", – deyə Səməd Ağazadə APA-ya açıqlamasında bildirib.

Heyətin tərkibində olan deputat Nigar Rəhimova isə ailə vəziyyəti ilə əlaqədar Portodakı sessiyada iştirak etməyəcək.

Sessiya çərçivəsində Ermənistan Milli Məclisinin deputatı Aram Vardanyanla nəzərdə tutulan ikitərəfli görüş isə gündəlikdən çıxarılıb.

Bazar ertəsi Səməd Ağazadə ATƏT PA-nın Baş katibinin müavini Andreas Nordinqlə telefonla danışıb, heyətin sessiyadakı proqramını dəqiqləşdirib.

Səfər ərəfəsində Səməd Ağazadə dünən Xarici İşlər Nazirliyində nazir müavini Kənan Seyidovla məsləhətləşmə aparıb. Həmsöhbətlər sessiyada qəbul olunacaq qətnamə layihələrinə, xüsusilə iqlim təhlükəsizliyi və kritik infrastrukturun qorunması ilə bağlı sənədlərə dair mövqeləri dəqiqləşdiriblər.

Xatırladaq ki, ATƏT PA-nın ötən ilki illik sessiyası Helsinkidə keçirilmişdi.
""", [
 ("Səməd Ağazadə", "PER", "deputat", "Milli Məclis", ["Səməd Ağazadə", "Səməd Ağazadənin"]),
 ("Hanna Virtanen", "PER", "Prezident", "ATƏT Parlament Assambleyası", ["Hanna Virtanenlə"]),
 ("Nigar Rəhimova", "PER", "deputat", "Milli Məclis", ["Nigar Rəhimova"]),
 ("Kənan Seyidov", "PER", "nazir müavini", "Xarici İşlər Nazirliyi", ["Kənan Seyidovla"]),
 ("Aram Vardanyan", "PER", "deputat", "Ermənistan Milli Məclisi", ["Aram Vardanyanla"]),
 ("Andreas Nordinq", "PER", "baş katibin müavini", "ATƏT Parlament Assambleyası", ["Andreas Nordinqlə"]),
 ("Ermənistan Milli Məclisi", "ORG", None, None, ["Ermənistan Milli Məclisinin"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("ATƏT Parlament Assambleyası", "ORG", None, None, ["ATƏT PA-nın", "ATƏT Parlament Assambleyasındakı", "Assambleyanın"]),
 ("APA", "ORG", None, None, ["APA-nın", "APA-ya"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["Xarici İşlər Nazirliyində"]),
 ("Portuqaliya", "LOC", None, None, ["Portuqaliyanın"]),
 ("Porto", "LOC", None, None, ["Porto", "Portoya", "Portodakı"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqazda"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Ermənistan", "LOC", None, None, ["Ermənistan"]),
 ("Helsinki", "LOC", None, None, ["Helsinkidə"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizinin"]),
], [
 E("ATTEND", ["Səməd Ağazadə"], "Porto", "2026-07-03", "planned", "Milli Məclisin ATƏT Parlament",
   ["parlament diplomatiyası", "regional təhlükəsizlik"], date_text="iyulun 3-dən 7-dək", event_name="Assambleyanın 35-ci illik sessiyası"),
 E("VISIT", ["Səməd Ağazadə"], "Porto", "2026-07-02", "planned", "Heyət sabah Portoya",
   ["parlament diplomatiyası"], date_text="sabah"),
 E("MEET", ["Səməd Ağazadə", "Hanna Virtanen"], "Porto", None, "planned", "Sessiya çərçivəsində Səməd",
   ["sülh prosesi"]),
 E("ATTEND", ["Nigar Rəhimova"], "Porto", "2026-07-03", "negated", "Heyətin tərkibində olan deputat",
   ["parlament diplomatiyası"], event_name="Assambleyanın 35-ci illik sessiyası"),
 E("MEET", ["Səməd Ağazadə", "Aram Vardanyan"], "Porto", None, "negated", "Sessiya çərçivəsində Ermənistan",
   ["sülh prosesi"]),
 E("CALL", ["Səməd Ağazadə", "Andreas Nordinq"], None, "2026-06-29", "happened", "Bazar ertəsi Səməd Ağazadə",
   ["parlament diplomatiyası"], date_text="Bazar ertəsi"),
 E("MEET", ["Səməd Ağazadə", "Kənan Seyidov"], "Xarici İşlər Nazirliyi", "2026-06-30", "happened", "Səfər ərəfəsində Səməd",
   ["iqlim təhlükəsizliyi", "kritik infrastruktur"], date_text="dünən"),
])

A("154_hacizade_nato_pa_lublyana.txt", "oxu.az", """date 2026-05-27
Deputat Orxan Hacızadə NATO PA-nın yaz sessiyasında çıxış edib

Milli Məclisin NATO Parlament Assambleyasındakı nümayəndə heyətinin rəhbəri Orxan Hacızadə ötən şənbə Lyublyanada başlayan Assambleyanın yaz sessiyasında iştirak edib.

Oxu.az-ın Milli Məclisin mətbuat xidmətinə istinadən verdiyi məlumata görə, deputat sessiyanın Müdafiə və təhlükəsizlik komitəsinin iclasında çıxış edərək Azərbaycanın enerji infrastrukturunun kibertəhdidlərdən qorunması sahəsində təcrübəsini bölüşüb. O, Orta Dəhlizin Avropanın enerji və nəqliyyat təhlükəsizliyi üçün əhəmiyyətini xüsusi vurğulayıb.

Sessiyanın ikinci günü Orxan Hacızadə Türkiyə Böyük Millət Məclisinin NATO PA-dakı heyətinin rəhbəri Selçuk Ərdəm və Sloveniya Dövlət Məclisinin deputatı Mateya Kovaç ilə üçtərəfli görüş keçirib.

Sessiyanın yekununda Assambleya iqlim təhlükəsizliyi, dəniz infrastrukturunun mühafizəsi və hibrid təhdidlərə dair bir neçə qətnamə qəbul edib.

Qeyd edək ki, Assambleyanın payız sessiyası noyabrın əvvəlində keçiriləcək. Orxan Hacızadənin həmin sessiyada da iştirakı planlaşdırılır.
""", [
 ("Orxan Hacızadə", "PER", "heyət rəhbəri", "Milli Məclis", ["Orxan Hacızadə", "Orxan Hacızadənin"]),
 ("Selçuk Ərdəm", "PER", "heyət rəhbəri", "Türkiyə Böyük Millət Məclisi", ["Selçuk Ərdəm"]),
 ("Mateya Kovaç", "PER", "deputat", "Sloveniya Dövlət Məclisi", ["Mateya Kovaç"]),
 ("NATO Parlament Assambleyası", "ORG", None, None, ["NATO PA-nın", "NATO Parlament Assambleyasındakı", "Assambleyanın", "NATO PA-dakı", "Assambleya"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az-ın"]),
 ("Müdafiə və təhlükəsizlik komitəsi", "ORG", None, None, ["Müdafiə və təhlükəsizlik komitəsinin"]),
 ("Türkiyə Böyük Millət Məclisi", "ORG", None, None, ["Türkiyə Böyük Millət Məclisinin"]),
 ("Sloveniya Dövlət Məclisi", "ORG", None, None, ["Sloveniya Dövlət Məclisinin"]),
 ("Lyublyana", "LOC", None, None, ["Lyublyanada"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Avropa", "LOC", None, None, ["Avropanın"]),
], [
 E("ATTEND", ["Orxan Hacızadə"], "Lyublyana", "2026-05-23", "happened", "Milli Məclisin NATO Parlament",
   ["enerji təhlükəsizliyi", "kibertəhlükəsizlik"], date_text="ötən şənbə", event_name="Assambleyanın yaz sessiyası"),
 E("MEET", ["Orxan Hacızadə", "Selçuk Ərdəm", "Mateya Kovaç"], "Lyublyana", "2026-05-24", "happened", "Sessiyanın ikinci günü Orxan",
   ["regional təhlükəsizlik"], date_text="Sessiyanın ikinci günü"),
 E("ATTEND", ["Orxan Hacızadə"], None, "2026-11", "planned", "Orxan Hacızadənin həmin",
   ["parlament diplomatiyası"], date_text="noyabrın əvvəlində", event_name="Assambleyanın payız sessiyası"),
])
