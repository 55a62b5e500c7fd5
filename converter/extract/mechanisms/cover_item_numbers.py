r"""The numbers of a Schedule 13D / 13G cover page's items, where a table printed each in a cell
of its own above the item's label ("1 |" / "Names of Reporting Persons" / "| |" / "2 |" /
"Check the Appropriate Box ..."): the next item's number then stands between an item's label and
the next label, where the item's value goes, and is never that value (a cover whose value cells
were left empty would give "2" as the person's name and 6 as the sole voting power).

>>> import re
>>> label = re.compile(r"(?P<lead>[ \t|]*\d{1,2}[ \t|]*)?(?P<label>Sole Voting Power|Shared Voting Power)")
>>> text = "5 |\nSole Voting Power\n| |||\n6 |\nShared Voting Power\n| |||\n"
>>> first, second = label.finditer(text)
>>> text[first.end() : before_next_number(text, first, second, second.start())]
'\n| |||\n'
"""

from __future__ import annotations

import re

# a line that holds only an item's number: "2 |", "(2)", "2."
_NUMBER_LINE = re.compile(r"[ \t|]*\(?(?P<n>\d{1,2})\)?\.?[ \t|]*")
_LINE = re.compile(r"[^\n]+")


def item_number(text: str, label: re.Match[str]) -> int | None:
    """The number of the item whose label is ``label`` (a match with its number as group
    ``lead``): in front of it, or alone on the line above it ("5 |" over "Sole Voting Power")."""
    digits = "".join(c for c in label["lead"] or "" if c.isdigit())
    if digits:
        return int(digits)
    line_start = text.rfind("\n", 0, label.start()) + 1
    if text[line_start : label.start()].strip(" \t|") or line_start == 0:
        return None
    above = text.rfind("\n", 0, line_start - 1) + 1
    number = _NUMBER_LINE.fullmatch(text, above, line_start - 1)
    return int(number["n"]) if number else None


def before_next_number(text: str, label: re.Match[str], following: re.Match[str] | None, end: int) -> int:
    """Where the value of the item ``label`` can end (``end``: the next label ``following``):
    before the number that follows the item's own, alone on the last line before that label.
    A count alone on its line under an item numbered in front of its label ("6. SHARED VOTING
    POWER" / "0" / "7. SOLE ...") is the value: the next label has its number in front."""
    if following is None or any(c.isdigit() for c in following["lead"] or ""):
        return end
    own = item_number(text, label)
    lines = [(label.end() + m.start(), label.end() + m.end()) for m in _LINE.finditer(text[label.end() : end])]
    while lines and not text[lines[-1][0] : lines[-1][1]].strip(" \t|"):
        lines.pop()
    number = _NUMBER_LINE.fullmatch(text, *lines[-1]) if lines and lines[-1][0] > label.end() else None
    if own is not None and number and int(number["n"]) == own + 1:
        return lines[-1][0]
    return end


_REST = 300  # characters the last item's value may hold after its label


def item_span(text: str, labels: list[re.Match[str]], i: int) -> tuple[int, int]:
    """Where the value of item ``labels[i]`` stands on a page printed labels first: after its
    label, up to the next label (or the next item's number alone on the line above that label)."""
    m, following = labels[i], labels[i + 1] if i + 1 < len(labels) else None
    end = following.start() if following is not None else min(len(text), m.end() + _REST)
    return m.end(), before_next_number(text, m, following, end)
