"""Document-level facts every document states plainly: type, date, title, registrant, period.

These are found before the family extractors run, because they fix the context (entity and
period) that all other facts of the document are reported in.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from converter.extract.anchors import DateAnchors, Located, find_date_anchors
from converter.extract.lines import Line, split_lines, squash
from converter.extract.name_match import has_legal_form, spelling_pattern
from converter.model import (
    Classification,
    DocumentFamily,
    FilingHeader,
    Period,
    SourceDocument,
)
from converter.parse.dates import find_dates, month_period, parse_month
from converter.resources import data_path

HEAD_LINES = 60


@dataclass(frozen=True)
class DocumentInfo:
    document_type: Located | None
    document_date: Located | None
    title: Located | None
    registrant: Located | None
    period_end: Located | None  # DocumentPeriodEndDate, where the document reports on a period
    document_period: Period  # forever when nothing places the document in time
    dates: DateAnchors
    warnings: tuple[str, ...] = ()


@cache
def _banner_patterns() -> tuple[re.Pattern[str], ...]:
    lines = data_path("title_banners.tsv").read_text(encoding="utf-8").splitlines()
    return tuple(
        re.compile(line.strip(), re.IGNORECASE) for line in lines if line.strip() and not line.startswith("#")
    )


_EXHIBIT_HEADING = re.compile(r"^\s*exhibit\s+(?:no\.\s*)?(\d+(?:\.\d+)?)\s*$", re.IGNORECASE | re.MULTILINE)
# '(the "Company")', '("KT" or "the Company")', '(hereinafter "the Bank")', '("SFG" or the "Group")'
_COMPANY_DEFINITION = re.compile(
    r"\(\s*(?:hereinafter\s+(?:referred\s+to\s+as\s+)?)?(?:[\"“][^\"”()\n]{1,40}[\"”],?\s+(?:or|and)\s+)?"
    r"(?:the\s+)?[\"“](?:the\s+)?(?:Company|Issuer|Registrant|Bank|Group|Corporation)[\"”]"
)
# The subject of a release's first sentence: 'Acme Co., Ltd. (KRX: 012345) today announced ...'
_ANNOUNCES = re.compile(
    r"\s(?:today\s+|on\s+\w+day\s+)?(?:announced|reported|said|posted|released|disclosed|unveiled)\b"
    r"|\s(?:announced|reported)\s+today\b",
    re.IGNORECASE,
)
# 'The Company announced': a legal form, but no name
_GENERIC_SUBJECT = re.compile(r"(?:the\s+)?(?:company|corporation|bank|group|firm|issuer|registrant)", re.IGNORECASE)
# A Korean release's subject: '대한해운 주식회사(대표이사 ...)는' or '㈜대한해운은'
_KOREAN_COMPANY = re.compile(
    r"((?:㈜|\(주\)|주식회사)\s?[가-힣A-Za-z0-9&]{2,20}|[가-힣A-Za-z0-9&]{2,20}\s?(?:주식회사|㈜|\(주\)))"
    r"(?=\s*(?:\([^()\n]{0,40}\))?\s*(?:은|는|이|가)\s)"
)
# "(Name of the Registrant)", "(Exact name of registrant as specified in its charter)" and the
# foreign issuer's "(Translation of registrant's name into English)"
_REGISTRANT_CAPTION = re.compile(
    r"\((?:(?:exact\s+)?name\s+of\s+(?:the\s+)?registrant"
    r"|translation\s+of\s+(?:the\s+)?registrant\W{0,2}s\s+name)[^)]*\)",
    re.IGNORECASE,
)
_DATELINE_DASH = re.compile(r"\s(?:-{1,2}|[\u2013\u2014])\s")
_RULE = re.compile(r"[-_=*\s]+")
_WRAPPED_NAME_PART = re.compile(r"[A-Za-z][A-Za-z&'.,\- ]+")
_MONTH_OF = re.compile(r"for\s+the\s+month\s+of\s*:?\s*([^\n]{3,30})", re.IGNORECASE)
_MONTH_WORD = r"[A-Za-z]{3,9}\.?"
_MONTHS_OF = re.compile(
    rf"for\s+the\s+months\s+of\s*:?\s*(?P<first>{_MONTH_WORD})(?:\s*,\s*{_MONTH_WORD})*"
    rf"\s*(?:,?\s*and|through|to|-|\u2013)\s*(?P<last>{_MONTH_WORD})\s*,?\s*(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
# "For the period of January 1, 2006 to January 31, 2006" (or "from ... through ...")
_PERIOD_OF = re.compile(r"for\s+the\s+period\s+(?:of|from)\s*:?\s*([^\n]{10,60})", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:to|through|-|\u2013)\s*", re.IGNORECASE)
def document_type(document: SourceDocument, classification: Classification) -> Located | None:
    """The form or exhibit type: EDGAR's <TYPE>, else what the heading and family say."""
    if document.doc_type:
        return Located(document.doc_type.strip().upper())
    head = document.text[:3000]
    m = _EXHIBIT_HEADING.search(head)
    if m:
        return Located(f"EX-{m.group(1)}", m.start(1), m.end(1))
    if classification.family is DocumentFamily.COVER_6K:
        m = re.search(r"form\s+(6-K(?:/A)?)(?![A-Za-z0-9])", head, re.IGNORECASE)  # 6-K/A: an amendment
        return Located(m.group(1).upper(), m.start(1), m.end(1)) if m else Located("6-K")
    return None


def _centered(line: Line, width: int) -> bool:
    if line.blank or line.indent < 5:
        return False
    middle = line.indent + len(line.stripped) / 2
    return abs(middle - width / 2) <= 14


def _is_banner(stripped: str, registrant: str | None) -> bool:
    if registrant and _comparable(stripped) == _comparable(registrant):
        return True
    if find_dates(stripped) and len(find_dates(stripped)[0].text) >= len(stripped) - 2:
        return True
    return any(p.fullmatch(stripped) for p in _banner_patterns())


def document_title(document: SourceDocument, registrant: str | None) -> Located | None:
    """The first block of centered heading lines that is not a banner (form name, exhibit
    label, release banner, letterhead, the company's name alone). HTML centres by markup,
    plain text by spaces. A title line running on into its legal basis ('REPORT OF FOREIGN
    PRIVATE ISSUER PURSUANT TO ...') ends before it, as when the basis has its own line."""
    lines = split_lines(document.text[:6000])
    width = max((len(line.text.rstrip()) for line in lines[:100]), default=80)
    width = max(min(width, 100), 60)
    block: list[Line] = []
    end = 0
    for line in lines[:HEAD_LINES]:
        centered = _centered(line, width) or not line.blank and document.is_centered(line.content_start)
        if centered and not _is_banner(line.stripped, registrant):
            block.append(line)
            basis = _LEGAL_BASIS.search(line.text, line.indent + 1)
            end = line.start + basis.start() if basis else line.content_end
            if basis:
                break
            continue
        if block:
            break
    if not block:
        return None
    start = block[0].content_start
    return Located(squash(document.text[start:end]), start, end)


# The clause naming a form's legal basis, when a title line runs on into it.
_LEGAL_BASIS = re.compile(r"\s+(?:pursuant\s+to|under\s+the\s+securities\s+exchange\s+act)\b", re.IGNORECASE)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\f]*\n")
_ABBREVIATIONS = frozenset(
    "inc co corp ltd llc l.p lp plc mr ms mrs dr no st jr sr u.s n.v s.a ag bhd pte".split()
)


def _sentence_start(text: str, end: int) -> int:
    """Start of the sentence holding ``end``: after a paragraph break or the last full stop
    that does not close an abbreviation such as 'Inc.' or 'Co.'."""
    breaks = list(_PARAGRAPH_BREAK.finditer(text, max(end - 2000, 0), end))
    start = breaks[-1].end() if breaks else max(end - 2000, 0)
    sentence = start
    for m in re.finditer(r"(\S+)[.!?][\"”]?\s+", text[start:end]):
        if m.group(1).lower().rstrip(".") not in _ABBREVIATIONS:
            sentence = start + m.end()
    return sentence


def _name_before_definition(text: str, end: int) -> Located | None:
    """The company name just before '(the "Company")', past any dateline and parentheticals."""
    sentence_start = _sentence_start(text, end)
    chunk = text[sentence_start:end]
    chunk = re.sub(r"(\s*\([^()]*\))+\s*$", "", chunk)  # (Nasdaq: X) and the like
    dash = list(_DATELINE_DASH.finditer(chunk))
    offset = sentence_start + (dash[-1].end() if dash else 0)
    name = chunk[dash[-1].end() :] if dash else chunk
    stripped = name.strip(" \n,")
    if not stripped or not stripped[0].isupper() or len(stripped) > 90:
        return None
    start = offset + name.index(stripped)
    return Located(squash(stripped), start, start + len(stripped))


def _comparable(name: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", name.lower())


def _mixed_case_spelling(text: str, name: Located) -> Located:
    """The same name where the document spells it in mixed case (a cover prints it in capitals)."""
    value = str(name.value)
    if not value.isupper():
        return name
    words = re.findall(r"[A-Za-z0-9]+", value)
    pattern = spelling_pattern(tuple(words), r"[^A-Za-z0-9]{1,3}", lead=r"\b")
    for m in pattern.finditer(text):
        end = m.end() + (1 if value.endswith(".") and text[m.end() : m.end() + 1] == "." else 0)
        if not m.group(0).isupper():
            return Located(squash(text[m.start() : end]), m.start(), end)
    return name


def _announcing_company(text: str) -> Located | None:
    """A company with a legal form ('Co., Ltd.', 'Corporation') as the subject of 'announced'."""
    for m in _ANNOUNCES.finditer(text, 0, min(len(text), 6000)):
        located = _name_before_definition(text, m.start())
        name = str(located.value) if located is not None else ""
        if has_legal_form(name) and not _GENERIC_SUBJECT.fullmatch(name):
            return located
    return None


def _korean_company(text: str) -> Located | None:
    m = _KOREAN_COMPANY.search(text, 0, min(len(text), 3000))
    return Located(m.group(1), m.start(1), m.end(1)) if m else None


def _name_lines(text: str, above: list[Line]) -> Located:
    """The name line right above the caption, joined with the line over it when the name is
    wrapped (``KOREA ENGINEERING & INDUSTRIAL`` over ``HOLDINGS CO., LTD.``): that line follows
    without a blank line and holds words only, no legal form of its own."""
    line = above[-1]
    start = line.content_start
    if len(above) > 1:
        upper = above[-2]
        between = text[upper.content_end : line.content_start]
        if (between.count("\n") == 1 and _WRAPPED_NAME_PART.fullmatch(upper.stripped)
                and not has_legal_form(upper.stripped) and has_legal_form(line.stripped)):
            start = upper.content_start
    return Located(squash(text[start : line.content_end]), start, line.content_end)


def registrant_name(document: SourceDocument, header: FilingHeader | None) -> Located | None:
    """The registrant: the cover's name line, the company a release defines as "the Company",
    the company with a legal form its first sentence says announced something (or a Korean
    release's 주식회사 subject), else the EDGAR header. A name printed in capitals is replaced by the same name in the
    document's own mixed-case spelling where it has one."""
    text = document.text
    defined = [
        located
        for m in _COMPANY_DEFINITION.finditer(text[:20000])
        if (located := _name_before_definition(text, m.start())) is not None
    ]
    caption = _REGISTRANT_CAPTION.search(text[:5000])
    if caption:
        # the name line, skipping a rule drawn between it and its caption
        above = [line for line in split_lines(text[: caption.start()])
                 if not line.blank and not _RULE.fullmatch(line.stripped)]
        if above:
            # The caption may share the line with the name only in HTML-converted covers.
            cover = _name_lines(text, above)
            for candidate in defined:
                if _comparable(candidate.value) == _comparable(cover.value):
                    return candidate
            return _mixed_case_spelling(text, cover)
    if defined:
        return defined[0]
    announcing = _announcing_company(text) or _korean_company(text)
    if announcing:
        return announcing
    if header and header.company_name:
        return Located(header.company_name)
    return None


def report_month(document: SourceDocument) -> Located | None:
    """'For the month of November 2002' on a 6-K cover -> (first day, last day)."""
    m = _MONTH_OF.search(document.text[:5000])
    if not m:
        return _months_of(document.text[:5000]) or _report_range(document.text[:5000])
    month = parse_month(m.group(1))
    if not month:
        return None
    return Located(month_period(*month), m.start(1), m.start(1) + len(m.group(1).rstrip()))


def _months_of(text: str) -> Located | None:
    """'For the months of January and February 2003' -> (January 1, February 28)."""
    m = _MONTHS_OF.search(text)
    if not m:
        return None
    first, last = parse_month(f"{m['first']} {m['year']}"), parse_month(f"{m['last']} {m['year']}")
    if not first or not last or last < first:
        return None
    return Located((month_period(*first)[0], month_period(*last)[1]), m.start("first"), m.end("year"))


def _report_range(text: str) -> Located | None:
    """'For the period of January 1, 2006 to January 31, 2006' -> (first day, last day)."""
    m = _PERIOD_OF.search(text)
    dates = find_dates(m.group(1)) if m else []
    if len(dates) < 2 or dates[0].start != 0:
        return None
    first, last = dates[0], dates[1]
    if not _RANGE_JOIN.fullmatch(m.group(1)[first.end : last.start]) or last.value < first.value:
        return None
    return Located((first.value, last.value), m.start(1), m.start(1) + last.end)


def read_document_info(
    document: SourceDocument, classification: Classification, header: FilingHeader | None,
    user_date: dt.date | None = None,
) -> DocumentInfo:
    """Type, date, title, registrant and period of the document; never raises (an undated
    document's facts are reported for ``forever``, with a warning)."""
    registrant = registrant_name(document, header)
    dates = find_date_anchors(document, classification.family, header, user_date)
    month = report_month(document) if classification.family is DocumentFamily.COVER_6K else None
    period_end = None
    warnings: tuple[str, ...] = ()
    if month:
        first, last = month.value
        period = Period.duration(first, last)
        period_end = Located(last, month.start, month.end)
    elif dates.anchor is not None:
        period = Period.duration(dates.anchor, dates.anchor)
    else:
        period = Period.forever()
        warnings = (f"{document.name}: no date in the document, its EDGAR header or --date: document and "
                    "entity facts are reported for 'forever', dated figures left out",)
    return DocumentInfo(
        document_type=document_type(document, classification),
        document_date=dates.document_date,
        title=document_title(document, registrant.value if registrant else None),
        registrant=registrant,
        period_end=period_end,
        document_period=period,
        dates=dates,
        warnings=warnings,
    )
