"""The dev set bench/data/news_dev_x (articles 640..666): files and gold agree, the set has the
variety it was written for, and its wording stays apart from the other dev sets (see
bench/data/news_dev_x/README.md). The checks are in tests/gold_checks.py; this file gives the set's
own figures."""

import pytest

pytest.register_assert_rewrite("gold_checks")
from gold_checks import GoldSet, Links, define_checks  # noqa: E402

define_checks(globals(), GoldSet(
    # defence, security and the humanitarian side of foreign relations: the defence minister and the
    # chief of general staff with foreign delegations, a joint exercise, border guards and coast
    # guards, the interior minister, the ombudsman, the emergencies ministry, ANAMA with donors, the
    # Red Cross and Red Crescent, the diaspora committee abroad, ministers of education, culture and
    # youth, university rectors and religious leaders; two items with no event; four scraped pages
    # with site boilerplate, three print pages dated to the month only
    folder="news_dev_x", numbers=range(640, 667), words=(120, 240),
    relative_days=60, weekdays=20,
    # 656 is Oxu.az's reprint of AZERTAC's 655 (the attribution sentence and one more sentence reworded)
    links=Links(other_pairs=0, reprints=1, changed_lines=4),
    variety={"articles without events": (2, 2), "articles with two or more events": 25,
             "planned events": 35, "negated events": 10,
             "MEET events": 42, "VISIT events": 65, "ATTEND events": 25, "SIGN events": 18, "CALL events": 4,
             "events with a host": 10, "events with a place": 20, "events by bodies alone": 4,
             "events without a date": 10, "events dated to the month": 12,
             "most events stated in one sentence": 3, "surnames alone": 20,
             "documents dated to the month": (3, 3), "documents without a date": (0, 0),
             "outlets (no outlet counts as one)": 8},
    events_when_any=(3, 10),
    distant_from=("news_dev", "news_dev_b", "news_dev_c", "news_dev_d", "news_dev_e", "news_dev_f",
                  "news_dev_g", "news_dev_h", "news_dev_i", "news_dev_j", "news_dev_k", "news_dev_l",
                  "news_dev_m", "news_dev_n", "news_dev_o", "news_dev_p", "news_dev_q", "news_dev_r",
                  "news_dev_s", "news_dev_t", "news_dev_u", "news_dev_v"),  # news_test is blind: not read here
    max_shared_five_grams=0.07,
))
