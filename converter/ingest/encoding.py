"""Which character encoding a filing is in, decided without outside help.

EDGAR filings of 2000-2008 are ASCII by rule, but the files people hold come from many places:
UTF-8 (with or without BOM), UTF-16 from Windows tools, Korean legacy EUC-KR / CP949 press
releases and Western 8-bit (Windows-1252 / Latin-1) documents. The decision, in order:

1. a byte-order mark: UTF-8, UTF-32, UTF-16 (LE/BE);
2. UTF-16 without BOM, when NULs sit at every other byte (see :mod:`.sniff`);
3. strict UTF-8 (reported ``ascii`` when every byte is ASCII);
4. Korean: the bytes decode strictly as CP949 (a superset of EUC-KR) *and* most non-ASCII
   characters are Hangul syllables - a Western 8-bit text that happens to decode as CP949
   yields rare Hanja, not Hangul. Reported ``euc-kr`` when the stricter EUC-KR codec also
   accepts the bytes, else ``cp949``. An English document made in Korea, whose only non-ASCII
   characters are curly quotes, check boxes and other symbols of KS X 1001, is EUC-KR too
   when the strict EUC-KR codec accepts it;
5. UTF-8 with a few broken sequences: the bytes hold at least as many valid multi-byte UTF-8
   sequences as invalid bytes (a Latin-1 text virtually never contains valid UTF-8 sequences).
   Decoded with U+FFFD replacement and a warning;
6. Korean with a few broken bytes (under 1% replaced), with a warning;
7. Western 8-bit: Windows-1252 when it decodes strictly, else Latin-1 - but only when non-ASCII
   bytes are a minority (at most a quarter of the bytes), as accented letters are in prose;
8. anything else: UTF-8 with replacement and a warning that the encoding is unknown.

>>> decode("Société Générale, Zürich".encode("cp1252")).encoding
'cp1252'
>>> decode("주식회사 하나로".encode("euc-kr")).encoding
'euc-kr'
>>> decode("똠방각하".encode("cp949")).encoding  # 똠 is outside EUC-KR's 2,350 syllables
'cp949'
>>> decode("\\ufeffForm 6-K".encode("utf-8")).text
'Form 6-K'
>>> d = decode("Won ₩5,000 – ".encode("utf-8") + b"\\xff trailing")
>>> d.encoding, d.warnings
('utf-8', ('invalid UTF-8: 1 undecodable byte sequence(s) replaced by U+FFFD',))
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from converter.ingest.sniff import utf16_without_bom

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
HANGUL_SHARE = 0.5  # of non-ASCII characters, for a text to count as Korean
WESTERN_MAX_SHARE = 0.25  # of bytes that may be non-ASCII in Western 8-bit prose
KOREAN_MAX_REPLACED = 0.01
_NOT_HANGUL = re.compile("[^\uac00-\ud7a3]+")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # Python codec name of what was used
    warnings: tuple[str, ...] = ()


def decode(data: bytes) -> Decoded:
    """Decode ``data`` following the order in the module docstring; never raises."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_or_replace(data[len(bom) :], codec, f"{codec} (BOM)")
    guessed = utf16_without_bom(data)
    if guessed:
        return _decode_or_replace(data, guessed, f"{guessed} (no BOM)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return Decoded(text, "ascii" if data.isascii() else "utf-8")
    return _decode_legacy(data)


def _decode_legacy(data: bytes) -> Decoded:
    korean = _strict_korean(data)
    if korean:
        return korean
    lenient = data.decode("utf-8", errors="replace")
    replaced = lenient.count("\ufffd")
    valid = _non_ascii_count(lenient) - replaced
    if valid >= replaced:
        return Decoded(lenient, "utf-8", (_replaced_warning("invalid UTF-8", replaced),))
    korean_lenient = data.decode("cp949", errors="replace")
    k_replaced = korean_lenient.count("\ufffd")
    k_non_ascii = _non_ascii_count(korean_lenient)
    if k_replaced <= KOREAN_MAX_REPLACED * k_non_ascii and _mostly_hangul(korean_lenient):
        return Decoded(korean_lenient, "cp949", (_replaced_warning("invalid CP949", k_replaced),))
    if _non_ascii_bytes(data) <= WESTERN_MAX_SHARE * len(data):
        try:
            return Decoded(data.decode("cp1252"), "cp1252")
        except UnicodeDecodeError:
            return Decoded(data.decode("latin-1"), "latin-1")
    return Decoded(
        lenient,
        "utf-8",
        (_replaced_warning("unknown encoding, read as UTF-8", replaced),),
    )


def _strict_korean(data: bytes) -> Decoded | None:
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        return None
    try:
        data.decode("euc_kr")
    except UnicodeDecodeError:
        return Decoded(text, "cp949") if _mostly_hangul(text) else None
    if _mostly_hangul(text) or _only_korean_symbols(text):
        return Decoded(text, "euc-kr")
    return None


# The symbol rows of KS X 1001 as Unicode: punctuation and quotes, arrows, mathematical signs,
# box drawing, geometric shapes (the check boxes of forms), CJK symbols, circled and squared
# letters, full-width forms. Source: the Unicode Consortium's KSC5601 mapping table (rows 1-12).
_NOT_ASCII_OR_KOREAN_SYMBOL = re.compile("[^\u0000-\u007f\u00a1-\u00ff\u02c7-\u02dd\u0391-\u0451\u2010-\u2312"
                                         "\u2460-\u266d\u3000-\u33dd\uac00-\ud7a3\uff01-\uffe6]")
_BEYOND_LATIN1 = re.compile("[^\u0000-\u00ff]")  # not only Latin-1 letters


def _only_korean_symbols(text: str) -> bool:
    """A Korean-made English document: strict EUC-KR (every byte of a pair in A1-FE, which
    Western 8-bit prose, an accented letter among ASCII ones, almost never is) whose non-ASCII
    characters are all of KS X 1001's symbol rows or Hangul, and not only Latin-1 letters:
    curly quotes written as ¡° in Windows-1252 would be wrong text.

    >>> _only_korean_symbols("“ADSs” ■ Form 20-F"), _only_korean_symbols("Société Générale")
    (True, False)
    """
    # regex searches in C, as _mostly_hangul counts: no loop over the characters in Python
    return not _NOT_ASCII_OR_KOREAN_SYMBOL.search(text) and _BEYOND_LATIN1.search(text) is not None


def _mostly_hangul(text: str) -> bool:
    non_ascii = _non_ascii_count(text)
    # Deleting every non-Hangul run in C leaves only the syllables: no per-character loop.
    hangul = len(_NOT_HANGUL.sub("", text))
    return non_ascii > 0 and hangul >= HANGUL_SHARE * non_ascii


def _non_ascii_count(text: str) -> int:
    return len(text) - len(text.encode("ascii", errors="ignore"))


def _non_ascii_bytes(data: bytes) -> int:
    return len(data) - len(data.decode("ascii", errors="ignore"))


def _decode_or_replace(data: bytes, codec: str, label: str) -> Decoded:
    try:
        return Decoded(data.decode(codec), codec)
    except UnicodeDecodeError:
        text = data.decode(codec, errors="replace")
        return Decoded(text, codec, (_replaced_warning(f"invalid {label}", text.count("\ufffd")),))


def _replaced_warning(what: str, count: int) -> str:
    return f"{what}: {count} undecodable byte sequence(s) replaced by U+FFFD"
