"""``standalone_dates._flattened_cell`` walks the lines by index (no slice of the document's lines
per dated line): it says what the plain reading by slices says, for every line of the examples,
the test documents and flattened tables' edge cases."""

from __future__ import annotations

from pathlib import Path

from converter.extract.mechanisms.lines import between_cells, split_lines
from converter.extract.standalone_dates import _flattened_cell

REPO = Path(__file__).resolve().parent.parent

_EDGES = ["| Period ended |\n31/03/2031\n|\n31/12/2030\n|", "| Period ended |\n\n  \n31/03/2031\n\n|",
          "31/03/2031\n|", "| Revenue |\n31/03/2031", "|\n|\n|", "", "\n\n", "a |\nb\n  | c"]


def _plain(lines, i: int) -> bool:
    above = next((line.text for line in reversed(lines[:i]) if not line.blank), "")
    below = next((line.text for line in lines[i + 1 :] if not line.blank), "")
    return between_cells(above, below)


def test_the_walk_by_index_reads_as_the_slices_do() -> None:
    texts = list(_EDGES)
    for path in sorted(REPO.glob("examples/*.txt")) + sorted((REPO / "tests" / "data").rglob("*.txt")):
        try:
            texts.append(path.read_text(encoding="utf-8")[:60000])
        except UnicodeDecodeError:
            continue
    cells = 0
    for text in texts:
        lines = split_lines(text)
        for i in range(len(lines)):
            plain = _plain(lines, i)
            cells += plain
            assert _flattened_cell(lines, i) == plain, (text[:100], i)
    assert cells >= 3
