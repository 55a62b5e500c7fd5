"""The command line: exit codes, one-line errors, no partial output, batches that go on."""

from __future__ import annotations

import shutil

from click.testing import CliRunner

from converter import __version__
from converter.cli import main
from factlib import SEEDS

COVER = SEEDS / "hanaro-6k-cover-nov-2002.txt"


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
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and str(empty) in errors[0]
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
