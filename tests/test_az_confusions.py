from salname.az.alphabet import LOWER
from salname.az.confusions import KEYBOARD_ROWS, keyboard_neighbours


def test_keyboard_neighbours_are_symmetric_and_cover_every_key():
    near = keyboard_neighbours()
    assert set(near) == set("".join(KEYBOARD_ROWS)) and set(near) <= set(LOWER)
    assert set(near["a"]) == set("qüsz") and "ı" in near["ə"] and "p" not in near["a"]
    for a, ns in near.items():
        for b in ns:
            assert a in near[b], (a, b)
