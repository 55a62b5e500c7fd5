"""xBRL-JSON and xBRL-CSV: equal, fact by fact, to Arelle's OIM export of our XBRL instance, and
loadable by Arelle's OIM loader into the same facts as the XBRL."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from converter.render import render_instance
from converter.render_oim import csv_cell, oim_period, oim_unit, render_csv, render_json
from converter.taxonomy import copy_taxonomy, load_taxonomy
from test_ixbrl import SEED_FILES, arelle_load, by_id, written_variant

OIM_PLUGIN = "loadFromOIM"


def _resolve(qname: str, namespaces: dict[str, str]) -> str:
    prefix, _, local = qname.partition(":")
    return f"{{{namespaces[prefix]}}}{local}"


def _unit(text: str | None, namespaces: dict[str, str]) -> tuple:
    if not text:
        return ()
    num, _, den = text.partition("/")
    side = lambda part: tuple(sorted(_resolve(m, namespaces) for m in part.strip("()").split("*") if m))  # noqa: E731
    return side(num), side(den)


def normal_fact(value: str | None, decimals, dims: dict[str, str], namespaces: dict[str, str],
                *, language: bool = True) -> tuple:
    """One OIM fact with prefixes resolved and numbers compared as numbers."""
    concept = _resolve(dims["concept"], namespaces)
    numeric = load_taxonomy().concept(concept.rpartition("}")[2]).numeric
    scheme_prefix, _, identifier = dims["entity"].partition(":")
    taxonomy_dims = tuple(sorted(
        (_resolve(k, namespaces), v) for k, v in dims.items()
        if k not in ("concept", "entity", "period", "unit", "language")
    ))
    return (
        concept,
        (namespaces[scheme_prefix], identifier),
        dims.get("period"),  # a forever fact (an undated document) states no period
        taxonomy_dims,
        _unit(dims.get("unit"), namespaces),
        Decimal(value) if numeric and value is not None else value,
        None if decimals in (None, "") else int(decimals),
        dims.get("language") if language else None,
    )


def json_facts(data: bytes) -> dict[str, tuple]:
    report = json.loads(data)
    assert report["documentInfo"]["documentType"] == "https://xbrl.org/2021/xbrl-json"
    ns = report["documentInfo"]["namespaces"]
    return {fid: normal_fact(f["value"], f.get("decimals"), f["dimensions"], ns) for fid, f in report["facts"].items()}


def _cell(text: str) -> str | None:
    if text == "":
        return None
    if text == "#empty":
        return ""
    return text[1:] if text.startswith("##") else text


def csv_facts(metadata: bytes, table: bytes, *, language: bool = True) -> dict[str, tuple]:
    """Facts of a one-table xBRL-CSV report whose dimensions all come from '$column' references."""
    meta = json.loads(metadata.decode("utf-8-sig"))
    assert meta["documentInfo"]["documentType"] == "https://xbrl.org/2021/xbrl-csv"
    ns = meta["documentInfo"]["namespaces"]
    template = meta["tableTemplates"][meta["tables"]["facts"]["template"]]
    rows = list(csv.DictReader(io.StringIO(table.decode("utf-8-sig"))))
    facts = {}
    for row in rows:
        dims = {}
        for name, ref in template["dimensions"].items():
            value = _cell(row[ref.removeprefix("$")])
            if value is not None:
                dims[name] = value
        decimals = _cell(row[template["decimals"].removeprefix("$")]) if "decimals" in template else None
        facts[row[template["rowIdColumn"]]] = normal_fact(_cell(row["value"]), decimals, dims, ns, language=language)
    return facts


def _converted_variant():
    instance, _ = written_variant()
    return instance, render_instance(instance)


# ----------------------------------------------------------------------------------------------
# Small pieces
# ----------------------------------------------------------------------------------------------


def test_oim_cells_and_units():
    from converter.model import UnitSpec

    assert oim_unit(UnitSpec.currency("USD")) == "iso4217:USD"
    assert oim_unit(UnitSpec(("xbrli:shares",))) == "xbrli:shares"
    assert csv_cell("#nil") == "##nil"


def test_json_and_csv_agree_with_each_other():
    instance, _ = _converted_variant()
    meta, table = render_csv(instance, "x-facts.csv")
    assert json_facts(render_json(instance)) == csv_facts(meta, table)


def test_outputs_are_deterministic():
    instance, _ = _converted_variant()
    assert render_json(instance) == render_json(instance)
    assert render_csv(instance, "a.csv") == render_csv(instance, "a.csv")


# ----------------------------------------------------------------------------------------------
# Against Arelle
# ----------------------------------------------------------------------------------------------


def _check_against_arelle(folder: Path, stem: str, instance, xml: bytes) -> None:
    copy_taxonomy(folder)
    xml_path = folder / f"{stem}.xml"
    xml_path.write_bytes(xml)
    ours_json = render_json(instance)
    ours_meta, ours_table = render_csv(instance, f"{stem}-facts.csv")
    (folder / f"{stem}.json").write_bytes(ours_json)
    (folder / f"{stem}-metadata.json").write_bytes(ours_meta)
    (folder / f"{stem}-facts.csv").write_bytes(ours_table)

    export = folder / "arelle"
    export.mkdir()
    from_xbrl, problems = arelle_load(xml_path, save_oim=export / f"{stem}.json", oim_language=True)
    assert problems == []
    arelle_load(xml_path, save_oim=export / f"{stem}.csv")

    # 1. equal to Arelle's export, fact by fact
    assert json_facts(ours_json) == json_facts((export / f"{stem}.json").read_bytes())
    arelle_csv = csv_facts((export / f"{stem}-metadata.json").read_bytes(), (export / f"{stem}-facts.csv").read_bytes(),
                           language=False)  # Arelle's CSV export writes no language column
    assert csv_facts(ours_meta, ours_table, language=False) == arelle_csv

    # 2. Arelle's OIM loader reads ours without a complaint, into the XBRL's facts
    expected = by_id(from_xbrl)
    for entry in (folder / f"{stem}.json", folder / f"{stem}-metadata.json"):
        loaded, problems = arelle_load(entry, plugins=OIM_PLUGIN, oim_language=True)
        assert problems == [], (entry.name, problems)
        # xBRL-CSV fact ids are '<table>.r_<row id>.<column>' (Arelle's naming): back to the row id
        loaded = [replace(f, id=re.sub(r"^facts\.r_(.*)\.value$", r"\1", f.id)) for f in loaded]
        assert by_id(loaded) == expected, entry.name


def test_written_variant_equals_arelle_oim(tmp_path):
    instance, xml = _converted_variant()
    _check_against_arelle(tmp_path, "daehan", instance, xml)


def test_periods_in_oim_form():
    import datetime as dt

    from converter.model import Period

    assert oim_period(Period.duration(dt.date(2004, 2, 1), dt.date(2004, 2, 29))) == "2004-02-01T00:00:00/2004-03-01T00:00:00"


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.name)
def test_seed_oim_equals_arelle_export(seed, tmp_path):
    from converter.formats import render_formats
    from converter.pipeline import convert_file

    for n, converted in enumerate(convert_file(seed)):
        folder = tmp_path / str(n)
        folder.mkdir()
        stem = converted.output_name.removesuffix(".xml")
        _check_against_arelle(folder, stem, converted.instance, converted.xml)
        names = [name for name, _ in render_formats(converted, ["json", "csv"])]
        assert names == [f"{stem}.json", f"{stem}-metadata.json", f"{stem}-facts.csv"]


def _converted(instance, doc):
    from converter.model import Classification, DocumentFamily, EntityInfo, Extraction
    from converter.pipeline import Converted

    extraction = Extraction(doc, Classification(DocumentFamily.PRESS_RELEASE, 1, ()), EntityInfo(),
                            instance.contexts[0].period, ())
    return Converted(doc.name, "daehan-cable.xml", render_instance(instance), instance, extraction, ())


def test_render_formats_names_every_file_by_the_instance_stem():
    from converter.errors import Doc2XbrlError
    from converter.formats import parse_formats, render_formats

    converted = _converted(*written_variant())
    files = render_formats(converted, parse_formats("xbrl,ixbrl,json,csv"))
    assert [name for name, _ in files] == [
        "daehan-cable.xml", "daehan-cable.xhtml", "daehan-cable.json",
        "daehan-cable-metadata.json", "daehan-cable-facts.csv",
    ]
    assert files[0][1] == converted.xml
    assert b'"url": "daehan-cable-facts.csv"' in files[3][1]
    with pytest.raises(Doc2XbrlError):
        parse_formats("xbrl,pdf")
