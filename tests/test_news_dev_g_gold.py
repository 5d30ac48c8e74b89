"""The seventh dev set bench/data/news_dev_g: files and gold agree, the set has the variety it was
written for, and its wording stays apart from the other dev sets (see bench/data/news_dev_g/README.md).
The checks are in tests/gold_checks.py; this file gives the set's own figures."""

import pytest

pytest.register_assert_rewrite("gold_checks")
from gold_checks import GoldSet, define_checks  # noqa: E402

define_checks(globals(), GoldSet(
    # six long reports (300-450 words), four scraped pages, three print-like texts, four wire items
    # (120-180 words) and three articles with no event
    folder="news_dev_g", numbers=range(161, 181), words=(120, 460),
    relative_days=12, weekdays=5,
    links=None,  # separate stories: no same_as and no reprint
    variety={"articles without events": (3, 3), "articles with two or more events": 17,
             "planned events": 25, "negated events": 15,
             "MEET events": 45, "VISIT events": 50, "ATTEND events": 15, "SIGN events": 11, "CALL events": 4,
             "events with a host": 12, "events with a place": 12, "events by bodies alone": 4,
             "events without a date": 15, "events dated to the month": 18,
             "most events stated in one sentence": 3, "surnames alone": 15,
             "mentions typed without Azerbaijani letters": 4,
             "outlets (no outlet counts as one)": 8},
    distant_from=("news_dev", "news_dev_b", "news_dev_c", "news_dev_d", "news_dev_e", "news_dev_f"),  # news_test is blind: not read here
    max_shared_five_grams=0.08,
))
