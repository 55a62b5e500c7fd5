"""What a Schedule 13D/13G says of itself: which schedule it is, its amendment's number, the
Exchange Act rule it is filed under, and the date of the schedule an amendment amends.

Read by the schedule reader (``schedule_13``) and by the joint filing agreement reader
(``joint_filing``, whose agreements are filed with a schedule and name it); split from
``joint_filing``, whose module grew past 500 lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from converter.extract.mechanisms.checkbox import checked_in, mark_patterns, mark_reach
from converter.extract.mechanisms.name_match import canonical, phrase_pattern
from converter.extract.mechanisms.signature_lines import blank_cells
from converter.extract.mechanisms.subject_company import Located
from converter.parse.dates import find_dates
from converter.parse.gates import Gated, folded_text
from converter.parse.match_starts import matches_from, word_offsets
from converter.parse.numbers import number_words


@cache
def _schedule_names() -> Gated:
    """'Schedule 13D', 'Schedule 13G/A' (and '附表13D': Chinese runs its words together, so a
    boundary is also where a letter of another script stands before or after): tried only where
    the names begin (the pattern opens with a word boundary, which re tries at every position)."""
    return Gated(re.compile(rf"(?:\b|(?<=[^\x00-\x7f])){phrase_pattern('schedule')}(?![A-Za-z0-9_/])", re.I))


def schedule_type(text: str) -> Located | None:
    """``13D`` or ``13G``: the schedule the text names, unless it names both (``on Schedule 13G
    or Schedule 13D, as appropriate``).

    >>> schedule_type("filed on Schedule 13G or Schedule 13D, as appropriate") is None
    True
    """
    found = [(m, canonical("schedule", m.group(0))) for m in _schedule_names().finditer(text, folded_text(text))]
    titles = [(m, kind) for m, kind in found if _title_line(text, m)]
    if titles:  # the schedule's title names it, whatever its text cites before or after
        m, kind = titles[0]
        return Located(kind, m.start(), m.end())
    if not found or len({kind for _, kind in found}) > 1 and _either(text, found):
        return None
    m, kind = found[0]
    return Located(kind, m.start(), m.end())


# the rest of a title line after the schedule's name: "(Amendment No. 3)*", "(Rule 13d-101)"
_TITLE_REST = re.compile(r"[ \t|*]*(?:\([^()\n]{0,40}\)[ \t|*†‡]*)*$", re.M)
_LINE_OPENING = re.compile(r"(?:^|\n)[ \t|]*$")  # only blanks and cell marks before it on its line


def _title_line(text: str, m: re.Match[str]) -> bool:
    """Whether the schedule's name stands as a title, alone on its line (``SCHEDULE 13D``,
    ``|SCHEDULE 13G/A``, ``SCHEDULE 13D (Amendment No. 3)``): not a sentence citing a schedule
    (the 13D's ``... previously filed a statement on Schedule 13G ... check the following box``,
    a mirror site's ``Schedule 13G & 13D forms are used to ...``).

    >>> schedule_type("Schedule 13G & 13D forms are used by holders\\nSCHEDULE 13D\\n"
    ...               "If the filing person has previously filed a statement on Schedule 13G").value
    '13D'
    """
    return (_LINE_OPENING.search(text, max(0, m.start() - 80), m.start()) is not None
            and _TITLE_REST.match(text, m.end()) is not None)


# "13G or 13D", "13D and/or a 13G": the words between two schedules named as alternatives
_OR_BETWEEN = re.compile(r"\s*(?:,\s*)?(?:or|and/or)\s+(?:on\s+)?(?:a\s+)?", re.I)


def _either(text: str, found: list[tuple[re.Match[str], str | None]]) -> bool:
    """Whether two schedules are named as alternatives ("13G or 13D", "13D and/or 13G")."""
    for (a, _), (b, _) in zip(found, found[1:]):
        if _OR_BETWEEN.fullmatch(text[a.end() : b.start()]):
            return True
    return False


_OTHER_INSTRUMENT = re.compile(
    r"\s+(?:to|of)\s+(?:the\s+|that\s+certain\s+)?(?!Statement|Schedule)[^.;\n]{0,50}?"
    r"\b(?:Agreements?|Plan|Indenture|Certificate|Articles|By-?laws|Warrants?|Notes?)\b", re.I)
# "Amendment No. 2", "Amendment Number Two": tried only where 'ame' begins
_NUMBERED_AMENDMENT = Gated(re.compile(r"\bAmendment\s+(?:No\.?|Number)\s*(\d{1,3}|[A-Za-z]+)\b", re.I))


# "the Third Amendment": a word, then the word amendment
_WORD_AMENDMENT = re.compile(r"\b([A-Za-z0-9]+)\s+Amendment\b", re.I)
# what [A-Za-z0-9] matches under re.IGNORECASE: ASCII letters and digits, and the four letters
# that fold to an ASCII one (dotted and dotless i, long s, the Kelvin sign)
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\u0130\u0131\u017f\u212a")


def _ordinal_amendments(text: str) -> Iterator[re.Match[str]]:
    """``_WORD_AMENDMENT.finditer(text)``, tried only at the word before each 'amendment' (back
    over the white space, then over the word's letters and digits): the pattern opens with a
    word boundary and a class, which re tries at every position."""
    folded = folded_text(text)
    if len(folded) != len(text):  # (a text whose folding changed its length)
        return _WORD_AMENDMENT.finditer(text)
    starts = []
    for at in word_offsets(folded, "amendment"):
        start = at
        while start > 0 and text[start - 1].isspace():
            start -= 1
        while start > 0 and text[start - 1] in _WORD_CHARS:
            start -= 1
        starts.append(start)
    return matches_from(_WORD_AMENDMENT, text, starts)


def amendment_number(text: str) -> Located | None:
    """``Amendment No. 2`` / ``Amendment Number Two`` / ``the Third Amendment``; where several
    are cited (``... as amended by Amendment No. 1, is further amended by this Amendment No.
    2``) the highest: an amendment cites only the amendments before it.

    >>> [amendment_number(t).value for t in ("(Amendment No. 2)*", "Amendment No. Four",
    ...                                      "this First Amendment to Schedule 13D",
    ...                                      "as amended by Amendment No. 1, by this Amendment No. 2",
    ...                                      "(Amendment No. 1) ... Amendment No. 4 to the Shareholders' Agreement")]
    [2, 4, 1, 2, 1]
    >>> amendment_number("(Amendment No. __)*") is None
    True
    """
    words = number_words()
    found: list[Located] = []
    for m in _NUMBERED_AMENDMENT.finditer(text, folded_text(text)):
        token = m[1].lower()
        if _OTHER_INSTRUMENT.match(text, m.end()):
            continue  # "Amendment No. 3 to the Shareholders' Agreement" (an Item 6 contract)
        if token.isdigit() or words.get(token, (0, ""))[1] == "cardinal":
            number = int(token) if token.isdigit() else int(words[token][0])
            found.append(Located(number, m.start(), m.end()))
    if not found:
        for m in _ordinal_amendments(text):
            value, kind = words.get(m[1].lower(), (0, ""))
            if kind == "ordinal":
                found.append(Located(int(value), m.start(), m.end()))
    return max(found, key=lambda f: int(f.value)) if found else None  # type: ignore[call-overload]


def exchange_act_rule(text: str) -> Located | None:
    """The rule the filing is made under: a checked box, else the rule the text cites, as its
    shortest form with a paragraph (``13d-1(k)(1)``, not its clause ``13d-1(k)(1)(iii)``, nor
    the bare family ``13d-1`` of a title), leaving out the form's number (``Rule 13d-101``) and
    the rules of a box left unchecked (the 13D cover's ``... because of Rule 13d-1(e), 13d-1(f)
    or 13d-1(g), check the following box [ ]``).

    >>> exchange_act_rule("SCHEDULE 13D (Rule 13d-101) ... because of Rule 13d-1(e), 13d-1(f) "
    ...     "or 13d-1(g), check the following box. [ ] ... pursuant to Rule 13d-1(k)(1).").value
    '13d-1(k)(1)'
    >>> exchange_act_rule("[ ] Rule 13d-1 (b) [X] Rule 13d-1 (c) [ ] Rule 13d-1 (d)").value
    '13d-1(c)'
    >>> exchange_act_rule("Agreement Pursuant to Rule 13d-1 ... made pursuant to Rule "
    ...     "13d-1(k)(1)(iii) and Rule 13d-1(k)(1)").value
    '13d-1(k)(1)'
    >>> exchange_act_rule("JOINT FILING AGREEMENT PURSUANT TO RULE 13D-1(K)(1)").value
    '13d-1(k)(1)'
    """
    text = blank_cells(text)  # "|[X]" / "|Rule 13d-1(c)": cells of a flattened table
    rules = list(_rule_patterns()[0].finditer(text))
    listed, ticked = _rule_list(text)
    if ticked is not None:
        return Located(_rule_value(ticked.group(0)), ticked.start(), ticked.end())
    rules = [m for m in rules if not any(a <= m.start() < b for a, b in listed) and not _conditional(text, m)]
    checked = _checked_rule(text, rules)
    cited = [checked] if checked else [m for m in rules if not _unchecked(text, m)]
    if any("(" in m["rule"] for m in cited):
        cited = [m for m in cited if "(" in m["rule"]]  # "Rule 13d-1" of a title: the family
    if not cited:
        return None
    best = min(cited, key=lambda m: len(m["rule"]))
    return Located(_rule_value(best["rule"]), best.start("rule"), best.end("rule"))


def _rule_value(cited: str) -> str:
    """A cited rule as the CFR writes it: '13d-1(c)' of 'Rule 13d-1 (c)', 'RULE 13D-1(K)(1)'."""
    value = _PARAGRAPH_SPACE.sub("(", _RULE_WORD.sub("", " ".join(cited.split())))
    if not any(c.islower() for c in value):
        value = value.lower()  # a title in capitals ('PURSUANT TO RULE 13D-1(K)(1)'): the rule as the CFR writes it
    return value


# the paragraphs a Schedule 13G's cover lists, one box each, under "Check the appropriate box to
# designate the rule pursuant to which this Schedule is filed"
_LISTED_PARAGRAPHS = ("b", "c", "d")
_LIST_GAP = 40  # characters between two rules of the list: its boxes, rules, cell marks, line breaks
_CONDITIONAL = re.compile(r"\bif\b[^.;:]{0,60}\bfiled\s+pursuant\s+to\s+$", re.I)  # "If this statement is filed pursuant to"


@cache
def _list_patterns() -> tuple[re.Pattern[str], list[re.Pattern[str]]]:
    """The 13G's list of rules (two of them or more in a row, nothing but a box's mark between:
    no word of two letters), and each listed rule as a box's label."""
    rule = f"(?:{phrase_pattern('rule')})"
    one = rf"{rule}[ \t]?\([{''.join(_LISTED_PARAGRAPHS)}]\)"
    gap = rf"(?:(?![A-Za-z]{{2}})[\s\S]){{0,{_LIST_GAP}}}?"  # (a mark 'x', 'o', 'þ' is no word)
    labels = [re.compile(rf"{rule}[ \t]?\({p}\)(?![\w(])", re.I) for p in _LISTED_PARAGRAPHS]
    return re.compile(rf"{one}(?:{gap}{one})+(?![\w(])", re.I), labels


_LINE_REST = re.compile(r"[^\n]{0,12}")  # a box printed after the list's last rule, on its line


def _rule_list(text: str) -> tuple[list[tuple[int, int]], re.Match[str] | None]:
    """Where the 13G's lists of rules stand, and the rule whose box is ticked in one of them
    (``checkbox.checked_in``: a box before or after its rule, as the list's first box stands).
    Only a ticked box names the rule: a list whose boxes are all empty, or lost in the copy
    ('o', '¨', 'q', '£', nothing at all), names none, and its rules are no rule cited. A copy
    that prints each box on a line of its own above its rule is read with its lines joined."""
    pattern, labels = _list_patterns()
    spans: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        start, end = max(0, m.start() - _LIST_GAP), _LINE_REST.match(text, m.end()).end()  # type: ignore[union-attr]
        spans.append((m.start(), m.end()))
        joined = text[:start] + text[start:end].replace("\n", " ") + text[end:]  # (same length)
        found = checked_in(joined, m.start(), end, labels)
        if found is not None:
            ticked = labels[found.index].search(text, m.start(), end)
            if ticked is not None:
                return spans, ticked
    return spans, None


def _conditional(text: str, cited: re.Match[str]) -> bool:
    """Whether a rule is cited in a condition ("Item 3. If this statement is filed pursuant to
    Rule 13d-1(b) ..., check whether the person filing is a"): not the rule the filing is made under."""
    return _CONDITIONAL.search(text, max(0, cited.start() - 90), cited.start()) is not None


_RULE_WORD = re.compile(r"^Rules?\s+", re.I)  # the word before a rule's number
_PARAGRAPH_SPACE = re.compile(r"\s+\(")  # a space before the first paragraph: '13d-1 (c)' is '13d-1(c)'


@cache
def _rule_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A rule cited (``Rule 13d-1(k)(1)``), and a checked box right before one."""
    # its paragraphs, the first maybe set off by a space ('Rule 13d-1 (c)')
    rule = rf"(?:{phrase_pattern('rule')})(?:[ \t]?\(\w{{1,4}}\)(?:\(\w{{1,4}}\))*)?(?![\w(])"
    checked = mark_patterns()["checked"].pattern
    return (re.compile(rf"(?P<rule>{rule})", re.I),
            # (the mark as the data file writes it, in its case: a small thorn before a capital)
            re.compile(rf"(?-i:{checked})[ \t]*\n?[ \t]*(?P<rule>{rule})", re.I))


def _checked_rule(text: str, rules: list[re.Match[str]]) -> re.Match[str] | None:
    """The first checked box before a rule (``[X] Rule 13d-1(c)``): ``search`` of the second
    pattern of ``_rule_patterns``, tried only where such a match can start. Every match ends in
    one of ``rules``, and before it stand only white space and a mark of at most ``mark_reach``
    other characters; the mark's look-behinds (``x`` not in a word) try every position else."""
    reach = mark_reach("checked")
    boxed = _rule_patterns()[1]
    if reach is None:
        return boxed.search(text)
    starts: set[int] = set()
    for rule in rules:
        start, other = rule.start(), 0
        while start > 0 and (text[start - 1].isspace() or other < reach):
            other += not text[start - 1].isspace()
            start -= 1
        starts.update(range(start, rule.start()))
    return next(filter(None, (boxed.match(text, start) for start in sorted(starts))), None)


def _unchecked(text: str, cited: re.Match[str]) -> bool:
    """Whether a cited rule labels a box: ``[ ] Rule 13d-1(b)``, ``... check the following box``."""
    if _box_at_end().search(text[max(0, cited.start() - 8) : cited.start()]):
        return True  # a box of its own, checked or not: the checked one was taken first
    sentence_end = _SENTENCE_END.search(text[cited.end() : cited.end() + 200])
    rest = text[cited.end() : cited.end() + (sentence_end.end() if sentence_end else 200)]
    return _CHECK_THE_BOX.search(rest) is not None


@cache
def _box_at_end() -> re.Pattern[str]:
    """A box, checked or not, ending a stretch of text (the box of the rule after it)."""
    marks = mark_patterns()
    return re.compile(rf"(?:\[\s*_*\s*\]|{marks['unchecked'].pattern}|{marks['checked'].pattern})\s*$")


_SENTENCE_END = re.compile(r"\.(?:\s|$)|\n\s*\n")
_CHECK_THE_BOX = re.compile(r"\bcheck\s+the\s+(?:following\s+)?box\b", re.I)  # a rule labelling a box
_FILED_ON = re.compile(r"\bfiled\b[^.;]{0,70}\bon\s+$", re.I | re.S)  # "filed with the Commission on <date>"


# what was filed, right before "filed": an amendment ("the Amendment No. 14 to the Schedule 13D
# filed with the Commission on May 29, 2024"), whose date is its own, not the original's
_AMENDMENT_FILED = re.compile(
    r"""\bAmendment\s+No\.?\s*\d{1,3}                     # "Amendment No. 14"
        (?:\s+to\s+(?:the\s+|its\s+)?[\w\s]{0,40}?       # "to the (Initial) Statement on"
           Schedule\s+13[DG](?:/A)?)?                     # "Schedule 13D"
        \s+filed\Z                                       # and the "filed" of the clause
    """, re.I | re.X)


def original_filing_date(text: str) -> Located | None:
    """The date a ``filed ... on <date>`` clause gives the schedule being amended; not where
    what was filed is an amendment (``Amendment No. 3 [to the Schedule 13D] filed ... on``)."""
    for date in find_dates(text):
        before = text[max(0, date.start - 90) : date.start]
        filed = _FILED_ON.search(before)
        filed_end = date.start - len(before) + filed.start() + len("filed") if filed else 0
        if filed and not _AMENDMENT_FILED.search(text, max(0, date.start - 180), filed_end):
            return Located(date.value, date.start, date.end)
    return None
