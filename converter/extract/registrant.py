"""The registrant: the company a document is by or about, from the best evidence it gives.

Best first:

1. a cover's caption: the name over "(Exact name of registrant as specified in its charter)" or
   "(Translation of registrant's name into English)" (the English translation preferred), or the
   name line under a 6-K cover's "For the month of" line where the cover prints no caption;
2. the company a text defines as ``(the "Company")``;
3. the subject of a release's dateline sentence or of a sentence saying it announced, reported
   or said something (``Acme Co., Ltd. (KRX: 012345), a shipper, today announced``);
4. the subject of a Korean lead sentence (``X은 ... 밝혔다``, ``X(대표 Y)는``), its legal-form
   marker (``(주)``, ``㈜``, ``주식회사``) stripped, in Korean;
5. a heading or sentence naming the company whose board resolved ("RESOLUTIONS OF THE BOARD OF
   DIRECTORS OF X"), a Hong Kong letterhead "X (incorporated in ... with limited liability)", a
   results summary's "Company name: X";
6. the EDGAR header's company name;
7. a letterhead: a name alone on a line before the text begins, with a legal form or repeated
   (a name only repeated yields to a labelled one: a table's heading is printed once a column);
   a Japanese or Chinese header's labelled name (上場会社名, 公司名稱), a letterhead with its legal
   form (株式会社, 股份有限公司, 有限公司), or the company a first sentence says announced
   something today ('X株式会社は本日...', 'X今日公布...'), or the company a Japanese results
   story's lead names as its subject ('X工業は8日、...決算を発表した'): ``mechanisms.cjk_header``.

The sources are read by ``registrant_heads`` (1, 5 and 7: what the layout of the head prints),
``registrant_sentences`` (2 to 4: what the sentences name) and ``mechanisms.cjk_header``; here
they are tried in this order, and the name found is given its spelling and its legal form.
A note of the company's former name after it ("(주)가람전자 (구.(주)한빛테크)", "(formerly
Hanbit Tech Co., Ltd.)") is no part of the name: the registrant is the current one.
Anything that is not a name (a caption's label, a file number, an appositive) is left out: a
wrong registrant is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from converter.extract.anchors import Located
from converter.extract.mechanisms.lines import squash
from converter.extract.mechanisms.names import KOREAN_MARKER, former_name_start, legal_form_at_end
from converter.extract.mechanisms.cjk_header import (
    from_cjk_letterhead,
    labelled_registrant,
    results_subject,
    subject_registrant,
)
from converter.extract.mechanisms.name_match import ascii_spellings, has_legal_form, spelling_pattern
from converter.extract.registrant_heads import (
    from_cover_caption,
    from_cover_layout,
    from_disclosure_line,
    from_heading,
    from_letterhead,
)
from converter.extract.registrant_sentences import from_definition, from_korean_subject, from_release_subject
from converter.model import DocumentFamily, FilingHeader, SourceDocument
from converter.parse.gates import folded_text
from converter.parse.match_starts import StemStarts, matches_from


# (compiled at import: an inline pattern is compiled again once ``re``'s cache of 512 overflows)
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_ALNUM_RUN = re.compile(r"[A-Za-z0-9]+")


def _comparable(name: str) -> str:
    return _NOT_ALNUM.sub("", name.lower())


def _mixed_case_spelling(text: str, name: Located) -> Located:
    """The same name where the document spells it in mixed case (a cover prints it in capitals)."""
    value = str(name.value)
    if not value.isupper():
        return name
    for start, stop in _spellings(text, tuple(_ALNUM_RUN.findall(value))):
        end = stop + (1 if value.endswith(".") and text[stop : stop + 1] == "." else 0)
        if not text[start:stop].isupper():
            return Located(squash(text[start:end]), start, end)
    return name


def _spellings(text: str, words: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    """Where ``text`` spells ``words`` in any case, joined by up to three other characters (the
    spans of ``spelling_pattern(words, r"[^A-Za-z0-9]{1,3}", lead=r"\b").finditer(text)``). An
    ASCII text is read by ``ascii_spellings``, which compiles no pattern for the name; in another
    the pattern is tried only where its first word stands (found by ``str.find`` in the folded
    text), not at every position of the document, which ``re`` does for a pattern opening with
    ``\b`` and a word in any case (``tests/test_registrant_spellings.py`` compares both with
    ``finditer``)."""
    folded = folded_text(text)
    if words and text.isascii():
        return ascii_spellings(text, folded, words, 3, lead=True)
    pattern = spelling_pattern(words, r"[^A-Za-z0-9]{1,3}", lead=r"\b")
    if not words or len(folded) != len(text):  # (folding changed the offsets)
        return (m.span() for m in pattern.finditer(text))
    return (m.span() for m in matches_from(pattern, text, StemStarts((words[0].lower(),)).positions(folded)))


def legal_form(text: str, registrant: Located | None) -> Located | None:
    """The registrant's legal form as the text states it: the words ending its name ('Co.,
    Ltd.', 'Inc.'), or the Korean marker printed by it ('(주)', '㈜', '주식회사'), as printed."""
    if registrant is None or registrant.end <= registrant.start:
        return None  # a name the text does not print (the EDGAR header's) states no form
    name = str(registrant.value)
    if registrant.lang == "ko":
        around = (text[max(0, registrant.start - 6) : registrant.start], text[registrant.end : registrant.end + 6])
        for side, chunk in enumerate(around):
            m = (re.search(rf"(?:{KOREAN_MARKER.pattern})\s*$", chunk) if side == 0
                 else re.match(rf"\s*(?:{KOREAN_MARKER.pattern})", chunk))
            if m:
                base = registrant.start - len(chunk) if side == 0 else registrant.end
                marker = m.group().strip()
                start = base + m.start() + m.group().index(marker)
                return Located(marker, start, start + len(marker), lang="ko")
        return None
    span = legal_form_at_end(name) or _cjk_legal_form(name)
    if span is None:
        return None
    start, end = span
    if text[registrant.start : registrant.end] == name:
        return Located(name[start:end], registrant.start + start, registrant.start + end)
    return Located(name[start:end])  # a name wrapped over lines: no single span


# the legal form opening or closing a Japanese or Chinese company's name
_CJK_LEGAL_FORM = re.compile(r"^(?:株式会社|（株）)|(?:股份有限公司|有限公司|株式会社|（株）)$")


def _cjk_legal_form(name: str) -> tuple[int, int] | None:
    """'株式会社' of '株式会社ミドリ精機' or 'サクラ電装株式会社', '股份有限公司' of '寶光電子股份有限公司'."""
    m = _CJK_LEGAL_FORM.search(name)
    return m.span() if m and len(name) > m.end() - m.start() else None


def registrant_name(document: SourceDocument, header: FilingHeader | None,
                    family: DocumentFamily | None = None) -> Located | None:
    """The registrant, from the best evidence of the module docstring; None when none is sure."""
    found = _registrant_name(document, header, family)
    return _without_former_name(found) if found is not None else None


def _without_former_name(name: Located) -> Located:
    """The name without a note of the company's former name after it.

    >>> _without_former_name(Located("(주)가람전자 (구.(주)한빛테크)", 10, 31)).value
    '(주)가람전자'
    >>> _without_former_name(Located("Hanbit Electronics Co., Ltd. (formerly Hanbit Tech Co., Ltd.)")).value
    'Hanbit Electronics Co., Ltd.'
    >>> _without_former_name(Located("가람전자(주) (구미공장)")).value  # a place, not a former name
    '가람전자(주) (구미공장)'
    """
    value = name.value
    if not isinstance(value, str):
        return name
    note = former_name_start(value)
    current = value[:note].rstrip() if note is not None else ""
    if not current:
        return name
    # the span shrinks by what was cut off its end (a name squashed from wrapped lines keeps it)
    end = max(name.start, name.end - (len(value) - len(current))) if name.end > name.start else name.end
    return Located(current, name.start, end, name.lang)


def _registrant_name(document: SourceDocument, header: FilingHeader | None,
                     family: DocumentFamily | None) -> Located | None:
    text = document.text
    cover = from_cover_caption(text) or from_cover_layout(text)
    defined = from_definition(text)
    if cover is not None:
        if defined is not None and _comparable(str(defined.value)) == _comparable(str(cover.value)):
            return defined
        return _mixed_case_spelling(text, cover)
    # each source is read only when those before it found nothing
    found = (defined or from_disclosure_line(text) or from_release_subject(text) or from_korean_subject(text)
             or from_heading(text))
    if found is not None:
        return found
    if family in (DocumentFamily.JOINT_FILING_AGREEMENT, DocumentFamily.SCHEDULE_13):
        return None  # filed by the reporting persons: the header's company is the subject company
    if header and header.company_name:
        return Located(header.company_name)
    letterhead = from_letterhead(text)
    if letterhead is None or not has_legal_form(str(letterhead.value)):
        # a name known only by being printed twice (a table's column heading may be, one a
        # column) yields to the name the header labels as the company's own ('上場会社名 X株式会社')
        letterhead = labelled_registrant(text) or letterhead
    return letterhead or from_cjk_letterhead(text) or subject_registrant(text) or results_subject(text)

