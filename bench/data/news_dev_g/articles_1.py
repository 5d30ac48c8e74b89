A("161_mirzebeyli_slovakiya_seferi.txt", "AZERTAC", """date 2026-10-02
Milli Məclisin nümayəndə heyəti Slovakiyada üç günlük səfərini başa vurub

Milli Məclisin sədr müavini Elçin Mirzəbəyli başda olmaqla parlament nümayəndə heyəti sentyabrın 29-dan oktyabrın 1-dək Slovakiya Respublikasında rəsmi səfərdə olub. Heyətə deputatlar Samir Vəlizadə və Günel Rəhimova da daxil idilər.

AZERTAC-ın Bratislavadakı müxbiri xəbər verir ki, sentyabrın 29-da paytaxtın hava limanında qonaqları Slovakiya Milli Şurasının Xarici işlər komitəsinin sədri Martin Kovaç və Azərbaycanın bu ölkədəki səfiri Nigar Sultanlı qarşılayıblar.

Səfərin ilk günü heyət Milli Şuranın tarixi binasında parlamentin sədri Tomaş Raşek tərəfindən qəbul olunub. Söhbət zamanı Tomaş Raşek Azərbaycanın Avropanın enerji təhlükəsizliyindəki rolunu xüsusi qeyd edib, Slovakiya sənayesinin Xəzər regionundan gələn qaza marağının artdığını bildirib. Elçin Mirzəbəyli isə Qarabağda aparılan bərpa işlərindən danışaraq Slovakiya şirkətlərini bu prosesə qoşulmağa çağırıb.

Günün ikinci yarısında qonaqlar Slovakiya Xarici və Avropa İşləri Nazirliyində dövlət katibi Zuzana Mikloşova ilə danışıqlar aparıblar. Tərəflər Bratislava ilə Bakı arasında birbaşa aviareysin açılması, gənc diplomatların hazırlığı sahəsində təcrübə mübadiləsi imkanlarını nəzərdən keçiriblər.

Ertəsi gün nümayəndə heyəti Milli Şuranın plenar iclasını qonaqlar üçün ayrılmış lojadan izləyib. Plenar iclasdan sonra Elçin Mirzəbəyli və Milli Şuranın sədr müavini Lyubomir Hrabal iki parlament arasında əməkdaşlığa dair memorandumu imzalayıblar. Sənəd dostluq qruplarının ildə bir dəfə birgə iclas keçirməsini, komitələr arasında qanunvericilik təcrübəsinin mütəmadi bölüşülməsini nəzərdə tutur.

Eyni gündə deputat Günel Rəhimova Milli Şuranın Sosial məsələlər komitəsinin sədri Katarina Novotna ilə ayrıca görüşüb, ailə siyasəti və pensiya islahatları sahəsində təcrübə mübadiləsini müzakirə edib. Samir Vəlizadə isə işgüzar nahar zamanı slovak iş adamlarına nəqliyyat layihələri barədə təqdimat edib.

Səfərin sonuncu günü heyət ölkənin şərqindəki Koşitse şəhərinə yollanıb. Burada Koşitse diyarının sədri Rastislav Bella qonaqları qəbul edərək bölgədə fəaliyyət göstərən metallurgiya və avtomobil hissələri zavodları barədə onlara məlumat verib. Nümayəndə heyəti sonra Koşitse Texniki Universitetinə baş çəkib, universitetin azərbaycanlı tələbələr üçün ayırdığı təqaüd proqramı ilə tanış olub.

Səfərin yekunları barədə AZERTAC-a açıqlama verən Elçin Mirzəbəyli görüşlərin səmimi və işgüzar şəraitdə keçdiyini deyib. "Slovakiya ilə münasibətlərimizdə parlament diplomatiyası körpü rolunu oynayır. Razılaşdırdığımız kimi, Tomaş Raşekin gələn ilin yazında Bakıya səfəri gözlənilir", – deyə sədr müavini vurğulayıb.
""", [
 ("Elçin Mirzəbəyli", "PER", "sədr müavini", "Milli Məclis", ["Elçin Mirzəbəyli"]),
 ("Samir Vəlizadə", "PER", "deputat", "Milli Məclis", ["Samir Vəlizadə"]),
 ("Günel Rəhimova", "PER", "deputat", "Milli Məclis", ["Günel Rəhimova"]),
 ("Martin Kovaç", "PER", "komitə sədri", "Slovakiya Milli Şurası", ["Martin Kovaç"]),
 ("Nigar Sultanlı", "PER", "səfir", "Azərbaycan", ["Nigar Sultanlı"]),
 ("Tomaş Raşek", "PER", "sədr", "Slovakiya Milli Şurası", ["Tomaş Raşek", "Tomaş Raşekin"]),
 ("Zuzana Mikloşova", "PER", "dövlət katibi", "Slovakiya Xarici və Avropa İşləri Nazirliyi", ["Zuzana Mikloşova"]),
 ("Lyubomir Hrabal", "PER", "sədr müavini", "Slovakiya Milli Şurası", ["Lyubomir Hrabal"]),
 ("Katarina Novotna", "PER", "komitə sədri", "Slovakiya Milli Şurası", ["Katarina Novotna"]),
 ("Rastislav Bella", "PER", "sədr", "Slovakiya", ["Rastislav Bella"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Slovakiya Milli Şurası", "ORG", None, None, ["Slovakiya Milli Şurasının", "Milli Şuranın"]),
 ("Xarici işlər komitəsi", "ORG", None, None, ["Xarici işlər komitəsinin"]),
 ("Sosial məsələlər komitəsi", "ORG", None, None, ["Sosial məsələlər komitəsinin"]),
 ("Slovakiya Xarici və Avropa İşləri Nazirliyi", "ORG", None, None, ["Slovakiya Xarici və Avropa İşləri Nazirliyində"]),
 ("Koşitse Texniki Universiteti", "ORG", None, None, ["Koşitse Texniki Universitetinə"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-ın", "AZERTAC-a"]),
 ("Slovakiya", "LOC", None, None, ["Slovakiyada", "Slovakiya Respublikasında", "Slovakiya"]),
 ("Bratislava", "LOC", None, None, ["Bratislavadakı", "Bratislava"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Avropa", "LOC", None, None, ["Avropanın"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağda"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıya"]),
 ("Koşitse", "LOC", None, None, ["Koşitse"]),
], [
 E("VISIT", ["Elçin Mirzəbəyli"], "Slovakiya", "2026-09-29", "happened", "başda olmaqla parlament nümayəndə heyəti sentyabrın",
   ["parlamentlərarası əlaqələr"], date_text="sentyabrın 29-dan"),
 E("MEET", ["Elçin Mirzəbəyli", "Martin Kovaç", "Nigar Sultanlı"], "Bratislava", "2026-09-29", "happened",
   "sentyabrın 29-da paytaxtın hava limanında", ["parlamentlərarası əlaqələr"], host="Martin Kovaç", date_text="sentyabrın 29-da"),
 E("MEET", ["Elçin Mirzəbəyli", "Tomaş Raşek"], "Slovakiya Milli Şurası", "2026-09-29", "happened", "Səfərin ilk günü heyət",
   ["enerji təhlükəsizliyi", "bərpa işləri"], host="Tomaş Raşek", date_text="Səfərin ilk günü"),
 E("MEET", ["Elçin Mirzəbəyli", "Zuzana Mikloşova"], "Slovakiya Xarici və Avropa İşləri Nazirliyi", "2026-09-29", "happened",
   "Günün ikinci yarısında qonaqlar", ["aviareyslər", "diplomatik kadrlar"], date_text="Günün ikinci yarısında"),
 E("ATTEND", ["Elçin Mirzəbəyli"], "Slovakiya Milli Şurası", "2026-09-30", "happened", "Ertəsi gün nümayəndə heyəti",
   ["parlamentlərarası əlaqələr"], date_text="Ertəsi gün", event_name="Milli Şuranın plenar iclası"),
 E("SIGN", ["Elçin Mirzəbəyli", "Lyubomir Hrabal"], "Slovakiya Milli Şurası", "2026-09-30", "happened", "Plenar iclasdan sonra Elçin",
   ["parlamentlərarası əlaqələr"]),
 E("MEET", ["Günel Rəhimova", "Katarina Novotna"], None, "2026-09-30", "happened", "Eyni gündə deputat Günel",
   ["ailə siyasəti", "pensiya islahatı"], date_text="Eyni gündə"),
 E("VISIT", ["Elçin Mirzəbəyli"], "Koşitse", "2026-10-01", "happened", "Səfərin sonuncu günü heyət",
   ["regional əməkdaşlıq"], date_text="Səfərin sonuncu günü"),
 E("MEET", ["Elçin Mirzəbəyli", "Rastislav Bella"], "Koşitse", "2026-10-01", "happened", "Burada Koşitse diyarının",
   ["sənaye"], host="Rastislav Bella", date_text="Səfərin sonuncu günü"),
 E("VISIT", ["Elçin Mirzəbəyli"], "Koşitse Texniki Universiteti", "2026-10-01", "happened", "Nümayəndə heyəti sonra Koşitse",
   ["təhsil"], place="Koşitse Texniki Universiteti", date_text="Səfərin sonuncu günü"),
 E("VISIT", ["Tomaş Raşek"], "Bakı", None, "planned", "Razılaşdırdığımız kimi",
   ["parlamentlərarası əlaqələr"], date_text="gələn ilin yazında"),
])

A("162_petkov_aqrar_komite_oxu.txt", "oxu.az", """date 2026-03-10
Bolqarıstan Xalq Məclisinin sədr müavini Milli Məclisdə görüşlər keçirib | Oxu.az

Oxu.az
Əsas səhifə | Siyasət | İqtisadiyyat | Cəmiyyət | Dünya | İdman | Mədəniyyət | Video
Brauzerinizdə JavaScript-i aktivləşdirin, əks halda saytın bəzi funksiyaları düzgün işləməyəcək.
Siyasət
10 mart 2026, 15:42
Oxunub: 2317
Bolqarıstan Xalq Məclisinin sədr müavini Milli Məclisdə görüşlər keçirib

Bolqarıstan Xalq Məclisinin sədr müavini Yordan Petkovun rəhbərlik etdiyi nümayəndə heyəti Azərbaycanda işgüzar səfərdədir.

Oxu.az xəbər verir ki, bu gün qonaqlar Milli Məclisdə Aqrar siyasət komitəsinin sədri Zahid Ələkbərli ilə görüşüblər. Söhbət zamanı komitə sədri Azərbaycandan Bolqarıstana fındıq, xurma və təzə meyvə ixracının son üç ildə iki dəfədən çox artdığını diqqətə çatdırıb. Yordan Petkov isə bolqar fermerlərinin arıçılıq və üzümçülükdə qazandığı təcrübəni azərbaycanlı həmkarları ilə bölüşməyə hazır olduqlarını deyib.

Həmsöhbətlər Plovdivdə hər il keçirilən beynəlxalq kənd təsərrüfatı sərgisində Azərbaycan pavilyonunun açılması ideyasını da dəstəkləyiblər.

Daha sonra qonaqlar Kənd Təsərrüfatı Nazirliyinə gedərək nazir müavini İlqar Nəsirovla görüşüblər. Görüşdə suvarma sistemlərinin modernləşdirilməsi və toxumçuluq sahəsində birgə layihələr müzakirə edilib.

Səfər proqramına əsasən, heyət sabah Gəncəyə yollanacaq, bölgədəki üzüm bağlarına və şərab zavodlarına baş çəkəcək.

Qeyd edək ki, Yordan Petkovun ötən ilin oktyabrında Bakıda keçirilən Beynəlxalq Aqrar Forumda iştirakı nəzərdə tutulsa da, bu, baş tutmamışdı.

Paylaş
Linki kopyala
Teqlər: Milli Məclis, Bolqarıstan, aqrar sahə
Oxşar xəbərlər
Bakıda sabah güclü külək əsəcək
Qeyri-neft ixracı yanvar-fevral aylarında 9 faiz artıb
Sumqayıtda yeni məktəb binası istifadəyə verilib
© 2026 Oxu.az. Bütün hüquqlar qorunur. Materiallardan istifadə zamanı hiperlinklə istinad vacibdir.
""", [
 ("Yordan Petkov", "PER", "sədr müavini", "Bolqarıstan Xalq Məclisi", ["Yordan Petkovun", "Yordan Petkov"]),
 ("Zahid Ələkbərli", "PER", "komitə sədri", "Milli Məclis", ["Zahid Ələkbərli"]),
 ("İlqar Nəsirov", "PER", "nazir müavini", "Kənd Təsərrüfatı Nazirliyi", ["İlqar Nəsirovla"]),
 ("Bolqarıstan Xalq Məclisi", "ORG", None, None, ["Bolqarıstan Xalq Məclisinin"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə", "Milli Məclis"]),
 ("Aqrar siyasət komitəsi", "ORG", None, None, ["Aqrar siyasət komitəsinin"]),
 ("Kənd Təsərrüfatı Nazirliyi", "ORG", None, None, ["Kənd Təsərrüfatı Nazirliyinə"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanda", "Azərbaycandan", "Azərbaycan"]),
 ("Bolqarıstan", "LOC", None, None, ["Bolqarıstana", "Bolqarıstan"]),
 ("Plovdiv", "LOC", None, None, ["Plovdivdə"]),
 ("Gəncə", "LOC", None, None, ["Gəncəyə"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Sumqayıt", "LOC", None, None, ["Sumqayıtda"]),
], [
 E("VISIT", ["Yordan Petkov"], "Azərbaycan", "2026-03-10", "happened", "rəhbərlik etdiyi nümayəndə heyəti Azərbaycanda",
   ["parlamentlərarası əlaqələr", "kənd təsərrüfatı"]),
 E("MEET", ["Yordan Petkov", "Zahid Ələkbərli"], "Milli Məclis", "2026-03-10", "happened", "bu gün qonaqlar Milli Məclisdə",
   ["kənd təsərrüfatı", "ixrac"], date_text="bu gün"),
 E("MEET", ["Yordan Petkov", "İlqar Nəsirov"], "Kənd Təsərrüfatı Nazirliyi", "2026-03-10", "happened", "Daha sonra qonaqlar",
   ["suvarma", "toxumçuluq"]),
 E("VISIT", ["Yordan Petkov"], "Gəncə", "2026-03-11", "planned", "heyət sabah Gəncəyə yollanacaq",
   ["üzümçülük"], date_text="sabah"),
 E("ATTEND", ["Yordan Petkov"], "Bakı", "2025-10", "negated", "Yordan Petkovun ötən ilin oktyabrında",
   ["kənd təsərrüfatı"], date_text="ötən ilin oktyabrında", event_name="Beynəlxalq Aqrar Forum"),
])

A("163_ehmedbeyli_lahtinen_telefon.txt", "APA", """date 2026-04-22
Ramin Əhmədbəyli fin həmkarı ilə telefonla danışıb, Mikko Lahtinen mayda Bakıya gələcək

Xarici işlər nazirinin müavini Ramin Əhmədbəyli çərşənbə axşamı Finlandiya Xarici İşlər Nazirliyinin dövlət katibi Mikko Lahtinen ilə telefonla fikir mübadiləsi aparıb.

APA-nın Xarici İşlər Nazirliyinə istinadən verdiyi məlumata görə, söhbətdə rəqəmsal təhsil, bərpa olunan enerji və Şimal dənizi ilə Xəzər arasında logistika imkanları gündəmə gəlib.

Danışıq zamanı Lahtinenin mayın 18-də birgünlük səfərlə Bakıya gələcəyi təsdiqlənib. Səfər proqramında onun Ramin Əhmədbəyli ilə siyasi məsləhətləşmələr aparması da yer alır.

Xatırladaq ki, iki nazirlik arasında məsləhətləşmələrin növbəti raundu martda Helsinkidə keçirilməli idi. Lakin fin tərəfinin xahişi ilə həmin görüş başqa vaxta saxlanılıb.

Qeyd edək ki, nazir müavini sabah Riqaya yola çıxacaq, orada Latviya XİN-in parlament katibi ilə Baltik dənizi regionunda nəqliyyat əlaqələrini müzakirə edəcək.
""", [
 ("Ramin Əhmədbəyli", "PER", "xarici işlər nazirinin müavini", "Xarici İşlər Nazirliyi", ["Ramin Əhmədbəyli"]),
 ("Mikko Lahtinen", "PER", "dövlət katibi", "Finlandiya Xarici İşlər Nazirliyi", ["Mikko Lahtinen", "Lahtinenin"]),
 ("Finlandiya Xarici İşlər Nazirliyi", "ORG", None, None, ["Finlandiya Xarici İşlər Nazirliyinin"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["Xarici İşlər Nazirliyinə"]),
 ("Latviya Xarici İşlər Nazirliyi", "ORG", None, None, ["Latviya XİN-in"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Şimal dənizi", "LOC", None, None, ["Şimal dənizi"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər"]),
 ("Helsinki", "LOC", None, None, ["Helsinkidə"]),
 ("Riqa", "LOC", None, None, ["Riqaya"]),
 ("Baltik dənizi", "LOC", None, None, ["Baltik dənizi"]),
], [
 E("CALL", ["Ramin Əhmədbəyli", "Mikko Lahtinen"], None, "2026-04-21", "happened", "Xarici işlər nazirinin müavini Ramin",
   ["rəqəmsal təhsil", "bərpa olunan enerji", "logistika"], date_text="çərşənbə axşamı"),
 E("VISIT", ["Mikko Lahtinen"], "Bakı", "2026-05-18", "planned", "Danışıq zamanı Lahtinenin",
   ["ikitərəfli münasibətlər"], date_text="mayın 18-də"),
 E("MEET", ["Ramin Əhmədbəyli", "Mikko Lahtinen"], "Bakı", "2026-05-18", "planned", "Səfər proqramında onun",
   ["siyasi məsləhətləşmələr"], date_text="mayın 18-də"),
 E("MEET", ["Xarici İşlər Nazirliyi", "Finlandiya Xarici İşlər Nazirliyi"], "Helsinki", "2026-03", "negated",
   "Xatırladaq ki, iki nazirlik", ["siyasi məsləhətləşmələr"], date_text="martda"),
 E("VISIT", ["Ramin Əhmədbəyli"], "Riqa", "2026-04-23", "planned", "nazir müavini sabah Riqaya",
   ["nəqliyyat əlaqələri"], date_text="sabah"),
])

A("164_memmedzade_tsiklauri_zaqatala.txt", None, """date 2026-06-12
Zaqatalada sərhədyanı əməkdaşlıq müzakirə olunub

Ötən çərşənbə günü Zaqatala Rayon İcra Hakimiyyətinin başçısı Eldəniz Məmmədzadə Gürcüstanın Kaxeti diyarının qubernatoru Georgi Tsiklauri ilə gö-
rüşüb. Qonağı rayonun inzibati binasında qarşılayan icra başçısı Zaqatala, Balaken və Qax rayonlarının Gürcüstanla həmsərhəd kəndlrində yaşayan əhalinin gündəlik ehtiyaclarından danışıb.

Görüşdə iki bölgə arasında ticaret, turizm ve kənd təsərrüfatı sahələrində əlaqlərin genişləndirilməsi imkanları nəzərdən keçirilib. Tsiklauri Kaxetinin şərab marşrutu ilə Şəki–Zaqatala turizim marşrutunun birləşdirilməsi təklifini irəli sürüb, Laqodexi gömrük keçid məntəqəsində növbələrin azaldılmasının vacibliyni vurğulayıb.

Görüşün sonunda Zaqatala Rayon İcra Hakimiyyəti ilə Laqodexi bələdiyyəsi arasında əmək-
daşlıq protokolu imzalanıb. Sənədi Məmmədzadə və Laqodexi bələdiyyəsinin meri Nino Kapanadze imzalayıblar.

Rayona işgüzar səfərlə gələn qonaq həmin gün Zaqatala Dövlət Tarix-Diyarşünaslıq Muzeyinə də baş çəkib. Burada o, bölgənin qədim tarixinə aid eksponatlarla tanış olub.

Qeyd edək ki, görüş əvvəlcə mayın sonuna planlaşdırılmışdı, lakin Laqodexi keçid məntəqəsindəki təmir işləri səbəbindən bir neçə dəfə ertələnmişdi. Tsiklauri icra başçısını payızda Telavidə keçiriləcək Rtveli bayramına dəvət edib, Məmmədzadənin orada iştira-
kı razılaşdırılıb.

«Xalq qəzeti»nin Zaqatala müxbir məntəqəsi
""", [
 ("Eldəniz Məmmədzadə", "PER", "icra hakimiyyətinin başçısı", "Zaqatala Rayon İcra Hakimiyyəti", ["Eldəniz Məmmədzadə", "Məmmədzadə", "Məmmədzadənin"]),
 ("Georgi Tsiklauri", "PER", "qubernator", "Gürcüstan", ["Georgi Tsiklauri", "Tsiklauri"]),
 ("Nino Kapanadze", "PER", "mer", "Gürcüstan", ["Nino Kapanadze"]),
 ("Zaqatala Rayon İcra Hakimiyyəti", "ORG", None, None, ["Zaqatala Rayon İcra Hakimiyyətinin", "Zaqatala Rayon İcra Hakimiyyəti"]),
 ("Zaqatala Dövlət Tarix-Diyarşünaslıq Muzeyi", "ORG", None, None, ["Zaqatala Dövlət Tarix-Diyarşünaslıq Muzeyinə"]),
 ("Xalq qəzeti", "ORG", None, None, ["Xalq qəzeti"]),
 ("Zaqatala", "LOC", None, None, ["Zaqatalada", "Zaqatala"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstanın", "Gürcüstanla"]),
 ("Kaxeti", "LOC", None, None, ["Kaxeti", "Kaxetinin"]),
 ("Balakən", "LOC", None, None, ["Balaken"]),
 ("Qax", "LOC", None, None, ["Qax"]),
 ("Şəki", "LOC", None, None, ["Şəki"]),
 ("Laqodexi", "LOC", None, None, ["Laqodexi"]),
 ("Telavi", "LOC", None, None, ["Telavidə"]),
], [
 E("MEET", ["Eldəniz Məmmədzadə", "Georgi Tsiklauri"], "Zaqatala", "2026-06-10", "happened", "Ötən çərşənbə günü Zaqatala",
   ["sərhədyanı əməkdaşlıq", "ticarət", "turizm"], host="Eldəniz Məmmədzadə", date_text="Ötən çərşənbə günü"),
 E("SIGN", ["Eldəniz Məmmədzadə", "Nino Kapanadze"], "Zaqatala", "2026-06-10", "happened", "Görüşün sonunda Zaqatala",
   ["sərhədyanı əməkdaşlıq"]),
 E("VISIT", ["Georgi Tsiklauri"], "Zaqatala", "2026-06-10", "happened", "Rayona işgüzar səfərlə gələn qonaq",
   ["sərhədyanı əməkdaşlıq"], date_text="həmin gün"),
 E("VISIT", ["Georgi Tsiklauri"], "Zaqatala Dövlət Tarix-Diyarşünaslıq Muzeyi", "2026-06-10", "happened", "Rayona işgüzar səfərlə gələn qonaq",
   ["tarixi irs"], place="Zaqatala Dövlət Tarix-Diyarşünaslıq Muzeyi", date_text="həmin gün"),
 E("MEET", ["Eldəniz Məmmədzadə", "Georgi Tsiklauri"], None, "2026-05", "negated", "Qeyd edək ki, görüş əvvəlcə",
   ["sərhədyanı əməkdaşlıq"], date_text="mayın sonuna"),
 E("ATTEND", ["Eldəniz Məmmədzadə"], "Telavi", None, "planned", "Tsiklauri icra başçısını payızda",
   ["mədəniyyət"], date_text="payızda", event_name="Rtveli bayramı"),
])

A("165_qeyri_neft_ixraci_yarimil.txt", "trend.az", """date 2026-07-15
Qeyri-neft ixracı altı ayda 11 faiz artıb

Cari ilin yanvar-iyun aylarında Azərbaycandan 1 milyard 740 milyon dollarlıq qeyri-neft məhsulu ixrac olunub. Bu, ötən ilin eyni dövrü ilə müqayisədə 11,2 faiz çoxdur.

Trend bu barədə İqtisadi İslahatların Təhlili və Kommunikasiya Mərkəzinin "İxrac icmalı"na istinadən xəbər verir. Hesabata görə, ixracın strukturunda ilk yeri yenə də kənd təsərrüfatı və qida məhsulları tutur. Altı ayda xarici bazarlara 228 milyon dollarlıq pomidor, 96 milyon dollarlıq fındıq, 71 milyon dollarlıq xurma göndərilib. Pambıq lifinin ixracı isə məhsuldarlığın azalması səbəbindən 6 faiz geriləyib.

Qeyri-neft ixracının ən böyük alıcısı Rusiya olub – bu ölkəyə 512 milyon dollarlıq məhsul satılıb. Sıralamada Türkiyə, İsveçrə, Gürcüstan və Qazaxıstan ilk beşliyə daxil olub. Özbəkistana ixrac bir il ərzində təxminən iki dəfə artaraq 58 milyon dollara çatıb.

Mərkəzin icraçı direktoru Vüqar Nağızadə Trend-ə şərhində qeyd edib ki, artımda logistika xərclərinin azalması və Orta Dəhliz üzrə konteyner daşımalarının sabitləşməsi mühüm rol oynayıb. O, ilin ikinci yarısında Çin və Yaxın Şərq bazarlarına çıxışın genişlənəcəyini proqnozlaşdırıb.

Dövlət Statistika Komitəsinin məlumatına əsasən, həmin dövrdə ölkənin ümumi xarici ticarət dövriyyəsi 24,6 milyard dollar təşkil edib, ixracın 87 faizi neft və qaz sektorunun payına düşüb.
""", [
 ("Vüqar Nağızadə", "PER", "icraçı direktor", "İqtisadi İslahatların Təhlili və Kommunikasiya Mərkəzi", ["Vüqar Nağızadə"]),
 ("İqtisadi İslahatların Təhlili və Kommunikasiya Mərkəzi", "ORG", None, None, ["İqtisadi İslahatların Təhlili və Kommunikasiya Mərkəzinin", "Mərkəzin"]),
 ("Dövlət Statistika Komitəsi", "ORG", None, None, ["Dövlət Statistika Komitəsinin"]),
 ("Trend", "ORG", None, None, ["Trend", "Trend-ə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandan"]),
 ("Rusiya", "LOC", None, None, ["Rusiya"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə"]),
 ("İsveçrə", "LOC", None, None, ["İsveçrə"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistana"]),
 ("Çin", "LOC", None, None, ["Çin"]),
 ("Yaxın Şərq", "LOC", None, None, ["Yaxın Şərq"]),
], [], topics=["qeyri-neft ixracı", "xarici ticarət", "kənd təsərrüfatı"])
