"""The registrant's mixed-case spelling, looked for only where its first word stands, is found
where the plain search finds it; so is a name read by ``name_match.ascii_spellings`` (an ASCII
text, no pattern compiled for the name), with either separator and within bounds.

``registrant._spellings`` tries the name's spelling pattern only at the places the folded text
holds the name's first word, instead of at every position. These tests compare it with
``finditer`` of the same pattern: for the capitalised names of every document of the tests and
the examples (each run of two to four capitalised words), and on edge texts (the word inside
another word, letters that fold to ASCII ones: the Kelvin sign, the long s, dotted I).
"""

from __future__ import annotations

import re

import pytest

from converter.extract import registrant
from converter.extract.mechanisms import name_match
from converter.extract.mechanisms.name_match import spelling_pattern
from document_texts import ingested_texts

_CAPITALISED = re.compile(r"\b[A-Z][A-Z0-9&.]+(?:[ ,.]{1,3}[A-Z][A-Z0-9&.]+){1,3}")


def _key(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def _same_as_plain(text: str, words: tuple[str, ...]) -> None:
    plain = spelling_pattern(words, r"[^A-Za-z0-9]{1,3}", lead=r"\b").finditer(text)
    assert list(registrant._spellings(text, words)) == _key(plain), (words, text[:60])
    if words and text.isascii():  # the signature's search: any run of separators, within bounds
        _ascii_same_as_plain(text, words)


def _ascii_same_as_plain(text: str, words: tuple[str, ...]) -> None:
    folded = text.lower()
    for start, end in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3), (1, len(text) + 5)):
        for separator, most in ((r"[^A-Za-z0-9]{1,3}", 3), (r"[^A-Za-z0-9]+", None), (r"[^A-Za-z0-9]{1,1}", 1)):
            for lead in ("", r"\b"):
                plain = spelling_pattern(words, separator, lead=lead).finditer(text, start, end)
                mine = name_match.ascii_spellings(text, folded, words, most, lead=bool(lead), start=start, end=end)
                assert list(mine) == _key(plain), (words, separator, lead, start, end, text[:60])


EDGES = [
    ("Acme Co., Ltd. (ACME CO., LTD.) xacme co; ACME-CO; acme  co", ("ACME", "CO")),
    ("\u212aorea Line \u2014 KOREA LINE; Korea\tline", ("KOREA", "LINE")),  # the Kelvin sign folds to k
    ("Gla\u017fs Works, GLASS WORKS", ("GLASS", "WORKS")),  # the long s folds to s
    ("\u0130NDO PACIFIC and Indo Pacific", ("INDO", "PACIFIC")),  # dotted I: folding lengthens
    ("A.B. Holdings a b holdings", ("A", "B", "HOLDINGS")), ("", ("X",)), ("text", ()),
    ("ACME CO acme    co acme_co ACME,-.CO; acmeco Acme Co.", ("ACME", "CO")),  # runs of 4, '_', none
    ("Co Acme Co Co Coco co", ("CO", "CO")),  # the first word again inside a match: no overlap
    ("_ACME CO 9ACME CO -ACME CO", ("ACME", "CO")),  # word characters before the name
    ("acme co", ("ACME", "CO", "LTD")), ("a a a a a", ("A", "A")), ("x\u00c4CME CO", ("ACME", "CO")),
]


@pytest.mark.parametrize("text, words", EDGES)
def test_spellings_equal_the_plain_search_at_the_edges(text, words):
    _same_as_plain(text, words)


def test_every_document_spells_its_capitalised_names_alike():
    tried = 0
    for text in ingested_texts():
        names = {m.group(0) for m in _CAPITALISED.finditer(text[:6000])}
        for name in sorted(names)[:12]:
            _same_as_plain(text, tuple(re.findall(r"[A-Za-z0-9]+", name)))
            tried += 1
    assert tried >= 200  # else this proves little
