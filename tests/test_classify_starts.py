"""The family evidence is searched alternative by alternative, each gated by its words and tried
only where the words its matches open with begin: on every test and example document, head and
whole, each phrase shows exactly when a plain search finds it."""

from __future__ import annotations

from pathlib import Path

from converter.classify import HEAD_CHARS, _gated_evidence
from converter.parse.gates import fold

ROOT = Path(__file__).resolve().parent.parent


def test_started_search_finds_what_search_finds():
    paths = sorted((ROOT / "tests" / "data").rglob("*.txt")) + sorted((ROOT / "examples").glob("*.txt"))
    found = 0
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        for haystack in (text[:HEAD_CHARS], text):
            folded = fold(haystack)
            for evidence, alternatives in _gated_evidence():
                plain = evidence.pattern.search(haystack)
                shows = alternatives.found_in(haystack, folded, len(haystack))
                assert shows == (plain is not None), (path.name, evidence.meaning)
                found += plain is not None
    assert found > 500  # the phrases do occur: the comparison is not made on nothing

