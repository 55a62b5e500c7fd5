"""The company's paid-in capital as a notice's prose states it, before and after a change.

A 6-K notice of a change of share capital (shares cancelled, issued, a stock dividend) states the
capital in sentences, not in a labelled form: "Before the Cancellation, the Company's paid-in
capital was NT$8,500,000,000 ... After the Cancellation, the Company's paid-in capital is
NT$8,498,000,000", "the paid-up equity share capital of the Company stands increased to ...",
"our paid-in capital decreased from KRW A to KRW B". PaidInCapital is an instant: the figure after
the change (or stated now) is the capital at the document's date; the one before it held at an
earlier instant the text does not give, so it is reported only where an "as of <date>" places
it. Only a clause whose subject is the company's capital ("the Company's", "our", "of the
Company": ``data/corporate_action_phrases.tsv``, capital_*) is read: another company's capital
(an investee's, a merger partner's) and "additional paid-in capital" (a reserve) are not.

>>> text = ("Before the Cancellation, the Company's paid-in capital was NT$900,000,000. "
...         "After the Cancellation, the Company's paid-in capital is NT$850,000,000.")
>>> [(c.value, c.side, c.reason) for c in capital_clauses(text)]  # doctest: +NORMALIZE_WHITESPACE
[(Decimal('900000000'), 'before', 'paid-in capital before the change: the text gives no date it held at'),
 (Decimal('850000000'), 'after', '')]
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

from converter.extract.base import DocumentContext, Found
from converter.extract.mechanisms.sentences import ACTIONS, PhraseFinder, action_pattern, action_values, sentences
from converter.model import Mention, Observation, Period, UnitSpec
from converter.parse.amounts import Amount, find_amounts
from converter.parse.dates import find_dates

__all__ = ["CapitalFigure", "capital_clauses", "extract_paid_in_capital"]


@dataclass(frozen=True)
class CapitalFigure:
    """A figure of the company's paid-in capital in a clause, and the side of the change it is on."""

    value: Decimal
    currency: str
    decimals: int
    start: int  # offsets in the text read
    end: int
    text: str
    side: str  # after (or stated now): at the document's date | before | past | future
    as_of: dt.date | None  # the date an "as of" beside the figure gives
    reason: str = ""  # why it is no fact (empty where it is one)


# where a clause can open: the sentence's start, a comma or semicolon, "and", "while"
_CLAUSE_OPENING = re.compile(r"(?:^|[,;:|(]|\band|\bwhile|\bwhereas)\s*$", re.I)
_ARTICLE = re.compile(r"\bthe\s+$", re.I)
_BLANK_COMMA = re.compile(r"\s*,?\s*")
_FROM = re.compile(r"\s*from\s+", re.I)  # "from A to B": the figure before the change first
_TO = re.compile(r"\s*to\s+", re.I)
_FROM_LATER = re.compile(r"\bfrom\s+", re.I)  # "... to B consisting of ... from A"
_FROM_REACH = 120  # characters after B its "from A" stands within (the shares B consists of between)
_AS_OF = re.compile(r"\s*,?\s*as\s+(?:of|at)\s+", re.I)
# a figure cut short: its digits go on ("₹21,84,19,14,900" read as ₹21 where the Indian grouping
# is not read), so the amount found is not the one written
_CUT_SHORT = re.compile(r"[,.]\d")
_REASONS = {
    "before": "paid-in capital before the change: the text gives no date it held at",
    "past": "paid-in capital the text states in the past: it gives no date it held at",
    "future": "paid-in capital after a change not yet made",
}


@cache
def _owner_before() -> re.Pattern[str]:
    return re.compile(rf"(?:{action_pattern('capital_owner').pattern})\s+$", re.I)


@cache
def _owner_after() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{action_pattern('capital_of_owner').pattern})", re.I)


def capital_clauses(text: str, finder: PhraseFinder | None = None) -> list[CapitalFigure]:
    """The figures of the company's paid-in capital that the clauses of ``text`` (a sentence or
    more) state, each with its side of the change; offsets in ``text``."""
    out: list[CapitalFigure] = []
    noun = finder.pattern if finder is not None else action_pattern("capital_noun")
    for m in noun.finditer(text):
        before = text[:m.start()]
        owner = _owner_before().search(before)
        of_owner = _owner_after().match(text, m.end())
        article = _ARTICLE.search(before) if owner is None else None  # "the paid-in capital of the Company"
        subject_start = owner.start() if owner else article.start() if article else m.start()
        if (owner is None and of_owner is None) or not _CLAUSE_OPENING.search(text, 0, subject_start):
            continue  # another company's capital, or the noun inside a longer phrase
        out += _clause(text, of_owner.end() if of_owner else m.end(), _opening_side(text[:subject_start]))
    return out


def _opening_side(opening: str) -> str:
    """The side of the change an opening clause puts the capital on ("Before the Cancellation,"):
    the last side word of the text before the subject, else ""."""
    found = [(m.start(), side) for side, pattern in action_values("capital_side") for m in pattern.finditer(opening)]
    return max(found)[1] if found else ""


def _clause(text: str, at: int, opening: str) -> list[CapitalFigure]:
    """The figures after the subject ending at ``at``: its verb, then one amount, or "from A to B"."""
    pos = _BLANK_COMMA.match(text, at).end()  # type: ignore[union-attr]
    verb, verb_end = "", pos
    for kind, pattern in action_values("capital_verb"):  # (changed first: "was reduced" is no "was")
        m = pattern.match(text, pos)
        if m:
            verb, verb_end = kind, m.end()
            break
    if not verb:
        return []
    if verb == "changed":
        return _change(text, verb_end)
    side = "future" if verb == "future" else opening or ("after" if verb == "now" else "past")
    amount = _amount_at(text, _BLANK_COMMA.match(text, verb_end).end())  # type: ignore[union-attr]
    return [_figure(text, amount, side)] if amount else []


def _change(text: str, at: int) -> list[CapitalFigure]:
    """"from A to B" or "to B (... from A)": B after the change, A before it."""
    out: list[CapitalFigure] = []
    start = _FROM.match(text, at)
    old = _amount_at(text, start.end()) if start else None
    if old is not None:
        out.append(_figure(text, old, "before"))
        at = old.end
    to = _TO.match(text, at)
    new = _amount_at(text, to.end()) if to else None
    if new is None:
        return []
    out.append(_figure(text, new, "after"))
    later = _FROM_LATER.search(text, new.end, new.end + _FROM_REACH) if old is None else None
    old = _amount_at(text, later.end()) if later else None
    return out + ([_figure(text, old, "before")] if old else [])


def _amount_at(text: str, at: int) -> Amount | None:
    """The amount that opens ``text[at:]`` (offsets in ``text``), unless its digits go on past it."""
    found = find_amounts(text[at:at + 60])
    first = found[0] if found else None
    if first is None or first.start != 0 or _CUT_SHORT.match(text, at + first.end):
        return None
    return replace(first, start=at, end=at + first.end)


def _figure(text: str, amount: Amount, side: str) -> CapitalFigure:
    as_of = _AS_OF.match(text, amount.end)
    dates = find_dates(text[as_of.end():as_of.end() + 40]) if as_of else []
    day = dates[0].value if dates and dates[0].start == 0 else None
    reason = "" if day is not None or side == "after" else _REASONS[side]
    return CapitalFigure(amount.value, amount.currency, amount.decimals, amount.start, amount.end, amount.text,
                         side, day, reason)


def extract_paid_in_capital(ctx: DocumentContext) -> Found:
    """PaidInCapital facts of the company's capital stated in prose: at the "as of" date beside
    the figure, else (after a change or stated now) at the document's date; figures of no date
    go to the unmapped report with the reason."""
    finder = PhraseFinder("capital_noun", ctx.text, ACTIONS)
    observations: list[Observation] = []
    unmapped: list[Mention] = []
    for s in [] if finder.absent else sentences(ctx.text):
        if not finder.may_hold(s.text):
            continue
        for c in capital_clauses(s.text, finder):
            span = ctx.span(s.start + c.start, s.start + c.end)
            day = c.as_of or (ctx.document_date if not c.reason else None)
            if day is None:
                unmapped.append(Mention(c.text, span, c.reason or "no date in the document to place the capital at"))
                continue
            observations.append(Observation("PaidInCapital", c.value, Period.instant(day), UnitSpec.currency(c.currency),
                                            c.decimals, span=span, rule="prose:paid-in-capital"))
    return Found(tuple(observations), tuple(unmapped))
