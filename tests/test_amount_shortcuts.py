"""The currency alternation's shared look-behind answers as one look-behind a word did: every
pattern built on it finds the same matches, with the same groups, on every test and example
document and on texts written for the edges (a letter before a currency word, a bracket after
a letter, a currency word inside a longer word)."""

from __future__ import annotations

import re

import pytest

from converter.parse import amounts
from tests.document_texts import ingested_texts


def _one_look_behind_a_word(where: tuple[str, ...]) -> str:
    """The alternation as it was written before: each word behind its own look-behind."""
    parts = []
    for t in amounts.currency_tokens():
        if t.where not in where:
            continue
        body = re.escape(t.token).replace(r"\ ", r"\s?")
        if not t.exact_case:
            body = f"(?i:{body})"
        if t.token[0].isalpha():
            body = rf"(?<![A-Za-z]){body}"
        if t.token[-1].isalpha() and t.token.isascii():
            body = rf"{body}(?![A-Za-z])"
        parts.append(body)
    if "both" in where:
        parts.append(r"(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])")
    return "|".join(parts)


_WHERE = [("after", "both"), ("before", "both"), ("tight",), ("before", "after", "both")]

_EDGES = ["xKRW million", "x(KRW million)", "(Unit: KRW million)", "aUnit:USD mn", "US$ 1.2 million", "WON 5 bn",
          "Korean won 120 billion", "(In millions of Korean won)", "NT$112.05 billion", "HK$'000", "RMB1,234",
          "EURO 5", "Euros 7 million", "￦ 1,000", "₩1,000", "1,000 won", "1,000 wonder", "ABCD 12", "KRWs 3",
          "US dollars 3 mn", "New Taiwan dollars 9", "5억원", "Rs. 100 crore", "Rs 100 lakh", "F CFA 10",
          "ſUSD 5", "KUSD 5", "İKRW 5"]


def _patterns() -> list[re.Pattern[str]]:
    return [*amounts._amount_patterns(), *amounts._unit_header_patterns()]


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    source = pattern.pattern
    for where in _WHERE:
        source = source.replace(amounts._alternation(where), _one_look_behind_a_word(where))
    return re.compile(source, pattern.flags)


def test_every_pattern_holds_the_shared_look_behind() -> None:
    for pattern in _patterns():
        assert _plain(pattern).pattern != pattern.pattern  # each one is compared below


@pytest.mark.parametrize("index", range(5))
def test_shared_look_behind_finds_what_one_per_word_found(index: int) -> None:
    pattern = _patterns()[index]
    plain = _plain(pattern)
    lines = [line for text in ingested_texts() for line in text.split("\n") if line.strip()] + _EDGES
    found = 0
    for line in lines:
        got = [(m.span(), m.groupdict()) for m in pattern.finditer(line)]
        assert got == [(m.span(), m.groupdict()) for m in plain.finditer(line)], line
        found += bool(got)
    assert found > 5
