"""Which figure a percentage change is of, where the figures around it say so: a Korean change
after the figure it is compared against ("전분기(40조원)보다 6.4% 증가"), and a change in brackets
right after an amount no measure took ("812百万円 (△91.7%)"). Read by ``prose_percents``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from converter.parse.amounts import find_amounts

if TYPE_CHECKING:
    from converter.extract.mechanisms.prose_figures import Binding, Figure


# "(40조원)보다 6.4%", "1,200억원 대비 12%": a figure compared against, then the change
_KO_AGAINST_FIGURE = re.compile(r"\s*\)?\s*(?:적자|흑자|손실)?\s*(?:보다|대비|에\s*비해|에\s*견줘)\s*(?:는|은|도)?\s*")


def compared_figure_start(text: str, figures: list["Figure"], figure: "Figure", start: int) -> int:
    """Where the words before a change (``figure``) begin: after the figure before it, or, where
    that figure is the one a Korean change is compared against ("전분기(40조원)보다 6.4%
    증가했고 지난해 3분기(47조원)보다는 7.5%"), after the figure before that one: the period
    that figure is of ("전분기") is the change's comparison, not the next clause's."""
    before = [f for f in figures if f.end <= figure.start]
    if before and _KO_AGAINST_FIGURE.fullmatch(text, before[-1].end, figure.start):
        before = before[:-1]
    return max([f.end for f in before] + [start])


# an amount's change in brackets right after it: "812百万円 (△91.7%)"
_CHANGE_IN_BRACKETS = re.compile(r"\s*[(（]\s*[△▲\-−+]?\s*")


def unbound_amount_between(text: str, start: int, end: int, primary: list["Binding"]) -> bool:
    """The percentage at ``end`` is in brackets right after an amount no measure took ("経常利益
    ... 812百万円 (△91.7%)", a note's figure after a summary's headings): it is that amount's
    change, not the change of the measure named before it."""
    amounts = find_amounts(text[start:end])
    if not amounts:
        return False
    last = amounts[-1]
    bound = {(b.figure.start, b.figure.end) for b in primary}
    return (start + last.start, start + last.end) not in bound and \
        _CHANGE_IN_BRACKETS.fullmatch(text, start + last.end, end) is not None
