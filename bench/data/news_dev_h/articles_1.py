A("181_meherremli_bas_nazirler_telefon.txt", "AZERTAC", """date 2026-01-14
Baş nazir Qazaxıstan və Qırğızıstan hökumət başçıları ilə telefonla danışıb

Qazaxıstan Respublikasının Baş naziri Asxat Jumabayev dünən Azərbaycan Respublikasının Baş naziri Tofiq Məhərrəmliyə zəng edib.

AZERTAC Nazirlər Kabinetinin mətbuat xidmətinə istinadən bildirir ki, hökumət başçıları Xəzər dənizi üzərindən yükdaşımaların həcmini, Aktau və Ələt limanları arasında bərə xəttinin genişləndirilməsini, habelə enerji sahəsindəki birgə layihələrin gedişatını nəzərdən keçiriblər. Jumabayev iki ölkə arasında əmtəə dövriyyəsinin ötən il rekord həddə çatdığını məmnunluqla vurğulayıb.

Söhbət zamanı qazaxıstanlı həmkarın fevralın ikinci ongünlüyündə Azərbaycana rəsmi səfəri barədə razılıq əldə olunub. Səfər zamanı hər iki Baş nazirin Xəzərdən keçən yaşıl enerji dəhlizinə dair hökumətlərarası sazişə imza atması planlaşdırılır.

Həmin gün Tofiq Məhərrəmli Qırğızıstan Nazirlər Kabinetinin Sədri Nurlan Asanaliyevi ad günü münasibətilə telefonla təbrik edib. Baş nazir qırğız həmkarına möhkəm cansağlığı və məsuliyyətli fəaliyyətində uğurlar arzulayıb. Nurlan Asanaliyev diqqətə görə təşəkkürünü bildirib, Bişkekdə yazda təşkil olunacaq Azərbaycan–Qırğızıstan biznes forumuna hazırlığın yekunlaşmaq üzrə olduğunu deyib.

Xatırladaq ki, Tofiq Məhərrəmli və Nurlan Asanaliyev sonuncu dəfə dekabrın 11-də Aşqabadda MDB Hökumət Başçıları Şurasının iclası çərçivəsində görüşmüşdülər.
""", [
 ("Tofiq Məhərrəmli", "PER", "baş nazir", "Nazirlər Kabineti", ["Tofiq Məhərrəmliyə", "Tofiq Məhərrəmli"]),
 ("Asxat Jumabayev", "PER", "baş nazir", "Qazaxıstan", ["Asxat Jumabayev", "Jumabayev"]),
 ("Nurlan Asanaliyev", "PER", "nazirlər kabinetinin sədri", "Qırğızıstan Nazirlər Kabineti", ["Nurlan Asanaliyevi", "Nurlan Asanaliyev"]),
 ("Nazirlər Kabineti", "ORG", None, None, ["Nazirlər Kabinetinin"]),
 ("Qırğızıstan Nazirlər Kabineti", "ORG", None, None, ["Qırğızıstan Nazirlər Kabinetinin"]),
 ("MDB Hökumət Başçıları Şurası", "ORG", None, None, ["MDB Hökumət Başçıları Şurasının"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan", "Qazaxıstan Respublikasının"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstan"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan Respublikasının", "Azərbaycana", "Azərbaycan"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizi", "Xəzərdən"]),
 ("Aktau", "LOC", None, None, ["Aktau"]),
 ("Ələt", "LOC", None, None, ["Ələt"]),
 ("Bişkek", "LOC", None, None, ["Bişkekdə"]),
 ("Aşqabad", "LOC", None, None, ["Aşqabadda"]),
], [
 E("CALL", ["Asxat Jumabayev", "Tofiq Məhərrəmli"], None, "2026-01-13", "happened", "Asxat Jumabayev dünən Azərbaycan",
   ["nəqliyyat", "ticarət", "enerji"], date_text="dünən"),
 E("VISIT", ["Asxat Jumabayev"], "Azərbaycan", "2026-02", "planned", "Söhbət zamanı qazaxıstanlı həmkarın",
   ["ikitərəfli münasibətlər"], date_text="fevralın ikinci ongünlüyündə"),
 E("SIGN", ["Tofiq Məhərrəmli", "Asxat Jumabayev"], "Azərbaycan", "2026-02", "planned", "Səfər zamanı hər iki Baş nazirin",
   ["yaşıl enerji"], date_text="fevralın ikinci ongünlüyündə"),
 E("CALL", ["Tofiq Məhərrəmli", "Nurlan Asanaliyev"], None, "2026-01-13", "happened", "Həmin gün Tofiq Məhərrəmli Qırğızıstan",
   ["təbrik", "biznes əlaqələri"], date_text="Həmin gün"),
 E("MEET", ["Tofiq Məhərrəmli", "Nurlan Asanaliyev"], "Aşqabad", "2025-12-11", "happened", "Xatırladaq ki, Tofiq Məhərrəmli və Nurlan",
   ["ikitərəfli münasibətlər"], date_text="dekabrın 11-də", event_name="MDB Hökumət Başçıları Şurasının iclası"),
])

A("182_hacibeyli_mitrovic_sefer_ertelenib.txt", "report.az", """date 2026-02-06
Serbiya XİN başçısının Bakıya səfəri mart ayına keçirilib

Serbiyanın xarici işlər naziri Dragan Mitroviçin fevralın 9–10-da Azərbaycana gözlənilən rəsmi səfəri ertələnib.

Xarici İşlər Nazirliyinin mətbuat xidmətindən Report-a bildiriblər ki, səfərin vaxtı Belqradda növbədənkənar parlament seçkiləri ilə bağlı sıxlaşan siyasi təqvim səbəbindən dəyişdirilib. Tərəflər səfərin martın son həftəsində reallaşdırılması barədə ilkin razılığa gəliblər.

Əvvəlki proqrama əsasən, Dragan Mitroviç fevralın 10-da Bakıda Azərbaycanın xarici işlər naziri Elnur Hacıbəyli ilə danışıqlar aparmalı, iki ölkə arasında vizasız rejimin şərtlərini yeniləyən protokolu imzalamalı idi.

Nazirlər dünən telefonla əlaqə saxlayaraq yeni tarixləri dəqiqləşdiriblər. Söhbətdə Serbiyanın Azərbaycan qazının Balkan ölkələrinə nəqlindəki rolu, Niş şəhərində Azərbaycan mədəniyyət mərkəzinin açılması məsələsi də gündəmə gəlib.

Xatırladaq ki, iki nazir ötən ilin dekabrında Vyanada ATƏT Nazirlər Şurasının iclasının kənarında ayaqüstü söhbət etmişdilər. Həmin vaxt Mitroviç Bakıya ilk rəsmi səfərini yaxın aylarda edəcəyini açıqlamışdı.
""", [
 ("Dragan Mitroviç", "PER", "xarici işlər naziri", "Serbiya Xarici İşlər Nazirliyi", ["Dragan Mitroviçin", "Dragan Mitroviç", "Mitroviç"]),
 ("Elnur Hacıbəyli", "PER", "xarici işlər naziri", "Xarici İşlər Nazirliyi", ["Elnur Hacıbəyli"]),
 ("Serbiya Xarici İşlər Nazirliyi", "ORG", None, None, ["Serbiya XİN"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["Xarici İşlər Nazirliyinin"]),
 ("ATƏT Nazirlər Şurası", "ORG", None, None, ["ATƏT Nazirlər Şurasının"]),
 ("Report", "ORG", None, None, ["Report-a"]),
 ("Serbiya", "LOC", None, None, ["Serbiyanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycana", "Azərbaycanın", "Azərbaycan"]),
 ("Bakı", "LOC", None, None, ["Bakıya", "Bakıda"]),
 ("Belqrad", "LOC", None, None, ["Belqradda"]),
 ("Balkanlar", "LOC", None, None, ["Balkan"]),
 ("Niş", "LOC", None, None, ["Niş"]),
 ("Vyana", "LOC", None, None, ["Vyanada"]),
], [
 E("VISIT", ["Dragan Mitroviç"], "Azərbaycan", "2026-02-09", "negated", "Serbiyanın xarici işlər naziri Dragan Mitroviçin fevralın",
   ["ikitərəfli münasibətlər"], date_text="fevralın 9–10-da"),
 E("VISIT", ["Dragan Mitroviç"], "Azərbaycan", "2026-03", "planned", "Tərəflər səfərin martın son həftəsində",
   ["ikitərəfli münasibətlər"], date_text="martın son həftəsində"),
 E("MEET", ["Dragan Mitroviç", "Elnur Hacıbəyli"], "Bakı", "2026-02-10", "negated", "Əvvəlki proqrama əsasən",
   ["vizasız rejim"], date_text="fevralın 10-da"),
 E("SIGN", ["Dragan Mitroviç", "Elnur Hacıbəyli"], "Bakı", "2026-02-10", "negated", "Əvvəlki proqrama əsasən",
   ["vizasız rejim"], date_text="fevralın 10-da"),
 E("CALL", ["Elnur Hacıbəyli", "Dragan Mitroviç"], None, "2026-02-05", "happened", "Nazirlər dünən telefonla",
   ["qaz nəqli", "mədəniyyət"], date_text="dünən"),
 E("MEET", ["Elnur Hacıbəyli", "Dragan Mitroviç"], "Vyana", "2025-12", "happened", "Xatırladaq ki, iki nazir",
   ["ikitərəfli münasibətlər"], date_text="ötən ilin dekabrında", event_name="ATƏT Nazirlər Şurasının iclası"),
])

A("183_doka_albaniya_resmi_sefer.txt", "trend.az", """date 2026-02-24
Albaniya Prezidenti Azərbaycanda rəsmi səfərdədir

Albaniya Respublikasının Prezidenti Ilir Doka bazar ertəsi axşam Azərbaycana rəsmi səfərə gəlib.

Trend-in məlumatına görə, Heydər Əliyev Beynəlxalq Aeroportunda yüksək qonağı Baş nazirin birinci müavini Nadir Qəhrəmanov və Albaniyanın Bakıdakı səfiri Erion Gjoni qarşılayıblar.

Səfərin əsas hissəsi bu gün keçirilir. Səhər saatlarında Ilir Doka Fəxri xiyabanda və Şəhidlər xiyabanında olub, məzarlar önünə gül dəstələri düzüb.

Daha sonra Hökumət Evində Baş nazir Ramiz Sultanovla Albaniya Prezidenti arasında təkbətək görüş keçirilib, danışıqlar nümayəndə heyətlərinin iştirakı ilə geniş tərkibdə davam etdirilib. Tərəflər turizm, kənd təsərrüfatı və Trans-Adriatik boru kəməri vasitəsilə qaz tədarükünün artırılması imkanlarını müzakirə ediblər.

Danışıqlardan sonra enerji sahəsində əməkdaşlığa dair anlaşma memorandumunu Azərbaycanın energetika naziri Vüqar Əsgərzadə və Albaniyanın infrastruktur və energetika naziri Belinda Hoxha imzalayıblar.

Günün ikinci yarısında qonağın Milli Məclisdə Sədrin müavini Fəridə Həsənzadə ilə görüşməsi gözlənilir. Sabah isə Doka Şamaxıya gedəcək, Diri Baba türbəsinə baş çəkəcək.

Qeyd edək ki, Albaniya dövlət başçısının ölkəmizə səfəri əvvəlcə ötən ilin oktyabrına planlaşdırılmışdı, lakin Tiranada hökumət dəyişikliyi səbəbindən təxirə düşmüşdü.
""", [
 ("Ilir Doka", "PER", "Prezident", "Albaniya", ["Ilir Doka", "Doka"]),
 ("Nadir Qəhrəmanov", "PER", "baş nazirin birinci müavini", "Azərbaycan", ["Nadir Qəhrəmanov"]),
 ("Erion Gjoni", "PER", "səfir", "Albaniya", ["Erion Gjoni"]),
 ("Ramiz Sultanov", "PER", "baş nazir", "Azərbaycan", ["Ramiz Sultanovla"]),
 ("Vüqar Əsgərzadə", "PER", "energetika naziri", "Azərbaycan", ["Vüqar Əsgərzadə"]),
 ("Belinda Hoxha", "PER", "infrastruktur və energetika naziri", "Albaniya", ["Belinda Hoxha"]),
 ("Fəridə Həsənzadə", "PER", "sədr müavini", "Milli Məclis", ["Fəridə Həsənzadə"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə"]),
 ("Albaniya", "LOC", None, None, ["Albaniya", "Albaniya Respublikasının", "Albaniyanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanda", "Azərbaycana", "Azərbaycanın"]),
 ("Heydər Əliyev Beynəlxalq Aeroportu", "LOC", None, None, ["Heydər Əliyev Beynəlxalq Aeroportunda"]),
 ("Bakı", "LOC", None, None, ["Bakıdakı"]),
 ("Fəxri xiyaban", "LOC", None, None, ["Fəxri xiyabanda"]),
 ("Şəhidlər xiyabanı", "LOC", None, None, ["Şəhidlər xiyabanında"]),
 ("Hökumət Evi", "LOC", None, None, ["Hökumət Evində"]),
 ("Şamaxı", "LOC", None, None, ["Şamaxıya"]),
 ("Diri Baba türbəsi", "LOC", None, None, ["Diri Baba türbəsinə"]),
 ("Tirana", "LOC", None, None, ["Tiranada"]),
], [
 E("VISIT", ["Ilir Doka"], "Azərbaycan", "2026-02-23", "happened", "Respublikasının Prezidenti Ilir Doka bazar ertəsi",
   ["ikitərəfli münasibətlər"], date_text="bazar ertəsi"),
 E("MEET", ["Ilir Doka", "Nadir Qəhrəmanov", "Erion Gjoni"], "Heydər Əliyev Beynəlxalq Aeroportu", "2026-02-23", "happened",
   "yüksək qonağı Baş nazirin birinci müavini", ["ikitərəfli münasibətlər"], host="Nadir Qəhrəmanov", date_text="bazar ertəsi"),
 E("VISIT", ["Ilir Doka"], "Fəxri xiyaban", "2026-02-24", "happened", "Səhər saatlarında Ilir Doka",
   ["tarixi yaddaş"], place="Fəxri xiyaban", date_text="bu gün"),
 E("VISIT", ["Ilir Doka"], "Şəhidlər xiyabanı", "2026-02-24", "happened", "Səhər saatlarında Ilir Doka",
   ["tarixi yaddaş"], place="Şəhidlər xiyabanı", date_text="bu gün"),
 E("MEET", ["Ramiz Sultanov", "Ilir Doka"], "Hökumət Evi", "2026-02-24", "happened", "Daha sonra Hökumət Evində",
   ["turizm", "kənd təsərrüfatı", "qaz tədarükü"]),
 E("SIGN", ["Vüqar Əsgərzadə", "Belinda Hoxha"], "Hökumət Evi", "2026-02-24", "happened", "Danışıqlardan sonra enerji sahəsində",
   ["enerji"]),
 E("MEET", ["Ilir Doka", "Fəridə Həsənzadə"], "Milli Məclis", "2026-02-24", "planned", "Günün ikinci yarısında qonağın",
   ["parlamentlərarası əlaqələr"], date_text="Günün ikinci yarısında"),
 E("VISIT", ["Ilir Doka"], "Şamaxı", "2026-02-25", "planned", "Sabah isə Doka",
   ["mədəni irs"], date_text="Sabah"),
 E("VISIT", ["Ilir Doka"], "Diri Baba türbəsi", "2026-02-25", "planned", "Sabah isə Doka",
   ["mədəni irs"], place="Diri Baba türbəsi", date_text="Sabah"),
 E("VISIT", ["Ilir Doka"], "Azərbaycan", "2025-10", "negated", "Qeyd edək ki, Albaniya dövlət başçısının",
   ["ikitərəfli münasibətlər"], date_text="ötən ilin oktyabrına"),
])

A("184_resulov_almaniya_seferi_legv.txt", "APA", """date 2026-03-18
İqtisadiyyat nazirinin Almaniya səfəri ləğv olunub

İqtisadiyyat naziri Orxan Rəsulovun martın 19–20-də Almaniyaya nəzərdə tutulan işgüzar səfəri baş tutmayacaq.

APA-ya İqtisadiyyat Nazirliyindən verilən məlumata görə, qərar Bakı İnvestisiya Forumunun tarixinin dəyişdirilməsi ilə əlaqədar qəbul edilib. Səfər zamanı nazirin martın 19-da Berlində Almaniya Federal İqtisadiyyat və İqlim Mühafizəsi Nazirliyinin dövlət katibi Klaus Hartmanla görüşməsi, martın 20-də isə Hamburq Ticarət Palatasında alman iş adamları ilə dəyirmi masada iştirakı nəzərdə tutulmuşdu.

Nazir ötən həftə Brüsseldə səfərdə olub. Lakin orada Avropa Komissiyasının ticarət üzrə baş idarəsinin direktoru Elena Moretti ilə nəzərdə tutulan görüş baş tutmayıb: italiyalı məmur son anda Strasburqa çağırılıb.

Bu gün isə Rəsulov Türkiyənin yeni təyin olunmuş ticarət naziri Əhməd Bulutu telefon zəngi ilə təbrik edib. Söhbətdə iki ölkə arasında güzəştli ticarət sazişinin icrası, Naxçıvan üzərindən yük axınının artırılması müzakirə olunub. Nazirlər aprelin əvvəlində Qarsda keçiriləcək sərhəd ticarəti forumunda görüşmək barədə razılığa gəliblər.
""", [
 ("Orxan Rəsulov", "PER", "iqtisadiyyat naziri", "İqtisadiyyat Nazirliyi", ["Orxan Rəsulovun", "Rəsulov"]),
 ("Klaus Hartman", "PER", "dövlət katibi", "Almaniya Federal İqtisadiyyat və İqlim Mühafizəsi Nazirliyi", ["Klaus Hartmanla"]),
 ("Elena Moretti", "PER", "direktor", "Avropa Komissiyası", ["Elena Moretti"]),
 ("Əhməd Bulut", "PER", "ticarət naziri", "Türkiyə", ["Əhməd Bulutu"]),
 ("APA", "ORG", None, None, ["APA-ya"]),
 ("İqtisadiyyat Nazirliyi", "ORG", None, None, ["İqtisadiyyat Nazirliyindən"]),
 ("Almaniya Federal İqtisadiyyat və İqlim Mühafizəsi Nazirliyi", "ORG", None, None, ["Almaniya Federal İqtisadiyyat və İqlim Mühafizəsi Nazirliyinin"]),
 ("Hamburq Ticarət Palatası", "ORG", None, None, ["Hamburq Ticarət Palatasında"]),
 ("Avropa Komissiyası", "ORG", None, None, ["Avropa Komissiyasının"]),
 ("Almaniya", "LOC", None, None, ["Almaniya", "Almaniyaya"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
 ("Berlin", "LOC", None, None, ["Berlində"]),
 ("Brüssel", "LOC", None, None, ["Brüsseldə"]),
 ("Strasburq", "LOC", None, None, ["Strasburqa"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvan"]),
 ("Qars", "LOC", None, None, ["Qarsda"]),
], [
 E("VISIT", ["Orxan Rəsulov"], "Almaniya", "2026-03-19", "negated", "İqtisadiyyat naziri Orxan Rəsulovun martın",
   ["investisiya", "ticarət"], date_text="martın 19–20-də"),
 E("MEET", ["Orxan Rəsulov", "Klaus Hartman"], "Berlin", "2026-03-19", "negated", "Səfər zamanı nazirin martın 19-da",
   ["investisiya"], date_text="martın 19-da"),
 E("ATTEND", ["Orxan Rəsulov"], "Hamburq Ticarət Palatası", "2026-03-20", "negated", "Səfər zamanı nazirin martın 19-da",
   ["biznes əlaqələri"], date_text="martın 20-də", event_name="dəyirmi masa"),
 E("VISIT", ["Orxan Rəsulov"], "Brüssel", "2026-03", "happened", "Nazir ötən həftə Brüsseldə",
   ["ticarət"], date_text="ötən həftə"),
 E("MEET", ["Orxan Rəsulov", "Elena Moretti"], "Brüssel", "2026-03", "negated", "Lakin orada Avropa Komissiyasının",
   ["ticarət"], date_text="ötən həftə"),
 E("CALL", ["Orxan Rəsulov", "Əhməd Bulut"], None, "2026-03-18", "happened", "Bu gün isə Rəsulov",
   ["təbrik", "ticarət", "tranzit"], date_text="Bu gün"),
 E("MEET", ["Orxan Rəsulov", "Əhməd Bulut"], "Qars", "2026-04", "planned", "Nazirlər aprelin əvvəlində",
   ["sərhəd ticarəti"], date_text="aprelin əvvəlində", event_name="sərhəd ticarəti forumu"),
])

A("185_socar_mol_abseron_sazis.txt", "metbuat.az", """date 2026-04-09
SOCAR və MOL arasında Abşeron yatağı üzrə yeni saziş imzalanıb

Bakıda Energetika Nazirliyində keçirilən mərasimdə Azərbaycan Respublikası Dövlət Neft Şirkəti (SOCAR) ilə Macarıstanın MOL şirkəti arasında Abşeron qaz-kondensat yatağının ikinci mərhələsinin işlənməsinə dair saziş imzalanıb.

Metbuat.az-a Energetika Nazirliyindən verilən məlumata görə, sənədi SOCAR-ın vitse-prezidenti Elvin Paşazadə, MOL tərəfindən isə şirkətin kəşfiyyat və hasilat üzrə icraçı vitse-prezidenti Levente Sabo imzalayıb. Saziş MOL-un layihədəki iştirak payının 5 faizdən 15 faizə çatdırılmasını nəzərdə tutur.

Mərasimdən əvvəl energetika naziri Rasim Allahverdiyev Macarıstanın enerji naziri Gerqeli Tamaşla görüşüb. Nazirlər Azərbaycan qazının Rumıniya və Macarıstan vasitəsilə Mərkəzi Avropaya ixracının həcmini, Qara dəniz üzərindən keçəcək elektrik kabeli layihəsinin gedişatını müzakirə ediblər.

Görüşün yekununda "Azərişıq" ASC ilə Macarıstanın MVM Qrupu arasında paylayıcı şəbəkələrin rəqəmsallaşdırılması sahəsində anlaşma memorandumu imzalanıb. Sənəd ağıllı sayğacların quraşdırılması, şəbəkə itkilərinin azaldılması və mütəxəssis hazırlığı üzrə birgə pilot layihələri əhatə edir.

Gələn ay Budapeştdə SOCAR ilə MVM Qrupu arasında təbii qazın tədarükünə dair uzunmüddətli müqaviləyə imza atılması nəzərdə tutulur. Macarıstan tərəfi 2027-ci ildən etibarən ildə bir milyard kubmetrədək Azərbaycan qazı almaqda maraqlı olduğunu bildirib.
""", [
 ("Elvin Paşazadə", "PER", "vitse-prezident", "Azərbaycan Respublikası Dövlət Neft Şirkəti", ["Elvin Paşazadə"]),
 ("Levente Sabo", "PER", "icraçı vitse-prezident", "MOL", ["Levente Sabo"]),
 ("Rasim Allahverdiyev", "PER", "energetika naziri", "Energetika Nazirliyi", ["Rasim Allahverdiyev"]),
 ("Gerqeli Tamaş", "PER", "enerji naziri", "Macarıstan", ["Gerqeli Tamaşla"]),
 ("Azərbaycan Respublikası Dövlət Neft Şirkəti", "ORG", None, None, ["SOCAR", "Azərbaycan Respublikası Dövlət Neft Şirkəti", "SOCAR-ın"]),
 ("MOL", "ORG", None, None, ["MOL", "MOL-un"]),
 ("Energetika Nazirliyi", "ORG", None, None, ["Energetika Nazirliyində", "Energetika Nazirliyindən"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az-a"]),
 ("Azərişıq", "ORG", None, None, ["Azərişıq"]),
 ("MVM Qrupu", "ORG", None, None, ["MVM Qrupu"]),
 ("Abşeron yatağı", "LOC", None, None, ["Abşeron"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstanın", "Macarıstan"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Rumıniya", "LOC", None, None, ["Rumıniya"]),
 ("Mərkəzi Avropa", "LOC", None, None, ["Mərkəzi Avropaya"]),
 ("Qara dəniz", "LOC", None, None, ["Qara dəniz"]),
 ("Budapeşt", "LOC", None, None, ["Budapeştdə"]),
], [
 E("SIGN", ["Elvin Paşazadə", "Levente Sabo"], "Energetika Nazirliyi", "2026-04-09", "happened", "Bakıda Energetika Nazirliyində keçirilən",
   ["qaz hasilatı"]),
 E("MEET", ["Rasim Allahverdiyev", "Gerqeli Tamaş"], "Energetika Nazirliyi", "2026-04-09", "happened", "Mərasimdən əvvəl energetika naziri",
   ["qaz ixracı", "elektrik kabeli"]),
 E("SIGN", ["Azərişıq", "MVM Qrupu"], "Energetika Nazirliyi", "2026-04-09", "happened", 'Görüşün yekununda "Azərişıq"',
   ["elektrik şəbəkələri", "rəqəmsallaşma"]),
 E("SIGN", ["Azərbaycan Respublikası Dövlət Neft Şirkəti", "MVM Qrupu"], "Budapeşt", "2026-05", "planned", "Gələn ay Budapeştdə",
   ["qaz tədarükü"], date_text="Gələn ay"),
])
