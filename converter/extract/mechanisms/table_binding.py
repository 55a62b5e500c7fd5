"""The figures of results tables bound to facts: each cell a fact of its row's concept in its
column's period, in the unit the column, the row label or the table's caption states.

A row label is read with the measure vocabulary (``data/measure_phrases.tsv``, and the line
items of ``data/table_headings.tsv``); the tables themselves are read by ``tables``. A change
column gives percent changes against the comparative period it names (``QoQ``, ``YoY``,
``2005 2Q / 2004 2Q``, the column before it). A figure whose period or unit cannot be told is
reported unmapped with the reason, never guessed; a fact two tables state with different values
(a segment's table read as the company's?) is left out of both. The results-tables reader
(``data/readers.tsv``) is here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache

from converter.extract.base import DocumentContext, Found
from converter.extract.mechanisms.table_shape import EMPTY, Cell
from converter.extract.mechanisms.table_calendar import document_calendar
from converter.extract.mechanisms.table_headings import Column, heading_kind
from converter.extract.mechanisms.table_rows import NO_CONCEPT, RowMeasure, names_no_concept, owners_part, row_measure
from converter.extract.mechanisms.tables import Table, TableRow, find_tables, span_in_months
from converter.extract.mechanisms.prose_measures import concept_kinds
from converter.taxonomy.table import concept_rows
from converter.extract.mechanisms.sentences import Collected
from converter.model import PURE, Mention, Observation, Period, UnitSpec
from converter.parse.amounts import parse_amount
from converter.parse.numbers import DIGITS, parse_figure
from converter.parse.periods import fiscal_part, shift


# a digit
_DIGIT = re.compile(r"\d")


def _to_date(ctx: DocumentContext, period: Period) -> Period | None:
    """The fiscal year to date that ends with ``period`` (None: the fiscal year is unknown)."""
    calendar = document_calendar(ctx.text)
    if calendar is None or period.start is None:
        return None
    for label in (period.end.year - 1, period.end.year, period.end.year + 1):
        year = fiscal_part(label, 1, 12, calendar)
        if year.start is not None and year.start <= period.start and period.end <= year.end:
            return Period.duration(year.start, period.end)
    return None


@dataclass
class _Bound:
    observations: list[tuple[Observation, int, int]] = field(default_factory=list)
    unmapped: list[Mention] = field(default_factory=list)


def bind_tables(ctx: DocumentContext, out: Collected, tables: list[Table]) -> None:
    """Bind the figures of ``tables`` into ``out``, in order. A fact a table states with another
    value than an earlier table (or its own other cell) is taken out of both (a segment's table
    read as the company's?), and a later table stating it again is judged against what is left."""
    facts = _TableFacts(out)
    for table in tables:
        bound = _Bound()
        _bind_rows(ctx, table, bound)
        facts.add(ctx, out, bound)
        out.unmapped.extend(bound.unmapped)


def _fact_key(obs: Observation) -> tuple:
    return (obs.concept, obs.period, obs.unit, obs.dimensions)


def _fact_value(obs: Observation) -> Decimal:
    return Decimal(obs.value).normalize()  # type: ignore[arg-type]


class _TableFacts:
    """The table facts kept in ``out`` so far, by their key (concept, period, unit, dimensions):
    a new table is checked against the earlier facts of its own keys only, not against every
    fact of every earlier table (which made a long filing's tables quadratic)."""

    def __init__(self, out: Collected) -> None:
        self.by_key: dict[tuple, list[tuple[int, Observation, int, int]]] = {}
        self.value_of: dict[tuple, Decimal] = {}  # the one value the kept facts of a key state
        self.count = 0
        for obs, (start, end) in zip(out.observations, out.used):
            if obs.rule.startswith("table:"):
                self._remember(obs, start, end)

    def _remember(self, obs: Observation, start: int, end: int) -> None:
        key = _fact_key(obs)
        self.by_key.setdefault(key, []).append((self.count, obs, start, end))
        self.value_of[key] = _fact_value(obs)
        self.count += 1

    def add(self, ctx: DocumentContext, out: Collected, bound: _Bound) -> None:
        """Add ``bound``'s facts to ``out`` but those whose key now has two values; those and
        the earlier facts of the same key go to ``bound.unmapped`` (earlier ones first)."""
        values: dict[tuple, set[Decimal]] = {}
        for obs, _, _ in bound.observations:
            key = _fact_key(obs)
            if key not in values:
                values[key] = {self.value_of[key]} if key in self.value_of else set()
            values[key].add(_fact_value(obs))
        clashing = {key for key, seen in values.items() if len(seen) > 1}
        dropped = sorted((entry for key in clashing for entry in self.by_key.pop(key, ())), key=lambda e: e[0])
        for key in clashing:
            self.value_of.pop(key, None)
        for _, obs, start, end in dropped:
            bound.unmapped.append(_clash(ctx, obs, start, end))
        if dropped:
            gone = {id(obs) for _, obs, _, _ in dropped}
            out.keep([(obs, used) for obs, used in zip(out.observations, out.used) if id(obs) not in gone])
        for obs, start, end in bound.observations:
            if _fact_key(obs) in clashing:
                bound.unmapped.append(_clash(ctx, obs, start, end))
            else:
                out.add(obs, start, end)
                self._remember(obs, start, end)


def _clash(ctx: DocumentContext, obs: Observation, start: int, end: int) -> Mention:
    return Mention(ctx.text[start:end], ctx.span(start, end), f"{obs.concept} {obs.period} is stated with different values")


_GROUP_PROFIT = "the profit of the group, non-controlling interests included (the table states the owners' share)"


def _owners_share_stated(table: Table) -> bool:
    """Whether a row of the table is the profit attributable to the owners of the parent
    ("Profit for the period attributable to owners of the parent company" under "Profit for the
    period"): that row is the net income, the group's profit above it includes the
    non-controlling interests' share (read as the net income too, the two would clash)."""
    for row in table.rows:
        if heading_kind(row.label.text, "owners_share") or owners_part(row.label.text, row.section):
            measure = row_measure(row.label.text, row.section)
            if measure is not None and measure.concept == "NetIncomeLoss" and measure.reason is None:
                return True
    return False


def _minorities_below(table: Table) -> int | None:
    """The index of the first row of the non-controlling interests' share with figures: a
    profit row right above it (the owners' row between at most) is the group's, which that
    share breaks down (under Japanese GAAP, "四半期純利益" over "非支配株主に帰属する四半期純利益");
    None when there is none. (A "Minority interest" row deducted above the net income, as
    US GAAP statements print it, stands above its profit row; one of a balance sheet further on
    breaks down no profit.)"""
    for index, row in enumerate(table.rows):
        if heading_kind(row.label.text, "minority_share") and any(
                cell is not None and _DIGIT.search(cell.text) for cell in row.cells):
            return index
    return None


def _bind_rows(ctx: DocumentContext, table: Table, bound: _Bound) -> None:
    owners, minorities = _owners_share_stated(table), _minorities_below(table)
    for index, row in enumerate(table.rows):
        measure = row_measure(row.label.text, row.section)
        if measure is None and names_no_concept(row.label.text):  # "Underlying profit": reported, not bound
            measure = RowMeasure("-", reason=NO_CONCEPT)
        if measure is None:
            continue
        group = owners or (minorities is not None and minorities - 2 <= index < minorities)
        if group and measure.concept == "NetIncomeLoss" and measure.reason is None \
                and not (heading_kind(row.label.text, "owners_share") or owners_part(row.label.text, row.section)):
            measure = replace(measure, reason=_GROUP_PROFIT)
        if measure.reason:
            for cell in row.cells:
                if cell is not None and _DIGIT.search(cell.text):
                    bound.unmapped.append(Mention(cell.text, ctx.span(cell.start, cell.end), measure.reason))
            continue
        for index, (column, cell) in enumerate(zip(table.columns, row.cells)):
            if cell is None or EMPTY.match(cell.text.strip()) or not _DIGIT.search(cell.text):
                continue
            for concept in (measure.concept, *measure.twins):
                reason = _bind_cell(ctx, table, row, measure, concept, index, cell, bound)
                if reason:
                    bound.unmapped.append(Mention(cell.text, ctx.span(cell.start, cell.end), reason))
                    break


def _dimensions(row: TableRow) -> tuple[tuple[str, str], ...]:
    kind = (("DividendKindAxis", row.dividend_kind),) if row.dividend_kind else ()
    return ((("CounterpartyAxis", row.counterparty),) if row.counterparty else ()) + kind


def _bind_cell(ctx: DocumentContext, table: Table, row: TableRow, measure: RowMeasure, concept: str,
               index: int, cell: Cell, bound: _Bound) -> str | None:
    """Bind one cell; the reason it cannot be bound, else None."""
    column = table.columns[index]
    if column.role == "skip":
        return column.reason
    if column.role == "change":
        return _bind_change(ctx, table, row, concept, index, cell, bound)
    period = column.period or row.period
    if period is not None and row.to_date:
        period = _to_date(ctx, period)
    if period is None:
        return "the column names no period"
    if ctx.document_date is not None and period.end > ctx.document_date:
        return "a period the document's date has not reached (a forecast?)"
    kind, period_type = concept_kinds()[concept]
    if period_type == "instant":
        period = Period.instant(period.end)
    elif period.is_instant:
        return f"{concept} is a flow, and the column is a balance-sheet date"
    if kind == "perShare" and not table.per_share_stated and not _PER_SHARE.search(
            f"{row.label.text} {row.section or ''}"):
        return "a per-share concept for a row that does not say per share"
    parsed = _cell_value(cell.text, concept, measure, column, table)
    if isinstance(parsed, str):
        return parsed
    value, decimals, unit = parsed
    if measure.sign < 0 and value > 0:
        value = -value
    if value < 0 and concept in _deductions() and _all_bracketed(row, table):
        value = -value  # "Operating expenses  (21,935,000)": a deduction printed as such, a positive expense
    bound.observations.append((Observation(concept, value, period, unit, decimals, _dimensions(row),
                                           span=ctx.span(cell.start, cell.end), rule=f"table:{table.layout}"),
                               cell.start, cell.end))
    return None


def _unit(kind: str, measure: RowMeasure, column: Column, table: Table) -> tuple[str | None, Decimal | None]:
    """The currency and scale of a cell: the column's heading, the row label, the captions."""
    currency = column.currency or measure.currency
    if currency is None:
        currencies = {u.currency for u in table.units if u.currency}
        currency = currencies.pop() if len(currencies) == 1 else None
    if kind == "perShare":  # a per-share figure is whole units, unless its own row says cents ("(HK cents)")
        return currency, measure.scale if measure.scale is not None and measure.scale < 1 else Decimal(1)
    scale = column.scale or measure.scale
    if scale is None:
        stated = [u.scale for u in table.units if u.currency == currency] or \
            [u.scale for u in table.units if u.currency is None]
        scale = stated[0] if stated else None
    return currency, scale


@cache
def _deductions() -> frozenset[str]:
    """Flows on the debit side (expenses, dividends, capital expenditures): what a statement
    prints in brackets as a deduction."""
    return frozenset(row.name for row in concept_rows() if row.balance == "debit" and row.period_type == "duration")


# a figure in brackets, a percent sign after it or not
_BRACKETED = re.compile(r"\(.*\d.*\)%?")


def _all_bracketed(row: TableRow, table: Table) -> bool:
    """Every figure of the row's value columns is in brackets (its change columns' "0.1" beside
    "(4,318)" are changes, no amounts printed as deductions)."""
    figures = [c.text.strip() for c, column in zip(row.cells, table.columns)
               if c is not None and _DIGIT.search(c.text) and column.role != "change"]
    return bool(figures) and all(_BRACKETED.fullmatch(f) for f in figures if "%" not in f)


_PER_SHARE = re.compile(r"per\s+(?:common\s+|ordinary\s+)?(?:share|ADS)|\bEPS\b|per-share|주당|1株|每股", re.I)  # 每股: Chinese


# a figure in won with its Korean unit: "5,123억원"
_WON_AMOUNT = re.compile(r"\d\s?(?:조|억|백만|천|만)?\s?원")
# a character that is no part of a bare figure
_NOT_BARE = re.compile(r"[^\d\s,.()\-−△▼]")


def _cell_value(text: str, concept: str, measure: RowMeasure, column: Column,
                table: Table) -> tuple[Decimal, int, UnitSpec] | str:
    stripped = text.strip()
    kind = concept_kinds()[concept][0]
    if kind in ("monetary", "perShare"):
        if "%" in stripped:
            return "a percentage in a row of amounts"
        currency, scale = _unit(kind, measure, column, table)
        if _WON_AMOUNT.search(stripped):
            scale = None  # "5,123억원": the cell states its own unit, whatever the table's
        amount = parse_amount(stripped, default_currency=currency, scale=scale)
        if amount is None:
            return "no currency stated for the table" if currency is None else "not a figure"
        if scale is None and amount.currency == currency and not _NOT_BARE.search(stripped):
            return "no scale stated for the table (units, thousands, millions?)"
        unit = UnitSpec.per_share(amount.currency) if kind == "perShare" else UnitSpec.currency(amount.currency)
        return amount.value, amount.decimals, unit
    percent = "%" in stripped or "％" in stripped or measure.percent
    if concept.endswith("Margin"):  # a ratio: printed as a percentage, somewhere said so
        if not (percent or table.percent_legend):
            return "a margin that does not say it is a percentage"
        parsed = signed_figure(stripped.replace("%", "").replace("％", "").strip())
        return (parsed[0].scaleb(-2), parsed[1] + 2, PURE) if parsed else "not a figure"
    if percent:
        return "a percentage in a row of counts"
    parsed = signed_figure(stripped)
    if parsed is None:
        return "not a figure"
    if measure.count_scale is None and table.bare_scale:
        return "a count in a table stated in thousands or millions: whose scale is the count's?"
    if measure.count_scale:
        power = measure.count_scale.adjusted()
        return parsed[0].scaleb(power).quantize(Decimal(1)), parsed[1] - power, PURE
    return parsed[0], parsed[1], PURE


# a figure's negative sign: a bracket, a minus, a triangle
_NEGATIVE = re.compile(r"^[(\-−△▼]")
# a figure's digits, grouped or not
_DIGITS = re.compile(DIGITS)


def signed_figure(text: str) -> tuple[Decimal, int] | None:
    """"(1,245)", "-41.7", "△3,120", "+18.4": the figure with its sign; None if ``text`` is not one."""
    negative = bool(_NEGATIVE.match(text))
    core = text.strip("()-−△▼▲+ ")  # ("+18.4": a change stated with its sign)
    if not _DIGITS.fullmatch(core):
        return None
    parsed = parse_figure(core)
    if parsed is None:
        return None
    return (-parsed[0] if negative else parsed[0]), parsed[1]


# ---------------------------------------------------------------------------------------------
# Change columns
# ---------------------------------------------------------------------------------------------


def _value_periods(table: Table, before: int) -> tuple[list[Period], list[Period]]:
    """Periods of the value columns before column ``before``: those since the previous change
    column (its group), and all of them."""
    group: list[Period] = []
    every: list[Period] = []
    for column in table.columns[:before]:
        if column.role == "change":
            group = []
        elif column.role == "value" and column.period is not None:
            group.append(column.period)
            every.append(column.period)
    return group, every


# a skipped column's reason that says it names a period nobody could read
_PERIOD_REASON = re.compile(r"period|year|date")


def change_periods(table: Table, row: TableRow, index: int) -> tuple[Period, Period] | None:
    """(own, comparative) of change column ``index`` for ``row``."""
    column = table.columns[index]
    if column.period is not None and column.comparative is not None:
        return column.period, column.comparative
    own = column.period or row.period
    if column.relation == "columns" and row.period is not None:
        # rows of periods: "증감률" beside the 2004 row compares it with the 2003 row, if there is one
        before = shift(row.period, "prior_year")
        return (row.period, before) if any(r.period == before for r in table.rows) else None
    if column.relation == "columns":
        group, _ = _value_periods(table, index)
        pair = group[-2:]
        if len(pair) != 2 or span_in_months(pair[0]) != span_in_months(pair[1]):
            return None
        later, earlier = max(pair), min(pair)
        return (later, earlier) if later != earlier else None
    if column.relation is None:
        return None
    if own is not None:
        return own, shift(own, column.relation)
    if any(c.role == "skip" and c.reason and _PERIOD_REASON.search(c.reason)
           for c in table.columns[:index]):
        return None  # a period column left unread: which one is compared cannot be told
    group, every = _value_periods(table, index)
    present = set(every)
    for candidates in (group, every):
        for period in candidates:
            if shift(period, column.relation) in present:
                return period, shift(period, column.relation)
    own = (group or every or [None])[0]
    return (own, shift(own, column.relation)) if own is not None else None


def _bind_change(ctx: DocumentContext, table: Table, row: TableRow, concept: str, index: int,
                 cell: Cell, bound: _Bound) -> str | None:
    change = f"{concept}PercentChange"
    if change not in concept_kinds():
        return f"a change of {concept}, for which the taxonomy has no concept"
    column = table.columns[index]
    text = cell.text.strip()
    if "%" not in text and not column.percent_stated and not table.percent_legend:
        return "a change column that does not say whether it holds percentages or amounts"
    periods = change_periods(table, row, index)
    if periods is None:
        return "a change column whose periods the table does not name"
    own, comparative = periods
    if own.is_instant and concept_kinds()[concept][1] != "instant":
        return f"a change of {concept}, a flow, between balance-sheet dates"  # (how long a period? the heading does not say)
    if row.to_date:
        own, comparative = _to_date(ctx, own), _to_date(ctx, comparative)  # type: ignore[assignment]
        if own is None or comparative is None:
            return "a change of figures to date whose fiscal year the document does not give"
    if ctx.document_date is not None and own.end > ctx.document_date:
        return "a period the document's date has not reached (a forecast?)"
    parsed = signed_figure(text.replace("%", "").replace("％", "").strip())
    if parsed is None:
        return "not a figure"
    if concept_kinds()[change][1] == "instant":
        own, comparative = Period.instant(own.end), Period.instant(comparative.end)
    dimensions = (*_dimensions(row), ("ComparativePeriodAxis", str(comparative)))
    bound.observations.append((Observation(change, parsed[0].scaleb(-2), own, PURE, parsed[1] + 2, dimensions,
                                           span=ctx.span(cell.start, cell.end), rule=f"table:{table.layout}:change"),
                               cell.start, cell.end))
    return None


# ---------------------------------------------------------------------------------------------
# The reader
# ---------------------------------------------------------------------------------------------


def _read_by_press_reader(ctx: DocumentContext) -> bool:
    """The results-release reader binds the tables of the documents it reads (with the prose
    around them): this reader reads the tables of every other document."""
    from converter.extract import readers_for

    return any(reader.target.endswith(":extract_press_release")
               for reader in readers_for(ctx.classification.family, ctx.text))


def extract_tables(ctx: DocumentContext) -> Found:
    """The results-tables reader (``data/readers.tsv``): every table's figures."""
    if _read_by_press_reader(ctx):
        return Found()
    out = Collected()
    bind_tables(ctx, out, find_tables(ctx))
    return Found(tuple(out.observations), tuple(out.unmapped))
