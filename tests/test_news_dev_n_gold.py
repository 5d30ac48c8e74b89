"""The fourteenth dev set bench/data/news_dev_n: files and gold agree, the set has the variety it was
written for, and its wording stays apart from the other dev sets (see bench/data/news_dev_n/README.md).
The checks are in tests/gold_checks.py; this file gives the set's own figures."""

import pytest

pytest.register_assert_rewrite("gold_checks")
from gold_checks import GoldSet, Links, define_checks  # noqa: E402

define_checks(globals(), GoldSet(
    # an ordinary archive of the genre, mixed evenly: receptions by the Speaker and her deputies
    # (four, one reprinted), the President's and Prime Minister's receptions and calls (four),
    # ministers' trips with two or three stops (three), delegations at assemblies (three),
    # commission and forum signings (three), foreign guests in the regions and the liberated
    # territories (three), and two articles with no event; four scraped pages, two print pages
    # dated to the month only
    folder="news_dev_n", numbers=range(346, 368), words=(120, 200),
    relative_days=30, weekdays=15,
    # 349 is Oxu.az's reprint of Report's 348 (the attribution sentence and one more sentence reworded)
    links=Links(other_pairs=0, reprints=1, changed_lines=4),
    variety={"articles without events": (2, 2), "articles with two or more events": 20,
             "planned events": 20, "negated events": 9,
             "MEET events": 35, "VISIT events": 40, "ATTEND events": 10, "SIGN events": 9, "CALL events": 2,
             "events with a host": 12, "events with a place": 8, "events by bodies alone": 2,
             "events without a date": 9, "events dated to the month": 2,
             "most events stated in one sentence": 2, "surnames alone": 30,
             "documents dated to the month": (2, 2), "documents without a date": (0, 0),
             "outlets (no outlet counts as one)": 8},
    events_when_any=(4, 8),
    distant_from=("news_dev", "news_dev_b", "news_dev_c", "news_dev_d", "news_dev_e", "news_dev_f",
                  "news_dev_g", "news_dev_h", "news_dev_i", "news_dev_j", "news_dev_k", "news_dev_l",
                  "news_dev_m"),  # news_test is blind: not read here
    max_shared_five_grams=0.07,
))
