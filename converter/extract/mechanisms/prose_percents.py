"""Percentages of results prose: changes against a comparative period, and margins.

A percentage with a direction word ("up 41.7% from the third quarter of 2001", "a 7.3% decrease
in revenue", "6.1% 증가") is the change of the measure it belongs to: the figure bound just
before it, the measure named after "increase in", or the measure named last before it; "각각" and
"respectively" pair lists in order. Its comparative period is the one the text names (explicitly
or as "a year earlier", "전분기 대비"); without one it stays unmapped. A margin is a level of its
own period, or of the period phrase attached to it ("from 28.1% in the second quarter").
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from converter.extract.mechanisms.prose_causes import record_start_figure
from converter.extract.mechanisms.prose_figures import in_cube
from converter.extract.mechanisms.prose_margins import Written, written_margin
from converter.extract.mechanisms.prose_other_items import OTHER_ITEM, other_item
from converter.extract.mechanisms.prose_period_parts import RELATION_OFFSETS
from converter.extract.mechanisms.prose_change_figures import compared_figure_start, unbound_amount_between
from converter.extract.mechanisms.prose_comparisons import KO_COMPARED_AFTER, compared_with_other, implied_year_before, \
    korean_changes_only, korean_clause_end, same_length
from converter.extract.mechanisms.prose_periods import Dated, concept_kinds, fit
from converter.extract.mechanisms.sentences import HANGUL, MeasureHit, Sentence, find_measures, \
    word_pattern
from converter.model import PURE, Mention, Period
from converter.parse.periods import FoundPeriod, find_periods, shift

if TYPE_CHECKING:
    from converter.extract.mechanisms.prose_figures import Binding, Figure

# "an 890% YoY jump in": the comparison written between a percentage and its change noun
_YOY = r"(?:(?:YoY|QoQ|y-o-y|q-o-q|year-on-year|quarter-on-quarter)\s+)?"
# a Chinese or Japanese character
_HAN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_CHANGE_NOUN = re.compile(rf"\s*{_YOY}(?:increase|decrease|rise|decline|drop|growth|gain|fall|jump|reduction)s?\s+in\s+"
                          r"(?:(?:the|its|both|their)\s+)*(?:(?:consolidated|standalone)\s+)?", re.I)
# Korean puts the change before what changed: "12.5% 많은 1천2백억원의 매출", "5.2% 늘어난 1,200억원",
# "8% 증가한 매출 3,584억원": a percentage, then a word of direction in its adnominal form
KO_GROWN = re.compile(r"\s*(?:가|이|나)?\s*(?:증가|감소|성장|늘어난|줄어든|상승|하락|신장|급증|급감|많은|적은|높은|낮은|"
                       r"개선|악화|확대|축소|(?<=\s)는(?=\s)|(?<=\s)준(?=\s))(?:한|된|했던|됐던)?\s*")  # 는, 준: 늘다, 줄다
# Hangul, kana or Han characters: words of a language that writes the comparison before the change
CJK_WORDS = re.compile(r"[가-힣\u3040-\u30ff\u3400-\u9fff]")
_THIS_REPRESENTS = re.compile(r"\s*(?:this|that|it|which)\s+(?:represents?|represented|was|is|marks?|marked)\b", re.I)
_KO_EACH_BEFORE = re.compile(r"각각\s*$")
# the joiners of a list: "영업이익과 순이익", "38.5%와 88.2%", "revenue, net income and EPS"
_LISTED_AND = re.compile(r"\s*(?:와|과|및|,|、)\s*")
_EN_AND = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
_KO_SUBJECT_PARTICLE = re.compile(r"\s*(?:은|는|이|가)?\s*")
_CLAUSE_CUT = re.compile(r"[,;\n]")
_SENTENCE_END = re.compile(r"\.(?:\s|$)")
# a change stated with the level it led to, a wire story's "... 3.5 percent to 580 billion won":
_TO_AMOUNT = re.compile(r"""[^.,;\n]{0,40}?\bto\s+            # a few words ('on an annual basis'), then 'to'
                            (?:[A-Z]{1,3}\s?)?[$€£¥₩₹]?\s?  # a currency's code or sign ('NT$', 'KRW ')
                            \d""", re.VERBOSE)             # and the amount's first digit
# "declined to 18.4% from 21.0%": a comparison word right before a margin
_COMPARED_BEFORE = re.compile(r"\b(?:from|than|versus|vs\.?|compared\s+(?:with|to))\s*$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s*$")
# "a 4.3% decrease from KRW 7,412 million": a change, then the figure it is from
_CHANGE_FROM = re.compile(r"\s*(?:[a-z]+\s+){0,2}(?:from|over|than|compared\s+(?:with|to)|versus|vs\.?|against)\s*",
                          re.I)
# "(+3.2% QoQ", "▲12.1%": the sign printed before a percentage
_PRINTED_SIGN = re.compile(r"(?:^|[\s(,/:])([+\-−▲△▼])\s?$")
# "9.8% ... and 62.4%", "of 9.8% ... and of 62.4%": a percentage joined to the one before
_AND_BEFORE = re.compile(r"\band\s+(?:of\s+|by\s+)?$")
_OTHER_CLAUSE = re.compile(r"[;:]|\.\s")


@cache
def _direction_after(kind: str) -> re.Pattern[str]:
    """A word of direction right after a percentage: "5% higher", "6.1% 증가", "3%가 줄어"."""
    return re.compile(rf"\s*(?:의\s*|가\s*|이\s*)?{_YOY}(?:{word_pattern(kind).pattern})", re.I)


def _change_cube(change: str, axis: str | None) -> bool:
    if axis is None:
        return True
    cube = {"SegmentAxis": "SegmentComparativePeriod", "CounterpartyAxis": "CounterpartyComparativePeriod"}[axis]
    return in_cube(change, cube)


def _later_clause_period(between: str) -> bool:
    """A period phrase on the line between a percentage and a figure after it ("…% 감소한 것으로,
    최고치였던 지난해 3분기(2조원)의"): the figure is of a later clause's period. (A headline's
    percentage and the body's figure: not a clause of one line.)"""
    return "\n" not in between and any(p.relation is None for p in find_periods(between))  # (not "on-year")


class PercentBinder:
    """The percentages of a sentence (mixed into ``prose_measures.SentenceBinder``)."""

    def _bind_percents(self, s: Sentence, figures: list["Figure"], measures: list[MeasureHit],
                       periods: list[FoundPeriod], bindings: list["Binding"]) -> None:
        asides = {f.start for f in figures if f.percent and self._margin_aside(f)}
        respective = self._respective(s, [f for f in figures if f.start not in asides], measures, bindings)
        listed = [f for f in figures if f.start in respective]
        self._list_direction = (self._direction(s, listed[0], figures) or self._direction(s, listed[-1], figures)
                                or self._lead_direction(s, listed[0]) if listed else 0)
        margins: dict[int, Written] = {}
        for figure in figures:
            if not figure.percent:
                continue
            if figure.start in self.unpaired:  # of a 각각 list paired with none (``_leave_unpaired``)
                continue
            if figure.start in asides:  # "958억원(이익률 5.5%)": a margin, no change
                self._bind_aside(figure, bindings)
                continue
            margin = written_margin(self.text, s, figure, figures, measures, margins)
            if margin is not None:  # "the margin improved to 17.1%": a level, no change of the measure
                margins[figure.start] = margin
                targets = self._margin_targets(figure, margin, bindings)
            elif figure.start not in respective and self._other_items(s, figure, figures, measures):
                continue  # "net profit rose 2% as other income fell 35%": the other item's change
            else:
                targets = respective.get(figure.start) or self._percent_targets(s, figure, measures, bindings)
            own_clause = self._clause_period(s, figure, figures, periods) if targets else None
            # (a figure compared against in a later Korean clause is that clause's comparison)
            own_end = korean_clause_end(self.text, figure.end, s.end) if HANGUL.search(s.text) else s.end
            for concept, dated, subject in targets:
                dated = self._other_period(own_clause, dated) or dated  # "the figures in the first quarter fell ..."
                stated = [b.period for b in bindings if b.concept == concept and b.subject == subject
                          and b.role == "comparative" and b.period is not None and b.figure.start < own_end]
                compared = self._compared_figure(s, figure, figures, bindings, concept, periods)
                if compared is not None:  # "a 4.3% decrease from KRW 7,412 million for ... 2006"
                    stated = [compared]
                direction = self._direction(s, figure, figures) or (
                    self._list_direction if figure.start in respective else 0)
                self._bind_percent(s, figure, figures, periods, concept, dated, subject, stated, direction,
                                   compared is not None)

    def _other_items(self, s: Sentence, figure: "Figure", figures: list["Figure"], measures: list[MeasureHit]) -> bool:
        """Whether the percentage is the change of another item its clause names (``other_item``),
        reported unmapped so."""
        start = max([m.end for m in measures if m.end <= figure.start] +
                    [f.end for f in figures if f.end <= figure.start] + [s.start])
        item = other_item(self.text[start:figure.start])
        if item is not None:
            self.out.unmapped.append(Mention(figure.text, self.ctx.span(figure.start, figure.end), OTHER_ITEM.format(item)))
        return item is not None

    def _measure_period(self, m: MeasureHit, bindings: list["Binding"], percent: "Figure | None" = None) -> Dated:
        """The period of the measure's figure in the sentence, else the text's. A figure after the
        percentage (``percent``) with a period phrase between them (``_later_clause_period``) is a
        later clause's: its period is not the change's."""
        fallback = self.periods.fallback()
        match = next((b for b in bindings if b.concept == m.concept and b.role == "primary"
                      and not record_start_figure(self.text, b.figure.end) and (
            percent is None or b.figure.start < percent.start or b.dated == fallback
            or not _later_clause_period(self.text[percent.end:b.figure.start]))), None)
        return match.dated if match else fallback

    def _measure_subject(self, m: MeasureHit, bindings: list["Binding"], percent: "Figure | None" = None):  # noqa: ANN201
        """The segment the measure's words name, else the subject of its figure, else the
        company the sentence is about. A part of the business the clause of the percentage
        (``percent``) is about ("Hotels, accounting for 30% of Group revenue, grew 12%") is the
        percentage's (``english_part``)."""
        from converter.extract.mechanisms.figure_segments import (
            english_part, english_segment, japanese_other_subject, korean_segment, segment_after)
        from converter.extract.mechanisms.figure_subjects import SEGMENT_AXIS, WHOLE, Subject
        s = Sentence(self.sentence_start, self.sentence_end, "")
        korean = HANGUL.search(m.text)
        part = None if korean else english_part(self.text, s, m.start, m.start if percent is None else percent.start)
        if part is not None:  # "The line's revenue increased by 15.2%": the part's change
            return part
        if not korean and japanese_other_subject(self.text, s, m.start, self.ctx.registrant):
            return Subject(SEGMENT_AXIS, "", unknown=True)  # "全産業、…純利益8%増": not the company's
        found = korean_segment(self.text, s, m.start) if korean else \
            english_segment(self.text, s, m.start) or segment_after(self.text, s, m.end)
        if found:
            last = self.companies.last
            if last != WHOLE:  # a part of another company's business (or of one that may not be the registrant)
                return Subject(last.axis, last.member, unknown=True)
            return Subject(SEGMENT_AXIS, found[0])
        match = next((b for b in bindings if b.concept == m.concept and b.role == "primary"), None)
        return match.subject if match else (self.going_on or self.companies.last)

    def _percent_targets(self, s: Sentence, figure: "Figure", measures: list[MeasureHit],
                         bindings: list["Binding"]) -> list[tuple]:
        after = _CHANGE_NOUN.match(self.text, figure.end)
        if after:  # "a 7.3% decrease in revenue", "a 15.8% increase in both net income and EPS"
            named = []
            for m in measures:
                if m.start < after.end():
                    continue
                if self.text[after.end():m.start].strip(" ,") not in ("", "and") and not named:
                    break
                gap = self.text[named[-1].end:m.start] if named else ""
                if named and not _EN_AND.fullmatch(gap):
                    break
                named.append(m)
            return [(m.concept, self._measure_period(m, bindings, figure), self._measure_subject(m, bindings, figure))
                    for m in named if m.concept in concept_kinds()]
        if _KO_EACH_BEFORE.search(self.text[max(s.start, figure.start - 6):figure.start]):
            # "경상이익(41억원)과 순이익(30억원)에 비해서는 각각 63% 감소": one change for each
            named = list(dict.fromkeys(b.concept for b in bindings if b.figure.end <= figure.start))
            if len(named) >= 2:
                return [(c, self.periods.fallback(), self._measure_subject(
                    next(m for m in measures if m.concept == c), bindings)) for c in named
                        if any(m.concept == c for m in measures)]
        named_after = self._measure_after(figure, measures)
        if named_after is not None:  # "전년대비 43% 손실폭이 줄었다": the change of the measure after it
            m = named_after
            return [(m.concept, self._measure_period(m, bindings, figure), self._measure_subject(m, bindings, figure))] \
                if m.concept in concept_kinds() else []
        target = self._percent_target(figure, measures, bindings) or (None if measures else self._going_on(s, figure))
        return [target] if target else []

    def _going_on(self, s: Sentence, figure: "Figure") -> tuple | None:
        """"가람전자의 1분기 영업이익은 520억원이다. 전 분기 대비로는 7.4% ... 증가했다.": a Korean sentence of
        comparisons only, right after a sentence stating one measure's figure, gives its changes."""
        last, between = self.last, self.text[self.last.figure.end:s.start] if self.last else "\n"
        if last is None or "\n" in between or len(_SENTENCE_END.findall(between)) != 1 or \
                len({b.concept for b in self.previous_primary}) != 1 or not HANGUL.search(s.text):
            return None
        if not korean_changes_only(s.text, 0, figure.start - s.start, self.periods.find(s)):
            return None
        return last.concept, last.dated, last.subject

    def _measure_after(self, figure: "Figure", measures: list[MeasureHit]) -> MeasureHit | None:
        """The measure a Korean clause names right after its percentage, its direction word
        after it ("43% 손실폭이 줄었다", "20% 매출이 늘었다"): the clause's own measure, whatever
        measure a clause before it named."""
        m = next((m for m in measures if m.start >= figure.end), None)
        if m is None or self.text[figure.end:m.start].strip() or not HANGUL.match(m.text):
            return None
        particle = _KO_SUBJECT_PARTICLE.match(self.text, m.end)
        if word_pattern("ko_up").match(self.text, particle.end()) or \
                word_pattern("ko_down").match(self.text, particle.end()):
            return m
        return None

    def _percent_target(self, figure: "Figure", measures: list[MeasureHit],
                        bindings: list["Binding"]) -> tuple | None:
        primary = [b for b in bindings if b.role == "primary"]
        grown = self._grown(figure, primary)
        if grown is not None:  # "전년 대비 45% 성장한 312억원의 매출": the change of the figure after
            return grown.concept, grown.dated, grown.subject
        before = [b for b in primary if b.figure.end <= figure.start]
        if before:
            b = before[-1]
            between = [m for m in measures if b.figure.end <= m.start < figure.start]
            if not between:  # (a record's starting level, "3분기(2천억원) 이후 최대": the text's period)
                return b.concept, self.periods.fallback() if record_start_figure(self.text, b.figure.end) else b.dated, \
                    b.subject
            if between[-1].concept not in concept_kinds():
                return None
        named = [m for m in measures if m.end <= figure.start]
        if named and named[-1].concept in concept_kinds() and \
                not unbound_amount_between(self.text, named[-1].end, figure.start, primary):
            m = named[-1]
            return m.concept, self._measure_period(m, bindings, figure), self._measure_subject(m, bindings, figure)
        if not measures and self.last is not None and _THIS_REPRESENTS.match(
                self.text[self.sentence_start:figure.start]):
            return self.last.concept, self.last.dated, self.last.subject
        return None

    def _grown(self, figure: "Figure", primary: list["Binding"]) -> "Binding | None":
        """The figure a Korean percentage qualifies: the next one, right after the percentage's
        word of direction ("8% 증가한 3,584억원") or after that word and the figure's measure
        ("8% 증가한 매출 3,584억원")."""
        after = sorted((b for b in primary if b.figure.start > figure.end), key=lambda b: b.figure.start)
        if not after:
            return None
        b = after[0]
        word = KO_GROWN.match(self.text, figure.end, b.figure.start)
        if word is None:
            return None
        if word.end() == b.figure.start:
            return b
        measure = b.measure
        if measure is not None and measure.start == word.end() and _KO_SUBJECT_PARTICLE.fullmatch(
                self.text[measure.end:b.figure.start]):
            return b
        return None

    def _bind_percent(self, s: Sentence, figure: "Figure", figures: list["Figure"],
                      periods: list[FoundPeriod], concept: str, dated: Dated, subject,  # noqa: ANN001
                      stated: list[Period], direction: int, compared_first: bool = False) -> None:
        from converter.extract.mechanisms.figure_subjects import SEGMENT_AXIS, Subject
        whose = self.companies.in_clause(s, figure.start)
        if whose is not None and whose != subject:  # "..., and Daebo Electronics' operating profit fell 91%"
            subject = Subject(whose.axis, whose.member, unknown=True) if subject.axis == SEGMENT_AXIS else whose
        if concept.endswith("Margin") and concept in concept_kinds():
            self._bind_margin(s, figure, figures, periods, concept, dated, subject)
            return
        change = f"{concept}PercentChange"
        if direction == 0 or change not in concept_kinds() or not _change_cube(change, subject.axis):
            return
        own = fit(concept, dated.period)
        previous = compared_figure_start(self.text, figures, figure, s.start)
        following = next((f.start for f in figures if f.start > figure.end), s.end)
        after = self.periods.comparative(s, periods, own, figure.end, following)
        before = self.periods.comparative(s, periods, own, previous, figure.start)
        clause_end = s.end
        if CJK_WORDS.search(self.text[previous:figure.start]):
            # Korean, Japanese and Chinese name the comparison first: "전분기 대비 5.4%, 전년동기 대비
            # 9.4%", "前年同期比8.2％増", "較上季成長6.1%，較去年同期成長31.5%"; a comparison
            # after a Korean clause's verb is the next clause's ("4.96% 줄었고 전 분기 ... 2.64%")
            clause_end = korean_clause_end(self.text, figure.end, s.end)
            after = self.periods.comparative(s, periods, own, figure.end, min(following, clause_end))
            # (the comparison next to the figure: "上一季度为X,同比增长Y%" is against the year before)
            before = self.periods.comparative(s, periods, own, previous, figure.start, nearest_right=True)
            after, before = before, after
        comparative = (fit(concept, stated[0]) if len(stated) == 1 and compared_first else None) or \
            after or before or \
            (fit(concept, stated[0]) if stated else None) or \
            self.periods.comparative(s, periods, own, s.start, clause_end) or \
            self.periods.year_compared(own, figure.end, following) or \
            self._comparison_going_on(own, s, figure.end, following) or \
            implied_year_before(own, s, periods, _CLAUSE_CUT.split(self.text[figure.end:following])[0])
        if subject.unknown and own is None:  # (a company's not told for sure, or a market's: no period asked)
            self.out.unmapped.append(Mention(figure.text, self.ctx.span(figure.start, figure.end), subject.why_not(change)))
            return
        if own is None and self._bind_undated_change(s, figure, periods, change, dated, subject, direction,
                                                     (previous, following)):
            return
        if own is None or comparative is None:
            reason = dated.reason if own is None and dated.reason else f"change of {concept} without a comparative period"
            self.out.unmapped.append(Mention(figure.text, self.ctx.span(figure.start, figure.end), reason))
            return
        if subject.unknown:
            return
        member = str(comparative if concept_kinds()[change][1] == "duration" or comparative.start is None
                     else Period.instant(comparative.end))
        dims = (("ComparativePeriodAxis", member), *subject.dimensions)
        self._observe(change, _signed(figure, direction), own, PURE, dims, "press:percent-change")

    def _bind_undated_change(self, s: Sentence, figure: "Figure", periods: list[FoundPeriod], change: str,
                             dated: Dated, subject, direction: int, around: tuple[int, int]) -> bool:  # noqa: ANN001
        """"올 1분기에 지난해 동기 대비 0.03% 많은" in an article that states no date: the change
        of a figure whose period is a yearless phrase, against the comparison it names, kept on
        the stated period axis with the comparison as an offset ("-P1Y"); True when reported."""
        stated = self.stated_period(change, dated)
        offset = self._undated_offset(s, periods, figure, *around, own_phrase=dated.undated) \
            if stated is not None else None
        if stated is None or offset is None or subject.unknown:
            return False
        dims = (("ComparativePeriodAxis", offset), *stated[1], *subject.dimensions)
        self._observe(change, _signed(figure, direction), stated[0], PURE, dims, "press:percent-change")
        return True

    def _undated_offset(self, s: Sentence, periods: list[FoundPeriod], figure: "Figure", previous: int,
                        following: int, own_phrase: str | None = None) -> str | None:
        """The comparison of a change whose own period has no year (``own_phrase``): the one named
        beside it (the side a Korean or English sentence names it on first), else in its sentence,
        else the one a Korean sentence before made."""
        sides = [(previous, figure.start), (figure.end, following), (s.start, s.end)]
        if not CJK_WORDS.search(self.text[previous:figure.start]):
            sides[:2] = reversed(sides[:2])
        else:  # "125.6% 증가하고, 전 분기 대비 흑자 전환": a comparison past the comma is the next clause's
            sides[1:] = [(figure.end, korean_clause_end(self.text, figure.end, following, at_comma=True)),
                         (s.start, korean_clause_end(self.text, figure.end, s.end, at_comma=True))]
        for left, right in sides:
            offset = self.periods.comparative_offset(s, periods, left, right, own_phrase)
            if offset is not None:
                return offset
            if left == sides[0][0] and self._compared_there(s, periods, left, right):
                return None  # "2분기보다 4.1% 늘었지만 작년 동기보다는": its own comparison, no offset read
        if isinstance(self.compared, str) and self._comparison_goes_on(s, figure.end, following):
            return RELATION_OFFSETS.get(self.compared)
        return None

    def _compared_there(self, s: Sentence, periods: list[FoundPeriod], left: int, right: int) -> bool:
        """Whether a comparison names a period between ``left`` and ``right``."""
        return any(left <= s.start + p.start < right and self.periods.is_comparative(p, s) for p in periods)

    def _comparison_going_on(self, own: Period | None, s: Sentence, end: int, following: int) -> Period | None:
        """"매출은 지난해 같은 기간보다 14.2% 증가했다. 같은 기간 영업이익은 ... 각각 18.7%, 23.0%
        늘었다": a sentence that names no comparison goes on with the last one's
        (``_comparison_goes_on``)."""
        if own is None or not self.compared or not self._comparison_goes_on(s, end, following):
            return None
        return shift(own, self.compared) if isinstance(self.compared, str) else same_length(self.compared, own)

    def _comparison_goes_on(self, s: Sentence, end: int, following: int) -> bool:
        """Whether the percentage ending at ``end`` is against the comparison the sentence before
        made. A Korean sentence goes on with it; an English one only straight after that sentence
        ("... fell 9.5 percent on-year to 315 billion won. Sales decreased 3.5 percent to 580
        billion won.", a wire story's run of changes), never across a sentence or a paragraph, nor
        where its percentage is against something else ("4.5 percent lower than the average
        estimate")."""
        if HANGUL.search(s.text):
            return True
        between = self.text[self.compared_end:s.start]
        if CJK_WORDS.search(s.text) or between.strip() or between.count("\n") > 1:
            return False
        clause = _CLAUSE_CUT.split(self.text[end:following])[0]
        return clause == self.text[end:following] and _TO_AMOUNT.match(self.text, end, following + 8) is not None \
            and compared_with_other().search(clause) is None
    def _bind_margin(self, s: Sentence, figure: "Figure", figures: list["Figure"],
                     periods: list[FoundPeriod], concept: str, dated: Dated, subject) -> None:  # noqa: ANN001
        """A margin is a level: "margin of 40.0%", "improved to 37.6% from 34.9% a year ago",
        "from 28.1% in the second quarter to 31% in the third quarter"."""
        period, undated = dated.period, dated.undated
        attached = self._attached_period(s, figure, figures, periods)
        if attached is None and _COMPARED_BEFORE.search(self.text[max(s.start, figure.start - 14):figure.start]):
            # "declined to 18.4% from 21.0%": the margin it is compared with, of a period unnamed
            self.out.unmapped.append(Mention(figure.text, self.ctx.span(figure.start, figure.end),
                                             f"{concept} compared with, of a period the text does not name"))
            return
        if attached is not None:
            if attached.relation is not None:
                period = shift(dated.period, attached.relation) if dated.period is not None else None
            else:
                period, undated = attached.period, attached.text if attached.unresolved else None
        if period is None:
            reason = f"period '{undated}' has no year: pass --date" if undated else f"{concept} without a period"
            self.out.unmapped.append(Mention(figure.text, self.ctx.span(figure.start, figure.end), reason))
            return
        if not subject.unknown:
            self._observe(concept, figure, fit(concept, period), PURE, subject.dimensions, "press:margin")

    def _attached_period(self, s: Sentence, figure: "Figure", figures: list["Figure"],
                         periods: list[FoundPeriod]) -> FoundPeriod | None:
        compare = word_pattern("compare")
        previous = max([f.end for f in figures if f.end <= figure.start] + [s.start])
        following = next((f.start for f in figures if f.start > figure.end), s.end)
        for p in periods:
            where = s.start + p.start
            possessive = self.text[s.start + p.end:s.start + p.end + 2] in ("'s", "’s") or \
                self.text[s.start + p.end - 2:s.start + p.end] in ("'s", "’s")
            # (not "8.2%로 전 분기보다는 0.5%포인트": a period a Korean comparison word follows is the
            # one the margin is compared with, not the margin's)
            # (nor, in Chinese or Japanese, a period after the margin past a word: "31.5%，而截至..." opens
            # the next clause, whose figure it dates)
            if figure.end <= where < following and not possessive and \
                    not compare.search(self.text[figure.end:where]) and not KO_COMPARED_AFTER.match(self.text, s.start + p.end) \
                    and not _HAN.search(self.text, figure.end, where):
                return p
            if previous <= where and s.start + p.end <= figure.start and compare.search(self.text[previous:where]) \
                    and (possessive or not self.text[s.start + p.end:figure.start].strip()):
                return p
        if _FROM_BEFORE.search(self.text[max(s.start, figure.start - 8):figure.start]):
            return next((p for p in periods if figure.end <= s.start + p.start < following), None)
        return None

    def _compared_figure(self, s: Sentence, figure: "Figure", figures: list["Figure"], bindings: list["Binding"],
                         concept: str, periods: list[FoundPeriod]) -> Period | None:
        """The period of the comparative figure a percentage is "from": "a 4.3% decrease from
        KRW 7,412 million for the third quarter ended September 30, 2006"."""
        following = next((f for f in figures if f.start > figure.end and not f.percent), None)
        if following is None or not _CHANGE_FROM.fullmatch(self.text[figure.end:following.start]):
            return None
        if any(figure.end <= s.start + p.start < following.start for p in periods):
            return None  # "an 18.6% increase YoY compared to ...": the change names its own comparison
        bound = next((b for b in bindings if b.figure is following and b.concept == concept
                      and b.role == "comparative"), None)
        return bound.period if bound is not None else None

    def _lead_direction(self, s: Sentence, first: "Figure") -> int:
        """"shows the decreases in revenue, net income, and EPS to be 12.6%, 20.2%, and 18%,
        respectively": the one direction word before a list of percentages."""
        lead = self.text[s.start:first.start]
        words = {1 for _ in word_pattern("up").finditer(lead)} | {-1 for _ in word_pattern("down").finditer(lead)}
        return words.pop() if len(words) == 1 else 0

    def _direction(self, s: Sentence, figure: "Figure", figures: list["Figure"]) -> int:
        previous = max([f.end for f in figures if f.end <= figure.start] + [s.start])
        sign = _PRINTED_SIGN.search(self.text[max(previous, figure.start - 3):figure.start])
        if sign:  # "(+3.2% QoQ, -4.6% YoY)", "▲12.1%": the sign printed before it
            return 1 if sign.group(1) in "+▲" else -1
        before = self.text[max(previous, figure.start - 45):figure.start]
        after = self.text[figure.end:figure.end + 14]
        words = [(m.start(), 1) for m in word_pattern("up").finditer(before)]
        words += [(m.start(), -1) for m in word_pattern("down").finditer(before)]
        if words:
            return max(words)[1]
        for kind, sign in (("up", 1), ("down", -1), ("ko_up", 1), ("ko_down", -1)):
            if _direction_after(kind).match(after):
                return sign
        if HANGUL.search(s.text):  # "매출은 6.1%, 영업이익 18%, 순이익은 12.4% 각각 증가했다"
            # (to its clause's verb: "12.5% 기록했고 영업이익은 8% 줄었다" is no decrease of the first)
            rest = self.text[figure.end:korean_clause_end(self.text, figure.end, s.end)]
            found = [(m.start(), 1) for m in word_pattern("ko_up").finditer(rest)]
            found += [(m.start(), -1) for m in word_pattern("ko_down").finditer(rest)]
            if found:
                return min(found)[1]
        return self._carried_direction(s, figure, figures)

    def _carried_direction(self, s: Sentence, figure: "Figure", figures: list["Figure"]) -> int:
        """"up 9.8% quarter-over-quarter and 62.4% year-over-year", "an increase of 9.8% from
        NT$43.96 billion in the second quarter and of 62.4% from ...": a percentage joined by
        "and" to the change before it, no measure named between, goes the same way."""
        earlier = [f for f in figures if f.percent and f.end <= figure.start]
        if not earlier:
            return 0
        between = self.text[earlier[-1].end:figure.start]
        if len(between) > 100 or not _AND_BEFORE.search(between) or \
                _OTHER_CLAUSE.search(between) or find_measures(self.text, earlier[-1].end, figure.start):
            return 0
        return self._direction(s, earlier[-1], figures)


def listed_in_turn(text: str, percents: list["Figure"]) -> list["Figure"]:
    """The percentages that follow one another as a list ("38.5%와 88.2%", "10%, 12%, 3%")."""
    out = percents[:1]
    for p in percents[1:]:
        if not _LISTED_AND.fullmatch(text[out[-1].end:p.start]):
            break
        out.append(p)
    return out


def _signed(figure: "Figure", direction: int) -> "Figure":
    from dataclasses import replace
    value = figure.value * direction
    if value.as_tuple() == figure.value.as_tuple():  # (the same sign, digits and exponent: most)
        return figure  # the copy would be this figure (dataclasses.replace reads every field in Python)
    return replace(figure, value=value)
