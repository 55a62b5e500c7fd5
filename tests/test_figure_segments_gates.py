"""The gates of ``figure_segments``' English part readers (a clause's subject, a share of the
whole): behind the words their patterns need, they find what the plain patterns find, on the
text before every figure of the examples and test documents, and on edge cases."""

from __future__ import annotations

import re
from pathlib import Path

from converter.extract.mechanisms.figure_segments import (
    _SHARE_OF_WHOLE, _SHARE_OF_WHOLE_GATED, _clause_part, _clause_part_gated)
from converter.parse.gates import fold

REPO = Path(__file__).resolve().parent.parent

_EDGES = ["Despite new models, Acme's mobile business unit recorded a loss of 7 won while raking in ",
          "Its home appliance company earned ", "The company's mobile unit reported sales of ",
          "Hotel Operations ( HO ), accounting for over 60% of Group revenue, increased by ",
          "Retail, representing half of the total sales, rose ", "The Korean company earned ",
          "ITS MOBILE UNIT recorded ", "Our chip Division posted ", ""]


def _heads() -> list[str]:
    heads = list(_EDGES)
    for path in sorted(REPO.glob("examples/*.txt")) + sorted((REPO / "tests" / "data").rglob("*.txt")):
        try:
            text = path.read_text(encoding="utf-8")[:40000]
        except UnicodeDecodeError:
            continue
        for m in re.finditer(r"[\d$€¥₩]", text):
            start = max(text.rfind(". ", 0, m.start()) + 2, m.start() - 400, 0)
            heads.append(text[start:m.start()])
    return heads


def test_the_gated_patterns_find_what_the_plain_ones_find() -> None:
    clauses = shares = 0
    for head in _heads():
        plain = [m.span() for m in _clause_part().finditer(head)]
        clauses += bool(plain)
        assert [m.span() for m in _clause_part_gated().finditer(head, fold(head))] == plain, head
        share = _SHARE_OF_WHOLE.match(head) is not None
        shares += share
        assert not share or _SHARE_OF_WHOLE_GATED.may_match(fold(head)), head
    assert clauses >= 3 and shares >= 2
