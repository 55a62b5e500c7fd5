"""XBRL 2.1 rules about items (section 4.6) and duplicate items (4.10), one function per rule.

Every rule is ``rule(view, taxonomy) -> Iterator[Finding]``. Facts whose concept the taxonomy
does not declare (or declares abstract) are reported once, by :func:`undeclared_concept` (or
:func:`abstract_concept`), and skipped by the others. What every rule asks of a fact - its
concept, the concept's kind, its context, its unit - is looked up in one pass over the facts
(:func:`known_facts`), so each rule is a short loop over small tuples.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from operator import attrgetter, countOf
from typing import Any, NamedTuple

from converter.validate.findings import ERROR, WARNING, Finding
from converter.validate.instance import ContextView, FactView, InstanceView, UnitView, made_from_tuple

STRING_KINDS = ("string", "normalizedString", "token")
_FACT_QNAME, _FACT_LANG = attrgetter("fact.qname"), attrgetter("fact.lang")
_PERIOD_KIND, _PERIOD_TYPE = attrgetter("period_kind"), attrgetter("concept.period_type")
_CONTEXT_REF, _UNIT_REF, _DECIMALS, _PRECISION, _NIL = (
    attrgetter(name) for name in ("context_ref", "unit_ref", "decimals", "precision", "nil"))


def at_fact(view: InstanceView, fact: FactView, code: str, message: str, severity: str = ERROR) -> Finding:
    return Finding(code, severity, message, view.name, fact.line, fact.label)


class Item(NamedTuple):
    """A fact whose concept the taxonomy declares and does not make abstract, with what the
    rules ask about it, each looked up once: its concept, the concept's kind, its context and
    its unit (None when the ref names none)."""

    fact: FactView
    concept: Any
    kind: str  # kind_of(concept)
    context: ContextView | None
    unit: UnitView | None


_item = made_from_tuple(Item)  # (from a tuple: a named tuple's own constructor costs more)


def unknown_facts(view: InstanceView, taxonomy: Any) -> list[tuple[FactView, Any | None]]:
    """The facts the taxonomy does not declare (with None) or declares abstract (with the
    concept), in document order: the others are :func:`known_facts` (one pass, once per view)."""
    unknown = view.memo.get("unknown_facts")
    if unknown is None:
        _index_facts(view, taxonomy)
        unknown = view.memo["unknown_facts"]
    return unknown


def known_facts(view: InstanceView, taxonomy: Any) -> list[Item]:
    """The facts whose concept the taxonomy declares, not abstract, as :class:`Item` (worked out
    once per view: every rule about items reads this list)."""
    known = view.memo.get("known_facts")
    if known is None:
        _index_facts(view, taxonomy)
        known = view.memo["known_facts"]
    return known


def _index_facts(view: InstanceView, taxonomy: Any) -> None:
    """:func:`unknown_facts` and :func:`known_facts` in one pass over the facts (a fact is in
    one of the two lists only: most are known, and are not paired with their concept twice)."""
    contexts, units, namespace = view.contexts, view.units, taxonomy.namespace
    table = concept_table(taxonomy)
    unknown, known, numeric, not_numeric = [], [], [], []
    item = _item
    for fact in view.facts:
        fact_namespace, local = fact.qname
        found = table.get(local) if fact_namespace == namespace else None
        if found is None:
            unknown.append((fact, None))
            continue
        concept, kind = found
        if kind is None:  # abstract
            unknown.append((fact, concept))
            continue
        known.append(item((fact, concept, kind, contexts.get(fact.context_ref or ""), units.get(fact.unit_ref or ""))))
        (numeric if concept.numeric else not_numeric).append(fact)
    view.memo["unknown_facts"], view.memo["known_facts"] = unknown, known
    view.memo["known_by_numeric"] = numeric, not_numeric


def known_by_numeric(view: InstanceView, taxonomy: Any) -> tuple[list[FactView], list[FactView]]:
    """The facts of :func:`known_facts` whose concept is numeric, and the others (split in the
    same pass): the rules about units and decimals ask these first, in C, whether any fact
    can break them."""
    split = view.memo.get("known_by_numeric")
    if split is None:
        _index_facts(view, taxonomy)
        split = view.memo["known_by_numeric"]
    return split


@lru_cache(maxsize=8)
def concept_table(taxonomy: Any) -> dict[str, tuple[Any, str | None]]:
    """Each concept's local name -> ``(concept, kind_of(concept))``, the kind None for an
    abstract concept; worked out once per taxonomy (immutable, hashed by identity)."""
    return {
        name: (concept, None if getattr(concept, "abstract", False) else kind_of(concept))
        for name, concept in taxonomy.concepts.items()
    }


def items_of_kind(view: InstanceView, taxonomy: Any, kind: str) -> list[Item]:
    """The known facts whose concept is of ``kind`` (``monetary``, ``shares``...), grouped once per view."""
    by_kind = view.memo.get("by_kind")
    if by_kind is None:
        by_kind = view.memo["by_kind"] = defaultdict(list)
        for item in known_facts(view, taxonomy):
            by_kind[item.kind].append(item)
    return by_kind.get(kind, [])


def declared_concept(fact: FactView, taxonomy: Any) -> Any | None:
    namespace, local = fact.qname
    return taxonomy.concepts.get(local) if namespace == taxonomy.namespace else None


def undeclared_concept(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """XBRL 2.1 section 4.6: a fact is an item element the taxonomy declares."""
    for fact, concept in unknown_facts(view, taxonomy):
        if concept is None:
            namespace, local = fact.qname
            where = "the taxonomy" if namespace == taxonomy.namespace else f"namespace {namespace or '(none)'}"
            yield at_fact(view, fact, "xbrl.4.6:undeclaredConcept", f"{local} is not a concept declared in {where}")


def abstract_concept(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """XBRL 2.1 section 4.6 (with XML Schema): abstract concepts - headings, tables, axes,
    line items - cannot be reported as facts."""
    for fact, concept in unknown_facts(view, taxonomy):
        if concept is not None and getattr(concept, "abstract", False):
            yield at_fact(view, fact, "xbrl.4.6:abstractConcept", f"{fact.qname[1]} is abstract and cannot be reported as a fact")


def context_ref_resolves(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """4.6.1: an item's contextRef names a context of the instance. Whether every fact's does is
    asked first, of the set of refs (made in C); the facts are walked only when one does not."""
    if not set(map(_CONTEXT_REF, view.facts)).difference(view.contexts):  # (no context's id is None)
        return
    yield from context_ref_resolves_walked(view)


def context_ref_resolves_walked(view: InstanceView) -> Iterator[Finding]:
    """:func:`context_ref_resolves` by a walk of every fact (the definition)."""
    for fact in view.facts:
        if fact.context_ref is None:
            yield at_fact(view, fact, "xbrl.4.6.1:itemContextRef", "the item has no contextRef")
        elif fact.context_ref not in view.contexts:
            yield at_fact(view, fact, "xbrl.4.6.1:itemContextRef", f"contextRef {fact.context_ref!r} names no context")


def unit_ref_resolves(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """4.6.2: a unitRef names a unit of the instance (asked first of the set of refs, as
    :func:`context_ref_resolves` asks)."""
    refs = set(map(_UNIT_REF, view.facts))
    refs.discard(None)
    if not refs.difference(view.units):
        return
    yield from unit_ref_resolves_walked(view)


def unit_ref_resolves_walked(view: InstanceView) -> Iterator[Finding]:
    """:func:`unit_ref_resolves` by a walk of every fact (the definition)."""
    for fact in view.facts:
        if fact.unit_ref is not None and fact.unit_ref not in view.units:
            yield at_fact(view, fact, "xbrl.4.6.2:itemUnitRef", f"unitRef {fact.unit_ref!r} names no unit")


def numeric_has_unit(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """4.6.2: a numeric item has a unitRef (the items are walked only when a numeric fact has none)."""
    if countOf(map(_UNIT_REF, known_by_numeric(view, taxonomy)[0]), None) == 0:
        return
    yield from numeric_has_unit_walked(view, taxonomy)


def numeric_has_unit_walked(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """:func:`numeric_has_unit` by a walk of every known fact (the definition)."""
    for fact, concept, _, _, _ in known_facts(view, taxonomy):
        if concept.numeric and fact.unit_ref is None:
            yield at_fact(view, fact, "xbrl.4.6.2:numericUnit", f"{fact.qname[1]} is numeric and has no unitRef")


def non_numeric_has_no_unit(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """4.6.2: a non-numeric item has no unitRef (walked only when a non-numeric fact has one)."""
    others = known_by_numeric(view, taxonomy)[1]
    if countOf(map(_UNIT_REF, others), None) == len(others):
        return
    yield from non_numeric_has_no_unit_walked(view, taxonomy)


def non_numeric_has_no_unit_walked(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """:func:`non_numeric_has_no_unit` by a walk of every known fact (the definition)."""
    for fact, concept, _, _, _ in known_facts(view, taxonomy):
        if not concept.numeric and fact.unit_ref is not None:
            yield at_fact(view, fact, "xbrl.4.6.2:nonNumericUnit", f"{fact.qname[1]} is not numeric but has unitRef {fact.unit_ref!r}")


def numeric_has_decimals(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """4.6.3: a non-nil numeric item has decimals or precision (walked only when a numeric fact
    has no decimals)."""
    if countOf(map(_DECIMALS, known_by_numeric(view, taxonomy)[0]), None) == 0:
        return
    yield from numeric_has_decimals_walked(view, taxonomy)


def numeric_has_decimals_walked(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """:func:`numeric_has_decimals` by a walk of every known fact (the definition)."""
    for fact, concept, _, _, _ in known_facts(view, taxonomy):
        if concept.numeric and not fact.nil and fact.decimals is None and fact.precision is None:
            yield at_fact(view, fact, "xbrl.4.6.3:missingPrecisionDecimals", f"{fact.qname[1]} is numeric and has neither decimals nor precision")


def non_numeric_has_no_decimals(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """4.6.3: decimals and precision belong to numeric items only (walked only when a
    non-numeric fact has either)."""
    others = known_by_numeric(view, taxonomy)[1]
    if countOf(map(_DECIMALS, others), None) == countOf(map(_PRECISION, others), None) == len(others):
        return
    yield from non_numeric_has_no_decimals_walked(view, taxonomy)


def non_numeric_has_no_decimals_walked(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """:func:`non_numeric_has_no_decimals` by a walk of every known fact (the definition)."""
    for fact, concept, _, _, _ in known_facts(view, taxonomy):
        if not concept.numeric and (fact.decimals is not None or fact.precision is not None):
            yield at_fact(view, fact, "xbrl.4.6.3:extraneousPrecisionDecimals", f"{fact.qname[1]} is not numeric and cannot have decimals or precision")


def not_both_decimals_and_precision(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """4.6.3: an item has decimals or precision, never both (the facts are walked only when one
    has precision: most instances have none, which a count made in C tells)."""
    if countOf(map(_PRECISION, view.facts), None) == len(view.facts):
        return
    yield from not_both_decimals_and_precision_walked(view)


def not_both_decimals_and_precision_walked(view: InstanceView) -> Iterator[Finding]:
    """:func:`not_both_decimals_and_precision` by a walk of every fact (the definition)."""
    for fact in view.facts:
        if fact.decimals is not None and fact.precision is not None:
            yield at_fact(view, fact, "xbrl.4.6.3:bothPrecisionAndDecimals", "the item has both decimals and precision")


def nil_has_no_decimals(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """4.6.3: a nil item has neither decimals nor precision (the facts are walked only when one
    is nil, which ``any`` asks in C)."""
    if not any(map(_NIL, view.facts)):
        return
    yield from nil_has_no_decimals_walked(view)


def nil_has_no_decimals_walked(view: InstanceView) -> Iterator[Finding]:
    """:func:`nil_has_no_decimals` by a walk of every fact (the definition)."""
    for fact in view.facts:
        if fact.nil and (fact.decimals is not None or fact.precision is not None):
            yield at_fact(view, fact, "xbrl.4.6.3:nilPrecisionDecimals", "a nil item cannot have decimals or precision")


def period_type_matches(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """4.7.2 (with 5.1.1.1): an instant concept reports in an instant context, a duration
    concept in a duration (or forever) context. The items are walked only when an instant
    stands on either side (most instances have none), which counts made in C tell."""
    if (countOf(map(_PERIOD_KIND, view.contexts.values()), "instant") == 0
            and countOf(map(_PERIOD_TYPE, known_facts(view, taxonomy)), "instant") == 0):
        return
    yield from period_type_matches_walked(view, taxonomy)


def period_type_matches_walked(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """:func:`period_type_matches` by a walk of every known fact (the definition)."""
    for fact, concept, _, context, _ in known_facts(view, taxonomy):
        if context is None or not context.period_kind:
            continue
        fits = context.period_kind == "instant" if concept.period_type == "instant" else context.period_kind != "instant"
        if not fits:
            yield at_fact(view, fact, "xbrl.4.7.2:contextPeriodType", f"{fact.qname[1]} has periodType {concept.period_type} but context {context.id!r} is {context.period_kind}")


def string_has_lang(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """doc2xbrl convention (taxonomy contract): text facts say their language with xml:lang.
    The items are walked only when a text item has no language: ``all`` asks that in C of the
    items grouped by kind (:func:`items_of_kind`, which the unit rules group anyway)."""
    if all(all(map(_FACT_LANG, items_of_kind(view, taxonomy, kind))) for kind in STRING_KINDS):
        return
    yield from string_has_lang_walked(view, taxonomy)


def string_has_lang_walked(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """:func:`string_has_lang` by a walk of every known fact (the definition)."""
    for fact, _, kind, _, _ in known_facts(view, taxonomy):
        if kind in STRING_KINDS and not fact.nil and not fact.lang:
            yield at_fact(view, fact, "d2x:xmlLangMissing", f"{fact.qname[1]} is text without xml:lang", WARNING)


def duplicate_facts(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """4.10: items with the same concept, equal contexts, unit and language are duplicates.
    XBRL 2.1 allows them (Arelle accepts them), so they are warnings; differing values are
    reported as inconsistent, equal ones as consistent. Equal contexts (units) are those of one
    s-equal (u-equal) class, named by its first member (``InstanceView.context_classes``).

    Most instances have none, which :func:`all_items_differ` tells from the items' names and
    refs alone; the items are grouped (:func:`duplicate_facts_grouped`) only when it cannot."""
    items = known_facts(view, taxonomy)
    if len(items) > 1 and not all_items_differ(view, items):
        yield from duplicate_facts_grouped(view, taxonomy)


_ITEM_FACT = attrgetter("fact")
_FACT_KEY = attrgetter("qname", "context_ref", "unit_ref", "lang")


def all_items_differ(view: InstanceView, items: list[Item]) -> bool:
    """Whether no two items can be duplicates, asked of their concepts, refs and languages as
    written (one set, made in C). Refs as written stand for the classes when no two contexts
    (units) are s-equal (u-equal) and no ref can be read two ways: a missing contextRef
    (unitRef) reads the context (unit) of id "" when there is one, a language is compared in
    lower case and a missing one as "". True: there are none; False: group them to know."""
    context_classes, unit_classes = view.context_classes, view.unit_classes
    if len(set(context_classes.values())) < len(context_classes) or len(set(unit_classes.values())) < len(unit_classes):
        return False
    keys = list(map(_FACT_KEY, map(_ITEM_FACT, items)))
    if "" in context_classes or "" in unit_classes:
        return False
    languages = {key[3] for key in keys}
    if any(language is not None and (not language or language != language.lower()) for language in languages):
        return False
    return len(set(keys)) == len(keys)


def duplicate_facts_grouped(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """:func:`duplicate_facts` by grouping every item reported more than once (the definition)."""
    groups: dict[tuple, list[FactView]] = defaultdict(list)
    numeric: dict[tuple, bool] = {}
    context_classes, unit_classes = view.context_classes, view.unit_classes
    items = known_facts(view, taxonomy)
    reported = Counter(map(_FACT_QNAME, items))  # a concept reported once has no duplicate
    for fact, concept, _, context, unit in items:
        if reported[fact.qname] < 2:
            continue
        numeric[fact.qname] = concept.numeric
        if context is None:
            continue
        unit_class = unit_classes[unit.id] if unit else ("no unit", fact.unit_ref)  # a tuple never names a class
        groups[(fact.qname, context_classes[context.id], unit_class, (fact.lang or "").lower())].append(fact)
    for facts in groups.values():
        if len(facts) < 2:
            continue
        values = {comparable(fact, numeric[fact.qname]) for fact in facts}
        code, how = ("xbrl.4.10:inconsistentDuplicateFacts", "different") if len(values) > 1 else ("xbrl.4.10:consistentDuplicateFacts", "equal")
        others = ", ".join(f.label for f in facts[1:])
        for fact in facts[:1]:
            yield at_fact(view, fact, code, f"{fact.qname[1]} is reported {len(facts)} times in equal contexts with {how} values (also {others})", WARNING)


def comparable(fact: FactView, numeric: bool) -> object:
    """A fact value as XBRL compares it: numbers by value, text with whitespace collapsed.

    >>> from converter.validate.instance import FactView
    >>> fact = lambda value: FactView(("", "X"), "X", None, 1, "c", None, None, None, False, None, value)
    >>> comparable(fact(" 1.50 "), True) == comparable(fact("1.5"), True)
    True
    >>> comparable(fact("sNaN"), False), comparable(fact("a  b"), False)
    ('sNaN', 'a b')
    """
    if fact.nil:
        return None
    text = " ".join(fact.value.split())
    if not numeric:
        return text
    try:
        number = Decimal(text)
    except InvalidOperation:
        return text
    return text if number.is_nan() else number


def kind_of(concept: Any) -> str:
    """The item type of a concept without prefix or ``ItemType`` suffix: ``monetary``, ``shares``,
    ``pure``, ``perShare``, ``string``, ``date``..."""
    text = str(getattr(concept, "item_type", "") or getattr(concept, "kind", ""))
    return text.rpartition(":")[2].removesuffix("ItemType")


RULES = (
    undeclared_concept,
    abstract_concept,
    context_ref_resolves,
    unit_ref_resolves,
    numeric_has_unit,
    non_numeric_has_no_unit,
    numeric_has_decimals,
    non_numeric_has_no_decimals,
    not_both_decimals_and_precision,
    nil_has_no_decimals,
    period_type_matches,
    string_has_lang,
    duplicate_facts,
)
