"""The provisional-results form's gate (``table_terms.may_hold_term_form``): a document without a
line that is a term row's label alone is not scanned for the form. The gate must hold wherever
the reader's own test reads a line as a term row (the plain path), on the examples, the test
documents and edge cases of spacing, bars, colons, case and line ends."""

from __future__ import annotations

from pathlib import Path

import pytest

from converter.extract.mechanisms.lines import split_lines
from converter.extract.mechanisms.table_headings import heading_kind
from converter.extract.mechanisms.table_terms import _cell, may_hold_term_form

REPO = Path(__file__).resolve().parent.parent

_EDGES = ["Current", "  current  ", "| Current |", "|Cumulative Basis|", "Specified\tQuarter :",
          ": CUMULATIVE :", "당해실적", "| 누계 실적 |", "누적실적\r", "Current\u3000", "\u3000| specified period |",
          "Cumulative   basis", "ſpecified quarter", "the current quarter", "Current term", "| a | Current |",
          "Cumulative:", "::current::", "x\nCurrent\ny", "current\r\n"]


def _texts() -> list[str]:
    texts = list(_EDGES)
    for path in sorted(REPO.glob("examples/*.txt")) + sorted((REPO / "tests" / "data").rglob("*.txt")):
        try:
            texts.append(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            continue
    return texts


def _plain_term_row_lines(text: str) -> list[str]:
    """The lines the reader reads as a term row's label (its cell test, then the headings')."""
    return [line.text for line in split_lines(text)
            if (cell := _cell(line)) is not None and heading_kind(cell.text, "term_row") is not None]


def test_the_gate_holds_wherever_a_line_is_a_term_row() -> None:
    held = 0
    for text in _texts():
        rows = _plain_term_row_lines(text)
        if rows:
            held += 1
            assert may_hold_term_form(text), rows[:3]
        for row in rows:
            assert may_hold_term_form(row), row
            assert may_hold_term_form(f"prose before\n{row}\nprose after"), row
    assert held >= 10  # (the edge cases at least: the test is not vacuous)


@pytest.mark.parametrize("text", ["The current quarter's sales rose.", "| a | Current |",
                                  "Cumulative sales were up.", "Current term"])
def test_prose_and_other_cells_are_no_term_row(text: str) -> None:
    assert not _plain_term_row_lines(text)
    assert not may_hold_term_form(text)
