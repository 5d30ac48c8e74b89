"""The eighth dev set bench/data/news_dev_h: files and gold agree, the set has the variety it was
written for, and its wording stays apart from the other dev sets (see bench/data/news_dev_h/README.md).
The checks are in tests/gold_checks.py; this file gives the set's own figures."""

import pytest

pytest.register_assert_rewrite("gold_checks")
from gold_checks import GoldSet, Links, define_checks  # noqa: E402

define_checks(globals(), GoldSet(
    # wire items on heads of government and ministers, economy/energy agreements, two regional
    # delegations, an interview, a weekly digest, three pages typed without Azerbaijani letters,
    # two month-only date lines and one page with no date line, two articles with no event
    folder="news_dev_h", numbers=range(181, 201), words=(120, 260),
    relative_days=15, weekdays=12,
    # 188 is Oxu.az's reprint of Report's 187 (the attribution sentence of the lead rewritten)
    links=Links(other_pairs=0, reprints=1, changed_lines=2),
    variety={"articles without events": (2, 2), "articles with two or more events": 18,
             "planned events": 30, "negated events": 14,
             "MEET events": 40, "VISIT events": 38, "ATTEND events": 8, "SIGN events": 17, "CALL events": 5,
             "events with a host": 6, "events with a place": 6, "events by bodies alone": 5,
             "events without a date": 4, "events dated to the month": 20,
             "most events stated in one sentence": 2, "surnames alone": 8,
             "mentions typed without Azerbaijani letters": 6,
             "documents dated to the month": (2, 2), "documents without a date": (1, 1),
             "outlets (no outlet counts as one)": 8},
    distant_from=("news_dev", "news_dev_b", "news_dev_c", "news_dev_d", "news_dev_e", "news_dev_f",
                  "news_dev_g"),  # news_test is blind: not read here
    max_shared_five_grams=0.08,
))
