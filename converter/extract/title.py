"""DocumentTitle: the headline or title line of a document, wherever its layout puts it.

A title is a block of at most four heading lines (no blank line between them) that comes before
the text's running paragraphs: a news headline on the first line, a resolution's title, an
exhibit's centred heading in fixed-width text or HTML, a title wrapped over lines, the line
under a letterhead. It is never a banner (``data/title_banners.tsv``: form names, "REPORT OF
FOREIGN PRIVATE ISSUER", exhibit labels, page numbers, a web copy's page furniture), the company
name alone, a date, a caption, a label and its value, a signature or a table cell.

In fixed-width text whose headings are centred by spaces a title line starts centred; in text
that keeps no layout (HTML flattened by a copy, news pages) any heading-like line may be one. A
6-K's title is in the report after its cover; the cover of an annual report form has none; a
Schedule 13D / 13G is titled by its banner (``schedule_banner``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from converter.extract.anchors import Located, head_lines
from converter.extract.mechanisms.table_fiscal_terms import term_caption
from converter.extract.mechanisms.letters import in_addressee_block
from converter.extract.mechanisms.lines import Line, squash
from converter.extract.mechanisms.name_match import name_key
from converter.extract.mechanisms.names import legal_form_alone, section_heading
from converter.extract.title_asides import calendar_row, contact_opener, digest_kicker, in_company_list, photo_caption, \
    section_label
from converter.extract.title_chrome import (EDGAR_DOCUMENT_LINE, bracketed, end_before_tail, in_address, in_wrapped_cell,
                                           headline_cell, listing_line, over_registrant_caption, page_furniture,
                                           price_quote, start_after_counts, table_heading, table_row)
from converter.extract.title_cover import HEAD_LINES, SIGNATURE_LINE, annual_form, cover_end, foreign_issuer, signature_lines
from converter.extract.mechanisms.tokens import dates_between
from converter.extract.standalone_dates import split_date
from converter.model import SourceDocument
from converter.parse.dates import FoundDate
from converter.resources import data_rows
from converter.extract.mechanisms.sentences import HANGUL, sentence_goes_on

MAX_LINES = 4
_LABEL = re.compile(r"^[^:]{1,40}:(?:\s|$)")
_ITEM_NUMBER = re.compile(r"^\d{1,2}\.\s+(?=[A-Z])")
_LIST_MARKER = re.compile(r"^(?:\(?[ivx]{1,4}\)|\(?[a-z0-9]{1,2}\)|[-•·*※▶△]\s)", re.IGNORECASE)
_CHECK_BOX = re.compile(r"\[\s*[xX]?\s*\]|\(\s*[xX]?\s*\)\s*(?:no|yes|form)|[þ¨]")
_COLUMNS = re.compile(r"\S\s{5,}\S")
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:am|pm|a\.m\.|p\.m\.)|[월화수목금토일]요일|입력|수정|송고",
                      re.IGNORECASE)
_CONNECTOR_END = re.compile(r"\b(?:of|for|by|and|to|the|in|on|with|at|from|between|regarding|&)$", re.IGNORECASE)
_SENTENCE = re.compile(r"[.;]$|\.\s+[A-Z]")
_NUMBERED = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s")
# the heading of the list of documents a 6-K furnishes
_FURNISHED = re.compile(r"table\s+of\s+documents\s+submitted|index\s+to\s+exhibits|^[\s|]*exhibits?\s*$|exhibit\s+index"
                        r"|consists\s+of\s*:|is\s+furnishing\s+under\s+cover", re.IGNORECASE)


@cache
def _banner_pattern() -> re.Pattern[str]:
    """Any banner of ``data/title_banners.tsv``, in one pattern: a line is a banner when one of
    them matches it whole, and an alternation fully matches where one alternative does."""
    return re.compile("|".join(f"(?:{row[0].strip()})" for row in data_rows("title_banners.tsv")), re.IGNORECASE)


def _is_banner(line: str) -> bool:  # (or a copy's flattened EDGAR header: 'EX-99 3 acme-ex2.htm EXHIBIT 2')
    return _banner_pattern().fullmatch(line) is not None or EDGAR_DOCUMENT_LINE.fullmatch(line) is not None


# what a name is compared without: all but digits and letters
_NOT_NAME_LETTERS = re.compile(r"[^0-9a-z가-힣]+")


def _comparable(name: str) -> str:
    return _NOT_NAME_LETTERS.sub("", name.lower())


# patterns the line rules ask of every head line, compiled once (an inline re.search looks its
# pattern up in re's cache each time, and recompiles it once that cache has overflowed)
_TWO_LETTERS = re.compile(r"[A-Za-z가-힣]{2}")  # a word: no line of figures, rules or dates alone
_LOGO = re.compile(r"\[[^\]]*\blogo\b", re.IGNORECASE)  # '[Company logo]' of a web copy
_SENTENCE_STOP = re.compile(r"[.;]$")  # a line ending as a sentence does
_KO_SENTENCE_END = re.compile(r"다\.?$")  # a Korean sentence's last syllable
# a term a sentence defines, in brackets: a quoted short name, maybe a word or two before it
# ('(the "Company")', '(hereinafter "Acme")', '(이하 "회사")'); a title defines nothing
_DEFINED_TERM = re.compile(
    r"""\(\s*(?:[^()"“”]{1,20}\s)?   # the bracket, maybe 'the', 'hereinafter', '이하'
        ["“][^"“”()]{1,40}["”]\s*\)  # the quoted term, the bracket closing""", re.VERBOSE)
# what a heading's first character is, maybe after a short tag in parentheses or square brackets:
# a wire story's '(LEAD) Acme ...', '(2nd LD) ...', a Korean company's '(주)한빛 유상증자결정', a
# Korean news story's kicker '[실적속보]한빛, ...' (breaking results)
_HEADING_OPENS = re.compile(r"(?:(?:\([^()]{1,20}\)|\[[^\[\]]{1,20}\])\s*)?[\"“‘'A-Z0-9가-힣]")
_ABBREVIATION_AT_END = re.compile(r"\b(?:Co|Inc|Ltd|Corp|No)\.$")  # 'Acme Co.': no sentence's stop
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")

# parenthesised words ending a line
_PARENTHESES_AT_END = re.compile(r"(?:\s*\([^()]*\))+$")


def _without_parentheses_at_end(text: str) -> str:
    """``_PARENTHESES_AT_END.sub("", text)``, asked only of a text ending in ')' (or ')' and a line
    break, where '$' matches too): its match ends there, and the pattern opens with white space,
    which ``re`` would try at every position of every head line."""
    return _PARENTHESES_AT_END.sub("", text) if text.endswith((")", ")\n")) else text


@dataclass(frozen=True)
class _Page:
    """What a title rule needs to know about the document's layout."""

    document: SourceDocument
    registrant: str | None
    width: int
    fixed: bool  # headings centred by spaces (fixed-width text)
    registrant_keys: tuple[str, str] | None = None  # the name's two comparison keys, made once
    # (text, lines, first line) of the head whose letterhead address lines are no title
    address_head: tuple[str, list[Line], int] | None = field(default=None, compare=False)

    def in_address(self, index: int) -> bool:
        """Whether line ``index`` lies inside the letterhead's address (``title_chrome.in_address``)."""
        return self.address_head is not None and in_address(*self.address_head, index)

    def centered(self, line: Line) -> bool:
        if self.document.is_centered(line.content_start):
            return True
        if line.indent < 4:
            return False
        middle = line.indent + len(line.stripped) / 2
        return abs(middle - self.width / 2) <= 14 and self.width - line.indent - len(line.stripped) >= 2

    def is_registrant(self, stripped: str) -> bool:
        """The company's name alone, maybe with what a letterhead prints after it: 'Acme Bank
        (ACMB)', 'Acme Limited (incorporated in Hong Kong with limited liability)'."""
        if not self.registrant or self.registrant_keys is None:
            return False
        bare = _without_parentheses_at_end(stripped) or stripped
        comparable, key = self.registrant_keys
        return _comparable(bare) == comparable or name_key(bare) == key


def _page(document: SourceDocument, lines: list[Line], registrant: str | None,
          address_head: tuple[str, list[Line], int] | None = None) -> _Page:
    texts = [line.text for line in lines[:150]]
    width = max(map(len, map(str.rstrip, texts)), default=80)
    keys = (_comparable(registrant), name_key(registrant)) if registrant else None
    return _Page(document, registrant, max(min(width, 100), 60), _headings_indented(texts), keys, address_head)


def _headings_indented(texts: list[str]) -> bool:
    """Whether two short lines are indented by four or more: headings centred by spaces (the
    count stops at the second)."""
    indented = 0
    for text in texts:
        stripped = text.strip()
        if stripped and len(stripped) < 70 and len(text) - len(text.lstrip(" \t")) >= 4:
            indented += 1
            if indented == 2:
                return True
    return False


def _skipped(page: _Page, line: Line, lines: list[Line], index: int) -> bool:
    """A line that is no title and does not end the head: banner, name, date, label, cell."""
    stripped = line.stripped
    bare = stripped.strip(" |")
    if not bare or "|" in line.text and not headline_cell(lines, index) or _in_table(lines, index):
        return True
    if page.is_registrant(bare) or _is_banner(bare) or digest_kicker(page.fixed, lines, index) \
            or section_label(page.fixed, lines, index):
        return True
    if page_furniture(bare) or section_heading(bare):
        return True  # a web page's buttons or menu ('닫기', 'Close', '返回'); a section's heading ('Key Figures')
    if photo_caption(bare) or contact_opener(bare) or in_company_list(lines, index, page.is_registrant) \
            or in_addressee_block(lines, index):
        return True  # a photo's caption, a contact block's first line, co-announcing companies, a letter's addressee
    dates = _dates_of(page.document.text, line, stripped, bare)
    if dates and not _TWO_LETTERS.search(_WEEKDAY.sub("", _without_dates(bare, dates))):
        return True  # a date alone, maybe with its weekday or time
    if dates and (listing_line(_without_dates(bare, dates)) or "제" in bare and term_caption(bare)):
        return True  # a site's listing line (a stock's code and name, the time it was posted); a
        # statement's fiscal term and its dates ('제 17 기 2019.01.01 부터 2019.12.31 까지')
    if dates and calendar_row(bare, dates, _dated_after(page.document.text, lines, index)):
        return True  # a corporate calendar's row: an event and its date
    if not dates and split_date(page.document.text, lines, index):
        return True  # a date's month alone, its day and year on the next line
    if bracketed(bare) or table_row(bare) or price_quote(bare) or in_wrapped_cell(lines, index):
        return True
    if over_registrant_caption(lines, index):
        return True  # the registrant's name over its caption
    if _LABEL.match(bare) or SIGNATURE_LINE.match(bare) or _CHECK_BOX.search(bare) or _COLUMNS.search(bare):
        return True
    if not _TWO_LETTERS.search(bare) or _LOGO.search(bare) is not None:
        return True
    return page.in_address(index)  # (asked last: reading the head's addresses is the dearest test)


def _dated_after(text: str, lines: list[Line], index: int) -> list[bool]:
    """Whether the next line with words after line ``index`` holds a date (a list of none or one)."""
    after = [line for line in lines[index + 1 : index + 3] if not line.blank][:1]
    return [bool(dates_between(text, line.start, line.end)) for line in after]


def _dates_of(text: str, line: Line, stripped: str, bare: str) -> list[FoundDate]:
    """``find_dates(bare)``, ``bare`` being ``line``'s text stripped of white space, then of
    " |": read from the document's date index (``text``: the document's, which ``line`` is of)."""
    start = line.start + len(line.text) - len(line.text.lstrip()) + len(stripped) - len(stripped.lstrip(" |"))
    return dates_between(text, start, start + len(bare))


def _without_dates(text: str, dates) -> str:
    for d in reversed(dates):
        text = text[: d.start] + text[d.end :]
    return text


# a form's item as a table's row of one cell holding words ('| 7-1. Basis of the price |'; not a
# rule of bars '|||||' over a page's headline)
_ITEM_ROW = re.compile(r"\|[^|]*[A-Za-z가-힣]{2}[^|]*\|")


def _in_table(lines: list[Line], index: int) -> bool:
    """A cell of a table flattened one cell a line: a neighbour line is a bare '|', or the line
    is a form's value under its item's row ('| 19. Subject to a filing |' / 'Not applicable')."""
    for near in (index - 1, index + 1):
        if 0 <= near < len(lines) and lines[near].stripped == "|":
            return True
    return bool(index) and _ITEM_ROW.fullmatch(lines[index - 1].stripped) is not None


# an aside in square brackets: "[Based on Japanese GAAP]"
_SQUARE_ASIDE = re.compile(r"\[[^\[\]]*\]")


def _without_asides(page: _Page, line: Line) -> str:
    """The line without its bracketed asides and the date that ends it, where it holds such an
    aside: a Japanese summary's title line ("... for the Second Quarter of the Fiscal Year
    Ending March 31, 2019 [Based on Japanese GAAP] November 7, 2018") is long by its basis and
    its date, not by running on as a sentence (a line without the aside is measured whole)."""
    stripped = line.stripped
    if not _SQUARE_ASIDE.search(stripped):
        return stripped
    dates = [d for d in _dates_of(page.document.text, line, stripped, stripped) if not stripped[d.end:].strip()]
    return _SQUARE_ASIDE.sub("", _without_dates(stripped, dates))


def _is_body(page: _Page, line: Line) -> bool:
    """A line of running text (not a line of columns)."""
    stripped = line.stripped
    if _COLUMNS.search(stripped):
        return False
    if len(stripped) > 110 and len(_without_asides(page, line)) > 110:
        return True
    if _DEFINED_TERM.search(stripped):
        return True  # a sentence's, however short its line ('Acme Ltd. (the "Company") is furnishing ...')
    sentence = len(stripped) >= 50 and _SENTENCE_STOP.search(stripped) and len(stripped.split()) >= 8
    hangul = HANGUL.search(stripped)
    if sentence and not hangul:
        return True
    if hangul and _KO_SENTENCE_END.search(stripped):
        return True
    if stripped.endswith("\u3002"):
        return True  # the full stop of Chinese and Japanese, which part no words by spaces
    return page.fixed and not page.centered(line) and len(stripped) > 0.6 * page.width


def _heading(page: _Page, line: Line, first_of_block: bool) -> bool:
    stripped = line.stripped
    if len(stripped) > 150 or stripped.endswith((":", ",")) or _LIST_MARKER.match(stripped):
        return False
    if _NUMBERED.match(stripped) and line.number > 0:
        return False
    if not _HEADING_OPENS.match(stripped):
        return False
    if stripped.endswith(".") and not (HANGUL.search(stripped) and not stripped.endswith("다.")):
        if not _ABBREVIATION_AT_END.search(stripped):
            return False
    return True


def _title_case(text: str) -> bool:
    """Capitals or Title Case: most of the longer words begin with a capital."""
    longer = [w for w in _WORD.findall(text) if len(w) >= 4]
    return bool(longer) and sum(w[0].isupper() for w in longer) >= 0.7 * len(longer)


def _opens_block(page: _Page, lines: list[Line], index: int, after_letterhead: bool | Line) -> bool:
    """Whether the heading line at ``index`` may open a title: in fixed-width text it stands
    after a blank line (or a banner) and is centred or printed in capitals or Title Case, or
    under a letterhead (``after_letterhead``: whether it does, or the line that decides it by
    being the company's name alone)."""
    line = lines[index]
    if not _heading(page, line, True):
        return False
    if not page.fixed or _under_letterhead(page, after_letterhead):
        return True
    if not page.centered(line) and len(line.stripped.split()) < 2:
        return False
    previous = lines[index - 1] if index else None
    if previous is not None and not previous.blank and not _is_banner(
            previous.stripped.strip(" |")):
        return False
    return page.centered(line) or _title_case(line.stripped)


def _under_letterhead(page: _Page, after_letterhead: bool | Line) -> bool:
    if isinstance(after_letterhead, bool):
        return after_letterhead
    return page.is_registrant(after_letterhead.stripped.strip(" |"))


def _listed(lines: list[Line], first: int, block: list[Line]) -> bool:
    """Whether a 6-K's title agrees with the list of what it furnishes, where it prints one:
    the list names one document, whose description the title repeats."""
    if any(_FURNISHED.search(line.text) for line in block):
        return False  # the sentence saying what the 6-K furnishes, cut at its wrap: the list's heading
    heading = next((i for i in range(first, block[0].number) if _FURNISHED.search(lines[i].text)), None)
    if heading is None:
        return True
    title = _comparable(" ".join(line.stripped for line in block))
    return any(title and title in _comparable(lines[i].text) for i in range(heading + 1, block[0].number))


def _blank_from(lines: list[Line], first: int) -> bool:
    """Whether the lines the title is looked for in, from ``first``, are blank (or none): then no
    block opens (a blank line is neither body nor a block's start), and there is no title."""
    return all(line.blank for line in lines[first : first + HEAD_LINES])


def _ends_block(page: _Page, lines: list[Line], index: int, block: list[Line]) -> bool:
    """Whether the line at ``index`` ends the title block above it (a block of more than
    ``MAX_LINES`` lines runs on: it is a web page's menu, whose headline ``_menu_headline`` finds)."""
    line = lines[index]
    if line.blank:
        return True
    stripped = line.stripped.strip(" |")
    if _CONNECTOR_END.search(block[-1].stripped) and (page.is_registrant(stripped) or _heading(page, line, False)) \
            and not (page.fixed and _is_body(page, line)):
        return False  # 'RESOLUTIONS OF THE BOARD OF DIRECTORS OF' over the company's name
    if _is_body(page, line):
        # a title wrapped across the full width of a fixed-width page, between centred lines
        return not (page.fixed and not _SENTENCE.search(stripped) and index + 1 < len(lines)
                    and not lines[index + 1].blank and not _is_body(page, lines[index + 1])
                    and not _SENTENCE.search(lines[index + 1].stripped))  # a paragraph's last line
    return _skipped(page, line, lines, index) or not _heading(page, line, False)


def _menu_headline(block: list[Line]) -> list[Line]:
    """The title of a run of heading lines: the run itself, or, when it runs longer than a title
    wraps (``MAX_LINES``), its longest line: a web page's navigation menu ('Market News' /
    'Breaking stock market headlines' / 'Earnings Flash' / ...) runs on into the headline with no
    blank line between, and the headline is longer than a menu's items."""
    if len(block) <= MAX_LINES:
        return block
    if any(sentence_goes_on(line.stripped) for line in block):
        return []  # a sentence wrapped over the run's lines ('... 신주발행을' / '결의하였기에 ...'): text, no menu
    return [max(reversed(block), key=lambda line: len(line.stripped))]


def _is_paragraph(page: _Page, lines: list[Line], index: int) -> bool:
    """The block ended by the line at ``index`` was a paragraph's first line: that line runs on
    in lower case or, in fixed-width text, as running text."""
    line = lines[index]
    if line.blank:
        return False
    if line.stripped[:1].islower():
        return True
    runs_on = index and _CONNECTOR_END.search(lines[index - 1].stripped)  # '... by reference into the'
    if runs_on and not _heading(page, line, False):
        return True  # '... from the Report on Form 20-F of' / 'Acme Limited for the year ended ...,'
    if index and _introduces_a_list(lines[index - 1].stripped, line.stripped):
        return True
    return page.fixed and _is_body(page, line) and bool(
        _SENTENCE.search(line.stripped) or index + 1 < len(lines) and _is_body(page, lines[index + 1]) or runs_on)


# a sentence's end that introduces what follows it: a connector or 'following' before its colon
# ('..., an English translation of:', '... consists of the following:'); a label has neither
_LIST_INTRODUCED = re.compile(r"""(?:\b(?:of|for|by|and|to|the|in|on|with|at|from|following|follows)  # the connector
                                  |,[^:]*)                                                       # or a comma before it
                                  :$                                                              # the colon that ends it
                               """, re.IGNORECASE | re.VERBOSE)
_LOWER_WORD_END = re.compile(r"\b[a-z]+$")  # a line ending on a lower-case word: no title's last word


def _introduces_a_list(above: str, line: str) -> bool:
    """A sentence in sentence case cut at its wrap ('Acme Co., Ltd. hereby submits the following
    report on its' / '6-K, an English translation of:'): the line above ends on a lower-case word,
    is in neither capitals nor Title Case, and the line ends the sentence on a colon that
    introduces a list."""
    return bool(_LOWER_WORD_END.search(above) and not above.isupper() and not _title_case(above)
                and _LIST_INTRODUCED.search(line))


# a label whose value is on the lines under it, up to a blank line (a contact block:
# 'Spokesperson:' / 'Ms. Jane Doe' / 'Senior Vice President'; 'Media contact:')
_LABEL_ALONE = re.compile(r"^[^:|]{1,40}:$")
_SALUTATION = re.compile(r"^(?:to|dear)\b", re.IGNORECASE)  # 'To Shareholders:': a letter's, over its title


def _label_alone(bare: str) -> bool:
    """Whether a line is a label alone whose value the lines under it are (not a salutation), or
    opens a contact block ('Media contact: Jane Roe' over her company and phone)."""
    return _LABEL_ALONE.match(bare) is not None and _SALUTATION.match(bare) is None or contact_opener(bare)


def _at_text_end(text: str, block: list[Line]) -> bool:
    """Whether the block is the text's last words, nothing under it: a title heads something (a
    block there is a sentence cut off with the text, or a closing line)."""
    return not text[block[-1].end :].strip()


# where a web copy ran two cells of a page together without a space: a small letter, a capital
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


def _after_glued_chrome(text: str, start: int, end: int) -> int:
    """Where a title starts after the navigation words a web copy runs into it without a space
    ('Investor RelationsAnnual Results', 'HomeNewsAnnual Results'): each glued run before it
    that is a banner (a menu's section) is page chrome, not the title's."""
    for glue in _GLUED.finditer(text, start, end):
        if not _is_banner(text[start : glue.start()].strip()):
            break
        start = glue.start()
    return start


def document_title(document: SourceDocument, registrant: str | None) -> Located | None:
    """The document's title, or None (see the module docstring)."""
    text = document.text
    foreign = foreign_issuer(text)
    if not foreign and annual_form(text):
        return None  # the cover of a form is titled by the form
    lines = head_lines(text, 16000)
    first = cover_end(text, lines, foreign)
    if first is None or _blank_from(lines, first):
        return None
    page = _page(document, lines, registrant, (text, lines, first))
    signed = signature_lines(text, lines, first)
    blank_is_registrant = page.is_registrant("")  # (what a blank line's test answers, asked once)
    paragraphs = 2 if first else 1  # a 6-K may say what it furnishes before the report's title
    block: list[Line] = []
    # whether the lines above make a letterhead, or the line whose being the company's name
    # alone decides it (asked only of the line before a heading: see _opens_block)
    after_letterhead: bool | Line = False
    in_body = False
    # under a label alone on its line ('Spokesperson:'), up to a blank line: the lines are its value
    under_label = False
    index = first
    while index < min(len(lines), first + HEAD_LINES) and paragraphs > 0:
        line = lines[index]
        if block:
            if _ends_block(page, lines, index, block):
                if _is_paragraph(page, lines, index):
                    block, paragraphs, in_body = [], paragraphs - 1, True  # it was a paragraph's first line
                    index += 1
                    continue
                break
            block.append(line)
        elif line.blank:  # (before the body test, which a blank line never passes)
            after_letterhead = True if blank_is_registrant else after_letterhead
            in_body = under_label = False
        elif index in signed:  # (before the body test: a body line that signs counts as none)
            after_letterhead = line  # under a letterhead if it is the company's name alone
        elif section_heading(line.stripped.strip(" |")):
            # a section's heading ('Financial Highlights', 'Key Figures'): the page's content
            # (its tables) has begun, and the title is above it or nowhere
            paragraphs -= 0 if in_body else 1
            after_letterhead, in_body = False, True
        elif _is_body(page, line) and not ("|" in line.text or _in_table(lines, index)):
            paragraphs -= 0 if in_body else 1
            after_letterhead, in_body = False, True
        elif _skipped(page, line, lines, index):
            after_letterhead = line
            under_label = under_label or _label_alone(line.stripped.strip(" |"))
        elif _opens_block(page, lines, index, after_letterhead) and not under_label:
            block.append(line)
        else:
            after_letterhead = in_body = False
        index += 1
    if not block or _at_text_end(text, block) or table_heading(text, lines, block):
        return None
    block = _menu_headline(block)
    if not block:
        return None
    if first and not _listed(lines, first, block):
        return None
    start = _after_glued_chrome(text, block[0].content_start, block[-1].content_end)
    start = start_after_counts(text, start, block[-1].content_end)
    end = end_before_tail(text, start, block[-1].content_end)
    end = start + len(text[start:end].rstrip(" |"))  # (the bar of a headline's flattened cell)
    item = _ITEM_NUMBER.match(text[start:end])
    if item and not any(not l.blank for l in lines[:block[0].number]):
        start += item.end()
    if legal_form_alone(text[start:end]):
        return None  # 'Co., Ltd.': the tail of a company's name wrapped onto a line of its own
    return Located(squash(text[start:end]), start, end)

