"""The dev set bench/data/news_dev_u: files and gold agree, the set has the variety it was written
for, and its wording stays apart from the other dev sets (see bench/data/news_dev_u/README.md).
The checks are in tests/gold_checks.py; this file gives the set's own figures."""

import pytest

pytest.register_assert_rewrite("gold_checks")
from gold_checks import GoldSet, Links, define_checks  # noqa: E402

define_checks(globals(), GoldSet(
    # the regions and the ministries' foreign contacts: ambassadors touring districts (Quba, Naxçıvan,
    # Lənkəran, Gəncə, Şəki, Qarabağ and Şərqi Zəngəzur towns) and received by district heads, mayors
    # and special representatives; universities and schools signing with foreign partners; ministers
    # of sport, culture, health, education, agriculture and emergencies with foreign counterparts in
    # Bakı and abroad; two company delegations; two articles with no event; eight scraped pages with
    # boilerplate, four print pages dated to the month only
    folder="news_dev_u", numbers=range(550, 576), words=(120, 240),
    relative_days=45, weekdays=24,
    # 558 is Milli.az's reprint of AZERTAC's 557 (the attribution sentence and one more sentence reworded)
    links=Links(other_pairs=0, reprints=1, changed_lines=4),
    variety={"articles without events": (2, 2), "articles with two or more events": 24,
             "planned events": 28, "negated events": 10,
             "MEET events": 37, "VISIT events": 75, "ATTEND events": 10, "SIGN events": 15, "CALL events": 4,
             "events with a host": 18, "events with a place": 22, "events by bodies alone": 5,
             "events without a date": 8, "events dated to the month": 25,
             "most events stated in one sentence": (2, 2), "surnames alone": 12,
             "mentions typed without Azerbaijani letters": 2,
             "documents dated to the month": (4, 4), "documents without a date": (0, 0),
             "outlets (no outlet counts as one)": 8},
    events_when_any=(3, 10),
    distant_from=("news_dev", "news_dev_b", "news_dev_c", "news_dev_d", "news_dev_e", "news_dev_f",
                  "news_dev_g", "news_dev_h", "news_dev_i", "news_dev_j", "news_dev_k", "news_dev_l",
                  "news_dev_m", "news_dev_n", "news_dev_o", "news_dev_p", "news_dev_q", "news_dev_r",
                  "news_dev_s", "news_dev_t"),  # news_test is blind: not read here
    max_shared_five_grams=0.07,
))
