"""The cheap gates of the registrant's address finder answer as the searches they spare, on every
test and example document and on short texts written for the edge cases."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from converter.extract.mechanisms import address_locate
from converter.extract.mechanisms.address_locate import hits, may_hold, phrases
from tests.document_texts import ingested_texts

_SHORT = ["TEL: +82-2-555-0100", "Telephone", "a phone", "the hotel", "(see note t) below", "전화번호",
          "TELEX", "no number here", "", "İstanbul Tel"]


@pytest.mark.parametrize("text", _SHORT)
def test_telephone_word_gate_on_short_texts(text: str) -> None:
    assert address_locate._any_telephone_word(text) == bool(address_locate._ANY_TELEPHONE_WORD.search(text))


def test_telephone_word_gate_on_every_document() -> None:
    texts = ingested_texts()
    answers = [address_locate._any_telephone_word(t) for t in texts]
    assert answers == [bool(address_locate._ANY_TELEPHONE_WORD.search(t)) for t in texts]
    assert any(answers) and not all(answers)  # both answers are tested


def test_a_cue_window_the_gate_refuses_holds_no_cue() -> None:
    refused = 0
    for text in ingested_texts():
        for hit in hits(text.lower(), "cue_word"):
            lo, hi = max(0, hit - 80), hit + 120
            if not may_hold(text, lo, hi, "registrant_cue"):
                refused += 1
                assert phrases("registrant_cue").search(text, lo, hi) is None, text[lo:hi]
    assert refused > 5


def test_a_line_the_contact_heading_gate_refuses_heads_no_contact_block() -> None:
    """Every line that heads a contact block (a row of column headings, or "Contact: Jane Doe")
    passes the gate; most lines are refused."""
    from converter.extract.mechanisms import contact_blocks as contacts
    from converter.extract.mechanisms.lines import split_lines

    heads = refused = 0
    for text in [*ingested_texts(), "Investor Relations:  Kay Park, +82-2-555-0100\nMedia Contacts   IR Contacts\n"]:
        may_head = contacts._heading_words(text)
        for line in split_lines(text):
            heading = contacts._header_columns(line.text, line.start) is not None or \
                contacts._inline_header().match(line.text) is not None
            heads += heading
            if not may_head(line.text):
                refused += 1
                assert not heading, line.text
    assert heads > 5 and refused > 100


def test_the_lines_left_unasked_are_lines_the_heading_gate_refuses(monkeypatch: pytest.MonkeyPatch) -> None:
    """``_lines_to_ask`` passes every line the contact-heading gate passes (found by the words'
    offsets in the folded text), and the contact blocks read with it are those read asking
    every line; texts whose folding changes their length are asked line by line."""
    from converter.extract.mechanisms import contact_blocks as contacts
    from converter.extract.mechanisms.lines import split_lines
    from converter.extract.mechanisms.sentences import ACTIONS, PhraseFinder

    made = ["Investor Relations:  Kay Park, +82-2-555-0100\nMedia Contacts   IR Contacts\n",
            "İstanbul Office\nCONTACT:\nInvestor Relations\n", "INVESTOR\nRELATIONS\ncontacts", "no heading here"]
    texts = [*ingested_texts(), *made]
    skipped = 0
    for text in texts:
        lines = split_lines(text)
        phrases = PhraseFinder("contact_header", text, ACTIONS)
        may_head = contacts._heading_words(text, phrases)
        asked = contacts._lines_to_ask(text, lines, phrases)
        for i, line in enumerate(lines):
            if asked is not None and i not in asked:
                skipped += 1
                assert not may_head(line.text), line.text
    assert skipped > 1000

    def blocks() -> list:
        return [contacts.contact_blocks(SimpleNamespace(text=text)) for text in texts]

    cut = blocks()
    monkeypatch.setattr(contacts, "_lines_to_ask", lambda *_: None)
    assert blocks() == cut and sum(map(len, cut)) > 5
