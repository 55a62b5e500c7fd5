"""Fixed names of the doc2xbrl taxonomy and of the XBRL vocabularies it uses."""

from __future__ import annotations

NAMESPACE = "http://doc2xbrl.org/taxonomy/2026-11"
PREFIX = "d2x"
ENTRY_POINT = "d2x-2026-11.xsd"
LABEL_LINKBASE = "d2x-2026-11-lab.xml"
PRESENTATION_LINKBASE = "d2x-2026-11-pre.xml"
DEFINITION_LINKBASE = "d2x-2026-11-def.xml"
TAXONOMY_FILES: tuple[str, ...] = (ENTRY_POINT, LABEL_LINKBASE, PRESENTATION_LINKBASE, DEFINITION_LINKBASE)
# Where the taxonomy is published; a taxonomy package maps this prefix to its own folder.
PUBLISHED_URL = NAMESPACE + "/"
ROLE_BASE = NAMESPACE + "/role/"

XS = "http://www.w3.org/2001/XMLSchema"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
XBRLI = "http://www.xbrl.org/2003/instance"
LINK = "http://www.xbrl.org/2003/linkbase"
XLINK = "http://www.w3.org/1999/xlink"
XBRLDT = "http://xbrl.org/2005/xbrldt"
XBRLDI = "http://xbrl.org/2006/xbrldi"
XML_NS = "http://www.w3.org/XML/1998/namespace"
SOURCE_NS = "http://doc2xbrl.org/source"  # source-span attributes on facts

INSTANCE_XSD = "http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"
LINKBASE_XSD = "http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd"
XBRLDT_XSD = "http://www.xbrl.org/2005/xbrldt-2005.xsd"
XBRLDI_XSD = "http://www.xbrl.org/2006/xbrldi-2006.xsd"

NSMAP = {"xs": XS, "xbrli": XBRLI, "link": LINK, "xlink": XLINK, "xbrldt": XBRLDT, PREFIX: NAMESPACE}

LABEL_ROLE = "http://www.xbrl.org/2003/role/label"
DOCUMENTATION_ROLE = "http://www.xbrl.org/2003/role/documentation"
LABEL_ROLES = {LABEL_ROLE: "label", DOCUMENTATION_ROLE: "documentation"}
LINK_ROLE = "http://www.xbrl.org/2003/role/link"
LINKBASE_ARCROLE = "http://www.w3.org/1999/xlink/properties/linkbase"
CONCEPT_LABEL = "http://www.xbrl.org/2003/arcrole/concept-label"
PARENT_CHILD = "http://www.xbrl.org/2003/arcrole/parent-child"
DIM_ARCROLE = "http://xbrl.org/int/dim/arcrole/"
ALL = DIM_ARCROLE + "all"
HYPERCUBE_DIMENSION = DIM_ARCROLE + "hypercube-dimension"
DOMAIN_MEMBER = DIM_ARCROLE + "domain-member"
LINKBASE_REF_ROLES = {
    LABEL_LINKBASE: "http://www.xbrl.org/2003/role/labelLinkbaseRef",
    PRESENTATION_LINKBASE: "http://www.xbrl.org/2003/role/presentationLinkbaseRef",
    DEFINITION_LINKBASE: "http://www.xbrl.org/2003/role/definitionLinkbaseRef",
}

# kind (concepts.tsv) -> XBRL item type; kinds not listed are item types of our own schema.
ITEM_TYPES = {
    "monetary": "xbrli:monetaryItemType",
    "perShare": f"{PREFIX}:perShareItemType",
    "pure": "xbrli:pureItemType",
    "shares": "xbrli:sharesItemType",
    "integer": "xbrli:integerItemType",
    "decimal": "xbrli:decimalItemType",
    "string": "xbrli:stringItemType",
    "token": "xbrli:tokenItemType",
    "date": "xbrli:dateItemType",
    "boolean": "xbrli:booleanItemType",
    "anyURI": "xbrli:anyURIItemType",
    "gYearMonth": "xbrli:gYearMonthItemType",
    "gYear": "xbrli:gYearItemType",
    "abstract": "xbrli:stringItemType",
    "hypercube": "xbrli:stringItemType",
    "dimension": "xbrli:stringItemType",
}
NUMERIC_KINDS = frozenset({"monetary", "perShare", "pure", "shares", "integer", "decimal"})
STRUCTURAL_KINDS = frozenset({"abstract", "hypercube", "dimension"})
KIND_OF_TYPE = {item_type: kind for kind, item_type in ITEM_TYPES.items() if kind not in STRUCTURAL_KINDS}


def concept_id(name: str) -> str:
    """The XML id of a concept (or typed domain element) declaration.

    >>> concept_id("Revenues")
    'd2x_Revenues'
    """
    return f"{PREFIX}_{name}"


def role_uri(slug: str) -> str:
    """The URI of one of the taxonomy's extended link roles.

    >>> role_uri("Signatures")
    'http://doc2xbrl.org/taxonomy/2026-11/role/Signatures'
    """
    return ROLE_BASE + slug


def domain_element_name(axis: str) -> str:
    """The typed domain element of an axis.

    >>> domain_element_name("SignatoryAxis")
    'SignatoryKey'
    """
    return axis.removesuffix("Axis") + "Key"
