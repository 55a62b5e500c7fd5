"""Schedules 13D and 13G: the cover pages, one per reporting person, and the schedule's own facts.

A cover page is the run of numbered items from ``NAME(S) OF REPORTING PERSON(S)`` to ``TYPE OF
REPORTING PERSON`` (``data/beneficial_ownership_phrases.tsv``, kind ``cover_row``): the person's
name, citizenship or place of organization, sole and shared voting and dispositive power,
aggregate amount, percent of class and type code, each on the person's ``ReportingPersonAxis``
member (share counts and the percent for the day of the event its front page dates, where it
dates one, else in the document period: a copy's or filing's own date may be much later).
A value sits after its item's label on the same line or on the lines below, up to the next
item (above it, on a page a copy printed values first: ``mechanisms.cover_values_first``); the side caption of the share items (``NUMBER OF / SHARES / BENEFICIALLY / ...``) and
cell marks around it are not part of it; ``-0-`` and ``None`` are zero. The schedule's front
page gives the subject company and class (``(Name of Issuer)``), the CUSIP number and the date
of the event that requires the filing, each above its caption (or before it, on a cover run onto
one line), and the note on the CUSIP may give the ADS ratio. The persons are counted
(``NumberOfReportingPersons``) unless the text stops inside its last page. A copy cut off before
its cover pages may print their summary before the filing, a row of figures per person
(``mechanisms.ownership_summary``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from itertools import takewhile

from converter.extract.base import DocumentContext, Found
from converter.extract.kinds.joint_filing import (
    Out,
    link_pages,
    persons_and_pages,
    schedule_facts,
)
from converter.extract.kinds.schedule_header import schedule_header_facts
from converter.extract.kinds.schedule_13_front_page import ads_ratio, cusip, event_date
from converter.extract.mechanisms.cover_item_numbers import item_span
from converter.extract.mechanisms.cover_run_on import as_lines, broken_lines, run_on_breaks
from converter.extract.mechanisms.described_name import name_without_description
from converter.extract.mechanisms.cover_values_first import name_line_above, prints_values_first
from converter.extract.mechanisms.share_classes import ClassFigures, class_figures
from converter.extract.mechanisms.signatures import find_signature_blocks, signature_section
from converter.extract.mechanisms.ownership_summary import summary_rows
from converter.extract.mechanisms.name_match import canonical, match_name, phrase_pattern, phrases
from converter.extract.mechanisms.reporting_persons import ENTITY, ReportingPerson, find_reporting_persons, person_kind
from converter.extract.mechanisms.subject_company import Located, subject_from_cover
from converter.model import PURE, SHARES, Period
from converter.parse.gates import folded_text
from converter.parse.match_starts import StemStarts, leading_stems, matches_from
from converter.parse.numbers import find_numbers, find_percents

SHARE_ROWS = ("SoleVotingPower", "SharedVotingPower", "SoleDispositivePower",
              "SharedDispositivePower", "AggregateAmountBeneficiallyOwned")


@dataclass
class CoverPage:
    person: ReportingPerson
    code: Located | None = None  # the type code as printed (``PN``, ``IA, CO``)
    rows: dict[str, Located] = field(default_factory=dict)  # concept -> value
    # concept -> (class, value) of an item that gives a figure per class of shares
    classes: dict[str, tuple[tuple[str, Located], ...]] = field(default_factory=dict)


@cache
def _row_labels() -> re.Pattern[str]:
    """An item label, with its number before it (``12.``, ``(12)``, cell marks) and its
    instruction after it (``(See Instructions)``, ``(ENTITIES ONLY)``, ``*``, ``:``)."""
    return re.compile(
        rf"""(?P<lead>[ \t|]*\(?\d{{1,2}}\)?\.?[ \t|]*)?       # the item's number
        (?P<label>{phrase_pattern('cover_row')})\b              # the label
        (?P<tail>(?:[ \t]*(?:\([^()\n]{{0,30}}(?:\n[^()\n]{{0,30}})?\)|[*.:]))*  # "(See Instructions)",
                                                                # "(SEE\nINSTRUCTIONS)", "*", ":"
          (?:[ \t]*\([^()\n]{{0,30}}(?=[ \t|]*(?:\n|\Z)))?)  # one cut off at the line's end: "(SEE INSTRUC"
        """, re.IGNORECASE | re.VERBOSE)


@cache
def _concepts() -> dict[str, str]:
    return {" ".join(p.split()).casefold(): c for p, c in phrases("cover_row")}


def _concept(label: str) -> str:
    return _concepts().get(" ".join(label.split()).casefold(), "-")


@cache
def _label_stems() -> StemStarts | None:
    """The stems ("nam", "sol", "typ"...) one of which opens every item label: the label
    pattern's optional number in front of them keeps ``re`` from skipping to them itself."""
    stems = leading_stems(re.compile(phrase_pattern("cover_row"), re.IGNORECASE))
    return StemStarts(stems) if stems else None


# what an item's number before its label is made of: a match begins on a run of these, or on the label
_LEAD_CHARS = frozenset(" \t|()0123456789.")
# what the number's lead opens with ("[ \t|]*"): of a run of these, only the first place is tried
_BLANKS = frozenset(" \t|")


def _row_label_matches(text: str) -> list[re.Match[str]]:
    """``_row_labels().finditer(text)``, the pattern tried only where a match can begin: at a
    label's stem, or within the run of number characters (``_LEAD_CHARS``) just before one.
    Scanning every position of a long schedule cost more than the rest of reading its pages.

    Within that run, a place after a blank (``_BLANKS``) that is itself blank is not tried: a
    label opens with a letter, so a match there opens with the number's lead, whose
    ``[ \t|]*`` takes the blank before it as well; the match at the place before, tried first,
    then ends where it would, past this place (an indent of forty spaces was forty tries)."""
    stems, folded = _label_stems(), folded_text(text)  # (the document's fold, made once for its readers)
    if stems is None or len(folded) != len(text):  # (a text whose folding changed its length)
        return list(_row_labels().finditer(text))
    starts: list[int] = []
    for label in stems.positions(folded):
        lead = label
        while lead > 0 and text[lead - 1] in _LEAD_CHARS:
            lead -= 1
        first = max(lead, starts[-1] + 1 if starts else 0)
        starts.extend(at for at in range(first, label + 1)
                      if at == first or text[at] not in _BLANKS or text[at - 1] not in _BLANKS)
    return list(matches_from(_row_labels(), text, starts))


# item 1's label, over the person's name
_NAME_LABEL = re.compile(r"NAMES?\s+OF", re.IGNORECASE)


def find_cover_pages(text: str) -> list[CoverPage]:
    """The cover pages of ``text``, in order; a person whose page is repeated is kept once. A
    cover whose items run on in one line is read as if each item began a line of its own; a page
    printed values first, each value from above its label."""
    labels = _row_label_matches(text)
    breaks = run_on_breaks(text, labels)
    run_on = broken_lines(text, breaks)
    if breaks:
        text = as_lines(text, breaks)
        labels = _row_label_matches(text)
    pages: list[CoverPage] = []
    current: CoverPage | None = None
    spans = [item_span(text, labels, i) for i in range(len(labels))]
    values_first = False  # (the page prints each value above its label: read it there)
    for i, m in enumerate(labels):
        start, end = spans[i]
        concept = _concept(m["label"])
        broken = any(a <= m.start() < b for a, b in run_on)  # (a run-on cover's item, not a page's of its own)
        if _NAME_LABEL.match(m["label"]):
            values_first = not broken and prints_values_first(text, start, end)
            if values_first:
                above = name_line_above(text, labels[i - 1].end() if i else 0, m.start())
                current = _page(text, *above) if above else None
            else:
                current = _page(text, start, end, run_on=broken)
            if current is not None and not any(
                    p.person.name.casefold() == current.person.name.casefold() for p in pages):
                pages.append(current)
            continue
        if current is None or concept == "-" or concept in current.rows or concept in current.classes:
            continue
        if values_first:
            start, end = spans[i - 1]  # (what a page printed labels first would give the item before)
        by_class = _class_rows(text, concept, start, end)
        if by_class is not None:  # figures of two classes: each on its class, or none if untold
            if by_class.figures:
                current.classes[concept] = by_class.figures
            continue
        found = _row_value(text, concept, start, end, run_on=broken)
        if found is not None:
            current.rows[concept] = found
            if concept == "ReportingPersonTypeCode":
                current.person = _with_kind(current.person, str(found.value))
    return pages


def _page(text: str, start: int, end: int, run_on: bool = False) -> CoverPage | None:
    value = _run_on_name(text, start, end) if run_on else _text_value(text, start, end)
    if value is None:
        return None
    value = name_without_description(text, *value)  # ", a Delaware limited partnership": no name
    if value[0] >= value[1]:
        return None
    name = " ".join(text[value[0] : value[1]].split())
    kind = ENTITY if _entity_number(text, start, value, end) else person_kind(name)
    if kind != ENTITY and value[1] >= len(text.rstrip()):
        kind = ""  # 'APEX TELE, I' and the text ends: a name cut short is typed by no shape
    return CoverPage(ReportingPerson(name, value[0], value[1], kind=kind))


@cache
def _entity_item() -> re.Pattern[str]:
    return re.compile(phrase_pattern("entity_number_item"), re.IGNORECASE)


# an identification number: nine digits, maybe as '12-3456789' (not all zeros: a blank's filler)
_ID_NUMBER = re.compile(r"(?<![\d-])\d{2}-?\d{7}(?![\d-])")


def _entity_number(text: str, start: int, name: tuple[int, int], end: int) -> bool:
    """Whether item 1 asks for the number of an entity only and prints one beside or under the
    name: the person is an entity, whatever the name's shape (a type code, where the page
    prints one, still decides)."""
    return (_entity_item().search(text, start, end) is not None
            and any(m.group(0).strip("0-") for m in _ID_NUMBER.finditer(text, name[1], end)))


_CODE_BREAK = re.compile(r"[\s,;/]+")  # between the type codes of a person ("IA, CO")


def _with_kind(person: ReportingPerson, code: str) -> ReportingPerson:
    """The person of the page, typed by its type code where the code is one of the form's."""
    first = _CODE_BREAK.split(code)[0]
    decided = canonical("person_type_code", first.strip())
    return ReportingPerson(person.name, person.start, person.end, kind=decided or person.kind)


@cache
def _caption_words() -> frozenset[str]:
    return frozenset(p for p, _ in phrases("cover_caption"))


def _side_caption(words: Iterable[str]) -> bool:
    """Whether a line's words are all words of the share items' side caption (``NUMBER OF`` /
    ``SHARES`` / ``BENEFICIALLY`` ...), in any case."""
    caption = {w.casefold() for w in _caption_words()}
    return all(w.casefold() in caption for w in words)


# the rest of item 1's label, over the name: "I.R.S. IDENTIFICATION NOS. OF ABOVE PERSONS
# (ENTITIES ONLY)", "S.S. OR I.R.S. ...", "(See Instructions)"
_LABEL_MORE = re.compile(r"I\.?R\.?S\.?|IDENTIFICATION|S\.S\.|ENTITIES\s+ONLY|ABOVE\s+PERSON|INSTRUCTIONS",
                         re.IGNORECASE)


_LINE = re.compile(r"[^\n]+")
_WIDE_GAP = re.compile(r"[^\s]*\s{2,}(?=[^\s|])")  # the rest of a word, then two spaces or more
_CELL_WORD = re.compile(r"[^\s|]+")  # a word between cell marks
_RULE_OR_BOX = re.compile(r"[-_=+*]+|\(\w\)|\[\s*\w?\s*\]")  # a rule, '(a)', a box: no value
_IRS_COLUMN = re.compile(r"\s{2,}(?:I\.?R\.?S\.?|IRS|S\.S\.|\d{2}-\d{7})")  # an I.R.S. number's column
_LESS_THAN = re.compile(r"(?:less\s+than|<)\s*$", re.I)  # "less than 5%": no figure to report


def _text_value(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first line of words between ``start`` and ``end``, without cell marks, rules, boxes,
    the rest of a label and a trailing ``I.R.S. No.`` column."""
    for line in _LINE.finditer(text[start:end]):
        a, b = start + line.start(), start + line.end()
        more = list(_LABEL_MORE.finditer(text, a, b))
        if more:  # "(entities only).  Example Fund": the value after the label's rest, a gap between
            gap = _WIDE_GAP.search(text, more[-1].end(), b)
            if gap is None:
                continue
            a = gap.end()
        words = [w for w in _CELL_WORD.finditer(text[a:b]) if not _RULE_OR_BOX.fullmatch(w.group(0))]
        if not words or _side_caption(w.group(0) for w in words):
            continue  # ("Number of" before item 5, over an item left blank: the caption, no value)
        a, b = a + words[0].start(), a + words[-1].end()
        irs = _IRS_COLUMN.search(text[a:b])
        return a, a + irs.start() if irs else b
    return None


# the end of item 1's label where a run-on cover prints the name straight after it: the label's
# last words ("... OF ABOVE PERSONS (ENTITIES ONLY)", "(See Instructions)"), its closing marks
_LABEL_END = re.compile(r"""(?:ENTITIES\s+ONLY|INSTRUCTIONS
                            |ABOVE\s+PERSONS?(?:[ \t]*\([^()\n]{1,20}\))?)  # and its '(Entities only)', however spelt
                            [).:]*[ \t]+(?=[A-Z0-9])""", re.IGNORECASE | re.VERBOSE)
# an identification number's blank after the name: "(NONE)", "(N/A)", "(13-1234567)"
_ID_PLACEHOLDER = re.compile(r"[ \t]+\((?:NONE|N/?A|NOT\s+APPLICABLE|\d{2}-?\d{7})\)$", re.IGNORECASE)
_MOST_NAME_WORDS = 12  # more words after the label than a name holds: the label's words run on


def _run_on_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name on the line of item 1's label in a run-on cover: the rest of the line after the
    label, or after the label's last words where it goes on ("... (ENTITIES ONLY) EXAMPLE FUND
    LTD (NONE)"); None where they do not cut it off cleanly: a name is never guessed out of the
    label's words, nor read from the lines after (the next item, where its number was lost)."""
    line_end = text.find("\n", start, end)
    line_end = end if line_end < 0 else line_end
    cuts = list(_LABEL_END.finditer(text, start, line_end))
    if not cuts and _LABEL_MORE.search(text, start, line_end):
        return None
    a, b = cuts[-1].end() if cuts else start, line_end
    a += len(text[a:b]) - len(text[a:b].lstrip())
    b -= len(text[a:b]) - len(text[a:b].rstrip())
    placeholder = _ID_PLACEHOLDER.search(text, a, b)
    b = placeholder.start() if placeholder else b
    words = _CELL_WORD.findall(text[a:b])
    if not words or len(words) > _MOST_NAME_WORDS or _LABEL_MORE.search(text, a, b) or "(" in text[a:b]:
        return None
    return a, b


def _run_on_words(text: str, concept: str, a: int, b: int) -> tuple[int, int] | None:
    """A text item's value in a run-on cover, without the words of the next item run into it:
    the type codes that open it (a type item takes codes only), the words before the share
    items' side caption ("Cayman Islands NUMBER OF" before "5. SOLE VOTING POWER")."""
    words = list(_CELL_WORD.finditer(text, a, b))
    if concept == "ReportingPersonTypeCode":
        codes = list(takewhile(lambda w: canonical("person_type_code", w.group(0).strip(",;/")), words))
        return (codes[0].start(), codes[-1].end()) if codes else None
    while words and words[-1].group(0) in _caption_words():
        words.pop()
    return (words[0].start(), words[-1].end()) if words else None


def _opens_with_code(text: str, a: int, b: int) -> bool:
    """Whether a type item's value opens with one of the form's type codes (``CO``, ``IN, HC``)."""
    first = _CELL_WORD.search(text, a, b)
    code = first.group(0).strip(",;/.") if first is not None else ""
    return code.isupper() and canonical("person_type_code", code) is not None  # (not "In" of a note)


def _row_value(text: str, concept: str, start: int, end: int, run_on: bool = False) -> Located | None:
    if concept == "PercentOfClass":
        found = find_percents(text[start:end])
        if not found or _LESS_THAN.search(text[start : start + found[0].start]):
            return None
        q = found[0]
        return Located(q.value, start + q.start, start + q.end)
    if concept in SHARE_ROWS:
        return _shares(text, start, end)
    value = _text_value(text, start, end)
    if value is not None and run_on:
        value = _run_on_words(text, concept, *value)
    elif value is not None and concept == "ReportingPersonTypeCode" and not _opens_with_code(text, *value):
        return None  # a note under a type item left blank ("* The percentage ... is calculated")
    if value is None or not any(c.isalnum() for c in text[value[0] : value[1]]):
        return None  # ']' of a snippet cut after the label: marks alone are no value
    return Located(" ".join(text[value[0] : value[1]].split()), value[0], value[1])


def _class_rows(text: str, concept: str, start: int, end: int) -> ClassFigures | None:
    """The item's figures by class of shares (``share_classes``): a share count or a percent
    read from each line."""
    if concept in SHARE_ROWS:
        return class_figures(text, start, end, _shares)
    if concept == "PercentOfClass":
        return class_figures(text, start, end, _line_percent)
    return None


def _line_percent(text: str, start: int, end: int) -> Located | None:
    found = find_percents(text[start:end])
    if not found or _LESS_THAN.search(text[start : start + found[0].start]):
        return None
    return Located(found[0].value, start + found[0].start, start + found[0].end)


_RULE = re.compile(r"[-_=]{3,}")


def _shares(text: str, start: int, end: int) -> Located | None:
    """The first count of the item (``1,234,567``, ``-0-``, ``None``), read past the caption."""
    none = {p.casefold() for p, _ in phrases("no_shares")}
    for w in _CELL_WORD.finditer(text[start:end]):
        token = w.group(0)
        if token in _caption_words() and token.isupper() or _RULE.fullmatch(token):
            continue
        if token.casefold().strip(".,*") in none:
            return Located(0, start + w.start(), start + w.end())
        numbers = find_numbers(token)
        if numbers and numbers[0].start == 0 and numbers[0].decimals == 0:
            return Located(int(numbers[0].value), start + w.start(), start + w.start() + numbers[0].end)
        return None  # words first ("See Item 5"): no count to read
    return None


# ------------------------------------------------------------------------------------------
# The reader
# ------------------------------------------------------------------------------------------


def _page_facts(out: Out, pages: list[CoverPage], as_of: Period | None) -> None:
    for member, page in enumerate(pages, start=1):
        for concept, found in page.rows.items():
            _row_fact(out, concept, found, member, as_of=as_of)
        for concept, figures in page.classes.items():
            for share_class, found in figures:
                _row_fact(out, concept, found, member, (("ClassOfStockAxis", share_class),), as_of)


def _row_fact(out: Out, concept: str, found: Located, member: int,
              also: tuple[tuple[str, str], ...] = (), as_of: Period | None = None) -> None:
    """One item of a cover page; ``as_of``: the period of its figures (the day of the event its
    cover states), else the document's."""
    if concept in SHARE_ROWS:
        out.add(concept, found.value, found.span, "schedule-13:cover", member,
                unit=SHARES, decimals=0, also=also, period=as_of)
    elif concept == "PercentOfClass":
        decimals = -Decimal(found.value).as_tuple().exponent  # type: ignore[operator]
        out.add(concept, found.value, found.span, "schedule-13:cover", member,
                unit=PURE, decimals=max(int(decimals), 0), also=also, period=as_of)
    else:
        out.add(concept, found.value, found.span, "schedule-13:cover", member)


_LAST_ITEMS = ("PercentOfClass", "ReportingPersonTypeCode")  # items 11 and 12, a page's last
_PAGE_REST = 1500  # characters a cover page holds at most after its person's name


def _ends_inside_a_page(text: str, pages: list[CoverPage]) -> bool:
    """Whether the text stops inside its last cover page, before the page's last items (an
    excerpt cut off after '5 SOLE'): the pages of more persons may have followed, so they are
    not counted."""
    last = pages[-1]
    return not any(item in last.rows for item in _LAST_ITEMS) and len(text.rstrip()) - last.person.end < _PAGE_REST


def extract_schedule_13(ctx: DocumentContext) -> Found:
    """Family SCHEDULE_13: a 13D / 13G document: schedule and subject facts, CUSIP and event
    date, the persons of its cover pages with their figures, its signature blocks; then what
    its EDGAR header says and the text does not (``schedule_header``)."""
    out = Out(ctx)
    _text_facts(ctx, out)
    out.observations += schedule_header_facts(ctx, out.observations)
    return out.found()


def _text_facts(ctx: DocumentContext, out: Out) -> None:
    text = ctx.text
    schedule_facts(out, text, subject_from_cover(text), "schedule-13")
    event = event_date(text)
    for concept, found in (("SubjectSecurityCusip", cusip(text)), ("EventDate", event)):
        if found is not None:
            out.add(concept, found.value, found.span, "schedule-13:front page")
    # a cover's figures are as of the event that requires the filing, which its front page
    # dates; the day the schedule is signed, filed or copied (a web copy's own 'Filing Date')
    # may be weeks or years later
    as_of = Period.duration(event.value, event.value) if event is not None else None  # type: ignore[arg-type]
    ratio = ads_ratio(text)
    if ratio is not None:
        out.add("AdsRatio", ratio[0].value, ratio[0].span, "schedule-13:ads ratio", unit=PURE, decimals=ratio[1])
    certification = re.search(r"after\s+reasonable\s+inquiry", text, re.I)
    blocks = signature_section(text, find_signature_blocks(text),
                               certification.end() if certification else 0)
    pages = find_cover_pages(text)
    date = Located(ctx.document_date, 0, 0) if ctx.document_date else None
    if pages:
        persons = [p.person for p in pages]
        if not _ends_inside_a_page(text, pages):
            out.add("NumberOfReportingPersons", len(persons), None, "schedule-13:count", unit=PURE, decimals=0)
        for member, person in enumerate(persons, start=1):
            out.add("ReportingPersonName", person.name, (person.start, person.end),
                    "schedule-13:reporting-person", member)
            if person.kind:  # (none for a name the text stops inside: its shape is not all there)
                out.add("ReportingPersonType", person.kind, None, "schedule-13:reporting-person", member)
        _page_facts(out, pages, as_of)
        link_pages(out, persons, blocks, date, "schedule-13:signature")
        return
    rows = summary_rows(text)
    if rows:  # a copy cut off before its cover pages, their summary printed before the filing
        persons = [row.person for row in rows]  # (not counted: a row the copy garbled ends the rows)
        for member, row in enumerate(rows, start=1):
            out.add("ReportingPersonName", row.person.name, (row.person.start, row.person.end),
                    "schedule-13:summary", member)
            out.add("ReportingPersonType", row.person.kind, None, "schedule-13:summary", member)
            for concept, found in row.figures:
                _row_fact(out, concept, found, member, as_of=as_of)
        link_pages(out, persons, blocks, date, "schedule-13:signature")
        return
    # a schedule without cover pages (an agreement filed as the schedule's text) lists its
    # persons the way an agreement does
    persons = find_reporting_persons(text[: blocks[0].span[0]] if blocks else text)
    persons_and_pages(out, persons, blocks, date, "schedule-13")


def submission_order(ctx: DocumentContext, persons: list[ReportingPerson]) -> list[ReportingPerson]:
    """``persons`` in the order of the cover pages of the schedule filed in the same submission
    (an agreement filed as its exhibit), so that one person is one member in both instances;
    persons the cover pages do not name keep their order after them."""
    raw = ctx.document.raw
    if not persons or len(raw) <= len(ctx.text) + 200 or "<DOCUMENT>" not in raw.upper():
        return persons
    pages = find_cover_pages(re.sub(r"<[^>\n]{1,200}>", " ", raw))
    names = [p.person.name for p in pages]
    if not names:
        return persons
    ranked = [(match_name(p.name, names), n, p) for n, p in enumerate(persons)]
    return [p for _, _, p in sorted(ranked, key=lambda r: (r[0] is None, r[0] or 0, r[1]))]
