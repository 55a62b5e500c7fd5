"""Signature blocks of a page collapsed onto one line (a web copy that ran a whole cover together):
where the lines of the block would have been.

``... (Registrant) Date: March 30, 2004 By: /s/ Ann Lee Name: Ann Lee Title: Company Secretary
The auditors ...`` is cut before each label (``Date:``, ``By``, ``Name:``, ``Title:``), after a
rule drawn for the pen, and after a title: a title here runs only as far as its last head word
(``Officer``, ``Secretary``) when the words after that start a new phrase, so a value is never
run into the text that follows it (a title no head word ends is not read at all). Under the signature the printed name (the signed words again)
is cut from the title that follows it.

>>> text = "Acme Ltd. Date: May 2, 2005 By: /s/ Ann Lee Name: Ann Lee Title: Company Secretary The end."
>>> [text[a:b] for a, b in collapsed_pieces(text, 0, len(text))]
['Acme Ltd.', 'Date: May 2, 2005', 'By: /s/ Ann Lee', 'Name: Ann Lee', 'Title: Company Secretary', 'The end.']
>>> text = "By /S/ Ann Lee ------- Ann Lee Vice President & Chief Financial Officer Acme Ltd. Statements for"
>>> [text[a:b] for a, b in collapsed_pieces(text, 0, len(text))]
['By /S/ Ann Lee', '-------', 'Ann Lee', 'Vice President & Chief Financial Officer', 'Acme Ltd. Statements for']
"""

from __future__ import annotations

import re
from functools import cache

from converter.extract.mechanisms.lines import strip_span
from converter.extract.mechanisms.name_match import phrases
from converter.parse.dates import find_dates

COLLAPSED = 300  # a physical line this long that holds a signature is a page run together
TITLE_REACH = 10  # words a title of a collapsed page may have
# where a line of the block would have begun: a label, or a rule drawn for the pen
_BREAK = re.compile(
    r"""(?<=\S)\s+(?=(?:Date[d]?|By|Name|Title)\s*:   # 'Date:', 'By:', 'Name:', 'Title:'
                   |By\s+/s/                           # 'By /S/ ...' without its colon
                   |[-_=]{5,})                         # a rule
       |(?<=[-_=]{5})[-_=]*\s+(?=\S)                   # the end of a rule
    """, re.IGNORECASE | re.VERBOSE)
_SIGNED = re.compile(r"/s/\s*(?P<name>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})", re.IGNORECASE)
_TITLE_LABEL = re.compile(r"Title\s*:\s*", re.IGNORECASE)
_JOINER = re.compile(r"^[&,/]$")  # '&' and ',' go on with the title ('President & CEO')


@cache
def _heads() -> frozenset[str]:
    return frozenset(p.casefold() for p, _ in phrases("title_head"))


def title_run(text: str, start: int, end: int) -> int | None:
    """Where a title that begins at ``start`` ends in run-together text: after its last head word
    within ``TITLE_REACH`` words that is followed by a new phrase (a capitalised word that joins
    nothing), not by a comma or joining word; None when no such word ends it."""
    words = list(re.finditer(r"[^\s,]+|,", text[start:end]))[: TITLE_REACH + 1]
    for n, word in enumerate(words[:TITLE_REACH]):
        if word.group().strip(".").casefold() not in _heads():
            continue
        following = words[n + 1].group() if n + 1 < len(words) else ""
        if following and not _JOINER.match(following) and following[:1].isupper():
            return start + word.end()
    return None


def collapsed_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of ``text[start:end]`` (see the module doc), without surrounding spaces."""
    cuts = [start]
    for m in _BREAK.finditer(text, start, end):
        cuts.append(m.end())
    pieces = []
    for a, b in zip(cuts, cuts[1:] + [end]):
        body = text[a:b]
        a2 = a + len(body) - len(body.lstrip())
        b2 = a + len(body.rstrip())
        if a2 < b2:
            pieces.append((a2, b2))
    pieces = [cut for piece in pieces for cut in _note_cut(text, *piece)]
    pieces = [cut for piece in pieces for cut in _date_cut(text, *piece)]
    return _titles_cut(text, [cut for piece in pieces for cut in _represented_cut(text, *piece)])


# a party line that names two parties: the entity, and the one it acts for in the same signature
# ('Apex GP, Inc. for itself and as general partner of Apex Fund, L.P.')
ITSELF_AND_AS = re.compile(
    r"""[ \t,]*(?:for\s+itself|on\s+its\s+own\s+behalf)\s*,?\s+and\s+as\s+  # signs for itself, and
    (?P<role>(?:the\s+|its\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?)       # as its role: 'general partner'
    \s+(?:of|to|for)\s+(?:the\s+)?                                          # of the second party
    (?=[A-Z])                                                               # a capitalised name
    """, re.VERBOSE)


def _represented_cut(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A party line naming two parties run together: the entity, the words of its role, the
    party it acts for, each a piece, as they are printed on a typed page.

    >>> text = "Apex GP, Inc. for itself and as general partner of Apex Fund, L.P."
    >>> [text[a:b] for a, b in _represented_cut(text, 0, len(text))]
    ['Apex GP, Inc.', 'for itself and as general partner of', 'Apex Fund, L.P.']
    """
    m = ITSELF_AND_AS.search(text, a, b) if "itself" in text[a:b] or "own behalf" in text[a:b] else None
    if m is None or m.start() == a:
        return [(a, b)]
    middle = _strip(text, m.start(), m.end())
    return [_strip(text, a, m.start()), middle, (m.end(), b)]


# a date label opening a piece: 'Dated: May 2, 2005 Apex Fund GP, Inc. ...'
_DATE_LABEL = re.compile(r"Dated?\s*:\s*", re.IGNORECASE)


def _date_cut(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A date line run into the party under it ('Dated: May 2, 2005 Apex Fund, L.P.'): the date
    line, and the name after it, each a piece; a piece is cut only where a whole date ends and a
    capitalised word follows.

    >>> text = "Dated: May 2, 2005 Apex Fund, L.P."
    >>> [text[a:b] for a, b in _date_cut(text, 0, len(text))]
    ['Dated: May 2, 2005', 'Apex Fund, L.P.']
    """
    label = _DATE_LABEL.match(text, a, b)
    if label is None:
        return [(a, b)]
    dates = find_dates(text[label.end() : b])
    if not dates or dates[0].start != 0:
        return [(a, b)]
    stop = label.end() + dates[0].end
    rest = _strip(text, stop, b)
    if rest[0] >= rest[1] or not text[rest[0]].isupper():
        return [(a, b)]
    return [(a, stop), rest]


# a caption printed under the signature line, in brackets: '(Signature)', '(Authorized Signatory)'
_NOTE_AFTER = re.compile(r"\s*\([A-Za-z][A-Za-z ]{0,30}\)\**\s*")


def _note_cut(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A signature, its caption and the printed name run together ('By: /s/ Ann Lee (Signature)
    Ann Lee Vice President'): the signature, the caption, and the name with what follows it, each
    a piece (the name is cut from its title by ``_titles_cut``).

    >>> text = "By: /s/ Ann Lee (Signature) Ann Lee Chief Financial Officer"
    >>> [text[a:b] for a, b in _note_cut(text, 0, len(text))]
    ['By: /s/ Ann Lee', '(Signature)', 'Ann Lee Chief Financial Officer']
    """
    m = _SIGNED.search(text, a, b)
    note = _NOTE_AFTER.match(text, m.end(), b) if m else None
    if m is None or note is None or not text.startswith(m["name"], note.end()):
        return [(a, b)]
    return [(a, m.end()), _strip(text, m.end(), note.end()), (note.end(), b)]


def _titles_cut(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A 'Title:' piece, and the piece after a signature's rule that opens with the signed name,
    end with their title; what follows is a piece of its own."""
    out: list[tuple[int, int]] = []
    signed = None
    for a, b in pieces:
        piece = text[a:b]
        label = _TITLE_LABEL.match(piece)
        if label:
            stop = title_run(text, a + label.end(), b)
            # no head word ends the title: where it ends is unknown, so it is not read
            out += [(a, stop), _strip(text, stop, b)] if stop else [_strip(text, a + label.end(), b)]
            continue
        name = signed and re.match(re.escape(signed) + r"\b", piece)
        if name and not re.fullmatch(r"[-_=]+", piece):
            stop = title_run(text, a + name.end(), b)
            out += [(a, a + name.end())]
            out += [_strip(text, a + name.end(), stop), _strip(text, stop, b)] if stop else [
                _strip(text, a + name.end(), b)]
            signed = None
            continue
        m = _SIGNED.search(piece)
        under = re.fullmatch(r"[-_=]+", piece) or _NOTE_AFTER.fullmatch(piece)  # a rule, a caption
        signed = m["name"] if m else signed if under else None
        out.append((a, b))
    return [(a, b) for a, b in out if a < b]


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    return strip_span(text, a, b, " \t,", " \t")
