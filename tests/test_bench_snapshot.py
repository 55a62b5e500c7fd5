"""bench/snapshot.py: fingerprints of a tree's outputs, to check that a speed change changed none."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

import snapshot  # noqa: E402  (bench/ is not a package)


def test_a_tree_fingerprints_alike_twice_and_a_changed_output_is_named(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\x00" * 64)  # refused: its error is the fingerprint
    first = snapshot.take(REPO, 3, [tmp_path])
    second = snapshot.take(REPO, 3, [tmp_path])
    assert len(first) == 4 and snapshot.diff(first, second) == []
    assert "error" in first[f"{tmp_path.name}/bad.txt"]
    converted = next(name for name, prints in first.items() if "instances" in prints)
    assert all(len(i["xml"]) == 64 for i in first[converted]["instances"])
    changed = dict(second, **{converted: {"instances": []}})
    assert snapshot.diff(first, changed) == [converted]
    assert snapshot.diff(first, {k: v for k, v in first.items() if k != converted}) == [converted]
