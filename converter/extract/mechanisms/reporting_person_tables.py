"""Reporting persons listed in a fixed-width table: a header of one or two lines naming a name
column and a short-name or place column (captions may wrap: ``Referred`` over ``to as``), then one
row per person, a name wrapped onto the next line joined to it. Read by
``reporting_persons.find_reporting_persons`` before the other layouts of an agreement."""

from __future__ import annotations

import re

from converter.extract.mechanisms.name_match import canonical
from converter.extract.mechanisms.reporting_persons import ReportingPerson, person_kind


# a cell: words one space apart
_WORDS_ONE_SPACE_APART = re.compile(r"\S+(?: \S+)*")


def _cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Cells of a fixed-width line: runs separated by two or more spaces."""
    return [(a + m.start(), a + m.end()) for m in _WORDS_ONE_SPACE_APART.finditer(text[a:b])]


def _header_columns(text: str, lines: list[tuple[int, int]],
                    cells: list[list[tuple[int, int]]]) -> list[tuple[int, str]] | None:
    """``(column start, role)`` of a table header of one or more lines (``cells``: each line's
    ``_cells``), or None.

    Captions may wrap (``Referred`` over ``to as``): the cells of later lines join the cell of
    the first line they overlap."""
    heads: list[list[int | str]] = []  # [column start, column end, caption]
    for (a, _), line_cells in zip(lines, cells):
        for s, e in line_cells:
            over = next((h for h in heads if int(h[0]) < e - a and s - a < int(h[1])), None)
            if over is None:
                heads.append([s - a, e - a, text[s:e]])
            else:
                over[0], over[1] = min(int(over[0]), s - a), max(int(over[1]), e - a)
                over[2] = f"{over[2]} {text[s:e]}"
    if len(heads) < 2:
        return None  # a header names two columns at least (most lines of a page are one cell)
    columns: list[tuple[int, str]] = []
    for start, _, caption in sorted(heads, key=lambda h: int(h[0])):
        role = canonical("table_header", str(caption))
        if role is None:
            return None
        columns.append((int(start), role))
    roles = [r for _, r in columns]
    return columns if "name" in roles and len(roles) >= 2 else None


def _column_of(columns: list[tuple[int, str]], column: int) -> str:
    best = columns[0][1]
    for start, role in columns:
        if start <= column + 2:
            best = role
    return best


# the words one of the name column's captions holds ('Name', 'Reporting Person', ...), case-folded
_NAME_CAPTION_WORDS = ("name", "person")


def lines_and_heads(text: str) -> tuple[list[tuple[int, int]], list[bool]]:
    """``(start, end)`` of each line of ``text`` (the text between line breaks, the empty ones
    too), and whether each may hold a cell of the name column's caption. A header needs that
    column (``_header_columns``), whose caption is one of the ``table_header`` phrases of role
    ``name``, each holding a word of ``_NAME_CAPTION_WORDS``; a caption is its cells' texts
    joined by spaces and case-folded (per character), so the word stands whole in one cell, a
    stretch of one line. Most lines of an agreement hold neither word, and were each tried as the
    first line of two headers."""
    lines: list[tuple[int, int]] = []
    heads: list[bool] = []
    offset = 0
    for line in text.split("\n"):
        end = offset + len(line)
        lines.append((offset, end))
        folded = line.casefold()
        heads.append("name" in folded or "person" in folded)  # (the words of _NAME_CAPTION_WORDS)
        offset = end + 1
    return lines, heads


def find_table_persons(text: str) -> list[ReportingPerson]:
    """Rows of a table of reporting persons (a name column and a short-name or place column)."""
    lines, heads = lines_and_heads(text)
    read: dict[int, list[tuple[int, int]]] = {}  # each line's cells, cut once when first asked

    def cells(first: int, stop: int) -> list[list[tuple[int, int]]]:
        for k in range(first, min(stop, len(lines))):
            if k not in read:
                read[k] = _cells(text, *lines[k])
        return [read[k] for k in range(first, min(stop, len(lines)))]

    for i in range(len(lines)):
        if not (heads[i] or i + 1 < len(lines) and heads[i + 1]):
            continue  # neither line can hold the name column's caption: no header of one or two lines
        depth = next((d for d in (1, 2) if _header_columns(text, lines[i : i + d], cells(i, i + d))), 0)
        if not depth:
            continue
        columns = _header_columns(text, lines[i : i + depth], cells(i, i + depth)) or []
        rows: list[dict[str, list[tuple[int, int]]]] = []
        for k in range(i + depth, len(lines)):
            la, lb = lines[k]
            line = text[la:lb]
            if not line.strip():
                if rows:
                    break
                continue
            if re.fullmatch(r"[\s\-=_]+", line):
                continue
            row: dict[str, list[tuple[int, int]]] = {}
            for s, e in cells(k, k + 1)[0]:
                row.setdefault(_column_of(columns, s - la), [(s, e)])
            if rows and list(row) == ["name"]:
                rows[-1]["name"] += row["name"]  # a name wrapped onto the next line
            elif "name" in row:
                rows.append(row)
        if rows:
            return [_table_person(text, row) for row in rows]
    return []


def _table_person(text: str, row: dict[str, list[tuple[int, int]]]) -> ReportingPerson:
    pieces = row["name"]
    a, b = pieces[0][0], pieces[-1][1]
    name = " ".join(" ".join(text[s:e] for s, e in pieces).split())
    place = " ".join(text[slice(*row["place"][0])].split()) if "place" in row else None
    if "short" not in row:
        return ReportingPerson(name, a, b, kind=person_kind(name), place=place)
    sa, sb = row["short"][0]
    while sa < sb and text[sa] in "\"“(":
        sa += 1
    while sb > sa and text[sb - 1] in "\"”)":
        sb -= 1
    return ReportingPerson(name, a, b, text[sa:sb], sa, sb, person_kind(name), place)
