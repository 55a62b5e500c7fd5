"""`validate` on everything convert writes: instances, Inline XBRL, xBRL-JSON, xBRL-CSV, folders.

Each format is read back into the instance it stands for; that instance must hold exactly the
facts of the XBRL instance written beside it (ids, concepts, contexts, units, values, decimals,
languages), so "valid" means the same for every format. Broken reports of each format give
findings that name the file and line of the report itself.
"""

from __future__ import annotations

import json
import re
import shutil
from functools import cache
from pathlib import Path

import pytest
from click.testing import CliRunner

from converter.cli import main
from converter.pipeline import convert_file, write_converted
from converter.validate.files import kind_of, target_instance, validate_path, validate_paths
from converter.validate.instance import InstanceView
from converter.validate.loading import load_instance
from factlib import DATA, SEEDS

ALL_FORMATS = ("xbrl", "ixbrl", "json", "csv")
DOCUMENTS = [DATA / "press" / "chemical-2004-merger-egm.txt", DATA / "cover_6k" / "software-euc-kr-hangul.txt",
             DATA / "cover_6k" / "energy-wingdings-html.htm", *sorted(SEEDS.glob("*.txt"))]


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@cache
def _written(source: Path, folder: Path) -> Path:
    write_converted(convert_file(source), folder, ALL_FORMATS)
    return folder


@pytest.fixture
def outputs(tmp_path: Path) -> Path:
    """A folder as convert leaves it: every format of several documents, the taxonomy, a manifest."""
    for source in DOCUMENTS:
        write_converted(convert_file(source), tmp_path, ALL_FORMATS)
    (tmp_path / "manifest.jsonl").write_text('{"input": "x.txt", "status": "ok"}\n', encoding="utf-8")
    return tmp_path


def facts_of(instance: bytes, folder: Path) -> set[tuple]:
    """Every fact of an instance with everything that defines it, comparable across files."""
    loaded, problems = load_instance(instance, name="x", base_dir=folder)
    assert loaded is not None, problems
    view = InstanceView(loaded)
    found = set()
    for fact in view.facts:
        context = view.contexts[fact.context_ref]
        unit = view.units.get(fact.unit_ref)
        found.add((fact.id, fact.qname, fact.value, fact.decimals, fact.lang, fact.nil, context.key[0],
                   context.period_kind, context.start, context.end,
                   tuple((m.dimension, m.elements, m.value) for m in context.members), unit.key if unit else None))
    return found


def stems(folder: Path) -> list[str]:
    return sorted(p.stem for p in folder.glob("*.xml") if not p.name.startswith("d2x-"))


# ---------------------------------------------------------------------- every format, same facts


@pytest.mark.parametrize("report", ["{}.xhtml", "{}.json", "{}-metadata.json"])
def test_each_format_stands_for_the_same_facts_as_the_instance(outputs: Path, report: str):
    assert len(stems(outputs)) >= len(DOCUMENTS)
    for stem in stems(outputs):
        expected = facts_of((outputs / f"{stem}.xml").read_bytes(), outputs)
        path = outputs / report.format(stem)
        data = path.read_bytes()
        instance, _, findings = target_instance(data, path.name, outputs, kind_of(data, path.name))
        assert findings == []
        assert facts_of(instance, outputs) == expected, path.name


def test_a_folder_of_outputs_is_valid_and_the_files_beside_them_are_recognised(outputs: Path):
    results = {Path(r.file).name: r for r in validate_path(outputs)}
    kinds = {r.kind for r in results.values()}
    assert kinds == {"instance", "Inline XBRL", "xBRL-JSON", "xBRL-CSV", "CSV table", "taxonomy schema",
                     "taxonomy linkbase", "run manifest"}
    assert [name for name, r in results.items() if r.status == "invalid"] == []
    skipped = {name for name, r in results.items() if r.status == "skipped"}
    assert skipped == {p.name for p in outputs.iterdir() if p.suffix in (".xsd", ".jsonl", ".csv")
                       or p.name.startswith("d2x-")}
    counted = {r.facts for name, r in results.items() if name.startswith(stems(outputs)[0] + ".")}
    assert len(counted) == 1 and counted.pop() > 0  # one fact count for every format of a document


def test_validate_command_on_a_folder_and_a_mix_of_files(outputs: Path):
    stem = stems(outputs)[0]
    result = run("validate", str(outputs))
    assert result.exit_code == 0, result.output
    assert f"{outputs / stem}.xhtml: valid (Inline XBRL," in result.stdout
    assert "d2x-2026-11.xsd: skipped (a taxonomy schema" in result.stdout
    mix = [str(outputs / f"{stem}{end}") for end in (".xml", ".xhtml", ".json", "-metadata.json", "-facts.csv")]
    assert run("validate", *mix, str(outputs / "d2x-2026-11-lab.xml")).exit_code == 0


def test_validate_json_always_prints_a_result(outputs: Path):
    stem = stems(outputs)[0]
    valid = run("validate", "--json", str(outputs / f"{stem}.xml"))
    assert valid.exit_code == 0
    report = json.loads(valid.stdout)
    assert report["valid"] is True and report["counts"] == {"valid": 1, "invalid": 0, "skipped": 0}
    (only,) = report["files"]
    assert (only["status"], only["kind"], only["errors"], only["findings"]) == ("valid", "instance", 0, [])
    broken = outputs / "broken.json"
    broken.write_text("{", encoding="utf-8")
    invalid = run("validate", "--json", str(broken), str(outputs / f"{stem}.xhtml"))
    assert invalid.exit_code == 1
    report = json.loads(invalid.stdout)
    assert report["valid"] is False and report["counts"]["invalid"] == 1
    assert report["files"][0]["findings"][0]["file"] == str(broken)


def test_exit_codes(outputs: Path, tmp_path: Path):
    filing = tmp_path / "filing.txt"
    shutil.copy(DOCUMENTS[0], filing)
    assert run("validate", str(outputs / "nope.xml")).exit_code == 2  # usage: no such file
    named = run("validate", str(filing))
    assert named.exit_code == 1 and "d2x:notAReport" in named.stderr  # named, but not a report
    only_taxonomy = tmp_path / "taxonomy"
    run("taxonomy", "-o", str(only_taxonomy))
    nothing = run("validate", str(only_taxonomy))
    assert nothing.exit_code == 1 and "no XBRL report" in nothing.stderr


def test_a_folder_with_sources_skips_them_and_still_checks_the_reports(outputs: Path):
    shutil.copy(DOCUMENTS[0], outputs / "source.txt")
    (outputs / "notes.xml").write_text("<notes><note>read me</note></notes>", encoding="utf-8")
    results = {Path(r.file).name: r for r in validate_paths([outputs])}
    assert results["source.txt"].status == "skipped" and results["notes.xml"].status == "skipped"
    assert all(r.status != "invalid" for r in results.values())


# ---------------------------------------------------------------------- broken reports


def _one_of_each(tmp_path: Path) -> tuple[Path, str]:
    write_converted(convert_file(DOCUMENTS[0]), tmp_path, ALL_FORMATS)
    return tmp_path, stems(tmp_path)[0]


def _findings(path: Path) -> list:
    (result,) = validate_paths([path])
    assert result.status == "invalid"
    return list(result.findings)


def _line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def _edit(path: Path, old: str, new: str) -> str:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    return text


def test_inline_value_that_its_format_cannot_read(tmp_path: Path):
    folder, stem = _one_of_each(tmp_path)
    page = folder / f"{stem}.xhtml"
    text = page.read_text(encoding="utf-8")
    tag = re.search(r'<ix:nonFraction [^>]*format="ixt:num-dot-decimal"[^>]*>([^<]+)<', text)
    changed = text[: tag.start(1)] + "12,34" + text[tag.end(1):]
    page.write_text(changed, encoding="utf-8")
    (finding,) = _findings(page)
    assert finding.code == "ix11.transformation:invalidValue" and "'12,34'" in finding.message
    assert (finding.file, finding.line) == (str(page), _line_of(changed, "12,34"))


def test_inline_fact_with_a_context_that_does_not_exist_is_reported_at_its_line(tmp_path: Path):
    folder, stem = _one_of_each(tmp_path)
    page = folder / f"{stem}.xhtml"
    text = page.read_text(encoding="utf-8")
    tag = re.search(r'<ix:nonNumeric name="d2x:DocumentTitle" id="(\w+)" contextRef="', text)
    changed = text[: tag.end()] + "missing-" + text[tag.end():]
    page.write_text(changed, encoding="utf-8")
    codes = {(f.code, f.line) for f in _findings(page)}
    assert ("xbrl.4.6.1:itemContextRef", _line_of(changed, "missing-")) in codes


@pytest.mark.parametrize("old, new, code", [
    ('format="ixt:num-dot-decimal"', 'format="ixt:num-unknown-style"', "ix11.transformation:invalidValue"),
    ("<ix:header>", "<ix:header/><ix:header>", "ix11.5.1:headerCount"),
    ('<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE html [<!ENTITY e "x">]>',
     "security:doctype"),
    ("</body>", "<p>unclosed</body>", "xml.2.1:wellFormed"),  # not XML: not known as a page either
])
def test_broken_inline_pages(tmp_path: Path, old: str, new: str, code: str):
    folder, stem = _one_of_each(tmp_path)
    page = folder / f"{stem}.xhtml"
    _edit(page, old, new)
    assert code in {f.code for f in _findings(page)}


def test_inline_duplicate_ids_and_elements_inside_a_number(tmp_path: Path):
    folder, stem = _one_of_each(tmp_path)
    page = folder / f"{stem}.xhtml"
    text = page.read_text(encoding="utf-8")
    number = re.search(r'(<ix:nonFraction [^>]*>)([^<]+)(</ix:nonFraction>)', text)
    text = text[: number.start(2)] + f"<b>{number.group(2)}</b>" + text[number.end(2):]
    ids = re.findall(r'<ix:nonNumeric [^>]*id="(\w+)"', text)
    text = text.replace(f'id="{ids[1]}"', f'id="{ids[0]}"', 1)
    page.write_text(text, encoding="utf-8")
    codes = {f.code for f in _findings(page)}
    assert {"ix11.3:duplicateId", "ix11.transformation:invalidValue"} <= codes


@pytest.mark.parametrize("old, new, code", [
    ('"period": "', '"period": "2003-13-45/', "oime:invalidPeriodRepresentation"),
    ('"concept": "d2x:', '"concept": "zz:', "oime:unboundPrefix"),
    ('"entity": "', '"entity": "nowhere:', "oime:unboundPrefix"),
    ('"decimals": ', '"decimals": "a", "x": ', "xbrlje:invalidJSONStructure"),
])
def test_broken_xbrl_json_reports(tmp_path: Path, old: str, new: str, code: str):
    folder, stem = _one_of_each(tmp_path)
    report = folder / f"{stem}.json"
    text = _edit(report, old, new)
    finding = next(f for f in _findings(report) if f.code == code)
    fact_id = finding.fact
    assert finding.file == str(report) and finding.line == _line_of(text, f'"{fact_id}": {{')


def test_xbrl_json_fact_of_a_concept_the_taxonomy_lacks(tmp_path: Path):
    folder, stem = _one_of_each(tmp_path)
    report = folder / f"{stem}.json"
    text = _edit(report, '"concept": "d2x:DocumentTitle"', '"concept": "d2x:DocumentKind"')
    finding = next(f for f in _findings(report) if f.severity == "error")
    assert finding.line == _line_of(text, "d2x:DocumentKind") - 3  # the line that opens the fact
    assert "DocumentKind" in finding.message or "DocumentKind" in (finding.fact or "")


def test_broken_xbrl_csv_report_names_the_table_and_its_row(tmp_path: Path):
    folder, stem = _one_of_each(tmp_path)
    table = folder / f"{stem}-facts.csv"
    rows = table.read_bytes().decode("utf-8").split("\r\n")
    rows[3] = re.sub(r"\d{4}-\d\d-\d\dT00:00:00", "2003-99-01T00:00:00", rows[3], count=1)
    table.write_bytes("\r\n".join(rows).encode("utf-8"))
    findings = _findings(folder / f"{stem}-metadata.json")
    assert [(f.code, f.file, f.line) for f in findings] == [("oime:invalidPeriodRepresentation", f"{stem}-facts.csv", 4)]
    table.unlink()
    assert "xbrlce:missingTable" in {f.code for f in _findings(folder / f"{stem}-metadata.json")}
