"""A disclosure form's table written as one line per row, its cells separated by single spaces.

Copies of Korean DART forms on company and news sites lose the form's grid: the heading of a
section keeps its unit and its columns on one line, each row its bullet, label and figures::

    2. 매출액 또는 손익구조변동내용(단위: 원) 당해사업연도 직전사업연도 증감금액 증감비율(%)
    - 매출액 89,512,300,000 102,406,000,000 -12,893,700,000 -12.6
    - 당기순이익 -196,800,000 9,977,200,000 -10,174,000,000 적자전환

A single space separates the label's words as it does the cells, so such a table is read only
where its layout says which word is which: a heading line that states its unit in parentheses and
then names, word by word, columns that the heading reader gives a period (at least the first
two: 당해사업연도, 직전사업연도), and rows of a bullet, a label with no digit and at most as many
figures as columns, filled from the left. Anything else is left to the other layouts.
"""

from __future__ import annotations

import re

from converter.extract.mechanisms.lines import Line
from converter.extract.mechanisms.table_headings import HeadingEnv, column_meaning
from converter.extract.mechanisms.table_shape import Cell, Grid, GridRow, is_figure

# the heading: an optional item number, the caption with its unit in parentheses, then the
# columns' names (words without digits, a "(%)" allowed)
_HEADING = re.compile(r"""
    ^\s*(?:\d{1,2}\.\s*)?
    (?P<caption>[^()\n]*\(\s*단위\s*[:：]\s*[^()\d]{1,8}\))   # "매출액 ...(단위: 원)"
    (?P<columns>(?:\s+[^\s\d]+(?:\(%\))?){2,8})\s*$            # " 당해사업연도 직전사업연도 ..."
    """, re.X)
# a row: a bullet, a label of words without digits, then its cells
_ROW = re.compile(r"^\s*[-•·]\s*(?P<label>[^\d\s][^\d]*?)\s+(?P<cells>\S+(?:\s+\S+)*)\s*$")
_WORD = re.compile(r"\S+")


def form_row_grids(lines: list[Line], env: HeadingEnv) -> list[Grid]:
    """The tables of the layout above, one grid each."""
    out = []
    for i, line in enumerate(lines):
        if "단위" not in line.text:
            continue
        heading = _HEADING.match(line.text)
        if heading is None:
            continue
        names = heading["columns"].split()
        caption = heading["caption"]
        periods = [column_meaning([n], [caption], env).period for n in names[:2]]
        if None in periods or periods[0] == periods[1]:
            continue  # not two columns of periods: which word is which is not certain
        rows = _rows(lines[i + 1:], len(names))
        if rows:
            out.append(Grid(line.start, rows[-1].cells[-1].end if rows[-1].cells[-1] else rows[-1].label.end,
                            "form rows", (caption,), tuple((n,) for n in names), tuple(rows)))
    return out


def _rows(lines: list[Line], width: int) -> list[GridRow]:
    """The rows under a heading, until a line that is no row of figures."""
    rows: list[GridRow] = []
    for line in lines:
        m = _ROW.match(line.text)
        if m is None:
            break
        words = [Cell(w.group(0), line.start + m.start("cells") + w.start(), line.start + m.start("cells") + w.end())
                 for w in _WORD.finditer(m["cells"])]
        if len(words) > width or not all(is_figure(w.text) for w in words) or not any(
                any(c.isdigit() for c in w.text) for w in words):
            break  # "- 대규모법인여부 미해당": no row of figures
        label = Cell(m["label"], line.start + m.start("label"), line.start + m.end("label"))
        rows.append(GridRow(label, tuple(words) + (None,) * (width - len(words))))
    return rows
