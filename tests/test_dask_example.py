"""examples/dask_batch.py: a Dask bag over a folder of filings writes what convert_file makes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("dask")
pytest.importorskip("dask.bag")

from converter.errors import Doc2XbrlError  # noqa: E402
from converter.pipeline import convert_file  # noqa: E402
from converter.validate import is_valid  # noqa: E402
from factlib import DATA  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "dask_batch.py"


def _filings(folder: Path) -> list[Path]:
    folder.mkdir()
    chosen = []
    for path in sorted(DATA.glob("cover_6k/*.txt")) + sorted(DATA.glob("press/*.txt")):
        try:
            convert_file(path)
        except Doc2XbrlError:
            continue  # the example is under test here, not the extractors
        target = folder / path.name
        target.write_bytes(path.read_bytes())
        chosen.append(target)
    (folder / "empty.txt").write_bytes(b"")
    return chosen


@pytest.mark.parametrize("scheduler", ["processes", "synchronous"])
def test_dask_bag_writes_what_convert_file_makes_per_file(tmp_path: Path, scheduler: str):
    good = _filings(tmp_path / "in")
    assert len(good) >= 3
    assert any(len(convert_file(path)) > 1 for path in good)  # a multi-document submission is among them
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, str(EXAMPLE), str(tmp_path / "in"), str(out), "--scheduler", scheduler],
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stderr[-2000:]  # one input is empty
    results = {Path(r["input"]).name: r for r in map(json.loads, done.stdout.splitlines())}
    assert results["empty.txt"]["status"] == "failed" and "empty" in results["empty.txt"]["error"]
    for path in good:
        result = results[path.name]
        assert result["status"] == "ok", result
        expected = convert_file(path)  # a full submission gives one instance per document
        assert result["outputs"] == [instance.output_name for instance in expected]
        for instance in expected:
            written = out / instance.output_name
            assert written.read_bytes() == instance.xml  # pure: the same bytes in a Dask worker
            assert is_valid(written)
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
