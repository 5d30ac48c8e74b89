"""How Azerbaijani news says that people met, visited, took part, signed or phoned: the words of the
event stage, as data and small functions.

Triggers are matched on the lower-cased words of a sentence: a word starting with one of a type's
stems ("görüş" covers görüşüb, görüşdə, görüşmüşdü), or a pair of words ("qəbul" + "et-",
"telefon" + "danış-"). Status markers say whether the event happened, is planned or did not happen.
"""

from __future__ import annotations

import re

MEET, VISIT, ATTEND, SIGN, CALL = "MEET", "VISIT", "ATTEND", "SIGN", "CALL"
EVENT_TYPES = (MEET, VISIT, ATTEND, SIGN, CALL)

# One-word triggers: stems a word starts with.
STEMS: dict[str, tuple[str, ...]] = {
    MEET: ("görüş", "görüşmə", "qarşılay", "qarşıladı", "məsləhətləşmə", "danışıqlar"),
    VISIT: ("səfər", "ziyarət"),
    ATTEND: ("iştirak", "qatıl", "qatılı"),
    SIGN: ("imzala", "imzalan"),
    CALL: ("telefonla", "videokonfrans", "videoformatda"),
}
# Words that start like a trigger and are none: "görüşçü" is rare, "səfərbər" (mobilised) is common.
NOT_TRIGGERS = frozenset({"səfərbər", "səfərbərlik", "səfərbərliyə", "səfirlik", "iştirakçı", "iştirakçılar",
                          "iştirakçıları", "iştirakçılarına", "iştirakçılarının", "görüşlərinin", "görüşlərini",
                          "ziyarətçi", "ziyarətçilər", "ziyarətçilərin", "imzalı"})
# Two-word triggers: (first word's stem, second word's stem).
PAIRS: dict[str, tuple[tuple[str, str], ...]] = {
    MEET: (("qəbul", "ed"), ("qəbul", "et"), ("bir", "araya"), ("görüş", "keçir")),
    VISIT: (("səfərə", "gəl"), ("səfərə", "ged"), ("səfərdə", "ol")),
    ATTEND: (("çıxış", "ed"), ("təmsil", "ed"), ("təmsil", "et")),
    SIGN: (("imza", "at"),),
    CALL: (("telefon", "danışı"), ("telefon", "əlaqə"), ("telefon", "söhbət"), ("telefonla", "danış")),
}
# A visit's verbs of arrival: "Milli Məclisə gəlib", "Bakıya gəlib" (a person coming to a body or place).
ARRIVAL_STEMS = ("gəlib", "gəliblər", "gəldi", "gələcək", "səfərə", "yola düş")

# Future and plan: the event has not happened yet.
PLANNED_MARKERS = re.compile(
    r"(?:acaq|əcək|acağı|əcəyi|acaqlar|əcəklər|acağın|əcəyin)\b|planlaşdırılır|planlaşdırılıb|gözlənilir"
    r"|nəzərdə tutulur|nəzərdə tutulub|nəzərdə tutulan|ehtimal olunur|razılaşdırılıb ki", re.I)
# It did not happen: postponed, cancelled, a negated verb.
NEGATED_MARKERS = re.compile(
    r"təxirə sal|ləğv ed|ləğv olun|baş tutmay|baş tutmadı|baş tutmamış|reallaşmay|alınmay|imzalanmay|imzalanmadı"
    r"|görüşməy|görüşmədi|iştirak etmir|iştirak etməyib|iştirak etməyəcək|qatılmay|qatılmır|gəlməyib|gəlmədi"
    r"|səfər etməyib|imtina ed|m[əa]li idi", re.I)
# Reported in passing: "Xatırladaq ki, ... görüşmüşdü" is a past event of its own, not today's.
RECALL_MARKERS = re.compile(r"xatırladaq ki|xatırladılıb ki|qeyd edək ki|əvvəllər|sonuncu dəfə", re.I)

# Who the guests are when a text says only "qonaq", "qonaqlar", "nümayəndə heyəti".
GUEST_WORDS = ("qonaq", "qonaqlar", "qonaqları", "qonaqlarla", "qonağı", "qonağa", "qonağın", "qonaqlara")
DELEGATION_WORDS = ("nümayəndə heyəti", "heyəti", "parlamentarilər", "tərəflər")
# "X-in başçılıq/rəhbərlik etdiyi nümayəndə heyəti": X stands for the delegation.
LEADS_DELEGATION = re.compile(r"(başçılıq|rəhbərlik) etdiyi", re.I)

# Verbs of saying: "X bildirib ki, ...", "X qeyd edib ki, ...".
SAYING = re.compile(
    r"\b(bildirib|bildirdi|qeyd edib|qeyd etdi|vurğulayıb|vurğuladı|deyib|dedi|söyləyib|diqqətə çatdırıb"
    r"|əminliyini ifadə edib|bəyan edib)\b(?:\s+ki)?[,:]?\s*", re.I)

# Topic phrases: the words before these name what was discussed.
TOPIC_MARKERS = re.compile(
    r"\b(sahəsində|sahələrində|məsələləri|məsələlərini|məsələsini|məsələsi|üzrə əməkdaşlıq|barədə|haqqında"
    r"|mövzusunda|istiqamətində|perspektivləri|perspektivlərini)\b", re.I)
# Subjects of the genre, as the chronicle names them, with the word stems that say them.
TOPICS: dict[str, tuple[str, ...]] = {
    "neft-qaz": ("neft-qaz", "neft və qaz", "neft", "qaz"),
    "enerji": ("enerji", "elektrik enerjisi", "bərpa olunan enerji", "yaşıl enerji"),
    "nəqliyyat": ("nəqliyyat", "dəmir yolu", "bərə", "tranzit"),
    "logistika": ("logistika",),
    "Orta Dəhliz": ("orta dəhliz", "transxəzər", "trans-xəzər"),
    "ticarət": ("ticarət", "ticari", "əmtəə dövriyyəsi"),
    "investisiya": ("investisiya", "sərmayə"),
    "iqtisadiyyat": ("iqtisadi", "iqtisadiyyat"),
    "təhsil": ("təhsil", "universitet", "akademik"),
    "elm": ("elmi", "elm "),
    "mədəniyyət": ("mədəniyyət", "mədəni", "incəsənət"),
    "turizm": ("turizm",),
    "humanitar": ("humanitar",),
    "təhlükəsizlik": ("təhlükəsizlik",),
    "iqlim": ("iqlim", "cop29"),
    "COP29": ("cop29",),
    "kənd təsərrüfatı": ("kənd təsərrüfatı", "aqrar"),
    "rəqəmsal inkişaf": ("rəqəmsal", "ikt", "informasiya texnologiyaları"),
    "parlamentlərarası əlaqələr": ("parlamentlərarası",),
    "regional əməkdaşlıq": ("regional əməkdaşlıq", "regional təhlükəsizlik"),
    "sülh prosesi": ("sülh", "sülh müqaviləsi"),
    "minatəmizləmə": ("mina",),
    "səhiyyə": ("səhiyyə",),
    "ekologiya": ("ekologiya", "ətraf mühit"),
    "TÜRKPA": ("türkpa",),
    "Türk Dövlətləri Təşkilatı": ("türk dövlətləri təşkilatı", "tdt"),
}

# CAMEO codes (the event coding of GDELT-style tools) by type and point of view:
#   MEET   040 consult; 046 engage in negotiation when the text says "danışıqlar"; 043 host a visit
#          when a host receives a guest ("qəbul edib", "qarşılayıb")
#   VISIT  042 make a visit; 043 host a visit is the host's side of the same event
#   ATTEND 044 meet at a "third" location (a session, forum or summit of several parties)
#   SIGN   057 sign formal agreement
#   CALL   041 discuss by telephone
CAMEO = {MEET: "040", VISIT: "042", ATTEND: "044", SIGN: "057", CALL: "041"}
CAMEO_NAMES = {"040": "consult", "041": "discuss by telephone", "042": "make a visit", "043": "host a visit",
               "044": "meet at third location", "046": "engage in negotiation", "057": "sign formal agreement"}


def cameo_code(kind: str, host: str | None = None, negotiation: bool = False) -> str:
    """The CAMEO code of an event of ``kind``."""
    if kind == MEET and negotiation:
        return "046"
    if kind == MEET and host:
        return "043"
    return CAMEO.get(kind, "040")


_TOPIC_OF = {stem: topic for topic, stems in TOPICS.items() for stem in stems}
_TOPIC_RE = re.compile(r"(?<!\w)(" + "|".join(
    re.escape(s) + (r"(?![a-zçəğıöşü]{4})" if len(s) <= 4 else "")  # "qaz", not "Qazaxıstan"
    for s in sorted(_TOPIC_OF, key=len, reverse=True)) + ")")
_ORDER = {t: i for i, t in enumerate(TOPICS)}


def topics_in(text: str) -> list[str]:
    """The genre's subjects a sentence names, in the chronicle's words, each once."""
    low = text.replace("İ", "i").lower()
    found: set[str] = set()
    for m in _TOPIC_RE.finditer(low):
        found.add(_TOPIC_OF[m.group(1)])
        if m.group(1) == "cop29":
            found.add("iqlim")  # the stem of two topics
    return sorted(found, key=_ORDER.get)


# Every stem and first word of a trigger, for a quick test of a word before the full one.
TRIGGER_START = re.compile("^(?:" + "|".join(sorted(
    {s for stems in STEMS.values() for s in stems} | {a for pairs in PAIRS.values() for a, _ in pairs} | {"gəl"},
    key=len, reverse=True)) + ")")
