"""Comparison in prose: whether a period phrase introduces what a figure is compared with
("compared with the third quarter of 2002", "from KRW 11.7 billion in 2002", "전분기 대비",
"2·4분기에 견줘", "작년 1분기 538억원에서") rather than the figure's own period. ``ProsePeriods``
asks it of every phrase (``is_comparative``, remembered per document); the patterns are shared
with the readers of percentages and lists.
"""

from __future__ import annotations

import re
from functools import cache

from converter.extract.mechanisms.prose_period_parts import LED as _LED
from converter.extract.mechanisms.sentences import Sentence, gated_search, word_pattern
from converter.model import Period
from converter.parse.gates import Gated
from converter.parse.period_patterns import RELATIVE
from converter.parse.periods import FoundPeriod, shift

STRONG_COMPARE = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.|as\s+against|relative\s+to)\s", re.I)
CLAUSE_BREAK = re.compile(r";|,\s*while\b|\bwhile\b|,\s*whereas\b|,\s*but\b|,\s*and\s+(?=[a-z]+\s+[a-z]+\s+(?:was|were|amounted|reached|rose|fell))")
# Korean comparison words written after the period they introduce: "전분기 대비", "2·4분기에 견줘"
# ("작년과 비슷한 수준인 N억원": a level like the period's, the figure the text's period's)
KO_COMPARED_AFTER = re.compile(r"\s*(?:\(\s*[^)]{0,30}\)\s*)?(?:의\s*[가-힣]+\s*)?(?:에\s*)?(?:대비|보다|비해|견줘|견주어|과\s*비교|와\s*비교|에\s*비해"
                               r"|[과와]\s*(?:비슷|유사|같은\s*수준))")
# "작년 1분기 538억원에서 54억원으로": a period right before the figure a measure went from (에서)
# is that figure's, the comparison's, not the period the text is about
KO_FROM_FIGURE_AFTER = re.compile(r"""\s*(?:의\s*)?[△-]?\d[\d,.]*\s*    # 작년 1분기(의) 538
    (?:[조억만천백]\s*(?:\d[\d,.]*\s*)?)*원?\s*                        # 억 / 조 2천억 / 원
    (?:적자|흑자|손실)?\s*에서(?![가-힣])""", re.VERBOSE)
# The end of a Korean clause: the connective ending of its verb ("늘고", "증가했으나", "줄었지만",
# "감소했으며", "늘면서"). A clause's change goes the way of its own verb and is against its own
# comparison: "매출은 12.5% 늘고, 영업이익은 8.3% 줄었다" says nothing of the sales by "줄었다".
KO_CLAUSE_END = re.compile(r"""
    (?:했|됐|었|았|였|졌|렸|랐|늘|줄|하|되)     # the last syllable of a verb's stem or past tense
    (?:고|으나|으며|며|지만|면서)                # its connective ending: and, but, while
    (?=[\s,;])                                 # the end of the word
""", re.VERBOSE)
_CLAUSE_PUNCTUATION = re.compile(r"[,;\n]")


def korean_clause_end(text: str, start: int, end: int, at_comma: bool = False) -> int:
    """Where the Korean clause running at ``start`` ends, before ``end``: after its verb's
    connective ending (and, ``at_comma``, at a comma, a semicolon or a line break). A comma
    alone does not end the clause of a list ("매출은 6.1%, 영업이익은 18% 각각 증가했다")."""
    verb = KO_CLAUSE_END.search(text, start, end)
    cut = verb.end() if verb else end
    if at_comma:
        mark = _CLAUSE_PUNCTUATION.search(text, start, cut)
        cut = mark.start() if mark else cut
    return cut


_LEADS_PERIOD = re.compile(r"\b(?:in|for|during|at|of)\s+(?:the\s+)?$")
_DIGIT = re.compile(r"\d")
_TO = re.compile(r"\bto\b")
_WORD_OR_FIGURE_END = re.compile(r"[\d\w][,\s]*$")
@cache
def compared_before() -> re.Pattern[str]:
    """"compared with the", "from": a comparison word ending the text before a period phrase."""
    return re.compile(rf"(?:{word_pattern('compare').pattern})\s+(?:(?:the|a|its)\s+)?$", re.I)


def is_comparative(text: str, p: FoundPeriod, s: Sentence) -> bool:
    """A period phrase introduced by a comparison ("from the third quarter of 2002", "compared
    with ... in 2002", "전분기 대비", "2·4분기에 견줘") or relative to the figure's own."""
    # (each test is pure: the cheap ones first, the clause before the phrase read last; a phrase
    # relative to the figure's own, a third of those asked, needs no search at all)
    if p.relation is not None:
        return True
    before = text[max(s.start, s.start + p.start - 30):s.start + p.start]
    after = text[s.start + p.end:s.start + p.end + 24]
    if compared_before().search(before) or KO_COMPARED_AFTER.match(after) or KO_FROM_FIGURE_AFTER.match(after) \
            or gated_search(_relation_opens(), before):
        return True
    # "compared with a net loss of $6.4 million, or $0.09 per share, in the ... of 2002"
    clause = text[s.start:s.start + p.start]
    breaks = list(CLAUSE_BREAK.finditer(clause))
    begin = breaks[-1].end() if breaks else 0
    return bool(STRONG_COMPARE.search(clause, begin) or _from_figure_in(clause[begin:], word_pattern("compare"), p.text)
                or word_pattern("earlier").search(clause, begin))  # "as it had reported X in the quarter ..."


@cache
def _relation_opens() -> Gated:
    """"전년동기(03.2/4분기)", "a year earlier (2Q02)": a period naming the comparative one."""
    relations = "|".join(f"(?:{source})" for _, source in RELATIVE)
    return Gated(re.compile(rf"(?:{relations})\s*\(\s*$", re.I))


def _from_figure_in(clause: str, compare: re.Pattern[str], phrase: str = "") -> bool:
    """"... from KRW 11.7 billion in the second quarter of 2002": the period after a compared
    figure is the comparative one (not so in "from X to Y in the quarter"); "from $11.8 million,
    or $0.57 per diluted share, in fiscal 2002" (the phrase brings its own "in")."""
    marks = list(compare.finditer(clause))
    if not marks:
        return False
    segment = clause[marks[-1].end():]
    led = _LED.match(phrase) is not None
    return (len(segment) < 80 and bool(_DIGIT.search(segment)) and not _TO.search(segment)
            and bool(_LEADS_PERIOD.search(segment) or (led and _WORD_OR_FIGURE_END.search(segment))))


@cache
def year_after_comparison() -> re.Pattern[str]:
    """"from 2002", "compared with fiscal 2002": a comparison word, then a year (built once)."""
    compare = word_pattern("compare").pattern
    return re.compile(rf"(?:{compare})\s+(?:fiscal\s+)?(?:year\s+)?((?:19|20)\d\d)(?!\d|,\d)", re.I)


@cache
def compared_with_other() -> re.Pattern[str]:
    """"5% over the budget": a comparison with something other than an amount."""
    return re.compile(rf"(?:{word_pattern('compare').pattern})\s+(?!(?:US|HK|NT|S)?\$|KRW|W\s?\d|Won\b|RMB|¥|Rs|\d)(\S+)",
                      re.I)


def implied_year_before(own: Period | None, s: Sentence, periods: list[FoundPeriod], after: str) -> Period | None:
    """"Operating expenses rose 24.9% to RMB 21,935 million" in a year's results, "net profit was
    4.02 billion rupees, up 22 percent" for six months: a year's, a half's or nine months' change
    that names no comparative is against the same months a year before (a quarter's could be
    against the quarter before: left unmapped). Not when the sentence names another period or
    compares with something else ("5% over the budget")."""
    if own is None or own.start is None or any(p.period not in (None, own) or p.relation for p in periods):
        return None
    compared = compared_with_other().search(after)
    if compared is not None:
        return None
    months = (own.end.year - own.start.year) * 12 + own.end.month - own.start.month + 1
    if months not in (6, 9, 12) or own.start.day != 1:
        return None
    return shift(own, "prior_year")


def same_length(compared: Period, own: Period) -> Period | None:
    """``compared`` where it is a period as long as ``own`` and ends before it starts."""
    if own.start is None or compared.start is None or compared.end >= own.start:
        return None
    months = (own.end.year - own.start.year) * 12 + own.end.month - own.start.month
    theirs = (compared.end.year - compared.start.year) * 12 + compared.end.month - compared.start.month
    return compared if months == theirs else None


# what else a Korean sentence going on with the changes of the figure before may hold before a
# percentage: comparison words with their particles (대비로는, 보다는), earlier percentages, commas
_KO_CHANGES_ONLY = re.compile(r"""(?:\s|,|
    대비|보다|에\s*비해|에\s*견줘|는|로는|으로는|          # the comparison words, a topic particle
    [+\-]?\d[\d.]*\s*%\s*(?:[와과])?)*""", re.VERBOSE)   # an earlier percentage of the list


def korean_changes_only(text: str, start: int, end: int, periods: list[FoundPeriod]) -> bool:
    """Whether ``text[start:end]``, a Korean sentence's words before a percentage, holds nothing
    but comparisons: "전 분기 대비로는 7.4%, 작년 같은 분기 대비로는 ..." after "가람전자의 1분기
    영업이익은 520억원이다." goes on with that figure's changes (it names no measure of its own).

    >>> from converter.parse.periods import find_periods
    >>> t = "전 분기 대비로는 7.4%, 작년 같은 분기 대비로는 13.8% 증가했다."
    >>> korean_changes_only(t, 0, t.index("13.8"), find_periods(t)), korean_changes_only(t, 0, t.index("7.4"), [])
    (True, False)
    """
    compared = [p for p in periods if p.relation is not None and start <= p.start and p.end <= end]
    if not compared:
        return False
    at = start
    for p in compared:
        if _KO_CHANGES_ONLY.fullmatch(text, at, p.start) is None:
            return False
        at = p.end
    return _KO_CHANGES_ONLY.fullmatch(text, at, end) is not None
