"""Where period phrases overlap, the longest wins (then the earlier, then the one found first):
``_longest_first`` tests each against its neighbours among those chosen, and must choose what
testing it against every one chosen chooses."""

from __future__ import annotations

import random

import pytest

from converter.parse.periods import FoundPeriod, _longest_first, find_periods


def _against_every_one(candidates: list[FoundPeriod]) -> list[FoundPeriod]:
    chosen: list[FoundPeriod] = []
    for c in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        if not any(c.start < o.end and o.start < c.end for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def _candidate(start: int, end: int, n: int) -> FoundPeriod:
    return FoundPeriod(None, start, end, f"p{n}", "relative", "prior_year")


@pytest.mark.parametrize("seed", range(40))
def test_neighbours_choose_as_every_one_does(seed):
    rng = random.Random(seed)
    candidates = []
    for n in range(rng.randrange(1, 60)):
        start = rng.randrange(0, 80)
        candidates.append(_candidate(start, start + rng.randrange(1, 15), n))
    candidates += candidates[: rng.randrange(0, 5)]  # the same span found twice
    assert _longest_first(candidates) == _against_every_one(candidates)


def test_an_empty_span_is_chosen_as_before():
    candidates = [_candidate(3, 9, 0), _candidate(3, 3, 1), _candidate(5, 5, 2), _candidate(9, 9, 3)]
    assert _longest_first(candidates) == _against_every_one(candidates)


def test_overlapping_phrases_in_a_sentence():
    found = find_periods("for the nine months ended September 30, 2003, up from the same period of 2002")
    assert [(f.kind, f.text) for f in found] == [
        ("months", "nine months ended September 30, 2003"), ("same", "same period of 2002")]
