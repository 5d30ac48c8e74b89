A("293_konqres_missiyasi_mss_bagirli_report.txt", "report.az", """date 2027-06-09
Yerli və Regional Hakimiyyətlər Konqresinin missiyası MSK sədri ilə görüşüb

Sentyabrda keçiriləcək bələdiyyə seçkiləri ərəfəsində Azərbaycana gələn Avropa Şurasının Yerli və Regional Hakimiyyətlər Konqresinin seçkiqabağı missiyası bu gün Mərkəzi Seçki Komissiyasının sədri Elxan Paşazadə ilə görüşüb.

Report-un məlumatına görə, missiyanın rəhbəri, Konqresin Monitorinq komitəsinin sədri Yohannes Falk seçici siyahılarının yenilənməsi, namizədlərin qeydiyyatı və beynəlxalq müşahidəçilərin akkreditasiyası qaydaları ilə maraqlanıb. Paşazadə qonağa komissiyanın seçki məntəqələrində tətbiq etdiyi elektron növbə sistemi barədə məlumat verib.

Daha sonra missiyanın üzvləri Milli Məclisdə Sədr müavini Aynur Bağırlı tərəfindən qəbul olunublar. Bağırlı qeyd edib ki, yerli özünüidarəetmə haqqında qanunvericiliyə son iki ildə edilmiş dəyişikliklər Konqresin tövsiyələri nəzərə alınmaqla hazırlanıb.

Missiyanın rəhbəri sabah Gəncəyə gedəcək. Missiya həmçinin Bakıda fəaliyyət göstərən bir sıra qeyri-hökumət təşkilatlarının təmsilçiləri ilə görüşəcək. Konqresin uzunmüddətli müşahidəçilərdən ibarət heyətinin isə sentyabrın ortalarında ölkəyə gəlməsi gözlənilir.
""", [
 ("Yohannes Falk", "PER", "komitə sədri", "Yerli və Regional Hakimiyyətlər Konqresi", ["Yohannes Falk"]),
 ("Elxan Paşazadə", "PER", "sədr", "Mərkəzi Seçki Komissiyası", ["Elxan Paşazadə", "Paşazadə"]),
 ("Aynur Bağırlı", "PER", "sədr müavini", "Milli Məclis", ["Aynur Bağırlı", "Bağırlı"]),
 ("Yerli və Regional Hakimiyyətlər Konqresi", "ORG", None, None, ["Yerli və Regional Hakimiyyətlər Konqresinin", "Konqresin"]),
 ("Avropa Şurası", "ORG", None, None, ["Avropa Şurasının"]),
 ("Monitorinq komitəsi", "ORG", None, None, ["Monitorinq komitəsinin"]),
 ("Mərkəzi Seçki Komissiyası", "ORG", None, None, ["MSK", "Mərkəzi Seçki Komissiyasının"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycana"]),
 ("Gəncə", "LOC", None, None, ["Gəncəyə"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
], [
 E("VISIT", ["Yohannes Falk"], "Azərbaycan", "2027-06-09", "happened", "ərəfəsində Azərbaycana gələn",
   ["seçkilər", "yerli özünüidarəetmə"], date_text="bu gün"),
 E("MEET", ["Yohannes Falk", "Elxan Paşazadə"], None, "2027-06-09", "happened", "ərəfəsində Azərbaycana gələn",
   ["seçkilər"], date_text="bu gün"),
 E("MEET", ["Aynur Bağırlı", "Yohannes Falk"], "Milli Məclis", "2027-06-09", "happened", "Daha sonra missiyanın üzvləri",
   ["yerli özünüidarəetmə", "qanunvericilik"], host="Aynur Bağırlı", date_text="Daha sonra"),
 E("VISIT", ["Yohannes Falk"], "Gəncə", "2027-06-10", "planned", "Missiyanın rəhbəri sabah",
   ["seçkilər"], date_text="sabah"),
 E("VISIT", ["Yerli və Regional Hakimiyyətlər Konqresi"], "Azərbaycan", "2027-09", "planned", "Konqresin uzunmüddətli müşahidəçilərdən",
   ["seçkilər", "seçki müşahidəsi"], date_text="sentyabrın ortalarında"),
])

A("294_abdullazade_bmt_agentlikleri_trend.txt", "trend.az", """date 2027-06-16
Nərmin Abdullazadə BMT agentliklərinin rəhbərləri ilə görüşüb

Milli Məclisin Təbii ehtiyatlar, energetika və ekologiya komitəsinin sədri Nərmin Abdullazadə bu gün BMT-nin Azərbaycandakı rezident əlaqələndiricisi Alessandra Fontana, BMT İnkişaf Proqramının ölkə üzrə rezident nümayəndəsi Tomas Berqvist və UNICEF-in Azərbaycan nümayəndəsi Amara Diallo ilə görüşüb.

Trend-in topladığı məlumata görə, görüşdə işğaldan azad edilmiş ərazilərdə ekoloji monitorinq, iqlim dəyişmələrinə uyğunlaşma üzrə milli planın qanunvericilik bazası, uşaqları minalardan qorumağa yönəlmiş maarifləndirmə kampaniyası müzakirə olunub.

Tərəflər iyulun ortalarında Kəlbəcər rayonuna birgə səfər etmək barədə razılığa gəliblər. Səfər zamanı rayonun bərpa olunan meşə sahələrinə baxış keçirilməsi planlaşdırılır.

Görüşdən sonra Milli Məclis ilə BMT İnkişaf Proqramı arasında parlamentin elektron sənəd dövriyyəsinin təkmilləşdirilməsinə dair memorandum imzalanıb. Sənədi Milli Məclisin Aparatının rəhbəri Vüqar Səmədli və Tomas Berqvist imzalayıblar.

Qeyd edək ki, Alessandra Fontana ötən ay Füzulidə olmuş, rayonda BMT-nin dəstəyi ilə həyata keçirilən layihələrin gedişi ilə tanış olmuşdu.
""", [
 ("Nərmin Abdullazadə", "PER", "komitə sədri", "Milli Məclis", ["Nərmin Abdullazadə"]),
 ("Alessandra Fontana", "PER", "rezident əlaqələndirici", "Birləşmiş Millətlər Təşkilatı", ["Alessandra Fontana"]),
 ("Tomas Berqvist", "PER", "rezident nümayəndə", "BMT İnkişaf Proqramı", ["Tomas Berqvist"]),
 ("Amara Diallo", "PER", "nümayəndə", "BMT Uşaq Fondu", ["Amara Diallo"]),
 ("Vüqar Səmədli", "PER", "aparatın rəhbəri", "Milli Məclis", ["Vüqar Səmədli"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin", "Milli Məclis"]),
 ("Təbii ehtiyatlar, energetika və ekologiya komitəsi", "ORG", None, None, ["Təbii ehtiyatlar, energetika və ekologiya komitəsinin"]),
 ("Birləşmiş Millətlər Təşkilatı", "ORG", None, None, ["BMT", "BMT-nin"]),
 ("BMT İnkişaf Proqramı", "ORG", None, None, ["BMT İnkişaf Proqramının", "BMT İnkişaf Proqramı"]),
 ("BMT Uşaq Fondu", "ORG", None, None, ["UNICEF-in"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı", "Azərbaycan"]),
 ("Kəlbəcər", "LOC", None, None, ["Kəlbəcər"]),
 ("Füzuli", "LOC", None, None, ["Füzulidə"]),
], [
 E("MEET", ["Nərmin Abdullazadə", "Alessandra Fontana", "Tomas Berqvist", "Amara Diallo"], None, "2027-06-16", "happened",
   "komitəsinin sədri Nərmin Abdullazadə bu gün", ["ekologiya", "iqlim dəyişmələri", "minatəmizləmə"], date_text="bu gün"),
 E("VISIT", ["Nərmin Abdullazadə", "Alessandra Fontana", "Tomas Berqvist", "Amara Diallo"], "Kəlbəcər", "2027-07", "planned",
   "Tərəflər iyulun ortalarında", ["ekologiya", "azad olunmuş ərazilər"], date_text="iyulun ortalarında"),
 E("SIGN", ["Vüqar Səmədli", "Tomas Berqvist"], None, "2027-06-16", "happened", "Görüşdən sonra Milli Məclis ilə",
   ["rəqəmsallaşma"], date_text="Görüşdən sonra"),
 E("VISIT", ["Alessandra Fontana"], "Füzuli", "2027-05", "happened", "Alessandra Fontana ötən ay",
   ["azad olunmuş ərazilər"], date_text="ötən ay"),
])

A("295_ictimai_dinleme_minatemizleme_milliaz.txt", None, """date 2027-02-24
Milli Məclisdə minatəmizləmə ilə bağlı ictimai dinləmə keçirilib

Milli.az xəbər verir ki, bu gün Milli Məclisin Müdafiə, təhlükəsizlik və korrupsiyaya qarşı mübarizə komitəsinin təşkilatçılığı ilə "Minalardan azad torpaq: qanunvericilik və beynəlxalq dəstək" mövzusunda ictimai dinləmə keçirilib.

Dinləməni giriş sözü ilə açan komitə sədri Tural Həsənov bildirib ki, azad olunmuş ərazilərdə minalardan təmizlənmiş sahələrin ümumi həcmi hələ də ehtiyacın yarısına çatmır.

Tədbirdə Minatəmizləmə Agentliyinin (ANAMA) İdarə Heyətinin sədri Orxan Mövsümov, Beynəlxalq Qırmızı Xaç Komitəsinin Azərbaycandakı nümayəndə heyətinin rəhbəri Lukas Brunner və Kanadanın ölkəmizdəki səfiri Emili Tremble çıxış ediblər. Mövsümov agentliyin ötən il təmizlədiyi ərazilərin xəritəsini təqdim edib, Brunner isə mina qurbanlarının reabilitasiyası üçün psixoloji dəstək mərkəzləri şəbəkəsinin genişləndirilməsini təklif edib.

Dinləmədən sonra Tural Həsənov Kanada səfiri ilə ayrıca söhbət edib. Söhbətdə Kanada hökumətinin minatəmizləmə üçün ayırdığı yardımın növbəti mərhələsi müzakirə olunub.

Dinləməyə dəvət olunan Avropa İttifaqının nümayəndəliyinin rəhbəri Katarina Holm isə ezamiyyətdə olduğu üçün tədbirə qatıla bilməyib. Dinləmənin yekun tövsiyələri komitənin internet səhifəsində dərc olunacaq.
""", [
 ("Tural Həsənov", "PER", "komitə sədri", "Milli Məclis", ["Tural Həsənov"]),
 ("Orxan Mövsümov", "PER", "idarə heyətinin sədri", "Minatəmizləmə Agentliyi", ["Orxan Mövsümov", "Mövsümov"]),
 ("Lukas Brunner", "PER", "nümayəndə heyətinin rəhbəri", "Beynəlxalq Qırmızı Xaç Komitəsi", ["Lukas Brunner", "Brunner"]),
 ("Emili Tremble", "PER", "səfir", "Kanada", ["Emili Tremble"]),
 ("Katarina Holm", "PER", "nümayəndəliyin rəhbəri", "Avropa İttifaqı", ["Katarina Holm"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə", "Milli Məclisin"]),
 ("Müdafiə, təhlükəsizlik və korrupsiyaya qarşı mübarizə komitəsi", "ORG", None, None,
  ["Müdafiə, təhlükəsizlik və korrupsiyaya qarşı mübarizə komitəsinin"]),
 ("Minatəmizləmə Agentliyi", "ORG", None, None, ["Minatəmizləmə Agentliyinin", "ANAMA"]),
 ("Beynəlxalq Qırmızı Xaç Komitəsi", "ORG", None, None, ["Beynəlxalq Qırmızı Xaç Komitəsinin"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Avropa İttifaqının"]),
 ("Milli.az", "ORG", None, None, ["Milli.az"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı"]),
 ("Kanada", "LOC", None, None, ["Kanadanın", "Kanada"]),
], [
 E("ATTEND", ["Tural Həsənov"], "Milli Məclis", "2027-02-24", "happened", "Dinləməni giriş sözü ilə",
   ["minatəmizləmə", "qanunvericilik"], date_text="bu gün", event_name="ictimai dinləmə"),
 E("ATTEND", ["Orxan Mövsümov", "Lukas Brunner", "Emili Tremble"], "Milli Məclis", "2027-02-24", "happened",
   "Tədbirdə Minatəmizləmə Agentliyinin", ["minatəmizləmə", "mina qurbanlarının reabilitasiyası"], date_text="bu gün",
   event_name="ictimai dinləmə"),
 E("MEET", ["Tural Həsənov", "Emili Tremble"], "Milli Məclis", "2027-02-24", "happened", "Dinləmədən sonra Tural Həsənov",
   ["minatəmizləmə", "beynəlxalq yardım"], date_text="Dinləmədən sonra"),
 E("ATTEND", ["Katarina Holm"], "Milli Məclis", "2027-02-24", "negated", "Dinləməyə dəvət olunan",
   ["minatəmizləmə"], event_name="ictimai dinləmə"),
])

A("296_memmedxanli_igdir_valisi_serq_qapisi.txt", None, """date 2027-07
Ali Məclisin Sədri İğdır valisini və türk millət vəkillərini qəbul edib

İyulun 6-da Naxçıvan Muxtar Respublikası Ali Məclisinin Sədri Elşad Məmmədxanlı Naxçıvanda səfərdə olan Türkiyə Respublikasının İğdır valisi Serdar Yılmazeri, Türkiyə Böyük Millət Məclisinin deputatları Ali Kemal Arslanı və Nurcan Tekini qəbul edib.

Görüşdə Ali Məclisin Sədri muxtar respublika ilə İğdır vilayəti arasında ticarət dövriyəsinin son iki ildə iki dəfə artdığını qeyd edib, İğdırdan Naxçıvana çəkiləcək dəmir yolu xəttinin inşasının sürətləndirilməsinin vacibliyini vurgulayıb. Vali Serdar Yılmazer Sədərək ilə Dilucu arasındakı sərhəd məntəqəsində yeni terminalın tikilməsinin yükdaşımaları xeyli asanlaşdıra-
cağını bildirib.

Həmin gün qonaqlar Naxçıvan şəhərindəki Xan sarayını ziyarət ediblər.

İyulun 7-də türk qonaqları Ordubad rayonunda olublar. Onları rayon icra hakimiyyətinin başçısı Akif Zeynalov qarşılayıb, qonaqlar qedim Ordubadın tarixi məhəl-
lələrini gəziblər.

Valinin Culfa rayonuna da baş çəkməsi nəzərdə tutulmuşdu, lakin proqramdakı dəyişiklik səbəbindən bu səfər baş tutmayıb.

Ali Məclisin Sədri Elşad Məmmədxanlının avqustda İğdıra cavab sə-
fəri edəcəyi açıqlanıb.

Ramil HƏSƏNLİ,
«Şərq qapısı»
""", [
 ("Elşad Məmmədxanlı", "PER", "sədr", "Naxçıvan Muxtar Respublikasının Ali Məclisi", ["Elşad Məmmədxanlı", "Elşad Məmmədxanlının"]),
 ("Serdar Yılmazer", "PER", "vali", "Türkiyə", ["Serdar Yılmazeri", "Serdar Yılmazer"]),
 ("Ali Kemal Arslan", "PER", "deputat", "Türkiyə Böyük Millət Məclisi", ["Ali Kemal Arslanı"]),
 ("Nurcan Tekin", "PER", "deputat", "Türkiyə Böyük Millət Məclisi", ["Nurcan Tekini"]),
 ("Akif Zeynalov", "PER", "icra hakimiyyətinin başçısı", None, ["Akif Zeynalov"]),
 ("Ramil Həsənli", "PER", None, None, ["Ramil HƏSƏNLİ"]),
 ("Naxçıvan Muxtar Respublikasının Ali Məclisi", "ORG", None, None,
  ["Ali Məclisin", "Naxçıvan Muxtar Respublikası Ali Məclisinin"]),
 ("Türkiyə Böyük Millət Məclisi", "ORG", None, None, ["Türkiyə Böyük Millət Məclisinin"]),
 ("Şərq qapısı", "ORG", None, None, ["Şərq qapısı"]),
 ("İğdır", "LOC", None, None, ["İğdır", "İğdırdan", "İğdıra"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvanda", "Naxçıvana", "Naxçıvan"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə Respublikasının"]),
 ("Sədərək", "LOC", None, None, ["Sədərək"]),
 ("Dilucu", "LOC", None, None, ["Dilucu"]),
 ("Xan sarayı", "LOC", None, None, ["Xan sarayını"]),
 ("Ordubad", "LOC", None, None, ["Ordubad", "Ordubadın"]),
 ("Culfa", "LOC", None, None, ["Culfa"]),
], [
 E("VISIT", ["Serdar Yılmazer", "Ali Kemal Arslan", "Nurcan Tekin"], "Naxçıvan", "2027-07-06", "happened", "İyulun 6-da Naxçıvan",
   ["regional əməkdaşlıq"], date_text="İyulun 6-da"),
 E("MEET", ["Elşad Məmmədxanlı", "Serdar Yılmazer", "Ali Kemal Arslan", "Nurcan Tekin"], "Naxçıvan", "2027-07-06", "happened",
   "İyulun 6-da Naxçıvan", ["ticarət", "dəmir yolu", "sərhəd keçidi"], host="Elşad Məmmədxanlı", date_text="İyulun 6-da"),
 E("VISIT", ["Serdar Yılmazer", "Ali Kemal Arslan", "Nurcan Tekin"], "Xan sarayı", "2027-07-06", "happened", "Həmin gün qonaqlar",
   ["mədəni irs"], place="Xan sarayı", date_text="Həmin gün"),
 E("VISIT", ["Serdar Yılmazer", "Ali Kemal Arslan", "Nurcan Tekin"], "Ordubad", "2027-07-07", "happened", "İyulun 7-də türk",
   ["mədəni irs", "turizm"], date_text="İyulun 7-də"),
 E("MEET", ["Akif Zeynalov", "Serdar Yılmazer", "Ali Kemal Arslan", "Nurcan Tekin"], "Ordubad", "2027-07-07", "happened",
   "Onları rayon icra", ["turizm"], host="Akif Zeynalov", date_text="İyulun 7-də"),
 E("VISIT", ["Serdar Yılmazer"], "Culfa", None, "negated", "Valinin Culfa rayonuna",
   ["regional əməkdaşlıq"]),
 E("VISIT", ["Elşad Məmmədxanlı"], "İğdır", "2027-08", "planned", "avqustda İğdıra cavab",
   ["regional əməkdaşlıq"], date_text="avqustda"),
])

A("297_tsiklauri_gence_gurcustan_parlamenti_apa.txt", "APA", """date 2027-09-15
Gürcüstan Parlamentinin nümayəndə heyəti Gəncədə səfərdədir

Gürcüstan Parlamentinin Regional siyasət və özünüidarəetmə komitəsinin sədri Levan Tsiklaurinin rəhbərlik etdiyi heyət dünən günortadan sonra Gəncəyə gəlib. Heyətdə komitənin üzvləri ilə yanaşı, Marneuli və Bolnisi bələdiyyələrinin nümayəndələri də var.

APA-nın Qərb bürosunun məlumatına görə, qonaqları Gəncə Şəhər İcra Hakimiyyətinin başçısı Rasim Hacıbəyli qarşılayıb. Görüşdə Gəncə ilə Gürcüstanın Kvemo-Kartli regionu arasında meyvə-tərəvəz ixracının artırılması, sərhədyanı bölgələrdə ortaq turizm marşrutlarının yaradılması, gənclər mübadiləsi kimi məsələlər ətraflı müzakirə olunub.

Həmin gün heyət üzvləri Nizami Gəncəvi məqbərəsini ziyarət edib, şairin xatirəsini ehtiramla yad ediblər.

Bu gün Tsiklauri Gəncədə Milli Məclisin Regional məsələlər komitəsinin sədri Nazim Qurbanlı ilə görüşüb. Görüşdən sonra həmsöhbətlər birlikdə Göygöl Milli Parkına yollanıb, parkın ekoturizm infrastrukturu ilə tanış olublar.

Gürcüstan parlamentarilərinin sabah Qazax rayonu ərazisindəki "Qırmızı Körpü" sərhəd-keçid məntəqəsi vasitəsilə vətənə qayıdacağı bildirilib.
""", [
 ("Levan Tsiklauri", "PER", "komitə sədri", "Gürcüstan Parlamenti", ["Levan Tsiklaurinin", "Tsiklauri"]),
 ("Rasim Hacıbəyli", "PER", "icra hakimiyyətinin başçısı", "Gəncə Şəhər İcra Hakimiyyəti", ["Rasim Hacıbəyli"]),
 ("Nazim Qurbanlı", "PER", "komitə sədri", "Milli Məclis", ["Nazim Qurbanlı"]),
 ("Gürcüstan Parlamenti", "ORG", None, None, ["Gürcüstan Parlamentinin"]),
 ("Regional siyasət və özünüidarəetmə komitəsi", "ORG", None, None, ["Regional siyasət və özünüidarəetmə komitəsinin"]),
 ("Gəncə Şəhər İcra Hakimiyyəti", "ORG", None, None, ["Gəncə Şəhər İcra Hakimiyyətinin"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Regional məsələlər komitəsi", "ORG", None, None, ["Regional məsələlər komitəsinin"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Gəncə", "LOC", None, None, ["Gəncədə", "Gəncəyə", "Gəncə"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstanın", "Gürcüstan"]),
 ("Kvemo-Kartli", "LOC", None, None, ["Kvemo-Kartli"]),
 ("Marneuli", "LOC", None, None, ["Marneuli"]),
 ("Bolnisi", "LOC", None, None, ["Bolnisi"]),
 ("Nizami Gəncəvi məqbərəsi", "LOC", None, None, ["Nizami Gəncəvi məqbərəsini"]),
 ("Göygöl Milli Parkı", "LOC", None, None, ["Göygöl Milli Parkına"]),
 ("Qazax", "LOC", None, None, ["Qazax"]),
 ("Qırmızı Körpü", "LOC", None, None, ["Qırmızı Körpü"]),
], [
 E("VISIT", ["Levan Tsiklauri"], "Gəncə", "2027-09-14", "happened", "Levan Tsiklaurinin rəhbərlik etdiyi",
   ["parlamentlərarası əlaqələr", "regional əməkdaşlıq"], date_text="dünən"),
 E("MEET", ["Rasim Hacıbəyli", "Levan Tsiklauri"], "Gəncə", "2027-09-14", "happened", "qonaqları Gəncə Şəhər",
   ["kənd təsərrüfatı", "turizm"], host="Rasim Hacıbəyli", date_text="dünən"),
 E("VISIT", ["Levan Tsiklauri"], "Nizami Gəncəvi məqbərəsi", "2027-09-14", "happened", "Həmin gün heyət üzvləri",
   ["mədəni irs"], place="Nizami Gəncəvi məqbərəsi", date_text="Həmin gün"),
 E("MEET", ["Levan Tsiklauri", "Nazim Qurbanlı"], "Gəncə", "2027-09-15", "happened", "Bu gün Tsiklauri Gəncədə",
   ["regional inkişaf"], date_text="Bu gün"),
 E("VISIT", ["Levan Tsiklauri", "Nazim Qurbanlı"], "Göygöl Milli Parkı", "2027-09-15", "happened", "Görüşdən sonra həmsöhbətlər",
   ["ekoturizm"], place="Göygöl Milli Parkı", date_text="Bu gün"),
])

A("298_gurcu_deputatlar_gencede_modern.txt", None, """date 2027-09-15
Gürcü deputatlar Gəncədə Nizami Gəncəvi məqbərəsini ziyarət ediblər

Gürcüstan Parlamentinin Regional siyasət və özünüidarəetmə komitəsinin sədri Levan Tsiklaurinin rəhbərlik etdiyi heyət dünən günortadan sonra Gəncəyə gəlib. Heyətdə komitənin üzvləri ilə yanaşı, Marneuli və Bolnisi bələdiyyələrinin nümayəndələri də var.

APA-nın Qərb bürosuna istinadən Modern.az yazır ki, qonaqları Gəncə Şəhər İcra Hakimiyyətinin başçısı Rasim Hacıbəyli qarşılayıb. Görüşdə Gəncə ilə Gürcüstanın Kvemo-Kartli regionu arasında meyvə-tərəvəz ixracının artırılması, sərhədyanı bölgələrdə ortaq turizm marşrutlarının yaradılması, gənclər mübadiləsi kimi məsələlər ətraflı müzakirə olunub.

Həmin gün heyət üzvləri Nizami Gəncəvi məqbərəsini ziyarət edib, şairin xatirəsini ehtiramla yad ediblər.

Bu gün Tsiklauri Gəncədə Milli Məclisin Regional məsələlər komitəsinin sədri Nazim Qurbanlı ilə görüşüb. Görüşdən sonra həmsöhbətlər birlikdə Göygöl Milli Parkına gedib, parkın ekoturizm infrastrukturu ilə tanış olublar.

Gürcüstan parlamentarilərinin sabah Qazax rayonu ərazisindəki "Qırmızı Körpü" sərhəd-keçid məntəqəsi vasitəsilə vətənə qayıdacağı bildirilib.
""", [
 ("Levan Tsiklauri", "PER", "komitə sədri", "Gürcüstan Parlamenti", ["Levan Tsiklaurinin", "Tsiklauri"]),
 ("Rasim Hacıbəyli", "PER", "icra hakimiyyətinin başçısı", "Gəncə Şəhər İcra Hakimiyyəti", ["Rasim Hacıbəyli"]),
 ("Nazim Qurbanlı", "PER", "komitə sədri", "Milli Məclis", ["Nazim Qurbanlı"]),
 ("Gürcüstan Parlamenti", "ORG", None, None, ["Gürcüstan Parlamentinin"]),
 ("Regional siyasət və özünüidarəetmə komitəsi", "ORG", None, None, ["Regional siyasət və özünüidarəetmə komitəsinin"]),
 ("Gəncə Şəhər İcra Hakimiyyəti", "ORG", None, None, ["Gəncə Şəhər İcra Hakimiyyətinin"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Regional məsələlər komitəsi", "ORG", None, None, ["Regional məsələlər komitəsinin"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Modern.az", "ORG", None, None, ["Modern.az"]),
 ("Gəncə", "LOC", None, None, ["Gəncədə", "Gəncəyə", "Gəncə"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstanın", "Gürcüstan"]),
 ("Kvemo-Kartli", "LOC", None, None, ["Kvemo-Kartli"]),
 ("Marneuli", "LOC", None, None, ["Marneuli"]),
 ("Bolnisi", "LOC", None, None, ["Bolnisi"]),
 ("Nizami Gəncəvi məqbərəsi", "LOC", None, None, ["Nizami Gəncəvi məqbərəsini"]),
 ("Göygöl Milli Parkı", "LOC", None, None, ["Göygöl Milli Parkına"]),
 ("Qazax", "LOC", None, None, ["Qazax"]),
 ("Qırmızı Körpü", "LOC", None, None, ["Qırmızı Körpü"]),
], [
 E("VISIT", ["Levan Tsiklauri"], "Gəncə", "2027-09-14", "happened", "Levan Tsiklaurinin rəhbərlik etdiyi",
   ["parlamentlərarası əlaqələr", "regional əməkdaşlıq"], date_text="dünən",
   same_as="297_tsiklauri_gence_gurcustan_parlamenti_apa.txt"),
 E("MEET", ["Rasim Hacıbəyli", "Levan Tsiklauri"], "Gəncə", "2027-09-14", "happened", "qonaqları Gəncə Şəhər",
   ["kənd təsərrüfatı", "turizm"], host="Rasim Hacıbəyli", date_text="dünən",
   same_as="297_tsiklauri_gence_gurcustan_parlamenti_apa.txt"),
 E("VISIT", ["Levan Tsiklauri"], "Nizami Gəncəvi məqbərəsi", "2027-09-14", "happened", "Həmin gün heyət üzvləri",
   ["mədəni irs"], place="Nizami Gəncəvi məqbərəsi", date_text="Həmin gün",
   same_as="297_tsiklauri_gence_gurcustan_parlamenti_apa.txt"),
 E("MEET", ["Levan Tsiklauri", "Nazim Qurbanlı"], "Gəncə", "2027-09-15", "happened", "Bu gün Tsiklauri Gəncədə",
   ["regional inkişaf"], date_text="Bu gün", same_as="297_tsiklauri_gence_gurcustan_parlamenti_apa.txt"),
 E("VISIT", ["Levan Tsiklauri", "Nazim Qurbanlı"], "Göygöl Milli Parkı", "2027-09-15", "happened", "Görüşdən sonra həmsöhbətlər birlikdə Göygöl Milli Parkına gedib",
   ["ekoturizm"], place="Göygöl Milli Parkı", date_text="Bu gün",
   same_as="297_tsiklauri_gence_gurcustan_parlamenti_apa.txt"),
], duplicate_of="297_tsiklauri_gence_gurcustan_parlamenti_apa.txt")

A("299_bagirli_brussel_parlament_emekdasliq_metbuat.txt", "metbuat.az", """date 2027-10-20
Aİ–Azərbaycan Parlament Əməkdaşlıq Komitəsinin iclası Brüsseldə keçirilib

Sədr müavini Aynur Bağırlının rəhbərlik etdiyi Milli Məclis nümayəndə heyəti bazar ertəsi Brüsselə gəlib.

Metbuat.az xəbər verir ki, dünən Avropa Parlamentinin binasında Aİ–Azərbaycan Parlament Əməkdaşlıq Komitəsinin növbəti iclası olub. Toplantıya Avropa Parlamentinin Cənubi Qafqazla əlaqələr üzrə nümayəndə heyətinin sədri Yan Novak və Aynur Bağırlı birgə sədrlik ediblər.

İclasda enerji keçidi, bərpa olunan mənbələrdən əldə edilən elektrik enerjisinin Xəzərdən Avropaya ötürülməsi, həmçinin regionda kommunikasiyaların açılması müzakirə olunub, yekun bəyanat qəbul edilib.

İclasdan əvvəl Bağırlı Avropa Parlamentinin vitse-prezidenti Elena Mureşan tərəfindən qəbul olunub. Bu gün isə Azərbaycan heyəti Avropa Komissiyasının genişlənmə və qonşuluq siyasəti üzrə komissarı Petra Lindholm ilə görüşüb.

Xatırladaq ki, əvvəlcə iclasın sentyabrda Bakıda keçirilməsi planlaşdırılırdı, lakin Avropa Parlamentinin iş qrafiki ilə əlaqədar toplantı Brüsselə köçürülüb.
""", [
 ("Aynur Bağırlı", "PER", "sədr müavini", "Milli Məclis", ["Aynur Bağırlının", "Aynur Bağırlı", "Bağırlı"]),
 ("Yan Novak", "PER", "nümayəndə heyətinin sədri", "Avropa Parlamenti", ["Yan Novak"]),
 ("Elena Mureşan", "PER", "vitse-prezident", "Avropa Parlamenti", ["Elena Mureşan"]),
 ("Petra Lindholm", "PER", "komissar", "Avropa Komissiyası", ["Petra Lindholm"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclis"]),
 ("Avropa Parlamenti", "ORG", None, None, ["Avropa Parlamentinin"]),
 ("Avropa Komissiyası", "ORG", None, None, ["Avropa Komissiyasının"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Aİ"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Brüssel", "LOC", None, None, ["Brüsseldə", "Brüsselə"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqazla"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzərdən"]),
 ("Avropa", "LOC", None, None, ["Avropaya"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
], [
 E("VISIT", ["Aynur Bağırlı"], "Brüssel", "2027-10-18", "happened", "Sədr müavini Aynur Bağırlının",
   ["parlamentlərarası əlaqələr"], date_text="bazar ertəsi"),
 E("MEET", ["Yan Novak", "Aynur Bağırlı"], "Avropa Parlamenti", "2027-10-19", "happened", "dünən Avropa Parlamentinin binasında",
   ["enerji keçidi", "kommunikasiyalar", "parlamentlərarası əlaqələr"], date_text="dünən",
   event_name="Aİ–Azərbaycan Parlament Əməkdaşlıq Komitəsinin iclası"),
 E("MEET", ["Elena Mureşan", "Aynur Bağırlı"], "Brüssel", "2027-10-19", "happened", "İclasdan əvvəl Bağırlı",
   ["parlamentlərarası əlaqələr"], host="Elena Mureşan", date_text="İclasdan əvvəl"),
 E("MEET", ["Aynur Bağırlı", "Petra Lindholm"], "Brüssel", "2027-10-20", "happened", "Bu gün isə Azərbaycan heyəti",
   ["qonşuluq siyasəti"], date_text="Bu gün"),
 E("MEET", ["Yan Novak", "Aynur Bağırlı"], "Bakı", "2027-09", "negated", "əvvəlcə iclasın sentyabrda",
   ["parlamentlərarası əlaqələr"], date_text="sentyabrda",
   event_name="Aİ–Azərbaycan Parlament Əməkdaşlıq Komitəsinin iclası"),
])
