"""An EDGAR submission header whose lines a copy ran together onto one line.

Some copies of full submissions keep the header's words but not its lines or tags: the
privacy-enhanced-message preamble, then 'ACCESSION NUMBER: 0000000000-09-000001 CONFORMED
SUBMISSION TYPE: 6-K ... FILER: COMPANY DATA: COMPANY CONFORMED NAME: ACME CORP CENTRAL INDEX
KEY: 0000000001 ...' on one line, before the document. The labels are those of the header
(``data/edgar_header_keys.tsv``, with where each stands), so the line is split at them and read
as the header's lines are (``sgml.header_of``). Only a line that holds the labels every header
opens with is read so: a document that quotes one label is no header.

>>> line = ("x ACCESSION NUMBER: 0000000000-09-000001 CONFORMED SUBMISSION TYPE: 6-K "
...         "FILER: COMPANY DATA: COMPANY CONFORMED NAME: ACME CORP CENTRAL INDEX KEY: 0000000001 "
...         "BUSINESS ADDRESS: CITY: SEOUL KOREA STATE: M5 BUSINESS PHONE: 8221234567 FORMER COMPANY: FORMER CONFORMED NAME: ACME "
...         "DATE OF NAME CHANGE: 19950130 6-K 1 a.htm")
>>> header, _ = flat_header(line + "\\nFORM 6-K\\n")
>>> header.company_name, header.cik, header.form_type, header.business_phone, header.business_address.city
('ACME CORP', '0000000001', '6-K', '8221234567', 'SEOUL KOREA')
>>> line[header.span_of("cik").start:header.span_of("cik").end]
'0000000001'
"""

from __future__ import annotations

import re
from functools import cache

from converter.ingest.sgml import _Field, header_of
from converter.model import FilingHeader, Span
from converter.resources import data_rows

_REACH = 8192  # the header stands in the file's first characters
# the labels every header holds, the first two opening it (a line without them is read as text)
_REQUIRED = ("ACCESSION NUMBER:", "CONFORMED SUBMISSION TYPE:", "CENTRAL INDEX KEY:")
# a label the table does not know: the value before it ends there (a value is never longer)
_UNKNOWN_LABEL = re.compile(r"\s(?=[A-Z][A-Z0-9-]*(?:\s[A-Z][A-Z0-9-]*){0,4}:\s)")


@cache
def _levels() -> dict[str, str]:
    return {label: level for label, level in data_rows("edgar_header_keys.tsv")}


@cache
def _label_pattern() -> re.Pattern[str]:
    """Any label followed by its colon, the longest first ('STATE OF INCORPORATION' before
    'STATE'), not inside a longer word ('FORMER CONFORMED NAME' holds no 'CONFORMED NAME')."""
    labels = sorted(_levels(), key=len, reverse=True)
    return re.compile(r"(?<![A-Z0-9-])(" + "|".join(re.escape(label) for label in labels) + r"):(?:\s|$)")


def flat_header(raw: str) -> tuple[FilingHeader, tuple[int, int]] | None:
    """The header run together on one line of the file's head, and where that line is; or None."""
    head = raw[:_REACH]
    at = head.find(_REQUIRED[0])
    if at == -1:
        return None
    start = head.rfind("\n", 0, at) + 1
    end = raw.find("\n", at)
    end = len(raw) if end == -1 else end
    line = raw[start:end]
    if not all(label in line for label in _REQUIRED):
        return None
    header, _ = header_of(_entries(raw, start, end))
    return (header, (start, end)) if header.cik else None


def _entries(raw: str, start: int, end: int):
    """(indented, label, value) of each label of the line, the value up to the next label."""
    levels = _levels()
    found = list(_label_pattern().finditer(raw, start, end))
    for i, m in enumerate(found):
        level = levels[m.group(1)]
        stop = found[i + 1].start() if i + 1 < len(found) else end
        unknown = _UNKNOWN_LABEL.search(raw, m.end(), stop)
        stop = unknown.start() if unknown else stop
        if level in ("section", "part"):
            value_start = value_end = m.end()  # a section's label has no value
        else:
            value_start, value_end = _stripped(raw, m.end(), stop)
        if i + 1 == len(found) and level not in ("section", "part"):
            return  # the document's words follow the last value on its line: where it ends is unknown
        yield level not in ("top", "section"), m.group(1), _Field(raw[value_start:value_end], Span(value_start, value_end))


def _stripped(raw: str, a: int, b: int) -> tuple[int, int]:
    while a < b and raw[a].isspace():
        a += 1
    while b > a and raw[b - 1].isspace():
        b -= 1
    return a, b

