"""The third dev set bench/data/news_dev_c: files and gold agree, the set has the variety it was
written for, and its wording stays apart from the other dev sets (see bench/data/news_dev_c/README.md).
The checks are in tests/gold_checks.py; this file gives the set's own figures."""

import pytest

pytest.register_assert_rewrite("gold_checks")
from gold_checks import GoldSet, Links, define_checks

define_checks(globals(), GoldSet(
    folder="news_dev_c", numbers=range(61, 85), words=(120, 350),
    relative_days=10, weekdays=5, evidence_may_open_with_digit=True,
    # 61/62 tell one meeting on two days; the reprint: the attribution paragraph and one other
    # sentence's paragraph differ
    links=Links(other_pairs=1, reprints=1, changed_lines=4),
    variety={"articles without events": 4, "articles with two or more events": 15,
             "planned events": 10, "negated events": 4, "CALL events": 3, "SIGN events": 5,
             "ATTEND events": 5, "MEET events": 1, "VISIT events": 1,
             "events without a date": 1, "events with a host": 4, "events with a place": 2,
             "documents dated to the month": 2, "documents without a date": (1, 1),
             "outlets (no outlet counts as one)": 7, "mentions cut short of the canonical name": 1,
             "mentions typed without Azerbaijani letters": 1},
    distant_from=("news_dev", "news_dev_b"),  # news_test is blind: its texts are not read here either
))
