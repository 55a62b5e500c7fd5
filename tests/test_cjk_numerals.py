"""Chinese numerals as Japanese, Chinese and Taiwanese filings date with them: one row per form
(``converter.parse.cjk_numerals``), known limits as strict xfail rows."""

from __future__ import annotations

import re

import pytest

from converter.parse.cjk_numerals import NUMERAL_COUNT, NUMERAL_DAY, NUMERAL_MONTH, NUMERAL_YEAR, numeral_value

VALUES = [
    # years digit by digit (dates of mainland and Hong Kong announcements)
    ("二〇〇五", 2005), ("二零零五", 2005), ("二○○五", 2005),  # ○: the white circle typed for 〇
    ("一九九九", 1999), ("二〇一二", 2012),
    # ROC and Japanese era year counts, composed with 十 and 百
    ("九十三", 93), ("九十", 90), ("十六", 16), ("元", None),  # 元 (first year) is the era reader's
    ("一百", 100), ("一百零一", 101), ("一百一十", 110), ("百", 100),
    # months and days
    ("十", 10), ("十一", 11), ("十二", 12), ("二十", 20), ("三十一", 31), ("八", 8),
    # thousands, and 兩 (two) before a multiplier
    ("兩千零五", 2005), ("两千", 2000), ("二千零五", 2005),
    # digits as they are
    ("2004", 2004), ("１６", 16),
    # no numbers
    ("", None), ("十十", None), ("百十百", None), ("九三十", None), ("〇五", None), ("一百零", None),
    ("兩", None), ("年", None), ("三年", None),
    ("二百五", None),  # 250 in speech, 205 read literally: neither is guessed
    pytest.param("廿八", 28, marks=pytest.mark.xfail(strict=True, reason="the contracted tens 廿 (20), 卅 (30) are not read")),
    pytest.param("一萬", 10000, marks=pytest.mark.xfail(strict=True, reason="萬/万 (ten thousand) is no year, month or day: not read")),
]


@pytest.mark.parametrize("text, expected", VALUES)
def test_numeral_value(text: str, expected: int | None) -> None:
    assert numeral_value(text) == expected


@pytest.mark.parametrize("source, text, expected", [
    (NUMERAL_YEAR, "於二〇〇五年", "二〇〇五"),
    (NUMERAL_YEAR, "二〇〇五五年", None),  # five numerals are no year
    (NUMERAL_YEAR, "一八九九年", None),  # years read are 1900-2099
    (NUMERAL_COUNT, "民國九十三年", "九十三"),
    (NUMERAL_COUNT, "民國一百零一年", "一百零一"),
    (NUMERAL_MONTH, "十二月", "十二"),
    (NUMERAL_DAY, "三十一日", "三十一"),
])
def test_numeral_patterns(source: str, text: str, expected: str | None) -> None:
    m = re.search(source, text)
    assert (m.group(0) if m else None) == expected
