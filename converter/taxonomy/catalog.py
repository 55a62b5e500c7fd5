"""Offline resolution of schema URLs: the OASIS catalog in ``schemas/xbrl/catalog.xml``.

The taxonomy imports the official XBRL schemas by their official URLs. Our own code never
fetches them: the catalog maps each official URL to doc2xbrl's own stand-in schema beside it,
and :class:`LocalSchemaResolver` serves those stand-ins to lxml and refuses every other
remote URL, so a validation run can never touch the network.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from lxml import etree

from converter.errors import TaxonomyError
from converter.resources import schemas_dir

CATALOG_NS = "urn:oasis:names:tc:entity:xmlns:xml:catalog"
REMOTE_SCHEMES = ("http", "https", "ftp")


def safe_parser(**options: bool) -> etree.XMLParser:
    """An lxml parser that never loads DTDs, expands entities or uses the network."""
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, remove_blank_text=False, **options
    )


def catalog_path() -> Path:
    return schemas_dir() / "xbrl" / "catalog.xml"


@cache
def load_catalog(path: Path | None = None) -> tuple[dict[str, Path], tuple[tuple[str, Path], ...]]:
    """``(exact URL -> file, ((URL prefix, folder), ...))`` from an OASIS catalog's
    ``uri`` and ``rewriteURI`` entries; relative targets are taken from the catalog's folder.

    >>> exact, prefixes = load_catalog()
    >>> exact["http://www.xbrl.org/2005/xbrldt-2005.xsd"].name
    'xbrldt-2005.xsd'
    """
    path = path or catalog_path()
    try:
        root = etree.parse(str(path), safe_parser()).getroot()
    except (OSError, etree.XMLSyntaxError) as exc:
        raise TaxonomyError(str(path), f"cannot read the schema catalog: {exc}") from exc
    base = path.parent
    exact: dict[str, Path] = {}
    prefixes: list[tuple[str, Path]] = []
    for entry in root.iter(f"{{{CATALOG_NS}}}uri"):
        exact[entry.get("name", "")] = (base / entry.get("uri", "")).resolve()
    for entry in root.iter(f"{{{CATALOG_NS}}}rewriteURI"):
        prefixes.append((entry.get("uriStartString", ""), (base / entry.get("rewritePrefix", "")).resolve()))
    # longest prefix first, as XML Catalogs 1.1 section 6.5.6 prescribes
    prefixes.sort(key=lambda item: -len(item[0]))
    return exact, tuple(prefixes)


def official_schema_path(url: str) -> Path | None:
    """The local file that stands in for ``url``, or None when the catalog does not know it.

    >>> official_schema_path("http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd").name
    'xbrl-instance-2003-12-31.xsd'
    >>> official_schema_path("http://example.com/other.xsd") is None
    True
    """
    exact, prefixes = load_catalog()
    if url in exact:
        return exact[url]
    for start, folder in prefixes:
        if url.startswith(start) and len(url) > len(start):
            candidate = (folder / url[len(start):]).resolve()
            if candidate.is_relative_to(folder) and candidate.is_file():
                return candidate
    return None


def is_remote(url: str) -> bool:
    return urlsplit(url).scheme.lower() in REMOTE_SCHEMES


class LocalSchemaResolver(etree.Resolver):
    """Serve the catalog's local stand-ins for official URLs; refuse any other remote URL.

    Local files (plain paths, ``file:`` URLs) are left to lxml's default loading. libxml2 turns
    an exception raised here into a plain "failed to load" message, so refused URLs are also
    kept in ``refused`` for :func:`compile_schema` to report clearly.
    """

    def __init__(self) -> None:
        super().__init__()
        self.refused: list[str] = []

    def resolve(self, system_url: str | None, public_id: str | None, context: object):  # type: ignore[override]
        if not system_url or not is_remote(system_url):
            return None
        local = official_schema_path(system_url)
        if local is None:
            self.refused.append(system_url)
            raise TaxonomyError(
                system_url, "refusing to fetch a remote schema that has no local stand-in (no network)"
            )
        return self.resolve_filename(str(local), context)


def resolving_parser(resolver: LocalSchemaResolver | None = None) -> etree.XMLParser:
    """A safe parser that resolves official schema URLs to the local stand-ins."""
    parser = safe_parser()
    parser.resolvers.add(resolver or LocalSchemaResolver())
    return parser


def compile_schema(xsd_path: Path) -> etree.XMLSchema:
    """Compile ``xsd_path`` (and everything it imports) with lxml, offline.

    Raises TaxonomyError naming the URL when the schema imports a remote URL that has no
    local stand-in, or when it does not compile.
    """
    resolver = LocalSchemaResolver()
    try:
        document = etree.parse(str(xsd_path), resolving_parser(resolver))
        return etree.XMLSchema(document)
    except (OSError, etree.XMLSyntaxError, etree.XMLSchemaParseError, TaxonomyError) as exc:
        if resolver.refused:
            raise TaxonomyError(
                resolver.refused[0], f"remote schema refused (no local stand-in, no network), imported by {xsd_path}"
            ) from exc
        if isinstance(exc, TaxonomyError):
            raise
        raise TaxonomyError(str(xsd_path), f"schema does not compile: {exc}") from exc
