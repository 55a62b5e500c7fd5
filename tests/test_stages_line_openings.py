"""A pattern anchored at a line's start (``^`` under MULTILINE, then blanks, then known words) is
tried only at the line starts before its words (``match_starts.LineOpenings``), where ``re``
tries ``^`` at every position: ``GatedAlternatives.found_in`` must answer as ``pattern.search``
does, on every example and test document, for every anchored pattern of the classifier and the
readers, and on texts made to catch the edges (blank lines between the anchor and the word, tabs
and marks, a word at the very start, a head cut short, text whose folding changes its length)."""

from __future__ import annotations

import re

import pytest

from converter.classify import _gated_evidence
from converter.extract import readers
from converter.parse.gates import GatedAlternatives, fold
from converter.parse.match_starts import LineOpenings
from tests.document_texts import ingested_texts

FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL


def _anchored() -> list[GatedAlternatives]:
    tables = [alternatives for _, alternatives in _gated_evidence()]
    tables += [reader.evidence for reader in readers() if reader.evidence is not None]
    return [t for t in tables if any(o is not None for o in t.line_openings)]


def test_the_anchored_patterns_are_found():
    """(the classifier's form-name, exhibit-number and contact lines, at least)"""
    assert len(_anchored()) >= 3


@pytest.mark.parametrize("end", [3000, None])
def test_same_answer_as_search_on_every_document(end):
    tables = _anchored()
    for text in ingested_texts():
        stop = len(text) if end is None else end
        folded = fold(text[:stop])
        for table in tables:
            assert table.found_in(text, folded, stop) == bool(table.pattern.search(text, 0, stop)), table.pattern.pattern


PATTERNS = [
    r"^[ \t|]*form\s+20-F(?:\s*/\s*A)?[ \t|]*$(?!.{0,80}?form\s+40-F)",
    r"^\s*exhibit\s+99(\.\d+)?\s*$",
    r"^\s*contacts?\s*(:|in\s)",
    r"^[ \t]{0,2}item\s+\d",
    r"^-*\s*report\b",
]
TEXTS = [
    "Form 20-F\n",
    "Annual report\n | Form 20-F |\nForm 40-F",
    "  form 20-F\t\n",
    "x form 20-F\n",
    "\n\n   \n\tExhibit 99.1  \n",
    "see exhibit 99\nExhibit 99\n",
    "Exhibit 99.1 attached",
    "CONTACT: Jane\n",
    "    item 1\n  x item 2",
    "   item 3\n",
    "--- report\n-- \n report",
    "\u0130tem 5\nitem 6",  # folding changes the length: searched as before
    "Form 20-F\r\nExhibit 99\r\n",
    "",
]


@pytest.mark.parametrize("source", PATTERNS)
def test_same_answer_as_search_on_edges(source):
    table = GatedAlternatives(re.compile(source, FLAGS))
    assert table.line_openings[0] is not None or source.startswith("^-*")
    for text in TEXTS:
        for stop in (len(text), 5, 12):
            got = table.found_in(text, fold(text[:stop]), stop)
            assert got == bool(table.pattern.search(text, 0, stop)), (source, text, stop)


def test_candidates_are_line_starts_before_the_words():
    opening = LineOpenings.of(re.compile(r"^\s*exhibit", FLAGS))
    text = "x\n\n  \n  Exhibit 99.1\nexhibit"
    assert list(opening.candidates(text, text.lower())) == [2, 3, 6, 21]


@pytest.mark.parametrize("source", [r"exhibit\s+99", r"^[a-z]*exhibit", r"^(?:x|\s)*exhibit", r"^\w*exhibit"])
def test_not_anchored_or_no_known_blanks(source):
    assert LineOpenings.of(re.compile(source, FLAGS)) is None


def test_needs_multiline():
    assert LineOpenings.of(re.compile(r"^\s*exhibit", re.IGNORECASE)) is None
