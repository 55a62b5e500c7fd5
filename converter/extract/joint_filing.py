"""Schedule 13D / 13G joint filing agreements and schedule covers: the family extractors.

Reporting persons become ``ReportingPersonAxis`` members ``1``, ``2``, ... in the order the
document names them (preamble sentence, one-per-line list, table, or cover pages; an agreement
that names nobody - "The undersigned hereby agree ..." - is taken to name the parties of its
signature pages). ``NumberOfReportingPersons`` counts them. ``ReportingPersonType`` is the cover
page's type code where there is one (``IN`` = natural person), else an appositive (``, an
individual``), else the name's shape (see ``reporting_persons.person_kind``).

Each signature page goes to the member whose name it spells (see ``name_match``). A page whose
party is not among them, or that signs for a person a second time, or that has no party line
(with more than one person), is not dropped: it gets the next member (after the counted
persons), its party as printed as ``ReportingPersonName``, and a one-line warning.

Signature facts: ``SignatoryName`` (the ``Name:`` line, else the ``/s/`` words),
``SignatoryTitle``, ``SignatoryCapacity`` (as written, ``Attorney-in-Fact``; a title that is only
a capacity is reported as the capacity; "individually" is no capacity), ``SignatureDate`` (the
block's own ``Date:`` line, else a ``Date:`` line above it in the same signature section, else -
for pages executed "as of the day and year first above written" - the agreement date), and
``SignedOnBehalfOf``: the ``By:``
entities from the party down to the signer, as printed, joined by `` / ``, each followed by its
role in parentheses where one is printed (``Apex GP, L.P. (its General Partner) / Apex GP Ltd.``).
Strings are ``xml:lang`` ``en``, or ``ko`` when they hold Hangul. ``ScheduleOriginalFilingDate``
is reported only for an amendment (it is the filing date of the schedule being amended).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from converter.extract.base import DocumentContext, Found
from converter.extract.name_match import canonical, match_name, phrase_pattern
from converter.extract.reporting_persons import (
    ReportingPerson,
    find_cover_persons,
    find_reporting_persons,
    person_kind,
    rejoin_split_names,
)
from converter.extract.signature_sections import shared_dates, signature_section
from converter.extract.signatures import SignatureBlock, find_signature_blocks
from converter.extract.subject_company import (
    Located,
    Subject,
    country_code,  # noqa: F401 (part of this module's interface)
    subject_from_cover,
    subject_from_sentence,
)
from converter.model import PURE, Observation, UnitSpec, Value
from converter.parse.dates import find_dates
from converter.parse.numbers import number_words

AXIS = "ReportingPersonAxis"


@dataclass
class _Out:
    """Observations and warnings as they are collected."""

    ctx: DocumentContext
    observations: list[Observation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def add(self, concept: str, value: Value, span: tuple[int, int] | None, rule: str,
            member: int | None = None, unit: UnitSpec | None = None,
            decimals: int | None = None) -> None:
        lang = None
        if isinstance(value, str):
            lang = "ko" if re.search("[\uac00-\ud7a3]", value) else "en"
        self.observations.append(Observation(
            concept, value, self.ctx.document_period, unit=unit, decimals=decimals,
            dimensions=((AXIS, str(member)),) if member is not None else (),
            lang=lang, span=self.ctx.span(*span) if span and span[1] > span[0] else None, rule=rule,
        ))

    def found(self) -> Found:
        return Found(tuple(self.observations), (), tuple(self.warnings))


# ------------------------------------------------------------------------------------------
# The schedule and its subject company
# ------------------------------------------------------------------------------------------

def _first(pattern: str, text: str, flags: int = re.IGNORECASE) -> re.Match[str] | None:
    return re.search(pattern, text, flags)


def schedule_type(text: str) -> Located | None:
    m = _first(rf"\b{phrase_pattern('schedule')}(?![\w/])", text)
    return Located(canonical("schedule", m.group(0)), m.start(), m.end()) if m else None


_OTHER_INSTRUMENT = re.compile(
    r"\s+(?:to|of)\s+(?:the\s+|that\s+certain\s+)?(?!Statement|Schedule)[^.;\n]{0,50}?"
    r"\b(?:Agreements?|Plan|Indenture|Certificate|Articles|By-?laws|Warrants?|Notes?)\b", re.I)


def amendment_number(text: str) -> Located | None:
    """``Amendment No. 2`` / ``Amendment Number Two`` / ``the Third Amendment``; where several
    are cited (``... as amended by Amendment No. 1, is further amended by this Amendment No.
    2``) the highest: an amendment cites only the amendments before it.

    >>> [amendment_number(t).value for t in ("(Amendment No. 2)*", "Amendment No. Four",
    ...                                      "this First Amendment to Schedule 13D",
    ...                                      "as amended by Amendment No. 1, by this Amendment No. 2",
    ...                                      "(Amendment No. 1) ... Amendment No. 4 to the Shareholders' Agreement")]
    [2, 4, 1, 2, 1]
    >>> amendment_number("(Amendment No. __)*") is None
    True
    """
    words = number_words()
    found: list[Located] = []
    for m in re.finditer(r"\bAmendment\s+(?:No\.?|Number)\s*(\d{1,3}|[A-Za-z]+)\b", text, re.I):
        token = m[1].lower()
        if _OTHER_INSTRUMENT.match(text, m.end()):
            continue  # "Amendment No. 3 to the Shareholders' Agreement" (an Item 6 contract)
        if token.isdigit() or words.get(token, (0, ""))[1] == "cardinal":
            number = int(token) if token.isdigit() else int(words[token][0])
            found.append(Located(number, m.start(), m.end()))
    if not found:
        for m in re.finditer(r"\b([A-Za-z0-9]+)\s+Amendment\b", text, re.I):
            value, kind = words.get(m[1].lower(), (0, ""))
            if kind == "ordinal":
                found.append(Located(int(value), m.start(), m.end()))
    return max(found, key=lambda f: int(f.value)) if found else None  # type: ignore[call-overload]


def exchange_act_rule(text: str) -> Located | None:
    """The rule the filing is made under: a checked box, else the shortest form cited, leaving
    out the form's number (``Rule 13d-101``) and the rules of a box left unchecked (the 13D
    cover's ``... because of Rule 13d-1(e), 13d-1(f) or 13d-1(g), check the following box [ ]``).

    >>> exchange_act_rule("SCHEDULE 13D (Rule 13d-101) ... because of Rule 13d-1(e), 13d-1(f) "
    ...     "or 13d-1(g), check the following box. [ ] ... pursuant to Rule 13d-1(k)(1).").value
    '13d-1(k)(1)'
    """
    rule = rf"(?:{phrase_pattern('rule')})(?:\(\w{{1,4}}\))*(?![\w(])"
    checked = _first(rf"\[\s*[xX]\s*\]\s*(?P<rule>{rule})", text)
    cited = [checked] if checked else [
        m for m in re.finditer(rf"(?P<rule>{rule})", text, re.I) if not _unchecked(text, m)]
    if not cited:
        return None
    best = min(cited, key=lambda m: len(m["rule"]))
    value = re.sub(r"^Rules?\s+", "", " ".join(best["rule"].split()), flags=re.I)
    return Located(value, best.start("rule"), best.end("rule"))


def _unchecked(text: str, cited: re.Match[str]) -> bool:
    """Whether a cited rule labels a box: ``[ ] Rule 13d-1(b)``, ``... check the following box``."""
    if re.search(r"\[\s*_*\s*\]\s*$", text[max(0, cited.start() - 8) : cited.start()]):
        return True
    sentence_end = re.search(r"\.(?:\s|$)|\n\s*\n", text[cited.end() : cited.end() + 200])
    rest = text[cited.end() : cited.end() + (sentence_end.end() if sentence_end else 200)]
    return re.search(r"\bcheck\s+the\s+(?:following\s+)?box\b", rest, re.I) is not None


def original_filing_date(text: str) -> Located | None:
    """The date a ``filed ... on <date>`` clause gives the schedule being amended."""
    for date in find_dates(text):
        before = text[max(0, date.start - 90) : date.start]
        if re.search(r"\bfiled\b[^.;]{0,70}\bon\s+$", before, re.I | re.S):
            return Located(date.value, date.start, date.end)
    return None


def _schedule_facts(out: _Out, text: str, subject: Subject, family: str) -> None:
    kind = schedule_type(text)
    if kind:
        out.add("ScheduleType", kind.value, kind.span, f"{family}:schedule-type")
    amendment = amendment_number(text)
    if amendment:
        out.add("AmendmentNumber", amendment.value, amendment.span, f"{family}:amendment",
                unit=PURE, decimals=0)
        filed = original_filing_date(text)
        if filed:
            out.add("ScheduleOriginalFilingDate", filed.value, filed.span, f"{family}:filed-on")
    rule = exchange_act_rule(text)
    if rule:
        out.add("ExchangeActRule", rule.value, rule.span, f"{family}:rule")
    for concept, located in (
        ("SubjectCompanyName", subject.name),
        ("SubjectSecurityClass", subject.security_class),
        ("SubjectCompanyLegalForm", subject.legal_form),
        ("SubjectCompanyIncorporationCountryCode", subject.country),
    ):
        if located is not None:
            out.add(concept, located.value, located.span, f"{family}:subject")
    if subject.par_value is not None and subject.par_currency:
        out.add("CommonStockParValuePerShare", subject.par_value.value, subject.par_value.span,
                f"{family}:par-value", unit=UnitSpec.per_share(subject.par_currency),
                decimals=subject.par_decimals)


# ------------------------------------------------------------------------------------------
# Reporting persons and their signature pages
# ------------------------------------------------------------------------------------------


def _person_facts(out: _Out, persons: list[ReportingPerson], rule: str) -> None:
    for member, person in enumerate(persons, start=1):
        out.add("ReportingPersonName", person.name, (person.start, person.end), rule, member)
        if person.short_name:
            out.add("ReportingPersonShortName", person.short_name,
                    (person.short_start, person.short_end), rule, member)
        out.add("ReportingPersonType", person.kind, None, rule, member)  # derived: no words


def _signature_facts(out: _Out, block: SignatureBlock, member: int,
                     agreement_date: Located | None, rule: str) -> None:
    add = lambda concept, value, span: out.add(concept, value, span, rule, member)  # noqa: E731
    if block.signatory:
        add("SignatoryName", block.signatory, block.signatory_span)
    if block.title:
        add("SignatoryTitle", block.title, block.title_span)
    if block.capacity:
        add("SignatoryCapacity", block.capacity, block.capacity_span)
    if block.on_behalf_of:
        chain_span = (block.chain[0].span[0], block.chain[-1].span[1])
        add("SignedOnBehalfOf", block.on_behalf_of, chain_span)
    if block.date:
        add("SignatureDate", block.date, block.date_span)
    elif block.as_of_above and agreement_date is not None:
        add("SignatureDate", agreement_date.value, agreement_date.span)


def _link_pages(out: _Out, persons: list[ReportingPerson], blocks: list[SignatureBlock],
                agreement_date: Located | None, rule: str) -> None:
    """Put each page under the member of the person it names (a new member if none)."""
    names = [p.name for p in persons]
    shorts = [p.short_name or "" for p in persons]
    signed: set[int] = set()
    extra = len(persons)
    for block in blocks:
        party = block.party or ""
        if not party and not block.signatory:
            out.warnings.append(f"{out.ctx.document.name}: a /s/ line with no name near it"
                                " was not reported")
            continue
        index = match_name(party, names) if party else None
        if index is None and party:
            index = match_name(party, shorts)
        if index is None and not party and len(persons) == 1:
            index = 0  # a schedule of one person: its signature is that person's
        if index is not None and index not in signed:
            signed.add(index)
            _signature_facts(out, block, index + 1, agreement_date, rule)
            continue
        extra += 1
        why = "signs a second time" if index is not None else "is not a reporting person named"
        label = party or f"(no party line; signed by {block.signatory})"
        out.warnings.append(f"{out.ctx.document.name}: signature page of {label} {why};"
                            f" reported as reporting person {extra}")
        if party:
            out.add("ReportingPersonName", party, block.party_span, rule, extra)
            out.add("ReportingPersonType", person_kind(party), None, rule, extra)
        _signature_facts(out, block, extra, agreement_date, rule)


def agreement_date(ctx: DocumentContext) -> Located | None:
    """``dated as of <date>`` in the text, else the date the lead found for the document."""
    m = _first(r"\b(?:dated(?:\s+as\s+of)?|(?:made|entered\s+into)\b[^.;]{0,30}?\bas\s+of)\s+",
               ctx.text[:3000])
    if m:
        dates = [d for d in find_dates(ctx.text[m.end() : m.end() + 40]) if d.start == 0]
        if dates:
            return Located(dates[0].value, m.end(), m.end() + dates[0].end)
    if ctx.document_date:
        return Located(ctx.document_date, 0, 0)
    return None


def _persons_and_pages(out: _Out, persons: list[ReportingPerson], blocks: list[SignatureBlock],
                       date: Located | None, family: str) -> None:
    if not persons and blocks:
        persons = _persons_of_pages(blocks)  # "The undersigned agree ...": the pages name them
    persons = rejoin_split_names(out.ctx.text, persons, [b.party for b in blocks if b.party])
    if persons:
        out.add("NumberOfReportingPersons", len(persons), None, f"{family}:count",
                unit=PURE, decimals=0)
    _person_facts(out, persons, f"{family}:reporting-person")
    _link_pages(out, persons, blocks, date, f"{family}:signature")


def _persons_of_pages(blocks: list[SignatureBlock]) -> list[ReportingPerson]:
    persons: list[ReportingPerson] = []
    for block in blocks:
        known = [p.name for p in persons]
        if block.party and block.party_span and match_name(block.party, known) is None:
            a, b = block.party_span
            persons.append(ReportingPerson(block.party, a, b, kind=person_kind(block.party)))
    return persons


def extract_joint_filing_agreement(ctx: DocumentContext) -> Found:
    """Family JOINT_FILING_AGREEMENT: schedule and subject facts, reporting persons, pages."""
    out = _Out(ctx)
    text = ctx.text
    blocks = shared_dates(text, find_signature_blocks(text))
    body = text[: blocks[0].span[0]] if blocks else text
    _schedule_facts(out, body, subject_from_sentence(body), "joint-filing")
    _persons_and_pages(out, find_reporting_persons(body), blocks, agreement_date(ctx),
                       "joint-filing")
    return out.found()


def extract_schedule_13(ctx: DocumentContext) -> Found:
    """Family SCHEDULE_13: a 13D / 13G cover document: schedule and subject facts, the persons
    of its cover pages, its signature blocks."""
    out = _Out(ctx)
    text = ctx.text
    _schedule_facts(out, text, subject_from_cover(text), "schedule-13")
    certification = _first(r"after\s+reasonable\s+inquiry", text)
    blocks = signature_section(text, find_signature_blocks(text),
                               certification.end() if certification else 0)
    blocks = shared_dates(text, blocks)
    # a schedule without cover pages (an agreement filed as the schedule's text) lists them
    # the way an agreement does
    persons = find_cover_persons(text) or find_reporting_persons(
        text[: blocks[0].span[0]] if blocks else text)
    date = Located(ctx.document_date, 0, 0) if ctx.document_date else None
    _persons_and_pages(out, persons, blocks, date, "schedule-13")
    return out.found()
