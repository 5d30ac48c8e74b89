A("392_selimov_mdb_zirvesi_asqabad_azertac.txt", "AZERTAC", """date 2029-11-16
Prezident Teymur Səlimov Aşqabadda MDB dövlət başçılarının iclasında iştirak edib

Dünən axşam Türkmənistanın paytaxtına gələn Prezident Teymur Səlimov bu gün Aşqabadın Ruhiyyət sarayında keçirilən Müstəqil Dövlətlər Birliyinin dövlət başçılarının iclasında iştirak edib.

AZERTAC xəbər verir ki, iclasdan əvvəl Türkmənistan Prezidenti Dövlətmurad Annayev Oğuzxan sarayında Azərbaycan Prezidentini qəbul edib. Liderlər türkmən təbii qazının Azərbaycan ərazisi vasitəsilə Avropaya nəqlinin artırılması imkanlarını nəzərdən keçiriblər.

İclas əvvəlcə məhdud, sonra geniş tərkibdə davam edib. Tədbirə sədrlik edən Annayev birliyin məkanında ərzaq təhlükəsizliyinə dair birgə proqramın hazırlanmasını təklif edib. Teymur Səlimov çıxışında MDB ölkələrinin Xəzər hövzəsindəki nəqliyyat imkanlarından daha səmərəli istifadə etməsinin vacibliyini vurğulayıb.

İclasın kənarında dövlətimizin başçısı Tacikistan Prezidenti Firuz Nazarzoda və Belarus Prezidenti Viktor Jukovski ilə ayrı-ayrılıqda görüşüb.

İclasın yekununda Teymur Səlimov beynəlxalq informasiya təhlükəsizliyi sahəsində əməkdaşlıq haqqında bəyanatı imzalayıb. Növbəti iclasın gələn il Bakıda keçirilməsi qərara alınıb.

Prezidentin səfər proqramında Türkmənbaşı Beynəlxalq Dəniz Limanına baş çəkmək də var idi. Ancaq güclü külək səbəbindən helikopter uçuşu mümkün olmadığından bu səfər reallaşmayıb.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Dövlətmurad Annayev", "PER", "Prezident", "Türkmənistan", ["Dövlətmurad Annayev", "Annayev"]),
 ("Firuz Nazarzoda", "PER", "Prezident", "Tacikistan", ["Firuz Nazarzoda"]),
 ("Viktor Jukovski", "PER", "Prezident", "Belarus", ["Viktor Jukovski"]),
 ("Müstəqil Dövlətlər Birliyi", "ORG", None, None, ["MDB", "Müstəqil Dövlətlər Birliyinin"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Aşqabad", "LOC", None, None, ["Aşqabadda", "Aşqabadın"]),
 ("Türkmənistan", "LOC", None, None, ["Türkmənistanın", "Türkmənistan"]),
 ("Ruhiyyət sarayı", "LOC", None, None, ["Ruhiyyət sarayında"]),
 ("Oğuzxan sarayı", "LOC", None, None, ["Oğuzxan sarayında"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Avropa", "LOC", None, None, ["Avropaya"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər"]),
 ("Tacikistan", "LOC", None, None, ["Tacikistan"]),
 ("Belarus", "LOC", None, None, ["Belarus"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Türkmənbaşı Beynəlxalq Dəniz Limanı", "LOC", None, None, ["Türkmənbaşı Beynəlxalq Dəniz Limanına"]),
], [
 E("VISIT", ["Teymur Səlimov"], "Aşqabad", "2029-11-15", "happened", "Dünən axşam Türkmənistanın",
   ["çoxtərəfli əməkdaşlıq"], date_text="Dünən"),
 E("ATTEND", ["Teymur Səlimov"], "Ruhiyyət sarayı", "2029-11-16", "happened", "Dünən axşam Türkmənistanın",
   ["çoxtərəfli əməkdaşlıq", "nəqliyyat"], date_text="bu gün",
   event_name="MDB dövlət başçılarının iclası"),
 E("MEET", ["Dövlətmurad Annayev", "Teymur Səlimov"], "Oğuzxan sarayı", "2029-11-16", "happened",
   "iclasdan əvvəl Türkmənistan Prezidenti", ["enerji", "qaz tranziti"], host="Dövlətmurad Annayev",
   date_text="iclasdan əvvəl"),
 E("ATTEND", ["Dövlətmurad Annayev"], "Ruhiyyət sarayı", "2029-11-16", "happened", "Tədbirə sədrlik edən Annayev",
   ["ərzaq təhlükəsizliyi"], event_name="MDB dövlət başçılarının iclası"),
 E("MEET", ["Teymur Səlimov", "Firuz Nazarzoda"], "Ruhiyyət sarayı", "2029-11-16", "happened",
   "İclasın kənarında dövlətimizin", ["ikitərəfli münasibətlər"]),
 E("MEET", ["Teymur Səlimov", "Viktor Jukovski"], "Ruhiyyət sarayı", "2029-11-16", "happened",
   "İclasın kənarında dövlətimizin", ["ikitərəfli münasibətlər"]),
 E("SIGN", ["Teymur Səlimov"], "Ruhiyyət sarayı", "2029-11-16", "happened", "İclasın yekununda Teymur",
   ["informasiya təhlükəsizliyi"], date_text="İclasın yekununda"),
 E("VISIT", ["Teymur Səlimov"], "Türkmənbaşı Beynəlxalq Dəniz Limanı", None, "negated", "Prezidentin səfər proqramında",
   ["limanlar"], place="Türkmənbaşı Beynəlxalq Dəniz Limanı"),
])

A("393_novruzova_bellini_italiya_senatorlari_report.txt", "report.az", """date 2029-11-22
İtaliya senatorları Milli Məclisdə olublar

İtaliya Respublikası Senatının Xarici işlər və müdafiə komissiyası sədrinin müavini Françesko Bellininin başçılıq etdiyi heyət bu gün Milli Məclisdə İtaliya ilə parlamentlərarası əlaqələr üzrə işçi qrupunun rəhbəri Samirə Novruzova tərəfindən qəbul edilib.

Report-un məlumatına görə, Novruzova söhbət zamanı Azərbaycanın İtaliyanın ən iri ticarət tərəfdaşlarından biri olduğunu, Avropaya çatdırılan təbii qazın mühüm hissəsinin məhz Apennin yarımadasına yönəldiyini qeyd edib. Bellini isə Senatda Azərbaycanla dostluq qrupunun on səkkiz üzvdən ibarət olduğunu bildirib.

Novruzova xatırladıb ki, onun rəhbərlik etdiyi işçi qrupunun oktyabrda Romaya səfəri gözlənilirdi, lakin İtaliyada hökumət böhranı ilə əlaqədar səfər baş tutmayıb. Qonaq bu səfərin martda reallaşacağına əminliyini ifadə edib.

Görüşdən sonra italyan senatorları Milli Məclisin plenar iclasını izləyiblər. Çərşənbə günü Bakıya gəlmiş heyət sabah Şamaxıya gedəcək, orada Şamaxı Cümə məscidini ziyarət edəcək. Şənbə günü isə qonaqların Azərbaycan–İtaliya Universitetinə baş çəkməsi nəzərdə tutulur.
""", [
 ("Françesko Bellini", "PER", "komissiya sədrinin müavini", "İtaliya Senatı", ["Françesko Bellininin", "Bellini"]),
 ("Samirə Novruzova", "PER", "işçi qrupunun rəhbəri", "Milli Məclis", ["Samirə Novruzova", "Novruzova"]),
 ("İtaliya Senatı", "ORG", None, None, ["İtaliya Respublikası Senatının", "Senatda"]),
 ("Xarici işlər və müdafiə komissiyası", "ORG", None, None, ["Xarici işlər və müdafiə komissiyası"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə", "Milli Məclisin"]),
 ("Azərbaycan–İtaliya Universiteti", "ORG", None, None, ["Azərbaycan–İtaliya Universitetinə"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("İtaliya", "LOC", None, None, ["İtaliya", "İtaliyanın", "İtaliyada"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın", "Azərbaycanla"]),
 ("Avropa", "LOC", None, None, ["Avropaya"]),
 ("Apennin yarımadası", "LOC", None, None, ["Apennin yarımadasına"]),
 ("Roma", "LOC", None, None, ["Romaya"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Şamaxı", "LOC", None, None, ["Şamaxıya"]),
 ("Şamaxı Cümə məscidi", "LOC", None, None, ["Şamaxı Cümə məscidini"]),
], [
 E("MEET", ["Samirə Novruzova", "Françesko Bellini"], "Milli Məclis", "2029-11-22", "happened",
   "Bellininin başçılıq etdiyi heyət", ["parlamentlərarası əlaqələr", "enerji"], host="Samirə Novruzova",
   date_text="bu gün"),
 E("VISIT", ["Samirə Novruzova"], "Roma", "2029-10", "negated", "Novruzova xatırladıb ki",
   ["parlamentlərarası əlaqələr"], date_text="oktyabrda"),
 E("VISIT", ["Samirə Novruzova"], "Roma", "2030-03", "planned", "Qonaq bu səfərin martda",
   ["parlamentlərarası əlaqələr"], date_text="martda"),
 E("ATTEND", ["Françesko Bellini"], "Milli Məclis", "2029-11-22", "happened", "Görüşdən sonra italyan",
   ["parlamentlərarası əlaqələr"], date_text="Görüşdən sonra", event_name="Milli Məclisin plenar iclası"),
 E("VISIT", ["Françesko Bellini"], "Bakı", "2029-11-21", "happened", "Çərşənbə günü Bakıya",
   ["parlamentlərarası əlaqələr"], date_text="Çərşənbə günü"),
 E("VISIT", ["Françesko Bellini"], "Şamaxı", "2029-11-23", "planned", "Çərşənbə günü Bakıya",
   ["mədəni irs"], date_text="sabah"),
 E("VISIT", ["Françesko Bellini"], "Şamaxı Cümə məscidi", "2029-11-23", "planned", "Çərşənbə günü Bakıya",
   ["mədəni irs"], place="Şamaxı Cümə məscidi", date_text="sabah"),
 E("VISIT", ["Françesko Bellini"], "Azərbaycan–İtaliya Universiteti", "2029-11-24", "planned", "Şənbə günü isə qonaqların",
   ["təhsil"], place="Azərbaycan–İtaliya Universiteti", date_text="Şənbə günü"),
])

A("394_ehmedzade_alibaba_cloud_xancjou_qafqazinfo.txt", "qafqazinfo.az", """date 2029-11-28
Kənan Əhmədzadə Çində: "Alibaba Cloud" Bakıda regional məlumat mərkəzi quracaq - Qafqazinfo

Xəbərlər | Siyasət | İqtisadiyyat | Texnologiya | Region | Video
28.11.2029 / 12:31
Kənan Əhmədzadə Çində: "Alibaba Cloud" Bakıda regional məlumat mərkəzi quracaq

Rəqəmsal inkişaf və nəqliyyat naziri Kənan Əhmədzadə Çinə işgüzar səfərini davam etdirir. Qafqazinfo-nun məlumatına görə, bazar günü Pekinə gələn nazir bazar ertəsi Çin Sənaye və İnformasiya Texnologiyaları Nazirliyinin rəhbəri Van Sin ilə görüşüb. Tərəflər süni intellekt və 5G şəbəkələri sahəsində əməkdaşlığın genişləndirilməsini müzakirə ediblər.

Pekindən sonra Xançjouya yollanan Əhmədzadə dünən burada Çinin "Alibaba Cloud" şirkətinin prezidenti Li Vey ilə Bakıda regional məlumat mərkəzinin yaradılmasına dair saziş imzalayıb. Layihənin dəyəri 400 milyon dollar həcmində qiymətləndirilir.

Bu gün nazirin Şençjenə getməsi, "ZTE" korporasiyasının vitse-prezidenti Çjou Min ilə görüşməsi gözlənilir. Əhmədzadə cümə günü Vətənə dönəcək.

Teqlər: Kənan Əhmədzadə, Çin, Alibaba Cloud
Oxşar xəbərlər
Gəncədə yeni texnologiya parkı açılır
Qafqazinfo.az © 2029
""", [
 ("Kənan Əhmədzadə", "PER", "rəqəmsal inkişaf və nəqliyyat naziri", None, ["Kənan Əhmədzadə", "Əhmədzadə"]),
 ("Van Sin", "PER", "rəhbər", "Çin Sənaye və İnformasiya Texnologiyaları Nazirliyi", ["Van Sin"]),
 ("Li Vey", "PER", "prezident", "Alibaba Cloud", ["Li Vey"]),
 ("Çjou Min", "PER", "vitse-prezident", "ZTE", ["Çjou Min"]),
 ("Alibaba Cloud", "ORG", None, None, ["Alibaba Cloud"]),
 ("Çin Sənaye və İnformasiya Texnologiyaları Nazirliyi", "ORG", None, None,
  ["Çin Sənaye və İnformasiya Texnologiyaları Nazirliyinin"]),
 ("ZTE", "ORG", None, None, ["ZTE"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo", "Qafqazinfo-nun", "Qafqazinfo.az"]),
 ("Çin", "LOC", None, None, ["Çində", "Çinə", "Çinin", "Çin"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Pekin", "LOC", None, None, ["Pekinə", "Pekindən"]),
 ("Xançjou", "LOC", None, None, ["Xançjouya"]),
 ("Şençjen", "LOC", None, None, ["Şençjenə"]),
 ("Gəncə", "LOC", None, None, ["Gəncədə"]),
], [
 E("VISIT", ["Kənan Əhmədzadə"], "Pekin", "2029-11-25", "happened", "Çinə işgüzar səfərini",
   ["rəqəmsal inkişaf"], date_text="bazar günü"),
 E("MEET", ["Kənan Əhmədzadə", "Van Sin"], "Pekin", "2029-11-26", "happened", "bazar günü Pekinə",
   ["süni intellekt", "telekommunikasiya"], date_text="bazar ertəsi"),
 E("VISIT", ["Kənan Əhmədzadə"], "Xançjou", "2029-11-27", "happened", "Pekindən sonra Xançjouya",
   ["rəqəmsal inkişaf"], date_text="dünən"),
 E("SIGN", ["Kənan Əhmədzadə", "Li Vey"], "Xançjou", "2029-11-27", "happened", "Pekindən sonra Xançjouya",
   ["məlumat mərkəzləri", "investisiyalar"], date_text="dünən"),
 E("VISIT", ["Kənan Əhmədzadə"], "Şençjen", "2029-11-28", "planned", "Bu gün nazirin Şençjenə",
   ["telekommunikasiya"], date_text="Bu gün"),
 E("MEET", ["Kənan Əhmədzadə", "Çjou Min"], "Şençjen", "2029-11-28", "planned", "Bu gün nazirin Şençjenə",
   ["telekommunikasiya"], date_text="Bu gün"),
])

A("395_kazimli_dumitresku_veliyeva_stoyanov_azertac.txt", "AZERTAC", """date 2029-12-05
Rumıniya XİN-inin başçısı Bakıda: müzakirələrin mərkəzində enerji olub

Rəsmi səfərlə ölkəmizdə olan Rumıniyanın xarici işlər naziri Mihail Dumitresku bu gün azərbaycanlı həmkarı Ruslan Kazımlı tərəfindən qəbul edilib. Nazirlər əvvəlcə baş-başa söhbət edib, sonra isə görüşü heyətlərin iştirakı ilə genişləndiriblər.

AZERTAC xəbər verir ki, tərəflər Konstansa limanı üzərindən Avropaya çatdırılan yüklərin həcmini, Qara dənizin altından keçəcək elektrik kabeli layihəsinin icra vəziyyətini müzakirə ediblər. Dumitresku Buxarestin Bakını Avropa üçün etibarlı enerji tərəfdaşı kimi gördüyünü vurğulayıb.

Danışıqların yekununda nazirlər iki xarici siyasət idarəsi arasında 2030–2032-ci illər üçün məsləhətləşmələr planını imzalayıblar.

Dünən axşam Bakıya gəlmiş rumıniyalı nazir sabah Prezident Teymur Səlimovun qəbulunda olacaq.

Bu gün Bakıda həmçinin nazir müavini Səbinə Vəliyeva ilə Bolqarıstanın xarici işlər nazirinin müavini Nikolay Stoyanov arasında Azərbaycan–Bolqarıstan siyasi məsləhətləşmələrinin növbəti raundu keçirilib. Stoyanovun cümə günü Gəncəyə getməsi planlaşdırılır.
""", [
 ("Mihail Dumitresku", "PER", "xarici işlər naziri", "Rumıniya Xarici İşlər Nazirliyi", ["Mihail Dumitresku", "Dumitresku"]),
 ("Ruslan Kazımlı", "PER", None, "Azərbaycan", ["Ruslan Kazımlı"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimovun"]),
 ("Səbinə Vəliyeva", "PER", "nazir müavini", "Azərbaycan", ["Səbinə Vəliyeva"]),
 ("Nikolay Stoyanov", "PER", "xarici işlər nazirinin müavini", "Bolqarıstan", ["Nikolay Stoyanov", "Stoyanovun"]),
 ("Rumıniya Xarici İşlər Nazirliyi", "ORG", None, None, ["Rumıniya XİN-inin"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakını", "Bakıya"]),
 ("Rumıniya", "LOC", None, None, ["Rumıniyanın"]),
 ("Konstansa", "LOC", None, None, ["Konstansa"]),
 ("Avropa", "LOC", None, None, ["Avropaya", "Avropa"]),
 ("Qara dəniz", "LOC", None, None, ["Qara dənizin"]),
 ("Buxarest", "LOC", None, None, ["Buxarestin"]),
 ("Bolqarıstan", "LOC", None, None, ["Bolqarıstanın", "Bolqarıstan"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Gəncə", "LOC", None, None, ["Gəncəyə"]),
], [
 E("MEET", ["Ruslan Kazımlı", "Mihail Dumitresku"], None, "2029-12-05", "happened", "Rəsmi səfərlə ölkəmizdə olan",
   ["enerji", "nəqliyyat", "ikitərəfli münasibətlər"], host="Ruslan Kazımlı", date_text="bu gün"),
 E("VISIT", ["Mihail Dumitresku"], "Bakı", "2029-12-04", "happened", "Rəsmi səfərlə ölkəmizdə olan",
   ["ikitərəfli münasibətlər"], date_text="Dünən"),
 E("SIGN", ["Ruslan Kazımlı", "Mihail Dumitresku"], None, "2029-12-05", "happened", "Danışıqların yekununda nazirlər",
   ["siyasi məsləhətləşmələr"], date_text="Danışıqların yekununda"),
 E("MEET", ["Teymur Səlimov", "Mihail Dumitresku"], None, "2029-12-06", "planned", "Dünən axşam Bakıya gəlmiş",
   ["ikitərəfli münasibətlər"], host="Teymur Səlimov", date_text="sabah"),
 E("MEET", ["Səbinə Vəliyeva", "Nikolay Stoyanov"], "Bakı", "2029-12-05", "happened", "Bu gün Bakıda həmçinin",
   ["siyasi məsləhətləşmələr"], date_text="Bu gün"),
 E("VISIT", ["Nikolay Stoyanov"], "Gəncə", "2029-12-07", "planned", "Stoyanovun cümə günü",
   ["regional əməkdaşlıq"], date_text="cümə günü"),
])
A("396_selimov_avropa_siyasi_birliyi_lissabon_trend.txt", "trend.az", """date 2029-05-24
Teymur Səlimov Lissabonda Avropa Siyasi Birliyinin zirvə görüşündə iştirak edir

Prezident Teymur Səlimov Avropa Siyasi Birliyinin zirvə görüşündə iştirak etmək üçün dünən Portuqaliyanın paytaxtı Lissabona gəlib.

Trend xəbər verir ki, bu gün Belem Mədəniyyət Mərkəzində açılan zirvə görüşünə qitənin 47 ölkəsinin dövlət və hökumət başçıları qatılır. Dəyirmi masada "Enerji təhlükəsizliyi və əlaqəlilik" mövzusunda çıxış edən Azərbaycan Prezidenti Xəzər hövzəsindən Avropaya uzanan enerji və nəqliyyat xətlərinin qitənin dayanıqlığı üçün əhəmiyyətini vurğulayıb.

Zirvənin kənarında Teymur Səlimov Avropa İttifaqı Şurasının prezidenti Pieter van Damme, İtaliyanın Baş naziri Françeska Moretti və Bolqarıstan Prezidenti İvan Petkov ilə ayrı-ayrılıqda görüşüb. Görüşlərdə yaşıl enerji ixracı, Qara dəniz vasitəsilə elektrik kabeli layihəsi və vizaların sadələşdirilməsi müzakirə olunub.

Zirvədə iştirakı gözlənilən Gürcüstanın Baş naziri Davit Abaşidze isə ölkəsinin qərbində baş verən daşqınlarla əlaqədar Lissabona gəlməyib.

Sabah Prezident Teymur Səlimovun Belem sarayında Portuqaliya Prezidenti Mariu Kabral tərəfindən qəbul olunması gözlənilir. Səfər çərçivəsində iki ölkə arasında bir sıra sənədlərin imzalanması da nəzərdə tutulur.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov", "Teymur Səlimovun"]),
 ("Pieter van Damme", "PER", "prezident", "Avropa İttifaqı Şurası", ["Pieter van Damme"]),
 ("Françeska Moretti", "PER", "baş nazir", "İtaliya", ["Françeska Moretti"]),
 ("İvan Petkov", "PER", "Prezident", "Bolqarıstan", ["İvan Petkov"]),
 ("Davit Abaşidze", "PER", "baş nazir", "Gürcüstan", ["Davit Abaşidze"]),
 ("Mariu Kabral", "PER", "Prezident", "Portuqaliya", ["Mariu Kabral"]),
 ("Avropa Siyasi Birliyi", "ORG", None, None, ["Avropa Siyasi Birliyinin"]),
 ("Avropa İttifaqı Şurası", "ORG", None, None, ["Avropa İttifaqı Şurasının"]),
 ("Trend", "ORG", None, None, ["Trend"]),
 ("Lissabon", "LOC", None, None, ["Lissabonda", "Lissabona"]),
 ("Portuqaliya", "LOC", None, None, ["Portuqaliyanın", "Portuqaliya"]),
 ("Belem Mədəniyyət Mərkəzi", "LOC", None, None, ["Belem Mədəniyyət Mərkəzində"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər"]),
 ("Avropa", "LOC", None, None, ["Avropaya"]),
 ("İtaliya", "LOC", None, None, ["İtaliyanın"]),
 ("Bolqarıstan", "LOC", None, None, ["Bolqarıstan"]),
 ("Qara dəniz", "LOC", None, None, ["Qara dəniz"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstanın"]),
 ("Belem sarayı", "LOC", None, None, ["Belem sarayında"]),
], [
 E("VISIT", ["Teymur Səlimov"], "Lissabon", "2029-05-23", "happened", "iştirak etmək üçün dünən Portuqaliyanın",
   ["Avropa ilə münasibətlər"], date_text="dünən"),
 E("ATTEND", ["Teymur Səlimov"], "Belem Mədəniyyət Mərkəzi", "2029-05-24", "happened", "Dəyirmi masada",
   ["enerji təhlükəsizliyi", "nəqliyyat"], date_text="bu gün", event_name="Avropa Siyasi Birliyinin zirvə görüşü"),
 E("MEET", ["Teymur Səlimov", "Pieter van Damme"], "Belem Mədəniyyət Mərkəzi", "2029-05-24", "happened",
   "Zirvənin kənarında Teymur", ["yaşıl enerji", "vizaların sadələşdirilməsi"]),
 E("MEET", ["Teymur Səlimov", "Françeska Moretti"], "Belem Mədəniyyət Mərkəzi", "2029-05-24", "happened",
   "Zirvənin kənarında Teymur", ["yaşıl enerji"]),
 E("MEET", ["Teymur Səlimov", "İvan Petkov"], "Belem Mədəniyyət Mərkəzi", "2029-05-24", "happened",
   "Zirvənin kənarında Teymur", ["elektrik kabeli"]),
 E("ATTEND", ["Davit Abaşidze"], "Belem Mədəniyyət Mərkəzi", "2029-05-24", "negated", "Zirvədə iştirakı gözlənilən",
   ["Avropa ilə münasibətlər"], event_name="Avropa Siyasi Birliyinin zirvə görüşü"),
 E("VISIT", ["Davit Abaşidze"], "Lissabon", None, "negated", "Zirvədə iştirakı gözlənilən",
   ["Avropa ilə münasibətlər"]),
 E("MEET", ["Mariu Kabral", "Teymur Səlimov"], "Belem sarayı", "2029-05-25", "planned", "Sabah Prezident Teymur",
   ["ikitərəfli münasibətlər"], host="Mariu Kabral", date_text="Sabah"),
])

A("397_cin_parlament_heyeti_elan_qafqazinfo.txt", "qafqazinfo.az", """date 2029-12-11
Gələn həftə Bakıya Çindən parlament nümayəndə heyəti gələcək - Qafqazinfo

Xəbər lenti | Siyasət | Parlament | Dünya | Analitika | Video
11.12.2029 / 15:07
Gələn həftə Bakıya Çindən parlament nümayəndə heyəti gələcək

Gələn həftə Çindən parlament nümayəndə heyətinin ölkəmizə səfəri gözlənilir. Bu barədə Qafqazinfo-ya Milli Məclisin Aparatından məlumat verilib.

Qeyd olunub ki, heyətin tərkibi və səfər proqramı hazırda Çin tərəfi ilə razılaşdırılır. Qonaqların parlamentin rəhbərliyi və deputatlarla görüşməsi, həmçinin regionlardan birinə səfər etməsi ehtimal olunur. Heyətə kimin başçılıq edəcəyi hələ açıqlanmayıb.

Parlament mənbələrinin sözlərinə görə, səfərin əsas məqsədlərindən biri gələn il Pekində keçiriləcək parlament forumuna hazırlıqdır. Xatırladaq ki, iki ölkənin qanunverici orqanları arasında əməkdaşlıq 2019-cu ildə imzalanmış anlaşma memorandumu əsasında qurulub. Ötən il də Çin deputatlarından ibarət qrup Bakıda olmuşdu.

Ekspertlər hesab edir ki, Çinlə parlament diplomatiyasının canlanması "Bir kəmər, bir yol" təşəbbüsü çərçivəsində Azərbaycanın tranzit imkanlarına marağın artması ilə bağlıdır.

Teqlər: Milli Məclis, Çin, parlament diplomatiyası
Oxşar xəbərlər
Rauf Şirinzadə Litva səfiri ilə görüşüb
Sumqayıtda yeni məktəb istifadəyə verilib
Qafqazinfo.az © 2029
""", [
 ("Rauf Şirinzadə", "PER", None, None, ["Rauf Şirinzadə"]),
 ("Milli Məclisin Aparatı", "ORG", None, None, ["Milli Məclisin Aparatından"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclis"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo", "Qafqazinfo-ya", "Qafqazinfo.az"]),
 ("Bakı", "LOC", None, None, ["Bakıya", "Bakıda"]),
 ("Çin", "LOC", None, None, ["Çindən", "Çin", "Çinlə"]),
 ("Pekin", "LOC", None, None, ["Pekində"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Litva", "LOC", None, None, ["Litva"]),
 ("Sumqayıt", "LOC", None, None, ["Sumqayıtda"]),
], [], topics=["parlamentlərarası əlaqələr", "Azərbaycan–Çin əlaqələri"])
