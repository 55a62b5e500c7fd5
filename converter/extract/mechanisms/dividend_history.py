"""Dividend history tables of Japanese investor-relations pages and kessan tanshin: one row a
fiscal year, the dividend per share of the half and of the year end, the year's, and the year's
total paid out:

    配当金の推移
    | 決算期 | 1株当たり配当金(円) | 配当金総額(百万円) | 配当性向(%) |
    | | 中間 | 期末 | 年間 | | |
    | 2031年3月期 | 21.40 | 23.70 | 45.10 | 1,352 | 29.3 |
    | 2032年3月期(予想) | 24.10 | 24.10 | 48.20 | - | 31.7 |

Web copies break such tables every way (a cell a line, a year's label over two lines, the words
over several columns printed before the words under them): the heading's words are read in the
order they are printed, the group's words (中間 期末 年間 under 1株当たり配当金) in the group's
place, and each row's figures in that order. A row is read only when it has exactly as many
figures as the heading has columns and nothing else but note marks; a row of forecasts (予想,
予定, (予), a figure marked *) is no result. A table whose half and year-end dividends do not add up
to the year's in most rows is read wrong: none of it is reported. A per-share figure of a year
that began before a share split or consolidation the notes under the table date may be restated
or not: it goes to the unmapped report. Heading words: ``data/dividend_history_columns.tsv``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from converter.extract.base import DocumentContext, Found
from converter.extract.mechanisms.lines import split_lines
from converter.extract.mechanisms.table_units import cell_unit
from converter.model import Mention, Observation, Period, UnitSpec
from converter.parse.months import calendar_day, month_end, months_ended
from converter.resources import data_rows

__all__ = ["extract_dividend_history"]

AXIS = "DividendKindAxis"
RULE = "dividend-history:row"
_KINDS = {"interim": "interim", "final": "final"}
_HEADING_REACH = 12  # lines a flattened heading runs over above its first row, at most
_NOTE_REACH = 6  # lines under a table whose notes may date a split
_LONG = 200  # a line this long is prose: no part of a heading or a row (nor one with a full stop)
_ASIDE = 10  # a line of words this short may be a cell's aside: (予定), (普通配当)
_DIGIT = re.compile(r"\d")
_NOTE_LINE = re.compile(r"[※•・＊*]|[(（]?注")  # a note's line under a table opens so
_LABEL_WRAP = 12  # how far a year's label may run on into the next line

# a fiscal year's label: "2031年3月期", "2031年\n3月期", "第76期(2031年3月期)"
_YEAR = re.compile(r"""(?:第\s*\d+\s*期\s*[(（]\s*)?       # the term's number before the year
    (?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*期     # 2031年3月期
    (?:\s*[)）])?""", re.VERBOSE)
# what makes a row a forecast: its label's or cells' words, a figure marked with an asterisk
_FORECAST = re.compile(r"予想|予定|[(（]\s*予\s*[)）]|見込|計画|[0-9][*＊]")
# a note mark in a cell: (※1), ※2, (注1)
_NOTE_MARK = re.compile(r"[(（]?\s*(?:※|注)\s*\d*\s*[)）]?")
# the cells of a row: a date (a record date's), a figure, a blank (-, 未定)
_CELL = re.compile(r"""(?P<date>(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d\d[/.]\d{1,2}[/.]\d{1,2})
    |(?P<figure>[△▲]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[△▲]?\d+(?:\.\d+)?)\s*(?:円|銭|%|％)?\s*[*＊]?
    |(?P<blank>[-－―—–ー]+|未定|無配)""", re.VERBOSE)  # (ー, a long vowel mark, printed as a dash)
# what may stand between a row's cells: bars, blanks, units, a forecast's words (the row is then left out)
_BETWEEN = re.compile(r"[\s|｜円銭%％*＊()（）]*")
# a split or consolidation in the notes under the table, and the day it took effect
_SPLIT = re.compile(r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日[^。]{0,40}?株式(?:分割|併合)"
                    r"|株式(?:分割|併合)")
# a heading in yen: the unit stated (円), or the dividend called 配当金 ("money of the dividend"), the
# word of a Japanese issuer's dividend in yen (a heading of 中間配当 | 期末配当 under "一株配当金")
_YEN = re.compile(r"円|配\s*当\s*金")
_RESTATED = "a dividend per share of a year before a share split or consolidation: as declared or restated?"
_UNEVEN = "the half's and the year end's dividends do not add up to the year's"


@cache
def _heading_words() -> re.Pattern[str]:
    """One pattern of every heading word, each its role's group, in the file's order."""
    return re.compile("|".join(f"(?P<{role}_{k}>{phrase})" for k, (role, phrase)
                               in enumerate(data_rows("dividend_history_columns.tsv"))))


@dataclass(frozen=True)
class _Row:
    period: Period
    cells: tuple[tuple[str, str, int, int], ...]  # (kind, text, start, end) a cell
    forecast: bool


def _columns(heading: str) -> tuple[str, ...] | None:
    """The roles of the columns the heading names, in order (the group's words in its place);
    None where a role is named twice (two tables, or a word read out of its column)."""
    kinds = ("interim", "final", "total", "quarter")
    roles = [next(k for k, v in m.groupdict().items() if v is not None).rsplit("_", 1)[0]
             for m in _heading_words().finditer(heading)]
    first = next((k for k, role in enumerate(roles) if role in kinds), None)
    if first is not None and roles[first] == "total" and "group" not in roles \
            and any(role in kinds for role in roles[first + 1:]):
        roles[first] = "group"  # (a tanshin's 年間配当金 over 第1四半期末 ... 合計: the group's words)
    top = [role for role in roles if role not in kinds]
    under = [role for role in roles if role in kinds]
    if "group" in top:  # (no words under it: "1株当たり年間配当金" is the year's)
        place = top.index("group")
        columns = top[:place] + (under or ["total"]) + top[place + 1:]
    else:
        columns = under + top if not top or top[0] != "amount" else top + under
    named = [c for c in columns if c not in ("other", "quarter", "group")]
    if len(set(named)) != len(named) or not ({"interim", "final", "total"} & set(named)):
        return None
    return tuple(columns)


def _table_rows(text: str, lines: list[tuple[int, int]], first: int) -> tuple[list[_Row | str], int]:
    """The rows from line ``first`` on (a row unread: the reason), and the line after the last."""
    rows: list[_Row | str] = []
    k = first
    while k < len(lines) and _in_table(text[lines[k][0]:lines[k][1]]):
        k += 1
    body_start, body_end = lines[first][0], lines[k - 1][1]
    labels = list(_YEAR.finditer(text, body_start, body_end))
    for n, label in enumerate(labels):
        end = labels[n + 1].start() if n + 1 < len(labels) else body_end
        rows.append(_row(text, label, end))
    return rows, k


def _in_table(line: str) -> bool:
    """A line of the table's body: not blank, not prose, and not a heading of what follows (a line
    of words with no figure and no bar, longer than a cell's aside such as "(予定)")."""
    words = line.strip()
    if len(words) > _ASIDE and _NOTE_LINE.match(words):
        return False  # "※2031年4月1日付で...株式分割を行っております。": the notes under the table
    return bool(words) and not _prose(line) and (len(words) <= _ASIDE or "|" in words or _DIGIT.search(words) is not None)


def _prose(line: str) -> bool:
    """A sentence (a full stop ends it) or a paragraph: no heading's or row's line."""
    return len(line) > _LONG or "。" in line


def _row(text: str, label: re.Match[str], end: int) -> _Row | str:
    year, month = int(label["y"]), int(label["m"])
    if not 1 <= month <= 12:
        return "a fiscal year's label that names no month"
    period = months_ended(12, month_end(year, month))
    body = _NOTE_MARK.sub(lambda m: " " * len(m.group()), text[label.end():end])
    cells, at = [], 0
    for m in _CELL.finditer(body):
        if not _BETWEEN.fullmatch(body[at:m.start()]):
            return "a row with words among its figures"
        kind = m.lastgroup or "blank"
        cells.append((kind, m.group(kind), label.end() + m.start(kind), label.end() + m.end(kind)))
        at = m.end()
    if not _BETWEEN.fullmatch(body[at:]):
        return "a row with words among its figures"
    forecast = bool(_FORECAST.search(text, label.start(), end))
    return _Row(period, tuple(cells), forecast)


def _split_days(text: str, start: int, lines: list[tuple[int, int]], after: int) -> list[dt.date | None]:
    """The days of the splits or consolidations the lines under the table (and its caption) note;
    None for one the notes date no day of."""
    reach = text[start:lines[min(after + _NOTE_REACH, len(lines)) - 1][1]]
    out: list[dt.date | None] = []
    for m in _SPLIT.finditer(reach):
        out.append(calendar_day(int(m["y"]), int(m["m"]), int(m["d"])) if m["y"] else None)
    return out


def _figure(text: str, scale: Decimal) -> tuple[Decimal, int] | None:
    token = text.replace(",", "")
    if token[:1] in "△▲":
        return None  # (a negative dividend: no dividend)
    places = len(token.partition(".")[2])
    try:
        return Decimal(token) * scale, places - (len(str(int(scale))) - 1)
    except ArithmeticError:
        return None


def _uneven(rows: list[_Row], columns: tuple[str, ...]) -> set[int]:
    """The rows whose half and year-end dividends (and quarters') do not add up to the year's."""
    out = set()
    parts = [k for k, c in enumerate(columns) if c in ("interim", "final", "quarter")]
    total = columns.index("total") if "total" in columns else None
    for n, row in enumerate(rows):
        if total is None or not parts:
            break
        values = [row.cells[k] for k in parts] + [row.cells[total]]
        if any(kind != "figure" for kind, *_ in values):
            continue
        amounts = [Decimal(v[1].replace(",", "").lstrip("△▲")) for v in values]
        if sum(amounts[:-1]) != amounts[-1]:
            out.add(n)
    return out


def _facts(ctx: DocumentContext, rows: list[_Row], columns: tuple[str, ...], scale: Decimal | None,
           splits: list[dt.date | None]) -> tuple[list[Observation], list[Mention]]:
    observations: list[Observation] = []
    unmapped: list[Mention] = []
    checked = [r for r in rows if "total" in columns]
    uneven = _uneven(rows, columns)
    if checked and len(uneven) * 2 > len(checked):
        return [], []  # (most rows do not add up: the columns are not where the heading seems to say)
    for n, row in enumerate(rows):
        if ctx.document_date is not None and row.period.end > ctx.document_date:
            continue  # (a year not ended when the page was written: a forecast)
        for role, (kind, text, start, end) in zip(columns, row.cells):
            if kind != "figure" or role not in ("interim", "final", "total", "amount"):
                continue
            span = ctx.span(start, end)
            if role == "amount":
                value = _figure(text, scale) if scale is not None else None
                if value is not None:
                    observations.append(Observation("DividendsDeclared", value[0], row.period,
                                                    UnitSpec.currency("JPY"), value[1], span=span, rule=RULE))
                continue
            if any(day is None or day > row.period.start for day in splits):
                unmapped.append(Mention(text, span, _RESTATED))
                continue
            if n in uneven:
                unmapped.append(Mention(text, span, _UNEVEN))
                continue
            value = _figure(text, Decimal(1))
            if value is not None:
                dims = ((AXIS, _KINDS[role]),) if role in _KINDS else ()
                observations.append(Observation("DividendsDeclaredPerShare", value[0], row.period,
                                                UnitSpec.per_share("JPY"), value[1], dims, span=span, rule=RULE))
    return observations, unmapped


# a unit in brackets after the total's words, other brackets between ("配当金総額(年間) [百万円]")
_TOTAL_UNIT = re.compile(r"総\s*額(?:\s*[(（][^()（）]{0,4}[)）])?\s*[(（\[［]\s*(?P<u>[^()（）\[\]［］]{1,6})\s*[)）\]］]")


def _scale(heading: str) -> Decimal | None:
    """The scale of the total's column: the unit its heading words state (百万円)."""
    m = _TOTAL_UNIT.search(heading)
    if m is None:
        return None
    currency, scale = cell_unit(m["u"])
    return (scale or Decimal(1)) if currency == "JPY" else None


def extract_dividend_history(ctx: DocumentContext) -> Found:
    """The dividends of each fiscal year a dividend history table lists."""
    text = ctx.text
    if "月期" not in text.replace(" ", "") or not _YEN.search(text):
        return Found()
    lines = [(line.start, line.end) for line in split_lines(text)]  # (split once per document)
    observations: list[Observation] = []
    unmapped: list[Mention] = []
    k = 0
    while k < len(lines):
        a, b = lines[k]
        label = _YEAR.search(text, a, min(len(text), b + _LABEL_WRAP))  # ("2031年" over "3月期")
        if label is None or label.start() >= b or _prose(text[a:b]):
            k += 1
            continue
        top = k
        while top > 0 and k - top < _HEADING_REACH and text[lines[top - 1][0]:lines[top - 1][1]].strip() \
                and not _prose(text[lines[top - 1][0]:lines[top - 1][1]]):
            top -= 1
        heading = text[lines[top][0]:a]
        columns = _columns(heading) if _YEN.search(heading) else None
        rows, after = _table_rows(text, lines, k)
        if columns is not None:
            read = [r for r in rows if isinstance(r, _Row) and not r.forecast and len(r.cells) == len(columns)]
            found, missed = _facts(ctx, read, columns, _scale(heading), _split_days(text, lines[top][0], lines, after))
            observations += found
            unmapped += missed
        k = max(after, k + 1)
    return Found(tuple(observations), tuple(unmapped))
