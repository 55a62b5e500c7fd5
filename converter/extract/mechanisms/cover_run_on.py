"""Schedule 13D / 13G cover pages whose numbered items run on in one line (a copy that lost its
line breaks: "---- 1. NAME OF REPORTING PERSONS ... ---- 2. CHECK THE APPROPRIATE BOX"): where
their lines broke, so that ``schedule_13.find_cover_pages`` reads each item as if it began a line
of its own (moved from ``schedule_13``, which had grown past 500 lines).
"""

from __future__ import annotations

import re

# a rule between a run-on cover's items: where its line broke
_RUN_ON_RULE = re.compile(r"(?<=\S)[ \t]+(?:[-_=]{3,}[ \t]*)+(?=\S)")


def run_on_breaks(text: str, labels: list[re.Match[str]]) -> list[int]:
    """Where a cover whose numbered items run on in one line (a copy that lost its line breaks:
    "---- 1. NAME OF REPORTING PERSONS ... ---- 2. CHECK THE APPROPRIATE BOX") breaks its lines:
    the blank before each item's number, and the blanks around its rules, on each line that
    holds two numbered items, or one and a rule with words on both sides (no cover printed one
    item a line runs a rule into words). None on a cover printed one item a line."""
    numbered: dict[int, list[int]] = {}  # line start -> where its items' numbers start
    for m in labels:
        if m["lead"] and any(c.isdigit() for c in m["lead"]):
            number = m.start() + next(i for i, c in enumerate(m["lead"]) if c.isdigit() or c == "(")
            numbered.setdefault(text.rfind("\n", 0, number) + 1, []).append(number)
    breaks: list[int] = []
    for line_start, numbers in numbered.items():
        line_end = text.find("\n", line_start) % (len(text) + 1)
        rules = list(_RUN_ON_RULE.finditer(text, line_start, line_end))
        if len(numbers) < 2 and not rules:
            continue
        breaks += [n - 1 for n in numbers if n > line_start and text[n - 1] in " \t"]
        for rule in rules:
            breaks += [rule.start(), rule.end() - 1]
    return breaks


def broken_lines(text: str, breaks: list[int]) -> list[tuple[int, int]]:
    """The (start, end) of each line of ``text`` that ``breaks`` break: a run-on cover's."""
    lines = {(text.rfind("\n", 0, at) + 1, text.find("\n", at) % (len(text) + 1)) for at in breaks}
    return sorted(lines)


def as_lines(text: str, breaks: list[int]) -> str:
    """``text`` with a line break in place of the blank at each of ``breaks``: the same length,
    so every offset read from it is the original's."""
    chars = list(text)
    for at in breaks:
        chars[at] = "\n"
    return "".join(chars)
