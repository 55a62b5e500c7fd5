"""Fuzzing the whole pipeline: random and mutated documents through ``convert_bytes``.

For every input, whatever it is:

* no exception but :class:`Doc2XbrlError` escapes (a refusal with a one-line message);
* every instance produced is valid (``converter.validate.is_valid``);
* every fact's source span lies inside the decoded input and holds the words the fact came from.

What "holds the words" can soundly mean, since values are normalised (scaled amounts, ISO dates,
booleans from check boxes, names with honorifics dropped):

* numbers: the significant digits of the value (sign, decimal point, leading and trailing zeros
  dropped) appear among the digits of the span text, read in order with everything else
  dropped - ``KRW 23.2 billion`` holds ``232`` of 23200000000, ``12.5%`` holds ``125`` of
  0.125. A span without any digit is a number written in words and is not checked. A Korean
  digit-and-place numeral (``3백5억원`` is 305억, ``1조 10000억원`` 2조) leaves its zeros unwritten
  and carries between its groups: the test reads it with a reader of its own and compares values.
* strings the taxonomy defines as written in the document (their documentation in
  converter/data/concepts.tsv says "as written", "as printed", "as stated" or "as the document
  states it": names, titles, address lines...): every word of at least two letters or digits of
  the value occurs in the span text, compared case-insensitively on letters and digits only. Other
  strings are codes or choices read from the words (``KR`` from "Republic of Korea", ``20-F`` from
  the check mark in its box, ``EX-99.1`` from "99.1"), so for them, as for dates and booleans,
  only the span itself is checked: inside the input and not blank.
* a fact's ``line`` is the line of its span's start.
"""

from __future__ import annotations

import html
import os
import re
import unicodedata
from decimal import Decimal
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from converter.errors import Doc2XbrlError
from converter.pipeline import Converted, convert_bytes
from converter.resources import schemas_dir
from converter.validate import is_valid
from factlib import DATA, SEEDS

# Modest by default so the suite stays fast; DOC2XBRL_FUZZ_EXAMPLES=500 for a longer hunt.
FUZZ = settings(max_examples=int(os.environ.get("DOC2XBRL_FUZZ_EXAMPLES", "40")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
# Known gaps, kept visible rather than loosening the property for every concept: concepts whose
# facts may carry an empty span (a position, not the words), with the reason.
EMPTY_SPAN_ALLOWED = {
    "SignatureParty": "cover_6k._party_span: when the signature block does not repeat the registrant's "
                      "name, the party is the registrant named elsewhere, pointed at with an empty span",
}
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_WORD = re.compile(r"[^\W_]{2,}")
_AS_WRITTEN = re.compile(r"\bas (?:written|printed|stated|the document states it)\b")


@cache
def base_documents() -> tuple[tuple[str, bytes], ...]:
    paths = [p for family in ("cover_6k", "joint_filing", "press", "ingest")
             for p in sorted(DATA.glob(f"{family}/*")) if p.suffix in (".txt", ".htm", ".html")]
    if SEEDS.is_dir():
        paths += sorted(SEEDS.glob("*.txt"))
    return tuple((p.name, p.read_bytes()) for p in paths)


# ------------------------------------------------------------------------------------------
# The properties
# ------------------------------------------------------------------------------------------


def significant_digits(lexical: str) -> str:
    """The digits of a number with sign, point and outer zeros dropped.

    >>> significant_digits("-23200000000"), significant_digits("0.125"), significant_digits("0")
    ('232', '125', '0')
    """
    digits = re.sub(r"\D", "", lexical).strip("0")
    return digits or "0"


# digits and places interleaved: "3백5억", "1조 2,000억", and "천320억" (a place written without
# its 1 before digits)
_KOREAN_PLACE = re.compile(r"(?:\d\s*)?[십백천만억조]\s*\d")
_SMALL_PLACES = {"십": 10, "백": 100, "천": 1000}
_LARGE_PLACES = {"만": 10**4, "억": 10**8, "조": 10**12}


def korean_numeral(text: str) -> Decimal:
    """The number a digits-and-places numeral writes, read independently of the converter.

    A place with no digit before it counts one ("천320억" is 1,320억); a written 0 counts
    nothing ("0조2천1백억" is 2,100억).

    >>> korean_numeral("3백5억원"), korean_numeral("1조 10000억원"), korean_numeral("2천7백11억")
    (Decimal('30500000000'), Decimal('2000000000000'), Decimal('271100000000'))
    >>> korean_numeral("천320억원"), korean_numeral("0조2천1백억원"), korean_numeral("-1조2천억원")
    (Decimal('132000000000'), Decimal('210000000000'), Decimal('-1200000000000'))
    >>> korean_numeral("666억0천만원")
    Decimal('66600000000')
    """
    ascii_digits = re.sub(r"\d", lambda d: str(unicodedata.decimal(d.group())), text)
    total = section = Decimal(0)
    current: Decimal | None = None  # the digits written since the last place, if any
    written = False  # anything written since the last large place ("0천만" is written: 0만)
    for token in re.findall(r"\d[\d,]*(?:\.\d+)?|[십백천만억조]", ascii_digits):
        if token[0].isdigit():
            current, written = Decimal(token.replace(",", "")), True
        elif token in _SMALL_PLACES:
            section, current, written = section + (1 if current is None else current) * _SMALL_PLACES[token], None, True
        else:
            group = section + (current or 0) if written else Decimal(1)  # "조" alone: one of it
            total, section, current, written = total + group * _LARGE_PLACES[token], Decimal(0), None, False
    value = total + section + (current or 0)
    return -value if re.match(r"\s*[-−△]", text) else value  # "-1조2천억원", "△512억원": a loss


def _letters_and_digits(text: str) -> str:
    """The letters and digits of ``text``, case-folded, full-width digits as ASCII (ingest reads
    "２００４" as "2004")."""
    return re.sub(r"[\W_]", "", text).casefold().translate(_FULL_WIDTH_DIGITS)


_FULL_WIDTH_DIGITS = {0xFF10 + d: 0x30 + d for d in range(10)}


@cache
def _concept_rows() -> tuple[list[str], ...]:
    lines = (DATA.parent.parent / "converter" / "data" / "concepts.tsv").read_text(encoding="utf-8").splitlines()
    rows = (line.split("\t") for line in lines if not line.startswith("#"))
    return tuple(fields for fields in rows if len(fields) >= 9)


@cache
def e164_where_derivable() -> frozenset[str]:
    """Telephone concepts written in E.164 form when the country can be derived, else as printed."""
    return frozenset(fields[0] for fields in _concept_rows() if "E.164" in fields[-1])


@cache
def written_as_is() -> frozenset[str]:
    """String concepts whose value is the document's own words (see the module docstring)."""
    return frozenset(fields[0] for fields in _concept_rows()
                     if fields[1] == "string" and _AS_WRITTEN.search(fields[-1])) - e164_where_derivable()


def check_fact_sources(item: Converted) -> None:
    raw = item.extraction.document.raw
    for fact in item.instance.facts:
        if fact.span is None:
            continue
        span = fact.span
        assert 0 <= span.start <= span.end <= len(raw), (fact, len(raw))
        text = raw[span.start:span.end]
        if fact.line is not None:
            assert fact.line == raw.count("\n", 0, span.start) + 1, fact
        if fact.unit_id is not None:
            written = "".join(str(unicodedata.decimal(d)) for d in re.findall(r"\d", text))  # also ٠-٩, ０-９
            if written and _KOREAN_PLACE.search(text):
                # "3백5억원", "1조 10000억원": digits and places, its zeros unwritten and its groups
                # carrying into each other; the test reads such a numeral with its own reader
                assert Decimal(fact.value) == korean_numeral(text), (fact, text)
            elif written:
                assert significant_digits(fact.value) in written, (fact, text)
            continue
        assert text.strip() or (span.start == span.end and fact.concept in EMPTY_SPAN_ALLOWED), fact
        if not text:
            continue
        # in HTML the span holds markup too: compare with the words a reader sees ("<0R>", a "<"
        # before no letter, is no tag but text)
        is_html = item.extraction.document.media == "html"
        seen = html.unescape(re.sub(r"<[A-Za-z/!?][^>]*>", "", text)) if is_html else text
        if fact.concept in e164_where_derivable():
            # "+82-2-2125-4000" from "(02) 2125-4000": the national number, trunk 0 dropped
            national = re.sub(r"\D", "", fact.value.split("-", 1)[1]) if fact.value.startswith("+") else fact.value
            assert re.sub(r"\D", "", national) in re.sub(r"\D", "", seen).lstrip("0"), (fact, text)
        elif fact.concept in written_as_is():
            haystack = _letters_and_digits(seen)
            for word in _WORD.findall(fact.value):
                assert _letters_and_digits(word) in haystack, (fact, text)


def check(data: bytes, name: str) -> tuple[Converted, ...]:
    """Convert ``data`` and check every property; a refusal is fine if it is one clean line."""
    try:
        converted = convert_bytes(data, name)
    except Doc2XbrlError as exc:
        message = str(exc)
        # names the file, or one of its documents ("file#2: ...")
        assert re.match(rf"{re.escape(name)}(#\d+)?: \S", message) and "\n" not in message, message
        return ()
    try:
        decoded = data.decode("utf-8")
    except UnicodeDecodeError:
        decoded = None
    for item in converted:
        assert is_valid(item.xml, base_dir=schemas_dir()), item.output_name
        if decoded is not None and not decoded.startswith("\ufeff"):
            # spans index the decoded input (newlines read as Python's text mode reads them)
            assert item.extraction.document.raw == decoded.replace("\r\n", "\n").replace("\r", "\n")
        check_fact_sources(item)
    return converted


# ------------------------------------------------------------------------------------------
# The base documents themselves satisfy the properties (and show the checks bite)
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [n for n, _ in base_documents()])
def test_base_documents(name: str):
    data = dict(base_documents())[name]
    converted = check(data, name)
    assert converted and any(f.span is not None for c in converted for f in c.instance.facts)


def test_the_span_check_catches_a_wrong_span():
    name, data = next((n, d) for n, d in base_documents() if n.startswith("bank"))
    (item,) = convert_bytes(data, name)
    fact = next(f for f in item.instance.facts if f.concept in written_as_is() and f.span is not None
                and _WORD.search(f.value))
    from dataclasses import replace

    from converter.model import Span

    moved = replace(fact, span=Span(0, 1))
    broken = replace(item, instance=replace(item.instance, facts=(moved,)))
    with pytest.raises(AssertionError):
        check_fact_sources(broken)


# ------------------------------------------------------------------------------------------
# Mutations
# ------------------------------------------------------------------------------------------

_ODD_CHARS = st.sampled_from(list("0123456789,.%$-()/:;X_ \t\n\x0c\x00\x07") + ["₩", "원", "억", "주", "\ufffd", "é"])


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    name, data = draw(st.sampled_from(base_documents()))
    text = data.decode("utf-8", errors="replace")
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(("char", "delete line", "duplicate line", "swap lines", "number",
                                     "insert", "truncate")))
        text = _mutate(draw, kind, text)
    encoding = draw(st.sampled_from(("utf-8", "utf-8", "utf-16", "cp949")))
    return name, text.encode(encoding, errors="replace")


def _mutate(draw: st.DrawFn, kind: str, text: str) -> str:
    if not text:
        return text
    lines = text.split("\n")
    if kind == "char":
        at = draw(st.integers(0, len(text) - 1))
        return text[:at] + draw(_ODD_CHARS) + text[at + 1:]
    if kind in ("delete line", "duplicate line", "swap lines"):
        i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
        if kind == "delete line":
            del lines[i]
        elif kind == "duplicate line":
            lines.insert(i, lines[i])
        else:
            lines[i], lines[j] = lines[j], lines[i]
        return "\n".join(lines)
    if kind == "number":
        numbers = list(_NUMBER.finditer(text))
        if not numbers:
            return text
        match = draw(st.sampled_from(numbers))
        new = draw(st.one_of(st.from_regex(r"\A\d{1,3}(,\d{3}){0,4}(\.\d{1,2})?\Z"),
                             st.from_regex(r"\A\d{1,12}\Z"), st.just("0"), st.just("-1")))
        return text[:match.start()] + new + text[match.end():]
    if kind == "insert":
        at = draw(st.integers(0, len(text)))
        return text[:at] + draw(st.text(max_size=40)) + text[at:]
    return text[:draw(st.integers(0, len(text)))]


@FUZZ
@given(mutated())
def test_mutated_documents(document: tuple[str, bytes]):
    name, data = document
    check(data, f"mutated-{name}")


@FUZZ
@given(st.one_of(st.binary(max_size=3000), st.text(max_size=3000).map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_random_documents(data: bytes):
    check(data, "random.txt")


@FUZZ
@given(st.lists(st.sampled_from([n for n, _ in base_documents()]), min_size=2, max_size=3),
       st.sampled_from(["\n", "\n<PAGE>\n", "\x0c"]))
def test_concatenated_documents(names: list[str], separator: str):
    parts = dict(base_documents())
    data = separator.encode().join(parts[n] for n in names)
    check(data, "concatenated.txt")



@pytest.mark.parametrize("data", [
    # a NUL inside a field of the SEC header: no XML document may hold it
    (b"<SEC-DOCUMENT>0000950103-05-000777.txt : 20050610\n<SEC-HEADER>0000950103-05-000777.hdr.sgml : 20050610\n"
     b"ACCESSION NUMBER:\t\t0000950103-05-000777\nCONFORMED SUBMISSION TYPE:\tSC 13D/A\nPUBLIC DOCUMENT COUNT:\t\t1\n"
     b"FILED AS OF DATE:\t\t20050610\n\nSUBJECT COMPANY:\t\n\n\tCOMPANY DATA:\t\n"
     b"\t\tCOMPANY CONFORMED NAME:\x00\t\tHANBIT STEEL CORP\n\t\tCENTRAL INDEX KEY:\t\t\t0000987654\n</SEC-HEADER>\n"
     b"<DOCUMENT>\n<TYPE>SC 13D/A\n<SEQUENCE>1\n<TEXT>\nSCHEDULE 13D\nAmendment No. 1\nHanbit Steel Corp\n"
     b"(Name of Issuer)\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"),
    # a signature cut off after its "Title:" label: no empty title
    (b"|\nLotus Bay Optoelectronics Corp.\n|\n(Translation of registrant's name into English)\n|\n"
     b"Form 20-F X Form 40-F ___\n|\nLotus Bay Optoelectronics Corp.\n|\nDate: October 29, 2008\n|\nBy:\n|\n"
     b"/s/ Wen-Chi Lo\n|\nName:\n|\nWen-Chi Lo\n|\nTitle:\n|\n"),
], ids=["nul-in-header", "empty-title"])
def test_mutations_found_once(data: bytes) -> None:
    """Inputs the mutation test found: each converts cleanly, with every property checked."""
    check(data, "found.txt")
