"""DocumentTitle: the first centred heading that is not a banner, in plain text and in HTML."""

from __future__ import annotations

import re

import pytest

from converter.pipeline import convert_text
from factlib import values

HTML_RELEASE = """<html><body>
<p align="center"><b>NEWS RELEASE</b></p>
<p style="text-align:center"><b>Daebong Shipping Announces Fourth Quarter 2005 Results</b></p>
<p>BUSAN, Korea, January 26, 2006 -- Daebong Shipping Co., Ltd. (the "Company") today announced
that net sales for the fourth quarter of 2005 were KRW 412.5 billion.</p>
</body></html>"""

TEXT_COVER = """
                                   FORM 6-K

                      SECURITIES AND EXCHANGE COMMISSION
                            Washington, D.C. 20549

         REPORT OF FOREIGN PRIVATE ISSUER PURSUANT TO RULE 13a-16 OR 15d-16
                  UNDER THE SECURITIES EXCHANGE ACT OF 1934

                        For the month of March 2005

                       Hanbit Marine Co., Ltd.
               (Translation of registrant's name into English)

           88 Jungang-dong, Jung-gu, Busan, Korea 600-014
                 (Address of principal executive offices)

Indicate by check mark whether the registrant files or will file annual reports under cover of
Form 20-F or Form 40-F.

                    Form 20-F    X            Form 40-F
"""

HTML_COVER_DIV = """<html><body><div align="center">
<p><b>UNITED STATES<br>SECURITIES AND EXCHANGE COMMISSION</b><br>Washington, D.C. 20549</p>
<p><b>FORM 6-K</b></p>
<p><b>REPORT OF FOREIGN PRIVATE ISSUER<br>Pursuant to Rule 13a-16 or 15d-16<br>under the Securities Exchange Act of 1934</b></p>
<p>For the month of April 2007</p>
</div>
<p>Commission File Number: 001-31234</p>
<p align="center">Seoyang Chemical Corporation<br>(Translation of registrant's name into English)</p>
<p>Indicate by check mark whether the registrant files or will file annual reports under cover of Form 20-F or Form 40-F.</p>
<p>Form 20-F [X] Form 40-F [ ]</p>
</body></html>"""


@pytest.mark.parametrize("name,text,title", [
    ("release.htm", HTML_RELEASE, "Daebong Shipping Announces Fourth Quarter 2005 Results"),
    ("cover.txt", TEXT_COVER, "REPORT OF FOREIGN PRIVATE ISSUER"),  # runs on into its legal basis
    ("cover.htm", HTML_COVER_DIV, "REPORT OF FOREIGN PRIVATE ISSUER"),  # centred by the <div>; UNITED STATES is a banner
])
def test_document_title(name, text, title):
    (converted,) = convert_text(text, name)
    assert values(converted, "DocumentTitle") == [title]
    (fact,) = [f for f in converted.instance.facts if f.concept == "DocumentTitle"]
    source = converted.extraction.document.raw[fact.span.start:fact.span.end]  # the file's own characters
    assert " ".join(re.sub(r"<[^>]*>", " ", source).split()) == title


def test_an_uncentred_html_heading_is_no_title():
    text = HTML_RELEASE.replace(' align="center"', "").replace(' style="text-align:center"', "")
    (converted,) = convert_text(text, "release.htm")
    assert values(converted, "DocumentTitle") == []
