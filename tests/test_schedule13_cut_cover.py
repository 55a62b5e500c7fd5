"""Schedule 13D cover pages whose reporting person's name is printed as an organization's
without a legal form ("... Telecom"), or is cut short by the end of the text: a name in an
industry's words is an entity; a name the text stops inside is typed by no shape (its type is
left out rather than guessed). Invented names."""

from __future__ import annotations

import re

import pytest

from converter.pipeline import convert_text

COVER = """                        SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                  SCHEDULE 13D
                   Under the Securities Exchange Act of 1934
                              (Amendment No. 2)*

                            Velmora Networks Co., Ltd.
                                (Name of Issuer)

                                  Common Stock
                         (Title of Class of Securities)

                                   Y12345678
                                 (CUSIP Number)

<PAGE>

CUSIP No. Y12345678

(1)  Name of Reporting Person
     S.S. or I.R.S. Identification Nos. of Above Persons
          {name}
"""


@pytest.mark.parametrize(("name", "types"), [
    ("TARVIK TELECOM, I", ["entity"]),  # an industry's word: an organization, cut or not
    ("Tarvik Communications", ["entity"]),
    ("BRONWEN ALDER, J", []),  # a person's shape, but cut short: not typed
])
def test_reporting_person_type(name: str, types: list[str]) -> None:
    converted, = convert_text(COVER.format(name=name), "schedule.txt")
    xml = converted.xml.decode()
    assert re.findall(r"ReportingPersonName [^>]*>([^<]+)<", xml) == [name]
    assert re.findall(r"ReportingPersonType [^>]*>([^<]+)<", xml) == types


@pytest.mark.parametrize("printed", ["Y12345-67-8", "Y12345 67 8", "Y12345678"])
def test_cusip_as_printed(printed: str) -> None:
    """A CUSIP number grouped 6-2-1 by hyphens or spaces is reported as printed."""
    text = COVER.format(name="TARVIK TELECOM CORPORATION").replace(
        "                   Y12345678\n", f"                   {printed}\n", 1)
    converted, = convert_text(text, "schedule.txt")
    assert re.findall(r"SubjectSecurityCusip [^>]*>([^<]+)<", converted.xml.decode()) == [printed]


OMB_BOX = """                                                     ---------------------------
                                                            OMB APPROVAL
                                                     ---------------------------
                                                        OMB Number: 3235-0145
                                                     ---------------------------

                                  UNITED STATES
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                  SCHEDULE 13D

                    Under the Securities Exchange Act of 1934
                               (Amendment No. 3)*

                          Velmora Tongsin Chusik Hoesa
                             (Velmora Networks Co., Ltd.)
--------------------------------------------------------------------------------
                                (Name of Issuer)

                  Common Shares, par value Won 500 per share
--------------------------------------------------------------------------------
                         (Title of Class of Securities)

                                    Y12345678
       -----------------------------------------------------------------
                                 (CUSIP Number)
"""


def test_issuer_named_twice_over_its_caption() -> None:
    """The issuer's name, then the same name in brackets in English: both lines are its name."""
    converted, = convert_text(OMB_BOX, "schedule.txt")
    xml = converted.xml.decode()
    assert re.findall(r"SubjectCompanyName [^>]*>([^<]+)<", xml) == [
        "Velmora Tongsin Chusik Hoesa (Velmora Networks Co., Ltd.)"]
    assert "UNKNOWN" not in xml
