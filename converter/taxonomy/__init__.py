"""doc2xbrl's XBRL taxonomy: offline schema resolution (more to come)."""

from __future__ import annotations

from converter.taxonomy.catalog import LocalSchemaResolver, compile_schema, official_schema_path

__all__ = ["LocalSchemaResolver", "compile_schema", "official_schema_path"]
