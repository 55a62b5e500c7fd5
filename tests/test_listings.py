"""Listings (TradingSymbol / SecurityExchangeName pairs) of every kind of document, read from
documents of our own under tests/data/listings/ (invented companies, codes and figures)."""

from __future__ import annotations

import pytest

from converter.extract.mechanisms.listings import codes, rns_symbols, tags, under_symbol
from tests.factlib import DATA, convert_one, facts

LISTINGS = DATA / "listings"


def _pairs(name: str) -> list[tuple[str, str | None]]:
    """(symbol, exchange) per SecurityListingAxis member, in member order."""
    views = facts(convert_one(LISTINGS / name))
    members: dict[str, dict[str, str]] = {}
    for f in views:
        axis = dict(f.dimensions).get("SecurityListingAxis")
        if axis and f.concept in ("TradingSymbol", "SecurityExchangeName"):
            members.setdefault(axis, {})[f.concept] = f.value
    return [(m["TradingSymbol"], m.get("SecurityExchangeName")) for _, m in sorted(members.items())]


@pytest.mark.parametrize("name, expected", [
    ("rns-merger-announcement.txt", [("HSBK", None)]),          # headline "Name (CODE)"
    ("rns-tidm-label.txt", [("CORM", None)]),                   # "TIDM  CORM"
    ("tanshin-header-lines.txt", [("6972", "Tokyo Stock Exchange, First Section")]),
    ("tanshin-header-flattened.txt", [("2934", "Osaka Stock Exchange")]),
    ("tanshin-header-japanese.txt", [("6841", "東"), ("6841", "名")]),  # one code, two exchanges
    ("us-release-nasdaq.txt", [("BWTR", "NasdaqGM")]),          # the boilerplate's spelling is the same listing
    ("us-release-listed-under.txt", [("CFL", "New York Stock Exchange")]),
    ("tw-merger-prospectus-code.txt", [("3371", None)]),        # exchange not named
    ("code-without-listing.txt", []),                           # a form's code and a postal code
])
def test_listings_of_documents(name: str, expected: list[tuple[str, str | None]]) -> None:
    assert _pairs(name) == expected


@pytest.mark.parametrize("text, expected", [
    ("Example Corp. (NYSE: EXC; TSE: 9999) today", [("NYSE", "EXC"), ("TSE", "9999")]),
    ("(NASDAQ:EXMP)", [("NASDAQ", "EXMP")]),
    ("(Nasdaq GS: EXMP)", [("Nasdaq GS", "EXMP")]),
    ("(KOSDAQ: 012345)", [("KOSDAQ", "012345")]),
    ("(note: not a listing)", []),
    ("(in millions: 12.5)", []),
])
def test_tags(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(x.exchange, x.symbol) for x in tags(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Securities code: 9999 (Tokyo Stock Exchange)", [(None, "9999")]),
    ("(Stock Code: 0999)", [(None, "0999")]),
    ("(Stock Code : 7)", [(None, "7")]),
    ("Code No. 7 Listed exchange: TSE", []),                   # a short code needs a stock label
    ("Listing: JASDAQ  Code number: 9999", [("JASDAQ", "9999")]),
    ("Osaka Stock Exchange, code 9999", [("Osaka Stock Exchange", "9999")]),
    ("証券コード：9999　上場取引所：東証", [("東証", "9999")]),
    ("area code 0312 of the listed office", []),
    ("Code No. 1,234.5 listed", []),
    pytest.param("Ticker: EXMP (listed on Nasdaq)", [("Nasdaq", "EXMP")],
                 marks=pytest.mark.xfail(strict=True, reason="letter symbols after a bare 'Ticker:' label are not read")),
])
def test_codes(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert [(x.exchange, x.symbol) for x in codes(text)] == expected


def test_a_footnote_mark_glued_to_a_code_is_no_second_listing() -> None:
    from converter.pipeline import convert_text
    text = ("Interim Results Announcement LANTERN HARBOR HOLDINGS LIMITED (Stock Code: 2468) announced its "
            "unaudited results for the six months ended June 30, 2025 - Company Name: LANTERN HARBOR "
            "HOLDINGS LIMITED, Stock Code: 24682 - The announcement presents unaudited results for the six "
            "months ended June 30, 2025, with comparative figures for the six months ended June 30, 20243\n")
    (converted,) = convert_text(text, "interim.txt")
    assert sorted(f.value for f in facts(converted) if f.concept == "TradingSymbol") == ["2468"]


def test_under_symbol_needs_the_symbol_in_capitals() -> None:
    assert [x.symbol for x in under_symbol('quoted on the OTC Bulletin Board under the symbol "EXMP.OB"')] == ["EXMP.OB"]
    assert under_symbol("listed on the New York Stock Exchange under the symbol of the group") == []


def test_rns_headline_must_name_the_registrant() -> None:
    assert [x.symbol for x in rns_symbols("\nExample Bank plc (EXBK)\n", "Example Bank PLC")] == ["EXBK"]
    assert rns_symbols("\nLanthorn Credit Bank (LCB)\n", "Example Bank plc") == []
    assert rns_symbols("\nExample Bank plc (the Bank)\n", "Example Bank plc") == []


# -- results summary headers (kessan tanshin in English) --------------------------------------

@pytest.mark.parametrize("name, title, period_end, period", [
    ("tanshin-header-lines.txt", "Consolidated Financial Results for the Fiscal Year Ended March 31, 2006",
     "2006-03-31", "2005-04-01/2006-03-31"),
    ("tanshin-header-flattened.txt",
     "Non-Consolidated Financial Results for the Six Months Ended September 30, 2005",
     "2005-09-30", "2005-04-01/2005-09-30"),
])
def test_results_summary_title_names_its_period(name: str, title: str, period_end: str, period: str) -> None:
    views = facts(convert_one(LISTINGS / name))
    got = {f.concept: (f.value, f.period) for f in views if f.concept in ("DocumentTitle", "DocumentPeriodEndDate")}
    assert got == {"DocumentTitle": (title, period), "DocumentPeriodEndDate": (period_end, period)}


def test_a_sentence_about_results_is_no_title() -> None:
    from converter.extract.mechanisms.results_header import results_title
    assert results_title("Today the company released its Financial Results for the Year Ended "
                         "December 31, 2005, which showed growth.") is None
    assert results_title("Consolidated Financial Results for the Fiscal Year Ended March 15, 2006") is None
