"""Map's shortcut against the plain path: facts whose lines are found from one lookup of the
line starts per document equal those of ``document.line_of`` per fact, on every example and
test document."""

from __future__ import annotations

from pathlib import Path

import pytest

from converter import map as mapping
from converter.model import Fact
from converter.pipeline import convert_bytes

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = sorted((ROOT / "examples").glob("*.txt")) + sorted((ROOT / "tests" / "data").rglob("*.txt"))


def plain_facts(rows, document) -> tuple[Fact, ...]:
    """What ``map._facts`` stands for: the dataclass constructor and ``line_of`` per fact."""
    return tuple(
        Fact(concept=obs.concept, context_id=context.id, value=mapping.lexical(obs.value),
             unit_id=unit.id if unit else None,
             decimals=None if unit is None else ("INF" if obs.decimals is None else str(obs.decimals)),
             lang=obs.lang if unit is None else None, span=obs.span,
             line=document.line_of(obs.span.start) if obs.span else None, id=f"f{number}")
        for number, (obs, context, unit) in enumerate(rows, 1))


@pytest.mark.parametrize("path", DOCUMENTS[:400], ids=lambda p: p.name)
def test_facts_equal_the_plain_path(path, monkeypatch):
    seen = []
    shortcut = mapping._facts

    def both(rows, document):
        fast, plain = shortcut(rows, document), plain_facts(rows, document)
        seen.append((fast, plain))
        return fast

    monkeypatch.setattr(mapping, "_facts", both)
    try:
        convert_bytes(path.read_bytes(), path.name)
    except Exception:  # a refused document maps nothing: nothing to compare
        pass
    for fast, plain in seen:
        assert [vars(f) for f in fast] == [vars(f) for f in plain]
