"""The shortcuts of the registrant's contact details answer as the full work they spare, on every
test and example document and on short texts written for the edge cases: the phone finder's
seven-digit gate, the remembered addresses of a text, the remembered word offsets."""

from __future__ import annotations

import re

import pytest

from converter.extract.mechanisms import address_locate
from converter.parse import address, phone
from converter.extract.mechanisms.address_locate import hits
from converter.parse.address_find import literal_hits
from tests.document_texts import ingested_texts

_NUMBERS = [
    "Tel +852 2555 0101", "+1 555 0101", "(02) 555-010", "hotel 12 34 56", "82-2-3145-5114",
    "949/555-0120", "(86-21) 5555-8866", "011-81-3-5555-0142", "+82 (0)2 2112 3000",
    "(8610) 6499-0060", "Fax.\u00a0(02)\u00a03145\u20115114", "１２３-４５６７-８９０１",  # no-break spaces, wide digits
    "Seoul 135-984 Tel 737", "12a34567", "123+4567", "123_4567", "1234\n\n567 8", "Room 1203, 45-7, 00100",
]


def test_phone_gate_spares_only_texts_without_a_number(monkeypatch: pytest.MonkeyPatch) -> None:
    windows = [text[i:i + 140] for text in ingested_texts() for i in range(0, len(text), 70)] + _NUMBERS
    countries = ("KR", "IN", "US", "JP", "CN")
    gated = [phone.find_phones(w, default_country=c) for w in windows for c in countries]
    refused = sum(not phone._SEVEN_DIGITS.search(w) for w in windows)
    monkeypatch.setattr(phone, "_SEVEN_DIGITS", re.compile(""))  # every text read
    assert [phone.find_phones(w, default_country=c) for w in windows for c in countries] == gated
    assert sum(bool(g) for g in gated) >= 10 and refused > 100  # both answers are tested


def test_remembered_addresses_are_those_found_afresh() -> None:
    windows = [text[i:i + 700] for text in ingested_texts() for i in range(0, len(text), 350)]
    address._every_address.cache_clear()
    found = 0
    for window in windows:
        first = address.find_addresses(window)
        assert address.find_addresses(window) == first == address._found(window, None)
        first.append(None)  # a caller's list is its own: the remembered answer is not changed
        assert None not in address.find_addresses(window)
        found += len(first) > 1
    assert found > 10


def test_remembered_word_offsets_are_those_found_afresh() -> None:
    for text in ingested_texts():
        lowered = text.lower()
        for kind in ("cue_word", "phone_word", "site_word", "contact_word"):
            expected = literal_hits(lowered, address_locate._words(kind))
            assert list(address_locate.hits(lowered, kind)) == expected
            assert list(address_locate.hits(lowered, kind)) == expected  # asked again: remembered


_CAPTIONS = ["Seoul, Korea\n(Address of principal executive offices)", "ADDRESS OF THE REGISTRANT:\n1 Main St",
             "(주소)", "our offices are near the ( Address  of  Principal  Executive  Office )", "office address of",
             "Address of\nprincipal executive offices", "the head office moved"]


def test_a_cover_window_the_gate_refuses_holds_no_caption() -> None:
    refused = kept = 0
    for text in ingested_texts() + tuple(_CAPTIONS):
        for hit in hits(text.lower(), "cue_word"):
            lo, hi = max(0, hit - 80), hit + 120
            if address_locate.may_hold(text, lo, hi, "cover_label"):
                kept += 1
                continue
            refused += 1
            assert address_locate.phrases("cover_label").search(text, lo, hi) is None, text[lo:hi]
    assert refused > 5 and kept > 5


def test_cover_question_sought_where_its_words_start_is_the_full_search() -> None:
    made = ["INDICATE BY CHECK MARK whether", "indicate\n by  check\tmark", "Indicate by check-mark", "ındicate by check mark",
            "x" * 5990 + "indicate by check mark", "vindicate by check marks", ""]
    found = 0
    for text in ingested_texts() + tuple(made):
        expected = address_locate._COVER_QUESTION.search(text, 0, address_locate.COVER_HEAD)
        got = address_locate._cover_question(text)
        assert (got and got.span()) == (expected and expected.span()), text[:60]
        found += expected is not None
    assert found > 5


_CUES = ["Our principal executive offices are located at 1 Main St", "Headquarters:\nHEADQUARTERS is in Oslo",
         "its office is at 5 Elm; our address is at 9 Oak", "Registered Office: Main office is in Rome",
         "The İstanbul head office is at Levent", "본사 주소: 서울 본점 소재지", "corporate headquarters",
         "principal offices are in the head offices are at", "Company Domicile: Tokyo, Japan",
         "PRINCIPAL OFFICE: x  principal office is in y",
         "Corporate Headquarters\n: 1 Main St", "(Address of registrant principal offices)"]  # two rows at one start


@pytest.mark.parametrize("kind", ["registrant_cue", "cover_label", "name_caption"])
def test_phrases_found_row_by_row_are_those_of_the_alternation(kind: str) -> None:
    """Every window of every document (each word of offices, and windows sliding by 60 cut
    anywhere, a match at their very end too), and texts written so that rows tie and overlap."""
    windows = [(text, max(0, hit - 80), hit + 120) for text in ingested_texts() for hit in hits(text.lower(), "cue_word")]
    windows += [(text, i, i + 200) for text in ingested_texts() for i in range(0, len(text), 60)]
    windows += [(text, 0, len(text)) for text in _CUES] + [(text, 3, len(text) - 4) for text in _CUES]
    found = 0
    for text, start, end in windows:
        expected = [m.span() for m in address_locate.phrases(kind).finditer(text, start, end)]
        got = address_locate.phrase_matches(text, start, end, kind)
        assert [m.span() for m in got] == expected, text[start:end]
        assert [m.group() for m in got] == [text[a:b] for a, b in expected]
        found += bool(expected)
    assert found > 5
