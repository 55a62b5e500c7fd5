"""Officers a release or a news story names as such, each one ``OfficerAxis`` member.

- Korean news name the head of a company in parentheses after it: "한빛텔레콤(대표 김영수)",
  "한빛통신(사장 이정호)".
- A line or sentence that only introduces a person with an officer's title, "Mr. Daniel K. Park,
  Chairman and Chief Executive Officer" (a quotation cut before its verb), and a contact block's
  "Anne Whitfield, CFO": the person is named as that officer.

A person quoted ("said ...") is a spokesperson (``contacts``), not listed again here.

>>> [(name, title) for name, title, _, _ in korean_officers("한빛텔레콤(대표 김영수)은 3분기 실적을 발표했다.")]
[('김영수', '대표')]
>>> [(name, title) for name, title, _, _ in english_officers("Mr. Daniel K. Park, Chairman and Chief Executive Officer ")]
[('Daniel K. Park', 'Chairman and Chief Executive Officer')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from converter.extract.base import DocumentContext
from converter.extract.mechanisms.sentences import Collected, lang_of
from converter.model import Observation
from converter.parse.gates import Gated, fold
from converter.resources import data_rows

OFFICER_TITLE = re.compile(
    r"\b(?:Chief\s+\w+(?:\s+\w+)?\s+Officer|CEO|CFO|COO|CTO|President|Chairman|Chairwoman|Treasurer|"
    r"Managing\s+Director|Executive\s+Director|General\s+Counsel|Corporate\s+Secretary)\b")
_NAME = r"[A-Z][a-z]+(?:-[A-Za-z]+)?(?:\s+(?:[A-Z]\.?|[A-Z][a-z]+(?:-[A-Za-z]+)?)){1,3}"
_SPEECH = re.compile(r"\b(?:said|says|stated|commented|added|noted|explained)\b")
# "Mr. Daniel K. Park, Chairman and Chief Executive Officer" alone on its line (or before "of ...")
_INTRODUCED = re.compile(
    rf"""^[ \t]*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?P<name>{_NAME})   # the person
    \s*,\s*(?P<title>[A-Z][\w&,.\s-]{{2,80}}?)               # the title, capitalised
    \s*(?:,?\s+of\s+[A-Z][^\n]{{0,60}})?[ \t]*$              # maybe "of <the company>", then the line ends
    """,
    re.VERBOSE | re.MULTILINE,
)
_KO_HEAD_TITLES = r"대표이사\s*사장|대표이사\s*회장|대표이사|대표|사장|회장|부회장|행장|은행장"
# "회사(대표 홍길동)": the head of a company in parentheses after its name (compiled once, and not
# tried on a text without "(" and a title: most texts are no Korean news)
_KO_HEAD = Gated(re.compile(rf"[가-힣A-Za-z)\]]\s*\(\s*(?P<title>{_KO_HEAD_TITLES})\s+(?P<name>[가-힣]{{2,4}})\s*\)"))


@cache
def _surnames() -> frozenset[str]:
    return frozenset(row[0].strip() for row in data_rows("korean_surnames.tsv"))


def is_korean_name(text: str) -> bool:
    """A surname of ``korean_surnames.tsv`` and one or two syllables more."""
    for size in (2, 1):
        if text[:size] in _surnames() and 1 <= len(text) - size <= 2 and re.fullmatch(r"[가-힣]+", text):
            return True
    return False


def korean_officers(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(name, title, name offset, title offset) of "회사(대표 홍길동)" heads."""
    for m in _KO_HEAD.finditer(text, fold(text)):
        if is_korean_name(m["name"]):
            yield m["name"], re.sub(r"\s+", " ", m["title"]), m.start("name"), m.start("title")


def english_officers(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(name, title, name offset, title offset) of lines that introduce an officer unquoted."""
    for m in _INTRODUCED.finditer(text):
        title = " ".join(m["title"].split()).rstrip(",.")
        line_end = text.find("\n", m.end())
        following = text[m.end():line_end if line_end >= 0 else len(text)]
        if OFFICER_TITLE.search(title) and not _SPEECH.search(title + following):
            yield " ".join(m["name"].split()), title, m.start("name"), m.start("title")


def officer_facts(ctx: DocumentContext, out: Collected,
                  more: list[tuple[str, str, int, int]] = ()) -> None:  # type: ignore[assignment]
    """Officers of the document; ``more`` adds those other readers met (contacts)."""
    spoken = {o.value for o in out.observations if o.concept == "SpokespersonName"}
    seen: set[str] = set()
    member = 0
    for name, title, name_at, title_at in [*korean_officers(ctx.text), *english_officers(ctx.text), *more]:
        if name in seen or name in spoken:
            continue
        seen.add(name)
        member += 1
        dims = (("OfficerAxis", str(member)),)
        for concept, value, at in (("OfficerName", name, name_at), ("OfficerTitle", title, title_at)):
            out.add(Observation(concept, value, ctx.document_period, dimensions=dims, lang=lang_of(value, ctx.text),
                                span=ctx.span(at, at + len(value)), rule="press:officer"), at, at + len(value))
