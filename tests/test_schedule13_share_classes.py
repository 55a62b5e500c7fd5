"""A Schedule 13G/13D cover page whose rows give a figure for each of two classes of shares, one
class a line: each figure on its ClassOfStockAxis member, or, where a figure's class cannot be
told, none of that row (never a class-less figure). Invented names and figures."""

from __future__ import annotations

from decimal import Decimal

import pytest

from converter.pipeline import convert_text

# a cover flattened one cell a line, "|" between the cells; the row numbers in cells of their own
COVER = """SCHEDULE 13G
CUSIP No. 12345X108
|
1
|
NAMES OF REPORTING PERSONS
Hanbit Growth GP III, Ltd.
|
4
|
CITIZENSHIP OR PLACE OF ORGANIZATION
Cayman Islands
|
5
|
SOLE VOTING POWER
0
|
6
|
SHARED VOTING POWER
{six}
|
7
|
SOLE DISPOSITIVE POWER
0
|
8
|
SHARED DISPOSITIVE POWER
2,468,100 Class A ordinary shares (1)
975,310 Class B ordinary shares (2)(3)
|
9
|
AGGREGATE AMOUNT BENEFICIALLY OWNED BY EACH REPORTING PERSON
2,468,100 Class A ordinary shares (4)
975,310 Class B ordinary shares (3) (4)
|
11
|
PERCENT OF CLASS REPRESENTED BY AMOUNT IN ROW (9)
Class A ordinary shares: 3.4% (5)
Class B ordinary shares: 12.5% (6)
|
12
|
TYPE OF REPORTING PERSON
CO
"""

TWO_LINES = "2,468,100 Class A ordinary shares (1)\n975,310 Class B ordinary shares (2) (3)"


def _rows(text: str) -> dict[tuple[str, str | None], object]:
    converted, = convert_text(text, "13g.txt")
    rows: dict[tuple[str, str | None], object] = {}
    for o in converted.extraction.observations:
        dims = dict(o.dimensions)
        if dims.get("ReportingPersonAxis") == "1" and o.unit is not None:
            key = (o.concept, dims.get("ClassOfStockAxis"))
            assert key not in rows, key
            rows[key] = o.value
    return rows


def test_each_figure_on_its_class() -> None:
    rows = _rows(COVER.format(six=TWO_LINES))
    assert rows == {
        ("SoleVotingPower", None): 0, ("SoleDispositivePower", None): 0,
        ("SharedVotingPower", "Class A"): 2468100, ("SharedVotingPower", "Class B"): 975310,
        ("SharedDispositivePower", "Class A"): 2468100, ("SharedDispositivePower", "Class B"): 975310,
        ("AggregateAmountBeneficiallyOwned", "Class A"): 2468100,
        ("AggregateAmountBeneficiallyOwned", "Class B"): 975310,
        ("PercentOfClass", "Class A"): Decimal("0.034"), ("PercentOfClass", "Class B"): Decimal("0.125"),
    }


@pytest.mark.parametrize("six", [
    "2,468,100 Class A ordinary shares\n975,310 ordinary shares held through a trust",  # one class untold
    "2,468,100 Class A ordinary shares\n975,310 Class A ordinary shares",  # two figures, one class
])
def test_a_row_whose_class_cannot_be_told_reports_nothing(six: str) -> None:
    rows = _rows(COVER.format(six=six))
    assert not [key for key in rows if key[0] == "SharedVotingPower"]
    assert rows[("SharedDispositivePower", "Class B")] == 975310  # the other rows are read


def test_a_row_of_one_class_keeps_its_figure_without_a_member() -> None:
    rows = _rows(COVER.format(six="2,468,100 Class A ordinary shares (1)"))
    assert rows[("SharedVotingPower", None)] == 2468100
