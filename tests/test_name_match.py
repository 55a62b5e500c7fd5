"""Entity-name matching across the spellings signature pages use."""

from __future__ import annotations

import doctest

import pytest

from converter.extract.mechanisms import name_match
from converter.extract.mechanisms.name_match import canonical, core_key, match_name, name_key


def test_doctests() -> None:
    assert doctest.testmod(name_match).failed == 0


@pytest.mark.parametrize(
    "printed, preamble",
    [
        ("AOF NT. Ltd.", "AOF NT, Ltd."),
        ("HT HOLDINGS V L.P.", "HT Holdings V, L.P."),
        ("AIG GLOBAL INVESTMENT CORP. (ASIA) LTD.", "AIG Global Investment Corp. (Asia) Ltd."),
        ("BLUM G.A. III, L.L.C.", "Blum G.A. III, L.L.C."),
        ("KOREA GROWTH PARTNERS LLC", "Korea Growth Partners, L.L.C."),
        ("SEOKJIN HOLDINGS COMPANY LIMITED", "Seokjin Holdings Co., Ltd."),
        ("Hanbit Steel Co., Ltd.", "Hanbit Steel chusik-hoesa"),
        ("대한제강 주식회사", "대한제강(주)"),
        ("PARK & PARTNERS, INC.", "Park and Partners, Inc."),
        ("JANE M. ROE", "Jane M. Roe"),
        ("The Pacific Rim Fund, L.P.", "PACIFIC RIM FUND L.P."),
        ("APEX ASSET MGMT. LTD.", "Apex Asset Management Limited"),
        ("Harbor Int'l Partners, L.P.", "HARBOR INTERNATIONAL PARTNERS LP"),
        ("Sea Lantern Partners, Limited Partnership", "SEA LANTERN PARTNERS, L.P."),
        ("O’BRIEN FAMILY TRUST", "O'Brien Family Trust"),
    ],
)
def test_spellings_match(printed: str, preamble: str) -> None:
    assert name_key(printed) == name_key(preamble)
    assert match_name(printed, ["Someone Else, Inc.", preamble]) == 1


@pytest.mark.parametrize(
    "printed, other",
    [
        ("HT Holdings V, L.P.", "HT Holdings VI, L.P."),
        ("Apex Fund II, L.P.", "Apex Fund III, L.P."),
        ("Newbridge Asia HT, L.P.", "Newbridge Asia HT, Ltd."),
        ("Seoul Harbor Partners, L.P.", "Seoul Harbor Partners II, L.P."),
        ("Larkspur Growth Partners IV, L.P.", "Larkspur Growth Partners IV (Cayman), L.P."),
        ("Apex Growth Fund, L.P.", "Apex Value Fund, L.P."),  # one word
        ("Cedar Capital Management", "Cedar Capital Management (Asia)"),
        ("Briarwood Asia Fund V, L.P.", "Briarwood Asia Fund VI, L.P."),
        ("Sea Lantern Fund 2, L.P.", "Sea Lantern Fund II, L.P."),  # never guessed alike
    ],
)
def test_near_names_stay_apart(printed: str, other: str) -> None:
    assert name_key(printed) != name_key(other)
    assert match_name(printed, [other]) is None


def test_missing_legal_form_matches_only_a_unique_candidate() -> None:
    assert match_name("Emerging Growth Fund", ["Emerging Growth Fund, L.P."]) == 0
    both = ["Emerging Growth Fund, L.P.", "Emerging Growth Fund, Ltd."]
    assert match_name("Emerging Growth Fund", both) is None
    assert match_name("EMERGING GROWTH FUND LTD", both) == 1


def test_the_page_of_one_namesake_finds_it_among_the_others() -> None:
    family = ["Sea Lantern Fund II, L.P.", "Sea Lantern Fund III, L.P.", "Sea Lantern Partners, L.P.",
              "Sea Lantern Partners (Asia) Limited"]
    assert match_name("SEA LANTERN FUND III LP", family) == 1
    assert match_name("Sea Lantern Fund II L.P.", family) == 0
    assert match_name("SEA LANTERN PARTNERS (ASIA) LTD.", family) == 3
    assert match_name("SEA LANTERN FUND IV, L.P.", family) is None
    assert match_name("SEA LANTERN PARTNERS", family) == 2  # the one candidate with that core


def test_core_key_drops_legal_forms() -> None:
    assert core_key("Hwan Capital Co., Ltd.") == "hwan capital"
    assert core_key("Hwan Capital Company Limited") == "hwan capital"


def test_capacity_vocabulary() -> None:
    assert canonical("capacity", "Attorney in Fact") == "Attorney-In-Fact"
    assert canonical("capacity", "Managing Director") is None


def test_party_with_appositive_matches_by_its_head() -> None:
    names = ["Pine Asia Portfolio", "Pine Asia Portfolio II"]
    assert match_name("Pine Asia Portfolio, a series of Pine Investment Trust", names) == 0
    assert match_name("Pine Asia Portfolio III, a series of Pine Investment Trust", names) is None
    assert match_name("NAM-GYU CHOE, individually", ["Pine Asia Portfolio", "Nam-gyu Choe"]) == 1
    assert match_name("Soo Ahn, as trustee of the Ahn Trust", ["Soo Ahn"]) == 0


from hypothesis import given, strategies as st  # noqa: E402

_WORD = st.text(alphabet="ABCDEFGHJKLMNPRSTUWYZ", min_size=2, max_size=8).map(str.capitalize)
_FORM = st.sampled_from(["L.P.", "Ltd.", "Inc.", "L.L.C.", "Co., Ltd.", "Limited", "Corp.", "Pte Ltd."])


@given(st.lists(_WORD, min_size=1, max_size=4), _FORM)
def test_spelling_variants_always_match(words: list[str], form: str) -> None:
    preamble = " ".join(words) + ", " + form
    page = (" ".join(words) + " " + form).upper()  # upper case, comma dropped
    dotted = preamble.replace(", ", ". ", 1)  # "AOF NT. Ltd." for "AOF NT, Ltd."
    assert name_key(page) == name_key(preamble) == name_key(dotted)


@given(st.lists(_WORD, min_size=1, max_size=3), st.sampled_from(["II", "III", "IV", "V", "VI"]),
       st.sampled_from(["II", "III", "IV", "V", "VI"]), _FORM)
def test_numbered_funds_never_collide(words: list[str], one: str, other: str, form: str) -> None:
    stem = " ".join(words)
    same = one == other
    assert (match_name(f"{stem} {one} {form}", [f"{stem} {other}, {form}"]) == 0) is same
