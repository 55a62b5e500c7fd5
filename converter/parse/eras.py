"""Era years: the year counts of Japanese eras and of the Republic of China (``era_years.tsv``).

>>> era_year("平成", "16"), era_year("民國", "93"), era_year("平成", "元"), era_year("平成", "１６")
(2004, 2004, 1989, 2004)
>>> era_year("民國", "九十三"), era_year("平成", "十六"), era_year("民國", "一百零一")  # Chinese numerals
(2004, 2004, 2012)
>>> era_year("大正", "3") is None
True

A year written without its era ("16年3月期" under a heading of 平成16年, "93年9月份" in a
Taiwanese notice) is read in the era whose year falls near the document's own year, and only
when exactly one era does:

>>> bare_era_year("16", 2004), bare_era_year("93", 2004), bare_era_year("15", 2004), bare_era_year("九十三", 2004)
(2004, 2004, 2003, 2004)
>>> bare_era_year("50", 2004) is None, bare_era_year("16", None) is None
(True, True)
"""

from __future__ import annotations

import re
from functools import cache

from converter.parse.cjk_numerals import numeral_value
from converter.resources import data_rows

# a bare era year names a period within these many years before (or one after) the document
_YEARS_BEFORE, _YEARS_AFTER = 3, 1


@cache
def eras() -> dict[str, int]:
    """Era name -> the Gregorian year of its year 1."""
    return {name: int(first) for name, first, _lang in data_rows("era_years.tsv")}


@cache
def era_names_source() -> str:
    """A regex alternation of the era names, longest first (中華民國 before 民國)."""
    return "|".join(re.escape(n) for n in sorted(eras(), key=len, reverse=True))


def era_year(era: str, count: str) -> int | None:
    """The Gregorian year of year ``count`` (digits, full-width digits, Chinese numerals or 元)
    of ``era``."""
    first = eras().get(era)
    if first is None:
        return None
    number = 1 if count == "元" else numeral_value(count)
    return None if number is None or number < 1 else first + number - 1


def bare_era_year(count: str, document_year: int | None) -> int | None:
    """The Gregorian year of an era year written without its era, near ``document_year``."""
    number = numeral_value(count)
    if document_year is None or number is None:
        return None
    years = {first + number - 1 for first in eras().values()}
    near = [y for y in years if document_year - _YEARS_BEFORE <= y <= document_year + _YEARS_AFTER]
    return near[0] if len(near) == 1 else None



@cache
def _era_stated() -> re.Pattern[str]:
    """An era name with the year count after it: 民國114年, 平成30年."""
    return re.compile(rf"({era_names_source()})\s*(?:\d{{1,3}}|[〇一二三四五六七八九十百]+)\s*年")


# a heading that opens with a year count and no era: "113年第3季", "30年3月期"
_BARE_ERA_YEAR = re.compile(r"^\s*(?=\d{1,3}\s*年)")


def stated_era(text: str) -> str | None:
    """The one era ``text`` writes with a year ("民國114年第3季" over a Taiwanese statement);
    None when it names none or two (民國 and 中華民國 are one era).

    >>> stated_era("民國114年第3季 單位:新台幣仟元"), stated_era("平成30年3月期 民國10年"), stated_era("2024年")
    ('民國', None, None)
    """
    named = {m.group(1) for m in _era_stated().finditer(text)}
    if len({eras()[name] for name in named}) != 1:
        return None
    return sorted(named, key=len)[0]


def with_era(heading: str, era: str | None) -> str:
    """``heading`` with ``era`` put before the year count it opens with: a Taiwanese statement
    titled "民國114年第3季" heads its columns "114年第3季" and "113年第3季", years of that era.

    >>> with_era("113年第3季", "民國"), with_era("113年第3季", None), with_era("2024年", "民國")
    ('民國113年第3季', '113年第3季', '2024年')
    """
    if era is None or not _BARE_ERA_YEAR.match(heading):
        return heading
    return f"{era}{heading.lstrip()}"
