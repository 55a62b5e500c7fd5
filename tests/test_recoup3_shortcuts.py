"""Shortcuts taken to win back the instructions of readers added this round, each against the
plain path it replaces.

- ``schedule_13.ads_ratio`` searches a text for the ratio's wordings only where it holds a word
  every wording of depositary shares holds (``_DEPOSITARY_WORDS``); the plain path
  (``read_ads_ratio``) searches every text.
- ``table_space_rows._split_row`` cuts a line into its words only where the line ends in two
  figures after a word (``_ends_in_two_figures``); the plain path (``_split_figures``) cuts
  every line.
"""

from __future__ import annotations

import re

import pytest

from converter.extract.kinds import schedule_13
from converter.extract.kinds.cover_20f import class_pattern
from converter.extract.mechanisms import table_space_rows
from converter.extract.mechanisms.lines import Line, split_lines
from converter.extract.mechanisms.table_calendar import document_calendar
from converter.extract.mechanisms.table_headings import HeadingEnv
from document_texts import ingested_texts
from test_table_space_rows import _COLUMNS, _HEAD, _ROWS

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
    assert schedule_13.ads_ratio(text) == schedule_13.read_ads_ratio(text)


def test_ads_ratio_as_the_plain_reading_on_every_document():
    texts = ingested_texts()
    found = [schedule_13.read_ads_ratio(t) for t in texts]
    assert [schedule_13.ads_ratio(t) for t in texts] == found
    assert any(found)  # (a ratio is read: the comparison compares something)
    assert any(found[k] is None and schedule_13._may_name_depositary_shares(t) for k, t in enumerate(texts))
    assert any(not schedule_13._may_name_depositary_shares(t) for t in texts)  # (the gate closes somewhere)


def test_the_gate_lets_through_every_edge_that_states_a_ratio():
    stated = [t for t in ADS_EDGES if schedule_13.read_ads_ratio(t)]
    assert len(stated) >= 5 and all(schedule_13._may_name_depositary_shares(t) for t in stated)


def test_every_wording_of_depositary_shares_holds_a_gate_word():
    # (the words of ``class ads`` of data/cover_20f.tsv, one alternative at a time: a wording added
    # there without one of the gate's words would find ratios the gate shuts out)
    for wording in class_pattern("ads").pattern.split("|"):
        letters = re.sub(r"\\[bs]\+?|\[ao\]|s\?|[()?:]", lambda m: "a" if m.group(0) == "[ao]" else "", wording)
        assert any(word in letters.lower() for word in schedule_13._DEPOSITARY_WORDS), wording


ROW_EDGES = [
    "  Net sales revenue 4,065,191 4,421,455 12,335,147 12,405,964", "Net sales 1,200 1,000 ",
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


def test_space_row_grids_as_the_plain_reading_on_every_document(monkeypatch):
    texts = (_HEAD + _COLUMNS + _ROWS, *ingested_texts())
    envs = [HeadingEnv(None, document_calendar(text)) for text in texts]
    found = [table_space_rows.space_row_grids(split_lines(t), env) for t, env in zip(texts, envs)]
    assert found[0]  # (the layout's table is read: the comparison compares something)
    monkeypatch.setattr(table_space_rows, "_split_row", table_space_rows._split_figures)
    assert [table_space_rows.space_row_grids(split_lines(t), env) for t, env in zip(texts, envs)] == found
