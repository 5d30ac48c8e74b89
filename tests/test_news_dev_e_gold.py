"""The fifth dev set bench/data/news_dev_e: files and gold agree, the set has the variety it was
written for, and its wording stays apart from the other dev sets (see bench/data/news_dev_e/README.md).
The checks are in tests/gold_checks.py; this file gives the set's own figures."""

import pytest

pytest.register_assert_rewrite("gold_checks")
from gold_checks import GoldSet, Links, define_checks  # noqa: E402

define_checks(globals(), GoldSet(
    folder="news_dev_e", numbers=range(101, 131), words=(120, 300),
    relative_days=5, weekdays=3,
    links=Links(other_pairs=1, reprints=0),  # 102 reports 101's meeting: same_as, no reprint
    variety={"articles without events": 4, "planned events": 30, "negated events": 12,
             "MEET events": 40, "VISIT events": 35, "ATTEND events": 15, "SIGN events": 8, "CALL events": 5},
    distant_from=("news_dev", "news_dev_b", "news_dev_c", "news_dev_d"),  # news_test is blind: not read here
))
