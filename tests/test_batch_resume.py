"""kill -9 in the middle of a batch, then resume: the same outputs as a run never interrupted."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from converter.batch import run_batch
from converter.errors import Doc2XbrlError
from converter.pipeline import convert_bytes
from converter.batch_manifest import MANIFEST_NAME, read_manifest
from factlib import DATA, SEEDS

REPO = Path(__file__).resolve().parents[1]

# Each conversion is slowed down a little (in the forked workers too) so that the kill
# reliably lands mid-batch, with some inputs done and others in flight.
SCRIPT = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    import converter.batch as batch
    real = batch.convert_bytes
    def slow(data, name, **kwargs):
        time.sleep(0.05)
        return real(data, name, **kwargs)
    batch.convert_bytes = slow
    batch.run_batch([sys.argv[1]], Path(sys.argv[2]), jobs=2, resume=True, progress=False)
""")


def _converts(path: Path) -> bool:
    try:
        convert_bytes(path.read_bytes(), str(path))
    except Doc2XbrlError:
        return False
    return True


def _documents(folder: Path, count: int = 40) -> None:
    # Filings the library converts (this tests resuming, not the extractors), each made unique.
    sources = sorted(DATA.rglob("*.txt")) + (sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else [])
    sources = [p for p in sources if _converts(p)]
    assert len(sources) >= 5
    folder.mkdir()
    for index in range(count):
        source = sources[index % len(sources)]
        # bytes, not text: some sources are EUC-KR or cp1252, as archives hold them
        data = source.read_bytes()
        # every document different, so that a mixed-up output would show
        (folder / f"{index:03d}-{source.name}").write_bytes(data + f"\n{'-' * (index + 1)}\n".encode("ascii"))


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.name != MANIFEST_NAME}


def test_kill_9_then_resume_gives_the_outputs_of_an_uninterrupted_run(tmp_path: Path):
    inputs = tmp_path / "in"
    _documents(inputs)
    whole = tmp_path / "whole"
    reference = run_batch([str(inputs)], whole, jobs=2, progress=False)
    assert reference.ok == 40

    killed = tmp_path / "killed"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    process = subprocess.Popen([sys.executable, "-c", SCRIPT, str(inputs), str(killed)], env=env,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(read_manifest(killed / MANIFEST_NAME))) < 8:
        time.sleep(0.01)
    os.killpg(process.pid, signal.SIGKILL)  # the parent and its workers, mid-batch
    process.wait(timeout=30)
    done_before = len(list(read_manifest(killed / MANIFEST_NAME)))
    assert 8 <= done_before < 40, "the kill did not land mid-batch"

    resumed = run_batch([str(inputs)], killed, jobs=2, resume=True, progress=False)
    assert resumed.skipped == done_before and resumed.ok + resumed.skipped == 40
    assert _files(killed) == _files(whole)
    assert not [p.name for p in killed.iterdir() if p.name.startswith(".") or p.name.endswith(".tmp")]
    records = {r["input"]: r for r in read_manifest(killed / MANIFEST_NAME)}
    expected = {r["input"]: r for r in read_manifest(whole / MANIFEST_NAME)}
    assert {k: (r["outputs"], r["sha256"]) for k, r in records.items()} == \
           {k: (r["outputs"], r["sha256"]) for k, r in expected.items()}
