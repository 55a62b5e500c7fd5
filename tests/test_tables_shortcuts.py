"""Shortcuts of the table readers against the plain work they replace.

``table_headings.duration_hints`` is remembered (lru_cache): ``column_meaning`` reads the
duration hints of every caption of a table again for each of its columns, and ``tables``'
transposed-table test for each of its rows. The plain reading here is the hints found afresh at
every call, as a list (what the function returned before); the remembered one must give the
same hints, and the same columns and tables, on every test and example document.
"""

from __future__ import annotations

import datetime as dt

import pytest

from converter.extract.base import DocumentContext
from converter.extract.mechanisms import table_headings, tables
from converter.extract.mechanisms.lines import split_lines
from converter.extract.mechanisms.table_cell_lines import cell_per_line_grids
from converter.extract.mechanisms.table_cell_spans import span_grids
from converter.extract.mechanisms.table_form_rows import form_row_grids
from converter.extract.mechanisms.table_cells import pipe_grids
from converter.extract.mechanisms.table_grid import fixed_width_grids
from converter.extract.mechanisms.table_flat import flat_tables
from converter.extract.mechanisms.table_markdown_line import markdown_line_grids
from converter.extract.mechanisms.table_space_rows import space_row_grids
from converter.extract.mechanisms.table_calendar import document_calendar
from converter.extract.mechanisms.table_headings import HeadingEnv
from converter.model import Classification, DocumentFamily, Period, Segment, SourceDocument
from tests.document_texts import ingested_texts


def _plain_hints(text: str) -> list[table_headings.DurationHint]:
    return [hint for _, _, hint in table_headings.duration_phrases(text)]


def _grids(text: str, env: HeadingEnv) -> list:
    lines = split_lines(text)
    return [*cell_per_line_grids(lines, env), *pipe_grids(lines, env), *fixed_width_grids(lines, env)]


def _envs(text: str) -> list[HeadingEnv]:
    return [HeadingEnv(None, document_calendar(text)), HeadingEnv(dt.date(2005, 7, 28), document_calendar(text))]


@pytest.fixture(scope="module")
def read_grids() -> list[tuple[object, HeadingEnv]]:
    found = [(grid, env) for text in ingested_texts() for env in _envs(text) for grid in _grids(text, env)]
    assert len(found) > 50  # (the documents hold tables: the comparisons below compare something)
    return found


EDGE_CAPTIONS = [
    "", "For the three months ended June 30,", "Three Months Ended June 30, 2004 and Six Months Ended June 30, 2004",
    "FOR THE YEAR ENDED 31ST DECEMBER, 2004", "Nine months ended Sep. 2004", "quarter ended March 32",
    "Fiscal year ending", "six-month periods ended June 30 2005", "(in millions of Won)", "연결 기준",
]


def test_the_remembered_hints_are_the_plain_ones() -> None:
    texts = EDGE_CAPTIONS + [line.text for text in ingested_texts() for line in split_lines(text)[:400]]
    for text in texts:
        for _ in range(2):  # asked again: the remembered answer
            assert list(table_headings.duration_hints(text)) == _plain_hints(text), text
    assert any(len(_plain_hints(t)) > 1 for t in EDGE_CAPTIONS)  # (a caption of two hints is compared)


def _read(read_grids) -> list:
    """Each grid's table and the meaning of each of its columns and row labels."""
    return [(tables._from_grid(grid, env),
             [table_headings.column_meaning(list(texts), list(grid.captions), env)
              for texts in [*grid.headings, *([r.label.text] for r in grid.rows if r.label)]])
            for grid, env in read_grids]


def test_columns_and_tables_are_those_read_with_plain_hints(read_grids, monkeypatch) -> None:
    remembered = _read(read_grids)
    with monkeypatch.context() as patch:
        patch.setattr(table_headings, "duration_hints", _plain_hints)
        assert _read(read_grids) == remembered
    assert any(c.period is not None for _, columns in remembered for c in columns)


def test_a_heading_cell_of_hints_does_not_change_the_remembered_hints() -> None:
    """``heading_period`` adds a cell's own hints to a list of its own (``own += ...``): the
    remembered hints of that cell stay as they were."""
    env = HeadingEnv(dt.date(2005, 7, 28))
    cell = "Three Months Ended June 30,"
    before = table_headings.duration_hints(cell)
    for _ in range(3):
        table_headings.heading_period([cell, "2004"], list(table_headings.duration_hints("Six months ended")), env)
    assert table_headings.duration_hints(cell) == before == tuple(_plain_hints(cell))


# ``find_tables`` reads the "|" layouts only where the text holds a "|" (``piped``); the plain
# reading tries every line for both
PIPE_EDGES = [
    "Revenue\n| 1,234\n| 1,100\nNet income\n| 120\n| 110\n",
    "Summary | 2004 | 2003\nRevenue | 1,234 | 1,100\nNet income | 120 | 110\nCash | 5 | 4\n",
    "no bar here\nRevenue\n1,234\n1,100\nNet income\n120\n110\n",
    "a | at the very end|",
    "|",
]


def _context(text: str) -> DocumentContext:
    document = SourceDocument("test.txt", text, text, (Segment(0, 0, len(text)),))
    period = Period.duration(dt.date(2005, 1, 1), dt.date(2005, 6, 30))
    return DocumentContext(document, Classification(DocumentFamily.PRESS_RELEASE, 0, ()), None,
                           dt.date(2005, 7, 28), period, None)


def _plain_tables(ctx: DocumentContext) -> list:
    """``find_tables`` with every line tried for the "|" layouts."""
    env, lines = tables.heading_env(ctx), split_lines(ctx.text)
    found: list = []
    texts = [line for line in lines if line.text.strip()]
    for table in [*(tables._from_grid(g, env) for g in span_grids(texts, env)),
                  *(tables._from_grid(g, env) for g in cell_per_line_grids(lines, env)),
                  *(tables._from_grid(g, env) for g in pipe_grids(lines, env)),
                  *flat_tables(ctx, env), *(tables._from_grid(g, env) for g in form_row_grids(lines, env)),
                  *(tables._from_grid(g, env) for g in fixed_width_grids(lines, env)),
                  *(tables._from_grid(g, env) for g in markdown_line_grids(lines)),
                  *(tables._from_grid(g, env) for g in space_row_grids(lines, env))]:
        if not any(table.start < t.end and t.start < table.end for t in found):
            found.append(table)
    return sorted(found, key=lambda t: t.start)


def test_tables_read_only_where_a_bar_stands_are_the_plain_ones() -> None:
    texts = [*ingested_texts(), *PIPE_EDGES]
    piped = 0
    for text in texts:
        ctx = _context(text)
        found = tables.find_tables(ctx)
        assert found == _plain_tables(ctx), text[:80]
        piped += any(t.layout != "fixed-width" and "|" in text for t in found)
    assert 0 < sum("|" in t for t in texts) < len(texts) and piped > 3
