"""The fifteenth dev set bench/data/news_dev_o: files and gold agree, the set has the variety it was
written for, and its wording stays apart from the other dev sets (see bench/data/news_dev_o/README.md).
The checks are in tests/gold_checks.py; this file gives the set's own figures."""

import pytest

pytest.register_assert_rewrite("gold_checks")
from gold_checks import GoldSet, Links, define_checks  # noqa: E402

define_checks(globals(), GoldSet(
    # a feed of foreign-policy and parliamentary contacts, mixed evenly: the foreign minister and his
    # deputies (consultations, copies of credentials, talks in Bakı and abroad; six items), the
    # President at summits abroad with side meetings (six), phone and video calls of leaders (four),
    # friendship groups, committee chairs and a deputy speaker receiving foreign MPs (six, one of them
    # reprinted), signings of ministries and companies (five), and three articles with no event; seven
    # scraped pages, two print pages dated to the month only
    folder="news_dev_o", numbers=range(368, 398), words=(120, 240),
    relative_days=70, weekdays=20,
    # 370 is Qafqazinfo's reprint of APA's 369 (the attribution sentence and one more sentence reworded)
    links=Links(other_pairs=0, reprints=1, changed_lines=4),
    variety={"articles without events": (3, 3), "articles with two or more events": 27,
             "planned events": 45, "negated events": 15,
             "MEET events": 70, "VISIT events": 70, "ATTEND events": 16, "SIGN events": 14, "CALL events": 8,
             "events with a host": 24, "events with a place": 16, "events by bodies alone": 1,
             "events without a date": 14, "events dated to the month": 14,
             "most events stated in one sentence": 3, "surnames alone": 50,
             "documents dated to the month": (2, 2), "documents without a date": (0, 0),
             "outlets (no outlet counts as one)": 8},
    events_when_any=(3, 10),
    distant_from=("news_dev", "news_dev_b", "news_dev_c", "news_dev_d", "news_dev_e", "news_dev_f",
                  "news_dev_g", "news_dev_h", "news_dev_i", "news_dev_j", "news_dev_k", "news_dev_l",
                  "news_dev_m", "news_dev_n"),  # news_test is blind: not read here
    max_shared_five_grams=0.07,
))
