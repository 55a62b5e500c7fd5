"""Inline XBRL review page: tags reproduce the values, Arelle reads the same facts as our XBRL.

Arelle runs offline (its bundled copies of the XBRL and Inline XBRL schemas); each load gets a
fresh ``arelle.api.Session`` and its facts are copied out as plain values before it closes.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from arelle_support import assert_arelle_clean
from converter.map import context_id, unit_id
from converter.model import (
    PURE,
    Context,
    Fact,
    Instance,
    Period,
    Segment,
    SourceDocument,
    Span,
    Unit,
    UnitSpec,
)
from converter.render import render_instance
from converter.render_ixbrl import (
    Tag,
    displayable,
    displayed_range,
    nest_tags,
    plan_tag,
    read_date,
    read_number,
    render_inline,
)
from converter.taxonomy import ENTRY_POINT, NAMESPACE, copy_taxonomy

SEEDS = Path(__file__).resolve().parents[1] / "examples"  # the seed documents, byte for byte
SEED_FILES = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
XHTML = "http://www.w3.org/1999/xhtml"
IX = "http://www.xbrl.org/2013/inlineXBRL"


# ----------------------------------------------------------------------------------------------
# Arelle, offline
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ArelleFact:
    id: str
    concept: str  # Clark notation
    entity: tuple[str, str]
    period: tuple[str, ...]
    dimensions: tuple[tuple[str, str], ...]
    unit: tuple[tuple[str, ...], tuple[str, ...]] | None
    value: object  # Decimal for numbers, else the string value
    decimals: str | None
    lang: str | None


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.problems: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.problems.append(f"[{getattr(record, 'messageCode', '?')}] {record.getMessage()}")


def _arelle_fact(fact, oim_language: bool) -> ArelleFact:
    ctx = fact.context
    if ctx.isInstantPeriod:
        period = ("instant", str(ctx.instantDatetime))
    else:
        period = ("duration", str(ctx.startDatetime), str(ctx.endDatetime))
    dims = tuple(sorted(
        (d.dimensionQname.clarkNotation, d.typedMember.stringValue if d.isTyped else d.memberQname.clarkNotation)
        for d in ctx.qnameDims.values()
    ))
    unit = None
    if fact.unit is not None:
        num, den = fact.unit.measures
        unit = (tuple(sorted(q.clarkNotation for q in num)), tuple(sorted(q.clarkNotation for q in den)))
    numeric = fact.concept.isNumeric
    lang = fact.xmlLang or None
    if oim_language and not fact.concept.type.isOimTextFactType:
        lang = None  # OIM keeps a language only on text facts
    return ArelleFact(
        id=fact.id or "",
        concept=fact.qname.clarkNotation,
        entity=tuple(ctx.entityIdentifier),
        period=period,
        dimensions=dims,
        unit=unit,
        value=Decimal(str(fact.xValue)) if numeric else fact.value,
        decimals=fact.decimals if numeric else None,
        lang=lang,
    )


def arelle_load(path: Path, *, plugins: str | None = None, oim_language: bool = False,
                save_oim: Path | None = None) -> tuple[list[ArelleFact], list[str]]:
    """(facts, warnings and errors) of Arelle's offline load and validation of ``path``;
    ``save_oim`` also writes Arelle's own OIM export (.json or .csv) of what it loaded."""
    from arelle.api.Session import Session
    from arelle.RuntimeOptions import RuntimeOptions

    collector = _Collector()
    options = RuntimeOptions(
        entrypointFile=str(path), internetConnectivity="offline", keepOpen=True, validate=True, utrValidate=True,
        plugins=plugins, disablePersistentConfig=True,
    )
    with Session() as session:
        session.run(options, logHandler=collector)
        models = session.get_models()
        assert models, f"Arelle loaded nothing from {path}: {collector.problems}"
        facts = [_arelle_fact(f, oim_language) for f in models[0].facts]
        if save_oim is not None:
            from arelle.plugin.saveLoadableOIM import saveLoadableOIM

            saveLoadableOIM(models[0], str(save_oim))
    return facts, collector.problems


def by_id(facts: list[ArelleFact]) -> dict[str, ArelleFact]:
    table = {f.id: f for f in facts}
    assert len(table) == len(facts), "fact ids must be unique"
    return table


# ----------------------------------------------------------------------------------------------
# Written variants (other issuers, amounts, layouts, Hangul)
# ----------------------------------------------------------------------------------------------

CABLE_RELEASE = """\
                                                    EXHIBIT 99.1
                                                    March 3, 2004
                         Daehan Cable Co., Ltd.
Daehan Cable Co., Ltd. today announced revenues of KRW412.5 billion for the
fourth quarter of 2003, up 12.4% from a year earlier, while net loss amounted
to KRW 17.3 billion. Subscribers reached 1,204,330 at the end of December.
\x0c
Furnishes information:    Yes   X       No
Address: 55 Jongno-ku, Seoul
대한케이블 주식회사 (서울특별시 종로구)
"""


def _span(text: str, words: str, nth: int = 0) -> Span:
    at = -1
    for _ in range(nth + 1):
        at = text.index(words, at + 1)
    return Span(at, at + len(words))


FILLER = "This release contains forward-looking statements that are subject to risks and uncertainties.\n"


def written_variant(filler_lines: int = 0) -> tuple[Instance, SourceDocument]:
    """A press release of an invented issuer, mapped by hand as the map stage would; filler
    lines after the page break push the last facts down the page."""
    text = CABLE_RELEASE.replace("\x0c\n", "\x0c\n" + FILLER * filler_lines)
    doc = SourceDocument("daehan-cable.txt", text, text, (Segment(0, 0, len(text)),), doc_type="EX-99.1")
    quarter = Period.duration(dt.date(2003, 10, 1), dt.date(2003, 12, 31))
    day = Period.duration(dt.date(2004, 3, 3), dt.date(2004, 3, 3))
    year_end = Period.instant(dt.date(2003, 12, 31))
    comparative = (("ComparativePeriodAxis", "2002-10-01/2002-12-31"),)
    keys = [(quarter, ()), (quarter, comparative), (day, ()), (year_end, ())]
    contexts = {k: Context(context_id(*k), "http://www.sec.gov/CIK", "0000999999", k[0], k[1]) for k in keys}
    c = {name: contexts[k].id for name, k in zip(("q", "cmp", "day", "end"), keys)}
    krw = Unit(unit_id(UnitSpec.currency("KRW")), UnitSpec.currency("KRW"))
    pure = Unit(unit_id(PURE), PURE)
    s = lambda words, nth=0: _span(text, words, nth)  # noqa: E731
    facts = (
        Fact("DocumentType", c["day"], "EX-99.1", lang="en", span=s("EXHIBIT 99.1"), id="f1"),
        Fact("DocumentDate", c["day"], "2004-03-03", span=s("March 3, 2004"), id="f2"),
        Fact("EntityRegistrantName", c["day"], "Daehan Cable Co., Ltd.", lang="en", span=s("Daehan Cable Co., Ltd.", 1), id="f3"),
        Fact("EntityRegistrantName", c["day"], "대한케이블 주식회사", lang="ko", span=s("대한케이블 주식회사"), id="f4"),
        Fact("Revenues", c["q"], "412500000000", krw.id, "-8", span=s("KRW412.5 billion"), id="f5"),
        Fact("RevenuesPercentChange", c["cmp"], "0.124", pure.id, "3", span=s("up 12.4%"), id="f6"),
        Fact("NetIncomeLoss", c["q"], "-17300000000", krw.id, "-8", span=s("net loss amounted\nto KRW 17.3 billion"), id="f7"),
        Fact("Subscribers", c["end"], "1204330", pure.id, "0", span=s("1,204,330"), id="f8"),
        Fact("FurnishesInformationUnderRule12g32b", c["day"], "true", span=s(" X ", 0), id="f9"),
        Fact("EntityAddressDistrict", c["day"], "Jongno-gu", lang="en", span=s("Jongno-ku"), id="f10"),
        Fact("EntityAddressCityOrProvince", c["day"], "Seoul", lang="en", span=s("Seoul", 0), id="f11"),
        Fact("EntityAddressCountryCode", c["day"], "KR", lang="en", id="f12"),
        Fact("EntityAddressLine", c["day"], "55 Jongno-ku, Seoul", lang="en", span=s("55 Jongno-ku, Seoul"), id="f13"),
    )
    instance = Instance(
        "daehan-cable.txt", "0" * 64, ENTRY_POINT, NAMESPACE,
        tuple(sorted(contexts.values(), key=lambda x: x.id)), (krw, pure), facts,
        (("ComparativePeriodAxis", "ComparativePeriodKey"),),
    )
    return instance, doc


HTML_RELEASE = (
    "<html><body><p align=center><b>HANGANG STEEL CORP.</b></p>\n"
    "<p>Seoul, <i>June 14, 2001</i> &#8212; Hangang Steel Corp. reported sales of "
    "<b>US$1,250.5 million</b> for fiscal 2000 &amp; a net loss of US$ 3.2 million.</p>\n"
    "<p>철강 부문 매출</p></body></html>"
)


def strip_html(raw: str) -> tuple[str, tuple[Segment, ...]]:
    """Clean text and segments of a tiny HTML page, as ingest makes them (tags out, entities decoded)."""
    import html as html_lib
    import re as re_lib

    text, segments = [], []
    at = 0
    for match in re_lib.finditer(r"<[^>]*>|&#?\w+;|[^<&]+", raw):
        piece = match.group()
        if piece.startswith("<"):
            continue
        shown = html_lib.unescape(piece) if piece.startswith("&") else piece
        segments.append(Segment(at, match.start(), len(shown)))
        text.append(shown)
        at += len(shown)
    return "".join(text), tuple(segments)


def html_variant() -> tuple[Instance, SourceDocument]:
    text, segments = strip_html(HTML_RELEASE)
    doc = SourceDocument("hangang.htm", HTML_RELEASE, text, segments, media="html", doc_type="EX-99")
    year = Period.duration(dt.date(2000, 1, 1), dt.date(2000, 12, 31))
    day = Period.duration(dt.date(2001, 6, 14), dt.date(2001, 6, 14))
    contexts = {p: Context(context_id(p, ()), "http://www.sec.gov/CIK", "0000888888", p) for p in (year, day)}
    usd = Unit(unit_id(UnitSpec.currency("USD")), UnitSpec.currency("USD"))
    s = lambda words: _span(HTML_RELEASE, words)  # noqa: E731
    facts = (
        Fact("DocumentDate", contexts[day].id, "2001-06-14", span=s("June 14, 2001"), id="f1"),
        Fact("EntityRegistrantName", contexts[day].id, "Hangang Steel Corp.", lang="en", span=s("HANGANG STEEL CORP."), id="f2"),
        Fact("Revenues", contexts[year].id, "1250500000", usd.id, "5", span=Span(HTML_RELEASE.index("US$1,250"), HTML_RELEASE.index("</b> for")), id="f3"),
        Fact("NetIncomeLoss", contexts[year].id, "-3200000", usd.id, "5", span=s("a net loss of US$ 3.2 million"), id="f4"),
        Fact("DocumentTitle", contexts[day].id, "철강 부문 매출", lang="ko", span=s("철강 부문 매출"), id="f5"),
    )
    instance = Instance("hangang.htm", "1" * 64, ENTRY_POINT, NAMESPACE,
                        tuple(sorted(contexts.values(), key=lambda x: x.id)), (usd,), facts, ())
    return instance, doc


VARIANTS = {"text": written_variant, "html": html_variant}


def write_pair(folder: Path, stem: str, xml: bytes, xhtml: bytes) -> tuple[Path, Path]:
    copy_taxonomy(folder)
    xml_path, page_path = folder / f"{stem}.xml", folder / f"{stem}.xhtml"
    xml_path.write_bytes(xml)
    page_path.write_bytes(xhtml)
    return xml_path, page_path


def assert_same_facts(from_xbrl: list[ArelleFact], from_inline: list[ArelleFact]) -> None:
    xbrl, inline = by_id(from_xbrl), by_id(from_inline)
    assert sorted(xbrl) == sorted(inline)
    for fact_id, fact in xbrl.items():
        assert inline[fact_id] == fact, fact_id


def assert_inline_page_matches_instance(converted, folder: Path) -> bytes:
    """Render ``converted`` as XBRL and Inline XBRL into ``folder``; both load clean in Arelle
    and the page yields the instance's facts, fact for fact. Returns the page's bytes."""
    from converter.formats import render_formats

    files = dict(render_formats(converted, ["xbrl", "ixbrl"]))
    stem = converted.output_name.removesuffix(".xml")
    xml_path, page_path = write_pair(folder, stem, files[f"{stem}.xml"], files[f"{stem}.xhtml"])
    from_xbrl, xbrl_problems = arelle_load(xml_path)
    from_inline, inline_problems = arelle_load(page_path)
    assert xbrl_problems == [] and inline_problems == [], inline_problems
    assert_arelle_clean(page_path, inline=True)
    assert len(from_inline) == len(converted.instance.facts) > 0
    assert_same_facts(from_xbrl, from_inline)
    return files[f"{stem}.xhtml"]


# ----------------------------------------------------------------------------------------------
# Readers of displayed text (the registry formats we write)
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, value", [
    ("1,204,330", Decimal("1204330")),
    ("412.5", Decimal("412.5")),
    ("0.75", Decimal("0.75")),
    ("12,000.50", Decimal("12000.50")),
    ("1,23", None),  # comma decimal mark is another format
    ("12.", None),
])
def test_read_number(text, value):
    assert read_number(text) == value


@pytest.mark.parametrize("format_name, text, value", [
    ("date-monthname-day-year-en", "March 3, 2004", "2004-03-03"),
    ("date-monthname-day-year-en", "DECEMBER 31, 2005", "2005-12-31"),
    ("date-monthname-day-year-en", "Feb 29, 2004", "2004-02-29"),
    ("date-monthname-day-year-en", "Feb 30, 2004", None),
    ("date-day-monthname-year-en", "14 June 2001", "2001-06-14"),
    ("date-monthname-year-en", "August 1999", "1999-08"),
    ("date-monthname-day-year-en", "Sept. 4, 2003", None),  # TR4 reads no 'Sept.'
])
def test_read_date(format_name, text, value):
    assert read_date(format_name, text) == value


def _fact(concept: str, value: str, unit: str | None = None, decimals: str | None = None) -> Fact:
    return Fact(concept, "c", value, unit, decimals, id="f1")


@pytest.mark.parametrize("kind, numeric, value, words, tagged, attrs", [
    ("monetary", True, "412500000000", "KRW412.5 billion", "412.5", ("num-dot-decimal", 9, False)),
    ("monetary", True, "-17300000000", "(KRW 17.3 billion)", "17.3", ("num-dot-decimal", 9, True)),
    ("monetary", True, "-3200000", "net loss of US$3.2 million", "3.2", ("num-dot-decimal", 6, True)),
    ("pure", True, "0.124", "up 12.4%", "12.4", ("num-dot-decimal", -2, False)),
    ("pure", True, "-0.031", "down 3.1%", "3.1", ("num-dot-decimal", -2, True)),
    ("shares", True, "45120000", "45.12 million shares", "45.12", ("num-dot-decimal", 6, False)),
    ("pure", True, "1204330", "1,204,330 subscribers", "1,204,330", ("num-dot-decimal", 0, False)),
    ("integer", True, "12", "12th Floor", "12", ("num-dot-decimal", 0, False)),
    ("perShare", True, "2500", "par value Won 2,500 per share", "2,500", ("num-dot-decimal", 0, False)),
    ("date", False, "2004-03-03", "Date: March 3, 2004", "March 3, 2004", ("date-monthname-day-year-en", None, False)),
    ("string", False, "1999-08", "Founded in August 1999, the", "August 1999", ("date-monthname-year-en", None, False)),
    ("string", False, "Jongno-dong", "Jongno-dong 12-3", "Jongno-dong", (None, None, False)),
    ("string", False, "대한케이블", "대한케이블 주식회사", "대한케이블", (None, None, False)),
    ("boolean", False, "false", "No", "No", ("fixed-false", None, False)),
    ("boolean", False, "true", "  Yes ", "Yes", ("fixed-true", None, False)),
])
def test_plan_tag_reproduces_value(kind, numeric, value, words, tagged, attrs):
    text = f"before {words} after"
    start = text.index(words)
    tag = plan_tag(_fact("X", value, "u" if numeric else None, "0" if numeric else None), kind, numeric, text,
                   (start, start + len(words)))
    assert tag is not None
    assert text[tag.start:tag.end] == tagged
    assert (tag.format, tag.scale, tag.negative) == attrs


@pytest.mark.parametrize("kind, numeric, value, words", [
    ("string", False, "Jongno-gu", "Jongno-ku"),  # normalized: no transform reproduces it
    ("boolean", False, "true", "X"),  # a check mark does not say 'true'
    ("boolean", False, "true", "No"),  # the word says the opposite
    ("pure", True, "3", "three shares into one"),  # number words: not in TR4
    ("monetary", True, "412500000000", "KRW412.6 billion"),  # words disagree with the value
    ("string", False, "Vice President, Planning", "Vice President,\n Planning"),  # whitespace differs
])
def test_plan_tag_refuses_what_the_words_cannot_reproduce(kind, numeric, value, words):
    text = f"<{words}>"
    tag = plan_tag(_fact("X", value, "u" if numeric else None, "0" if numeric else None), kind, numeric, text, (1, 1 + len(words)))
    assert tag is None


def _tag(fact_id: str, start: int, end: int, numeric: bool) -> Tag:
    return Tag(Fact("X", "c", "1", id=fact_id), start, end, numeric)


def test_nesting_keeps_nested_text_tags_and_hides_crossing_ones():
    outer = _tag("line", 0, 30, False)  # an address line
    inner = _tag("district", 5, 14, False)  # a part of it
    number = _tag("lot", 16, 20, True)
    crossing = _tag("cross", 12, 18, False)  # crosses both the district and the lot
    inside_number = _tag("digit", 17, 18, False)
    kept, refused = nest_tags([inner, crossing, outer, number, inside_number])
    assert {t.fact.id for t in kept} == {"line", "district", "lot"}
    assert {t.fact.id for t in refused} == {"cross", "digit"}


def test_displayed_range_inverts_segments():
    raw = "<P>Revenues of <B>KRW 9.5 billion</B></P>"
    text = "Revenues of KRW 9.5 billion"
    segments = (Segment(0, 3, 12), Segment(12, 18, 15))
    doc = SourceDocument("x.htm", raw, text, segments, media="html")
    span = Span(raw.index("KRW"), raw.index("</B>"))
    assert displayed_range(doc, span) == (12, 27)
    assert text[12:27] == "KRW 9.5 billion"
    assert displayed_range(doc, Span(0, 3)) is None  # only markup


def test_displayable_keeps_offsets():
    text = "a\x0cb\r\nc\x01d"
    shown = displayable(text)
    assert len(shown) == len(text)
    assert "\x0c" not in shown and "\x01" not in shown and "\r" not in shown


# ----------------------------------------------------------------------------------------------
# The page
# ----------------------------------------------------------------------------------------------


def _parse(page: bytes) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.fromstring(page, parser)


def test_written_variant_tags_and_hides_as_designed():
    instance, doc = written_variant()
    root = _parse(render_inline(instance, doc))
    hidden = root.find(f".//{{{IX}}}hidden")
    hidden_ids = {e.get("id") for e in hidden}
    in_text = {e.get("id"): e for e in root.find(f".//{{{XHTML}}}pre").iter(f"{{{IX}}}*")}
    assert hidden_ids | set(in_text) == {f.id for f in instance.facts}
    assert not hidden_ids & set(in_text)
    # normalized, check mark, no span, reworded -> hidden
    assert {"f1", "f9", "f10", "f12"} <= hidden_ids
    revenue = in_text["f5"]
    assert (revenue.text, revenue.get("scale"), revenue.get("format")) == ("412.5", "9", "ixt:num-dot-decimal")
    assert in_text["f7"].get("sign") == "-"
    assert in_text["f4"].get("{http://www.w3.org/XML/1998/namespace}lang") == "ko"
    # the address line holds its city in place (nested nonNumeric)
    assert in_text["f11"].getparent().tag != f"{{{IX}}}hidden"
    # every fact with words has a highlight, even hidden ones
    classes = " ".join(e.get("class", "") for e in root.iter(f"{{{XHTML}}}span"))
    for fact in instance.facts:
        assert (f"d2x-f-{fact.id}" in classes) == (fact.span is not None), fact.id


def test_page_is_static_xhtml_without_network():
    instance, doc = written_variant()
    page = render_inline(instance, doc)
    root = _parse(page)
    assert root.tag == f"{{{XHTML}}}html"
    for element in root.iter():
        for name in ("src", "href"):
            assert not re.match(r"(?i)(https?:)?//", element.get(name, "")), element.get(name)
    assert b"<![CDATA[" in page and b"d2x-lang-ko" in page


def _cells(row, cell: str) -> dict[str, list[str]]:
    """lang -> texts of the spans of one cell of a panel row."""
    found: dict[str, list[str]] = {}
    for span in row.find(f"{{{XHTML}}}td[@class='{cell}']"):
        lang = next(c for c in span.get("class").split() if c.startswith("d2x-l-")).removeprefix("d2x-l-")
        found.setdefault(lang, []).append(span.text or "")
    return found


def test_panel_has_both_languages_and_babel_values():
    instance, doc = written_variant()
    root = _parse(render_inline(instance, doc))
    row = root.find(f".//{{{XHTML}}}tr[@id='d2x-row-f5']")
    labels = _cells(row, "d2x-concept")
    assert labels["en"] == ["Revenues"]
    assert labels["ko"] and labels["ko"] != ["Revenues"]
    # an amount the text rounded to 0.1 billion: compact at that precision, then whole; 억 in Korean
    assert _cells(row, "d2x-value") == {"en": ["₩412.5B (₩412,500,000,000)"], "ko": ["₩4,125억 (412,500,000,000원)"]}
    assert _cells(row, "d2x-unit") == {"en": ["KRW"], "ko": ["원"]}
    date_row = root.find(f".//{{{XHTML}}}tr[@id='d2x-row-f2']")
    assert _cells(date_row, "d2x-value") == {"en": ["March 3, 2004"], "ko": ["2004년 3월 3일"]}
    change = root.find(f".//{{{XHTML}}}tr[@id='d2x-row-f6']")
    assert _cells(change, "d2x-value") == {"en": ["12.4%"], "ko": ["12.4%"]}  # a change, not 0.124
    assert _cells(change, "d2x-unit") == {"en": [""], "ko": [""]}  # no 'pure' jargon
    dims = {s.text for s in change.iter(f"{{{XHTML}}}span") if "d2x-dim" in s.get("class", "")}
    # the comparative period in the reader's dates, not ISO
    assert dims == {"Comparative Period Oct 1, 2002 – Dec 31, 2002", "비교 기간 2002. 10. 1. – 2002. 12. 31."}
    boxes = root.find(f".//{{{XHTML}}}tr[@id='d2x-row-f9']")
    assert _cells(boxes, "d2x-value") == {"en": ["Yes"], "ko": ["예"]}


def _korean_texts(root) -> list[str]:
    """The panel's words a reader sees in Korean mode (the English spans hidden)."""
    panel = root.find(f".//{{{XHTML}}}div[@id='d2x-panel']")
    texts = []
    for element in panel.iter(f"{{{XHTML}}}span", f"{{{XHTML}}}th"):
        if "d2x-l-ko" in (element.get("class") or "").split() and element.text:
            texts.append(element.text)
    return texts


def test_korean_mode_is_korean_throughout():
    instance, doc = written_variant()
    root = _parse(render_inline(instance, doc))
    panel = root.find(f".//{{{XHTML}}}div[@id='d2x-panel']")
    headings = [[s.text for s in th if "d2x-l-ko" in s.get("class")][0] for th in panel.iter(f"{{{XHTML}}}th")]
    assert headings == ["항목", "값", "기간", "단위"]
    title = [s.text for s in panel.iter(f"{{{XHTML}}}span") if s.get("class") == "d2x-l-ko"][0]
    assert title == f"사실 {len(instance.facts)}개 (본문에 표시 {title.split('표시 ')[1].split('개')[0]}개)"
    korean = " ".join(_korean_texts(root))
    for jargon in ("Axis", "[축]", "pure", "ix:hidden", "facts", "tagged", "not in the text"):
        assert jargon not in korean, jargon
    # every element of the panel shown in either language has its Korean twin
    for row in panel.iter(f"{{{XHTML}}}tr"):
        for cell in row.iter(f"{{{XHTML}}}td"):
            langs = [c for span in cell for c in span.get("class", "").split() if c.startswith("d2x-l-")]
            assert langs.count("d2x-l-en") == langs.count("d2x-l-ko"), (row.get("id"), cell.get("class"))


def _signatories(order: tuple[str, ...]) -> tuple[Instance, SourceDocument]:
    """Signatures recorded under members in ``order`` (as a map may sort them: as text)."""
    text = "SIGNATURES\n" + "".join(f"By: Signer Number {m}\n" for m in sorted(order, key=int))
    doc = SourceDocument("signatures.txt", text, text, (Segment(0, 0, len(text)),), doc_type="6-K")
    day = Period.duration(dt.date(2004, 3, 3), dt.date(2004, 3, 3))
    contexts = [Context(f"c{m}", "http://www.sec.gov/CIK", "0000999999", day, (("SignatoryAxis", m),)) for m in order]
    facts = tuple(Fact("SignatoryName", f"c{m}", f"Signer Number {m}", lang="en",
                       span=_span(text, f"Signer Number {m}\n"), id=f"f{m}") for m in order)
    instance = Instance("signatures.txt", "2" * 64, ENTRY_POINT, NAMESPACE, tuple(contexts), (), facts,
                        (("SignatoryAxis", "SignatoryKey"),))
    return instance, doc


def test_records_are_in_natural_order_with_korean_axis_labels():
    instance, doc = _signatories(("1", "10", "2"))
    root = _parse(render_inline(instance, doc))
    rows = [tr.get("id") for tr in root.iter(f"{{{XHTML}}}tr") if tr.get("id")]
    assert rows == ["d2x-row-f1", "d2x-row-f2", "d2x-row-f10"]
    second = root.find(f".//{{{XHTML}}}tr[@id='d2x-row-f2']")
    dims = [s.text for s in second.iter(f"{{{XHTML}}}span") if "d2x-dim" in s.get("class", "")]
    assert dims == ["Signatory 2", "서명자 2"]


@pytest.mark.parametrize("variant", VARIANTS)
def test_written_variant_loads_clean_in_arelle_with_the_xbrl_facts(variant, tmp_path):
    instance, doc = VARIANTS[variant]()
    xml_path, page_path = write_pair(tmp_path, variant, render_instance(instance), render_inline(instance, doc))
    from_xbrl, xbrl_problems = arelle_load(xml_path)
    from_inline, inline_problems = arelle_load(page_path)
    assert xbrl_problems == []
    assert inline_problems == []
    assert_arelle_clean(page_path, inline=True)  # the project's check too: read as Inline XBRL, UTR
    assert len(from_inline) == len(instance.facts)
    assert_same_facts(from_xbrl, from_inline)


def test_rendering_is_deterministic():
    instance, doc = written_variant()
    assert render_inline(instance, doc) == render_inline(instance, doc)


# ----------------------------------------------------------------------------------------------
# The four seeds, through the whole pipeline
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.name)
def test_seed_page_loads_clean_in_arelle_with_the_xbrl_facts(seed, tmp_path):
    from converter.pipeline import convert_file

    for converted in convert_file(seed):
        page = assert_inline_page_matches_instance(converted, tmp_path)
        tagged = _parse(page).find(f".//{{{XHTML}}}pre").findall(f".//{{{IX}}}*")
        assert tagged, "some facts must be tagged in the text"


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.name)
def test_seed_page_is_deterministic(seed):
    from converter.pipeline import convert_file
    from converter.render_ixbrl import render_ixbrl

    first = [render_ixbrl(c) for c in convert_file(seed)]
    second = [render_ixbrl(c) for c in convert_file(seed)]
    assert first == second


def test_html_variant_shows_clean_text_with_tags_in_place():
    instance, doc = html_variant()
    root = _parse(render_inline(instance, doc))
    pre = root.find(f".//{{{XHTML}}}pre")
    assert "".join(pre.itertext()) == doc.text  # the clean text, entities decoded, tags gone
    in_text = {e.get("id"): e for e in pre.iter(f"{{{IX}}}*")}
    assert set(in_text) == {"f1", "f3", "f4", "f5"}  # the upper-case name is hidden
    assert (in_text["f3"].text, in_text["f3"].get("scale")) == ("1,250.5", "6")
