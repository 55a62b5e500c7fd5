"""Financial figures in the prose of an earnings release, bound to the measure they belong to.

A figure belongs to the measure named last before it in its sentence ("net loss amounted to
KRW31.4 billion"), or right after it ("KRW 5 billion of net income"). Its period is the period
phrase next to it that is not introduced by a comparison word, else the period the release is
about. A percentage with a direction word ("up 52.5% from the third quarter of 2001") is the
change of the measure of the figure before it, against the comparative period the text names.
A second figure of the same measure is its translation when it stands in parentheses right after
the first, and the comparative figure when a comparison word comes between ("to KRW 10 billion
from KRW 9 billion"). Anything else stays unbound, to be reported as unmapped.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from converter.extract.base import DocumentContext
from converter.extract.press_text import YEAR, Collected, MeasureHit, Sentence, find_measures, word_pattern
from converter.model import PURE, Mention, Observation, Period, UnitSpec
from converter.parse.amounts import find_amounts
from converter.parse.dates import find_dates
from converter.parse.numbers import find_counts, find_numbers, find_percents
from converter.parse.periods import FoundPeriod, find_periods, shift
from converter.taxonomy.table import concept_rows

COUNT_CONCEPTS = ("Subscribers", "SubscriberNetAdditions")
STRONG_COMPARE = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.|as\s+against|relative\s+to)\s", re.I)
CLAUSE_BREAK = re.compile(r";|,\s*while\b|\bwhile\b|,\s*whereas\b|,\s*and\s+(?=[a-z]+\s+[a-z]+\s+(?:was|were|amounted|reached|rose|fell))")


@cache
def concept_kinds() -> dict[str, tuple[str, str]]:
    """Concept -> (kind, period type), from the taxonomy's concept table."""
    return {row.name: (row.kind, row.period_type) for row in concept_rows()}


@dataclass(frozen=True)
class Figure:
    """A number of a sentence: an amount (``currency`` set), a count or a percentage."""

    value: Decimal
    decimals: int
    start: int  # document offsets
    end: int
    text: str
    currency: str | None = None
    percent: bool = False


@dataclass
class Binding:
    concept: str
    figure: Figure
    period: Period | None
    role: str  # primary | translation | comparative
    sign: int = 1  # -1 when a loss word names the measure
    twins: tuple[str, ...] = ()  # further concepts the measure's words name


PER_SHARE = re.compile(r"\s*(?:per|a)\s+(?:(?P<kind>diluted|basic)\s+)?(?:common\s+)?(?:share|ADS)\b", re.I)


def _figures(s: Sentence, taken: list[tuple[int, int]]) -> list[Figure]:
    """Amounts, percentages and plain numbers of a sentence (not those inside dates, periods,
    or bare years such as "since 2000")."""
    out: list[Figure] = []
    taken = taken + [(s.start + m.start(), s.start + m.end()) for m in YEAR.finditer(s.text)]

    def free(a: int, b: int) -> bool:
        return not any(a < e and s_ < b for s_, e in taken) and not any(
            a < f.end and f.start < b for f in out)

    for a in find_amounts(s.text):
        if free(s.start + a.start, s.start + a.end):
            out.append(Figure(a.value, a.decimals, s.start + a.start, s.start + a.end, a.text, a.currency))
    for p in find_percents(s.text):
        if free(s.start + p.start, s.start + p.end):
            out.append(Figure(p.value, p.decimals, s.start + p.start, s.start + p.end, p.text, percent=True))
    for c in [*find_counts(s.text), *find_numbers(s.text)]:
        text = (c.text[:len(c.text) - len(c.noun)] if c.noun else c.text).rstrip()
        if free(s.start + c.start, s.start + c.start + len(text)):
            out.append(Figure(c.value, c.decimals, s.start + c.start, s.start + c.start + len(text), text))
    return sorted(out, key=lambda f: f.start)


def _excluded(s: Sentence, periods: list[FoundPeriod]) -> list[tuple[int, int]]:
    """Ranges whose digits are dates or period names, not figures."""
    spans = [(s.start + d.start, s.start + d.end) for d in find_dates(s.text)]
    spans += [(s.start + p.start, s.start + p.end) for p in periods]
    return spans


def _is_comparative(text: str, p: FoundPeriod, s: Sentence) -> bool:
    before = text[max(s.start, s.start + p.start - 30):s.start + p.start]
    after = text[s.start + p.end:s.start + p.end + 6]
    compare = word_pattern("compare")
    tail = re.search(rf"(?:{compare.pattern})\s+(?:(?:the|a|its)\s+)?$", before, re.I)
    if not tail:  # "compared with a net loss of $7.9 million, or $0.12 per share, in the ... of 2002"
        clause = text[s.start:s.start + p.start]
        breaks = list(CLAUSE_BREAK.finditer(clause))
        begin = breaks[-1].end() if breaks else 0
        tail = STRONG_COMPARE.search(clause, begin) or _from_figure_in(clause[begin:], compare)
    return bool(tail) or after.lstrip().startswith("대비") or p.relation is not None


def _from_figure_in(clause: str, compare: re.Pattern[str]) -> bool:
    """"... from KRW 12.3 billion in the second quarter of 2002": the period after a compared
    figure is the comparative one (not so in "from X to Y in the quarter")."""
    marks = list(compare.finditer(clause))
    if not marks:
        return False
    segment = clause[marks[-1].end():]
    return (len(segment) < 80 and bool(re.search(r"\d", segment)) and not re.search(r"\bto\b", segment)
            and bool(re.search(r"\b(?:in|for|during|at|of)\s+(?:the\s+)?$", segment)))


class SentenceBinder:
    """Binds the figures of one sentence; keeps the release's current period between sentences."""

    def __init__(self, ctx: DocumentContext, out: Collected) -> None:
        self.ctx, self.out, self.text = ctx, out, ctx.text
        self.current: Period | None = None
        self.last: Binding | None = None  # the last primary figure, for "This represents ..."
        self.sentence_start = 0

    # -- periods -------------------------------------------------------------------------------

    def _own_period(self, s: Sentence, periods: list[FoundPeriod], figure: Figure,
                    left: int, right: int, measure: MeasureHit | None = None) -> Period | None:
        own = [p for p in periods if p.period is not None and not _is_comparative(self.text, p, s)]
        after = [p for p in own if figure.end <= s.start + p.start < right]
        if after:
            return after[0].period
        before = [p for p in own if left <= s.start + p.end <= figure.start]
        if before:
            return before[-1].period
        if measure is not None:  # "2003년 매출 4조원", "2Q03 revenues of ...": right before the measure
            leading = [p for p in own if s.start + p.end <= measure.start
                       and re.fullmatch(r"\s{0,3}|\s*의\s*", self.text[s.start + p.end:measure.start])]
            if leading:
                return leading[-1].period
        return self.current

    def _comparative(self, s: Sentence, periods: list[FoundPeriod], own: Period | None,
                     left: int, right: int) -> Period | None:
        for p in periods:
            where = s.start + p.start
            if not (left <= where < right) or not _is_comparative(self.text, p, s):
                continue
            if p.relation is not None:
                return shift(own, p.relation) if own is not None else None
            if p.period != own:
                return p.period
        return None

    def _year_compared(self, s: Sentence, own: Period | None, left: int, right: int) -> Period | None:
        """"a 1.2% increase from 2002": the same part of the year named after the comparison."""
        compare = word_pattern("compare").pattern
        m = re.compile(rf"(?:{compare})\s+(?:fiscal\s+)?(?:year\s+)?((?:19|20)\d\d)(?![\d,])", re.I).search(
            self.text, left, right)
        if own is None or m is None:
            return None
        years = own.end.year - int(m.group(1))
        if years <= 0:
            return None
        period = own
        for _ in range(years):
            period = shift(period, "prior_year")
        return period

    def _fit(self, concept: str, period: Period | None) -> Period | None:
        """The period in the concept's period type: an instant at the end of a duration, a
        year-to-date duration up to an instant ("net addition ... by the end of September")."""
        if period is None:
            return None
        if concept_kinds()[concept][1] == "instant":
            return Period.instant(period.end)
        if period.start is None:
            return Period.duration(dt.date(period.end.year, 1, 1), period.end)
        return period

    # -- binding ---------------------------------------------------------------------------------

    def bind(self, s: Sentence) -> None:
        periods = find_periods(s.text, document_date=self.ctx.document_date, current=self.current)
        if word_pattern("forward").search(s.text) or self._names_future(periods):
            return  # plans, targets and outlooks are not results: their figures stay unmapped
        self._update_current(s, periods)
        self.sentence_start = s.start
        figures = [f for f in _figures(s, _excluded(s, periods)) if not self._is_bound(f)]
        measures = find_measures(self.text, s.start, s.end)
        bindings = self._parallel(s, figures, measures, periods)
        for figure in figures:
            if figure.percent or any(b.figure is figure for b in bindings):
                continue
            binding = self._bind_figure(s, figure, figures, measures, periods, bindings)
            if binding is not None:
                bindings.append(binding)
        respective = self._respective(s, figures, bindings)
        for figure in figures:
            if figure.percent:
                self._bind_percent(s, figure, figures, measures, periods, bindings, respective.get(figure.start))
        for b in bindings:
            self._emit(b, measures)
        primary = [b for b in bindings if b.role == "primary"]
        if primary:
            self.last = primary[-1]

    def _names_future(self, periods: list[FoundPeriod]) -> bool:
        """A period that has not ended by the release date ("net income in 2004" in a
        February 2004 release) makes the sentence a forecast: no result is known for it yet."""
        day = self.ctx.document_date
        return day is not None and any(p.period is not None and p.period.start is not None
                                       and p.period.end > day for p in periods)

    def _is_bound(self, figure: Figure) -> bool:
        """"above 33%", "up to KRW 50 billion", "10% 이상": a limit, not the figure itself."""
        before = self.text[max(self.sentence_start, figure.start - 24):figure.start]
        after = self.text[figure.end:figure.end + 8]
        bound = re.search(rf"(?:{word_pattern('bound').pattern})\s*$", before, re.I) or \
            re.match(rf"\s*(?:{word_pattern('ko_bound').pattern})", after)
        if bound:
            self.out.unmapped.append(Mention(figure.text, self.ctx.span(figure.start, figure.end),
                                             "a bound (above, up to, 이상), not a stated figure"))
        return bool(bound)

    def _update_current(self, s: Sentence, periods: list[FoundPeriod]) -> None:
        for p in periods:
            if p.period is not None and p.period.start is not None and p.kind in (
                    "quarter", "half", "year", "months") and not _is_comparative(self.text, p, s):
                self.current = p.period
                return

    def _measures_for(self, figure: Figure, measures: list[MeasureHit]) -> list[MeasureHit]:
        """Candidate measures of a figure, best first: the one named last before it in the
        clause, the one right after it ("810,000 subscribers", "KRW 5 billion of net income")."""
        out = []
        before = [m for m in measures if m.end <= figure.start]
        if before:
            gap = self.text[before[-1].end:figure.start]
            if len(gap) <= 140 and not CLAUSE_BREAK.search(gap):
                out.append(before[-1])
        after = [m for m in measures if m.start >= figure.end]
        if out and len(self.text[out[0].end:figure.start]) > 20:
            out = after[:1] + out if after and not self.text[figure.end:after[0].start].strip(
                " 명이가은는의을를") else out
            return out  # a measure named right after (810,000 subscribers) beats a distant one
        between = self.text[figure.end:after[0].start] if after else ""
        if after and (re.fullmatch(r"\s*(?:명|가구|회선)?(?:이|가|은|는|의|을|를)?\s*|\s+(?:(?:of|in)\s+(?:[a-z]+\s+){0,2})?",
                                   between) or (figure.currency is None and  # "4.2 million broadband subscribers"
                                                re.fullmatch(r"\s+(?!(?:new|additional|net)\b)(?:[a-z]+\s+){1,2}", between))):
            out.append(after[0])
        return out

    def _compatible(self, measure: MeasureHit, figure: Figure) -> bool:
        concept = measure.concept
        kind = concept_kinds().get(concept, ("", ""))[0]
        if kind == "perShare" and not (PER_SHARE.match(self.text, figure.end)
                                       or re.search(r"per\s+share|EPS|주당", measure.text, re.I)):
            return False  # "total dividends of KRW 300 billion" is no per-share amount
        if figure.currency is not None:
            return kind in ("monetary", "perShare")
        return concept in COUNT_CONCEPTS

    def _bind_figure(self, s: Sentence, figure: Figure, figures: list[Figure],
                     measures: list[MeasureHit], periods: list[FoundPeriod],
                     bindings: list[Binding]) -> Binding | None:
        measure = next((m for m in self._measures_for(figure, measures)
                        if self._compatible(m, figure)), None)
        if measure is None:
            return None
        if self._is_change_amount(figure):
            return None  # "reduced by KRW 300 billion to ...": the change, not the level
        concept = self._per_share_concept(measure.concept, figure)
        if re.match(r"\s*(?:보다|대비|에\s*비해|에서)", self.text[figure.end:figure.end + 8]):
            # "전년의 1,210억원보다 24.1% 증가": the figure compared against, of the period named
            # before it; none named, it stays unmapped
            own = self._own_period(s, periods, figure, figure.end, s.end)
            comparative = self._comparative(s, periods, own, s.start, figure.start) if own else None
            return Binding(concept, figure, comparative, "comparative", measure.sign) if comparative else None
        same = [b for b in bindings if b.concept == concept]
        right = next((f.start for f in figures if f.start > figure.end), s.end)
        left = max([f.end for f in figures if f.end <= figure.start] + [measure.end if measure.end <= figure.start else s.start])
        sign = self._stated_sign(measure, figure)
        if not same:
            return Binding(concept, figure, self._own_period(s, periods, figure, left, right, measure),
                           "primary", sign, measure.twins)
        last = same[-1]
        if last.role == "comparative" and re.search(r"(?:\band|\bor|,)\s*$", self.text[last.figure.end:figure.start]):
            # "from KRW 38.2 billion in the previous quarter and KRW 30.1 billion a year earlier"
            primary = next((b for b in same if b.role == "primary"), None)
            comparative = self._comparative(s, periods, primary.period if primary else None, figure.end, right)
            return Binding(concept, figure, comparative, "comparative", sign) if comparative else None
        gap = self.text[last.figure.end:figure.start]
        if gap.strip() in ("(", "(approximately", "(or") and figure.currency != last.figure.currency:
            return Binding(concept, figure, last.period, "translation", sign)
        if word_pattern("compare").search(gap):
            named = [p.period for p in periods if p.period is not None and p.period != last.period
                     and figure.end <= s.start + p.start < right]
            comparative = (named[0] if named else None) or \
                self._comparative(s, periods, last.period, figure.end, right) or \
                self._comparative(s, periods, last.period, s.start, s.end)
            return Binding(concept, figure, comparative, "comparative", sign) if comparative else None
        return None

    def _stated_sign(self, measure: MeasureHit, figure: Figure) -> int:
        """"net profit turned to a loss of KRW 12.3 billion from a profit of KRW 4.5 billion":
        a loss or profit word right before the figure says its sign, else the measure's word."""
        if measure.end > figure.start:
            return measure.sign
        before = self.text[max(measure.end, figure.start - 30):figure.start]
        if re.search(r"\b(?:loss(?:es)?|deficit)\s+(?:of\s+)?$|적자\s*$", before, re.I):
            return -1
        if re.search(r"\b(?:profit|income|earnings|gain)\s+(?:of\s+)?$|흑자\s*$", before, re.I):
            return 1
        return measure.sign

    def _is_change_amount(self, figure: Figure) -> bool:
        before = self.text[max(0, figure.start - 40):figure.start]
        if not re.search(r"\bby\s*$", before):
            return False
        return bool(word_pattern("up").search(before) or word_pattern("down").search(before))

    def _per_share_concept(self, concept: str, figure: Figure) -> str:
        """"net loss of $3.2 million, or $0.05 per share": the per-share figure is earnings per share."""
        m = PER_SHARE.match(self.text, figure.end)
        if m is None or figure.currency is None or concept != "NetIncomeLoss":
            return concept
        return "EarningsPerShareDiluted" if (m["kind"] or "").lower() == "diluted" else "EarningsPerShareBasic"

    def _parallel(self, s: Sentence, figures: list[Figure], measures: list[MeasureHit],
                  periods: list[FoundPeriod]) -> list[Binding]:
        """"Operating income and net income were KRW 151.0 billion and KRW 98.0 billion ...,
        respectively": the n-th amount belongs to the n-th measure named before the first."""
        if not re.search(r"\brespectively\b|각각", s.text):
            return []
        amounts = [f for f in figures if f.currency is not None]
        named = [m for m in measures if amounts and m.end <= amounts[0].start]
        if len(amounts) < 2 or len(named) != len(amounts):
            return []
        if not all(self._compatible(m, f) for m, f in zip(named, amounts)):
            return []
        out = []
        for m, f in zip(named, amounts):
            right = next((g.start for g in figures if g.start > f.end), s.end)
            out.append(Binding(m.concept, f, self._own_period(s, periods, f, named[-1].end, right),
                               "primary", m.sign))
        return out

    def _respective(self, s: Sentence, figures: list[Figure],
                    bindings: list[Binding]) -> dict[int, tuple[str, Period | None, int]]:
        """"operating income and net income rose 5.3% and 12.1%, respectively" (각각): the n-th
        percentage belongs to the n-th figure, all with the direction written once."""
        if not re.search(r"\brespectively\b|각각", s.text):
            return {}
        percents = [f for f in figures if f.percent]
        primary = [b for b in bindings if b.role == "primary"]
        if len(percents) < 2 or len(percents) != len(primary) or percents[0].start < primary[-1].figure.end:
            return {}
        direction = self._direction(s, percents[0], figures) or self._direction(s, percents[-1], figures)
        return {p.start: (b.concept, self._fit(b.concept, b.period), direction)
                for p, b in zip(percents, primary)}

    def _bind_percent(self, s: Sentence, figure: Figure, figures: list[Figure],
                      measures: list[MeasureHit], periods: list[FoundPeriod],
                      bindings: list[Binding], respective: tuple[str, Period | None, int] | None) -> None:
        target = respective[:2] if respective else self._percent_target(figure, measures, bindings)
        if target is None:
            return
        concept, own = target
        if concept.endswith("Margin") and concept in concept_kinds():
            self._bind_margin(s, figure, figures, periods, concept, own)
            return
        direction = respective[2] if respective else self._direction(s, figure, figures)
        if direction == 0:
            return
        change = f"{concept}PercentChange"
        if change not in concept_kinds():
            return
        previous = max([f.end for f in figures if f.end <= figure.start] + [s.start])
        following = next((f.start for f in figures if f.start > figure.end), s.end)
        stated = [b.period for b in bindings if b.concept == concept and b.role == "comparative"]
        comparative = self._comparative(s, periods, own, figure.end, following) or \
            self._comparative(s, periods, own, previous, figure.start) or \
            (self._fit(concept, stated[0]) if stated else None) or \
            self._comparative(s, periods, own, s.start, s.end) or \
            self._year_compared(s, own, figure.end, following)
        if own is None or comparative is None:
            self.out.unmapped.append(Mention(figure.text, self.ctx.span(figure.start, figure.end),
                                             f"change of {concept} without a comparative period"))
            return
        member = str(comparative if concept_kinds()[change][1] == "duration" or comparative.start is None
                     else Period.instant(comparative.end))
        self._observe(change, Figure(figure.value * direction, figure.decimals, figure.start, figure.end,
                                     figure.text, percent=True),
                      own, PURE, (("ComparativePeriodAxis", member),), "press:percent-change")

    def _bind_margin(self, s: Sentence, figure: Figure, figures: list[Figure],
                     periods: list[FoundPeriod], concept: str, own: Period | None) -> None:
        """A margin is a level: "margin of 40.0%", "improved to 38.2% from 35.1% a year ago"."""
        period = own
        if re.search(r"\bfrom\s*$", self.text[max(s.start, figure.start - 8):figure.start]):
            following = next((f.start for f in figures if f.start > figure.end), s.end)
            period = self._comparative(s, periods, own, figure.end, following)
        self._observe(concept, figure, period, PURE, (), "press:margin")

    def _percent_target(self, figure: Figure, measures: list[MeasureHit],
                        bindings: list[Binding]) -> tuple[str, Period | None] | None:
        primary = [b for b in bindings if b.role == "primary"]
        before = [b for b in primary if b.figure.end <= figure.start]
        if before:
            b = before[-1]
            between = [m for m in measures if b.figure.end <= m.start < figure.start]
            if not between:
                return b.concept, self._fit(b.concept, b.period)
            if between[-1].concept not in concept_kinds():
                return None
        named = [m for m in measures if m.end <= figure.start]
        if named and named[-1].concept in concept_kinds():
            m = named[-1]
            match = next((b for b in primary if b.concept == m.concept), None)
            period = match.period if match else self.current
            return m.concept, self._fit(m.concept, period)
        if not measures and self.last is not None and re.match(
                r"\s*(?:this|that|it|which)\s+(?:represents?|represented|was|is|marks?|marked)\b",
                self.text[self.sentence_start:figure.start], re.I):
            return self.last.concept, self._fit(self.last.concept, self.last.period)
        return None

    def _direction(self, s: Sentence, figure: Figure, figures: list[Figure]) -> int:
        previous = max([f.end for f in figures if f.end <= figure.start] + [s.start])
        before = self.text[max(previous, figure.start - 45):figure.start]
        after = self.text[figure.end:figure.end + 14]
        words = [(m.start(), 1) for m in word_pattern("up").finditer(before)]
        words += [(m.start(), -1) for m in word_pattern("down").finditer(before)]
        if words:
            return max(words)[1]
        for kind, sign in (("up", 1), ("down", -1), ("ko_up", 1), ("ko_down", -1)):
            if re.match(rf"\s*(?:{word_pattern(kind).pattern})", after, re.I):
                return sign
        return 0

    # -- output ----------------------------------------------------------------------------------

    def _emit(self, b: Binding, measures: list[MeasureHit]) -> None:
        period = self._fit(b.concept, b.period)
        if period is None:
            self.out.unmapped.append(Mention(b.figure.text, self.ctx.span(b.figure.start, b.figure.end),
                                             f"{b.concept} without a period"))
            return
        kind = concept_kinds()[b.concept][0]
        value = b.figure.value
        if b.sign < 0 and value > 0:
            value = -value
        if b.figure.currency is None:
            unit = PURE
        elif kind == "perShare":
            unit = UnitSpec.per_share(b.figure.currency)
        else:
            unit = UnitSpec.currency(b.figure.currency)
        for concept in (b.concept, *b.twins):
            self._observe(concept, Figure(value, b.figure.decimals, b.figure.start, b.figure.end,
                                          b.figure.text, b.figure.currency), period, unit, (),
                          f"press:{b.role}")

    def _observe(self, concept: str, figure: Figure, period: Period | None, unit: UnitSpec,
                 dimensions: tuple[tuple[str, str], ...], rule: str) -> None:
        if period is None:
            return
        self.out.add(Observation(concept, figure.value, period, unit, figure.decimals, dimensions,
                                 span=self.ctx.span(figure.start, figure.end), rule=rule),
                     figure.start, figure.end)


def bind_prose(ctx: DocumentContext, out: Collected, spans: list[Sentence]) -> None:
    """Bind the figures of every sentence in ``spans`` (document order)."""
    binder = SentenceBinder(ctx, out)
    for s in spans:
        binder.bind(s)
