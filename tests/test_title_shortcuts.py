"""The end of a 6-K cover (``title_cover.cover_end``), its last check box question sought only on the
lines that hold one of the question's words ('12g', '101(b)(7)', 'form', found by ``str.find`` in
the folded text), is the line the search of every line finds: on every document of the tests
and the examples, and on edges (the long s, dotted I, a question over two lines, a head cut
short)."""

from __future__ import annotations

import pytest
from document_texts import ingested_texts

from converter.extract import title_cover
from converter.extract.anchors import head_lines
from converter.extract.mechanisms.lines import lines_holding
from converter.parse.gates import fold


def _every_line(text, lines, words, count):
    return list(range(len(lines[:count])))


def _both(text: str, limit: int = 16000) -> tuple[int | None, int | None]:
    lines = head_lines(text, limit)
    gated = title_cover.cover_end(text, lines, True)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(title_cover, "_lines_holding", _every_line)
        plain = title_cover.cover_end(text, lines, True)
    return gated, plain


def test_every_cover_ends_where_every_line_is_searched() -> None:
    ended = 0
    for text in ingested_texts():
        gated, plain = _both(text)
        assert gated == plain, text[:80]
        ended += gated is not None
    assert ended >= 10  # else this proves little


EDGES = [
    ("", 16000),
    ("FORM 20-F [X]   FORM 40-F [ ]\nRule 12g3-2(b): 82-____\nTitle\n", 16000),
    ("Form 20-F  X  Form\n40-F\n\nIndicate ... Rule 101(b)(7): [ ]\nYes  No X\n\nTitle Of The Report\n", 16000),
    ("\u0130ndicate by check mark ... Rule 12G3-2(b)\nNo\nAcme Grows\n", 16000),  # dotted I: folding lengthens
    ("Regulation S-T Rule 101(b)(7)\n\u017fomething\nFORM 40-F\n", 16000),  # the long s
    ("line\n" * 200 + "Form 40-F\nAfter\n", 16000),  # past the first lines looked at
    ("Form 20-F X Form 40-F\nRule 12g3-2(b)\nTitle\n", 30),  # the question cut short by the head
    ("Form 20-F X Form 40-F\r\nRule 12g3-\r\n2(b)\r\nTitle\r\n", 16000),
]


@pytest.mark.parametrize("text, limit", EDGES)
def test_cover_end_at_the_edges(text: str, limit: int) -> None:
    gated, plain = _both(text, limit)
    assert gated == plain


def test_lines_holding_words_are_those_each_line_holds() -> None:
    """``lines.lines_holding`` (the folded text searched once, each occurrence's line found by
    bisection) names the lines whose folded text holds a word, on every document's head, whole
    and cut short."""
    words = ("12g", "101(b)(7)", "form", "president", "ceo", "대표")
    held = 0
    for text in ingested_texts():
        folded = fold(text)
        if len(folded) != len(text):
            continue
        for limit in (16000, 777):
            lines = head_lines(text, limit)
            found = lines_holding(folded, lines, words)
            assert found == [i for i, line in enumerate(lines) if any(w in fold(line.text) for w in words)]
            held += len(found)
    assert held >= 50
