"""The flattened tanshin reader's gate (``table_flat_rows.may_hold_flat_rows``): a document is
not walked line by line where its text holds no run of units. The gate must hold wherever a line
holds one (the plain path's test), and the reader must find nothing where it fails."""

from __future__ import annotations

from pathlib import Path

from converter.extract.mechanisms.lines import split_lines
from converter.extract.mechanisms.table_flat_rows import _UNITS, flat_row_grids, may_hold_flat_rows

REPO = Path(__file__).resolve().parent.parent

_EDGES = ["売上高 営業利益 経常利益 百万円 % 百万円 % 百万円 % 30年3月期 1,865 0.2 862 11.1 933 8.3 "
          "29年3月期 1,836 0.2 408 △36.9 900 1.0",
          "売上高 営業利益 経常利益\n百万円 % 百万円 % 百万円 %\n2019年3月期第1四半期 1,234 5.0 120 ― 130 ―\n"
          "2018年3月期第1四半期 1,200 4.0 110 2.0 120 1.0",
          "百万円 ％ 百万円 ％ ", "% %", "%\n%\n", "up 5% and 6%", "百万円%百万円%", "千円\u3000%\u3000", "50 %"]


def _texts() -> list[str]:
    texts = list(_EDGES)
    for path in sorted(REPO.glob("examples/*.txt")) + sorted((REPO / "tests" / "data").rglob("*.txt")):
        try:
            texts.append(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            continue
    return texts


def test_the_gate_holds_wherever_a_line_holds_units() -> None:
    held = 0
    for text in _texts():
        lines = split_lines(text)
        if any(_UNITS.search(line.text) for line in lines):
            held += 1
            assert may_hold_flat_rows(text)
        if not may_hold_flat_rows(text):
            assert flat_row_grids(lines) == []
    assert held >= 3
    for text in _EDGES[:2]:  # (tables of the layout: read, the gate open)
        assert flat_row_grids(split_lines(text)) and may_hold_flat_rows(text)
