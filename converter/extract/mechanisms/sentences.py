"""Sentences and phrase vocabularies of press releases, shared by the press_* extractors.

>>> [s.text for s in sentences('Mr. Tom J. Baek said so. Revenue rose 5.2% to US$1.5 million. 매출은 늘었다. 다음')]
['Mr. Tom J. Baek said so.', 'Revenue rose 5.2% to US$1.5 million.', '매출은 늘었다.', '다음']
>>> [s.text for s in sentences('Up 13 per cent. over 2001. 매출이 늘었다.영업이익도 늘었다.')]
['Up 13 per cent. over 2001.', '매출이 늘었다.', '영업이익도 늘었다.']
>>> [s.text for s in sentences("Highlights:\\n-- Sales rose 5%\\n-- Net income of $1 million")]
['Highlights:', '-- Sales rose 5%', '-- Net income of $1 million']
>>> [s.text for s in sentences("売上高は増加しました。営業利益は減少しました。營收成長。")]
['売上高は増加しました。', '営業利益は減少しました。', '營收成長。']
>>> [s.text for s in sentences("RESULTS\\nThe Group's turnover rose.")]
['RESULTS', "The Group's turnover rose."]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from converter.columns import text_columns
from converter.last_text import LastTextMemory
from converter.extract.mechanisms.prose_collected import Collected  # noqa: F401  (its readers import it from here)
from converter.parse.gates import Gated, GatedSet, fold, folded_text, top_level_alternatives
from converter.resources import data_rows
from converter.extract.mechanisms.wrapped_lines import english_line_cuts, measured_lines, table_like

# A full stop ends a sentence unless it closes one of these (titles, legal forms, initials).
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Ms|Mrs|Dr|Co|Inc|Ltd|Corp|No|Nos|vs|St|Jr|Sr|approx|Rs|Re|Jan|Feb|Mar|Apr|Jun|Jul|"
    r"Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|e\.g|i\.e)|\b[A-Z])\.$"
)
# a year names a period, not a quantity ("2000억원" is a quantity, and so are the groups of a
# Japanese or Chinese amount: "393億2000万円", "2000億円", "1兆2000億元", "2000円")
YEAR = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?!\d|[,.]\d|\s?[억조만천백원万萬億亿兆千仟百円元]|\s?(?:won|yen)\b)")
# (the character a sentence ends at comes first, each kind of end after it checks which one it
# is: a pattern that opens with a set of characters is tried by re only where one of them stands,
# three times as fast over a document as trying each kind of end at every position)
_SENTENCE_END = re.compile(
    r"""[.!?。！？\n\]]                               # the character a sentence ends at
    (?: (?<=[.!?])(?:[\"”’')]+)?(?=\s+|$)            # a full stop, maybe closing a quotation, then a space
    | (?<=[가-힣]\.)(?=[가-힣])                       # Korean news glue sentences: "발표했다.지난 분기에"
    | (?<=[a-z]{3}\.)(?=[A-Z][a-z]*\s+[a-z])        # English ones glued the same way: "last year.A slim rise"
    | (?<=[。！？])(?:[」』”）)]+)?                     # the ideographic full stop of Japanese and Chinese
    | (?<=\n)\s*\n                                   # a blank line
    | (?<=\n)(?=[ \t]*(?:-{1,2}|[•·▪■□▶◆※*o])[ \t]+\S)  # a line that opens with a bullet ("-- ", "o ")
    | (?:(?<=\[\d\])|(?<=\[\d\d\])|(?<=\[\d{3}\]))   # a summary's points run on one line, each closed
      (?=[ \t]+-[ \t]+\S)                          # by its source note: "... in 2020[8] - The basic ..."
    )""",
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
    """Sentences of ``text[start:end]`` with document offsets; blank lines also end one, and
    so does the line break after a Hangul line that is complete on its own (``line_cuts``)."""
    end = len(text) if end is None else end
    out: list[Sentence] = []
    begin = start
    for cut in line_cuts(text, start, end):
        out += _sentences(text, begin, cut)
        begin = cut
    return out + _sentences(text, begin, end)


def _sentences(text: str, start: int, end: int) -> list[Sentence]:
    out: list[Sentence] = []
    begin = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if m.group(0).startswith((".",)) and (_ABBREVIATIONS.search(text[max(begin, m.start() - 8):m.start() + 1])
                                             and not _ends_paragraph_line(text, m.end(), end)
                                             or _CONTINUES.match(text, m.end(), end)):
            continue
        _add(out, text, begin, m.end() if not m.group(0).startswith("\n") else m.start())
        begin = m.end()
    _add(out, text, begin, end)
    return out


# a line this long is a paragraph of a web copy printed on one line, never a line of a text
# wrapped at a fixed width (EDGAR's are 80 columns or less)
_PARAGRAPH_LINE = 160


def _ends_paragraph_line(text: str, at: int, end: int) -> bool:
    r"""Whether the stop before ``at`` ends a paragraph printed on one line, the next line opening
    another: "... higher earnings at Example Electric Co. Ltd.\nExample, the maker of ...": the
    abbreviation's stop ends its sentence there, as any stop at a paragraph's end does.

    >>> t = "x" * 170 + " at Hanbit Electric Co. Ltd.\nHanbit said sales rose."
    >>> _ends_paragraph_line(t, t.index("Ltd.") + 4, len(t)), _ends_paragraph_line("at Hanbit Co.\nLtd", 13, 17)
    (True, False)
    """
    if at >= end or text[at] != "\n":
        return False
    return at - (text.rfind("\n", 0, at) + 1) >= _PARAGRAPH_LINE


# A Hangul line that ends so ends no sentence: punctuation that goes on (a comma, an opening
# bracket, a colon before its value) or sentence punctuation (the stop itself ends it).
_GOES_ON = re.compile(r"[,，、(\[{:：;·\-–—/&+=]\s*$")
# a particle or a connective ending: the sentence goes on on the next line ("효력은", "대비")
_KO_GOES_ON = re.compile(r"(?:은|는|을|를|의|에|에서|에게|으로|로|및|또는|대비|보다|부터|하고|며|면서|지만|는데|하여|되어)$")


def sentence_goes_on(line: str) -> bool:
    """Whether a Hangul line ends where its sentence cannot: in a particle or a connective
    ending ('... 신주발행을', '... 대비'), so the next line carries the sentence on.

    >>> sentence_goes_on("당사 이사회에서 아래와 같이 유상증자를"), sentence_goes_on("한빛전자 유상증자 결정")
    (True, False)
    """
    line = line.rstrip()
    return has_hangul(line) and _KO_GOES_ON.search(line) is not None


# a line this much shorter than the widest stopped short on purpose, not at the wrap width
_SHORT = 0.75
_WORD = re.compile(r"\S+")
# a line ending with its sentence's stop, maybe a closing mark after it
_ENDS_STOPPED = re.compile(r"[.!?。]\W*$")


def _width(text: str) -> tuple[int, int]:
    """(characters, display columns: Hangul and other wide characters count two)."""
    return len(text), text_columns(text)


# a Korean labelled line stating a figure ("매출액 : 5,123억", "▲영업이익: 312억원"): an item of a
# results brief's list, whatever the width of the line before it
_LABELLED_LINE = re.compile(r"""[ \t]*(?:[▲△■□▶▷●○◆◇·•*-][ \t]*)?   # a bullet, if any
    [가-힣][가-힣 \t]{0,15}?[ \t]*[:：][ \t]*                        # the label and its colon
    [-△▲▼]?\d                                                    # the figure's first digit""", re.VERBOSE)


def line_cuts(text: str, start: int, end: int) -> list[int]:
    r"""Offsets of the line breaks that end a sentence although no stop precedes them.

    Korean web copies print a headline, a byline, a photo caption or a paragraph each on its
    own line, with no stop after a headline: "하나로 1분기 54억 순손실" and the body's first
    sentence are two sentences, and the headline's measure is no measure of the body's
    figures. A release wrapped at a fixed width breaks its lines mid-sentence: a line is
    wrapped when the next line's first word would not have fitted on it within the widest
    line of the text (in characters and in display columns, whichever the editor counted);
    as hand-wrapped lines are ragged, only a line that stopped well short of that width, on
    purpose, and does not end in a particle or a connective ("효력은", "대비", "늘었으며")
    ends its sentence. Table rows are left as they are.

    >>> t = "새솔 1분기 41억 순손실\n새솔은 매출 1천억원을 냈다고 밝혔다. 영업이익도 늘었다고 회사측이 전했다."
    >>> line_cuts(t, 0, len(t))
    [14]
    >>> t = "대한통신은 1분기 매출액이 2천억원으로 전년 동기 대비\n12.4% 증가했다고 밝혔다. 영업이익은 3백억원으로 4.1%\n감소했다."
    >>> line_cuts(t, 0, len(t))
    []
    """
    if not has_hangul(text, start, end):
        return english_line_cuts(text, start, end)  # lines without stops: a list, headline-like lines
    found = measured_lines(text, start, end, _width)
    if found is None:
        return []
    lines, measured = found
    widest = (max(c for c, _ in measured), max(d for _, d in measured))
    cuts = []
    for (a, b), (c, d) in zip(lines, lines[1:]):
        line = text[a:b].rstrip()
        if text[b:c].count("\n") == 1 and _LABELLED_LINE.match(text, c, d) and has_hangul(line) \
                and not _KO_GOES_ON.search(line):
            cuts.append(b)  # the next line is an item of a list ("영업이익 : 312억"): its own sentence
            continue
        if text[b:c].count("\n") != 1 or not has_hangul(line) or _GOES_ON.search(line) \
                or _KO_GOES_ON.search(line) or _ENDS_STOPPED.search(line) or table_like(line):
            continue
        word = _WORD.search(text, c, d)
        if word is None:
            continue
        chars, columns = _width(line)
        more_chars, more_columns = _width(" " + word.group(0))
        if chars + more_chars <= widest[0] and columns + more_columns <= widest[1] and \
                chars <= _SHORT * widest[0] and columns <= _SHORT * widest[1]:
            cuts.append(b)
    return cuts


# a sentence of running text ends in a stop; a headline, a byline or a button's label does not
_STOPPED = re.compile(r"[.!?。][\"”’')\]]*$")
HEAD_CHARS = 3000


def body_start(spans: list[Sentence]) -> int:
    r"""Where the body of a Korean article or release begins: after the lines above its first
    sentence (headline, sub-headlines, byline, a web page's buttons), none of which ends in a
    stop; 0 when the text opens with its body or is not Korean.

    >>> body_start(sentences("새솔 1분기 41억 순손실\n-\n공유\n새솔은 매출 1천억원을 냈다고 3일 밝혔다."))
    20
    >>> body_start(sentences("Hanul posts record sales\nSEOUL, May 3 - Hanul said."))
    0
    """
    for i, s in enumerate(spans):
        if _STOPPED.search(s.text):
            return s.start if i and s.start <= HEAD_CHARS and HANGUL.search(s.text) else 0
    return 0


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
    return [list(row) for row in data_rows(name)]


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


ACTIONS = "corporate_action_phrases.tsv"


def gated_search(gated: Gated, text: str) -> re.Match[str] | None:
    """``gated.pattern.search(text)``, not run on a text that lacks the words the pattern needs
    (re tries a pattern that opens with ``\\b`` or a look-behind at every position of the text)."""
    return gated.pattern.search(text) if gated.may_match(fold(text)) else None


@cache
def _phrase_alternatives(kind: str, source: str) -> tuple[Gated, ...]:
    """Every top-level alternative of every phrase of ``kind``, with the words it needs: a
    match of ``word_pattern(kind, source)`` is a match of one of them."""
    column = 4 if source == "measure_phrases.tsv" else 2
    out: list[Gated] = []
    for row in _rows(source):
        if row[0] != kind:
            continue
        try:
            out += [Gated(re.compile(part, re.I)) for part in top_level_alternatives(row[column])]
        except re.error:  # an alternative that is no pattern alone: the phrase's words, all of them
            out.append(Gated(re.compile(row[column], re.I)))
    return tuple(out)


@cache
def _phrase_table(kind: str, source: str) -> GatedSet:
    """The alternatives of ``kind`` as one table: which of them a document holds, each word of
    their first gates looked for once (not once per alternative)."""
    return GatedSet(_phrase_alternatives(kind, source))


@lru_cache(maxsize=256)  # (documents hold the same few sets of a kind's alternatives)
def _held_table(kind: str, source: str, held: tuple[int, ...]) -> GatedSet:
    """The alternatives ``held`` (indices) a document holds, as one table for its sentences."""
    return GatedSet([_phrase_alternatives(kind, source)[i] for i in held])


class PhraseFinder:
    """``word_pattern(kind, source).search`` for the sentences of one document, skipping those
    that hold the words of none of its alternatives (most sentences name no stock split, no
    meeting, no plan): a sentence that passes is searched with the whole pattern, so the match
    is the one the pattern finds. The alternatives whose words the document lacks are dropped
    once for all its sentences."""

    def __init__(self, kind: str, text: str, source: str = "measure_phrases.tsv") -> None:
        self.pattern = word_pattern(kind, source)
        folded = folded_text(text)  # ``text`` holds every sentence asked about
        self.held = _held_table(kind, source, tuple(_phrase_table(kind, source).passing(folded)))

    @property
    def absent(self) -> bool:
        """Whether no sentence of the document can hold the phrase (its words are not in the
        text): ``search`` answers None for each, and a reader need not go through them."""
        return not self.held.gated

    def may_hold(self, sentence: str) -> bool:
        """Whether ``sentence`` holds the words of an alternative the document may hold."""
        if self.held.always or not self.held.gated:
            return bool(self.held.always)
        return self.held.any_passing(fold(sentence))

    def search(self, sentence: str) -> re.Match[str] | None:
        return self.pattern.search(sentence) if self.may_hold(sentence) else None


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


_MeasureRow = tuple[re.Pattern[str], Gated, MeasurePhrase]


@dataclass(frozen=True)
class _MeasureTable:
    """Measure rows and their gates: a text holding none of a row's first words cannot hold its
    phrase, and one ``in`` test per word (many rows share one: "income", "매출") answers for all
    its rows. The rows a text may hold keep table order."""

    rows: tuple[_MeasureRow, ...]
    gates: GatedSet

    def may_match(self, folded: str) -> list[_MeasureRow]:
        """The rows whose every gate ``folded`` passes, in table order."""
        rows = self.rows
        return [rows[i] for i in self.gates.passing(folded)]


@cache
def _gated_measures() -> _MeasureTable:
    rows = tuple((regex, Gated(regex), phrase) for regex, phrase in _measure_regexes())
    return _MeasureTable(rows, GatedSet([gated for _, gated, _ in rows]))


@lru_cache(maxsize=2)
def _measures_in(text: str) -> _MeasureTable:
    """The measures whose words the whole text holds: its sentences are asked one by one, and
    a phrase the document lacks need not be gated again for each of them."""
    folded = fold(text)
    every = _gated_measures()  # (a word many rows need is looked for in the whole text once)
    rows = tuple(every.rows[i] for i in every.gates.passing_lazily(folded))
    return _MeasureTable(rows, GatedSet([gated for _, gated, _ in rows], within=folded))


# A text asked about this many of its stretches is read for its measures' words once, and its
# later stretches are gated by the measures it holds (``_measures_in``); before that each is gated
# by the whole table. Both give the same rows: a measure whose words the text lacks, none of its
# stretches has. Reading the text costs as much as gating ten stretches or so by the whole table,
# and most releases ask about fewer (a sentence is asked only when it states a figure).
FULL_TABLE_STRETCHES = 12
# how many of its stretches the last text asked about (itself, not a copy) has been asked for
_STRETCHES_ASKED: LastTextMemory[list[int]] = LastTextMemory(lambda text, _: [0])


def _measures_of(text: str) -> _MeasureTable:
    """The measure table to gate a stretch of ``text`` by (see ``FULL_TABLE_STRETCHES``)."""
    asked = _STRETCHES_ASKED.answer(text, "stretches")
    asked[0] += 1
    return _measures_in(text) if asked[0] > FULL_TABLE_STRETCHES else _gated_measures()


def find_measures(text: str, start: int = 0, end: int | None = None) -> list[MeasureHit]:
    """Measure names in ``text[start:end]`` (document offsets); where names overlap, the
    longest wins ("EBITDA margin" over "EBITDA", "당기순이익" over "순이익")."""
    end = len(text) if end is None else end
    folded = fold(text[start:end])  # a phrase whose words the range lacks is not searched
    measures = _gated_measures() if start == 0 and end == len(text) else _measures_of(text)
    candidates = [
        MeasureHit(phrase.concept, phrase.sign, m.start(), m.end(), m.group(0))
        for regex, gated, phrase in measures.may_match(folded)
        for m in _phrase_matches(regex, gated, text, start, end, folded)
    ]
    chosen: list[MeasureHit] = []
    for hit in sorted(candidates, key=lambda h: (h.start - h.end, h.start)):
        if not any(hit.start < c.end and c.start < hit.end for c in chosen):
            chosen.append(hit)
    if "gaap" in folded or "ifrs" in folded or "非" in folded:  # (most sentences: neither)
        chosen = [_non_gaap(text, start, hit) for hit in chosen]
    return sorted(chosen, key=lambda h: h.start)


def _non_gaap(text: str, start: int, hit: MeasureHit) -> MeasureHit:
    """``hit``, or a measure the taxonomy has no concept for, with its words, where the words
    right before it make it a non-GAAP one ("Non-GAAP operating income": ``non_gaap_before``)."""
    before = _non_gaap_before().search(text, max(start, hit.start - 40), hit.start)
    if before is None:
        return hit
    return MeasureHit("-", 0, before.start(), hit.end, text[before.start():hit.end])


@cache
def _non_gaap_before() -> re.Pattern[str]:
    """The words of ``non_gaap_before`` ending right before a measure (built once)."""
    return re.compile(rf"(?:{word_pattern('non_gaap_before').pattern})$", re.IGNORECASE)


def _phrase_matches(regex: re.Pattern[str], gated: Gated, text: str, start: int, end: int,
                    folded: str) -> Iterator[re.Match[str]]:
    """``regex.finditer(text, start, end)``, tried only where the words that open its matches
    begin in ``folded`` (``fold(text[start:end])``): a measure phrase opens with look-behinds, so
    re tries it at every position of the sentence. As finditer, each try starts past the last
    match (no phrase matches the empty string), and look-behinds see the text before ``start``."""
    if gated.starts is None or len(folded) != end - start:  # (a text whose folding changed its length)
        yield from regex.finditer(text, start, end)
        return
    reached = start
    for at in gated.starts.positions(folded):
        if start + at >= reached and (m := regex.match(text, start + at, end)) is not None:
            reached = m.end()
            yield m


HANGUL = re.compile(r"[\uac00-\ud7a3]")


def has_hangul(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` holds a Hangul syllable: ``HANGUL.search(text, start, end)``,
    answered for an ASCII text without a scan (``str.isascii`` reads a flag the string keeps),
    as most English sentences and lines are asked.

    >>> has_hangul("Revenue rose 5%"), has_hangul("매출 5% 증가"), has_hangul("Hanbit 한빛", 0, 6)
    (False, True, False)
    """
    if text.isascii():
        return False
    return HANGUL.search(text, start, len(text) if end is None else end) is not None


KANA = re.compile(r"[\u3040-\u30ff]")
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def lang_of(value: str, document_text: str = "") -> str:
    """xml:lang of a string fact: Korean when it is written in Hangul, Japanese in kana, and
    Han characters alone are Japanese in a document written with kana, else Chinese.

    >>> lang_of("대한제약"), lang_of("株式会社ミドリ精機"), lang_of("山田 一郎", "代表者 山田 一郎 です")
    ('ko', 'ja', 'ja')
    >>> lang_of("華晶半導體股份有限公司", "公布營運成果"), lang_of("Acme Co., Ltd.")
    ('zh', 'en')
    """
    if HANGUL.search(value):
        return "ko"
    if KANA.search(value):
        return "ja"
    if HAN.search(value):
        return "ja" if KANA.search(document_text[:20000]) else "zh"
    return "en"
