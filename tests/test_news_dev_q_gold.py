"""The seventeenth dev set bench/data/news_dev_q: files and gold agree, the set has the variety it was
written for, and its wording stays apart from the other dev sets (see bench/data/news_dev_q/README.md).
The checks are in tests/gold_checks.py; this file gives the set's own figures."""

import pytest

pytest.register_assert_rewrite("gold_checks")
from gold_checks import GoldSet, Links, define_checks  # noqa: E402

define_checks(globals(), GoldSet(
    # economic and energy diplomacy, mixed evenly: ministers of economy, energy and digital development
    # and transport at home and abroad, SOCAR and other state companies, the Middle Corridor and Caspian
    # shipping, intergovernmental commissions, trade missions and business forums, heads of district
    # executive authorities with foreign guests and sister cities, company-to-company signings, and
    # three articles with no event (port statistics, a minister's interview, oil prices); seven scraped
    # pages, two print pages dated to the month only
    folder="news_dev_q", numbers=range(430, 458), words=(120, 240),
    relative_days=70, weekdays=22,
    # 447 is Metbuat.az's reprint of APA's 446 (the attribution sentence and one more sentence reworded)
    links=Links(other_pairs=0, reprints=1, changed_lines=4),
    variety={"articles without events": (3, 3), "articles with two or more events": 25,
             "planned events": 36, "negated events": 9,
             "MEET events": 45, "VISIT events": 65, "ATTEND events": 12, "SIGN events": 25, "CALL events": 2,
             "events with a host": 16, "events with a place": 10, "events by bodies alone": 10,
             "events without a date": 6, "events dated to the month": 12,
             "most events stated in one sentence": 3, "surnames alone": 55,
             "documents dated to the month": (2, 2), "documents without a date": (0, 0),
             "outlets (no outlet counts as one)": 8},
    events_when_any=(5, 9),
    distant_from=("news_dev", "news_dev_b", "news_dev_c", "news_dev_d", "news_dev_e", "news_dev_f",
                  "news_dev_g", "news_dev_h", "news_dev_i", "news_dev_j", "news_dev_k", "news_dev_l",
                  "news_dev_m", "news_dev_n", "news_dev_o", "news_dev_p"),  # news_test is blind: not read here
    max_shared_five_grams=0.07,
))
