"""Classifying tests the gates of every phrase's alternatives at once (one ``GatedSet`` for each
scope: each word of a first gate looked for once) and tries only the alternatives that pass. On
every test and example document, and on odd spellings, the phrases shown are those a plain
search finds, and ``classify`` answers as the plain scoring of ``document_families.tsv`` does."""

from __future__ import annotations

from pathlib import Path

from converter.classify import (
    HEAD_CHARS,
    MIN_SCORE,
    _phrases_shown,
    _scope_tables,
    classify,
    document_type_table,
    evidence_table,
)
from converter.model import Classification, DocumentFamily, Segment, SourceDocument
from converter.parse.gates import fold

ROOT = Path(__file__).resolve().parent.parent

_ODD = [
    "",
    "FORM 6-K\nREPORT OF FOREIGN PRIVATE ISSUER\nPursuant to Rule 13a-16 or 15d-16",
    "İSTANBUL REPORT OF FOREİGN PRİVATE ISSUER form 20-F",  # dotted capitals fold to i
    "SCHEDULE 13D\nUnder the Securities Exchange Act of 1934\n(Amendment No. 2)*",
    "x" * (HEAD_CHARS - 10) + "\nSCHEDULE 13G\nJOINT FILING AGREEMENT",  # across the head's end
    "決算短信\n平成18年3月期\n主要事業内容",
    "주요사항보고서\n이사회 결의\n보도자료",
]


def _texts() -> list[str]:
    paths = sorted((ROOT / "tests" / "data").rglob("*.txt")) + sorted((ROOT / "examples").glob("*.txt"))
    return [path.read_text(encoding="utf-8", errors="replace") for path in paths] + _ODD


def _plainly(document: SourceDocument) -> Classification:
    """The scoring as first written: every phrase searched in its scope, in the table's order."""
    scores: dict[DocumentFamily, int] = {}
    reasons: dict[DocumentFamily, list[str]] = {}
    for evidence in evidence_table():
        haystack = document.text[:HEAD_CHARS] if evidence.scope == "head" else document.text
        if evidence.pattern.search(haystack):
            scores[evidence.family] = scores.get(evidence.family, 0) + evidence.weight
            reasons.setdefault(evidence.family, []).append(evidence.meaning)
    if document.doc_type:
        for pattern, family, weight in document_type_table():
            if pattern.fullmatch(document.doc_type.strip()):
                scores[family] = scores.get(family, 0) + weight
                reasons.setdefault(family, []).append(f"EDGAR type {document.doc_type}")
    if not scores:
        return Classification(DocumentFamily.OTHER, 0, ())
    rank = {family: i for i, family in enumerate(DocumentFamily)}
    best = max(scores, key=lambda f: (scores[f], -rank[f]))
    family = best if scores[best] >= MIN_SCORE else DocumentFamily.OTHER
    return Classification(family, scores[best], tuple(reasons[best]))


def test_the_phrases_shown_are_those_a_plain_search_finds():
    shown_somewhere = 0
    for text in _texts():
        for scope, table in _scope_tables().items():
            haystack = text[:HEAD_CHARS] if scope == "head" else text
            plain = {row for row, evidence in enumerate(evidence_table())
                     if evidence.scope == scope and evidence.pattern.search(haystack)}
            assert _phrases_shown(haystack, fold(haystack), table) == plain, (scope, text[:80])
            shown_somewhere += len(plain)
    assert shown_somewhere > 500  # the phrases do occur: the comparison is not made on nothing


def test_classify_answers_as_the_plain_scoring():
    families = set()
    for text in _texts():
        for doc_type in (None, "6-K", "EX-99.1", "SC 13D"):
            document = SourceDocument("x", text, text, (Segment(0, 0, len(text)),), doc_type=doc_type)
            found = classify(document)
            assert found == _plainly(document), (doc_type, text[:80])
            families.add(found.family)
    assert len(families) > 5
