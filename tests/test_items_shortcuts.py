"""Shortcuts of the labelled-item, resolution and signature readers (issue 17) answer as the
plain reading does, on every document of the tests and the examples and at the edges:

- ``column_views`` looks for a gap between two cells only on a line whose stripped text holds
  four spaces (``_may_hold_two_cells``), not on every indented line;
- the fiscal-year readers of ``resolution_periods`` search a text for period phrases only where
  it holds a fiscal word (``_fiscal_phrases``): they take only a phrase that holds one.

The plain reading is the function with its shortcut turned off.
"""

from __future__ import annotations

import datetime as dt

import pytest
from document_texts import ingested_texts

from converter.extract.kinds import resolution_periods
from converter.extract.mechanisms import signature_lines
from converter.extract.mechanisms.signature_lines import column_views
from converter.parse.periods import find_periods

_SIDE_BY_SIDE = (
    "ALPHA FUND, L.P.                        BETA PARTNERS LTD.\n"
    "By: /s/ Ann Lee                         By: /s/ Bo Kim\n"
    "    Name:  Ann Lee                          Name:  Bo Kim\n")
_PAGES = [
    "",
    _SIDE_BY_SIDE,
    # indented blocks, one column: every line holds four spaces, in its indent only
    "        ALPHA FUND, L.P.\n        By: /s/ Ann Lee\n        By: /s/ Bo Kim\n",
    # a tab or a no-break space before the gap, and a gap at the very end of a line
    "ALPHA FUND, L.P.\t                        BETA PARTNERS LTD.\n"
    "By: /s/ Ann Lee\u00a0                        By: /s/ Bo Kim    \n",
    # the second column's words right after the gap, the first column's indented
    "      ALPHA                                  BETA\n"
    "      By: /s/ Ann Lee                        By: /s/ Bo Kim\n"
    "          Name: Ann Lee                          Name: Bo Kim\n",
    "|ALPHA |    | BETA\n|By: /s/ Ann Lee|                        |By: /s/ Bo Kim|\n",
]


def _plain_views(page: str, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    with monkeypatch.context() as patched:
        patched.setattr(signature_lines, "_may_hold_two_cells", lambda text: "    " in text)
        return column_views(page)


def test_column_views_of_every_document_are_the_plain_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    columned = 0
    for page in [*ingested_texts(), *_PAGES]:
        views = column_views(page)
        assert views == _plain_views(page, monkeypatch), page[:80]
        columned += len(views) > 1
    assert columned >= 4  # else this proves little


@pytest.mark.parametrize("page", _PAGES)
def test_column_views_at_the_edges(page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert column_views(page) == _plain_views(page, monkeypatch)


_FISCAL_TEXTS = [
    "Latest Fiscal Year's Financial Statement (FY 2008)",
    "Dividend for the fiscal year 2007",
    "for the year ended December 31, 2007",
    "for the year  ended\nDecember 31, 2007",
    "사업연도 2008년",
    "2008 회계연도",
    "Dividend for 2007",  # a year, no fiscal word: no phrase taken
    "fy2008",
    "",
]


def _texts() -> list[str]:
    lines = [line for text in ingested_texts() for line in text.split("\n")]
    paragraphs = [p for text in ingested_texts() for p in text.split("\n\n")]
    return [*_FISCAL_TEXTS, *lines, *paragraphs]


def test_fiscal_phrases_are_those_of_every_period_phrase() -> None:
    taken = 0
    for text in _texts():
        for date in (None, dt.date(2009, 3, 2)):
            fiscal = [f for f in find_periods(text, document_date=date)
                      if resolution_periods._FISCAL_WORDS.search(f.text)]
            shortcut = [f for f in resolution_periods._fiscal_phrases(text, date)
                        if resolution_periods._FISCAL_WORDS.search(f.text)]
            assert shortcut == fiscal, text[:80]
            taken += len(fiscal)
    assert taken >= 20  # else this proves little


# -- remembered answers of pure name tests ------------------------------------------------------

_NAMES = ["Apex Partners, L.P.", "APEX PARTNERS LP", "주식회사 한빛", "한빛(주)", "(주)한빛", "the Apex Trust",
          "Not applicable", "Commission File Number 001-12345", "Co., Ltd.", "Asia Cellular (Hong Kong) Limited",
          "", "  Apex   Partners,  L.P. ", "apex partners, l.p."]


def _name_texts() -> list[str]:
    """Every line of the documents (and its comma-separated parts), then each again: the second
    asking of a text is answered from memory."""
    lines = [line for text in ingested_texts() for line in text.split("\n") if line.strip()]
    parts = [part for line in lines for part in line.split(",")]
    texts = [*_NAMES, *lines[:20000], *parts[:20000]]
    return texts + texts


def test_remembered_company_names_are_the_plain_answers() -> None:
    from converter.extract.mechanisms.names import is_company_name

    names = 0
    for text in _name_texts():
        assert is_company_name(text) == is_company_name.__wrapped__(text), text[:80]
        names += is_company_name(text)
    assert names >= 50  # else this proves little


def test_remembered_name_keys_are_the_plain_keys() -> None:
    from converter.extract.mechanisms.name_match import name_key

    keys = set()
    for text in _name_texts():
        assert name_key(text) == name_key.__wrapped__(text), text[:80]
        keys.add(name_key(text))
    assert name_key("APEX PARTNERS LP") == name_key("Apex Partners, L.P.") != name_key("Apex Partners")
    assert len(keys) >= 1000  # else this proves little
