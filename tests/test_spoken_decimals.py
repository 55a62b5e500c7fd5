"""Decimals spelled out as English radio news writes them ("52-point-71 trillion won", "one-point-38
trillion won", "14-point-06 percent"): one figure each, never the whole part and a negative
fraction. Every text is invented."""

from __future__ import annotations

from decimal import Decimal

import pytest

from converter.extract.mechanisms.prose_figures import sentence_figures
from converter.extract.mechanisms.sentences import sentences
from converter.pipeline import convert_text

ROWS = [
    ("Hanbit Electronics posted 52-point-71 trillion won in sales.", Decimal("52710000000000"), "KRW", False),
    ("Its profit reached one-point-38 trillion won.", Decimal("1380000000000"), "KRW", False),
    ("Sales grew 14-point-06 percent on-year.", Decimal("0.1406"), None, True),
    ("It spent 2-point-5 billion dollars.", Decimal("2500000000"), "USD", False),
]


@pytest.mark.parametrize("sentence, value, currency, percent", ROWS, ids=[r[0][:30] for r in ROWS])
def test_a_spelled_out_decimal_is_one_figure(sentence: str, value: Decimal, currency: str | None, percent: bool) -> None:
    figures = [f for s in sentences(sentence) for f in sentence_figures(s, [])]
    assert [(f.value, f.currency, f.percent) for f in figures] == [(value, currency, percent)]
    assert all(sentence[f.start:f.end] == f.text for f in figures)


def test_no_negative_revenue_from_a_spelled_out_decimal() -> None:
    text = ("SEOUL, July 7, 2031 -- Hanbit Electronics said its operating profit in the second quarter stood at "
            "8-point-46 trillion won, up 12-point-3 percent from a year earlier.\n")
    facts = {(o.concept, o.value) for o in convert_text(text, "radio.txt")[0].extraction.observations}
    assert ("OperatingIncomeLoss", Decimal("8460000000000")) in facts
    assert not any(isinstance(v, Decimal) and v < 0 for _, v in facts)
