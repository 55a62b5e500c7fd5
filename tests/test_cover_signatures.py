"""Signature blocks of covers in the shapes web copies and typists left them: a page run together
onto one line, a title wrapped onto a line that opens with 'and', a title cut in its last word
where a saved copy stops (``extract.mechanisms.signatures``, ``signature_collapsed``)."""

from __future__ import annotations

import doctest

import pytest

from converter.extract.mechanisms import signature_collapsed
from converter.extract.mechanisms.signatures import find_signature_blocks

PREAMBLE = ("Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly "
            "caused this report to be signed on its behalf by the undersigned, thereunto duly authorized. ")


def test_doctests() -> None:
    assert doctest.testmod(signature_collapsed).failed == 0


# signatory, title, date
CASES = [
    pytest.param(
        "FORM 6-K ... " + PREAMBLE + "ACME AIRLINES COMPANY LIMITED (Registrant) Date: March 30, 2004 By: /s/ Zhou "
        "Min Name: Zhou Min Title: Company Secretary The auditors of the Company, Hua Accountants, 18/F, "
        "Bund Centre, Shanghai, have agreed the figures in this announcement. Contact: Ms. Li, Tel: 5555-8012",
        ("Zhou Min", "Company Secretary", "2004-03-30"), id="one-line-labels"),
    pytest.param(
        "SIGNATURES " + PREAMBLE + "Acme Semiconductor Company Ltd. Date: April 30, 2003 By /S/ Ann Lee "
        "---------------------------------- Ann Lee Senior Vice President & Chief Financial Officer Acme "
        "Semiconductor Company Ltd. Financial Statements for the Three Months Ended March 31, 2003 and 2002 "
        "Together with Independent Accountants' Report Readers are advised that the original version is",
        ("Ann Lee", "Senior Vice President & Chief Financial Officer", "2003-04-30"), id="one-line-printed-name"),
    pytest.param(
        "SIGNATURES " + PREAMBLE + "Acme Co. Date: May 2, 2005 By: /s/ Ann Lee Name: Ann Lee Title: Chief "
        "Manager, General Affairs Corporate Administration Division Notice regarding the results of the "
        "annual meeting of shareholders held on May 1, 2005 follows in the attached pages of this report",
        ("Ann Lee", None, "2005-05-02"), id="one-line-title-no-end"),  # no head word ends it: left out
    pytest.param(
        "                                   SIGNATURE\n\n"
        "Date: October 28, 2005                By: /s/ Ricardo Garza Villarreal\n"
        "                                          --------------------------------\n"
        "                                          Name:  Ricardo Garza Villarreal\n"
        "                                          Title: Director of Planning\n"
        "                                                 and Finance\n",
        ("Ricardo Garza Villarreal", "Director of Planning and Finance", "2005-10-28"), id="title-wrapped-and"),
    pytest.param(
        "                                   SIGNATURES\n\n"
        "Date: October 3, 2007                   By: /s/ Margaret A. Kowalski\n"
        "                                            ------------------------------\n"
        "                                            Margaret A. Kowalski\n"
        "                                            Vice President, General Counsel\n"
        "                                            and Secretary\n",
        ("Margaret A. Kowalski", "Vice President, General Counsel and Secretary", "2007-10-03"),
        id="printed-title-wrapped-and"),
    pytest.param(
        "                                   SIGNATURES\n\n"
        "Date: September 25, 2006               By: /s/ Dong-Wook Seo\n"
        "                                           ----------------------------\n"
        "                                           Name:  Dong-Wook Seo\n"
        "                                           Title: Senior Vice Presi",
        ("Dong-Wook Seo", None, "2006-09-25"), id="title-cut-mid-word"),
    pytest.param(
        "                                   SIGNATURES\n\n"
        "Date: June 7, 2005                     By: /s/ Eun-Ji Choi\n"
        "                                           Name:  Eun-Ji Choi\n"
        "                                           Title: Head of Investor Relations",
        ("Eun-Ji Choi", "Head of Investor Relations", "2005-06-07"), id="title-whole-at-the-end"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_cover_signature(text: str, expected: tuple) -> None:
    blocks = find_signature_blocks(text)
    assert len(blocks) == 1, blocks
    block = blocks[0]
    assert (block.signatory, block.title, block.date.isoformat() if block.date else None) == expected
    for value, span in ((block.signatory, block.signatory_span), (block.title, block.title_span)):
        if value:
            assert " ".join(text[span[0]:span[1]].split()) == value


@pytest.mark.parametrize("text, end", [
    ("Title: Company Secretary The auditors of", "Company Secretary"),
    ("Title: President & Chief Executive Officer Acme Corp.", "President & Chief Executive Officer"),
    ("Title: President, Asia Pacific Region and", None),  # ends in no head word
    ("Title: Managing Director, Head of Finance", None),  # 'Director' is followed by a comma
])
def test_title_run(text: str, end: str | None) -> None:
    start = text.index(":") + 2
    stop = signature_collapsed.title_run(text, start, len(text))
    assert (text[start:stop] if stop else None) == end
