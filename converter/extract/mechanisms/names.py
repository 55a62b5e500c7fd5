"""Company and person names as documents print them: where a name begins and ends in running
text, whether a string is a name at all, Korean legal-form markers, officers' titles.

A company's name is a run of capitalised words that may hold ``&``, a parenthesised place
(``(Hong Kong)``), ``of`` after a word such as *Bank* (``Industrial Bank of Korea``) and ends in
its legal form (``Co., Ltd.``, ``Inc.``, ``N.V.``), where a comma may stand only before the
legal form (``Daehan Telecom, Inc.``). Vocabulary: ``data/name_words.tsv``; legal forms:
``name_match`` (``data/beneficial_ownership_phrases.tsv``).

>>> text = 'Act of Korea, Daehan Telecom, Inc. (the "Company") is'
>>> start, end = name_ending_at(text, text.index(" (the"))
>>> text[start:end]
'Daehan Telecom, Inc.'
>>> text = "SEOUL -- Hanbit Marine Co., Ltd. (KRX: 012345), a shipping line, today announced"
>>> start, end = name_starting_at(text, text.index("Hanbit"))
>>> text[start:end]
'Hanbit Marine Co., Ltd.'
>>> without_korean_marker("(주)한빛정밀"), without_korean_marker("대한해운 주식회사")
('한빛정밀', '대한해운')
>>> is_company_name("Commission file number: 000-50476"), is_company_name("Not applicable")
(False, False)
>>> person_name("Mr. Jae Won Park"), person_name("Kim, Sung-Ho"), person_name("김철수")
('Jae Won Park', 'Kim, Sung-Ho', '김철수')
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from converter.extract.anchors import Located
from converter.extract.mechanisms.checkbox import mark_patterns
from converter.extract.mechanisms.lines import squash
from converter.extract.mechanisms.name_match import has_legal_form, phrases
from converter.resources import data_rows

MAX_NAME_WORDS = 10
KOREAN_MARKER = re.compile(r"㈜|㈱|\(\s*주\s*\)|（\s*주\s*）|\(\s*株\s*\)|주식회사")
# a word of a name: capitalised or a figure with letters ("3M"), maybe in parentheses
_NAME_TOKEN = re.compile(r"[(\[]?(?:[A-Z0-9][\w&.'’/-]*|[가-힣][가-힣\w&.-]*)[)\]]?")
_TOKEN = re.compile(r"\S+")
_PARAGRAPH = re.compile(r"\n[ \t|]*\n")
_STOPS = re.compile(r"[:;|]|--|[\u2013\u2014]|https?:|@|\s{3,}|\t")

# (compiled at import: an inline pattern is compiled again once ``re``'s cache of 512 overflows)
_FIRST_WORD = re.compile(r"(\S+)\s+")
_PLACE_IN_PARENTHESES = re.compile(r"\(((?:[A-Z][\w.'-]*\s?){1,3})\)\s+(\S+)")  # '(Hong Kong) Limited'
_NUMBERED = re.compile(r"\d{3,}|\d[-/]\d")  # a file number, a date: no name
_KOREAN_PERSON = re.compile(r"[가-힣]{2,4}")
# a note of the former name at the end of a name: Korean forms print "(구.(주)X)", "(구 X)",
# "(舊 X)"; English ones "(formerly X)", "(f/k/a X)"
_FORMER_NAME = re.compile(
    r"""[ \t]*[(（][ \t]*                                # the note's parenthesis
    (?:(?:구|舊|旧)[ \t]*[.．:：][ \t]*|(?:구|舊|旧)[ \t]+  # 구. / 구: / 구 (a space: not 구미...)
      |formerly[ \t]+(?:known[ \t]+as[ \t]+)?|f/k/a[ \t]+) # formerly (known as) / f/k/a
    [^()（）\n]*(?:[(（][^()（）\n]*[)）][^()（）\n]*)*        # the old name, with its own (주) maybe
    [)）][ \t]*$""", re.VERBOSE | re.IGNORECASE)

@cache
def words(kind: str) -> frozenset[str]:
    """The phrases of one kind of ``data/name_words.tsv``, case-folded."""
    return frozenset(phrase.casefold() for k, phrase in data_rows("name_words.tsv") if k == kind)


def title_alternation(*kinds: str, latin_only: bool = False) -> str:
    """Regex source for any phrase of ``kinds`` of ``data/name_words.tsv`` (the longest first,
    its words apart by any white space); ``latin_only``: the ones written in ASCII. Titles of one
    length (which never match the same text) come in alphabetical order, not the set's, which
    string hashing varies from process to process: so the pattern is spelled alike in every
    process, and ``converter.parse.gate_table`` knows it."""
    titles = sorted(set().union(*(words(kind) for kind in kinds)), key=lambda title: (-len(title), title))
    return "|".join(r"\s+".join(re.escape(w) for w in t.split()) for t in titles if t.isascii() or not latin_only)


@cache
def officer_title_pattern() -> re.Pattern[str]:
    """Any officer's title of ``data/name_words.tsv``, the longest at a position first."""
    return re.compile(r"(?i:(?<![\w])(?:" + title_alternation("officer") + r")(?![\w]))")


def without_korean_marker(name: str) -> str | None:
    """A Korean company's name without its legal-form marker (``(주)``, ``㈜``, ``주식회사``),
    or None when ``name`` bears none."""
    if not KOREAN_MARKER.search(name):
        return None
    core = KOREAN_MARKER.sub(" ", name).strip()
    return " ".join(core.split()) or None


@cache
def _trailing_form() -> re.Pattern[str]:
    """A legal form ending a name: 'Co., Ltd.', 'Inc.', 'Limited', 'N.V.'."""
    forms = sorted({p for p, _ in phrases("legal_form") if p.isascii()}, key=lambda title: (-len(title), title))
    alternatives = "|".join(r"\s*".join(re.escape(w) for w in f.split()) for f in forms)
    return re.compile(rf"(?<![\w.])(?:{alternatives})\.?$", re.IGNORECASE)


def legal_form_at_end(name: str) -> tuple[int, int] | None:
    """Where the legal form that ends ``name`` stands in it.

    >>> name = "Hanbit Marine Co., Ltd."
    >>> start, end = legal_form_at_end(name)
    >>> name[start:end]
    'Co., Ltd.'
    """
    m = _trailing_form().search(name)
    return (m.start(), m.end()) if m and m.start() > 0 else None


def legal_form_alone(text: str) -> bool:
    """Whether ``text`` is a legal form and nothing else: no name.

    >>> legal_form_alone("Co., Ltd."), legal_form_alone(" Limited "), legal_form_alone("Hanbit Marine Co., Ltd.")
    (True, True, False)
    """
    # (a match from the text's start: tried there alone, not at each of its characters)
    return _trailing_form().match(text.strip()) is not None


def _is_form(token: str) -> bool:
    return has_legal_form(token.strip("(),"))


def _is_word(token: str) -> bool:
    return bool(_NAME_TOKEN.fullmatch(token)) and any(c.isalpha() for c in token) and not token.endswith("-")


def _of_allowed(left: str) -> bool:
    return left.strip("(),").casefold() in words("name_of")


def name_ending_at(text: str, end: int, floor: int = 0) -> tuple[int, int] | None:
    """The company name that ends at ``end`` (trailing spaces allowed), walking back over its
    words; None when the word before ``end`` cannot end a name."""
    while end > floor and text[end - 1].isspace():
        end -= 1
    window = max(floor, end - 240)
    paragraph = list(_PARAGRAPH.finditer(text, window, end))
    if paragraph:
        window = paragraph[-1].end()
    tokens = list(_TOKEN.finditer(text, window, end))
    start = None
    count = 0
    right = ""
    for i in range(len(tokens) - 1, -1, -1):
        token = tokens[i].group()
        if token.endswith(",") and not (right and _is_form(right)):
            break
        bare = token.rstrip(",")
        if bare in ("&", "and") or (bare == "of" and i > 0 and _of_allowed(tokens[i - 1].group())):
            pass  # a joint inside the name: never its first word
        elif _is_word(bare) or _is_form(bare):
            start = tokens[i].start()
        else:
            break
        count += 1
        right = token
        gap_end = tokens[i + 1].start() if i + 1 < len(tokens) else end
        if count > MAX_NAME_WORDS + 2 or _STOPS.search(text, tokens[i].end(), gap_end):
            break
    if start is None:
        return None
    return _without_opener(text, start, end)


def _without_opener(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop sentence openers ('The', 'Today', 'Smaller rival') from the front of a name."""
    while True:
        m = _FIRST_WORD.match(text[start:end])
        if not m or m.group(1).strip("(),").casefold() not in words("opener"):
            break
        start += m.end()
    return (start, end) if start < end else None


def name_starting_at(text: str, start: int, limit: int | None = None) -> tuple[int, int] | None:
    """The company name that begins at ``start``, walking forward over its words: it ends after
    its legal form, before a parenthesis, an appositive comma or a lower-case word."""
    limit = min(len(text), limit if limit is not None else start + 240)
    tokens = list(_TOKEN.finditer(text, start, limit))
    end = None
    for i, m in enumerate(tokens):
        token = m.group()
        gap_start = tokens[i - 1].end() if i else start
        if i and _STOPS.search(text, gap_start, m.start()) or _PARAGRAPH.search(text, gap_start, m.start()):
            break
        following = tokens[i + 1].group() if i + 1 < len(tokens) else ""
        bare = token.rstrip(",")
        if token.startswith("(") and i and not _place_in_name(text, m.start()):
            break
        if bare in ("&",) or (bare == "of" and i and _of_allowed(tokens[i - 1].group())):
            if token.endswith(","):
                break
            continue
        if not (_is_word(bare) or _is_form(bare)) or i >= MAX_NAME_WORDS + 2:
            break
        end = m.start() + len(bare)
        if token.endswith(","):
            if not _is_form(following):
                break
        elif _is_form(bare) and following and not _is_form(following):
            break
    return (start, end) if end else None


def _place_in_name(text: str, opening: int) -> bool:
    """'(Hong Kong)' inside 'Asia Cellular (Hong Kong) Limited': capitalised words in parentheses
    followed by the legal form."""
    m = _PLACE_IN_PARENTHESES.match(text, opening)
    return bool(m) and _is_form(m.group(2).rstrip(","))


def _starts_like_a_name(name: str) -> bool:
    first = name[0]
    return first.isupper() or first.isdigit() or first in "(㈜" or "가" <= first <= "힣"


def _marker_apart(name: str) -> str:
    """A Korean name glued to the marker that opens or ends it, the marker set apart as its own
    word ('(주)가람전자', '가람전자(주)' -> '가람전자 (주)'); a marker inside ('가람(주)는') is no
    name's edge and stays."""
    opening = KOREAN_MARKER.match(name)
    if opening and opening.end() < len(name) and not name[opening.end()].isspace():
        name = f"{name[:opening.end()]} {name[opening.end():]}"
    ending = next((m for m in KOREAN_MARKER.finditer(name) if m.end() == len(name)), None)
    if ending and ending.start() > 0 and not name[ending.start() - 1].isspace():
        name = f"{name[:ending.start()]} {name[ending.start():]}"
    return name


@lru_cache(maxsize=4096)  # a letterhead's lines are asked again by each reader of the head (pure)
def is_company_name(name: str) -> bool:
    """Whether ``name`` can be a company's name as printed: not a caption's label, a file
    number, a placeholder ('Not applicable'), a sentence or a bare legal form."""
    name = " ".join(name.split())
    if not 2 <= len(name) <= 90 or name.casefold().strip(".") in words("not_name"):
        return False
    if _STOPS.search(name) or _NUMBERED.search(name) or not _starts_like_a_name(name):
        return False
    if _box_answer(name):
        return False  # '|Yes' / '|No X': a check box's answer cell, printed under every question
    if section_heading(name):
        return False  # 'Financial Highlights', 'Key Figures': a page's section, printed over its table
    tokens = _marker_apart(name).split()  # a Korean name glued to its marker is a word and its form
    if len(tokens) > MAX_NAME_WORDS:
        return False
    if all(_is_form(t) for t in tokens) or any(t.casefold() in words("not_in_name") for t in tokens):
        return False
    return all(_is_word(t.rstrip(",")) or _is_form(t) or t.rstrip(",") in ("&", "of", "and") for t in tokens)


# where a heading's words part: spaces, and the hyphen, slash and ampersand of 'Five-year',
# 'Results / Highlights', 'Highlights & Figures'
_HEADING_PARTS = re.compile(r"[\s/&-]+")


def section_heading(text: str) -> bool:
    """Whether ``text`` is a section heading of a company's page or report ('Financial
    Highlights', 'Key figures', 'Five-year Summary', 'Results'): words of ``heading_noun`` and
    ``heading_word`` of ``data/name_words.tsv`` only, one a noun, no figure. It heads a table or
    a part of the page; it names neither the company nor the document.

    >>> section_heading("Financial Position"), section_heading("FIVE-YEAR SUMMARY"), section_heading("Key figures")
    (True, True, True)
    >>> section_heading("2031 Interim Results"), section_heading("Hanbit Results Ltd"), section_heading("Key Partners")
    (False, False, False)
    """
    if len(text) > 60 or any(c.isdigit() for c in text):
        return False
    parts = [p for p in _HEADING_PARTS.split(text.strip(" |:").casefold()) if p]
    if not parts or len(parts) > 6:
        return False
    nouns = words("heading_noun")
    return all(p in nouns or p in words("heading_word") for p in parts) and any(p in nouns for p in parts)


def _box_answer(name: str) -> bool:
    """Whether ``name`` is a cover's check-box answer: 'Yes' or 'No' with or without its box's
    mark ('No X', '[X] Yes', 'No ☒'; marks of ``data/check_marks.tsv``)."""
    bare = name
    for kind in ("checked", "unchecked"):
        bare = mark_patterns()[kind].sub(" ", bare)
    return bare.strip(" _.:").casefold() in ("yes", "no")


# -- people -----------------------------------------------------------------------------------

_HONORIFIC = r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?"
_GIVEN = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?"
_LATIN_PERSON = re.compile(
    rf"""{_HONORIFIC}
    (?P<name>
        [A-Z][a-z]+,\s+{_GIVEN}                           # Korean style: Kim, Jung-Tae
      | (?:{_GIVEN}|[A-Z]\.)(?:\s+(?:{_GIVEN}|[A-Z]\.)){{1,3}}   # Jae Won Park, John B. Doe
      | [A-Z]{{2,}}(?:-[A-Z]{{2,}})?(?:\s+[A-Z]{{2,}}(?:-[A-Z]{{2,}})?){{1,3}}  # YOSHINORI ISHII
    )""",
    re.VERBOSE,
)


@cache
def _korean_surnames() -> frozenset[str]:
    return frozenset(row[0] for row in data_rows("korean_surnames.tsv"))


def person_name(text: str) -> str | None:
    """The person's name ``text`` consists of (an honorific dropped), else None."""
    text = " ".join(text.split()).strip(" ,")
    if _KOREAN_PERSON.fullmatch(text):
        surnames = _korean_surnames()
        return text if text[0] in surnames or text[:2] in surnames else None
    m = _LATIN_PERSON.fullmatch(text)
    if not m or has_legal_form(m["name"]) or officer_title_pattern().search(m["name"]):
        return None
    if any(w.casefold() in words("opener") | words("not_name") | words("not_in_person")
           for w in m["name"].replace(",", " ").split()):
        return None
    return m["name"]


def former_name_start(name: str) -> int | None:
    """Where a note of the company's former name closing ``name`` begins ("(주)가람전자
    (구.(주)한빛테크)", "Hanbit Co., Ltd. (formerly Hanbit Tech Co., Ltd.)"); None without one.

    >>> former_name_start("(주)가람전자 (구.(주)한빛테크)")
    7
    >>> former_name_start("가람전자(주) (구미공장)") is None  # a place: 구 with no stop or space after it
    True
    """
    if not name.rstrip().endswith((")", "）")):
        return None  # (the note closes the name: no parenthesis at its end, no note)
    m = _FORMER_NAME.search(name)
    return m.start() if m else None


def company_at(text: str, span: tuple[int, int] | None) -> Located | None:
    """The company's name ``text`` prints at ``span`` (white space squashed), when it is one."""
    if span is None:
        return None
    start, end = span
    name = squash(text[start:end])
    return Located(name, start, end) if is_company_name(name) else None
