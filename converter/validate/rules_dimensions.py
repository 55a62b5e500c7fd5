"""XBRL Dimensions 1.0 rules for instances (section 3), one function per error code.

doc2xbrl's taxonomy has typed dimensions only (``...Axis`` with a typed domain element);
``taxonomy.hypercubes[concept]`` holds a primary item's has-hypercube relationships (axes,
context element, closed). Validity is XDT's, as Arelle applies it: a primary item outside every
hypercube is valid in any context; otherwise a fact is valid when the cubes of one of its
extended link roles are all met, each in its own context element. Codes are the Dimensions 1.0
error codes (``xbrldie:...``) Arelle reports for the same problems.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from converter.validate.findings import ERROR, Finding
from converter.validate.instance import ContextView, InstanceView, Member
from converter.validate.rules_items import at_fact, known_facts


def at_member(view: InstanceView, context: ContextView, member: Member, code: str, message: str) -> Finding:
    return Finding(code, ERROR, f"context {context.id!r}: {message}", view.name, member.line or context.line, None)


def axis_of(member: Member, taxonomy: Any) -> Any | None:
    """The taxonomy axis a typed member's dimension attribute names, or None."""
    if member.kind != "typed" or member.dimension is None:
        return None
    namespace, local = member.dimension
    return taxonomy.axes.get(local) if namespace == taxonomy.namespace else None


def domain_qname(axis: Any, taxonomy: Any) -> tuple[str, str]:
    """The typed domain element of an axis as ``(namespace, local name)``."""
    name = str(axis.domain_element)
    if name.startswith("{"):
        namespace, _, local = name[1:].partition("}")
        return namespace, local
    return taxonomy.namespace, name.rpartition(":")[2]


@lru_cache(maxsize=8)
def typed_domains(taxonomy: Any) -> dict[str, tuple[str, str]]:
    """Each axis's local name -> :func:`domain_qname` of the axis, worked out once per taxonomy
    (immutable, hashed by identity) rather than once per typed member."""
    return {local: domain_qname(axis, taxonomy) for local, axis in taxonomy.axes.items()}


def members(view: InstanceView) -> Iterator[tuple[ContextView, Member]]:
    for context in view.contexts.values():
        for member in context.members:
            yield context, member


def typed_member_of_typed_dimension(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """3.1.4.4 (xbrldie:TypedMemberNotTypedDimensionError): a typed member's dimension is a
    typed dimension of the taxonomy."""
    for context, member in members(view):
        if member.kind == "typed" and axis_of(member, taxonomy) is None:
            yield at_member(view, context, member, "xbrldie:TypedMemberNotTypedDimensionError", f"{member.dimension_text or '(no dimension)'} is not a typed dimension (axis) of the taxonomy")


def explicit_member_of_explicit_dimension(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """3.1.4.2 (xbrldie:ExplicitMemberNotExplicitDimensionError): an explicit member's dimension
    is an explicit dimension of the taxonomy; doc2xbrl's taxonomy has none."""
    for context, member in members(view):
        if member.kind == "explicit":
            yield at_member(view, context, member, "xbrldie:ExplicitMemberNotExplicitDimensionError", f"{member.dimension_text or '(no dimension)'} is not an explicit dimension of the taxonomy")


def typed_member_content(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """3.1.4.4: a typed member holds exactly one element, the axis's typed domain element."""
    domains = typed_domains(taxonomy)
    for context, member in members(view):
        if axis_of(member, taxonomy) is None:
            continue
        expected = domains[member.dimension[1]]  # (axis_of found the axis of this local name)
        if member.elements != (expected,):
            found = ", ".join(local for _, local in member.elements) or "nothing"
            yield at_member(view, context, member, "xbrldie:IllegalTypedDimensionContentError", f"typed member of {member.dimension_text} holds {found}, expected one {expected[1]}")


def typed_member_not_empty(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """doc2xbrl taxonomy contract: a typed member's value (the record key) is not empty."""
    for context, member in members(view):
        if member.kind == "typed" and member.elements and not member.value:
            yield at_member(view, context, member, "d2x:typedMemberEmpty", f"typed member of {member.dimension_text} has an empty value")


def dimension_not_repeated(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """3.1.4.1 (xbrldie:RepeatedDimensionInInstanceError): a dimension appears once per context."""
    for context in view.contexts.values():
        seen: set[tuple[str, str]] = set()
        for member in context.members:
            if member.dimension in seen:
                yield at_member(view, context, member, "xbrldie:RepeatedDimensionInInstanceError", f"dimension {member.dimension_text} appears more than once")
            if member.dimension is not None:
                seen.add(member.dimension)


def fact_dimensionally_valid(view: InstanceView, taxonomy: Any) -> Iterator[Finding]:
    """3.1.1 / 2.3.1 (xbrldie:PrimaryItemDimensionallyInvalidError): a primary item outside
    every hypercube is valid in any context; otherwise the cubes of one of its roles must all be
    met (:func:`cube_met`)."""
    hypercubes = getattr(taxonomy, "hypercubes", {})
    shapes: dict[str, tuple] = {}  # context id -> its dimensional shape
    for fact, _, _, context, _ in known_facts(view, taxonomy):
        cubes = hypercubes.get(fact.qname[1], ())
        if context is None or not cubes:
            continue
        shape = shapes.get(context.id)
        if shape is None:
            shape = shapes[context.id] = dimensional_shape(context)
        if not meets_a_role(taxonomy, fact.qname[1], shape):
            axes = frozenset(m.dimension[1] for m in context.members if m.dimension)
            yield at_fact(view, fact, "xbrldie:PrimaryItemDimensionallyInvalidError", f"{fact.qname[1]} in context {context.id!r}: {why_invalid(axes, tuple(c.axes for c in cubes))}")


Shape = tuple[frozenset[tuple[str, str]], frozenset[str]]


def dimensional_shape(context: ContextView) -> Shape:
    """All of a context that :func:`cube_met` reads: its axes (local names) with the context
    element that holds each, and the context elements holding other content."""
    return frozenset((m.where, m.dimension[1]) for m in context.members if m.dimension), context.other_content


@lru_cache(maxsize=8192)
def meets_a_role(taxonomy: Any, concept: str, shape: Shape) -> bool:
    """The cubes of one of the primary item's extended link roles are all met. Cached: the
    taxonomy is immutable (and hashed by identity; the cache holds it, so its id is never
    reused) and the same concepts meet the same shapes of context in every instance."""
    roles: dict[str, list[Any]] = {}
    for cube in taxonomy.hypercubes[concept]:
        roles.setdefault(cube.role, []).append(cube)
    return any(all(cube_met(cube, shape) for cube in role) for role in roles.values())


def cube_met(cube: Any, shape: Shape) -> bool:
    """XDT 1.0 section 2.3.1 as Arelle applies it: every axis of the cube has a member in the
    cube's context element (typed dimensions have no default); a closed cube admits no other
    dimension and no other content there. The other context element is not the cube's concern."""
    axes, other_content = shape
    here = {axis for where, axis in axes if where == cube.context_element}
    if not cube.axes <= here:
        return False
    return not cube.closed or (here == cube.axes and cube.context_element not in other_content)


def why_invalid(axes: frozenset[str], allowed: tuple[frozenset[str], ...]) -> str:
    """
    >>> why_invalid(frozenset({"SignatoryAxis"}), ())
    'the concept takes no dimensions, the context has SignatoryAxis'
    >>> why_invalid(frozenset(), (frozenset({"SignatoryAxis"}),))
    'the concept needs dimensions SignatoryAxis, the context has none'
    """
    has = ", ".join(sorted(axes)) or "none"
    if not allowed:
        return f"the concept takes no dimensions, the context has {has}"
    needs = " or ".join(", ".join(sorted(s)) or "none" for s in allowed)
    return f"the concept needs dimensions {needs}, the context has {has}"


RULES = (
    typed_member_of_typed_dimension,
    explicit_member_of_explicit_dimension,
    typed_member_content,
    typed_member_not_empty,
    dimension_not_repeated,
    fact_dimensionally_valid,
)
