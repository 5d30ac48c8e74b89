import pytest

from salname.clean import clean_text
from salname.clean.boilerplate import classify_line, find_boilerplate, is_related_heading
from salname.clean.repeated import line_key
from salname.offsets import apply_replacements

BODY = "Görüşdə qarşılıqlı maraq doğuran digər məsələlər ətrafında da fikir mübadiləsi aparılıb."


def run(text, keys=frozenset()):
    reps = find_boilerplate(text, keys)
    return apply_replacements(text, reps)[0], reps


@pytest.mark.parametrize(
    "notice",
    [
        "You must enable Javascript on your browser for the site to work optimally and display sections completely.",
        "Please enable JavaScript to view the comments.",
        "Zəhmət olmasa, brauzerinizdə JavaScript-i aktivləşdirin.",
        "Включите JavaScript в вашем браузере.",
    ],
)
def test_script_notices(notice):
    assert classify_line(notice) == "script notice"
    out, reps = run(f"{BODY}\n\n{notice}")
    assert out == BODY
    assert reps[0].reason == "script notice"


def test_script_notice_removed_with_its_line_break_in_the_middle():
    out, reps = run(f"{BODY}\n\nPlease enable JavaScript.\n\n{BODY}")
    assert out == f"{BODY}\n\n\n{BODY}"  # the layout step makes it one blank line
    assert [r.reason for r in reps] == ["script notice"]
    assert clean_text(f"{BODY}\n\nPlease enable JavaScript.\n\n{BODY}")[0] == f"{BODY}\n\n{BODY}"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A.\nPaylaş\n\nB.", "A.\n\nB."),
        ("A.\n\nPaylaş\nB.", "A.\n\nB."),
        ("A.\nPaylaş\nB.", "A.\n\nB."),
        ("bitməyən\n\nReklam\n\ncümlə.", "bitməyən cümlə."),
    ],
)
def test_removal_leaves_no_hole(text, expected):
    assert clean_text(text)[0] == expected


def test_article_about_javascript_kept():
    line = "JavaScript proqramlaşdırma dili 1995-ci ildə yaradılıb."
    assert classify_line(line) is None


def test_script_notice_at_end_of_content_line():
    out, reps = run(BODY + " You must enable Javascript on your browser for the site to work.")
    assert out == BODY
    assert reps[0].reason == "script notice"


@pytest.mark.parametrize(
    "line",
    [
        "Saytımız cookie fayllarından istifadə edir. Qəbul et",
        "We use cookies to improve your experience. Accept",
        "Bu sayt çərəzlərdən istifadə edir.",
        "Мы используем файлы cookie. Принять",
    ],
)
def test_cookie_notices(line):
    assert classify_line(line) == "cookie notice"


@pytest.mark.parametrize(
    "line",
    [
        "© 2024 Metbuat.az. Bütün hüquqlar qorunur.",
        "Copyright (c) 2023 APA",
        "Foto: © AFP",
        "Bütün hüquqlar qorunur",
        "Materiallardan istifadə edərkən istinad mütləqdir.",
        "Все права защищены.",
    ],
)
def test_copyright_notices(line):
    assert classify_line(line) == "copyright notice"


@pytest.mark.parametrize(
    "line",
    [
        "Paylaş",
        "Paylaş: Facebook Twitter WhatsApp",
        "Facebook | Twitter | Telegram",
        "Oxunub: 1 234",
        "Baxış sayı: 567",
        "Çap et",
        "Şərh yaz",
        "Ətraflı",
        "Reklam",
        "Abunə ol",
        "Bizi izləyin:",
        "Əsas səhifə / Xəbər lenti",
        "Əsas səhifə / Siyasət",
        "Ana səhifə » Dünya » Avropa",
        "Поделиться",
        "Share",
        "12:45 | Baxış: 89",
    ],
)
def test_navigation_lines(line):
    assert classify_line(line) == "share/navigation line"


@pytest.mark.parametrize(
    "line",
    [
        BODY,
        "Prezident Facebook səhifəsində paylaşım edib.",
        "Reklam bazarı böyüyür",
        "Əsas səhifə dizaynı yenilənib",
        "Qanunun 5-ci maddəsinin (c) bəndi dəyişdirilib",
        "Əsas səhifə / bu gün çox maraqlı bir hadisə baş verdi",
    ],
)
def test_content_lines_are_not_navigation(line):
    assert classify_line(line) is None


def test_related_block_to_end():
    text = f"{BODY}\n\nOxşar xəbərlər\n\nPrezident Bakıda görüş keçirib\n12:30\nQafarova Astanada olub\n"
    out, reps = run(text)
    assert out == BODY + "\n\n"
    assert [r.reason for r in reps] == ["related-news block"]


def test_furniture_inside_a_related_block_keeps_its_reason():
    text = f"{BODY}\nOxşar xəbərlər\nBaşqa xəbər\n© 2024 APA\n"
    out, reps = run(text)
    assert out == BODY + "\n"
    assert [r.reason for r in reps] == ["related-news block", "copyright notice"]


def test_related_block_stops_at_a_paragraph():
    text = f"Həmçinin oxuyun:\nNazir Gəncədə olub\n\n{BODY}\n\nSonra başqa cümlə gəlir."
    out, _ = run(text)
    assert out == f"\n{BODY}\n\nSonra başqa cümlə gəlir."


def test_related_inline_line():
    out, reps = run(f"{BODY}\nHəmçinin oxuyun: Nazir Gəncədə olub\n{BODY}")
    assert out == f"{BODY}\n{BODY}"
    assert reps[0].reason == "related-news block"


@pytest.mark.parametrize(
    "heading",
    ["Oxşar xəbərlər", "Digər xəbərlər:", "Mövzu ilə bağlı", "Son xəbərlər", "Ən çox oxunanlar", "Həmçinin oxuyun", "Related news", "Читайте также", "OXŞAR XƏBƏRLƏR"],
)
def test_related_headings(heading):
    assert is_related_heading(heading)


def test_heading_words_inside_a_sentence_are_not_a_heading():
    assert not is_related_heading("Son xəbərlərə görə, görüş baş tutub.")


def test_outlet_boilerplate_line():
    keys = frozenset({line_key("Metbuat.az — xəbərin ünvanı")})
    out, reps = run(f"{BODY}\nMetbuat.az — xəbərin ünvanı\n{BODY}", keys)
    assert out == f"{BODY}\n{BODY}"
    assert reps[0].reason == "outlet boilerplate line"


def test_outlet_key_never_removes_an_article_sentence():
    keys = frozenset({line_key(BODY)})
    assert find_boilerplate(f"{BODY}\n{BODY}", keys) == []


def test_plain_article_untouched():
    assert find_boilerplate(f"{BODY}\n\n{BODY}") == []


def test_different_reasons_next_to_each_other():
    text = f"{BODY}\nPaylaş\n© 2024 APA\n"
    out, reps = run(text)
    assert out == BODY + "\n"
    assert [r.reason for r in reps] == ["share/navigation line", "copyright notice"]
    spans = [(r.start, r.end) for r in reps]
    assert spans[0][1] <= spans[1][0]
