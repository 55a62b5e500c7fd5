"""Corporate actions a release announces: stock splits, shareholder meetings, delisting
determinations, founding date, results announcement date (listings: ``mechanisms.listings``).

Split instants: shares outstanding AFTER a split are reported at its effective date, shares
BEFORE it at the day before (the last day the old count was true). Without an effective date,
the count before is reported at the document date and the count after is left unmapped.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from functools import cache

from converter.extract.base import DocumentContext
from converter.extract.mechanisms.figure_subjects import NewsCompanies, Subject
from converter.extract.mechanisms.korean_splits import par_change
from converter.extract.mechanisms.sentences import ACTIONS, Collected, PhraseFinder, Sentence, action_pattern, has_hangul, \
    action_values, lang_of
from converter.parse.gates import Gated, fold
from converter.model import PURE, SHARES, Mention, Observation, Period, UnitSpec
from converter.parse.dates import FoundDate, find_dates, month_numbers
from converter.parse.amounts import find_amounts
from converter.parse.numbers import find_counts, find_ratios


def _date_obs(ctx: DocumentContext, out: Collected, concept: str, d: FoundDate, s: Sentence,
              rule: str) -> None:
    start, end = s.start + d.start, s.start + d.end
    out.add(Observation(concept, d.value, ctx.document_period, span=ctx.span(start, end), rule=rule),
            start, end)


def _string_obs(ctx: DocumentContext, out: Collected, concept: str, value: str, start: int,
                end: int, rule: str, dimensions: tuple[tuple[str, str], ...] = ()) -> None:
    out.add(Observation(concept, value, ctx.document_period, dimensions=dimensions, lang=lang_of(value, ctx.text),
                        span=ctx.span(start, end), rule=rule), start, end)


def split_facts(ctx: DocumentContext, out: Collected, spans: list[Sentence]) -> None:
    """Split ratio (reverse or forward), effective date, and shares outstanding before and after."""
    effective: dt.date | None = None
    ratio_seen = False
    split_context = False
    reverse, forward = PhraseFinder("reverse_split", ctx.text, ACTIONS), PhraseFinder("forward_split", ctx.text, ACTIONS)
    takes_effect = PhraseFinder("takes_effect", ctx.text, ACTIONS)
    # (a text without the words of a split has no split context: its effective date is not looked for)
    for s in [] if reverse.absent and forward.absent else spans:
        if reverse.search(s.text):
            split_context = True
            for r in find_ratios(s.text):
                if r.value > 1 and not ratio_seen:
                    start, end = s.start + r.start, s.start + r.end
                    out.add(Observation("ReverseStockSplitRatio", r.value, ctx.document_period, PURE,
                                        _ratio_decimals(r.value), span=ctx.span(start, end),
                                        rule="press:reverse-split-ratio"), start, end)
                    ratio_seen = True
        elif forward.search(s.text):
            split_context = True
            for r in find_ratios(s.text):
                if r.new > r.old and not ratio_seen:  # "two-for-one": new shares per old share
                    start, end = s.start + r.start, s.start + r.end
                    value = r.new / r.old
                    out.add(Observation("StockSplitRatio", value, ctx.document_period, PURE,
                                        _ratio_decimals(value), span=ctx.span(start, end),
                                        rule="press:forward-split-ratio"), start, end)
                    ratio_seen = True
        verb = takes_effect.search(s.text) if split_context else None
        if verb and effective is None:
            # the date the verb introduces, not the dateline's: "..., March 3 -- ... effective April 1"
            dates = find_dates(s.text)
            dates = [d for d in dates if d.start >= verb.start()] or dates
            if dates:
                effective = dates[0].value
                _date_obs(ctx, out, "StockSplitEffectiveDate", dates[0], s, "press:split-effective")
    outstanding = PhraseFinder("outstanding", ctx.text, ACTIONS)
    for s in [] if outstanding.absent else spans:
        if outstanding.search(s.text):
            _shares_outstanding(ctx, out, s, effective)


def _as_of(before: str) -> dt.date | None:
    """The date an "as of" before a count places it at: "outstanding as of the record date
    (December 31, 2006) was 52,800,000 shares"."""
    m = None
    for m in _AS_OF.finditer(before):
        pass
    dates = find_dates(before[m.end():m.end() + 60]) if m else []
    return dates[0].value if dates and dates[0].start <= 25 else None


def _ratio_decimals(value: Decimal) -> int:
    return max(0, -value.normalize().as_tuple().exponent)  # type: ignore[operator]


def _shares_outstanding(ctx: DocumentContext, out: Collected, s: Sentence,
                        effective: dt.date | None) -> None:
    # (not "1주당": a share the sentence states a value per, no count of shares)
    counts = [c for c in find_counts(s.text) if _SHARES_NOUN.search(c.noun) and not _PER_SHARE.match(s.text, c.end)]
    if not counts:
        return
    before_after = _TO_BEFORE.search(s.text[:counts[0].start]) and len(counts) > 1 and \
        _FROM_BEFORE.search(s.text[:counts[1].start])
    pairs: list[tuple[int, dt.date | None]] = []
    korean = len(counts) > 1 and s.text[counts[0].end:counts[0].end + 3].lstrip().startswith("에서")
    if korean:  # "1억 2,000만주에서 1,200만주로"
        before_after = True
        counts = [counts[1], counts[0]]
    if before_after:  # "reduced to X shares from Y shares"
        pairs = [(0, effective), (1, effective - dt.timedelta(days=1) if effective else ctx.document_date)]
    elif len(counts) > 1 and _FROM_BEFORE.search(s.text[:counts[0].start]):  # "from Y to X"
        pairs = [(1, effective), (0, effective - dt.timedelta(days=1) if effective else ctx.document_date)]
    else:
        pairs = [(0, _as_of(s.text[:counts[0].start]) or ctx.document_date)]
    for index, day in pairs:
        c = counts[index]
        figure_end = c.start + len(c.text[:len(c.text) - len(c.noun)].rstrip())
        start, end = s.start + c.start, s.start + figure_end
        if day is None:
            out.unmapped.append(Mention(c.text, ctx.span(start, end), "shares outstanding without a date"))
            continue
        out.add(Observation("SharesOutstanding", c.value, Period.instant(day), SHARES, c.decimals,
                            span=ctx.span(start, end), rule="press:shares-outstanding"), start, end)


def meeting_facts(ctx: DocumentContext, out: Collected, spans: list[Sentence]) -> None:
    meeting = PhraseFinder("meeting_noun", ctx.text, ACTIONS)
    for s in [] if meeting.absent else spans:  # (most texts name no meeting: no sentence is asked)
        noun = meeting.search(s.text)
        if not noun:
            continue
        dates = [d for d in find_dates(s.text) if not _meetings_date_never(s.text, d)]
        after = [d for d in dates if d.start > noun.start()]
        if not after and _placed_by_month(s.text, noun.end()):
            continue  # 'On May 2, ... amended ..., to be approved at the general meeting in June 2031': May 2 is the amendment's
        # '... at the ensuing Annual General Meeting.': not yet called, no date of its own (its type stands)
        pending = not after and _pending(s.text, noun.start())
        dates = after or dates
        if not dates:
            continue
        # the type is one of the few words before the noun, whatever the spacing of the
        # layout; searched in the sentence itself so that "extraordinary" is not read as
        # "ordinary" where a window would cut the word
        words = list(_WORD.finditer(s.text[:noun.start()]))[-4:]
        lo = words[0].start() if words else noun.start()
        for value, pattern in action_values("meeting"):
            m = pattern.search(s.text, lo, noun.end())
            if m:
                _string_obs(ctx, out, "ShareholderMeetingType", value, s.start + m.start(),
                            s.start + m.end(), "press:meeting-type")
                break
        if not pending:
            _date_obs(ctx, out, "ShareholderMeetingDate", dates[0], s, "press:meeting-date")
        return


@cache
def _month_after_noun() -> re.Pattern[str]:
    """The month a meeting is placed in, right after its noun, with no day ('... general meeting of
    shareholders in June 2031', 'to be held during March')."""
    names = "|".join(sorted((re.escape(m.rstrip(".")) for m in month_numbers() if m.rstrip(".").isalpha()),
                            key=len, reverse=True))
    return re.compile(rf"\s*(?:(?:to\s+be\s+|was\s+|is\s+)?held\s+)?(?:in|during)\s+(?:{names})\b", re.IGNORECASE)


def _placed_by_month(text: str, noun_end: int) -> bool:
    """Whether the meeting named up to ``noun_end`` is placed in a month of its own (no day given):
    the sentence's dates before the noun are then another event's, never the meeting's."""
    return _month_after_noun().match(text, noun_end) is not None


_PENDING_REACH = 40  # how far before the noun its word stands ('the ensuing 43rd Annual General Meeting')


def _pending(text: str, noun_start: int) -> bool:
    """Whether the words just before a meeting's noun say it is yet to be called ('ensuing',
    'forthcoming': ``meeting_pending`` of ``data/corporate_action_phrases.tsv``)."""
    return _pending_words().search(text, max(0, noun_start - _PENDING_REACH), noun_start) is not None


@cache
def _pending_words() -> re.Pattern[str]:
    return action_pattern("meeting_pending")


def _meetings_date_never(text: str, d: FoundDate) -> bool:
    """A date of the sentence that is not the meeting's, wherever the meeting is named: the end of
    a period or the day a balance is stated at ('for the year ended ...', 'as at ...'), or the
    release's dateline opening the sentence ('Busan, March 3, 2026 -- The Board ...')."""
    if _ENDS_TERM.search(text, max(0, d.start - 40), d.start):
        return True
    return d.start <= 60 and _DATELINE_DASH.match(text, d.end) is not None


def delisting_facts(ctx: DocumentContext, out: Collected, spans: list[Sentence]) -> None:
    delisting = PhraseFinder("delisting", ctx.text, ACTIONS)
    for s in [] if delisting.absent else spans:
        if delisting.search(s.text) and _DELIST_WORD.search(s.text):
            dates = find_dates(s.text)
            if dates:
                _date_obs(ctx, out, "DelistingDeterminationDate", dates[0], s, "press:delisting")
                return


def founding_facts(ctx: DocumentContext, out: Collected, spans: list[Sentence]) -> None:
    english, korean = _en_founded(), _KO_FOUNDED
    founding = PhraseFinder("founding", ctx.text, ACTIONS)  # (an English founding date opens with its phrase)
    for s in spans:
        m = (english.search(s.text) if founding.may_hold(s.text) else None) or \
            (korean.search(s.text) if _KO_FOUNDED_GATE.may_match(fold(s.text)) else None)
        if not m:
            continue
        value = m["y"]
        if m["m"]:
            month = int(m["m"]) if m["m"].isdigit() else month_numbers()[m["m"].lower()]
            value += f"-{month:02d}" + (f"-{int(m['d']):02d}" if m["d"] else "")
        groups = [g for g in ("y", "m", "d") if m[g]]
        start = s.start + min(m.start(g) for g in groups)
        end = s.start + max(m.end(g) for g in groups)
        _string_obs(ctx, out, "EntityFoundingDate", value, start, end, "press:founded")
        return


# "today"
_TODAY = re.compile(r"\btoday\b", re.I)
# "for the six months ended 30th September": a date that ends a period, not the announcement's
_ENDS_PERIOD = re.compile(r"\b(?:ended|ending|to|through|as\s+(?:of|at))\s*$", re.I)
_AS_OF = re.compile(r"\bas\s+(?:of|at)\b", re.I)
_DATELINE_DASH = re.compile(r"[ \t]*(?:--|[-\u2013\u2014][ \t])")  # a dateline's dash after its date
# "the final dividend for the year ended 31 December 2025 (subject to approval at the annual general
# meeting)": a date a period ends on, or a balance is stated at, is never the meeting's
_ENDS_TERM = re.compile(r"\b(?:ended|ending|as\s+(?:of|at))\s*(?:on\s+)?$", re.I)
# what a count of shares counts
_SHARES_NOUN = re.compile(r"shares?|^주$")
_PER_SHARE = re.compile(r"당")  # right after a count of 주: "1주당 액면가", per share
_TO_BEFORE = re.compile(r"\bto\s*$")
_FROM_BEFORE = re.compile(r"\bfrom\s*$")
_WORD = re.compile(r"\S+")
_DELIST_WORD = re.compile(r"delist|상장\s*폐지", re.I)
# "from Won 5,000 to Won 500", "5,000원에서 500원으로": the par value after a change
_CHANGED_TO = re.compile(r"\s*(?:per\s+share\s+)?to\s*|\s*에서\s*")
# "1999년 3월 설립": a Korean founding date
_KO_FOUNDED = re.compile(r"(?P<y>(?:19|20)\d\d)\s*년\s*(?:(?P<m>1[0-2]|0?[1-9])\s*월\s*)?(?:(?P<d>[0-3]?\d)\s*일\s*)?(?:에\s*)?설립")
_KO_FOUNDED_GATE = Gated(_KO_FOUNDED)  # (년 and 설립: most sentences lack them)


@cache
def _en_founded() -> re.Pattern[str]:
    """"was founded in March 1999", "established on May 3, 2001": an English founding date."""
    latin = "|".join(sorted((re.escape(m) for m in month_numbers() if m[0].isascii()), key=len, reverse=True))
    return re.compile(rf"(?:{action_pattern('founding').pattern})\s+(?:in|on)\s+"
                      rf"(?:(?P<m>{latin})\s+(?:(?P<d>\d{{1,2}}),?\s+)?)?(?P<y>(?:19|20)\d\d)", re.I)


def results_date_facts(ctx: DocumentContext, out: Collected, spans: list[Sentence]) -> None:
    """The date the company will announce (or holds a call on) its results."""
    verb, noun = PhraseFinder("results_verb", ctx.text, ACTIONS), PhraseFinder("results_noun", ctx.text, ACTIONS)
    for s in [] if verb.absent or noun.absent else spans:  # (a sentence needs both)
        if not verb.search(s.text) or _TODAY.search(s.text):
            continue
        if not noun.search(s.text):
            continue
        for d in find_dates(s.text):
            if _ENDS_PERIOD.search(s.text[:d.start]):
                continue  # "the results ... for the six months ended 30th September, 2005": a period's end
            if _other_items_date(s.text, d.start, noun):
                continue  # 'Submission of quarterly report: November 9, 2018': another item's date
            if ctx.document_date is None or d.value > ctx.document_date:
                _date_obs(ctx, out, "ResultsAnnouncementDate", d, s, "press:results-date")
                return


# the label a header prints before a date ('Submission of quarterly report: ', 'Dividend payment
# commencement: '): the words back to the previous label's colon or a sentence's stop
_LABEL_BEFORE = re.compile(r"(?P<label>[^:.;()]{1,60}):\s*$")


def _other_items_date(text: str, start: int, noun: PhraseFinder) -> bool:
    """Whether the date at ``start`` is labelled ('Label: date') by a label that does not name
    the results (a results summary's header: the report's filing date, the dividend's payment
    date), so it is that item's date, not the results'.

    >>> noun = PhraseFinder("results_noun", "Results", ACTIONS)
    >>> text = "Results briefing: May 9, 2018 Submission of quarterly report: May 11, 2018"
    >>> _other_items_date(text, text.index("May 9"), noun), _other_items_date(text, text.index("May 11"), noun)
    (False, True)
    """
    label = _LABEL_BEFORE.search(text, max(0, start - 64), start)
    return label is not None and noun.search(label["label"]) is None


def par_value_facts(ctx: DocumentContext, out: Collected, spans: list[Sentence]) -> None:
    """"par value of Won 5,000 per share" -> 5,000 KRW/share. Where a split changes it ("reduce
    the par value from Won 5,000 to Won 500"), the par value the stock has at the release date is
    the first; the new one has no concept of its own (the concept is not dated) and is reported."""
    par_value = PhraseFinder("par_value", ctx.text, ACTIONS)
    for s in [] if par_value.absent else spans:
        phrase = par_value.search(s.text)
        if phrase is None:
            continue
        amounts = [a for a in find_amounts(s.text) if a.start >= phrase.start() and a.value > 0]
        change = par_change(s.text) if has_hangul(s.text) else None
        if change is not None:  # "5,000원의 액면가를 주당 500원으로": the par now stands before the word
            amounts = [change.old, change.new]
        if not amounts:
            continue
        first = amounts[0]
        start, end = s.start + first.start, s.start + first.end
        out.add(Observation("CommonStockParValuePerShare", first.value, ctx.document_period,
                            UnitSpec.per_share(first.currency), first.decimals, span=ctx.span(start, end),
                            rule="press:par-value"), start, end)
        if len(amounts) > 1 and (change is not None or _CHANGED_TO.fullmatch(s.text[first.end:amounts[1].start])):
            new = amounts[1]
            out.unmapped.append(Mention(new.text, ctx.span(s.start + new.start, s.start + new.end),
                                        "par value after the change: no dated concept in the taxonomy"))
        return


# "1조원 규모의 자사주를 매입,소각키로 결의했다", "to buy back KRW 500 billion of its own shares":
# the amount a resolved repurchase of own shares is to spend
_TREASURY = (
    re.compile(r"(?P<amount>\S+(?:\s\S+)?)\s*(?:규모|어치)?(?:의)?\s*(?:자사주|자기주식)(?:를|을)?\s*(?:매입|취득)"),
    re.compile(r"(?:repurchase|buy\s+back|buyback\s+of)\s+(?:up\s+to\s+)?(?P<amount>[^,;]{3,30}?)\s+(?:worth\s+)?of\s+"
               r"(?:its\s+)?(?:own\s+)?(?:common\s+)?(?:shares|stock)", re.I),
)


# words of a share repurchase
_REPURCHASE_WORD = re.compile(r"자사주|자기주식|repurchase|buy\s*back", re.I)
_REPURCHASE_GATE = Gated(_REPURCHASE_WORD)


def treasury_facts(ctx: DocumentContext, out: Collected, spans: list[Sentence]) -> None:
    """The amount of a resolved repurchase of the company's own shares."""
    for s in spans:
        if not _REPURCHASE_GATE.may_match(fold(s.text)) or not _REPURCHASE_WORD.search(s.text):
            continue
        for pattern in _TREASURY:
            m = pattern.search(s.text)
            if m is None:
                continue
            amounts = [a for a in find_amounts(m["amount"]) if a.end == len(m["amount"].rstrip())]
            if len(amounts) != 1 or amounts[0].value <= 0:
                continue
            a = amounts[0]
            start = s.start + m.start("amount") + a.start
            if out.is_used(start, start + len(a.text)):
                continue
            issuer = _issuer(ctx, spans, s)
            if issuer.unknown:
                out.unmapped.append(Mention(a.text, ctx.span(start, start + len(a.text)),
                                            f"repurchase by {issuer.member}: the issuer cannot be told"))
                return
            out.add(Observation("TreasuryShareAcquisitionAmount", a.value, ctx.document_period,
                                UnitSpec.currency(a.currency), a.decimals, issuer.dimensions,
                                span=ctx.span(start, start + len(a.text)),
                                rule="press:treasury-shares"), start, start + len(a.text))
            return


def _issuer(ctx: DocumentContext, spans: list[Sentence], s: Sentence) -> Subject:
    """The company whose repurchase the sentence states: the one it names as its subject
    ("KT는 이날 ... 자사주를 취득했다고 공시했다" in a story on several issuers), read as the
    results figures read it; the registrant where it names none (a fresh reading, so that a
    company an earlier sentence named is not carried into this one)."""
    return NewsCompanies(ctx.registrant, spans, ctx.text).subject(s.text, s.start)

