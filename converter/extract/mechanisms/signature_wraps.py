"""Signature pages printed in a column so narrow that every name and every title wraps over two
lines (a signature table's cell of an HTML filing, flattened one line per printed line):

    APEX
    LLC
    By: /s/ Dana K.
    Morrow
    Dana
    K. Morrow
    Managing
    Member

Read line by line, each half became an item of its own and the page was paired off by one line
(the surname as the signer, the given name as the title). ``rejoin_wrapped_column`` joins each
line that goes on with the item above it, keeping every offset (the line break becomes a space),
but only on a page whose signature line itself is wrapped - a ``/s/`` name cut after a given
name or an initial, its surname alone on the next line - so pages of whole lines are read as
they always were. A line goes on with the one above when:

- together they spell the name signed above (``Dana`` / ``K. Morrow``);
- the line above is the opening words of a title, the line a title's end (``Managing`` /
  ``Member``);
- the line above is a name in capitals with no legal form, the line a name ending with its legal
  form (``APEX`` / ``CAPITAL PARTNERS, L.P.``).

Lines printed with indentation are left as they are (joining them would open a gap read as the
edge of a second column).

>>> page = "APEX\\nLLC\\nBy: /s/ Dana K.\\nMorrow\\nDana\\nK. Morrow\\nManaging\\nMember\\n"
>>> print(rejoin_wrapped_column(page))
APEX LLC
By: /s/ Dana K. Morrow
Dana K. Morrow
Managing Member
<BLANKLINE>
>>> rejoin_wrapped_column("By: /s/ Dana Morrow\\nDana Morrow\\nManaging\\nMember\\n").count("\\n")
4
"""

from __future__ import annotations

import re

from converter.extract.mechanisms.name_match import ends_with_legal_form, has_legal_form, name_key
from converter.extract.mechanisms.signature_lines import ANY_LABEL
from converter.extract.mechanisms.signature_parts import title_complete, title_words

_NARROW = 40  # characters of the longest line of a narrow column

# a signature line whose signed name is cut: "/s/ Dana K." or "By: /s/ Dana", nothing after it
_CUT_SIGNATURE = re.compile(r"""
    ^(?:By\s*:?\s*)?/s/\s*                # the signature, perhaps after "By:"
    (?P<name>[A-Z][A-Za-z'-]+             # a given name
       (?:\s+[A-Z]\.)?)                   # perhaps its initial
    \s*$""", re.VERBOSE)
# a surname alone on its line: one capitalised word
_LONE_WORD = re.compile(r"^[A-Z][A-Za-z'-]+$")
_LABELLED = re.compile(rf"^(?:By|Name|Title|Its|Dated?)\s*:|^(?:{ANY_LABEL})", re.IGNORECASE)
_SIGNED = re.compile(r"/s/\s*(?P<name>.+?)\s*$", re.IGNORECASE)


def rejoin_wrapped_column(text: str) -> str:
    """``text`` with the lines of a wrapped narrow signature column joined to the item they go
    on (offsets kept); ``text`` itself when no signature line of it is wrapped."""
    if not _has_cut_signature(text):
        return text
    lines = _lines(text)
    joins = [i for i in range(len(lines) - 1) if _wrapped_signature(lines[i][2], lines[i + 1][2])
             and _flush(text, lines[i], lines[i + 1])]
    if not joins:
        return text
    joined = set(joins)
    signed = ""
    i = 0
    while i < len(lines) - 1:
        above, below = lines[i][2], lines[i + 1][2]
        if i in joined:
            signed = above.split("/s/", 1)[-1].strip() + " " + below
            i += 2
            continue
        sig = _SIGNED.search(above)
        signed = sig["name"] if sig else signed
        if _flush(text, lines[i], lines[i + 1]) and _goes_on(above, below, signed):
            joined.add(i)
            i += 2
            continue
        i += 1
    chars = list(text)
    for i in joined:
        chars[lines[i][1]] = " "  # the line break after line i
    return "".join(chars)


def _has_cut_signature(text: str) -> bool:
    """Whether a line of ``text`` is a cut signature line (the joins' precondition), found from
    each "/s/" (the pattern's literal: most pages have a few) rather than by splitting every line."""
    at = text.find("/s/")
    while at >= 0:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if _CUT_SIGNATURE.match(text[text.rfind("\n", 0, at) + 1:end].strip()):
            return True
        at = text.find("/s/", end)
    return False


def _lines(text: str) -> list[tuple[int, int, str]]:
    """Each line's start, end (its line break) and stripped words."""
    out, start = [], 0
    for piece in text.split("\n"):
        out.append((start, start + len(piece), piece.strip()))
        start += len(piece) + 1
    return out[:-1] if text.endswith("\n") else out


def _flush(text: str, above: tuple[int, int, str], below: tuple[int, int, str]) -> bool:
    """Both lines narrow, neither blank, and at most two spaces around the break between them."""
    if not above[2] or not below[2] or len(above[2]) > _NARROW or len(below[2]) > _NARROW:
        return False
    gap = (above[1] - above[0] - len(text[above[0]:above[1]].rstrip())) + (
        len(text[below[0]:below[1]]) - len(text[below[0]:below[1]].lstrip()))
    return gap <= 1


def _wrapped_signature(line: str, next_line: str) -> bool:
    """``/s/ Dana K.`` over ``Morrow``: the signed name wrapped, its surname alone below."""
    return bool(_CUT_SIGNATURE.match(line)) and _surname(next_line)


def _surname(word: str) -> bool:
    return bool(_LONE_WORD.match(word)) and word.casefold() not in title_words() and not (
        has_legal_form(word))


def _goes_on(above: str, below: str, signed: str) -> bool:
    if _LABELLED.match(below) or "/s/" in below.casefold() or _LABELLED.match(above):
        return False
    if signed and name_key(above) != name_key(signed) and name_key(f"{above} {below}") == name_key(signed):
        return True  # "Dana" / "K. Morrow": the name signed above, printed
    if _title_opening(above) and _title_end(below):
        return True  # "Managing" / "Member"
    return _bare_capitals(above, signed) and ends_with_legal_form(below) and not any(
        c.islower() for c in below)  # "APEX" / "CAPITAL PARTNERS, L.P."


def _title_opening(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 2 and not title_complete(line) and all(
        w.strip(",").casefold() in title_words() for w in words)


def _title_end(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 3 and title_complete(line) and all(
        w.strip(",").casefold() in title_words() | {"and", "of"} for w in words)


def _bare_capitals(line: str, signed: str) -> bool:
    """A name in capitals with no legal form, no title's words, not the signer's name."""
    words = line.split()
    return (0 < len(words) <= 3 and not any(c.islower() for c in line) and line[:1].isalnum()
            and not has_legal_form(line) and not all(w.casefold() in title_words() for w in words)
            and not (signed and name_key(line) == name_key(signed)))
