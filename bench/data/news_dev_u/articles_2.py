GENCE_TEXT = """Türkiyənin Qeysəri Böyükşəhər Bələdiyyəsinin başqanı Hakan Yurdakul başda olmaqla on nəfərlik heyət çərşənbə günü Gəncəyə gəlib. Heyətdə Ərciyəs Universitetinin rektoru, professor Sevgi Aydoğan, eləcə də şəhərin tanınmış iş adamları var.

{P2}

Həmin gün Gəncə Dövlət Universitetində iki ali məktəb arasında akademik əməkdaşlıq protokolu imzalanıb. Sənədi GDU-nun rektoru Rauf Kərimov və professor Sevgi Aydoğan imzalayıblar. Protokola əsasən, gələn sentyabrdan etibarən iki universitet arasında tələbə və müəllim mübadiləsinə start veriləcək, ilk mərhələdə aqrar biotexnologiya və memarlıq ixtisasları əhatə olunacaq.

{P4} Heyət sabah Göygölə gedəcək, daha sonra Bakı üzərindən vətənə dönəcək.
"""

GENCE_P2_A = ("Dünən Gəncə Şəhər İcra Hakimiyyətində qonaqları qəbul edən icra başçısı Fərid Nəcəfzadə qardaşlaşmış iki "
              "şəhər arasında son illərdə qurulan əlaqələrdən danışıb. Görüşdə 2027-ci ildə Gəncədə Qeysəri günlərinin, "
              "Qeysəridə isə Gəncə günlərinin keçirilməsi razılaşdırılıb.")
GENCE_P2_B = ("Dünən Gəncə Şəhər İcra Hakimiyyətində qonaqları qəbul edən icra başçısı Fərid Nəcəfzadə qardaşlaşmış iki "
              "şəhər arasında son illərdə yaranan əlaqələrdən danışıb. Görüşdə 2027-ci ildə Gəncədə Qeysəri günlərinin, "
              "Qeysəridə isə Gəncə günlərinin keçirilməsi razılaşdırılıb.")
GENCE_P4_A = ("AZERTAC-ın Gəncə müxbirinin verdiyi xəbərə görə, bu gün türk qonaqlar Nizami Gəncəvi məqbərəsinə gələrək "
              "şairin xatirəsini anıblar.")
GENCE_P4_B = ("Milli.az AZERTAC-ın Gəncə müxbirinə istinadən yazır ki, bu gün türk qonaqlar Nizami Gəncəvi məqbərəsinə gələrək "
              "şairin xatirəsini anıblar.")

GENCE_ENTS = [
 ("Hakan Yurdakul", "PER", "başqan", "Qeysəri Böyükşəhər Bələdiyyəsi", ["Hakan Yurdakul"]),
 ("Sevgi Aydoğan", "PER", "rektor", "Ərciyəs Universiteti", ["Sevgi Aydoğan"]),
 ("Fərid Nəcəfzadə", "PER", "icra başçısı", "Gəncə Şəhər İcra Hakimiyyəti", ["Fərid Nəcəfzadə"]),
 ("Rauf Kərimov", "PER", "rektor", "Gəncə Dövlət Universiteti", ["Rauf Kərimov"]),
 ("Qeysəri Böyükşəhər Bələdiyyəsi", "ORG", None, None, ["Qeysəri Böyükşəhər Bələdiyyəsinin"]),
 ("Ərciyəs Universiteti", "ORG", None, None, ["Ərciyəs Universitetinin"]),
 ("Gəncə Şəhər İcra Hakimiyyəti", "ORG", None, None, ["Gəncə Şəhər İcra Hakimiyyətində"]),
 ("Gəncə Dövlət Universiteti", "ORG", None, None, ["Gəncə Dövlət Universitetində", "GDU-nun"]),
]
GENCE_LOCS = [
 ("Gəncə", "LOC", None, None, ["Gəncə", "Gəncədə", "Gəncəyə"]),
 ("Qeysəri", "LOC", None, None, ["Qeysəri", "Qeysəridə"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin"]),
 ("Nizami Gəncəvi məqbərəsi", "LOC", None, None, ["Nizami Gəncəvi məqbərəsinə"]),
 ("Göygöl", "LOC", None, None, ["Göygölə"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
]


def gence_events(same_as=None, meet_frag="Dünən Gəncə Şəhər"):
    kw = {"same_as": same_as} if same_as else {}
    return [
     E("VISIT", ["Hakan Yurdakul"], "Gəncə", "2026-06-17", "happened", "çərşənbə günü Gəncəyə",
       ["qardaşlaşmış şəhərlər"], date_text="çərşənbə günü", **kw),
     E("MEET", ["Hakan Yurdakul", "Fərid Nəcəfzadə"], "Gəncə Şəhər İcra Hakimiyyəti", "2026-06-17", "happened", meet_frag,
       ["qardaşlaşmış şəhərlər", "mədəniyyət"], host="Fərid Nəcəfzadə", date_text="Dünən", **kw),
     E("SIGN", ["Rauf Kərimov", "Sevgi Aydoğan"], "Gəncə Dövlət Universiteti", "2026-06-17", "happened",
       "Həmin gün Gəncə Dövlət", ["təhsil", "akademik mübadilə"], date_text="Həmin gün", **kw),
     E("VISIT", ["Hakan Yurdakul"], "Nizami Gəncəvi məqbərəsi", "2026-06-18", "happened", "bu gün türk qonaqlar",
       ["mədəni irs"], place="Nizami Gəncəvi məqbərəsi", date_text="bu gün", **kw),
     E("VISIT", ["Hakan Yurdakul"], "Göygöl", "2026-06-19", "planned", "Heyət sabah Göygölə",
       ["turizm"], date_text="sabah", **kw),
    ]


A("557_qeyseri_heyeti_gence.txt", "AZERTAC", """date 2026-06-18
Gəncə ilə Qeysəri arasında əlaqələr genişlənir

""" + GENCE_TEXT.format(P2=GENCE_P2_A, P4=GENCE_P4_A),
  GENCE_ENTS + [("AZERTAC", "ORG", None, None, ["AZERTAC-ın"])] + GENCE_LOCS,
  gence_events())

A("558_qeyseri_meri_gence_milliaz.txt", None, """date 2026-06-18
Qeysəri meri Gəncədə: iki universitet protokol imzalayıb

""" + GENCE_TEXT.format(P2=GENCE_P2_B, P4=GENCE_P4_B),
  GENCE_ENTS + [("AZERTAC", "ORG", None, None, ["AZERTAC-ın"]), ("Milli.az", "ORG", None, None, ["Milli.az"])]
  + GENCE_LOCS,
  gence_events("557_qeyseri_heyeti_gence.txt", meet_frag="Dünən Gəncə Şəhər"),
  duplicate_of="557_qeyseri_heyeti_gence.txt")

A("559_qurbanli_kubota_metbuat.txt", "metbuat.az", """date 2026-07-02
Mirzə Qurbanlı "Kubota" korporasiyasının vitse-prezidentini qəbul edib

METBUAT.AZ
Lent | Regionlar | Cəmiyyət | Siyasət | Müsahibə
02.07.2026 / 11:18
Mirzə Qurbanlı "Kubota" korporasiyasının vitse-prezidentini qəbul edib

Kənd təsərrüfatı naziri Mirzə Qurbanlı dünən Kenji Yamamoto başda olmaqla Yaponiyanın "Kubota" korporasiyasının nümayəndələrini qəbul edib.

Nazirliyin Metbuat.az-a açıqladığı məlumata əsasən, tərəflər kənd təsərrüfatı texnikasının ölkədə yığılmasını, "Aqrolizinq" vasitəsilə fermerlərə kiçik traktorların güzəştli şərtlərlə satışını müzakirə ediblər. Nazir qeyd edib ki, İsmayıllı, Qəbələ və Şəki bölgələrində fındıq bağlarının sahəsi son beş ildə xeyli artıb və bu bağlar üçün yığcam texnikaya tələbat böyükdür.

Yamamoto korporasiyanın Gəncədə texniki xidmət mərkəzi yaratmaq niyyətində olduğunu bildirib. Tərəflər "Aqrolizinq" ilə "Kubota" arasında niyyət protokolunun cümə günü imzalanmasını razılaşdırıblar.

Yapon qonaqlar bu gün Şəmkir Aqroparkına baş çəkiblər.

Sentyabrda nazirin Tokioya səfəri zamanı korporasiyanın rəhbərliyi ilə görüşməsi də proqrama daxil ediləcək.

Oxunub: 2 311
Digər xəbərlər
Zaqatalada fındıq yığımına hazırlıq başlayıb
Sabirabadda pambıq sahələri suvarılır
© Metbuat.az 2026
""", [
 ("Mirzə Qurbanlı", "PER", "kənd təsərrüfatı naziri", None, ["Mirzə Qurbanlı"]),
 ("Kenji Yamamoto", "PER", "vitse-prezident", "Kubota", ["Kenji Yamamoto", "Yamamoto"]),
 ("Kubota", "ORG", None, None, ["Kubota"]),
 ("Aqrolizinq", "ORG", None, None, ["Aqrolizinq"]),
 ("Metbuat.az", "ORG", None, None, ["METBUAT.AZ", "Metbuat.az-a", "Metbuat.az"]),
 ("Yaponiya", "LOC", None, None, ["Yaponiyanın"]),
 ("Şəki", "LOC", None, None, ["Şəki"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələ"]),
 ("İsmayıllı", "LOC", None, None, ["İsmayıllı"]),
 ("Gəncə", "LOC", None, None, ["Gəncədə"]),
 ("Şəmkir Aqroparkı", "LOC", None, None, ["Şəmkir Aqroparkına"]),
 ("Tokio", "LOC", None, None, ["Tokioya"]),
 ("Zaqatala", "LOC", None, None, ["Zaqatalada"]),
 ("Sabirabad", "LOC", None, None, ["Sabirabadda"]),
], [
 E("MEET", ["Mirzə Qurbanlı", "Kenji Yamamoto"], None, "2026-07-01", "happened", "Kənd təsərrüfatı naziri Mirzə",
   ["kənd təsərrüfatı texnikası", "lizinq"], host="Mirzə Qurbanlı", date_text="dünən"),
 E("SIGN", ["Aqrolizinq", "Kubota"], None, "2026-07-03", "planned", "niyyət protokolunun cümə",
   ["kənd təsərrüfatı texnikası", "texniki xidmət"], date_text="cümə günü"),
 E("VISIT", ["Kenji Yamamoto"], "Şəmkir Aqroparkı", "2026-07-02", "happened", "Yapon qonaqlar bu gün",
   ["aqrar sənaye"], place="Şəmkir Aqroparkı", date_text="bu gün"),
 E("VISIT", ["Mirzə Qurbanlı"], "Tokio", "2026-09", "planned", "Sentyabrda nazirin Tokioya",
   ["kənd təsərrüfatı"], date_text="Sentyabrda"),
 E("MEET", ["Mirzə Qurbanlı", "Kubota"], "Tokio", "2026-09", "planned", "Sentyabrda nazirin Tokioya",
   ["kənd təsərrüfatı texnikası"], date_text="Sentyabrda"),
])

A("560_cin_sefiri_lenkeran_astara_respublika.txt", None, """date 2026-07
Çin səfiri cənub bölgəsində səfərdə olub

Ayın 8-də Lənkəran rayonuna gələn Çin Xalq Respublikasının ölkəmizdəki sefiri Çen Lini Lənkəran Rayon İcra Hakimiyyətinin başçısı Taleh Qasımzadə qəbul edib. Görüşdə bölgədə çayçılığın, sitrus meyvəçiliyinin və turizmin inkişafı ilə bağlı ətraflı mə-
lumat verilib.

Sonra səfir Lənkəran Dövlət Universitetində Çin dili kabinetinin açılışında iştirak edib, tələbələrle söhbət edib. Universitetin rektoru Ülviyyə Məmmədli bildirib ki, növbəti tədris ilindən Çin dili seçmə fənn kimi tədris olunacaq.

Ertəsi gün qonaq Astaraya yollanıb, burada çay fabrikinin istehsal sahə-
lərini gəzib, yerli fermerlərlə görüşüb. Səfir Çin şirkətlərinin bölgədə çay emalı texnologiyalarının tətbiqinə maraq göstərdiyini bildirib.

Sefirin Masallı rayonuna da baş çəkəcəyi gözlənilirdi, lakin vaxt çatış-
mazlığı səbəbindən bu səfər növbəti dəfəyə saxlanılıb.

Payızda Lənkəran Dövlət Universiteti ilə Sian Xarici Dillər Universiteti arasında əməkdaşlıq memorandumunun imzalanması gözlənilir.

Samir VƏLİYEV,
«Respublika»
""", [
 ("Çen Lin", "PER", "səfir", "Çin", ["Çen Lini"]),
 ("Taleh Qasımzadə", "PER", "başçı", "Lənkəran Rayon İcra Hakimiyyəti", ["Taleh Qasımzadə"]),
 ("Ülviyyə Məmmədli", "PER", "rektor", "Lənkəran Dövlət Universiteti", ["Ülviyyə Məmmədli"]),
 ("Samir Vəliyev", "PER", None, None, ["Samir VƏLİYEV"]),
 ("Lənkəran Rayon İcra Hakimiyyəti", "ORG", None, None, ["Lənkəran Rayon İcra Hakimiyyətinin"]),
 ("Lənkəran Dövlət Universiteti", "ORG", None, None, ["Lənkəran Dövlət Universitetində", "Lənkəran Dövlət Universiteti"]),
 ("Sian Xarici Dillər Universiteti", "ORG", None, None, ["Sian Xarici Dillər Universiteti"]),
 ("Respublika", "ORG", None, None, ["Respublika"]),
 ("Çin", "LOC", None, None, ["Çin", "Çin Xalq Respublikasının"]),
 ("Lənkəran", "LOC", None, None, ["Lənkəran"]),
 ("Astara", "LOC", None, None, ["Astaraya"]),
 ("Masallı", "LOC", None, None, ["Masallı"]),
], [
 E("VISIT", ["Çen Lin"], "Lənkəran", "2026-07-08", "happened", "Ayın 8-də Lənkəran",
   ["regional əməkdaşlıq"], date_text="Ayın 8-də"),
 E("MEET", ["Çen Lin", "Taleh Qasımzadə"], "Lənkəran", "2026-07-08", "happened", "Ayın 8-də Lənkəran",
   ["çayçılıq", "turizm"], host="Taleh Qasımzadə", date_text="Ayın 8-də"),
 E("ATTEND", ["Çen Lin"], "Lənkəran Dövlət Universiteti", "2026-07-08", "happened", "Sonra səfir Lənkəran",
   ["təhsil", "dil tədrisi"], date_text="Ayın 8-də", event_name="Çin dili kabinetinin açılışı"),
 E("VISIT", ["Çen Lin"], "Astara", "2026-07-09", "happened", "Ertəsi gün qonaq Astaraya",
   ["çayçılıq"], date_text="Ertəsi gün"),
 E("VISIT", ["Çen Lin"], "Masallı", None, "negated", "Sefirin Masallı rayonuna",
   ["regional əməkdaşlıq"]),
 E("SIGN", ["Lənkəran Dövlət Universiteti", "Sian Xarici Dillər Universiteti"], None, None, "planned",
   "Payızda Lənkəran Dövlət", ["təhsil"], date_text="Payızda"),
])

A("561_seyidbeyli_seul_incheon_apa.txt", "APA", """date 2026-08-14
Orxan Seyidbəyli Seulda Koreyanın təhsil naziri ilə görüşüb

Elm və təhsil naziri Orxan Seyidbəyli Koreya Respublikasında rəsmi səfərdədir.

APA-nın məlumatına görə, nazir bazar ertəsi Seulda Koreyanın baş nazirinin müavini, təhsil naziri Pak Çon Hun ilə görüşüb. Tərəflər peşə təhsili, mühəndislik ixtisasları üzrə ikili diplom proqramları və Koreya Beynəlxalq Əməkdaşlıq Agentliyinin (KOICA) Azərbaycanda həyata keçirdiyi layihələrin davamı barədə fikir mübadiləsi aparıblar.

Ertəsi gün Orxan Seyidbəyli Seul Milli Universitetində rektor Kim Son Cinlə görüşüb. Həmin görüşdə Seul Milli Universiteti ilə Azərbaycan Texniki Universiteti arasında tələbə mübadiləsinə dair saziş imzalanıb. Sənədə AzTU-nun rektoru Vilayət Həsənli və Kim Son Cin imza atıblar.

Çərşənbə günü Azərbaycan heyəti İnçhona gedərək Koreya Politexnik Universitetinin kampusu ilə tanış olub. Qonaqlara robototexnika və avtomobil təmiri emalatxanaları göstərilib. Dünən isə nazir Seulda təhsil alan azərbaycanlı tələbələrlə görüşüb.

Pak Çon Hunun noyabrda Bakıya səfəri gözlənilir.
""", [
 ("Orxan Seyidbəyli", "PER", "elm və təhsil naziri", "Azərbaycan", ["Orxan Seyidbəyli"]),
 ("Pak Çon Hun", "PER", "təhsil naziri", "Koreya", ["Pak Çon Hun", "Pak Çon Hunun"]),
 ("Kim Son Cin", "PER", "rektor", "Seul Milli Universiteti", ["Kim Son Cinlə", "Kim Son Cin"]),
 ("Vilayət Həsənli", "PER", "rektor", "Azərbaycan Texniki Universiteti", ["Vilayət Həsənli"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Koreya Beynəlxalq Əməkdaşlıq Agentliyi", "ORG", None, None, ["Koreya Beynəlxalq Əməkdaşlıq Agentliyinin", "KOICA"]),
 ("Seul Milli Universiteti", "ORG", None, None, ["Seul Milli Universitetində", "Seul Milli Universiteti"]),
 ("Azərbaycan Texniki Universiteti", "ORG", None, None, ["Azərbaycan Texniki Universiteti", "AzTU-nun"]),
 ("Koreya Politexnik Universiteti", "ORG", None, None, ["Koreya Politexnik Universitetinin"]),
 ("Seul", "LOC", None, None, ["Seulda"]),
 ("Koreya", "LOC", None, None, ["Koreyanın", "Koreya Respublikasında"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanda", "Azərbaycan"]),
 ("İnçhon", "LOC", None, None, ["İnçhona"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
], [
 E("VISIT", ["Orxan Seyidbəyli"], "Koreya", "2026-08-10", "happened", "Koreya Respublikasında rəsmi",
   ["təhsil"], date_text="bazar ertəsi"),
 E("MEET", ["Orxan Seyidbəyli", "Pak Çon Hun"], "Seul", "2026-08-10", "happened", "nazir bazar ertəsi Seulda",
   ["peşə təhsili", "mühəndislik təhsili"], date_text="bazar ertəsi"),
 E("MEET", ["Orxan Seyidbəyli", "Kim Son Cin"], "Seul Milli Universiteti", "2026-08-11", "happened",
   "Ertəsi gün Orxan Seyidbəyli", ["ali təhsil"], date_text="Ertəsi gün"),
 E("SIGN", ["Vilayət Həsənli", "Kim Son Cin"], "Seul Milli Universiteti", "2026-08-11", "happened",
   "Həmin görüşdə Seul", ["tələbə mübadiləsi"], date_text="Ertəsi gün"),
 E("VISIT", ["Orxan Seyidbəyli"], "İnçhon", "2026-08-12", "happened", "Çərşənbə günü Azərbaycan",
   ["peşə təhsili"], date_text="Çərşənbə günü"),
 E("VISIT", ["Orxan Seyidbəyli"], "Koreya Politexnik Universiteti", "2026-08-12", "happened", "Çərşənbə günü Azərbaycan",
   ["peşə təhsili"], place="Koreya Politexnik Universiteti", date_text="Çərşənbə günü"),
 E("VISIT", ["Pak Çon Hun"], "Bakı", "2026-11", "planned", "Pak Çon Hunun noyabrda",
   ["təhsil"], date_text="noyabrda"),
])

A("562_turk_dovletleri_sefirleri_susa.txt", "report.az", """date 2026-09-09
Türk dövlətlərinin səfirləri Şuşa və Xankəndidə

Qazaxıstan, Qırğızıstan, Özbəkistan və Türkiyənin Azərbaycandakı səfirləri – Nurlan Seyitjanov, Kubanıçbek Omurov, Bahodir Qosimov və Cahit Bağcı dünən Şuşaya gəliblər. Şəhərə çatan kimi diplomatlar Şuşa Şəhəri Dövlət Qoruğu İdarəsinin inzibati binasında Prezidentin Şuşa rayonunda xüsusi nümayəndəsi Vüqar Sadıqlının qəbulunda olublar.

Report-un Qarabağ bürosu xəbər verir ki, görüşdə Sadıqlı tarixi məhəllələrin bərpası, şəhərə qayıdan ailələrin sayı və yeni universitet şəhərciyinin tikintisi barədə danışıb.

Sonra qonaqlar Cıdır düzündə olub, Yuxarı Gövhər Ağa məscidini ziyarət ediblər.

Türkmənistanın səfiri Berdimurad Annayevin də səfərə qoşulacağı gözlənilirdi, lakin o, səhhəti ilə bağlı Bakıda qalıb.

Bu gün səfirlər Xankəndiyə yollanıblar. Onların burada Qarabağ Universitetinin rektoru Rəna Mirzəyeva ilə görüşü, universitetdə türk dilləri mərkəzinin yaradılması ilə bağlı fikir mübadiləsi aparması gözlənilir. Türkiyə səfiri isə axşam Ağdama keçəcək, burada türk podratçı şirkətlərinin tikinti meydançalarını gəzəcək.
""", [
 ("Nurlan Seyitjanov", "PER", "səfir", "Qazaxıstan", ["Nurlan Seyitjanov"]),
 ("Kubanıçbek Omurov", "PER", "səfir", "Qırğızıstan", ["Kubanıçbek Omurov"]),
 ("Bahodir Qosimov", "PER", "səfir", "Özbəkistan", ["Bahodir Qosimov"]),
 ("Cahit Bağcı", "PER", "səfir", "Türkiyə", ["Cahit Bağcı"]),
 ("Vüqar Sadıqlı", "PER", "xüsusi nümayəndə", "Azərbaycan", ["Vüqar Sadıqlının", "Sadıqlı"]),
 ("Berdimurad Annayev", "PER", "səfir", "Türkmənistan", ["Berdimurad Annayevin"]),
 ("Rəna Mirzəyeva", "PER", "rektor", "Qarabağ Universiteti", ["Rəna Mirzəyeva"]),
 ("Şuşa Şəhəri Dövlət Qoruğu İdarəsi", "ORG", None, None, ["Şuşa Şəhəri Dövlət Qoruğu İdarəsinin"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Qarabağ Universiteti", "ORG", None, None, ["Qarabağ Universitetinin"]),
 ("Şuşa", "LOC", None, None, ["Şuşa", "Şuşaya"]),
 ("Xankəndi", "LOC", None, None, ["Xankəndidə", "Xankəndiyə"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstan"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistan"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin", "Türkiyə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağ"]),
 ("Cıdır düzü", "LOC", None, None, ["Cıdır düzündə"]),
 ("Yuxarı Gövhər Ağa məscidi", "LOC", None, None, ["Yuxarı Gövhər Ağa məscidini"]),
 ("Türkmənistan", "LOC", None, None, ["Türkmənistanın"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Ağdam", "LOC", None, None, ["Ağdama"]),
], [
 E("VISIT", ["Nurlan Seyitjanov", "Kubanıçbek Omurov", "Bahodir Qosimov", "Cahit Bağcı"], "Şuşa", "2026-09-08",
   "happened", "Qazaxıstan, Qırğızıstan, Özbəkistan və", ["bərpa və yenidənqurma"], date_text="dünən"),
 E("MEET", ["Nurlan Seyitjanov", "Kubanıçbek Omurov", "Bahodir Qosimov", "Cahit Bağcı", "Vüqar Sadıqlı"],
   "Şuşa Şəhəri Dövlət Qoruğu İdarəsi", "2026-09-08", "happened", "Şəhərə çatan kimi",
   ["bərpa və yenidənqurma", "böyük qayıdış"], host="Vüqar Sadıqlı", date_text="dünən"),
 E("VISIT", ["Nurlan Seyitjanov", "Kubanıçbek Omurov", "Bahodir Qosimov", "Cahit Bağcı"], "Cıdır düzü", "2026-09-08",
   "happened", "Sonra qonaqlar Cıdır", ["mədəni irs"], place="Cıdır düzü", date_text="dünən"),
 E("VISIT", ["Nurlan Seyitjanov", "Kubanıçbek Omurov", "Bahodir Qosimov", "Cahit Bağcı"], "Yuxarı Gövhər Ağa məscidi",
   "2026-09-08", "happened", "Sonra qonaqlar Cıdır", ["mədəni irs"], place="Yuxarı Gövhər Ağa məscidi",
   date_text="dünən"),
 E("VISIT", ["Berdimurad Annayev"], "Şuşa", None, "negated", "Berdimurad Annayevin də",
   ["bərpa və yenidənqurma"]),
 E("VISIT", ["Nurlan Seyitjanov", "Kubanıçbek Omurov", "Bahodir Qosimov", "Cahit Bağcı"], "Xankəndi", "2026-09-09",
   "happened", "Bu gün səfirlər Xankəndiyə", ["təhsil"], date_text="Bu gün"),
 E("MEET", ["Nurlan Seyitjanov", "Kubanıçbek Omurov", "Bahodir Qosimov", "Cahit Bağcı", "Rəna Mirzəyeva"], "Xankəndi",
   "2026-09-09", "planned", "Onların burada Qarabağ", ["təhsil", "türk dilləri"], date_text="Bu gün"),
 E("VISIT", ["Cahit Bağcı"], "Ağdam", "2026-09-09", "planned", "Türkiyə səfiri isə axşam",
   ["tikinti", "bərpa və yenidənqurma"], date_text="Bu gün"),
])

A("563_region_mektebleri_azerbaycan_muellimi.txt", None, """date 2026-09
Region məktəbləri xarici tərəfdaşlarla əlaqələri genişləndirir

Yeni dərs ilinin ərəfəsində bir neçə rayon məktəbi xarici həmkarları ilə əməkdaşlığı yeni mərhələyə qaldırıb.

Ayın 3-də Quba şəhər 2 nömrəli tam orta məktəbdə Türkiyənin Bursa Anadolu Liseyi ilə qardaşlaşma sazişi imzalanıb. Sənədi məktəbin direktoru Səidə Ağayeva və Bursadan gəlmiş lisey direktoru Mehmet Sarıkaya imzalayıblar. Saziş hər il on şagirdin iki həftəlik mübadiləsini və müəllimlərin birgə me-
todik seminarlarını nəzərdə tutur.

İmza mərasimindən sonra türk qonaq Quba-Xaçmaz Regional Təhsil İdarəsində rəis Natiq Hüseynzadə ilə görüşüb, bölgədə türk dilinin seçmə fənn kimi tedrisi mövzu-
sunda fikir mübadiləsi aparıb.

Şəki-Zaqatala Regional Təhsil İdarəsində isə ayın 10-da Gürcüstanın Kaxeti bölgəsindən gəlmiş məktəb direktorları ilə görüş keçirilib. Qonaqlar Zaqatala və Balakəndə gürcü dilinin tədris olunduğu məktəblərlə tanış olublar.

Qebele şəhər 1 nömrəli tam orta məktəbin direktoru Elmira Şükürova ayın 12-də Astanada Türk Dövlətləri Təşkilatının təşəbbüsü ilə keçirilən məktəb direktorları forumunda çıxış edərək layihə əsaslı təlim təcrübəsini bölüşüb.

Oktyabrda Qubadan on şagird və iki müəllimin Bursaya getməsi planlaşdırılır.

Könül İSMAYILOVA,
«Azərbaycan müəllimi»
""", [
 ("Səidə Ağayeva", "PER", "direktor", None, ["Səidə Ağayeva"]),
 ("Mehmet Sarıkaya", "PER", "direktor", "Bursa Anadolu Liseyi", ["Mehmet Sarıkaya"]),
 ("Natiq Hüseynzadə", "PER", "rəis", "Quba-Xaçmaz Regional Təhsil İdarəsi", ["Natiq Hüseynzadə"]),
 ("Elmira Şükürova", "PER", "direktor", None, ["Elmira Şükürova"]),
 ("Könül İsmayılova", "PER", None, None, ["Könül İSMAYILOVA"]),
 ("Bursa Anadolu Liseyi", "ORG", None, None, ["Bursa Anadolu Liseyi"]),
 ("Quba-Xaçmaz Regional Təhsil İdarəsi", "ORG", None, None, ["Quba-Xaçmaz Regional Təhsil İdarəsində"]),
 ("Şəki-Zaqatala Regional Təhsil İdarəsi", "ORG", None, None, ["Şəki-Zaqatala Regional Təhsil İdarəsində"]),
 ("Türk Dövlətləri Təşkilatı", "ORG", None, None, ["Türk Dövlətləri Təşkilatının"]),
 ("Azərbaycan müəllimi", "ORG", None, None, ["Azərbaycan müəllimi"]),
 ("Quba", "LOC", None, None, ["Quba", "Qubadan"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin"]),
 ("Bursa", "LOC", None, None, ["Bursadan", "Bursaya"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstanın"]),
 ("Kaxeti", "LOC", None, None, ["Kaxeti"]),
 ("Zaqatala", "LOC", None, None, ["Zaqatala"]),
 ("Balakən", "LOC", None, None, ["Balakəndə"]),
 ("Qəbələ", "LOC", None, None, ["Qebele"]),
 ("Astana", "LOC", None, None, ["Astanada"]),
], [
 E("SIGN", ["Səidə Ağayeva", "Mehmet Sarıkaya"], "Quba", "2026-09-03", "happened", "Ayın 3-də Quba",
   ["məktəb əməkdaşlığı", "şagird mübadiləsi"], date_text="Ayın 3-də"),
 E("VISIT", ["Mehmet Sarıkaya"], "Quba", "2026-09-03", "happened", "Bursadan gəlmiş lisey",
   ["məktəb əməkdaşlığı"], date_text="Ayın 3-də"),
 E("MEET", ["Mehmet Sarıkaya", "Natiq Hüseynzadə"], "Quba-Xaçmaz Regional Təhsil İdarəsi", "2026-09-03", "happened",
   "İmza mərasimindən sonra", ["dil tədrisi"], date_text="İmza mərasimindən sonra"),
 E("ATTEND", ["Elmira Şükürova"], "Astana", "2026-09-12", "happened", "Elmira Şükürova ayın 12-də",
   ["təhsil metodikası"], date_text="ayın 12-də", event_name="məktəb direktorları forumu"),
])
