"""The dev set bench/data/news_dev_t: files and gold agree, the set has the variety it was written for,
and its wording stays apart from the other dev sets (see bench/data/news_dev_t/README.md).
The checks are in tests/gold_checks.py; this file gives the set's own figures."""

import pytest

pytest.register_assert_rewrite("gold_checks")
from gold_checks import GoldSet, Links, define_checks  # noqa: E402

define_checks(globals(), GoldSet(
    # the head-of-state and government chronicle of the big agencies: credentials, receptions of
    # ministers and company heads, calls and a video call, the President, the First Vice-President,
    # the Prime Minister and ministers abroad (bilateral visits, Münhen, Davos, the UN General
    # Assembly, COP31, a European summit, the CIS informal summit and council of heads of government)
    # with meetings on the sidelines, one state visit told day by day by two outlets, signings in
    # the leaders' presence; two articles with no event; scraped pages with site boilerplate, two
    # print pages (one dated to the month only)
    folder="news_dev_t", numbers=range(520, 548), words=(120, 240),
    relative_days=45, weekdays=15,
    # 535 is Oxu.az's reprint of AZERTAC's 534 (the attribution sentence and the closing sentence
    # reworded); 527 reports three events of the state visit announced in 526
    links=Links(other_pairs=1, reprints=1, changed_lines=4),
    variety={"articles without events": (2, 2), "articles with two or more events": 26,
             "planned events": 30, "negated events": 10,
             "MEET events": 75, "VISIT events": 45, "ATTEND events": 18, "SIGN events": 10, "CALL events": 6,
             "events with a host": 24, "events with a place": 8, "events by bodies alone": 1,
             "events without a date": 22, "events dated to the month": 15,
             "most events stated in one sentence": 3, "surnames alone": 12,
             "documents dated to the month": (1, 1), "documents without a date": (0, 0),
             "outlets (no outlet counts as one)": 8},
    events_when_any=(3, 10),
    distant_from=("news_dev", "news_dev_b", "news_dev_c", "news_dev_d", "news_dev_e", "news_dev_f",
                  "news_dev_g", "news_dev_h", "news_dev_i", "news_dev_j", "news_dev_k", "news_dev_l",
                  "news_dev_m", "news_dev_n", "news_dev_o", "news_dev_p", "news_dev_q",
                  "news_dev_r"),  # news_test is blind: not read here
    max_shared_five_grams=0.07,
))
