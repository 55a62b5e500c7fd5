"""Every written test document, not only the seeds, through every output format: the Inline XBRL
page loads clean in Arelle with the XBRL instance's facts, and xBRL-JSON / xBRL-CSV equal
Arelle's own export of the instance. New documents added under tests/data are picked up."""

from __future__ import annotations

from pathlib import Path

import pytest

from arelle_support import assert_arelle_clean
from converter.formats import render_formats
from converter.pipeline import convert_file
from test_ixbrl import arelle_load, assert_same_facts, write_pair
from test_oim import _check_against_arelle

DATA = Path(__file__).resolve().parent / "data"
DOCUMENTS = sorted(p for folder in ("press", "cover_6k", "joint_filing", "ingest")
                   for p in (DATA / folder).iterdir() if p.suffix in (".txt", ".htm", ".html"))


def test_the_corpus_is_there():
    assert len(DOCUMENTS) >= 20


@pytest.mark.parametrize("source", DOCUMENTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_inline_page_loads_clean_with_the_xbrl_facts(source, tmp_path):
    for converted in convert_file(source):
        files = dict(render_formats(converted, ["xbrl", "ixbrl"]))
        stem = converted.output_name.removesuffix(".xml")
        xml_path, page_path = write_pair(tmp_path, stem, files[f"{stem}.xml"], files[f"{stem}.xhtml"])
        from_xbrl, xbrl_problems = arelle_load(xml_path)
        from_inline, inline_problems = arelle_load(page_path)
        assert xbrl_problems == [] and inline_problems == [], inline_problems
        assert_arelle_clean(page_path, inline=True)
        assert len(from_inline) == len(converted.instance.facts) > 0
        assert_same_facts(from_xbrl, from_inline)


@pytest.mark.parametrize("source", DOCUMENTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_oim_reports_equal_arelle_export(source, tmp_path):
    for n, converted in enumerate(convert_file(source)):
        folder = tmp_path / str(n)
        folder.mkdir()
        _check_against_arelle(folder, converted.output_name.removesuffix(".xml"), converted.instance, converted.xml)
