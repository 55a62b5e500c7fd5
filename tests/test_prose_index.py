"""The prose binder reads what a document holds from the document's indexes, not sentence by
sentence, and gets exactly what reading each sentence gets.

A sentence's dates come from the document's date index (``tokens.dates_between``): the ranges
``prose_figures.excluded`` keeps figures out of must be those ``find_dates`` of the sentence
gives, on every sentence of every document of the tests and examples (and of stretches cut
where a results table would end, as the press-release reader cuts its prose).

The sentences after the last one that may hold a figure are not bound (they bind nothing): the
press-release reader must find on each document of the tests and examples exactly what it finds
binding every sentence.
"""

from __future__ import annotations

import random

from converter.extract.kinds.press_release import extract_press_release
from converter.extract.mechanisms import prose_measures
from converter.extract.mechanisms.prose_figures import excluded
from converter.extract.mechanisms.sentences import sentences
from converter.extract.mechanisms.tokens import date_index
from document_texts import REPO, ingested_texts
from test_press_release import context


def _sentences(text: str, rng: random.Random) -> list:
    found = sentences(text)
    for _ in range(5):  # prose between tables: stretches of the text, cut anywhere
        start = rng.randrange(len(text) + 1)
        found += sentences(text, start, min(len(text), start + rng.randrange(1, 3000)))
    return found


def test_a_sentences_dates_from_the_document_index_are_those_of_the_sentence():
    rng = random.Random(17)
    asked = answered = dated = 0
    for text in ingested_texts():
        index = date_index(text)
        for s in _sentences(text, rng):
            assert text[s.start:s.end] == s.text
            assert excluded(s, [], text) == excluded(s, []), s.text
            asked += 1
            answered += index.answers(s.start, s.end)
            dated += bool(excluded(s, []))
    # the comparison is about the index's own answers: nearly every sentence, many with dates
    assert answered > 0.9 * asked and dated > 1000


def test_the_sentences_after_the_last_figure_bind_nothing(monkeypatch):
    paths = sorted((REPO / "tests" / "data" / "press").glob("*.txt")) + \
        sorted((REPO / "tests" / "data" / "dividends").glob("*.txt")) + sorted((REPO / "examples").glob("*.txt"))
    contexts = [context(p.read_text(encoding="utf-8"), name=p.name) for p in paths]
    skipped = 0
    shortcut = prose_measures._last_with_figures
    for ctx in contexts:
        found = extract_press_release(ctx)
        with monkeypatch.context() as plain:
            plain.setattr(prose_measures, "_last_with_figures", len)  # every sentence bound
            assert extract_press_release(ctx) == found, ctx.document.name
        spans = sentences(ctx.text)
        skipped += shortcut(spans) < len(spans)
    assert skipped >= 5  # documents whose closing sentences were skipped are among them
