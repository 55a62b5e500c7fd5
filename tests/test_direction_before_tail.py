"""``prose_figure_kinds._direction_right_before`` tries the direction words from the last word of
the 40 characters before a figure only: it says what the plain search of them says, on every
window before a figure-like position of the examples and test documents, and on edge cases."""

from __future__ import annotations

import re
from pathlib import Path

from converter.extract.mechanisms.prose_figure_kinds import _direction_before, _direction_right_before

REPO = Path(__file__).resolve().parent.parent

_EDGES = ["revenue rose ", "revenue rose", "rose \n", "x(rose  ", "arose ", "  ", "", "fell\t", "收入減少 ",
          "revenue 減少 ", "sales up KRW ", "up\u3000", "decreased\n\n", "was down  ", "higher-", "(lower) ",
          "upward ", "profit grew\u00a0", "it declined, ", "Rose ", "DOWN "]


def _windows() -> list[str]:
    out = list(_EDGES)
    for path in sorted(REPO.glob("examples/*.txt")) + sorted((REPO / "tests" / "data").rglob("*.txt")):
        try:
            text = path.read_text(encoding="utf-8")[:40000]
        except UnicodeDecodeError:
            continue
        out += [text[max(0, m.start() - 40):m.start()] for m in re.finditer(r"[\d$€¥₩]", text)]
    return out


def test_the_last_word_search_is_the_plain_search() -> None:
    found = 0
    for before in _windows():
        plain = _direction_before().search(before) is not None
        found += plain
        assert _direction_right_before(before) == plain, before
    assert found >= 20
