"""Every written test document, not only the seeds, through every output format: the Inline XBRL
page loads clean in Arelle with the XBRL instance's facts, and xBRL-JSON / xBRL-CSV equal
Arelle's own export of the instance. New documents added under tests/data are picked up."""

from __future__ import annotations

from pathlib import Path

import pytest

from converter.pipeline import convert_file
from test_ixbrl import assert_inline_page_matches_instance
from test_oim import _check_against_arelle

DATA = Path(__file__).resolve().parent / "data"
DOCUMENTS = sorted(p for folder in ("press", "cover_6k", "joint_filing", "ingest")
                   for p in (DATA / folder).iterdir() if p.suffix in (".txt", ".htm", ".html"))


def test_the_corpus_is_there():
    assert len(DOCUMENTS) >= 20


@pytest.mark.parametrize("source", DOCUMENTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_inline_page_loads_clean_with_the_xbrl_facts(source, tmp_path):
    for converted in convert_file(source):
        assert_inline_page_matches_instance(converted, tmp_path)


@pytest.mark.parametrize("source", DOCUMENTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_oim_reports_equal_arelle_export(source, tmp_path):
    for n, converted in enumerate(convert_file(source)):
        folder = tmp_path / str(n)
        folder.mkdir()
        _check_against_arelle(folder, converted.output_name.removesuffix(".xml"), converted.instance, converted.xml)
