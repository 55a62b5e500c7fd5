"""Amounts of money written in Chinese numerals, and in cents, as Hong Kong and PRC
announcements in Chinese write them: "港幣三十億四千八百萬元" (HKD 3,048,000,000), "港幣一億四千萬元",
"人民幣二千零五十萬元", "12.1港仙" (HKD 0.121). The words are in ``data/cjk_money_words.tsv``; the
numerals below 萬 are 十 百 千 and the digits, 零 for a skipped place (一百零五 105; the
colloquial 二百五 for 250 is not read, as ``converter.parse.cjk_numerals`` does not read it).

>>> a = cjk_amount("港幣三十億四千八百萬元"); (a.value, a.currency, a.decimals)
(Decimal('3048000000'), 'HKD', -6)
>>> cjk_amount("港幣一億四千萬元").value, cjk_amount("人民幣二千零五十萬元").value
(Decimal('140000000'), Decimal('20500000'))
>>> a = cjk_amount("12.1港仙"); (a.value, a.currency, a.decimals)
(Decimal('0.121'), 'HKD', 3)
>>> [(a.text, a.value) for a in find_cjk_amounts("盈利為港幣三十億四千八百萬元,較去年同期之港幣五十四億元")]
[('港幣三十億四千八百萬元', Decimal('3048000000')), ('港幣五十四億元', Decimal('5400000000'))]

What names no currency, or no well-formed number, is no amount (a parser's failure is None):

>>> cjk_amount("三十億四千八百萬元"), cjk_amount("港幣十十億元"), cjk_amount("港幣元"), cjk_amount("港幣千元")
(None, None, None, None)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from converter.resources import data_rows


@dataclass(frozen=True)
class CjkAmount:
    value: Decimal  # in units of ``currency`` (cents already divided by a hundred)
    currency: str  # ISO 4217
    decimals: int  # the precision the words state: the lowest place they name
    start: int  # offsets in the searched text
    end: int
    text: str


@cache
def _words(kind: str) -> dict[str, str]:
    return {word: value for k, word, value in data_rows("cjk_money_words.tsv") if k == kind}


def _alternation(kind: str) -> str:
    return "|".join(re.escape(w) for w in sorted(_words(kind), key=len, reverse=True))


_NUMERALS = "〇○零一二三四五六七八九两兩十百千"


@cache
def _pattern() -> re.Pattern[str]:
    groups = "".join(_words("group"))
    return re.compile(rf"""
        (?P<before>{_alternation("currency")})\s*                     # 港幣, 人民幣: the currency first
        (?P<numerals>[{_NUMERALS}{groups}]+)\s*                      # 三十億四千八百萬
        (?P<after>{_alternation("yuan")})                            # 元
      | (?P<figure>\d+(?:\.\d+)?)\s*(?P<cents>{_alternation("cents")})  # 12.1港仙
        """, re.VERBOSE)


@cache
def cjk_currency_words() -> tuple[str, ...]:
    """The words without which no such amount is written (a cheap test before the search)."""
    return (*_words("currency"), *_words("cents"))


def cjk_amount(text: str) -> CjkAmount | None:
    """The amount ``text`` is, whole; else None."""
    m = _pattern().fullmatch(text.strip())
    return _amount(m, 0) if m else None


def find_cjk_amounts(text: str) -> list[CjkAmount]:
    """Every such amount of ``text``, in order."""
    return [a for m in _pattern().finditer(text) if (a := _amount(m, 0)) is not None]


def _amount(m: re.Match[str], offset: int) -> CjkAmount | None:
    if m["cents"]:
        figure = Decimal(m["figure"])
        value = figure / 100
        decimals = -figure.as_tuple().exponent + 2  # type: ignore[operator]
        return CjkAmount(value, _words("cents")[m["cents"]], decimals, m.start() + offset, m.end() + offset, m.group(0))
    if not any(ch in _DIGITS and ch not in "零〇○" for ch in m["numerals"]):
        return None  # 港幣千元, 港幣百萬元: a table's unit caption, no amount
    parsed = numerals_value(m["numerals"])
    if parsed is None:
        return None
    value, lowest = parsed
    return CjkAmount(Decimal(value), _words("currency")[m["before"]], -lowest,
                     m.start() + offset, m.end() + offset, m.group(0))


def numerals_value(numerals: str) -> tuple[int, int] | None:
    """(value, power of ten of the lowest place named) of numerals with groups: 三十億四千八百萬
    is (3048000000, 6); each group closes the numerals before it, the largest first.

    >>> numerals_value("三十億四千八百萬"), numerals_value("一萬零五百"), numerals_value("四千")
    ((3048000000, 6), (10500, 2), (4000, 3))
    >>> numerals_value("萬四千"), numerals_value("五萬六億")  # a group with no numerals; groups out of order
    (None, None)
    """
    powers = _words("group")
    total, lowest, ceiling = 0, 0, None
    rest = numerals
    while rest:
        cut = next((k for k, ch in enumerate(rest) if ch in powers), None)
        head, power = (rest, 0) if cut is None else (rest[:cut], int(powers[rest[cut]]))
        rest = "" if cut is None else rest[cut + 1:]
        head = head[1:] if head.startswith("零") and total else head  # 一萬零五百: the skipped place
        number = _group_value(head)
        if not head or number is None or (ceiling is not None and power >= ceiling) or (power and number >= 10 ** 4):
            return None
        total += number * 10 ** power
        lowest = power + _lowest_place(head)
        ceiling = power
    return total, lowest


_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_PLACES = {"十": 10, "百": 100, "千": 1000}


def _group_value(numerals: str) -> int | None:
    """The value of numerals below 萬: 四千八百 4800, 二千零五十 2050, 十二 12; None for what is
    not one (二百五, 十十, 五五)."""
    value, digit, place, skipped = 0, None, 10 ** 4, False
    for k, ch in enumerate(numerals):
        if ch in "零〇○" and k > 0:
            skipped, digit = True, None
        elif ch in _DIGITS:
            if digit is not None:
                return None  # two digits in a row
            digit = _DIGITS[ch]
        elif ch in _PLACES and _PLACES[ch] < place and (digit is not None or k == 0) and not skipped:
            value += (1 if digit is None else digit) * _PLACES[ch]
            digit, place = None, _PLACES[ch]
        elif ch in _PLACES and _PLACES[ch] < place and digit is not None:
            value += digit * _PLACES[ch]  # 二千零五十: the 十 after a skipped place
            digit, place, skipped = None, _PLACES[ch], False
        else:
            return None
    if digit is not None and place > 10 and not skipped and place != 10 ** 4:
        return None  # 二百五: the colloquial 250, not read
    return value + (digit or 0) if numerals else None


def _lowest_place(numerals: str) -> int:
    """The power of ten of the last place written: 四千八百 2, 三十 1, 三十一 0."""
    places = {"十": 1, "百": 2, "千": 3}
    return places[numerals[-1]] if numerals[-1] in places else 0
