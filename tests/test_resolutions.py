"""Board resolutions and disclosure forms, end to end (``convert_text``): documents written for
these tests in the layouts Korean, Taiwanese and other issuers file (``tests/data/resolutions``),
each with its expected facts in ``NAME.facts.tsv`` (concept, value, period, unit, decimals,
dimensions; ``document`` is the document's own period; ``!unmapped`` rows name a figure the
unmapped report must hold and the words of its reason).

The facts the resolution reader states must be exactly the expected ones, the instance must hold
each of them, and Arelle must load the instance (counterparty contexts included) with no error
or warning.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest

from arelle_support import assert_arelle_clean
from converter.extract.base import DocumentContext
from converter.extract.kinds.resolution import clean_name, extract_resolution
from converter.model import Classification, DocumentFamily, Observation, Period, Segment, SourceDocument
from converter.pipeline import convert_text, write_converted
from factlib import facts

RESOLUTIONS = Path(__file__).resolve().parent / "data" / "resolutions"
WRITTEN = sorted(p.name[: -len(".facts.tsv")] for p in RESOLUTIONS.glob("*.facts.tsv"))

Row = tuple[str, str, str, str, str, str]


def _value(text: str) -> str:
    try:
        return str(Decimal(text).normalize()) if any(c.isdigit() for c in text) and "-" not in text[1:] else text
    except InvalidOperation:
        return text


def expected(name: str) -> tuple[set[Row], list[tuple[str, str]]]:
    rows: set[Row] = set()
    unmapped: list[tuple[str, str]] = []
    for line in (RESOLUTIONS / f"{name}.facts.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if fields[0] == "!unmapped":
            unmapped.append((fields[1], fields[2]))
            continue
        concept, value, period, unit, decimals, dims = fields
        rows.add((concept, _value(value), period, unit, decimals, dims))
    return rows, unmapped


def _unit(numerator: tuple[str, ...], denominator: tuple[str, ...]) -> str:
    text = "*".join(m.split(":")[1] for m in numerator)
    return text + ("/" + "*".join(m.split(":")[1] for m in denominator) if denominator else "")


def observed(o: Observation, document: Period) -> Row:
    value = o.value.isoformat() if isinstance(o.value, dt.date) else str(o.value)
    period = "document" if o.period == document else str(o.period)
    unit = _unit(o.unit.numerator, o.unit.denominator) if o.unit else "-"
    dims = ";".join(f"{a}={m}" for a, m in o.dimensions) or "-"
    return (o.concept, _value(value), period, unit, "-" if o.decimals is None else str(o.decimals), dims)


def _ours(o: Observation) -> bool:
    """The resolution reader's facts, and the resolution date the document facts read."""
    return o.rule.startswith("resolution:") or o.concept == "BoardResolutionDate"


@pytest.mark.parametrize("name", WRITTEN)
def test_written_resolution(name: str, tmp_path: Path) -> None:
    text = (RESOLUTIONS / f"{name}.txt").read_text(encoding="utf-8")
    (converted,) = convert_text(text, f"{name}.txt")
    extraction = converted.extraction
    rows, unmapped = expected(name)
    ours = {observed(o, extraction.document_period) for o in extraction.observations if _ours(o)}
    assert ours == rows
    conflicts = {w.split("conflicting values for ")[1].split()[0] for w in converted.warnings
                 if "conflicting values for" in w and "(resolution:" in w.split("dropped")[-1]}
    assert {r for r in rows if r[0] not in conflicts} <= instance_rows(converted)
    for figure, reason in unmapped:
        assert any(figure in m.text and reason in m.reason for m in extraction.unmapped), (figure, reason)
    (path,) = write_converted((converted,), tmp_path)
    assert_arelle_clean(path)


def instance_rows(converted) -> set[Row]:  # type: ignore[no-untyped-def]
    rows = set()
    document = str(converted.extraction.document_period)
    for f in facts(converted):
        unit = "-" if f.unit is None else f.unit.replace("iso4217:", "").replace("xbrli:", "")
        dims = ";".join(f"{a}={m}" for a, m in f.dimensions) or "-"
        decimals = "0" if f.decimals == "INF" else (f.decimals or "-")
        rows.add((f.concept, _value(f.value), "document" if f.period == document else f.period, unit, decimals, dims))
    return rows


def test_the_meeting_date_survives_the_press_reader() -> None:
    """The resolution reader runs before the press reader (data/readers.tsv), and map keeps the
    first reader's value: the board's resolution date is not taken for the meeting's."""
    text = (RESOLUTIONS / "agm-dividends.txt").read_text(encoding="utf-8")
    (converted,) = convert_text(text, "agm-dividends.txt")
    assert ("ShareholderMeetingDate", "2005-03-18", "document", "-", "-", "-") in instance_rows(converted)


def _context(text: str, day: dt.date | None, registrant: str | None = None) -> DocumentContext:
    document = SourceDocument("doc.txt", text, text, (Segment(0, 0, len(text)),))
    period = Period.duration(day, day) if day else Period.forever()
    return DocumentContext(document, Classification(DocumentFamily.OTHER, 1, ()), None, day, period, registrant)


def test_no_counterparty_figure_is_booked_to_the_registrant() -> None:
    text = ("INVESTMENT IN ANOTHER COMPANY\n1. DETAILS OF THE COMPANY INVESTED\n"
            "   - PAID-IN CAPITAL (KRW): 20 BILLION\n   - TOTAL NUMBER OF OUTSTANDING SHARES: 4 MILLION SHARES\n"
            "2. DETAILS OF ACQUISITION\n   - NUMBER OF SHARES TO BE ACQUIRED: 40,000 SHARES\n")
    found = extract_resolution(_context(text, dt.date(2005, 3, 2)))
    assert found.observations == ()  # the investee is not named: nothing may stand for it
    assert {m.reason for m in found.unmapped} == {"figure of another company whose name the text does not give"}


def test_figures_of_a_company_still_to_be_created_are_no_facts() -> None:
    text = ("Merger Agreement\n3. Company to be Merged\n   a. Company Name: Ansan Credit Co., Ltd.\n"
            "   b. Paid-in Capital (won) : 50,000,000,000\n4. Company to be newly created\n"
            "   a. Company Name: Ansan Financial Co., Ltd.\n   b. Paid-in Capital (won) : 90,000,000,000\n")
    found = extract_resolution(_context(text, dt.date(2003, 4, 1)))
    capital = [o for o in found.observations if o.concept == "PaidInCapital"]
    assert [(o.value, o.dimensions) for o in capital] == [
        (Decimal("50000000000"), (("CounterpartyAxis", "Ansan Credit Co., Ltd."),))]
    assert any(m.text == "90,000,000,000" and "still to be created" in m.reason for m in found.unmapped)


@pytest.mark.parametrize("ratio, registrant, value", [
    ("Merger ratio : 2.5 common shares of Gaeul Foods per one Mirim Snacks common share", None, "2.5"),
    ("Merger ratio:\n\nGaeul Foods 0.85: Mirim Snacks 1\n", "Gaeul Foods Co., Ltd.", "0.85"),
    ("Merger ratio : Mirim Snacks 1 : Gaeul Foods 0.85", "Gaeul Foods Co., Ltd.", "0.85"),
    ("Merger ratio : 1 : 0.85", "Gaeul Foods Co., Ltd.", None),  # which side is which is not said
])
def test_merger_ratio_is_the_acquirers_shares_for_one_target_share(ratio, registrant, value) -> None:
    text = f"Decision on Merger\n1. Target : Mirim Snacks Co., Ltd.\n2. {ratio}\n"
    found = extract_resolution(_context(text, dt.date(2006, 5, 2), registrant))
    ratios = [str(o.value) for o in found.observations if o.concept == "MergerRatio"]
    assert ratios == ([value] if value else [])
    if value is None:
        assert any("direction" in m.reason for m in found.unmapped)
    names = [o.value for o in found.observations if o.concept == "MergerCounterpartyName"]
    assert names == ["Mirim Snacks Co., Ltd."]


@pytest.mark.parametrize("printed, label, name", [
    ("HANBADA EXAMPLE LINES CORPORATION (HELC)", "NAME OF COMPANY", "HANBADA EXAMPLE LINES CORPORATION"),
    ("Hanul Telecom Co., Ltd. in Republic of Korea", "Company name and nationality", "Hanul Telecom Co., Ltd."),
    ("Minam Display Incorporated (hereinafter referred to as \u201cMDI\u201d)", "", "Minam Display Incorporated"),
    ("the bank designated by the association (to be decided)", "Creditor", None),
])
def test_company_names_as_printed(printed, label, name) -> None:
    assert clean_name(printed, label) == name


@pytest.mark.parametrize("sentence, registrant, name", [
    ("Ansan Foods Co., Ltd. will be merged with and into Gaeul Foods Co., Ltd., the surviving company.",
     "Gaeul Foods Co., Ltd.", "Ansan Foods Co., Ltd."),
    ("Gaeul Bank was established pursuant to the Merger Agreement entered between Gaeul Bank and Ansan Savings "
     "on March 2, 2002.", "Gaeul Bank", "Ansan Savings"),
    ("Both Gaeul and Ansan Card have agreed on the merger conditions on March 2, 2002.", "Gaeul Bank", "Ansan Card"),
    ("the approval of the Merger Agreement with Ansan Holdings, Inc. at the annual meeting",
     "Gaeul Financial Group, Inc.", "Ansan Holdings, Inc."),
    ("Ansan Foods Co., Ltd. will be merged with and into Gaeul Foods Co., Ltd.", None, None),  # whose side is ours?
])
def test_merger_party_named_in_prose(sentence: str, registrant: str | None, name: str | None) -> None:
    found = extract_resolution(_context(f"Merger Notice\n\n{sentence}\n", dt.date(2002, 3, 4), registrant))
    names = [o.value for o in found.observations if o.concept == "MergerCounterpartyName"]
    assert names == ([name] if name else [])


def test_merger_agreement_date_in_prose() -> None:
    text = "Merger Notice\n\nThe merger agreement was signed with Ansan Savings on March 2, 2002 in Seoul.\n"
    found = extract_resolution(_context(text, dt.date(2002, 3, 4), "Gaeul Bank"))
    assert [o.value for o in found.observations if o.concept == "MergerAgreementDate"] == [dt.date(2002, 3, 2)]
