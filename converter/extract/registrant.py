"""The registrant: the company a document is by or about, from the best evidence it gives.

Best first:

1. a cover's caption: the name over "(Exact name of registrant as specified in its charter)" or
   "(Translation of registrant's name into English)" (the English translation preferred), or the
   name line under a 6-K cover's "For the month of" line where the cover prints no caption;
2. the company a text defines as ``(the "Company")``;
3. the subject of a release's dateline sentence or of a sentence saying it announced, reported
   or said something (``Acme Co., Ltd. (KRX: 012345), a shipper, today announced``);
4. the subject of a Korean lead sentence (``X은 ... 밝혔다``, ``X(대표 Y)는``), its legal-form
   marker (``(주)``, ``㈜``, ``주식회사``) stripped, in Korean;
5. a heading or sentence naming the company whose board resolved ("RESOLUTIONS OF THE BOARD OF
   DIRECTORS OF X"), a Hong Kong letterhead "X (incorporated in ... with limited liability)", a
   results summary's "Company name: X";
6. the EDGAR header's company name;
7. a letterhead: a name alone on a line before the text begins, with a legal form or repeated;
   a Japanese or Chinese header's labelled name (上場会社名, 公司名稱), a letterhead with its legal
   form (株式会社, 股份有限公司, 有限公司), or the company a first sentence says announced
   something today ('X株式会社は本日...', 'X今日公布...'): ``mechanisms.cjk_header``.

Anything that is not a name (a caption's label, a file number, an appositive) is left out: a
wrong registrant is worse than none.
"""

from __future__ import annotations

import re

from converter.extract.anchors import Located
from converter.extract.mechanisms.lines import Line, split_lines, squash
from converter.extract.mechanisms.tokens import dates_between
from converter.extract.mechanisms.names import (
    KOREAN_MARKER,
    is_company_name,
    legal_form_at_end,
    name_ending_at,
    name_starting_at,
    person_name,
    without_korean_marker,
    words,
)
from converter.extract.mechanisms.cjk_header import labelled_registrant, subject_registrant
from converter.extract.mechanisms.name_match import has_legal_form, spelling_pattern
from converter.model import DocumentFamily, FilingHeader, SourceDocument

HEAD = 8000
# "(Name of the Registrant)", "(Exact name of registrant as specified in its charter)" and the
# foreign issuer's "(Translation of registrant's name into English)"
_REGISTRANT_CAPTION = re.compile(
    r"""\(\s*(?:(?P<exact>(?:exact\s+)?name\s+of\s+(?:the\s+)?registrant)   # the name in the charter
    | (?P<translation>translation\s+of\s+(?:the\s+)?registrant\W{0,2}s?\s+name))  # its translation
    [^)]*\)""",
    re.IGNORECASE | re.VERBOSE,
)
# '(the "Company")', '("DSC" or "the Company")', '(hereinafter "the Bank")', '("SFG" or the "Group")'
_COMPANY_DEFINITION = re.compile(
    r"\(\s*(?:hereinafter\s+(?:referred\s+to\s+as\s+)?)?(?:[\"“][^\"”()\n]{1,40}[\"”],?\s+(?:or|and)\s+)?"
    r"(?:the\s+)?[\"“](?:the\s+)?(?:Company|Issuer|Registrant|Bank|Group|Corporation)[\"”]"
)
_WRAPPED_NAME_PART = re.compile(r"[A-Za-z][A-Za-z&'.,\- ]+")
_MONTH_LINE = re.compile(r"^[ \t|]*(?:for\s+the\s+months?\s+of|dated)\b[^\n]*$", re.IGNORECASE | re.MULTILINE)
_FOREIGN_ISSUER = re.compile(r"report\s+of\s+foreign\s+(?:private\s+)?issuer", re.IGNORECASE)
_COVER_LABEL = re.compile(r"(?:commission\s+file|1934\s+act|file\s+no|registration\s+no)", re.IGNORECASE)
# a dateline's end: 'April 26, 2005 --', 'Nov. 27, 2007 (PRIME NEWSWIRE) --', '/PRNewswire/ --'
_DATELINE_END = re.compile(
    r"""\s*(?:\([A-Z][^()\n]{1,40}\)|/[^/\n]{1,40}/)?    # the wire's name
    \s*(?:-{1,2}|[\u2013\u2014])\s*""", re.VERBOSE)
_BOARD_OF = re.compile(r"\bboard\s+of\s+directors\s+of\s+", re.IGNORECASE)
_BOARD_ACTS = re.compile(r"\s+(?:has\s+)?(?:passed|made|adopted|approved|resolved|decided)\b")
_HK_LETTERHEAD = re.compile(r"\(\s*incorporated\s+in\s+[^()\n]{2,40}?\s+with\s+limited\s+liability\s*\)",
                           re.IGNORECASE)
# 'Company name: X' (a results summary's header), 'Company name X' opening a line of a table
_COMPANY_LABEL = re.compile(r"(?:(?<=\s)|^)(?:company\s+name|name\s+of\s+(?:the\s+)?company)\s*:\s*"
                            r"|^[ \t|]*company\s+name[ \t]+(?=[A-Z])", re.IGNORECASE | re.MULTILINE)
_BULLETED = re.compile(r"^[ \t|]*(?:[-•·*※]|\(?[a-z0-9]{1,2}[.)])\s", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?(?=\s+[A-Z\"“(]|\s*\n\s*\n|\s*$)")


def _located(text: str, span: tuple[int, int] | None) -> Located | None:
    if span is None:
        return None
    start, end = span
    name = squash(text[start:end])
    return Located(name, start, end) if is_company_name(name) else None


# -- 1. the cover ------------------------------------------------------------------------------


# a line that only rules off
_RULE_LINE = re.compile(r"[-_=*|\s]+")


def _name_above(text: str, caption: int, floor: int) -> Located | None:
    """The name printed over a caption: its line (joined with the line over it when the name
    wraps), or in a cover collapsed onto one line the name's words just before the caption."""
    end = _trim_end(text, floor, caption)
    line_start = text.rfind("\n", floor, end) + 1
    if end - max(line_start, floor) > 120:
        return _located(text, name_ending_at(text, end, floor))
    lines = [line for line in split_lines(text[:end]) if line.end > floor and not line.blank
             and not _RULE_LINE.fullmatch(line.text)]
    if not lines:
        return None
    line = lines[-1]
    start = line.start + len(line.text) - len(line.text.lstrip(" \t|"))
    bracketed = re.fullmatch(r"\(([^()]+)\)", text[start:end])
    if bracketed:  # '(Acme Financial Group, Inc.)' under the name in the charter: the translation
        return _located(text, (start + 1, end - 1))
    if len(lines) > 1:
        upper = lines[-2]
        between = text[upper.end : line.start]
        upper_text = upper.text.strip(" \t|")
        if (between.count("\n") == 1 and _WRAPPED_NAME_PART.fullmatch(upper_text)
                and not has_legal_form(upper_text) and has_legal_form(text[start:end])):
            start = upper.start + len(upper.text) - len(upper.text.lstrip(" \t|"))
    return _located(text, (start, end))


def _trim_end(text: str, floor: int, end: int) -> int:
    """``end`` moved back over white space, rules and table bars."""
    while end > floor and text[end - 1] in " \t\r\n|_=*-":
        end -= 1
    return end


def from_cover_caption(text: str) -> Located | None:
    """The name over the translation caption, else over the charter caption (also where the
    translation's place holds no company's name, as cells of a flattened table may put it)."""
    found: dict[str, Located] = {}
    floor = 0
    for caption in _REGISTRANT_CAPTION.finditer(text, 0, min(len(text), HEAD)):
        kind = "translation" if caption["translation"] else "exact"
        name = _name_above(text, caption.start(), floor)
        floor = caption.end()
        if name is not None:
            found.setdefault(kind, name)
    translation, exact = found.get("translation"), found.get("exact")
    if translation and exact and has_legal_form(str(exact.value)) and not has_legal_form(str(translation.value)):
        return exact
    return translation or exact


def from_cover_layout(text: str) -> Located | None:
    """A 6-K cover that prints no caption: the name is the line under 'For the month of'."""
    if not _FOREIGN_ISSUER.search(text, 0, 3000):
        return None
    month = _MONTH_LINE.search(text, 0, 5000)
    if not month:
        return None
    for line in split_lines(text[month.end() : month.end() + 600])[1:]:
        stripped = line.text.strip(" \t|")
        if not stripped or re.fullmatch(r"[-_=*]+", stripped) or _COVER_LABEL.match(stripped) \
                or re.fullmatch(r"[\d-]+", stripped):
            continue
        start = month.end() + line.start + line.text.index(stripped)
        found = _located(text, (start, start + len(stripped)))
        return found if found is not None and has_legal_form(str(found.value)) else None
    return None


# -- 2. and 3. the company a text defines or that announces -----------------------------------


def from_definition(text: str) -> Located | None:
    for m in _COMPANY_DEFINITION.finditer(text, 0, min(len(text), 20000)):
        end = m.start()
        while True:  # past '(Nasdaq: ACME)' and the like between the name and its definition
            stripped = text[:end].rstrip()
            if not stripped.endswith(")"):
                break
            opening = stripped.rfind("(", max(0, len(stripped) - 60))
            if opening < 0:
                break
            end = opening
        found = _located(text, name_ending_at(text, end))
        if found is not None:
            return found
    return None


def _subject(text: str, start: int, verb: int) -> tuple[int, int] | None:
    """The company name opening text[start:verb], when only parentheses, an appositive and
    adverbs stand between it and the verb."""
    m = re.match(r"\s*(?:[A-Z][\w.-]*['’]s\s+)?", text[start:verb])  # India's VMX
    start += m.end() if m else 0
    span = name_starting_at(text, start, verb)
    if span is None:
        return None
    rest = text[span[1] : verb]
    rest = re.sub(r"\([^()]*\)", " ", re.sub(r"\([^()]*\)", " ", rest))
    rest = re.sub(r"^\s*,[^,]{1,160},", " ", rest)  # ', an online game developer based in Korea,'
    leftover = [w for w in rest.split() if w.casefold() not in words("adverb")]
    return span if not leftover else None


def from_release_subject(text: str) -> Located | None:
    """The company a release's dateline sentence is about, else the subject with a legal form of
    one of its first sentences that announced, reported or said something."""
    head = text[: min(len(text), 6000)]
    verbs = list(re.finditer(r"\b(?:" + "|".join(sorted(words("reporting"))) + r")\b", head))
    for date in dates_between(text, 0, 4000):  # = find_dates(head[:4000]), from the index
        dash = _DATELINE_END.match(head, date.end)
        if not dash or not re.search(r"[-\u2013\u2014]", dash.group()):
            continue
        verb = next((v for v in verbs if v.start() > dash.end()), None)
        span = _subject(text, dash.end(), verb.start()) if verb and verb.start() - dash.end() < 400 else None
        if span is None:
            span = name_starting_at(text, dash.end())
            if span and not has_legal_form(text[span[0] : span[1]]):
                span = None
        found = _located(text, span)
        if found is not None:
            return found
    first = True
    for verb in verbs[:12]:
        start = _sentence_start(head, verb.start())
        found = _located(text, _subject(text, start, verb.start()))
        if found is not None and has_legal_form(str(found.value)):
            return found
        if found is not None and first and start < 1500 and not person_name(str(found.value)):
            return found  # the first sentence's subject, a company by no legal form: not a person
        first = False
    return None


def _sentence_start(text: str, end: int) -> int:
    """Where the sentence holding ``end`` starts: after a paragraph break or the last full stop
    that does not close an abbreviation ('Co.', 'Inc.', 'Mr.')."""
    floor = max(0, end - 600)
    breaks = list(re.finditer(r"\n[ \t]*\n", text[floor:end]))
    start = floor + (breaks[-1].end() if breaks else 0)
    sentence = start
    for m in re.finditer(r"(\S+)[.!?][\"”]?\s+(?=[A-Z\"“])", text[start:end]):
        word = m.group(1).casefold()
        if not has_legal_form(word + ".") and word not in ("mr", "ms", "mrs", "dr", "no", "st", "u.s"):
            sentence = start + m.end()
    return sentence


# -- 4. a Korean lead sentence ----------------------------------------------------------------

_KO_NAME = r"(?:㈜|\(주\)|주식회사\s?)?[가-힣A-Za-z0-9&]{2,20}(?:\s?주식회사|㈜|\(주\))?"
_KO_SUBJECT = re.compile(rf"(?P<name>{_KO_NAME})(?P<paren>\([^()\n]{{1,30}}\))?(?:은|는)\s")
_KO_SENTENCE_STOP = re.compile(r"\n[ \t]*\n|(?<!\d)\.|\.(?!\d)")
# the subject opening a line, maybe after a bullet ('□ '), its dateline ('2003년 4월 28일 - 대한통신은')
# or a wire's byline ('(서울=연합뉴스) 김수진 기자 = ', '【서울=뉴시스】 ... = '), and a word of its trade
# ('온라인게임 업체 누리소프트는')
_KO_LINE_SUBJECT = re.compile(rf"[ \t]*(?:[□○■◆▶•·\-][ \t]*)?(?:[^\n]{{0,30}}?\s[-\u2013\u2014]\s"
                              rf"|[(\[【〔][^()\[\]【】〔〕\n=]{{1,20}}=[^()\[\]【】〔〕\n]{{1,20}}[)\]】〕]"
                              rf"[^\n=]{{0,20}}?=\s*)?(?:[가-힣A-Za-z]+\s(?:업체|기업|회사|전문업체|전문기업)인?\s)?"
                              rf"(?P<name>{_KO_NAME})(?P<paren>\([^()\n]{{1,30}}\))?(?:은|는)\s")


def _ko_sentence(text: str, end: int) -> range:
    """The sentence ending at ``end``: after the last full stop (not a figure's point, '12.4%')
    or blank line before it; it may wrap over lines."""
    floor = max(0, end - 600)
    stops = list(_KO_SENTENCE_STOP.finditer(text, floor, end - 1))
    return range(stops[-1].end() if stops else floor, end)


def _line_starts(text: str, sentence: range) -> list[int]:
    """Where the sentence and each line it runs over begin."""
    starts = [sentence.start]
    position = text.find("\n", sentence.start, sentence.stop)
    while position >= 0:
        starts.append(position + 1)
        position = text.find("\n", position + 1, sentence.stop)
    return starts


def _not_a_company(name: str) -> bool:
    """A Korean subject that names no company: a generic word ('회사는'), a side or a group of
    people ('회사측은', '전문가들은'), a figure ('당기순손실은')."""
    return (name.casefold() in words("ko_generic") or name.endswith(("측", "들"))
            or any(measure in name for measure in words("ko_measure")))


def from_korean_subject(text: str) -> Located | None:
    """The company a Korean article's lead sentence is about: the name bearing a legal-form
    marker in it, else the sentence's first word when it is the subject (은/는). A short name is
    replaced by the full one when a later sentence's subject spells it out (대영 -> 대영제약)."""
    head = text[: min(len(text), 4000)]
    verbs = "|".join(sorted(words("ko_reporting")))
    chosen = None
    if not re.search(r"[가-힣]", head):
        return None
    for verb in re.finditer(rf"(?:{verbs})\s*\.", head):
        sentence = _ko_sentence(head, verb.end())
        marked = [m for m in _KO_SUBJECT.finditer(head, sentence.start, sentence.stop)
                  if KOREAN_MARKER.search(m["name"]) and not _not_a_company(m["name"])]
        opening = [m for m in (_KO_LINE_SUBJECT.match(head, start) for start in _line_starts(head, sentence))
                   if m and not _not_a_company(m["name"])]
        pick = (marked or opening or [None])[0]
        if pick is not None:
            chosen = (pick.start("name"), pick.end("name"))
            break
    if chosen is None:
        return None
    start, end = chosen
    printed = text[start:end]
    name = without_korean_marker(printed) or printed
    if _not_a_company(name) or not re.search(r"[가-힣]", name):
        return None
    for later in _KO_SUBJECT.finditer(head, end):
        longer = without_korean_marker(later["name"]) or later["name"]
        if longer.startswith(name) and len(longer) > len(name) and re.fullmatch(r"[가-힣]+", longer):
            return Located(longer, later.start("name"), later.end("name"), lang="ko")
    if name != printed:
        inner = printed.index(name.split()[0])
        return Located(name, start + inner, start + inner + len(name), lang="ko")
    return Located(name, start, end, lang="ko")


# -- 5. headings, letterheads and labels -------------------------------------------------------


def from_heading(text: str) -> Located | None:
    head = text[: min(len(text), 3000)]
    for m in _BOARD_OF.finditer(head):
        span = name_starting_at(text, m.end())
        if span is None:
            continue
        name = text[span[0] : span[1]]
        acts = _BOARD_ACTS.match(text, span[1])
        heading = text[m.start() : span[1]].isupper()
        if has_legal_form(name) and heading or acts:
            found = _located(text, span)
            if found is not None:
                return found
    m = _HK_LETTERHEAD.search(head)
    if m:
        found = _located(text, name_ending_at(text, m.start()))
        if found is not None:
            return found
    for m in _COMPANY_LABEL.finditer(head, 0, min(len(head), 1500)):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _BULLETED.match(text[line_start : m.start() + 1]):
            continue
        line_end = text.find("\n", m.end())
        found = _located(text, name_starting_at(text, m.end(), line_end if line_end > 0 else None))
        if found is not None:
            return found
    return None


def _before_body(lines: list[Line]) -> list[Line]:
    """The head's lines before its first paragraph of running text."""
    kept = []
    for line in lines:
        stripped = line.text.strip(" \t|")
        if len(stripped) > 90 and _SENTENCE_END.search(stripped):
            break
        kept.append(line)
    return kept


# the label of another company's name in a Korean form ('회사명', '상호'): the cell after it names
# that company (an investee, a merger's other party), not the one filing the form
_KO_NAME_LABEL = re.compile(r"(?:회사\s*명|상호|법인\s*명|명칭|발행\s*회사)\s*(?:\([^()]*\))?\s*[:：]?$")
# '(주)' after a count's label is the unit 주 (shares), not 주식회사: '취득(주)', '발행주식총수(주)'
_KO_SHARES_UNIT = re.compile(r"(?:수|취득|주식|총수|예정)\s*\(\s*주\s*\)")


def _korean_letterhead(line: str, label: str) -> bool:
    """Whether a Hangul line alone may be a letterhead: a name with its legal-form marker, not a
    form's item ('가. 배당가능이익 범위 내 취득(주)') nor the value of a name's label, nor a word
    a table repeats ('보통주식'). Lines without Hangul pass."""
    if not re.search(r"[가-힣]", line):
        return True
    if re.match(r"(?:[가-하]|\d{1,2})[.)]\s|[-•·※▶□○]\s", line) or _KO_SHARES_UNIT.search(line):
        return False
    return bool(KOREAN_MARKER.search(line)) and not _KO_NAME_LABEL.search(label)


_NAME_LABEL_CELL = re.compile(r"(?:company|corporate|trade)\s+name|name\s+of\s+(?:the\s+)?(?:company|corporation|issuer|investee)",
                              re.IGNORECASE)


# a ticker in brackets ending a name
_TICKER_AT_END = re.compile(r"\s*\([A-Z0-9.]{2,8}\)$")


def from_letterhead(text: str) -> Located | None:
    """A name alone on a line before the text begins: with a legal form, or printed twice."""
    lines = [line for line in _before_body(split_lines(text[:3000])[:40]) if not line.blank]
    names: dict[str, list[tuple[int, int]]] = {}
    previous = ""
    for i, line in enumerate(lines):
        stripped = line.text.strip(" \t|")
        stripped = _TICKER_AT_END.sub("", stripped)  # 'Acme Bank (ACMB)'
        label, previous = previous, stripped or previous
        if not stripped or not is_company_name(stripped) or not _korean_letterhead(stripped, label):
            continue
        if i and _NAME_LABEL_CELL.fullmatch(lines[i - 1].text.strip(" \t|")):
            continue  # '|Company name' / '|Example Co., Ltd.': a form's item (an investee's name), no letterhead
        start = line.start + line.text.index(stripped)
        names.setdefault(squash(stripped).casefold(), []).append((start, start + len(stripped)))
    for spans in names.values():
        name = squash(text[spans[0][0] : spans[0][1]])
        if has_legal_form(name) or len(spans) > 1:
            return Located(name, *spans[0])
    return None


# -- all of them -------------------------------------------------------------------------------


def _comparable(name: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", name.lower())


def _mixed_case_spelling(text: str, name: Located) -> Located:
    """The same name where the document spells it in mixed case (a cover prints it in capitals)."""
    value = str(name.value)
    if not value.isupper():
        return name
    pattern = spelling_pattern(tuple(re.findall(r"[A-Za-z0-9]+", value)), r"[^A-Za-z0-9]{1,3}", lead=r"\b")
    for m in pattern.finditer(text):
        end = m.end() + (1 if value.endswith(".") and text[m.end() : m.end() + 1] == "." else 0)
        if not m.group(0).isupper():
            return Located(squash(text[m.start() : end]), m.start(), end)
    return name


def legal_form(text: str, registrant: Located | None) -> Located | None:
    """The registrant's legal form as the text states it: the words ending its name ('Co.,
    Ltd.', 'Inc.'), or the Korean marker printed by it ('(주)', '㈜', '주식회사'), as printed."""
    if registrant is None or registrant.end <= registrant.start:
        return None  # a name the text does not print (the EDGAR header's) states no form
    name = str(registrant.value)
    if registrant.lang == "ko":
        around = (text[max(0, registrant.start - 6) : registrant.start], text[registrant.end : registrant.end + 6])
        for side, chunk in enumerate(around):
            m = (re.search(rf"(?:{KOREAN_MARKER.pattern})\s*$", chunk) if side == 0
                 else re.match(rf"\s*(?:{KOREAN_MARKER.pattern})", chunk))
            if m:
                base = registrant.start - len(chunk) if side == 0 else registrant.end
                marker = m.group().strip()
                start = base + m.start() + m.group().index(marker)
                return Located(marker, start, start + len(marker), lang="ko")
        return None
    span = legal_form_at_end(name) or _cjk_legal_form(name)
    if span is None:
        return None
    start, end = span
    if text[registrant.start : registrant.end] == name:
        return Located(name[start:end], registrant.start + start, registrant.start + end)
    return Located(name[start:end])  # a name wrapped over lines: no single span


# the legal form opening or closing a Japanese or Chinese company's name
_CJK_LEGAL_FORM = re.compile(r"^(?:株式会社|（株）)|(?:股份有限公司|有限公司|株式会社|（株）)$")


def _cjk_legal_form(name: str) -> tuple[int, int] | None:
    """'株式会社' of '株式会社ミドリ精機' or 'サクラ電装株式会社', '股份有限公司' of '寶光電子股份有限公司'."""
    m = _CJK_LEGAL_FORM.search(name)
    return m.span() if m and len(name) > m.end() - m.start() else None


def registrant_name(document: SourceDocument, header: FilingHeader | None,
                    family: DocumentFamily | None = None) -> Located | None:
    """The registrant, from the best evidence of the module docstring; None when none is sure."""
    text = document.text
    cover = from_cover_caption(text) or from_cover_layout(text)
    defined = from_definition(text)
    if cover is not None:
        if defined is not None and _comparable(str(defined.value)) == _comparable(str(cover.value)):
            return defined
        return _mixed_case_spelling(text, cover)
    for found in (defined, from_release_subject(text), from_korean_subject(text), from_heading(text)):
        if found is not None:
            return found
    if header and header.company_name:
        return Located(header.company_name)
    if family in (DocumentFamily.JOINT_FILING_AGREEMENT, DocumentFamily.SCHEDULE_13):
        return None
    return (from_letterhead(text) or labelled_registrant(text) or from_cjk_letterhead(text)
            or subject_registrant(text))


# A Japanese or Chinese company name alone on a line: 株式会社 before or after the name, or a
# Chinese legal form after it (股份有限公司 "company limited by shares", 有限公司 "limited")
_CJK_COMPANY = re.compile(r"""(?:株式会社|（株）|\(株\))?[ \u3000]?                  # 株式会社 before the name
    [\u3040-\u30ff\u3400-\u9fffA-Za-z0-9&・ー]{2,30}?                            # the name
    (?:[ \u3000]?(?:股份有限公司|控股有限公司|集團有限公司|集团有限公司|
                   控股股份有限公司|有限公司|株式会社|（株）|\(株\)))?                # the legal form after it""",
                          re.VERBOSE)


def from_cjk_letterhead(text: str) -> Located | None:
    r"""A Japanese or Chinese letterhead: the first line of the head that is a company's name with
    its legal form and nothing else ("寶光電子股份有限公司", "株式会社ハヤテ通信").

    >>> from_cjk_letterhead("東方能源控股有限公司\n（於開曼群島註冊成立之有限公司）\n").value
    '東方能源控股有限公司'
    >>> from_cjk_letterhead("各　位\n                   株式会社ハヤテ通信\n").value
    '株式会社ハヤテ通信'
    >>> from_cjk_letterhead("上場会社名　株式会社ミドリ精機\n") is None  # a labelled header line
    True
    """
    for line in [line for line in split_lines(text[:3000])[:30] if not line.blank]:
        stripped = line.text.strip(" \t|\u3000")
        m = _CJK_COMPANY.fullmatch(stripped)
        if m is None or not re.search(r"株式会社|（株）|\(株\)|有限公司$", stripped):
            continue
        start = line.start + line.text.index(stripped)
        return Located(stripped, start, start + len(stripped))
    return None
