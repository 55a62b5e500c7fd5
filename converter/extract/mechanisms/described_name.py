"""A reporting person's name as item 1 of a Schedule 13D/13G cover page prints it, without what
the filer wrote after it: a description in apposition (``, a Delaware limited partnership``,
``, a company incorporated under the laws of England and Wales.``, ``, an individual``) and the
short name it coins in brackets before that (``Hanbit Capital Group PLC, (HCG) a company ...``).
Item 1 asks for the name alone; what follows is the filer's note on it.

A bracketed abbreviation is cut only before such a description, or where its letters are the
initials of the name's words (``(HCG)`` after ``Hanbit Capital Group PLC``): brackets that end a
name are otherwise part of it (``Hanbit Holdings (BVI)``).

>>> def name(s):
...     a, b = name_without_description(s, 0, len(s))
...     return s[a:b]
>>> name("Hanbit Capital Group PLC, (HCG) a company incorporated under the laws of England and Wales.")
'Hanbit Capital Group PLC'
>>> name("Garam Partners, L.P., a Delaware limited partnership")
'Garam Partners, L.P.'
>>> name("Hanbit Capital Group PLC (HCG)")
'Hanbit Capital Group PLC'
>>> name("Hanbit Holdings (BVI)"), name("Jane Roe"), name("Apex Fund, L.P.")
('Hanbit Holdings (BVI)', 'Jane Roe', 'Apex Fund, L.P.')
"""

from __future__ import annotations

import re

# where the filer's note on the name begins: an appositive after a comma or a bracketed
# abbreviation, opening with a lower-case article and a word ("a company ...", "an individual")
_DESCRIPTION = re.compile(
    r"""(?:\s*,\s*(?:\([A-Z][A-Za-z&.]{1,11}\)\s*,?\s*)?  # a comma, perhaps a short name: ", (HCG)"
         |\s+\([A-Z][A-Za-z&.]{1,11}\)\s*,?\s*)        # or a short name alone: " (HCG)"
        an?\s+[A-Za-z]                     # "a"/"an" and a word: the appositive
    """,
    re.VERBOSE,
)
# a bracketed abbreviation that ends the name: "Hanbit Capital Group PLC (HCG)"
_SHORT_AT_END = re.compile(r"\s*,?\s*\((?P<short>[A-Z][A-Z&.]{1,11})\)\s*$")
_WORD_INITIAL = re.compile(r"\b[A-Za-z]")


def name_without_description(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` (an item-1 value) without a description after the name and without
    the abbreviation it coins; the span itself where there is none."""
    cut = _first_description(text, start, end)
    if cut is not None:
        end = cut
    short = _SHORT_AT_END.search(text, start, end)
    if short and short.start() > start and _initials_of(short["short"], text[start : short.start()]):
        end = short.start()
    while end > start and text[end - 1] in " ,;":
        end -= 1
    return start, end


def _first_description(text: str, start: int, end: int) -> int | None:
    """Where the first appositive after the name begins (a comma or a space before it), if a
    name of two characters or more stands before it."""
    if " a" not in text[start:end] and ",a" not in text[start:end]:
        return None  # (most names hold no article: no search)
    for m in _DESCRIPTION.finditer(text, start, end):
        if m.start() - start >= 2:
            return m.start()
    return None


def _initials_of(short: str, name: str) -> bool:
    """Whether the abbreviation's letters are the initials of the name's first words, in order
    (``HCG`` of ``Hanbit Capital Group PLC``)."""
    letters = [c for c in short.upper() if c.isalpha()]
    initials = [m.group(0).upper() for m in _WORD_INITIAL.finditer(name)]
    return len(letters) >= 2 and initials[: len(letters)] == letters
