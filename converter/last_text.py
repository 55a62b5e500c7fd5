"""Answers remembered for the last text asked about, and for no other.

A reader asks the same question of one document's text several times (a cover's box rows by its
body's end and then by its questions; a label's stated date once per repeated form). An
``lru_cache`` keyed by ``(text, question)`` answers that, but each key holds its whole text, so
a cache of 64 keys kept up to 64 documents alive in a batch of large filings. This holds one.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

Answer = TypeVar("Answer")


class LastTextMemory(Generic[Answer]):
    """``answer(text, question)``, remembered while ``text`` (the same object) is the last asked.

    >>> asked = []
    >>> memory = LastTextMemory(lambda text, q: asked.append(q) or text.count(q))
    >>> text = "a cat, a hat"
    >>> memory.answer(text, "at"), memory.answer(text, "at"), memory.answer(text, "a ")
    (2, 2, 2)
    >>> asked
    ['at', 'a ']
    >>> memory.answer("that", "at"), asked[-1]
    (1, 'at')
    """

    def __init__(self, answer: Callable[[str, Hashable], Answer]) -> None:
        self._answer = answer
        self._last: tuple[str | None, dict[Hashable, Answer]] = (None, {})

    def answer(self, text: str, question: Hashable) -> Answer:
        last_text, answers = self._last  # one read of the pair: another thread may replace it
        if last_text is not text:
            answers = {}
            self._last = (text, answers)
        if question not in answers:
            answers[question] = self._answer(text, question)
        return answers[question]

    def holds(self, text: str) -> bool:
        """Whether the answers held are ``text``'s (for the tests: only the last text is held)."""
        return self._last[0] is text
