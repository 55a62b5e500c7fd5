"""The contact details read the document lowered (``str.lower``); where the text holds none of
the characters ``fold`` treats otherwise, that is the document's fold, made once for all its
readers, not lowered again (``address_facts.lowered_text``). Compared here with ``str.lower``
on every test and example document and on texts holding each of those characters."""

from __future__ import annotations

import pytest
from document_texts import file_texts

from converter.extract.mechanisms.address_facts import lowered_text
from converter.parse.gates import folded_text

# each character ``fold`` replaces (dotted capital I, dotless i, long s), with the ones both
# lower alike (Kelvin sign, a capital sigma lowered by its neighbours, Hangul)
ODD = ["İSTANBUL Office Tel", "Diyarbakır Tel", "Meſſrs Acme", "\u212a Street ΟΔΟΣ", "서울 본사 TEL", "ASCII Co"]


def _texts() -> list[str]:
    return [*file_texts(), *ODD]


def test_the_lowered_text_is_the_text_lowered() -> None:
    shared = 0
    for text in _texts():
        lowered = lowered_text(text)
        assert lowered == text.lower(), text[:60]
        shared += lowered is folded_text(text) and not text.isascii()
    assert shared >= 10  # non-ASCII documents take the fold too: the shortcut is exercised


@pytest.mark.parametrize("text", ODD[:3])
def test_a_text_that_fold_treats_otherwise_is_lowered_itself(text: str) -> None:
    assert lowered_text(text) is not folded_text(text) and lowered_text(text) == text.lower()
    assert folded_text(text) != text.lower()  # what taking the fold would have given
