"""Which option of a cover-page check box is marked.

Covers write a box as a label followed by a mark on a rule (``Form 20-F   X   Form 40-F``,
``Yes ___ No _X_``) or as a box before the label (``[X] Yes  [ ] No``). A mark belongs to the
nearest label to its left, unless it is a box that stands right before a label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from converter.extract.lines import Line
from converter.resources import data_path


@dataclass(frozen=True)
class CheckedOption:
    index: int  # which label is checked
    start: int  # clean-text offsets of the mark
    end: int


@cache
def _mark_patterns() -> dict[str, re.Pattern[str]]:
    rows: dict[str, list[str]] = {}
    for line in data_path("check_marks.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, regex = line.split("\t")
            rows.setdefault(kind, []).append(f"(?:{regex})")
    return {kind: re.compile("|".join(regexes)) for kind, regexes in rows.items()}


def mark_patterns() -> dict[str, re.Pattern[str]]:
    """``checked`` / ``unchecked``: what a marked and an empty box look like (check_marks.tsv)."""
    return _mark_patterns()


def _label_spans(text: str, labels: list[re.Pattern[str]]) -> list[tuple[int, int]] | None:
    """Where the labels stand on a line; when the line repeats them (an HTML paragraph holding
    the question "... Form 20-F or Form 40-F." and its boxes), the last occurrences in order."""
    spans: list[tuple[int, int]] = []
    limit = len(text)
    for label in reversed(labels):
        found = [m.span() for m in label.finditer(text, 0, limit)]
        if not found:
            found = [m.span() for m in label.finditer(text)][:1]  # labels out of order
            if not found:
                return None
        spans.insert(0, found[-1])
        limit = found[-1][0]
    return spans


def _marks(text: str, labels: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Marks on a line, skipping anything inside a label."""
    found = []
    for m in _mark_patterns()["checked"].finditer(text):
        if not any(s <= m.start() < e for s, e in labels):
            found.append(m.span())
    return found


def _owner(mark: tuple[int, int], labels: list[tuple[int, int]], text: str) -> int:
    """Index of the label a mark belongs to (``text`` is the line the mark stands on)."""
    boxed = text[mark[0]] in "[(\u2612\u2611\u25a0\u25a3\u2327\u00fe"
    if boxed or mark[1] <= labels[0][0]:
        following = [i for i, (s, _) in enumerate(labels) if s >= mark[1]]
        if following and labels[following[0]][0] - mark[1] <= 3:
            return following[0]
    preceding = [i for i, (_, e) in enumerate(labels) if e <= mark[0]]
    return preceding[-1] if preceding else 0


def _mark_lines(lines: list[Line], index: int) -> list[Line]:
    """The lines around label line ``index`` that hold nothing but marks and rules: the one
    above, the one below, and the one below that when the line below is a rule the mark was
    typed under (``Form 20-F  -----`` then ``X`` on the next line)."""
    found = [ln for ln in lines[max(index - 1, 0) : index] + lines[index + 1 : index + 2]
             if _RULE_LINE.fullmatch(ln.text)]
    below = lines[index + 1 : index + 3]
    if len(below) == 2 and not below[0].blank and _RULE_LINE.fullmatch(below[0].text) \
            and not _marks(below[0].text, []) and _RULE_LINE.fullmatch(below[1].text):
        found.append(below[1])
    return found


def checked_option(lines: list[Line], labels: list[re.Pattern[str]]) -> CheckedOption | None:
    """The checked label among ``labels`` on the first line holding all of them.

    Marks on that line count, and marks on the line just below or above when that line holds
    nothing but marks and rules (``-----``), or under such a rule, placed by column. None when no option, or more
    than one, is marked.
    """
    for index, line in enumerate(lines):
        spans = _label_spans(line.text, labels)
        if spans is None:
            continue
        candidates = [(line, m) for m in _marks(line.text, spans)]
        for neighbour in _mark_lines(lines, index):
            candidates += [(neighbour, m) for m in _marks(neighbour.text, [])]
        owners = {_owner(mark, spans, where.text) for where, mark in candidates}
        if not owners:
            continue  # the labels named in the instructions, not the box itself
        if len(owners) > 1:
            return None
        where, mark = candidates[0]
        return CheckedOption(owners.pop(), where.start + mark[0], where.start + mark[1])
    return _stacked_option(lines, labels)


def _stacked_option(lines: list[Line], labels: list[re.Pattern[str]]) -> CheckedOption | None:
    """Labels stacked one a line (``Form 20-F  __X__`` over ``Form 40-F  _____``, or
    ``[X] Yes`` over ``[ ] No``): the marks
    on each line belong to its label. None when no option, or more than one, is marked."""
    n = len(labels)
    for i in range(len(lines) - n + 1):
        window = lines[i : i + n]
        spans = [_label_spans(line.text, labels) for line in window]
        if any(full is not None for full in spans):
            continue  # a line naming every option: the one-line layout, or the instructions
        own = [_label_spans(line.text, [label]) for line, label in zip(window, labels)]
        if any(span is None for span in own):
            continue
        marked = [(k, line, marks[0]) for k, (line, span) in enumerate(zip(window, own))
                  if (marks := _marks(line.text, span))]
        if not marked:
            continue
        if len(marked) > 1:
            return None
        k, line, mark = marked[0]
        return CheckedOption(k, line.start + mark[0], line.start + mark[1])
    return None


_RULE_LINE = re.compile(r"[\s_\-xX\[\]()\u2612\u2611\u2610\u2713\u2714\u221a\u2327\u2717\u25a1\u25fb\u00fe\u00a8]*")
