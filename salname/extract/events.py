"""Events of one text: who met, visited, took part in, signed or phoned whom, where and when.

Sentence by sentence: a trigger word says what kind of event a sentence reports (salname.az.events);
its people are the persons the clause names, with the article's guest, host or main actor standing in
where the genre leaves them out ("Qonaqları ... qəbul edib", "Görüşdə ...", "Həmin gün nazir müavini
... ilə görüşüb"); the place is a place or body written in the locative (or the dative of a visit), else
the place the article has set; the date is a date of the sentence resolved against the document's
date, else the document's date. A sentence that only refers back to an event ("Görüşdə ...", "Səfər
çərçivəsində ...") adds its topics and statements to it instead of making a new one. The same event
told twice in one text is one event.
"""

from __future__ import annotations

import datetime as _dt
from copy import copy
from dataclasses import dataclass, field

from salname.az import events as ev
from salname.az.alphabet import az_capitalize, az_lower
from salname.az import entities as kb, gazetteer
from salname.az.attribution import known_outlet
from salname.az.names import is_country_name
from salname.az.sentences import sentences
from salname.az.tokenize import WORD
from salname.az.dates import WEEKDAYS, DateMention, find_dates
from salname.az.morphology import analyze
from salname.document import Event, Mention
from salname.extract.entities import _case_of, _known_stem, lemma, nominative

__all__ = ["extract_events"]

# Words after a trigger noun that make it a reference to an event already told, not a new one.
_REFERENCE_NEXT = frozenset({"çərçivəsində", "kənarında", "zamanı", "ərzində", "sonra", "əvvəl", "öncə", "ərəfəsində",
                             "proqramı", "proqramına", "proqramında", "nəticəsində", "yekununda", "sonunda",
                             "gedişində", "iştirakçıları", "mövzusu", "əsnasında", "müddətində"})
# A trigger noun with a possessive and an object case: what is talked about ("iştirakından danışıb").
_OBJECT_FORMS = ("ından", "indən", "ını", "ini", "ına", "inə")
# Participles before a noun: "imzalanan sənədlər", "imzalanmış saziş", "imzaladığı memorandum".
_ATTRIBUTIVE = ("lanan", "lanmış", "ladığı", "ladıqları", "lanacaq")
_REFERENCE_FORMS = frozenset({"görüşdə", "görüşdən", "görüşlərdə", "səfərdən", "səfərin", "səfərində",
                              "iştirakı", "görüşün", "görüşü", "səfəri", "səfərinin", "görüşlərin"})
_LIGHT_VERBS = ("ed", "et", "keçir", "ol", "baş", "planlaş", "nəzərdə", "gözlən", "təxir", "ləğv", "gəl",
                "ged", "qatıl", "başla")
_LOCATIVE = ("LOC", "REL")
# A sentence that sets the scene: an event held ("... plenar iclası keçirilib", "keçirilən forumda").
_DISCUSSED = __import__("re").compile(r"müzakirə|fikir mübadiləsi|məsələlər|əməkdaşlığ|danışılıb|bəhs|toxunulub")
_SCENE = __import__("re").compile(r"(?<!həyata )(?<!nəzərdən )(?:keçirilib|keçirilir|keçirilən|keçirildi|keçirilmişdir|toplanıb)"
                                   r"|(?<!fəaliyyətə )(?:başlayıb|başlayan)"  # (not firms "fəaliyyətə başlayan")
                                   r"|öz işinə başla|açılış"
                                   r"|\btəşkil (?:edib|ediblər|edilib|olunub|etdi|edildi|olundu)\b"  # "səfirlik qəbul təşkil edib"
                                   r"|işini başa vur|işini yekunlaşdır"
                                   r"|\btəməli qoyulub\b|\bistifadəyə verilib\b"  # "Füzulidə məktəbin təməli qoyulub. Mərasimdə ..."
                                   r"|işini davam etdir|ev sahibliyi ed"  # "Türkistan ... iclasına ev sahibliyi edib"
                                   r"|(?:iclas|sessiya|toplantı|forum|konfrans|müşavirə|sammit|assambleya)\w* "
                                   r"(?:olub|baş tutub|yekunlaşıb|başa çatıb|sona çatıb|açılıb)"
                                   r"|(?:iclas|sessiya|forum|konfrans|sammit|assambleya)\w* (?:[^.]{0,90} )?davam edir\b"
                                   r"|(?:iclas|sessiya|forum|konfrans|sammit|assambleya|zirvə|toplantı)\w* (?:[^.]{0,90} )?"
                                   r"(?:başa çatıb|yekunlaşıb|açılıb)\b")  # "Zirvə görüşü bu gün Cakartada başa çatıb"
_VISIT_CASES = ("LOC", "DAT", "REL")


@dataclass
class _Context:
    """What the text has set so far: its guest, host, main actor and place."""

    main: str | None = None  # the first person the text names
    date: str | None = None  # the last date the text has set for its events
    guest: str | None = None  # the visitor
    roles: dict[str, str] = field(default_factory=dict)  # person -> the role first given ("Baş nazir", "nazir")
    # person -> the word before the title, each time the text names the person with one
    # ("energetika naziri X": "energetika"), by which "energetika nazirinin" is X among several ministers
    title_words: dict[str, set[str]] = field(default_factory=dict)
    delegation_body: str | None = None  # a foreign body whose delegation no one the text names leads
    guests: list[str] = field(default_factory=list)  # named visitors who came together ("üç ölkənin səfirləri")
    host: str | None = None
    place: str | None = None
    place_day: str | None = None  # the day the place was set for
    last: Event | None = None
    leader: str | None = None  # the person a delegation of the text is led by
    visit_days: tuple[str, str | None] | None = None  # first and last day of the visit the text tells
    gathering_told: bool = False  # a session or forum told as held, begun or opened
    gathering_days: tuple[str, str | None] | None = None  # ... of the session it tells ("iyulun 14–15-də")
    plan_place: str | None = None  # where a session the text announces will be held
    plan_date: str | None = None  # and when
    events: list[Event] = field(default_factory=list)
    sites: set[int] = field(default_factory=set)  # ids of the events that are sites visited
    postponed: set[int] = field(default_factory=set)  # ids of the plans made anew when one was put off
    multilateral: bool = False  # the text has told a meeting of three or more sides
    each: list[str] = field(default_factory=list)  # the people last met one by one ("X, Y və Z ... təqdim ediblər")
    persons: frozenset = frozenset()  # canonical names of the text's persons
    affiliations: dict[str, str] = field(default_factory=dict)  # person -> the body or country first given
    doc_day: bool = True  # whether the document's date is a whole day (not "date 2026-10")
    doc_date: str | None = None
    nationals: dict[str, list[str]] = field(default_factory=dict)  # "türkiyəli" -> those named right after it
    borrowed: set[int] = field(default_factory=set)  # ids of signings whose sides came from an earlier event
    anchor: str | None = None  # the date set before the sentence being read ("ertəsi gün" counts from it)
    trigger_sents: list[tuple[int, str]] = field(default_factory=list)  # (sentence start, kind) of each trigger told
    told_on: set[int] = field(default_factory=set)  # ids of visits first told by their end ("səfəri başa çatıb")
    bodies: list[str] = field(default_factory=list)  # canonical names of the bodies named so far, in order
    titled: dict[str, str] = field(default_factory=dict)  # a role's head word -> the last person named with it
    titled_by: dict[str, list[str]] = field(default_factory=dict)  # a role's head word -> everyone named with it
    first_title: dict[str, str] = field(default_factory=dict)  # person -> the head of the title first given
    named_before: list[Mention] = field(default_factory=list)  # the persons of the sentence before
    retold: set[int] = field(default_factory=set)  # ids of events that tell the last one again, with no sides named
    # every event made for the text, kept alive so that no id in the sets above is reused by a later event
    made: list[Event] = field(default_factory=list)
    stays: set[int] = field(default_factory=set)  # ids of visits told in passing ("Bakıda səfərdə olan X")


@dataclass
class _Trigger:
    kind: str
    index: int  # token index in the sentence
    reference: bool
    attributive: bool = False  # a participle before a noun: "imzalanan saziş"
    frame: bool = False  # the word frames another event ("səfər zamanı", "görüş çərçivəsində")
    ends: bool = False  # the visit told on: "Səfər ... başa çatıb", "səfər davam edir"


def extract_events(text: str, mentions: list[Mention], doc_date: str | None = None) -> list[Event]:
    """The events ``text`` reports, merged within the text; ``mentions`` are its entities
    (salname.extract.entities.extract_entities), ``doc_date`` the document's ISO date, if known."""
    if not mentions or not ev.ANY_TRIGGER.search(az_lower(text)):
        return []  # no one named, or no word that could tell an event: weather, statistics
    mentions = _with_capitals(text, mentions)
    mentions = _with_our_head(text, mentions)
    # a year alone dates no event ("2024-cü ildə", "2024–2025-ci illər"): a plan's horizon, not a day
    dates = [d for d in find_dates(text, doc_date) if d.value is None or len(d.value) != 4]
    ctx = _Context()
    _STATUS_MEMO.clear()
    ctx.leader = _leader(text, mentions)
    ctx.persons = frozenset(m.canonical for m in mentions if m.type == "PER")
    for m in (m for m in mentions if m.type == "PER"):  # "türkiyəli həmkarı Mehmet Ali Gürsoy": the Turk the text
        before = az_lower(text[max(0, m.start - 30):m.start]).split()[-2:]  # later calls "Türkiyəli nazir"
        country = next((c for w in before if (c := _people_country(w))), None)
        if country and m.canonical not in ctx.nationals.setdefault(country, []):
            ctx.nationals[country].append(m.canonical)
    ctx.doc_day = bool(doc_date) and len(doc_date) == 10
    ctx.doc_date = doc_date
    for m in mentions:
        if m.type == "PER" and m.affiliation:
            ctx.affiliations.setdefault(m.canonical, m.affiliation)
        if m.type == "PER" and m.role:
            ctx.roles.setdefault(m.canonical, m.role)  # the role a person is first named with
            field_of = _word_before_title(text, m)
            if field_of.isalpha():
                ctx.title_words.setdefault(m.canonical, set()).add(field_of[:6])
    for sent in sentences(text):
        ms = [m for m in mentions if sent.start <= m.start < sent.end]
        # "X-in sözlərinə görə": the source of the news, not one who acts
        ms = [m for m in ms if not _ATTRIBUTION.match(text, m.end)]
        people = _people(ms)
        ctx.bodies.extend(m.canonical for m in ms if m.type == "ORG")
        for p in ctx.named_before:  # the titles of the sentences before this one
            if p.role:  # "səfir", "müavin" -> X, by the title a person is first named with
                role = az_lower(p.role)  # ("Baş nazir" is no "nazir" the text refers to by that word)
                head = ctx.first_title.setdefault(p.canonical, role if role.startswith("baş ") else ev.GOVERNMENT_HEAD.get(
                    _word_before_title(text, p) == "hökumət" and role, lemma(role.split()[-1])))
                # ("Hökumət başçısı X" is the head of government the text later calls "hökumətin başçısı")
                for key in (head, *_office_before_rank(text, p)):
                    # ("rektoru general-leytenant X": the rector, whom the text may call "Rektor" later)
                    ctx.titled[key] = p.canonical if ctx.titled.get(key, p.canonical) == p.canonical else ""
                    if p.canonical not in ctx.titled_by.setdefault(key, []):
                        ctx.titled_by[key].append(p.canonical)
                # ("" when two people share the title: "müavin" of a minister and of a secretary general)
        ctx.named_before = people
        if ctx.main is None and people:
            ctx.main = people[0].canonical
        low = az_lower(sent.text)
        if ("sonra" in low or "yekununda" in low or "sonunda" in low or "kənarında" in low or "ardın" in low) \
                and (after := _AFTER_GATHERING.match(low)) \
                and not any(sent.start <= d.start < sent.end for d in dates):
            # "İclasdan sonra sənədlər imzalanıb": the day of the session just told, whatever came between
            # ("Forumun yekununda": of the forum one attended, not of a meeting told since)
            kinds = (ev.MEET,) if after.group(1) in ("görüş", "danışıq", "qəbul") else (ev.ATTEND, ev.MEET)
            told = next((e for k in kinds for e in reversed(ctx.events) if e.type == k and e.status == "happened"
                         and e.date and len(e.date) == 10), None)
            if after.group(1) == "mərasim":  # "İmza mərasimindən sonra", "Mərasimin ardından": the last ceremony told
                told = next((e for e in reversed(ctx.events) if e.type in (ev.SIGN, ev.ATTEND) and e.status == "happened"
                             and e.date and len(e.date) == 10), None)
            if told is not None:
                ctx.date = told.date
        elif ("günü" in low or "yekununda" in low or "sonunda" in low) and _VISIT_DAY.search(low) \
                and not any(sent.start <= d.start < sent.end for d in dates):
            # "Konfransın birinci günü çıxış edən X ...": that day is the day of what follows ("Həmin gün ...")
            ctx.date = _date([], low, ctx, doc_date)[0] or ctx.date
        ctx.anchor = ctx.date
        if ctx.delegation_body is None and ctx.leader is None and "nümayəndə heyət" in low:
            # "Pakistan Senatının nümayəndə heyətini salamlayıb": the body stands for its delegation, unled
            body = _delegation_body(sent, ms, _case_of, any_case=True)
            if body is not None and _foreign_body(body) and not people:
                ctx.delegation_body = body
        if len(people) > 1 and _MEMBERS.search(low) and all(_person_case(p, sent) == "NOM" for p in people):
            # "Səfər heyətinə X, Y və Z daxil idilər": the visitors, the visit just told being theirs
            ctx.guests = [p.canonical for p in people]
            went = next((e for e in reversed(ctx.events) if e.type == ev.VISIT), None)
            if went is not None and len(went.participants) <= 1 and set(went.participants) <= set(ctx.guests):
                went.participants = list(ctx.guests)
        # "TÜRKPA Şurasının iclası Türkistanda keçirilib": a session the text tells, that a delegation's head attends
        ctx.gathering_told = ctx.gathering_told or bool(_GATHERING_NOUN.search(low) and _SCENE.search(low))
        triggers = _triggers(sent.tokens) if ev.SENTENCE_TRIGGER.search(low) else []
        if triggers and ev.CEREMONY.search(low):
            # "Görüşdən sonra Prezidentin iştirakı ilə ... saziş imzalanıb": the one in whose presence it was
            # done took part (not "nümayəndə heyətlərinin iştirakı ilə", "şirkətlərin iştirakı ilə")
            triggers = [_Trigger(t.kind, t.index, False) if t.kind == ev.ATTEND and t.reference
                        and _present_at(sent, t.index, people) else t for t in triggers]
        if not triggers and people and ev.JOINED_MEETING.match(low) and ctx.last is not None and ctx.last.type == ev.MEET \
                and not ev.RECALL_MARKERS.search(low):
            # "Söhbətə ... deputat X də qoşulub": one more side of the meeting just told
            ctx.last.participants.extend(p.canonical for p in people if p.canonical not in ctx.last.participants
                                         and _person_case(p, sent) == "NOM")
            continue
        if not triggers and len(people) == 2 and ev.SIDES_LED.search(low):
            # "Qırğız tərəfinə X, Azərbaycan tərəfinə isə Y başçılıq edib": the heads of the two sides met
            led = next(k for k, t in enumerate(sent.tokens) if az_lower(t.text) in ("başçılıq", "rəhbərlik"))
            triggers = [_Trigger(ev.MEET, led, False)]
        ctx.trigger_sents.extend((sent.start, t.kind) for t in triggers if not t.reference)
        said = ev.SAYING.search(sent.text)
        if said is not None and triggers:
            cut = sent.start + said.end()
            triggers = [t for t in triggers if sent.tokens[t.index].start < cut]
        statements = _statements(sent.text, sent.start, ms, ctx)
        if all(t.reference for t in triggers) and _trip_day(sent, ms, ctx, low, dates, doc_date):
            continue
        if triggers and all(t.reference for t in triggers) and not people and _SCENE.search(low) \
                and not ev.RECALL_MARKERS.search(low) and any(t.kind == ev.VISIT for t in triggers) \
                and not any(_VISIT_BEGAN.match(low[sent.tokens[t.index].end - sent.start:]) for t in triggers):
            triggers = []  # "Səfərin əsas tədbiri – komissiyanın iclası ötən cümə Səmərqənddə keçirilib": the scene
        if all(t.reference for t in triggers) and (planned := _PLAN_SCENE.search(low)) \
                and not ev.RECALL_MARKERS.search(low) and (said is None or planned.end() <= said.start()):
            # ("... sessiyasının dekabrda Bakıda keçiriləcəyini deyib": the plan is what was said)
            # "Komissiyanın iclası gələn həftə Bakıda keçiriləcək", "Görüşdə iyunda Almatıda mədəniyyət günlərinin
            # keçirilməsi razılaşdırılıb": where and when the plans go
            plan = _Context()
            _note_place(ms, plan, _case_of, sent.text, sent.start)
            own = [d.value for d in dates if sent.start <= d.start < sent.end and d.value and len(d.value) >= 7]
            ctx.plan_place, ctx.plan_date = plan.place, (own[0] if own else None)
        if not triggers:
            if ctx.last is not None and ctx.last.type == ev.MEET and ctx.last.location is None \
                    and not ev.RECALL_MARKERS.search(low):
                # "Milli Məclisin inzibati binasında keçən söhbətdə ...": where the meeting just told was held
                held = [m for m in ms if m.type == "ORG" and (found := _IN_BUILDING.match(sent.text, m.end - sent.start))
                        and low[found.end():].lstrip().split(" ")[0] in _MEETING_AT]
                if held:
                    ctx.last.location = held[0].canonical
            if ctx.last is not None and _DISCUSSED.search(low) and not ev.RECALL_MARKERS.search(low):
                ctx.last.topics.extend(t for t in _topics(sent.text) if t not in ctx.last.topics)
            if _SCENE.search(low) and not ev.RECALL_MARKERS.search(low):
                last_place = ctx.place
                _set_scene(ms, ctx, _case_of, sent, dates)
                first = az_lower(sent.tokens[0].text) if sent.tokens else ""
                if ctx.last is not None and ctx.last.location is None and ctx.place != last_place \
                        and first.startswith(_SCENE_OF_LAST) and ctx.last.type != ev.CALL:
                    ctx.last.location = ctx.place  # "... saziş imzalanıb. Mərasim Astanada keçirilib."
                own = [d for d in dates if sent.start <= d.start < sent.end and d.value
                       and not getattr(d, "end_value", None)]  # "Martın 23-dən 27-dək": no one day
                if own:
                    ctx.date = _day_gone_by(own[0].value, sent, dates, ctx)
            if statements and ctx.last is not None:
                ctx.last.statements.extend(statements)
            continue
        if not (ctx.gathering_days or any(e.type == ev.ATTEND for e in ctx.events) or ctx.gathering_told):
            # "nümayəndə heyətinə X rəhbərlik edib" takes part in a session only when the text has told one
            triggers = [t for t in triggers if not (t.kind == ev.ATTEND and az_lower(sent.tokens[t.index].text) in (
                "başçılıq", "rəhbərlik", "başında", "başçısı", "rəhbəri") and not any(_GATHERING_NOUN.search(az_lower(x.text)) for x in sent.tokens))]
            if not triggers:
                continue
        kinds: dict[str, _Trigger] = {}
        for t in triggers:
            if t.kind not in kinds or kinds[t.kind].reference and not t.reference:
                kinds[t.kind] = t
        ctx.multilateral = ctx.multilateral or bool(ev.MULTILATERAL.search(low))
        if ev.ATTEND in kinds and ev.MEET not in kinds and len(people) >= 2 and (
                "həmsədr" in low or _SIDES_REPRESENTED.search(low)
                or ctx.multilateral and ev.AT_THE_MEETING.search(low)
                # ("Üçtərəfli görüş Tbilisidə keçirilib. Toplantıda X, Y və Z iştirak ediblər": they met)
                or az_lower(sent.tokens[kinds[ev.ATTEND].index].text).startswith("aparıb")):
            # ("İclası A və Qırğızıstan ... sədrinin müavini B birgə aparıblar": two who led a session met)
            # ("Azərbaycan tərəfini X, Türkmənistan tərəfini isə Y təmsil edib": the sides of the meeting)
            # "İclasda komissiyanın həmsədrləri X və Y iştirak ediblər": a session of two co-chairs is their meeting
            last = max((t for t in triggers if t.kind == ev.ATTEND and not t.reference), key=lambda t: t.index,
                       default=kinds[ev.ATTEND]) if ctx.multilateral else kinds[ev.ATTEND]
            # (the sentence's last verb of taking part: "... ev sahibi qismində çıxış edən Z iştirak ediblər")
            kinds[ev.MEET] = _Trigger(ev.MEET, last.index, last.reference)
            del kinds[ev.ATTEND]
        if ev.ATTEND in kinds and ev.SIGN in kinds and az_lower(sent.tokens[kinds[ev.ATTEND].index].text) == "təmsil":
            del kinds[ev.ATTEND]  # "sənədi X imzalayıb, Bankı isə Y təmsil edib": Y signed for the bank, no session
        if ev.CALL in kinds and ev.MEET in kinds and not kinds[ev.CALL].reference:
            del kinds[ev.MEET]  # "telefon zəngi qəbul edib": one call, no meeting
        sent_dates = [d for d in dates if sent.start <= d.start < sent.end]
        told = happened = False
        todo = list(kinds.items())
        if ev.MEET in kinds and not kinds[ev.MEET].reference:
            # "qonağın X ilə məsləhətləşmələr aparması, Y ilə görüşməsi ... nəzərdə tutulur": a meeting with each
            todo += [(ev.MEET, t) for t in triggers if t.kind == ev.MEET and t.index > kinds[ev.MEET].index
                     and not t.reference and _coordinated(sent.tokens, kinds[ev.MEET].index, t.index)]
        first = kinds.get(ev.VISIT)
        if first is not None and not first.reference and first.index + 1 < len(sent.tokens) \
                and (az_lower(sent.tokens[first.index + 1].text) in ("olan", "gələn")
                     or az_lower(sent.tokens[first.index].text) in ("gələn", "gəlmiş")
                     and not az_lower(sent.tokens[first.index + 1].text).endswith(("ın", "in", "un", "ün"))):
            # ("Çərşənbə axşamı Bakıya gələn senatorlar səfərin ilk günü Şəhidlər xiyabanında olub": so too)
            # "Azərbaycanda səfərdə olan X bu gün Şuşada olub": the stay told in passing, and the visit of the day
            came = "gələn" in (az_lower(sent.tokens[first.index].text), az_lower(sent.tokens[first.index + 1].text))
            todo += [(ev.VISIT, t) for t in triggers if t.kind == ev.VISIT and t.index > first.index + 1
                     and not (came and az_lower(sent.tokens[t.index].text).startswith(_ARRIVE))
                     # ("ölkəmizə səfərlə gələn X dünən Bakıya çatıb": one arrival, told twice)
                     and not t.reference and any(m.type == "LOC" and sent.tokens[first.index].end < m.start
                                                 and (0 <= sent.tokens[t.index].start - m.end <= 14 or az_lower(
                                                     sent.text[m.end - sent.start:sent.tokens[t.index].start - sent.start])
                                                     .strip().startswith(_PLACE_HEADS + ("bələdiyyə",)))
                                                 for m in ms)][:1]  # "Şuşada olub", "Marneuli bələdiyyəsində olub"
        if first is not None and not first.reference:
            # "sabah Ağdam rayonuna gedəcək və ... qalereyanın binasına baş çəkəcək": the trip, and the site
            # visited on it, an event of its own
            todo += [(ev.VISIT, t) for t in triggers if t.kind == ev.VISIT and t.index > first.index + 1
                     and not t.reference and (ev.VISIT, t) not in todo
                     and az_lower(sent.tokens[t.index].text).startswith(("ziyarət", "baş", "tanış"))][:1]
            # "sabah İrəvana yollanacaq, bazar günü isə Tbilisiyə keçəcək": the next stop, a trip of its own
            todo += [(ev.VISIT, t) for t in triggers if t.kind == ev.VISIT and t.index > first.index + 2
                     and not t.reference and (ev.VISIT, t) not in todo and _town_moved_to(sent.tokens[t.index - 1])
                     and az_lower(sent.tokens[t.index].text).startswith(_ARRIVE)
                     and az_lower(sent.tokens[first.index].text).startswith(_ARRIVE)
                     and (first.index == 0 or az_lower(sent.tokens[first.index - 1].text) != az_lower(
                         sent.tokens[t.index - 1].text))][:2]
        for kind, trig in todo:
            if trig.attributive and (sent_dates or people) and not _REPORTED.search(
                    low[sent.tokens[trig.index].end - sent.start:]):
                trig = _Trigger(kind, trig.index, False)  # "Dünən Aktauda ... imzalanan saziş ...": the news itself
                # (not "X-in səfəri zamanı imzalanan sənədlərin ... töhfə verdiyini qeyd edib": told of in a speech)
            status = _status(kind, trig, sent, low) if trig.reference and not trig.frame and not trig.attributive \
                and not trig.ends else None
            if status == "happened" and _ahead(sent_dates, doc_date):
                status = "planned"  # "nümayəndə heyətinin fevralın ikinci yarısında Bakıya səfəri ... müzakirə olunub"
            if status in ("planned", "negated") and not (kind in (ev.MEET, ev.CALL) and az_lower(
                    sent.tokens[trig.index].text) in _THE_TALKS_AT) \
                    and (people or sent_dates or status == "negated" and _SIDES.search(low)
                                                     or kind == ev.VISIT and _new_destination(sent, trig, ms, ctx, _case_of)) \
                    and (ctx.last is None or ctx.last.status != status or ctx.last.type != kind
                         or kind == ev.VISIT and _new_destination(sent, trig, ms, ctx, _case_of)) and not (
                    status == "negated" and not any(az_lower(d.text) in _clause(sent, trig.index) for d in sent_dates)
                    and any(e.type == kind and e.status != "happened" for e in ctx.events)
                    and not (kind == ev.VISIT and _new_destination(sent, trig, ms, ctx, _case_of))):
                # ("Nümayəndə heyətinin Mingəçevirə səfəri də planlaşdırılırdı, lakin ...": a new place, a new plan)
                # "səfərin oktyabrda baş tutacağı gözlənilir": a new plan; "tərəflərin may ayında planlaşdırılan
                # görüşü ləğv olunub": a meeting that did not happen, first told here
                trig = _Trigger(kind, trig.index, False)
            if trig.reference and trig.frame and kind == ev.VISIT and people and not any(
                    e.type == ev.VISIT for e in ctx.events) and not ev.RECALL_MARKERS.search(low) and (any(
                    m.type == "LOC" and 0 <= sent.tokens[trig.index].start - m.end <= 24
                    and _mention_case(m, _case_of, sent.text, sent.start) == "DAT" for m in ms) or any(
                    az_lower(t.text) in _OUR_COUNTRY for t in sent.tokens[max(0, trig.index - 2):trig.index])):
                # "X Türkiyəyə rəsmi səfəri çərçivəsində Y ilə görüşüb": the visit, first told by its frame
                trig = _Trigger(kind, trig.index, False)
            if trig.reference and kind == ev.VISIT and not any(e.type == ev.VISIT for e in ctx.events) \
                    and _VISIT_BEGAN.match(low[sent.tokens[trig.index].end - sent.start:]):
                trig = _Trigger(kind, trig.index, False)  # "nazirin Brüsselə səfəri bazar ertəsi başlayıb": the visit
            if trig.reference and trig.ends and kind == ev.VISIT and people and not any(
                    e.type == ev.VISIT for e in ctx.events):
                trig = _Trigger(kind, trig.index, False, ends=True)  # "X-in Gürcüstana səfəri başa çatıb": first told
            if trig.reference and not trig.frame and kind == ev.VISIT \
                    and az_lower(sent.tokens[trig.index].text).startswith("səfər") and _new_traveller(sent, trig, people, ms, ctx) \
                    and not (trig.index > 0 and az_lower(sent.tokens[trig.index - 1].text) in ("bu", "həmin")):
                # (not "Bu səfər ... X ilə Y arasında olmuş telefon danışığında razılaşdırılmışdı": the visit told)
                trig = _Trigger(kind, trig.index, False)  # "Qeyd edək ki, Y-nin Praqaya səfəri də ... ləğv edilib"
            implied = None
            received = None  # the leader of a delegation received: "X-in ... nümayəndə heyətini qəbulu zamanı"
            if trig.reference and kind == ev.MEET and ctx.guest and not any(e.type == ev.MEET for e in ctx.events) \
                    and az_lower(sent.tokens[trig.index].text).startswith(("görüş", "qəbul")) and trig.index <= 2:
                # "X Bakıya gəlib. Görüşdə Y ...": the meeting of the guest with the one named, first told here
                subj = [p for p in people if p.canonical != ctx.guest and _person_case(p, sent) == "NOM"
                        and (said is None or p.start < sent.start + said.start())]
                if len(subj) == 1 and not ev.RECALL_MARKERS.search(low):
                    implied = subj[0].canonical
                    trig = _Trigger(kind, trig.index, False)
            if trig.reference and kind in (ev.MEET, ev.CALL) and len(people) >= 2 and not any(
                    e.type == kind for e in ctx.events) and not ev.RECALL_MARKERS.search(low) and (
                    "arasında" in low or any(_person_case(p, sent) == "INS" for p in people)):
                # "Dünən baş tutan telefon danışığı zamanı X ilə Y ... müzakirə ediblər": the call, first told here
                trig = _Trigger(kind, trig.index, False)
            if trig.reference and kind == ev.MEET and az_lower(sent.tokens[trig.index].text).startswith(("qəbul", "görüşü")):
                # "Prezident X-in Y-ni qəbulu zamanı ...", "X-in Y ilə görüşü zamanı": the meeting, first told here
                at = sent.tokens[trig.index].start
                sides = [p for p in people if p.end <= at]
                if len(sides) == 1 and ctx.leader and ctx.leader != sides[0].canonical \
                        and _person_case(sides[0], sent) == "GEN" and _DELEGATION_OBJECT.search(low[:at - sent.start]):
                    # "X-in Moldova Parlamentinin nümayəndə heyətini qəbulu zamanı": the delegation's leader met
                    received = ctx.leader
                    trig = _Trigger(kind, trig.index, False)
                elif len(sides) >= 2 and _person_case(sides[0], sent) == "GEN" and _person_case(
                        sides[1], sent) in _OBJECT_CASES and not ev.RECALL_MARKERS.search(low) and not any(
                        e.type == ev.MEET and {p.canonical for p in sides[:2]} <= set(e.participants) for e in ctx.events):
                    trig = _Trigger(kind, trig.index, False)
            if trig.reference:
                if ctx.last is not None and ctx.last.type == kind:
                    ctx.last.topics.extend(t for t in _topics(sent.text) if t not in ctx.last.topics)
                    if status == "negated" and ctx.last.status == "planned" and not people \
                            and not _told_between(ctx, kind, sent.start):
                        ctx.last.status = "negated"  # "... görüşü də proqrama daxil edilmişdi. Lakin həmin görüş baş tutmayıb"
                    if ctx.last.location is None and kind != ev.CALL:
                        # "Milli Məclisdə keçirilən görüşdə ...": where the meeting just told was held
                        held = [m for m in ms if m.type in ("LOC", "ORG") and m.end <= sent.tokens[trig.index].start
                                and (_HELD.match(sent.text, m.end - sent.start)
                                     and _mention_case(m, _case_of, sent.text, sent.start) in _LOCATIVE
                                     or m.type == "ORG" and _IN_BUILDING.match(sent.text, m.end - sent.start))]
                        if held:
                            ctx.last.location = held[-1].canonical
                continue
            if _YEAR.search(low) and not any(d.value and len(d.value) >= 7 for d in sent_dates) and any(
                    not doc_date or not doc_date.startswith(y) for y in _YEAR.findall(low)):
                continue  # "... ilk dəfə 2019-cu ildə səfər edib": dated by a year alone, no event of the news
            if kind == ev.ATTEND and len(people) == 1 and not trig.reference and _also(people[0], sent) \
                    and ("tərkib" in low or "heyətin üzv" in low) and not _joins_meeting(sent, trig, ctx):
                # "Heyətin tərkibində deputat Y də sessiyaya qatılıb": one more of the delegation taking part
                # (not "Mərasimdə Y də çıxış edib": one more who took part, an attendance of its own)
                took = next((e for e in reversed(ctx.events) if e.type == ev.ATTEND
                             and e.status == _status(kind, trig, sent, low)), None)
                if took is not None and people[0].canonical not in took.participants \
                        and not _another_gathering(low, took):
                    took.participants.append(people[0].canonical)
                    continue
            if kind == ev.ATTEND and people and _joins_meeting(sent, trig, ctx):
                # "Görüşdə komitə sədri X də iştirak edib": one more side of the meeting, no session
                meet = next(e for e in reversed(ctx.events) if e.type == ev.MEET)
                meet.participants.extend(p.canonical for p in people if p.canonical not in meet.participants
                                         and (_person_case(p, sent) == "NOM" or _person_case(p, sent) == "GEN"
                                              and _also(p, sent)))  # not "İlham Əliyevin səfəri"
                # ("Görüşdə X-in də iştirak edəcəyi bildirilir": one more side)
                continue
            # a sentence that tells what happened (not a plan, nor one referring back) sets the scene
            told = told or _status(kind, trig, sent, low) != "planned"
            happened = happened or _status(kind, trig, sent, low) == "happened"
            window = _window(sent, trig, [t.index for _, t in todo if not t.reference])
            own_people = people
            if kind == ev.MEET and any(t.kind == ev.MEET and t.index > trig.index and _coordinated(sent.tokens, trig.index, t.index)
                                       for _, t in todo):  # the first of coordinated meetings: its own partner
                own_people = [p for p in people if p.start < sent.tokens[trig.index].end]
            own_ms = ms
            told_before = _headline_clause(sent, trig.index)
            if told_before is not None:  # '"Caspian Agro" açılıb: X həmkarları ilə görüşüb': each clause its own
                own_ms = [m for m in ms if m.start >= told_before]
                own_people = [p for p in own_people if p.start >= told_before]
            event = _event(kind, trig, sent, own_ms, own_people, low, sent_dates, doc_date, ctx, _case_of, window)
            if event is not None and kind == ev.MEET and az_lower(sent.tokens[trig.index].text).startswith(
                    ("müzakirə", "söhbət", "fikir", "danışıq")) and (len(event.participants) < 2 or any(
                    e.type == ev.CALL and set(e.participants) == set(event.participants) for e in ctx.events)):
                event = None  # "... telefonla danışıb. X Y ilə ... müzakirə edib": the call, told on; one side: none
            if event is not None and kind == ev.VISIT and az_lower(sent.tokens[trig.index].text) in _BEEN and not any(
                    (m.type == "LOC" or _site_name(m.canonical)) and (0 <= sent.tokens[trig.index].start - m.end <= 12 or 0 <= sent.tokens[
                        trig.index].start - m.end <= 30 and az_lower(sent.text[m.end - sent.start:sent.tokens[
                            trig.index].start - sent.start]).strip().startswith(_PLACE_HEADS + _SITE_HEADS)) for m in ms):
                event = None  # "Milli Məclisdə olub": a body, where the scene is set, no visit
            if implied is not None and event is not None and event.participants == [implied]:
                event.participants.append(ctx.guest)
            if received is not None and event is not None and received not in event.participants:
                event.participants.append(received)
                event.host = event.host or event.participants[0]
            if event is None and ctx.last is not None and ctx.last.type == kind and ctx.last.status == "planned" \
                    and trig.index > 0 and az_lower(sent.tokens[trig.index - 1].text) in ("həmin", "bu") \
                    and _status(kind, trig, sent, low) == "negated" and not _told_between(ctx, kind, sent.start):
                ctx.last.status = "negated"  # "... görüşü proqrama daxil edilmişdi. Lakin həmin görüş baş tutmayıb"
            if event is None:
                own = [d.value for d in sent_dates if d.value and len(d.value) == 10 and not getattr(d, "end_value", None)]
                if own and not ev.RECALL_MARKERS.search(low) and _status(kind, trig, sent, low) == "happened":
                    ctx.date = own[0]  # "Dünən başlayan forumun işinə 200 şirkət qoşulub. Forumun açılışında ..."
                continue
            event.statements.extend(statements)
            statements = []
            word = az_lower(sent.tokens[trig.index].text)
            if kind == ev.VISIT and word.startswith("qarşılan") and any(
                    e.type == ev.VISIT and set(e.participants) & set(event.participants) for e in ctx.events):
                continue  # "... Azərbaycana səfərə gəlib. Hava limanında qonaq X tərəfindən qarşılanıb": that arrival
            if kind == ev.VISIT and word in _REFERENCE_FORMS and any(
                    e.type == ev.VISIT and e.participants == event.participants and e.status == event.status
                    for e in ctx.events) and not _new_destination(sent, trig, ms, ctx, _case_of):
                continue  # "... səfərin təxirə salınmasının səbəbləri barədə": the visit already told
            if kind == ev.VISIT and not any(m.type == "LOC" for m in ms) and any(
                    az_lower(t.text) in _THE_TOWN for t in sent.tokens[max(0, trig.index - 4):trig.index]):
                ctx.retold.add(id(event))  # "... Şəkidə olub. Səfir bazar ertəsi şəhərə gəlib": that visit's first day
            if trig.ends or kind == ev.VISIT and not event.date_text and any(
                    az_lower(t.text) in ("yola", "yollanıb", "yollanıblar") for t in sent.tokens[trig.index:trig.index + 3]):
                # "X Qırğızıstana səfərə yola düşüb. ... ötən şənbə Bişkekə çatıb": the visit, told in full next
                ctx.told_on.add(id(event))
            if kind == ev.VISIT and (trig.index + 1 < len(sent.tokens) and az_lower(
                    sent.tokens[trig.index + 1].text) in _STAYING or word in ("səfərdədir", "səfərdədirlər")
                                     or _is_there(word) or word in _OUR_COUNTRY_NOW or _staying_after(sent.tokens, trig.index)):
                ctx.stays.add(id(event))  # "Koreya Respublikasında səfərdədir": the stay, dated by the arrival told
            sites = _sites_visited(sent, trig, ms, _case_of) if kind == ev.VISIT and word.startswith(("ziyarət", "gəz")) else (
                _sites_visited(sent, trig, ms, _case_of, "LOC") if kind == ev.VISIT and word in _BEEN else [])
            if len(sites) == 1 and word.startswith(("ziyarət", "gəz")) and event.location != sites[0] \
                    and not _country(sites[0]) and gazetteer.place_name(az_lower(sites[0])) is None:
                event.location = sites[0]  # "Bakıya dünən gəlib, sonra Fəxri xiyabanı ziyarət edib": the site
            if len(sites) > 1:
                # "Şəki Xan Sarayını və Yuxarı Karvansaranı ziyarət edib": a visit to each site, there
                event.location = sites[0]
                _add(ctx, event, True)
                for site in sites[1:]:
                    one = _copied(ctx, event)
                    one.location = site
                    _add(ctx, one, True)
                continue
            pairs = _signing_pairs(event, people, sent) if kind == ev.SIGN and len(event.participants) >= 4 else []
            if len(pairs) > 1:
                # "memorandumu A ilə B, proqramı isə C və D imzalayıblar": each document by its own signatories
                for pair in pairs:
                    _add(ctx, _copied(ctx, event, pair))
                continue
            if kind in (ev.MEET, ev.CALL) and len(event.participants) > 2 and (kind == ev.CALL or _SEPARATELY.search(low)
                                                                                or "etimadnamə" in low
                                                                                or _met_each_at_gathering(event, people, sent, low)
                                                                                or _met_each_apart(event, people, sent, low, ctx)):
                # "X Y və Z ilə ayrı-ayrılıqda görüşüb": one meeting with each (as each ambassador's credentials;
                # a phone call is always two sides: "X A və B ilə telefonla danışıb" is two calls)
                first, others = event.participants[0], event.participants[1:]
                given_to = [p.canonical for p in people if p.canonical in others and _person_case(p, sent) == "DAT"]
                if "etimadnamə" in low and len(given_to) == 1:
                    # "X, Y və Z ... nazir W-yə etimadnamələrinin surətlərini təqdim ediblər": W met each of them
                    first = given_to[0]
                    others = [p for p in event.participants if p != first]
                ctx.each = list(others)
                for other in others:
                    _add(ctx, _copied(ctx, event, [first, other]))
                continue
            if len(ctx.each) > 1 and ev.EVERY_ONE.search(low) and len(set(event.participants) & set(ctx.each)) == 1:
                # "Hər üç diplomatın etimadnaməsinin əslini Prezidentə təqdim edəcəyi gözlənilir": each of those
                # just told, one by one
                rest = [p for p in event.participants if p not in ctx.each]
                for other in ctx.each:
                    _add(ctx, _copied(ctx, event, rest + [other] if event.participants[0] not in ctx.each else [other] + rest))
                continue
            target = _postponed_to(sent, sent_dates, low) if event.status != "happened" else None
            if target is not None:
                event.status = "negated"
                # "... getməsi nəzərdə tutulurdu, lakin bu səfər gələn aya saxlanılıb": called off, and planned anew
                again = _copied(ctx, event)
                again.status, (again.date, again.date_text) = "planned", target
                if event.date_text == target[1]:
                    before = [d for d in sent_dates if d.text != target[1] and d.value and len(d.value) >= 7]
                    event.date, event.date_text = (before[0].value, before[0].text) if before else (None, None)
                ctx.postponed.add(id(again))
                if not any(e.type == event.type and e.status == "negated" and set(e.participants) == set(
                        event.participants) for e in ctx.events):  # ("... səfəri təxirə salınıb. Səfər ... -a keçirilib")
                    _add(ctx, event)
                _add(ctx, again)
                continue
            _add(ctx, event, kind == ev.VISIT and (word.startswith(("ziyarət", "gəz")) or word == "baş"),  # "stansiyaya baş çəkib"
                 kind == ev.ATTEND and word.startswith("çıxış"))
        for t in triggers:  # "... Bakıya gələcək, lakin səfər sonra ləğv edilib": the plan just told, called off
            if (t.reference or t.index > 0 and az_lower(sent.tokens[t.index - 1].text) in ("bu", "həmin")) \
                    and any(az_lower(x.text) in ("lakin", "amma", "ancaq") for x in sent.tokens[:t.index]) \
                    and _status(t.kind, t, sent, low) == "negated":  # (also "..., lakin bu səfər ləğv olunub")
                for e in ctx.events:
                    if e.start == sent.start and e.type == t.kind and e.status == "planned" and id(e) not in ctx.postponed:
                        e.status = "negated"
        if told and not ev.RECALL_MARKERS.search(low):  # not "Görüşdə ... Qarabağda aparılan işlər"
            # the places up to the last trigger: "... çıxış edən deputat Cənubi Qafqazda sülhdən danışıb"
            produced = {e.type for e in ctx.events if e.start == sent.start}
            last_at = max(sent.tokens[t.index].end for k, t in kinds.items() if k in produced or not produced)
            # (not the place of a meeting with no one named: "Cakartaya gələn Baş nazir ... Palatasında yerli iş
            # adamları ilə görüşüb" leaves the scene in Cakarta)
            _set_scene([m for m in ms if (m.start < last_at or az_lower(sent.text[m.end - sent.start:].lstrip()[:12])
                        .startswith(_BEING)) and (happened or m.type == "LOC" and _HELD.match(sent.text, m.end - sent.start))],
                       ctx, _case_of, sent, dates)
            # (but "... Milli Məclisdə olub"; what did not happen sets only the town a gathering was held in)
        elif not any(e.start == sent.start for e in ctx.events) and _SCENE.search(low) \
                and not ev.RECALL_MARKERS.search(low):
            # "Tiranada Zirvə görüşü çərçivəsində ... sessiya keçirilib": no event of anyone, but the scene
            _set_scene(ms, ctx, _case_of, sent, dates)
    if ctx.gathering_days is not None:
        for e in ctx.events:  # "... konfransına qatılır. ... konfrans isə sentyabrın 7-də açılıb": its first day
            if e.type == ev.ATTEND and e.status == "happened" and e.date_text is None and e.date == doc_date \
                    and e.date and ctx.gathering_days[0] < e.date:
                e.date = ctx.gathering_days[0]
    persons = {m.canonical for m in mentions if m.type == "PER"}

    def signed_next(e: Event) -> bool:
        """Whether the signing's sides are named next: "... saziş imzalanıb. Sənədi X və Y imzalayıblar"
        (people who sign; bodies told to sign something later sign another document)."""
        return any(x.type == ev.SIGN and id(x) not in ctx.borrowed and x.status == e.status and x.start >= e.start
                   and any(p in persons for p in x.participants) for x in ctx.events)

    events = [e for e in ctx.events if not (id(e) in ctx.borrowed and signed_next(e))]
    # "X zirvədə iştirak etmək üçün dünən Lissabona gəlib ... bu gün açılan zirvədə çıxış edib": the purpose
    # told with the arrival is the attendance the text then tells as held, one event
    held = [e for e in events if e.type == ev.ATTEND and e.status == "happened"]
    events = [e for e in events if not (e.type == ev.ATTEND and e.status == "planned" and e.date_text is None
                                        and ev.FOR_THE_PURPOSE.search(az_lower(e.evidence))
                                        and any(set(e.participants) <= set(h.participants) for h in held))]
    return _tidy(events, persons)


def _headline(text: str) -> bool:
    """Whether a sentence is a headline: it has no full stop."""
    return not text.rstrip().endswith((".", "!", "?"))


def _headline_clause(sent, i: int) -> int | None:
    """Where a clause after a colon starts when a finite verb ends the clause before it (a headline's
    '"Caspian Agro" açılıb: X ... görüşüb'), for a trigger after the colon: else None."""
    toks = sent.tokens
    if not _headline(sent.text):
        return None  # (in a body's sentence a colon explains what went before)
    colon = next((k for k in range(i - 1, 0, -1) if toks[k].text == ":"), None)
    if colon is None or toks[colon - 1].kind != WORD or not _finite(toks, colon - 1):
        return None
    return toks[colon].end


def _travellers_in_general(toks, i: int) -> bool:
    """Whether a visit word is a participle before a plural noun of people in general ("səfər edən
    turistlərin sayı", "Bakıya gələn sərnişinlər")."""
    j = i + 1 if i + 1 < len(toks) and az_lower(toks[i + 1].text) in ("edən", "edənlərin", "etmiş") else i
    if not az_lower(toks[j].text).endswith(("ən", "an", "miş", "mış")) or j + 1 >= len(toks):
        return False
    nxt = az_lower(toks[j + 1].text)
    return toks[j + 1].text[:1].islower() and nxt.startswith(ev.TRAVELLERS) and _plural_suffix(nxt)


def _plural_suffix(word: str) -> bool:
    """Whether a word carries the plural -lar/-lər (which _PLURAL, written with "e", reads only as -lar)."""
    return "lar" in word or "lər" in word


def _word_before_title(text: str, m: Mention) -> str:
    """The word before the one-word title a person is named with ("energetika" of "Energetika naziri X",
    "hökumət" of "Hökumət başçısı X"), lower-cased, or ""."""
    words = az_lower(text[max(0, m.start - 40):m.start]).split()
    return words[-2] if len(words) > 1 else ""


def _copied(ctx: _Context, event: Event, participants: list[str] | None = None) -> Event:
    """One more event told by the same words: with ``participants`` (and their roles and statements) when
    one event is several ("X Y və Z ilə ayrı-ayrılıqda görüşüb"), else the same sides without statements
    (another site visited, a plan made anew)."""
    one = copy(event)
    ctx.made.append(one)
    if participants is None:
        one.participants, one.roles = list(event.participants), dict(event.roles)
        one.topics, one.statements = list(event.topics), []
    else:
        one.participants = participants
        one.roles = {k: v for k, v in event.roles.items() if k in participants}
        one.topics, one.statements = list(event.topics), list(event.statements)
    return one


def _tidy(events: list[Event], persons: set[str]) -> list[Event]:
    """A meeting or call needs two sides; a signing told by the bodies is the one told by the people
    who signed, when the text names them (with the bodies' place when theirs is not told)."""
    out = [e for e in events if not (e.type in (ev.MEET, ev.CALL) and len(e.participants) < 2)]
    for e in out:
        if e.type == ev.VISIT and e.location is None and any(w.strip(".,;") in _OUR_COUNTRY_NOW for w in az_lower(e.evidence).split()):
            e.location = "Azərbaycan"  # "X rəsmi səfərlə ölkəmizdədir", its arrival in a town not told
        if e.type in (ev.MEET, ev.SIGN) and e.location == "Azərbaycan":
            e.location = None  # "ölkəmizdə səfərdə olan X ilə görüşüb": the news's own country names no place
            # (a meeting on a visit abroad keeps the country, as the seeds have "Qazaxıstan")

    def by_people(e: Event) -> Event | None:
        """The signing by named people told after a signing told by its bodies, with the same status."""
        if e.type != ev.SIGN or any(p in persons for p in e.participants):
            return None
        return next((x for x in out if x.type == ev.SIGN and x.status == e.status and x.start > e.start
                     and any(p in persons for p in x.participants)), None)

    told_again = {id(e) for e in out if by_people(e) is not None}
    for e in out:
        if id(e) in told_again and e.location:
            by = by_people(e)
            by.location = by.location or e.location  # "Ankarada ... proqram imzalanıb. Sənədi dünən X və Y imzalayıblar"
    # (a signing by bodies told after the people's, "Eyni gündə A ilə B arasında müqavilə bağlanıb", is another)
    return [e for e in out if id(e) not in told_again]


def _leader(text: str, mentions: list[Mention]) -> str | None:
    """The person "X-in başçılıq/rəhbərlik etdiyi nümayəndə heyəti" names, the first time."""
    for m in mentions:
        if m.type == "PER" and ev.LEADS_DELEGATION.match(az_lower(text[m.end:m.end + 24]).lstrip()):
            return m.canonical
        # "Milli Məclisin nümayəndə heyətinə rəhbərlik edən deputat X": the leader named after the participle
        if m.type == "PER" and ev.LEADER_BEFORE.search(az_lower(text[max(0, m.start - 60):m.start])):
            return m.canonical
        # "Heyətə Seymin deputatı X başçılıq edir": the leader named after the delegation's dative
        if m.type == "PER" and ev.LEADS_NAMED.match(az_lower(text[m.end:m.end + 24]).lstrip()) and ev.TO_DELEGATION.search(
                az_lower(text[max(0, text.rfind(".", 0, m.start) + 1):m.start])):
            return m.canonical
    return None


def _people(ms: list[Mention]) -> list[Mention]:
    out, seen = [], set()
    for m in ms:
        if m.type == "PER" and m.canonical not in seen and " " in m.canonical:
            seen.add(m.canonical)
            out.append(m)
    return out


_GUEST_OF = frozenset({"qonağıdır", "qonaqlarıdır", "qonağı", "qonaqları"})  # "X Azərbaycanın qonağıdır"


def _named_is(toks) -> bool:
    """Whether the sentence ends in a capitalised name with the predicative "-dır" ("... Tural Həsənovdur.")."""
    last = [t for t in toks if t.kind == WORD]
    return bool(last) and last[-1].text[:1].isupper() and az_lower(last[-1].text).endswith(
        ("dır", "dir", "dur", "dür", "tır", "tir", "tur", "tür"))


def _triggers(toks) -> list[_Trigger]:
    words = [az_lower(t.text) if t.kind == WORD else "" for t in toks]
    out: list[_Trigger] = []
    taken: set[int] = set()  # second words of a pair ("telefon danışığı"): no trigger of their own
    for i, w in enumerate(words):
        if w in _GUEST_OF and (w.endswith("dır") or i + 1 < len(words) and words[i + 1].startswith(
                "ol") and ev.verb_reading(words[i + 1]) is not None) and i > 0 and toks[i - 1].text[:1].isupper() \
                and words[i - 1].endswith(("ın", "in", "un", "ün")) and lemma(words[i - 1]) not in kb.TITLES:
            out.append(_Trigger(ev.VISIT, i, False))  # "X Azərbaycanın qonağıdır", "Bakının qonağı olub": a visit
            continue  # (not "Prezidentin qonağı olub": a person's guest)
        if w in ("gələ", "gedə") and i + 1 < len(words) and words[i + 1] in _COULD_NOT:
            out.append(_Trigger(ev.VISIT, i, False))  # "Vyanaya gələ bilməyib": a visit that did not happen
            continue
        if w.startswith("çıxışı") and any(x.startswith(("gözlən", "planlaşdırıl", "nəzərdə")) for x in words[i + 1:i + 3]):
            out.append(_Trigger(ev.ATTEND, i, False))  # "X-in də forumda çıxışı gözlənilirdi": a speech planned
            continue
        if w.startswith("gəz") and ev.verb_reading(w) is not None and _named_object_before(toks, words, i):
            out.append(_Trigger(ev.VISIT, i, False))  # "qonaq Şəki Xan Sarayını gəzib": a site toured
            continue
        if w and (toks[i].text[:1].isupper() and _is_there(w) or w in _OUR_COUNTRY_NOW and i > 1 and words[i - 1] == "ilə"):
            out.append(_Trigger(ev.VISIT, i, False))  # "İƏT rəsmisi bazar ertəsi axşamdan Bakıdadır": a stay
            continue
        if w in _NAMED_SESSION_HEADS and i > 1 and i + 1 < len(words) and words[i + 1] == "çərçivəsində" and (
                words[i - 1] == "plenar" or _NUMBERED.match(words[i - 1]) or _NUMBERED.match(words[i - 2])) \
                and any(x.startswith(_SESSION_WORK) for x in words[i + 2:i + 5]):
            out.append(_Trigger(ev.ATTEND, i, False))  # "TÜRKPA-nın 10-cu plenar iclası çərçivəsində aparılan
            continue  # müzakirələrdən ... məmnunluğunu ifadə edib": she took part in the session
        if not w or i in taken or w in ev.NOT_TRIGGERS or not (ev.TRIGGER_START.match(w) or w.startswith(ev.TRIGGER_PREFIXES)
                                                               or w in _BEEN or w.startswith("izlə") or w == "tanış"
                                                               or w.startswith("iştirakçısı") or w.startswith("aparıb")
                                                               or w in ("açan", "aparan")):
            continue
        nxt = words[i + 1] if i + 1 < len(words) else ""
        kind = None
        for k, pairs in ev.PAIRS.items():
            for a, b in pairs:
                if w.startswith(a) and nxt.startswith(b):
                    taken.add(i + 1)
                elif w.startswith(a) and i + 2 < len(words) and words[i + 2].startswith(b):
                    taken.add(i + 2)
                else:
                    continue
                kind = k
                break
            if kind is not None:
                break
        if kind == ev.MEET and w == "qəbul" and i > 0 and (words[i - 1].startswith(ev.ADOPTED) or i > 1 and (
                words[i - 2].startswith(ev.ADOPTED) and words[i - 1].endswith(("la", "lə")))):
            continue  # "qərar qəbul edilib", "dəvət minnətdarlıqla qəbul olunub": adopted, accepted, not received
        if w == "qəbul" and nxt.startswith("təşkil"):
            continue  # "səfirlik rəsmi qəbul təşkil edib": a reception given, a gathering and no one received
        back = 8 if w.startswith(("müzakirə", "söhbət")) else 3  # "X Y ilə əməkdaşlıq məsələlərini müzakirə edib"
        if kind == ev.MEET and w.startswith(("söhbət", "fikir", "müzakirə")) and not (
                i > 1 and words[i - 1] == "arasında" and any(x in ("ilə", "ile") for x in words[max(0, i - 12):i])) and not (
                "və" in words[max(0, i - 14):i] and _plural_verb(toks, i)  # "X və Y ikitərəfli formatda söhbət ediblər"
                and sum(1 for t in toks[max(0, i - 14):i] if t.text[:1].isupper()) >= 2) and not any(
                x in ("ilə", "ile") and j > 0 and toks[j - 1].text[:1].isupper()
                or x.endswith(("la", "lə")) and toks[j].text[:1].isupper()
                for j, x in enumerate(words[max(0, i - back):i], max(0, i - back))):
            continue  # "X Y ilə söhbət edib" is a meeting; "Tərəflər fikir mübadiləsi aparıblar" tells one on
        if kind is None:
            hit = ev.trigger_of(w)  # the morphology reads the word as a trigger's stem
            if hit is not None:
                kind = hit[0]
                if kind == ev.MEET and "GEN" in hit[1].features and i > 0 and nxt and nxt not in _REFERENCE_NEXT \
                        and not any(x.startswith(_LIGHT_VERBS + ("təşkil", "keçiril", "reallaş", "yekun"))
                                    for x in words[i + 1:i + 7]) \
                        and not words[i - 1] in ("ilə", "ile") and not words[i - 1].endswith(("la", "lə")):
                    continue  # "siyasi məsləhətləşmələrin növbəti raundu": talked about, not held
            elif w.startswith(ev.STEMS[ev.CALL]):
                kind = ev.CALL
        j = i - 1 if i > 1 and words[i - 1] in ("da", "də") else i  # ("Qax rayonunda da olmuşdu": also there)
        if kind is None and w in _BEEN and j > 0 and toks[j - 1].text[:1].isupper() | (
                j > 1 and words[j - 1].startswith(_PLACE_HEADS + _SITE_HEADS) and toks[j - 2].text[:1].isupper()) \
                and _case_of_word(toks[j - 1].text) == "LOC" and "dəfə" not in words:
            kind = ev.VISIT  # "X Füzuli rayonunda olub", "heyət Şuşada olub" (a place; a body is checked later)
        if kind is None and w in ("qəbul", "qəbulda", "qəbulu") and nxt in _REFERENCE_NEXT:
            kind = ev.MEET  # "Qəbul zamanı X qonaqlara ... məlumat verib": the reception, told by its frame
        if kind is None and w.startswith("izlə") and ev.verb_reading(w) is not None and any(
                x in ("təlimi", "təlimləri", "paradı") or
                x.startswith(("iclas", "sessiya", "toplantı", "forum", "konfrans", "sammit", "təlim", "parad")) and (x.endswith(
                    ("nı", "ni", "nu", "nü")) or x.endswith(("ın", "in")) and words[k + 1:k + 2] in (
                    ["gedişini"], ["işini"])) for k, x in enumerate(words[:i]) if k >= i - 10):
            # (also "iclasın gedişini axıra qədər izləyiblər")
            kind = ev.ATTEND  # "monqol parlamentariləri Milli Məclisin plenar iclasını izləyiblər": they attended
            # (and "Təlimi A və B flaqman gəminin göyərtəsindən izləyiblər": an exercise watched)
        if kind is None and w.startswith("aparıb") and (any(x in ("iclası", "sessiyanı", "toplantını") for x in words[:i])
                                                         or any(x == "işini" and k > 0 and words[k - 1] in (
                                                             "iclasın", "sessiyanın", "toplantının")
                                                                for k, x in enumerate(words[:i]))):
            kind = ev.ATTEND  # "İclası komissiyanın həmsədrləri X və Y birgə aparıblar": they led the session
        if kind is None and w.startswith("iştirakçısı") and nxt.startswith("ol") and ev.verb_reading(nxt) is not None:
            kind = ev.ATTEND  # "Davos İqtisadi Forumunda panel müzakirəsinin iştirakçısı olub": took part
        if kind is None and w == "tanış" and nxt.startswith("ol") and any(
                x in ("burada", "orada") or _went_to(toks, k) for k, x in enumerate(words[:i]) if k >= i - 14):
            kind = ev.VISIT  # "... Ağdama yollanacaq, burada Ağdam Sənaye Parkı ilə tanış olacaq": the site seen there
            # ("Türkmənbaşı şəhərinə gedərək ... Limanının fəaliyyəti ilə tanış olub": the site seen on the way)
        if kind is None and w.startswith("etimadnamə") and any(x.startswith("təqdim") for x in words[i + 1:i + 11]):
            kind = ev.MEET  # "Səfir X etimadnaməsinin surətini nazir Y-yə təqdim edib": they met
        if kind is None and (w == "məlumat" and nxt.startswith(("verib", "veriblər", "verəcək", "verdi"))
                             or w.startswith("məlumatlandır") and ev.verb_reading(w) is not None) \
                and _briefed(toks, words, i):
            kind = ev.MEET  # "Burada qoruğun rəisi X qonaqlara ... barədə məlumat verib": X met the guests
        if kind is None and w in ("başçılıq", "rəhbərlik") and nxt.startswith(("ed", "et")) and not nxt.startswith(
                ("etdiyi", "edən")) and any(_GATHERING_AT.search(x) or _GATHERING_TO.match(x) or x == "heyətinə"
                                            for x in words[:i] if x):
            kind = ev.ATTEND  # "sessiyasında Milli Məclisin nümayəndə heyətinə X başçılıq edib": she took part
            # ("Assambleya ... keçirilib. Azərbaycandan olan nümayəndə heyətinə X rəhbərlik edib": the session told
            # just before; without one, no event: see extract_events)
        if kind is None and w in ("başında", "başçısı", "rəhbəri") and i > 0 and words[i - 1] in ("heyətin", "heyətinin") \
                and (any(x.startswith("dayan") for x in words[i + 1:i + 12]) or _named_is(toks)):
            kind = ev.ATTEND  # "heyətin başında X dayanırdı", "heyətin başçısı isə deputat X-dur": she led it there
        if kind is None and w in ("açıb", "açıblar", "açacaq", "açmışdır") and any(
                x in _GATHERING_OBJECTS for x in words[max(0, i - 10):i]):
            kind = ev.ATTEND  # "Tədbiri mədəniyyət nazirinin müavini X açıb": she opened it, so took part
        if kind is None and w in ("açan", "aparan") and any(x in _GATHERING_OBJECTS for x in words[max(0, i - 6):i]) \
                and (i + 1 < len(toks) and toks[i + 1].kind == WORD):
            kind = ev.ATTEND  # "Tədbiri açan səfir X", "İclası aparan ... X": the one who opened or chaired it
        if kind is None and w in ("sədrliyi", "rəhbərliyi") and nxt == "ilə" and i > 0 and toks[i - 1].text[:1].isupper() \
                and any(_GATHERING_NOUN.match(x) for x in words[i + 2:i + 9]) \
                and any(x.startswith(("keçiril", "keçirilə", "başla", "açıl", "toplan")) for x in words[i + 2:i + 12]):
            kind = ev.ATTEND  # "X-in sədrliyi ilə komissiyanın iclası keçirilib": the chair took part
        if kind is None and w.startswith("sədrlik") and nxt.startswith(("ed", "et")) and (
                any("həmsədr" in x for x in words) or "birgə" in words[max(0, i - 3):i]
                or nxt.endswith(("lər", "lar"))):
            # ("Toplantıya X və Y birgə sədrlik ediblər", "iclasına X-la Y-in birgə sədrlik edəcəyi")
            kind = ev.MEET  # "İclasa həmsədrlər X və Y sədrlik edəcəklər": the co-chairs' meeting
        elif kind is None and w.startswith("sədrlik") and nxt.startswith(("ed", "et")) and any(
                x.startswith(("iclas", "sessiya", "toplantı", "forum", "konfrans", "müşavirə", "sammit", "zirvə",
                              "assambleya", "konqres", "görüşünə")) and x.endswith(("na", "nə", "ya", "yə"))
                for x in words[:i]):  # ("Zirvə görüşünə ev sahibi ölkənin Prezidenti X sədrlik edib")
            kind = ev.ATTEND  # "X komitənin növbədənkənar iclasına sədrlik edib": one chair takes part
        if kind is None and ((w.startswith(_ARRIVE) and not w.startswith("çatdır") and (
                ev.verb_reading(w) is not None or ev.converb(w)) or w.startswith("gəliş"))  # ("Triyestə gedərək")
                             and nxt not in _TIME_UNITS and (not w.startswith("keç") or i > 0 and (words[i - 1].startswith(
                                 ("rayon", "şəhər", "kənd", "bölgə", "qəsəbə")) or _town_moved_to(toks[i - 1])
                                 or w.endswith(("ərək", "araq")) and toks[i - 1].text[:1].isupper() and _dative(toks[i - 1].text)))
                             # "Qazax rayonuna keçib", "bazar günü isə Tbilisiyə keçəcək": moving on to a town
                             or w == "yola"
                             and nxt.startswith(("düş", "çıx"))) and _arrival_at(toks, words, i):  # ("yola çıxacaq")
            kind = ev.VISIT  # "Milli Məclisə gəlib", "Bakıya dekabrın 1-də gəlib", "Şuşa şəhərinə gedəcək"
        if kind is None:
            continue
        if kind == ev.MEET and (w.startswith("qarşılaş") or w.startswith("görüş") and any(
                x.startswith(_SPORT) for x in words if x)):
            continue  # "Final görüşündə o, gürcüstanlı X-i məğlub edərək", "problemlə qarşılaşıb": no meeting
        if kind == ev.CALL and w.startswith("telefon") and not any(
                words[j].startswith(("danış", "əlaqə", "söhbət", "təmas", "zəng", "fikir", "həmsöhbət", "müzakirə",
                                     "məsləhətləş")) for j in range(i + 1, min(i + 3, len(words)))) \
                and not (w == "telefonla" and any(words[j].startswith(("təbrik", "başsağlığı"))
                                                  for j in range(i + 1, min(i + 8, len(words))))):
            continue  # "telefonla ... təbrik edib": a call
        before4 = words[max(0, i - 5):i]
        if kind in (ev.ATTEND, ev.MEET) and any(b in ("sıra", "neçə") and k > 0 and before4[k - 1] == "bir"
                                                or b in ("müxtəlif", "çoxsaylı", "silsilə") for k, b in enumerate(before4)):
            continue  # "fevral ayında bir sıra beynəlxalq tədbirlərdə iştirak edib": a summary, no one event
        after = words[i + 1:i + 4]
        if w.endswith(("dan", "dən")) and nxt.startswith(("sonra", "əvvəl", "öncə")) and kind != ev.VISIT and not (
                i > 1 and words[i - 1].startswith(("keçirdiyi", "keçirdikləri", "apardığı", "apardıqları"))):
            continue  # "sülh sazişinin imzalanmasından sonrakı vəziyyət": a time told by the event, talked about
            # (but "Y ilə Almatıda keçirdiyi danışıqlardan sonra": the talks held, told in passing)
        if kind == ev.MEET and w == "qəbul" and len(words) > i + 2 and words[i + 2].startswith(ev.ADOPTED):
            continue  # "qəbul olunacaq qətnamə layihələri": adopted, not received
        if kind == ev.ATTEND and w == "iştirak" and not nxt.startswith(_LIGHT_VERBS):
            continue  # "genişləndirilməsində iştirak, eləcə də ...": participation talked about
        if nxt in ("etməyə", "etmək", "etməyi", "etməkdə") and (words[i + 2] if i + 2 < len(words) else "").startswith(
                ("hazır", "maraq", "arzu", "istək", "həvəs", "can atır")):
            continue  # "bərpa işlərində iştirak etməyə hazırdır": willing, no event
        if any(a.startswith("istisna") for a in words[i + 1:i + 5]):
            continue  # "Qazax rayonuna da getməsi istisna olunmur": a possibility, no event
        if any(a.startswith(("dəvət", "çağır", "təklif")) for a in after):
            continue  # "iştirak etməyə dəvət edib": an invitation, not an event
        arrived = kind == ev.VISIT and w.startswith(_ARRIVE) and any(
            x in _DAY_WORDS or x in ("dünən", "srağagün") for x in words[max(0, i - 5):i])
        owned = any((toks[j].text[:1].isupper() or toks[j].text.partition("-")[2][:1].isupper())
                    and words[j].endswith(("ın", "in", "un", "ün"))
                    for j in range(max(0, i - 4), i))  # "Xalifə əl-Kuvarinin Bakıya səfərinin": whose plan
        if (any(a.endswith(("diyini", "dığını", "düyünü", "duğunu", "diyinə", "dığına"))
                and not (owned and a.startswith(("gözlənil", "planlaşdırıl", "razılaşdırıl"))) for a in after[:2])
                or w.endswith(("diyini", "dığını"))) and not arrived:
            # ("X-in Çinə səfərinin gözlənildiyini bildirib": a plan of one event, told on)
            continue  # "... iştirak etdiyini bildirib": a report of what someone does, not one event
            # (but "heyətin bazar günü Bakıya gəldiyini bildirib": the arrival, on its day)
        third = words[i + 2] if i + 2 < len(words) else ""
        frame = nxt in _REFERENCE_NEXT or kind == ev.CALL and third in _REFERENCE_NEXT  # "səfər zamanı"
        told_here = kind == ev.MEET and i > 0 and (words[i - 1] in ("ilə", "ile") or words[i - 1].endswith(
            ("la", "lə")) and toks[i - 1].text[:1].isupper() or i > 1 and words[i - 1].startswith(
            ("keçirdiyi", "keçirdikləri", "apardığı", "apardıqları")) and (words[i - 2] in ("ilə", "ile") or words[
                i - 2].endswith(("la", "lə")) and toks[i - 2].text[:1].isupper()) or i > 1 and words[i - 1] in (
            "keçirilən", "aparılan") and words[i - 2] == "arasında")  # "Y ilə keçirdiyi görüşdə", "X ilə Y arasında keçirilən görüşdə"  # "X Y ilə görüşdə ... müzakirə edib": the meeting
        ends = any(a == "davam" or a.startswith(_ENDS) for a in words[i + 1:i + 7]) \
            and kind in (ev.VISIT, ev.ATTEND) and not any(p.startswith("gəl") for p in words[max(0, i - 3):i]) \
            and not w.endswith(("ərək", "araq"))  # ("Naxçıvana gələrək görüşləri davam etdirəcək": a new trip)
        light = nxt.startswith(_LIGHT_VERBS) and not (nxt == "baş" and not third.startswith("tut"))  # not "Baş nazir"
        with_part = kind == ev.ATTEND and w == "iştirakı" and nxt == "ilə" and third.startswith(("keçiril", "başla", "açıl"))
        # ("X-in iştirakı ilə keçirilən seminarda": she took part, the news itself)
        this = i > 0 and words[i - 1] in ("bu", "həmin") and kind in (ev.VISIT, ev.MEET) and w in ("səfər", "görüş") \
            and not any(x.startswith(("keçiril", "saxlanıl", "ertələn")) for x in words)
        # ("Bu səfər ... telefon danışığında razılaşdırılmışdı": the visit told, no new one; but "Lakin bu səfər
        # iyunun ikinci yarısına keçirilib" is the visit planned anew)
        reference = (w in _REFERENCE_FORMS or frame or this) and not light and not told_here and not with_part or ends
        # "Səfər iyunun 14-dək davam edəcək", "Səfər bazar günü yekunlaşacaq": the visit told on
        after_particle = (words[i + 2] if i + 2 < len(words) else "") if nxt in ("da", "də") else nxt  # "iştirakı da gözlənilir"
        if kind == ev.ATTEND and w.startswith("iştirak") and w.endswith(_OBJECT_FORMS) \
                and not after_particle.startswith(_LIGHT_VERBS + ("ilə", "gözlən", "planlaş", "nəzərdə")):
            continue  # "... iştirakından danışıb", "iştirakını vurğulayıb": talked about, not taken part
        if kind == ev.SIGN and w.endswith(_ATTRIBUTIVE) and not nxt.startswith(("ed", "ol", "gözlən", "planlaş")):
            attributive = True  # "imzalanan sənədlər", "imzalanmış saziş": the document, told in passing
        else:
            attributive = False
        if kind == ev.ATTEND and w.startswith(("çıxış", "nitq", "məruzə")) and (not nxt.startswith(("ed", "et", "söylə")) or not any(
                _GATHERING_AT.search(x) or x.endswith(("ında", "ində", "unda", "ündə")) and any(
                    _GATHERING_OF.match(y) and y.endswith(("ın", "in", "un", "ün")) for y in words[max(0, k - 3):k])
                for k, x in enumerate(words) if x)):  # (also "toplantının plenar hissəsində", "sessiyanın açılışında")
            continue  # a speech at a session is taking part in it; "mətbuata bəyanatla çıxış edib" is not
        out.append(_Trigger(kind, i, reference or attributive, attributive and not reference, frame,
                            ends and not frame))
        if kind == ev.MEET and (w.startswith("qarşılan") or w.startswith("qarşılay") and any(
                x.startswith(("qonağ", "qonaq", "heyət")) for x in words[:i])) and not reference and any(
                x.startswith("aeroport") or x == "hava" and k + 1 < len(words) and words[k + 1].startswith("liman")
                for k, x in enumerate(words[:i])):
            out.append(_Trigger(ev.VISIT, i, False))  # "X Heydər Əliyev Beynəlxalq Aeroportunda qarşılanıb": arrived
            # (so did "Füzuli hava limanında ... qonaqları X qarşılayıb")
    last = max((k for k, x in enumerate(words) if x), default=None)
    if not out and last is not None and words[0].startswith(("iclas", "sessiya", "toplantı")) and "həmsədrləri" in words \
            and ev.verb_reading(words[last]) is not None:
        # "İclas komissiyanın həmsədrləri – X və Y tərəfindən idarə olunub", "İclasın işini həmsədrlər ...
        # istiqamətləndiriblər": the co-chairs led it, whatever the verb
        out.append(_Trigger(ev.ATTEND, last, False))
    return out


_NUMBERS = {"iki": 2, "üç": 3, "dörd": 4, "beş": 5, "altı": 6, "yeddi": 7}


def _counted_titled(toks, i: int, ctx: _Context) -> list[str]:
    """The persons a counted title before a verb stands for ("üç nazir", "beş nazir", "iki prezident"): those
    the text has named with that title, when they are as many as the number says."""
    for k in range(max(0, i - 8), i - 1):
        n = _NUMBERS.get(az_lower(toks[k].text))
        if n is None:
            continue
        key = lemma(az_lower(toks[k + 1].text))
        named = [p for p in ctx.titled_by.get(key, []) if p in ctx.persons]
        if len(named) == n:
            return named
    return []


_GUESTS_WORDS = frozenset({"qonaqlar", "qonaqları", "qonaqlarla", "qonaqlara"})


def _country_of(person: str, ctx: _Context) -> str | None:
    """The country a person stands for: the one named as, or opening, the body first given with the name
    ("Qazaxıstan Mədəniyyət və İnformasiya Nazirliyinin vitse-naziri")."""
    body = ctx.affiliations.get(person)
    if not body:
        return None
    if is_country_name(body):
        return body
    first = nominative(body.split()[0])
    return first if is_country_name(first) else None


def _foreign_guests(toks, ctx: _Context) -> list[str]:
    """The guests a plural "qonaqlar" stands for when no group or delegation was told: the foreigners of the
    events told so far, of the one country a nationality before the word names ("qazaxıstanlı qonaqlar"), or of
    any (a delegation's guests are its members, not their country's ambassador who welcomed them)."""
    k = next((j for j, t in enumerate(toks) if az_lower(t.text) in _GUESTS_WORDS), None)
    if k is None:
        return []
    country = _people_country(az_lower(toks[k - 1].text)) if k > 0 else None
    seen = list(dict.fromkeys(p for e in ctx.events for p in e.participants if p in ctx.persons))
    came = [p for p in seen if (c := _country_of(p, ctx)) and c != "Azərbaycan" and (country is None or c == country)]
    return came if len(came) > 1 else []


_RANKS = frozenset({"general", "general-mayor", "general-leytenant", "general-polkovnik", "polkovnik",
                    "polkovnik-leytenant", "admiral", "vitse-admiral", "kontr-admiral", "orgeneral", "korgeneral",
                    "tümgeneral", "tuğgeneral", "oramiral", "koramiral", "professor", "akademik"})


def _office_before_rank(text: str, p: Mention) -> list[str]:
    """An office written before a rank that is a person's role ("universitetin rektoru general-leytenant X",
    "Akademiyasının rəisi general-mayor Y"): the office too names the person."""
    if not p.role or az_lower(p.role) not in _RANKS:
        return []
    words = text[max(0, p.start - 60):p.start].split()
    if len(words) < 2 or az_lower(words[-1]) != az_lower(p.role):
        return []
    office = lemma(az_lower(words[-2].strip(",;")))
    return [office] if office in kb.OFFICE_TITLES and office not in _RANKS else []


# "gələ bilməyib": could not come (finite, not "gələ bilmədiyinə görə ... məktub göndərmişdi", a reason told).
_COULD_NOT = frozenset({"bilməyib", "bilməyiblər", "bilmədi", "bilmədilər", "bilməyəcək", "bilməyəcəklər", "bilmir",
                        "bilmirlər"})


def _named_object_before(toks, words: list[str], i: int) -> bool:
    """Whether a name's object form stands right before ``i``, the name's head last or a word after it
    ("Şəki Xan Sarayını", "Hirkan Milli Parkını", "Hava Limanının yük terminalını"), not a common place
    ("küçələrində", "şəhərin tarixi hissəsini")."""
    if i == 0 or not words[i - 1].endswith(("ı", "i", "u", "ü")) or _plural_suffix(words[i - 1].rstrip("ıiuü")):
        return False  # ("qədim Ordubadın tarixi məhəllələrini gəzib": streets, no site named)
    return any(toks[k].text[:1].isupper() and toks[k].kind == WORD for k in range(max(0, i - 3), i)) and not any(
        w in ("və", ",") for w in words[max(0, i - 3):i])


_TIME_UNITS = frozenset({"il", "ilin", "ildə", "ay", "ayın", "ayda", "həftə", "həftənin", "həftədə", "dəfə", "gün",
                         "nəsillər", "nəsil"})  # "gələn il", "gələcək nəsillər"
# The end of a visit told: "Səfər ... başa çatacaq", "yekunlaşıb".
_ENDS = ("yekunlaş", "başa", "bitəcək", "bitib", "sona")


# "səfərdə olan", "səfərdə olduğu", "səfərdə olarkən": a visit told in passing, not on the day it began.
_STAYING = frozenset({"olan", "olduğu", "olduqları", "olarkən"})
_BEEN = frozenset({"olub", "olublar", "olmuşdur", "olmuşlar", "olacaq", "olacaqlar", "olmayıb", "olmayacaq",
                   "oldu", "oldular", "olmuşdu", "olacağı", "olacaqları"})  # "Qəbələ rayonunda olacaqları bildirilir"


def _staying_after(toks, i: int) -> bool:
    """Whether a visit word is followed by where the visitor is now: "rəsmi səfərlə ölkəmizdə olan",
    "səfərlə ölkəmizdədir", "səfərlə Azərbaycanda olan"."""
    if i + 2 < len(toks) and az_lower(toks[i].text) == "səfəri" and az_lower(toks[i + 1].text) == "ilə":
        i += 1  # "dövlət səfəri ilə ölkəmizdədir"
    elif i + 1 >= len(toks) or not az_lower(toks[i].text).startswith("səfərlə"):
        return False
    nxt = az_lower(toks[i + 1].text)
    if nxt in _OUR_COUNTRY_NOW or _is_there(nxt):
        return True
    return i + 2 < len(toks) and nxt.endswith(("da", "də")) and az_lower(toks[i + 2].text) in _STAYING


# "ölkəmizdədir": our country, with the copula
_OUR_COUNTRY_NOW = frozenset({"ölkəmizdədir", "ölkəmizdədirlər", "respublikamızdadır"})


def _is_there(low: str) -> bool:
    """Whether a word is a town or country with the locative and the copula: "bakıdadır", "azərbaycandadır"."""
    for end in ("dadırlar", "dədirlər", "tadırlar", "tədirlər", "dadır", "dədir", "tadır", "tədir"):
        if low.endswith(end):
            stem = low[:-len(end)]
            return bool(stem) and (gazetteer.place_name(stem) is not None or is_country_name(az_capitalize(stem)))
    return False


def _case_of_word(word: str) -> str | None:
    return _case_of(word.strip(",.;:"))


def _dative(word: str) -> bool:
    return _case_of(word) == "DAT"


# The town or country the text has named, told again by a common noun: "səfir bazar ertəsi şəhərə gəlib".
_THE_TOWN = frozenset({"şəhərə", "paytaxta", "rayona", "ölkəyə", "şəhərimizə", "paytaxtımıza", "ölkəmizə", "bölgəyə"})
_DAY_WORDS = frozenset({"bazar", "ertəsi", "çərşənbə", "axşamı", "cümə", "şənbə", "günü", "səhər", "axşam", "gecə"})


def _briefed(toks, words: list[str], i: int) -> bool:
    """Whether the one told something is the guests or a named person ("qonaqlara", "qonağa", "Y-yə",
    "Y-ni ... məlumatlandırıb"), not journalists or the public: an official briefing a visitor met them."""
    for j in range(max(0, i - 24), i):
        w = words[j]
        if w in ("qonaqlara", "qonağa", "qonaqları", "qonağı", "heyətə", "heyət", "heyəti", "onlara"):
            return True
        if toks[j].text[:1].isupper() and w.endswith(("ya", "yə", "a", "ə", "nı", "ni", "nu", "nü")) and j > 0 \
                and toks[j - 1].text[:1].isupper() and (_case_of_word(toks[j].text) in ("DAT", "ACC") or w.endswith(
                    ("ova", "eva")) and gazetteer.is_male_first_name(az_lower(toks[j - 1].text))):
            return True  # "... Tərlan Bağırova ... məlumat verib": a named person (first name and surname)
    return False


def _met_each_at_gathering(event: Event, people: list[Mention], sent, low: str) -> bool:
    """Whether one leader met several others on a summit's or forum's sidelines ("Zirvənin kənarında X
    Tacikistan Prezidenti A və Belarus Prezidenti B ilə görüşüb"): a meeting with each, as leaders meet there."""
    if not ev.SIDELINES.search(low) or event.host:
        return False
    first, others = event.participants[0], event.participants[1:]
    named = {p.canonical: p for p in people}
    if first not in named or any(o not in named for o in others):
        return False
    last = max((named[o] for o in others), key=lambda m: m.start)
    return named[first].start < min(named[o].start for o in others) and _person_case(last, sent) == "INS"


# Meetings told as several ("görüşlər keçirib", "görüşləri olub") or one after another ("əvvəlcə A, ardınca
# isə B ilə görüşüb"), and a meeting of the sides together, which is one ("üçtərəfli formatda", "birlikdə").
_SEVERAL_MEETINGS = __import__("re").compile(r"\bgörüşlər(?:i)? (?:keçir|apar|olub|olmuşdur)|\bgörüşləri olub"
                                             r"|bir-birinin ardınca|\bardınca isə\b")
_GATHERING_WORD = __import__("re").compile(r"\b(?:zirvə|sammit|sessiya|forum|konfrans|assambleya|toplantı|iclas|"
                                           r"nazirlər şurası)")
_ALL_TOGETHER = __import__("re").compile(r"tərəfli|\bformatında\b|\bbirlikdə\b|\bbirgə\b|\bhər (?:iki|üç)\b")


def _met_each_apart(event: Event, people: list[Mention], sent, low: str, ctx: _Context) -> bool:
    """Whether one person met each of several others in turn: meetings told in the plural, or, at a gathering,
    partners of different countries met "ilə" ("X Macarıstanın naziri A, Keniyanın katibi B ilə görüşüb"; not
    ambassadors received together), unless told together."""
    if event.host or _ALL_TOGETHER.search(low):
        return False
    if _SEVERAL_MEETINGS.search(low):
        return True
    named = {p.canonical: p for p in people}
    if any(o not in named for o in event.participants[1:]) or _person_case(
            max((named[o] for o in event.participants[1:]), key=lambda m: m.start), sent) != "INS":
        return False
    if not _GATHERING_WORD.search(low) and not any(e.type == ev.ATTEND and event.participants[0] in e.participants
                                                   for e in ctx.events):
        return False  # away from a gathering, leaders received together meet together
    countries = [_country_of(o, ctx) for o in event.participants[1:]]
    return all(c and c != "Azərbaycan" for c in countries) and len(set(countries)) == len(
        countries) and _country_of(event.participants[0], ctx) not in countries


# "Prezident X-in tapşırığı ilə", "X-in adından": the one who sent someone, not one who took part.
_ON_ORDER = __import__("re").compile(r"\s*(?:tapşırığı|göstərişi|sərəncamı|adından\b)")


def _on_whose_order(p: Mention, sent) -> bool:
    """Whether a person is named only as the one on whose order or behalf another acted ("Prezident X-in
    tapşırığı ilə heyətə Baş nazir Y başçılıq edir": Y took part, X did not)."""
    return _person_case(p, sent) == "GEN" and bool(_ON_ORDER.match(sent.text[p.end - sent.start:]))


def _present_at(sent, i: int, people: list[Mention]) -> bool:
    """Whether "iştirakı ilə" at token ``i`` is a named person's or a leader's presence."""
    toks = sent.tokens
    if i + 1 >= len(toks) or az_lower(toks[i + 1].text) != "ilə" or i == 0:
        return False
    before = toks[i - 1]
    if any(p.end == before.end and _person_case(p, sent) == "GEN" for p in people):
        return True
    return az_lower(before.text) in ev.PRESENT_TITLES


# ", ... isə": the next clause of a sentence telling several things ("..., proqramı isə C və D imzalayıblar").
_BUT_CLAUSE = __import__("re").compile(r"\bisə\b")


def _signing_pairs(event: Event, people: list[Mention], sent) -> list[list[str]]:
    """The signatories of each document when one sentence tells several, the next after ", ... isə":
    "memorandumu A ilə B, proqramı isə C və D imzalayıblar" -> [A, B], [C, D]."""
    text = az_lower(sent.text)
    cuts = [text.rfind(",", 0, m.start()) for m in _BUT_CLAUSE.finditer(text)]
    cuts = sorted(c + sent.start for c in cuts if c >= 0)
    if not cuts:
        return []
    groups: list[list[str]] = [[] for _ in range(len(cuts) + 1)]
    for p in people:
        if p.canonical in event.participants:
            groups[sum(1 for c in cuts if p.start > c)].append(p.canonical)
    groups = [g for g in groups if g]
    return groups if len(groups) > 1 and all(len(g) >= 2 for g in groups) else []


def _postponed_to(sent, sent_dates: list[DateMention], low: str) -> tuple[str | None, str] | None:
    """The new time a plan is moved to, told in the dative before the verb that moves it ("gələn aya
    saxlanılıb" -> ("2028-05", "gələn aya"); "payıza keçirilib" -> (None, "payıza")), if the text names one."""
    for m in ev.POSTPONED_TO.finditer(low):
        before = low[:m.start()].rstrip()
        season = ev.SEASON_TARGET.search(before[-8:])
        if season is not None and before.endswith(season.group(0)):
            return None, sent.text[len(before) - len(season.group(0)):len(before)]
        for d in sent_dates:
            end = d.end - sent.start
            if before.endswith(az_lower(d.text)) and 0 <= len(before) - end <= 1 and d.text[-1:] in "aə" \
                    and not az_lower(d.text).endswith(("da", "də", "ta", "tə")) \
                    and (d.value is None or len(d.value) >= 7 or "yaz" in az_lower(d.text) or "payız" in az_lower(d.text)):
                return (d.value if d.value and len(d.value) >= 7 else None), d.text
    return None


def _went_to(toks, k: int) -> bool:
    """Whether a word is a converb or a participle of going ("gedərək", "yollanaraq", "Qəbələyə yollanacaq
    heyətin"): what follows is done there (not a finite verb ending its clause: "gedəcək, ... tanış olacaq")."""
    word = az_lower(toks[k].text)
    if not word.startswith(("ged", "gəl", "yollan", "keçər")):
        return False
    if word.endswith(("ərək", "araq")):
        return True
    return word in ("yollanacaq", "yollanan", "gedəcək", "gedən") and k + 1 < len(toks) \
        and toks[k + 1].kind == WORD and toks[k + 1].text not in ("və", "isə")


def _town_moved_to(tok) -> bool:
    """Whether a word is a known town or country in the dative ("Tbilisiyə", "Zaqrebə"): before "keçəcək"
    the trip moves on there (not "növbəti mərhələyə keçəcək")."""
    if not tok.text[:1].isupper() or not _dative(tok.text):
        return False
    town = az_lower(nominative(tok.text))  # (a country is where a chair or a turn passes: "sədrlik Azərbaycana keçəcək")
    return bool(gazetteer.place_name(town)) and not gazetteer.is_country(town)


def _arrival_at(toks, words: list[str], i: int) -> bool:
    """Whether a verb of coming or going has a named place in the dative before it ("Bakıya gəlib",
    "Şuşa şəhərinə gedəcək", "Azərbaycana dekabrın 1-də gəlmişdir"), with at most a date between."""
    for j in range(i - 1, max(-1, i - 5), -1):
        w = words[j]
        if not w:
            if toks[j].text in ",;:":
                return False
            continue
        if w.endswith(("ə", "a", "yə", "ya")) and (toks[j].text[:1].isupper() and _dative(toks[j].text)
                                                  or w.startswith(_PLACE_HEADS + _SITES) and j > 0
                                                  and toks[j - 1].text[:1].isupper()) or w in _THE_TOWN and _finite(toks, i):
            return True  # ("şəhərə gəlib", but not "şəhərə gələn turistlər")
        if j < i - 1 and ev.verb_reading(w) is not None and not w[:1].isdigit() and w not in _DAY_WORDS \
                and w not in ("dünən", "srağagün"):
            return False  # (but "Ankaraya bazar günü gəlib", "Düşənbəyə dünən axşam gəlib": a day, not a verb)
    return False


def _topics(text: str) -> list[str]:
    """The genre's subjects a sentence names (salname.az.events.topics_in), then the topics it frames
    ("... sahəsində", "... məsələləri", "... barədə"), normalised, each once."""
    out = ev.topics_in(text)
    seen = {az_lower(t) for t in out}
    for t in ev.topic_phrases(text):
        if az_lower(t) not in seen:
            seen.add(az_lower(t))
            out.append(t)
    return out


def _clause(sent, i: int) -> str:
    """The lower-cased clause of the sentence the word ``i`` is in: from the comma or semicolon before it
    to the one after it, but a comma after a participle or a list ("X, Y və Z") does not end it."""
    toks = sent.tokens
    a = i
    while a > 0 and toks[a - 1].text not in (";",) and not (toks[a - 1].text == "," and _finite(toks, a - 2)):
        a -= 1
    b = i
    while b + 1 < len(toks) and toks[b + 1].text not in (";",) and not (toks[b + 1].text == "," and _finite(toks, b)):
        b += 1
    return az_lower(sent.text[toks[a].start - sent.start:toks[b].end - sent.start])


def _finite(toks, j: int) -> bool:
    """Whether the word at ``j`` is a finite verb (a clause ends after it): "görüşüb", "keçirilib"."""
    if j < 0 or toks[j].kind != WORD:
        return False
    r = ev.verb_reading(az_lower(toks[j].text))
    return r is not None and bool(set(r.features) & {"PERF.IB", "PST", "PST.EV", "FUT", "PRS", "AOR"}) \
        and not set(r.features) & {"PTCP.PRS", "PTCP.PST", "PTCP.FUT", "VN", "INF"}


# Times to come: with a verb in the present ("sabah ... gəlir") the event is planned.
_SOON = __import__("re").compile(r"\b(?:sabah|birisi gün|gələn (?:həftə|ay|il)|növbəti (?:həftə|ay)"
                                  r"|yaxın (?:günlərdə|vaxtlarda|həftələrdə|aylarda))")
_STATUS_MEMO: dict[tuple[int, int], str] = {}  # (sentence start, trigger index) -> status, for one text


def _status(kind: str, trig: _Trigger, sent, low: str) -> str:
    key = (sent.start, trig.index)
    got = _STATUS_MEMO.get(key)
    if got is None:
        got = _STATUS_MEMO[key] = _status_of(trig, sent, low)
    return got


def _status_of(trig: _Trigger, sent, low: str) -> str:
    toks = sent.tokens
    clause = _clause(sent, trig.index)
    if ev.NEGATED_MARKERS.search(clause) or _PAST_PLAN.search(clause):
        return "negated"  # not "... görüşüb, səfərin təxirə salınmasının səbəbləri barədə məlumat verib"
    # the trigger's own verb, or its light verb, read by the morphology: "görüşməyib", "iştirak
    # etməyəcək" did not / will not happen, "səfər edəcək", "görüş keçiriləcək" will
    verbs = [az_lower(toks[trig.index].text)]
    if trig.index + 1 < len(toks) and az_lower(toks[trig.index + 1].text).startswith(_LIGHT_VERBS + ("apar",)):
        verbs.append(az_lower(toks[trig.index + 1].text))
        if verbs[0].endswith(("ma", "mə")):
            verbs = verbs[1:]  # "məsləhətləşmə aparıb": a noun before its verb, no negation of its own
    calling = verbs[0].startswith(("telefon", "zəng"))  # a call agreeing on a plan happened
    if _AGREED_TO.search(clause[clause.find(verbs[0]):] if verbs[0] in clause else clause) and not calling:
        return "planned"  # "məsləhətləşmələrin növbəti raundunun payızda keçirilməsini razılaşdırıblar"
    last = trig.index + (len(verbs) > 1 or verbs[0] != az_lower(toks[trig.index].text))
    if verbs[-1].endswith(("mək", "maq")) and last + 1 < len(toks) and az_lower(toks[last + 1].text) == "üçün" \
            and not _STAYING_NOW.search(low):
        return "planned"  # "Y ilə görüşmək üçün Ankaraya yollanıb": the purpose of the trip, yet to be
        # (but "... iştirak etmək üçün Nyu-Yorkda səfərdədir": there now, taking part)
    ceremony = trig.index + 1 < len(toks) and az_lower(toks[trig.index + 1].text).startswith("mərasim")
    for w in verbs:
        if w != verbs[0] and w.endswith(_VERBAL_NOUN):
            continue  # "məsləhətləşmələr aparması (proqramda yer alır)": -mAsI names the act, negates nothing
        if ceremony and w.endswith(("ma", "mə")):
            continue  # "rəsmi qarşılanma mərasimi": a welcome ceremony, a noun, not "do not welcome"
        st = ev.word_status(w)
        if st is not None:
            return st
    if _SOON.search(low) and any("PRS" in (ev.verb_reading(w) or ev.WordReading("", ())).features for w in verbs):
        return "planned"  # "Prezident sabah Bakıya gəlir", "Səfər gələn həftə başlayır": the present of a plan
    if not _finite(toks, trig.index):
        # "X-in Y ilə görüşü sabah baş tutacaq": the noun's verb a few words on, in its clause
        for j in range(trig.index + 1, min(trig.index + 6, len(toks))):
            t = toks[j]
            if t.text in (",", ";", ":", ".", "(", ")") or az_lower(t.text) == "və":
                break
            if t.kind != WORD:
                continue  # "... iyunun 3-də başlayacaq"
            st = _word_status(az_lower(t.text))
            if st is not None:
                return st
            if _finite(toks, j):
                break
    near = " ".join(az_lower(t.text) for t in toks[trig.index:trig.index + 3])
    if ev.PLANNED_MARKERS.search(near):
        return "planned"
    if _PLAN_WORDS.search(low) \
            or _IN_PROGRAMME.search(low) \
            or _PREPARED.search(low) \
            or ev.PLANNED_MARKERS.search(low) and any(w in low for w in ("razılaş", "razılığa", "qərarına", "yeni tarix")) \
            and not calling:  # (the call fixing them happened)
        # "... keçirilməsi razılaşdırılıb", "görüş keçirmək barədə razılığa gəliblər", "yeni tarixi ... təyin edilib"
        return "planned"
    if trig.index > 0 and az_lower(toks[trig.index - 1].text) in ("növbəti", "gələcək", "növbəti,"):
        return "planned"
    return "happened"


# A plan told anywhere in the sentence, though not by a participle before its noun ("bu il üçün nəzərdə
# tutulmuş tədbirlərin icrasını dəyərləndiriblər": the measures were planned, the meeting happened).
_PLAN_WORDS = __import__("re").compile(r"planlaşdırıl(?!(?:an|mış)\s+\w)|planlaşdırır|gözlənilir|niyyətində"
                                       r"|nəzərdə tutul(?!(?:an|muş)\s+\w)")
# What someone said, told as a clause before the verb of saying: "... töhfə verdiyini qeyd edib".
_REPORTED = __import__("re").compile(r"\w+(?:diyini|dığını|duğunu|düyünü|diyinə|dığına|dıqlarını|dikləri(?:ni)?)\s+"
                                     r"(?:\w+\s+)?(?:qeyd|bildir|vurğula|de[yd]|söylə|xatırlat|diqqətə)")
# Agreeing or deciding that something will be: "keçirilməsini razılaşdırıblar", "görüşməyi qərara alıblar".
_AGREED_TO = __import__("re").compile(r"\w+(?:ması|məsi|masını|məsini|mağı|məyi)\s+(?:razılaşdır|razılaş|qərara al"
                                      r"|qərarına gəl|barədə razılığa gəl)")
_STAYING_NOW = __import__("re").compile(r"(?:da|də)(?:dır|dir)(?:lar|lər)?\b|\bsəfərdədir")
_FIRST_PERSON = ("dim", "dım", "dum", "düm", "mişəm", "mışam", "muşam", "müşəm", "acağam", "əcəyəm", "ıram",
                 "irəm", "uram", "ürəm", "aram", "ərəm", "dik", "dıq", "duq", "dük", "acağıq", "əcəyik")


def _first_person(toks, i: int) -> bool:
    """Whether the trigger's verb speaks in the first person ("görüşdüm", "getdim", "iştirak edəcəyəm"):
    an interview, whose "I" is the one interviewed."""
    for t in toks[i:i + 2]:
        w = az_lower(t.text)
        if w.endswith(_FIRST_PERSON) and ev.verb_reading(w) is not None:
            return True
    return False


def _window(sent, trig, idxs: list[int]) -> tuple[int, int] | None:
    """Where a trigger's own date and place stand when a sentence tells two events: from the trigger
    before it to its word ("qonaqların sabah XİN-də ... görüşməsi, martın 14-də isə Şuşaya səfər etməsi")."""
    if len(idxs) < 2:
        return None
    toks = sent.tokens
    before = [j for j in idxs if j < trig.index]
    return (toks[max(before)].end if before else sent.start), toks[trig.index].end


def _event(kind, trig, sent, ms, people, low, sent_dates, doc_date, ctx, case_of, window=None) -> Event | None:
    toks = sent.tokens
    at = toks[trig.index].start
    if trig.index + 1 < len(toks) and az_lower(toks[trig.index + 1].text) in _BECAUSE_OF:
        return None  # "nazir müavininin Cakartaya təcili səfəri səbəbindən görüş reallaşmayıb": a cause told
    if kind in (ev.VISIT, ev.MEET) and trig.index > 0 and az_lower(toks[trig.index - 1].text) == "qarşılıqlı" \
            and az_lower(toks[trig.index].text).startswith(("səfərlər", "görüşlər", "səfərlə", "görüşlə")):
        return None  # "dövlət başçılarının qarşılıqlı səfərləri": visits in general, no event
    if kind == ev.VISIT and az_lower(toks[trig.index].text).startswith("səfər") and not people and any(
            az_lower(t.text) in _GROUP_OWNERS for t in toks[max(0, trig.index - 4):trig.index]):
        return None  # "komissiyanın payızda Laçına səfəri", "özbəkistanlı deputatların ... səfəri": a group's, no one named
    if kind == ev.VISIT and az_lower(toks[trig.index].text).startswith("qarşılay"):
        return _welcomed(trig, sent, ms, people, low, sent_dates, doc_date, ctx)
    if kind == ev.VISIT and any(az_lower(t.text) in ("vətənə", "vətənlərinə")
                                for t in toks[max(0, trig.index - 3):trig.index]):
        return None  # "Heyət sabah Vətənə yola düşəcək": going home is no visit
    if kind == ev.VISIT and _travellers_in_general(toks, trig.index):
        return None  # "Azərbaycana səfər edən turistlərin sayı": people in general, no one's visit
    people = [p for p in people if not _on_whose_order(p, sent)]
    retold = False
    shared: list[Mention] = []
    prev = next((j for j, t in enumerate(toks) if t.end == window[0]), None) if window is not None else None
    if prev is not None and kind in (ev.MEET, ev.ATTEND, ev.SIGN) and az_lower(toks[trig.index].text) not in \
            _NAMED_SESSION_HEADS and (_finite(toks, prev) or _finite(toks, prev + 1) or _coordinated(toks, prev, trig.index)):
        # "Bazar günü o, toplantının işinə qoşulub, Y ilə görüşüb, A ilə B arasında memorandumun imzalanmasında
        # iştirak edib": each verb's own people, the shared subject standing in for the rest
        people = [p for p in people if window[0] <= p.start < window[1]]
        shared = [m for m in ms if m.start < window[0]]  # "Hökumət Evində ... görüş keçirilib, danışıqlar ... davam etdirilib"
        ms = [m for m in ms if window[0] <= m.start < window[1]]
    names = [p.canonical for p in people]
    guests = any(w in low for w in ev.GUEST_WORDS) or bool(_FOREIGN_MEMBERS.search(low)) or bool(
        ev.CAME_GUEST.search(low))  # "Şəkiyə gələn diplomatı X qəbul edib": the guest, as "qonağı"
    delegation = any(w in low for w in ev.DELEGATION_WORDS)
    host = None
    guest = ctx.guest or ctx.leader or ctx.delegation_body
    first_person = _first_person(toks, trig.index) and ctx.main is not None
    if kind == ev.VISIT and first_person:
        participants = [ctx.main]  # "Ötən həftə Debresenə getdim": the one interviewed
    elif kind == ev.VISIT:
        visitors = [p for p in people if not _follows_ile(p, sent) and not _site_of(p, sent) and not _agent(p, sent)
                    and _person_case(p, sent) != "INS"]  # the host ("burada vilayət hakimi Y-la görüşəcək", "Y tərəfindən qəbul edilib")
        semicolon = next((t.start for t in toks[trig.index + 1:] if t.text == ";"), None)
        if semicolon is not None:  # "... Bakıya dünən gəlmişdilər; onları Y qarşılamışdı": Y is another clause's
            visitors = [p for p in visitors if p.start < semicolon]
        after = [p for p in visitors if p.start > at]
        before = [p for p in visitors if p.start < at]
        nxt2 = [az_lower(t.text) for t in toks[trig.index + 1:trig.index + 3]]
        word = az_lower(toks[trig.index].text)
        preset: list[str] = []
        extra_visitors: list[str] = []
        if word.startswith(_ARRIVE) and word.endswith(("ən", "an", "miş", "mış")) and not nxt2[:1] == ["və"]:
            # "Bakıya gələn X": X is the visitor; "X Bakıya gələn qonaqları salamlayıb": the guests are
            if len(nxt2) == 2 and _people_country(nxt2[0]) and _title_word(nxt2[1]) and not _PLURAL.search(nxt2[1]) \
                    and (titled := _titled(toks, range(trig.index + 2, trig.index + 3), ctx)):
                after = []  # "Bakıya gəlmiş rumıniyalı nazir sabah Prezident X-in qəbulunda olacaq": the minister came
                preset = [titled]
            near_after = after
            if not preset and not [p for p in after if p.start - toks[trig.index].end < 120] and nxt2 \
                    and not _title_word(nxt2[0]) and not nxt2[0].startswith(("qonaq", "heyət", "nümayəndə")):
                # the one who came, even when met with: "dünən Bakıya gələn Aİ-nin xüsusi nümayəndəsi X ilə görüşüb"
                # (not "Bratislavaya gedən nazir Y ilə görüşüb": the minister came, Y met him)
                near_after = [p for p in people if p.start > at and not _site_of(p, sent) and not _agent(p, sent)]
            chosen = _listed_from([p for p in near_after if p.start - toks[trig.index].end < 40 or p.start - toks[
                trig.index].end < 120 and not any(c in sent.text[toks[trig.index].end - sent.start:p.start - sent.start]
                                                  for c in ",;:–\"«")], sent)  # (after a long title, with no break)
            # ("Bu gün Xankəndiyə gələn Aktaş və Nəcəfli birlikdə ...": each of those listed)
            if nxt2 and (nxt2[0].startswith(("qonaq", "heyət")) or nxt2[0] in ev.GUEST_OBJECTS) and guest:
                chosen = []  # "Şamaxıya gələn qonaqları ... başçısı X qarşılayıb": the guests came, X welcomed them
            if not chosen and nxt2 and (nxt2[0].startswith(("qonaq", "heyət", "nümayəndə")) or nxt2[0] in ev.GUEST_OBJECTS) \
                    and guest:
                preset = [guest]
            elif not chosen and nxt2 and (_title_word(nxt2[0]) or nxt2 == ["baş", "nazir"]) and not _PLURAL.search(nxt2[0]) \
                    and (titled := _titled(toks, range(trig.index + 1, trig.index + 2), ctx)):
                preset = [titled]  # "Sessiyadan bir gün əvvəl Bişkekə gələn Sədr ...": the one the title names
        elif "olan" in nxt2 or "gələn" in nxt2 or "gəlmiş" in nxt2:  # "səfərdə olan X (ilə görüşüb)": X is the visitor
            chosen = _listed_from([p for p in people if p.start > at and not _agent(p, sent)], sent) or before[:1]
            # (not the host: "səfərdə olan alman rektor ... Y tərəfindən qəbul edilib"; "səfərdə olan X-i, Y-i və
            # Z-i qəbul edib": each of those listed)
            k = trig.index + 1 + next(nxt2.index(w) for w in ("olan", "gələn", "gəlmiş") if w in nxt2)
            group = _group_at(toks, k + 1, ctx) or _group_at(toks, k + 2, ctx)
            if group:  # "Astanada səfərdə olan Azərbaycan deputatları": the deputies the text has named
                chosen, preset = [], group
            elif guest and not [p for p in people if p.start > at] and any(
                    az_lower(t.text).startswith("heyət") for t in toks[k + 1:k + 14]):
                # "səfərdə olan Braziliya Deputatlar Palatasının ... nümayəndə heyətini qəbul edib": its leader
                chosen, preset = [], [guest]
        elif any(az_lower(t.text) in ("olan", "gələn") and not (k + 1 < len(toks) and az_lower(
                toks[k + 1].text) in _TIME_UNITS) for k, t in enumerate(toks)):
            chosen = after[:1] or before[:1]  # (not "Gələn həftə X Bakıya gələcək, qonağı Y qəbul edəcək")
        else:  # ("Heyət X-i ziyarət edib, direktoru Y onlara ... məlumat verib": Y, past the verb's clause, hosts)
            finite = _finite(toks, trig.index) or trig.index + 1 < len(toks) and _finite(toks, trig.index + 1)
            chosen = before[:1] or [p for p in after if not (finite and "," in sent.text[
                toks[trig.index].end - sent.start:p.start - sent.start])][:1]
        if len(chosen) == 1 and _person_case(chosen[0], sent) == "GEN":
            # "Sabah Olsen ilə Dilbazinin Beyləqana gedərək ...", "X və Y-in birgə səfəri": both go
            pair = [p for p in people if p.end <= chosen[0].start and az_lower(sent.text[
                p.end - sent.start:chosen[0].start - sent.start]).strip() in ("ilə", "və", "ile")]
            if not pair:  # "Ombudsman ilə Kellenbergerin ... birgə səfəri": a title for the first of the two
                k = next((j for j, t in enumerate(toks) if t.end <= chosen[0].start and az_lower(t.text) in ("ilə", "və")
                          and not sent.text[t.end - sent.start:chosen[0].start - sent.start].strip()), None)
                titled = _titled(toks, range(k - 1, k), ctx) if k else None
                extra_visitors = [titled] if titled and titled != chosen[0].canonical else []
            chosen = pair[-1:] + chosen
        elif len(chosen) == 1 and "birgə" in low:
            # "Dadaşlı və Akbulutun sabah Naxçıvana birgə səfər edərək": the one named next goes too
            nxt_one = [p for p in people if p.start >= chosen[0].end and az_lower(sent.text[
                chosen[0].end - sent.start:p.start - sent.start]).strip() in ("ilə", "və", "ile")]
            chosen = chosen + nxt_one[:1]
        if len(chosen) == 1 and not extra_visitors:
            # "Ombudsman və Matias Keller ... baş çəkəcəklər": a bare title joined to the name goes too
            k = next((j for j, t in enumerate(toks) if t.end <= chosen[0].start and az_lower(t.text) == "və"
                      and not sent.text[t.end - sent.start:chosen[0].start - sent.start].strip()), None)
            titled = _titled(toks, range(k - 1, k), ctx) if k and toks[k - 1].kind == WORD \
                and _title_word(az_lower(toks[k - 1].text)) else None
            if titled and titled != chosen[0].canonical:
                extra_visitors = [titled]
        owner = [p for p in before if _person_case(p, sent) == "GEN" and at - p.end < 60]
        # (extra_visitors: a title standing for one of two who go together)
        if owner and word.startswith("səfəri") and chosen and chosen[0] is not owner[-1] \
                and _person_case(chosen[0], sent) == "NOM":
            chosen = owner[-1:]  # "X Y-nin Bakıya səfərini ...": Y's visit
        if owner and word.startswith("səfər") and not chosen and not preset:
            chosen = owner[-1:]  # "Qeyd edək ki, Y-nin Praqaya səfəri də ... ləğv edilib": Y's
        if chosen and chosen[0] in before and _plural_verb(toks, trig.index):
            # "Deputatlar X və Y Tbilisiyə səfər ediblər": every subject named before the verb
            subjects = [p for p in before if _person_case(p, sent) == "NOM"]
            if len(subjects) > 1 and chosen[0] in subjects:
                chosen = subjects
        participants = [p.canonical for p in chosen] or preset
        participants = [x for x in extra_visitors if x not in participants] + participants
        near = [k for k in range(max(0, trig.index - 4), trig.index) if az_lower(toks[k].text) in ("qonağın", "qonaqların")]
        if guest and near and not any(toks[near[-1]].end <= p.start < at for p in people):
            participants = [guest]  # "... X-in Y-ni qəbul etməsi, cümə axşamı isə qonağın Şuşaya getməsi": the guest's
        if participants:  # "X Y-lə birlikdə Laçın rayonuna gəlib": both came
            participants += [p for p in _together(people, sent, at) if p not in participants]
        if not people and _BOTH_SIDES.search(low) and (met := next((e for e in reversed(ctx.events) if e.type == ev.MEET), None)):
            participants = list(met.participants)  # "Görüşdən sonra həmsöhbətlər birlikdə parka yollanıb": both of them
        if not participants and (foreign := _foreign_title_in(toks, min(len(toks), trig.index + 4), ctx)):
            participants = [foreign]  # "Bakıda səfərdə olan alman rektor", "Kanadalı deputat Azərbaycana gələcək"
        if not participants and not people:  # "səfirin fevral ayında Gəncəyə planlaşdırılan səfəri": the ambassador
            delegation_of = "heyətinin" in az_lower(sent.text[max(0, at - sent.start - 60):at - sent.start])
            titled = _titled_before(toks, trig.index, ctx) or _titled_near(toks, trig.index, ctx, people) \
                or (None if delegation_of else _titled_subject(toks, ctx, people))
            # "Səfəri çərçivəsində səfir ... Xan Sarayını ziyarət edib" (not "Səfir isə X-in nümayəndə heyətinin
            # Bakıya səfərinin gözlənildiyini deyib": the delegation goes, not the one who tells of it)
            participants = [titled] if titled else []  # ("səfər zamanı sədr müavini stansiyaya baş çəkib")
            both = _titles_joined(toks, trig.index, ctx)
            if len(both) == 2:
                participants = both  # "Ertəsi gün səfir və deputat Qəbələ rayonuna keçiblər": each of the two
        if not participants and "nümayəndə heyəti" in low:  # "Oman İnvestisiya Agentliyinin nümayəndə heyəti Bakıda olub"
            body = _delegation_body(sent, ms, case_of)
            if body is not None and not ctx.leader:  # not a delegation the text says someone leads
                participants = [body]
        if not participants and not ctx.leader and (head := _country_delegation_head(sent, ms, ctx)):
            participants = [head]  # "Qırğızıstan nümayəndə heyəti bazar ertəsi Bakıya gəlib": its one Kyrgyz named
        if not participants and ctx.guest and (_guest_titled(toks, trig.index, ctx) or any(
                az_lower(t.text) in ("diplomat", "qonaq") for t in toks[max(0, trig.index - 6):trig.index])):
            # ("Avropalı diplomat sabah Ermənistana yollanacaq", "Qonaq sabah Şuşaya gedəcək": the guest)
            participants = [ctx.guest]  # "Səfərini davam etdirən nazirin bu gün Dubaya keçməsi": the visiting minister
        if not participants and (guests or delegation) and guest:
            participants = [guest]
        if not participants and not people and delegation and ctx.main and az_lower(toks[_after_ki(toks, trig.index)].text) in (
                "azərbaycan", "heyət", "nümayəndə") and not _foreign_delegation(sent, ms):
            # "Azərbaycan heyəti Aktaua bazar ertəsi gəlib": our delegation, led by the one the text is about
            # (also told by a source: "... bildiriblər ki, Azərbaycan nümayəndə heyəti Düşənbəyə dünən gəlib")
            participants = [ctx.main]
        if not participants and (guests or _is_there(word)) and not guest:
            # "X ilə Y arasında görüş baş tutub ... Qonaq Bakıda səfərdədir", "İƏT rəsmisi ... Bakıdadır"
            met = next((e for e in reversed(ctx.events) if e.type == ev.MEET and e.status == "happened"), None)
            others = [p for p in (met.participants if met else []) if p != ctx.main and p in ctx.persons]
            participants = others if len(others) == 1 else []
        if not participants and not people:  # "Dəvəti ... qəbul edən Sədr payızda Əbu-Dabiyə səfər edəcəyini bildirib"
            capital = [k for k in range(1, trig.index) if toks[k].text[:1].isupper() and toks[k].kind == WORD
                       and _title_word(az_lower(toks[k].text)) and not (k + 1 < len(toks) and toks[k + 1].text[:1].isupper())]
            titled = _titled(toks, range(capital[0], capital[0] + 1), ctx) if capital else None
            participants = [titled] if titled else []
        if not participants and guest and not trig.reference and not any(m.type in ("PER", "ORG") for m in ms) \
                and any(_mention_case(m, case_of, sent.text, sent.start) == "DAT" for m in ms if m.type == "LOC"):
            participants = [guest]  # "Gürcü nazirin oktyabrın 2-də Qax rayonuna getməsi planlaşdırılır": the guest
        if not participants:  # a body acting through its unnamed head: "Pakistan Senatının sədrinin səfəri"
            orgs = [m.canonical for m in ms if m.type == "ORG" and case_of(m.text.split()[-1]) == "GEN"
                    and az_lower(sent.text[m.end - sent.start:m.end - sent.start + 24]).lstrip().startswith(_HEADS_OF)
                    and not any(0 < x.start - m.end < 30 for x in ms if x.type == "PER")]
            # (not "onu Ali Məclisin Sədri X qarşılayıb": the head is named, and he is the one who welcomes)
            participants = orgs[:1]
        told = next((e for e in reversed(ctx.events) if e.type == ev.VISIT), None)
        if not participants and told is not None and (ctx.last is told or _status(kind, trig, sent, low) == "negated"):
            participants = list(told.participants)  # "Səfərin təxirə salınması ...": the visit told
    elif kind in (ev.MEET, ev.CALL):
        participants = list(names)
        if len(people) > 2:  # "X-in ... Y ilə keçirilən görüşlərin ... deyən Z": the sides come before
            before = [p.canonical for p in people if p.start < at]
            if len(before) >= 2:
                participants = before
        if kind == ev.MEET and any(w in low for w in ("qəbul", "qarşıla", "qonaqlarla görüşən", "qonaqla görüşən")):
            # the one who receives is named in the nominative: "X Y-ni qəbul edib", "Qonağı X qarşılayıb"
            subjects = [p.canonical for p in people if p.text.endswith(p.canonical.split()[-1])]
            host = names[0] if len(names) == 1 else (subjects[0] if len(subjects) == 1 else None)
            by = [p.canonical for p in people if p.start < at and az_lower(
                sent.text[p.end - sent.start:p.end - sent.start + 14]).lstrip().startswith("tərəfindən")]
            if by:
                host = by[0]  # "Y X tərəfindən qəbul olunub": the passive's agent receives
            if host is None and len(names) == 2 and people[0].start < at and "qəbul" in low:
                host = names[0]  # "X Y-ni qəbul edib": the subject comes first
            if az_lower(toks[trig.index].text).startswith("qəbulunda"):  # "Y X-in qəbulunda olub": X receives
                owner = [p.canonical for p in people if p.start < at and _person_case(p, sent) == "GEN"]
                host = owner[-1] if owner else host
        subject = _shared_subject(shared, sent)
        if not participants and subject and (titled := _titled_object(toks, trig.index, ctx, subject[0], people)):
            participants = [subject[0], titled]  # "X Qubaya gəlib və həmin gün rayon rəhbəri ilə görüşüb": X, the shared subject
            if trig.index > 1 and az_lower(toks[trig.index - 1].text) == "tərəfindən":
                host = titled  # "... rayon rəhbəri tərəfindən qəbul edilib": the title receives
        first = az_lower(toks[0].text) if toks else ""
        pronoun = next((k for k in range(trig.index) if az_lower(toks[k].text) in ("onları", "onu")), None)
        referent = (_titled(toks, range(0, pronoun), ctx, people) or guest) if pronoun is not None else None
        if kind == ev.MEET and referent and pronoun is not None and first not in ev.GUEST_WORDS \
                and [p for p in people if toks[pronoun].end <= p.start < at]:
            # "Macar nazir ... dünən axşam gəlib, bu gün isə onu Baş nazir X qəbul edib": the one the clause
            # before told of, or the guest
            receiver = [p for p in people if toks[pronoun].end <= p.start < at][-1].canonical
            if receiver != referent:
                participants, host = [receiver, referent], receiver
        if kind == ev.MEET and (first in ev.GUEST_WORDS or first in ("onları", "onu")) and guest \
                and any(p.start < at for p in people):
            # "Qonağı (hava limanında) X qarşılayıb": the guest and the one who received, nobody else
            receiver = [p for p in people if p.start < at][-1].canonical
            if receiver != guest:
                participants, host = [receiver, guest], receiver
        if kind == ev.MEET and guest and guest not in participants and participants and az_lower(
                toks[trig.index].text).startswith("qarşıla") and any(
                az_lower(t.text) in ("qonaqları", "qonağı", "heyəti", "heyətini", "onu", "onları") for t in toks[:trig.index]):
            host = host or participants[0]  # "hava limanında qonaqları X və Y qarşılayıblar": they met the guest
            participants.append(guest)
        briefing = az_lower(toks[trig.index].text).startswith("məlumat") and any(
            w in low.split() for w in ("onlara", "qonaqlara", "qonağa"))  # "X onlara ... məlumat verib"
        if guest and guest not in participants and (len(participants) < 2 and (guests or delegation or briefing)
                                                     or _WITH_GUEST.search(low)):
            participants.append(guest)  # "Qonaqla X və Y arasında keçirilən görüşdə": the guest is a side too
        led = []
        if kind in (ev.MEET, ev.CALL) and len(participants) < 2:  # "Dünya Bankının rəhbərliyi ilə görüşlər keçirib"
            led = [b for b in _led_by(sent, ms) if b not in participants][:1]
            participants += led
        if kind == ev.MEET and len(participants) >= 2 and (lead := _title_before_those_met(toks, sent, people, at, ctx)) \
                and lead not in participants:
            participants.insert(0, lead)  # "Sessiyanın kənarında Prezident A, B və C ilə görüşlər keçirib": ours met them
        actor = ctx.main if first_person else (_titled_subject(toks, ctx, people) or _foreign_title_in(
            toks, trig.index, ctx) or _programme_owner(low, ctx) or _actor(ctx))
        if led and participants == led and actor:
            participants.insert(0, actor)  # the one the text tells of met the body's leadership
        if kind == ev.MEET and len(participants) == 1 and (other_titled := _title_of_another(people, participants[0], ctx)):
            participants.insert(0, other_titled)  # "Sessiyadan sonra Prezident Hendrik Vos ilə görüşüb": the President met Vos
        if kind == ev.MEET and len(participants) == 1 and "həmkarları" in low and any(
                az_lower(t.text) in ("həmkarları", "həmkarlarıyla") for t in toks[:trig.index]):
            # "Kazımlı həmkarları ilə ayrı-ayrılıqda görüşüb": the foreigners the text named with the same title
            role = ctx.roles.get(participants[0])
            key = lemma(az_lower(role.split()[-1])) if role else None
            peers = [p for p in ctx.titled_by.get(key, []) if p != participants[0] and p in ctx.persons
                     and _country_of(p, ctx) not in (None, "Azərbaycan")]
            participants += peers if len(peers) > 1 else []
        if kind == ev.MEET and len(participants) == 1:  # "Səfiri X qarşılayıb": the ambassador the text named
            other = _titled_object(toks, trig.index, ctx, participants[0], people) \
                or _foreign_head(toks, trig.index, ctx, participants[0]) or _counterpart(toks, ctx, participants[0])
            if other is not None:
                participants.append(other)
        head = ctx.leader or ctx.main
        first_at = min((p.start for p in people if p.canonical in participants), default=None)
        if kind == ev.MEET and len(participants) >= 2 and first_at is not None and _pronoun_subject(toks, first_at) \
                and (ctx.guest or head) not in participants and all(
                    _person_case(p, sent) == "INS" or _follows_ile(p, sent) for p in people
                    if p.canonical in participants[-1:]):
            participants.insert(0, ctx.guest or head)  # "Səfər çərçivəsində o, X və Y-lə də görüşüb": the one told of
        if kind == ev.MEET and head and head not in participants and participants and first_at is not None \
                and _LEADER_SUBJECT.search(az_lower(sent.text[:first_at - sent.start])) \
                and all(_person_case(p, sent) != "GEN" for p in people if p.canonical in participants):
            participants.insert(0, head)  # "Azərbaycan heyətinin rəhbəri X və Y ilə görüşüb": the delegation's leader
        one = next((p for p in people if p.canonical == participants[0]), None) if len(participants) == 1 else None
        group = next((g for k in range(trig.index) if (g := _group_at(toks, k, ctx)) and not (
            k + 1 < len(toks) and az_lower(toks[k + 1].text) in ("ilə", "ile"))), [])
        if one is not None and group and one.canonical not in group and _person_case(one, sent) in _OBJECT_CASES:
            participants = group + participants  # "Azərbaycan deputatları ... Y ilə görüşüblər": each of them
            one = None
        if one is not None and head and head != one.canonical and _person_case(one, sent) in _OBJECT_CASES + ("NOM",) \
                and _follows_ile(one, sent) and any(az_lower(t.text) in ("heyətin", "heyətinin") and t.end <= one.start
                                                   for t in toks):
            participants.insert(0, head)  # "Heyətin Y ilə görüşü də proqrama salınmışdı": the delegation's head
            one = None
        envoys = [p for p in ctx.titled_by.get("səfir", []) if p not in participants]
        if one is not None and len(envoys) > 1 and _person_case(one, sent) in _OBJECT_CASES and any(
                az_lower(t.text) in ("səfirlər", "diplomatlar") for t in toks[:trig.index]):
            # "Yeni səfirlər etimadnamələrinin surətlərini nazir Y-yə təqdim ediblər": the ambassadors the text has named
            participants += envoys
            one = None
        if one is not None and subject and subject[0] not in participants and (
                _person_case(one, sent) in _OBJECT_CASES or _agent(one, sent)):
            actor = subject[0]  # "Həmin gün X Universitetdə də olub, rektor Y ilə görüşüb": the subject both verbs share
        if one is not None and actor and actor not in participants and (_person_case(one, sent) in _OBJECT_CASES
                                                                       or _agent(one, sent)):
            # "... Y ilə görüşüb", "Y-ni qəbul edib": the subject is left out (or "o"), the one the text
            # is telling of; not "X həmkarı ilə görüşəcək" (X is the subject, the other side is not named)
            participants.insert(0, actor)
        if one is not None and len(participants) == 1 and _person_case(one, sent) == "GEN" and az_lower(
                toks[trig.index].text).startswith("qəbulunda"):
            # "Bakıya gəlmiş rumıniyalı nazir sabah Prezident Y-in qəbulunda olacaq": the one received is the subject
            named = [p.canonical for p in people if p.start < one.start and p.canonical != one.canonical
                     and _person_case(p, sent) == "NOM"]
            subject = (named[0] if named else None) or _bare_title_subject(toks, ctx, people, one.canonical)
            if subject and subject != one.canonical:
                participants.insert(0, subject)
                host = one.canonical
        if not participants and _SIDES.search(low):
            # "Xatırladaq ki, nazirlər ilk dəfə ... görüşmüşdülər": the two the text has shown meeting
            met = _sides(ctx, _SIDES.search(low).group(0))
            participants = list(met.participants) if met is not None else []
        if not participants and ctx.last is not None and ctx.last.type == kind and ctx.last.status == "negated" \
                and _status(kind, trig, sent, low) == "planned" and sent_dates:
            participants = list(ctx.last.participants)  # "... görüş baş tutmayıb. Görüşün oktyabrın sonunda keçiriləcəyi gözlənilir"
        if not participants and ctx.last is not None and ctx.last.type in (ev.MEET, ev.SIGN, ev.CALL) \
                and (ctx.last.type != ev.CALL or kind == ev.CALL) and _status(kind, trig, sent, low) == "happened":
            # (a meeting with no sides named after a call is the call told on: "söhbət zamanı ... müzakirə olunub")
            participants = list(ctx.last.participants)
            retold = ctx.last.type == kind  # "X ilə Y arasında görüş baş tutub. Görüş ötən çərşənbə Senatda keçirilib"  # not "Növbəti görüşün Bakıda keçirilməsi razılaşdırılıb"
    elif kind == ev.ATTEND and first_person:
        participants = [ctx.main]  # "... açılışında iştirak edəcəyəm"
    elif kind == ev.ATTEND:
        if _unnamed_owner(toks, trig.index):
            return None  # "X ... bölmələrin iştirakı ilə təlimin keçiriləcəyini deyib": others take part, not X
        participants = [p.canonical for p in people if _person_case(p, sent) not in _OBJECT_CASES][:1]
        if not participants:  # "X isə Rabata gedə bilməyib və Assambleyanın işində iştirak etmir": X
            participants = _shared_subject(shared, sent)[:1]
        chain = _chain_before(people, sent, at)
        if len(chain) > 1:  # "forumunda X və Y-nin iştirakı nəzərdə tutulur": both take part
            participants = chain
        elif not people and toks and az_lower(toks[0].text) in ("onun", "o"):
            participants = [a for a in [_actor(ctx)] if a]  # "Onun ... forumunda iştirakı da gözlənilir": the one just told of
        together = _together(people, sent, at)
        subjects = [p for p in people if p.start < at and _person_case(p, sent) == "NOM"]
        if len(subjects) > 1 and _plural_verb(toks, trig.index):
            participants = [p.canonical for p in subjects]  # "Forumda X, Y və Z iştirak ediblər"
        if trig.index > 0 and az_lower(toks[trig.index - 1].text) in ev.LEADERS_OF \
                and (met := next((e for e in reversed(ctx.events) if e.type == ev.MEET), None)):
            participants = list(met.participants)  # "Danışıqlardan sonra liderlərin iştirakı ilə ...": the two who met
            # (not the ministers who signed, named after it)
        if not participants and not people and any(az_lower(t.text).endswith(("ərək", "araq")) for t in toks[:trig.index]) \
                and (went := next((e for e in ctx.events if e.type == ev.VISIT and e.start == sent.start), None)):
            participants = list(went.participants)  # "Baş nazirin Şanxaya səfər edərək ... iştirak etməsi": the traveller
        if not participants and not people:
            titled = _foreign_title_in(toks, trig.index, ctx)
            if titled is None and _unknown_foreigner(toks, trig.index):
                return None  # "Bəhreyn səfirinin də görüşə qatılması gözlənilirdi": one the text never named
            owner = next((k for k in range(trig.index - 1, -1, -1) if toks[k].kind == WORD and toks[k].text.islower()
                          and _title_word(az_lower(toks[k].text)) and not _plural_suffix(az_lower(toks[k].text))
                          # (not "nazirlərinin")
                          and az_lower(toks[k].text).endswith(("ın", "in", "un", "ün"))), None)
            titled = titled or _titled_subject(toks, ctx, people) or (
                _titled(toks, range(owner, owner + 1), ctx, people) if owner is not None else None)
            # ("energetika nazirinin ... sərgisinə qatılacağı gözlənilir": whose taking part is expected)
            if titled:
                participants = [titled]  # "Qazax naziri ... forumunda iştirak etmişdi": the Kazakh minister named before
        if not participants and not az_lower(toks[trig.index].text).startswith(("çıxış", "nitq", "məruzə")):
            body = _delegation_body(sent, ms, case_of)  # "Milli Məclisin (AŞPA-dakı) nümayəndə heyəti"
            if body is not None and not (guest or ctx.leader):
                participants = [body]
        if not participants and (delegation or guests) and (guest or ctx.main) and not _foreign_delegation(sent, ms):
            participants = [guest or ctx.main]
        if not participants and ctx.main and not _plural_verb(toks, trig.index) and not _counted(toks, trig.index) \
                and not _foreign_delegation(sent, ms) and not _others_take_part(toks, trig.index) \
                and not _our_titled_other(toks, trig.index, ctx):
            participants = [ctx.main]  # "Spiker ... iclasında iştirak edib"; not "ifaçılar çıxış edəcəklər"
        if participants:  # "X Y-lə birlikdə dəyirmi masada iştirak edib": both take part
            participants += [p for p in together if p not in participants]
    else:  # SIGN
        participants = list(names)
        borrowed = False
        years = {y for y in _YEAR.findall(low) if not doc_date or not doc_date.startswith(y)}
        bodies = [m.canonical for m in ms if m.type == "ORG" and m.start < at] if "arasında" in low else []
        side_word = _SIDES.search(low)
        first_body = min((m.start for m in ms if m.type == "ORG" and m.start < at), default=None)
        subject_sides = bool(bodies) and side_word is not None and side_word.group(0) != "tərəflər" \
            and first_body is not None and side_word.start() < first_body - sent.start
        # ("Görüşün sonunda sədrlər Milli Məclis ilə Y arasında memoranduma imzalarını qoyublar": the chairs signed)
        sides = _sides(ctx, side_word.group(0)) if not participants and side_word and (not bodies or subject_sides) \
            else None  # "iki ölkə prezidentlərinin ... imzalaması gözlənilir": the two the text named so
        if sides is not None and subject_sides:
            bodies = []
        if not participants and not bodies and (found := ev.UNNAMED_SIGNERS.search(low)) and (
                "şirkət" in found.group(0) or _status(kind, trig, sent, low) == "planned"):
            return None  # "iki ölkə arasında bir sıra sənədlərin imzalanması", "şirkətləri arasında altı sənədin
            # imzalanacağı gözlənilir": sides no one names
        if not participants and len(dict.fromkeys(bodies)) >= 2:
            participants = list(dict.fromkeys(bodies))[:2]  # "X ilə Y arasında memorandum imzalanıb": the bodies
        elif sides is not None:
            # ("protokolu həmsədrlər tərəfindən imzalanıb", "nazirlər özləri imzalayıblar": the sides named as
            # such, a signing of their own; "tərəflər" may be the bodies whose signatories are named next)
            participants, borrowed = list(sides.participants), _SIDES.search(low).group(0) == "tərəflər"
        elif not participants and ctx.last is not None and ctx.last.participants and not years and not bodies \
                and ctx.last.type in (ev.MEET, ev.SIGN, ev.CALL):  # not "2020-ci ildə ... bəyannamə imzalanıb"
            participants, borrowed = list(ctx.last.participants), True
        if not participants and len(dict.fromkeys(bodies)) == 1:
            return None  # "X ilə agentlik arasında": one body named, the other told by a common noun
        if not participants and _SIDES.search(low) and not bodies:  # "Sənədi həmsədrlərin imzalayacağı gözlənilir"
            met = _sides(ctx, _SIDES.search(low).group(0))
            participants, borrowed = (list(met.participants), True) if met is not None else ([], False)
        if len(participants) == 1 and ctx.last is not None and ctx.last.participants \
                and ctx.last.participants[0] in ctx.persons and ctx.last.participants[0] not in participants \
                and any(az_lower(t.text) == "o" for t in toks[:trig.index]):
            participants.insert(0, ctx.last.participants[0])  # "X Tbilisiyə gedib. Burada o, Y ilə ... imzalayıb"
        if len(participants) == 1 and not borrowed:  # "Sənədə Novruzova və sinqapurlu qonaq imza atıblar"
            guest_word = any(w in low for w in ev.GUEST_WORDS)
            if guest_word and not guest:  # the foreign side of the meeting just told, when no guest is named
                met = next((e for e in reversed(ctx.events) if e.type == ev.MEET and e.status == "happened"), None)
                others = [p for p in (met.participants if met else []) if p not in participants and p in ctx.persons]
                guest = others[0] if len(others) == 1 else None
            other = (guest if guest_word else None) or _counterpart(toks, ctx, participants[0]) \
                or _titled_subject(toks, ctx, people)  # ("Sənədi Nəbiyev və slovak həmkarı imzalayıblar")
            if other and other not in participants:
                participants.append(other)
        if not participants:
            participants = [m.canonical for m in ms if m.type == "ORG"][:2]
        if len(participants) < 2 and "arasında" in low:  # "X Limanı ilə Y Limanı arasında": bodies, not places
            bodies = [m.canonical for m in ms if m.type == "LOC" and " " in m.canonical
                      and not is_country_name(m.canonical) and m.start < at]
            participants = (participants + [b for b in bodies if b not in participants])[:2]
    if kind in (ev.MEET, ev.SIGN, ev.ATTEND) and (counted := _counted_titled(toks, trig.index, ctx)):
        participants = counted  # "Görüşün yekununda üç nazir bəyannaməni imzalayıb": the three ministers named
    if not participants or kind in (ev.MEET, ev.CALL) and _unnamed_partner(toks, trig.index, ms, ctx, participants):
        return None
    if host is not None and host not in participants:
        host = None
    location = None
    if window is not None:  # the place and the date in the trigger's own part of the sentence, if it has them
        location = _location(kind, trig, sent, [m for m in ms if window[0] <= m.start < window[1]], ctx, case_of)
        own = [d for d in sent_dates if window[0] <= d.start < window[1]]
        earlier = [d for d in sent_dates if d.start < window[0] and d.value and len(d.value) == 10]
        if own and earlier and az_lower(own[0].text).removeprefix("elə ").startswith(("həmin gün", "ertəsi")):
            ctx.anchor = earlier[-1].value  # "Sentyabrın 15-də Aşqabada gələn X həmin gün Y ilə görüşüb": that 15th
        sent_dates = own or [d for d in sent_dates if d.start < window[1]]  # not a later verb's "ertəsi gün"
        if len(own) > 1 and kind == ev.VISIT and az_lower(toks[trig.index].text) in ("gələn", "gəlmiş", "yollanan"):
            # "Bu gün Prezident ... çərşənbə axşamı Bakıya gələn X-i qəbul edib": the arrival's own day is the
            # one inside its participle, nearest the word
            sent_dates = own[-1:]
    if location is None:  # (not a place a later clause names: "... Y ilə görüşməsi, cümə axşamı isə Şuşaya getməsi")
        ends = window is not None and any(t.text == "," for t in toks[trig.index + 1:trig.index + 3])
        location = _location(kind, trig, sent, [m for m in ms if m.start < window[1]] if ends else ms, ctx, case_of)
    if location is None and kind in (ev.SIGN, ev.MEET) and _AFTER_TALKS.match(az_lower(sent.text)):
        # "Danışıqların yekununda ... sənədlər imzalanacaq": where the talks just told are held
        talks = next((e for e in reversed(ctx.events) if e.type == ev.MEET and e.location), None)
        location = talks.location if talks is not None else None
    if location is None and shared:  # the place the sentence opened with, before its first verb
        location = _location(kind, trig, sent, shared, ctx, case_of)
    if kind == ev.VISIT and location and (town := gazetteer.airport_town(location)):
        location = town  # arrived at the airport: the visit is to its town
    there = None
    if location is None and kind != ev.CALL and _THERE.search(low):
        # "Sabah qonaq Səmərqəndə yollanacaq, burada vilayət hakimi Y ilə görüşəcək": where the visit goes
        location = next((e.location for e in reversed(ctx.events) if e.start == sent.start and e.location), None)
        if location is None and low.startswith(("orada", "burada")) and ctx.last is not None \
                and ctx.last.type == ev.VISIT and ctx.last.location and ctx.last.end <= sent.start:
            # "... sabah Qazax rayonuna gedəcək. Orada onun ... başçısı ilə görüşü də proqrama salınıb": the
            # place of the trip just told, and its day for what is planned there
            location, there = ctx.last.location, ctx.last
    if location is None and kind == ev.VISIT:  # the same visitor's visit told on: "Səfərin oktyabrda ..."
        location = next((e.location for e in ctx.events if e.type == ev.VISIT and e.participants == participants), None)
    date, date_text = _date(sent_dates, low, ctx, doc_date)
    if date_text is None and kind == ev.MEET and ctx.gathering_days is not None and ctx.gathering_days[1] \
            and ctx.gathering_days[1] != ctx.gathering_days[0] and ev.SIDELINES.search(low) \
            and "həmin gün" not in low:
        date = None  # "Sessiyanın kənarında X Y ilə görüşüb": some day of a gathering of several, the text says not which
    if date_text is None and doc_date and len(doc_date) == 7 and date and date.startswith(doc_date) \
            and (_ON_VISIT.search(low) or "səfərdə olan" in low):
        date = doc_date  # a print page dated to the month: "Səfər çərçivəsində ... görüşüblər", no day of its own
    status = _status(kind, trig, sent, low)
    if kind == ev.VISIT and az_lower(toks[trig.index].text) in ("gələn", "gəlmiş") and status in ("planned", "happened") \
            and _main_verb_past(toks):
        # "Bazar günü axşam Bakıya gələn X ... artırılacağını deyib": the participle takes the main verb's
        # past, not the future of what was said; a weekday is then the one gone by
        status = "happened"
        if date and len(date) == 10 and date_text and doc_date and len(doc_date) == 10 and date > doc_date \
                and _weekday_told(date_text):
            date = (_dt.date.fromisoformat(date) - _dt.timedelta(days=7)).isoformat()
    if status == "happened" and date_text is not None and _ahead([d for d in sent_dates if d.value == date], doc_date):
        if date and len(date) == 10 and _told_past(toks, trig.index) and _weekday_told(date_text):
            date = (_dt.date.fromisoformat(date) - _dt.timedelta(days=7)).isoformat()  # a weekday gone by
        elif date and len(date) == 10 and not _YEAR.search(az_lower(date_text)) and _told_past(toks, trig.index):
            date = f"{int(date[:4]) - 1}{date[4:]}"  # "İyulun 7-də ... görüşüb" in March: last July
        else:
            status = "planned"  # dated after the news: it has not happened yet ("səfəri fevralda ... müzakirə olunub")
    if status != "happened" and date_text is None:
        date = None  # a plan or a cancellation the text does not date: not the day of the report
        if status == "negated" and kind in (ev.ATTEND, ev.SIGN) and (_GATHERING_NOUN.search(low) or "tədbir" in low
                                                                      or "dinləmə" in low):
            # "Dinləməyə dəvət olunan X isə tədbirə qatıla bilməyib": one absent from the gathering the text
            # told as held, on its day
            held = next((e for e in reversed(ctx.events) if e.type == ev.ATTEND and e.status == "happened"
                         and e.date and len(e.date) == 10 and not set(e.participants) & set(participants)), None)
            if held is not None:
                date = held.date
    if there is not None and not sent_dates and status == there.status:
        date = there.date  # "Orada onun ... görüşməsi planlaşdırılır": on the day of the trip there
    if status == "planned" and date is None and kind in (ev.MEET, ev.ATTEND, ev.SIGN) and (
            _ON_VISIT.search(low) or ev.VISIT_PROGRAMME.search(low)):
        # ("Səfərin proqramına Bişkekdə Y ilə görüş daxildir": so too)
        # "X noyabrın 6-da Brüsselə səfər edəcək. Səfər zamanı onun Y ilə görüşməsi planlaşdırılır": that day
        trip = next((e for e in reversed(ctx.events) if e.type == ev.VISIT and e.status == "planned"
                     and (set(e.participants) & set(participants) or kind == ev.SIGN)), None)
        if trip is not None and trip.date and len(trip.date) in (7, 10):
            date = trip.date  # (a month for what is planned on a visit planned for that month)
    if date_text is None and kind in (ev.MEET, ev.ATTEND, ev.SIGN) and _THAT_VISIT.search(low):
        # "X ötən ilin noyabrında Bakıya səfər etmişdi. Həmin səfər zamanı ... imzalamışdılar": that visit's day
        trip = next((e for e in reversed(ctx.events) if e.type == ev.VISIT and e.status == status), None)
        if trip is not None and trip.date:
            date = trip.date
    if status == "planned" and kind in (ev.MEET, ev.ATTEND, ev.SIGN) and (ctx.plan_place or ctx.plan_date):
        location = location or ctx.plan_place  # the session the text announced: "İclasa ... sədrlik edəcəklər"
        date = date or (ctx.plan_date if date_text is None else None)
    elif status == "planned" and kind == ev.VISIT and ctx.plan_date and location and location == ctx.plan_place \
            and date_text is None:
        date = ctx.plan_date  # "iyunda Almatıda mədəniyyət günləri keçiriləcək ... nazir Almatıya gələcək": then
    recalled = bool(ev.RECALL_MARKERS.search(low))
    if location is None and kind in (ev.MEET, ev.ATTEND, ev.SIGN) and _ON_VISIT.search(low):
        # "Səfər zamanı o, Y ilə görüşəcək": where the visit goes, when the text names the town
        trip = next((e for e in reversed(ctx.events) if e.type == ev.VISIT and e.location and id(e) not in ctx.sites
                     and not is_country_name(e.location) and (set(e.participants) & set(participants)
                                                              or kind == ev.SIGN and e.status == status)), None)
        if trip is not None:
            location = trip.location
    if location is None and kind in (ev.MEET, ev.ATTEND, ev.SIGN) and not recalled:
        # "X Lənkəranda olub, rayonda ... açılışında iştirak edib": the place of the sentence's visit
        told = next((e for e in reversed(ctx.events) if e.start == sent.start and e.location and e.type == ev.VISIT
                     and e.status == status and not _country(e.location) and id(e) not in ctx.sites), None)
        if told is not None:
            location = told.location
    if location is None and kind == ev.MEET and not recalled and _AT_GATHERING.search(low):
        # "Forumun kənarında X ilə Y-in görüşü planlaşdırılır": at the session just told, on its day
        session = next((e for e in reversed(ctx.events) if e.type == ev.ATTEND and e.location), None)
        if session is not None:
            location = session.location
            if date is None and status == session.status:
                date = session.date
    if location is None and kind in (ev.MEET, ev.ATTEND, ev.SIGN) and not recalled and date_text is not None \
            and _GATHERING_OF.search(az_lower(date_text.split()[0])):
        # "Toplantının ikinci günü X Y ilə görüşüb": a day of the session just told, so in its town
        session = next((e for e in reversed(ctx.events) if e.type == ev.ATTEND and e.location
                        and e.status == "happened"), None)
        if session is not None:
            location = session.location
    reading = ev.trigger_of(az_lower(toks[trig.index].text))
    told_of = reading is not None and "GEN" in reading[1].features  # "keçirilən görüşlərin ... izlənildiyini"
    if location is None and kind not in (ev.CALL, ev.VISIT) and not recalled and not told_of and not (
            date_text is not None and date and len(date) == 10 and ctx.place_day and len(ctx.place_day) == 10
            and date != ctx.place_day and not _during_gathering(date, ctx)):
        location = ctx.place  # the scene the text has set, unless the event is dated another day or only told of
        # (a day of the session that began there is still there)
    if location is None and kind in (ev.MEET, ev.ATTEND, ev.SIGN) and not recalled:
        # during a visit to a town, where the visitor meets: "Noyabrın 25-də Daşkəndə gələn X ilk gün Y ilə görüşüb"
        trip = next((e for e in reversed(ctx.events) if e.type == ev.VISIT and e.location and (
                     e.status == status or status == "planned" and e.status == "happened"
                     and (date_text is None or _abroad(e.location)))
                     and set(e.participants) & set(participants) and not _country(e.location) and id(e) not in ctx.sites
                     and not _before_trip(date, e.date)), None)
        if trip is not None:
            location = trip.location
            if status == trip.status == "planned" and date_text is None and trip.date:
                date = trip.date  # "... mayın 18-də Bakıya gələcək. Səfər proqramında onun X ilə ... aparması da yer alır"
    if location is None and kind in (ev.MEET, ev.ATTEND, ev.SIGN) and not recalled:
        # "... toplantının işinə qoşulub, Y ilə görüşüb, memorandumun imzalanmasında iştirak edib": one place
        told = next((e for e in reversed(ctx.events) if e.start == sent.start and e.location
                     and e.type in (ev.MEET, ev.ATTEND, ev.SIGN) and e.status == status), None)
        if told is not None:
            location = told.location
    if location is None and kind in (ev.MEET, ev.ATTEND, ev.SIGN) and not recalled and status == "happened" \
            and any(e.type == ev.VISIT and e.status == "happened" and e.location and _country(e.location)
                    and _abroad(e.location) and set(e.participants) & set(participants) for e in ctx.events):
        # "Qətərdə səfərdə olan X Dohada Y ilə görüşüb ... Bu gün X Baş nazir tərəfindən qəbul olunub": in the
        # town abroad where the visitor was last seen, when the visit is told only by its country
        seen = next((e for e in reversed(ctx.events) if e.location and e.status == "happened" and _abroad(e.location)
                     and not _country(e.location) and set(e.participants) & set(participants)), None)
        if seen is not None:
            location = seen.location
    if kind == ev.MEET and any(r in _clause(sent, trig.index) for r in ev.REMOTE):
        location = None  # held by video: no one's place
    told_guests = ctx.guests
    if len(ctx.guests) <= 1 and kind in (ev.VISIT, ev.MEET) and ctx.leader is None and (came := _foreign_guests(toks, ctx)):
        ctx.guests = came  # "Sonra qazaxıstanlı qonaqlar ... baş çəkiblər": the foreigners the text has shown together
    others = [p for p in participants if p not in ctx.guests]
    # "Bu gün səfirlər Xankəndiyə yollanıblar": the ambassadors who came, not the one the title took (named before)
    group_went = kind == ev.VISIT and len(participants) == 1 and participants[0] not in {p.canonical for p in people} \
        and bool(_GROUP_SUBJECT.search(az_lower(" ".join(t.text for t in toks[_after_ki(toks, trig.index):trig.index]))))
    if group_went and len(ctx.guests) > 1:
        others = []
    if len(ctx.guests) > 1 and kind in (ev.VISIT, ev.MEET, ev.ATTEND) and (_GROUP_SUBJECT.search(low) or _MEMBERS.search(low)) \
            and (participants in ([], [ctx.guests[0]]) or kind == ev.MEET and len(others) == 1
                 and not any(p in participants for p in ctx.guests[1:]) or group_went) \
            and (_MEMBERS.search(low) or not any(p.canonical in ctx.guests[1:] or _person_case(p, sent) == "NOM"
                                                 and p.canonical not in participants for p in people)):
        # "Sonra səfirlər ... gəziblər", "Diplomatları Ağdamda X qarşılayıb": each of the guests who came together
        participants = others + list(ctx.guests)
        host = host or (others[0] if others and kind == ev.MEET and ("qarşıla" in low or "qəbul" in low) else None)
    ctx.guests = told_guests  # (those found for one plural word are that sentence's only)
    negotiation = "danışıqlar" in low
    roles = {p.canonical: p.role for p in people if p.role and p.canonical in participants}
    conf = 0.45 + 0.15 * (len(participants) >= (2 if kind in (ev.MEET, ev.CALL) else 1)) \
        + 0.1 * (location is not None) + 0.1 * (date is not None) + 0.1 * bool(people)
    e = Event(kind, participants, sent.text, sent.start, sent.end, status, location, date, date_text, host,
              roles, _topics(sent.text), [], round(min(conf, 0.95), 3),
              ev.cameo_code(kind, host, negotiation))
    ctx.made.append(e)
    if kind == ev.SIGN and borrowed:
        ctx.borrowed.add(id(e))
    elif kind == ev.SIGN:  # the same signing told again with its sides named: no longer only borrowed
        ctx.borrowed -= {id(x) for x in ctx.events if x.type == ev.SIGN and x.status == status
                         and set(x.participants) == set(participants)}
    if retold:
        ctx.retold.add(id(e))
    if kind == ev.VISIT and status != "negated" and date and len(date) == 10 and date_text and ctx.visit_days is None \
            and not trig.ends:  # "səfəri bu gün başa çatıb": its last day, not its first
        own = next((d for d in sent_dates if d.value == date), None)
        end = getattr(own, "end_value", None) if own is not None else None
        ctx.visit_days = (date, end if end and len(end) == 10 else None)  # "ayın 7-dən 9-dək Omanda səfərdə olub"
    if kind == ev.VISIT and status != "negated" and not recalled and (people or participants[0] in ctx.persons) and not (
            status == "planned" and any(e.status == "happened" for e in ctx.events)):
        # (a visit someone means to make, told after what happened, makes no guest of the text)
        ctx.guest = ctx.guest or participants[0]
    if not recalled and date_text is not None and date is not None and status == "happened":
        ctx.date = date
    if status != "negated" and not recalled and (kind == ev.VISIT and len(participants) > 1 and people
                                                 or kind == ev.MEET and host and len(participants) > 2):
        subjects = {p.canonical for p in people if kind == ev.MEET and _person_case(p, sent) == "NOM"}
        ctx.guests = [p for p in participants if p != host and p not in subjects]  # "X Y-ni, Z-ni və W-ni qəbul
        # edib": they came together (not "qonaqları A və B qarşılayıblar": those who welcomed them)
    if host:
        ctx.host = host
        if ctx.guest is None and len(participants) == 2:
            ctx.guest = next(p for p in participants if p != host)
    return e


# The gatherings one takes part in, in the locative: "sessiyasında", "forumda", "iclasda", "mərasimində".
_GATHERING_AT = __import__("re").compile(
    r"(?:^|-)(?:iclas|sessiya|forum|sammit|zirvə|konfrans|mərasim|tədbir|konqres|toplantı|müşavirə|simpozium"
    r"|seminar|dinləmə|qurultay|assambleya|sərgi|yığıncaq|plenar|debat|müzakirə|masa|görüş|panel)"
    r"\w*(?:da|də)$")


# A gathering named by its noun in any form: "iclası", "sessiyası", "müşavirə".
_GATHERING_NOUN = __import__("re").compile(r"(?:iclas|sessiya|forum|sammit|zirvə|konfrans|konqres|assambleya|qurultay"
                                           r"|müşavirə|toplantı|simpozium|seminar|dəyirmi masa)")


# "sessiyanın açılışında çıxış edib": the opening of a session, forum or summit (not of a festival).
# "İclasa komissiyanın həmsədrləri ... rəhbərlik ediblər": the session they led, in the dative.
_GATHERING_TO = __import__("re").compile(r"(?:iclas|sessiya|toplantı|müşavirə|forum|konfrans)\w*(?:a|ə|ya|yə)$")
_GATHERING_OF = __import__("re").compile(r"(?:iclas|sessiya|forum|sammit|zirvə|konfrans|konqres|assambleya|qurultay"
                                         r"|müşavirə|toplantı|simpozium)\w*(?:ın|in|un|ün|nın|nin|nun|nün)$")


_MEETING_AT = frozenset({"görüşdə", "görüşlərdə", "danışıqlarda", "qəbulda", "söhbətdə", "məsləhətləşmələrdə"})


def _joins_meeting(sent, trig, ctx) -> bool:
    """Whether "X (də) iştirak edib" takes part in the meeting just told: the sentence begins with
    "Görüşdə", "Danışıqlarda" (or "Görüş zamanı") and the text has told a meeting."""
    words = [az_lower(t.text) for t in sent.tokens if t.kind == WORD][:2]
    if not words or not (words[0] in _MEETING_AT or words[0] in ("görüş", "danışıqlar") and words[1:] == ["zamanı"]):
        return False
    planned = ev.word_status(az_lower(sent.tokens[trig.index + 1].text) if trig.index + 1 < len(sent.tokens) else "")
    if planned is None:
        return any(e.type == ev.MEET and e.status == "happened" for e in ctx.events)
    # "Görüşdə Fərhad Əsgərlinin də iştirak edəcəyi bildirilir": one more side of the meeting planned just before
    return planned == "planned" and ctx.last is not None and ctx.last.type == ev.MEET and ctx.last.status == "planned"


def _titles_joined(toks, i: int, ctx: _Context) -> list[str]:
    """The two people "səfir və deputat", "nazir və səfir" before ``toks[i]`` stand for, by the titles the
    text first named them with; none unless both are known."""
    words = [az_lower(t.text) for t in toks[:i]]
    for k in range(1, len(words) - 1):
        if words[k] == "və" and _title_word(words[k - 1]) and _title_word(words[k + 1]):
            one = _titled(toks, range(k - 1, k), ctx, stop=True)
            two = _titled(toks, range(k + 1, k + 2), ctx, stop=True)
            if one and two and one != two:
                return [one, two]
    return []


def _others_take_part(toks, i: int) -> bool:
    """Whether the taking part is of others the text does not name: "Koreya tərəfinin ... iştirakı",
    "nümayəndə heyətlərinin qatılacağı", "sərhədçilərinin də qoşulacağı"."""
    for t in toks[max(0, i - 8):i]:
        w = t.text
        if w[:1].islower() and az_lower(w).endswith(ev.PLURAL_GENITIVE + ("tərəfinin",)):
            return True
    return False


def _unnamed_owner(toks, i: int) -> bool:
    """Whether the taking part belongs to a plural of no names right before it: "bölmələrin iştirakı",
    "sərhədçilərinin də qoşulacağı" (not "Nazirin iştirakı", one the text has named)."""
    k = i - 1
    if k >= 0 and az_lower(toks[k].text) in ("də", "da"):
        k -= 1
    return k >= 0 and toks[k].text[:1].islower() and az_lower(toks[k].text).endswith(ev.PLURAL_GENITIVE) \
        and az_lower(toks[k].text) not in ev.LEADERS_OF


def _after_ki(toks, i: int) -> int:
    """Where the clause a word is in starts after a reporting "... bildirib ki,": the subject's place."""
    k = next((k for k in range(i - 1, -1, -1) if az_lower(toks[k].text) == "ki"), None)
    if k is None:
        return 0
    return k + 2 if k + 2 < i and toks[k + 1].text == "," else k + 1


def _title_before_those_met(toks, sent, people: list[Mention], at: int, ctx: _Context) -> str | None:
    """The person a bare title stands for when it opens a list of those met ("Konfrans çərçivəsində Prezident
    NATO-nun Baş katibi A və Finlandiya Prezidenti B ilə görüşüb", "İclasın kənarında Azərbaycan hökumətinin
    başçısı A və B ilə söhbət edib"): of those the text first named with that title, ours."""
    before = [p for p in people if p.start < at]
    if len(before) < 2 or not (_follows_ile(before[-1], sent) or _person_case(before[-1], sent) == "INS") \
            or any(_person_case(p, sent) not in ("NOM", "INS") for p in before):
        return None
    first = next(k for k, t in enumerate(toks) if t.start >= before[0].start)
    head = next((k for k in range(first) if lemma(az_lower(toks[k].text)) in ("prezident", "nazir", "başçı")
                 or az_lower(toks[k].text) == "baş" or az_lower(toks[k].text) == "diplomatiyasının"), None)
    if head is None:
        return None
    words = [az_lower(t.text) for t in toks[head:head + 3]]
    if words[0] == "diplomatiyasının" and len(words) > 1 and words[1] == "rəhbəri" and head > 0 \
            and az_lower(toks[head - 1].text) == "azərbaycan":
        # "Azərbaycan diplomatiyasının rəhbəri A, B və C ilə görüşüb": our foreign minister
        ours = [p for p, role in ctx.roles.items() if p in ctx.persons and lemma(az_lower(role.split()[-1])) == "nazir"
                and "işlər" in ctx.title_words.get(p, ()) and _country_of(p, ctx) in (None, "Azərbaycan")
                and p not in {m.canonical for m in before}]  # ("xarici işlər naziri X")
        return ours[0] if len(ours) == 1 else None
    if words[0] == "baş" and len(words) > 1 and lemma(words[1]) == "nazir" or words[0] == "başçısı" and head > 0 \
            and az_lower(toks[head - 1].text) in ("hökumətinin", "hökumət"):
        key = "baş nazir"
    elif words[0] == "başçısı" and head > 0 and az_lower(toks[head - 1].text) in ("dövlətimizin", "dövlət"):
        key = "prezident"
    elif lemma(words[0]) == "prezident" and (words[0] == "prezident" or head > 0 and az_lower(toks[head - 1].text)
                                            == "azərbaycan"):
        key = "prezident"  # ("Azərbaycan Prezidenti A, B və C ilə görüşlər keçirib")
    else:
        return None
    after = head + (2 if words[0] == "baş" else 1)
    if after < len(toks) and toks[after].start in {p.start for p in people}:
        return None  # "Prezident Teymur Səlimov", "Baş nazir Nicat Ələsgərli": the title of a name
    ours = [p for p in ctx.titled_by.get(key, []) if ctx.affiliations.get(p) in (None, "Azərbaycan")
            and p not in {m.canonical for m in before}]
    return ours[0] if len(ours) == 1 else None


_OUR_ENDINGS = ("imiz", "ımız", "umuz", "ümüz")


def _our_titled_other(toks, i: int, ctx: _Context) -> bool:
    """Whether the subject is "our" title the text has given no one ("Prezidentimiz eyni şəhərdə zirvədə
    iştirak etdi", told by the minister interviewed): someone else, not the one the text is about."""
    for t in toks[:i]:
        w = az_lower(t.text)
        if w.endswith(_OUR_ENDINGS) and lemma(w[:-4]) in kb.TITLES and not ctx.titled.get(lemma(w[:-4])):
            return True
    return False


def _shared_subject(shared: list[Mention], sent) -> list[str]:
    """The persons named in the nominative before a verb that shares its subject with the one before it
    ("X Qubaya gəlib və həmin gün ... görüşüb")."""
    return [m.canonical for m in shared if m.type == "PER" and " " in m.canonical and _person_case(m, sent) == "NOM"]


def _programme_owner(low: str, ctx: _Context) -> str | None:
    """Whose programme "Proqramda ... ilə görüş də var idi" tells of: the traveller of the last visit made,
    not of one planned since ("Öztürkmenin Sumqayıta gəlməsi gözlənilir")."""
    if not low.startswith(("proqramda", "səfər proqramında", "proqrama", "səfərin proqramında")):
        return None
    went = next((e for e in reversed(ctx.events) if e.type == ev.VISIT and e.status == "happened"
                 and e.participants and e.participants[0] in ctx.persons), None)
    return went.participants[0] if went else None


def _actor(ctx: _Context) -> str | None:
    """Who a sentence without a named subject is about: the person of the last event told, else the
    first person the text names."""
    if ctx.last is not None and ctx.last.participants and ctx.last.type in (ev.VISIT, ev.ATTEND) \
            and ctx.last.participants[0] in ctx.persons and ctx.last.status != "negated":
        return ctx.last.participants[0]  # "X Varşavaya səfər edəcək. Səfər zamanı o, Y ilə görüşəcək"
    return ctx.main


# Plural subjects that stand for the two sides the text has named: "nazirlər", "tərəflər", "həmsədrlər".
_SIDES = __import__("re").compile(r"\b(?:nazirlər|tərəflər|həmsədrlər|həmsöhbətlər|dövlət başçıları|prezidentlər"
                                  r"|spikerlər|sədrlər|nazir müavinləri|səfirlər|rəhbərlər|diplomatlar|iki diplomat"
                                  r"|iki nazir|həmkarlar|hər iki tərəf|rektorlar|iki rektor)(?=i|ı|\b)")


def _sides(ctx: _Context, word: str) -> Event | None:
    """The last two-sided event of the text whose sides the plural stands for: "nazirlər" the last
    meeting of two with "nazir" in both roles, "tərəflər" the last meeting of two."""
    role = {"nazirlər": "nazir", "səfirlər": "səfir", "spikerlər": "sədr", "sədrlər": "sədr", "rektorlar": "rektor",
            "iki rektor": "rektor", "iki nazir": "nazir", "iki diplomat": None,
            "prezidentlər": "prezident", "dövlət başçıları": "prezident", "nazir müavinləri": "müavin"}.get(word)
    for e in reversed(ctx.events):
        if e.type in (ev.MEET, ev.CALL, ev.SIGN) and len(e.participants) == 2 and (
                role is None or all(_has_role(e.roles.get(p) or ctx.roles.get(p), role)
                                    or not (e.roles.get(p) or ctx.roles.get(p)) for p in e.participants)
                and any(_has_role(e.roles.get(p) or ctx.roles.get(p), role) for p in e.participants)):
            # (one side's title untold: "azərbaycanlı həmkarı Zaur Hümbətli ilə" is a minister too)
            return e
    titled = [p for p, head in ctx.first_title.items() if role and head == role
              and _has_role(ctx.roles.get(p) or head, role)]  # (a "Baş nazir" is no minister)
    if len(titled) == 2:  # "iki rektor arasında görüş olub": the two the text has named with that title
        return Event(ev.MEET, titled, "", 0, 0)
    return None


def _has_role(title: str | None, role: str) -> bool:
    """Whether a role is the one a plural names: "energetika naziri" and "nazir" are ministers, "Baş nazir"
    is not ("nazirlər" are ministers)."""
    t = az_lower(title or "")
    return role in t and not t.startswith("baş ")


def _in_quotes(m: Mention, sent) -> bool:
    """Whether a name stands inside quotation marks: a title ('"Cənubi Qafqazda sülh" mövzusunda panel'),
    what someone said, not where anything happens."""
    return _quote_open(sent.text[:m.start - sent.start])


def _quote_open(before: str) -> bool:
    """Whether a quotation opened in ``before`` is not closed yet."""
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”") or before.count("«") > before.count("»")


def _agent(p: Mention, sent) -> bool:
    """Whether a person is the agent of a passive ("X tərəfindən qəbul edilib": the receiver, so the one
    received is the other side) or the one who invited ("X-in dəvəti ilə"; but "X dəvəti qəbul edib"
    accepted it)."""
    after = az_lower(sent.text[p.end - sent.start:p.end - sent.start + 14]).lstrip()
    return after.startswith("tərəfindən") or after.startswith("dəvət") and p.text != p.canonical \
        and az_lower(p.text).endswith(("ın", "in", "un", "ün"))


def _site_of(p: Mention, sent) -> bool:
    """Whether a person is named as the one a site is of ("Nizami Gəncəvi məqbərəsini", "Heydər Əliyevin
    məzarını", "... xatirəsini"), not as one who visits."""
    after = az_lower(sent.text[p.end - sent.start:p.end - sent.start + 40]).split()
    if len(after) > 1 and after[0].endswith(("nın", "nin", "nun", "nün", "ın", "in", "un", "ün")) and sent.text[
            p.end - sent.start:].lstrip()[:1].isupper():
        after = after[1:]  # "Xan qızı Natəvanın evini": the name's last word in the genitive, then the site
    return bool(after) and (after[0].startswith(_SITES + ("məqbərə", "büst", "heykəl", "xatirə", "ev-muzey", "adına"))
                            or after[0] in ("evini", "evi", "evinə", "evində"))  # "Xan qızı Natəvanın evini"


def _word_status(word: str) -> str | None:
    """The status a word's verb reading gives, but not a noun's case read as a made-up verb's negation:
    "proqrama" is "proqram" + dative, not "proqra-ma" (no such verb), when the lexicon knows the noun."""
    st = ev.word_status(word)
    if st == "negated" and word.endswith(("ma", "mə")):
        return None  # "nəqletmə tarifləri": a bare -mA is a verbal noun; a verb is negated with a tense on
    if st == "negated":
        r = ev.verb_reading(word)
        if r is not None and not _known_stem(az_lower(r.stem)) and any(
                a.pos == "NOUN" and a.suffixes and _known_stem(az_lower(a.stem)) for a in analyze(word)[:4]):
            return None
    return st


def _weekday_told(date_text: str) -> bool:
    """Whether a date is told by a weekday's name ("bazar günü", "çərşənbə axşamı")."""
    low = az_lower(date_text)
    return any(day in low for day in WEEKDAYS)


def _main_verb_past(toks) -> bool:
    """Whether the sentence's last word is a finite past verb ("... deyib", "... çıxış edib")."""
    words = [k for k, t in enumerate(toks) if t.kind == WORD]
    return bool(words) and _told_past(toks, words[-1])


def _told_past(toks, i: int) -> bool:
    """Whether the trigger's own verb, or its light verb, is a finite past form ("görüşüb", "səfər edib",
    "imzalanıb"), which no plan is told with."""
    for t in toks[i:i + 2]:
        reading = ev.verb_reading(az_lower(t.text))
        if reading is not None and {"PST", "PST.EV", "PERF.IB"} & set(reading.features) \
                and not {"PTCP.PST", "PTCP.PRS", "PTCP.FUT", "VN", "INF", "NEG"} & set(reading.features):
            return True
    return False


def _ahead(dates: list[DateMention], doc_date: str | None) -> bool:
    """Whether a date of the sentence lies after the document's own month or day: a plan, whatever the verb."""
    if not doc_date or len(doc_date) < 10:
        return False
    for d in dates:
        v = d.value
        if v and not v.startswith("-") and len(v) >= 7 and v[:len(v)] > doc_date[:len(v)]:
            return True
    return False


def _chain_before(people: list[Mention], sent, at: int) -> list[str]:
    """The persons joined by "və" or commas that end just before a word ("X, Y və Z-nin iştirakı")."""
    before = [p for p in people if p.end <= at and at - p.end <= 12]
    if not before:
        return []
    chain = [before[-1]]
    for p in reversed([p for p in people if p.end <= chain[0].start]):
        gap = sent.text[p.end - sent.start:chain[0].start - sent.start].strip()
        if gap not in ("və", ","):
            break
        chain.insert(0, p)
    return [p.canonical for p in chain]


# What an unnamed head does right after its title: "İcra Hakimiyyətinin başçısı qəbul edərək / qarşılayıb".
_UNNAMED_HEAD_ACTS = __import__("re").compile(r"(?:qəbul|qarşıla|görüş|rektoru|qonaqları|qonağı|onları|onu)")


def _led_by(sent, ms: list[Mention]) -> list[str]:
    """The bodies met through their unnamed leadership: "Dünya Bankının rəhbərliyi ilə görüşlər keçirib",
    "Eni şirkətinin rəhbərliyi ilə"."""
    out = []
    for m in ms:
        after = az_lower(sent.text[m.end - sent.start:m.end - sent.start + 40]).split()
        if after[:1] == ["şirkətinin"]:
            after = after[1:]
        if after[:2] == ["idarə", "heyəti"]:
            after = ["rəhbərliyi"] + after[2:]  # "Bankın idarə heyəti ilə görüşməsi": the board, the body's leadership
        if m.type == "ORG" and len(after) > 1 and after[0] in ("rəhbərliyi", "başçısı", "rəhbəri", "sədri") \
                and (after[1] == "ilə" or after[0] == "başçısı" and _UNNAMED_HEAD_ACTS.match(after[1])):
            out.append(m.canonical)  # ("İcra Hakimiyyətinin başçısı ilə görüşəcək", "... başçısı qəbul edərək": the head unnamed)
    return out


def _coordinated(toks, i: int, j: int) -> bool:
    """Whether the verbs at ``i`` and ``j`` are coordinated clauses: a verbal noun or verb, then a comma
    or "və", then the other's own words ("... X ilə məsləhətləşmələr aparması, Y ilə görüşməsi")."""
    for k in (i + 1, i + 2):
        if k < j and (toks[k].text in (",", ";") or az_lower(toks[k].text) == "və"):
            return True
    return False


_OBJECT_CASE_ENDINGS = ("ı", "i", "u", "ü", "la", "lə", "a", "ə")
_GENITIVE_ENDINGS = ("in", "ın", "un", "ün")


_TOWN_WORDS = frozenset({"rayon", "şəhər", "rayonun", "şəhərin", "icra"})


def _titled(toks, span: range, ctx: _Context, people: list[Mention] | None = None, *, lowercase: bool = False,
            endings: tuple[str, ...] = (), stop: bool = False, besides: str | None = None) -> str | None:
    """The person a bare title among ``toks[span]`` stands for: the person the text first named with that
    title. A title with a name right after it is that name's own title: it ends the search when ``stop``
    (and so does a title that several persons share), else the search goes on. ``lowercase`` keeps to
    titles inside a sentence, ``endings`` to a case, ``besides`` skips a person already taken."""
    starts = {p.start for p in people or ()}
    for k in span:
        t = toks[k]
        prime = az_lower(t.text) == "baş" and k + 1 < len(toks) and lemma(az_lower(toks[k + 1].text)) == "nazir"
        if t.kind != WORD or lowercase and not t.text[:1].islower() and not prime:
            continue  # (but "Baş nazirin ...", written with its capital inside a sentence)
        if k + 1 < len(toks) and toks[k + 1].start in starts:
            if stop:
                return None  # "Nazir Ceyhun Bayramov": a name follows
            continue  # "nazir müavini Leyla Abdullayeva ilə": the title of the name that follows
        w = az_lower(t.text)
        if endings and not (az_lower(toks[k + 1].text) if prime else w).endswith(endings):
            continue
        if w == "nümayəndə" and k + 1 < len(toks) and az_lower(toks[k + 1].text).startswith("heyət"):
            continue  # "Özbəkistan nümayəndə heyətinin": a delegation, not a representative
        if lemma(w) == "nazir" and k > 0 and az_lower(toks[k - 1].text) == "baş":
            continue  # (the second word of "Baş nazir", looked up with the first)
        key = "baş nazir" if w == "baş" and k + 1 < len(toks) and lemma(az_lower(toks[k + 1].text)) == "nazir" else lemma(w)
        if key == "rəhbər" and k > 0 and az_lower(toks[k - 1].text) in _TOWN_WORDS and ctx.titled.get(key) is None:
            key = "başçı"  # "rayon rəhbəri", "şəhər rəhbəri": the head of the executive the text named
        if key == "nazir" and k + 1 < len(toks) and az_lower(toks[k + 1].text).startswith("müavin") \
                and not _plural_suffix(az_lower(toks[k + 1].text)):  # (not "nazir müavinləri")
            key = "vitse-nazir" if ctx.titled.get("vitse-nazir") else "müavin"  # "Nazir müavininin": the vice-minister
        elif key == "vitse-nazir" and ctx.titled.get(key) is None:
            key = "müavin"  # "vitse-nazir" for one the text named "nazir müavini"
        if _PLURAL.search(w) and k > 0 and _people_country(az_lower(toks[k - 1].text)) and (ctx.leader or ctx.guest):
            return ctx.leader or ctx.guest  # "Gürcü deputatlar": the foreign delegation, through its head
        person = ctx.titled.get(key)
        if person is None and key == "diplomat" and not (k > 0 and toks[k - 1].text[:1].isupper()) \
                and len(envoys := [p for p in ctx.titled_by.get("səfir", []) if p in ctx.persons]) == 1:
            person = envoys[0]  # "Diplomatın Qusar rayonuna səfəri": the one ambassador the text named
        country = _people_country(az_lower(toks[k - 1].text)) if k > 0 else None
        if person and country and _country_of(person, ctx) != country and len(ctx.nationals.get(country, [])) == 1 \
                and ctx.nationals[country][0] != person and (_country_of(person, ctx) is not None or not _foreign_name(person)):
            person = ctx.nationals[country][0]  # "Türkiyəli nazirin ... səfəri": the Turk, not our minister
        if person is None and k > 0 and key in ev.COUNTRY_TITLES:
            # "Azərbaycan diplomatı", "Qazaxıstan lideri", "türkmən liderinin"
            country = nominative(toks[k - 1].text) if toks[k - 1].text[:1].isupper() \
                else _people_country(az_lower(toks[k - 1].text))
            person = _of_country(country, key, ctx) if country else None
        if person == "" and k > 0:
            person = _foreign_titled(az_lower(toks[k - 1].text), ctx.titled_by.get(key, []))
        if person == "" and k > 0 and toks[k - 1].text[:1].islower() and toks[k - 1].kind == WORD and t.text[:1].islower():
            # "energetika nazirinin ... qatılacağı": of the ministers named, the one of energy
            field_of = az_lower(toks[k - 1].text)[:6]
            own = [p for p in ctx.titled_by.get(key, []) if field_of in ctx.title_words.get(p, ())]
            if len(own) > 1:  # ("energetika naziri X Bolqarıstanın energetika naziri Y ilə ...": ours, unqualified)
                own = [p for p in own if ctx.affiliations.get(p) in (None, "Azərbaycan")]
            person = own[0] if len(own) == 1 else ""
        if person == "" and k > 0 and toks[k - 1].text[:1].isupper():
            # "Bolqarıstan nazirinin ... baş çəkməsi": of the ministers named, the one of that country
            country = nominative(toks[k - 1].text)
            own = [p for p in ctx.titled_by.get(key, []) if ctx.affiliations.get(p) == country] \
                if is_country_name(country) else []
            person = own[0] if len(own) == 1 else ""
        if person == "" and not _PLURAL.search(w) and ctx.guest in ctx.titled_by.get(key, ()) and any(
                az_lower(x.text).startswith(("səfər", "yollan")) for x in toks):
            person = ctx.guest  # "Nazir səfər zamanı ... iştirak edib": of the ministers named, the visiting one
        if person == "" and stop and ctx.main in ctx.titled_by.get(key, ()):
            person = ctx.main  # "Nazirin ... səfəri": of the ministers named, the one the text is about
        if person is not None and stop:
            return person or None
        if person and person != besides:
            return person
    return None


# Plural words that stand for the guests who came together: "səfirlər", "qonaqlar", "Diplomatları", "onlar".
_GROUP_SUBJECT = __import__("re").compile(r"(?<!\w)(?:qonaqlar|səfirlər|diplomatlar|deputatlar|senatorlar|parlamentarilər"
                                          r"|nümayəndələr|onlar|onları|onlara|onların)(?!\w)|(?<!\w)(?:qonaqları|səfirləri|diplomatları)(?!\w)"
                                          r"|(?<!\w)(?:qonaqların|səfirlərin|diplomatların)(?!\w)")
_GROUP = __import__("re").compile(r"(deputat|senator|parlamentari|səfir|diplomat)l[ae]r[ıi]?$")


def _together(people: list[Mention], sent, at: int) -> list[str]:
    """Those named before a verb as going with its subject: "Y ilə birlikdə", "Y-lə bərabər"."""
    return [p.canonical for p in people if p.start < at and _person_case(p, sent) == "INS" and az_lower(
        sent.text[p.end - sent.start:p.end - sent.start + 18]).lstrip().removeprefix("ilə ").startswith(
        ("birlikdə", "bərabər", "yanaşı"))]


# "həmsöhbətlər birlikdə ... yollanıb": the two sides of the meeting just told.
_BOTH_SIDES = __import__("re").compile(r"\bhəmsöhbətlər\b")


def _listed_from(people: list[Mention], sent) -> list[Mention]:
    """The first of ``people`` and those listed right after it in the same case ("X-i, Y-i və Z-i")."""
    out = people[:1]
    for p in people[1:]:
        between = sent.text[out[-1].end - sent.start:p.start - sent.start]
        if _person_case(p, sent) != _person_case(out[0], sent) or not _LIST_GAP.fullmatch(between):
            break
        out.append(p)
    return out


_LIST_GAP = __import__("re").compile(r"(?:,\s*|\s+və\s+)(?:[^\s,]+\s+){0,8}")


def _title_word(low: str) -> bool:
    """Whether a lower-case word is a title ("sədr", "nazir", "səfiri")."""
    return lemma(low) in kb.TITLES


def _guest_titled(toks, i: int, ctx: _Context) -> bool:
    """Whether a title before a visit's word is the guest's own, though others share it ("nazirin" where
    two ministers are named and one of them is the visitor)."""
    head = ctx.first_title.get(ctx.guest or "")
    return bool(head) and any(t.kind == WORD and t.text[:1].islower() and lemma(az_lower(t.text)) == head
                              for t in toks[max(0, i - 8):i])


def _counterpart(toks, ctx: _Context, one: str) -> str | None:
    """The one "həmkarı" (his counterpart) stands for: the other person the text has named with the same
    title ("iqtisadiyyat naziri X ... BƏƏ-nin iqtisadiyyat naziri Y ... X həmkarı ilə görüşüb")."""
    at = next((k for k, t in enumerate(toks) if az_lower(t.text).startswith("həmkar")), None)
    if at is None or az_lower(toks[at].text).startswith("həmkarlar") \
            or at + 1 < len(toks) and toks[at + 1].text[:1].isupper():
        return None  # (not "gürcü və türk həmkarları", nor "həmkarı Farrux Şarifzoda": named there)
    country = _people_country(az_lower(toks[at - 1].text)) if at > 0 else None
    if country:  # "slovak həmkarı", "özbək həmkarı": the one the text tied to that country
        tied = [p for p, body in ctx.affiliations.items() if p != one and (body or "").startswith(country)]
        if len(tied) == 1:
            return tied[0]
    head = ctx.first_title.get(one)
    others = [p for p in ctx.titled_by.get(head, []) if p != one] if head else []
    return others[0] if len(others) == 1 else None


def _foreign_head(toks, i: int, ctx: _Context, other: str) -> str | None:
    """The head of a foreign delegation told by a common noun ("qırğız nümayəndə heyətinin rəhbərini
    qəbul edib"): the delegation's leader or guest the text has named, else the first person it has tied
    to a foreign body, else the first with a foreign first name who took part in an event told before."""
    words = [az_lower(t.text) for t in toks[:i]]
    for k in range(2, len(words)):
        if words[k] in ("rəhbərini", "başçısını", "rəhbəri", "başçısı") and words[k - 1] in ("heyətinin", "heyətin") \
                and words[k - 2] == "nümayəndə" and k > 2 and (words[k - 3] in kb.ETHNONYMS or is_country_name(
                    toks[k - 3].text) and not words[k - 3].startswith("azərbaycan")):
            heads = [ctx.leader, ctx.guest] + [p for p, body in ctx.affiliations.items() if _foreign_body(body)] \
                + _foreign_met(ctx)
            return next((h for h in heads if h and h != other), None)
    return None


def _foreign_body(name: str | None) -> bool:
    """Whether a body's name opens with another country's ("Qazaxıstan Parlamentinin Məclisi")."""
    first = nominative(name.split()[0]) if name else ""
    return bool(first) and is_country_name(first) and not az_lower(first).startswith("azərbaycan")


def _pronoun_subject(toks, before: int) -> bool:
    """Whether the pronoun "o" stands as a subject before the offset ``before`` ("Səfər çərçivəsində o, ...")."""
    return any(az_lower(t.text) == "o" and t.end <= before for t in toks)


def _follows_ile(p: Mention, sent) -> bool:
    """Whether "ilə" comes right after the person: the one met with, not the one who meets."""
    return az_lower(sent.text[p.end - sent.start:p.end - sent.start + 6]).lstrip().startswith(("ilə", "ile"))


def _new_traveller(sent, trig, people: list[Mention], ms: list[Mention], ctx: _Context) -> bool:
    """Whether a visit noun told as a reference is the visit of someone whose visit the text has not told,
    named in the genitive before it with the place it goes to ("Y-nin Praqaya işgüzar səfəri")."""
    at = sent.tokens[trig.index].start
    owner = [p for p in people if 0 <= at - p.end <= 40 and _person_case(p, sent) == "GEN"]
    if not owner or any(e.type == ev.VISIT and owner[-1].canonical in e.participants for e in ctx.events):
        return False
    return any(m.type == "LOC" and owner[-1].end <= m.start < at
               and _mention_case(m, _case_of, sent.text, sent.start) == "DAT" for m in ms)


def _group_at(toks, i: int, ctx: _Context) -> list[str]:
    """The people a plural title at ``toks[i]`` stands for ("deputatları", "senatorlar"): those the text
    has named with that title, when there are two or more."""
    if not 0 <= i < len(toks) or toks[i].kind != WORD:
        return []
    found = _GROUP.match(az_lower(toks[i].text))
    members = ctx.titled_by.get(found.group(1), []) if found else []
    if i > 0 and az_lower(toks[i - 1].text).startswith("azərbaycan"):  # "Azərbaycan deputatları": not another country's
        members = [p for p in members if not _foreign_body(ctx.affiliations.get(p))]
    return list(members) if len(members) > 1 else []


_PLURAL = __import__("re").compile(r"l[ae]r")  # "deputatları", "senatorlar": a group, not one person


def _unknown_foreigner(toks, i: int) -> bool:
    """Whether a country's title stands before a trigger with no name ("Bəhreyn səfirinin", "qazax naziri"),
    the person left unresolved: someone the text never named, not the one it is about."""
    for k in range(max(1, i - 6), i):
        before = toks[k - 1]
        word = az_lower(toks[k].text)
        if toks[k].kind == WORD and before.kind == WORD and lemma(word) in kb.TITLES and not _PLURAL.search(word) \
                and not az_lower(before.text).startswith("azərbaycan") and (
                _people_country(az_lower(before.text)) or before.text[:1].isupper() and is_country_name(before.text)):
            return True
    return False


def _of_country(country: str, key: str, ctx: _Context) -> str | None:
    """The one person of ``country`` (ours: no other affiliation) whose role fits the word ``key``."""
    if not is_country_name(country):
        return None
    ours = country == "Azərbaycan"
    fits = [p for p, role in ctx.roles.items() if p in ctx.persons
            and (ctx.affiliations.get(p) in (None, "Azərbaycan") if ours else ctx.affiliations.get(p) == country)
            and any(r in az_lower(role) for r in ev.COUNTRY_TITLES[key])]
    return fits[0] if len(fits) == 1 else None


def _people_country(word: str) -> str | None:
    """The country a word before a title names: "qazax", "qazaxıstanlı" -> Qazaxıstan."""
    if word in kb.ETHNONYM_COUNTRIES:
        return kb.ETHNONYM_COUNTRIES[word]
    if word.endswith(("lı", "li", "lu", "lü")) and is_country_name(az_capitalize(word[:-2])):
        return az_capitalize(word[:-2])
    return None


def _foreign_titled(before: str, persons: list[str]) -> str:
    """Of the persons who share a title, the one a foreign nationality before it points to: "alman
    rektor" is the rector whose first name is not an Azerbaijani one; "" when that is not one person."""
    if not (before in kb.ETHNONYMS or before.endswith(("lı", "li", "lu", "lü")) and is_country_name(
            az_capitalize(before[:-2]))) or before.startswith("azərbaycan"):
        return ""
    foreign = [p for p in persons if _foreign_name(p)]
    return foreign[0] if len(foreign) == 1 else ""


def _foreign_name(person: str) -> bool:
    """Whether a person's first name is not an Azerbaijani one: in a text of a visit, the guest's side."""
    return not gazetteer.is_home_first_name(az_lower(person.split()[0]))


def _foreign_met(ctx: _Context) -> list[str]:
    """The persons with a foreign first name who took part in the events told so far, in the order told."""
    return [p for e in ctx.events for p in e.participants if p in ctx.persons and _foreign_name(p)]


def _head_after(m: Mention, sent) -> str:
    """The lower-case place head written right after a name ("Cıdır" + "düzünü"), or ""."""
    after = sent.text[m.end - sent.start:m.end - sent.start + 16]
    word = after.lstrip().split(" ")[0].rstrip(",;") if after[:1] == " " else ""  # ("xiyabanı, həmçinin ...")
    return word if word[:1].islower() and word.isalpha() and lemma(word) in kb.LOC_HEADS else ""


def _sites_visited(sent, trig, ms: list[Mention], case_of, case: str = "ACC") -> list[str]:
    """The places named as the objects of a visit, joined by commas and "və", up to its verb: "Cıdır düzünü,
    Natəvanın evini və Yuxarı Gövhərağa məscidini ziyarət ediblər" (the named ones); with ``case`` "LOC",
    the places someone has been in: "Fəxri xiyabanda və Şəhidlər xiyabanında olub"."""
    at = sent.tokens[trig.index].start
    endings = ("nı", "ni", "nu", "nü", "ı", "i", "u", "ü") if case == "ACC" else ("da", "də", "nda", "ndə")
    objects = [m for m in ms if m.type in ("LOC", "ORG") and m.end <= at
               and (_mention_case(m, case_of, sent.text, sent.start) == case or _head_after(m, sent).endswith(
                   endings))]  # ("Cıdır düzünü": the head takes the case)
    if not objects or az_lower(sent.text[objects[-1].end - sent.start:at - sent.start]).split()[1:]:
        return []  # the last object is not right before the verb ("... ilə tanış olub, sonra ... ziyarət edib")
    chain = [objects[-1]]
    bare = [m for m in ms if m.type in ("LOC", "ORG") and m.end <= objects[-1].start and m not in objects
            and _mention_case(m, case_of, sent.text, sent.start) is None]  # "Füzuli və Şuşada": one ending for both
    for m in reversed(sorted(objects[:-1] + bare, key=lambda x: x.start)):
        gap = az_lower(sent.text[m.end - sent.start:chain[0].start - sent.start]).split()
        gap = [g for g in (x.strip(",;") for x in gap) if g and g not in ev.LIST_JOINERS]
        if gap and not (len(gap) == 1 and _head_after(m, sent)):
            break  # only commas and "və" between them, or the head that carries the case
        chain.insert(0, m)
    return list(dict.fromkeys(m.canonical for m in chain))


def _foreign_title_in(toks, i: int, ctx: _Context) -> str | None:
    """The person a title with a foreign nationality before ``toks[i]`` stands for, when others share the
    title: "Bakıda səfərdə olan alman rektor ... qəbul edilib" (the German rector, not the host's)."""
    for k in range(max(1, i - 10), i):  # "Qazax naziri", "qazaxıstanlı həmkarı": the one the text tied to that country
        if toks[k].kind == WORD and toks[k - 1].kind == WORD and (country := _people_country(az_lower(toks[k - 1].text))):
            holders = ctx.titled_by.get(lemma(az_lower(toks[k].text)), [])
            of = [p for p in holders if (ctx.affiliations.get(p) or "").startswith(country)]
            if len(of) == 1:
                return of[0]
    if "" not in ctx.titled.values():
        return None  # no title is shared
    for k in range(max(1, i - 10), i):
        if toks[k].kind == WORD and toks[k - 1].kind == WORD:
            head = lemma(az_lower(toks[k].text))
            if ctx.titled.get(head) == "":
                found = _foreign_titled(az_lower(toks[k - 1].text), ctx.titled_by.get(head, []))
                if found:
                    return found
    return None


def _titled_before(toks, i: int, ctx: _Context) -> str | None:
    """A title in the genitive a few words before a trigger ("səfirin ... səfəri", "deputatın ... iştirakı")."""
    return _titled(toks, range(max(0, i - 6), i), ctx, lowercase=True, endings=_GENITIVE_ENDINGS)


def _titled_subject(toks, ctx: _Context, people: list[Mention]) -> str | None:
    """A sentence's subject that is a bare title ("Nazir müavini həmin gün Y ilə ...", "Səfir ... bildirib")."""
    found = _titled(toks, range(min(3, len(toks))), ctx, people, stop=True)
    if found is None:  # "Konfransın ilk günündə Şeyxülislam ... ilə görüşüb": a title written with its capital
        k = next((k for k in range(3, min(5, len(toks))) if toks[k].kind == WORD and toks[k].text[:1].isupper()
                  and _title_word(az_lower(toks[k].text))), None)
        found = _titled(toks, range(k, k + 1), ctx, people, stop=True) if k is not None else None
    return found


def _bare_title_subject(toks, ctx: _Context, people: list[Mention], one: str) -> str | None:
    """A title in the nominative, with no name after it, before the one person a sentence names: the
    subject that person meets ("... gəlmiş rumıniyalı nazir sabah Prezident X-in qəbulunda olacaq")."""
    first = min((p.start for p in people), default=None)
    if first is None:
        return None
    span = [k for k, t in enumerate(toks) if t.end <= first and t.kind == WORD and t.text.islower()
            and _title_word(az_lower(t.text)) and az_lower(t.text) == lemma(t.text)]
    person = _titled(toks, range(span[-1], span[-1] + 1), ctx, people, stop=True) if span else None
    return person if person != one else None


def _title_of_another(people: list[Mention], person: str, ctx: _Context) -> str | None:
    """The person a bare title written before another's name stands for, when the text named that other
    with a different title: "Prezident Hendrik Vos ilə görüşüb", Vos being the Secretary General."""
    one = next((p for p in people if p.canonical == person), None)
    if one is None or not one.text.endswith(person) or ctx.roles.get(person) is None:
        return None
    title = az_lower(one.text[:len(one.text) - len(person)].strip())
    if not title or " " in title or title == az_lower(ctx.roles[person]):
        return None
    other = ctx.titled.get(lemma(title))
    return other if other and other != person else None


def _titled_near(toks, i: int, ctx: _Context, people: list[Mention]) -> str | None:
    """A bare title just before a verb ("səfər zamanı sədr müavini ... baş çəkib")."""
    return _titled(toks, range(max(0, i - 8), i), ctx, people, lowercase=True)


def _titled_object(toks, i: int, ctx: _Context, other: str, people: list[Mention]) -> str | None:
    """A title in an object case ("Səfiri X qarşılayıb", "Qonağı ... nazirlə görüşüb"), other than ``other``."""
    return _titled(toks, range(i), ctx, people, endings=_OBJECT_CASE_ENDINGS, besides=other)


def _country_delegation_head(sent, ms: list[Mention], ctx: _Context) -> str | None:
    """The one person of the country whose delegation the sentence names, when the text has tied exactly
    one to it (by a body of that country, or as the only foreign name among those who met so far)."""
    for m in ms:
        if m.type == "LOC" and is_country_name(m.canonical) and m.canonical != "Azərbaycan" and az_lower(
                sent.text[m.end - sent.start:m.end - sent.start + 20]).lstrip().startswith(("nümayəndə heyəti", "heyəti")):
            tied = {p for p, body in ctx.affiliations.items() if (body or "").startswith(m.canonical)}
            if not tied:
                tied = set(_foreign_met(ctx))
            return tied.pop() if len(tied) == 1 else None
    return None


def _foreign_delegation(sent, ms: list[Mention]) -> bool:
    """Whether the delegation of the sentence is a country's the text has not tied to anyone:
    "Özbəkistan nümayəndə heyəti isə toplantıya qatılmayıb" is no one the text has named."""
    for m in ms:
        if m.type == "LOC" and is_country_name(m.canonical) and m.canonical != "Azərbaycan" and az_lower(
                sent.text[m.end - sent.start:m.end - sent.start + 20]).lstrip().startswith(("nümayəndə heyəti", "heyəti")):
            return True
    return False


def _another_gathering(low: str, took: Event) -> bool:
    """Whether a sentence is set at a side event the attendance told before was not ("Yan tədbirdə Y də
    çıxış edib" after "heyətə X başçılıq edir"): Y took part in that one, not in X's."""
    return "yan tədbir" in low and "yan tədbir" not in az_lower(took.evidence)


def _also(p: Mention, sent) -> bool:
    """Whether a name is followed by "də"/"da" (also): "deputat Ramil Hüseynli də sessiyaya qatılıb"."""
    after = sent.text[p.end - sent.start:p.end - sent.start + 4]
    return after.startswith((" də ", " da ", " də,", " da,"))


def _new_destination(sent, trig, ms: list[Mention], ctx: _Context, case_of) -> bool:
    """Whether a visit noun has a place in the dative just before it that no visit of the text went to:
    "Qonaqların Şamaxıya səfəri də planlaşdırılır" after their visit to Bakı is a visit of its own."""
    at = sent.tokens[trig.index].start
    for m in ms:
        between = az_lower(sent.text[m.end - sent.start:at - sent.start]).split()
        headed = len(between) == 1 and between[0].startswith(_PLACE_HEADS) and between[0].endswith(("a", "ə"))
        if m.type == "LOC" and (0 <= at - m.end <= 2 and _mention_case(m, case_of, sent.text, sent.start) == "DAT"
                                or headed):  # ("Diplomatın Qusar rayonuna səfəri")
            return not any(e.type == ev.VISIT and e.location == m.canonical for e in ctx.events)
    return False


def _unnamed_partner(toks, i: int, ms: list[Mention], ctx: _Context | None = None, participants: list[str] = ()) -> bool:
    """Whether the one met is told by a common noun, with no name: "heyətlərinin rəhbərləri ilə də
    görüşəcək", "yerli deputatlarla görüşüb". Unnamed sides make no event (the guests and a delegation
    stand for the one the text says leads it, and a title for the one the text named with it: "şəhərin
    icra başçısı ilə görüşüb")."""
    ends = {m.end for m in ms}
    for k in range(i - 1, max(-1, i - 4), -1):
        w = az_lower(toks[k].text)
        if w in ("ilə", "ile") and k + 1 < len(toks) and az_lower(toks[k + 1].text) in ("əlaqədar", "bağlı"):
            continue  # "missiyasının başa çatması ilə əlaqədar qəbul edib": a reason, not a partner
        if w in ("ilə", "ile") and k > 0:
            before = toks[k - 1]
        elif w.endswith(("larla", "lərlə")) and toks[k].kind == WORD:
            before = toks[k]
        else:
            continue
        low = az_lower(before.text)
        if low in ("rəhbərliyi", "başçısı", "rəhbəri", "sədri") and any(e < before.start and before.start - e <= 12 for e in ends):
            return False  # "Dünya Bankının rəhbərliyi ilə": the body is named
        k_before = k - 1 if w in ("ilə", "ile") else k
        if ctx is not None and not _plural_suffix(low) and _titled(toks, range(k_before, k_before + 1), ctx) in participants:
            return False
        return before.kind == WORD and before.text[:1].islower() and before.end not in ends \
            and not low.startswith(("qonaq", "heyət", "nümayəndə", "tərəf", "həmkar", "həmsöhbət"))
    return False


def _counted(toks, i: int) -> bool:
    """Whether a counted subject stands just before the trigger: "150-yə yaxın qadın iştirak edib",
    "200-dən çox şirkət qatılıb", "100 nəfər iştirak edəcək": many people, none named."""
    for t in toks[max(0, i - 4):i]:
        if t.text[:1].isdigit() or az_lower(t.text) in ("nəfər", "minlərlə", "yüzlərlə", "onlarla", "çoxsaylı"):
            return True
    return False


def _plural_verb(toks, i: int) -> bool:
    """Whether the trigger's verb (the word or the light verb after it) has a plural subject:
    "iştirak ediblər", "qatılacaqlar", "görüşüblər"."""
    for t in toks[i:i + 2]:
        w = az_lower(t.text)
        if w.endswith(("lar", "lər")) and ev.verb_reading(w) is not None:
            return True
    return False


def _delegation_body(sent, ms, case_of, any_case: bool = False) -> str | None:
    """The body whose delegation acts, when the sentence names no person: "Milli Məclisin nümayəndə
    heyəti", "Milli Məclisin AŞPA-dakı nümayəndə heyəti"."""
    low = az_lower(sent.text)
    for m in ms:
        if m.type != "ORG" or case_of(m.text.split()[-1]) != "GEN":
            continue
        after = low[m.end - sent.start:m.end - sent.start + 48].split()
        if after[:2] == ["nümayəndə", "heyəti"] or any_case and after[:1] == ["nümayəndə"] and after[1:2] \
                and after[1].startswith("heyət") or len(after) > 2 and after[0].endswith(("dakı", "dəki", "takı", "təki")) \
                and after[1:3] == ["nümayəndə", "heyəti"]:
            return m.canonical
    return None


# A session named by its number or as plenary, within which one took part in talks ("TÜRKPA-nın 10-cu plenar
# iclası çərçivəsində aparılan müzakirələr", "Assambleyanın 79-cu sessiyası çərçivəsində keçirilən görüşlər").
_NAMED_SESSION_HEADS = frozenset({"iclası", "sessiyası", "toplantısı", "sammiti", "forumu", "assambleyası",
                                  "konfransı", "konqresi", "qurultayı", "zirvə"})
_NUMBERED = __import__("re").compile(r"\d+-?(?:cı|ci|cu|cü|ncı|nci|ncu|ncü)$")
_SESSION_WORK = ("aparılan", "keçirilən", "keçirdiyi", "apardığı", "müzakirə", "görüş", "danışıq")


# Case endings of a name (after its nominative letters) and what they say of its part in the clause.
# Gatherings one opens by taking part ("tədbiri ... açıb"); a festival or an exhibition opened is culture, no event.
_GATHERING_OBJECTS = frozenset({"tədbiri", "iclası", "forumu", "sessiyanı", "toplantını", "konfransı", "sammiti",
                                "simpoziumu", "müşavirəni", "konqresi", "qəbulu", "dinləməni", "mərasimi",
                                "sərgini", "seminarı"})
_WITH_GUEST = __import__("re").compile(r"\b(?:qonaqla|qonaqlarla|qonaq ilə|qonaqlar ilə)\b")
_GOING_ON = __import__("re").compile(r"\b(?:keçirilir|davam edir|davam etməkdədir|işini davam etdirir)\b")
_THERE = __import__("re").compile(r"\b(?:burada|orada)\b")
_AT_GATHERING = __import__("re").compile(r"\b(?:forum|sessiya|sammit|zirvə|toplantı|konfrans|assambleya|konqres)\w*"
                                         r" (?:kənarında|çərçivəsində)")
_SEPARATELY = __import__("re").compile(r"ayrı-ayrılıqda|ayrılıqda|ayrı-ayrı görüş|ayrıca görüşlər|hər biri ilə"
                                       r"|ikitərəfli görüşlər|təkbətək görüşlər")
_DELEGATION_OBJECT = __import__("re").compile(r"\b(?:nümayəndə heyətini|heyətini|qonaqları|qonağı)\s")
_SUFFIX_CASE = {**{x: "INS" for x in ("la", "lə", "yla", "ylə")},
                **{x: "ACC" for x in ("ı", "i", "u", "ü", "nı", "ni", "nu", "nü", "yı", "yi", "yu", "yü")},
                **{x: "DAT" for x in ("a", "ə", "ya", "yə", "na", "nə")},
                **{x: "GEN" for x in ("ın", "in", "un", "ün", "nın", "nin", "nun", "nün")},
                **{x: "LOC" for x in ("da", "də", "ta", "tə", "nda", "ndə")},
                **{x: "ABL" for x in ("dan", "dən", "tan", "tən", "ndan", "ndən")}}
_OBJECT_CASES = ("INS", "ACC", "DAT")


def _person_case(m: Mention | None, sent) -> str | None:
    """The case a person's name is in: "NOM" for the bare name (the subject), "INS" for "X ilə" and
    "X-lə", "ACC" for "X-i", "DAT", "GEN" ...; None when unknown."""
    if m is None:
        return None
    after = az_lower(sent.text[m.end - sent.start:m.end - sent.start + 6]).lstrip()
    if after.startswith(("ilə", "ile")) and (len(after) == 3 or not after[3:4].isalpha()):
        return "INS"
    last, head = m.text.split()[-1], m.canonical.split()[-1]
    if not last.startswith(head[:-1] or head):
        return None
    rest = az_lower(last[len(head):]) if last.startswith(head) else az_lower(last[len(head) - 1:])[1:]
    rest = rest.lstrip("'’-")
    if not rest:
        return "NOM"
    return _SUFFIX_CASE.get(rest)


# A sentence beginning with these tells where the event just told was held ("Mərasim ... keçirilib").
_HELD = __import__("re").compile(r"\s+(?:keçirilən|keçirilmiş|keçiriləcək|keçən|baş tutan|təşkil olunan|təşkil edilən|davam edən)\s")
# "Milli Məclisin inzibati binasında keçən söhbətdə": a body's building, so the body is the place.
_IN_BUILDING = __import__("re").compile(
    r"(?:ın|in|un|ün|nın|nin|nun|nün|-[a-zəıöüçşğ]+)?\s+(?:\w+\s+)?(?:binasında|iqamətgahında|qərargahında"
    r"|mənzil-qərargahında|ofisində|iclas zalında|akt zalında)\s+(?:keçirilən|keçirilmiş|keçən|baş tutan|təşkil olunan)\s")
_SESSION_OF = __import__("re").compile(r"\s+(?:plenar\s+|növbəti\s+|açıq\s+)?(?:iclas|sessiya)")
# A gathering named after its town: "Bakı Enerji Forumunun", "Bakı Enerji Həftəsi çərçivəsində".
_NAMED_GATHERING = __import__("re").compile(r"(?:\s+[A-ZƏÜÖÇŞĞİ]\w*){1,3}\s+(?:Forum|Həftə|Sammit|Konfrans|Sərgi|Festival"
                                            r"|Konqres|Dialoq|Toplantı)\w*")
# A body's building, where something is done: "Milli Şuranın tarixi binasında".
_HOUSED = __import__("re").compile(r"\s+(?:\w+\s+)?(?:binasında|iqamətgahında|qərargahında|mənzil-qərargahında"
                                   r"|ofisində|iclas zalında|akt zalında)\b")
_BEING = ("ol", "keçiril", "səfər", "gəl", "iştirak", "qatıl", "görüş", "toplan")
_PLAN_SCENE = __import__("re").compile(
    r"(?:iclas|sessiya|forum|sammit|zirvə|konfrans|konqres|assambleya|toplantı|müşavirə|komissiya|görüş|günləri"
    r"|həftəsi|festival|sərgi)\w*\b"
    r".{0,80}?\b(?:keçiriləcək|keçiriləcəyi\w*|toplanacaq|keçirilməsi (?:planlaşdırılır|nəzərdə tutulur|gözlənilir"
    r"|razılaşdırıl(?:ıb|dı)|barədə razılığa gəlin(?:ib|di)|qərara alın(?:ıb|dı)))"
    r"|\bkeçiriləcək (?:[\w-]+ ){0,9}(?:iclas|sessiya|forum|sammit|konfrans|toplantı|müşavirə|assambleya)")  # "... keçiriləcək konfransa dəvət edib"
_SCENE_OF_LAST = ("mərasim", "görüş", "tədbir", "danışıqlar", "imzalanma", "imzalama", "iclas", "toplantı")
# "Səfər proqramına ... getməsi də daxildir": on the programme, not done yet.
_IN_PROGRAMME = __import__("re").compile(r"proqram\w*\b.{0,160}\b(?:daxil(?:dir| edilib| edilir| olunub| edilmişdi"
                                         r"| olunmuşdu)|salınıb|var|vardır|yer alır|yer alıb)\b")
_ATTRIBUTION = __import__("re").compile(
    r"\s+(?:sözlərinə görə|fikrincə|fikrinə görə|dediyinə görə|bildirdiyinə görə|məlumatına görə|sözləri ilə)")
# "Səfərin ikinci günü": a day of the visit counted from its first.
_VISIT_DAY = __import__("re").compile(r"(səfərin|(?:toplantı|sessiya|forum|sammit|konfrans|assambleya|iclas)\w*) "
                                      r"(?:(ilk|birinci|ikinci|üçüncü|dördüncü|beşinci|son|sonuncu) günü|(yekununda|sonunda))")
_STARTED = __import__("re").compile(r"\b(?:başlayan|başlamış|açılan|start götürən|başlayıb|açılıb|start götürüb)\b")
_ORDINAL_DAYS = {"ilk": 0, "birinci": 0, "ikinci": 1, "üçüncü": 2, "dördüncü": 3, "beşinci": 4}
# A plan told in the past ("nəzərdə tutulurdu", "planlaşdırılmışdı"): it will not be, as planned.
_PAST_PLAN = __import__("re").compile(r"nəzərdə tutulurdu|nəzərdə tutulmuşdu|planlaşdırılırdı|planlaşdırılmışdı"
                                       r"|proqramda yer alırdı|proqramında yer alırdı|proqrama salınmışdı|proqrama daxil edilmişdi"
                                       r"|gözlənilirdi|(?:acaq|əcək)d[ıi](?:lar|lər)?\b"  # "görüşəcəkdi": was to meet
                                       r"|(?:tutulsa|planlaşdırılsa|nəzərdə tutulmuşdusa) da\b")  # "planned, but ..."
_YEAR = __import__("re").compile(r"(?<![–-])\b((?:19|20)\d\d)-(?:c[iı]|cü|cu) ildə")
_MEMBERS = __import__("re").compile(r"heyət\w*\s.*\bdaxil\s+(?:idi|olub|olmuş|olublar|idilər|dir|dirlər)|\btərkibinə\s.*\bdaxil")
# "Görüşdə ... gəlməsi müzakirə olunub": the meeting just told, where a plan was talked of (no plan of its own).
_THE_TALKS_AT = frozenset({"görüşdə", "söhbətdə", "danışıqlarda", "görüşlərdə", "məsləhətləşmələrdə", "qəbulda",
                           "danışığında", "danışıqda"})
# "pakistanlı senatorlar", "türk deputatlar": the members of a foreign delegation.
_FOREIGN_MEMBERS = __import__("re").compile(r"\b\w+(?:lı|li|lu|lü)\s+(?:senatorlar|deputatlar|parlamentarilər)")
_VISIT_BEGAN = __import__("re").compile(r"\s+(?:[^\s,.]+\s+){0,3}?(?:başlayıb|başlayır|başlayacaq|start götürüb)\b")
_OPENED = __import__("re").compile(r"\b(?:açılıb|başlayıb|işə başlayıb|açılmışdır)\b")
_AFTER_GATHERING = __import__("re").compile(r"(?:\w+\s+)?(iclas|görüş|danışıq|sessiya|forum|qəbul|konfrans|toplantı|tədbir"
                                            r"|sammit|zirvə|mərasim)\w*(?:(?:dan|dən) (?:sonra|dərhal sonra)"
                                            r"|(?:ın|in|un|nın|nin) (?:yekununda|sonunda|kənarında|ardından|ardınca))\b")
_AFTER_TALKS = __import__("re").compile(r"(?:görüşün|danışıqların|görüşlərin|qəbulun) (?:yekununda|sonunda|sonda)"
                                        r"|(?:görüşdən|danışıqlardan|görüşlərdən|qəbuldan) sonra")
_LEADER_SUBJECT = __import__("re").compile(r"\bheyət(?:in|inin)\s+(?:rəhbəri|başçısı)(?:\s*$|\s+\w)")
_GROUP_OWNERS = frozenset({"komissiyanın", "deputatların", "senatorların", "parlamentarilərin", "nümayəndələrin",
                           "nümayəndələrinin", "qrupunun", "komitənin", "jurnalistlərin", "tələbələrin", "iş adamlarının"})
_VISIT_FRAME = r"səfər(?:i|in)? (?:zamanı|çərçivəsində|ərzində|müddətində)"
_THAT_VISIT = __import__("re").compile(r"\b(?:həmin|bu) " + _VISIT_FRAME)
_ON_VISIT = __import__("re").compile(r"\b" + _VISIT_FRAME)
_ARRIVE = ("gəl", "ged", "getdi", "getmiş", "getmir", "getmə", "yollan", "uçub", "uçacaq", "uçdu", "uçaraq", "uçması", "çatıb", "çatacaq",
           "çatdı", "çatmış", "çatan", "çatıblar", "keçib", "keçəcək", "keçəcəyi", "keçiblər", "keçərək", "keçməsi",
           "keçəcəkləri")  # ("Heyətin sabah Zaqrebə keçməsi", "Belçikaya keçərək")  # "Qazax rayonuna keçib"  # "gəlib", "gedəcək", "getdi", "getməyib"
_SIDES_REPRESENTED = __import__("re").compile(r"\btərəfini\b.+\btərəfini\b.+\btəmsil ed"
                                              r"|\btərəfindən\b.+\btərəfindən\b.+\baparıb")  # "... X tərəfindən A, Y tərəfindən B aparıblar"
# Preparations for a visit or a meeting: it is yet to be ("səfəri ilə bağlı hazırlıq işləri aparılır").
_PREPARED = __import__("re").compile(r"\b(?:səfər|görüş)\w* (?:ilə bağlı |üçün )?hazırlıq")
# Words of a sports report, where "görüş" is a match.
_SPORT = ("məğlub", "qalib gəl", "yarımfinal", "turnir", "çempionat", "qol vur", "hesabla", "medal", "kiloqram",
          "komanda", "rəqib", "qələbə qazan", "heç-heçə", "matç")
_VERBAL_NOUN = ("ması", "məsi", "masını", "məsini", "masına", "məsinə", "masının", "məsinin")
_BECAUSE_OF = frozenset({"səbəbindən", "üzündən", "ucbatından"})
# "Səfərin son günü Osakada keçib": a day of the visit spent in a town.
_SPENT = __import__("re").compile(r"\b(?:keçib|keçdi|keçmişdir|olublar|olub)\b")
# Verbs of going somewhere, done: the town gone to is where what follows happens.
_GONE = ("yollanıb", "yollandı", "gedib", "getdi", "çatıb", "çatdı", "uçub", "uçdu", "keçib", "keçdi")
_OUR_COUNTRY = frozenset({"ölkəmizdə", "ölkəmizə", "respublikamızda", "respublikamıza"})
_OUR = ("ölkəmiz", "paytaxtımız", "şəhərimiz", "respublikamız")  # "X-in ölkəmizdəki səfiri": not X's own place
_PLACE_HEADS = ("şəhər", "rayon", "kənd", "qəsəbə", "vilayət", "əyalət", "bölgə", "ölkə", "paytaxt", "bələdiyyə")
# Sites someone is said to have been in: "Fəxri xiyabanda və Şəhidlər xiyabanında olub".
# A place where something else happened: "Sumatra adasında baş verən daşqınlar səbəbindən təxirə salınıb".
_HAPPENING = __import__("re").compile(r"\s+(?:\w+\s+)?(?:baş verən|baş vermiş|yaşanan|yaşanmış|törənən)\b")
_SITE_HEADS = ("xiyaban", "meydan", "muzey", "qoruğ", "qoruq", "park", "türbə", "məscid", "abidə", "kompleks", "memorial")


def _site_name(name: str) -> bool:
    """Whether a body's name ends in the head of a site one visits ("Aktau Dəniz Ticarət Limanı")."""
    return lemma(name.split()[-1]) in ev.SITE_BODY_HEADS


def _mention_case(m: Mention, case_of, text: str | None = None, offset: int = 0) -> str | None:
    if text is not None:
        tail = text[m.end - offset:m.end - offset + 24].split()
        head = az_lower(m.canonical.split()[-1])
        if len(tail) > 1 and az_lower(tail[0]) == "hava" and az_lower(tail[1]).startswith("liman"):
            return case_of(tail[1].strip(",.;:"))  # "Düşənbə hava limanında": the town's airport
        if tail and (az_lower(tail[0]).startswith(_PLACE_HEADS) and not az_lower(tail[0]).startswith(_OUR) or len(head) > 1 and tail[0][:1].islower()
                     and az_lower(tail[0]).startswith(head[:max(2, min(4, len(head) - 1))]) and len(m.canonical) > len(m.text)):
            return case_of(tail[0].strip(",.;:"))  # "Gəncə şəhərinə", "Tavriya sarayında", "Hökumət evində"
    if m.text == m.canonical:
        return None
    last = m.text.split()[-1]
    if "-" in last and last.rpartition("-")[0].isupper():
        suffix = last.rpartition("-")[2]
        return "LOC" if suffix.startswith(("da", "də", "ta", "tə")) else "DAT" if suffix in ("ya", "yə", "a", "ə") else None
    return case_of(last)


# "Azərbaycan Assambleyada (assosiativ üzv statusunda) təmsil olunur": a body one is a member of, no place.
_MEMBER_IN = __import__("re").compile(r"\s+(?:\w+\s+){0,3}təmsil olun")


def _location(kind, trig, sent, ms, ctx, case_of) -> str | None:
    if kind == ev.CALL:
        return None
    at = sent.tokens[trig.index].start
    if kind != ev.VISIT:
        housed = [m for m in ms if m.type == "ORG" and _HOUSED.match(sent.text, m.end - sent.start)
                  and _mention_case(m, case_of, sent.text, sent.start) == "GEN"]
        if housed:  # "heyət Milli Şuranın tarixi binasında ... qəbul olunub": in the body's building
            return housed[-1].canonical
    if kind == ev.ATTEND and az_lower(sent.tokens[trig.index].text).startswith("izlə"):
        owner = [m for m in ms if m.type == "ORG" and m.end <= at and _SESSION_OF.match(sent.text, m.end - sent.start)
                 and _mention_case(m, case_of, sent.text, sent.start) == "GEN"]
        if owner:  # "Milli Şuranın plenar iclasını izləyib": where the body sits
            return owner[-1].canonical
    places = [m for m in ms if m.type in ("LOC", "ORG") and not known_outlet(m.canonical)  # not "Report-a"
              and _mention_case(m, case_of, sent.text, sent.start) in
              (_VISIT_CASES if kind == ev.VISIT else _LOCATIVE)
              and not ev.in_topic_phrase(sent.text[m.end - sent.start:])
              and not (m.text.endswith(("dakı", "dəki", "takı", "təki"))  # "Azərbaycandakı səfiri"
                       and (az_lower(sent.text[m.end - sent.start:m.end - sent.start + 16]).lstrip().startswith(
                           _POSTED + ("heyət",))  # "TBMM-nin NATO PA-dakı heyətinin rəhbəri"
                            or " üzrə " in az_lower(sent.text[m.end - sent.start:m.end - sent.start + 40])))
              # ("Gürcüstandakı böhran üzrə xüsusi nümayəndəsi": the scope of a title)
              and not _posted_in(m, sent) and not _in_quotes(m, sent) and not _world_region(m.canonical)
              and not _HAPPENING.match(az_lower(sent.text[m.end - sent.start:m.end - sent.start + 24]))
              and not _MEMBER_IN.match(az_lower(sent.text[m.end - sent.start:m.end - sent.start + 60]))]
    if kind == ev.VISIT and az_lower(sent.tokens[trig.index].text).startswith(("qonağı", "qonaqları")):
        host = [m for m in ms if m.type in ("LOC", "ORG") and 0 <= at - m.end <= 2
                and _mention_case(m, case_of, sent.text, sent.start) == "GEN"]
        if host:  # "Bakının qonağı olub", "Milli Məclisin qonağı olub": the place or body visited
            return host[-1].canonical
    if kind == ev.VISIT and az_lower(sent.tokens[trig.index].text) == "tanış":
        here = next((k for k in range(trig.index - 1, -1, -1) if az_lower(sent.tokens[k].text) in ("burada", "orada")
                     or _went_to(sent.tokens, k)), None)
        seen = [m for m in ms if m.type in ("LOC", "ORG") and here is not None and sent.tokens[here].end <= m.start < at
                and not gazetteer.place_name(az_lower(m.canonical))]
        return seen[0].canonical if seen else None  # the site seen, not its town
    if kind == ev.VISIT and az_lower(sent.tokens[trig.index].text) == "baş":
        site = [m for m in ms if m.type in ("LOC", "ORG") and m.end <= at and (not sent.text[
                    m.end - sent.start:at - sent.start].strip() and _mention_case(m, case_of, sent.text, sent.start) == "DAT"
                    or _head_after(m, sent).endswith(("a", "ə")) and sent.text[m.end - sent.start:at - sent.start].strip()
                    == _head_after(m, sent)) and not _country(m.canonical)]  # ("Diri Baba türbəsinə baş çəkəcək")
        if site:  # "ertəsi gün Minsk Traktor Zavoduna baş çəkib": the site itself
            return site[-1].canonical
    if kind == ev.VISIT and az_lower(sent.tokens[trig.index].text).startswith(("ziyarət", "baş", "gəz")):
        went = next((e for e in reversed(ctx.events) if e.type == ev.VISIT and e.start == sent.start and e.location
                     and not _country(e.location) and id(e) not in ctx.sites), None)
        if went is not None:  # "sabah Şuşa şəhərinə səfər edəcək, Cıdır düzünü ziyarət edəcək": the town just gone to
            return went.location
    if kind == ev.VISIT and az_lower(sent.tokens[trig.index].text).startswith(("ziyarət", "gəz")):
        # a site visited: its town ("Nur-Sultandakı abidəni", "Bişkekin mərkəzindəki meydanı", "Şuşanı")
        sites = [m for m in ms if (m.type == "LOC" or m.type == "ORG" and _mention_case(m, case_of, sent.text, sent.start)
                                   == "ACC") and m.end <= at  # ("Seul Milli Universitetini ziyarət edib")
                 and _mention_case(m, case_of, sent.text, sent.start) in ("GEN", "ACC", "REL", "LOC")
                 and (not az_lower(sent.text[m.end - sent.start:m.end - sent.start + 12]).lstrip().startswith(_SITES)
                      or az_lower(m.canonical.split()[-1]).startswith(_SITES))]
        # (a name before a site's head is no town, unless the head is the name's own: "Şəhidlər xiyabanını")
        towns = [m for m in sites if not az_lower(m.canonical.split()[-1]).startswith(_SITES + ("məqbərə",))]
        if towns:
            return towns[-1].canonical
        if sites:
            return sites[-1].canonical
        if ctx.place and gazetteer.place_name(az_lower(ctx.place)) and not _country(ctx.place):
            return ctx.place  # "Türküstan şəhərində ... Şənbə günü heyət Xoca Əhməd Yəsəvi türbəsini ziyarət edib"
    if kind == ev.VISIT and (any(m.type == "PER" for m in ms) or trig.index > 0 and az_lower(
            sent.tokens[trig.index - 1].text) in ("ölkəmizə", "respublikamıza")) and any(
            az_lower(t.text) in _OUR_COUNTRY for t in sent.tokens[max(0, trig.index - (3 if not places else 1)):trig.index]):
        return "Azərbaycan"  # "xüsusi nümayəndəsi X ölkəmizdə səfərdədir": the news's own country
    if kind == ev.VISIT and not places and any(az_lower(t.text) in ("ölkəmizə", "respublikamıza")
                                               for t in sent.tokens[max(0, trig.index - 5):trig.index]):
        return "Azərbaycan"  # "polşalı qonaqlar ölkəmizə noyabrın 16-da gəliblər"
    if kind == ev.VISIT:
        visit = [m for m in places if _before_visit(m, sent.text, sent.start)]
        if visit:
            return visit[0].canonical
        for m in ms:  # "Azərbaycan səfəri", "Türkiyəyə rəsmi səfəri": the country named before the word
            gap = az_lower(sent.text[m.end - sent.start:at - sent.start]).split()
            if m.type == "LOC" and m.end <= at and len(gap) <= 1 and all(g in _VISIT_KINDS for g in gap):
                return m.canonical
        before = [m for m in places if m.end <= at and at - m.end < 40]
        if before:
            return before[-1].canonical
        return places[0].canonical if places else None
    # a meeting's place: not the country of a visit told in the same sentence ("Azərbaycanda səfərdə olan")
    visit_words = ("səfər", "rəsmi")
    own = [m for m in places if not (any(az_lower(sent.text[m.end - sent.start:m.end - sent.start + 14]).lstrip()
                                         .startswith(w) for w in visit_words)
                                     and _country(m.canonical))]
    # (a town of the visit is where they meet: "Bakıda səfərdə olan X ilə görüşüb")
    if own:
        if kind == ev.ATTEND:  # the town of a session, not its organiser: "Cenevrədə PAİ-nin Assambleyasında"
            if az_lower(sent.tokens[trig.index].text).startswith(("çıxış", "nitq", "məruzə")):
                # "iclasında çıxış edən deputat Cənubi Qafqazda sülhdən danışıb": after the speech, what it is about
                own = [m for m in own if m.end <= at]
                if not own:
                    return None
            towns = [m for m in own if m.type == "LOC"]
            return (towns or own)[-1].canonical
        return own[-1].canonical
    if kind in (ev.ATTEND, ev.MEET):  # "... iclasında iştirak etmək üçün İstanbula səfər edəcək"
        trips = [m for m in ms if m.type in ("LOC", "ORG") and (_before_visit(m, sent.text, sent.start) or az_lower(
                     sent.text[m.end - sent.start:m.end - sent.start + 12]).lstrip().startswith(_ARRIVE))
                 and not _visiting(m, sent.text, sent.start)
                 and _mention_case(m, case_of, sent.text, sent.start) in ("DAT", "LOC")]
        if trips:
            return trips[0].canonical
    if kind in (ev.ATTEND, ev.MEET, ev.SIGN):
        named = [m for m in ms if m.type == "LOC" and gazetteer.place_name(az_lower(m.canonical)) and not _country(
            m.canonical) and _NAMED_GATHERING.match(sent.text, m.end - sent.start)]
        if named:  # "Bakı Enerji Forumunun açılış sessiyasında iştirak edib": the town the gathering is named for
            return named[-1].canonical
    if kind in (ev.MEET, ev.SIGN):
        return _body_referred(sent, trig, ctx)
    return None


# A body named by a common noun in the locative ("nazirlikdə qəbul edib"): the last body of that kind the
# text has named ("Energetika Nazirliyi"), by the head word of its name.
_BODY_NOUNS = {"nazirlik": "nazirliy", "səfirlik": "səfirliy", "agentlik": "agentliy", "komitə": "komitə",
               "parlament": "parlament", "universitet": "universitet", "akademiya": "akademiya",
               "palata": "palata", "fond": "fond", "şirkət": "şirkət", "mərkəz": "mərkəz", "xidmət": "xidmət"}


def _abroad(place: str) -> bool:
    """Whether ``place`` is a town or country outside Azerbaijan: a delegation there meets its hosts in it
    on the days that follow ("Heyət dünən Ankaraya çatıb ... sabah heyəti TBMM Sədri qəbul edəcək")."""
    return bool(gazetteer.place_name(az_lower(place))) and not gazetteer.home_place(place)


def _during_gathering(date: str, ctx: _Context) -> bool:
    """Whether a day falls within the session the scene was set by: from its first day to its last, or
    to a week after the first when the text gives no last day ("Cenevrədə başlayan Assambleya")."""
    if ctx.gathering_days is None or ctx.gathering_days[0] != ctx.place_day or len(date) != 10:
        return False
    first, last = ctx.gathering_days
    if last is None or len(last) != 10:
        last = (_dt.date.fromisoformat(first) + _dt.timedelta(days=6)).isoformat()
    return first <= date <= last


def _before_trip(date: str | None, trip: str | None) -> bool:
    """Whether an event's date falls before a visit's ("bu gün" against a visit planned for December)."""
    if not date or not trip or date.startswith("-") or trip.startswith("-"):
        return False
    n = min(len(date), len(trip))
    return date[:n] < trip[:n]


_CAPITAL_AFTER = __import__("re").compile(r"\s+paytaxt(?:ı|ında|ına|ından|ının)\b")


def _with_capitals(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions and the capitals told as "X-in paytaxtı" ("Moldovanın paytaxtında keçirilib": in
    Kişinyov), each a place at the word "paytaxt...", for the places of the events only."""
    out = list(mentions)
    for m in mentions:
        found = _CAPITAL_AFTER.match(text, m.end) if m.type == "LOC" else None
        capital = gazetteer.CAPITALS.get(m.canonical) if found else None
        if capital and not text[found.end():found.end() + 2].strip()[:1].isupper():  # (not "paytaxtı Berndə")
            word = found.group(0).strip()
            out.append(Mention(word, found.end() - len(word), found.end(), "LOC", capital))
    return sorted(out, key=lambda x: x.start) if len(out) > len(mentions) else mentions


def _with_our_head(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions and "dövlətimizin başçısı", "Prezidentimiz" as the President of Azerbaijan the text has
    named ("Zirvənin kənarında dövlətimizin başçısı X və Y ilə görüşüb": the President met them)."""
    countries = [x for x in mentions if x.type == "LOC" and _country(x.canonical) and x.canonical != "Azərbaycan"]
    ours = next((m for m in mentions if m.type == "PER" and m.role and az_lower(m.role) == "prezident"
                 and (m.affiliation.startswith("Azərbaycan") if m.affiliation else
                      not any(0 <= m.start - x.end <= 14 for x in countries))), None)
    # (the President the text names with no other country before the title: not "Türkmənistan Prezidenti X")
    if ours is None:
        return mentions
    out = list(mentions)
    for found in ev.OUR_HEAD.finditer(text):
        if any(m.start < found.end() and found.start() < m.end or m.type == "PER" and 0 <= m.start - found.end() <= 2
               and (m.canonical == ours.canonical or m.role is None) for m in mentions):
            continue  # "Dövlətimizin başçısı Teymur Səlimov": the name follows (not "... Tacikistan Prezidenti X")
        out.append(Mention(found.group(0), found.start(), found.end(), "PER", ours.canonical, ours.role, ours.affiliation))
    return sorted(out, key=lambda x: x.start) if len(out) > len(mentions) else mentions


def _country(name: str) -> bool:
    return is_country_name(name) or name.endswith(("Respublikası", "Respublikasi"))


def _a_body(name: str) -> bool:
    """Whether a place of the chronicle is a body ("Milli Məclis"), not a town or a country: a stay in a
    country and an arrival at its parliament are one visit to the country."""
    return not _country(name) and gazetteer.place_name(az_lower(name)) is None and (
        kb.known_body(name) is not None or lemma(name.split()[-1]) in kb.ORG_HEADS)


def _body_referred(sent, trig, ctx: _Context) -> str | None:
    for t in sent.tokens[max(0, trig.index - 4):trig.index + 1]:
        w = t.text
        if t.kind != WORD or not w[:1].islower() or not w.endswith(("da", "də")):
            continue
        stem = w[:-2]
        head = _BODY_NOUNS.get(stem)
        if head is None:
            continue
        body = next((b for b in reversed(ctx.bodies) if az_lower(b.split()[-1]).startswith(head)), None)
        if body is not None:
            return body
    return None


def _date(sent_dates: list[DateMention], low: str, ctx: _Context, doc_date) -> tuple[str | None, str | None]:
    """The sentence's own date; else "həmin gün" / "ertəsi gün" after the date the text has set; else
    "səfərin ikinci günü" from the visit's first day; else that date; else the document's."""
    day = _VISIT_DAY.search(low)
    days = (ctx.visit_days if day.group(1) == "səfərin" else ctx.gathering_days) if day is not None else None
    if days is not None and not any(d.start < 0 for d in sent_dates):
        first, last = days  # "səfərin ikinci günü", "toplantının ikinci günü": from the first day told
        word = day.group(2) or "son"  # "Səfərin yekununda": its last day
        if word in ("son", "sonuncu") and last:
            return last, day.group(0)
        if word in _ORDINAL_DAYS:
            d = _dt.date.fromisoformat(first) + _dt.timedelta(days=_ORDINAL_DAYS[word])
            return d.isoformat(), day.group(0)
    if sent_dates:
        d = sent_dates[0]
        anchor = ctx.anchor or ctx.date  # the day set before this sentence: each of its events counts from it
        if az_lower(d.text).removeprefix("elə ").startswith("həmin gün") and anchor and len(anchor) == 10:
            return anchor, d.text  # the day the text has set last ("Səfərin ikinci günü ..."), not its last date
        if az_lower(d.text).startswith("ertəsi") and anchor and len(anchor) == 10:
            return (_dt.date.fromisoformat(anchor) + _dt.timedelta(days=1)).isoformat(), d.text
        if d.value and len(d.value) < 10 and d.end_value and d.end_value[:7] != d.value[:7]:
            return None, d.text  # "gələn həftə" across two months, "may-iyun aylarında": no one month
        return d.value, d.text
    for phrase in ("həmin gün", "elə həmin gün", "həmin tarixdə"):
        if phrase in low and ctx.date:
            return ctx.date, phrase
    return (ctx.date or doc_date), None


# Words between a body and its unnamed head or delegation: "Senatının sədrinin", "Assambleyasının nümayəndə heyəti".
_HEADS_OF = ("sədr", "spiker", "rəhbər", "başçı", "nümayəndə", "heyət", "nazir", "prezident", "baş nazir", "səfir")
# Heads of sites named after someone ("Möminə Xatın türbəsi"): the name before them is no town.
_SITES = ("türbə", "abidə", "muzey", "kompleks", "məscid", "kilsə", "məzar", "meydan", "park", "xiyaban", "ev-muzey",
          "məqbərə")
# Titles of someone posted in a place: "Ukraynanın Azərbaycandakı səfiri" places the ambassador, not a meeting.
_POSTED = ("səfir", "səfirlik", "nümayəndə", "konsul", "müvəqqəti işlər vəkili", "yeni səfir", "fövqəladə", "müxbir",
           "rezident", "daimi nümayəndə",
           "xüsusi müxbir", "bürosu", "nümayəndəliyi")  # ("AZƏRTAC-ın Türkiyədəki müxbiri": where the reporter works)
_VISIT_KINDS = frozenset({"rəsmi", "dövlət", "işgüzar", "qısa", "işçi"})
_VISIT_AFTER = ("səfər", "rəsmi", "dövlət səfər", "işgüzar", "işgüzar səfər", "qısa", "iki günlük", "üç günlük")


def _posted_in(m: Mention, sent) -> bool:
    """Whether the place is where someone is posted: "Finlandiyanın Azərbaycanda yeni təyin olunmuş
    səfiri", "Azərbaycanda akkreditə olunmuş səfirlər"."""
    for w in az_lower(sent.text[m.end - sent.start:m.end - sent.start + 60]).split()[:5]:
        if w.startswith(("səfiri", "səfirləri", "konsulu", "nümayəndəsi")):
            return True  # "X-in Azərbaycanda ... səfiri"; not "Buxarestdə səfir Y ilə görüşüb"
        if w not in _POSTED_BY:
            return False
    return False


# Words between a place and the title of one posted there: "Azərbaycanda yeni təyin olunmuş səfiri".
_POSTED_BY = frozenset({"yeni", "təyin", "olunmuş", "edilmiş", "akkreditə", "fövqəladə", "və", "səlahiyyətli",
                        "daimi", "olunan", "edilən"})


def _before_visit(m: Mention, text: str, offset: int) -> bool:
    """Whether the place is the one of a visit told right after it ("Azərbaycanda rəsmi səfərdə olan")."""
    after = az_lower(text[m.end - offset:m.end - offset + 24]).lstrip()
    return after.startswith(_VISIT_AFTER)


def _visiting(m: Mention, text: str, offset: int) -> bool:
    """Whether the visit told after the place is someone's stay there ("Azərbaycanda rəsmi səfərdə olan
    X ilə görüşüb"), which places the guest, not the meeting, unlike one's own trip ("... səfəri
    çərçivəsində", "İstanbula səfər edəcək")."""
    after = az_lower(text[m.end - offset:m.end - offset + 40]).split()[:4]
    return "olan" in after or "gələn" in after


def _welcomed(trig, sent, ms, people, low, sent_dates, doc_date, ctx) -> Event | None:
    """"Füzuli hava limanında təyyarədən enən qonaqları X qarşılayıb": the guests arrived in the town
    of the airport. The guests are the ones named as the object, else the text's visitor."""
    guests = [p.canonical for p in people if _person_case(p, sent) == "ACC"] or ([ctx.guest] if ctx.guest else [])
    toks = sent.tokens
    port = next((k for k, t in enumerate(toks[:trig.index]) if az_lower(t.text).startswith("aeroport")
                 or az_lower(t.text) == "hava" and k + 1 < len(toks) and az_lower(toks[k + 1].text).startswith("liman")), None)
    if not guests or port is None:
        return None
    town = next((m.canonical for m in ms if m.type == "LOC" and m.end <= toks[port].start
                 and not sent.text[m.end - sent.start:toks[port].start - sent.start].strip()), None)
    town = gazetteer.airport_town(town) or town if town else None
    date, date_text = _date(sent_dates, low, ctx, doc_date)
    e = Event(ev.VISIT, guests, sent.text, sent.start, sent.end, _status(ev.VISIT, trig, sent, low), town, date,
              date_text, None, {}, _topics(sent.text), [], 0.65 + 0.1 * (town is not None),
              ev.cameo_code(ev.VISIT, None, False))
    ctx.made.append(e)
    if town is not None and e.status == "happened":
        ctx.place, ctx.place_day = town, date
        for met in ctx.events:  # the welcome itself, told by the same verb, was at the airport too
            if met.start == sent.start and met.type == ev.MEET:
                met.location = town
    return e


def _told_between(ctx: _Context, kind: str, start: int) -> bool:
    """Whether a sentence after the last event and before this one told of another event of ``kind``
    that was not kept ("... raundu martda Helsinkidə keçirilməli idi. Lakin həmin görüş ... saxlanılıb"):
    "həmin görüş" is that one, not the last event."""
    return ctx.last is not None and any(ctx.last.start < at < start and k == kind for at, k in ctx.trigger_sents)


def _trip_day(sent, ms: list[Mention], ctx: _Context, low: str, dates, doc_date) -> bool:
    """A day of the visit told spent in a town ("Səfərin son günü Osakada keçib"): the visit goes on
    there, and the town and the day are the scene of what follows ("Burada heyət ... görüşüb")."""
    day = _VISIT_DAY.match(low)
    if day is None or day.group(1) != "səfərin" or ctx.visit_days is None or not _SPENT.search(low):
        return False
    towns = [m for m in ms if m.type == "LOC" and not _country(m.canonical)
             and _mention_case(m, _case_of, sent.text, sent.start) == "LOC"]
    trip = next((e for e in reversed(ctx.events) if e.type == ev.VISIT and e.status == "happened"), None)
    if not towns or trip is None:
        return False
    sent_dates = [d for d in dates if sent.start <= d.start < sent.end]
    date, date_text = _date(sent_dates, low, ctx, doc_date)
    one = copy(trip)
    ctx.made.append(one)
    one.participants, one.roles, one.topics, one.statements = list(trip.participants), dict(trip.roles), [], []
    one.location, one.date, one.date_text = towns[0].canonical, date, date_text
    one.evidence, one.start, one.end = sent.text, sent.start, sent.end
    _add(ctx, one)
    ctx.place, ctx.place_day = towns[0].canonical, date
    if date:
        ctx.date = date
    return True


def _set_scene(ms: list[Mention], ctx: _Context, case_of, sent, dates) -> None:
    """Note the place a sentence sets, and the day it was set for: a place is the scene of that day
    ("Mayın 15-də ... Varşavada" is not where "Mayın 16-da ..." happens)."""
    before = ctx.place
    _note_place(ms, ctx, case_of, sent.text, sent.start)
    own = [d.value for d in dates if sent.start <= d.start < sent.end and d.value and len(d.value) == 10
           and not getattr(d, "end_value", None)]
    if own:
        own[0] = _day_gone_by(own[0], sent, dates, ctx)
        ctx.date = own[0]  # "Yanvarın 11-də ... məsləhətləşmələr keçirilib": the day of what follows
    span = [d for d in dates if sent.start <= d.start < sent.end and d.value and len(d.value) == 10
            and getattr(d, "end_value", None) and len(d.end_value) == 10 and d.end_value[:7] == d.value[:7]]
    low = az_lower(sent.text)
    opened = _GATHERING_NOUN.search(low) if _OPENED.search(low) else None
    if not span and ctx.gathering_days is None and opened is not None:
        # "Heyət bazar ertəsi Nukusa çatıb, konfrans isə sentyabrın 7-də açılıb": the gathering's first day
        days = [d for d in dates if sent.start + opened.start() <= d.start < sent.end and d.value and len(d.value) == 10]
        if days:
            ctx.gathering_days = (days[0].value, None)
    if span and ctx.gathering_days is None:
        # "Assambleya iyulun 14–15-də İstanbulda keçirilib": the session's first day is its day
        ctx.gathering_days = (span[0].value, span[0].end_value)
        if not own and (not _GOING_ON.search(low) or not ctx.doc_day):
            # (a session still going on: the day of the news, when the news has one)
            ctx.date = span[0].value
    if ctx.place != before:
        ctx.place_day = own[0] if own else ctx.date


def _world_region(name: str) -> bool:
    """Whether a place is a part of the world ("Asiyada Qarşılıqlı Fəaliyyət ... Müşavirəsi", "Mərkəzi Asiya"),
    which no one meets or goes to as a place; "Amerika" is also the United States."""
    low = az_lower(name)
    return low != "amerika" and low in gazetteer.regions()


def _day_gone_by(day: str, sent, dates, ctx: _Context) -> str:
    """A weekday a scene is set on, told in the past after the news' day: the one gone by ("Cümə günü
    Füzulidə məktəbin təməli qoyulub", in Saturday's news)."""
    if len(day) == 10 and ctx.doc_day and day > ctx.doc_date and _main_verb_past(sent.tokens) and any(
            _weekday_told(d.text) for d in dates if sent.start <= d.start < sent.end and d.value == day):
        return (_dt.date.fromisoformat(day) - _dt.timedelta(days=7)).isoformat()
    return day


def _note_place(ms: list[Mention], ctx: _Context, case_of, text: str, offset: int) -> None:
    """The last body or place the text puts someone in ("... Milli Məclisdə olub", "Milli Məclisə
    gəlib", "Bişkekdə ... keçirilib") sets the scene; the country of a visit does not."""
    said = ev.SAYING.search(text)
    cut = offset + said.start() if said else offset + len(text)
    for m in ms:
        if m.type not in ("LOC", "ORG") or m.start >= cut or ev.in_topic_phrase(text[m.end - offset:]) \
                or _quote_open(text[:m.start - offset]) or _world_region(m.canonical):
            continue  # (nor a name in quotes: a title, or what was said)
        if _before_visit(m, text, offset) and _country(m.canonical):
            continue  # the country of a visit; its city ("Nyu-Yorkda səfərdədir") is the scene
        case = _mention_case(m, case_of, text, offset)
        after = az_lower(text[m.end - offset:m.end - offset + 16]).lstrip()
        if case == "REL" and after.startswith(_POSTED + ("heyət",)):
            continue  # "QDİƏT PA-dakı nümayəndə heyətinin rəhbəri": where a delegation is posted, no scene
        if case in ("LOC", "REL") or case == "DAT" and (after.startswith("gəl") or any(
                w.startswith(_GONE) for w in az_lower(text[m.end - offset:m.end - offset + 40]).split()[:4])
                and not _country(m.canonical)):
            # ("Xirosimaya yollanıb": the town they are now in; an airport's town, not the airport, sets the
            # scene of what follows a welcome there; an outlet is no place)
            if known_outlet(m.canonical) is None:
                ctx.place = gazetteer.airport_town(m.canonical) or m.canonical
        elif m.type == "ORG" and case == "GEN" and after.startswith(ev.BUILDING_OF):
            ctx.place = m.canonical  # "Bakıda, Milli Məclisin binasında işə başlayıb": the body's seat
        elif m.type == "LOC" and case in (None, "NOM") and "ev sahibliyi" in az_lower(text[m.end - offset:]):
            ctx.place = m.canonical  # "Türkistan şəhəri ... iclasına ev sahibliyi edib": the host town


def _statements(text: str, offset: int, ms: list[Mention], ctx: _Context) -> list[dict[str, str]]:
    out = []
    for m in ev.SAYING.finditer(text):
        said = text[m.end():].strip().rstrip(".")
        if len(said) < 10:
            continue
        speakers = [x for x in ms if x.type == "PER" and x.end - offset <= m.start()]
        speaker = speakers[-1].canonical if speakers else (ctx.last.participants[0] if ctx.last and ctx.last.participants else ctx.main)
        if speaker:
            out.append({"speaker": speaker, "text": said})
        break
    return out


def _key(e: Event) -> tuple:
    """What makes two events of a text the same one, before their day and place are compared."""
    return e.type, frozenset(e.participants), e.status


def _absorb(old: Event, e: Event) -> None:
    """The topics and statements of ``e``, told again, go to the event it tells."""
    old.topics.extend(t for t in e.topics if t not in old.topics)
    old.statements.extend(e.statements)


def _add(ctx: _Context, e: Event, site: bool = False, speech: bool = False) -> None:
    """Merge ``e`` into an event of the text with the same type, sides and status on the same day and
    place, else keep it; a site visited on a visit ("... türbəsini ziyarət ediblər") is an event of
    its own, as the gold has it."""
    key = _key(e)
    if e.type == ev.ATTEND and e.status == "happened" and e.date and len(e.date) == 10 and e.date_text \
            and ctx.gathering_days is None and _STARTED.search(az_lower(e.evidence)):
        ctx.gathering_days = (e.date, None)  # "ötən şənbə başlayan sessiyada iştirak edib": the session's first day
    if site:
        ctx.sites.add(id(e))
    if id(e) in ctx.retold:
        ctx.retold.discard(id(e))
        old = ctx.last
        if old is not None and _key(old) == key:
            # "Görüş ötən çərşənbə günü Senatda keçirilib": the day and place of the meeting just told
            if e.date_text:
                old.date, old.date_text = e.date, e.date_text
            old.location = e.location or old.location
            _absorb(old, e)
            return
    for old in ctx.events:
        if id(old) in ctx.told_on and not site and _key(old) == key and not (
                e.location and old.location and e.location != old.location and not is_country_name(old.location)
                and not _country(e.location)):  # ("... Şuşaya yola düşüblər. ... heyət Ağdama yollanıb": another trip)
            # "X-in Özbəkistana səfəri başa çatıb. Noyabrın 25-də Daşkəndə gələn X ...": that visit, told in full
            if e.location and (not old.location or is_country_name(old.location)):
                old.location = e.location
            if e.date_text is not None:
                old.date, old.date_text = e.date, e.date_text
            ctx.told_on.discard(id(old))
            ctx.last = old
            return
        if (id(old) in ctx.stays) != (id(e) in ctx.stays) and not site and id(old) not in ctx.sites \
                and _key(old) == key and (old.location == e.location or not e.location or not old.location
                                          or _country(old.location) and _a_body(e.location)):
            # "Bakıda səfərdə olan X bu gün ...". "X ötən cümə günü Bakıya gəlib": one visit, dated by its arrival
            arrival = e if id(old) in ctx.stays else old
            if arrival is e:
                old.date, old.date_text, old.evidence, old.start, old.end = e.date, e.date_text, e.evidence, e.start, e.end
            ctx.stays.discard(id(old))
            ctx.stays.discard(id(e))
            old.location = old.location or e.location
            _absorb(old, e)
            ctx.last = old
            return
        if e.type == old.type == ev.ATTEND and e.status == old.status and e.location and e.location == old.location \
                and set(e.participants) & set(old.participants) and (not old.date_text or not e.date_text
                                                                     or old.date == e.date):
            # "... plenar iclasında X çıxış edib. Oktyabrın 30-da keçirilən iclasda X ilə yanaşı Y və Z ...": one session
            old.participants.extend(p for p in e.participants if p not in old.participants)
            if e.date_text and not old.date_text:
                old.date, old.date_text = e.date, e.date_text
            _absorb(old, e)
            ctx.last = old
            return
        # "Forumda X, Y və Z iştirak ediblər. ... çıxış edən X ...": X's speech at the forum she attends
        speech_at = speech and old.type == ev.ATTEND and old.status == e.status and set(e.participants) <= set(
            old.participants)
        # "X Y-ə zəng vurub" atop "Bazar günü X Y ilə telefonla danışıb": the body tells the headline's day
        headline = old is ctx.events[0] and old.date_text is None and e.date_text is not None \
            and _headline(old.evidence)
        if speech_at or _key(old) == key and (id(old) in ctx.sites) == site and (
                old.date == e.date or not e.date or not old.date or headline) and (
                old.location == e.location or not e.location or not old.location):
            if headline and not speech_at:
                old.date, old.date_text, old.evidence, old.start, old.end = e.date, e.date_text, e.evidence, e.start, e.end
            old.location = old.location or e.location
            old.host = old.host or e.host
            _absorb(old, e)
            old.roles.update({k: v for k, v in e.roles.items() if k not in old.roles})
            old.confidence = max(old.confidence, e.confidence)
            ctx.last = old
            return
    ctx.events.append(e)
    ctx.last = e
