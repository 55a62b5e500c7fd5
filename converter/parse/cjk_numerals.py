"""Numbers written in Chinese numerals, as Japanese, Chinese and Taiwanese filings date with them.

Two ways of writing coexist, and dates use both:

- digit by digit, a numeral for each decimal digit (a year: 二〇〇五年, 二零零五年, 一九九九年;
  〇 is often typed as the white circle ○);
- composed with the multipliers 十 (ten), 百 (hundred), 千 (thousand), a 零 marking skipped
  places (the ROC year 九十三年 = 93, 一百零一年 = 101; the day 三十一日; the month 十二月).

>>> numeral_value("二〇〇五"), numeral_value("二零零五"), numeral_value("一九九九")
(2005, 2005, 1999)
>>> numeral_value("九十三"), numeral_value("十二"), numeral_value("三十一"), numeral_value("一百零一")
(93, 12, 31, 101)
>>> numeral_value("十"), numeral_value("一百一十"), numeral_value("兩千零五")
(10, 110, 2005)
>>> numeral_value("93"), numeral_value("９３")  # Arabic digits, half or full width, as they are
(93, 93)

What is not a number gives None (a parser's failure is no exception):

>>> numeral_value("十十"), numeral_value("二百五"), numeral_value("元"), numeral_value("")
(None, None, None, None)

``arabic_groups`` gives a match's groups with every numeral written in Arabic digits, so that
a reader of digits reads numerals too:

>>> arabic_groups({"ey": "九十三", "m": "9", "era": "民國", "n": "三", "d": None})
{'ey': '93', 'm': '9', 'era': '民國', 'n': '3', 'd': None}

The regex sources below match the numerals where dates and periods write them; the parsers that
use them check the value (a thirty-ninth day is no date).
"""

from __future__ import annotations

import re

# digits 0-9: 〇 (U+3007) and 零 for zero, and the white circle ○ (U+25CB) typed for 〇;
# 两/兩 (two, before a multiplier: 兩千) only in composed numbers
_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_PAIRED_TWO = {"两": 2, "兩": 2}
_MULTIPLIERS = {"十": 10, "百": 100, "千": 1000}
_ANY_NUMERAL = re.compile(r"[〇○零一二三四五六七八九两兩十百千]+")

_D = "一二三四五六七八九"  # the digits one to nine, inside a character class
_NOT_AFTER_NUMERAL = r"(?<![〇○零一二三四五六七八九十百千])"  # not the tail of a longer numeral
_NOT_BEFORE_NUMERAL = r"(?![〇○零一二三四五六七八九十百千])"

# a Gregorian year digit by digit, 1900-2099: 一九九九, 二〇〇五, 二零零五
NUMERAL_YEAR = rf"{_NOT_AFTER_NUMERAL}(?:一九|二[〇○零])[〇○零{_D}]{{2}}{_NOT_BEFORE_NUMERAL}"
# the same matches, as two alternatives each opening with its first character and looking back
# after its first two (at the character before them): a pattern whose every alternative opens so
# is skipped through by ``re`` to the characters that can open it, not tried at every position
NUMERAL_YEAR_OPENED = tuple(rf"{first}(?<![〇○零{_D}十百千]..)[〇○零{_D}]{{2}}{_NOT_BEFORE_NUMERAL}"
                            for first in ("一九", "二[〇○零]"))
# an era's year count, 1-199: 三, 十六, 九十三, 一百, 一百零一, 一百一十
NUMERAL_COUNT = (rf"{_NOT_AFTER_NUMERAL}(?=[{_D}十百])"
                 rf"(?:一?百零?)?(?:[{_D}]?十)?[{_D}]?{_NOT_BEFORE_NUMERAL}")
# a month, 1-12: 三, 十, 十二
NUMERAL_MONTH = rf"(?:十[一二]?|[{_D}]){_NOT_BEFORE_NUMERAL}"
# a day of the month, 1-39 (the date parser rejects days a month lacks): 八, 十八, 三十一
NUMERAL_DAY = rf"(?:[二三]?十[{_D}]?|[{_D}]){_NOT_BEFORE_NUMERAL}"


def numeral_value(text: str | None) -> int | None:
    """The integer ``text`` writes in Chinese numerals (or Arabic digits), else None."""
    if not text:
        return None
    if text.isdecimal():
        return int(text)  # Arabic digits, half or full width
    if not _ANY_NUMERAL.fullmatch(text):
        return None
    if all(ch in _DIGITS for ch in text):
        if len(text) == 1 or text[0] not in "〇○零":
            return _digit_by_digit(text)
        return None
    return _composed(text)


def _digit_by_digit(text: str) -> int:
    value = 0
    for ch in text:
        value = value * 10 + _DIGITS[ch]
    return value


def _composed(text: str) -> int | None:
    """十二, 九十三, 一百零一, 兩千零五: each digit times the multiplier after it (1 where the
    digit is left out: 十二 = 1 x 10 + 2), multipliers falling, 零 where a place is skipped."""
    total, digit, last, skipped = 0, None, 10_000, False
    for ch in text:
        if ch in _MULTIPLIERS:
            unit = _MULTIPLIERS[ch]
            if unit >= last or skipped:
                return None  # 十十, 百千: multipliers must fall; 零十 is no numeral
            total += (1 if digit is None else digit) * unit
            digit, last = None, unit
        elif ch == "零" or ch in "〇○":
            if digit is not None or skipped:
                return None
            skipped = True
        elif digit is not None:
            return None  # two digits running in a composed number: 九三十
        else:
            digit = _DIGITS.get(ch, _PAIRED_TWO.get(ch))
            if ch in _PAIRED_TWO and not _multiplier_follows(text, ch):
                return None
    if digit is not None:
        if last > 10 and not skipped:
            return None  # 二百五: 250 spoken, 205 read literally; left unread
        total += digit
    elif skipped:
        return None  # a trailing 零
    return total


def _multiplier_follows(text: str, ch: str) -> bool:
    i = text.index(ch)
    return i + 1 < len(text) and text[i + 1] in _MULTIPLIERS


def arabic_groups(groups: dict[str, str | None]) -> dict[str, str | None]:
    """The groups of a match, each numeral written in Arabic digits (others as they are)."""
    out: dict[str, str | None] = {}
    for name, value in groups.items():
        if value and not value.isdecimal() and _ANY_NUMERAL.fullmatch(value):
            number = numeral_value(value)
            out[name] = value if number is None else str(number)
        else:
            out[name] = value
    return out
