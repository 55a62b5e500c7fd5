"""The ratio of a stock split as Korean news states it: "10대 1 비율의 주식 분할" (ten shares for
one), "1:5 액면분할", "1주를 10주로 분할"; or, where no ratio is written, the par values it
changes ("1주당 액면가를 5000원에서 500원으로 분할", "액면가 5000원 → 500원"): a split divides the
par value by its ratio, so old par over new par is the ratio when it is a whole number.
"""

from __future__ import annotations

import re
from decimal import Decimal

from converter.parse.amounts import Amount, find_amounts

# "10대 1", "1:10", "1 대 5": two counts, one of them 1; a split's ratio is the other
_KO_RATIO = re.compile(r"""(?<![\d.,])(?P<a>\d{1,3})\s*(?:대|:)\s*(?P<b>\d{1,3})(?![\d.,])  # 10대 1, 1:10
    (?=\s*(?:의\s*)?(?:비율|액면|주식|분할|로|으로))                                     # of a split's words""",
                       re.VERBOSE)
# "1주를 10주로": one old share made several new ones
_KO_SHARE_INTO = re.compile(r"(?<![\d.,])1\s*주를\s*(?P<b>\d{1,3})\s*주로")
# what joins an old par value to the new one: "에서", "을/를", an arrow
_PAR_CHANGED = re.compile(r"\s*(?:에서|을|를|→|->|⇒)\s*")


def korean_split_ratio(text: str) -> tuple[Decimal, int, int] | None:
    """(new shares per old share, start, end) a Korean split sentence states.

    >>> korean_split_ratio("10대 1 비율의 주식 분할을 결정했다")[0], korean_split_ratio("1:5 액면분할")[0]
    (Decimal('10'), Decimal('5'))
    >>> korean_split_ratio("1주를 10주로 분할한다")[0], korean_split_ratio("3대 2 비율") is None
    (Decimal('10'), True)
    """
    if "대" not in text and ":" not in text and "주를" not in text:
        return None
    m = _KO_SHARE_INTO.search(text)
    if m is not None and int(m["b"]) > 1:
        return Decimal(m["b"]), m.start(), m.end()
    for m in _KO_RATIO.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if min(a, b) == 1 and max(a, b) > 1:
            return Decimal(max(a, b)), m.start(), m.end()
    return None


def par_change(text: str) -> tuple[Amount, Amount] | None:
    """(old par value, new par value) a Korean split sentence changes: "5000원에서 500원으로",
    "5,000원을 500원으로", "5000원 → 500원" (the first such pair of won amounts).

    >>> [a.value for a in par_change("1주당 액면가를 5000원에서 500원으로 분할")]
    [Decimal('5000'), Decimal('500')]
    >>> par_change("매출 5000원") is None
    True
    """
    amounts = [a for a in find_amounts(text) if a.currency == "KRW" and a.value > 0]
    for old, new in zip(amounts, amounts[1:]):
        if _PAR_CHANGED.fullmatch(text[old.end:new.start]) and new.value < old.value:
            return old, new
    return None


def ratio_of_pars(old: Amount, new: Amount) -> Decimal | None:
    """Old par over new par where it is a whole number above one (a split's ratio), else None.

    >>> ratio_of_pars(*par_change("5000원에서 500원으로")), ratio_of_pars(*par_change("5000원에서 2000원으로"))
    (Decimal('10'), None)
    """
    ratio = old.value / new.value
    return ratio.to_integral_value() if ratio > 1 and ratio == ratio.to_integral_value() else None
