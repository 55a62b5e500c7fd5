"""Inline XBRL 1.1 documents: the rules of the inline format, then their facts as an instance.

An Inline XBRL document is read as the specification defines it (Inline XBRL 1.1, REC
2013-11-18): ``ix:header`` holds the ``ix:references`` (schemaRefs) and ``ix:resources``
(contexts, units); each ``ix:nonFraction`` / ``ix:nonNumeric`` anywhere in the page is a fact
whose value is its text, read through its ``format`` (Transformation Registry 4), times ten to
its ``scale``, with its ``sign``; ``ix:exclude`` text is left out and ``continuedAt`` chains are
followed. The facts become the target XBRL instance (:mod:`converter.validate.target`), which the
instance validator checks like any other: so an Inline XBRL page is valid when it is well-formed
XHTML, obeys the inline rules below, and its target instance is valid.

Codes of inline rules are ``ix11.<section>:<rule>`` after the sections of the specification.
Tuples, fractions, footnotes and relationships are not read (doc2xbrl writes none): a document
holding them gets a warning that they were not checked.
"""

from __future__ import annotations

import copy
import re
from decimal import Decimal, InvalidOperation

from lxml import etree

from converter.validate.findings import ERROR, WARNING, Finding
from converter.validate.loading import LINK, XBRLI, prolog_doctype_line, safe_parser
from converter.validate.target import XML_LANG, XSI, TargetInstance

IX = "http://www.xbrl.org/2013/inlineXBRL"
XHTML = "http://www.w3.org/1999/xhtml"
# Transformation Registry 4 (and 3, whose names for these formats are the same)
IXT_NAMESPACES = ("http://www.xbrl.org/inlineXBRL/transformation/2020-02-12",
                  "http://www.xbrl.org/inlineXBRL/transformation/2015-02-26")
FACT_TAGS = (f"{{{IX}}}nonFraction", f"{{{IX}}}nonNumeric")
NOT_READ = ("tuple", "fraction", "footnote", "relationship")
DECIMAL = re.compile(r"\s*[0-9]*\.?[0-9]+\s*|\s*[0-9]+\.\s*")


def _error(code: str, message: str, file: str, line: int | None, fact: str | None = None) -> Finding:
    return Finding(code, ERROR, message, file, line, fact)


def is_inline(root: etree._Element) -> bool:
    """An XHTML document with an ``ix:header``."""
    return root.tag == f"{{{XHTML}}}html" and root.find(f".//{{{IX}}}header") is not None


def parse_inline(data: bytes, name: str) -> tuple[etree._Element | None, list[Finding]]:
    """The XHTML tree, or findings saying why it cannot be read (an Inline XBRL document is XML)."""
    doctype = prolog_doctype_line(data)
    if doctype is not None and _has_internal_subset(data):
        return None, [_error("security:doctype", "a DOCTYPE with an internal subset is refused", name, doctype)]
    try:
        root = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as exc:
        return None, [_error("ix11.3:wellFormed", f"not well-formed XHTML: {exc.msg}", name, exc.lineno)]
    if root.tag != f"{{{XHTML}}}html":
        return None, [_error("ix11.3:xhtmlRoot", f"the root element is {root.tag}, not the XHTML html element", name,
                             root.sourceline)]
    return root, []


def _has_internal_subset(data: bytes) -> bool:
    head = data[:4096].decode("latin-1")
    at = head.find("<!DOCTYPE")
    end = head.find(">", at)
    return at >= 0 and "[" in head[at:end if end > 0 else None]


def inline_target(root: etree._Element, name: str) -> tuple[TargetInstance | None, list[Finding]]:
    """The target instance of the document, and the findings of the inline rules."""
    headers = list(root.iter(f"{{{IX}}}header"))
    if len(headers) != 1:
        return None, [_error("ix11.5.1:headerCount", f"{len(headers)} ix:header elements; a document has exactly one",
                             name, root.sourceline)]
    findings = list(_not_read(root, name)) + list(_duplicate_ids(root, name))
    target = TargetInstance({p: ns for p, ns in root.nsmap.items() if ns not in (XHTML, IX, *IXT_NAMESPACES)})
    refs = list(headers[0].iter(f"{{{LINK}}}schemaRef"))
    if not refs:
        findings.append(_error("ix11.12.1:referencesMissing", "ix:references holds no link:schemaRef", name,
                               headers[0].sourceline))
    for ref in refs:
        target.add(copy.deepcopy(ref), ref.sourceline)
    for resources in headers[0].iter(f"{{{IX}}}resources"):
        for element in resources.iterchildren(f"{{{XBRLI}}}context", f"{{{XBRLI}}}unit"):
            target.add(copy.deepcopy(element), element.sourceline)
    continuations = {c.get("id"): c for c in root.iter(f"{{{IX}}}continuation")}
    for element in root.iter(*FACT_TAGS):
        fact, problems = _fact(element, continuations, name)
        findings += problems
        if fact is not None:
            target.add(fact, element.sourceline)
    return target, findings


def _not_read(root: etree._Element, name: str):
    for local in NOT_READ:
        for element in root.iter(f"{{{IX}}}{local}"):
            yield Finding("ix11:notChecked", WARNING, f"ix:{local} is not read by doc2xbrl's validator: not checked",
                          name, element.sourceline)
            break


def _duplicate_ids(root: etree._Element, name: str):
    seen: set[str] = set()
    for value in root.xpath("//@id"):
        if value in seen:
            yield _error("ix11.3:duplicateId", f"id {value!r} is used twice", name, value.getparent().sourceline)
        seen.add(str(value))


def _fact(element: etree._Element, continuations: dict, name: str) -> tuple[etree._Element | None, list[Finding]]:
    """The target instance's item for one ``ix:nonFraction`` / ``ix:nonNumeric``."""
    concept = element.get("name", "")
    label = f"{concept}#{element.get('id')}" if element.get("id") else concept
    prefix, _, local = concept.rpartition(":")
    namespace = element.nsmap.get(prefix or None)
    if not local or namespace is None:
        return None, [_error("ix11.8.1:conceptName", f"name {concept!r} is not a QName bound in scope", name,
                             element.sourceline, label)]
    numeric = element.tag == FACT_TAGS[0]
    nil = element.get(f"{{{XSI}}}nil") in ("true", "1")
    value, problem = (None, None) if nil else (_numeric_value(element) if numeric else _text_value(element, continuations))
    if problem:
        return None, [_error("ix11.transformation:invalidValue", problem, name, element.sourceline, label)]
    item = etree.Element(f"{{{namespace}}}{local}", nsmap={prefix or None: namespace} if prefix else None)
    for attribute in ("id", "contextRef", "unitRef", "decimals", "precision", f"{{{XSI}}}nil"):
        if element.get(attribute) is not None:
            item.set(attribute, element.get(attribute))
    language = _language(element) if not numeric else None
    if language:
        item.set(XML_LANG, language)
    item.text = value
    return item, []


def _language(element: etree._Element) -> str | None:
    """``xml:lang`` in scope: the element's own, or its nearest ancestor's."""
    for node in (element, *element.iterancestors()):
        if node.get(XML_LANG):
            return node.get(XML_LANG)
    return None


def _numeric_value(element: etree._Element) -> tuple[str | None, str | None]:
    """The value of an ``ix:nonFraction``: its text through its format, scaled and signed."""
    if any(child.tag != FACT_TAGS[0] for child in element.iterchildren(etree.Element)):
        return None, "ix:nonFraction holds elements other than ix:nonFraction (ix11.9.1)"
    text = "".join(element.itertext())
    number, problem = _transform(element, text)
    if problem:
        return None, problem
    try:
        amount = Decimal(number) if DECIMAL.fullmatch(number) else None
        scale = int(element.get("scale", "0"))
    except (InvalidOperation, ValueError):
        return None, f"scale {element.get('scale')!r} is not an integer"
    if amount is None:
        return None, f"{text.strip()!r} is not a number the format {element.get('format') or '(none)'} reads"
    if element.get("sign") not in (None, "-"):
        return None, f"sign {element.get('sign')!r} is not '-'"
    amount = amount.scaleb(scale)
    amount = -amount if element.get("sign") == "-" else amount
    return _lexical(amount), None


def _lexical(amount: Decimal) -> str:
    """xs:decimal lexical form, without exponent; whole numbers without a fraction.

    >>> _lexical(Decimal("518.0").scaleb(9)), _lexical(Decimal("0.525")), _lexical(Decimal("-0"))
    ('518000000000', '0.525', '0')
    """
    if amount == amount.to_integral_value():
        whole = amount.quantize(Decimal(1))
        return "0" if whole == 0 else format(whole, "f")
    return format(amount.normalize(), "f")


def _text_value(element: etree._Element, continuations: dict) -> tuple[str | None, str | None]:
    """The value of an ``ix:nonNumeric``: its text (less ``ix:exclude``), continued, through its format."""
    if element.get("escape") in ("true", "1"):
        return None, "escape='true' (markup kept in the value) is not read by doc2xbrl's validator"
    parts = [_text(element)]
    seen: set[str] = set()
    following = element.get("continuedAt")
    while following:
        if following in seen or following not in continuations:
            return None, f"continuedAt {following!r} names no ix:continuation (or loops)"
        seen.add(following)
        parts.append(_text(continuations[following]))
        following = continuations[following].get("continuedAt")
    return _transform(element, "".join(parts))


def _text(element: etree._Element) -> str:
    out = [element.text or ""] if element.tag != f"{{{IX}}}exclude" else []
    for child in element.iterchildren():
        if child.tag != f"{{{IX}}}exclude" and isinstance(child.tag, str):
            out.append(_text(child))
        out.append(child.tail or "")
    return "".join(out)


def _transform(element: etree._Element, text: str) -> tuple[str | None, str | None]:
    """``text`` read through the element's ``format`` (none: the text itself)."""
    from converter.render_ixbrl import read_date, read_number

    name = element.get("format")
    if not name:
        return (text.strip() if element.tag == FACT_TAGS[0] else text), None
    prefix, _, local = name.rpartition(":")
    if element.nsmap.get(prefix or None) not in IXT_NAMESPACES:
        return None, f"format {name!r} is not in the Transformation Registry namespace"
    fixed = {"fixed-zero": "0", "fixed-true": "true", "fixed-false": "false", "fixed-empty": ""}
    if local in fixed:
        return fixed[local], None
    words = " ".join(text.split())
    if local == "num-dot-decimal":
        number = read_number(words)
    elif local == "num-comma-decimal":
        swapped = words.translate(str.maketrans({",": ".", ".": ","}))
        number = read_number(swapped)
    elif local.startswith("date-") and local.endswith("-en"):
        value = read_date(local, words) if local in _date_formats() else None
        return (value, None) if value else (None, f"{words!r} is not a date the format {name} reads")
    else:
        return None, f"format {name} is not one doc2xbrl's validator reads"
    if number is None:
        return None, f"{words!r} is not a number the format {name} reads"
    return format(number, "f"), None


def _date_formats() -> frozenset[str]:
    from converter.render_ixbrl import _date_patterns

    return frozenset(_date_patterns())
