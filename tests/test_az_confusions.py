from salname.az.alphabet import LOWER
from salname.az.confusions import KEYBOARD_ROWS, keyboard_neighbours


def test_keyboard_neighbours_are_symmetric_and_cover_every_key():
    near = keyboard_neighbours()
    assert set(near) == set("".join(KEYBOARD_ROWS)) and set(near) <= set(LOWER)
    assert set(near["a"]) == set("qüsz") and "ı" in near["ə"] and "p" not in near["a"]
    for a, ns in near.items():
        for b in ns:
            assert a in near[b], (a, b)


def test_az_lower_gives_the_same_answer_remembered_and_for_long_texts():
    from salname.az.alphabet import az_lower

    for _ in range(2):  # the second time from memory
        assert az_lower("İLHAM ƏLİYEV") == "ilham əliyev"
        assert az_lower("ISTI") == "ıstı"
    long = "İstanbulda " * 10  # longer than a word: not remembered, still right
    assert az_lower(long) == "istanbulda " * 10
