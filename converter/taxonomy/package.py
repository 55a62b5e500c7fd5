"""Ship the taxonomy: copy the four files beside an instance, or zip an XBRL Taxonomy Package.

The package follows Taxonomy Packages 1.0 (XBRL International, 2016): one top-level folder
holding ``META-INF/taxonomyPackage.xml`` and ``META-INF/catalog.xml``; the catalog rewrites the
taxonomy's published URL to the folder, so a processor that opens the package resolves the
entry point ``http://doc2xbrl.org/taxonomy/2026-11/d2x-2026-11.xsd`` from the zip.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from converter.resources import schemas_dir
from converter.taxonomy import names as n

PACKAGE_NS = "http://xbrl.org/2016/taxonomy-package"
CATALOG_NS = "urn:oasis:names:tc:entity:xmlns:xml:catalog"
PACKAGE_FOLDER = "d2x-2026-11"
FIXED_TIME = (2026, 11, 1, 0, 0, 0)  # every zip entry gets this time, so the zip is reproducible
PACKAGE_METADATA = (
    ("identifier", n.NAMESPACE),
    ("name", "doc2xbrl taxonomy 2026-11"),
    ("description", "Concepts, labels (en, ko) and typed dimensions for XBRL instances converted by "
                    "doc2xbrl from legacy SEC EDGAR filings."),
    ("version", "2026-11"),
    ("publisher", "doc2xbrl"),
    ("publicationDate", "2026-11-01"),
)


def copy_taxonomy(out_dir: Path) -> None:
    """Write the four taxonomy files into ``out_dir`` (only those missing or different)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in n.TAXONOMY_FILES:
        content = (schemas_dir() / name).read_bytes()
        target = out_dir / name
        if not target.is_file() or target.read_bytes() != content:
            target.write_bytes(content)


def _xml(root: etree._Element) -> bytes:
    etree.indent(root, space="  ")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(root, encoding="UTF-8") + b"\n"


def package_metadata() -> bytes:
    """``META-INF/taxonomyPackage.xml``."""
    root = etree.Element(f"{{{PACKAGE_NS}}}taxonomyPackage", nsmap={"tp": PACKAGE_NS})
    root.set(f"{{{n.XML_NS}}}lang", "en")
    for tag, text in PACKAGE_METADATA:
        etree.SubElement(root, f"{{{PACKAGE_NS}}}{tag}").text = text
    entry_point = etree.SubElement(etree.SubElement(root, f"{{{PACKAGE_NS}}}entryPoints"), f"{{{PACKAGE_NS}}}entryPoint")
    etree.SubElement(entry_point, f"{{{PACKAGE_NS}}}name").text = "doc2xbrl 2026-11"
    etree.SubElement(entry_point, f"{{{PACKAGE_NS}}}entryPointDocument").set("href", n.PUBLISHED_URL + n.ENTRY_POINT)
    return _xml(root)


def package_catalog() -> bytes:
    """``META-INF/catalog.xml``: the published URL -> the package's top folder."""
    root = etree.Element(f"{{{CATALOG_NS}}}catalog", nsmap={None: CATALOG_NS})
    rewrite = etree.SubElement(root, f"{{{CATALOG_NS}}}rewriteURI")
    rewrite.set("uriStartString", n.PUBLISHED_URL)
    rewrite.set("rewritePrefix", "../")
    return _xml(root)


def write_package(zip_path: Path) -> None:
    """Write the taxonomy as a Taxonomy Packages 1.0 zip, byte-for-byte reproducible."""
    entries = {f"{PACKAGE_FOLDER}/{name}": (schemas_dir() / name).read_bytes() for name in n.TAXONOMY_FILES}
    entries[f"{PACKAGE_FOLDER}/META-INF/taxonomyPackage.xml"] = package_metadata()
    entries[f"{PACKAGE_FOLDER}/META-INF/catalog.xml"] = package_catalog()
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(zip_path, "w") as archive:
        for name in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, entries[name])
