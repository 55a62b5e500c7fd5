"""A read-only view of a parsed instance's contexts, units and facts, for the rule functions.

Rules read these small immutable values instead of walking the XML, so each stays a few lines.
Values are kept lexical (as written); rules decide what a malformed value means. They are
named tuples rather than frozen dataclasses because a large instance has thousands of facts
and a named tuple is several times cheaper to build.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import NamedTuple

from lxml import etree

from converter.validate.loading import LINK, XBRLI, XSI, LoadedInstance

XBRLDI = "http://xbrl.org/2006/xbrldi"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XSI_NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"
ENTITY, IDENTIFIER, SEGMENT, SCENARIO, PERIOD = (f"{{{XBRLI}}}{n}" for n in ("entity", "identifier", "segment", "scenario", "period"))
FOREVER, INSTANT, START_DATE, END_DATE = (f"{{{XBRLI}}}{n}" for n in ("forever", "instant", "startDate", "endDate"))
TYPED_MEMBER, EXPLICIT_MEMBER = f"{{{XBRLDI}}}typedMember", f"{{{XBRLDI}}}explicitMember"
MEMBER_TAGS = (TYPED_MEMBER, EXPLICIT_MEMBER)
CONTEXT, UNIT = f"{{{XBRLI}}}context", f"{{{XBRLI}}}unit"
DIVIDE, UNIT_NUMERATOR, UNIT_DENOMINATOR, MEASURE = (f"{{{XBRLI}}}{n}" for n in ("divide", "unitNumerator", "unitDenominator", "measure"))
NOT_ITEMS = (f"{{{XBRLI}}}", f"{{{LINK}}}")  # the root's children in these namespaces are no items
NO_OTHER_CONTENT: frozenset[str] = frozenset()
QName = tuple[str, str]  # (namespace, local name); namespace "" when the prefix is unknown


class Member(NamedTuple):
    """One ``xbrldi:typedMember`` (or ``explicitMember``) of a context's segment or scenario."""

    kind: str  # "typed" or "explicit"
    dimension: QName | None  # None: the dimension attribute is missing or its prefix unbound
    dimension_text: str
    elements: tuple[QName, ...]  # child elements of a typed member (exactly one when valid)
    value: str
    line: int | None
    where: str = "segment"  # the context element that holds it: "segment" or "scenario"


class ContextView(NamedTuple):
    id: str
    line: int | None
    period_kind: str  # "instant", "duration", "forever" or "" when the period is missing
    start: str | None
    end: str | None  # the instant of an instant period
    members: tuple[Member, ...]
    key: tuple  # identifier, period and segment/scenario content, for duplicate detection
    # context elements ("segment", "scenario") holding content other than dimension members
    other_content: frozenset[str] = frozenset()


class Measure(NamedTuple):
    qname: QName | None  # None: the prefix is not bound
    text: str


class UnitView(NamedTuple):
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


class FactView(NamedTuple):
    qname: QName
    element: etree._Element  # the item as parsed: names the fact (``label``) when a finding does
    id: str | None
    line: int | None
    context_ref: str | None
    unit_ref: str | None
    decimals: str | None
    precision: str | None
    nil: bool
    lang: str | None  # in scope, inherited from ancestors
    value: str

    @property
    def label(self) -> str:
        """"d2x:Revenues#f1" ("d2x:Revenues@c1" without an id), naming the fact in findings: read
        from the element when a finding needs it (most facts are never named)."""
        return fact_label(self.element, self.qname, self.id)


class once:  # noqa: N801 (named as the decorator it replaces is)
    """``functools.cached_property`` without its lock: Python 3.11's takes one class-wide lock on
    every first reading (3.12 dropped it), and a view is read by one thread, its properties
    pure. The value is kept in the instance's ``__dict__``, which later readings find first."""

    def __init__(self, function) -> None:
        self.function = function
        self.name = function.__name__
        self.__doc__ = function.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: object, owner: type | None = None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.function(instance)
        return value


class InstanceView:
    """Contexts, units and facts of one instance, built once, read by every rule."""

    def __init__(self, instance: LoadedInstance) -> None:
        self.name = instance.name
        self.root = instance.root
        self.memo: dict[str, object] = {}  # what several rules derive alike, derived once
        self._instance = instance

    @once
    def _children(self) -> Children:
        """The root's contexts, units and items, in one pass over its children, each with its
        ``id`` (and an item with its tag): each child's tag and id are read once (every ``.tag``
        and ``.get`` builds a new string)."""
        contexts, units, items = [], [], []
        root_id = self.root.get("id")
        ids = [] if root_id is None else [(root_id, self.root)]
        for element in self.root.iterchildren(etree.Element):
            tag = element.tag
            element_id = element.get("id")
            if element_id is not None:
                ids.append((element_id, element))
            if tag == CONTEXT:
                contexts.append((element, element_id))
            elif tag == UNIT:
                units.append((element, element_id))
            elif not tag.startswith(NOT_ITEMS):
                items.append((element, tag, element_id))
        return Children(contexts, units, items, ids)

    @once
    def contexts(self) -> dict[str, ContextView]:
        found: dict[str, ContextView] = {}
        for element, context_id in self._children.contexts:
            context = _read_context(element, "" if context_id is None else context_id, self._namespaces)
            found.setdefault(context.id, context)
        return found

    @once
    def units(self) -> dict[str, UnitView]:
        found: dict[str, UnitView] = {}
        for element, unit_id in self._children.units:
            unit = _read_unit(element, "" if unit_id is None else unit_id, self._namespaces)
            found.setdefault(unit.id, unit)
        return found

    @once
    def facts(self) -> tuple[FactView, ...]:
        """Items are the root's children outside the xbrli and link namespaces (no tuples here).
        An attribute whose name the bytes do not hold is not looked for (``may_name``)."""
        inherited = self.root.get(XML_LANG)
        may_name = self._instance.may_name
        namespaces = self._namespaces
        # xsi:nil needs a prefix bound to the XSI namespace: when the root alone declares
        # namespaces and none of them is XSI's, no fact has it (asked of the root's few
        # declarations rather than of every byte)
        nil = XSI in namespaces.values() if namespaces is not None else may_name(b":nil")
        precision = may_name(b"precision")
        return tuple([_read_fact(element, inherited, tag, fact_id, nil, precision)  # (a list: no generator frame)
                      for element, tag, fact_id in self._children.items])

    @once
    def _namespaces(self) -> dict[str | None, str] | None:
        """The namespaces in scope at every element when the bytes show that only the root
        declares any (as many ``xmlns`` as the root's declarations: each declaration writes one),
        else None (each element's ``nsmap`` is read: lxml builds it anew on every reading)."""
        instance = self._instance
        if not instance.names_as_written:
            return None
        namespaces = self.root.nsmap
        return namespaces if instance.data.count(b"xmlns") == len(namespaces) else None

    @once
    def context_classes(self) -> dict[str, str]:
        """Each context's id -> the id of the first context s-equal to it (XBRL 2.1 section 4.10:
        same identifier, period and segment/scenario content), itself when it is the first."""
        first: dict[tuple, str] = {}
        return {context.id: first.setdefault(context.key, context.id) for context in self.contexts.values()}

    @once
    def unit_classes(self) -> dict[str, str]:
        """Each unit's id -> the id of the first unit u-equal to it (section 4.10), itself when first."""
        first: dict[tuple, str] = {}
        return {unit.id: first.setdefault(unit.key, unit.id) for unit in self.units.values()}

    def id_owners(self) -> list[tuple[str, etree._Element]]:
        """Every ``id`` attribute of the document with its element, in document order (the
        attributes named ``id`` in no namespace: XPath's ``//@id``, without its string objects).

        The root's and its children's were read with the children: when the bytes hold no other
        place an ``id`` attribute could stand (:func:`id_attributes_written`), they are all."""
        known = self._children.ids
        if len(known) == id_attributes_written(self._instance):
            return list(known)
        return id_owners_walked(self.root)


class Children(NamedTuple):
    """The root's children as :attr:`InstanceView._children` sorts them."""

    contexts: list[tuple[etree._Element, str | None]]  # with its id (None: none)
    units: list[tuple[etree._Element, str | None]]
    items: list[tuple[etree._Element, str, str | None]]  # with its tag and its id
    ids: list[tuple[str, etree._Element]]  # the root's and its children's ids, in document order


# where an attribute named ``id`` may stand in the bytes: its name, blanks, the equals sign (XML
# 1.0 section 3.1: ``Eq ::= S? '=' S?``); also finds others (``xml:id=``, ``grid =``, text)
ID_ATTRIBUTE = re.compile(rb"id[ \t\r\n]*=")
ID_BLANK = re.compile(rb"id[ \t\r\n]")  # where ID_ATTRIBUTE may find blanks before the '='


def id_attributes_written(instance: LoadedInstance) -> int:
    """At least the number of ``id`` attributes of the instance, read from its bytes; -1 when
    the bytes cannot say (another encoding, or not kept).

    Where no ``id`` is followed by a blank, every place ID_ATTRIBUTE finds is ``id=`` as
    written, and those cannot overlap: bytes.count finds them alike, at a fraction of the
    regex engine's cost (it asks each ``i`` of the text)."""
    if not instance.names_as_written:
        return -1
    data = instance.data
    if ID_BLANK.search(data) is None:
        return data.count(b"id=")
    return id_attributes_written_plain(instance)


def id_attributes_written_plain(instance: LoadedInstance) -> int:
    """:func:`id_attributes_written` by ID_ATTRIBUTE (the definition)."""
    if not instance.names_as_written:
        return -1
    return len(ID_ATTRIBUTE.findall(instance.data))


def id_owners_walked(root: etree._Element) -> list[tuple[str, etree._Element]]:
    """:meth:`InstanceView.id_owners` by a walk of every element (the definition)."""
    return [(value, element) for element in root.iter(etree.Element)
            if (value := element.get("id")) is not None]


def read_context(element: etree._Element) -> ContextView:
    return _read_context(element, element.get("id", ""))


def _read_context(element: etree._Element, context_id: str,
                  namespaces: dict[str | None, str] | None = None) -> ContextView:
    """One pass over the context's children (contexts are many: this is a hot path). Each tag
    is read once (every ``.tag`` builds a new string) and children are filtered here, not by
    lxml's tag matcher (which costs more to set up than a few comparisons): each element's
    children are taken as the list ``element[:]`` makes in C, without an iterator, and a
    comment's or processing instruction's tag (a function) equals no name looked for."""
    who, period, members, extra, other = ("", ""), ("", None, None), [], [], set()
    for part in element[:]:
        tag = part.tag
        if tag == ENTITY:
            for child in part[:]:
                child_tag = child.tag
                if child_tag == IDENTIFIER:
                    who = (child.get("scheme", ""), (child.text or "").strip())
                elif child_tag == SEGMENT:
                    _read_container(child, child_tag, "segment", members, extra, other, namespaces)
        elif tag == PERIOD:
            period = read_period(part)
        elif tag == SCENARIO:
            _read_container(part, tag, "scenario", members, extra, other, namespaces)
    kind, start, end = period
    return _context_view((context_id, element.sourceline, kind, start, end, tuple(members),  # (see _fact_view)
                          (who, period, tuple(extra)), frozenset(other) if other else NO_OTHER_CONTENT))


def _read_container(container: etree._Element, tag: str, where: str, members: list[Member], extra: list[tuple],
                    other: set[str], namespaces: dict[str | None, str] | None = None) -> None:
    """A segment's or scenario's :func:`read_members` (onto ``members``), :func:`_canonical` (onto
    ``extra``) and :func:`_other_content` (into ``other``) in one pass over its children, each
    child's tag read once (children taken as :func:`_read_context` takes them: a comment's or
    processing instruction's tag is no string, and it is no content)."""
    canonical = [(tag, tuple(sorted(container.items())), (container.text or "").strip())]
    for child in container[:]:
        child_tag = child.tag
        if child_tag.__class__ is not str:
            continue
        canonical.append((child_tag, tuple(sorted(child.items())), (child.text or "").strip()))
        # the child's element children, read once for the member and for its content (which
        # is each of them followed by its own descendants: the order iterdescendants walks)
        # (and their tags, names and the first one's text, read here once for the member too)
        elements, names, first_text = [], [], None
        for node in child[:] if len(child) else ():
            node_tag = node.tag
            if node_tag.__class__ is not str:
                continue
            node_text, size = node.text or "", len(node)
            if not elements and not size:
                first_text = node_text  # (text_of's answer for a node without children)
            elements.append(node)
            names.append(_QNAMES.get(node_tag) or _qname(node, node_tag))
            canonical.append((node_tag, tuple(sorted(node.items())), node_text.strip()))
            if size:
                canonical += [(inner.tag, tuple(sorted(inner.items())), (inner.text or "").strip())
                              for inner in node.iterdescendants(etree.Element)]
        if child_tag in MEMBER_TAGS:
            members.append(read_member(child, where, child_tag, namespaces, elements, tuple(names), first_text))
        else:
            other.add(where)
    extra.append(tuple(canonical))


def _other_content(container: etree._Element, where: str) -> set[str]:
    """``{where}`` when the segment or scenario holds an element that is not a dimension member."""
    members = (TYPED_MEMBER, EXPLICIT_MEMBER)
    return {where} if any(child.tag not in members for child in container.iterchildren(etree.Element)) else set()


def read_period(period: etree._Element) -> tuple[str, str | None, str | None]:
    """``(kind, startDate, endDate or instant)`` as written (of a date given twice, the last)."""
    dates: dict[str, etree._Element] = {}
    for child in period[:]:  # (a comment's tag is a function: none of the dates' names)
        dates[child.tag] = child
    if FOREVER in dates:
        return "forever", None, None
    if INSTANT in dates:
        return "instant", None, _stripped_text(dates[INSTANT])
    start, end = dates.get(START_DATE), dates.get(END_DATE)
    return "duration", None if start is None else _stripped_text(start), None if end is None else _stripped_text(end)


def _stripped_text(element: etree._Element) -> str:
    return (element.text or "").strip()


def read_members(container: etree._Element, where: str = "segment") -> list[Member]:
    return [read_member(child, where, tag) for child in container.iterchildren(etree.Element)
            if (tag := child.tag) in MEMBER_TAGS]


def read_member(element: etree._Element, where: str = "segment", tag: str | None = None,
                namespaces: dict[str | None, str] | None = None,
                children: list[etree._Element] | None = None, names: tuple[QName, ...] | None = None,
                first_text: str | None = None) -> Member:
    """The member ``element`` (``children``: its element children, when the caller has them;
    ``names``: their QNames, and ``first_text``: the first one's ``text_of`` when it has no
    children at all, when the caller has read those too)."""
    text = (element.get("dimension") or "").strip()
    kind = "typed" if (tag or element.tag) == TYPED_MEMBER else "explicit"  # read_members passes these two only
    if children is None:
        children = list(element.iterchildren(etree.Element))
    if kind == "typed":
        if children:
            value = " ".join((text_of(children[0]) if first_text is None else first_text).split())
        else:
            value = ""
    else:
        value = (element.text or "").strip()
    elements = tuple(map(_qname, children)) if names is None else names
    return _member((kind, resolve_qname(element, text, namespaces), text, elements, value, element.sourceline, where))


def text_of(element: etree._Element) -> str:
    """All the text inside ``element`` (``itertext``, read directly when it has no children)."""
    return element.text or "" if len(element) == 0 else "".join(element.itertext())


def read_unit(element: etree._Element) -> UnitView:
    return _read_unit(element, element.get("id", ""))


def _read_unit(element: etree._Element, unit_id: str, namespaces: dict[str | None, str] | None = None) -> UnitView:
    """The unit's measures, or its divide's first numerator's and denominator's (each child
    found by comparing tags: ``find`` costs an ElementPath lookup)."""
    divide = _first_child(element, DIVIDE)
    if divide is None:
        return _unit_view((unit_id, element.sourceline, _measures(element, namespaces), ()))
    numerator = _first_child(divide, UNIT_NUMERATOR)
    denominator = _first_child(divide, UNIT_DENOMINATOR)
    return _unit_view((
        unit_id,
        element.sourceline,
        _measures(numerator, namespaces) if numerator is not None else (),
        _measures(denominator, namespaces) if denominator is not None else (),
    ))


def _first_child(parent: etree._Element, tag: str) -> etree._Element | None:
    """``parent.find(tag)`` for a tag in Clark notation (of the children as the list ``parent[:]``
    makes: see :func:`_read_context`)."""
    return next((child for child in parent[:] if child.tag == tag), None)


def read_fact(element: etree._Element, inherited_lang: str | None = None, tag: str | None = None) -> FactView:
    """The fact ``element`` (``tag``: its tag, when the caller has read it already)."""
    return _read_fact(element, inherited_lang, tag or element.tag, element.get("id"))


def _read_fact(element: etree._Element, inherited_lang: str | None, tag: str, fact_id: str | None,
               may_be_nil: bool = True, may_have_precision: bool = True) -> FactView:
    """:func:`read_fact` of an element whose tag and id the caller has read; an attribute the
    caller knows absent (``xsi:nil``, ``precision``: False) is not looked for."""
    get = element.get
    return _fact_view((  # (from a tuple: a named tuple's own constructor costs twice as much)
        _QNAMES.get(tag) or _qname(element, tag),  # (the cache asked here: a call per fact spared)
        element,
        fact_id,
        element.sourceline,
        get("contextRef"),
        get("unitRef"),
        get("decimals"),
        get("precision") if may_have_precision else None,
        get(XSI_NIL, "").strip() in ("true", "1") if may_be_nil else False,
        get(XML_LANG) or inherited_lang,
        element.text or "" if len(element) == 0 else "".join(element.itertext()),
    ))


def made_from_tuple(cls: type) -> Callable[[tuple], tuple]:
    """``cls._make`` without its Python frame: what it does, ``tuple.__new__(cls, values)``, bound
    in C. Its check that every field is given is left to the callers, which give them all."""
    return partial(tuple.__new__, cls)


_fact_view = made_from_tuple(FactView)
_context_view, _member = made_from_tuple(ContextView), made_from_tuple(Member)  # (every field given: none defaults)
_unit_view = made_from_tuple(UnitView)


def fact_label(element: etree._Element, qname: QName, fact_id: str | None) -> str:
    """The fact as findings name it: its name as written (prefix and local name) and its id,
    or its contextRef when it has no id."""
    prefix = element.prefix
    name = f"{prefix}:{qname[1]}" if prefix else qname[1]
    return f"{name}#{fact_id}" if fact_id else f"{name}@{element.get('contextRef', '?')}"


def resolve_qname(element: etree._Element, text: str, namespaces: dict[str | None, str] | None = None) -> QName | None:
    """``prefix:local`` resolved against the namespaces in scope at ``element`` (``namespaces``:
    those, when the caller knows them: see ``InstanceView._namespaces``)."""
    prefix, _, local = text.rpartition(":")
    namespace = (element.nsmap if namespaces is None else namespaces).get(prefix or None)
    if not local or (prefix and namespace is None):
        return None
    return (namespace or "", local)


def _measures(parent: etree._Element, namespaces: dict[str | None, str] | None = None) -> tuple[Measure, ...]:
    texts = [(m, (m.text or "").strip()) for m in parent[:] if m.tag == MEASURE]  # (see _first_child)
    return tuple(Measure(resolve_qname(m, text, namespaces), text) for m, text in texts)


# a tag -> its QName: an instance names few concepts, and every instance of one taxonomy the same
_QNAMES: dict[str, QName] = {}
_QNAMES_MAX = 4096  # hostile input may name many: past this, QNames are worked out afresh


def _qname(element: etree._Element, tag: str | None = None) -> QName:
    tag = tag or element.tag
    known = _QNAMES.get(tag)
    if known is not None:
        return known
    if tag[0] == "{":
        namespace, _, local = tag[1:].partition("}")
        qname = (namespace, local)
    else:
        qname = ("", tag)
    if len(_QNAMES) < _QNAMES_MAX:
        _QNAMES[tag] = qname
    return qname


def _canonical(element: etree._Element) -> tuple:
    """Content of a segment or scenario, comparable across contexts (attribute order, blanks ignored)."""
    return tuple(
        (node.tag, tuple(sorted(node.items())), (node.text or "").strip())  # (items(): no _Attrib proxy)
        for node in element.iter(etree.Element)
    )
