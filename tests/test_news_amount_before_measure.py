"""English results prose: an amount written before its measure with its translation between
("X won ($Y) in operating profit"), the level a change went from and the level it reached ("from X
to Y"), a highlight whose line break was lost (a figure, then a capitalized measure word starting
the next highlight), and a source the story cites in apposition ("according to Daebo Data, a
market research firm"), which is no spokesperson. The texts are written for these tests
(invented companies, dates and figures).
"""

from __future__ import annotations

import pytest
from factlib import facts

from converter.pipeline import convert_text

Q3 = "2013-07-01/2013-09-30"
H1 = "2013-04-01/2013-09-30"


def _facts(text: str) -> set[tuple[str, str, str]]:
    """(concept, value, period) of the facts of a converted text (figures and strings)."""
    (converted,) = convert_text(text, "article.txt")
    return {(f.concept, f.value, f.period) for f in facts(converted)}


def _figures(text: str) -> set[tuple[str, str, str]]:
    return {f for f in _facts(text) if f[0] in ("OperatingIncomeLoss", "Revenues", "NetIncomeLoss")}


NEWS = ("Hanbit Precision reports third-quarter results\n\n"
        "SEOUL, Oct. 24, 2013 -- Hanbit Precision Co. announced Thursday that it posted {sentence} in the third "
        "quarter due to higher raw material costs.\n")


@pytest.mark.parametrize("sentence, expected", [
    # the translation in parentheses between each amount and the measure named after it
    ("312.4 billion won ($281.5 million) in operating profit and 8.7 trillion won ($7.9 billion) in sales revenue",
     {("OperatingIncomeLoss", "312400000000", Q3), ("OperatingIncomeLoss", "281500000", Q3),
      ("Revenues", "8700000000000", Q3), ("Revenues", "7900000000", Q3)}),
    # no translation: unchanged
    ("312.4 billion won in operating profit and 8.7 trillion won in revenue",
     {("OperatingIncomeLoss", "312400000000", Q3), ("Revenues", "8700000000000", Q3)}),
])
def test_an_amount_and_its_translation_before_the_measure(sentence: str, expected: set) -> None:
    assert _figures(NEWS.format(sentence=sentence)) == expected


HIGHLIGHTS = ("Dalsong Foods Holdings Limited\n"
              "Interim Results for the six months ended 30 September 2013\n\n"
              "HIGHLIGHTS\n{lines}\n")


@pytest.mark.parametrize("lines", [
    # each highlight on its line
    "Profit for the period increased by 9.4% from HK$54.2 million to HK$59.3 million.\n"
    "Revenue increased by 7.1% to HK$812.6 million.",
    # the line break between the two highlights lost, no sentence stop
    "Profit for the period increased by 9.4% from HK$54.2 million to HK$59.3 million "
    "Revenue increased by 7.1% to HK$812.6 million",
])
def test_from_one_level_to_another_and_a_highlight_boundary(lines: str) -> None:
    """"from X to Y": Y is the period's level, X (the period compared with, named nowhere) no
    fact; the figure before "Revenue increased" is no revenue."""
    assert _figures(HIGHLIGHTS.format(lines=lines)) == {
        ("NetIncomeLoss", "59300000", H1), ("Revenues", "812600000", H1)}


CITED = ("Hanbit Precision's operating profit falls 12%\n\n"
         "SEOUL, Oct. 24, 2013 -- Hanbit Precision Co. said Thursday its operating profit fell 12 percent to "
         "312.4 billion won in the third quarter.\n"
         "Hanbit, which accounts for 4.1 percent of the world's tablet market, is the fourth-largest tablet maker, "
         "according to {source}.\n")


@pytest.mark.parametrize("source, spokesperson", [
    ("Mirae Insights, a market research firm", None),
    ("Daon Data, a market tracker", None),
    ("Jane Holloway, head of investor relations", "Jane Holloway"),
])
def test_a_cited_source_is_no_spokesperson(source: str, spokesperson: str | None) -> None:
    names = {v for c, v, _ in _facts(CITED.format(source=source)) if c == "SpokespersonName"}
    assert names == ({spokesperson} if spokesperson else set())


GROUP = ("(LEAD) Daon Holdings net profit jumps 40 percent in Q3\n"
         "SEOUL, Oct. 26, 2023 (Yonhap) -- South Korean chemicals, steel and logistics conglomerate Daon Holdings "
         "said Thursday its third-quarter earnings rose 40 percent on-year.\n"
         "Consolidated net income stood at 412.3 billion won for the July-September period, "
         "Daon Holdings said in a regulatory filing.\n"
         "Major local refiner Daon Petro Co. said its third-quarter top line soared 44.1 percent on-year to "
         "5.12 trillion won.\n")


def test_a_described_subject_without_legal_form_named_again_is_the_registrant() -> None:
    """"conglomerate Daon Holdings said": named in the headline and the body too, the story's
    subject; a company of its group ("Daon Petro Co.") shares a word of its name, not the name."""
    (converted,) = convert_text(GROUP, "article.txt")
    found = {(f.concept, f.value, ";".join(f"{a}={m}" for a, m in f.dimensions) or "-") for f in facts(converted)}
    assert ("EntityRegistrantName", "Daon Holdings", "-") in found
    assert ("NetIncomeLoss", "412300000000", "-") in found
    assert not {f for f in found if f[1] in ("5120000000000", "0.441") and f[2] == "-"}


@pytest.mark.parametrize("name, registrant, same", [
    ("Daon Petro Co.", "Daon Holdings", False),  # a company of the group
    ("Daon", "Daon Holdings", True),  # the short name
    ("Hanul Mobile", "Korea Hanul Mobile Co., Ltd.", True),
    ("Semiconductor Manufacturing Co (HSMC)", "Hanbit Semiconductor Manufacturing Co", True),
])
def test_same_company(name: str, registrant: str, same: bool) -> None:
    from converter.extract.mechanisms.figure_subjects import same_company
    assert same_company(name, registrant) is same


HALF = ("(LEAD) Hanbit Motor Q2 net jumps 31 pct\n"
        "SEOUL, July 20, 2023 (Yonhap) -- Hanbit Motor Co. said Thursday its second-quarter net profit jumped "
        "31 percent from a year earlier.\n"
        "Net profit for the three months ended in June rose to 2.14 trillion won from 1.63 trillion won during the "
        "same period of last year, the company said in a statement.\n"
        "From January to June, net profit climbed 22 percent to 3.77 trillion won from 3.09 trillion won in the "
        "year-ago period.\n")


def test_from_one_month_to_another_governs_the_figures_after_it() -> None:
    """"From January to June, net profit ...": the first half of the text's year, not its quarter."""
    found = _figures(HALF)
    assert ("NetIncomeLoss", "3770000000000", "2023-01-01/2023-06-30") in found
    assert ("NetIncomeLoss", "3090000000000", "2022-01-01/2022-06-30") in found
    assert ("NetIncomeLoss", "2140000000000", "2023-04-01/2023-06-30") in found


def test_the_change_and_the_level_it_reached_after_a_comparison() -> None:
    """"Sales revenue decreased X, or N%, compared with the corresponding period of the previous
    fiscal year to Y": X is the change (no "by"), Y the period's level, not the comparative."""
    text = (" date 2023-08-04 Hanbit Chemicals reported the following operating results for the first quarter.\n\n"
            "In the fiscal period under review (the three-month period from April 1, 2023 to June 30, 2023, "
            "hereinafter the \"first quarter\"), demand was weak.\n\n"
            "Sales revenue decreased 41.3 billion yen, or 9.2%, compared with the corresponding period of the "
            "previous fiscal year to 407.6 billion yen. This was mainly attributable to weak demand.\n")
    assert _figures(text) == {("Revenues", "407600000000", "2023-04-01/2023-06-30")}
