"""What every family extractor receives and returns.

A family extractor is a plain function ``(DocumentContext) -> Found``. The dispatcher in
``converter.extract`` runs the generic extractors (document and entity facts, the registrant's
address) and then the ones registered for the document's family, and merges what they found.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from converter.model import (
    Classification,
    FilingHeader,
    Mention,
    Observation,
    Period,
    SourceDocument,
    Span,
)


@dataclass(frozen=True)
class DocumentContext:
    """The document and what is already known about it when family extractors run."""

    document: SourceDocument
    classification: Classification
    header: FilingHeader | None
    document_date: dt.date | None  # the date the document bears, if found
    document_period: Period  # duration that document-level facts are reported for
    registrant: str | None  # the registrant / issuer name as the document states it

    @property
    def text(self) -> str:
        return self.document.text

    def span(self, start: int, end: int) -> Span:
        """Raw span of a clean-text range (see ``SourceDocument.span``)."""
        return self.document.span(start, end)

    def dei_period(self) -> Period:
        return self.document_period


@dataclass(frozen=True)
class Found:
    observations: tuple[Observation, ...] = ()
    unmapped: tuple[Mention, ...] = ()
    warnings: tuple[str, ...] = ()

    def __add__(self, other: "Found") -> "Found":
        return Found(
            self.observations + other.observations,
            self.unmapped + other.unmapped,
            self.warnings + other.warnings,
        )


FamilyExtractor = Callable[[DocumentContext], Found]
