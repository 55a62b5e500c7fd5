"""The batch's parent warms the converter before a forked pool, and shrinks its last chunks:
neither may change what a batch writes or records."""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

import converter.batch as batch
from converter.batch import _chunks, run_batch
from converter.batch_warm import WARM_UP_TEXT, forks, warm_converter
from converter.extract import _load, readers
from converter.pipeline import convert_bytes
from test_batch import filings, folder, instances, manifest  # noqa: F401 - folder is a fixture

FORK = multiprocessing.get_start_method() == "fork"


def _recorded(out: Path) -> dict[str, dict]:
    """The manifest without its timings (they differ run to run)."""
    return {name: {k: v for k, v in record.items() if k != "elapsed"} for name, record in manifest(out).items()}


def test_the_warm_up_document_converts_with_facts():
    # a warm-up that failed early would load nothing and the workers would pay it all again
    converted = convert_bytes(WARM_UP_TEXT.encode("utf-8"), "warm-up.txt")
    assert converted and all(c.instance.facts for c in converted)


def test_the_warm_up_imports_every_reader_and_never_raises(monkeypatch: pytest.MonkeyPatch):
    warm_converter(("xbrl",))
    assert all(reader.target.partition(":")[0] in sys.modules for reader in readers())

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a warm-up that breaks")

    monkeypatch.setattr("converter.pipeline.convert_bytes", broken)
    warm_converter(("xbrl",))  # returns: the workers load what they need themselves


def _loaded_readers() -> int:
    return _load.cache_info().currsize


@pytest.mark.skipif(not FORK, reason="inheritance is the fork start method's")
def test_forked_workers_inherit_the_parent_warm_up():
    warm_converter(("xbrl",))
    context = multiprocessing.get_context("fork")
    assert forks(context) and not forks(multiprocessing.get_context("spawn"))
    with cf.ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        in_worker = pool.submit(_loaded_readers).result()
    assert in_worker == _loaded_readers() == len({reader.target for reader in readers()})


@pytest.mark.skipif(not FORK, reason="the warm-up runs only where workers are forked")
def test_outputs_and_manifest_do_not_depend_on_the_warm_up(folder: Path, tmp_path: Path,  # noqa: F811
                                                           monkeypatch: pytest.MonkeyPatch):
    # the plain run first: a warm-up that left this process changed would change it too
    with monkeypatch.context() as plain:
        plain.setattr(batch, "forks", lambda context: False)
        run_batch([str(folder)], tmp_path / "cold", jobs=2, progress=False, formats=("xbrl", "json"))
    calls: list[tuple[tuple[str, ...], int]] = []
    real = batch.warm_converter

    def recorded(formats: tuple[str, ...]) -> None:
        calls.append((formats, len(multiprocessing.active_children())))
        real(formats)

    monkeypatch.setattr(batch, "warm_converter", recorded)
    run_batch([str(folder)], tmp_path / "warm", jobs=2, progress=False, formats=("xbrl", "json"))
    assert calls == [(("xbrl", "json"), 0)]  # once, before any worker is forked, in the batch's formats
    assert instances(tmp_path / "warm") == instances(tmp_path / "cold")
    assert _recorded(tmp_path / "warm") == _recorded(tmp_path / "cold")


def test_a_resume_with_nothing_left_to_convert_does_not_warm(folder: Path, tmp_path: Path,  # noqa: F811
                                                             monkeypatch: pytest.MonkeyPatch):
    run_batch([str(folder)], tmp_path / "out", jobs=2, progress=False)
    (folder / "2002" / "empty.txt").unlink()  # a failed input is converted again: no resume skips it
    calls: list[tuple[str, ...]] = []
    monkeypatch.setattr(batch, "warm_converter", calls.append)
    again = run_batch([str(folder)], tmp_path / "out", jobs=2, resume=True, progress=False)
    assert calls == [] and again.ok == 0 and again.skipped == again.total


def test_a_spawned_pool_is_not_warmed_and_writes_the_same(folder: Path, tmp_path: Path,  # noqa: F811
                                                          monkeypatch: pytest.MonkeyPatch):
    run_batch([str(folder)], tmp_path / "one", jobs=1, progress=False)
    calls: list[tuple[str, ...]] = []
    monkeypatch.setattr(batch, "warm_converter", calls.append)
    monkeypatch.setattr(batch, "multiprocessing", SimpleNamespace(get_context=lambda: multiprocessing.get_context("spawn")))
    summary = run_batch([str(folder)], tmp_path / "spawned", jobs=2, progress=False)
    assert calls == [] and summary.ok == 9
    assert instances(tmp_path / "one") == instances(tmp_path / "spawned")
    assert _recorded(tmp_path / "one") == _recorded(tmp_path / "spawned")


@pytest.mark.parametrize("jobs", [1, 2, 3, 8])
def test_chunks_keep_every_task_in_order_and_shrink_at_the_end(jobs: int):
    for count in [*range(0, 80), 558, 1000, 5000]:
        tasks = list(range(count))
        chunks = list(_chunks(tasks, jobs))  # type: ignore[arg-type]
        assert [t for chunk in chunks for t in chunk] == tasks
        cap = max(1, min(16, count // (jobs * 16)))  # the size every chunk had before
        assert all(1 <= len(chunk) <= cap for chunk in chunks)
        if chunks:
            assert len(chunks[0]) == cap
            # the last round gives each worker a single input, so they finish together
            assert all(len(chunk) == 1 for chunk in chunks[-jobs:])
            assert [len(c) for c in chunks] == sorted((len(c) for c in chunks), reverse=True)
