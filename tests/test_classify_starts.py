"""The family evidence is searched only where the words its matches open with begin: on every
test and example document, head and whole, each phrase finds the match a plain search finds."""

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
            for evidence, gated in _gated_evidence():
                plain = evidence.pattern.search(haystack)
                started = next(gated.search(haystack, folded), None)
                assert (plain is None) == (started is None), (path.name, evidence.meaning)
                if plain is not None:
                    assert plain.span() == started.span(), (path.name, evidence.meaning)
                    found += 1
    assert found > 500  # the phrases do occur: the comparison is not made on nothing
