"""Line breaks that end a sentence of an English text printed without sentence stops.

Wire copies and web pages print a release's headline bullets, a highlights list and its labelled
lines one per line with no full stop after any of them ("Q2 revenue growth at 8.2% in USD terms",
"FY 17 revenue guidance revised to 8.0% - 9.0%", "Revenues were $2,587 million for the quarter");
read as one sentence, a plan word in one line (guidance) would make every line's figures plans.
A line break ends such a line's sentence where neither line around it holds a sentence stop, the
line ended well short of the text's widest line, on purpose (the next line's first word would have
fitted on it), it does not end in punctuation or a word that goes on ("of", "and", "for the"), and
the next line opens as a new one does (a capital, a figure, a bullet); a paragraph's first line
is its heading and stays with it. A text wrapped at a fixed
width breaks its sentences near that width, before a word that did not fit: those breaks stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

_LINE = re.compile(r"[^\n]+")
W = TypeVar("W")  # a line's width: characters, or (characters, display columns)
_WORD = re.compile(r"\S+")
# a sentence stop: not a decimal point ("3.5%") nor an abbreviation's point before a figure
_STOP = re.compile(r"[.!?](?:[\"”’')\]]*)(?:\s|$)")
TABLE_LIKE = re.compile(r"\S {3,}\S|\||\t")


def table_like(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``TABLE_LIKE`` finds a table row's mark in ``text[start:end]``: a bar, a tab, or a
    gap of three spaces or more between words. The marks are looked for with ``str.find`` first:
    ``re`` would try the pattern at each character of a long line of prose (a web copy's
    paragraph), where these find a run of three spaces, or nothing, at once.

    >>> table_like("Revenue   1,234"), table_like("Revenue | 1,234"), table_like("Revenue rose."), table_like("   x")
    (True, True, False, False)
    """
    end = len(text) if end is None else end
    if text.find("|", start, end) >= 0 or text.find("\t", start, end) >= 0:
        return True
    gap = text.find("   ", start, end)  # (a match's gap holds the first run of three spaces or a later one)
    return gap >= 0 and TABLE_LIKE.search(text, max(gap - 1, start), end) is not None
# punctuation or a word after which the sentence goes on on the next line
_GOES_ON = re.compile(r"(?:[,(\[{:;\-–—/&+=]|\b(?:a|an|the|of|and|or|to|in|for|at|by|with|from|on|as|than|"
                      r"was|were|is|are|its|their|our)\b)\s*$", re.I)
# how a new line opens: a capital, a figure, a currency sign, a bullet
_OPENS = re.compile(r"\s*[A-Z0-9$€£¥₩•·*\-–—]")  # (not a parenthesis: "(KRW 800 per share" goes on)
_SHORT = 0.75  # a line this much shorter than the widest stopped short on purpose


def measured_lines(text: str, start: int, end: int, width: Callable[[str], W]) -> tuple[list[tuple[int, int]], list[W]] | None:
    """The lines of ``text[start:end]`` as (start, end) offsets and the ``width`` of each that is
    no table row (a wrapped text is measured by its lines of prose); None when there are not two
    lines or no line of prose, where no line can have been wrapped."""
    lines = [(start + m.start(), start + m.end()) for m in _LINE.finditer(text, start, end)]
    if len(lines) < 2:
        return None
    measured = [width(text[a:b].rstrip()) for a, b in lines if not table_like(text, a, b)]
    return (lines, measured) if measured else None


def english_line_cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets of the line breaks of ``text[start:end]`` that end a sentence although no stop
    precedes them (see the module doc).

    >>> t = ("Highlights\\n"
    ...      "Q2 revenue growth at 8.2% in USD terms; 8.9% in constant currency terms, well above\\n"
    ...      "FY 17 revenue guidance revised to 8.0% - 9.0%\\n"
    ...      "Revenues were $2,587 million for the quarter\\n")
    >>> [t[c - 4:c] for c in english_line_cuts(t, 0, len(t))]
    ['9.0%']
    >>> t = "Net income for the quarter was $12 million, up 4% from the year\\nbefore. Revenue rose 5%.\\n"
    >>> english_line_cuts(t, 0, len(t))
    []
    """
    found = measured_lines(text, start, end, len)
    if found is None:
        return []
    lines, measured = found
    widest = max(measured)
    cuts = []
    for i, ((a, b), (c, d)) in enumerate(zip(lines, lines[1:])):
        line = text[a:b].rstrip()
        if i == 0 or "\n" in text[lines[i - 1][1]:a].replace("\n", "", 1):
            continue  # the first line of its paragraph: a heading ("Year-end Dividend") names what follows
        if text[b:c].count("\n") != 1 or _STOP.search(line) or _STOP.search(text, c, d) or \
                _GOES_ON.search(line) or table_like(line) or not _OPENS.match(text, c, d):
            continue
        word = _WORD.search(text, c, d)
        if word is not None and len(line) + 1 + len(word.group(0)) <= widest and len(line) <= _SHORT * widest:
            cuts.append(b)
    return cuts
