"""One figure of a sentence of results prose, bound to its measure: which measure it is of, its
sign, whose it is, and whether it is the level of its own period or a comparative one.

A figure belongs to the measure named right after it ("KRW 5 billion of net income", "810,000
subscribers") or last before it in its clause ("net loss amounted to KRW31.4 billion"), where
their kinds agree (an amount per share to a per-share measure, a count to a count). Its sign is a
loss or profit word beside it, else the measure's; its subject a segment the measure's words
name (``figure_subjects``). A figure in parentheses after a period phrase is that period's; one a
relative period owns ("전년동기의 경상이익(41억원)", "last year's sales of") or one compared against
("1,210억원보다") is a comparative one; the first figure of a measure is the level of its own
period. Mixed into ``prose_measures.SentenceBinder``, which holds the text, periods and bindings.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from converter.extract.mechanisms.figure_segments import (
    contributor_segment,
    english_part,
    english_segment,
    japanese_other_subject,
    korean_list_segment,
    korean_segment,
    segment_after,
)
from converter.extract.mechanisms.chinese_subjects import part_before
from converter.extract.mechanisms.figure_subjects import SEGMENT_AXIS, WHOLE, Subject
from converter.extract.mechanisms.prose_figure_kinds import FigureKinds
from converter.extract.mechanisms.prose_figures import (
    Binding,
    Figure,
    compound,
    segment_cube,
)
from converter.extract.mechanisms.prose_comparisons import CLAUSE_BREAK, STRONG_COMPARE
from converter.extract.mechanisms.prose_periods import (
    NO_PERIOD,
    NOW,
    Dated,
    concept_kinds,
)
from converter.extract.mechanisms.prose_period_parts import a_year_before
from converter.extract.mechanisms.sentences import HANGUL, MeasureHit, Sentence, word_pattern
from converter.extract.mechanisms.table_rows import NO_CONCEPT
from converter.model import Mention, Period
from converter.parse.periods import FoundPeriod, shift

if TYPE_CHECKING:
    from converter.extract.base import DocumentContext
    from converter.extract.mechanisms.figure_subjects import NewsCompanies
    from converter.extract.mechanisms.prose_periods import ProsePeriods

_PRESENT = re.compile(r"\b(?:has|have|serves|counts|boasts|now\s+has)\s+(?:(?:about|some|over|nearly|almost|around|more\s+than)\s+)?$")
_KO_PART_OF = re.compile(r"(?:이|그)\s*(?:가운데|중)(?:에서)?\s")
# "..., and an EBITDA loss of": the next of a list
_AND_A = re.compile(r"\s*,?\s*and\s+(?:an?\s+)?", re.I)


@cache
def _along() -> re.Pattern[str]:
    """", with an EBITDA loss of": a measure brought along by the figure before it (built once)."""
    return re.compile(rf"\s*,?\s*(?:{word_pattern('along').pattern})\s+(?:an?\s+)?", re.I)


@cache
def _compared_measure() -> re.Pattern[str]:
    """"swung to profit from an operating loss of", "compared with a net profit of": a comparison
    word and an article (or "its") right before a measure, which the comparison's figures are of
    (built once)."""
    return re.compile(rf"(?:{word_pattern('compare').pattern})\s+(?:an?|its|their)\s+"
                      r"(?:(?:year[-\s](?:earlier|ago)|previous|prior)\s+)?$", re.I)


# the particle that makes a period the topic of its clause: "전년에는", "전분기엔"
_KO_TOPIC = re.compile(r"(?:에는|에도|엔|은|는)\s*")
# the end of a parenthesis that holds a figure: "(8350억원)", "(325억원 순손실)", "(480만원 적자)"
_CLOSES = re.compile(r"\s*(?:(?:당기)?(?:순|영업|경상)?(?:손실|이익|적자|흑자)\s*)?\)")
# between a figure and the measure named right after it: "810,000명의 가입자", "KRW 5 billion of net income"
_RIGHT_BEFORE_MEASURE = re.compile(r"\s*(?:명|가구|회선)?(?:이|가|은|는|의|을|를)?\s*|\s+(?:(?:of|in)\s+(?:[a-z]+\s+){0,2})?")
# "217.4 billion won ($195.1 million) in operating profit": the figure's translation in parentheses,
# between it and the measure named after it
_TRANSLATION_AFTER = re.compile(r"\s*\([^()\d]{0,15}\d[^()]{0,30}\)")
# ... and the translation itself: a figure right after an amount and "(", closed right after it
_TRANSLATION_OPENS = re.compile(r"\d[\d,.]*\s*(?:[a-z]+\s+)?[a-z]*\s*\(\s*(?:approximately\s+|about\s+)?$", re.I)
_TRANSLATION_CLOSES = re.compile(r"\s*\)")
# "... to HK$44.7 million Revenue increased by ...": a capitalized measure word right after a figure
# starts the next item of a list of highlights whose line breaks were lost, no measure of the figure
_NEW_ITEM = re.compile(r"\s+[A-Z][a-z]")
# a count's words before its measure: "810,000 paying subscribers" (not "new", "additional", "net")
_COUNTED_WORDS = re.compile(r"\s+(?!(?:new|additional|net)\b)(?:[a-z]+\s+){1,2}")
# "1,210억원보다", "(480만원 적자)에서": the figure compared against
_KO_COMPARED_FIGURE = re.compile(r"\s*\)?\s*(?:적자|흑자|손실)?\s*(?:보다|대비|에\s*비해|에서|에\s*견줘)")
# "538억원에서 54억원으로", "전년 동기 1,200억원에서 1,500억원으로": a measure that went from (에서) one
# figure to (으로) another, the first the earlier period's level, the second its own period's
_KO_FROM = re.compile(r"\s*\)?\s*(?:적자|흑자|손실)?\s*에서(?![가-힣])")
_KO_TO = re.compile(r"\s*\)?\s*(?:적자|흑자|손실)?\s*(?:으로|로)(?!서|써)")
_FROM_TO_GAP = 24  # characters between the two figures at most ("에서 올해 2분기 ")
# an EPS named "basic" (基本 of Chinese "每股基本及攤薄盈利", Japanese 基本的) is no unqualified EPS
_BASIC = re.compile(r"basic|基本", re.I)
# "revenue of KRW 1.9 trillion last year", "net income of $5 million a year earlier": a relative
# period right after the figure, no comparison word between, is that figure's own period
# a Chinese or Japanese character (a period phrase of those languages)
_HAN = re.compile(r"[\u3400-\u9fff]")
_RELATIVE_ATTACHED = re.compile(r"[\s,]*(?:(?:in|for|during)\s+)?(?:the\s+)?", re.I)
# "decreased from HKD 4,321 million": the figure a change starts from, right after "from"
_FROM_BEFORE = re.compile(r"\bfrom\s*$", re.I)
# "from HK$41.0 million to HK$44.7 million": nothing but "to" between the level left and the level reached
_TO_NEXT = re.compile(r"\s+to\s+", re.I)
_BASIC_OR_DILUTED = re.compile(r"basic|diluted", re.I)
# "increased by 70% to Rs 75 crore YoY": the basis of the change, not a period of the figure before it
_CHANGE_BASIS = re.compile(r"y-?o-?y|(?:year[\s-])?on[\s-]year", re.I)
# "처분이익(": a word glued to the parenthesis a figure opens
_WORD_OPENING = re.compile(r"([가-힣A-Za-z]+)\(\s*$")
# "경상이익(41억원)과 ": measures with their figures in parentheses, listed before the measure
_APPOSED_CHAIN = re.compile(r"(?:[가-힣A-Za-z]+\s*\([^()]{1,30}\)\s*(?:과|와|및|,|and)\s*)*$")
# "전년동기의", "전년동기에는", "last year's": a relative period that owns the measure after it
_OWNS_MEASURE = re.compile(r"\s*(?:의|에는|에도|에|엔|[’']s?)\s*")
_ONLY_JOINERS = re.compile(r"[\s,과와및의]*")
_OPEN_PARENTHESIS = re.compile(r"\s*\(\s*")
# "... compared with the year before to X": the level the change reached, after the comparison
_TO_BEFORE = re.compile(r"\bto\s+$", re.I)


# "기록했던 한빛은", "흑자였던": a past adnominal closing a clause that stated an earlier figure
_KO_CLAUSE_CLOSED = re.compile(r"(?:[었았였했]|이)던\s")


class FigureBinder(FigureKinds):
    """The binding of one figure to its measure (see the module doc)."""

    text: str
    ctx: "DocumentContext"
    periods: "ProsePeriods"
    companies: "NewsCompanies"
    _last_measure: MeasureHit | None

    # -- measures ----------------------------------------------------------------------------

    def _measures_for(self, figure: Figure, measures: list[MeasureHit],
                      bindings: list[Binding] = ()) -> list[MeasureHit]:  # type: ignore[assignment]
        """Candidate measures of a figure, best first: a measure named right after it ("KRW 11.8
        trillion in revenues", "810,000 subscribers", "1,850억원의 매출"), the one named last
        before it in the clause, a measure named after it a few words on."""
        out = []
        after = [m for m in measures if m.start >= figure.end]
        between = self.text[figure.end:after[0].start] if after else ""
        if figure.currency is not None:  # "X ($Y) in operating profit": the measure is right after X and after Y
            translated = _TRANSLATION_AFTER.match(between) or (
                _TRANSLATION_CLOSES.match(between) if _TRANSLATION_OPENS.search(self.text, max(0, figure.start - 40), figure.start) else None)
            between = between[translated.end():] if translated else between
        # (a Chinese or Japanese measure opening the next line is the label of the figure under it:
        # "收益\n12.5億港元\n股東應佔溢利\n3.2億港元")
        new_item = bool(after) and (bool(_NEW_ITEM.fullmatch(between + after[0].text[:2]))
                                    or ("\n" in between and not between.strip() and bool(_HAN.match(after[0].text))))
        right_after = after and not new_item and (
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
        if not right_after and after and out and not new_item and len(self.text[out[-1].end:figure.start]) > 20 \
                and not self.text[figure.end:after[0].start].strip(" 명이가은는의을를"):
            out.insert(0, after[0])
        return out


    def _subject_of(self, s: Sentence, measure: MeasureHit, figure: Figure, concept: str,
                    figures: list[Figure], measures: list[MeasureHit]) -> Subject:
        korean = HANGUL.search(measure.text)
        if _HAN.search(measure.text) and part_before(self.text, measure.start):
            return Subject(SEGMENT_AXIS, "", unknown=True)  # "云服务净营收": a part's, which one unread
        part = None if korean else english_part(self.text, s, measure.start, figure.start)
        if part is not None:  # "The line's revenue", "its mobile unit's sales": the part's, not the company's
            return part if segment_cube(concept) else Subject(SEGMENT_AXIS, "", unknown=True)
        if not korean and japanese_other_subject(self.text, s, measure.start, self.ctx.registrant):
            return Subject(SEGMENT_AXIS, "", unknown=True)  # "製造業の純利益": an industry's, another's
        if not segment_cube(concept):
            return WHOLE
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

    def _segment_along(self, measure: MeasureHit, bindings: list[Binding]) -> Subject:
        """"Rental revenue was HKD 40 million, with EBITDA of HKD 35 million": a measure the
        segment's figure brings along is the segment's; so is the next of a segment's compared
        figures ("compared to revenue of HKD 7 million and an EBITDA loss of HKD 1 million")."""
        last = bindings[-1] if bindings else None
        if last is None or last.subject.axis != SEGMENT_AXIS or last.subject.unknown:
            return WHOLE
        between = self.text[last.figure.end:measure.start]
        if _along().fullmatch(between) or (last.role == "comparative" and _AND_A.fullmatch(between)):
            return last.subject
        return WHOLE

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
        candidates = self._measures_for(figure, measures, bindings)
        if candidates and candidates[0].concept == "-" and figure.currency is not None and not figure.percent:
            # "underlying profit fell 3% to HK$4.52bn": a measure the taxonomy lacks, reported
            # unmapped; the next measure the sentence names is not this figure's. A reader that
            # ran first and reported the figure with its own reason (an interim dividend: the
            # dividend reader) has said why already: one figure, one line of the report
            span = self.ctx.span(figure.start, figure.end)
            if not any(m.span == span for m in self.out.unmapped):
                self.out.unmapped.append(Mention(figure.text, span, NO_CONCEPT))
            self._last_measure = None
            return None
        measure = self._last_measure = next((m for m in map(lambda m: self._as_total(m, figure), candidates)
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
        if subject == WHOLE and segment_cube(concept):
            subject = self._segment_along(measure, bindings)
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
            # "전년의 1,210억원보다 24.1% 증가": the figure compared against
            return self._compared_against(s, periods, concept, figure, sign, subject, left)
        same = [b for b in bindings if b.concept == concept and b.subject == subject]
        if same and self.companies.chinese is not None:  # "X营收为A;Y营收为B": B is Y's level, not X's second figure
            clause = self.companies.in_clause(s, figure.start)
            same = [b for b in same if self.companies.in_clause(s, b.figure.start) == clause]
        if same and same[-1].role == "comparative" and self._changed_to(same[-1].figure, figures) is figure:
            same = []  # "전년 동기 1,200억원에서 1,500억원으로": the level reached, of its own period
        grown = self._grown_level(figure, figures, measure)
        if grown is not None:
            # "전년동기(548억원) 대비 21.7% 늘어난 666억9천만원", "작년 2분기 772억원을 기록했으나 올
            # 2분기에는 32.6%가 줄어든 520억원": the level reached, of the period named before the change
            same = []
            left = max([f.end for f in figures if f.end <= grown.start] + [s.start])
        if same and self._named_anew(same, measure):
            same = []  # "from an operating loss of X ($Y) by posting an operating profit of Z": Z is the level
        if same and same[-1].role == "primary" and self._korean_period_between(s, periods, same[-1], figure):
            same = []  # "지난해 3분기 X원의 영업이익을 기록했던 한빛은 올해 3분기 영업손실 Y원": its own period's
        if not same:
            level = self._level(s, periods, measure, concept, figure, sign, subject, left, right)
            joined = self._joined_by_or(s, figure, figures, periods) if level is not None else None
            if joined is None:
                return level
            # "net profit of X for last quarter, or earnings per share of Y": Y is of X's period
            prior = next((b for b in bindings if b.figure.start == joined.start), None)
            if prior is None:
                return None  # the period named for both is not read: neither figure's is known
            level.dated, level.role = prior.dated, prior.role
            return level
        return self._second_figure(s, figure, figures, periods, same, concept, sign, subject, right)

    def _korean_period_between(self, s: Sentence, periods: list[FoundPeriod], last: Binding, figure: Figure) -> bool:
        """Whether a Korean sentence closes the clause of a figure of a measure ("... 기록했던") and
        names, before the next of the same measure, another period than the first's, no
        comparison: the next is its level."""
        return bool(_KO_CLAUSE_CLOSED.search(self.text, last.figure.end, figure.start)) and any(
            last.figure.end <= s.start + p.start and s.start + p.end <= figure.start and p.relation is None
            and (p.period is not None or p.unresolved) and not self.periods.is_comparative(p, s)
            and Dated(p.period, None if p.period is not None else p.text) != last.dated for p in periods)

    def _changed_to(self, earlier: Figure, figures: list[Figure]) -> Figure | None:
        """The figure "538억원에서 54억원으로" changes ``earlier`` to: the next figure of the
        sentence, close after ``earlier``'s 에서 and followed by 으로; else None."""
        if not _KO_FROM.match(self.text, earlier.end):
            return None
        later = next((f for f in figures if f.start >= earlier.end), None)
        if later is None or later.start - earlier.end > _FROM_TO_GAP or not _KO_TO.match(self.text, later.end):
            return None
        return later

    def _level(self, s: Sentence, periods: list[FoundPeriod], measure: MeasureHit, concept: str, figure: Figure,
               sign: int, subject: Subject, left: int, right: int) -> Binding | None:
        """The first figure of its measure in the sentence: the level of its own period."""
        own = self.periods.own(s, periods, figure.start, figure.end, left, right, measure.start)
        if concept_kinds()[concept][1] == "instant" and own == self.periods.fallback() and \
                _PRESENT.search(self.text[max(s.start, figure.start - 30):figure.start]):
            # "Chosun Telecom, which has 18.42 million subscribers": now, at the document's date
            day = self.ctx.document_date
            own = Dated(Period.instant(day)) if day else Dated(None, NOW)
        ago = a_year_before(s, periods, figure.end, right, _RELATIVE_ATTACHED, self.text, self.periods.fallback().period)
        if ago is not None:  # "Rs 53 crore in the July-September quarter a year ago": that part, a year before
            own = Dated(ago[1])
        elif own == self.periods.fallback() and self._relative_after(s, periods, figure, right):
            # the text's period is not this figure's, and "last year" relative to an unknown
            # reference (the document's date? the period spoken of?) is not read here: a year
            # before the measure's own period, where the text reports it for one only (read last)
            own = Dated(None, year_before_the_measures=True) if self._relative_after(
                s, periods, figure, right, "prior_year") else NO_PERIOD
        left_behind = next((p for p in periods if p.period is not None and figure.end <= s.start + p.start < right
                            and _RELATIVE_ATTACHED.fullmatch(self.text, figure.end, s.start + p.start)),
                           None) if _FROM_BEFORE.search(self.text, left, figure.start) else None
        if left_behind is not None and self.periods.is_comparative(left_behind, s):
            # "decreased from HKD 4,321 million in 2023 to HKD 4,012 million in 2024": the level left, of its period
            return Binding(concept, figure, Dated(left_behind.period), "comparative", sign, (), subject)
        if _FROM_BEFORE.search(self.text, left, figure.start) and _TO_NEXT.fullmatch(self.text, figure.end, right):
            # "increased by 9% from HK$41.0 million to HK$44.7 million": the level left, of the
            # period compared with (none named: unmapped); the level reached is the next figure
            comparative = self.periods.comparative(s, periods, own.period, s.start, s.end)
            return Binding(concept, figure, Dated(comparative), "comparative", sign, (), subject) \
                if comparative else None
        if measure.end <= figure.start and \
                _compared_measure().search(self.text, max(s.start, measure.start - 40), measure.start):
            # "swung to profit from an operating loss of X by posting an operating profit of Y":
            # X is what the measure was in the period compared with, never its own period's level
            base = own.period or self.periods.fallback().period
            comparative = self.periods.comparative(s, periods, base, measure.start, right)
            return Binding(concept, figure, Dated(comparative), "comparative", sign, (), subject) \
                if comparative else None
        compare = STRONG_COMPARE.search(self.text, left, figure.start)
        if compare and not _TO_BEFORE.search(self.text, compare.end(), figure.start):
            # "as compared with X": no level of its own ("compared with the year before to X": the level reached)
            comparative = self.periods.comparative(s, periods, own.period, left, right)
            return Binding(concept, figure, Dated(comparative), "comparative", sign, (), subject) \
                if comparative else None
        return Binding(concept, figure, own, "primary", sign, measure.twins, subject,
                       concept == "EarningsPerShareBasic" and not _BASIC.search(measure.text)
                       and not _BASIC_OR_DILUTED.search(self.text[figure.end:figure.end + 30]))

    def _relative_after(self, s: Sentence, periods: list[FoundPeriod], figure: Figure, right: int,
                        relation: str | None = None) -> bool:
        """A relative period ("last year", "a year earlier") follows the figure, before the next
        one, with no comparison word between: the figure is of that period, not the text's
        (``relation``: of that relation only). A Chinese phrase after a figure opens the next
        clause, of the next figure ("净利润为42亿元,去年同期为35亿元": Chinese writes a figure's
        period before it), never the figure before."""
        return any(p.relation is not None and p.period is None and figure.end <= s.start + p.start < right
                   and (relation is None or p.relation == relation) and not _HAN.search(p.text)
                   and not _CHANGE_BASIS.fullmatch(p.text)
                   and _RELATIVE_ATTACHED.fullmatch(self.text, figure.end, s.start + p.start) for p in periods)

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


