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

