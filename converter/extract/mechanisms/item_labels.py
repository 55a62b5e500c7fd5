"""The vocabulary of labelled items (``data/item_labels.tsv``): label phrases, English and
Korean, with the concept and kind of value each names, the topics that scope them, and the roles
(before/after columns, share classes, range ends, other companies' headings) that place a value.

A label is matched by its *key* (no parenthesised unit, no colon, spaces squashed); where several
phrases fit, the longest wins, then the topic listed first, then file order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from converter.parse.gates import Gated, fold, literal_gates, top_level_alternatives
from converter.resources import data_rows


@dataclass(frozen=True)
class LabelRow:
    """One row of ``data/item_labels.tsv``."""

    concept: str  # a taxonomy concept, "Start,End" concepts of a range, or an @role
    kind: str
    topics: frozenset[str]
    scope: str  # doc | section
    pattern: re.Pattern[str]
    order: int


@cache
def label_rows() -> tuple[LabelRow, ...]:
    return tuple(LabelRow(concept, kind, frozenset(topics.split(",")), scope, re.compile(regex, re.I), i)
                 for i, (concept, kind, topics, scope, regex) in enumerate(data_rows("item_labels.tsv")))


@cache
def topic_rank() -> dict[str, int]:
    return {row.kind: i for i, row in enumerate(r for r in label_rows() if r.concept == "@topic")}


@cache
def _topic_rows() -> tuple[tuple[str, Gated], ...]:
    """The ``@topic`` rows' topics, each with its phrase behind the words it needs."""
    return tuple((row.kind, Gated(row.pattern)) for row in label_rows() if row.concept == "@topic")


@lru_cache(maxsize=4096)
def topics_of(text: str) -> frozenset[str]:
    """The topics (``@topic`` rows) whose wording ``text`` holds."""
    folded = fold(text)
    return frozenset(kind for kind, phrase in _topic_rows()  # (each tried where its words begin: ``first``)
                     if phrase.may_match(folded) and phrase.first(text, folded))


# a parenthesised unit or note in a label, with the spaces around it
_PARENTHESISED = re.compile(r"\s*\([^()]*\)\s*")


# DART's line-break entity, left as text in web copies of its forms ("배당가능이익&cr;범위 내 취득")
_LINE_BREAK_ENTITY = re.compile(r"&cr;", re.I)


def read_line_breaks(text: str) -> str:
    """``text`` with DART's line-break entity read as the break it stands for (a space).

    >>> read_line_breaks("가람증권&cr;(GARAM SECURITIES)")
    '가람증권 (GARAM SECURITIES)'
    """
    return _LINE_BREAK_ENTITY.sub(" ", text) if "&" in text else text


@lru_cache(maxsize=8192)
def label_key(label: str) -> str:
    """A label as its phrases are matched: no parenthesised unit, no colon, spaces squashed,
    no bar that closed its cell ("시작일 |": a form's table flattened one cell per line), a
    line-break entity a space.

    >>> label_key("시작일 |"), label_key("배당가능이익&cr;범위 내 취득(주) |")
    ('시작일', '배당가능이익 범위 내 취득')
    """
    key = _PARENTHESISED.sub(" ", _LINE_BREAK_ENTITY.sub(" ", label))
    return " ".join(key.replace("：", ":").split()).strip(" :-*|")


@dataclass(frozen=True)
class LabelMatch:
    row: LabelRow
    start: int  # the phrase's place in the label key
    end: int
    key: str
    name: str | None = None  # a name the phrase holds ("Information on NAME")


def match_label(label: str, topics: frozenset[str], section: frozenset[str] = frozenset(),
                head: frozenset[str] = frozenset()) -> LabelMatch | None:
    """The row naming ``label`` in a document of ``topics`` under headings of ``section``
    topics: an @exclude phrase wins wherever it stands; a concept's phrase wins over a column,
    class or range word; then the longest phrase, the topic listed first, file order.

    >>> match_label("Date and Time", frozenset({"board"}), frozenset({"meeting"})).row.concept
    'ShareholderMeetingDate'
    >>> match_label("Date and Time", frozenset({"board"}), head=frozenset({"board"})).row.concept
    'BoardResolutionDate'
    >>> match_label("Date and Time", frozenset({"board", "meeting"})) is None  # not in the title
    True
    """
    return match_key(label_key(label), topics, section, head)


@cache
def _phrase_rows() -> tuple[tuple[LabelRow, Gated], ...]:
    """The rows ``match_key`` tries (no @topic), each with the words its phrase needs: most
    labels hold the words of few rows, and ``in`` on a short key is cheaper than a search."""
    return tuple((row, Gated(row.pattern)) for row in label_rows() if row.concept != "@topic")


# a run of word characters (letters, digits, _)
_WORD_RUN = re.compile(r"\w+")


class FirstWords:
    """Which of some gated phrases a folded text passes the first gate of, told by the text's
    runs of word characters: a gate word made of word characters alone lies within one run of
    any text that holds it, so each distinct run ("shares", "capital", "배당금") is compared
    with the words once, and a text costs a lookup per run instead of an ``in`` per word."""

    def __init__(self, phrases: tuple[Gated, ...]) -> None:
        in_runs: dict[str, int] = {}
        elsewhere: dict[str, int] = {}  # words with another character: tried on the whole text
        for k, phrase in enumerate(phrases):
            for word in phrase.gates[0] if phrase.gates else ():
                words = in_runs if _WORD_RUN.fullmatch(word) else elsewhere
                words[word] = words.get(word, 0) | 1 << k
        self.in_runs = tuple(in_runs.items())
        self.by_pair: dict[str, list[tuple[str, int]]] = {}  # the words of two characters or more by their first two
        for word, holders in self.in_runs:
            if len(word) > 1:
                self.by_pair.setdefault(word[:2], []).append((word, holders))
        self.single = tuple((word, holders) for word, holders in self.in_runs if len(word) == 1)
        self.elsewhere = tuple(elsewhere.items())
        self.ungated = sum(1 << k for k, phrase in enumerate(phrases) if not phrase.gates)
        # the phrases each run holds a word of, remembered: runs repeat across a document's labels
        self._of_run = lru_cache(maxsize=16384)(self._read_run)

    def bits(self, folded: str) -> int:
        """The phrases (bits by their place) whose first gate ``folded`` passes."""
        bits = self.ungated
        for word, phrases in self.elsewhere:
            if word in folded:
                bits |= phrases
        for run in _WORD_RUN.findall(folded):
            bits |= self._of_run(run)
        return bits

    def bits_within(self, folded: str) -> int:
        """The phrases whose first gate any text made of ``folded``'s pieces may pass (its runs
        cut short or dropped, its other characters changed): those of its runs' words, and those
        of the words tried on the whole text, which such a text may come to hold."""
        bits = self.ungated
        for _, phrases in self.elsewhere:
            bits |= phrases
        for run in _WORD_RUN.findall(folded):
            bits |= self._of_run(run)
        return bits

    def _read_run(self, run: str) -> int:
        """The phrases a word of which ``run`` holds: at each place, only the words that begin
        with its two characters are tried (a word of one character, anywhere)."""
        found = 0
        for word, phrases in self.single:
            if word in run:
                found |= phrases
        by_pair = self.by_pair
        for i in range(len(run) - 1):
            for word, phrases in by_pair.get(run[i:i + 2], ()):
                if run.startswith(word, i):
                    found |= phrases
        return found

    def passing(self, folded: str) -> list[int]:
        """The places, in order, of the phrases whose first gate ``folded`` passes."""
        bits, out = self.bits(folded), []
        while bits:  # the set bits, lowest (first) first
            low = bits & -bits
            out.append(low.bit_length() - 1)
            bits ^= low
        return out


@cache
def _first_words() -> FirstWords:
    """The rows' most selective gates, indexed by the word runs that hold their words: a key
    holding none of a row's words is not searched for it."""
    return FirstWords(tuple(phrase for _, phrase in _phrase_rows()))


@cache
def _naming_rows(roles: tuple[str, ...]) -> int:
    """The rows (bits) ``concept_row`` answers with: a concept's, or one of ``roles``."""
    return sum(1 << k for k, (row, _) in enumerate(_phrase_rows())
               if not row.concept.startswith("@") or row.concept in roles)


def may_be_concept(text: str, roles: tuple[str, ...] = ()) -> bool:
    """Whether a label of ``text``'s words (its first words, a parenthesised note dropped) may
    be one ``concept_row`` finds: the key of such a label holds no run of word characters
    that is not within one of ``text``'s, so a row whose words are in none of ``text``'s runs
    is no candidate for it. False spares reading each way of cutting ``text`` into a label."""
    return bool(_first_words().bits_within(fold(text)) & _naming_rows(roles))


@cache
def _name_rows() -> int:
    """The rows (bits) ``may_name`` asks: those whose value is a name."""
    return sum(1 << k for k, (row, _) in enumerate(_phrase_rows()) if row.kind == "name")


def may_be_concept_or_name(text: str, roles: tuple[str, ...] = ()) -> tuple[bool, bool]:
    """``may_be_concept(text, roles)``, and whether ``may_name`` may hold for a label of
    ``text``'s words (its rows are of the rows ``FirstWords`` indexes: a row of kind name is no
    @topic row): both told by the one reading of ``text``'s runs."""
    bits = _first_words().bits_within(fold(text))
    return bool(bits & _naming_rows(roles)), bool(bits & _name_rows())


def _candidate_rows(folded: str) -> list[tuple[LabelRow, Gated]]:
    """The rows, in file order, whose most selective gate ``folded`` passes."""
    rows = _phrase_rows()
    return [rows[k] for k in _first_words().passing(folded)]


@lru_cache(maxsize=4096)
def match_key(key: str, topics: frozenset[str], section: frozenset[str],
              head: frozenset[str] = frozenset()) -> LabelMatch | None:
    if not key or len(key) > 120:
        return None
    best, best_rank = None, None
    folded = fold(key)
    scopes = {"section": section, "head": section | head}
    document_scope = topics | section
    for row, phrase in _candidate_rows(folded):
        if not phrase.may_match(folded) or not _applies(row, scopes.get(row.scope, document_scope)):
            continue
        m = row.pattern.search(key)
        if m is None:
            continue
        if row.concept == "@exclude":
            return LabelMatch(row, m.start(), m.end(), key)
        qualifier = row.kind in ("column", "class", "range")  # these only qualify a phrase, if there is one
        rank = (qualifier, -(m.end() - m.start()), min((topic_rank().get(t, -1) for t in row.topics), default=-1),
                row.order)
        if best_rank is None or rank < best_rank:
            name = m.groupdict().get("name")
            best, best_rank = LabelMatch(row, m.start(), m.end(), key, name), rank
    return best


def _applies(row: LabelRow, scope: frozenset[str]) -> bool:
    """Whether ``row`` serves under ``scope``, the topics of the place its scope names."""
    return "*" in row.topics or not row.topics.isdisjoint(scope)


@cache
def _rows_of_concepts(concepts: tuple[str, ...]) -> tuple[tuple[LabelRow, Gated], ...]:
    """The rows of ``concepts``, in file order, each with the words its phrase needs."""
    return tuple((row, Gated(row.pattern)) for row in label_rows() if row.concept in concepts)


def role_of(text: str, roles: tuple[str, ...]) -> str:
    """The role (without its @) of the first of ``roles`` whose phrase ``text`` holds."""
    folded = fold(text)
    for row, phrase in _rows_of_concepts(roles):
        if phrase.may_match(folded) and phrase.first(text, folded):
            return row.concept[1:]
    return ""


def leading_class(text: str) -> tuple[str, int]:
    """The share class (``common``, ``preferred``) a value's cell opens with, and where its words
    end: a form flattened onto one line prints the class between the label and the figure
    ("Dividend per Share(KRW) Common Shares 800"), as other layouts print it in a cell of its own.
    ``("", 0)`` where the cell opens otherwise.

    >>> leading_class("Common Shares 800"), leading_class("보통주식 300"), leading_class("800")
    (('common', 13), ('common', 4), ('', 0))
    """
    stripped = len(text) - len(text.lstrip(" |"))
    for row, _ in _rows_of_concepts(("@common", "@preferred")):
        m = row.pattern.match(text, stripped)
        if m is not None:
            return row.concept[1:], m.end()
    return "", 0


@cache
def uncertain_pattern() -> re.Pattern[str]:
    return next(r.pattern for r in label_rows() if r.concept == "@uncertain")


@cache
def _uncertain() -> Gated:
    return Gated(uncertain_pattern())


def says_uncertain(text: str) -> bool:
    """Whether ``text`` says its value is not decided yet ("to be determined", "미정"): the
    ``@uncertain`` phrase searched only in a text that holds one of its words."""
    folded = fold(text)
    return _uncertain().may_match(folded) and _uncertain().first(text, folded) is not None


@cache
def _every_topic() -> tuple[frozenset[str], frozenset[str]]:
    """Every topic, and every topic with a counterparty's: built once, not at each label asked."""
    return frozenset(topic_rank()), frozenset(topic_rank()) | {"counterparty"}


def concept_row(label: str, roles: tuple[str, ...] = ()) -> LabelRow | None:
    """A concept row (or one of ``roles``) whose phrase is the whole of ``label``, in any topic."""
    m = match_key(label_key(label), *_every_topic())
    if m and (not m.row.concept.startswith("@") or m.row.concept in roles) and m.start == 0 and m.end >= len(m.key) - 1:
        return m.row
    return None


def may_name(label: str) -> bool:
    """Whether a phrase of a name's row (``kind`` name) is in ``label``: without one, no row
    that takes a value in words can be the row ``concept_row`` finds for it."""
    key = label_key(label)
    folded = fold(key)
    return any(phrase.may_match(folded) and row.pattern.search(key) for row, phrase in _rows_of_kinds(("name",)))


def qualifier_role(text: str) -> str:
    """The column, class or range word a short cell wholly is ("Common Shares", "Other Shares",
    "Start Date", "Before"), else "": a fixed-width form prints it between a label and its value.

    >>> [qualifier_role(t) for t in ("Common Shares", "End Date", "Total", "Purchase on the Market")]
    ['common', 'to', 'total', '']
    """
    key = label_key(text)
    if not key or len(key.split()) > 4:
        return ""
    return _whole_role(key, ("column", "class", "range"))


@cache
def _rows_of_kinds(kinds: tuple[str, ...]) -> tuple[tuple[LabelRow, Gated], ...]:
    return tuple((row, Gated(row.pattern)) for row in label_rows() if row.kind in kinds)


def _whole_role(key: str, kinds: tuple[str, ...]) -> str:
    """The role of the first row of ``kinds`` whose phrase, searched in ``key``, is all of it."""
    folded = fold(key)
    for row, phrase in _rows_of_kinds(kinds):
        if phrase.may_match(folded):
            m = row.pattern.search(key)
            if m and m.start() == 0 and m.end() == len(key):
                return row.concept[1:]
    return ""


def names_a_company(text: str) -> bool:
    """Whether ``text`` heads another company's items ("Financial information of the company to
    be acquired", "Details of the company to be newly established")."""
    key = label_key(text)
    folded = fold(key)
    return any(phrase.may_match(folded) and row.pattern.search(key)
               for row, phrase in _rows_of_concepts(("@counterparty", "@new_company")))


@lru_cache(maxsize=4096)  # asked twice of a heading row's cells, and of each cell a table's label may take
def column_role(text: str) -> str:
    """The column a heading cell names ("Before", "After Amendment", "감자후"), else ""."""
    key = label_key(text)
    if len(key.split()) > 4:
        return ""
    return _whole_role(key, ("column",))




# -- whether a document may name a figure at all ----------------------------------------------------

# a run of word characters of a gate word: each lies within one run of any text that holds the word
_RUN = re.compile(r"\w+")

_Alternatives = tuple[tuple[tuple[tuple[str, ...], ...], ...], ...]  # alternatives > gates > words > runs


def _alternatives(row: LabelRow) -> _Alternatives:
    """The gates of each top-level alternative of ``row``'s phrase, each gate word as its runs of
    word characters (a word's other characters may be read otherwise in a text made of pieces)."""
    pattern = row.pattern
    parts = [pattern.pattern] if pattern.flags & re.VERBOSE else top_level_alternatives(pattern.pattern)
    return tuple(tuple(tuple(tuple(_RUN.findall(word)) for word in gate)
                       for gate in literal_gates(re.compile(part, pattern.flags))) for part in parts)


@cache
def _figure_rows() -> tuple[dict[str, _Alternatives], tuple[_Alternatives, ...],
                            tuple[tuple[frozenset[str], _Alternatives], ...]]:
    """The @topic rows' gates by topic, the @counterparty rows' gates, the concept rows (topics, gates)."""
    rows = label_rows()
    return ({r.kind: _alternatives(r) for r in rows if r.concept == "@topic"},
            tuple(_alternatives(r) for r in rows if r.concept == "@counterparty"),
            tuple((r.topics, _alternatives(r)) for r in rows if not r.concept.startswith("@")))


class _Holds:
    """Whether a folded document holds each run asked for, each looked for once."""

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self.known: dict[str, bool] = {}

    def passes(self, alternatives: _Alternatives) -> bool:
        """Whether some alternative's every gate has a word all of whose runs the text holds."""
        for alternative in alternatives:  # (plain loops: generators cost more than the tests)
            for gate in alternative:
                for runs in gate:
                    if self._holds_all(runs):
                        break  # a word of the gate is held
                else:
                    break  # no word of the gate is: the alternative cannot match
            else:
                return True
        return False

    def _holds_all(self, runs: tuple[str, ...]) -> bool:
        known = self.known
        for run in runs:
            held = known.get(run)
            if held is None:
                held = known[run] = run in self.folded
            if not held:
                return False
        return True


@cache
def _role_rows(roles: tuple[str, ...]) -> tuple[tuple[frozenset[str], _Alternatives], ...]:
    """The rows of ``roles`` (topics, gates): roles whose values are reported unmapped."""
    return tuple((r.topics, _alternatives(r)) for r in label_rows()
                 if all(c in roles for c in r.concept.split(",")))


def may_name_a_figure(folded: str, roles: tuple[str, ...] = ()) -> bool:
    """Whether a document (``fold``-ed whole) may hold a label that ``match_label`` names a
    concept by (a ``@``-less row), or a merger heading: False means ``read_items`` finds no value
    of a concept and no merger topic in it.

    Every text the labels and topics are matched in (a label, its key, a heading's first 300
    characters, the head's cells joined by line breaks) is made of the document's characters cut,
    joined by a space or a line break, or with a part in brackets dropped: its runs of word
    characters lie within the document's, and a gate word's characters (ASCII or uncased:
    ``literal_gates``) fold alike there. A phrase matches such a text only if each gate of one of
    its alternatives has a word all of whose runs the document holds. A concept row serves only
    under a topic (a @topic phrase, or 'counterparty' from a @counterparty heading) unless it
    serves in every one ('*'). The rows of ``roles`` count as concept rows (roles a reader reports
    unmapped: a figure the taxonomy has no concept for is still read).
    """
    topics, counterparty, concepts = _figure_rows()
    if roles:
        concepts = concepts + _role_rows(roles)
    holds = _Holds(folded)
    if holds.passes(topics["merger"]):
        return True
    found: dict[str, bool] = {}  # each topic asked of the text once, and only when a row needs it

    def has_topic(topic: str) -> bool:
        if topic not in found:
            gates = counterparty if topic == "counterparty" else (topics[topic],) if topic in topics else ()
            found[topic] = any(holds.passes(g) for g in gates)
        return found[topic]

    return any(holds.passes(gates) and ("*" in served or any(has_topic(t) for t in served))
               for served, gates in concepts)
