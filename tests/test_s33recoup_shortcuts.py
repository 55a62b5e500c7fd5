"""The cheaper forms of readers the s33 fixes added answer as the plain forms they replace
(issue 17): the country's-companies reading ("Japan Inc.", "Corporate Japan") asks for its words
by substring before its gate's search; the months-to-a-quarter comparison ("3분기 ... 지난해 3분기
누적 대비") asks whether a period is a comparison only of the periods it can read; a legal form
alone on a title's line is matched at the line's start only; a percentage is read as a margin
only in a sentence holding a margin word. Answers, never seconds: every sentence (or line) of
the test and example documents, and edge cases."""

from __future__ import annotations

import datetime as dt

import pytest
from document_texts import ingested_texts

from converter.extract.mechanisms import company_counts as cc
from converter.extract.mechanisms import names, prose_margins
from converter.extract.mechanisms.prose_figures import sentence_figures
from converter.extract.mechanisms.prose_period_parts import cumulative_candidates, cumulative_compared
from converter.extract.mechanisms.prose_comparisons import is_comparative
from converter.extract.mechanisms.sentences import find_measures, sentences
from converter.parse.periods import find_periods

TEXTS = ingested_texts()


def _plain_nation(sentence: str) -> str | None:
    """``company_counts._nation`` as it was written: its gate's search on every sentence."""
    if not cc._nation_gate().search(sentence):
        return None
    figure = cc._FIGURE.search(sentence)
    for m in cc._nation_words().finditer(sentence, 0, figure.start() if figure else len(sentence)):
        country = m["a"] or m["b"]
        code = cc.country_code(country)
        if code is None or code[1] != 0 or code[2] != len(country) or cc._NAMED_BEFORE.search(sentence, 0, m.start()):
            continue
        return " ".join(m["name"].split())
    return None


# (invented sentences: each spelling the gate reads, in its case and in others, and near misses)
_NATION_EDGES = [
    "Korea Inc.'s net profit rose 5% in the quarter.",
    "CORPORATE Japan rakes in 12% more than a year ago.",
    "Corporate Korea's combined income rose 8 percent.",
    "Acme Korea Inc. said its net profit rose 5%.",
    "Net income increased 3% since the first quarter.",
    "corporate\tJapan posted $5 billion in profit.",
    "Japan INC's profit rose 4%.",
    "In the quarter, \u0130nc and incorporated Japan firms grew.",
]


@pytest.mark.parametrize("sentence", _NATION_EDGES)
def test_nation_on_edges(sentence: str) -> None:
    assert cc._nation(sentence) == _plain_nation(sentence)


def test_nation_edges_hold_each_answer() -> None:
    """The edges hold sentences the plain reading names a country's companies in, by each kind
    of word (one read in its case, one in any case), and ones it does not."""
    named = [_plain_nation(s) for s in _NATION_EDGES]
    assert {"Korea Inc.", "CORPORATE Japan", "Corporate Korea"} <= set(named) and None in named


def test_nation_on_every_sentence_of_the_documents() -> None:
    asked = 0
    for text in TEXTS:
        for s in sentences(text, 0, len(text)):
            assert cc._nation(s.text) == _plain_nation(s.text), s.text[:120]
            asked += 1
    assert asked > 1000


# --- the months to a quarter compared with the year before's ----------------------------------

_QUARTER_EDGES = [
    "3분기 영업이익은 지난해 3분기 누적 대비 39% 증가한 120억원이다.",
    "3분기 매출은 지난해 2분기 누적 대비 12% 늘었다.",
    "2분기 순이익은 전년 동기 대비 5% 줄었고, 지난해 2분기 누적 대비로는 3% 늘었다.",
    "상반기 매출은 지난해 3분기 누적 대비 8% 늘었다.",
    "Revenue for the third quarter of 2021 rose 9% from the nine months ended September 30, 2020.",
]


def _cases(text: str):
    day = dt.date(2021, 11, 30)
    for s in sentences(text, 0, len(text)):
        periods = find_periods(s.text, document_date=day)
        for p in periods:
            yield text, s, p, periods


def _assert_same(text: str) -> int:
    asked = 0
    for text, s, p, periods in _cases(text):
        plain = cumulative_compared(p, [q for q in periods if is_comparative(text, q, s)])
        asked_only = cumulative_compared(p, [q for q in cumulative_candidates(p, periods) if is_comparative(text, q, s)])
        assert asked_only == plain, (s.text[:120], p.text)
        asked += 1
    return asked


@pytest.mark.parametrize("text", _QUARTER_EDGES)
def test_cumulative_on_edges(text: str) -> None:
    assert _assert_same(text) > 0


def test_cumulative_edges_hold_a_comparison_read() -> None:
    """An edge the plain reading finds the months to the quarter in (else the test is empty)."""
    found = [cumulative_compared(p, [q for q in periods if is_comparative(t, q, s)])
             for e in _QUARTER_EDGES for t, s, p, periods in _cases(e)]
    assert any(f is not None and f.text == "3분기 누적" for f in found)


def test_cumulative_on_every_document() -> None:
    assert sum(_assert_same(text) for text in TEXTS) > 500


# --- a legal form alone on a title's line --------------------------------------------------------

def _plain_legal_form_alone(text: str) -> bool:
    """``names.legal_form_alone`` as it was written: a search, its match asked to start the text."""
    m = names._trailing_form().search(text.strip())
    return m is not None and m.start() == 0


_FORM_EDGES = ["Co., Ltd.", " Limited ", "Hanbit Marine Co., Ltd.", "Inc.", "N.V.", " ltd", "Acme Inc", "",
               "Co., Ltd. Annual Report", ".Inc.", "Corporation"]


@pytest.mark.parametrize("text", _FORM_EDGES)
def test_legal_form_alone_on_edges(text: str) -> None:
    assert names.legal_form_alone(text) == _plain_legal_form_alone(text)


def test_legal_form_alone_on_every_line_of_the_documents() -> None:
    lines = [line for text in TEXTS for line in text.splitlines()] + _FORM_EDGES
    assert [names.legal_form_alone(line) for line in lines] == [_plain_legal_form_alone(line) for line in lines]
    assert any(map(_plain_legal_form_alone, lines)) and not all(map(_plain_legal_form_alone, lines))


# --- a percentage written as a margin --------------------------------------------------------------

_MARGIN_EDGES = [
    "EBITDA rose 20% to Rs 400 million and the margin improved to 17.1% from 14.2%.",
    "Net profit was $12 million, a 6.5% margin, up 3% on the year.",
    "Revenue rose 8% while MARGINS expanded to 11.2%.",
    "Operating profit rose 4% and the margin widened by 2%.",
    "Revenue rose 10% and net income rose 12%.",
    "Gross margin was 31.4% compared with 29.0% a year earlier.",
]


def _margins_both_ways(text: str) -> int:
    """Every percentage of every sentence of ``text`` read as the percent loop reads them, by
    ``written_margin`` and by ``read_margin`` (each with the sentence's margins found so far)."""
    measures, asked = find_measures(text), 0
    for s in sentences(text, 0, len(text)):
        figures = sentence_figures(s, [])
        gated: dict = {}
        plain: dict = {}
        for figure in figures:
            if not figure.percent:
                continue
            a = prose_margins.written_margin(text, s, figure, figures, measures, gated)
            b = prose_margins.read_margin(text, s, figure, figures, measures, plain)
            assert a == b, (s.text[:120], figure.text)
            if a is not None:
                gated[figure.start], plain[figure.start] = a, b
            asked += 1
    return asked


@pytest.mark.parametrize("text", _MARGIN_EDGES)
def test_margin_on_edges(text: str) -> None:
    assert _margins_both_ways(text) > 0


def test_margin_edges_hold_margins_read() -> None:
    read = [prose_margins.read_margin(t, s, f, fs, find_measures(t), {}) for t in _MARGIN_EDGES
            for s in sentences(t, 0, len(t)) for fs in [sentence_figures(s, [])] for f in fs if f.percent]
    assert any(r is not None for r in read) and any(r is None for r in read)


def test_margin_on_every_document() -> None:
    assert sum(_margins_both_ways(text) for text in TEXTS) > 200
