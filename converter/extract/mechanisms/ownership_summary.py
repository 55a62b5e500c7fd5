"""The summary of a schedule's cover pages that copies of a Schedule 13D / 13G print before the
filing: a header row naming the person column (``Name``) and cover-page items as column
captions (``data/beneficial_ownership_phrases.tsv``, kind ``summary_column``), then one row per
reporting person, its name and one figure per item column. Cells are separated by ``|`` or, in
a copy that ran them together, by single spaces: a row's figures are then its last words, as
many as the header has item columns, and its name all before them. A name's description after
it (``, a company incorporated under ...``, a short name in brackets) is not part of it.

>>> text = ("Name | Sole Voting Power | Shared Voting Power | Percent of Class\\n"
...         "Tallis Holdings Ltd., a company incorporated in Bermuda | 0 | 52,000 | 6.1%\\n"
...         "Ines Marlowe | 1,200 | 52,000 | 6.2%\\n")
>>> [(r.person.name, [(c, str(v.value)) for c, v in r.figures]) for r in summary_rows(text)]
[('Tallis Holdings Ltd.', [('SoleVotingPower', '0'), ('SharedVotingPower', '52000'), ('PercentOfClass', '0.061')]), \
('Ines Marlowe', [('SoleVotingPower', '1200'), ('SharedVotingPower', '52000'), ('PercentOfClass', '0.062')])]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from converter.extract.mechanisms.name_match import canonical, match_name, phrase_pattern
from converter.extract.mechanisms.reporting_persons import ReportingPerson, person_kind
from converter.extract.mechanisms.subject_company import Located

_MIN_COLUMNS = 3  # item captions a summary's header names at least (a sentence names one or two)
_HEADER_NAME = re.compile(r"[ \t|]*Names?\b[ \t|]*", re.IGNORECASE)  # the person column opens the header
# a figure of a row: a share count ('4,321', '0', '-0-', 'None') or a percent ('6.1%')
_FIGURE = re.compile(r"-?\d{1,3}(?:,\d{3})+|-?\d+(?:\.\d+)?%?|-0-|None", re.IGNORECASE)
# where a name ends and its description begins: an appositive ('a company incorporated ...',
# ', an exempted company ...': 'a' or 'an' in lower case and a word in lower case after it)
_NAME_END = re.compile(r"(?:,\s*|\s+)an?\s+[a-z]")
_SHORT_NAME = re.compile(r"[\s,]*\([^()]{1,20}\)[\s,]*$")  # '(ABC)' the name's short form, last before it


@dataclass(frozen=True)
class SummaryRow:
    person: ReportingPerson
    figures: tuple[tuple[str, Located], ...]  # (concept, value with its span), in column order


@cache
def _captions() -> re.Pattern[str]:
    return re.compile(rf"{phrase_pattern('summary_column')}\b", re.IGNORECASE)


def _columns(line: str) -> list[str] | None:
    """The concepts of a header line's item columns, or None when the line is no summary header:
    it opens with the name column and holds nothing but item captions (a stray word between two
    of them, as a copy's caption 'Aggregate Amount Owned Power', aside)."""
    opening = _HEADER_NAME.match(line)
    if opening is None:
        return None
    found = list(_captions().finditer(line, opening.end()))
    at, columns = opening.end(), []
    for m in found:
        if len(line[at:m.start()].replace("|", " ").split()) > 1:
            return None
        columns.append(canonical("summary_column", m.group(0)) or "-")
        at = m.end()
    if len(line[at:].replace("|", " ").split()) > 1 or len(columns) < _MIN_COLUMNS:
        return None
    return columns


def _figure(concept: str, word: str, start: int) -> Located | None:
    if not _FIGURE.fullmatch(word):
        return None
    percent = word.endswith("%")
    if (concept == "PercentOfClass") != percent:
        return None  # a percent in a share column, or a count in the percent column: no row
    if word.casefold() in ("none", "-0-"):
        return Located(Decimal(0), start, start + len(word))
    value = Decimal(word.rstrip("%").replace(",", ""))
    return Located(value.scaleb(-2) if percent else value, start, start + len(word))


def _row(text: str, a: int, b: int, columns: list[str]) -> SummaryRow | None:
    """One person's row: the name, then a figure for each column."""
    words = [(m.start(), m.group(0)) for m in re.finditer(r"[^\s|]+", text[a:b])]
    if len(words) <= len(columns):
        return None
    figures = []
    for concept, (at, word) in zip(columns, words[-len(columns):]):
        found = _figure(concept, word, a + at)
        if found is None:
            return None
        if concept != "-":
            figures.append((concept, found))
    name_end = a + words[-len(columns)][0]
    cut = _NAME_END.search(text, a, name_end)
    name = text[a:cut.start() if cut else name_end]
    name = _SHORT_NAME.sub("", name).strip(" \t|,;") if cut else name.strip(" \t|,;")
    if not name or not re.search(r"[A-Za-z]{2}", name):
        return None
    start = text.index(name, a)
    return SummaryRow(ReportingPerson(name, start, start + len(name), kind=person_kind(name)), tuple(figures))


def summary_rows(text: str) -> list[SummaryRow]:
    """The rows of the first summary table of ``text``; [] when it has none."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    for index, (a, b) in enumerate(lines):
        columns = _columns(text[a:b])
        if columns is None:
            continue
        rows = []
        for c, d in lines[index + 1:]:
            row = _row(text, c, d, columns)
            if row is None:
                break
            rows.append(row)
        names: list[str] = []
        for row in rows:
            if match_name(row.person.name, names) is not None:
                return []  # a summary naming one person twice has garbled its names: none is sure
            names.append(row.person.name)
        return rows
    return []
