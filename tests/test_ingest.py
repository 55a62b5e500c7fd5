"""Ingest: seeds, submissions, HTML, encodings, and the offset invariant."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import lxml.html
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from converter.errors import IngestError
from converter.ingest import ingest_bytes, ingest_path
from converter.model import Filing, SourceDocument

SEEDS = Path(__file__).resolve().parents[1] / "examples"  # the seed documents, byte for byte
DATA = Path(__file__).resolve().parent / "data" / "ingest"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
TAG_ONLY_LINE = re.compile(r"[ \t]*(?:</?(?:PAGE|TABLE|CAPTION|S|C|FN|F\d+|R)>[ \t]*)+\n?", re.I)


# ---------------------------------------------------------------------------------------------
# The offset invariant, checked the slow and obvious way
# ---------------------------------------------------------------------------------------------


def copied_positions(doc: SourceDocument) -> set[int]:
    return {
        i for seg in doc.segments for i in range(seg.text_start, seg.text_start + seg.length)
    }


def assert_offsets(doc: SourceDocument) -> None:
    """Every copied character maps back to itself in raw; inserted ones map inside raw."""
    starts = [s.text_start for s in doc.segments]
    assert starts == sorted(starts), "segments out of order"
    if doc.text:
        assert starts and starts[0] == 0, "the first text character has no segment"
    for seg in doc.segments:
        assert 0 <= seg.raw_start and seg.raw_start + seg.length <= len(doc.raw)
        end = seg.text_start + seg.length
        assert doc.raw[seg.raw_start : seg.raw_start + seg.length] == doc.text[seg.text_start : end]
    copied = copied_positions(doc)
    for i, char in enumerate(doc.text):
        offset = doc.raw_offset(i)
        assert 0 <= offset <= len(doc.raw)
        if i in copied:
            assert doc.raw[offset] == char, f"text[{i}]={char!r} maps to raw[{offset}]"
    for start in doc.page_starts:
        assert 0 <= start < max(len(doc.text), 1)
    assert list(doc.page_starts) == sorted(set(doc.page_starts))


# ---------------------------------------------------------------------------------------------
# Seeds
# ---------------------------------------------------------------------------------------------


def test_seeds_are_present() -> None:
    assert len(SEED_FILES) == 4


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
def test_seed_ingests_as_one_plain_document(path: Path) -> None:
    filing = ingest_path(path)
    raw = path.read_text(encoding="ascii")
    assert filing.name == str(path) and filing.raw == raw and filing.encoding == "ascii"
    assert filing.header is None and filing.warnings == ()
    (doc,) = filing.documents
    assert doc.doc_type is None and doc.media == "text" and doc.raw is filing.raw
    for tag in ("<PAGE>", "<S>", "<C>", "<TABLE>", "</TABLE>", "<CAPTION>"):
        assert tag not in doc.text
    # Oracle: the raw file with its tag-only lines deleted, nothing else changed.
    expected = "".join(
        line for line in raw.splitlines(keepends=True) if not TAG_ONLY_LINE.fullmatch(line)
    )
    assert doc.text == expected
    assert_offsets(doc)


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
def test_seed_page_starts_follow_page_markers(path: Path) -> None:
    (doc,) = ingest_path(path).documents
    raw = doc.raw
    leading_marker = raw.lstrip().startswith("<PAGE>")
    assert len(doc.page_starts) == raw.count("<PAGE>") + (0 if leading_marker else 1)
    assert doc.page_starts[0] == 0
    for start in doc.page_starts[1:]:
        assert raw[: doc.raw_offset(start)].endswith("<PAGE>\n")


def test_seed_table_rows_keep_their_columns() -> None:
    (doc,) = ingest_path(SEEDS / "hanaro-6k-cover-nov-2002.txt").documents
    table = doc.raw[doc.raw.index("<TABLE>") : doc.raw.index("</TABLE>")]
    rows = [line for line in table.splitlines() if line and not TAG_ONLY_LINE.fullmatch(line)]
    assert len(rows) >= 3
    for row in rows:
        assert f"\n{row}\n" in doc.text


# ---------------------------------------------------------------------------------------------
# Full submissions
# ---------------------------------------------------------------------------------------------


def test_submission_header_and_documents() -> None:
    filing = ingest_path(DATA / "submission-6k.txt")
    header = filing.header
    assert header is not None
    assert header.company_name == "DAEHAN MOBILE NETWORKS CO LTD"
    assert header.cik == "0001234567"
    assert header.form_type == "6-K"
    assert header.filed_as_of.isoformat() == "2004-03-15"
    assert header.period.isoformat() == "2004-03-01"
    assert header.accession_number == "0001047469-04-012345"
    assert header.file_number == "001-31999"
    cover, release = filing.documents
    assert (cover.doc_type, cover.sequence, cover.filename, cover.description) == (
        "6-K", 1, "u99001e6vk.txt", "FORM 6-K")
    assert (release.doc_type, release.sequence, release.filename) == (
        "EX-99.1", 2, "u99001exv99w1.txt")
    assert cover.name.endswith("submission-6k.txt#1") and release.name.endswith("#2")
    assert [w for w in filing.warnings if "GRAPHIC" in w and "skipped" in w]
    for doc in filing.documents:
        assert doc.raw is filing.raw and doc.media == "text"
        for markup in ("<TYPE>", "<TEXT>", "</TEXT>", "<DOCUMENT>", "<PAGE>", "<S>", "<F1>"):
            assert markup not in doc.text
        assert_offsets(doc)
    assert cover.text.lstrip().startswith("FORM 6-K")
    assert len(cover.page_starts) == 2
    assert cover.text[cover.page_starts[1] :].lstrip().startswith("EXHIBIT INDEX")
    assert "Revenues (KRW billion)              1,482.7      1,301.9     13.9%" in release.text
    # an inline footnote tag becomes blanks of its width: the columns stay aligned
    assert "\nOperating income                      212.4        187.0     13.6%\n" in release.text
    assert "begin 644" not in "".join(d.text for d in filing.documents)


def test_13d_submission_takes_subject_company_and_reads_html_document() -> None:
    filing = ingest_path(DATA / "submission-13d.txt")
    assert filing.header.company_name == "HANBIT STEEL CORP"
    assert filing.header.cik == "0000987654"
    assert filing.header.form_type == "SC 13D/A"
    assert filing.header.file_number == "005-77777"
    assert any("SUBJECT COMPANY" in w and "PACIFIC RIM VALUE PARTNERS LP" in w
               for w in filing.warnings)
    schedule, agreement = filing.documents
    assert schedule.media == "html" and agreement.media == "text"
    assert "SCHEDULE 13D\n(Amendment No. 2)" in schedule.text
    assert "Hanbit Steel Corp & subsidiaries" in schedule.text
    assert "<" not in schedule.text
    for doc in filing.documents:
        assert_offsets(doc)


def test_bare_document_stream_without_header() -> None:
    raw = (
        "<DOCUMENT>\n<TYPE>EX-99.2\n<SEQUENCE>4\n<FILENAME>ex99-2.txt\n<TEXT>\n"
        "<PAGE>\nFirst page\n<PAGE>\nSecond page\n</TEXT>\n</DOCUMENT>\n"
    )
    filing = ingest_bytes(raw.encode(), "stream.txt")
    assert filing.header is None
    (doc,) = filing.documents
    assert (doc.doc_type, doc.sequence, doc.name) == ("EX-99.2", 4, "stream.txt#4")
    assert doc.text == "First page\nSecond page\n"
    assert doc.page_starts == (0, len("First page\n"))
    assert_offsets(doc)


def test_gzip_input_is_read_transparently(tmp_path: Path) -> None:
    source = (DATA / "submission-6k.txt").read_bytes()
    packed = tmp_path / "submission.txt.gz"
    packed.write_bytes(gzip.compress(source))
    filing = ingest_path(packed)
    assert filing.name == str(packed)
    assert filing.raw == source.decode("ascii")
    assert len(filing.documents) == 2


# ---------------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------------


def html_document() -> SourceDocument:
    (doc,) = ingest_path(DATA / "press-release.htm").documents
    return doc


def test_html_text_blocks_cells_and_entities() -> None:
    doc = html_document()
    assert doc.media == "html"
    lines = [line for line in doc.text.splitlines() if line.strip()]
    assert "EXHIBIT 99.1" in lines
    assert "Seorak Semiconductor Reports Record Quarterly Sales" in lines
    assert "Sales\t2,914.3\t2,465.4" in lines
    assert "Net income\t312.9\t280.1" in lines  # &#x33; is "3"
    assert "Operating profit & net income both rose." in lines
    assert "reported sales of KRW 2,914.3 billion," in doc.text  # &nbsp; -> space
    assert '("Seorak")' in doc.text and "2006 \u2013 Seorak" in doc.text
    for gone in ("not text", "no text here", "font-size", "<", "&nbsp;", "&amp;"):
        assert gone not in doc.text
    assert "   Column one    Column two\n   1.0           2.0" in doc.text  # <pre> kept
    assert_offsets(doc)


def test_html_entities_and_breaks_map_to_their_source() -> None:
    doc = html_document()
    copied = copied_positions(doc)
    for i, char in enumerate(doc.text):
        offset = doc.raw_offset(i)
        if i not in copied and char not in " \t\n":
            assert doc.raw[offset] == "&", f"decoded {char!r} maps to {doc.raw[offset:offset + 8]!r}"
    nbsp = doc.text.index("KRW") + 3
    assert doc.raw.startswith("&nbsp;", doc.raw_offset(nbsp))
    contact = doc.text.index("Contact:")
    assert doc.page_starts == (0, doc.text.rindex("\n", 0, contact) + 1)


def test_html_words_agree_with_lxml() -> None:
    doc = html_document()
    # lxml's HTML parser has no DTD/entity options: it never loads DTDs or external entities.
    parser = lxml.html.HTMLParser(no_network=True, recover=True)
    tree = lxml.html.document_fromstring(doc.raw.encode("utf-8"), parser=parser)
    for element in tree.xpath("//script|//style"):
        element.drop_tree()
    # text_content() glues table cells together; compare the characters, then the words.
    assert "".join(doc.text.split()) == "".join(tree.text_content().split())
    assert doc.text.split() == " ".join(tree.itertext()).replace("\xa0", " ").split()


def test_text_document_in_a_bare_html_wrapper_keeps_its_layout() -> None:
    """A web copy of an EDGAR text filing: <html><body><div> around fixed-width lines and EDGAR's
    own table tags, nothing else of HTML. Read as HTML its lines would run together; it is read
    as text, the wrapper's tags blanked like the table tags."""
    body = ("\n                              FORM 20-F\n\n"
            "   Title of each class                 Name of each exchange on which registered\n"
            "   Common shares, EUR 0.10 per share   New York Stock Exchange\n\n"
            "<TABLE>\n<S>                                <C>        <C>\n"
            "Net income                          1,204      1,033\n</TABLE>\n\n"
            "Date: March 28, 2001</div></body></html>")
    doc = ingest_bytes(f"<html><body><div>{body}".encode(), "annual.txt").documents[0]
    assert doc.media == "text"
    assert "   Common shares, EUR 0.10 per share   New York Stock Exchange\n" in doc.text
    assert "Net income                          1,204      1,033\n" in doc.text
    assert "<" not in doc.text and doc.text.rstrip().endswith("Date: March 28, 2001")
    assert_offsets(doc)
    # the same lines with one paragraph element are HTML, and read as HTML
    html = ingest_bytes(f"<html><body><p>Exhibit</p><div>{body}".encode(), "annual.htm").documents[0]
    assert html.media == "html"


def test_html_inside_text_of_a_broken_page_still_reads() -> None:
    raw = b"<html><body><p>Net sales <b>rose<p>Second <i>para</body"
    filing = ingest_bytes(raw, "broken.htm")
    (doc,) = filing.documents
    assert doc.text.split() == ["Net", "sales", "rose", "Second", "para"]
    assert any("never closed" in w for w in filing.warnings)
    assert_offsets(doc)


# ---------------------------------------------------------------------------------------------
# Encodings
# ---------------------------------------------------------------------------------------------

KOREAN = (
    "주식회사 한빛전자 보도자료\n"
    "2004년 3월 12일 - 한빛전자는 2003년 4분기 매출액이 1조 4,827억원으로\n"
    "전년 동기 대비 13.9% 증가했다고 밝혔다.\n"
)
KOREAN_CP949_ONLY = KOREAN + "담당: 똠방각하 홍보팀 (문의 02-555-0100)\n"  # 똠 is not in EUC-KR
WESTERN = "Société Générale de Belgique S.A., Zürich branch: résultats à fin décembre.\n"
WESTERN_CP1252 = "The \u201cCompany\u201d reported \u20ac12.5 million \u2013 up 4%.\n"
# an English cover made in Korea: its only non-ASCII characters are KS X 1001's quotes and boxes
KOREAN_MADE_ENGLISH = "American Depositary Shares (\u201cADSs\u201d)\nForm 20-F  \u25a0    Form 40-F  \u25a1\n"


@pytest.mark.parametrize(
    ("text", "codec", "reported"),
    [
        (KOREAN, "euc_kr", "euc-kr"),
        (KOREAN_CP949_ONLY, "cp949", "cp949"),
        (KOREAN, "utf-8", "utf-8"),
        (KOREAN, "utf-8-sig", "utf-8"),
        (KOREAN, "utf-16", "utf-16-le"),  # Python writes a little-endian BOM
        (KOREAN, "utf-16-be", "utf-16-be"),  # no BOM: told by where the NULs sit
        (WESTERN, "utf-16-le", "utf-16-le"),
        (WESTERN, "latin-1", "cp1252"),  # Latin-1 letters read the same in Windows-1252
        (WESTERN_CP1252, "cp1252", "cp1252"),
        (KOREAN_MADE_ENGLISH, "euc_kr", "euc-kr"),  # not "(¡°ADSs¡±)" in Windows-1252
        (KOREAN_MADE_ENGLISH, "utf-8", "utf-8"),
        ("Plain ASCII 6-K cover\n", "ascii", "ascii"),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) < 12 else None,
)
def test_encodings_are_detected(text: str, codec: str, reported: str) -> None:
    filing = ingest_bytes(text.encode(codec), f"doc.{codec}")
    assert filing.encoding == reported
    assert filing.raw == text
    assert filing.documents[0].text == text
    assert filing.warnings == ()


def test_latin1_bytes_undefined_in_cp1252_fall_back_to_latin1() -> None:
    data = "Zürich office".encode("latin-1") + b"\x81" + b" closed\n"
    filing = ingest_bytes(data, "odd.txt")
    assert filing.encoding == "latin-1"
    assert filing.raw.startswith("Zürich office")
    assert "\x81" not in filing.documents[0].text  # a C1 control: blanked


def test_korean_with_a_broken_byte_is_still_korean() -> None:
    data = (KOREAN * 40).encode("cp949")
    data = data[:300] + b"\xff" + data[300:]
    filing = ingest_bytes(data, "broken-korean.txt")
    assert filing.encoding == "cp949"
    assert "한빛전자" in filing.raw
    assert any("invalid CP949" in w for w in filing.warnings)


_PRINTABLE = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"))
_KOREAN_WORDS = st.sampled_from(
    ["주식회사", "매출액", "영업이익", "순이익", "억원", "전년", "대비", "증가", "감소", "분기",
     "보도자료", "이사회", "결의", "배당", "주당", "서울특별시", "똠", "햏", "2004년", "12.5%", " ", "\n"]
)


@settings(max_examples=150, deadline=None)
@given(st.text(_PRINTABLE, min_size=1, max_size=200))
def test_any_utf8_text_decodes_back(text: str) -> None:
    if text.isspace():
        return
    filing = ingest_bytes(text.encode("utf-8"), "any.txt")
    assert filing.raw == text
    assert filing.encoding == ("ascii" if text.isascii() else "utf-8")


@settings(max_examples=150, deadline=None)
# at least one Hangul word: text of figures and spaces alone is ASCII, not Korean legacy text
@given(st.tuples(st.sampled_from(["매출액", "보도자료", "서울특별시", "똠"]),
                 st.lists(_KOREAN_WORDS, min_size=5, max_size=60)).map(lambda t: " ".join([t[0], *t[1]])))
def test_korean_legacy_text_decodes_back(text: str) -> None:
    data = text.encode("cp949")
    filing = ingest_bytes(data, "korean.txt")
    assert filing.raw == text
    try:
        data.decode("euc_kr")
    except UnicodeDecodeError:
        assert filing.encoding == "cp949"
    else:
        assert filing.encoding == "euc-kr"


# ---------------------------------------------------------------------------------------------
# Property: the offset invariant on random documents
# ---------------------------------------------------------------------------------------------

_PIECES = st.sampled_from(
    ["<PAGE>\n", "<TABLE>\n", "<S>   <C>\n", "<C>", "<F1>", "</TABLE>\n", "\x0c", "\x00", "\r\n",
     "\r", "\t", "  ", "\n", "Revenue  1,234.5\n", "매출액 ", "&amp;", "&nbsp;", "<br>", "<p>",
     "</td><td>", "<!-- x -->", "<", ">", "&", "<b", "\xa0", "\x07"]
)
_TEXTS = st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=40).map("".join)


def _ingest_or_none(data: bytes) -> Filing | None:
    try:
        return ingest_bytes(data, "random.txt")
    except IngestError as error:
        assert str(error).startswith("random.txt: ")
        return None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS, st.sampled_from(["", "<html><body>", "<DOCUMENT>\n<TYPE>6-K\n<TEXT>\n"]))
def test_offset_invariant_on_random_documents(body: str, prefix: str) -> None:
    filing = _ingest_or_none((prefix + body).encode("utf-8"))
    if filing is not None:
        for doc in filing.documents:
            assert_offsets(doc)
            assert "\r" not in doc.text and "\x00" not in doc.text and "\x0c" not in doc.text


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_never_crash(data: bytes) -> None:
    filing = _ingest_or_none(data)
    if filing is not None:
        for doc in filing.documents:
            assert_offsets(doc)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_offset_invariant_on_mutated_seeds(data: st.DataObject) -> None:
    path = data.draw(st.sampled_from(SEED_FILES))
    raw = path.read_text(encoding="ascii")
    cut = data.draw(st.integers(0, len(raw)))
    insert = data.draw(_TEXTS)
    filing = _ingest_or_none((raw[:cut] + insert + raw[cut:]).encode("utf-8"))
    assert filing is not None
    for doc in filing.documents:
        assert_offsets(doc)


# ---------------------------------------------------------------------------------------------
# Tables of small real-world shapes, one parser at a time
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "text", "pages"),
    [
        ("Line one\n<PAGE>\nLine two\n", "Line one\nLine two\n", (0, 9)),
        ("a\n<page>\nb\n", "a\nb\n", (0, 2)),  # lower-case tags from hand-edited files
        ("x\n<S>\t  <C>   \ny\n", "x\ny\n", (0,)),  # a column-marker line with trailing blanks
        ("<TABLE><CAPTION>\nHead\n", "Head\n", (0,)),  # several tags on one line
        ("end of text.<PAGE>\nnext\n", "end of text.\nnext\n", (0, 12)),  # marker at line end
        ("Sales<C>  100\n", "Sales     100\n", (0,)),  # a tag amid columns keeps its width
        ("<FN>\n<F1> Before one-time charges.\n</FN>\n", "     Before one-time charges.\n", (0,)),
        ("<R>revised</R>\n", "   revised    \n", (0,)),
        ("text\n<PAGE>", "text\n", (0,)),  # a last marker opens no empty page
        ("\x0c<PAGE>\nP2\n", "P2\n", (0,)),  # form feed and marker together: one break
        ("P1\n\x0cP2\n", "P1\n P2\n", (0, 3)),  # a form feed alone breaks the page
        ("<XYZ> stays\n", "<XYZ> stays\n", (0,)),  # not an EDGAR tag: kept as text
        ("a < b and c > d\n", "a < b and c > d\n", (0,)),
        ("A\r\nB\rC\n", "A\nB\nC\n", (0,)),  # universal newlines
    ],
)
def test_plain_text_shapes(raw: str, text: str, pages: tuple[int, ...]) -> None:
    (doc,) = ingest_bytes(raw.encode(), "shape.txt").documents
    assert (doc.text, doc.page_starts, doc.media) == (text, pages, "text")
    assert_offsets(doc)


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("<p>a</p><p>b</p>", "a\n\nb\n\n"),
        ("<div>x<br/>y</div>", "x\ny\n"),
        ("<P>Sales\n    rose</P>\n<P>\n  Net</P>", "Sales rose\n\nNet\n\n"),
        ("<p>a</p>\n  <p> b <b> c</b>  </p>", "a\n\nb c \n\n"),
        ("<p>Form 20-F&nbsp;&nbsp;X&nbsp;&nbsp;Form 40-F</p>", "Form 20-F  X  Form 40-F\n\n"),
        ("<p>&lt;b&gt; &copy; &#169; &#xA9; &bogus; &amp</p>", "<b> \xa9 \xa9 \xa9 &bogus; &\n\n"),
        ("<p>a<script>if (a<b) x()</script>b</p>", "ab\n\n"),
        ("<p>a<style>p{}</style>b<!-- c -->d</p>", "abd\n\n"),
        ("<table><tr><td>A</td><td>1</td></tr><tr><td>B</td><td>2</td></tr></table>",
         "A\t1\nB\t2\n\n"),
        ("<ul><li>one<li>two</ul>", "one\ntwo\n\n"),
        ("<p>3 < 5</p>", "3 < 5\n\n"),
        ("<p>x<", "x<\n"),  # </body> ends the line
        ("<pre>\n   1.0    2.0\n</pre>", "   1.0    2.0\n\n"),
        ('<p><a title="x > y">link</a></p>', "link\n\n"),
        ("<p>\ud55c\uad6d&nbsp;\uc804\ub825</p>", "\ud55c\uad6d \uc804\ub825\n\n"),
        pytest.param("<p>x</p><p>&nbsp;</p><p>y</p>", "x\n\ny\n\n",
                     marks=pytest.mark.xfail(strict=True, reason="an &nbsp;-only paragraph leaves a ' ' line")),
        pytest.param("<p title='a > b'>x</p>", "x\n\n",
                     marks=pytest.mark.xfail(strict=True, reason="only double-quoted values may hold '>'")),
    ],
)
def test_html_shapes(raw: str, text: str) -> None:
    (doc,) = ingest_bytes(f"<html><body>{raw}</body></html>".encode(), "shape.htm").documents
    assert doc.media == "html"
    assert doc.text == text
    assert_offsets(doc)


def _header_block(*lines: str) -> str:
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (  # a Form 4: the issuer is the company, not the reporting owner
            _header_block("CONFORMED SUBMISSION TYPE:\t4", "FILED AS OF DATE:\t\t20060105",
                          "REPORTING-OWNER:", "\tOWNER DATA:",
                          "\t\tCOMPANY CONFORMED NAME:\tKIM SOO-YOUNG",
                          "\t\tCENTRAL INDEX KEY:\t\t0001311111", "ISSUER:", "\tCOMPANY DATA:",
                          "\t\tCOMPANY CONFORMED NAME:\tNAMHAE SHIPPING CO",
                          "\t\tCENTRAL INDEX KEY:\t\t0001222222"),
            {"company_name": "NAMHAE SHIPPING CO", "cik": "0001222222", "form_type": "4"},
        ),
        (  # several FILER sections (a joint filing): the first one
            _header_block("CONFORMED SUBMISSION TYPE:\tSC 13G", "FILER:", "\tCOMPANY DATA:",
                          "\t\tCOMPANY CONFORMED NAME:\tFIRST FUND LP",
                          "\t\tCENTRAL INDEX KEY:\t\t7654321", "FILER:", "\tCOMPANY DATA:",
                          "\t\tCOMPANY CONFORMED NAME:\tSECOND FUND LP"),
            {"company_name": "FIRST FUND LP", "cik": "0007654321", "form_type": "SC 13G"},
        ),
        (  # form type only in FILING VALUES, CIK not a number, a bad date
            _header_block("FILED AS OF DATE:\t\t2003-11-17", "FILER:", "\tCOMPANY DATA:",
                          "\t\tCOMPANY CONFORMED NAME:\tJEJU AIR LTD", "\t\tCENTRAL INDEX KEY:\tN/A",
                          "\tFILING VALUES:", "\t\tFORM TYPE:\t\t6-K",
                          "\t\tSEC FILE NUMBER:\t001-40000"),
            {"company_name": "JEJU AIR LTD", "cik": None, "form_type": "6-K",
             "filed_as_of": None, "file_number": "001-40000"},
        ),
        (  # header lines indented with spaces instead of tabs
            _header_block("ACCESSION NUMBER: 0000891020-01-500001",
                          "CONFORMED PERIOD OF REPORT: 20010630", "FILER:",
                          "    COMPANY DATA:", "        COMPANY CONFORMED NAME: BUSAN BANK",
                          "        CENTRAL INDEX KEY: 0001100000"),
            {"company_name": "BUSAN BANK", "cik": "0001100000",
             "accession_number": "0000891020-01-500001", "period": "2001-06-30"},
        ),
    ],
)
def test_header_shapes(block: str, expected: dict[str, str | None]) -> None:
    from converter.ingest.sgml import parse_header

    header, notes = parse_header(block)
    for field, value in expected.items():
        got = getattr(header, field)
        assert (got.isoformat() if hasattr(got, "isoformat") else got) == value, field
    if "filed_as_of" in expected:
        assert any("unreadable date" in note for note in notes)


@pytest.mark.parametrize(
    "raw,centred",
    [
        ('<p align="center">TITLE</p><p>body</p>', ["TITLE"]),
        ("<P ALIGN=CENTER>TITLE<P>body", ["TITLE"]),  # an unclosed <P> ends at the next block
        ('<div style="margin:0; text-align: center">A<br>B</div><p>body</p>', ["A\nB"]),
        ("<center>NOTICE</center>body", ["NOTICE"]),
        ('<div align="center"><p>A</p><p align="center">B</p></div><p>body</p>', ["A\n\nB"]),  # nested: one range
        ('<p align="center">A</p><p align="left">B</p><p align=center>C</p>', ["A", "C"]),
        ('<table><tr><td align="center">X</td></tr></table><p>body</p>', []),  # a centred cell is no heading
        ('<p align="centered">x</p><p align="justify">y</p>', []),
        ('<div align="center">never closed<p>still centred', ["never closed\n\nstill centred"]),
    ],
)
@pytest.mark.parametrize("after", ["", "\n"])  # text after the last tag takes another path
def test_html_centred_blocks(raw: str, centred: list[str], after: str) -> None:
    (doc,) = ingest_bytes(f"<html><body>{raw}</body></html>{after}".encode(), "centred.htm").documents
    assert [doc.text[s:e].strip() for s, e in doc.centered] == centred
    for s, e in doc.centered:
        assert doc.is_centered(s) and doc.is_centered(e - 1) and not doc.is_centered(e)


def test_plain_text_has_no_markup_centring() -> None:
    (doc,) = ingest_bytes(b"                TITLE\n\nbody\n", "plain.txt").documents
    assert doc.centered == () and not doc.is_centered(16)


# ---------------------------------------------------------------------------------------------
# Tabs: a filing typed with tabs reads as the same filing typed with spaces
# ---------------------------------------------------------------------------------------------


def _with_tabs(text: str) -> str:
    """``text`` as a typist with tab stops every eight columns would have keyed it (``unexpand
    -a``): two or more spaces that end on a tab stop become one tab."""
    lines = []
    for line in text.split("\n"):
        chunks = [line[i:i + 8] for i in range(0, len(line), 8)]
        lines.append("".join(c.rstrip(" ") + "\t" if len(c) == 8 and c.endswith("  ") else c for c in chunks))
    return "\n".join(lines)


def _facts(data: bytes, name: str) -> set[tuple[str, str, str]]:
    from converter.pipeline import convert_bytes

    found = set()
    for converted in convert_bytes(data, name):
        periods = {c.id: str(c.period) + str(c.dimensions) for c in converted.instance.contexts}
        found |= {(f.concept, str(f.value), periods[f.context_id]) for f in converted.instance.facts}
    return found


def _laid_out_with_spaces(path: Path) -> bool:
    """A UTF-8 filing without tabs whose layout has runs of spaces a typist could have tabbed."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return False
    return "\t" not in text and _with_tabs(text) != text


TABBED = [p for p in sorted([*SEEDS.glob("*.txt"), *(DATA.parent / "joint_filing").glob("*.txt"),
                             *(DATA.parent / "cover_6k").glob("*.txt"), *(DATA.parent / "press").glob("*.txt")])
          if _laid_out_with_spaces(p)][:16]


def test_enough_filings_to_key_with_tabs() -> None:
    assert len(TABBED) >= 12


@pytest.mark.parametrize("path", TABBED, ids=lambda p: p.stem)
def test_a_filing_keyed_with_tabs_gives_the_same_facts(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    tabbed = _with_tabs(text)
    assert tabbed != text and tabbed.expandtabs(8) == text.expandtabs(8)  # the same page to the eye
    assert _facts(tabbed.encode(), path.name) == _facts(text.encode(), path.name)


# ---------------------------------------------------------------------------------------------
# Full-width figures: "２００４年６月３０日" reads as "2004年6月30日"
# ---------------------------------------------------------------------------------------------

_CJK = "\u3040-\u30ff\u4e00-\u9fff"
_FIGURE_BY_CJK = re.compile(rf"(?<=[{_CJK}])[0-9][0-9,.]*|[0-9][0-9,.]*(?=[{_CJK}])")


def _full_width_figures(text: str) -> str:
    """``text`` with the figures next to Japanese or Chinese characters typeset full-width."""
    return _FIGURE_BY_CJK.sub(lambda m: "".join(chr(ord(c) + 0xFEE0) for c in m.group()), text)


def _cjk_documents() -> list[Path]:
    found = []
    for path in sorted((DATA.parent).rglob("*.txt")):
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        if _full_width_figures(text) != text:
            found.append(path)
    return found[:14]


FULL_WIDTH = _cjk_documents()


def test_enough_documents_to_typeset_full_width() -> None:
    assert len(FULL_WIDTH) >= 10


@pytest.mark.parametrize("path", FULL_WIDTH, ids=lambda p: p.stem)
def test_figures_typeset_full_width_give_the_same_facts(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _facts(_full_width_figures(text).encode(), path.name) == _facts(text.encode(), path.name)
