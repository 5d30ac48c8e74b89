"""The dev set bench/data/news_dev_z (articles 700..726): files and gold agree, the set has the
variety it was written for, and its wording stays apart from the other dev sets (see
bench/data/news_dev_z/README.md). The checks are in tests/gold_checks.py; this file gives the set's
own figures."""

import pytest

pytest.register_assert_rewrite("gold_checks")
from gold_checks import GoldSet, Links, define_checks  # noqa: E402

define_checks(globals(), GoldSet(
    # multilateral diplomacy abroad and in Bakı: the President, the Prime Minister, the foreign
    # minister and his deputies at the UN General Assembly, the OSCE Ministerial Council, the OIC,
    # the Non-Aligned Movement, NATO, the EU's Eastern Partnership, CICA, ECO, D-8, a BRICS+ meeting,
    # the Organisation of Turkic States, the CIS and the Central Asian consultative meeting; side
    # meetings told as lists, trilateral formats, conferences hosted in Bakı, calls, an interview
    # recounting the past month, events called off or moved; two items with no event; four scraped
    # pages with site boilerplate, two print pages dated to the month only
    folder="news_dev_z", numbers=range(700, 727), words=(120, 240),
    relative_days=38, weekdays=14,
    # 715 is Qafqazinfo's reprint of Trend's 714 (the attribution sentence and one more sentence reworded)
    links=Links(other_pairs=0, reprints=1, changed_lines=4),
    variety={"articles without events": (2, 2), "articles with two or more events": 25,
             "planned events": 35, "negated events": 12,
             "MEET events": 80, "VISIT events": 40, "ATTEND events": 55, "SIGN events": 5, "CALL events": 8,
             "events with a host": 16, "events with a place": 3,
             "events without a date": 12, "events dated to the month": 15,
             "most events stated in one sentence": 4, "surnames alone": 14,
             "mentions typed without Azerbaijani letters": 1,
             "documents dated to the month": (2, 2), "documents without a date": (0, 0),
             "outlets (no outlet counts as one)": 8},
    events_when_any=(3, 10),
    distant_from=("news_dev", "news_dev_b", "news_dev_c", "news_dev_d", "news_dev_e", "news_dev_f",
                  "news_dev_g", "news_dev_h", "news_dev_i", "news_dev_j", "news_dev_k", "news_dev_l",
                  "news_dev_m", "news_dev_n", "news_dev_o", "news_dev_p", "news_dev_q", "news_dev_r",
                  "news_dev_s", "news_dev_t", "news_dev_u", "news_dev_v", "news_dev_w",
                  "news_dev_x"),  # news_test is blind: not read here
    max_shared_five_grams=0.07,
))
