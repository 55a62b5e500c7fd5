"""The validator reads an instance once and indexes it once; what it finds must not change.

Every broken instance of the suite (``test_validate_negative.BROKEN``, the Dimensions mutants)
and the instances below, each written to strain the reading (facts in no namespace or in a
prefix declared on the fact itself, inherited and overridden ``xml:lang``, nil facts, nested
fact content, comments among the root's children, repeated ids and context ids, scenarios with
other content, a divide without a numerator...), are validated, and every finding (code,
severity, message, line, fact) is compared with ``data/validate_reading/findings.json``: the
findings the validator gave before its reading was made cheaper (main at 11c9920).
Regenerate that file only for an intended change of findings:
``python tests/test_validate_reading.py`` writes it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_dimensions_mutants import MUTANTS
from test_validate import VALID_INSTANCE, edited
from test_validate_negative import BROKEN, STILL_VALID

from converter.resources import schemas_dir
from converter.validate import iter_errors

HERE = Path(__file__).resolve().parent
EXPECTED = HERE / "data" / "validate_reading" / "findings.json"
ROOT_OPEN = '<xbrli:xbrl xmlns:xbrli='
LAST_FACT = '<d2x:SignatoryTitle id="f13" contextRef="c-signatory-1" xml:lang="en">Chief Financial Officer</d2x:SignatoryTitle>'
DOC_CONTEXT = '<xbrli:context id="c-doc">'
ID = '<xbrli:identifier scheme="http://www.sec.gov/CIK">0001098765</xbrli:identifier>'
DURATION = "<xbrli:period><xbrli:startDate>2005-07-01</xbrli:startDate><xbrli:endDate>2005-07-14</xbrli:endDate></xbrli:period>"
XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'


def after_last_fact(text: str) -> tuple[str, str]:
    return (LAST_FACT, LAST_FACT + "\n  " + text)


def before_doc_context(text: str) -> tuple[str, str]:
    return (DOC_CONTEXT, text + "\n  " + DOC_CONTEXT)


# Instances that strain the reading rather than one rule: each is the valid instance edited.
READING = {
    "root-lang-inherited": [(ROOT_OPEN, '<xbrli:xbrl xml:lang="ko" xmlns:xbrli='),
                            (' id="f13" contextRef="c-signatory-1" xml:lang="en"', ' id="f13" contextRef="c-signatory-1"')],
    "fact-in-no-namespace": [after_last_fact('<Revenues id="f20" contextRef="c-q2" unitRef="u-KRW" decimals="0">1</Revenues>')],
    "fact-prefix-declared-on-the-fact": [after_last_fact(
        '<x:Revenues xmlns:x="http://doc2xbrl.org/taxonomy/2026-11" id="f20" contextRef="c-q2" unitRef="u-KRW" decimals="-8">152300000000</x:Revenues>')],
    "fact-in-another-namespace": [after_last_fact('<n:Revenues xmlns:n="urn:example:other" id="f20" contextRef="c-q2">1</n:Revenues>')],
    "nil-facts": [after_last_fact(
        f'<d2x:NetIncomeLoss {XSI} id="f20" contextRef="c-q2" unitRef="u-KRW" xsi:nil="true"/>'
        f'<d2x:SignatoryTitle {XSI} id="f21" contextRef="c-signatory-1" xsi:nil="1"/>'
        f'<d2x:Revenues {XSI} id="f22" contextRef="c-q2" unitRef="u-KRW" xsi:nil=" true " precision="2"/>')],
    "fact-with-nested-content": [after_last_fact(
        '<d2x:SignatoryTitle id="f20" contextRef="c-signatory-1" xml:lang="en">Chief <b xmlns="urn:x">Financial</b> Officer</d2x:SignatoryTitle>')],
    "comments-and-pis-among-facts": [after_last_fact('<!-- a note --><?keep this?>'),
                                      (DOC_CONTEXT, "<!-- before -->" + DOC_CONTEXT)],
    "facts-without-id": [(' id="f7" contextRef="c-q2"', ' contextRef="c-q2"'),
                         (' id="f9" contextRef="c-jun30"', "")],
    "duplicate-context-id": [before_doc_context(f'<xbrli:context id="c-doc"><xbrli:entity>{ID}</xbrli:entity>'
                                                 '<xbrli:period><xbrli:instant>2005-07-14</xbrli:instant></xbrli:period></xbrli:context>')],
    "duplicate-unit-id": [("<xbrli:unit id=\"u-pure\">", '<xbrli:unit id="u-shares"><xbrli:measure>xbrli:pure</xbrli:measure></xbrli:unit>\n  <xbrli:unit id="u-pure">')],
    "s-equal-contexts-and-duplicate-facts": [
        before_doc_context(f'<xbrli:context id="c-doc-2"><xbrli:entity>{ID}</xbrli:entity>{DURATION}</xbrli:context>'),
        after_last_fact('<d2x:DocumentType id="f20" contextRef="c-doc-2" xml:lang="EN">6-K</d2x:DocumentType>'
                        '<d2x:Revenues id="f21" contextRef="c-q2" unitRef="u-KRW" decimals="-6">152312000000</d2x:Revenues>'
                        '<d2x:Revenues id="f22" contextRef="c-q2" unitRef="u-KRW" decimals="-8"> 152300000000.0 </d2x:Revenues>')],
    "scenario-with-members-and-other-content": [before_doc_context(
        f'<xbrli:context id="c-scen"><xbrli:entity>{ID}</xbrli:entity>{DURATION}'
        '<xbrli:scenario><xbrldi:typedMember dimension="d2x:SignatoryAxis"><d2x:SignatoryKey>2</d2x:SignatoryKey></xbrldi:typedMember>'
        '<note xmlns="urn:example:notes">restated</note></xbrli:scenario></xbrli:context>'),
        (' id="f13" contextRef="c-signatory-1"', ' id="f13" contextRef="c-scen"')],
    "segment-and-scenario": [before_doc_context(
        f'<xbrli:context id="c-both"><xbrli:entity>{ID}<xbrli:segment>'
        '<xbrldi:typedMember dimension="d2x:SignatoryAxis"><d2x:SignatoryKey> 3  4 </d2x:SignatoryKey></xbrldi:typedMember>'
        f'</xbrli:segment></xbrli:entity>{DURATION}<xbrli:scenario>'
        '<xbrldi:typedMember dimension="d2x:SignatoryAxis"><d2x:SignatoryKey>3</d2x:SignatoryKey></xbrldi:typedMember>'
        '</xbrli:scenario></xbrli:context>'),
        (' id="f12" contextRef="c-signatory-1"', ' id="f12" contextRef="c-both"')],
    "member-prefix-declared-locally": [('<xbrldi:typedMember dimension="d2x:SignatoryAxis">',
                                        '<xbrldi:typedMember xmlns:q="http://doc2xbrl.org/taxonomy/2026-11" dimension="q:SignatoryAxis">')],
    "member-prefix-unbound": [('<xbrldi:typedMember dimension="d2x:SignatoryAxis">', '<xbrldi:typedMember dimension="zz:SignatoryAxis">')],
    "member-without-dimension": [('<xbrldi:typedMember dimension="d2x:SignatoryAxis">', '<xbrldi:typedMember>')],
    "typed-member-with-nested-value": [("<d2x:SignatoryKey>1</d2x:SignatoryKey>",
                                        '<d2x:SignatoryKey>1<b xmlns="urn:x"> 2 </b></d2x:SignatoryKey>')],
    "ids-on-nested-elements": [('<xbrli:segment><xbrldi:typedMember dimension="d2x:SignatoryAxis">',
                                '<xbrli:segment id="f3"><xbrldi:typedMember id="seg-1" dimension="d2x:SignatoryAxis">'),
                               ("<xbrli:measure>xbrli:pure</xbrli:measure>", '<xbrli:measure id="seg-1">xbrli:pure</xbrli:measure>')],
    "divide-without-numerator": [("<xbrli:unitNumerator><xbrli:measure>iso4217:KRW</xbrli:measure></xbrli:unitNumerator>", "")],
    "measure-prefix-declared-on-the-measure": [("<xbrli:measure>iso4217:KRW</xbrli:measure></xbrli:unit>",
                                                '<xbrli:measure xmlns:cur="http://www.xbrl.org/2003/iso4217">cur:KRW</xbrli:measure></xbrli:unit>')],
    "measure-with-blanks": [("<xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unit>", "<xbrli:measure> xbrli:shares\n</xbrli:measure></xbrli:unit>")],
    "period-forever-and-odd-dates": [before_doc_context(
        f'<xbrli:context id="c-forever"><xbrli:entity>{ID}</xbrli:entity><xbrli:period><xbrli:forever/></xbrli:period></xbrli:context>'
        f'<xbrli:context id="c-odd"><xbrli:entity>{ID}</xbrli:entity><xbrli:period><xbrli:startDate> 2005-07-01T24:00:00 </xbrli:startDate>'
        '<xbrli:endDate>2005-07-01</xbrli:endDate></xbrli:period></xbrli:context>'),
        (' id="f1" contextRef="c-doc"', ' id="f1" contextRef="c-forever"'), (' id="f2" contextRef="c-doc"', ' id="f2" contextRef="c-odd"')],
    "context-without-period": [before_doc_context(f'<xbrli:context id="c-none"><xbrli:entity>{ID}</xbrli:entity></xbrli:context>'),
                               (' id="f5" contextRef="c-doc"', ' id="f5" contextRef="c-none"')],
    "decimals-and-precision-everywhere": [(' id="f1" contextRef="c-doc"', ' id="f1" contextRef="c-doc" precision="2"'),
                                          (' unitRef="u-pure" decimals="3"', ' unitRef="u-pure" precision="3"'),
                                          (' unitRef="u-shares" decimals="0"', ' unitRef="u-shares" decimals="0" precision="INF"')],
    "root-children-out-of-order": [("<d2x:DocumentType id=\"f1\"", '<xbrli:unit id="u-late"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>\n  <d2x:DocumentType id="f1"'),
                                   after_last_fact(f'<xbrli:context id="c-late"><xbrli:entity>{ID}</xbrli:entity>{DURATION}</xbrli:context>')],
}


def broken_cases() -> dict[str, str]:
    """Every case's name -> the instance text."""
    valid = VALID_INSTANCE.read_text(encoding="utf-8")
    cases = {"valid": valid}
    for param in [*BROKEN, *STILL_VALID]:
        cases[f"broken/{param.id}"] = edited(valid, *param.values[0])
    for param in MUTANTS:
        cases[f"mutant/{param.id}"] = edited(valid, *param.values[0])
    for name, changes in READING.items():
        cases[f"reading/{name}"] = edited(valid, *changes)
    return cases


def findings_of(text: str) -> list[list]:
    return [[f.code, f.severity, f.message, f.line, f.fact]
            for f in iter_errors(text.encode("utf-8"), name="case.xml", base_dir=schemas_dir())]


CASES = broken_cases()


def test_every_case_is_recorded():
    assert sorted(json.loads(EXPECTED.read_text(encoding="utf-8"))) == sorted(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_findings_are_those_of_the_reading_before(name):
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))[name]
    assert findings_of(CASES[name]) == expected


def test_the_reading_cases_break_something():
    """The cases strain the reading: most are found wanting (the rest are odd but valid forms,
    which must stay free of findings)."""
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    found = [name for name in READING if expected[f"reading/{name}"]]
    assert len(found) >= 3 * len(READING) // 4, sorted(set(READING) - set(found))



def test_the_schema_versions_are_those_a_fresh_stat_reads(tmp_path):
    """The schemaRef check stats the taxonomy file it vouches for; the compiled schema and the
    taxonomy are looked up by that stat's modification time, which is what statting again reads
    (for a first check and for a check answered from what was confined before); a touched file is
    a new version."""
    import os

    from converter.taxonomy import copy_taxonomy
    from converter.validate.loading import load_instance
    from converter.validate.xsd import schema_key

    copy_taxonomy(tmp_path)
    data = VALID_INSTANCE.read_bytes()
    for _ in range(2):  # the first check, then the one answered from the confined files remembered
        loaded, findings = load_instance(data, name="v.xml", base_dir=tmp_path)
        assert findings == [] and loaded.schema_versions == schema_key(loaded.schema_paths)
    schema = loaded.schema_paths[0]
    stat = schema.stat()
    os.utime(schema, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    loaded, _ = load_instance(data, name="v.xml", base_dir=tmp_path)
    assert loaded.schema_versions == schema_key(loaded.schema_paths) != ((str(schema), stat.st_mtime_ns),)
    assert list(iter_errors(data, name="v.xml", base_dir=tmp_path)) == []


def test_an_official_schema_ref_has_no_version_and_is_statted_as_before():
    """A schemaRef to an official URL is served by its local stand-in, which the check does not
    stat: no versions, and the findings are those of before (no doc2xbrl taxonomy)."""
    from converter.validate.loading import load_instance

    text = VALID_INSTANCE.read_text(encoding="utf-8").replace(
        'xlink:href="d2x-2026-11.xsd"', 'xlink:href="http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"')
    loaded, findings = load_instance(text.encode("utf-8"), name="v.xml", base_dir=schemas_dir())
    assert findings == [] and loaded.schema_versions == ()
    assert "xbrl.4.2.2:schemaRefHref" in {f[0] for f in findings_of(text)}

if __name__ == "__main__":
    EXPECTED.write_text(json.dumps({name: findings_of(text) for name, text in sorted(CASES.items())},
                                   ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {EXPECTED}")
