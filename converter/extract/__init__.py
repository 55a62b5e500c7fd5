"""The extract stage: a classified document in, an ``Extraction`` (observations) out.

Document-level facts come first (they fix the entity and the period), then the generic
extractors that apply to any document, then the extractors of the document's family. Which
extractor serves which family is the table below, not a chain of ifs.
"""

from __future__ import annotations

import importlib
from functools import cache

from converter.extract.base import DocumentContext, FamilyExtractor, Found
from converter.extract.document import DocumentInfo, Located, read_document_info
from converter.model import (
    Classification,
    DocumentFamily,
    EntityInfo,
    Extraction,
    FilingHeader,
    Observation,
    SourceDocument,
)

GENERIC_EXTRACTORS = ("converter.extract.address_facts:extract_entity_contact_details",)

FAMILY_EXTRACTORS: dict[DocumentFamily, tuple[str, ...]] = {
    DocumentFamily.COVER_6K: ("converter.extract.cover_6k:extract_cover_6k",),
    DocumentFamily.PRESS_RELEASE: ("converter.extract.press_release:extract_press_release",),
    DocumentFamily.JOINT_FILING_AGREEMENT: ("converter.extract.joint_filing:extract_joint_filing_agreement",),
    DocumentFamily.SCHEDULE_13: ("converter.extract.joint_filing:extract_schedule_13",),
    DocumentFamily.OTHER: (),
}


@cache
def _load(target: str) -> FamilyExtractor:
    module, _, function = target.partition(":")
    return getattr(importlib.import_module(module), function)


def extractors_for(family: DocumentFamily) -> tuple[FamilyExtractor, ...]:
    return tuple(_load(t) for t in GENERIC_EXTRACTORS + FAMILY_EXTRACTORS[family])


def _document_observations(ctx: DocumentContext, info: DocumentInfo) -> list[Observation]:
    period = ctx.document_period
    found: list[Observation] = []

    def add(concept: str, located: Located | None, rule: str) -> None:
        if located is None:
            return
        value = located.value
        span = ctx.span(located.start, located.end) if located.end > located.start else None
        found.append(Observation(concept, value, period, lang="en" if isinstance(value, str) else None,
                                 span=span, rule=rule))

    add("DocumentType", info.document_type, "document:type")
    add("DocumentDate", info.document_date, "document:date")
    add("DocumentTitle", info.title, "document:title")
    add("DocumentPeriodEndDate", info.period_end, "document:period")
    add("EntityRegistrantName", info.registrant, "document:registrant")
    if ctx.header and ctx.header.cik:
        add("EntityCentralIndexKey", Located(ctx.header.cik), "header:cik")
    return found


def _issuer_as_registrant(observations: tuple[Observation, ...]) -> tuple[Observation, ...]:
    """A Schedule 13D/13G document is about its subject company: that is the registrant."""
    for obs in observations:
        if obs.concept == "SubjectCompanyName":
            return (Observation("EntityRegistrantName", obs.value, obs.period, lang=obs.lang, span=obs.span,
                                rule="document:subject company"),)
    return ()


def _entity(info: DocumentInfo, observations: tuple[Observation, ...], cik: str | None) -> EntityInfo:
    name = str(info.registrant.value) if info.registrant else None
    if name is None:
        name = next((str(o.value) for o in observations if o.concept == "SubjectCompanyName"), None)
    return EntityInfo(name=name, cik=cik)


def extract(
    document: SourceDocument,
    classification: Classification,
    header: FilingHeader | None = None,
    *,
    cik: str | None = None,
) -> Extraction:
    """Everything the document states that the taxonomy can hold, with spans."""
    info = read_document_info(document, classification, header)
    ctx = DocumentContext(
        document=document,
        classification=classification,
        header=header,
        document_date=info.document_date.value if info.document_date else None,
        document_period=info.document_period,
        registrant=str(info.registrant.value) if info.registrant else None,
    )
    found = Found(tuple(_document_observations(ctx, info)))
    for extractor in extractors_for(classification.family):
        found = found + extractor(ctx)
    if info.registrant is None:
        found = found + Found(_issuer_as_registrant(found.observations))
    cik = cik or (header.cik if header else None)
    return Extraction(
        document=document,
        classification=classification,
        entity=_entity(info, found.observations, cik),
        document_period=info.document_period,
        observations=found.observations,
        unmapped=found.unmapped,
        warnings=found.warnings,
    )
