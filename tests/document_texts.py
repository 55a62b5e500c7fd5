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
