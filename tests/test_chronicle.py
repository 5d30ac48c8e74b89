"""Ingest stores events; the same meeting reported by two outlets is one event with two sources;
`salname events` filters the chronicle and `salname export events` writes it."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from salname.archive import Archive
from salname.archive.chronicle import dates_agree
from salname.cli import app
from salname.pipeline import IngestOptions, ingest

runner = CliRunner()

AZERTAC = """date 2024-05-16
Sahibə Qafarova Nino Beridze ilə görüşüb

Bakı, 16 may (AZERTAC). Azərbaycanda rəsmi səfərdə olan Gürcüstan Parlamentinin sədr müavini Nino Beridze bu gün Milli Məclisdə olub. Qonağı Milli Məclisin sədri Sahibə Qafarova qəbul edib. Görüşdə nəqliyyat və enerji sahəsində əməkdaşlıq müzakirə olunub.
"""
APA = """date 2024-05-17
Gürcü parlamentari Milli Məclisdə

APA xəbər verir ki, dünən Milli Məclisin sədri Sahibə Qafarova Gürcüstan Parlamentinin sədr müavini Nino Beridzeni qəbul edib. Tərəflər Orta Dəhlizin imkanlarını müzakirə ediblər.
"""
CALL = """date 2024-04-11
Telefon danışığı

Bu gün Azərbaycanın xarici işlər nazirinin müavini Elnur Məmmədli Qazaxıstan Respublikasının xarici işlər nazirinin müavini Yerlan Sadvakasov ilə telefonla danışıb.
"""


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("chronicle")
    folder = tmp / "in"
    folder.mkdir()
    for name, text in (("azertac.txt", AZERTAC), ("apa.txt", APA), ("call.txt", CALL)):
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp / "a.sqlite"
    with Archive.open(db) as arc:
        ingest([str(folder)], arc, IngestOptions(workers=1, correct=False))
    return db


def _events(db: Path, *args: str) -> list[dict]:
    res = runner.invoke(app, ["events", "--archive", str(db), "--json", *args])
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def test_one_meeting_reported_by_two_outlets_is_one_event(archive):
    meets = _events(archive, "--type", "MEET")
    assert len(meets) == 1
    m = meets[0]
    assert sorted(m["participants"]) == ["Nino Beridze", "Sahibə Qafarova"]
    assert m["date"] == "2024-05-16" and m["location"] == "Milli Məclis"
    assert len(m["sources"]) == 2 and {s["date"] for s in m["sources"]} == {"2024-05-16", "2024-05-17"}
    assert {"nəqliyyat", "Orta Dəhliz"} <= set(m["topics"])  # topics of both reports


def test_filters(archive):
    assert {e["type"] for e in _events(archive, "--actor", "qafarovanin")} == {"MEET"}
    calls = _events(archive, "--country", "qazaxistan")
    assert [e["type"] for e in calls] == ["CALL"]
    assert _events(archive, "--from", "2024-05-01", "--type", "CALL") == []
    assert [e["type"] for e in _events(archive, "--to", "2024-04-30")] == ["CALL"]
    res = runner.invoke(app, ["events", "--archive", str(archive), "--type", "PARTY"])
    assert res.exit_code == 2 and "Unknown event type" in res.output


def test_export_events_with_cameo_codes(archive, tmp_path):
    res = runner.invoke(app, ["export", "events", "--archive", str(archive), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    recs = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
    by_type = {r["type"]: r for r in recs}
    assert by_type["MEET"]["cameo"] == "043" and by_type["MEET"]["num_sources"] == 2  # hosted
    assert by_type["CALL"]["cameo"] == "041" and by_type["CALL"]["actor2"] == "Yerlan Sadvakasov"
    res = runner.invoke(app, ["export", "events", "--archive", str(archive), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert len(rows) == len(recs) and json.loads(rows[0]["participants"])
    out = tmp_path / "e.parquet"
    res = runner.invoke(app, ["export", "events", "--archive", str(archive), "--format", "parquet", "-o", str(out)])
    assert res.exit_code == 0, res.output
    import pyarrow.parquet as pq

    assert pq.read_table(out).num_rows == len(recs)
    res = runner.invoke(app, ["export", "things", "--archive", str(archive)])
    assert res.exit_code == 2


def test_extract_json_has_events_dated_from_the_date_line(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(CALL, encoding="utf-8")
    res = runner.invoke(app, ["extract", str(f), "--json", "--no-correct"])
    assert res.exit_code == 0, res.output
    (e,) = json.loads(res.stdout)["events"]
    assert (e["type"], e["date"], e["date_text"]) == ("CALL", "2024-04-11", "Bu gün")
    assert CALL[e["start"]:e["end"]] == e["evidence"]


def test_dates_agree():
    assert dates_agree("2024-05", "2024-05-16") and dates_agree("--05-16", "2024-05-16")
    assert not dates_agree("2024-05-17", "2024-05-16") and not dates_agree("2024-05-16", None)


# A release reprinted the next day by another outlet (other headline, its own attribution line): the
# reprint reads "Bu gün" as its own day, so its report has another date; it is no independent source.
RELEASE = ("Milli Məclisin Sədri Sahibə Qafarova Azərbaycanda rəsmi səfərdə olan Polşa Seyminin sədri "
           "Tomaş Novak ilə görüşüb. Görüşdə Azərbaycan ilə Polşa arasında parlamentlərarası əlaqələrin "
           "inkişafı, enerji və nəqliyyat sahələrində əməkdaşlığın perspektivləri müzakirə olunub. Spiker "
           "bildirib ki, iki ölkə arasında siyasi dialoq yüksək səviyyədədir və parlamentlərin dostluq "
           "qrupları bu dialoqa mühüm töhfə verir. Qonaq Azərbaycanın regionda sülh və sabitliyin "
           "möhkəmləndirilməsi istiqamətində atdığı addımları yüksək qiymətləndirib.")
ORIGINAL = f"date 2024-06-03\nSahibə Qafarova Polşa Seyminin sədrini qəbul edib\n\nBakı, 3 iyun (AZERTAC). Bu gün {RELEASE}\n"
REPRINT = f"date 2024-06-04\nSpiker polşalı həmkarı ilə görüşüb\n\nMetbuat.az xəbər verir ki, bu gün {RELEASE}\n"
OTHER = """date 2024-06-03
Novak Milli Məclisdə

APA xəbər verir ki, Milli Məclisin sədri Sahibə Qafarova Polşa Seyminin sədri Tomaş Novak ilə görüşüb.
"""


@pytest.fixture(scope="module")
def reprinted(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("reprints")
    folder = tmp / "in"
    folder.mkdir()
    for name, text in (("a_azertac.txt", ORIGINAL), ("b_metbuat.txt", REPRINT), ("c_apa.txt", OTHER)):
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp / "a.sqlite"
    with Archive.open(db) as arc:
        ingest([str(folder)], arc, IngestOptions(workers=1, correct=False))
        assert arc.connection.execute("SELECT count(*) FROM duplicates").fetchone()[0] == 1
    return db


def _meeting(db: Path) -> dict:
    meets = [e for e in _events(db, "--type", "MEET") if "Tomaş Novak" in e["participants"]]
    assert len(meets) == 1, meets
    return meets[0]


def test_a_reprint_joins_its_originals_event_and_is_no_source_of_its_own(reprinted):
    m = _meeting(reprinted)  # whether or not join_reprints has run: the chronicle reads the links
    assert m["date"] == "2024-06-03"
    assert len(m["sources"]) == 2 and {s["outlet"] for s in m["sources"]} >= {"AZERTAC", "APA"}
    original = next(s for s in m["sources"] if s["outlet"] == "AZERTAC")
    assert [r["date"] for r in original["reprints"]] == ["2024-06-04"]
    with Archive.open(reprinted) as arc:
        from salname.archive.chronicle import counts, join_reprints

        before = counts(arc.connection)["events"]
        with arc.connection:
            join_reprints(arc.connection)
        assert counts(arc.connection)["events"] == before
        clusters = {c for (c,) in arc.connection.execute("SELECT cluster FROM events WHERE type = 'MEET'")}
        assert len(clusters) == 1  # stored as one event now
    m2 = _meeting(reprinted)
    assert len(m2["sources"]) == 2 and [len(s["reprints"]) for s in m2["sources"]].count(1) == 1
    res = runner.invoke(app, ["export", "events", "--archive", str(reprinted), "--format", "jsonl"])
    recs = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
    (rec,) = [r for r in recs if r["type"] == "MEET"]
    assert rec["num_sources"] == 2


def test_join_reprints_runs_on_ingest(tmp_path):
    # add_batch runs join_reprints once the batch's reprints are linked: the export, which walks the
    # stored clusters, has the meeting once even though the reprint dates it a day later
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ORIGINAL, encoding="utf-8")
    (folder / "b.txt").write_text(REPRINT, encoding="utf-8")
    db = tmp_path / "a.sqlite"
    with Archive.open(db) as arc:
        ingest([str(folder)], arc, IngestOptions(workers=1, correct=False))
        clusters = {c for (c,) in arc.connection.execute("SELECT cluster FROM events WHERE type = 'MEET'")}
        assert arc.connection.execute("SELECT count(*) FROM events WHERE type = 'MEET'").fetchone()[0] == 2
    assert len(clusters) == 1
    res = runner.invoke(app, ["export", "events", "--archive", str(db), "--format", "jsonl"])
    recs = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
    assert [r["num_sources"] for r in recs if r["type"] == "MEET"] == [1]
