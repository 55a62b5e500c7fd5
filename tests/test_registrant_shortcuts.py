"""The registrant's letterhead reader's shortcuts answer as the plain work does, on every line of
every document of the tests and the examples: a ticker ending a line is taken off only where a
line ends in ')', as the ticker's pattern substituted on every line does."""

from __future__ import annotations

import pytest

from converter.extract import registrant_heads
from document_texts import ingested_texts


def test_ticker_taken_off_as_the_pattern_does() -> None:
    lines = {line.strip(" \t|") for text in ingested_texts() for line in text.split("\n")}
    taken = 0
    for line in lines:
        plain = registrant_heads._TICKER_AT_END.sub("", line)
        assert registrant_heads.without_ticker(line) == plain, line
        taken += plain != line
    assert taken > 0  # some line of the documents does end in a ticker


@pytest.mark.parametrize("line, bare", [
    ("Acme Bank (ACMB)", "Acme Bank"),
    ("Acme Bank   (AC.B)", "Acme Bank"),
    ("Acme Bank (ACMB) ", "Acme Bank (ACMB) "),  # a space after: no ticker at the end
    ("Acme Bank (ACMB)\r", "Acme Bank (ACMB)\r"),
    ("Acme Bank (ACMB)\n", "Acme Bank\n"),  # '$' before a final line break
    ("Acme Bank (Holdings)", "Acme Bank (Holdings)"),  # lower case: no ticker
    ("(ACMB)", ""),
    ("Acme" + " " * 200 + "Bank", "Acme" + " " * 200 + "Bank"),
    ("", ""),
])
def test_ticker_edges(line: str, bare: str) -> None:
    assert registrant_heads.without_ticker(line) == bare == registrant_heads._TICKER_AT_END.sub("", line)
