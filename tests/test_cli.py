"""The command line: exit codes, one-line errors, no partial output, batches that go on."""

from __future__ import annotations

import json
import re
import shutil
import zipfile

from click.testing import CliRunner

from converter import __version__
from converter.cli import main
from factlib import SEEDS

COVER = SEEDS / "hanaro-6k-cover-nov-2002.txt"
RELEASE = SEEDS / "thrunet-reverse-split-2002.txt"
# a one-input error line, alone or as a batch's log line "[2/5] error: ..."
ERROR_LINE = re.compile(r"^(\[\d+/\d+\] )?error: ")


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and __version__ in result.output


def test_convert_writes_instance_and_taxonomy(tmp_path):
    result = run("convert", str(COVER), "-o", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "hanaro-6k-cover-nov-2002.xml").is_file()
    assert (tmp_path / "d2x-2026-11.xsd").is_file()
    assert run("validate", str(tmp_path / "hanaro-6k-cover-nov-2002.xml")).exit_code == 0


def test_convert_to_stdout_from_stdin():
    result = run("convert", "-", "-o", "-", input=COVER.read_bytes())
    assert result.exit_code == 0
    assert result.stdout.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    assert "<d2x:AnnualReportForm" in result.stdout


def test_bad_input_is_one_line_and_does_not_stop_the_batch(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    good = tmp_path / "good.txt"
    shutil.copy(COVER, good)
    out = tmp_path / "out"
    result = run("convert", str(empty), str(good), "-o", str(out))
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if ERROR_LINE.match(line)]
    assert len(errors) == 1 and str(empty) in errors[0] and "empty" in errors[0].split(str(empty))[1]
    assert not (out / "empty.xml").exists()
    assert (out / "good.xml").is_file()


def test_missing_input_file(tmp_path):
    result = run("convert", str(tmp_path / "nope.txt"), "-o", str(tmp_path))
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr


def test_validate_rejects_a_broken_instance(tmp_path):
    run("convert", str(COVER), "-o", str(tmp_path))
    instance = tmp_path / "hanaro-6k-cover-nov-2002.xml"
    broken = tmp_path / "broken.xml"
    broken.write_text(instance.read_text().replace('contextRef="', 'contextRef="x', 1))
    result = run("validate", str(broken))
    assert result.exit_code == 1
    assert "broken.xml" in result.stderr


def test_usage_error_exits_2():
    assert run("convert").exit_code == 2
    assert run("convert", str(COVER), "--format", "pdf").exit_code == 2


def test_taxonomy_package(tmp_path):
    target = tmp_path / "d2x.zip"
    assert run("taxonomy", "--package", str(target)).exit_code == 0
    assert target.stat().st_size > 0


def test_several_formats_at_once(tmp_path):
    result = run("convert", str(COVER), "-o", str(tmp_path), "--format", "xbrl,ixbrl,json,csv")
    assert result.exit_code == 0, result.output
    stem = tmp_path / "hanaro-6k-cover-nov-2002"
    assert stem.with_suffix(".xml").is_file() and stem.with_suffix(".xhtml").is_file()
    report = json.loads(stem.with_suffix(".json").read_text(encoding="utf-8"))
    assert report["documentInfo"]["documentType"] == "https://xbrl.org/2021/xbrl-json"
    assert any(p.suffix == ".csv" for p in tmp_path.iterdir())
    record = json.loads((tmp_path / "manifest.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert record["status"] == "ok" and record["formats"] == ["xbrl", "ixbrl", "json", "csv"]
    assert set(record["outputs"]) >= {"hanaro-6k-cover-nov-2002.xml", "hanaro-6k-cover-nov-2002.xhtml"}


def test_one_format_to_stdout():
    result = run("convert", "-", "-o", "-", "--format", "ixbrl", input=COVER.read_bytes())
    assert result.exit_code == 0
    assert "<ix:header>" in result.stdout
    assert run("convert", "-", "-o", "-", "--format", "xbrl,json", input=COVER.read_bytes()).exit_code == 1


def test_folder_and_zip_with_jobs_then_resume(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(COVER, folder / "cover.txt")
    with zipfile.ZipFile(folder / "more.zip", "w") as archive:
        archive.write(RELEASE, "2002/release.txt")
        archive.writestr("2002/broken.txt", b"")
    out = tmp_path / "out"
    first = run("convert", str(folder), "-o", str(out), "--jobs", "2")
    assert first.exit_code == 1  # the empty member failed; the others were converted
    assert (out / "cover.xml").is_file() and (out / "release.xml").is_file()
    assert first.stderr.rstrip().splitlines()[-1].startswith("3/3 inputs: 2 ok, 1 failed, 0 skipped")
    again = run("convert", str(folder), "-o", str(out), "--resume", "--jobs", "1")
    assert again.stderr.rstrip().splitlines()[-1].startswith("3/3 inputs: 0 ok, 1 failed, 2 skipped")
    wider = run("convert", str(folder), "-o", str(out), "--resume", "--format", "xbrl,ixbrl")
    assert wider.stderr.rstrip().splitlines()[-1].startswith("3/3 inputs: 2 ok, 1 failed, 0 skipped")
    assert (out / "release.xhtml").is_file()


def test_named_inputs_inside_the_output_folder_are_converted(tmp_path):
    shutil.copy(COVER, tmp_path / "cover.txt")
    result = run("convert", str(tmp_path / "cover.txt"), "-o", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "cover.xml").is_file()


def test_report_lists_unmapped_figures(tmp_path):
    result = run("convert", str(RELEASE), "-o", str(tmp_path), "--report")
    assert result.exit_code == 0
    unmapped = [line for line in result.stderr.splitlines() if " unmapped " in line]
    assert unmapped == [f"{RELEASE}:42: unmapped '100' (a bound (above, up to, 이상), not a stated figure)"]


# ------------------------------------------------------------------------------------------
# A new user's first hour: every command does what its name says
# ------------------------------------------------------------------------------------------

import os  # noqa: E402
import signal  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import textwrap  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from converter.taxonomy import load_taxonomy  # noqa: E402
from factlib import DATA  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}


def test_standard_input_gets_a_proper_name(tmp_path):
    result = run("convert", "-", "-o", str(tmp_path / "a"), input=COVER.read_bytes())
    assert result.exit_code == 0, result.output
    assert (tmp_path / "a" / "stdin.xml").is_file()
    assert not any("<" in p.name for p in (tmp_path / "a").iterdir())
    named = run("convert", "-", "--name", "bank-6k.txt", "-o", str(tmp_path / "b"), input=COVER.read_bytes())
    assert named.exit_code == 0 and (tmp_path / "b" / "bank-6k.xml").is_file()
    assert run("convert", str(COVER), "--name", "x", "-o", str(tmp_path / "c")).exit_code == 2


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_outputs_honour_the_umask(tmp_path, umask, mode):
    out = tmp_path / "out"
    script = (f"import os, sys; os.umask({umask}); from converter.cli import main; "
              f"main(['convert', sys.argv[1], '-o', sys.argv[2], '--format', 'xbrl,ixbrl,json,csv'])")
    subprocess.run([sys.executable, "-c", script, str(COVER), str(out)], env=ENV, check=True, capture_output=True)
    modes = {p.name: p.stat().st_mode & 0o777 for p in out.iterdir()}
    assert len(modes) >= 10 and set(modes.values()) == {mode}, modes


@pytest.mark.parametrize("cik, ok", [("abc", False), ("12345678901", False), ("0", False), ("-5", False),
                                     ("1234", True), ("0001177777", True)])
def test_cik_is_up_to_ten_digits(tmp_path, cik, ok):
    result = run("convert", str(DATA / "press" / "chemical-2004-merger-egm.txt"), "--cik", cik, "-o", str(tmp_path))
    assert result.exit_code == (0 if ok else 2), result.output
    if ok:
        xml = (tmp_path / "chemical-2004-merger-egm.xml").read_text(encoding="utf-8")
        assert f'scheme="http://www.sec.gov/CIK">{int(cik):010d}<' in xml
    else:
        assert "is not a CIK" in result.output


def test_files_that_are_not_filings_are_skipped_with_the_reason(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(COVER, folder / "cover.txt")
    (folder / "SOURCES.tsv").write_text("file\tnote\ncover.txt\ta 6-K\n", encoding="utf-8")
    (folder / "chart.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    out = tmp_path / "out"
    result = run("convert", str(folder), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.stderr.rstrip().splitlines()[-1].startswith("3/3 inputs: 1 ok, 0 failed, 2 skipped")
    records = {Path(r["input"]).name: r for r in map(json.loads, (out / "manifest.jsonl").read_text().splitlines())}
    assert records["SOURCES.tsv"]["reason"] == "not a filing: a tab-separated table"
    assert records["chart.png"]["reason"] == "not a filing: an image"
    assert sorted(p.name for p in out.glob("*.xml") if not p.name.startswith("d2x-")) == ["cover.xml"]
    alone = run("convert", str(folder / "SOURCES.tsv"), "-o", "-")
    assert (alone.exit_code, alone.stdout) == (0, "") and "not a filing: a tab-separated table" in alone.stderr


def test_manifest_says_the_family_and_why_a_document_yields_few_facts(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(COVER, folder / "cover.txt")
    (folder / "minutes.txt").write_text("Minutes of the garden club.\n\nThe club pruned 14 roses and spent "
                                        "320 dollars on tools.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert run("convert", str(folder), "-o", str(out)).exit_code == 0
    records = {Path(r["input"]).name: r for r in map(json.loads, (out / "manifest.jsonl").read_text().splitlines())}
    cover, minutes = records["cover.txt"], records["minutes.txt"]
    assert (cover["family"], cover["reason"]) == ("6-K cover", None)
    assert minutes["family"] == "other" and minutes["facts"] == 0
    reasons = minutes["reason"].split("; ")
    assert reasons[0] == "no date found: document and entity facts reported for forever (give --date)"
    assert reasons[1].startswith("no reader found evidence (readers run: ")
    assert re.fullmatch(r"2 figures found but left unmapped, for 1 reason: .+ \(2\)", reasons[2])
    assert reasons[3] == "no facts"
    assert minutes["documents"] == [{"output": "minutes.xml", "family": "other", "facts": 0,
                                     "reason": minutes["reason"]}]
    dated = run("convert", str(folder / "minutes.txt"), "--date", "2004-03-03", "-o", str(tmp_path / "dated"))
    assert dated.exit_code == 0
    (record,) = map(json.loads, (tmp_path / "dated" / "manifest.jsonl").read_text().splitlines())
    assert not record["reason"].startswith("no date found")


def test_library_extraction_carries_classification_warnings_and_unmapped_mentions():
    from converter import convert_file, unmapped_figures

    (converted,) = convert_file(RELEASE)
    extraction = converted.extraction
    assert extraction.classification.family.value == "press release" and extraction.classification.evidence
    assert isinstance(extraction.warnings, tuple) and isinstance(extraction.unmapped, tuple)
    assert [m.reason for m in unmapped_figures(extraction)] == ["a bound (above, up to, 이상), not a stated figure"]


# Conversions slowed down (in the workers too) so that a signal lands mid-batch.
SLOW_CLI = textwrap.dedent("""
    import sys, time
    import converter.batch as batch
    from converter.cli import main
    real = batch.convert_bytes
    def slow(data, name, **kwargs):
        time.sleep(0.2)
        return real(data, name, **kwargs)
    batch.convert_bytes = slow
    main(sys.argv[1:])
""")


def _slow_batch(tmp_path: Path, count: int = 40) -> tuple[subprocess.Popen, Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    for index in range(count):
        (folder / f"{index:03d}.txt").write_bytes(COVER.read_bytes() + b"\n" * (index + 1))
    out = tmp_path / "out"
    process = subprocess.Popen([sys.executable, "-c", SLOW_CLI, "convert", str(folder), "-o", str(out), "--jobs", "2",
                                "--format", "xbrl,ixbrl"], env=ENV, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob("*.xhtml"))) < 3:
        time.sleep(0.05)
    return process, out


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def test_ctrl_c_exits_130_leaving_only_whole_files(tmp_path):
    process, out = _slow_batch(tmp_path)
    os.killpg(process.pid, signal.SIGINT)  # what a terminal sends the whole group on Ctrl-C
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err[-2000:]
    assert "Traceback" not in err and err.rstrip().endswith("interrupted")
    written = [p for p in out.iterdir() if p.name != "manifest.jsonl"]
    assert not [p for p in written if p.name.startswith(".") or p.name.endswith(".tmp")]
    from lxml import etree

    for path in written:
        etree.parse(str(path))  # every file whole
    done = [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]
    assert 3 <= len(done) < 40


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads process parents from /proc")
def test_workers_end_with_their_parent_after_kill_9(tmp_path):
    process, out = _slow_batch(tmp_path)
    workers = _children(process.pid)
    assert workers, "the batch should run worker processes"
    os.kill(process.pid, signal.SIGKILL)  # the parent alone, as the out-of-memory killer does
    process.wait(timeout=30)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.1)
    survivors = [pid for pid in workers if _alive(pid)]
    for pid in survivors:  # leave no orphan behind, even when the test fails
        os.kill(pid, signal.SIGKILL)
    assert not survivors, "workers outlived their parent"
    count = len(list(out.iterdir()))
    time.sleep(1)
    assert len(list(out.iterdir())) == count, "something still writes into the output folder"


# ------------------------------------------------------------------------------------------ address


def _address(*args: str, input: str | None = None):
    return CliRunner().invoke(main, ["address", *args], input=input, catch_exceptions=False)


@pytest.mark.parametrize("text, code", [
    ("asdf qwerty 123", 1), ("Hello world", 1), ("", 1),
    ("245 Park Avenue, New York, NY 10167", 0), ("Star Tower, 737 Yeoksam-dong, Kangnam-ku, Seoul 135-984, Korea", 0),
    ("서울특별시 종로구 세종대로 209", 0),
])
def test_address_exit_code_is_1_when_no_part_is_found(text, code):
    result = _address(text)
    assert result.exit_code == code, result.output
    record = json.loads(result.stdout)
    assert record["text"] == text
    assert bool(set(record["parts"]) - {"EntityAddressLine"}) == (code == 0)


def test_korean_and_foreign_addresses_share_the_taxonomy_key_set():
    concepts = set(load_taxonomy().concepts)
    korean = json.loads(_address("Star Tower, 737 Yeoksam-dong, Kangnam-ku, Seoul 135-984, Korea").stdout)
    foreign = json.loads(_address("245 Park Avenue, New York, NY 10167").stdout)
    for record in (korean, foreign):
        assert set(record) == {"text", "start", "end", "parts", "parts_ko"}
        assert set(record["parts"]) | set(record["parts_ko"]) <= concepts
    shared = {"EntityAddressCityOrProvince", "EntityAddressPostalCode", "EntityAddressCountryCode"}
    assert shared <= set(korean["parts"]) and shared <= set(foreign["parts"])
    assert (foreign["parts"]["EntityAddressCityOrProvince"], korean["parts"]["EntityAddressCityOrProvince"]) == \
           ("NY", "Seoul")
    assert korean["parts_ko"]["EntityAddressDistrict"] == "강남구"


def test_address_reads_standard_input(tmp_path):
    result = _address("-", input="245 Park Avenue, New York, NY 10167\n")
    assert result.exit_code == 0 and json.loads(result.stdout)["parts"]["EntityAddressCity"] == "New York"
    listed = _address("--all", "-", input="Our office: 245 Park Avenue, New York, NY 10167.\n")
    assert listed.exit_code == 0 and json.loads(listed.stdout)[0]["parts"]["EntityAddressPostalCode"] == "10167"
    assert _address().exit_code == 2
