"""What the press extractors gather from a document: observations, the text they used, and
the figures they saw but could not place (``Collected``, imported by them from ``sentences``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from converter.model import Mention, Observation

_STRETCH = 256  # characters of text per entry of Collected's index of used ranges


@dataclass
class Collected:
    """What the press extractors gathered: observations, the text they used, and leftovers."""

    observations: list[Observation] = field(default_factory=list)
    used: list[tuple[int, int]] = field(default_factory=list)  # clean-text ranges bound to facts
    unmapped: list[Mention] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    # ``used`` indexed by stretches of _STRETCH characters, so a figure is compared with the
    # ranges near it, not with every range of the document (a long release made it quadratic)
    _near: dict[int, list[tuple[int, int]]] = field(default_factory=dict, repr=False, compare=False)
    _indexed: int = field(default=0, repr=False, compare=False)

    def add(self, observation: Observation, start: int, end: int) -> None:
        self.observations.append(observation)
        self.used.append((start, end))

    def keep(self, pairs: list[tuple[Observation, tuple[int, int]]]) -> None:
        """Keep only ``pairs`` (an observation with its used range), in their order."""
        self.observations[:] = [obs for obs, _ in pairs]
        self.used[:] = [used for _, used in pairs]
        self._near.clear()
        self._indexed = 0

    def is_used(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a range bound to a fact (``start < e and s < end``)."""
        for s, e in self.used[self._indexed:]:
            for stretch in range(s // _STRETCH, e // _STRETCH + 1):
                self._near.setdefault(stretch, []).append((s, e))
        self._indexed = len(self.used)
        if end < start:  # an inverted range: the plain test, as the ranges may still satisfy it
            return any(start < e and s < end for s, e in self.used)
        # two ranges that overlap share a point, and so the stretch that holds it
        return any(start < e and s < end
                   for stretch in range(start // _STRETCH, end // _STRETCH + 1)
                   for s, e in self._near.get(stretch, ()))
