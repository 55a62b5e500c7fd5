"""Results tables whose reporting periods are rows of dates ("Date of start of reporting
period" / "Date of end of reporting period", the current period's cell first), flattened with
"|" as copies of the Indian exchanges' results format give them: each label between bars on a
line of its own ("(i) | Interest Income |"), each cell on a line of its own closed by a bar.

The columns' periods are read from those two rows. The format states no unit: where no caption
above the table states one, no figure of it is reported (each goes to the unmapped report with
that reason). The words of the period rows are ``period_row`` rows of ``data/table_headings.tsv``."""

from __future__ import annotations

import datetime as dt
import re

from converter.extract.mechanisms.lines import Line
from converter.extract.mechanisms.table_headings import Column, HeadingEnv, heading_kind
from converter.extract.mechanisms.table_shape import Cell, is_figure
from converter.extract.mechanisms.table_units import unit_statements
from converter.model import Period
from converter.parse.months import month_end

# a row's label between bars, an item's number before it: "(iii) | Rental Income |", "| Expenses |"
_LABEL = re.compile(r"""^\s*(?:\(\s*[ivxlcdmIVXLCDM]+\s*\)\s*)?   # the item's number
                        \|\s*(?P<label>[^|]*?)\s*\|\s*$             # the label between bars""", re.X)
# a line of a bar alone: the rule between two cells
_BAR = re.compile(r"\s*\|\s*")
# how many lines above the table may state its unit
_CAPTION_LINES = 5
_NO_UNIT = "no unit or scale stated for the table"


def period_row_tables(lines: list[Line], env: HeadingEnv) -> list:
    """The tables of ``lines`` (the text's non-empty lines) whose periods are rows of dates."""
    from converter.extract.mechanisms.tables import Table, TableRow  # (tables imports this module)

    rows = _rows(lines)
    starts = [k for k, (label, _) in enumerate(rows) if heading_kind(label.text, "period_row") == "start"]
    if not starts:
        return []
    first = starts[0]
    ends = [k for k, (label, _) in enumerate(rows[first:], first) if heading_kind(label.text, "period_row") == "end"]
    if not ends:
        return []
    begun, ended = rows[first][1], rows[ends[0]][1]
    periods = [_period(a.text, b.text) for a, b in zip(begun, ended)]
    if len(begun) != len(ended) or len(periods) < 1 or None in periods:
        return []
    top = max(n for n, line in enumerate(lines) if line.start <= rows[first][0].start)
    units = tuple(u for line in lines[max(0, top - _CAPTION_LINES):top] for u in unit_statements(line.text))
    columns = tuple(Column("value", p) if units else Column("skip", p, reason=_NO_UNIT) for p in periods)
    body = tuple(TableRow(label, tuple(cells))
                 for k, (label, cells) in enumerate(rows) if k > ends[0] and len(cells) == len(columns)
                 and all(is_figure(c.text) for c in cells))
    if not body:
        return []
    end = max(c.end for row in body for c in row.cells)
    return [Table(rows[first][0].start, end, "period rows", units, False, columns, body)]


# a date written day first, as the format writes it: "01/07/2023"
_DAY_FIRST = re.compile(r"(?P<day>\d{1,2})[/.-](?P<month>\d{1,2})[/.-](?P<year>\d{4})")


def _period(start: str, end: str) -> Period | None:
    """The period from ``start`` to ``end``, each written day first: only whole months (the
    first day of one to the last of another), so that a date written month first is never
    read as another period."""
    a, b = _DAY_FIRST.fullmatch(start.strip()), _DAY_FIRST.fullmatch(end.strip())
    if a is None or b is None or int(a["day"]) != 1 or not 1 <= int(a["month"]) <= 12 \
            or not 1 <= int(b["month"]) <= 12:
        return None
    first = dt.date(int(a["year"]), int(a["month"]), 1)
    last = month_end(int(b["year"]), int(b["month"]))
    if last.day != int(b["day"]) or last < first:
        return None
    return Period.duration(first, last)


def _rows(lines: list[Line]) -> list[tuple[Cell, list[Cell]]]:
    """(label, cells) of every row: a label line, then the lines of its cells, bars between;
    up to the first line of another form after the first label."""
    rows: list[tuple[Cell, list[Cell]]] = []
    for line in lines:
        m = _LABEL.match(line.text)
        if m is not None:
            start = line.start + m.start("label")
            rows.append((Cell(m["label"], start, start + len(m["label"])), []))
        elif rows and not _BAR.fullmatch(line.text) and "|" not in line.text:
            text = line.text.strip()
            start = line.start + line.text.find(text)
            rows[-1][1].append(Cell(text, start, start + len(text)))
        elif rows and not _BAR.fullmatch(line.text):
            break  # (a line of another form, "| a | b | c |": the table has ended)
    return rows
