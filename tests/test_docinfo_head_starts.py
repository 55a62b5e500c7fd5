"""Head patterns that no literal opens are tried only where their matches can start (a results
summary's title at its opening words, a 'Company name' label at its words or its line's start)
and a Korean weekday is stripped only from a text holding its ')': the same matches and texts
as the plain scans, on every document and on odd spellings."""

from __future__ import annotations

from converter.extract import anchors, registrant_heads, standalone_dates
from converter.extract.mechanisms import results_header
from converter.parse.gates import fold
from document_texts import ingested_texts

ODD = [
    "November 12, 2004 Non-Consolidated Financial Results for the Fiscal Year Ending September 30, 2004",
    "Summary of Consolidated Financial Results for the Six Months Ended September 30, 2005\n",
    "NON CONSOLIDATED BUSINESS RESULTS FOR THE FIRST HALF ENDED June 30, 2006",
    "xFinancial Results for the year ended March 31, 2006 (unconsolidated Financial Results for the year ending)",
    "Company name: Example Co., Ltd.\n  | Company name   Example Holdings\nname of the company : Acme Corp.\n",
    "   COMPANY NAME\tExample Inc.\n- Company name: not this one\nOur company name:Acme Ltd",
    "보도자료      2004년 1월 27일(화)\n2004. 1. 27 ( 목 )\n(A) (b) )\n",
]


def _texts() -> list[str]:
    return list(ingested_texts()) + ODD


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_results_titles_found_at_their_opening_words_are_the_plain_scan_s():
    found = 0
    for text in _texts():
        end = min(len(text), results_header.HEAD)
        folded = fold(text[:end])
        expected = _spans(results_header._TITLE.finditer(text, 0, end))
        assert _spans(results_header._titles(text, folded, end)) == expected, text[:80]
        found += len(expected)
    assert found >= 5


def test_company_labels_found_at_their_words_and_line_starts_are_the_plain_scan_s():
    found = 0
    for text in _texts():
        head = text[:3000]
        end = min(len(head), 1500)
        expected = _spans(registrant_heads._COMPANY_LABEL.finditer(head, 0, end))
        assert _spans(registrant_heads._company_labels(head, fold(head), end)) == expected, text[:80]
        found += len(expected)
    assert found >= 5


def test_a_weekday_is_stripped_as_the_plain_substitution_strips_it():
    stripped = 0
    for text in _texts():
        for line in text.split("\n")[:80]:
            for piece in (line, line.strip(), line[len(line) // 2 :]):
                expected = standalone_dates._KO_WEEKDAY.sub("", piece)
                assert standalone_dates._without_weekday(piece) == expected, piece
                stripped += expected != piece
    assert stripped >= 2


def test_parentheses_ending_a_line_are_dropped_as_the_plain_substitution_drops_them():
    from converter.extract import title

    dropped = 0
    for text in _texts() + ["Acme Bank (ACMB)\n", "Acme (Hong Kong) Limited (incorporated in Hong Kong)\t", "(a) (b)"]:
        for line in text.split("\n")[:80] + [text[:200]]:
            for piece in (line, line.strip(), line + "\n", line.strip(" |")):
                expected = title._PARENTHESES_AT_END.sub("", piece)
                assert title._without_parentheses_at_end(piece) == expected, piece
                dropped += expected != piece
    assert dropped >= 5
