"""The concept table (``converter/data/concepts.tsv``) and its companions, read once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from converter.errors import TaxonomyError
from converter.resources import data_path
from converter.taxonomy.names import ITEM_TYPES

CONCEPT_COLUMNS = 9


@dataclass(frozen=True)
class ConceptRow:
    name: str
    kind: str
    period_type: str
    balance: str | None
    group: str | None
    cubes: tuple[str, ...]
    label_en: str
    label_ko: str
    documentation: str


@dataclass(frozen=True)
class CubeRow:
    cube: str
    role: str
    definition: str
    hypercube: str
    line_items: str
    axes: tuple[str, ...]


@dataclass(frozen=True)
class RoleRow:
    group: str
    role: str
    definition: str
    heading: str


def _records(path: Path, width: int) -> list[tuple[int, list[str]]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != width:
            raise TaxonomyError(f"{path.name}:{number}", f"expected {width} tab-separated fields, got {len(fields)}")
        rows.append((number, fields))
    return rows


def _optional(value: str) -> str | None:
    return None if value == "-" else value


@cache
def concept_rows(path: Path | None = None) -> tuple[ConceptRow, ...]:
    path = path or data_path("concepts.tsv")
    rows = []
    for number, f in _records(path, CONCEPT_COLUMNS):
        if f[1] not in ITEM_TYPES or f[2] not in ("instant", "duration") or f[3] not in ("-", "credit", "debit"):
            raise TaxonomyError(f"{path.name}:{number}", f"bad kind/period/balance for {f[0]}")
        cubes = () if f[5] == "-" else tuple(f[5].split())
        rows.append(ConceptRow(f[0], f[1], f[2], _optional(f[3]), _optional(f[4]), cubes, f[6], f[7], f[8]))
    names = [row.name for row in rows]
    if len(set(names)) != len(names):
        raise TaxonomyError(path.name, "duplicate concept names")
    return tuple(rows)


@cache
def cube_rows(path: Path | None = None) -> tuple[CubeRow, ...]:
    path = path or data_path("taxonomy_cubes.tsv")
    return tuple(CubeRow(f[0], f[1], f[2], f[3], f[4], tuple(f[5].split())) for _, f in _records(path, 6))


@cache
def role_rows(path: Path | None = None) -> tuple[RoleRow, ...]:
    path = path or data_path("taxonomy_roles.tsv")
    return tuple(RoleRow(*f) for _, f in _records(path, 4))


@cache
def domain_members(path: Path | None = None) -> dict[str, tuple[str, ...]]:
    """Axis -> the closed list of its typed members (``taxonomy_domains.tsv``); axes not listed
    take any non-empty token."""
    path = path or data_path("taxonomy_domains.tsv")
    return {f[0]: tuple(f[1].split()) for _, f in _records(path, 2)}
