"""The Form 6-K cover: check boxes, file number, exhibit list and signatures.

Registrant, report month, document date and type are read earlier (``extract.document``), the
address by the generic address extractor; this module reads what only a 6-K cover states.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from converter.extract.anchors import SIGNATURES_HEADING
from converter.extract.base import DocumentContext, Found
from converter.extract.mechanisms.checkbox import (
    CheckedOption,
    checked_in,
    mark_patterns,
)
from converter.extract.mechanisms.furnished import (
    FORM_20F,
    FORM_40F,
    NO,
    YES,
    cover_exhibits,
)
from converter.extract.kinds.cover_20f import phrases
from converter.extract.mechanisms.countries import country_code
from converter.extract.mechanisms.lines import Line, split_lines, squash
from converter.extract.mechanisms.signatories import signatory_observations
from converter.model import PURE, Observation
from converter.parse import match_starts
from converter.parse.gates import Gated, fold, folded_text

_I = re.IGNORECASE
_QUESTION = re.compile(r"indicate\s+by\s+check\s+mark", _I)
_ANSWER_REACH = 400  # a box question's answer stands this close after it
_COVER_REACH = 8000  # the cover's questions stand in its first characters
# 'Rule 12g3-2(b)', as typesetting spaces it: 'Rule 12g 3-2(b)', 'Rule 12g3-2( b )'
_RULE_12G32B = re.compile(r"rule\s+12g\s?3-2\s?\(\s?b\s?\)", _I)
_RULE_12G32B_GATED = Gated(_RULE_12G32B)  # behind its words, tried where 'rule' begins
_RULE_101B = re.compile(r"indicate\s+by\s+check\s+mark\s+if\s+[^.]*?rule\s+101\(b\)\(([17])\)", _I | re.S)
# the question behind the words it needs ('101(b)('), tried only where 'indicate' begins
_RULE_101B_GATED = Gated(_RULE_101B)
# an amended report's banner, 'FORM 6-K/A', and the number of its amendment printed under it
# ('(Amendment No. 1)', 'Amendment No. 1 to the report on Form 6-K for the month of ...')
_AMENDED_BANNER = re.compile(r"\bform\s+6-K\s*/\s*A\b", _I)
_AMENDMENT_NUMBER = re.compile(r"\bamendment\s+no\.?\s*(\d{1,2})\b", _I)
_AMENDMENT_REACH = 600  # the number stands this close under the banner
_CAPTION_LINES = 150  # the cover's captions stand in its first lines
_FILE_NUMBER = re.compile(
    r"""(?:commission\s+file\s+(?:number|no\.?)     # 'Commission File Number: 1-13368'
         |1934\s+act\s+registration\s+(?:number|no\.?)  # '1934 Act Registration No. 1-14418'
        )\s*:?\s*(\d{1,3}[-\u2013]\d{3,6})        # its dash perhaps typeset as an en dash
       |(\d{1,3}[-\u2013]\d{3,6})\s*\n\s*\(commission\s+file\s+number\)  # the number over its caption
    """,
    _I | re.X,
)
_EXHIBIT_INDEX = re.compile(
    r"^\s*(?:exhibit\s+index|index\s+to\s+exhibits|(?:list\s+of\s+)?exhibits|exhibit\s+list)\s*$", _I | re.M)
_SIGNATURE_HEADING = SIGNATURES_HEADING
_KOREAN_NAME_LINE = re.compile(
    r"\s*((?:\u3231|\(주\)|주식회사)\s?[가-힣A-Za-z0-9&]{2,20}|[가-힣A-Za-z0-9&]{2,20}\s?(?:주식회사|\u3231|\(주\)))\s*")
_NAME_WORDS = re.compile(r"[A-Za-z0-9]+")  # the registrant's words: the first opens the English name line
_CONFORMED = re.compile(r"\s*(/s/)", _I)
_LABEL = re.compile(r"\b(Date|By|Name|Title)(?:(?<=[tT][eE])[dD])?\s*:", _I)  # "Dated:" too


def _obs(ctx: DocumentContext, concept: str, value, start: int, end: int, rule: str, **kw) -> Observation:
    lang = "en" if isinstance(value, str) else None
    return Observation(concept, value, ctx.document_period, span=ctx.span(start, end), lang=lang, rule=rule, **kw)


def annual_report_form(ctx: DocumentContext, lines: list[Line]) -> list[Observation]:
    checked = checked_in(ctx.text, 0, len(ctx.text), [FORM_20F, FORM_40F])
    if checked is None:
        return []
    form = ("20-F", "40-F")[checked.index]
    return [_obs(ctx, "AnnualReportForm", form, checked.start, checked.end, "cover:20-F/40-F box")]


def _folded_head(ctx: DocumentContext) -> str:
    """``fold`` of the cover's first characters, cut from the document's fold (which the
    readers' evidence made already) where folding kept every character in its place."""
    folded = folded_text(ctx.text)
    return folded[:_COVER_REACH] if len(folded) == len(ctx.text) else fold(ctx.text[:_COVER_REACH])


def _answer_stop(ctx: DocumentContext, offset: int) -> int:
    """Where the answer to the question ending at ``offset`` must be: before the next question
    (an HTML paragraph or a collapsed page is one line)."""
    following = _QUESTION.search(ctx.text, offset, offset + _ANSWER_REACH)
    return following.start() if following else min(len(ctx.text), offset + _ANSWER_REACH)


def _yes_no_after(ctx: DocumentContext, offset: int) -> CheckedOption | None:
    return checked_in(ctx.text, offset, _answer_stop(ctx, offset), [YES, NO])


def rule_12g32b(ctx: DocumentContext, lines: list[Line]) -> list[Observation]:
    head = ctx.text[:_COVER_REACH]
    m = next(_RULE_12G32B_GATED.finditer(head, _folded_head(ctx)), None)  # the first, as search finds
    checked = _yes_no_after(ctx, m.end()) if m else None
    if checked is None:
        return []
    return [
        _obs(ctx, "FurnishesInformationUnderRule12g32b", checked.index == 0, checked.start, checked.end,
             "cover:12g3-2(b) box")
    ]


def paper_submission(ctx: DocumentContext, lines: list[Line]) -> list[Observation]:
    """Rule 101(b)(1) / 101(b)(7) boxes: Yes/No labels, or one blank that is marked or not."""
    found = []
    head = ctx.text[:_COVER_REACH]
    for m in _RULE_101B_GATED.finditer(head, _folded_head(ctx)):
        concept = f"PaperSubmissionUnderRegulationST101b{m.group(1)}"
        checked = _yes_no_after(ctx, m.end())
        if checked is not None:
            found.append(_obs(ctx, concept, checked.index == 0, checked.start, checked.end, "cover:101(b) box"))
            continue
        box = _single_box(ctx.text[m.end() : m.end() + 120].split("\n\n")[0])
        if box is not None:
            found.append(_obs(ctx, concept, box[0], m.end() + box[1], m.end() + box[2], "cover:101(b) box"))
    return found


def _single_box(tail: str) -> tuple[bool, int, int] | None:
    """The one blank or box right after a question: (marked, start, end) within ``tail``."""
    marks = mark_patterns()
    lead = re.match(r"[:\s_]*", tail).end()
    mark = marks["checked"].match(tail, lead) or marks["row_checked"].match(tail, lead)
    if mark:
        return True, mark.start(), mark.end()
    empty = marks["row_unchecked"].match(tail, lead)  # ': o' (a Wingdings box) right after the question
    if empty:
        return False, empty.start(), empty.end()
    blanks = [m for m in (re.search(r"_{2,}|-{3,}", tail), marks["unchecked"].search(tail)) if m]
    blank = min(blanks, key=lambda m: m.start(), default=None)
    return (False, blank.start(), blank.end()) if blank else None


def amendment_number(ctx: DocumentContext, lines: list[Line]) -> list[Observation]:
    """'Amendment No. 1' under the banner 'FORM 6-K/A' of an amended report."""
    head = ctx.text[:_COVER_REACH]
    banner = _AMENDED_BANNER.search(head)
    m = _AMENDMENT_NUMBER.search(head, banner.end(), banner.end() + _AMENDMENT_REACH) if banner else None
    if m is None:
        return []
    return [_obs(ctx, "AmendmentNumber", int(m.group(1)), m.start(1), m.end(1), "cover:amendment",
                 unit=PURE, decimals=0)]


def incorporation(ctx: DocumentContext, lines: list[Line]) -> list[Observation]:
    """The country over the caption '(Jurisdiction of incorporation or organization)', the
    caption alone on its line (a 20-F cover's caption, ``data/cover_20f.tsv``): 'Republic of
    India' -> IN. Captions set side by side share a line and are not read here."""
    caption = next(p for value, p in phrases("caption") if value == "jurisdiction")
    for i, line in enumerate(lines[:_CAPTION_LINES]):
        m = caption.search(line.text) if "jurisdiction" in line.text.lower() else None
        if m is None or line.text[: m.start()].strip(" \t|") or line.text[m.end() :].strip(" \t|"):
            continue
        above = next((ln for ln in reversed(lines[max(0, i - 3) : i]) if not ln.blank), None)
        found = country_code(above.text) if above is not None and "(" not in above.text else None
        if found is None:
            return []
        code, start, end = found
        return [_obs(ctx, "EntityIncorporationCountryCode", code, above.start + start, above.start + end,
                     "cover:jurisdiction")]
    return []


def file_number(ctx: DocumentContext) -> list[Observation]:
    head = ctx.text[:6000]
    starts = _file_number_starts(head)
    if not starts:
        return []  # neither the number's words nor its column's caption
    m = next((m for p in starts if (m := _FILE_NUMBER.match(head, p))), None)  # the leftmost, as search finds
    if not m:
        return _column_file_number(ctx)
    group = 1 if m.group(1) else 2
    number = m.group(group).replace("\u2013", "-")  # as EDGAR writes it: with a hyphen
    return [_obs(ctx, "EntityFileNumber", number, m.start(group), m.end(group), "cover:file number")]


def _file_number_starts(head: str) -> list[int] | range:
    """Where a match of ``_FILE_NUMBER`` can start, in order: every match holds 'commission' or
    '1934' and starts at that word, or (a number over its caption) at a digit of the digits,
    dashes, '(' and white space just before 'commission' (the number opens with its digits: a
    dash, a bracket or a blank of an indent opens no match). Empty when neither word is in
    ``head``: then no pattern of the file number (nor the column caption) matches it."""
    folded = fold(head)
    found = [i for word in ("commission", "1934") for i in match_starts.word_offsets(folded, word)]
    if not found or len(folded) != len(head):
        return range(len(head) + 1) if found else []  # (folding changed the length: every place)
    starts: set[int] = set()
    for at in found:
        start = at
        while start > 0 and _before_caption(head[start - 1]) and start - 1 not in starts:
            start -= 1
        starts.update(p for p in range(start, at) if head[p].isdecimal())
        starts.add(at)
    return sorted(starts)


def _before_caption(char: str) -> bool:
    """A character of what may stand before the caption a number is printed over: ``\\d``
    (any decimal digit), ``-``, ``\\s`` (any white space, the line break too) or ``(``."""
    return char.isdecimal() or char.isspace() or char in "-\u2013("


# the caption of the column, perhaps wrapped: '(Commission' over 'File Number)'
_COLUMN_CAPTION = re.compile(r"\(\s*Commission(?:[ \t]+File)?(?=[ \t]{2,}|[ \t]*$)|\(\s*Commission\s+File\s+(?:Number|No\.?)\s*\)",
                             _I | re.M)
_NUMBER_TOKEN = re.compile(r"(?<![\w-])\d{1,3}-\d{3,6}(?![\w-])")


def _column_file_number(ctx: DocumentContext) -> list[Observation]:
    """An 8-K's or 10-K's row of three columns: the number printed over its caption
    '(Commission / File Number)', between the state of incorporation and the I.R.S. number."""
    text = ctx.text
    for caption in _COLUMN_CAPTION.finditer(text, 0, min(len(text), 6000)):
        line_start = text.rfind("\n", 0, caption.start()) + 1
        column = caption.start() - line_start
        above = [ln for ln in split_lines(text[max(0, line_start - 400) : line_start])[:-1] if not ln.blank]
        row = next((ln for ln in reversed(above) if not re.fullmatch(r"[-_=\s]+", ln.text)), None)
        if row is None:
            continue
        base = max(0, line_start - 400)
        for m in _NUMBER_TOKEN.finditer(row.text):
            if m.start() <= column + len(caption.group()) and m.end() >= column - 2:
                start = base + row.start + m.start()
                return [_obs(ctx, "EntityFileNumber", m.group(), start, start + len(m.group()), "cover:file number")]
    return []


def extract_file_number(ctx: DocumentContext) -> Found:
    """The Commission file number of a cover that no cover reader of its own reads (an 8-K's,
    a 10-K's): a reader of its own (data/readers.tsv)."""
    from converter.extract import readers_for  # the table that lists this reader too

    if any(r.name in ("6-K cover", "20-F cover") for r in readers_for(ctx.classification.family, ctx.text)):
        return Found()
    return Found(tuple(file_number(ctx)))


def exhibits(ctx: DocumentContext, lines: list[Line]) -> list[Observation]:
    """Exhibit index rows, one ExhibitAxis member each (``mechanisms.exhibit_index``)."""
    found = []
    for row in cover_exhibits(ctx.text):
        dims = (("ExhibitAxis", row.number),)
        found.append(_obs(ctx, "ExhibitNumber", row.number, *row.number_span, "cover:exhibit", dimensions=dims))
        if row.description:
            found.append(_obs(ctx, "ExhibitDescription", row.description, *row.span, "cover:exhibit",
                              dimensions=dims))
        for concept, dated in (("ExhibitDate", row.date), ("ExhibitPeriodEndDate", row.period_end)):
            if dated:
                found.append(_obs(ctx, concept, dated[0], dated[1], dated[2], "cover:exhibit", dimensions=dims))
    return found


@dataclass(frozen=True)
class Labelled:
    label: str  # date / by / name / title
    value: str
    start: int
    end: int
    column: int


def _labelled_fields(lines: list[Line]) -> list[Labelled]:
    """'Date:', 'By:', 'Name:', 'Title:' fields, also side by side on one line; a field's value
    runs to the next label on its line and continues on following unlabelled lines indented
    at least as far (a wrapped title)."""
    fields: list[Labelled] = []
    for i, line in enumerate(lines):
        labels = list(_LABEL.finditer(line.text))
        conformed = _CONFORMED.match(line.text)
        if conformed and not labels:  # '/s/ Jane Doe' with no 'By:' (or under an empty 'By:')
            if fields and fields[-1].label == "by" and not fields[-1].value:
                fields.pop()
            start = line.start + conformed.start(1)
            fields.append(Labelled("by", line.stripped, start, line.content_end, conformed.start(1)))
            continue
        for j, m in enumerate(labels):
            stop = labels[j + 1].start() if j + 1 < len(labels) else len(line.text)
            raw = line.text[m.end() : stop]
            value = raw.strip()
            start = line.start + m.end() + (len(raw) - len(raw.lstrip()))
            end = start + len(value)
            if m.group(1).lower() == "title":
                value, end = _wrapped(lines[i + 1 : i + 3], m, stop, value, end)
            fields.append(Labelled(m.group(1).lower(), squash(value), start, end, m.start()))
    return fields


def _wrapped(following: list[Line], label: re.Match, stop: int, value: str, end: int) -> tuple[str, int]:
    """A title continued on the lines below, in its own column (``label.start()`` up to
    ``stop``, where the next field of its line begins) and indented under its value."""
    for nxt in following:
        piece = nxt.text[label.start() : stop] if stop < len(label.string) else nxt.text[label.start() :]
        body = piece.strip()
        if not body or _LABEL.search(piece) or len(piece) - len(piece.lstrip()) < label.end() - label.start() - 1:
            break
        if nxt.text[max(label.start() - 2, 0) : label.start()].strip():
            break  # no gap before its column: a line of running text, not a wrapped title
        value = f"{value} {body}"
        end = nxt.start + label.start() + len(piece.rstrip())
    return value, end


def signatures(ctx: DocumentContext, lines: list[Line]) -> list[Observation]:
    """One SignatoryAxis member per signature of the SIGNATURES section, in order (read by the
    one signature reader, ``mechanisms.signatures``)."""
    return signatory_observations(ctx, "cover:signature")


def extract_exhibit_index(ctx: DocumentContext) -> Found:
    """The exhibit index of a 6-K cover, or of any document that prints one (an 8-K, a
    Schedule 13G's list of exhibits): a reader of its own (data/readers.tsv)."""
    return Found(tuple(exhibits(ctx, split_lines(ctx.text))))


def korean_registrant(ctx: DocumentContext, lines: list[Line]) -> list[Observation]:
    """The registrant's Korean name printed alone on the line over the English one
    ('(주)한울소프트' over 'HANUL SOFT, INC.'): a second name fact, in Korean."""
    words = _NAME_WORDS.findall(ctx.registrant or "")
    if not words or not ("주" in ctx.text or "\u3231" in ctx.text):
        return []  # every Korean name line holds 주 (주식회사, (주)) or ㈜
    for line, below in zip(lines[:120], lines[1:121]):
        m = _KOREAN_NAME_LINE.fullmatch(line.text)
        if m and re.match(rf"\s*{re.escape(words[0])}\b", below.text, _I):
            start = line.start + m.start(1)
            return [Observation("EntityRegistrantName", m.group(1), ctx.document_period,
                                span=ctx.span(start, start + len(m.group(1))), lang="ko", rule="cover:Korean name")]
    return []


def extract_cover_6k(ctx: DocumentContext) -> Found:
    lines = split_lines(ctx.text)
    observations = (
        annual_report_form(ctx, lines)
        + rule_12g32b(ctx, lines)
        + paper_submission(ctx, lines)
        + amendment_number(ctx, lines)
        + incorporation(ctx, lines)
        + file_number(ctx)
        + signatures(ctx, lines)
        + korean_registrant(ctx, lines)
    )
    return Found(tuple(observations))
