"""A copy of a Schedule 13D / 13G cut off before its cover pages that prints their summary before
the filing (a header of the cover items as captions, a row of figures per reporting person): the
persons and their figures from the rows. Cells separated by '|' or run together with single
spaces; a name's description after it is not part of it. Invented names and figures."""

from __future__ import annotations

from decimal import Decimal

import pytest

from converter.pipeline import convert_text

FRONT = """SCHEDULE 13D
(Amendment No. 3)
Harrowfield Growth Fund, Inc.
(Name of Issuer)
Common Stock, par value $0.01 per share
(Title of Class of Securities)
41234Q107
(CUSIP Number)
"""

PIPES = """Ownership Summary
| Name | Sole Voting Power | Shared Voting Power | Sole Dispositive Power | Shared Dispositive Power | Aggregate Amount Owned | Percent of Class |
| Larchmont Asset Group PLC, a company incorporated under the laws of Scotland | 0 | 2,345,678 | 0 | 2,345,678 | 2,345,678 | 17.6% |
| Larchmont Fund Managers Limited (LFM), a company incorporated under the laws of Scotland | 0 | 2,345,678 | 0 | 2,345,678 | 2,345,678 | 17.6% |
"""

FLAT = """Ownership Summary
Name Sole Voting Power Shared Voting Power Sole Dispositive Power Shared Dispositive Power Aggregate Amount Owned Power Percent of Class
Larchmont Asset Group PLC, (LAG) a company incorporated under the laws of Scotland 0 2,345,678 0 2,345,678 2,345,678 17.6%
Larchmont Fund Managers Limited (LFM), a company incorporated under the laws of Scotland 0 2,345,678 0 2,345,678 2,345,678 17.6%
Filing
"""

EXPECTED = {
    ("ReportingPersonName", "1"): "Larchmont Asset Group PLC",
    ("ReportingPersonName", "2"): "Larchmont Fund Managers Limited",
    ("SoleVotingPower", "2"): Decimal(0),
    ("SharedVotingPower", "1"): Decimal(2345678),
    ("SharedDispositivePower", "2"): Decimal(2345678),
    ("AggregateAmountBeneficiallyOwned", "1"): Decimal(2345678),
    ("PercentOfClass", "2"): Decimal("0.176"),
}


def facts(text: str) -> dict[tuple[str, str | None], object]:
    """Each concept's first value (the one kept) by its reporting person member."""
    converted, = convert_text(text, "schedule.txt")
    out: dict[tuple[str, str | None], object] = {}
    for found in converted.extraction.observations:
        out.setdefault((found.concept, dict(found.dimensions).get("ReportingPersonAxis")), found.value)
    return out


@pytest.mark.parametrize("summary", [PIPES, FLAT], ids=["cells", "run together"])
def test_summary_gives_the_persons_and_their_figures(summary: str) -> None:
    found = facts(summary + FRONT)
    for key, value in EXPECTED.items():
        assert found.get(key) == value, key
    assert ("ReportingPersonName", "3") not in found
    assert ("NumberOfReportingPersons", None) not in found  # a garbled row would end the rows early


def test_cover_pages_win_over_the_summary() -> None:
    cover = ("1 NAME OF REPORTING PERSON\n  Larchmont Asset Group PLC\n"
             "7 SOLE VOTING POWER\n  0\n8 SHARED VOTING POWER\n  2,345,670\n")
    found = facts(FLAT + FRONT + cover)
    assert found[("SharedVotingPower", "1")] == Decimal(2345670)
    assert ("ReportingPersonName", "2") not in found


def test_a_row_that_breaks_the_columns_ends_the_summary() -> None:
    broken = FLAT.replace("0 2,345,678 0 2,345,678 2,345,678 17.6%\nFiling", "0 2,345,678 17.6%\nFiling")
    found = facts(broken + FRONT)
    assert found[("ReportingPersonName", "1")] == "Larchmont Asset Group PLC"
    assert ("ReportingPersonName", "2") not in found


def test_a_bracket_inside_a_name_is_part_of_it() -> None:
    table = FLAT.replace("Larchmont Fund Managers Limited (LFM), a company incorporated under the laws of Scotland",
                         "Larchmont (Jersey) Holdings Ltd")
    found = facts(table + FRONT)
    assert found[("ReportingPersonName", "2")] == "Larchmont (Jersey) Holdings Ltd"


def test_a_summary_naming_a_person_twice_is_not_read() -> None:
    """A copy's generated summary that cut names short (two rows of one name): no name is sure."""
    table = FLAT.replace("Larchmont Fund Managers Limited (LFM)", "Larchmont Asset Group PLC")
    found = facts(table + FRONT)
    assert not any(concept == "ReportingPersonName" for concept, _ in found)
    assert not any(concept == "SharedVotingPower" for concept, _ in found)

