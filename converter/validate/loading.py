"""Reading an instance safely: refuse what could reach outside the file, find its schemas.

An instance is untrusted input, read through ``converter.xmlsafe``: no DTD, entity or network,
no device or oversized file. It is refused outright - as an error finding, never an exception -
when it carries a DOCTYPE (the vehicle of XXE and billion-laughs attacks), an XInclude, a
reference to a remote schema other than the official XBRL ones that ``converter.taxonomy`` has
local stand-ins for, or a schemaRef to a file outside the instance's folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from lxml import etree

from converter.validate.findings import ERROR, Finding
from converter.xmlsafe import (
    MAX_XML_BYTES,
    Refused,
    confined,
    is_remote,
    official_stand_in,
    parse_vetted,
    prolog_doctype_line,
    read_bytes,
)
from converter.xmlsafe import (
    safe_parser as safe_parser,  # re-exported: the validator's parser
)

XBRLI = "http://www.xbrl.org/2003/instance"
LINK = "http://www.xbrl.org/2003/linkbase"
XLINK = "http://www.w3.org/1999/xlink"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
XINCLUDE_NAMESPACES = ("http://www.w3.org/2001/XInclude", "http://www.w3.org/2003/XInclude")
XLINK_HREF = f"{{{XLINK}}}href"
XINCLUDE_TAGS = tuple(f"{{{ns}}}*" for ns in XINCLUDE_NAMESPACES)


@dataclass(frozen=True)
class LoadedInstance:
    """A parsed instance that passed the safety checks, and the local schema files it uses."""

    name: str
    root: etree._Element
    schema_paths: tuple[Path, ...]
    # ``xsd.schema_key(schema_paths)`` as the schemaRef check found it (each file's path and
    # modification time, from the stat that vouched for the file), or () when not every file was
    # stat'ed there: the compiled schema and the taxonomy are looked up by it without statting again
    schema_versions: tuple[tuple[str, int], ...] = ()
    data: bytes = field(default=b"", repr=False)  # the bytes parsed (b"" and not names_as_written: not kept)
    names_as_written: bool = False  # the bytes are UTF-8 or ASCII (see :func:`names_as_written`)

    def may_name(self, word: bytes) -> bool:
        """Whether the bytes may hold a markup name containing ``word`` (an element or attribute
        name, a prefix): False only when ``names_as_written`` and ``word`` is nowhere in them."""
        return not self.names_as_written or word in self.data


def names_as_written(root: etree._Element) -> bool:
    """Whether every name of the markup stands in the bytes as written: in UTF-8 or ASCII, a
    name is ASCII-compatible bytes, and no character or entity reference can spell one (XML 1.0
    section 4.1: references stand in content and attribute values only)."""
    return (root.getroottree().docinfo.encoding or "").upper() in ("UTF-8", "US-ASCII", "ASCII")


def read_source(
    source: str | Path | bytes, name: str | None, base_dir: Path | None
) -> tuple[bytes | None, str, Path, Finding | None]:
    """``(bytes, name, base_dir, problem)``: a path is read (and resolves schemas beside it);
    bytes are named by ``name`` and resolve schemas in ``base_dir`` (default: the current folder)."""
    if isinstance(source, bytes):
        folder = base_dir if isinstance(base_dir, Path) else Path(base_dir or Path.cwd())  # (a Path is kept: making one costs)
        return source, name or "<instance>", folder, None
    path = Path(source)
    label = name or str(path)
    folder = Path(base_dir) if base_dir is not None else path.parent
    try:
        return read_bytes(path, MAX_XML_BYTES), label, folder, None
    except Refused as refusal:
        return None, label, folder, _error(refusal.code, refusal.reason, label)
    except OSError as exc:
        return None, label, folder, _error("io:unreadable", f"cannot read the instance: {exc.strerror or exc}", label)


def load_instance(
    source: str | Path | bytes, *, name: str | None = None, base_dir: Path | None = None
) -> tuple[LoadedInstance | None, list[Finding]]:
    """Parse and vet an instance: ``(instance, [])`` or ``(None, findings saying why not)``."""
    data, label, folder, problem = read_source(source, name, base_dir)
    if data is None:
        return None, [problem] if problem else []
    doctype_line = prolog_doctype_line(data)
    if doctype_line is not None:
        return None, [_error("security:doctype", "DOCTYPE declarations are refused (DTDs and entities are not processed)", label, doctype_line)]
    try:
        root = parse_vetted(data, label)  # (its prolog was vetted just above)
    except Refused as refusal:
        return None, [_error(refusal.code, refusal.reason, label)]
    except etree.XMLSyntaxError as exc:
        return None, [_error("xml.2.1:wellFormed", f"not well-formed XML: {exc.msg}", label, exc.lineno)]
    as_written = names_as_written(root)
    # an attribute's name stands in such bytes as written: without "chemaLocation" there is no
    # xsi:schemaLocation (nor noNamespaceSchemaLocation) to look for with XPath
    findings = list(_refused_content(root, label, not as_written or b"chemaLocation" in data))
    if root.tag != f"{{{XBRLI}}}xbrl":
        findings.append(_error("xbrl.4:xbrlRootElement", f"the root element is {_qname_text(root)}, not xbrli:xbrl: not an XBRL instance", label, root.sourceline))
    if findings:
        return None, findings
    schema_paths, versions, findings = _schema_refs(root, label, folder)
    if findings:
        return None, findings
    return LoadedInstance(label, root, schema_paths, versions, data, as_written), []


def _refused_content(root: etree._Element, label: str, may_name_schemas: bool = True) -> list[Finding]:
    """DOCTYPE (second line of defence), entity references, XInclude, remote schemaLocation."""
    findings = []
    if root.getroottree().docinfo.doctype:
        findings.append(_error("security:doctype", "DOCTYPE declarations are refused", label, 1))
    entities, xincludes = [], []
    for node in root.iter(etree.Entity, *XINCLUDE_TAGS):  # one walk of the tree finds both
        (entities if isinstance(node, etree._Entity) else xincludes).append(node)
    for node in entities:
        findings.append(_error("security:entity", f"entity reference {node.text} is refused", label, node.sourceline))
    for element in xincludes:
        findings.append(_error("security:xinclude", "XInclude is refused", label, element.sourceline))
    for element, url in _schema_locations(root) if may_name_schemas else ():
        if is_remote(url) and official_path(url) is None:
            findings.append(_error("security:remoteSchema", f"remote schema {url} is refused (no network; only the official XBRL schemas are known)", label, element.sourceline))
    return findings


def _schema_locations(root: etree._Element) -> list[tuple[etree._Element, str]]:
    """Every URL of an ``xsi:schemaLocation`` (namespace/URL pairs) or ``noNamespaceSchemaLocation``."""
    found = []
    query = "//@xsi:schemaLocation | //@xsi:noNamespaceSchemaLocation"
    for attribute in root.xpath(query, namespaces={"xsi": XSI}):
        words = str(attribute).split()
        urls = words[1::2] if attribute.attrname.endswith("}schemaLocation") else words
        found += [(attribute.getparent(), url) for url in urls]
    return found


def _schema_refs(root: etree._Element, label: str,
                 folder: Path) -> tuple[tuple[Path, ...], tuple[tuple[str, int], ...], list[Finding]]:
    """Local files of the instance's ``link:schemaRef``s (XBRL 2.1 section 4.2), and their
    versions (``LoadedInstance.schema_versions``)."""
    refs = list(root.iterchildren(f"{{{LINK}}}schemaRef"))  # findall's ElementPath costs more
    if not refs:
        return (), (), [_error("xbrl.4.2:schemaRefMissing", "the instance has no link:schemaRef, so it has no taxonomy", label, root.sourceline)]
    paths, versions, findings = [], [], []
    for ref in refs:
        href = (ref.get(XLINK_HREF) or "").strip()
        try:
            path, modified = _versioned_schema_file(href, folder)
        except Refused as refusal:
            findings.append(_error(refusal.code, refusal.reason, label, ref.sourceline))
            continue
        paths.append(path)
        if modified is not None:
            versions.append((str(path), modified))
    return tuple(paths), tuple(versions) if len(versions) == len(paths) else (), findings


HREF = "xbrl.4.2.2:schemaRefHref"


# (href, folder) -> the path the href names there, the confined file it resolved to, and that
# file's (device, inode), for the hrefs found confined before (convert validates thousands of
# instances naming one taxonomy file; resolving a path stats each of its folders)
_CONFINED_BEFORE: dict[tuple[str, str], tuple[str, Path, tuple[int, int]]] = {}
_CONFINED_BEFORE_MAX = 64


def _schema_file(href: str, folder: Path) -> Path:
    """The local file a schemaRef href names; Refused (with the code that says why) if none."""
    return _versioned_schema_file(href, folder)[0]


def _versioned_schema_file(href: str, folder: Path) -> tuple[Path, int | None]:
    """:func:`_schema_file`, and the file's modification time when the check stat'ed it (None:
    not stat'ed, as an official stand-in is not).

    An href found confined before is answered again when its path still leads to the very same
    file (device and inode: what the check vouched for); anything else is checked in full."""
    before = _CONFINED_BEFORE.get((href, str(folder)))
    if before is not None:
        path, real, identity = before
        try:
            found = os.stat(path)
        except OSError:
            found = None
        if found is not None and (found.st_dev, found.st_ino) == identity:
            return real, found.st_mtime_ns
    return _checked_schema_file(href, folder)


def _checked_schema_file(href: str, folder: Path) -> tuple[Path, int | None]:
    """:func:`_versioned_schema_file`, every check made."""
    if not href:
        raise Refused(HREF, "link:schemaRef has no xlink:href")
    url = href.split("#", 1)[0]
    if is_remote(url):
        return official_stand_in(url, "schemaRef to remote"), None
    parts = urlsplit(url)
    if parts.scheme not in ("", "file") and len(parts.scheme) > 1:  # one letter: a Windows drive
        raise Refused(HREF, f"schemaRef {href} uses an unsupported URL scheme")
    path = Path(unquote(parts.path)) if parts.scheme == "file" else folder / unquote(url)
    from converter.resources import schemas_dir

    try:  # the instance's folder (and our packaged schemas) only: never a path beyond them
        real = confined(path, dict.fromkeys((folder, schemas_dir())))  # convert's folder is often the schemas' own
    except Refused as refusal:
        code = HREF if refusal.code == "io:missing" else refusal.code
        raise Refused(code, f"schemaRef {href}: {refusal.reason}") from None
    return real, _remember_confined(href, folder, path, real)


def _remember_confined(href: str, folder: Path, path: Path, real: Path) -> int | None:
    """Remember ``real`` as what ``href`` names in ``folder``; its modification time (None: gone)."""
    try:
        found = os.stat(real)
    except OSError:
        return None
    if len(_CONFINED_BEFORE) >= _CONFINED_BEFORE_MAX:  # hostile input may name many files
        _CONFINED_BEFORE.clear()
    _CONFINED_BEFORE[(href, str(folder))] = (str(path), real, (found.st_dev, found.st_ino))
    return found.st_mtime_ns


def official_path(url: str) -> Path | None:
    """The local stand-in of an official schema URL (the catalog of converter.taxonomy), or None."""
    from converter.taxonomy import official_schema_path

    return official_schema_path(url)


def _qname_text(element: etree._Element) -> str:
    qname = etree.QName(element)
    prefix = element.prefix
    return f"{prefix}:{qname.localname}" if prefix else qname.localname


def _error(code: str, message: str, label: str, line: int | None = None) -> Finding:
    return Finding(code, ERROR, message, label, line, None)
