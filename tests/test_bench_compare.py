"""bench/compare.py: two checkouts measured on the same documents, per family, as a ratio (the
figures themselves are not asserted: performance is measured in bench/, never in a test)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _compare_module():
    spec = importlib.util.spec_from_file_location("bench_compare", REPO / "bench" / "compare.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_tree_against_itself_gives_every_document_a_family_and_both_figures():
    compare = _compare_module()
    result = compare.compare(REPO, REPO, count=3, rounds=2, cold=False, cpu=None)
    assert len(result["family"]) == 3  # this tree converts its own bench documents
    assert set(result["base"]) == set(result["head"]) == set(result["family"])
    assert all(ms > 0 for ms in [*result["base"].values(), *result["head"].values()])
    assert result["head_failed"] == []
    lines = compare.report(result)
    assert lines[-1].split()[:2] == ["all", "3"]
    assert len(lines) == 2 + len(set(result["family"].values()))  # heading, families, all


def test_cold_converts_each_document_once_after_others():
    compare = _compare_module()
    result = compare.compare(REPO, REPO, count=2, rounds=5, cold=True, cpu=None)
    assert len(result["base"]) == 2


def test_a_folder_without_the_package_is_refused(tmp_path, capsys):
    compare = _compare_module()
    with pytest.raises(SystemExit) as stop:
        compare.main([str(tmp_path)])
    assert stop.value.code == 2
    assert "no converter package there" in capsys.readouterr().err
