"""Period phrases inside a clause giving a cause: "due to a one-off charge in the third quarter of
2017", "2017년 3분기 통상임금 비용 반영에 따른 기저 효과". The period is the cause's; the figures of
the sentence are not of it (``prose_periods`` leaves such a phrase out of a sentence's periods).
The cause words are the ``cause`` (English, before the phrase) and ``ko_cause`` (Korean, after it)
rows of ``data/measure_phrases.tsv``. So too a period opening a span that reaches the present
("since the third quarter of 2005", "2005년 3분기 이후 33분기 연속"): the start of a streak, not
the period of the sentence's figures (``since`` and ``ko_since`` rows). And a date telling where
the fiscal years of the companies a sentence counts end ("firms that close their books on
Dec. 31": ``year_end_of`` rows) says which companies, not the figures' period."""

from __future__ import annotations

import re
from functools import cache

from converter.extract.mechanisms.sentences import word_pattern
from converter.parse.gates import Gated, fold
from converter.parse.periods import FoundPeriod

# between a cause word and the period of its cause: words of one clause, no figure
_CAUSE_BEFORE = re.compile(r"[^\d,;:]{0,60}$")
# between "since" and the period phrase it opens: at most "the"
_SINCE_BEFORE = re.compile(r"\s+(?:the\s+)?", re.I)
# or a clause saying what happened in that period ("its best since the exchange began publishing the
# data in 2011"): the start of the span all the same; a few words, no figure or stop,
# then the period's preposition (in the phrase, "in fiscal 2011", or before it)
_SINCE_CLAUSE = re.compile(r"\s+[^\d,;:.%()]{1,60}?\s", re.I)
_SINCE_CLAUSE_IN = re.compile(r"\s+[^\d,;:.%()]{1,60}?\s(?:in|of|during)\s+(?:the\s+)?", re.I)
_OPENS_IN = re.compile(r"(?:in|of|during)\s", re.I)
# between a period phrase and the Korean word after it making it a span's start: spaces
_SINCE_AFTER = re.compile(r"\s*")
# between a period and the Korean cause word after it: the words of a noun phrase, no figure or
# measure ("통상임금 비용 반영에 따른")
_KO_CAUSE_BETWEEN = re.compile(r"[^\d,.;:]{0,30}")
# between the words of a year end and its date: "on", "in", "at"
_YEAR_END_TO_DATE = re.compile(r"\s*(?:(?:on|in|at)\s+)?", re.I)


# the kinds of word that can make a period not the figures' own (``not_the_figures``)
CAUSE_KINDS = frozenset({"cause", "ko_cause", "year_end_of", "since", "ko_since", "last_time"})


@cache
def _cause_words() -> tuple[tuple[str, Gated], ...]:
    return tuple((kind, Gated(word_pattern(kind))) for kind in sorted(CAUSE_KINDS))


def cause_kinds(text: str) -> frozenset[str]:
    """The kinds of ``CAUSE_KINDS`` whose words ``text`` may hold (their gates pass): a period's
    window is searched only for those (a sentence holding "since" holds no cause word, most often).
    Empty where ``may_name_cause`` is False.

    >>> sorted(cause_kinds("Revenue rose for the 12th straight quarter since 2015")), cause_kinds("Revenue rose")
    (['since'], frozenset())
    """
    folded = fold(text)
    found = [kind for kind, words in _cause_words() if words.may_match(folded)]
    return frozenset(found) if found else _NO_KINDS


_NO_KINDS: frozenset[str] = frozenset()


def may_name_cause(text: str) -> bool:
    """Whether ``text`` holds a word of a cause, of a span's start or of a year end, English or
    Korean: without one, ``not_the_figures`` is False for each of its periods (most sentences hold
    none; each period's windows are then not searched).

    >>> may_name_cause("Net income rose 19.4% due to a one-off charge"), may_name_cause("Net income rose")
    (True, False)
    """
    return may_name_cause_folded(fold(text))


def may_name_cause_folded(folded: str) -> bool:
    """``may_name_cause`` of a text already folded (``gates.fold``): a whole document's, once."""
    return any(words.may_match(folded) for _, words in _cause_words())


def names_cause(text: str, p: FoundPeriod, kinds: frozenset[str] = CAUSE_KINDS) -> bool:
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
    if "year_end_of" in kinds and _names_year_end(text, p):
        return True
    if "cause" in kinds and _word_before(text, p, "cause", _CAUSE_BEFORE, 80):
        return True
    if "ko_cause" not in kinds:
        return False
    after = word_pattern("ko_cause").search(text, p.end, p.end + 40)
    if after is None or not _KO_CAUSE_BETWEEN.fullmatch(text, p.end, after.start()):
        return False
    return word_pattern("measure").search(text, p.end, after.start()) is None


def not_the_figures(text: str, p: FoundPeriod, kinds: frozenset[str] = CAUSE_KINDS) -> bool:
    """A period phrase that is neither the period of the sentence's figures nor the one they are
    compared with: a cause's (``names_cause``) or a span's start (``opens_span``). ``kinds``:
    the kinds of word looked for (``cause_kinds(text)``: the others cannot be found in it)."""
    return names_cause(text, p, kinds) or opens_span(text, p, kinds) or ("last_time" in kinds and last_reached(text, p))


# between "the last time" and the period it names: the rest of the clause ("the last time the
# company's profit topped 5 trillion won was in"), no stop or semicolon
_LAST_TIME_CLAUSE = re.compile(r"[^;:.]{0,120}?", re.I)


def last_reached(text: str, p: FoundPeriod) -> bool:
    """A period phrase telling when a level was last reached, in passing: "the last time its
    profit topped 5 trillion won was in the first quarter of 2019", "the previous peak came in the
    first quarter of 2019". The sentence's figures are of the story's own
    period, which that phrase is not (nor is it what they are compared with).

    >>> from converter.parse.periods import find_periods
    >>> text = "Profit rose to 5.2 trillion won; the previous peak came in the first quarter of 2019."
    >>> [last_reached(text, p) for p in find_periods(text)]
    [True]
    >>> text = "Profit rose to 5.2 trillion won in the first quarter of 2019, the last time it did so."
    >>> [last_reached(text, p) for p in find_periods(text)]
    [False]
    """
    return p.relation is None and _word_before(text, p, "last_time", _LAST_TIME_CLAUSE, 160)


def opens_span(text: str, p: FoundPeriod, kinds: frozenset[str] = CAUSE_KINDS) -> bool:
    """A period phrase that starts a span reaching the present, as business news reports a
    streak or a record: "the 12th straight quarter of growth since the second quarter of 2015",
    "2005년 3분기 이후 33분기 연속 증가", "2010년 2분기부터 20분기 연속 흑자". The figures of the
    sentence are of the latest period, which is not that phrase's.

    >>> from converter.parse.periods import find_periods
    >>> text = "Revenue rose for the 12th straight quarter since the second quarter of 2015 to $5 million."
    >>> [opens_span(text, p) for p in find_periods(text)]
    [True]
    >>> text = "매출은 2005년 3분기 이후 33분기 연속 증가해 1조원을 기록했다"
    >>> [opens_span(text, p) for p in find_periods(text)]
    [True]
    >>> text = "2010년 2분기부터 20분기 연속 흑자를 냈다"
    >>> [opens_span(text, p) for p in find_periods(text)]
    [True]
    >>> text = "2010년 2분기부터 연결 기준 매출 1조원을 기록했다"
    >>> [opens_span(text, p) for p in find_periods(text)]
    [False]
    >>> text = "The margin rose to 7.2%, its best since the exchange began publishing the data in 2011."
    >>> [opens_span(text, p) for p in find_periods(text)]
    [True]
    >>> text = "Revenue in the second quarter of 2015 rose to $5 million."
    >>> [opens_span(text, p) for p in find_periods(text)]
    [False]
    """
    if p.relation is not None:
        return False
    if "since" in kinds and (_word_before(text, p, "since", _SINCE_BEFORE, 20) or _since_clause(text, p)):
        return True
    if "ko_since" not in kinds:
        return False
    after = word_pattern("ko_since").search(text, p.end, p.end + 40)
    return after is not None and _SINCE_AFTER.fullmatch(text, p.end, after.start()) is not None


def _since_clause(text: str, p: FoundPeriod) -> bool:
    """"since the exchange began publishing the data in 2011": a clause after "since" whose
    event the period phrase dates (the phrase, or the clause, opens with its preposition)."""
    return _word_before(text, p, "since", _SINCE_CLAUSE if _OPENS_IN.match(p.text) else _SINCE_CLAUSE_IN, 80)


def _names_year_end(text: str, p: FoundPeriod) -> bool:
    """"the combined net profit of 420 firms that close their books on Dec. 31": the date says
    which companies are counted (those whose fiscal years end then), not the figures' period.

    >>> from converter.parse.periods import find_periods
    >>> text = "the net profit of 90 firms that close their books on Dec. 31 came to 18.2 trillion won"
    >>> [names_cause(text, p) for p in find_periods(text)]
    [True]
    >>> text = "Net income for the fiscal year ending March 31, 2005 rose 5%."
    >>> [names_cause(text, p) for p in find_periods(text)]
    [False]
    """
    return _word_before(text, p, "year_end_of", _YEAR_END_TO_DATE, 80)


def _word_before(text: str, p: FoundPeriod, kind: str, between: re.Pattern[str], reach: int) -> bool:
    """A word of ``kind`` (``data/measure_phrases.tsv``) at most ``reach`` characters before the
    period phrase ``p``, with only ``between`` from its end to the phrase."""
    for m in word_pattern(kind).finditer(text, max(0, p.start - reach), p.start):
        if between.fullmatch(text, m.end(), p.start):
            return True
    return False


# between a figure and the Korean word after it making it a record's starting point: the closing
# parenthesis of an aside ("2031년 3분기(2천억원) 이후") and spaces
_FIGURE_THEN_SINCE = re.compile(r"\s*[)）]?\s*")


def record_start_figure(text: str, end: int) -> bool:
    """Whether the figure ending at ``end`` is the level a record is counted from: "2031년
    3분기(2천억원) 이후 최대", "2031년 3분기에 낸 2천억원 이래 가장 많은". It is of that past
    period; a change the sentence states after it is the story's own figure's, not its.

    >>> text = "영업이익은 2031년 3분기(2천억원) 이후 최대로, 전년 동기 대비 12% 늘었다"
    >>> record_start_figure(text, text.index("원)") + 1), record_start_figure(text, text.index("%"))
    (True, False)
    """
    if "이" not in text[end:end + 6]:
        return False  # (no 이후, 이래 right after: most figures)
    at = _FIGURE_THEN_SINCE.match(text, end).end()
    return word_pattern("ko_since").match(text, at) is not None
