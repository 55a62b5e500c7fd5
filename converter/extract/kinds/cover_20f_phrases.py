"""The phrases of a Form 20-F cover (``data/cover_20f.tsv``) and the ADS ratio wording built from
them ('American Depositary Shares, each representing one-half of one share'): read by the 20-F
and 6-K covers and by Schedule 13D/13G front pages, which name the same classes and ratios.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from converter.parse.numbers import number_words
from converter.resources import data_rows

_I = re.IGNORECASE


@cache
def phrases(kind: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(value, pattern) rows of ``data/cover_20f.tsv`` of one kind, in file order."""
    return tuple((value, re.compile(regex, _I | re.M)) for k, value, regex in data_rows("cover_20f.tsv") if k == kind)


@cache
def phrase(kind: str) -> re.Pattern[str]:
    """All phrases of one kind as one pattern."""
    return re.compile("|".join(f"(?:{p.pattern})" for _, p in phrases(kind)), _I | re.M)


def class_pattern(value: str) -> re.Pattern[str]:
    """The words of a class of securities: ``ads``, ``preferred``, ``treasury``."""
    return next(p for v, p in phrases("class") if v == value)


@cache
def ratio_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w, (_, kind) in sorted(number_words().items(), key=lambda x: -len(x[0]))
                     if kind in ("cardinal", "article") and re.fullmatch(r"[a-z][a-z -]*", w))
    fractions = "|".join(f"(?:{p.pattern})" for _, p in phrases("fraction"))
    return re.compile(
        rf"""(?:{phrase("represents").pattern})\s+
        (?P<q>(?P<fn>\d{{1,3}})\s*/\s*(?P<fd>\d{{1,3}})(?:st|nd|rd|th)?    # 1/2, 1/10th
          |(?P<num>\d{{1,3}}(?:\.\d+)?|{words})                          # 10, 0.5, one, three, a
           (?:[\s-]+(?P<den>{fractions}))?)                              # ... tenths
        \s+(?:of\s+(?:(?:one|a|an|1)\s+)?)?                              # of one / of a / of (share)
        (?:(?:fully\s+paid|(?!(?:of|in|the|our|its|held|all|total)\b)[A-Za-z]+|\(\S+\))\s+){{0,3}}?  # Equity, common
        (?:shares?|stock)\b""", _I | re.X)


def ratio_value(m: re.Match[str]) -> tuple[Decimal, int] | None:
    """The shares one ADS represents, and the decimals it is exact to (4 for a third)."""
    if m.group("fn"):
        numerator, denominator = Decimal(m.group("fn")), Decimal(m.group("fd"))
    else:
        word = m.group("num").lower()
        numerator = Decimal(word) if word[0].isdigit() else number_words()[word][0]
        denominator = Decimal(1)
        if m.group("den"):
            denominator = next(Decimal(v) for v, p in phrases("fraction") if p.fullmatch(m.group("den")))
    if denominator == 0 or numerator <= 0:
        return None
    value = numerator / denominator
    exact = value.quantize(Decimal("0.000001"))
    if exact != value:  # a third: reported to four places
        rounded = value.quantize(Decimal("0.0001"))
        return rounded, 4
    exact = exact.normalize()
    if exact.as_tuple().exponent > 0:  # 2E+1: twenty shares, written 20
        exact = exact.quantize(Decimal(1))
    return exact, max(-exact.as_tuple().exponent, 0)
