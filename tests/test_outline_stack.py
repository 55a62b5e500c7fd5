"""The open headings of an item outline, indexed by kind: every question the outline asks of its
stack has the answer a scan of the whole stack gives, after any sequence of openings and closings."""

from __future__ import annotations

import random

from converter.extract.mechanisms.item_outline import _Open, _OpenLists


def _scan(entries: list[_Open], kind: str, number: int | None) -> int | None:
    places = [i for i, o in enumerate(entries) if o.kind == kind and (number is None or o.number == number)]
    return places[-1] if places else None


def test_innermost_agrees_with_a_scan_of_the_stack():
    rng = random.Random(5)
    kinds = ("", "1.", "(1)", "가.")
    for _ in range(200):
        stack, plain = _OpenLists(), []
        for step in range(60):
            action = rng.random()
            if action < 0.5 or not plain:
                kind = rng.choice(kinds)
                entry = _Open(kind, 0 if not kind else rng.randint(1, 4), step)
                stack.append(entry)
                plain.append(entry)
            elif action < 0.7:
                assert stack.pop() == plain.pop()
            elif action < 0.85:
                at = rng.randrange(len(plain))
                stack.cut(at)
                del plain[at:]
            elif len(plain) > 1 and not plain[-1].kind and not plain[-2].kind:
                stack.drop_second()
                del plain[-2]
            for kind in kinds:
                assert stack.innermost(kind) == _scan(plain, kind, None)
                for number in range(5):
                    assert stack.innermost(kind, number) == _scan(plain, kind, number)
        assert [stack[i] for i in range(len(stack))] == plain
