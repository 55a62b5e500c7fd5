"""The whole pipeline as library functions: ingest -> classify -> extract -> map -> render -> validate.

``convert_*`` are pure functions of their input (no files written, no global state changed), so
they are safe to call from worker processes of Dask, Ray or Spark. ``write_converted`` is the
only function that touches the output folder, and it writes atomically.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from converter.classify import classify
from converter.errors import Doc2XbrlError, InstanceInvalid
from converter.extract import extract
from converter.guards import DEFAULT_MAX_BYTES
from converter.ingest import ingest_bytes
from converter.map import map_extraction
from converter.model import Extraction, Filing, Instance, SourceDocument
from converter.render import render_instance
from converter.resources import schemas_dir
from converter.taxonomy import Taxonomy, copy_taxonomy, load_taxonomy
from converter.validate import validate


@dataclass(frozen=True)
class Converted:
    """One validated instance, ready to be written."""

    document_name: str
    output_name: str  # file name of the instance in the output folder
    xml: bytes
    instance: Instance
    extraction: Extraction
    warnings: tuple[str, ...]


def _output_name(filing: Filing, document: SourceDocument) -> str:
    stem = Path(filing.name).name
    for suffix in (".gz", ".txt", ".htm", ".html", ".nc", ".sgml"):
        stem = stem.removesuffix(suffix)
    stem = stem or "instance"
    if len(filing.documents) > 1:
        kind = re.sub(r"[^0-9A-Za-z.]+", "-", document.doc_type or "doc").strip("-")
        stem = f"{stem}-{document.sequence}-{kind}"
    return f"{stem}.xml"


def convert_document(filing: Filing, document: SourceDocument, *, source_sha256: str, cik: str | None = None,
                     date: dt.date | None = None, taxonomy: Taxonomy | None = None) -> Converted:
    """``date``: the day to place the document at when neither it nor its EDGAR header says;
    ``taxonomy``: the one to map against (default: the packaged one, as its files are now)."""
    classification = classify(document, filing.header)
    extraction = extract(document, classification, filing.header, cik=cik, user_date=date)
    mapped = map_extraction(extraction, source_sha256=source_sha256, taxonomy=taxonomy)
    xml = render_instance(mapped.instance)
    output_name = _output_name(filing, document)
    # The packaged taxonomy holds the same files convert copies next to the instance.
    try:
        validation_warnings = validate(xml, name=output_name, base_dir=schemas_dir())
    except InstanceInvalid as exc:
        # Never written; said against the input, since that is what the user gave us.
        raise InstanceInvalid(f"{document.name}: instance {output_name} failed validation", exc.findings) from None
    warnings = filing.warnings + extraction.warnings + mapped.warnings
    warnings += tuple(f"{output_name}: {w}" for w in validation_warnings)
    if not mapped.instance.facts:
        warnings += (f"{document.name}: no facts found",)
    return Converted(document.name, output_name, xml, mapped.instance, extraction, warnings)


def convert_bytes(data: bytes, name: str, *, cik: str | None = None,
                  date: dt.date | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[Converted, ...]:
    """Every document of the filing in ``data``, converted and validated (nothing is written).
    ``date`` places a document that states no date and has no EDGAR header; a filing larger than
    ``max_bytes`` is refused (:class:`IngestError`)."""
    filing = ingest_bytes(data, name, max_bytes=max_bytes)
    digest = hashlib.sha256(data).hexdigest()
    # One look at the taxonomy files per submission: every document is mapped against the same
    # version (its files' sizes and times are read once, not again for each document).
    taxonomy = load_taxonomy() if filing.documents else None
    return tuple(convert_document(filing, doc, source_sha256=digest, cik=cik, date=date, taxonomy=taxonomy)
                 for doc in filing.documents)


def convert_text(text: str, name: str = "<text>", *, cik: str | None = None,
                 date: dt.date | None = None) -> tuple[Converted, ...]:
    return convert_bytes(text.encode("utf-8"), name, cik=cik, date=date)


def convert_file(path: str | Path, *, cik: str | None = None, date: dt.date | None = None) -> tuple[Converted, ...]:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise Doc2XbrlError(str(path), exc.strerror or str(exc)) from None
    return convert_bytes(data, str(path), cik=cik, date=date)


@functools.cache
def _file_mode() -> int:
    """The mode a new file gets from ``open`` under the process's umask (0644 under 022).

    The umask can only be read by setting it; it is read once, and put back at once."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, fsync, rename: never a partial file.
    The file gets the mode an ordinary write would give it (mkstemp's is 0600)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, _file_mode())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def rendered_files(converted: tuple[Converted, ...], formats: tuple[str, ...]) -> list[tuple[str, bytes]]:
    """``(file name, bytes)`` of every document in every format, all rendered before any is
    written, so a failing renderer leaves no file of the input behind."""
    from converter.formats import render_formats

    return [pair for item in converted for pair in render_formats(item, formats)]


def write_converted(
    converted: tuple[Converted, ...], out_dir: str | Path, formats: tuple[str, ...] = ("xbrl",)
) -> list[Path]:
    """Write each document in ``formats`` into ``out_dir``, the taxonomy beside (self-contained)."""
    return write_rendered(rendered_files(converted, formats), out_dir)


def write_rendered(files: list[tuple[str, bytes]], out_dir: str | Path) -> list[Path]:
    """Write ``(file name, bytes)`` pairs (:func:`rendered_files`) into ``out_dir``, whole, with
    the taxonomy beside them."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    copy_taxonomy(out)
    written = []
    for file_name, data in files:
        target = out / file_name
        atomic_write(target, data)
        written.append(target)
    return written
