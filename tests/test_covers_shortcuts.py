"""The shortcuts of the 6-K cover readers answer as the plain work they spare (issue 12), on
every test and example document and on short texts written for the edge cases: the exhibit
index's 'Exhibit N' lines found in the document's fold, a line's cells cut without a split, a
cover's body read only when no other row was found, a box row read with its token reader looked
up once, and the registrant's cued addresses read only when asked. Counts and answers, never
seconds."""

from __future__ import annotations

import datetime as dt
import functools
import re

import pytest

from converter.extract.base import DocumentContext
from converter.extract.mechanisms import address_facts, address_locate, checkbox, exhibit_index, furnished
from converter.extract.mechanisms.lines import Line, split_lines
from converter.model import Classification, DocumentFamily, Period, Segment, SourceDocument
from converter.parse.dates import find_dates
from converter.parse.gates import fold
from tests.document_texts import ingested_texts

TEXTS = ingested_texts()

# fixed-width and flattened rows, and the letters folding and lowering treat apart ('İ', 'ı',
# 'ſ', the Kelvin sign): a line holding the word only folded is no 'Exhibit N' line
_EDGES = [
    "EXHIBIT INDEX\n99.1  Press release dated May 2, 2007\n",
    "Exhibit 99.1: Notice of the annual meeting\nExhibit 99.2 | Proxy card\n",
    "EXH\u0130BIT 99.1  Press release\n\u0130nfo\nExhibit 2  Letter to shareholders dated June 3, 2007\n",
    "EXHIB\u0131T 1  Release\nExhibit 1  Release\n",
    "exhibit\u017f 3  Notice\n\u212aexhibit 4  Notice\n",
    "|1.|\t|Notice of the meeting|\n|2.\t\tProxy form|\n\tExhibit 3\tAgenda\n",
    "", "\n", "Exhibit", "no word here\n",
]


def _plain_worded_lines(lines: list[Line]) -> list[int]:
    """The plain path: every line lowered and tested."""
    return [i for i, line in enumerate(lines) if "exhibit" in line.text.lower()]


@pytest.mark.parametrize("text", _EDGES)
def test_worded_lines_hold_every_line_lowered_to_the_word(text: str) -> None:
    """Every line whose lowered text holds the word (and those holding it only folded, which
    the reader then passes over: see the rows below)."""
    lines = split_lines(text)
    assert set(_plain_worded_lines(lines)) <= set(exhibit_index._worded_lines(text, fold(text), lines))


def test_worded_lines_on_every_document() -> None:
    found = 0
    for text in TEXTS:
        lines = split_lines(text)
        worded = exhibit_index._worded_lines(text, fold(text), lines)
        assert worded == _plain_worded_lines(lines)  # (no letter that folding treats apart)
        found += bool(worded)
    assert 10 < found < len(TEXTS)  # both answers are tested


def test_exhibit_rows_as_when_each_line_was_lowered(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = (*TEXTS, *_EDGES)
    shortcut = [exhibit_index.exhibit_rows(t, split_lines(t)) for t in texts]
    monkeypatch.setattr(exhibit_index, "_worded_lines", lambda text, folded, lines: _plain_worded_lines(lines))
    assert [exhibit_index.exhibit_rows(t, split_lines(t)) for t in texts] == shortcut
    assert sum(bool(rows) for rows in shortcut) > 10


def test_a_line_held_only_folded_gives_no_row() -> None:
    """'EXHİBIT 1' folds to 'exhibit 1' but its word does not lower to 'exhibit': no row, as
    when each line was lowered."""
    text = "EXH\u0130BIT 1  Press release dated May 2, 2007\n"
    assert exhibit_index._worded_lines(text, fold(text), split_lines(text)) == [0]
    assert exhibit_index.exhibit_rows(text, split_lines(text)) == []


def _plain_cells(line: Line) -> list[tuple[str, int, int]]:
    """The plain path: every line split on bars and tabs."""
    cells, offset = [], line.start
    for piece in re.split(r"[|\t]", line.text):
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            cells.append((piece.strip(), offset + lead, offset + lead + len(piece.strip())))
        offset += len(piece) + 1
    return cells


def test_cells_as_split_on_every_line() -> None:
    barred = 0
    for text in (*TEXTS, *_EDGES):
        for line in split_lines(text):
            assert exhibit_index._cells(line) == _plain_cells(line), line
            barred += "|" in line.text or "\t" in line.text
    assert barred > 20


def test_rows_read_with_the_cells_handed_over_as_when_cut_again() -> None:
    rows = 0
    for text in (*TEXTS, *_EDGES):
        lines = split_lines(text)
        for i, line in enumerate(lines):
            handed = exhibit_index._row_at(lines, i, len(lines), exhibit_index._cells(line))
            assert handed == exhibit_index._row_at(lines, i, len(lines))
            rows += handed[0] is not None
    assert rows > 20


def test_exhibit_dates_as_when_each_piece_was_read_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """A row's dates come from the document's date index; read piece by piece, the same."""
    texts = (*TEXTS, *_EDGES, "EXHIBIT INDEX\n99.1  Notice of meeting (July 27, 2006)\n"
             "99.2  Report for the quarter ended June 30, 2006, dated x2006-08-01\n")
    indexed = [exhibit_index.exhibit_rows(t, split_lines(t)) for t in texts]
    afresh = lambda text, start, end: find_dates(text[start:end])  # noqa: E731
    monkeypatch.setattr(exhibit_index, "dates_between", afresh)
    monkeypatch.setattr(exhibit_index._date_in, "__defaults__", (afresh,))
    assert [exhibit_index.exhibit_rows(t, split_lines(t)) for t in texts] == indexed
    dated = [row for rows in indexed for row in rows if row.date or row.period_end]
    assert len(dated) > 10 and indexed[-1][0].date and indexed[-1][1].period_end


def test_exhibit_rows_as_when_each_row_cut_its_cells_again(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = (*TEXTS, *_EDGES)
    shortcut = [exhibit_index.exhibit_rows(t, split_lines(t)) for t in texts]
    row_at = exhibit_index._row_at
    monkeypatch.setattr(exhibit_index, "_row_at", lambda lines, i, end, cells=None: row_at(lines, i, end))
    assert [exhibit_index.exhibit_rows(t, split_lines(t)) for t in texts] == shortcut


def test_a_cover_body_is_read_only_when_no_other_row_is_found() -> None:
    """``body`` given as a function answers as the body itself, and is asked only where no
    heading and no 'Exhibit N' line gave a row."""
    asked = spared = 0
    for text in (*TEXTS, *_EDGES):
        lines = split_lines(text)
        body = furnished.cover_body(text)
        calls: list[int] = []
        lazily = exhibit_index.exhibit_rows(text, lines, body=lambda: calls.append(1) or body)
        assert lazily == exhibit_index.exhibit_rows(text, lines, body=body)
        assert furnished.cover_exhibits(text) == tuple(lazily)
        if calls:
            asked += 1
        elif body is not None:
            spared += 1
            assert exhibit_index.exhibit_rows(text, lines) == lazily  # rows found without the body
    assert asked > 5 and spared > 5


def _plain_read_row(text: str, anchor: int, stop: int, labels: list[re.Pattern[str]]) -> list:
    """The plain path: each token read by the patterns in turn, the boxes before the label
    gathered in a new list at each token."""
    line_start = text.rfind("\n", 0, anchor) + 1
    pos, before = max(line_start, anchor - checkbox._LOOKBACK), []
    while pos < anchor:
        token = checkbox._token_in_turn(text, pos, anchor, [])
        before = [] if token.kind in ("word", "other") else before + [token]
        pos = token.end
    row, expected, pos = before, 0, anchor
    while pos < stop:
        token = checkbox._token_in_turn(text, pos, stop, labels)
        if token.kind == "label":
            if token.index != expected:
                break
            expected += 1
        elif token.kind == "other":
            line_end = text.find("\n", token.end, stop)
            line_end = stop if line_end < 0 else line_end
            if expected >= len(labels) or not labels[expected].search(text, token.end, line_end):
                break
        elif token.kind == "word":
            break
        row.append(token)
        pos = token.end
    return row


def test_box_rows_read_as_token_by_token_on_every_document() -> None:
    rows = 0
    for text in TEXTS:
        for labels in ([furnished.FORM_20F, furnished.FORM_40F], [furnished.YES, furnished.NO]):
            for anchor in labels[0].finditer(text, 0, min(len(text), furnished.COVER_REACH)):
                for stop in (min(len(text), furnished.COVER_REACH), min(len(text), anchor.end() + 60)):
                    row = checkbox._read_row(text, anchor.start(), stop, labels)
                    assert row == _plain_read_row(text, anchor.start(), stop, labels)
                    rows += any(t.kind in ("checked", "empty") for t in row)
    assert rows > 20


PERIOD = Period.duration(dt.date(2007, 1, 1), dt.date(2007, 1, 31))


def _context(text: str) -> DocumentContext:
    document = SourceDocument("test.txt", text, text, (Segment(0, 0, len(text)),))
    return DocumentContext(document, Classification(DocumentFamily.OTHER, 0, ()), None, None, PERIOD, None)


class _EagerCued(address_facts._Cued):
    """The plain path: the cued addresses read as the reader starts."""

    def __init__(self, text: str, lowered: str, blocks: list[tuple[int, int]]) -> None:
        super().__init__(text, lowered, blocks)
        _ = self.found


def _plain_by_other_cue(text, items, near, ours):  # type: ignore[no-untyped-def]
    """The plain path: every other cued address tried, numbers or none."""
    if near is None:
        return None
    for other in ours:
        item = address_facts._pick(text, items, other) if other != near else None
        if item is not None:
            return item
    return None


_CONTACTS = [
    "ACME CORP.\n100 Main Street, Springfield, IL 62701\n(Address of principal executive offices)\n"
    "Tel: +1 217 555 0100\nFax: +1 217 555 0101\n",
    "Our principal executive offices are located at 12 Harbour Road, Wanchai, Hong Kong. "
    "Tel: +852 2555 0101. The depositary, 101 Barclay Street, New York, NY 10286, Tel: +1 212 555 0199.\n",
    "No address and no number.\n",
    # a number by another address the text says is the registrant's, far from the cover's block
    "ACME CORP.\n100 Main Street, Springfield, IL 62701\n(Address of principal executive offices)\n\n"
    + "Lorem ipsum dolor sit amet. " * 30
    + "\n\nAbout Acme: its principal executive offices are located at 12 Harbour Road, Wanchai, Hong Kong. "
    "Tel: +852 2555 0101.\n",
]


def test_contact_details_as_when_the_cued_addresses_were_read_first(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = (*TEXTS, *_CONTACTS)
    reads: list[int] = []
    original = address_facts._Cued.found.func

    def counted(self):  # type: ignore[no-untyped-def]
        reads.append(1)
        return original(self)

    remembered = functools.cached_property(counted)
    remembered.__set_name__(address_facts._Cued, "found")
    monkeypatch.setattr(address_facts._Cued, "found", remembered)
    lazy = [address_facts.extract_entity_contact_details(_context(t)) for t in texts]
    lazy_reads = len(reads)
    monkeypatch.setattr(address_facts, "_Cued", _EagerCued)
    monkeypatch.setattr(address_facts, "_by_other_cue", _plain_by_other_cue)
    assert [address_facts.extract_entity_contact_details(_context(t)) for t in texts] == lazy
    assert sum(bool(found.observations) for found in lazy) > 10
    assert any(o.rule == "contact:phone-label" and o.value == "+852-2555-0101" for o in lazy[-1].observations)
    assert 0 < lazy_reads < len(texts) - 10  # read where asked, and spared elsewhere


def test_no_number_is_near_another_address_when_there_is_none() -> None:
    text = _CONTACTS[1]
    ours = [(0, 10), (50, 90)]
    assert address_facts._by_other_cue(text, [], (0, 10), ours) is None
    assert _plain_by_other_cue(text, [], (0, 10), ours) is None


# captions and labels in every opening the phrases allow, and the letters folding treats apart
_LABELS = [
    "Seoul, Korea\n(Address of principal executive offices)\n", "( Address  of  the registrant )",
    "((Address of Registrant)", "  (\n  ADDRESS OF PRINCIPAL EXECUTIVE OFFICE)", "(주소)", "( 주소 )",
    "Address of principal executive offices: 1 Main St", "ADDRE\u017fS OF THE REGISTRANT", "x(Address of registrant)",
    "(address", "no label here", "", "(", "Address", "(Address of principal executive offices)" * 3,
]


def test_cover_labels_found_where_they_open_as_everywhere() -> None:
    windows = [(text, lo, lo + 200) for text in TEXTS for lo in range(0, len(text), 100)]
    windows += [(text, lo, hi) for text in _LABELS for lo in range(0, 4) for hi in (len(text), len(text) - 3, 500)]
    found = 0
    for text, lo, hi in windows:
        expected = [(m.span(), m.group()) for m in address_locate.phrases("cover_label").finditer(text, lo, hi)]
        assert [(m.span(), m.group()) for m in address_locate.opened_matches(text, lo, hi, "cover_label")] == expected
        found += bool(expected)
    assert found > 20


def test_opening_words_read_from_the_phrases() -> None:
    assert address_locate._opening_words("cover_label") == ("address", "address", "주소")
    assert address_locate._opening_word(r"\(?\s*Address\s+of") == "address"
    assert address_locate._opening_word(r"\(\s*주소\s*\)") == "주소"
    # openings the shortcut does not read: searched everywhere
    assert address_locate._opening_words("name_caption") is None  # a group of words after '('
    assert address_locate._opening_word(r"(?<!x)\(?Address") is None
    assert address_locate._opening_word(r"Address|Office") is None
    assert address_locate._opening_word(r"\(?\s*Äddress") is None  # a cased letter outside ASCII


def test_a_bounded_run_of_spaces_is_tried_at_each_place(monkeypatch: pytest.MonkeyPatch) -> None:
    """A phrase whose white space is bounded ('\\s{0,1}') matches from inside a longer run only:
    every place of the run is tried, not its first alone."""
    rows = {"bounded_label": [(r"\(?\s{0,1}Address\s+of", "")]}
    monkeypatch.setattr(address_locate, "address_words", lambda: rows)
    text = "see     Address of the registrant; (  Address of; ( Address of"
    expected = [(m.span(), m.group()) for m in address_locate.phrases("bounded_label").finditer(text, 0, len(text))]
    assert address_locate._opening_words("bounded_label") == ("address",)
    assert [(m.span(), m.group()) for m in address_locate.opened_matches(text, 0, len(text), "bounded_label")] == expected
    assert len(expected) == 3


_SITES = ["Website: www.acme-example.com/ir.", "HTTP://WWW.ACME.CO.KR/en/index.html", "wWw.example.org",
          "mail ir@www.example.com", "x.www.example.com", "https://a", "see http://b.c and www.d.e/f?g=1",
          "홈페이지: http://www.예제.kr", "(www.example.com)", "httpx://a.b", ""]


def test_web_addresses_found_where_they_open_as_everywhere() -> None:
    windows = [(text, lo, lo + 212) for text in TEXTS for lo in range(0, len(text), 106)]
    windows += [(text, lo, hi) for text in _SITES for lo in range(0, 3) for hi in (len(text), len(text) - 4, 300)]
    found = 0
    for text, lo, hi in windows:
        expected = [(m.span(), m.group()) for m in address_facts._URL.finditer(text, lo, hi)]
        assert [(m.span(), m.group()) for m in address_facts._urls(text, lo, hi)] == expected
        found += bool(expected)
    assert found > 20
