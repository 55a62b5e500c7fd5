"""The taxonomy: stand-in schemas, offline resolution, concepts, linkbases, Arelle acceptance."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from converter.errors import TaxonomyError
from converter.resources import schemas_dir
from converter.taxonomy import LocalSchemaResolver, compile_schema, official_schema_path
from converter.taxonomy.catalog import safe_parser

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


def test_own_published_urls_map_to_the_packaged_taxonomy() -> None:
    base = "http://doc2xbrl.org/taxonomy/2026-11/"
    assert official_schema_path(base + "d2x-2026-11.xsd") == (schemas_dir() / "d2x-2026-11.xsd").resolve()
    assert official_schema_path(base + "d2x-2026-11-def.xml") == (schemas_dir() / "d2x-2026-11-def.xml").resolve()
    assert official_schema_path(base + "../../../etc/passwd") is None  # never outside the folder
    assert official_schema_path(base + "no-such-file.xsd") is None
    assert official_schema_path(base) is None


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

# The taxonomy contract, as the repository carries it (docs/taxonomy.md is a copy of the project's
# spec; test_contract_copy_is_current compares the two where the spec sits beside the clone).
SPEC = Path(__file__).resolve().parents[1] / "docs" / "taxonomy.md"
SHARED_SPEC = Path(__file__).resolve().parents[2] / "shared" / "spec" / "taxonomy.md"

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
    # "duration / instant": the contract leaves the choice to the taxonomy
    assert concept.period_type in period.split(" / ")
    if balance is not None and balance != "?":
        assert concept.balance == balance
    elif concept.item_type != "xbrli:monetaryItemType":
        assert concept.balance is None  # XBRL 2.1 section 5.1.1.2: a balance only on monetary items
    assert concept.nillable and not concept.abstract


def test_contract_copy_is_current() -> None:
    """docs/taxonomy.md is the contract the tests read: the project's spec, which our copy may
    only grow (every line of the spec, in order; added lines between, such as the dividend kind
    axis), never change."""
    if not SHARED_SPEC.is_file():
        pytest.skip(f"the project's spec is not beside this clone ({SHARED_SPEC})")
    ours = iter(SPEC.read_text(encoding="utf-8").splitlines())
    missing = [line for line in SHARED_SPEC.read_text(encoding="utf-8").splitlines() if line not in ours]
    assert not missing, f"lines of the spec changed or removed in docs/taxonomy.md: {missing[:3]}"


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
NO_AXIS = frozenset()  # the Total cube: reportable with no dimension beside its breakdowns
CHANGE = frozenset({"ComparativePeriodAxis"})
COUNTERPARTY = frozenset({"CounterpartyAxis"})
SEGMENT = frozenset({"SegmentAxis"})
STATED = frozenset({"StatedPeriodAxis"})  # a figure of an undated document, its period as printed
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
    ("EBITDAPercentChange", {CHANGE, CHANGE | COUNTERPARTY, CHANGE | SEGMENT, CHANGE | STATED,
                             CHANGE | COUNTERPARTY | STATED, CHANGE | SEGMENT | STATED}),
    ("SubscribersPercentChange", {CHANGE, CHANGE | COUNTERPARTY, CHANGE | STATED, CHANGE | COUNTERPARTY | STATED}),
    ("Revenues", {NO_AXIS, COUNTERPARTY, SEGMENT, STATED, COUNTERPARTY | STATED, SEGMENT | STATED}),
    ("Subscribers", {NO_AXIS, COUNTERPARTY, STATED, COUNTERPARTY | STATED}),
    ("PaidInCapital", {NO_AXIS, COUNTERPARTY}),
    ("DividendsDeclaredPerShare", {NO_AXIS, COUNTERPARTY, frozenset({"DividendKindAxis"}), STATED,
                                   COUNTERPARTY | STATED}),
    ("DividendsDeclared", {NO_AXIS, COUNTERPARTY, frozenset({"DividendKindAxis"}), STATED, COUNTERPARTY | STATED}),
    ("EarningsPerShareBasic", {NO_AXIS, COUNTERPARTY, STATED, COUNTERPARTY | STATED}),
    ("SecurityTitle", {frozenset({"SecurityListingAxis"})}),
    ("PercentOfClass", {BY_PERSON, BY_PERSON | frozenset({"ClassOfStockAxis"})}),
    ("AggregateAmountBeneficiallyOwned", {BY_PERSON, BY_PERSON | frozenset({"ClassOfStockAxis"})}),
    ("BoardResolutionDate", set()),
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
        sets = taxonomy.dimension_sets[name]
        assert sets and all("ComparativePeriodAxis" in axes for axes in sets), name


def test_axes_have_typed_domain_elements() -> None:
    taxonomy = load_taxonomy()
    assert set(taxonomy.axes) == {
        "SignatoryAxis", "ReportingPersonAxis", "ExhibitAxis", "ContactAxis", "OfficerAxis",
        "SpokespersonAxis", "SecurityListingAxis", "ComparativePeriodAxis", "CounterpartyAxis", "SegmentAxis",
        "DividendKindAxis", "StatedPeriodAxis", "ClassOfStockAxis",
    }
    schema = etree.parse(str(taxonomy.entry_point), safe_parser()).getroot()
    xs = "{http://www.w3.org/2001/XMLSchema}"
    declared = {e.get("name"): e for e in schema.iterchildren(f"{xs}element")}
    for axis in taxonomy.axes.values():
        assert axis.domain_element == axis.name.removesuffix("Axis") + "Key"
        domain = declared[axis.domain_element]
        closed = "d2x:dividendKindKeyType" if axis.name == "DividendKindAxis" else "d2x:keyType"
        assert domain.get("substitutionGroup") is None and domain.get("type") == closed
        assert taxonomy.concept(axis.name).abstract


def test_dividend_kinds_are_a_closed_list() -> None:
    """The dividend kind axis takes only the kinds the schema lists: any other is invalid."""
    schema = etree.parse(str(load_taxonomy().entry_point), safe_parser()).getroot()
    xs = "{http://www.w3.org/2001/XMLSchema}"
    listed = next(t for t in schema.iterchildren(f"{xs}simpleType") if t.get("name") == "dividendKindKeyType")
    assert [e.get("value") for e in listed.iter(f"{xs}enumeration")] == ["interim", "final", "special", "quarterly"]


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
    schema = etree.parse(str(schemas_dir() / ENTRY_POINT), safe_parser()).getroot()
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
  <d2x:EarningsPerShareBasic contextRef="FY" unitRef="USD_per_share" decimals="2" src:span="60-65">-0.12</d2x:EarningsPerShareBasic>
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
    document = etree.parse(str(_write_instance(tmp_path)), safe_parser())
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
    document = etree.parse(str(_write_instance(tmp_path, INSTANCE.replace(good, bad, 1))), safe_parser())
    assert not schema.validate(document)
    assert message in str(schema.error_log)


@pytest.mark.parametrize("linkbase", TAXONOMY_FILES[1:])
def test_linkbases_are_schema_valid(linkbase: str) -> None:
    schema = compile_schema(official_schema_path("http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd"))
    document = etree.parse(str(schemas_dir() / linkbase), safe_parser())
    assert schema.validate(document), schema.error_log


# ------------------------------------------------------------------------------------------
# Arelle (XBRL 2.1 + Dimensions + UTR), offline: proof that the taxonomy and its cubes work
# ------------------------------------------------------------------------------------------

import socket  # noqa: E402
import zipfile  # noqa: E402

from arelle_support import arelle_messages, assert_arelle_clean  # noqa: E402

from converter.taxonomy import write_package  # noqa: E402


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a connection fails loudly (Arelle would then log an error)."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def _codes(path: Path | str, **kwargs: object) -> list[str]:
    return [message.code for message in arelle_messages(path, **kwargs)]  # type: ignore[arg-type]


def test_arelle_loads_entry_point_without_errors_or_warnings(no_network: None) -> None:
    assert_arelle_clean(schemas_dir() / ENTRY_POINT)


def test_arelle_accepts_instance_with_typed_dimensions(tmp_path: Path, no_network: None) -> None:
    assert_arelle_clean(_write_instance(tmp_path))


SIGNATORY_FACT = '<d2x:SignatoryName contextRef="FY_sig" xml:lang="en">Min-jun Park</d2x:SignatoryName>'
PERSON_CONTEXT = """
  <xbrli:context id="FY_person">
    <xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0001234567</xbrli:identifier>
      <xbrli:segment>MEMBERS</xbrli:segment>
    </xbrli:entity>
    <xbrli:period><xbrli:startDate>2004-01-01</xbrli:startDate><xbrli:endDate>2004-12-31</xbrli:endDate></xbrli:period>
  </xbrli:context>
  <xbrli:unit id="USD">"""
PERSON = '<xbrldi:typedMember dimension="d2x:ReportingPersonAxis"><d2x:ReportingPersonKey>p2</d2x:ReportingPersonKey></xbrldi:typedMember>'
SIGNATORY = '<xbrldi:typedMember dimension="d2x:SignatoryAxis"><d2x:SignatoryKey>2</d2x:SignatoryKey></xbrldi:typedMember>'


def _with_person_context(members: str, fact: str) -> str:
    text = INSTANCE.replace('\n  <xbrli:unit id="USD">', PERSON_CONTEXT.replace("MEMBERS", members), 1)
    return text.replace("</xbrli:xbrl>", fact + "\n</xbrli:xbrl>")


@pytest.mark.parametrize(
    "members,fact",
    [
        (PERSON, '<d2x:SignatoryName contextRef="FY_person">Hye-jin Cho</d2x:SignatoryName>'),
        (PERSON, '<d2x:SignedOnBehalfOf contextRef="FY_person">Delta Partners LP / Delta GP Ltd.</d2x:SignedOnBehalfOf>'),
        (PERSON, '<d2x:ReportingPersonType contextRef="FY_person">natural person</d2x:ReportingPersonType>'),
    ],
)
def test_arelle_accepts_signature_under_reporting_person(tmp_path: Path, members: str, fact: str) -> None:
    assert_arelle_clean(_write_instance(tmp_path, _with_person_context(members, fact)))


DIMENSIONALLY_INVALID = [
    # the signature fact without its dimension
    (INSTANCE.replace(SIGNATORY_FACT, SIGNATORY_FACT.replace("FY_sig", "FY")), "SignatoryName"),
    # a percent change without its comparative period
    (INSTANCE.replace('RevenuesPercentChange contextRef="FY_cmp"', 'RevenuesPercentChange contextRef="FY"'),
     "RevenuesPercentChange"),
    # both signature axes at once: each cube is closed
    (_with_person_context(PERSON + SIGNATORY, '<d2x:SignatoryTitle contextRef="FY_person">Director</d2x:SignatoryTitle>'),
     "SignatoryTitle"),
    # a reporting-person concept on the signatory axis
    (INSTANCE.replace("</xbrli:xbrl>", '<d2x:ReportingPersonName contextRef="FY_sig">Delta Partners LP</d2x:ReportingPersonName></xbrli:xbrl>'),
     "ReportingPersonName"),
]


@pytest.mark.parametrize("text,concept", DIMENSIONALLY_INVALID, ids=[c for _, c in DIMENSIONALLY_INVALID])
def test_arelle_rejects_dimensionally_invalid_facts(tmp_path: Path, text: str, concept: str) -> None:
    messages = arelle_messages(_write_instance(tmp_path, text))
    assert [m.code for m in messages] == ["xbrldie:PrimaryItemDimensionallyInvalidError"]
    assert f"d2x:{concept}" in messages[0].text


def test_arelle_checks_units_against_the_utr(tmp_path: Path) -> None:
    text = INSTANCE.replace('Subscribers contextRef="END" unitRef="pure"', 'Subscribers contextRef="END" unitRef="USD"')
    assert "utre:error-NumericFactUtrInvalid" in _codes(_write_instance(tmp_path, text))


def test_arelle_harness_reports_errors_and_fails_the_assertion(tmp_path: Path) -> None:
    text = INSTANCE.replace('<d2x:SharesOutstanding contextRef="END"', '<d2x:SharesOutstanding contextRef="FY"')
    path = _write_instance(tmp_path, text)
    assert _codes(path) == ["xbrl.4.7.2:contextPeriodType"]
    with pytest.raises(AssertionError, match="contextPeriodType"):
        assert_arelle_clean(path)
    assert _codes(tmp_path / "missing.xbrl") == ["IOerror"]


def test_arelle_harness_reads_inline_xbrl(tmp_path: Path) -> None:
    copy_taxonomy(tmp_path)
    page = tmp_path / "report.htm"
    page.write_text(
        """<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"
 xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase"
 xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:d2x="http://doc2xbrl.org/taxonomy/2026-11"
 xmlns:iso4217="http://www.xbrl.org/2003/iso4217"><head><title>Q1</title></head><body>
<div style="display:none"><ix:header><ix:references><link:schemaRef xlink:type="simple" xlink:href="d2x-2026-11.xsd"/></ix:references>
<ix:resources><xbrli:context id="Q1"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0001234567</xbrli:identifier></xbrli:entity>
<xbrli:period><xbrli:startDate>2005-01-01</xbrli:startDate><xbrli:endDate>2005-03-31</xbrli:endDate></xbrli:period></xbrli:context>
<xbrli:unit id="EUR"><xbrli:measure>iso4217:EUR</xbrli:measure></xbrli:unit></ix:resources></ix:header></div>
<p>Revenue was EUR <ix:nonFraction name="d2x:Revenues" contextRef="Q1" unitRef="EUR" decimals="-5" scale="6">12.3</ix:nonFraction> million
(<ix:nonNumeric name="d2x:DocumentType" contextRef="Q1">6-K</ix:nonNumeric>).</p></body></html>""",
        encoding="utf-8",
    )
    assert_arelle_clean(page, inline=True)
    assert _codes(_write_instance(tmp_path), inline=True) == ["arelle:notInline"]


# ------------------------------------------------------------------------------------------
# Taxonomy package
# ------------------------------------------------------------------------------------------

PUBLISHED_ENTRY_POINT = "http://doc2xbrl.org/taxonomy/2026-11/d2x-2026-11.xsd"


def test_package_structure_follows_taxonomy_packages_1_0(tmp_path: Path) -> None:
    zip_path = tmp_path / "d2x.zip"
    write_package(zip_path)
    with zipfile.ZipFile(zip_path) as archive:
        names = archive.namelist()
        assert {name.split("/")[0] for name in names} == {"d2x-2026-11"}  # one top-level folder
        assert sorted(names) == names
        metadata = etree.fromstring(archive.read("d2x-2026-11/META-INF/taxonomyPackage.xml"), safe_parser())
        catalog = etree.fromstring(archive.read("d2x-2026-11/META-INF/catalog.xml"), safe_parser())
        for name in TAXONOMY_FILES:
            assert archive.read(f"d2x-2026-11/{name}") == (schemas_dir() / name).read_bytes()
        assert {info.date_time for info in archive.infolist()} == {(2026, 11, 1, 0, 0, 0)}
    tp = "{http://xbrl.org/2016/taxonomy-package}"
    assert metadata.tag == f"{tp}taxonomyPackage"
    assert metadata.findtext(f"{tp}identifier") == NAMESPACE
    assert metadata.find(f"{tp}entryPoints/{tp}entryPoint/{tp}entryPointDocument").get("href") == PUBLISHED_ENTRY_POINT
    rewrite = catalog.find("{urn:oasis:names:tc:entity:xmlns:xml:catalog}rewriteURI")
    assert (rewrite.get("uriStartString"), rewrite.get("rewritePrefix")) == (NAMESPACE + "/", "../")


def test_package_is_reproducible(tmp_path: Path) -> None:
    write_package(tmp_path / "a.zip")
    write_package(tmp_path / "b.zip")
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()


def test_arelle_opens_the_package_offline(tmp_path: Path, no_network: None) -> None:
    zip_path = tmp_path / "d2x.zip"
    write_package(zip_path)
    assert arelle_messages(PUBLISHED_ENTRY_POINT, packages=[zip_path]) == []
    # an instance that names the published URL resolves only through the package
    remote = INSTANCE.replace('xlink:href="d2x-2026-11.xsd"', f'xlink:href="{PUBLISHED_ENTRY_POINT}"')
    instance = tmp_path / "remote.xbrl"
    instance.write_text(remote, encoding="utf-8")
    assert arelle_messages(instance, packages=[zip_path]) == []
    assert "IOerror" in _codes(instance)


def test_changed_copy_is_read_again(tmp_path: Path) -> None:
    copy_taxonomy(tmp_path)
    first = load_taxonomy(tmp_path / ENTRY_POINT)
    assert load_taxonomy(tmp_path / ENTRY_POINT) is first
    labels = tmp_path / TAXONOMY_FILES[1]
    labels.write_text(labels.read_text(encoding="utf-8").replace(">Net Income (Loss)<", ">Profit (Loss)<"), encoding="utf-8")
    second = load_taxonomy(tmp_path / ENTRY_POINT)
    assert second is not first
    assert second.label("NetIncomeLoss") == "Profit (Loss)" != first.label("NetIncomeLoss")


def test_every_concept_is_presented_under_a_group_heading() -> None:
    """Each concept appears in a presentation role, dimensional ones under their table's line items."""
    xlink = "{http://www.w3.org/1999/xlink}"
    root = etree.parse(str(schemas_dir() / TAXONOMY_FILES[2]), safe_parser()).getroot()
    parents: dict[str, set[str]] = {}
    for arc in root.iter("{http://www.xbrl.org/2003/linkbase}presentationArc"):
        parents.setdefault(arc.get(f"{xlink}to").removeprefix("loc_"), set()).add(arc.get(f"{xlink}from").removeprefix("loc_"))
    taxonomy = load_taxonomy()
    for name, concept in taxonomy.concepts.items():
        if not concept.abstract:
            assert name in parents, f"{name} is not presented"
            sets = taxonomy.dimension_sets[name]
            if sets:
                # one line-items parent per cube with an axis; under the heading too when it may
                # be reported with no dimension (the Total cube)
                headings = {p for p in parents[name] if p.endswith("Abstract")}
                assert len(headings) == (frozenset() in sets), name
                assert all(p.endswith("LineItems") for p in parents[name] - headings), name
                assert len(parents[name] - headings) == len([s for s in sets if s]), name
            else:
                assert all(p.endswith("Abstract") for p in parents[name]), name


def test_arelle_harness_survives_other_sessions(tmp_path: Path) -> None:
    """Other tests run their own arelle Session (with plugins); errors must still be caught after."""
    import logging

    from arelle.api.Session import Session
    from arelle.RuntimeOptions import RuntimeOptions

    broken = _write_instance(tmp_path, INSTANCE.replace(SIGNATORY_FACT, SIGNATORY_FACT.replace("FY_sig", "FY")))
    expected = ["xbrldie:PrimaryItemDimensionallyInvalidError"]
    assert _codes(broken) == expected
    for plugins in ("saveLoadableOIM", None):
        with Session() as other:
            other.run(
                RuntimeOptions(entrypointFile=str(broken), workOffline=True, validate=True, plugins=plugins,
                               disablePersistentConfig=True),
                logHandler=logging.NullHandler(),
            )
        assert _codes(broken) == expected


@pytest.mark.parametrize(
    "broken,reason",
    [
        (lambda folder: (folder / ENTRY_POINT).unlink(), "cannot read"),
        (lambda folder: (folder / TAXONOMY_FILES[3]).unlink(), "cannot read"),
        (lambda folder: (folder / ENTRY_POINT).write_text("<notASchema/>", encoding="utf-8"), "not a taxonomy schema"),
        (lambda folder: (folder / ENTRY_POINT).write_text("<xs:schema", encoding="utf-8"), "cannot read"),
        (lambda folder: (folder / ENTRY_POINT).write_text(
            '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:x"/>', encoding="utf-8"),
         "no XBRL concepts"),
    ],
    ids=["no-schema", "no-definition-linkbase", "not-a-schema", "malformed", "no-concepts"],
)
def test_broken_taxonomy_raises_taxonomy_error(tmp_path: Path, broken, reason: str) -> None:
    copy_taxonomy(tmp_path)
    broken(tmp_path)
    with pytest.raises(TaxonomyError, match=reason):
        load_taxonomy(tmp_path / ENTRY_POINT)
