"""What the EDGAR header of a Schedule 13D or 13G submission says that its text may not.

A schedule is filed BY its reporting persons about a SUBJECT COMPANY (EDGAR's header for these
forms, ``converter.ingest.sgml``): the header names the subject company (no registrant of
ours: the subject company does not file the schedule), the filer (FILED BY) and the other
persons of the filing group (one GROUP MEMBERS line each), and its submission type names the
schedule (``SC 13D/A``: Schedule 13D, amended). Each fact's span is the header's words. The
text's own facts come first: a fact is taken from the header only where the text states none
(a copy that kept little more than the header, or a text cut off before its cover pages), and
the header's persons only where the text names no reporting person at all (the header prints
names in capitals and in its own order: mixed with the text's, one person could be two).

>>> from converter.model import FilingHeader
>>> header = FilingHeader(form_type="SC 13D/A", company_name="TARGETCO INC", company_section="SUBJECT COMPANY",
...     filed_by="NORTHWIND CAPITAL LLC", group_members=("NORTHWIND PARTNERS LP", "NORTHWIND CAPITAL LLC", "JANE Q. EXAMPLE"))
>>> schedule_kind(header), header_persons(header)
('13D', ['NORTHWIND CAPITAL LLC', 'NORTHWIND PARTNERS LP', 'JANE Q. EXAMPLE'])

A group member's line may add the short name the schedule defines for it; the person is the
name before it (and the filer listed again under its short name is the filer):

>>> header = FilingHeader(form_type="SC 13G", filed_by="NORTHWIND PARTNERS II LP",
...     group_members=('JANE Q. EXAMPLE ("EXAMPLE")', 'NORTHWIND PARTNERS II, L.P. ("NWP II")'))
>>> header_persons(header)
['NORTHWIND PARTNERS II LP', 'JANE Q. EXAMPLE']
"""

from __future__ import annotations

import re

from converter.extract.base import DocumentContext
from converter.extract.mechanisms.name_match import match_name
from converter.extract.mechanisms.reporting_persons import person_kind
from converter.model import FilingHeader, Observation, Span

AXIS = "ReportingPersonAxis"
_SCHEDULE_FORM = re.compile(r"SC\s*(13[DG])(?:/A)?", re.IGNORECASE)  # EDGAR's form types of the schedules
_SHORT_NAME = re.compile(r"\s*\(\s*[\"“'‘][^()]{1,40}[\"”'’]\s*\)\s*$")  # ' ("WVC III")': the short name defined


def schedule_kind(header: FilingHeader) -> str | None:
    """``13D`` or ``13G``: the schedule the submission type names."""
    m = _SCHEDULE_FORM.fullmatch((header.form_type or "").strip())
    return m.group(1).upper() if m else None


def header_persons(header: FilingHeader) -> list[str]:
    """The filer, then the group members, each once."""
    persons: list[str] = []
    for name in ((header.filed_by,) if header.filed_by else ()) + header.group_members:
        name = _SHORT_NAME.sub("", name)
        if name and match_name(name, persons) is None:
            persons.append(name)
    return persons


def schedule_header_facts(ctx: DocumentContext, found: list[Observation]) -> list[Observation]:
    """The header's facts of a schedule that ``found`` (the text's) does not state."""
    header = ctx.header
    if header is None or schedule_kind(header) is None:
        return []
    stated = {o.concept for o in found}
    out: list[Observation] = []

    def add(concept: str, value: str, span: Span | None, member: int | None = None) -> None:
        dimensions = ((AXIS, str(member)),) if member is not None else ()
        out.append(Observation(concept, value, ctx.document_period, lang="en", span=span,
                               rule="schedule-13:header", dimensions=dimensions))

    if "ScheduleType" not in stated:
        add("ScheduleType", schedule_kind(header), header.span_of("form_type"))  # type: ignore[arg-type]
    if "SubjectCompanyName" not in stated and header.company_section == "SUBJECT COMPANY" and header.company_name:
        add("SubjectCompanyName", header.company_name, header.span_of("company_name"))
    if "ReportingPersonName" not in stated:
        spans = {"filed_by": header.span_of("filed_by")}
        members = {_SHORT_NAME.sub("", name): span
                   for name, span in zip(header.group_members, header.spans_of("group_member"))}
        for member, name in enumerate(header_persons(header), start=1):
            span = spans["filed_by"] if name == header.filed_by else members.get(name)
            add("ReportingPersonName", name, span, member)
            add("ReportingPersonType", person_kind(name), None, member)
    return out
