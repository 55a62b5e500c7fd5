"""The cheaper forms the stages after extraction use agree with the plain forms they replace."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from converter.map import _day_id, lexical

# every character Unicode calls white space, and some it does not
ODD_SPACES = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2007\u200b\u2028\u3000\ufeff"


@pytest.mark.parametrize("text", [
    "", " ", "Acme Co., Ltd.", "  two\n\nlines  ", "a\u3000b", "x\xa0\xa0y", "\x1cfield\x1dsep",
    "tab\tand\x0bvertical", "zero\u200bwidth", "bom\ufeffinside", "next\x85line",
    *(f"a{space}{space}b{space}" for space in ODD_SPACES),
])
def test_lexical_text_is_the_white_space_runs_squashed_as_the_regular_expression_squashes_them(text):
    assert lexical(text) == re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("day", [dt.date(1, 1, 1), dt.date(45, 6, 7), dt.date(999, 12, 31), dt.date(1000, 1, 1),
                                 dt.date(2004, 3, 7), dt.date(2024, 2, 29), dt.date(9999, 12, 31)])
def test_a_day_in_a_context_id_is_written_as_strftime_writes_it(day):
    assert _day_id(day) == f"{day:%Y%m%d}"
