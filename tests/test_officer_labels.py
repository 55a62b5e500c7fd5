"""The officers' "Label: value" lines are searched line by line, only on lines holding a colon:
the same matches as the label pattern over the whole head, on every test and example document."""

from __future__ import annotations

from document_texts import ingested_texts

from converter.extract.mechanisms.officers import (
    HEAD,
    _label_pattern,
    _labelled_matches,
)


def test_colon_lines_find_every_label_the_head_search_finds() -> None:
    texts = ingested_texts()
    assert len(texts) > 200
    found = 0
    for text in texts:
        plain = [(m.span(), m.group()) for m in _label_pattern().finditer(text, 0, min(len(text), HEAD))]
        assert [(m.span(), m.group()) for m in _labelled_matches(text)] == plain
        found += len(plain)
    assert found > 20  # the documents do hold labelled officers: the comparison is not vacuous
