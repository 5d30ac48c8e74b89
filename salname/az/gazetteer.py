"""Names the news is sure to use, from data shipped in PyPI packages: no list is copied into the code.

- countries and territories, and cities, in Azerbaijani: CLDR via babel (territory names and the
  exemplar cities of time zones: "Qazaxıstan", "Bakı", "Daşkənd");
- Azerbaijani cities, districts, towns and villages, and personal names and surnames:
  az-data-generator's data file;
- the places of ``salname.az.entities.PLACE_ALIASES`` (the news's own spellings).

All lookups take a lower-cased nominative (``az_lower``) and answer with the name as written.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from salname.az.alphabet import az_lower
from salname.az.entities import PLACE_ALIASES

# Foreign first names the region's news writes often, as Azerbaijani spells them (the generator's
# lists are Azerbaijani names only).
FOREIGN_FIRST_NAMES = frozenset({
    "kasım-jomart", "qasım-jomart", "nursultan", "vladimir", "dmitri", "dmitriy", "sergey", "aleksandr",
    "mixail", "viktor", "valentina", "recep", "rəcəb", "mövlud", "mövlüd", "hakan", "numan", "mustafa",
    "şavkat", "sadır", "serdar", "qurbanqulu", "emoməli", "emomali", "aleksandr", "irakli", "salome",
    "nikol", "ararat", "emmanuel", "olaf", "joe", "cozef", "donald", "antonio", "ursula", "şarl",
    "kaya", "yerlan", "maulen", "dariqa", "ashat", "aşat", "yerjan", "beybut", "nurlan", "marat",
    "talqat", "baurjan", "askar", "kairat", "daniyar", "yerbol", "bakıtjan", "janar", "aygül",
    "tanzila", "nurlanbek", "akılbek", "ulukbek",
    "abdulla", "jamoliddin", "bəxtiyor", "saida", "dilşod", "anvar", "rustam", "murat", "ilham",
    "kirill", "tedros", "antoniu", "xose", "jozep", "şarl", "kaja", "toomas", "ilzə", "ahmet",
    "mehmet", "bülent", "binali", "kamil", "fuat", "hulusi", "yaşar", "ertuğrul", "mevlüt", "cevdet",
    # Russian, Ukrainian, Belarusian
    "leonid", "andrey", "aleksey", "yevgeni", "yevgeniy", "nikolay", "pavel", "oleq", "iqor", "yuri", "yuriy",
    "boris", "anatoli", "vasili", "ivan", "pyotr", "georgi", "maksim", "denis", "vyaçeslav", "konstantin",
    "mariya", "yelena", "olqa", "tatyana", "natalya", "svetlana", "irina", "lyudmila", "volodimir", "andri",
    "ruslan", "aleksandr", "valentin", "qriqori", "stanislav", "vadim", "mixeil",
    # Kazakh, Uzbek, Kyrgyz, Tajik, Turkmen
    "nurdinjon", "sardor", "baxtiyor", "jamşid", "ulugbek", "uluqbek", "alişer", "otabek", "şerzod", "nodir",
    "cavlon", "javlon", "tanzila", "talant", "adilbek", "kanıbek", "asılbek", "nurlanbek", "daulet", "arman",
    "asqar", "yerkin", "mahmadtoir", "rüstəm", "maral", "gulşat", "batır", "raşid", "meredov", "tangrıberdi",
    # Georgian, Armenian
    "kaxa", "qiorqi", "levan", "tamar", "ketevan", "zurab", "nikoloz", "papuna", "şota",
    # Turkish
    "ömər", "ömer", "süleyman", "selçuk", "bekir", "emine", "ayşe", "zeynep", "fatma", "hülya", "nilüfer",
    "mevlut", "cemil", "ahmed", "ismail", "erdal", "devlet", "kemal", "şükrü", "abdulkadir", "hüseyin",
    # Europe, America, the Middle East
    "mark", "mayk", "maykl", "robert", "roberta", "corc", "cozef", "ceyn", "helen", "entoni", "piter", "ceyk",
    "antoniu", "teodoros", "corcia", "keir", "rişi", "andrius", "sebastyan", "şarl", "jozep", "jan", "pyer",
    "fransua", "volfqanq", "frank-valter", "ştefan", "mixael", "klaus", "viktor", "petr", "karolina", "kaja",
    "tobias", "rolande", "milan", "milana", "abbas", "məsud", "şahbaz", "nərəndra", "si", "hakan",
    # more of Europe's, the Caucasus', Central and East Asia's and the Gulf's, as Azerbaijani spells them
    # (not those that are words too: "Yan", "Kim", "Sultan", nor towns: "Sofiya", "Van")
    "maria", "anna", "elena", "ekaterina", "yekaterina", "katarina", "katerina", "alessandra", "aleksandra",
    "martin", "stefan", "stefano", "andreas", "markus", "mikael", "mikko", "jukka", "timo", "tiit", "kadri",
    "rimantas", "gitanas", "vaira", "inese", "andris", "egils", "edgars", "edqars", "kristian", "kristina",
    "kristof", "lars", "erik", "henrik", "ingrid", "astrid", "sven", "nils", "johan", "yohan", "yohannes", "hans",
    "frans", "fransisko", "françesko", "paolo", "luka", "luca", "marko", "mario", "marçello", "karlo", "carlo",
    "juzeppe", "cuzeppe", "xuan", "pedro", "manuel", "rikardo", "rui", "joau", "beatris", "laura", "monika",
    "maqdalena", "katarzina", "klaudiya", "silviya", "barbara", "aqneşka", "yuliya", "oksana", "viktoriya",
    "olena", "taras", "bohdan", "boqdan", "dmitro", "mixaylo", "qalina", "nino", "davit", "giorgi", "giya",
    "vaxtanq", "tornike", "ilia", "mamuka", "david", "daniel", "daniela", "gabriel", "qabriel", "qabor", "laslo",
    "peter", "iştvan", "andraş", "zoltan", "ferens", "yanoş", "atilla", "tomaş", "yanek", "martina", "lenka",
    "eva", "ivana", "dragan", "milorad", "miloş", "aleksandar", "nikola", "nikolae", "mihai", "mixay", "vasile",
    "ioan", "mariana", "adriana", "dirk", "jürgen", "yurgen", "ulrix", "helmut", "filip", "kamila", "diana",
    "emili", "emilie", "elizabet", "tereza", "rita", "patrik", "brendan", "kevin", "ceymi", "liam", "oliver",
    "rişard", "riçard", "endryu", "stiven", "metyu", "ceyson", "deniel", "isaak", "yosef", "faysal", "fəhd",
    "turki", "həmdan", "səud", "tariq", "tarik", "omar", "haris", "əbdüləziz", "dilnoza", "gulnara", "gülnara",
    "aybek", "kubat", "almazbek", "nurjan", "aidar", "aydar", "erjan", "hiroşi", "takeşi", "kenji", "kenzo",
    "yuki", "akira", "haruki", "fumio", "şinzo", "tszyanmin", "meri", "helga", "karmen", "matias", "doina",
    # more Turkish, Central Asian, Arab, Persian, European, Latin American, African and Asian ones
    "emre", "levent", "serkan", "tolga", "volkan", "kerem", "selim", "burak", "onur", "eren", "ayhan", "orhan",
    "yusuf", "hasan", "begenç", "firuz", "jasur", "farhod", "aişə", "aişa", "tanvir", "rodolfo", "karlos",
    "paulo", "dragana", "ketrin", "culiya", "yanuş", "hendrik", "ardian", "antuan", "kendzi", "rebekka",
    "emeka", "sipho", "nomsa",
    # Azerbaijani names the generator's lists lack
    "alim", "mehriban", "günel", "ayxan", "ziyafət", "rauf", "rüstəm", "ülvi", "ceyran", "nigar", "teymur",
    "oqtay", "hafiz", "bəxtiyar", "qənirə", "malahat", "sədaqət", "ədalət", "natiq", "tahir", "vahid",
    "cəfər", "rəhim", "nəsim", "davud", "nuh", "eltun", "rəhman", "taleh", "zöhrab", "banu", "sabinə",
    "sevda", "şəbnəm", "xədicə", "əziz", "cahid", "nizami", "qorxmaz", "fərhad", "şahin",
    "kamal", "məhəmməd", "con", "otto", "paul", "karl", "adolf", "angela", "maykl", "devid", "tomas",
    "irakli", "şalva", "olaf", "sadır", "sergey", "serik", "nurlan", "şavkat", "ceyms", "emmanuel", "antoni",
})

# Surnames of foreign leaders and officials the region's news names again and again, as Azerbaijani
# writes them: many end in no Turkic or Slavic surname ending ("Ərdoğan", "Makron", "Putin"), so
# without them a case ending is cut in the wrong place ("Ərdoğanın" -> "Ərdoğa") or the name is
# taken for a village.
FOREIGN_SURNAMES = frozenset({
    # the region
    "ərdoğan", "erdoğan", "kurtulmuş", "fidan", "yılmaz", "güler", "bolat", "bayraktar", "şentop", "çavuşoğlu",
    "tokayev", "aşimbayev", "koşanov", "nazarbayev", "mirziyoyev", "saidov", "ismoilov", "narbayeva", "japarov",
    "caparov", "turqunbayev", "şakiyev", "berdiməhəmmədov", "gulmanova", "rəhmon", "rahmon", "paşinyan",
    "mirzoyan", "kobaxidze", "papuaşvili", "kavelaşvili", "zurabişvili", "darçiaşvili", "qaribaşvili",
    "putin", "lavrov", "mişustin", "matviyenko", "volodin", "zaxarova", "peskov", "overçuk", "lukaşenko",
    "zelenski", "zelenskiy", "sibiha", "stefançuk", "sandu", "pezeşkian", "pezeşkiyan", "raisi", "əraqçi",
    "qalibaf", "şərif", "modi", "si", "cinpin",
    # Turkish surnames ending in -n: before an accusative or genitive -ı/-in they would be cut one letter
    # short ("Tekini" -> "Teki", "Arslanı" -> "Arsla"), as if the -n- were the buffer of a vowel-final name
    "tekin", "arslan", "kaplan", "özkan", "erkan", "coşkun", "ercan", "duman", "akın", "keskin", "metin",
    "ayhan", "gürkan", "karaman", "başaran", "kalkan", "özcan", "turan", "balkan", "kocaman", "tekinalp",
    "ertan", "sezgin", "aydoğan", "gökhan", "kahraman", "tuncer", "kılıçarslan", "akman",
    "yaman", "türkmen", "öztürkmen", "akgün", "elgün", "aygün", "bilgin", "bilgen",
    # surnames ending in -da/-də/-ta, read as a locative without them ("Svoboda" -> "Svobo")
    "svoboda", "almeyda", "honda", "okada", "harada", "yoşida", "maeda", "ueda", "ikeda", "matsuda", "kuroda",
    "yamada", "fukuda", "xamada", "uçida", "şimada", "vada", "rueda", "peralta", "lozada", "miranda", "estrada",
    "oyeda", "zelada", "arruda",
    # Europe, America and the international bodies
    "makron", "şolts", "merts", "bayden", "tramp", "blinken", "rubio", "harris", "sunak", "starmer", "meloni",
    "orban", "fitso", "erdoğan", "mişel", "borrel", "kallas", "kosta", "lyayen", "metsola", "stoltenberq",
    "rutte", "quterreş", "qutyerreş", "qrossi", "kubilyus", "rusopulos", "kastaldo", "bers", "şollenberq",
})

# The capitals the region's news names by "X-in paytaxtı" ("Moldovanın paytaxtında" is in Kişinyov), as
# Azerbaijani writes them.
CAPITALS = {
    "Moldova": "Kişinyov", "Litva": "Vilnüs", "Latviya": "Riqa", "Estoniya": "Tallin", "Türkiyə": "Ankara",
    "Qazaxıstan": "Astana", "Özbəkistan": "Daşkənd", "Qırğızıstan": "Bişkek", "Tacikistan": "Düşənbə",
    "Türkmənistan": "Aşqabad", "Gürcüstan": "Tbilisi", "Rusiya": "Moskva", "Ukrayna": "Kiyev", "Belarus": "Minsk",
    "Polşa": "Varşava", "Macarıstan": "Budapeşt", "Rumıniya": "Buxarest", "Bolqarıstan": "Sofiya",
    "Serbiya": "Belqrad", "Xorvatiya": "Zaqreb", "Sloveniya": "Lüblyana", "Slovakiya": "Bratislava",
    "Çexiya": "Praqa", "Avstriya": "Vyana", "Almaniya": "Berlin", "Fransa": "Paris", "İtaliya": "Roma",
    "İspaniya": "Madrid", "Portuqaliya": "Lissabon", "Böyük Britaniya": "London", "Niderland": "Amsterdam",
    "Belçika": "Brüssel", "İsveçrə": "Bern", "İsveç": "Stokholm", "Norveç": "Oslo", "Danimarka": "Kopenhagen",
    "Finlandiya": "Helsinki", "Yunanıstan": "Afina", "Albaniya": "Tirana", "Monteneqro": "Podqorisa",
    "Çin": "Pekin", "Yaponiya": "Tokio", "Cənubi Koreya": "Seul", "Koreya": "Seul", "Pakistan": "İslamabad",
    "İran": "Tehran", "İraq": "Bağdad", "Səudiyyə Ərəbistanı": "Ər-Riyad", "Qətər": "Doha", "Misir": "Qahirə",
    "Malayziya": "Kuala-Lumpur", "İndoneziya": "Cakarta", "İordaniya": "Amman", "Mərakeş": "Rabat",
    "Kanada": "Ottava", "Monqolustan": "Ulan-Bator", "Əfqanıstan": "Kabil",
}


@lru_cache(maxsize=1)
def _generator_data() -> dict:
    try:
        path = resources.files("data_generator").joinpath("data/data.json")
        return json.loads(path.read_text(encoding="utf-8"))
    except (ModuleNotFoundError, FileNotFoundError, ValueError):
        return {}


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """Lower-cased name -> name of every country and territory (CLDR, Azerbaijani)."""
    from babel import Locale

    names = Locale("az").territories
    return {az_lower(v): v for k, v in names.items() if len(k) == 2 and k.isalpha()}


@lru_cache(maxsize=1)
def regions() -> dict[str, str]:
    """Lower-cased name -> name of the world's regions CLDR names ("Avropa", "Mərkəzi Asiya")."""
    from babel import Locale

    names = Locale("az").territories
    return {az_lower(v): v for k, v in names.items() if k.isdigit() and k != "001"}  # "Dünya" is no place


@lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """Lower-cased name -> name of cities, districts, towns, villages (not countries)."""
    from babel.localedata import load

    out: dict[str, str] = {}
    for zone in load("az")["time_zones"].values():
        city = dict(zone).get("city")
        if city and "," not in city:
            out[az_lower(city)] = city
    data = _generator_data()
    for key in ("cities", "districts", "towns", "villages"):
        for name in data.get(key, ()):
            if name and not name[0].isdigit():
                out.setdefault(az_lower(name), name)
    for low, name in PLACE_ALIASES.items():
        out[low] = name
    return out


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    data = _generator_data()
    names = {az_lower(n) for key in ("male_names", "female_names") for n in data.get(key, ())}
    return frozenset(names | FOREIGN_FIRST_NAMES)


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    data = _generator_data()
    return frozenset({az_lower(n) for key in ("male_surnames", "female_surnames") for n in data.get(key, ())}
                     | FOREIGN_SURNAMES)


@lru_cache(maxsize=1)
def major_places() -> frozenset[str]:
    """Lower-cased names of the world's cities CLDR names and of Azerbaijan's cities and districts:
    places well known enough to be meant even where the name is also a word ("Gəncə", "Roma")."""
    from babel.localedata import load

    out = {az_lower(dict(z).get("city") or "") for z in load("az")["time_zones"].values()}
    data = _generator_data()
    out.update(az_lower(n) for key in ("cities", "districts") for n in data.get(key, ()))
    out.update(PLACE_ALIASES)
    out.discard("")
    return frozenset(out | set(countries()) | set(regions()))


@lru_cache(maxsize=1)
def _home_places() -> frozenset[str]:
    data = _generator_data()
    return frozenset(az_lower(n) for key in ("cities", "districts", "towns", "villages") for n in data.get(key, ()))


def home_place(name: str) -> bool:
    """Whether ``name`` is a town, district or village of Azerbaijan: a trip there is no trip abroad."""
    low = az_lower(name)
    return low in _home_places() or low in ("azərbaycan", "naxçıvan muxtar respublikası")


def place_name(low: str) -> str | None:
    """The name of a country, region or place, as written, for its lower-cased nominative."""
    return countries().get(low) or places().get(low) or regions().get(low)


@lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    """Every word of the multi-word place names ("koreya" of "Cənubi Koreya"): a word a name is built of."""
    out: set[str] = set()
    for table in (countries(), places(), regions()):
        for low in table:
            if " " in low or "-" in low:
                out.update(low.replace("-", " ").split())
    return frozenset(out)


def is_country(low: str) -> bool:
    return low in countries()


@lru_cache(maxsize=1)
def _male_only() -> frozenset[str]:
    data = _generator_data()
    women = {az_lower(n) for n in data.get("female_names", ())}
    return frozenset(az_lower(n) for n in data.get("male_names", ()) if az_lower(n) not in women)


def is_male_first_name(low: str) -> bool:
    """Whether ``low`` is a man's first name and never a woman's ("ceyhun"): his surname in "-ova" is a dative."""
    return low in _male_only()


@lru_cache(maxsize=1)
def _home_first_names() -> frozenset[str]:
    data = _generator_data()
    return frozenset(az_lower(n) for key in ("male_names", "female_names") for n in data.get(key, ())) - FOREIGN_FIRST_NAMES


def is_home_first_name(low: str) -> bool:
    """Whether ``low`` is an Azerbaijani first name, not one of the foreign names the news writes."""
    return low in _home_first_names()


def is_first_name(low: str) -> bool:
    return low in first_names()


def is_surname(low: str) -> bool:
    return low in surnames()


_FOLD = str.maketrans("əıöüşçğ", "eiouscg")
_MARKED = frozenset("əıöüşçğ")
# Case endings as they are typed without the letters ("Celalabadin", "Gencede"), longest first.
_TYPED_ENDINGS = ("dakı", "deki", "daki", "nin", "nun", "dan", "den", "in", "un", "ya", "ye", "da", "de", "la", "le",
                  "ni", "nu", "a", "e", "i", "u", "")


_SURNAME_TAILS = {"yeva": "yeva", "yev": "yev", "ova": "ova", "ov": "ov", "eva": "eva", "ev": "ev", "zade": "zadə"}


def fold(low: str) -> str:
    """A lower-cased word without the letters careless typing drops ("Gəncə" -> "gence")."""
    return low.translate(_FOLD)


@lru_cache(maxsize=1)
def _folded() -> dict[str, str]:
    """Folded name -> the name, for the names a folded form can stand for alone (one name per form)."""
    out: dict[str, str] = {}
    seen: dict[str, set[str]] = {}
    names = {**{n: n for n in first_names()}, **{n: n for n in surnames()}}
    for low in list(major_places()):
        names[low] = place_name(low) or low
    for low, name in names.items():
        if " " in low or not (_MARKED & set(low)):
            continue
        seen.setdefault(fold(low), set()).add(name)
    for key, found in seen.items():
        if len(found) == 1:
            out[key] = next(iter(found))
    return out


def restored(word: str, shortest: int = 4) -> tuple[str, int] | None:
    """A name typed without its letters ("Celalabadin", "Elsen", "Veliyev"): (the lower-cased name as the
    lists have it, the length of the case ending after it), or None. A word that has any of the letters
    was typed with them."""
    from salname.az.alphabet import az_lower

    low = az_lower(word)
    if _MARKED & set(low) or len(low) < shortest:
        return None
    table = _folded()
    for tail in _SURNAME_TAILS:  # "Veliyev" -> "Vəliyev": a surname made of a first name
        if low.endswith(tail) and len(low) > len(tail) + 2:
            first = table.get(low[:-len(tail)])
            if first is not None and az_lower(first) in first_names():
                return az_lower(first) + _SURNAME_TAILS[tail], 0
    for ending in ("",) + _TYPED_ENDINGS[:-1]:  # a whole name first: "Vusale" is Vüsalə, not Vüsal + -ə
        stem = low[:len(low) - len(ending)] if ending else low
        if ending and not low.endswith(ending) or len(stem) < 3:
            continue
        name = table.get(stem)
        if name is not None:
            return name, len(ending)
    return None


def is_home_name(low: str) -> bool:
    """Whether ``low`` is an Azerbaijani first name or a surname made of one ("nəsirli", "həsənzadə",
    "vəliyeva"): a name typed without its letters may be given them back when it is one of these."""
    if is_home_first_name(low):
        return True
    for tail in ("yeva", "yev", "ova", "ov", "zadə", "lı", "li", "lu", "lü"):
        if low.endswith(tail) and len(low) > len(tail) + 2 and is_home_first_name(low[:-len(tail)]):
            return True
    return low in _home_surnames()


@lru_cache(maxsize=1)
def _home_surnames() -> frozenset[str]:
    data = _generator_data()
    return frozenset(az_lower(n) for key in ("male_surnames", "female_surnames") for n in data.get(key, ())) - FOREIGN_SURNAMES


# Airports the news names after a person, with the town they serve; others carry the town in their name
# ("Füzuli Beynəlxalq Hava Limanı", "Naxçıvan Beynəlxalq Aeroportu").
_AIRPORT_TOWNS = {"heydər əliyev": "Bakı"}
_AIRPORT_HEADS = ("beynəlxalq aeroport", "beynəlxalq hava liman", "aeroport", "hava liman")


def airport_town(name: str) -> str | None:
    """The town an airport named ``name`` serves ("Heydər Əliyev Beynəlxalq Aeroportu" -> Bakı), or None
    when ``name`` is no airport or its town cannot be told."""
    low = az_lower(name)
    for head in _AIRPORT_HEADS:
        at = low.find(" " + head)
        if at > 0:
            owner = low[:at]
            return _AIRPORT_TOWNS.get(owner) or place_name(owner)
    return None
