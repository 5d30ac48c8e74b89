A("670_yamaquci_seki_ipek_azertac.txt", "AZERTAC", """date 2027-03-17
Yaponiya səfiri Şəkidə ipəkçilik və turizm layihələri ilə maraqlanıb

Şəki, 17 mart, AZERTAC. Yaponiyanın ölkəmizdə akkreditə olunmuş səfiri Kendzi Yamaquçi dünən Şəkiyə gəlib.

Şəkiyə gələn diplomatı Şəki Şəhər İcra Hakimiyyətinin başçısı Elxan Talıbzadə elə həmin gün qəbul edib. Başçı qonağa UNESCO-nun irs siyahısında yer alan tarixi mərkəzdə aparılan bərpa işlərindən, barama tədarükünün dirçəldilməsindən və son iki ildə açılmış qonaq evlərindən danışıb. Yamaquçi isə yapon turistlərinin bu qədim şəhərə marağının ildən-ilə artdığını, Kioto ilə Şəki arasında mədəni körpü salınmasını hər iki tərəfin arzuladığını deyib.

Görüşdən sonra qonaq Şəki Xan Sarayını gəzib, şəbəkə sənətinin sirlərini nəsildən-nəslə ötürən ustaların emalatxanasına da göz atıb.

Səfərin ikinci günü, bu gün, səfir "Şəki-İpək" fabrikində baramanın açılmasından parçanın toxunmasına qədər bütün istehsal zənciri ilə tanış olub. Müəssisədə yapon rəssamlarının eskizləri əsasında məhdud sayda kəlağayı buraxılmasının mümkünlüyü də nəzərdən keçirilib.

Yamaquçinin sabah Qəbələyə keçməsi, orada rayon rəhbərliyi ilə görüşməsi gözlənilir.
""", [
 ("Kendzi Yamaquçi", "PER", "səfir", "Yaponiya", ["Kendzi Yamaquçi", "Yamaquçi", "Yamaquçinin"]),
 ("Elxan Talıbzadə", "PER", "başçı", "Şəki Şəhər İcra Hakimiyyəti", ["Elxan Talıbzadə"]),
 ("Şəki Şəhər İcra Hakimiyyəti", "ORG", None, None, ["Şəki Şəhər İcra Hakimiyyətinin"]),
 ("UNESCO", "ORG", None, None, ["UNESCO-nun"]),
 ("Şəki-İpək", "ORG", None, None, ["Şəki-İpək"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Yaponiya", "LOC", None, None, ["Yaponiya", "Yaponiyanın"]),
 ("Şəki", "LOC", None, None, ["Şəkidə", "Şəki", "Şəkiyə"]),
 ("Kioto", "LOC", None, None, ["Kioto"]),
 ("Şəki Xan Sarayı", "LOC", None, None, ["Şəki Xan Sarayını"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələyə"]),
], [
 E("VISIT", ["Kendzi Yamaquçi"], "Şəki", "2027-03-16", "happened", "Kendzi Yamaquçi dünən Şəkiyə gəlib",
   ["turizm", "mədəni irs"], date_text="dünən"),
 E("MEET", ["Elxan Talıbzadə", "Kendzi Yamaquçi"], "Şəki", "2027-03-16", "happened", "Şəkiyə gələn diplomatı",
   ["turizm", "bərpa işləri", "ipəkçilik"], host="Elxan Talıbzadə", date_text="həmin gün"),
 E("VISIT", ["Kendzi Yamaquçi"], "Şəki Xan Sarayı", "2027-03-16", "happened", "Görüşdən sonra qonaq",
   ["mədəni irs"], place="Şəki Xan Sarayı", date_text="Görüşdən sonra"),
 E("VISIT", ["Kendzi Yamaquçi"], "Şəki-İpək", "2027-03-17", "happened", "Səfərin ikinci günü, bu gün",
   ["ipəkçilik"], place="Şəki-İpək", date_text="bu gün"),
 E("VISIT", ["Kendzi Yamaquçi"], "Qəbələ", "2027-03-18", "planned", "Yamaquçinin sabah Qəbələyə",
   ["regional əməkdaşlıq"], date_text="sabah"),
])

A("671_naxcivan_igdir_sederek_report.txt", "report.az", """date 2027-04-09
Naxçıvan və Iğdır rəhbərləri Sədərək gömrük-keçid məntəqəsində bir araya gəlib

Report-un Naxçıvan bürosunun məlumatına görə, Naxçıvan Muxtar Respublikası Nazirlər Kabinetinin sədri Taleh Cəfərli ilə Türkiyənin Iğdır valisi Hüseyin Ertürk arasında görüş dünən Sədərək gömrük-keçid məntəqəsində baş tutub.

Türkiyə tərəfindəki Dilucu qapısından piyada keçən valini naxçıvanlı həmkarı sərhəd xəttində qarşılayıb. Məntəqənin inzibati binasında davam edən söhbətdə yük maşınlarının gözləmə müddətinin qısaldılması, gecə növbəsinin genişləndirilməsi və sərhədyanı ticarət bazarının tikintisi müzakirəyə çıxarılıb.

Ertürk daha sonra Şərur rayonuna keçib, burada türk şirkətinin inşa etdiyi istixana kompleksinə baş çəkib.

Tərəflər sərhədyanı bazara dair protokolun gələn ay Iğdırda imzalanacağını açıqlayıblar. Sənədi Cəfərli və Ertürkün imzalaması gözlənilir.

Görüşdə Kars valisi Murat Kocabaşın da iştirakı nəzərdə tutulmuşdu. Lakin vali son anda Ankaraya çağırıldığından sərhədə gələ bilməyib.

Bu gün Cəfərli Kocabaşla telefonla danışaraq onu yay aylarında Naxçıvana dəvət edib.
""", [
 ("Taleh Cəfərli", "PER", "sədr", "Naxçıvan Muxtar Respublikası Nazirlər Kabineti", ["Taleh Cəfərli", "Cəfərli"]),
 ("Hüseyin Ertürk", "PER", "vali", "Türkiyə", ["Hüseyin Ertürk", "Ertürk", "Ertürkün"]),
 ("Murat Kocabaş", "PER", "vali", "Türkiyə", ["Murat Kocabaşın", "Kocabaşla"]),
 ("Naxçıvan Muxtar Respublikası Nazirlər Kabineti", "ORG", None, None, ["Naxçıvan Muxtar Respublikası Nazirlər Kabinetinin"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvan", "Naxçıvana"]),
 ("Iğdır", "LOC", None, None, ["Iğdır", "Iğdırda"]),
 ("Sədərək gömrük-keçid məntəqəsi", "LOC", None, None, ["Sədərək gömrük-keçid məntəqəsində"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin", "Türkiyə"]),
 ("Dilucu", "LOC", None, None, ["Dilucu"]),
 ("Şərur", "LOC", None, None, ["Şərur"]),
 ("Kars", "LOC", None, None, ["Kars"]),
 ("Ankara", "LOC", None, None, ["Ankaraya"]),
], [
 E("MEET", ["Taleh Cəfərli", "Hüseyin Ertürk"], "Sədərək gömrük-keçid məntəqəsi", "2027-04-08", "happened",
   "Report-un Naxçıvan bürosunun", ["sərhəd keçidi", "ticarət"], host="Taleh Cəfərli", date_text="dünən"),
 E("VISIT", ["Hüseyin Ertürk"], "Şərur", "2027-04-08", "happened", "Ertürk daha sonra Şərur",
   ["kənd təsərrüfatı"], date_text="dünən"),
 E("SIGN", ["Taleh Cəfərli", "Hüseyin Ertürk"], "Iğdır", "2027-05", "planned", "Tərəflər sərhədyanı bazara",
   ["ticarət"], date_text="gələn ay"),
 E("MEET", ["Murat Kocabaş", "Taleh Cəfərli", "Hüseyin Ertürk"], "Sədərək gömrük-keçid məntəqəsi", "2027-04-08",
   "negated", "Görüşdə Kars valisi", ["sərhəd keçidi"]),
 E("CALL", ["Taleh Cəfərli", "Murat Kocabaş"], None, "2027-04-09", "happened", "Bu gün Cəfərli Kocabaşla",
   ["regional əməkdaşlıq"], date_text="Bu gün"),
])

A("672_gence_kayseri_qardaslasma_trend.txt", "trend.az", """date 2027-05-21
Gəncə ilə Kayseri qardaşlaşmış şəhərlər siyahısına düşüb

Kayseri Böyükşəhər Bələdiyyəsinin sədri Mustafa Yazıcıoğlunun başçılıq etdiyi türkiyəli nümayəndə heyəti çərşənbə günü Gəncəyə gəlib. Həmin gün qonaqları Gəncə Beynəlxalq Hava Limanında Gəncə Şəhər İcra Hakimiyyəti başçısının müavini Nigar Qasımova qarşılayıb.

Trend-in Qərb bürosu xəbər verir ki, ertəsi gün nümayəndə heyəti Gəncə Şəhər İcra Hakimiyyətinin başçısı Sərdar Əlixanlı tərəfindən qəbul olunub. Görüşün sonunda iki şəhər arasında qardaşlaşma haqqında memorandum imzalanıb: sənədə Əlixanlı və Yazıcıoğlu imza atıblar.

Memorandum təhsil, səhiyyə, şəhərsalma və gənclər mübadiləsi sahələrini əhatə edir. Yazıcıoğlu jurnalistlərə açıqlamasında Kayseridə salınan yeni parklardan birinə Gəncənin adının veriləcəyini vəd edib.

Türkiyəli qonaqlar həmin gün Nizami Gəncəvi məqbərəsini də ziyarət edərək şairin xatirəsini yad ediblər.

Əvvəlcə proqrama Göygöl gölünə gəzinti də salınmışdı, lakin leysan yağışları yolu yararsız hala saldığından qonaqlar Göygölə getməyiblər.

Əlixanlının rəhbərlik edəcəyi Gəncə heyətinin isə sentyabrda Kayseriyə cavab səfərinə yollanacağı bildirilir.
""", [
 ("Mustafa Yazıcıoğlu", "PER", "sədr", "Kayseri Böyükşəhər Bələdiyyəsi", ["Mustafa Yazıcıoğlunun", "Yazıcıoğlu"]),
 ("Nigar Qasımova", "PER", "başçının müavini", "Gəncə Şəhər İcra Hakimiyyəti", ["Nigar Qasımova"]),
 ("Sərdar Əlixanlı", "PER", "başçı", "Gəncə Şəhər İcra Hakimiyyəti", ["Sərdar Əlixanlı", "Əlixanlı", "Əlixanlının"]),
 ("Kayseri Böyükşəhər Bələdiyyəsi", "ORG", None, None, ["Kayseri Böyükşəhər Bələdiyyəsinin"]),
 ("Gəncə Şəhər İcra Hakimiyyəti", "ORG", None, None, ["Gəncə Şəhər İcra Hakimiyyəti", "Gəncə Şəhər İcra Hakimiyyətinin"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Gəncə", "LOC", None, None, ["Gəncə", "Gəncəyə", "Gəncənin"]),
 ("Kayseri", "LOC", None, None, ["Kayseri", "Kayseridə", "Kayseriyə"]),
 ("Gəncə Beynəlxalq Hava Limanı", "LOC", None, None, ["Gəncə Beynəlxalq Hava Limanında"]),
 ("Nizami Gəncəvi məqbərəsi", "LOC", None, None, ["Nizami Gəncəvi məqbərəsini"]),
 ("Göygöl gölü", "LOC", None, None, ["Göygöl gölünə", "Göygölə"]),
], [
 E("VISIT", ["Mustafa Yazıcıoğlu"], "Gəncə", "2027-05-19", "happened", "türkiyəli nümayəndə heyəti çərşənbə günü",
   ["qardaşlaşmış şəhərlər"], date_text="çərşənbə günü"),
 E("MEET", ["Nigar Qasımova", "Mustafa Yazıcıoğlu"], "Gəncə Beynəlxalq Hava Limanı", "2027-05-19", "happened",
   "Həmin gün qonaqları Gəncə", ["qardaşlaşmış şəhərlər"], host="Nigar Qasımova", date_text="Həmin gün"),
 E("MEET", ["Sərdar Əlixanlı", "Mustafa Yazıcıoğlu"], "Gəncə", "2027-05-20", "happened", "ertəsi gün nümayəndə heyəti",
   ["qardaşlaşmış şəhərlər", "bələdiyyə əməkdaşlığı"], host="Sərdar Əlixanlı", date_text="ertəsi gün"),
 E("SIGN", ["Sərdar Əlixanlı", "Mustafa Yazıcıoğlu"], "Gəncə", "2027-05-20", "happened", "Görüşün sonunda iki şəhər",
   ["qardaşlaşmış şəhərlər", "təhsil", "səhiyyə"], date_text="Görüşün sonunda"),
 E("VISIT", ["Mustafa Yazıcıoğlu"], "Nizami Gəncəvi məqbərəsi", "2027-05-20", "happened", "Türkiyəli qonaqlar həmin gün",
   ["mədəni irs"], place="Nizami Gəncəvi məqbərəsi", date_text="həmin gün"),
 E("VISIT", ["Mustafa Yazıcıoğlu"], "Göygöl gölü", None, "negated", "Əvvəlcə proqrama Göygöl",
   ["turizm"]),
 E("VISIT", ["Sərdar Əlixanlı"], "Kayseri", "2027-09", "planned", "Əlixanlının rəhbərlik edəcəyi",
   ["qardaşlaşmış şəhərlər"], date_text="sentyabrda"),
])

A("673_dagistan_basci_qusar_quba_qafqazinfo.txt", "qafqazinfo.az", """date 2027-06-14
Dağıstan başçısı Qusar və Qubada səfərdədir - Qafqazinfo

QAFQAZİNFO
Əsas | Siyasət | Cəmiyyət | Region | Dünya | Video
14.06.2027 | 11:32
Dağıstan başçısı Qusar və Qubada səfərdədir

Rusiya Federasiyasının tərkibindəki Dağıstan Respublikasının başçısı Ruslan Abdulkadirov bazar günü Samur sərhəd-keçid məntəqəsi vasitəsilə Azərbaycana gəlib. Məntəqədə qonağı Qusar Rayon İcra Hakimiyyətinin başçısı Vüqar Səmədov qarşılayıb.

Qafqazinfo-ya daxil olan məlumata əsasən, dağıstanlı qonaq həmin gün Qusarda Ləzgi Dövlət Dram Teatrının yenidən qurulmuş binasına baş çəkib, truppanın yay qastrolları ilə maraqlanıb.

Səfərin ikinci günü, bu gün səhər Qubaya keçən Abdulkadirov Quba Rayon İcra Hakimiyyətinin başçısı Rəhman Əsədli ilə görüşüb. Həmsöhbətlər Dərbənddən Qubaya uzanan turizm marşrutunun yaradılmasını, sərhədyanı kəndlərdən meyvə ixracını müzakirə ediblər. Qonaq daha sonra Quba Soyqırımı Memorial Kompleksində olub, burada xatirə lövhəsinin önünə gül dəstəsi qoyub.

Abdulkadirovun sabah Bakıda Baş nazir Nicat Ələsgərlinin qəbulunda olacağı gözlənilir. Dağıstan rəhbərinin Xaçmaza da gedəcəyi deyilirdi, lakin iş qrafiki çox sıx olduğundan bu marşrutdan imtina edilib.

Oxşar xəbərlər
Qubada alma yarmarkası açılıb
Xaçmazda yeni körpü istifadəyə verilib
Şərhlər (0) | Paylaş
© Qafqazinfo, 2027. Materiallardan istifadə zamanı istinad vacibdir.
""", [
 ("Ruslan Abdulkadirov", "PER", "başçı", "Rusiya", ["Ruslan Abdulkadirov", "Abdulkadirov", "Abdulkadirovun"]),
 ("Vüqar Səmədov", "PER", "başçı", "Qusar Rayon İcra Hakimiyyəti", ["Vüqar Səmədov"]),
 ("Rəhman Əsədli", "PER", "başçı", "Quba Rayon İcra Hakimiyyəti", ["Rəhman Əsədli"]),
 ("Nicat Ələsgərli", "PER", "baş nazir", "Azərbaycan", ["Nicat Ələsgərlinin"]),
 ("Qusar Rayon İcra Hakimiyyəti", "ORG", None, None, ["Qusar Rayon İcra Hakimiyyətinin"]),
 ("Quba Rayon İcra Hakimiyyəti", "ORG", None, None, ["Quba Rayon İcra Hakimiyyətinin"]),
 ("Ləzgi Dövlət Dram Teatrı", "ORG", None, None, ["Ləzgi Dövlət Dram Teatrının"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo", "QAFQAZİNFO", "Qafqazinfo-ya"]),
 ("Dağıstan", "LOC", None, None, ["Dağıstan", "Dağıstan Respublikasının"]),
 ("Qusar", "LOC", None, None, ["Qusar", "Qusarda"]),
 ("Quba", "LOC", None, None, ["Qubada", "Qubaya"]),
 ("Rusiya", "LOC", None, None, ["Rusiya Federasiyasının"]),
 ("Samur sərhəd-keçid məntəqəsi", "LOC", None, None, ["Samur sərhəd-keçid məntəqəsi"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycana"]),
 ("Dərbənd", "LOC", None, None, ["Dərbənddən"]),
 ("Quba Soyqırımı Memorial Kompleksi", "LOC", None, None, ["Quba Soyqırımı Memorial Kompleksində"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Xaçmaz", "LOC", None, None, ["Xaçmaza", "Xaçmazda"]),
], [
 E("VISIT", ["Ruslan Abdulkadirov"], "Azərbaycan", "2027-06-13", "happened", "Ruslan Abdulkadirov bazar günü",
   ["regional əməkdaşlıq"], date_text="bazar günü"),
 E("MEET", ["Vüqar Səmədov", "Ruslan Abdulkadirov"], "Samur sərhəd-keçid məntəqəsi", "2027-06-13", "happened",
   "Məntəqədə qonağı Qusar", ["regional əməkdaşlıq"], host="Vüqar Səmədov", date_text="bazar günü"),
 E("VISIT", ["Ruslan Abdulkadirov"], "Ləzgi Dövlət Dram Teatrı", "2027-06-13", "happened", "dağıstanlı qonaq həmin gün",
   ["mədəniyyət"], place="Ləzgi Dövlət Dram Teatrı", date_text="həmin gün"),
 E("VISIT", ["Ruslan Abdulkadirov"], "Quba", "2027-06-14", "happened", "bu gün səhər Qubaya keçən",
   ["turizm", "ixrac"], date_text="bu gün"),
 E("MEET", ["Ruslan Abdulkadirov", "Rəhman Əsədli"], "Quba", "2027-06-14", "happened", "bu gün səhər Qubaya keçən",
   ["turizm", "ixrac"], date_text="bu gün"),
 E("VISIT", ["Ruslan Abdulkadirov"], "Quba Soyqırımı Memorial Kompleksi", "2027-06-14", "happened",
   "Qonaq daha sonra Quba", ["tarixi yaddaş"], place="Quba Soyqırımı Memorial Kompleksi"),
 E("MEET", ["Nicat Ələsgərli", "Ruslan Abdulkadirov"], "Bakı", "2027-06-15", "planned", "Abdulkadirovun sabah Bakıda",
   ["regional əməkdaşlıq"], host="Nicat Ələsgərli", date_text="sabah"),
 E("VISIT", ["Ruslan Abdulkadirov"], "Xaçmaz", None, "negated", "Dağıstan rəhbərinin Xaçmaza",
   ["regional əməkdaşlıq"]),
])

A("674_erdebil_valisi_astara_lenkeran_apa.txt", "APA", """date 2027-07-08
Ərdəbil ostanının valisi Astara və Lənkəranda olub

APA-nın Cənub bürosu xəbər verir ki, İranın Ərdəbil ostanının valisi Məsud Əmirxani başda olmaqla İran nümayəndə heyəti çərşənbə axşamı Astara gömrük-keçid məntəqəsindən keçərək Astaraya gəlib. Məntəqədə iranlı qonağı Astara Rayon İcra Hakimiyyətinin başçısı Anar Məlikov qarşılayıb.

Rayon icra hakimiyyətində davam edən söhbət zamanı Astara çayı üzərində ikinci avtomobil körpüsünün layihəsi, sərhədyanı bazarların iş saatları və hər iki sahildə balıqçılıq təsərrüfatlarının birgə monitorinqi barədə fikir mübadiləsi aparılıb.

Ertəsi gün, dünən, Lənkərana yollanan vali Lənkəran Rayon İcra Hakimiyyətinin başçısı Tofiq Ağamirov tərəfindən qəbul edilib. Görüşdən sonra qonaq Hirkan Milli Parkına baş çəkib, relikt dəmirağac meşələri ilə tanış olub.

Tərəflər sentyabrda Ərdəbildə Azərbaycan məhsullarının sərgisinin keçirilməsini razılaşdırıblar. Sərginin açılışında Ağamirovun iştirak edəcəyi bildirilib.

Valinin Lerikə səfəri də planlaşdırılırdı, amma dağ yolunda sürüşmə təhlükəsi yarandığından bu səfər təxirə salınıb. Əmirxani bu gün Astaradan İrana qayıdıb.
""", [
 ("Məsud Əmirxani", "PER", "vali", "İran", ["Məsud Əmirxani", "Əmirxani"]),
 ("Anar Məlikov", "PER", "başçı", "Astara Rayon İcra Hakimiyyəti", ["Anar Məlikov"]),
 ("Tofiq Ağamirov", "PER", "başçı", "Lənkəran Rayon İcra Hakimiyyəti", ["Tofiq Ağamirov", "Ağamirovun"]),
 ("Astara Rayon İcra Hakimiyyəti", "ORG", None, None, ["Astara Rayon İcra Hakimiyyətinin"]),
 ("Lənkəran Rayon İcra Hakimiyyəti", "ORG", None, None, ["Lənkəran Rayon İcra Hakimiyyətinin"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Ərdəbil", "LOC", None, None, ["Ərdəbil", "Ərdəbildə"]),
 ("Astara", "LOC", None, None, ["Astara", "Astaraya", "Astaradan"]),
 ("Lənkəran", "LOC", None, None, ["Lənkəranda", "Lənkərana"]),
 ("İran", "LOC", None, None, ["İranın", "İran", "İrana"]),
 ("Astara gömrük-keçid məntəqəsi", "LOC", None, None, ["Astara gömrük-keçid məntəqəsindən"]),
 ("Astara çayı", "LOC", None, None, ["Astara çayı"]),
 ("Hirkan Milli Parkı", "LOC", None, None, ["Hirkan Milli Parkına"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Lerik", "LOC", None, None, ["Lerikə"]),
], [
 E("VISIT", ["Məsud Əmirxani"], "Astara", "2027-07-06", "happened", "APA-nın Cənub bürosu",
   ["sərhəd əməkdaşlığı"], date_text="çərşənbə axşamı"),
 E("MEET", ["Anar Məlikov", "Məsud Əmirxani"], "Astara gömrük-keçid məntəqəsi", "2027-07-06", "happened",
   "Məntəqədə iranlı qonağı", ["nəqliyyat", "ticarət", "balıqçılıq"], host="Anar Məlikov", date_text="çərşənbə axşamı"),
 E("VISIT", ["Məsud Əmirxani"], "Lənkəran", "2027-07-07", "happened", "Ertəsi gün, dünən, Lənkərana",
   ["regional əməkdaşlıq"], date_text="dünən"),
 E("MEET", ["Tofiq Ağamirov", "Məsud Əmirxani"], "Lənkəran", "2027-07-07", "happened", "Ertəsi gün, dünən, Lənkərana",
   ["regional əməkdaşlıq"], host="Tofiq Ağamirov", date_text="dünən"),
 E("VISIT", ["Məsud Əmirxani"], "Hirkan Milli Parkı", "2027-07-07", "happened", "Görüşdən sonra qonaq Hirkan",
   ["ekologiya"], place="Hirkan Milli Parkı", date_text="Görüşdən sonra"),
 E("ATTEND", ["Tofiq Ağamirov"], "Ərdəbil", "2027-09", "planned", "Sərginin açılışında Ağamirovun",
   ["ticarət"], date_text="sentyabrda", event_name="Azərbaycan məhsullarının sərgisi"),
 E("VISIT", ["Məsud Əmirxani"], "Lerik", None, "negated", "Valinin Lerikə səfəri",
   ["regional əməkdaşlıq"]),
])

A("675_agdam_qazax_musiqi_mektebi_oxu.txt", "oxu.az", """date 2027-09-01
Ağdamda Qazaxıstanın hədiyyəsi olan musiqi məktəbi açılıb - OXU.AZ

OXU.AZ
Son xəbərlər | Qarabağ | Cəmiyyət | Mədəniyyət | İdman
01.09.2027, 14:20
Ağdamda Qazaxıstanın hədiyyəsi olan musiqi məktəbi açılıb

Bilik Günündə Ağdam şəhərində Qazaxıstan hökumətinin vəsaiti hesabına tikilən 300 şagird yerlik uşaq musiqi məktəbi qapılarını açıb.

Açılış mərasimində Prezidentin Qarabağ iqtisadi rayonu üzrə xüsusi nümayəndəsi Emin Şirəliyev, Qazaxıstan Mədəniyyət və İnformasiya Nazirliyinin vitse-naziri Nurlan Jaksıbekov və Qazaxıstanın ölkəmizdəki səfiri Erlan Sadıkov iştirak ediblər.

Dünən axşam Bakıdan Ağdama gələn Jaksıbekov çıxışında dombra və tar siniflərinin yan-yana fəaliyyət göstərəcəyini, məktəbə Almatıdan iki müəllimin ezam olunacağını deyib.

Mərasimin ardından xüsusi nümayəndə qonaqları qəbul edərək Ağdamın baş planının icrasından danışıb. Sonra qazaxıstanlı qonaqlar Ağdam Cümə məscidinə baş çəkiblər.

Nazir müavininin sabah Şuşaya keçərək Qarabağ Universitetinin rektoru ilə görüşməsi planlaşdırılır.

Teqlər: Ağdam, Qazaxıstan, məktəb
Paylaş: Facebook | X | Telegram
Oxu.az saytında yerləşdirilən materiallardan istifadə etdikdə hiperlinklə istinad mütləqdir.
""", [
 ("Emin Şirəliyev", "PER", "xüsusi nümayəndə", None, ["Emin Şirəliyev"]),
 ("Nurlan Jaksıbekov", "PER", "vitse-nazir", "Qazaxıstan Mədəniyyət və İnformasiya Nazirliyi", ["Nurlan Jaksıbekov", "Jaksıbekov"]),
 ("Erlan Sadıkov", "PER", "səfir", "Qazaxıstan", ["Erlan Sadıkov"]),
 ("Qarabağ Universiteti", "ORG", None, None, ["Qarabağ Universitetinin"]),
 ("Oxu.az", "ORG", None, None, ["OXU.AZ", "Oxu.az"]),
 ("Ağdam", "LOC", None, None, ["Ağdamda", "Ağdam", "Ağdama", "Ağdamın"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstanın", "Qazaxıstan"]),
 ("Qazaxıstan Mədəniyyət və İnformasiya Nazirliyi", "ORG", None, None, ["Qazaxıstan Mədəniyyət və İnformasiya Nazirliyinin"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağ"]),
 ("Bakı", "LOC", None, None, ["Bakıdan"]),
 ("Almatı", "LOC", None, None, ["Almatıdan"]),
 ("Ağdam Cümə məscidi", "LOC", None, None, ["Ağdam Cümə məscidinə"]),
 ("Şuşa", "LOC", None, None, ["Şuşaya"]),
], [
 E("ATTEND", ["Emin Şirəliyev", "Nurlan Jaksıbekov", "Erlan Sadıkov"], "Ağdam", "2027-09-01", "happened",
   "Açılış mərasimində Prezidentin", ["təhsil", "mədəniyyət", "Qarabağın bərpası"],
   date_text="Bilik Günündə", event_name="musiqi məktəbinin açılış mərasimi"),
 E("VISIT", ["Nurlan Jaksıbekov"], "Ağdam", "2027-08-31", "happened", "Dünən axşam Bakıdan Ağdama",
   ["mədəniyyət"], date_text="Dünən"),
 E("MEET", ["Emin Şirəliyev", "Nurlan Jaksıbekov", "Erlan Sadıkov"], "Ağdam", "2027-09-01", "happened",
   "Mərasimin ardından xüsusi", ["Qarabağın bərpası", "şəhərsalma"], host="Emin Şirəliyev",
   date_text="Mərasimin ardından"),
 E("VISIT", ["Nurlan Jaksıbekov", "Erlan Sadıkov"], "Ağdam Cümə məscidi", "2027-09-01", "happened",
   "Sonra qazaxıstanlı qonaqlar", ["mədəni irs"], place="Ağdam Cümə məscidi"),
 E("VISIT", ["Nurlan Jaksıbekov"], "Şuşa", "2027-09-02", "planned", "Nazir müavininin sabah Şuşaya",
   ["təhsil"], date_text="sabah"),
 E("MEET", ["Nurlan Jaksıbekov", "Qarabağ Universiteti"], "Şuşa", "2027-09-02", "planned",
   "Nazir müavininin sabah Şuşaya", ["təhsil"], date_text="sabah"),
])

A("676_balaken_laqodexi_mazimcay_metbuat.txt", "metbuat.az", """date 2027-10-12
Balakən ilə Laqodexi qardaşlıq sazişi imzalayıb | METBUAT.AZ

METBUAT.AZ
Xəbər lenti | Ölkə | Region | Siyasət | Maraqlı
12 oktyabr 2027, 16:05
Balakən ilə Laqodexi qardaşlıq sazişi imzalayıb

Gürcüstanın Kaxeti regionunda hökumətin səlahiyyətli nümayəndəsi Zurab Xutsişvili dünən Mazımçay sərhəd-keçid məntəqəsində Balakən Rayon İcra Hakimiyyətinin başçısı Fərid Eyvazlı ilə görüşüb. Görüşün ardınca sərhədi keçən gürcü nümayəndə heyəti Balakən şəhərinə gəlib.

Metbuat.az-ın bölgə müxbirinin yazdığına görə, həmin gün Balakən Rayon İcra Hakimiyyətinin binasında rayonla Gürcüstanın Laqodexi bələdiyyəsi arasında qardaşlıq haqqında saziş imzalanıb. Sazişi Eyvazlı və Laqodexi bələdiyyəsinin meri Nodar Kikvadze imzalayıblar.

Mərasimdə Gürcüstanın Azərbaycandakı səfiri Levan Mçedlişvilinin də iştirakı gözlənilirdi, lakin o, Tbilisidəki məsləhətləşmələrə çağırıldığı üçün Balakənə gələ bilməyib.

Bu gün gürcü qonaqlar Zaqatala Dövlət Təbiət Qoruğuna baş çəkiblər. Sabah nümayəndə heyətinin Qax rayonunun İlisu kəndinə getməsi nəzərdə tutulur.

Digər xəbərlər
Balakəndə fındıq yığımı başa çatıb
Zaqatalada yeni idman kompleksi tikilir
METBUAT.AZ saytının materiallarından istifadə edərkən istinad mütləqdir
""", [
 ("Zurab Xutsişvili", "PER", "səlahiyyətli nümayəndə", "Gürcüstan", ["Zurab Xutsişvili"]),
 ("Fərid Eyvazlı", "PER", "başçı", "Balakən Rayon İcra Hakimiyyəti", ["Fərid Eyvazlı", "Eyvazlı"]),
 ("Nodar Kikvadze", "PER", "mer", "Gürcüstan", ["Nodar Kikvadze"]),
 ("Levan Mçedlişvili", "PER", "səfir", "Gürcüstan", ["Levan Mçedlişvilinin"]),
 ("Balakən Rayon İcra Hakimiyyəti", "ORG", None, None, ["Balakən Rayon İcra Hakimiyyətinin"]),
 ("Metbuat.az", "ORG", None, None, ["METBUAT.AZ", "Metbuat.az-ın"]),
 ("Balakən", "LOC", None, None, ["Balakən", "Balakənə", "Balakəndə"]),
 ("Laqodexi", "LOC", None, None, ["Laqodexi"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstanın"]),
 ("Kaxeti", "LOC", None, None, ["Kaxeti"]),
 ("Mazımçay sərhəd-keçid məntəqəsi", "LOC", None, None, ["Mazımçay sərhəd-keçid məntəqəsində"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisidəki"]),
 ("Zaqatala Dövlət Təbiət Qoruğu", "LOC", None, None, ["Zaqatala Dövlət Təbiət Qoruğuna"]),
 ("Qax", "LOC", None, None, ["Qax"]),
 ("İlisu", "LOC", None, None, ["İlisu"]),
 ("Zaqatala", "LOC", None, None, ["Zaqatalada"]),
], [
 E("MEET", ["Zurab Xutsişvili", "Fərid Eyvazlı"], "Mazımçay sərhəd-keçid məntəqəsi", "2027-10-11", "happened",
   "Zurab Xutsişvili dünən Mazımçay", ["sərhəd əməkdaşlığı"], date_text="dünən"),
 E("VISIT", ["Zurab Xutsişvili"], "Balakən", "2027-10-11", "happened", "Görüşün ardınca sərhədi",
   ["regional əməkdaşlıq"], date_text="dünən"),
 E("SIGN", ["Fərid Eyvazlı", "Nodar Kikvadze"], "Balakən Rayon İcra Hakimiyyəti", "2027-10-11", "happened",
   "həmin gün Balakən Rayon", ["qardaşlaşmış şəhərlər"], date_text="həmin gün"),
 E("ATTEND", ["Levan Mçedlişvili"], "Balakən Rayon İcra Hakimiyyəti", "2027-10-11", "negated",
   "Mərasimdə Gürcüstanın Azərbaycandakı", ["qardaşlaşmış şəhərlər"], event_name="sazişin imza mərasimi"),
 E("VISIT", ["Levan Mçedlişvili"], "Balakən", None, "negated", "Mərasimdə Gürcüstanın Azərbaycandakı",
   ["qardaşlaşmış şəhərlər"]),
 E("VISIT", ["Zurab Xutsişvili"], "Zaqatala Dövlət Təbiət Qoruğu", "2027-10-12", "happened",
   "Bu gün gürcü qonaqlar", ["ekologiya", "turizm"], place="Zaqatala Dövlət Təbiət Qoruğu", date_text="Bu gün"),
 E("VISIT", ["Zurab Xutsişvili"], "İlisu", "2027-10-13", "planned", "Sabah nümayəndə heyətinin",
   ["turizm"], date_text="Sabah"),
])
