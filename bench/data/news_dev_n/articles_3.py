A("362_nebiyev_xocayev_daskend_komissiya_metbuat.txt", "metbuat.az", """date 2028-09-14
Azərbaycan–Özbəkistan hökumətlərarası komissiyasının Daşkənd iclası yekunlaşıb

METBUAT.AZ
Xəbər lenti | Siyasət | 14.09.2028

Sentyabrın 12-də Daşkənddə Azərbaycan–Özbəkistan hökumətlərarası komissiyasının növbəti iclası keçirilib. Toplantıya komissiyanın həmsədrləri – energetika naziri Samir Nəbiyev və Özbəkistanın investisiya, sənaye və ticarət naziri Camşid Xocayev sədrlik ediblər.

Metbuat.az-ın məlumatına görə, iclasda Xəzər üzərindən keçən yük daşımalarının tarifləri, Özbəkistanda birgə toxuculuq fabrikinin tikintisi, günəş panellərinin istehsalı müzakirə olunub. Toplantı başa çatdıqdan sonra həmsədrlər gələn iki il üçün yol xəritəsinə imza atıblar.

Həmin gün Nəbiyev Özbəkistanın Baş naziri Abdulla Nazarov tərəfindən qəbul edilib.

Ertəsi gün nazir Səmərqəndə yollanıb, burada Azərbaycan şirkətlərinin iştirakı ilə inşa olunan turizm kompleksində aparılan işlərlə tanış olub. Səmərqənd vilayətinin hakimi Ulmas Rahimovla görüş də nəzərdə tutulurdu, lakin hakimin xəstələnməsi səbəbindən görüş baş tutmayıb.

Reklam

Digər xəbərlər
Bakıda benzinin qiyməti dəyişməyəcək
Sabah havanın temperaturu 5 dərəcə enəcək
""", [
 ("Samir Nəbiyev", "PER", "energetika naziri", "Azərbaycan", ["Samir Nəbiyev", "Nəbiyev"]),
 ("Camşid Xocayev", "PER", "investisiya, sənaye və ticarət naziri", "Özbəkistan", ["Camşid Xocayev"]),
 ("Abdulla Nazarov", "PER", "baş nazir", "Özbəkistan", ["Abdulla Nazarov"]),
 ("Ulmas Rahimov", "PER", "hakim", "Özbəkistan", ["Ulmas Rahimovla"]),
 ("Metbuat.az", "ORG", None, None, ["METBUAT.AZ", "Metbuat.az-ın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistan", "Özbəkistanın", "Özbəkistanda"]),
 ("Daşkənd", "LOC", None, None, ["Daşkənd", "Daşkənddə"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər"]),
 ("Səmərqənd", "LOC", None, None, ["Səmərqəndə", "Səmərqənd"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
], [
 E("MEET", ["Samir Nəbiyev", "Camşid Xocayev"], "Daşkənd", "2028-09-12", "happened", "Toplantıya komissiyanın həmsədrləri",
   ["nəqliyyat", "sənaye", "enerji"], date_text="Sentyabrın 12-də",
   event_name="Azərbaycan–Özbəkistan hökumətlərarası komissiyasının iclası"),
 E("SIGN", ["Samir Nəbiyev", "Camşid Xocayev"], "Daşkənd", "2028-09-12", "happened", "Toplantı başa çatdıqdan sonra",
   ["ikitərəfli əməkdaşlıq"]),
 E("MEET", ["Samir Nəbiyev", "Abdulla Nazarov"], None, "2028-09-12", "happened", "Həmin gün Nəbiyev Özbəkistanın",
   ["ikitərəfli əməkdaşlıq"], host="Abdulla Nazarov", date_text="Həmin gün"),
 E("VISIT", ["Samir Nəbiyev"], "Səmərqənd", "2028-09-13", "happened", "Ertəsi gün nazir Səmərqəndə",
   ["turizm", "investisiya"], date_text="Ertəsi gün"),
 E("MEET", ["Samir Nəbiyev", "Ulmas Rahimov"], "Səmərqənd", None, "negated", "Səmərqənd vilayətinin hakimi",
   ["ikitərəfli əməkdaşlıq"]),
])

A("363_santo_macar_heyeti_fuzuli_susa_apa.txt", "APA", """date 2028-06-19
Macarıstan parlamentinin nümayəndə heyəti Qarabağda səfərdədir

Macarıstan Milli Assambleyasının sədr müavini Gergely Santonun başçılıq etdiyi parlament heyəti bazar günü Füzuliyə gəlib. Heyətin tərkibində Macarıstan–Azərbaycan dostluq qrupunun üzvləri də var.

APA-nın Qarabağ bürosunun məlumatına görə, qonaqları Füzuli Beynəlxalq Hava Limanında Azərbaycan Prezidentinin Qarabağ iqtisadi rayonunda xüsusi nümayəndəsi Vüsal Kazımov qarşılayıb. Kazımov macar deputatlarına işğaldan azad olunmuş torpaqlarda aparılan bərpa-quruculuq işləri, minalardan təmizləmənin gedişi barədə ətraflı məlumat verib, qonaqlara Füzuli şəhərinin baş planını təqdim edib.

Bu gün heyət Şuşaya yollanıb. Qonaqlar Cıdır düzünü ziyarət edib, şəhərin bərpa olunmuş tarixi məhəllələrini gəziblər. Santo Şuşada Macarıstan Eximbankının dəstəyi ilə tikilən otelin inşası ilə də maraqlanıb, Macarıstanın bölgədə kənd təsərrüfatı layihələrinə qoşulmaq istədiyini qeyd edib.

Sabah macar parlamentariləri Ağdama gedəcək, orada Cümə məscidini ziyarət edəcəklər. Heyətin çərşənbə günü Bakıya qayıdacağı bildirilir.
""", [
 ("Gergely Santo", "PER", "sədr müavini", "Macarıstan Milli Assambleyası", ["Gergely Santonun", "Santo"]),
 ("Vüsal Kazımov", "PER", "xüsusi nümayəndə", "Azərbaycan", ["Vüsal Kazımov", "Kazımov"]),
 ("Macarıstan Milli Assambleyası", "ORG", None, None, ["Macarıstan Milli Assambleyasının"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Macarıstan Eximbankı", "ORG", None, None, ["Macarıstan Eximbankının"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstan", "Macarıstanın"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağda", "Qarabağ"]),
 ("Füzuli", "LOC", None, None, ["Füzuliyə", "Füzuli"]),
 ("Füzuli Beynəlxalq Hava Limanı", "LOC", None, None, ["Füzuli Beynəlxalq Hava Limanında"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Şuşa", "LOC", None, None, ["Şuşaya", "Şuşada"]),
 ("Cıdır düzü", "LOC", None, None, ["Cıdır düzünü"]),
 ("Ağdam", "LOC", None, None, ["Ağdama"]),
 ("Cümə məscidi", "LOC", None, None, ["Cümə məscidini"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
], [
 E("VISIT", ["Gergely Santo"], "Füzuli", "2028-06-18", "happened", "parlament heyəti bazar günü Füzuliyə",
   ["parlamentlərarası əlaqələr", "bərpa və yenidənqurma"], date_text="bazar günü"),
 E("MEET", ["Vüsal Kazımov", "Gergely Santo"], "Füzuli Beynəlxalq Hava Limanı", "2028-06-18", "happened",
   "qonaqları Füzuli Beynəlxalq", ["bərpa və yenidənqurma", "minalardan təmizləmə"], host="Vüsal Kazımov"),
 E("VISIT", ["Gergely Santo"], "Şuşa", "2028-06-19", "happened", "Bu gün heyət Şuşaya",
   ["bərpa və yenidənqurma"], date_text="Bu gün"),
 E("VISIT", ["Gergely Santo"], "Cıdır düzü", "2028-06-19", "happened", "Qonaqlar Cıdır düzünü",
   ["mədəni irs"], place="Cıdır düzü"),
 E("VISIT", ["Gergely Santo"], "Ağdam", "2028-06-20", "planned", "Sabah macar parlamentariləri",
   ["bərpa və yenidənqurma"], date_text="Sabah"),
 E("VISIT", ["Gergely Santo"], "Cümə məscidi", "2028-06-20", "planned", "Sabah macar parlamentariləri",
   ["mədəni irs"], place="Cümə məscidi", date_text="Sabah"),
])

A("364_aktas_lacin_kelbecer_xankendi_report.txt", "report.az", """date 2028-08-24
Türkiyənin Ailə və Sosial Xidmətlər naziri azad edilmiş ərazilərdə

Türkiyənin Ailə və Sosial Xidmətlər naziri Zeynep Aktaş çərşənbə axşamı Laçın rayonuna gəlib. Burada türk qonağı Əmək və Əhalinin Sosial Müdafiəsi naziri Tural Nəcəfli qarşılayıb.

Report-un bölgədəki müxbirinin xəbərinə görə, nazirlər Laçın şəhərində ailələrin yeni yaşayış məhəllələrinə köçürülməsi prosesi ilə yaxından tanış olublar. Nəcəfli qonağa bölgədə fəaliyyət göstərən reabilitasiya mərkəzləri barədə də məlumat verib. Dünən isə Aktaş Kəlbəcərə yollanıb, İstisu sanatoriyasının bərpa layihəsi barədə məlumat alıb.

Bu gün Xankəndiyə gələn Aktaş və Nəcəfli birlikdə uşaqlar üçün sosial xidmət mərkəzinin açılışında iştirak ediblər. Tədbirdə çıxış edən türk naziri ölkəsinin bölgədə sosial infrastrukturun yaradılmasına töhfə verməyə hazır olduğunu bildirib.

Qonağın Ağdərəyə səfəri də proqramda idi, lakin vaxt məhdudluğu səbəbindən bu səfər növbəti dəfəyə saxlanılıb. Türk naziri cümə günü Ankaraya qayıdacaq.
""", [
 ("Zeynep Aktaş", "PER", "ailə və sosial xidmətlər naziri", "Türkiyə", ["Zeynep Aktaş", "Aktaş"]),
 ("Tural Nəcəfli", "PER", "əmək və əhalinin sosial müdafiəsi naziri", None, ["Tural Nəcəfli", "Nəcəfli"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin"]),
 ("Laçın", "LOC", None, None, ["Laçın"]),
 ("Kəlbəcər", "LOC", None, None, ["Kəlbəcərə"]),
 ("İstisu sanatoriyası", "LOC", None, None, ["İstisu sanatoriyasının"]),
 ("Xankəndi", "LOC", None, None, ["Xankəndiyə"]),
 ("Ağdərə", "LOC", None, None, ["Ağdərəyə"]),
 ("Ankara", "LOC", None, None, ["Ankaraya"]),
], [
 E("VISIT", ["Zeynep Aktaş"], "Laçın", "2028-08-22", "happened", "Zeynep Aktaş çərşənbə axşamı",
   ["sosial müdafiə", "bərpa və yenidənqurma"], date_text="çərşənbə axşamı"),
 E("MEET", ["Tural Nəcəfli", "Zeynep Aktaş"], "Laçın", "2028-08-22", "happened", "Burada türk qonağı",
   ["sosial müdafiə"], host="Tural Nəcəfli"),
 E("VISIT", ["Zeynep Aktaş"], "Kəlbəcər", "2028-08-23", "happened", "Dünən isə Aktaş",
   ["bərpa və yenidənqurma", "turizm"], date_text="Dünən"),
 E("VISIT", ["Zeynep Aktaş", "Tural Nəcəfli"], "Xankəndi", "2028-08-24", "happened", "Bu gün Xankəndiyə gələn",
   ["sosial müdafiə"], date_text="Bu gün"),
 E("ATTEND", ["Zeynep Aktaş", "Tural Nəcəfli"], "Xankəndi", "2028-08-24", "happened", "Bu gün Xankəndiyə gələn",
   ["sosial müdafiə"], date_text="Bu gün", event_name="sosial xidmət mərkəzinin açılışı"),
 E("VISIT", ["Zeynep Aktaş"], "Ağdərə", None, "negated", "Qonağın Ağdərəyə səfəri",
   ["bərpa və yenidənqurma"]),
])

A("365_van_cianquo_seki_qebele_azertac.txt", "AZERTAC", """date 2028-07-31
Çinin ali qanunverici orqanının nümayəndə heyəti Şəki və Qəbələdə olub

Bakı, 31 iyul, AZERTAC

Rəsmi səfərlə ölkəmizdə olan Ümumçin Xalq Nümayəndələri Məclisinin Daimi Komitəsi sədrinin müavini Van Cianquo şənbə günü Şəkiyə gedib. Şəkidə qonağı yerli rəsmilər qarşılayıb. Qonaq Şəki Xan sarayını ziyarət edərək tarixi İpək yolu üzərində yerləşən karvansaraylar haqqında məlumat alıb.

Bazar günü Van Cianquo Qəbələdə olub. Burada o, Qəbələ Rayon İcra Hakimiyyətinin başçısı ilə görüşərək rayonda çinli sərmayədarların iştirakı ilə həyata keçirilən aqrar layihələri müzakirə edib. Van Cianquo səfər çərçivəsində Azərbaycan Dövlət Aqrar Universitetinin tələbələri ilə görüşməyi də planlaşdırır.

Xatırladaq ki, Çin heyəti cümə günü Bakıya gəlib. Bu gün qonağın Milli Məclisin Sədri Ləman Həsənbəyova tərəfindən qəbul olunması gözlənilir. Danışıqlarda Azərbaycan ilə Çin arasında parlamentlərarası əməkdaşlığın hüquqi bazasının möhkəmləndirilməsi əsas mövzu olacaq.
""", [
 ("Van Cianquo", "PER", "sədrin müavini", "Ümumçin Xalq Nümayəndələri Məclisinin Daimi Komitəsi", ["Van Cianquo"]),
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis", ["Ləman Həsənbəyova"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Ümumçin Xalq Nümayəndələri Məclisinin Daimi Komitəsi", "ORG", None, None, ["Ümumçin Xalq Nümayəndələri Məclisinin Daimi Komitəsi"]),
 ("Qəbələ Rayon İcra Hakimiyyəti", "ORG", None, None, ["Qəbələ Rayon İcra Hakimiyyətinin"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Azərbaycan Dövlət Aqrar Universiteti", "ORG", None, None, ["Azərbaycan Dövlət Aqrar Universitetinin"]),
 ("Çin", "LOC", None, None, ["Çinin", "Çin"]),
 ("Şəki", "LOC", None, None, ["Şəki", "Şəkiyə", "Şəkidə"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələdə"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıya"]),
 ("Şəki Xan sarayı", "LOC", None, None, ["Şəki Xan sarayını"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
], [
 E("VISIT", ["Van Cianquo"], "Bakı", "2028-07-28", "happened", "Rəsmi səfərlə ölkəmizdə olan",
   ["parlamentlərarası əlaqələr"], date_text="cümə günü"),
 E("VISIT", ["Van Cianquo"], "Şəki", "2028-07-29", "happened", "Rəsmi səfərlə ölkəmizdə olan",
   ["mədəni irs"], date_text="şənbə günü"),
 E("VISIT", ["Van Cianquo"], "Şəki Xan sarayı", "2028-07-29", "happened", "Qonaq Şəki Xan sarayını",
   ["mədəni irs"], place="Şəki Xan sarayı"),
 E("VISIT", ["Van Cianquo"], "Qəbələ", "2028-07-30", "happened", "Bazar günü Van Cianquo",
   ["kənd təsərrüfatı"], date_text="Bazar günü"),
 E("MEET", ["Van Cianquo", "Qəbələ Rayon İcra Hakimiyyəti"], "Qəbələ", "2028-07-30", "happened", "Burada o, Qəbələ",
   ["kənd təsərrüfatı", "investisiya"]),
 E("MEET", ["Ləman Həsənbəyova", "Van Cianquo"], None, "2028-07-31", "planned", "Bu gün qonağın Milli",
   ["parlamentlərarası əlaqələr"], host="Ləman Həsənbəyova", date_text="Bu gün"),
])

A("366_azad_erazilere_turist_axini_respublika.txt", None, """date 2028-08
Azad olunmuş ərazilərə turist axını artır

Dövlət Turizm Agentliyinin açıqladığı rəqəmlərə əsasən, ilin ilk yeddi ayında Şuşa, Laçın və Kəlbəcərə səfər edən turistlərin sayı ötən ilin müvafiq dövrü ilə muqayisədə xeyli artıb. Qonaqların təxminən üçdə biri xarici ölkələrdən gəlib; onların arasında Türkiyə, Qazaxıstan və Almaniya vətəndaşları üstünlük təşkil edir.

Agentliyin mətbuat xidmətindən bildiriblər ki, Şuşada yay mövsümündə otellərin doluluq səviyyəsi səksən faizə çatıb. Kəlbəcərdəki İstisu kurortunda isə müalicə-sağlamlıq turizminə maraq getdikcə güclenir.

Mütəxəssislər hesab edir ki, Füzuli və Zəngilan hava limanlarından həyata keçirilən müntəzəm reyslər bölgəyə gəlişi xeyli asanlaş-
dırıb. Agentlik payızda xarici turoperatorlar üçün Qarabağa tanışlıq turları təşkil etməyi planlaşdırır. Ekspertlərin fikrincə, gələn il bu göstərici daha da yüksələcək. Yerli sahibkarlar isə qonaq evlərinin sayının artırılması üçün güzəştli kreditlərə ehtiyac olduğunu bildirirlər.

Təranə MUSAYEVA,
«Respublika»
""", [
 ("Təranə Musayeva", "PER", None, None, ["Təranə MUSAYEVA"]),
 ("Dövlət Turizm Agentliyi", "ORG", None, None, ["Dövlət Turizm Agentliyinin"]),
 ("Respublika", "ORG", None, None, ["Respublika"]),
 ("Şuşa", "LOC", None, None, ["Şuşa", "Şuşada"]),
 ("Laçın", "LOC", None, None, ["Laçın"]),
 ("Kəlbəcər", "LOC", None, None, ["Kəlbəcərə", "Kəlbəcərdəki"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan"]),
 ("Almaniya", "LOC", None, None, ["Almaniya"]),
 ("İstisu kurortu", "LOC", None, None, ["İstisu kurortunda"]),
 ("Füzuli", "LOC", None, None, ["Füzuli"]),
 ("Zəngilan", "LOC", None, None, ["Zəngilan"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağa"]),
], [], topics=["turizm", "bərpa və yenidənqurma"])

A("367_mirzeyev_payiz_sessiyasi_miqrasiya_oxu.txt", "oxu.az", """date 2028-09-25
Deputat: "Payız sessiyasında miqrasiya qanunvericiliyinə dəyişikliklər müzakirə olunacaq"

OXU.AZ | Parlament | 25 sentyabr 2028, 14:20

Milli Məclisin payız sessiyası oktyabrın 1-də başlayacaq. İnsan hüquqları komitəsinin üzvü, deputat Elşad Mirzəyev Oxu.az-a açıqlamasında bildirib ki, sessiyanın ilk aylarında Miqrasiya Məcəlləsinə əmək miqrantlarının qeydiyyatı ilə bağlı dəyişikliklər gündəliyə çıxarılacaq.

"Son iki ildə ölkəmizə işləmək üçün gələn əcnəbilərin sayı təxminən iki dəfə artıb. Qanunvericilik bu reallığa uyğunlaşmalıdır. Eyni zamanda yerli işçilərin hüquqlarının qorunması da diqqətdən kənarda qalmamalıdır", – deputat vurğulayıb.

Mirzəyevin sözlərinə görə, büdcə zərfinin müzakirəsi ənənəvi olaraq noyabr və dekabr aylarına düşəcək. O, həmçinin yerli icra strukturlarının səlahiyyətlərinə dair qanun layihəsinin də ikinci oxunuşda səsverməyə çıxarılacağını istisna etməyib.

Teqlər: Milli Məclis, miqrasiya, payız sessiyası

Əlaqəli xəbərlər
Milli Məclisin komitələrinin tərkibində dəyişiklik ola bilər
Yeni tədris ilində məktəblərə 180 min şagird qəbul olunub
""", [
 ("Elşad Mirzəyev", "PER", "deputat", "Milli Məclis", ["Elşad Mirzəyev", "Mirzəyevin"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin", "Milli Məclis"]),
 ("İnsan hüquqları komitəsi", "ORG", None, None, ["İnsan hüquqları komitəsinin"]),
 ("Oxu.az", "ORG", None, None, ["OXU.AZ", "Oxu.az-a"]),
], [], topics=["qanunvericilik", "miqrasiya"])
