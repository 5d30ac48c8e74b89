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

from dataclasses import dataclass, field

from salname.az import events as ev
from salname.az.alphabet import az_lower
from salname.az.names import is_country_name
from salname.az.sentences import sentences
from salname.az.tokenize import WORD
from salname.az.dates import DateMention, find_dates
from salname.document import Event, Mention

__all__ = ["extract_events"]

# Words after a trigger noun that make it a reference to an event already told, not a new one.
_REFERENCE_NEXT = frozenset({"çərçivəsində", "kənarında", "zamanı", "ərzində", "sonra", "əvvəl", "öncə",
                             "proqramı", "proqramına", "proqramında", "nəticəsində", "yekununda", "sonunda",
                             "gedişində", "iştirakçıları", "mövzusu", "əsnasında", "müddətində"})
_REFERENCE_FORMS = frozenset({"görüşdə", "görüşdən", "görüşlərdə", "səfərdən", "səfərin", "səfərində",
                              "iştirakı", "görüşün", "görüşü", "səfəri", "səfərinin", "görüşlərin"})
_LIGHT_VERBS = ("ed", "et", "keçir", "ol", "baş", "planlaş", "nəzərdə", "gözlən", "təxir", "ləğv", "gəl",
                "ged", "qatıl", "başla")
_LOCATIVE = ("LOC", "REL")
# A sentence that sets the scene: an event held ("... plenar iclası keçirilib", "keçirilən forumda").
_DISCUSSED = __import__("re").compile(r"müzakirə|fikir mübadiləsi|məsələlər|əməkdaşlığ|danışılıb|bəhs|toxunulub")
_SCENE = __import__("re").compile(r"keçirilib|keçirilir|keçirilən|keçirildi|başlayıb|öz işinə başla|açılış"
                                   r"|işini davam etdir")
_VISIT_CASES = ("LOC", "DAT", "REL")


@dataclass
class _Context:
    """What the text has set so far: its guest, host, main actor and place."""

    main: str | None = None  # the first person the text names
    date: str | None = None  # the last date the text has set for its events
    guest: str | None = None  # the visitor
    host: str | None = None
    place: str | None = None
    place_day: str | None = None  # the day the place was set for
    last: Event | None = None
    leader: str | None = None  # the person a delegation of the text is led by
    events: list[Event] = field(default_factory=list)
    sites: set[int] = field(default_factory=set)  # ids of the events that are sites visited


@dataclass
class _Trigger:
    kind: str
    index: int  # token index in the sentence
    reference: bool


def extract_events(text: str, mentions: list[Mention], doc_date: str | None = None) -> list[Event]:
    """The events ``text`` reports, merged within the text; ``mentions`` are its entities
    (salname.extract.entities.extract_entities), ``doc_date`` the document's ISO date, if known."""
    from salname.extract.entities import _case_of

    if not mentions or not ev.ANY_TRIGGER.search(az_lower(text)):
        return []  # no one named, or no word that could tell an event: weather, statistics
    # a year alone dates no event ("2024-cü ildə", "2024–2025-ci illər"): a plan's horizon, not a day
    dates = [d for d in find_dates(text, doc_date) if d.value is None or len(d.value) != 4]
    ctx = _Context()
    ctx.leader = _leader(text, mentions)
    for sent in sentences(text):
        ms = [m for m in mentions if sent.start <= m.start < sent.end]
        people = _people(ms)
        if ctx.main is None and people:
            ctx.main = people[0].canonical
        triggers = _triggers(sent.tokens)
        said = ev.SAYING.search(sent.text)
        if said is not None:
            cut = sent.start + said.end()
            triggers = [t for t in triggers if sent.tokens[t.index].start < cut]
        low = az_lower(sent.text)
        statements = _statements(sent.text, sent.start, ms, ctx)
        if not triggers:
            if ctx.last is not None and _DISCUSSED.search(low) and not ev.RECALL_MARKERS.search(low):
                ctx.last.topics.extend(t for t in _topics(sent.text) if t not in ctx.last.topics)
            if _SCENE.search(low) and not ev.RECALL_MARKERS.search(low):
                _set_scene(ms, ctx, _case_of, sent, dates)
                own = [d for d in dates if sent.start <= d.start < sent.end and d.value
                       and not getattr(d, "end_value", None)]  # "Martın 23-dən 27-dək": no one day
                if own:
                    ctx.date = own[0].value
            if statements and ctx.last is not None:
                ctx.last.statements.extend(statements)
            continue
        kinds: dict[str, _Trigger] = {}
        for t in triggers:
            if t.kind not in kinds or kinds[t.kind].reference and not t.reference:
                kinds[t.kind] = t
        if ev.CALL in kinds and ev.MEET in kinds and not kinds[ev.CALL].reference:
            del kinds[ev.MEET]  # "videokonfrans vasitəsilə ... görüşüb": one call, no meeting
        sent_dates = [d for d in dates if sent.start <= d.start < sent.end]
        told = False
        for kind, trig in kinds.items():
            if trig.reference and _status(kind, trig, sent, low) == "planned" and (
                    ctx.last is None or ctx.last.status != "planned" or ctx.last.type != kind):
                trig = _Trigger(kind, trig.index, False)  # "səfərin oktyabrda baş tutacağı gözlənilir": a new plan
            if trig.reference:
                if ctx.last is not None and ctx.last.type == kind:
                    ctx.last.topics.extend(t for t in _topics(sent.text) if t not in ctx.last.topics)
                continue
            # a sentence that tells what happened (not a plan, nor one referring back) sets the scene
            told = told or _status(kind, trig, sent, low) != "planned"
            event = _event(kind, trig, sent, ms, people, low, sent_dates, doc_date, ctx, _case_of)
            if event is None:
                continue
            event.statements.extend(statements)
            statements = []
            _add(ctx, event, kind == ev.VISIT and az_lower(sent.tokens[trig.index].text).startswith("ziyarət"))
        if told and not ev.RECALL_MARKERS.search(low):  # not "Görüşdə ... Qarabağda aparılan işlər"
            _set_scene(ms, ctx, _case_of, sent, dates)
    persons = {m.canonical for m in mentions if m.type == "PER"}
    return _tidy(ctx.events, persons)


def _tidy(events: list[Event], persons: set[str]) -> list[Event]:
    """A meeting or call needs two sides; a signing told by the bodies is the one told by the people
    who signed, when the text names them."""
    out = [e for e in events if not (e.type in (ev.MEET, ev.CALL) and len(e.participants) < 2)]
    signed_by_people = {e.status for e in out if e.type == ev.SIGN and any(p in persons for p in e.participants)}
    return [e for e in out if not (e.type == ev.SIGN and e.status in signed_by_people
                                   and not any(p in persons for p in e.participants))]


def _leader(text: str, mentions: list[Mention]) -> str | None:
    """The person "X-in başçılıq/rəhbərlik etdiyi nümayəndə heyəti" names, the first time."""
    for m in mentions:
        if m.type == "PER" and ev.LEADS_DELEGATION.match(az_lower(text[m.end:m.end + 24]).lstrip()):
            return m.canonical
    return None


def _people(ms: list[Mention]) -> list[Mention]:
    out, seen = [], set()
    for m in ms:
        if m.type == "PER" and m.canonical not in seen and " " in m.canonical:
            seen.add(m.canonical)
            out.append(m)
    return out


def _triggers(toks) -> list[_Trigger]:
    words = [az_lower(t.text) if t.kind == WORD else "" for t in toks]
    out: list[_Trigger] = []
    taken: set[int] = set()  # second words of a pair ("telefon danışığı"): no trigger of their own
    for i, w in enumerate(words):
        if not w or i in taken or w in ev.NOT_TRIGGERS or not (ev.TRIGGER_START.match(w) or w.startswith(ev.TRIGGER_PREFIXES)):
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
        if kind is None:
            hit = ev.trigger_of(w)  # the morphology reads the word as a trigger's stem
            if hit is not None:
                kind = hit[0]
            elif w.startswith(ev.STEMS[ev.CALL]):
                kind = ev.CALL
        if kind is None and w.startswith("gəl") and i > 0 and words[i - 1].endswith(("ə", "a", "yə", "ya")) \
                and toks[i - 1].text[:1].isupper():
            kind = ev.VISIT  # "Milli Məclisə gəlib", "Bakıya gəlib"
        if kind is None:
            continue
        if kind == ev.CALL and w.startswith("telefon") and not any(
                words[j].startswith(("danış", "əlaqə", "söhbət")) for j in range(i + 1, min(i + 3, len(words)))):
            continue
        after = words[i + 1:i + 4]
        if any(a.startswith(("dəvət", "çağır", "təklif")) for a in after):
            continue  # "iştirak etməyə dəvət edib": an invitation, not an event
        if any(a.endswith(("diyini", "dığını", "düyünü", "duğunu", "diyinə", "dığına")) for a in after[:2]) \
                or w.endswith(("diyini", "dığını")):
            continue  # "... iştirak etdiyini bildirib": a report of what someone does, not one event
        third = words[i + 2] if i + 2 < len(words) else ""
        reference = (w in _REFERENCE_FORMS or nxt in _REFERENCE_NEXT or kind == ev.CALL and third in _REFERENCE_NEXT) \
            and not nxt.startswith(_LIGHT_VERBS) \
            or any(a == "davam" for a in after)  # "Səfər iyunun 14-dək davam edəcək": the visit told on
        if kind == ev.ATTEND and w.startswith("çıxış") and not nxt.startswith("ed"):
            continue
        out.append(_Trigger(kind, i, reference))
    return out


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


def _status(kind: str, trig: _Trigger, sent, low: str) -> str:
    toks = sent.tokens
    if ev.NEGATED_MARKERS.search(low):
        return "negated"
    # the trigger's own verb, or its light verb, read by the morphology: "görüşməyib", "iştirak
    # etməyəcək" did not / will not happen, "səfər edəcək", "görüş keçiriləcək" will
    verbs = [az_lower(toks[trig.index].text)]
    if trig.index + 1 < len(toks) and az_lower(toks[trig.index + 1].text).startswith(_LIGHT_VERBS):
        verbs.append(az_lower(toks[trig.index + 1].text))
    for w in verbs:
        st = ev.word_status(w)
        if st is not None:
            return st
    near = " ".join(az_lower(t.text) for t in toks[trig.index:trig.index + 3])
    if ev.PLANNED_MARKERS.search(near):
        return "planned"
    if any(ev.PLANNED_MARKERS.search(p) for p in ("planlaşdırılır", "gözlənilir", "nəzərdə tutulur")
           if p in low):
        return "planned"
    return "happened"


def _event(kind, trig, sent, ms, people, low, sent_dates, doc_date, ctx, case_of) -> Event | None:
    toks = sent.tokens
    at = toks[trig.index].start
    names = [p.canonical for p in people]
    guests = any(w in low for w in ev.GUEST_WORDS)
    delegation = any(w in low for w in ev.DELEGATION_WORDS)
    host = None
    guest = ctx.guest or ctx.leader
    if kind == ev.VISIT:
        visitors = [p for p in people if not az_lower(sent.text[p.end - sent.start:p.end - sent.start + 5]).lstrip()
                    .startswith(("ilə", "ile"))]
        after = [p for p in visitors if p.start > at]
        before = [p for p in visitors if p.start < at]
        nxt2 = [az_lower(t.text) for t in toks[trig.index + 1:trig.index + 3]]
        if "olan" in nxt2 or "gələn" in nxt2:  # "səfərdə olan X (ilə görüşüb)": X is the visitor
            chosen = [p for p in people if p.start > at][:1] or before[:1]
        elif "olan" in low or "gələn" in low:
            chosen = after[:1] or before[:1]
        else:
            chosen = before[:1] or after[:1]
        participants = [p.canonical for p in chosen]
        if not participants and (guests or delegation) and guest:
            participants = [guest]
        if not participants:  # a body acting through its unnamed head: "Pakistan Senatının sədrinin səfəri"
            orgs = [m.canonical for m in ms if m.type == "ORG" and case_of(m.text.split()[-1]) == "GEN"
                    and az_lower(sent.text[m.end - sent.start:m.end - sent.start + 24]).lstrip().startswith(_HEADS_OF)]
            participants = orgs[:1]
        if not participants and ctx.last is not None and ctx.last.type == ev.VISIT:
            participants = list(ctx.last.participants)  # "Səfərin təxirə salınması ...": the visit told
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
            if host is None and len(names) == 2 and people[0].start < at and "qəbul" in low:
                host = names[0]  # "X Y-ni qəbul edib": the subject comes first
        first = az_lower(toks[0].text) if toks else ""
        if kind == ev.MEET and first in ev.GUEST_WORDS and guest and any(p.start < at for p in people):
            # "Qonağı (hava limanında) X qarşılayıb": the guest and the one who received, nobody else
            receiver = [p for p in people if p.start < at][-1].canonical
            if receiver != guest:
                participants, host = [receiver, guest], receiver
        if len(participants) < 2 and (guests or delegation) and guest and guest not in participants:
            participants.append(guest)
        if len(participants) == 1 and ctx.main and ctx.main not in participants:
            participants.insert(0, ctx.main)
        if not participants and ctx.last is not None and ctx.last.type in (ev.MEET, ev.CALL, ev.SIGN):
            participants = list(ctx.last.participants)
    elif kind == ev.ATTEND:
        participants = names[:1]
        if not participants and (delegation or guests) and (guest or ctx.main):
            participants = [guest or ctx.main]
        if not participants and ctx.main:
            participants = [ctx.main]
    else:  # SIGN
        participants = list(names)
        if not participants and ctx.last is not None and ctx.last.participants:
            participants = list(ctx.last.participants)
        if not participants:
            participants = [m.canonical for m in ms if m.type == "ORG"][:2]
        if len(participants) < 2 and "arasında" in low:  # "X Limanı ilə Y Limanı arasında": bodies, not places
            bodies = [m.canonical for m in ms if m.type == "LOC" and " " in m.canonical
                      and not is_country_name(m.canonical) and m.start < at]
            participants = (participants + [b for b in bodies if b not in participants])[:2]
    if not participants:
        return None
    if host is not None and host not in participants:
        host = None
    location = _location(kind, trig, sent, ms, ctx, case_of)
    if location is None and kind == ev.VISIT:  # the same visitor's visit told on: "Səfərin oktyabrda ..."
        location = next((e.location for e in ctx.events if e.type == ev.VISIT and e.participants == participants), None)
    date, date_text = _date(sent_dates, low, ctx, doc_date)
    status = _status(kind, trig, sent, low)
    if status != "happened" and date_text is None:
        date = None  # a plan or a cancellation the text does not date: not the day of the report
    recalled = bool(ev.RECALL_MARKERS.search(low))
    if location is None and kind not in (ev.CALL, ev.VISIT) and not recalled and not (
            date_text is not None and date and len(date) == 10 and ctx.place_day and len(ctx.place_day) == 10
            and date != ctx.place_day):
        location = ctx.place  # the scene the text has set, unless the event is dated another day
    negotiation = "danışıqlar" in low
    roles = {p.canonical: p.role for p in people if p.role and p.canonical in participants}
    conf = 0.45 + 0.15 * (len(participants) >= (2 if kind in (ev.MEET, ev.CALL) else 1)) \
        + 0.1 * (location is not None) + 0.1 * (date is not None) + 0.1 * bool(people)
    e = Event(kind, participants, sent.text, sent.start, sent.end, status, location, date, date_text, host,
              roles, _topics(sent.text), [], round(min(conf, 0.95), 3),
              ev.cameo_code(kind, host, negotiation))
    if kind == ev.VISIT and status != "negated" and not recalled and people:
        ctx.guest = ctx.guest or participants[0]
    if not recalled and date_text is not None and date is not None and status == "happened":
        ctx.date = date
    if host:
        ctx.host = host
        if ctx.guest is None and len(participants) == 2:
            ctx.guest = next(p for p in participants if p != host)
    return e


_OUR = ("ölkəmiz", "paytaxtımız", "şəhərimiz", "respublikamız")  # "X-in ölkəmizdəki səfiri": not X's own place
_PLACE_HEADS = ("şəhər", "rayon", "kənd", "qəsəbə", "vilayət", "əyalət", "bölgə", "ölkə", "paytaxt")


def _mention_case(m: Mention, case_of, text: str | None = None, offset: int = 0) -> str | None:
    if text is not None:
        tail = text[m.end - offset:m.end - offset + 20].split()
        head = az_lower(m.canonical.split()[-1])
        if tail and (az_lower(tail[0]).startswith(_PLACE_HEADS) and not az_lower(tail[0]).startswith(_OUR) or len(head) > 3 and tail[0][:1].islower()
                     and az_lower(tail[0]).startswith(head[:4]) and len(m.canonical) > len(m.text)):
            return case_of(tail[0].strip(",.;:"))  # "Gəncə şəhərinə", "Tavriya sarayında"
    if m.text == m.canonical:
        return None
    last = m.text.split()[-1]
    if "-" in last and last.rpartition("-")[0].isupper():
        suffix = last.rpartition("-")[2]
        return "LOC" if suffix.startswith(("da", "də", "ta", "tə")) else "DAT" if suffix in ("ya", "yə", "a", "ə") else None
    return case_of(last)


def _location(kind, trig, sent, ms, ctx, case_of) -> str | None:
    if kind == ev.CALL:
        return None
    at = sent.tokens[trig.index].start
    places = [m for m in ms if m.type in ("LOC", "ORG") and _mention_case(m, case_of, sent.text, sent.start) in
              (_VISIT_CASES if kind == ev.VISIT else _LOCATIVE)
              and not ev.in_topic_phrase(sent.text[m.end - sent.start:])
              and not (m.text.endswith(("dakı", "dəki", "takı", "təki"))  # "Azərbaycandakı səfiri"
                       and az_lower(sent.text[m.end - sent.start:m.end - sent.start + 16]).lstrip().startswith(_POSTED))]
    if kind == ev.VISIT and az_lower(sent.tokens[trig.index].text).startswith("ziyarət"):
        # a site visited: its town ("Nur-Sultandakı abidəni", "Bişkekin mərkəzindəki meydanı", "Şuşanı")
        sites = [m for m in ms if m.type == "LOC" and m.end <= at
                 and _mention_case(m, case_of, sent.text, sent.start) in ("GEN", "ACC", "REL", "LOC")
                 and not az_lower(sent.text[m.end - sent.start:m.end - sent.start + 12]).lstrip().startswith(_SITES)]
        if sites:
            return sites[-1].canonical
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
    own = [m for m in places if not any(az_lower(sent.text[m.end - sent.start:m.end - sent.start + 14]).lstrip()
                                        .startswith(w) for w in visit_words)]
    if own:
        if kind == ev.ATTEND:  # the town of a session, not its organiser: "Cenevrədə PAİ-nin Assambleyasında"
            towns = [m for m in own if m.type == "LOC"]
            return (towns or own)[-1].canonical
        return own[-1].canonical
    if kind in (ev.ATTEND, ev.MEET):  # "... iclasında iştirak etmək üçün İstanbula səfər edəcək"
        trips = [m for m in ms if m.type in ("LOC", "ORG") and _before_visit(m, sent.text, sent.start)
                 and not _visiting(m, sent.text, sent.start)
                 and _mention_case(m, case_of, sent.text, sent.start) in ("DAT", "LOC")]
        if trips:
            return trips[0].canonical
    return None


def _date(sent_dates: list[DateMention], low: str, ctx: _Context, doc_date) -> tuple[str | None, str | None]:
    """The sentence's own date; else "həmin gün" / "ertəsi gün" after the date the text has set; else
    that date; else the document's."""
    if sent_dates:
        d = sent_dates[0]
        if az_lower(d.text).startswith("ertəsi") and ctx.date and len(ctx.date) == 10:
            import datetime as _dt
            return (_dt.date.fromisoformat(ctx.date) + _dt.timedelta(days=1)).isoformat(), d.text
        return d.value, d.text
    for phrase in ("həmin gün", "elə həmin gün", "həmin tarixdə"):
        if phrase in low and ctx.date:
            return ctx.date, phrase
    return (ctx.date or doc_date), None


# Words between a body and its unnamed head or delegation: "Senatının sədrinin", "Assambleyasının nümayəndə heyəti".
_HEADS_OF = ("sədr", "spiker", "rəhbər", "başçı", "nümayəndə", "heyət", "nazir", "prezident", "baş nazir", "səfir")
# Heads of sites named after someone ("Möminə Xatın türbəsi"): the name before them is no town.
_SITES = ("türbə", "abidə", "muzey", "kompleks", "məscid", "kilsə", "məzar", "meydan", "park", "xiyaban", "ev-muzey")
# Titles of someone posted in a place: "Ukraynanın Azərbaycandakı səfiri" places the ambassador, not a meeting.
_POSTED = ("səfir", "səfirlik", "nümayəndə", "konsul", "müvəqqəti işlər vəkili", "yeni səfir", "fövqəladə")
_VISIT_KINDS = frozenset({"rəsmi", "dövlət", "işgüzar", "qısa", "işçi"})
_VISIT_AFTER = ("səfər", "rəsmi", "dövlət səfər", "işgüzar", "işgüzar səfər", "qısa", "iki günlük", "üç günlük")


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


def _set_scene(ms: list[Mention], ctx: _Context, case_of, sent, dates) -> None:
    """Note the place a sentence sets, and the day it was set for: a place is the scene of that day
    ("Mayın 15-də ... Varşavada" is not where "Mayın 16-da ..." happens)."""
    before = ctx.place
    _note_place(ms, ctx, case_of, sent.text, sent.start)
    own = [d.value for d in dates if sent.start <= d.start < sent.end and d.value and len(d.value) == 10
           and not getattr(d, "end_value", None)]
    if own:
        ctx.date = own[0]  # "Yanvarın 11-də ... məsləhətləşmələr keçirilib": the day of what follows
    if ctx.place != before:
        ctx.place_day = own[0] if own else ctx.date


def _note_place(ms: list[Mention], ctx: _Context, case_of, text: str, offset: int) -> None:
    """The last body or place the text puts someone in ("... Milli Məclisdə olub", "Milli Məclisə
    gəlib", "Bişkekdə ... keçirilib") sets the scene; the country of a visit does not."""
    said = ev.SAYING.search(text)
    cut = offset + said.start() if said else offset + len(text)
    for m in ms:
        if m.type not in ("LOC", "ORG") or m.start >= cut or ev.in_topic_phrase(text[m.end - offset:]):
            continue
        if _before_visit(m, text, offset) and (is_country_name(m.canonical) or m.canonical.endswith("Respublikası")):
            continue  # the country of a visit; its city ("Nyu-Yorkda səfərdədir") is the scene
        case = _mention_case(m, case_of, text, offset)
        after = az_lower(text[m.end - offset:m.end - offset + 12]).lstrip()
        if case in ("LOC", "REL") or case == "DAT" and after.startswith("gəl"):
            ctx.place = m.canonical


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


def _add(ctx: _Context, e: Event, site: bool = False) -> None:
    """Merge ``e`` into an event of the text with the same type, sides and status on the same day and
    place, else keep it; a site visited on a visit ("... türbəsini ziyarət ediblər") is an event of
    its own, as the gold has it."""
    key = (e.type, frozenset(e.participants), e.status)
    if site:
        ctx.sites.add(id(e))
    for old in ctx.events:
        if (old.type, frozenset(old.participants), old.status) == key and (id(old) in ctx.sites) == site and (
                old.date == e.date or not e.date or not old.date) and (
                old.location == e.location or not e.location or not old.location):
            old.location = old.location or e.location
            old.host = old.host or e.host
            old.topics.extend(t for t in e.topics if t not in old.topics)
            old.statements.extend(e.statements)
            old.roles.update({k: v for k, v in e.roles.items() if k not in old.roles})
            old.confidence = max(old.confidence, e.confidence)
            ctx.last = old
            return
    ctx.events.append(e)
    ctx.last = e
