"""Batch conversion: inputs (folders, globs, .zip, .gz), workers, manifest, resume, Ctrl-C."""

from __future__ import annotations

import gzip
import json
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
import zipfile
from functools import cache
from pathlib import Path

import pytest

from converter.batch import BatchItem, output_stem, run_batch
from converter.batch_inputs import iter_inputs
from converter.batch_manifest import MANIFEST_NAME, read_manifest
from converter.errors import Doc2XbrlError
from converter.pipeline import convert_bytes
from converter.resources import schemas_dir
from converter.validate import is_valid
from factlib import DATA, SEEDS

REPO = Path(__file__).resolve().parents[1]


@cache
def filings() -> list[Path]:
    """The written variants (and the seeds when they are there) that the library converts:
    this file tests the batch around the pipeline, not the extractors, so a variant some
    extractor cannot handle yet is left out here (the bad-input table and the extractors'
    own tests say what must convert)."""
    paths = sorted(DATA.rglob("*.txt")) + (sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else [])
    good = []
    for path in paths:
        try:
            convert_bytes(path.read_bytes(), str(path))
        except Doc2XbrlError:
            continue
        good.append(path)
    assert len(good) >= 10, "too few filings convert to test batches"
    return good


def manifest(out: Path) -> dict[str, dict]:
    return {record["input"]: record for record in read_manifest(out / MANIFEST_NAME)}


def instances(out: Path) -> dict[str, bytes]:
    """Every file the batch wrote except the manifest (whose timings differ run to run)."""
    return {p.name: p.read_bytes() for p in out.iterdir() if p.name != MANIFEST_NAME}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Good filings in nested folders, one broken file, a .gz and a .zip of filings."""
    root = tmp_path / "in"
    (root / "2002").mkdir(parents=True)
    (root / "2003" / "deep").mkdir(parents=True)
    good = filings()
    for index, path in enumerate(good[:6]):
        shutil.copy(path, root / ("2002" if index % 2 else "2003/deep") / path.name)
    (root / "2002" / "empty.txt").write_bytes(b"")
    (root / "2002" / "logo.gif").write_bytes(b"GIF89a\x01\x00\x01\x00\x80\x00\x00" + bytes(40))
    (root / "2003" / "zipped.txt.gz").write_bytes(gzip.compress(good[6].read_bytes(), mtime=0))
    with zipfile.ZipFile(root / "archive.zip", "w") as archive:
        for path in good[7:9]:
            archive.writestr(f"filings/{path.name}", path.read_bytes())
        archive.writestr("__MACOSX/._junk.txt", b"\x00\x05\x16\x07")
    (root / ".hidden.txt").write_bytes(good[0].read_bytes())
    return root


# ------------------------------------------------------------------------------------------
# Inputs
# ------------------------------------------------------------------------------------------


def test_inputs_walk_folders_zip_members_and_gz_in_sorted_order(folder: Path):
    names = [ref.name for ref in iter_inputs([str(folder)])]
    assert names == sorted(names, key=lambda n: n.split(os.sep))
    assert str(folder / "2003" / "zipped.txt.gz") in names
    members = [n for n in names if "!" in n]
    assert members == sorted(f"{folder / 'archive.zip'}!filings/{p.name}" for p in filings()[7:9])
    assert not any(".hidden" in n or "__MACOSX" in n for n in names)
    assert len(names) == 6 + 2 + 1 + 2


def test_inputs_from_globs_are_deduplicated(folder: Path):
    by_glob = [ref.name for ref in iter_inputs([str(folder / "**" / "*.txt"), str(folder / "2002")])]
    assert len(by_glob) == len(set(by_glob))
    assert set(by_glob) == {str(p) for p in folder.rglob("*") if p.is_file() and p.suffix == ".txt"
                            and not p.name.startswith(".")} | {str(p) for p in (folder / "2002").iterdir()}


def test_a_zip_member_reads_its_own_bytes(folder: Path):
    members = list(iter_inputs([str(folder / "archive.zip")]))
    sources = {f"filings/{p.name}": p.read_bytes() for p in filings()[7:9]}
    assert {ref.member: ref.read() for ref in members} == sources


@pytest.mark.parametrize("pattern", ["no-such-folder/x.txt", "no-such-folder/*.txt"])
def test_a_pattern_naming_nothing_is_a_one_line_error(tmp_path: Path, pattern: str):
    with pytest.raises(Doc2XbrlError) as caught:
        list(iter_inputs([str(tmp_path / pattern)]))
    assert "\n" not in str(caught.value) and pattern.split("/")[-1] in str(caught.value)


def test_a_broken_zip_is_one_input_that_fails(tmp_path: Path):
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04" + bytes(30))
    assert [ref.name for ref in iter_inputs([str(broken)])] == [str(broken)]
    summary = run_batch([str(broken)], tmp_path / "out", jobs=1, progress=False)
    assert (summary.failed, summary.ok) == (1, 0)


@pytest.mark.parametrize("name, stem", [
    ("a/b/filing.txt", "filing"),
    ("filing.txt.gz", "filing"),
    ("x.zip!dir/report.htm", "report"),
    ("noext", "noext"),
])
def test_output_stem(name: str, stem: str):
    assert output_stem(name) == stem


# ------------------------------------------------------------------------------------------
# Runs
# ------------------------------------------------------------------------------------------


def test_batch_converts_writes_valid_instances_and_a_manifest(folder: Path, tmp_path: Path):
    out = tmp_path / "out"
    seen: list[BatchItem] = []
    summary = run_batch([str(folder)], out, jobs=2, progress=False, on_item=seen.append)
    assert summary.total == 11 and not summary.interrupted
    assert (summary.ok, summary.failed, summary.skipped) == (9, 1, 1)  # the image is no filing
    assert summary.facts == sum(item.facts for item in seen) > 0
    records = manifest(out)
    assert set(records) == {ref.name for ref in iter_inputs([str(folder)])} == {i.input for i in seen}
    for record in records.values():
        assert set(record) == {"input", "status", "outputs", "formats", "facts", "family", "reason", "error",
                               "warnings", "elapsed", "sha256", "documents"}
        if record["status"] == "ok":
            assert record["error"] is None and record["outputs"] and len(record["sha256"]) == 64
            assert record["family"] == ", ".join(dict.fromkeys(d["family"] for d in record["documents"]))
            assert record["facts"] == sum(d["facts"] for d in record["documents"])
            for name in record["outputs"]:
                assert is_valid((out / name).read_bytes(), base_dir=schemas_dir()), name
        elif record["status"] == "failed":
            assert record["outputs"] == [] and "\n" not in record["error"]
            assert record["error"].startswith(record["input"] + ": ")
    assert "empty" in records[str(folder / "2002" / "empty.txt")]["error"]
    image = records[str(folder / "2002" / "logo.gif")]
    assert (image["status"], image["reason"], image["outputs"]) == ("skipped", "not a filing: an image", [])
    assert (out / "d2x-2026-11.xsd").is_file()


def test_outputs_match_the_library_and_do_not_depend_on_jobs(folder: Path, tmp_path: Path):
    run_batch([str(folder)], tmp_path / "one", jobs=1, progress=False)
    run_batch([str(folder)], tmp_path / "two", jobs=3, progress=False)
    assert instances(tmp_path / "one") == instances(tmp_path / "two")
    path = folder / "2002" / filings()[1].name
    (expected,) = convert_bytes(path.read_bytes(), str(path))
    assert (tmp_path / "one" / expected.output_name).read_bytes() == expected.xml
    # a member is named after itself, not after its archive
    member = filings()[7]
    assert (tmp_path / "one" / f"{output_stem(member.name)}.xml").is_file()


def test_inputs_with_the_same_name_get_distinct_outputs(tmp_path: Path):
    source = filings()[0]
    for sub in ("a", "b"):
        (tmp_path / "in" / sub).mkdir(parents=True)
        shutil.copy(source, tmp_path / "in" / sub / "report.txt")
    out = tmp_path / "out"
    summary = run_batch([str(tmp_path / "in")], out, jobs=1, progress=False)
    assert summary.ok == 2
    outputs = [o for record in manifest(out).values() for o in record["outputs"]]
    assert len(outputs) == len(set(outputs)) == 2
    assert all(o.startswith("report-") and (out / o).is_file() for o in outputs)


def test_resume_skips_complete_inputs_and_redoes_changed_or_missing_ones(folder: Path, tmp_path: Path):
    out = tmp_path / "out"
    run_batch([str(folder)], out, jobs=2, progress=False)
    first = manifest(out)
    changed = folder / "2002" / filings()[1].name
    changed.write_bytes(changed.read_bytes() + b"\n")
    removed_output = first[str(folder / "2003" / "deep" / filings()[0].name)]["outputs"][0]
    (out / removed_output).unlink()
    again = run_batch([str(folder)], out, jobs=2, resume=True, progress=False)
    # the changed input and the one whose output went missing; the one that failed before fails
    # again; the image is skipped again (no filing), the other seven as done
    assert (again.ok, again.failed, again.skipped) == (2, 1, 8)
    assert (out / removed_output).is_file()
    records = manifest(out)
    assert records[str(changed)]["status"] == "ok" and records[str(changed)]["sha256"] != first[str(changed)]["sha256"]
    # the manifest is compacted: one line per input, in input order
    lines = (out / MANIFEST_NAME).read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["input"] for line in lines] == [ref.name for ref in iter_inputs([str(folder)])]
    third = run_batch([str(folder)], out, jobs=1, resume=True, progress=False)
    assert (third.ok, third.skipped) == (0, 10)
    # a skipped line repeats what the run that converted the input found
    assert {k: (r["facts"], r["family"], r["outputs"]) for k, r in manifest(out).items()} == \
           {k: (r["facts"], r["family"], r["outputs"]) for k, r in records.items()}


def test_resume_tolerates_a_manifest_cut_mid_line_and_stale_temp_files(folder: Path, tmp_path: Path):
    out = tmp_path / "out"
    run_batch([str(folder)], out, jobs=1, progress=False)
    text = (out / MANIFEST_NAME).read_text(encoding="utf-8")
    (out / MANIFEST_NAME).write_text(text[: len(text) - 40], encoding="utf-8")  # last line cut
    stale = out / ".report.xml.abc123.tmp"
    stale.write_bytes(b"<xbrl")
    summary = run_batch([str(folder)], out, jobs=1, resume=True, progress=False)
    assert summary.skipped == 9 and summary.ok == 1  # only the input of the cut line is redone
    assert not stale.exists()
    assert all(json.loads(line) for line in (out / MANIFEST_NAME).read_text(encoding="utf-8").splitlines())


def test_outputs_folder_inside_the_inputs_is_not_read_as_input(folder: Path):
    first = run_batch([str(folder)], folder / "out", jobs=1, progress=False)
    second = run_batch([str(folder)], folder / "out", jobs=1, progress=False)
    assert first.total == second.total == 11


def test_progress_bar_shows_rate_and_eta(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture):
    summary = run_batch([str(folder)], tmp_path / "out", jobs=1, progress=True)
    err = capsys.readouterr().err
    assert "\r" in err and "doc/s" in err and "ETA" in err
    assert err.rstrip().splitlines()[-1] == str(summary)


def test_plain_log_lines_when_not_a_terminal(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture):
    run_batch([str(folder)], tmp_path / "out", jobs=1)  # stderr is captured: not a TTY
    lines = capsys.readouterr().err.splitlines()
    assert "\r" not in "".join(lines)
    assert sum(line.startswith("[") for line in lines) == 11
    assert any(line.startswith("[") and " error: " in line and "empty" in line for line in lines)
    assert lines[-1].startswith("11/11 inputs: 9 ok, 1 failed, 1 skipped")
    assert any(line.startswith("[") and "skipped" in line and "logo.gif: not a filing: an image" in line
               for line in lines)


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="patches the workers by forking")
def test_a_worker_that_dies_fails_its_input_only(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import converter.batch as batch

    victim = filings()[2].name
    real = batch.convert_bytes

    def dying(data: bytes, name: str, **kwargs):
        if name.endswith(victim):
            os._exit(9)  # as if killed by the kernel's out-of-memory killer
        return real(data, name, **kwargs)

    monkeypatch.setattr(batch, "convert_bytes", dying)
    summary = run_batch([str(folder)], tmp_path / "out", jobs=2, progress=False)
    assert (summary.ok, summary.failed) == (8, 2)
    (record,) = [r for name, r in manifest(tmp_path / "out").items() if name.endswith(victim)]
    assert record["status"] == "failed" and "worker process died" in record["error"]


def test_an_unexpected_exception_fails_its_input_only(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import converter.batch as batch

    victim = filings()[2].name
    real = batch.convert_bytes

    def buggy(data: bytes, name: str, **kwargs):
        if name.endswith(victim):
            raise ZeroDivisionError("division by zero\nin a rule")
        return real(data, name, **kwargs)

    monkeypatch.setattr(batch, "convert_bytes", buggy)
    summary = run_batch([str(folder)], tmp_path / "out", jobs=1, progress=False)
    assert (summary.ok, summary.failed) == (8, 2)
    (record,) = [r for name, r in manifest(tmp_path / "out").items() if name.endswith(victim)]
    assert record["error"] == f"{record['input']}: internal error: ZeroDivisionError: division by zero in a rule"


# Conversions are slowed down a little (in forked workers too) so the signal lands mid-batch.
CTRL_C_SCRIPT = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    import converter.batch as batch
    real = batch.convert_bytes
    def slow(data, name, **kwargs):
        time.sleep(float(sys.argv[3]))
        return real(data, name, **kwargs)
    batch.convert_bytes = slow
    summary = batch.run_batch([sys.argv[1]], Path(sys.argv[2]), jobs=2, resume=True, progress=False)
    sys.exit(130 if summary.interrupted else 0)
""")


def test_ctrl_c_stops_cleanly_and_resume_finishes(tmp_path: Path):
    source = tmp_path / "in"
    source.mkdir()
    for index in range(60):
        path = filings()[index % len(filings())]
        (source / f"{index:04d}-{path.name}").write_bytes(path.read_bytes())
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    process = subprocess.Popen([sys.executable, "-c", CTRL_C_SCRIPT, str(source), str(out), "0.05"], env=env,
                               stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(read_manifest(out / MANIFEST_NAME))) < 10:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGINT)  # what a terminal sends the whole group on Ctrl-C
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err[-2000:]
    assert "Traceback" not in err
    assert err.rstrip().splitlines()[-1].endswith("interrupted")
    done = list(read_manifest(out / MANIFEST_NAME))
    assert 10 <= len(done) < 60
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    finish = subprocess.run([sys.executable, "-c", CTRL_C_SCRIPT, str(source), str(out), "0"], env=env,
                            capture_output=True, text=True, timeout=300)
    assert finish.returncode == 0, finish.stderr[-2000:]
    last = finish.stderr.splitlines()[-1]
    assert last.startswith("60/60 inputs:") and f"{len(done)} skipped" in last
    records = manifest(out)
    assert len(records) == 60 and all(r["status"] in ("ok", "skipped") for r in records.values())


def test_an_output_folder_that_cannot_be_written_is_a_one_line_error(folder: Path, tmp_path: Path):
    blocker = tmp_path / "a-file"
    blocker.write_bytes(b"")
    with pytest.raises(Doc2XbrlError) as caught:
        run_batch([str(folder)], blocker / "out", jobs=1, progress=False)
    assert "cannot write the output folder" in str(caught.value) and "\n" not in str(caught.value)
