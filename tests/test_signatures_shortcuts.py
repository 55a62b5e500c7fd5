"""The shortcuts of the signature reader find what the plain reading finds, on every document
of the tests and the examples (whole, and cut into windows of lines) and on edge cases:

- ``signature_lines.may_sign``: a page it refuses has no signature line in ``page_lines`` nor
  in any column view, so ``signatures._blocks_of`` skips it and finds the same (no) blocks.
"""

from __future__ import annotations

import re

import pytest
from document_texts import ingested_texts

from converter.extract.mechanisms import signature_columns, signature_lines, signatures, undated_blocks
from converter.extract.mechanisms.signature_columns import column_views
from converter.extract.mechanisms.signature_lines import may_sign, page_lines


def _windows(text: str, size: int = 14, step: int = 5) -> list[str]:
    """``text`` whole, and runs of ``size`` of its lines every ``step`` lines."""
    lines = text.split("\n")
    return [text] + ["\n".join(lines[i : i + size]) for i in range(0, max(len(lines) - size, 0) + 1, step)]


def _signs(page: str) -> bool:
    """Whether a line of the page or of one of its column views is a signature."""
    return any(line.kind == "sig" for view in column_views(page) for line in page_lines(view))


_EDGES = [
    "SIGNATURES\nthe registrant has caused this report to be signed on its behalf by the undersigned",
    "By: Jane Roe\nName: Jane Roe\nTitle: Director",
    "  |  BY:  | Jane Roe |\n| Name: | Jane Roe |",
    "By:\n\n______________\nName: Jane Roe",
    "Company Ltd.\nBy:|_____________\nName: Jane Roe",
    "/S/ Jane Roe\nJane Roe",
    "/\u017f/ Jane Roe\nJane Roe",
    "Apex Ltd.                         Delta Ltd.\n"
    "text here       By: Jane Roe       By: John Doe\n"
    "                Name: Jane Roe     Name: John Doe",
    "Nearby: the office\nStandby facility\nthe by-laws adopted",
    "\n\n\n   \n|\n| |\n",
    "",
]


@pytest.mark.parametrize("page", _EDGES)
def test_a_refused_edge_page_has_no_signature(page: str) -> None:
    assert may_sign(page) or not _signs(page)


def test_the_gate_refuses_pages_that_cannot_sign() -> None:
    # (a test that could not fail would prove nothing: these pages are refused, the others kept)
    assert [may_sign(p) for p in _EDGES] == [False, True, True, True, True, True, True, False, False, False, False]


def test_every_document_refused_has_no_signature_line() -> None:
    refused = kept = 0
    for text in ingested_texts():
        for page in _windows(text):
            if may_sign(page):
                kept += 1
            else:
                refused += 1
                assert not _signs(page), page[:200]
    assert refused > 100 and kept > 100  # both sides of the gate are exercised


def test_blocks_are_those_of_the_plain_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    pages = [page for text in ingested_texts() for page in _windows(text, 30, 15)]
    gated = [signatures._blocks_of(page, len(page)) for page in pages]
    monkeypatch.setattr(signatures, "may_sign", lambda page: True)
    plain = [signatures._blocks_of(page, len(page)) for page in pages]
    assert gated == plain
    assert sum(map(len, plain)) > 100


def _plain_column_views(text: str) -> list[str]:
    """``column_views`` as it was: every gap of every line walked for its region."""
    if not signature_columns._signs_twice(text):
        return [text]
    lines = page_lines(text)
    regions: list[tuple[int, int, int]] = []
    open_regions: list[tuple[int, int, int]] = []
    for i, line in enumerate(lines):
        if signature_columns._CELL_GAP not in line.text:
            continue
        label = signature_columns._LABEL.match(line.text)
        open_regions = [r for r in open_regions if r[1] >= i]
        for gap in signature_columns._TWO_CELLS.finditer(line.text, label.end() if label else 0):
            if gap.end() < 25 or any(first <= i and abs(edge - gap.end()) <= 3
                                     for first, _, edge in open_regions):
                continue
            first, last = (signature_columns._column_edge(lines, i, gap.end(), step) for step in (-1, 1))
            sides = {m.start() >= gap.end() for ln in lines[first : last + 1]
                     for m in signature_lines.SIG.finditer(ln.text)}
            if sides == {False, True}:
                regions.append((first, last, gap.end()))
                open_regions.append((first, last, gap.end()))
    if not regions:
        return [text]
    return signature_columns._views(text, lines, regions)


_COLUMN_EDGES = [
    # two pages side by side, the second signature far right
    "APEX FUND, L.P.                          DELTA HOLDINGS LTD.\n\n"
    "By: /s/ Ann Park                         By: /s/ John Doe\n"
    "Name: Ann Park                           Name: John Doe\n",
    # cells side by side, but every signature in the left column
    "Item 11.   Percent of class       5.2%\n\nBy: /s/ Ann Park\n    /s/ John Doe\n"
    "Name: Ann Park                           Title: Director\n",
    # signatures only right of the gap
    "Name of person                                /s/ Ann Park\n"
    "Title of class                                /s/ John Doe\n",
    # the right column's signature stands where its cells begin
    "APEX FUND, L.P.               DELTA HOLDINGS LTD.\n\n"
    "/s/ Ann Park                  /s/ John Doe\n"
    "Ann Park, Director            John Doe, Director\n",
    # three columns
    "A LLC                     B LLC                     C LLC\n"
    "By: /s/ Ann Park          By: /s/ Bo Lee            By: /s/ Cy Kim\n",
]


def test_column_views_are_those_of_the_plain_reading() -> None:
    split = 0
    pages = [page for text in ingested_texts() for page in _windows(text, 40, 20)] + _COLUMN_EDGES
    for page in pages:
        views = column_views(page)
        assert views == _plain_column_views(page), page[:200]
        split += len(views) > 1
    assert split > 10  # pages with columns side by side are among them


def test_paragraph_clauses_are_read_once_with_the_same_dates(monkeypatch: pytest.MonkeyPatch) -> None:
    """``_clause`` reads the paragraph above a run of blocks once for all of them; the blocks are
    those of reading it for each block (the function as it was)."""
    pages = [text for text in ingested_texts()] + _COLUMN_EDGES + [
        "IN WITNESS WHEREOF, the undersigned have executed this Agreement as of the date first\n"
        "above written.\n\nA LLC\nBy: /s/ Ann Park\n\nB LLC\nBy: /s/ Bo Lee\n",
        "The undersigned have executed this Agreement as of March 3, 2005 at the offices of\n"
        "the parties named below.\n\nA LLC\nBy: /s/ Ann Park\n\nB LLC\nBy: /s/ Bo Lee\n",
        # two paragraphs, each over its own blocks, saying different things of them
        "The undersigned have executed this Agreement as of March 3, 2005 at the offices of\n"
        "the parties named below.\n\nA LLC\nBy: /s/ Ann Park\n\n"
        "IN WITNESS WHEREOF, the parties below have executed this Joinder as of the date first\n"
        "above written, each of them by its authorised officer.\n\nB LLC\nBy: /s/ Bo Lee\n",
    ]
    reads = 0

    def plain(clean, prose, clauses):  # noqa: ANN001, ANN202
        nonlocal reads
        reads += 1
        paragraph_start = max(0, prose.start - 400)
        if undated_blocks._AS_OF_ABOVE.search(clean, paragraph_start, prose.end):
            return True
        return undated_blocks._executed_as_of(clean, paragraph_start, prose.end)

    once = [signatures.find_signature_blocks(page) for page in pages]
    monkeypatch.setattr(undated_blocks, "_clause", plain)
    each = [signatures.find_signature_blocks(page) for page in pages]
    assert once == each
    assert reads > 50 and any(b.as_of_above for bs in each for b in bs) and any(
        b.date for bs in each for b in bs)


def _plain_in_context(lines: list) -> list:  # noqa: ANN001
    """``_in_context`` as it was: in its pass over By: lines, the patterns before the line below
    (a line under prose that ends its sentence is no part of the paragraph)."""
    out = list(lines)
    for i in range(1, len(out)):
        line, previous = out[i], out[i - 1]
        if line.kind == "title" and previous.kind == "by" and re.match(r"\s*Its\s*:", line.text, re.I):
            out[i] = signature_lines._as(line, "role")
            continue
        if line.kind != "text":
            continue
        lower = line.body[:1].islower() and not (previous.kind == "title" and signature_lines.wraps_title(line.body))
        if previous.kind == "role" and signature_lines._OPEN_END.search(previous.text):
            out[i] = signature_lines._as(line, "role")
        elif previous.kind == "prose" and not re.search(r"[.!?:][\"”’)]*\s*$", previous.text) or (
                lower and previous.kind != "text"):
            out[i] = signature_lines._as(line, "prose")
    for i, line in enumerate(out):
        if line.kind == "by" and not signature_lines.role_line().search(line.text) and not (
                signature_lines.capacity_pattern().search(" " + line.text)):
            below = next((ln for ln in out[i + 1 : i + 4] if ln.kind not in ("blank", "rule")), None)
            if below is not None and (below.kind in ("name", "title")
                                      or below.kind == "note" and "signature" in below.body.lower()):
                out[i] = signature_lines._as(line, "sig")
    return out


def test_lines_in_context_are_those_of_the_plain_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    pages = [page for text in ingested_texts() for page in _windows(text, 40, 20)] + _EDGES + [
        "By: Apex GP LLC, its General Partner\nName: Ann Park\n",
        "By: Jane Roe, as Attorney-in-Fact\nTitle: Director\n",
        "By: Jane Roe\n\n(Signature)\n",
        "By: Jane Roe\nIts: Director\n",
    ]
    seen: list[list] = []
    real = signature_lines._in_context

    def recorded(lines):  # noqa: ANN001, ANN202
        seen.append(list(lines))
        return real(lines)

    monkeypatch.setattr(signature_lines, "_in_context", recorded)
    for page in pages:
        signature_lines._page_lines(page)
    by_lines = 0
    for lines in seen:
        assert real(lines) == _plain_in_context(lines)
        by_lines += sum(line.kind == "by" for line in lines)
    assert by_lines > 100


@pytest.mark.parametrize("text", ["", "\n", "a\n\nb", "\r\n \t|x|\n", "\u2028x\u0085y\n", "end"])
def test_a_column_copy_is_blank_but_for_line_ends(text: str) -> None:
    assert signature_columns._blank_copy(text) == [" " if c != "\n" else c for c in text]


def test_every_column_copy_is_blank_but_for_line_ends() -> None:
    for text in ingested_texts():
        assert signature_columns._blank_copy(text) == [" " if c != "\n" else c for c in text]


def _plain_page_lines(text: str) -> list:
    """``_page_lines`` as it was: every line read for a bare label and its kind, blank or not
    (a date line with a party right of it read as two lines)."""
    view = signature_lines.blank_cells(text)
    physical = signature_lines._physical_lines(text, view)
    lines = []
    i = 0
    while i < len(physical):
        start, end, cell = physical[i]
        part = view[start:end]
        if signature_lines._BARE_LABEL.match(part) and i + 1 < len(physical):
            following = view[physical[i + 1][0] : physical[i + 1][1]]
            if following.strip() and not signature_lines._BARE_LABEL.match(following):
                end = physical[i + 1][1]
                part = view[start:end].replace("\n", " ")
                i += 1
        kind = signature_lines._kind(part)
        beside = signature_lines._party_beside_date(part) if kind == "date" else 0
        if beside:  # a date, then the party printed in the next column: two lines
            lines.append(signature_lines.Line(start, end, part[:beside] + " " * (len(part) - beside), kind, cell))
            part, kind = " " * beside + part[beside:], "text"
        lines.append(signature_lines.Line(start, end, part, kind, cell))
        i += 1
    return signature_lines._in_context(lines)


_BLANK_EDGES = ["By:\n   \nJane Roe\nName: Jane Roe", "Name:\n\u3000\u00a0\n/s/ Jane Roe", "\r\n\t\x0c\n\u2028\n\x85",
                "|  |\n  \n| By: | /s/ Ann Lee |\n\n  Title: Director  \n   "]


def test_page_lines_are_those_of_the_plain_reading() -> None:
    pages = [page for text in ingested_texts() for page in _windows(text, 40, 20)] + _EDGES + _BLANK_EDGES
    blank = 0
    for page in pages:
        lines = signature_lines._page_lines(page)
        assert lines == _plain_page_lines(page), page[:200]
        blank += sum(line.kind == "blank" for line in lines)
    assert blank > 1000


def test_a_section_page_is_made_once_for_its_blocks_and_its_dates() -> None:
    text = "Report.\nSIGNATURES\nAPEX LTD.\nBy: /s/ Ann Park\nDate: May 2, 2005\n"
    start = text.index("\nAPEX")
    page = signatures.section_page(text, start, len(text))
    assert signatures.section_page(text, start, len(text)) is page  # remembered, not made again
    first = text.rfind("\n", 0, start) + 1
    assert page == (" " * (start - first) + text[start:], first)  # what it was made of
