A("300_bekirli_litva_sefiri_metbuat.txt", "metbuat.az", """date 2027-10-27
Azərbaycan–Litva işçi qrupunun rəhbəri Litva səfiri ilə görüşüb

METBUAT.AZ
Siyasət | Cəmiyyət | İqtisadiyyat | Şou-biznes | İdman
27 Oktyabr 2027 11:52
Azərbaycan–Litva işçi qrupunun rəhbəri Litva səfiri ilə görüşüb

Milli Məclisin Azərbaycan–Litva parlamentlərarası əlaqələr üzrə işçi qrupunun rəhbəri Murad Bəkirli bu gün Litvanın ölkəmizdəki səfiri Rimantas Jukas ilə görüşüb.

Metbuat.az xeber verir ki, gorusde Litva Seyminin nümayende heyetinin noyabr ayinda Bakiya gelmesi ile bagli hazirliq meseleleri muzakire olunub. Bekirli bildirib ki, Litva parlamentarileri Baki ile yanasi Qebeleye de gedecekler.

Sefir Jukas deyib ki, dunen Seki seherinde olub, orada Litva sirketinin insa etdiyi ipek emali muessisesi ile tanis olub. Onun sozlerine gore, cume gunu Lenkeranda yeni istixana kompleksinin acilisinda istirak edecek.

Qeyd edek ki, Bekirli isci qrupunun gelen il Vilniusa seferinin nezerde tutuldugunu da deyib.

Baxış sayı: 312
Oxşar xəbərlər
Lənkəranda çay festivalı keçiriləcək
Qəbələdə turizm mövsümü uzadılıb
""", [
 ("Murad Bəkirli", "PER", "işçi qrupunun rəhbəri", "Milli Məclis", ["Murad Bəkirli", "Bekirli"]),
 ("Rimantas Jukas", "PER", "səfir", "Litva", ["Rimantas Jukas", "Jukas"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Litva Seymi", "ORG", None, None, ["Litva Seyminin"]),
 ("Metbuat.az", "ORG", None, None, ["METBUAT.AZ", "Metbuat.az"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Litva", "LOC", None, None, ["Litva", "Litvanın"]),
 ("Bakı", "LOC", None, None, ["Bakiya", "Baki"]),
 ("Qəbələ", "LOC", None, None, ["Qebeleye", "Qəbələdə"]),
 ("Şəki", "LOC", None, None, ["Seki"]),
 ("Lənkəran", "LOC", None, None, ["Lenkeranda", "Lənkəranda"]),
 ("Vilnius", "LOC", None, None, ["Vilniusa"]),
], [
 E("MEET", ["Murad Bəkirli", "Rimantas Jukas"], None, "2027-10-27", "happened", "rəhbəri Murad Bəkirli bu gün",
   ["parlamentlərarası əlaqələr"], date_text="bu gün"),
 E("VISIT", ["Litva Seymi"], "Bakı", "2027-11", "planned", "gorusde Litva Seyminin",
   ["parlamentlərarası əlaqələr"], date_text="noyabr ayinda"),
 E("VISIT", ["Litva Seymi"], "Qəbələ", "2027-11", "planned", "Bekirli bildirib ki",
   ["parlamentlərarası əlaqələr", "turizm"], date_text="noyabr ayinda"),
 E("VISIT", ["Rimantas Jukas"], "Şəki", "2027-10-26", "happened", "Sefir Jukas deyib",
   ["investisiyalar", "ipəkçilik"], date_text="dunen"),
 E("ATTEND", ["Rimantas Jukas"], "Lənkəran", "2027-10-29", "planned", "Onun sozlerine gore",
   ["kənd təsərrüfatı", "investisiyalar"], date_text="cume gunu", event_name="istixana kompleksinin acilisi"),
])

A("301_kovac_lacin_kelbecer_azertac.txt", "AZERTAC", """date 2027-11-10
Macar parlamentinin vitse-spikeri Laçın və Kəlbəcərdə olub

Azərbaycanda işgüzar səfərdə olan Macarıstan Milli Assambleyasının sədr müavini İştvan Kovaç noyabrın 8-də Milli Məclisdə Macarıstanla əlaqələr üzrə işçi qrupuna rəhbərlik edən Kənan Əfəndiyevlə birlikdə Laçın rayonuna gəlib.

AZERTAC-ın Laçındakı müxbiri bildirir ki, Laçında qonaqları Prezidentin Laçın, Kəlbəcər və Qubadlı rayonları ərazisində xüsusi nümayəndəsi Ramiz Cəbrayılov qarşılayıb. O, şəhərdə yenidən qurulan yaşayış məhəllələrindən, məktəb və xəstəxana binalarının tikintisindən danışıb.

Ertəsi gün Kovaç və Əfəndiyev Kəlbəcərə yollanıblar. Onlar burada yeni salınmış yaşayış massivində ilk köçkün ailələri ilə söhbət ediblər.

Kovaç səfər təəssüratlarını bölüşərək deyib: «Gördüklərim bir daha sübut edir ki, bu torpaqlar yenidən həyata qayıdır. Macarıstan bu işdə Azərbaycanın yanındadır». Qonaq macar şirkətlərinin Laçında su təmizləyici qurğuların quraşdırılmasında iştirakına maraq göstərdiyini də bildirib.

Qonağın bu gün Bakıda parlamentin sədri Ləman Həsənbəyova ilə görüşü gözlənilir. Əvvəlcə proqrama Şuşaya səfər də salınmışdı, lakin sonradan bu hissə proqramdan çıxarılıb.
""", [
 ("İştvan Kovaç", "PER", "sədr müavini", "Macarıstan Milli Assambleyası", ["İştvan Kovaç", "Kovaç"]),
 ("Kənan Əfəndiyev", "PER", "işçi qrupunun rəhbəri", "Milli Məclis", ["Kənan Əfəndiyevlə", "Əfəndiyev"]),
 ("Ramiz Cəbrayılov", "PER", "xüsusi nümayəndə", "Azərbaycan", ["Ramiz Cəbrayılov"]),
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis", ["Ləman Həsənbəyova"]),
 ("Macarıstan Milli Assambleyası", "ORG", None, None, ["Macarıstan Milli Assambleyasının"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-ın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanda", "Azərbaycanın"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstanla", "Macarıstan"]),
 ("Laçın", "LOC", None, None, ["Laçın", "Laçındakı", "Laçında"]),
 ("Kəlbəcər", "LOC", None, None, ["Kəlbəcərdə", "Kəlbəcər", "Kəlbəcərə"]),
 ("Qubadlı", "LOC", None, None, ["Qubadlı"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Şuşa", "LOC", None, None, ["Şuşaya"]),
], [
 E("VISIT", ["İştvan Kovaç"], "Azərbaycan", "2027-11-08", "happened", "Azərbaycanda işgüzar səfərdə olan",
   ["parlamentlərarası əlaqələr"], date_text="noyabrın 8-də"),
 E("VISIT", ["İştvan Kovaç", "Kənan Əfəndiyev"], "Laçın", "2027-11-08", "happened", "Azərbaycanda işgüzar səfərdə olan",
   ["azad olunmuş ərazilər", "bərpa və yenidənqurma"], date_text="noyabrın 8-də"),
 E("MEET", ["Ramiz Cəbrayılov", "İştvan Kovaç", "Kənan Əfəndiyev"], "Laçın", "2027-11-08", "happened", "Laçında qonaqları Prezidentin",
   ["bərpa və yenidənqurma"], host="Ramiz Cəbrayılov", date_text="noyabrın 8-də"),
 E("VISIT", ["İştvan Kovaç", "Kənan Əfəndiyev"], "Kəlbəcər", "2027-11-09", "happened", "Ertəsi gün Kovaç",
   ["azad olunmuş ərazilər", "köçkünlərin qayıdışı"], date_text="Ertəsi gün"),
 E("MEET", ["Ləman Həsənbəyova", "İştvan Kovaç"], "Bakı", "2027-11-10", "planned", "Qonağın bu gün Bakıda",
   ["parlamentlərarası əlaqələr"], date_text="bu gün"),
 E("VISIT", ["İştvan Kovaç"], "Şuşa", None, "negated", "Əvvəlcə proqrama Şuşaya",
   ["azad olunmuş ərazilər"]),
])

A("302_pakistan_senatorlari_plenar_iclas_respublika.txt", None, """date 2027-12
Pakistan senatorları Milli Məclisin plenar iclasını izləyiblər

Dekabrın 7-də Milli Məclisin növbəti plenar iclası keçirlib. İclası Sədr Ləman Həsənbəyova aparıb.

İclasın əvvəlində Sədr zalın qonaqlar üçün ayrılmış hissəsində eyləşən Pakistan İslam Respublikası Senatının nümayəndə heyətini deputatlar adından salam-
layıb. Bakıya dekabrın 5-də gələn pakistanlı senatorlar iclasın gedişini axıra qədər izləyiblər.

Gündəliyə daxil edilmiş on bir məsələ arasında "Diplomatik xidmət haqqında" qanuna dəyişikliklər, həmçinin Azərbaycan ilə Pakistan arasında hərbi təhsil sahəsində əməkdaşlığa dair sazişin təs-
diqi olub.

Plenar iclasdan sonra Ləman Həsənbəyova qonaqlarla gorusub. Görüşdə Azərbaycan–Pakistan parlamentlərarası əlaqələr üzrə işçi qrupunun rəhbəri Gülnarə Şükürova da iştirak edib. Sədr qardaş ölkənin senatorlarına Qarabağın bərpası prosesinə göstərdikləri diqqətə görə minnətdarlığını bildirib.

Senatorların dekabrın 9-da Gəncəyə getməsi nəzərdə tutulur. Qonaqlar orada şəhərin tarixi abidələri ilə tanış olacaq, yerli sahibkarlarla görüşəcəklər.

Elnarə QASIMOVA,
«Respublika»
""", [
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis", ["Ləman Həsənbəyova"]),
 ("Gülnarə Şükürova", "PER", "işçi qrupunun rəhbəri", "Milli Məclis", ["Gülnarə Şükürova"]),
 ("Elnarə Qasımova", "PER", None, None, ["Elnarə QASIMOVA"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Pakistan Senatı", "ORG", None, None, ["Pakistan İslam Respublikası Senatının"]),
 ("Respublika", "ORG", None, None, ["Respublika"]),
 ("Pakistan", "LOC", None, None, ["Pakistan"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağın"]),
 ("Gəncə", "LOC", None, None, ["Gəncəyə"]),
], [
 E("ATTEND", ["Ləman Həsənbəyova"], "Milli Məclis", "2027-12-07", "happened", "İclası Sədr Ləman",
   ["qanunvericilik"], date_text="Dekabrın 7-də", event_name="Milli Məclisin plenar iclası"),
 E("VISIT", ["Pakistan Senatı"], "Bakı", "2027-12-05", "happened", "Bakıya dekabrın 5-də",
   ["parlamentlərarası əlaqələr"], date_text="dekabrın 5-də"),
 E("ATTEND", ["Pakistan Senatı"], "Milli Məclis", "2027-12-07", "happened", "Bakıya dekabrın 5-də",
   ["parlamentlərarası əlaqələr"], date_text="Dekabrın 7-də", event_name="Milli Məclisin plenar iclası"),
 E("MEET", ["Ləman Həsənbəyova", "Pakistan Senatı", "Gülnarə Şükürova"], "Milli Məclis", "2027-12-07", "happened",
   "Plenar iclasdan sonra Ləman", ["parlamentlərarası əlaqələr", "bərpa və yenidənqurma"], date_text="Plenar iclasdan sonra"),
 E("VISIT", ["Pakistan Senatı"], "Gəncə", "2027-12-09", "planned", "Senatorların dekabrın 9-da",
   ["parlamentlərarası əlaqələr"], date_text="dekabrın 9-da"),
])

A("303_yaz_sessiyasi_yekunlari_trend.txt", "trend.az", """date 2027-06-01
Milli Məclisin yaz sessiyası başa çatıb: 96 qanun qəbul olunub

Milli Məclisin fevralın 1-də başlamış yaz sessiyası mayın 31-də yekunlaşıb. Trend-in parlamentin rəsmi statistikasına əsaslanan hesablamalarına görə, dörd ay ərzində 38 plenar iclas keçirilib, 96 qanun və 14 qərar qəbul olunub.

Qəbul edilmiş sənədlərin üçdə biri Hüquq siyasəti və dövlət quruculuğu komitəsinin, dörddə biri isə İqtisadi siyasət, sənaye və sahibkarlıq komitəsinin hazırladığı layihələrdir. Sessiya ərzində 27 beynəlxalq müqavilə ratifikasiya edilib; onların arasında Qazaxıstan, Özbəkistan və Serbiya ilə bağlanmış sazişlər üstünlük təşkil edib.

Parlamentlərarası əlaqələr də intensiv olub: sessiya dövründə parlamentdə 64 xarici nümayəndə heyəti qəbul edilib, deputatlar 19 beynəlxalq tədbirdə iştirak ediblər. Ən çox qarşılıqlı səfər Türkiyə, Macarıstan və Səudiyyə Ərəbistanı ilə qeydə alınıb.

Milli Məclisin payız sessiyası sentyabrın 30-da işə başlayacaq. Parlamentin iş planına görə, payızda əsas diqqət gələn ilin dövlət büdcəsinin müzakirəsinə yönələcək.
""", [
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Hüquq siyasəti və dövlət quruculuğu komitəsi", "ORG", None, None, ["Hüquq siyasəti və dövlət quruculuğu komitəsinin"]),
 ("İqtisadi siyasət, sənaye və sahibkarlıq komitəsi", "ORG", None, None, ["İqtisadi siyasət, sənaye və sahibkarlıq komitəsinin"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistan"]),
 ("Serbiya", "LOC", None, None, ["Serbiya"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstan"]),
 ("Səudiyyə Ərəbistanı", "LOC", None, None, ["Səudiyyə Ərəbistanı"]),
], [], topics=["qanunvericilik", "parlament statistikası"])

A("304_esgerova_musahideciler_aciqlama_qafqazinfo.txt", "qafqazinfo.az", """date 2027-08-25
Deputat Zümrüd Əsgərova: "Beynəlxalq müşahidəçilərin marağı yerli demokratiyaya etimadın göstəricisidir"

Milli Məclisin deputatı Zümrüd Əsgərova Qafqazinfo-ya açıqlamasında sentyabrın 26-da keçiriləcək bələdiyyə seçkilərinə beynəlxalq müşahidəçilərin marağının artdığını deyib.

«Bələdiyyə seçkiləri adətən xarici müşahidəçilərin diqqətini az cəlb edir. Lakin bu dəfə bir neçə beynəlxalq təşkilat öz nümayəndələrini göndərmək niyyətindədir. Bu, yerli özünüidarəetməyə marağın göstəricisidir», – deyə deputat vurğulayıb.

Əsgərova xatırladıb ki, 2024-cü ildə keçirilən növbədənkənar parlament seçkilərini 70-dən çox ölkədən gələn müşahidəçilər izləyib. Onun sözlərinə görə, özü də 2025-ci ildə Gürcüstanda bələdiyyə seçkilərinin müşahidəsində iştirak edib və həmin təcrübə göstərir ki, müşahidəçilərin iradları qanunvericiliyin təkmilləşdirilməsinə kömək edir.

Deputat həmçinin qeyd edib ki, Mərkəzi Seçki Komissiyası müşahidəçilərin akkreditasiyası üçün onlayn platforma yaradıb və bu, prosesi xeyli sadələşdirib. «Artıq müraciət bir neçə dəqiqə çəkir», – deyə Zümrüd Əsgərova əlavə edib.
""", [
 ("Zümrüd Əsgərova", "PER", "deputat", "Milli Məclis", ["Zümrüd Əsgərova", "Əsgərova"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo-ya"]),
 ("Mərkəzi Seçki Komissiyası", "ORG", None, None, ["Mərkəzi Seçki Komissiyası"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstanda"]),
], [], topics=["seçkilər", "seçki müşahidəsi"])

A("305_rehimpur_gilan_lenkeran_lent.txt", None, """date 2027-08-18
Gilan ostanının heyəti Lənkəranda səfərdədir | Lent.az

LENT.AZ
Xəbər lenti | Siyasət | Region | İqtisadiyyat | Dünya
18.08.2027 | 14:26
Gilan ostanının heyəti Lənkəranda səfərdədir

İranın Gilan ostanının ostandarı Mehdi Rəhimpurun başçılıq etdiyi nümayəndə heyəti dünən Astara rayonu ərazisindən Azərbaycana daxil olub.

Lent.az-ın bölgə müxbirinin verdiyi melumata gore, Astarada qonaqlari rayon icra hakimiyyetinin bascisi Ferhad Selimli qarsilayib. Gorusde iki sahil bolgesi arasinda baliqciliq ve ipekcilik sahesinde birge layihelerin imkanlari, sernisin avtobus xettinin acilmasi muzakire olunub. Ostandar Gilanda istehsal olunan kend teserrufati texnikasinin Azerbaycan bazarina cixarilmasinda maraqli olduqlarini soyleyib.

Bu gun heyet Lenkerana gelib. Lenkeran Rayon Icra Hakimiyyetinin bascisi Elsen Abbasov qonaqlarla gorusub. Gorusde Milli Meclisin deputati Sahin Melikov da istirak edib.

Sabah Gilan heyetinin Masalliya gedeceyi gozlenilir. Rehimpurun Bakiya gelmesi de nezerde tutulurdu, lakin bu sefer bas tutmayacaq.

Teqlər: Lənkəran, İran, Gilan
© LENT.AZ 2027
""", [
 ("Mehdi Rəhimpur", "PER", "ostandar", "İran", ["Mehdi Rəhimpurun", "Rehimpurun"]),
 ("Fərhad Səlimli", "PER", "icra hakimiyyətinin başçısı", "Azərbaycan", ["Ferhad Selimli"]),
 ("Elşən Abbasov", "PER", "icra hakimiyyətinin başçısı", "Lənkəran Rayon İcra Hakimiyyəti", ["Elsen Abbasov"]),
 ("Şahin Məlikov", "PER", "deputat", "Milli Məclis", ["Sahin Melikov"]),
 ("Lənkəran Rayon İcra Hakimiyyəti", "ORG", None, None, ["Lenkeran Rayon Icra Hakimiyyetinin"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Meclisin"]),
 ("Lent.az", "ORG", None, None, ["Lent.az", "LENT.AZ", "Lent.az-ın"]),
 ("İran", "LOC", None, None, ["İranın", "İran"]),
 ("Gilan", "LOC", None, None, ["Gilan", "Gilanda"]),
 ("Lənkəran", "LOC", None, None, ["Lənkəranda", "Lenkerana", "Lənkəran"]),
 ("Astara", "LOC", None, None, ["Astara", "Astarada"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycana", "Azerbaycan"]),
 ("Masallı", "LOC", None, None, ["Masalliya"]),
 ("Bakı", "LOC", None, None, ["Bakiya"]),
], [
 E("VISIT", ["Mehdi Rəhimpur"], "Azərbaycan", "2027-08-17", "happened", "Mehdi Rəhimpurun başçılıq etdiyi",
   ["regional əməkdaşlıq"], date_text="dünən"),
 E("MEET", ["Fərhad Səlimli", "Mehdi Rəhimpur"], "Astara", "2027-08-17", "happened", "Astarada qonaqlari rayon",
   ["balıqçılıq", "ipəkçilik"], host="Fərhad Səlimli", date_text="dünən"),
 E("VISIT", ["Mehdi Rəhimpur"], "Lənkəran", "2027-08-18", "happened", "Bu gun heyet Lenkerana",
   ["regional əməkdaşlıq"], date_text="Bu gun"),
 E("MEET", ["Elşən Abbasov", "Mehdi Rəhimpur", "Şahin Məlikov"], "Lənkəran", "2027-08-18", "happened",
   "Elsen Abbasov qonaqlarla gorusub", ["regional əməkdaşlıq"], date_text="Bu gun"),
 E("VISIT", ["Mehdi Rəhimpur"], "Masallı", "2027-08-19", "planned", "Sabah Gilan heyetinin",
   ["regional əməkdaşlıq"], date_text="Sabah"),
 E("VISIT", ["Mehdi Rəhimpur"], "Bakı", None, "negated", "Rehimpurun Bakiya gelmesi",
   ["regional əməkdaşlıq"]),
])
