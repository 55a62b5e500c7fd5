"""The date patterns tried only where a date can start find exactly what ``finditer`` finds.

``converter.parse.dates.DateStarts`` tries "18 November 2002" only where a day can stand before
a month's name, "2002-11-18", "2002.11.18" and "2002/11/18" only at a "19" or "20" four
characters before their separator, and "11/15/2006" only just before a slash. These tests hold
each shortcut to the plain search of its pattern: on texts written to catch the edges (long white
space, "day of", a day at the very start, a text whose folding changes its length, slashes at
the start) and on every document of the tests and the examples, whole and line by line. The year
gate before them all, rewritten so that ``re`` skips to the characters that can open a year, is
held to the pattern as first written in the same way.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from converter.ingest import ingest_bytes
from converter.parse import dates
from converter.parse.cjk_numerals import NUMERAL_YEAR
from converter.parse.eras import era_names_source
from converter.parse.gates import fold, literal_gates
from converter.parse.match_starts import matches_from

REPO = Path(__file__).resolve().parents[1]
DOCUMENTS = sorted((REPO / "examples").glob("*.txt")) + sorted((REPO / "tests" / "data").rglob("*.txt"))
SHORTCUTS = [i for i, opening in enumerate(dates._OPENINGS) if opening is not None]


def _key(matches) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in matches]


def _same_as_plain(text: str) -> None:
    folded = fold(text)
    starts = dates.DateStarts(text, folded)
    for i in SHORTCUTS:
        pattern = dates._patterns()[i]
        assert _key(starts.matches(i)) == _key(pattern.finditer(text)), (pattern.pattern[:50], text[:60])
    slashed = matches_from(dates._SLASHED_YEAR_LAST, text, starts.before_slashes())
    assert _key(slashed) == _key(dates._SLASHED_YEAR_LAST.finditer(text)), text[:60]


EDGES = [
    "18 November 2002",  # a day at the very start
    "on 18\n\n\n" + " " * 80 + "November 2002 and 3rd   DECEMBER, 2003",  # a long run of white space
    "the 30th day of August, 2005; the 1st Day\tOf\nSeptember 2006; 2 day of May 2004",
    "x18 November 2002, 118 November 2002, 4/18 November 2002",  # the look-behinds before a day
    "İstanbul, 18 November 2002 and 2002-11-19",  # folding lengthens İ: the plain search
    "2002-11-18, x2002-11-19, 12002-11-20, 2002.11.21., 2002. 11. 22, 2002/11/23, 2019-01-01",
    "2020-20-20 1919.19.19 20192019-01-01",  # years inside years
    "/11/15/2006, 1/2/2005, 15/11/2006/, 11/15/2006 and 3/31/2007/", "/", "1/", "20", "",
    "May 2002 18 May 2002 mayday 12 maY 2003",
    "3 1월 2005, 18 11월 2002",  # Korean months' names are among the names
]


@pytest.mark.parametrize("text", EDGES)
def test_each_shortcut_equals_the_plain_search_at_the_edges(text):
    _same_as_plain(text)


def test_every_document_reads_the_same_through_the_shortcuts():
    assert {dates._OPENINGS[i] for i in SHORTCUTS} == {"day", "-", ".", "/"}
    assert dates._gated_patterns()[0].starts is not None  # the months' stems: else "day" proves little
    for path in DOCUMENTS:
        for document in ingest_bytes(path.read_bytes(), path.name).documents:
            for piece in [document.text, *document.text.split("\n")]:
                _same_as_plain(piece)


def _plain_dates(text: str) -> tuple[list[tuple], list[tuple[int, int]]]:
    """What ``_search_dates`` did before any gate or shortcut: every pattern's ``finditer`` in
    turn, a date kept where no earlier one overlaps it, then the slashed dates."""
    found: list[tuple] = []
    matched: list[tuple[int, int]] = []
    for pattern in dates._patterns():
        for m in pattern.finditer(text):
            matched.append(m.span())
            if any(s < m.end() and m.start() < e for _, s, e, _ in found):
                continue
            try:
                year = dates.numeral_value(m["year"]) if m["year"] else dates.era_year(m["era"], m["era_year"])
                value = dates.dt.date(year, dates._month_value(m["month"]), dates.numeral_value(m["day"]))
            except (ValueError, TypeError, IndexError):
                continue
            found.append((value, m.start(), m.end(), m.group(0)))
    taken = list(found)
    for m in dates._SLASHED_YEAR_LAST.finditer(text):
        matched.append(m.span())
        value = dates._slashed_year_last(m)
        if value and not any(s < m.end() and m.start() < e for _, s, e, _ in taken):
            found.append((value, m.start(), m.end(), m.group(0)))
    return sorted(found, key=lambda d: d[1]), matched


def _searched(text: str) -> tuple[list[tuple], list[tuple[int, int]]]:
    matched: list[tuple[int, int]] = []
    found = [(d.value, d.start, d.end, d.text) for d in dates._search_dates(text, matched)]
    return found, matched


@pytest.mark.parametrize("text", EDGES + ["2005年3月18日 and 平成16年5月14日, 2002년 11월 18일", "Sept. 30, 2003 19",
                                           "一九九九年三月十八日, 十二〇〇五年三月一日; 民國九十三年十月八日 中華民國93年 10月 8日",
                                           "x2005年3月18日12005年3月1日 令和元年5月1日"])
def test_the_dates_are_those_of_every_pattern_searched_plainly_at_the_edges(text):
    assert _searched(text) == _plain_dates(text)


def test_every_document_has_the_dates_of_every_pattern_searched_plainly():
    assert list(range(dates._MONTH_LED)) == [0, 1]  # month-day-year, day-month-year
    for path in DOCUMENTS:
        for document in ingest_bytes(path.read_bytes(), path.name).documents:
            for piece in [document.text, *document.text.split("\n")]:
                assert _searched(piece) == _plain_dates(piece), (path.name, piece[:60])


# The year gate (``find_dates`` searches no further in a text where it finds nothing) is written so
# that every alternative opens with a literal character; held here to the pattern as first written.
def _plain_year_gate() -> re.Pattern[str]:
    return re.compile(rf"(?:19|20)\d\d|{era_names_source()}|{NUMERAL_YEAR}")


YEAR_EDGES = [
    "一九九九年", "二〇〇五年", "二○○五", "二零零五", "十一九九九", "三二〇〇五", "二〇〇五五年", "二〇〇", "\n二〇〇五",
    "一九九九\n", "x二零零五", "一八九九年", "百二〇〇五", "於二〇〇五年", "1999", "2099", "19x9", "120051", "x2020",
    "平成16年", "中華民國93年", "民國", "民国九十三年", "令和元年", "", "1", "二", "一九",
]


def _year_spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", YEAR_EDGES)
def test_the_year_gate_finds_what_the_pattern_as_first_written_finds_at_the_edges(text):
    assert _year_spans(dates._year_gate(), text) == _year_spans(_plain_year_gate(), text)


def test_the_year_gate_finds_what_the_pattern_as_first_written_finds_in_every_document():
    gate, plain = dates._year_gate(), _plain_year_gate()
    assert dates._year_words() == literal_gates(plain)[0]  # the words tested before it, unchanged
    for path in DOCUMENTS:
        for document in ingest_bytes(path.read_bytes(), path.name).documents:
            for piece in [document.text, *document.text.split("\n")]:
                assert _year_spans(gate, piece) == _year_spans(plain, piece), (path.name, piece[:60])
