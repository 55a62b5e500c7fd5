"""XML Schema validation of an instance against its taxonomy, offline, with lxml.

One ``XMLSchema`` is compiled from a small wrapper schema that imports the XBRL instance
schema, the Dimensions instance schema and every schema the instance's ``link:schemaRef``s
name; every file libxml2 loads on the way goes through ``converter.xmlsafe.ConfinedResolver``
(official URLs from the local stand-ins; local files only inside the schemas' folders, never
with a DOCTYPE).
Compiling takes far longer than validating, and ``convert`` validates thousands of instances
against the same taxonomy, so compiled schemas are cached per file path and modification time.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import quoteattr

from lxml import etree

from converter.validate.findings import ERROR, Finding
from converter.validate.loading import LoadedInstance
from converter.xmlsafe import ConfinedResolver, Refused, parse_file, safe_parser

XBRLI_URL = "http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"
XBRLDI_URL = "http://www.xbrl.org/2006/xbrldi-2006.xsd"
XBRLI_NS = "http://www.xbrl.org/2003/instance"
XBRLDI_NS = "http://xbrl.org/2006/xbrldi"
CLARK = re.compile(r"\{([^}]*)\}([\w.\-]+)")
# Validators are shared (cached); a validation and the reading of its error log must not
# interleave with another thread's.
_compile_lock = threading.Lock()
_validate_lock = threading.Lock()


class SchemaProblem(Exception):
    """The taxonomy schemas themselves do not load or compile (``code``: the finding's code)."""

    def __init__(self, message: str, code: str = "xbrl.4.2.2:schemaRefHref") -> None:
        super().__init__(message)
        self.code = code


def schema_key(paths: tuple[Path, ...]) -> tuple[tuple[str, int], ...]:
    """What a compiled schema depends on: each schemaRef'd file and its modification time."""
    return tuple((str(path), path.stat().st_mtime_ns) for path in paths)


def instance_schema(paths: tuple[Path, ...], key: tuple[tuple[str, int], ...] = ()) -> etree.XMLSchema:
    """The compiled schema for an instance whose schemaRefs name ``paths`` (cached); ``key``:
    their :func:`schema_key` when the caller has it (``LoadedInstance.schema_versions``)."""
    with _compile_lock:
        return _compiled(key or schema_key(paths))


@lru_cache(maxsize=16)
def _compiled(key: tuple[tuple[str, int], ...]) -> etree.XMLSchema:
    imports = {XBRLI_NS: XBRLI_URL, XBRLDI_NS: XBRLDI_URL}
    for path_text, _ in key:
        namespace = target_namespace(Path(path_text))
        imports.setdefault(namespace, Path(path_text).as_uri())
    wrapper = "".join(
        f"<xs:import namespace={quoteattr(ns)} schemaLocation={quoteattr(url)}/>" for ns, url in imports.items()
    )
    text = f'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">{wrapper}</xs:schema>'
    # the schemas' own folders are the only places their imports and includes may come from
    resolver = ConfinedResolver(dict.fromkeys(Path(path_text).parent for path_text, _ in key))
    parser = safe_parser()
    parser.resolvers.add(resolver)
    try:
        return etree.XMLSchema(etree.fromstring(text.encode(), parser, base_url=key[0][0] if key else None))
    except (etree.XMLSchemaParseError, etree.XMLSyntaxError, OSError, Refused) as exc:
        if resolver.refused:
            refusal = resolver.refused[0]
            raise SchemaProblem(f"the taxonomy schema does not load: {refusal.reason}", refusal.code) from exc
        raise SchemaProblem(f"the taxonomy schema does not compile: {exc}") from exc


def target_namespace(path: Path) -> str:
    try:
        root = parse_file(path, (path.parent,)).getroot()
    except Refused as refusal:
        raise SchemaProblem(f"cannot read schema {path}: {refusal.reason}", refusal.code) from None
    except (OSError, etree.XMLSyntaxError) as exc:
        raise SchemaProblem(f"cannot read schema {path}: {exc}") from exc
    if root.tag != "{http://www.w3.org/2001/XMLSchema}schema":
        raise SchemaProblem(f"{path} is not an XML Schema")
    return root.get("targetNamespace", "")


def xsd_findings(instance: LoadedInstance, schema: etree.XMLSchema) -> Iterator[Finding]:
    """Every XML Schema error of the instance, as ``xsd:cvc-...`` findings."""
    with _validate_lock:  # a schema's error_log belongs to its last validation
        if schema.validate(instance.root.getroottree()):
            return
        entries = list(schema.error_log)
    prefixes = {ns: prefix for prefix, ns in instance.root.nsmap.items() if prefix}
    for entry in entries:
        yield Finding(xsd_code(entry.type_name), ERROR, readable(entry.message, prefixes), instance.name, entry.line or None)


def xsd_code(type_name: str) -> str:
    """An XML Schema constraint code from libxml2's error name.

    >>> xsd_code("SCHEMAV_CVC_DATATYPE_VALID_1_2_1")
    'xsd:cvc-datatype-valid.1.2.1'
    >>> xsd_code("SCHEMAV_CVC_COMPLEX_TYPE_3_2_2")
    'xsd:cvc-complex-type.3.2.2'
    >>> xsd_code("SCHEMAV_ELEMENT_CONTENT")
    'xsd:element-content'
    """
    words = type_name.removeprefix("SCHEMAV_").lower().split("_")
    names = [word for word in words if not word.isdigit()]
    numbers = [word for word in words if word.isdigit()]
    return "xsd:" + "-".join(names) + "".join(f".{number}" for number in numbers)


def readable(message: str, prefixes: dict[str, str]) -> str:
    """libxml2's message with ``{namespace}name`` written as ``prefix:name``.

    >>> readable("Element '{urn:x}A': bad.", {"urn:x": "x"})
    "Element 'x:A': bad."
    """
    def prefixed(match: re.Match[str]) -> str:
        prefix = prefixes.get(match.group(1))
        return f"{prefix}:{match.group(2)}" if prefix else match.group(0)

    return CLARK.sub(prefixed, message.strip())
