"""The cheap gates of the contact, listing and resolution readers agree with the full work.

Each gate skips work only where it cannot find anything: on every text document of the tests
and examples (and a few made for the edge of each gate), the gated function gives what the
ungated one gives.
"""

from __future__ import annotations

import re

import pytest
from document_texts import file_texts

from converter.extract.kinds import resolution_periods, schedule_13, schedule_terms
from converter.extract.mechanisms import address_locate, listings, par_values
from converter.extract.mechanisms.signature_lines import blank_cells
from converter.parse import phone
from converter.parse.address import find_addresses
from converter.parse.gates import fold
from converter.parse.match_starts import matches_from

_MADE = [
    # a letterhead: the address, its country, then the telephone
    "Acme Heavy Industries Co., Ltd.\n64, Sample-ro, Jung-gu, Seoul 04533, Korea Tel : 82-2-555-7000\n",
    "Example Chemicals\n1-2-3 Otemachi, Chiyoda-ku, Tokyo 100-0004 Japan\nTelephone: 81-3-5555-0100\n",
    # a tail after the head: the address ends before 3,000 characters, its telephone after them
    "x" * 2950 + "\n245 Park Avenue, New York, NY 10167" + " " * 40 + "Tel. 212-555-0100\n",
    "Hotel Plaza, 12 Sample Street, Springfield, IL 62701 Intel Tel: 217-555-0101\n",
    # listing codes: a code with its exchange, a postal code, a code with no listing word
    "Example Holdings, Inc.\nTokyo Stock Exchange First Section, code 9999\n",
    "Postal code: 1234, Tax code 5678, listed below\n",
    "股票代码：600987\n股票上市地点：上海证券交易所\n",
    "The dividends of the year.\nA note\non dividends for 2007 earnings. Then\n\n\ndividend paid.",
]


def _texts() -> list[str]:
    return [*file_texts(), *_MADE]


TEXTS = _texts()


def _letterhead_ungated(text: str) -> address_locate.Located | None:
    """``_by_letterhead`` reading every stretch of the head."""
    if not address_locate._ANY_TELEPHONE_WORD.search(text):
        return None
    for address in find_addresses(text[:address_locate.LETTERHEAD]):
        if address_locate._LETTERHEAD_TAIL.match(text, address.end):
            return address_locate.Located(address, "address:letterhead", (address.start, address.end))
    return None


def test_letterhead_reads_only_where_a_tail_may_follow() -> None:
    found = 0
    for text in TEXTS:
        expected = _letterhead_ungated(text)
        assert address_locate._by_letterhead(text, []) == expected
        found += expected is not None
    assert found >= 3  # the documents hold letterheads: the comparison is not of nothing


def test_tail_reach_holds_every_place_the_tail_matches() -> None:
    for text in TEXTS:
        reach = address_locate._tail_reach(text)
        for end in range(min(len(text), address_locate.LETTERHEAD) + 1):
            if address_locate._LETTERHEAD_TAIL.match(text, end):
                assert any(lo <= end <= at for lo, at in reach), (end, text[end:end + 40])


def test_codes_gate_agrees_with_the_full_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    gated = [listings.codes(text) for text in TEXTS]
    patterns = dict(listings._patterns())
    patterns["bare_code"] = re.compile("")  # every text passes
    monkeypatch.setattr(listings, "_patterns", lambda: patterns)
    assert [listings.codes(text) for text in TEXTS] == gated
    assert sum(bool(g) for g in gated) >= 3


def test_dividend_sentences_are_the_full_scan() -> None:
    found = 0
    for text in TEXTS:
        expected = [m[0] for m in resolution_periods._DIVIDEND_SENTENCE.finditer(text)]
        assert resolution_periods.dividend_sentences(text) == expected
        found += bool(expected)
    assert found >= 3


def test_par_value_phrases_are_the_full_scan() -> None:
    found = 0
    extra = ["NT$10 par value common shares, NT10 par value stocks", "US$0.01 par  value - par value shares",
             "US$100,000 par value of the bonds; W5,000 par value per share"]
    for text in TEXTS + extra:
        expected = [m.span() for m in par_values._patterns()["after"].finditer(text)]
        assert [m.span() for m in par_values.after_matches(text)] == expected
        found += bool(expected)
    assert found >= 3


def test_par_value_labels_gated_on_their_character() -> None:
    extra = ["發行普通股，每股面額新台幣10元。", "1株の額面金額50円", "每股面值人民币1.00元的普通股"]
    found = 0
    for text in TEXTS + extra:
        expected = [m.span() for m in par_values._patterns()["label"].finditer(text)]
        assert [m.span() for m in par_values._label_gated().finditer(text, fold(text))] == expected
        found += bool(expected)
    assert found >= 3


def test_listing_patterns_gated_on_their_words() -> None:
    extra = ["Its shares are traded on the Nasdaq National Market under the symbol \"EXMP\".",
             "Company  Example Bank\nTIDM  EXBK\nHeadline  Results\n"]
    found = 0
    for text in TEXTS + extra:
        for name in ("under_symbol", "tidm"):
            expected = [m.span() for m in listings._patterns()[name].finditer(text)]
            assert [m.span() for m in listings._gated(name).finditer(text, fold(text))] == expected
            found += bool(expected)
    assert found >= 2


def test_cover_labels_tried_at_their_stems_are_the_full_scan() -> None:
    extra = ["| 12. |TYPE OF REPORTING PERSON (See Instructions)\n| |   PN\n",
             "(1) Names of Reporting Persons.\nI.R.S. Identification Nos.\n   Example Fund L.P.\n",
             "  9  SOLE DISPOSITIVE POWER: -0-\n 11. Percent of class represented by amount in row (9)\n",
             "İstanbul 7 SHARED VOTING POWER 1,200",  # folding lengthens İ: the plain search
             "sole voting power", "12", ""]
    found = 0
    for text in TEXTS + extra:
        expected = [(m.span(), m.groupdict()) for m in schedule_13._row_labels().finditer(text)]
        assert [(m.span(), m.groupdict()) for m in schedule_13._row_label_matches(text)] == expected
        found += bool(expected)
    assert found >= 5


def test_checked_rule_tried_before_its_rules_is_the_full_search() -> None:
    extra = ["[X] Rule 13d-1(c)", "[   \n   x   \n  ]\nRule 13d-1(b)", "x Rule 13d-1(b)", "\u2612 Rule 13d-1(k)",
             "[ ] Rule 13d-1(b) (x) Rule 13d-1(c)", "tax Rule 13d-1(b)", "X\n\n Rule 13d-1(d)", "Rule 13d-1(b)"]
    found = 0
    for text in TEXTS + extra:
        text = blank_cells(text)
        rules = list(schedule_terms._rule_patterns()[0].finditer(text))
        expected = schedule_terms._rule_patterns()[1].search(text)
        got = schedule_terms._checked_rule(text, rules)
        key = (got.span(), got.groupdict()) if got else None
        assert key == ((expected.span(), expected.groupdict()) if expected else None), text[:60]
        found += expected is not None
    assert found >= 5


def test_schedule_and_amendment_words_tried_at_their_stems_are_the_full_scan() -> None:
    extra = ["Schedule 13D/A (Amendment No. 2)* ... this First Amendment", "ſecond Amendment; thiRD  \n amendment",
             "amendment amendment", "reamendment X Amendment", "é1 Amendment", "Amendment", "SCHEDULE 13G", ""]
    plain = [
        (schedule_terms._schedule_names().pattern, schedule_terms._schedule_names().finditer),
        (schedule_terms._NUMBERED_AMENDMENT.pattern, schedule_terms._NUMBERED_AMENDMENT.finditer),
        (schedule_terms._WORD_AMENDMENT, lambda text, _folded: schedule_terms._ordinal_amendments(text)),
    ]
    found = 0
    for text in TEXTS + extra:
        for pattern, gated in plain:
            expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groups()) for m in gated(text, fold(text))] == expected, text[:60]
            found += bool(expected)
    assert found >= 10


def test_phones_of_texts_with_seven_digits_only(monkeypatch: pytest.MonkeyPatch) -> None:
    extra = ["Tel +852 2555 0101", "+1 555 0101", "(02) 555-010", "hotel 12 34 56", "82-2-3145-5114"]
    windows = [text[i:i + 140] for text in TEXTS + extra for i in range(0, len(text), 70)]
    gated = [phone.find_phones(w, default_country=c) for w in windows for c in ("KR", "IN", "US")]
    monkeypatch.setattr(phone, "_SEVEN_DIGITS", re.compile(""))  # every text read
    assert [phone.find_phones(w, default_country=c) for w in windows for c in ("KR", "IN", "US")] == gated
    assert sum(bool(g) for g in gated) >= 10


def test_telephone_words_found_at_their_stems_are_the_look_ahead_scan() -> None:
    extra = ["Tel.: 02-555-0101 TELEPHONE telephone", "Hotel Intel telecom (T) 555", "전화: 02-555-0101",
             "\u0130stanbul Tel 555", "phone", ""]
    found = 0
    for text in TEXTS + extra:
        expected = [m.start() for m in address_locate._TELEPHONE_AT.finditer(text)]
        assert list(address_locate._telephone_words_at(text)) == expected, text[:60]
        found += bool(expected)
    assert found >= 5


def test_code_patterns_tried_within_reach_of_their_words_are_the_full_scan() -> None:
    extra = ["Tokyo Stock Exchange First Section,   ,, code 9999", "livestock code: 1234", "common\n\n stock  code 0999",
             "証券コード 9999 東証第一部", "A股股票代码：600987", "New York Stock Exchange\n\n\n\nCode No. 12345", "code"]
    patterns = listings._patterns()
    found = 0
    for text in TEXTS + extra:
        for end in (listings.HEAD, len(text)):
            head = text[:min(end, len(text))]
            starts = listings._code_match_starts(head)
            expected = [(m.span(), m.groupdict()) for m in patterns["code"].finditer(text, 0, len(head))]
            got = matches_from(patterns["code"], text, starts, len(head))
            assert [(m.span(), m.groupdict()) for m in got] == expected, text[:60]
            assert any(patterns["bare_code"].match(head, s) for s in starts) == bool(patterns["bare_code"].search(head))
            found += bool(expected)
    assert found >= 5


def test_stated_dates_are_remembered_for_the_last_text_alone() -> None:
    """A label's stated date read again is the first reading, and the memory holds one text, not
    one per label asked: a batch of large filings must not keep earlier documents alive."""
    made = ["The equity capital is as of the end of the latest fiscal year (December 31, {y}).\n",
            "Total assets are stated as of March 31, {y}; the equity capital is as at June 30, {y}.\n"]
    for year in (2006, 2007, 2008):
        for form in made:
            text = form.format(y=year) * 3
            for words in ("equity capital", "Total assets", "not stated anywhere"):
                first = resolution_periods._stated_in(text, words)
                assert first == resolution_periods._read_stated_in(text, words)
                assert resolution_periods._stated_in(text, words) == first
            assert resolution_periods._STATED.holds(text)
    assert resolution_periods._stated_in(made[0].format(y=2008), "equity capital").year == 2008
