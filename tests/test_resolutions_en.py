"""What the resolution documents ``tests/data/resolutions/en-*`` must not get wrong outside the
resolution reader's own facts (which ``test_resolutions.py`` checks against their
``.facts.tsv``): the document's date and registrant, and the facts other readers state there."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from converter.pipeline import convert_text

RESOLUTIONS = Path(__file__).resolve().parent / "data" / "resolutions"


def facts(name: str) -> list:  # type: ignore[type-arg]
    (converted,) = convert_text((RESOLUTIONS / name).read_text(encoding="utf-8"), name)
    return list(converted.extraction.observations)


def values(name: str, concept: str) -> list[object]:
    return [o.value for o in facts(name) if o.concept == concept]


def test_shares_outstanding_as_of_the_record_date_a_sentence_gives() -> None:
    """'outstanding as of the record date (December 31, 2006) was 52,800,000 shares'."""
    (shares,) = [o for o in facts("en-agm-results.txt") if o.concept == "SharesOutstanding"]
    assert (shares.value, str(shares.period)) == (Decimal("52800000"), "2006-12-31")


def test_a_date_ending_a_range_over_two_lines_is_no_document_date() -> None:
    """'(January 1, 2008 to' / 'December 31, 2008)' in an agenda: the document is dated by its
    board resolution."""
    assert values("en-agm-convocation.txt", "DocumentDate") == []
    day = dt.date(2009, 2, 24)
    assert all(o.period.end == day for o in facts("en-agm-convocation.txt") if not o.period.is_instant)


def test_a_date_bound_to_a_meeting_is_no_results_date() -> None:
    """The press reader does not bind again the meeting date of a notice's item."""
    assert values("en-tw-material-dividend.txt", "ResultsAnnouncementDate") == []
    assert values("en-tw-material-dividend.txt", "ShareholderMeetingDate")[0] == dt.date(2008, 6, 13)


@pytest.mark.parametrize("name, not_registrant", [
    ("en-investment-pipe-cells.txt", "Gwangmyeong Logistics Co., Ltd."),  # the investee's name cell
    ("en-hk-discloseable-transaction.txt", "The Board"),  # 'The Board announces that ...'
])
def test_no_registrant_from_an_investee_or_a_board(name: str, not_registrant: str) -> None:
    assert not_registrant not in values(name, "EntityRegistrantName")


def test_a_notice_of_events_is_dated_by_its_date_of_events() -> None:
    assert {o.period.end for o in facts("en-tw-acquisition-securities.txt") if not o.period.is_instant} == {
        dt.date(2006, 11, 2)}


@pytest.mark.parametrize("name", ["en-tw-disposal-securities.txt", "en-treasury-disposal.txt",
                                  "en-largest-shareholder-change.txt", "en-spin-off-decision.txt"])
def test_no_acquisition_where_shares_are_disposed_of_or_change_hands(name: str) -> None:
    acquired = {"SharesAcquired", "EquityInvestmentAmount", "TreasurySharesToAcquire",
                "TreasuryShareAcquisitionStartDate", "TreasuryShareAcquisitionEndDate", "OwnershipPercentage",
                "StockSplitRatio", "ReverseStockSplitRatio", "PaidInCapital"}
    assert {o.concept for o in facts(name)} & acquired == set()


_QUARTERLY_DIVIDEND = """Decision on Cash Dividend 2021-08-02
1. Dividend Type Quarterly Dividend
2. Dividend in Distribution Cash Dividend
3. Dividend Ratio to Market Value (%) Common Shares 0.8
4. Total Dividend Amount (KRW) 12,345,678,000
5. Dividend Record Date 2021-06-30
6. Scheduled Dividend Payment Date 2021-08-20
7. Date of Board Resolution (Decision Date) 2021-08-02
"""


@pytest.mark.parametrize("text, period, dims", [
    # the English form of a Korean dividend decision, each label and its value one space apart: the
    # quarter that ends on the record date, on the kind's member
    (_QUARTERLY_DIVIDEND, "2021-04-01/2021-06-30", (("DividendKindAxis", "quarterly"),)),
    # no record date, no fiscal year: no period (never the board's date)
    (_QUARTERLY_DIVIDEND.replace("5. Dividend Record Date 2021-06-30\n", ""), None, None),
    (_QUARTERLY_DIVIDEND.replace("5. Dividend Record Date 2021-06-30\n", "").replace(
        "1. Dividend Type Quarterly Dividend\n", ""), None, None),
])
def test_a_dividend_is_of_its_record_dates_period_never_the_board_date(text, period, dims) -> None:
    (converted,) = convert_text(text, "dividend.txt")
    found = [o for o in converted.extraction.observations if o.concept == "DividendsDeclared"]
    if period is None:
        assert found == []
        assert [m.text for m in converted.extraction.unmapped] == ["12,345,678,000"]
    else:
        assert [(str(o.period), o.dimensions) for o in found] == [(period, dims)]
