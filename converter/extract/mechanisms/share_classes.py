"""Figures of a cover page's item given for each class of shares, one class a line:

    9  AGGREGATE AMOUNT BENEFICIALLY OWNED BY EACH REPORTING PERSON
       4,321 Class A ordinary shares (1)
       876 Class B ordinary shares (2)
    11 PERCENT OF CLASS REPRESENTED BY AMOUNT IN ROW (9)
       Class A ordinary shares: 1.2%
       Class B ordinary shares: 7.5%

Each line that holds a figure names its class by a designation (``data/beneficial_ownership_phrases.tsv``,
kind ``designation``: ``Class A``, ``Series B``) before or after the figure. An item that
gives figures of two classes or more gives one figure per class; where a figure's class cannot
be told (a line with a figure and no designation, or two figures of one class), the item gives
none that can be reported: a figure with no class would stand for the whole holding.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from converter.extract.mechanisms.name_match import phrase_pattern
from converter.extract.mechanisms.subject_company import Located


@dataclass(frozen=True)
class ClassFigures:
    """What an item's lines say of classes: ``figures`` (designation as printed, figure) when
    every figure has its class; ``untold`` when the item names two classes or more but some
    figure's class cannot be told."""

    figures: tuple[tuple[str, Located], ...] = ()
    untold: bool = False


@cache
def _designation() -> re.Pattern[str]:
    """``Class A``, ``Series B-1``, ``class 2``: a designation word and its letter or number."""
    return re.compile(
        rf"""\b(?P<word>{phrase_pattern('designation')})\s+   # 'Class', 'Series'
        (?P<mark>[A-Z](?:-?\d{{1,2}})?|\d{{1,2}})\b            # 'A', 'B-1', '2'
        (?![\w.,]*\d)                                          # not a number going on ('Class 1,234')
        """, re.IGNORECASE | re.VERBOSE)


def class_figures(text: str, start: int, end: int,
                  figure_of: Callable[[str, int, int], Located | None]) -> ClassFigures | None:
    """The figures of ``text[start:end]`` by class (see the module doc), ``figure_of(text, a, b)``
    reading a line's figure; None where the item holds one figure, or figures that name no
    class (its first figure is read as the item's own).

    >>> import re as _re
    >>> def count(text, a, b):
    ...     m = _re.compile(r"\\d[\\d,]*").search(text, a, b)
    ...     return Located(int(m[0].replace(",", "")), m.start(), m.end()) if m else None
    >>> item = "\\n4,321 Class A shares (1)\\n876 Class B shares (2)\\n"
    >>> [(c, f.value) for c, f in class_figures(item, 0, len(item), count).figures]
    [('Class A', 4321), ('Class B', 876)]
    >>> item = "\\n4,321 Class A shares\\n876 shares held by a trust\\n"
    >>> class_figures(item, 0, len(item), count).untold
    True
    >>> class_figures("\\n4,321 Class A shares\\n", 0, 22, count) is None
    True
    """
    lines = list(_figure_lines(text, start, end, figure_of))
    if len(lines) < 2 or not any(named for named, _ in lines):
        return None  # one figure, or figures of no class: the item's own
    if any(len(named) != 1 for named, _ in lines) or len({next(iter(n)) for n, _ in lines}) < len(lines):
        return ClassFigures(untold=True)  # a figure of no class, of two, or two of one class
    return ClassFigures(tuple((next(iter(named)), figure) for named, figure in lines))


def _figure_lines(text: str, start: int, end: int, figure_of: Callable[[str, int, int], Located | None]
                  ) -> Iterator[tuple[set[str], Located]]:
    """(the classes a line names, its figure) of each line of the item that holds a figure."""
    at = start
    while at < end:
        stop = text.find("\n", at, end)
        stop = end if stop < 0 else stop
        figure = None if _ITEM_NUMBER_LINE.fullmatch(text, at, stop) else figure_of(text, at, stop)
        if figure is not None:
            yield {_member(m) for m in _designation().finditer(text, at, stop)}, figure
        at = stop + 1


# the next item's number on a line of its own ('|' / '7' / '|' of a cover flattened one cell a
# line), which an item's stretch may reach: no figure of the item
_ITEM_NUMBER_LINE = re.compile(r"[\s|]*\d{1,2}\.?[\s|]*")


def _member(m: re.Match[str]) -> str:
    """The class's member: its designation word as the data file writes it, then its mark
    (``CLASS a`` is ``Class A``)."""
    return f"{m['word'][:1].upper()}{m['word'][1:].lower()} {m['mark'].upper()}"
