"""Amounts a sentence writes without the scale word its pair states.

Business news names a change as a pair of amounts, "revenue rose from Rs 1,204.60 crore in Q3FY31
to Rs 1,388.25 in Q3FY32", and sometimes drops the scale word (crore, billion, 억) from one of the
two, meaning the one the other states. The bare figure read as it stands is off by that scale
(1,388.25 rupees); read with the other's scale it would be a guess. It stays unmapped, with the
reason, and its pair is read as usual.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

from converter.extract.mechanisms.prose_figures import PER_SHARE, Figure
from converter.parse.numbers import scale_words

UNSCALED_OF_PAIR = "an amount without the scale word (crore, billion) of the amount it is paired with: its scale is unsaid"

# the words joining the two amounts of a pair, right before the second: "... to", "... from",
# "against", "compared with", "versus" (the first's period may stand between: "in Q3FY31 to")
_PAIR_JOIN = re.compile(r"""[^;:]{0,40}?
    (?<![A-Za-z])(?:to|from|against|versus|vs\.?|compared\s+(?:with|to))  # the joining word
    \s+$""", re.I | re.VERBOSE)
# a figure's first number as written: "1,204.60" of "Rs 1,204.60 crore"
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def scaled(figure: Figure) -> bool:
    """Whether the figure's value is more than its digits say: a scale word (crore, trillion, 억)
    was read with them.

    >>> from decimal import Decimal
    >>> scaled(Figure(Decimal("12046000000"), 0, 0, 0, "Rs 1,204.60 crore", "INR"))
    True
    >>> scaled(Figure(Decimal("1388.25"), 2, 0, 0, "Rs 1388.25", "INR"))
    False
    """
    digits = _DIGITS.search(figure.text)
    if digits is None:
        return True  # (a number in words: no bare digits to mistake)
    try:
        return abs(figure.value) != Decimal(digits.group().replace(",", ""))
    except InvalidOperation:
        return True


def unscaled_of_pairs(text: str, figures: list[Figure]) -> Iterator[Figure]:
    """The amounts of a sentence's figures (in order) written without the scale word of the amount
    they are paired with: two amounts of one currency, one after the other, joined by "to", "from",
    "against" ..., one with a scale word, the other without. A per-share amount has no scale to
    drop and pairs with no total ("$41.5 million, or $0.52 per diluted share, compared to $30.2
    million"): it is no part of a pair."""
    amounts = [f for f in figures if f.currency is not None and not f.percent and not PER_SHARE.match(text, f.end)]
    for first, second in zip(amounts, amounts[1:]):
        if first.currency != second.currency or scaled(first) == scaled(second):
            continue
        if _PAIR_JOIN.fullmatch(text, first.end, second.start):
            yield second if scaled(first) else first
