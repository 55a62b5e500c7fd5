"""The committed examples: up to date, valid for us, and clean under Arelle."""

from __future__ import annotations

from pathlib import Path

import pytest

from arelle_support import assert_arelle_clean
from converter.pipeline import convert_file
from converter.resources import schemas_dir
from converter.taxonomy import TAXONOMY_FILES
from converter.validate import iter_errors

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SOURCES = sorted(EXAMPLES.glob("*.txt"))
# convert writes the taxonomy beside the instances (self-contained folder): those are not instances.
INSTANCES = sorted(p for p in EXAMPLES.glob("*.xml") if p.name not in TAXONOMY_FILES)


def test_examples_exist():
    assert len(SOURCES) >= 4
    assert len(INSTANCES) >= len(SOURCES)


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.name)
def test_committed_output_is_current(source):
    for converted in convert_file(source):
        committed = EXAMPLES / converted.output_name
        assert committed.is_file(), f"{committed.name} missing: run the README's convert command"
        assert committed.read_bytes() == converted.xml, f"{committed.name} is stale: regenerate it"


@pytest.mark.parametrize("name", TAXONOMY_FILES)
def test_committed_taxonomy_is_current(name):
    assert (EXAMPLES / name).read_bytes() == (schemas_dir() / name).read_bytes()


@pytest.mark.parametrize("instance", INSTANCES, ids=lambda p: p.name)
def test_example_valid_for_our_validator(instance):
    assert [str(f) for f in iter_errors(instance)] == []


@pytest.mark.parametrize("instance", INSTANCES, ids=lambda p: p.name)
def test_example_clean_under_arelle(instance):
    assert_arelle_clean(instance)


def test_conversion_is_deterministic():
    first = [c.xml for c in convert_file(SOURCES[0])]
    second = [c.xml for c in convert_file(SOURCES[0])]
    assert first == second


def test_output_does_not_depend_on_the_input_folder(tmp_path, monkeypatch):
    """Same input, same bytes: wherever the file lies and however its path is spelled."""
    copy = tmp_path / "elsewhere" / SOURCES[0].name
    copy.parent.mkdir()
    copy.write_bytes(SOURCES[0].read_bytes())
    monkeypatch.chdir(copy.parent)
    relative = [c.xml for c in convert_file(copy.name)]
    absolute = [c.xml for c in convert_file(SOURCES[0])]
    assert relative == absolute
