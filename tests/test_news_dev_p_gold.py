"""The sixteenth dev set bench/data/news_dev_p: files and gold agree, the set has the variety it was
written for, and its wording stays apart from the other dev sets (see bench/data/news_dev_p/README.md).
The checks are in tests/gold_checks.py; this file gives the set's own figures."""

import pytest

pytest.register_assert_rewrite("gold_checks")
from gold_checks import GoldSet, Links, define_checks  # noqa: E402

define_checks(globals(), GoldSet(
    # parliamentary diplomacy of the Milli Məclis, mixed evenly: receptions of the Speaker, her
    # deputies, committee chairs and working-group heads in Bakı (six, one reprinted), delegations
    # abroad (five), foreign delegations in the regions (four), assemblies (TÜRKPA, QİƏT PA, MDB PA,
    # ATƏT PA, PAİ: five), commissions and business forums with signings (three), planned, postponed
    # and cancelled visits (two), and two articles with no event; five scraped pages, two print pages
    # dated to the month only
    folder="news_dev_p", numbers=range(400, 428), words=(120, 240),
    relative_days=60, weekdays=20,
    # 406 is Metbuat.az's reprint of AZERTAC's 405 (the attribution sentence and one more sentence reworded)
    links=Links(other_pairs=0, reprints=1, changed_lines=4),
    variety={"articles without events": (2, 2), "articles with two or more events": 26,
             "planned events": 30, "negated events": 10,
             "MEET events": 50, "VISIT events": 65, "ATTEND events": 20, "SIGN events": 10, "CALL events": 2,
             "events with a host": 18, "events with a place": 20, "events by bodies alone": 4,
             "events without a date": 12, "events dated to the month": 7,
             "most events stated in one sentence": 3, "surnames alone": 60,
             "documents dated to the month": (2, 2), "documents without a date": (0, 0),
             "outlets (no outlet counts as one)": 8},
    events_when_any=(4, 9),
    distant_from=("news_dev", "news_dev_b", "news_dev_c", "news_dev_d", "news_dev_e", "news_dev_f",
                  "news_dev_g", "news_dev_h", "news_dev_i", "news_dev_j", "news_dev_k", "news_dev_l",
                  "news_dev_m", "news_dev_n"),  # news_test is blind: not read here
    max_shared_five_grams=0.07,
))
