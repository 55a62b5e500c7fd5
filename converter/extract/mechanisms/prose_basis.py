"""The accounting basis a sentence of results prose states its figures on.

A Korean disclosure form states the consolidated figures in its table ("1. 재무제표의 종류 연결")
and, in its notes, the same measures on the separate basis ("별도재무제표 기준 손익은 다음과
같습니다. 1) 매출액 : 86,378백만원"); an English release may add "On a non-consolidated basis,
revenues were ...". In a document that states consolidated figures, the separate-basis ones are
not its facts (the taxonomy has no basis axis): they stay unmapped, with that reason, however
well they bind. The words are the kinds ``separate``, ``consolidated`` and ``opens_list`` of
``data/measure_phrases.tsv``.
"""

from __future__ import annotations

import re

from converter.extract.mechanisms.sentences import PhraseFinder, Sentence, word_pattern

SEPARATE_BASIS = "a separate-basis (parent-only) figure, not the consolidated one the document states"
# the marker of an item of a list, one group per style: "(2)", "1)", "3.", "①", "가.", "-"
_LIST_ITEM = re.compile(r"\s*(?:(\(\d{1,2}\))|(\d{1,2}\))|(\d{1,2}\.)|([①-⑳])|([가-하][.)])|([-•·*]))")


class Basis:
    """Tells, sentence by sentence in document order, whether a sentence's figures are on the
    separate basis: it names that basis, or it is an item of the list such a sentence opens."""

    def __init__(self, text: str) -> None:
        self.separate_words = PhraseFinder("separate", text)
        # (looked for only in a document that names the separate basis: most name neither)
        self.consolidated = not self.separate_words.absent and bool(word_pattern("consolidated").search(text))
        self.in_list = False  # the items of a separate-basis list go on
        self.item_style = 0  # the marker style of its first item: "1)" items, not the form's next "3."

    def separate(self, s: Sentence) -> bool:
        if not self.consolidated:
            return False
        if self.separate_words.search(s.text):
            self.in_list, self.item_style = bool(word_pattern("opens_list").search(s.text)), 0
            return True
        item = _LIST_ITEM.match(s.text) if self.in_list else None
        style = item.lastindex if item else 0
        self.in_list = bool(item) and self.item_style in (0, style)
        self.item_style = style
        return self.in_list
