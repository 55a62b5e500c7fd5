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
they hold Hangul, ``zh`` when they hold Han characters (``ja`` with kana).
``ScheduleOriginalFilingDate`` is reported only for an amendment (it is the filing date of the
schedule being amended).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache

from converter.extract.base import DocumentContext, Found
from converter.extract.mechanisms.checkbox import mark_patterns, mark_reach
from converter.extract.mechanisms.signature_lines import blank_cells
from converter.extract.mechanisms.signatures import SignatureBlock, find_signature_blocks
from converter.extract.mechanisms.name_match import canonical, match_name, phrase_pattern
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
    subject_from_sentence,
)
from converter.model import PURE, DocumentFamily, Observation, UnitSpec, Value
from converter.parse.dates import find_dates
from converter.parse.gates import Gated, folded_text
from converter.parse.match_starts import matches_from, word_offsets
from converter.parse.numbers import number_words

AXIS = "ReportingPersonAxis"
SIGNATORY_AXIS = "SignatoryAxis"


# a Hangul syllable: the value is Korean; a Han character: Chinese (Japanese with kana)
_HANGUL = re.compile("[\uac00-\ud7a3]")
_HAN = re.compile("[\u4e00-\u9fff]")
_KANA = re.compile("[\u3040-\u30ff]")


def _language(value: str) -> str:
    """The ``xml:lang`` of a string that is not all ASCII: Korean where it holds Hangul, Japanese
    where it holds kana, Chinese where it holds Han characters (a translated agreement's
    ``事實律師``), else English (an accented Latin name)."""
    if _HANGUL.search(value):
        return "ko"
    if _HAN.search(value):
        return "ja" if _KANA.search(value) else "zh"
    return "en"


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
            also: tuple[tuple[str, str], ...] = ()) -> None:
        """One fact; ``also``: members of further axes (a cover page's class of shares)."""
        lang = None
        if isinstance(value, str):  # (an ASCII value holds no Hangul: most are, and skip the search)
            lang = "en" if value.isascii() else _language(value)
        # (the document's own span: the context's is one call more, made for every fact)
        self.observations.append(Observation(
            concept, value, self.ctx.document_period, unit=unit, decimals=decimals,
            dimensions=(((axis, str(member)),) if member is not None else ()) + also,
            lang=lang, span=self.ctx.document.span(*span) if span and span[1] > span[0] else None,
            rule=rule,
        ))

    def found(self) -> Found:
        return Found(tuple(self.observations), (), tuple(self.warnings))


# ------------------------------------------------------------------------------------------
# The schedule and its subject company
# ------------------------------------------------------------------------------------------

@cache
def _schedule_names() -> Gated:
    """'Schedule 13D', 'Schedule 13G/A' (and '附表13D': Chinese runs its words together, so a
    boundary is also where a letter of another script stands before or after): tried only where
    the names begin (the pattern opens with a word boundary, which re tries at every position)."""
    return Gated(re.compile(rf"(?:\b|(?<=[^\x00-\x7f])){phrase_pattern('schedule')}(?![A-Za-z0-9_/])", re.I))


def schedule_type(text: str) -> Located | None:
    """``13D`` or ``13G``: the schedule the text names, unless it names both (``on Schedule 13G
    or Schedule 13D, as appropriate``).

    >>> schedule_type("filed on Schedule 13G or Schedule 13D, as appropriate") is None
    True
    """
    found = [(m, canonical("schedule", m.group(0))) for m in _schedule_names().finditer(text, folded_text(text))]
    titles = [(m, kind) for m, kind in found if _title_line(text, m)]
    if titles:  # the schedule's title names it, whatever its text cites before or after
        m, kind = titles[0]
        return Located(kind, m.start(), m.end())
    if not found or len({kind for _, kind in found}) > 1 and _either(text, found):
        return None
    m, kind = found[0]
    return Located(kind, m.start(), m.end())


# the rest of a title line after the schedule's name: "(Amendment No. 3)*", "(Rule 13d-101)"
_TITLE_REST = re.compile(r"[ \t|*]*(?:\([^()\n]{0,40}\)[ \t|*†‡]*)*$", re.M)
_LINE_OPENING = re.compile(r"(?:^|\n)[ \t|]*$")  # only blanks and cell marks before it on its line


def _title_line(text: str, m: re.Match[str]) -> bool:
    """Whether the schedule's name stands as a title, alone on its line (``SCHEDULE 13D``,
    ``|SCHEDULE 13G/A``, ``SCHEDULE 13D (Amendment No. 3)``): not a sentence citing a schedule
    (the 13D's ``... previously filed a statement on Schedule 13G ... check the following box``,
    a mirror site's ``Schedule 13G & 13D forms are used to ...``).

    >>> schedule_type("Schedule 13G & 13D forms are used by holders\\nSCHEDULE 13D\\n"
    ...               "If the filing person has previously filed a statement on Schedule 13G").value
    '13D'
    """
    return (_LINE_OPENING.search(text, max(0, m.start() - 80), m.start()) is not None
            and _TITLE_REST.match(text, m.end()) is not None)


# "13G or 13D", "13D and/or a 13G": the words between two schedules named as alternatives
_OR_BETWEEN = re.compile(r"\s*(?:,\s*)?(?:or|and/or)\s+(?:on\s+)?(?:a\s+)?", re.I)


def _either(text: str, found: list[tuple[re.Match[str], str | None]]) -> bool:
    """Whether two schedules are named as alternatives ("13G or 13D", "13D and/or 13G")."""
    for (a, _), (b, _) in zip(found, found[1:]):
        if _OR_BETWEEN.fullmatch(text[a.end() : b.start()]):
            return True
    return False


_OTHER_INSTRUMENT = re.compile(
    r"\s+(?:to|of)\s+(?:the\s+|that\s+certain\s+)?(?!Statement|Schedule)[^.;\n]{0,50}?"
    r"\b(?:Agreements?|Plan|Indenture|Certificate|Articles|By-?laws|Warrants?|Notes?)\b", re.I)
# "Amendment No. 2", "Amendment Number Two": tried only where 'ame' begins
_NUMBERED_AMENDMENT = Gated(re.compile(r"\bAmendment\s+(?:No\.?|Number)\s*(\d{1,3}|[A-Za-z]+)\b", re.I))


# "the Third Amendment": a word, then the word amendment
_WORD_AMENDMENT = re.compile(r"\b([A-Za-z0-9]+)\s+Amendment\b", re.I)
# what [A-Za-z0-9] matches under re.IGNORECASE: ASCII letters and digits, and the four letters
# that fold to an ASCII one (dotted and dotless i, long s, the Kelvin sign)
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\u0130\u0131\u017f\u212a")


def _ordinal_amendments(text: str) -> Iterator[re.Match[str]]:
    """``_WORD_AMENDMENT.finditer(text)``, tried only at the word before each 'amendment' (back
    over the white space, then over the word's letters and digits): the pattern opens with a
    word boundary and a class, which re tries at every position."""
    folded = folded_text(text)
    if len(folded) != len(text):  # (a text whose folding changed its length)
        return _WORD_AMENDMENT.finditer(text)
    starts = []
    for at in word_offsets(folded, "amendment"):
        start = at
        while start > 0 and text[start - 1].isspace():
            start -= 1
        while start > 0 and text[start - 1] in _WORD_CHARS:
            start -= 1
        starts.append(start)
    return matches_from(_WORD_AMENDMENT, text, starts)


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
    for m in _NUMBERED_AMENDMENT.finditer(text, folded_text(text)):
        token = m[1].lower()
        if _OTHER_INSTRUMENT.match(text, m.end()):
            continue  # "Amendment No. 3 to the Shareholders' Agreement" (an Item 6 contract)
        if token.isdigit() or words.get(token, (0, ""))[1] == "cardinal":
            number = int(token) if token.isdigit() else int(words[token][0])
            found.append(Located(number, m.start(), m.end()))
    if not found:
        for m in _ordinal_amendments(text):
            value, kind = words.get(m[1].lower(), (0, ""))
            if kind == "ordinal":
                found.append(Located(int(value), m.start(), m.end()))
    return max(found, key=lambda f: int(f.value)) if found else None  # type: ignore[call-overload]


def exchange_act_rule(text: str) -> Located | None:
    """The rule the filing is made under: a checked box, else the rule the text cites, as its
    shortest form with a paragraph (``13d-1(k)(1)``, not its clause ``13d-1(k)(1)(iii)``, nor
    the bare family ``13d-1`` of a title), leaving out the form's number (``Rule 13d-101``) and
    the rules of a box left unchecked (the 13D cover's ``... because of Rule 13d-1(e), 13d-1(f)
    or 13d-1(g), check the following box [ ]``).

    >>> exchange_act_rule("SCHEDULE 13D (Rule 13d-101) ... because of Rule 13d-1(e), 13d-1(f) "
    ...     "or 13d-1(g), check the following box. [ ] ... pursuant to Rule 13d-1(k)(1).").value
    '13d-1(k)(1)'
    >>> exchange_act_rule("[ ] Rule 13d-1 (b) [X] Rule 13d-1 (c) [ ] Rule 13d-1 (d)").value
    '13d-1(c)'
    >>> exchange_act_rule("Agreement Pursuant to Rule 13d-1 ... made pursuant to Rule "
    ...     "13d-1(k)(1)(iii) and Rule 13d-1(k)(1)").value
    '13d-1(k)(1)'
    >>> exchange_act_rule("JOINT FILING AGREEMENT PURSUANT TO RULE 13D-1(K)(1)").value
    '13d-1(k)(1)'
    """
    text = blank_cells(text)  # "|[X]" / "|Rule 13d-1(c)": cells of a flattened table
    rules = list(_rule_patterns()[0].finditer(text))
    checked = _checked_rule(text, rules)
    cited = [checked] if checked else [m for m in rules if not _unchecked(text, m)]
    if any("(" in m["rule"] for m in cited):
        cited = [m for m in cited if "(" in m["rule"]]  # "Rule 13d-1" of a title: the family
    if not cited:
        return None
    best = min(cited, key=lambda m: len(m["rule"]))
    value = _PARAGRAPH_SPACE.sub("(", _RULE_WORD.sub("", " ".join(best["rule"].split())))
    if not any(c.islower() for c in value):
        value = value.lower()  # a title in capitals ('PURSUANT TO RULE 13D-1(K)(1)'): the rule as the CFR writes it
    return Located(value, best.start("rule"), best.end("rule"))


_RULE_WORD = re.compile(r"^Rules?\s+", re.I)  # the word before a rule's number
_PARAGRAPH_SPACE = re.compile(r"\s+\(")  # a space before the first paragraph: '13d-1 (c)' is '13d-1(c)'


@cache
def _rule_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A rule cited (``Rule 13d-1(k)(1)``), and a checked box right before one."""
    # its paragraphs, the first maybe set off by a space ('Rule 13d-1 (c)')
    rule = rf"(?:{phrase_pattern('rule')})(?:[ \t]?\(\w{{1,4}}\)(?:\(\w{{1,4}}\))*)?(?![\w(])"
    checked = mark_patterns()["checked"].pattern
    return (re.compile(rf"(?P<rule>{rule})", re.I),
            # (the mark as the data file writes it, in its case: a small thorn before a capital)
            re.compile(rf"(?-i:{checked})[ \t]*\n?[ \t]*(?P<rule>{rule})", re.I))


def _checked_rule(text: str, rules: list[re.Match[str]]) -> re.Match[str] | None:
    """The first checked box before a rule (``[X] Rule 13d-1(c)``): ``search`` of the second
    pattern of ``_rule_patterns``, tried only where such a match can start. Every match ends in
    one of ``rules``, and before it stand only white space and a mark of at most ``mark_reach``
    other characters; the mark's look-behinds (``x`` not in a word) try every position else."""
    reach = mark_reach("checked")
    boxed = _rule_patterns()[1]
    if reach is None:
        return boxed.search(text)
    starts: set[int] = set()
    for rule in rules:
        start, other = rule.start(), 0
        while start > 0 and (text[start - 1].isspace() or other < reach):
            other += not text[start - 1].isspace()
            start -= 1
        starts.update(range(start, rule.start()))
    return next(filter(None, (boxed.match(text, start) for start in sorted(starts))), None)


def _unchecked(text: str, cited: re.Match[str]) -> bool:
    """Whether a cited rule labels a box: ``[ ] Rule 13d-1(b)``, ``... check the following box``."""
    if _box_at_end().search(text[max(0, cited.start() - 8) : cited.start()]):
        return True  # a box of its own, checked or not: the checked one was taken first
    sentence_end = _SENTENCE_END.search(text[cited.end() : cited.end() + 200])
    rest = text[cited.end() : cited.end() + (sentence_end.end() if sentence_end else 200)]
    return _CHECK_THE_BOX.search(rest) is not None


@cache
def _box_at_end() -> re.Pattern[str]:
    """A box, checked or not, ending a stretch of text (the box of the rule after it)."""
    marks = mark_patterns()
    return re.compile(rf"(?:\[\s*_*\s*\]|{marks['unchecked'].pattern}|{marks['checked'].pattern})\s*$")


_SENTENCE_END = re.compile(r"\.(?:\s|$)|\n\s*\n")
_CHECK_THE_BOX = re.compile(r"\bcheck\s+the\s+(?:following\s+)?box\b", re.I)  # a rule labelling a box
_FILED_ON = re.compile(r"\bfiled\b[^.;]{0,70}\bon\s+$", re.I | re.S)  # "filed with the Commission on <date>"


# what was filed, right before "filed": an amendment ("the Amendment No. 14 to the Schedule 13D
# filed with the Commission on May 29, 2024"), whose date is its own, not the original's
_AMENDMENT_FILED = re.compile(
    r"""\bAmendment\s+No\.?\s*\d{1,3}                     # "Amendment No. 14"
        (?:\s+to\s+(?:the\s+|its\s+)?[\w\s]{0,40}?       # "to the (Initial) Statement on"
           Schedule\s+13[DG](?:/A)?)?                     # "Schedule 13D"
        \s+filed\Z                                       # and the "filed" of the clause
    """, re.I | re.X)


def original_filing_date(text: str) -> Located | None:
    """The date a ``filed ... on <date>`` clause gives the schedule being amended; not where
    what was filed is an amendment (``Amendment No. 3 [to the Schedule 13D] filed ... on``)."""
    for date in find_dates(text):
        before = text[max(0, date.start - 90) : date.start]
        filed = _FILED_ON.search(before)
        filed_end = date.start - len(before) + filed.start() + len("filed") if filed else 0
        if filed and not _AMENDMENT_FILED.search(text, max(0, date.start - 180), filed_end):
            return Located(date.value, date.start, date.end)
    return None


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
    from_pages = not persons
    if from_pages:
        persons = persons_of_pages(blocks)  # "The undersigned agree ...": the pages name them
    persons = rejoin_split_names(out.ctx.text, persons, [b.party for b in blocks if b.party])
    persons = order(persons) if order else persons
    if persons and not (from_pages and any(b.cut for b in blocks)):
        out.add("NumberOfReportingPersons", len(persons), None, f"{family}:count",
                unit=PURE, decimals=0)
    _person_facts(out, persons, f"{family}:reporting-person")
    link_pages(out, persons, blocks, date, f"{family}:signature")


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
    schedule_facts(out, body, subject_from_sentence(body), "joint-filing")
    persons_and_pages(out, find_reporting_persons(body), blocks, agreement_date(ctx),
                      "joint-filing", lambda persons: submission_order(ctx, persons))
    return out.found()
