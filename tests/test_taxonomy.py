"""The taxonomy: stand-in schemas, offline resolution, concepts, linkbases, Arelle acceptance."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from converter.errors import TaxonomyError
from converter.resources import schemas_dir
from converter.taxonomy import LocalSchemaResolver, compile_schema, official_schema_path

OFFICIAL_NAMESPACES = {
    "http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd": "http://www.xbrl.org/2003/instance",
    "http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd": "http://www.xbrl.org/2003/linkbase",
    "http://www.xbrl.org/2003/xl-2003-12-31.xsd": "http://www.xbrl.org/2003/XLink",
    "http://www.xbrl.org/2003/xlink-2003-12-31.xsd": "http://www.w3.org/1999/xlink",
    "http://www.xbrl.org/2005/xbrldt-2005.xsd": "http://xbrl.org/2005/xbrldt",
    "http://www.xbrl.org/2006/xbrldi-2006.xsd": "http://xbrl.org/2006/xbrldi",
    "http://www.w3.org/2001/xml.xsd": "http://www.w3.org/XML/1998/namespace",
}
OFFICIAL_URLS = sorted(OFFICIAL_NAMESPACES)


@pytest.mark.parametrize("url", OFFICIAL_URLS)
def test_official_url_maps_to_own_stand_in(url: str) -> None:
    path = official_schema_path(url)
    assert path is not None and path.is_file()
    assert path.is_relative_to(schemas_dir() / "xbrl")
    text = path.read_text(encoding="utf-8")
    assert "doc2xbrl's own minimal schema" in text
    assert "official URL" in text


@pytest.mark.parametrize(
    "url", ["http://example.com/x.xsd", "https://www.xbrl.org/2003/other.xsd", "http://www.xbrl.org/"]
)
def test_unknown_remote_url_has_no_stand_in(url: str) -> None:
    assert official_schema_path(url) is None


def _schema_importing(tmp_path: Path, url: str, namespace: str = "urn:other") -> Path:
    xsd = tmp_path / "t.xsd"
    xsd.write_text(
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t">'
        f'<xs:import namespace="{namespace}" schemaLocation="{url}"/></xs:schema>',
        encoding="utf-8",
    )
    return xsd


def test_remote_non_official_url_is_refused(tmp_path: Path) -> None:
    with pytest.raises(TaxonomyError, match="example.org"):
        compile_schema(_schema_importing(tmp_path, "http://example.org/evil.xsd"))


def test_resolver_refuses_directly() -> None:
    parser = etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False)
    resolver = LocalSchemaResolver()
    parser.resolvers.add(resolver)
    doc = etree.fromstring(
        b'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t">'
        b'<xs:import namespace="urn:o" schemaLocation="https://example.net/a.xsd"/></xs:schema>',
        parser,
    )
    with pytest.raises(etree.XMLSchemaParseError):
        etree.XMLSchema(doc)
    assert resolver.refused == ["https://example.net/a.xsd"]


@pytest.mark.parametrize("url", OFFICIAL_URLS)
def test_each_stand_in_compiles_offline(tmp_path: Path, url: str) -> None:
    compile_schema(_schema_importing(tmp_path, url, OFFICIAL_NAMESPACES[url]))


# ------------------------------------------------------------------------------------------
# The contract: every concept of taxonomy.md, with its type, period type and balance
# ------------------------------------------------------------------------------------------

from converter.taxonomy import (  # noqa: E402
    ENTRY_POINT,
    NAMESPACE,
    TAXONOMY_FILES,
    copy_taxonomy,
    load_taxonomy,
)
from converter.taxonomy.build import build_files, main as build_main  # noqa: E402

SPEC = Path(__file__).resolve().parents[2] / "shared" / "spec" / "taxonomy.md"

# the type words of taxonomy.md -> the item type the taxonomy must use
SPEC_TYPES = {
    "monetary": "xbrli:monetaryItemType",
    "perShare": "d2x:perShareItemType",
    "pure": "xbrli:pureItemType",
    "shares": "xbrli:sharesItemType",
    "string": "xbrli:stringItemType",
    "date": "xbrli:dateItemType",
    "boolean": "xbrli:booleanItemType",
    "integer": "xbrli:integerItemType",
    "anyURI": "xbrli:anyURIItemType",
}


def _spec_rows() -> list[tuple[str, tuple[str, ...], str, str | None]]:
    """(concept, allowed item types, period type, balance) for every concept named in a table."""
    rows = []
    header: list[str] = []
    for line in SPEC.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            header = [] if not line.strip() else header
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if cells[0] == "concept":
            header = cells
            continue
        if set(cells[0]) <= {"-"}:
            continue
        record = dict(zip(header, cells))
        names = [name.strip() for name in record["concept"].replace("/", ",").split(",")]
        words = [w.strip() for w in record["type"].split("(")[0].split(",")]
        types = tuple(SPEC_TYPES["perShare" if w.startswith("perShare") else w] for w in words)
        period = record.get("period") or ("instant" if "**instant**" in record["meaning"] else "duration")
        # only the financial table states balances; elsewhere the taxonomy chooses ("?")
        balance = record["balance"] or None if "balance" in record else "?"
        for name in names:
            # "SignatoryName / ... / SignatureDate | string, date": dates are the *Date concepts
            allowed = types if len(types) == 1 else tuple(
                t for t in types if (t == "xbrli:dateItemType") == name.endswith("Date")
            ) or types
            rows.append((name, allowed, period, balance))
    return rows


SPEC_ROWS = _spec_rows()


def test_spec_tables_were_read() -> None:
    names = {row[0] for row in SPEC_ROWS}
    assert {"DocumentType", "Revenues", "NetIncomeLossPercentChange", "PaidInCapital", "ReportingPersonType",
            "MergerAgreementDate", "SpokespersonTitle", "PaperSubmissionUnderRegulationST101b7"} <= names
    assert len(names) == len(SPEC_ROWS) > 80


@pytest.mark.parametrize("name,item_types,period,balance", SPEC_ROWS, ids=[r[0] for r in SPEC_ROWS])
def test_contract_concept_declared(name: str, item_types: tuple[str, ...], period: str, balance: str | None) -> None:
    concept = load_taxonomy().concept(name)
    assert concept.item_type in item_types
    assert concept.period_type == period
    if balance != "?":
        assert concept.balance == balance
    assert concept.nillable and not concept.abstract


# concepts the taxonomy adds to the contract, with what they must be
ADDED = [
    ("ResultsAnnouncementDate", "date", "duration", None),
    ("ExhibitPeriodEndDate", "date", "duration", None),
    ("ContactTitle", "string", "duration", None),
    ("ContactFaxNumber", "string", "duration", None),
    ("SubjectCompanyLegalForm", "string", "duration", None),
    ("SubjectCompanyIncorporationCountryCode", "string", "duration", None),
    ("GrossProfit", "monetary", "duration", "credit"),
    ("IncomeLossBeforeIncomeTaxes", "monetary", "duration", "credit"),
    ("EarningsPerShareBasic", "perShare", "duration", None),
    ("EarningsPerShareDiluted", "perShare", "duration", None),
    ("DividendsDeclaredPerShare", "perShare", "duration", None),
    ("Assets", "monetary", "instant", "debit"),
    ("Liabilities", "monetary", "instant", "credit"),
    ("StockholdersEquity", "monetary", "instant", "credit"),
    ("CashAndCashEquivalents", "monetary", "instant", "debit"),
    ("Debt", "monetary", "instant", "credit"),
    ("CapitalExpenditures", "monetary", "duration", "debit"),
    ("OperatingMargin", "pure", "duration", None),
    ("EBITDAMargin", "pure", "duration", None),
    ("GrossProfitPercentChange", "pure", "duration", None),
    ("IncomeLossBeforeIncomeTaxesPercentChange", "pure", "duration", None),
    ("SubscribersPercentChange", "pure", "instant", None),
]


@pytest.mark.parametrize("name,kind,period,balance", ADDED, ids=[r[0] for r in ADDED])
def test_added_concept_declared(name: str, kind: str, period: str, balance: str | None) -> None:
    concept = load_taxonomy().concept(name)
    assert (concept.kind, concept.period_type, concept.balance) == (kind, period, balance)
    assert concept.numeric == (kind in {"monetary", "perShare", "pure", "shares", "integer"})


def test_only_monetary_concepts_have_a_balance() -> None:
    for concept in load_taxonomy().concepts.values():
        assert (concept.balance is not None) == (concept.kind == "monetary"), concept.name


def test_every_concept_has_english_korean_and_documentation_labels() -> None:
    taxonomy = load_taxonomy()
    for name in taxonomy.concepts:
        english = taxonomy.labels.get((name, "label", "en"))
        korean = taxonomy.labels.get((name, "label", "ko"))
        documentation = taxonomy.labels.get((name, "documentation", "en"))
        assert english and documentation and korean, name
        assert any("\uac00" <= ch <= "\ud7a3" for ch in korean), f"{name}: Korean label has no Hangul"
        assert documentation != english and len(documentation) > len(english), name


def test_labels_and_unknown_concepts() -> None:
    taxonomy = load_taxonomy()
    assert taxonomy.label("NetIncomeLoss") == "Net Income (Loss)"
    assert taxonomy.label("NetIncomeLoss", "ko") == "당기순이익(손실)"
    assert taxonomy.label("NetIncomeLoss", "fr") == "Net Income (Loss)"  # falls back to English
    with pytest.raises(TaxonomyError, match="NoSuchConcept"):
        taxonomy.concept("NoSuchConcept")
    with pytest.raises(TaxonomyError):
        taxonomy.label("NoSuchConcept")


def test_names_and_files() -> None:
    taxonomy = load_taxonomy()
    assert (taxonomy.namespace, taxonomy.prefix) == (NAMESPACE, "d2x") == ("http://doc2xbrl.org/taxonomy/2026-11", "d2x")
    assert taxonomy.entry_point == (schemas_dir() / ENTRY_POINT).resolve()
    assert TAXONOMY_FILES == ("d2x-2026-11.xsd", "d2x-2026-11-lab.xml", "d2x-2026-11-pre.xml", "d2x-2026-11-def.xml")
    assert load_taxonomy() is load_taxonomy(schemas_dir() / ENTRY_POINT)  # read once


# ------------------------------------------------------------------------------------------
# Dimensions
# ------------------------------------------------------------------------------------------

SIGNATURE = frozenset({"SignatoryAxis"})
BY_PERSON = frozenset({"ReportingPersonAxis"})
EXPECTED_DIMENSIONS = [
    ("SignatoryName", {SIGNATURE, BY_PERSON}),
    ("SignedOnBehalfOf", {SIGNATURE, BY_PERSON}),
    ("SignatureDate", {SIGNATURE, BY_PERSON}),
    ("ReportingPersonShortName", {BY_PERSON}),
    ("ExhibitPeriodEndDate", {frozenset({"ExhibitAxis"})}),
    ("ContactFaxNumber", {frozenset({"ContactAxis"})}),
    ("OfficerTitle", {frozenset({"OfficerAxis"})}),
    ("SpokespersonName", {frozenset({"SpokespersonAxis"})}),
    ("TradingSymbol", {frozenset({"SecurityListingAxis"})}),
    ("EBITDAPercentChange", {frozenset({"ComparativePeriodAxis"})}),
    ("SubscribersPercentChange", {frozenset({"ComparativePeriodAxis"})}),
    ("Revenues", set()),
    ("Subscribers", set()),
    ("EntityRegistrantName", set()),
    ("NumberOfReportingPersons", set()),
]


@pytest.mark.parametrize("name,expected", EXPECTED_DIMENSIONS, ids=[e[0] for e in EXPECTED_DIMENSIONS])
def test_dimension_sets(name: str, expected: set[frozenset[str]]) -> None:
    sets = load_taxonomy().dimension_sets[name]
    assert set(sets) == expected and len(sets) == len(expected)


def test_every_percent_change_carries_the_comparative_period() -> None:
    taxonomy = load_taxonomy()
    changes = [name for name in taxonomy.concepts if name.endswith("PercentChange")]
    assert len(changes) >= 8
    for name in changes:
        assert taxonomy.dimension_sets[name] == (frozenset({"ComparativePeriodAxis"}),)


def test_axes_have_typed_domain_elements() -> None:
    taxonomy = load_taxonomy()
    assert set(taxonomy.axes) == {
        "SignatoryAxis", "ReportingPersonAxis", "ExhibitAxis", "ContactAxis", "OfficerAxis",
        "SpokespersonAxis", "SecurityListingAxis", "ComparativePeriodAxis",
    }
    schema = etree.parse(str(taxonomy.entry_point)).getroot()
    xs = "{http://www.w3.org/2001/XMLSchema}"
    declared = {e.get("name"): e for e in schema.iterchildren(f"{xs}element")}
    for axis in taxonomy.axes.values():
        assert axis.domain_element == axis.name.removesuffix("Axis") + "Key"
        domain = declared[axis.domain_element]
        assert domain.get("substitutionGroup") is None and domain.get("type") == "d2x:keyType"
        assert taxonomy.concept(axis.name).abstract


# ------------------------------------------------------------------------------------------
# Generated files
# ------------------------------------------------------------------------------------------


def test_committed_schemas_equal_generator_output() -> None:
    for name, content in build_files().items():
        assert (schemas_dir() / name).read_bytes() == content, f"{name} is stale: run python -m converter.taxonomy.build"


def test_generator_writes_same_bytes_twice(tmp_path: Path) -> None:
    assert build_main(["--out", str(tmp_path / "a")]) == 0
    assert build_main(["--out", str(tmp_path / "b")]) == 0
    for name in TAXONOMY_FILES:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_linkbases_are_referenced_relatively() -> None:
    schema = etree.parse(str(schemas_dir() / ENTRY_POINT)).getroot()
    refs = [e.get("{http://www.w3.org/1999/xlink}href") for e in schema.iter("{http://www.xbrl.org/2003/linkbase}linkbaseRef")]
    assert sorted(refs) == sorted(TAXONOMY_FILES[1:])


def test_copy_is_self_contained(tmp_path: Path) -> None:
    copy_taxonomy(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(TAXONOMY_FILES)
    copy = load_taxonomy(tmp_path / ENTRY_POINT)
    packaged = load_taxonomy()
    assert copy is not packaged
    assert dict(copy.concepts) == dict(packaged.concepts)
    assert dict(copy.dimension_sets) == dict(packaged.dimension_sets)
    assert dict(copy.labels) == dict(packaged.labels)


def test_copy_rewrites_only_changed_files(tmp_path: Path) -> None:
    copy_taxonomy(tmp_path)
    (tmp_path / TAXONOMY_FILES[1]).write_text("stale", encoding="utf-8")
    before = (tmp_path / ENTRY_POINT).stat().st_mtime_ns
    copy_taxonomy(tmp_path)
    assert (tmp_path / TAXONOMY_FILES[1]).read_bytes() == (schemas_dir() / TAXONOMY_FILES[1]).read_bytes()
    assert (tmp_path / ENTRY_POINT).stat().st_mtime_ns == before


# ------------------------------------------------------------------------------------------
# lxml: the entry point compiles offline against the stand-ins and validates instances
# ------------------------------------------------------------------------------------------

INSTANCE = """<?xml version="1.0" encoding="UTF-8"?>
<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase"
 xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xbrldi="http://xbrl.org/2006/xbrldi"
 xmlns:d2x="http://doc2xbrl.org/taxonomy/2026-11" xmlns:iso4217="http://www.xbrl.org/2003/iso4217"
 xmlns:src="http://doc2xbrl.org/source">
  <link:schemaRef xlink:type="simple" xlink:href="d2x-2026-11.xsd"/>
  <xbrli:context id="FY">
    <xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0001234567</xbrli:identifier></xbrli:entity>
    <xbrli:period><xbrli:startDate>2004-01-01</xbrli:startDate><xbrli:endDate>2004-12-31</xbrli:endDate></xbrli:period>
  </xbrli:context>
  <xbrli:context id="FY_sig">
    <xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0001234567</xbrli:identifier>
      <xbrli:segment><xbrldi:typedMember dimension="d2x:SignatoryAxis"><d2x:SignatoryKey>1</d2x:SignatoryKey></xbrldi:typedMember></xbrli:segment>
    </xbrli:entity>
    <xbrli:period><xbrli:startDate>2004-01-01</xbrli:startDate><xbrli:endDate>2004-12-31</xbrli:endDate></xbrli:period>
  </xbrli:context>
  <xbrli:context id="FY_cmp">
    <xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0001234567</xbrli:identifier>
      <xbrli:segment><xbrldi:typedMember dimension="d2x:ComparativePeriodAxis"><d2x:ComparativePeriodKey>2003-01-01/2003-12-31</d2x:ComparativePeriodKey></xbrldi:typedMember></xbrli:segment>
    </xbrli:entity>
    <xbrli:period><xbrli:startDate>2004-01-01</xbrli:startDate><xbrli:endDate>2004-12-31</xbrli:endDate></xbrli:period>
  </xbrli:context>
  <xbrli:context id="END">
    <xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0001234567</xbrli:identifier></xbrli:entity>
    <xbrli:period><xbrli:instant>2004-12-31</xbrli:instant></xbrli:period>
  </xbrli:context>
  <xbrli:unit id="USD"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>
  <xbrli:unit id="pure"><xbrli:measure>xbrli:pure</xbrli:measure></xbrli:unit>
  <xbrli:unit id="shares"><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unit>
  <xbrli:unit id="USD_per_share"><xbrli:divide>
    <xbrli:unitNumerator><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unitNumerator>
    <xbrli:unitDenominator><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unitDenominator>
  </xbrli:divide></xbrli:unit>
  <d2x:DocumentType contextRef="FY" src:span="0-3">8-K</d2x:DocumentType>
  <d2x:EntityRegistrantName contextRef="FY" xml:lang="en" src:span="10-31">Pacific Widget Holdings</d2x:EntityRegistrantName>
  <d2x:EntityRegistrantName contextRef="FY" xml:lang="ko">퍼시픽위젯홀딩스</d2x:EntityRegistrantName>
  <d2x:SignatoryName contextRef="FY_sig" xml:lang="en">Min-jun Park</d2x:SignatoryName>
  <d2x:SignatureDate contextRef="FY_sig">2005-02-11</d2x:SignatureDate>
  <d2x:Revenues contextRef="FY" unitRef="USD" decimals="-5" src:span="40-52">48700000</d2x:Revenues>
  <d2x:NetIncomeLoss contextRef="FY" unitRef="USD" decimals="-5">-3100000</d2x:NetIncomeLoss>
  <d2x:RevenuesPercentChange contextRef="FY_cmp" unitRef="pure" decimals="3">0.184</d2x:RevenuesPercentChange>
  <d2x:EarningsPerShareBasic contextRef="FY" unitRef="USD_per_share" decimals="2">-0.12</d2x:EarningsPerShareBasic>
  <d2x:SharesOutstanding contextRef="END" unitRef="shares" decimals="-3">25810000</d2x:SharesOutstanding>
  <d2x:Subscribers contextRef="END" unitRef="pure" decimals="0">412077</d2x:Subscribers>
  <d2x:EntityWebsite contextRef="FY">http://www.example.com</d2x:EntityWebsite>
  <d2x:FurnishesInformationUnderRule12g32b contextRef="FY">false</d2x:FurnishesInformationUnderRule12g32b>
  <d2x:EntityAddressFloor contextRef="FY" unitRef="pure" decimals="0">17</d2x:EntityAddressFloor>
  <d2x:MergerDate contextRef="FY" xsi:nil="true" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>
</xbrli:xbrl>
"""


def _write_instance(folder: Path, text: str = INSTANCE) -> Path:
    copy_taxonomy(folder)
    path = folder / "instance.xbrl"
    path.write_text(text, encoding="utf-8")
    return path


def test_entry_point_compiles_offline_and_validates_an_instance(tmp_path: Path) -> None:
    schema = compile_schema(schemas_dir() / ENTRY_POINT)
    document = etree.parse(str(_write_instance(tmp_path)))
    assert schema.validate(document), schema.error_log


@pytest.mark.parametrize(
    "good,bad,message",
    [
        (">48700000<", ">48.7 million<", "Revenues"),
        (">2005-02-11<", ">February 11, 2005<", "SignatureDate"),
        ("<d2x:SignatoryKey>1<", "<d2x:SignatoryKey> <", "SignatoryKey"),
        (">false</d2x:Furnishes", ">No</d2x:Furnishes", "Furnishes"),
        ('unitRef="pure" decimals="0">17', 'decimals="0">17', "unitRef"),
    ],
)
def test_lxml_rejects_invalid_values(tmp_path: Path, good: str, bad: str, message: str) -> None:
    assert good in INSTANCE
    schema = compile_schema(schemas_dir() / ENTRY_POINT)
    document = etree.parse(str(_write_instance(tmp_path, INSTANCE.replace(good, bad, 1))))
    assert not schema.validate(document)
    assert message in str(schema.error_log)


@pytest.mark.parametrize("linkbase", TAXONOMY_FILES[1:])
def test_linkbases_are_schema_valid(linkbase: str) -> None:
    schema = compile_schema(official_schema_path("http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd"))
    document = etree.parse(str(schemas_dir() / linkbase))
    assert schema.validate(document), schema.error_log
