"""A layout's words in one line, with the way back to the text.

Cover pages come as fixed-width text, as HTML flattened to ``|`` cells or tab-separated cells,
and with words broken over lines. :class:`FlatWords` joins the pieces (a line, or a cell of a
line, stripped) with single spaces, so a phrase broken anywhere matches one pattern, and maps
every character back to its offset in the text for the span of a fact. A *block* is a run of
pieces that no blank line, cell boundary or rule (``-----``) separates: one value of a cover.

>>> words = FlatWords.of("   ACME CO.\\n (Exact name of\\n registrant)\\n\\n  Korea | (Jurisdiction)\\n")
>>> words.flat
'ACME CO. (Exact name of registrant) Korea (Jurisdiction)'
>>> start = words.flat.index("Korea")
>>> words.text_range(start, start + 5)
(44, 49)
>>> [words.flat[a:b] for a, b in words.blocks(0, len(words.flat))]
['ACME CO. (Exact name of registrant)', 'Korea', '(Jurisdiction)']
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from converter.extract.mechanisms.lines import strip_span

_PIECE = re.compile(r"[^|\t\n]+")  # a '|' or a tab parts the cells of a table row
RULE = re.compile(r"[-_=*.\s]+")
# a rule of dashes, underscores or equals signs ('- -------' too): it parts values like a cell
RULE_RUN = re.compile(r"(?<!\w)[-_=](?:[ \t]?[-_=]){2,}(?!\w)")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def cell_break(between: str) -> bool:
    """A '|', or a tab on the line of the piece before (a leading tab only indents)."""
    return "|" in between or "\t" in between.split("\n", 1)[0]


@dataclass(frozen=True)
class FlatWords:
    """Pieces of a text joined by single spaces (``flat``), each with its text offset."""

    flat: str
    starts: tuple[int, ...]  # flat offset of each piece
    origins: tuple[int, ...]  # text offset of each piece
    lengths: tuple[int, ...]
    fresh: tuple[bool, ...]  # the piece opens a block

    @classmethod
    def of(cls, text: str, start: int = 0, end: int | None = None) -> "FlatWords":
        """The words of ``text[start:end]``."""
        end = len(text) if end is None else end
        masked = RULE_RUN.sub(lambda m: "|" * len(m.group(0)), text[:end])
        pieces: list[tuple[int, str, bool]] = []
        previous, cut = start, True
        for m in _PIECE.finditer(masked, start, end):
            before, piece = masked[previous : m.start()], m.group(0)
            stripped = piece.strip()
            if not stripped:
                cut = cut or cell_break(before) or bool(_BLANK_LINE.search(before + piece))
                continue
            rule = RULE.fullmatch(stripped) is not None and len(stripped) > 2
            cut = cut or cell_break(before) or bool(_BLANK_LINE.search(before)) or rule
            lead = len(piece) - len(piece.lstrip())
            pieces.append((m.start() + lead, stripped, cut))
            previous, cut = m.start() + lead + len(stripped), rule
        return cls.joined(pieces)

    @classmethod
    def joined(cls, pieces: list[tuple[int, str, bool]]) -> "FlatWords":
        """Words of (text offset, piece, opens a block) pieces, in order."""
        starts, position = [], 0
        for _, piece, _ in pieces:
            starts.append(position)
            position += len(piece) + 1
        return cls(" ".join(p for _, p, _ in pieces), tuple(starts), tuple(o for o, _, _ in pieces),
                   tuple(len(p) for _, p, _ in pieces), tuple(f for _, _, f in pieces))

    def offset(self, flat_index: int) -> int:
        """Text offset of the flat character at ``flat_index`` (a joining space maps to the end
        of the piece before it)."""
        if not self.starts:
            return 0
        i = max(bisect.bisect_right(self.starts, flat_index) - 1, 0)
        return self.origins[i] + min(max(flat_index - self.starts[i], 0), self.lengths[i])

    def text_range(self, a: int, b: int) -> tuple[int, int]:
        """Text offsets of the flat range ``[a, b)``."""
        return (self.offset(a), self.offset(b - 1) + 1) if b > a else (self.offset(a), self.offset(a))

    def piece(self, i: int) -> str:
        return self.flat[self.starts[i] : self.starts[i] + self.lengths[i]]

    def interleaved_captions(self) -> list[int]:
        """Where two captions in parentheses set side by side, each wrapped over two rows, were
        flattened row by row: four cells '(Translation of name' | '(Jurisdiction of' | 'into
        English)' | 'organization)' (two opened, then two closed); the index of the first.

        >>> words = FlatWords.of("|(Name of\\n|(Place of\\n|the firm)\\n|its office)\\n")
        >>> [(words.piece(i), words.piece(i + 2)) for i in words.interleaved_captions()]
        [('(Name of', 'the firm)')]
        """
        # each piece read once for its parenthesis (a cover holds hundreds, and few open one)
        pieces = [self.flat[start : start + length] for start, length in zip(self.starts, self.lengths)]
        opened = [p.startswith("(") and ")" not in p for p in pieces]
        found = []
        for i in range(len(pieces) - 3):
            if opened[i] and opened[i + 1] and all(_closes(p) for p in pieces[i + 2 : i + 4]) \
                    and all(self.fresh[i + 1 : i + 4]):
                found.append(i)
        return found

    def blocks(self, a: int, b: int) -> list[tuple[int, int]]:
        """Flat ranges of the blocks within ``[a, b)``, rules and edge punctuation left out."""
        found: list[tuple[int, int]] = []
        for i, start in enumerate(self.starts):
            end = start + self.lengths[i]
            if end <= a or start >= b:
                continue
            s, e = max(start, a), min(end, b)
            if RULE.fullmatch(self.flat[s:e]):
                continue
            if found and not self.fresh[i] and start >= a:
                found[-1] = (found[-1][0], e)
            else:
                found.append((s, e))
        return [r for r in (_strip(self.flat, s, e) for s, e in found) if r[1] > r[0]]


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    return strip_span(text, a, b, " \t:;,", " \t:;,")


def _closes(piece: str) -> bool:
    """A piece that closes a caption opened in an earlier one ("into English)")."""
    return piece.endswith(")") and "(" not in piece
