"""Ingest: bytes of a filing in, a :class:`~converter.model.Filing` out.

>>> filing = ingest_bytes(b"<PAGE>\\nFORM 6-K\\n<PAGE>\\nSIGNATURES\\n", "cover.txt")
>>> filing.encoding, filing.documents[0].text, filing.documents[0].page_starts
('ascii', 'FORM 6-K\\nSIGNATURES\\n', (0, 9))
>>> ingest_bytes(b"", "empty.txt")
Traceback (most recent call last):
converter.errors.IngestError: empty.txt: empty file (0 bytes)

Three shapes of input are recognised (see the modules for each):

* a full EDGAR submission or a bare ``<DOCUMENT>`` stream (:mod:`.sgml`): one
  :class:`~converter.model.SourceDocument` per text document, the header as a
  :class:`~converter.model.FilingHeader`; binary documents are skipped with a warning;
* an HTML file (:mod:`.html`);
* any other text: one EDGAR plain-text document (:mod:`.edgar_text`).

Decoding is :mod:`.encoding`, refusing binaries is :mod:`.sniff`. Gzip-compressed input is
decompressed first. ``Filing.raw`` is the decoded text with universal newlines (CR LF and lone
CR read as LF, as Python's text mode reads files); every offset refers to it. Every unusable input raises :class:`~converter.errors.IngestError` with a
one-line reason; everything odd but usable is ingested with a line in ``Filing.warnings``.
"""

from __future__ import annotations

import gzip
import io
import zlib
from pathlib import Path

from converter.errors import IngestError
from converter.guards import DEFAULT_MAX_BYTES, size_problem
from converter.ingest.edgar_text import write_text
from converter.ingest.encoding import decode
from converter.ingest.html import is_wrapped_text, looks_like_html, write_html
from converter.ingest.sgml_flat import flat_header
from converter.ingest.sgml import (
    find_documents,
    header_region,
    looks_like_submission,
    parse_header,
)
from converter.ingest.sniff import binary_kind
from converter.ingest.textmap import TextBuilder
from converter.model import Filing, FilingHeader, SourceDocument

__all__ = ["ingest_bytes", "ingest_path"]

_GZIP_MAGIC = b"\x1f\x8b"


def ingest_path(path: str | Path) -> Filing:
    """Read and ingest the file at ``path`` (``.gz`` files are decompressed transparently)."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise IngestError(name, f"cannot read file: {error.strerror or error}") from None
    return ingest_bytes(data, name)


def ingest_bytes(data: bytes, name: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Filing:
    """Ingest the bytes of one filing; ``name`` is used in messages and document names. A filing
    (decompressed) larger than ``max_bytes`` is refused."""
    if not isinstance(data, bytes):
        data = bytes(data)  # bytearray, memoryview
    if data.startswith(_GZIP_MAGIC):
        data = _gunzip(data, name, max_bytes)
    problem = size_problem(len(data), max_bytes)
    if problem:
        raise IngestError(name, problem)
    if not data:
        raise IngestError(name, "empty file (0 bytes)")
    kind = binary_kind(data)
    if kind:
        raise IngestError(name, f"not a text filing: {kind}")
    decoded = decode(data)
    raw = _universal_newlines(decoded.text)
    if not raw or raw.isspace():
        raise IngestError(name, f"empty file (only white space in {len(data)} bytes)")
    warnings = list(decoded.warnings)
    header: FilingHeader | None = None
    if looks_like_submission(raw):
        header, documents = _submission(raw, name, warnings)
    else:
        flat = flat_header(raw)  # a header whose lines a copy ran together, before the document
        header = flat[0] if flat else None
        documents = [_document(raw, name, 0, len(raw), warnings)]
    documents = _with_text(documents, name, warnings)
    return Filing(name, raw, decoded.encoding, tuple(documents), header, tuple(warnings))


def _universal_newlines(text: str) -> str:
    # As Python's text mode reads files: offsets into ``Filing.raw`` are then the offsets of
    # ``open(path, encoding=filing.encoding).read()``, and CR LF files cost no extra segments.
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _gunzip(data: bytes, name: str, max_bytes: int) -> bytes:
    """The decompressed bytes, inflated no further than ``max_bytes`` (a gzip bomb stops there)."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            inflated = stream.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as error:
        raise IngestError(name, f"corrupt gzip data: {error}") from None
    if len(inflated) > max_bytes:
        raise IngestError(name, f"decompresses to more than the limit of {max_bytes:,} bytes (raise it with --max-size)")
    return inflated


def _submission(
    raw: str, name: str, warnings: list[str]
) -> tuple[FilingHeader | None, list[SourceDocument]]:
    header = None
    region = header_region(raw)
    if region:
        start, end, notes = region
        header, header_notes = parse_header(raw[start:end], start)
        warnings += notes + header_notes
    parts, notes = find_documents(raw)
    warnings += notes
    if not parts:
        raise IngestError(name, "EDGAR submission without any <DOCUMENT>")
    documents = []
    for part in parts:
        label = f"document {part.sequence} ({part.doc_type or 'no type'}"
        label += f", {part.filename})" if part.filename else ")"
        if part.binary_reason:
            warnings.append(f"{label} skipped: {part.binary_reason}")
            continue
        document = _document(
            raw, f"{name}#{part.sequence}", part.text_start, part.text_end, warnings, part.filename
        )
        documents.append(
            SourceDocument(
                document.name, raw, document.text, document.segments, document.page_starts,
                doc_type=part.doc_type, filename=part.filename, description=part.description,
                sequence=part.sequence, media=document.media, centered=document.centered,
            )
        )
    if not documents:
        raise IngestError(name, "EDGAR submission holds no text document (only binary ones)")
    return header, documents


def _document(
    raw: str, name: str, start: int, end: int, warnings: list[str], filename: str | None = None
) -> SourceDocument:
    """Clean text of ``raw[start:end]``, read as HTML or as EDGAR plain text."""
    builder = TextBuilder(raw)
    media = "html" if looks_like_html(raw, start, end, filename) and not is_wrapped_text(raw, start, end) else "text"
    centered: tuple[tuple[int, int], ...] = ()
    if media == "html":
        html_warnings, centered = write_html(builder, start, end)
        warnings += [f"{name}: {w}" for w in html_warnings]
    else:
        write_text(builder, start, end)
    if builder.nul_count:
        warnings.append(f"{name}: {builder.nul_count} NUL byte(s) replaced by spaces")
    if builder.control_count:
        warnings.append(f"{name}: {builder.control_count} control character(s) replaced by spaces")
    text, segments, page_starts = builder.result()
    return SourceDocument(name, raw, text, segments, page_starts, media=media, centered=centered)


def _with_text(
    documents: list[SourceDocument], name: str, warnings: list[str]
) -> list[SourceDocument]:
    kept = []
    for document in documents:
        if document.text and not document.text.isspace():
            kept.append(document)
        else:
            warnings.append(f"{document.name}: no text, document skipped")
    if not kept:
        raise IngestError(name, "no text in file (nothing but markup and control characters)")
    return kept
