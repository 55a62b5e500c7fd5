"""Schedule 13D / 13G covers as unseen filings print them: the front page's title, captions and
figures, and the cover page's reporting person (invented companies and people, in the layouts
found on real covers)."""

from __future__ import annotations

import pytest

from converter.pipeline import convert_text


def facts(text: str, name: str = "cover.txt") -> dict[str, object]:
    (converted,) = convert_text(text, name)
    return {o.concept + "".join(f"[{m}]" for _, m in o.dimensions): o.value
            for o in converted.extraction.observations}


FIXED_WIDTH_13DA = """\
                                 SCHEDULE 13D/A

                    Under the Securities Exchange Act of 1934*

                                 Pemberly Bank
--------------------------------------------------------------------------------
                                (Name of Issuer)

               Common Stock, par value Korean Won 5,000 per share
--------------------------------------------------------------------------------
                         (Title of Class of Securities)

                                    71234X105
--------------------------------------------------------------------------------
                                 (CUSIP Number)

                                  March 3, 2004
--------------------------------------------------------------------------------
             (Date of Event which Requires Filing of this Statement)

If the filing person has previously filed a statement on Schedule 13G to report
the acquisition which is the subject of this Schedule 13D, check the box. |_|
"""

LEGAL_BASIS_13D = """\
                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                  SCHEDULE 13D

                                 (Rule 13d-101)

             INFORMATION TO BE INCLUDED IN STATEMENTS FILED PURSUANT
            TO RULE 13d-1(a) AND AMENDMENTS THERETO FILED PURSUANT TO
                                  RULE 13d-2(a)

                                (Amendment No. 2)

                              Hollowell Corporation
                                (Name of Issuer)

                     Common Stock, par value $1.00 per share
                         (Title of Class of Securities)

                                    436512109
                                 (CUSIP Number)

                                 October 2, 2012
             (Date of Event Which Requires Filing of This Statement)
"""

RUN_TOGETHER_13G = (
    "SECURITIES AND EXCHANGE COMMISSION WASHINGTON, DC 20549 ------------------------------ "
    "SCHEDULE 13G (RULE 13d-102) INFORMATION TO BE INCLUDED IN STATEMENTS FILED PURSUANT TO RULES "
    "13d-1(b), (c) and (d) (Amendment No. ____)1 TARNWICK CO., LTD. ------------------ (Name of Issuer) "
    "Common Shares ---------------- (Title of Class of Securities) 87612Q104 ------------ (CUSIP Number) "
    "June 7, 2006 ------------ (Date of Event Which Requires Filing of this Statement)\n")


@pytest.mark.parametrize("text, title", [
    (FIXED_WIDTH_13DA, "SCHEDULE 13D/A"),  # not 'Under the Securities Exchange Act', not the issuer
    (LEGAL_BASIS_13D, "SCHEDULE 13D"),  # not 'INFORMATION TO BE INCLUDED IN STATEMENTS ...'
    (RUN_TOGETHER_13G, "SCHEDULE 13G"),  # a cover run onto one line
])
def test_a_schedule_is_titled_by_its_banner(text: str, title: str) -> None:
    assert facts(text).get("DocumentTitle") == title

