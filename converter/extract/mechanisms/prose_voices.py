"""Two values of one fact stated about different companies: neither is safely the registrant's.

A story about several companies may leave each one's figures on the registrant's own context
when it cannot tell them apart ("Hanul Group ... 848.5 billion won" and "Hanul Solar ... 385.2
billion won" share a name; a digest's items name their companies in ways the subject finder
does not read). Where one fact then gets two values from sentences naming different companies,
keeping the first (as mapping does for any conflict) keeps some company's value, not reliably
the registrant's: the value of a sentence naming the registrant is kept, and where none names
it, every value is left unmapped, reported with the companies it may be of.

>>> from decimal import Decimal
>>> from converter.model import Period, Span
>>> fact = lambda v, d=0: Observation("Revenues", Decimal(v), Period.forever(), decimals=d, rule="r")
>>> a, b, c = fact("100"), fact("200"), fact("104", -1)
>>> [o.value for o in disagreeing([(a, "Hanul Group"), (b, "Hanul Solar")], None)]
[Decimal('100'), Decimal('200')]
>>> [o.value for o in disagreeing([(a, "Hanul Group"), (b, "Hanul Solar")], "Hanul Group Co.")]
[Decimal('200')]
>>> disagreeing([(a, "Hanul Group"), (b, None)], None), disagreeing([(a, "X"), (fact("100"), "Y")], None)
([], [])
>>> disagreeing([(a, "Hanul Group"), (c, "Hanul Solar")], None)  # 104 to tens states 100: one figure
[]
"""

from __future__ import annotations

from collections import defaultdict

from converter.extract.mechanisms.name_match import core_key
from converter.model import Observation
from converter.rounding import consistent


def _name_words(name: str) -> frozenset[str]:
    """The words of a company's name but its legal form (the ``legal_form`` phrases of
    data/beneficial_ownership_phrases.tsv): a legal form says nothing of which company it is
    ("Hanul" is "Hanul Co., Ltd.", "(주)한울" is "한울")."""
    return frozenset(core_key(name).split())


def _companies(speakers: list[str]) -> list[frozenset[str]]:
    """The different companies among ``speakers``: "Hanul" and "Hanul Group Co." are one (the
    words of one name hold the other's), "Hanul Group" and "Hanul Solar" two."""
    out: list[frozenset[str]] = []
    for name in speakers:
        words = _name_words(name)
        if words and not any(words <= known or known <= words for known in out):
            out.append(words)
    return out


def disagreeing(voiced: list[tuple[Observation, str | None]], registrant: str | None) -> list[Observation]:
    """The observations of ``voiced`` (each with the company its sentence names) to leave out:
    those of a fact whose values differ between sentences naming different companies, but the
    ones of the sentences naming the registrant."""
    by_fact: dict[tuple, list[tuple[Observation, str | None]]] = defaultdict(list)
    for obs, speaker in voiced:
        by_fact[(obs.concept, obs.period, obs.dimensions, obs.unit)].append((obs, speaker))
    out: list[Observation] = []
    for rows in by_fact.values():
        if len(rows) < 2 or len(_companies([s for _, s in rows if s])) < 2:
            continue
        if all(consistent(a, b) for i, (a, _) in enumerate(rows) for b, _ in rows[i + 1:]):
            continue
        mine = _name_words(registrant or "")
        own = [o for o, s in rows if s and mine and (_name_words(s) <= mine or mine <= _name_words(s))]
        out += [o for o, _ in rows if not any(o is k for k in own)]
    return out
