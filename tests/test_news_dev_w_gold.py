"""The dev set bench/data/news_dev_w (the economy and energy side of foreign relations): files and gold
agree, the set has the variety it was written for, and its wording stays apart from the other dev sets
(see bench/data/news_dev_w/README.md). The checks are in tests/gold_checks.py; this file gives the set's
own figures."""

import pytest

pytest.register_assert_rewrite("gold_checks")
from gold_checks import GoldSet, Links, define_checks  # noqa: E402

define_checks(globals(), GoldSet(
    # an economy-desk feed: ministers of economy, energy, transport, digital development and agriculture
    # receiving counterparts and company heads, intergovernmental commissions, business forums and
    # exhibitions, memoranda, video meetings, a road show, a trade mission, visits to the Ələt free zone,
    # ports and a Karabakh power plant; three items with no event; four scraped pages with site
    # boilerplate, two print pages dated to the month only
    folder="news_dev_w", numbers=range(610, 636), words=(120, 240),
    relative_days=40, weekdays=25,
    # 625 is Qafqazinfo's reprint of APA's 624 (the attribution sentence and one more sentence reworded);
    # 613 and 633 report events that 612 and 629 tell in full
    links=Links(other_pairs=2, reprints=1, changed_lines=4),
    variety={"articles without events": (3, 3), "articles with two or more events": 23,
             "planned events": 35, "negated events": 12,
             "MEET events": 58, "VISIT events": 48, "ATTEND events": 20, "SIGN events": 15, "CALL events": 3,
             "events with a host": 16, "events with a place": 12, "events by bodies alone": 5,
             "events without a date": 7, "events dated to the month": 16,
             "most events stated in one sentence": 3, "surnames alone": 20,
             "documents dated to the month": (2, 2), "documents without a date": (0, 0),
             "outlets (no outlet counts as one)": 8},
    events_when_any=(3, 10),
    distant_from=("news_dev", "news_dev_b", "news_dev_c", "news_dev_d", "news_dev_e", "news_dev_f",
                  "news_dev_g", "news_dev_h", "news_dev_i", "news_dev_j", "news_dev_k", "news_dev_l",
                  "news_dev_m", "news_dev_n", "news_dev_o", "news_dev_p", "news_dev_q", "news_dev_r",
                  "news_dev_s", "news_dev_t", "news_dev_u", "news_dev_v"),  # news_test is blind: not read here
    max_shared_five_grams=0.07,
))
