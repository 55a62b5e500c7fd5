"""What kind of figure a results sentence gives its measure: whether the two agree (an amount per
share to a per-share measure, a count to a count), the per-share concept of "..., or $0.05 per
share", the total after "or a total of", the sign a loss or profit word beside the figure says,
and whether the figure is a change of the measure ("decreased 6.2 billion yen", "1억원 늘어") or a
cause's effect on it ("weighed on operating profit by ...") rather than its level. Mixed into
``prose_measures.SentenceBinder`` through ``prose_figure_binder.FigureBinder``, which holds the
text, the context and what is reported unmapped.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from converter.extract.mechanisms.prose_figures import PER_SHARE, SCALED, Figure
from converter.extract.mechanisms.prose_periods import concept_kinds
from converter.extract.mechanisms.sentences import HANGUL, MeasureHit, word_pattern
from converter.model import Mention

if TYPE_CHECKING:
    from converter.extract.base import DocumentContext
    from converter.extract.mechanisms.sentences import Collected

COUNT_CONCEPTS = ("Subscribers", "SubscriberNetAdditions")
# "1주당 500원", "주당 750원": the amount that follows is per share
_KO_PER_SHARE = re.compile(r"주당\s*(?:현금\s*)?$")
# "or a total of", "totalling", "in aggregate", "amounting to": the figure after is a total
_TOTAL_OF = re.compile(r"\b(?:(?:a|the)\s+total(?:\s+amount)?\s+of|total(?:l?ing)|in\s+(?:total|aggregate)|"
                       r"an?\s+aggregate(?:\s+amount)?\s+of|amounting\s+to)\s+$", re.I)
# a measure's words that say it is per share
_PER_SHARE_MEASURE = re.compile(r"per\s+(?:share|ADS)|EPS|주당|每股|株\s*当\s*た\s*り", re.I)
# "가입자 1명당": a rate per unit follows the figure
_PER_UNIT = re.compile(r"\s*(?:명|가구|회선|개|주)?\s*당")
# "480만원 적자", "325억원의 순손실", Japanese "310億円の赤字", "45億円の大幅赤字": a loss word right
# after the figure
_KO_LOSS_AFTER = re.compile(r"\s*(?:의\s*)?(?:적자|손실|순손실)|\s*の\s*(?:大幅な?\s*)?赤字")
# "a loss of", "적자": a loss or profit word right before the figure
_LOSS_BEFORE = re.compile(r"\b(?:loss(?:es)?|deficit)\s+(?:of\s+)?$|적자\s*$", re.I)
# "fully diluted earnings of US$0.42 per share": the words before the figure make the amount per
# share that follows it the diluted one (as "per diluted share" after it does)
_DILUTED_BEFORE = re.compile(r"""
    \bdiluted\s+                              # "diluted", "fully diluted"
    (?:net\s+)?(?:earnings|income|profit)\s+  # the earnings word the measure is read from
    (?:of|was|were|at|totall?ed)\s+$           # the verb or "of" right before the figure
""", re.I | re.VERBOSE)
_PROFIT_BEFORE = re.compile(r"\b(?:profit|income|earnings|gain)\s+(?:of\s+)?$|흑자\s*$", re.I)


def _ends_with_by(before: str) -> bool:
    """Whether ``before`` ends with the word "by", white space after it (``\\bby\\s*$``, without
    a search from each of the text's characters).

    >>> _ends_with_by("reduced by "), _ends_with_by("stood "), _ends_with_by("Abby"), _ends_with_by("by")
    (True, False, False, True)
    """
    text = before.rstrip()
    if not text.endswith("by"):
        return False
    # ("reduced by KRW 300 billion": the change, not the level; \b: no word character before "by")
    return len(text) == 2 or not (text[-3].isalnum() or text[-3] == "_")


# "2000억원 정도 깎아먹은", "2000억원가량을": a word of approximation or a particle after a figure
_KO_ABOUT = re.compile(r"\s*(?:정도|가량|안팎|내외|쯤)?\s*(?:의|을|를|이나)?\s*")
# "1억3200만원이 늘어", "300억원 증가": a particle between a figure and its word of direction
_KO_CHANGE_PARTICLE = re.compile(r"\s*(?:이|가|나)?\s*")


@cache
def _direction_before() -> re.Pattern[str]:
    """"decreased 6.2 billion yen", "up KRW 1 billion": a word of direction (``up`` / ``down``
    phrases) right before an amount, no "by", "to": the amount is the change (built once)."""
    return re.compile(rf"\b(?:{word_pattern('up').pattern}|{word_pattern('down').pattern})\s+$", re.I)


def _direction_right_before(before: str) -> bool:
    """``_direction_before().search(before)``, tried from the last word only: each phrase is one
    word (no space in the ``up`` / ``down`` patterns), so a match is the last word's end, before
    the trailing spaces; a search of the whole 40 characters tries the words at every position."""
    pattern = _direction_before()
    if " " in pattern.pattern or r"\s" in pattern.pattern[:-3]:
        return pattern.search(before) is not None  # (a phrase of several words: the plain search)
    words = before.rstrip()
    if len(words) == len(before) or not words:
        return False  # (no space after the last word, or no word)
    return pattern.search(before, len(words) - len(words.rsplit(None, 1)[-1])) is not None


class FigureKinds:
    """The kind, sign and role of a figure against its measure (see the module doc)."""

    text: str
    ctx: "DocumentContext"
    out: "Collected"
    sentence_start: int

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
        diluted = "diluted" in (m["kind"] or "").lower() or \
            _DILUTED_BEFORE.search(self.text, max(0, figure.start - 40), figure.start) is not None
        return "EarningsPerShareDiluted" if diluted else "EarningsPerShareBasic"

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
        after = _KO_CHANGE_PARTICLE.match(self.text, figure.end)
        if HANGUL.match(self.text, after.end()) and (word_pattern("ko_up").match(self.text, after.end())
                                                     or word_pattern("ko_down").match(self.text, after.end())):
            return True  # "매출이 전분기보다 1억3200만원 늘어 52억원을": the increase, not the level
        if self._is_impact(figure):
            return True
        before = self.text[max(0, figure.start - 40):figure.start]
        if _direction_right_before(before):
            return True  # "revenue decreased 68 billion yen, or 14%, ... to 407 billion yen": the change
        if not _ends_with_by(before):
            return False
        return bool(word_pattern("up").search(before) or word_pattern("down").search(before))

    def _is_impact(self, figure: Figure) -> bool:
        """"환율은 영업이익을 2000억원 정도 깎아먹은", "the won's strength weighed on operating
        profit by 200 billion won": what a cause did to the measure, not the measure's value
        (reported as such)."""
        after = _KO_ABOUT.match(self.text, figure.end)
        impact = bool(word_pattern("ko_impact").match(self.text, after.end())) if HANGUL.match(
            self.text, after.end()) else False
        if not impact:
            before = self.text[max(self.sentence_start, figure.start - 80):figure.start]
            impact = _ends_with_by(before) and bool(word_pattern("impact").search(before))
        if impact:
            self.out.unmapped.append(Mention(figure.text, self.ctx.span(figure.start, figure.end),
                                             "an effect on a measure (깎아먹은, weighed on), not its value"))
        return impact
