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
Revenues  ₩4,127억 (412,700,000,000원)  원    -8      2003-07-01/2003-09-30  12
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
from typing import TYPE_CHECKING, Iterable

from babel import Locale
from babel.numbers import format_currency, format_decimal, format_percent, get_currency_symbol

from converter.columns import char_columns
from converter.model import UnitSpec
from converter.resources import data_rows
from converter.parse.amounts import currency_tokens

if TYPE_CHECKING:
    from converter.model import Context, Fact, Instance
    from converter.taxonomy import Taxonomy

Row = tuple[str, object, UnitSpec | None, object, str, int | None]  # + optional: is a percentage


def is_percentage(concept: str) -> bool:
    """Changes and margins are percentages; ratios (split, merger) are plain numbers."""
    return concept.endswith(("PercentChange", "Margin"))

VALUE_WIDTH = 72  # columns of the value cell in the table

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
    """The unit's measures as QNames: 'iso4217:KRW/xbrli:shares' (for machine-readable output)."""
    if unit is None:
        return ""
    text = "*".join(unit.numerator)
    return text + ("/" + "*".join(unit.denominator) if unit.denominator else "")


@cache
def _unit_words() -> dict[str, tuple[str, str, str]]:
    return {measure: (en, per, ko) for measure, en, per, ko in data_rows("unit_labels.tsv")}


def unit_label(unit: UnitSpec | None, lang: str = "en") -> str:
    """The unit as a reader names it (``data/unit_labels.tsv``); a pure number has none.

    >>> from converter.model import PURE, SHARES
    >>> [unit_label(u) for u in (UnitSpec.per_share("KRW"), SHARES, PURE, UnitSpec.currency("USD"))]
    ['KRW/share', 'shares', '', 'USD']
    >>> [unit_label(u, "ko") for u in (UnitSpec.per_share("KRW"), SHARES, PURE, UnitSpec.currency("USD"))]
    ['원/주', '주', '', '달러']
    """
    if unit is None:
        return ""

    def word(measure: str, per: bool) -> str:
        prefix, _, local = measure.partition(":")
        if prefix == "iso4217":
            return (_local_currency_word(local, "ko") or local) if lang == "ko" else local
        en, en_per, ko = _unit_words().get(measure, (local, local, local))
        chosen = ko if lang == "ko" else en_per if per else en
        return "" if chosen == "-" else chosen

    top = "×".join(filter(None, (word(m, False) for m in unit.numerator)))
    bottom = "×".join(filter(None, (word(m, True) for m in unit.denominator)))
    return f"{top}/{bottom}" if bottom else top


def char_width(ch: str) -> int:
    """Terminal columns of one character: 2 for East Asian wide (Hangul, Han, fullwidth), 0 for
    combining marks, format characters and the vowel and final jamo that join a syllable's lead.

    >>> [char_width(c) for c in "A한́ᅡ​"]
    [1, 2, 0, 0, 0]
    """
    if "\u1160" <= ch <= "\u11ff" or "\ud7b0" <= ch <= "\ud7ff":
        return 0
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return char_columns(ch)


def display_width(text: str) -> int:
    """Terminal columns of ``text`` (``unicodedata.normalize('NFD', '한국')`` is 4, as is '한국').

    >>> display_width("보고자 1"), display_width(unicodedata.normalize("NFD", "한국"))
    (8, 4)
    """
    return sum(char_width(ch) for ch in text)


def clip(text: str, width: int) -> str:
    """``text`` cut to ``width`` columns, an ellipsis marking the cut.

    >>> clip("주식회사 한빛정밀", 10), clip("short", 10)
    ('주식회사 …', 'short')
    """
    if display_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        if used + char_width(ch) > width - 1:
            break
        out.append(ch)
        used += char_width(ch)
    return "".join(out) + "…"


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def format_fact_rows(rows: Iterable[Row], *, locale: str = "en_US") -> str:
    """An aligned table of (label, value, unit, decimals, period, source line) rows; values
    wider than ``VALUE_WIDTH`` columns are cut (``show --json`` and ``--csv`` give them whole)."""
    lang = locale.split("_")[0]
    headings = HEADINGS.get(lang, HEADINGS["en"])
    table = [
        (str(label), clip(format_value(value, unit, decimals, locale, *row[6:7]), VALUE_WIDTH), unit_label(unit, lang),
         "" if decimals is None else str(decimals), str(period), "" if line is None else str(line))
        for row in rows
        for label, value, unit, decimals, period, line in (row[:6],)
    ]
    widths = [max([display_width(h)] + [display_width(r[i]) for r in table]) for i, h in enumerate(headings)]
    lines = ["  ".join(_pad(h, w) for h, w in zip(headings, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_pad(c, w) for c, w in zip(r, widths)).rstrip() for r in table]
    return "\n".join(lines)


# ----------------------------------------------------------------------------------------------
# The facts of an instance, in reading order, as table rows and as records
# ----------------------------------------------------------------------------------------------


def natural_key(text: str) -> tuple:
    """Digits compared as numbers: record 2 before record 10.

    >>> sorted(["10", "2", "1", "b", "a10", "a9"], key=natural_key)
    ['1', '2', '10', 'a9', 'a10', 'b']
    """
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.findall(r"\d+|\D+", text))


def ordered_facts(instance: "Instance") -> list["Fact"]:
    """The facts in instance order, each concept's records together in the natural order of
    their members (Signatory 1, 2, 10), so a reader finds record 2 after record 1."""
    dimensions = {c.id: c.dimensions for c in instance.contexts}
    first: dict[str, int] = {}
    for index, fact in enumerate(instance.facts):
        first.setdefault(fact.concept, index)

    def key(item: tuple[int, "Fact"]) -> tuple:
        index, fact = item
        members = tuple(natural_key(member) for _, member in dimensions.get(fact.context_id, ()))
        return first[fact.concept], members, index

    return [fact for _, fact in sorted(enumerate(instance.facts), key=key)]


def ordered_facts_in_context(instance: "Instance") -> list[tuple["Fact", "Context | None", UnitSpec | None]]:
    """:func:`ordered_facts`, each with its context and unit (None where it names none)."""
    contexts = {c.id: c for c in instance.contexts}
    units = {u.id: u.spec for u in instance.units}
    return [(fact, contexts.get(fact.context_id), units.get(fact.unit_id or "")) for fact in ordered_facts(instance)]


def axis_label(taxonomy: "Taxonomy", axis: str, lang: str) -> str:
    """The axis as a reader names it: 'Signatory' / '서명자' (its label less '[Axis]' / '[축]')."""
    label = taxonomy.label(axis, lang) if axis in taxonomy.concepts else axis.removesuffix("Axis")
    return re.sub(r"\s*\[[^\]]*\]\s*$", "", label)


def concept_label(taxonomy: "Taxonomy", concept: str, lang: str) -> str:
    return taxonomy.label(concept, lang) if concept in taxonomy.concepts else concept


# A comparison of an undated figure is an ISO 8601 offset from its stated period: said in words
_OFFSET_WORDS = {
    "en": {"-P1Y": "a year earlier", "-P6M": "the half before", "-P3M": "the quarter before", "-P1M": "the month before"},
    "ko": {"-P1Y": "전년 동기", "-P6M": "직전 반기", "-P3M": "직전 분기", "-P1M": "직전 월"},
}


def member_words(axis: str, member: str, lang: str) -> str:
    """A member as a reader says it: 'a year earlier' for the offset '-P1Y'.

    >>> member_words("ComparativePeriodAxis", "-P3M", "ko"), member_words("SegmentAxis", "-P3M", "en")
    ('직전 분기', '-P3M')
    """
    if axis != "ComparativePeriodAxis":
        return member
    return _OFFSET_WORDS.get(lang, _OFFSET_WORDS["en"]).get(member, member)


def fact_label(taxonomy: "Taxonomy", fact: "Fact", dimensions: tuple[tuple[str, str], ...], lang: str) -> str:
    """'Signatory Name [Signatory 2]' / '서명자 성명 [서명자 2]'."""
    label = concept_label(taxonomy, fact.concept, lang)
    members = ", ".join(f"{axis_label(taxonomy, axis, lang)} {member_words(axis, member, lang)}"
                        for axis, member in dimensions)
    return f"{label} [{members}]" if members else label


def fact_rows(instance: "Instance", taxonomy: "Taxonomy", locale: str) -> list[tuple]:
    """The rows :func:`format_fact_rows` prints for ``instance``."""
    lang = locale.split("_")[0]
    rows = []
    for fact, context, unit in ordered_facts_in_context(instance):
        dimensions = context.dimensions if context else ()
        rows.append((fact_label(taxonomy, fact, dimensions, lang), fact.value, unit,
                     fact.decimals, str(context.period) if context else "", fact.line, is_percentage(fact.concept)))
    return rows


RECORD_FIELDS = ("id", "concept", "label", "value", "shown", "unit", "decimals", "period", "dimensions", "lang",
                 "line")


def fact_records(instance: "Instance", taxonomy: "Taxonomy", locale: str) -> list[dict]:
    """One dict per fact (``show --json`` / ``--csv``): the value as written and as shown."""
    lang = locale.split("_")[0]
    records = []
    for fact, context, unit in ordered_facts_in_context(instance):
        records.append({
            "id": fact.id, "concept": fact.concept,
            "label": concept_label(taxonomy, fact.concept, lang),
            "value": fact.value,
            "shown": format_value(fact.value, unit, fact.decimals, locale, is_percentage(fact.concept)),
            "unit": unit_text(unit) or None, "decimals": fact.decimals,
            "period": str(context.period) if context else None,
            "dimensions": dict(context.dimensions) if context else {},
            "lang": fact.lang, "line": fact.line,
        })
    return records
