"""The held-out test set bench/data/news_test: files and gold agree, the set has the variety it was
written for, and its wording stays apart from the dev sets (see bench/data/news_test/README.md).
These tests read only the files and the gold; they never run the extractor on the set.
The checks are in tests/gold_checks.py; this file gives the set's own figures."""

import pytest

pytest.register_assert_rewrite("gold_checks")
from gold_checks import GoldSet, Links, define_checks

define_checks(globals(), GoldSet(
    folder="news_test", numbers=range(1, 21), words=(120, 350),
    relative_days=8, weekdays=6, evidence_may_open_with_digit=True,
    links=Links(other_pairs=2, reprints=1, changed_lines=2),  # the reprint: one body paragraph differs
    variety={"articles without events": 3, "articles with two or more events": 10,
             "planned events": 4, "negated events": 3, "CALL events": 2, "SIGN events": 4,
             "ATTEND events": 3, "MEET events": 1, "VISIT events": 1,
             "events without a date": 1, "events with a host": 2,
             "documents dated to the month": 2, "documents without a date": (1, 1),
             "outlets (no outlet counts as one)": 6, "mentions cut short of the canonical name": 1,
             "mentions typed without Azerbaijani letters": 1},
    distant_from=("news_dev", "news_dev_b"),
))
