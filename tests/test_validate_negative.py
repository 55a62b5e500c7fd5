"""Broken and hostile instances: each rejected with the rule that it breaks.

Every broken instance is the valid hand-written one with one rule broken (a text edit, shown
in the table). Each must be rejected by our validator with the expected code AND by Arelle,
except the rows marked ``ours_only``: rules of doc2xbrl's own taxonomy contract, stricter
than XBRL 2.1 and Dimensions 1.0, that Arelle does not check.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from converter.validate import ERROR, is_valid, iter_errors
from test_validate import INSTANCES, VALID_INSTANCE, arelle_errors, edited, folder  # noqa: F401 (fixture)

SECURITY = INSTANCES / "hostile"


def case(name: str, code: str, *changes: tuple[str, str], ours_only: bool = False):
    return pytest.param(changes, code, ours_only, id=name)


EXTRA_UNIT = '<xbrli:unit id="u-KRW">'
REVENUES = 'id="f6" contextRef="c-q2" unitRef="u-KRW" decimals="-8"'
SIGNATORY_MEMBER = '<d2x:SignatoryKey>1</d2x:SignatoryKey>'


def extra_unit(unit_xml: str) -> tuple[str, str]:
    return (EXTRA_UNIT, f"{unit_xml}\n  {EXTRA_UNIT}")


BROKEN = [
    case("dangling-contextRef", "xbrl.4.6.1:itemContextRef", (REVENUES, REVENUES.replace("c-q2", "c-q3"))),
    case("dangling-unitRef", "xbrl.4.6.2:itemUnitRef", (REVENUES, REVENUES.replace("u-KRW", "u-USD"))),
    case("numeric-without-unit", "xbrl.4.6.2:numericUnit", (REVENUES, REVENUES.replace(' unitRef="u-KRW"', ""))),
    case("string-with-unit", "xbrl.4.6.2:nonNumericUnit",
         ('id="f1" contextRef="c-doc"', 'id="f1" contextRef="c-doc" unitRef="u-pure"')),
    case("monetary-non-iso-unit", "xbrl.4.8.2:monetaryMeasure",
         extra_unit('<xbrli:unit id="u-won"><xbrli:measure>d2x:Won</xbrli:measure></xbrli:unit>'),
         (REVENUES, REVENUES.replace("u-KRW", "u-won"))),
    case("monetary-with-shares-unit", "xbrl.4.8.2:monetaryMeasure", (REVENUES, REVENUES.replace("u-KRW", "u-shares"))),
    case("shares-with-currency-unit", "xbrl.4.8.2:sharesMeasure",
         ('id="f10" contextRef="c-jun30" unitRef="u-shares"', 'id="f10" contextRef="c-jun30" unitRef="u-KRW"')),
    case("decimals-on-string", "xbrl.4.6.3:extraneousPrecisionDecimals",
         ('id="f1" contextRef="c-doc"', 'id="f1" contextRef="c-doc" decimals="0"')),
    case("numeric-without-decimals", "xbrl.4.6.3:missingPrecisionDecimals", (REVENUES, REVENUES.replace(' decimals="-8"', ""))),
    case("decimals-and-precision", "xbrl.4.6.3:bothPrecisionAndDecimals", (REVENUES, REVENUES + ' precision="4"')),
    case("nil-with-decimals", "xbrl.4.6.3:nilPrecisionDecimals",
         (f"<d2x:Revenues {REVENUES} src:span=\"812-829\" src:line=\"17\">152300000000</d2x:Revenues>",
          f'<d2x:Revenues {REVENUES} xsi:nil="true" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>')),
    case("instant-context-for-duration-concept", "xbrl.4.7.2:contextPeriodType", (REVENUES, REVENUES.replace("c-q2", "c-jun30"))),
    case("duration-context-for-instant-concept", "xbrl.4.7.2:contextPeriodType",
         ('id="f10" contextRef="c-jun30"', 'id="f10" contextRef="c-q2"')),
    case("start-after-end", "xbrl.4.7.2:periodStartBeforeEnd",
         ('<xbrli:context id="c-q2">\n    <xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0001098765</xbrli:identifier></xbrli:entity>\n    <xbrli:period><xbrli:startDate>2005-04-01</xbrli:startDate>',
          '<xbrli:context id="c-q2">\n    <xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0001098765</xbrli:identifier></xbrli:entity>\n    <xbrli:period><xbrli:startDate>2005-07-01</xbrli:startDate>')),
    case("impossible-date", "xbrl.4.7.2:contextDateError",
         ("<xbrli:endDate>2005-06-30</xbrli:endDate></xbrli:period>\n  </xbrli:context>\n  <xbrli:context id=\"c-jun30\">",
          "<xbrli:endDate>2005-06-31</xbrli:endDate></xbrli:period>\n  </xbrli:context>\n  <xbrli:context id=\"c-jun30\">")),
    case("duplicate-id", "xml.3.3.1:idMustBeUnique", ('id="f7"', 'id="f6"')),
    case("context-and-fact-share-an-id", "xml.3.3.1:idMustBeUnique", ('id="f1"', 'id="c-doc"')),
    case("unknown-concept", "xbrl.4.6:undeclaredConcept",
         ("<d2x:NetIncomeLoss ", "<d2x:NetProfit "), ("</d2x:NetIncomeLoss>", "</d2x:NetProfit>")),
    case("abstract-concept-as-fact", "xbrl.4.6:abstractConcept",
         ("<d2x:NetIncomeLoss ", "<d2x:FinancialHighlightsAbstract "), ("</d2x:NetIncomeLoss>", "</d2x:FinancialHighlightsAbstract>")),
    case("measure-prefix-undeclared", "xbrl.4.8.2:measureQName",
         ("<xbrli:measure>xbrli:pure</xbrli:measure>", "<xbrli:measure>xbrl:pure</xbrli:measure>")),
    case("measure-in-xbrli-namespace", "xbrl.4.8.2:measureElement",
         ("<xbrli:measure>xbrli:pure</xbrli:measure>", "<xbrli:measure>xbrli:percent</xbrli:measure>")),
    case("same-measure-up-and-down", "xbrl.4.8.4:measureBothNumDenom",
         extra_unit('<xbrli:unit id="u-odd"><xbrli:divide><xbrli:unitNumerator><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unitNumerator><xbrli:unitDenominator><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unitDenominator></xbrli:divide></xbrli:unit>')),
    case("amount-in-words", "xsd:cvc-datatype-valid.1.2.1", (">152300000000<", ">152.3 billion<")),
    case("dimension-not-allowed-for-concept", "xbrldie:PrimaryItemDimensionallyInvalidError",
         ('id="f8" contextRef="c-q2-vs-q2-2004"', 'id="f8" contextRef="c-signatory-1"')),
    case("dimensional-concept-without-dimension", "xbrldie:PrimaryItemDimensionallyInvalidError",
         ('id="f12" contextRef="c-signatory-1"', 'id="f12" contextRef="c-doc"')),
    case("typed-member-wrong-element", "xbrldie:IllegalTypedDimensionContentError",
         (SIGNATORY_MEMBER, "<d2x:ExhibitKey>1</d2x:ExhibitKey>")),
    case("typed-member-two-elements", "xbrldie:IllegalTypedDimensionContentError",
         (SIGNATORY_MEMBER, SIGNATORY_MEMBER * 2)),
    case("unknown-axis", "xbrldie:TypedMemberNotTypedDimensionError",
         ('dimension="d2x:SignatoryAxis"', 'dimension="d2x:SignerAxis"')),
    case("concept-as-axis", "xbrldie:TypedMemberNotTypedDimensionError",
         ('dimension="d2x:SignatoryAxis"', 'dimension="d2x:SignatoryName"')),
    case("repeated-dimension", "xbrldie:RepeatedDimensionInInstanceError",
         (f"{SIGNATORY_MEMBER}</xbrldi:typedMember>",
          f'{SIGNATORY_MEMBER}</xbrldi:typedMember><xbrldi:typedMember dimension="d2x:SignatoryAxis"><d2x:SignatoryKey>2</d2x:SignatoryKey></xbrldi:typedMember>')),
    case("explicit-member", "xbrldie:ExplicitMemberNotExplicitDimensionError",
         (f"{SIGNATORY_MEMBER}</xbrldi:typedMember>",
          f'{SIGNATORY_MEMBER}</xbrldi:typedMember><xbrldi:explicitMember dimension="d2x:ExhibitAxis">d2x:ExhibitKey</xbrldi:explicitMember>')),
    case("typed-member-empty", "d2x:typedMemberEmpty", (SIGNATORY_MEMBER, "<d2x:SignatoryKey> </d2x:SignatoryKey>")),
    # Arelle finds these with the XBRL Units Registry (utre:error-NumericFactUtrInvalid).
    case("currency-code-not-in-iso-4217", "xbrl.4.8.2:iso4217Currency",
         ("<xbrli:unit id=\"u-KRW\"><xbrli:measure>iso4217:KRW</xbrli:measure>", "<xbrli:unit id=\"u-KRW\"><xbrli:measure>iso4217:KRX</xbrli:measure>"),
         ),
    case("percent-with-currency-unit", "d2x:pureMeasure",
         ('id="f8" contextRef="c-q2-vs-q2-2004" unitRef="u-pure"', 'id="f8" contextRef="c-q2-vs-q2-2004" unitRef="u-KRW"')),
    case("per-share-without-shares", "d2x:perShareMeasure",
         ('id="f11" contextRef="c-q2" unitRef="u-KRW-per-shares"', 'id="f11" contextRef="c-q2" unitRef="u-KRW"')),
    # Revenues is reported in total (its cube of no axis) or by counterparty or segment: not
    # by signatory. (A concept outside every hypercube takes any dimensions: test_dimensions_mutants.)
    case("figure-on-an-axis-it-does-not-take", "xbrldie:PrimaryItemDimensionallyInvalidError",
         (REVENUES, REVENUES.replace("c-q2", "c-sig-q2")),
         ("<xbrli:context id=\"c-doc\">", '<xbrli:context id="c-sig-q2"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0001098765</xbrli:identifier><xbrli:segment><xbrldi:typedMember dimension="d2x:SignatoryAxis"><d2x:SignatoryKey>1</d2x:SignatoryKey></xbrldi:typedMember></xbrli:segment></xbrli:entity><xbrli:period><xbrli:startDate>2005-04-01</xbrli:startDate><xbrli:endDate>2005-06-30</xbrli:endDate></xbrli:period></xbrli:context>\n  <xbrli:context id="c-doc">')),
]


# Edits that look wrong but are valid: XBRL 2.1 and Arelle accept them, so must we.
STILL_VALID = [
    case("unused-unit-with-a-code-that-is-no-currency", "",
         extra_unit('<xbrli:unit id="u-odd"><xbrli:measure>iso4217:XXXX</xbrli:measure></xbrli:unit>')),
]


@pytest.fixture
def write_broken(folder):
    def write(name: str, changes) -> Path:
        path = folder / f"{name}.xml"
        path.write_text(edited(VALID_INSTANCE.read_text(encoding="utf-8"), *changes), encoding="utf-8")
        return path

    return write


@pytest.mark.parametrize(("changes", "code", "ours_only"), BROKEN)
def test_broken_instance_is_rejected_with_its_rule(request, write_broken, changes, code, ours_only):
    path = write_broken(request.node.callspec.id, changes)
    findings = list(iter_errors(path))
    errors = [f for f in findings if f.severity == ERROR]
    assert code in {f.code for f in errors}, "\n".join(map(str, findings))
    first = next(f for f in errors if f.code == code)
    assert first.file == str(path) and first.line is not None
    assert str(first).startswith(f"{path}:{first.line}: error [{code}] ")
    assert not is_valid(path)


@pytest.mark.parametrize(("changes", "code", "ours_only"), [p for p in BROKEN if not p.values[2]])
def test_broken_instance_is_rejected_by_arelle_too(request, write_broken, changes, code, ours_only):
    path = write_broken(request.node.callspec.id, changes)
    assert arelle_errors(path), f"Arelle accepted {path.name}"


def test_fact_rules_name_the_fact(write_broken):
    path = write_broken("period", [(REVENUES, REVENUES.replace("c-q2", "c-jun30"))])
    (finding,) = [f for f in iter_errors(path) if f.code == "xbrl.4.7.2:contextPeriodType"]
    assert finding.fact == "d2x:Revenues#f6"
    assert "duration" in finding.message and "c-jun30" in finding.message


def test_there_are_enough_broken_instances():
    assert len([p for p in BROKEN if not p.values[2]]) >= 12
    assert len({p.values[1] for p in BROKEN}) >= 20  # distinct rules


# ------------------------------------------------------------------- not an instance at all


def test_malformed_xml_is_one_finding_naming_the_file(folder):
    path = folder / "cut.xml"
    path.write_bytes(VALID_INSTANCE.read_bytes()[:900])
    (finding,) = iter_errors(path)
    assert (finding.code, finding.file, finding.severity) == ("xml.2.1:wellFormed", str(path), ERROR)
    assert finding.line is not None


def test_non_instance_root(folder):
    path = folder / "linkbase.xml"
    path.write_bytes((folder / "d2x-2026-11-lab.xml").read_bytes())
    (finding,) = iter_errors(path)
    assert finding.code == "xbrl.4:xbrlRootElement"
    assert "link:linkbase" in finding.message


def test_missing_schema_ref(folder):
    path = folder / "no-schema.xml"
    path.write_text(edited(VALID_INSTANCE.read_text(encoding="utf-8"), ('<link:schemaRef xlink:type="simple" xlink:href="d2x-2026-11.xsd"/>', "")), encoding="utf-8")
    (finding,) = iter_errors(path)
    assert finding.code == "xbrl.4.2:schemaRefMissing" and finding.file == str(path)


def test_schema_ref_to_missing_file(folder):
    path = folder / "wrong-schema.xml"
    path.write_text(edited(VALID_INSTANCE.read_text(encoding="utf-8"), ('xlink:href="d2x-2026-11.xsd"', 'xlink:href="d2x-2025-01.xsd"')), encoding="utf-8")
    (finding,) = iter_errors(path)
    assert finding.code == "xbrl.4.2.2:schemaRefHref"
    assert "d2x-2025-01.xsd" in finding.message and finding.file == str(path)


@pytest.mark.parametrize("href", ["d2x-2026-11-lab.xml", "self.xml"], ids=["linkbase", "itself"])
def test_schema_ref_to_a_file_that_is_not_a_schema(folder, href):
    path = folder / "self.xml"
    path.write_text(edited(VALID_INSTANCE.read_text(encoding="utf-8"), ('xlink:href="d2x-2026-11.xsd"', f'xlink:href="{href}"')), encoding="utf-8")
    (finding,) = iter_errors(path)
    assert finding.code == "xbrl.4.2.2:schemaRefHref" and "not an XML Schema" in finding.message


def test_schema_ref_to_the_xbrl_schema_only(folder):
    """The official instance schema is served locally, but it is no taxonomy: facts are unexpected."""
    path = folder / "no-taxonomy.xml"
    path.write_text(edited(VALID_INSTANCE.read_text(encoding="utf-8"), ('xlink:href="d2x-2026-11.xsd"', 'xlink:href="http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"')), encoding="utf-8")
    found = [f.code for f in iter_errors(path)]
    assert found[-1] == "xbrl.4.2.2:schemaRefHref"
    assert "xsd:element-content" in found


def test_missing_file(tmp_path):
    (finding,) = iter_errors(tmp_path / "absent.xml")
    assert finding.code == "io:unreadable" and "absent.xml" in finding.file


# ---------------------------------------------------------------------------------- hostile

HOSTILE = [
    ("xxe-file.xml", "security:doctype"),
    ("xxe-parameter-entity.xml", "security:doctype"),
    ("billion-laughs.xml", "security:doctype"),
    ("remote-dtd.xml", "security:doctype"),
    ("remote-schema-ref.xml", "security:remoteSchema"),
    ("remote-schema-location.xml", "security:remoteSchema"),
    ("xinclude.xml", "security:xinclude"),
]


@pytest.mark.parametrize(("name", "code"), HOSTILE)
def test_hostile_input_is_refused_quickly(folder, name, code):
    path = folder / name
    path.write_bytes((SECURITY / name).read_bytes())
    start = time.perf_counter()
    findings = list(iter_errors(path))
    assert time.perf_counter() - start < 0.5
    assert code in {f.code for f in findings}
    assert all(f.severity == ERROR for f in findings)
    assert b"root:" not in str(findings).encode()  # /etc/passwd never read into a message


def test_doctype_in_utf16_is_refused(folder):
    data = (SECURITY / "xxe-file.xml").read_text(encoding="utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
    (finding,) = iter_errors(data.encode("utf-16"), name="utf16.xml", base_dir=folder)
    assert finding.code == "security:doctype"


def test_billion_laughs_is_not_expanded(folder):
    """Refused before parsing: the internal subset is never read, let alone expanded."""
    data = (SECURITY / "billion-laughs.xml").read_bytes()
    start = time.perf_counter()
    for _ in range(100):
        assert not is_valid(data, name="lol.xml", base_dir=folder)
    assert time.perf_counter() - start < 0.5


def test_official_schema_url_is_not_fetched_but_served_locally(folder):
    """A schemaRef to the published taxonomy URL resolves to the packaged copy: no network."""
    text = edited(VALID_INSTANCE.read_text(encoding="utf-8"),
                  ('xlink:href="d2x-2026-11.xsd"', 'xlink:href="http://doc2xbrl.org/taxonomy/2026-11/d2x-2026-11.xsd"'))
    assert [str(f) for f in iter_errors(text.encode(), name="published.xml", base_dir=folder)] == []


def test_schema_errors_name_the_fact(write_broken):
    path = write_broken("words", [(">152300000000<", ">152.3 billion<")])
    (finding,) = iter_errors(path)
    assert (finding.code, finding.fact) == ("xsd:cvc-datatype-valid.1.2.1", "d2x:Revenues#f6")
    assert "152.3 billion" in finding.message and "xbrli:monetary" in finding.message


def test_duplicate_id_is_reported_once(write_broken):
    path = write_broken("dup-id", [('id="f7"', 'id="f6"')])
    findings = list(iter_errors(path))
    assert [f.code for f in findings] == ["xml.3.3.1:idMustBeUnique"]
    assert "'f6'" in findings[0].message and "first on line" in findings[0].message


# ------------------------------------------------------------------ never an exception

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

VALID_BYTES = VALID_INSTANCE.read_bytes()
SNIPPETS = st.sampled_from([
    b"", b"<", b">", b"&", b"&amp;", b'"', b"xbrli:", b"d2x:", b"iso4217:", b"-", b"0", b"\xed\x95\x9c",
    b"<d2x:Revenues>", b"</xbrli:context>", b'contextRef="', b'unitRef="u-KRW"', b"<!DOCTYPE x>",
    b"<xbrldi:typedMember>", b'xsi:nil="true"', b"\x00", b"\xff\xfe",
])


def damage(at: int, cut: int, insert: bytes) -> bytes:
    return VALID_BYTES[:at] + insert + VALID_BYTES[at + cut:]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(at=st.integers(0, len(VALID_BYTES)), cut=st.integers(0, 200), insert=SNIPPETS)
def test_any_damage_gives_findings_not_exceptions(folder, at, cut, insert):
    for finding in iter_errors(damage(at, cut, insert), name="damaged.xml", base_dir=folder):
        assert finding.file == "damaged.xml"
        assert finding.severity in (ERROR, "warning")
        assert "\n" not in str(finding)


@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(at=st.integers(0, len(VALID_BYTES)), cut=st.integers(0, 200), insert=SNIPPETS)
def test_what_we_accept_arelle_accepts(folder, at, cut, insert):
    """Differential check on random damage: an instance we find no error in is clean for Arelle."""
    damaged = damage(at, cut, insert)
    if is_valid(damaged, name="damaged.xml", base_dir=folder):
        path = folder / "damaged.xml"
        path.write_bytes(damaged)
        assert arelle_errors(path) == [], damaged[max(at - 80, 0):at + 80]


@pytest.mark.parametrize(("changes", "code", "ours_only"), STILL_VALID)
def test_still_valid_for_us_and_for_arelle(request, write_broken, changes, code, ours_only):
    path = write_broken(request.node.callspec.id, changes)
    assert [str(f) for f in iter_errors(path) if f.severity == ERROR] == []
    assert arelle_errors(path) == []
