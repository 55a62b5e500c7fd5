"""The map stage counts each fact's source line (``map.source_lines``) instead of asking
``SourceDocument.line_of`` per fact: the two agree on every offset of every example and test
document, and on the edges (the first and last character, a line feed, past the end)."""

from __future__ import annotations

from converter.ingest import ingest_bytes
from converter.map import source_lines
from tests.document_texts import DOCUMENTS


def test_same_lines_as_line_of_on_every_document():
    checked = 0
    for path in DOCUMENTS:
        for document in ingest_bytes(path.read_bytes(), path.name).documents:
            raw = document.raw
            feeds = [i for i, char in enumerate(raw) if char == "\n"][:50]
            offsets = [0, len(raw) - 1, len(raw), len(raw) + 5, *feeds, *(i + 1 for i in feeds),
                       *range(0, len(raw), 97)]
            lines = source_lines(raw, offsets)
            assert lines == {offset: document.line_of(offset) for offset in offsets}, path.name
            checked += 1
    assert checked > 200


def test_edges():
    assert source_lines("", [0, 3]) == {0: 1, 3: 1}
    assert source_lines("\n\n", [0, 1, 2]) == {0: 1, 1: 2, 2: 3}
    assert source_lines("a\nb", []) == {}
