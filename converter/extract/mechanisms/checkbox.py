"""Which option of a cover-page check box is marked.

Covers write a box row as labels with marks and empty boxes around them, in every arrangement
typists and converters produced: a mark after its label (``Form 20-F   X   Form 40-F``,
``Yes ___ No _X_``, ``Yes ..... No ..X...``), a box before it (``[X] Yes  [ ] No``), labels and
boxes flattened into ``|`` cells or onto one line with the whole cover, stacked one a line, or a
mark typed on the line under a rule below its label. A row is read as tokens (the labels, marks,
empty boxes and separators); any other word ends it. Which side of its label a box stands on is
the row's own convention: before the labels when the row opens with a box, after them otherwise.

>>> import re
>>> labels = [re.compile(r"form\\s+20-F", re.I), re.compile(r"form\\s+40-F", re.I)]
>>> text = "Form 20-F | [x] | Form 40-F | [ ] |"
>>> checked_in(text, 0, len(text), labels).index
0
>>> text = "[ ] Form 20-F   [X] Form 40-F"
>>> checked_in(text, 0, len(text), labels).index
1
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from converter.extract.mechanisms.lines import Line
from converter.last_text import LastTextMemory
from converter.parse.gates import Gated, fold
from converter.parse.match_starts import matches_from
from converter.parse.pattern_tree import REPEATS, UNBOUNDED, ZERO_WIDTH, read_tree
from converter.resources import data_rows


@dataclass(frozen=True)
class CheckedOption:
    index: int  # which label is checked
    start: int  # clean-text offsets of the mark
    end: int


class _Token(NamedTuple):  # (a tuple: a row reads a token at every few characters of a cover)
    kind: str  # label, checked, empty, sep, other (another question's label), word
    start: int
    end: int
    index: int = -1  # the label's index


@cache
def _mark_patterns() -> dict[str, re.Pattern[str]]:
    rows: dict[str, list[str]] = {}
    for kind, regex in data_rows("check_marks.tsv"):
        rows.setdefault(kind, []).append(f"(?:{regex})")
    # labels are words, written in any case; marks are told apart by case ('X' and 'x' both
    # listed, 'o' is an empty box and 'O' a letter)
    return {kind: re.compile("|".join(regexes), re.IGNORECASE if kind == "label" else 0)
            for kind, regexes in rows.items()}


def mark_patterns() -> dict[str, re.Pattern[str]]:
    """``checked`` / ``unchecked``: what a marked and an empty box look like anywhere;
    ``row_checked`` / ``row_unchecked``: what counts as one only inside a row of boxes (a bare
    ``V``, an ``o``, a lone dash); ``label``: the labels of every cover box question
    (check_marks.tsv)."""
    return _mark_patterns()


@cache
def mark_reach(kind: str = "checked") -> int | None:
    """The most characters other than white space that a mark of ``kind`` holds (3 for
    ``[ x ]``), read from its pattern; None where no bound is known. A search for a mark
    just before something can then start a few characters back, not at every position.

    >>> mark_reach("checked"), mark_reach("unchecked")  # '[ x ]', and '[ ___ ]': any length
    (3, None)
    """
    return pattern_reach(_mark_patterns()[kind])


def pattern_reach(pattern: re.Pattern[str], free: str = "") -> int | None:
    r"""The most characters a match of ``pattern`` holds other than white space and the
    characters of ``free`` (read from the pattern); None where no bound is known.

    >>> pattern_reach(re.compile(r"\[\s*x\s*\]")), pattern_reach(re.compile(r"a[\s,]+b"), ","), pattern_reach(re.compile(r"a+"))
    (3, 2, None)
    """
    return read_tree(pattern, lambda items: _width(items, free))  # (unreadable: no bound, searched as before)


def _width(items: object, free: str) -> int | None:
    """The most characters other than white space and ``free`` a parsed sequence matches."""
    total = 0
    for op, arg in items:  # type: ignore[attr-defined]
        name = str(op)
        if name in ZERO_WIDTH:
            continue  # reads without consuming
        if name == "LITERAL":
            width: int | None = 0 if _free(chr(arg), free) else 1
        elif name == "IN":
            width = 0 if all(_spacing(item, free) for item in arg) else 1
        elif name == "ANY":
            width = 1
        elif name == "SUBPATTERN":
            width = _width(arg[-1], free)
        elif name == "BRANCH":
            widths = [_width(branch, free) for branch in arg[1]]
            width = None if None in widths else max(widths)  # type: ignore[type-var]
        elif name in REPEATS:
            _low, high, body = arg
            inner = _width(body, free)
            width = inner if inner == 0 else None if inner is None or high == UNBOUNDED else high * inner
        else:
            return None
        if width is None:
            return None
        total += width
    return total


def _free(char: str, free: str) -> bool:
    return char.isspace() or char in free


def _spacing(item: tuple, free: str) -> bool:
    r"""An item of a character set that matches only white space or ``free`` (``\s``, a tab)."""
    op, arg = item
    return (str(op) == "CATEGORY" and str(arg) in ("CATEGORY_SPACE", "CATEGORY_UNI_SPACE")) or (
        str(op) == "LITERAL" and _free(chr(arg), free))


_SEPARATOR = re.compile(r"[\s|:.\u2026\u00a0]+")
_BLANK = re.compile(r"_+|-+|=+")
_WORD = re.compile(r"[^\s|]+")
_LOOKBACK = 40  # a box before the first label stands this close to it
_NEWLINE = "\n"


@cache
def _token_kinds() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """What a token other than a label may be, in the order tried."""
    marks = _mark_patterns()
    return (("sep", _SEPARATOR), ("checked", marks["checked"]), ("checked", marks["row_checked"]),
            ("empty", marks["unchecked"]), ("empty", marks["row_unchecked"]), ("empty", _BLANK),
            ("other", marks["label"]))


def _token(text: str, pos: int, end: int, labels: list[re.Pattern[str]]) -> _Token:
    return _token_reader(tuple(labels))(text, pos, end)


@cache
def _token_reader(labels: tuple[re.Pattern[str], ...]) -> Callable[[str, int, int], _Token]:
    """``_token`` for one set of labels: a row reads a token at every few characters, so its
    reader (the one-match tokenizer, else the patterns in turn) is looked up once per row."""
    tokenizer = _tokenizer(labels)
    if tokenizer is None:
        in_turn = list(labels)
        return lambda text, pos, end: _token_in_turn(text, pos, end, in_turn)
    match, kinds = tokenizer.pattern.match, tokenizer.kinds

    def read(text: str, pos: int, end: int) -> _Token:
        m = match(text, pos, end)
        if m is None:
            return _Token("word", pos, pos + 1)
        kind, index = kinds[m.lastgroup]  # type: ignore[index]
        return _Token(kind, pos, m.end(), index)

    return read


def _token_in_turn(text: str, pos: int, end: int, labels: list[re.Pattern[str]]) -> _Token:
    """The token at ``pos``: the first of the labels, then of the kinds, that matches there, else a word."""
    for i, label in enumerate(labels):
        m = label.match(text, pos, end)
        if m and m.end() > pos:
            return _Token("label", pos, m.end(), i)
    for kind, pattern in _token_kinds():
        m = pattern.match(text, pos, end)
        if m and m.end() > pos:
            return _Token(kind, pos, m.end())
    m = _WORD.match(text, pos, end)
    return _Token("word", pos, m.end() if m else pos + 1)


class _Tokenizer(NamedTuple):
    pattern: re.Pattern[str]  # the labels', the kinds' and the word's patterns as one alternation
    kinds: dict[str, tuple[str, int]]  # each alternative's group -> (token kind, label index)


_SCOPED_FLAGS = {re.IGNORECASE: "i", re.MULTILINE: "m", re.DOTALL: "s", re.VERBOSE: "x"}


@cache
def _tokenizer(labels: tuple[re.Pattern[str], ...]) -> _Tokenizer | None:
    """``_token_in_turn`` as one match: an alternation tries its alternatives in order at one
    position and takes the first that matches, as the loop does. Each alternative is a named
    group with its pattern's own flags; ``lastgroup`` names the outer group, which closes after
    any group inside it. None (tokens read in turn) where a pattern could match nothing (the
    loop passes over an empty match, an alternation takes it) or its flags cannot be scoped."""
    parts: list[str] = []
    kinds: dict[str, tuple[str, int]] = {}
    alternatives = [("label", i, p) for i, p in enumerate(labels)]
    alternatives += [(kind, -1, p) for kind, p in _token_kinds()] + [("word", -1, _WORD)]
    for k, (kind, index, pattern) in enumerate(alternatives):
        flags = pattern.flags & ~re.UNICODE
        if flags & ~sum(_SCOPED_FLAGS) or _may_be_empty(pattern):
            return None
        scoped = "".join(letter for flag, letter in _SCOPED_FLAGS.items() if flags & flag)
        name = f"t{k}"
        parts.append(f"(?P<{name}>(?{scoped}:{pattern.pattern}))" if scoped else f"(?P<{name}>{pattern.pattern})")
        kinds[name] = (kind, index)
    try:
        return _Tokenizer(re.compile("|".join(parts)), kinds)
    except re.error:  # a pattern that cannot stand inside another (global flags, group names)
        return None


def _may_be_empty(pattern: re.Pattern[str]) -> bool:
    return read_tree(pattern, lambda items: items.getwidth()[0] == 0, True)  # (unreadable: tokens read in turn)


def _row(text: str, anchor: int, stop: int, labels: tuple[re.Pattern[str], ...]) -> tuple[_Token, ...]:
    """``_read_row``, remembered for the last text (``LastTextMemory``): the same row of the same
    text is asked for by ``last_row_end`` (where a cover's questions end) and by ``checked_in``
    (which box of it is marked)."""
    return _ROWS.answer(text, (anchor, stop, labels))


_ROWS: LastTextMemory[tuple[_Token, ...]] = LastTextMemory(
    lambda text, row: tuple(_read_row(text, row[0], row[1], list(row[2]))))


def _read_row(text: str, anchor: int, stop: int, labels: list[re.Pattern[str]]) -> list[_Token]:
    """The tokens of the box row whose first label starts at ``anchor``: empty boxes and marks
    just before it on its line, then labels in order with the boxes between and after them."""
    line_start = text.rfind(_NEWLINE, 0, anchor) + 1
    pos = max(line_start, anchor - _LOOKBACK)
    before: list[_Token] = []
    unlabelled, labelled = _token_reader(()), _token_reader(tuple(labels))
    while pos < anchor:
        token = unlabelled(text, pos, anchor)
        if token.kind in ("word", "other"):
            before = []  # a word ends what stood before it: only boxes right before the label count
        else:
            before.append(token)
        pos = token.end
    row = before
    expected = 0
    pos = anchor
    while pos < stop:
        token = labelled(text, pos, stop)
        if token.kind == "label":
            if token.index != expected:
                break  # a label again or out of order: another row
            expected += 1
        elif token.kind == "other":
            line_end = text.find(_NEWLINE, token.end, stop)
            line_end = stop if line_end < 0 else line_end
            if expected >= len(labels) or not labels[expected].search(text, token.end, line_end):
                break  # another question's row; a stray label inside ours is passed over
        elif token.kind == "word":
            break
        row.append(token)
        pos = token.end
    return row


def _owner_by_order(row: list[_Token], mark: _Token, before_labels: bool) -> int | None:
    labels = [t for t in row if t.kind == "label"]
    if before_labels:
        following = [t.index for t in labels if t.start >= mark.end]
        return following[0] if following else None
    preceding = [t.index for t in labels if t.end <= mark.start]
    return preceding[-1] if preceding else None


def _column(text: str, offset: int) -> int:
    return offset - (text.rfind(_NEWLINE, 0, offset) + 1)


def _owner_by_column(text: str, row: list[_Token], mark: _Token) -> int:
    """A mark typed on a line of its own under (or over) a row of labels: the label whose
    column it stands in, the last one starting at or left of it."""
    column = _column(text, mark.start)
    labels = [t for t in row if t.kind == "label"]
    left = [t.index for t in labels if _column(text, t.start) <= column]
    return left[-1] if left else labels[0].index


def _one_line(text: str, row: list[_Token]) -> bool:
    labels = [t for t in row if t.kind == "label"]
    return _NEWLINE not in text[labels[0].start:labels[-1].end]


def _mark_line_above(text: str, row: list[_Token], labels: list[re.Pattern[str]]) -> list[_Token]:
    """Marks on the line just above a one-line row when that line holds nothing but marks and
    rules (the mark typed over its label)."""
    first = next(t for t in row if t.kind == "label")
    line_start = text.rfind(_NEWLINE, 0, first.start) + 1
    if line_start == 0:
        return []
    above = text.rfind(_NEWLINE, 0, line_start - 1) + 1
    tokens, pos = [], above
    unlabelled = _token_reader(())
    while pos < line_start - 1:
        token = unlabelled(text, pos, line_start - 1)
        if token.kind in ("word", "other"):
            return []
        tokens.append(token)
        pos = token.end
    return [t for t in tokens if t.kind == "checked"]


def _decide(text: str, row: list[_Token], labels: list[re.Pattern[str]]) -> CheckedOption | None | bool:
    """The option a row marks; None when it marks several; False when it marks none."""
    label_tokens = [t for t in row if t.kind == "label"]
    if not label_tokens:
        return False
    marks = [t for t in row if t.kind == "checked"]
    one_line = _one_line(text, row)
    above = [] if marks or not one_line else _mark_line_above(text, row, labels)
    if not marks and not above:
        return False
    slots = [t for t in row if t.kind in ("checked", "empty")]
    before_labels = bool(slots) and slots[0].start < label_tokens[0].start
    last_line_end = text.find(_NEWLINE, label_tokens[-1].end)
    owners: dict[int, _Token] = {}
    for mark in marks + above:
        below = one_line and last_line_end >= 0 and mark.start > last_line_end
        if below or mark in above:
            owner = _owner_by_column(text, row, mark)
        else:
            owner = _owner_by_order(row, mark, before_labels)
        if owner is not None:
            owners.setdefault(owner, mark)
    if len(owners) != 1:
        return None if owners else False
    index, mark = owners.popitem()
    return CheckedOption(index, mark.start, mark.end)


@cache
def _gated(label: re.Pattern[str]) -> Gated:
    return Gated(label)


def _anchors(text: str, start: int, stop: int, label: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """``label.finditer(text, start, stop)``: where a row's first label stands. Every match lies
    in ``text[start:stop]`` and opens with one of the words the pattern opens with ('for',
    'yes'), so it is tried only where they begin (``parse.match_starts.matches_from``); none is
    looked for in a stretch that lacks the words it needs."""
    gated = _gated(label)
    if gated.starts is None:
        return label.finditer(text, start, stop)
    stretch = text[start:stop]
    folded = fold(stretch)
    if len(folded) != len(stretch):  # (folding moved the text: no places to map)
        return label.finditer(text, start, stop)
    if not gated.may_match(folded):
        return iter(())
    return matches_from(label, text, [start + at for at in gated.starts.positions(folded)], stop)


def checked_in(text: str, start: int, stop: int, labels: list[re.Pattern[str]]) -> CheckedOption | None:
    """The checked label among ``labels`` in the first box row of ``text[start:stop]`` that
    holds a mark. None when no option, or more than one, is marked."""
    for anchor in _anchors(text, start, stop, labels[0]):
        decided = _decide(text, list(_row(text, anchor.start(), stop, tuple(labels))), labels)
        if decided is not False:
            return decided
    return None


def checked_option(lines: list[Line], labels: list[re.Pattern[str]]) -> CheckedOption | None:
    """``checked_in`` over the text of ``lines`` (offsets of the document they were cut from)."""
    if not lines:
        return None
    text = _NEWLINE.join(line.text for line in lines)
    local_starts, offset = [], 0
    for line in lines:
        local_starts.append(offset)
        offset += len(line.text) + 1
    found = checked_in(text, 0, len(text), labels)
    if found is None:
        return None
    k = bisect_right(local_starts, found.start) - 1
    shift = lines[k].start - local_starts[k]
    return CheckedOption(found.index, found.start + shift, found.end + shift)


def last_row_end(text: str, start: int, stop: int, label_sets: list[list[re.Pattern[str]]]) -> int | None:
    """Where the last box row of ``text[start:stop]`` ends (a row of any of ``label_sets``
    that holds a box, marked or empty): the end of a cover's questions."""
    last = None
    for labels in label_sets:
        for anchor in _anchors(text, start, stop, labels[0]):
            row = _row(text, anchor.start(), stop, tuple(labels))
            if any(t.kind in ("checked", "empty") for t in row) and sum(t.kind == "label" for t in row) > 1:
                end = max(t.end for t in row if t.kind != "sep")
                last = end if last is None else max(last, end)
    return last
