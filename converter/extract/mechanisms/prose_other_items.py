"""A percentage that is the change of another item of its sentence, not of the measure named
before it: "net profit rose 2% as other income fell 35%", "operating profit grew to Rs 900 crore,
with loan growth of 17.5%". The clause between the measure (or the figure before) and the
percentage opens on a conjunction and names an item the vocabularies do not know with a word of
change right before the percentage; the percentage is that item's change (unmapped), and the
measure gets no change from it.
"""

from __future__ import annotations

import re
from functools import cache

from converter.resources import data_rows

# where a clause opens: a conjunction, a comma or a semicolon
_CLAUSE_OPENS = re.compile(r"\b(?:as|while|whereas|with|and|but|amid|on|after|(?:led|driven|helped)\s+by|(?:due|thanks)\s+to)\s+|[,;]\s*",
                           re.IGNORECASE)


def _words(kind: str) -> str:
    """The alternation of ``kind``'s rows of ``data/measure_phrases.tsv`` (``change_verb``,
    ``change_noun``)."""
    return "|".join(row[4] for row in data_rows("measure_phrases.tsv") if row[0] == kind)


@cache
def _item_change() -> re.Pattern[str]:
    """The rest of the last clause before a percentage: another item and its word of change."""
    return re.compile(rf"""
    (?:(?:the|its|their|a|an)\s+)?                              # 'the' (no item yet)
    (?P<item>(?:[A-Za-z][\w-]*\s+){{0,3}}?[A-Za-z][\w-]*)          # 'other income', 'loan'
    \s+(?:
        (?:{_words("change_verb")})                                # 'fell', 'went up'
        (?:\s+by)?(?:\s+(?:about|around|nearly|almost|over|some|roughly))?  # 'by about'
      | (?:{_words("change_noun")})\s+of                          # 'growth of'
    )\s*$""", re.VERBOSE | re.IGNORECASE)


@cache
def _change_word() -> re.Pattern[str]:
    """Any word of change (a gate: most percentages follow none of their own)."""
    return re.compile(rf"(?:{_words('change_verb')}|{_words('change_noun')})", re.I)


# words that are no item: pronouns, verbs of being, prepositions, adverbs of the clause
_NOT_ITEM = frozenset("""it its it's they them this that these those which who what there here
    a an the is are was were be been has have had also then now still further again sharply slightly
    in on at of for from to by with as year quarter month period""".split())

OTHER_ITEM = "the change of '{}', another item of the sentence: not the measure's"


def other_item(between: str) -> str | None:
    """The item whose change a percentage is, where the words before it (``between``: from the
    measure or figure before it) open a clause of another item; None where they do not.

    >>> other_item(" as other income fell "), other_item(" in the quarter, with loan growth of ")
    ('other income', 'loan')
    >>> other_item(" to Rs 500 crore, a growth of ") is None, other_item(" and was up ") is None
    (True, True)
    """
    if not _change_word().search(between):  # (first: most percentages follow no word of change of their own)
        return None
    opens = list(_CLAUSE_OPENS.finditer(between))
    m = _item_change().match(between, opens[-1].end()) if opens else None  # (the percentage's clause: the last)
    if m is None:
        return None
    words = m["item"].split()
    if any(w.lower() in _NOT_ITEM or w.lower().endswith("ly") for w in words):
        return None
    return m["item"]
