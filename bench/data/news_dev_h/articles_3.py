A("191_yalcinkaya_rize_lenkeran.txt", "qafqazinfo.az", """date 2026-06-10
Rize valisi Lənkəranda çay istehsalı ilə tanış olub

Türkiyənin Rize valisi İhsan Yalçınkaya başda olmaqla nümayəndə heyəti dünən iki günlük səfərlə Lənkəran rayonuna gəlib.

Qafqazinfo-nun bölgə müxbiri xəbər verir ki, qonaqları Lənkəran Rayon İcra Hakimiyyətinin başçısı Mübariz Ağalarov qəbul edib. İcra başçısı rayonda çayçılığın inkişafı, son beş ildə salınan yeni çay plantasiyaları və sitrus bağlarının genişləndirilməsi barədə məlumat verib. Vali İhsan Yalçınkaya Rizedə çay emalında tətbiq olunan texnologiyaları lənkəranlı həmkarları ilə bölüşməyə hazır olduqlarını deyib.

Seferin ilk gununun ikinci yarisinda qonaqlar rayondaki cay fabriklerinden birine bas cekib, yasil ve qara cayin emal merheleleri ile tanis olublar. Daha sonra heyet Hirkan Milli Parkina gedib. Milli parkin direktoru Ramil Bayramov qonaqlara burada qorunan nadir agac ve heyvan novleri barede melumat verib.

Bu gun Rize heyetinin Astara rayonuna kecmesi, orada Astara Rayon Icra Hakimiyyetinin bascisi Elsad Quliyevle gorusmesi nezerde tutulur. Lenkeran ile Rize arasinda qardaslasma elaqelerinin qurulmasina dair protokolu ise Mubariz Agalarov ve Ihsan Yalcinkaya seferin sonunda imzalayacaqlar.
""", [
 ("İhsan Yalçınkaya", "PER", "vali", "Türkiyə", ["İhsan Yalçınkaya", "Ihsan Yalcinkaya"]),
 ("Mübariz Ağalarov", "PER", "icra hakimiyyətinin başçısı", "Lənkəran Rayon İcra Hakimiyyəti", ["Mübariz Ağalarov", "Mubariz Agalarov"]),
 ("Ramil Bayramov", "PER", "direktor", None, ["Ramil Bayramov"]),
 ("Elşad Quliyev", "PER", "icra hakimiyyətinin başçısı", "Astara Rayon İcra Hakimiyyəti", ["Elsad Quliyevle"]),
 ("Lənkəran Rayon İcra Hakimiyyəti", "ORG", None, None, ["Lənkəran Rayon İcra Hakimiyyətinin"]),
 ("Astara Rayon İcra Hakimiyyəti", "ORG", None, None, ["Astara Rayon Icra Hakimiyyetinin"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo-nun"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin"]),
 ("Rize", "LOC", None, None, ["Rize", "Rizedə"]),
 ("Lənkəran", "LOC", None, None, ["Lənkəranda", "Lənkəran", "Lenkeran"]),
 ("Hirkan Milli Parkı", "LOC", None, None, ["Hirkan Milli Parkina"]),
 ("Astara", "LOC", None, None, ["Astara"]),
], [
 E("VISIT", ["İhsan Yalçınkaya"], "Lənkəran", "2026-06-09", "happened", "başda olmaqla nümayəndə heyəti dünən",
   ["regional əməkdaşlıq"], date_text="dünən"),
 E("MEET", ["Mübariz Ağalarov", "İhsan Yalçınkaya"], "Lənkəran", "2026-06-09", "happened", "qonaqları Lənkəran Rayon",
   ["çayçılıq", "kənd təsərrüfatı"], host="Mübariz Ağalarov"),
 E("VISIT", ["İhsan Yalçınkaya"], "Hirkan Milli Parkı", "2026-06-09", "happened", "Daha sonra heyet Hirkan",
   ["təbiətin qorunması"], place="Hirkan Milli Parkı", date_text="Seferin ilk gununun ikinci yarisinda"),
 E("MEET", ["Ramil Bayramov", "İhsan Yalçınkaya"], "Hirkan Milli Parkı", "2026-06-09", "happened", "Milli parkin direktoru",
   ["təbiətin qorunması"], date_text="Seferin ilk gununun ikinci yarisinda"),
 E("VISIT", ["İhsan Yalçınkaya"], "Astara", "2026-06-10", "planned", "Bu gun Rize heyetinin",
   ["regional əməkdaşlıq"], date_text="Bu gun"),
 E("MEET", ["İhsan Yalçınkaya", "Elşad Quliyev"], "Astara", "2026-06-10", "planned", "Bu gun Rize heyetinin",
   ["regional əməkdaşlıq"], date_text="Bu gun"),
 E("SIGN", ["Mübariz Ağalarov", "İhsan Yalçınkaya"], None, "2026-06-10", "planned", "Lenkeran ile Rize arasinda",
   ["qardaşlaşma"], date_text="seferin sonunda"),
])

A("192_qodirov_buxara_ismayilli.txt", "APA", """date 2026-09-14
Buxara vilayətinin nümayəndə heyəti İsmayıllıda olub

Özbəkistanın Buxara vilayəti hakiminin müavini Şuhrat Qodirovun başçılıq etdiyi heyət şənbə günü İsmayıllı rayonunda səfərdə olub.

APA-nın Şamaxı bürosunun məlumatına görə, İsmayıllı Rayon İcra Hakimiyyətinin başçısı Kamil Xudaverdiyev qonaqları inzibati binada salamlayıb, rayonun iqtisadiyyatı, xalçaçılıq və misgərlik kimi xalq sənətlərinin qorunması istiqamətində görülən işlərdən söz açıb. Qodirov Buxara ilə İsmayıllının sənətkarlıq ənənələri arasında oxşarlığın çox olduğunu vurğulayıb, Buxaranın zərgər və misgərlərinin bu təcrübədən yararlana biləcəyini deyib.

Görüşdən sonra heyət Lahıc qəsəbəsinə yollanıb. Qonaqlar qəsəbənin daş döşənmiş küçələrində gəzib, misgər ustaların emalatxanalarında olublar, Lahıc Tarix-Diyarşünaslıq Muzeyinin ekspozisiyasına tamaşa ediblər.

Proqrama əsasən, heyətin bazar günü Qəbələyə keçməsi də planlaşdırılırdı. Lakin dağ yolunda sürüşmə təhlükəsi ilə bağlı bu hissə proqramdan çıxarılıb və qonaqlar Bakıya qayıdıblar.

Tərəflər arasında əməkdaşlığa dair memorandumun mətni artıq razılaşdırılıb. Sənədin oktyabrda Daşkənddə keçiriləcək Azərbaycan–Özbəkistan regionlararası forumunda Kamil Xudaverdiyev və Şuhrat Qodirov tərəfindən imzalanması gözlənilir.
""", [
 ("Şuhrat Qodirov", "PER", "vilayət hakiminin müavini", "Özbəkistan", ["Şuhrat Qodirovun", "Qodirov", "Şuhrat Qodirov"]),
 ("Kamil Xudaverdiyev", "PER", "icra hakimiyyətinin başçısı", "İsmayıllı Rayon İcra Hakimiyyəti", ["Kamil Xudaverdiyev"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("İsmayıllı Rayon İcra Hakimiyyəti", "ORG", None, None, ["İsmayıllı Rayon İcra Hakimiyyətinin"]),
 ("Lahıc Tarix-Diyarşünaslıq Muzeyi", "ORG", None, None, ["Lahıc Tarix-Diyarşünaslıq Muzeyinin"]),
 ("Buxara", "LOC", None, None, ["Buxara", "Buxaranın"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistanın", "Özbəkistan"]),
 ("İsmayıllı", "LOC", None, None, ["İsmayıllıda", "İsmayıllı", "İsmayıllının"]),
 ("Şamaxı", "LOC", None, None, ["Şamaxı"]),
 ("Lahıc", "LOC", None, None, ["Lahıc"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələyə"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Daşkənd", "LOC", None, None, ["Daşkənddə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
], [
 E("VISIT", ["Şuhrat Qodirov"], "İsmayıllı", "2026-09-12", "happened", "Özbəkistanın Buxara vilayəti hakiminin",
   ["regional əməkdaşlıq"], date_text="şənbə günü"),
 E("MEET", ["Kamil Xudaverdiyev", "Şuhrat Qodirov"], "İsmayıllı", "2026-09-12", "happened", "İsmayıllı Rayon İcra Hakimiyyətinin başçısı",
   ["xalq sənətləri", "iqtisadiyyat"], host="Kamil Xudaverdiyev", date_text="şənbə günü"),
 E("VISIT", ["Şuhrat Qodirov"], "Lahıc", "2026-09-12", "happened", "Görüşdən sonra heyət Lahıc",
   ["xalq sənətləri", "turizm"]),
 E("VISIT", ["Şuhrat Qodirov"], "Lahıc Tarix-Diyarşünaslıq Muzeyi", "2026-09-12", "happened", "Qonaqlar qəsəbənin daş",
   ["mədəni irs"], place="Lahıc Tarix-Diyarşünaslıq Muzeyi"),
 E("VISIT", ["Şuhrat Qodirov"], "Qəbələ", "2026-09-13", "negated", "Proqrama əsasən, heyətin bazar günü",
   ["turizm"], date_text="bazar günü"),
 E("SIGN", ["Kamil Xudaverdiyev", "Şuhrat Qodirov"], "Daşkənd", "2026-10", "planned", "Sənədin oktyabrda Daşkənddə",
   ["regional əməkdaşlıq"], date_text="oktyabrda", event_name="Azərbaycan–Özbəkistan regionlararası forumu"),
])

A("193_sadiqova_musahibe_daskend.txt", "trend.az", """date 2026-07
Deputat Leyla Sadıqova: "Özbəkistanla yeni əməkdaşlıq proqramı imzalayacağıq"

Milli Məclisin deputatı, Azərbaycan–Özbəkistan parlamentlərarası əlaqələr üzrə işçi qrupunun rəhbəri Leyla Sadıqova Trend-in suallarını cavablandırıb.

– Leyla xanım, yaz sessiyası başa çatıb. Deputatlar üçün istirahət vaxtıdır?

– Açığı, mənim üçün yayın ilk həftələri daha gərgin keçir. Ayın əvvəlində Bakıda Özbəkistanın ölkəmizdəki səfiri Baxtiyor İsmoilov ilə görüşdüm, işçi qrupunun payız planını birlikdə nəzərdən keçirdik. Səfirlə razılaşdıq ki, iki parlament arasında yeni sənəd hazırlamağın vaxtıdır.

– Söhbət hansı sənəddən gedir?

– 2026–2028-ci illər üçün əməkdaşlıq proqramından. İyulun 20-də Daşkəndə gedirəm. Orada Özbəkistan Oliy Məclisinin Qanunvericilik Palatasının sədr müavini Dilnoza Raximova ilə görüşəcəyik və proqramı imzalayacağıq.

– Dilnoza Raximova ilə tanışlığınız çoxdandır?

– O qədər də yox. May ayında Bakı Qlobal Forumunun kənarında qısa söhbətimiz olmuşdu. Elə o zaman Daşkənddə görüşməyi qərarlaşdırdıq.

– Səfər yalnız Daşkəndlə məhdudlaşacaq?

– Xeyr. Səfərin ikinci yarısında Xivəyə yollanacağıq, orada Azərbaycan mədəniyyəti günlərinin keçirilməsini yerli rəhbərliklə müzakirə edəcəyik. Əslində bu səfər iyunda olmalı idi, amma büdcə müzakirələri uzandığı üçün onu təxirə saldım.

– Payızda hansı tədbirlər gözlənilir?

– Oktyabrda özbəkistanlı deputatların Qarabağa səfəri planlaşdırılır. Qonaqlara Ağdam və Füzulidə aparılan bərpa işlərini göstərmək istəyirik.
""", [
 ("Leyla Sadıqova", "PER", "deputat", "Milli Məclis", ["Leyla Sadıqova", "Leyla"]),
 ("Baxtiyor İsmoilov", "PER", "səfir", "Özbəkistan", ["Baxtiyor İsmoilov"]),
 ("Dilnoza Raximova", "PER", "sədr müavini", "Özbəkistan Oliy Məclisinin Qanunvericilik Palatası", ["Dilnoza Raximova"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Özbəkistan Oliy Məclisinin Qanunvericilik Palatası", "ORG", None, None, ["Özbəkistan Oliy Məclisinin Qanunvericilik Palatasının"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistanla", "Özbəkistan", "Özbəkistanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakı"]),
 ("Daşkənd", "LOC", None, None, ["Daşkəndə", "Daşkənddə", "Daşkəndlə"]),
 ("Xivə", "LOC", None, None, ["Xivəyə"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağa"]),
 ("Ağdam", "LOC", None, None, ["Ağdam"]),
 ("Füzuli", "LOC", None, None, ["Füzulidə"]),
], [
 E("MEET", ["Leyla Sadıqova", "Baxtiyor İsmoilov"], "Bakı", "2026-07", "happened", "Ayın əvvəlində Bakıda",
   ["parlamentlərarası əlaqələr"], date_text="Ayın əvvəlində"),
 E("VISIT", ["Leyla Sadıqova"], "Daşkənd", "2026-07-20", "planned", "İyulun 20-də Daşkəndə gedirəm",
   ["parlamentlərarası əlaqələr"], date_text="İyulun 20-də"),
 E("MEET", ["Leyla Sadıqova", "Dilnoza Raximova"], "Daşkənd", "2026-07-20", "planned", "Orada Özbəkistan Oliy",
   ["parlamentlərarası əlaqələr"], date_text="İyulun 20-də"),
 E("SIGN", ["Leyla Sadıqova", "Dilnoza Raximova"], "Daşkənd", "2026-07-20", "planned", "Orada Özbəkistan Oliy",
   ["əməkdaşlıq proqramı"], date_text="İyulun 20-də"),
 E("MEET", ["Leyla Sadıqova", "Dilnoza Raximova"], "Bakı", "2026-05", "happened", "May ayında Bakı Qlobal",
   ["parlamentlərarası əlaqələr"], date_text="May ayında", event_name="Bakı Qlobal Forumu"),
 E("VISIT", ["Leyla Sadıqova"], "Xivə", None, "planned", "Səfərin ikinci yarısında Xivəyə",
   ["mədəniyyət"]),
 E("VISIT", ["Leyla Sadıqova"], "Daşkənd", "2026-06", "negated", "Əslində bu səfər iyunda",
   ["parlamentlərarası əlaqələr"], date_text="iyunda"),
])

A("194_heftenin_icmali_milli_meclis.txt", "AZERTAC", """date 2026-10-24
Həftənin icmalı: Milli Məclisin beynəlxalq təmasları

AZERTAC bu həftə Milli Məclisin parlament diplomatiyası sahəsində diqqət çəkən təmaslarını oxucularına xülasə şəklində təqdim edir.

Bazar ertəsi Milli Məclis Sədrinin birinci müavini Əli Məhərrəmzadə Estoniya Riigikogusunun sədr müavini Tiit Kaskın rəhbərlik etdiyi nümayəndə heyətini qəbul edib. Görüşdə elektron parlament sistemləri və kibertəhlükəsizlik üzrə təcrübə mübadiləsi müzakirə olunub.

Çərşənbə axşamı deputat Səbinə Rüstəmova Avropa Şurası Parlament Assambleyasının Miqrasiya, qaçqınlar və məcburi köçkünlər komitəsinin Parisdə keçirilən iclasına qatılıb. Komitədə Səbinə Rüstəmova minalardan təmizlənmiş ərazilərə köçkünlərin qayıdışı barədə məlumat verib.

Çərşənbə günü İnsan hüquqları komitəsinin sədri Zaur Bağırlı BMT-nin Azərbaycandakı rezident əlaqələndiricisi Helena Frants ilə görüşüb. Həmsöhbətlər BMT ilə Azərbaycan arasında 2026–2030-cu illər üçün əməkdaşlıq çərçivə sənədinin icrasını dəyərləndiriblər.

Cümə axşamı Milli Məclis Aparatının rəhbəri Fərid Hacıyev Tbilisiyə gedib. Burada o, Gürcüstan Parlamentinin aparat rəhbəri Nino Gelaşvili ilə iki parlamentin aparatları arasında əməkdaşlıq memorandumu imzalayıb.

Cümə günü Regional məsələlər komitəsinin sədri Rəşid Abbasbəyli Gəncədə keçirilən "Bələdiyyələr və regional inkişaf" forumunda çıxış edib. Həmin gün Sədr müavini Fəridə Həsənzadə Qazaxıstan Parlamenti Məclisinin sədr müavini Dana Nurlanova ilə telefonla danışıb, TÜRKPA-nın dekabrda Bakıda keçiriləcək plenar iclasının hazırlığını müzakirə edib.

Gələn həftə də gərgin keçəcək. Gələn həftənin çərşənbə axşamı Qətər Şura Məclisinin sədr müavini Həmdan əl-Kuvari Milli Məclisə gələcək, qonağı Əli Məhərrəmzadə qəbul edəcək. Gələn həftə ərzində Qətər nümayəndə heyəti Bakıda səfərdə olacaq, Şuşaya da gedəcək. Noyabrın əvvəlində isə Milli Məclisin ATƏT PA-dakı nümayəndə heyətinin rəhbəri Elxan Rzayev Romada Assambleyanın payız toplantısında iştirak edəcək.
""", [
 ("Əli Məhərrəmzadə", "PER", "sədrin birinci müavini", "Milli Məclis", ["Əli Məhərrəmzadə"]),
 ("Tiit Kask", "PER", "sədr müavini", "Estoniya Riigikogusu", ["Tiit Kaskın"]),
 ("Səbinə Rüstəmova", "PER", "deputat", "Milli Məclis", ["Səbinə Rüstəmova"]),
 ("Zaur Bağırlı", "PER", "komitə sədri", "Milli Məclis", ["Zaur Bağırlı"]),
 ("Helena Frants", "PER", "rezident əlaqələndirici", "Birləşmiş Millətlər Təşkilatı", ["Helena Frants"]),
 ("Fərid Hacıyev", "PER", "aparatın rəhbəri", "Milli Məclis Aparatı", ["Fərid Hacıyev"]),
 ("Nino Gelaşvili", "PER", "aparat rəhbəri", "Gürcüstan Parlamenti", ["Nino Gelaşvili"]),
 ("Rəşid Abbasbəyli", "PER", "komitə sədri", "Milli Məclis", ["Rəşid Abbasbəyli"]),
 ("Fəridə Həsənzadə", "PER", "sədr müavini", "Milli Məclis", ["Fəridə Həsənzadə"]),
 ("Dana Nurlanova", "PER", "sədr müavini", "Qazaxıstan Parlamentinin Məclisi", ["Dana Nurlanova"]),
 ("Həmdan əl-Kuvari", "PER", "sədr müavini", "Qətər Şura Məclisi", ["Həmdan əl-Kuvari"]),
 ("Elxan Rzayev", "PER", "nümayəndə heyətinin rəhbəri", "Milli Məclis", ["Elxan Rzayev"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin", "Milli Məclis", "Milli Məclisə"]),
 ("Estoniya Riigikogusu", "ORG", None, None, ["Estoniya Riigikogusunun"]),
 ("Avropa Şurası Parlament Assambleyası", "ORG", None, None, ["Avropa Şurası Parlament Assambleyasının"]),
 ("Miqrasiya, qaçqınlar və məcburi köçkünlər komitəsi", "ORG", None, None, ["Miqrasiya, qaçqınlar və məcburi köçkünlər komitəsinin"]),
 ("İnsan hüquqları komitəsi", "ORG", None, None, ["İnsan hüquqları komitəsinin"]),
 ("Birləşmiş Millətlər Təşkilatı", "ORG", None, None, ["BMT-nin", "BMT"]),
 ("Milli Məclis Aparatı", "ORG", None, None, ["Milli Məclis Aparatının"]),
 ("Gürcüstan Parlamenti", "ORG", None, None, ["Gürcüstan Parlamentinin"]),
 ("Regional məsələlər komitəsi", "ORG", None, None, ["Regional məsələlər komitəsinin"]),
 ("Qazaxıstan Parlamentinin Məclisi", "ORG", None, None, ["Qazaxıstan Parlamenti Məclisinin"]),
 ("TÜRKPA", "ORG", None, None, ["TÜRKPA-nın"]),
 ("Qətər Şura Məclisi", "ORG", None, None, ["Qətər Şura Məclisinin"]),
 ("ATƏT Parlament Assambleyası", "ORG", None, None, ["ATƏT PA-dakı", "Assambleyanın"]),
 ("Paris", "LOC", None, None, ["Parisdə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı", "Azərbaycan"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisiyə"]),
 ("Gəncə", "LOC", None, None, ["Gəncədə"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Qətər", "LOC", None, None, ["Qətər"]),
 ("Şuşa", "LOC", None, None, ["Şuşaya"]),
 ("Roma", "LOC", None, None, ["Romada"]),
], [
 E("MEET", ["Əli Məhərrəmzadə", "Tiit Kask"], "Milli Məclis", "2026-10-19", "happened", "Bazar ertəsi Milli Məclis",
   ["elektron parlament", "kibertəhlükəsizlik"], host="Əli Məhərrəmzadə", date_text="Bazar ertəsi"),
 E("ATTEND", ["Səbinə Rüstəmova"], "Paris", "2026-10-20", "happened", "Çərşənbə axşamı deputat",
   ["miqrasiya", "köçkünlərin qayıdışı"], date_text="Çərşənbə axşamı", event_name="AŞPA komitəsinin iclası"),
 E("MEET", ["Zaur Bağırlı", "Helena Frants"], None, "2026-10-21", "happened", "Çərşənbə günü İnsan",
   ["insan hüquqları", "BMT ilə əməkdaşlıq"], date_text="Çərşənbə günü"),
 E("VISIT", ["Fərid Hacıyev"], "Tbilisi", "2026-10-22", "happened", "Cümə axşamı Milli Məclis",
   ["parlamentlərarası əlaqələr"], date_text="Cümə axşamı"),
 E("SIGN", ["Fərid Hacıyev", "Nino Gelaşvili"], "Tbilisi", "2026-10-22", "happened", "Burada o, Gürcüstan",
   ["parlamentlərarası əlaqələr"], date_text="Cümə axşamı"),
 E("ATTEND", ["Rəşid Abbasbəyli"], "Gəncə", "2026-10-23", "happened", "Cümə günü Regional",
   ["yerli özünüidarə", "regional inkişaf"], date_text="Cümə günü", event_name="Bələdiyyələr və regional inkişaf forumu"),
 E("CALL", ["Fəridə Həsənzadə", "Dana Nurlanova"], None, "2026-10-23", "happened", "Həmin gün Sədr müavini",
   ["TÜRKPA"], date_text="Həmin gün"),
 E("MEET", ["Həmdan əl-Kuvari", "Əli Məhərrəmzadə"], "Milli Məclis", "2026-10-27", "planned", "Gələn həftənin çərşənbə axşamı",
   ["parlamentlərarası əlaqələr"], host="Əli Məhərrəmzadə", date_text="Gələn həftənin çərşənbə axşamı"),
 E("VISIT", ["Həmdan əl-Kuvari"], "Bakı", None, "planned", "Gələn həftə ərzində Qətər",
   ["parlamentlərarası əlaqələr"], date_text="Gələn həftə ərzində"),
 E("VISIT", ["Həmdan əl-Kuvari"], "Şuşa", None, "planned", "Gələn həftə ərzində Qətər",
   ["Qarabağ"], date_text="Gələn həftə ərzində"),
 E("ATTEND", ["Elxan Rzayev"], "Roma", "2026-11", "planned", "Noyabrın əvvəlində isə",
   ["ATƏT PA"], date_text="Noyabrın əvvəlində", event_name="ATƏT PA-nın payız toplantısı"),
])

A("195_humbetov_norvec_stortinq.txt", None, """Norveç parlamentariləri ilə ekoloji əməkdaşlıq müzakirə olunub

Milli Məclisin Təbii ehtiyatlar, energetika və ekologiya komitəsinin sədri Rəşad Hümbətov martın 4-də Norveç Stortinqinin Enerji və ətraf mühit komitəsinin sədr müavini İnqrid Solberqin başçılıq etdiyi nümayəndə heyətini qəbul edib.

Martın 3-dən 6-dək ölkəmizdə səfərdə olan qonaqlarla görüşdə Xəzər dənizinin ekoloji vəziyyəti, dənizdə külək stansiyalarının tikintisi və neft-qaz sənayesində metan tullantılarının azaldılması sahəsində Norveç təcrübəsi müzakirə edilib. Rəşad Hümbətov qeyd edib ki, Azərbaycan 2030-cu ilədək elektrik enerjisi istehsalında bərpa olunan mənbələrin payını 30 faizə çatdırmağı hədəfləyir. İnqrid Solberq isə Norveçin Şimal dənizində üzən külək turbinlərinin tətbiqi sahəsindəki təcrübəsindən danışıb.

Qonaqlar martın 5-də Sumqayıtda çirkab sularının təmizlənməsi qurğusu ilə tanış olacaqlar. Səfərin son günü heyətin Ekologiya və təbii sərvətlər nazirinin müavini Ülviyyə Zeynalova ilə görüşü nəzərdə tutulur. Norveç nümayəndə heyətinin Naxçıvana da getməsi planlaşdırılırdı, lakin aviareysin ləğvi səbəbindən bu səfər baş tutmayacaq.

Xatırladaq ki, Rəşad Hümbətov 2025-ci ilin sentyabrında Osloda səfərdə olub, Stortinqdə İnqrid Solberqlə görüşüb.

Tural MƏMMƏDLİ, «Xalq qəzeti»
""", [
 ("Rəşad Hümbətov", "PER", "komitə sədri", "Milli Məclis", ["Rəşad Hümbətov"]),
 ("İnqrid Solberq", "PER", "komitə sədrinin müavini", "Norveç Stortinqi", ["İnqrid Solberqin", "İnqrid Solberq", "İnqrid Solberqlə"]),
 ("Ülviyyə Zeynalova", "PER", "nazir müavini", "Azərbaycan", ["Ülviyyə Zeynalova"]),
 ("Tural Məmmədli", "PER", None, None, ["Tural MƏMMƏDLİ"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Təbii ehtiyatlar, energetika və ekologiya komitəsi", "ORG", None, None, ["Təbii ehtiyatlar, energetika və ekologiya komitəsinin"]),
 ("Norveç Stortinqi", "ORG", None, None, ["Norveç Stortinqinin", "Stortinqdə"]),
 ("Enerji və ətraf mühit komitəsi", "ORG", None, None, ["Enerji və ətraf mühit komitəsinin"]),
 ("Xalq qəzeti", "ORG", None, None, ["Xalq qəzeti"]),
 ("Norveç", "LOC", None, None, ["Norveç", "Norveçin"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizinin"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Şimal dənizi", "LOC", None, None, ["Şimal dənizində"]),
 ("Sumqayıt", "LOC", None, None, ["Sumqayıtda"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvana"]),
 ("Oslo", "LOC", None, None, ["Osloda"]),
], [
 E("MEET", ["Rəşad Hümbətov", "İnqrid Solberq"], None, "--03-04", "happened", "Milli Məclisin Təbii ehtiyatlar",
   ["ekologiya", "bərpa olunan enerji"], host="Rəşad Hümbətov", date_text="martın 4-də"),
 E("VISIT", ["İnqrid Solberq"], "Azərbaycan", "--03-03", "happened", "Martın 3-dən 6-dək ölkəmizdə",
   ["ekologiya"], date_text="Martın 3-dən 6-dək"),
 E("VISIT", ["İnqrid Solberq"], "Sumqayıt", "--03-05", "planned", "Qonaqlar martın 5-də Sumqayıtda",
   ["su təchizatı", "ekologiya"], date_text="martın 5-də"),
 E("MEET", ["İnqrid Solberq", "Ülviyyə Zeynalova"], None, "--03-06", "planned", "Səfərin son günü heyətin",
   ["ekologiya"], date_text="Səfərin son günü"),
 E("VISIT", ["İnqrid Solberq"], "Naxçıvan", None, "negated", "Norveç nümayəndə heyətinin Naxçıvana",
   ["ekologiya"]),
 E("VISIT", ["Rəşad Hümbətov"], "Oslo", "2025-09", "happened", "Xatırladaq ki, Rəşad Hümbətov",
   ["parlamentlərarası əlaqələr"], date_text="2025-ci ilin sentyabrında"),
 E("MEET", ["Rəşad Hümbətov", "İnqrid Solberq"], "Norveç Stortinqi", "2025-09", "happened", "Xatırladaq ki, Rəşad Hümbətov",
   ["parlamentlərarası əlaqələr"], date_text="2025-ci ilin sentyabrında"),
])
