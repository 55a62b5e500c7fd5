"""The address finder's shortcuts answer as the plain work they spare, on every test and example
document and on short texts written for the edge cases: a piece tested for street words where
their first branch may start, building words searched only in leftovers that hold one, Hangul
particles looked for only in leftovers that are not ASCII, a filler's kinds read before its
words, and the letterhead's runs read only where an address may end before its telephone."""

from __future__ import annotations

import pytest

from converter.extract.mechanisms import address_locate
from converter.parse import address_find
from converter.parse.address import find_addresses, split_pieces
from converter.parse.address_assemble import assemble
from converter.parse.address_scan import building_words
from converter.parse.address_types import Piece
from tests.document_texts import ingested_texts

_EDGES = [
    "350 Park Avenue\nNew York, NY 10022", "A6", "2-4-1 Otemachi, Chiyoda-ku", "12B", "-Street", " Road",
    "Main St.", "Main St.x", "Gangnam-gu", "Chaoyang District", "Rue de Rivoli", "Calle 8\n", "Seocho-ku\n",
    "-ku", "--------", "Name", "Address and Telephone Number of Person Authorized to Receive Notices",
    "Star Tower 5F", "Hanbit B/D", "KOREA EXCHANGE BANK BLDG.", "서울 강남구 테헤란로 152 강남파이낸스센터",
    "본사는 서울에 있다", "contact ir@example.com", "Torre Norte, Av. Paulista 1000", "\u00a0Street\u00a0",
    "İstiklal Caddesi 5, Beyoğlu", "Kelvin \u212aey Tower", "ſt. Plaza",
]

_LETTERHEADS = [
    "ACME HOLDINGS CO., LTD.\n12 Teheran-ro, Gangnam-gu, Seoul 06236, Korea\nTel: 82-2-555-0100\n",
    "Acme Corp.\n350 Park Avenue, New York, NY 10022 Tel (212) 555-0188\n\nDear Sirs,\n",
    "Acme\n1 Harbour Road, Wanchai, Hong Kong (Tel 852-2555-0142)\n",
    "Acme\n145 Samseong-dong (Hanbit Tower), Gangnam-gu, Seoul 135-090 Korea Tel. 02-555-0101\n",
    "                 John Roe\n         Roe Capital Partners, L.P.\n       350 Park Avenue, New York, NY 10022\n"
    "                 (212) 555-0188\n  ----------------------------------\n"
    "(Name, Address and Telephone Number of Person Authorized to Receive Notices and Communications)\n",
    "Acme, 10 Gangnam-daero, Seocho-gu, Seoul, Korea | Phone +82 2 555 0100 | www.acme.example\n",
    "Acme\n서울특별시 강남구 테헤란로 152 전화 02-555-0100\n",
]


def _texts() -> list[str]:
    return list(ingested_texts()) + _EDGES + _LETTERHEADS


def _pieces(text: str) -> list[Piece]:
    """The pieces of every segment the finder reads in ``text``, and of every line."""
    found = [p for window in address_find.windows(text) for s, e in address_find.segments(text, *window)
             for p in split_pieces(text, s, e)]
    return found + split_pieces(text)


@pytest.fixture(scope="module")
def pieces() -> list[tuple[str, Piece]]:
    return [(text, piece) for text in _texts() for piece in _pieces(text)]


def test_street_words_tried_where_they_may_start(pieces: list[tuple[str, Piece]]) -> None:
    plain = [address_find._street_words().search(t[p.start:p.end]) is not None for t, p in pieces]
    assert [address_find._street_like(t, p) for t, p in pieces] == plain
    assert sum(plain) > 100 and len(plain) - sum(plain) > 100  # both answers are tested


def test_building_words_searched_where_a_leftover_holds_one(pieces: list[tuple[str, Piece]]) -> None:
    plain = [any(building_words().search(t, s, e) for s, e in p.rest) for t, p in pieces]
    assert [address_find._has_building(t, p) for t, p in pieces] == plain
    assert sum(plain) > 20 and len(plain) - sum(plain) > 100


def _plain_junk(text: str, piece: Piece) -> list[tuple[int, int]]:
    found = []
    for start, end in piece.rest:
        found += [m.span() for m in address_find._HANGUL_PROSE.finditer(text, start, end)
                  if not building_words().search(m.group())]
        found += [m.span() for m in address_find._hangul_labels().finditer(text, start, end)]
        for m in address_find._WORD.finditer(text, start, end):
            word = m.group().rstrip(".").lower()
            glued = m.start() and (text[m.start() - 1] in "-/" or text[m.start() - 1].isdigit())
            prose = (m.group()[0].islower() and word not in address_find._CONNECTORS and len(word) > 1
                     and not glued and word not in address_find._lower_words())
            if prose or word in address_find._COMPANY or word in address_find._month_words() or "@" in text[start:end]:
                found.append(m.span())
    return found


def _plain_filler(text: str, piece: Piece) -> bool:
    if any(building_words().search(text, s, e) for s, e in piece.rest) \
            or address_find._street_words().search(text[piece.start:piece.end]) \
            or address_find._room_numbers().fullmatch(text[piece.start:piece.end].strip()):
        return False
    kinds = {e.kind for e in piece.elements}
    return not kinds or (kinds <= {"place", "country", "city", "region", "district"} and bool(piece.rest))


def test_junk_and_fillers_as_plainly_read(pieces: list[tuple[str, Piece]]) -> None:
    plain = [_plain_junk(t, p) for t, p in pieces]
    assert [address_find._junk(t, p) for t, p in pieces] == plain
    assert sum(any(text[s] >= "\uac00" for s, _ in spans) for (text, _), spans in zip(pieces, plain)) > 5
    fillers = [_plain_filler(t, p) for t, p in pieces]
    assert [address_find._filler(t, p) for t, p in pieces] == fillers
    assert sum(fillers) > 100 and len(fillers) - sum(fillers) > 100


def test_an_address_lies_within_its_run() -> None:
    """What the letterhead's filter of runs rests on: a run's address ends after the run's first
    piece starts and at most 4 characters (a closing bracket) after its last piece ends."""
    checked = 0
    for text in _texts():
        for run in address_find.find_runs(text):
            found = assemble(text, run)
            if found is not None:
                assert run[0].start <= found.start < found.end <= run[-1].end + 4
                checked += 1
    assert checked > 200


def _plain_letterhead(text: str, blocks: list[tuple[int, int]]) -> address_locate.Located | None:
    for found in find_addresses(text[:address_locate.LETTERHEAD]):
        if address_locate._LETTERHEAD_TAIL.match(text, found.end) and not address_locate.inside(blocks, found.start):
            return address_locate.Located(found, "address:letterhead", (found.start, found.end))
    return None


def test_letterhead_reads_only_runs_that_may_end_before_a_telephone() -> None:
    found = 0
    for text in _texts():
        expected = _plain_letterhead(text, [])
        assert address_locate._by_letterhead(text, []) == expected
        found += expected is not None
    assert found >= 3


def _plain_hits(lowered: str, words: tuple[str, ...]) -> list[int]:
    return sorted(m.start() for pattern in address_find.literal_finder(words) for m in pattern.finditer(lowered))


def test_word_offsets_of_an_ascii_text_as_every_pattern_finds_them() -> None:
    kinds = [address_locate._words(kind) for kind in ("cue_word", "phone_word", "site_word", "contact_word")]
    kinds.append(address_find._hint_words())
    texts = [t.lower() for t in _texts()] + ["본사 주소: -gu, -dong 전화 tel", "head-office -ro -chome", "팩스"]
    ascii_found = 0
    for lowered in texts:
        for words in kinds:
            expected = _plain_hits(lowered, words)
            assert address_find.literal_hits(lowered, words) == expected
            ascii_found += lowered.isascii() and bool(expected)
    assert ascii_found > 100
    assert any(not t.isascii() and _plain_hits(t, kinds[1]) for t in texts)  # Hangul words found too


def test_phone_patterns_tried_only_where_their_characters_are(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each number pattern is skipped on a text that lacks a character its matches need ('+' or
    an exit code, '82', '(', the trunk '0', the calling code): the candidates are those of every
    pattern tried."""
    from converter.parse import phone

    numbers = ["Tel +852 2555 0101", "011 81 3 5555 0142", "001-82-2-555-0101", "(8610) 6499-0060",
               "(86-21) 5555-8866", "82-2-3145-5114", "02-555-0101", "(212) 555-0188", "91 22 5667 8282",
               "886-3-578-0101", "+(852) 2123 4567", "Fax 81-(3)-3556-3344", "555 1234 567", "１２３"]
    windows = [text[i:i + 140] for text in ingested_texts() for i in range(0, len(text), 70)] + numbers
    countries = ("KR", "IN", "US", "JP", "CN", "TW")
    gated = [phone._candidates(w, c) for w in windows for c in countries]

    class Everywhere(str):  # a text that answers 'holds it' to every test of a character
        def __contains__(self, _: object) -> bool:
            return True

    plain = [phone._candidates(Everywhere(w), c) for w in windows for c in countries]
    assert gated == plain
    assert sum(bool(g) for g in gated) > 50
