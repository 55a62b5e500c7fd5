"""What a release's extractors have bound, indexed by stretches of text: ``is_used`` gives the
answer a comparison with every bound range gives, whatever ranges were added or dropped."""

from __future__ import annotations

import random

from converter.extract.mechanisms.sentences import Collected
from converter.model import Observation


def _plain(used: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < e and s < end for s, e in used)


def test_is_used_agrees_with_every_range_compared():
    rng = random.Random(3)
    for _ in range(200):
        out = Collected()
        for step in range(60):
            if rng.random() < 0.5:  # a range bound: empty, short, or across several stretches
                start = rng.randint(0, 3000)
                out.add(Observation("Revenues", str(step), None), start, start + rng.choice((0, 1, 40, 700)))
            if rng.random() < 0.1 and out.used:  # a table's clash drops some facts again
                out.keep([(obs, used) for obs, used in zip(out.observations, out.used) if rng.random() < 0.7])
            start = rng.randint(0, 3600)
            end = start + rng.randint(-50, 700)  # inverted ranges too
            assert out.is_used(start, end) == _plain(out.used, start, end), (start, end)


def test_a_figure_touching_a_bound_range_is_not_inside_it():
    out = Collected()
    out.add(Observation("Revenues", "1", None), 100, 200)
    assert out.is_used(199, 205) and out.is_used(50, 101)
    assert not out.is_used(200, 210) and not out.is_used(90, 100)
    assert out.is_used(150, 150)  # an empty range strictly inside
