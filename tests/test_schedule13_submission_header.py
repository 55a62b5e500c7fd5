"""Schedule 13D/13G submissions with their EDGAR header: the header's SUBJECT COMPANY is the
subject company (no EntityRegistrantName: it does not file the schedule), its FILED BY company
and GROUP MEMBERS the reporting persons where the text names none, its submission type the
schedule and the document type. The header as EDGAR prints it (tagged lines), run together
onto one line by a copy, or alone (a copy that kept only the header). Invented names and
numbers."""

from __future__ import annotations

import pytest

from converter.pipeline import convert_text

TAGGED = """<SEC-DOCUMENT>0000000000-11-000042.txt : 20110309
<SEC-HEADER>0000000000-11-000042.hdr.sgml : 20110309
ACCESSION NUMBER:\t\t0000000000-11-000042
CONFORMED SUBMISSION TYPE:\tSC 13D/A
PUBLIC DOCUMENT COUNT:\t\t1
FILED AS OF DATE:\t\t20110309
GROUP MEMBERS:\t\tBRIGHTWATER PARTNERS LP
GROUP MEMBERS:\t\tOLIVER T. QUINCE

SUBJECT COMPANY:

\tCOMPANY DATA:
\t\tCOMPANY CONFORMED NAME:\t\t\tMARLOW OPTICS INC
\t\tCENTRAL INDEX KEY:\t\t\t0000987654
\t\tSTATE OF INCORPORATION:\t\t\tDE

FILED BY:

\tCOMPANY DATA:
\t\tCOMPANY CONFORMED NAME:\t\t\tBRIGHTWATER CAPITAL LLC
\t\tCENTRAL INDEX KEY:\t\t\t0000123456
</SEC-HEADER>
<DOCUMENT>
<TYPE>SC 13D/A
<SEQUENCE>1
<TEXT>
{text}
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
"""

FLAT = ("-----BEGIN PRIVACY-ENHANCED MESSAGE----- Proc-Type: 2001,MIC-CLEAR "
        "0000000000-11-000042.txt : 20110309 ACCESSION NUMBER: 0000000000-11-000042 "
        "CONFORMED SUBMISSION TYPE: SC 13G PUBLIC DOCUMENT COUNT: 1 FILED AS OF DATE: 20110309 "
        "DATE AS OF CHANGE: 20110309 GROUP MEMBERS: BRIGHTWATER PARTNERS LP "
        "GROUP MEMBERS: OLIVER T. QUINCE SUBJECT COMPANY: COMPANY DATA: "
        "COMPANY CONFORMED NAME: MARLOW OPTICS INC CENTRAL INDEX KEY: 0000987654 "
        "STATE OF INCORPORATION: DE FILING VALUES: FORM TYPE: SC 13G SEC ACT: 1934 Act "
        "SEC FILE NUMBER: 005-99999 FILED BY: COMPANY DATA: COMPANY CONFORMED NAME: BRIGHTWATER CAPITAL LLC "
        "CENTRAL INDEX KEY: 0000123456 STATE OF INCORPORATION: DE FISCAL YEAR END: 1231 "
        "FILING VALUES: FORM TYPE: SC 13G{rest}")

PERSONS = {("ReportingPersonName", "1"): "BRIGHTWATER CAPITAL LLC",
           ("ReportingPersonName", "2"): "BRIGHTWATER PARTNERS LP",
           ("ReportingPersonName", "3"): "OLIVER T. QUINCE",
           ("ReportingPersonType", "3"): "natural person"}

COVER = """SCHEDULE 13D
(Amendment No. 2)
Marlow Optics, Inc.
(Name of Issuer)
Common Stock, par value $0.001 per share
(Title of Class of Securities)
57123X105
(CUSIP Number)
1  NAME OF REPORTING PERSON
   Brightwater Capital LLC
6  CITIZENSHIP OR PLACE OF ORGANIZATION
   Delaware
7  SOLE VOTING POWER
   0
8  SHARED VOTING POWER
   812,345
"""


def facts(text: str) -> dict[tuple[str, str | None], object]:
    """Each concept's first value (the one kept) by its reporting person member."""
    converted, = convert_text(text, "submission.txt")
    out: dict[tuple[str, str | None], object] = {}
    for found in converted.extraction.observations:
        out.setdefault((found.concept, dict(found.dimensions).get("ReportingPersonAxis")), found.value)
    return out


@pytest.mark.parametrize("text", [
    TAGGED.format(text="(the schedule's text is not in this copy)"),
    FLAT.format(rest=""),
    FLAT.format(rest=" 1 schedule.txt"),
], ids=["tagged", "flat header alone", "flat header, document cut"])
def test_header_of_a_schedule_gives_subject_schedule_and_persons(text: str) -> None:
    found = facts(text)
    assert found[("SubjectCompanyName", None)] == "MARLOW OPTICS INC"
    assert found[("ScheduleType", None)] in ("13D", "13G")
    assert ("EntityRegistrantName", None) not in found
    for (concept, member), value in PERSONS.items():
        assert found[(concept, member)] == value
    assert ("ReportingPersonName", "4") not in found


def test_flat_header_alone_gives_the_submission_type() -> None:
    found = facts(FLAT.format(rest=""))
    assert found[("DocumentType", None)] == "SC 13G"
    assert found[("ScheduleType", None)] == "13G"


def test_the_texts_own_persons_and_subject_win() -> None:
    found = facts(TAGGED.format(text=COVER))
    assert found[("SubjectCompanyName", None)] == "Marlow Optics, Inc."
    assert found[("ReportingPersonName", "1")] == "Brightwater Capital LLC"
    assert ("ReportingPersonName", "2") not in found  # the header's are not mixed in
    assert ("EntityRegistrantName", None) not in found


@pytest.mark.parametrize("text", [
    TAGGED.format(text=COVER),
    FLAT.format(rest=""),
], ids=["tagged", "flat header alone"])
def test_the_entity_is_the_filer_never_the_subject_company(text: str) -> None:
    """The header names the SUBJECT COMPANY first and the filer (FILED BY) after it: the
    filing's CIK, as a fact and as its contexts' entity, is the filer's."""
    converted, = convert_text(text, "submission.txt")
    ciks = [o.value for o in converted.extraction.observations if o.concept == "EntityCentralIndexKey"]
    assert ciks == ["0000123456"]
    assert converted.extraction.entity.cik == "0000123456"


def test_a_subject_company_without_its_filer_gives_no_cik() -> None:
    """A header that names the SUBJECT COMPANY but no FILED BY does not say who files."""
    text = TAGGED.format(text=COVER)
    text = text[: text.index("FILED BY:")] + text[text.index("</SEC-HEADER>"):]
    converted, = convert_text(text, "submission.txt")
    assert not [o for o in converted.extraction.observations if o.concept == "EntityCentralIndexKey"]
    assert converted.extraction.entity.cik is None
