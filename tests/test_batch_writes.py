"""Outputs written behind the next conversion: durable before recorded, in order, failures per input."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from converter.batch import run_batch
from converter.batch_manifest import MANIFEST_NAME, read_manifest
from converter.batch_writes import WritesBehind
from factlib import DATA

# Written filings of the test data that convert (the batch, not the extractors, is under test).
FILINGS = ("cover_6k", "joint_filing")


def _inputs(tmp_path: Path, count: int = 6) -> Path:
    paths = sorted(p for kind in FILINGS for p in (DATA / kind).glob("*.txt"))[:count]
    assert len(paths) == count, "too few written filings for the batch tests"
    folder = tmp_path / "in"
    folder.mkdir()
    for index, path in enumerate(paths):
        (folder / f"{index:02}-{path.name}").write_bytes(path.read_bytes())
    return folder


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_input_is_recorded_only_once_its_files_are_on_disk(tmp_path: Path, jobs: int):
    folder, out = _inputs(tmp_path), tmp_path / "out"
    missing: list[str] = []

    def on_item(item) -> None:
        missing.extend(name for name in item.outputs if not (out / name).is_file())

    summary = run_batch([str(folder)], out, jobs=jobs, progress=False, on_item=on_item)
    assert summary.ok == 6 and missing == []
    assert [r["input"] for r in read_manifest(out / MANIFEST_NAME)] == sorted(str(p) for p in folder.iterdir())


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_file_that_cannot_be_written_fails_its_input_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              jobs: int):
    from converter import batch

    folder, out = _inputs(tmp_path), tmp_path / "out"
    victim = sorted(folder.iterdir())[2]
    real = batch.atomic_write

    def disk_full(path: Path, data: bytes) -> None:
        if path.name.startswith(victim.stem):
            raise OSError(28, "No space left on device")
        real(path, data)

    monkeypatch.setattr(batch, "atomic_write", disk_full)  # forked workers inherit it
    summary = run_batch([str(folder)], out, jobs=jobs, progress=False)
    records = {r["input"]: r for r in read_manifest(out / MANIFEST_NAME)}
    assert (summary.ok, summary.failed) == (5, 1)
    failed = records[str(victim)]
    assert failed["status"] == "failed" and failed["outputs"] == []
    assert failed["error"] == f"{victim}: cannot write {victim.stem}.xml: No space left on device"
    assert all(r["status"] == "ok" for name, r in records.items() if name != str(victim))


def test_writes_behind_keeps_order_and_waits_beyond_its_depth():
    gate = threading.Event()
    with WritesBehind[int](depth=3) as writes:
        assert writes.add(lambda: (gate.wait(5), 0)[1]) == []  # the first write blocks
        assert writes.add(lambda: 1) == []  # finished, but behind the first: order is kept
        assert writes.add(lambda: 2) == []
        threading.Timer(0.05, gate.set).start()
        early = writes.add(lambda: 3)  # a fourth beyond the depth: waits for the oldest
        assert early[:2] == [0, 1]
        assert early + writes.drain() == [0, 1, 2, 3]
        assert writes.drain() == []
