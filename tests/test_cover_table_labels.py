"""Covers and results tables as web copies print them, where a label, a column's date or a mirror's
footer could pass for the filer's own facts: a results table flattened one cell a line (its
"Consolidated" cells and its period columns' dates), a mirror's copyright line naming its own site,
a 20-F cover run onto one line ('Commission File Number: ... Acme Co., Ltd. (Exact name of
registrant ...)'), an exchange no list names in a flattened class table, a 6-K notice whose first
sentence dates an earlier amendment and places the meeting in a month, a title wrapped over two
lines under the cover, and a report's heading right under a signer's labelled title. Every
company, person, figure and date is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from converter.extract.mechanisms.registered_classes import Vocabulary, rows_of
from converter.extract.kinds.cover_20f import _vocabulary
from converter.extract.registrant_heads import from_cover_caption
from converter.pipeline import convert_text


def facts(text: str, name: str = "doc.txt") -> dict[str, object]:
    (converted,) = convert_text(text, name)
    return {o.concept + "".join(f"[{m}]" for _, m in o.dimensions): o.value
            for o in converted.extraction.observations}


# ------------------------------------------------------------------------------------------
# F4: a results table flattened one cell a line: its labels and its columns' dates
# ------------------------------------------------------------------------------------------

_FLAT_RESULTS = """\
| Particulars | Figures for the current period | Figures for the previous period |
| Date of start of reporting period |
01/01/2031
|
01/10/2030
|
| Date of end of reporting period |
31/03/2031
|
31/12/2030
|
| Nature of report standalone or consolidated |
Consolidated
|
Consolidated
|
| Revenue from operations |
|
|
(i) | Interest Income |
4.21
|
3.87
|
"""


def test_flattened_results_table_gives_no_registrant_and_no_document_date():
    found = facts(_FLAT_RESULTS)
    assert "EntityRegistrantName" not in found  # 'Consolidated' twice: two cells of one row
    assert "DocumentDate" not in found  # each date is a period column's start or end


# ------------------------------------------------------------------------------------------
# F4 / M5: a mirror's copy of a 20-F cover run together onto few lines
# ------------------------------------------------------------------------------------------

_MIRROR_20F = """\
SECURITIES AND EXCHANGE COMMISSION

FORM 20-F Annual and transition report of foreign private issuers pursuant to sections 13 or 15(d)

Filing Date: 2031-06-27 | Period of Report: 2030-12-31

(HTML Version on filingmirror.example)

Copyright © 2033 www.filingmirror.example. All Rights Reserved. Please Consider the Environment

As filed with the Securities and Exchange Commission on June 27, 2031 UNITED STATES SECURITIES AND EXCHANGE COMMISSION Washington, D.C. 20549 Form 20-F (Mark One) o REGISTRATION STATEMENT PURSUANT TO SECTION 12(b) OR 12(g) OF THE SECURITIES EXCHANGE ACT OF 1934 OR þ ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 For the fiscal year ended December 31, 2030

Commission File Number: 001-98765 Hanbit Precision Holdings Co., Ltd. (Exact name of registrant as specified in its charter) N/A The Republic of Korea (Translation of registrant’s (Jurisdiction of incorporation name into English) or organization)

77, Sample-ro, Jung-gu, Seoul 04500, Korea (Address of principal executive offices)
"""


def test_mirror_copyright_site_is_no_website():
    assert "EntityWebsite" not in facts(_MIRROR_20F)  # the copyright holder's site: the mirror's


def test_name_run_on_after_the_file_number_over_captions_side_by_side():
    assert facts(_MIRROR_20F)["EntityRegistrantName"] == "Hanbit Precision Holdings Co., Ltd."
    # read from the caption itself (a copy classified otherwise has no 20-F cover reader to fall back on)
    assert from_cover_caption(_MIRROR_20F).value == "Hanbit Precision Holdings Co., Ltd."


@pytest.mark.parametrize("line, site", [
    ("Copyright © 2033 www.filingmirror.example. All Rights Reserved.", None),
    ("(c) 2031-2033 www.filingmirror.example", None),
    ("Website: www.hanbit-precision.example", "www.hanbit-precision.example"),
])
def test_copyright_holder_site(line, site):
    text = ("Hanbit Precision Co., Ltd. today announced a quarterly dividend of KRW 150 per share.\n\n"
            f"{line}\n")
    assert facts(text).get("EntityWebsite") == site


# ------------------------------------------------------------------------------------------
# F5: an exchange no list names, in a class table flattened to '|' cells
# ------------------------------------------------------------------------------------------

_CLASSES = """\
Securities registered or to be registered pursuant to Section 12(g) of the Act:
|Title of each class
|Name of each exchange on which registered
|Common Shares, par value Won 1,000 per share
|
The Ruritania Securities Dealers Association Automated
Quotation Market
|American Depositary Shares, each representing
one half of one Common Share
|The Nasdaq National Market
Securities for which there is a reporting obligation pursuant to Section 15(d) of the Act: N/A
"""


def test_exchange_cell_no_list_names_is_the_exchange_of_the_class_before_it():
    rows = rows_of(_CLASSES, _CLASSES.index("\n") + 1, _CLASSES.index("Securities for"), _vocabulary())
    assert [(r.title_text, r.exchange and " ".join(r.exchange.text.split())) for r in rows] == [
        ("Common Shares, par value Won 1,000 per share",
         "The Ruritania Securities Dealers Association Automated Quotation Market"),
        ("American Depositary Shares, each representing one half of one Common Share", "The Nasdaq National Market"),
    ]


def test_exchange_cell_needs_the_vocabulary():
    words = _vocabulary()
    plain = Vocabulary(words.heading, words.none, words.exchange, words.class_start, words.symbol_heading,
                       words.class_end)
    rows = rows_of(_CLASSES, _CLASSES.index("\n") + 1, _CLASSES.index("Securities for"), plain)
    assert len(rows) == 3  # without it the market's cell reads as a class of its own


# ------------------------------------------------------------------------------------------
# F6: a 6-K notice: a wrapped title, an earlier amendment's date, the meeting's own date
# ------------------------------------------------------------------------------------------

_6K_HEAD = """\
UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549
Form 6-K
REPORT OF FOREIGN PRIVATE ISSUER
PURSUANT TO RULE 13a-16 OR 15d-16
UNDER THE SECURITIES EXCHANGE ACT OF 1934
For the month of April 2031
Commission File Number: 001-54321
Hanbit Financial Holdings Inc.
(Translation of registrant’s name into English)
77, Sample-ro, Jung-gu, Seoul, 04500, Korea
(Address of principal executive office)
Indicate by check mark whether the registrant files or will file annual reports under cover of Form 20-F or Form 40-F.
Form 20-F ☒ Form 40-F ☐
"""

_NOTICE = _6K_HEAD + """\
Notice of Record Date for the Holders of American Depositary Shares Entitled to the
Distribution of Year-end Dividends for FY2030
On March 4, 2031, Hanbit Financial Holdings Inc. ("Hanbit") had amended its prior report on Form 6-K, to announce that the record date for the holders of its American Depositary Shares would be announced after the dividend amount has been approved at its annual general meeting of shareholders in April 2031. Hanbit held its annual general meeting of shareholders on April 11, 2031, where its shareholders approved a year-end dividend of Won 730 per share for fiscal year 2030.
Accordingly, Hanbit has determined that April 21, 2031 would be the record date for the holders of its ADSs.
"""


def test_notice_title_wrapped_over_two_lines():
    assert facts(_NOTICE)["DocumentTitle"] == (
        "Notice of Record Date for the Holders of American Depositary Shares Entitled "
        "to the Distribution of Year-end Dividends for FY2030")


def test_meeting_placed_in_a_month_is_not_dated_by_an_earlier_amendment():
    assert facts(_NOTICE)["ShareholderMeetingDate"] == dt.date(2031, 4, 11)


_SIGNED_6K = _6K_HEAD + """\
SIGNATURES
Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly authorized.
Dated: April 30, 2031 | ||
Hanbit Financial Holdings Inc. | ||
By: | /s/ Mina Seo | |
Name: Mina Seo | ||
Title: Director |
2031 1Q Preliminary Earnings Release
We hereby announce our 2031 1Q preliminary earnings conference material used for the conference call held on April 30, 2031.
"""


def test_report_heading_under_the_signers_labelled_title():
    found = facts(_SIGNED_6K)
    assert found["DocumentTitle"] == "2031 1Q Preliminary Earnings Release"
    assert [v for k, v in found.items() if k.startswith("SignatoryTitle")] == ["Director"]


_OUTSTANDING = _CLASSES + """\
Indicate the number of outstanding shares of each of the issuer’s classes of capital or common stock as of December 31, 2030:
|Common Stock, par value Won 1,000 per share
|
123,456,789 Common Shares (including 1,234,567
Common Shares represented by American Depositary
Shares)
Indicate by check mark whether the registrant is a well-known seasoned issuer. Yes [ ] No [X]
"""


def test_shares_outstanding_under_a_caption_with_its_day_filled_in():
    text = _MIRROR_20F.replace("(Address of principal executive offices)\n",
                               "(Address of principal executive offices)\n" + _OUTSTANDING)
    (converted,) = convert_text(text, "doc.txt")
    found = [(o.value, str(o.period)) for o in converted.extraction.observations if o.concept == "SharesOutstanding"]
    assert found == [(123456789, "2030-12-31")]


def test_contact_under_an_address_caption_run_on_with_its_address():
    text = _MIRROR_20F + ("\nMina Seo, +82 2 5555 0123, 77, Sample-ro. Jung-gu Seoul 04500, Korea (Name, Telephone, "
                          "E-mail and/or Facsimile number and Address of Company Contact Person)\n")
    found = facts(text)
    assert found["ContactName[1]"] == "Mina Seo"
    assert found["ContactPhoneNumber[1]"] == "+82-2-5555-0123"
