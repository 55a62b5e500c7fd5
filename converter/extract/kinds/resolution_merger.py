"""Mergers and share exchanges in a resolution or disclosure: the other party, the ratio and the
agreement date, from the items (``Target``, ``Merger ratio``), the headings of the other
company's figures, and the prose ("X will be merged with and into Y", "0.38 shares of the
Company will be allotted for each share of X", "... Agreement to Make X a Wholly-Owned
Subsidiary"), where one of the two parties is the registrant (or the acquirer an item names).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from converter.extract.base import DocumentContext
from converter.extract.mechanisms.labelled_items import Labelled, Ratio
from converter.extract.mechanisms.name_match import core_key, has_legal_form
from converter.extract.mechanisms.sentences import lang_of
from converter.model import PURE, Mention, Observation
from converter.parse.dates import find_dates

if TYPE_CHECKING:
    from converter.extract.kinds.resolution import _Disclosure, _Out


# where a company's name ends: its abbreviation in parentheses, a definition, a clause
_NAME_END = re.compile(r"\s*[(（]|\s+\(?hereinafter\b|,?\s+which\s")
_NATIONALITY = re.compile(r"nationality|국적", re.I)  # a label that asks for the country too
# where the country a nationality label asked for begins: "in Republic of Korea", "/ Korea", ", Japan"
_COUNTRY_START = re.compile(r"\s+in\s+|\s*/\s*|\s*,\s+(?=[A-Z][a-z]+$)")
_LONG_NUMBER = re.compile(r"\d{3,}")  # a figure, which no company's name holds
_THE_COMPANY = re.compile(r"the\s+Company")


def clean_name(text: str, label: str = "") -> str | None:
    """A company's name as printed, without an abbreviation in parentheses or the nationality
    a label asked for ("Example Co., Ltd. in Republic of Korea")."""
    name = _NAME_END.split(text.strip(), maxsplit=1)[0]
    if _NATIONALITY.search(label):
        name = _COUNTRY_START.split(name, maxsplit=1)[0]
    name = name.strip(" ,;:")
    if not name or not (name[0].isupper() or name[0].isdigit() or "\uac00" <= name[0] <= "\ud7a3"):
        return None
    return name if len(name.split()) <= 10 and not _LONG_NUMBER.search(name) else None


# -- the parties ---------------------------------------------------------------------------------------

# a company's name: capitalised words (not a legal-form word), then its legal form if any
_NAME = (r"(?!(?:Co|Ltd|Inc|Corp)\b)[A-Z][\w&'’-]*(?:[ \t]+(?:(?!(?:Co|Ltd|Inc|Corp)\b)[A-Z&][\w&'’-]*|of|&)){0,6}"
         r"(?:,?[ \t]+(?:Co\.,?[ \t]+Ltd\.|Co\.|Ltd\.|Inc\.|Corp\.))?")  # on one line
_PROSE_PARTIES = (
    # "Example Games will be merged with and into Example Soft": target, then survivor
    re.compile(rf"(?P<t>{_NAME})(?:\s*\([^)]{{0,80}}\))?\s+(?:will\s+be\s+|was\s+|has\s+been\s+|shall\s+be\s+|is\s+)?"
               rf"merged\s+(?:with\s+and\s+)?into\s+(?P<s>{_NAME})"),
    # "the Merger Agreement entered between A and B", "Both A and B have agreed ... merge"
    re.compile(rf"(?i:merger\s+(?:agreement|contract)\s+(?:was\s+)?(?:entered\s+(?:into\s+)?|signed\s+|executed\s+)?"
               rf"between)\s+(?P<a>{_NAME})\s+and\s+(?P<b>{_NAME})"),
    re.compile(rf"\b[Bb]oth\s+(?P<a>{_NAME})\s+and\s+(?P<b>{_NAME})\s+"
               rf"have\s+agreed\s+(?:to\s+merge|on\s+the\s+merger)"),
    # "the Merger Agreement with Example Holdings, Inc.", "Resolution on Merger with Example Card Co."
    re.compile(rf"\b[Mm]erger\s+(?:[Aa]greement\s+|[Cc]ontract\s+)?with\s+(?P<o>{_NAME})"),
    # a share exchange: "... Agreement to Make Example Optical Co., Ltd. a Wholly-Owned Subsidiary"
    re.compile(rf"\b(?i:make|making|become)\s+(?P<o>{_NAME})\s+(?i:a|its|our)\s+(?i:wholly[-\s]owned\s+subsidiary)"),
    re.compile(rf"\b(?i:share\s+exchange\s+(?:agreement\s+|contract\s+)?with)\s+(?P<o>{_NAME})"),
)
_AGREEMENT_DATE = re.compile(r"(?:merger|share\s+exchange)\s+(?:agreement|contract)\b[^.;]{0,90}?\b(?:on|dated)\s+(?=\S)",
                             re.I)
# "0.38 shares of common stock of the Company will be allotted for each share of common stock of
# Example Optical": the acquirer's shares given for one share of the target, in the prose
_PROSE_RATIO = re.compile(
    rf"""(?P<n>\d+(?:\.\d+)?)\s+(?:new\s+)?(?:shares?|ADSs?)\s+of\s+        # N shares of
         (?:(?:the\s+)?common\s+(?:stock|shares?)\s+of\s+)?                # (common stock of)
         (?P<a>the\s+Company|{_NAME})                                    # the acquirer
         (?:['’]s\s+common\s+(?:stock|shares?))?\s+
         (?:will|shall|are\s+to|is\s+to)\s+be\s+(?:allotted|allocated|issued|delivered|exchanged)\s+
         (?:for|per|in\s+exchange\s+for)\s+(?:each|every|one|1)\s+(?:share|ADS)\s+of\s+
         (?:(?:the\s+)?common\s+(?:stock|shares?)\s+of\s+)?(?P<b>{_NAME})   # the target""",
    re.VERBOSE)


def _same_company(a: str | None, b: str | None) -> bool:
    """'Example Bank' and 'Example' (or 'EXAMPLE BANK CO., LTD.') name one company."""
    if not a or not b:
        return False
    ka, kb = core_key(a).split(), core_key(b).split()
    return bool(ka and kb) and (ka[:len(kb)] == kb or kb[:len(ka)] == ka)


def merger_facts(ctx: DocumentContext, doc: "_Disclosure", out: "_Out") -> None:
    """The merger's other party, its ratio and its agreement date."""
    if "merger" not in doc.reading.topics:
        return
    ours = doc.acquirer or ctx.registrant or doc.own_name
    names = [(v.value, v.start, v.end) for v in doc.reading.values
             if v.concept == "MergerCounterpartyName" and isinstance(v.value, str)]
    names += [(n, *_section_span(doc, i)) for i, n in doc.sections.items() if n and not _same_company(n, ours)]
    for v in doc.reading.values:
        if v.kind == "ratio" and v.value is not None:
            target = _ratio(ctx, doc, v, ours, out)
            if target:
                names.append((target, v.start, v.end))
    if not any(o.concept == "MergerRatio" for o in out.observations):
        names += _prose_ratio(ctx, ours, out)
    names += _prose_parties(ctx, ours)
    cleaned = [(clean_name(str(n)), s, e) for n, s, e in names]
    name = next(((n, s, e) for n, s, e in cleaned if n and not _same_company(n, ours)), None)
    if name and not has_legal_form(name[0]):  # "Example Optical", defined as such, and its full name
        name = next(((n, s, e) for n, s, e in cleaned if n and has_legal_form(n) and _same_company(n, name[0])), name)
    if name:
        out.observations.append(Observation("MergerCounterpartyName", name[0], ctx.document_period,
                                            lang=lang_of(name[0]), span=ctx.span(name[1], name[2]),
                                            rule="resolution:merger-party"))
    m = _AGREEMENT_DATE.search(ctx.text)
    dates = find_dates(ctx.text[m.end():m.end() + 30]) if m else []
    if m and dates and dates[0].start == 0:
        start = m.end()
        out.observations.append(Observation("MergerAgreementDate", dates[0].value, ctx.document_period,
                                            span=ctx.span(start, start + dates[0].end),
                                            rule="resolution:merger-agreement"))


def _section_span(doc: _Disclosure, index: int) -> tuple[int, int]:
    cell = doc.reading.items[index].label
    return (cell.start, cell.end) if cell else (0, 0)


def _ratio(ctx: DocumentContext, doc: _Disclosure, v: Labelled, ours: str | None, out: _Out) -> str | None:
    """MergerRatio from the parties and numbers the ratio sets side by side: the acquirer's shares
    for one share of the target. Returns the target's name where the ratio names it."""
    ratio: Ratio = v.value  # type: ignore[assignment]
    (pa, a, da), (pb, b, db) = ratio.parties
    if ratio.given_for_one or (b == 1 and a != 1 and _same_company(pa, ours)):
        value, decimals, target = a, da, pb
    elif a == 1 and b != 1 and _same_company(pb, ours):
        value, decimals, target = b, db, pa
    else:
        out.unmapped.append(Mention(ctx.text[v.start:v.end], ctx.span(v.start, v.end),
                                    "merger ratio whose direction the text does not state"))
        return None
    if v.side(doc.amendment) == "superseded":
        return None
    out.observations.append(Observation("MergerRatio", value, ctx.document_period, PURE, decimals,
                                        span=ctx.span(v.start, v.end), rule="resolution:merger-ratio"))
    return target or None


def _prose_ratio(ctx: DocumentContext, ours: str | None, out: _Out) -> list[tuple[str, int, int]]:
    """MergerRatio from a sentence that gives the acquirer's shares for each share of the target,
    where the acquirer is 'the Company' or the registrant; the target's name as found."""
    for m in _PROSE_RATIO.finditer(ctx.text):
        if not (_THE_COMPANY.fullmatch(m["a"]) or _same_company(m["a"], ours)) or _same_company(m["b"], ours):
            continue
        value = Decimal(m["n"])
        out.observations.append(Observation("MergerRatio", value, ctx.document_period, PURE,
                                            len(m["n"].partition(".")[2]), span=ctx.span(m.start("n"), m.end("n")),
                                            rule="resolution:merger-ratio"))
        return [(m["b"], m.start("b"), m.end("b"))]
    return []


def _prose_parties(ctx: DocumentContext, ours: str | None) -> list[tuple[str, int, int]]:
    """The other party of a merger the prose names, where one of the two is the registrant."""
    found: list[tuple[str, int, int]] = []
    if ours is None:
        return found
    for pattern in _PROSE_PARTIES:
        for m in pattern.finditer(ctx.text):
            if "o" in m.groupdict():
                pick = None if _same_company(m["o"], ours) else "o"
            elif "t" in m.groupdict():
                pick = "t" if _same_company(m["s"], ours) else ("s" if _same_company(m["t"], ours) else None)
            else:
                pick = "b" if _same_company(m["a"], ours) else ("a" if _same_company(m["b"], ours) else None)
            if pick:
                found.append((m[pick], m.start(pick), m.end(pick)))
    return found
