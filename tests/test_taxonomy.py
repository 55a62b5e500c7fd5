"""The taxonomy: stand-in schemas, offline resolution, concepts, linkbases, Arelle acceptance."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from converter.errors import TaxonomyError
from converter.resources import schemas_dir
from converter.taxonomy import LocalSchemaResolver, compile_schema, official_schema_path

OFFICIAL_NAMESPACES = {
    "http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd": "http://www.xbrl.org/2003/instance",
    "http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd": "http://www.xbrl.org/2003/linkbase",
    "http://www.xbrl.org/2003/xl-2003-12-31.xsd": "http://www.xbrl.org/2003/XLink",
    "http://www.xbrl.org/2003/xlink-2003-12-31.xsd": "http://www.w3.org/1999/xlink",
    "http://www.xbrl.org/2005/xbrldt-2005.xsd": "http://xbrl.org/2005/xbrldt",
    "http://www.xbrl.org/2006/xbrldi-2006.xsd": "http://xbrl.org/2006/xbrldi",
    "http://www.w3.org/2001/xml.xsd": "http://www.w3.org/XML/1998/namespace",
}
OFFICIAL_URLS = sorted(OFFICIAL_NAMESPACES)


@pytest.mark.parametrize("url", OFFICIAL_URLS)
def test_official_url_maps_to_own_stand_in(url: str) -> None:
    path = official_schema_path(url)
    assert path is not None and path.is_file()
    assert path.is_relative_to(schemas_dir() / "xbrl")
    text = path.read_text(encoding="utf-8")
    assert "doc2xbrl's own minimal schema" in text
    assert "official URL" in text


@pytest.mark.parametrize(
    "url", ["http://example.com/x.xsd", "https://www.xbrl.org/2003/other.xsd", "http://www.xbrl.org/"]
)
def test_unknown_remote_url_has_no_stand_in(url: str) -> None:
    assert official_schema_path(url) is None


def _schema_importing(tmp_path: Path, url: str, namespace: str = "urn:other") -> Path:
    xsd = tmp_path / "t.xsd"
    xsd.write_text(
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t">'
        f'<xs:import namespace="{namespace}" schemaLocation="{url}"/></xs:schema>',
        encoding="utf-8",
    )
    return xsd


def test_remote_non_official_url_is_refused(tmp_path: Path) -> None:
    with pytest.raises(TaxonomyError, match="example.org"):
        compile_schema(_schema_importing(tmp_path, "http://example.org/evil.xsd"))


def test_resolver_refuses_directly() -> None:
    parser = etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False)
    resolver = LocalSchemaResolver()
    parser.resolvers.add(resolver)
    doc = etree.fromstring(
        b'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t">'
        b'<xs:import namespace="urn:o" schemaLocation="https://example.net/a.xsd"/></xs:schema>',
        parser,
    )
    with pytest.raises(etree.XMLSchemaParseError):
        etree.XMLSchema(doc)
    assert resolver.refused == ["https://example.net/a.xsd"]


@pytest.mark.parametrize("url", OFFICIAL_URLS)
def test_each_stand_in_compiles_offline(tmp_path: Path, url: str) -> None:
    compile_schema(_schema_importing(tmp_path, url, OFFICIAL_NAMESPACES[url]))
