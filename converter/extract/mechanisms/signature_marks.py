"""The footnote marks of signature pages: a signature made by an attorney-in-fact or under a
power of attorney is marked (``*``, ``**``, ``(1)``, ``†``) before or after the signer's name,
and the footnote under the pages says who signed (``* By: /s/ Jane Roe, Attorney-in-fact``).
The mark is no part of the name; the footnote is no part of the page above it.

>>> s = "Seoyeon Kim**"
>>> s[slice(*unmarked(s, 0, len(s))[0])], unmarked(s, 0, len(s))[1]
('Seoyeon Kim', True)
>>> s = "(1) Jiho Lee"
>>> s[slice(*unmarked(s, 0, len(s))[0])]
'Jiho Lee'
>>> unmarked("Hanbit Fund II", 0, 14)
((0, 14), False)
>>> bool(opens_footnote("* By: Minjun Park, Attorney-in-fact")), bool(opens_footnote("By: /s/ Ann Lee"))
(True, False)
"""

from __future__ import annotations

import re

TextSpan = tuple[int, int]

# a footnote mark: "*", "**", "(1)", a dagger
_MARK = r"(?:\*{1,3}|\(\d\)|[\u2020\u2021])"
# a footnote mark at a name's end (a space may stand before it)
_MARK_AFTER = re.compile(rf"\s*{_MARK}$")
# a footnote mark at a name's start: "*Jane Roe", "(1) Jane Roe"
_MARK_BEFORE = re.compile(rf"^{_MARK}\s*")
# a footnote under the pages: its mark, then the "By" of the attorney-in-fact's signature
_FOOTNOTE = re.compile(rf"^\s*+{_MARK}\s*By\b", re.IGNORECASE)
_MARKS = "*)\u2020\u2021"  # (the characters a mark ends or begins with: most names hold none)


def unmarked(text: str, start: int, end: int) -> tuple[TextSpan, bool]:
    """``text[start:end]`` (a name) without a footnote mark at either end, and whether it
    carried one."""
    value = text[start:end]
    if not value or (value[-1] not in _MARKS and value[0] not in "*(\u2020\u2021"):
        return (start, end), False
    marked = False
    after = _MARK_AFTER.search(value)
    if after and after.start() > 0:
        end, marked = start + after.start(), True
    before = _MARK_BEFORE.match(text[start:end])
    if before and before.end() < end - start:
        start, marked = start + before.end(), True
    return (start, end), marked


def opens_footnote(line: str) -> re.Match[str] | None:
    """The footnote mark and ``By`` a footnote line opens with (``* By: Jane Roe, ...``)."""
    return _FOOTNOTE.match(line) if "By" in line or "by" in line or "BY" in line else None
