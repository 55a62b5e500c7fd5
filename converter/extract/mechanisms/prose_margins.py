"""A percentage written as a margin in English prose, the margin's measure not named beside it:
"EBITDA rose 20% to Rs 400 million and the margin improved to 17.1% from 14.2%", "net profit of
$12 million, a 6.5% margin", "at a margin of 9%". The percentage is a level (a margin), never the
change of the measure the sentence named before it. It is that measure's margin where the
vocabulary names one ("EBITDA" + "margin" is "EBITDA margin": ``EBITDAMargin``); else it stays
unmapped. "the margin improved by 2%" changes the margin, not the measure: unmapped too.
The words: ``margin_word`` and ``margin_change`` of ``data/measure_phrases.tsv``.

>>> from converter.extract.mechanisms.prose_figures import Figure
>>> from decimal import Decimal
>>> t = "EBITDA rose to Rs 400 million and the margin improved to 17.1% from 14.2%."
>>> s = Sentence(0, len(t), t)
>>> f1 = Figure(Decimal("0.171"), 3, t.index("17.1%"), t.index("17.1%") + 5, "17.1%", percent=True)
>>> f2 = Figure(Decimal("0.142"), 3, t.index("14.2%"), t.index("14.2%") + 5, "14.2%", percent=True)
>>> found = {}
>>> found[f1.start] = written_margin(t, s, f1, [f1, f2], find_measures(t), found)
>>> found[f1.start].concept, found[f1.start].owner.text
('EBITDAMargin', 'EBITDA')
>>> written_margin(t, s, f2, [f1, f2], find_measures(t), found)[0]
'EBITDAMargin'
>>> t = "Revenue rose to Rs 4,000 million, while margins expanded to 17.1%."
>>> f = Figure(Decimal("0.171"), 3, t.index("17.1%"), t.index("17.1%") + 5, "17.1%", percent=True)
>>> written_margin(t, Sentence(0, len(t), t), f, [f], find_measures(t), {})[0] is None
True
>>> t = "EBITDA margin improved to 17.1%."
>>> f = Figure(Decimal("0.171"), 3, t.index("17.1%"), t.index("17.1%") + 5, "17.1%", percent=True)
>>> written_margin(t, Sentence(0, len(t), t), f, [f], find_measures(t), {}) is None
True
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from converter.extract.mechanisms.sentences import MeasureHit, Sentence, find_measures, word_pattern
from converter.parse.gates import Gated, fold

if TYPE_CHECKING:
    from converter.extract.mechanisms.prose_figures import Figure


class Written(NamedTuple):
    """A percentage written as a margin: the margin's concept (None where its measure has none,
    or where it is a change of the margin), the measure it is the margin of, whether a change."""

    concept: str | None
    owner: MeasureHit | None
    change: bool = False

    @property
    def reason(self) -> str:
        """Why a percentage so written stays unmapped (no margin concept, or a margin's change)."""
        owner = self.owner.concept if self.owner is not None else None
        if self.change:
            return f"a change of the margin of {owner or 'a measure'}, not a change of the measure"
        if owner is None:
            return "a margin of no measure named: not a change of a measure"
        if owner == "-":
            return "a margin of a measure the taxonomy has no concept for"
        return f"a margin of {owner}, which the taxonomy has no margin concept for: not a change of {owner}"


# "the margin improved to", "margins stood at", "at a margin of", "the margin widened by": the words
# from a margin to the percentage (at most four words: its verb and a few more)
_TO_LEVEL = re.compile(r"""(?:\s+[\w-]+){0,4}?\s+                 # improved, expanded 150 bps
    (?P<verb>to|of|at|was|were|is|stood\s+at|came\s+in\s+at|by)\s*$  # to""", re.VERBOSE | re.I)
# "17.1% in the December 2022 quarter from 14.2%": the margin it is compared with
_COMPARED_WITH = re.compile(r"[^;%]{0,60}?\b(?:from|versus|vs\.?|compared\s+(?:with|to)|against)\s*$", re.I)


def written_margin(text: str, s: Sentence, figure: "Figure", figures: list["Figure"],
                   measures: list[MeasureHit], found: dict[int, Written]) -> Written | None:
    """``read_margin``, asked only of a sentence that holds a margin word: every reading of it
    needs one in the sentence (``found`` holds the sentence's margins read so far), and most
    sentences with a percentage hold none."""
    if not _margin_gated().may_match(fold(s.text)):
        return None
    return read_margin(text, s, figure, figures, measures, found)


@cache
def _margin_gated() -> Gated:
    return Gated(word_pattern("margin_word"))


def read_margin(text: str, s: Sentence, figure: "Figure", figures: list["Figure"],
                measures: list[MeasureHit], found: dict[int, Written]) -> Written | None:
    """Whether the percentage ``figure`` is written as a margin whose measure is not named with
    it: (the margin's concept, or None where its measure has none, the measure) else None (not
    written so, or a margin measure named beside it: bound as such). ``found``: the sentence's
    percentages read as margins so far, by start ("... to 17.1% from 14.2%": the second too)."""
    previous = max([f.end for f in figures if f.end <= figure.start] + [s.start])
    earlier = [f for f in figures if f.percent and f.end <= figure.start]
    if earlier and earlier[-1].start in found and _COMPARED_WITH.fullmatch(text, earlier[-1].end, figure.start) \
            and not find_measures(text, earlier[-1].end, figure.start):
        return found[earlier[-1].start]  # "... to 17.1% from 14.2%": the margin compared with
    for word in word_pattern("margin_word").finditer(text, previous, figure.start):
        level = _TO_LEVEL.fullmatch(text, word.end(), figure.start)
        if level is None or any(word.end() <= m.start < figure.start for m in measures):
            continue  # ("margins and net income fell by 5%": the measure named after it is the one)
        if _named(word, measures):
            return None  # "EBITDA margin improved to 17.1%": the margin measure itself
        owner = _owner(measures, word.start(), s.start)
        if level["verb"].lower() == "by":  # "the margin widened by 2%": a change of the margin
            return Written(None, owner, change=True)
        return Written(_margin_of(owner), owner)
    after = _margin_after().match(text, figure.end, s.end)
    if after is None:
        return None
    word = word_pattern("margin_word").match(text, after.start("word"))
    named = _named(word, measures)
    owner = named or _owner(measures, figure.start, s.start)
    if _margin_change().match(text, word.end()):
        return Written(None, owner, change=True)  # "a 2% margin improvement": a change of the margin
    if named is not None:  # "a 6.5% operating margin": the margin measure named after it
        return Written(named.concept, named)
    return Written(_margin_of(owner), owner)


@cache
def _margin_after() -> re.Pattern[str]:
    """"a 6.5% margin", "17.1% operating margin": at most two words from the percentage to the margin."""
    return re.compile(rf"\s*(?:[\w-]+\s+){{0,2}}?(?P<word>{word_pattern('margin_word').pattern})", re.I)


@cache
def _margin_change() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{word_pattern('margin_change').pattern})", re.I)


def _named(word: re.Match[str], measures: list[MeasureHit]) -> MeasureHit | None:
    """The margin measure the margin word is part of ("EBITDA margin"), if any."""
    return next((m for m in measures if m.start <= word.start() < m.end and m.concept.endswith("Margin")), None)


def _owner(measures: list[MeasureHit], before: int, sentence_start: int) -> MeasureHit | None:
    """The measure named last before ``before`` in the sentence: the one a margin is of."""
    named = [m for m in measures if sentence_start <= m.start and m.end <= before and not m.concept.endswith("Margin")]
    return named[-1] if named else None


def _margin_of(owner: MeasureHit | None) -> str | None:
    """The margin concept of a measure: its words and "margin" read with the vocabulary
    ("EBITDA margin", "net profit margin"); None where they name no margin ("revenue margin")."""
    if owner is None:
        return None
    return _margin_of_words(" ".join(owner.text.split()))


@cache
def _margin_of_words(words: str) -> str | None:
    phrase = f"{words} margin"
    hits = find_measures(phrase)
    last = hits[-1] if hits else None
    return last.concept if last is not None and last.end == len(phrase) and last.concept.endswith("Margin") else None
