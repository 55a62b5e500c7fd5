"""Finding addresses inside documents: cover-page blocks and running text.

The text is cut at hard boundaries (blank lines, ends of sentences, colons), each part into
pieces; a run of pieces that read as address parts (no lower-case prose words, no company
names) is an address when it names a district, a postal code or a street as well as a place.
Prose around an address is trimmed at the words that are not address words (``... are located
at 1205-3, ...``).

>>> from converter.parse.address import find_addresses
>>> text = "Our principal offices are located at Star Tower, 737 Yeoksam-dong, Kangnam-ku, Seoul, Korea."
>>> [(a.text, a.district) for a in find_addresses(text)]
[('Star Tower, 737 Yeoksam-dong, Kangnam-ku, Seoul, Korea', 'Gangnam-gu')]
>>> find_addresses("Seoul and New York, November 27, 2002 - the Company announced")
[]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from converter.parse.address_places import foreign_index, gazetteer, postal_patterns
from converter.parse.address_roman import address_words
from converter.parse.address_scan import building_words
from converter.parse.address_types import Address, Piece
from converter.parse.dates import month_numbers
from converter.parse.gates import Gated, fold
from converter.resources import data_rows

# hard boundaries: a blank line, a colon, a full stop, a dash, a gap between columns (not the gap
# before a ZIP code printed in its own column: '2200 Lakeside Avenue, Cleveland, Ohio      44114')
_HARD = re.compile(r"\n[ \t]*\n|:(?=\s)|\.(?=\s|$)|\s-\s|(?<=\S)[ \t]{6,}(?=\S)(?!\d{5}(?:-\d{4})?[ \t]*(?:\n|$))")
_ABBREVIATIONS = frozenset(
    "bldg bd no st ave rd fl rm ste blvd co ltd inc corp mr ms dr jr sr u.s u.s.a p.o r.o.k "
    "rep dept sq twr ctr bldgs nos sec aly ln av avda pte ote col".split())
_CONNECTORS = frozenset("of and the de la du van der von den y".split())
_COMPANY = frozenset("co ltd inc corp corporation limited llc plc company l.p lp".split())
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’.]*")  # Latin letters, accented too ('Kléber')
# Hangul words that end in a particle or a verb ending: prose, not a name
_HANGUL_PROSE = re.compile(r"[가-힣]*(?:은|는|을|를|에|에서|의|이며|이다|있다|한다|하는|으로|로서|입니다)(?![가-힣])")
# ', NY 10167', ', California 95014': a US state and ZIP code
_US_STATE_ZIP = re.compile(r",[ \t]*(?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)[ \t]+\d{5}(?!\d)")
_HANGUL_ADMIN = re.compile(r"[가-힣]+(?:시|도|구|군|동|읍|면|로|길)(?![가-힣])")
WINDOW = 800  # an address lies within this many characters of its hint
_CAPITALIZED = re.compile(r"[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}")
_LINE_BREAK_ONLY = re.compile(r"[ \t]*\n[ \t]*")

_LAST_WORD = re.compile(r"([\w.]+)$")  # the word before a full stop
_INITIALS = re.compile(r"[A-Z]|(?:[A-Za-z]\.)+[A-Za-z]")  # 'S', 'R.O.C'


@cache
def _lower_words() -> frozenset[str]:
    """Words printed in lower case inside addresses ('chome', 'ku'): not prose."""
    return frozenset(w.lower() for w, _ in address_words().get("lower_word", ()))


@cache
def _month_words() -> frozenset[str]:
    return frozenset(m for m in month_numbers() if m.isascii())


@cache
def literal_finder(words: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """Patterns that find any of ``words`` (lower case) fast: one per first character, so each
    starts with a literal, which the regular expression engine searches for quickly."""
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words), key=len, reverse=True):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return tuple(re.compile(re.escape(first) + "(?:" + "|".join(rest) + ")")
                 for first, rest in sorted(groups.items()))


def literal_hits(lowered: str, words: tuple[str, ...]) -> list[int]:
    """Sorted offsets in ``lowered`` where one of ``words`` starts (an ASCII text is not searched
    for the words that open with another character: '본사', '전화')."""
    patterns = _ascii_finder(words) if lowered.isascii() else literal_finder(words)
    return sorted(m.start() for pattern in patterns for m in pattern.finditer(lowered))


@cache
def _ascii_finder(words: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The patterns of ``literal_finder(words)`` that open with an ASCII character (each opens
    with the first character of its words)."""
    firsts = sorted({word[0] for word in words})  # the order of ``literal_finder``'s patterns
    return tuple(p for first, p in zip(firsts, literal_finder(words), strict=True) if first.isascii())


@cache
def _hint_words() -> tuple[str, ...]:
    words = {w.lower() for w, _ in address_words().get("hint", ())}
    for place in gazetteer():
        if place.kind == "metro":
            words |= {s.lower() for s in (place.rr, place.mr, *place.spellings) if s.isascii()}
    words |= {name for name, place in foreign_index().get("country", {}).items()
              if len(name) > 3 and name.isascii()}
    return tuple(sorted(words))


def windows(text: str) -> list[tuple[int, int]]:
    """Stretches of the text around the words no address is without, merged; the rest of a long
    document (pages of prose and tables) is never parsed."""
    lowered = text.lower()
    # a hint that is a word must start one: 'city', not 'capacity'
    hits = [h for h in literal_hits(lowered, _hint_words())
            if not (lowered[h].isalpha() and h and lowered[h - 1].isalpha())]
    hits += [m.start() for m in _US_STATE_ZIP.finditer(text)]
    if not text.isascii():
        hits += [m.start() for m in _HANGUL_ADMIN.finditer(text)]
    spans: list[tuple[int, int]] = []
    for hit in sorted(hits):
        before = text.rfind("\n\n", max(0, hit - WINDOW), hit)
        after = text.find("\n\n", hit, hit + WINDOW)
        start = before + 2 if before >= 0 else max(0, hit - WINDOW)
        end = after if after >= 0 else min(len(text), hit + WINDOW)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


def segments(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Parts of ``text[start:end]`` no address crosses."""
    end = len(text) if end is None else end
    cuts = [start]
    for m in _HARD.finditer(text, start, end):
        if m.group() == ".":
            before = _LAST_WORD.search(text[max(0, m.start() - 12):m.start()])
            if before and before[1].lower().rstrip(".") in _ABBREVIATIONS:
                continue
            if before and _INITIALS.fullmatch(before[1]):
                continue  # an initial ('Yong S. Lee') or letters with dots ('R.O.C.', 'P.R.C.')
        elif m.group().strip() == "-" and _city_dash_postal_code(text, m.start(), m.end(), end):
            continue
        cuts.extend((m.start(), m.end()))
    cuts.append(end)
    return [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2) if cuts[i + 1] > cuts[i]]


_PART_BEFORE = re.compile(r"[^,\n]{1,40}$")  # the part of an address before a dash
_PART_AFTER = re.compile(r"[^,\n]{1,12}")  # the part after it, up to a comma or the line's end


def _city_dash_postal_code(text: str, dash: int, after: int, end: int) -> bool:
    """Whether the dash at ``text[dash:after]`` stands between a city and its postal code, as
    Indian addresses print the PIN ('Bangalore - 560 100'): a listed city before it, a postal
    code of the city's country after it (``data/places_foreign.tsv``).

    >>> _city_dash_postal_code("Hosur Road, Mysore - 570 016, Karnataka", 18, 21, 39)
    True
    >>> _city_dash_postal_code("Mysore, May 2, 2011 - 570 016 shares", 19, 22, 36)
    False
    """
    before = _PART_BEFORE.search(text, max(0, dash - 40), dash)
    place = foreign_index().get("city", {}).get(before.group().strip(" \t|").lower()) if before else None
    code = postal_patterns().get(place.country) if place else None
    postal = _PART_AFTER.match(text, after, end) if code else None
    return bool(postal and code.fullmatch(postal.group().strip().rstrip(".")))


def _junk(text: str, piece: Piece) -> list[tuple[int, int]]:
    """Words of the piece's leftovers that are prose, dates or company names, not address words."""
    found = []
    for start, end in piece.rest:
        leftover = text[start:end]
        if not leftover.isascii():  # (a particle or an ending is Hangul: an ASCII leftover holds none)
            found += [m.span() for m in _HANGUL_PROSE.finditer(text, start, end)
                      if not building_words().search(m.group())]
            found += [m.span() for m in _hangul_labels().finditer(text, start, end)]
        mailed = "@" in leftover  # an e-mail address: every word of the leftover is junk
        for m in _WORD.finditer(text, start, end):
            word = m.group().rstrip(".").lower()
            glued = m.start() and (text[m.start() - 1] in "-/" or text[m.start() - 1].isdigit())  # '2-chome', 'c/o', '5th'
            prose = (m.group()[0].islower() and word not in _CONNECTORS and len(word) > 1
                     and not glued and word not in _lower_words())
            if prose or word in _COMPANY or word in _month_words() or mailed:
                found.append(m.span())
    return found


@cache
def _hangul_labels() -> re.Pattern[str]:
    """An officer's title or a phone, fax or website label in Hangul ('대표이사', '전화'): the next
    item of a cover flattened onto the address's line, never a word of the address.

    >>> [m.group() for m in _hangul_labels().finditer("7층 대표이사 홍길동 전화 02-555-0101")]
    ['대표이사', '전화']
    """
    words = [row[1] for row in data_rows("corporate_action_phrases.tsv") if row[0] == "ko_title"]
    words += [word for word, _ in address_words().get("hangul_label", ())]
    alternation = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"(?<![가-힣])(?:{alternation})(?![가-힣])")


def _street_alternation() -> str:
    words = [w for w, _ in address_words().get("street_type", ()) + address_words().get("foreign_suffix", ())
             + address_words().get("street_lead", ())]
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _street_words() -> re.Pattern[str]:
    return re.compile(
        r"(?:^|\s|-)(?:%s)(?![\w])"  # a street type or a suffix of a place
        r"|^[A-Z]?\d{1,5}[A-Z]?$"  # a house number alone
        r"|^\d{1,3}(?:-\d{1,3}){1,3}(?:,?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)?$"  # a Japanese lot: '2-4-1 Otemachi'
        % _street_alternation())


@cache
def _street_word_inside() -> re.Pattern[str]:
    """``_street_words``' first branch past a piece's first character: after a space or a
    hyphen only (``^`` and the other branches match at the start alone). It opens with a class,
    so ``re`` skips to the spaces and hyphens instead of trying the branches at every position."""
    return re.compile(r"[\s-](?:%s)(?![\w])" % _street_alternation())


def _street_like(text: str, piece: Piece) -> bool:
    """A piece of a street outside Korea ('Huixindong Street', 'A6', 'Chaoyang District')."""
    words = text[piece.start:piece.end]
    # (``_street_words().search(words)``: tried at the start, then past it where the first branch may start)
    return _street_words().match(words) is not None or _street_word_inside().search(words, 1) is not None


@cache
def _building_gate() -> Gated:
    """The building words' pattern with the words it needs: a leftover holding none of them
    (folded) holds no match, and is not searched."""
    return Gated(building_words())


def _has_building(text: str, piece: Piece) -> bool:
    gate = _building_gate()
    return any(gate.may_match(fold(text[s:e])) and gate.pattern.search(text, s, e) for s, e in piece.rest)


def _filler(text: str, piece: Piece) -> bool:
    """A piece that may sit inside an address but does not start or end one: a name
    (``DAEHAN STEEL PIPE``, ``Korea Saebit``) or a label."""
    kinds = {e.kind for e in piece.elements}
    if kinds and not (kinds <= {"place", "country", "city", "region", "district"} and piece.rest):
        return False  # (a street's number, a postal code: no name; the words need not be searched)
    return not (_has_building(text, piece) or _street_like(text, piece) or _room_number(text, piece))


@cache
def _room_numbers() -> re.Pattern[str]:
    rows = address_words().get("room_number", ())
    return re.compile("|".join(f"(?:{spelling})" for spelling, _ in rows), re.IGNORECASE)


def _room_number(text: str, piece: Piece) -> bool:
    """A piece that is a room or suite number alone ('706호', 'Suite 1205'): the last of the rooms
    an address lists ('…빌딩 705, 706호'), which ends the address where a name would not.

    >>> from converter.parse.address import split_pieces
    >>> text = "테헤란로 123, 한빛빌딩 1005, 1006호"
    >>> [_room_number(text, p) for p in split_pieces(text)]
    [False, False, True]
    """
    return _room_numbers().fullmatch(text[piece.start:piece.end].strip()) is not None


def _trimmed(text: str, start: int, end: int) -> list[Piece]:
    from converter.parse.address import split_pieces

    return [p for p in split_pieces(text, start, end) if p.elements or _has_building(text, p)]


def _runs_in_segment(text: str, start: int, end: int) -> list[list[Piece]]:
    from converter.parse.address import split_pieces

    runs: list[list[Piece]] = []
    current: list[Piece] = []
    for piece in split_pieces(text, start, end):
        junk = _junk(text, piece)
        junk.sort()
        if not junk:
            current.append(piece)
            continue
        current.extend(_trimmed(text, piece.start, junk[0][0]))  # address words before the prose
        runs.append(current)
        for (_, gap_start), (gap_end, _) in zip(junk, junk[1:]):  # between prose words
            runs.append(_trimmed(text, gap_start, gap_end))
        current = _trimmed(text, junk[-1][1], piece.end)  # address words after it
    runs.append(current)
    return runs


def wrapped_name(text: str, piece: Piece, following: Piece) -> bool:
    """'Hanbit' over 'Sejin Building': the first words of a building's name that a converter
    put on a line of their own (capitalized words only, a line break and no comma between), not
    a department's name over the building ('Finance Division' / 'Hanbit Center').
    """
    words = text[piece.start:piece.end].split()
    return (not piece.elements and bool(piece.rest) and _has_building(text, following)
            and bool(_CAPITALIZED.fullmatch(text[piece.start:piece.end]))
            and bool(_LINE_BREAK_ONLY.fullmatch(text[piece.end:following.start]))
            and not (words and words[-1].casefold() in _unit_words()))


@cache
def _unit_words() -> frozenset[str]:
    """The last words of a department's name (``data/address_words.tsv``, kind unit_word)."""
    return frozenset(w.casefold() for w, _ in address_words().get("unit_word", ()))


def _strip_edges(text: str, run: list[Piece]) -> list[Piece]:
    while run and _filler(text, run[0]) and not (len(run) > 1 and wrapped_name(text, run[0], run[1])):
        run = run[1:]
    while run and _filler(text, run[-1]):
        run = run[:-1]
    return run


def substantial(address: Address) -> bool:
    """Enough parts to be an address, not a dateline ('Seoul, Korea', 'Tokyo, Japan') or a name."""
    if address.country_code == "KR" or address.district_ko or address.city_ko:
        finer = address.district or address.postal_code or address.neighborhood or address.road_name
        return bool(finer and (address.district or address.city_or_province))
    place = address.city or address.city_or_province
    if address.postal_code and place:
        return True
    if address.street and (place or address.country_code):
        return True
    return bool((address.building or address.floor or address.district) and place and address.country_code)


def find_runs(text: str, wanted: Callable[[int, int], bool] | None = None) -> list[list[Piece]]:
    """Runs of pieces that may be addresses, in order (``find_addresses`` assembles them);
    ``wanted(start, end)``: whether to read the segment (no address crosses one), where a
    caller wants only addresses that end in some places; it wants a stretch that holds one it
    wants (so a window it does not want is not cut into segments)."""
    runs = []
    for window in windows(text):
        if wanted is not None and not wanted(*window):
            continue
        for start, end in segments(text, *window):
            if wanted is None or wanted(start, end):
                runs += _runs_of(text, start, end, wanted)
    return runs


def _runs_of(text: str, start: int, end: int,
             wanted: Callable[[int, int], bool] | None = None) -> list[list[Piece]]:
    """The runs of a segment that may be addresses; where ``wanted`` is given, only those it
    wants (the address a run makes lies within its pieces, perhaps with a closing bracket after:
    it ends in (first piece's start, last piece's end + 4], as a segment's do)."""
    runs = []
    for run in _runs_in_segment(text, start, end):
            run = _strip_edges(text, run)
            if run and any(p.elements for p in run) and (wanted is None or wanted(run[0].start, run[-1].end)):
                runs.append(run)
    return runs
