"""The measure a results table's row label names, and the unit the label itself states.

A label is a line item: the measure must be the whole label, give or take a bullet or item
number, "Total", a trailing colon, a note reference and a parenthetical unit or "(loss)"; a
label that only starts with one ("Net income attributable to minority interests", "Operating
income margin") names something else.

>>> m = row_measure("o Net income (loss) :", None); (m.concept, m.sign)
('NetIncomeLoss', 1)
>>> row_measure("Total Net revenues", None).concept
'Revenues'
>>> row_measure("Cost of revenues", None) is None
True
>>> m = row_measure("가입자 (천명)", None); (m.concept, m.count_scale)
('Subscribers', Decimal('1000'))
>>> m = row_measure("Basic and diluted", "Earnings per share"); (m.concept, m.twins)
('EarningsPerShareBasic', ('EarningsPerShareDiluted',))
>>> row_measure("Net income - diluted", "Per share data:").concept
'EarningsPerShareDiluted'
>>> row_measure("売　上　高", None).concept, row_measure("経 常 利 益", None).concept
('Revenues', 'OrdinaryIncomeLoss')
>>> row_measure("Operating profit / (loss)", None).concept
'OperatingIncomeLoss'
>>> row_measure("Revenues", "Americas").reason
"a row under the heading 'Americas' (a part's figure, not the company's?)"
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from dataclasses import dataclass
from decimal import Decimal

from converter.extract.mechanisms.table_headings import heading_kind, heading_words
from converter.extract.mechanisms.table_units import cell_unit
from converter.extract.mechanisms.sentences import find_measures


@dataclass(frozen=True)
class RowMeasure:
    concept: str
    sign: int = 1  # -1: a loss word names the row; its positive figures are losses
    twins: tuple[str, ...] = ()  # further concepts the label names ("basic and diluted")
    currency: str | None = None  # a unit the label states: "Revenue (KRW bn)"
    scale: Decimal | None = None
    count_scale: Decimal | None = None  # "Subscribers (thousands)", "가입자 (천명)"
    percent: bool = False  # "(%)": the row's figures are percentages
    reason: str | None = None  # why the row's figures are not bound


_BULLET = re.compile(r"^(?:[o•·▪■□▶▷○●◦ㆍ∙l\-–—*>]\s+|\(?\d{1,2}[.)]\s*|[①-⑳]\s*|[가-하]\.\s*|[IVX]{1,4}\.\s+)")
_PARENTHETICAL = re.compile(r"\s*[(\[]([^()\[\]]*)[)\]]")
_IGNORED = re.compile(r"^(?:loss|losses|profit|income|deficit|net|note\s*\d*|\d{1,2}|[a-z]|\*+|unaudited|restated)$", re.I)
_COUNTS = re.compile(r"^(?:in\s+)?(?P<k>thousands?|'?000s?|천|천\s*명|천\s*주|천\s*건)$|^(?P<m>millions?|백만\s*명?)$", re.I)
# "EPS (cts)", "DPS (cents)": per-share figures in cents of the table's dollar (a quote page's
# abbreviation; "(HK cents)" names its dollar and is read by ``cell_unit``)
_CENTS = re.compile(r"^(?:cents?|cts)$", re.I)
_THIS_PERIOD = re.compile(r"\s+(?:당해|당기)\s*실적$")
_OR_LOSS = re.compile(r"\s*/\s*\((?:loss|losses|deficit)\)\s*", re.I)
# a space between two Han characters or kana: justification, not a word break
_SPACED_OUT = re.compile(r"(?<=[\u3040-\u30ff\u3400-\u9fff])\s+(?=[\u3040-\u30ff\u3400-\u9fff])")
_TOTAL = re.compile(r"^(?:total|합\s*계|총)\s*", re.I)
_PER_SHARE_PART = re.compile(r"^[\s\-–—:,(]*(?P<kind>basic\s+and\s+diluted|basic|diluted)\)?$", re.I)


def _label_vocabulary(text: str) -> tuple[str, int] | None:
    for value, pattern in heading_words("label"):
        if pattern.fullmatch(text):
            concept, _, sign = value.partition(":")
            return concept, int(sign or 1)
    return None


def _measure(text: str) -> tuple[str, int, tuple[str, ...], str] | None:
    """(concept, sign, twins, what is left after the measure name) of a cleaned label."""
    stated = _label_vocabulary(text)
    if stated:
        return stated[0], stated[1], (), ""
    hits = find_measures(text)
    if not hits or hits[0].start != 0:
        return None
    return hits[0].concept, hits[0].sign, hits[0].twins, text[hits[0].end:]


def _measure_before_total(text: str) -> tuple[str, int, tuple[str, ...], str] | None:
    """The measure of a total row whose total word closes it ("營業收入合計": total operating
    revenue, the line item's own figure where its sub-rows stand above it)."""
    for _, pattern in heading_words("total_tail"):
        tail = re.search(rf"(?:{pattern.pattern})$", text)
        if tail and tail.start() > 0:
            found = _measure(text[:tail.start()].rstrip())
            return found if found and not found[3].strip() else None
    return None


def _per_share(kind: str) -> tuple[str, tuple[str, ...]]:
    kind = kind.lower()
    if kind.startswith("basic and"):
        return "EarningsPerShareBasic", ("EarningsPerShareDiluted",)
    return ("EarningsPerShareDiluted", ()) if kind == "diluted" else ("EarningsPerShareBasic", ())


# runs of white space, squashed to one space
_SPACES = re.compile(r"\s+")


def _clean(label: str) -> tuple[str, RowMeasure]:
    """The label without bullet, notes, "(loss)" and units; what those parentheses state."""
    text = _BULLET.sub("", label.strip()).strip()
    text = _OR_LOSS.sub(" ", text)  # "Operating profit / (loss)", "Earnings / (loss) per share"
    currency = scale = count = None
    percent = False
    for m in list(_PARENTHETICAL.finditer(text)):
        inner = m.group(1).strip()
        c, s = cell_unit(inner)
        counted = _COUNTS.match(inner)
        if counted:
            count = Decimal(1000) if counted["k"] else Decimal(1000000)
        elif c is not None or s is not None:
            currency, scale = currency or c, scale or s
        elif _CENTS.match(inner):
            scale = scale or Decimal("0.01")
        elif inner in ("%", "％") or inner.lower() == "percent":
            percent = True
        elif not _IGNORED.match(inner) and not heading_kind(inner, "loss_aside"):
            continue  # (營業利益(損失), 溢利 / (虧損): the profit's row, its loss word aside)
        text = text.replace(m.group(0), " ")
    text = _SPACES.sub(" ", text).strip(" :*†‡")
    text = text.rstrip(" /")  # "股東應佔溢利 / (虧損)" once its loss word is off
    text = _SPACED_OUT.sub("", text)  # "売　上　高": a Japanese or Chinese label spaced out to the column's width
    text = _THIS_PERIOD.sub("", text)  # "매출액  당해실적": the period's figure of the line item
    return text, RowMeasure("-", 1, (), currency, scale, count, percent)


def _named_twice(text: str) -> tuple[str, int, tuple[str, ...], str] | None:
    """"Revenue(Sales)", "Operating profit (Operating income)": a line item with another name
    of the same measure in brackets (web copies of Korean IR pages gloss their labels so); a
    bracket naming another measure ("영업이익(EBITDA)") leaves the label unread."""
    for m in _PARENTHETICAL.finditer(text):
        outer = _measure(_SPACES.sub(" ", text[:m.start()] + " " + text[m.end():]).strip())
        inner = _measure(m.group(1).strip())
        if outer and inner and not outer[3].strip() and not inner[3].strip() and outer[:2] == inner[:2]:
            return outer
    return None


# a section heading over per-share rows: "Per share data:", "EPS"
_PER_SHARE_SECTION = re.compile(r"per\s+(?:common\s+)?share|\bEPS\b", re.I)


@lru_cache(maxsize=4096)  # a pure function of its cells, asked again for every row and line
def row_measure(label: str, section: str | None) -> RowMeasure | None:
    """The measure ``label`` names (under the label-only line ``section``), else None."""
    text, stated = _clean(label)
    section_name, section_stated = _clean(section) if section else ("", None)
    if section_stated is not None and not (stated.currency or stated.scale or stated.count_scale or stated.percent):
        stated = section_stated  # "每股數據 (港仙)" over "每股基本盈利": the section's units are its rows'
    units = (stated.currency, stated.scale, stated.count_scale, stated.percent)
    found = _measure(text) or (_measure(_TOTAL.sub("", text)) if _TOTAL.match(text) else None)
    if found is None or found[3].strip():
        found = _measure_before_total(text) or found
    if found is None or found[3].strip():
        found = _named_twice(text) or found
    if found is None and owners_part(label, section):
        return RowMeasure("NetIncomeLoss", 1, (), *units)
    if found is None:
        part = _PER_SHARE_PART.match(text)
        named = find_measures(_clean(section)[0]) if section and part else []
        if not named or not named[0].concept.startswith("EarningsPerShare"):
            return None
        concept, twins = _per_share(part["kind"])  # type: ignore[index]
        return RowMeasure(concept, 1, twins, *units)
    concept, sign, twins, rest = found
    if rest.strip():
        part = _PER_SHARE_PART.match(rest)
        per_share_section = bool(section and _PER_SHARE_SECTION.search(section))
        if not (part and (concept.startswith("EarningsPerShare") or (concept == "NetIncomeLoss" and per_share_section))):
            return None  # "Operating income margin": the measure is a word of another item
        concept, twins = _per_share(part["kind"])  # "Per share data:" over "Net income - basic"
    if concept == "-":
        return None
    if section and not section.rstrip().endswith(":") and not _TOTAL.match(text) \
            and not concept.startswith("EarningsPerShare") and not heading_kind(section_name, "whole_section") \
            and not heading_kind(section_name, "profit_attribution"):  # ("당기순이익(손실)의 귀속", colon or not)
        return RowMeasure(concept, reason=f"a row under the heading '{section.strip()}' (a part's figure, not the company's?)")
    return RowMeasure(concept, sign, twins, *units)


# why the figures of a row that names a measure the taxonomy lacks are left out
NO_CONCEPT = "a measure the taxonomy has no concept for (underlying, core, adjusted, recurring ...)"


def names_no_concept(label: str) -> bool:
    """The row names, whole, a measure the taxonomy has no concept for ("Core profit",
    "Adjusted EBITDA", "Recurring underlying profit": the "-" measures of
    ``data/measure_phrases.tsv``): its figures go to the unmapped report, never onto the near
    concept its words hold. ("Underlying profit" has its own concept, UnderlyingProfit.)

    >>> names_no_concept("Adjusted EBITDA"), names_no_concept("Core profit (HK$M)"), names_no_concept("Net profit")
    (True, True, False)
    >>> names_no_concept("Underlying profit")
    False
    """
    found = _measure(_clean(label)[0])
    return found is not None and found[0] == "-" and not found[3].strip()


def owners_part(label: str, section: str | None) -> bool:
    """"Owners of the Company" under "Profit for the period attributable to:" (親会社の所有者
    under 四半期利益の帰属): the owners' share of the profit, the net income; under any other
    heading ("Total comprehensive income attributable to:", equity) it is not.

    >>> owners_part("Owners of the parent", "Profit for the year attributable to:"), owners_part(
    ...     "Owners of the parent", "Total comprehensive income attributable to:")
    (True, False)
    """
    return bool(section and heading_kind(label, "owners_part") and heading_kind(section, "profit_attribution"))


@cache
def _line_item_words() -> tuple[re.Pattern[str], ...]:
    """The line items of ``data/table_headings.tsv`` as words of a text (no letter beside them)."""
    return tuple(re.compile(rf"(?<![A-Za-z])(?:{pattern.pattern})(?![A-Za-z])", re.I)
                 for _, pattern in heading_words("label"))


def label_hits(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line-item name in ``text`` (the measure vocabulary and the line
    items of ``data/table_headings.tsv``), longest first where names overlap."""
    candidates = [(h.start, h.end) for h in find_measures(text) if h.concept != "-"]
    for pattern in _line_item_words():
        candidates += [(m.start(), m.end()) for m in pattern.finditer(text)]
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        if not any(start < e and s < end for s, e in chosen):
            chosen.append((start, end))
    return sorted(chosen)


def is_line_item(text: str) -> bool:
    """A cell that is a line item's name and nothing else ("매출액", "Net sales")."""
    measure = row_measure(text, None)
    return measure is not None and measure.reason is None
