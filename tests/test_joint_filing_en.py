"""Agreements and Schedule 13D/13G cover pages in further layouts, end to end: every fact the
agreement and schedule readers state (and the document's date) must be exactly the expected
one of ``NAME.facts.tsv`` beside the document (``tests/data/joint_filing``, ``schedule_13``:
``en-*``), and Arelle must load each instance with no error or warning. Every document is
invented: parties in preambles, only on their pages or only in an exhibit index; two and three
columns of pages; chains through general partners; attorneys-in-fact; cover rows beside,
under or in the cell of their labels; HTML and HTML flattened to '|' cells; amendments."""

from __future__ import annotations

from pathlib import Path

import pytest

from arelle_support import assert_arelle_clean
from converter.model import Observation
from converter.pipeline import convert_file, write_converted
from test_resolutions import Row, _value, observed

DATA = Path(__file__).resolve().parent / "data"
DOCUMENTS = sorted(p for folder in ("joint_filing", "schedule_13") for p in (DATA / folder).glob("en-*")
                   if p.suffix in (".txt", ".htm"))
WARNINGS = {"en-jfa-near-namesake-fund-numbers.txt": "SAGEBRUSH CAPITAL PARTNERS II (PARALLEL), L.P."}


def expected(path: Path) -> set[Row]:
    rows = set()
    for line in path.with_name(path.stem + ".facts.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            concept, value, period, unit, decimals, dims = line.split("\t")
            rows.add((concept, _value(value), period, unit, decimals, dims))
    return rows


def _ours(o: Observation) -> bool:
    return o.rule.startswith(("joint-filing:", "schedule-13:")) or o.concept == "DocumentDate"


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_every_fact_of_the_agreement_or_schedule(path: Path, tmp_path: Path) -> None:
    (converted,) = convert_file(path)
    extraction = converted.extraction
    assert {observed(o, extraction.document_period) for o in extraction.observations if _ours(o)} == expected(path)
    stranger = WARNINGS.get(path.name)
    assert [w for w in converted.warnings if "not a reporting person" in w] == (
        [w for w in converted.warnings if stranger and stranger in w])
    (written,) = write_converted((converted,), tmp_path)
    assert_arelle_clean(written)


def test_share_rows_never_take_the_percentage_beside_the_count() -> None:
    """'2,450,000 shares, or 9.8%' in a share row is a count; '9.8% (based on 25,000,000 shares
    outstanding)' in the percent row is the percentage, not the count after it."""
    (converted,) = convert_file(DATA / "schedule_13" / "en-13ga-cover-table.htm")
    by_concept = {o.concept: o.value for o in converted.extraction.observations
                  if o.dimensions == (("ReportingPersonAxis", "1"),)}
    assert by_concept["SoleVotingPower"] == 2450000
    assert str(by_concept["PercentOfClass"]) == "0.098"


def test_a_name_on_the_labels_line_is_not_the_label() -> None:
    (converted,) = convert_file(DATA / "schedule_13" / "en-13g-names-on-label-line.txt")
    names = [o.value for o in converted.extraction.observations if o.concept == "ReportingPersonName"]
    assert names == ["Halvorsen Nordic Opportunities Fund", "Halvorsen Kapitalforvaltning AS", "Sigrid E. Halvorsen"]
