"""Helpers for tests: convert a document and look its facts up by concept and dimensions."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from typing import TYPE_CHECKING

from converter.model import Context

if TYPE_CHECKING:
    from converter.pipeline import Converted

SEEDS = Path(__file__).resolve().parents[1] / "examples"  # the seed documents, byte for byte
DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class FactView:
    concept: str
    value: str
    period: str  # "2002-11-01/2002-11-30" or "2002-09-30"
    dimensions: tuple[tuple[str, str], ...]
    unit: str | None
    decimals: str | None
    lang: str | None


def facts(converted: "Converted") -> list[FactView]:
    instance = converted.instance
    contexts: dict[str, Context] = {c.id: c for c in instance.contexts}
    units = {u.id: u.spec for u in instance.units}
    views = []
    for fact in instance.facts:
        context = contexts[fact.context_id]
        unit = units.get(fact.unit_id) if fact.unit_id else None
        unit_text = None
        if unit is not None:
            unit_text = "*".join(unit.numerator) + ("/" + "*".join(unit.denominator) if unit.denominator else "")
        views.append(FactView(fact.concept, fact.value, str(context.period), context.dimensions,
                              unit_text, fact.decimals, fact.lang))
    return views


def values(converted: "Converted", concept: str, **dims: str) -> list[str]:
    wanted = tuple(sorted(dims.items()))
    return [f.value for f in facts(converted) if f.concept == concept
            and (not dims or tuple(sorted(f.dimensions)) == wanted) and f.lang != "ko"]


def one(converted: "Converted", concept: str, **dims: str) -> str:
    found = values(converted, concept, **dims)
    assert len(found) == 1, f"{concept} {dims}: {found}"
    return found[0]


def convert_one(path: Path) -> "Converted":
    from converter.pipeline import convert_file

    converted = convert_file(path)
    assert len(converted) == 1
    return converted[0]
