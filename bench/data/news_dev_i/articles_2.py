A("209_qaraxanli_atet_pa_vyana.txt", "metbuat.az", """date 2026-02-20
Fuad Qaraxanlı Vyanada ATƏT PA-nın Prezidenti ilə görüşüb

Vyanada ATƏT Parlament Assambleyasının iki günlük qış toplantısı yekunlaşıb. Dünən açılan toplantıda Milli Məclisin nümayəndə heyətinə Sədrin birinci müavini Fuad Qaraxanlı başçılıq edib.

Metbuat.az-ın məlumatına görə, bu gün toplantının kənarında Fuad Qaraxanlı ATƏT PA-nın Prezidenti Hans Kristian Lund ilə görüşüb. Söhbətdə Assambleyanın seçki müşahidəsi missiyaları, Mərkəzi Asiya parlamentləri ilə əlaqələrin dərinləşdirilməsi, Azərbaycan ilə Ermənistan arasında sülh prosesinin perspektivləri barədə fikir mübadiləsi aparılıb. Fuad Qaraxanlı Cənubi Qafqazda yaranan yeni reallıqların regional əməkdaşlığa geniş imkanlar açdığını diqqətə çatdırıb.

Qaraxanlı həmin gün Qazaxıstan heyətinin rəhbəri, Qazaxıstan Senatının deputatı Aydos Nurmaqambetovla da söhbət edib. Həmsöhbətlər Xəzər regionunda ekoloji təhlükəsizlik mövzusunda birgə təşəbbüs irəli sürməyi razılaşdırıblar.

Toplantı çərçivəsində Qaraxanlının İsveçrə heyətinin rəhbəri Martin Hubel ilə görüşü də planlaşdırılırdı. Lakin isveçrəli deputatın vaxtından əvvəl Bernə qayıtması səbəbindən görüş baş tutmayıb.

Qeyd edək ki, Milli Məclisin heyətinin tərkibində deputatlar Səbuhi Rüstəmov və Anar Qasımlı da olub. Heyət sabah Bakıya qayıdacaq.
""", [
 ("Fuad Qaraxanlı", "PER", "sədrin birinci müavini", "Milli Məclis", ["Fuad Qaraxanlı", "Qaraxanlı", "Qaraxanlının"]),
 ("Hans Kristian Lund", "PER", "prezident", "ATƏT Parlament Assambleyası", ["Hans Kristian Lund"]),
 ("Aydos Nurmaqambetov", "PER", "deputat", "Qazaxıstan Parlamentinin Senatı", ["Aydos Nurmaqambetovla"]),
 ("Martin Hubel", "PER", "heyətin rəhbəri", "İsveçrə", ["Martin Hubel"]),
 ("Səbuhi Rüstəmov", "PER", "deputat", "Milli Məclis", ["Səbuhi Rüstəmov"]),
 ("Anar Qasımlı", "PER", "deputat", "Milli Məclis", ["Anar Qasımlı"]),
 ("ATƏT Parlament Assambleyası", "ORG", None, None, ["ATƏT PA-nın", "ATƏT Parlament Assambleyasının", "Assambleyanın"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Qazaxıstan Parlamentinin Senatı", "ORG", None, None, ["Qazaxıstan Senatının"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az-ın"]),
 ("Vyana", "LOC", None, None, ["Vyanada"]),
 ("Mərkəzi Asiya", "LOC", None, None, ["Mərkəzi Asiya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Ermənistan", "LOC", None, None, ["Ermənistan"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqazda"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər"]),
 ("İsveçrə", "LOC", None, None, ["İsveçrə"]),
 ("Bern", "LOC", None, None, ["Bernə"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
], [
 E("ATTEND", ["Fuad Qaraxanlı"], "Vyana", "2026-02-19", "happened", "Dünən açılan toplantıda",
   ["parlament diplomatiyası"], date_text="Dünən", event_name="ATƏT PA-nın qış toplantısı"),
 E("MEET", ["Fuad Qaraxanlı", "Hans Kristian Lund"], "Vyana", "2026-02-20", "happened", "bu gün toplantının kənarında",
   ["seçki müşahidəsi", "sülh prosesi"], date_text="bu gün"),
 E("MEET", ["Fuad Qaraxanlı", "Aydos Nurmaqambetov"], "Vyana", "2026-02-20", "happened", "Qaraxanlı həmin gün Qazaxıstan",
   ["ekoloji təhlükəsizlik"], date_text="həmin gün"),
 E("MEET", ["Fuad Qaraxanlı", "Martin Hubel"], "Vyana", None, "negated", "Toplantı çərçivəsində Qaraxanlının",
   ["parlament diplomatiyası"]),
])

A("210_bagirli_mdb_pa_tavriya.txt", "APA", """date 2026-04-16
Aynur Bağırlı MDB PA-nın plenar iclasında Azərbaycanı təmsil edib

Aprelin 16-da Sankt-Peterburqda, Tavriya sarayında Müstəqil Dövlətlər Birliyi Parlamentlərarası Assambleyasının növbəti plenar iclası keçirilib.

APA-nın Rusiyadakı müxbirinin xəbərinə görə, iclasda Azərbaycanı Milli Məclisin Sədrinin müavini Aynur Bağırlı təmsil edib. O, çıxışında süni intellektdən istifadənin hüquqi tənzimlənməsinə dair model qanun layihəsini dəstəklədiklərini bildirib, Azərbaycanın bu sahədə qəbul etdiyi milli strategiyanın əsas müddəalarını iştirakçılara təqdim edib.

Plenar iclasın kənarında Aynur Bağırlı ilə Belarus Respublikası Milli Məclisinin Nümayəndələr Palatasının sədri Oleq Romanoviç arasında söhbət olub. Həmsöhbətlər Minsk və Bakı arasında kənd təsərrüfatı texnikasının birgə istehsalı layihəsinin parlament dəstəyi ilə sürətləndirilməsinin vacibliyini qeyd ediblər. Söhbət zamanı Oleq Romanoviçin gələn ay Bakıya səfər edəcəyi bildirilib.

Sabah Aynur Bağırlı Tavriya sarayında Assambleyanın daimi komissiyalarının birgə iclasına qatılacaq. İclasın gündəliyində payız sessiyasının tarixinin müəyyənləşdirilməsi, müşahidəçi missiyalarının hesabatları var.
""", [
 ("Aynur Bağırlı", "PER", "sədr müavini", "Milli Məclis", ["Aynur Bağırlı"]),
 ("Oleq Romanoviç", "PER", "sədr", "Belarus Respublikası Milli Məclisinin Nümayəndələr Palatası", ["Oleq Romanoviç", "Oleq Romanoviçin"]),
 ("Müstəqil Dövlətlər Birliyi Parlamentlərarası Assambleyası", "ORG", None, None, ["MDB PA-nın", "Müstəqil Dövlətlər Birliyi Parlamentlərarası Assambleyasının", "Assambleyanın"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Belarus Respublikası Milli Məclisinin Nümayəndələr Palatası", "ORG", None, None, ["Belarus Respublikası Milli Məclisinin Nümayəndələr Palatasının"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanı", "Azərbaycanın"]),
 ("Sankt-Peterburq", "LOC", None, None, ["Sankt-Peterburqda"]),
 ("Tavriya sarayı", "LOC", None, None, ["Tavriya sarayında"]),
 ("Rusiya", "LOC", None, None, ["Rusiyadakı"]),
 ("Minsk", "LOC", None, None, ["Minsk"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıya"]),
], [
 E("ATTEND", ["Aynur Bağırlı"], "Tavriya sarayı", "2026-04-16", "happened", "iclasda Azərbaycanı Milli Məclisin",
   ["süni intellekt", "model qanunvericilik"], date_text="Aprelin 16-da", event_name="MDB PA-nın plenar iclası"),
 E("MEET", ["Aynur Bağırlı", "Oleq Romanoviç"], "Tavriya sarayı", "2026-04-16", "happened", "Plenar iclasın kənarında",
   ["kənd təsərrüfatı texnikası"]),
 E("VISIT", ["Oleq Romanoviç"], "Bakı", "2026-05", "planned", "Söhbət zamanı Oleq",
   ["parlamentlərarası əlaqələr"], date_text="gələn ay"),
 E("ATTEND", ["Aynur Bağırlı"], "Tavriya sarayı", "2026-04-17", "planned", "Sabah Aynur Bağırlı",
   ["parlament diplomatiyası"], date_text="Sabah", event_name="Assambleyanın daimi komissiyalarının birgə iclası"),
])

A("211_sumro_pakistan_spikeri_respublika.txt", None, """date 2026-04-22
Pakistan Milli Assambleyasının spikeri ölkəmizdə rəsmi səfərdədir

Pakistan İslam Respublikası Milli Assambleyasının spikeri Fəraz Əli Sumro başda olmaqla parlament nümayəndə heyəti aprelin 20-də ölkəmizə rəsmi səfərə gəlib. Heydər Əliyev Beynəlxalq Aeroportunda qonaqları Milli Məclisin Sədrinin birinci müavini Fuad Qaraxanlı və Pakistanın Azərbaycandakı səfiri Bilal Əhməd Rana qarşılayıblar.

Aprelin 21-də Milli Məclisdə Spiker Ləman Həsənbəyova ilə qonaq arasında danışıqlar aparılıb. Ləman Həsənbəyova Pakistanın Azerbaycanın ərazi bütövlüyünə daim verdiyi dəstəyə görə minnətdarlığnı bildirib. Fəraz Əli Sumro isə birbaşa aviareyslər açıldıqdan sonra iki ölkə arasında turist axınının xeyli artdğını qeyd edib, tibb və mühəndislik ixtisasları üzrə tələbə mübadiləsinin genişləndiril-
məsini təklif edib.

Danışıqların sonunda parlamentlər arasında qarşılıqlı anlaşma memorandumu imzalanıb. Sənədə Ləman Həsənbəyova və Fəraz Əli Sumro imza atıblar.

Həmin gün qonaqlar Fəxri xiyabanı və Şəhidlər xiyabanını ziyarət edərək xalqımızın qəhrəman övladlarının xatirəsini ehtiram-
la yad ediblər.

Bu gün Pakistan parlamentinin spikerinin Prezident Teymur Səlimov tərəfindən qəbul olunması gözlənilir. Səfər çərçivəsində qonaqlar sabah Şamaxıya da yollanacaqlar.

Rəşad MURADLI,
«Respublika»
""", [
 ("Fəraz Əli Sumro", "PER", "spiker", "Pakistan Milli Assambleyası", ["Fəraz Əli Sumro"]),
 ("Fuad Qaraxanlı", "PER", "sədrin birinci müavini", "Milli Məclis", ["Fuad Qaraxanlı"]),
 ("Bilal Əhməd Rana", "PER", "səfir", "Pakistan", ["Bilal Əhməd Rana"]),
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis", ["Ləman Həsənbəyova"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Rəşad Muradlı", "PER", None, None, ["Rəşad MURADLI"]),
 ("Pakistan Milli Assambleyası", "ORG", None, None, ["Pakistan Milli Assambleyasının", "Pakistan İslam Respublikası Milli Assambleyasının"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin", "Milli Məclisdə"]),
 ("Respublika", "ORG", None, None, ["Respublika"]),
 ("Heydər Əliyev Beynəlxalq Aeroportu", "LOC", None, None, ["Heydər Əliyev Beynəlxalq Aeroportunda"]),
 ("Pakistan", "LOC", None, None, ["Pakistanın", "Pakistan"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı", "Azerbaycanın"]),
 ("Fəxri xiyaban", "LOC", None, None, ["Fəxri xiyabanı"]),
 ("Şəhidlər xiyabanı", "LOC", None, None, ["Şəhidlər xiyabanını"]),
 ("Şamaxı", "LOC", None, None, ["Şamaxıya"]),
], [
 E("VISIT", ["Fəraz Əli Sumro"], "Azərbaycan", "2026-04-20", "happened", "başda olmaqla parlament nümayəndə heyəti aprelin 20-də",
   ["parlamentlərarası əlaqələr"], date_text="aprelin 20-də"),
 E("MEET", ["Fəraz Əli Sumro", "Fuad Qaraxanlı", "Bilal Əhməd Rana"], "Heydər Əliyev Beynəlxalq Aeroportu", "2026-04-20", "happened",
   "Heydər Əliyev Beynəlxalq Aeroportunda qonaqları", ["parlamentlərarası əlaqələr"], host="Fuad Qaraxanlı", date_text="aprelin 20-də"),
 E("MEET", ["Ləman Həsənbəyova", "Fəraz Əli Sumro"], "Milli Məclis", "2026-04-21", "happened", "Aprelin 21-də Milli Məclisdə",
   ["turizm", "təhsil"], date_text="Aprelin 21-də"),
 E("SIGN", ["Ləman Həsənbəyova", "Fəraz Əli Sumro"], "Milli Məclis", "2026-04-21", "happened", "Danışıqların sonunda parlamentlər",
   ["parlamentlərarası əlaqələr"]),
 E("VISIT", ["Fəraz Əli Sumro"], "Fəxri xiyaban", "2026-04-21", "happened", "Həmin gün qonaqlar Fəxri",
   ["tarixi yaddaş"], place="Fəxri xiyaban", date_text="Həmin gün"),
 E("VISIT", ["Fəraz Əli Sumro"], "Şəhidlər xiyabanı", "2026-04-21", "happened", "Həmin gün qonaqlar Fəxri",
   ["tarixi yaddaş"], place="Şəhidlər xiyabanı", date_text="Həmin gün"),
 E("MEET", ["Teymur Səlimov", "Fəraz Əli Sumro"], None, "2026-04-22", "planned", "Bu gün Pakistan parlamentinin",
   ["ikitərəfli münasibətlər"], host="Teymur Səlimov", date_text="Bu gün"),
 E("VISIT", ["Fəraz Əli Sumro"], "Şamaxı", "2026-04-23", "planned", "qonaqlar sabah Şamaxıya",
   ["regional əməkdaşlıq"], date_text="sabah"),
])

A("212_memmedli_ferrante_sia.txt", None, """date 2026-05-06
Vüsal Məmmədli İtaliya səfirini qəbul edib – Sia.az

SİA.AZ
Ana səhifə | Xəbər lenti | Siyasət | Region | İqtisadiyyat | Dünya | Maraqlı
Səhifəni tam görmək üçün brauzerinizdə JavaScript dəstəyini yandırın.
06 May 2026 | 10:47
Vüsal Məmmədli İtaliya səfirini qəbul edib

Milli Məclisin Azərbaycan–İtaliya parlamentlərarası əlaqələr üzrə işçi qrupunun rəhbəri Vüsal Məmmədli dünən İtaliyanın ölkəmizdəki səfiri Matteo Ferranteni qəbul edib.

Sia.az-a Milli Məclisin mətbuat və ictimaiyyətlə əlaqələr şöbəsindən bildirilib ki, görüşdə İtaliyanın Azərbaycanın Avropa İttifaqındakı ən böyük ticarət tərəfdaşı olduğu vurğulanıb. Tərəflər Azərbaycan qazının Apennin yarımadasına nəqlinin həcmini, Bazilikata bölgəsinin Ağdamdakı bərpa layihələrinə göstərdiyi marağı müzakirə ediblər. Görüşdən sonra Vüsal Məmmədli İtaliya Senatının İtaliya–Azərbaycan dostluq qrupunun sədri Culiya Benedetti ilə telefonla danışaraq səfərin proqramını ilkin olaraq razılaşdırıb.

Səfir Matteo Ferrante işçi qrupunun rəhbərini Romaya dəvət edib. Vüsal Məmmədli dəvəti məmnunluqla qəbul edərək iyunda İtaliyaya gedəcəyini bildirib. Səfər zamanı deputatın İtaliya Senatında həmin qrupun rəhbəri ilə görüşməsi planlaşdırılır.

Paylaş: Facebook | Telegram | X | Linki kopyala
Oxşar xəbərlər:
Şəkidə ipək festivalına hazırlıq başlayıb
Naxçıvanda yeni poliklinika tikilir
SİA.AZ © 2026. Saytın materiallarından istinadla istifadə edilə bilər.
""", [
 ("Vüsal Məmmədli", "PER", "işçi qrupunun rəhbəri", "Milli Məclis", ["Vüsal Məmmədli"]),
 ("Matteo Ferrante", "PER", "səfir", "İtaliya", ["Matteo Ferranteni", "Matteo Ferrante"]),
 ("Culiya Benedetti", "PER", "dostluq qrupunun sədri", "İtaliya Senatı", ["Culiya Benedetti"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("İtaliya Senatı", "ORG", None, None, ["İtaliya Senatının", "İtaliya Senatında"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Avropa İttifaqındakı"]),
 ("Sia.az", "ORG", None, None, ["Sia.az", "SİA.AZ", "Sia.az-a"]),
 ("İtaliya", "LOC", None, None, ["İtaliya", "İtaliyanın", "İtaliyaya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanın"]),
 ("Apennin yarımadası", "LOC", None, None, ["Apennin yarımadasına"]),
 ("Bazilikata", "LOC", None, None, ["Bazilikata"]),
 ("Ağdam", "LOC", None, None, ["Ağdamdakı"]),
 ("Roma", "LOC", None, None, ["Romaya"]),
 ("Şəki", "LOC", None, None, ["Şəkidə"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvanda"]),
], [
 E("MEET", ["Vüsal Məmmədli", "Matteo Ferrante"], None, "2026-05-05", "happened", "Vüsal Məmmədli dünən İtaliyanın",
   ["enerji", "ticarət", "bərpa işləri"], host="Vüsal Məmmədli", date_text="dünən"),
 E("CALL", ["Vüsal Məmmədli", "Culiya Benedetti"], None, "2026-05-05", "happened", "Görüşdən sonra Vüsal Məmmədli",
   ["parlamentlərarası əlaqələr"]),
 E("VISIT", ["Vüsal Məmmədli"], "İtaliya", "2026-06", "planned", "iyunda İtaliyaya gedəcəyini",
   ["parlamentlərarası əlaqələr"], date_text="iyunda"),
 E("MEET", ["Vüsal Məmmədli", "Culiya Benedetti"], "İtaliya Senatı", "2026-06", "planned", "Səfər zamanı deputatın",
   ["parlamentlərarası əlaqələr"], date_text="iyunda"),
])

A("213_qaraxanli_nazarova_ozbek_senati_apa.txt", "APA", """date 2026-05-19
Fuad Qaraxanlı Özbəkistan Senatının heyəti ilə görüşüb

Milli Məclisin Sədrinin birinci müavini Fuad Qaraxanlı bu gün Özbəkistan Respublikası Oliy Məclisinin Senatının sədr müavini Dilorom Nazarovanın rəhbərlik etdiyi heyəti qəbul edib.

APA-nın parlament müxbirinin məlumatına görə, qonaqları salamlayan Fuad Qaraxanlı iki ölkə arasında müttəfiqlik münasibətlərinin bütün sahələrdə dərinləşdiyini, dövlət başçılarının qarşılıqlı səfərlərinin bu prosesə güclü təkan verdiyini deyib.

Dilorom Nazarova heyətin bazar günü Bakıya gəldiyini, səfərin əsas məqsədinin yerli özünüidarəetmə sahəsində parlament təcrübəsini öyrənmək olduğunu bildirib. O, Özbəkistan Senatının bələdiyyə orqanlarının səlahiyyətlərinin genişləndirilməsinə dair qanun layihəsi üzərində işlədiyini, bu sahədə Azərbaycanın təcrübəsinin faydalı olacağını qeyd edib.

Görüşdə Xivə ilə Şəki arasında qardaşlaşma əlaqələrinin qurulması, turizm marşrutlarının birləşdirilməsi təklifləri də səslənib. Tərəflər gənc deputatların qarşılıqlı təcrübə proqramının yaradılmasını faydalı hesab ediblər.

Qonaqların sabah Milli Məclisin Regional məsələlər komitəsinin sədri Tural Əmirxanlı ilə görüşməsi, cümə axşamı isə Şuşaya getməsi nəzərdə tutulur.
""", [
 ("Fuad Qaraxanlı", "PER", "sədrin birinci müavini", "Milli Məclis", ["Fuad Qaraxanlı"]),
 ("Dilorom Nazarova", "PER", "sədr müavini", "Özbəkistan Oliy Məclisinin Senatı", ["Dilorom Nazarovanın", "Dilorom Nazarova"]),
 ("Tural Əmirxanlı", "PER", "komitə sədri", "Milli Məclis", ["Tural Əmirxanlı"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Özbəkistan Oliy Məclisinin Senatı", "ORG", None, None, ["Özbəkistan Senatının", "Özbəkistan Respublikası Oliy Məclisinin Senatının"]),
 ("Regional məsələlər komitəsi", "ORG", None, None, ["Regional məsələlər komitəsinin"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Xivə", "LOC", None, None, ["Xivə"]),
 ("Şəki", "LOC", None, None, ["Şəki"]),
 ("Şuşa", "LOC", None, None, ["Şuşaya"]),
], [
 E("MEET", ["Fuad Qaraxanlı", "Dilorom Nazarova"], None, "2026-05-19", "happened", "Fuad Qaraxanlı bu gün Özbəkistan",
   ["yerli özünüidarəetmə", "turizm"], host="Fuad Qaraxanlı", date_text="bu gün"),
 E("VISIT", ["Dilorom Nazarova"], "Bakı", "2026-05-17", "happened", "Dilorom Nazarova heyətin bazar günü",
   ["parlamentlərarası əlaqələr"], date_text="bazar günü"),
 E("MEET", ["Dilorom Nazarova", "Tural Əmirxanlı"], None, "2026-05-20", "planned", "Qonaqların sabah Milli",
   ["regional siyasət"], date_text="sabah"),
 E("VISIT", ["Dilorom Nazarova"], "Şuşa", "2026-05-21", "planned", "Qonaqların sabah Milli",
   ["bərpa işləri"], date_text="cümə axşamı"),
])

A("214_ozbek_senatorlari_milli_meclisde_milliaz.txt", None, """date 2026-05-19
Özbəkistan senatorları Milli Məclisdə qonaq olub

Milli Məclisin Sədrinin birinci müavini Fuad Qaraxanlı bu gün Özbəkistan Respublikası Oliy Məclisinin Senatının sədr müavini Dilorom Nazarovanın rəhbərlik etdiyi heyəti qəbul edib.

Milli.az APA-ya istinadən xəbər verir ki, qonaqları salamlayan Fuad Qaraxanlı iki ölkə arasında müttəfiqlik münasibətlərinin bütün sahələrdə dərinləşdiyini, dövlət başçılarının qarşılıqlı səfərlərinin bu prosesə güclü təkan verdiyini deyib.

Dilorom Nazarova heyətin bazar günü Bakıya gəldiyini, səfərin əsas məqsədinin yerli özünüidarəetmə sahəsində parlament təcrübəsini öyrənmək olduğunu bildirib. O, Özbəkistan Senatının bələdiyyə orqanlarının səlahiyyətlərinin genişləndirilməsinə dair qanun layihəsi üzərində işlədiyini, bu sahədə Azərbaycanın təcrübəsinin faydalı olacağını qeyd edib.

Görüşdə Xivə ilə Şəki arasında qardaşlaşma əlaqələrinin qurulması, turizm marşrutlarının birləşdirilməsi təklifləri də səslənib. Gənc deputatlar üçün qarşılıqlı təcrübə proqramının yaradılması da tərəflərin diqqət mərkəzində olub.

Qonaqların sabah Milli Məclisin Regional məsələlər komitəsinin sədri Tural Əmirxanlı ilə görüşməsi, cümə axşamı isə Şuşaya getməsi nəzərdə tutulur.
""", [
 ("Fuad Qaraxanlı", "PER", "sədrin birinci müavini", "Milli Məclis", ["Fuad Qaraxanlı"]),
 ("Dilorom Nazarova", "PER", "sədr müavini", "Özbəkistan Oliy Məclisinin Senatı", ["Dilorom Nazarovanın", "Dilorom Nazarova"]),
 ("Tural Əmirxanlı", "PER", "komitə sədri", "Milli Məclis", ["Tural Əmirxanlı"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə", "Milli Məclisin"]),
 ("Özbəkistan Oliy Məclisinin Senatı", "ORG", None, None, ["Özbəkistan Respublikası Oliy Məclisinin Senatının", "Özbəkistan Senatının"]),
 ("Regional məsələlər komitəsi", "ORG", None, None, ["Regional məsələlər komitəsinin"]),
 ("Milli.az", "ORG", None, None, ["Milli.az"]),
 ("APA", "ORG", None, None, ["APA-ya"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistan"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Xivə", "LOC", None, None, ["Xivə"]),
 ("Şəki", "LOC", None, None, ["Şəki"]),
 ("Şuşa", "LOC", None, None, ["Şuşaya"]),
], [
 E("MEET", ["Fuad Qaraxanlı", "Dilorom Nazarova"], None, "2026-05-19", "happened", "Fuad Qaraxanlı bu gün Özbəkistan",
   ["yerli özünüidarəetmə", "turizm"], host="Fuad Qaraxanlı", date_text="bu gün",
   same_as="213_qaraxanli_nazarova_ozbek_senati_apa.txt"),
 E("VISIT", ["Dilorom Nazarova"], "Bakı", "2026-05-17", "happened", "Dilorom Nazarova heyətin bazar günü",
   ["parlamentlərarası əlaqələr"], date_text="bazar günü", same_as="213_qaraxanli_nazarova_ozbek_senati_apa.txt"),
 E("MEET", ["Dilorom Nazarova", "Tural Əmirxanlı"], None, "2026-05-20", "planned", "Qonaqların sabah Milli",
   ["regional siyasət"], date_text="sabah", same_as="213_qaraxanli_nazarova_ozbek_senati_apa.txt"),
 E("VISIT", ["Dilorom Nazarova"], "Şuşa", "2026-05-21", "planned", "Qonaqların sabah Milli",
   ["bərpa işləri"], date_text="cümə axşamı", same_as="213_qaraxanli_nazarova_ozbek_senati_apa.txt"),
], duplicate_of="213_qaraxanli_nazarova_ozbek_senati_apa.txt")

A("215_selimov_cikvaidze_gurcustan_bas_naziri.txt", "AZERTAC", """date 2026-06-02
Prezident Teymur Səlimov Gürcüstanın Baş nazirini qəbul edib

Prezident Teymur Səlimov iyunun 2-də işgüzar səfərlə Bakıda olan Gürcüstanın Baş naziri Nikoloz Çikvaidzeni qəbul edib.

AZERTAC-ın Prezidentin mətbuat xidmətinə istinadən yaydığı xəbərə görə, söhbət zamanı regionda sülhün möhkəmləndirilməsi, Orta Dəhlizin ötürmə qabiliyyəti, Qara dəniz vasitəsilə Avropaya yaşıl enerji ixracı layihəsinin mərhələləri nəzərdən keçirilib. Dövlət başçısı Gürcüstanın Azərbaycan üçün etibarlı qonşu və strateji tərəfdaş olduğunu vurğulayıb. Qonaq isə Gürcüstan hökumətinin Kaxeti və Kvemo-Kartli bölgələrində soydaşlarımızın yaşadığı kəndlərdə infrastrukturun yenilənməsinə xüsusi diqqət ayırdığını deyib.

Qəbuldan əvvəl Nikoloz Çikvaidze Hökumət Evində Baş nazir Nicat Ələsgərli ilə görüşüb. Hökumət başçıları təkbətək söhbətdən sonra danışıqları nümayəndə heyətlərinin iştirakı ilə davam etdiriblər. Danışıqların yekununda sərhəd-keçid məntəqələrində birgə gömrük nəzarətinə dair hökumətlərarası saziş imzalanıb. Sənədi baş nazirlər imzalayıblar.

Gürcüstan hökumətinin başçısı sabah Qazax rayonuna gedəcək, Qırmızı Körpü keçid məntəqəsində tikilən yeni terminalla tanış olacaq. Orada onun Qazax Rayon İcra Hakimiyyətinin başçısı ilə görüşü də proqrama salınıb.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Nikoloz Çikvaidze", "PER", "baş nazir", "Gürcüstan", ["Nikoloz Çikvaidzeni", "Nikoloz Çikvaidze"]),
 ("Nicat Ələsgərli", "PER", "baş nazir", "Azərbaycan", ["Nicat Ələsgərli"]),
 ("Qazax Rayon İcra Hakimiyyəti", "ORG", None, None, ["Qazax Rayon İcra Hakimiyyətinin"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-ın"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstanın", "Gürcüstan"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Qara dəniz", "LOC", None, None, ["Qara dəniz"]),
 ("Avropa", "LOC", None, None, ["Avropaya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Kaxeti", "LOC", None, None, ["Kaxeti"]),
 ("Kvemo-Kartli", "LOC", None, None, ["Kvemo-Kartli"]),
 ("Hökumət Evi", "LOC", None, None, ["Hökumət Evində"]),
 ("Qazax", "LOC", None, None, ["Qazax"]),
 ("Qırmızı Körpü", "LOC", None, None, ["Qırmızı Körpü"]),
], [
 E("MEET", ["Teymur Səlimov", "Nikoloz Çikvaidze"], "Bakı", "2026-06-02", "happened", "Prezident Teymur Səlimov iyunun 2-də",
   ["regional sülh", "tranzit", "yaşıl enerji"], host="Teymur Səlimov", date_text="iyunun 2-də"),
 E("VISIT", ["Nikoloz Çikvaidze"], "Bakı", "2026-06-02", "happened", "Prezident Teymur Səlimov iyunun 2-də",
   ["ikitərəfli münasibətlər"], date_text="iyunun 2-də"),
 E("MEET", ["Nicat Ələsgərli", "Nikoloz Çikvaidze"], "Hökumət Evi", "2026-06-02", "happened", "Qəbuldan əvvəl Nikoloz",
   ["ikitərəfli münasibətlər"]),
 E("SIGN", ["Nicat Ələsgərli", "Nikoloz Çikvaidze"], "Hökumət Evi", "2026-06-02", "happened", "Danışıqların yekununda sərhəd-keçid",
   ["gömrük"]),
 E("VISIT", ["Nikoloz Çikvaidze"], "Qazax", "2026-06-03", "planned", "Gürcüstan hökumətinin başçısı sabah",
   ["sərhəd infrastrukturu"], date_text="sabah"),
 E("MEET", ["Nikoloz Çikvaidze", "Qazax Rayon İcra Hakimiyyəti"], "Qırmızı Körpü", "2026-06-03", "planned", "Orada onun Qazax",
   ["sərhəd infrastrukturu"], date_text="sabah"),
])

A("216_kazimli_tursunov_daskend.txt", "APA", """date 2026-06-10
Ruslan Kazımlı Daşkənddə özbək həmkarı ilə danışıqlar aparıb

Xarici işlər naziri Ruslan Kazımlı iyunun 9–10-da Özbəkistanda işgüzar səfərdə olub.

APA xəbər verir ki, dünən Daşkənddə Ruslan Kazımlı ilə Özbəkistanın xarici işlər naziri Cəmşid Tursunov arasında danışıqlar keçirilib. Nazirlər Azərbaycan–Özbəkistan Ali Dövlətlərarası Şurasının növbəti iclasına hazırlığı, Trans-Xəzər marşrutu ilə konteyner daşımalarının tariflərini, BMT və İslam Əməkdaşlıq Təşkilatında qarşılıqlı dəstək məsələlərini nəzərdən keçiriblər.

Bu gün Azərbaycan XİN başçısı Özbəkistan Prezidenti Şuhrat Alimov tərəfindən qəbul olunub. Qəbul zamanı Ruslan Kazımlı dövlət başçısına Prezident Teymur Səlimovun salamlarını çatdırıb, Özbəkistan rəhbərinin Bakıya gözlənilən səfərinin əhəmiyyətindən danışıb.

İyulun əvvəlində Bakıda keçiriləcək Ali Dövlətlərarası Şuranın iclasında iki ölkə prezidentlərinin strateji tərəfdaşlığın dərinləşdirilməsinə dair bəyannamə imzalaması gözlənilir.

Xatırladaq ki, Cəmşid Tursunovun cari ilin mart ayında Bakıya səfəri nəzərdə tutulurdu, lakin sonradan səfər başqa vaxta keçirilib.
""", [
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Xarici İşlər Nazirliyi", ["Ruslan Kazımlı"]),
 ("Cəmşid Tursunov", "PER", "xarici işlər naziri", "Özbəkistan", ["Cəmşid Tursunov", "Cəmşid Tursunovun"]),
 ("Şuhrat Alimov", "PER", "Prezident", "Özbəkistan", ["Şuhrat Alimov"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimovun"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["Azərbaycan XİN"]),
 ("Birləşmiş Millətlər Təşkilatı", "ORG", None, None, ["BMT"]),
 ("İslam Əməkdaşlıq Təşkilatı", "ORG", None, None, ["İslam Əməkdaşlıq Təşkilatında"]),
 ("APA", "ORG", None, None, ["APA"]),
 ("Daşkənd", "LOC", None, None, ["Daşkənddə"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistanda", "Özbəkistanın", "Özbəkistan"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Bakı", "LOC", None, None, ["Bakıya", "Bakıda"]),
], [
 E("VISIT", ["Ruslan Kazımlı"], "Özbəkistan", "2026-06-09", "happened", "Ruslan Kazımlı iyunun 9–10-da",
   ["ikitərəfli münasibətlər"], date_text="iyunun 9–10-da"),
 E("MEET", ["Ruslan Kazımlı", "Cəmşid Tursunov"], "Daşkənd", "2026-06-09", "happened", "dünən Daşkənddə Ruslan",
   ["nəqliyyat", "beynəlxalq təşkilatlar"], date_text="dünən"),
 E("MEET", ["Şuhrat Alimov", "Ruslan Kazımlı"], None, "2026-06-10", "happened", "Bu gün Azərbaycan XİN başçısı",
   ["ikitərəfli münasibətlər"], host="Şuhrat Alimov", date_text="Bu gün"),
 E("VISIT", ["Şuhrat Alimov"], "Bakı", "2026-07", "planned", "Qəbul zamanı Ruslan Kazımlı",
   ["ikitərəfli münasibətlər"], date_text="İyulun əvvəlində"),
 E("SIGN", ["Teymur Səlimov", "Şuhrat Alimov"], "Bakı", "2026-07", "planned", "İyulun əvvəlində Bakıda",
   ["strateji tərəfdaşlıq"], date_text="İyulun əvvəlində", event_name="Ali Dövlətlərarası Şuranın iclası"),
 E("VISIT", ["Cəmşid Tursunov"], "Bakı", "2026-03", "negated", "Cəmşid Tursunovun cari ilin",
   ["ikitərəfli münasibətlər"], date_text="cari ilin mart ayında"),
])
