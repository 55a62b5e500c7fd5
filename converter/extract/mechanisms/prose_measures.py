"""Financial figures in the prose of a results release or a news story, bound to their measure.

A figure belongs to the measure named last before it in its sentence ("net loss amounted to
KRW31.4 billion"), or right after it ("KRW 5 billion of net income", "810,000 subscribers").
Its period is the period phrase next to it that no comparison word introduces, else the period
the text is about (``mechanisms.prose_periods``); its subject the company, one of its segments
or another company (``mechanisms.figure_subjects``). A second figure of the same measure is its
translation when it stands in parentheses right after the first, and the comparative figure
when a comparison word comes between ("to KRW 10 billion from KRW 9 billion"). Percentages are
bound in ``prose_percents``. Anything else stays unbound, to be reported as unmapped. This module
reads the sentences in order and emits the facts; one figure's binding is ``prose_figure_binder``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from converter.extract.base import DocumentContext
from converter.extract.mechanisms.prose_adjusted import AdjustedClauses
from converter.extract.mechanisms.prose_basis import SEPARATE_BASIS, Basis
from converter.extract.mechanisms.figure_asides import aside_company, ranked_company
from converter.extract.mechanisms.figure_subjects import SEGMENT_AXIS, WHOLE, NewsCompanies, Subject
from converter.extract.mechanisms.ja_clauses import result_head, with_own_period
from converter.extract.mechanisms.prose_figure_binder import FigureBinder
from converter.extract.mechanisms.prose_figures import Binding, Figure, allows, cents_currency, excluded, whole_mark_currency, \
    may_hold_figures, sentence_figures
from converter.extract.mechanisms.prose_lists import ListBinder
from converter.extract.mechanisms.prose_pairs import MONTH_POINT, leave_out_unpaired_comparatives, month_point
from converter.extract.mechanisms.prose_percent_owners import PercentOwners
from converter.extract.mechanisms.prose_percents import PercentBinder
from converter.extract.mechanisms.prose_periods import Dated, ProsePeriods, concept_kinds, fit
from converter.extract.mechanisms.stated_periods import stated_period
from converter.extract.mechanisms.prose_scales import UNSCALED_OF_PAIR, unscaled_of_pairs
from converter.extract.mechanisms.prose_second_figures import SecondFigureBinder
from converter.extract.mechanisms.yuan_currency import document_yuan, settle_yuan
from converter.extract.mechanisms.prose_voices import disagreeing
from converter.extract.mechanisms.sentences import has_hangul, Collected, MeasureHit, PhraseFinder, Sentence, body_start, \
    find_measures, gated_search, word_pattern
from converter.model import PURE, Mention, Observation, Period, UnitSpec
from converter.parse.gates import Gated, fold
from converter.parse.periods import FoundPeriod, shift

__all__ = ["bind_prose", "concept_kinds"]

UNQUALIFIED = " (unqualified EPS)"


def _is_heading(text: str) -> bool:
    """A heading line: short, one line, no sentence stop, no figure but a year or an item number."""
    return len(text) <= 70 and "\n" not in text and not _STOPPED.search(text) and \
        not _FIGURE_IN_HEADING.search(text)


_INTERIM_DIVIDEND = Gated(re.compile(r"\binterim\s+(?:cash\s+)?dividends?\b", re.I))
_BULLET = re.compile(r"\s*(?:[—–•·*※▶■□◆-]|o\s)")
# a heading: no sentence stop at its end, no figure but a year or an item number
_STOPPED = re.compile(r"[.!?]$")
_FIGURE_IN_HEADING = re.compile(r"\d[\d,.]*\s*(?:%|bn|billion|million|억|조)|[$₩¥]\s?\d")
# "... are the following:": a sentence that opens a list
_OPENS_LIST = re.compile(r"[:：][\"”’']*$")
_DIGIT = re.compile(r"\d")
_YEAR_END = re.compile(r"year[\s-]end", re.I)


@cache
def _listed_bound() -> re.Pattern[str]:
    """"매출액 10조원과 영업이익 1조원을 돌파한": a figure listed with another measure's figure
    before the threshold word both share is a threshold too (built once)."""
    return re.compile(rf"""\s*(?:과|와|및|,)\s*                       # 과 / 와 / 및 / ,
        [가-힣]{{1,8}}\s*(?:이|가|은|는)?\s*                         # 영업이익
        \d[\d,.]*\s*(?:[조억만천]\s*(?:\d[\d,.]*\s*)?)*원?\s*    # 1조원
        (?:을|를|이|가)?\s*(?:{word_pattern('ko_bound').pattern})     # 을 돌파""", re.VERBOSE)


@cache
def _bounds() -> tuple[Gated, re.Pattern[str]]:
    """"above", "up to" ending the text before a figure (gated by its words: re tries it at every
    position of the words before each figure); "이상", "넘은", a threshold crossed ("돌파", "mark")
    after it: a limit."""
    # ("more than a 1 trillion won profit", "surpassed the 40 trillion won mark": an article may
    # stand between the bound and the figure)
    return (Gated(re.compile(rf"(?:{word_pattern('bound').pattern})\s*(?:(?:an?|the)\s+)?$", re.I)),
            re.compile(rf"""\s*(?:(?:을|를|이|가)?\s*(?:{word_pattern('ko_bound').pattern})  # 을 돌파
                |(?:[(（][^()（）]{{1,40}}[)）]\s*)?          # or the figure's translation, "($35 billion)",
                [-\s]?(?:{word_pattern('bound_after').pattern}))  # then "mark", "-range", "-level"
                """, re.I | re.VERBOSE))


_PER_SALES = "an amount earned per so much of sales (a ratio), not an amount of the period"


@cache
def _per_sales() -> Gated:
    """"on every 1,000 won worth of sales": the base of a ratio to sales (``per_sales`` phrases)."""
    return Gated(word_pattern("per_sales"))


@cache
def _share_after_count() -> re.Pattern[str]:
    """A count of companies and an opening parenthesis right before a percentage: "512사(", "89곳(-"."""
    return re.compile(rf"\d[\d,]*\s*(?:{word_pattern('ko_company_counter').pattern})\s*\(\s*[-+△▲▼]?\s*$")


_TRANSLATED_CHANGE = "a change of the figures translated into US dollars, not of the reported ones"

# between a bound figure and its translation: "exceeding 4 trillion won (about USD 2.3 billion)"
_TRANSLATION_OF_BOUND = re.compile(r"\s*[(（]\s*(?:(?:about|approximately|around|roughly|some|or)\s+)?", re.I)


class SentenceBinder(FigureBinder, PercentBinder, PercentOwners, ListBinder, SecondFigureBinder):
    """Binds the figures of one sentence; keeps the text's current period between sentences."""

    def __init__(self, ctx: DocumentContext, out: Collected, spans: list[Sentence],
                 periods: ProsePeriods | None = None) -> None:
        self.ctx, self.out, self.text = ctx, out, ctx.text
        self.periods = periods or ProsePeriods(ctx, spans)
        self.companies = NewsCompanies(ctx.registrant, spans, ctx.text)
        self.last: Binding | None = None  # the last primary figure, for "This represents ..."
        self.sentence_start = self.sentence_end = 0
        self.forward_list = False  # the text lists expectations ("... are the following:")
        self.cents = cents_currency(ctx.text)
        self.whole = whole_mark_currency(ctx.text)  # the rupee of a bare "2/-"
        self.yuan = document_yuan(ctx.text)  # the dollar of a bare 元 ("營收1,234億元")
        self.body = body_start(spans)
        self.compared = None  # the one comparison the sentence before made, for the next (``compared``)
        self.compared_end = 0  # where that sentence ends
        self.paired: list[Binding] = []  # the sentence's amounts paired in order with its measures ("각각")
        self.unpaired: set[int] = set()  # where the sentence's amounts of such a list start, paired with none
        self.interim: bool | None = None  # the text names an interim dividend
        # a figure of a period named without its year is reported only from a sentence that
        # states a result (past tense): an undated text has no date to tell a plan by
        self.states_result = True
        self.forward = PhraseFinder("forward", ctx.text)  # plans, targets, outlooks
        self.adjusted = AdjustedClauses(ctx.text)  # figures with an item left out, beside the reported ones
        # "In US dollars, ...": a sentence about the convenience translation, and the currencies
        # of the figures read so far (the reporting currency among them)
        self.translated_basis = PhraseFinder("translated_basis", ctx.text)
        self.currencies: set[str] = set()
        # each fact with the company its sentence names and its figure as printed
        self.voiced: list[tuple[Observation, str | None, str]] = []
        self.basis = Basis(ctx.text)  # separate-basis figures beside consolidated ones
        # the segment a Korean sentence's figures were all of, and where that sentence ended: the
        # next sentences of its paragraph naming no subject go on about it ("소재 부문의 경우 매출은
        # ... 전년 동기 대비 매출은 24% 늘었다": Korean leaves a known subject unsaid)
        self.segment_on: tuple[Subject, int] | None = None
        self.going_on: Subject | None = None
        # the primary amounts of the last sentence holding figures, in order ("... 각각 15.0%와 17.5%")
        self.previous_primary: list[Binding] = []
        # the figures of "the corresponding period of the previous fiscal" (``Dated``), dated last
        self.year_before: list[Binding] = []

    def stated_period(self, concept: str, dated: Dated) -> tuple[Period, tuple[tuple[str, str], ...]] | None:
        """``stated_periods.stated_period`` for a figure of the sentence being bound: none where
        the sentence states no result."""
        return stated_period(concept, dated, self.periods.calendar, self.periods.year_end_known) \
            if self.states_result else None

    def bind(self, s: Sentence) -> None:
        if self.adjusted.watching:  # "On a non-GAAP basis:" opens a block of its figures
            self.adjusted.follow(s, _is_heading(s.text))
        periods = self.periods.find(s)
        if s.end <= self.body:
            self._headline(s, periods)
            return
        if self._looks_ahead(s, periods):
            # "…9億円に伸び、年間計画の…": results before the plan (dated: the date tells them from a plan)
            if self.ctx.document_date is not None and (head := result_head(s, self.forward)) is not None:
                self.bind(head)
            return
        self.forward_list = False
        self.states_result = self.ctx.document_date is not None or bool(word_pattern("reported").search(s.text))
        self.periods.update(s, periods)
        self.sentence_start, self.sentence_end = s.start, s.end
        company = self.companies.subject(s.text, s.start)
        self.going_on = self._segment_going_on(s) if company == WHOLE else None
        company = self.going_on or company
        # a figure an earlier mechanism bound (a dividend of a kind) is not bound again
        figures = self._own_currency_changes(s, self._stated(self._figures(s, periods)))
        figures, adjusted = self.adjusted.leave_out(s, figures, self.ctx)  # "excluding the one-time gain, ..."
        self.out.unmapped += adjusted
        if self.basis.separate(s):  # "별도재무제표 기준 손익은 다음과 같습니다": not the consolidated facts
            self.out.unmapped += [Mention(f.text, self.ctx.span(f.start, f.end), SEPARATE_BASIS) for f in figures]
            return
        if figures and _per_sales().may_match(fold(s.text)) and _per_sales().pattern.search(s.text):
            # "earned 54 won in operating profit on every 1,000 won worth of sales": ratios, not amounts
            self.out.unmapped += [Mention(f.text, self.ctx.span(f.start, f.end), _PER_SALES) for f in figures]
            return
        if not figures:  # nothing to bind (two sentences in five): only the comparison it makes goes on
            self._comparing, self.compared_end = (s, periods), s.end
            return
        measures = with_own_period(self._year_parts(_not_defining(self.text, find_measures(self.text, s.start, s.end))), periods)
        bindings = self._bindings(s, figures, measures, periods)
        self._place_companies(s, bindings, company)
        self._bind_percents(s, figures, measures, periods, bindings)
        for b in bindings:
            if month_point(b, bindings):
                self.out.unmapped.append(Mention(b.figure.text, self.ctx.span(b.figure.start, b.figure.end), MONTH_POINT))
                continue
            self._emit(b)
        primary = [b for b in bindings if b.role == "primary"]
        self.previous_primary = sorted((b for b in primary if b.figure.currency is not None), key=lambda b: b.figure.start)
        if primary:
            self.last = primary[-1]
            parts = {b.subject for b in primary}
            part = parts.pop() if len(parts) == 1 else None
            self.segment_on = (part, s.end) if part is not None and part.axis == SEGMENT_AXIS \
                and not part.unknown and has_hangul(s.text) else None
        self._comparing, self.compared_end = (s, periods), s.end

    def _segment_going_on(self, s: Sentence) -> Subject | None:
        """The segment of the sentence before, where ``s`` goes on in its paragraph naming no
        subject of its own (no company, no segment: ``korean_other_subject``)."""
        if self.segment_on is None:  # (most sentences: before the imports, which cost more than the test)
            return None
        from converter.extract.mechanisms.korean_subjects import korean_other_subject
        from converter.extract.mechanisms.names import words
        part, end = self.segment_on
        if "\n" in self.text[end:s.start] or korean_other_subject(s.text) is not None \
                or any(word in s.text for word in words("ko_whole")):
            self.segment_on = None  # a new paragraph, a subject of its own, or the company's whole figure
            return None
        return part

    def _headline(self, s: Sentence, periods: list[FoundPeriod]) -> None:
        """A headline, a byline: its period is the text's until the body names one, its figures
        round what the body states ("매출 11조" for 11조 2600억원), so they stay unmapped."""
        self.periods.update(s, periods)
        for f in self._figures(s, periods):
            if f.currency is None and not f.percent:
                continue  # a byline's time, a page number: no figure of a measure
            self.out.unmapped.append(Mention(f.text, self.ctx.span(f.start, f.end),
                                             "a headline's figure: the body states the figures"))

    def _looks_ahead(self, s: Sentence, periods: list[FoundPeriod]) -> bool:
        """Whether ``s`` states a plan, a target or an outlook, not a result: its figures stay
        unmapped. So do the bullets after "... are the following:" or under a heading ("2005
        Guidance (unchanged)", "Outlook for Fiscal 2005"): they are plans too."""
        bullet = bool(_BULLET.match(s.text))
        if not (self.forward.search(s.text) or self.periods.names_future(periods) or (bullet and self.forward_list)):
            return False
        self.forward_list = bool(_OPENS_LIST.search(s.text)) or (bullet and self.forward_list) or \
            _is_heading(s.text)
        self.compared = None
        return True

    def _bindings(self, s: Sentence, figures: list[Figure], measures: list[MeasureHit],
                  periods: list[FoundPeriod]) -> list[Binding]:
        """The bindings of the sentence's figures (not its percentages): parallel statements and
        period lists first, then each figure left alone, then the figures it is compared with."""
        bindings = self._parallel(s, figures, measures, periods) + self._period_list(s, figures, measures)
        for figure in figures:
            if figure.percent or figure.start in self.unpaired or any(b.figure is figure for b in bindings):
                continue  # (``unpaired``: of a list paired with another that cannot be told apart)
            binding = self._labelled_comparative(s, figure, bindings, periods) or \
                self._bind_figure(s, figure, figures, measures, periods, bindings)
            if binding is not None:
                bindings.append(binding)
        return bindings + self._compares_with(s, figures, measures, periods, bindings)

    def _place_companies(self, s: Sentence, bindings: list[Binding], company: Subject) -> None:
        """Each binding on the company its clause names ("..., and Daebo Electronics' operating
        profit"), else the sentence's (``company``)."""
        for b in bindings:
            aside = aside_company(self.companies, s, b.figure.start)
            if aside is not None:  # "누리은행은 순손실(386억원)": the other company's, whatever the sentence's
                b.subject = aside
                continue
            ranked = ranked_company(self.companies, s, b.subject, company)
            if ranked is not None:  # "가람전자가 ... 가장 많았고 새봄모터스 8조원": each its company's
                b.subject = ranked
                continue
            whose = self.companies.in_clause(s, b.figure.start) or company
            if b.subject == WHOLE and whose != WHOLE:
                b.subject = whose
            elif whose != WHOLE and b.subject.axis == SEGMENT_AXIS:
                # a part of another company's business (or of a company that may not be the registrant)
                b.subject = Subject(whose.axis, whose.member, unknown=True)

    def _figures(self, s: Sentence, periods: list[FoundPeriod]) -> list[Figure]:
        """``sentence_figures`` of ``s``, not looked for in a sentence that cannot hold one; a bare
        元 amount in the document's dollar, or left out where that is not told."""
        if not may_hold_figures(s.text):
            return []
        figures, left = settle_yuan(sentence_figures(s, excluded(s, periods, self.text), self.cents, self.whole), s.text, self.yuan)
        self.out.unmapped += [Mention(f.text, self.ctx.span(f.start, f.end), why) for f, why in left]
        return figures

    @property
    def compared(self) -> str | Period | None:
        """The one comparison the sentence before made (``_comparison``), worked out when a
        change that names none asks for it (few do)."""
        if self._comparing is not None:
            self._compared, self._comparing = self._comparison(*self._comparing), None
        return self._compared

    @compared.setter
    def compared(self, value: str | Period | None) -> None:
        self._compared, self._comparing = value, None

    def _comparison(self, s: Sentence, periods: list[FoundPeriod]) -> str | Period | None:
        """The one comparison a sentence makes ("전분기 대비", "지난 2분기에 비해", "on-year", "from a
        year earlier"): a relation, or the period compared with."""
        found: set[str | Period] = {p.relation for p in periods if p.relation in ("prior_year", "prior_quarter",
                                                                                   "prior_half", "prior_period")}
        found |= {p.period for p in periods if p.relation is None and p.period is not None
                  and p.kind in ("quarter", "half", "year") and self.periods.is_comparative(p, s)}
        return found.pop() if len(found) == 1 else None

    def _year_parts(self, measures: list[MeasureHit]) -> list[MeasureHit]:
        """"a year-end dividend of 9 yen, which, together with the interim dividend of 8 yen,
        brings the annual dividend to 17 yen": where the text names an interim dividend, the
        year-end one is a part of the year's, like the interim one (no fact)."""
        if self.interim is None:
            self.interim = next(_INTERIM_DIVIDEND.finditer(self.text, fold(self.text)), None) is not None
        if not self.interim:
            return measures
        return [replace(m, concept="-") if m.concept == "DividendsDeclaredPerShare"
                and _YEAR_END.match(m.text) else m for m in measures]

    def _is_bound(self, figure: Figure) -> bool:
        """"above 33%", "up to KRW 50 billion", "10% 이상", "8000억원을 넘은": a limit, not the figure."""
        before = self.text[max(self.sentence_start, figure.start - 24):figure.start]
        after = self.text[figure.end:figure.end + 56]  # (room for a translation before "mark")
        bound_before, bound_after = _bounds()
        bound = gated_search(bound_before, before) or bound_after.match(after) or \
            (has_hangul(self.text, figure.end, figure.end + 3) and _listed_bound().match(self.text, figure.end, figure.end + 40))
        if bound:
            self.out.unmapped.append(Mention(figure.text, self.ctx.span(figure.start, figure.end),
                                             "a bound (above, up to, 이상), not a stated figure"))
        return bool(bound)

    def _stated(self, figures: list[Figure]) -> list[Figure]:
        """The figures of a sentence that state a value: not one an earlier mechanism bound (a
        dividend of a kind), not a bound ("exceeding 4 trillion won"), nor the translation in
        parentheses right after a bound ("exceeding 4 trillion won (about USD 2.3 billion)": the
        threshold in another currency), nor a share of companies counted."""
        stated: list[Figure] = []
        bound_end = None  # where the last bound figure ended
        for f in figures:
            if self.out.is_used(f.start, f.end):
                continue
            if bound_end is not None and _TRANSLATION_OF_BOUND.fullmatch(self.text, bound_end, f.start):
                self.out.unmapped.append(Mention(f.text, self.ctx.span(f.start, f.end),
                                                 "the translation of a bound, not a stated figure"))
                bound_end = f.end
                continue
            if self._is_bound(f):
                bound_end = f.end
                continue
            bound_end = None
            if not self._is_share(f):
                stated.append(f)
        unscaled = [id(f) for f in unscaled_of_pairs(self.text, stated)]
        self.out.unmapped += [Mention(f.text, self.ctx.span(f.start, f.end), UNSCALED_OF_PAIR)
                              for f in stated if id(f) in unscaled]
        return [f for f in stated if id(f) not in unscaled]

    def _own_currency_changes(self, s: Sentence, figures: list[Figure]) -> list[Figure]:
        """The figures of ``s`` less its percentages where it states them of a convenience
        translation ("In US dollars, revenue increased 4%") in a text whose figures are in
        another currency: the change of the translation, not the reported change."""
        self.currencies |= {f.currency for f in figures if f.currency}
        if not any(f.percent for f in figures) or self.translated_basis.absent \
                or not self.translated_basis.search(s.text) or not self.currencies - {"USD"}:
            return figures
        self.out.unmapped += [Mention(f.text, self.ctx.span(f.start, f.end), _TRANSLATED_CHANGE)
                              for f in figures if f.percent]
        return [f for f in figures if not f.percent]

    def _is_share(self, figure: Figure) -> bool:
        """"흑자기업은 512사(71.3%)로", "89곳(-1.5%포인트)": a percentage in parentheses after a count
        of companies is their share of the companies counted, never a change."""
        if not figure.percent or not has_hangul(self.text, max(self.sentence_start, figure.start - 12), figure.start):
            return False
        if not _share_after_count().search(self.text, max(self.sentence_start, figure.start - 16), figure.start):
            return False
        self.out.unmapped.append(Mention(figure.text, self.ctx.span(figure.start, figure.end),
                                         "a share of the companies counted before it, not a change"))
        return True

    # -- lists ---------------------------------------------------------------------------------

    # -- output ----------------------------------------------------------------------------------

    def _emit(self, b: Binding) -> None:
        if b.subject.unknown:
            self.out.unmapped.append(Mention(b.figure.text, self.ctx.span(b.figure.start, b.figure.end),
                                             b.subject.why_not(b.concept)))
            return
        period, stated = fit(b.concept, b.period), ()
        undated = self.stated_period(b.concept, b.dated) if period is None and b.role != "comparative" else None
        if undated is not None:  # "올 1분기 매출 3천억원" in an article that states no date
            period, stated = undated
        if period is None and b.dated.year_before_the_measures and b.role == "primary" and not b.subject.axis:
            self.year_before.append(b)
            return
        if period is None:
            reason = b.dated.reason or f"{b.concept} without a period"
            self.out.unmapped.append(Mention(b.figure.text, self.ctx.span(b.figure.start, b.figure.end), reason))
            return
        kind = concept_kinds()[b.concept][0]
        figure = b.figure
        if b.sign < 0 and figure.value > 0:  # (a copy only then: dataclasses.replace reads every field)
            figure = replace(figure, value=-figure.value)
        if b.figure.currency is None:
            unit = PURE
        elif kind == "perShare":
            unit = UnitSpec.per_share(b.figure.currency)
        else:
            unit = UnitSpec.currency(b.figure.currency)
        for concept in (b.concept, *b.twins):
            dims = b.subject.dimensions if allows(concept, b.subject) else ()
            if b.subject.axis and not dims or stated and stated_period(concept, b.dated, self.periods.calendar) is None:
                continue
            dims = (*dims, *stated)
            rule = f"press:{b.role}" + (UNQUALIFIED if b.unqualified and concept == b.concept else "")
            self._observe(concept, figure, period, unit, dims, rule)

    def date_year_before(self) -> None:
        """Each figure of "the corresponding period of the previous fiscal" (a year before a
        period its sentence does not name) is of the year before the one period the text
        reports its measure for ("a net profit of Rs 606 crore for the quarter ended September
        30"); where it reports the measure for none or several, it stays without a period."""
        for b in self.year_before:
            own = {o.period for o in self.out.observations
                   if o.concept == b.concept and not o.dimensions and o.period.start is not None}
            if len(own) == 1:
                self._emit(replace(b, dated=Dated(shift(next(iter(own)), "prior_year"))))
            else:
                self.out.unmapped.append(Mention(b.figure.text, self.ctx.span(b.figure.start, b.figure.end),
                                                 f"{b.concept} without a period"))

    def _observe(self, concept: str, figure: Figure, period: Period | None, unit: UnitSpec,
                 dimensions: tuple[tuple[str, str], ...], rule: str) -> None:
        if period is None:
            return
        observation = Observation(concept, figure.value, period, unit, figure.decimals,
                                  tuple(sorted(dimensions)), span=self.ctx.span(figure.start, figure.end), rule=rule)
        self.out.add(observation, figure.start, figure.end)
        self.voiced.append((observation, self.companies.speaker, figure.text))


def _not_defining(text: str, measures: list[MeasureHit]) -> list[MeasureHit]:
    """Measures less those that spell out the one before them in parentheses: "EBITDA(감가상각,
    이자, 세금 차감전 영업이익)", "EBITDA (earnings before interest ... and amortization)"."""
    out = []
    for m in measures:
        opened = text.rfind("(", 0, m.start)
        closed = text.find(")", m.end)
        inner = opened >= 0 and closed >= 0 and ")" not in text[opened:m.start] and \
            not _DIGIT.search(text[opened:closed]) and any(
                o.end <= opened and not text[o.end:opened].strip()
                # "차감하기 전 영업이익(EBITDA)": the words before spell out the measure named alone in the parenthesis
                and not (o.concept == "-" and text[opened + 1:closed].strip() == m.text) for o in measures)
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


def _last_with_figures(spans: list[Sentence]) -> int:
    """How many sentences to bind: up to the last that may hold a figure (``may_hold_figures``).
    A sentence binds or reports only its own figures; the periods, companies and plans it names
    are kept only for the sentences after it, so the sentences after the last one that may hold
    a figure (a release's closing words: "About ...", the forward-looking statements) are not
    read."""
    last = len(spans)
    while last and not may_hold_figures(spans[last - 1].text):
        last -= 1
    return last


def bind_prose(ctx: DocumentContext, out: Collected, spans: list[Sentence],
               periods: ProsePeriods | None = None) -> None:
    """Bind the figures of every sentence in ``spans`` (document order); ``periods``: the
    document's periods, read from its start (made here when not given)."""
    binder = SentenceBinder(ctx, out, spans, periods)
    for s in spans[:_last_with_figures(spans)]:
        binder.bind(s)
    binder.date_year_before()
    kept = _unqualified_eps_repeats(out.observations)
    if len(kept) != len(out.observations):
        out.observations[:] = kept
    _leave_out_disagreeing(ctx, out, binder.voiced)
    leave_out_unpaired_comparatives(ctx, out, spans)


def _leave_out_disagreeing(ctx: DocumentContext, out: Collected,
                           voiced: list[tuple[Observation, str | None, str]]) -> None:
    """Values of one fact stated about different companies (``prose_voices``): unmapped, with why."""
    dropped = disagreeing([(o, s) for o, s, _ in voiced], ctx.registrant)
    if not dropped:
        return
    companies = sorted({s for o, s, _ in voiced if s and any(o is d for d in dropped)})
    for o, _, text in voiced:
        if any(o is d for d in dropped):
            out.unmapped.append(Mention(text, o.span, f"{o.concept}: values of different companies "
                                                      f"({', '.join(companies)}), none of the registrant"))
    # (the figures stay marked as used: they are reported here, not as figures no rule binds)
    out.observations[:] = [o for o in out.observations if not any(o is d for d in dropped)]
