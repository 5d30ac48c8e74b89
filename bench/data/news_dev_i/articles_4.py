A("225_necefzade_maxaradze_tarif_sazisi.txt", "trend.az", """date 2026-11-04
Bakı–Tbilisi–Qars dəhlizində tranzit yüklər üçün vahid tarif tətbiq olunacaq

Dünən Tbilisidə iki ölkənin milli dəmir yolu operatorları – "Azərbaycan Dəmir Yolları" və "Gürcüstan Dəmir Yolu" Bakı–Tbilisi–Qars marşrutunda tranzit daşımalar üçün vahid tarif haqqında sazişə imza atıblar.

Trend-in məlumatına görə, sənədi ADY-nin sədri Rövşən Nəcəfzadə və "Gürcüstan Dəmir Yolu"nun baş direktoru Levan Maxaradze imzalayıblar. Saziş dekabrın 1-dən qüvvəyə minəcək və Çindən Türkiyəyə yola salınan konteynerlərin daşınma xərclərini təxminən 15 faiz azaldacaq.

İmza mərasimində Azərbaycanın rəqəmsal inkişaf və nəqliyyat naziri Emin Qədirli, Gürcüstan tərəfdən isə iqtisadiyyat və davamlı inkişaf naziri Tamar Lordkipanidze iştirak ediblər.

Tbilisidə işgüzar səfərdə olan Emin Qədirli mərasimdən sonra gürcü həmkarı ilə ikitərəfli görüş keçirib. Nazirlər Axalkalaki stansiyasında yükaşırma terminalının gücünün artırılması, Poti və Batumi limanları ilə Ələt arasında bərə xəttinin bərpası məsələlərini müzakirə ediblər.

Tərəflər dekabrda Qarsda Türkiyənin nəqliyyat naziri ilə üçtərəfli görüş keçirməyi razılaşdırıblar.
""", [
 ("Rövşən Nəcəfzadə", "PER", "sədr", "Azərbaycan Dəmir Yolları", ["Rövşən Nəcəfzadə"]),
 ("Levan Maxaradze", "PER", "baş direktor", "Gürcüstan Dəmir Yolu", ["Levan Maxaradze"]),
 ("Emin Qədirli", "PER", "rəqəmsal inkişaf və nəqliyyat naziri", "Azərbaycan", ["Emin Qədirli"]),
 ("Tamar Lordkipanidze", "PER", "iqtisadiyyat və davamlı inkişaf naziri", "Gürcüstan", ["Tamar Lordkipanidze"]),
 ("Azərbaycan Dəmir Yolları", "ORG", None, None, ["Azərbaycan Dəmir Yolları", "ADY-nin"]),
 ("Gürcüstan Dəmir Yolu", "ORG", None, None, ["Gürcüstan Dəmir Yolu"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisi", "Tbilisidə"]),
 ("Qars", "LOC", None, None, ["Qars", "Qarsda"]),
 ("Çin", "LOC", None, None, ["Çindən"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyəyə", "Türkiyənin"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan"]),
 ("Axalkalaki", "LOC", None, None, ["Axalkalaki"]),
 ("Poti", "LOC", None, None, ["Poti"]),
 ("Batumi", "LOC", None, None, ["Batumi"]),
 ("Ələt", "LOC", None, None, ["Ələt"]),
], [
 E("SIGN", ["Rövşən Nəcəfzadə", "Levan Maxaradze"], "Tbilisi", "2026-11-03", "happened", "Dünən Tbilisidə",
   ["dəmir yolu daşımaları", "tranzit"], date_text="Dünən"),
 E("ATTEND", ["Emin Qədirli", "Tamar Lordkipanidze"], "Tbilisi", "2026-11-03", "happened", "İmza mərasimində Azərbaycanın",
   ["dəmir yolu daşımaları"], event_name="imza mərasimi"),
 E("VISIT", ["Emin Qədirli"], "Tbilisi", "2026-11-03", "happened", "Tbilisidə işgüzar səfərdə olan",
   ["nəqliyyat"]),
 E("MEET", ["Emin Qədirli", "Tamar Lordkipanidze"], "Tbilisi", "2026-11-03", "happened", "Tbilisidə işgüzar səfərdə olan",
   ["yükaşırma terminalları", "bərə xətti"]),
 E("MEET", ["Emin Qədirli", "Tamar Lordkipanidze"], "Qars", "2026-12", "planned", "Tərəflər dekabrda Qarsda",
   ["tranzit"], date_text="dekabrda"),
])

A("226_seferli_aksoylu_naxcivan_forumu_apa.txt", "APA", """date 2026-11-18
Naxçıvanda Azərbaycan–Türkiyə biznes forumu işə başlayıb

Bu gün Naxçıvan şəhərində Azərbaycan–Türkiyə biznes forumu öz işinə başlayıb. APA-nın Naxçıvan bürosunun xəbərinə görə, iki günlük tədbirə 300-ə yaxın sahibkar qatılır.

Forumun açılışında Naxçıvan Muxtar Respublikası Ali Məclisinin Sədri Elnur Səfərli və Türkiyənin ticarət nazirinin müavini Selim Aksoylu çıxış ediblər. Elnur Səfərli muxtar respublikanın İğdır ilə sərhəddə yaradılan ticarət zonasının imkanlarından, Şərur və Sədərəkdə fəaliyyətə başlayan yeni müəssisələrdən danışıb.

Forum çərçivəsində Naxçıvan Muxtar Respublikası İqtisadiyyat Nazirliyi ilə İğdır Ticarət və Sənaye Palatası arasında anlaşma memorandumu imzalanıb. Sənədə nazir Kamran Novruzbəyli və palatanın sədri Hasan Yıldırımoğlu imza atıblar.

Daha sonra Elnur Səfərli Ali Məclisdə türk qonağı qəbul edib. Görüşdə Naxçıvan–Qars dəmir yolu layihəsinin gedişatı, sərhəd keçid məntəqələrində növbələrin azaldılması barədə fikir mübadiləsi aparılıb.

Selim Aksoylunun sabah Ordubad rayonuna gedərək oradakı konserv zavodu ilə tanış olması planlaşdırılır.
""", [
 ("Elnur Səfərli", "PER", "sədr", "Naxçıvan Muxtar Respublikası Ali Məclisi", ["Elnur Səfərli"]),
 ("Selim Aksoylu", "PER", "ticarət nazirinin müavini", "Türkiyə", ["Selim Aksoylu", "Selim Aksoylunun"]),
 ("Kamran Novruzbəyli", "PER", "nazir", "Naxçıvan Muxtar Respublikası İqtisadiyyat Nazirliyi", ["Kamran Novruzbəyli"]),
 ("Hasan Yıldırımoğlu", "PER", "palata sədri", "İğdır Ticarət və Sənaye Palatası", ["Hasan Yıldırımoğlu"]),
 ("Naxçıvan Muxtar Respublikası Ali Məclisi", "ORG", None, None, ["Naxçıvan Muxtar Respublikası Ali Məclisinin", "Ali Məclisdə"]),
 ("Naxçıvan Muxtar Respublikası İqtisadiyyat Nazirliyi", "ORG", None, None, ["Naxçıvan Muxtar Respublikası İqtisadiyyat Nazirliyi"]),
 ("İğdır Ticarət və Sənaye Palatası", "ORG", None, None, ["İğdır Ticarət və Sənaye Palatası"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvanda", "Naxçıvan"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə", "Türkiyənin"]),
 ("İğdır", "LOC", None, None, ["İğdır"]),
 ("Şərur", "LOC", None, None, ["Şərur"]),
 ("Sədərək", "LOC", None, None, ["Sədərəkdə"]),
 ("Qars", "LOC", None, None, ["Qars"]),
 ("Ordubad", "LOC", None, None, ["Ordubad"]),
], [
 E("ATTEND", ["Elnur Səfərli", "Selim Aksoylu"], "Naxçıvan", "2026-11-18", "happened", "Forumun açılışında Naxçıvan",
   ["sərhəd ticarəti", "sənaye"], date_text="Bu gün", event_name="Azərbaycan–Türkiyə biznes forumu"),
 E("SIGN", ["Kamran Novruzbəyli", "Hasan Yıldırımoğlu"], "Naxçıvan", "2026-11-18", "happened", "Forum çərçivəsində Naxçıvan",
   ["biznes əlaqələri"]),
 E("MEET", ["Elnur Səfərli", "Selim Aksoylu"], "Naxçıvan Muxtar Respublikası Ali Məclisi", "2026-11-18", "happened", "Daha sonra Elnur Səfərli",
   ["dəmir yolu", "sərhəd keçidləri"], host="Elnur Səfərli"),
 E("VISIT", ["Selim Aksoylu"], "Ordubad", "2026-11-19", "planned", "Selim Aksoylunun sabah",
   ["sənaye"], date_text="sabah"),
])

A("227_azerbaycan_qazaxistan_ticaret_doqquz_ay.txt", "oxu.az", """date 2026-10-20
Azərbaycanla Qazaxıstan arasında ticarət dövriyyəsi doqquz ayda 31 faiz artıb

Cari ilin yanvar-sentyabr aylarında Azərbaycan ilə Qazaxıstan arasında ticarət dövriyyəsi 742,6 milyon dollar təşkil edib. Bu, keçən ilin müvafiq dövrü ilə müqayisədə 31 faiz çoxdur.

Oxu.az-a Dövlət Gömrük Komitəsindən verilən məlumata görə, dövriyyənin 468 milyon dolları Qazaxıstandan idxalın, qalan hissəsi isə ixracın payına düşüb. Qazax tərəfdən əsasən buğda, un, metal məmulatları və neft məhsulları gətirilib. Azərbaycan isə qonşu ölkəyə meyvə-tərəvəz, polipropilen, sement və məişət kimyası məhsulları göndərib.

Doqquz ayda Aktau və Kurık limanlarından Ələtə gələn bərələrlə daşınan yüklərin həcmi 2,1 milyon tona çatıb. Bu rəqəm bir il əvvəlki göstəricini dörddə bir üstələyir.

İqtisadçı ekspert Rəşad Ağalarlı Oxu.az-a açıqlamasında bildirib ki, artımın əsas səbəbi Orta Dəhliz üzrə konteyner daşımalarının sabitləşməsi və Qazaxıstan taxılının Gürcüstan limanlarına Azərbaycan ərazisindən tranzitidir. Onun fikrincə, Ələt Azad İqtisadi Zonasında qazax şirkətlərinin logistika mərkəzləri açılarsa, ilin sonunadək dövriyyə 1 milyard dolları ötə bilər.

Qeyd edək ki, cari ilin ilk doqquz ayında Azərbaycanın ümumi xarici ticarət dövriyyəsi 37,8 milyard dollar olub.
""", [
 ("Rəşad Ağalarlı", "PER", "iqtisadçı ekspert", None, ["Rəşad Ağalarlı"]),
 ("Dövlət Gömrük Komitəsi", "ORG", None, None, ["Dövlət Gömrük Komitəsindən"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az-a"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanla", "Azərbaycan", "Azərbaycanın"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan", "Qazaxıstandan"]),
 ("Aktau", "LOC", None, None, ["Aktau"]),
 ("Kurık", "LOC", None, None, ["Kurık"]),
 ("Ələt", "LOC", None, None, ["Ələtə"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan"]),
 ("Ələt Azad İqtisadi Zonası", "LOC", None, None, ["Ələt Azad İqtisadi Zonasında"]),
], [], topics=["xarici ticarət", "yükdaşımalar"])

A("228_qebele_musiqi_festivali_yekun.txt", None, """date 2026-09
Qəbələdə musiqi festivalı başa çatdı

Avqustun son həftəsində Qəbələdə təşkil olunan Beynəlxalq Musiqi Festivalı yekunlaşıb. On gün ərzində açıq səma altındakı səhnədə Azerbaycan, İtaliya, Gürcüstan və Qazaxıstandan gələn musiqiçilərin iyirmidən çox konserti keçirilib.

Festivalın proqramında simfonik və kamera konsertləri, muğam gecəsi, gənc ifaçılar üçün ustad dərsləri yer almışdı. Açılış gecəsində Azərbaycan Dövlət Simfonik Orkestri dirijor Elvin Rəhimlinin rəhbərliyi ilə Şərq və Qərb bəstəkarlarının əsərlərini səsləndirdi. Gənc violonçel ifaçısı Nərmin Qulubəyovanın çıxışı tamaşaçlar tərəfindən uzun alqışlarla qarşılandı.

Bu il ilk dəfə Tbilisi Dövlət Konservatoriyasının kamera ansamblı və Almatı Filarmoniyasının solistləri də festivalın afişasına daxil edilmişdi. Qonaqların ifasında gürcü polifoniyası və qazax dombra musiqisindən nümunələr səsləndi.

Festivalın bədii rəhbəri, pianoçu Samirə Əfəndiyeva bildirib ki, bu il kon-
sertlərə 12 mindən çox tamaşaçı gəlib. Onun sözlərinə görə, gələn il proqrama caz gecəsi və uşaqlar üçün musiqili tamaşa da əlavə olunacaq, biletlərin satışı isə may ayından başlayacaq.

Leyla ŞİRİNOVA,
«Mədəniyyət»
""", [
 ("Elvin Rəhimli", "PER", "dirijor", None, ["Elvin Rəhimlinin"]),
 ("Nərmin Qulubəyova", "PER", "violonçel ifaçısı", None, ["Nərmin Qulubəyovanın"]),
 ("Samirə Əfəndiyeva", "PER", "bədii rəhbər", None, ["Samirə Əfəndiyeva"]),
 ("Leyla Şirinova", "PER", None, None, ["Leyla ŞİRİNOVA"]),
 ("Azərbaycan Dövlət Simfonik Orkestri", "ORG", None, None, ["Azərbaycan Dövlət Simfonik Orkestri"]),
 ("Tbilisi Dövlət Konservatoriyası", "ORG", None, None, ["Tbilisi Dövlət Konservatoriyasının"]),
 ("Almatı Filarmoniyası", "ORG", None, None, ["Almatı Filarmoniyasının"]),
 ("Mədəniyyət", "ORG", None, None, ["Mədəniyyət"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələdə"]),
 ("Azərbaycan", "LOC", None, None, ["Azerbaycan"]),
 ("İtaliya", "LOC", None, None, ["İtaliya"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstandan"]),
], [], topics=["mədəniyyət", "musiqi festivalı"])

A("229_azertac_kabar_memorandum_qafqazinfo.txt", "qafqazinfo.az", """date 2026-12-02
AZERTAC ilə Qırğızıstanın "Kabar" agentliyi arasında memorandum imzalanıb

AZERTAC ilə Qırğızıstanın "Kabar" Milli İnformasiya Agentliyi arasında xəbər mübadiləsi və jurnalistlərin peşəkar hazırlığı sahəsində əməkdaşlığa dair memorandum imzalanıb.

Qafqazinfo-nun məlumatına görə, sənədi dünən Bişkekdə AZERTAC-ın İdarə Heyətinin sədri Fərhad Nəsirli və "Kabar"ın baş direktoru Gülnara Tokoyeva imzalayıblar. Memoranduma əsasən, agentliklər foto və video materiallarını ödənişsiz mübadilə edəcək, hər il bir-birinin əməkdaşları üçün iki həftəlik təcrübə proqramı təşkil edəcəklər.

Qırğızıstanda səfərdə olan Fərhad Nəsirli həmçinin Qırğızıstan Prezidentinin mətbuat katibi Ulan Kasımovla görüşüb. Görüşdə Türk Dövlətləri Təşkilatı ölkələrinin ortaq media platformasının yaradılması ideyası müzakirə olunub.

Gülnara Tokoyevanın gələn ilin martında Bakıya səfəri planlaşdırılır. Bundan başqa, AZERTAC ilə Türkiyənin Anadolu Agentliyi arasında oxşar sənədin imzalanması nəzərdə tutulur.

Xatırladaq ki, AZERTAC hazırda qırxdan çox xarici informasiya agentliyi ilə əməkdaşlıq edir. Agentlik gələn il Bişkekdə daimi müxbir postu açmağı da düşünür.
""", [
 ("Fərhad Nəsirli", "PER", "idarə heyətinin sədri", "AZERTAC", ["Fərhad Nəsirli"]),
 ("Gülnara Tokoyeva", "PER", "baş direktor", "Kabar", ["Gülnara Tokoyeva", "Gülnara Tokoyevanın"]),
 ("Ulan Kasımov", "PER", "mətbuat katibi", "Qırğızıstan", ["Ulan Kasımovla"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC", "AZERTAC-ın"]),
 ("Kabar", "ORG", None, None, ["Kabar"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo-nun"]),
 ("Türk Dövlətləri Təşkilatı", "ORG", None, None, ["Türk Dövlətləri Təşkilatı"]),
 ("Anadolu Agentliyi", "ORG", None, None, ["Anadolu Agentliyi"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstanın", "Qırğızıstanda", "Qırğızıstan"]),
 ("Bişkek", "LOC", None, None, ["Bişkekdə"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin"]),
], [
 E("SIGN", ["Fərhad Nəsirli", "Gülnara Tokoyeva"], "Bişkek", "2026-12-01", "happened", "Milli İnformasiya Agentliyi arasında",
   ["media əməkdaşlığı"], date_text="dünən"),
 E("VISIT", ["Fərhad Nəsirli"], "Qırğızıstan", "2026-12-01", "happened", "Qırğızıstanda səfərdə olan Fərhad",
   ["media əməkdaşlığı"], date_text="dünən"),
 E("MEET", ["Fərhad Nəsirli", "Ulan Kasımov"], "Qırğızıstan", None, "happened", "Qırğızıstanda səfərdə olan Fərhad",
   ["media platforması"]),
 E("VISIT", ["Gülnara Tokoyeva"], "Bakı", "2027-03", "planned", "Gülnara Tokoyevanın gələn ilin",
   ["media əməkdaşlığı"], date_text="gələn ilin martında"),
 E("SIGN", ["AZERTAC", "Anadolu Agentliyi"], None, None, "planned", "Bundan başqa, AZERTAC",
   ["media əməkdaşlığı"]),
])

A("230_abbasli_pai_cenevre_trend.txt", "trend.az", """date 2026-10-21
Nərgiz Abbaslı Cenevrədə PAİ-nin Baş katibinin müavini ilə görüşüb

Oktyabrın 19-da Cenevrədə başlayan Parlamentlərarası İttifaqın payız Assambleyasında Milli Məclisin nümayəndə heyətinə deputat Nərgiz Abbaslı rəhbərlik edir.

Trend-in məlumatına görə, dünən Nərgiz Abbaslı Demokratiya və insan hüquqları üzrə daimi komitənin iclasında çıxış edərək rəqəmsal mühitdə seçki proseslərinin şəffaflığına dair Azərbaycan təcrübəsini bölüşüb.

Bu gün Nərgiz Abbaslı PAİ-nin Baş katibinin müavini Sofiya Ferreyra ilə görüşüb. Söhbət zamanı gələn il Bakıda Cənubi Qafqaz və Mərkəzi Asiya parlamentariləri üçün regional seminarın keçirilməsi təklifi müzakirə edilib.

Assambleyanın kənarında deputat İtaliya Deputatlar Palatasının üzvü Luka Marçetti ilə də söhbət edib, iki parlamentin gənc deputatlar şəbəkəsini genişləndirmək imkanlarını nəzərdən keçirib.

Heyətin üzvü Ceyhun Əfəndizadə isə sabah Gənc parlamentarilər forumunda məruzə ilə çıxış edəcək.

Əvvəlcə heyətə Sədrin müavini Aynur Bağırlının rəhbərlik etməsi nəzərdə tutulurdu. Lakin Milli Məclisdə büdcə müzakirələrinin başlanması ilə əlaqədar Bağırlı Cenevrəyə getməyib.
""", [
 ("Nərgiz Abbaslı", "PER", "deputat", "Milli Məclis", ["Nərgiz Abbaslı"]),
 ("Sofiya Ferreyra", "PER", "baş katibin müavini", "Parlamentlərarası İttifaq", ["Sofiya Ferreyra"]),
 ("Luka Marçetti", "PER", "deputat", "İtaliya Deputatlar Palatası", ["Luka Marçetti"]),
 ("Ceyhun Əfəndizadə", "PER", "deputat", "Milli Məclis", ["Ceyhun Əfəndizadə"]),
 ("Aynur Bağırlı", "PER", "sədr müavini", "Milli Məclis", ["Aynur Bağırlının", "Bağırlı"]),
 ("Parlamentlərarası İttifaq", "ORG", None, None, ["PAİ-nin", "Parlamentlərarası İttifaqın"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin", "Milli Məclisdə"]),
 ("Demokratiya və insan hüquqları üzrə daimi komitə", "ORG", None, None, ["Demokratiya və insan hüquqları üzrə daimi komitənin"]),
 ("İtaliya Deputatlar Palatası", "ORG", None, None, ["İtaliya Deputatlar Palatasının"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Cenevrə", "LOC", None, None, ["Cenevrədə", "Cenevrəyə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqaz"]),
 ("Mərkəzi Asiya", "LOC", None, None, ["Mərkəzi Asiya"]),
], [
 E("ATTEND", ["Nərgiz Abbaslı"], "Cenevrə", "2026-10-19", "happened", "Oktyabrın 19-da Cenevrədə",
   ["seçki şəffaflığı", "parlament diplomatiyası"], date_text="Oktyabrın 19-da", event_name="PAİ-nin payız Assambleyası"),
 E("MEET", ["Nərgiz Abbaslı", "Sofiya Ferreyra"], "Cenevrə", "2026-10-21", "happened", "Bu gün Nərgiz Abbaslı PAİ-nin",
   ["regional seminar"], date_text="Bu gün"),
 E("MEET", ["Nərgiz Abbaslı", "Luka Marçetti"], "Cenevrə", None, "happened", "Assambleyanın kənarında deputat",
   ["gənc deputatlar"]),
 E("ATTEND", ["Ceyhun Əfəndizadə"], "Cenevrə", "2026-10-22", "planned", "Ceyhun Əfəndizadə isə sabah",
   ["gənc parlamentarilər"], date_text="sabah", event_name="Gənc parlamentarilər forumu"),
 E("ATTEND", ["Aynur Bağırlı"], "Cenevrə", "2026-10-19", "negated", "Əvvəlcə heyətə Sədrin müavini",
   ["parlament diplomatiyası"]),
])
