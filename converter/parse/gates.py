"""Cheap substring gates before costly regexes.

Most patterns of the extractors need some literal word ("quarter", "ended", "분기"): a text
that lacks every spelling of it cannot match, and ``word in text`` is far cheaper than a regex
scan that tries an alternation at every position. ``literal_gates`` reads the words a pattern
needs from the pattern itself (so the gates never drift from the patterns), and ``Gated`` runs
the regex only when every gate passes. Gates are necessary conditions only: a text that passes
is searched exactly as before, so results never change.

Texts are compared case-folded (``fold``), with the four characters that Python's
``re.IGNORECASE`` equates with ASCII letters although ``str.lower`` does not, mapped to them.

>>> g = Gated(re.compile(r"(?:previous|prior)\\s+quarter|q-?o-?q", re.I))
>>> [sorted(gate) for gate in g.gates]
[['q-o-q', 'q-oq', 'qo-q', 'qoq', 'quarter']]
>>> g.may_match(fold("up 3% over the PRIOR quarter")), g.may_match(fold("up 3% a year ago"))
(True, False)
>>> literal_gates(re.compile(r"(?:19|20)\\d\\d\\s*년\\s*(?:연간|한\\s*해)"))
(('19', '20'), ('년',), ('연간', '한'))
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from converter.parse import gate_table
from converter.parse.match_starts import LineOpenings, StemStarts, leading_stems, matches_from
from converter.parse.pattern_tree import REPEATS, ZERO_WIDTH, folded_literal, read_tree

_MAX_SPELLINGS = 64  # an alternation with more spellings than this is not worth a gate

Node = tuple[frozenset[str] | None, list[frozenset[str]]]  # exact spellings, required any-of sets


def fold(text: str) -> str:
    """``text`` lower-cased so that a literal that ``re.IGNORECASE`` finds is found by ``in``
    (U+0130 and U+0131 stand for i, U+017F long s for s; the Kelvin sign lowers to k)."""
    if text.isascii():
        return text.lower()
    return text.replace("\u0130", "i").lower().replace("\u0131", "i").replace("\u017f", "s")


@lru_cache(maxsize=8)
def folded_text(text: str) -> str:
    """``fold(text)`` of a whole document, folded once however many readers ask (the readers'
    evidence, the phrase finders, the fiscal calendar: each once per document)."""
    return fold(text)


def folded_piece(text: str, start: int, end: int) -> str:
    """``fold(text[start:end])``, cut from the document's fold (``folded_text``, made once for
    all its readers) where each character of ``text`` folds alone to one character: then the
    fold's piece is the piece's fold. So does every ASCII text (its fold is ``str.lower``), and
    every other whose fold is as long and that holds no Greek capital sigma, the one character
    ``str.lower`` reads by what surrounds it (``_folds_alone``: a Korean or Japanese document's
    heads are cut, not folded again each). Another text's piece is folded itself. The heads and
    windows readers gate their patterns on are pieces so.

    >>> folded_piece("FORM 6-K Report", 0, 8), folded_piece("ΟΔΟΣΑ", 0, 4), "ΟΔΟΣΑ".lower()[:4]
    ('form 6-k', 'οδος', 'οδοσ')
    >>> folded_piece("İSTANBUL 본사", 0, 8)
    'istanbul'
    """
    if folds_alone(text):
        return folded_text(text)[start:end]
    return fold(text[start:end])


def folds_alone(text: str) -> bool:
    """Whether each character of ``text`` folds to one character, whatever surrounds it, so that
    any piece of its fold is the fold of the same piece: an ASCII text, or one whose fold is as
    long (none of its characters lowers to two once ``fold`` has replaced the dotted capital I)
    and that holds no Greek capital sigma (the one character lowered by its neighbours, to a
    final sigma at a word's end)."""
    return text.isascii() or _folds_alone(text)


@lru_cache(maxsize=8)  # the documents being converted, whose heads and windows are cut often
def _folds_alone(text: str) -> bool:
    return len(folded_text(text)) == len(text) and "\u03a3" not in text


def _sequence(items: object) -> Node:
    run: set[str] = {""}
    gates: list[frozenset[str]] = []
    broken = False

    def flush() -> None:
        if "" not in run:
            gates.append(frozenset(run))

    for item in items:  # type: ignore[attr-defined]
        exact, required = _node(item)
        gates += required
        if exact is not None and len(run) * len(exact) <= _MAX_SPELLINGS:
            run = {a + b for a in run for b in exact}
            continue
        flush()
        broken = True
        run = set(exact) if exact is not None else {""}
    if not broken:
        return frozenset(run), gates
    flush()
    return None, gates


def _branch(branches: list[object]) -> Node:
    nodes = [_sequence(b) for b in branches]
    if all(exact is not None for exact, _ in nodes):
        spellings = frozenset().union(*(exact for exact, _ in nodes))  # type: ignore[misc]
        if len(spellings) <= _MAX_SPELLINGS:
            return spellings, []
    any_of: set[str] = set()
    for exact, required in nodes:
        options = [frozenset(exact)] if exact is not None and "" not in exact else []
        options += required
        if not options:
            return None, []  # a branch that needs no literal: the alternation needs none
        any_of |= max(options, key=lambda s: (min(map(len, s)), -len(s)))
    return None, [frozenset(any_of)] if len(any_of) <= _MAX_SPELLINGS else []


def _node(item: tuple[object, object]) -> Node:
    op, arg = item
    name = str(op)
    if name == "LITERAL":
        char = folded_literal(arg)  # type: ignore[arg-type]
        return (frozenset({char}) if char is not None else None), []
    if name in ZERO_WIDTH:
        return frozenset({""}), []
    if name == "SUBPATTERN":
        return _sequence(arg[-1])  # type: ignore[index]
    if name == "BRANCH":
        return _branch(arg[1])  # type: ignore[index]
    if name in REPEATS:
        low, high, body = arg  # type: ignore[misc]
        exact, required = _sequence(body)
        if low == 0:
            optional = exact is not None and high == 1
            return (frozenset({""}) | exact if optional else None), []  # type: ignore[operator]
        return (exact if low == high == 1 else None), required
    return None, []


def literal_gates(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """Sets of folded words such that every match of ``pattern`` holds a word of each set
    (the most selective sets first, each set's longest words first): from the committed table
    of what the analysis learnt (``converter.parse.gate_table``), else from the pattern's tree."""
    known = gate_table.known(pattern)
    return known.gates if known is not None else read_literal_gates(pattern)


def read_literal_gates(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """``literal_gates`` read from ``pattern``'s parse tree."""
    found = read_tree(pattern, _sequence)
    if found is None:
        return ()  # (an unreadable pattern simply gets no gate)
    exact, gates = found
    if exact is not None and "" not in exact:
        gates = [exact, *gates]
    useful = {g for g in gates if g and "" not in g}
    chosen = sorted(useful, key=lambda g: (-min(map(len, g)), sorted(g)))[:4]
    return tuple(tuple(sorted(_without_longer(g), key=lambda w: (-len(w), w))) for g in chosen)


def _without_longer(words: frozenset[str]) -> set[str]:
    """The words that hold no other word of the set: a text holding "september" holds "sep",
    so testing "sep" alone answers for both (fewer tests where none is present)."""
    return {w for w in words if not any(other != w and other in w for other in words)}


@lru_cache(maxsize=None)  # one per set of stems: patterns that open alike share their pass
def _stem_starts(stems: tuple[str, ...]) -> StemStarts:
    return StemStarts(stems)


@dataclass(frozen=True)
class Gated:
    """A compiled pattern with its gates: ``finditer`` on a text that fails a gate is empty; on
    another, the pattern is tried only where the words that open its matches begin (see
    ``converter.parse.match_starts``), when it opens with such words."""

    pattern: re.Pattern[str]
    gates: tuple[tuple[str, ...], ...] = field(default=())
    starts: StemStarts | None = field(default=None)

    def __init__(self, pattern: re.Pattern[str]) -> None:
        object.__setattr__(self, "pattern", pattern)
        object.__setattr__(self, "gates", literal_gates(pattern))
        stems = leading_stems(pattern)
        object.__setattr__(self, "starts", _stem_starts(stems) if stems else None)

    def may_match(self, folded: str) -> bool:
        # holds_gates(self.gates, folded), its loop written out: this runs for every pattern on
        # every text (350 times a document), and a second call would cost as much as the loop
        for gate in self.gates:
            for word in gate:
                if word in folded:
                    break
            else:
                return False
        return True

    def finditer(self, text: str, folded: str) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``, skipped when ``folded`` (``fold(text)``) fails a gate."""
        if not self.may_match(folded):
            return iter(())
        return self.search(text, folded)

    def search(self, text: str, folded: str) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)`` (the gates already passed)."""
        if self.starts is None or len(folded) != len(text):  # (a text whose folding changed its length)
            return self.pattern.finditer(text)
        return matches_from(self.pattern, text, self.starts.positions(folded))

    def search_within(self, text: str, folded: str, pos: int, end: int) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, pos, end)`` (no gate is tested): a stretch of a long text,
        tried where the opening words begin, their positions in the whole found once.

        >>> g = Gated(re.compile(r"\\bstock\\s+exchanges?", re.I))
        >>> text = "Stock Exchange: Tokyo; stock exchanges: Osaka"
        >>> [m.span() for m in g.search_within(text, fold(text), 1, len(text))]
        [(23, 38)]
        """
        if self.starts is None or len(folded) != len(text):
            return self.pattern.finditer(text, pos, end)
        positions = self.starts.positions(folded)
        window = positions[bisect_left(positions, pos):bisect_left(positions, end)]
        return matches_from(self.pattern, text, window, end)

    def first(self, text: str, folded: str, pos: int = 0, end: int | None = None) -> re.Match[str] | None:
        """``pattern.search(text, pos, end)``, tried only where the opening words begin (no gate
        is tested: a search of a stretch of a long text, asked again and again, finds the
        positions of the whole once, and a word missing from it is looked for once).

        >>> g = Gated(re.compile(r"(?:above\\s+written|set\\s+forth\\s+above)", re.I))
        >>> text = "as of the date set forth above; as of the date first above written"
        >>> [g.first(text, fold(text), p, e).span() for p, e in ((0, None), (16, None), (46, 66))]
        [(15, 30), (53, 66), (53, 66)]
        >>> g.first(text, fold(text), 46, 65) is None  # the words must end by ``end``
        True
        """
        end = len(text) if end is None else end
        if self.starts is None or len(folded) != len(text):
            return self.pattern.search(text, pos, end)
        positions = self.starts.positions(folded)
        match = self.pattern.match
        for i in range(bisect_left(positions, pos), len(positions)):
            at = positions[i]
            if at >= end:  # (a pattern with opening words never matches the empty string)
                return None
            m = match(text, at, end)
            if m is not None:
                return m
        return None


def holds_gates(gates: tuple[tuple[str, ...], ...], folded: str) -> bool:
    """Whether ``folded`` holds a word of each gate: ``Gated.may_match`` of some of a pattern's
    gates (those left when its first is known passed)."""
    for gate in gates:
        for word in gate:
            if word in folded:
                break
        else:
            return False
    return True


class GatedSet:
    """Many gated patterns tried on one text: which pass their gates, found by testing each word
    of their first gates once (a short text holds few of them) instead of each pattern in turn.
    Built ``within`` a whole text, it leaves out the words that text lacks: a stretch of it
    cannot hold them, and its stretches are asked for fewer words.

    >>> table = GatedSet([Gated(re.compile(p, re.I)) for p in (r"first\\s+half", r"third\\s+quarter", r"half")])
    >>> table.passing(fold("In the first half")), table.passing(fold("a quarter"))
    ([0, 2], [])
    >>> GatedSet(table.gated, within=fold("the third quarter")).passing(fold("the first half"))
    []
    >>> table.any_passing(fold("second half")), table.any_passing(fold("a quarter"))
    (True, False)
    """

    def __init__(self, gated: list[Gated] | tuple[Gated, ...], within: str | None = None) -> None:
        self.gated = tuple(gated)
        by_word: dict[str, list[tuple[int, tuple[tuple[str, ...], ...]]]] = {}
        always: list[int] = []
        for i, one in enumerate(self.gated):
            if not one.gates:
                always.append(i)
            for word in one.gates[0] if one.gates else ():
                if within is None or word in within:
                    by_word.setdefault(word, []).append((i, one.gates[1:]))
        # each word of a first gate with the patterns it chooses and their later gates: a text
        # holding the word has passed that first gate, so only the later ones are asked
        self.first_words = tuple((word, tuple(chosen)) for word, chosen in by_word.items())
        # an ASCII text (most sentences) holds none of the other words: it is not asked for them;
        # a text in another script is asked for them by their first character (a Korean sentence
        # holds no kanji word's, and many words share one: 매출, 매출액, 매출원가)
        self.ascii_first_words = tuple(entry for entry in self.first_words if entry[0].isascii())
        by_first: dict[str, list[tuple[str, tuple]]] = {}
        for entry in self.first_words:
            if not entry[0].isascii():
                by_first.setdefault(entry[0][0], []).append(entry)
        self.other_first_words = tuple((first, tuple(entries)) for first, entries in by_first.items())
        self.always = tuple(always)
        # each word with whether a pattern it chooses has no later gate (``any_passing``)
        self.first_words_alone = tuple((word, any(not later for _, later in chosen), chosen)
                                       for word, chosen in self.first_words)
        self.ascii_first_words_alone = tuple(entry for entry in self.first_words_alone if entry[0].isascii())
        # each pattern's gates, those of fewest words first: the cheapest to find wanting
        self.cheapest_first = tuple(tuple(sorted(one.gates, key=len)) for one in self.gated)

    def _first_words_held(self, folded: str) -> list[tuple[str, tuple]]:
        held = [entry for entry in self.ascii_first_words if entry[0] in folded]
        if not folded.isascii():
            for first, entries in self.other_first_words:
                if first in folded:
                    held += [entry for entry in entries if entry[0] in folded]
        return held

    def passing(self, folded: str) -> list[int]:
        """The indices, in order, of the patterns whose every gate ``folded`` passes."""
        found = set(self.always)
        for _, chosen in self._first_words_held(folded):
            for i, later in chosen:
                if i not in found and holds_gates(later, folded):
                    found.add(i)
        return sorted(found)

    def any_passing(self, folded: str) -> bool:
        """Whether some pattern passes every gate (``passing`` would answer one): the words are
        looked for only until one whose pattern passes is found (a word that alone chooses a
        pattern of one gate answers at once), not all first."""
        if self.always:
            return True
        for word, alone, chosen in self.ascii_first_words_alone if folded.isascii() else self.first_words_alone:
            if word in folded and (alone or any(holds_gates(later, folded) for _, later in chosen)):
                return True
        return False

    def passing_lazily(self, folded: str) -> list[int]:
        """What ``passing`` answers, each word looked for at most once and only while it can
        still decide something: a pattern's gate stops at its first word found, its gates of
        fewest words are tried first, and a word another pattern looked for is not looked for
        again. A text that holds a month's name is searched for one or two of them, not for all
        twelve (on a long text each ``in`` costs).

        >>> table = GatedSet([Gated(re.compile(p, re.I)) for p in (r"first\\s+half", r"third\\s+quarter", r"half")])
        >>> table.passing_lazily(fold("In the first half")), table.passing_lazily(fold("a quarter"))
        ([0, 2], [])
        """
        known: dict[str, bool] = {}
        found = []
        for i, gates in enumerate(self.cheapest_first):
            for gate in gates:  # (a pattern without gates passes)
                for word in gate:
                    held = known.get(word)
                    if held is None:
                        held = known[word] = word in folded
                    if held:
                        break
                else:
                    break  # a gate none of whose words the text holds
            else:
                found.append(i)
        return found


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")  # a leading (?m): it applies to every alternative
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")  # \1 or (?P=name)


def top_level_alternatives(source: str) -> list[str]:
    """The alternatives of ``source``'s outermost ``|``, each with the pattern's leading global
    flags (one alternative when there is no outer ``|``).

    >>> top_level_alternatives(r"(?m)a|b(?:c|d)|[|x]|\\||[]|]|[^]|]")
    ['(?m)a', '(?m)b(?:c|d)', '(?m)[|x]', '(?m)\\\\|', '(?m)[]|]', '(?m)[^]|]']
    """
    flags = _GLOBAL_FLAGS.match(source)
    prefix = flags.group() if flags else ""
    if _BACKREFERENCE.search(source) or "x" in prefix:
        return [source]  # split up, alternatives would number their groups anew; comments may hold a |
    body, depth, start, i = source[len(prefix):], 0, 0, 0
    class_first = -1  # where the open character class's first member is (-1: none is open)
    parts: list[str] = []
    while i < len(body):
        char = body[i]
        if char == "\\":
            i += 2
            continue
        if class_first >= 0:
            if char == "]" and i != class_first:  # a ] first in a class is a literal
                class_first = -1
        elif char == "[":
            class_first = i + 2 if body[i + 1 : i + 2] == "^" else i + 1
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
        i += 1
    parts.append(body[start:])
    return [prefix + part for part in parts]


@dataclass(frozen=True)
class GatedAlternatives:
    """A pattern ``A|B|C`` that is only asked whether it matches, tried as its alternatives,
    each behind its own gates. A text has a match of the whole exactly when it has a match of
    one alternative; and the gates of one alternative (its own words) refuse far more texts than
    those of the whole (any word of any alternative), so a long list of evidence phrases costs a
    few ``in`` tests instead of an alternation tried at every position of the text."""

    pattern: re.Pattern[str]
    alternatives: tuple[Gated, ...]
    # each alternative's line starts to try, when it is anchored at a line's start (``^``)
    line_openings: tuple[LineOpenings | None, ...]

    def __init__(self, pattern: re.Pattern[str]) -> None:
        object.__setattr__(self, "pattern", pattern)
        verbose = pattern.flags & re.VERBOSE  # its comments may hold a | or a bracket
        parts = [pattern.pattern] if verbose else top_level_alternatives(pattern.pattern)
        alternatives = tuple(Gated(re.compile(p, pattern.flags)) for p in parts)
        object.__setattr__(self, "alternatives", alternatives)
        object.__setattr__(self, "line_openings", tuple(
            LineOpenings.of(a.pattern) if a.starts is None else None for a in alternatives))

    def found_in(self, text: str, folded: str, end: int) -> bool:
        """Whether ``pattern.search(text, 0, end)`` finds a match; ``folded`` is
        ``fold(text[:end])``. An alternative that opens with known words is tried only where they
        begin (``match`` with the same end reads the text as ``search`` does)."""
        for alternative, line_openings in zip(self.alternatives, self.line_openings):
            if not alternative.may_match(folded):  # most alternatives stop here
                continue
            if len(folded) != min(end, len(text)):  # (folding changed the length: no positions)
                starts = None
            elif alternative.starts is not None:
                starts = alternative.starts.positions(folded)
            elif line_openings is not None:  # (``re`` would try ``^`` at every position)
                starts = line_openings.candidates(text, folded)
            else:
                starts = None
            if starts is None:
                if alternative.pattern.search(text, 0, end):
                    return True
                continue
            match = alternative.pattern.match
            if any(match(text, start, end) for start in starts):
                return True
        return False
