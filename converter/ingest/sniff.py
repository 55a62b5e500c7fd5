"""Telling text filings from files that are not text at all.

A file is refused as binary when it starts with the signature of a known binary format
(``data/file_signatures.tsv``) or when too many of its bytes are ones text never holds (NUL
and C0 controls other than TAB, LF, CR, FF, ESC and SUB). A handful of stray NUL bytes in an
otherwise normal text is tolerated: the clean text blanks them and ingest warns.

UTF-16 text is full of NUL bytes, so it is recognised first (by BOM, or without BOM by the
NULs sitting at every other byte) and never called binary.

>>> binary_kind(b"%PDF-1.4 ...")
'PDF document'
>>> binary_kind(b"\\x89PNG\\r\\n\\x1a\\n....")
'PNG image'
>>> binary_kind(b"FORM 6-K\\n\\nREPORT OF FOREIGN PRIVATE ISSUER\\n") is None
True
>>> binary_kind(b"\\x00\\x01\\x02\\x03" * 100)
'binary data (100% non-text bytes)'
>>> binary_kind(b"text with one stray NUL\\x00 byte\\n" * 10) is None
True
>>> utf16_without_bom("Form 6-K\\n".encode("utf-16-le") * 20)
'utf-16-le'
"""

from __future__ import annotations

from functools import cache

from converter.resources import data_rows

SAMPLE_SIZE = 65536
# Share of non-text bytes above which a sample is binary. Random or compressed bytes hold ~10%
# (26 of the 256 byte values); text with a few stray NULs stays far below.
BINARY_SHARE = 0.05

_TEXT_CONTROLS = b"\t\n\r\x0c\x1b\x1a"
_NON_TEXT = bytes(b for b in range(32) if bytes([b]) not in _TEXT_CONTROLS)
_TEXT_BYTES = bytes(b for b in range(256) if b not in _NON_TEXT)


@cache
def signatures() -> tuple[tuple[bytes, str], ...]:
    """(leading bytes, format name) pairs from ``data/file_signatures.tsv``."""
    return tuple((bytes.fromhex(magic), name.strip()) for magic, name in data_rows("file_signatures.tsv"))


@cache
def _all_magics() -> tuple[bytes, ...]:
    """Every signature's leading bytes, for one ``startswith`` over them all."""
    return tuple(magic for magic, _ in signatures())


def binary_kind(data: bytes) -> str | None:
    """What kind of binary ``data`` is, or None when it may be text."""
    head = data[:16].lstrip(b" \t\r\n")
    magics = _all_magics()
    if data.startswith(magics) or head.startswith(magics):  # which one: the first in the table's order
        for magic, name in signatures():
            if data.startswith(magic) or head.startswith(magic):
                return name
    if utf16_without_bom(data) or data[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"):
        return None
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return None
    sample = data[:SAMPLE_SIZE]
    share = _non_text_share(sample)
    if share > BINARY_SHARE:
        return f"binary data ({share:.0%} non-text bytes)"
    whole = data.count(b"\x00") / len(data) if data else 0.0
    if whole > BINARY_SHARE:
        return f"binary data ({whole:.0%} NUL bytes)"
    return None


def _non_text_share(sample: bytes) -> float:
    if not sample:
        return 0.0
    # translate(None, delete) drops the text bytes in C; what is left is non-text.
    return len(sample.translate(None, _TEXT_BYTES)) / len(sample)


MIN_UTF16_SAMPLE = 16  # bytes: eight UTF-16 characters, the least that shows the NUL pattern


def utf16_without_bom(data: bytes) -> str | None:
    r"""'utf-16-le' / 'utf-16-be' when NULs sit at every other byte of a sample, else None.
    A few bytes are no evidence: one NUL in four bytes of valid UTF-8 is not UTF-16.

    >>> utf16_without_bom("Seoul, Korea".encode("utf-16-be")), utf16_without_bom(b"\x00 \xc2\x80")
    ('utf-16-be', None)
    """
    if data.find(b"\x00", 0, SAMPLE_SIZE & ~1) < 0:  # most text: no NUL, so no UTF-16 pattern
        return None
    sample = data[: SAMPLE_SIZE & ~1]
    if len(sample) < MIN_UTF16_SAMPLE:
        return None
    half = len(sample) // 2
    odd_nuls = sample[1::2].count(b"\x00")
    even_nuls = sample[0::2].count(b"\x00")
    # Western and Korean UTF-16 text: the high byte is NUL for ASCII, rarely for the low byte.
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        codec = "utf-16-le"
    elif even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        codec = "utf-16-be"
    else:
        return None
    # Binary data can have the same NUL pattern; UTF-16 text decodes to printable characters.
    text = sample.decode(codec, errors="replace")
    unprintable = sum(1 for ch in text if not (ch.isprintable() or ch in "\t\n\r\x0c"))
    return codec if unprintable <= 0.05 * len(text) else None
