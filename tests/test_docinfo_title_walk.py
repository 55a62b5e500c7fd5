"""The title reader's walk over the lines after a 6-K cover, cut short, finds what the plain walk
finds:

- a blank line or a line of a SIGNATURES section is recognised before the body test, which
  neither passes (a blank line is no running text; a signing line counts as none);
- whether a heading stands under a letterhead (the line above it, past blank lines, is the
  company's name alone) is asked only of the line before a heading that may open a title, not
  of every skipped or signing line, and a blank line's answer is asked once per document.

The walk is compared with the plain walk (the code it replaced, kept here) on every document of
the tests and the examples, for several registrant names (none, the one read, the text of the
lines after the cover, a name of punctuation alone, which a blank line matches), and on edge
texts."""

from __future__ import annotations

from dataclasses import dataclass, fields

import pytest
from document_texts import DOCUMENTS

from converter.extract import title, title_chrome, title_cover
from converter.extract.anchors import Located, head_lines
from converter.extract.mechanisms.lines import squash
from converter.extract.registrant import registrant_name
from converter.ingest import ingest_bytes
from converter.model import SourceDocument
from converter.parse.address import find_addresses


def _plain_address_lines(text: str, lines, first: int) -> frozenset[int]:
    """Every address of the head's first lines read at once, and the lines wholly inside one:
    what ``title_chrome.in_address`` answers line by line, reading only a line's stretch."""
    head = lines[first : first + title_chrome.ADDRESS_HEAD_LINES]
    if not head:
        return frozenset()
    base = head[0].start
    spans = [(base + a.start, base + a.end) for a in find_addresses(text[base : head[-1].start + len(head[-1].text)])]
    return frozenset(first + i for i, line in enumerate(head) if not line.blank and any(
        a <= line.content_start and line.content_end <= b for a, b in spans))


@dataclass(frozen=True)
class _PlainPage(title._Page):
    """A page whose letterhead address lines were all read at once (the plain way)."""

    address: frozenset[int] = frozenset()

    def in_address(self, index: int) -> bool:
        return index in self.address


def _plain_title(document: SourceDocument, registrant: str | None) -> Located | None:
    """``title.document_title`` as it read before the shortcuts: every line tested as body
    first, every blank, signing or skipped line asked whether it is the company's name."""
    text = document.text
    foreign = title_cover.foreign_issuer(text)
    if not foreign and title_cover.annual_form(text):
        return None
    lines = head_lines(text, 16000)
    first = title_cover.cover_end(text, lines, foreign)
    if first is None or title._blank_from(lines, first):
        return None
    base = title._page(document, lines, registrant)
    page = _PlainPage(**{f.name: getattr(base, f.name) for f in fields(base)},
                      address=_plain_address_lines(text, lines, first))
    signed = title_cover.signature_lines(text, lines, first)
    paragraphs = 2 if first else 1
    block = []
    after_letterhead = in_body = under_label = False
    index = first
    while index < min(len(lines), first + title.HEAD_LINES) and paragraphs > 0:
        line = lines[index]
        if block:
            if title._ends_block(page, lines, index, block):
                if title._is_paragraph(page, lines, index):
                    block, paragraphs, in_body = [], paragraphs - 1, True
                    index += 1
                    continue
                break
            block.append(line)
        elif title._is_body(page, line) and not ("|" in line.text or title._in_table(lines, index) or index in signed):
            paragraphs -= 0 if in_body else 1
            after_letterhead, in_body = False, True
        elif line.blank or index in signed or title._skipped(page, line, lines, index):
            after_letterhead = page.is_registrant(line.stripped.strip(" |")) or (after_letterhead and line.blank)
            in_body = in_body and not line.blank
            skipped = not line.blank and index not in signed
            under_label = not line.blank and (under_label or skipped and title._label_alone(line.stripped.strip(" |")))
        elif title._opens_block(page, lines, index, after_letterhead) and not under_label:
            block.append(line)
        else:
            after_letterhead = in_body = False
        index += 1
    if not block or title._at_text_end(text, block) or title_chrome.table_heading(text, lines, block):
        return None
    if first and not title._listed(lines, first, block):
        return None
    start = block[0].content_start
    end = title_chrome.end_before_tail(text, start, block[-1].content_end)
    item = title._ITEM_NUMBER.match(text[start:end])
    if item and not any(not l.blank for l in lines[: block[0].number]):
        start += item.end()
    return Located(squash(text[start:end]), start, end)


def _registrants(document: SourceDocument) -> list[str | None]:
    """Names to try: none, the one the converter reads, punctuation alone (which a blank line
    matches), and the text of each of the first lines after the cover (a letterhead's name)."""
    read = registrant_name(document, None)
    names: list[str | None] = [None, "---", str(read.value) if read else None]
    lines = head_lines(document.text, 16000)
    first = title_cover.cover_end(document.text, lines, title_cover.foreign_issuer(document.text)) or 0
    names += [line.stripped.strip(" |") for line in lines[first : first + 12] if not line.blank][:6]
    return names


def _documents() -> list[SourceDocument]:
    return [document for path in DOCUMENTS for document in ingest_bytes(path.read_bytes(), path.name).documents]


COVER = "REPORT OF FOREIGN PRIVATE ISSUER\nForm 20-F X Form 40-F\nRule 12g3-2(b): No\n\n"
EDGES = [
    COVER + "ACME HOLDINGS LTD.\n\nACME GROWS AGAIN\n\nAcme said today that its sales grew in the quarter.\n",
    COVER + "SIGNATURES\nBy: /s/ Jane Roe\nName: Jane Roe\nTitle: CFO\n\nAcme Holdings Ltd.\n\n"
            "        QUARTERLY SALES UPDATE\n\nAcme said today that its sales grew, as it had planned.\n",
    COVER + "            Acme Holdings Ltd.\n\n            NOTICE OF MEETING\n            OF SHAREHOLDERS\n\n"
            "    Notice is hereby given that the annual general meeting of the company will be held.\n",
    COVER + "   ---\n\n   Board Resolution On Dividends\n\nThe board resolved to pay a dividend of the amount.\n",
    COVER + "\n\n" + "Acme Holdings Ltd.\n" * 3 + "\nRESULTS OF OPERATIONS\n\nrunning text follows here.\n",
    "Acme Holdings Ltd.\n\nACME GROWS AGAIN\nIN ITS THIRD QUARTER OF\nAcme Holdings Ltd.\n\nAcme said so today.\n",
    "      Acme Holdings Ltd.\n\n      Press Release\n\n      New Plant Opens\n\n" + "x " * 60 + "\n",
]


def test_every_document_and_name() -> None:
    titled = compared = 0
    for document in _documents():
        for registrant in _registrants(document):
            expected = _plain_title(document, registrant)
            assert title.document_title(document, registrant) == expected, (document.name, registrant)
            titled += expected is not None
            compared += 1
    assert compared >= 500 and titled >= 50  # else this proves little


@pytest.mark.parametrize("text", EDGES)
@pytest.mark.parametrize("registrant", [None, "Acme Holdings Ltd.", "---", "ACME GROWS AGAIN", "Jane Roe"])
def test_edges(text: str, registrant: str | None) -> None:
    document = ingest_bytes(text.encode(), "edge.txt").documents[0]
    assert title.document_title(document, registrant) == _plain_title(document, registrant)


def test_letterhead_decides_a_title() -> None:
    """An edge the walk must get right: the company's name over a heading that is neither
    centred nor in Title Case makes it the title (and only that name does)."""
    text = COVER + "Acme Holdings Ltd.\n\nthe report on sales\n\nAcme said today that its sales grew a lot.\n"
    document = ingest_bytes(text.encode(), "edge.txt").documents[0]
    assert _plain_title(document, "Acme Holdings Ltd.") == title.document_title(document, "Acme Holdings Ltd.")


def test_blank_and_signing_lines_are_not_tested_as_body(monkeypatch: pytest.MonkeyPatch) -> None:
    # (a paragraph between: a SIGNATURES section right under the cover is passed with it)
    text = (COVER + "Acme said today that its sales grew in the quarter, as it had planned.\n" * 6
            + "\nSIGNATURES\nBy: /s/ Jane Roe\nName: Jane Roe\nTitle: Chief Financial Officer\n\n\n\n")
    document = ingest_bytes(text.encode(), "edge.txt").documents[0]
    body, names = [], []
    is_body, is_registrant = title._is_body, title._Page.is_registrant
    monkeypatch.setattr(title, "_is_body", lambda page, line: body.append(line) or is_body(page, line))
    monkeypatch.setattr(title._Page, "is_registrant", lambda page, s: names.append(s) or is_registrant(page, s))
    assert title.document_title(document, "Acme Holdings Ltd.") is None
    assert not any(line.blank for line in body) and not any("Jane Roe" in line.text for line in body)
    assert names == [""]  # a blank line's answer, asked once; no heading follows a signing line
