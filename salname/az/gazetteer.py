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
    # Azerbaijani names the generator's lists lack
    "alim", "mehriban", "günel", "ayxan", "ziyafət", "rauf", "rüstəm", "ülvi", "ceyran", "nigar", "teymur",
    "oqtay", "hafiz", "bəxtiyar", "qənirə", "malahat", "sədaqət", "ədalət", "natiq", "tahir", "vahid",
    "cəfər", "rəhim", "nəsim", "davud", "nuh", "eltun", "rəhman", "taleh", "zöhrab", "banu", "sabinə",
    "sevda", "şəbnəm", "xədicə", "əziz", "cahid", "nizami", "qorxmaz", "fərhad", "şahin",
    "kamal", "məhəmməd", "con", "otto", "paul", "karl", "adolf", "angela", "maykl", "devid", "tomas",
    "irakli", "şalva", "olaf", "sadır", "sergey", "serik", "nurlan", "şavkat", "ceyms", "emmanuel", "antoni",
})


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
    return frozenset(az_lower(n) for key in ("male_surnames", "female_surnames") for n in data.get(key, ()))


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


def is_first_name(low: str) -> bool:
    return low in first_names()


def is_surname(low: str) -> bool:
    return low in surnames()
