"""Two statements of one fact: the prose's rounded figure and the table's exact one merge into
the more precise fact; figures that disagree even once rounded keep the first and warn."""

from __future__ import annotations

from decimal import Decimal

from converter.pipeline import convert_text

RELEASE = """\
SEOUL, Korea, October 28, 2004 -- Dongseo Networks Co., Ltd. today announced its results for
the third quarter of 2004. Revenues for the third quarter of 2004 were KRW {prose} billion.

                              (In millions of Won)
                           3Q04          3Q03
Revenues                {table}       281,904
"""


def _revenues(text: str) -> tuple[list, tuple[str, ...]]:
    (converted,) = convert_text(text, "release.txt")
    facts = [f for f in converted.instance.facts if f.concept == "Revenues"]
    return facts, converted.warnings


def test_rounded_prose_and_exact_table_are_one_fact() -> None:
    facts, warnings = _revenues(RELEASE.format(prose="326.1", table="326,062"))
    assert not [w for w in warnings if "conflicting" in w], warnings
    q3 = [f for f in facts if f.context_id.endswith("20040930")]
    assert [(Decimal(f.value), f.decimals) for f in q3] == [(Decimal("326062000000"), "-6")]


def test_figures_that_disagree_once_rounded_are_reported() -> None:
    facts, warnings = _revenues(RELEASE.format(prose="329.5", table="326,062"))
    assert [w for w in warnings if "conflicting values for Revenues" in w], warnings
    assert len([f for f in facts if f.context_id.endswith("20040930")]) == 1
