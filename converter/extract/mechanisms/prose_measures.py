"""Financial figures in the prose of a results release or a news story, bound to their measure.

A figure belongs to the measure named last before it in its sentence ("net loss amounted to
KRW31.4 billion"), or right after it ("KRW 5 billion of net income", "810,000 subscribers").
Its period is the period phrase next to it that no comparison word introduces, else the period
the text is about (``mechanisms.prose_periods``); its subject the company, one of its segments
or another company (``mechanisms.figure_subjects``). A second figure of the same measure is its
translation when it stands in parentheses right after the first, and the comparative figure
when a comparison word comes between ("to KRW 10 billion from KRW 9 billion"). Percentages are
bound in ``prose_percents``. Anything else stays unbound, to be reported as unmapped.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from converter.extract.base import DocumentContext
from converter.extract.mechanisms.figure_subjects import (
    SEGMENT_AXIS,
    WHOLE,
    NewsCompanies,
    Subject,
    contributor_segment,
    english_segment,
    korean_list_segment,
    korean_segment,
    segment_after,
)
from converter.extract.mechanisms.prose_figures import (
    PER_SHARE,
    SCALED,
    Binding,
    Figure,
    allows,
    cents_currency,
    compound,
    excluded,
    segment_cube,
    sentence_figures,
)
from converter.extract.mechanisms.prose_periods import (
    CLAUSE_BREAK,
    NOW,
    STRONG_COMPARE,
    Dated,
    is_comparative,
    ProsePeriods,
    concept_kinds,
    fit,
)
from converter.extract.mechanisms.prose_lists import ListBinder
from converter.extract.mechanisms.prose_percents import PercentBinder
from converter.extract.mechanisms.prose_second_figures import SecondFigureBinder
from converter.extract.mechanisms.sentences import Collected, MeasureHit, Sentence, body_start, find_measures, word_pattern
from converter.model import PURE, Mention, Observation, Period, UnitSpec
from converter.parse.periods import FoundPeriod, shift

__all__ = ["bind_prose", "concept_kinds"]

COUNT_CONCEPTS = ("Subscribers", "SubscriberNetAdditions")
UNQUALIFIED = " (unqualified EPS)"
_PRESENT = re.compile(r"\b(?:has|have|serves|counts|boasts|now\s+has)\s+(?:(?:about|some|over|nearly|almost|around|more\s+than)\s+)?$")
_KO_PART_OF = re.compile(r"(?:이|그)\s*(?:가운데|중)(?:에서)?\s")
# the particle that makes a period the topic of its clause: "전년에는", "전분기엔"
_KO_TOPIC = re.compile(r"(?:에는|에도|엔|은|는)\s*")
# "1주당 500원", "주당 750원": the amount that follows is per share
_KO_PER_SHARE = re.compile(r"주당\s*(?:현금\s*)?$")
# the end of a parenthesis that holds a figure: "(8350억원)", "(325억원 순손실)", "(480만원 적자)"
_CLOSES = re.compile(r"\s*(?:(?:당기)?(?:순|영업|경상)?(?:손실|이익|적자|흑자)\s*)?\)")


def _is_heading(text: str) -> bool:
    """A heading line: short, one line, no sentence stop, no figure but a year or an item number."""
    return len(text) <= 70 and "\n" not in text and not _STOPPED.search(text) and \
        not _FIGURE_IN_HEADING.search(text)


# "or a total of", "totalling", "in aggregate", "amounting to": the figure after is a total
_TOTAL_OF = re.compile(r"\b(?:(?:a|the)\s+total(?:\s+amount)?\s+of|total(?:l?ing)|in\s+(?:total|aggregate)|"
                       r"an?\s+aggregate(?:\s+amount)?\s+of|amounting\s+to)\s+$", re.I)
_INTERIM_DIVIDEND = re.compile(r"\binterim\s+(?:cash\s+)?dividends?\b", re.I)
_BULLET = re.compile(r"\s*(?:[—–•·*※▶■□◆-]|o\s)")
# a heading: no sentence stop at its end, no figure but a year or an item number
_STOPPED = re.compile(r"[.!?]$")
_FIGURE_IN_HEADING = re.compile(r"\d[\d,.]*\s*(?:%|bn|billion|million|억|조)|[$₩¥]\s?\d")
# "... are the following:": a sentence that opens a list
_OPENS_LIST = re.compile(r"[:：][\"”’']*$")
_HANGUL = re.compile(r"[가-힣]")
_DIGIT = re.compile(r"\d")
_YEAR_END = re.compile(r"year[\s-]end", re.I)
# between a figure and the measure named right after it: "810,000명의 가입자", "KRW 5 billion of net income"
_RIGHT_BEFORE_MEASURE = re.compile(r"\s*(?:명|가구|회선)?(?:이|가|은|는|의|을|를)?\s*|\s+(?:(?:of|in)\s+(?:[a-z]+\s+){0,2})?")
# a count's words before its measure: "810,000 paying subscribers" (not "new", "additional", "net")
_COUNTED_WORDS = re.compile(r"\s+(?!(?:new|additional|net)\b)(?:[a-z]+\s+){1,2}")
# a measure's words that say it is per share
_PER_SHARE_MEASURE = re.compile(r"per\s+(?:share|ADS)|EPS|주당|每股|株\s*当\s*た\s*り", re.I)
# "가입자 1명당": a rate per unit follows the figure
_PER_UNIT = re.compile(r"\s*(?:명|가구|회선|개|주)?\s*당")
# "1,210억원보다", "(480만원 적자)에서": the figure compared against
_KO_COMPARED_FIGURE = re.compile(r"\s*\)?\s*(?:적자|흑자|손실)?\s*(?:보다|대비|에\s*비해|에서|에\s*견줘)")
_BASIC = re.compile(r"basic", re.I)
_BASIC_OR_DILUTED = re.compile(r"basic|diluted", re.I)
# "처분이익(": a word glued to the parenthesis a figure opens
_WORD_OPENING = re.compile(r"([가-힣A-Za-z]+)\(\s*$")
# "경상이익(41억원)과 ": measures with their figures in parentheses, listed before the measure
_APPOSED_CHAIN = re.compile(r"(?:[가-힣A-Za-z]+\s*\([^()]{1,30}\)\s*(?:과|와|및|,|and)\s*)*$")
# "전년동기의", "전년동기에는", "last year's": a relative period that owns the measure after it
_OWNS_MEASURE = re.compile(r"\s*(?:의|에는|에도|에|엔|[’']s?)\s*")
_ONLY_JOINERS = re.compile(r"[\s,과와및의]*")
_OPEN_PARENTHESIS = re.compile(r"\s*\(\s*")
# "480만원 적자", "325억원의 순손실": a loss word right after the figure
_KO_LOSS_AFTER = re.compile(r"\s*(?:의\s*)?(?:적자|손실|순손실)")
# "a loss of", "적자": a loss or profit word right before the figure
_LOSS_BEFORE = re.compile(r"\b(?:loss(?:es)?|deficit)\s+(?:of\s+)?$|적자\s*$", re.I)
_PROFIT_BEFORE = re.compile(r"\b(?:profit|income|earnings|gain)\s+(?:of\s+)?$|흑자\s*$", re.I)
# "reduced by KRW 300 billion": the change, not the level
_BY = re.compile(r"\bby\s*$")


@cache
def _bounds() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"above", "up to" ending the text before a figure; "이상", "넘은" after it: a limit."""
    return (re.compile(rf"(?:{word_pattern('bound').pattern})\s*$", re.I),
            re.compile(rf"\s*(?:을|를|이|가)?\s*(?:{word_pattern('ko_bound').pattern})"))


class SentenceBinder(PercentBinder, ListBinder, SecondFigureBinder):
    """Binds the figures of one sentence; keeps the text's current period between sentences."""

    def __init__(self, ctx: DocumentContext, out: Collected, spans: list[Sentence],
                 periods: ProsePeriods | None = None) -> None:
        self.ctx, self.out, self.text = ctx, out, ctx.text
        self.periods = periods or ProsePeriods(ctx, spans)
        self.companies = NewsCompanies(ctx.registrant, spans)
        self.last: Binding | None = None  # the last primary figure, for "This represents ..."
        self.sentence_start = self.sentence_end = 0
        self.forward_list = False  # the text lists expectations ("... are the following:")
        self.cents = cents_currency(ctx.text)
        self.body = body_start(spans)
        self.compared: str | Period | None = None  # the one comparison a Korean sentence made, for the next
        self.interim: bool | None = None  # the text names an interim dividend

    def bind(self, s: Sentence) -> None:
        periods = self.periods.find(s)
        if s.end <= self.body:
            # a headline, a byline: its period is the text's until the body names one, its
            # figures round what the body states ("매출 11조" for 11조 2600억원)
            self.periods.update(s, periods)
            for f in sentence_figures(s, excluded(s, periods), self.cents):
                if f.currency is None and not f.percent:
                    continue  # a byline's time, a page number: no figure of a measure
                self.out.unmapped.append(Mention(f.text, self.ctx.span(f.start, f.end),
                                                 "a headline's figure: the body states the figures"))
            return
        bullet = bool(_BULLET.match(s.text))
        if word_pattern("forward").search(s.text) or self.periods.names_future(periods) or \
                (bullet and self.forward_list):
            # plans, targets and outlooks are not results, nor the bullets listing them: their
            # figures stay unmapped
            # the bullets after "... are the following:" or under a heading ("2005 Guidance
            # (unchanged)", "Outlook for Fiscal 2005") are plans too
            self.forward_list = bool(_OPENS_LIST.search(s.text)) or (bullet and self.forward_list) or \
                _is_heading(s.text)
            self.compared = None
            return
        self.forward_list = False
        self.periods.update(s, periods)
        self.sentence_start, self.sentence_end = s.start, s.end
        company = self.companies.subject(s.text)
        # a figure an earlier mechanism bound (a dividend of a kind) is not bound again
        figures = [f for f in sentence_figures(s, excluded(s, periods), self.cents)
                   if not self.out.is_used(f.start, f.end) and not self._is_bound(f)]
        measures = self._year_parts(_not_defining(self.text, find_measures(self.text, s.start, s.end)))
        bindings = self._parallel(s, figures, measures, periods) + self._period_list(s, figures, measures)
        for figure in figures:
            if figure.percent or any(b.figure is figure for b in bindings):
                continue
            binding = self._labelled_comparative(s, figure, bindings) or \
                self._bind_figure(s, figure, figures, measures, periods, bindings)
            if binding is not None:
                bindings.append(binding)
        bindings += self._compares_with(s, figures, measures, periods, bindings)
        for b in bindings:
            if b.subject == WHOLE and company != WHOLE:
                b.subject = company
        self._bind_percents(s, figures, measures, periods, bindings)
        for b in bindings:
            self._emit(b)
        primary = [b for b in bindings if b.role == "primary"]
        if primary:
            self.last = primary[-1]
        self.compared = self._comparison(s, periods)

    def _comparison(self, s: Sentence, periods: list[FoundPeriod]) -> str | Period | None:
        """The one comparison a Korean sentence makes ("전분기 대비", "지난 2분기에 비해"): a
        relation, or the period compared with."""
        if not _HANGUL.search(s.text):
            return None
        found: set[str | Period] = {p.relation for p in periods if p.relation in ("prior_year", "prior_quarter",
                                                                                   "prior_half")}
        found |= {p.period for p in periods if p.relation is None and p.period is not None
                  and p.kind in ("quarter", "half", "year") and is_comparative(self.text, p, s)}
        return found.pop() if len(found) == 1 else None

    def _year_parts(self, measures: list[MeasureHit]) -> list[MeasureHit]:
        """"a year-end dividend of 9 yen, which, together with the interim dividend of 8 yen,
        brings the annual dividend to 17 yen": where the text names an interim dividend, the
        year-end one is a part of the year's, like the interim one (no fact)."""
        if self.interim is None:
            self.interim = bool(_INTERIM_DIVIDEND.search(self.text))
        if not self.interim:
            return measures
        return [replace(m, concept="-") if m.concept == "DividendsDeclaredPerShare"
                and _YEAR_END.match(m.text) else m for m in measures]

    def _is_bound(self, figure: Figure) -> bool:
        """"above 33%", "up to KRW 50 billion", "10% 이상", "8000억원을 넘은": a limit, not the figure."""
        before = self.text[max(self.sentence_start, figure.start - 24):figure.start]
        after = self.text[figure.end:figure.end + 8]
        bound_before, bound_after = _bounds()
        bound = bound_before.search(before) or bound_after.match(after)
        if bound:
            self.out.unmapped.append(Mention(figure.text, self.ctx.span(figure.start, figure.end),
                                             "a bound (above, up to, 이상), not a stated figure"))
        return bool(bound)

    # -- measures ----------------------------------------------------------------------------

    def _measures_for(self, figure: Figure, measures: list[MeasureHit],
                      bindings: list[Binding] = ()) -> list[MeasureHit]:  # type: ignore[assignment]
        """Candidate measures of a figure, best first: a measure named right after it ("KRW 11.8
        trillion in revenues", "810,000 subscribers", "1,850억원의 매출"), the one named last
        before it in the clause, a measure named after it a few words on."""
        out = []
        after = [m for m in measures if m.start >= figure.end]
        between = self.text[figure.end:after[0].start] if after else ""
        right_after = after and (
            _RIGHT_BEFORE_MEASURE.fullmatch(between)
            or (figure.currency is None and _COUNTED_WORDS.fullmatch(between)))
        if right_after:
            out.append(after[0])
        before = [m for m in measures if m.end <= figure.start]
        if before:
            gap = self.text[before[-1].end:figure.start]
            chained = next((b for b in reversed(bindings) if b.measure is before[-1]
                            and b.figure.end <= figure.start), None)
            if chained is not None:  # "..., a 5.1% decrease from KRW 7,412 million": the figure chain goes on
                gap = self.text[chained.figure.end:figure.start]
            if len(gap) <= 140 and not CLAUSE_BREAK.search(gap):
                out.append(before[-1])
        if not right_after and after and out and len(self.text[out[-1].end:figure.start]) > 20 \
                and not self.text[figure.end:after[0].start].strip(" 명이가은는의을를"):
            out.insert(0, after[0])
        return out

    def _as_total(self, measure: MeasureHit, figure: Figure) -> MeasureHit:
        """"a cash dividend of KRW 300 per common share ..., or a total of KRW 62.1 billion": the
        total of a dividend per share is the dividends declared."""
        if measure.concept != "DividendsDeclaredPerShare" or PER_SHARE.match(self.text, figure.end) or \
                not _TOTAL_OF.search(self.text, max(0, figure.start - 30), figure.start):
            return measure
        return replace(measure, concept="DividendsDeclared")

    def _compatible(self, measure: MeasureHit, figure: Figure) -> bool:
        concept = measure.concept
        kind = concept_kinds().get(concept, ("", ""))[0]
        per_share_before = bool(_KO_PER_SHARE.search(self.text, max(0, figure.start - 8), figure.start))
        if kind == "perShare":
            if SCALED.search(figure.text) or not (PER_SHARE.match(self.text, figure.end) or per_share_before or
                                                    _PER_SHARE_MEASURE.search(measure.text)):
                return False  # "total dividends of KRW 300 billion" is no per-share amount
        elif per_share_before:
            return False  # "순이익 흑자전환…주당 500원 배당": an amount per share is no total
        if figure.currency is not None:
            return kind in ("monetary", "perShare")
        if _PER_UNIT.match(self.text[figure.end:figure.end + 6]):
            return False  # "가입자 1명당 평균투자비": a rate per subscriber, not a count of them
        return concept in COUNT_CONCEPTS

    def _per_share_concept(self, concept: str, figure: Figure) -> str:
        """"net loss of $3.2 million, or $0.05 per share": the per-share figure is earnings per
        share; "(US$0.08 per ADS unit)" earnings per ADS."""
        m = PER_SHARE.match(self.text, figure.end)
        if m is None or figure.currency is None or not (
                concept == "NetIncomeLoss" or concept.startswith("EarningsPer")):
            return concept
        if m["unit"].lower() != "share":
            return "EarningsPerAds"
        if concept != "NetIncomeLoss":
            return concept
        return "EarningsPerShareDiluted" if "diluted" in (m["kind"] or "").lower() else "EarningsPerShareBasic"

    def _subject_of(self, s: Sentence, measure: MeasureHit, figure: Figure, concept: str,
                    figures: list[Figure], measures: list[MeasureHit]) -> Subject:
        if not segment_cube(concept):
            return WHOLE
        korean = _HANGUL.search(measure.text)
        found = korean_segment(self.text, s, measure.start) if korean else \
            english_segment(self.text, s, measure.start) or segment_after(self.text, s, measure.end) or \
            (contributor_segment(self.text, s, figure.start) if measure.start > figure.end else None)
        if found is None and korean and _KO_PART_OF.search(self.text, s.start, measure.start):
            # "이 가운데 해외 매출이 21억원": a part of the figure before, named by the word before it
            found = korean_list_segment(self.text, s, measure.start)
            if found is None:
                return Subject(SEGMENT_AXIS, "", unknown=True)
        if found is None and korean and measure.end <= figure.start:
            led = {f.start: word for f in figures if f.currency and (word := korean_list_segment(self.text, s, f.start))
                   and not any(m.start < word[1] + len(word[0]) and word[1] < m.end for m in measures)}
            if len(led) >= 2:
                found = led.get(figure.start)
        return Subject(SEGMENT_AXIS, found[0]) if found else WHOLE

    # -- one figure ----------------------------------------------------------------------------

    def _bind_figure(self, s: Sentence, figure: Figure, figures: list[Figure],
                     measures: list[MeasureHit], periods: list[FoundPeriod],
                     bindings: list[Binding]) -> Binding | None:
        found = self._bind_one(s, figure, figures, measures, periods, bindings)
        if found is not None:
            found.measure = self._last_measure
        return found

    def _bind_one(self, s: Sentence, figure: Figure, figures: list[Figure],
                  measures: list[MeasureHit], periods: list[FoundPeriod],
                  bindings: list[Binding]) -> Binding | None:
        measure = self._last_measure = next((m for m in map(lambda m: self._as_total(m, figure),
                                                            self._measures_for(figure, measures, bindings))
                                             if self._compatible(m, figure)), None)
        if measure is None:
            return self._contributed_too(s, figure, periods, bindings)
        if self._is_change_amount(figure):
            return None  # "reduced by KRW 300 billion to ...": the change, not the level
        totalled = next((b for b in bindings if b.concept == "DividendsDeclaredPerShare" and b.measure is not None
                         and b.measure.start == measure.start), None) if measure.concept == "DividendsDeclared" else None
        if totalled is not None:  # the total of that dividend: its period and subject
            return Binding("DividendsDeclared", figure, totalled.dated, "primary", 1, (), totalled.subject)
        if measure.concept == "DividendsDeclared" and any(
                m.start == measure.start and m.concept == "DividendsDeclaredPerShare" for m in measures):
            return None  # a total of a dividend per share the sentence does not state
        if any(compound(self.text, m, measures) for m in measures if m.concept == measure.concept):
            return None  # "Property sales turnover": a measure qualified by another: whose, unclear
        concept = self._per_share_concept(measure.concept, figure)
        subject = self._subject_of(s, measure, figure, concept, figures, measures)
        if subject == WHOLE:  # "..., as compared with last year's sales of ...": the segment's
            subject = next((b.subject for b in reversed(bindings) if b.concept == concept and b.subject.axis
                            and word_pattern("compare").search(self.text[b.figure.end:figure.start])), WHOLE)
        right = self._right(figure, figures, s)
        left = max([f.end for f in figures if f.end <= figure.start] +
                   [measure.end if measure.end <= figure.start else s.start])
        sign = self._stated_sign(measure, figure)
        apposed = self._apposed(s, periods, figure)
        if apposed is not None:  # "2001년 2·4분기(1조 3250억원)", "전년동기(815억원)"
            return self._apposed_binding(s, periods, apposed, concept, figure, sign, subject, bindings)
        if self._glued_to_other(figure, measures):
            return None  # "유형자산처분이익(28억원)": the figure of the word before it, not of the measure
        relation = self._relation_before(s, periods, measure) or \
            self._korean_relation(s, periods, figure, figures, measure, measures)
        if relation is not None:  # "전년동기의 경상이익(41억원)과 순이익(30억원)", "last year's sales of"
            base = self.periods.fallback()
            if base.period is None:
                return Binding(concept, figure, base, "comparative", sign, (), subject) if base.undated else None
            return Binding(concept, figure, Dated(shift(base.period, relation)), "comparative", sign, (), subject)
        if _KO_COMPARED_FIGURE.match(self.text[figure.end:figure.end + 12]):
            # "전년의 1,210억원보다 24.1% 증가": the figure compared against, of the period named
            # before it; none named, it stays unmapped
            own = self.periods.own(s, periods, figure.start, figure.end, figure.end, s.end)
            # the period named nearest before it: "매출은 작년 2분기보다 27.6% 늘었고 영업손실은
            # 18억원으로 전분기 31억원에 비해" is the previous quarter's, not the last year's
            comparative = self.periods.comparative(s, periods, own.period, left, figure.start) or \
                self.periods.comparative(s, periods, own.period, s.start, figure.start)
            if comparative is None:
                return Binding(concept, figure, Dated(None, own.undated), "comparative", sign, (), subject) \
                    if own.undated else None
            return Binding(concept, figure, Dated(comparative), "comparative", sign, (), subject)
        same = [b for b in bindings if b.concept == concept and b.subject == subject]
        grown = self._grown_level(figure, figures, measure)
        if grown is not None:
            # "전년동기(548억원) 대비 21.7% 늘어난 666억9천만원", "작년 2분기 772억원을 기록했으나 올
            # 2분기에는 32.6%가 줄어든 520억원": the level reached, of the period named before the change
            same = []
            left = max([f.end for f in figures if f.end <= grown.start] + [s.start])
        if not same:
            own = self.periods.own(s, periods, figure.start, figure.end, left, right, measure.start)
            if concept_kinds()[concept][1] == "instant" and own == self.periods.fallback() and \
                    _PRESENT.search(self.text[max(s.start, figure.start - 30):figure.start]):
                # "Chosun Telecom, which has 18.42 million subscribers": now, at the document's date
                day = self.ctx.document_date
                own = Dated(Period.instant(day)) if day else Dated(None, NOW)
            if STRONG_COMPARE.search(self.text[left:figure.start]):  # "as compared with X": no level of its own
                comparative = self.periods.comparative(s, periods, own.period, left, right)
                return Binding(concept, figure, Dated(comparative), "comparative", sign, (), subject) \
                    if comparative else None
            return Binding(concept, figure, own, "primary", sign, measure.twins, subject,
                           concept == "EarningsPerShareBasic" and not _BASIC.search(measure.text)
                           and not _BASIC_OR_DILUTED.search(self.text[figure.end:figure.end + 30]))
        return self._second_figure(s, figure, figures, periods, same, concept, sign, subject, right)

    def _right(self, figure: Figure, figures: list[Figure], s: Sentence) -> int:
        """Where the words of a figure end: at the next figure, past its translation in
        parentheses ("KRW 8,765 million (US$9,420 thousand) for the first quarter ...")."""
        for f in figures:
            if f.start <= figure.end:
                continue
            if f.currency and figure.currency and f.currency != figure.currency and \
                    self.text[figure.end:f.start].strip() in ("(", "(approximately", "(about"):
                continue
            return f.start
        return s.end

    def _glued_to_other(self, figure: Figure, measures: list[MeasureHit]) -> bool:
        """A figure in parentheses glued to a word that is no measure ("처분이익(28억원)")."""
        m = _WORD_OPENING.search(self.text[max(0, figure.start - 30):figure.start])
        if m is None or not self.text[figure.end:figure.end + 2].lstrip().startswith(")"):
            return False
        return not any(x.end == figure.start - len(self.text[figure.start - 30:figure.start]) + m.end(1)
                       or self.text[x.end:figure.start].strip() == "(" for x in measures)

    def _relation_before(self, s: Sentence, periods: list[FoundPeriod], measure: MeasureHit) -> str | None:
        """The relative period that owns a measure: "전년동기의 경상이익(41억원)과 순이익(30억원)",
        "전년동기에는 영업손실 27억원을", "last year's sales of": the figures of that measure are
        the comparative ones."""
        head = self.text[s.start:measure.start]
        chain = _APPOSED_CHAIN.search(head)
        before = head[:chain.start()] if chain else head
        for p in periods:
            if p.relation and not p.relation.startswith("same") and \
                    _OWNS_MEASURE.fullmatch(before[p.end:]) is not None:
                return p.relation
        return None

    def _korean_relation(self, s: Sentence, periods: list[FoundPeriod], figure: Figure, figures: list[Figure],
                         measure: MeasureHit, measures: list[MeasureHit]) -> str | None:
        """The relative period a Korean clause opens with, as its topic, that owns the figures
        listed after it: "전년에는 512억원의 순손실을", "전분기에는 영업손실 38억원, 당기순손실
        40억원을" (nothing but measures, figures and commas between)."""
        end = min(measure.start, figure.start)
        for p in periods:
            start = s.start + p.end
            topic = _KO_TOPIC.match(self.text, start, end) if p.relation and \
                not p.relation.startswith("same") else None
            if topic is None:
                continue
            rest = list(self.text[topic.end():end])
            for a, b in [(m.start, m.end) for m in measures] + [(f.start, f.end) for f in figures]:
                for i in range(max(a, topic.end()), min(b, end)):
                    rest[i - topic.end()] = " "
            if _ONLY_JOINERS.fullmatch("".join(rest)):
                return p.relation
        return None

    def _apposed(self, s: Sentence, periods: list[FoundPeriod], figure: Figure) -> FoundPeriod | None:
        """The period phrase a figure stands in parentheses after: "2002년 2·4분기(8350억원)",
        "전년(325억원 순손실)" (a word of profit or loss may follow the figure)."""
        for p in periods:
            if _OPEN_PARENTHESIS.fullmatch(self.text[s.start + p.end:figure.start]) and \
                    _CLOSES.match(self.text, figure.end, figure.end + 12):
                return p
        return None

    def _apposed_binding(self, s: Sentence, periods: list[FoundPeriod], p: FoundPeriod, concept: str,
                         figure: Figure, sign: int, subject: Subject, bindings: list[Binding]) -> Binding | None:
        if p.relation is None:
            return Binding(concept, figure, Dated(p.period, p.text if p.unresolved else None),
                           "comparative" if any(b.concept == concept for b in bindings) else "primary",
                           sign, (), subject)
        own = self.periods.own(s, periods, figure.end, figure.end, figure.end, s.end)
        primary = next((b for b in bindings if b.concept == concept and b.role == "primary"), None)
        base = primary.dated if primary else own
        if base.period is None:
            return Binding(concept, figure, Dated(None, base.undated), "comparative", sign, (), subject) \
                if base.undated else None
        return Binding(concept, figure, Dated(self.periods.comparative(s, periods, base.period, s.start + p.start,
                                                                        s.start + p.end + 1)),
                       "comparative", sign, (), subject)

    def _stated_sign(self, measure: MeasureHit, figure: Figure) -> int:
        """"net profit turned to a loss of KRW 11.7 billion from a profit of KRW 4.2 billion",
        "전분기 480만원 적자에서": a loss or profit word next to the figure says its sign, else the
        measure's word."""
        if _KO_LOSS_AFTER.match(self.text[figure.end:figure.end + 8]):
            return -1
        if measure.end > figure.start:
            return measure.sign
        before = self.text[max(measure.end, figure.start - 30):figure.start]
        if _LOSS_BEFORE.search(before):
            return -1
        if _PROFIT_BEFORE.search(before):
            return 1
        return measure.sign

    def _is_change_amount(self, figure: Figure) -> bool:
        before = self.text[max(0, figure.start - 40):figure.start]
        if not _BY.search(before):
            return False
        return bool(word_pattern("up").search(before) or word_pattern("down").search(before))

    # -- lists ---------------------------------------------------------------------------------

    # -- output ----------------------------------------------------------------------------------

    def _emit(self, b: Binding) -> None:
        if b.subject.unknown:
            why = (f"{b.concept} of a part whose segment the text does not name" if b.subject.axis == SEGMENT_AXIS
                   else f"{b.concept} of '{b.subject.member}', which may not be the registrant")
            self.out.unmapped.append(Mention(b.figure.text, self.ctx.span(b.figure.start, b.figure.end), why))
            return
        period = fit(b.concept, b.period)
        if period is None:
            reason = b.dated.reason or f"{b.concept} without a period"
            self.out.unmapped.append(Mention(b.figure.text, self.ctx.span(b.figure.start, b.figure.end), reason))
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
            dims = b.subject.dimensions if allows(concept, b.subject) else ()
            if b.subject.axis and not dims:
                continue
            rule = f"press:{b.role}" + (UNQUALIFIED if b.unqualified and concept == b.concept else "")
            self._observe(concept, replace(b.figure, value=value), period, unit, dims, rule)

    def _observe(self, concept: str, figure: Figure, period: Period | None, unit: UnitSpec,
                 dimensions: tuple[tuple[str, str], ...], rule: str) -> None:
        if period is None:
            return
        self.out.add(Observation(concept, figure.value, period, unit, figure.decimals,
                                 tuple(sorted(dimensions)), span=self.ctx.span(figure.start, figure.end),
                                 rule=rule), figure.start, figure.end)


def _not_defining(text: str, measures: list[MeasureHit]) -> list[MeasureHit]:
    """Measures less those that spell out the one before them in parentheses: "EBITDA(감가상각,
    이자, 세금 차감전 영업이익)", "EBITDA (earnings before interest ... and amortization)"."""
    out = []
    for m in measures:
        opened = text.rfind("(", 0, m.start)
        closed = text.find(")", m.end)
        inner = opened >= 0 and closed >= 0 and ")" not in text[opened:m.start] and \
            not _DIGIT.search(text[opened:closed]) and any(
                o.end <= opened and not text[o.end:opened].strip() for o in measures)
        if not inner:  # a parenthesis with a figure ("(compared to net income of $3M)") is no definition
            out.append(m)
    return out


def _unqualified_eps_repeats(observations: list[Observation]) -> list[Observation]:
    """"Reports First Quarter EPS of NT$0.54" beside "fully diluted earnings per share ...
    NT$0.54": an unqualified EPS that repeats a diluted one of its period is that figure."""
    diluted = {(o.period, o.unit, o.value, o.dimensions) for o in observations
               if o.concept == "EarningsPerShareDiluted"}
    return [o for o in observations if not (o.concept == "EarningsPerShareBasic" and o.rule.endswith(UNQUALIFIED)
                                            and (o.period, o.unit, o.value, o.dimensions) in diluted)]


def bind_prose(ctx: DocumentContext, out: Collected, spans: list[Sentence],
               periods: ProsePeriods | None = None) -> None:
    """Bind the figures of every sentence in ``spans`` (document order); ``periods``: the
    document's periods, read from its start (made here when not given)."""
    binder = SentenceBinder(ctx, out, spans, periods)
    for s in spans:
        binder.bind(s)
    kept = _unqualified_eps_repeats(out.observations)
    if len(kept) != len(out.observations):
        out.observations[:] = kept
