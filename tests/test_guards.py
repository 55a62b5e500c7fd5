"""Resource guards of convert: a size limit per input (refused before it is read whole, gzip and
zip bombs included) and a time budget per input (the batch goes on), each with its one-line
error, exit code and no partial output."""

from __future__ import annotations

import gzip
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from converter.cli import main
from converter.errors import IngestError
from converter.guards import WATCHDOG_EXIT, TimeBudgetExceeded, time_budget
from converter.pipeline import convert_bytes

RELEASE = (
    "                                                    EXHIBIT 99.1\n\n"
    "             Namsan Chemical Reports Third Quarter 2004 Results\n\n"
    "Ulsan, Korea, October 28, 2004 - Namsan Chemical Co., Ltd. (the \"Company\") today announced\n"
    "revenues of KRW 88.4 billion for the third quarter of 2004.\n"
)


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def outputs(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.suffix in (".xml", ".json", ".xhtml", ".csv")
                  and not p.name.startswith("d2x-")) if folder.exists() else []


def test_an_input_past_the_limit_fails_with_one_line_and_no_output(tmp_path: Path):
    source = tmp_path / "release.txt"
    source.write_text(RELEASE * 40, encoding="utf-8")
    result = run("convert", str(source), "-o", str(tmp_path / "out"), "--max-size", "2K", "--no-progress")
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if "error" in line]
    assert len(errors) == 1 and str(source) in errors[0] and "--max-size" in errors[0]
    assert outputs(tmp_path / "out") == []


def test_the_limit_can_be_raised(tmp_path: Path):
    source = tmp_path / "release.txt"
    source.write_text(RELEASE, encoding="utf-8")
    result = run("convert", str(source), "-o", str(tmp_path / "out"), "--max-size", "1M", "--no-progress")
    assert result.exit_code == 0, result.stderr
    assert outputs(tmp_path / "out") == ["release.xml"]


def test_one_input_past_the_limit_does_not_stop_the_batch(tmp_path: Path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "big.txt").write_text(RELEASE * 40, encoding="utf-8")
    (tmp_path / "in" / "small.txt").write_text(RELEASE, encoding="utf-8")
    result = run("convert", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--max-size", "2K", "--no-progress")
    assert result.exit_code == 1
    assert outputs(tmp_path / "out") == ["small.xml"]


@pytest.mark.parametrize("size", ["lots", "0", "-5M"])
def test_a_size_that_is_no_size_is_a_usage_error(tmp_path: Path, size: str):
    result = run("convert", "x.txt", "-o", str(tmp_path), "--max-size", size)
    assert result.exit_code == 2


def test_a_gzip_bomb_stops_inflating_at_the_limit():
    bomb = gzip.compress(b"A" * (8 * 1024 * 1024))  # 8 MB of one letter: a few kilobytes packed
    assert len(bomb) < 64 * 1024
    with pytest.raises(IngestError, match="decompresses to more than"):
        convert_bytes(bomb, "bomb.txt.gz", max_bytes=1024 * 1024)


def test_a_zip_member_past_the_limit_fails_unread(tmp_path: Path):
    archive = tmp_path / "filings.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("big.txt", RELEASE * 400)
        zf.writestr("small.txt", RELEASE)
    result = run("convert", str(archive), "-o", str(tmp_path / "out"), "--max-size", "8K", "--no-progress")
    assert result.exit_code == 1
    assert "filings.zip!big.txt" in result.stderr and "--max-size" in result.stderr
    assert outputs(tmp_path / "out") == ["small.xml"]


def test_standard_input_past_the_limit(tmp_path: Path):
    result = run("convert", "-", "-o", str(tmp_path / "out"), "--max-size", "2K", input=(RELEASE * 40).encode())
    assert result.exit_code == 1
    assert "--max-size" in result.stderr
    assert outputs(tmp_path / "out") == []


def test_a_time_budget_interrupts_python_code():
    started = time.perf_counter()
    with pytest.raises(TimeBudgetExceeded, match="--timeout"):
        with time_budget(0.2):
            while True:
                sum(range(1000))
    assert time.perf_counter() - started < 5


def test_an_input_past_its_time_budget_fails_and_the_batch_goes_on(tmp_path: Path, monkeypatch):
    from converter import batch

    real = batch.convert_bytes

    def slow_for_one(data, name, **kw):
        if "slow" in name:
            time.sleep(30)
        return real(data, name, **kw)

    monkeypatch.setattr(batch, "convert_bytes", slow_for_one)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "slow.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "in" / "quick.txt").write_text(RELEASE, encoding="utf-8")
    started = time.perf_counter()
    result = run("convert", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--timeout", "0.5",
                 "--jobs", "1", "--no-progress")
    assert time.perf_counter() - started < 20
    assert result.exit_code == 1
    assert "slow.txt: took longer than its time budget of 0.5 s" in result.stderr
    assert outputs(tmp_path / "out") == ["quick.xml"]


def test_a_worker_stuck_in_c_code_is_ended_by_its_watchdog():
    """The alarm cannot interrupt one long C call that never checks for signals (here a key
    derivation of a hundred million rounds); a batch worker's watchdog ends the process, and the
    batch survives dead workers."""
    code = ("import hashlib; from converter.guards import time_budget\n"
            "with time_budget(0.3, hard_exit=True):\n"
            "    hashlib.pbkdf2_hmac('sha256', b'key', b'salt', 100_000_000)\n")
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code], timeout=60)
    assert result.returncode == WATCHDOG_EXIT
    assert time.perf_counter() - started < 30


def test_one_watchdog_serves_every_block_of_a_worker():
    """The watchdog thread is started once per process: blocks that end in time disarm it (the
    process lives past their deadlines), a block that is stuck after them is still ended, and a
    shorter budget after a longer one is watched to its own deadline."""
    code = ("import hashlib, threading, time; from converter.guards import time_budget\n"
            "for _ in range(50):\n"
            "    with time_budget(0.2, hard_exit=True):\n"
            "        pass\n"
            "time.sleep(0.6)  # past every deadline above: none may fire\n"
            "with time_budget(30, hard_exit=True):\n"
            "    pass\n"
            "assert sum(t.name == 'd2x-watchdog' for t in threading.enumerate()) == 1\n"
            "print('alive', flush=True)\n"
            "with time_budget(0.3, hard_exit=True):\n"
            "    hashlib.pbkdf2_hmac('sha256', b'key', b'salt', 100_000_000)\n")
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code], timeout=60, capture_output=True, text=True)
    assert result.stdout == "alive\n" and result.returncode == WATCHDOG_EXIT, result.stderr
    assert time.perf_counter() - started < 30


def test_a_50_megabyte_input_is_refused_by_default_without_reading_it_whole(tmp_path: Path):
    source = tmp_path / "huge.txt"
    with open(source, "wb") as handle:
        for _ in range(50):
            handle.write(b"Revenues were KRW 1,234 million in the quarter. " * 21000)
    started = time.perf_counter()
    result = run("convert", str(source), "-o", str(tmp_path / "out"), "--no-progress")
    assert result.exit_code == 1
    assert "more than the limit of 26,214,400" in result.stderr
    assert time.perf_counter() - started < 30
    assert outputs(tmp_path / "out") == []


def test_validate_refuses_a_report_past_its_size_limit(tmp_path: Path):
    from converter.pipeline import convert_text, write_converted

    (written,) = [p for p in write_converted(convert_text(RELEASE, "r.txt"), tmp_path) if p.suffix == ".xml"]
    result = run("validate", str(written), "--max-size", "1K")
    assert result.exit_code == 1
    assert "resource:sizeLimit" in result.stdout + result.stderr
    assert run("validate", str(written)).exit_code == 0
