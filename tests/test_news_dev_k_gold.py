"""The eleventh dev set bench/data/news_dev_k: files and gold agree, the set has the variety it was
written for, and its wording stays apart from the other dev sets (see bench/data/news_dev_k/README.md).
The checks are in tests/gold_checks.py; this file gives the set's own figures."""

import pytest

pytest.register_assert_rewrite("gold_checks")
from gold_checks import GoldSet, Links, define_checks  # noqa: E402

define_checks(globals(), GoldSet(
    # one ordinary working week (12-18 April 2027) weighted towards the executive: the President and
    # the Prime Minister receiving guests, ministers' talks in Bakı and abroad, phone calls that fix a
    # visit or a signing, commissions and business forums with several documents signed, embassy
    # receptions, events told in retrospect; two articles with no event; five scraped pages with site
    # boilerplate, two print pages dated to the month only
    folder="news_dev_k", numbers=range(256, 284), words=(120, 240),
    relative_days=38, weekdays=12,
    # 275 is Qafqazinfo's reprint of APA's 274 (the attribution sentence and the last sentence reworded)
    links=Links(other_pairs=0, reprints=1, changed_lines=4),
    variety={"articles without events": (2, 2), "articles with two or more events": 26,
             "planned events": 38, "negated events": 8,
             "MEET events": 50, "VISIT events": 48, "ATTEND events": 16, "SIGN events": 21, "CALL events": 8,
             "events with a host": 16, "events with a place": 8, "events by bodies alone": 4,
             "events without a date": 14, "events dated to the month": 30,
             "most events stated in one sentence": 3, "surnames alone": 28,
             "documents dated to the month": (2, 2), "documents without a date": (0, 0),
             "outlets (no outlet counts as one)": 8},
    events_when_any=(3, 10),
    distant_from=("news_dev", "news_dev_b", "news_dev_c", "news_dev_d", "news_dev_e", "news_dev_f",
                  "news_dev_g", "news_dev_h", "news_dev_i", "news_dev_j"),  # news_test is blind: not read here
    max_shared_five_grams=0.07,
))
