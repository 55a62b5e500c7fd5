"""Tolerant matching of romanized place names: a spelling that no listed form matches is given
the nearest listed name, by edit distance over the spelling keys of
``converter.parse.address_roman`` (so McCune-Reischauer, Revised Romanization and home-made
forms are already one key), only above a confidence floor and only when one name is nearest.
Below the floor nothing is guessed: the caller keeps the spelling as printed.

The floor: one edit in a key of 4 to 7 letters, two in a longer one, never more than a quarter
of the key. Candidates come from a deletion index (every key with one letter left out), so a
lookup compares a handful of keys, not the whole list.

>>> index = NameIndex(["Yeoksam", "Samseong", "Daechi", "Jamsil", "Jamwon"])
>>> index.nearest("Yeoksm"), index.nearest("Samsseong"), index.nearest("Deachi")
('Yeoksam', 'Samseong', 'Daechi')
>>> index.nearest("Jamsol") is None, index.nearest("Jam") is None  # Jamsil or Jamwon? too short
(False, True)
>>> osa_distance("daechi", "deachi"), osa_distance("yoksam", "yoksm")
(1, 1)
"""

from __future__ import annotations

from functools import lru_cache

from converter.parse.address_roman import loose_key

_MIN_KEY = 4  # shorter keys are matched exactly or not at all
_LONG_KEY = 8  # from this length two edits are allowed
_MAX_SHARE = 0.25  # never more edits than a quarter of the key


def osa_distance(a: str, b: str) -> int:
    """Edit distance where a swap of two neighbouring letters is one edit (optimal string
    alignment)."""
    if a == b:
        return 0
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def _deletions(key: str) -> set[str]:
    return {key[:i] + key[i + 1:] for i in range(len(key))}


def allowed_edits(key: str) -> int:
    if len(key) < _MIN_KEY:
        return 0
    return min(2 if len(key) >= _LONG_KEY else 1, int(len(key) * _MAX_SHARE) or 1)


class NameIndex:
    """Names by their loose spelling key, with a deletion index for near misses."""

    def __init__(self, names) -> None:
        self.by_key: dict[str, set[str]] = {}
        for name in names:
            self.by_key.setdefault(loose_key(name), set()).add(name)
        self._deleted: dict[str, set[str]] | None = None  # built at the first near miss
        self.nearest = lru_cache(maxsize=8192)(self._nearest)

    @property
    def deleted(self) -> dict[str, set[str]]:
        if self._deleted is None:
            self._deleted = {}
            for key in self.by_key:
                for shorter in _deletions(key):
                    self._deleted.setdefault(shorter, set()).add(key)
        return self._deleted

    def exact(self, spelling: str) -> str | None:
        """The one name whose key the spelling has, else None (none, or several)."""
        names = self.by_key.get(loose_key(spelling), set())
        return next(iter(names)) if len(names) == 1 else None

    def _nearest(self, spelling: str) -> str | None:
        key = loose_key(spelling)
        exact = self.by_key.get(key)
        if exact:
            return next(iter(exact)) if len(exact) == 1 else None
        budget = allowed_edits(key)
        if not budget:
            return None
        candidates = set(self.deleted.get(key, ()))
        for shorter in _deletions(key):
            if shorter in self.by_key:
                candidates.add(shorter)
            candidates |= self.deleted.get(shorter, set())
        scored = sorted((osa_distance(key, c), c) for c in candidates)
        scored = [(d, c) for d, c in scored if d <= budget]
        if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            return None  # nothing near enough, or two names as near: no guess
        names = self.by_key[scored[0][1]]
        return next(iter(names)) if len(names) == 1 else None
