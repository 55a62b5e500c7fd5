"""The reporting persons an agreement or schedule names, in the order it names them.

Agreements use three layouts: a preamble sentence (``... among Cobalt Two, Ltd. ("Cobalt
Two"), Jane Roe and Apex Partners, L.P. ("Apex").``), a lead-in ending in a colon followed by
one name per line, and a fixed-width table with a name column (and perhaps short-name and place
columns). Schedules name one person per cover page (``NAME OF REPORTING PERSON``).

Names hold commas, periods and parentheses, so a list is cut only at a quoted short-name
parenthesis, or at a comma that is not followed by a legal-form word (``Apex, L.P.`` stays whole);
an appositive (``, a Delaware limited partnership``) is skipped; the list ends where a clause
or the recitals begin (``WHEREAS``, ``NOW, THEREFORE``). Pieces that a signature page shows to be
one name are joined (``rejoin_split_names``, its ``&`` perhaps printed as a comma), and so are lone
surname-like words before a piece that ends in its legal form (``Alder, Birch & Cedar Group, Inc.``).

>>> text = 'JOINT FILING AGREEMENT, dated as of May 2, 2005, among Alpha Fund, L.P. ("Alpha"), Jane Roe and Beta (Asia) Ltd. ("Beta").'
>>> [(p.name, p.short_name, p.kind) for p in find_reporting_persons(text)]
[('Alpha Fund, L.P.', 'Alpha', 'entity'), ('Jane Roe', None, 'natural person'), ('Beta (Asia) Ltd.', 'Beta', 'entity')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from converter.extract.mechanisms.name_match import (
    canonical,
    ends_with_legal_form,
    has_legal_form,
    loose_key,
    match_name,
    phrase_pattern,
    phrases,
)
from converter.parse.gates import Gated, folded_text

ENTITY = "entity"
NATURAL_PERSON = "natural person"


@dataclass(frozen=True)
class ReportingPerson:
    name: str  # white space collapsed, otherwise as printed
    start: int  # offsets of the name in the text searched
    end: int
    short_name: str | None = None
    short_start: int = 0
    short_end: int = 0
    kind: str = ENTITY  # ENTITY or NATURAL_PERSON
    place: str | None = None  # place of organization / citizenship where a table gives it


# ------------------------------------------------------------------------------------------
# Entity or natural person
# ------------------------------------------------------------------------------------------


@cache
def _word_set(kind: str) -> frozenset[str]:
    return frozenset(p.casefold() for p, _ in phrases(kind))


_INITIAL = re.compile(r"^[A-Z]\.$")
_WORD = re.compile(r"^[A-Z][a-zA-Z'\-]*\.?$|^[A-Z][A-Z'\-]+$")
_HANGUL_NAME = re.compile(r"^[\uac00-\ud7a3]{2,4}$")
# a foreign person's name written in Chinese characters: given and family names transliterated,
# parted by an interpunct (middle dot U+00B7, U+2027, U+30FB or U+2022), as Chinese writes them
_TRANSLITERATED_NAME = re.compile(
    r"^[\u4e00-\u9fff]{1,8}(?:[\u00b7\u2027\u30fb\u2022][\u4e00-\u9fff]{1,8}){1,3}$")


def person_kind(name: str, type_code: str | None = None) -> str:
    """``entity`` or ``natural person``.

    A cover page's type code decides (``IN`` is an individual); otherwise a legal-form word, an
    organization word (``Fund``, ``Partners``...) or a digit makes an entity, and a name of 2-5
    capitalized words or initials (Hangul: 2-4 syllables; a foreign name in Chinese characters:
    its parts joined by an interpunct) is a natural person.

    >>> person_kind("Richard Roe"), person_kind("J. K. SMITH, JR."), person_kind("김철수")
    ('natural person', 'natural person', 'natural person')
    >>> person_kind("彼得·羅伊")  # 'Peter Roe' transliterated
    'natural person'
    >>> person_kind("Apex Partners"), person_kind("Apex Two L.P."), person_kind("Kim Lee", "CO")
    ('entity', 'entity', 'entity')
    """
    if type_code:
        decided = canonical("person_type_code", type_code.strip())
        if decided:
            return decided
    if has_legal_form(name) or re.search(r"\d", name):
        return ENTITY
    words = name.replace(",", " ").split()
    if any(w.strip(".").casefold() in _word_set("entity_word") for w in words):
        return ENTITY
    if len(words) == 1 and (_HANGUL_NAME.match(words[0]) or _TRANSLITERATED_NAME.match(words[0])):
        return NATURAL_PERSON
    suffixes = _word_set("person_suffix")
    core = [w for w in words if w.casefold() not in suffixes]
    if 2 <= len(core) <= 5 and all(_INITIAL.match(w) or _WORD.match(w) for w in core):
        return NATURAL_PERSON
    return ENTITY


# ------------------------------------------------------------------------------------------
# Names in running text
# ------------------------------------------------------------------------------------------

_SHORT_GROUP = re.compile(r"\(\s*(?P<lead>[^()\"“”]*)[\"“](?P<short>[^\"“”]+)[\"”][^()]*\)")


@cache
def _name_comma() -> re.Pattern[str]:
    """A comma that separates two names (not one before ``L.P.``, ``Inc.``, ``Jr.``)."""
    glue = phrase_pattern("legal_form") + "|" + phrase_pattern("person_suffix")
    return re.compile(rf",(?!\s*(?:{glue})(?!\w))\s*", re.IGNORECASE)


_ENUMERATOR = re.compile(r"\(\s*(?:\d{1,2}|[a-z]|[ivx]{1,5})\s*\)\s+")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of ``text[start:end]`` without white space, list words and a final period."""
    while start < end and (text[start].isspace() or text[start] in ",;"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    lead = re.match(r"(?:and|&)\s+", text[start:end], re.IGNORECASE)
    if lead:
        start += lead.end()
    number = _ENUMERATOR.match(text[start:end])  # "among (1) Apex Fund, L.P., (2) ..."
    if number:
        start += number.end()
    described = _DESCRIPTION.search(text, start, end)  # "Apex Limited (A Subsidiary of Beta)"
    if described and described.start() > start:
        end = described.start()
    if end > start and text[end - 1] == "." and not _keeps_period(text[start:end]):
        end -= 1
    return start, end


# a description in parentheses after a name, opening with an article: "(The Parent Company)",
# "(A Controlled Undertaking of The Parent Company)" - no words of the name ("Beta (Asia) Ltd.")
_DESCRIPTION = re.compile(r"\s*\((?-i:The|An?)\s[^()\"“”]*\)\s*$")


def _keeps_period(name: str) -> bool:
    """``Inc.``, ``L.P.``, ``Jr.`` and initials own their final period; a sentence's does not."""
    last = name.split()[-1] if name.split() else ""
    if _INITIAL.match(last) or re.fullmatch(r"(?:[A-Za-z]\.){2,}", last):
        return True
    glue = phrase_pattern("legal_form") + "|" + phrase_pattern("person_suffix")
    return re.search(rf"(?:^|[\s,])(?:{glue})$", name, re.IGNORECASE) is not None


def _split_and(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``Jane Roe and Apex Partners`` -> two names; ``Smith and Co.`` and ``Copley Research &
    Management Company`` stay one (``&`` joins the words of a firm's name, lists use "and")."""
    m = re.search(r"\s+and\s+", text[start:end])
    if not m:
        return [(start, end)]
    left, right = text[start : start + m.start()], text[start + m.end() : end]
    capitalized = lambda s: sum(1 for w in s.split() if w[:1].isupper()) >= 2  # noqa: E731
    only_form = re.fullmatch(phrase_pattern("legal_form") + r"\.?", right.strip(), re.IGNORECASE)
    if capitalized(left) and capitalized(right) and not only_form:
        return [_trim(text, start, start + m.start()), _trim(text, start + m.end(), end)]
    return [(start, end)]


_APPOSITIVE = re.compile(r"(?-i:an?)\s+\S")
_INDIVIDUAL = re.compile(r"\b(?:individual|citizen|resident|natural\s+person)\b", re.IGNORECASE)

Named = tuple[int, int, str | None]  # name offsets and the kind an appositive gave it


# a lower-case word that no name holds ("with respect to", "relating to"): a clause begins
_CLAUSE_WORD = re.compile(
    r"\s(?!(?:of|the|and|de|la|le|du|des|del|di|for|y|e|van|von|der|den|et|und|da|dos)\b)"
    r"(?-i:[a-z][a-z\-]*)\b"
)


def _names_in(text: str, start: int, end: int) -> tuple[list[Named], bool]:
    """Names in a run of names without short names, and whether prose began (the list is over).

    An appositive after a comma (``, a Delaware limited partnership``, ``, an individual``) is
    not a name: it is skipped, and tells the kind of the name before it. A name ends where a
    clause begins (``John Roe with respect to ...``)."""
    cuts = [start] + [m.end() for m in _name_comma().finditer(text, start, end)] + [end]
    names: list[Named] = []
    for a, b in zip(cuts, cuts[1:]):
        a, b = _trim(text, a, b)
        if a >= b:
            continue
        if names and _APPOSITIVE.match(text, a, b):
            kind = NATURAL_PERSON if _INDIVIDUAL.search(text, a, b) else ENTITY
            names[-1] = (names[-1][0], names[-1][1], kind)
            continue
        if not (text[a].isupper() or text[a].isdigit() or "\uac00" <= text[a] <= "\ud7a3"):
            return names, True  # lower-case words: the list is over
        clause = next((m for m in _CLAUSE_WORD.finditer(text, a, b)
                       if not canonical("legal_form", m.group(0).strip())), None)
        if clause:
            a, b = _trim(text, a, clause.start())
            names.extend((x, y, None) for x, y in _split_and(text, a, b) if x < y)
            return names, True
        names.extend((x, y, None) for x, y in _split_and(text, a, b))
    return names, False


def _person(text: str, named: Named, short: re.Match[str] | None = None) -> ReportingPerson:
    a, b, kind = named
    name = " ".join(text[a:b].split())
    kind = kind or person_kind(name)
    if short is None:
        return ReportingPerson(name, a, b, kind=kind)
    short_name = " ".join(short["short"].split())
    return ReportingPerson(name, a, b, short_name, short.start("short"), short.end("short"), kind)


def _is_collective(group: re.Match[str]) -> bool:
    lead = group["lead"].casefold()
    return any(word.casefold() in lead for word, _ in phrases("collective"))


@cache
def _recital() -> re.Pattern[str]:
    """The opening of the recitals or the operative clause ('WHEREAS', 'NOW, THEREFORE'),
    as a word of its own."""
    return re.compile(rf"(?<!\w){phrase_pattern('recital_opening')}(?!\w)", re.IGNORECASE)


def parse_name_list(text: str, start: int, end: int) -> list[ReportingPerson]:
    """The persons of a sentence-style list in ``text[start:end]``, which ends before the
    recitals ('... and Jane Roe WHEREAS, ...': no word of theirs is a name's)."""
    recital = _recital().search(text, start, end)
    end = recital.start() if recital else end
    persons: list[ReportingPerson] = []
    cursor = start
    for group in _SHORT_GROUP.finditer(text, start, end):
        names, over = _names_in(text, cursor, group.start())
        if over or _is_collective(group):
            persons.extend(_person(text, named) for named in names)
            return persons
        *plain, last = names or [(group.start(), group.start(), None)]
        persons.extend(_person(text, named) for named in plain)
        if last[0] < last[1]:
            persons.append(_person(text, last, group))
        cursor = group.end()
    # the list ends with its sentence: a ";", a period before a new sentence ("... . The"), or
    # a period (not an initial's: "Edward J." / "Roe") that ends a line before a capitalized one
    # or the next entry of a numbered list ("    99.2       Power of Attorney ...")
    stop = re.search(r";|\.(?=\s+[A-Z][a-z]*\s+[a-z])|(?<!\s[A-Z])\.[ \t]*\n(?=[ \t]*[A-Z])|\.\s*$"
                     r"|\n(?=[ \t]*\d{1,3}(?:\.\d{1,3})?[ \t]{2,}\S)",
                     text[cursor:end])
    names, _ = _names_in(text, cursor, cursor + stop.end() if stop else end)
    persons.extend(_person(text, named) for named in names)
    return persons


@cache
def _intro() -> re.Pattern[str]:
    return re.compile(rf"\b{phrase_pattern('list_intro')}\s+", re.IGNORECASE)


def find_preamble_persons(text: str) -> list[ReportingPerson]:
    """Persons named in the first paragraph that says ``among`` / ``between`` / ``by``."""
    for para in re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text):
        intro = _intro().search(para.group(0))
        if intro is None:
            continue
        start = para.start() + intro.end()
        persons = parse_name_list(text, start, para.end())
        if persons:
            return persons
    return []


# "Apex Limited, Beta LLC and Jane Roe (collectively, the “Reporting Persons”) hereby agree",
# "X, Y & Z together the “Filing Persons”, hereby agree": the names before the group's defined
# term, in the sentence by which they agree
# (gated by its words: it opens with any run of spaces, tried at every place of a text without them)
_GROUP_TERM = Gated(re.compile(
    r"""[\s,]*\(?\s*(?:together|collectively)\s*,?\s+(?:as\s+)?(?:the\s+)?  # "(collectively, the"
        [\"“][^\"“”]{3,40}[\"”]\s*\)?                                 # its defined term
        (?=[\s,]{0,3}(?:each\s+)?(?:hereby\s+)?(?:\w+\s+){0,2}agree)   # "hereby agree"
    """, re.IGNORECASE | re.VERBOSE))


def find_defined_group_persons(text: str) -> list[ReportingPerson]:
    """The persons named before the group's defined term in an agreement's operative sentence
    that names no parties after "among" or "by" (``_GROUP_TERM``)."""
    group = _GROUP_TERM.pattern.search(text) if _GROUP_TERM.may_match(folded_text(text)) else None
    if group is None:
        return []
    start = text.rfind("\n", 0, group.start()) + 1
    while start > 1:  # the sentence's earlier lines: long, or ending in a list's comma or "and"
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above:start - 1].rstrip()
        if not line.strip() or not (len(line) >= 60 or re.search(r"(?:[,&]|\band)$", line)):
            break
        start = above
    return parse_name_list(text, start, group.start())


# ------------------------------------------------------------------------------------------
# One name per line, and tables
# ------------------------------------------------------------------------------------------

_BULLET = re.compile(r"\s*(?:\d{1,2}[.)]|\([a-z0-9]{1,3}\)|[-*\u2022])\s+")


@cache
def _lead_in() -> Gated:
    """Tried only where its phrases' first words begin ("the", "each"), not at every position."""
    return Gated(re.compile(rf"\b{phrase_pattern('following')}\b[^\n]*:[ \t]*$", re.I | re.M))


def _line_person(text: str, a: int, b: int) -> ReportingPerson | None:
    bullet = _BULLET.match(text, a, b)
    a = bullet.end() if bullet else a
    a, b = _trim(text, a, b)
    if b > 5 and text[b - 4 : b].casefold() == " and":
        a, b = _trim(text, a, b - 4)
    if a >= b or not (text[a].isupper() or "\uac00" <= text[a] <= "\ud7a3"):
        return None
    group = _SHORT_GROUP.search(text, a, b)
    if group and not _is_collective(group):
        name_end = _trim(text, a, group.start())[1]
        return _person(text, (a, name_end, None), group)
    lower_words = sum(1 for w in text[a:b].split() if w[:1].islower())
    if len(text[a:b]) > 90 or lower_words >= 4 or re.search(r"\bhereby\b", text[a:b], re.I):
        return None  # a sentence, not a name
    return _person(text, (a, b, None))


def find_listed_persons(text: str) -> list[ReportingPerson]:
    """Names one per line after a lead-in like ``... by the following persons:``."""
    for lead in _lead_in().finditer(text, folded_text(text)):
        persons: list[ReportingPerson] = []
        blanks = 0
        for line in re.finditer(r"[^\n]*", text[lead.end() :]):
            a, b = lead.end() + line.start(), lead.end() + line.end()
            if a == b and line.start() > 0 and text[a - 1 : a] != "\n":
                continue  # the empty match after each line
            if not text[a:b].strip():
                blanks += 1
                if persons or blanks > 2:
                    break
                continue
            blanks = 0
            person = _line_person(text, a, b)
            if person is None:
                break
            persons.append(person)
        if persons:
            return persons
    return []


def find_reporting_persons(text: str) -> list[ReportingPerson]:
    """The reporting persons of an agreement: a table, else a one-per-line list, else the
    preamble sentence, else the names before the group's defined term."""
    # (imported here: the table reader builds on this module's ReportingPerson and person_kind)
    from converter.extract.mechanisms.reporting_person_tables import find_table_persons

    return (find_table_persons(text) or find_listed_persons(text) or find_preamble_persons(text)
            or find_defined_group_persons(text))


def rejoin_split_names(text: str, persons: list[ReportingPerson],
                       parties: list[str]) -> list[ReportingPerson]:
    """Join list pieces that a signature page shows to be one name.

    ``among Halloran, Pike, Voss Group, Inc. and ...`` cannot be cut right from the sentence
    alone; a page signed by ``HALLORAN, PIKE, VOSS GROUP, INC.`` settles it: consecutive pieces
    without short names whose joined spelling matches a party become one person.
    """
    persons = list(persons)
    for party in parties:
        if match_name(party, [p.name for p in persons]) is not None:
            continue
        for i in range(len(persons)):
            j = _joined_match(persons, i, party)
            if j is not None:
                first, last = persons[i], persons[j]
                name = " ".join(text[first.start : last.end].split())
                persons[i : j + 1] = [_joined(text, persons[i : j + 1])]
                break
    return _join_surname_runs(text, persons, parties)


def _joined(text: str, pieces: list[ReportingPerson]) -> ReportingPerson:
    """One person of the pieces of its name (the last piece's short name and place)."""
    first, last = pieces[0], pieces[-1]
    name = " ".join(text[first.start : last.end].split())
    return ReportingPerson(name, first.start, last.end, last.short_name, last.short_start,
                           last.short_end, person_kind(name), last.place)


def _lone_word(text: str, person: ReportingPerson, parties: list[str]) -> bool:
    """Whether a piece of a list is one capitalised word, no name of its own: a surname of a
    firm's name (no person is named by one word, nor a firm without its legal form), which no
    signature page signs for alone."""
    word = person.name
    return (not person.short_name and word.isalpha() and word[:1].isupper() and not has_legal_form(word)
            and match_name(word, parties) is None)


def _join_surname_runs(text: str, persons: list[ReportingPerson], parties: list[str]) -> list[ReportingPerson]:
    """``among Alder, Birch & Cedar Group, Inc. and ...``: lone surname-like words parted by
    commas, then a piece ending in its legal form, are one firm's name (where two words run so,
    or the last piece joins its words with ``&``: one lone word may be a party of its own)."""
    out: list[ReportingPerson] = []
    run: list[ReportingPerson] = []
    for person in persons:
        glued = run and text[run[-1].end : person.start].strip() == ","
        if run and not glued:
            out.extend(run)
            run = []
        if _lone_word(text, person, parties):
            run.append(person)
        elif run and ends_with_legal_form(person.name) and (len(run) > 1 or "&" in person.name):
            out.append(_joined(text, run + [person]))
            run = []
        else:
            out.extend(run + [person])
            run = []
    return out + run


def _joined_match(persons: list[ReportingPerson], i: int, party: str) -> int | None:
    key = loose_key(party)  # (its '&' may be a comma on the page: "Alder, Birch, Cedar Group")
    for j in range(i + 1, min(i + 4, len(persons))):
        if any(p.short_name for p in persons[i:j]):
            return None
        if loose_key(", ".join(p.name for p in persons[i : j + 1])) == key:
            return j  # cut at a comma, or at an "and" inside the name
    return None
