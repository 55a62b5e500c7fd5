"""``Gated.of`` and ``source_gates``: a gated pattern's gates and opening stems from the committed
table (``converter.parse.gate_table``) without compiling it, the pattern compiled when first
asked for. Each must answer as the plain path, ``Gated(re.compile(source, flags))``."""

from __future__ import annotations

import json
import re

import pytest

from converter.extract import readers
from converter.extract.mechanisms import item_labels, sentences
from converter.parse import gate_table
from converter.parse.gates import Gated, fold, literal_gates, source_gates, top_level_alternatives


def _entries() -> list[dict]:
    table = json.loads(gate_table.TABLE_PATH.read_text(encoding="utf-8"))
    if table["python"] != gate_table.python_version():
        pytest.skip("the table is not used under another Python")
    return table["patterns"]


def _same(lazy: Gated, plain: Gated) -> None:
    assert lazy.gates == plain.gates
    assert (lazy.starts and lazy.starts.stems) == (plain.starts and plain.starts.stems)
    assert lazy.pattern == plain.pattern and lazy.pattern.flags == plain.pattern.flags


def test_every_table_pattern_answers_as_compiled_whether_given_its_unicode_flag_or_not():
    lazily = 0
    for one in _entries():
        for flags in {one["flags"], one["flags"] & ~re.UNICODE}:
            lazy = Gated.of(one["source"], flags)
            lazily += "pattern" not in lazy.__dict__
            _same(lazy, Gated(re.compile(one["source"], flags)))
            assert source_gates(one["source"], flags) == literal_gates(re.compile(one["source"], flags))
    assert lazily > 1000  # (most are not compiled until asked)


def test_a_pattern_is_compiled_once_when_first_asked_for_and_then_searches_as_compiled():
    source = sentences._measure_source(sentences.measure_phrases()[0])
    lazy = Gated.of(source, re.I)
    assert "pattern" not in lazy.__dict__
    first = lazy.pattern
    assert lazy.__dict__["pattern"] is first is lazy.pattern
    text = "Net sales rose; NET SALES fell; non-net sales"
    plain = Gated(re.compile(source, re.I))
    assert [m.span() for m in lazy.finditer(text, fold(text))] == [m.span() for m in plain.finditer(text, fold(text))]


def test_a_source_whose_own_global_flags_were_not_given_is_compiled_at_once(monkeypatch):
    # the table holds "(?x)..." under the flags compiling gives (VERBOSE among them): asked with
    # flags 0 the guess (UNICODE alone) misses, and the pattern is compiled and looked up so
    source = r"(?x) tribune \s+ of \s+ the \s+ plebs"
    compiled = re.compile(source)
    monkeypatch.setattr(gate_table, "_table", lambda: {(source, compiled.flags): gate_table.Analyses(
        (("tribune",),), ("tri",), None, False)})
    assert gate_table.known_source(source, 0) is None
    assert gate_table.known_source(source, re.X) is not None
    assert "pattern" in Gated.of(source).__dict__ and "pattern" not in Gated.of(source, re.X).__dict__
    assert gate_table.known_source(source, re.X | re.ASCII) is None  # (compiled: no UNICODE flag)


def test_a_pattern_not_in_the_table_is_compiled_at_once_and_read_from_its_tree():
    lazy = Gated.of(r"\b(?:quaestor|tribune)s?\s+of\s+the\s+plebs", re.I)
    assert "pattern" in lazy.__dict__
    assert lazy.gates == (("quaestor", "tribune"), ("plebs",), ("the",), ("of",))


def test_a_lazy_gated_lacks_no_other_attribute():
    lazy = Gated.of(_entries()[0]["source"], _entries()[0]["flags"])
    with pytest.raises(AttributeError):
        lazy.no_such_attribute  # noqa: B018
    assert lazy == Gated(re.compile(_entries()[0]["source"], _entries()[0]["flags"]))


def test_the_readers_measure_and_phrase_tables_answer_as_compiled():
    for gated, phrase in sentences._gated_measures().rows:
        _same(gated, Gated(re.compile(sentences._measure_source(phrase), re.I)))
    alternatives = 0
    for source in (sentences.ACTIONS, "measure_phrases.tsv"):
        for kind in {row[0] for row in sentences._rows(source)}:
            for gated in sentences._phrase_alternatives(kind, source):
                _same(gated, Gated(re.compile(gated.pattern.pattern, re.I)))
                alternatives += 1
    assert alternatives > 300
    for reader in readers():
        if reader.evidence is not None:
            plain = _plain_alternatives(reader.evidence.pattern)
            assert len(plain) == len(reader.evidence.alternatives)
            for lazy, part in zip(reader.evidence.alternatives, plain):
                _same(lazy, part)


def _plain_alternatives(pattern: re.Pattern[str]) -> list[Gated]:
    parts = [pattern.pattern] if pattern.flags & re.VERBOSE else top_level_alternatives(pattern.pattern)
    return [Gated(re.compile(p, pattern.flags)) for p in parts]


def test_the_item_labels_gates_are_those_of_the_compiled_alternatives(monkeypatch):
    lazy = item_labels._figure_rows()
    item_labels._figure_rows.cache_clear()
    monkeypatch.setattr(item_labels, "source_gates", lambda source, flags: literal_gates(re.compile(source, flags)))
    try:
        assert item_labels._figure_rows() == lazy
    finally:
        item_labels._figure_rows.cache_clear()
