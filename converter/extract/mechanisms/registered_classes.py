"""The table of classes of securities on an SEC cover page ("Securities registered or to be
registered pursuant to Section 12(b) of the Act: Title of each class / Name of each exchange on
which registered"): one row per class, its title and its exchange.

Covers set it as two fixed-width columns (a title wrapping over lines, below its exchange too),
as HTML flattened to ``|`` cells that may run over several lines, as numbered rows ('(1)',
'(2)'), or with a title and its exchange run together on one line. The words of a form and of
its exchanges are the caller's (:class:`Vocabulary`); this module pairs them into rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from converter.extract.mechanisms.lines import squash
from converter.extract.mechanisms.flat_words import RULE, RULE_RUN


@dataclass(frozen=True)
class Vocabulary:
    heading: re.Pattern[str]  # column headings and captions: 'Title of each class', '(Title of Class)'
    none: re.Pattern[str]  # 'None', 'Not applicable', 'N/A'
    exchange: re.Pattern[str]  # the name of an exchange or market
    class_start: re.Pattern[str]  # words a title opens with ('Common', 'American Depositary', 'Series A')


@dataclass
class Chunk:
    """A cell, or a column of a line, of the table."""

    kind: str  # number | exchange | title | skip
    text: str
    start: int  # text offsets
    end: int
    new_line: bool = False  # the first chunk of its line
    blank_before: bool = False  # a blank line before it (a new row in fixed-width text)


@dataclass
class Row:
    """One class: its title's chunks (in order) and its exchange's."""

    title: list[Chunk]
    exchange: Chunk | None = None

    @property
    def title_text(self) -> str:
        return clean(" ".join(c.text for c in self.title))


def rows_of(text: str, start: int, end: int, words: Vocabulary) -> list[Row]:
    """The classes of the table in ``text[start:end]`` (headings to footnotes excluded)."""
    cells = "|" in text[start:end]  # cells of flattened HTML may run over several lines
    chunks = [_typed(c, words) for c in _numbered(_split_exchanges(_chunks(text, start, end, words), words))]
    return [row for row in _rows(chunks, cells, words) if re.search(r"[^\W\d_]{3}", row.title_text)]


def clean(text: str) -> str:
    """A title or exchange as printed, without footnote marks and closing punctuation
    ('... per share*' -> '... per share'; 'Exchange, Inc.' keeps its period)."""
    text = re.sub(r"\s*(?:\*+|\u2020+|\(\d\))\s*$", "", squash(text)).rstrip(" ,;*")
    if text.endswith(".") and not re.search(r"\b(?:Inc|Ltd|Co|Corp|Cos|LLC|[A-Z](?:\.[A-Z])+)\.$", text):
        text = text[:-1].rstrip()
    return text


def _kind(text: str, words: Vocabulary) -> str:
    bare = text.strip(" *\u2020")
    if not bare or RULE.fullmatch(bare) or words.heading.fullmatch(bare) or words.none.fullmatch(bare):
        return "skip"
    if re.fullmatch(r"\(?\d{1,2}\)|\d{1,2}\.", bare):
        return "number"
    return "exchange" if words.exchange.fullmatch(bare) else "title"


def _typed(chunk: Chunk, words: Vocabulary) -> Chunk:
    if not chunk.kind:
        chunk.kind = _kind(chunk.text, words)
    return chunk


def _chunks(text: str, start: int, end: int, words: Vocabulary) -> list[Chunk]:
    """The cells ('|') or the lines split into columns at tabs and runs of two spaces, with the
    column headings (broken over lines or not) blanked out first."""
    section = words.heading.sub(lambda m: re.sub(r"[^\n|\t]", " ", m.group(0)), text[start:end])
    chunks: list[Chunk] = []
    if "|" in section:
        for m in re.finditer(r"[^|]+", section):
            body = m.group(0)
            if body.strip():
                a = start + m.start() + len(body) - len(body.lstrip())
                chunks.append(Chunk("", squash(body), a, start + m.start() + len(body.rstrip()), True))
        return chunks
    blank, offset = False, start
    for line in section.split("\n"):
        if not line.strip():
            blank = blank or bool(chunks)
        first = True
        for m in re.finditer(r"\S+(?: \S+)*", line):
            chunks.append(Chunk("", m.group(0), offset + m.start(), offset + m.end(), first, blank and first))
            first, blank = False, False
        offset += len(line) + 1
    return chunks


def _split_exchanges(chunks: list[Chunk], words: Vocabulary) -> list[Chunk]:
    """Rules dropped; a title and its exchange run together on one line ('Common shares, EUR
    0.12 per share New York Stock Exchange'): two chunks."""
    tail = _exchange_at_end(words.exchange.pattern)
    out = []
    for chunk in chunks:
        text = RULE_RUN.sub(" ", chunk.text).strip()
        if not text:
            continue
        m = tail.search(text) if _kind(text, words) == "title" else None
        title = text[: m.start()].rstrip() if m else text
        out.append(Chunk("", title, chunk.start, chunk.start + len(title), chunk.new_line, chunk.blank_before))
        if m:
            out.append(Chunk("", m.group(0).strip(), chunk.start + m.start() + 1, chunk.start + len(text)))
    return out


@lru_cache(maxsize=4)
def _exchange_at_end(exchange: str) -> re.Pattern[str]:
    """An exchange's name ending a title's line, compiled once: the names are many, and
    compiling them again (re's cache of 512 overflows between two covers) cost milliseconds."""
    return re.compile(rf"\s(?:{exchange})[\s*\u2020]*$", re.IGNORECASE)


def _numbered(chunks: list[Chunk]) -> list[Chunk]:
    """'(1) Common shares, par value ...': the row number, then the title."""
    out = []
    for chunk in chunks:
        lead = re.match(r"\(\d{1,2}\)\s+(?=\S)", chunk.text)
        if lead:
            out.append(Chunk("number", lead.group(0), chunk.start, chunk.start + lead.end(), chunk.new_line,
                             chunk.blank_before))
            chunk = Chunk("", chunk.text[lead.end():], min(chunk.start + lead.end(), chunk.end), chunk.end)
        out.append(chunk)
    return out


def _rows(chunks: list[Chunk], cells: bool, words: Vocabulary) -> list[Row]:
    """Titles and exchanges paired into rows: a number starts a row; an exchange closes the row
    it is on; a title line wrapping below its exchange ('... Common' / 'Stock par value ...')
    continues its row unless it opens a new class."""
    rows: list[Row] = []
    for i, chunk in enumerate(chunks):
        current = rows[-1] if rows else None
        if chunk.kind == "number":
            rows.append(Row([]))
        elif chunk.kind == "exchange":
            if current is None or current.exchange is not None:
                rows.append(Row([]))
            rows[-1].exchange = chunk
        elif chunk.kind == "title":
            if current is None or _opens_row(chunk, chunks[i + 1 : i + 2], current, cells, words):
                rows.append(Row([]))
            rows[-1].title.append(chunk)
    return [row for row in rows if row.title]


def _opens_row(chunk: Chunk, following: list[Chunk], current: Row, cells: bool, words: Vocabulary) -> bool:
    if not current.title:
        return False
    if cells:  # a cell holds a whole title
        return current.exchange is not None or not chunk.text[:1].islower()
    if chunk.blank_before:
        return True
    if not chunk.new_line:
        return False
    if current.exchange is not None and any(c.kind == "exchange" and not c.new_line for c in following):
        return True  # a line with its own exchange
    ends_open = current.title[-1].text.rstrip().endswith((",", " of", " and", "-"))
    return not ends_open and not chunk.text[:1].islower() and words.class_start.match(chunk.text) is not None
