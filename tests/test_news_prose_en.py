"""English business news: comparison figures inside the clause of the current one, the period a
", or" joins, and a source of data named in apposition.

A news story writes the figure a result changed from inside the same clause as the result ("swung
to profit from an operating loss of X by posting an operating profit of Y"); a company's second
figure joined by ", or" after the first one's period phrase ("net profit of X for last quarter, or
earnings per share of Y"); the provider of its data as a subject ("Daebo Data, a financial
information provider, released ..."). The texts below are written for these tests (invented
companies, dates and figures).
"""

from __future__ import annotations

import pytest
from factlib import facts

from converter.extract.registrant_sentences import from_release_subject
from converter.pipeline import convert_text

Q4 = "2018-10-01/2018-12-31"


def _figures(text: str) -> set[tuple[str, str, str, str]]:
    """(concept, value, period, dimensions) of the figures of a converted text."""
    (converted,) = convert_text(text, "article.txt")
    return {(f.concept, f.value, f.period, ";".join(f"{a}={m}" for a, m in f.dimensions) or "-")
            for f in facts(converted) if f.unit is not None}


def _registrant(text: str) -> str | None:
    (converted,) = convert_text(text, "article.txt")
    return next((f.value for f in facts(converted) if f.concept == "EntityRegistrantName"), None)


# -- F2: the figure a result changed from -----------------------------------------------------------

ONE_COMPANY = (
    "SEOUL, Feb. 6, 2019 -- Hanbit Oil Corp. said on Wednesday that it swung to profit in the fourth "
    "quarter of 2018 from an operating loss of 310 billion won ($260 million) by posting an operating "
    "profit of 23 billion won.\n")


def test_the_loss_swung_from_is_no_level_of_the_quarter() -> None:
    """"from an operating loss of X ($Y) by posting an operating profit of Z": Z is the quarter's."""
    found = _figures(ONE_COMPANY)
    assert ("OperatingIncomeLoss", "23000000000", Q4, "-") in found
    assert not {f for f in found if f[1] in ("-310000000000", "-260000000")}


def test_the_figure_compared_with_keeps_a_period_it_names() -> None:
    """"compared with a net loss of X a year earlier": X is the year-earlier quarter's."""
    found = _figures("SEOUL, Feb. 6, 2019 -- Hanbit Oil Corp. said it posted a net profit of 41 billion won "
                     "in the fourth quarter of 2018, compared with a net loss of 12 billion won a year earlier.\n")
    assert ("NetIncomeLoss", "41000000000", Q4, "-") in found
    assert not {f for f in found if f[1] == "-12000000000" and f[2] == Q4}


ROUND_UP = (
    "Published : Feb. 6, 2019 - 10:00\n\n"
    "More than half of major listed firms have suffered earnings shocks as they missed profit forecasts for "
    "the fourth quarter of 2018, stoking concerns over the economy.\n\n"
    "Exporters logged earnings that missed expectations during the October-December period.\n\n"
    "Korea's second-largest refiner Hanbit Oil swung to profit from an operating loss of 310 billion won "
    "($260 million) by posting an operating profit of 23 billion won, but this compares with average analyst "
    "projections of 140.2 billion won.\n\n"
    "Daon Heavy Industries secured an operating income of 18.6 billion won, but still fell short of "
    "projections.\n")


def test_a_round_ups_companies_keep_their_own_figures() -> None:
    """Paragraphs each opening on a company ("Korea's second-largest refiner Hanbit Oil swung",
    "Daon Heavy Industries secured"): each figure is its company's, none the document's own."""
    found = _figures(ROUND_UP)
    assert ("OperatingIncomeLoss", "23000000000", Q4, "CounterpartyAxis=Hanbit Oil") in found
    assert ("OperatingIncomeLoss", "18600000000", Q4, "CounterpartyAxis=Daon Heavy Industries") in found
    assert not {f for f in found if f[3] == "-" or f[1].startswith("-")}


# -- F3: the period of a figure joined by ", or" ----------------------------------------------------

YEAR_TO_DATE = (
    "Published on Sat, Nov 10, 2018\n\n"
    "Daon Chips Corp yesterday reported record revenue for last month. In the first 10 months of this year, "
    "Daon Chips' revenue totaled NT$512.6 billion, up 3.1 percent from the same period last year, the company "
    "said.\n\n"
    "Hanbit Networks Corp, a maker of routers, yesterday reported net profit of NT$812 million for last "
    "quarter, or earnings per share of NT$1.4. Accumulated revenue in the first 10 months of this year "
    "reached NT$21.3 billion.\n")


def test_a_figure_joined_by_or_takes_the_period_of_the_one_before() -> None:
    """"NT$812 million for last quarter, or earnings per share of NT$1.4" in a story about the
    first 10 months: the EPS is never the 10 months'."""
    found = _figures(YEAR_TO_DATE)
    assert not {f for f in found if f[0] == "EarningsPerShareBasic" and f[2] != "2018-07-01/2018-09-30"}


def test_a_figure_joined_by_or_with_no_period_between_is_unchanged() -> None:
    """"a net loss of X, or Y per share": the EPS is of the sentence's period, as before."""
    found = _figures("SEOUL, Feb. 6, 2019 -- Hanbit Oil Corp. said it posted a net loss of 12 billion won "
                     "in the fourth quarter of 2018, or 150 won per share.\n")
    assert ("EarningsPerShareBasic", "-150", Q4, "-") in found


# -- F4: a source of data named in apposition -------------------------------------------------------

SOURCE_LEAD = (
    "The Seoul Ledger\n\n"
    "Published : Mar. 14, 2019 - 09:12\n\n"
    "Nearly six in 10 listed companies failed to meet expectations in their fourth-quarter operating profits "
    "last year, data showed Monday.\n\n"
    "DataLens, a financial information provider here, released the report after analyzing the results of 214 "
    "listed firms.\n")


@pytest.mark.parametrize("text", [
    SOURCE_LEAD,
    SOURCE_LEAD.replace("a financial information provider here", "a market tracker"),
])
def test_a_source_of_data_is_no_registrant(text: str) -> None:
    """"X, a financial information provider, released ...": the story's source, not its subject."""
    assert from_release_subject(text) is None
    assert _registrant(text) is None


def test_a_company_described_otherwise_is_still_the_subject() -> None:
    """An appositive naming a trade that is no source of data leaves the subject as it was."""
    found = from_release_subject("Kumo Foods Co., a snack maker, said on Monday that its sales rose.\n")
    assert found is not None and found.value == "Kumo Foods Co."
