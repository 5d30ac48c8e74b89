A("498_alimov_dovlet_seferi_uza.txt", None, """date 2026-08-20
Şuhrat Alimov Azərbaycana dövlət səfərindədir

Bakı, 20 avqust (UzA). Özbəkistan Respublikasının Prezidenti Şuhrat Alimov avqustun 19–21-də Azərbaycanda dövlət səfərindədir. Dövlətimizin başçısını daşıyan təyyarə dünən axşam Heydər Əliyev Beynəlxalq Aeroportunda yerə enib; yüksək qonağı orada Azərbaycanın Baş naziri Nicat Ələsgərli qarşılayıb.

Bu gün Bakıda Şuhrat Alimovun rəsmi qarşılanma mərasimi olub. Azərbaycan Prezidenti Teymur Səlimov Özbəkistan liderini fəxri qarovul dəstəsinin düzüldüyü meydanda qarşılayıb, sonra liderlər əvvəl təkbətək söhbət edib, daha sonra danışıqları geniş heyətdə davam etdiriblər.

Danışıqlarda qarşılıqlı ticarətin həcmini yaxın üç ildə 2 milyard dollara çatdırmaq hədəfi təsdiqlənib. Xəzər dənizi ilə tranzitin artırılması, özbək podratçılarının Qarabağda icra etdiyi layihələr də gündəlikdə olub.

Danışıqlardan sonra iki ölkə arasında 12 sənəd imzalanıb. Müttəfiqlik münasibətləri haqqında Bəyannaməni Şuhrat Alimov və Teymur Səlimov imzalayıblar.

Rəsmi proqrama əsasən, sabah dövlətimizin başçısı Füzuli şəhərinə gedəcək və burada Özbəkistanın hədiyyəsi olan Mirzə Uluqbəy adına məktəbin yeni korpusunun açılışında iştirak edəcək. Səfər çərçivəsində Prezidentin Bakıda yaşayan özbək icmasının nümayəndələri ilə görüşü də nəzərdə tutulur.
""", [
 ("Şuhrat Alimov", "PER", "Prezident", "Özbəkistan", ["Şuhrat Alimov", "Şuhrat Alimovun"]),
 ("Nicat Ələsgərli", "PER", "baş nazir", "Azərbaycan", ["Nicat Ələsgərli"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("UzA", "ORG", None, None, ["UzA"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycana", "Azərbaycanda", "Azərbaycanın", "Azərbaycan"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistan Respublikasının", "Özbəkistan", "Özbəkistanın"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıda"]),
 ("Heydər Əliyev Beynəlxalq Aeroportu", "LOC", None, None, ["Heydər Əliyev Beynəlxalq Aeroportunda"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizi"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağda"]),
 ("Füzuli", "LOC", None, None, ["Füzuli"]),
], [
 E("VISIT", ["Şuhrat Alimov"], "Azərbaycan", "2026-08-19", "happened", "avqustun 19–21-də Azərbaycanda",
   ["dövlət səfəri"], date_text="avqustun 19–21-də"),
 E("MEET", ["Nicat Ələsgərli", "Şuhrat Alimov"], "Heydər Əliyev Beynəlxalq Aeroportu", "2026-08-19", "happened",
   "yüksək qonağı orada", ["dövlət səfəri"], host="Nicat Ələsgərli", date_text="dünən"),
 E("MEET", ["Teymur Səlimov", "Şuhrat Alimov"], "Bakı", "2026-08-20", "happened", "Özbəkistan liderini fəxri",
   ["ticarət", "tranzit", "Qarabağın bərpası"], host="Teymur Səlimov", date_text="Bu gün"),
 E("SIGN", ["Şuhrat Alimov", "Teymur Səlimov"], "Bakı", "2026-08-20", "happened", "Bəyannaməni Şuhrat",
   ["müttəfiqlik"]),
 E("VISIT", ["Şuhrat Alimov"], "Füzuli", "2026-08-21", "planned", "sabah dövlətimizin başçısı Füzuli",
   ["Qarabağın bərpası"], date_text="sabah"),
 E("ATTEND", ["Şuhrat Alimov"], "Füzuli", "2026-08-21", "planned", "sabah dövlətimizin başçısı Füzuli",
   ["təhsil", "Qarabağın bərpası"], date_text="sabah",
   event_name="Mirzə Uluqbəy adına məktəbin yeni korpusunun açılışı"),
])

A("499_gence_kutaisi_qardaslasma_respublika.txt", None, """date 2026-06
Gəncə ilə Kutaisi qardaşlaşmış şəhərlər oldu

Gəncə Şəhər İcra Hakimiyyətinin başçısı Mübariz Heydərlinin rəhbərlik etdiyi nümayəndə heyəti iyunun 11-dən 13-dək Gürcüstanda işgüzar səfərdə olub. Heyətin tərkibində şəhərin iş adamları, Gəncə Dövlət Universitetinin və Azərbaycan Dövlət Aqrar Universitetinin müəllimləri də var idi.

Səfərin ilk günü qonaqlar Tbilisidə Azərbaycanın Gürcüstandakı səfiri Elxan Süleymanlı ilə görüşüblər. Səfir qonşu ölkədə yaşayan soydaşlarımızın ictimai həyatı, Marneuli və Qardabanidə fəaliyyət göstərən mədəniyyət mərkəzləri barədə məlumat verib.

Iyunun 12-də heyət Kutaisiyə yollanıb. Şəhər meriyasında Mübariz Heydərlini Kutaisinin meri Davit Kapanadze qarşılayıb. Görüşdə iki şəhər arasında nəqliyyat, turizm ve təhsil sahələrində əlaqələrin gücləndirilməsi yolları nəzərdən keçirilib. Kapanadze Kutaisi hava limanından Gəncəyə birbaşa reys açılması təşəbbüsünü dəstəklədiyini bildirib.

Görüşün sonunda Heydərli və Kapanadze Gence ilə Kutaisi arasında qardaşlaşmış şəhərlər haqqında muqavilə imzalayıblar.

Ertəsi gün qonaqlar YUNESKO-nun irs siyahısındakı Gelati monastırını ziya-
rət ediblər.

Davit Kapanadzenin payızda Gəncəyə cavab səfəri edəcəyi gözlənilir.

Xatırladaq ki, Gəncə hazırda 20-den çox xarici şəhərlə qardaşlıq əlaqələri saxlayır. Onların arasında Türkiyənin Kayseri, Qazaxıstanın Türkistan, Ukraynanın Xarkov şəhərləri var. Kutaisi isə bu siyahıya qonşu Gürcüstandan daxil olan ilk şəhər olub. Hər iki şəhərin tarixi mərkəzləri orta əsrlərdə İpək yolu üzərindəki ticarət məntəqələri kimi tanınıb.

Tural ƏHMƏDOV,
«Respublika»
""", [
 ("Mübariz Heydərli", "PER", "icra başçısı", "Gəncə Şəhər İcra Hakimiyyəti", ["Mübariz Heydərlinin", "Mübariz Heydərlini", "Heydərli"]),
 ("Elxan Süleymanlı", "PER", "səfir", "Azərbaycan", ["Elxan Süleymanlı"]),
 ("Davit Kapanadze", "PER", "meri", "Gürcüstan", ["Davit Kapanadze", "Kapanadze", "Davit Kapanadzenin"]),
 ("Tural Əhmədov", "PER", None, None, ["Tural ƏHMƏDOV"]),
 ("Gəncə Şəhər İcra Hakimiyyəti", "ORG", None, None, ["Gəncə Şəhər İcra Hakimiyyətinin"]),
 ("Gəncə Dövlət Universiteti", "ORG", None, None, ["Gəncə Dövlət Universitetinin"]),
 ("Azərbaycan Dövlət Aqrar Universiteti", "ORG", None, None, ["Azərbaycan Dövlət Aqrar Universitetinin"]),
 ("YUNESKO", "ORG", None, None, ["YUNESKO-nun"]),
 ("Respublika", "ORG", None, None, ["Respublika"]),
 ("Gəncə", "LOC", None, None, ["Gəncə", "Gəncəyə", "Gence"]),
 ("Kutaisi", "LOC", None, None, ["Kutaisi", "Kutaisiyə", "Kutaisinin"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstanda", "Gürcüstandakı", "Gürcüstandan"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin"]),
 ("Kayseri", "LOC", None, None, ["Kayseri"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstanın"]),
 ("Türkistan", "LOC", None, None, ["Türkistan"]),
 ("Ukrayna", "LOC", None, None, ["Ukraynanın"]),
 ("Xarkov", "LOC", None, None, ["Xarkov"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisidə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Marneuli", "LOC", None, None, ["Marneuli"]),
 ("Qardabani", "LOC", None, None, ["Qardabanidə"]),
 ("Gelati monastırı", "LOC", None, None, ["Gelati monastırını"]),
], [
 E("VISIT", ["Mübariz Heydərli"], "Gürcüstan", "2026-06-11", "happened", "Gəncə Şəhər İcra Hakimiyyətinin başçısı",
   ["şəhərlərarası əməkdaşlıq"], date_text="iyunun 11-dən 13-dək"),
 E("MEET", ["Mübariz Heydərli", "Elxan Süleymanlı"], "Tbilisi", "2026-06-11", "happened", "Səfərin ilk günü qonaqlar",
   ["diaspor", "mədəniyyət"], date_text="Səfərin ilk günü"),
 E("VISIT", ["Mübariz Heydərli"], "Kutaisi", "2026-06-12", "happened", "Iyunun 12-də heyət",
   ["şəhərlərarası əməkdaşlıq"], date_text="Iyunun 12-də"),
 E("MEET", ["Davit Kapanadze", "Mübariz Heydərli"], "Kutaisi", "2026-06-12", "happened", "Şəhər meriyasında",
   ["nəqliyyat", "turizm", "təhsil", "aviareyslər"], host="Davit Kapanadze"),
 E("SIGN", ["Mübariz Heydərli", "Davit Kapanadze"], "Kutaisi", "2026-06-12", "happened", "Görüşün sonunda Heydərli",
   ["qardaşlaşmış şəhərlər"]),
 E("VISIT", ["Mübariz Heydərli"], "Gelati monastırı", "2026-06-13", "happened", "Ertəsi gün qonaqlar",
   ["mədəni irs"], place="Gelati monastırı", date_text="Ertəsi gün"),
 E("VISIT", ["Davit Kapanadze"], "Gəncə", None, "planned", "Davit Kapanadzenin payızda",
   ["şəhərlərarası əməkdaşlıq"], date_text="payızda"),
])

A("500_sadirov_naxcivan_apa.txt", "APA", """date 2026-10-02
TDT-nin Baş katibi Naxçıvanda səfərdədir

Türk Dövlətləri Təşkilatının Baş katibi Ömürbek Sadırov dünən Naxçıvana gəlib. APA-nın Naxçıvan bürosunun xəbərinə görə, səfər təşkilatın təməl sənədinin – 2009-cu ildə burada imzalanmış sazişin ildönümü ərəfəsinə təsadüf edir.

Bu gün Baş katib Naxçıvan Muxtar Respublikası Ali Məclisinin Sədri Rəşad Behbudov tərəfindən qəbul olunub. Görüşdə muxtar respublikanın türk dövlətlərinin bölgələri ilə əlaqələrindən, Naxçıvanın turizm potensialının təşkilat çərçivəsində tanıdılmasından danışılıb.

Ömürbek Sadırov daha sonra Naxçıvan Dövlət Universitetində tələbələrlə görüşüb, türk dünyasının ortaq təhsil məkanı ideyası haqqında mühazirə oxuyub.

Sabah qonaq Naxçıvanda keçiriləcək "Türk dünyasının inteqrasiya yolu: on yeddi il" adlı beynəlxalq elmi konfransda çıxış edəcək. Konfransa Türkiyə, Qazaxıstan, Qırğızıstan və Özbəkistandan alimlərin qatılacağı bildirilir.

Səfər bazar günü başa çatacaq. Baş katib Bakıya qayıtmazdan əvvəl Ordubada gedərək şəhərin tarixi məhəllələri ilə tanış olacaq.
""", [
 ("Ömürbek Sadırov", "PER", "baş katib", "Türk Dövlətləri Təşkilatı", ["Ömürbek Sadırov"]),
 ("Rəşad Behbudov", "PER", "sədr", "Naxçıvan Muxtar Respublikası Ali Məclisi", ["Rəşad Behbudov"]),
 ("Türk Dövlətləri Təşkilatı", "ORG", None, None, ["TDT-nin", "Türk Dövlətləri Təşkilatının"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Naxçıvan Muxtar Respublikası Ali Məclisi", "ORG", None, None, ["Naxçıvan Muxtar Respublikası Ali Məclisinin"]),
 ("Naxçıvan Dövlət Universiteti", "ORG", None, None, ["Naxçıvan Dövlət Universitetində"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvanda", "Naxçıvana", "Naxçıvan", "Naxçıvanın"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstan"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistandan"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Ordubad", "LOC", None, None, ["Ordubada"]),
], [
 E("VISIT", ["Ömürbek Sadırov"], "Naxçıvan", "2026-10-01", "happened", "Ömürbek Sadırov dünən Naxçıvana",
   ["türk dünyası"], date_text="dünən"),
 E("MEET", ["Rəşad Behbudov", "Ömürbek Sadırov"], "Naxçıvan", "2026-10-02", "happened", "Bu gün Baş katib",
   ["regional əməkdaşlıq", "turizm"], host="Rəşad Behbudov", date_text="Bu gün"),
 E("VISIT", ["Ömürbek Sadırov"], "Naxçıvan Dövlət Universiteti", "2026-10-02", "happened", "daha sonra Naxçıvan Dövlət",
   ["təhsil"], place="Naxçıvan Dövlət Universiteti"),
 E("ATTEND", ["Ömürbek Sadırov"], "Naxçıvan", "2026-10-03", "planned", "Sabah qonaq Naxçıvanda",
   ["türk dünyası", "elm"], date_text="Sabah", event_name='"Türk dünyasının inteqrasiya yolu: on yeddi il" konfransı'),
 E("VISIT", ["Ömürbek Sadırov"], "Ordubad", "2026-10-04", "planned", "Ordubada gedərək",
   ["mədəni irs"], date_text="bazar günü"),
])

A("501_tdt_bas_katibi_naxcivanda_metbuat.txt", "metbuat.az", """date 2026-10-02
Ömürbek Sadırov Naxçıvanda Ali Məclisin Sədri ilə görüşüb

Türk Dövlətləri Təşkilatının Baş katibi Ömürbek Sadırov dünən Naxçıvana gəlib. Metbuat.az APA-ya istinadən bildirir ki, səfər təşkilatın təməl sənədinin – 2009-cu ildə burada imzalanmış sazişin ildönümü ərəfəsinə təsadüf edir.

Bu gün Baş katib Naxçıvan Muxtar Respublikası Ali Məclisinin Sədri Rəşad Behbudov tərəfindən qəbul olunub. Görüşdə muxtar respublikanın türk dövlətlərinin bölgələri ilə əlaqələrindən, Naxçıvanın turizm potensialının təşkilat çərçivəsində tanıdılmasından danışılıb.

Ömürbek Sadırov daha sonra Naxçıvan Dövlət Universitetində tələbələrlə görüşüb, türk xalqlarının ortaq təhsil məkanı ideyası barədə mühazirə oxuyub.

Sabah qonaq Naxçıvanda keçiriləcək "Türk dünyasının inteqrasiya yolu: on yeddi il" adlı beynəlxalq elmi konfransda çıxış edəcək. Konfransa Türkiyə, Qazaxıstan, Qırğızıstan və Özbəkistandan alimlərin qatılacağı bildirilir.

Səfər bazar günü başa çatacaq. Baş katib Bakıya qayıtmazdan əvvəl Ordubada gedərək şəhərin tarixi məhəllələri ilə tanış olacaq.
""", [
 ("Ömürbek Sadırov", "PER", "baş katib", "Türk Dövlətləri Təşkilatı", ["Ömürbek Sadırov"]),
 ("Rəşad Behbudov", "PER", "sədr", "Naxçıvan Muxtar Respublikası Ali Məclisi", ["Rəşad Behbudov"]),
 ("Türk Dövlətləri Təşkilatı", "ORG", None, None, ["Türk Dövlətləri Təşkilatının"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az"]),
 ("APA", "ORG", None, None, ["APA-ya"]),
 ("Naxçıvan Muxtar Respublikası Ali Məclisi", "ORG", None, None, ["Ali Məclisin", "Naxçıvan Muxtar Respublikası Ali Məclisinin"]),
 ("Naxçıvan Dövlət Universiteti", "ORG", None, None, ["Naxçıvan Dövlət Universitetində"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvanda", "Naxçıvana", "Naxçıvanın"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstan"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistandan"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Ordubad", "LOC", None, None, ["Ordubada"]),
], [
 E("VISIT", ["Ömürbek Sadırov"], "Naxçıvan", "2026-10-01", "happened", "Ömürbek Sadırov dünən Naxçıvana",
   ["türk dünyası"], date_text="dünən", same_as="500_sadirov_naxcivan_apa.txt"),
 E("MEET", ["Rəşad Behbudov", "Ömürbek Sadırov"], "Naxçıvan", "2026-10-02", "happened", "Bu gün Baş katib",
   ["regional əməkdaşlıq", "turizm"], host="Rəşad Behbudov", date_text="Bu gün", same_as="500_sadirov_naxcivan_apa.txt"),
 E("VISIT", ["Ömürbek Sadırov"], "Naxçıvan Dövlət Universiteti", "2026-10-02", "happened", "daha sonra Naxçıvan Dövlət",
   ["təhsil"], place="Naxçıvan Dövlət Universiteti", same_as="500_sadirov_naxcivan_apa.txt"),
 E("ATTEND", ["Ömürbek Sadırov"], "Naxçıvan", "2026-10-03", "planned", "Sabah qonaq Naxçıvanda",
   ["türk dünyası", "elm"], date_text="Sabah", event_name='"Türk dünyasının inteqrasiya yolu: on yeddi il" konfransı',
   same_as="500_sadirov_naxcivan_apa.txt"),
 E("VISIT", ["Ömürbek Sadırov"], "Ordubad", "2026-10-04", "planned", "Ordubada gedərək",
   ["mədəni irs"], date_text="bazar günü", same_as="500_sadirov_naxcivan_apa.txt"),
], duplicate_of="500_sadirov_naxcivan_apa.txt")

A("502_demirtas_humbetli_baki_metbuat.txt", "metbuat.az", """date 2026-04-08
Aylin Demirtaş Bakıda: ikitərəfli ticarət sazişinə əlavə protokol imzalanıb - Metbuat.az

METBUAT.AZ
Gündəm • Ölkə • Ekonomika • Sosial • Xarici • Mədəniyyət
Reklam
08.04.2026 / 15:20
Aylin Demirtaş Bakıda: ikitərəfli ticarət sazişinə əlavə protokol imzalanıb

Türkiyə Respublikasının ticarət naziri Aylin Demirtaş bu gün işgüzar səfərlə Bakıya gəlib. Hava limanından birbaşa İqtisadiyyat Nazirliyinə gələn qonaqla Zaur Hümbətli arasında danışıqlar olub.

Nazirlər preferensial ticarət sazişinin əhatə etdiyi malların siyahısının genişləndirilməsini, qarşılıqlı ticarətin həcminin 15 milyard dollara çatdırılması hədəfini müzakirə ediblər. Danışıqların yekununda saziş üzrə əlavə protokol imzalanıb: sənədə Hümbətli və Demirtaş imza atıblar.

Daha sonra Aylin Demirtaş Baş nazir Nicat Ələsgərlinin qəbulunda olub. Söhbət zamanı Naxçıvanla Türkiyə arasında yeni gömrük-keçid məntəqəsinin açılması, muxtar respublikaya çəkilən dəmir yolu xəttinin tikintisinin sürətləndirilməsi gündəmə gəlib.

Türk nazirin dəvəti ilə Zaur Hümbətli gələn ay İstanbula gedəcək. O, orada ənənəvi Türkiyə–Azərbaycan Biznes Forumunun işinə qatılacaq.

Paylaş
Son xəbərlər
Naxçıvanda yeni gömrük məntəqəsi tikilir
Qazaxıstan taxılı Ələt limanı ilə daşınacaq
Saytdakı yazıların köçürülməsi yalnız Metbuat.az-a aktiv keçid verməklə mümkündür.
""", [
 ("Aylin Demirtaş", "PER", "ticarət naziri", "Türkiyə", ["Aylin Demirtaş", "Demirtaş"]),
 ("Zaur Hümbətli", "PER", "iqtisadiyyat naziri", "İqtisadiyyat Nazirliyi", ["Zaur Hümbətli", "Hümbətli"]),
 ("Nicat Ələsgərli", "PER", "baş nazir", "Azərbaycan", ["Nicat Ələsgərlinin"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az", "METBUAT.AZ", "Metbuat.az-a"]),
 ("İqtisadiyyat Nazirliyi", "ORG", None, None, ["İqtisadiyyat Nazirliyinə"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə Respublikasının", "Türkiyə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvanla", "Naxçıvanda"]),
 ("İstanbul", "LOC", None, None, ["İstanbula"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan"]),
 ("Ələt", "LOC", None, None, ["Ələt"]),
], [
 E("VISIT", ["Aylin Demirtaş"], "Bakı", "2026-04-08", "happened", "Aylin Demirtaş bu gün işgüzar",
   ["ticarət"], date_text="bu gün"),
 E("MEET", ["Zaur Hümbətli", "Aylin Demirtaş"], "İqtisadiyyat Nazirliyi", "2026-04-08", "happened",
   "Hava limanından birbaşa", ["ticarət", "preferensial ticarət"]),
 E("SIGN", ["Zaur Hümbətli", "Aylin Demirtaş"], "İqtisadiyyat Nazirliyi", "2026-04-08", "happened",
   "Danışıqların yekununda saziş", ["preferensial ticarət"]),
 E("MEET", ["Nicat Ələsgərli", "Aylin Demirtaş"], "Bakı", "2026-04-08", "happened", "Daha sonra Aylin",
   ["gömrük", "dəmir yolu"], host="Nicat Ələsgərli"),
 E("VISIT", ["Zaur Hümbətli"], "İstanbul", "2026-05", "planned", "Türk nazirin dəvəti ilə",
   ["ticarət"], date_text="gələn ay"),
 E("ATTEND", ["Zaur Hümbətli"], "İstanbul", "2026-05", "planned", "O, orada ənənəvi",
   ["biznes"], date_text="gələn ay", event_name="Türkiyə–Azərbaycan Biznes Forumu"),
])

A("503_babasov_tdt_neqliyyat_xive_trend.txt", "trend.az", """date 2026-10-15
Xivədə TDT ölkələrinin nəqliyyat nazirləri konteyner tariflərini razılaşdırıb

Türk Dövlətləri Təşkilatına üzv ölkələrin nəqliyyat nazirlərinin altıncı toplantısı oktyabrın 14–15-də Özbəkistanın Xivə şəhərində keçirilib. Azərbaycanı tədbirdə rəqəmsal inkişaf və nəqliyyat naziri Orxan Babaşov təmsil edib; nazir Xivəyə dünən səhər gəlib.

Trend-in Daşkənd müxbirinin yazdığına görə, müzakirələrin mərkəzində Xəzər üzərindən keçən multimodal yük axınlarının rəqəmsallaşdırılması dayanıb. Babaşov çıxışında Ələt limanının konteyner terminalının genişləndirilməsindən sonra yükaşırma gücünün 1 milyon TEU-ya çatdırılacağını bildirib.

Dünən axşam Babaşov özbək həmkarı İlhom Mahkamovla ikitərəfli görüş keçirib. Söhbətdə Daşkənd–Bakı marşrutu ilə konteyner qatarlarının sayının artırılması nəzərdən keçirilib.

Toplantının ikinci günü Babaşov, Mahkamov və Qazaxıstanın nəqliyyat naziri Yerbol Kuanışev üçtərəfli memorandum imzalayıblar: sənəd Xəzər dənizi üzərindən konteyner daşımalarında vahid tarif siyasətini nəzərdə tutur. Bu gün toplantının bağlanışından sonra Azərbaycan naziri İçan-Qala qoruğunu gəzib.

Türkiyənin nəqliyyat və infrastruktur naziri Orhan Kalkavanın tədbirə qatılacağı əvvəlcədən açıqlansa da, o, son anda Xivəyə gəlməyib; türk heyətinə nazir müavini başçılıq edib.

Mahkamovun noyabrda Bakıya səfəri gözlənilir.
""", [
 ("Orxan Babaşov", "PER", "rəqəmsal inkişaf və nəqliyyat naziri", "Azərbaycan", ["Orxan Babaşov", "Babaşov"]),
 ("İlhom Mahkamov", "PER", "nəqliyyat naziri", "Özbəkistan", ["İlhom Mahkamovla", "Mahkamov", "Mahkamovun"]),
 ("Yerbol Kuanışev", "PER", "nəqliyyat naziri", "Qazaxıstan", ["Yerbol Kuanışev"]),
 ("Orhan Kalkavan", "PER", "nəqliyyat və infrastruktur naziri", "Türkiyə", ["Orhan Kalkavanın"]),
 ("Türk Dövlətləri Təşkilatı", "ORG", None, None, ["TDT", "Türk Dövlətləri Təşkilatına"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Xivə", "LOC", None, None, ["Xivədə", "Xivə", "Xivəyə"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanı", "Azərbaycan"]),
 ("Daşkənd", "LOC", None, None, ["Daşkənd"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər", "Xəzər dənizi"]),
 ("Ələt", "LOC", None, None, ["Ələt"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıya"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstanın"]),
 ("İçan-Qala", "LOC", None, None, ["İçan-Qala"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin"]),
], [
 E("ATTEND", ["Orxan Babaşov"], "Xivə", "2026-10-14", "happened", "Azərbaycanı tədbirdə rəqəmsal",
   ["nəqliyyat", "rəqəmsallaşma", "liman infrastrukturu"], date_text="oktyabrın 14–15-də",
   event_name="TDT nəqliyyat nazirlərinin altıncı toplantısı"),
 E("VISIT", ["Orxan Babaşov"], "Xivə", "2026-10-14", "happened", "Azərbaycanı tədbirdə rəqəmsal",
   ["nəqliyyat"], date_text="dünən"),
 E("MEET", ["Orxan Babaşov", "İlhom Mahkamov"], "Xivə", "2026-10-14", "happened", "Dünən axşam Babaşov",
   ["dəmir yolu daşımaları"], date_text="Dünən"),
 E("SIGN", ["Orxan Babaşov", "İlhom Mahkamov", "Yerbol Kuanışev"], "Xivə", "2026-10-15", "happened",
   "Toplantının ikinci günü Babaşov", ["tarif siyasəti", "konteyner daşımaları"], date_text="Toplantının ikinci günü"),
 E("VISIT", ["Orxan Babaşov"], "İçan-Qala", "2026-10-15", "happened", "Bu gün toplantının bağlanışından",
   ["mədəni irs"], place="İçan-Qala", date_text="Bu gün"),
 E("ATTEND", ["Orhan Kalkavan"], "Xivə", "2026-10-14", "negated", "Orhan Kalkavanın tədbirə",
   ["nəqliyyat"], event_name="TDT nəqliyyat nazirlərinin altıncı toplantısı"),
 E("VISIT", ["Orhan Kalkavan"], "Xivə", None, "negated", "Orhan Kalkavanın tədbirə",
   ["nəqliyyat"]),
 E("VISIT", ["İlhom Mahkamov"], "Bakı", "2026-11", "planned", "Mahkamovun noyabrda",
   ["nəqliyyat"], date_text="noyabrda"),
])

A("504_xezeryani_nazirler_aktau_apa.txt", "APA", """date 2026-11-18
Xəzəryanı ölkələrin xarici işlər nazirləri dekabrda Aktauda toplanacaq

Xəzəryanı beş dövlətin xarici işlər nazirlərinin növbəti görüşü dekabrın 8-də Qazaxıstanın Aktau şəhərində olacaq. Bunu XİN-in mətbuat katibi Aydan Rəhimli bu gün həftəlik brifinqdə jurnalistlərin suallarını cavablandırarkən deyib.

Mətbuat katibinin sözlərinə görə, toplantıda ölkəmizi xarici işlər naziri Ruslan Kazımlı təmsil edəcək. Nazirin dekabrın 7-də Aktaua yola düşəcəyi, görüşün kənarında isə iranlı həmkarı Əli Rza Kəmalvəndlə ikitərəfli danışıqlar aparacağı gözlənilir. Nazirlər toplantısından sonra Kazımlının Aktau Dəniz Ticarət Limanının yeni bərə terminalına baş çəkməsi də proqrama salınıb.

Xatırladaq ki, əvvəlcə toplantının oktyabrda Həştərxanda keçirilməsi planlaşdırılırdı, lakin tərəflərin razılığı ilə həm yer, həm də vaxt dəyişdirilib.

Aydan Rəhimli həmçinin bildirib ki, Ruslan Kazımlı bu gün Türkmənistan Prezidentinin Xəzər məsələləri üzrə xüsusi nümayəndəsi Dövlətmırat Ataniyazovla görüşüb. Tərəflər Xəzər dənizinin hüquqi statusu haqqında Konvensiyanın tətbiqi ilə bağlı ekspert məsləhətləşmələrinin nəticələrini və Aktau görüşünün gündəliyini müzakirə ediblər.
""", [
 ("Aydan Rəhimli", "PER", "mətbuat katibi", "Xarici İşlər Nazirliyi", ["Aydan Rəhimli"]),
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Xarici İşlər Nazirliyi", ["Ruslan Kazımlı", "Kazımlının"]),
 ("Əli Rza Kəmalvənd", "PER", "xarici işlər naziri", None, ["Əli Rza Kəmalvəndlə"]),
 ("Dövlətmırat Ataniyazov", "PER", "xüsusi nümayəndə", "Türkmənistan", ["Dövlətmırat Ataniyazovla"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["XİN-in"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstanın"]),
 ("Aktau", "LOC", None, None, ["Aktauda", "Aktau", "Aktaua"]),
 ("Aktau Dəniz Ticarət Limanı", "LOC", None, None, ["Aktau Dəniz Ticarət Limanının"]),
 ("Həştərxan", "LOC", None, None, ["Həştərxanda"]),
 ("Türkmənistan", "LOC", None, None, ["Türkmənistan"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər", "Xəzər dənizinin"]),
], [
 E("ATTEND", ["Ruslan Kazımlı"], "Aktau", "2026-12-08", "planned", "toplantıda ölkəmizi xarici",
   ["Xəzər dənizi", "regional əməkdaşlıq"], event_name="Xəzəryanı dövlətlərin xarici işlər nazirlərinin görüşü"),
 E("VISIT", ["Ruslan Kazımlı"], "Aktau", "2026-12-07", "planned", "Nazirin dekabrın 7-də",
   ["Xəzər dənizi"], date_text="dekabrın 7-də"),
 E("MEET", ["Ruslan Kazımlı", "Əli Rza Kəmalvənd"], "Aktau", "2026-12-08", "planned", "Nazirin dekabrın 7-də",
   ["ikitərəfli əlaqələr"]),
 E("VISIT", ["Ruslan Kazımlı"], "Aktau Dəniz Ticarət Limanı", "2026-12-08", "planned", "Nazirlər toplantısından sonra",
   ["bərə daşımaları"], place="Aktau Dəniz Ticarət Limanı"),
 E("MEET", ["Ruslan Kazımlı", "Dövlətmırat Ataniyazov"], None, "2026-11-18", "happened", "Ruslan Kazımlı bu gün Türkmənistan",
   ["Xəzər dənizinin hüquqi statusu"], date_text="bu gün"),
])

A("505_orazova_turkmen_meclisi_baki_report.txt", "report.az", """date 2026-07-08
Türkmənistan Məclisinin heyəti Bakıda: deputatlar enerji və nəqliyyat əməkdaşlığını müzakirə edib

REPORT
Son xəbərlər | Siyasət | Biznes | Energetika | Cəmiyyət | İdman | Hərbi
8 iyul 2026, 11:40
Türkmənistan Məclisinin heyəti Bakıda

Türkmənistan Məclisinin Beynəlxalq və parlamentlərarası əlaqələr komitəsinin sədri Aynabat Orazovanın başçılıq etdiyi heyət Bakıda səfərdədir. Türkmən deputatları ölkəmizə bazar ertəsi gecə gəliblər.

Bu gün heyət Milli Məclisin Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsinin sədri Cavid Əhmədzadənin qəbulunda olub. Əhmədzadə qonaqlara iki ölkə arasında Xəzərdən keçən enerji və nəqliyyat layihələrinin parlament dəstəyi barədə danışıb, Orazova isə Aşqabadda yaradılan türkmən–azərbaycan dostluq evinin fəaliyyətindən bəhs edib.

Ardınca qonaqlar Milli Məclisdə Azərbaycan–Türkmənistan parlamentlərarası əlaqələr üzrə işçi qrupunun rəhbəri Elçin Mirzəbəyli ilə görüşüblər.

Sabah türkmən deputatlarını spiker Ləman Həsənbəyova qəbul edəcək. Cümə günü qonaqların Sumqayıta gedərək Sumqayıt Texnologiyalar Parkı ilə tanış olmaları nəzərdə tutulur.

Xəbəri paylaş
Ən çox oxunanlar
Xankəndi–Laçın yolunda təmir işləri yekunlaşır
Bakıda Xəzər ölkələrinin gənc alimləri toplaşıb
© Report.az, 2026. Məlumatların yayılması redaksiyanın razılığı ilə mümkündür.
""", [
 ("Aynabat Orazova", "PER", "komitə sədri", "Türkmənistan Məclisi", ["Aynabat Orazovanın", "Orazova"]),
 ("Cavid Əhmədzadə", "PER", "komitə sədri", "Milli Məclis", ["Cavid Əhmədzadənin", "Əhmədzadə"]),
 ("Elçin Mirzəbəyli", "PER", "işçi qrupunun rəhbəri", "Milli Məclis", ["Elçin Mirzəbəyli"]),
 ("Ləman Həsənbəyova", "PER", "spiker", "Milli Məclis", ["Ləman Həsənbəyova"]),
 ("Türkmənistan Məclisi", "ORG", None, None, ["Türkmənistan Məclisinin"]),
 ("Beynəlxalq və parlamentlərarası əlaqələr komitəsi", "ORG", None, None, ["Beynəlxalq və parlamentlərarası əlaqələr komitəsinin"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin", "Milli Məclisdə"]),
 ("Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsi", "ORG", None, None, ["Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsinin"]),
 ("Sumqayıt Texnologiyalar Parkı", "ORG", None, None, ["Sumqayıt Texnologiyalar Parkı"]),
 ("Report", "ORG", None, None, ["REPORT", "Report.az"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzərdən", "Xəzər"]),
 ("Aşqabad", "LOC", None, None, ["Aşqabadda"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Türkmənistan", "LOC", None, None, ["Türkmənistan"]),
 ("Sumqayıt", "LOC", None, None, ["Sumqayıta"]),
 ("Xankəndi", "LOC", None, None, ["Xankəndi"]),
 ("Laçın", "LOC", None, None, ["Laçın"]),
], [
 E("VISIT", ["Aynabat Orazova"], "Bakı", "2026-07-06", "happened", "başçılıq etdiyi heyət Bakıda",
   ["parlamentlərarası əlaqələr"], date_text="bazar ertəsi"),
 E("MEET", ["Cavid Əhmədzadə", "Aynabat Orazova"], "Milli Məclis", "2026-07-08", "happened", "Bu gün heyət Milli",
   ["enerji", "nəqliyyat", "parlamentlərarası əlaqələr"], host="Cavid Əhmədzadə", date_text="Bu gün"),
 E("MEET", ["Aynabat Orazova", "Elçin Mirzəbəyli"], "Milli Məclis", "2026-07-08", "happened", "Ardınca qonaqlar Milli",
   ["parlamentlərarası əlaqələr"]),
 E("MEET", ["Ləman Həsənbəyova", "Aynabat Orazova"], None, "2026-07-09", "planned", "Sabah türkmən deputatlarını",
   ["parlamentlərarası əlaqələr"], host="Ləman Həsənbəyova", date_text="Sabah"),
 E("VISIT", ["Aynabat Orazova"], "Sumqayıt Texnologiyalar Parkı", "2026-07-10", "planned", "Cümə günü qonaqların",
   ["sənaye"], place="Sumqayıt Texnologiyalar Parkı", date_text="Cümə günü"),
])
