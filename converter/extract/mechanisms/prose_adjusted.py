"""Figures of a clause that adjusts them: "Excluding the one-time gain, net profit rose 64%",
"On a like-for-like basis, revenue grew 12%, while reported revenue rose 20%". Such a figure is
the measure as it would be with an item left out, not the reported one; business news states it
beside the reported figure, which is the fact. The adjusted figures go to the unmapped report
with their reason; the other clauses of the sentence are read as ever.

The adjusting words are kind ``adjusted`` of ``data/measure_phrases.tsv``. Opening a clause, they
adjust it up to the next clause of a contrast ("; ", ", while", ", but"); closing one, after its
figure ("... grew 25% in constant currency terms"), they adjust it back to the comma before. Words
set off by a comma with no figure before them in their stretch open a clause, whatever leads in
("he said, adding that if the gain is excluded, profit rose ...").

A heading or lead-in that names a basis opens a block of figures on it ("On a non-GAAP basis:"
over a list, "Non-IFRS Results" over paragraphs; kinds ``adjusted_heading`` and
``reported_heading``): the block lasts until the next basis heading or the next heading of any
kind (the end of its section) or a sentence that opens on the reported basis ("On a GAAP basis,
net income was ..."); a lead-in's block (a colon) is its list only, which ends at the first
paragraph after it that is no item. The figures of an adjusted block go to the unmapped report
as those of an adjusting clause do; those of a reported block ("On a GAAP basis:") are read as ever.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from converter.extract.mechanisms.sentences import PhraseFinder, Sentence
from converter.model import Mention

if TYPE_CHECKING:
    from converter.extract.base import DocumentContext
    from converter.extract.mechanisms.prose_figures import Figure

# where a clause of a contrast opens: "; ", ", while", " whereas", ", but" (a comma alone does
# not: "Excluding the gain, net profit rose" is one clause)
_CLAUSE_OPENER = re.compile(r"""
    ;                                   # a semicolon
    | ,?\s+(?:while|whereas|but)\s      # a contrast's conjunction
    """, re.VERBOSE | re.IGNORECASE)

# a figure's digit, not a year's ("2017" of "October-December 2017" is no figure)
_FIGURE = re.compile(r"(?<![\d,.])(?!(?:19|20)\d\d(?!\d))\d")


def _set_off(text: str, at: int) -> bool:
    """Whether the words ending at ``at`` are set off by a comma before any figure follows
    ("if the gain of 2017 is excluded, profit rose 5%"): an adverbial clause of their own."""
    comma = text.find(",", at)
    return comma >= 0 and _FIGURE.search(text, at, comma) is None
ADJUSTED = "an adjusted figure ('{}'): not the reported one"

# what may stand before the words of a basis heading on its line: a bullet, an item number
# ("2.", "(b)", "B."), a heading's mark
_HEADING_MARK = re.compile(r"""
    [\s\-–—•·*#▶■□◆]*                   # bullets and marks
    (?:(?:\(?[\dA-Za-z]{1,2}[.)]|[①-⑳])\s+)?   # an item number or letter
    """, re.VERBOSE)
# a footnote's mark ("On a non-GAAP[2] basis:", "Non-GAAP(3) Results"): no figure
_FOOTNOTE = re.compile(r"\[\d{1,2}\]|\(\d{1,2}\)")
# the marker of a list's item: a bullet, an item number or letter ("1.", "(a)", "①")
_ITEM = re.compile(r"\s*(?:[\-–—•·*▶■□◆○●]|\(?[\dA-Za-z]{1,2}[.)]\s|[①-⑳])")
# a blank line: a new paragraph
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")


def _opens_list(text: str) -> bool:
    """A lead-in run on into its list's first item in one sentence ("On a non-IFRS basis, which
    excludes one-time items: - Operating profit was ..."): no figure before the colon, an item's
    marker right after it.

    >>> _opens_list("On a non-IFRS basis: - Operating profit was 9 million."), _opens_list("Revenue: 9 million")
    (True, False)
    """
    colon = min((i for i in (text.find(":"), text.find("：")) if i >= 0), default=-1)
    return colon > 0 and _FIGURE.search(_FOOTNOTE.sub("", text[:colon])) is None and _ITEM.match(text, colon + 1) is not None


class AdjustedClauses:
    """The adjusting clauses of a document's sentences (their words looked for only in a
    sentence that holds them: most documents have none)."""

    def __init__(self, text: str) -> None:
        self.finder = PhraseFinder("adjusted", text)
        self.adjusted_heading = PhraseFinder("adjusted_heading", text)
        self.reported_heading = PhraseFinder("reported_heading", text)
        self.text = text
        self.block: str | None = None  # the words of the adjusted basis heading the sentences are under
        self.listed = False  # the block is a lead-in's list, not a heading's section
        self.last_end = 0  # where the sentence before ended

    @property
    def watching(self) -> bool:
        """Whether a basis heading may open or close a block (most documents have none)."""
        return not self.adjusted_heading.absent or self.block is not None

    def follow(self, s: Sentence, heading: bool) -> None:
        """Takes note of a basis heading or lead-in ``s`` (a heading line, or a sentence of no
        figure ending on a colon): it opens a block on its basis; any other heading ends one."""
        before, self.last_end = self.last_end, s.end
        # a heading or lead-in states no figure (a short Chinese sentence has no stop a heading lacks)
        figureless = _FIGURE.search(_FOOTNOTE.sub("", s.text)) is None
        lead_in = figureless and s.text.rstrip().endswith((":", "：")) or _opens_list(s.text)
        if not (heading and figureless or lead_in):
            if self.block is None:
                return
            if self.listed and _PARAGRAPH_BREAK.search(self.text, before, s.start) and not _ITEM.match(s.text) \
                    or self._opens(s, self.reported_heading):
                self.block = None  # a paragraph after the lead-in's list, or "On a GAAP basis, profit ..."
            return
        self.block, self.listed = None, lead_in
        for finder in (self.adjusted_heading, self.finder):
            opened = self._opens(s, finder)
            if opened is not None:
                self.block = " ".join(opened.split())
                return

    @staticmethod
    def _opens(s: Sentence, finder: PhraseFinder) -> str | None:
        """The words of ``finder`` that open ``s`` (after a bullet or an item number), if any."""
        at = _HEADING_MARK.match(s.text).end()  # type: ignore[union-attr]
        m = finder.search(s.text[at:])
        return m.group(0) if m is not None and m.start() == 0 else None

    def spans(self, s: Sentence) -> list[tuple[int, int, str]]:
        """(start, end, adjusting words) of each adjusting clause of ``s``, in document offsets."""
        if self.finder.absent:
            return []
        m = self.finder.search(s.text)
        if m is None:
            return []
        opens = list(_CLAUSE_OPENER.finditer(s.text))
        start = max((o.end() for o in opens if o.end() <= m.start()), default=0)
        # the stretch before the words back to the comma before them, if any
        start = max(start, s.text.rfind(",", start, m.start()) + 1)
        lead = s.text[start:m.start()].strip(" ,\n\"“")
        if lead and (_FIGURE.search(s.text, start, m.start()) or not _set_off(s.text, m.end())):
            # the words close a clause ("... grew 25% in constant currency terms", "..., or 8%
            # on a like-for-like basis") or qualify its noun ("net profit without the gain
            # fell 5% to X"): only what stands between the comma before and them
            return [(s.start + start, s.start + m.end(), m.group(0))]
        # the words open a clause ("Excluding the one-time gain, net profit rose ...", or
        # after a lead-in and set off by a comma: "he said, adding that if the gain is
        # excluded, profit rose ..."): up to the next clause of a contrast
        end = min((o.start() for o in opens if o.start() >= m.end()), default=len(s.text))
        return [(s.start + start, s.start + end, m.group(0))]

    def leave_out(self, s: Sentence, figures: list["Figure"], ctx: "DocumentContext") -> tuple[list["Figure"], list[Mention]]:
        """``figures`` less those of an adjusting clause of ``s``, and the mentions of those left out."""
        if self.block is not None and figures:  # under "On a non-GAAP basis:"
            reason = ADJUSTED.format(self.block)
            return [], [Mention(f.text, ctx.span(f.start, f.end), reason) for f in figures]
        spans = self.spans(s) if figures else []
        if not spans:
            return figures, []
        kept: list["Figure"] = []
        left: list[Mention] = []
        for f in figures:
            clause = next((words for start, end, words in spans if start <= f.start < end), None)
            if clause is None:
                kept.append(f)
            else:
                left.append(Mention(f.text, ctx.span(f.start, f.end), ADJUSTED.format(" ".join(clause.split()))))
        return kept, left
