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
