"""Regenerate ``converter/regex_code.bin``: the compiled code of each pattern the repository's
documents use (``converter.regex_code`` says why).

    python bench/regex_code.py            # write the table
    python bench/regex_code.py --print    # say whether the committed table is the regenerated one

Run in a fresh process, under the Python the converter runs on (the table is used only under
the Python that wrote it). Reads only the repository's own documents, as
``bench/gate_table.py`` does.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from converter import regex_code  # noqa: E402  (imports no reader: nothing is compiled yet)
from gate_table import convert_all  # noqa: E402


def main() -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":
        # a few patterns join words taken from a set, in the set's order: one seed, so that the
        # table regenerates alike (another process may spell such a pattern otherwise: then it
        # is compiled, as one not in the table)
        done = subprocess.run([sys.executable, __file__, *sys.argv[1:]], env={**os.environ, "PYTHONHASHSEED": "0"})
        return done.returncode
    patterns = regex_code.generate(convert_all)
    same = patterns == regex_code.table()
    if "--print" not in sys.argv[1:]:
        regex_code.TABLE_PATH.write_bytes(regex_code.dumps(patterns))
    print(f"{regex_code.TABLE_PATH}: {len(patterns)} patterns, "
          f"{'all in the committed table' if same else 'not the committed table'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
