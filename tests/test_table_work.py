"""The table and labelled-item mechanisms do only the work their answer needs (issue 17).

The costly tests of a results table (is this line a heading row? what period does this cell
name?) run only where a table can stand, and every shortcut answers as the long way does: the
candidate rows of the label vocabulary are compared with trying every row on each piece of
every test document. Counts of calls and answers, never seconds.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from converter.extract.mechanisms import item_labels, table_grid
from converter.extract.mechanisms.item_labels import (
    may_be_concept,
    column_role,
    concept_row,
    may_name,
    says_uncertain,
    uncertain_pattern,
    label_key,
    label_rows,
    match_key,
    qualifier_role,
    topic_rank,
    topics_of,
)
from converter.extract.mechanisms.lines import split_lines
from converter.extract.mechanisms.table_grid import fixed_width_grids, is_prose
from converter.extract.mechanisms.table_headings import HeadingEnv
from converter.extract.mechanisms.table_units import is_unit_cell

DATA = Path(__file__).resolve().parent / "data"
ENV = HeadingEnv(dt.date(2005, 7, 28))

RELEASE_HEAD = """\
HARBOURVIEW TELECOM CO., LTD.
Investor Relations Office
Seoul, Korea
For Immediate Release
Harbourview Telecom Announces Second Quarter Results
Contact: Mina Seo
"""

TABLE = """\
Summary of Results
(in billions of Won)          2Q05       2Q04       YoY
Revenues                     410.2      301.0     36.3%
Operating income              12.1      (21.3)       n/a
"""


def _counting(monkeypatch: pytest.MonkeyPatch, name: str) -> list[object]:
    """Record the first argument of every call of ``table_grid.<name>``."""
    seen: list[object] = []
    original = getattr(table_grid, name)

    def counted(*args: object) -> object:
        seen.append(args[0])
        return original(*args)

    monkeypatch.setattr(table_grid, name, counted)
    return seen


def test_no_heading_test_where_no_figures_follow(monkeypatch: pytest.MonkeyPatch) -> None:
    """Short lines with no row of figures below them (a release's head) are never tested as a
    heading row; the heading row of a table still is, and the table is read."""
    asked = _counting(monkeypatch, "_is_heading")
    assert fixed_width_grids(split_lines(RELEASE_HEAD), ENV) == []
    assert asked == []
    sentence = "The results below are unaudited and were prepared under Korean accounting standards.\n"
    grids = fixed_width_grids(split_lines(RELEASE_HEAD + sentence + TABLE), ENV)
    assert [len(g.rows) for g in grids] == [2]
    assert grids[0].headings == (("2Q05",), ("2Q04",), ("YoY",))
    asked_lines = {" ".join(r.text for r in runs) for runs in asked}  # type: ignore[attr-defined]
    assert asked_lines and asked_lines <= {" ".join(re.split(r"\s{2,}", line.strip())) for line in TABLE.splitlines()}


@pytest.mark.parametrize("between, read", [(7, True), (8, False)])
def test_body_within_reach_of_its_heading(between: int, read: bool) -> None:
    """The first row of figures must stand within 8 lines of the heading row, whatever lies
    between (here labels ending with a colon, which a table may hold there)."""
    text = "                     2005       2004\n" + "Items:\n" * between + "Revenues    410.2    301.0\n"
    grids = fixed_width_grids(split_lines(text), ENV)
    assert bool(grids) is read


def test_prose_lines_are_never_cut_into_cells(monkeypatch: pytest.MonkeyPatch) -> None:
    paragraph = ("The company reported that its revenues rose in the quarter on the strength of its new "
                 "services.\n") * 20
    cut = _counting(monkeypatch, "_runs")
    grids = fixed_width_grids(split_lines(paragraph + "\n" + TABLE + "\n" + paragraph), ENV)
    assert len(grids) == 1
    prose = [line for line in cut if is_prose(line.text)]  # type: ignore[attr-defined]
    assert len(cut) <= len(TABLE.splitlines()) + 3 and len(prose) <= 1  # the blank and prose lines around it


@pytest.mark.parametrize("line, markup", [
    ("<TABLE>", True), ("  </table>  ", True), ("<CAPTION>Results", True), ("<S>      <C>       <C>", True),
    ("-----------", True), ("   ------   =====   ___", True), (" - - - ", False), ("--", False),
    ("                              --------------------------           June 30,", False),
    ("                                            Name:  Kay Park", False), ("Revenues   410.2", False),
    ("<S> Revenues", False), ("", False), ("-------\n", True),
])
def test_markup_lines(line: str, markup: bool) -> None:
    """SGML table markup and rule lines are layout; a rule beside a heading is a heading line."""
    assert bool(table_grid._MARKUP.match(line)) is markup


def test_a_rule_line_is_rule_characters_with_three_in_a_row() -> None:
    """The markup pattern's rule test answers as its definition, on every short string of rule
    characters, spaces and a letter."""
    import itertools

    for size in range(8):
        for chars in itertools.product("-=_ x", repeat=size):
            line = "".join(chars)
            rule = set(line) <= set("-=_ ") and re.search(r"[-=_]{3}", line) is not None
            assert bool(table_grid._MARKUP.match(line)) is rule, line


@pytest.mark.parametrize("cell, unit", [
    ("KRW", True), ("(단위: 억원)", True), ("HK$ Million", True), ("Million Yen", True),
    ("(In millions of Won)", True), ("(KRW bn)", True), ("百万円", True),
    ("Summary of Results", False), ("2004", False), ("in", False), ("Revenues (KRW bn)", False), ("", False),
])
def test_unit_cells(cell: str, unit: bool) -> None:
    assert is_unit_cell(cell) is unit


# -- the label vocabulary's shortcuts against trying every row -------------------------------------


def _every_row_match(key: str, topics: frozenset[str], section: frozenset[str]) -> tuple[str, int, int] | None:
    """``match_key`` the long way: every phrase row tried in file order."""
    best, best_rank = None, None
    scopes = {"section": section, "head": section}
    for row in label_rows():
        if row.concept == "@topic" or not item_labels._applies(row, scopes.get(row.scope, topics | section)):
            continue
        m = row.pattern.search(key)
        if m is None:
            continue
        if row.concept == "@exclude":
            return row.concept, m.start(), m.end()
        rank = (row.kind in ("column", "class", "range"), -(m.end() - m.start()),
                min((topic_rank().get(t, -1) for t in row.topics), default=-1), row.order)
        if best_rank is None or rank < best_rank:
            best, best_rank = (row.concept, m.start(), m.end()), rank
    return best


def _whole_role(key: str, kinds: tuple[str, ...]) -> str:
    for row in label_rows():
        if row.kind in kinds:
            m = row.pattern.search(key)
            if m and m.start() == 0 and m.end() == len(key):
                return row.concept[1:]
    return ""


def _pieces() -> list[str]:
    """Every line of the test documents, and its parts between wide gaps, bars and colons."""
    pieces: set[str] = set()
    for path in sorted(DATA.glob("*/*.txt")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            line = line.strip()
            if line and len(line) <= 200:
                pieces.add(line)
                pieces.update(p.strip() for p in re.split(r"\s{2,}|\||[:：]", line) if p.strip())
    return sorted(pieces)


def test_candidate_rows_answer_as_every_row() -> None:
    pieces = _pieces()
    assert len(pieces) > 2000  # the test documents are all read
    everything = frozenset(topic_rank())
    found = 0
    for piece in pieces:
        key = label_key(piece)
        if not key or len(key) > 120:
            continue
        for topics, section in ((everything, everything | {"counterparty"}), (frozenset({"dividend"}), frozenset())):
            m = match_key(key, topics, section)
            assert (None if m is None else (m.row.concept, m.start, m.end)) == _every_row_match(key, topics, section), key
            found += m is not None
        assert topics_of(piece) == frozenset(
            r.kind for r in label_rows() if r.concept == "@topic" and r.pattern.search(piece)), piece
        assert says_uncertain(piece) == bool(uncertain_pattern().search(piece)), piece
        row = concept_row(piece, ("@counterparty_name",))
        assert may_name(piece) or row is None or row.kind != "name", piece
        if len(key.split()) <= 4:
            assert column_role(piece) == _whole_role(key, ("column",)), piece
            assert qualifier_role(piece) == _whole_role(key, ("column", "class", "range")), piece
    assert found > 200  # and many of them name something


def test_a_text_the_concept_gate_refuses_has_no_concept_label() -> None:
    """``may_be_concept`` False: no label cut from the text at a space is a concept row."""
    refused = 0
    for piece in _pieces():
        if may_be_concept(piece, ("@counterparty_name",)):
            continue
        refused += 1
        for m in re.finditer(r"\s+", piece):
            assert concept_row(piece[:m.start()], ("@counterparty_name",)) is None, piece
        assert concept_row(piece, ("@counterparty_name",)) is None, piece
    assert refused > 500  # the gate spares real work


def test_first_words_find_the_rows_every_word_test_finds() -> None:
    """The run index answers as an ``in`` test of each row's first-gate words on the text."""
    rows = item_labels._phrase_rows()
    for piece in _pieces():
        folded = item_labels.fold(label_key(piece))
        plain = [k for k, (_, phrase) in enumerate(rows)
                 if not phrase.gates or any(word in folded for word in phrase.gates[0])]
        assert item_labels._first_words().passing(folded) == plain, piece


def test_gated_roles_answer_as_every_row() -> None:
    """``role_of`` and ``names_a_company`` search only rows whose words are there: the same
    answers as searching every row of the roles, on every line and part of the test documents."""
    roles_sets = (("@superseded", "@current", "@before", "@after", "@before_action", "@after_action"),
                  ("@common", "@preferred", "@total"))
    named = 0
    for piece in _pieces():
        for roles in roles_sets:
            plain = next((r.concept[1:] for r in label_rows() if r.concept in roles and r.pattern.search(piece)), "")
            assert item_labels.role_of(piece, roles) == plain, piece
        key = label_key(piece)
        plain_company = any(r.pattern.search(key) for r in label_rows() if r.concept in ("@counterparty", "@new_company"))
        assert item_labels.names_a_company(piece) == plain_company, piece
        named += plain_company
    assert named > 10


def test_remembered_unit_statements_answer_as_reading_them_again() -> None:
    """The units of a heading cell are remembered by its text: asked again (each test of a
    table's headings asks), the answer is what reading the cell afresh gives, on every piece
    of every test document and example, and a list the caller may change without harm."""
    from converter.extract.mechanisms import table_units

    examples = Path(__file__).resolve().parent.parent / "examples"
    pieces = _pieces() + [line.strip() for path in sorted(examples.glob("*.txt"))
                          for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    pieces += ["(In millions of Won and thousands of US dollars)", "(단위: 억원, 원, %)", "(HK$'000)", "Million Yen"]
    for piece in pieces:
        fresh = list(table_units._unit_statements.__wrapped__(piece))
        assert table_units.unit_statements(piece) == fresh
        assert table_units.unit_statements(piece) == fresh  # remembered
    stated = table_units.unit_statements("(In millions of Won and thousands of US dollars)")
    assert [u.currency for u in stated] == ["KRW", "USD"]
    stated.clear()  # the caller's own list: the remembered answer is untouched
    assert len(table_units.unit_statements("(In millions of Won and thousands of US dollars)")) == 2
