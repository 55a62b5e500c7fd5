"""Lists of results prose: figures and measures, or figures and years, paired in order.

"Operating income and net income were KRW 151.0 billion and KRW 98.0 billion, respectively";
"net earnings for fiscal 2003 and 2002 were $29.5 million ... and $27.9 million ...,
respectively"; "That compares with a 142.6 billion won profit a year earlier and 120.4 billion won
in the March 2004 quarter"; "compared to KRW 2,315 million and KRW 2,108 million, respectively"
(the n-th comparative figure with the n-th comparison). Mixed into ``prose_measures.SentenceBinder``.
"""

from __future__ import annotations

import re

from converter.extract.mechanisms.prose_figures import PER_SHARE, Binding, Figure
from converter.extract.mechanisms.prose_percents import listed_in_turn
from converter.extract.mechanisms.prose_comparisons import CLAUSE_BREAK
from converter.extract.mechanisms.prose_periods import Dated, concept_kinds
from converter.extract.mechanisms.sentences import MeasureHit, Sentence, gated_search
from converter.extract.mechanisms.subject_names import same_company
from converter.model import Mention, Period
from converter.parse.gates import Gated
from converter.parse.periods import FoundPeriod, shift

# "respectively", "각각": the n-th of one list goes with the n-th of another
_RESPECTIVELY = Gated(re.compile(r"\brespectively\b|각각"))
_EN_RESPECTIVELY = re.compile(r"\brespectively\b")
# the joiners of a Korean list of measures: "경상이익과 순이익", "매출 및 영업이익", "매출, 영업이익"
_KO_AND = re.compile(r"\s*(?:과|와|및|,)\s*")
# a Korean list of companies right before their measure: "가람전자와 한빛화학, 누리바이오의 영업이익"
# (names of one word each; "화학과 소재 부문의" is no such list)
_KO_NAME = r"[가-힣A-Za-z0-9&]{2,20}"
_KO_LIST_JOINER = re.compile(r"\s*,\s*|(?<=[가-힣A-Za-z0-9&])(?:와|과)\s+|\s+및\s+")
_KO_COMPANY_LIST = re.compile(rf"""(?<![^\s,])            # the list opens the clause or follows a space
    (?P<list>{_KO_NAME}(?:(?:{_KO_LIST_JOINER.pattern}){_KO_NAME})+)  # 가람전자와 한빛화학, 누리바이오
    \s*의\s*$""", re.VERBOSE)                            # 의, then the measure
OTHER_LISTED = "another listed company's figure in a 'respectively' (각각) list: not the registrant's"
UNPAIRED = "a 'respectively' (각각) list whose measures and figures differ in number: which figure is whose cannot be told"
# "for fiscal 2003 and 2002": two fiscal years, named in the order of their figures
_FISCAL_YEARS = Gated(re.compile(r"\b(?:fiscal\s+(?:years?\s+)?)(?P<a>(?:19|20)\d\d)\s+and\s+(?P<b>(?:19|20)\d\d)\b"))
# "That compares with ...": a sentence of the figures the last one's are compared with
_COMPARES_WITH = re.compile(r"\s*(?:That|This|It)\s+compares?\s+(?:with|to)\b")


class ListBinder:
    """Pairs in order (mixed into the sentence binder)."""

    def _parallel(self, s: Sentence, figures: list[Figure], measures: list[MeasureHit],
                  periods: list[FoundPeriod]) -> list[Binding]:
        """"Operating income and net income were KRW 151.0 billion and KRW 98.0 billion ...,
        respectively": the n-th amount (translations in parentheses aside) belongs to the n-th
        measure named before the first, in the clause that says "respectively"."""
        self.paired, self.unpaired = [], set()
        m = gated_search(_RESPECTIVELY, s.text)
        if not m:
            return []
        if m.group() == "각각":
            return self._korean_parallel(s, figures, measures, periods, s.start + m.start(), s.start + m.end())
        clause_start = s.start + max([b.end() for b in CLAUSE_BREAK.finditer(s.text[:m.start()])] + [0])
        amounts = [f for f in figures if f.currency is not None and f.start >= clause_start
                   and not self.text[max(clause_start, f.start - 2):f.start].strip().endswith("(")]
        named = [x for x in measures if amounts and clause_start <= x.start and x.end <= amounts[0].start
                 and x.concept in concept_kinds()]
        if len(amounts) < 2 or len(named) != len(amounts):
            return []
        return self._paired(s, figures, periods, named, amounts)

    def _korean_parallel(self, s: Sentence, figures: list[Figure], measures: list[MeasureHit],
                         periods: list[FoundPeriod], each: int, after: int) -> list[Binding]:
        """"경상이익과 당기순이익은 각각 66.9%,80.1%씩 증가한 11억원과 8억원을 기록했다": the n-th amount
        after 각각 (up to the next measure the sentence names) belongs to the n-th measure of the
        list named just before it ("A과 B은"). Where the two lists differ in number, which amount
        is which measure's cannot be told: none of them is bound (``unpaired``)."""
        named = _korean_list_before(self.text, figures, measures, each)
        following = next((x.start for x in measures if x.start >= after), s.end)
        amounts = [f for f in figures if f.currency is not None and after <= f.start < following
                   and not self.text[max(after, f.start - 2):f.start].strip().endswith("(")]
        if not named and not amounts:
            # "매출액과 순이익은 1,234억원, 87억원으로 각각 12.5%, 30.2% 늘었다": the amounts listed before 각각
            named, amounts = _korean_values_before(self.text, figures, measures, each)
        if not named or not amounts:
            return []  # "매출 ..., 영업이익은 ...으로 각각 집계됐다": each measure is named before its own figure
        mine = self._registrant_listed(s, named, amounts)
        if mine is not None:  # "가람전자와 한빛화학의 영업이익은 각각 A원, B원": only the registrant's is read
            others = [f for f in amounts if f is not mine]
            self.unpaired = {f.start for f in others}
            self.out.unmapped += [Mention(f.text, self.ctx.span(f.start, f.end), OTHER_LISTED) for f in others]
            return self._paired(s, figures, periods, named, [mine])
        if len(named) < 2 or len(named) != len(amounts) or any(x.concept not in concept_kinds() for x in named):
            self.unpaired = {f.start for f in amounts}
            self.out.unmapped += [Mention(f.text, self.ctx.span(f.start, f.end), UNPAIRED) for f in amounts]
            return []
        return self._paired(s, figures, periods, named, amounts)

    def _registrant_listed(self, s: Sentence, named: list[MeasureHit], amounts: list[Figure]) -> Figure | None:
        """The registrant's amount of "A와 B, C의 영업이익은 각각 X원, Y원, Z원": one measure, after a
        list of companies as long as the amounts' in which the registrant stands once; else None."""
        if len(named) != 1 or len(amounts) < 2 or named[0].concept not in concept_kinds():
            return None
        listed = _KO_COMPANY_LIST.search(self.text, s.start, named[0].start)
        own = self.companies.own_company
        if listed is None or own is None:
            return None
        names = _KO_LIST_JOINER.split(listed["list"])
        mine = [i for i, name in enumerate(names) if same_company(name, own)]
        return amounts[mine[0]] if len(names) == len(amounts) and len(mine) == 1 else None

    def _paired(self, s: Sentence, figures: list[Figure], periods: list[FoundPeriod], named: list[MeasureHit],
                amounts: list[Figure]) -> list[Binding]:
        """The n-th amount to the n-th measure, each of its own period; none where a measure does
        not take its amount (a per-share measure, a total)."""
        if not all(self._compatible(x, f) for x, f in zip(named, amounts)):
            return []
        out = []
        for x, f in zip(named, amounts):
            right = next((g.start for g in figures if g.start > f.end), s.end)
            own = self.periods.own(s, periods, f.start, f.end, named[-1].end, right)
            out.append(Binding(self._per_share_concept(x.concept, f), f, own, "primary", x.sign, x.twins))
        self.paired = out
        return out

    def _after_paired(self, percents: list[Figure], measures: list[MeasureHit],
                      bindings: list[Binding]) -> dict[int, list[tuple]]:
        """"영업이익과 순이익은 각각 A원, B원으로 전분기 대비 각각 x%, y% 늘어났다": the n-th of a list
        of percentages right after amounts paired with a list of measures (``paired``, naming no
        measure between) is the change of the n-th amount's measure, where the counts agree."""
        paired = [b for b in self.paired if b in bindings]
        if len(paired) < 2:
            return {}
        end = paired[-1].figure.end
        changes = listed_in_turn(self.text, [p for p in percents if p.start >= end])
        if len(changes) != len(paired) or any(end <= m.start < changes[0].start for m in measures):
            return {}
        return {p.start: [(b.concept, b.dated, b.subject)] for p, b in zip(changes, paired)}

    def _period_list(self, s: Sentence, figures: list[Figure], measures: list[MeasureHit]) -> list[Binding]:
        """"net earnings for fiscal 2003 and 2002 were $29.5 million, or $1.04 per diluted share,
        and $27.9 million, or $0.99 per diluted share, respectively": the n-th amount of the
        measure to the n-th year, each per-share figure to the year of the amount before it."""
        years = gated_search(_FISCAL_YEARS, s.text)
        if not years or not _EN_RESPECTIVELY.search(s.text):
            return []
        before = [x for x in measures if x.end <= s.start + years.start() and x.concept in concept_kinds()]
        if not before:
            return []
        measure = before[-1]
        amounts = [f for f in figures if f.currency is not None and f.start > s.start + years.end()]
        totals = [f for f in amounts if not PER_SHARE.match(self.text, f.end)]
        if len(totals) != 2:
            return []
        labels = [self.periods.find(Sentence(0, 0, f"fiscal {y}")) for y in (years["a"], years["b"])]
        out: list[Binding] = []
        for f in amounts:
            index = 0 if f.start < totals[1].start else 1
            if not labels[index] or labels[index][0].period is None:
                return []
            concept = self._per_share_concept(measure.concept, f)
            if PER_SHARE.match(self.text, f.end) and concept == measure.concept:
                continue
            out.append(Binding(concept, f, Dated(labels[index][0].period), "primary", measure.sign))
        return out

    def _compares_with(self, s: Sentence, figures: list[Figure], measures: list[MeasureHit],
                       periods: list[FoundPeriod], bindings: list[Binding]) -> list[Binding]:
        """"That compares with a 142.6 billion won profit a year earlier and 120.4 billion won in the
        March 2004 quarter": figures compared with the last sentence's, each with its period."""
        last = self.last
        if last is None or bindings or not _COMPARES_WITH.match(s.text):
            return []
        out = []
        for f in figures:
            if f.currency != last.figure.currency or f.percent:
                continue
            right = next((g.start for g in figures if g.start > f.end), s.end)
            comparative = self.periods.comparative(s, periods, last.period, f.end, right)
            if comparative is None:
                explicit = [p.period for p in periods if p.period and f.end <= s.start + p.start < right]
                comparative = explicit[0] if explicit else None
            if comparative is not None and comparative != last.period:
                out.append(Binding(last.concept, f, Dated(comparative), "comparative", last.sign, (), last.subject))
        return out

    def _respective_comparative(self, s: Sentence, periods: list[FoundPeriod], base: Period | None,
                                same: list[Binding]) -> Period | None:
        """The n-th comparative figure of a "respectively" list goes with the n-th comparison."""
        if base is None or not gated_search(_RESPECTIVELY, s.text):
            return None
        compared = [p for p in periods if p.relation or (p.period is not None and p.period != base)]
        n = sum(1 for b in same if b.role == "comparative")
        if n >= len(compared):
            return None
        p = compared[n]
        return shift(base, p.relation) if p.relation else p.period


def _korean_list_before(text: str, figures: list[Figure], measures: list[MeasureHit], at: int) -> list[MeasureHit]:
    """The measures a Korean sentence lists right before ``at`` (its 각각), joined by 과, 와, 및 or
    a comma ("경상이익과 당기순이익은 각각"); none where a figure stands between the last of them
    and ``at`` (each measure then names its own figure: "매출은 3천억원, 순이익은 2백억원으로 각각")."""
    before = [x for x in measures if x.end <= at]
    if not before or any(before[-1].end <= f.start < at for f in figures):
        return []
    named = [before[-1]]
    for x in reversed(before[:-1]):
        if not _KO_AND.fullmatch(text[x.end:named[0].start]):
            break
        named.insert(0, x)
    return named


# between a list of measures and the list of their amounts: the topic or subject particle
# ("매출액과 순이익은 1,234억원, 87억원으로"), nothing else (no period, no company, no comparison)
_KO_LIST_TOPIC = re.compile(r"\s*(?:은|는|이|가|도|을|를)?\s*")
# what may stand between the amounts' list and 각각: its particle and a comparison ("으로 전년 대비")
_KO_VALUES_TAIL = re.compile(r"""
    (?:으로|로)?\s*                         # "87억원으로"
    (?:[^\s\d%.,]{1,8}\s*){0,3}           # a comparison of up to three words: "전년 동기 대비"
""", re.VERBOSE)


def _korean_values_before(text: str, figures: list[Figure], measures: list[MeasureHit],
                          at: int) -> tuple[list[MeasureHit], list[Figure]]:
    """"매출액과 순이익은 1,234억원, 87억원으로 전년 대비 각각 12.5%, 30.2% 늘었다": the measures
    listed (``_korean_list_before`` of the first amount), then right after them their amounts listed
    in the same order, then 각각 (for the changes after it). Nothing where the sentence is laid out
    otherwise: each measure then names its own figure."""
    before = [x for x in measures if x.end <= at]
    if not before:
        return [], []
    last = before[-1]
    between = [f for f in figures if last.end <= f.start < at]
    amounts = [f for f in between if f.currency is not None]
    if not amounts or len(amounts) != len(between) or not _KO_LIST_TOPIC.fullmatch(text, last.end, amounts[0].start):
        return [], []
    if any(not _KO_AND.fullmatch(text, a.end, b.start) for a, b in zip(amounts, amounts[1:])) or \
            not _KO_VALUES_TAIL.fullmatch(text, amounts[-1].end, at):
        return [], []
    named = _korean_list_before(text, figures, measures, amounts[0].start)
    # (one measure: "매출은 412억원, 영업이익은 138억원으로 각각": each measure names its own figure)
    return (named, amounts) if len(named) >= 2 else ([], [])
