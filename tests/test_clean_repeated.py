from salname.clean.repeated import REPEAT_MIN_DOCS, candidate_lines, is_candidate, line_key, normalize_line


def test_key_is_short_hex():
    k = line_key("Metbuat.az")
    assert len(k) == 16 and int(k, 16) >= 0


def test_key_ignores_case_spacing_numbers_and_edge_punctuation():
    assert line_key("Oxunub: 123") == line_key("  OXUNUB:   4567 ")
    assert line_key("Baxış sayı: 1 234") == line_key("Baxış sayı: 56")
    assert line_key("05.03.2024, 12:30") == line_key("1.1.2023, 9:05")
    assert line_key("İLHAM ƏLİYEV") == line_key("ilham əliyev")
    assert line_key("«Metbuat.az»") == line_key("Metbuat.az")
    assert line_key("Milli\u00a0Məclis\u200b") == line_key("Milli Məclis")


def test_key_uses_azerbaijani_case_rules():
    # "IŞIQ" folds to "ışıq", not "işiq"
    assert normalize_line("IŞIQ") == "ışıq"
    assert line_key("IŞIQ") != line_key("işiq")


def test_different_lines_different_keys():
    assert line_key("Paylaş") != line_key("Reklam")


def test_candidates():
    assert is_candidate("Metbuat.az")
    assert is_candidate("Bizi Telegram-da izləyin")
    assert is_candidate("Saytımızda cookie istifadə olunur. Qəbul edin.")  # web marker
    assert not is_candidate("ab")
    assert not is_candidate("x" * 161)
    assert not is_candidate("12:30")
    assert not is_candidate("date 2024-03")
    # a formulaic article sentence recurs across an outlet, but is never boilerplate
    assert not is_candidate("Görüşdə qarşılıqlı maraq doğuran digər məsələlər ətrafında da fikir mübadiləsi aparılıb.")
    assert not is_candidate(" ".join(["söz"] * 21))
    # pieces of sentences broken by print layout recur when articles share text: not boilerplate
    assert not is_candidate("dirilməsinin vacibliyini vurğulayıblar.")
    assert not is_candidate("Tərəflər parlamentlərarası əməkdaşlığın genişlən-")
    assert not is_candidate("Prezident İlham Əliyev,")
    assert not is_candidate("Görüş baş tutub. Tərəflər əməkdaşlığın vacibliyini xüsusi olaraq vurğulayıblar")
    assert is_candidate("© 2024 Report.az. Bütün hüquqlar qorunur.")


def test_candidate_lines_of_raw_text():
    raw = " date 2024-03 Bu uzun bir cümlədir və xəbərin ilk abzasıdır, on beş sözdən çox olduğu üçün namizəd deyil heç vaxt.\r\n\r\nPaylaş\r\nPaylaş\nMetbuat.az\n"
    keys = candidate_lines(raw)
    assert keys == [line_key("Paylaş"), line_key("Metbuat.az")]


def test_threshold():
    assert REPEAT_MIN_DOCS == 5


def test_lines_of_a_wrapped_paragraph_are_never_candidates():
    from salname.clean.repeated import candidate_lines, line_key

    stock = "Bu gün Milli Məclisin payız sessiyasının növbəti plenar iclası"
    wrapped = f"{stock}\nkeçirilib. İclasda beş qanun layihəsi müzakirə olunub.\n"
    assert line_key(stock) not in candidate_lines(wrapped)
    continued = "Sədr parlamentlərimiz arasında əlaqələrin genişlənməsi istiqamətində hər iki\nTərəfdən Dostluq Qrupları\n"
    assert line_key("Tərəfdən Dostluq Qrupları") not in candidate_lines(continued)
    standalone = "Mətn burada bitir.\n\nXəbərlərimizi Telegram kanalımızda izləyin\n"
    assert line_key("Xəbərlərimizi Telegram kanalımızda izləyin") in candidate_lines(standalone)
