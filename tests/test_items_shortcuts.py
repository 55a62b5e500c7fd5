"""Shortcuts of the labelled-item, resolution and name readers (issue 17) answer as the plain
reading does, on every document of the tests and the examples and at the edges (the signature
reader's ``column_views`` shortcut is tested in ``test_signature_shortcuts.py``):

- the fiscal-year readers of ``resolution_periods`` search a text for period phrases only where
  it holds a fiscal word (``_fiscal_phrases``): they take only a phrase that holds one;
- ``names.is_company_name`` and ``name_match.name_key`` remember their answers.

The plain reading is the function with its shortcut turned off.
"""

from __future__ import annotations

import datetime as dt

import pytest
from document_texts import ingested_texts

from converter.extract.kinds import resolution_periods
from converter.parse.periods import find_periods

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
