"""The thirteenth dev set bench/data/news_dev_m: files and gold agree, the set has the variety it was
written for, and its wording stays apart from the other dev sets (see bench/data/news_dev_m/README.md).
The checks are in tests/gold_checks.py; this file gives the set's own figures."""

import pytest

pytest.register_assert_rewrite("gold_checks")
from gold_checks import GoldSet, Links, define_checks  # noqa: E402

define_checks(globals(), GoldSet(
    # an ordinary fortnight (10-23 April 2028) weighted as the genre is: receptions in Azerbaijan (the
    # largest share, one of them reprinted, one guest's visit told by two outlets), delegations and
    # ministers abroad, phone calls, signings, events in the regions, and two items with no event;
    # short items of one or two events beside long ones of six or seven; four scraped pages, two print
    # pages (one dated to the month only)
    folder="news_dev_m", numbers=range(316, 342), words=(120, 240),
    relative_days=36, weekdays=9,
    # 325 is Musavat.com's reprint of Trend's 324 (the attribution sentence and one more sentence
    # reworded); 322 (Trend) tells the same visit of Nermin Begoviç as 320 (AZERTAC) a day later
    links=Links(other_pairs=1, reprints=1, changed_lines=4),
    variety={"articles without events": (2, 2), "articles with two or more events": 23,
             "planned events": 27, "negated events": 10,
             "MEET events": 34, "VISIT events": 46, "ATTEND events": 12, "SIGN events": 9, "CALL events": 5,
             "events with a host": 17, "events with a place": 10, "events by bodies alone": 1,
             "events without a date": 9, "events dated to the month": 8,
             "most events stated in one sentence": 2, "surnames alone": 23,
             "documents dated to the month": (1, 1), "documents without a date": (0, 0),
             "outlets (no outlet counts as one)": 8},
    events_when_any=(1, 10),
    distant_from=("news_dev", "news_dev_b", "news_dev_c", "news_dev_d", "news_dev_e", "news_dev_f",
                  "news_dev_g", "news_dev_h", "news_dev_i", "news_dev_j", "news_dev_k",
                  "news_dev_l"),  # news_test is blind: not read here
    max_shared_five_grams=0.07,
))
