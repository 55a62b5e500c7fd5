"""Entity names compared the way a reader compares them, not character by character.

Signature pages re-type the names of the preamble: upper case, a period for a comma, a comma
dropped before ``L.P.``, ``Limited`` for ``Ltd.``. Two spellings match when their *name keys*
are equal: case folded, punctuation dropped, legal-form words reduced to one canonical token
sequence (``data/beneficial_ownership_phrases.tsv``, kind ``legal_form``).

>>> name_key("KVF NT. Ltd.") == name_key("KVF NT, Ltd.")
True
>>> name_key("SEA BRIDGE FUND V L.P.") == name_key("Sea Bridge Fund V, L.P.")
True
>>> name_key("Sea Bridge Fund V, L.P.") == name_key("Sea Bridge Fund VI, L.P.")
False
>>> name_key("Daehan Steel Co., Ltd.") == name_key("DAEHAN STEEL COMPANY LIMITED")
True
>>> match_name("SEA BRIDGE FUND V L.P.", ["Sea Bridge Fund VI, L.P.", "Sea Bridge Fund V, L.P."])
1
>>> match_name("Jade Harbor Asia, L.P.", ["Jade Harbor Asia, Ltd."]) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache

from converter.parse.match_starts import word_offsets
from converter.resources import data_rows

PHRASES_FILE = "beneficial_ownership_phrases.tsv"


@cache
def phrases(kind: str) -> tuple[tuple[str, str], ...]:
    """``(phrase, canonical)`` rows of one kind of the vocabulary, longest phrase first."""
    rows: list[tuple[str, str]] = []
    for cells in data_rows(PHRASES_FILE):
        if cells[0] == kind:
            rows.append((cells[1], cells[2] if len(cells) > 2 else ""))
    return tuple(sorted(rows, key=lambda row: len(row[0]), reverse=True))


@cache
def phrase_pattern(kind: str) -> str:
    """A regex alternation of one kind's phrases (spaces match any white space)."""
    parts = [r"\s+".join(re.escape(w) for w in p.split()) for p, _ in phrases(kind)]
    return "(?:" + "|".join(parts) + ")"


def canonical(kind: str, text: str) -> str | None:
    """The canonical form of ``text`` if it is one of ``kind``'s phrases.

    >>> canonical("capacity", "attorney-in-fact")
    'Attorney-In-Fact'
    """
    return _canonical_forms(kind).get(" ".join(text.split()).casefold())


@cache
def _canonical_forms(kind: str) -> dict[str, str]:
    """Normalised phrase -> canonical value; the longest phrase's value wins, as in ``phrases``."""
    forms: dict[str, str] = {}
    for phrase, value in phrases(kind):
        forms.setdefault(" ".join(phrase.split()).casefold(), value)
    return forms


# a word of a name, an apostrophe inside allowed
_NAME_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
# 'co-' glued to the word after it (case-folded text): a prefix, not the legal form 'Co.'
_CO_PREFIX = re.compile(r"\bco-(?=[^\W\d_])")


def _tokens(text: str) -> list[str]:
    """Case-folded words with punctuation dropped: periods join (``L.P.`` -> ``lp``), other
    marks separate; a shortened word of a firm's name is the word (``Mgmt.`` -> ``management``).

    >>> _tokens("Apex Int'l Asset Mgmt. L.P.")
    ['apex', 'international', 'asset', 'management', 'lp']

    The prefix ``co-`` is part of its word, no company's legal form (``Co-Chief Executive
    Officer``, ``Co-Investment Fund``):

    >>> _tokens("Vice Chairman and Co-Chief"), _tokens("Hanbit Co., Ltd.")
    (['vice', 'chairman', 'and', 'cochief'], ['hanbit', 'co', 'ltd'])
    """
    text = text.casefold().replace("&", " and ").replace(".", "").replace("\u2019", "'")
    text = _CO_PREFIX.sub("co", text)
    words = _abbreviations()
    return [words.get(w, w) for w in _NAME_WORD.findall(text)]


@cache
def _abbreviations() -> dict[str, str]:
    return {p.casefold().replace(".", ""): c for p, c in phrases("abbreviation")}


@cache
def _legal_forms() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    forms = {(tuple(_tokens(p)), tuple(c.split())) for p, c in phrases("legal_form")}
    return tuple(sorted(forms, key=lambda f: len(f[0]), reverse=True))


@cache
def _legal_forms_by_first_word() -> dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]:
    """``_legal_forms`` grouped by their first token (longest first within a group), so a word
    is compared only with the forms that can start at it."""
    groups: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for form, canon in _legal_forms():
        if form:
            groups.setdefault(form[0], []).append((form, canon))
    return {first: tuple(forms) for first, forms in groups.items()}


@lru_cache(maxsize=4096)  # the same party names are keyed again and again within a filing
def _key_tokens(name: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    """Tokens with legal forms made canonical, and which of them are legal-form tokens."""
    words = _tokens(name)
    if words and words[0] == "the":
        words = words[1:]
    out: list[str] = []
    is_form: list[bool] = []
    by_first = _legal_forms_by_first_word()
    i = 0
    while i < len(words):
        for form, canon in by_first.get(words[i], ()):
            if tuple(words[i : i + len(form)]) == form:
                out.extend(canon)
                is_form.extend([True] * len(canon))
                i += len(form)
                break
        else:
            out.append(words[i])
            is_form.append(False)
            i += 1
    return tuple(out), tuple(is_form)


@lru_cache(maxsize=8192)  # each candidate is keyed again for every name matched against it (pure)
def name_key(name: str) -> str:
    """The comparison key of a name (see the module doc). A legal form written before the
    name, as Korean names write it (``주식회사 한빛``), counts as written after it.

    >>> name_key("주식회사 한빛") == name_key("한빛(주)") == name_key("(주)한빛")
    True
    """
    tokens, is_form = _key_tokens(name)
    lead = 0
    while lead < len(tokens) and is_form[lead]:
        lead += 1
    return " ".join(tokens[lead:] + tokens[:lead])


def loose_key(name: str) -> str:
    """The name key without ``and``: a firm's name whose ``&`` one copy prints as a comma or
    drops (``Alder, Birch & Cedar Group, Inc.`` / ``ALDER, BIRCH, CEDAR GROUP, INC.``).

    >>> loose_key("Alder, Birch & Cedar Group, Inc.") == loose_key("ALDER, BIRCH, CEDAR GROUP, INC.")
    True
    """
    return " ".join(t for t in name_key(name).split() if t != "and")


def has_legal_form(name: str) -> bool:
    """Whether ``name`` holds a legal-form word (``Inc.``, ``L.P.``, ``주식회사`` ...)."""
    return any(_key_tokens(name)[1])


def ends_with_legal_form(name: str) -> bool:
    """Whether ``name`` ends with its legal form (``Apex Partners, L.P.``): a complete name.

    >>> ends_with_legal_form("Apex Partners, L.P."), ends_with_legal_form("Apex Capital")
    (True, False)
    """
    is_form = _key_tokens(name)[1]
    return bool(is_form) and is_form[-1]


def core_key(name: str) -> str:
    """The name key without its legal-form words (``Apex Partners, L.P.`` -> ``apex partners``)."""
    tokens, is_form = _key_tokens(name)
    return " ".join(t for t, form in zip(tokens, is_form) if not form)


# a name's appositive: ', a series of ...', ', individually', ', in his capacity as ...' (compiled at import)
_APPOSITIVE = re.compile(r",\s+(?:(?:a|an|as)\s+[a-z]|individually\b|in\s+(?:his|her)\s)")


def match_name(name: str, candidates: Sequence[str]) -> int | None:
    """Index of the candidate ``name`` spells, else None.

    Equal name keys match; failing that, equal keys but for an ``and`` (``&``) when exactly
    one candidate has it; failing that, equal core keys match when exactly one candidate has
    it (a page that drops ``Ltd.`` still finds its party, but ``X, L.P.`` never takes ``X, Ltd.``
    when both could be meant - then the legal forms differ and both keys are kept apart).
    A name followed by an appositive (``X, a series of Y``) is matched by its head first.
    """
    appositive = _APPOSITIVE.search(name)
    if appositive:  # "Apex Asia Portfolio, a series of Apex Trust" is "Apex Asia Portfolio"
        found = match_name(name[: appositive.start()], candidates)
        if found is not None:
            return found
    key = name_key(name)
    if not key:
        return None
    for i, candidate in enumerate(candidates):
        if name_key(candidate) == key:
            return i
    loose = loose_key(name)
    hits = [i for i, c in enumerate(candidates) if loose_key(c) == loose]
    if len(hits) == 1:
        return hits[0]  # its '&' printed as a comma, or dropped
    tokens, is_form = _key_tokens(name)
    if any(is_form):
        return None  # the page states a legal form that no candidate has
    core = core_key(name)
    hits = [i for i, c in enumerate(candidates) if core and core_key(c) == core]
    return hits[0] if len(hits) == 1 else None


def misspelt_match(name: str, candidates: Sequence[str]) -> int | None:
    """Index of the one candidate ``name`` spells but for a slip in one long word (a letter
    dropped, added, changed or two swapped: ``LANTERN RIDGE CAPTIAL L.P.`` for ``Lantern Ridge
    Capital L.P.``), else None. Words of four letters or fewer, numbers and numerals must be
    equal (``Fund II`` is never ``Fund III``), and so must the rest of the name.

    >>> misspelt_match("LANTERN RIDGE CAPTIAL L.P.", ["Lantern Ridge Capital L.P.", "Mina Park"])
    0
    >>> misspelt_match("Apex Fund III, L.P.", ["Apex Fund II, L.P."]) is None
    True
    """
    words = name_key(name).split()
    hits = [i for i, c in enumerate(candidates) if _one_slip_apart(words, name_key(c).split())]
    return hits[0] if len(hits) == 1 else None


def _one_slip_apart(a: list[str], b: list[str]) -> bool:
    if len(a) != len(b):
        return False
    pairs = [(x, y) for x, y in zip(a, b) if x != y]
    if len(pairs) != 1:
        return False
    x, y = pairs[0]
    return min(len(x), len(y)) >= 5 and x.isalpha() and y.isalpha() and _one_edit(x, y)


def _one_edit(x: str, y: str) -> bool:
    """Whether ``x`` becomes ``y`` by one letter dropped, added or changed, or two neighbours swapped."""
    if len(x) > len(y):
        x, y = y, x
    if len(y) - len(x) > 1:
        return False
    start = next((n for n, (p, q) in enumerate(zip(x, y)) if p != q), len(x))
    if len(x) < len(y):
        return x[start:] == y[start + 1 :]
    return x[start + 1 :] == y[start + 1 :] or (x[start + 2 :] == y[start + 2 :] and x[start : start + 2] == y[start : start + 2][::-1])


@lru_cache(maxsize=256)
def spelling_pattern(words: tuple[str, ...], separator: str, lead: str = "", tail: str = "") -> re.Pattern[str]:
    """``words`` in any case, each pair joined by ``separator``: a name as printed in capitals
    or mixed case. Only the words are case-insensitive: a separator class under IGNORECASE is
    case-folded over all of Unicode, which made this pattern cost half a millisecond to compile
    for every document.

    >>> spelling_pattern(("ACME", "CO"), r"[^A-Za-z0-9]+").search("by Acme Co., Ltd.").group(0)
    'Acme Co'
    """
    return re.compile(lead + separator.join(f"(?i:{re.escape(w)})" for w in words) + tail)


_ASCII_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_ASCII_WORD = _ASCII_ALNUM | {"_"}  # what ``\b`` counts as a word character in an ASCII text


def ascii_spellings(text: str, folded: str, words: tuple[str, ...], most: int | None, *, lead: bool = False,
                    start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """The spans of ``spelling_pattern(words, sep, r"\\b" if lead else "").finditer(text, start,
    end)``, sep ``[^A-Za-z0-9]{1,most}`` (``+`` when ``most`` is None), for an ASCII ``text``
    (``folded`` is ``text.lower()``) and ASCII letters and digits in ``words``, without compiling
    a pattern for each name (90 µs each, paid for every new registrant). In ASCII the match at a
    place is decided without backtracking: a word is its letters in any case; the separator is
    the run of other characters after it, which must be 1 to ``most`` long, since a word opens
    with a letter or a digit (``tests/test_registrant_spellings.py`` compares the two).

    >>> list(ascii_spellings("by Acme Co., Ltd. and ACME--CO", "by acme co., ltd. and acme--co", ("ACME", "CO"), 1))
    [(3, 10)]
    """
    end = len(text) if end is None else min(end, len(text))
    keys = [word.lower() for word in words]
    reached = start
    for at in word_offsets(folded, keys[0], start, end):
        if at >= reached:
            stop = _spelled_at(text, folded, keys, at, end, most, lead)
            if stop is not None:
                yield at, stop
                reached = stop  # finditer goes on after the match


def _spelled_at(text: str, folded: str, keys: list[str], at: int, end: int, most: int | None,
                lead: bool) -> int | None:
    """Where the spelling of ``keys`` that starts at ``at`` ends, else None."""
    if lead and at > 0 and text[at - 1] in _ASCII_WORD:
        return None  # no word boundary before the first word
    pos = at + len(keys[0])
    for key in keys[1:]:
        run, limit = pos, end if most is None else min(end, pos + most)
        while run < limit and folded[run] not in _ASCII_ALNUM:
            run += 1
        if run == pos or not folded.startswith(key, run, end):
            return None
        pos = run + len(key)
    return pos
