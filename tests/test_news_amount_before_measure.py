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
