"""A signer of a joint filing agreement who signs 'individually, and as Chief Executive Officer
of X, LLC, and as Managing Member of Y GP, LLC' signs for three parties: himself and each entity
he names a capacity in. Where the agreement's parties are 'the undersigned', each is a reporting
person. Invented documents."""

from __future__ import annotations

from converter.pipeline import convert_text

AGREEMENT = """\
JOINT FILING AGREEMENT

The undersigned acknowledge and agree that the foregoing statement on Schedule 13D is filed on
behalf of each of the undersigned.

DATE: March 4, 2011

{signatures}
"""

ONE_SIGNER = """\
  /s/ Minsoo Garam
  Minsoo Garam, individually, and as
  Chief Executive Officer of Lantern Ridge Capital, LLC,
  and as Managing Member of Lantern Ridge GP, LLC
"""

TWO_SIGNERS = """\
/s/ Minsoo Garam
Minsoo Garam, individually and as an Executive Committee Member of Hanbit Managing Member LLC, as Managing Member of Hanbit Capital LLC

/s/ Jiwoo Hanbit
Jiwoo Hanbit, individually and as an Executive Committee Member of Hanbit Managing Member LLC, as Managing Member of Hanbit Capital LLC
"""


def _records(text: str) -> tuple[int | None, list[tuple[str, str | None, str | None]]]:
    (converted,) = convert_text(text, "jfa.txt")
    facts: dict[str, dict[str, object]] = {}
    count = None
    for o in converted.extraction.observations:
        member = dict(o.dimensions).get("ReportingPersonAxis") if o.dimensions else None
        if o.concept == "NumberOfReportingPersons":
            count = int(o.value)
        elif member is not None:
            facts.setdefault(str(member), {})[o.concept] = o.value
    rows = [(f["ReportingPersonName"], f.get("SignatoryName"), f.get("SignatoryTitle"))
            for _, f in sorted(facts.items(), key=lambda kv: int(kv[0]))]
    return count, rows


def test_one_signature_signs_for_the_person_and_each_entity() -> None:
    count, rows = _records(AGREEMENT.format(signatures=ONE_SIGNER))
    assert count == 3
    assert rows == [("Minsoo Garam", "Minsoo Garam", None),
                    ("Lantern Ridge Capital, LLC", "Minsoo Garam", "Chief Executive Officer"),
                    ("Lantern Ridge GP, LLC", "Minsoo Garam", "Managing Member")]


def test_entities_several_signers_name_count_once() -> None:
    count, rows = _records(AGREEMENT.format(signatures=TWO_SIGNERS))
    assert count == 4
    assert [r[0] for r in rows] == ["Minsoo Garam", "Hanbit Managing Member LLC", "Hanbit Capital LLC",
                                    "Jiwoo Hanbit"]


def test_a_capacity_without_a_company_adds_nobody() -> None:
    signer = "/s/ Minsoo Garam\nMinsoo Garam, individually and as Chairman of the Board of Lantern Ridge Holdings, Inc.\n"
    count, rows = _records(AGREEMENT.format(signatures=signer))
    assert count == 1 and [r[0] for r in rows] == ["Minsoo Garam"]


def test_individually_alone_adds_nobody() -> None:
    signer = "/s/ Minsoo Garam\nMinsoo Garam, individually\n"
    count, rows = _records(AGREEMENT.format(signatures=signer))
    assert count == 1 and [r[0] for r in rows] == ["Minsoo Garam"]
