"""Writes a dev set's articles (NNN_slug.txt) and gold.json from the annotator's hand-written sources
in its articles_*.py; each set's make_gold.py calls make() on its own folder. Mentions are read off the
text from the surface forms the annotator listed for each entity (longest form first, no nesting, text
order); evidence is the full sentence holding the fragment the annotator quoted (a line break after a
word hyphenated at the end of a printed line, "parla-\nment", does not end a sentence, so evidence keeps
such a break verbatim)."""
from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

ARTS: list[dict] = []


def A(name, outlet, raw, ents, evs, topics=None, duplicate_of=None):
    ARTS.append(dict(name=name, outlet=outlet, raw=raw.strip("\n") + "\n", ents=ents, evs=evs,
                     topics=topics, duplicate_of=duplicate_of))


def E(type, parts, loc, date, status, ev, topics, **kw):
    d = dict(type=type, participants=parts, location=loc, date=date, status=status, ev=ev, topics=topics)
    d.update(kw)
    return d


def spans(text, s):
    return [m.span() for m in re.finditer(r"(?<![\w-])" + re.escape(s) + r"(?![\w-])", text)]


def hyphen_break(text, i):
    """text[i] is a line break that splits a hyphenated word of a printed line ("gö-\nrüşüb")."""
    return i >= 2 and text[i - 1] == "-" and text[i - 2].isalpha() and text[i + 1:i + 2].islower()


def sentence(text, frag):
    i = text.find(frag)
    assert i >= 0 and text.find(frag, i + 1) < 0, ("fragment not found once", frag)
    a = i
    while a > 0 and not ((text[a - 1] == "\n" and not hyphen_break(text, a - 1))
                         or text[a - 2:a] in (". ", "? ", "! ")):
        a -= 1
    m = re.compile(r"[.!?](?=\s|$)").search(text, i + len(frag) - 1)
    return text[a:m.end()]


def build(a):
    raw = a["raw"]
    text = raw.split("\n", 1)[1]
    lines = raw.split("\n")
    owner = {}
    for e in a["ents"]:
        for f in e[4]:
            assert owner.get(f, e[0]) == e[0], (a["name"], "form of two entities", f)
            owner[f] = e[0]
    taken, hits = [], []
    for f in sorted(owner, key=len, reverse=True):
        n = 0
        for s, t in spans(text, f):
            if all(t <= x or s >= y for x, y in taken):
                taken.append((s, t)); hits.append((s, f)); n += 1
        assert n, (a["name"], "form not found", f)
    hits.sort()
    ents = []
    for c, typ, role, aff, forms in a["ents"]:
        d = {"canonical": c, "type": typ}
        if role: d["role"] = role
        if aff: d["affiliation"] = aff
        d["mentions"] = [f for s, f in hits if owner[f] == c]
        ents.append(d)
    canon = {e[0] for e in a["ents"]}
    evs, topics = [], []
    for e in a["evs"]:
        d = {"type": e["type"], "participants": e["participants"]}
        if e.get("host"): d["host"] = e["host"]
        d["location"] = e["location"]
        if e.get("place"): d["place"] = e["place"]
        d["date"] = e["date"]
        if e.get("date_text"): d["date_text"] = e["date_text"]
        if e.get("event_name"): d["event_name"] = e["event_name"]
        d["status"] = e["status"]; d["topics"] = e["topics"]
        d["evidence"] = sentence(text, e["ev"])
        if e.get("same_as"): d["same_as"] = e["same_as"]
        for p in e["participants"] + [e.get("location"), e.get("place"), e.get("host")]:
            assert p is None or p in canon, (a["name"], p)
        evs.append(d)
        topics += [t for t in e["topics"] if t not in topics]
    entry = {"doc_date": lines[0][5:], "outlet": a["outlet"], "title": lines[1], "entities": ents,
             "events": evs, "topics": topics if evs else a["topics"]}
    if a["duplicate_of"]: entry["duplicate_of"] = a["duplicate_of"]
    return entry


def make(here: Path) -> None:
    """Reads here/articles_*.py, writes the articles and gold.json beside them."""
    ARTS.clear()
    for p in sorted(here.glob("articles_*.py")):
        spec = importlib.util.spec_from_file_location(p.stem, p)
        mod = importlib.util.module_from_spec(spec)
        mod.A, mod.E = A, E
        spec.loader.exec_module(mod)
    gold = {}
    for a in ARTS:
        (here / a["name"]).write_text(a["raw"], encoding="utf-8")
        gold[a["name"]] = build(a)
    (here / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(gold), "articles")
