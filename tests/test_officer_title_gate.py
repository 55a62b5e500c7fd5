"""Officers: a head that names no officer's title is not read for title lines or sentences.

``officers.find_officers`` reads a table's title lines ('President & CEO' over a name) and the
sentences that name an officer ('the Company's CEO John Doe', 'Mr. John Doe, Chairman') only
when the head holds a word of the title pattern's gate. Both readers need a match of that
pattern in the head, so they find nothing in any other head: these tests hold them to it on
every document of the tests and the examples, and on edge texts (a title cut by the head's end,
one wrapped over lines, one between cell bars), and check that ``find_officers`` answers as it
did with both always read.
"""

from __future__ import annotations

import pytest

from converter.extract.anchors import Located
from converter.extract.mechanisms import officers
from document_texts import ingested_texts

EDGES = [
    "ACME CORP\n\n| President & CEO |\n| Kim, Jung-Tae |\n",
    "Notes\n    Chief Executive\n    Officer\nJohn Doe\n",  # a title wrapped over lines
    "Mr. John Doe, Chairman and Chief Executive Officer\nthe Company's CFO Jane Roe said",
    "x" * (officers.HEAD - 9) + "\nPresident\nJohn Doe\n",  # the head ends inside the name's line
    "x" * (officers.HEAD - 6) + "\nPresident\nJohn Doe\n",  # ... inside the title: no title line
    "İstanbul\nPresident\nJohn Doe\n",  # folding changes the text's length
    "Presidential Palace\nVice-President\nJohn Doe\n", "",
]


def _texts() -> list[str]:
    return list(ingested_texts()) + EDGES


def test_a_head_without_a_title_has_no_title_line_nor_officer_sentence():
    untitled = 0
    for text in _texts():
        if not officers._names_a_title(text):
            untitled += 1
            assert officers._title_over_name(text) == [] and officers._in_sentences(text) == [], text[:80]
    assert untitled >= 5  # else this proves little


@pytest.mark.parametrize("registrant", [None, "Acme Holdings, Inc."])
def test_officers_are_those_read_without_the_gate(monkeypatch: pytest.MonkeyPatch, registrant):
    located = Located(registrant) if registrant else None
    gated = [officers.find_officers(text, located) for text in _texts()]
    monkeypatch.setattr(officers, "_names_a_title", lambda text: True)
    assert [officers.find_officers(text, located) for text in _texts()] == gated


def test_title_lines_are_those_found_by_every_line(monkeypatch: pytest.MonkeyPatch):
    """``_title_over_name`` tries the title pattern only on the lines holding a word of its gate
    (``_title_lines``, found in the folded text): it finds what trying every line finds."""
    texts = _texts() + TITLE_LINES
    gated = [officers._title_over_name(text) for text in texts]
    monkeypatch.setattr(officers, "_title_lines", lambda text, head: range(len(head)))
    assert [officers._title_over_name(text) for text in texts] == gated
    assert sum(map(bool, gated)) >= 6  # else this proves little


TITLE_LINES = [  # a title over a name, each spelling of the gate's words
    "Contacts\n\n| Representative Director |\n| Lee, Min-Ho |\n",
    "Chairwoman\nJane Roe\n\nChief Operating Officer\nJohn Doe\n",
    "  CFO  \n  Park, Ji-Won\n", "COO\r\nJohn Doe\r\n",
    "Executive Vice President\nJane Roe\nBy: /s/ Jane Roe\n",  # a signature's: not an officer's line
]
