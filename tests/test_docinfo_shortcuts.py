"""The shortcuts of the document-level readers and the signature lines find what the full work
they replace finds, on every document of the tests and the examples:

- a line's kind, decided behind cheap evidence (a label's opening word, a gate's words), is the
  kind every pattern tried in turn gives;
- the line-opening patterns that take an indent possessively ("*+") match as they did with the
  indent given back;
- the exhibit heading and the form banner tried only where their words stand, and the officer's
  line tried only at lines that open with an honorific, are ``search`` / ``finditer`` of the
  whole head.
"""

from __future__ import annotations

import re

import pytest

from converter.extract import anchors, document, registrant_heads, standalone_dates, title_cover
from converter.extract.mechanisms import furnished, officers, signatories, signature_columns, signature_lines
from converter.parse.gates import fold
from document_texts import ingested_texts


def _lines() -> list[str]:
    return sorted({line[:400] for text in ingested_texts() for line in text.split("\n")})


class _Open:
    """A gate every text passes."""

    def may_match(self, folded: str) -> bool:
        return True


def test_kind_gates_change_no_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _lines()
    gated = [signature_lines._kind(line) for line in lines]
    monkeypatch.setattr(signature_lines, "_LABEL_OPENING", re.compile(""))
    monkeypatch.setattr(signature_lines, "_HEADING_GATED", _Open())
    monkeypatch.setattr(signature_lines, "_capacity_gated", _Open)
    assert [signature_lines._kind(line) for line in lines] == gated
    assert {"sig", "name", "title", "date", "by", "note", "heading", "prose"} <= set(gated)


POSSESSIVE = [
    signature_lines.BY, signature_lines._BY_NAME, signature_lines.NAME_TITLE, signature_lines.NAME,
    signature_lines.TITLE, signature_lines.DATE, signature_lines.FOR, signature_lines.BEHALF,
    signature_lines._RULE, signature_lines._NOTE, signature_lines._BARE_LABEL, signature_columns._LABEL,
    signature_lines._LABEL_OPENING, anchors._SIGNATURE_DATE, anchors.SIGNATURES_HEADING,
    anchors._SIGNED_LINE, anchors._SIGNING, standalone_dates._RANGE_MARK, furnished.SIGNATURE_START,
    registrant_heads._MONTH_LINE, registrant_heads._BULLETED, signatories._EXHIBIT_INDEX,
    title_cover.ANNUAL_FORM,
]


@pytest.mark.parametrize("pattern", POSSESSIVE, ids=lambda p: p.pattern[:30])
def test_possessive_indent_matches_as_before(pattern: re.Pattern[str]) -> None:
    assert "*+" in pattern.pattern or "++" in pattern.pattern
    given_back = re.compile(pattern.pattern.replace("*+", "*", 1).replace("++", "+", 1), pattern.flags)
    for text in ingested_texts():
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in given_back.finditer(text)]
    for line in _lines():
        found, before = pattern.match(line), given_back.match(line)
        assert (found and found.span()) == (before and before.span())


def test_exhibit_heading_and_banner_read_where_their_words_stand() -> None:
    banners = headings = 0
    for text in ingested_texts():
        head = text[: document.HEAD]
        folded = fold(head)
        found = document._exhibit_heading(head, folded)
        expected = document._EXHIBIT_HEADING.search(head)
        assert (found and found.span()) == (expected and expected.span())
        read = [m.span() for m in document._banners(text, folded)]
        assert read == [m.span() for m in document._FORM_BANNER.finditer(text, 0, len(head))]
        banners, headings = banners + len(read), headings + bool(expected)
    assert banners > 20 and headings > 10  # (the comparison proves little without them)


def test_officer_lines_tried_where_an_honorific_opens_one() -> None:
    line = officers._officer_in_sentence()[1]
    texts = [*ingested_texts(), "Mr. John Doe, President\n  Ms. Ann Lee, Chief Financial Officer\nDr Bob Kim,\nChairman\n"]
    found = 0
    for text in texts:
        for end in (min(len(text), officers.HEAD), len(text)):
            expected = [m.span() for m in line.finditer(text, 0, end)]
            assert [m.span() for m in officers._line_matches(line, text, end)] == expected
            found += len(expected)
    assert found >= 3


def test_labelled_officer_lines_gated_by_their_words() -> None:
    pattern = officers._label_pattern()
    for text in ingested_texts():
        head = min(len(text), officers.HEAD)
        expected = [m.span() for start, stop in officers._lines_with_colons(text, head)
                    for m in pattern.finditer(text, start, stop)]
        assert [m.span() for m in officers._labelled_matches(text)] == expected
