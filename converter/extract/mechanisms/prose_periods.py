"""The periods of running text: which period a figure of a sentence is for.

A document reports in its own fiscal calendar (``parse.fiscal_calendar``); a sentence names its
periods ("the third quarter of 2003", "3·4분기", "a year earlier"); a figure's own period is the
phrase next to it that no comparison word introduces, else the period the text is about so far
(``current``). A phrase the text leaves without its year ("올 1분기" in an undated article) names
no period: its figures are reported as unmapped with the phrase, never dated by a guess. In an
undated document the periods it names with their year are its anchors: a yearless phrase is read
only where it names one of them exactly ("the second quarter" beside "the second quarter of
2003"), and a comparative stated with its year ("전년동기(03.2/4분기)") dates the period it is
compared with. A flow figure of a yearless phrase is still read (``stated_periods.stated_period``): it is reported
for forever on ``StatedPeriodAxis``, the phrase as printed, so it is neither lost nor misdated.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from converter.extract.base import DocumentContext
from converter.extract.mechanisms.prose_period_parts import (
    RELATION_OFFSETS,
    prior_period_offset,
    a_year as _a_year,
    cumulative_candidates,
    cumulative_compared,
    cut_off as _cut_off,
    labels_figure,
    part_compared,
    quarters_offset,
    sentence_period as _sentence_period,
)
from converter.extract.mechanisms.prose_comparisons import CLAUSE_BREAK, KO_COMPARED_AFTER, compared_before, \
    is_comparative, year_after_comparison
from converter.extract.mechanisms.prose_causes import cause_kinds, may_name_cause_folded, not_the_figures
from converter.extract.mechanisms.sentences import Sentence, gated_search, word_pattern
from converter.model import Period
from converter.parse.fiscal_calendar import fiscal_calendar, statutory_calendar, year_end_stated, year_end_unstated
from converter.parse.gates import Gated, folded_text
from converter.parse.period_patterns import THIS_YEAR_WORDS
from converter.parse.periods import FiscalCalendar, FoundPeriod, find_periods, shift
from converter.taxonomy.table import concept_rows

# "Revenue last month fell ...", "지난달 매출은 ...": the month before the article's, the figures' own
# period where no comparison word introduces the phrase (``_last_month``)
LAST_MONTH = "last_month"
# "지난해 1분기 12억원의 영업이익을 기록했던 한빛은 올해 1분기 ...", "작년 2분기 35억원 손실과 비교할
# 때", "작년 1분기 35억원보다 20% 늘었다": a period opening a clause that states an earlier figure, as background (a past-perfect
# adnominal, -던) or as what the main clause is compared with: that figure's period, not the text's
_KO_EARLIER_CLAUSE = re.compile(r"""(?:
    [^,.;\n]{0,60}?(?:[었았였했]|이)던\s+[가-힣A-Za-z0-9]{1,20}(?:은|는|이|가)\s  # ... 기록했던 한빛은
    |\s*(?:의\s*)?[△-]?\d[\d,.]*\s*(?:[조억만천백]\s*(?:\d[\d,.]*\s*)?)*원?\s*  # 35억원
     (?:(?:[가-힣]{1,6}\s*)?(?:과|와)\s*비교                           # (손실)과 비교
      |보다|에\s*비해|에\s*견[줘주]|\s*대비))                           # 35억원보다, 35억원 대비""", re.VERBOSE)
PERIOD_KINDS = ("quarter", "half", "year", "months", "fyq", "fiscal_quarter", "quarter_end", "months_to", "to_quarter", "quarters",
                "jfy", "cjk_ended", "split_year", LAST_MONTH)
_OPEN_PARENTHESIS = re.compile(r"\s*\(\s*")
# "2001년 2·4분기(1조 3250억원)": a figure in parentheses right after a period phrase; not the
# period's own dates ("2030年3月期第3四半期(29.4.1~同12.31)", "(2029年4月1日～12月31日)")
_FIGURE_IN_PARENTHESES = re.compile(r"""\s*[(（]\s*
    (?!\d{2,4}\s*[./年]\s*\d{1,2}\s*[./月]\s*\d{1,2}\s*日?\s*[~～〜∼\-－–])   # a range of dates opening
    [\d\-△]""", re.VERBOSE)
# a parenthesis after a period (its figure: "(영업이익 2천억원)"), or the figure the period's
# clause states ("에 기록한 2천억원"), then the word for "since"
_ASIDE_THEN_WORD = re.compile(r"""\s*(?:
    [(（][^()（）\n]{0,40}[)）]                                   # (영업이익 2천억원)
    |에\s*(?:[가-힣]{1,6}\s+){1,2}\d[\d,.]*\s*(?:[조억만천백]\s*(?:\d[\d,.]*\s*)?)*원  # 에 기록한 2천억원
    )?\s*""", re.VERBOSE)


def _since(text: str, end: int) -> bool:
    """Whether the period ending at ``end`` is followed by a word for "since" (``ko_since``):
    "2031년 3분기(영업이익 2천억원) 이후 3년 만에 최대", a record counted from a past period."""
    at = _ASIDE_THEN_WORD.match(text, end).end()
    return word_pattern("ko_since").match(text, at) is not None
# a colon and then a figure: the phrase before the colon heads that figure ("... 2031: 4,321")
_HEADS_FIGURE = re.compile(r"\s*[:：]\s*(?:[A-Z]{0,3}[$¥₩€£]|\d)")
_OTHER_SENTENCE = re.compile(r";|\.\s")


@cache
def concept_kinds() -> dict[str, tuple[str, str]]:
    """Concept -> (kind, period type), from the taxonomy's concept table."""
    return {row.name: (row.kind, row.period_type) for row in concept_rows()}


NOW = "now"  # a present-tense figure ("which has 18.42 million subscribers")


@dataclass(frozen=True)
class Dated:
    """The period a figure is for, or the phrase that would date it if it had a year."""

    period: Period | None
    undated: str | None = None  # "올 1분기": a period phrase without a year
    # "2021 Annual Report" in a document whose fiscal year does not end in December nor says where
    # it ends ("2020/21 Interim Report"): a fiscal period no calendar date can be given
    year_end_unstated: str | None = None
    # "a net profit of Rs 519 crore for the corresponding period of the previous fiscal", in a
    # sentence naming no period of its own: the year before the period the text reports the
    # measure for, known only once every sentence is read (``SentenceBinder.date_year_before``)
    year_before_the_measures: bool = False

    @property
    def reason(self) -> str | None:
        if self.year_end_unstated is not None:
            return f"period '{self.year_end_unstated}' is of a fiscal year whose end the document does not state"
        if self.undated is None:
            return None
        if self.undated == NOW:
            return "a figure as of the document's date, which it does not state: pass --date"
        return f"period '{self.undated}' has no year: pass --date"


NO_PERIOD = Dated(None)
# the kind of a period phrase whose period depends on a fiscal year end the document does not state
UNSTATED_FISCAL = "unstated_fiscal"
# a part of a year named by its fiscal label ("Q4 FY23", "the first half of fiscal 2023"): dated only
# in a calendar the document states
_FISCAL_PART_KINDS = ("quarter", "half", "months", "to_quarter", "fiscal_quarter")
_FISCAL_WORD = re.compile(r"(?<![A-Za-z])FY|\bfiscal\b", re.I)
# a fiscal year ending in another month than December, to tell which phrases depend on the year end
_OTHER_CALENDAR = FiscalCalendar(6)


# a word naming the year of the text: this year, 올해, 금년
_THIS_YEAR_WORD = re.compile(rf"\bthis\s+(?:fiscal\s+)?year\b|{'|'.join(THIS_YEAR_WORDS)}", re.IGNORECASE)


def fit(concept: str, period: Period | None) -> Period | None:
    """The period in the concept's period type: an instant at the end of a duration, a
    year-to-date duration up to an instant ("net addition ... by the end of September")."""
    if period is None or period.end is None:
        return None
    if concept_kinds()[concept][1] == "instant":
        return Period.instant(period.end)
    if period.start is None:
        return Period.duration(dt.date(period.end.year, 1, 1), period.end)
    return period


# "announced its unaudited interim results for the", "reported consolidated results for the"
_ANNOUNCES = Gated(re.compile(r"\b(?:announc|report)\w*\b.{0,80}?\bresults\s+for\b", re.I | re.S))
_RESULTS_FOR = re.compile(r"\bresults\s+for\s+(?:the\s+)?$", re.I)


class ProsePeriods:
    """The periods of a document's sentences, read in document order."""

    def __init__(self, ctx: DocumentContext, spans: list[Sentence]) -> None:
        self.ctx = ctx
        # ``is_comparative`` of each phrase, asked by the text's period, each figure's and the
        # comparison in turn (507 asks of 267 phrases on the bench's releases): answered once
        self._comparative: dict[tuple[FoundPeriod, Sentence], bool] = {}
        self.calendar: FiscalCalendar = fiscal_calendar(ctx.text)
        self.year_end_unknown = self.calendar.end_month == 12 and year_end_unstated(ctx.text)
        self.fiscal_labels_undated = not year_end_stated(ctx.text)
        # the text says where its year ends, in the calendar read (not a statutory one the
        # calendar does not follow): then "the June quarter" is a known quarter of it
        self.year_end_known = not self.fiscal_labels_undated and statutory_calendar(ctx.text) in (None, self.calendar)
        # a sentence holds a word of a cause only where its document does (most hold none)
        self.causes_possible = may_name_cause_folded(folded_text(ctx.text))
        self.anchors: tuple[Period, ...] = () if ctx.document_date else self._anchors(spans)
        self.current: Period | None = None
        self.undated: str | None = None  # the yearless phrase the text is about, if any
        self.unstated: str | None = None  # the fiscal phrase the text is about, its year end unstated
        self.announced: Period | None = self._announced(spans)

    def is_comparative(self, p: FoundPeriod, s: Sentence) -> bool:
        """``is_comparative`` in the document's text, remembered for the document (its readers
        from the start share it)."""
        key = (p, s)
        if key not in self._comparative:
            self._comparative[key] = is_comparative(self.ctx.text, p, s)
        return self._comparative[key]

    def restarted(self) -> ProsePeriods:
        """A reader of the same document from its start: the calendar, anchors and announced
        period are the document's, read once; only the text's current period starts again."""
        again = copy.copy(self)
        again.current, again.undated, again.unstated = None, None, None
        return again

    def find(self, s: Sentence) -> list[FoundPeriod]:
        found = self._periods(s.text, document_date=self.ctx.document_date, current=self.current,
                              anchors=self.anchors)
        if found and self.causes_possible and (kinds := cause_kinds(s.text)):
            found = [p for p in found if not not_the_figures(s.text, p, kinds)]
        found = [p for p in found if not _cut_off(s.text, p)]
        found = [self._last_month(p, s) if p.relation == "prior_month" else p for p in found]
        return [self._beside(p, found) if p.unresolved else p for p in found]

    def _last_month(self, p: FoundPeriod, s: Sentence) -> FoundPeriod:
        """"Revenue last month fell 4.5 percent ...": a news story's "last month" (지난달) no
        comparison word introduces ("from last month", "지난달 대비") is the period of the figures,
        the month before the story's date (undated: the phrase as printed, on StatedPeriodAxis),
        not a comparison with the month before theirs."""
        if not word_pattern("last_month").fullmatch(p.text) or self.is_comparative(p, s) is not True:
            return p
        before = self.ctx.text[max(s.start, s.start + p.start - 30):s.start + p.start]
        after = self.ctx.text[s.start + p.end:s.start + p.end + 24]
        if compared_before().search(before) or KO_COMPARED_AFTER.match(after):
            return p
        day = self.ctx.document_date
        if day is None:
            return dataclasses.replace(p, kind=LAST_MONTH, relation=None, needs_year=True)
        end = day.replace(day=1) - dt.timedelta(days=1)
        return dataclasses.replace(p, period=Period(end=end, start=end.replace(day=1)), kind=LAST_MONTH,
                                   relation=None)

    def _periods(self, text: str, **given) -> list[FoundPeriod]:  # type: ignore[no-untyped-def]
        """``find_periods`` in the document's calendar; where the document's fiscal year does not
        end in December and it does not say where it ends, a phrase whose period depends on the
        year end ("2021 Annual Report", "the first half", "for the year") is of kind
        ``UNSTATED_FISCAL`` with no period: "2021" is not calendar 2021. A phrase that states its
        own dates ("the six months ended 31 December 2020") keeps its period."""
        found = find_periods(text, calendar=self.calendar, **given)
        if self.fiscal_labels_undated:  # "Q4 FY23" of a year whose end is unsaid: no calendar quarter
            found = [dataclasses.replace(p, period=None, kind=UNSTATED_FISCAL, needs_year=False)
                     if p.kind in _FISCAL_PART_KINDS and _FISCAL_WORD.search(p.text) else p for p in found]
        if not self.year_end_unknown:
            return found
        other = {(p.start, p.end): p for p in find_periods(text, calendar=_OTHER_CALENDAR, **given)}
        spans = {(p.start, p.end): p for p in found}
        kept = [p for span, p in spans.items() if span in other and other[span].period == p.period]
        # read differently in another calendar, or only in one ("fiscal year 2020/21" names no year
        # in December's; "year 2020" of it is no phrase in the other's)
        same = {(q.start, q.end) for q in kept}
        moot = [p for span, p in (*other.items(), *spans.items()) if span not in same]
        for p in sorted(moot, key=lambda p: p.start - p.end):  # the longest first
            if not any(q.start < p.end and p.start < q.end for q in kept):
                kept.append(dataclasses.replace(p, period=None, kind=UNSTATED_FISCAL, needs_year=False))
        return sorted(kept, key=lambda p: p.start)

    def _beside(self, p: FoundPeriod, found: list[FoundPeriod]) -> FoundPeriod:
        """"from 28.1% in second quarter to 31% in third quarter" (the third dated): a yearless
        quarter or half contrasted in one sentence with a dated one of its kind is the last such
        part up to the dated one."""
        dated = [q.period for q in found if q.period is not None and q.kind == p.kind and q.kind in ("quarter", "half")]
        if len(dated) != 1 or dated[0].end is None:
            return p
        again = [q for q in self._periods(p.text, document_date=dated[0].end)
                 if q.period is not None and q.kind == p.kind]
        if len(again) != 1 or again[0].period == dated[0]:
            return p
        return dataclasses.replace(p, period=again[0].period)

    def _anchors(self, spans: list[Sentence]) -> tuple[Period, ...]:
        found: set[Period] = set()
        for s in spans:
            periods = self._periods(s.text)
            if periods and self.causes_possible and (kinds := cause_kinds(s.text)):
                periods = [p for p in periods if not not_the_figures(s.text, p, kinds)]
            for i, p in enumerate(periods):
                if p.period is None or p.kind not in PERIOD_KINDS + ("instant",):
                    continue
                if _since(s.text, p.end):
                    continue  # "2031년 3분기(...) 이후 처음": a record's starting point dates no yearless phrase
                previous = periods[i - 1] if i else None
                if previous is not None and previous.relation and not previous.relation.startswith("same") and \
                        _OPEN_PARENTHESIS.fullmatch(s.text[previous.end:p.start]):
                    found.add(shift(p.period, previous.relation, forward=True))  # 전년동기(03.2/4분기)
                elif not self.is_comparative(p, s):
                    found.add(p.period)
        return tuple(sorted(found - self._not_this_year(spans, found)))

    def _not_this_year(self, spans: list[Sentence], anchors: set[Period]) -> set[Period]:
        """The anchors that are the part of a year the text also names with a this-year word
        ("the first quarter of 2016" beside "the first quarter this year", "2016년 1분기" beside
        "올해 1분기"): the text's own year is not told by them, so "the first quarter" is not
        dated by them either."""
        this_year = {p.text for s in spans for p in self._periods(s.text)
                     if p.unresolved and _THIS_YEAR_WORD.search(p.text)}
        return {anchor for anchor in anchors for phrase in this_year
                if anchor.end is not None and any(q.period == anchor for q in self._periods(phrase, document_date=anchor.end))}

    def update(self, s: Sentence, periods: list[FoundPeriod]) -> None:
        """The first period of a sentence that is no comparison becomes the text's period."""
        for p in periods:
            if _FIGURE_IN_PARENTHESES.match(s.text[p.end:]):
                continue  # "2001년 2·4분기(1조 3250억원)": a figure of that period, not the text's period
            if _since(s.text, p.end):
                continue  # "2031년 3분기(...) 이후 3년 만에 최대": the point a record counts from
            if labels_figure(s, p):
                continue  # "0.31元（2003年上半年：0.28元）": an aside labelling its own figure
            if _KO_EARLIER_CLAUSE.match(s.text, p.end):
                continue  # "지난해 1분기 ... 기록했던 한빛은 올해 1분기 ...": the clause's figure's period only
            if p.kind in PERIOD_KINDS and not self.is_comparative(p, s):
                # "3분기 ... 지난해 3분기 누적 대비": compared like with like, the months to the quarter's end
                p = cumulative_compared(p, [q for q in cumulative_candidates(p, periods) if self.is_comparative(q, s)]) or p
                if p.period is not None and p.period.start is not None:
                    self.current, self.undated, self.unstated = p.period, None, None
                    return
                if p.unresolved:
                    self.current, self.undated, self.unstated = None, p.text, None
                    return
            if p.kind == UNSTATED_FISCAL and not self.is_comparative(p, s):
                self.current, self.undated, self.unstated = None, None, p.text
                return
        if not periods and len(s.text) <= 70 and "\n" not in s.text and word_pattern("part_report").search(s.text):
            # "2020/21 Interim Report" after the year's figures: a heading of a part of the year whose
            # period is not read; the figures under it are not of the year the text was about
            if _a_year(self.current):
                self.current, self.undated = None, None
            self.undated, self.unstated = None, None  # ("For the year" of a year whose end is unstated)
            if _a_year(self.announced):
                self.announced = None

    def fallback(self) -> Dated:
        if self.current is None and self.undated is None and self.unstated is None and self.announced is not None:
            return Dated(self.announced)  # a highlights box above the sentence naming the period
        if self.current is None and self.undated is None:
            return Dated(None, None, self.unstated)
        return Dated(self.current, self.undated if self.current is None else None)

    def _announced(self, spans: list[Sentence]) -> Period | None:
        """"... today announced its unaudited interim results for the six months ended 30 June
        2003": the one period the first sentence announcing results names is the period of the
        figures above it (a highlights box under a heading such as "2003 INTERIM RESULTS").
        None where that sentence names two ("the fourth quarter and the full year 2004")."""
        if not _ANNOUNCES.may_match(folded_text(self.ctx.text)):
            return None  # (the sentences are the text's: none holds words the whole lacks)
        for s in spans:
            if not gated_search(_ANNOUNCES, s.text):
                continue
            found = [p for p in self.find(s) if p.kind in PERIOD_KINDS and not self.is_comparative(p, s)]
            led = [p for p in found if _RESULTS_FOR.search(s.text[:p.start])]
            if len(found) == 1 and led and found[0].period is not None and found[0].period.start is not None:
                return found[0].period
            return None
        return None

    def names_future(self, periods: list[FoundPeriod]) -> bool:
        """A period that has not ended by the release date ("net income in 2004" in a
        February 2004 release) makes the sentence a forecast: no result is known for it yet."""
        day = self.ctx.document_date
        return day is not None and any(p.period is not None and p.period.start is not None
                                       and p.period.end > day for p in periods)

    # -- a figure's periods ------------------------------------------------------------------

    def own(self, s: Sentence, periods: list[FoundPeriod], start: int, end: int, left: int,
            right: int, measure_start: int | None = None) -> Dated:
        """The period of the figure at ``start:end``: the phrase right after it (before the
        next figure at ``right``), else right before it (after ``left``), else a phrase closing
        the list it stands in ("X in revenues and Y in net income in 2004"), else the one right
        before its measure, else the text's period."""
        text = self.ctx.text
        own = [p for p in periods if (p.period is not None or p.unresolved)
               and not self.is_comparative(p, s) and not labels_figure(s, p)]
        # Korean, Japanese and Chinese write a figure's period before it: a phrase after it, past
        # words of the clause ("422억원으로, 지난 1분기 흑자전환 후", "0.31元（2003年上半年：0.28元）"),
        # is another figure's
        # nor is one the next figure follows at once: "1분기 315억원, 2분기 176억원" (a list of
        # periods with their figures)
        # nor one that heads the figures after it with a colon ("As of March 31, 2031: / 4,321
        # million yen / As of March 31, 2030: / ..."): the figure before it is the heading above's
        after = [p for p in own if end <= s.start + p.start < right
                 and not _CJK.search(text, end, s.start + p.start)
                 and not (right < s.end and not text[s.start + p.end:right].strip())
                 and not _HEADS_FIGURE.match(s.text, p.end)]
        if after:
            return _dated(after[0])
        before = [p for p in own if left <= s.start + p.end <= start]
        later = next((p for p in own if s.start + p.start >= end
                      and self._closes_list(text[end:s.start + p.start])
                      and not _CJK.search(text, end, s.start + p.start)), None)
        if before and (later is None or "," not in text[s.start + before[-1].end:start]):
            return _dated(before[-1])
        if later is not None:
            return _dated(later)
        if measure_start is not None:  # "2003년 매출 4조원", "2Q03 revenues of ...": right before the measure
            leading = [p for p in own if s.start + p.end <= measure_start
                       and _LEADS_MEASURE.fullmatch(text[s.start + p.end:measure_start])]
            if leading:
                return _dated(leading[-1])
            compared = [p for p in periods if p.relation in RELATION_OFFSETS and s.start + p.end <= measure_start
                        and _LEADS_MEASURE.fullmatch(text[s.start + p.end:measure_start])]
            if compared:
                return self._of_compared(compared[-1])
        shared = _sentence_period(s, own, start, text)
        return _dated(shared) if shared is not None else self.fallback()

    def _of_compared(self, p: FoundPeriod) -> Dated:
        """The period of a figure whose measure a comparative period heads ("前年同期の売上高は
        1兆993億円", "前期の営業利益は..."): that period, the text's own shifted back, not the
        text's own. Japanese 前期 is the fiscal year before: only a year is shifted to it (the
        quarter a year back is not the year before); else no period."""
        if self.current is None or (p.text.strip() == "前期" and not _twelve_months(self.current)):
            return NO_PERIOD
        return Dated(shift(self.current, p.relation or ""))

    @staticmethod
    def _closes_list(between: str) -> bool:
        compare = word_pattern("compare")
        return len(between) < 120 and not compare.search(between) and not CLAUSE_BREAK.search(between) \
            and not _OTHER_SENTENCE.search(between)

    def comparative(self, s: Sentence, periods: list[FoundPeriod], own: Period | None,
                    left: int, right: int, nearest_right: bool = False) -> Period | None:
        """The comparative period named between ``left`` and ``right`` (the first; ``nearest_right``:
        the last, the one next to a figure written after its comparison)."""
        for p in reversed(periods) if nearest_right else periods:
            where = s.start + p.start
            if not (left <= where < right) or not self.is_comparative(p, s):
                continue
            if p.relation is not None:
                return shift(own, p.relation) if own is not None and own.end is not None else None
            if p.period is not None and p.period != own:
                return part_compared(p, own)
        return None

    def comparative_offset(self, s: Sentence, periods: list[FoundPeriod], left: int, right: int,
                           own_phrase: str | None = None) -> str | None:
        """The comparison named between ``left`` and ``right`` as an ISO 8601 offset from the
        figure's own period ("전년 동기 대비" -> "-P1Y"), for a figure whose own period has no year
        (``own_phrase``, as printed: a quarter compared with a quarter named without its year)."""
        for p in periods:
            if not left <= s.start + p.start < right:
                continue
            if p.relation in RELATION_OFFSETS and self.is_comparative(p, s):
                return RELATION_OFFSETS[p.relation]
            if p.relation == "prior_period" and self.is_comparative(p, s):
                return prior_period_offset(own_phrase)  # "전기 대비": the period before, by the figure's own
            offset = quarters_offset(own_phrase, p.text) if own_phrase and p.unresolved and p.kind == "quarter" \
                and self.is_comparative(p, s) else None
            if offset is not None:
                return offset
        return None

    def year_compared(self, own: Period | None, left: int, right: int) -> Period | None:
        """"a 1.2% increase from 2002": the same part of the year named after the comparison."""
        m = year_after_comparison().search(self.ctx.text, left, right)
        if own is None or own.end is None or m is None:
            return None
        years = own.end.year - int(m.group(1))
        if years <= 0:
            return None
        period = own
        for _ in range(years):
            period = shift(period, "prior_year")
        return period


_CJK = re.compile(r"[가-힣\u3040-\u30ff\u3400-\u9fff]")
# between a period and the measure it dates: nothing, Korean 의, Japanese の, or the words of
# the consolidated or parent-only statements ("93年9月份合併營業收入", "2004年3月期の連結売上高")
# ("2031년 3분기(영업이익 ...": the period's figure in a parenthesis after it, named by its measure)
_LEADS_MEASURE = re.compile(r"\s{0,3}|\s*의\s*|\s*[(（]\s*|\s*(?:の)?\s*(?:合併|合并|連結|个别|個別|單獨|单独|單體|单体)?\s*(?:の)?\s*")


def _twelve_months(period: Period) -> bool:
    return period.start is not None and period.end is not None and (period.end - period.start).days > 330


def _dated(p: FoundPeriod) -> Dated:
    return Dated(p.period, None if p.period is not None else p.text)
