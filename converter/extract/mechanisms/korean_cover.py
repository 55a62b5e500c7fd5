"""The person who prepared a Korean disclosure form, as its cover (표지) names them: "작 성 책 임 자 :
(직 책) 공시담당 (성 명) 홍 길 동" over "(전 화) 02-555-0100", as lines or as cells. They are the
filing's contact (ContactAxis member 1): ContactName, ContactTitle and the number on the line
right under theirs. The labels are data (``ko_cover_*_label`` of ``data/cjk_header_words.tsv``);
a name is taken only where it is one (a Korean surname, two to four syllables, letter-spaced or
not), a number only where a telephone label opens its line.
"""

from __future__ import annotations

import re
from functools import cache

from converter.extract.base import DocumentContext, Found
from converter.extract.mechanisms.cjk_header import header_words
from converter.extract.mechanisms.lines import closed_up, squash
from converter.extract.mechanisms.names import person_name
from converter.extract.mechanisms.sentences import lang_of
from converter.model import Observation
from converter.parse.phone import parse_phone

HEAD = 4000
RULE = "ko-cover:preparer"


def _labels(kind: str) -> str:
    return "|".join(f"(?:{label})" for label in header_words(kind))


@cache
def _preparer_line() -> re.Pattern[str]:
    """'작 성 책 임 자 : (직 책) X (성 명) Y' on one line, its parts maybe in cells."""
    return re.compile(
        rf"""^[ \t|]*(?:{_labels('ko_cover_preparer_label')})[ \t|]*:[ \t|]*   # the preparer's label
        \([ \t]*(?:{_labels('ko_cover_title_label')})[ \t]*\)[ \t]*(?P<title>[^()|\n]{{1,30}}?)[ \t|]*  # (직책) title
        \([ \t]*(?:{_labels('ko_cover_name_label')})[ \t]*\)[ \t]*(?P<name>[^()|\n]{{2,12}}?)[ \t|]*$  # (성명) name""",
        re.MULTILINE | re.VERBOSE)


# the telephone line under the preparer's: '(전 화) 02-555-0100', maybe in a cell
_PHONE_LINE = re.compile(r"[ \t|]*\([ \t]*전[ \t]*화[ \t]*\)[ \t]*(?P<number>0\d{1,2}[-)\s]\d{3,4}-\d{4})[ \t|]*")


def _next_line(text: str, end: int) -> tuple[int, int] | None:
    """(start, end) of the first line after ``end`` that holds more than blanks and bars."""
    start = text.find("\n", end)
    while 0 <= start < len(text):
        stop = text.find("\n", start + 1)
        stop = len(text) if stop < 0 else stop
        if text[start + 1:stop].strip(" \t|"):
            return start + 1, stop
        start = stop
    return None


def extract_korean_cover_contact(ctx: DocumentContext) -> Found:
    """ContactName, ContactTitle and ContactPhoneNumber of the person a Korean form's cover
    names as having prepared it."""
    text = ctx.text
    m = _preparer_line().search(text, 0, min(len(text), HEAD))
    name = person_name(closed_up(squash(m["name"]))) if m else None
    if m is None or name is None or name.endswith(header_words("department_suffix")):  # '공시팀': an office
        return Found()
    facts = [("ContactName", name, m.start("name"), m.end("name")),
             ("ContactTitle", closed_up(squash(m["title"])), m.start("title"), m.end("title"))]
    below = _next_line(text, m.end())
    phone = _PHONE_LINE.fullmatch(text, *below) if below else None
    parsed = parse_phone(phone["number"], default_country="KR") if phone else None
    if phone and parsed is not None:
        facts.append(("ContactPhoneNumber", parsed.e164, phone.start("number"), phone.end("number")))
    dims = (("ContactAxis", "1"),)
    return Found(tuple(Observation(concept, value, ctx.document_period, dimensions=dims,
                                   lang=None if concept == "ContactPhoneNumber" else lang_of(value, text),
                                   span=ctx.span(start, end), rule=RULE)
                       for concept, value, start, end in facts))
