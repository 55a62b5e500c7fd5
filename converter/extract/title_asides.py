"""Lines at a document's head that read like a headline and are none: a photo's caption, a
contact block's opening line, a list of the companies that co-announce, a digest's kicker, a web
page's section label (``title.py`` skips them).

A press release furnished under Form 6-K may print its contacts over the headline ('Media
contact: ...', 'For further information, please contact ...'), and the companies that announce it
together one a line; a news page prints a photo's caption over or under its headline ('[Photo]
...', '사진=... 제공', '▲ ...', '... 전경 / <agency>'). The words are in ``data/title_asides.tsv``.
"""

from __future__ import annotations

import re
from functools import cache

from converter.extract.mechanisms.lines import Line
from converter.extract.mechanisms.names import is_company_name, legal_form_at_end
from converter.extract.mechanisms.sentences import action_values
from converter.resources import data_rows


@cache
def _pattern(kind: str) -> re.Pattern[str]:
    """The rows of one kind of ``data/title_asides.tsv`` as one pattern (a credit ends its line)."""
    alternation = "|".join(f"(?:{row[1]})" for row in data_rows("title_asides.tsv") if row[0] == kind)
    return re.compile(f"(?:{alternation})\\s*$" if kind == "photo_credit" else alternation, re.IGNORECASE)


@cache
def _portrait() -> re.Pattern[str]:
    """A Korean portrait's caption: a name, maybe the company, and the rank, with a full stop
    ('김민수 한빛전자 사장.'); the ranks are the ``ko_title`` rows of corporate_action_phrases.tsv."""
    ranks = "|".join(sorted((v for v, _ in action_values("ko_title")), key=len, reverse=True))
    return re.compile(
        rf"""(?:[가-힣A-Za-z0-9&·()]+\s){{1,3}}  # the name, maybe the company: a word or three
            (?:{ranks})\.                   # the rank and the caption's full stop (a headline has none)
        """, re.VERBOSE)


def photo_caption(bare: str) -> bool:
    """Whether a line is a photo's caption: it opens as one ('[Photo] ...', '사진=...', '▲ ...'),
    ends with its credit ('(사진=한빛전자 제공)', '... 본사 전경 / 한빛뉴스') or is a portrait's
    ('김민수 한빛전자 사장.')."""
    if _pattern("photo_opener").match(bare) is not None or _pattern("photo_credit").search(bare) is not None:
        return True
    return len(bare) <= 40 and bare.endswith(".") and _portrait().fullmatch(bare) is not None


def contact_opener(bare: str) -> bool:
    """Whether a line opens a contact block ('Media contact: ...', 'For further information,
    please contact:', '문의: ...'): it and the lines under it, up to a blank line, are no title."""
    return _pattern("contact_opener").match(bare) is not None


def _company_alone(bare: str) -> bool:
    """A company's name alone on its line, ending in its legal form ('Garam Telecom Inc.')."""
    return legal_form_at_end(bare) is not None and is_company_name(bare)


def in_company_list(lines: list[Line], index: int, is_registrant) -> bool:  # noqa: ANN001
    """Whether the line at ``index`` is one of a list of companies, one a line (the companies
    that announce a release together, over its headline): a company's name alone, next to
    another such line or to the registrant's name. (A headline naming a company holds more
    than its name: 'Hanbit Signs Deal With Garam Telecom Inc.'.)"""
    if not _company_alone(lines[index].stripped):
        return False
    for near in (index - 1, index + 1):
        if 0 <= near < len(lines) and not lines[near].blank:
            neighbour = lines[near].stripped.strip(" |")
            if _company_alone(neighbour) or is_registrant(neighbour):
                return True
    return False


def digest_kicker(fixed: bool, lines: list[Line], index: int) -> bool:
    """A news digest's kicker: a word or two in capitals alone over its item's headline, a blank
    line between ('CHIPMAKERS' / '' / 'Acme reports sales rise'), in a text that keeps no layout."""
    stripped = lines[index].stripped
    if fixed or not stripped.isupper() or len(stripped.split()) > 2 or index + 2 >= len(lines):
        return False
    headline = lines[index + 2].stripped
    return lines[index + 1].blank and bool(headline) and not headline.isupper() and len(headline) < 100


_ONE_WORD = re.compile(r"[A-Za-z][a-z]{2,}")  # 'Filings', 'Markets': a word, capitalised at most
# 'Asia-Update', 'Tech-News': capitalised words joined by hyphens, a site's section or category
_HYPHENED_LABEL = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+")


def section_label(fixed: bool, lines: list[Line], index: int) -> bool:
    """A web page's section label: one word alone on the page's first line, the page's headline
    right under it ('Filings' / 'Acme Holdings (0999) - 2025 - Interim Results'), or words joined
    by hyphens, the headline under it or under a blank line ('Asia-Update' / '' / 'Acme profits
    rise'), in a text that keeps no layout. (A word in capitals, 'NOTICE', may be a document's own
    heading.)"""
    stripped = lines[index].stripped
    hyphened = _HYPHENED_LABEL.fullmatch(stripped) is not None
    if fixed or not (hyphened or _ONE_WORD.fullmatch(stripped)) or index + 1 >= len(lines):
        return False
    under = lines[index + 1]
    if under.blank and hyphened and index + 2 < len(lines):
        under = lines[index + 2]
    return not under.blank and len(under.stripped.split()) >= 2 and all(line.blank for line in lines[:index])


# a connector a title's date follows ('Results for the Year Ended March 31, 2031', 'Notice dated
# 3 May 2031'): the date is the phrase's, not a cell of its own
_DATE_CONNECTOR = re.compile(r"(?:\b(?:of|for|on|ended|ending|to|in|at|as|from|by|dated|until|through|since|and|year)|[,(])\s*$",
                             re.IGNORECASE)
_EVENT_WORDS = re.compile(r"[A-Za-z\u4e00-\u9fff]{2}")  # an event's label: words, not figures


def calendar_row(bare: str, dates: list, following: list[bool]) -> bool:
    """A corporate calendar's row flattened onto its line: an event and its date after it, no
    connector between ('Interim Results Announcement  24 February 2031', '中期業績公佈
    二零三一年二月二十四日'), with a date on the next line with words (``following``: whether it
    holds one), as the next row's: a calendar has several.

    >>> from converter.parse.dates import find_dates
    >>> row = "Interim Results Announcement 24 February 2031"
    >>> calendar_row(row, find_dates(row), [True]), calendar_row(row, find_dates(row), [False])
    (True, False)
    >>> title = "Results for the Year Ended 31 March 2031"
    >>> calendar_row(title, find_dates(title), [True])
    False
    """
    if not dates or not any(following) or bare[dates[-1].end:].strip(" .|()（）"):
        return False
    label = bare[: dates[-1].start].rstrip(" \t\u3000:：–—-")
    return bool(_EVENT_WORDS.search(label)) and _DATE_CONNECTOR.search(label) is None
