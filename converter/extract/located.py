"""A value read from a document, with the clean-text range it was read from: what the anchors,
registrant and cover readers return (moved from ``anchors``, where other modules still import
it)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Located:
    """A value with the clean-text range it was read from (``end == start`` when derived)."""

    value: object
    start: int = 0
    end: int = 0
    lang: str | None = None  # of a text value not in English (a Korean name: "ko")
