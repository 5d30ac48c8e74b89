"""The dev set bench/data/news_dev_s (articles 490..519): files and gold agree, the set has the variety
it was written for, and its wording stays apart from the other dev sets (see
bench/data/news_dev_s/README.md). The checks are in tests/gold_checks.py; this file gives the set's own
figures."""

import pytest

pytest.register_assert_rewrite("gold_checks")
from gold_checks import GoldSet, Links, define_checks  # noqa: E402

define_checks(globals(), GoldSet(
    # the Turkic world and the neighbourhood as Azerbaijani outlets report it: the Organization of
    # Turkic States and TÜRKPA, Central Asian, Turkish, Georgian and Caspian partners, regional
    # executive heads and mayors with twin-town agreements, intergovernmental commissions; three
    # releases told from the partner's side, four scraped pages with boilerplate, four print pages
    # (three dated to the month only), and two articles with no event
    folder="news_dev_s", numbers=range(490, 520), words=(120, 240),
    relative_days=50, weekdays=8,
    # 501 is Metbuat.az's reprint of APA's 500 (the attribution sentence and one more paragraph
    # reworded); 491 and 490 share the Kazakh President's arrival, the airport welcome and the
    # summit chair; 507 / 515 / 518 share the Kyrgyz President's state visit and a call
    links=Links(other_pairs=3, reprints=1, changed_lines=4),
    variety={"articles without events": (2, 2), "articles with two or more events": 28,
             "planned events": 45, "negated events": 8,
             "MEET events": 58, "VISIT events": 68, "ATTEND events": 24, "SIGN events": 16, "CALL events": 5,
             "events with a host": 24, "events with a place": 16, "events by bodies alone": 1,
             "events without a date": 8, "events dated to the month": 20,
             "most events stated in one sentence": 2, "surnames alone": 55,
             "mentions typed without Azerbaijani letters": 2,
             "documents dated to the month": (3, 3), "documents without a date": (0, 0),
             "outlets (no outlet counts as one)": 8},
    events_when_any=(3, 10),
    distant_from=("news_dev", "news_dev_b", "news_dev_c", "news_dev_d", "news_dev_e", "news_dev_f",
                  "news_dev_g", "news_dev_h", "news_dev_i", "news_dev_j", "news_dev_k", "news_dev_l",
                  "news_dev_m", "news_dev_n", "news_dev_o", "news_dev_p", "news_dev_q",
                  "news_dev_r"),  # news_test is blind: not read here
    max_shared_five_grams=0.07,
))
