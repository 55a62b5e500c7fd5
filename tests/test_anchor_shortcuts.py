"""The shortcuts of the date anchors answer as the plain work does, on every document of the
tests and the examples and on edge texts. A 6-K cover's own text (the head of the document
before its list of documents) gets its date index and its lines cut from the whole text's, not
read again: cut at each line start, each exhibit row, the cover's own end, every fifth white
space of the head and every 97th character, the cut index and lines are those the head read by
itself gives. A date after a label ('Dated', 'Date:', 'executed ... as of') read in the whole
text up to an end is the one read in the text cut there. The labelled dates read on the
document's own fold are those read on the text and its windows folded on their own."""

from __future__ import annotations

import pytest

from converter.extract import anchors, date_labels
from converter.extract.date_labels import in_a_list_of_documents
from converter.extract.mechanisms import furnished, lines, tokens
from converter.extract.mechanisms.tokens import dates_between
from converter.parse.gates import fold
from document_texts import ingested_texts


def _cuts(text: str) -> list[int]:
    starts = [line.start for line in lines.split_lines(text)]
    rows = [row.number_span[0] for row in furnished.cover_exhibits(text)]
    own = furnished.cover_text_end(text)
    near = [at + delta for at in starts[1:40] for delta in (-2, -1, 1, 3)]  # a "\r", a word, a date cut
    spaced = [n + 1 for n, char in enumerate(text[:4000]) if char.isspace()][::5]  # after white space
    return sorted({n for n in starts + rows + near + spaced + list(range(0, len(text), 97)) + [own or 0, len(text)]
                   if 0 <= n <= len(text)})


def _derived_index(text: str, end: int) -> tokens.DateIndex | None:
    tokens._PREFIX_INDEXES.clear()
    head = tokens.indexed_prefix(text, end)
    return tokens._PREFIX_INDEXES.get(head)


def test_cut_index_is_the_heads_own() -> None:
    derived = 0
    for text in ingested_texts():
        for end in _cuts(text):
            index = _derived_index(text, end)
            if index is not None:
                derived += 1
                assert index == tokens._read_index(text[:end]), (text[:60], end)
    assert derived > 1000  # most cuts are clean: the shortcut is taken, not only declined


def test_cut_lines_are_the_heads_own() -> None:
    for text in ingested_texts():
        for end in _cuts(text):
            lines._PREFIX_LINES.clear()
            head = lines.split_prefix(text, end)
            cut = lines._PREFIX_LINES.get(head)
            if 0 < end < len(text):
                assert cut == tuple(lines._split_lines(head)), (text[:60], end)
            assert lines.split_lines(head) == lines._split_lines(head)


@pytest.mark.parametrize("text, end, clean", [
    ("Seoul, 18 November 2002 -- Board.\n99.1 Notice dated May 2, 2003\n", 34, True),  # at a row's number
    ("Seoul, 18 November 2002 -- Board.\n  99.1 Notice dated May 2, 2003\n", 36, True),  # after its indent
    ("Dated November 18,\n2002 and more", 19, False),  # inside a date written over two lines
    ("Dated 2002.11.18.\n99.1 Notice", 17, True),  # a date's closing '.', a line break after
    ("Seoul, 18 November 2002 -- Board.", 15, False),  # inside a date: read again
    ("Dated 2002-11-18x", 16, False),  # a word character beside the cut
    ("On 11/15/2006 and 12/1/2006", 15, False),  # a slash's date just after
    ("Minutes\r\nMay 2, 2007\r\n99.1 Release", 21, True),  # a "\r" left at the cut
    ("No date here at all\nnor here", 20, True),  # no date: an empty index
    ("Dated May 2, 2007", 0, False),  # an empty head
    ("Dated May 2, 2007", 17, False),  # the whole text: its own index
])
def test_edges(text: str, end: int, clean: bool) -> None:
    index = _derived_index(text, end)
    assert (index is not None) is clean
    tokens._PREFIX_INDEXES.clear()
    head = tokens.indexed_prefix(text, end)
    assert tokens.date_index(head) == tokens._read_index(head)
    lines._PREFIX_LINES.clear()
    assert lines.split_lines(lines.split_prefix(text, end)) == lines._split_lines(text[:end])


def test_announced_heads_do_not_pile_up() -> None:
    text = "Dated May 2, 2007\n" * 50
    for end in (18, 36, 54):
        tokens.indexed_prefix(text, end)
        lines.split_prefix(text, end)
    assert len(tokens._PREFIX_INDEXES) <= 1 and len(lines._PREFIX_LINES) <= 1


def _date_after_label_of_slice(label, text: str, skip: frozenset[int] = frozenset()):  # type: ignore[no-untyped-def]
    """The plain path: the label's matches and dates read in ``text`` (a slice) itself."""
    for m in label.finditer(text, fold(text)):
        dates = dates_between(text, m.end(), m.end() + 40)
        if not dates or dates[0].start != 0 or m.end() in skip:
            continue
        if in_a_list_of_documents(text, m.start()):
            continue
        return anchors.Located(dates[0].value, m.end() + dates[0].start, m.end() + dates[0].end)
    return None


LABELS = (anchors._AFTER_DATED, anchors._AFTER_DATE, anchors._AFTER_EXECUTED)


@pytest.mark.parametrize("end", [40, 3000, 20000, None])
def test_label_dates_read_up_to_an_end_are_the_slices(end: int | None) -> None:
    found = 0
    for text in ingested_texts():
        for label in LABELS:
            head = text if end is None else text[:end]
            plain = _date_after_label_of_slice(label, head)
            assert anchors._date_after_label(label, text, end=end) == plain, (text[:60], label.pattern.pattern)
            found += plain is not None
            if plain is not None:  # the first one skipped: the next one, as the slice gives it
                skip = frozenset({plain.start})
                assert (anchors._date_after_label(label, text, skip, end)
                        == _date_after_label_of_slice(label, head, skip))
    assert end == 40 or found > 20  # (40 characters hold no label and its date)


@pytest.mark.parametrize("text, end", [
    ("Dated: May 2, 2007\nmore", 15),  # the date cut by the end: none
    ("Dated as of May 2, 2007", 9),  # 'as of' cut: 'Dated ' then 'as of...' is no date
    ("x" * 2990 + "\nDated May 2, 2007", 3000),  # the label just inside, its date across the end
    ("Executed as of May 2, 2007 by the parties", 26),
    ("İstanbul Dated May 2, 2007", 3000),  # folding changes the length: the pattern's own search
    ("99.1  Announcement, dated May 2, 2007\nDate: June 3, 2007", 3000),  # a listed entry
])
def test_label_date_edges(text: str, end: int) -> None:
    for label in LABELS:
        assert anchors._date_after_label(label, text, end=end) == _date_after_label_of_slice(label, text[:end])


def _labelled_dates_plain(text: str) -> list[date_labels.LabelledDate]:
    """``labelled_dates`` with the text and its windows folded on their own."""
    dates = dates_between(text, 0, len(text))
    if not dates:
        return []
    found: dict[int, date_labels.LabelledDate] = {}
    starts = [d.start for d in dates]
    labels, table = date_labels.date_labels(), date_labels._gated_labels()
    folded = fold(text)
    aligned = folded if len(folded) == len(text) else None
    for i in table.passing_lazily(fold(date_labels._around(text, dates))):
        label = labels[i]
        for m in date_labels._label_matches(label, text, dates, table.gated[i], aligned):
            date = (date_labels._date_after(dates, m.end(), starts) if label.side == "before"
                    else date_labels._date_before(dates, m.start(), starts))
            if date is None or date.start in found:
                continue
            if label.kind == "document" and in_a_list_of_documents(text, m.start()):
                continue
            found[date.start] = date_labels.LabelledDate(date.value, date.start, date.end, label.kind, label.meaning)
    return sorted(found.values(), key=lambda d: d.start)


@pytest.mark.parametrize("text", [
    "Date of BOD resolution: August 2, 2006\nDated: May 3, 2006",
    "İSTANBUL\nDate: May 3, 2006\nDATED AS OF June 1, 2006",  # folding lengthens 'İ': not aligned
    "ΣΟΦΙΑ Σ\nDate: May 3, 2006",  # a final sigma folds by its context
    "6. 이사회결의일 : 2006-08-02\n(서울=연합뉴스) 2001/08/02 15:30 송고",
    "no date here",
])
def test_labelled_dates_on_the_documents_fold(text: str) -> None:
    assert date_labels.labelled_dates(text) == _labelled_dates_plain(text)


def test_labelled_dates_on_every_document_fold() -> None:
    found = 0
    for text in ingested_texts():
        plain = _labelled_dates_plain(text)
        assert date_labels.labelled_dates(text) == plain, text[:60]
        found += len(plain)
    assert found > 50
