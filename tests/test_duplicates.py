"""Near-duplicates: reprints of one press release are linked to the earliest copy, never other articles."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from salname.archive import Archive, duplicates, schema
from salname.archive.export import export_documents
from salname.document import Document
from salname.pipeline import IngestOptions, ingest

# A fictional ministry press release, as the first agency put it out.
RELEASE = """Bakı, 12 mart. Azərbaycan Respublikasının Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi ilə Qazaxıstan \
Respublikasının Nəqliyyat Nazirliyi arasında Orta Dəhliz üzrə yükdaşımaların artırılmasına dair anlaşma \
memorandumu imzalanıb. {outlet_line}

Sənədi Bakıda keçirilən görüşdə nazir müavini Elçin Həsənzadə və Qazaxıstanın nəqliyyat nazirinin birinci \
müavini Daulet Serikbayev imzalayıblar. {changed}

Memoranduma əsasən, Ələt Beynəlxalq Dəniz Ticarət Limanı ilə Aktau limanı arasında konteyner xəttinin \
tezliyi həftədə iki reysdən dörd reysə çatdırılacaq. Bundan əlavə, tərəflər vahid rəqəmsal gömrük \
platformasının yaradılması üçün birgə işçi qrupu təşkil edəcəklər.

Memorandumda həmçinin Bakı-Tbilisi-Qars dəmir yolu ilə daşınan tranzit yüklər üçün güzəştli tariflərin \
tətbiqi, sərhəd keçid məntəqələrində yoxlama prosedurlarının sadələşdirilməsi və logistika mərkəzlərinin \
birgə idarə olunması nəzərdə tutulur. Sənəd imzalandığı gündən qüvvəyə minir və beş il müddətinə bağlanıb.

Elçin Həsənzadə bildirib ki, Orta Dəhliz Avropa ilə Asiya arasında ən qısa və etibarlı marşrutlardan \
biridir. Onun sözlərinə görə, Xəzər dənizi üzərindən keçən daşımaların sürətləndirilməsi hər iki ölkənin \
iqtisadiyyatı üçün böyük əhəmiyyət daşıyır.

Daulet Serikbayev isə qeyd edib ki, Qazaxıstan tərəfi Aktau limanında yeni konteyner terminalının \
tikintisini 2025-ci ilin sonunadək başa çatdırmağı planlaşdırır. O, Azərbaycanla əməkdaşlığın regionun \
tranzit potensialının artırılmasında mühüm rol oynadığını vurğulayıb.

Görüşün sonunda tərəflər növbəti işçi qrupu iclasının may ayında Astanada keçirilməsi barədə razılığa \
gəliblər. Qeyd edək ki, ötən il Orta Dəhliz vasitəsilə təxminən 2,7 milyon ton yük daşınıb.
"""
FIRST_SENTENCE = ("Görüşdə tərəflər 2023-cü ildə iki ölkə arasında daşınan yüklərin həcminin 34 faiz artdığını "
                  "qeyd ediblər.")
OTHER_SENTENCE = ("Tərəflər həmçinin ötən il iki ölkə arasında yük dövriyyəsinin təxminən üçdə bir qədər "
                  "böyüdüyünü diqqətə çatdırıblar.")

ORIGINAL = ("2024-03-12", "Azərbaycan və Qazaxıstan nəqliyyat dəhlizi üzrə memorandum imzalayıb",
            RELEASE.format(outlet_line="Bu barədə AZERTAC-a nazirliyin mətbuat xidmətindən məlumat verilib.",
                           changed=FIRST_SENTENCE))
# another outlet: its own headline and attribution line, one sentence rewritten
REPRINT = ("2024-03-13", "Bakı ilə Astana Ələt-Aktau konteyner xəttini genişləndirir",
           RELEASE.format(outlet_line="Xəbəri Report nazirliyə istinadən yayıb.", changed=OTHER_SENTENCE))
_PLAIN = str.maketrans("əƏıİğĞşŞçÇöÖüÜ", "eEiIgGsScCoOuU")
# typed on a keyboard without Azerbaijani letters
PLAIN = ("2024-03-14", "Azerbaycan ve Qazaxistan arasinda memorandum",
         ORIGINAL[2].translate(_PLAIN))

# The same meeting, written up by another newsroom in its own words: not a reprint.
OWN_WORDS = ("2024-03-12", "Orta Dəhliz: Aktau xətti genişlənir", """Qazaxıstanın nəqliyyat nazirinin birinci \
müavini Daulet Serikbayev Bakıya səfəri çərçivəsində Elçin Həsənzadə ilə bir araya gəlib. APA-nın \
məlumatına görə, söhbət əsasən Xəzərdən keçən yük axınının necə sürətləndiriləcəyindən gedib.

Qonaq bildirib ki, Aktauda inşa olunan terminal gələn ilin axırında istifadəyə veriləcək və limanın \
ötürmə qabiliyyəti iki dəfəyədək yüksələcək. Həsənzadə isə Ələt limanının bu artımı qarşılamağa hazır \
olduğunu deyib, gömrük yoxlamalarının elektron qaydada aparılmasının vaxta qənaət edəcəyini əlavə edib.

Nazirlik rəsmisi jurnalistlərin suallarını cavablandırarkən Bakı ilə Astana arasında reyslərin sayının \
artırılmasının daşıyıcı şirkətlərin xərclərini azaldacağını söyləyib. Onun fikrincə, Avropaya gedən \
Çin malları üçün bu yol artıq Rusiya üzərindən keçən marşrutla rəqabət apara bilir.

Tərəflər həmçinin sənəd imzalayıblar, lakin onun mətni hələ ictimaiyyətə açıqlanmayıb. Ekspertlər \
hesab edirlər ki, yaxın illərdə dəhliz üzrə yükdaşımaların həcmi on milyon tona çata bilər. Növbəti \
danışıqların yazda Qazaxıstanın paytaxtında aparılacağı gözlənilir.
""")

SHORT = "Bakıda sabah hava dəyişkən buludlu olacaq, arabir yağış yağacağı gözlənilir. Şimal-qərb küləyi əsəcək. " \
        "Gündüz havanın temperaturu 8-10 dərəcə isti olacaq."


def write(folder: Path, name: str, item: tuple[str, str, str]) -> Path:
    date, title, body = item
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.txt"
    path.write_text(f"date {date}\n# {title}\n\n{body}", encoding="utf-8")
    return path


OPTIONS = IngestOptions(workers=1, correct=False, extract=False)


def run(archive: Archive, *paths: Path):
    return ingest([str(p) for p in paths], archive, OPTIONS)


def ids_by_title(arc: Archive) -> dict[str, str]:
    return {d.title: d.id for d in arc.iter_documents()}


def links(path: Path) -> list[tuple[str, str, float]]:
    """(reprint id, original id, similarity) of every link, sorted."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT r.id, o.id, x.similarity FROM duplicates x JOIN documents r ON r.n = x.n "
                            "JOIN documents o ON o.n = x.original ORDER BY 1").fetchall()
    finally:
        conn.close()
    return rows


def test_shingles_fold_case_and_diacritics_and_keep_numbers():
    a = duplicates.shingles("Qazaxıstan Respublikasının Nəqliyyat Nazirliyi 2025-ci ildə terminal tikəcək")
    b = duplicates.shingles("QAZAXISTAN respublikasinin neqliyyat nazirliyi 2025-ci ilde terminal tikecek")
    c = duplicates.shingles("Qazaxıstan Respublikasının Nəqliyyat Nazirliyi 2026-cı ildə terminal tikəcək")
    assert a.size == 4 and np.array_equal(a, b)  # 8 words ("2025-ci" is one)
    assert duplicates.jaccard(a, c) < 1.0  # a number is a word like the others


def test_signature_estimates_jaccard():
    a = duplicates.shingles(ORIGINAL[2])
    b = duplicates.shingles(REPRINT[2])
    c = duplicates.shingles(OWN_WORDS[2])
    exact = duplicates.jaccard(a, b)
    assert 0.7 <= exact < 0.95
    assert abs(duplicates.estimate(duplicates.signature(a), duplicates.signature(b)) - exact) < 0.15
    assert duplicates.jaccard(a, c) < 0.1
    assert len(duplicates.signature(a)) == duplicates.SIG_BYTES


def test_reprints_link_to_the_earliest_copy(tmp_path):
    src = tmp_path / "in"
    db = tmp_path / "a.sqlite"
    with Archive.open(db) as arc:
        # the later copies arrive first: the original, when it comes, takes over the group
        s1 = run(arc, write(src, "reprint", REPRINT), write(src, "plain", PLAIN), write(src, "own", OWN_WORDS))
        assert s1.new == 3 and s1.reprints == 1
        s2 = run(arc, write(src, "original", ORIGINAL))
        assert s2.new == 1 and s2.reprints == 1
        ids = ids_by_title(arc)
        orig, rep, plain, own = (ids[t[1]] for t in (ORIGINAL, REPRINT, PLAIN, OWN_WORDS))
        assert arc.original_of(rep)["id"] == orig
        assert arc.original_of(plain)["id"] == orig
        assert arc.original_of(orig) is None
        assert arc.original_of(own) is None  # the same meeting in other words is its own article
        assert 0.7 <= arc.original_of(rep)["similarity"] < 1.0
        assert arc.original_of(plain)["similarity"] == 1.0  # folding makes the plain copy the same text
        assert [r["id"] for r in arc.duplicates_of(orig)] == [rep, plain]  # by date
        assert [r["id"] for r in arc.duplicates_of(rep)] == [plain]
        assert arc.duplicates_of(own) == []
        groups = arc.duplicate_groups()
        assert len(groups) == 1 and groups[0]["original"]["id"] == orig
        assert [r["outlet"] for r in groups[0]["reprints"]] == [arc.get(rep).outlet, arc.get(plain).outlet]
        st = arc.stats()
        assert st["reprints"] == 2 and st["duplicate_groups"] == 1 and st["documents"] == 4
        # search keeps reprints and marks them
        hits = {h.id: h.duplicate_of for h in arc.search("Aktau", limit=10).hits}
        assert hits[orig] is None and hits[rep] == orig and hits[plain] == orig and hits[own] is None
    export = tmp_path / "docs.jsonl"
    with Archive.open(db, readonly=True) as arc:
        export_documents(arc, export)
    records = {r["id"]: r for r in map(json.loads, export.read_text(encoding="utf-8").splitlines())}
    assert records[rep]["duplicate_of"] == orig and records[orig]["duplicate_of"] is None


def test_short_texts_are_never_linked(tmp_path):
    src = tmp_path / "in"
    with Archive.open(tmp_path / "a.sqlite") as arc:
        a = write(src, "a", ("2024-03-01", "Hava proqnozu", SHORT))
        b = write(src, "b", ("2024-03-02", "Sabah hava necə olacaq", SHORT))  # the same body
        run(arc, a, b)
        assert len(arc) == 2
        assert arc.duplicate_groups() == [] and arc.stats()["reprints"] == 0
        sigs = arc.connection.execute("SELECT words, sig FROM doc_signatures").fetchall()
        assert len(sigs) == 2 and all(w < duplicates.MIN_WORDS and s is None for w, s in sigs)


def test_add_batch_links_within_one_batch_and_rerun_is_idempotent(tmp_path):
    db = tmp_path / "a.sqlite"

    def docs() -> list[Document]:
        out = []
        for i, (date, title, body) in enumerate((REPRINT, ORIGINAL, OWN_WORDS, PLAIN)):
            d = Document(raw=f"{title}\n\n{body}", source=f"s{i}.txt", date=date, title=title, outlet=f"o{i}")
            d.clean = body
            out.append(d)
        return out

    with Archive.open(db) as arc:
        result = arc.add_batch(docs(), [])
        assert result.new == 4 and result.reprints == 2
        first = links(db)
        again = arc.add_batch(docs(), [])
        assert again.new == 0 and again.reprints == 0
    assert len(first) == 2 and links(db) == first
    with Archive.open(db) as arc:  # a new process: the index is loaded from the stored signatures
        assert arc.sign_stored() == 0
        d = docs()[0]
        d.raw += "\nMənbə: başqa sayt"  # another raw text (new id), the same clean text
        assert arc.add_batch([d], []).reprints == 1
        assert arc.original_of(d.id)["id"] == ids_by_title(arc)[ORIGINAL[1]]


def test_failed_batch_leaves_no_link_and_rerun_ends_as_a_clean_run(tmp_path, monkeypatch):
    src = tmp_path / "in"
    paths = [write(src, n, item) for n, item in (("o", ORIGINAL), ("r", REPRINT), ("w", OWN_WORDS), ("p", PLAIN))]
    clean_db, broken_db = tmp_path / "clean.sqlite", tmp_path / "broken.sqlite"
    with Archive.open(clean_db) as arc:
        run(arc, *paths)
    expected = links(clean_db)
    assert len(expected) == 2

    with Archive.open(broken_db) as arc:
        run(arc, paths[0])  # one batch committed
        real = Archive._insert_rejected

        def boom(self, conn, rows):
            raise KeyboardInterrupt  # killed after the links were written, before the commit

        monkeypatch.setattr(Archive, "_insert_rejected", boom)
        with pytest.raises(KeyboardInterrupt):
            arc.add_batch([next(d for d in _read(paths[1]))], [])
        monkeypatch.setattr(Archive, "_insert_rejected", real)
        assert links(broken_db) == [] and len(arc) == 1
        run(arc, *paths)  # the index forgot the rolled-back document and links it now
    assert links(broken_db) == expected
    with Archive.open(broken_db) as arc:  # the same files again: nothing new, nothing linked twice
        again = run(arc, *paths)
        assert again.new == 0 and again.reprints == 0 and again.signed_again == 0
    assert links(broken_db) == expected


def _read(path: Path):
    from salname.pipeline import prepare
    from salname.readers import ReaderOptions, read_source

    for d in read_source(str(path), ReaderOptions()):
        yield prepare(d, {}, True, None, False)


def test_archive_of_the_previous_schema_is_migrated_and_signed(tmp_path):
    src = tmp_path / "in"
    db = tmp_path / "old.sqlite"
    with Archive.open(db) as arc:
        run(arc, write(src, "o", ORIGINAL), write(src, "r", REPRINT), write(src, "w", OWN_WORDS))
    # make it what the previous salname wrote: no near-duplicate tables, schema version 7
    conn = sqlite3.connect(db)
    conn.executescript("DROP TABLE duplicates; DROP TABLE doc_signatures; "
                       "DELETE FROM settings WHERE key LIKE 'duplicates%';")
    conn.execute(f"PRAGMA user_version = {schema.current_version() - 1}")
    conn.commit()
    conn.close()
    with pytest.raises(schema.ArchiveVersionError):
        Archive.open(db, readonly=True)  # read-only cannot migrate: it says so
    with Archive.open(db) as arc:
        assert arc.schema_version == schema.current_version()
        assert arc.stats()["reprints"] == 0 and len(arc) == 3  # nothing lost, nothing linked yet
        summary = run(arc, write(src, "p", PLAIN))  # the next ingest signs the earlier documents
        assert summary.signed_again == 3 and summary.new == 1
        ids = ids_by_title(arc)
        assert arc.original_of(ids[REPRINT[1]])["id"] == ids[ORIGINAL[1]]
        assert arc.original_of(ids[PLAIN[1]])["id"] == ids[ORIGINAL[1]]
        assert arc.original_of(ids[OWN_WORDS[1]]) is None
        assert run(arc).signed_again == 0


def test_signatures_of_another_version_are_made_again(tmp_path, monkeypatch):
    src = tmp_path / "in"
    db = tmp_path / "a.sqlite"
    with Archive.open(db) as arc:
        run(arc, write(src, "o", ORIGINAL), write(src, "r", REPRINT))
    expected = links(db)
    monkeypatch.setattr(duplicates, "VERSION", duplicates.VERSION + "-next")
    with Archive.open(db) as arc:
        assert run(arc).signed_again == 2
        assert arc.connection.execute("SELECT value FROM settings WHERE key = 'duplicates_version'").fetchone()[0] \
            == duplicates.VERSION
    assert links(db) == expected


def test_index_finds_candidates_after_merging(monkeypatch):
    monkeypatch.setattr(duplicates.NearIndex, "MERGE_EVERY", 2)
    sigs = [duplicates.signature(duplicates.shingles(t)) for t in (ORIGINAL[2], OWN_WORDS[2], REPRINT[2])]
    index = duplicates.NearIndex()
    index.add(1, sigs[0])
    index.add(2, sigs[1])  # merged into the sorted arrays here
    index.add(3, sigs[2])  # still in the dict
    assert 1 in index.query(sigs[2]) and 3 in index.query(sigs[0])
    assert 2 not in index.query(sigs[0])
    loaded = duplicates.NearIndex.from_rows([(1, sigs[0]), (2, sigs[1]), (3, b"bad")])
    assert loaded.size == 2 and loaded.query(sigs[2]) == {1}


def test_cli_duplicates(tmp_path):
    from salname.cli import app

    src = tmp_path / "in"
    db = tmp_path / "a.sqlite"
    with Archive.open(db) as arc:
        run(arc, write(src, "o", ORIGINAL), write(src, "r", REPRINT), write(src, "w", OWN_WORDS))
        orig = ids_by_title(arc)[ORIGINAL[1]]
    runner = CliRunner()
    out = runner.invoke(app, ["duplicates", "--archive", str(db), "--json"])
    assert out.exit_code == 0, out.output
    groups = json.loads(out.stdout)
    assert len(groups) == 1 and groups[0]["original"]["id"] == orig
    assert groups[0]["reprints"][0]["title"] == REPRINT[1] and groups[0]["reprints"][0]["similarity"] >= 0.7
    out = runner.invoke(app, ["duplicates", "--archive", str(db), "-n", "1"])
    assert out.exit_code == 0 and "Bakı ilə Astana" in out.stdout and "2024-03-12" in out.stdout
    out = runner.invoke(app, ["stats", "--archive", str(db)])
    assert out.exit_code == 0 and "reprints" in out.stdout


def test_signatures_equal_datasketch_minhash():
    """The numpy MinHash is datasketch's: same permutations, same pre-mix, same values."""
    from datasketch import MinHash, MinHashLSH

    rng = np.random.default_rng(7)
    sets = [duplicates.shingles(t) for t in (ORIGINAL[2], REPRINT[2], OWN_WORDS[2])]
    sets += [np.unique(rng.integers(0, 1 << 32, size=k, dtype=np.uint64).astype(np.uint32))
             for k in (1, 2, 37, 1000, 5000)]  # 5000: more than one block of rows
    sets.append(np.array([0, 1, 0xFFFFFFFF], dtype=np.uint32))
    for s in sets:
        m = MinHash(num_perm=duplicates.NUM_PERM, seed=duplicates.SEED, scheme=duplicates.SCHEME, hashfunc=int)
        m.update_batch(s.tolist())
        assert duplicates.signature(s) == m.hashvalues.astype("<u4").tobytes()
    a, b = duplicates.permutations()
    ref = MinHash(num_perm=duplicates.NUM_PERM, seed=duplicates.SEED, scheme=duplicates.SCHEME)
    assert np.array_equal(ref.permutations[0], a) and np.array_equal(ref.permutations[1], b)
    empty = MinHash(num_perm=duplicates.NUM_PERM, seed=duplicates.SEED, scheme=duplicates.SCHEME)
    assert duplicates.signature(np.empty(0, dtype=np.uint32)) == empty.hashvalues.astype("<u4").tobytes()
    lsh = MinHashLSH(threshold=duplicates.LSH_THRESHOLD, num_perm=duplicates.NUM_PERM)
    assert duplicates.bands() == (lsh.b, lsh.r)


def test_ingest_does_not_import_datasketch(tmp_path):
    """datasketch pulls in scipy: ~50 MB in the writer and in each worker. Ingest needs neither."""
    import subprocess
    import sys

    src = tmp_path / "in"
    write(src, "o", ORIGINAL)
    write(src, "r", REPRINT)
    code = ("import sys; from salname.archive import Archive; from salname.pipeline import IngestOptions, ingest\n"
            f"arc = Archive.open({str(tmp_path / 'a.sqlite')!r})\n"
            f"s = ingest([{str(src)!r}], arc, IngestOptions(workers=1, correct=False, extract=False))\n"
            "assert s.reprints == 1, s\n"
            "print('datasketch' in sys.modules, 'scipy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def _recleaned(arc: Archive, doc_id: str, body: str) -> Document:
    doc = arc.get(doc_id)
    doc.clean = body
    doc.clean_map = None
    doc.clean_changes = []
    return doc


def test_update_clean_refreshes_signature_and_links(tmp_path):
    src = tmp_path / "in"
    db = tmp_path / "a.sqlite"
    with Archive.open(db) as arc:
        run(arc, write(src, "o", ORIGINAL), write(src, "r", REPRINT), write(src, "p", PLAIN), write(src, "w", OWN_WORDS))
        ids = ids_by_title(arc)
        orig, rep, plain, own = (ids[t[1]] for t in (ORIGINAL, REPRINT, PLAIN, OWN_WORDS))
        assert arc.original_of(rep)["id"] == orig and arc.original_of(plain)["id"] == orig
        sig_before = arc.connection.execute(
            "SELECT sig FROM doc_signatures s JOIN documents d USING (n) WHERE d.id = ?", (orig,)).fetchone()[0]

        # the original, re-cleaned, is another text now: its copies stay copies of one another,
        # under the earliest of them
        assert arc.update_clean([_recleaned(arc, orig, OWN_WORDS[2].replace("Bakıya", "Astanaya"))]) == 1
        sig_after = arc.connection.execute(
            "SELECT sig FROM doc_signatures s JOIN documents d USING (n) WHERE d.id = ?", (orig,)).fetchone()[0]
        assert sig_after != sig_before
        assert arc.original_of(rep) is None and arc.original_of(plain)["id"] == rep
        assert 0.7 <= arc.original_of(plain)["similarity"] < 1.0
        # ... and a copy of the article it now reads like, or its original (same day: the first stored)
        pair = {(x, (arc.original_of(x) or {}).get("id")) for x in (orig, own)}
        assert pair in ({(orig, own), (own, None)}, {(orig, None), (own, orig)})
        assert arc.stats()["reprints"] == 2

        # back to the release: the group is as ingest made it
        assert arc.update_clean([_recleaned(arc, orig, ORIGINAL[2])]) == 1
        assert arc.original_of(rep)["id"] == orig and arc.original_of(plain)["id"] == orig
        assert arc.original_of(own) is None and arc.original_of(orig) is None
        assert arc.original_of(plain)["similarity"] == 1.0
    expected = links(db)
    with Archive.open(db) as arc:  # a new process loads the index with the new signatures
        d = _recleaned(arc, rep, SHORT)  # too short to be anyone's copy
        arc.update_clean([d])
        assert arc.original_of(rep) is None and [r["id"] for r in arc.duplicates_of(orig)] == [plain]
        arc.update_clean([_recleaned(arc, rep, REPRINT[2])])
    assert links(db) == expected


def test_update_clean_rolled_back_leaves_links(tmp_path, monkeypatch):
    src = tmp_path / "in"
    db = tmp_path / "a.sqlite"
    with Archive.open(db) as arc:
        run(arc, write(src, "o", ORIGINAL), write(src, "r", REPRINT))
        expected = links(db)
        rep = ids_by_title(arc)[REPRINT[1]]

        def boom(conn, index, rows):
            raise KeyboardInterrupt

        monkeypatch.setattr(duplicates, "relink", boom)
        with pytest.raises(KeyboardInterrupt):
            arc.update_clean([_recleaned(arc, rep, OWN_WORDS[2])])
        monkeypatch.undo()
        assert links(db) == expected and arc.get(rep).clean != OWN_WORDS[2]
        assert arc.update_clean([_recleaned(arc, rep, OWN_WORDS[2])]) == 1  # the index was loaded again
        assert arc.original_of(rep) is None


def test_cli_search_show_and_stats_mark_reprints(tmp_path):
    from salname.cli import app

    src = tmp_path / "in"
    db = tmp_path / "a.sqlite"
    with Archive.open(db) as arc:
        run(arc, write(src, "o", ORIGINAL), write(src, "r", REPRINT), write(src, "w", OWN_WORDS))
        ids = ids_by_title(arc)
        orig, rep, own = ids[ORIGINAL[1]], ids[REPRINT[1]], ids[OWN_WORDS[1]]
    runner = CliRunner()

    out = runner.invoke(app, ["search", "Aktau", "--archive", str(db), "--json"])
    assert out.exit_code == 0, out.output
    hits = {h["id"]: h for h in json.loads(out.stdout)["hits"]}
    assert hits[rep]["duplicate_of"] == orig and hits[orig]["duplicate_of"] is None
    assert hits[rep]["original"]["title"] == ORIGINAL[1] and hits[rep]["original"]["similarity"] >= 0.7
    assert hits[orig]["original"] is None and hits[own]["duplicate_of"] is None
    out = runner.invoke(app, ["search", "Aktau", "--archive", str(db)], env={"COLUMNS": "300"})
    assert out.exit_code == 0, out.output
    assert out.stdout.count("reprint of") == 1
    line = next(x for x in out.stdout.splitlines() if "reprint of" in x)
    assert ORIGINAL[1] in line and orig in line

    out = runner.invoke(app, ["show", rep, "--archive", str(db)], env={"COLUMNS": "300"})
    assert out.exit_code == 0, out.output
    line = next(x for x in out.stdout.splitlines() if "reprint of" in x)
    assert ORIGINAL[1] in line and orig in line and "2024-03-12" in line
    out = runner.invoke(app, ["show", orig, "--archive", str(db)], env={"COLUMNS": "300"})
    assert out.exit_code == 0 and "reprinted 1 time" in out.stdout and REPRINT[1] in out.stdout
    out = runner.invoke(app, ["show", own, "--archive", str(db)], env={"COLUMNS": "300"})
    assert out.exit_code == 0 and "reprint" not in out.stdout
    rec = json.loads(runner.invoke(app, ["show", rep, "--archive", str(db), "--json"]).stdout)
    assert rec["duplicate_of"]["id"] == orig and rec["reprints"] == []
    rec = json.loads(runner.invoke(app, ["show", orig, "--archive", str(db), "--json"]).stdout)
    assert rec["duplicate_of"] is None and [r["id"] for r in rec["reprints"]] == [rep]

    out = runner.invoke(app, ["stats", "--archive", str(db), "--json"])
    st = json.loads(out.stdout)
    assert st["reprints"] == 1 and st["duplicate_groups"] == 1
    out = runner.invoke(app, ["stats", "--archive", str(db)], env={"COLUMNS": "300"})
    assert "1 near-duplicates of 1 originals" in out.stdout


def test_index_lookup_in_batches_with_extreme_keys():
    """Band keys at both ends of the 32-bit range, rowids in the two arrays and several bands."""
    index = duplicates.NearIndex()
    keys = np.array([[0, 5, 0xFFFFFFFF], [7, 5, 9], [0xFFFFFFFF, 1, 2]], dtype=np.uint32)
    index.add_many([10, 11], keys[:2])
    index.MERGE_EVERY = 3  # the next add merges the three into the main array; 13 stays in the recent one
    index.add_many([12], keys[2:])
    index.add_many([13], np.array([[3, 4, 0xFFFFFFFF]], dtype=np.uint32))
    assert index._main.size == 9 and index._recent.size == 3
    rows, ids = index.lookup(np.array([[0xFFFFFFFF, 5, 8], [100, 101, 102]], dtype=np.uint32))
    assert sorted(zip(rows.tolist(), ids.tolist())) == [(0, 10), (0, 11), (0, 12), (0, 13)]
    later, earlier = duplicates._within(np.array([[1, 2, 3], [4, 2, 6], [1, 8, 9], [7, 8, 10]], dtype=np.uint32))
    assert sorted(zip(later.tolist(), earlier.tolist())) == [(1, 0), (2, 0), (3, 2)]
