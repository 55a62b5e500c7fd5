"""The README a new user reads first: it starts with the two commands CI runs on a fresh clone,
its Python example runs, every vocabulary file is described, and the public API it names exists."""

from __future__ import annotations

import contextlib
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import converter

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")


def code_blocks(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```$", README, re.DOTALL | re.MULTILINE)


def test_readme_starts_with_the_install_and_test_commands():
    head = README.split("\n## ", 1)[0]  # before the first section
    first, second = code_blocks("sh")[:2]
    assert first in head and second in head
    assert first.strip().endswith("doc2xbrl convert examples/*.txt -o out") and "pip install" in first
    assert second.strip() == "python3 -m venv .venv && .venv/bin/pip install -q -e '.[test]' && .venv/bin/python -m pytest -q"


@pytest.mark.skipif(shutil.which("bash") is None or shutil.which("awk") is None, reason="needs bash and awk")
def test_ci_runs_exactly_the_readme_commands():
    listed = subprocess.run(["bash", str(REPO / ".ci" / "run"), "--commands"], capture_output=True, text=True,
                            check=True).stdout
    assert listed.splitlines() == [block.strip() for block in code_blocks("sh")[:2]]
    script = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "git clone" in script and "mktemp -d" in script  # in a fresh clone, nothing beside it
    assert "fonts-noto-cjk" in script and "chromium" in script


def test_the_python_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    (example,) = code_blocks("python")
    shutil.copytree(REPO / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(example, "README.md", "exec"), {})
    lines = printed.getvalue().splitlines()
    assert lines[0] == "hanaro-q3-2002-operating-profit.xml press release 17 facts"
    assert lines[1] == "Revenues: 326000000000 decimals -8"
    statuses = {Path(line.split()[0]).name: line.split()[1] for line in lines if line.startswith("out-python")}
    assert statuses["hanaro-q3-2002-operating-profit.xhtml"] == "valid"
    assert statuses["hanaro-q3-2002-operating-profit.json"] == "valid"
    assert statuses["d2x-2026-11.xsd"] == "skipped"


def test_the_public_api_is_what_the_readme_names():
    for name in converter.__all__:
        assert getattr(converter, name) is not None, name
        if name != "__version__":
            assert f"`{name}`" in README, f"the README does not name converter.{name}"
    (converted,) = converter.convert_text("EXHIBIT 99.1\n\nMarch 3, 2004\n\nDaehan Cable Co., Ltd. announced ...\n",
                                          "release.txt")
    assert converted.output_name == "release.xml" and converter.is_valid(converted.xml,
                                                                          base_dir=REPO / "schemas")
    with pytest.raises(AttributeError):
        converter.no_such_function  # noqa: B018


def test_every_vocabulary_file_is_described():
    described = set(re.findall(r"^\| `([\w.]+\.tsv)` \|", README, re.MULTILINE))
    present = {p.name for p in (REPO / "converter" / "data").glob("*.tsv")}
    assert present - described == set(), "add a row for each to the README's 'Extending the vocabularies' table"
    assert described - present == set()


@pytest.mark.parametrize("section", ["## Limitations", "## Fonts", "## Extending the vocabularies", "## From Python",
                                     "### Undated documents: `--date` and `forever`"])
def test_readme_sections(section: str):
    assert f"\n{section}\n" in README


def test_readme_states_the_suite_duration_and_the_date_fallback():
    head = README.split("\n## ", 1)[0]
    assert re.search(r"suite takes\s+about \d+ minutes", head)
    assert "--date" in README and "xbrli:forever" in README


def test_convert_help_documents_date_and_forever():
    from click.testing import CliRunner

    from converter.cli import main

    text = " ".join(CliRunner().invoke(main, ["convert", "--help"]).output.split())
    assert "--date YYYY-MM-DD" in text and "forever" in text and "--name NAME" in text
