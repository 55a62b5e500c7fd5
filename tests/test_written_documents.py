"""Documents written for these tests (invented companies, people, addresses and figures, in the
layouts real filings use): 6-K covers of Korean, Japanese, Taiwanese, Chinese, Hong Kong, Indian,
Israeli, European and Latin American issuers, 20-F and 20-F/A covers, 8-K and 10-K covers, full
EDGAR submissions and exhibits. Each one's every fact is written in ``data/expected/NAME.tsv``,
checked by hand:

- ``concept<TAB>value<TAB>period<TAB>dimensions``: a fact of the instance; ``period`` is
  ``document`` for the document's period, dimensions ``Axis=member;...`` or ``-``. The facts of
  a document are exactly these (a wrong value or an extra fact fails as a missing one does);
- ``== NAME``: the facts that follow are those of the output NAME (a submission's documents);
- ``!ignore<TAB>concept``: facts of a concept read by readers of other documents' figures
  (results, contacts) are not compared here;
- ``!miss<TAB>fact``: a fact the converter does not give yet (a strict xfail);
- ``!wrong<TAB>fact``: a fact the converter gives and should not (a strict xfail).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from arelle_support import assert_arelle_clean
from converter.pipeline import Converted, convert_bytes, write_converted
from factlib import DATA, facts

EXPECTED = DATA / "expected"
FOLDERS = ("cover_6k", "cover_20f", "submissions", "documents")
Fact = tuple[str, str, str, str]  # concept, value, period, dimensions


@dataclass
class Expected:
    facts: dict[str, set[Fact]] = field(default_factory=dict)  # output name ("" when one) -> facts
    misses: list[tuple[str, Fact]] = field(default_factory=list)
    wrongs: list[tuple[str, Fact]] = field(default_factory=list)
    ignored: set[str] = field(default_factory=set)


def source(name: str) -> Path:
    return next(p for folder in FOLDERS for p in (DATA / folder).glob(f"{name}.*"))


def expected(name: str) -> Expected:
    found = Expected()
    section = ""
    for line in (EXPECTED / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("== "):
            section = line[3:].strip()
            continue
        fields = line.split("\t")
        if fields[0] == "!ignore":
            found.ignored.add(fields[1])
        elif fields[0] in ("!miss", "!wrong"):
            (found.misses if fields[0] == "!miss" else found.wrongs).append((section, tuple(fields[1:])))
        else:
            found.facts.setdefault(section, set()).add(tuple(fields))
    return found


def produced(converted: Converted, ignored: set[str]) -> set[Fact]:
    period = str(converted.extraction.document_period)
    return {(f.concept, f.value, "document" if f.period == period else f.period,
             ";".join(f"{axis}={member}" for axis, member in f.dimensions) or "-")
            for f in facts(converted) if f.concept not in ignored}


_CONVERTED: dict[str, tuple[Converted, ...]] = {}


def converted(name: str) -> dict[str, Converted]:
    """The outputs of a written document by section name ("" for a document of one output)."""
    if name not in _CONVERTED:
        path = source(name)
        _CONVERTED[name] = convert_bytes(path.read_bytes(), path.name)
    outputs = _CONVERTED[name]
    if len(outputs) == 1:
        return {"": outputs[0]}
    return {c.output_name.rsplit(".", 1)[0]: c for c in outputs}


WRITTEN = sorted(p.stem for p in EXPECTED.glob("*.tsv"))


def test_at_least_twenty_written_documents():
    assert len(WRITTEN) >= 20
    for name in WRITTEN:
        assert source(name).exists()


@pytest.mark.parametrize("name", WRITTEN)
def test_every_fact(name):
    want = expected(name)
    outputs = converted(name)
    assert sorted(outputs) == sorted(want.facts), "the document's outputs"
    known_wrong = {fact for _, fact in want.wrongs}
    for section, rows in want.facts.items():
        got = produced(outputs[section], want.ignored) - known_wrong
        assert got == rows, f"{section or name}: missing {sorted(rows - got)}\nunexpected {sorted(got - rows)}"


KNOWN = [pytest.param(name, kind, section, fact, id=f"{name}-{kind}-{fact[0]}")
         for name in WRITTEN for kind in ("miss", "wrong")
         for section, fact in getattr(expected(name), kind + "es" if kind == "miss" else kind + "s")]


@pytest.mark.parametrize("name, kind, section, fact", KNOWN)
@pytest.mark.xfail(strict=True, reason="known limits, each with its reason in data/expected/NAME.tsv")
def test_known_limits(name, kind, section, fact):
    got = produced(converted(name)[section], set())
    assert (fact in got) if kind == "miss" else (fact not in got)


@pytest.mark.parametrize("name", ["hk-property-6k-html-ballot", "il-chip-20fa-html-ordinary",
                                  "sub-kr-bank-6k-two-documents", "cn-airline-6k-one-line"])
def test_arelle_loads_them_clean(name, tmp_path):
    path = source(name)
    outputs = convert_bytes(path.read_bytes(), path.name)
    for xml in write_converted(outputs, tmp_path):
        assert_arelle_clean(xml)
