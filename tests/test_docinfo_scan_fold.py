"""A long text's dates are read with the document's fold (``folded_text``), not a fold of their
own (``parse.dates.scan_dates``): the same dates and matched spans as a reading that folds the
text itself, on every test and example document and on texts whose fold reads context."""

from __future__ import annotations

from document_texts import file_texts

from converter.parse import dates
from converter.parse.dates import ScannedDates, scan_dates
from converter.parse.gates import fold

ODD = ["İSTANBUL, 2 MAY 2005 and ΟΔΟΣ 3 June 2006", "\u212aelvin May 2, 2005; 2005年3月18日 平成16年5月14日"]


def _texts() -> list[str]:
    return [*file_texts(), *ODD]


def test_a_scan_with_the_documents_fold_finds_what_a_scan_folding_itself_finds() -> None:
    found = 0
    for text in _texts():
        scan_dates.cache_clear()
        plain = ScannedDates.of(text)  # (folds the text itself)
        assert scan_dates(text) == plain, text[:60]
        assert ScannedDates.of(text, fold(text)) == plain
        found += len(plain.dates)
    assert found > 500


def test_the_fold_given_is_the_one_read(monkeypatch) -> None:
    """A fold not the text's (upper-cased: no month's name found in it) changes what is found:
    the scan reads the fold it is given, so giving the document's own is what keeps it right."""
    text = "Seoul, May 2, 2005 -- and on 18 November 2002"
    assert ScannedDates.of(text, text.upper()).dates != ScannedDates.of(text).dates
    monkeypatch.setattr(dates, "folded_text", lambda t: t.upper())
    scan_dates.cache_clear()
    assert scan_dates(text).dates != ScannedDates.of(text).dates
    scan_dates.cache_clear()
