"""The dividend note of a Japanese securities report where a web copy flattened its table: each
heading's words run together over a few lines, the resolution's date and body stand on lines of
their own, and a row's other cells are glued into one line:

    (決議)株式の種類配当金の総額
    (百万円)
    1株当たり配当額
    (円)
    基準日効力発生日
    2030年6月27日
    定時株主総会
    普通株式(注1)1,20030.002030年3月31日2030年6月28日

The glued line is read in the order the heading names its columns. Digits run together only where
a figure meets the next: a total printed with thousands commas ends at its last group ("1,200" then
"30.00"), a western date's year is the four digits before 年 ("30.00" then "2030年"); a note mark,
a word (配当の原資: 利益剰余金) or an era's name (平成) separates the rest. Where a total without
commas meets the amount per share ("60925平成..."), which digits are whose is not certain: the row
goes to the unmapped report. Rows are then read as the bar tables' rows (:mod:`dividend_notes`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from converter.resources import data_rows

__all__ = ["BLANKS", "NOTE_MARK", "PARENTHESES", "FlatRow", "flat_rows"]

# the roles a flattened row's glued line holds after its share class, and their patterns
_GLUED = {
    "total": r"(?P<total>\d{1,3}(?:,\d{3})+(?!,)|\d+(?=\D))",  # its last comma group ends it, else a non-digit
    "source": r"(?P<source>[^\d\s]+?)",                                # a word: 利益剰余金
    "per_share": r"(?P<per_share>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)",
}
# a note mark beside or glued to a figure: (注), (注1), ※2 (a bar table's cell drops it, a glued
# line has it blanked out: same length, offsets kept)
NOTE_MARK = re.compile(r"""[(（]\s*注\s*\d*\s*[)）]   # (注), (注1)
    |※\s*\d*                                          # ※, ※2""", re.VERBOSE)
BLANKS = re.compile(r"[\s\u3000]+")
# what a heading's parentheses hold: "(百万円)", "(円)"
PARENTHESES = re.compile(r"[(（]([^()（）]*)[)）]")
_HEADING_REACH = 8  # lines a flattened heading runs over, at most


@cache
def _date() -> str:
    """A Japanese date as a flattened row glues it: a western year is its four digits before 年."""
    eras = "|".join(r[0] for r in data_rows("era_years.tsv") if r[2] == "ja")
    return rf"(?:(?:19|20)\d\d|(?:{eras})\s*(?:\d{{1,2}}|元))\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日"


@cache
def _words() -> dict[str, re.Pattern[str]]:
    """The heading words of ``data/dividend_note_columns.tsv``, unanchored: a flattened heading runs
    its cells together."""
    return {role: re.compile(phrase.strip("^$")) for role, phrase in data_rows("dividend_note_columns.tsv")}


@dataclass(frozen=True)
class FlatRow:
    """A flattened row: its cells by role as (text, start, end) in document offsets, and its
    heading's total unit text (what the total's parentheses hold)."""

    cells: dict[str, tuple[str, int, int]]
    unit: str
    per_share_unit: str


def _heading_order(joined: str) -> tuple[list[str], str, str] | None:
    """The order of a flattened heading's columns after the share class, and the parentheses after
    its total's and its amount per share's words; None unless it names every column a row needs."""
    words = _words()
    found = {}
    for role in ("resolution", "share_class", "total", "source", "per_share", "record_date", "effective"):
        m = words[role].search(joined)
        if m:
            found[role] = m
    if not all(r in found for r in ("resolution", "share_class", "total", "per_share", "record_date", "effective")):
        return None
    order = sorted(found, key=lambda r: found[r].start())
    if order[:2] != ["resolution", "share_class"] or order[-2:] != ["record_date", "effective"]:
        return None
    units = [PARENTHESES.match(joined, found[r].end()) for r in ("total", "per_share")]
    if units[0] is None or units[1] is None:
        return None
    return order[2:-2], units[0][1], units[1][1]


def _glued_pattern(order: list[str]) -> re.Pattern[str]:
    """A glued line's cells after its share class, in the heading's order, then the two dates."""
    cells = r"\s*".join(_GLUED[r] for r in order if r in _GLUED)
    return re.compile(rf"\s*{cells}\s*(?P<record_date>{_date()})\s*(?P<effective>{_date()})\s*")


# a line a flattened table prints before a row's cells: the resolution's date (the body that
# resolved follows on its own line: data/dividend_note_columns.tsv)
_RESOLUTION_DATE = re.compile(r"\s*(?P<date>.*?\d\s*日)\s*")
# the share class a glued line opens with: 普通株式, A種優先株式
_SHARE_CLASS = re.compile(r"\s*(?P<share_class>[^\d\s(（]*株式)")


def _is_body(line: str) -> bool:
    """A line naming the body that resolved (定時株主総会, 取締役会) and nothing else."""
    squeezed = BLANKS.sub("", line)
    return bool(squeezed) and not any(c.isdigit() for c in squeezed) and bool(_words()["body"].search(squeezed))


def flat_rows(text: str) -> list[tuple[FlatRow | str, int, int]]:
    """Every row of the text's flattened dividend tables, or why a row cannot be read, with the
    offsets of its glued line."""
    lines, offset = [], 0
    for line in text.splitlines(keepends=True):
        lines.append((line.rstrip("\r\n"), offset))
        offset += len(line)
    out: list[tuple[FlatRow | str, int, int]] = []
    k = 0
    while k < len(lines):
        heading = _heading_at(lines, k)
        if heading is None:
            k += 1
            continue
        (order, unit, per_share_unit), k = heading
        k = _table_rows(lines, k, order, unit, per_share_unit, out)
    return out


def _heading_at(lines: list[tuple[str, int]], k: int) -> tuple[tuple[list[str], str, str], int] | None:
    """The flattened heading that starts on line ``k`` (its column order and units) and the line
    after it."""
    first = BLANKS.sub("", lines[k][0])
    if "|" in first or not _words()["resolution"].match(first) or not _words()["share_class"].search(first):
        return None
    joined = ""
    for j in range(k, min(len(lines), k + _HEADING_REACH)):
        joined += BLANKS.sub("", lines[j][0])
        if _words()["effective"].search(joined):
            order = _heading_order(joined)
            return (order, j + 1) if order else None
    return None


def _table_rows(lines: list[tuple[str, int]], k: int, order: list[str], unit: str, per_share_unit: str,
                out: list[tuple[FlatRow | str, int, int]]) -> int:
    """The rows from line ``k`` to the first line that is no part of the table; the line after."""
    glued = _glued_pattern(order)
    resolution: tuple[str, int, int] | None = None
    while k < len(lines):
        line, start = lines[k]
        share = _SHARE_CLASS.match(line)
        if share is None and _is_body(line):
            k += 1
            continue
        if share is None:
            date = _RESOLUTION_DATE.fullmatch(line)
            if date is None or not line.strip():
                return k
            resolution = (date["date"], start + date.start("date"), start + date.end("date"))
            k += 1
            continue
        blanked = NOTE_MARK.sub(lambda m: " " * len(m[0]), line)
        m = glued.fullmatch(blanked, share.end())
        if m is None or resolution is None:
            out.append(("a flattened dividend row whose figures run together: which digits are whose "
                        "is not certain", start + share.end(), start + len(line)))
        else:
            cells = {role: (m[role], start + m.start(role), start + m.end(role))
                     for role in ("total", "per_share", "record_date")}
            cells["share_class"] = (share["share_class"], start + share.start("share_class"),
                                    start + share.end("share_class"))
            cells["resolution"] = resolution
            out.append((FlatRow(cells, unit, per_share_unit), start, start + len(line)))
        resolution = None
        k += 1
    return k
