"""Dates a label says what they are (``data/date_labels.tsv``): "Dated as of", "Date of BOD
resolution", "As filed with the Securities and Exchange Commission on", ``입력``, ``송고``. A
label is looked for only within reach of a date (the windows just before or after the dates of
the text's date index), and only where its words stand; a date that an entry of a list of other
documents gives ('99.1  Announcement, dated ...') is no document's own date. ``anchors`` ranks
these among the document's other dates.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from converter.extract.mechanisms.tokens import dates_between
from converter.parse.dates import FoundDate
from converter.parse.gates import Gated, GatedSet, fold, folded_text, folds_alone
from converter.resources import data_rows

LABEL_REACH = 40  # characters of filler a label may leave before its date ("Date and Time: ...")


@dataclass(frozen=True)
class DateLabel:
    kind: str  # document | resolution | period | anchor | filed | today
    side: str  # before | after
    pattern: re.Pattern[str]
    meaning: str


@cache
def date_labels() -> tuple[DateLabel, ...]:
    flags = re.IGNORECASE | re.MULTILINE
    return tuple(DateLabel(kind, side, re.compile(regex, flags), meaning)
                 for kind, side, regex, meaning in data_rows("date_labels.tsv"))


@cache
def _gated_labels() -> GatedSet:
    """The labels' patterns, each behind the words it needs; the words shared by several are
    looked for once."""
    return GatedSet([Gated(label.pattern) for label in date_labels()])


@dataclass(frozen=True)
class LabelledDate:
    value: dt.date
    start: int
    end: int
    kind: str
    meaning: str


# A line that lists another document: '1.2  Announcement, dated September 30, 2002', 'Item 1: Form
# 6-K dated July 29, 2005', 'Press release entitled, "...", dated April 24, 2007'
_LISTED_ENTRY = re.compile(  # matched at the line's start
    r"[ \t|]*(?:\d{1,3}(?:\.\d{1,2})?\.?|item\s+\d+\s*[:.]?|exhibit\s+[\w.]+\s*:?)\s+\S", re.IGNORECASE)
_ENTITLED = re.compile(r"\bentitled\b", re.IGNORECASE)
_ENTRY_REACH = 2000  # characters of its line before a label that an entry's 'entitled' may stand in


def in_a_list_of_documents(text: str, label: int) -> bool:
    """Whether the label at ``label`` stands in an entry of a list of other documents, on the
    entry's first line or on a line it wraps onto ('99.1  Translation of the resolution' /
    '      dated December 18, 2002')."""
    line_start = text.rfind("\n", 0, label) + 1
    if _listed(text, line_start, label):
        return True
    if text[line_start:label].strip() or line_start == 0:
        return False
    previous_start = text.rfind("\n", 0, line_start - 1) + 1
    return _listed(text, previous_start, line_start - 1)


def _listed(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a line or its head, opens as an entry or says 'entitled'.
    Only the last _ENTRY_REACH characters are searched for the word: a text run together onto
    one line (every label's line then being the whole text before it) made it quadratic."""
    return bool(_LISTED_ENTRY.match(text, start, end) or _ENTITLED.search(text, max(start, end - _ENTRY_REACH), end))


def labelled_dates(text: str) -> list[LabelledDate]:
    """Every date of ``text`` that a label of ``data/date_labels.tsv`` says what it is, in order.
    A document's own date is not one that an entry of a list of other documents gives.

    >>> [(d.value.isoformat(), d.kind) for d in labelled_dates(
    ...     "6. Date of BOD resolution : August 2, 2006\\n(서울=연합뉴스) 2001/08/02 15:30 송고")]
    [('2006-08-02', 'resolution'), ('2001-08-02', 'document')]
    >>> labelled_dates("Exhibits\\n99.1  Announcement, dated September 30, 2002\\n")
    []
    """
    dates = dates_between(text, 0, len(text))
    if not dates:
        return []
    found: dict[int, LabelledDate] = {}
    starts = [d.start for d in dates]
    labels, table = date_labels(), _gated_labels()
    folded = folded_text(text)  # (the document's own fold, made once for all its readers)
    aligned = folded if len(folded) == len(text) else None  # (offsets differ where folding changed a length)
    # a label whose words are in no window around a date matches in none: only the windows are
    # looked through for them, not the whole text (cut from the text's fold where each of its
    # characters folds alone, ``folds_alone``: the fold of the windows)
    around = _around(folded, dates) if folds_alone(text) else fold(_around(text, dates))
    for i in table.passing_lazily(around):
        label = labels[i]
        for m in _label_matches(label, text, dates, table.gated[i], aligned):
            date = (_date_after(dates, m.end(), starts) if label.side == "before"
                    else _date_before(dates, m.start(), starts))
            if date is None or date.start in found:
                continue
            if label.kind == "document" and label.side == "before" and in_a_list_of_documents(text, m.start()):
                continue  # ('99.1 Announcement, dated ...'; a label after its date, a wire's stamp or a
                # stock code, follows no entry's description: a flattened page's number opens its line)
            found[date.start] = LabelledDate(date.value, date.start, date.end, label.kind, label.meaning)
    return sorted(found.values(), key=lambda d: d.start)


LABEL_WINDOW = 240  # characters searched before a date for its label (the longest label and its reach)


def _around(text: str, dates: list[FoundDate]) -> str:
    """The stretches of ``text`` within LABEL_WINDOW of a date (where ``_label_matches`` looks),
    merged and joined by line breaks: every label's match there lies in one of them."""
    spans: list[list[int]] = []
    for date in dates:
        lo, hi = max(0, date.start - LABEL_WINDOW), date.end + LABEL_WINDOW
        if spans and lo <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], hi)
        else:
            spans.append([lo, hi])
    return "\n".join(text[lo:hi] for lo, hi in spans)


def _label_matches(label: DateLabel, text: str, dates: list[FoundDate],
                   words: Gated | None = None, folded: str | None = None) -> list[re.Match[str]]:
    """The label's matches that can name one of ``dates``: only the stretch just before each date
    (after it, for a label written after its date) is searched, not the whole text, so the cost
    follows the number of dates, not the length of the document. With ``words`` (the label's
    gates) and ``folded`` (``fold(text)``, as long as ``text``), a stretch without its words is
    not searched."""
    seen: dict[int, re.Match[str]] = {}
    for date in dates:
        if label.side == "before":
            lo, hi = max(0, date.start - LABEL_WINDOW), date.start
        else:
            lo, hi = date.end, min(len(text), date.end + LABEL_WINDOW)
        if words is not None and folded is not None and not words.may_match(folded[lo:hi]):
            continue  # a match lies in the stretch, and so do the words it holds
        # (tried where the label's opening words begin, "dated", not at every position)
        found = label.pattern.finditer(text, lo, hi) if words is None or folded is None else \
            words.search_within(text, folded, lo, hi)
        for m in found:
            seen.setdefault(m.start(), m)
    return [seen[start] for start in sorted(seen)]


def _date_after(dates: list[FoundDate], offset: int, starts: list[int]) -> FoundDate | None:
    i = bisect.bisect_left(starts, offset)  # dates are in order: look only at those from offset
    return dates[i] if i < len(dates) and dates[i].start <= offset + LABEL_REACH else None


def _date_before(dates: list[FoundDate], offset: int, starts: list[int]) -> FoundDate | None:
    i = bisect.bisect_left(starts, offset) - 1
    while i >= 0 and dates[i].end > offset:
        i -= 1
    return dates[i] if i >= 0 and offset - dates[i].end <= 2 else None
