"""No value of the seed documents lives in product code, data, templates or schemas."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Distinctive values of the four seeds: names, addresses, amounts, people.
SEED_VALUES = re.compile(
    r"Hanaro|Thrunet|Kukje|1445-3|137-728|137-751|1337-20|2,?852,?976|1,?304,?106|326\.0|13\.6 billion"
    r"|111\.1|25\.8|77\.63|232\.9|Kyu June|Matt K Lee|Kaffenberger|Ekleberry|Newbridge|Indick"
    r"|thrunet\.com|Tarrant|AIF II"
)


def test_no_seed_values_in_product():
    hits = []
    for folder in ("converter", "templates", "schemas"):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and path.suffix not in (".pyc",):
                text = path.read_text(encoding="utf-8", errors="ignore")
                hits += [f"{path.relative_to(ROOT)}: {m.group(0)}" for m in SEED_VALUES.finditer(text)]
    assert hits == []
