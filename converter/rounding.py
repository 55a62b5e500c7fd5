"""Whether two values of one fact state one figure, once the finer is rounded (XBRL 2.1 §4.6.6).

A fact's ``decimals`` says how far its value is accurate: -8 to hundreds of millions, 2 to cents.
A headline's "11조" (decimals -12) and the body's "11조 2600억원" (decimals -8) state one figure;
"326 billion" (-9) and a table's 326,512 million (-6) do not. Extraction asks this of values read
about different companies (``prose_voices``) and mapping of the values one fact got twice
(``map``); both ask it here so that they agree on the edges:

- half up: a tie rounds away from zero, as writers round ("11조 2500억" is "11.3조"); rounding
  half to even would call a figure and its rounded statement two different figures;
- no decimals: a value without them (a text, a count read without a scale) is not known to be
  rounded, so it agrees with an equal value only: nothing is rounded to guess it is the same.

Both values are rounded to the coarser decimals, the coarser one too: a value is what its decimals
let it say ("104" accurate to tens states 100).

A value written with trailing zeros may be a rounding even where its scale word gives it the same
decimals as the exact one: a news lead's "4300억원" and its body's "4312억원" both read to 억 (-8),
but the lead states 4300 to hundreds of 억. Only zeros before the point count: a "4.0%" states
its tenth. ``as_stated`` reads the coarser precision the zeros
show, so that mapping can keep the finer of two statements of one fact (``consistent_as_stated``).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from converter.model import Observation


def rounded(value: Decimal, decimals: int) -> Decimal:
    """``value`` rounded half up to ``decimals`` places (negative: to tens, hundreds, ...).

    >>> rounded(Decimal("1125"), -1), rounded(Decimal("-1125"), -1), rounded(Decimal("2.345"), 2)
    (Decimal('1.13E+3'), Decimal('-1.13E+3'), Decimal('2.35'))
    """
    return value.scaleb(decimals).quantize(Decimal(1), rounding=ROUND_HALF_UP).scaleb(-decimals)


def _number(value: object) -> bool:
    return isinstance(value, Decimal | int) and not isinstance(value, bool)


def consistent(a: Observation, b: Observation) -> bool:
    """Two values that agree once both are rounded to the coarser one's decimals; a value
    without decimals, or one not a number, agrees with an equal value only.

    >>> import datetime as dt
    >>> from converter.model import Period
    >>> obs = lambda v, d: Observation("Revenues", v, Period(end=dt.date(2002, 9, 30)),
    ...                                decimals=d, rule="r")
    >>> consistent(obs(Decimal("326000000000"), -8), obs(Decimal("326012000000"), -6))
    True
    >>> consistent(obs(Decimal("326000000000"), -8), obs(Decimal("326062000000"), -6))
    False
    >>> consistent(obs(Decimal("100"), None), obs(Decimal("104"), -1)), consistent(obs("a", None), obs("a", None))
    (False, True)
    """
    if not (_number(a.value) and _number(b.value)):
        return a.value == b.value
    if a.decimals is None or b.decimals is None:
        return Decimal(a.value) == Decimal(b.value)
    places = min(a.decimals, b.decimals)
    return rounded(Decimal(a.value), places) == rounded(Decimal(b.value), places)


def as_stated(obs: Observation) -> int | None:
    """``obs.decimals`` made coarser by the trailing zeros its value shows at that precision.

    >>> import datetime as dt
    >>> from converter.model import Period
    >>> obs = lambda v, d: Observation("Revenues", v, Period(end=dt.date(2002, 9, 30)),
    ...                                decimals=d, rule="r")
    >>> as_stated(obs(Decimal("430000000000"), -8)), as_stated(obs(Decimal("431200000000"), -8))
    (-10, -8)
    >>> as_stated(obs(Decimal("0"), 0)), as_stated(obs("a", None)), as_stated(obs(Decimal("0.040"), 3))
    (0, None, 3)
    """
    if not _number(obs.value) or obs.decimals is None or obs.decimals > 0:
        return obs.decimals  # "4.0%", "NT$1.20": a zero written after the point is stated, not rounded
    digits = rounded(Decimal(obs.value), obs.decimals).scaleb(obs.decimals)
    if digits == 0:
        return obs.decimals
    zeros = len(str(abs(int(digits)))) - len(str(abs(int(digits))).rstrip("0"))
    return obs.decimals - zeros


def consistent_as_stated(a: Observation, b: Observation) -> bool:
    """Whether ``a`` and ``b`` agree once rounded to the coarser precision either value shows
    (``as_stated``): "4300억" (4,300 to hundreds of 억) agrees with "4312억", "4320억" does not.

    >>> import datetime as dt
    >>> from converter.model import Period
    >>> obs = lambda v, d: Observation("Revenues", v, Period(end=dt.date(2002, 9, 30)),
    ...                                decimals=d, rule="r")
    >>> consistent_as_stated(obs(Decimal("430000000000"), -8), obs(Decimal("431200000000"), -8))
    True
    >>> consistent_as_stated(obs(Decimal("432000000000"), -8), obs(Decimal("431200000000"), -8))
    False
    """
    if not (_number(a.value) and _number(b.value)) or a.decimals is None or b.decimals is None:
        return consistent(a, b)
    places = min(as_stated(a), as_stated(b))
    return rounded(Decimal(a.value), places) == rounded(Decimal(b.value), places)
