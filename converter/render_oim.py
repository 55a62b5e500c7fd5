"""xBRL-JSON and xBRL-CSV (Open Information Model 1.0) from the same ``Instance`` as the XBRL.

Each fact keeps its id, concept, entity, period, typed dimensions, unit, decimals and language;
values are the lexical forms of the XBRL instance (valid, so no ``xbrl:canonicalValues``
feature is claimed). The OIM rules followed here (xBRL-JSON 1.0 and xBRL-CSV 1.0, REC
2021-10-13): periods are date-times, a duration ``start/end`` where ``end`` is the day after
the last day, an instant the day after the date; ``xbrli:pure`` is the default unit and is not
written; ``decimals="INF"`` is not written; ``language`` only on facts of string types.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import hashlib
import json
import re
from typing import TYPE_CHECKING, Any

from converter.map import CIK_SCHEME, NAME_SCHEME
from converter.model import Context, Fact, Instance, Period, UnitSpec
from converter.render import PREFIX
from converter.taxonomy import Taxonomy, load_taxonomy

if TYPE_CHECKING:
    from converter.pipeline import Converted

OIM = "https://xbrl.org/2021"
JSON_DOCUMENT_TYPE = f"{OIM}/xbrl-json"
CSV_DOCUMENT_TYPE = f"{OIM}/xbrl-csv"
MEASURE_NAMESPACES = {
    "iso4217": "http://www.xbrl.org/2003/iso4217",
    "xbrli": "http://www.xbrl.org/2003/instance",
}
# Prefixes for entity identifier schemes (the SEC's as Arelle and the SEC name it).
SCHEME_PREFIXES = {CIK_SCHEME: "cik", NAME_SCHEME: "entityname"}
TEXT_KINDS = frozenset({"string"})  # types derived from xs:string: only these carry a language


def oim_period(period: Period) -> str:
    """OIM date-time period: the end is the midnight after the last day.

    >>> oim_period(Period.duration(dt.date(2003, 4, 1), dt.date(2003, 6, 30)))
    '2003-04-01T00:00:00/2003-07-01T00:00:00'
    >>> oim_period(Period.instant(dt.date(2003, 12, 31)))
    '2004-01-01T00:00:00'
    """
    end = f"{period.end + dt.timedelta(days=1)}T00:00:00"
    return end if period.is_instant else f"{period.start}T00:00:00/{end}"


def oim_unit(spec: UnitSpec) -> str | None:
    """OIM unit string, or None for the default ``xbrli:pure``.

    >>> oim_unit(UnitSpec.per_share("KRW")), oim_unit(UnitSpec(("xbrli:pure",)))
    ('iso4217:KRW/xbrli:shares', None)
    """
    if spec.numerator == ("xbrli:pure",) and not spec.denominator:
        return None

    def side(measures: tuple[str, ...]) -> str:
        text = "*".join(sorted(measures))
        return f"({text})" if len(measures) > 1 else text

    return side(spec.numerator) + (f"/{side(spec.denominator)}" if spec.denominator else "")


def _scheme_prefixes(instance: Instance) -> dict[str, str]:
    prefixes = {}
    for scheme in sorted({c.scheme for c in instance.contexts}):
        prefixes[scheme] = SCHEME_PREFIXES.get(scheme) or f"scheme{len(prefixes)}"
    return prefixes


def namespaces(instance: Instance) -> dict[str, str]:
    """The prefixes the OIM report uses, sorted by prefix."""
    used = {"xbrl": OIM, PREFIX: instance.namespace}
    for scheme, prefix in _scheme_prefixes(instance).items():
        used[prefix] = scheme
    for unit in instance.units:
        for measure in unit.spec.numerator + unit.spec.denominator:
            prefix = measure.partition(":")[0]
            if prefix in MEASURE_NAMESPACES:
                used[prefix] = MEASURE_NAMESPACES[prefix]
    return dict(sorted(used.items()))


def fact_dimensions(fact: Fact, context: Context, unit: UnitSpec | None, kind: str,
                    scheme_prefix: str) -> dict[str, str]:
    """The OIM dimensions of one fact: core dimensions first, then taxonomy-defined ones."""
    dims = {"concept": f"{PREFIX}:{fact.concept}", "entity": f"{scheme_prefix}:{context.identifier}"}
    if not context.period.is_forever:  # OIM 1.0 section 4.3: no period dimension is forever
        dims["period"] = oim_period(context.period)
    unit_text = oim_unit(unit) if unit is not None else None
    if unit_text:
        dims["unit"] = unit_text
    if fact.lang and kind in TEXT_KINDS:
        dims["language"] = fact.lang.lower()
    for axis, member in context.dimensions:
        dims[f"{PREFIX}:{axis}"] = member
    return dims


def _facts(instance: Instance, taxonomy: Taxonomy) -> list[tuple[Fact, dict[str, str]]]:
    contexts = {c.id: c for c in instance.contexts}
    units = {u.id: u.spec for u in instance.units}
    prefixes = _scheme_prefixes(instance)
    rows = []
    for fact in instance.facts:
        context = contexts[fact.context_id]
        unit = units[fact.unit_id] if fact.unit_id else None
        kind = taxonomy.concept(fact.concept).kind
        rows.append((fact, fact_dimensions(fact, context, unit, kind, prefixes[context.scheme])))
    return rows


def _decimals(fact: Fact) -> int | None:
    return None if fact.decimals in (None, "INF") else int(fact.decimals)


def _document_info(instance: Instance, document_type: str) -> dict[str, Any]:
    return {"documentType": document_type, "namespaces": namespaces(instance), "taxonomy": [instance.schema_ref]}


def render_json(instance: Instance, *, taxonomy: Taxonomy | None = None) -> bytes:
    """The xBRL-JSON report of ``instance``."""
    taxonomy = taxonomy or load_taxonomy()
    facts: dict[str, Any] = {}
    for fact, dims in _facts(instance, taxonomy):
        entry: dict[str, Any] = {"value": fact.value}
        decimals = _decimals(fact)
        if decimals is not None:
            entry["decimals"] = decimals
        entry["dimensions"] = dims
        facts[fact.id] = entry
    report = {"documentInfo": _document_info(instance, JSON_DOCUMENT_TYPE), "facts": facts}
    return (json.dumps(report, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def csv_cell(value: str | None) -> str:
    """A cell of an xBRL-CSV table: '' is no value, '#empty' the empty string, '#' escaped.

    >>> csv_cell(None), csv_cell(""), csv_cell("#3"), csv_cell("3")
    ('', '#empty', '##3', '3')
    """
    if value is None:
        return ""
    if value == "":
        return "#empty"
    return "#" + value if value.startswith("#") else value


def csv_columns(rows: list[tuple[Fact, dict[str, str]]]) -> list[str]:
    """Column order: id, concept, decimals, entity, period, unit, language, dimensions, value."""
    present = {key for _, dims in rows for key in dims}
    core = [c for c in ("entity", "period", "unit", "language") if c in present]
    taxonomy_dims = sorted(key for key in present if ":" in key)
    decimals = ["decimals"] if any(_decimals(f) is not None for f, _ in rows) else []
    return ["id", "concept"] + decimals + core + taxonomy_dims + ["value"]


def render_csv(instance: Instance, facts_url: str, *, taxonomy: Taxonomy | None = None) -> tuple[bytes, bytes]:
    """(metadata JSON, facts CSV) of the xBRL-CSV report; ``facts_url`` is the CSV's file name
    relative to the metadata file."""
    taxonomy = taxonomy or load_taxonomy()
    rows = _facts(instance, taxonomy)
    columns = csv_columns(rows)
    column_id = {name: name.replace(":", "_") for name in columns}
    template: dict[str, Any] = {"rowIdColumn": "id"}
    if "decimals" in columns:
        template["decimals"] = "$decimals"
    template["dimensions"] = {
        name: f"${column_id[name]}" for name in columns if name not in ("id", "decimals", "value")
    }
    template["columns"] = {column_id[name]: ({"dimensions": {}} if name == "value" else {}) for name in columns}
    metadata = {
        "documentInfo": _document_info(instance, CSV_DOCUMENT_TYPE),
        "tableTemplates": {"facts": template},
        "tables": {"facts": {"template": "facts", "url": facts_url}},
    }
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([column_id[name] for name in columns])
    for fact, dims in rows:
        cells = {"id": fact.id, "value": fact.value, **dims}
        decimals = _decimals(fact)
        cells["decimals"] = None if decimals is None else str(decimals)
        writer.writerow([csv_cell(cells.get(name)) for name in columns])
    meta = (json.dumps(metadata, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    return meta, out.getvalue().encode("utf-8")


def render_oim_json(converted: "Converted") -> bytes:
    return render_json(converted.instance)


# RFC 3986 unreserved characters: a file name of only these is its own URL reference
_UNRESERVED = re.compile(r"[A-Za-z0-9._~-]+")


def table_file_name(stem: str) -> str:
    """The name of the facts table of ``stem``'s xBRL-CSV report, chosen so that its URL in the
    metadata file needs no percent-encoding (xBRL-CSV 1.0 section 2.3: the table's ``url`` is a
    URL reference, and processors differ on decoding one: Arelle reads it as a path, so an
    encoded '%23x-facts.csv' is not found, and an unencoded '#x-facts.csv' is a fragment).
    A stem of other characters gets an ASCII form and a short digest that keeps it unique.

    >>> table_file_name("q2-2005"), table_file_name("#q2"), table_file_name("대한 2분기")
    ('q2-2005-facts.csv', 'q2-988aec4f-facts.csv', 'report-7b869e24-facts.csv')
    """
    if _UNRESERVED.fullmatch(stem):
        return f"{stem}-facts.csv"
    ascii_form = "_".join(_UNRESERVED.findall(stem)).strip("_.")
    if not re.search(r"[A-Za-z]", ascii_form):
        ascii_form = "report"
    digest = hashlib.sha1(stem.encode("utf-8")).hexdigest()[:8]
    return f"{ascii_form}-{digest}-facts.csv"


def render_oim_csv(converted: "Converted", stem: str) -> tuple[tuple[str, bytes], ...]:
    """(stem + '-metadata.json', ...) and (the facts table's name, ...): the metadata names the
    table by :func:`table_file_name`."""
    table_name = table_file_name(stem)
    meta, table = render_csv(converted.instance, table_name)
    return ((f"{stem}-metadata.json", meta), (table_name, table))
