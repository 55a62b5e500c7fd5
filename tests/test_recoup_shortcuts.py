"""The cheaper forms of this round's new readers answer as the plain forms they replace (issue
17), on every test and example document and on short texts written for the edge cases: the
interleaved captions of a 20-F cover found with each piece read once, the split fiscal year
("2020/21") found with its digit tested before its look-behind, a document's unstated year end
answered once, and the group's defined term of a joint filing gated by its words. Answers,
never seconds."""

from __future__ import annotations

import re

import pytest

from converter.extract.mechanisms import reporting_persons
from converter.extract.mechanisms.flat_words import FlatWords
from converter.parse import fiscal_calendar
from converter.parse.gates import fold
from tests.document_texts import ingested_texts

TEXTS = ingested_texts()


# --- interleaved captions ------------------------------------------------------------------

def _plain_interleaved_captions(words: FlatWords) -> list[int]:
    """The plain path: four pieces sliced at every index."""
    found = []
    for i in range(len(words.starts) - 3):
        texts = [words.piece(i + k) for k in range(4)]
        opened = all(t.startswith("(") and ")" not in t for t in texts[:2])
        closed = all(t.endswith(")") and "(" not in t for t in texts[2:])
        if opened and closed and all(words.fresh[i + 1 : i + 4]):
            found.append(i)
    return found


_CAPTION_EDGES = [
    "|(Translation of Registrant's name\n|(Jurisdiction of incorporation or\n|into English)\n|organization)\n",
    "|(Name of\n|(Place of\n|the firm)\n|its office)\n|(A of\n|(B of\n|c)\n|d)\n",
    "|(Name of\n|(Place) of\n|the firm)\n|its office)\n",  # a second piece closing its own parenthesis
    "|(Name of\n|(Place of\n|the (firm)\n|its office)\n",  # a third piece opening one
    "|(Name of\n(Place of\nthe firm)\nits office)\n",  # one block: the pieces do not open blocks
    "(a\n", "", "|(a\n|(b\n|c)\n",
]


@pytest.mark.parametrize("text", _CAPTION_EDGES)
def test_interleaved_captions_on_edges(text: str) -> None:
    words = FlatWords.of(text)
    assert words.interleaved_captions() == _plain_interleaved_captions(words)


def test_interleaved_captions_on_documents() -> None:
    for text in TEXTS:
        words = FlatWords.of(text[:20000])
        assert words.interleaved_captions() == _plain_interleaved_captions(words)
    assert FlatWords.of(_CAPTION_EDGES[1]).interleaved_captions() == [0, 4]  # (the edges hold some)


# --- the split fiscal year -----------------------------------------------------------------

# the pattern as first written: its look-behind before the year's first digit
_PLAIN_SPLIT_YEAR = re.compile(r"""
    (?<![\d/.\-])(?P<a>(?:19|20)\d\d)\s?/\s?(?P<b>(?:19|20)?\d\d)(?![\d/])
    | \b(?:FY|fiscal(?:\s+year)?|financial\s+year)\s?(?P<c>(?:19|20)\d\d)\s?[-–](?P<d>(?:19|20)?\d\d)\b
    """, re.I | re.VERBOSE)

_YEAR_EDGES = [
    "2020/21", "x2020/21", "-2020/21", "/2020/21", ".2020/21", "12020/21", "a1999/2000", "1999 / 00",
    "2019/20/21", "FY2020-21", "fiscal year 2019–20", "2020/21 and 1920/21 x1920/21", "12/2020/21",
    "1/1999/00", "2/2019/20", "2020/21 Interim Report", "dated 2021/05/31; shares 2020/2022",
    "Financial Year 2020-2021", "fy 1999-00 ", "١2020/21", "2\u0661020/21", "", "19", "/",
]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", _YEAR_EDGES)
def test_split_year_pattern_on_edges(text: str) -> None:
    assert _spans(fiscal_calendar._SPLIT_YEAR.pattern, text) == _spans(_PLAIN_SPLIT_YEAR, text)


def test_split_year_pattern_on_documents() -> None:
    for text in TEXTS:
        assert _spans(fiscal_calendar._SPLIT_YEAR.pattern, text) == _spans(_PLAIN_SPLIT_YEAR, text)


def _plain_year_end_unstated(text: str) -> bool:
    text = text[:20000]
    if fiscal_calendar._year_end(text) is not None or fiscal_calendar._stated_naming(text):
        return False
    return any(fiscal_calendar._follows(m["a"] or m["c"], m["b"] or m["d"]) for m in _PLAIN_SPLIT_YEAR.finditer(text))


def test_year_end_unstated_answers_as_the_plain_reading() -> None:
    texts = [*TEXTS, *_YEAR_EDGES, "2021 Annual Report. 2020/21 Interim Report"]
    answers = [fiscal_calendar.year_end_unstated(t) for t in texts]
    assert answers == [_plain_year_end_unstated(t) for t in texts]
    assert answers == [fiscal_calendar.year_end_unstated(t) for t in texts]  # (asked again: remembered)
    assert any(answers)


# --- the group's defined term of a joint filing ----------------------------------------------

_GROUP_EDGES = [
    "Apex Limited, Beta LLC and Jane Roe (collectively, the “Reporting Persons”) hereby agree to file",
    "X Corp., Y LLC & Z LP together the \"Filing Persons\", hereby agree",
    "X Corp. and Y LLC (TOGETHER, THE \"GROUP\") EACH HEREBY AGREE",
    "X Corp. and Y LLC (collectively, the \"Group\") own shares",  # no agreement after
    "X Corp. (colle\u017ftively, the \"Group\") agree",  # long s: only the fold holds the word
    "X Corp. (collectively the \"Group\")\n agree", "no group here", "",
]


def _plain_group_persons(text: str) -> list:
    """``find_defined_group_persons`` as first written: its pattern searched on every text."""
    group = reporting_persons._GROUP_TERM.pattern.search(text)
    if group is None:
        return []
    start = text.rfind("\n", 0, group.start()) + 1
    while start > 1:
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above:start - 1].rstrip()
        if not line.strip() or not (len(line) >= 60 or re.search(r"(?:[,&]|\band)$", line)):
            break
        start = above
    return reporting_persons.parse_name_list(text, start, group.start())


@pytest.mark.parametrize("text", _GROUP_EDGES)
def test_group_term_gate_on_edges(text: str) -> None:
    assert reporting_persons.find_defined_group_persons(text) == _plain_group_persons(text)


def test_group_term_gate_on_documents() -> None:
    for text in TEXTS:
        gated = reporting_persons._GROUP_TERM
        assert gated.may_match(fold(text)) or gated.pattern.search(text) is None
        assert reporting_persons.find_defined_group_persons(text) == _plain_group_persons(text)
    assert reporting_persons.find_defined_group_persons(_GROUP_EDGES[0])


# --- counts of companies: gated by their words ------------------------------------------------

from converter.extract.mechanisms import company_counts  # noqa: E402

_COUNT_EDGES = [
    "이와 함께 금융업 41개사의 3분기 누적 영업이익은 4조원으로 늘었다.", "상장기업 614개사(금융업 제외)의 매출은",
    "대한전자는 1분기 영업이익이 41억원이라고 밝혔다.", "가" * 70 + " 41개사의 ", "가" * 78 + "41개사의 ",
    "Still, nine firms reported more than a 1 trillion won operating profit.",
    "The 614 listed companies' combined operating profit rose 65%.", "NINE FIRMS reported", "Nine \u212aorean firms said",
    "Hanil Steel said nine firms joined.", "Twenty-five corporations", "", "개",
]


def _sentences() -> list[str]:
    return [*_COUNT_EDGES, *(line for text in TEXTS for line in text.splitlines() if line.strip())]


def test_korean_company_count_gate() -> None:
    for s in _sentences():
        m = company_counts._KO_COMPANY_COUNT.search(s, 0, 80)
        assert company_counts.korean_company_count(s) == (" ".join(m["name"].split()) if m else None)
    assert company_counts.korean_company_count(_COUNT_EDGES[3]).endswith(" 41개사")  # ("개" within the 80)


def test_english_company_count_gate() -> None:
    for s in _sentences():
        m = company_counts._english_count().match(s)
        assert company_counts.english_company_count(s) == (" ".join(m["name"].split()) if m else None)
    assert company_counts.english_company_count(_COUNT_EDGES[7]) == "NINE FIRMS"
