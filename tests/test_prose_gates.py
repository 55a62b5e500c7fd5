"""The prose path's gate tables ask a text only the gates left once a word of the first is found.

A word of a pattern's first gate found in a text passes that gate, so the phrase finders, the
measure index and the period tables ask only the pattern's later gates (an alternative of one
gate is held with the word). Each must name exactly what asking every gate names, on every
sentence and line of the test and example documents and on made texts (one whose folding
changes its length, one holding a first word without the later ones).
"""

from __future__ import annotations

import pytest

from converter.extract.mechanisms.sentences import ACTIONS, PhraseFinder, _phrase_alternatives, sentences
from converter.parse import period_scan
from converter.parse.gates import fold
from tests.document_texts import ingested_texts

MADE = ("The Company plans to invest KRW 5 billion. It expects revenue in the range of $5 million. "
        "The range widened. To be sure, it will grow. İstanbul sales will reach 4 billion in 2004.",
        "매출은 2004년 1분기에 늘어날 전망이다. 감안할 때 줄었다. 3월 31일 현재. Le 31 mars 2004.",
        "Net sales for the first quarter ended March 31, 2004 rose from the prior year's quarter. "
        "In the same period of last year, it fell. During fiscal 2003 and in the second half.")

_KINDS = [("forward", "measure_phrases.tsv"), ("reported", "measure_phrases.tsv")] + [
    (kind, ACTIONS) for kind in ("reverse_split", "forward_split", "takes_effect", "outstanding", "meeting_noun",
                                 "delisting", "founding", "results_verb", "results_noun", "par_value", "merger",
                                 "contact_header")]


def _pieces(text: str) -> list[str]:
    return [s.text for s in sentences(text)] + text[:6000].split("\n")


@pytest.mark.parametrize("kind, source", _KINDS)
def test_a_phrase_finder_may_hold_what_every_gate_of_an_alternative_passes(kind: str, source: str) -> None:
    """``may_hold`` asks only the later gates of the alternatives a first word chose: the same
    answer as every gate of every alternative, sentence by sentence and line by line."""
    held = refused_with_a_first_word = 0
    for text in [*ingested_texts(), *MADE]:
        finder = PhraseFinder(kind, text, source)
        if finder.held.always:
            continue
        first_words = {word for word, _ in finder.held.first_words}
        for piece in _pieces(text):
            folded = fold(piece)
            plain = any(a.may_match(folded) for a in finder.held.gated)
            assert finder.may_hold(piece) == plain, (kind, piece)
            held += plain
            refused_with_a_first_word += not plain and any(word in folded for word in first_words)
    assert held
    if kind in ("forward", "reverse_split"):  # (kinds with alternatives of several gates)
        assert refused_with_a_first_word


@pytest.mark.parametrize("kind, source", _KINDS)
def test_a_phrase_finder_keeps_the_alternatives_whose_every_gate_the_document_passes(kind: str, source: str) -> None:
    """A finder keeps, in their order, the alternatives whose every gate the whole document
    passes (found by the words of their first gates, then their later gates): what asking
    each alternative's ``may_match`` keeps; its index of them is the one built from them."""
    kept = dropped_with_a_first_word = 0
    for text in [*ingested_texts(), *MADE]:
        folded = fold(text)
        finder = PhraseFinder(kind, text, source)
        plain = tuple(a for a in _phrase_alternatives(kind, source) if a.may_match(folded))
        assert finder.held.gated == plain, (kind, text[:80])
        assert bool(finder.held.always) == any(not a.gates for a in plain)
        assert [(word, tuple(plain[i] for i, _ in found)) for word, found in finder.held.first_words] == [
            (word, tuple(a for a in plain if a.gates and word in a.gates[0]))
            for word in dict.fromkeys(word for a in plain for word in (a.gates[0] if a.gates else ()))]
        kept += len(plain)
        dropped_with_a_first_word += any(a.gates and a not in plain and any(w in folded for w in a.gates[0])
                                         for a in _phrase_alternatives(kind, source))
    assert kept
    if kind in ("forward", "reverse_split"):
        assert dropped_with_a_first_word


def test_the_period_tables_pass_the_patterns_every_gate_passes() -> None:
    """``GatedSet.passing`` (a pattern chosen by a word of its first gate asked only its later
    gates; an ASCII text not asked for the other words) names the patterns whose every gate the
    text passes, on every sentence and line of the period tables, and on whole texts."""
    tables = period_scan.gate_tables()
    passed = refused_with_a_first_word = 0
    for text in [*ingested_texts(), *MADE]:
        for piece in [text, *_pieces(text)]:
            folded = fold(piece)
            for table in tables:
                found = table.passing(folded)
                assert found == [i for i, g in enumerate(table.gated) if g.may_match(folded)], piece[:80]
                passed += bool(found)
                chosen = {i for word, entries in table.first_words if word in folded for i, _ in entries}
                refused_with_a_first_word += bool(chosen - set(found))
    assert passed > 1000 and refused_with_a_first_word > 100


def test_a_period_scan_finds_each_patterns_matches() -> None:
    """``scan_period_matches`` is each pattern's ``finditer`` where the pattern passes its gates:
    the tables' shortcut leaves out no pattern that matches."""
    patterns, relative = period_scan.gated_patterns(), period_scan.gated_relative()
    for text in [*ingested_texts()[:80], *MADE]:
        for piece in _pieces(text):
            named, related = period_scan.scan_period_matches(piece)
            assert [(k, m.span()) for k, m in named] == [
                (k, m.span()) for k, g in patterns for m in g.pattern.finditer(piece)], piece[:80]
            assert [(k, m.span()) for k, m in related] == [
                (k, m.span()) for k, g in relative for m in g.pattern.finditer(piece)], piece[:80]
