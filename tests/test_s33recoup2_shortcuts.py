"""The cheaper form of the stock-code reader the s33 fixes added answers as the plain form (issue
17): ``cjk_header.subject_code`` scans the head for first-sentence subjects only where the
registrant's name stands right before an opening parenthesis. Answers, never seconds: every
document of the test and example files, with each subject the plain scan reads as the
registrant, and edge cases."""

from __future__ import annotations

import pytest
from document_texts import ingested_texts

from converter.extract.mechanisms import cjk_header as ch

TEXTS = ingested_texts()


def _plain(text: str, registrant: str | None):
    return ch.plain_subject_code(text, registrant, min(len(text), ch.HEAD)) if registrant else None


def _registrants(text: str) -> set[str | None]:
    """The names the plain scan reads as subjects, a name it does not, and none."""
    found = {m["name"] for m in ch._SUBJECT.finditer(text, 0, min(len(text), ch.HEAD))}
    return found | {None, "", "東方巴士", "Acme Corp"}


def test_documents() -> None:
    for text in TEXTS:
        for registrant in _registrants(text):
            assert ch.subject_code(text, registrant) == _plain(text, registrant), (registrant, text[:80])


# (invented sentences: each parenthesis, a code past the head, a name apart from its code)
_EDGES = [
    ("東方巴士(00987)公布中期业绩。", "東方巴士"),
    ("東方巴士（00987）公布中期业绩。", "東方巴士"),
    ("東方巴士（ 600123.SH ）公布中期业绩。", "東方巴士"),
    ("東方巴士 (00987)公布中期业绩。", "東方巴士"),
    ("前言。\n東方巴士(00987)今日宣布業績。", "東方巴士"),
    ("x" * (ch.HEAD - 6) + "。東方巴士(00987)公布中期业绩。", "東方巴士"),
    ("x" * (ch.HEAD - 12) + "。東方巴士(00987)公布中期业绩。", "東方巴士"),
    ("東方巴士(00987)公布中期业绩。", "西方巴士"),
    ("港灣电(00321)公布中期业绩。東方巴士(00987)公布。", "東方巴士"),
]


@pytest.mark.parametrize(("text", "registrant"), _EDGES)
def test_edges(text: str, registrant: str) -> None:
    assert ch.subject_code(text, registrant) == _plain(text, registrant)


def test_edges_and_documents_hold_codes() -> None:
    """The edges hold codes the plain scan finds, in both parentheses, so the gate is tried on
    answers and not only on misses (the documents hold none: they try it on misses)."""
    answered = [t for t, r in _EDGES if _plain(t, r)]
    assert any("(" in t for t in answered) and any("（" in t for t in answered)
