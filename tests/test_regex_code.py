"""converter/regex_code.bin: the compiled code of the converter's patterns, committed so that a
fresh process does not compile them. A pattern from the table must be what ``re`` compiles."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from converter import regex_code

REPO = Path(__file__).resolve().parents[1]


def _plain(source: str, flags: int) -> re.Pattern:
    from re import _compiler
    return regex_code._plain_compile(source, flags) if regex_code._plain_compile else _compiler.compile(source, flags)


def _same(known: re.Pattern, plain: re.Pattern) -> None:
    assert known == plain  # (same source, flags and code)
    assert (known.flags, known.groups, dict(known.groupindex)) == (plain.flags, plain.groups, dict(plain.groupindex))


def _table() -> dict:
    table = regex_code.table()
    if not table:
        pytest.skip("the table was written by another Python (it is not used here)")
    return table


def test_the_table_is_installed_and_used_under_this_python():
    import converter.cli  # noqa: F401  (the command line installs it; importing the library does not)

    assert regex_code._plain_compile is not None
    assert len(_table()) > 1000


def test_importing_the_library_patches_nothing():
    import subprocess
    import sys

    code = "import re, converter, converter.pipeline; print(re._compiler.compile.__module__)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "re._compiler"


def test_every_entry_is_what_re_compiles():
    for (source, flags) in _table():
        _same(regex_code.compile_known(source, flags), _plain(source, flags))


def test_the_entries_match_as_re_compiled_patterns_do():
    text = "Net sales for the three months ended June 30, 2003 rose 12.5% to $1,234 million."
    for (source, flags) in list(_table())[::7]:
        known, plain = regex_code.compile_known(source, flags), _plain(source, flags)
        assert [m.span() for m in known.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_pattern_not_in_the_table_is_compiled():
    source = r"\b(?:quaestor|tribune)s?\s+of\s+the\s+(?P<who>plebs)"
    assert (source, re.I | re.U) not in regex_code.table()
    _same(regex_code.compile_known(source, re.I | re.U), _plain(source, re.I | re.U))
    assert re.compile(source, re.I).match("Tribunes of the plebs")["who"] == "plebs"


def test_a_wrong_entry_would_be_answered_so_the_check_above_guards_it(monkeypatch):
    (source, flags), entry = next(iter(_table().items()))
    other = regex_code.entry(r"(?:quaestor)", flags)
    monkeypatch.setitem(regex_code.table(), (source, flags), (entry[0], other[1], *entry[2:]))
    assert regex_code.compile_known(source, flags) != _plain(source, flags)


def test_another_pythons_table_is_not_used(monkeypatch):
    regex_code.table.cache_clear()
    monkeypatch.setattr(regex_code, "engine", lambda: "2.7.18")
    try:
        assert regex_code.table() == {}
    finally:
        regex_code.table.cache_clear()


def test_the_committed_table_holds_the_patterns_the_documents_use():
    # a stale table only costs time (a pattern it lacks is compiled): regenerate it with
    # `python bench/regex_code.py` when patterns change
    if not regex_code.table():
        pytest.skip("the table was written by another Python (it is not used here)")
    done = subprocess.run([sys.executable, str(REPO / "bench" / "regex_code.py"), "--print"],
                          capture_output=True, text=True, cwd=REPO, check=True)
    assert f"{len(regex_code.table())} patterns, all in the committed table" in done.stderr, done.stderr


def test_an_entry_gives_the_groups_their_names_and_numbers_as_re_does(monkeypatch):
    source = r"(\w+)=(?P<figure>\d+)(?:\s*(?P<unit>%|percent))?|(?P<word>none)"
    monkeypatch.setitem(regex_code.table(), (source, re.U), regex_code.entry(source, re.U))
    known, plain = regex_code.compile_known(source, re.U), _plain(source, re.U)
    _same(known, plain)
    for text in ("rate=12 percent", "rate=12", "none"):
        k, p = known.match(text), plain.match(text)
        assert (k.lastgroup, k.lastindex, k.groupdict(), k.groups()) == (p.lastgroup, p.lastindex, p.groupdict(), p.groups())
