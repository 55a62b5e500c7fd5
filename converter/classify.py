"""Which family a document belongs to, decided from its language and layout.

Every phrase of ``data/document_families.tsv`` that the text shows adds its weight to its family;
the EDGAR ``<TYPE>`` adds the weight ``data/edgar_document_types.tsv`` gives it. The highest total
wins if it reaches ``MIN_SCORE``; the matched phrases are kept as evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from converter.model import Classification, DocumentFamily, FilingHeader, SourceDocument
from converter.parse.gates import GatedAlternatives, GatedSet, folded_piece, folded_text
from converter.resources import data_rows

HEAD_CHARS = 3000
MIN_SCORE = 4


@dataclass(frozen=True)
class Evidence:
    family: DocumentFamily
    weight: int
    scope: str
    pattern: re.Pattern[str]
    meaning: str


@cache
def evidence_table() -> tuple[Evidence, ...]:
    flags = re.IGNORECASE | re.MULTILINE | re.DOTALL
    return tuple(
        Evidence(DocumentFamily(family), int(weight), scope, re.compile(regex, flags), meaning)
        for family, weight, scope, regex, meaning in data_rows("document_families.tsv")
    )


@cache
def _gated_evidence() -> tuple[tuple[Evidence, GatedAlternatives], ...]:
    """Each phrase as its top-level alternatives, each with the words it needs: most documents
    lack most phrases' words, and a substring test is far cheaper than a case-insensitive scan of
    the whole text. Classifying asks only whether a phrase shows, and a pattern shows exactly when
    one of its alternatives does; gated one by one, an alternative's rare words (``which
    financial statement item``) are not lost to a common word of another (``follow``)."""
    return tuple((evidence, GatedAlternatives(evidence.pattern)) for evidence in evidence_table())


@dataclass(frozen=True)
class _ScopeTable:
    """The alternatives of every phrase of one scope in one ``GatedSet`` (each word of a first
    gate is looked for once, not once for each phrase that needs it: the phrases share many),
    with the phrase (its place in ``evidence_table``) of each and each as a pattern of its own
    that is only asked whether it matches (``GatedAlternatives`` of one alternative)."""

    gated: GatedSet
    row_of: tuple[int, ...]
    searches: tuple[GatedAlternatives, ...]


@cache
def _scope_tables() -> dict[str, _ScopeTable]:
    built: dict[str, tuple[list, list, list]] = {}
    for row, (evidence, alternatives) in enumerate(_gated_evidence()):
        gated, rows, searches = built.setdefault(evidence.scope, ([], [], []))
        for alternative in alternatives.alternatives:
            gated.append(alternative)
            rows.append(row)
            searches.append(GatedAlternatives(alternative.pattern))  # (no outer | left to split)
    return {scope: _ScopeTable(GatedSet(g), tuple(r), tuple(s)) for scope, (g, r, s) in built.items()}


def _phrases_shown(text: str, folded: str, table: _ScopeTable) -> set[int]:
    """The rows of ``evidence_table`` of ``table``'s scope that ``text`` (``folded``: its fold)
    shows: ``alternatives.found_in(text, folded, len(text))`` of each, its alternatives' gates
    tested all at once (``GatedSet.passing``) and only those that pass tried."""
    shown: set[int] = set()
    for k in table.gated.passing(folded):
        row = table.row_of[k]
        if row not in shown and table.searches[k].found_in(text, folded, len(text)):
            shown.add(row)
    return shown


@cache
def document_type_table() -> tuple[tuple[re.Pattern[str], DocumentFamily, int], ...]:
    return tuple(
        (re.compile(rf"(?:{regex})", re.IGNORECASE), DocumentFamily(family), int(weight))
        for regex, family, weight in data_rows("edgar_document_types.tsv")
    )


@cache
def _family_rank() -> dict[DocumentFamily, int]:
    """Each family's place in ``DocumentFamily`` (iterating an enum runs Python code each time)."""
    return {family: i for i, family in enumerate(DocumentFamily)}


def _type_evidence(doc_type: str | None, source: str, scores: dict[DocumentFamily, int],
                   reasons: dict[DocumentFamily, list[str]]) -> None:
    """The weight ``data/edgar_document_types.tsv`` gives an EDGAR type, added to its family."""
    if not doc_type:
        return
    for pattern, family, weight in document_type_table():
        if pattern.fullmatch(doc_type.strip()):
            scores[family] = scores.get(family, 0) + weight
            reasons.setdefault(family, []).append(f"{source} {doc_type}")


def classify(document: SourceDocument, header: FilingHeader | None = None) -> Classification:
    """Family of ``document`` with the evidence that decided it. ``header``: the EDGAR header
    of its submission; its submission type decides a document without an EDGAR type of its own
    (a copy of a submission whose lines ran together, or only its header) whose text decides
    nothing: the submission is that document.

    >>> from converter.model import Segment
    >>> text = "FORM 6-K\\nREPORT OF FOREIGN PRIVATE ISSUER\\nPursuant to Rule 13a-16 or 15d-16"
    >>> doc = SourceDocument("x", text, text, (Segment(0, 0, len(text)),))
    >>> c = classify(doc)
    >>> c.family.value, c.score
    ('6-K cover', 14)
    >>> bare = SourceDocument("y", "NOTHING TO SAY", "NOTHING TO SAY", (Segment(0, 0, 14),))
    >>> classify(bare).family.value, classify(bare, FilingHeader(form_type="SC 13G/A")).family.value
    ('other', 'schedule 13D/13G')
    """
    scores: dict[DocumentFamily, int] = {}
    reasons: dict[DocumentFamily, list[str]] = {}
    head = document.text[:HEAD_CHARS]
    whole = document.text
    folded_whole = folded_text(whole)  # (the readers' evidence reads the same fold)
    folded_head = folded_piece(whole, 0, HEAD_CHARS)  # (cut from the whole's fold where it can be)
    shown: set[int] = set()
    for scope, table in _scope_tables().items():
        haystack, folded = (head, folded_head) if scope == "head" else (whole, folded_whole)
        shown |= _phrases_shown(haystack, folded, table)
    for row, evidence in enumerate(evidence_table()):  # (in the table's order: the reasons are)
        if row in shown:
            scores[evidence.family] = scores.get(evidence.family, 0) + evidence.weight
            reasons.setdefault(evidence.family, []).append(evidence.meaning)
    _type_evidence(document.doc_type, "EDGAR type", scores, reasons)
    if not document.doc_type and header and header.form_type and max(scores.values(), default=0) < MIN_SCORE:
        _type_evidence(header.form_type, "EDGAR header type", scores, reasons)
    if not scores:
        return Classification(DocumentFamily.OTHER, 0, ())
    # Ties go to the family listed first in DocumentFamily, so the answer is deterministic.
    rank = _family_rank()
    best = max(scores, key=lambda f: (scores[f], -rank[f]))
    if scores[best] < MIN_SCORE:
        return Classification(DocumentFamily.OTHER, scores[best], tuple(reasons[best]))
    return Classification(best, scores[best], tuple(reasons[best]))
