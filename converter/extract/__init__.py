"""The extract stage: a classified document in, an ``Extraction`` (observations) out.

Document-level facts come first (they fix the entity and the period), then the readers of
``data/readers.tsv``: each runs on the families it is listed for and on any other document where
its evidence appears, so a 6-K whose body is an earnings release meets the figure readers and a
document of no known family is still read. Which reader serves which document is that table,
not a chain of ifs.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from converter.extract.base import DocumentContext, FamilyExtractor, Found
from converter.extract.document import DocumentInfo, Located, read_document_info
from converter.extract.mechanisms.countries import incorporation_country
from converter.extract.mechanisms.declared_dollars import settle_bare_dollars
from converter.extract.mechanisms.officers import find_officers
from converter.extract.mechanisms.sentences import lang_of
from converter.extract.registrant import legal_form
from converter.model import (
    Classification,
    DocumentFamily,
    EntityInfo,
    Extraction,
    FilingHeader,
    Observation,
    SourceDocument,
)
from converter.parse.gates import GatedAlternatives, folded_piece, folded_text
from converter.resources import data_rows

HEAD_CHARS = 5000


@dataclass(frozen=True)
class Reader:
    """One row of ``data/readers.tsv``: a reader, the families it always runs on, and the
    evidence that makes it run on any other document."""

    name: str
    target: str
    families: frozenset[str]  # family values; "*" = every family
    scope: str  # head | any
    evidence: GatedAlternatives | None  # the regex, each alternative behind the words it needs
    never: frozenset[str] = frozenset()  # families it never runs on, whatever their text holds

    def applies(self, family: str, text: str, folded: "_Folded") -> bool:
        """Whether the reader runs on a document of ``family`` (a ``DocumentFamily``'s value:
        reading an enum's ``.value`` runs Python code, so the caller reads it once)."""
        if family in self.never:
            return False
        if "*" in self.families or family in self.families:
            return True
        if self.evidence is None:
            return False
        if self.scope == "head":
            return self.evidence.found_in(text, folded.head, HEAD_CHARS)
        return self.evidence.found_in(text, folded.whole, len(text))

    @property
    def function(self) -> FamilyExtractor:
        return _load(self.target)


@cache
def readers() -> tuple[Reader, ...]:
    rows = []
    for name, target, families, scope, evidence in data_rows("readers.tsv"):
        listed = [] if families == "-" else [f.strip() for f in families.split(",")]
        chosen = frozenset(f for f in listed if not f.startswith("!"))
        never = frozenset(f[1:] for f in listed if f.startswith("!"))
        pattern = None if evidence == "-" else GatedAlternatives(re.compile(evidence, re.IGNORECASE))
        rows.append(Reader(name, target, chosen, scope, pattern, never))
    return tuple(rows)


@cache
def _load(target: str) -> FamilyExtractor:
    module, _, function = target.partition(":")
    return getattr(importlib.import_module(module), function)


class _Folded:
    """The case-folded head and whole of a text, each folded once and only when asked."""

    def __init__(self, text: str) -> None:
        self._text = text

    @functools.cached_property
    def head(self) -> str:
        return folded_piece(self._text, 0, HEAD_CHARS)  # (cut from ``whole`` where it can be)

    @functools.cached_property
    def whole(self) -> str:
        return folded_text(self._text)


@functools.lru_cache(maxsize=8)  # asked again by readers that defer to others (a str keeps its hash)
def readers_for(family: DocumentFamily, text: str) -> tuple[Reader, ...]:
    """The readers that run on a document of ``family`` with ``text``, in table order."""
    folded, value = _Folded(text), family.value
    return tuple(reader for reader in readers() if reader.applies(value, text, folded))


def _document_observations(ctx: DocumentContext, info: DocumentInfo) -> list[Observation]:
    period = ctx.document_period
    found: list[Observation] = []

    def add(concept: str, located: Located | None, rule: str, dimensions: tuple[tuple[str, str], ...] = ()) -> None:
        if located is None:
            return
        value = located.value
        span = ctx.span(located.start, located.end) if located.end > located.start else None
        lang = (located.lang or lang_of(value, ctx.text)) if isinstance(value, str) else None
        found.append(Observation(concept, value, period, lang=lang, span=span, rule=rule, dimensions=dimensions))

    add("DocumentType", info.document_type, "document:type")
    add("DocumentDate", info.document_date, "document:date")
    add("DocumentTitle", info.title, "document:title")
    add("DocumentPeriodEndDate", info.period_end, "document:period")
    add("BoardResolutionDate", info.dates.resolution_date, "document:resolution date")
    add("EntityRegistrantName", info.registrant, "document:registrant")
    add("EntityLegalForm", legal_form(ctx.text, info.registrant), "document:legal form")
    if info.registrant is not None:
        where = incorporation_country(ctx.text, info.registrant.start, info.registrant.end)
        add("EntityIncorporationCountryCode", where and Located(*where), "document:incorporation")
    if ctx.header and ctx.header.filer_cik:  # (a schedule's filer's, not its subject company's)
        add("EntityCentralIndexKey", Located(ctx.header.filer_cik), "header:cik")
    for number, (name, title) in enumerate(find_officers(ctx.text, info.registrant), start=1):
        member = (("OfficerAxis", str(number)),)
        add("OfficerName", name, "document:officer", member)
        add("OfficerTitle", title, "document:officer", member)
    return found


def _unbound(observations: tuple[Observation, ...], bound: dict[tuple[int, int], str]) -> tuple[Observation, ...]:
    """A figure or date an earlier reader bound to one concept is not bound again to another by a
    later one (the readers run from the most specific layout to the most general): the meeting
    date of a resolution's item is no results date of the press reader. Records ``bound``."""
    kept = [o for o in observations if not (
        isinstance(o.value, (Decimal, dt.date)) and o.span is not None
        and bound.get((o.span.start, o.span.end), o.concept) != o.concept)]
    for o in kept:
        if isinstance(o.value, (Decimal, dt.date)) and o.span is not None:
            bound.setdefault((o.span.start, o.span.end), o.concept)
    return tuple(kept)


def _entity(info: DocumentInfo, observations: tuple[Observation, ...], cik: str | None,
            header: FilingHeader | None = None) -> EntityInfo:
    """Who the contexts name: the registrant, else (a Schedule 13D/13G and its joint filing
    agreement, filed by the reporting persons) the filer its EDGAR header names (FILED BY),
    else the subject company the filing is about. The subject company is no
    EntityRegistrantName fact: it does not file the schedule."""
    name = str(info.registrant.value) if info.registrant else None
    if name is None and header is not None and header.company_section == "SUBJECT COMPANY":
        name = header.filed_by
    if name is None:
        name = next((str(o.value) for o in observations if o.concept == "SubjectCompanyName"), None)
    return EntityInfo(name=name, cik=cik)


def extract(
    document: SourceDocument,
    classification: Classification,
    header: FilingHeader | None = None,
    *,
    cik: str | None = None,
    user_date: dt.date | None = None,
) -> Extraction:
    """Everything the document states that the taxonomy can hold, with spans."""
    info = read_document_info(document, classification, header, user_date)
    ctx = DocumentContext(
        document=document,
        classification=classification,
        header=header,
        document_date=info.dates.anchor,
        document_period=info.document_period,
        registrant=str(info.registrant.value) if info.registrant else None,
    )
    # what the readers found, in their order: gathered in lists and made tuples once (a sum of
    # Founds made two Founds and copied every tuple again for each reader)
    observations, unmapped, warnings = _document_observations(ctx, info), [], list(info.warnings)
    bound: dict[tuple[int, int], str] = {}
    for reader in readers_for(classification.family, document.text):
        read: Found = reader.function(ctx)
        observations += _unbound(read.observations, bound)
        unmapped += read.unmapped
        warnings += read.warnings
    # a bare "$" is the dollar the document declares ("(in HK$ million)"), not the US dollar
    observations, left = settle_bare_dollars(document, observations)
    unmapped += left
    cik = cik or (header.filer_cik if header else None)
    kept = tuple(observations)
    return Extraction(
        document=document,
        classification=classification,
        entity=_entity(info, kept, cik, header),
        document_period=info.document_period,
        observations=kept,
        unmapped=tuple(unmapped),
        warnings=tuple(warnings),
    )
