"""Joint filing agreements of Schedules 13D / 13G, and what agreements and schedule covers share:
the schedule and its subject company, the reporting persons and their signature pages.

Reporting persons become ``ReportingPersonAxis`` members ``1``, ``2``, ... in the order the
document names them (preamble sentence, one-per-line list, table, an exhibit index's description,
or cover pages; an agreement that names nobody - "The undersigned hereby agree ..." - is taken to
name the parties of its signature pages). In a submission whose schedule has cover pages, the
agreement numbers its persons as the cover pages do, so one person is one member in both
instances. ``NumberOfReportingPersons`` counts them (not when they are known only from pages
of a text that stops inside a page). ``ReportingPersonType`` is the cover page's type code where
there is one (``IN`` = natural person), else an appositive (``, an individual``), else the
name's shape (see ``reporting_persons.person_kind``).

Each signature page goes to the member whose name it spells (see ``name_match``): never to a
near-namesake (``Fund V`` is not ``Fund VI``, ``X, L.P.`` is not ``X, Ltd.``). A page whose
party is not among them, or that signs for a person a second time, or that has no party line
(with more than one person), is not dropped: it gets the next member (after the counted
persons), its party as printed as ``ReportingPersonName``, and a one-line warning. A closing
attorney-in-fact block that signs for no party of its own (``By: /s/ Jane Roe`` /
``Attorney-in-Fact``, for the parties whose ``/s/`` names carry a ``*``) is a ``SignatoryAxis``
member; the starred pages keep their party but no signer's name.

Signature facts: ``SignatoryName`` (the ``Name:`` line, else the printed name, else the ``/s/``
words), ``SignatoryTitle``, ``SignatoryCapacity`` (as written, ``Attorney-in-Fact``; a title
that is only a capacity is reported as the capacity; "individually" is no capacity),
``SignatureDate`` (the page's own date, else the date above it, else the execution clause's,
else - for pages executed "as of the day and year first above written" - the agreement date),
and ``SignedOnBehalfOf``: the entities from the party down to the signer, in order, joined by
`` -> `` (``Apex GP, L.P. -> Apex GP Ltd.``). Strings are ``xml:lang`` ``en``, or ``ko`` when
they hold Hangul, ``ja`` with kana, ``zh`` with Han characters alone (``sentences.lang_of``).
``ScheduleOriginalFilingDate`` is reported only for an amendment (it is the filing date of the
schedule being amended).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from converter.extract.base import DocumentContext, Found
from converter.extract.kinds.schedule_terms import (
    amendment_number,
    exchange_act_rule,
    original_filing_date,
    schedule_type,
)
from converter.extract.mechanisms.sentences import lang_of
from converter.extract.mechanisms.signatures import SignatureBlock, find_signature_blocks
from converter.extract.mechanisms.name_match import match_name, misspelt_match
from converter.extract.mechanisms.signature_capacities import capacity_parties, represented_parties
from converter.extract.mechanisms.reporting_persons import (
    ReportingPerson,
    find_reporting_persons,
    person_kind,
    rejoin_split_names,
)
from converter.extract.mechanisms.subject_company import (
    Located,
    Subject,
    country_code,  # noqa: F401 (part of this module's interface)
    labelled_issuer,
    subject_from_sentence,
)
from converter.model import PURE, DocumentFamily, Observation, Period, UnitSpec, Value
from converter.parse.dates import find_dates
from converter.parse.gates import Gated, folded_text

AXIS = "ReportingPersonAxis"
SIGNATORY_AXIS = "SignatoryAxis"


@dataclass
class Out:
    """Observations and warnings as they are collected."""

    ctx: DocumentContext
    observations: list[Observation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    signatories: int = 0  # SignatoryAxis members given so far

    def add(self, concept: str, value: Value, span: tuple[int, int] | None, rule: str,
            member: int | None = None, unit: UnitSpec | None = None,
            decimals: int | None = None, axis: str = AXIS,
            also: tuple[tuple[str, str], ...] = (), period: Period | None = None) -> None:
        """One fact; ``also``: members of further axes (a cover page's class of shares);
        ``period``: where the fact is not of the document's period (a cover's figures, as of
        the date of the event its cover states)."""
        lang = None
        if isinstance(value, str):  # (an ASCII value is English: most are, and skip the scripts' searches)
            lang = "en" if value.isascii() else lang_of(value)
        # (the document's own span: the context's is one call more, made for every fact)
        self.observations.append(Observation(
            concept, value, period or self.ctx.document_period, unit=unit, decimals=decimals,
            dimensions=(((axis, str(member)),) if member is not None else ()) + also,
            lang=lang, span=self.ctx.document.span(*span) if span and span[1] > span[0] else None,
            rule=rule,
        ))

    def found(self) -> Found:
        return Found(tuple(self.observations), (), tuple(self.warnings))


# ------------------------------------------------------------------------------------------
# The schedule and its subject company
# ------------------------------------------------------------------------------------------

def schedule_facts(out: Out, text: str, subject: Subject, family: str) -> None:
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


def _person_facts(out: Out, persons: list[ReportingPerson], rule: str) -> None:
    for member, person in enumerate(persons, start=1):
        out.add("ReportingPersonName", person.name, (person.start, person.end), rule, member)
        if person.short_name:
            out.add("ReportingPersonShortName", person.short_name,
                    (person.short_start, person.short_end), rule, member)
        out.add("ReportingPersonType", person.kind, None, rule, member)  # derived: no words


def _signature_facts(out: Out, block: SignatureBlock, member: int,
                     agreement_date: Located | None, rule: str, axis: str = AXIS) -> None:
    def add(concept: str, value: Value | None, span: tuple[int, int] | None) -> None:
        if value is not None:
            out.add(concept, value, span, rule, member, axis=axis)

    if not block.marked:  # "/s/ Jane Roe*": the attorney-in-fact of the closing block signed
        add("SignatoryName", block.signatory, block.signatory_span)
    add("SignatoryTitle", block.title, block.title_span)
    add("SignatoryCapacity", block.capacity, block.capacity_span)
    if block.chain:
        add("SignedOnBehalfOf", block.on_behalf_of, (block.chain[0].span[0], block.chain[-1].span[1]))
    if block.cut and not block.signatory:
        return  # the text stops inside the page: who signed, and when, is not there
    if block.date:
        add("SignatureDate", block.date, block.date_span)
    elif block.as_of_above and agreement_date is not None:
        add("SignatureDate", agreement_date.value, agreement_date.span)


def link_pages(out: Out, persons: list[ReportingPerson], blocks: list[SignatureBlock],
               agreement_date: Located | None, rule: str) -> None:
    """Put each page under the member of the person it names (a new member if none). A page
    with no party of its own is the one person's of a schedule of one person; else a second
    signer for the party above it, or the closing attorney-in-fact block of the starred pages:
    a ``SignatoryAxis`` member."""
    names = [p.name for p in persons]
    shorts = [p.short_name or "" for p in persons]
    signed: set[int] = set()
    extra = len(persons)
    party_above: SignatureBlock | None = None
    for block in blocks:
        party = block.party or ""
        if not party and block.capacity and (block.signatory or block.marked):
            _signatory(out, block, None, agreement_date, rule)  # signs for the starred pages
            continue
        if not party and not block.signatory:
            out.warnings.append(f"{out.ctx.document.name}: a /s/ line with no name near it"
                                " was not reported")
            continue
        index = match_name(party, names) if party else None
        if index is None and party:
            index = match_name(party, shorts)
        if index is None and party:
            index = misspelt_match(party, names)  # the page's heading re-typed with a slip
        if index is None and not party and len(persons) == 1 and 0 not in signed:
            index = 0  # a schedule of one person: its signature is that person's
        if index is None and not party and party_above is not None:
            _signatory(out, block, party_above, agreement_date, rule)  # a second signer
            continue
        party_above = block if party else party_above
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


def _signatory(out: Out, block: SignatureBlock, party: SignatureBlock | None,
               agreement_date: Located | None, rule: str) -> None:
    """A signature that is no reporting person's own page: a ``SignatoryAxis`` member, with the
    party it signs for (``SignatureParty``) where that is the page above it."""
    out.signatories += 1
    _signature_facts(out, block, out.signatories, agreement_date, rule, SIGNATORY_AXIS)
    if party is not None and party.party:
        out.add("SignatureParty", party.party, party.party_span, rule, out.signatories,
                axis=SIGNATORY_AXIS)


# "dated as of", "made and entered into ... as of": the agreement's date follows
_DATED = re.compile(r"\b(?:dated(?:\s+as\s+of)?|(?:made|entered\s+into)\b[^.;]{0,30}?\bas\s+of)\s+", re.I)
_DATED_WORDS = Gated(_DATED)  # tried where "dated", "made", "entered" begin, not at every position


def agreement_date(ctx: DocumentContext) -> Located | None:
    """``dated as of <date>`` in the text, else the date the lead found for the document."""
    m = _DATED_WORDS.first(ctx.text, folded_text(ctx.text), 0, 3000)  # (as searching ctx.text[:3000])
    if m:
        dates = [d for d in find_dates(ctx.text[m.end() : m.end() + 40]) if d.start == 0]
        if dates:
            return Located(dates[0].value, m.end(), m.end() + dates[0].end)
    if ctx.document_date:
        return Located(ctx.document_date, 0, 0)
    return None


def persons_and_pages(out: Out, persons: list[ReportingPerson], blocks: list[SignatureBlock],
                      date: Located | None, family: str,
                      order: Callable[[list[ReportingPerson]], list[ReportingPerson]] | None = None) -> None:
    """The persons (those of the pages where the text names none), their count, facts and
    pages; ``order`` numbers them as another document of the submission does."""
    blocks = [page for block in blocks for page in listed_parties(out.ctx.text, block)]
    blocks = [page for block in blocks for page in represented_parties(out.ctx.text, block)]  # 'X for itself and as GP of Y'
    from_pages = not persons
    if from_pages and blocks and _UNDERSIGNED.search(out.ctx.text, 0, blocks[0].span[0]):
        blocks = _with_capacity_parties(out.ctx.text, blocks)  # 'X, individually, and as CEO of Y, LLC'
    if from_pages:
        persons = persons_of_pages(blocks)  # "The undersigned agree ...": the pages name them
    persons = rejoin_split_names(out.ctx.text, persons, [b.party for b in blocks if b.party])
    persons = order(persons) if order else persons
    if persons and not (from_pages and any(b.cut for b in blocks)):
        out.add("NumberOfReportingPersons", len(persons), None, f"{family}:count",
                unit=PURE, decimals=0)
    _person_facts(out, persons, f"{family}:reporting-person")
    link_pages(out, persons, blocks, date, f"{family}:signature")


# what parts the parties of one signature listed on its party line: "Apex SA; Apex Vie Mutuelle;
# as a group, and Apex" (signed "on behalf of each of the above")
_LIST_BREAK = re.compile(r"\s*;\s*(?:as\s+a\s+group\s*,?\s*)?(?:and\s+)?|,\s+and\s+|,?\s+as\s+a\s+group\s*$")


def listed_parties(text: str, block: SignatureBlock) -> list[SignatureBlock]:
    """The page once for each party its party line lists, parted by semicolons (a list of two
    or more names, each capitalised); else the page itself."""
    if not block.party or ";" not in block.party or block.party_span is None:
        return [block]
    a, b = block.party_span
    cuts = [a] + [x for m in _LIST_BREAK.finditer(text, a, b) for x in (m.start(), m.end())] + [b]
    spans = [(cuts[n], cuts[n + 1]) for n in range(0, len(cuts), 2) if cuts[n] < cuts[n + 1]]
    names = [" ".join(text[x:y].split()) for x, y in spans]
    if len(names) < 2 or not all(n[:1].isupper() and len(n.split()) <= 8 for n in names):
        return [block]
    return [replace(block, party=name, party_span=span) for name, span in zip(names, spans)]


# the agreement makes its signers its parties: 'each of the undersigned'
_UNDERSIGNED = re.compile(r"\bthe\s+undersigned\b", re.IGNORECASE)


def _with_capacity_parties(text: str, blocks: list[SignatureBlock]) -> list[SignatureBlock]:
    """The pages, each followed by one page per entity its signer signs for in a capacity he
    names beside 'individually' (each entity once)."""
    expanded: list[SignatureBlock] = []
    for block in blocks:
        expanded += capacity_parties(text, block, [b.party or "" for b in expanded])
    return expanded


def persons_of_pages(blocks: list[SignatureBlock]) -> list[ReportingPerson]:
    persons: list[ReportingPerson] = []
    for block in blocks:
        known = [p.name for p in persons]
        if block.party and block.party_span and match_name(block.party, known) is None:
            a, b = block.party_span
            persons.append(ReportingPerson(block.party, a, b, kind=person_kind(block.party)))
    return persons


def extract_joint_filing_agreement(ctx: DocumentContext) -> Found:
    """Family JOINT_FILING_AGREEMENT, and any document that reads as one but a schedule (which
    has its own reader): schedule and subject facts, reporting persons, pages."""
    from converter.extract.kinds.schedule_13 import submission_order

    if ctx.classification.family not in (DocumentFamily.JOINT_FILING_AGREEMENT, DocumentFamily.OTHER):
        return Found()
    out = Out(ctx)
    text = ctx.text
    blocks = find_signature_blocks(text)
    body = text[: blocks[0].span[0]] if blocks else text
    subject = subject_from_sentence(body)
    if subject.name is None:  # no sentence names it: an "Issuer:" item may
        agreement = ctx.classification.family is DocumentFamily.JOINT_FILING_AGREEMENT
        subject = replace(subject, name=labelled_issuer(body, bare_label=agreement))
    schedule_facts(out, body, subject, "joint-filing")
    persons_and_pages(out, find_reporting_persons(body), blocks, agreement_date(ctx),
                      "joint-filing", lambda persons: submission_order(ctx, persons))
    return out.found()
