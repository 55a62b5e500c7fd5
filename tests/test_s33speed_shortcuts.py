"""The cheaper forms of some readers answer as the plain forms they replace (issue 17): whether a
period phrase is a comparative one, its pure tests asked cheap ones first (a phrase relative to
the figure's own before any search, the clause before the phrase last). Answers, never seconds:
every period phrase of every sentence of the test and example documents, and edge sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from document_texts import ingested_texts

from converter.extract.mechanisms import prose_comparisons as pp
from converter.extract.mechanisms.sentences import Sentence, gated_search, sentences, word_pattern
from converter.parse.periods import FoundPeriod, find_periods

TEXTS = ingested_texts()


def _plain_is_comparative(text: str, p: FoundPeriod, s: Sentence) -> bool:
    """``prose_comparisons.is_comparative`` as it was written: every test in the order of reading."""
    before = text[max(s.start, s.start + p.start - 30):s.start + p.start]
    after = text[s.start + p.end:s.start + p.end + 24]
    compare = word_pattern("compare")
    tail = pp.compared_before().search(before)
    if not tail:
        clause = text[s.start:s.start + p.start]
        breaks = list(pp.CLAUSE_BREAK.finditer(clause))
        begin = breaks[-1].end() if breaks else 0
        tail = pp.STRONG_COMPARE.search(clause, begin) or pp._from_figure_in(clause[begin:], compare, p.text) \
            or word_pattern("earlier").search(clause, begin)
    return bool(tail) or bool(pp.KO_COMPARED_AFTER.match(after)) or p.relation is not None or \
        bool(pp.KO_FROM_FIGURE_AFTER.match(after)) or \
        bool(gated_search(pp._relation_opens(), before))


_EDGES = [
    "Net income rose to $12.4 million in the third quarter of 2021 from $9.1 million in the third quarter of 2020.",
    "Revenue was $5.0 million, compared with $4.2 million in the same period a year earlier (2Q20).",
    "Sales were up 12% versus the second quarter of 2020; operating profit rose in the first half of 2021.",
    "매출은 작년 1분기 538억원에서 2021년 1분기 612억원으로 늘었다.",
    "영업이익은 전분기 대비 12% 증가했다. 2021년 2분기 매출은 1조원이었다.",
    "As it had reported $3.1 million in the fourth quarter of 2020, revenue in fiscal 2021 rose.",
    "Revenue for the year ended December 31, 2021 was $10 million, while revenue for 2020 was $8 million.",
    "Revenue last month fell 4.5 percent from last month's level, and rose in the last quarter.",
]


def _cases(text: str):
    day = dt.date(2021, 7, 30)
    for s in sentences(text, 0, len(text)):
        for p in find_periods(s.text, document_date=day):
            yield s, p


def _assert_same(text: str) -> int:
    asked = 0
    for s, p in _cases(text):
        assert pp.is_comparative(text, p, s) == _plain_is_comparative(text, p, s), (s.text[:120], p.text)
        asked += 1
    return asked


@pytest.mark.parametrize("text", _EDGES)
def test_comparative_on_edges(text: str) -> None:
    assert _assert_same(text) > 0


def test_comparative_on_every_document() -> None:
    asked = sum(_assert_same(text) for text in TEXTS)
    assert asked > 500  # (the documents hold many period phrases: the comparison is not empty)


def test_edges_hold_each_kind_of_answer() -> None:
    """The edges hold comparative phrases of each kind the cheap tests answer, and plain ones."""
    answers = [(_plain_is_comparative(t, p, s), p.relation is not None) for t in _EDGES for s, p in _cases(t)]
    assert (True, True) in answers and (True, False) in answers and (False, False) in answers


# --- the extract stage's gathering of what its readers found -----------------------------------

def _plain_extract(document, classification, header=None):  # type: ignore[no-untyped-def]
    """``converter.extract.extract`` as it was written: a sum of ``Found``s, one a reader."""
    from converter.extract import (
        DocumentContext,
        Extraction,
        Found,
        _document_observations,
        _entity,
        _unbound,
        read_document_info,
        readers_for,
    )
    info = read_document_info(document, classification, header, None)
    ctx = DocumentContext(document=document, classification=classification, header=header,
                          document_date=info.dates.anchor, document_period=info.document_period,
                          registrant=str(info.registrant.value) if info.registrant else None)
    found = Found(tuple(_document_observations(ctx, info)), warnings=info.warnings)
    bound: dict[tuple[int, int], str] = {}
    for reader in readers_for(classification.family, document.text):
        read = reader.function(ctx)
        found = found + Found(_unbound(read.observations, bound), read.unmapped, read.warnings)
    cik = header.filer_cik if header else None
    return Extraction(document=document, classification=classification, entity=_entity(info, found.observations, cik, header),
                      document_period=info.document_period, observations=found.observations,
                      unmapped=found.unmapped, warnings=found.warnings)


def test_extract_gathers_as_the_sum_of_founds() -> None:
    from document_texts import DOCUMENTS

    from converter.classify import classify
    from converter.extract import extract
    from converter.ingest import ingest_bytes

    compared = warned = unmapped = 0
    for path in DOCUMENTS:
        filing = ingest_bytes(path.read_bytes(), path.name)
        for document in filing.documents:
            classification = classify(document)
            got = extract(document, classification, filing.header)
            plain = _plain_extract(document, classification, filing.header)
            assert got == plain, path.name
            assert all(type(v) is tuple for v in (got.observations, got.unmapped, got.warnings)), path.name
            compared += 1
            warned += bool(got.warnings)
            unmapped += bool(got.unmapped)
    assert compared > 100 and warned and unmapped  # (documents with warnings and unmapped figures too)



# --- a bound figure copied only when its sign changes ------------------------------------------

_NEGATED = []


def _plain_emit(self, b) -> None:  # type: ignore[no-untyped-def]
    """``SentenceBinder._emit`` as it was written: the figure copied with its value for each concept."""
    from dataclasses import replace

    from converter.extract.mechanisms import prose_measures as pm
    from converter.model import Mention
    if b.subject.unknown:
        why = (f"{b.concept} of a part whose segment the text does not name" if b.subject.axis == pm.SEGMENT_AXIS
               else f"{b.concept} of '{b.subject.member}' together: a sum over companies, not the registrant's"
               if b.subject.aggregate else f"{b.concept} of '{b.subject.member}', which may not be the registrant")
        self.out.unmapped.append(Mention(b.figure.text, self.ctx.span(b.figure.start, b.figure.end), why))
        return
    period, stated = pm.fit(b.concept, b.period), ()
    undated = self.stated_period(b.concept, b.dated) if period is None and b.role != "comparative" else None
    if undated is not None:
        period, stated = undated
    if period is None:
        reason = b.dated.reason or f"{b.concept} without a period"
        self.out.unmapped.append(Mention(b.figure.text, self.ctx.span(b.figure.start, b.figure.end), reason))
        return
    kind = pm.concept_kinds()[b.concept][0]
    value = b.figure.value
    if b.sign < 0 and value > 0:
        value = -value
        _NEGATED.append(b.concept)
    if b.figure.currency is None:
        unit = pm.PURE
    elif kind == "perShare":
        unit = pm.UnitSpec.per_share(b.figure.currency)
    else:
        unit = pm.UnitSpec.currency(b.figure.currency)
    for concept in (b.concept, *b.twins):
        dims = b.subject.dimensions if pm.allows(concept, b.subject) else ()
        if b.subject.axis and not dims or stated and pm.stated_period(concept, b.dated, self.periods.calendar) is None:
            continue
        dims = (*dims, *stated)
        rule = f"press:{b.role}" + (pm.UNQUALIFIED if b.unqualified and concept == b.concept else "")
        self._observe(concept, replace(b.figure, value=value), period, unit, dims, rule)


def test_emitted_figures_as_the_plain_copies(monkeypatch: pytest.MonkeyPatch) -> None:
    from document_texts import DOCUMENTS

    from converter.classify import classify
    from converter.extract import extract
    from converter.extract.mechanisms import prose_measures as pm
    from converter.ingest import ingest_bytes

    documents = [(d, classify(d), f.header) for path in DOCUMENTS
                 for f in [ingest_bytes(path.read_bytes(), path.name)] for d in f.documents]
    got = [extract(d, c, h) for d, c, h in documents]
    _NEGATED.clear()
    monkeypatch.setattr(pm.SentenceBinder, "_emit", _plain_emit)
    plain = [extract(d, c, h) for d, c, h in documents]
    assert got == plain
    assert _NEGATED  # (losses stated as positive figures are negated: that copy is compared too)


# --- a percent change's figure copied only when its sign changes -------------------------------

_SIGNED_EDGES = ["12.5", "0", "-0", "-3.10", "1E+3", "0.000", "123456789012345678901234567890.12",
                 "9999999999999999999999999999.5", "-7"]


@pytest.mark.parametrize("value", _SIGNED_EDGES)
@pytest.mark.parametrize("direction", [1, -1, 0])
def test_signed_as_the_plain_copy(value: str, direction: int) -> None:
    from dataclasses import fields, replace
    from decimal import Decimal

    from converter.extract.mechanisms.prose_figures import Figure
    from converter.extract.mechanisms.prose_percents import _signed

    figure = Figure(Decimal(value), 1, 10, 15, value, None, True)
    got, plain = _signed(figure, direction), replace(figure, value=figure.value * direction)
    for f in fields(Figure):  # (the value's digits and exponent too: Decimal equality ignores them)
        assert repr(getattr(got, f.name)) == repr(getattr(plain, f.name)), (value, direction, f.name)


def test_signed_on_every_percent_of_the_documents() -> None:
    from dataclasses import replace

    from converter.extract.mechanisms.prose_figures import sentence_figures
    from converter.extract.mechanisms.prose_percents import _signed

    percents = [f for text in TEXTS for s in sentences(text, 0, len(text))
                for f in sentence_figures(s, [], None) if f.percent]
    assert len(percents) > 50
    for f in percents:
        for direction in (1, -1):
            got, plain = _signed(f, direction), replace(f, value=f.value * direction)
            assert got == plain and repr(got.value) == repr(plain.value), f.text


# --- a title's page made with its letterhead's head --------------------------------------------

def test_title_page_as_the_plain_copy() -> None:
    from dataclasses import fields, replace

    from document_texts import DOCUMENTS

    from converter.extract import title
    from converter.extract.anchors import head_lines
    from converter.extract.title_cover import cover_end
    from converter.ingest import ingest_bytes

    compared = 0
    for path in DOCUMENTS:
        for document in ingest_bytes(path.read_bytes(), path.name).documents:
            text = document.text
            lines = head_lines(text, 16000)
            first = cover_end(text, lines, False) or 0
            for registrant in (None, "Apex Holdings Limited"):
                got = title._page(document, lines, registrant, (text, lines, first))
                plain = replace(title._page(document, lines, registrant), address_head=(text, lines, first))
                for f in fields(title._Page):  # (address_head is left out of ==)
                    assert getattr(got, f.name) == getattr(plain, f.name), (path.name, f.name)
                compared += 1
    assert compared > 100
