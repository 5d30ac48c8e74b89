"""The dev set bench/data/news_dev_l (articles 286..311): files and gold agree, the set has the variety it
was written for, and its wording stays apart from the other dev sets (see bench/data/news_dev_l/README.md).
The checks are in tests/gold_checks.py; this file gives the set's own figures."""

import pytest

pytest.register_assert_rewrite("gold_checks")
from gold_checks import GoldSet, Links, define_checks  # noqa: E402

define_checks(globals(), GoldSet(
    # parliament and the regions: the Speaker and her deputies receiving ambassadors and delegations,
    # committee and working-group heads meeting counterparts, Milli Məclis delegations in Central Asia,
    # Türkiyə, Europe and the Gulf, foreign guests in the liberated territories and in Gəncə, Naxçıvan,
    # Lənkəran, missions of international organisations, a hearing and a plenary with guests; three
    # print pages dated to the month only, two pages typed partly without Azerbaijani letters, four
    # scraped pages with site boilerplate, and two articles with no event
    folder="news_dev_l", numbers=range(286, 312), words=(120, 240),
    relative_days=45, weekdays=12,
    # 298 is Modern.az's reprint of APA's 297 (the attribution sentence and one more sentence reworded)
    links=Links(other_pairs=0, reprints=1, changed_lines=4),
    variety={"articles without events": (2, 2), "articles with two or more events": 24,
             "planned events": 33, "negated events": 9,
             "MEET events": 44, "VISIT events": 70, "ATTEND events": 12, "SIGN events": 3, "CALL events": 1,
             "events with a host": 18, "events with a place": 10, "events by bodies alone": 14,
             "events without a date": 9, "events dated to the month": 12,
             "most events stated in one sentence": 2, "surnames alone": 25,
             "mentions typed without Azerbaijani letters": 5,
             "documents dated to the month": (3, 3), "documents without a date": (0, 0),
             "outlets (no outlet counts as one)": 8},
    events_when_any=(3, 10),
    distant_from=("news_dev", "news_dev_b", "news_dev_c", "news_dev_d", "news_dev_e", "news_dev_f",
                  "news_dev_g", "news_dev_h", "news_dev_i", "news_dev_j"),  # news_test is blind: not read here
    max_shared_five_grams=0.07,
))
