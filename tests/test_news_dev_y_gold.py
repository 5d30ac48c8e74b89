"""The dev set bench/data/news_dev_y (regional diplomacy outside Bakı): files and gold agree, the set has
the variety it was written for, and its wording stays apart from the other dev sets (see
bench/data/news_dev_y/README.md). The checks are in tests/gold_checks.py; this file gives the set's own
figures."""

import pytest

pytest.register_assert_rewrite("gold_checks")
from gold_checks import GoldSet, Links, define_checks  # noqa: E402

define_checks(globals(), GoldSet(
    # everyday diplomacy in the regions: ambassadors and foreign delegations touring districts, heads
    # of executive authorities and the President's special representatives receiving guests, twin-city
    # agreements, foreign governors and mayors visiting, Azerbaijani officials in foreign provinces,
    # openings built with foreign help, meetings at border checkpoints; three articles with no event,
    # four scraped pages with site boilerplate, two print pages (a weekly digest dated to the day and
    # a page dated to the month only)
    folder="news_dev_y", numbers=range(670, 698), words=(120, 240),
    relative_days=50, weekdays=25,
    # 687 is Metbuat.az's reprint of APA's 686 (the attribution sentence and one more paragraph reworded)
    links=Links(other_pairs=0, reprints=1, changed_lines=4),
    variety={"articles without events": (3, 3), "articles with two or more events": 25,
             "planned events": 27, "negated events": 20,
             "MEET events": 40, "VISIT events": 85, "ATTEND events": 15, "SIGN events": 10, "CALL events": 3,
             "events with a host": 20, "events with a place": 15, "events by bodies alone": 2,
             "events without a date": 17, "events dated to the month": 9,
             "most events stated in one sentence": 2, "surnames alone": 40,
             "documents dated to the month": (1, 1), "documents without a date": (0, 0),
             "outlets (no outlet counts as one)": 8},
    events_when_any=(3, 10),
    distant_from=("news_dev", "news_dev_b", "news_dev_c", "news_dev_d", "news_dev_e", "news_dev_f",
                  "news_dev_g", "news_dev_h", "news_dev_i", "news_dev_j", "news_dev_k", "news_dev_l",
                  "news_dev_m", "news_dev_n", "news_dev_o", "news_dev_p", "news_dev_q", "news_dev_r",
                  "news_dev_s", "news_dev_t", "news_dev_u", "news_dev_v", "news_dev_w",
                  "news_dev_x"),  # news_test is blind: not read here
    max_shared_five_grams=0.07,
))
