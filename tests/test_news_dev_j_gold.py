"""The tenth dev set bench/data/news_dev_j: files and gold agree, the set has the variety it was
written for, and its wording stays apart from the other dev sets (see bench/data/news_dev_j/README.md).
The checks are in tests/gold_checks.py; this file gives the set's own figures."""

import pytest

pytest.register_assert_rewrite("gold_checks")
from gold_checks import GoldSet, Links, define_checks  # noqa: E402

define_checks(globals(), GoldSet(
    # an ordinary feed weighted towards multi-day sessions and forums (ten items), receptions and
    # talks in Bakı (eight, one of them reprinted), trips abroad with several stops (five), and two
    # articles with no event; five scraped pages with site boilerplate, two print pages dated to the
    # month only
    folder="news_dev_j", numbers=range(231, 256), words=(120, 240),
    relative_days=40, weekdays=15,
    # 246 is Modern.az's reprint of Trend's 245 (the attribution sentence and one more sentence reworded)
    links=Links(other_pairs=0, reprints=1, changed_lines=4),
    variety={"articles without events": (2, 2), "articles with two or more events": 23,
             "planned events": 33, "negated events": 12,
             "MEET events": 55, "VISIT events": 50, "ATTEND events": 18, "SIGN events": 8, "CALL events": 1,
             "events with a host": 18, "events with a place": 8, "events by bodies alone": 2,
             "events without a date": 20, "events dated to the month": 4,
             "most events stated in one sentence": 2, "surnames alone": 20,
             "documents dated to the month": (2, 2), "documents without a date": (0, 0),
             "outlets (no outlet counts as one)": 8},
    events_when_any=(3, 10),
    distant_from=("news_dev", "news_dev_b", "news_dev_c", "news_dev_d", "news_dev_e", "news_dev_f",
                  "news_dev_g", "news_dev_h", "news_dev_i"),  # news_test is blind: not read here
    max_shared_five_grams=0.07,
))
