"""The press-release prose path does each piece of work once and only where it can find something.

Each shortcut must give exactly what the full work gives: the measure index the rows the
per-row gates pass, the gated dividend kind phrases the phrases the patterns find, the gated
company subject what its pattern finds, the cube table what a scan of the concept table says.
Call counts pin what is skipped: a release that names no dividend's kind is not read for
dividends, and the sentences after the last kind phrase are not read either. (No timing here:
performance lives in ``bench/``.)
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from converter.extract.kinds.press_release import extract_press_release
from converter.extract.mechanisms import dividends, prose_figures
from converter.extract.mechanisms.dividends import kind_hits
from converter.extract.mechanisms.figure_subjects import _COMPANY_SUBJECT, _REPORT_VERBS, company_subject
from converter.extract.mechanisms.prose_periods import ProsePeriods
from converter.extract.mechanisms.sentences import ACTIONS, PhraseFinder, _gated_measures, _measures_in, find_measures, \
    sentences, word_pattern
from converter.parse import numbers
from converter.parse.gates import fold
from converter.resources import data_rows
from converter.taxonomy.table import concept_rows
from test_press_release import context

PRESS = Path(__file__).parent / "data" / "press"
DIVIDENDS = Path(__file__).parent / "data" / "dividends"
TEXTS = sorted(PRESS.glob("*.txt")) + sorted(DIVIDENDS.glob("*.txt"))


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in TEXTS]


def test_the_corpus_of_these_tests_is_there() -> None:
    assert len(TEXTS) > 50


def _rows_by_every_gate(folded: str) -> list[object]:
    return [row for row in _gated_measures().rows if row[1].may_match(folded)]


def test_the_measure_index_passes_the_rows_every_gate_passes() -> None:
    for text in _texts():
        assert _gated_measures().may_match(fold(text)) == _rows_by_every_gate(fold(text))
        in_document = _measures_in(text)
        for s in sentences(text):
            folded = fold(text[s.start:s.end])
            wanted = [row for row in _rows_by_every_gate(folded) if row in in_document.rows]
            assert in_document.may_match(folded) == wanted


def test_the_measure_index_keeps_only_the_words_a_document_holds() -> None:
    text = "Net income rose to KRW 5 billion."
    words = {word for word, _ in _measures_in(text).gates.first_words}
    assert words and all(word in fold(text) for word in words)
    assert "매출" not in words and "매출" in {word for word, _ in _gated_measures().gates.first_words}


# the sentence ends as first written: each kind of end an alternative of its own (re tried them
# all at every position); ``sentences._SENTENCE_END`` opens with the characters an end is at
_ENDS_AS_WRITTEN = re.compile(
    r"""[.!?](?:[\"”’')]+)?(?=\s+|$)      # a full stop, maybe closing a quotation, then a space
    | (?<=[가-힣])\.(?=[가-힣])             # Korean news glue sentences
    | [。！？](?:[」』”）)]+)?                # the ideographic full stop
    | \n\s*\n                             # a blank line
    | \n(?=[ \t]*(?:-{1,2}|[•·▪■□▶◆※*o])[ \t]+\S)  # a line that opens with a bullet
    """, re.VERBOSE)


@pytest.mark.parametrize("text", [
    "매출이 늘었다.영업이익도 늘었다.", "늘었다.또 늘었다.", "He said \"so.\" Then left.", "営業利益は減少しました。」次に",
    "Highlights:\n-- Sales rose 5%\n o Net income\n\n\nEnd.", "Up 13 per cent. over 2001.", "a.\n\n", "다.", "?!", "",
])
def test_sentence_ends_are_found_where_each_kind_of_end_finds_them(text: str) -> None:
    """The sentence ends, found from the character an end is at, are the ends the kinds of end
    find one by one: in every test text and example, in the whole text and in stretches of it
    (a stretch's ends see the text before it, as a Korean glued stop does), and in edge cases."""
    from converter.extract.mechanisms.sentences import _SENTENCE_END

    examples = sorted((Path(__file__).parent.parent / "examples").glob("*.txt"))
    for whole in [text] + (_texts() + [p.read_text(encoding="utf-8") for p in examples] if not text else []):
        cuts = sorted({0, len(whole), *range(0, len(whole), 997), *(m.end() for m in re.finditer("다\\.", whole))})
        for start, end in [(0, len(whole)), *zip(cuts, cuts[1:])]:
            found = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(whole, start, end)]
            assert found == [(m.start(), m.end()) for m in _ENDS_AS_WRITTEN.finditer(whole, start, end)]


def test_an_ascii_sentence_is_tried_for_the_ascii_words_alone() -> None:
    """A sentence in ASCII holds no Hangul or kanji word: the measure table tries only its
    ASCII words there, and passes the rows every gate passes, sentence by sentence, in English
    and Korean texts alike (and on the examples)."""
    examples = sorted((Path(__file__).parent.parent / "examples").glob("*.txt"))
    table = _gated_measures()
    ascii_words = table.gates.ascii_first_words
    assert ascii_words and all(word.isascii() for word, _ in ascii_words)
    assert len(ascii_words) < len(table.gates.first_words)  # the other scripts' words are left out
    seen = {True: 0, False: 0}
    for text in _texts() + [p.read_text(encoding="utf-8") for p in examples] + ["매출 5억원, revenue KRW 5 billion."]:
        for s in sentences(text):
            folded = fold(text[s.start:s.end])
            seen[folded.isascii()] += 1
            assert table.may_match(folded) == _rows_by_every_gate(folded)
    assert seen[True] and seen[False]


@pytest.mark.parametrize("text", [
    "매출액은 5억원, 영업이익은 1억원", "売上高は5億円、営業利益は1億円", "營業收入5億元，稅後純益1億元",
    "매출 5억원과 売上高 5億円", "Revenues (매출액) rose", "ebitda 마진", "순이익", "",
])
def test_a_sentence_in_other_scripts_is_tried_for_the_words_of_its_own_characters(text: str) -> None:
    """The words in other scripts than ASCII are tried only where the text holds their first
    character: the rows every gate passes all the same."""
    table = _gated_measures()
    by_first = {first: {word for word, _ in entries} for first, entries in table.gates.other_first_words}
    assert by_first == {w[0]: {v for v, _ in table.gates.first_words if v[0] == w[0]}
                        for w, _ in table.gates.first_words if not w.isascii()}
    assert table.may_match(fold(text)) == _rows_by_every_gate(fold(text))


@pytest.mark.parametrize("text, start, end, found", [
    ("Net income rose to KRW 5 billion while operating profit and 매출액 fell", 0, None,
     [("NetIncomeLoss", "Net income"), ("OperatingIncomeLoss", "operating profit"), ("Revenues", "매출액")]),
    ("Revenue rose. Net income rose to KRW 5 billion. 영업이익은 늘었다", 14, 48, [("NetIncomeLoss", "Net income")]),
    ("Non-operating income was small.", 0, None, []),
])
def test_measures_of_a_range(text: str, start: int, end: int | None, found: list[tuple[str, str]]) -> None:
    assert [(m.concept, m.text) for m in find_measures(text, start, end)] == found


def _kind_hits_ungated(text: str) -> list[tuple[str, int, int]]:
    found = sorted(((kind, m.start(), m.end()) for kind, gated in dividends._kind_patterns()
                    for m in gated.pattern.finditer(text)), key=lambda h: (h[1], -h[2]))
    out: list[tuple[str, int, int]] = []
    for hit in found:
        if not out or hit[1] >= out[-1][2]:
            out.append(hit)
    return out


def test_gated_kind_phrases_are_the_phrases_the_patterns_find() -> None:
    for text in _texts():
        for s in sentences(text):
            gated = [(h.kind, h.start, h.end) for h in kind_hits(text, s.start, s.end)]
            assert gated == [(k, a + s.start, b + s.start) for k, a, b in _kind_hits_ungated(s.text)]


def _count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    read = dividends.DividendReader.read
    seen: list[str] = []

    def counted(self, s, hits):  # noqa: ANN001, ANN202
        seen.append(s.text)
        return read(self, s, hits)

    monkeypatch.setattr(dividends.DividendReader, "read", counted)
    return seen


def test_a_release_naming_no_dividend_is_not_read_for_dividends(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _count_reads(monkeypatch)
    text = "SEOUL, March 3, 2005 -- Hanbit Foods said net income for 2004 rose 12% to KRW 31.4 billion."
    found = extract_press_release(context(text))
    assert seen == [] and {o.concept for o in found.observations} == {"NetIncomeLoss", "NetIncomeLossPercentChange"}


def test_the_sentences_after_the_last_dividend_are_not_read_for_dividends(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _count_reads(monkeypatch)
    text = ("HONG KONG, 8 March 2005 -- Profit for the year ended 31st December, 2004 was HK$250.7 million. "
            "The Board recommends a final dividend of 5.0 cents per share. Turnover rose to HK$1,020.5 million. "
            "Staff numbered 1,200.")
    found = extract_press_release(context(text))
    assert [s[:20] for s in seen] == ["HONG KONG, 8 March 2", "The Board recommends"]
    assert {o.concept for o in found.observations} >= {"DividendsDeclaredPerShare", "Revenues"}


def test_periods_restarted_keep_the_document_and_forget_the_place() -> None:
    text = ("Acme Co. today announced its unaudited interim results for the six months ended 30 June 2003. "
            "Turnover rose 5% in the first half of 2003.")
    ctx = context(text)
    spans = sentences(text)
    periods = ProsePeriods(ctx, spans)
    periods.update(spans[1], periods.find(spans[1]))
    again = periods.restarted()
    assert periods.current is not None and again.current is None and again.undated is None
    assert (again.calendar, again.anchors, again.announced) == (periods.calendar, periods.anchors, periods.announced)
    assert again.announced is not None


def test_the_cube_table_says_what_the_concept_table_says() -> None:
    cubes = {cube for row in concept_rows() for cube in row.cubes} | {"Nowhere"}
    for row in concept_rows():
        for cube in cubes:
            assert prose_figures.in_cube(row.name, cube) == any(
                r.name == row.name and cube in r.cubes for r in concept_rows())
    assert not prose_figures.in_cube("NoSuchConcept", "Segment")


def test_the_company_gate_passes_every_sentence_the_pattern_matches() -> None:
    samples = [s.text for text in _texts() for s in sentences(text)] + [
        "Smaller rival Daebo Telecom saw its net profit plunge 57 percent.",
        "Daebo Telecom's sales rose.", "Daebo Telecom’s sales rose.",
        "Shakti Motors Ltd, India's third-largest maker of utility vehicles, said sales rose.",
        "Hanseong Steel earlier reported a loss.", "Daebo Telecom Mobile Networks Group Holdings"]
    matched = 0
    for text in samples:
        if _COMPANY_SUBJECT.search(text):
            matched += 1
            assert any(verb in text for verb in _REPORT_VERBS) or "'s" in text or "’s" in text, text
        else:
            assert company_subject(text) is None
    assert matched >= 5
    assert company_subject("Daebo Telecom Mobile Networks Group Holdings") is None
    assert company_subject("Smaller rival Daebo Telecom saw its net profit plunge 57 percent.") == "Daebo Telecom"


def test_the_vocabularies_behind_the_gates_are_read_from_the_data_files() -> None:
    # the dividend kinds come from data/dividend_kinds.tsv: every phrase of a DividendKindAxis
    # member or the year's total is gated, none is dropped
    kinds = {r[0] for r in data_rows("dividend_kinds.tsv")} & {"interim", "final", "special", "quarterly", "total"}
    assert {kind for kind, _ in dividends._kind_patterns()} == kinds
    assert all(isinstance(g.pattern, re.Pattern) for _, g in dividends._kind_patterns())


_PHRASE_KINDS = [("forward", "measure_phrases.tsv"), ("reported", "measure_phrases.tsv")] + [
    (kind, ACTIONS) for kind in ("reverse_split", "forward_split", "takes_effect", "outstanding", "meeting_noun",
                                 "delisting", "founding", "results_verb", "results_noun", "par_value", "merger")]


@pytest.mark.parametrize("kind, source", _PHRASE_KINDS)
def test_a_phrase_finder_finds_what_its_pattern_finds(kind: str, source: str) -> None:
    """Sentence by sentence, the gated search of a kind of phrase gives the pattern's match, and
    searches only sentences that hold the words of one of its alternatives."""
    pattern = word_pattern(kind, source)
    found = 0
    extra = ("The Company will effect a one-for-ten reverse split of its shares on May 3. On May 4 it received a "
             "Staff Determination letter from Nasdaq. The Company was founded in 1998.")
    for text in [*_texts(), extra]:
        finder = PhraseFinder(kind, text, source)
        for s in sentences(text):
            m, expected = finder.search(s.text), pattern.search(s.text)
            assert (m and m.span()) == (expected and expected.span()), (kind, s.text)
            found += expected is not None
    assert found


def test_a_phrase_finder_skips_a_document_without_its_words() -> None:
    finder = PhraseFinder("reverse_split", "Revenues rose 5% to KRW 10 billion. Net income fell.", ACTIONS)
    assert finder.absent
    assert finder.search("Revenues rose 5% to KRW 10 billion.") is None
    kept = PhraseFinder("reverse_split", "It approved a reverse stock split. Revenues rose.", ACTIONS)
    assert kept.may_hold("It approved a reverse stock split.") and not kept.may_hold("Revenues rose.")


def test_split_ratios_are_found_as_every_pattern_finds_them() -> None:
    """``find_ratios`` scans only sentences holding a ratio pattern's words: the same ratios."""
    samples = [s.text for text in _texts() for s in sentences(text)] + [
        "Every ten (10) shares will be consolidated into one (1) share.", "a 1-for-20 reverse stock split",
        "a ratio of 3 to 1", "보통주 10주를 1주로 병합", "each share of common stock will be split into three shares"]
    seen = 0
    for text in samples:
        got = numbers.find_ratios(text)
        assert [(r.start, r.end, r.old, r.new) for r in got] == _every_ratio(text), text
        seen += bool(got)
    assert seen >= 5


def _every_ratio(text: str) -> list[tuple[int, int, object, object]]:
    """``find_ratios`` the long way: every pattern scanned over the whole text."""
    found: list[tuple[int, int, object, object]] = []
    for pattern, _ in numbers._ratio_patterns():
        for m in pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end, _, _ in found):
                continue
            old = 1 if m["a"].lower() in ("each", "every") else numbers._count_value(m["a"])
            new = numbers._count_value(m["b"])
            if old and new:
                found.append((m.start(), m.end(), old, new))
    return sorted(found)


def test_percentages_are_found_as_the_whole_scan_finds_them() -> None:
    """``find_percents`` scans only texts holding a percent sign or word: the same percentages."""
    samples = [s.text for text in _texts() for s in sentences(text)] + [
        "up 12 percent", "3.2%p higher", "成長18.6%", "８．２％", "12 per cent.", "5 퍼센트", "no figure at all"]
    seen = 0
    for text in samples:
        got = [(q.start, q.end, q.value) for q in numbers.find_percents(text)]
        assert got == [(q.start, q.end, q.value) for q in _every_percent(text)], text
        seen += bool(got)
    assert seen >= 20


def _every_percent(text: str) -> list[numbers.Quantity]:
    return [numbers.Quantity(*numbers.full_scale(numbers._percent_value(m["n"]).scaleb(-2)), m.start(),
                             m.end(), m.group(0)) for m in numbers._percent_gated().pattern.finditer(text)]


def test_measures_of_each_sentence_are_those_every_row_finds() -> None:
    """A sentence's measures, searched only where each phrase's opening words begin, are those
    every measure pattern finds scanning the whole sentence (the longest where two overlap)."""
    found = 0
    extra = "Its non-operating income and net income rose. 매출액과 당기순이익이 늘었다. İstanbul sales rose."
    for text in [*_texts(), extra]:
        for s in sentences(text):
            got = [(h.concept, h.start, h.end) for h in find_measures(text, s.start, s.end)]
            assert got == _every_measure(text, s.start, s.end), s.text
            found += bool(got)
    assert found > 100


def _every_measure(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    hits = [(phrase.concept, m.start(), m.end()) for regex, _, phrase in _gated_measures().rows
            for m in regex.finditer(text, start, end)]
    chosen: list[tuple[str, int, int]] = []
    for hit in sorted(hits, key=lambda h: (h[1] - h[2], h[1])):
        if not any(hit[1] < c[2] and c[1] < hit[2] for c in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: h[1])


@pytest.mark.parametrize("stretches", [0, 3])
def test_stretches_gated_by_the_whole_table_find_what_the_texts_own_table_finds(
        monkeypatch: pytest.MonkeyPatch, stretches: int) -> None:
    """The first stretches of a text are gated by the whole measure table, the later ones by the
    text's own (``FULL_TABLE_STRETCHES``): every sentence of every test and example document
    finds the same measures either way (a text whose folding changes its length too)."""
    from converter.extract.mechanisms import sentences as module
    from converter.last_text import LastTextMemory
    from tests.document_texts import ingested_texts

    extra = "Its non-operating income and net income rose. 매출액과 당기순이익이 늘었다. İstanbul sales rose. ΣALES ΣΑΣ revenue."
    texts = [*_texts(), *ingested_texts(), extra]

    def measures(threshold: int) -> list[list[tuple[str, int, int]]]:
        monkeypatch.setattr(module, "FULL_TABLE_STRETCHES", threshold)
        monkeypatch.setattr(module, "_STRETCHES_ASKED", LastTextMemory(lambda text, _: [0]))  # counts from 0
        return [[(h.concept, h.start, h.end) for h in find_measures(text, s.start, s.end)]
                for text in texts for s in sentences(text)]

    whole_table = measures(10**9)
    assert measures(stretches) == whole_table
    assert sum(bool(found) for found in whole_table) > 100


# -- a sentence that cannot hold a figure is not read for figures ------------------------------

EXAMPLES = sorted((Path(__file__).parents[1] / "examples").glob("*.txt"))


@pytest.mark.parametrize("text", [
    "Net income rose sharply.", "five million dollars of revenue", "eighty cents a share", "US$ and KRW",
    "up １２ percent", "매출 삼천억원", "百万円の売上", "영업이익 3백억원", "Ⅲ quarter", "٣ units", "", "1",
])
def test_a_sentence_without_a_digit_holds_no_figure(text: str) -> None:
    s = sentences(text)[0] if text else sentences("x")[0]
    if not prose_figures.may_hold_figures(s.text):
        for cents in (None, "USD"):
            assert prose_figures.sentence_figures(s, [], cents) == []


def test_no_sentence_the_shortcut_skips_holds_a_figure() -> None:
    skipped = 0
    for text in _texts() + [p.read_text(encoding="utf-8") for p in EXAMPLES]:
        for s in sentences(text):
            if not prose_figures.may_hold_figures(s.text):
                skipped += 1
                assert prose_figures.sentence_figures(s, [], "USD") == [], s.text
    assert skipped > 100  # (the shortcut is taken: a third of the sentences or so)


def test_releases_bind_as_when_every_sentence_is_read_for_figures(monkeypatch: pytest.MonkeyPatch) -> None:
    from converter.extract.mechanisms import prose_measures

    texts = _texts() + [p.read_text(encoding="utf-8") for p in EXAMPLES]
    shortcut = [extract_press_release(context(text)) for text in texts]
    monkeypatch.setattr(prose_measures, "may_hold_figures", lambda text: True)
    assert [extract_press_release(context(text)) for text in texts] == shortcut
