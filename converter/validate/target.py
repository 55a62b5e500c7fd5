"""The XBRL 2.1 instance that an Inline XBRL page or an OIM report stands for.

Inline XBRL 1.1 (section 4: the target document) and the Open Information Model (xBRL-XML as
the reference representation) both define their facts as those of an XBRL 2.1 instance. The
readers of those formats build that instance here, element by element, each element noting the
line of the source file it came from; the instance is then checked by the same validator as any
instance, and each finding is reported against the source file's line.
"""

from __future__ import annotations

from dataclasses import replace

from lxml import etree

from converter.validate.findings import Finding
from converter.validate.loading import LINK, XBRLI, XLINK, safe_parser

XBRLDI = "http://xbrl.org/2006/xbrldi"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
ISO4217 = "http://www.xbrl.org/2003/iso4217"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
STANDARD_PREFIXES = {"xbrli": XBRLI, "link": LINK, "xlink": XLINK, "xbrldi": XBRLDI, "iso4217": ISO4217,
                     "xsi": XSI}


Origin = tuple[str | None, int | None]  # (source file when not the report's own, line)


class TargetInstance:
    """An ``xbrli:xbrl`` document under construction; ``origin`` maps its elements to source lines."""

    def __init__(self, namespaces: dict[str, str]) -> None:
        nsmap = {**{p: ns for p, ns in namespaces.items() if p and ns}, **STANDARD_PREFIXES}
        # one prefix per namespace: lxml refuses a map that binds a namespace twice only for
        # the default namespace, but two prefixes for one namespace make unreadable output
        seen: dict[str, str] = {}
        for prefix, namespace in nsmap.items():
            seen.setdefault(namespace, prefix)
        self.root = etree.Element(f"{{{XBRLI}}}xbrl", nsmap={p: ns for ns, p in seen.items()})
        self.origin: dict[etree._Element, Origin] = {}

    def add(self, element: etree._Element, line: int | None, file: str | None = None) -> etree._Element:
        """Append ``element`` (and everything in it) as coming from ``line`` of the source (or
        of ``file``, for a report in several files: an xBRL-CSV table)."""
        self.root.append(element)
        for node in element.iter():
            self.origin.setdefault(node, (file, line))
        return element

    def schema_ref(self, href: str, line: int | None) -> None:
        ref = etree.Element(f"{{{LINK}}}schemaRef")
        ref.set(f"{{{XLINK}}}type", "simple")
        ref.set(f"{{{XLINK}}}href", href)
        self.add(ref, line)

    def serialize(self) -> tuple[bytes, dict[int, Origin]]:
        """The instance's bytes, and each of its lines -> the source place it came from."""
        data = etree.tostring(self.root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
        parsed = etree.fromstring(data, safe_parser())
        lines: dict[int, Origin] = {}
        # the serialized tree has the same elements in the same order as the built one
        for built, read in zip(self.root.iter(), parsed.iter()):
            if read.sourceline is not None:
                lines.setdefault(read.sourceline, self.origin.get(built, (None, None)))
        return data, lines


def in_source(findings: list[Finding], file: str, lines: dict[int, Origin]) -> list[Finding]:
    """Findings about the target instance, restated against the source file and its lines."""
    out = []
    for finding in findings:
        where, line = lines.get(finding.line, (None, None)) if finding.line is not None else (None, None)
        out.append(replace(finding, file=where or file, line=line))
    return out
