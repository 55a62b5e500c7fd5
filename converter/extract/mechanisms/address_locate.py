"""Where a document prints its registrant's address: the layouts and words that say whose it is.

In order of reliability:

1. a cover block right above its caption ``(Address of Principal Executive Offices)`` (phone,
   fax and web lines may stand between), or a caption used as a label above the address
   (``Address of principal executive office`` then the address);
2. prose or a heading that says so (``principal offices are located at``, ``Corporate
   Headquarters``, ``Head Office:``, ``Company Domicile:``);
3. a letterhead: an address at the head of the document followed by its ``Tel`` / ``Fax``;
4. a cover with no caption: the first address between the cover's banner and its first
   check-box question.

Web copies print a blank line after every line of a block: inside the stretch searched, blank
lines are passed over. Addresses are returned with offsets into the document's text. The
phrases are in ``data/address_words.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from converter.parse.address import Address, find_addresses, parse_address
from converter.parse.address_find import literal_hits
from converter.parse.address_roman import address_words
from converter.parse.gates import Gated, folded_piece, folded_text
from converter.parse.match_starts import StemStarts, leading_stems, matches_from, word_offsets
from converter.parse.pattern_tree import REPEATS, folded_literal, read_tree

CUE_GAP = 40  # at most this much text between a cue and the address it introduces
WINDOW = 700  # an address is looked for this far from its cue or label
COVER_HEAD = 6000  # a cover's questions stand in its first characters
LETTERHEAD = 3000  # a letterhead stands in the first characters of a document
_COVER_QUESTION = re.compile(r"indicate\s+by\s+check\s+mark", re.IGNORECASE)
_COVER_QUESTION_GATED = Gated(_COVER_QUESTION)  # with the words it needs, and where it may start
# the last line of a cover's banner: the registrant's block comes after it
_COVER_BANNER_END = re.compile(
    r"(?:for\s+the\s+months?\s+of|commission\s+file\s+(?:number|no)|act\s+of\s+1934|^\s*dated\b)[^\n]*\n",
    re.IGNORECASE | re.MULTILINE)
_PHONE_OR_SITE_LINE = re.compile(
    r"\b(?:tel|telephone|phone|fax|facsimile)\b|\+?\d[\d ().-]{6,}\d|www\.|https?://|@", re.IGNORECASE)
# what follows a letterhead's address: its telephone, perhaps after its country's name
_TELEPHONE_WORD = r"(?:tel|phone|telephone|t\)|전화)\b"
_LETTERHEAD_TAIL = re.compile(r"[\s,;|]{0,6}(?:[A-Z][\w.]*[\s,;|]{1,4}){0,3}?" + _TELEPHONE_WORD, re.IGNORECASE)
# a text without the word has no letterhead tail: one quick search spares finding every address
_ANY_TELEPHONE_WORD = re.compile(_TELEPHONE_WORD, re.IGNORECASE)
# where a telephone word may start: its first letters, read from the pattern
_TELEPHONE_STEMS = leading_stems(_ANY_TELEPHONE_WORD)
_TELEPHONE_STARTS = StemStarts(_TELEPHONE_STEMS or ())
# every place a telephone word starts (overlapping ones too: "tel" within a longer match)
_TELEPHONE_AT = re.compile(rf"(?={_TELEPHONE_WORD})", re.IGNORECASE)


@dataclass(frozen=True)
class Located:
    address: Address  # offsets into the document's text
    rule: str
    block: tuple[int, int]  # the stretch that is the registrant's block (its unlabelled phone counts)


@cache
def phrases(kind: str) -> re.Pattern[str]:
    rows = [spelling for spelling, _ in address_words().get(kind, ())]
    return re.compile("|".join(f"(?:{r})" for r in rows), re.IGNORECASE | re.MULTILINE)


@cache
def _row_gates(kind: str) -> tuple[Gated, ...]:
    """Each phrase of ``kind`` with the words it needs: a stretch holding the words of none of
    them holds no match of ``phrases(kind)``, which need not be searched there."""
    return tuple(Gated(re.compile(spelling, re.IGNORECASE | re.MULTILINE))
                 for spelling, _ in address_words().get(kind, ()))


def may_hold(text: str, start: int, end: int, kind: str) -> bool:
    """Whether ``text[start:end]`` holds the words of one of the phrases of ``kind``."""
    folded = folded_piece(text, start, end)
    return any(phrase.may_match(folded) for phrase in _row_gates(kind))


def phrase_matches(text: str, start: int, end: int, kind: str) -> list[re.Match[str]]:
    """The matches of ``phrases(kind).finditer(text, start, end)`` (their spans and texts), found
    row by row: only the rows whose words the stretch holds are searched, each where its opening
    words start. The alternation of every row is tried at each position of the stretch (a cover
    line holds the words of offices everywhere, and few of them stand in a cue); here each row
    gives its next match from where the last one ended, and the leftmost wins, the earlier row
    on a tie: the alternation's own choice at the leftmost position any row matches."""
    folded = folded_piece(text, start, end)
    rows = [row for row in _row_gates(kind) if row.may_match(folded)]
    if not rows:
        return []
    if len(folded) != min(end, len(text)) - start:  # (folding changed the length: no positions)
        return list(phrases(kind).finditer(text, start, end))
    found: list[re.Match[str]] = []
    cursor = start
    while True:
        first = None
        for row in rows:
            m = _next_match(row, text, folded, start, cursor, end)
            if m is not None and (first is None or m.start() < first.start()):
                first = m
        if first is None:
            return found
        if first.end() == first.start():  # (no row matches the empty string; were one to, ask re)
            return list(phrases(kind).finditer(text, start, end))
        found.append(first)
        cursor = first.end()


def _next_match(row: Gated, text: str, folded: str, start: int, cursor: int, end: int) -> re.Match[str] | None:
    """The first match of one row at ``cursor`` or after (``folded`` is ``text[start:end]``'s)."""
    if row.starts is None:
        return row.pattern.search(text, cursor, end)
    for at in row.starts.positions(folded):
        if start + at >= cursor:
            m = row.pattern.match(text, start + at, end)
            if m is not None:
                return m
    return None


@cache
def _words(kind: str) -> tuple[str, ...]:
    return tuple(w.lower() for w, _ in address_words().get(kind, ()))


def hits(lowered: str, kind: str) -> tuple[int, ...]:
    """Offsets of the words of ``kind``: the phrases are only tried near them (fast on long text)."""
    return _hits(lowered, kind)


# the layouts of one document ask for the words of offices twice; four entries hold the four
# kinds of one text (and keep no more than two texts alive)
@lru_cache(maxsize=4)
def _hits(lowered: str, kind: str) -> tuple[int, ...]:
    return tuple(literal_hits(lowered, _words(kind)))


def inside(blocks: list[tuple[int, int]], start: int) -> bool:
    return any(s <= start < e for s, e in blocks)


def _shifted(address: Address, offset: int) -> Address:
    spans = tuple((name, s + offset, e + offset) for name, s, e in address.spans)
    return replace(address, start=address.start + offset, end=address.end + offset, spans=spans)


def _remapped(address: Address, positions: list[int]) -> Address:
    """An address found in a condensed copy of the text, with offsets into the text itself."""
    def at(i: int) -> int:
        return positions[i] if i < len(positions) else positions[-1] + 1

    spans = tuple((name, at(s), at(e - 1) + 1) for name, s, e in address.spans)
    return replace(address, start=at(address.start), end=at(address.end - 1) + 1, spans=spans)


def addresses_between(text: str, start: int, end: int) -> list[Address]:
    """Addresses of ``text[start:end]`` with offsets into ``text``; blank lines inside the
    stretch are passed over (web copies print a blank line after every line of a block)."""
    kept: list[str] = []
    positions: list[int] = []
    cursor = start
    for line in text[start:end].split("\n"):
        if line.strip(" \t\r\u00a0|"):
            if kept:
                kept.append("\n")
                positions.append(cursor - 1)
            kept.append(line)
            positions.extend(range(cursor, cursor + len(line)))
        cursor += len(line) + 1
    condensed = "".join(kept)
    return [_remapped(a, positions) for a in find_addresses(condensed)] if condensed else []


# a line of captions only: another value's caption set beside the address's, on its line or
# in the cell before it ('(Jurisdiction of incorporation or organization) | | (Address of ...)')
_CAPTIONS_ONLY = re.compile(r"[\s|]*(?:\([^()\n]{3,80}\)[\s|]*)+")


def _clean_gap(text: str, start: int, end: int) -> bool:
    """Nothing but punctuation, rules, the block's phone, fax or web lines and the captions of
    values set beside it between an address and its caption."""
    gap = text[start:end]
    if len(gap) > 300:
        return False
    lines = [ln for ln in gap.split("\n") if ln.strip(" \t\r.,-_=|\u00a0")]
    return all(_PHONE_OR_SITE_LINE.search(ln) or _CAPTIONS_ONLY.fullmatch(ln) for ln in lines)


def _caption_before(text: str, start: int, end: int) -> int:
    """Where the cover caption above an address block ends ('(Translation of registrant's name
    into English)'), else ``start``."""
    captions = [m for m in phrases("name_caption").finditer(text, start, end)
                if text[m.end():end].strip(" \t\r\n|\u00a0")]  # (one right before it: set beside it)
    return captions[-1].end() if captions else start


def _by_cover_label(text: str, lowered: str, blocks: list[tuple[int, int]]) -> Located | None:
    tried: set[tuple[int, int]] = set()  # a label near two cue words is read once
    for hit in hits(lowered, "cue_word"):  # a rule may stand between block and caption
        if not may_hold(text, max(0, hit - 80), hit + 120, "cover_label"):
            continue  # (the words of offices in prose stand by no caption)
        for label in opened_matches(text, max(0, hit - 80), hit + 120, "cover_label"):
            if label.span() in tried:
                continue
            tried.add(label.span())
            found = _at_cover_label(text, label, blocks)
            if found is not None:
                return found
    return None


def opened_matches(text: str, start: int, end: int, kind: str) -> Iterator[re.Match[str]]:
    """``phrases(kind).finditer(text, start, end)``, the alternation tried only where a match
    may start: where each phrase opens with '(' and white space before a word
    (``_opening_words``), a match starts in the run of them just before an occurrence of one
    of the words (found in the document's fold, offsets kept), and nowhere else. Where the
    phrases open otherwise, or folding moved the text, at every position as before."""
    words = _opening_words(kind)
    folded = folded_text(text)
    if words is None or len(folded) != len(text):
        return phrases(kind).finditer(text, start, end)
    end = min(end, len(text))
    starts: set[int] = set()
    for word in words:
        for at in word_offsets(folded, word, start, end):
            first = at
            while first > start and text[first - 1].isspace():  # (what ``\s`` matches)
                first -= 1
            if first > start and text[first - 1] == "(":
                first -= 1
            starts.update(range(first, at + 1))
    return matches_from(phrases(kind), text, sorted(starts), end)


@cache
def _opening_words(kind: str) -> tuple[str, ...] | None:
    """The first word of each phrase of ``kind``, folded, where every phrase opens with at most
    a '(' (perhaps optional) and a run of white space before a word of literal letters
    (``\\(?\\s*Address\\s+of``, ``\\(\\s*주소``); None where one opens otherwise."""
    words = tuple(_opening_word(spelling) for spelling, _ in address_words().get(kind, ()))
    return None if not words or None in words else words  # type: ignore[return-value]


def _opening_word(spelling: str) -> str | None:
    items = read_tree(spelling, list, None, re.IGNORECASE | re.MULTILINE)
    if items is None:
        return None  # (no parser, or an unreadable pattern: searched everywhere, as before)
    if items and (_is_paren(items[0]) or _is_repeat_of(items[0], _is_paren)):
        items = items[1:]
    if items and _is_repeat_of(items[0], _is_space):
        items = items[1:]
    letters = []
    for op, arg in items:
        if str(op) != "LITERAL":
            break
        char = folded_literal(arg)
        if char is None:
            return None  # a cased letter that folding may not keep as ``re`` equates it
        letters.append(char)
    return "".join(letters) or None


def _is_paren(item: tuple) -> bool:
    return str(item[0]) == "LITERAL" and item[1] == ord("(")


def _is_space(item: tuple) -> bool:
    op, arg = item
    return str(op) == "IN" and [(str(o), str(a)) for o, a in arg] == [("CATEGORY", "CATEGORY_SPACE")]


def _is_repeat_of(item: tuple, test) -> bool:  # type: ignore[no-untyped-def]
    """A repeat (any bounds) of one item that passes ``test``: '(?' or '\\s*'."""
    op, arg = item
    return str(op) in REPEATS and len(arg[2]) == 1 and test(arg[2][0])


def _at_cover_label(text: str, label: re.Match[str], blocks: list[tuple[int, int]]) -> Located | None:
    """The address a cover caption stands under, or a label stands over."""
    start = _caption_before(text, max(0, label.start() - WINDOW), label.start())
    for address in reversed(addresses_between(text, start, label.start())):
        if _clean_gap(text, address.end, label.start()) and not inside(blocks, address.start):
            return Located(address, "address:cover-block", (address.start, label.start()))
    if ")" not in label.group():  # a label over its address, not a caption under it
        after = [a for a in addresses_between(text, label.end(), label.end() + WINDOW // 2)
                 if not text[label.end():a.start].strip(" \t\r\n:.-_|\u00a0")]
        if after:
            return Located(after[0], "address:labelled", (after[0].start, after[0].end))
    return None


def cued_addresses(text: str, lowered: str, blocks: list[tuple[int, int]]) -> Iterator[Located]:
    """Every address that prose or a heading says is the registrant's, in order (a cue near two
    cue words is yielded twice, as it is found, but read once)."""
    read: dict[tuple[int, int], Located | None] = {}
    for hit in hits(lowered, "cue_word"):
        # (most words of offices stand in no cue: their rows are not searched)
        for cue in phrase_matches(text, max(0, hit - 80), hit + 120, "registrant_cue"):
            if inside(blocks, cue.end()):
                continue
            if cue.span() not in read:
                read[cue.span()] = _after_cue(text, cue.end())
            found = read[cue.span()]
            if found is not None:
                yield found


def _after_cue(text: str, end: int) -> Located | None:
    """The address right after a cue ending at ``end``: the first the finder reads there close
    enough, else a place and its country."""
    region = text[end:end + WINDOW]
    for address in find_addresses(region):
        gap = region[:address.start]
        if len(gap.strip()) <= CUE_GAP and "\n\n" not in gap:
            found = _shifted(address, end)
            return Located(found, "address:registrant-cue", (found.start, found.end))
    named = _place_after_cue(region)
    if named is not None:
        found = _shifted(named, end)
        return Located(found, "address:registrant-cue", (found.start, found.end))
    return None


_CAPITALIZED_WORDS = re.compile(r"[A-Z][\w'’.-]*(?:[ ,]+[A-Z][\w'’.-]*){0,4}")  # 'Tokyo, Japan'


def _place_after_cue(region: str) -> Address | None:
    """'Company Domicile: Tokyo, Japan': under a cue, a place and its country are the address
    even with nothing finer."""
    lead = len(region) - len(region.lstrip(" \t"))
    m = _CAPITALIZED_WORDS.match(region[lead:])
    if not m:
        return None
    words = region[lead:lead + m.end()]
    if region.startswith(":", lead + m.end()):  # 'Tokyo, Japan Representative: ...': the next label
        words = words[:words.rfind(" ")] if " " in words else ""
    address = parse_address(words)
    if address is None or not address.country_code or not (address.city or address.city_or_province):
        return None
    if address.street or address.building or address.line:
        return None  # more than a place: the finder would have taken it
    return _shifted(address, lead)


def _by_letterhead(text: str, blocks: list[tuple[int, int]]) -> Located | None:
    """An address at the head of a document with its telephone right after it (only the
    stretches where such an address may end are read)."""
    if not _any_telephone_word(text):
        return None
    reach = _tail_reach(text)
    if not reach:
        return None

    def wanted(start: int, end: int) -> bool:  # an address of the stretch ends in (start, end + 4]
        return any(lo <= end + 4 and start < at for lo, at in reach)

    for address in find_addresses(text[:LETTERHEAD], wanted):
        if _LETTERHEAD_TAIL.match(text, address.end) and not inside(blocks, address.start):
            return Located(address, "address:letterhead", (address.start, address.end))
    return None


def _any_telephone_word(text: str) -> bool:
    """``_ANY_TELEPHONE_WORD.search(text)``, tried only where the words' first letters are: a
    search of the alternation tries it at every position of a long text that has none."""
    folded = folded_text(text)  # (the document's fold, made once for all its readers)
    if _TELEPHONE_STEMS is None or len(folded) != len(text):  # (a text whose folding changed its length)
        return _ANY_TELEPHONE_WORD.search(text) is not None
    return next(matches_from(_ANY_TELEPHONE_WORD, text, _TELEPHONE_STARTS.positions(folded)), None) is not None


def _tail_reach(text: str) -> list[tuple[int, int]]:
    """Where a letterhead's address may end for ``_LETTERHEAD_TAIL`` to follow it: ``(lo, at)``
    before each place ``at`` a telephone word starts, ``lo`` as far back as the tail's separators
    and three words reach (a tail holds only separators and word characters)."""
    reach = []
    for at in _telephone_words_at(text):
        lo = at
        for run in range(7):  # separators, a word, separators, a word, ... back from the word
            in_run = _tail_separator if run % 2 == 0 else _tail_word_char
            while lo > 0 and in_run(text[lo - 1]):
                lo -= 1
            if lo == 0 or not (_tail_separator(text[lo - 1]) or _tail_word_char(text[lo - 1])):
                break
        if lo > LETTERHEAD:
            break  # the tails of later words start later still: past where addresses are read
        reach.append((lo, at))
    return reach


def _telephone_words_at(text: str) -> Iterator[int]:
    """Every place a telephone word starts, in order (overlapping ones too): ``_TELEPHONE_AT``'s
    matches, found where the words' first letters are, not by a look-ahead at every position."""
    folded = folded_text(text)
    if _TELEPHONE_STEMS is None or len(folded) != len(text):  # (a text whose folding changed its length)
        return (m.start() for m in _TELEPHONE_AT.finditer(text))
    word = _ANY_TELEPHONE_WORD.match
    return (at for at in _TELEPHONE_STARTS.positions(folded) if word(text, at))


def _tail_separator(char: str) -> bool:
    return char.isspace() or char in ",;|"  # the tail's [\s,;|]


def _tail_word_char(char: str) -> bool:
    return char.isalnum() or char in "_."  # the tail's [\w.]


def _by_cover_head(text: str, blocks: list[tuple[int, int]]) -> Located | None:
    """A cover with no caption under its address: the first address between the cover's banner
    and its first check-box question."""
    question = _cover_question(text)
    if question is None:
        return None
    banner = list(_COVER_BANNER_END.finditer(text, 0, question.start()))
    start = _caption_before(text, banner[-1].end() if banner else 0, question.start())
    for address in addresses_between(text, start, question.start()):
        if not inside(blocks, address.start) and not _never_registrants(address):
            return Located(address, "address:cover-head", (address.start, question.start()))
    return None


def _cover_question(text: str) -> re.Match[str] | None:
    """``_COVER_QUESTION.search(text, 0, COVER_HEAD)``, tried only where its first word starts in
    a head that holds its words (a search case-insensitive tries every position of a head that
    has none: a schedule's or a letter's)."""
    head = text[:COVER_HEAD]
    return next(_COVER_QUESTION_GATED.finditer(head, folded_piece(text, 0, COVER_HEAD)), None)


def _never_registrants(address: Address) -> bool:
    """The Commission's own address at the head of every SEC form ('Washington, D.C. 20549')."""
    return (address.country_code or "US", address.postal_code) in _not_registrant_codes()


@cache
def _not_registrant_codes() -> frozenset[tuple[str, str]]:
    return frozenset((country, code) for code, country in address_words().get("not_registrant", ()))


def registrant_address(text: str, lowered: str, blocks: list[tuple[int, int]],
                       cued: Iterable[Located] | None = None) -> Located | None:
    """The registrant's address: the first layout of the module docstring that finds one
    (``cued``: the document's ``cued_addresses``, where the caller reads them once for itself)."""
    found = _by_cover_label(text, lowered, blocks)
    if found is None:
        found = next(iter(cued), None) if cued is not None else next(cued_addresses(text, lowered, blocks), None)
    return found or _by_letterhead(text, blocks) or _by_cover_head(text, blocks)
