"""The share counts a results summary states at its periods' ends: a kessan tanshin's 発行済株式数
section ("① 期末発行済株式数（自己株式を含む） 2024年3月期 25,000,000株 2023年3月期 24,000,000株",
"② 期末自己株式数 ...", "③ 期中平均株式数 ...") and the exchange's English version of it
("Number of shares issued at end of period (including treasury stock)").

Each count follows the period it is of, printed just before it (the fiscal year or quarter by the
month it ends, "2024年3月期第3四半期", or a date, "As of March 31, 2017"); the count is an instant,
at that period's end. The labels are data (``data/share_count_labels.tsv``): the issued count
(treasury shares included) is SharesOutstanding, the treasury count TreasurySharesHeld; the
average over the period, and a count the text gives without its period, go to the unmapped
report with the reason, never guessed onto a date.

>>> [(c.kind, c.value, c.day) for c in share_counts(
...     "① 期末発行済株式数(自己株式を含む) 2030年3月期 12,000,000株 2029年3月期 11,500,000株\\n"
...     "② 期末自己株式数 2030年3月期 3,400株 2029年3月期 3,300株\\n", None)]  # doctest: +NORMALIZE_WHITESPACE
[('issued', Decimal('12000000'), datetime.date(2030, 3, 31)), ('issued', Decimal('11500000'), datetime.date(2029, 3, 31)),
 ('treasury', Decimal('3400'), datetime.date(2030, 3, 31)), ('treasury', Decimal('3300'), datetime.date(2029, 3, 31))]
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from converter.extract.base import DocumentContext, Found
from converter.model import SHARES, Mention, Observation, Period
from converter.parse.dates import find_dates
from converter.parse.periods import find_periods
from converter.resources import data_rows

__all__ = ["ShareCount", "share_counts", "extract_tanshin_shares"]

_CONCEPTS = {"issued": "SharesOutstanding", "treasury": "TreasurySharesHeld"}
_REASONS = {"average": "average number of shares over the period: no concept",
            "other": "shares outstanding less treasury shares: the issued count is the one reported"}
_REACH = 300  # characters after a label its counts stand within (the next label ends them sooner)
# a count of shares: its digits, then the word for shares (a thousand shares: 千株)
_COUNT = re.compile(r"""(?<![\d,.])(?P<n>\d{1,3}(?:,\d{3})+|\d+)     # 12,000,000
    \s*(?P<unit>千\s*株|株|shares?\b)                                  # 株, 千株, shares""", re.VERBOSE | re.I)
# what may stand between a period and its count: blanks, a colon, a cell's bar
_BETWEEN = " \t\u3000:：|"
# the kinds of period phrase that say where a period ends without a calendar to guess
_PERIOD_KINDS = ("jfy", "instant", "cjk_ended")


@dataclass(frozen=True)
class ShareCount:
    kind: str  # issued | treasury | average | other (data/share_count_labels.tsv)
    value: Decimal
    decimals: int
    day: dt.date | None  # the end of the period printed before it; None: no period
    start: int  # offsets of the count's digits in the text
    end: int
    text: str


@cache
def _labels() -> re.Pattern[str]:
    """Every label, each in a group named by its kind and row (the longest first)."""
    rows = sorted(enumerate(data_rows("share_count_labels.tsv")), key=lambda r: len(r[1][1]), reverse=True)
    return re.compile("|".join(f"(?P<{kind}_{k}>{label})" for k, (kind, label) in rows), re.I)


def share_counts(text: str, day: dt.date | None) -> list[ShareCount]:
    """The counts after each label of ``text``, up to the next label, each with the end of the
    period printed just before it (``day``: the document's date, for a year an era leaves out)."""
    labels = list(_labels().finditer(text))
    out: list[ShareCount] = []
    for k, label in enumerate(labels):
        kind = (label.lastgroup or "").rsplit("_", 1)[0]
        end = min(len(text), label.end() + _REACH, labels[k + 1].start() if k + 1 < len(labels) else len(text))
        out += _block_counts(text, label.end(), end, kind, day)
    return out


def _block_counts(text: str, start: int, end: int, kind: str, day: dt.date | None) -> list[ShareCount]:
    out: list[ShareCount] = []
    gap_start = start
    for m in _COUNT.finditer(text, start, end):
        thousands = m["unit"].startswith("千")
        value = Decimal(m["n"].replace(",", "")) * (1000 if thousands else 1)
        out.append(ShareCount(kind, value, -3 if thousands else 0, _period_end(text[gap_start:m.start()], day),
                              m.start("n"), m.end("n"), m["n"]))
        gap_start = m.end()
    return out


def _period_end(gap: str, day: dt.date | None) -> dt.date | None:
    """The end of the one period ``gap`` (the text between the previous count and this one)
    names, right before the count; None where it names none, or several: a flattened copy that
    prints the periods' headings together ("29年3月期 28年3月期 12,000,000株 11,500,000株") does not
    say which count is whose.

    >>> _period_end(" 2030年3月期 ", None), _period_end(" 2030年3月期 2029年3月期 ", None)
    (datetime.date(2030, 3, 31), None)
    >>> _period_end(" 2030年3月期3Q ", None) is None  # a part of the year its words do not name
    True
    """
    stripped = gap.rstrip(_BETWEEN)
    periods = [p for p in find_periods(stripped, document_date=day) if p.period is not None]
    dates = find_dates(stripped)
    if len(periods) + (len(dates) if not periods else 0) != 1:
        return None
    if periods:
        p = periods[0]
        closes = p.kind in _PERIOD_KINDS and not stripped[p.end:].strip(_BETWEEN)
        return p.period.end if closes else None  # type: ignore[union-attr]
    return dates[0].value if not stripped[dates[0].end:].strip(_BETWEEN) else None


def extract_tanshin_shares(ctx: DocumentContext) -> Found:
    """SharesOutstanding and TreasurySharesHeld at the ends of the periods a results summary's
    share section prints; the other counts go to the unmapped report with the reason."""
    observations: list[Observation] = []
    unmapped: list[Mention] = []
    for c in share_counts(ctx.text, ctx.document_date):
        span = ctx.span(c.start, c.end)
        concept = _CONCEPTS.get(c.kind)
        if concept is None or c.day is None:
            unmapped.append(Mention(c.text, span, _REASONS.get(c.kind) or "share count without the period it is of"))
            continue
        observations.append(Observation(concept, c.value, Period.instant(c.day), SHARES, c.decimals, span=span,
                                        rule="tanshin:share-counts"))
    return Found(tuple(observations), tuple(unmapped))
