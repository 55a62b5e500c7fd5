"""The remembered answers of the labelled-items reader are those found afresh, on every line of
every test and example document and on made heading cells."""

from __future__ import annotations

from converter.extract.mechanisms.item_labels import column_role
from tests.document_texts import ingested_texts

_HEADINGS = ["Before", "After", "  After Amendment ", "감자후", "정정 전", "Before the capital reduction",
             "Before | After", "before and after the change of the articles", ""]


def test_remembered_column_roles_are_those_read_afresh() -> None:
    cells = {part.strip() for text in ingested_texts() for line in text.split("\n") for part in line.split("|")}
    cells |= set(_HEADINGS)
    column_role.cache_clear()
    roles = 0
    for cell in sorted(cells):
        fresh = column_role.__wrapped__(cell)
        assert column_role(cell) == fresh == column_role(cell), cell
        roles += bool(fresh)
    assert roles > 5
