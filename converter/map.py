"""The map stage: observations -> contexts, units and facts laid out for one instance.

Everything that decides what the instance says happens here, so that rendering is a pure
formatting step: entity identifier, deduplicated contexts and units with stable ids, lexical
values, conflict resolution, and a stable fact order. Observations that do not fit the
taxonomy (unknown concept, wrong period type, dimensions the concept does not allow) are
dropped with a warning rather than written: the instance must validate.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from operator import itemgetter

from converter.model import (
    Context,
    EntityInfo,
    Extraction,
    Fact,
    Instance,
    Observation,
    Period,
    Unit,
    UnitSpec,
    line_starts,
)
from converter.rounding import as_stated, consistent, consistent_as_stated
from converter.taxonomy import Taxonomy, load_taxonomy

CIK_SCHEME = "http://www.sec.gov/CIK"
NAME_SCHEME = "http://doc2xbrl.org/entity-name"  # our scheme: the normalized registrant name
UNKNOWN_ENTITY = "UNKNOWN"


@dataclass(frozen=True)
class Mapped:
    instance: Instance
    warnings: tuple[str, ...]


# what an upper-cased name's slug cannot hold
_NOT_SLUG_CHARACTERS = re.compile(r"[^0-9A-Z]+")


def entity_identifier(entity: EntityInfo) -> tuple[str, str]:
    """(scheme, identifier): the CIK when known, else the upper-cased name with every run of
    non-alphanumeric characters turned into one hyphen ('Acme Co., Ltd.' -> 'ACME-CO-LTD')."""
    if entity.cik:
        return CIK_SCHEME, entity.cik.zfill(10)
    if entity.name:
        slug = _NOT_SLUG_CHARACTERS.sub("-", entity.name.upper()).strip("-")
        if slug:
            return NAME_SCHEME, slug
    return NAME_SCHEME, UNKNOWN_ENTITY


def lexical(value: object) -> str:
    """The XML lexical form of a value; Decimals in plain notation, never exponent; text with
    every run of white space as one space, trimmed (``split`` and ``re``'s ``\\s`` agree on
    what white space is).

    >>> lexical(" Acme\\n  Co. "), lexical(Decimal("1.50")), lexical(Decimal("-0.0")), lexical(True)
    ('Acme Co.', '1.5', '0', 'true')
    """
    if isinstance(value, str):  # most values: the cheapest test first
        return " ".join(value.split())
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        text = format(value, "f")
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return "0" if text in ("-0", "") else text
    if isinstance(value, (int, dt.date)):
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    return " ".join(str(value).split())


def _period_id(period: Period) -> str:
    if period.is_forever:
        return "F"
    if period.is_instant:
        return f"I{_day_id(period.end)}"
    return f"D{_day_id(period.start)}-{_day_id(period.end)}"


def _day_id(day: dt.date) -> str:
    """``day`` as ``%Y%m%d`` writes it (the year unpadded, as glibc writes it), without strftime.

    >>> _day_id(dt.date(2004, 3, 7)), _day_id(dt.date(999, 12, 31))
    ('20040307', '9991231')
    """
    return f"{day.year}{day.month:02}{day.day:02}"


# characters a member's local name cannot hold
_NOT_NAME_CHARACTERS = re.compile(r"[^0-9A-Za-z.]+")


def _member_id(member: str) -> str:
    cleaned = _NOT_NAME_CHARACTERS.sub("_", member).strip("_")[:24]
    # A short digest keeps ids distinct when cleaning made two members look alike.
    return cleaned if cleaned == member else f"{cleaned}_{hashlib.sha1(member.encode()).hexdigest()[:6]}"


def context_id(period: Period, dimensions: tuple[tuple[str, str], ...]) -> str:
    parts = [_period_id(period)]
    parts += [f"{axis.removesuffix('Axis')}-{_member_id(member)}" for axis, member in dimensions]
    return "_".join(parts)


def unit_id(spec: UnitSpec) -> str:
    local = lambda qname: qname.partition(":")[2]  # noqa: E731
    text = "-".join(map(local, spec.numerator))
    if spec.denominator:
        text += "-per-" + "-".join(map(local, spec.denominator))
    return "u-" + text


_NO_AXES: frozenset[str] = frozenset()
_AXIS = itemgetter(0)  # of an (axis, member) pair: the set of a fact's axes is made in C


def _check(obs: Observation, taxonomy: Taxonomy) -> str | None:
    """Why the observation cannot be written, or None."""
    concept = taxonomy.concepts.get(obs.concept)
    if concept is None or concept.abstract:
        return f"unknown concept {obs.concept}"
    if (concept.period_type == "instant") != obs.period.is_instant:
        return f"{obs.concept} is a {concept.period_type} concept, period given {obs.period}"
    axes = frozenset(map(_AXIS, obs.dimensions)) if obs.dimensions else _NO_AXES
    allowed = taxonomy.dimension_sets.get(obs.concept, ())
    if (axes or allowed) and axes not in allowed:
        return f"{obs.concept} does not take dimensions {sorted(axes)}"
    if concept.numeric and (obs.unit is None or obs.decimals is None):
        return f"{obs.concept} is numeric and needs a unit and decimals"
    if not concept.numeric and obs.unit is not None:
        return f"{obs.concept} is not numeric and takes no unit"
    if isinstance(obs.value, str) and not obs.value.strip():
        return f"{obs.concept} is empty (a label with nothing after it)"
    return None


def _fact_key(obs: Observation) -> tuple:
    """What makes two observations one fact: concept, period, dimensions, unit and language.
    A Period and a UnitSpec are equal (and hashed) by their fields, so the key holds the fields
    (``end, start``; ``numerator, denominator``): hashed in C, where the dataclasses' own
    ``__hash__`` is a Python call each time."""
    period, unit = obs.period, obs.unit
    return (obs.concept, period.end, period.start, obs.dimensions,
            None if unit is None else (unit.numerator, unit.denominator), obs.lang)


def _resolve_duplicates(observations: list[Observation], name: str) -> tuple[list[Observation], list[str]]:
    """One observation per fact key. Equal values merge (the most precise kept), and so do values
    one of which rounds the other (the finer kept, also when only its trailing zeros show the
    other's rounding); differing values keep the first (extractors run most specific first) and report the conflict."""
    kept: dict[tuple, Observation] = {}
    warnings: list[str] = []
    for obs in observations:
        key = _fact_key(obs)
        first = kept.setdefault(key, obs)  # one lookup: hashing a key hashes its period and unit in Python
        if first is obs:
            continue
        if lexical(first.value) == lexical(obs.value):
            if (obs.decimals or 0) > (first.decimals or 0):
                kept[key] = obs
        elif consistent(first, obs):
            # A rounded figure in the prose and the exact one in a table state one fact.
            kept[key] = max(first, obs, key=lambda o: o.decimals or 0)
        elif consistent_as_stated(first, obs):
            # A lead's round "4300억" and the body's "4312억" (both read to 억): the zeros
            # show the lead's rounding, so the finer statement is the fact.
            kept[key] = max(first, obs, key=lambda o: as_stated(o) or 0)
        else:
            warnings.append(
                f"{name}: conflicting values for {obs.concept} {obs.period}: kept "
                f"{lexical(first.value)!r} ({first.rule}), dropped {lexical(obs.value)!r} ({obs.rule})"
            )
    return list(kept.values()), warnings


def map_extraction(
    extraction: Extraction, *, source_sha256: str, taxonomy: Taxonomy | None = None
) -> Mapped:
    taxonomy = taxonomy or load_taxonomy()
    name = extraction.document.name
    warnings: list[str] = []
    usable: list[Observation] = []
    for obs in extraction.observations:
        problem = _check(obs, taxonomy)
        if problem:
            warnings.append(f"{name}: dropped {obs.concept} ({obs.rule}): {problem}")
        else:
            usable.append(obs)
    usable, conflicts = _resolve_duplicates(usable, name)
    warnings += conflicts

    scheme, identifier = entity_identifier(extraction.entity)
    contexts: dict[tuple, Context] = {}
    context_order: dict[str, tuple] = {}  # a context's id -> its sort key, worked out once
    units: dict[tuple, Unit] = {}  # by the spec's fields
    order, axes_domains = _layout(taxonomy)
    rows = []
    for obs in usable:
        period = obs.period
        ckey = (period.end, period.start, obs.dimensions)  # (a Period's fields: see _fact_key)
        context = contexts.get(ckey)
        if context is None:
            context = contexts[ckey] = Context(context_id(obs.period, obs.dimensions), scheme, identifier,
                                               obs.period, obs.dimensions)
            context_order[context.id] = _context_sort_key(context)
        unit, spec = None, obs.unit
        if spec is not None:
            ukey = (spec.numerator, spec.denominator)  # (a UnitSpec's fields: see _fact_key)
            unit = units.get(ukey)
            if unit is None:
                unit = units[ukey] = Unit(unit_id(spec), spec)
        rows.append((obs, context, unit))
    rows.sort(key=lambda r: (order[r[0].concept], context_order[r[1].id], r[2].id if r[2] else "", r[0].lang or ""))
    facts = _facts(rows, extraction.document)
    instance = Instance(
        source_name=name,
        source_sha256=source_sha256,
        schema_ref=taxonomy.entry_point.name,
        namespace=taxonomy.namespace,
        contexts=tuple(sorted(contexts.values(), key=lambda c: context_order[c.id])),
        units=tuple(sorted(units.values(), key=lambda u: u.id)),
        facts=facts,
        axes_domains=axes_domains,
    )
    return Mapped(instance, tuple(warnings))


@lru_cache(maxsize=8)
def _layout(taxonomy: Taxonomy) -> tuple[dict[str, int], tuple[tuple[str, str], ...]]:
    """What every instance of one taxonomy shares: the concepts' order (facts are written in it)
    and each axis with its typed domain element. Worked out once per taxonomy (taxonomies are
    immutable and hashed by identity)."""
    order = {concept: i for i, concept in enumerate(taxonomy.concepts)}
    return order, tuple(sorted((a.name, a.domain_element) for a in taxonomy.axes.values()))


def _context_sort_key(context: Context) -> tuple:
    period = context.period
    first = period.start or period.end or dt.date.min
    return (first, period.end or dt.date.min, context.dimensions, context.id)


def _facts(rows: list[tuple[Observation, Context, Unit | None]], document) -> tuple[Fact, ...]:
    """The facts of ``rows`` in their order, with ids ``f1``, ``f2``, ... Each line is where its
    span starts in the input file, as ``document.line_of`` finds it; the submission's line starts
    are looked up once per document rather than once per fact (one reading of the file, shared
    by its documents, either way)."""
    starts = None
    facts = []
    for number, (obs, context, unit) in enumerate(rows, 1):
        decimals = None
        if unit is not None:
            decimals = "INF" if obs.decimals is None else str(obs.decimals)
        line = None
        if obs.span:
            if starts is None:
                starts = line_starts(document.raw)
            line = bisect_right(starts, obs.span.start)
        # (the dataclass's own constructor: an object whose __dict__ is filled directly is built
        # faster but read five times slower by the renderer, which loses more than map gains)
        facts.append(Fact(obs.concept, context.id, lexical(obs.value), unit.id if unit else None, decimals,
                          obs.lang if unit is None else None, obs.span, line, f"f{number}"))
    return tuple(facts)
