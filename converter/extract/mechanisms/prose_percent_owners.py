"""Whose a percentage of results prose is when the sentence says so by its layout: a list paired in
order ("operating income and net income rose 5.3% and 12.1%, respectively", "각각"), a margin in
parentheses after its measure's figure ("958억원(이익률 5.5%)") and a margin written as one
("the margin improved to 17.1%", ``prose_margins``). A mixin of ``prose_measures.SentenceBinder``,
beside ``prose_percents.PercentBinder``, which asks these first.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from converter.extract.mechanisms.prose_margins import Written
from converter.extract.mechanisms.prose_percents import listed_in_turn
from converter.extract.mechanisms.prose_periods import Dated, fit
from converter.extract.mechanisms.sentences import has_hangul, MeasureHit, Sentence, gated_search, word_pattern
from converter.model import PURE, Mention
from converter.parse.gates import Gated
from converter.parse.periods import find_periods

if TYPE_CHECKING:
    from converter.extract.mechanisms.prose_figures import Binding, Figure
    from converter.parse.periods import FoundPeriod

# any day late in a year: two periods named without their year are compared as of one day
_SOME_YEAR_END = dt.date(2001, 12, 31)
# what opens the clause a percentage stands in: "; ", ", ", "that", "while", "whereas", "but"
_CLAUSE_OPENS = re.compile(r"[;,]|\b(?:that|while|whereas|but)\b", re.I)
# "fell 27.45 percent and 31.6 percent, respectively, in the first half": a period after the list
_PERIOD_AFTER = re.compile(r"\s*(?:,\s*respectively\s*,?)?\s*(?:in|for|during)\s+(?:the\s+)?$", re.I)

# "respectively", "각각": a sentence pairing a list of changes with a list of measures
_RESPECTIVELY = Gated(re.compile(r"\brespectively\b|각각"))
# "각각 38.5%와 88.2%": the list of figures right after 각각, or after the comparison it names first
# ("각각 전년 동기 대비 14.5%, 61.0%", "각각 1년 전에 비해 9.9%, 120%")
_KO_RESPECTIVE_LEAD = re.compile(r"""
    각각\s*
    (?:(?:\d{1,2}년\s*)?[^\s\d%.,()]{1,6}\s+){0,4}?   # up to four words of a comparison, "1년 전에 비해"
    (?=[\d.△-])                                    # the first figure of the list
""", re.VERBOSE)
_KO_RESPECTIVE_BEFORE = re.compile(r"각각\s*$|각각\s+[\d.]")
# the joiners of a list: "영업이익과 순이익", "38.5%와 88.2%", "revenue, net income and EPS"
_KO_AND = re.compile(r"\s*(?:과|와|및|,)\s*")
# the taxonomy's margin of a measure (its ratio to revenues): the concept of a margin in
# parentheses after the measure's figure ("영업이익은 958억원(이익률 5.5%)")
_MARGIN_OF = {"OperatingIncomeLoss": "OperatingMargin", "NetIncomeLoss": "NetMargin", "GrossProfit": "GrossMargin",
              "EBITDA": "EBITDAMargin"}


# a Korean sentence opening on 각각 (respectively): its list is of the figures of the sentence before
_KO_EACH_OPENS = re.compile(r"\s*각각\s")


class PercentOwners:
    """Finds the measure a percentage belongs to from the sentence's layout (a mixin)."""

    def _clause_period(self, s: Sentence, figure: "Figure", figures: list["Figure"],
                       periods: list["FoundPeriod"]) -> "Dated | None":
        """The period an English percentage's own clause names, which wins over its measure's or
        the text's: "... had a steeper decline in the second quarter considering the fact that the
        figures in the first quarter fell 27.45 percent" (the first quarter's change), "fell 4.1
        percent and 3.2 percent, respectively, in the first half" (None: the clause names none, or
        only a comparison)."""
        # (only a period of its own, stated or unresolved, can answer: without one the clause is not read)
        own = [p for p in periods if p.relation is None and (p.period is not None or p.unresolved)]
        if not own or has_hangul(s.text):
            return None  # (Korean writes the period and the comparison before the figure: its own readers)
        previous = max([f.end for f in figures if f.end <= figure.start and not f.percent] + [s.start])
        opens = [m.end() for m in _CLAUSE_OPENS.finditer(self.text, previous, figure.start)]
        begin = opens[-1] if opens else previous
        following = next((f.start for f in figures if f.start > figure.end and not f.percent), s.end)
        listed_end = max([f.end for f in figures if f.percent and figure.end <= f.start < following] + [figure.end])
        for p in reversed(own):
            where = s.start + p.start
            inside = begin <= where and s.start + p.end <= figure.start
            after = listed_end <= where < following and _PERIOD_AFTER.fullmatch(self.text, listed_end, where)
            if (inside or after) and not self.periods.is_comparative(p, s):
                return Dated(p.period, None if p.period is not None else p.text)
        return None

    def _other_period(self, named: "Dated | None", dated: "Dated") -> "Dated | None":
        """``named`` (a percentage's own clause's period) where it is another than ``dated``: "Q2"
        in a headline is the body's "second quarter" (both read as of one year end)."""
        if named is None or named == dated:
            return None
        if named.undated and dated.undated:
            same_day = [[q.period for q in find_periods(text, document_date=_SOME_YEAR_END)]
                        for text in (named.undated, dated.undated)]
            if same_day[0] and same_day[0] == same_day[1]:
                return None
        return named

    def _margin_targets(self, figure: "Figure", margin: Written, bindings: list["Binding"]) -> list[tuple]:
        """The margin a percentage written as one is (``prose_margins``), of the period and
        company of its measure; none, and the reason unmapped, where its measure has no margin."""
        if margin.concept is None or margin.owner is None:
            self.out.unmapped.append(Mention(figure.text, self.ctx.span(figure.start, figure.end), margin.reason))
            return []
        return [(margin.concept, self._measure_period(margin.owner, bindings),
                 self._measure_subject(margin.owner, bindings))]

    def _respective(self, s: Sentence, figures: list["Figure"], measures: list[MeasureHit],
                    bindings: list["Binding"]) -> dict[int, list[tuple]]:
        """"operating income and net income rose 5.3% and 12.1%, respectively" (각각): the n-th
        percentage belongs to the n-th figure, or to the n-th measure named before the first."""
        if not gated_search(_RESPECTIVELY, s.text):
            return {}
        percents = [f for f in figures if f.percent]
        lead = _KO_RESPECTIVE_LEAD.search(s.text)
        if _KO_EACH_OPENS.match(s.text):  # (its list of changes, after a comparison or none)
            paired = self._respective_before(s, listed_in_turn(self.text, percents))
            if paired:
                return paired
        if lead:  # "매출이 1.3% 줄었으며 영업이익과 순이익은 각각 38.5%와 88.2% 감소": the list after 각각
            listed = listed_in_turn(self.text, [p for p in percents if p.start >= s.start + lead.end()])
            paired = self._korean_respective(s, figures, measures, bindings, listed)
            if paired:
                return paired
            if any(f.start in self.unpaired for f in figures):  # (the amounts before could not be paired)
                self._leave_unpaired(listed)
        paired = self._after_paired(percents, measures, bindings)
        if paired:
            return paired
        # (in the order of the text: a list paired by "respectively" is bound before the figures left alone)
        primary = sorted((b for b in bindings if b.role == "primary" and b.figure.currency is not None),
                         key=lambda b: b.figure.start)
        if len(percents) >= 2 and len(percents) == len(primary) and percents[0].start > primary[-1].figure.end:
            return {p.start: [(b.concept, b.dated, b.subject)] for p, b in zip(percents, primary)}
        named = [m for m in measures if percents and m.end <= percents[0].start
                 and m.start >= max([f.end for f in figures if f.end <= percents[0].start and not f.percent] + [s.start])]
        if len(percents) < 2 or len(named) != len(percents) or any(m.start > percents[0].start for m in named):
            return {}
        if has_hangul(s.text) and not _KO_RESPECTIVE_BEFORE.search(s.text[:percents[0].start - s.start]):
            return {}  # Korean lists name each measure right before its figure: bound one by one
        return {p.start: [(m.concept, self._measure_period(m, bindings), self._measure_subject(m, bindings, p))]
                for p, m in zip(percents, named)}

    def _margin_aside(self, figure: "Figure") -> bool:
        """"영업이익은 958억원(이익률 5.5%)": a margin's bare word and a percentage alone in
        parentheses (``margin_aside`` of ``data/measure_phrases.tsv``)."""
        opened = self.text.rfind("(", max(0, figure.start - 12), figure.start)
        return opened >= 0 and self.text[figure.end:figure.end + 1] == ")" and \
            word_pattern("margin_aside").fullmatch(self.text[opened + 1:figure.start].strip(" :")) is not None

    def _bind_aside(self, figure: "Figure", bindings: list["Binding"]) -> None:
        """The margin in parentheses is of the measure of the figure right before them (its margin
        concept: ``_MARGIN_OF``); of another measure, or of none, it stays unmapped."""
        opened = self.text.rfind("(", 0, figure.start)
        owner = next((b for b in bindings if b.role == "primary" and not self.text[b.figure.end:opened].strip()), None)
        margin = _MARGIN_OF.get(owner.concept) if owner is not None else None
        period, stated = (fit(margin, owner.period), ()) if margin is not None else (None, ())
        if margin is not None and period is None and (undated := self.stated_period(margin, owner.dated)):
            period, stated = undated  # "지난해 4분기" in a text that states no date
        if margin is None or period is None or owner.subject.unknown:
            why = "a margin in parentheses of a figure whose margin the taxonomy has no concept for" \
                if margin is None else f"{margin} of a figure not reported" if period else f"{margin} without a period"
            self.out.unmapped.append(Mention(figure.text, self.ctx.span(figure.start, figure.end), why))
            return  # (its period is its figure's: a comparison after the parentheses is the changes')
        self._observe(margin, figure, period, PURE, (*owner.subject.dimensions, *stated), "press:margin")

    def _respective_before(self, s: Sentence, listed: list["Figure"]) -> dict[int, list[tuple]]:
        """"X는 1분기 매출 597억원과 영업이익 38억원을 발표했다. 각각 전년 동기보다 15.0%와 17.5%
        증가했다": the n-th change of a sentence opening on 각각 is of the n-th amount of the
        sentence before in its paragraph, where the counts agree."""
        before = getattr(self, "previous_primary", [])
        if len(listed) < 2 or len(before) != len(listed) or "\n" in self.text[before[-1].figure.end:s.start]:
            return {}
        return {p.start: [(b.concept, b.dated, b.subject)] for p, b in zip(listed, before)}

    def _korean_respective(self, s: Sentence, figures: list["Figure"], measures: list[MeasureHit],
                           bindings: list["Binding"], listed: list["Figure"]) -> dict[int, list[tuple]]:
        """The n-th percentage after 각각 is the change of the n-th measure of the list just
        before it ("영업이익과 당기순이익은 각각 ..."), where the counts agree."""
        if len(listed) < 2:
            return {}
        since = max([f.end for f in figures if f.end <= listed[0].start] + [s.start])
        named = [m for m in measures if since <= m.start and m.end <= listed[0].start]
        joined = all(_KO_AND.fullmatch(self.text[a.end:b.start]) for a, b in zip(named, named[1:]))
        if len(named) >= 2 and joined and len(named) != len(listed):
            self._leave_unpaired(listed)  # "영업이익과 순이익은 각각 5%, 7%, 9%": whose is which cannot be told
        if len(named) != len(listed) or not joined:
            return {}
        return {p.start: [(m.concept, self._measure_period(m, bindings), self._measure_subject(m, bindings, p))]
                for p, m in zip(listed, named)}

    def _leave_unpaired(self, listed: list["Figure"]) -> None:
        """The changes of a 각각 list that pairs with no list of measures of its number: unmapped."""
        from converter.extract.mechanisms.prose_lists import UNPAIRED
        self.unpaired |= {f.start for f in listed}
        self.out.unmapped += [Mention(f.text, self.ctx.span(f.start, f.end), UNPAIRED) for f in listed]
