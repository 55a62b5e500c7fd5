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
    symbol_heading: re.Pattern[str] | None = None  # the heading of a symbol column: 'Trading Symbol(s)'
    class_end: re.Pattern[str] | None = None  # how a whole title ends: '... per share*', '... Stock'
    # the name of a market no list holds, as a cell holds it whole: words closing with a market's
    # noun ('Ruritania Securities Dealers Automated Quotation Market'); no class's title so ends
    exchange_cell: re.Pattern[str] | None = None
    # how a title's line ends that the next line continues ('..., each representing' / 'one-half of
    # ...'): a comma, a joining word; a row set apart by a blank line (as web copies print the
    # lines of a cell) still continues such a title
    open_end: re.Pattern[str] | None = None


@dataclass
class Chunk:
    """A cell, or a column of a line, of the table."""

    kind: str  # number | exchange | symbol | title | skip
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
    symbol: Chunk | None = None  # its trading symbol, where the table has a column of them

    @property
    def title_text(self) -> str:
        return clean(" ".join(c.text for c in self.title))


def rows_of(text: str, start: int, end: int, words: Vocabulary) -> list[Row]:
    """The classes of the table in ``text[start:end]`` (headings to footnotes excluded)."""
    cells = "|" in text[start:end]  # cells of flattened HTML may run over several lines
    symbols = words.symbol_heading is not None and words.symbol_heading.search(text, start, end) is not None
    chunks = [_typed(c, words, symbols)
              for c in _numbered(_split_exchanges(_chunks(text, start, end, words), words, symbols))]
    if cells and words.exchange_cell is not None:
        for chunk in chunks:  # (a cell is read whole: in a line's words the noun may end a title's)
            if chunk.kind == "title" and words.exchange_cell.fullmatch(chunk.text.strip(" *\u2020")):
                chunk.kind = "exchange"
    return [row for row in _rows(chunks, cells, words) if re.search(r"[^\W\d_]{3}", row.title_text)]


def clean(text: str) -> str:
    """A title or exchange as printed, without footnote marks and closing punctuation
    ('... per share*' -> '... per share'; 'Exchange, Inc.' keeps its period)."""
    text = re.sub(r"\s*(?:\*+|\u2020+|\(\d\))\s*$", "", squash(text)).rstrip(" ,;*")
    if text.endswith(".") and not re.search(r"\b(?:Inc|Ltd|Co|Corp|Cos|LLC|[A-Z](?:\.[A-Z])+)\.$", text):
        text = text[:-1].rstrip()
    return text


# a trading symbol as the form's column prints it: 'ABC', 'BRK.B', 'ABC-P'
_SYMBOL = re.compile(r"[A-Z][A-Z0-9]{0,5}(?:[.\-][A-Z0-9]{1,3})?")


# the symbol ending a title run together with it, and the abbreviations of classes that are none
_SYMBOL_AT_END = re.compile(rf"\s({_SYMBOL.pattern})$")
_CLASS_ABBREVIATION = re.compile(r"ADSs?|ADRs?|GDSs?|GDRs?")


def _kind(text: str, words: Vocabulary, symbols: bool = False) -> str:
    """What a chunk is; ``symbols``: the table has a column of trading symbols (its heading
    printed), so a chunk of capitals alone is one ('WIT'), never a title."""
    bare = text.strip(" *\u2020")
    if not bare or RULE.fullmatch(bare) or words.heading.fullmatch(bare) or words.none.fullmatch(bare):
        return "skip"
    if re.fullmatch(r"\(?\d{1,2}\)|\d{1,2}\.", bare):
        return "number"
    if words.exchange.fullmatch(bare):
        return "exchange"
    return "symbol" if symbols and _SYMBOL.fullmatch(bare) else "title"


def _typed(chunk: Chunk, words: Vocabulary, symbols: bool) -> Chunk:
    if not chunk.kind:
        chunk.kind = _kind(chunk.text, words, symbols)
    return chunk


def _chunks(text: str, start: int, end: int, words: Vocabulary) -> list[Chunk]:
    """The cells ('|') or the lines split into columns at tabs and runs of two spaces, with the
    column headings (broken over lines or not) blanked out first."""
    section = text[start:end]
    for heading in (words.heading, words.symbol_heading):
        if heading is not None:
            section = heading.sub(lambda m: re.sub(r"[^\n|\t]", " ", m.group(0)), section)
    chunks: list[Chunk] = []
    if "|" in section:
        for m in re.finditer(r"[^|]+", section):
            for a, b in _classes_of_cell(section, m.start(), m.end(), words):
                chunks.append(Chunk("", squash(section[a:b]), start + a, start + b, True))
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


def _classes_of_cell(section: str, start: int, end: int, words: Vocabulary) -> list[tuple[int, int]]:
    """The ranges of a cell's classes: one cell may list two classes on lines of their own
    ('Common stock, par value Won 500 per share*' / 'American depositary shares, each ...'): a
    line opening a class, under a line that ends a whole title, starts the next one (a title
    wrapped over lines, 'American depositary shares, each' / 'representing ...', stays one)."""
    ranges: list[list[int]] = []
    for line in _LINE.finditer(section, start, end):
        if ranges and not _class_line(line.group(0), section[ranges[-1][0]:ranges[-1][1]], words):
            ranges[-1][1] = line.end()
        else:
            ranges.append([line.start(), line.end()])
    return [(a, b) for a, b in ranges]


_LINE = re.compile(r"\S(?:[^\n]*\S)?")  # a line's words, without the spaces around them


def _class_line(line: str, above: str, words: Vocabulary) -> bool:
    """A line of a cell opening a class of its own: capitalised, in the words a title opens
    with, below a whole title (no class-end vocabulary: every line continues the cell)."""
    return (words.class_end is not None and line[:1].isupper() and words.class_start.match(line) is not None
            and words.class_end.search(above) is not None)


def _split_exchanges(chunks: list[Chunk], words: Vocabulary, symbols: bool = False) -> list[Chunk]:
    """Rules dropped; a title and its exchange run together on one line ('Common shares, EUR
    0.12 per share New York Stock Exchange'): two chunks; in a table with a column of symbols,
    the word of capitals between them is the symbol ('... per share ABC New York Stock
    Exchange'): three."""
    tail = _exchange_at_end(words.exchange.pattern)
    out = []
    for chunk in chunks:
        text = RULE_RUN.sub(" ", chunk.text).strip()
        if not text:
            continue
        if _kind(text, words) == "title" and _exchange_inside(words.exchange.pattern).search(text):
            out += _run_on(text, chunk, words)
            continue
        m = tail.search(text) if _kind(text, words) == "title" else None
        title = text[: m.start()].rstrip() if m else text
        symbol = _SYMBOL_AT_END.search(title) if m and symbols else None
        if symbol and words.class_start.fullmatch(symbol.group(1)) is None and not _CLASS_ABBREVIATION.fullmatch(
                symbol.group(1)):
            title = title[: symbol.start()]
        else:
            symbol = None
        out.append(Chunk("", title, chunk.start, chunk.start + len(title), chunk.new_line, chunk.blank_before))
        if symbol:
            out.append(Chunk("symbol", symbol.group(1), chunk.start + symbol.start(1), chunk.start + symbol.end(1)))
        if m:
            out.append(Chunk("", m.group(0).strip(), chunk.start + m.start() + 1, chunk.start + len(text)))
    return out


_CAPITAL_WORD = re.compile(r"(?<=\s)[A-Z]")  # a capitalised word's first letter


def _run_on(text: str, chunk: Chunk, words: Vocabulary) -> list[Chunk]:
    """A table flattened onto one line, its cells run together with single spaces ('American
    depositary shares, each New York Stock Exchange representing two shares Ordinary Shares*'):
    the words before an exchange are a title's, the exchange closes its row, and the words after
    it continue that title (wrapped below the exchange's cell) up to a class's opening words
    after a whole title ('... two shares' / 'Ordinary Shares*'), which start a row of their own."""
    out: list[Chunk] = []
    at = 0
    for m in _exchange_in_line(words.exchange.pattern).finditer(text):
        out += _titles(text, at, m.start(), chunk, words, out)
        out.append(Chunk("", m.group(0).strip(), chunk.start + m.start(), chunk.start + m.end()))
        at = m.end()
    return out + _titles(text, at, len(text), chunk, words, out)


def _titles(text: str, a: int, b: int, chunk: Chunk, words: Vocabulary, before: list[Chunk]) -> list[Chunk]:
    """The title chunks of ``text[a:b]`` of a line run together, ``before`` the chunks read
    before them: after an exchange, cut before each class's opening words that follow a whole
    title, each opening one marked a new line (a row of its own)."""
    titles = [c.text for c in before if _kind(c.text, words) != "exchange"]
    cuts: list[int] = []
    for word in _CAPITAL_WORD.finditer(text, a, b) if before and words.class_end else ():
        above = text[cuts[-1] : word.start()] if cuts else " ".join(titles[-1:]) + " " + text[a : word.start()]
        if words.class_start.match(text, word.start()) and words.class_end.search(above.strip()):
            cuts.append(word.start())
    out = []
    for start, end in zip([a, *cuts], [*cuts, b]):
        piece = text[start:end].strip()
        if piece:
            at = chunk.start + start + len(text[start:end]) - len(text[start:end].lstrip())
            opens = start in cuts or (not before and chunk.new_line)
            out.append(Chunk("", piece, at, at + len(piece), opens, chunk.blank_before and not before))
    return out


@lru_cache(maxsize=4)
def _exchange_inside(exchange: str) -> re.Pattern[str]:
    """An exchange's name inside a line of a title, more words after it (a table's cells run
    together on one line), compiled once."""
    return re.compile(rf"(?<=\s)(?:{exchange})[*\u2020]*(?=\s+\S)", re.IGNORECASE)


@lru_cache(maxsize=4)
def _exchange_in_line(exchange: str) -> re.Pattern[str]:
    """An exchange's name in a line run together, inside it or ending it, compiled once."""
    return re.compile(rf"(?<=\s)(?:{exchange})[*\u2020]*(?=\s|$)", re.IGNORECASE)


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
        elif chunk.kind == "symbol":
            if current is not None and current.title and current.symbol is None and current.exchange is None:
                current.symbol = chunk  # the column between a title and its exchange
        elif chunk.kind == "title":
            if current is None or _opens_row(chunk, chunks[i + 1 : i + 2], current, cells, words):
                rows.append(Row([]))
            rows[-1].title.append(chunk)
    return [row for row in rows if row.title]


def _opens_row(chunk: Chunk, following: list[Chunk], current: Row, cells: bool, words: Vocabulary) -> bool:
    if not current.title:
        return False
    if cells:  # a cell holds a whole title, or the rest of one wrapped below its exchange
        if not chunk.text[:1].islower():
            return True
        closed = words.class_end is not None and words.class_end.search(current.title[-1].text) is not None
        return current.exchange is not None and (closed or words.class_end is None)
    if chunk.blank_before:  # a new row, unless its line continues a title still without its exchange
        return current.exchange is not None or not (chunk.text[:1].islower() or _ends_open(current, words))
    if not chunk.new_line:
        return False
    if current.exchange is not None and any(c.kind == "exchange" and not c.new_line for c in following):
        return True  # a line with its own exchange
    ends_open = current.title[-1].text.rstrip().endswith((",", " of", " and", "-"))
    return not ends_open and not chunk.text[:1].islower() and words.class_start.match(chunk.text) is not None


def _ends_open(current: Row, words: Vocabulary) -> bool:
    """Whether the row's title so far ends where the next line must go on ('..., each
    representing'), not a whole title ('... per share'): a comma or a joining word."""
    last = current.title[-1].text.rstrip(" \t")
    if words.class_end is not None and words.class_end.search(last):
        return False
    return words.open_end.search(last) is not None if words.open_end else last.endswith((",", " of", " and", "-"))
