"""Period phrases inside a clause giving a cause: "due to a one-off charge in the third quarter of
2017", "2017년 3분기 통상임금 비용 반영에 따른 기저 효과". The period is the cause's; the figures of
the sentence are not of it (``prose_periods`` leaves such a phrase out of a sentence's periods).
The cause words are the ``cause`` (English, before the phrase) and ``ko_cause`` (Korean, after it)
rows of ``data/measure_phrases.tsv``."""

from __future__ import annotations

import re
from functools import cache

from converter.extract.mechanisms.sentences import word_pattern
from converter.parse.gates import Gated, fold
from converter.parse.periods import FoundPeriod

# between a cause word and the period of its cause: words of one clause, no figure
_CAUSE_BEFORE = re.compile(r"[^\d,;:]{0,60}$")
# between a period and the Korean cause word after it: the words of a noun phrase, no figure or
# measure ("통상임금 비용 반영에 따른")
_KO_CAUSE_BETWEEN = re.compile(r"[^\d,.;:]{0,30}")


@cache
def _cause_words() -> tuple[Gated, Gated]:
    return Gated(word_pattern("cause")), Gated(word_pattern("ko_cause"))


def may_name_cause(text: str) -> bool:
    """Whether ``text`` holds a cause word, English or Korean: without one, ``names_cause`` is
    False for each of its periods (most sentences hold none; each period's windows are then not
    searched).

    >>> may_name_cause("Net income rose 19.4% due to a one-off charge"), may_name_cause("Net income rose")
    (True, False)
    """
    folded = fold(text)
    return any(words.may_match(folded) for words in _cause_words())


def names_cause(text: str, p: FoundPeriod) -> bool:
    """A period phrase inside a clause giving a cause ("due to a one-off charge in the third
    quarter of 2017", "2017년 3분기 통상임금 비용 반영에 따른 기저 효과"): the cause's period,
    never the period of the sentence's figures nor the one they are compared with.

    >>> from converter.parse.periods import find_periods
    >>> text = "Net income rose 19.4% due to a one-off charge in the third quarter of 2017."
    >>> [names_cause(text, p) for p in find_periods(text)]
    [True]
    >>> text = "2017년 3분기 통상임금 비용 반영에 따른 기저 효과로 순이익은 증가했다"
    >>> [names_cause(text, p) for p in find_periods(text)]
    [True]
    >>> text = "2017년 3분기 영업이익은 환율 하락에 따른 손실로 줄었다"
    >>> [names_cause(text, p) for p in find_periods(text)]
    [False]
    """
    if p.relation is not None:
        return False
    before = word_pattern("cause")
    for m in before.finditer(text, max(0, p.start - 80), p.start):
        if _CAUSE_BEFORE.fullmatch(text, m.end(), p.start):
            return True
    after = word_pattern("ko_cause").search(text, p.end, p.end + 40)
    if after is None or not _KO_CAUSE_BETWEEN.fullmatch(text, p.end, after.start()):
        return False
    return word_pattern("measure").search(text, p.end, after.start()) is None
