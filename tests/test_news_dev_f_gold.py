"""The sixth dev set bench/data/news_dev_f: files and gold agree, the set has the variety it was
written for, and its wording stays apart from the other dev sets (see bench/data/news_dev_f/README.md).
The checks are in tests/gold_checks.py; this file gives the set's own figures."""

import pytest

pytest.register_assert_rewrite("gold_checks")
from gold_checks import GoldSet, Links, define_checks  # noqa: E402

define_checks(globals(), GoldSet(
    folder="news_dev_f", numbers=range(131, 161), words=(120, 300),
    relative_days=20, weekdays=20,
    # 150 reports 149's meeting (same_as); 156 is Qafqazinfo's reprint of Report's 155 (new lead paragraph)
    links=Links(other_pairs=1, reprints=1, changed_lines=2),
    variety={"articles without events": 4, "planned events": 30, "negated events": 10,
             "MEET events": 38, "VISIT events": 35, "ATTEND events": 18, "SIGN events": 10, "CALL events": 5,
             "events with a host": 8, "events with a place": 10, "events by bodies alone": 4,
             "events without a date": 12, "events dated to the month": 14,
             "most events stated in one sentence": 2, "surnames alone": 15,
             "outlets (no outlet counts as one)": 8},
    distant_from=("news_dev", "news_dev_b", "news_dev_c", "news_dev_d", "news_dev_e"),  # news_test is blind: not read here
))
