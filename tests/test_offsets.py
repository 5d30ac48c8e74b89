import random

import pytest

from salname.offsets import OffsetMap, Replacement, apply_replacements


def random_replacements(text: str, rng: random.Random) -> list[Replacement]:
    reps, pos = [], 0
    while pos < len(text):
        start = pos + rng.randint(0, 6)
        if start > len(text):
            break
        end = min(len(text), start + rng.choice([0, 0, 1, 2, 3]))
        new = rng.choice(["", "", "X", "YZ", " ", "ə"])
        if start == end and not new:
            new = "I"
        reps.append(Replacement(start, end, new))
        pos = end + 1 if end == start else end
    return reps


def check_map(src: str, out: str, m: OffsetMap) -> None:
    assert m.out_len == len(out) and m.in_len == len(src)
    s0, e0 = m.span_in(0, len(out))
    assert 0 <= s0 <= e0 <= len(src)
    for os_, oe, is_, ie, copied in m.segments:
        if copied:
            assert out[os_:oe] == src[is_:ie]
    # every span maps to an in-order span inside the source
    for a in range(len(out) + 1):
        for b in range(a, min(len(out), a + 5) + 1):
            s, e = m.span_in(a, b)
            assert 0 <= s <= e <= len(src)


@pytest.mark.parametrize("seed", range(60))
def test_apply_and_compose_random(seed):
    rng = random.Random(seed)
    raw = "".join(rng.choice("abc -\n") for _ in range(rng.randint(0, 40)))
    t1, m1 = apply_replacements(raw, random_replacements(raw, rng))
    check_map(raw, t1, m1)
    t2, m2 = apply_replacements(t1, random_replacements(t1, rng))
    check_map(t1, t2, m2)
    m = m1.then(m2)
    check_map(raw, t2, m)
    assert OffsetMap.from_list(m.to_list()) == m
    # copied characters of the composition point at the same character in raw
    for i, ch in enumerate(t2):
        s, e = m.span_in(i, i + 1)
        if e - s == 1 and raw[s] == ch:
            continue
        # otherwise the character came from a replacement: its source span must cover a replaced region
        assert any(not c and os_ <= i < oe for os_, oe, *_, c in m.segments)


def test_span_of_joined_hyphen_maps_to_raw():
    raw = "Qaza-\n\nxistana rəsmi"
    clean, m = apply_replacements(raw, [Replacement(4, 7, "", "hyphen break")])
    assert clean == "Qazaxistana rəsmi"
    s, e = m.span_in(0, len("Qazaxistana"))
    assert raw[s:e] == "Qaza-\n\nxistana"
    s, e = m.span_in(12, 17)
    assert raw[s:e] == "rəsmi"


def test_identity_and_overlap_error():
    m = OffsetMap.identity(5)
    assert m.is_identity and m.span_in(1, 3) == (1, 3)
    with pytest.raises(ValueError):
        apply_replacements("abcdef", [Replacement(0, 3, ""), Replacement(2, 4, "")])
