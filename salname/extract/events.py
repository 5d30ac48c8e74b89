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
from salname.az.sentences import sentences
from salname.az.tokenize import WORD
from salname.az.when import DateMention, find_dates
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
_SCENE = __import__("re").compile(r"keçirilib|keçirilir|keçirilən|keçirildi|başlayıb|öz işinə başla|açılış")
_VISIT_CASES = ("LOC", "DAT", "REL")


@dataclass
class _Context:
    """What the text has set so far: its guest, host, main actor and place."""

    main: str | None = None  # the first person the text names
    date: str | None = None  # the last date the text has set for its events
    guest: str | None = None  # the visitor
    host: str | None = None
    place: str | None = None
    last: Event | None = None
    leader: str | None = None  # the person a delegation of the text is led by
    events: list[Event] = field(default_factory=list)


@dataclass
class _Trigger:
    kind: str
    index: int  # token index in the sentence
    reference: bool


def extract_events(text: str, mentions: list[Mention], doc_date: str | None = None) -> list[Event]:
    """The events ``text`` reports, merged within the text; ``mentions`` are its entities
    (salname.extract.entities.extract_entities), ``doc_date`` the document's ISO date, if known."""
    from salname.extract.entities import _case_of

    dates = find_dates(text, doc_date)
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
                ctx.last.topics.extend(t for t in ev.topics_in(sent.text) if t not in ctx.last.topics)
            if _SCENE.search(low) and not ev.RECALL_MARKERS.search(low):
                _note_place(ms, ctx, _case_of, sent.text, sent.start)
                own = [d for d in dates if sent.start <= d.start < sent.end and d.value]
                if own:
                    ctx.date = own[0].value
            if statements and ctx.last is not None:
                ctx.last.statements.extend(statements)
            continue
        kinds: dict[str, _Trigger] = {}
        for t in triggers:
            if t.kind not in kinds or kinds[t.kind].reference and not t.reference:
                kinds[t.kind] = t
        sent_dates = [d for d in dates if sent.start <= d.start < sent.end]
        for kind, trig in kinds.items():
            if trig.reference:
                if ctx.last is not None and ctx.last.type == kind:
                    ctx.last.topics.extend(t for t in ev.topics_in(sent.text) if t not in ctx.last.topics)
                continue
            event = _event(kind, trig, sent, ms, people, low, sent_dates, doc_date, ctx, _case_of)
            if event is None:
                continue
            event.statements.extend(statements)
            statements = []
            _add(ctx, event)
        if not ev.RECALL_MARKERS.search(low):
            _note_place(ms, ctx, _case_of, sent.text, sent.start)
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
    for i, w in enumerate(words):
        if not w or not ev.TRIGGER_START.match(w) or w in ev.NOT_TRIGGERS:
            continue
        nxt = words[i + 1] if i + 1 < len(words) else ""
        kind = None
        for k, pairs in ev.PAIRS.items():
            if any(w.startswith(a) and (nxt.startswith(b) or i + 2 < len(words) and words[i + 2].startswith(b))
                   for a, b in pairs):
                kind = k
                break
        if kind is None:
            for k, stems in ev.STEMS.items():
                if w.startswith(stems):
                    kind = k
                    break
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
            and not nxt.startswith(_LIGHT_VERBS)
        if kind == ev.ATTEND and w.startswith("çıxış") and not nxt.startswith("ed"):
            continue
        out.append(_Trigger(kind, i, reference))
    return out


def _status(kind: str, trig: _Trigger, sent, low: str) -> str:
    toks = sent.tokens
    if ev.NEGATED_MARKERS.search(low):
        return "negated"
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
        if "olan" in low or "gələn" in low:
            chosen = after[:1] or before[:1]
        else:
            chosen = before[:1] or after[:1]
        participants = [p.canonical for p in chosen]
        if not participants and (guests or delegation) and guest:
            participants = [guest]
        if not participants:
            orgs = [m.canonical for m in ms if m.type == "ORG" and case_of(m.text.split()[-1]) == "GEN"]
            participants = orgs[:1]
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
    if not participants:
        return None
    if host is not None and host not in participants:
        host = None
    location = _location(kind, trig, sent, ms, ctx, case_of)
    date, date_text = _date(sent_dates, low, ctx, doc_date)
    status = _status(kind, trig, sent, low)
    recalled = bool(ev.RECALL_MARKERS.search(low))
    if location is None and kind not in (ev.CALL, ev.VISIT) and not recalled:
        location = ctx.place
    negotiation = "danışıqlar" in low
    roles = {p.canonical: p.role for p in people if p.role and p.canonical in participants}
    conf = 0.45 + 0.15 * (len(participants) >= (2 if kind in (ev.MEET, ev.CALL) else 1)) \
        + 0.1 * (location is not None) + 0.1 * (date is not None) + 0.1 * bool(people)
    e = Event(kind, participants, sent.text, sent.start, sent.end, status, location, date, date_text, host,
              roles, ev.topics_in(sent.text), [], round(min(conf, 0.95), 3),
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


_PLACE_HEADS = ("şəhər", "rayon", "kənd", "qəsəbə", "vilayət", "əyalət", "bölgə", "ölkə", "paytaxt")


def _mention_case(m: Mention, case_of, text: str | None = None, offset: int = 0) -> str | None:
    if text is not None:
        tail = text[m.end - offset:m.end - offset + 20].split()
        head = az_lower(m.canonical.split()[-1])
        if tail and (az_lower(tail[0]).startswith(_PLACE_HEADS) or len(head) > 3 and tail[0][:1].islower()
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
              (_VISIT_CASES if kind == ev.VISIT else _LOCATIVE)]
    if kind == ev.VISIT:
        visit = [m for m in places if _before_visit(m, sent.text, sent.start)]
        if visit:
            return visit[0].canonical
        before = [m for m in places if m.end <= at and at - m.end < 40]
        if before:
            return before[-1].canonical
        return places[0].canonical if places else None
    # a meeting's place: not the country of a visit told in the same sentence ("Azərbaycanda səfərdə olan")
    visit_words = ("səfər", "rəsmi")
    own = [m for m in places if not any(az_lower(sent.text[m.end - sent.start:m.end - sent.start + 14]).lstrip()
                                        .startswith(w) for w in visit_words)]
    if own:
        return own[-1].canonical
    if kind in (ev.ATTEND, ev.MEET):  # "... iclasında iştirak etmək üçün İstanbula səfər edəcək"
        trips = [m for m in ms if m.type in ("LOC", "ORG") and _before_visit(m, sent.text, sent.start)
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


_VISIT_AFTER = ("səfər", "rəsmi", "dövlət səfər", "işgüzar", "işgüzar səfər", "qısa", "iki günlük", "üç günlük")


def _before_visit(m: Mention, text: str, offset: int) -> bool:
    """Whether the place is the one of a visit told right after it ("Azərbaycanda rəsmi səfərdə olan")."""
    after = az_lower(text[m.end - offset:m.end - offset + 24]).lstrip()
    return after.startswith(_VISIT_AFTER)


def _note_place(ms: list[Mention], ctx: _Context, case_of, text: str, offset: int) -> None:
    """The last body or place the text puts someone in ("... Milli Məclisdə olub", "Milli Məclisə
    gəlib", "Bişkekdə ... keçirilib") sets the scene; the country of a visit does not."""
    said = ev.SAYING.search(text)
    cut = offset + said.start() if said else offset + len(text)
    for m in ms:
        if m.type not in ("LOC", "ORG") or m.start >= cut or _before_visit(m, text, offset):
            continue
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


def _add(ctx: _Context, e: Event) -> None:
    key = (e.type, frozenset(e.participants), e.status)
    for old in ctx.events:
        if (old.type, frozenset(old.participants), old.status) == key and (
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
