"""Second figures of a measure in results prose: what a figure after the first one is.

A figure in parentheses with a period and a colon before it is the comparative of the figure
before it ("HK$538.7 million (2004: HK$471.0 million)"); after a comparison word it is the
comparative one ("to KRW 10 billion from KRW 9 billion"), in parentheses in another currency its
translation; a part's contribution naming no measure is of the measure the contribution before it
names; a Korean figure written after a percentage and its word of direction is the level reached;
a figure joined by ", or" after the first one's period phrase is of that period ("NT$5 million
for last quarter, or earnings per share of NT$0.3"); a measure named anew after the figures of a
comparison ("from an operating loss of X by posting an operating profit of Y") gives the level.
Mixed into ``prose_measures.SentenceBinder``, which holds the text, the periods and the bindings.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from converter.extract.mechanisms.figure_segments import contributor_segment
from converter.extract.mechanisms.figure_subjects import SEGMENT_AXIS, Subject
from converter.extract.mechanisms.prose_figures import PER_SHARE, Binding, Figure
from converter.extract.mechanisms.prose_period_parts import part_compared
from converter.extract.mechanisms.prose_periods import Dated, concept_kinds
from converter.extract.mechanisms.prose_percents import KO_GROWN, same_length
from converter.extract.mechanisms.sentences import MeasureHit, Sentence, word_pattern
from converter.model import Period
from converter.parse.dates import find_dates
from converter.parse.periods import FoundPeriod, parse_period, shift

if TYPE_CHECKING:
    from converter.extract.base import DocumentContext
    from converter.extract.mechanisms.prose_periods import ProsePeriods

# "(2004: HK$471.0 million)", "(31st March, 2005: ...)": a period, a colon, the figure
_LABELLED = re.compile(r"\(\s*(?P<label>(?:FY\s?)?(?:19|20)\d\d|[0-3]?\d(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+(?:19|20)\d\d"
                       r"|[A-Z][a-z]+\.?\s+[0-3]?\d,?\s+(?:19|20)\d\d)\s*[:：]\s*(?:HK|NT|US|S|RMB|Rmb)?\s*$")
# "0.31元（2003年上半年：人民币0.28元）": a Japanese or Chinese period, a colon, the figure
_LABELLED_CJK = re.compile(r"[(（]\s*(?P<label>(?:19|20)\d\d\s*年[^:：()（）\d]{0,8})\s*[:：]\s*"
                           r"(?:人民币|人民幣|港幣|港币|新台幣|新台币)?\s*$")
# "(Six months ended 30 June 2018: HK$15.6 million)": a period phrase, a colon, the figure
_LABELLED_PHRASE = re.compile(r"\(\s*(?P<label>[A-Za-z][^():：]{2,40}?(?:19|20)\d\d)\s*[:：]\s*(?:HK|NT|US|S|RMB|Rmb)?\s*$")
# between a figure and the parenthesis labelling its comparative: nothing, or the figure's own
# period phrase ("HK$812.9 million for the six months ended 30 June 2019 (2018: HK$1,026.9 million)")
_OWN_PERIOD_LEAD = re.compile(r"\s*,?\s*(?:(?:for|in|during)\s+(?:the\s+)?)?", re.I)
# the close of the parenthesis a labelled comparative stands in: "HK$471.0 million)", "0.28元）"
_CLOSED = re.compile(r"\s*[元円]?\s*[)）]")
_FISCAL_YEAR_LABEL = re.compile(r"(?:FY\s?)?((?:19|20)\d\d)")
_KO_SUBJECT_PARTICLE = re.compile(r"\s*(?:은|는|이|가)?\s*")
# "KRW 38.2 billion in the previous quarter and": a list of comparatives goes on
# "... in 2023 to ": from a figure and its period to the next figure
_TO_LEVEL = re.compile(r"[^.;,]{0,40}\bto\s+", re.I)
_LIST_GOES_ON = re.compile(r"(?:\band|\bor|,)\s*$")

# "净利润为42亿元,去年同期为35亿元": a clause opening after the figure before on a period
# relative to its own, then "is" (its measure may be named again: "上年同期净亏损为"), the figure
# (the 元 a figure led by its currency leaves behind: "人民币42亿元,")
_CJK_CLAUSE_OPENS = re.compile(r"\s*元?\s*[,，;；]\s*(?:而|则|則)?\s*")  # ",", "；而"
_CJK_RELATIVE_IS = re.compile(r"""度?\s*(?:的)?\s*                      # 上一季(度)(的)
    (?:[^\d,，;；。:：()（）]{0,10}?)                                  # the measure again: 净亏损
    \s*(?:则|則)?\s*(?:为|為|是|[:：])\s*                             # 为 / 為 / ：
    (?:人民币|人民幣|港币|港幣|美元|新台币|新台幣)?\s*""", re.VERBOSE)  # its currency: 人民币
# ", or earnings per share of": a figure joined to the one before it (its own words may follow)
_OR_JOINS = re.compile(r",\s*or\s+(?:[a-z]+\s+){0,5}(?:of\s+)?$", re.I)


class SecondFigureBinder:
    """The binding of a figure that follows another of its measure (see the module doc)."""

    text: str
    ctx: "DocumentContext"
    periods: "ProsePeriods"

    def _grown_level(self, figure: Figure, figures: list[Figure], measure: MeasureHit) -> Figure | None:
        """The percentage a Korean figure is written after, with its word of direction: "5.2%
        늘어난 1,200억원", "8% 증가한 매출 3,584억원" (the figure is the level reached)."""
        percent = next((f for f in reversed(figures) if f.end <= figure.start), None)
        if percent is None or not percent.percent:
            return None
        word = KO_GROWN.match(self.text, percent.end, figure.start)
        if word is None:
            return None
        if word.end() == figure.start or (measure.start == word.end() and _KO_SUBJECT_PARTICLE.fullmatch(
                self.text[measure.end:figure.start]) is not None):
            return percent
        return None

    def _contributed_too(self, s: Sentence, figure: Figure, periods: list[FoundPeriod],
                         bindings: list[Binding]) -> Binding | None:
        """"Property development contributed HK$1,102.5 million of turnover, while property
        investment contributed HK$512.0 million": a part's contribution naming no measure is of
        the measure the contribution before it names, in its period (none named between)."""
        part = contributor_segment(self.text, s, figure.start)
        prior = next((b for b in reversed(bindings) if b.subject.axis == SEGMENT_AXIS and b.measure is not None
                      and b.figure.end <= b.measure.start and contributor_segment(self.text, s, b.figure.start)), None)
        if part is None or prior is None or figure.currency is None or PER_SHARE.match(self.text, figure.end) or \
                any(s.start + p.start >= prior.figure.end for p in periods):
            return None
        return Binding(prior.concept, figure, prior.dated, "primary", prior.sign, (), Subject(SEGMENT_AXIS, part[0]))

    def _labelled_comparative(self, s: Sentence, figure: Figure, bindings: list[Binding],
                              periods: list[FoundPeriod] = ()) -> Binding | None:  # type: ignore[assignment]
        """"HK$538.7 million (2004: HK$471.0 million)", "HK$3,960.0 million (31st March, 2005:
        HK$4,215.0 million)", "HK$12.7 million for the six months ended 30 June 2019 (Six months
        ended 30 June 2018: HK$15.6 million)": the figure the period in parentheses names, of the
        measure of the figure before (its own period phrase may stand between)."""
        if not _CLOSED.match(self.text[figure.end:figure.end + 4]):
            return None  # (first: most figures close no parenthesis, and the label need not be looked for)
        m = _LABELLED.search(self.text, max(s.start, figure.start - 40), figure.start) or \
            _LABELLED_CJK.search(self.text, max(s.start, figure.start - 40), figure.start) or \
            _LABELLED_PHRASE.search(self.text, max(s.start, figure.start - 60), figure.start)
        if m is None:
            return None
        before = [b for b in bindings if b.role == "primary" and b.period is not None
                  and self._labels_after(s, periods, b.figure, m.start()) and b.figure.currency == figure.currency]
        if not before:
            return None
        b = before[-1]
        year = _FISCAL_YEAR_LABEL.fullmatch(m["label"].strip())
        period: Period | None = None
        if year is not None and b.period is not None and b.period.end.year > int(year.group(1)):
            period = b.period
            for _ in range(b.period.end.year - int(year.group(1))):
                period = shift(period, "prior_year")
        elif year is None and m.re is _LABELLED_CJK and b.period is not None:
            named = parse_period(m["label"], document_date=self.ctx.document_date)
            period = same_length(named, b.period) if named is not None else None  # 2003年上半年 beside 2004's
        elif year is None and m.re is _LABELLED_PHRASE and b.period is not None:
            named = parse_period(m["label"], document_date=self.ctx.document_date)
            period = same_length(named, b.period) if named is not None else None
        elif year is None and concept_kinds()[b.concept][1] == "instant":
            day = next(iter(find_dates(m["label"])), None)
            period = Period.instant(day.value) if day is not None and day.text == m["label"].strip() else None
        if period is None:
            return None
        return Binding(b.concept, figure, Dated(period), "comparative", b.sign, (), b.subject)

    def _labels_after(self, s: Sentence, periods: list[FoundPeriod], figure: Figure, label: int) -> bool:
        """The parenthesis at ``label`` follows ``figure`` right away, or past the figure's own
        period phrase only."""
        if 0 <= label - figure.end <= 3:
            return True
        own = next((p for p in periods if figure.end < s.start + p.start and s.start + p.end <= label
                    and _OWN_PERIOD_LEAD.fullmatch(self.text, figure.end, s.start + p.start)), None)
        return own is not None and not self.text[s.start + own.end:label].strip()

    def _second_figure(self, s: Sentence, figure: Figure, figures: list[Figure], periods: list[FoundPeriod],
                       same: list[Binding], concept: str, sign: int, subject: Subject, right: int) -> Binding | None:
        last = same[-1]
        primary = next((b for b in same if b.role == "primary"), None)
        base = primary.period if primary else last.period
        if last.role == "comparative" and _LIST_GOES_ON.search(self.text[last.figure.end:figure.start]):
            # "from KRW 38.2 billion in the previous quarter and KRW 30.1 billion a year earlier";
            # "compared to KRW 2,315 million and KRW 2,108 million, respectively" (QoQ ... YoY)
            comparative = self.periods.comparative(s, periods, base, figure.end, right) or \
                self._respective_comparative(s, periods, base, same)
            return Binding(concept, figure, Dated(comparative), "comparative", sign, (), subject) if comparative else None
        gap = self.text[last.figure.end:figure.start]
        if last.period is not None and _TO_LEVEL.fullmatch(gap) and \
                any(last.figure.end <= s.start + p.start < figure.start for p in periods):
            # "from HKD 4,321 million in 2023 to HKD 4,012 million in 2024": the level reached, of the period it names
            own = next((p.period for p in periods if p.period is not None and figure.end <= s.start + p.start < right
                        and _OWN_PERIOD_LEAD.fullmatch(self.text, figure.end, s.start + p.start)), None)
            if own is not None and own != last.period:
                return Binding(concept, figure, Dated(own), "primary", sign, (), subject)
        relative = self._relative_clause(s, periods, last, figure)
        if relative is not None:  # "净利润为42亿元,去年同期为35亿元": the period relative to the level's
            comparative = shift(base, relative) if base is not None and base.end is not None else None
            return Binding(concept, figure, Dated(comparative), "comparative", sign, (), subject) if comparative else None
        if gap.strip() in ("(", "(approximately", "(or", "(about") and figure.currency != last.figure.currency:
            return Binding(concept, figure, last.dated, "translation", sign, (), subject)
        if word_pattern("compare").search(gap):
            named = [part_compared(p, base) for p in periods if p.period is not None and p.period != last.period
                     and figure.end <= s.start + p.start < right]
            comparative = (named[0] if named else None) or \
                self.periods.comparative(s, periods, base, figure.end, right) or \
                self.periods.comparative(s, periods, base, last.figure.end, figure.start) or \
                self.periods.comparative(s, periods, base, s.start, s.end)
            if comparative is None and last.dated.undated:
                return Binding(concept, figure, Dated(None, last.dated.undated), "comparative", sign, (), subject)
            return Binding(concept, figure, Dated(comparative), "comparative", sign, (), subject) if comparative else None
        return None

    def _relative_clause(self, s: Sentence, periods: list[FoundPeriod], last: Binding, figure: Figure) -> str | None:
        """The relation of the period a Chinese clause opens on between ``last`` and ``figure``
        ("42亿元,去年同期为35亿元", "上年同期净亏损为"): ``figure`` is of that period (None: no such clause)."""
        for p in periods:
            if p.relation is None or not last.figure.end <= s.start + p.start < figure.start:
                continue
            if _CJK_CLAUSE_OPENS.fullmatch(self.text, last.figure.end, s.start + p.start) and \
                    _CJK_RELATIVE_IS.fullmatch(self.text, s.start + p.end, figure.start):
                return p.relation
        return None

    def _joined_by_or(self, s: Sentence, figure: Figure, figures: list[Figure],
                      periods: list[FoundPeriod]) -> Figure | None:
        """The figure before ``figure`` where its own period phrase and ", or" join the two
        ("NT$5 million for last quarter, or earnings per share of NT$0.3"): the period named in
        the first figure's clause is the second's too (None: not so joined)."""
        prior = next((f for f in reversed(figures) if f.end <= figure.start), None)
        if prior is None:
            return None
        joint = _OR_JOINS.search(self.text, prior.end, figure.start)
        if joint is None:
            return None
        return prior if any(_OWN_PERIOD_LEAD.fullmatch(self.text, prior.end, s.start + p.start)
                            and s.start + p.end <= joint.start() for p in periods) else None

    def _named_anew(self, same: list[Binding], measure: MeasureHit) -> bool:
        """Whether the figures of the measure so far are only those of a comparison named with
        its own words ("from an operating loss of X ($Y)") and the measure is named again after
        them, no comparison word between: the figure of that new mention is the level."""
        last = same[-1]
        return all(b.role != "primary" and b.measure is not None and b.measure.end <= b.figure.start
                   for b in same) and measure.start >= last.figure.end \
            and not word_pattern("compare").search(self.text, last.figure.end, measure.start)

    def _compared_against(self, s: Sentence, periods: list[FoundPeriod], concept: str, figure: Figure,
                          sign: int, subject: Subject, left: int) -> Binding | None:
        """"전년의 1,210억원보다 24.1% 증가": the figure compared against is of the period named
        before it; none named, it stays unmapped."""
        own = self.periods.own(s, periods, figure.start, figure.end, figure.end, s.end)
        # the period named nearest before it: "매출은 작년 2분기보다 27.6% 늘었고 영업손실은
        # 18억원으로 전분기 31억원에 비해" is the previous quarter's, not the last year's
        comparative = self.periods.comparative(s, periods, own.period, left, figure.start) or \
            self.periods.comparative(s, periods, own.period, s.start, figure.start)
        if comparative is None:
            return Binding(concept, figure, Dated(None, own.undated), "comparative", sign, (), subject) \
                if own.undated else None
        return Binding(concept, figure, Dated(comparative), "comparative", sign, (), subject)
