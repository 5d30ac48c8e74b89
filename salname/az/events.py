"""How Azerbaijani news says that people met, visited, took part, signed or phoned: the words of the
event stage, as data and small functions.

A word is a trigger when the suffix grammar (salname.az.morphology) reads it as one of a type's stems
(``TRIGGER_LEMMAS``: "görüş" covers görüşüb, görüşdə, görüşəcək, görüşməyib; "səfərbərlik" has another
stem and is none); a pair of words is one too ("qəbul" + "et-", "telefon" + "danış-"). The same reading
says whether the verb is negated (-ma/-mə) or future (-acaq/-əcək); status markers of whole phrases
("təxirə salınıb", "planlaşdırılır") add to that. Topics are the genre's subjects (``TOPICS``) and the
phrases a sentence frames ("... sahəsində", "... məsələləri", "... barədə"), in a normal form so one
subject in different case forms is one topic (``normalize_topic``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from salname.az.alphabet import az_lower
from salname.az.dates import SEASONS
from salname.az.morphology import analyze

MEET, VISIT, ATTEND, SIGN, CALL = "MEET", "VISIT", "ATTEND", "SIGN", "CALL"
EVENT_TYPES = (MEET, VISIT, ATTEND, SIGN, CALL)

# One-word triggers: stems a word starts with.
STEMS: dict[str, tuple[str, ...]] = {
    MEET: ("görüş", "görüşmə", "qarşılay", "qarşıladı", "məsləhətləşmə", "danışıqlar", "videokonfrans",
           "videoformatda"),
    VISIT: ("səfər", "ziyarət"),
    ATTEND: ("iştirak", "qatıl", "qatılı"),
    SIGN: ("imzala", "imzalan"),
    CALL: ("telefonla",),
}
# Words that start like a trigger and are none: "görüşçü" is rare, "səfərbər" (mobilised) is common.
NOT_TRIGGERS = frozenset({"səfərbər", "səfərbərlik", "səfərbərliyə", "səfirlik", "iştirakçı", "iştirakçılar",
                          "iştirakçıları", "iştirakçılarına", "iştirakçılarının", "görüşlərinin", "görüşlərini",
                          "ziyarətçi", "ziyarətçilər", "ziyarətçilərin", "imzalı"})
# Two-word triggers: (first word's stem, second word's stem).
PAIRS: dict[str, tuple[tuple[str, str], ...]] = {
    MEET: (("qəbul", "ed"), ("qəbul", "et"), ("qəbul", "olun"), ("qəbul", "edil"), ("bir", "araya"),
           ("görüş", "keçir"), ("həmsədrlik", "ed"), ("həmsədrlik", "et"), ("söhbət", "ed"), ("söhbət", "apar"),
           ("fikir", "mübadiləsi"), ("müzakirə", "ed"), ("müzakirə", "apar"), ("müzakirələr", "apar"),
           ("qəbulu", "ol"), ("qəbulunda", "ol"), ("söhbəti", "ol"), ("söhbət", "ol"), ("görüşü", "ol"), ("həmsöhbət", "ol")),
    # "X-in heyəti qəbulu olub", "Y X-in qəbulunda olub", "X ilə Y-in təkbətək söhbəti olub"
    VISIT: (("səfərə", "gəl"), ("səfərə", "ged"), ("səfərdə", "ol"), ("baş", "çək"), ("qonaq", "olub"), ("qonaq", "olmuş"),
           ("qonaq", "olacaq")),  # "Masallıda iranlı heyət qonaq olub"
    ATTEND: (("çıxış", "ed"), ("təmsil", "ed"), ("təmsil", "et"), ("işinə", "qoşul"), ("işinə", "qatıl"),
             ("nitq", "söylə"), ("məruzə", "ed"), ("məruzə", "et")),
    SIGN: (("imza", "at"), ("imzalarını", "qoy"), ("imzasını", "qoy"), ("imza", "qoy"),  # "protokola imzalarını qoyublar"
           ("müqavilə", "bağla"), ("müqaviləsi", "bağla"), ("kontrakt", "bağla")),  # "müqavilə bağlanıb"
    CALL: (("telefon", "danışı"), ("telefon", "əlaqə"), ("telefon", "söhbət"), ("telefonla", "danış"),
           ("zəng", "ed"), ("zəng", "et"), ("zəng", "vur"), ("telefon", "zəng"), ("telefon", "təmas"),
           ("telefonla", "təmas"), ("telefonda", "danış")),
}
# What is adopted, not received: "qərar qəbul edilib", "bəyannamə qəbul olunub" are no meetings.
ADOPTED = ("qərar", "qətnamə", "bəyannamə", "bəyanat", "qanun", "sənəd", "proqram", "gündəlik", "müraciət", "dəvət",
           "təklif", "layihə", "büdcə", "nizamnamə", "protokol", "tədbir", "plan", "konsepsiya", "strategiya")
# A visit's verbs of arrival: "Milli Məclisə gəlib", "Bakıya gəlib" (a person coming to a body or place).
ARRIVAL_STEMS = ("gəlib", "gəliblər", "gəldi", "gələcək", "səfərə", "yola düş")

# Future and plan: the event has not happened yet. These markers are matched on lower-cased text.
PLANNED_MARKERS = re.compile(
    r"(?:acaq|əcək|acağı|əcəyi|acaqlar|əcəklər|acağın|əcəyin|acağını|əcəyini|acağına|əcəyinə)\b|planlaşdırılır|planlaşdırılıb|gözlənilir"
    r"|gözlənildiyini|gözləndiyini|planlaşdırıldığını|nəzərdə tutulduğunu"
    r"|nəzərdə tutulur|nəzərdə tutulub|nəzərdə tutulan|ehtimal olunur|razılaşdırılıb ki"
    r"|proqramına daxil|proqramına salınıb|gündəliyinə daxil|m[əa]si razılaşdırıl|m[əa]sı razılaşdırıl"
    r"|m[əa]k barədə razılığa gəl|m[əa]k barədə razılaş|m[əa]yi razılaş|m[əa]ğı razılaş|m[əa]k qərarına gəl"
    r"|yeni tarix|planlaşdırır|m[əa]k istəyir|m[əa]k istəyirlər|m[əa]k niyyətindədir|m[əa]k niyyətindədirlər"
    r"|hazırlaşır|m[əa]l[iı](?:dir|dır)(?:lar|lər)?\b"
    r"|(?:səfəri|görüşü|məsələsi)(?: d[əa])? razılaşdırıl")
# It did not happen: postponed, cancelled, a negated verb.
NEGATED_MARKERS = re.compile(
    r"təxirə sal|ləğv ed|ləğv olun|baş tutmay|baş tutmadı|baş tutmamış|reallaşmay|alınmay|imzalanmay|imzalanmadı"
    r"|gecikdiril|yubadıl"
    r"|görüşməy|görüşmədi|iştirak etmir|iştirak etməyib|iştirak etməyəcək|qatılmay|qatılmır|gəlməyib|gəlmədi"
    r"|səfər etməyib|imtina ed|m[əa]li idi|mümkün olmay|mümkün olmadı|mümkün olmayacaq|mümkün deyil|mümkünsüz|bilməyib|bilmədi|bilməyəcək"
    r"|bilməmiş|ertələn|keçirilməyib|keçirilmədi|keçirilməyəcək|gerçəkləşməy|dayandırılıb|başqa vaxta|başqa tarixə"
    r"|sonraya saxlan|mane ol|(?:ilə|ilə də|aya|vaxta|tarixə) saxlanıl|(?:gündəlikdən|proqramdan) çıxarıl"
    r"|\b\w+(?:a|ə|na|nə|ya|yə) saxlanılıb")  # "bu səfər gələn ilin yazına saxlanılıb": put off to a later time
# Reported in passing: "Xatırladaq ki, ... görüşmüşdü" is a past event of its own, not today's.
# "Qeyd edək ki" adds a fact of the day as often as it recalls one: a recall only with a pluperfect
# ("... görüşmüşdü") or a past year.
RECALL_MARKERS = re.compile(r"xatırladaq ki|xatırladılıb ki|əvvəllər|sonuncu dəfə|bundan əvvəl|bundan öncə"
                            r"|(?:ötən|keçən) il\b.*xatırlad"
                            r"|qeyd edək ki.*(?:m[ıiuü]şd[ıiuü]|(?:19|20)\d\d-(?:c[iı]|cü|cu) il)")

# Who the guests are when a text says only "qonaq", "qonaqlar", "nümayəndə heyəti".
# Verbs that move a plan to a later time named in the dative just before them ("bu səfər gələn aya
# saxlanılıb", "payıza keçirilib", "aprelin əvvəlinə təxirə salınıb"): the plan called off, and a new one.
POSTPONED_TO = re.compile(r"\b(?:keçiril|saxlanıl|təxirə salın|köçürül|ertələn|sürüşdürül)(?:[ıiuü]b|d[ıiuü]|m[ıiuü]ş)")
SEASON_TARGET = re.compile(r"\b(?:" + "|".join(SEASONS) + r")(?:a|ə)\b")
# "Our" head of state, as the country's own news names the President it has named before.
OUR_HEAD = re.compile(r"\b(?:dövlətimizin başçısı|dövlət başçımız|prezidentimiz|ölkəmizin prezidenti"
                      r"|ölkəmizin başçısı)\w*", re.IGNORECASE)
# The chronicle of several sides and of plans no one signs.
# "hər üç diplomat", "hər iki səfir": every one of the people just told
EVERY_ONE = re.compile(r"\bhər (?:iki|üç|dörd|beş|altı) (?:diplomat|səfir|qonaq|nazir|deputat|senator"
                       r"|parlamentari|nümayəndə)")
# Taking part told as the purpose of a trip: "iştirak etmək üçün ... gəlib".
FOR_THE_PURPOSE = re.compile(r"\b(?:iştirak|qatılmaq|qoşulmaq)\w*(?: etmək)? üçün\b")
# Signatories told only as countries or firms: "iki ölkə arasında", "şirkətləri arasında".
UNNAMED_SIGNERS = re.compile(r"\b(?:iki|üç) ölkə(?:nin)?\b[^.]{0,40}\barasında|\bşirkətlər(?:i)?\b[^.]{0,30}"
                             r"\barasında|\bölkələr(?:i)? arasında")
# A meeting of three or more sides told as such ("nazirlərin üçtərəfli görüşü"), and its sitting referred to.
MULTILATERAL = re.compile(r"\b(?:üç|dörd|beş|çox)tərəfli (?:\w+ ){0,2}görüş")
AT_THE_MEETING = re.compile(r"\b(?:toplantı|görüş)(?:da|də|ya|yə|a|ə)\b")
# A meeting on a gathering's sidelines: "Zirvənin kənarında", "İclasın kənarında".
SIDELINES = re.compile(r"(?:iclas|sessiya|forum|sammit|zirvə|toplantı|konfrans|assambleya|konqres|tədbir)"
                       r"\w* (?:görüşünün )?kənarında")
# Bodies that are sites one visits, not seats where officials meet ("Aktau Dəniz Ticarət Limanında olublar",
# "Gəncə Alüminium Kompleksində olublar"; not "Milli Məclisdə olub").
SITE_BODY_HEADS = frozenset({"liman", "zavod", "kompleks", "muzey", "park", "terminal", "stansiya",
                             "qoruq", "zona", "fabrik", "mərkəz", "texnopark", "aeroport"})
GUEST_WORDS = ("qonaq", "qonaqlar", "qonaqları", "qonaqlarla", "qonağı", "qonağa", "qonağın", "qonaqlara")
# The guest told as the object of the one who receives, after a participle: "Şəkiyə gələn diplomatı X qəbul edib".
GUEST_OBJECTS = frozenset({"diplomatı", "diplomatları", "səfiri", "səfirləri"})
CAME_GUEST = re.compile(r"\b(?:gələn|gəlmiş) (?:diplomatı|diplomatları|səfiri|səfirləri)\b")
DELEGATION_WORDS = ("nümayəndə heyəti", "heyəti", "heyət ", "parlamentarilər", "senatorlar", "tərəflər", "missiya")
# "X-in başçılıq/rəhbərlik etdiyi nümayəndə heyəti": X stands for the delegation.
LEADS_DELEGATION = re.compile(r"(başçılıq|rəhbərlik) etdiyi|(?:başçılığı|rəhbərliyi) (?:altında|ilə)|başda olmaqla", re.I)
# "Heyətə X başçılıq edir", "Nümayəndə heyətinə X rəhbərlik edib": the same, told the other way round.
LEADER_BEFORE = re.compile(r"heyətinə (?:başçılıq|rəhbərlik) edən (?:[^\s,.]+ ){0,4}$"
                           r"|nümayəndə heyətinin (?:rəhbəri|başçısı) $"  # "... hökumətinin nümayəndə heyətinin rəhbəri X"
                           r"|missiyanın (?:rəhbəri|başçısı)(?:, [^,.]{0,60})? $")  # "missiyanın rəhbəri, ... sədri X"
LEADS_NAMED = re.compile(r"(?:başçılıq|rəhbərlik) (?:edir|edib|edəcək|edirlər|edəcəyi|edəcəkdir|edirdi|edirdilər"
                         r"|etmişdir|etmişdi)\b")
TO_DELEGATION = re.compile(r"(?:^|\s)(?:nümayəndə )?heyət(?:ə|inə|lərə)\s|ibarət (?:qrupa|heyətə|missiyaya)\s")
# ("Azərbaycan deputatlarından ibarət qrupa X rəhbərlik edib": the group sent, led by X)

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
# Words of coming and going, chairing, leading and opening that tell an event with the right words around them.
OTHER_STARTS = frozenset({"gəl", "ged", "get", "yollan", "uçub", "uçacaq", "uçdu", "uçaraq", "uçması", "yola", "sədrlik", "etimadnamə", "çat", "keç",
                          "məlumat", "sədrliy", "rəhbərliy",
                          "başçılıq", "rəhbərlik", "açıb", "açacaq", "açmış", "açan", "aparan"})
TRIGGER_START = re.compile("^(?:" + "|".join(sorted(
    {s for stems in STEMS.values() for s in stems} | {a for pairs in PAIRS.values() for a, _ in pairs} | OTHER_STARTS,
    key=len, reverse=True)) + ")")


# --- Words read through the morphology -----------------------------------------------------------
# A trigger is a word the suffix grammar reads as one of these stems under any inflection (görüşüb,
# görüşdə, görüşəcək, görüşməyib, imzalanmayıb), so no form is listed; a derived word has another stem
# and is no trigger (səfərbərlik, iştirakçı, ziyarətçi, imzalı).
TRIGGER_LEMMAS: dict[str, str] = {
    "görüş": MEET, "görüşmə": MEET, "qarşıla": MEET, "qarşılan": MEET, "məsləhətləş": MEET,
    "məsləhətləşmə": MEET, "danışıq": MEET,
    "səfər": VISIT, "ziyarət": VISIT,
    "iştirak": ATTEND, "qatıl": ATTEND,
    "imzala": SIGN, "imzalan": SIGN,
    "videokonfrans": MEET, "videoformat": MEET, "videobağlantı": MEET, "videozəng": CALL,
}
# A meeting held by video ("videokonfrans formatında görüş keçirib", "onlayn görüş") is a MEET with no
# place, as the genre's editors count it; CALL is the telephone.
REMOTE = ("videokonfrans", "videoformat", "videobağlantı", "onlayn", "virtual")
TRIGGER_PREFIXES = tuple(sorted({k[:4] for k in TRIGGER_LEMMAS}))
# Verb features that say the action did not happen, or has not happened yet.
NEGATION_FEATURES = frozenset({"NEG"})
FUTURE_FEATURES = frozenset({"FUT", "PTCP.FUT"})
# Features no trigger reading may carry: a derived word is another word.
_DERIVED = frozenset({"ABSTR", "AGENT", "ADJ", "PRIV", "WITH", "ORD"})


@dataclass(frozen=True, slots=True)
class WordReading:
    """What the morphology makes of one word: its stem, and whether it is negated or future."""

    stem: str
    features: tuple[str, ...]

    @property
    def negated(self) -> bool:
        return not NEGATION_FEATURES.isdisjoint(self.features)

    @property
    def future(self) -> bool:
        return not FUTURE_FEATURES.isdisjoint(self.features)


@lru_cache(maxsize=32768)
def trigger_of(word: str) -> tuple[str, WordReading] | None:
    """The event type a word triggers with its reading ("görüşməyib" -> MEET, negated), or None.
    ``word`` is lower case (salname.az.alphabet.az_lower)."""
    if not word.startswith(TRIGGER_PREFIXES):
        return None
    for a in analyze(word)[:4]:
        kind = TRIGGER_LEMMAS.get(a.stem)
        if kind is not None and _DERIVED.isdisjoint(a.features):
            return kind, WordReading(a.stem, a.features)
    return None


@lru_cache(maxsize=32768)
def verb_reading(word: str) -> WordReading | None:
    """The best reading of a finite or participial verb ("etməyib", "keçiriləcək", "edəcək"), None
    when the word does not read as a verb form."""
    for a in analyze(word)[:3]:
        if a.features and not _VERB_FEATURES.isdisjoint(a.features):
            return WordReading(a.stem, a.features)
    return None


def converb(word: str) -> bool:
    """Whether the word reads as a verb's -ArAq converb ("gedərək", "yollanaraq"): an act told on the
    way to the main verb, which gives its time."""
    return any("CVB.ARAQ" in a.features for a in analyze(word)[:2])


_VERB_FEATURES = frozenset({"NEG", "FUT", "PTCP.FUT", "PST", "PST.EV", "PERF.IB", "PRS", "AOR", "PTCP.PST",
                            "PTCP.PRS", "NEC", "COND", "VN", "INF"})


def word_status(word: str) -> str | None:
    """"negated" or "planned" when the morphology reads ``word`` as a negated or future verb."""
    r = verb_reading(word)
    if r is None:
        return None
    if r.negated and not (word.startswith("imzala") and word.endswith(("ma", "mə"))):  # "imzalanma mərasimi": a noun
        return "negated"
    if r.future:
        return "planned"
    return None


# --- Topic phrases and their normal form ---------------------------------------------------------
# Words after a topic that frame it ("neft-qaz sahəsində", "enerji təhlükəsizliyi məsələləri",
# "iqlim dəyişmələri barədə"): the topic is what comes before them.
TOPIC_FRAMES = frozenset({"sahə", "məsələ", "istiqamət", "sektor", "mövzu", "sfera", "çərçivə"})
TOPIC_AFTER = re.compile(
    r"\s+(?:sahəsində|sahələrində|sahəsindəki|sahələrindəki|məsələləri|məsələlərini|məsələsi|məsələsini"
    r"|məsələlərinə|barədə|haqqında|dair|mövzusunda|istiqamətində|istiqamətlərində"
    # "üzrə" frames a topic before talks ("Orta Dəhliz üzrə əməkdaşlıq"), not before a title
    # ("beynəlxalq əlaqələr üzrə prorektor")
    r"|üzrə(?=\s+(?:əməkdaşl|müzakirə|fikir|danışıq|məsləhətləşmə|razılaşma|razılıq|saziş|memorandum|birgə)))\b")
# Words that end a topic phrase on its left: they belong to the clause, not to the topic.
_TOPIC_STOP = frozenset({
    "və", "ilə", "həmçinin", "eləcə", "də", "da", "o", "bu", "həmin", "bir", "sıra", "iki", "üç", "ölkə",
    "ölkələr", "ölkəsi", "arasında", "ikitərəfli", "qarşılıqlı", "birgə", "mühüm", "ümumi", "digər",
    "müxtəlif", "bütün", "əsas", "mövcud", "cari", "geniş", "perspektivli", "tərəflər", "tərəflərin",
    "onun", "onların", "görüşdə", "eyni", "zamanda", "isə", "ki", "üçün", "kimi", "yanaşı",
    "əməkdaşlığın", "əməkdaşlıq", "əlaqələrin", "inkişafı", "genişləndirilməsi", "vəziyyət", "vəziyyəti"})
# Words too general to be a topic on their own ("layihələr barədə", "vəziyyət haqqında").
GENERIC_TOPICS = frozenset({"layihə", "layihələr", "məsələ", "məsələlər", "iş", "işlər", "məlumat", "imkan",
                            "imkanlar", "perspektiv", "perspektivlər", "fəaliyyət", "proses", "əlaqə",
                            "əlaqələr", "əməkdaşlıq", "vəziyyət", "tədbir", "tədbirlər", "təklif", "təkliflər",
                            "addım", "addımlar", "nəticə", "nəticələr", "gündəlik", "sənəd", "sənədlər"})
_CLAUSE_FEATURES = frozenset({"PTCP.PRS", "PTCP.PST", "PTCP.FUT", "PTCP.PF", "PST", "PST.EV", "PERF.IB", "FUT",
                              "NEG", "NEC", "COND", "CVB.ARAQ", "CVB.ANDA", "CVB.MADAN", "CVB.DIQDA", "CVB.INCA",
                              "LOC", "ABL", "DAT", "INS", "INF"})
# Heads that say something of a topic named before them in the genitive ("COP29-un nəticələri").
TOPIC_ASPECTS = frozenset({"nəticə", "perspektiv", "imkan", "inkişaf", "vəziyyət", "gediş", "gedişat",
                           "hazırlıq", "icra", "fəaliyyət", "say", "həcm", "təşviq", "artım", "qorunma",
                           "layihə", "proqram", "plan"})  # "regional nəqliyyat layihələri" -> "regional nəqliyyat"
_CASES = frozenset({"GEN", "DAT", "ACC", "LOC", "ABL", "INS"})
_NOMINAL = _CASES | {"PL", "POSS.3"}
_ABSTRACT = ("lik", "lık", "luq", "lük", "lıq", "liq")
_WORD_RE = re.compile(r"[^\W\d_][\w’'-]*|[,;:.()]", re.U)


def normalize_topic(phrase: str) -> str:
    """A topic in its normal form, so one subject in different case forms is one topic: the head's
    case ending off, a frame word after it off ("neft-qaz sahəsində" -> "neft-qaz", "Orta Dəhlizin"
    -> "Orta Dəhliz", "enerji təhlükəsizliyinin" -> "enerji təhlükəsizliyi", "əməkdaşlığı" -> "əməkdaşlıq")."""
    words = phrase.strip(" ,.;:«»\"“”").split()
    while len(words) > 1 and (_stem_of(az_lower(words[-1])) in TOPIC_FRAMES | TOPIC_ASPECTS
                              or _verbal_noun(az_lower(words[-1]))):
        words.pop()  # "aviareyslərin sayının artırılması" -> "aviareyslər"
    if not words:
        return ""
    head = words[-1]
    words[-1] = _head_nominative(head, compound=len(words) > 1)
    return " ".join(words)


@lru_cache(maxsize=8192)
def _verbal_noun(low: str) -> bool:
    """A verbal noun with its possessive ("ötürülməsi", "azaldılmasının"): an action done to the topic."""
    a = analyze(low)
    return bool(a) and "VN" in a[0].features and "POSS.3" in a[0].features


@lru_cache(maxsize=8192)
def _stem_of(low: str) -> str:
    a = analyze(low)
    return a[0].stem if a else low


@lru_cache(maxsize=8192)
def _head_nominative(word: str, compound: bool) -> str:
    """The word without its case ending (by its best reading); a compound's head keeps its possessive
    ("təhlükəsizliyi", and a bare -i after a compound is that possessive, not the accusative), a word
    alone loses it; a proper name keeps its letters as written ("Qarabağın" -> "Qarabağ")."""
    if "-" in word and word.rpartition("-")[0].isupper():  # "COP29-un", "TÜRKPA-nın"
        return word.rpartition("-")[0]
    readings = [r for r in analyze(az_lower(word))[:4] if set(r.features) <= _NOMINAL]  # not "turiz-mə"
    if not readings:
        return word
    a = readings[0]
    feats = a.features
    for r in readings[1:]:  # "təhlükəsizliy-ə" is "təhlükəsizlik" + ə, not "təhlükəsizli" + yə
        if r.features == feats and r.stem.endswith(_ABSTRACT) and not a.stem.endswith(_ABSTRACT):
            a = r
            break
    if not feats or feats[-1] == "PL":
        return word
    if compound and (feats[-1] == "POSS.3" or feats[-1] == "ACC" and "POSS.3" not in feats):
        return word  # "enerji təhlükəsizliyi", "iqlim dəyişmələri"
    if word[:1].isupper() or compound and "POSS.3" in feats:
        return word[:len(word) - sum(len(x) for x, f in zip(a.suffixes, feats) if f in _CASES)]
    return a.stem + "".join(x for x, f in zip(a.suffixes, feats) if f == "PL")


def topic_phrases(sentence: str) -> list[str]:
    """The topics a sentence frames ("neft-qaz və logistika sahələrində" -> neft-qaz, logistika), each
    normalised, in order, each once: up to three words before a frame word, split at "və" and commas."""
    out: list[str] = []
    for m in TOPIC_AFTER.finditer(sentence):
        left = sentence[max(0, m.start() - 90):m.start()]
        words = _WORD_RE.findall(left)
        chunks: list[list[str]] = [[]]
        for w in reversed(words):
            lw = az_lower(w)
            if lw in (".", ";", ":", "(", ")"):
                break
            if lw in ("və", ","):
                chunks.append([])
                continue
            proper = w[:1].isupper() and bool(chunks[-1]) and chunks[-1][0][:1].isupper()  # "Orta Dəhliz"
            if lw in _TOPIC_STOP or len(chunks[-1]) >= 4 or not proper and _is_verbish(lw):
                break
            chunks[-1].insert(0, w)
        for chunk in reversed(chunks):
            if not chunk:
                continue
            topic = normalize_topic(" ".join(chunk))
            if len(topic) > 2 and topic not in out and az_lower(topic) not in GENERIC_TOPICS:
                out.append(topic)
    return out


@lru_cache(maxsize=8192)
def _is_verbish(low: str) -> bool:
    """Whether the word's best reading is a finite verb or a participle (not a present or aorist in -r,
    which many nouns read as: "dəmir"), or a noun in a case no modifier of a topic takes (locative,
    ablative, dative, instrumental): the clause, not the topic."""
    a = analyze(low)
    if not a:
        return False
    feats = set(a[0].features)
    return bool(feats & _CLAUSE_FEATURES)



# A place in the locative before works done there ("Qarabağda həyata keçirilən bərpa-quruculuq işləri",
# "Ağdamda aparılan tikinti işləri"): what is talked about, not where anyone is.
WORKS_DONE = re.compile(r"\s+(?:həyata keçirilən|həyata keçirilmiş|görülən|icra olunan|icra edilən"
                        r"|aparılan (?!danışıq|müzakirə|görüş|məsləhətləşmə|söhbət))", re.I)


_PLACE_HEAD_WORDS = ("dəniz", "şəhər", "rayon", "kənd", "vilayət", "region", "bölgə", "göl", "ada")


def in_topic_phrase(after: str) -> bool:
    """Whether a word is part of a topic, given the text right after it: a frame word ("barədə",
    "sahəsində", ...) follows within four words with no verb or clause word between ("Cənubi Qafqazda
    sülh prosesinin gedişi barədə": the place is what was talked about, not where)."""
    if WORKS_DONE.match(after):
        return True  # "Qarabağda həyata keçirilən bərpa işləri": where works are done, a subject
    m = TOPIC_AFTER.search(after[:80])
    if m is None:
        m = TOPIC_AFTER.search(after[:140])
        return bool(m) and _subject_list(_words_to_frame(after, m))
    words = _words_to_frame(after, m)
    if len(words) > 4 and _subject_list(words):
        return True
    return len(words) <= 4 and not any(w in ",;:.()" or _is_verbish(az_lower(w)) for w in words)


def _words_to_frame(after: str, frame: re.Match) -> list[str]:
    """The words before the topic frame, without the place's own head ("Xəzər dənizində ... barədə")."""
    words = _WORD_RE.findall(after[:frame.start()])
    return words[1:] if words and az_lower(words[0]).startswith(_PLACE_HEAD_WORDS) else words


def _subject_list(words: list[str]) -> bool:
    """A list of subjects before the frame ("naviqasiyanın təhlükəsizliyi, yaşıl enerji ixracı və ali təhsil
    sahələrinə dair"): "və" inside, commas allowed, no verb and no clause end (the last word is what the frame
    governs)."""
    return "və" in words and len(words) <= 14 and not any(
        w in ";:.()" or _is_verbish(az_lower(w)) for w in words[:-1])


# Any word that could start a trigger, anywhere in a lower-cased text: a text with none has no event.
ANY_TRIGGER = re.compile(r"(?<!\w)(?:" + "|".join(sorted(
    {s for stems in STEMS.values() for s in stems} | {a for pairs in PAIRS.values() for a, _ in pairs} | OTHER_STARTS
    | {"olub", "olmuş", "olacaq", "olmay", "oldu", "həmsədrləri", "izlə"} | set(TRIGGER_PREFIXES), key=len, reverse=True))
    + r"|\w+(?:da|də|ta|tə)d[ıi]r(?:lar|lər)?\b|qonağıdır|qonaqlarıdır)")  # "Qonaq Bakıdadır": being there
# A sentence that can hold a trigger: a trigger's stem starting a word, or both words of a pair (with at
# most one word between), or a verb of coming or going. Sentences without one are not tokenised for
# triggers (most sentences of an article).
SENTENCE_TRIGGER = re.compile(r"(?<!\w)(?:" + "|".join(
    sorted({s for stems in STEMS.values() for s in stems} | {k[:4] for k in TRIGGER_LEMMAS}, key=len, reverse=True)
    + sorted({rf"{a}\w*\s+(?:\w+\s+)?{b}" for pairs in PAIRS.values() for a, b in pairs})
    + [r"(?:iclas|sessiya|toplantı|təlim|parad)\w*\s+(?:\S+\s+){0,9}izlə",  # "plenar iclasını (lojadan) izləyiblər": attended
       r"\b(?:iclası|sessiyanı|toplantını|iclasın işini|sessiyanın işini|toplantının işini)\s+.{0,160}\baparıb",
       r"^(?:iclas|sessiya|toplantı)\w*\s+(?:\w+\s+){0,3}həmsədrləri\b",  # "İclas(ın işini) komissiyanın həmsədrləri – ..."
       # "İclası (İclasın işini) həmsədrlər X və Y birgə aparıblar": they led it
       "gəl", "ged", "get", "yollan", "uçub", "uçacaq", "uçdu", "uçaraq", "uçması", "çat", r"\w+(?:a|ə)\s+keç", "etimadnamə", r"yola\s+(?:düş|çıx)", r"sədrlik\s+(?:ed|et)",
       r"\w+(?:da|də|ta|tə)\s+(?:d[aə]\s+)?ol(?:ub|muş|acaq|may|du)", r"qəbul(?:da|u)?\s", r"(?:başçılıq|rəhbərlik)\s+e", r"heyət(?:in)?in\s+(?:başında|başçısı|rəhbəri)\s", r"\w+(?:ın|in|un|ün)\s+qona(?:ğı|qları)", r"açıb|açacaq|açmış|açan\s|aparan\s",
       r"\w+(?:da|də|ta|tə)d[ıi]r(?:lar|lər)?\b", r"məlumat(?:\s+ver|landır)", r"(?:sədrliyi|rəhbərliyi)\s+ilə"]) + ")")

# Words of the chronicle added in session 13.
# A ceremony or signing someone's presence is told at: "imza mərasimi", "saziş imzalanıb", "açılışı".
CEREMONY = re.compile(r"\b(?:imza mərasimi|imzalan|mərasim|açılış)")
# The leaders who met, in the genitive: "liderlərin iştirakı ilə", "dövlət başçılarının iştirakı ilə".
LEADERS_OF = ("liderlərin", "başçılarının")
# Owners of a presence who are persons by their titles: "Prezidentin", "dövlətimizin başçısının", "liderlərin".
PRESENT_TITLES = ("prezidentin", "başçısının", "liderinin", "nazirin") + LEADERS_OF
# A plural of no names in the genitive: "bölmələrin", "sərhədçilərinin" (their taking part is no one's named).
PLURAL_GENITIVE = ("ların", "lərin", "larının", "lərinin")
# Words a country's person is called by when the text names no one after them, and the roles they fit:
# "Azərbaycan diplomatı" is our one of foreign affairs, "Qazaxıstan lideri" Kazakhstan's President.
COUNTRY_TITLES = {"diplomat": ("xarici işlər", "səfir", "diplomat"), "lider": ("prezident", "dövlət başçısı"),
                  "rəsmi": ("nazir", "sədr", "müavin", "katib", "rəis"), "nazir": ("nazir",)}
# A body's building, the scene of what is held there: "Milli Məclisin binasında".
BUILDING_OF = ("binasında", "iqamətgahında", "qərargahında", "mənzil-qərargahında", "ofisində")
# A visit's programme: "səfərin proqramına ... görüş daxildir".
VISIT_PROGRAMME = re.compile(r"\bsəfər(?:i|in)? proqramın[ad]\b")
# One more joining a meeting told: "Söhbətə ... X də qoşulub".
JOINED_MEETING = re.compile(r"(?:söhbətə|görüşə|danışıqlara|görüşlərə|məsləhətləşmələrə)\b.*\bqoşul"
                            r"(?:ub|ublar|muşdur|du)\b")
# The heads of two sides: "Qırğız tərəfinə X, Azərbaycan tərəfinə isə Y başçılıq edib".
SIDES_LED = re.compile(r"\btərəfinə\b.+\btərəfinə\b.+\b(?:başçılıq|rəhbərlik) ed")

# The head of a government by the word before the title: "Hökumət başçısı X" is its Prime Minister.
GOVERNMENT_HEAD = {"başçı": "baş nazir", "başçısı": "baş nazir", "rəhbər": "baş nazir", "rəhbəri": "baş nazir"}
# Common nouns for people who travel in numbers: a visit told of them is no event of the chronicle
# ("Azərbaycana səfər edən turistlərin sayı").
TRAVELLERS = ("turist", "sərnişin", "tələbə", "zəvvar", "mühacir", "qaçqın", "əcnəbi", "vətəndaş", "iş adam", "idmançı",
              "azarkeş", "ziyarətçi")
# Words joining the items of a list: "Fəxri xiyabanı, həmçinin Şəhidlər xiyabanını".
LIST_JOINERS = frozenset({"və", "həmçinin", "habelə", "eləcə", "də", "da", "ilə"})
