"""The cheaper forms the stages after extraction use agree with the plain forms they replace."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from converter.map import _day_id, lexical

# every character Unicode calls white space, and some it does not
ODD_SPACES = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2007\u200b\u2028\u3000\ufeff"


@pytest.mark.parametrize("text", [
    "", " ", "Acme Co., Ltd.", "  two\n\nlines  ", "a\u3000b", "x\xa0\xa0y", "\x1cfield\x1dsep",
    "tab\tand\x0bvertical", "zero\u200bwidth", "bom\ufeffinside", "next\x85line",
    *(f"a{space}{space}b{space}" for space in ODD_SPACES),
])
def test_lexical_text_is_the_white_space_runs_squashed_as_the_regular_expression_squashes_them(text):
    assert lexical(text) == re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("day", [dt.date(1, 1, 1), dt.date(45, 6, 7), dt.date(999, 12, 31), dt.date(1000, 1, 1),
                                 dt.date(2004, 3, 7), dt.date(2024, 2, 29), dt.date(9999, 12, 31)])
def test_a_day_in_a_context_id_is_written_as_strftime_writes_it(day):
    assert _day_id(day) == f"{day:%Y%m%d}"


def _sample_files() -> list[bytes]:
    """The repository's example and test documents (the raw bytes ingest reads), and odd ones."""
    from document_texts import DOCUMENTS

    odd = [b"", b"<", b"x\n<", b"\x00" * 40, "Seoul, Korea and beyond".encode("utf-16-le"),
           "Seoul, Korea and beyond".encode("utf-16-be"), b"PK\x03\x04rest", b"  %PDF-1.4", b"\n<SEC-DOCUMENT>x",
           b"text\n<DOCUMENT>\n<TYPE>6-K", b"a" * 9000 + b"\n<DOCUMENT>", b"<html><body>x</body></html>",
           b"ab\x00cd" * 10, bytes(range(256)) * 4]
    return [path.read_bytes() for path in DOCUMENTS] + odd


def test_the_envelope_sniff_answers_as_the_pattern_alone():
    from converter.ingest.sgml import _ENVELOPE, ENVELOPE_SNIFF, looks_like_submission

    for data in _sample_files():
        raw = data.decode("latin-1")
        assert looks_like_submission(raw) == (_ENVELOPE.search(raw, 0, ENVELOPE_SNIFF) is not None)


def test_the_binary_and_utf16_sniffs_answer_as_the_plain_loops():
    from converter.ingest import sniff

    def plain_kind(data: bytes) -> str | None:
        head = data[:16].lstrip(b" \t\r\n")
        return next((name for magic, name in sniff.signatures() if data.startswith(magic) or head.startswith(magic)),
                    None)

    for data in _sample_files():
        kind = sniff.binary_kind(data)
        if plain_kind(data) is not None:
            assert kind == plain_kind(data)
        sample = data[: sniff.SAMPLE_SIZE & ~1]
        if b"\x00" not in sample:
            assert sniff.utf16_without_bom(data) is None
    assert sniff.binary_kind(b"PK\x03\x04rest") is not None
    assert sniff.utf16_without_bom("Seoul, Korea and beyond".encode("utf-16-le")) == "utf-16-le"


def _envelope_edges() -> list[str]:
    """Texts where an envelope tag stands at the edges of the sniffed head, after odd line ends,
    in any case, or nearly: the sniff must answer as the multi-line pattern does."""
    from converter.ingest.sgml import ENVELOPE_SNIFF

    tag = "<DOCUMENT>"
    texts = [tag, tag.lower(), "<Sec-Header>\n", "\n" + tag, "\r\n" + tag, "x\r" + tag, "x\n <DOCUMENT>",
             "x\n<DOCUMENT", "x\n<DOCUMENTS>", "<IMS-DOCUMENT>", "x\n\n<ims-header>", "<", "\n<", ""]
    for cut in (-2, -1, 0, 1):  # the tag ending just inside, at, or just past the sniffed head
        start = ENVELOPE_SNIFF - len(tag) + cut
        texts.append("a" * (start - 1) + "\n" + tag)
    return texts


@pytest.mark.parametrize("raw", _envelope_edges())
def test_the_envelope_sniff_answers_as_the_pattern_at_the_edges(raw):
    from converter.ingest.sgml import _ENVELOPE, ENVELOPE_SNIFF, looks_like_submission

    assert looks_like_submission(raw) == (_ENVELOPE.search(raw, 0, ENVELOPE_SNIFF) is not None)
