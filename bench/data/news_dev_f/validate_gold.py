"""Standalone check of news_dev_f: files and gold.json agree (reads only this folder and the
.txt files of the other dev sets for the 5-gram distance; never runs the extractor).
Usage: python bench/data/news_dev_f/validate_gold.py"""
import datetime as dt, json, re, sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
FILES = sorted(p.name for p in HERE.glob("*.txt"))
LETTERS = set("abcçdeəfgğhxıijkqlmnoöprsştuüvyz") | set("ABCÇDEƏFGĞHXIİJKQLMNOÖPRSŞTUÜVYZ")
RELATIVE = {"bu gün": 0, "Bu gün": 0, "dünən": -1, "Dünən": -1, "sabah": 1, "Sabah": 1,
            "srağagün": -2, "Srağagün": -2, "iki gün əvvəl": -2}
WEEKDAYS = [("bazar ertəsi", 0), ("çərşənbə axşamı", 1), ("cümə axşamı", 3), ("çərşənbə", 2),
            ("cümə", 4), ("şənbə", 5), ("bazar", 6)]
errors = []


def check(cond, *msg):
    if not cond:
        errors.append(" ".join(map(str, msg)))


def spans(text, s):
    return [m.span() for m in re.finditer(r"(?<![\w-])" + re.escape(s) + r"(?![\w-])", text)]


def well_formed(d):
    if d is None:
        return True
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            dt.date.fromisoformat(d)
        elif re.fullmatch(r"\d{4}-\d{2}", d):
            dt.date.fromisoformat(d + "-01")
        else:
            return False
    except ValueError:
        return False
    return True


def five(t):
    w = re.findall(r"\w+", t.lower())
    return {tuple(w[i:i + 5]) for i in range(len(w) - 4)}


dev = set()
for folder in ("news_dev", "news_dev_b", "news_dev_c", "news_dev_d", "news_dev_e"):
    for p in (HERE.parent / folder).glob("*.txt"):
        dev |= five(p.read_text(encoding="utf-8"))

check(set(GOLD) == set(FILES), "gold and files differ")
for name in FILES:
    raw = (HERE / name).read_text(encoding="utf-8")
    lines = raw.split("\n")
    m = re.fullmatch(r"date (\d{4}-\d{2}-\d{2})", lines[0])
    entry = GOLD[name]
    check(m and entry["doc_date"] == m.group(1), name, "date line")
    doc = dt.date.fromisoformat(entry["doc_date"])
    check(lines[1] == entry["title"] and lines[2] == "", name, "title/blank line")
    text = raw.split("\n", 1)[1]
    check(120 <= len(text.split()) <= 300, name, "words", len(text.split()))
    check({c for c in raw if c.isalpha()} <= LETTERS, name, "alphabet")
    g = five(text)
    check(len(g & dev) / len(g) < 0.15, name, "5-gram overlap")
    ents = entry["entities"]
    canon = [e["canonical"] for e in ents]
    check(len(canon) == len(set(canon)), name, "duplicate canonical")
    listed = Counter(m for e in ents for m in e["mentions"])
    taken, found = [], {}
    for s in sorted(listed, key=len, reverse=True):
        for a, b in spans(text, s):
            if all(b <= x or a >= y for x, y in taken):
                taken.append((a, b))
                found.setdefault(s, []).append(a)
    for s, n in listed.items():
        check(len(found.get(s, [])) == n, name, "mention count", s, n, len(found.get(s, [])))
    owners = Counter()
    for e in ents:
        for s in set(e["mentions"]):
            owners[s] += 1
    for e in ents:
        check(e["type"] in {"PER", "ORG", "LOC"} and e["mentions"], name, e["canonical"])
        if "affiliation" in e:
            check(e["affiliation"] in canon, name, "affiliation", e["affiliation"])
        seen, last = Counter(), -1
        for s in e["mentions"]:
            if owners[s] > 1 or s not in found:
                continue
            pos = found[s][seen[s]]
            seen[s] += 1
            check(pos > last, name, "mention order", e["canonical"], s)
            last = pos
    types = {e["canonical"]: e["type"] for e in ents}
    topics = []
    for ev in entry["events"]:
        check(ev["type"] in {"MEET", "VISIT", "ATTEND", "SIGN", "CALL"}, name, "type")
        check(ev["status"] in {"happened", "planned", "negated"}, name, "status")
        for p in ev["participants"]:
            check(types.get(p) in {"PER", "ORG"}, name, "participant", p)
        if "host" in ev:
            check(ev["host"] in ev["participants"], name, "host")
        for k in ("location", "place"):
            if ev.get(k) is not None:
                check(ev[k] in types, name, k, ev[k])
        if ev["type"] == "CALL":
            check(ev["location"] is None, name, "call location")
        check(ev["evidence"] in text and ev["evidence"][0].isupper() and ev["evidence"][-1] in ".!?",
              name, "evidence", ev["evidence"][:50])
        check(well_formed(ev["date"]), name, "date", ev["date"])
        dtxt = ev.get("date_text")
        if dtxt:
            check(dtxt in text, name, "date_text", dtxt)
        if dtxt in RELATIVE:
            check(ev["date"] == (doc + dt.timedelta(days=RELATIVE[dtxt])).isoformat(), name, "relative", dtxt)
        day = next((n for w, n in WEEKDAYS if w in (dtxt or "").lower()), None)
        if day is not None:
            when = dt.date.fromisoformat(ev["date"])
            check(when.weekday() == day and 0 < abs((when - doc).days) <= 7, name, "weekday", dtxt, ev["date"])
        if "same_as" in ev:
            check(ev["same_as"] in GOLD and ev["same_as"] != name, name, "same_as")
        topics += [t for t in ev["topics"] if t not in topics]
    check(entry["topics"] == topics if entry["events"] else bool(entry["topics"]), name, "topics")

for name, entry in GOLD.items():  # reprints: other headline and outlet, every event linked to the original
    orig = entry.get("duplicate_of")
    if orig:
        check(orig in GOLD and GOLD[orig]["title"] != entry["title"] and GOLD[orig]["outlet"] != entry["outlet"],
              name, "duplicate_of")
        check(all(ev.get("same_as") == orig for ev in entry["events"]), name, "reprint events")

for e in errors:
    print("ERROR", e)
print(f"{len(FILES)} files, {len(errors)} errors")
sys.exit(1 if errors else 0)
