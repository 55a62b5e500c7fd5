"""Patterns tried only where their opening words begin find exactly what ``re`` finds.

``Gated`` takes its opening words from ``leading_stems`` (the openings that
``converter.parse.openings`` reads, past an optional word and through a group), and
``Gated.first`` / ``Gated.search_within`` answer ``pattern.search(text, pos, end)`` /
``pattern.finditer(text, pos, end)`` from the positions of those words in the whole text. Each
pattern put behind them at its use site (par values, "as of the date first above written", the
resolution's par value, exchange labels, the lead-in of a list of reporting persons, item-label
topics and roles, the fiscal year's end, the date labels before a date, an agreement's date) is
held here to the plain search: on every document of the tests and the examples, whole and in
windows, and on texts written to catch the edges.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from converter.extract import date_labels
from converter.extract.kinds import joint_filing, resolution
from converter.extract.mechanisms import item_labels, listings, par_values, reporting_persons, undated_blocks
from converter.ingest import ingest_bytes
from converter.parse import fiscal_calendar
from converter.parse.gates import Gated, fold

REPO = Path(__file__).resolve().parents[1]
DOCUMENTS = sorted((REPO / "examples").glob("*.txt")) + sorted((REPO / "tests" / "data").rglob("*.txt"))


def _gated() -> list[Gated]:
    ends, dated_part, labelled_end = fiscal_calendar._gated()
    return [par_values._after_words(), undated_blocks._AS_OF_ABOVE_WORDS, resolution._PAR,
            listings._gated("exchange_label"), listings._gated("under_symbol"), reporting_persons._lead_in(),
            item_labels._uncertain(), *(g for _, g in item_labels._topic_rows()),
            *(g for _, g in item_labels._phrase_rows()), *ends, dated_part, labelled_end,
            *date_labels._gated_labels().gated, joint_filing._DATED_WORDS]


def _texts() -> list[str]:
    texts = []
    for path in DOCUMENTS:
        texts += [d.text for d in ingest_bytes(path.read_bytes(), path.name).documents]
    return texts


def _key(matches) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [(m.span(), m.groups()) for m in matches]


def _windows(text: str) -> list[tuple[int, int]]:
    """The whole text, and stretches of it that cut words (as the readers' windows do)."""
    found = [(0, len(text))]
    for start in range(0, len(text), 1733):
        found += [(start, min(len(text), start + 800)), (start + 5, start + 397)]
    return found


def _assert_alike(gated: Gated, text: str) -> None:
    folded = fold(text)
    pattern = gated.pattern
    for pos, end in _windows(text):
        first, plain = gated.first(text, folded, pos, end), pattern.search(text, pos, end)
        assert _key([first] if first else []) == _key([plain] if plain else []), (pattern.pattern[:60], pos, end)
        assert _key(gated.search_within(text, folded, pos, end)) == _key(pattern.finditer(text, pos, end)), \
            (pattern.pattern[:60], pos, end)
    assert _key(gated.search(text, folded)) == _key(pattern.finditer(text)), pattern.pattern[:60]
    first, plain = gated.first(text, folded), pattern.search(text)
    assert _key([first] if first else []) == _key([plain] if plain else []), pattern.pattern[:60]


def test_the_patterns_put_behind_their_openings_are_tried_at_them() -> None:
    started = [g for g in _gated() if g.starts is not None]
    assert len(started) >= 40  # else the comparisons below prove little
    for g in (par_values._after_words(), undated_blocks._AS_OF_ABOVE_WORDS, resolution._PAR,
              listings._gated("exchange_label"), reporting_persons._lead_in()):
        assert g.starts is not None, g.pattern.pattern[:60]


def test_every_document_reads_the_same_through_the_openings() -> None:
    gated = _gated()
    for text in _texts():
        for g in gated:
            _assert_alike(g, text)


EDGES = [
    "", "par value", "PAR VALUE of the shares", "NT$10 par-value common shares; US$1 - par value stock",
    "İstanbul: par value NT$10 per share, set forth above",  # folding lengthens İ: the plain search
    "the date first above written. IN WITNESS WHEREOF, as of the day and year written above",
    "Listed exchange: JASDAQ; Stock Exchange listing: Tokyo; listed on: the New York Stock Exchange",
    "signed by each of the following persons:\nAlpha Ltd.\nthe undersigned:  \n",
    "fiscal year ended March 31, 2005; the year ending December 31, 2004; fiscal year 2004 ends on June 30, 2005",
    "to be determined; 미정; merger; amalgamation; share exchange; 합병",
    "xpar valuex parpar value", "setset forth above", "abov above written",
]


@pytest.mark.parametrize("text", EDGES)
def test_edges_read_the_same(text: str) -> None:
    for g in _gated():
        _assert_alike(g, text)


def test_a_tanshin_fiscal_label_reads_as_before() -> None:
    """``fiscal_year_label`` asks for the tanshin's words before its 決算期 label (re skips to
    the words; it tries the label's ``^`` at every position): the same answer on every text."""
    from converter.extract.mechanisms import cjk_header

    def plain(text: str) -> object:
        m = cjk_header._FISCAL_LABEL.search(text, 0, min(len(text), 2000))
        if m is None or not cjk_header._TANSHIN.search(text, 0, 2000) or cjk_header._PART_OF_YEAR.search(text, 0, 2000):
            return None
        return m.span("year")

    texts = _texts() + ["決算短信（連結）\n決算期　　平成18年3月期\n", "決算期　平成18年3月期\n",
                        "決算短信\n中間\n決算期 平成18年3月期"]
    read = 0
    for text in texts:
        found = cjk_header.fiscal_year_label(text, None)
        expected = plain(text)
        assert (found is None) == (expected is None) or expected is not None, text[:80]
        assert found is None or found[2:] == expected, text[:80]
        read += found is not None
    assert read >= 1


def test_an_agreement_date_is_searched_in_the_head_as_before() -> None:
    """``agreement_date`` searches the first 3000 characters through ``first(..., 0, 3000)``:
    what searching the cut text finds (an end reads as the text's end: ``\\b`` there too)."""
    texts = _texts() + ["Agreement dated as of March 3, 2005", "x" * 2990 + " dated as of",
                        "made and entered into as of"]
    found = 0
    for text in texts:
        first = joint_filing._DATED_WORDS.first(text, fold(text), 0, 3000)
        plain = joint_filing._DATED.search(text[:3000])
        assert _key([first] if first else []) == _key([plain] if plain else []), text[:80]
        found += plain is not None
    assert found >= 10


def test_every_pattern_tried_at_its_openings_reads_the_same() -> None:
    """Every ``Gated`` the conversion makes that is tried only where its opening words begin
    finds what ``finditer`` finds, on every document: the readers that search through ``Gated``
    elsewhere (headings, addresses, results headers) are held to it too."""
    import gc

    from converter.pipeline import convert_bytes

    for path in sorted((REPO / "examples").glob("*.txt")):
        convert_bytes(path.read_bytes(), path.name)
    opened = {id(g.pattern): g for g in gc.get_objects()
              if isinstance(g, Gated) and g.starts is not None}
    assert len(opened) >= 20, len(opened)
    for text in _texts():
        folded = fold(text)
        for g in opened.values():
            assert _key(g.search(text, folded)) == _key(g.pattern.finditer(text)), g.pattern.pattern[:60]
