"""The ninth dev set bench/data/news_dev_i: files and gold agree, the set has the variety it was
written for, and its wording stays apart from the other dev sets (see bench/data/news_dev_i/README.md).
The checks are in tests/gold_checks.py; this file gives the set's own figures."""

import pytest

pytest.register_assert_rewrite("gold_checks")
from gold_checks import GoldSet, Links, define_checks  # noqa: E402

define_checks(globals(), GoldSet(
    # an ordinary day's feed: thirteen items of parliamentary diplomacy, eight of government
    # diplomacy, five signings and forums, one reprinted meeting, two articles with no event;
    # five scraped pages with site boilerplate, four print-style pages, two month-only date lines
    folder="news_dev_i", numbers=range(201, 231), words=(120, 260),
    relative_days=30, weekdays=9,
    # 214 is Milli.az's reprint of APA's 213 (the attribution sentence and one more sentence reworded)
    links=Links(other_pairs=0, reprints=1, changed_lines=4),
    variety={"articles without events": (2, 2), "articles with two or more events": 28,
             "planned events": 40, "negated events": 9,
             "MEET events": 55, "VISIT events": 45, "ATTEND events": 14, "SIGN events": 15, "CALL events": 3,
             "events with a host": 20, "events with a place": 4, "events by bodies alone": 7,
             "events without a date": 10, "events dated to the month": 25,
             "most events stated in one sentence": 3, "surnames alone": 8,
             "mentions typed without Azerbaijani letters": 1,
             "documents dated to the month": (2, 2), "documents without a date": (0, 0),
             "outlets (no outlet counts as one)": 8},
    distant_from=("news_dev", "news_dev_b", "news_dev_c", "news_dev_d", "news_dev_e", "news_dev_f",
                  "news_dev_g", "news_dev_h"),  # news_test is blind: not read here
    max_shared_five_grams=0.07,
))
