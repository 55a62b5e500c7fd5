"""Which readers run on a document: ``readers_for`` (the family's value read once, each reader's
evidence tried alternative by alternative behind its gates) answers as the plain reading of
``data/readers.tsv`` does: a reader runs on the families it lists, never on those it excludes,
and on any other document whose text (or head) its evidence regex finds."""

from __future__ import annotations

from pathlib import Path

import pytest

from converter.extract import HEAD_CHARS, readers, readers_for
from converter.model import DocumentFamily

REPO = Path(__file__).resolve().parent.parent


def _documents() -> list[str]:
    texts = []
    for path in sorted(REPO.glob("examples/*.txt")) + sorted((REPO / "tests" / "data").rglob("*.txt")):
        try:
            texts.append(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            continue
    return texts + ["", "FORM 6-K", "İSTANBUL quarterly results İ" * 3]


def _plainly(family: DocumentFamily, text: str) -> tuple[str, ...]:
    chosen = []
    for reader in readers():
        if family.value in reader.never:
            continue
        if "*" in reader.families or family.value in reader.families:
            chosen.append(reader.name)
        elif reader.evidence is not None:
            end = HEAD_CHARS if reader.scope == "head" else len(text)
            if reader.evidence.pattern.search(text, 0, end):
                chosen.append(reader.name)
    return tuple(chosen)


@pytest.mark.parametrize("family", list(DocumentFamily), ids=lambda f: f.name)
def test_the_readers_chosen_are_those_the_table_names(family):
    documents = _documents()
    assert len(documents) > 40
    for text in documents:
        readers_for.cache_clear()
        assert tuple(r.name for r in readers_for(family, text)) == _plainly(family, text), text[:120]
