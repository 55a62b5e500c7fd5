"""The shortcuts of the results reader answer as the full work they spare, on every test and
example document and on short texts written for the edge cases: the corporate-action readers
that skip a text lacking the words of their phrases (``PhraseFinder.absent``), and the line
test of the fixed-width tables that asks for a line's shape before its cell gaps."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from converter.extract.base import DocumentContext
from converter.extract.mechanisms import corporate_actions, table_grid
from converter.extract.mechanisms.sentences import ACTIONS, Collected, PhraseFinder, sentences, word_pattern
from converter.model import Classification, DocumentFamily, Period, Segment, SourceDocument
from tests.document_texts import ingested_texts

PERIOD = Period.duration(dt.date(2006, 3, 1), dt.date(2006, 3, 31))

# invented texts naming each corporate action the readers look for
_EDGES = [
    "Northwind Tech Co. (the \"Company\") announced a 1-for-10 reverse stock split. The reverse split "
    "will become effective on April 3, 2006. The number of shares outstanding will be reduced to "
    "4,200,000 shares from 42,000,000 shares.",
    "Bluefield Ltd. said its board approved a two-for-one stock split, effective May 1, 2006.",
    "The Annual General Meeting of Shareholders will be held on March 24, 2006 in Seoul.",
    "The Company's shares will be delisted from the exchange on June 30, 2006.",
    "Redwood Inc. will announce its first quarter results on April 27, 2006.",
    "The board resolved to reduce the par value from Won 5,000 to Won 500 per share.",
    "Sales rose 12% to KRW 310 billion.",  # none of the actions
    "",
]
_READERS = (corporate_actions.split_facts, corporate_actions.par_value_facts, corporate_actions.meeting_facts,
            corporate_actions.delisting_facts, corporate_actions.results_date_facts)
_KINDS = ("reverse_split", "forward_split", "takes_effect", "outstanding", "meeting_noun", "delisting",
          "results_verb", "results_noun", "par_value")


def _context(text: str, day: dt.date | None) -> DocumentContext:
    document = SourceDocument("test.txt", text, text, (Segment(0, 0, len(text)),))
    return DocumentContext(document, Classification(DocumentFamily.PRESS_RELEASE, 0, ()), None, day, PERIOD, None)


def _read(text: str, day: dt.date | None) -> tuple[object, ...]:
    ctx, out = _context(text, day), Collected()
    spans = sentences(text, 0, len(text))
    for reader in _READERS:
        reader(ctx, out, spans)
    return tuple(out.observations), tuple(out.unmapped), tuple(out.used)


def _texts() -> list[str]:
    return [*ingested_texts(), *_EDGES]


def test_an_absent_phrase_is_in_no_sentence() -> None:
    """The plain search of each sentence finds nothing where the finder says the phrase is absent."""
    absent = present = 0
    for text in _texts():
        spans = sentences(text, 0, len(text))
        for kind in _KINDS:
            finder = PhraseFinder(kind, text, ACTIONS)
            if finder.absent:
                absent += 1
                assert not any(word_pattern(kind, ACTIONS).search(s.text) for s in spans), kind
            else:
                present += 1
    assert absent > 100 and present > 20  # both answers are tested


def test_readers_read_as_without_the_shortcut(monkeypatch: pytest.MonkeyPatch) -> None:
    days = (None, dt.date(2006, 3, 15))
    short = [_read(text, day) for text in _texts() for day in days]
    monkeypatch.setattr(PhraseFinder, "absent", property(lambda self: False))  # every sentence asked
    assert [_read(text, day) for text in _texts() for day in days] == short
    assert sum(bool(found[0]) for found in short) >= 8  # facts were found, not only nothing


def test_edge_texts_state_their_actions() -> None:
    found = {o.concept for text in _EDGES for o in _read(text, dt.date(2006, 3, 1))[0]}
    assert {"ReverseStockSplitRatio", "StockSplitRatio", "StockSplitEffectiveDate", "ShareholderMeetingDate",
            "DelistingDeterminationDate", "ResultsAnnouncementDate", "CommonStockParValuePerShare",
            "SharesOutstanding"} <= found


# the line test as it was: the cell gaps first, then the line's shape
_SENTENCE_END = re.compile(r"[.!?다]$")
_CELL_GAP = re.compile(r"\S {2,}\S|\|")


def _plain_is_prose(text: str) -> bool:
    stripped = text.strip()
    if ("  " in stripped or "|" in stripped) and _CELL_GAP.search(stripped):
        return False
    return len(stripped) > 60 or (len(stripped.split()) >= 4 and bool(_SENTENCE_END.search(stripped)))


_LINES = ["", "   ", "Net sales   1,234   1,100", "This is a short sentence.", "Three words only.",
          "매출액은 전년 대비 크게 증가했다", "a | b | c d e.", "x" * 61, "x  y" + "z" * 60, "one two three four",
          "one two three four!", "  one two  three four.  ", "a b c d?", "Revenue | 1,234 | 1,100 | up 12%."]


def test_is_prose_answers_as_the_plain_test() -> None:
    lines = [line for text in ingested_texts() for line in text.split("\n")] + _LINES
    answers = [table_grid.is_prose(line) for line in lines]
    assert answers == [_plain_is_prose(line) for line in lines]
    assert 100 < sum(answers) < len(answers) - 100  # both answers are tested
