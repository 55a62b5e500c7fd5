"""Whether a line of a signature block goes on with the block (a title wrapped onto the next
line, a principal's name after "Attorney-in-fact for") or starts something else (the next party,
the document going on). Read by ``signatures._scan_down``, one line at a time.
"""

from __future__ import annotations

import re

from converter.extract.mechanisms.name_match import has_legal_form
from converter.extract.mechanisms.signature_lines import TITLE, Line, is_prose, wraps_title
from converter.extract.mechanisms.signature_parts import (
    ENDS_WITH_FOR,
    bare_title_under,
    opens_a_block,
    principal_wraps,
    title_complete,
    title_words,
)


# "Jane Roe, Attorney-in-fact for John Park," / "Director": the principal's title follows
_NAMES_PRINCIPAL = re.compile(r"\b(?:for|on\s+behalf\s+of)\s+\S", re.IGNORECASE)


def continues(lines: list[Line], i: int, previous: Line, column: int) -> bool:
    line = lines[i]
    flush = line.cell or line.indent <= 1 and previous.indent <= 1  # no indentation to go by
    if value_of_an_empty_title(line, previous):
        return True
    if lines[i - 1].kind == "blank":
        return False
    if line.indent < column - 1 and not flush:
        return _title_finished_under_label(line, previous)
    return _continues_aligned(lines, i, previous)


def value_of_an_empty_title(line: Line, previous: Line) -> bool:
    """A title printed on a later line under its label left empty ('Title:' / blank / 'Vice
    President', as a word processor's table of labels and values comes out): a bare title
    (capitalised words ending as a title does, no legal form: the next party is none)."""
    return (previous.kind == "title" and not TITLE.sub("", previous.body, count=1).strip()
            and bare_title_under(line, previous))


def _title_finished_under_label(line: Line, previous: Line) -> bool:
    """A title cut short at its line's end and finished on the next line, printed under its
    label rather than under its value ('Title: Vice President, Compliance & Chief' / 'Compliance
    Officer'): the title above is not whole, the line ends as a title does."""
    value = TITLE.sub("", previous.body, count=1).strip()
    return (previous.kind == "title" and line.indent >= previous.indent - 1 and bool(value)
            and not title_complete(value) and title_complete(line.body) and not is_prose(line.body))


def _continues_aligned(lines: list[Line], i: int, previous: Line) -> bool:
    """Whether the line at ``i``, indented at least as far as the block's words, goes on with it."""
    line = lines[i]
    if previous.kind == "capacity" and _NAMES_PRINCIPAL.search(previous.text) and title_complete(line.body):
        return True  # "Jane Roe, Attorney-in-fact for John Park," / "Director": his title, no party
    if _ends_an_open_title(line, previous):
        return True  # "Title: Managing Director and Chief" / "Investment Officer", a party under it
    if opens_a_block(lines, i):
        return False
    if previous.kind in ("title", "text") and wraps_title(line.body):
        return True  # "Vice President, General Counsel" / "and Secretary"
    if not line.body[:1].isupper() and not "\uac00" <= line.body[:1] <= "\ud7a3":
        return False  # "1. Purpose of ...", "www.example.com": the document goes on
    if previous.kind == "capacity":  # "... Attorney-in-Fact for" / "John Park"; "Trustee of the A. B." / "ROE PLAN"
        return ENDS_WITH_FOR.search(previous.text) is not None or principal_wraps(previous.body, line.body)
    if previous.kind in ("title", "role", "text") and _entity(line.body):
        return False  # "Apex Holdings, Inc." after the title: the next page's party
    if previous.kind == "title" and _capitals_under_title(previous.body, line.body):
        return False  # "Title: Authorized Person" / "APEX IV" (a text cut there): the next party
    if previous.kind in ("title", "role") and title_complete(previous.body):
        return False  # "Chief Financial Officer" / "News Release": the title was whole
    return previous.kind in ("title", "sig", "rule", "name", "text", "role", "note")


def _ends_an_open_title(line: Line, previous: Line) -> bool:
    """Whether ``line`` finishes the title that ``previous`` left open (``Vice Chairman and
    Co-Chief`` / ``Executive Officer``): the title above holds a title's word but does not end as
    a title does, the line is a few capitalised words that do, and it names no entity. Read before
    the next party's page is looked for under it: the tail of a title never starts a name."""
    if previous.kind not in ("title", "text"):
        return False
    value = TITLE.sub("", previous.body, count=1).strip()
    words = line.body.split()
    return (bool(value) and not title_complete(value)
            and any(w.strip(",.").casefold() in title_words() for w in value.split())
            and 0 < len(words) <= 4 and all(w[:1].isupper() or w in ("and", "of", "&") for w in words)
            and title_complete(line.body) and not has_legal_form(line.body) and not is_prose(line.body))


# a title left open at its line's end: it goes on below whatever the next line's case
_TITLE_OPEN = re.compile(r"(?:\b(?:and|of|for|to|the)|[-&,/])\s*$", re.IGNORECASE)


def _capitals_under_title(title_line: str, body: str) -> bool:
    """Whether ``body``, printed under a title written in small letters, is a name in capitals
    (the next page's party, which may be cut short by the end of the text, with no legal form):
    a title that goes on ends open (``and``, ``of``, a comma) or goes on with words of a title
    (``CEO``).

    >>> _capitals_under_title("Title: Authorized Person", "APEX IV"), _capitals_under_title(
    ...     "Title: President and", "CEO"), _capitals_under_title("Title: Vice", "PRESIDENT")
    (True, False, False)
    """
    title = TITLE.sub("", title_line, count=1).strip()
    if not body.isupper() or title.isupper() or not any(c.islower() for c in title) or _TITLE_OPEN.search(title):
        return False
    return not all(w.strip(",.").casefold() in title_words() for w in body.split())


def _entity(body: str) -> bool:
    return has_legal_form(body) or bool(re.search(r"\d", body))
