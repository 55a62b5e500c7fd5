"""The shortcuts of the signature reading answer as the plain reading does, on every document of
the tests and the examples (whole texts and their signature sections) and at the edges:

- a page that does not hold two '/s/' (folded) is one column: ``column_views`` does not look
  for regions of blocks side by side, each of which needs a signature on both sides;
- ``column_views`` looks for a gap between two cells only on a line whose stripped text holds
  four spaces (``_may_hold_two_cells``), not on every indented line;
- a section's date lines are taken from the reading of the section's page, which the blocks
  were found on, where that page holds the same lines (``signatories._read_alike``), instead
  of reading the text up to the section's end a second time.

The plain reading is the function with its shortcut turned off.
"""

from __future__ import annotations

import pytest
from document_texts import ingested_texts

from converter.extract.anchors import signature_headings
from converter.extract.mechanisms import signatories, signature_columns, signature_lines
from converter.extract.mechanisms.signatories import SECTION_CHARS, _date_lines
from converter.extract.mechanisms.signature_columns import column_views
from converter.extract.mechanisms.signature_lines import SIG, page_lines


def _sections(text: str) -> list[str]:
    """The strings ``find_signature_blocks`` reads for the sections after the SIGNATURES headings
    of ``text`` (the first line blanked up to the section, the last blanked after it)."""
    found = []
    for _, start in signature_headings(text):
        stop = min(len(text), start + SECTION_CHARS)
        first = text.rfind("\n", 0, start) + 1
        last = text.find("\n", stop)
        last = len(text) if last < 0 else last
        found.append(" " * (start - first) + text[start:stop] + " " * (last - stop))
    return found


def _pages() -> list[str]:
    return [page for text in ingested_texts() for page in (text, *_sections(text))]


SIDE_BY_SIDE = (
    "ALPHA FUND, L.P.                        BETA PARTNERS LTD.\n"
    "By: /s/ Ann Lee                         By: /S/ Bo Kim\n"
    "    Name:  Ann Lee                          Name:  Bo Kim\n")
EDGES = [
    "",
    "/s/",
    SIDE_BY_SIDE,
    SIDE_BY_SIDE.replace("/S/", "/\u017f/"),  # the long s: re.IGNORECASE takes it for s
    SIDE_BY_SIDE.replace("/S/", "/|s/"),  # a cell mark inside: no second signature
    "By: /s/s/ Ann Lee                       Bo Kim\n",  # overlapping: one match, one count
    "By: /s/ Ann Lee                         By: /s/ Bo Kim\n",
    "ALPHA | BETA\n|By: /s/ Ann Lee|                        |By: /s/ Bo Kim|\n",
    # indented blocks, one column: every line holds four spaces, in its indent only
    "        ALPHA FUND, L.P.\n        By: /s/ Ann Lee\n        By: /s/ Bo Kim\n",
    # a tab or a no-break space before the gap, and a gap at the very end of a line
    "ALPHA FUND, L.P.\t                        BETA PARTNERS LTD.\n"
    "By: /s/ Ann Lee\u00a0                        By: /s/ Bo Kim    \n",
    # the second column's words right after the gap, the first column's indented
    "      ALPHA                                  BETA\n"
    "      By: /s/ Ann Lee                        By: /s/ Bo Kim\n"
    "          Name: Ann Lee                          Name: Bo Kim\n",
    "|ALPHA |    | BETA\n|By: /s/ Ann Lee|                        |By: /s/ Bo Kim|\n",
]


def _plain_views(page: str, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    with monkeypatch.context() as patched:
        patched.setattr(signature_columns, "_signs_twice", lambda text: True)
        patched.setattr(signature_columns, "_may_hold_two_cells", lambda text: "    " in text)
        return column_views(page)


def test_column_views_of_every_page_are_the_plain_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    columned = 0
    for page in _pages():
        views = column_views(page)
        assert views == _plain_views(page, monkeypatch), page[:80]
        columned += len(views) > 1
    assert columned >= 3  # else this proves little


@pytest.mark.parametrize("page", EDGES)
def test_column_views_at_the_edges(page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert column_views(page) == _plain_views(page, monkeypatch)


def test_a_page_signed_once_by_the_count_has_one_signature_on_its_lines() -> None:
    for page in [*EDGES, *_pages()]:
        if not signature_columns._signs_twice(page):
            assert sum(1 for line in page_lines(page) for _ in SIG.finditer(line.text)) <= 1, page[:80]


def _plain_date_lines(text: str, start: int, end: int, monkeypatch: pytest.MonkeyPatch) -> list:
    with monkeypatch.context() as patched:
        patched.setattr(signatories, "_read_alike", lambda text, start, end: False)
        return _date_lines(text, start, end)


def _bounds(text: str) -> list[tuple[int, int]]:
    """Sections as ``signature_sections`` gives them (from a heading's end, to the text's end or
    a cut) and around them: from the heading's start, a line on, cut mid-line, at a line's
    start, at the next line break, before the section."""
    found = [(0, len(text))]
    for _, end in signature_headings(text):
        stop = min(len(text), end + SECTION_CHARS)
        line_start = text.rfind("\n", 0, stop) + 1
        brk = text.find("\n", end + 1)
        for start in (end, end + 1, text.rfind("\n", 0, end) + 1):
            for cut in (stop, len(text), line_start, max(start, stop - 7), start, brk if brk > 0 else len(text)):
                found.append((start, max(start, min(cut, len(text)))))
    return found


def test_section_date_lines_are_the_plain_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    alike = dated = 0
    for text in ingested_texts():
        for start, end in _bounds(text):
            plain = _plain_date_lines(text, start, end, monkeypatch)
            assert _date_lines(text, start, end) == plain, (text[:60], start, end)
            alike += signatories._read_alike(text, start, end)
            dated += bool(plain)
    assert alike >= 100 and dated >= 20  # else this proves little


DATE_EDGES = [
    "SIGNATURES\nDate: May 2, 2005\nBy: /s/ Ann Lee\n",
    "SIGNATURES\n\n   \nDate:\n|May 2, 2005\nBy: /s/ Ann Lee",  # a label joined to its cell
    "Report.\nDate:\n  SIGNATURES\nMay 2, 2005\n",  # a label over the heading
    "Report.\nDate:\nSIGNATURES  \n|\nJune 3, 2005\nBy: /s/ Ann Lee\n",
    "SIGNATURES\nBy: /s/ Ann Lee" + " " * 320 + "Date: May 2, 2005\nJune 3, 2005",  # a page run together
    "SIGNATURES\r\nDate: May 2, 2005\r\nBy: /s/ Ann Lee\r\n",
]


@pytest.mark.parametrize("text", DATE_EDGES)
def test_section_date_lines_at_the_edges(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for start, end in {*_bounds(text), *((a, b) for a in range(len(text) + 1) for b in (a, len(text)))}:
        assert _date_lines(text, start, end) == _plain_date_lines(text, start, end, monkeypatch), (start, end)
