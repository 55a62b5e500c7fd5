"""xBRL-JSON and xBRL-CSV reports (Open Information Model 1.0): their facts as an instance.

A report is read as the OIM specifications define it: facts with a ``concept``, ``entity``,
``period`` (absent: forever), ``unit`` (absent on a number: ``xbrli:pure``), ``language`` and
taxonomy-defined (typed) dimensions, a ``value`` (``null``: nil) and ``decimals`` (absent:
infinite precision). Each fact becomes an item of an XBRL 2.1 instance with its context and
unit (:mod:`converter.validate.target`), which the instance validator then checks: the xBRL-XML
representation is the reference one. Problems of the report's own form (not JSON, unbound
prefixes, periods or units that are not written as OIM says) are findings coded ``oime:`` (the
OIM's error prefix), ``xbrlje:`` (JSON) or ``xbrlce:`` (CSV).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from lxml import etree

from converter.validate.findings import ERROR, Finding
from converter.validate.target import XBRLDI, XBRLI, XML_LANG, XSI, TargetInstance

JSON_TYPE = "https://xbrl.org/2021/xbrl-json"
CSV_TYPE = "https://xbrl.org/2021/xbrl-csv"
CORE = ("concept", "entity", "period", "unit", "language", "noteId")
_DATE_TIME = re.compile(r"(\d{4}-\d\d-\d\d)(?:T(\d\d:\d\d:\d\d))?")


@dataclass
class OimFact:
    """One fact as the report states it (``dimensions`` keyed as written: 'concept', 'd2x:X')."""

    id: str
    value: str | None
    decimals: str | None
    dimensions: dict[str, str]
    line: int | None
    file: str | None = None  # the CSV table it is in; None: the report file itself


@dataclass
class Report:
    """What every OIM report gives: namespaces, taxonomy entry points, facts."""

    namespaces: dict[str, str]
    taxonomy: list[str]
    facts: list[OimFact] = field(default_factory=list)


def _error(code: str, message: str, file: str, line: int | None = None, fact: str | None = None) -> Finding:
    return Finding(code, ERROR, message, file, line, fact)


def document_type(data: bytes) -> str | None:
    """``documentInfo.documentType`` of a JSON report, or None for other JSON or text."""
    try:
        report = json.loads(data.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError):
        return None
    info = report.get("documentInfo") if isinstance(report, dict) else None
    kind = info.get("documentType") if isinstance(info, dict) else None
    return kind if isinstance(kind, str) else None


def _document_info(report: Any, name: str) -> tuple[Report | None, list[Finding]]:
    info = report.get("documentInfo") if isinstance(report, dict) else None
    if not isinstance(info, dict):
        return None, [_error("oime:invalidJSONStructure", "no documentInfo object", name, 1)]
    namespaces = info.get("namespaces") or {}
    taxonomy = info.get("taxonomy") or []
    if not isinstance(namespaces, dict) or not all(isinstance(v, str) for v in namespaces.values()):
        return None, [_error("oime:invalidJSONStructure", "documentInfo.namespaces is not an object of URIs", name)]
    if not isinstance(taxonomy, list) or not taxonomy or not all(isinstance(t, str) for t in taxonomy):
        return None, [_error("oime:noTaxonomy", "documentInfo.taxonomy names no taxonomy entry point", name)]
    return Report(dict(namespaces), list(taxonomy)), []


# -------------------------------------------------------------------------------- xBRL-JSON


def read_json_report(data: bytes, name: str) -> tuple[Report | None, list[Finding]]:
    try:
        text = data.decode("utf-8-sig")
        document = json.loads(text)
    except UnicodeDecodeError:
        return None, [_error("xbrlje:invalidJSON", "not UTF-8 text", name)]
    except ValueError as exc:
        return None, [_error("xbrlje:invalidJSON", f"not JSON: {exc}", name, getattr(exc, "lineno", None))]
    report, findings = _document_info(document, name)
    if report is None:
        return None, findings
    facts = document.get("facts")
    if not isinstance(facts, dict):
        return None, [_error("xbrlje:invalidJSONStructure", "no facts object", name)]
    lines = _key_lines(text)
    for fact_id, entry in facts.items():
        line = lines.get(fact_id)
        dimensions = entry.get("dimensions") if isinstance(entry, dict) else None
        value = entry.get("value") if isinstance(entry, dict) else None
        if not isinstance(dimensions, dict) or not all(isinstance(v, str) for v in dimensions.values()) \
                or not (value is None or isinstance(value, str)):
            findings.append(_error("xbrlje:invalidJSONStructure",
                                   "a fact is an object with a string value and an object of string dimensions",
                                   name, line, fact_id))
            continue
        decimals = entry.get("decimals")
        if decimals is not None and not isinstance(decimals, int):
            findings.append(_error("xbrlje:invalidJSONStructure", f"decimals {decimals!r} is not an integer", name,
                                   line, fact_id))
            continue
        report.facts.append(OimFact(fact_id, value, None if decimals is None else str(decimals), dimensions, line))
    return report, findings


def _key_lines(text: str) -> dict[str, int]:
    """The line of each object key that opens an object (a fact id is one), first place kept."""
    lines: dict[str, int] = {}
    for match in re.finditer(r'"((?:[^"\\]|\\.)*)"\s*:\s*\{', text):
        lines.setdefault(json.loads(f'"{match.group(1)}"'), text.count("\n", 0, match.start()) + 1)
    return lines


# -------------------------------------------------------------------------------- xBRL-CSV


def read_csv_report(data: bytes, name: str, folder: Path) -> tuple[Report | None, list[Finding]]:
    """The facts of every table of an xBRL-CSV report whose metadata file is ``data``."""
    try:
        metadata = json.loads(data.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as exc:
        return None, [_error("xbrlce:invalidJSON", f"the metadata file is not JSON: {exc}", name)]
    report, findings = _document_info(metadata, name)
    if report is None:
        return None, findings
    templates = metadata.get("tableTemplates") or {}
    tables = metadata.get("tables") or {}
    if not isinstance(templates, dict) or not isinstance(tables, dict) or not tables:
        return None, [_error("xbrlce:invalidJSONStructure", "no tables, or tableTemplates is not an object", name)]
    for table_name, table in tables.items():
        template = templates.get(table.get("template", table_name)) if isinstance(table, dict) else None
        url = table.get("url") if isinstance(table, dict) else None
        if not isinstance(template, dict) or not isinstance(url, str):
            findings.append(_error("xbrlce:unknownTableTemplate", f"table {table_name!r} has no template or url", name))
            continue
        findings += _read_table(folder, url, template, report)
    return report, findings


def csv_cell(text: str) -> str | None:
    """The value of a cell: '' none, '#empty' the empty string, '#nil' nil, '##x' '#x'.

    >>> csv_cell(""), csv_cell("#empty"), csv_cell("##3"), csv_cell("3")
    (None, '', '#3', '3')
    """
    if text == "" or text == "#nil":
        return None
    if text == "#empty":
        return ""
    return text[1:] if text.startswith("##") else text


def _read_table(folder: Path, url: str, template: dict, report: Report) -> list[Finding]:
    from converter.xmlsafe import Refused, confined, local_path, read_bytes

    try:  # a table beside its metadata file: never a path outside the report's folder, never a device
        path = local_path(unquote(url)) if url.startswith("file:") else folder / unquote(url)
        data = read_bytes(confined(path, (folder,)))
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    except Refused as refusal:
        if refusal.code == "io:missing":
            return [_error("xbrlce:missingTable", f"cannot read the table {url}: {refusal.reason}", url)]
        return [_error(refusal.code, f"the table {url}: {refusal.reason}", url)]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        return [_error("xbrlce:missingTable", f"cannot read the table {url}: {exc}", url)]
    if not rows:
        return [_error("xbrlce:missingTable", "the table has no header row", url, 1)]
    header = rows[0]
    columns = template.get("columns") or {}
    fact_columns = [c for c in header if isinstance(columns.get(c), dict) and "dimensions" in columns[c]]
    row_id = template.get("rowIdColumn")
    for number, row in enumerate(rows[1:], start=2):
        cells = dict(zip(header, row))
        ident = cells.get(row_id, str(number)) if row_id else str(number)
        for column in fact_columns:
            raw = cells.get(column, "")
            if raw == "":
                continue  # no fact in this cell
            own = columns[column]
            dims = {**(template.get("dimensions") or {}), **(own.get("dimensions") or {})}
            resolved = {k: _reference(v, cells) for k, v in dims.items()}
            decimals = _reference(own.get("decimals", template.get("decimals")), cells)
            fact_id = ident if len(fact_columns) == 1 else f"{ident}.{column}"
            report.facts.append(OimFact(fact_id, csv_cell(raw), decimals,
                                        {k: v for k, v in resolved.items() if v is not None}, number, url))
    return []


def _reference(value: object, cells: dict[str, str]) -> str | None:
    """A template value: '$column' is that column's cell in the row; anything else is itself."""
    if value is None:
        return None
    text = str(value)
    if text.startswith("$") and not text.startswith("$$"):
        return csv_cell(cells.get(text[1:], ""))
    return text[1:] if text.startswith("$$") else text


# -------------------------------------------------------------------------------- the instance


def report_target(report: Report, name: str, folder: Path) -> tuple[TargetInstance, list[Finding]]:
    """The XBRL 2.1 instance of ``report`` (whose relative taxonomy URLs resolve in ``folder``)."""
    from converter.validate.loading import _schema_file
    from converter.xmlsafe import Refused

    target = TargetInstance(report.namespaces)
    taxonomy = None
    for url in report.taxonomy:
        target.schema_ref(url, None)
        try:  # the instance's loader says why a URL is refused; here it only finds no taxonomy
            path = _schema_file(url, folder)
        except Refused:
            path = None
        taxonomy = taxonomy or _taxonomy(path)
    builder = _Builder(report.namespaces, taxonomy, name)
    items = [(fact, builder.item(fact)) for fact in report.facts]
    for element, (file, line) in builder.resources():
        target.add(element, line, file)
    for fact, item in items:
        if item is not None:
            target.add(item, fact.line, fact.file)
    return target, builder.findings


def _taxonomy(path: Path | None):
    from converter.errors import TaxonomyError
    from converter.validate import cached_taxonomy

    if path is None:
        return None
    try:
        return cached_taxonomy(str(path), path.stat().st_mtime_ns)
    except (TaxonomyError, OSError):
        return None  # the instance validator says why, against the schemaRef


class _Builder:
    """Contexts and units shared by facts of equal dimensions, in order of first use."""

    def __init__(self, namespaces: dict[str, str], taxonomy, name: str) -> None:
        self.namespaces = namespaces
        self.taxonomy = taxonomy
        self.name = name
        self.contexts: dict[tuple, etree._Element] = {}
        self.units: dict[tuple, etree._Element] = {}
        self.origins: dict[etree._Element, tuple[str | None, int | None]] = {}
        self.findings: list[Finding] = []

    def resources(self):
        for element in [*self.contexts.values(), *self.units.values()]:
            yield element, self.origins[element]

    def _problem(self, code: str, message: str, fact: OimFact) -> None:
        self.findings.append(_error(code, message, fact.file or self.name, fact.line, fact.id))

    def _qname(self, text: str, fact: OimFact) -> tuple[str, str] | None:
        prefix, _, local = text.partition(":")
        if not local or prefix not in self.namespaces:
            self._problem("oime:unboundPrefix", f"{text!r} is not a QName with a prefix of documentInfo.namespaces",
                          fact)
            return None
        return self.namespaces[prefix], local

    def item(self, fact: OimFact) -> etree._Element | None:
        dims = fact.dimensions
        if "concept" not in dims or "entity" not in dims:
            self._problem("oime:missingConceptDimension" if "concept" not in dims else "oime:missingEntityDimension",
                          "a fact needs a concept and an entity", fact)
            return None
        concept = self._qname(dims["concept"], fact)
        context = self._context(fact)
        if concept is None or context is None:
            return None
        known = self.taxonomy.concepts.get(concept[1]) if self.taxonomy else None
        numeric = bool(known and known.numeric)
        item = etree.Element(f"{{{concept[0]}}}{concept[1]}")
        item.set("id", fact.id)
        item.set("contextRef", context)
        if numeric:
            unit = self._unit(dims.get("unit"), fact)
            if unit is None:
                return None
            item.set("unitRef", unit)
            if fact.value is not None:
                item.set("decimals", fact.decimals if fact.decimals is not None else "INF")
        if fact.value is None:
            item.set(f"{{{XSI}}}nil", "true")
        else:
            item.text = fact.value
        if dims.get("language") and not numeric:
            item.set(XML_LANG, dims["language"])
        return item

    def _context(self, fact: OimFact) -> str | None:
        entity = self._qname(fact.dimensions["entity"], fact)
        period = _period(fact.dimensions.get("period"))
        if entity is None:
            return None
        if period is None:
            self._problem("oime:invalidPeriodRepresentation", f"period {fact.dimensions['period']!r} is not "
                          "a date-time or a pair of them", fact)
            return None
        axes = sorted((k, v) for k, v in fact.dimensions.items() if k not in CORE)
        key = (entity, period, tuple(axes))
        if key not in self.contexts:
            element = _context_element(f"c{len(self.contexts) + 1}", entity, period)
            members = [self._member(axis, value, fact) for axis, value in axes]
            if None in members:
                return None
            if members:
                segment = etree.SubElement(element[0], f"{{{XBRLI}}}segment")
                segment.extend(members)
            self.contexts[key] = element
            self.origins[element] = (fact.file, fact.line)
        return self.contexts[key].get("id")

    def _member(self, axis: str, value: str, fact: OimFact) -> etree._Element | None:
        qname = self._qname(axis, fact)
        if qname is None:
            return None
        declared = self.taxonomy.axes.get(qname[1]) if self.taxonomy else None
        if declared is None:
            self._problem("oime:unknownDimension", f"{axis} is not a typed dimension of the taxonomy", fact)
            return None
        prefix = axis.partition(":")[0]
        member = etree.Element(f"{{{XBRLDI}}}typedMember", dimension=axis, nsmap={prefix: qname[0]})
        etree.SubElement(member, f"{{{qname[0]}}}{declared.domain_element}").text = value
        return member

    def _unit(self, text: str | None, fact: OimFact) -> str | None:
        if text is None:  # a number with no unit dimension is a pure number (OIM 1.0 section 4.5)
            text = "xbrli:pure"
            self.namespaces = {"xbrli": XBRLI, **self.namespaces}
        measures = _unit_measures(text)
        if measures is None:
            self._problem("oime:invalidUnitStringRepresentation", f"unit {text!r} is not an OIM unit string", fact)
            return None
        resolved = []
        for side in measures:
            names = [self._qname(m, fact) for m in side]
            if None in names:
                return None
            resolved.append(tuple(zip(side, names)))
        key = tuple(tuple(q for q, _ in side) for side in resolved)
        if key not in self.units:
            self.units[key] = _unit_element(f"u{len(self.units) + 1}", resolved)
            self.origins[self.units[key]] = (fact.file, fact.line)
        return self.units[key].get("id")


def _period(text: str | None) -> tuple[str, ...] | None:
    """('forever',), ('instant', day) or ('duration', start, end) in XBRL 2.1 terms, or None.

    >>> _period("2003-04-01T00:00:00/2003-07-01T00:00:00"), _period("2004-01-01T00:00:00"), _period(None)
    (('duration', '2003-04-01', '2003-06-30'), ('instant', '2003-12-31'), ('forever',))
    >>> _period("2003-04-31") is None
    True
    """
    if text is None:
        return ("forever",)
    parts = text.split("/")
    if len(parts) == 1:
        end = _date(parts[0], end=True)
        return None if end is None else ("instant", end)
    if len(parts) == 2:
        start, end = _date(parts[0], end=False), _date(parts[1], end=True)
        return None if start is None or end is None else ("duration", start, end)
    return None


def _date(text: str, *, end: bool) -> str | None:
    """A date-time of an OIM period as an XBRL date: an end at midnight is the day before."""
    match = _DATE_TIME.fullmatch(text.strip())
    if not match:
        return None
    try:
        day = dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None
    clock = match.group(2)
    if clock not in (None, "00:00:00", "24:00:00"):
        return None  # a time of day: not a period doc2xbrl's instances hold
    if end and clock == "00:00:00":
        day -= dt.timedelta(days=1)
    return day.isoformat()


def _unit_measures(text: str) -> tuple[tuple[str, ...], ...] | None:
    """``'iso4217:KRW/xbrli:shares'`` -> ``(('iso4217:KRW',), ('xbrli:shares',))``; None if malformed."""
    sides = text.split("/")
    if len(sides) > 2:
        return None
    out = []
    for side in sides:
        inner = side[1:-1] if side.startswith("(") and side.endswith(")") else side
        names = tuple(inner.split("*"))
        if not all(re.fullmatch(r"[A-Za-z_][\w.-]*:[A-Za-z_][\w.-]*", n) for n in names):
            return None
        out.append(names)
    return tuple(out)


def _context_element(context_id: str, entity: tuple[str, str], period: tuple[str, ...]) -> etree._Element:
    context = etree.Element(f"{{{XBRLI}}}context", id=context_id)
    who = etree.SubElement(context, f"{{{XBRLI}}}entity")
    etree.SubElement(who, f"{{{XBRLI}}}identifier", scheme=entity[0]).text = entity[1]
    when = etree.SubElement(context, f"{{{XBRLI}}}period")
    if period[0] == "forever":
        etree.SubElement(when, f"{{{XBRLI}}}forever")
    elif period[0] == "instant":
        etree.SubElement(when, f"{{{XBRLI}}}instant").text = period[1]
    else:
        etree.SubElement(when, f"{{{XBRLI}}}startDate").text = period[1]
        etree.SubElement(when, f"{{{XBRLI}}}endDate").text = period[2]
    return context


def _unit_element(unit_id: str, sides: list) -> etree._Element:
    unit = etree.Element(f"{{{XBRLI}}}unit", id=unit_id)

    def measures(parent: etree._Element, side) -> None:
        for text, (namespace, _) in side:
            prefix = text.partition(":")[0]
            measure = etree.SubElement(parent, f"{{{XBRLI}}}measure", nsmap={prefix: namespace})
            measure.text = text

    if len(sides) == 1:
        measures(unit, sides[0])
    else:
        divide = etree.SubElement(unit, f"{{{XBRLI}}}divide")
        measures(etree.SubElement(divide, f"{{{XBRLI}}}unitNumerator"), sides[0])
        measures(etree.SubElement(divide, f"{{{XBRLI}}}unitDenominator"), sides[1])
    return unit
