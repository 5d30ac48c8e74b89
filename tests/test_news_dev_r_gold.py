"""The seventeenth dev set bench/data/news_dev_r: files and gold agree, the set has the variety it was
written for, and its wording stays apart from the other dev sets (see bench/data/news_dev_r/README.md).
The checks are in tests/gold_checks.py; this file gives the set's own figures."""

import pytest

pytest.register_assert_rewrite("gold_checks")
from gold_checks import GoldSet, Links, define_checks  # noqa: E402

define_checks(globals(), GoldSet(
    # an ordinary day's feed of short items (90-180 words) and four longer ones: defence and border
    # cooperation (seven), education and culture diplomacy (six), international and humanitarian
    # organisations (seven), election observers (two), the Ombudsman and the Speaker's deputies
    # receiving guests, ministers abroad, events told in passing or from another country's side, and
    # three articles with no event (an interview, a statement, an analysis); five scraped pages with
    # site boilerplate, two print pages dated to the month only
    folder="news_dev_r", numbers=range(460, 490), words=(90, 240),
    relative_days=55, weekdays=20,
    # 475 is Qafqazinfo's reprint of Report's 474 (the attribution sentence and one more sentence reworded)
    links=Links(other_pairs=0, reprints=1, changed_lines=4),
    variety={"articles without events": (3, 3), "articles with two or more events": 27,
             "planned events": 34, "negated events": 6,
             "MEET events": 50, "VISIT events": 53, "ATTEND events": 11, "SIGN events": 12, "CALL events": 1,
             "events with a host": 19, "events with a place": 10, "events by bodies alone": 2,
             "events without a date": 8, "events dated to the month": 14,
             "most events stated in one sentence": 3, "surnames alone": 60,
             "documents dated to the month": (2, 2), "documents without a date": (0, 0),
             "outlets (no outlet counts as one)": 8},
    events_when_any=(3, 7),
    distant_from=("news_dev", "news_dev_b", "news_dev_c", "news_dev_d", "news_dev_e", "news_dev_f",
                  "news_dev_g", "news_dev_h", "news_dev_i", "news_dev_j", "news_dev_k", "news_dev_l",
                  "news_dev_m", "news_dev_n", "news_dev_o", "news_dev_p"),  # news_test is blind: not read here
    max_shared_five_grams=0.07,
))
