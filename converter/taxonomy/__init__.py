"""doc2xbrl's XBRL taxonomy: names, loader, offline schema resolution, packaging.

The four taxonomy files in ``schemas/`` are generated from ``converter/data/concepts.tsv`` by
``python -m converter.taxonomy.build``; the official XBRL schemas they import are served from
doc2xbrl's own stand-ins in ``schemas/xbrl/`` (see :mod:`converter.taxonomy.catalog`).
"""

from __future__ import annotations

from converter.taxonomy.catalog import LocalSchemaResolver, compile_schema, official_schema_path
from converter.taxonomy.loader import Axis, Concept, Taxonomy, load_taxonomy
from converter.taxonomy.names import ENTRY_POINT, NAMESPACE, PREFIX, TAXONOMY_FILES
from converter.taxonomy.package import copy_taxonomy, write_package

__all__ = [
    "ENTRY_POINT",
    "NAMESPACE",
    "PREFIX",
    "TAXONOMY_FILES",
    "Axis",
    "Concept",
    "LocalSchemaResolver",
    "Taxonomy",
    "compile_schema",
    "copy_taxonomy",
    "load_taxonomy",
    "official_schema_path",
    "write_package",
]
