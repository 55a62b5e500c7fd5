"""Read a doc2xbrl taxonomy (the entry point XSD, its label and definition linkbases).

Works on the packaged ``schemas/`` or on a copy of the four files next to an instance: the
linkbases are found through the schema's ``link:linkbaseRef`` elements, relative to it.
"""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Iterable, Mapping

from lxml import etree

from converter.errors import TaxonomyError
from converter.resources import schemas_dir
from converter.taxonomy import names as n
from converter.xmlsafe import Refused, is_remote, parse_file

# canonical prefixes for the type names reported in Concept.item_type
_PREFIXES = {n.XBRLI: "xbrli", n.XBRLDT: "xbrldt", n.XS: "xs"}
_ITEM_HEADS = {f"{{{n.XBRLI}}}item", f"{{{n.XBRLDT}}}hypercubeItem", f"{{{n.XBRLDT}}}dimensionItem"}
_DIMENSION_HEAD = f"{{{n.XBRLDT}}}dimensionItem"
_XLINK = f"{{{n.XLINK}}}"


@dataclass(frozen=True)
class Concept:
    name: str
    item_type: str  # e.g. 'xbrli:monetaryItemType', 'd2x:perShareItemType'
    kind: str  # 'monetary' | 'perShare' | 'pure' | 'shares' | 'integer' | 'string' | 'date' | ...
    numeric: bool
    period_type: str  # 'instant' | 'duration'
    balance: str | None
    abstract: bool
    nillable: bool


@dataclass(frozen=True)
class Axis:
    name: str
    domain_element: str  # local name of the typed domain element, e.g. 'SignatoryKey'


@dataclass(frozen=True)
class HasHypercube:
    """One ``all`` relationship of a primary item (XDT 1.0 section 2.3.1): the axes of its
    hypercube, the context element they go in, and whether the cube is closed."""

    axes: frozenset[str]
    context_element: str  # "segment" or "scenario"
    closed: bool
    role: str = ""  # the extended link role: a fact must meet every cube of one role


@dataclass(frozen=True, eq=False)
class Taxonomy:
    namespace: str
    prefix: str
    entry_point: Path
    concepts: Mapping[str, Concept]
    axes: Mapping[str, Axis]
    # concept -> the axis sets its facts may carry; () means non-dimensional (no dimensions)
    dimension_sets: Mapping[str, tuple[frozenset[str], ...]]
    labels: Mapping[tuple[str, str, str], str]  # (concept, 'label'|'documentation', lang) -> text
    # concept -> its has-hypercube relationships (one per ELR: our cubes each have their own);
    # a concept with none is outside every hypercube
    hypercubes: Mapping[str, tuple[HasHypercube, ...]] = field(default_factory=lambda: MappingProxyType({}))

    def concept(self, name: str) -> Concept:
        try:
            return self.concepts[name]
        except KeyError:
            raise TaxonomyError(str(self.entry_point), f"unknown concept {name!r}") from None

    def label(self, name: str, lang: str = "en") -> str:
        """The standard label in ``lang`` (falling back to English, then to the name)."""
        self.concept(name)
        return self.labels.get((name, "label", lang)) or self.labels.get((name, "label", "en")) or name


def _qname(element: etree._Element, value: str | None, local_prefix: str) -> str | None:
    if not value:
        return None
    prefix, _, local = value.rpartition(":")
    namespace = element.nsmap.get(prefix or None)
    if namespace is None:
        return value
    if namespace == element.getroottree().getroot().get("targetNamespace"):
        return f"{local_prefix}:{local}"
    return f"{_PREFIXES.get(namespace, prefix)}:{local}"


def _clark(element: etree._Element, value: str) -> str:
    prefix, _, local = value.rpartition(":")
    return f"{{{element.nsmap.get(prefix or None, '')}}}{local}"


def _parse(path: Path, folder: Path) -> etree._ElementTree:
    """A taxonomy file inside ``folder`` (the entry point's), read safely (``converter.xmlsafe``)."""
    try:
        return parse_file(path, (folder,))
    except Refused as refusal:
        what = "cannot read taxonomy file" if refusal.code == "io:missing" else "taxonomy file refused"
        raise TaxonomyError(str(path), f"{what}: {refusal.reason}", refusal.code) from None
    except (OSError, etree.XMLSyntaxError) as exc:
        raise TaxonomyError(str(path), f"cannot read taxonomy file: {exc}") from exc


def _concept(element: etree._Element, prefix: str) -> Concept:
    item_type = _qname(element, element.get("type"), prefix) or "xbrli:stringItemType"
    kind = n.KIND_OF_TYPE.get(item_type, item_type.partition(":")[2].removesuffix("ItemType"))
    return Concept(
        name=element.get("name", ""),
        item_type=item_type,
        kind=kind,
        numeric=kind in n.NUMERIC_KINDS,
        period_type=element.get(f"{{{n.XBRLI}}}periodType", ""),
        balance=element.get(f"{{{n.XBRLI}}}balance"),
        abstract=element.get("abstract") in ("true", "1"),
        nillable=element.get("nillable") in ("true", "1"),
    )


def _read_schema(root: etree._Element, prefix: str) -> tuple[dict[str, Concept], dict[str, Axis], dict[str, str]]:
    by_id: dict[str, str] = {}
    concepts: dict[str, Concept] = {}
    dimensions: dict[str, str] = {}
    for element in root.iterchildren(f"{{{n.XS}}}element"):
        name = element.get("name", "")
        if element.get("id"):
            by_id[element.get("id", "")] = name
        head = element.get("substitutionGroup")
        if head and _clark(element, head) in _ITEM_HEADS:
            concepts[name] = _concept(element, prefix)
            if _clark(element, head) == _DIMENSION_HEAD and element.get(f"{{{n.XBRLDT}}}typedDomainRef"):
                dimensions[name] = element.get(f"{{{n.XBRLDT}}}typedDomainRef", "").rpartition("#")[2]
    axes = {name: Axis(name, by_id.get(ref, ref)) for name, ref in dimensions.items()}
    return concepts, axes, by_id


def _linkbase_paths(root: etree._Element, folder: Path) -> list[Path]:
    refs = root.iterfind(f"{{{n.XS}}}annotation/{{{n.XS}}}appinfo/{{{n.LINK}}}linkbaseRef")
    hrefs = [ref.get(f"{_XLINK}href", "") for ref in refs]
    for href in hrefs:
        if is_remote(href):
            raise TaxonomyError(href, "remote linkbase refused (no network)", "security:remoteLinkbase")
    return [folder / href for href in hrefs]


def _locators(link: etree._Element, by_id: Mapping[str, str]) -> dict[str, str]:
    """xlink:label of each locator -> concept local name."""
    return {
        loc.get(f"{_XLINK}label", ""): by_id.get(loc.get(f"{_XLINK}href", "").rpartition("#")[2], "")
        for loc in link.iterchildren(f"{{{n.LINK}}}loc")
    }


def _arcs(link: etree._Element) -> Iterable[etree._Element]:
    return (child for child in link if child.get(f"{_XLINK}type") == "arc")


def _read_labels(link: etree._Element, by_id: Mapping[str, str], labels: dict[tuple[str, str, str], str]) -> None:
    locs = _locators(link, by_id)
    resources: dict[str, list[etree._Element]] = defaultdict(list)
    for resource in link.iterchildren(f"{{{n.LINK}}}label"):
        resources[resource.get(f"{_XLINK}label", "")].append(resource)
    for arc in _arcs(link):
        concept = locs.get(arc.get(f"{_XLINK}from", ""))
        for resource in resources.get(arc.get(f"{_XLINK}to", ""), ()):
            role = resource.get(f"{_XLINK}role", n.LABEL_ROLE)
            lang = resource.get(f"{{{n.XML_NS}}}lang", "")
            if concept:
                labels[(concept, n.LABEL_ROLES.get(role, role), lang)] = "".join(resource.itertext())


def _read_cubes(link: etree._Element, by_id: Mapping[str, str], cubes: dict[str, set[HasHypercube]]) -> None:
    """Add the has-hypercube (all) relationships of one definition ELR to its primary items."""
    locs = _locators(link, by_id)
    children: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    has_hypercube: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)
    for arc in _arcs(link):
        source, target = locs.get(arc.get(f"{_XLINK}from", "")), locs.get(arc.get(f"{_XLINK}to", ""))
        if not (source and target):
            continue
        arcrole = arc.get(f"{_XLINK}arcrole", "")
        children[arcrole][source].append(target)
        if arcrole == n.ALL:
            element = arc.get(f"{{{n.XBRLDT}}}contextElement", "segment")
            closed = arc.get(f"{{{n.XBRLDT}}}closed", "false") in ("true", "1")
            has_hypercube[source].append((target, element, closed))
    role = link.get(f"{_XLINK}role", "")
    for primary, hypercubes in has_hypercube.items():
        members, stack = {primary}, [primary]
        while stack:
            for member in children[n.DOMAIN_MEMBER].get(stack.pop(), ()):
                if member not in members:
                    members.add(member)
                    stack.append(member)
        for hypercube, element, closed in hypercubes:
            cube = HasHypercube(frozenset(children[n.HYPERCUBE_DIMENSION].get(hypercube, ())), element, closed, role)
            for member in members:
                cubes[member].add(cube)


def _version(path: Path) -> tuple[tuple[str, int, int], ...]:
    """Size and modification time of the taxonomy files beside ``path``: a changed copy is re-read."""
    version = []
    for name, file in _taxonomy_files(path):
        try:
            stat = os.stat(file)
        except OSError:
            continue
        version.append((name, stat.st_mtime_ns, stat.st_size))
    return tuple(version)


@lru_cache(maxsize=32)
def _taxonomy_files(path: Path) -> tuple[tuple[str, str], ...]:
    """``(name, path)`` of the entry point and the files beside it (map and validate ask per instance)."""
    return tuple((candidate.name, str(candidate)) for candidate in (path, *(path.parent / name for name in n.TAXONOMY_FILES[1:])))


@lru_cache(maxsize=32)
def _load(path: Path, version: tuple[tuple[str, int, int], ...]) -> Taxonomy:
    root = _parse(path, path.parent).getroot()
    namespace = root.get("targetNamespace") or ""
    if root.tag != f"{{{n.XS}}}schema" or not namespace:
        raise TaxonomyError(str(path), "not a taxonomy schema (xs:schema with a targetNamespace)")
    prefix = next((p for p, ns in root.nsmap.items() if ns == namespace and p), n.PREFIX)
    concepts, axes, by_id = _read_schema(root, prefix)
    if not concepts:
        raise TaxonomyError(str(path), "the schema declares no XBRL concepts")
    labels: dict[tuple[str, str, str], str] = {}
    cubes: dict[str, set[HasHypercube]] = defaultdict(set)
    for linkbase in _linkbase_paths(root, path.parent):
        for link in _parse(linkbase, path.parent).getroot():
            if link.tag == f"{{{n.LINK}}}labelLink":
                _read_labels(link, by_id, labels)
            elif link.tag == f"{{{n.LINK}}}definitionLink":
                _read_cubes(link, by_id, cubes)
    hypercubes = {
        name: tuple(sorted(cubes.get(name, ()), key=lambda c: (c.role, sorted(c.axes), c.context_element, c.closed)))
        for name in sorted(concepts)
    }
    dimension_sets = {name: tuple(dict.fromkeys(c.axes for c in found)) for name, found in hypercubes.items()}
    return Taxonomy(
        namespace=namespace,
        prefix=prefix,
        entry_point=path,
        concepts=MappingProxyType(concepts),
        axes=MappingProxyType(axes),
        dimension_sets=MappingProxyType(dimension_sets),
        labels=MappingProxyType(labels),
        hypercubes=MappingProxyType(hypercubes),
    )


def load_taxonomy(xsd_path: Path | None = None) -> Taxonomy:
    """The taxonomy whose entry point is ``xsd_path`` (default: the packaged one), read once
    per version of its files."""
    path = Path(xsd_path).resolve() if xsd_path is not None else _packaged_entry_point()
    return _load(path, _version(path))


@cache
def _packaged_entry_point() -> Path:
    """The packaged entry point, resolved once (``schemas_dir`` is fixed for the process too)."""
    return (schemas_dir() / n.ENTRY_POINT).resolve()
