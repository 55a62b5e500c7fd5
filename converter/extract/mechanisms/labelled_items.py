"""Labelled items of any document, read as typed values with the spans they came from.

Board resolutions and disclosure forms state their facts as items: ``Label : value`` lines,
bullets (``•``, ``-``, ``※``, ``o``), numbered items (``1.``, ``(1)``, ``가.``, ``①``), rows of a
table flattened into one ``|`` cell per line, fixed-width rows (``Label      7,558 won``),
label and value on successive lines, before/after columns and ``From``/``To`` ranges. Items nest:
a heading gives context to the items under it ("Total issuing amount" over "Foreign Currency :
JPY42,615.30 Million"; "Number of Shares to Be Repurchased" over "Common Shares | 185,000").

``find_items`` recovers that outline from the layout alone; ``read_items`` names the values with
the label phrases of ``data/item_labels.tsv`` (English and Korean, each with the kind of value it
takes) and parses each value by its kind.

>>> text = '''INVESTMENT IN OTHER CORPORATION
... 1. DETAILS OF THE COMPANY INVESTED
...    - NAME OF COMPANY : EXAMPLE SHIPPING CO., LTD.
...    - PAID-IN CAPITAL (KRW): 40 BILLION
... 2. DETAILS OF ACQUISITION
...    - NUMBER OF SHARES TO BE ACQUIRED: 120,000 SHARES'''
>>> [(v.concept, v.value, v.decimals) for v in read_items(text).values]  # doctest: +NORMALIZE_WHITESPACE
[('@counterparty_name', 'EXAMPLE SHIPPING CO., LTD.', None), ('PaidInCapital', Decimal('40000000000'), -9),
 ('SharesAcquired', Decimal('120000'), 0)]
>>> [v.concept for v in read_items("|Before\\n|After\\n|\\nPaid-in capital (KRW)\\n|5,000,000\\n|2,500,000").values]
['PaidInCapital', 'PaidInCapital']
>>> [v.column for v in read_items("|Before\\n|After\\n|\\nPaid-in capital (KRW)\\n|5,000,000\\n|2,500,000").values]
['before', 'after']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache

from converter.extract.mechanisms.item_labels import (
    LabelMatch,
    LabelRow,
    label_key,
    label_rows,
    leading_class,
    match_label,
    read_line_breaks,
    role_of,
    says_uncertain,
    topics_of,
)
from converter.extract.mechanisms.item_cells import NIL, Cell
from converter.extract.mechanisms.item_outline import Item, find_items
from converter.parse.amounts import currency_of, find_amounts, find_unit_header, parse_amount
from converter.parse.dates import find_dates
from converter.parse.numbers import find_numbers, find_percents, find_ratios
from converter.resources import data_rows

__all__ = ["Cell", "Item", "Labelled", "Ratio", "Reading", "find_items", "match_label", "parse_value",
           "read_items", "topics_of"]

@dataclass(frozen=True)
class Labelled:
    """A value an item states under a label of the vocabulary.

    ``value`` is a Decimal (amount, per_share, shares, percent as a ratio), a date, a string
    (name, text), a ``Ratio`` or the old and new shares of a split (``parse.numbers.Ratio``);
    None when the text states no value yet (``reason`` says why)."""

    concept: str
    kind: str
    value: object | None
    unit: str | None  # ISO currency of an amount or a per-share amount
    decimals: int | None
    start: int
    end: int
    item: Item
    heading: int  # the item whose label named the concept
    column: str = ""  # before | after (bare words) | before_action | after_action | superseded | current
    share_class: str = ""  # common | preferred | total
    reason: str = ""

    def side(self, amendment: bool) -> str:
        """Which side of a change a value is on: superseded or current (an amendment's), before or
        after (a corporate action's), else "". A bare Before/After column of an amendment notice is
        the amendment's; "before the capital reduction" is the action's even there."""
        column = self.column
        if amendment and column in ("before", "after"):
            return "superseded" if column == "before" else "current"
        return column.removesuffix("_action")


@dataclass(frozen=True)
class Reading:
    items: tuple[Item, ...]
    topics: frozenset[str]  # the topics of the document's headings
    values: tuple[Labelled, ...]
    head_topics: frozenset[str] = frozenset()  # the topics of its title: the first lines
    # section topics by the parents they are read from (siblings share them): read once
    _sections: dict[tuple[int, ...], frozenset[str]] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False)

    def labels_above(self, item: Item) -> list[str]:
        """The texts of the items ``item`` sits under, nearest first (a prose heading by its text)."""
        out = []
        for i in reversed(item.parents):
            above = self.items[i]
            cell = above.label or (above.values[0] if above.values else None)
            if cell is not None:
                out.append(cell.text[:300])  # a heading's words, not a whole paragraph
        return out

    def section_topics(self, item: Item) -> frozenset[str]:
        """Topics of the headings above ``item``; ``counterparty`` under another company's heading."""
        known = self._sections.get(item.parents)
        if known is None:
            known = self._sections[item.parents] = self._read_section(item)
        return known

    def _read_section(self, item: Item) -> frozenset[str]:
        topics: set[str] = set()
        for text in self.labels_above(item):
            topics |= topics_of(text)
            m = match_label(text, self.topics, frozenset(topics))
            if m and m.row.concept in ("@counterparty", "MergerCounterpartyName"):
                topics.add("counterparty")
        return frozenset(topics)


_CLASSES = ("@common", "@preferred", "@total")
_CLASS_KINDS = ("amount", "per_share", "shares", "percent")  # values a share class qualifies
_COLUMNS = ("@superseded", "@current", "@before", "@after", "@before_action", "@after_action")
_ENDS = ("@from", "@to")
# values of roles the taxonomy has no concept for (data/item_labels.tsv), and why: each is
# reported unmapped with its reason ('{label}': the item's label, naming what the figure is)
NO_CONCEPT = {
    "@cancel_amount": "amount of the own shares to be cancelled (소각예정금액): the taxonomy has no concept for it",
    "@cancel_date": "day the shares are to be cancelled (소각 예정일): the taxonomy has no concept for it",
    "@dividend_yield": "dividend yield at the market price (시가배당율): the taxonomy has no concept for it",
    "@funding_purpose": "funds raised for one purpose ({label}): the taxonomy has no concept for the use of proceeds",
}
NO_CONCEPT_ROLES = tuple(NO_CONCEPT)
_NAMED_ROLES = ("@counterparty_name", "@investee_name", "@acquirer", "@acquisition_start", "@acquisition_date",
                "@action_date", "@record_date", "@dividend_kind",
                *NO_CONCEPT_ROLES)


@dataclass(frozen=True)
class _Named:
    row: LabelRow
    heading: Item
    column: str
    share_class: str
    range_end: str
    labels: tuple[str, ...]  # the labels read on the way, for units


def _name_item(reading: Reading, item: Item) -> _Named | None:
    """The row naming ``item``'s values: its own label's, else that of the headings above it
    (through headings with no value of their own), collecting class, column and range words."""
    section = reading.section_topics(item)
    chain = [item, *(reading.items[i] for i in reversed(item.parents[-3:]))]  # it and three above it
    found: dict[str, str] = {}
    labels: list[str] = []
    for depth, it in enumerate(chain):
        if it.label is None or (depth and it.values):
            return None
        labels.append(it.label.text)
        m = match_label(it.label.text, reading.topics, section | topics_of(it.label.text), reading.head_topics)
        if m is None:
            continue
        concept = m.row.concept
        whole = m.start == 0 and m.end == len(m.key)
        if concept in _CLASSES + _ENDS or (concept in _COLUMNS and whole):
            found.setdefault(concept, concept[1:])
            column = role_of(it.label.text, _COLUMNS) if concept in _CLASSES else ""
            if column:  # "감자후 보통주식(주)": the class and the column in one label
                found.setdefault(f"@{column}", column)
            continue
        if concept == "@counterparty" and depth == 0:
            concept = "@counterparty_name"
            m = LabelMatch(next(r for r in label_rows() if r.concept == concept), m.start, m.end, m.key)
        if concept.startswith("@") and not all(c in _NAMED_ROLES for c in concept.split(",")):
            return None
        rest = m.key[:m.start] + " " + m.key[m.end:]
        column = next((found[c] for c in _COLUMNS if c in found), "") or role_of(rest, _COLUMNS)
        share_class = next((found[c] for c in _CLASSES if c in found), "") or role_of(rest, _CLASSES)
        range_end = next((found[c] for c in _ENDS if c in found), "")
        return _Named(m.row, it, column, share_class, range_end, tuple(labels))
    return None


@dataclass(frozen=True)
class _Hint:
    currency: str | None = None
    percent: bool = False
    scale: Decimal | None = None  # a bare figure is this many units ("(KRW million)")


_PARENTHESISED_UNIT = re.compile(r"\(([^()]{1,30})\)")  # "(KRW million)": a label's unit, inside
_UNIT_WORD_BREAK = re.compile(r"[\s/,:]+")  # between the words of a unit: "(원/주)", "(단위: 백만원)"
_LETTER = re.compile(r"[^\W\d_]")  # a letter of any script


def _hint(labels: tuple[str, ...]) -> _Hint:
    """The unit a label states in parentheses: ``(KRW)``, ``Amount(won)``, ``(원/주)``, ``(%)``,
    ``(KRW million)``, ``(단위: 백만원)``; the label nearest the value first."""
    currency, percent, scale = None, False, None
    for label in labels:
        for group in _PARENTHESISED_UNIT.findall(label):
            words = [w for w in _UNIT_WORD_BREAK.split(group) if w]
            percent = percent or "%" in group or "％" in group
            header = find_unit_header(f"({group})")
            if header is not None and scale is None and header.scale != 1:
                scale, currency = header.scale, currency or header.currency
            currency = currency or next((c for w in words if (c := currency_of(w))), None)
    return _Hint(currency, percent, scale)


_PER_SHARE = re.compile(r"\s*(?:per\s+(?:common\s+)?share|/\s*shares?|(?:원)?\s*/\s*주|per\s+ADS)", re.I)
_RANGE_JOIN = re.compile(r"\s*(?:~|-|–|—|to|through|until|부터|에서)?\s*", re.I)
_RATIO_PER = re.compile(
    r"""(?P<a>\d+(?:\.\d+)?)\s+(?:new\s+)?(?:common\s+)?shares?\s+of\s+(?P<pa>[^,;]+?)\s+
        (?:per\s+(?:one|1)|for\s+(?:each|every)(?:\s+(?:one|1))?)\s+
        (?P<pb>[^,;]+?)(?:['’]s?)?\s+(?:common\s+)?shares?\b""",
    re.I | re.VERBOSE)
_RATIO_PAIR = re.compile(
    r"""(?P<pa>[^\d:;]{0,60}?)\s*(?P<a>\d+(?:\.\d+)?)     # a party (or nothing) and its number
        \s*:\s*(?P<pb>[^\d:;]{0,60}?)\s*(?P<b>\d+(?:\.\d+)?)  # ': ' the other party and its number""",
    re.VERBOSE)


_PER_SHARE_WORDS = re.compile(r"per\s+(?:common\s+|ordinary\s+)?share|/\s*shares?\b|주당|/\s*주|per\s+ADS", re.I)


def _amount(text: str, hint: _Hint):  # type: ignore[no-untyped-def]
    """The amount ``text`` is, else the first amount near its start."""
    bare = not _LETTER.search(text)
    whole = parse_amount(text, default_currency=hint.currency, scale=hint.scale if bare else None)
    if whole is not None:
        return whole
    found = [a for a in find_amounts(text, default_currency=hint.currency) if a.start <= 30]
    return found[0] if found else None


def parse_value(kind: str, text: str, hint: _Hint = _Hint()) -> list[tuple[object, str | None, int | None, int, int]]:
    """(value, currency, decimals, start, end) of each value of ``kind`` that ``text`` states.

    >>> parse_value("amount", "APPROXIMATELY KRW 6.3 BILLION")
    [(Decimal('6300000000'), 'KRW', -8, 14, 29)]
    >>> parse_value("percent", "88.40", _Hint(percent=True))
    [(Decimal('0.8840'), None, 4, 0, 5)]
    >>> [v[0].isoformat() for v in parse_value("date_range", "from May 4, 2005 to May 3, 2006")]
    ['2005-05-04', '2006-05-03']
    >>> parse_value("ratio", "Alpha Bank 0.517204: Beta Card 1")[0][0].parties
    (('Alpha Bank', Decimal('0.517204'), 6), ('Beta Card', Decimal('1'), 0))
    """
    if kind in ("amount", "per_share"):
        a = _amount(text, hint)
        per_share = a is not None and bool(_PER_SHARE.match(text, a.end))
        if a is None or a.currency is None or (kind == "amount" and per_share):
            return []
        return [(a.value, a.currency, a.decimals, a.start, a.end)]
    if kind in ("shares", "count"):  # a count of persons ("참석(명) | 3") reads as a share count does
        return _shares(text, hint)
    if kind == "percent":
        found = [p for p in find_percents(text) if p.start <= 30]
        if found:
            return [(found[0].value, None, found[0].decimals, found[0].start, found[0].end)]
        number = find_numbers(text)
        if hint.percent and number and number[0].start <= 30 and not find_dates(text):
            q = number[0]
            return [(q.value.scaleb(-2), None, q.decimals + 2, q.start, q.end)]
        return []
    if kind in ("date", "date_range"):
        return _dates(kind, text)
    if kind == "ratio":
        return _ratio(text)
    if kind == "split":
        found = [r for r in find_ratios(text) if r.start <= 40]
        return [(found[0], None, None, found[0].start, found[0].end)] if found else []
    if kind in ("name", "text"):  # (a name written over two lines of a DART cell: "X증권&cr;(X Securities)")
        return [(" ".join(read_line_breaks(text).split()), None, None, 0, len(text))] if text.strip() else []
    return []


def _shares(text: str, hint: _Hint) -> list[tuple[object, str | None, int | None, int, int]]:
    """The first figure of ``text``, unless the label or the text says it is money or a percentage."""
    money = find_amounts(text)
    if hint.percent or hint.currency or (money and money[0].start < 5):
        return []
    dates = find_dates(text)
    for q in find_numbers(text):
        if q.start > 30 or text[q.end:q.end + 2].lstrip().startswith("%"):
            return []
        if not any(d.start <= q.start < d.end for d in dates):
            return [(q.value, None, q.decimals, q.start, q.end)]
    return []


def _dates(kind: str, text: str) -> list[tuple[object, str | None, int | None, int, int]]:
    dates = [d for d in find_dates(text) if d.start <= 40]
    if kind == "date":
        return [(dates[0].value, None, None, dates[0].start, dates[0].end)] if dates else []
    joined = len(dates) >= 2 and _RANGE_JOIN.fullmatch(text[dates[0].end:dates[1].start])
    if joined and dates[0].value <= dates[1].value:
        return [(d.value, None, None, d.start, d.end) for d in dates[:2]]
    return []


@dataclass(frozen=True)
class Ratio:
    """Numbers a ratio sets side by side, each with the party printed beside it (or "")."""

    parties: tuple[tuple[str, Decimal, int], ...]  # (party, number, decimals)
    given_for_one: bool  # "N shares of A for each share of B": A's shares given for one of B's


def _ratio(text: str) -> list[tuple[object, str | None, int | None, int, int]]:
    m = _RATIO_PER.search(text) or _RATIO_PAIR.search(text)
    if m is None:
        return []
    b = "1" if m.re is _RATIO_PER else m["b"]
    parties = tuple((" ".join(m[p].split()).strip(" ,;:="), Decimal(n), len(n.partition(".")[2]))
                    for p, n in (("pa", m["a"]), ("pb", b)))
    return [(Ratio(parties, m.re is _RATIO_PER), None, None, m.start(), m.end())]


def _typed(reading: Reading, item: Item, named: _Named) -> list[Labelled]:
    row, out = named.row, []
    concepts = row.concept.split(",")
    above = tuple(reading.labels_above(named.heading)) if row.kind in ("amount", "per_share") else ()
    hint = _hint(named.labels + above)  # a heading's "(KRW million)" holds for the amounts under it
    for i, cell in enumerate(item.values):
        if cell.text.strip().lower() in NIL:
            continue
        column = (item.columns[i] if item.columns else "") or named.column
        if says_uncertain(cell.text):  # (its phrase searched only in a cell holding one of its words)
            out.append(Labelled(concepts[0], row.kind, None, None, None, cell.start, cell.end, item,
                                named.heading.index, column, named.share_class,
                                reason=f"not decided yet: {' '.join(cell.text.split())[:80]}"))
            continue
        if concepts[0] == "DividendsDeclaredPerShare" and not _PER_SHARE_WORDS.search(" ".join(named.labels) + cell.text):
            continue  # "Cash dividends to shareholders (NT$)": a total, unless the label says per share
        kind = "date" if row.kind == "date_range" and named.range_end else row.kind
        share_class, lead = leading_class(cell.text) if row.kind in _CLASS_KINDS else ("", 0)
        if share_class and named.share_class and share_class != named.share_class:
            continue  # a class the label's own class contradicts: not this row's value
        parsed = [(v, u, d, lead + a, lead + b) for v, u, d, a, b in parse_value(kind, cell.text[lead:], hint)]
        if row.kind == "date_range":
            ends = [concepts[named.range_end == "to"]] if named.range_end else concepts
            parsed = parsed if len(parsed) == len(ends) else []
        else:
            ends = concepts * len(parsed)
        for concept, (value, unit, decimals, start, end) in zip(ends, parsed):  # (built at once: no copy replaced)
            out.append(Labelled(concept, row.kind, value, unit, decimals, cell.start + start, cell.start + end, item,
                                named.heading.index, column, named.share_class or share_class))
    return out


def _replace(base: Labelled, **changes: object) -> Labelled:
    return replace(base, **changes)  # type: ignore[arg-type]


@cache
def _holding_parts() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(concept, label pattern) of the parts a form splits a holding into (data/holding_parts.tsv)."""
    return tuple((concept, re.compile(pattern)) for concept, pattern in data_rows("holding_parts.tsv"))


def _part_of(v: Labelled, items: tuple[Item, ...]) -> str | None:
    """The part of its holding a value is stated for: the nearest label between the value and
    its heading that names a part ("배당가능이익범위 내 취득(주)", "기타취득(주)"), else None."""
    chain = [v.item, *(items[i] for i in reversed(v.item.parents) if i > v.heading)]
    for it in chain:
        label = label_key(it.label.text) if it.label is not None else ""  # ("배당가능범위 내&cr;취득": DART's break)
        for concept, pattern in _holding_parts():
            if concept == v.concept and pattern.search(label):
                return pattern.pattern
    return None


def _summed_parts(group: list[Labelled], items: tuple[Item, ...]) -> Labelled | None:
    """"취득 전 자기주식 보유현황": 배당가능이익 범위 내 취득 712,430 and 기타취득 18,305 are the
    two parts of one holding of one class: the holding is their sum (920,383). None unless each
    value is of another part and all are of one class."""
    parts = [_part_of(v, items) for v in group]
    if None in parts or len(set(parts)) != len(parts) or len({v.share_class for v in group}) != 1:
        return None
    if not all(isinstance(v.value, Decimal) for v in group):
        return None
    total = sum((v.value for v in group), Decimal(0))  # type: ignore[misc]
    decimals = min((v.decimals or 0) for v in group)
    return _replace(group[0], value=total, decimals=decimals)


def _one_per_heading(values: list[Labelled], items: tuple[Item, ...] = ()) -> list[Labelled]:
    """One value per concept, column and unit under a heading: a share class's figure gives way
    to the total; a per-share figure is the common share's; the parts a form splits a holding
    into are summed; several other differing values are none."""
    groups: dict[tuple, list[Labelled]] = {}
    for v in values:
        if v.value is not None:
            groups.setdefault((v.concept, v.heading, v.column, v.unit), []).append(v)
    dropped: dict[int, str] = {}
    summed: dict[int, Labelled] = {}
    for group in groups.values():
        if len({repr(v.value) for v in group}) < 2:
            continue
        if _none_of_other_class(group):  # '보통주식 (주) | 120,500' / '종류주식 (주) | 0': the common count is all
            for v in group:
                if v.value == 0:
                    dropped[id(v)] = "a class of shares with none (0)"
            continue
        total = _summed_parts(group, items)
        if total is not None:
            summed[id(group[0])] = total
            for v in group[1:]:
                dropped[id(v)] = "a part of a holding, summed into it"
            continue
        keep = [v for v in group if v.share_class == "total"]
        if not keep and group[0].kind == "per_share":
            keep = [v for v in group if v.share_class == "common"]
        reason = ("a share class's part of a total" if keep and keep[0].share_class == "total" else
                  "another class of shares than the common" if keep else "several values under one label")
        for v in group:
            if v not in keep:
                dropped[id(v)] = reason
    return [_replace(v, value=None, reason=dropped[id(v)]) if id(v) in dropped else summed.get(id(v), v)
            for v in values]


def _none_of_other_class(group: list[Labelled]) -> bool:
    """Whether a count's values are one of the common shares and zeros of another class (a form's
    '종류주식 (주) | 0'): the other class has none, so the common count is the whole count."""
    counted = [v for v in group if v.value != 0]
    return (group[0].kind == "shares" and len(counted) == 1 and counted[0].share_class == "common"
            and all(v.share_class == "preferred" for v in group if v.value == 0))


_SUBJECT = re.compile(r"(?:subject|re|title|matter)$", re.I)  # "Subject: Acquisition of ...": the notice's title


def _document_topics(items: tuple[Item, ...]) -> frozenset[str]:
    """Topics of the headings (items without a value) and of the first lines of the document."""
    texts = [i.label.text for i in items if i.label is not None and (not i.values or i.index < 15)]
    texts += [i.values[0].text for i in items[:15] if i.values and (i.label is None or i.index < 3 or _SUBJECT.match(
        i.label.text))]
    return frozenset().union(*(topics_of(text[:300]) for text in texts))  # each text alone


def read_items(text: str) -> Reading:
    """The labelled items of ``text`` and the values the vocabulary names, in order."""
    items = find_items(text)
    head = "\n".join(c.text[:300] for i in items[:5] for c in ([i.label] if i.label else []) + list(i.values))
    reading = Reading(items, _document_topics(items), (), topics_of(head))
    values: list[Labelled] = []
    for item in items:
        if item.label is None or not item.values:
            continue
        named = _name_item(reading, item)
        if named is not None:
            values += _typed(reading, item, named)
    return replace(reading, values=tuple(_one_per_heading(values, items)))
