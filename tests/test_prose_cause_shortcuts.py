"""The cheaper forms of readers made dearer by the last round's fixes answer as the plain forms
they replace (issue 17), on every test and example document and on short texts written for the
edge cases. Answers, never seconds."""

from __future__ import annotations

import re

import pytest

from converter.parse import fiscal_calendar
from converter.parse.gates import fold
from tests.document_texts import ingested_texts

TEXTS = ingested_texts()


# --- the split fiscal year, tried where it can begin ----------------------------------------

_YEAR_EDGES = [
    "2020/21", "x2020/21", "12020/21", "1999 / 00", "2020 /21", "2020\u3000/21", "2020\t/ 2021", "2020  /21",
    "2019/20/21", "2020/2021/22", "FY2020-21", "fy 1999-00 ", "FY2020–21", "Fiscal Year 2019–20",
    "FİSCAL 2020-21", "fıscal 2020-21", "financial year 2020-21", "Financial  Year 2020-2021", "xfy2020-21",
    "2020/21 and 1920/21 x1920/21", "dated 2021/05/31; shares 2020/2022", "/2020/21", "1/1999/00",
    "Ⅻ 2020/21 ΣΑ fiscal 2020-21", "ǅ2020/21", "", "19", "/", "fy", "20/21", "220/21",
]


def _spans(matches) -> list[tuple[tuple[int, int], dict]]:  # type: ignore[no-untyped-def]
    return [(m.span(), m.groupdict()) for m in matches]


def _split_years_as_plain(text: str) -> bool:
    text = text[:20000]
    found = _spans(fiscal_calendar.split_years(text, fold(text)))
    return found == _spans(fiscal_calendar._SPLIT_YEAR.pattern.finditer(text))


@pytest.mark.parametrize("text", _YEAR_EDGES)
def test_split_years_on_edges(text: str) -> None:
    assert _split_years_as_plain(text)


def test_split_years_on_documents() -> None:
    assert all(_split_years_as_plain(text) for text in TEXTS)
    assert any(_spans(fiscal_calendar.split_years(t, fold(t))) for t in TEXTS)  # (some hold one)
    assert len(_spans(fiscal_calendar.split_years(_YEAR_EDGES[19], fold(_YEAR_EDGES[19])))) == 3


# --- a period in a clause giving a cause: sentences without a cause word are not searched ----

from converter.extract.mechanisms import prose_causes  # noqa: E402
from converter.extract.mechanisms.sentences import sentences  # noqa: E402
from converter.parse.periods import find_periods  # noqa: E402

_CAUSE_EDGES = [
    "Net income rose 19.4% due to a one-off charge in the third quarter of 2017.",
    "Net income rose 19.4% DUE TO a charge in the third quarter of 2017.",
    "Net income rose thanks to base effects in the first half of 2020.",
    "2017년 3분기 통상임금 비용 반영에 따른 기저 효과로 순이익은 증가했다",
    "2017년 3분기 영업이익은 환율 하락에 따른 손실로 줄었다",
    "Revenue in the third quarter of 2017 rose 5%.", "Revenue rose owing to the fourth quarter of 2016.", "",
    "Revenue rose for the 12th straight quarter since the second quarter of 2015 to $5 million.",
    "매출은 2005년 3분기 이후 33분기 연속 증가해 1조원을 기록했다",
    "the net profit of 90 firms that close their books on Dec. 31 came to 18.2 trillion won",
]


def _sentence_texts() -> list[str]:
    return [*_CAUSE_EDGES, *(s.text for text in TEXTS for s in sentences(text[:20000]))]


def test_no_cause_word_no_cause() -> None:
    named = 0
    for text in _sentence_texts():
        causes = [prose_causes.not_the_figures(text, p) for p in find_periods(text)]
        if not prose_causes.may_name_cause(text):
            assert not any(causes), text
        named += sum(causes)
    assert named >= 6  # (the edges name some: causes, spans' starts, a year end)


# --- the company of a later clause: a head without a clause's opening is not scanned ---------

from converter.extract.mechanisms import figure_subjects  # noqa: E402
from converter.extract.mechanisms.sentences import HANGUL, Sentence  # noqa: E402

_CLAUSE_EDGES = [
    "Hanil's operating profit fell 69%, and Daebo Electronics' operating profit fell 91%",
    "Hanil's operating profit fell 69%; Daebo Electronics posted 91%", "Hanil rose 5% while Daebo Electronics' profit fell 3%",
    "Hanil rose 5%\twhereas Daebo Electronics' profit fell 3%", "Hanil rose 5% While Daebo Corp. fell 3%", "Hanil rose 5%,but Daebo fell 3%",
    "한울은 5% 늘었고, and Daebo Corp. fell 3%", "Revenue rose 5% to 3 billion", "",
]


def _plain_in_clause(companies: figure_subjects.NewsCompanies, s: Sentence, at: int):  # type: ignore[no-untyped-def]
    head = s.text[:at - s.start]
    opens = list(figure_subjects._CLAUSE_OPENS.finditer(head)) if not HANGUL.search(head[:40]) else []
    if not opens:
        return None
    clause = head[opens[-1].end():]
    name = figure_subjects.company_subject(clause)
    if name is None or clause.find(name.split(" (")[0]) > 20:
        return None
    return companies._of(name)


def test_in_clause_as_the_plain_reading() -> None:
    texts = [*_CLAUSE_EDGES, *(s.text for text in TEXTS[::3] for s in sentences(text[:8000]))]
    named = 0
    for registrant in (None, "Hanil Co., Ltd."):
        companies = figure_subjects.NewsCompanies(registrant, [])
        for text in texts:
            s = Sentence(0, len(text), text)
            for at in [*range(0, len(text), 7), len(text)]:
                found = companies.in_clause(s, at)
                assert found == _plain_in_clause(companies, s, at), (text, at)
                named += found is not None
    for text in _CLAUSE_EDGES[:4]:  # (each opening opens a clause naming a company)
        assert companies.in_clause(Sentence(0, len(text), text), len(text)) is not None, text


# --- signature grids: a page without two signature cells holds none -------------------------

from converter.extract.mechanisms import signature_grid  # noqa: E402
from converter.extract.mechanisms.signature_lines import page_lines  # noqa: E402
from tests.test_signature_grid_cells import GRID_AGREEMENT  # noqa: E402


def _plain_paired_cell_views(view: str) -> list[str]:
    """``paired_cell_views`` with every page's lines walked for a grid."""
    lines = [ln for ln in page_lines(view) if ln.kind != "blank"]
    regions = signature_grid._grid_regions(lines)
    if not regions:
        return [view]
    left, right = list(view), list(view)
    for first, last in regions:
        for n, line in enumerate(lines[first:last + 1]):
            blanked = right if n % 2 == 0 else left
            blanked[line.start:line.end] = signature_grid._spaces(view[line.start:line.end])
    return ["".join(left), "".join(right)]


_SMALLEST_GRID = ("|Apex Holdings Limited\n|Beta Capital Limited\n|By: /s/ Jane Roe\n|By: /s/ John Poe\n"
                  "|Name: Jane Roe\n|Name: John Poe\n")  # (two signature cells only)


def test_paired_cell_views_as_the_plain_reading() -> None:
    grid = GRID_AGREEMENT[GRID_AGREEMENT.index("|Larkfield Holdings"):]
    for text in [grid, GRID_AGREEMENT, _SMALLEST_GRID, _SMALLEST_GRID.replace("|By: /s/ John", "By: /s/ John"),
                 *(t[-6000:] for t in TEXTS)]:
        assert signature_grid.paired_cell_views(text) == _plain_paired_cell_views(text)
    assert len(signature_grid.paired_cell_views(grid)) == len(signature_grid.paired_cell_views(_SMALLEST_GRID)) == 2


# --- the period a release announces: a text without the words is not read sentence by sentence

from converter.extract.mechanisms import prose_periods  # noqa: E402
from tests.test_press_release import context  # noqa: E402

_ANNOUNCED_EDGES = [
    "Acme Corp. today announced its unaudited interim results for the six months ended 30 June 2003.",
    "Acme Corp. REPORTED RESULTS FOR the fourth quarter of 2004.", "Acme Corp. reported revenue of $5 million.",
]


def _plain_announced(periods: prose_periods.ProsePeriods, spans: list[Sentence]):  # type: ignore[no-untyped-def]
    """``_announced`` with every sentence asked."""
    for s in spans:
        if not sentences_gated_search(prose_periods._ANNOUNCES, s.text):
            continue
        found = [p for p in periods.find(s) if p.kind in prose_periods.PERIOD_KINDS and not periods.is_comparative(p, s)]
        led = [p for p in found if prose_periods._RESULTS_FOR.search(s.text[:p.start])]
        if len(found) == 1 and led and found[0].period is not None and found[0].period.start is not None:
            return found[0].period
        return None
    return None


from converter.extract.mechanisms.sentences import gated_search as sentences_gated_search  # noqa: E402


def test_announced_as_the_plain_reading() -> None:
    announced = 0
    for text in [*_ANNOUNCED_EDGES, *(t[:20000] for t in TEXTS)]:
        ctx = context(text)
        spans = sentences(ctx.text)
        periods = prose_periods.ProsePeriods(ctx, spans)
        assert periods.announced == _plain_announced(periods.restarted(), spans), text[:80]
        announced += periods.announced is not None
    assert announced >= 2
