"""What a converted document yielded, and why a document that yields few or no facts did.

Every document gives its own facts (type, date, title, registrant: the document reader's); the
readers of ``data/readers.tsv`` give the rest. When they give fewer than ``FEW_FACTS``, the
manifest says why, in the words a user can act on:

- ``no date found: document and entity facts reported for forever (give --date)``
- ``no reader found evidence (readers run: entity contact details)``
- ``12 figures found but left unmapped, for 2 reasons: a bound... (7), no rule binds... (5)``
  (the leftovers scan, run only for such documents: it costs as much as a reader)
- ``no facts``
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from converter.pipeline import Converted

FEW_FACTS = 3  # fewer facts than this from the readers, beyond the document's own, are "few"
DOCUMENT_RULES = ("document:", "header:")  # rules of the document's own facts (extract/__init__.py)
REASONS_LISTED = 3  # the most frequent reasons of unmapped figures named in the manifest


@dataclass(frozen=True)
class DocumentOutcome:
    """One document of an input: its output, family, fact count and, when few, the reason."""

    output: str
    family: str
    facts: int
    reason: str | None = None

    def record(self) -> dict:
        return asdict(self)


def reader_facts(converted: "Converted") -> int:
    """Observations made by the readers (not the document's own type, date, title, registrant)."""
    return sum(not o.rule.startswith(DOCUMENT_RULES) for o in converted.extraction.observations)


def few_facts_reason(converted: "Converted") -> str | None:
    """Why the readers found few facts in the document, or None when they found enough."""
    found = reader_facts(converted)
    if found >= FEW_FACTS:
        return None
    extraction = converted.extraction
    reasons = []
    if extraction.document_period.is_forever:
        reasons.append("no date found: document and entity facts reported for forever (give --date)")
    if found == 0:
        reasons.append(f"no reader found evidence (readers run: {', '.join(_readers_run(converted)) or 'none'})")
    else:
        reasons.append(f"the readers found {found} fact{'s' if found > 1 else ''}")
    unmapped = _unmapped_reasons(converted)
    if unmapped:
        total = sum(unmapped.values())
        listed = ", ".join(f"{why} ({count})" for why, count in unmapped.most_common(REASONS_LISTED))
        more = f", and {len(unmapped) - REASONS_LISTED} more" if len(unmapped) > REASONS_LISTED else ""
        reasons.append(f"{total} figure{'s' if total > 1 else ''} found but left unmapped, for "
                       f"{len(unmapped)} reason{'s' if len(unmapped) > 1 else ''}: {listed}{more}")
    if not converted.instance.facts:
        reasons.append("no facts")
    return "; ".join(reasons)


def _readers_run(converted: "Converted") -> list[str]:
    from converter.extract import readers_for

    extraction = converted.extraction
    return [r.name for r in readers_for(extraction.classification.family, extraction.document.text)]


def _unmapped_reasons(converted: "Converted") -> Counter[str]:
    from converter.extract.mechanisms.leftovers import unmapped_figures

    return Counter(mention.reason for mention in unmapped_figures(converted.extraction))


def document_outcome(converted: "Converted") -> DocumentOutcome:
    return DocumentOutcome(converted.output_name, converted.extraction.classification.family.value,
                           len(converted.instance.facts), few_facts_reason(converted))
