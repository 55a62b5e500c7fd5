"""Every text document of the examples and the test data, ingested: what the equivalence tests
(a cheap gate or index against the full work it replaces) run over."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from converter.ingest import ingest_bytes

REPO = Path(__file__).resolve().parents[1]
DOCUMENTS = sorted((REPO / "examples").glob("*.txt")) + sorted((REPO / "tests" / "data").rglob("*.txt"))


@cache
def ingested_texts() -> tuple[str, ...]:
    """The clean text of each document of each file of ``DOCUMENTS``, in order."""
    return tuple(document.text for path in DOCUMENTS
                 for document in ingest_bytes(path.read_bytes(), path.name).documents)


@cache
def file_texts() -> tuple[str, ...]:
    """The text of each file of ``DOCUMENTS`` as it stands on disk (not ingested): for the tests
    of mechanisms that read a document's raw lines, headers and all."""
    return tuple(path.read_text(encoding="utf-8", errors="replace") for path in DOCUMENTS)
