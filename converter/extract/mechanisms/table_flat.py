"""Results tables flattened past their lines, read into ``tables.Table``:

- a summary flattened column-wise onto one line (a Japanese kessan tanshin copied from a PDF):
  the measures, the sub-headings of their columns, the row periods, then every figure, column
  after column::

      Net sales Operating income Million Yen YoY change (%) Million Yen YoY change (%)
      Fiscal Year ended Sep. 2004 Fiscal Year ended Sep. 2003 9,694 8,676 11.7 26.6 1,435 ...

  The figures are read column after column only when a stated change agrees with the figures
  it compares (11.7% = 9,694 / 8,676 - 1), else row after row when that agrees, else not at all;
- a digest with a field legend and a shared unit line (Korean newspapers' results columns)::

      [ ①매출액 ②경상이익 ③순이익 ④배당금 (단위:억원, 원, %, 괄호안은 증감률) ]
      △ 가나전자 =①1,234(5.6) ②-120(적자전환) △ 다라물산 =④500

  each company's fields; a company other than the registrant on ``CounterpartyAxis``;
- a disclosure form's key-value rows ("Ratio of Revenues Decrease   14.8%") under a caption
  naming the period ("... Revenues Decrease of Fiscal Year 2002").
"""

from __future__ import annotations

import re

from converter.extract.base import DocumentContext
from converter.extract.mechanisms.lines import split_lines
from converter.extract.mechanisms.table_shape import Cell, is_figure
from converter.extract.mechanisms.table_headings import (
    Column,
    HeadingEnv,
    duration_phrases,
    heading_kind,
    heading_words,
)
from converter.extract.mechanisms.table_units import cell_unit, is_unit_cell, unit_statements
from converter.extract.mechanisms.table_rows import label_hits, row_measure
from converter.extract.mechanisms.tables import Table, TableRow, change_agrees
from converter.model import Period
from converter.parse.gates import Gated, folded_text
from converter.parse.periods import find_periods, fiscal_part, shift


def flat_tables(ctx: DocumentContext, env: HeadingEnv) -> list[Table]:
    return [*column_wise_tables(ctx, env), *digest_tables(ctx, env), *key_value_tables(ctx, env)]


# ---------------------------------------------------------------------------------------------
# Summaries flattened column-wise
# ---------------------------------------------------------------------------------------------

# two period headings in a row ("... ended Sep. 2004 Fiscal Year ended Sep. 2003", "FY2004 FY2003"):
# a cheap test before the period phrases of a long line are searched
_ROW_PERIOD_HINT = re.compile(r"""
    (?:19|20)\d\d\s+(?:\S+\s+){0,4}?(?:ended|ending|FY|[1-4]Q|[12]H)\b   # "Sep. 2004 Fiscal Year ended"
    | (?:FY|[1-4]Q|[12]H)\s?['’]?\d\d\s+(?:FY|[1-4]Q|[12]H)              # "FY2004 FY2003", "1H04 1H03"
    """, re.I | re.X)
_FIGURE = re.compile(r"[(\-−△▼]?\d[\d,]*(?:\.\d+)?\)?%?|[-—–]|n/a", re.I)


def _row_periods(text: str, env: HeadingEnv) -> list[tuple[int, int, Period]]:
    """Period phrases that can head a row ("Fiscal Year ended Sep. 2004", "FY2004", "1H03")."""
    found = [(start, end, hint.period(None)) for start, end, hint in duration_phrases(text)
             if hint.year and hint.month]
    for p in find_periods(text, document_date=env.document_date):
        if p.period is not None and p.relation is None and p.period.start is not None:
            found.append((p.start, p.end, p.period))
    chosen: list[tuple[int, int, Period]] = []
    for start, end, period in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
        if period is not None and not any(start < e and s < end for s, e, _ in chosen):
            chosen.append((start, end, period))
    return sorted(chosen, key=lambda f: f[0])


def _period_runs(text: str, env: HeadingEnv) -> list[list[tuple[int, int, Period]]]:
    runs: list[list[tuple[int, int, Period]]] = []
    for phrase in _row_periods(text, env):
        if runs and not text[runs[-1][-1][1]:phrase[0]].strip():
            runs[-1].append(phrase)
        else:
            runs.append([phrase])
    return [run for run in runs if len(run) >= 2]


# a word: what stands between spaces
_WORD = re.compile(r"\S+")


def _figures_after(text: str, at: int) -> list[tuple[int, int]]:
    out = []
    for m in _WORD.finditer(text[at:]):
        if not _FIGURE.fullmatch(m.group(0)):
            break
        out.append((at + m.start(), at + m.end()))
    return out


def _sub_headings(region: str) -> tuple[int, list[str]]:
    """The column sub-headings at the end of ``region`` ("Million Yen", "YoY change (%)",
    "Yen", "(%)"), and where they start."""
    words = list(_WORD.finditer(region))
    subs: list[str] = []
    end = len(words)
    while end > 0:
        for size in (4, 3, 2, 1):
            if size > end:
                continue
            text = region[words[end - size].start():words[end - 1].end()]
            if heading_kind(text, "change") or text in ("(%)", "%") or _unit_only(text):
                subs.insert(0, text)
                end -= size
                break
        else:
            break
    return (words[end].start() if end < len(words) else len(region)), subs


def _unit_only(text: str) -> bool:
    return is_unit_cell(text)


def column_wise_tables(ctx: DocumentContext, env: HeadingEnv) -> list[Table]:
    tables: list[Table] = []
    for line in split_lines(ctx.text):
        if len(line.text) < 80 or len(line.text) > 20000 or not _ROW_PERIOD_HINT.search(line.text):
            continue
        previous = 0
        for run in _period_runs(line.text, env):
            figures = _figures_after(line.text, run[-1][1])
            table = _column_wise(line.text, line.start, previous, run, figures)
            if table is not None:
                tables.append(table)
            previous = figures[-1][1] if figures else run[-1][1]
    return tables


def _column_wise(text: str, offset: int, previous: int, run: list[tuple[int, int, Period]],
                 figures: list[tuple[int, int]]) -> Table | None:
    region = text[previous:run[0][0]]
    sub_start, subs = _sub_headings(region)
    labels_text = region[:sub_start].rstrip()
    hits = label_hits(labels_text)
    chain: list[tuple[int, int]] = []
    for start, end in reversed(hits):
        limit = chain[0][0] if chain else len(labels_text)
        if labels_text[end:limit].strip():
            break
        chain.insert(0, (start, end))
    groups = _groups(subs)
    if not chain or groups is None or len(groups) != len(chain) or len(figures) != len(subs) * len(run):
        return None
    order = _orientation(text, groups, run, figures)
    if order is None:
        return None
    columns: list[Column] = []
    for group in groups:
        for sub in group:
            columns.append(_sub_column(sub))
    rows: list[TableRow] = []
    base = 0
    for (start, end), group in zip(chain, groups):
        label = Cell(labels_text[start:end], offset + previous + start, offset + previous + end)
        for r, (_, _, period) in enumerate(run):
            cells: list[Cell | None] = [None] * len(columns)
            for k in range(len(group)):
                a, b = figures[order(base + k, r)]
                cells[base + k] = Cell(text[a:b], offset + a, offset + b)
            rows.append(TableRow(label, tuple(cells), period=period))
        base += len(group)
    return Table(offset + previous + sub_start, offset + figures[-1][1], "column-wise line", (), False,
                 tuple(columns), tuple(rows))


def _groups(subs: list[str]) -> list[list[str]] | None:
    """Sub-headings by measure: a unit (or "(%)") opens a measure's columns, changes follow."""
    groups: list[list[str]] = []
    for sub in subs:
        if heading_kind(sub, "change"):
            if not groups:
                return None
            groups[-1].append(sub)
        else:
            groups.append([sub])
    return groups or None


def _sub_column(sub: str) -> Column:
    relation = heading_kind(sub, "change")
    if relation:
        return Column("change", relation=relation, percent_stated=True)
    currency, scale = cell_unit(sub)
    return Column("value", currency=currency, scale=scale, percent_stated=sub in ("(%)", "%"))


def _orientation(text: str, groups: list[list[str]], run: list[tuple[int, int, Period]],
                 figures: list[tuple[int, int]]):
    """How the k-th column's r-th row is found among the figures: column after column, or row
    after row; the one under which every checkable stated change agrees with its figures."""
    width, height = sum(len(g) for g in groups), len(run)
    layouts = (lambda c, r: c * height + r, lambda c, r: r * width + c)
    for layout in layouts:
        verdicts = list(_checks(text, groups, run, figures, layout))
        if verdicts and all(verdicts):
            return layout
    return None


def _checks(text, groups, run, figures, layout):
    base = 0
    for group in groups:
        for k, sub in enumerate(group):
            if heading_kind(sub, "change") != "prior_year":
                continue
            for r, (_, _, period) in enumerate(run):
                earlier = [q for q, (_, _, p) in enumerate(run) if p == shift(period, "prior_year")]
                if not earlier:
                    continue
                verdict = change_agrees(*(text[a:b] for a, b in (figures[layout(base, r)],
                                                                 figures[layout(base, earlier[0])],
                                                                 figures[layout(base + k, r)])))
                if verdict is not None:
                    yield verdict
        base += len(group)


# ---------------------------------------------------------------------------------------------
# Digests with a field legend
# ---------------------------------------------------------------------------------------------

_LEGEND = re.compile(r"""(?P<fields>(?:[①-⑳]\s*[^①-⑳()\[\]\n=]{1,20}?\s*){2,})   # ①매출액 ②경상이익 ...
                         \(\s*단위\s*[:：](?P<units>[^)\]\n]*)\)                  # (단위:억원, 원, %, ...)""", re.X)
_ENTRY = re.compile(r"""
    [△▲◇◆■□▷▶●○·]\s*                                                 # the entry's mark
    (?P<name>[^\d\s=:△▲◇◆■□▷▶●○·①-⑳][^=:\n△▲◇◆■□▷▶●○①-⑳]{0,29}?)   # the company (no figure)
    \s*[=:]\s*                                                        # "="
    (?P<body>(?:[①-⑳][^①-⑳△▲◇◆■□▷▶●○\n]*)+)                          # its fields ①... ②...
    """, re.X)
_FIELD = re.compile(r"(?P<code>[①-⑳])\s*(?P<value>[-−△]?\s?\d[\d,]*(?:\.\d+)?)\s*(?:\((?P<paren>[^()]*)\))?")


def _digest_period(ctx: DocumentContext, env: HeadingEnv, heading: str) -> Period | None:
    """The period a digest names ("2002년 결산", "상반기"), or the fiscal year a settled-results
    digest ("결산") of a dated document reports; else None."""
    named = [p.period for p in find_periods(heading, document_date=env.document_date)
             if p.period is not None and p.relation is None and p.period.start is not None]
    if named:
        return named[-1]
    annual = any(p.search(heading) for _, p in heading_words("annual"))
    if env.document_date is None or env.calendar is None or not annual:
        return None
    day = env.document_date
    for label in (day.year, day.year - 1):
        year = fiscal_part(label, 1, 12, env.calendar)
        if year.end < day:
            return year
    return None


# a circled number: a field code of a digest's legend
_CIRCLED = re.compile("[①-⑳]")
# a field of the legend: its code and its name
_LEGEND_FIELD = re.compile(r"([①-⑳])\s*([^①-⑳]+)")
# a per-share unit in the legend: "원" alone between commas
_PER_SHARE_UNIT = re.compile(r"(?:^|[,:])\s*(?:원|엔|달러)\s*(?:,|$)")


def digest_tables(ctx: DocumentContext, env: HeadingEnv) -> list[Table]:
    tables: list[Table] = []
    if "단위" not in ctx.text or not _CIRCLED.search(ctx.text):
        return tables
    for legend in _LEGEND.finditer(ctx.text):
        fields = {m.group(1): (m.group(2).strip(), legend.start() + m.start(2))
                  for m in _LEGEND_FIELD.finditer(legend["fields"])}
        heading = ctx.text[max(0, legend.start() - 200):legend.end()]
        period = _digest_period(ctx, env, heading)
        changes = any(heading_kind(part.strip(), "legend_change") for part in legend["units"].split(","))
        reason = None if period else "the digest names no period (and the document no date to place it)"
        columns = (Column("value", period) if period else Column("skip", reason=reason),
                   Column("change", period, relation="prior_year", percent_stated=True) if period and changes
                   else Column("skip", reason=reason or "figures in parentheses the legend does not explain"))
        rows, end = _digest_rows(ctx, legend.end(), fields)
        caption = f"(단위:{legend['units']})"
        units = tuple(unit_statements(caption))
        per_share = bool(_PER_SHARE_UNIT.search(legend["units"]))
        tables.append(Table(legend.start(), end, "digest", units, True, columns, tuple(rows), per_share))
    return tables


def _digest_rows(ctx: DocumentContext, at: int, fields: dict[str, tuple[str, int]]) -> tuple[list[TableRow], int]:
    rows: list[TableRow] = []
    end = at
    for entry in _ENTRY.finditer(ctx.text, at):
        if ctx.text[end:entry.start()].strip(" \n]"):
            break  # the digest ends where its entries stop following each other
        name = entry["name"].strip()
        counterparty = None if ctx.registrant and _same_name(ctx.registrant, name) else name
        for field in _FIELD.finditer(entry["body"]):
            if field["code"] not in fields:
                continue
            label_text, label_at = fields[field["code"]]
            base = entry.start("body")
            value = Cell(field["value"].replace(" ", ""), base + field.start("value"), base + field.end("value"))
            paren = None
            if field["paren"] and is_figure(field["paren"].strip()):
                paren = Cell(field["paren"].strip(), base + field.start("paren"), base + field.end("paren"))
            rows.append(TableRow(Cell(label_text, label_at, label_at + len(label_text)), (value, paren),
                                 counterparty=counterparty))
        end = entry.end()
    return rows, end


# what a company's name may be written with or without: its legal form, spaces
_NAME_NOISE = re.compile(r"\(주\)|주식회사|㈜|\s")


def _same_name(a: str, b: str) -> bool:
    def key(name: str) -> str:
        return _NAME_NOISE.sub("", name).lower()

    return key(a) == key(b)


# ---------------------------------------------------------------------------------------------
# Key-value rows of a disclosure form
# ---------------------------------------------------------------------------------------------

_KEY_VALUE = re.compile(r"""
    ^\s*(?:\d{1,2}[.)]\s*)?(?:the\s+)?                          # "1. The"
    (?P<kind>amount|ratio|rate|percentage)\s+of\s+              # "Ratio of"
    (?P<measure>[A-Za-z][A-Za-z ]*?)\s+                         # "Revenues"
    (?P<dir>increase|decrease)                                  # "Decrease"
    \s{2,}(?P<value>\S(?:.*\S)?)\s*$                           # the value, in its own column
    """, re.I | re.X)


# the words every key-value row holds ("Ratio of ... ")
_KEY_VALUE_WORDS = Gated(re.compile(r"(?:amount|ratio|rate|percentage)\s+of\s", re.I))
# a rule or markup line between key-value rows
_RULE_OR_MARKUP = re.compile(r"[-=_\s<>/A-Z]*")


def key_value_tables(ctx: DocumentContext, env: HeadingEnv) -> list[Table]:
    tables: list[Table] = []
    if next(_KEY_VALUE_WORDS.finditer(ctx.text, folded_text(ctx.text)), None) is None:  # (tried where its words start)
        return tables
    lines = split_lines(ctx.text)
    k = 0
    while k < len(lines):
        if not _KEY_VALUE.match(lines[k].text):
            k += 1
            continue
        group = [k]
        j = k + 1
        while j < len(lines) and j <= group[-1] + 3:
            if _KEY_VALUE.match(lines[j].text):
                group.append(j)
            elif lines[j].text.strip() and not _RULE_OR_MARKUP.fullmatch(lines[j].text.strip()):
                break
            j += 1
        tables.append(_key_value_table(ctx, env, lines, group))
        k = group[-1] + 1
    return tables


def _key_value_table(ctx: DocumentContext, env: HeadingEnv, lines, group: list[int]) -> Table:
    caption = " ".join(line.text for line in lines[max(0, group[0] - 6):group[0]])
    named = [p.period for p in find_periods(caption, document_date=env.document_date)
             if p.period is not None and p.relation is None and p.period.start is not None]
    period = named[-1] if named else None
    columns = (Column("skip", reason="a change amount (no concept for it)"),
               Column("change", period, shift(period, "prior_year"), percent_stated=True) if period
               else Column("skip", reason="the table names no period"))
    by_measure: dict[str, list] = {}
    for index in group:
        line = lines[index]
        m = _KEY_VALUE.match(line.text)
        assert m is not None
        measure = m["measure"].strip()
        slot = 1 if m["kind"].lower() != "amount" else 0
        text = m["value"]
        if slot == 1 and m["dir"].lower() == "decrease" and not text.startswith(("-", "(", "△")):
            text = "-" + text  # "Ratio of Revenues Decrease 14.8%": a change of -14.8%
        cells = by_measure.setdefault(measure, [Cell(measure, line.start + m.start("measure"),
                                                     line.start + m.end("measure")), None, None])
        cells[1 + slot] = Cell(text, line.start + m.start("value"), line.start + m.end("value"))
    rows = tuple(TableRow(label, (amount, ratio)) for label, amount, ratio in by_measure.values()
                 if row_measure(label.text, None) is not None)
    return Table(lines[group[0]].start, lines[group[-1]].end, "key-value", (), True, columns, rows)
