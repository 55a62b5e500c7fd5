"""The registrant as the layout of a document's head prints it: the name over a cover's caption
or on the 6-K cover's name line, a heading naming the company whose board resolved, a Hong Kong
letterhead, a results summary's "Company name:" label, a name alone on a line before the text
begins. The order in which these are tried among the other sources is ``registrant``'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from converter.extract.anchors import Located, head_lines
from converter.extract.mechanisms.cover_cells import captions_beside, cell_over
from converter.extract.mechanisms.letters import in_addressee_block
from converter.extract.share_count_labels import DECISION_FORM_TITLE, share_count_label
from converter.extract.mechanisms.lines import Line, between_cells, is_cell, split_lines, squash
from converter.extract.mechanisms.names import (
    KOREAN_MARKER,
    company_at,
    former_name_start,
    is_company_name,
    legal_form_at_end,
    name_ending_at,
    words,
    name_starting_at,
)
from converter.extract.mechanisms.name_match import has_legal_form
from converter.extract.mechanisms.table_headings import HeadingEnv, is_heading_cell
from converter.extract.mechanisms.tokens import dates_between
from converter.parse.match_starts import matches_from, word_offsets
from converter.parse.amounts import currency_of
from converter.parse.gates import Gated, folded_piece

HEAD = 8000  # how far into the document a cover's caption is looked for
# "(Name of the Registrant)", "(Exact name of registrant as specified in its charter)" and the
# foreign issuer's "(Translation of registrant's name into English)"
_REGISTRANT_CAPTION = re.compile(
    r"""\(\s*(?:(?P<exact>(?:exact\s+)?name\s+of\s+(?:the\s+)?registrant)   # the name in the charter
    | (?P<translation>translation\s+of\s+(?:the\s+)?registrant\W{0,2}s?\s+name))  # its translation
    [^)]*\)""",
    re.IGNORECASE | re.VERBOSE,
)
_WRAPPED_NAME_PART = re.compile(r"[A-Za-z][A-Za-z&'.,\- ]+")
# ("*+": a line's indent is taken possessively; what follows it is never white space, so
# giving spaces back could not help a match, and re would try every shorter indent in turn)
_MONTH_LINE = re.compile(r"^[ \t|]*+(?:for\s+the\s+months?\s+of|dated)\b[^\n]*$", re.IGNORECASE | re.MULTILINE)
_FOREIGN_ISSUER = re.compile(r"report\s+of\s+foreign\s+(?:private\s+)?issuer", re.IGNORECASE)
_COVER_LABEL = re.compile(r"(?:commission\s+file|1934\s+act|file\s+no|registration\s+no)", re.IGNORECASE)
_BOARD_OF = re.compile(r"\bboard\s+of\s+directors\s+of\s+", re.IGNORECASE)
_BOARD_ACTS = re.compile(r"\s+(?:has\s+)?(?:passed|made|adopted|approved|resolved|decided)\b")
_HK_LETTERHEAD = re.compile(r"\(\s*incorporated\s+in\s+[^()\n]{2,40}?\s+with\s+limited\s+liability\s*\)",
                           re.IGNORECASE)
# 'Company name: X' (a results summary's header), 'Company name X' opening a line of a table
# (a Japanese results summary's 'Name of Listed Company:', 'Listed company name:')
_COMPANY_LABEL = re.compile(r"(?:(?<=\s)|^)(?:(?:listed\s+)?company\s+name|name\s+of\s+(?:the\s+)?(?:listed\s+)?company)\s*:\s*"
                            r"|^[ \t|]*company\s+name[ \t]+(?=[A-Z])", re.IGNORECASE | re.MULTILINE)
# the words each of these holds ('registrant'; 'board'; 'incorporated'; 'company' or 'name'): a
# head without them is not scanned for it
_CAPTION_GATE, _BOARD_GATE, _HK_GATE, _LABEL_GATE, _FOREIGN_GATE = map(
    Gated, (_REGISTRANT_CAPTION, _BOARD_OF, _HK_LETTERHEAD, _COMPANY_LABEL, _FOREIGN_ISSUER))
_BULLETED = re.compile(r"^[ \t|]*+(?:[-•·*※]|\(?[a-z0-9]{1,2}[.)])\s", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?(?=\s+[A-Z\"“(]|\s*\n\s*\n|\s*$)")


# -- 1. the cover ------------------------------------------------------------------------------


# a line that only rules off
_RULE_LINE = re.compile(r"[-_=*|\s]+")
_SIGNED = re.compile(r"/s/", re.IGNORECASE)  # a signature line: the line under it prints the signer


# (compiled at import: an inline pattern is compiled again once ``re``'s cache of 512 overflows)
_BRACKETED = re.compile(r"\(([^()]+)\)")  # '(Acme Financial Group, Inc.)'
_RULE = re.compile(r"[-_=*]+")  # a line ruled under a name
_FILE_NUMBER = re.compile(r"[\d-]+")  # '000-50476'
_HANGUL = re.compile(r"[가-힣]")
_KO_ITEM = re.compile(r"(?:[가-하]|\d{1,2})[.)]\s|[-•·※▶□○]\s")  # a form's item: '가. ', '3) ', '※ '


def _name_above(text: str, caption: tuple[int, int], floor: int) -> Located | None:
    """The name printed over a caption: its line (joined with the line over it when the name
    wraps), or in a cover collapsed onto one line the name's words just before the caption; of
    a line over captions side by side, the caption's cell only."""
    end = _trim_end(text, floor, caption[0])
    note = former_name_start(text[max(floor, end - 160):end])  # 'Acme Co., Ltd. (formerly Old Co., Ltd.)'
    end = max(floor, end - 160) + note if note else end
    line_start = text.rfind("\n", floor, end) + 1
    if end - max(line_start, floor) > 120:
        return company_at(text, name_ending_at(text, end, floor))
    lines = _last_lines(text, floor, end)
    if not lines:
        return None
    line = lines[-1]
    start = line.start + len(line.text) - len(line.text.lstrip(" \t|"))
    bracketed = _BRACKETED.fullmatch(text[start:end])
    if bracketed:  # '(Acme Financial Group, Inc.)' under the name in the charter: the translation
        return company_at(text, (start + 1, end - 1))
    beside = captions_beside(text, *caption) if "\n" in text[end : caption[0]] else []  # (a line over them)
    if beside:  # 'Acme Co., Ltd. Republic of Korea' over '(Translation ...) (Jurisdiction ...)'
        return company_at(text, cell_over(text, start, end, beside, beside.index(caption)))
    if len(lines) > 1:
        upper = lines[-2]
        between = text[upper.end : line.start]
        upper_text = upper.text.strip(" \t|")
        if (between.count("\n") == 1 and _WRAPPED_NAME_PART.fullmatch(upper_text)
                and not has_legal_form(upper_text) and has_legal_form(text[start:end])):
            start = upper.start + len(upper.text) - len(upper.text.lstrip(" \t|"))
    return company_at(text, (start, end)) or _name_after_label(text, line, end)


def _name_after_label(text: str, line: Line, end: int) -> Located | None:
    """A name with a legal form closing a line that another item opens ('Commission File Number:
    001-00000 Acme Holdings Co., Ltd.' over the caption, a cover's lines run together): the name's
    words just before the caption, not the whole line."""
    found = company_at(text, name_ending_at(text, end, line.start))
    return found if found is not None and has_legal_form(str(found.value)) else None


def _last_lines(text: str, floor: int, end: int, wanted: int = 2) -> list[Line]:
    """The last ``wanted`` lines of ``text[:end]`` that end after ``floor`` and are neither blank
    nor rules, in order: read back from ``end``, not by splitting all the text before it."""
    found: list[Line] = []
    stop = end
    while len(found) < wanted:
        start = text.rfind("\n", 0, stop) + 1
        line = Line(text.count("\n", 0, start), start, text[start:stop].rstrip("\r"))
        if line.end <= floor:
            break  # the lines before it end earlier still
        if not line.blank and not _RULE_LINE.fullmatch(line.text):
            found.append(line)
        if start == 0:
            break
        stop = start - 1
    return found[::-1]


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
    if not _CAPTION_GATE.may_match(folded_piece(text, 0, HEAD)):
        return None
    for caption in _REGISTRANT_CAPTION.finditer(text, 0, min(len(text), HEAD)):
        kind = "translation" if caption["translation"] else "exact"
        name = _name_above(text, caption.span(), floor)
        floor = caption.end()
        if name is not None:
            found.setdefault(kind, name)
    translation, exact = found.get("translation"), found.get("exact")
    if translation and exact and has_legal_form(str(exact.value)) and not has_legal_form(str(translation.value)):
        return exact
    return translation or exact


def from_cover_layout(text: str) -> Located | None:
    """A 6-K cover that prints no caption: the name is the line under 'For the month of'."""
    if not _FOREIGN_GATE.may_match(folded_piece(text, 0, 3000)) or not _FOREIGN_ISSUER.search(text, 0, 3000):
        return None
    month = _MONTH_LINE.search(text, 0, 5000)
    if not month:
        return None
    for line in split_lines(text[month.end() : month.end() + 600])[1:]:
        stripped = line.text.strip(" \t|")
        if not stripped or _RULE.fullmatch(stripped) or _COVER_LABEL.match(stripped) or _FILE_NUMBER.fullmatch(stripped):
            continue
        start = month.end() + line.start + line.text.index(stripped)
        found = company_at(text, (start, start + len(stripped)))
        return found if found is not None and has_legal_form(str(found.value)) else None
    return None


# -- 5. headings, letterheads and labels -------------------------------------------------------


def from_heading(text: str) -> Located | None:
    head = text[: min(len(text), 3000)]
    folded = folded_piece(text, 0, 3000)
    for m in _BOARD_GATE.finditer(head, folded):
        span = name_starting_at(text, m.end())
        if span is None:
            continue
        name = text[span[0] : span[1]]
        acts = _BOARD_ACTS.match(text, span[1])
        heading = text[m.start() : span[1]].isupper()
        if has_legal_form(name) and heading or acts:
            found = company_at(text, span)
            if found is not None:
                return found
    m = _HK_LETTERHEAD.search(head) if _HK_GATE.may_match(folded) else None
    if m:
        found = company_at(text, _as_titled(text, name_ending_at(text, _before_chinese_name(text, m.start()))))
        if found is not None:
            return found
    found = _before_dated_code(text, head, folded)
    if found is not None:
        return found
    for m in _company_labels(head, folded, min(len(head), 1500)) if _LABEL_GATE.may_match(folded) else ():
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _BULLETED.match(text[line_start : m.start() + 1]):
            continue
        line_end = text.find("\n", m.end())
        found = company_at(text, name_starting_at(text, m.end(), line_end if line_end > 0 else None))
        if found is not None:
            return found
    return None


# a Hong Kong letterhead's Chinese name after the English one, maybe marked '*' ("for
# identification purposes only"): 'ACME HOLDINGS LIMITED 亞美控股有限公司 * (Incorporated in ...)'
_CHINESE_NAME_AT_END = re.compile(r"[\u3400-\u9fff（）()]{2,40}[ \t\u3000]*\*?[ \t\u3000]*$")


def _before_chinese_name(text: str, end: int) -> int:
    """Where the English name ends before a letterhead's Chinese name that ends at ``end``.

    >>> t = "ACME HOLDINGS LIMITED 亞美控股有限公司 * (Incorporated"
    >>> t[:_before_chinese_name(t, t.index("("))]
    'ACME HOLDINGS LIMITED '
    """
    m = _CHINESE_NAME_AT_END.search(text, max(0, end - 60), end)
    return m.start() if m else end


def _as_titled(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """A letterhead's name run together with the heading before it ('… this announcement.
    HIGHLIGHTS ACME HOLDINGS LIMITED'), as a line of the head prints it alone ('ACME HOLDINGS
    LIMITED …', the title): its longest tail that opens a line, else the name as found.

    >>> t = "ACME HOLDINGS LIMITED 2020 RESULTS\\n\\nno liability. HIGHLIGHTS ACME HOLDINGS LIMITED"
    >>> s = _as_titled(t, (t.index("HIGHLIGHTS"), len(t))); t[s[0]:s[1]]
    'ACME HOLDINGS LIMITED'
    """
    if span is None or text.rfind("\n", 0, span[0]) + 1 == span[0] or not text[span[0]:span[1]].strip():
        return span
    head = text[:HEAD]
    for word in re.finditer(r"(?<=\s)\S", text[span[0]:span[1]]):
        start = span[0] + word.start()
        tail = text[start:span[1]]
        if re.search(rf"^[ \t]*{re.escape(tail)}\b", head, re.MULTILINE) and has_legal_form(tail):
            return start, span[1]
    return span


# a stock code's label ('Stock Code:', 'Securities code no.:') after a date, in a Japanese
# results summary's header run together ('Acme Co., Inc. July 31, 2009 Stock Code: 9999')
_STOCK_CODE = re.compile(r"\s+(?:stock|securities)\s+code\s*(?:no\.?|number)?\s*:", re.IGNORECASE)
_STOCK_CODE_GATE = Gated(_STOCK_CODE)


def _before_dated_code(text: str, head: str, folded: str) -> Located | None:
    """The name with a legal form before the date a results summary's header prints ahead of
    its stock code ('Acme Co., Inc. July 31, 2009 Stock Code: 9999')."""
    for m in _STOCK_CODE_GATE.finditer(head, folded) if _STOCK_CODE_GATE.may_match(folded) else ():
        lo = max(0, m.start() - 30)  # (the dates' offsets are from lo)
        dates = [d for d in dates_between(text, lo, m.start()) if lo + d.end == m.start()]
        span = name_ending_at(text, lo + dates[0].start) if dates else None
        if span is not None and has_legal_form(text[span[0] : span[1]]):
            return company_at(text, span)
    return None


def _company_labels(head: str, folded: str, end: int) -> Iterator[re.Match[str]]:
    """``_COMPANY_LABEL.finditer(head, 0, end)`` (``folded``: the head's fold), tried only where a
    match can start: at each 'company' and 'name' (the first alternative opens with one, after
    white space or at a line's start) and at the start of each line holding 'company' (the
    second opens there, before the line's indent), not at every position of the head (no
    literal opens the pattern: ``re`` would try each)."""
    if len(folded) != len(head):  # (folding changed the offsets)
        return _COMPANY_LABEL.finditer(head, 0, end)
    companies = word_offsets(folded, "company", 0, end)
    starts = {*companies, *word_offsets(folded, "name", 0, end), *(head.rfind("\n", 0, at) + 1 for at in companies)}
    return matches_from(_COMPANY_LABEL, head, sorted(starts), end)


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


def _korean_letterhead(line: str, label: str, rest: str = "", below: str = "", decision_form: bool = False) -> bool:
    """Whether a Hangul line alone may be a letterhead: a name with its legal-form marker, not a
    form's item ('가. 배당가능이익 범위 내 취득(주)', '장외처분(주) |' / '-': a share count's label,
    see ``share_count_label``) nor the value of a name's label, nor a word a table repeats
    ('보통주식'). Lines without Hangul pass."""
    if not _HANGUL.search(line):
        return True
    if _KO_ITEM.match(line) or _KO_SHARES_UNIT.search(line) or share_count_label(line, rest, below, decision_form):
        return False
    return bool(KOREAN_MARKER.search(line)) and not _KO_NAME_LABEL.search(label)


_NAME_LABEL_CELL = re.compile(r"(?:company|corporate|trade)\s+name|name\s+of\s+(?:the\s+)?(?:company|corporation|issuer|investee)",
                              re.IGNORECASE)
# the label of a form's item whose value is another firm: the broker a repurchase or a disposal of
# own shares is entrusted to ('7. Entrusted brokerage company' / 'Example Securities Co., Ltd.')
_FIRM_ROLE_LABEL = re.compile(r"""(?:\d{1,2}[.)]\s*)?                          # the item's number
    (?:entrusted|consign(?:ed|ment))\s+(?:investment\s+)?broker(?:age|s)?  # the broker entrusted
    (?:\s+(?:company|companies|firms?))?""", re.IGNORECASE | re.VERBOSE)


# a ticker in brackets ending a name
_TICKER_AT_END = re.compile(r"\s*\([A-Z0-9.]{2,8}\)$")


def without_ticker(line: str) -> str:
    """``line`` without a ticker in brackets ending it: ``_TICKER_AT_END.sub``, asked only of a
    line ending in ')' (or ')' and a line break, where '$' matches too: its match ends there; the
    pattern opens with white space, so ``re`` tries it at every position of the line, and a run
    of spaces inside is tried from each).

    >>> without_ticker("Acme Bank (ACMB)"), without_ticker("Acme Bank")
    ('Acme Bank', 'Acme Bank')
    """
    return _TICKER_AT_END.sub("", line) if line.endswith((")", ")\n")) else line


# a stock code opening a line of a Japanese results page ('9999 ACME CO., LTD.'), and the
# accounting standard in brackets ending it ('【J-GAAP】', '[IFRS]')
_CODE_OPENING = re.compile(r"^\d{4}\s+(?=[A-Z])")
_STANDARD_AT_END = re.compile(r"\s*[【\[][A-Za-z -]{2,12}[】\]]$")


def _without_code(line: str) -> str:
    """``line`` without a stock code opening it and an accounting standard in brackets ending it.

    >>> _without_code("9999 ACME CO., LTD. 【J-GAAP】"), _without_code("Acme Co., Ltd.")
    ('ACME CO., LTD.', 'Acme Co., Ltd.')
    """
    if not line[:1].isdigit() and not line.endswith(("】", "]")):
        return line
    return _STANDARD_AT_END.sub("", _CODE_OPENING.sub("", line))


def _after_counterparty_lead(label: str) -> bool:
    """Whether the line before a name ends a title's phrase whose object is the deal's other
    party ('Approval of the Small-scale Merger with', 'Acquisition of'): the name is not a
    letterhead.

    >>> _after_counterparty_lead("Resolution on the Merger with"), _after_counterparty_lead("Notice")
    (True, False)
    """
    folded = " ".join(label.casefold().split())
    return any(folded == lead or folded.endswith(" " + lead) for lead in words("counterparty_before"))


def _legal_form_below(lines: list[Line], i: int) -> int | None:
    """Where the line under ``lines[i]`` ends when it holds only a legal form: a name printed on
    two lines, its legal form on the second ('Acme' / 'Inc.'); else None."""
    if i + 1 >= len(lines) or lines[i + 1].number != lines[i].number + 1:
        return None
    below = lines[i + 1]
    form = below.text.strip(" \t|")
    if not form or legal_form_at_end(f"X {form}") != (2, 2 + len(form)):
        return None
    return below.start + below.text.index(form) + len(form)


# A Korean company's disclosure in English as DART's English service titles it and portals copy
# it: the company's name, a colon and the report's title on the first line ('Acme Steel : Report
# on Business Performance ...'), perhaps after the portal's stamp of the day ('date 2022-03-04')
_DISCLOSURE_LINE = r"""
    \A[ \t|]*+(?:date[ \t]+\d{4}-\d\d-\d\d[ \t]+)?   # the portal's stamp of the day
    (?P<name>[A-Z0-9][^\n:]{0,60}?)                    # the company (no colon in its name)
    [ \t]*:[ \t]+                                      # the colon the title follows
    (?=(?:%s)\b)                                        # a disclosure's title (data/name_words.tsv)
"""


def from_disclosure_line(text: str) -> Located | None:
    """The company naming an English DART disclosure on its first line.

    >>> from_disclosure_line(" date 2023-05-02 Hanbit Steel : Decision on Cash Dividends\\n1. Type").value
    'Hanbit Steel'
    >>> [from_disclosure_line(t) for t in ("Category : Report on operations", "Subject: Notice of meeting",
    ...                                    "Correction of Disclosure: Decision on a Stock Split")]
    [None, None, None]
    """
    pattern = _disclosure_line()
    m = pattern.match(text)
    if m is None:
        return None
    found = company_at(text, m.span("name"))
    if found is None or str(found.value).casefold() in words("line_label") | words("not_name"):
        return None  # a label before the colon ('Subject: Report on ...')
    if re.match(rf"(?:{_disclosure_heads()})\b", str(found.value), re.IGNORECASE):
        return None  # a title before the title ('Correction of Disclosure: Decision on ...')
    return found


@cache
def _disclosure_heads() -> str:
    return "|".join(r"\s+".join(map(re.escape, head.split())) for head in sorted(words("disclosure_title"), key=len, reverse=True))


@cache
def _disclosure_line() -> re.Pattern[str]:
    return re.compile(_DISCLOSURE_LINE % _disclosure_heads(), re.IGNORECASE | re.VERBOSE)


def from_letterhead(text: str) -> Located | None:
    """A name alone on a line before the text begins (its legal form perhaps alone on the line
    under it): with a legal form, or printed twice."""
    lines = [line for line in _before_body(head_lines(text, 3000)[:40]) if not line.blank]  # (the document's lines)
    names: dict[str, list[tuple[int, int]]] = {}
    previous = ""
    decision_form = bool(lines) and bool(DECISION_FORM_TITLE.search(lines[0].text))
    for i, line in enumerate(lines):
        stripped = line.text.strip(" \t|")
        if in_addressee_block(lines, i):
            continue  # 'To,' / 'The Listing Department' / 'Example Stock Exchange Limited': the addressee
        stripped = _without_code(without_ticker(stripped))  # 'Acme Bank (ACMB)', '9999 ACME CO., LTD. 【J-GAAP】'
        label = previous
        if not (_SIGNED.search(previous) and _RULE_LINE.fullmatch(line.text)):
            previous = stripped or previous  # (a rule ruled under a signature: the line below is still the signer's)
        if _SIGNED.search(label):
            continue  # '/s/ Jane Roe' / 'Jane Roe, Trustee': the signer, no letterhead
        if not stripped or not is_company_name(stripped):
            continue
        rest = line.text[line.text.find(stripped) + len(stripped):]  # (the row after the label)
        below = lines[i + 1].text if i + 1 < len(lines) else ""
        if not _korean_letterhead(stripped, label, rest, below, decision_form):
            continue
        if i and (_NAME_LABEL_CELL.fullmatch(above := lines[i - 1].text.strip(" \t|")) or _FIRM_ROLE_LABEL.fullmatch(above)):
            continue  # '|Company name' / '|Example Co., Ltd.': a form's item (an investee's name), no letterhead
        if i and _continues_labelled_value(lines[i - 1].text, line.text):
            continue  # 'Address: 1 Example Street' / '         Springfield, Ruritania': the item's value goes on
        if _after_counterparty_lead(label):
            continue  # '... Merger with' / 'Example Co., Ltd.': the other party, no letterhead
        start = line.start + line.text.index(stripped)
        end = _legal_form_below(lines, i) or start + len(stripped)
        cell = is_cell(line.text) or 0 < i < len(lines) - 1 and between_cells(lines[i - 1].text, lines[i + 1].text)
        names.setdefault(squash(text[start:end]).casefold(), []).append((start, end, cell))
    for spans in names.values():
        name = squash(text[spans[0][0] : spans[0][1]])
        # printed twice outside a table: a table prints a name in a row's cells, one a year (an
        # auditor's, a counterparty's), and that is no letterhead
        if has_legal_form(name) or (sum(not cell for *_, cell in spans) > 1 and not _column_heading(name)):
            return Located(name, *spans[0][:2])
    return None


# a labelled item with its value on the same line: 'Address:  1 Example Street'
_LABELLED_VALUE = re.compile(r"(?P<label>[ \t]*[A-Za-z][A-Za-z &/.'-]{0,40}:[ \t]+)\S")


def _continues_labelled_value(above: str, line: str) -> bool:
    """``line`` goes on with the value of the labelled item ``above``: it starts in the value's
    column (a form's block printed one item a line, its address over two lines), so it is part of
    that value and no letterhead however often the block is repeated.

    >>> _continues_labelled_value("Address: 9 Sample Road", "         Northtown NT1 2AB, Ruritania")
    True
    >>> _continues_labelled_value("Address: 9 Sample Road", "Hanbit Precision Co., Ltd.")
    False
    """
    labelled = _LABELLED_VALUE.match(above)
    if labelled is None:
        return False
    column = len(labelled.group("label"))
    return len(line) > column and line[:column].isspace() and not line[column].isspace()


# a unit caption that glues a scale's letter to a currency's ISO code ('MEUR', 'TEUR', 'MSEK': a
# European table's millions or thousands of euros or kronor)
_SCALED_CODE = re.compile(r"(?:[TKMB]|MN|BN)(?P<code>[A-Z]{3})")


def _column_heading(name: str) -> bool:
    """A word the column headings of tables print, each table again ("Change" over "in %",
    "Amount", a unit caption "MEUR"): printed twice, but no company's name.

    >>> _column_heading("Change"), _column_heading("MEUR"), _column_heading("Acme Holdings")
    (True, True, False)
    """
    scaled = _SCALED_CODE.fullmatch(name)
    if scaled is not None and currency_of(scaled.group("code")) is not None:
        return True
    return is_heading_cell(name, HeadingEnv(None))
