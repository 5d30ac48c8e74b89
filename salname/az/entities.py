"""What Azerbaijani news says about who and what: titles, organisation and place heads, known bodies.

The entity extractor (``salname.extract.entities``) asks these questions; it holds no Azerbaijani
words of its own. Titles and heads are lemmas in lower case: the extractor compares the
nominative of a word ("Nazirliyinin" -> "nazirlik", "sədri" -> "sədr").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

from salname.az.alphabet import az_lower

# Last words that make a capitalised phrase an organisation: "Xarici İşlər Nazirliyi", "Bakı Dövlət
# Universiteti", "Milli Məclis". Lemmas (the possessive of a compound name taken off).
ORG_HEADS = frozenset({
    "nazirlik", "kansleriya", "kanselyariya", "komitə", "komissiya", "assambleya", "məclis", "parlament", "senat", "şura", "agentlik",
    "akademiya", "ittifaq", "təşkilat", "partiya", "bank", "şirkət", "fond", "mərkəz", "institut",
    "xidmət", "qurum", "palata", "departament", "məhkəmə", "prokurorluq", "klub", "qəzet", "jurnal",
    "universitet", "kollec", "lisey", "məktəb", "teatr", "filarmoniya", "konservatoriya", "orkestr", "ansambl", "ansamblı", "xor",
    "birlik", "cəmiyyət", "assosiasiya", "federasiya", "konfederasiya", "hərəkat", "nümayəndəlik",
    "səfirlik", "konsulluq", "administrasiya", "aparat", "idarə", "inspeksiya", "qoşun", "ordu",
    "korporasiya", "holdinq", "konsern", "kabinet", "hökumət", "duma", "xural", "kurultay",
    "televiziya", "radio", "studiya", "nəşriyyat", "muzey", "kitabxana",
    "xəstəxana", "klinika", "zavod", "fabrik", "kombinat", "birja", "dəstə", "bölmə", "qrup",
    "missiya", "sindikat", "liqa", "operator", "kompaniya", "gəmiçilik", "keneş", "kenes", "rada", "proqram",
    "hakimiyyət", "icraiyyə komitəsi", "yol", "yollar", "sovet", "büro", "texnikum",
    "kinostudiya", "şöbə", "yeparxiya", "trest", "komissarlıq", "qüvvə", "qüvvələr", "kinofabrik", "qərargah",
    "kilsə", "mmc", "asc", "qsc", "açıq səhmdar cəmiyyəti", "kafedra", "laboratoriya", "redaksiya", "ansambl",
    "xor", "səhmdar cəmiyyəti", "icma", "konsorsium", "məclis", "divan", "tribunal", "polis", "milis",
    # foreign parliaments by their own names ("Litva Seymi", "İsrail Knesseti", "Almaniya Bundestaqı")
    "komanda", "seym", "seyim", "knesset", "bundestaq", "bundesrat", "storting", "riksdaq", "folketinq", "sabor", "skupşçina",
})

# Last words that make a capitalised phrase a place: "Xəzər dənizi", "Qarabağ bölgəsi".
LOC_HEADS = frozenset({
    "respublika", "şəhər", "rayon", "vilayət", "əyalət", "ölkə", "kənd", "qəsəbə", "dağ", "dağlar",
    "çay", "göl", "dəniz", "okean", "ada", "adalar", "yarımada", "körfəz", "boğaz", "küçə",
    "prospekt", "meydan", "park", "bölgə", "region", "diyar", "torpaq", "düzən", "düzənlik", "səhra",
    "vadi", "kanal", "liman", "hava limanı", "stadion", "saray", "qala", "məscid", "türbə",
    "abidə", "memorial", "xiyaban", "bulvar", "sahil", "yayla", "muxtar respublika", "krayı",
    "oblast", "qubernatorluq", "knyazlıq", "krallıq", "imperiya", "xanlıq", "sultanlıq", "dövlət",
    "cumhuriyyət", "cümhuriyyət", "alplar", "alp", "çöl", "aeroport", "hava limanı", "vağzal", "ev",
    "arena", "məqbərə", "körpü", "qoruq", "karvansara", "kilsə", "monastır", "hamam", "bazar", "rəsədxana",
})
# Heads that name a place only after a place: "Azərbaycan Respublikası", "Naxçıvan Muxtar Respublikası".
STATE_HEADS = frozenset({"respublika", "cumhuriyyət", "cümhuriyyət", "krallıq", "dövlət", "federasiya", "imperiya", "knyazlıq",
                         "sultanlıq", "əmirlik"})

# Titles before a person's name, lemmas; the longest are tried first ("baş nazir" before "nazir").
TITLES = frozenset({
    "prezident", "vitse-prezident", "baş nazir", "nazir", "sədr", "sədr müavini", "spiker", "torağa",
    "vitse-spiker", "vitse-nazir", "vitse-kansler", "vitse-mer", "deputat", "səfir", "konsul", "baş konsul", "baş katib", "katib", "nümayəndə",
    "xüsusi nümayəndə", "daimi nümayəndə", "köməkçi", "müşavir", "rəhbər", "rəis", "müdir", "direktor",
    "baş direktor", "icraçı direktor", "rektor", "prorektor", "qubernator", "mer", "bələdiyyə başçısı",
    "vali", "vali müavini", "bələdiyyə sədri",  # a Turkish or Iranian province's governor, a Turkish mayor
    "icra başçısı", "başçı", "kansler", "kral", "kraliça", "şahzadə", "əmir", "şeyx", "sultan",
    "patriarx", "müfti", "general", "general-mayor", "general-leytenant", "polkovnik", "admiral",
    # military ranks as the genre writes them before a name, Azerbaijan's and Turkey's
    "general-polkovnik", "polkovnik-leytenant", "vitse-admiral", "kontr-admiral", "orgeneral", "korgeneral",
    "tümgeneral", "tuğgeneral", "oramiral", "koramiral",
    # religious ranks: "Şeyxülislam Hacı X" (the pilgrim's "Hacı" before a name is part of the rank)
    "şeyxülislam", "şeyxülislam hacı", "arxiyepiskop", "yepiskop", "mitropolit", "kardinal", "nunsi", "axund",
    "prokuror", "baş prokuror", "ombudsman", "senator", "akademik", "professor", "hakim",
    "müavin", "birinci müavin", "nazir müavini", "sədrin müavini", "komitə sədri", "baş redaktor",
    "redaktor", "sözçü", "mətbuat katibi", "komandan", "baş komandan", "ali baş komandan",
    "parlament üzvü", "millət vəkili", "həmsədr", "idarə heyətinin sədri", "yazıçı", "şair",
    "alim", "jurnalist", "məşqçi", "futbolçu", "idmançı", "müğənni", "rəssam", "bəstəkar",
    "aktyor", "aktrisa", "rejissor", "tarixçi", "filosof", "həkim", "mühəndis", "tədqiqatçı",
})
# Epithets before a name, no office ("Ulu Öndər Heydər Əliyev", "Ümummilli Lider"): no role.
EPITHETS = frozenset({"ulu öndər", "ümummilli lider"})
TITLES = TITLES | EPITHETS
# Titles an extractor may write with a capital as the news does ("Prezident İlham Əliyev").
CAPITALISED_TITLES = frozenset({"prezident"})
# Titles that are the name of a person's post and so a person's role (not a profession).
OFFICE_TITLES = TITLES - EPITHETS - frozenset({
    "yazıçı", "şair", "alim", "jurnalist", "məşqçi", "futbolçu", "idmançı", "müğənni", "rəssam",
    "bəstəkar", "aktyor", "aktrisa", "rejissor", "tarixçi", "filosof", "həkim", "mühəndis", "tədqiqatçı",
    "akademik", "professor",
})

# Words that join two parts of one name and are written in lower case ("Avropada Təhlükəsizlik və
# Əməkdaşlıq Təşkilatı", "Neft İxrac edən Ölkələr Təşkilatı").
NAME_JOINERS = frozenset({"və", "üzrə", "edən", "üçün", "adına"})  # "Üzeyir Hacıbəyov adına ... Orkestri"
# Lower-case words inside a person's name: patronymics and honorifics ("İsmayıl İsrafil oğlu Əliyev",
# "İsmayıl xan Naxçıvanski", "Cəlil bəy").
PERSON_JOINERS = frozenset({"oğlu", "qızı", "xan", "bəy", "paşa", "ağa", "xanım", "əfəndi", "şah", "uulu"})

# International and national bodies that the news names by their letters: (letters, full name,
# type). The full names are the Azerbaijani ones the news writes.
KNOWN_BODIES: tuple[tuple[str, str, str], ...] = (
    ("BMT", "Birləşmiş Millətlər Təşkilatı", "ORG"),
    ("ATƏT", "Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatı", "ORG"),
    ("ATƏT PA", "ATƏT Parlament Assambleyası", "ORG"),
    ("NATO PA", "NATO Parlament Assambleyası", "ORG"),
    ("İƏT PA", "İƏT Parlament İttifaqı", "ORG"),
    ("GUAM PA", "GUAM Parlament Assambleyası", "ORG"),
    ("TDT", "Türk Dövlətləri Təşkilatı", "ORG"),
    ("TÜRKPA", "Türk Dövlətlərinin Parlament Assambleyası", "ORG"),
    ("MDB", "Müstəqil Dövlətlər Birliyi", "ORG"),
    ("MDB PA", "MDB Parlamentlərarası Assambleyası", "ORG"),
    ("MDB PAA", "MDB Parlamentlərarası Assambleyası", "ORG"),
    ("AŞPA", "Avropa Şurası Parlament Assambleyası", "ORG"),
    ("Aİ", "Avropa İttifaqı", "ORG"),
    ("AB", "Avropa Birliyi", "ORG"),
    ("İƏT", "İslam Əməkdaşlıq Təşkilatı", "ORG"),
    ("ŞƏT", "Şanxay Əməkdaşlıq Təşkilatı", "ORG"),
    ("NATO", "Şimali Atlantika Müqaviləsi Təşkilatı", "ORG"),
    ("QDİƏT", "Qara Dəniz İqtisadi Əməkdaşlıq Təşkilatı", "ORG"),
    ("QDİƏT PA", "Qara Dəniz İqtisadi Əməkdaşlıq Təşkilatının Parlament Assambleyası", "ORG"),
    ("GUAM", "Demokratiya və İqtisadi İnkişaf Naminə Təşkilat – GUAM", "ORG"),
    ("BVF", "Beynəlxalq Valyuta Fondu", "ORG"),
    ("AYİB", "Avropa Yenidənqurma və İnkişaf Bankı", "ORG"),
    ("OPEC", "Neft İxrac edən Ölkələr Təşkilatı", "ORG"),
    ("PAİ", "Parlamentlərarası İttifaq", "ORG"),
    ("ATƏM", "Asiyada Qarşılıqlı Əməkdaşlıq və Etimad Tədbirləri Müşavirəsi", "ORG"),
    ("YUNESKO", "Birləşmiş Millətlər Təşkilatının Təhsil, Elm və Mədəniyyət Təşkilatı", "ORG"),
    ("UNESCO", "Birləşmiş Millətlər Təşkilatının Təhsil, Elm və Mədəniyyət Təşkilatı", "ORG"),
    ("YUNİSEF", "Birləşmiş Millətlər Təşkilatının Uşaq Fondu", "ORG"),
    ("ÜST", "Ümumdünya Səhiyyə Təşkilatı", "ORG"),
    ("ÜTT", "Ümumdünya Ticarət Təşkilatı", "ORG"),
    ("SOCAR", "Azərbaycan Respublikası Dövlət Neft Şirkəti", "ORG"),
    ("ARDNŞ", "Azərbaycan Respublikası Dövlət Neft Şirkəti", "ORG"),
    ("AZƏRTAC", "Azərbaycan Dövlət Teleqraf Agentliyi", "ORG"),
    ("AZERTAC", "Azərbaycan Dövlət Teleqraf Agentliyi", "ORG"),
    ("YAP", "Yeni Azərbaycan Partiyası", "ORG"),
    ("XİN", "Xarici İşlər Nazirliyi", "ORG"),
    ("AQUPDK", "Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsi", "ORG"),
    ("DTX", "Dövlət Təhlükəsizliyi Xidməti", "ORG"),
    ("MSK", "Mərkəzi Seçki Komissiyası", "ORG"),
    ("AMEA", "Azərbaycan Milli Elmlər Akademiyası", "ORG"),
    ("BDU", "Bakı Dövlət Universiteti", "ORG"),
    ("ADA", "ADA Universiteti", "ORG"),
    ("TBMM", "Türkiyə Böyük Millət Məclisi", "ORG"),
    ("bp", "bp", "ORG"),
    ("ABŞ", "Amerika Birləşmiş Ştatları", "LOC"),
    ("SSRİ", "Sovet Sosialist Respublikaları İttifaqı", "LOC"),
    ("Sovet İttifaqı", "Sovet İttifaqı", "LOC"),
    ("Sovetlər Birliyi", "Sovet İttifaqı", "LOC"),
    ("BƏƏ", "Birləşmiş Ərəb Əmirlikləri", "LOC"),
    ("KXDR", "Koreya Xalq Demokratik Respublikası", "LOC"),
    ("ÇXR", "Çin Xalq Respublikası", "LOC"),
    ("RF", "Rusiya Federasiyası", "LOC"),
    ("AR", "Azərbaycan Respublikası", "LOC"),
    ("Milli Məclis", "Milli Məclis", "ORG"),
    ("Nazirlər Kabineti", "Nazirlər Kabineti", "ORG"),
    ("Baş Prokurorluq", "Baş Prokurorluq", "ORG"),
    ("Naxçıvan Muxtar Respublikasının Ali Məclisi", "Naxçıvan Muxtar Respublikasının Ali Məclisi", "ORG"),
    ("Prezident Administrasiyası", "Prezident Administrasiyası", "ORG"),
    ("BMT Baş Assambleyası", "BMT Baş Assambleyası", "ORG"),
    ("BMT Təhlükəsizlik Şurası", "BMT Təhlükəsizlik Şurası", "ORG"),
    ("BMT İnsan Hüquqları Şurası", "BMT İnsan Hüquqları Şurası", "ORG"),
    # the parliaments the region's news reports on, under the name their own news uses
    ("Qazaxıstan Parlamentinin Məclisi", "Qazaxıstan Parlamentinin Məclisi", "ORG"),
    ("Qazaxıstan Parlamentinin Senatı", "Qazaxıstan Parlamentinin Senatı", "ORG"),
    ("Özbəkistan Ali Məclisinin Qanunvericilik Palatası", "Özbəkistan Ali Məclisinin Qanunvericilik Palatası", "ORG"),
    ("Özbəkistan Ali Məclisinin Senatı", "Özbəkistan Ali Məclisinin Senatı", "ORG"),
    ("Qırğızıstan Jogorku Keneşi", "Qırğızıstan Jogorku Keneşi", "ORG"),
    ("Türkmənistan Milli Məclisi", "Türkmənistan Milli Məclisi", "ORG"),
    ("Rusiya Federasiyası Federal Məclisinin Dövlət Duması", "Rusiya Federasiyası Federal Məclisinin Dövlət Duması", "ORG"),
    ("Rusiya Federasiyası Federal Məclisinin Federasiya Şurası", "Rusiya Federasiyası Federal Məclisinin Federasiya Şurası", "ORG"),
    ("Gürcüstan Parlamenti", "Gürcüstan Parlamenti", "ORG"),
    ("Ukrayna Ali Radası", "Ukrayna Ali Radası", "ORG"),
    ("Avropa Parlamenti", "Avropa Parlamenti", "ORG"),
    ("Avropa Şurası", "Avropa Şurası", "ORG"),
    ("Avropa Komissiyası", "Avropa Komissiyası", "ORG"),
    ("Avropa İttifaqı Şurası", "Avropa İttifaqı Şurası", "ORG"),
    ("Türkdilli Dövlətlərin Əməkdaşlıq Şurası", "Türkdilli Dövlətlərin Əməkdaşlıq Şurası", "ORG"),
    ("Türkdilli Ölkələrin Əməkdaşlıq Şurası", "Türkdilli Dövlətlərin Əməkdaşlıq Şurası", "ORG"),
    ("Türk Şurası", "Türkdilli Dövlətlərin Əməkdaşlıq Şurası", "ORG"),
    ("Özbəkistan Oliy Məclisinin Senatı", "Özbəkistan Oliy Məclisinin Senatı", "ORG"),
    ("Özbəkistan Oliy Məclisinin Qanunvericilik Palatası", "Özbəkistan Oliy Məclisinin Qanunvericilik Palatası", "ORG"),
    ("Parlamentlərarası İttifaq", "Parlamentlərarası İttifaq", "ORG"),
    ("Dövlət Neft Fondu", "Dövlət Neft Fondu", "ORG"),
    ("BMT İnkişaf Proqramı", "BMT İnkişaf Proqramı", "ORG"),
)

# Times of day that are first names too, opening a sentence as the time ("Səhər saatlarında ...").
TIME_OF_DAY = frozenset({"səhər", "axşam", "gecə", "gündüz", "sübh", "günorta"})

# Places the CLDR lists do not have under the name the news uses, with their other names.
PLACE_ALIASES: dict[str, str] = {
    # capitals and big cities no CLDR time zone is named after, as the news spells them
    "mingəçevir": "Mingəçevir", "abşeron": "Abşeron", "madrid": "Madrid", "amsterdam": "Amsterdam", "oslo": "Oslo", "helsinki": "Helsinki", "irəvan": "İrəvan",
    "yerevan": "İrəvan", "islamabad": "İslamabad", "bern": "Bern", "bratislava": "Bratislava",
    "podqorisa": "Podqorisa", "ottava": "Ottava", "kanberra": "Kanberra", "havana": "Havana", "manila": "Manila",
    "hanoy": "Hanoy", "kuala-lumpur": "Kuala-Lumpur", "barselona": "Barselona", "lion": "Lion",
    "venesiya": "Venesiya", "odessa": "Odessa", "xarkov": "Xarkov", "lvov": "Lvov", "samarqənd": "Səmərqənd",
    "səmərqənd": "Səmərqənd", "şımkənd": "Şımkənd", "koşitse": "Koşitse", "osaka": "Osaka",
    "xirosima": "Xirosima", "kioto": "Kioto", "quançjou": "Quançjou", "honkonq": "Honkonq", "şarja": "Şarja",
    "cidda": "Cidda", "rabat": "Rabat", "tripoli": "Tripoli", "amman": "Amman", "qüds": "Qüds",
    "toronto": "Toronto", "monreal": "Monreal", "rio-de-janeyro": "Rio-de-Janeyro", "san-paulu": "San-Paulu",
    "porto": "Porto", "florensiya": "Florensiya", "valletta": "Valletta", "dublin": "Dublin",
    "edinburq": "Edinburq", "kardiff": "Kardiff", "belfast": "Belfast", "koreya": "Koreya",
    "yaxın şərq": "Yaxın Şərq",
    "orta şərq": "Orta Şərq",
    "uzaq şərq": "Uzaq Şərq",
    "orta asiya": "Orta Asiya",
    "astana": "Astana",
    "nur-sultan": "Nur-Sultan",
    "almatı": "Almatı",
    "almaata": "Almatı",
    "tbilisi": "Tbilisi",
    "ankara": "Ankara",
    "daşkənd": "Daşkənd",
    "bişkek": "Bişkek",
    "aşqabad": "Aşqabad",
    "düşənbə": "Düşənbə",
    "tehran": "Tehran",
    "təbriz": "Təbriz",
    "vaşinqton": "Vaşinqton",
    "london": "London",
    "paris": "Paris",
    "berlin": "Berlin",
    "brüssel": "Brüssel",
    "strasburq": "Strasburq",
    "cenevrə": "Cenevrə",
    "vyana": "Vyana",
    "pekin": "Pekin",
    "tokio": "Tokio",
    "dehli": "Dehli",
    "yeni dehli": "Yeni Dehli",
    "qarabağ": "Qarabağ",
    "zəngəzur": "Zəngəzur",
    "xəzər": "Xəzər",
    "qafqaz": "Qafqaz",
    "cənubi qafqaz": "Cənubi Qafqaz",
    "mərkəzi asiya": "Mərkəzi Asiya",
    "avrasiya": "Avrasiya",
    "asiya": "Asiya",
    "afrika": "Afrika",
    "ermənistan": "Ermənistan",
    "naxçıvan": "Naxçıvan",
    "xankəndi": "Xankəndi",
    "şuşa": "Şuşa",
    "ağdam": "Ağdam",
    "kəlbəcər": "Kəlbəcər",
    "laçın": "Laçın",
    "füzuli": "Füzuli",
    "cəbrayıl": "Cəbrayıl",
    "zəngilan": "Zəngilan",
    "qubadlı": "Qubadlı",
    "istanbul": "İstanbul",
    "izmir": "İzmir",
    "antalya": "Antalya",
    "səmərqənd": "Səmərqənd",
    "buxara": "Buxara",
    "türküstan": "Türküstan",
    "şimali kipr": "Şimali Kipr",
    "kiyev": "Kiyev",
    "kiyiv": "Kiyev",
    "minsk": "Minsk",
    "riqa": "Riqa",
    "sankt-peterburq": "Sankt-Peterburq",
    "böyük britaniya": "Böyük Britaniya",
    "qars": "Qars",
    "balkanlar": "Balkanlar",
    "karpatlar": "Karpatlar",
    "urallar": "Urallar",
    "pireneylər": "Pireneylər",
    "alplar": "Alplar",
    "birləşmiş ştatlar": "Amerika Birləşmiş Ştatları",
    "iğdır": "İğdır",
    "ərzurum": "Ərzurum",
    "trabzon": "Trabzon",
    "mersin": "Mersin",
    "ceyhan": "Ceyhan",
    "batumi": "Batumi",
    "aktau": "Aktau",
    "türkmənbaşı": "Türkmənbaşı",
    "britaniya": "Britaniya",
    "ingiltərə": "İngiltərə",
    "türkiyə cümhuriyyəti": "Türkiyə",
    "avropa": "Avropa",
    "kosova": "Kosova", "kosovo": "Kosovo", "nyu-york": "Nyu-York", "nyu-dehli": "Nyu-Dehli", "təl-əviv": "Təl-Əviv", "tel-əviv": "Təl-Əviv",
    "los-anceles": "Los-Anceles", "san-fransisko": "San-Fransisko", "buenos-ayres": "Buenos-Ayres",
    # cities of the region and of the world the news reports from, missing from CLDR
    "kazan": "Kazan", "novosibirsk": "Novosibirsk", "soçi": "Soçi", "mahaçqala": "Mahaçqala",
    "dərbənd": "Dərbənd", "qroznı": "Qroznı", "ufa": "Ufa", "samara": "Samara", "rostov": "Rostov",
    "krasnodar": "Krasnodar", "şımkent": "Şımkent", "aktobe": "Aktobe", "qaraqanda": "Qaraqanda",
    "pavlodar": "Pavlodar", "xivə": "Xivə", "fərqanə": "Fərqanə", "namanqan": "Namanqan", "nukus": "Nukus",
    "oş": "Oş", "cəlalabad": "Cəlalabad", "çolpon-ata": "Çolpon-Ata", "karakol": "Karakol",
    "kutaisi": "Kutaisi", "rustavi": "Rustavi", "marneuli": "Marneuli", "zuqdidi": "Zuqdidi",
    "telavi": "Telavi", "qardabani": "Qardabani", "bursa": "Bursa", "konya": "Konya", "qaziantep": "Qaziantep",
    "kayseri": "Kayseri", "samsun": "Samsun", "ərzincan": "Ərzincan", "ərdəbil": "Ərdəbil", "urmiya": "Urmiya",
    "məşhəd": "Məşhəd", "isfahan": "İsfahan", "şiraz": "Şiraz", "qəzvin": "Qəzvin", "zəncan": "Zəncan",
    "debresen": "Debresen", "seqed": "Seqed", "plovdiv": "Plovdiv", "varna": "Varna", "konstansa": "Konstansa",
    "brno": "Brno", "krakov": "Krakov", "qdansk": "Qdansk", "marsel": "Marsel", "milan": "Milan",
    "turin": "Turin", "neapol": "Neapol", "münhen": "Münhen", "hamburq": "Hamburq", "frankfurt": "Frankfurt",
    "köln": "Köln", "düsseldorf": "Düsseldorf", "davos": "Davos", "lozanna": "Lozanna", "bazel": "Bazel",
    "salzburq": "Salzburq", "əbu-dabi": "Əbu-Dabi", "doha": "Doha", "ər-riyad": "Ər-Riyad", "cidde": "Cidde",
    "məkkə": "Məkkə", "mədinə": "Mədinə", "iskəndəriyyə": "İskəndəriyyə", "lahor": "Lahor", "mumbay": "Mumbay",
    "sian": "Sian",
}

# Endings of Azerbaijani, Turkic and Slavic surnames, and of patronymics ("Əliyev", "Qafarova",
# "Rəsulzadə", "Nəsirli", "Hüseynoğlu", "Vəliqızı"); "oğlu"/"qızı" also stand alone.
PERSON_ENDINGS = ("ov", "ova", "ev", "eva", "yev", "yeva", "zadə", "zoda", "oğlu", "qızı", "skiy", "skaya",
                  "enko", "yan", "dze", "şvili", "vski", "vska", "nski", "nska", "ulı", "oğlı", "baev", "bayev", "bekov",
                  "ski", "tski", "skaya", "viç", "yeviç", "oviç")
PATRONYMIC_WORDS = frozenset({"oğlu", "qızı", "uulu", "kızı"})  # ("uulu": Kyrgyz, "Turqunbek uulu")
# Words after a first name that address the person politely ("Vüqar müəllim", "Nigar xanım").
HONORIFICS = frozenset({"müəllim", "müəllimə", "xanım", "bəy", "həkim", "ağa", "əfəndi", "ustad"})
# Buildings a title may open the name of ("Prezident Sarayı").
BUILDING_HEADS = frozenset({"saray", "iqamətgah"})
# Buildings whose name is whole without a person's before it: "Nikoloz Çikvaidze Hökumət Evində" is a
# person, then the building (but "Heydər Əliyev Mərkəzi" is named after him).
UNNAMED_BUILDINGS = frozenset({"hökumət evi", "ağ ev"})
# Heads of monuments named after a person ("Nizami Gəncəvi məqbərəsi", "Möminə Xatın türbəsi").
MONUMENT_HEADS = frozenset({"məqbərə", "türbə", "abidə", "heykəl", "büst", "ev-muzey", "xatirə kompleksi"})
# Adjectives before a place's head: the head keeps no possessive ("Fəxri xiyaban", "Qırmızı Körpü").
PLACE_ADJECTIVES = frozenset({"fəxri", "qırmızı", "qara", "ağ", "göy", "yaşıl", "sarı", "böyük", "kiçik", "yeni",
                              "köhnə", "uca"})
# Adjectives made of names: "Trans-Xəzər beynəlxalq nəqliyyat marşrutu", "Xəzəryanı dövlətlər".
ADJECTIVE_PREFIXES = ("trans-", "pan-", "anti-", "pro-")
ADJECTIVE_ENDINGS = ("yanı", "sayağı")
# Heads of routes, which are companies only after these ("Azərbaycan Dəmir Yolları", "Azərbaycan Hava Yolları").
ROUTE_HEADS = frozenset({"yol", "yollar"})
ROAD_COMPANY_WORDS = frozenset({"dəmir", "hava", "avtomobil", "magistral"})
# Words after an object: a name right before them is in the accusative ("səfiri Fergus Auldu qəbul edib").
OBJECT_VERBS = frozenset({"qəbul", "təbrik", "salamlayıb", "salamlayaraq", "qarşılayıb", "müşayiət", "dəvət",
                          "yola"})
# Heads of venues' names and the words that make them venues ("Bakı Konqres Mərkəzi", "Bakı Ekspo Mərkəzi").
VENUE_HEADS = frozenset({"mərkəz", "kompleks", "zal", "arena", "teatr"})
VENUE_WORDS = frozenset({"konqres", "ekspo", "sərgi", "idman", "olimpiya", "konsert", "kristal", "akvatik", "memorial",
                         "opera", "balet", "dram", "yay", "musiqili", "kukla", "gənc tamaşaçılar"})
# Words that make a place's head the name of an enterprise ("Aktau Dəniz Ticarət Limanı").
ENTERPRISE_WORDS = frozenset({"ticarət", "texnologiya"})
# Endings only a surname has (never a first name): two such words side by side are two people.
STRONG_SURNAME_ENDINGS = ("ov", "ova", "ev", "eva", "yev", "yeva", "zadə", "zoda", "dze", "şvili", "enko", "yan", "skiy",
                          "skaya", "bayev", "bekov", "ski")  # (not "-viç": "Vladimir Vladimiroviç Putin")
FEMALE_SURNAME_ENDINGS = ("ova", "eva", "yeva", "skaya", "qızı")


@lru_cache(maxsize=1)
def _bodies() -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for letters, full, kind in KNOWN_BODIES:
        out[az_lower(letters)] = (full, kind)
        out.setdefault(az_lower(full), (full, kind))
        out.setdefault(az_lower(full.replace(",", "")), (full, kind))  # its words, as a name is read
    return out


def known_body(name: str) -> tuple[str, str] | None:
    """(full name, type) of a body the news names by its letters or in full, or None."""
    return _bodies().get(az_lower(name))


_keyed: dict[str, tuple[str, str]] | None = None


def known_body_by_key(key: str, key_of: Callable[[str], str]) -> tuple[str, str] | None:
    """The body whose name has the same words, endings aside: "Qazaxıstan Parlament Məclisi" and
    "Qazaxıstan Parlamenti Məclisi" are the Parlamentinin Məclisi. ``key_of`` makes the key of a name
    (the extractor's lemmas, joined by spaces)."""
    global _keyed
    if _keyed is None:
        _keyed = {}
        for _, full, kind in KNOWN_BODIES:
            if " " in full:
                _keyed.setdefault(key_of(full), (full, kind))
        for name, full, kind in KNOWN_BODIES:
            if " " in name:
                _keyed.setdefault(key_of(name), (full, kind))
    return _keyed.get(key)


_shaped: dict[tuple[int, str], list[tuple[str, tuple[str, str]]]] | None = None


def known_body_misspelt(key: str, key_of: Callable[[str], str]) -> tuple[str, str] | None:
    """The body whose name of three words or more differs from ``key`` by a print slip in one word
    ("Türkəlli Ölkələrin Əməkdaşlıq Şurası"): the same head, the other words but one equal, and that
    one within two edits of the body's word."""
    from rapidfuzz.distance import Levenshtein

    global _shaped
    known_body_by_key("", key_of)  # fills the keyed table
    words = key.split()
    if len(words) < 3 or _keyed is None:
        return None
    if _shaped is None:  # the keyed names by their number of words and head
        _shaped = {}
        for name, body in _keyed.items():
            _shaped.setdefault((len(name.split()), name.split()[-1]), []).append((name, body))
    found = None
    for name, body in _shaped.get((len(words), words[-1]), ()):
        other = name.split()
        diff = [(a, b) for a, b in zip(words, other) if a != b]
        if len(diff) == 1 and min(len(diff[0][0]), len(diff[0][1])) >= 6 \
                and Levenshtein.distance(*diff[0]) <= 2:
            if found is not None and found != body:
                return None  # two bodies as near: no guess
            found = body
    return found


def body_letters(full: str) -> str | None:
    """The letters a known body goes by ("Birləşmiş Millətlər Təşkilatı" -> "BMT")."""
    return _letters().get(az_lower(full))


@lru_cache(maxsize=1)
def _letters() -> dict[str, str]:
    out: dict[str, str] = {}
    for letters, name, _ in KNOWN_BODIES:
        if letters != name:
            out.setdefault(az_lower(name), letters)
    return out


def ends_like_a_person(word: str) -> bool:
    """Whether a nominative capitalised word ends like a surname or patronymic."""
    low = az_lower(word)
    return len(low) > 3 and low.endswith(PERSON_ENDINGS)

# Heads of a state's own bodies: a country written before one is part of its name ("Qırğızıstan Xarici
# İşlər Nazirliyi", "Azərbaycan Milli Məclisi"), where before an international body it is a place of its
# own ("Azərbaycan BMT-də").
NATIONAL_HEADS = frozenset({
    "nazirlik", "məclis", "parlament", "senat", "kabinet", "xidmət", "agentlik", "komitə", "komissiya",
    "prokurorluq", "palata", "duma", "hökumət", "rada", "keneş", "kenes", "xural", "administrasiya", "aparat",
    "məhkəmə", "bank", "akademiya", "səfirlik", "konsulluq", "seym", "seyim", "knesset", "bundestaq", "bundesrat",
    "storting", "riksdaq", "folketinq", "sabor", "skupşçina",
})

# Bodies whose agencies have names of their own: after one in the genitive a body's name is a new
# entity ("Ekologiya və Təbii Sərvətlər Nazirliyinin Milli Hidrometeorologiya Xidməti").
PARENT_HEADS = frozenset({"nazirlik"})
AGENCY_OPENERS = frozenset({"milli", "dövlət"})
# Heads of a body's parts, which the news writes in lower case after the body ("Milli Məclisin İnsan
# hüquqları komitəsi", "Oliy Məclisin Qanunvericilik palatası").
SUB_BODY_HEADS = frozenset({"komitə", "komissiya", "palata", "alt komitə", "subkomitə", "yarımkomitə"})
# Of them, the chambers of a parliament: one name with the parliament before them.
CHAMBER_HEADS = frozenset({"palata"})

# A country has one of each: written alone with a capital, the word names that body ("Senat sədri"),
# where "Komitənin", "İnstitutda" alone stand for a body only the text around could name.
UNIQUE_BODY_HEADS = frozenset({"senat", "parlament", "məclis", "duma", "hökumət", "kabinet", "rada", "keneş", "kenes",
                               "xural", "prezident administrasiyası", "seym", "seyim", "knesset", "bundestaq",
                               "bundesrat", "storting", "riksdaq", "folketinq", "sabor", "skupşçina"})

# The home country: its own bodies go by their bare names in its news ("Xarici İşlər Nazirliyi" is
# Azerbaijan's), so "Azərbaycan Respublikasının Xarici İşlər Nazirliyi" is the same body.
HOME_PREFIXES = ("azərbaycan respublikasının ", "azərbaycan respublikası ", "azərbaycanın ", "azərbaycan ")
# Words that open the full names of the home country's bodies, and are left out of their short names.
HOME_NAME_WORDS = frozenset({"azərbaycan", "respublika", "milli", "dövlət", "ali"})
HOME_BODY_HEADS = frozenset({
    "nazirlik", "agentlik", "xidmət", "kabinet", "prokurorluq", "komitə", "komissiya", "administrasiya",
})

# Adjectives inside names: the head after one takes no possessive ("Milli Məclis", "Ali Məhkəmə",
# "Mərkəzi Bank"), where after a noun it does ("Xarici İşlər Nazirliyi", "Bakı Dövlət Universiteti").
NAME_ADJECTIVES = frozenset({
    "milli", "ali", "mərkəzi", "yeni", "böyük", "beynəlxalq", "regional", "federal", "xalq", "birləşmiş",
    "müstəqil", "sosial", "demokratik", "respublika", "ümumi", "daimi", "xüsusi", "konstitusiya",
    "islam", "avropa",
})

# Words of the language that open bodies' names, so open a name even at the start of a sentence
# ("Dövlət Miqrasiya Xidməti", "Mərkəzi Seçki Komissiyası", "Xarici İşlər Nazirliyi").
NAME_OPENERS = NAME_ADJECTIVES | frozenset({"dövlət", "xarici", "daxili", "iqtisadiyyat", "maliyyə",
                                            "ədliyyə", "səhiyyə", "təhsil", "mədəniyyət", "energetika",
                                            "kənd", "gənclər", "əmək", "ekologiya", "rəqəmsal", "fövqəladə",
                                            "müdafiə", "elm", "prezident"})

# Letters the news writes in capitals that name no body: quantities, currencies, technologies, forms.
NOT_BODIES = frozenset({
    "ÜDM", "ÜMM", "İKT", "KİV", "ƏDV", "VİP", "İT", "SMS", "GPS", "PDF", "TV", "USD", "AZN", "EUR", "RUB",
    "COVID", "HİV", "QİÇS", "DNT", "DNA", "İP", "ID", "PR", "CEO", "MMC", "ASC", "QSC", "ASSC", "TOEFL",
    "SAT", "IELTS", "AI", "COP29", "COP", "EXPO", "SC", "AÇ", "LTD", "Aİ-nin", "LNG", "LPG", "CO2", "PM", "AM", "MB", "GB", "KB",
})

# Words before a place that make one name with it ("Şərqi Almaniya", "Yeni Fransa", "Müqəddəs Roma").
PLACE_QUALIFIERS = frozenset({
    "şərqi", "qərbi", "cənubi", "şimali", "mərkəzi", "cənub-qərbi", "cənub-şərqi", "şimal-qərbi",
    "şimal-şərqi", "yuxarı", "aşağı", "böyük", "kiçik", "yeni", "köhnə", "qədim", "müqəddəs", "nasist",
    "alman", "sovet", "osmanlı", "britaniya", "fransız", "ingilis", "rus", "dağlıq", "uzaq", "yaxın",
})

# How company and club names are made: "Azərenerji", "Stalinneft", "Alanyaspor", "Azərfilm".
ORG_NAME_ENDINGS = ("neft", "spor", "film", "kino", "enerji", "bank", "telekom", "qaz", "gaz", "sənaye",
                    "invest", "trans", "sell", "lizinq", "inşaat", "tikinti", "media", "press", "holding",
                    "holdinq", "group", "qrup", "sığorta", "kimya", "metal", "su", "işıq", "yol")
ORG_NAME_STARTS = ("azər", "az-")
# How country and region names end: "Çexoslovakiya", "Makedoniya", "Özbəkistan".
PLACE_NAME_ENDINGS = ("iya", "stan", "istan", "ıstan", "üstan", "ustan")


def looks_like_a_company(low: str) -> bool:
    """A one-word name built like a company's or a club's."""
    return len(low) > 5 and (low.endswith(ORG_NAME_ENDINGS) or low.startswith(ORG_NAME_STARTS))


def looks_like_a_country(low: str) -> bool:
    return len(low) > 5 and low.endswith(PLACE_NAME_ENDINGS)

# The country of a people's name before a title: "qazax naziri" is Qazaxıstan's minister.
ETHNONYM_COUNTRIES = {
    "qazax": "Qazaxıstan", "türk": "Türkiyə", "rus": "Rusiya", "alman": "Almaniya", "özbək": "Özbəkistan",
    "qırğız": "Qırğızıstan", "türkmən": "Türkmənistan", "ingilis": "Böyük Britaniya", "fransız": "Fransa",
    "fars": "İran", "gürcü": "Gürcüstan", "erməni": "Ermənistan", "tacik": "Tacikistan", "monqol": "Monqolustan",
    "ukrayna": "Ukrayna", "polyak": "Polşa", "italyan": "İtaliya", "ispan": "İspaniya", "yunan": "Yunanıstan",
    "bolqar": "Bolqarıstan", "serb": "Serbiya", "macar": "Macarıstan", "rumın": "Rumıniya", "moldovan": "Moldova",
    "xorvat": "Xorvatiya", "sloven": "Sloveniya", "slovak": "Slovakiya", "çex": "Çexiya", "fin": "Finlandiya",
    "holland": "Niderland", "portuqal": "Portuqaliya", "yapon": "Yaponiya", "hind": "Hindistan",
    "əfqan": "Əfqanıstan", "latış": "Latviya",
}
# Names of peoples: before a noun they are adjectives ("Qazax mədəniyyəti günləri", "Türk dünyası"),
# not the place "Qazax" nor a body.
# Those of a country (above) and those without one of their own.
ETHNONYMS = frozenset(ETHNONYM_COUNTRIES) | frozenset({
    "tatar", "ərəb", "yəhudi", "uyğur", "başqırd", "çeçen", "avar", "ləzgi", "talış", "kürd",
    "sovet",  # "Sovet qoşunları", "Sovet işğal zonası": the word as an adjective
})

# Heads of documents that a state adopts, not bodies: "Dövlət Proqramı" of common words names a programme
# ("BMT İnkişaf Proqramı", with a body's letters, is a body).
DOCUMENT_HEADS = frozenset({"proqram"})
# Heads of documents and acts: a capitalised phrase ending in one is a document's title, no entity
# ("İnkişaf Konsepsiyası", "Milli Təhlükəsizlik Strategiyası", "Birgə Bəyannamə").
ACT_HEADS = frozenset({"konsepsiya", "strategiya", "doktrina", "bəyannamə", "konvensiya", "xartiya",
                       "qanun", "sərəncam", "fərman", "qətnamə", "konstitusiya", "nizamnamə", "memorandum",
                       "saziş", "müqavilə", "protokol", "deklarasiya", "pakt"})
# A club's name ends like one: "Alanya Qalaspor", "Qala Gənçlikspor".
CLUB_ENDINGS = ("spor", "spor'", "spur")

# Words inside brackets that give a place's or body's other name: "Astana (keçmiş Nur-Sultan)",
# "Nur-Sultan (indiki Astana)", "Astana (əvvəlki adı Nur-Sultan)".
ALIAS_MARKERS = frozenset({"keçmiş", "indiki", "əvvəlki", "əvvəllər", "sonradan", "yeni", "köhnə", "adı",
                           "adıyla", "adı ilə", "və ya", "yaxud", "həm də", "daha əvvəl"})

# Heads of the names of events, not of bodies or places: "Bakı Qlobal Forumu", "Şahmat Olimpiadası",
# "COP29 Konfransı" (the events stage reads them; they are no entities).
EVENT_HEADS = frozenset({
    "forum", "olimpiada", "olimpiyada", "olimpiya", "festival", "konqres", "kurultay", "sammit", "zirvə", "konfrans",
    "sessiya", "çempionat", "oyunlar", "oyun", "müsabiqə", "sərgi", "həftə", "ili", "il", "gün", "günlər",
    "mərasim", "toplantı", "iclas", "müşavirə", "simpozium", "dialoq",
})

# Bodies whose letters are their usual name: the registry names them so ("TÜRKPA", the news agency
# "AZERTAC"); any other body the news names by letters is named in full, as an editor's index does
# ("BMT" -> Birləşmiş Millətlər Təşkilatı, "SOCAR" and "NATO" alike); UNESCO and its kin keep the
# letters the world knows them by.
# Names written in lower case ("bp"): capitalised for the extractor's purposes.
LOWERCASE_NAMES = frozenset({"bp"})
LETTER_NAMES = frozenset({"bp", "TÜRKPA", "AZƏRTAC", "AZERTAC", "GUAM", "OPEC", "UNESCO", "YUNESKO", "YUNİSEF"})
# Legal forms after a company's quoted name: '"Azərişıq" ASC', '"Azərbaycan Xəzər Dəniz Gəmiçiliyi" QSC'.
COMPANY_FORMS = frozenset({"ASC", "QSC", "SC", "MMC", "AÇ", "ATSC", "QSC-nin", "LTD", "MTK"})
# Geographic heads that are part of a place's name ("Xəzər dənizi", "Cıdır düzü", "Möminə Xatın
# türbəsi"), where an administrative one is not ("Bakı şəhəri" is Bakı).
# Words after a place's name that say what kind of place it is, never what kind of person:
# "Xarkov şəhərindən", "Orconikidze rayonunun" (a surname-shaped name is still a place here).
SETTLEMENT_HEADS = frozenset({"şəhər", "rayon", "kənd", "qəsəbə", "vilayət", "əyalət", "ölkə", "bölgə",
                              "region", "oblast", "paytaxt", "liman", "diyar"})

# Verbs of going and being somewhere: a lone name in the dative or locative before one is where someone
# goes or is ("nazir Genuyaya yollanıb", "nazir Antverpendə olub"), not the title's holder.
GOING_VERBS = ("yollan", "gedib", "gedəcək", "getdi", "gəlib", "gələcək", "gəldi", "uçub", "uçacaq", "çatıb",
               "çatacaq", "səfər", "keçib", "keçəcək")
BEING_VERBS = ("olub", "olacaq", "oldu", "səfərdə", "səfərdədir")

NAME_PART_HEADS = MONUMENT_HEADS | frozenset({"meydan", "prospekt", "küçə", "bulvar", "xiyaban", "stadion",
                             "dəniz", "okean", "çay", "göl", "dağ", "dağlar", "yarımada", "düz", "düzən",
                             "körfəz", "boğaz", "ada", "adalar", "saray", "türbə", "qala", "məscid", "kilsə",
                             "abidə", "sahil", "vadi", "səhra", "çöl", "zona"})

# Verbs of receiving whose subject the name right before them is, once the one received has been told.
RECEIVING_VERBS = frozenset({"qarşılayıb", "qarşılayıblar", "qarşıladı", "qarşılamışdır"})
# The one received, told before: "qonaqları", "qonağı", "heyəti", "onu", "onları".
RECEIVED_WORDS = __import__("re").compile(r"\b(?:qonaqları|qonağı|heyəti|heyətini|nümayəndə heyətini|onu|onları"
                                          r"|deputatları|parlamentariləri|senatorları)\b")

# How a reception is held, told between the one received and the verb ("X-i ayrı-ayrılıqda qəbul edib").
MANNER_WORDS = frozenset({"ayrı-ayrılıqda", "ayrıca", "təkbətək", "birlikdə"})
