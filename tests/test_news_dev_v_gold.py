"""The dev set bench/data/news_dev_v (articles 580..607): files and gold agree, the set has the
variety it was written for, and its wording stays apart from the other dev sets (see
bench/data/news_dev_v/README.md). The checks are in tests/gold_checks.py; this file gives the set's
own figures."""

import pytest

pytest.register_assert_rewrite("gold_checks")
from gold_checks import GoldSet, Links, define_checks  # noqa: E402

define_checks(globals(), GoldSet(
    # parliamentary diplomacy and the international organisations: the Speaker, her deputies and
    # committee chairs receiving ambassadors and delegations, working groups, PACE / OSCE PA / TÜRKPA /
    # QİƏT PA / MDB PA sessions abroad, election observers, UN and EU officials in Bakı, two weekly
    # digests, two interviews and two items with no event; five scraped pages with site boilerplate
    # and JavaScript notices, three print pages; five documents dated to the month only
    folder="news_dev_v", numbers=range(580, 608), words=(120, 240),
    relative_days=32, weekdays=24,
    # 593 is Qafqazinfo's reprint of Report's 592 (the attribution sentence and one more sentence reworded)
    links=Links(other_pairs=0, reprints=1, changed_lines=4),
    variety={"articles without events": (2, 2), "articles with two or more events": 26,
             "planned events": 40, "negated events": 12,
             "MEET events": 57, "VISIT events": 62, "ATTEND events": 23, "SIGN events": 9, "CALL events": 2,
             "events with a host": 22, "events with a place": 8, "events by bodies alone": 2,
             "events without a date": 11, "events dated to the month": 22,
             "most events stated in one sentence": 2, "surnames alone": 17,
             "documents dated to the month": (5, 5), "documents without a date": (0, 0),
             "outlets (no outlet counts as one)": 8},
    events_when_any=(3, 10),
    distant_from=("news_dev", "news_dev_b", "news_dev_c", "news_dev_d", "news_dev_e", "news_dev_f",
                  "news_dev_g", "news_dev_h", "news_dev_i", "news_dev_j", "news_dev_k", "news_dev_l",
                  "news_dev_m", "news_dev_n", "news_dev_o", "news_dev_p", "news_dev_q", "news_dev_r",
                  "news_dev_s", "news_dev_t"),  # news_test is blind: not read here
    max_shared_five_grams=0.07,
))
