"""Shortcuts of the table, labelled-item and signature readers (issue 17, second round) answer
as the plain reading does, on every line of the test and example documents and at the edges:

- ``table_grid._display_columns`` sums a line's character widths with ``accumulate`` over a
  memo of ``char_columns`` (``_WIDTHS``) instead of a loop of Python per character;
- ``signature_lines._in_context`` asks whether a text line opens in lower case only after a
  line of another kind, and reads its first character without joining its words;
- ``labelled_items._typed`` skips a nil cell before building anything for it, asks the
  ``@uncertain`` phrase through its gate (``says_uncertain``) and builds each value at once
  instead of replacing the fields of a base value;
- ``schedule_13._row_label_matches`` tries a cover row's label at one place of each run of
  blanks before it, not at every place of an indent;
- ``listings._code_match_starts`` tries a labelled code ("bare_code") only where a word that opens
  one begins, and "code" before a labelled code only where a word that opens an exchange's name
  begins (``_opening_stems``);
- ``signatures._own_date`` searches a signature line for its ``By`` word from the first 'By';
- ``signature_lines.blank_for_the_pen`` asks ``BLANK_SIG`` only before each run of underscores;
- ``table_cell_lines._is_bare_figure`` answers no for a line holding a lower-case letter that no
  figure, empty mark or closer holds, before testing the whole line.

The plain reading is the function as it stood before its shortcut, written out here, or the
pattern's own ``search``/``finditer``. (``cover_6k._file_number_starts``, which keeps only the
digits of the run before 'commission', is held to the plain search by ``test_cover_gates``.)
"""

from __future__ import annotations

import pytest
from document_texts import file_texts, ingested_texts
from test_signatures_shortcuts import _plain_in_context

from converter.columns import char_columns
from converter.extract.kinds import schedule_13
from converter.extract.mechanisms import (
    labelled_items,
    lines,
    listings,
    signature_columns,
    signature_lines,
    signatures,
    table_cell_lines,
    table_grid,
)
from converter.extract.mechanisms.item_cells import NIL
from converter.extract.mechanisms.item_labels import uncertain_pattern
from converter.extract.mechanisms.signature_lines import Line
from converter.parse.match_starts import matches_from

# -- display columns ----------------------------------------------------------------------------

_LINE_EDGES = [
    "", "a", "\t", "매출액   1,234", "売　上　高   12", "“Quoted”  12.5%", "Ａ１２", "\u3000", "x\u0301y",
    "é\tè", "한\t글", "\ud55c" * 50, "mixed 한 and ascii\u00a0 — ", "\U0001F600 wide?", "ｶﾀｶﾅ half width",
]


def _plain_display_columns(text: str) -> list[int] | range:
    """``_display_columns`` as written before the shortcut: each character in turn."""
    if "\t" not in text and text.isascii():
        return range(len(text) + 1)
    column = [0]
    for ch in text:
        here = column[-1]
        column.append(here + 8 - here % 8 if ch == "\t" else here + char_columns(ch))
    return column


def _lines() -> list[str]:
    return [*_LINE_EDGES, *(line for text in (*ingested_texts(), *file_texts()) for line in text.split("\n"))]


def test_display_columns_are_the_plain_sums() -> None:
    wide = 0
    for line in _lines():
        assert list(table_grid._display_columns(line)) == list(_plain_display_columns(line)), line[:80]
        wide += not line.isascii() and "\t" not in line
    assert wide >= 100  # the shortcut's lines: else this proves little


@pytest.mark.parametrize("text", ["한글", "“x”", "Ａ"])
def test_display_columns_count_wide_characters_twice(text: str) -> None:
    columns = table_grid._display_columns(text)
    assert columns[-1] == sum(char_columns(ch) for ch in text)
    assert len(columns) == len(text) + 1


# -- the kinds a signature page's lines take from the lines around them ---------------------------


_PAGE_EDGES = [
    "By: /s/ Ann Lee\nName: Ann Lee\n\u00a0and Secretary\nTitle: Director of Planning\n and Finance\n",
    "APEX GP LLC\nits general partner of the\n1998 Trust\n\u3000lower after a role\n",
    "We agree to the filing of this statement.\nand so on\n\x1clower after prose\n",
    "Title: President\n\u2028and Chief Executive Officer\nsecretary\n",
    "Apex Holdings Inc\nsome words here\n",  # lower case after a text line: still text
    "Title: President\nsecretary\n",  # after a title: prose, unless it wraps the title
]


def _context_inputs(monkeypatch: pytest.MonkeyPatch) -> list[list[Line]]:
    """The lines ``_page_lines`` hands ``_in_context`` for every test and example document, each
    column view of it, and edge pages."""
    seen: list[list[Line]] = []
    plain_in_context = signature_lines._in_context

    def record(lines: list[Line]) -> list[Line]:
        seen.append(list(lines))
        return plain_in_context(lines)

    monkeypatch.setattr(signature_lines, "_in_context", record)
    for text in (*_PAGE_EDGES, *ingested_texts()):
        for view in signature_columns.column_views(text):
            signature_lines._page_lines(view)
    return seen


def test_in_context_is_the_plain_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    pages = _context_inputs(monkeypatch)
    monkeypatch.undo()
    changed = 0
    for lines in pages:
        plain = _plain_in_context(lines)  # (both of its passes as first written)
        assert signature_lines._in_context(lines) == plain
        changed += sum(a.kind != b.kind for a, b in zip(lines, plain))
    assert changed >= 100  # the kinds the loop sets: else this proves little


def test_first_character_is_the_bodys() -> None:
    for line in _lines():
        assert line.lstrip()[:1] == Line(0, len(line), line, "text").body[:1], line[:80]


# -- typed values of labelled items -----------------------------------------------------------------


def _plain_typed(reading, item, named):  # type: ignore[no-untyped-def]
    """``_typed`` as written before the shortcut."""
    row, out = named.row, []
    concepts = row.concept.split(",")
    above = tuple(reading.labels_above(named.heading)) if row.kind in ("amount", "per_share") else ()
    hint = labelled_items._hint(named.labels + above)
    for i, cell in enumerate(item.values):
        column = (item.columns[i] if item.columns else "") or named.column
        base = labelled_items.Labelled(concepts[0], row.kind, None, None, None, cell.start, cell.end, item,
                                       named.heading.index, column, named.share_class)
        if cell.text.strip().lower() in NIL:
            continue
        if uncertain_pattern().search(cell.text):
            out.append(labelled_items._replace(base, reason=f"not decided yet: {' '.join(cell.text.split())[:80]}"))
            continue
        if concepts[0] == "DividendsDeclaredPerShare" and not labelled_items._PER_SHARE_WORDS.search(
                " ".join(named.labels) + cell.text):
            continue
        kind = "date" if row.kind == "date_range" and named.range_end else row.kind
        parsed = labelled_items.parse_value(kind, cell.text, hint)
        if row.kind == "date_range":
            ends = [concepts[named.range_end == "to"]] if named.range_end else concepts
            parsed = parsed if len(parsed) == len(ends) else []
        else:
            ends = concepts * len(parsed)
        for concept, (value, unit, decimals, start, end) in zip(ends, parsed):
            out.append(labelled_items._replace(base, concept=concept, value=value, unit=unit, decimals=decimals,
                                               start=cell.start + start, end=cell.start + end))
    return out


_ITEM_EDGES = [
    "DIVIDEND\n1. Dividend per share (KRW): To be determined\n2. Record date : N/A\n3. Total amount : -\n",
    "CAPITAL REDUCTION\n|Before\n|After\n|\nPaid-in capital (KRW)\n|5,000,000\n|미정\n",
    "STOCK SPLIT\n1. Split ratio : 2 for 1\n2. Effective date : from May 4, 2005 to May 3, 2006\n",
]


def test_typed_values_are_the_plain_values(monkeypatch: pytest.MonkeyPatch) -> None:
    values = reasons = 0
    for text in (*_ITEM_EDGES, *ingested_texts()):
        shortcut = labelled_items.read_items(text).values
        with monkeypatch.context() as plain:
            plain.setattr(labelled_items, "_typed", _plain_typed)
            assert labelled_items.read_items(text).values == shortcut, text[:80]
        values += len(shortcut)
        reasons += sum(v.reason.startswith("not decided") for v in shortcut)
    assert values >= 100 and reasons >= 2  # else this proves little


# -- a schedule's cover rows --------------------------------------------------------------------------

_COVER_EDGES = [
    "                                        NAME OF REPORTING PERSON\n",  # a label indented, no number
    "  |  |   12.  |  \t TYPE OF REPORTING PERSON*\n   IN\n",
    "\t\t(1)\t\tNAMES OF REPORTING PERSONS\n  (2)    CHECK THE APPROPRIATE BOX IF A MEMBER OF A GROUP\n",
    "1   (2) NAME OF REPORTING PERSON\n 9  |  | SOLE DISPOSITIVE POWER   -0-\n",
    "row 7 .   SOLE VOTING POWER\n|| 8 ||SHARED VOTING POWER\n   11   PERCENT OF CLASS REPRESENTED BY AMOUNT IN ROW (9)",
]


def test_cover_row_labels_are_the_full_scan() -> None:
    found = 0
    for text in (*_COVER_EDGES, *ingested_texts()):
        expected = [(m.span(), m.groupdict()) for m in schedule_13._row_labels().finditer(text)]
        assert [(m.span(), m.groupdict()) for m in schedule_13._row_label_matches(text)] == expected, text[:80]
        found += len(expected)
    assert found >= 200  # else this proves little


# -- listing codes after an exchange's name -------------------------------------------------------------

_CODE_EDGES = [
    "THE NEW YORK STOCK EXCHANGE, code 1234", "the   Tokyo Stock Exchange,\n Mothers, code number: 1234",
    "xNYSE code 1234", "Listed on Korea Exchange   ,, Stock code: 012345", "İstanbul; Korea Exchange code 123456",
    "Hong Kong Stock Exchange stock code 0999 and the SGX code 1234", "euronext paris,code 12345",
    "Stock Code: 0999\n", "Securities code 9999", "ticker code 1234", "Ordinary share code 1234", "xstock code 1234",
]


def test_code_starts_before_a_label_are_the_full_scan() -> None:
    code = listings._patterns()["code"]
    found = kinds = 0
    for text in (*_CODE_EDGES, *file_texts()):
        head = text[:listings.HEAD]
        expected = [(m.span(), m.groupdict()) for m in code.finditer(text, 0, len(head))]
        got = [(m.span(), m.groupdict()) for m in matches_from(code, text, listings._code_match_starts(head), len(head))]
        assert got == expected, text[:80]
        found += sum(bool(groups["x"]) for _, groups in got)
        kinds += sum(bool(groups["kind"]) for _, groups in got)
    assert found >= 8 and kinds >= 5  # codes after an exchange's name, labels with their kind


# -- the By word of a signature line ----------------------------------------------------------------------

_BY_EDGES = ["By", "xBy: /s/ A", "ByLaws   By: /s/ Ann Lee", "Bypass", "Dated: May 1, 2004    By: /s/ Ann", "",
             "December 22, 2005    BY: /s/ Ann", "/s/ Ann Lee By", "_By_ By"]


def test_by_word_from_the_first_by_is_the_plain_search(monkeypatch: pytest.MonkeyPatch) -> None:
    plain = signatures._BY_WORD
    searched: list[tuple[str, int]] = []

    class Recording:  # what _own_date asks of the By pattern, answered by it
        def search(self, text: str, pos: int = 0):  # type: ignore[no-untyped-def]
            searched.append((text, pos))
            return plain.search(text, pos)

    monkeypatch.setattr(signatures, "_BY_WORD", Recording())
    lines = [*_BY_EDGES, *(line for text in ingested_texts() for line in text.split("\n") if "/s/" in line.lower())]
    for line in lines:
        signatures._own_date(line, [], Line(0, len(line), line, "sig"))
    asked = dict(searched)
    found = 0
    for line in lines:  # a line not searched holds no 'By', so no match
        m = plain.search(line)
        shortcut = plain.search(line, asked[line]) if line in asked else None
        assert (shortcut and shortcut.span()) == (m and m.span()), line
        found += m is not None
    assert found >= 10  # else this proves little


# -- a signature line left blank for the pen ---------------------------------------------------------------

_PEN_EDGES = ["By: ______", "Name ____", "By:: ____", "xby  ____", "BY\n\n_____", "By ___ ____", "By:\u00a0 ____",
              "____ By ____", "by____", "By: ___\n____", "_By: ____", "abc By :\t\t_________ more By ____", "",
              "By: " + " " * 300 + "____", "By " + "_" * 3, "By_____", "Dated: ____  By: ____"]


def test_blank_for_the_pen_is_the_plain_search() -> None:
    plain = signature_lines.BLANK_SIG
    texts = [*_PEN_EDGES, *ingested_texts(), *(line for text in ingested_texts() for line in text.split("\n") if "___" in line)]
    found = 0
    for text in texts:
        view = signature_lines.blank_cells(text)
        assert signature_lines.blank_for_the_pen(view) == bool(plain.search(view)), view[:80]
        found += bool(plain.search(view))
    assert found >= 8  # else this proves little


# -- a line that is a figure alone ----------------------------------------------------------------------------

_FIGURE_EDGES = ["n/a", "N/A", "n.m.", "nm", "NM", "Rs. 12", "Rs.1,234", "US$ 1,234", "HK$12", "RMB 5", "KRW 1,000",
                 "W 1,000", "(1,245)", "%", ")", ")%", "흑자전환", "적자 지속", "5,123억원", "  12.5 %  ", "-", "—", "*",
                 "na", "ma", "sn", "12 a", "1,234 shares", "Revenue 12", "12b", "  ", "", "＋５", "S$ 3", "NT$ 4.5"]


def test_bare_figure_lines_are_the_plain_test() -> None:
    def plain(line: lines.Line) -> bool:
        text = line.text.strip()
        return table_grid.is_figure(text) or bool(table_cell_lines._CLOSER.fullmatch(text))

    figures = 0
    for text in (*_FIGURE_EDGES, *(line for doc in ingested_texts() for line in doc.split("\n"))):
        line = lines.Line(0, 0, text)
        assert table_cell_lines._is_bare_figure(line) == plain(line), text[:80]
        figures += plain(line)
    assert figures >= 200  # else this proves little
