"""Output names that are not plain words: the xBRL-CSV metadata names its table by a URL
reference. An unencoded '#x-facts.csv' is a fragment of the metadata file itself (Arelle loaded
0 facts) and Arelle does not decode an encoded one, so the table gets a name that is its own URL
reference; every report must load in Arelle with every fact, whatever its name."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

import pytest

from converter.pipeline import convert_text, write_converted
from test_ixbrl import arelle_load
from test_oim import OIM_PLUGIN

RELEASE = (
    "                                                    EXHIBIT 99.1\n\n"
    "             Daehan Precision Reports Second Quarter 2005 Results\n\n"
    "Seoul, Korea, July 21, 2005 - Daehan Precision Co., Ltd. (the \"Company\") today announced\n"
    "revenues of KRW 152.3 billion for the second quarter of 2005, up 17.3% from the second\n"
    "quarter of 2004.\n"
)
NAMES = ["#q2.txt", "q2?draft.txt", "q2 report final.txt", "대한 2분기.txt", "it's \"q2\".txt", "q2%20.txt"]


@pytest.mark.parametrize("name", NAMES)
def test_csv_and_json_outputs_of_odd_names_load_in_arelle_with_every_fact(tmp_path: Path, name: str):
    (converted,) = convert_text(RELEASE, name)
    written = write_converted((converted,), tmp_path, ("xbrl", "json", "csv"))
    stems = {p.name for p in written}
    metadata = next(p for p in written if p.name.endswith("-metadata.json"))
    table_url = json.loads(metadata.read_text(encoding="utf-8"))["tables"]["facts"]["url"]
    assert quote(table_url, safe="") == table_url  # its own URL reference: nothing to encode
    assert (tmp_path / table_url).is_file()
    expected = len(converted.instance.facts)
    assert expected >= 4
    for entry in (metadata, next(p for p in written if p.suffix == ".json" and p != metadata)):
        facts, problems = arelle_load(entry, plugins=OIM_PLUGIN)
        assert problems == [], (sorted(stems), problems)
        assert len(facts) == expected, entry.name
