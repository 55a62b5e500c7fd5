"""The human view of a conversion: facts as an aligned text table, amounts formatted by Babel.

Amounts rounded to a scale are shown in the locale's compact form with the precision the
text stated, then in full: ``₩412.7B (₩412,700,000,000)`` for en_US, ``₩4,127억
(412,700,000,000원)`` for ko_KR. Ratios with decimals are shown as percentages, counts and
shares with grouping. Column widths count East Asian wide characters as two.

>>> from converter.model import UnitSpec
>>> print(format_fact_rows([("Revenues", "412700000000", UnitSpec.currency("KRW"), "-8",
...                          "2003-07-01/2003-09-30", 12)], locale="ko_KR"))
개념      값                            단위  자릿수  기간                   줄
--------  ----------------------------  ----  ------  ---------------------  --
Revenues  ₩4,127억 (412,700,000,000원)  KRW   -8      2003-07-01/2003-09-30  12
>>> format_amount(Decimal("412700000000"), "KRW", -8, "en_US")
'₩412.7B (₩412,700,000,000)'
>>> format_amount(Decimal("-31400000000"), "KRW", -8, "en_US")
'-₩31.4B (-₩31,400,000,000)'
>>> format_amount(Decimal("5000"), "KRW", 0, "ko_KR")
'5,000원'
>>> format_pure(Decimal("0.525"), 3, "en_US"), format_pure(Decimal("3104558"), 0, "en_US")
('52.5%', '3,104,558')
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Iterable

from babel import Locale
from babel.numbers import format_currency, format_decimal, format_percent, get_currency_symbol

from converter.model import UnitSpec
from converter.parse.amounts import currency_tokens

Row = tuple[str, object, UnitSpec | None, object, str, int | None]  # + optional: is a percentage


def is_percentage(concept: str) -> bool:
    """Changes and margins are percentages; ratios (split, merger) are plain numbers."""
    return concept.endswith(("PercentChange", "Margin"))

HEADINGS = {
    "en": ("Concept", "Value", "Unit", "Decimals", "Period", "Line"),
    "ko": ("개념", "값", "단위", "자릿수", "기간", "줄"),
}


def _decimal(value: object) -> Decimal | None:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def _decimals(value: object) -> int | None:
    text = str(value) if value is not None else ""
    return int(text) if re.fullmatch(r"-?\d+", text) else None


@cache
def _local_currency_word(code: str, language: str) -> str | None:
    """The word written after a figure in the locale's script: 원, 달러, 엔 (from currencies.tsv)."""
    if language != "ko":
        return None
    for token in currency_tokens():
        if token.code == code and token.where == "after" and "\uac00" <= token.token[0] <= "\ud7a3":
            return token.token
    return None


def _full(value: Decimal, code: str, locale: str) -> str:
    word = _local_currency_word(code, locale.split("_")[0])
    if word:
        return format_decimal(value, format="#,##0.###", locale=locale) + word
    return format_currency(value, code, locale=locale, currency_digits=False, format="¤#,##0.###")


def _compact(value: Decimal, code: str, decimals: int, locale: str) -> str | None:
    """Compact form at the stated precision: '₩412.7B', '₩4,127억'; None below a thousand."""
    magnitude = abs(value)
    if magnitude < 1000:
        return None
    key = str(10 ** (len(str(int(magnitude))) - 1))
    patterns = Locale.parse(locale).compact_currency_formats["short"]["other"]
    if key not in patterns:
        return None
    pattern = patterns[key].pattern
    zeros = pattern.count("0")
    divisor = Decimal(key) / Decimal(10) ** (zeros - 1)
    power = divisor.adjusted()
    digits = max(0, power + decimals)
    scaled = magnitude / divisor
    number = format_decimal(scaled, format="#,##0" + ("." + "0" * digits if digits else ""), locale=locale)
    prefix, _, suffix = pattern.partition("0" * zeros)
    symbol = get_currency_symbol(code, locale)
    text = prefix.replace("¤", symbol) + number + suffix.replace("¤", symbol)
    if digits and power >= 8 and patterns.get(str(10 ** (power - 4)), None) is not None:
        text = _myriads(magnitude, divisor, decimals, patterns, prefix.replace("¤", symbol), suffix, locale) or text
    return ("-" if value < 0 else "") + text.replace("'", "")


def _myriads(magnitude: Decimal, divisor: Decimal, decimals: int, patterns, lead: str, suffix: str,
             locale: str) -> str | None:
    """East Asian units counted in ten-thousands: 4,123,500,000,000 is '₩4조 1,235억', as a
    Korean reader writes it, rather than '₩4.1235조'. Only where the next unit down is a
    ten-thousandth of this one (조/억, 兆/億); None otherwise."""
    small = divisor / 10000
    small_pattern = patterns.get(str(int(small)))
    if small_pattern is None or small_pattern.pattern.count("0") != 1:
        return None
    whole, rest = divmod(magnitude, divisor)
    rest_digits = max(0, small.adjusted() + decimals)
    rest_text = format_decimal(rest / small, format="#,##0" + ("." + "0" * rest_digits if rest_digits else ""),
                               locale=locale)
    small_suffix = small_pattern.pattern.partition("0")[2].replace("¤", "")
    return f"{lead}{format_decimal(whole, locale=locale)}{suffix} {rest_text}{small_suffix}" if rest else None


def format_amount(value: Decimal, code: str, decimals: int | None, locale: str = "en_US") -> str:
    """An amount in the locale: compact and full where the text rounded it, else full."""
    full = _full(value, code, locale)
    if decimals is None or decimals >= 0:
        return full
    compact = _compact(value, code, decimals, locale)
    return f"{compact} ({full})" if compact else full


def format_pure(value: Decimal, decimals: int | None, locale: str = "en_US",
                percent: bool | None = None) -> str:
    """A ratio with decimals as a percentage (0.525 -> 52.5%), a whole count with grouping;
    ``percent=False`` shows a ratio as a plain number (a merger ratio of 0.4523)."""
    if percent is False:
        return format_decimal(value, format="#,##0." + "#" * max(decimals or 0, 3), locale=locale)
    if decimals is not None and decimals > 0:
        digits = max(decimals - 2, 0)
        return format_percent(value, format="#,##0" + ("." + "0" * digits if digits else "") + "%",
                              locale=locale)
    return format_decimal(value, format="#,##0.###", locale=locale)


def format_value(value: object, unit: UnitSpec | None, decimals: object, locale: str = "en_US",
                 percent: bool | None = None) -> str:
    number = _decimal(value) if unit is not None else None
    if number is None:
        return " ".join(str(value).split())
    places = _decimals(decimals)
    code = unit.currency_code if unit is not None else None
    if code:
        return format_amount(number, code, places, locale)
    if unit is not None and unit.denominator and unit.numerator[0].startswith("iso4217:"):
        return _full(number, unit.numerator[0].split(":")[1], locale)
    return format_pure(number, places, locale, percent)


def unit_text(unit: UnitSpec | None) -> str:
    if unit is None:
        return ""
    text = "*".join(m.split(":")[1] for m in unit.numerator)
    return text + ("/" + "*".join(m.split(":")[1] for m in unit.denominator) if unit.denominator else "")


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def format_fact_rows(rows: Iterable[Row], *, locale: str = "en_US") -> str:
    """An aligned table of (label, value, unit, decimals, period, source line) rows."""
    headings = HEADINGS.get(locale.split("_")[0], HEADINGS["en"])
    table = [
        (str(label), format_value(value, unit, decimals, locale, *row[6:7]), unit_text(unit),
         "" if decimals is None else str(decimals), str(period), "" if line is None else str(line))
        for row in rows
        for label, value, unit, decimals, period, line in (row[:6],)
    ]
    widths = [max([display_width(h)] + [display_width(r[i]) for r in table]) for i, h in enumerate(headings)]
    lines = ["  ".join(_pad(h, w) for h, w in zip(headings, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_pad(c, w) for c, w in zip(r, widths)).rstrip() for r in table]
    return "\n".join(lines)
