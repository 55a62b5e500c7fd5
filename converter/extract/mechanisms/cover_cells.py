"""Two captions of a cover side by side on one line, and the values printed over them.

A 20-F or 6-K cover prints "(Translation of registrant's name into English)" and "(Jurisdiction
of incorporation or organization)" as two cells of one row; flattened to text, the two captions
stand on one line and their values on the line above, a column's gap apart ('Acme Co., Ltd.
Republic of Korea' over '(Translation ...)   (Jurisdiction ...)') or, where the converter of the
page kept one space only, run together ('Acme Co., Ltd. Republic of Korea'). The value over a
caption is then one cell of the line above, never the line. Where no gap or bar parts the cells,
a name in front of a jurisdiction is cut where its legal form ends and a place alone follows
(the jurisdiction's words are :mod:`countries`'); anything else is left unread. The caption
phrases are ``data/cover_20f.tsv``'s.
"""

from __future__ import annotations

import re
from functools import cache

from converter.extract.mechanisms.countries import country_code
from converter.extract.mechanisms.names import legal_form_at_end
from converter.extract.mechanisms.name_match import has_legal_form
from converter.resources import data_rows

# a caption: a bracketed phrase of words alone in its cell ('(Jurisdiction of incorporation)')
_CAPTION_CELL = re.compile(r"\(\s*[^\W\d_][^()\n]*\)")
# what parts two cells of one line: a bar, a tab or a column's gap of three spaces
_CELL_GAP = re.compile(r"[ \t]*\|[ \t|]*|[ \t]*\t[ \t]*|[ \t]{3,}")
_WORD_END = re.compile(r"\S(?=\s|$)")  # where a word of a line ends
# a jurisdiction's words: a place's name, capitalised, no figure ('Republic of Korea', 'Ontario, Canada')
_PLACE = re.compile(r"(?!(?:of|and|&|de|du|des|del|la|le|the\s+(?:company|corporation))\b)[^\W\d_][^\d()|]{0,60}",
                    re.IGNORECASE)


@cache
def _jurisdiction_caption() -> re.Pattern[str]:
    """The jurisdiction's caption of ``data/cover_20f.tsv``."""
    return re.compile("|".join(p for kind, value, p in data_rows("cover_20f.tsv")
                               if kind == "caption" and value == "jurisdiction"), re.IGNORECASE)


def captions_beside(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The bracketed captions of the line of the caption at ``text[start:end]``, in order, when
    it is one of two or more standing side by side; else [] (a caption alone on its line, or one
    broken over lines).

    >>> line = "(Translation of name into English) (Jurisdiction of incorporation)"
    >>> captions_beside(line, 0, 34), captions_beside("(Exact name of registrant)", 0, 26)
    ([(0, 34), (35, 66)], [])
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    cells = [m.span() for m in _CAPTION_CELL.finditer(text, line_start, len(text) if line_end < 0 else line_end)]
    return cells if len(cells) > 1 and (start, end) in cells else []


def cell_over(text: str, start: int, end: int, captions: list[tuple[int, int]], index: int,
              ) -> tuple[int, int] | None:
    """The span of the value over the ``index``-th of ``captions`` standing side by side, in the
    line ``text[start:end]`` printed over them: its cell where bars or gaps part as many cells as
    there are captions; the name before a jurisdiction run together with it when the caption is
    the first and those beside it are a jurisdiction's; else None (cells that cannot be told).

    >>> captions = "(Translation of name into English) (Jurisdiction of incorporation or organization)"
    >>> def over(line, index):
    ...     text = line + "\\n" + captions
    ...     span = cell_over(text, 0, len(line), captions_beside(text, len(line) + 1, len(line) + 35), index)
    ...     return span and text[span[0] : span[1]]
    >>> over("Hanbit Precision Co., Ltd. The Republic of Korea", 0), over("Hanbit Co., Ltd.    Delaware", 1)
    ('Hanbit Precision Co., Ltd.', 'Delaware')
    >>> over("Hanbit Precision Holdings Seoul", 0) is None  # no legal form ends a name
    True
    """
    cells, at = [], start
    for gap in _CELL_GAP.finditer(text, start, end):
        cells.append((at, gap.start()))
        at = gap.end()
    cells = [c for c in [*cells, (at, end)] if c[1] > c[0]]
    if len(cells) == len(captions):
        return cells[index]
    beside = [text[a:b] for a, b in captions[index + 1 :]]
    if len(cells) == 1 and index == 0 and beside and all(_jurisdiction_caption().search(c) for c in beside):
        cut = name_before_jurisdiction(text[start:end])
        return (start, start + cut) if cut else None
    return None


def name_before_jurisdiction(line: str) -> int | None:
    """Where a company's name ends in a line that runs it together with the jurisdiction of its
    incorporation: after the last legal form whose rest of the line is a place alone (or
    nothing); None when no legal form ends a name so.

    >>> line = "Hanbit Co., Ltd. Ontario, Canada"
    >>> line[: name_before_jurisdiction(line)]
    'Hanbit Co., Ltd.'
    >>> name_before_jurisdiction("Hanbit Corporation of Korea") is None  # 'of Korea' is the name's
    True
    """
    for m in reversed(list(_WORD_END.finditer(line))):
        name, rest = line[: m.end()].rstrip(","), line[m.end() :].strip(" ,.;")
        form = legal_form_at_end(name)
        if form is None or form[1] != len(name):
            continue
        if not rest:
            return len(name)
        if _PLACE.fullmatch(rest) and not has_legal_form(rest) and _ends_with_country(rest):
            return len(name)
    return None


def _ends_with_country(place: str) -> bool:
    """Whether ``place`` ends with a country's (or a US state's) name."""
    found = country_code(place)
    while found is not None and found[2] < len(place):  # a country named before another
        later = country_code(place[found[2] :])
        found = None if later is None else (later[0], found[2] + later[1], found[2] + later[2])
    return found is not None
