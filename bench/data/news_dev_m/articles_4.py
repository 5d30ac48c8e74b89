A("336_bagirli_mdb_pa_yaz_iclasi_metbuat.txt", "metbuat.az", """date 2028-04-21
Aynur Bağırlı MDB PA-nın yaz plenar iclasında Azərbaycan heyətinə rəhbərlik edib

Dünən Tavriya sarayında Müstəqil Dövlətlər Birliyi Parlamentlərarası Assambleyasının yaz plenar iclası keçirilib. Azərbaycan parlament heyəti iclasa Milli Məclisin Sədr müavini Aynur Bağırlının rəhbərliyi ilə qatılıb.

Metbuat.az-ın məlumatına görə, iclasda rəqəmsal xidmətlər, miqrantların hüquqlarının qorunması və turizm haqqında model qanunlar qəbul olunub. A.Bağırlı çıxışında Azərbaycanın elektron hökumət sahəsindəki təcrübəsindən danışıb, vətəndaşlara xidmət mərkəzləri modelinin artıq bir neçə ölkə tərəfindən öyrənildiyini xatırladıb.

Plenar iclasın fasiləsində Aynur Bağırlı Özbəkistan Oliy Məclisi Qanunvericilik Palatasının Spikeri Dilfuza Rahimova ilə görüşüb. Həmsöhbətlər Daşkənddə keçiriləcək parlamentlərarası komissiyanın iclasına hazırlığı müzakirə ediblər.

Heyətin tərkibində Sankt-Peterburqa getməsi nəzərdə tutulan deputat Elmir Nəsibov ailə vəziyyəti ilə əlaqədar iclasda iştirak etməyib.

Bu gün Aynur Bağırlının Rusiya Federasiyası Federal Məclisi Federasiya Şurasının sədr müavini Olqa Voronina ilə görüşü gözlənilir.
""", [
 ("Aynur Bağırlı", "PER", "sədr müavini", "Milli Məclis", ["Aynur Bağırlı", "Aynur Bağırlının", "A.Bağırlı"]),
 ("Dilfuza Rahimova", "PER", "spiker", "Özbəkistan Oliy Məclisinin Qanunvericilik Palatası", ["Dilfuza Rahimova"]),
 ("Elmir Nəsibov", "PER", "deputat", "Milli Məclis", ["Elmir Nəsibov"]),
 ("Olqa Voronina", "PER", "sədr müavini", "Rusiya Federal Məclisinin Federasiya Şurası", ["Olqa Voronina"]),
 ("MDB Parlamentlərarası Assambleyası", "ORG", None, None,
  ["MDB PA-nın", "Müstəqil Dövlətlər Birliyi Parlamentlərarası Assambleyasının"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Özbəkistan Oliy Məclisinin Qanunvericilik Palatası", "ORG", None, None,
  ["Özbəkistan Oliy Məclisi Qanunvericilik Palatasının"]),
 ("Rusiya Federal Məclisinin Federasiya Şurası", "ORG", None, None,
  ["Rusiya Federasiyası Federal Məclisi Federasiya Şurasının"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az-ın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanın"]),
 ("Tavriya sarayı", "LOC", None, None, ["Tavriya sarayında"]),
 ("Daşkənd", "LOC", None, None, ["Daşkənddə"]),
 ("Sankt-Peterburq", "LOC", None, None, ["Sankt-Peterburqa"]),
], [
 E("ATTEND", ["Aynur Bağırlı"], "Tavriya sarayı", "2028-04-20", "happened", "Azərbaycan parlament heyəti iclasa",
   ["rəqəmsal xidmətlər", "model qanunvericilik"], date_text="Dünən", event_name="MDB PA-nın yaz plenar iclası"),
 E("MEET", ["Aynur Bağırlı", "Dilfuza Rahimova"], "Tavriya sarayı", "2028-04-20", "happened", "Plenar iclasın fasiləsində",
   ["parlamentlərarası əlaqələr"], date_text="Plenar iclasın fasiləsində"),
 E("VISIT", ["Elmir Nəsibov"], "Sankt-Peterburq", None, "negated", "Heyətin tərkibində Sankt-Peterburqa",
   ["parlamentlərarası əlaqələr"]),
 E("ATTEND", ["Elmir Nəsibov"], "Tavriya sarayı", "2028-04-20", "negated", "Heyətin tərkibində Sankt-Peterburqa",
   ["parlamentlərarası əlaqələr"], event_name="MDB PA-nın yaz plenar iclası"),
 E("MEET", ["Aynur Bağırlı", "Olqa Voronina"], "Sankt-Peterburq", "2028-04-21", "planned", "Bu gün Aynur Bağırlının",
   ["parlamentlərarası əlaqələr"], date_text="Bu gün"),
])

A("337_qaraxanli_slovakiya_milli_surasi_apa.txt", "APA", """date 2028-04-21
Slovakiyalı deputatlar Fuad Qaraxanlı ilə görüşüb

Slovakiya Respublikası Milli Şurasının Avropa məsələləri komitəsinin sədri Yozef Hrabovskinin rəhbərlik etdiyi nümayəndə heyəti çərşənbə günü Azərbaycana gəlib. Səfər Milli Məclisin dəvəti ilə baş tutur.

Bu gün parlament Sədrinin birinci müavini Fuad Qaraxanlı qonaqları qəbul edib. APA-ya verilən məlumata görə, F.Qaraxanlı Slovakiyanın Azərbaycanla Avropa İttifaqı arasında münasibətlərin inkişafına verdiyi dəstəyi yüksək qiymətləndirib, iki ölkənin parlamentləri arasında işçi qrupları səviyyəsində əlaqələrin canlandırılmasını təklif edib.

Yozef Hrabovski Slovakiya şirkətlərinin Azərbaycanda avtomobil hissələri istehsalına və dəmir yolu vaqonlarının təmirinə maraq göstərdiyini bildirib. «Bratislava üçün Bakı Xəzərin o tayına açılan qapıdır», – deyə qonaq əlavə edib.

Slovakiyalı deputatlar dünən xarici işlər naziri Ruslan Kazımlı ilə görüşmüş, ardınca Heydər Əliyev Mərkəzini ziyarət etmişdilər.

Proqrama əsasən, sabah heyət Qəbələyə yollanacaq. Qonaqların Bakı Dövlət Universitetinə getməsi də proqrama daxil edilmişdi, amma universitetdə imtahan sessiyasının başlanması ilə bağlı bu görüş sonradan gündəlikdən götürülüb.
""", [
 ("Fuad Qaraxanlı", "PER", "sədrin birinci müavini", "Milli Məclis", ["Fuad Qaraxanlı", "F.Qaraxanlı"]),
 ("Yozef Hrabovski", "PER", "komitə sədri", "Slovakiya Milli Şurası", ["Yozef Hrabovskinin", "Yozef Hrabovski"]),
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Azərbaycan", ["Ruslan Kazımlı"]),
 ("Slovakiya Milli Şurası", "ORG", None, None, ["Slovakiya Respublikası Milli Şurasının"]),
 ("Avropa məsələləri komitəsi", "ORG", None, None, ["Avropa məsələləri komitəsinin"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Avropa İttifaqı"]),
 ("Bakı Dövlət Universiteti", "ORG", None, None, ["Bakı Dövlət Universitetinə"]),
 ("APA", "ORG", None, None, ["APA-ya"]),
 ("Slovakiya", "LOC", None, None, ["Slovakiyanın", "Slovakiya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycana", "Azərbaycanla", "Azərbaycanda"]),
 ("Bratislava", "LOC", None, None, ["Bratislava"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzərin"]),
 ("Heydər Əliyev Mərkəzi", "LOC", None, None, ["Heydər Əliyev Mərkəzini"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələyə"]),
], [
 E("VISIT", ["Yozef Hrabovski"], "Azərbaycan", "2028-04-19", "happened", "Slovakiya Respublikası Milli Şurasının",
   ["parlamentlərarası əlaqələr"], date_text="çərşənbə günü"),
 E("MEET", ["Fuad Qaraxanlı", "Yozef Hrabovski"], None, "2028-04-21", "happened", "Bu gün parlament Sədrinin",
   ["parlamentlərarası əlaqələr", "Avropa İttifaqı ilə münasibətlər", "sənaye"], host="Fuad Qaraxanlı", date_text="Bu gün"),
 E("MEET", ["Yozef Hrabovski", "Ruslan Kazımlı"], None, "2028-04-20", "happened", "Slovakiyalı deputatlar dünən",
   ["ikitərəfli münasibətlər"], date_text="dünən"),
 E("VISIT", ["Yozef Hrabovski"], "Heydər Əliyev Mərkəzi", "2028-04-20", "happened", "Slovakiyalı deputatlar dünən",
   ["mədəniyyət"], place="Heydər Əliyev Mərkəzi", date_text="dünən"),
 E("VISIT", ["Yozef Hrabovski"], "Qəbələ", "2028-04-22", "planned", "Proqrama əsasən, sabah heyət",
   ["turizm"], date_text="sabah"),
 E("VISIT", ["Yozef Hrabovski"], "Bakı Dövlət Universiteti", None, "negated", "Qonaqların Bakı Dövlət Universitetinə",
   ["təhsil"], place="Bakı Dövlət Universiteti"),
])

A("338_abbasova_lombardi_seki_xan_sarayi_oxu.txt", "oxu.az", """date 2028-04-22
Nərgiz Abbasova və Françesko Lombardi Şəki Xan Sarayında aparılan restavrasiyaya baxıblar

Mədəniyyət naziri Nərgiz Abbasova və İtaliyanın Azərbaycandakı səfiri Françesko Lombardi bu gün Şəkiyə səfər ediblər.

Oxu.az-ın bölgə müxbirinin məlumatına görə, qonaqları şəhərin girişində Şəki Şəhər İcra Hakimiyyətinin başçısı qarşılayıb.

Nazir və səfir daha sonra italiyalı bərpaçıların iştirakı ilə restavrasiya olunan Şəki Xan Sarayında aparılan işlərə baxıblar. Divar rəsmlərinin konservasiyası ötən ilin payızında başlanıb, layihənin gələn ilin sonunadək tamamlanması planlaşdırılır.

Françesko Lombardi bildirib ki, İtaliya bərpa məktəbi ilə Azərbaycan ustalarının birgə işi Dünya İrsi Siyahısına daxil edilmiş abidənin qorunmasına xidmət edir. «Şəki bizim üçün artıq Venesiya qədər doğmadır», – deyə səfir zarafatla əlavə edib.

Nərgiz Abbasova qeyd edib ki, təcrübə mübadiləsi çərçivəsində gələn ay azərbaycanlı bərpaçılar Florensiyaya ezam olunacaqlar.

Sabah qonaqların Kiş məbədinə də baş çəkməsi nəzərdə tutulur.
""", [
 ("Nərgiz Abbasova", "PER", "mədəniyyət naziri", "Azərbaycan", ["Nərgiz Abbasova"]),
 ("Françesko Lombardi", "PER", "səfir", "İtaliya", ["Françesko Lombardi"]),
 ("Şəki Şəhər İcra Hakimiyyəti", "ORG", None, None, ["Şəki Şəhər İcra Hakimiyyətinin"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az-ın"]),
 ("İtaliya", "LOC", None, None, ["İtaliya", "İtaliyanın"]),
 ("Şəki", "LOC", None, None, ["Şəkiyə", "Şəki"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı", "Azərbaycan"]),
 ("Şəki Xan Sarayı", "LOC", None, None, ["Şəki Xan Sarayında"]),
 ("Venesiya", "LOC", None, None, ["Venesiya"]),
 ("Florensiya", "LOC", None, None, ["Florensiyaya"]),
 ("Kiş məbədi", "LOC", None, None, ["Kiş məbədinə"]),
], [
 E("VISIT", ["Nərgiz Abbasova", "Françesko Lombardi"], "Şəki", "2028-04-22", "happened", "Mədəniyyət naziri Nərgiz Abbasova və",
   ["mədəni irs", "bərpa işləri"], date_text="bu gün"),
 E("MEET", ["Nərgiz Abbasova", "Françesko Lombardi", "Şəki Şəhər İcra Hakimiyyəti"], "Şəki", "2028-04-22", "happened",
   "Oxu.az-ın bölgə müxbirinin", ["regional inkişaf"], host="Şəki Şəhər İcra Hakimiyyəti"),
 E("VISIT", ["Nərgiz Abbasova", "Françesko Lombardi"], "Şəki Xan Sarayı", "2028-04-22", "happened", "Nazir və səfir daha sonra",
   ["mədəni irs", "bərpa işləri"], place="Şəki Xan Sarayı"),
 E("VISIT", ["Nərgiz Abbasova", "Françesko Lombardi"], "Kiş məbədi", "2028-04-23", "planned", "Sabah qonaqların Kiş",
   ["mədəni irs"], place="Kiş məbədi", date_text="Sabah"),
])

A("339_xarici_ticaret_ilk_rub_trend.txt", "trend.az", """date 2028-04-21
Azərbaycanın xarici ticarət dövriyyəsi ilk rübdə 12 faiz artıb

Azərbaycan ilin ilk üç ayında xarici ölkələrlə ümumilikdə 11,8 milyard dollarlıq ticarət əməliyyatı aparıb. Dövlət Gömrük Komitəsinin hesablamalarına görə, bu göstərici bir il əvvəlki səviyyəni 12 faiz üstələyir.

Trend-ə Komitədən verilən rəqəmlərə əsasən, ixrac 7,1 milyard, idxal isə 4,7 milyard dollar olub, beləliklə ölkənin xeyrinə 2,4 milyard dollarlıq saldo formalaşıb.

Alıcılar siyahısının başında ənənəvi olaraq İtaliya dayanır, ikinci və üçüncü yerləri Türkiyə ilə İsrail bölüşür, Yunanıstan dördüncüdür. Ölkəyə ən çox məhsul gətirilən dövlətlər sırasında Çin, Rusiya və yenə Türkiyə qərarlaşıb.

Neftdən kənar ixracın həcmi 1,1 milyard dollara çatıb. Bu qrupda pambıq ipliyi, təzə meyvə-tərəvəz, alüminium məmulatları və polipropilen üstünlük təşkil edib. Mərkəzi Asiya bazarlarına göndərilən qeyri-neft məhsullarının dəyəri 40 faizdən çox böyüyüb; mütəxəssislər bu sıçrayışı Xəzər üzərindən keçən yük axınlarının güclənməsi ilə bağlayırlar.

Dövlət Gömrük Komitəsi mart ayı üzrə ətraflı hesabatı bu ayın sonunda dərc edəcək.
""", [
 ("Dövlət Gömrük Komitəsi", "ORG", None, None, ["Dövlət Gömrük Komitəsinin", "Komitədən", "Dövlət Gömrük Komitəsi"]),
 ("Trend", "ORG", None, None, ["Trend-ə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın", "Azərbaycan"]),
 ("İtaliya", "LOC", None, None, ["İtaliya"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə"]),
 ("İsrail", "LOC", None, None, ["İsrail"]),
 ("Yunanıstan", "LOC", None, None, ["Yunanıstan"]),
 ("Çin", "LOC", None, None, ["Çin"]),
 ("Rusiya", "LOC", None, None, ["Rusiya"]),
 ("Mərkəzi Asiya", "LOC", None, None, ["Mərkəzi Asiya"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər"]),
], [], topics=["xarici ticarət", "statistika"])

A("340_cenub_qaz_dehlizi_mesveret_surasi_report.txt", "report.az", """date 2028-04-21
Bakıda Cənub Qaz Dəhlizi Məşvərət Şurasının nazirlər iclası keçirilib

Bu gün Heydər Əliyev Mərkəzində Cənub Qaz Dəhlizi və Yaşıl Enerji üzrə Məşvərət Şuralarının birgə nazirlər iclası keçirilib.

İclası Prezident Teymur Səlimov açıb. Report-un məlumatına görə, dövlətimizin başçısı çıxışında Azərbaycanın Avropaya qaz ixracının ötən il 14 milyard kubmetrə yaxınlaşdığını, Xəzərin küləyindən alınacaq elektrik enerjisinin də gələcəkdə Avropa bazarına çıxarılacağını deyib.

Tədbirə energetika naziri Kamal Səfərli ilə Avropa Komissiyasının energetika üzrə komissarı Katrin Hollander həmsədrlik ediblər. İclasda 20-dən çox ölkənin və beynəlxalq maliyyə institutlarının təmsilçiləri iştirak ediblər.

Rəsmi hissədən sonra Teymur Səlimov Katrin Hollanderi qəbul edib. Söhbət zamanı Xəzər dənizindən Avropaya yaşıl enerji ötürülməsi layihəsinin maliyyələşdirilməsi müzakirə olunub.

Tədbir çərçivəsində Kamal Səfərli Bolqarıstanın energetika naziri İvan Petkov və Albaniyanın infrastruktur və enerji naziri Elira Mema ilə ayrıca görüşlər keçirib.

Tədbirin yekununda SOCAR ilə Albaniyanın "Albgaz" şirkəti arasında təbii qazın bu ölkəyə nəqli üçün infrastrukturun yaradılmasına dair anlaşma memorandumu imzalanıb.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Kamal Səfərli", "PER", "energetika naziri", "Azərbaycan", ["Kamal Səfərli"]),
 ("Katrin Hollander", "PER", "komissar", "Avropa Komissiyası", ["Katrin Hollander", "Katrin Hollanderi"]),
 ("İvan Petkov", "PER", "energetika naziri", "Bolqarıstan", ["İvan Petkov"]),
 ("Elira Mema", "PER", "infrastruktur və enerji naziri", "Albaniya", ["Elira Mema"]),
 ("Avropa Komissiyası", "ORG", None, None, ["Avropa Komissiyasının"]),
 ("Azərbaycan Respublikası Dövlət Neft Şirkəti", "ORG", None, None, ["SOCAR"]),
 ("Albgaz", "ORG", None, None, ["Albgaz"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Heydər Əliyev Mərkəzi", "LOC", None, None, ["Heydər Əliyev Mərkəzində"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Avropa", "LOC", None, None, ["Avropaya", "Avropa"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzərin", "Xəzər dənizindən"]),
 ("Bolqarıstan", "LOC", None, None, ["Bolqarıstanın"]),
 ("Albaniya", "LOC", None, None, ["Albaniyanın"]),
], [
 E("ATTEND", ["Teymur Səlimov"], "Heydər Əliyev Mərkəzi", "2028-04-21", "happened", "İclası Prezident Teymur Səlimov açıb.",
   ["qaz ixracı", "yaşıl enerji"], date_text="Bu gün",
   event_name="Cənub Qaz Dəhlizi və Yaşıl Enerji üzrə Məşvərət Şuralarının birgə nazirlər iclası"),
 E("ATTEND", ["Kamal Səfərli"], "Heydər Əliyev Mərkəzi", "2028-04-21", "happened", "Tədbirə energetika naziri",
   ["qaz ixracı", "yaşıl enerji"], date_text="Bu gün",
   event_name="Cənub Qaz Dəhlizi və Yaşıl Enerji üzrə Məşvərət Şuralarının birgə nazirlər iclası"),
 E("ATTEND", ["Katrin Hollander"], "Heydər Əliyev Mərkəzi", "2028-04-21", "happened", "Tədbirə energetika naziri",
   ["qaz ixracı", "yaşıl enerji"], date_text="Bu gün",
   event_name="Cənub Qaz Dəhlizi və Yaşıl Enerji üzrə Məşvərət Şuralarının birgə nazirlər iclası"),
 E("MEET", ["Teymur Səlimov", "Katrin Hollander"], "Heydər Əliyev Mərkəzi", "2028-04-21", "happened", "Rəsmi hissədən sonra",
   ["yaşıl enerji"], host="Teymur Səlimov", date_text="Rəsmi hissədən sonra"),
 E("MEET", ["Kamal Səfərli", "İvan Petkov"], "Heydər Əliyev Mərkəzi", "2028-04-21", "happened", "Tədbir çərçivəsində Kamal",
   ["enerji"]),
 E("MEET", ["Kamal Səfərli", "Elira Mema"], "Heydər Əliyev Mərkəzi", "2028-04-21", "happened", "Tədbir çərçivəsində Kamal",
   ["enerji"]),
 E("SIGN", ["Azərbaycan Respublikası Dövlət Neft Şirkəti", "Albgaz"], "Heydər Əliyev Mərkəzi", "2028-04-21", "happened",
   "Tədbirin yekununda SOCAR", ["qaz infrastrukturu"], date_text="Tədbirin yekununda"),
])

A("341_shirinzade_astana_forumu_qafqazinfo.txt", "qafqazinfo.az", """date 2028-04-23
Rauf Şirinzadə Astana Beynəlxalq Forumuna qatılacaq | Qafqazinfo.az

Qafqazinfo.az
Əsas | Ölkə | Siyasət | Biznes | Dünya | Region | Video
23 aprel 2028, 18:40
Rauf Şirinzadə Astana Beynəlxalq Forumuna qatılacaq

Milli Məclisin Sədr müavini Rauf Şirinzadə sabah işgüzar səfərlə Qazaxıstana yola düşəcək.

Qafqazinfo-ya parlamentdən verilən məlumata görə, Sədr müavini aprelin 25–26-da Astanada keçiriləcək Astana Beynəlxalq Forumunun parlament seqmentində iştirak edəcək, «Avrasiya bağlantısı: yeni ticarət marşrutları» panelində çıxış edəcək.

Forumun kənarında Şirinzadənin Qazaxıstan Parlamenti Məclisinin sədri Daniyar Seytkaliyev ilə görüşü də planlaşdırılır. Xatırladaq ki, Seytkaliyev keçən ilin noyabrında Bakıya rəsmi səfər etmişdi.

Oxşar xəbərlər
Şamaxıda yeni şərab festivalı keçiriləcək
Bakı metrosunda təmir işləri başa çatıb
Ən çox oxunan
Məktəblilərin yay tətilinin vaxtı açıqlanıb
© 2028 Qafqazinfo.az. Materiallardan istifadə edərkən istinad mütləqdir.
""", [
 ("Rauf Şirinzadə", "PER", "sədr müavini", "Milli Məclis", ["Rauf Şirinzadə", "Şirinzadənin"]),
 ("Daniyar Seytkaliyev", "PER", "sədr", "Qazaxıstan Parlamentinin Məclisi", ["Daniyar Seytkaliyev", "Seytkaliyev"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Qazaxıstan Parlamentinin Məclisi", "ORG", None, None, ["Qazaxıstan Parlamenti Məclisinin"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo.az", "Qafqazinfo-ya"]),
 ("Astana", "LOC", None, None, ["Astana", "Astanada"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstana"]),
 ("Bakı", "LOC", None, None, ["Bakıya", "Bakı"]),
 ("Şamaxı", "LOC", None, None, ["Şamaxıda"]),
], [
 E("VISIT", ["Rauf Şirinzadə"], "Qazaxıstan", "2028-04-24", "planned", "Milli Məclisin Sədr müavini Rauf Şirinzadə sabah",
   ["parlamentlərarası əlaqələr"], date_text="sabah"),
 E("ATTEND", ["Rauf Şirinzadə"], "Astana", "2028-04-25", "planned", "Qafqazinfo-ya parlamentdən",
   ["ticarət marşrutları", "parlamentlərarası əlaqələr"], date_text="aprelin 25–26-da",
   event_name="Astana Beynəlxalq Forumunun parlament seqmenti"),
 E("MEET", ["Rauf Şirinzadə", "Daniyar Seytkaliyev"], "Astana", None, "planned", "Forumun kənarında Şirinzadənin",
   ["parlamentlərarası əlaqələr"]),
 E("VISIT", ["Daniyar Seytkaliyev"], "Bakı", "2027-11", "happened", "Xatırladaq ki, Seytkaliyev",
   ["parlamentlərarası əlaqələr"], date_text="keçən ilin noyabrında"),
])
