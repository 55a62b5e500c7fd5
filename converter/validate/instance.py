"""A read-only view of a parsed instance's contexts, units and facts, for the rule functions.

Rules read these small frozen values instead of walking the XML, so each stays a few lines.
Values are kept lexical (as written); rules decide what a malformed value means.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from lxml import etree

from converter.validate.loading import LINK, XBRLI, LoadedInstance

XBRLDI = "http://xbrl.org/2006/xbrldi"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XSI_NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"
QName = tuple[str, str]  # (namespace, local name); namespace "" when the prefix is unknown


@dataclass(frozen=True)
class Member:
    """One ``xbrldi:typedMember`` (or ``explicitMember``) of a context's segment or scenario."""

    kind: str  # "typed" or "explicit"
    dimension: QName | None  # None: the dimension attribute is missing or its prefix unbound
    dimension_text: str
    elements: tuple[QName, ...]  # child elements of a typed member (exactly one when valid)
    value: str
    line: int | None


@dataclass(frozen=True)
class ContextView:
    id: str
    line: int | None
    period_kind: str  # "instant", "duration", "forever" or "" when the period is missing
    start: str | None
    end: str | None  # the instant of an instant period
    members: tuple[Member, ...]
    key: tuple  # identifier, period and segment/scenario content, for duplicate detection


@dataclass(frozen=True)
class Measure:
    qname: QName | None  # None: the prefix is not bound
    text: str


@dataclass(frozen=True)
class UnitView:
    id: str
    line: int | None
    numerator: tuple[Measure, ...]
    denominator: tuple[Measure, ...]

    @property
    def key(self) -> tuple:
        """The measures as resolved QNames, order ignored (u-equality, XBRL 2.1 section 4.10)."""
        return (
            tuple(sorted(str(m.qname or m.text) for m in self.numerator)),
            tuple(sorted(str(m.qname or m.text) for m in self.denominator)),
        )


@dataclass(frozen=True)
class FactView:
    qname: QName
    label: str  # "d2x:Revenues#f1", used to name the fact in findings
    id: str | None
    line: int | None
    context_ref: str | None
    unit_ref: str | None
    decimals: str | None
    precision: str | None
    nil: bool
    lang: str | None  # in scope, inherited from ancestors
    value: str


class InstanceView:
    """Contexts, units and facts of one instance, built once, read by every rule."""

    def __init__(self, instance: LoadedInstance) -> None:
        self.name = instance.name
        self.root = instance.root
        self.memo: dict[str, object] = {}  # what several rules derive alike, derived once

    @cached_property
    def contexts(self) -> dict[str, ContextView]:
        found: dict[str, ContextView] = {}
        for element in self.root.iterchildren(f"{{{XBRLI}}}context"):
            found.setdefault(element.get("id", ""), read_context(element))
        return found

    @cached_property
    def units(self) -> dict[str, UnitView]:
        found: dict[str, UnitView] = {}
        for element in self.root.iterchildren(f"{{{XBRLI}}}unit"):
            found.setdefault(element.get("id", ""), read_unit(element))
        return found

    @cached_property
    def facts(self) -> tuple[FactView, ...]:
        return tuple(
            read_fact(element)
            for element in self.root.iterchildren(etree.Element)
            if etree.QName(element).namespace not in (XBRLI, LINK)
        )

    def id_owners(self) -> list[tuple[str, etree._Element]]:
        """Every ``id`` attribute of the document with its element, in document order."""
        return [(element.get("id"), element) for element in self.root.iter(etree.Element) if element.get("id") is not None]


def read_context(element: etree._Element) -> ContextView:
    period = element.find(f"{{{XBRLI}}}period")
    start = _text(period, "startDate")
    end = _text(period, "endDate") or _text(period, "instant")
    if period is None:
        kind = ""
    elif period.find(f"{{{XBRLI}}}forever") is not None:
        kind = "forever"
    else:
        kind = "instant" if period.find(f"{{{XBRLI}}}instant") is not None else "duration"
    members = tuple(
        read_member(child)
        for child in element.iter(f"{{{XBRLDI}}}typedMember", f"{{{XBRLDI}}}explicitMember")
    )
    identifier = element.find(f"{{{XBRLI}}}entity/{{{XBRLI}}}identifier")
    who = (identifier.get("scheme", ""), (identifier.text or "").strip()) if identifier is not None else ("", "")
    extra = tuple(_canonical(part) for part in element.iter(f"{{{XBRLI}}}segment", f"{{{XBRLI}}}scenario"))
    return ContextView(element.get("id", ""), element.sourceline, kind, start, end, members, (who, kind, start, end, extra))


def read_member(element: etree._Element) -> Member:
    text = (element.get("dimension") or "").strip()
    kind = "typed" if etree.QName(element).localname == "typedMember" else "explicit"
    children = [child for child in element.iterchildren(etree.Element)]
    if kind == "typed":
        value = " ".join("".join(children[0].itertext()).split()) if children else ""
    else:
        value = (element.text or "").strip()
    elements = tuple(_qname(child) for child in children)
    return Member(kind, resolve_qname(element, text), text, elements, value, element.sourceline)


def read_unit(element: etree._Element) -> UnitView:
    divide = element.find(f"{{{XBRLI}}}divide")
    if divide is None:
        return UnitView(element.get("id", ""), element.sourceline, _measures(element), ())
    numerator = divide.find(f"{{{XBRLI}}}unitNumerator")
    denominator = divide.find(f"{{{XBRLI}}}unitDenominator")
    return UnitView(
        element.get("id", ""),
        element.sourceline,
        _measures(numerator) if numerator is not None else (),
        _measures(denominator) if denominator is not None else (),
    )


def read_fact(element: etree._Element) -> FactView:
    qname = _qname(element)
    prefix = element.prefix
    name = f"{prefix}:{qname[1]}" if prefix else qname[1]
    fact_id = element.get("id")
    label = f"{name}#{fact_id}" if fact_id else f"{name}@{element.get('contextRef', '?')}"
    langs = [el.get(XML_LANG) for el in element.iterancestors()]
    lang = element.get(XML_LANG) or next((value for value in langs if value is not None), None)
    return FactView(
        qname,
        label,
        fact_id,
        element.sourceline,
        element.get("contextRef"),
        element.get("unitRef"),
        element.get("decimals"),
        element.get("precision"),
        element.get(XSI_NIL, "").strip() in ("true", "1"),
        lang,
        "".join(element.itertext()),
    )


def resolve_qname(element: etree._Element, text: str) -> QName | None:
    """``prefix:local`` resolved against the namespaces in scope at ``element``."""
    prefix, _, local = text.rpartition(":")
    namespace = element.nsmap.get(prefix or None)
    if not local or (prefix and namespace is None):
        return None
    return (namespace or "", local)


def _measures(parent: etree._Element) -> tuple[Measure, ...]:
    return tuple(
        Measure(resolve_qname(m, (m.text or "").strip()), (m.text or "").strip())
        for m in parent.iterchildren(f"{{{XBRLI}}}measure")
    )


def _qname(element: etree._Element) -> QName:
    qname = etree.QName(element)
    return (qname.namespace or "", qname.localname)


def _text(parent: etree._Element | None, local: str) -> str | None:
    if parent is None:
        return None
    child = parent.find(f"{{{XBRLI}}}{local}")
    return (child.text or "").strip() if child is not None else None


def _canonical(element: etree._Element) -> tuple:
    """Content of a segment or scenario, comparable across contexts (attribute order, blanks ignored)."""
    return tuple(
        (node.tag, tuple(sorted(node.attrib.items())), (node.text or "").strip())
        for node in element.iter(etree.Element)
    )
