"""Another company a sentence names by its tie to the story's company: "The affiliate's revenue
rose 8%", "Net profit at affiliate Gaon Motors rose 6%", "Sales of the smaller carmaker rose 2%",
"..., while the sister company's operating profit fell 3%". Its figures are that company's, never
the story's company's: on its counterparty member where the sentence names it, else left out
(which company the role means cannot be told for sure). Read by ``figure_subjects.NewsCompanies``.
The words: kinds ``en_role``, ``en_role_mark`` and ``descriptor`` of ``data/name_words.tsv``.
"""

from __future__ import annotations

import re
from functools import cache

from converter.parse.gates import fold

_DIGIT = re.compile(r"\d")
_ARTICLE = r"(?:the|its|their)\s+"  # the role's article: 'the affiliate', 'its affiliate'


@cache
def _role(article: str) -> str:
    """Regex source of a role: 'the affiliate', 'its smaller listed affiliate', 'the smaller
    carmaker' (a descriptor only with a mark that makes it another company), with the name the
    role is in apposition to, if any ('its affiliate Gaon Motors')."""
    from converter.extract.mechanisms.names import title_alternation
    roles = title_alternation("en_role", latin_only=True)
    marks = title_alternation("en_role_mark", latin_only=True)
    descriptors = title_alternation("descriptor", latin_only=True)
    return rf"""{article}                                               # the, its
        (?P<role>(?:[a-z][\w-]*\s+){{0,2}}?(?:{roles})                 # (smaller) affiliate
          | (?:{marks})\s+(?:[a-z][\w-]*\s+)?(?:{descriptors}))         # smaller carmaker
        (?![\w-])(?:['’]s|(?<=s)['’])?                                 # (no longer word); 's
        (?:\s*,?\s+(?P<name>(?-i:[A-Z][\w&.-]*(?:[ \t]+(?:[A-Z][\w&.-]*|&)){{0,4}})))?  # Gaon Motors
        """


@cache
def _gate_words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The words a role needs (``_role``): the first word of a role, or a mark and a descriptor."""
    from converter.extract.mechanisms.names import words

    def firsts(kind: str) -> tuple[str, ...]:
        return tuple(sorted({phrase.split()[0] for phrase in words(kind) if phrase.isascii()}))
    return firsts("en_role"), firsts("en_role_mark"), firsts("descriptor")


def _may_name_role(folded: str) -> bool:
    """Whether a case-folded sentence holds the words of a role: every sentence of an English
    story is asked, and few name another company so, while the patterns try each position.
    (The pattern's own literal gate would be weaker: it keeps a mark word such as "other"
    without the descriptor that must follow it.)"""
    roles, marks, descriptors = _gate_words()
    return any(w in folded for w in roles) or (
        any(w in folded for w in marks) and any(w in folded for w in descriptors))


@cache
def _opening() -> re.Pattern[str]:
    """A sentence or clause opening on a role: "The affiliate's revenue", "Meanwhile, its affiliate X"."""
    return re.compile(rf"""^\s*(?:(?:Meanwhile|However|Separately|By\s+contrast|In\s+contrast)\s*,?\s*)?  # Meanwhile,
        {_role(_ARTICLE)}""", re.VERBOSE | re.IGNORECASE)


@cache
def _owner() -> re.Pattern[str]:
    """A role owning the measure before it: "Net profit at affiliate X", "Sales of the smaller carmaker"."""
    return re.compile(rf"""\b(?:at|of|for)\s+                                  # at, of
        {_role(f"(?:{_ARTICLE})?")}""", re.VERBOSE | re.IGNORECASE)


def role_company(sentence: str) -> tuple[str | None, str] | None:
    """(the company's name as printed, or None where the sentence does not name it; the role as
    printed) of a sentence that opens on another company by its role, or names one as the owner
    of its first measure before its first figure; None where it names none so.

    >>> role_company("The affiliate's revenue rose 8 percent to 9 trillion won.")
    (None, 'affiliate')
    >>> role_company("Net profit at affiliate Gaon Motors rose 6 percent to 800 billion won.")
    ('Gaon Motors', 'affiliate')
    >>> role_company("Sales of the smaller carmaker rose 2 percent.")
    (None, 'smaller carmaker')
    >>> role_company("The carmaker's net profit rose 4 percent."), role_company("Its revenue rose 3%.")
    (None, None)
    """
    if not _may_name_role(fold(sentence)):
        return None
    m = _opening().match(sentence)
    if m is None:
        head = sentence[:d.start()] if (d := _DIGIT.search(sentence)) else sentence
        m = _owner().search(head)
    if m is None:
        return None
    return m["name"], " ".join(m["role"].split())
