"""The title reader skips the lines of SIGNATURES sections; a heading is looked for only on the
lines that spell its word (``title_cover.spelling_signature``: ``SIGNATURE_WORD`` in the folded text).
The lines skipped are those of the plain reading (``SIGNATURES_HEADING.match`` on every line), on
every document of the tests and the examples read as the title reader reads it (its first 16,000
characters, the last line cut there) and cut at other places, on edge texts and random ones."""

from __future__ import annotations

import random

import pytest

from converter.extract import title_cover
from converter.extract.anchors import SIGNATURES_HEADING, head_lines
from converter.extract.mechanisms.lines import split_lines
from document_texts import file_texts, ingested_texts


def _plain(lines) -> frozenset[int]:
    headings = [i for i, line in enumerate(lines) if SIGNATURES_HEADING.match(line.text)]
    return title_cover.signature_lines_at(lines, headings)


def _same(text: str, limit: int) -> None:
    lines = head_lines(text, limit)
    assert title_cover.signature_lines(text, lines) == _plain(lines), (text[:60], limit)


EDGES = [
    "", "SIGNATURES", "S I G N A T U R E S\r\nBy: /s/ A\n", "x SIGNATURES\nSIGNATURES x\n  Signature  \n",
    "\u017fignatures\n\u0130SIGNATURES\n", "SIGNA\nTURES\n", "s\nSIGNATURE\n", "SIG\tNA\x0bTURE\nSIGNATURE S\n",
    "SIGNATURESSIGNATURES\n\u2003SIGNATURES\u2003\n",
]


@pytest.mark.parametrize("text", EDGES)
def test_edges(text: str):
    for limit in range(len(text) + 1):
        _same(text, limit)


def test_every_document():
    found = 0
    for text in (*ingested_texts(), *file_texts()):
        for limit in (16000, 4000, len(text) // 2, len(text)):
            _same(text, limit)
        found += bool(_plain(head_lines(text, 16000)))
    assert found > 20  # documents with a SIGNATURES section: the comparison is not vacuous


def test_random_texts():
    rng = random.Random(29)
    pieces = ["S", "I", "G", "N", "A", "T", "U", "R", "E", "s", "ignature", "SIGNATURE", "SIGNATURES", " ", "\n",
              "\r\n", "\t", "By: /s/ X", "x", "\u0131", "\u017f"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 20)))
        _same(text, rng.randrange(len(text) + 1))
