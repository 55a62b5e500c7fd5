"""Sentences and phrase vocabularies of press releases, shared by the press_* extractors.

>>> [s.text for s in sentences('Mr. Tom J. Baek said so. Revenue rose 5.2% to US$1.5 million. 매출은 늘었다. 다음')]
['Mr. Tom J. Baek said so.', 'Revenue rose 5.2% to US$1.5 million.', '매출은 늘었다.', '다음']
>>> [s.text for s in sentences('Up 13 per cent. over 2001. 매출이 늘었다.영업이익도 늘었다.')]
['Up 13 per cent. over 2001.', '매출이 늘었다.', '영업이익도 늘었다.']
>>> [s.text for s in sentences("Highlights:\\n-- Sales rose 5%\\n-- Net income of $1 million")]
['Highlights:', '-- Sales rose 5%', '-- Net income of $1 million']
>>> [s.text for s in sentences("RESULTS\\nThe Group's turnover rose.")]
['RESULTS', "The Group's turnover rose."]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from converter.model import Mention, Observation
from converter.parse.gates import Gated, fold
from converter.resources import data_path

# A full stop ends a sentence unless it closes one of these (titles, legal forms, initials).
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Ms|Mrs|Dr|Co|Inc|Ltd|Corp|No|Nos|vs|St|Jr|Sr|approx|Rs|Jan|Feb|Mar|Apr|Jun|Jul|"
    r"Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|e\.g|i\.e)|\b[A-Z])\.$"
)
# a year names a period, not a quantity ("2000억원" is a quantity)
YEAR = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?!\d|[,.]\d|\s?[억조만천백원]|\s?(?:won|yen)\b)")
_SENTENCE_END = re.compile(
    r"""[.!?](?:[\"”’')]+)?(?=\s+|$)      # a full stop, maybe closing a quotation, then a space
    | (?<=[가-힣])\.(?=[가-힣])             # Korean news glue sentences: "발표했다.지난 분기에"
    | \n\s*\n                             # a blank line
    | \n(?=[ \t]*(?:-{1,2}|[•·▪■□▶◆※*o])[ \t]+\S)  # a line that opens with a bullet ("-- ", "o ")
    """,
    re.VERBOSE,
)
# "13 per cent. over the same period": a stop followed by a lower-case word ends no sentence
_CONTINUES = re.compile(r"\s+[a-z]")


@dataclass(frozen=True)
class Sentence:
    start: int  # offsets in the document text
    end: int
    text: str


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of ``text[start:end]`` with document offsets; blank lines also end one."""
    end = len(text) if end is None else end
    out: list[Sentence] = []
    begin = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if m.group(0).startswith((".",)) and (_ABBREVIATIONS.search(text[max(begin, m.start() - 8):m.start() + 1])
                                             or _CONTINUES.match(text, m.end(), end)):
            continue
        _add(out, text, begin, m.end() if not m.group(0).startswith("\n") else m.start())
        begin = m.end()
    _add(out, text, begin, end)
    return out


# a line in capitals alone ("RESULTS", "INTERIM DIVIDEND") heads the text below it: no sentence
# runs across it
_HEADING_LINE = re.compile(r"[ \t]*[A-Z][A-Z0-9&/'’ \t-]*[A-Z][ \t]*\n(?=[ \t]*[A-Z])")


def _add(out: list[Sentence], text: str, begin: int, finish: int) -> None:
    while (m := _HEADING_LINE.match(text, begin, finish)) and len(m.group(0).split()) <= 6:
        _add_one(out, text, begin, m.end() - 1)
        begin = m.end()
    _add_one(out, text, begin, finish)


def _add_one(out: list[Sentence], text: str, begin: int, finish: int) -> None:
    chunk = text[begin:finish]
    lead = len(chunk) - len(chunk.lstrip())
    body = chunk.strip()
    if body:
        out.append(Sentence(begin + lead, begin + lead + len(body), body))


def _rows(name: str) -> list[list[str]]:
    lines = data_path(name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class MeasurePhrase:
    concept: str
    lang: str
    sign: int
    pattern: str


@cache
def measure_phrases() -> tuple[MeasurePhrase, ...]:
    """Measure vocabulary of ``data/measure_phrases.tsv`` (kind ``measure`` rows)."""
    return tuple(MeasurePhrase(r[1], r[2], int(r[3]), r[4]) for r in _rows("measure_phrases.tsv")
                 if r[0] == "measure")


@cache
def word_pattern(kind: str, source: str = "measure_phrases.tsv") -> re.Pattern[str]:
    """One regex of every phrase of ``kind`` in a vocabulary file (English words bounded)."""
    column = 4 if source == "measure_phrases.tsv" else 2
    parts = [r[column] for r in _rows(source) if r[0] == kind]
    if not parts:
        raise KeyError(f"no {kind!r} phrases in {source}")
    alternation = "|".join(f"(?:{p})" for p in parts)
    return re.compile(rf"(?<![A-Za-z])(?:{alternation})(?![A-Za-z])", re.IGNORECASE)


def action_pattern(kind: str) -> re.Pattern[str]:
    return word_pattern(kind, "corporate_action_phrases.tsv")


@cache
def action_values(kind: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(value, pattern) rows of one kind of ``data/corporate_action_phrases.tsv``."""
    return tuple((r[1], re.compile(rf"(?<![A-Za-z])(?:{r[2]})(?![A-Za-z])", re.I))
                 for r in _rows("corporate_action_phrases.tsv") if r[0] == kind)


@dataclass(frozen=True)
class MeasureHit:
    concept: str
    sign: int
    start: int
    end: int
    text: str

    @property
    def twins(self) -> tuple[str, ...]:
        """Further concepts the same words name ("basic and diluted ... per share")."""
        return tuple(concept for concept, pattern in _twin_patterns()
                     if concept != self.concept and pattern.search(self.text))


@cache
def _twin_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((r[1], re.compile(r[4], re.I)) for r in _rows("measure_phrases.tsv") if r[0] == "twin")


@cache
def _measure_regexes() -> tuple[tuple[re.Pattern[str], MeasurePhrase], ...]:
    return tuple(
        # "non-operating income" is no operating income
        (re.compile(rf"(?<![A-Za-z])(?<!non-)(?<!non\s)(?:{phrase.pattern})(?![A-Za-z])", re.IGNORECASE), phrase)
        for phrase in measure_phrases()
    )


@cache
def _gated_measures() -> tuple[tuple[re.Pattern[str], Gated, MeasurePhrase], ...]:
    return tuple((regex, Gated(regex), phrase) for regex, phrase in _measure_regexes())


def find_measures(text: str, start: int = 0, end: int | None = None) -> list[MeasureHit]:
    """Measure names in ``text[start:end]`` (document offsets); where names overlap, the
    longest wins ("EBITDA margin" over "EBITDA", "당기순이익" over "순이익")."""
    end = len(text) if end is None else end
    folded = fold(text[start:end])  # a phrase whose words the range lacks is not searched
    candidates = [
        MeasureHit(phrase.concept, phrase.sign, m.start(), m.end(), m.group(0))
        for regex, gated, phrase in _gated_measures() if gated.may_match(folded)
        for m in regex.finditer(text, start, end)
    ]
    chosen: list[MeasureHit] = []
    for hit in sorted(candidates, key=lambda h: (h.start - h.end, h.start)):
        if not any(hit.start < c.end and c.start < hit.end for c in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: h.start)


HANGUL = re.compile(r"[\uac00-\ud7a3]")


def lang_of(value: str) -> str:
    """xml:lang of a string fact: Korean when it is written in Hangul."""
    return "ko" if HANGUL.search(value) else "en"


@dataclass
class Collected:
    """What the press extractors gathered: observations, the text they used, and leftovers."""

    observations: list[Observation] = field(default_factory=list)
    used: list[tuple[int, int]] = field(default_factory=list)  # clean-text ranges bound to facts
    unmapped: list[Mention] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def add(self, observation: Observation, start: int, end: int) -> None:
        self.observations.append(observation)
        self.used.append((start, end))

    def is_used(self, start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in self.used)
