"""Officers a document names as such: OfficerName and OfficerTitle, one OfficerAxis member each.

Where documents name them:

- a label whose value is an officer ('President & CEO : Jae Won Park', 'President: Taro Sato',
  'Person in Charge: Min Ho Lee, Vice President, Head of IR', a results summary's
  'Representative: Ichiro Tanaka Representative Director and President'), or a contact line
  whose person holds an officer's title ('Contact: John Doe, CFO');
- a table that prints the title on one line and the name on the next;
- the parenthesis after the company's name ('Acme Holdings, Inc. (AHI; President and CEO:
  Taro Sato)', Korean 'X(대표 김철수)는');
- 'the Company's CEO John Doe'; a line 'Mr. John Doe, Chairman and Chief Executive Officer'.

Signature blocks name signatories, not officers (``SignatoryAxis``), and are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from converter.extract.anchors import Located, head_lines
from converter.extract.mechanisms.lines import Line, closed_up, lines_holding, squash
from converter.extract.mechanisms.names import officer_title_pattern, person_name, words
from converter.parse.gates import Gated, fold, folded_piece, folded_text
from converter.parse.match_starts import matches_from, word_offsets

HEAD = 6000
_HANGUL = re.compile(r"[가-힣]")
_SIGNING = re.compile(r"/s/|^\s*\|?\s*by\s*:", re.IGNORECASE | re.MULTILINE)


@cache
def _label_pattern() -> re.Pattern[str]:
    labels = sorted(words("officer_label"), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(re.escape(w) for w in label.split()) for label in labels)
    return re.compile(
        rf"""(?:^[ \t|]*|(?<=[A-Za-z0-9.)][ \t]))  # opening a line, or after another label's value
        (?<!\bthe\s)(?<!\bof\s)(?<!\ba\s)          # not 'Name of the Representative'
        (?P<label>{officer_title_pattern().pattern}|(?i:{alternatives})|(?i:contact))
        [ \t]*:[ \t]*(?P<value>[^\n]*)""", re.VERBOSE | re.MULTILINE)


def _value(text: str) -> str:
    """A label's value: up to the next label on the line ('... President Contact: ...'), a
    label of two words ending in a label's noun included ('Contact person :').

    >>> _value("Jae Park, President Contact person : Min Lee"), _value("Jae Park, President Tel: 1")
    ('Jae Park, President ', 'Jae Park, President ')
    """
    colon = text.find(":")
    if colon < 0:
        return text
    before = text[:colon].rstrip(" \t")
    if " " not in before:
        return ""
    cut = before.rfind(" ") + 1
    if before[cut:].casefold() in words("label_noun") and " " in before[: cut - 1]:
        cut = before.rfind(" ", 0, cut - 1) + 1  # 'Contact person': the label's first word too
    return text[:cut]


def _split_value(value: str) -> tuple[str, str | None] | None:
    """(name, title stated after it) of a label's value: 'Jae Won Park', 'Kim, Jung-Tae',
    'Min Ho Lee, Vice President', 'Ichiro Tanaka Representative Director and President'."""
    value = closed_up(value.strip(" ,|"))  # a cover's letter-spaced name: '홍 길 동'
    whole = person_name(value)
    if whole:
        return whole, None
    parts = [p.strip() for p in value.split(",")]
    if len(parts) >= 3 and person_name(", ".join(parts[:2])):
        return person_name(", ".join(parts[:2])) or "", ", ".join(parts[2:]) or None
    if len(parts) >= 2 and person_name(parts[0]):
        if _HANGUL.search(parts[1]) and person_name(closed_up(parts[1])):
            return None  # '홍길동, 김하늘': two representatives, no name and title
        return person_name(parts[0]) or "", ", ".join(parts[1:]) or None
    m = officer_title_pattern().search(value)
    if m and m.start() and person_name(value[: m.start()]):
        return person_name(value[: m.start()]) or "", value[m.start() :].strip()
    return None


@dataclass(frozen=True)
class _Officer:
    name: Located
    title: Located


def _locate(text: str, value: str, low: int, high: int) -> Located:
    """``value`` with the span of its words in text[low:high] (its words may wrap over lines)."""
    words_ = value.split()
    first = text.find(words_[0], low, high) if words_ else -1
    if first < 0 and words_ == [value]:  # a name the text letter-spaces ('홍 길 동' for 홍길동)
        spaced = re.compile(" ?".join(map(re.escape, value))).search(text, low, high)
        return Located(value, spaced.start(), spaced.end()) if spaced else Located(value)
    if first < 0:
        return Located(value)
    last = text.find(words_[-1], first, high) if len(words_) > 1 else first
    end = (last if last >= 0 else first) + len(words_[-1])
    return Located(value, first, end)


def _lines_with_colons(text: str, end: int) -> list[tuple[int, int]]:
    r"""(start, end) of each line before ``end`` holding a colon: the only lines a "Label: value"
    can stand on (the label pattern opens with a look-behind, which ``re`` would otherwise try at
    every position of the head).

    >>> _lines_with_colons("a\nCEO : Kim\nb: c\nno", 100)
    [(2, 11), (12, 16)]
    """
    lines, colon = [], text.find(":", 0, end)
    while colon >= 0:
        start = text.rfind("\n", 0, colon) + 1
        stop = text.find("\n", colon)
        stop = min(end, len(text) if stop < 0 else stop)
        lines.append((start, stop))
        colon = text.find(":", stop, end)
    return lines


@cache
def _label_gated() -> Gated:
    return Gated(_label_pattern())


def _labelled_matches(text: str) -> list[re.Match[str]]:
    """The "Label: value" matches of the head, line by line (a value ends at its line's end).
    A line is searched only when it holds a word of every label ('president', 'contact',
    '대표', ...) and a colon that the last word of a label stands before (``_label_before_colon``):
    most lines with a colon are a date, a telephone number, a cover's or a signature's label
    ('Title: President'), and the pattern, which opens with a look-behind, is tried at every
    position of a line."""
    pattern, gated = _label_pattern(), _label_gated()
    folded = folded_text(text)
    aligned = folded if len(folded) == len(text) else None  # (folding changed the offsets)
    return [m for start, stop in _lines_with_colons(text, min(len(text), HEAD))
            if gated.may_match(folded_piece(text, start, stop)) and _label_before_colon(aligned, start, stop)
            for m in pattern.finditer(text, start, stop)]


@cache
def _label_ends() -> tuple[str, ...] | None:
    """The words a label of ``_label_pattern`` ends with (the last word of each title and label
    phrase, and 'contact'), as folded; None when folding would change one (no test then)."""
    ends = {phrase.split()[-1] for phrase in words("officer") | words("officer_label")} | {"contact"}
    return tuple(sorted(ends)) if all(fold(end) == end for end in ends) else None


def _label_before_colon(folded: str | None, start: int, stop: int) -> bool:
    """Whether a label's last word ends just before a colon of the line ``folded[start:stop]``
    (spaces and tabs between: a label is followed by ``[ \t]*:``), which every match of the
    label pattern on the line needs; True when it cannot be told (``folded`` is None).

    >>> _label_before_colon("title: chief executive officer", 0, 30), _label_before_colon("ceo : kim", 0, 9)
    (False, True)
    """
    ends = _label_ends()
    if folded is None or ends is None:
        return True
    colon = folded.find(":", start, stop)
    while colon >= 0:
        if folded[start:colon].rstrip(" \t").endswith(ends):
            return True
        colon = folded.find(":", colon + 1, stop)
    return False


def _labelled(text: str) -> list[_Officer]:
    found = []
    for m in _labelled_matches(text):
        value = _value(m["value"])
        line_end = text.find("\n", m.end())
        if value.rstrip().endswith(",") and line_end > 0:  # the title runs on to the next line
            following = text[line_end + 1 : text.find("\n", line_end + 1)]
            if following.startswith("  ") and ":" not in following:
                value = value + " " + following.strip()
        split = _split_value(value)
        if split is None:
            continue
        name, stated = split
        label = closed_up(squash(m["label"]))  # '대 표 이 사' is the title 대표이사
        if label.casefold() == "contact":
            if not stated or not officer_title_pattern().fullmatch(stated):
                continue
        if stated:
            title = _locate(text, stated, m.start("value"), m.end() + 200)
        else:
            title = _title_below(text, m.end()) or Located(label, m.start("label"), m.end("label"))
        found.append(_Officer(_locate(text, name, m.start("value"), m.end()), title))
    return found


def _title_below(text: str, line_end: int) -> Located | None:
    r"""The title printed alone on the line after a label's line, in its first cell: a results
    summary's header table gives the label 'Representative' the name in its row and the title
    in the next ('Representative: | Ichiro Tanaka |' / 'Representative Director and President |'),
    where the label is no title of its own.

    >>> text = "Representative: | Ichiro Tanaka |\nRepresentative Director and President | |\n"
    >>> _title_below(text, text.index("\n")).value
    'Representative Director and President'
    >>> _title_below("CEO: Ichiro Tanaka\nCode No.: 9999\n", 18) is None
    True
    """
    if line_end < 0 or line_end >= len(text):
        return None
    start = line_end + 1
    stop = text.find("\n", start)
    stop = len(text) if stop < 0 else stop
    cells = [c.strip() for c in text[start:stop].split("|")]
    title = squash(cells[0]) if cells and ":" not in text[start:stop] and not any(cells[1:]) else ""
    if not title or not officer_title_pattern().fullmatch(title):
        return None
    first = text.find(cells[0], start, stop)
    return Located(title, first, first + len(cells[0]))


def _title_over_name(text: str) -> list[_Officer]:
    """A table's title line with the name on the next line ('President & CEO' / 'Kim, Jung-Tae'),
    lines of text apart (blank lines are skipped). A title line is looked for only among the
    lines that hold a word every title holds (the title pattern's gate: 'president', 'chairman',
    'ceo'...), found in the folded text; its neighbours are read around it, not every line of
    the head sorted out first."""
    head = head_lines(text, HEAD)
    found = []
    for i in sorted(_title_lines(text, head)):
        line = head[i]
        title = line.stripped.strip("| ")
        if line.blank or not officer_title_pattern().fullmatch(title):
            continue
        after = _filled(head, i, 1, 2)
        if not after:
            continue  # the head's last line of text: no name under it
        if any(_SIGNING.search(near.text) for near in (*_filled(head, i, -1, 3), line, *after)):
            continue
        name = person_name(after[0].stripped.strip("| "))
        if name:
            found.append(_Officer(_locate(text, name, after[0].start, after[0].end),
                                  _locate(text, title, line.start, line.end)))
    return found


def _filled(lines: list[Line], i: int, step: int, count: int) -> list[Line]:
    """Up to ``count`` lines that are not blank, going ``step`` from ``lines[i]``."""
    found: list[Line] = []
    k = i + step
    while 0 <= k < len(lines) and len(found) < count:
        if not lines[k].blank:
            found.append(lines[k])
        k += step
    return found


def _title_lines(text: str, head: list[Line]) -> set[int] | range:
    """The indices of the ``head`` lines (of ``text``) that hold one of the words of the title
    pattern's first gate, which every title the pattern matches holds; all of them when the
    pattern has no gate or folding changed the text's offsets."""
    gates = _title_gated().gates
    folded = folded_text(text)
    if not gates or len(folded) != len(text):
        return range(len(head))
    return set(lines_holding(folded, head, gates[0]))


@cache
def _officer_in_parenthesis() -> tuple[re.Pattern[str], ...]:
    """'(CEO: John Doe)', '(Listed; President: ...)'; '(대표이사 홍길동)'."""
    titles = officer_title_pattern().pattern
    english = re.compile(rf"\s*\((?:[^;():]{{1,24}};\s*)?(?P<title>{titles})\s*:\s*(?P<name>[^();]{{3,40}})\)")
    korean = re.compile(rf"\s*\((?P<title>{titles})\s+(?P<name>[가-힣]{{2,4}})\)")
    return english, korean


def _after_company(text: str, registrant: Located | None) -> list[_Officer]:
    """The officer the parenthesis after the company's name gives."""
    if registrant is None or not str(registrant.value):
        return []
    name = str(registrant.value)
    position = text.find(name, 0, HEAD)
    while position >= 0:
        for pattern in _officer_in_parenthesis():
            m = pattern.match(text, position + len(name))
            officer = person_name(m["name"]) if m else None
            if m and officer:
                return [_Officer(_locate(text, officer, m.start("name"), m.end("name")),
                                 Located(squash(m["title"]), m.start("title"), m.end("title")))]
        position = text.find(name, position + 1, HEAD)
    return []


@cache
def _officer_in_sentence() -> tuple[re.Pattern[str], ...]:
    """'the Company's CEO John Doe'; a line 'Mr. John Doe, Chairman and Chief Executive Officer'."""
    titles = officer_title_pattern().pattern
    # 'the Company's' or 'its', written to open with the class of their first letters: ``re``
    # then skips to the next t or i instead of trying both words at every position of the head
    # (the same matches: each branch looks back at the letter it begins with)
    possessive = re.compile(rf"""[tTiI](?:(?<=[tT])(?i:he\s+company['’]s)|(?<=[iI])(?i:ts))
                                 \s+(?P<title>{titles})\s*,?\s+  # the title, perhaps a comma
                                 (?P<name>[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){{1,3}})  # the name""",
                            re.VERBOSE)
    line = re.compile(rf"^[ \t]*(?P<name>(?:Mr|Ms|Mrs|Dr)\.?\s+[^,\n]{{3,40}}),\s+(?P<title>{titles})[ \t]*$", re.MULTILINE)
    return possessive, line


# where a line opens with an honorific: the only places the line pattern above can match
_HONORIFIC = re.compile(r"[ \t]*(?:Mr|Ms|Mrs|Dr)")
_HONORIFICS = ("Mr", "Ms", "Dr")  # ('Mrs' opens with 'Mr')


def honorific_line_starts(text: str, end: int) -> list[int]:
    r"""Where the lines start that ``_HONORIFIC`` matches (wholly before ``end``), in order:
    the lines of each 'Mr', 'Ms' or 'Dr' of ``text[:end]`` (found by ``str.find``) that only
    spaces and tabs precede on its line, instead of trying the pattern after every line break.

    >>> honorific_line_starts("Mr. A\n  Dr. B, Ms. C\nno Mr\n\tMrs. D", 100)
    [0, 6, 27]
    """
    starts: set[int] = set()
    for at in (at for word in _HONORIFICS for at in word_offsets(text, word, 0, end)):
        line_start = text.rfind("\n", 0, at) + 1
        if not text[line_start:at].strip(" \t"):
            starts.add(line_start)
    return sorted(starts)


def _line_matches(pattern: re.Pattern[str], text: str, end: int) -> list[re.Match[str]]:
    """``pattern.finditer(text, 0, end)`` for a pattern whose matches open a line with an
    honorific: it is tried at those lines' starts only, each after the last match's end."""
    starts = honorific_line_starts(text, end)
    found: list[re.Match[str]] = []
    for start in starts:
        m = pattern.match(text, start, end) if not found or start >= found[-1].end() else None
        if m:
            found.append(m)
    return found


def _possessive_matches(pattern: re.Pattern[str], text: str, end: int) -> list[re.Match[str]]:
    """``pattern.finditer(text, 0, end)`` for the possessive pattern: every match opens with
    'its' or 'the' + white space + 'company' (case-insensitively: the same letters of the folded
    text), so it is tried only where those begin, not at every t and i of the head. ('the' is
    found back from each 'company' over the white space before it: 'company' is the rarer.)"""
    folded = folded_text(text)
    if len(folded) != len(text):  # (folding changed the offsets)
        return list(pattern.finditer(text, 0, end))
    head = folded[:end]
    starts = word_offsets(head, "its")
    for company in word_offsets(head, "company"):
        at = company
        while at > 0 and head[at - 1].isspace():  # (``\s`` is ``str.isspace``'s white space)
            at -= 1
        if at < company and head.endswith("the", 0, at):
            starts.append(at - 3)
    return list(matches_from(pattern, text, sorted(starts), end))


def _in_sentences(text: str) -> list[_Officer]:
    """'the Company's CEO John Doe'; a line 'Mr. John Doe, Chairman and Chief Executive Officer'."""
    found = []
    possessive, line = _officer_in_sentence()
    head = min(len(text), HEAD)
    for m in [*_possessive_matches(possessive, text, head), *_line_matches(line, text, head)]:
        name = person_name(m["name"])
        if name:
            found.append(_Officer(_locate(text, name, m.start("name"), m.end("name")),
                                  Located(squash(m["title"]), m.start("title"), m.end("title"))))
    return found


@cache
def _title_gated() -> Gated:
    return Gated(officer_title_pattern())


def _names_a_title(text: str) -> bool:
    """Whether the head may name an officer's title: a title line, 'the Company's CEO' and
    'Mr. X, President' each hold a match of the title pattern within the head, and so one of
    the words every such match holds ('president', 'chairman', 'executive', 'ceo'...: the
    pattern's gate); a quarter of the bench's heads hold none. (Searching the head for a match
    would refuse half of them, but cost as much as the readers it spares.)"""
    return _title_gated().may_match(folded_piece(text, 0, HEAD))


def find_officers(text: str, registrant: Located | None) -> list[tuple[Located, Located]]:
    """(name, title) of each officer the document names, in order, each person once."""
    seen: set[str] = set()
    officers = []
    titled = _names_a_title(text)
    candidates = (_labelled(text) + (_title_over_name(text) if titled else []) + _after_company(text, registrant)
                  + (_in_sentences(text) if titled else []))
    for officer in sorted(candidates, key=lambda o: o.name.start):
        key = re.sub(r"\W+", "", str(officer.name.value)).casefold()
        if key in seen:
            continue
        seen.add(key)
        officers.append((officer.name, officer.title))
    return officers
