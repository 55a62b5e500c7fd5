"""converter/parse/gate_table.json: the pattern analyses' answers, committed so that a fresh
process does not parse every pattern's tree. The table must be what the analyses answer now, for
the patterns the repository's documents use now."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from converter.parse import gate_table
from converter.parse.gates import Gated, literal_gates, read_literal_gates
from converter.parse.match_starts import leading_stems, read_leading_stems
from converter.parse.openings import openings, read_openings, read_skipped_to_by_re, skipped_to_by_re
from converter.parse.period_scan import OpeningGated

REPO = Path(__file__).resolve().parents[1]


def committed() -> dict:
    return json.loads(gate_table.TABLE_PATH.read_text(encoding="utf-8"))


def test_the_committed_table_is_the_one_the_documents_regenerate():
    # stale when a pattern the documents use changed, came or went, or an analysis answers
    # otherwise: then run `python bench/gate_table.py` and commit the table
    if committed()["python"] != gate_table.python_version():
        pytest.skip("the table was read by another Python's parser (it is not used here)")
    done = subprocess.run([sys.executable, str(REPO / "bench" / "gate_table.py"), "--print"],
                          capture_output=True, text=True, cwd=REPO, check=True)
    assert done.stdout == gate_table.TABLE_PATH.read_text(encoding="utf-8")


def test_the_patterns_are_spelled_alike_whatever_the_string_hashing():
    # a pattern joined from a set's words in the set's order would be spelled otherwise in
    # another process (string hashing varies): never in the table there, analysed afresh
    if committed()["python"] != gate_table.python_version():
        pytest.skip("the table was read by another Python's parser (it is not used here)")
    done = subprocess.run([sys.executable, str(REPO / "bench" / "gate_table.py"), "--print", "--any-seed"],
                          capture_output=True, text=True, cwd=REPO, check=True,
                          env={**os.environ, "PYTHONHASHSEED": "4242"})
    assert done.stdout == gate_table.TABLE_PATH.read_text(encoding="utf-8")


def test_every_entry_is_what_the_patterns_tree_answers():
    table = committed()
    assert len(table["patterns"]) > 500
    for one in table["patterns"]:
        assert gate_table.entry(one["source"], one["flags"]) == one, one["source"]


def _opening_gated_from_the_tree(pattern: re.Pattern[str], monkeypatch) -> OpeningGated:
    with monkeypatch.context() as patched:
        patched.setattr(gate_table, "known", lambda pattern: None)
        return OpeningGated(pattern)


def test_the_table_answers_as_the_tree_through_the_analyses_and_gated(monkeypatch):
    if committed()["python"] != gate_table.python_version():
        pytest.skip("the table is not used under another Python")
    answered = 0
    for one in committed()["patterns"]:
        pattern = re.compile(one["source"], one["flags"])
        assert pattern.flags == one["flags"]  # (looked up by the compiled pattern's flags)
        assert gate_table.known(pattern) is not None
        assert literal_gates(pattern) == read_literal_gates(pattern)
        assert leading_stems(pattern) == read_leading_stems(pattern)
        assert openings(pattern) == read_openings(pattern)
        assert skipped_to_by_re(pattern) is read_skipped_to_by_re(pattern)
        assert OpeningGated(pattern) == _opening_gated_from_the_tree(pattern, monkeypatch)
        gated = Gated(pattern)
        assert gated.gates == read_literal_gates(pattern)
        stems = read_leading_stems(pattern)
        assert (gated.starts.stems if gated.starts else None) == stems
        answered += 1
    assert answered > 500


def test_a_pattern_not_in_the_table_is_read_from_its_tree():
    pattern = re.compile(r"\b(?:quaestor|tribune)s?\s+of\s+the\s+plebs", re.I)
    assert gate_table.known(pattern) is None
    assert literal_gates(pattern) == (("quaestor", "tribune"), ("plebs",), ("the",), ("of",))
    assert leading_stems(pattern) == ("qua", "tri")
    assert openings(pattern) == frozenset({"qua", "tri"}) and skipped_to_by_re(pattern) is False


def test_another_pythons_table_is_not_used(monkeypatch):
    gate_table._table.cache_clear()
    monkeypatch.setattr(gate_table, "python_version", lambda: "2.7")
    try:
        some = committed()["patterns"][0]
        assert gate_table.known(re.compile(some["source"], some["flags"])) is None
    finally:
        gate_table._table.cache_clear()


def test_a_wrong_entry_would_be_answered_so_the_checks_above_guard_it(monkeypatch, tmp_path):
    # the table is trusted as it stands: a wrong entry changes the gates (what the tests above
    # guard against), shown here with a table whose one entry is wrong
    some = committed()["patterns"][0]
    wrong = dict(committed(), patterns=[dict(some, gates=[["no-such-word"]])])
    path = tmp_path / "gate_table.json"
    path.write_text(gate_table.dumps(wrong), encoding="utf-8")
    monkeypatch.setattr(gate_table, "TABLE_PATH", path)
    gate_table._table.cache_clear()
    try:
        pattern = re.compile(some["source"], some["flags"])
        assert literal_gates(pattern) == (("no-such-word",),) != read_literal_gates(pattern)
        assert gate_table.entry(some["source"], some["flags"]) != wrong["patterns"][0]
    finally:
        gate_table._table.cache_clear()
