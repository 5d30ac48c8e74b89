"""The fourth dev set bench/data/news_dev_d: files and gold agree, the set has the variety it was
written for, and its wording stays apart from the other dev sets (see bench/data/news_dev_d/README.md).
The checks are in tests/gold_checks.py; this file gives the set's own figures."""

import pytest

pytest.register_assert_rewrite("gold_checks")
from gold_checks import GoldSet, define_checks

define_checks(globals(), GoldSet(
    folder="news_dev_d", numbers=range(85, 101), words=(120, 300),
    relative_days=10, weekdays=8,
    links=None,  # sixteen separate stories: no same_as and no reprint
    events_when_any=(3, 5),
    variety={"articles without events": (3, 3),
             "planned events": 10, "negated events": 6, "CALL events": 3, "SIGN events": 5,
             "ATTEND events": 4, "MEET events": 10, "VISIT events": 10,
             "events without a date": 3, "events dated to the month": 8,  # months from spans
             "events with a host": 4, "events with a place": 2,
             "events by bodies alone": 2,  # a signing by two bodies, unnamed signatories
             "most events stated in one sentence": 3, "documents not dated to the day": (0, 0),
             "outlets (no outlet counts as one)": 7,
             "surnames alone": 2},  # with and without a case ending (Yakşiç, Valterlə)
    distant_from=("news_dev", "news_dev_b", "news_dev_c"),  # news_test is blind: not read here
))
