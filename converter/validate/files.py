"""``doc2xbrl validate`` on what ``convert`` writes: any mix of files and folders.

Each file is recognised by its content (its name only breaks ties): an XBRL instance, an
Inline XBRL page (:mod:`.inline`), an xBRL-JSON report or the metadata file of an xBRL-CSV
report (:mod:`.oim`). Every kind is turned into an XBRL instance and checked by the same
validator, so "valid" means one thing for all of them. The files ``convert`` writes beside
them are recognised and skipped with the reason: taxonomy schemas and linkbases, the run
manifest, and the CSV tables of an xBRL-CSV report (checked through its metadata file). A
folder is walked (hidden files left out); a file found there that is none of these is skipped,
while a file named on the command line that is none of these is invalid: it was asked for.

>>> kind_of(b'<?xml version="1.0"?><xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance"/>', "a.xml")
'instance'
>>> kind_of(b'{"documentInfo": {"documentType": "https://xbrl.org/2021/xbrl-json"}}', "a.json")
'xBRL-JSON'
>>> kind_of(b"id,concept,value\\r\\n", "a-facts.csv"), kind_of(b"FORM 6-K", "a.txt")
('CSV table', None)
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from converter.validate.findings import ERROR, WARNING, Finding
from converter.validate.loading import LINK, XBRLI, safe_parser
from converter.xmlsafe import MAX_XML_BYTES, Refused, read_bytes

XS = "http://www.w3.org/2001/XMLSchema"
MANIFEST_NAME = "manifest.jsonl"
CHECKED = ("instance", "Inline XBRL", "xBRL-JSON", "xBRL-CSV")


@dataclass(frozen=True)
class FileResult:
    """What became of one file: ``status`` is valid, invalid or skipped (with ``note``)."""

    file: str
    kind: str | None  # one of CHECKED, or what a skipped file is
    status: str
    findings: tuple[Finding, ...] = ()
    note: str | None = None
    facts: int | None = None

    def to_dict(self) -> dict:
        return {
            "file": self.file, "kind": self.kind, "status": self.status, "note": self.note, "facts": self.facts,
            "errors": sum(f.severity == ERROR for f in self.findings),
            "warnings": sum(f.severity == WARNING for f in self.findings),
            "findings": [{k: getattr(f, k) for k in ("file", "line", "severity", "code", "message", "fact")}
                         for f in self.findings],
        }


def kind_of(data: bytes, name: str) -> str | None:
    """What kind of file ``data`` is: one of CHECKED, or 'taxonomy schema', 'taxonomy linkbase',
    'run manifest', 'CSV table'; None when it is none of these."""
    lower = name.lower()
    if lower.endswith(".jsonl") and Path(lower).name == MANIFEST_NAME:
        return "run manifest"
    if lower.endswith(".csv"):
        return "CSV table"
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{"):
        from converter.validate.oim import CSV_TYPE, JSON_TYPE, document_type

        return {JSON_TYPE: "xBRL-JSON", CSV_TYPE: "xBRL-CSV"}.get(document_type(data) or "")
    if head.startswith(b"<"):
        kind = _xml_kind(data)
        if kind == "Inline XBRL" and b"http://www.xbrl.org/2013/inlineXBRL" not in data:
            return "XHTML"
        if kind == "malformed XML" and not lower.endswith((".xml", ".xhtml")):
            return None  # an HTML filing, say: not XML at all
        return kind
    return None


def _xml_kind(data: bytes) -> str:
    """The kind of an XML file from its root element, read without building the tree."""
    try:
        for _, element in etree.iterparse(io.BytesIO(data), events=("start",), resolve_entities=False,
                                          no_network=True, load_dtd=False):
            return {
                f"{{{XBRLI}}}xbrl": "instance",
                f"{{{XS}}}schema": "taxonomy schema",
                f"{{{LINK}}}linkbase": "taxonomy linkbase",
                "{http://www.w3.org/1999/xhtml}html": "Inline XBRL",
            }.get(element.tag, "XML")
    except etree.XMLSyntaxError:
        pass
    return "malformed XML"  # the instance reader says where


def check_file(path: Path, *, named: bool = True, max_bytes: int = MAX_XML_BYTES) -> FileResult:
    """Validate one file; ``named``: the user named it (an unknown kind is then invalid); a file
    past ``max_bytes`` is refused unread (``resource:sizeLimit``)."""
    label = str(path)
    try:
        data = read_bytes(path, max_bytes)
    except Refused as refusal:
        return FileResult(label, None, "invalid", (Finding(refusal.code, ERROR, refusal.reason, label),))
    except OSError as exc:
        return FileResult(label, None, "invalid", (Finding("io:unreadable", ERROR, f"cannot read: {exc.strerror or exc}",
                                                           label),))
    kind = kind_of(data, path.name)
    if kind in ("taxonomy schema", "taxonomy linkbase", "run manifest"):
        return FileResult(label, kind, "skipped", note=f"a {kind}, written beside the reports: not a report")
    if kind == "CSV table":
        return FileResult(label, kind, "skipped", note="a table of an xBRL-CSV report: checked with its metadata file")
    if kind not in CHECKED:
        if kind == "malformed XML" or (kind in ("XML", "XHTML") and named):
            return _checked(label, "instance", *_instance(data, label, path.parent))
        if not named:
            return FileResult(label, kind, "skipped", note="not an XBRL report")
        finding = Finding("d2x:notAReport", ERROR, "not an XBRL instance, Inline XBRL page, xBRL-JSON report "
                          "or xBRL-CSV metadata file", label)
        return FileResult(label, None, "invalid", (finding,))
    return _checked(label, kind, *READERS[kind](data, label, path.parent))


def _checked(label: str, kind: str, findings: list[Finding], facts: int | None) -> FileResult:
    invalid = any(f.severity == ERROR for f in findings)
    return FileResult(label, kind, "invalid" if invalid else "valid", tuple(findings), facts=facts)


def _instance(data: bytes, name: str, folder: Path) -> tuple[list[Finding], int | None]:
    from converter.validate import checked

    findings, view = checked(data, name=name, base_dir=folder)
    return findings, _count_facts(data) if view is None else len(view.facts)  # the tree, not parsed again


def _count_facts(data: bytes) -> int | None:
    """The items of an instance the validator did not load (refused, yet perhaps well-formed)."""
    try:
        root = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError:
        return None
    skip = (f"{{{XBRLI}}}", f"{{{LINK}}}")
    return sum(1 for e in root.iterchildren(etree.Element) if not e.tag.startswith(skip))


def target_instance(data: bytes, name: str, folder: Path, kind: str):
    """``(instance bytes, line map, findings)`` of an Inline XBRL page or an OIM report; the
    bytes are None when the file could not be read that far."""
    from converter.validate import inline, oim

    if kind == "Inline XBRL":
        root, findings = inline.parse_inline(data, name)
        target, more = inline.inline_target(root, name) if root is not None else (None, [])
    else:
        if kind == "xBRL-JSON":
            report, findings = oim.read_json_report(data, name)
        else:
            report, findings = oim.read_csv_report(data, name, folder)
        target, more = oim.report_target(report, name, folder) if report is not None else (None, [])
    findings = findings + more
    if target is None:
        return None, {}, findings
    instance, lines = target.serialize()
    return instance, lines, findings


def _via_target(kind: str):
    def read(data: bytes, name: str, folder: Path) -> tuple[list[Finding], int | None]:
        from converter.validate import checked
        from converter.validate.target import in_source

        instance, lines, findings = target_instance(data, name, folder, kind)
        if instance is None:
            return findings, None
        found, view = checked(instance, name=name, base_dir=folder)
        count = _count_facts(instance) if view is None else len(view.facts)  # the tree, not parsed again
        return findings + in_source(found, name, lines), count

    return read


READERS = {
    "instance": _instance,
    "Inline XBRL": _via_target("Inline XBRL"),
    "xBRL-JSON": _via_target("xBRL-JSON"),
    "xBRL-CSV": _via_target("xBRL-CSV"),
}


def iter_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, bool]]:
    """``(file, named)`` for each path: a file as named, a folder's files walked in order."""
    for given in paths:
        path = Path(given)
        if not path.is_dir():
            yield path, True
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for file in sorted(f for f in files if not f.startswith(".")):
                yield Path(root) / file, False


def validate_paths(paths: Iterable[str | Path], *, max_bytes: int = MAX_XML_BYTES) -> Iterator[FileResult]:
    """A result for every file named or found in a folder named."""
    for path, named in iter_files(paths):
        yield check_file(path, named=named, max_bytes=max_bytes)


def validate_path(path: str | Path) -> tuple[FileResult, ...]:
    """The results of one file or folder (library entry point of ``doc2xbrl validate``)."""
    return tuple(validate_paths([path]))
