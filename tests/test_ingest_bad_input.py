"""The bad-input table: every odd file is either ingested with the right warning or refused
with an IngestError whose one-line message names the file and what is wrong."""

from __future__ import annotations

import gzip
import random
import resource
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from converter.errors import IngestError
from converter.ingest import ingest_bytes, ingest_path

SEEDS = Path(__file__).resolve().parents[1] / "examples"  # the seed documents, byte for byte
COVER = "FORM 6-K\n\nREPORT OF FOREIGN PRIVATE ISSUER\n\nFor the month of May 2005\n"
HEADER = (
    "<SEC-DOCUMENT>0000950123-05-000001.txt : 20050601\n<SEC-HEADER>\n"
    "ACCESSION NUMBER:\t\t0000950123-05-000001\nCONFORMED SUBMISSION TYPE:\t6-K\n"
    "FILED AS OF DATE:\t\t20050601\nFILER:\n\tCOMPANY DATA:\n"
    "\t\tCOMPANY CONFORMED NAME:\t\t\tGYEONGNAM CHEMICAL CO LTD\n"
    "\t\tCENTRAL INDEX KEY:\t\t\t0001099999\n</SEC-HEADER>\n"
)


@dataclass(frozen=True)
class Case:
    id: str
    data: bytes
    error: str | None = None  # the reason an IngestError must give
    warning: str | None = None  # a warning an accepted input must carry
    text: str | None = None  # a piece the clean text must hold


def _random_bytes(size: int) -> bytes:
    return random.Random(1).randbytes(size)


CASES = [
    Case("empty", b"", error="empty file (0 bytes)"),
    Case("whitespace only", b"  \n\t\r\n   \n", error="only white space"),
    Case("a byte-order mark only", b"\xef\xbb\xbf", error="only white space in 3 bytes"),
    Case("utf-16 white space", "\ufeff \n \n".encode("utf-16-le"), error="only white space"),
    Case("random binary", _random_bytes(8192), error="not a text filing: binary data"),
    Case("nul heavy", b"A\x00\x00\x00" * 2000, error="not a text filing: binary data"),
    Case("elf", b"\x7fELF\x02\x01\x01\x00" + _random_bytes(500), error="ELF executable"),
    Case("zip", b"PK\x03\x04\x14\x00\x00\x00" + _random_bytes(500), error="ZIP archive"),
    Case("pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n", error="PDF"),
    Case("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + _random_bytes(200), error="PNG image"),
    Case("jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + _random_bytes(200), error="JPEG image"),
    Case("gif", b"GIF89a\x01\x00\x01\x00" + _random_bytes(50), error="GIF image"),
    Case("corrupt gzip", b"\x1f\x8b\x08\x00garbage", error="corrupt gzip data"),
    Case("gzip of a pdf", gzip.compress(b"%PDF-1.7\n..."), error="PDF document"),
    Case(
        "truncated submission",
        (HEADER + "<DOCUMENT>\n<TYPE>6-K\n<SEQUENCE>1\n<TEXT>\n" + COVER).encode(),
        warning="truncated submission: document 1 (6-K) has no </DOCUMENT>",
        text="For the month of May 2005",
    ),
    Case(
        "truncated inside the header",
        HEADER[: HEADER.index("FILER:")].encode(),
        error="EDGAR submission without any <DOCUMENT>",
    ),
    Case(
        "truncated right after <TEXT>",
        (HEADER + "<DOCUMENT>\n<TYPE>6-K\n<TEXT>\n").encode(),
        error="no text in file",
    ),
    Case(
        "only binary documents",
        (HEADER + "<DOCUMENT>\n<TYPE>GRAPHIC\n<TEXT>\nbegin 644 logo.gif\nM1234\nend\n"
         "</TEXT>\n</DOCUMENT>\n").encode(),
        error="holds no text document (only binary ones)",
    ),
    Case(
        "uuencoded document among text ones",
        (HEADER + "<DOCUMENT>\n<TYPE>EX-99\n<TEXT>\nbegin 644 chart.bin\nM1234\nend\n"
         "</TEXT>\n</DOCUMENT>\n<DOCUMENT>\n<TYPE>6-K\n<TEXT>\n" + COVER
         + "</TEXT>\n</DOCUMENT>\n").encode(),
        warning="skipped: uuencoded binary",
        text="REPORT OF FOREIGN PRIVATE ISSUER",
    ),
    Case(
        "html with broken tags",
        b"<html><body><p>Net profit <b>rose<td>12.5%</tr></p><p class='x>Unclosed <b",
        warning="never closed",
        text="Net profit rose\t12.5%",
    ),
    Case(
        "html with an unclosed comment",
        b"<html><body><p>Dividend declared</p><!-- footer <p>hidden</p>",
        warning="HTML comment at offset",
        text="Dividend declared",
    ),
    Case(
        "html with an unclosed script",
        b"<html><body><p>Record date</p><script>document.write('<p>x</p>')",
        warning="<script> at offset",
        text="Record date",
    ),
    Case(
        "nul bytes in text",
        (COVER[:20] + "\x00\x00" + COVER[20:]).encode(),
        warning="2 NUL byte(s) replaced by spaces",
        text="REPORT OF  ",
    ),
    Case(
        "control characters and form feeds",
        ("\x0c" + COVER + "\x0c\x07\x1bSIGNATURES\x08\n").encode(),
        warning="3 control character(s) replaced by spaces",  # BEL, ESC, BS; FF breaks pages
        text="SIGNATURES",
    ),
    Case(
        "invalid utf-8",
        ("Won \u20a95,000 per share \u2013 " + COVER).encode() + b"\xc3\x28 tail\n",
        warning="invalid UTF-8: 1 undecodable byte sequence(s) replaced",
        text="Won \u20a95,000",
    ),
    Case(
        "undecodable high bytes",
        b"Cover " + bytes(range(0x80, 0x100)) * 4 + b" end\n",
        warning="unknown encoding, read as UTF-8",
        text="Cover ",
    ),
    Case(
        "utf-16 with bom",
        ("\ufeff" + COVER).encode("utf-16-le"),
        text="REPORT OF FOREIGN PRIVATE ISSUER",
    ),
    Case(
        "crlf line ends",
        COVER.replace("\n", "\r\n").encode(),
        text="FORM 6-K\n\nREPORT OF FOREIGN PRIVATE ISSUER\n",
    ),
    Case("only markup", b"<PAGE>\n<TABLE>\n<S>  <C>\n</TABLE>\n", error="no text in file"),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_bad_input(case: Case) -> None:
    name = f"inputs/{case.id.replace(' ', '-')}.txt"
    if case.error:
        with pytest.raises(IngestError) as raised:
            ingest_bytes(case.data, name)
        message = str(raised.value)
        assert message.startswith(f"{name}: ")
        assert case.error in message
        assert "\n" not in message
        return
    filing = ingest_bytes(case.data, name)
    assert filing.documents
    if case.warning:
        assert any(case.warning in w for w in filing.warnings), filing.warnings
    else:
        assert filing.warnings == ()
    if case.text:
        assert any(case.text in doc.text for doc in filing.documents)
    for doc in filing.documents:
        for char in "\x00\x07\x08\x0c\r":
            assert char not in doc.text


def test_form_feeds_break_pages() -> None:
    data = ("Cover page\n\x0cSecond page\n\x0c\n<PAGE>\nThird page\n").encode()
    (doc,) = ingest_bytes(data, "ff.txt").documents
    assert [doc.text[s:].split("\n")[0].strip() for s in doc.page_starts] == [
        "Cover page", "Second page", "",
    ]
    assert doc.text[doc.page_starts[2] :].strip() == "Third page"


def test_missing_file_and_directory(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    with pytest.raises(IngestError, match=r"nowhere\.txt: cannot read file"):
        ingest_path(missing)
    with pytest.raises(IngestError, match="cannot read file"):
        ingest_path(tmp_path)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_fifty_megabytes_of_text() -> None:
    page = (SEEDS / "hanaro-6k-cover-nov-2002.txt").read_bytes()
    data = page * (50_000_000 // len(page) + 1)
    assert len(data) >= 50_000_000
    before = _peak_rss_mb()
    started = time.perf_counter()
    filing = ingest_bytes(data, "big.txt", max_bytes=64 * 1024 * 1024)  # past convert's default limit
    elapsed = time.perf_counter() - started
    (doc,) = filing.documents
    copies = data.count(page)
    assert len(doc.page_starts) == copies * 4
    assert "<PAGE>" not in doc.text
    assert elapsed < 15, f"50 MB took {elapsed:.1f} s"
    # One raw copy, one clean copy, their pieces and the input bytes: a few hundred MB at most.
    # A map with one object per character would need gigabytes.
    assert _peak_rss_mb() - before < 600
    assert len(doc.segments) < len(doc.text) // 100
    last = len(doc.text) - 2
    assert doc.raw[doc.raw_offset(last)] == doc.text[last]


def test_a_one_megabyte_line() -> None:
    line = ("Revenue 1,234.5 " * 65536)[:1_048_576]
    data = f"<PAGE>\nbefore\n{line}\n<PAGE>\nafter\n".encode()
    started = time.perf_counter()
    (doc,) = ingest_bytes(data, "long-line.txt").documents
    assert time.perf_counter() - started < 5
    assert doc.text == f"before\n{line}\nafter\n"
    assert doc.page_starts == (0, len(f"before\n{line}\n"))
    assert len(doc.segments) == 2


def test_a_one_megabyte_line_of_inline_tags_and_html() -> None:
    tags = ("12.5<F1> " * 120_000).encode()
    started = time.perf_counter()
    (doc,) = ingest_bytes(tags, "tags.txt").documents
    assert doc.text == ("12.5     " * 120_000)
    markup = ("<td>1</td>" * 100_000).encode()
    (html_doc,) = ingest_bytes(b"<html><body><table><tr>" + markup, "wide.htm").documents
    assert html_doc.text.split("\t") == ["1"] * 100_000
    assert time.perf_counter() - started < 20


def test_encoded_pdf_document_is_skipped() -> None:
    data = (HEADER + "<DOCUMENT>\n<TYPE>EX-99.2\n<FILENAME>ex99-2.pdf\n<TEXT>\n<PDF>\nJVBERi0xLjQK\n"
            "</PDF>\n</TEXT>\n</DOCUMENT>\n<DOCUMENT>\n<TYPE>6-K\n<TEXT>\n" + COVER
            + "</TEXT>\n</DOCUMENT>\n").encode()
    filing = ingest_bytes(data, "with-pdf.txt")
    assert [d.doc_type for d in filing.documents] == ["6-K"]
    assert any("encoded binary <PDF>" in w and "ex99-2.pdf" in w for w in filing.warnings)
