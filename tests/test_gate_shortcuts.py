"""Shortcuts taken to win back the instructions of readers added this round, each against the
plain path it replaces.

- ``schedule_13_front_page.ads_ratio`` searches a text for the ratio's wordings only where it holds a word
  every wording of depositary shares holds (``_DEPOSITARY_WORDS``); the plain path
  (``read_ads_ratio``) searches every text.
- ``table_space_rows._split_row`` cuts a line into its words only where the line ends in two
  figures after a word (``_ends_in_two_figures``); the plain path (``_split_figures``) cuts
  every line; ``space_row_grids`` looks at the line's end inline.
- ``table_cell_spans.span_grids`` asks each line once whether it is a unit heading, its length
  first; the plain path (``_plain_span_grids``, the function as first written) asks again for
  each line from which a run of unit headings is looked for.
- ``company_counts._korean_market`` searches a sentence's head for a market's companies only
  where it holds a word of them (``ko_aggregate``); the plain path (``_korean_market_read``)
  searches every sentence.
- ``prose_periods.ProsePeriods`` asks whether a sentence may name a cause, a streak's start or a
  year end only where its document holds such a word (``causes_possible``, its folded text
  asked once); the plain path asks every sentence.
"""

from __future__ import annotations

import re

import pytest

from converter.extract.kinds import schedule_13_front_page as front_page
from converter.extract.mechanisms import prose_periods
from converter.pipeline import convert_bytes, convert_text
from converter.extract.kinds.cover_20f_phrases import class_pattern
from converter.extract.mechanisms import company_counts, table_cell_spans, table_space_rows
from converter.extract.mechanisms.lines import Line, split_lines
from converter.extract.mechanisms.table_calendar import document_calendar
from converter.extract.mechanisms.table_headings import HeadingEnv
from document_texts import DOCUMENTS, ingested_texts
from test_table_space_rows import _COLUMNS, _HEAD, _ROWS
from test_tables import _ITEMS_ACROSS

ADS_EDGES = [
    "listed under the symbol ACME. Each ADS represents two Class A ordinary shares.",
    "Each ADR represents one-half of one share.", "GDSs, each representing 10 shares",
    "13 American depositary shares represent 10 Class A ordinary shares",
    "ADSs, each representing three ordinary shares", "Each aDs represents 4 shares.",
    "Each depositary share represents 1/10th of a share.", "Each share represents one vote.",
    "Each ADſ represents two shares.", "Each American Depoſitary Share represents two shares.", "Each ADS represents two shares.\u00a0", "",
    "PERCENT OF CLASS REPRESENTED BY AMOUNT IN ROW (11): 5.2%",
]


@pytest.mark.parametrize("text", ADS_EDGES)
def test_ads_ratio_as_the_plain_reading_on_edges(text):
    assert front_page.ads_ratio(text) == front_page.read_ads_ratio(text)


def test_ads_ratio_as_the_plain_reading_on_every_document():
    texts = ingested_texts()
    found = [front_page.read_ads_ratio(t) for t in texts]
    assert [front_page.ads_ratio(t) for t in texts] == found
    assert any(found)  # (a ratio is read: the comparison compares something)
    assert any(found[k] is None and front_page._may_name_depositary_shares(t) for k, t in enumerate(texts))
    assert any(not front_page._may_name_depositary_shares(t) for t in texts)  # (the gate closes somewhere)


def test_the_gate_lets_through_every_edge_that_states_a_ratio():
    stated = [t for t in ADS_EDGES if front_page.read_ads_ratio(t)]
    assert len(stated) >= 5 and all(front_page._may_name_depositary_shares(t) for t in stated)


def test_every_wording_of_depositary_shares_holds_a_gate_word():
    # (the words of ``class ads`` of data/cover_20f.tsv, one alternative at a time: a wording added
    # there without one of the gate's words would find ratios the gate shuts out)
    for wording in class_pattern("ads").pattern.split("|"):
        letters = re.sub(r"\\[bs]\+?|\[ao\]|s\?|[()?:]", lambda m: "a" if m.group(0) == "[ao]" else "", wording)
        assert any(word in letters.lower() for word in front_page._DEPOSITARY_WORDS), wording


ROW_EDGES = [
    "  Net sales revenue 3,512,804 3,890,127 10,944,612 11,207,345", "Net sales 1,200 1,000 ",
    "On September 3, 2008 12", "September 3, 2008", "a 1 2", "1 2", "1 2 3", "Label 1,2, 3", "Sales  1  2",
    "Sales\t1\t2", "Sales 1\x1c2\x1c3", "Total - -", "Total n/a 5", "Total 5 n/a", "Loss (1,200) (900)",
    "Margin 5% 6%", "Sales\u00a01\u00a02", "Sales 1\u30002", "", "   ", "x", "Net income -2,024 3,1",
]


def _lines() -> list[Line]:
    return [Line(0, len(t), t) for t in ROW_EDGES] + [line for text in ingested_texts() for line in split_lines(text)]


def test_split_row_as_the_plain_reading_on_every_line():
    lines = _lines()
    plain = [table_space_rows._split_figures(line) for line in lines]
    assert [table_space_rows._split_row(line) for line in lines] == plain
    assert sum(1 for row in plain if row) > 20  # (rows are read: the comparison compares something)
    assert all(table_space_rows._ends_in_two_figures(line.text) for line, row in zip(lines, plain) if row)


def _plain_space_row_grids(lines, env, may_end_a_row=lambda text: True):
    """``space_row_grids`` as first written: every line without a "|" cut into its words (of
    those ``may_end_a_row`` passes: a later shortcut's plain look at the line's end)."""
    grids = []
    i = 0
    while i < len(lines):
        text = lines[i].text
        row = table_space_rows._split_figures(lines[i]) if "|" not in text and may_end_a_row(text) else None
        if row is None:
            i += 1
            continue
        grid, i = table_space_rows._grid_from(lines, i, len(row[1]), env)
        if grid is not None:
            grids.append(grid)
    return grids


def test_space_row_grids_as_the_plain_reading_on_every_document():
    texts = (_HEAD + _COLUMNS + _ROWS, _HEAD + _COLUMNS + _ROWS.replace("0\n", "1\n"), *ingested_texts())
    envs = [HeadingEnv(None, document_calendar(text)) for text in texts]
    found = [table_space_rows.space_row_grids(split_lines(t), env) for t, env in zip(texts, envs)]
    assert found[0] and found[1]  # (the layout's tables are read: the comparison compares something)
    assert found == [_plain_space_row_grids(split_lines(t), env) for t, env in zip(texts, envs)]


def _plain_span_grids(lines, env):
    grids = []
    i = 0
    while i < len(lines):
        units = 0
        while i + units < len(lines) and table_cell_spans._is_unit_heading(table_cell_spans._text(lines[i + units])):
            units += 1
        if units < 2:
            i += 1
            continue
        grid = table_cell_spans._grid(lines, i, units, env)
        if grid is not None:
            grids.append(grid)
        i += units
    return grids


SPAN_EDGES = ["Net sales\nMillion yen\n%\nMillion yen\n%\nJune 30, 2021\n12,418\n7.9\n11,000\n2.1\n",
              "Million yen\n", "%\n%\n%\n", "   Million yen   \n" + " " * 40 + "%\n", "Millions of U.S. dollars\n%\n"]


def test_span_grids_as_the_plain_reading_on_every_document():
    texts = (_ITEMS_ACROSS, *SPAN_EDGES, *ingested_texts())
    envs = [HeadingEnv(None, document_calendar(text)) for text in texts]
    lines = [[line for line in split_lines(t) if line.text.strip()] for t in texts]
    found = [table_cell_spans.span_grids(ls, env) for ls, env in zip(lines, envs)]
    assert found == [_plain_span_grids(ls, env) for ls, env in zip(lines, envs)]
    assert found[0]  # (the layout's table is read: the comparison compares something)


MARKET_EDGES = [
    "유가증권시장 상장사들의 3분기 순이익은 25조원이다.", "코스피 상장사 대한전자는 3분기 흑자를 냈다.",
    "코스닥 상장기업들의 영업이익은 12% 늘었다.", "12월 결산법인의 순이익은 늘었다.", "상장회사들이 ",
    "가" * 70 + " 상장사들의 순이익은", "가" * 76 + " 상장사의 순이익은", "가" * 79 + "상장사의 순이익은",
    "상장법인(금융업 제외)의 순이익은 ", "", "상장", "삼성전자는 3분기 영업이익이 늘었다.",
]


def test_korean_market_as_the_plain_reading():
    sentences = MARKET_EDGES + [line.text for text in ingested_texts() for line in split_lines(text)]
    found = [company_counts._korean_market_read(t) for t in sentences]
    assert [company_counts._korean_market(t) for t in sentences] == found
    assert sum(1 for name in found if name) >= 4  # (markets are read: the comparison compares something)


CAUSE_EDGES = [
    "SEOUL, Nov. 2 (Yonhap) -- Acme Co. said its net profit for the third quarter rose 12% to 45 billion won from a "
    "year earlier, due to a one-off charge in the third quarter of 2004. Sales rose for the 12th straight quarter "
    "since the second quarter of 2002 to 1.2 trillion won.\n",
    "SEOUL, Nov. 2 (Yonhap) -- Acme Co. said its net profit for the third quarter rose 12% to 45 billion won.\n",
]


def _outputs() -> list:
    converted = [convert_text(text, "release.txt") for text in CAUSE_EDGES]
    for path in DOCUMENTS:
        try:
            converted.append(convert_bytes(path.read_bytes(), path.name))
        except Exception as exc:  # (a document the converter refuses: refused alike both ways)
            converted.append(repr(exc))
    return [c if isinstance(c, str) else [(x.xml, x.warnings, x.extraction.unmapped) for x in c] for c in converted]


def test_prose_periods_as_the_plain_reading_on_every_document(monkeypatch):
    gated = _outputs()
    monkeypatch.setattr(prose_periods, "may_name_cause_folded", lambda folded: True)  # (every sentence asked)
    assert _outputs() == gated
