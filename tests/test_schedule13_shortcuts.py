"""Shortcuts of the ownership filings' readers, each against the plain path it replaces.

- ``reporting_person_tables.find_table_persons`` tries a line as a header's first line only where it
  or the line below holds a word of the name column's captions (``lines_and_heads``), and cuts
  a line's cells only when a header or a row asks for them. The plain path is the function as
  it was: every line's cells cut first, every line tried as a header of one and of two lines.
- ``joint_filing.Out.add`` reads a value's language without searching an ASCII value for
  Hangul, and the span from the document (the context's ``span`` is the same call, one deeper).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from converter.extract.kinds import joint_filing
from converter.extract.mechanisms import reporting_person_tables as rp
from converter.extract.mechanisms import reporting_persons
from converter.extract.mechanisms.name_match import _canonical_forms
from document_texts import file_texts, ingested_texts
from test_signatures_shortcuts import _plain_page_lines  # (_page_lines as first written)


def _plain_table_persons(text: str) -> list[rp.ReportingPerson]:
    """``find_table_persons`` before the shortcuts (kept here as the reference)."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*", text) if m.start() == 0
             or text[m.start() - 1] == "\n"]
    cells = [rp._cells(text, a, b) for a, b in lines]
    for i in range(len(lines)):
        depth = next((d for d in (1, 2) if rp._header_columns(text, lines[i : i + d], cells[i : i + d])), 0)
        if not depth:
            continue
        columns = rp._header_columns(text, lines[i : i + depth], cells[i : i + depth]) or []
        rows: list[dict[str, list[tuple[int, int]]]] = []
        for k in range(i + depth, len(lines)):
            la, lb = lines[k]
            line = text[la:lb]
            if not line.strip():
                if rows:
                    break
                continue
            if re.fullmatch(r"[\s\-=_]+", line):
                continue
            row: dict[str, list[tuple[int, int]]] = {}
            for s, e in cells[k]:
                row.setdefault(rp._column_of(columns, s - la), [(s, e)])
            if rows and list(row) == ["name"]:
                rows[-1]["name"] += row["name"]
            elif "name" in row:
                rows.append(row)
        if rows:
            return [rp._table_person(text, row) for row in rows]
    return []


TABLE_EDGES = (
    "",
    "\n",
    "Name    Short Name\nApex Fund, L.P.    Apex\n",
    "NAME OF REPORTING PERSON      DEFINED TERM\n\nApex Fund, L.P.      \"Apex\"\nRoe Capital LLC      \"Roe\"",
    # the name caption wrapped over two lines, neither of which says 'name'
    "Reporting           Referred\nPerson              to as\nApex Fund, L.P.     \"Apex\"\n",
    # the second line of a two-line header alone holds the word
    "                    Place of\nReporting Person    Organization\nApex Fund, L.P.     Delaware\n",
    "Reporting\tPerson    Jurisdiction\nApex Holdings Ltd.    Cayman Islands\n",
    # a long s folds to s: 'PERſON' is a caption of the name column too
    "Reporting Perſon    Citizenship\nJane Roe    Korea\n",
    "The parties:\n\nName    Abbreviation\n------    ------\nApex Fund    AF\n  Management Co.\nRoe LLC    RL",
    "prose only, no table here\nand a second line\n",
)


def test_every_name_caption_holds_a_word_the_line_gate_looks_for():
    names = [phrase for phrase, role in _canonical_forms("table_header").items() if role == "name"]
    assert names
    for phrase in names:
        assert any(word in phrase for word in rp._NAME_CAPTION_WORDS), phrase


def test_lines_and_heads_are_the_lines_finditer_cut_and_the_words_they_hold():
    for text in (*TABLE_EDGES, *file_texts()):
        lines, heads = rp.lines_and_heads(text)
        assert lines == [(m.start(), m.end()) for m in re.finditer(r"[^\n]*", text)
                         if m.start() == 0 or text[m.start() - 1] == "\n"]
        assert heads == [any(w in text[a:b].casefold() for w in rp._NAME_CAPTION_WORDS) for a, b in lines]


@pytest.mark.parametrize("text", TABLE_EDGES)
def test_table_persons_as_the_plain_reading_on_edges(text):
    assert rp.find_table_persons(text) == _plain_table_persons(text)


def test_table_persons_as_the_plain_reading_on_every_document():
    found = 0
    for text in (*ingested_texts(), *file_texts()):
        expected = _plain_table_persons(text)
        assert rp.find_table_persons(text) == expected
        found += bool(expected)
    assert found  # some documents hold a table of persons: the comparison is not of empties only


def test_the_edges_find_tables_the_gate_must_let_through():
    # (the wrapped and second-line headers are read: a gate on the first line alone, or on
    # 'name' alone, loses them)
    assert [p.name for p in rp.find_table_persons(TABLE_EDGES[4])] == ["Apex Fund, L.P."]
    assert [p.place for p in rp.find_table_persons(TABLE_EDGES[5])] == ["Delaware"]
    assert [p.name for p in rp.find_table_persons(TABLE_EDGES[7])] == ["Jane Roe"]


class _Document:
    def __init__(self, text: str) -> None:
        self.text = text
        self.calls: list[tuple[int, int]] = []

    def span(self, start: int, end: int) -> tuple[int, int]:
        self.calls.append((start, end))
        return (start + 1000, end + 1000)


class _Context:
    def __init__(self, text: str) -> None:
        self.document = _Document(text)
        self.document_period = "period"

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.document.span(start, end)


@pytest.mark.parametrize("value", ["Apex Fund, L.P.", "에이펙스 펀드", "Société Générale", "Apex 펀드",
                                   "", "日本", "日本の", dt.date(2020, 1, 2), 3])
def test_an_observations_language_and_span_as_the_plain_reading(value):
    out = joint_filing.Out(_Context("x" * 40))  # type: ignore[arg-type]
    out.add("ReportingPersonName", value, (3, 9), "rule", 1)
    observation = out.observations[0]
    plain = None if not isinstance(value, str) else (
        "ko" if re.search("[\uac00-\ud7a3]", value)
        else ("ja" if re.search("[\u3040-\u30ff]", value) else "zh") if re.search("[\u4e00-\u9fff]", value)
        else "en")
    assert observation.lang == plain
    assert observation.span == (1003, 1009)
    out.add("ReportingPersonType", "Entity", None, "rule", 1)
    assert out.observations[1].span is None


def test_the_readers_fold_a_document_once_however_many_of_them_ask(monkeypatch):
    # schedule_type, the amendment readers, the cover rows, the signatures' columns and the
    # listed persons each folded the whole text again; they now share folded_text's fold
    from converter.extract.kinds import schedule_13
    from converter.extract.mechanisms import signature_columns, signature_lines, undated_blocks
    from converter.parse import gates

    folded: list[str] = []
    plain = gates.fold

    def counting(text: str) -> str:
        folded.append(text)
        return plain(text)

    monkeypatch.setattr(gates, "fold", counting)
    for module in (schedule_13, joint_filing, reporting_persons, signature_columns, signature_lines,
                   undated_blocks):
        monkeypatch.setattr(module, "fold", counting, raising=False)
    schedules = [t for t in ingested_texts() if "schedule 13" in t.lower() and t.count("/s/") >= 2]
    assert schedules
    for text in schedules[:5]:
        gates.folded_text.cache_clear()
        folded.clear()
        joint_filing.schedule_type(text)
        joint_filing.amendment_number(text)
        schedule_13._row_label_matches(text)
        signature_columns.column_views(text)
        reporting_persons.find_listed_persons(text)
        assert folded.count(text) == 1


PAGE_EDGES = (
    "",
    "\n\n",
    "By: /s/ Jane Roe\nName:\nJane Roe\nTitle:\n",
    "APEX FUND, L.P.\nBy:\n/s/ Jane Roe\nName:\nTitle:",
    "| By: | /s/ Jane Roe |\n| Name: |\n| Jane Roe |\n|Title:|\n|Director|",
    "Dated as of\nMarch 3, 2004\n\nBy: ________\nName: Jane Roe\nTitle:",
    "Name:\n\nJane Roe\nName:",
    "Title:\nDirector",
)


def test_page_lines_as_the_plain_reading_on_every_document_and_view():
    from converter.extract.mechanisms import signature_lines as sl
    from converter.extract.mechanisms.signature_columns import column_views

    for text in (*PAGE_EDGES, *ingested_texts(), *file_texts()):
        views = column_views(text) if "/s/" in text.lower() else [text]
        for view in views:
            lines = sl._page_lines(view)
            assert lines == _plain_page_lines(view)
            assert all(type(line) is sl.Line for line in lines)
    # (the last edges join a bare label to the line below only where one follows)
    assert [ln.text for ln in sl._page_lines(PAGE_EDGES[-1]) if ln.kind != "blank"] == ["Title: Director"]
