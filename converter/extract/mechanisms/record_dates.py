"""The record date of a dividend stated in prose (taxonomy DividendRecordDate).

Korean disclosure forms give it as a labelled item (배당기준일, read by the resolution reader);
6-K notices of record date and Indian issuers' board-meeting outcomes write it in a sentence:

>>> def read(text):
...     return [(str(r.value), r.reason) for r in record_dates_in(text)]
>>> read("The record date for the interim dividend is November 2, 2031 and the payment will be made "
...      "on November 9, 2031.")
[('2031-11-02', None)]
>>> read("The Company has determined that March 31, 2032 would be the record date for the year-end "
...      "dividend.")
[('2032-03-31', None)]
>>> read("The dividend will be paid to shareholders of record as of June 30, 2031.")
[('2031-06-30', None)]

A depositary's record date for the holders of ADSs is the Deposit Agreement's, not the company's
register's; a bonus issue's record date is no dividend's; a notice of several record dates does
not say which dividend each is for. None of them is a fact:

>>> read("April 1, 2032 would be the record date for the holders of ADSs entitled to the dividend.")
[('2032-04-01', 'record date of depositary shares (set under the deposit agreement), not of the company register')]
>>> read("The record date for the meeting is March 3, 2031.")
[]
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from converter.extract.base import DocumentContext, Found, Mention, Observation
from converter.extract.mechanisms.sentences import ACTIONS, PhraseFinder, Sentence, action_pattern, sentences
from converter.parse.dates import FoundDate, find_dates

RULE = "prose:record-date"
# how far after "record date" its verb may come: "for the purpose of determining the entitlement
# of the equity shareholders for the said dividend" (the qualifier names whose record date it is)
_QUALIFIER_REACH = 200
_DEPOSITARY = "record date of depositary shares (set under the deposit agreement), not of the company register"
_NOT_CASH = "record date of a bonus issue or a stock dividend"
_SEVERAL = "several record dates: which dividend each is for is not stated"


@dataclass(frozen=True)
class RecordDate:
    """A record date a sentence states for a dividend; ``reason`` why it is not the dividend's
    record date of the company's register, where it is not."""

    value: dt.date
    text: str
    start: int
    end: int
    reason: str | None = None


def record_dates_in(text: str) -> list[RecordDate]:
    """Every record date the prose of ``text`` states for a dividend, in order."""
    finders = [f for f in (PhraseFinder("record_date", text, ACTIONS), PhraseFinder("holders_of_record", text, ACTIONS))
               if not f.absent]
    found: list[RecordDate] = []
    before = None  # the sentence before, asked about only where a bare record date follows it
    for s in sentences(text) if finders else []:
        prior, before = before, s
        if not any(f.may_hold(s.text) for f in finders):
            continue
        if not action_pattern("record_dividend").search(s.text) and not _follows_dividend(text, prior, s.text, s.start):
            continue
        day = _record_day(s.text)
        if day is not None:
            found.append(RecordDate(day.value, day.text, s.start + day.start, s.start + day.end,
                                    _not_the_dividends(s.text)))
    return found


def _follows_dividend(text: str, prior: Sentence | None, sentence: str, start: int) -> bool:
    """"... a cash dividend of KRW 170 per common share. The record date is June 30, 2031.": a
    record date named with no qualifier, right after a sentence of the same paragraph that
    states a dividend, is that dividend's ("The record date for the meeting is ..." is not)."""
    if prior is None or "\n\n" in text[prior.end:start] or not action_pattern("record_dividend").search(prior.text):
        return False
    bare = action_pattern("record_date").search(sentence)
    return bare is not None and action_pattern("record_date_verb").match(sentence, bare.end() + 1) is not None \
        and sentence[bare.end():bare.end() + 1] == " "


def extract_record_dates(ctx: DocumentContext) -> Found:
    """The one record date the document's prose states for a dividend (none where it states
    several); each record date that is not the dividend's goes to the unmapped report."""
    found = record_dates_in(ctx.text)
    stated = [r for r in found if r.reason is None]
    several = len({r.value for r in stated}) > 1
    unmapped = tuple(Mention(r.text, ctx.span(r.start, r.end), r.reason or _SEVERAL)
                     for r in found if r.reason or several)
    observations = tuple(Observation("DividendRecordDate", r.value, ctx.document_period,
                                     span=ctx.span(r.start, r.end), rule=RULE)
                         for r in ([] if several else stated[:1]))
    return Found(observations, unmapped)


def _not_the_dividends(sentence: str) -> str | None:
    if action_pattern("record_depositary").search(sentence):
        return _DEPOSITARY
    if action_pattern("record_not_cash").search(sentence):
        return _NOT_CASH
    return None


def _record_day(sentence: str) -> FoundDate | None:
    """The date the sentence says is the record date: after "the record date (for ...) is",
    before "would be the record date", or after "shareholders of record as of"."""
    dates = find_dates(sentence)
    if not dates or action_pattern("record_dates").search(sentence):
        return None  # no full date; or several record dates in one breath
    for m in action_pattern("record_date").finditer(sentence):
        for day in dates:
            if day.start >= m.end() and _verb_between(sentence, m.end(), day.start):
                return day
            if day.end <= m.start() and _named_between(sentence, day.end, m.start()):
                return day
    holders = action_pattern("holders_of_record").search(sentence)
    if holders:
        return next((d for d in dates if d.start >= holders.end() and not sentence[holders.end():d.start].strip()),
                    None)
    return None


def _verb_between(sentence: str, after_phrase: int, date_start: int) -> bool:
    """'record date[ for the interim dividend] is [Monday,] <date>': the verb ends right before the
    date (or its day of the week), within reach of the phrase."""
    gap = sentence[after_phrase:date_start]
    if len(gap) > _QUALIFIER_REACH:
        return False
    verb = None
    for verb in action_pattern("record_date_verb").finditer(gap):
        pass
    if verb is None:
        return False
    rest = gap[verb.end():].strip(" ,")  # nothing but the date's day of the week: "is Monday, 12th ..."
    return not rest or action_pattern("record_date_weekday").fullmatch(rest) is not None


def _named_between(sentence: str, date_end: int, phrase_start: int) -> bool:
    """'<date> would be the record date', '<date> as the record date': nothing else between."""
    named = action_pattern("record_date_named").fullmatch(sentence[date_end:phrase_start].strip(" ,"))
    return named is not None
