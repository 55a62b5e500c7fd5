"""Building clean text that remembers where every character came from.

A :class:`TextBuilder` appends runs copied from the raw file (:meth:`TextBuilder.copy`) and
characters ingest makes up itself (:meth:`TextBuilder.insert`: a newline for ``<br>``, a space
for a form feed, a decoded entity). Copied runs become :class:`~converter.model.Segment` runs;
inserted text gets a zero-length segment anchored at the raw offset it stands for, so
``SourceDocument.raw_offset`` maps it there. The map therefore has one entry per *run*, never
one per character, and building it is linear in the size of the text.

Copying also cleans what extractors should not see: control characters and NUL bytes become
spaces, a form feed becomes a space and starts a new page, CR LF becomes LF, a lone CR becomes
LF, a no-break space becomes a plain space and a hyphen typeset as one of Unicode's hyphens
(U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN, U+2012 FIGURE DASH, U+FE63 SMALL HYPHEN-MINUS)
becomes the ASCII hyphen: word processors print "Form 20\u2011F", "000\u2011512" or a road name
"Sinsa\u2011ro" with them, and every reader of forms, file numbers, postal codes and telephone
numbers reads ASCII. One character stands for one, so offsets and columns stay put. The en and
em dashes (U+2013, U+2014), the minus sign (U+2212) and the full-width hyphen-minus (U+FF0D, which
keeps its double width outside a full-width figure) are left as printed: they mark ranges,
datelines, negative figures and empty cells, and their readers name them. A tab becomes the
spaces that reach the next tab stop, counting wide (East Asian) characters twice, as the filer
saw the line: the readers of layout then see one kind of blank. A figure in full-width digits
("２００４年", "１２，３４５") becomes ASCII, so every reader of figures and dates reads it; before a
cell gap it keeps its printed width. All of those are inserted characters, so the invariant
``raw[raw_offset(i)] == text[i]`` holds for every copied character.

>>> raw = "ab\\r\\ncd\\x0cef\\x00"
>>> b = TextBuilder(raw)
>>> b.copy(0, len(raw))
>>> b.text()
'ab\\ncd ef '
>>> b.page_starts
[0, 5]
>>> b.nul_count
1
>>> [(s.text_start, s.raw_start, s.length) for s in b.segments]
[(0, 0, 2), (2, 3, 3), (5, 6, 0), (6, 7, 2), (8, 9, 0)]
>>> b = TextBuilder(raw := "Form 20\u2011F, file no. 000\u201012345, 1\u20132 May")
>>> b.copy(0, len(raw))
>>> b.text()
'Form 20-F, file no. 000-12345, 1\u20132 May'
>>> b = TextBuilder(raw := "Sales\\t1,204\\n매출액\\t5,123")
>>> b.copy(0, len(raw))
>>> b.text().splitlines()
['Sales   1,204', '매출액  5,123']
>>> b = TextBuilder(raw := "２００４年６月期\\n売上高　　１２，３４５　　１１，０１２")
>>> b.copy(0, len(raw))
>>> [line.replace("\\u3000", "_") for line in b.text().splitlines()]  # _: an ideographic space
['2004年6月期', '売上高__12,345      __11,012      ']
"""

from __future__ import annotations

import re

from converter.columns import text_columns
from converter.model import Segment
from converter.parse.match_starts import word_offsets
from converter.resources import data_rows

# C0 controls except LF, DEL, C1 controls, NBSP, and CR (handled apart); TAB is expanded.
# A figure in full-width digits ("２００４年", "１２，３４５", "５．４％", "０３－５５５５－０１２３"), as
# Japanese, Chinese and Korean typesetting writes figures: the same characters at twice the width,
# read as ASCII. Other full-width characters ("（連結）") are text as printed and stay.
# Source: Unicode's Halfwidth and Fullwidth Forms block, each the ASCII character + 0xFEE0.
_FULL_WIDTH_FIGURE = "[＋－]?[０-９]+(?:[，．：／－][０-９]+)*％?"
# A Japanese decimal point set as the nakaguro (U+30FB, or half-width U+FF65), as news set in
# vertical style writes it: "12・7%", "3・5倍", "45・20円". Read as "." only between digits and
# before a unit of data/decimal_nakaguro_units.tsv; not where a run of such marks lists
# ("1・2・3%"), nor before any other word ("1・2月": January and February).
_NAKAGURO_UNITS = "|".join(re.escape(row[0]) for row in data_rows("decimal_nakaguro_units.tsv"))
_NAKAGURO_DECIMAL = rf"""(?<=[0-9０-９])(?<![・･][0-9０-９])(?<![・･][0-9０-９]{{2}})  # after digits no mark leads
    [・･](?=[0-9０-９]{{1,4}}(?:{_NAKAGURO_UNITS}))"""                   # a fraction, then its unit
_SPECIAL = re.compile(rf"""[\x00-\x09\x0b-\x1f\x7f-\x9f\xa0\u2010-\u2012\ufe63]  # controls, look-alikes
    |{_FULL_WIDTH_FIGURE}                                                    # a full-width figure
    |{_NAKAGURO_DECIMAL}""", re.VERBOSE)                                    # a nakaguro decimal point
# any character a _SPECIAL match starts with: one class, scanned far faster than the alternation
_SPECIAL_START = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\xa0\u2010-\u2012\ufe63＋－０-９・･]")
# Look-alikes read as the ASCII character they print (see the module's docstring for why these).
# Source: Unicode General Punctuation (U+2010-U+2012) and Small Form Variants (U+FE63) blocks.
PLAIN_LOOK_ALIKES = str.maketrans({"\xa0": " ", "\u2010": "-", "\u2011": "-", "\u2012": "-", "\ufe63": "-"})
_FULL_WIDTH_OFFSET = 0xFEE0
# a cell gap after a run of full-width figures: the run keeps its width so the columns stay put
_GAP_AFTER = re.compile(r"(?: {2,}|\u3000|[ \t]*(?:\r?\n|$))")
TAB_STOP = 8  # where a tab reaches on the terminals and printers EDGAR's text filings were typed for


class TextBuilder:
    """Accumulates clean text, its segment map and its page starts (in clean-text offsets)."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._pieces: list[str] = []
        self._length = 0
        # [text_start, raw_start, length] runs, mutable while building; Segments at the end.
        self._runs: list[list[int]] = []
        self.page_starts: list[int] = [0]
        self.nul_count = 0
        self.control_count = 0
        self._page_has_text = False
        self._last_char = "\n"  # the builder starts "at the beginning of a line"
        self._column_at = (0, 0)  # (length, display column there): where the last tab was expanded

    # -- state ---------------------------------------------------------------------------------

    def __len__(self) -> int:
        return self._length

    @property
    def last_char(self) -> str:
        return self._last_char

    def text(self) -> str:
        return "".join(self._pieces)

    # -- appending -----------------------------------------------------------------------------

    def _append_copied(self, start: int, end: int) -> None:
        if end <= start:
            return
        runs = self._runs
        last = runs[-1] if runs else None
        # Extend the previous run when this one continues it in both texts.
        if last and last[2] and last[1] + last[2] == start and last[0] + last[2] == self._length:
            last[2] += end - start
        else:
            runs.append([self._length, start, end - start])
        self._push(self.raw[start:end])

    def _push(self, piece: str) -> None:
        self._pieces.append(piece)
        self._length += len(piece)
        self._last_char = piece[-1]
        if not self._page_has_text and not piece.isspace():
            self._page_has_text = True

    def insert(self, text: str, anchor: int) -> None:
        """Append characters that are not in the raw file; they map to raw offset ``anchor``."""
        if not text:
            return
        runs = self._runs
        last = runs[-1] if runs else None
        if not (last and last[2] == 0 and last[1] == anchor):
            runs.append([self._length, anchor, 0])
        self._push(text)

    @property
    def segments(self) -> list[Segment]:
        return [Segment(*run) for run in self._runs]

    def copy(self, start: int, end: int) -> None:
        """Append ``raw[start:end]``, cleaning control characters and line ends on the way."""
        raw = self.raw
        if end <= start:
            return
        if raw.find("\r", start, end) == -1 and not _SPECIAL_START.search(raw, start, end):
            self._append_copied(start, end)  # the common case: nothing to clean
            return
        pos = start
        for cr in word_offsets(raw, "\r", start, end):
            self._copy_clean(pos, cr)
            if cr + 1 < end and raw[cr + 1] == "\n":
                pos = cr + 1  # CR LF: drop the CR, the LF is copied with what follows
            else:
                self.insert("\n", cr)
                pos = cr + 1
        self._copy_clean(pos, end)

    def _copy_clean(self, start: int, end: int) -> None:
        pos = start
        for match in _SPECIAL.finditer(self.raw, start, end):
            at = match.start()
            self._append_copied(pos, at)
            char = match.group()
            if char in "・･":  # a nakaguro decimal point (only so matched): the "." it stands for
                self.insert(".", at)
                pos = at + 1
                continue
            if char[-1] >= "\uff01":
                self._ascii_of_full_width(at, match.end())
                pos = match.end()
                continue
            if char in "\u2010\u2011\u2012\ufe63":
                self.insert(char.translate(PLAIN_LOOK_ALIKES), at)
                pos = at + 1
                continue
            if char == "\x00":
                self.nul_count += 1
            elif char not in "\t\x0c\xa0":
                self.control_count += 1
            if char == "\t":
                self.insert(" " * (TAB_STOP - self._column() % TAB_STOP), at)
                pos = at + 1
                continue
            if char == "\x0c":
                self.page_break()
            self.insert(" ", at)
            pos = at + 1
        self._append_copied(pos, end)

    def _ascii_of_full_width(self, start: int, end: int) -> None:
        """A full-width figure in ASCII, each character inserted at its own offset; where a cell
        gap follows, spaces pad the run to its printed width (a column of figures stays aligned
        with the headings over it), not inside running text."""
        for at in range(start, end):
            self.insert(chr(ord(self.raw[at]) - _FULL_WIDTH_OFFSET), at)
        if _GAP_AFTER.match(self.raw, end):
            self.insert(" " * (end - start), end - 1)

    # -- layout helpers ------------------------------------------------------------------------

    def page_break(self) -> None:
        """Start a new page here, unless the current page has no text yet."""
        if self._page_has_text:
            self.page_starts.append(self._length)
            self._page_has_text = False

    def ensure_newlines(self, count: int, anchor: int) -> None:
        """Make the text end with ``count`` line breaks (nothing at the very beginning)."""
        if not self._length:
            return
        tail = self._tail(count)
        missing = count - (len(tail) - len(tail.rstrip("\n")))
        if missing > 0:
            self.insert("\n" * missing, anchor)

    def _column(self) -> int:
        """The display column the text has reached on its last line (walking back only over what
        was appended since the last tab: a line of many tabs stays linear)."""
        since, column = self._length - self._column_at[0], self._column_at[1]
        line: list[str] = []
        for piece in reversed(self._pieces):
            newline = piece.rfind("\n", max(len(piece) - since, 0))
            if newline != -1:
                line.append(piece[newline + 1:])
                column = 0
                break
            line.append(piece[max(len(piece) - since, 0):])
            since -= len(piece)
            if since <= 0:
                break
        column += sum(text_columns(piece) for piece in line)
        self._column_at = (self._length, column)
        return column

    def _tail(self, count: int) -> str:
        tail = ""
        for piece in reversed(self._pieces):
            tail = piece[-count:] + tail
            if len(tail) >= count:
                break
        return tail[-count:]

    def result(self) -> tuple[str, tuple[Segment, ...], tuple[int, ...]]:
        starts = [s for s in self.page_starts if s < self._length] or [0]
        return self.text(), tuple(self.segments), tuple(starts)
