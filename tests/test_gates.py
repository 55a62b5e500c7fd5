"""Substring gates are necessary conditions: a text a gated pattern matches always passes them.

Checked for every gated pattern of the parsers against every line, every 400-character window
and every whole text of the repository's documents, and against generated text made of the
patterns' own words, with the characters that case folding treats specially.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from converter.classify import evidence_table
from converter.extract.mechanisms.sentences import _measure_regexes
from converter.parse import dates, periods
from converter.extract import readers
from converter.parse.gates import Gated, GatedAlternatives, fold, literal_gates

REPO = Path(__file__).resolve().parents[1]


def _gated() -> list[Gated]:
    found = [g for _, g in periods._gated_patterns()] + [g for _, g in periods._gated_relative()]
    found += [Gated(p) for p in dates._patterns()]
    found += [Gated(e.pattern) for e in evidence_table()]
    found += [Gated(regex) for regex, _ in _measure_regexes()]
    return found


def _texts() -> list[str]:
    texts = []
    for path in sorted(REPO.glob("examples/*.txt")) + sorted((REPO / "tests" / "data").rglob("*.txt")):
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        texts.append(text)
        texts += text.splitlines()
        texts += [text[i : i + 400] for i in range(0, len(text), 200)]
    return texts


def _assert_gates_pass(gated: Gated, text: str) -> None:
    if gated.pattern.search(text):
        assert gated.may_match(fold(text)), (gated.pattern.pattern[:80], text[:200])


def test_gates_never_refuse_a_text_the_pattern_matches() -> None:
    texts = _texts()
    checked = 0
    for gated in _gated():
        for text in texts:
            if gated.pattern.search(text):
                checked += 1
                assert gated.may_match(fold(text)), (gated.pattern.pattern[:80], text[:200])
    assert checked > 300  # the documents do exercise the patterns


def test_most_patterns_get_a_gate() -> None:
    gated = _gated()
    assert sum(1 for g in gated if g.gates) >= len(gated) - 2


@pytest.mark.parametrize(("source", "flags", "text"), [
    (r"fiscal", re.I, "F\u0130SCAL"),  # dotted capital I matches i under IGNORECASE
    (r"fiscal", re.I, "f\u0131scal"),  # dotless small i
    (r"last", re.I, "la\u017ft"),  # long s
    (r"kind", re.I, "\u212aIND"),  # Kelvin sign
    (r"q-?o-?q", re.I, "Q-O-Q"),
    (r"(?:first|second)\s+half", re.I, "SECOND   HALF"),
])
def test_case_folding_specials(source: str, flags: int, text: str) -> None:
    gated = Gated(re.compile(source, flags))
    assert gated.gates and gated.pattern.search(text)
    assert gated.may_match(fold(text))


def test_a_text_without_the_word_is_refused() -> None:
    gated = Gated(re.compile(r"(?:previous|prior)\s+quarter", re.I))
    assert not gated.may_match(fold("up 3% from a year ago"))
    assert list(gated.finditer("up 3% from a year ago", fold("up 3% from a year ago"))) == []


def test_patterns_without_a_needed_literal_get_no_gate() -> None:
    assert literal_gates(re.compile(r"\d+|[A-Z]\w*")) == ()
    assert literal_gates(re.compile(r"(?:as\s+of)?\s*\d+")) == ()
    assert literal_gates(re.compile(r"a|b*")) == ()


_WORDS = ["quarter", "Quarter", "QUARTER", "first", "half", "ended", "September", "Sept.", "30,", "2003",
          "fiscal", "year", "end", "of", "the", "prior", "previous", "same", "last", "Q3", "3Q03", "1H",
          "분기", "2003년", "3월", "말", "상반기", "전년", "동기", "\u0130", "\u0131", "\u017f", "\u212a",
          " ", "  ", "\n", "-", "–", ",", "'", "’", "03", "12", "9"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=14).map("".join))
def test_generated_texts(text: str) -> None:
    for gated in _gated():
        _assert_gates_pass(gated, text)


def test_evidence_tried_as_alternatives_finds_what_the_whole_pattern_finds() -> None:
    """A reader's evidence is searched alternative by alternative, each only where the words it
    opens with begin: same answer on every text, for a head, a cut and the whole text."""
    texts = _texts()
    found = 0
    for reader in readers():
        if reader.evidence is None:
            continue
        assert len(reader.evidence.alternatives) >= 1
        for text in texts:
            for end in (5000, 2000, len(text)):  # a head (the text may be shorter), a cut mid-text, the whole
                whole = reader.evidence.pattern.search(text, 0, end) is not None
                assert reader.evidence.found_in(text, fold(text[:end]), end) == whole, (reader.name, end, text[:200])
                found += whole
    assert found > 900


@pytest.mark.parametrize(("source", "text", "expected"), [
    (r"(?m)^exhibits$|form\s+6-K", "x\nEXHIBITS\ny", True),  # the leading flags reach every alternative
    (r"[|]x|y", "|x", True),  # a | inside a class does not split
    (r"(a)\1|b", "aa", True),  # a back-reference keeps the pattern whole
    (r"(a)\1|b", "ab", True),
    (r"(a)\1|c", "ab", False),
    ("(?x) a  # one | two (\n | b", "b", True),  # a verbose pattern is kept whole
])
def test_alternatives_split(source: str, text: str, expected: bool) -> None:
    evidence = GatedAlternatives(re.compile(source, re.I))
    assert evidence.found_in(text, fold(text), len(text)) is expected


# --- each pattern's parse tree is read once and shared by the analyses --------------------------

_TREE_EDGES = [r"\bfor\s+the\s+(?:first|second)\s+quarter", r"(?m)^\s*(?:Item|ITEM)\s+\d+[.:]", r"[가-힣]+\s*분기(?!\s*연속)",
               r"(?i)net\s+(?:income|profit)s?|revenues?", r"(?:a|b)*c{2,5}?", r"x(?=y)|(?<!z)w+"]


@pytest.mark.parametrize("source", _TREE_EDGES)
def test_a_shared_parse_tree_is_read_not_written(source: str) -> None:
    from converter.extract.mechanisms.checkbox import pattern_reach
    from converter.parse.gates import literal_gates
    from converter.parse.match_starts import leading_stems, matches_from
    from converter.parse.openings import openings
    from converter.parse.pattern_tree import _parser, parse_tree

    pattern = re.compile(source)
    before = repr(_parser.parse(pattern.pattern, pattern.flags))
    for _ in range(2):  # every analysis, twice, on the one shared tree
        literal_gates(pattern), leading_stems(pattern), openings(pattern), pattern_reach(pattern)
        list(matches_from(pattern, "for the first quarter\nItem 1. net income", [0, 22]))
    assert parse_tree(pattern) is parse_tree(source, pattern.flags)  # one tree, shared
    assert repr(parse_tree(pattern)) == before  # and as the parser first gave it
