"""The instance validator on valid input: API, findings, warnings, caching and speed.

Broken instances and hostile inputs are in test_validate_negative.py.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from arelle_support import arelle_messages, assert_arelle_clean
from converter.errors import InstanceInvalid
from converter.taxonomy import copy_taxonomy
from converter.validate import ERROR, WARNING, Finding, is_valid, iter_errors, validate
from converter.validate import xsd as xsd_module

INSTANCES = Path(__file__).resolve().parent / "data" / "instances"
VALID_INSTANCE = INSTANCES / "valid-6k-quarter.xml"
HANGUL_INSTANCE_NAME = "대한-6k.xml"


def edited(text: str, *changes: tuple[str, str]) -> str:
    """``text`` with each ``(old, new)`` replacement made; ``old`` must occur exactly once."""
    for old, new in changes:
        assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
        text = text.replace(old, new)
    return text


def arelle_errors(path: Path) -> list[str]:
    """What Arelle (offline, XBRL 2.1 + Dimensions + UTR) reports about ``path`` at ERROR level."""
    return [str(m) for m in arelle_messages(path) if m.level in ("ERROR", "CRITICAL")]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder holding the taxonomy files, as convert's output folder does."""
    copy_taxonomy(tmp_path)
    return tmp_path


@pytest.fixture
def valid_path(folder: Path) -> Path:
    path = folder / VALID_INSTANCE.name
    path.write_bytes(VALID_INSTANCE.read_bytes())
    return path


def codes(findings) -> list[str]:
    return [f.code for f in findings]


# ------------------------------------------------------------------------------- valid input


def test_valid_instance_has_no_findings(valid_path):
    assert [str(f) for f in iter_errors(valid_path)] == []
    assert validate(valid_path) == ()
    assert is_valid(valid_path) is True


def test_valid_instance_is_clean_under_arelle(valid_path):
    assert_arelle_clean(valid_path)  # not even a warning


def test_valid_instance_uses_what_the_brief_lists():
    """The hand-written instance really exercises several contexts, a divide unit and a typed member."""
    text = VALID_INSTANCE.read_text(encoding="utf-8")
    assert text.count("<xbrli:context ") >= 4
    assert "<xbrli:divide>" in text
    assert "<xbrldi:typedMember " in text
    assert 'xml:lang="ko"' in text


def test_bytes_are_validated_against_the_schema_in_base_dir(folder):
    data = VALID_INSTANCE.read_bytes()
    assert list(iter_errors(data, name="out/q2.xml", base_dir=folder)) == []
    broken = edited(data.decode(), ('id="f6" contextRef="c-q2"', 'id="f6" contextRef="c-q9"')).encode()
    (finding,) = [f for f in iter_errors(broken, name="out/q2.xml", base_dir=folder) if f.code == "xbrl.4.6.1:itemContextRef"]
    assert finding.file == "out/q2.xml"
    assert finding.fact == "d2x:Revenues#f6"
    assert finding.line == line_of(broken, b'id="f6"')


def test_bytes_without_the_taxonomy_beside_them_are_invalid(tmp_path):
    (finding,) = iter_errors(VALID_INSTANCE.read_bytes(), name="lonely.xml", base_dir=tmp_path)
    assert finding.code == "xbrl.4.2.2:schemaRefHref"
    assert finding.file == "lonely.xml"
    assert "does not exist" in finding.message


def test_path_given_as_str_and_hangul_file_name(folder):
    path = folder / HANGUL_INSTANCE_NAME
    path.write_bytes(VALID_INSTANCE.read_bytes())
    assert is_valid(str(path))


# ----------------------------------------------------------------------------------- the API


def test_finding_is_one_line_naming_file_line_rule_and_fact():
    finding = Finding("xbrl.4.7.2:contextPeriodType", ERROR, "Revenues is\nduration", "out/a.xml", 12, "d2x:Revenues#f3")
    assert str(finding) == "out/a.xml:12: error [xbrl.4.7.2:contextPeriodType] Revenues is duration (d2x:Revenues#f3)"


def test_validate_raises_instance_invalid_with_every_error(folder):
    text = VALID_INSTANCE.read_text(encoding="utf-8")
    broken = edited(
        text,
        ('id="f6" contextRef="c-q2"', 'id="f6" contextRef="c-jun30"'),
        ('id="f10" contextRef="c-jun30" unitRef="u-shares"', 'id="f10" contextRef="c-jun30" unitRef="u-KRW"'),
    ).encode()
    with pytest.raises(InstanceInvalid) as caught:
        validate(broken, name="two-errors.xml", base_dir=folder)
    error = caught.value
    assert {f.code for f in error.findings} >= {"xbrl.4.7.2:contextPeriodType", "xbrl.4.8.2:sharesMeasure"}
    assert all(f.severity == ERROR for f in error.findings)
    message = str(error)
    assert message.startswith("two-errors.xml: ") and "\n" not in message
    assert error.findings[0].code in message and "(and 1 more)" in message
    assert is_valid(broken, name="two-errors.xml", base_dir=folder) is False


WARNING_CASES = [
    pytest.param(
        ('<d2x:DocumentType id="f1" contextRef="c-doc" xml:lang="en">', '<d2x:DocumentType id="f1" contextRef="c-doc">'),
        "d2x:xmlLangMissing",
        id="string-without-lang",
    ),
    pytest.param(
        ("</xbrli:xbrl>", '<d2x:Revenues id="f99" contextRef="c-q2" unitRef="u-KRW" decimals="-8">152300000000</d2x:Revenues>\n</xbrli:xbrl>'),
        "xbrl.4.10:consistentDuplicateFacts",
        id="consistent-duplicate",
    ),
    pytest.param(
        ("</xbrli:xbrl>", '<d2x:Revenues id="f99" contextRef="c-q2" unitRef="u-KRW" decimals="-8">152400000000</d2x:Revenues>\n</xbrli:xbrl>'),
        "xbrl.4.10:inconsistentDuplicateFacts",
        id="inconsistent-duplicate",
    ),
    pytest.param(
        ('<xbrli:unit id="u-pure">', '<xbrli:unit id="u-pure-2"><xbrli:measure>xbrli:pure</xbrli:measure></xbrli:unit>\n  <xbrli:unit id="u-pure">'),
        "xbrl.4.8:duplicateUnit",
        id="duplicate-unit",
    ),
    pytest.param(
        ('<xbrli:unit id="u-KRW">', '<xbrli:context id="c-q2-again"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0001098765</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:startDate>2005-04-01</xbrli:startDate><xbrli:endDate>2005-06-30</xbrli:endDate></xbrli:period></xbrli:context>\n  <xbrli:unit id="u-KRW">'),
        "xbrl.4.7:duplicateContext",
        id="duplicate-context",
    ),
]


@pytest.mark.parametrize(("change", "code"), WARNING_CASES)
def test_warnings_do_not_raise(folder, change, code):
    data = edited(VALID_INSTANCE.read_text(encoding="utf-8"), change).encode()
    warnings = validate(data, name="w.xml", base_dir=folder)
    assert code in codes(warnings)
    assert all(f.severity == WARNING for f in warnings)
    assert is_valid(data, name="w.xml", base_dir=folder)


def test_duplicate_facts_across_equal_contexts_are_found(folder):
    """Duplicates are found by context content, not context id (XBRL 2.1 section 4.10)."""
    text = VALID_INSTANCE.read_text(encoding="utf-8")
    data = edited(
        text,
        ('<xbrli:unit id="u-KRW">', '<xbrli:context id="c-q2-bis"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0001098765</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:startDate>2005-04-01</xbrli:startDate><xbrli:endDate>2005-06-30</xbrli:endDate></xbrli:period></xbrli:context>\n  <xbrli:unit id="u-KRW">'),
        ("</xbrli:xbrl>", '<d2x:Revenues id="f99" contextRef="c-q2-bis" unitRef="u-KRW" decimals="-8">152300000000.00</d2x:Revenues>\n</xbrli:xbrl>'),
    ).encode()
    found = codes(validate(data, name="w.xml", base_dir=folder))
    assert "xbrl.4.10:consistentDuplicateFacts" in found  # 152300000000.00 equals 152300000000


def test_facts_in_two_languages_are_not_duplicates(valid_path):
    """EntityRegistrantName is reported in English and in Korean: different xml:lang, no duplicate."""
    assert "xbrl.4.10" not in " ".join(codes(iter_errors(valid_path)))


@pytest.mark.parametrize("change", [case.values[0] for case in WARNING_CASES[1:3]], ids=["consistent", "inconsistent"])
def test_arelle_also_accepts_duplicate_facts(folder, change):
    path = folder / "dup.xml"
    path.write_text(edited(VALID_INSTANCE.read_text(encoding="utf-8"), change), encoding="utf-8")
    assert arelle_errors(path) == []


# ------------------------------------------------------------------------ caching and speed


def test_compiled_schema_is_cached_per_file_and_mtime(valid_path, folder):
    list(iter_errors(valid_path))
    before = xsd_module._compiled.cache_info()
    list(iter_errors(valid_path))
    after = xsd_module._compiled.cache_info()
    assert (after.hits, after.misses) == (before.hits + 1, before.misses)
    schema = folder / "d2x-2026-11.xsd"
    stat = schema.stat()
    os.utime(schema, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    list(iter_errors(valid_path))
    assert xsd_module._compiled.cache_info().misses == after.misses + 1


def test_validation_is_fast(valid_path):
    """convert validates thousands of instances: once the schema is compiled, a small
    instance takes milliseconds (Arelle takes about a second for the same file)."""
    list(iter_errors(valid_path))
    runs = 50
    start = time.perf_counter()
    for _ in range(runs):
        assert is_valid(valid_path)
    assert (time.perf_counter() - start) / runs < 0.01


def test_validation_is_at_least_100_times_faster_than_arelle(valid_path):
    arelle_messages(valid_path)  # Arelle's session is started and warm, as ours is
    arelle = min(timed(lambda: arelle_messages(valid_path)) for _ in range(2))
    list(iter_errors(valid_path))
    ours = sorted(timed(lambda: list(iter_errors(valid_path))) for _ in range(31))[15]  # median
    assert arelle / ours >= 100, f"Arelle {arelle:.3f}s, ours {ours:.4f}s"


def timed(run) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def line_of(data: bytes, marker: bytes) -> int:
    return data[: data.index(marker)].count(b"\n") + 1
