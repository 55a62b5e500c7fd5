"""Schedule 13D / 13G covers as web mirrors and aggregators of EDGAR copy them (invented
issuers, persons and figures, in the layouts those copies print): the 13G's list of rules with
its boxes rendered in other fonts or lost, the filing date in other layouts, the cover table of a
reporting person flattened or printed values first."""

from __future__ import annotations

import pytest

from converter.extract.kinds.schedule_terms import exchange_act_rule
from converter.pipeline import convert_text


def facts(text: str, name: str = "cover.txt") -> dict[str, object]:
    (converted,) = convert_text(text, name)
    return {o.concept + "".join(f"[{m}]" for _, m in o.dimensions): o.value
            for o in converted.extraction.observations}


_DESIGNATE = "Check the appropriate box to designate the rule pursuant to which this Schedule is filed:\n"


@pytest.mark.parametrize("boxes, rule", [
    # a ticked box names the rule, whichever side of it the box stands and however it is drawn
    ("o Rule 13d-1(b)\nx Rule 13d-1(c)\no Rule 13d-1(d)\n", "13d-1(c)"),
    ("Rule 13d-1(b) [ ]\nRule 13d-1(c) [X]\nRule 13d-1(d) [ ]\n", "13d-1(c)"),
    ("Rule 13d-1(b) o\nRule 13d-1(c) o\nRule 13d-1(d) x\n", "13d-1(d)"),
    ("|\n|\no |\nRule 13d-1(b) |\n|\nx |\nRule 13d-1(c) |\n|\no |\nRule 13d-1(d) |\n", "13d-1(c)"),
    ("q Rule 13d-1(b)\nx Rule 13d-1(c)\nq Rule 13d-1(d)\n", "13d-1(c)"),
    ("\u2610 Rule 13d-1(b)\n\u2610 Rule 13d-1(c)\n\u2612 Rule 13d-1(d)\n", "13d-1(d)"),
    # no box ticked, or the boxes lost in the copy: no rule (the first listed is no answer)
    ("Rule 13d-1(b)\nRule 13d-1(c)\nRule 13d-1(d)\n", None),
    ("o Rule 13d-1(b)\no Rule 13d-1(c)\no Rule 13d-1(d)\n", None),
    ("q Rule 13d-1(b)\nq Rule 13d-1(c)\nq Rule 13d-1(d)\n", None),
    ("\u00a3 Rule 13d-1(b)\n\u00a3 Rule 13d-1(c)\n\u00a3 Rule 13d-1(d)\n", None),
    ("Rule 13d-1(b) [ ]\nRule 13d-1(c) [ ]\nRule 13d-1(d) [ ]\n", None),
    ("| o | Rule 13d-1(b) |\n| o | Rule 13d-1(c) |\n| o | Rule 13d-1(d) |\n", None),
    ("Rule 13d-1(b) Rule 13d-1(c) Rule 13d-1(d)", None),
])
def test_13g_rule_list_names_only_a_ticked_box(boxes: str, rule: str | None) -> None:
    found = exchange_act_rule(_DESIGNATE + boxes)
    assert (found.value if found else None) == rule


def test_13g_rule_cited_in_a_condition_is_not_the_filing_rule() -> None:
    text = (_DESIGNATE + "Rule 13d-1(b)\nRule 13d-1(c)\nRule 13d-1(d)\n\nItem 3. If this statement is "
            "filed pursuant to Rule 13d-1(b), or 13d-2(b), check whether the person filing is a:\n")
    assert exchange_act_rule(text) is None


MIRROR_13G_LOST_BOXES = """\
SCHEDULE 13G
Under the Securities Exchange Act of 1934
Hanbit Electronics Co., Ltd.
(Name of Issuer)
Common Stock
(Title of Class of Securities)
41234K109
(CUSIP Number)
December 31, 2007
(Date of Event Which Requires Filing of this Statement)
Check the appropriate box to designate the rule pursuant to which this Schedule is filed:
Rule 13d-1(b)
Rule 13d-1(c)
Rule 13d-1(d)
"""


def test_mirror_13g_with_lost_boxes_states_no_rule() -> None:
    assert "ExchangeActRule" not in facts(MIRROR_13G_LOST_BOXES)


def _aggregator_copy(header: str, front: str) -> str:
    return (f"GARAM CAPITAL PARTNERS L.P.\n{header}\n\nSECURITIES AND EXCHANGE COMMISSION\n"
            f"SCHEDULE 13G\n(Amendment No. 1)*\nHanbit Electronics Co., Ltd.\n(Name of Issuer)\n"
            f"Common Stock\n(Title of Class of Securities)\n41234K109\n(CUSIP Number)\n{front}")


_EVENT_BELOW = "December 31, 2007\n(Date of Event Which Requires Filing of this Statement)\n"


@pytest.mark.parametrize("header", [
    "Filing Date: 2008-02-14", "Filing Date - February 14, 2008", "Filing Date 2008-02-14",
    "Date Filed: 2008-02-14", "Filed: February 14, 2008", "| Filing Date | 2008-02-14 |",
    "SC 13G, 2008-02-14", "SC 13G/A, 2008-02-14",
])
def test_aggregator_filing_date_dates_the_schedule(header: str) -> None:
    found = facts(_aggregator_copy(header, _EVENT_BELOW))
    assert str(found["DocumentDate"]) == "2008-02-14"
    assert str(found["EventDate"]) == "2007-12-31"


@pytest.mark.parametrize("front", [
    "Date of Event Which Requires Filing of this Statement: December 31, 2007\n",
    "Date of Event Which Requires Filing of this Statement - December 31, 2007\n",
    "(Date of Event Which Requires Filing of this Statement) |\n| December 31, 2007 |\n",
])
def test_event_date_printed_after_its_caption(front: str) -> None:
    assert str(facts(_aggregator_copy("Filing Date: 2008-02-14", front))["EventDate"]) == "2007-12-31"


VALUES_FIRST_13D = """\
SCHEDULE 13D
Hanbit Electronics Co., Ltd.
(Name of Issuer)
CUSIP No. 41234K109
Garam Capital Partners L.P.
1. NAME OF REPORTING PERSON
(a) o (b) x
2. CHECK THE APPROPRIATE BOX IF A MEMBER OF A GROUP
3. SEC USE ONLY
WC
4. SOURCE OF FUNDS
Delaware
6. CITIZENSHIP OR PLACE OF ORGANIZATION
0
7. SOLE VOTING POWER
1,234,567
8. SHARED VOTING POWER
0
9. SOLE DISPOSITIVE POWER
1,234,567
10. SHARED DISPOSITIVE POWER
1,234,567
11. AGGREGATE AMOUNT BENEFICIALLY OWNED BY EACH REPORTING PERSON
6.2%
13. PERCENT OF CLASS REPRESENTED BY AMOUNT IN ROW (11)
PN
14. TYPE OF REPORTING PERSON
CUSIP No. 41234K109
Page 3 of 7
Nuri Asset Management LLC
1. NAME OF REPORTING PERSON
(a) o (b) x
2. CHECK THE APPROPRIATE BOX IF A MEMBER OF A GROUP
Cayman Islands
6. CITIZENSHIP OR PLACE OF ORGANIZATION
-0-
7. SOLE VOTING POWER
1,234,567
8. SHARED VOTING POWER
6.2%
13. PERCENT OF CLASS REPRESENTED BY AMOUNT IN ROW (11)
OO
14. TYPE OF REPORTING PERSON
"""


def test_cover_pages_printed_values_first_are_read_above_their_labels() -> None:
    found = facts(VALUES_FIRST_13D)
    assert found["ReportingPersonName[1]"] == "Garam Capital Partners L.P."
    assert found["ReportingPersonCitizenshipOrPlaceOfOrganization[1]"] == "Delaware"
    assert (found["SoleVotingPower[1]"], found["SharedVotingPower[1]"]) == (0, 1234567)
    assert found["AggregateAmountBeneficiallyOwned[1]"] == 1234567
    assert str(found["PercentOfClass[1]"]) == "0.062"
    assert found["ReportingPersonTypeCode[1]"] == "PN"
    assert found["ReportingPersonName[2]"] == "Nuri Asset Management LLC"
    assert found["ReportingPersonCitizenshipOrPlaceOfOrganization[2]"] == "Cayman Islands"
    assert (found["SoleVotingPower[2]"], found["SharedVotingPower[2]"]) == (0, 1234567)
    assert found["ReportingPersonTypeCode[2]"] == "OO"


def test_values_first_page_with_its_name_left_blank_names_no_one() -> None:
    text = VALUES_FIRST_13D.replace("Garam Capital Partners L.P.\n", "")
    found = facts(text)
    names = [v for k, v in found.items() if k.startswith("ReportingPersonName")]
    assert names == ["Nuri Asset Management LLC"]  # (not the CUSIP line, nor item 2's boxes)
    assert found["ReportingPersonCitizenshipOrPlaceOfOrganization[1]"] == "Cayman Islands"
