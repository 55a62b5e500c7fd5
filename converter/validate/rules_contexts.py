"""XBRL 2.1 rules about contexts (4.7), units (4.8) and the units facts use, plus the XML ID
rule; one function per rule, each ``rule(view, taxonomy) -> Iterator[Finding]``."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from operator import attrgetter, itemgetter
from typing import Any

from converter.validate.findings import ERROR, WARNING, Finding
from converter.validate.instance import ContextView, FactView, InstanceView, Measure, UnitView
from converter.validate.rules_items import at_fact, items_of_kind

XBRLI = "http://www.xbrl.org/2003/instance"
ISO4217 = "http://www.xbrl.org/2003/iso4217"
SHARES = (XBRLI, "shares")
PURE = (XBRLI, "pure")
DUPLICATE_ID = "xml.3.3.1:idMustBeUnique"
DATE_TIME = re.compile(r"(-?\d{4,})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d):(\d\d)(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)?")


def at_context(view: InstanceView, context: ContextView, code: str, message: str, severity: str = ERROR) -> Finding:
    return Finding(code, severity, message, view.name, context.line, None)


def at_unit(view: InstanceView, unit: UnitView, code: str, message: str, severity: str = ERROR) -> Finding:
    return Finding(code, severity, message, view.name, unit.line, None)


# ------------------------------------------------------------------------------------ contexts


def period_start_before_end(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """4.7.2: a duration's startDate is not after its endDate (a date-only endDate means the
    end of that day, so a one-day period starts and ends on the same date)."""
    for context in view.contexts.values():
        if context.period_kind != "duration" or context.start is None or context.end is None:
            continue
        start, end = moment(context.start), moment(context.end, end_of_day=True)
        if start is None or end is None:
            yield at_context(view, context, "xbrl.4.7.2:contextDateError", f"context {context.id!r} has a date that is not an xs:date or xs:dateTime")
        elif end <= start:
            yield at_context(view, context, "xbrl.4.7.2:periodStartBeforeEnd", f"context {context.id!r} starts {context.start} after it ends {context.end}")


def moment(text: str, *, end_of_day: bool = False) -> dt.datetime | None:
    """An XBRL period date as a moment; a date-only endDate is the midnight after it.

    >>> moment("2002-11-30", end_of_day=True)
    datetime.datetime(2002, 12, 1, 0, 0)
    >>> moment("2002-11-30T12:00:00Z")
    datetime.datetime(2002, 11, 30, 12, 0)
    >>> moment("2002-11-30T24:00:00")
    datetime.datetime(2002, 12, 1, 0, 0)
    >>> moment("30/11/2002") is None, moment("9999-12-31", end_of_day=True) is None
    (True, True)
    """
    return _moment(text, end_of_day)


@lru_cache(maxsize=4096)
def _moment(text: str, end_of_day: bool) -> dt.datetime | None:
    """:func:`moment`, cached: the same few dates recur in every instance (datetimes are immutable)."""
    match = DATE_TIME.fullmatch(text.strip())
    if not match:
        return None
    try:
        day = dt.datetime(*(int(part) for part in match.group(1, 2, 3)))
        if match.group(4) is None:
            return day + dt.timedelta(days=1) if end_of_day else day
        hour, minute, second = (int(part) for part in match.group(4, 5, 6))
        if hour == 24:  # xs:dateTime allows 24:00:00, the midnight that ends the day
            return day + dt.timedelta(days=1) if minute == second == 0 else None
        return day.replace(hour=hour, minute=minute, second=second)
    except (ValueError, OverflowError):  # no such day, or past year 9999
        return None


def duplicate_contexts(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """4.7 (s-equal contexts): two contexts saying the same thing are allowed but wasteful."""
    for context in view.contexts.values():
        first = view.context_classes[context.id]
        if first != context.id:
            yield at_context(view, context, "xbrl.4.7:duplicateContext", f"context {context.id!r} duplicates context {first!r}", WARNING)


# --------------------------------------------------------------------------------------- units


def measures(unit: UnitView) -> tuple[Measure, ...]:
    return unit.numerator + unit.denominator


def measure_qname_resolves(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """4.8.2: a measure is a QName whose prefix is declared."""
    for unit in view.units.values():
        for measure in measures(unit):
            if measure.qname is None:
                yield at_unit(view, unit, "xbrl.4.8.2:measureQName", f"unit {unit.id!r} measure {measure.text!r} is not a QName with a declared prefix")


def xbrli_measures(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """4.8.2: the only measures in the XBRL instance namespace are xbrli:pure and xbrli:shares."""
    for unit in view.units.values():
        for measure in measures(unit):
            if measure.qname and measure.qname[0] == XBRLI and measure.qname not in (SHARES, PURE):
                yield at_unit(view, unit, "xbrl.4.8.2:measureElement", f"unit {unit.id!r} has illegal measure {measure.text}")


def iso4217_currency(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """4.8.2: a measure in the ISO 4217 namespace is a currency code ISO 4217 defines - checked,
    as Arelle checks it, on the units that facts use (an unused unit measures nothing)."""
    used = units_used(view)
    for unit in (unit for unit in view.units.values() if unit.id in used):
        for measure in measures(unit):
            if measure.qname and measure.qname[0] == ISO4217 and measure.qname[1] not in currency_codes():
                yield at_unit(view, unit, "xbrl.4.8.2:iso4217Currency", f"unit {unit.id!r}: {measure.qname[1]!r} is not an ISO 4217 currency code")


def units_used(view: InstanceView) -> set[str]:
    """The unitRefs of the facts, none empty: a set made in C (the facts are many, the units few)."""
    used = set(map(_UNIT_REF, view.facts))
    used.discard(None)
    used.discard("")
    return used


def units_used_plain(view: InstanceView) -> set[str]:
    """:func:`units_used` as first written (the definition)."""
    return {fact.unit_ref for fact in view.facts if fact.unit_ref}


_UNIT_REF = attrgetter("unit_ref")


@cache
def currency_codes() -> frozenset[str]:
    """ISO 4217 codes as CLDR (through Babel) knows them, historic ones included."""
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


def measure_both_num_denom(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """4.8.4: no measure is both numerator and denominator of a divide."""
    for unit in view.units.values():
        shared = {m.qname for m in unit.numerator} & {m.qname for m in unit.denominator} - {None}
        for qname in sorted(shared):
            yield at_unit(view, unit, "xbrl.4.8.4:measureBothNumDenom", f"unit {unit.id!r} has {qname[1]} in numerator and denominator")


def duplicate_units(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """4.8 (u-equal units): two units with the same measures are allowed but wasteful."""
    for unit in view.units.values():
        first = view.unit_classes[unit.id]
        if first != unit.id:
            yield at_unit(view, unit, "xbrl.4.8:duplicateUnit", f"unit {unit.id!r} duplicates unit {first!r}", WARNING)


# ---------------------------------------------------------------------------- units of facts


def units_of(view: InstanceView, taxonomy: Any, kind: str) -> Iterator[tuple[FactView, UnitView]]:
    for fact, _, _, _, unit in items_of_kind(view, taxonomy, kind):
        if unit is not None:
            yield fact, unit


def is_single(unit: UnitView, qname_test) -> bool:
    return len(unit.numerator) == 1 and not unit.denominator and unit.numerator[0].qname is not None and qname_test(unit.numerator[0].qname)


def is_currency(qname: tuple[str, str]) -> bool:
    return qname[0] == ISO4217 and re.fullmatch(r"[A-Z]{3}", qname[1]) is not None


def monetary_unit(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """4.8.2: a monetary item's unit is a single ISO 4217 currency measure."""
    for fact, unit in units_of(view, taxonomy, "monetary"):
        if not is_single(unit, is_currency):
            yield at_fact(view, fact, "xbrl.4.8.2:monetaryMeasure", f"{fact.qname[1]} is monetary but unit {unit.id!r} is not a single ISO 4217 currency")


def shares_unit(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """4.8.2: a shares item's unit is the single measure xbrli:shares."""
    for fact, unit in units_of(view, taxonomy, "shares"):
        if not is_single(unit, SHARES.__eq__):
            yield at_fact(view, fact, "xbrl.4.8.2:sharesMeasure", f"{fact.qname[1]} is a share count but unit {unit.id!r} is not xbrli:shares")


def pure_unit(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """doc2xbrl taxonomy contract: ratios, percentages and counts of people use xbrli:pure."""
    for fact, unit in units_of(view, taxonomy, "pure"):
        if not is_single(unit, PURE.__eq__):
            yield at_fact(view, fact, "d2x:pureMeasure", f"{fact.qname[1]} is a pure number but unit {unit.id!r} is not xbrli:pure")


def per_share_unit(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """doc2xbrl taxonomy contract: per-share amounts use a currency / xbrli:shares divide."""
    for fact, unit in units_of(view, taxonomy, "perShare"):
        fits = (
            len(unit.numerator) == 1 and unit.numerator[0].qname is not None and is_currency(unit.numerator[0].qname)
            and len(unit.denominator) == 1 and unit.denominator[0].qname == SHARES
        )
        if not fits:
            yield at_fact(view, fact, "d2x:perShareMeasure", f"{fact.qname[1]} is per share but unit {unit.id!r} is not a currency divided by xbrli:shares")


# -------------------------------------------------------------------------------------- XML ID


def ids_unique(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """XML 1.0 section 3.3.1 (validity constraint ID) and XML Schema cvc-id.2: every id
    attribute value occurs once in the document. Whether every value is distinct is asked
    first, of the values alone (a set made in C); the lines are read only when one is not."""
    owners = view.id_owners()
    if len(set(map(_OWNED_ID, owners))) == len(owners):
        return
    yield from ids_unique_walked(view, owners)


_OWNED_ID = itemgetter(0)


def ids_unique_walked(view: InstanceView, owners: list[tuple[str, Any]]) -> Iterator[Finding]:
    """:func:`ids_unique` by a walk of every id with its line (the definition)."""
    first_line: dict[str, int | None] = {}
    for value, element in owners:
        if value in first_line:
            yield Finding(DUPLICATE_ID, ERROR, f"id {value!r} is used again (first on line {first_line[value]})", view.name, element.sourceline, None)
        else:
            first_line[value] = element.sourceline


RULES = (
    period_start_before_end,
    duplicate_contexts,
    measure_qname_resolves,
    xbrli_measures,
    iso4217_currency,
    measure_both_num_denom,
    duplicate_units,
    monetary_unit,
    shares_unit,
    pure_unit,
    per_share_unit,
    ids_unique,
)
