"""Joint filing agreements signed by a fund that is a portfolio or series of a trust: the block
prints the fund's name over (or before) its parent, "X TRUST," / "a portfolio of Y Trust, Inc.",
"X FUND, a series of Y Trust". The fund is the party and its signer signs for it; the parent is
named as such, no party of its own. Invented names, the layouts such agreements are filed in."""

from __future__ import annotations

import pytest

from converter.extract.mechanisms.signatures import find_signature_blocks
from converter.pipeline import convert_text

AGREEMENT = """JOINT FILING AGREEMENT

In accordance with Rule 13d-1(k) under the Securities Exchange Act of 1934, as amended, the undersigned hereby agree to the joint filing on behalf of each of them of a statement on Schedule 13G with respect to the Common Stock of Hanbit Electronics Co., Ltd.

Dated: February 10, 2031

MAPLE RIDGE CAPITAL MANAGEMENT, INC.

By: /s/ Laura Penn
Name: Laura Penn
Title: Vice President

{fund_block}

By: /s/ Daniel Hsu
Name: Daniel Hsu
Title: Treasurer
"""

BLOCKS = [
    pytest.param("MAPLE RIDGE KOREA GROWTH TRUST,\na portfolio of Maple Ridge Investment Trust, Inc.",
                 "MAPLE RIDGE KOREA GROWTH TRUST", id="portfolio-under-the-name"),
    pytest.param("MAPLE RIDGE KOREA GROWTH TRUST\na portfolio of Maple Ridge Investment Trust, Inc.",
                 "MAPLE RIDGE KOREA GROWTH TRUST", id="portfolio-under-the-name-no-comma"),
    pytest.param("MAPLE RIDGE ASIA FUND, a series of Maple Ridge Global Trust",
                 "MAPLE RIDGE ASIA FUND", id="series-on-the-names-line"),
]


@pytest.mark.parametrize("fund_block, fund", BLOCKS)
def test_a_funds_block_is_one_party_signed_by_its_signer(fund_block: str, fund: str) -> None:
    text = AGREEMENT.format(fund_block=fund_block)
    blocks = find_signature_blocks(text)
    assert [(b.party, b.signatory) for b in blocks] == [
        ("MAPLE RIDGE CAPITAL MANAGEMENT, INC.", "Laura Penn"), (fund, "Daniel Hsu")]
    (converted,) = convert_text(text, "jfa.txt")
    facts = {(o.concept, str(o.value)) for o in converted.extraction.observations}
    assert ("NumberOfReportingPersons", "2") in facts
    assert ("ReportingPersonName", fund) in facts
    assert not any("Maple Ridge Investment Trust" in str(v) or "Global Trust" in str(v)
                   for c, v in facts if c in ("ReportingPersonName", "SignatureParty"))


def test_a_sentence_naming_a_series_is_still_prose() -> None:
    from converter.extract.mechanisms.signature_lines import page_lines
    line = "The Fund is a series of the Trust, which has agreed to file this statement on its behalf."
    assert [l.kind for l in page_lines(line + "\n")][0] == "prose"
