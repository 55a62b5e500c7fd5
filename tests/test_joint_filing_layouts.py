"""Agreements and Schedule 13D/13G cover pages in every layout the one signature reader and the
cover-page reader meet, converted end to end (ingest, classify, extract, map, render) and checked
with Arelle: HTML flattened to '|' cells, parties only on the pages or in an exhibit index,
three columns of pages, several signers for one party, a closing attorney-in-fact block for
starred pages, a date below the pages or in an execution clause ('this 30th day of'), pages
of near-namesakes, and cover pages as typed, flattened and in HTML, one submission's schedule
and agreement numbering their persons alike. Every document here is invented."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from arelle_support import assert_arelle_clean
from converter.model import PURE, SHARES, Period
from converter.pipeline import Converted, convert_file, write_converted

HERE = Path(__file__).resolve().parent / "data"
AGREEMENTS = HERE / "joint_filing"
SCHEDULES = HERE / "schedule_13"
PERSON, SIGNATORY = "ReportingPersonAxis", "SignatoryAxis"
E, N = "entity", "natural person"
D = dt.date


def records(converted: Converted, axis: str) -> dict[int, dict[str, object]]:
    """Member -> concept -> value on ``axis``; no concept twice for a member."""
    table: dict[int, dict[str, object]] = {}
    for o in converted.extraction.observations:
        if o.dimensions and o.dimensions[0][0] == axis:
            record = table.setdefault(int(o.dimensions[0][1]), {})
            assert o.concept not in record, f"{o.concept} twice for member {o.dimensions}"
            record[o.concept] = o.value
    return table


def plain(converted: Converted) -> dict[str, object]:
    found: dict[str, object] = {}
    for o in converted.extraction.observations:
        if not o.dimensions:
            assert o.concept not in found, f"{o.concept} twice"
            found[o.concept] = o.value
    return found


def only(path: Path) -> Converted:
    (converted,) = convert_file(path)
    return converted


def page(name: str, kind: str, signer: str | None = None, date: dt.date | None = None,
         title: str | None = None, chain: str | None = None, short: str | None = None,
         capacity: str | None = None) -> dict[str, object]:
    record: dict[str, object] = {"ReportingPersonName": name, "ReportingPersonType": kind}
    for concept, value in (("ReportingPersonShortName", short), ("SignatoryName", signer),
                           ("SignatoryTitle", title), ("SignatoryCapacity", capacity),
                           ("SignedOnBehalfOf", chain), ("SignatureDate", date)):
        if value is not None:
            record[concept] = value
    return record


# ------------------------------------------------------------------------------------------
# Agreements
# ------------------------------------------------------------------------------------------


def test_html_flattened_to_cells_with_chains_with_and_without_by() -> None:
    """'|' cells; 'By:' alone in its cell; an entity over 'its general partner' without 'By:';
    'THE BOARD OF TRUSTEES OF X,' / 'as the Trustee of the X -' / '2001 Trust' in one cell;
    a title wrapped over two cells; parties known only from their pages."""
    converted = only(AGREEMENTS / "pinecrest-13da-pipe-cells.txt")
    assert converted.warnings == ()
    facts = plain(converted)
    assert (facts["ScheduleType"], facts["ExchangeActRule"], facts["NumberOfReportingPersons"]) == (
        "13D", "13d-1(k)(1)", 5)
    day, cfo, signer = D(2007, 3, 5), "Chief Financial Officer", "Marisol T. Quintero"
    assert records(converted, PERSON) == {
        1: page("PINECREST VENTURE FUND III (QP), L.P.", E, signer, day, cfo,
                "Pinecrest Partners III, L.P. -> Pinecrest Management III, L.L.C."),
        2: page("PINECREST VENTURE FUND III, L.P.", E, signer, day, cfo,
                "Pinecrest Management III, L.L.C."),
        3: page("HOLLOWAY EDUCATION FUND \u2013 2001 TRUST", E, "Gideon R. Ashworth", day,
                "Managing Partner",
                "THE BOARD OF TRUSTEES OF THE HOLLOWAY EDUCATION FUND -> Holloway Advisers, L.P."),
        4: page("PINECREST MANAGEMENT III, L.L.C.", E, signer, day, cfo),
        5: page("GIDEON R. ASHWORTH", N, "Gideon R. Ashworth", day),
    }


def test_parties_named_only_in_an_exhibit_index() -> None:
    """The exhibit index's description names the four parties; two of them sign, in another
    order and in capitals, each through its own general partner (a '(Cayman)' near-namesake)."""
    converted = only(AGREEMENTS / "larkspur-exhibit-index-pipes.txt")
    assert converted.warnings == ()
    assert plain(converted)["NumberOfReportingPersons"] == 4
    day = D(2008, 4, 2)
    assert records(converted, PERSON) == {
        1: page("Larkspur Growth Partners IV, L.P.", E, "Tobias R. Lindqvist", day,
                "Managing Member", "Larkspur Associates IV, LLC"),
        2: page("Larkspur Growth Partners IV (Cayman), L.P.", E, "Tobias R. Lindqvist", day,
                "Director", "Larkspur Associates IV (Cayman), Ltd."),
        3: page("Larkspur Associates IV, LLC", E),
        4: page("Larkspur Associates IV (Cayman), Ltd.", E),
    }


def test_three_columns_of_pages_and_its_labels() -> None:
    """Three pages side by side, 'By: X' / 'Its: General Partner', 'Dated as of:', then two
    persons signing for themselves side by side; Fund V and Fund VI kept apart."""
    converted = only(AGREEMENTS / "briarwood-13g-three-columns.txt")
    assert converted.warnings == ()
    facts = plain(converted)
    assert (facts["ScheduleType"], facts["SubjectCompanyName"], facts["SubjectSecurityClass"],
            facts["SubjectCompanyIncorporationCountryCode"]) == (
        "13G", "Tamarind Harbour Holdings Limited", "ordinary shares", "KY")
    day, member = D(2009, 2, 13), "Managing Member"
    assert records(converted, PERSON) == {
        1: page("BRIARWOOD ASIA FUND V, L.P.", E, "Nadia K. Farouk", day, member,
                "Briarwood Capital LLC"),
        2: page("BRIARWOOD ASIA FUND VI, L.P.", E, "Nadia K. Farouk", day, member,
                "Briarwood Capital LLC"),
        3: page("BRIARWOOD CAPITAL LLC", E, "Nadia K. Farouk", day, member),
        4: page("DESMOND ACHTERBERG", N, "DESMOND ACHTERBERG", day),
        5: page("NADIA K. FAROUK", N, "NADIA K. FAROUK", day),
    }


def test_starred_pages_and_the_closing_attorney_in_fact_block() -> None:
    """'/s/ Name*' pages were signed by the attorney-in-fact of the closing '*By: /s/ ...'
    block: they keep their person and date, not a signer's name; the block is a signatory."""
    converted = only(AGREEMENTS / "vandermeer-attorney-closing-block.txt")
    assert converted.warnings == ()
    facts = plain(converted)
    assert (facts["ExchangeActRule"], facts["NumberOfReportingPersons"]) == ("13d-1(k)(1)(iii)", 3)
    day = D(2001, 9, 12)
    assert records(converted, PERSON) == {
        1: page("Harriet L. Vandermeer", N, date=day),
        2: page("Colin P. Fairweather", N, "Colin P. Fairweather", day),
        3: page("Ingrid M. Vandermeer-Lowe", N, date=day),
    }
    assert records(converted, SIGNATORY) == {
        1: {"SignatoryName": "Colin P. Fairweather", "SignatoryCapacity": "Attorney-in-Fact",
            "SignatureDate": day}}


def test_two_signers_for_one_party_and_a_date_below_the_pages() -> None:
    """A bank signs by two officers (the second is a signatory of that party, not a new
    person); the only date is printed under the last page."""
    converted = only(AGREEMENTS / "meridian-13g-co-signers-footer-date.txt")
    assert converted.warnings == ()
    facts = plain(converted)
    assert (facts["SubjectCompanyName"], facts["CommonStockParValuePerShare"],
            facts["NumberOfReportingPersons"]) == ("Okcheon Precision Co., Ltd.", Decimal("1000"), 2)
    day = D(2004, 2, 6)
    assert records(converted, PERSON) == {
        1: page("MERIDIAN PACIFIC BANK LIMITED", E, "Laurence H. Whitby", day, "Director"),
        2: page("MERIDIAN PACIFIC ASSET MANAGEMENT LIMITED", E, "Anneliese K. Brandt", day,
                "Director"),
    }
    assert records(converted, SIGNATORY) == {
        1: {"SignatoryName": "Anneliese K. Brandt", "SignatoryTitle": "Company Secretary",
            "SignatureDate": day, "SignatureParty": "MERIDIAN PACIFIC BANK LIMITED"}}


def test_pages_of_near_namesakes_never_take_each_others_person() -> None:
    """Fund II / Fund III / Fund IV, 'Partners, L.P.' / 'Partners (Asia) Limited', pages in
    another order and spelling: each page finds its person, and the page of a fund the preamble
    does not name (Fund IV) is a person of its own with a warning, never Fund III's."""
    converted = only(AGREEMENTS / "sea-lantern-near-namesakes.txt")
    assert len(converted.warnings) == 1 and "SEA LANTERN FUND IV, L.P." in converted.warnings[0]
    facts = plain(converted)
    assert facts["NumberOfReportingPersons"] == 4
    day, member, gp = D(2005, 8, 30), "Managing Member", "Sea Lantern Partners, L.P."
    holloway = "Beatrix N. Holloway"
    assert records(converted, PERSON) == {  # "as of this 30th day of August, 2005"
        1: page("Sea Lantern Fund II, L.P.", E, holloway, day, member, gp, short="Fund II"),
        2: page("Sea Lantern Fund III, L.P.", E, holloway, day, member, gp, short="Fund III"),
        3: page("Sea Lantern Partners, L.P.", E, holloway, day, member, short="Partners"),
        4: page("Sea Lantern Partners (Asia) Limited", E, "Yusuf O. Demirel", day, "Director",
                short="Partners Asia"),
        5: page("SEA LANTERN FUND IV, L.P.", E, holloway, day, member, gp),
    }


# ------------------------------------------------------------------------------------------
# Schedule 13D / 13G cover pages
# ------------------------------------------------------------------------------------------

COUNTS = ("SoleVotingPower", "SharedVotingPower", "SoleDispositivePower", "SharedDispositivePower",
          "AggregateAmountBeneficiallyOwned")


def cover(name: str, kind: str, place: str, code: str, counts: tuple[int, ...], percent: str,
          **signature: object) -> dict[str, object]:
    record: dict[str, object] = {
        "ReportingPersonName": name, "ReportingPersonType": kind,
        "ReportingPersonCitizenshipOrPlaceOfOrganization": place, "ReportingPersonTypeCode": code,
        "PercentOfClass": Decimal(percent), **dict(zip(COUNTS, counts))}
    concepts = {"signer": "SignatoryName", "title": "SignatoryTitle", "chain": "SignedOnBehalfOf",
                "date": "SignatureDate"}
    record.update((concepts[k], v) for k, v in signature.items())
    return record


def test_13d_amendment_cover_pages_as_typed() -> None:
    """Two cover pages: the side caption 'NUMBER OF / SHARES / BENEFICIALLY ...' interleaved
    with the values (under their labels on one page, beside them on the other), '-0-', a
    footnote mark after a figure; the agreement printed after the signatures, its pages in
    another order, is not read as more pages."""
    converted = only(SCHEDULES / "ridgeback-13da-cover-pages.txt")
    assert converted.warnings == ()
    facts = plain(converted)
    assert {k: facts[k] for k in ("ScheduleType", "AmendmentNumber", "ScheduleOriginalFilingDate",
                                  "SubjectCompanyName", "SubjectSecurityCusip", "EventDate",
                                  "NumberOfReportingPersons", "ExchangeActRule")} == {
        "ScheduleType": "13D", "AmendmentNumber": 2, "ScheduleOriginalFilingDate": D(2005, 5, 2),
        "SubjectCompanyName": "Samcheok Cement Industrial Co., Ltd.",
        "SubjectSecurityCusip": "Y7463Q105", "EventDate": D(2006, 10, 16),
        "NumberOfReportingPersons": 2, "ExchangeActRule": "13d-1(k)(1)"}
    day, okafor = D(2006, 10, 18), "Rosalind J. Okafor"
    assert records(converted, PERSON) == {
        1: cover("Ridgeback Asia Partners, L.P.", E, "Cayman Islands", "PN",
                 (2415000, 0, 2415000, 0, 2415000), "0.0685", signer=okafor,
                 title="Managing Member", chain="Ridgeback Asia GP, LLC", date=day),
        2: cover(okafor, N, "United Kingdom", "IN", (12500, 2415000, 12500, 2415000, 2427500),
                 "0.069", signer=okafor, date=day),
    }


def test_13g_cover_pages_flattened_to_cells() -> None:
    """One cell per line: item numbers, labels and values in cells of their own, the side
    caption in one cell, 'None' for no shares, the rule box checked in its cell."""
    converted = only(SCHEDULES / "lumen-13g-cover-pipes.txt")
    assert converted.warnings == ()
    facts = plain(converted)
    assert (facts["ScheduleType"], facts["ExchangeActRule"], facts["SubjectSecurityCusip"],
            facts["EventDate"]) == ("13G", "13d-1(c)", "Y2683H102", D(2007, 12, 31))
    assert "AmendmentNumber" not in facts
    day, signer = D(2008, 2, 11), "Priya V. Ramaswamy"
    counts = (0, 1862330, 0, 1862330, 1862330)
    assert records(converted, PERSON) == {
        1: cover("Lumen Frontier Fund, L.P.", E, "Delaware", "PN", counts, "0.054", signer=signer,
                 title="Managing Member", chain="Lumen Capital Advisors LLC", date=day),
        2: cover("Lumen Capital Advisors LLC", E, "Delaware", "IA, OO", counts, "0.054",
                 signer=signer, title="Managing Member", date=day),
    }


def test_13g_amendment_cover_page_in_html() -> None:
    """An HTML table (values after <br> in the label's cell), ballot-box marks for the rule,
    ADSs as the class; the signature block beside its date in a table."""
    converted = only(SCHEDULES / "osprey-13ga-cover.htm")
    assert converted.warnings == ()
    facts = plain(converted)
    assert {k: facts[k] for k in ("ScheduleType", "AmendmentNumber", "ExchangeActRule",
                                  "SubjectSecurityClass", "SubjectSecurityCusip", "EventDate",
                                  "NumberOfReportingPersons")} == {
        "ScheduleType": "13G", "AmendmentNumber": 3, "ExchangeActRule": "13d-1(b)",
        "SubjectSecurityClass": "American Depositary Shares", "SubjectSecurityCusip": "16941Y105",
        "EventDate": D(2008, 12, 31), "NumberOfReportingPersons": 1}
    assert records(converted, PERSON) == {
        1: cover("Osprey Global Investors Limited", E, "England and Wales", "IA, FI",
                 (3105220, 0, 3388900, 0, 3388900), "0.0723", signer="Fenella J. Marchetti",
                 title="Head of Compliance", date=D(2009, 2, 12)),
    }


def test_one_submission_numbers_a_person_alike_in_schedule_and_agreement() -> None:
    """The agreement's pages run opposite to the cover pages; its members follow the cover
    pages' order, so a person is one member in both instances."""
    schedule, agreement = convert_file(SCHEDULES / "submission-13ga-ex99-pages-reordered.txt")
    on_cover = {m: r["ReportingPersonName"] for m, r in records(schedule, PERSON).items()}
    in_agreement = {m: r["ReportingPersonName"] for m, r in records(agreement, PERSON).items()}
    assert on_cover == {1: "Thornbury Partners LP", 2: "Thornbury Capital Management LLC",
                        3: "Marcus T. Ellingsworth"}
    assert in_agreement == {1: "THORNBURY PARTNERS LP", 2: "THORNBURY CAPITAL MANAGEMENT LLC",
                            3: "MARCUS T. ELLINGSWORTH"}
    assert records(schedule, PERSON)[3]["AggregateAmountBeneficiallyOwned"] == 1219000
    assert plain(agreement)["NumberOfReportingPersons"] == 3


def test_cover_figures_units_and_precision() -> None:
    converted = only(SCHEDULES / "ridgeback-13da-cover-pages.txt")
    by_concept = {o.concept: o for o in converted.extraction.observations
                  if o.dimensions == ((PERSON, "2"),)}
    assert (by_concept["SharedVotingPower"].unit, by_concept["SharedVotingPower"].decimals) == (SHARES, 0)
    assert (by_concept["PercentOfClass"].unit, by_concept["PercentOfClass"].decimals) == (PURE, 3)
    span = by_concept["AggregateAmountBeneficiallyOwned"].span
    assert converted.extraction.document.raw[span.start : span.end] == "2,427,500"
    # the figures are as of the event its front page dates; its name and type, of the document
    event = next(o.value for o in converted.extraction.observations if o.concept == "EventDate")
    figures = {"SharedVotingPower", "PercentOfClass", "AggregateAmountBeneficiallyOwned"}
    assert all(o.period == Period.duration(event, event) for c, o in by_concept.items() if c in figures)
    assert all(o.period == converted.extraction.document_period for c, o in by_concept.items()
               if c in ("ReportingPersonName", "ReportingPersonType"))


# ------------------------------------------------------------------------------------------
# Every document above, valid for Arelle
# ------------------------------------------------------------------------------------------

DOCUMENTS = sorted([*AGREEMENTS.glob("pinecrest-*"), *AGREEMENTS.glob("larkspur-*"),
                    *AGREEMENTS.glob("briarwood-*"), *AGREEMENTS.glob("vandermeer-*"),
                    *AGREEMENTS.glob("meridian-*"), *AGREEMENTS.glob("sea-lantern-*"),
                    *(p for p in SCHEDULES.iterdir() if p.suffix in (".txt", ".htm") and not p.name.startswith("en-"))])


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_instances_are_clean_under_arelle(path: Path, tmp_path: Path) -> None:
    for written in write_converted(convert_file(path), tmp_path):
        assert_arelle_clean(written)
