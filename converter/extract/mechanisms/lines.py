"""Lines of fixed-width EDGAR text with their offsets: the unit most layout rules work on."""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

from converter.parse.match_starts import word_offsets



def letter_spaced(word: str) -> str:
    r"""A pattern fragment for ``word`` as typists spaced a heading out, one space or none
    between its letters: ``S I G N A T U R E S`` as well as ``SIGNATURES``. A fragment, not a
    pattern: each reader anchors it its own way (at a line's start, in a cell, in folded text).

    >>> letter_spaced("Sign")
    'S\\s?i\\s?g\\s?n'
    >>> bool(re.fullmatch(letter_spaced("SIGNATURE"), "S I G NATURE"))
    True
    """
    return r"\s?".join(map(re.escape, word))


# Hangul syllables each standing alone, one space apart: a label or a name a Korean form's cover
# letter-spaces ('대 표 이 사', '홍 길 동')
_SPACED_SYLLABLES = re.compile(r"[가-힣](?: [가-힣])+")


def closed_up(text: str) -> str:
    """``text`` without the spaces between its letters where it is Hangul syllables letter-spaced
    one by one (a Korean form's cover: '대 표 이 사 : 홍 길 동'); else ``text`` as it is (words of
    several syllables apart are several words: '홍길동 김하늘').

    >>> closed_up("대 표 이 사"), closed_up("홍 길 동"), closed_up("홍길동 김하늘"), closed_up("Jae Park")
    ('대표이사', '홍길동', '홍길동 김하늘', 'Jae Park')
    """
    return text.replace(" ", "") if _SPACED_SYLLABLES.fullmatch(text) else text


# The heading over a filing's signatures, its last S optional ("SIGNATURE" over one signer)
SIGNATURES_HEADING_WORD = letter_spaced("SIGNATURE") + r"\s?S?"


def strip_span(text: str, start: int, end: int, leading: str, trailing: str) -> tuple[int, int]:
    """Offsets of ``text[start:end]`` without the characters ``leading`` at its start and
    ``trailing`` at its end (offsets, not a copy: spans keep pointing into the document).

    >>> strip_span("  Jane Roe, ", 0, 12, " ,", " ,")
    (2, 10)
    >>> strip_span("::", 0, 2, ":", ":")
    (2, 2)
    """
    while start < end and text[start] in leading:
        start += 1
    while end > start and text[end - 1] in trailing:
        end -= 1
    return start, end


CELL_MARK = "|"  # what marks the cells of an HTML table flattened to text, one cell or row a line


def opens_cell(text: str) -> bool:
    """Whether the line ``text`` opens a cell of a table flattened to text: a "|" before its
    words ('|Acme Co., Ltd.', '  | Outside Auditor |').

    >>> opens_cell("  |Acme Co., Ltd."), opens_cell("Acme |"), opens_cell("Revenue: 1|2")
    (True, False, False)
    """
    return CELL_MARK in text and text.lstrip().startswith(CELL_MARK)  # (most lines hold no mark)


def is_cell(text: str) -> bool:
    """Whether the line ``text`` is a table's cell: a "|" opens or closes it ('| Outside
    Auditor |', 'Acme |'), where a cell's words stand, not a paragraph's.

    >>> is_cell("| Outside Auditor |"), is_cell("Acme Co., Ltd. |"), is_cell("Acme Co., Ltd.")
    (True, True, False)
    """
    return CELL_MARK in text and (opens_cell(text) or text.rstrip().endswith(CELL_MARK))


def is_one_cell(text: str) -> bool:
    """Whether the line ``text`` is one cell alone: a "|" opens it and no other closes or cuts it
    (a table flattened one cell a line).

    >>> is_one_cell(" |Acme Co., Ltd."), is_one_cell("|Acme |"), is_one_cell("|Acme | 1,200")
    (True, False, False)
    """
    return opens_cell(text) and text.count(CELL_MARK) == 1


def between_cells(above: str, below: str) -> bool:
    """Whether a line with no "|" of its own, printed under ``above`` and over ``below`` (the
    non-blank lines around it), is a cell of a table flattened one cell a line: the row's label
    closes with a "|" (or a lone "|" closes the cell before) above it, and a "|" opens the line
    below it ('| Period ended |' / '31/03/2031' / '|' / '31/12/2030' / '|').

    >>> between_cells("| Nature of report |", "|"), between_cells("|", "|")
    (True, True)
    >>> between_cells("Acme Co., Ltd.", "|"), between_cells("| Revenue |", "Net income")
    (False, False)
    """
    return above.rstrip().endswith(CELL_MARK) and below.lstrip().startswith(CELL_MARK)


class Line(NamedTuple):
    """One line of a text. A named tuple, not a frozen dataclass: every document is cut into
    its lines, hundreds of them, and a named tuple is about three times cheaper to build."""

    number: int  # 0-based index in the document's clean text
    start: int  # offset of the first character in the clean text
    text: str  # without the newline

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def indent(self) -> int:
        return len(self.text) - len(self.text.lstrip(" \t"))

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def content_start(self) -> int:
        """Offset of the first non-blank character."""
        return self.start + self.indent

    @property
    def content_end(self) -> int:
        return self.start + len(self.text.rstrip())

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def split_lines(text: str) -> list[Line]:
    """The lines of ``text`` (a new list: callers may change theirs)."""
    return list(_remembered_lines(text))


@lru_cache(maxsize=8)  # a document's text is split by the date anchors, title, officers, readers...
def _remembered_lines(text: str) -> tuple[Line, ...]:
    derived = _PREFIX_LINES.pop(text, None)
    return derived if derived is not None else tuple(_split_lines(text))


# the lines of a text's head announced by ``split_prefix`` (at most one), until it is split
_PREFIX_LINES: dict[str, tuple[Line, ...]] = {}


def split_prefix(text: str, end: int) -> str:
    """``text[:end]``, whose lines, when asked for, are cut from those of ``text`` (split once
    per document): the lines before the one ``end`` cuts are the same, and that one ends at
    ``end`` (its trailing "\\r" dropped, as splitting the head would).

    >>> text = "ab\\r\\ncd\\nef"
    >>> [split_lines(split_prefix(text, n)) == _split_lines(text[:n]) for n in range(len(text) + 1)]
    [True, True, True, True, True, True, True, True, True, True]
    """
    head = text[:end]
    if 0 < end < len(text):
        lines = _remembered_lines(text)
        cut = bisect.bisect_right(lines, end, key=_START) - 1  # the last line to start by ``end``
        last = lines[cut]
        _PREFIX_LINES.clear()
        _PREFIX_LINES[head] = lines[:cut] + (Line(cut, last.start, text[last.start : end].rstrip("\r")),)
    return head


def _split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    offset = 0
    for number, chunk in enumerate(text.split("\n")):
        lines.append(Line(number, offset, chunk.rstrip("\r")))
        offset += len(chunk) + 1
    return lines


_START = operator.attrgetter("start")


def lines_holding(folded: str, lines: Sequence[Line], words: Iterable[str]) -> list[int]:
    """The indices of ``lines`` that hold one of ``words``, in order, found by ``str.find`` in
    ``folded`` (the folded text the lines are of, offsets unchanged by folding) up to the end of
    the last line, not by a search of each line. A word holds no line break: each occurrence is
    within one line (the last line may be cut short; an occurrence past its end is not counted).

    >>> text = "Chairman\\nno\\nVice Chairman and CEO\\nceo"
    >>> lines_holding(text.lower(), split_lines(text)[:3], ("chairman", "ceo"))
    [0, 2]
    """
    if not lines:
        return []
    end = lines[-1].end
    found: set[int] = set()
    for word in words:  # (the line of each occurrence by bisection: most lines hold none)
        found.update(bisect.bisect_right(lines, at, key=_START) - 1 for at in word_offsets(folded, word, 0, end))
    return sorted(found)


def squash(text: str) -> str:
    """Collapse runs of white space (line breaks included) to one space."""
    return " ".join(text.split())  # (str.split's white space is re's \s: str.isspace)


def is_centered(line: Line, min_indent: int = 5) -> bool:
    """A heading line of fixed-width text: indented, not a paragraph line."""
    return not line.blank and line.indent >= min_indent
