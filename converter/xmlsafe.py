"""Reading XML that may be hostile: instances and taxonomy files alike.

Every XML file the product reads - an instance handed to ``validate``, the taxonomy schema it
names, the linkbases and schemas that one imports - goes through here, and so:

- no DTD is processed and no entity expanded: a document with a DOCTYPE is refused before any
  parser sees it (XML 1.0 section 2.8: a DOCTYPE can only stand in the prolog), which closes
  XXE and billion-laughs attacks for files libxml2 loads on its own (schema imports) as well;
- no network: a remote URL is served from the local stand-ins of the official XBRL schemas
  (``converter.taxonomy.catalog``) or refused;
- no file outside the folders the caller allows (the instance's folder and the packaged
  schemas), no device or other non-regular file, nothing larger than ``MAX_XML_BYTES``;
- a resource limit of the parser (a huge text node) is reported as such.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from lxml import etree

MAX_XML_BYTES = 256 * 1024 * 1024  # far above any instance or taxonomy file we write
REMOTE_SCHEMES = ("http", "https", "ftp")
UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<")


class Refused(Exception):
    """An XML source that is not read, with the finding code that says why."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


def safe_parser() -> etree.XMLParser:
    """A fresh parser (lxml parsers are not thread safe) that never loads a DTD, expands an
    entity or uses the network."""
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_blank_text=False
    )


def is_remote(url: str) -> bool:
    return urlsplit(url).scheme.lower() in REMOTE_SCHEMES


PROLOG_LIMIT = 65536  # a DOCTYPE is looked for in the first 64 KiB


def prolog_doctype_line(data: bytes) -> int | None:
    r"""The line of a DOCTYPE declaration in the prolog, found before any parser reads it.

    >>> prolog_doctype_line(b'<?xml version="1.0"?>\n<!-- x -->\n<!DOCTYPE a [<!ENTITY e "e">]><a/>')
    3
    >>> prolog_doctype_line(b'<a><![CDATA[<!DOCTYPE html>]]></a>') is None
    True
    >>> prolog_doctype_line('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a><a/>'.encode("utf-16"))
    1

    Bytes in an ASCII-compatible encoding are scanned as they are: the Latin-1 reading of the
    plain path (:func:`prolog_doctype_line_plain`) maps each byte to the one character of the
    same number, so every find and count answers alike, without decoding 64 KiB first.
    """
    if data[:2] in UTF16_MARKS:
        return prolog_doctype_line_plain(data)
    return _doctype_line(data[:PROLOG_LIMIT], *_BYTE_SIGNS)


def prolog_doctype_line_plain(data: bytes) -> int | None:
    """:func:`prolog_doctype_line` of the text decoded (UTF-16, or Latin-1: the definition)."""
    utf16 = data[:2] in UTF16_MARKS
    text = data[:PROLOG_LIMIT].decode("utf-16" if utf16 else "latin-1", errors="replace")
    return _doctype_line(text, *_TEXT_SIGNS)


# what the scan looks for, as text and as bytes: blanks, the declaration, the markup a prolog
# may hold before it (processing instructions and comments, with their closers), a line feed
_TEXT_SIGNS = (" \t\r\n\ufeff", "<!DOCTYPE", (("<?", "?>"), ("<!--", "-->")), "\n")
_BYTE_SIGNS = (b" \t\r\n", b"<!DOCTYPE", ((b"<?", b"?>"), (b"<!--", b"-->")), b"\n")


def _doctype_line(text: str | bytes, blanks: str | bytes, doctype: str | bytes,
                  markup: tuple, line_feed: str | bytes) -> int | None:
    """The scan itself, on text or on bytes alike (each argument of the one kind)."""
    at = 0
    while True:
        while at < len(text) and text[at] in blanks:
            at += 1
        if text.startswith(doctype, at):
            return text.count(line_feed, 0, at) + 1
        for opener, closer in markup:
            if text.startswith(opener, at):
                break
        else:
            return None
        close = text.find(closer, at + len(opener))
        if close < 0:
            return None
        at = close + len(closer)


def local_path(url: str) -> Path | None:
    """The file a local URL or path names (``file:`` URLs and plain paths), else None."""
    parts = urlsplit(url)
    if parts.scheme == "file":
        return Path(unquote(parts.path))
    if parts.scheme and len(parts.scheme) > 1:  # one letter: a Windows drive
        return None
    return Path(url)


def confined(path: Path, roots: Iterable[Path]) -> Path:
    """``path`` resolved, when it is a regular file inside one of ``roots``; else Refused."""
    real = os.path.realpath(path)
    allowed = [os.path.realpath(root) for root in roots]
    if not any(_inside(real, root) for root in allowed):
        raise Refused("security:outsideFolder", f"{path} is outside the folders given ({', '.join(allowed)})")
    try:  # one stat says both whether it exists and whether it is a regular file
        mode = os.stat(real).st_mode
    except (FileNotFoundError, NotADirectoryError):
        raise Refused("io:missing", f"{path} does not exist") from None
    except OSError as exc:
        if exc.errno != errno.ELOOP:
            raise
        raise Refused("io:missing", f"{path} does not exist") from None
    if not stat.S_ISREG(mode):
        raise Refused("security:notAFile", f"{path} is not a regular file")
    return Path(real)


def _inside(real: str, root: str) -> bool:
    """The resolved path ``real`` is ``root`` or below it (``Path.is_relative_to`` on strings)."""
    real, root = os.path.normcase(real), os.path.normcase(root)
    return real == root or real.startswith(root if root.endswith(os.sep) else root + os.sep)


def read_bytes(path: Path, limit: int = MAX_XML_BYTES) -> bytes:
    """At most ``limit`` bytes of a regular file; Refused past it (never reads a device)."""
    if path.exists() and not path.is_file():
        raise Refused("security:notAFile", f"{path} is not a regular file")
    with open(path, "rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise Refused("resource:sizeLimit", f"{path} is larger than {limit:,} bytes")
    return data


def checked_xml(data: bytes, label: str) -> bytes:
    """``data`` unless it declares a DOCTYPE (refused before any parser reads it)."""
    line = prolog_doctype_line(data)
    if line is not None:
        raise Refused("security:doctype", f"{label}: line {line}: DOCTYPE declarations are refused "
                                          "(DTDs and entities are not processed)")
    return data


def parse_bytes(data: bytes, label: str, *, base_url: str | None = None,
                resolver: etree.Resolver | None = None) -> etree._Element:
    """The root of the XML document ``data``; Refused for a DOCTYPE or a parser resource limit,
    ``etree.XMLSyntaxError`` for XML that is not well-formed."""
    return parse_vetted(checked_xml(data, label), label, base_url=base_url, resolver=resolver)


def parse_vetted(data: bytes, label: str, *, base_url: str | None = None,
                 resolver: etree.Resolver | None = None) -> etree._Element:
    """:func:`parse_bytes` of bytes the caller has found free of a DOCTYPE already
    (``prolog_doctype_line(data) is None``: the validator refuses a DOCTYPE with its line
    before it parses, and need not look for it twice)."""
    parser = safe_parser()
    if resolver is not None:
        parser.resolvers.add(resolver)
    try:
        return etree.fromstring(data, parser, base_url=base_url)
    except etree.XMLSyntaxError as exc:
        if is_resource_limit(exc):
            raise Refused("resource:parserLimit", f"{label}: {exc.msg} (a parser resource limit, "
                                                  "not a well-formedness error)") from None
        raise


def is_resource_limit(exc: etree.XMLSyntaxError) -> bool:
    """libxml2 ran into one of its limits (a huge text node, too deep nesting), which says
    nothing about well-formedness."""
    return exc.code == etree.ErrorTypes.ERR_RESOURCE_LIMIT or "huge" in (exc.msg or "").lower()


def parse_file(path: Path, roots: Iterable[Path], *, resolver: etree.Resolver | None = None) -> etree._ElementTree:
    """A confined, size-limited, DOCTYPE-free XML file, parsed safely."""
    real = confined(path, roots)
    root = parse_bytes(read_bytes(real), str(path), base_url=real.as_uri(), resolver=resolver)
    return root.getroottree()


def official_stand_in(url: str, what: str = "remote") -> Path:
    """The local stand-in of an official XBRL schema URL; Refused for any other remote URL."""
    from converter.taxonomy.catalog import official_schema_path

    local = official_schema_path(url)
    if local is None:
        raise Refused("security:remoteSchema", f"{what} {url} is refused (no network; only the official "
                                               "XBRL schemas are known)")
    return local


class ConfinedResolver(etree.Resolver):
    """Serves every file libxml2 asks for while it compiles schemas: an official XBRL URL from
    its local stand-in, a local file only inside ``roots`` and only without a DOCTYPE; refuses
    everything else and keeps why in ``refused`` (libxml2 reports only "failed to load")."""

    def __init__(self, roots: Iterable[Path]) -> None:
        super().__init__()
        from converter.resources import schemas_dir

        self.roots = tuple(roots) + (schemas_dir(),)
        self.refused: list[Refused] = []

    def resolve(self, system_url: str | None, public_id: str | None, context: object):  # type: ignore[override]
        try:
            path = self._path(system_url or "")
            data = checked_xml(read_bytes(confined(path, self.roots)), str(path))
        except Refused as refusal:
            self.refused.append(refusal)
            raise
        return self.resolve_string(data, context, base_url=path.resolve().as_uri())

    def _path(self, url: str) -> Path:
        if is_remote(url):
            return official_stand_in(url)
        path = local_path(url)
        if path is None:
            raise Refused("security:urlScheme", f"{url} uses an unsupported URL scheme")
        return path
