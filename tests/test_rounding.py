"""Whether two values of one fact state one figure: the rule extraction (prose_voices) and mapping
(map) share, with its edges: ties round half up, a value without decimals agrees with an equal
value only."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from converter.extract.mechanisms.prose_voices import disagreeing
from converter.model import Observation, Period
from converter.rounding import consistent


def _obs(value: Decimal | str, decimals: int | None) -> Observation:
    return Observation("Revenues", value, Period(end=dt.date(2021, 12, 31)), decimals=decimals, rule="r")


@pytest.mark.parametrize(("a", "b", "agree"), [
    # a rounded statement and the exact figure (11조 and 11조 2600억원)
    ((Decimal("11000000000000"), -12), (Decimal("11260000000000"), -8), True),
    ((Decimal("11000000000000"), -12), (Decimal("11600000000000"), -8), False),
    # a tie rounds half up, away from zero: 11조 2500억 is "11.3조", not "11.2조"
    ((Decimal("11300000000000"), -11), (Decimal("11250000000000"), -10), True),
    ((Decimal("11200000000000"), -11), (Decimal("11250000000000"), -10), False),
    ((Decimal("-11300000000000"), -11), (Decimal("-11250000000000"), -10), True),
    ((Decimal("2.35"), 2), (Decimal("2.345"), 3), True),
    # no decimals: not known to be rounded, so only an equal value agrees
    ((Decimal("100"), None), (Decimal("104"), -1), False),
    ((Decimal("104"), -1), (Decimal("100"), None), False),
    ((Decimal("100"), None), (Decimal("100"), -1), True),
    ((Decimal("100"), None), (Decimal("100.0"), None), True),
    # texts: equal or not
    (("Seoul", None), ("Seoul", None), True),
    (("Seoul", None), ("Busan", None), False),
])
def test_consistent(a: tuple, b: tuple, agree: bool) -> None:
    assert consistent(_obs(*a), _obs(*b)) is agree
    assert consistent(_obs(*b), _obs(*a)) is agree


def test_two_companies_tie_rounded_half_up_state_one_figure() -> None:
    """A headline's "11.3조" and the body's "11조 2500억원" under two names of one group are one
    figure: nothing is left unmapped (half to even made them two, and dropped both)."""
    head, body = _obs(Decimal("11300000000000"), -11), _obs(Decimal("11250000000000"), -10)
    assert disagreeing([(head, "Hanbit Group"), (body, "Hanbit Chemical")], None) == []


def test_two_companies_one_without_decimals_differ() -> None:
    exact, rounded = _obs(Decimal("104"), None), _obs(Decimal("100"), -1)
    assert len(disagreeing([(exact, "Hanbit Group"), (rounded, "Hanbit Chemical")], None)) == 2


@pytest.mark.parametrize(("first", "second", "companies"), [
    # one company written two ways: a shortened word, a legal form (data, not a list in code)
    ("Hanbit Int'l", "Hanbit International Co., Ltd.", 1),
    ("Hanbit Marine S.p.A.", "Hanbit Marine", 1),
    ("(주)한빛", "한빛 주식회사", 1),
    # two companies of one group
    ("Hanbit Group", "Hanbit Chemical", 2),
])
def test_companies_compared_without_legal_form(first: str, second: str, companies: int) -> None:
    a, b = _obs(Decimal("100"), 0), _obs(Decimal("200"), 0)
    assert len(disagreeing([(a, first), (b, second)], None)) == (0 if companies == 1 else 2)
