"""Regenerate ``converter/parse/gate_table.json``: what the pattern analyses learn from each
pattern the repository's documents use (``converter.parse.gate_table`` says why).

    python bench/gate_table.py            # write the table
    python bench/gate_table.py --print    # print it (tests/test_gate_table.py compares)
    python bench/gate_table.py --print --any-seed   # under this process's string hashing

Run in a fresh process: the patterns built when the readers' modules are imported are noted only
if the noting starts first. Reads only the repository's own documents (``examples/`` and
``tests/data/``), converted as the bench's first round converts them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from converter.parse import gate_table  # noqa: E402  (imports no reader: nothing is gated yet)


def documents() -> list[Path]:
    return sorted((REPO / "examples").glob("*.txt")) + sorted((REPO / "tests" / "data").rglob("*.txt"))


def convert_all() -> None:
    from converter.errors import Doc2XbrlError
    from converter.pipeline import convert_bytes

    for path in documents():
        try:
            convert_bytes(path.read_bytes(), path.name)
        except Doc2XbrlError:
            continue  # (a document the tests expect to fail: its patterns were asked all the same)


def main() -> int:
    if os.environ.get("PYTHONHASHSEED") != "0" and "--any-seed" not in sys.argv[1:]:
        # a few patterns join words taken from a set, in the set's order, which string hashing
        # varies from process to process: one seed, so that the table regenerates alike (in
        # another process such a pattern may be spelled otherwise; it is then read from its tree)
        done = subprocess.run([sys.executable, __file__, *sys.argv[1:]], env={**os.environ, "PYTHONHASHSEED": "0"})
        return done.returncode
    text = gate_table.dumps(gate_table.generate(convert_all))
    if "--print" in sys.argv[1:]:
        sys.stdout.write(text)
    else:
        gate_table.TABLE_PATH.write_text(text, encoding="utf-8")
        count = text.count('"source": ')
        print(f"{gate_table.TABLE_PATH}: {count} patterns", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
