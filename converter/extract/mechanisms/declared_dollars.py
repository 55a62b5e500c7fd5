"""The dollar of a bare "$" under a statement's declared currency.

Results announcements of Hong Kong, Taiwanese, Singaporean and Australian issuers declare their
currency once, for a statement or for the whole announcement: "(in HK$ million)", "(Expressed in
Hong Kong dollars)", "(Amounts expressed in thousands of New Taiwan dollars)", "All amounts are in
S$". The figures below it, per-share amounts included, are then printed with a bare "$"
("Basic earnings per share $0.45"), which the amount parser reads as the US dollar, the symbol's
meaning alone. Where the document declares one dollar, its bare "$" amounts are in that dollar;
where it declares two (a statement in NT$ beside a convenience column in US$), a bare "$" could
be either, and its amounts are left out with the reason, never guessed. A document that declares
none keeps the US dollar. The words are in ``data/declared_dollars.tsv``.

>>> sorted(declared_dollars("CONSOLIDATED INCOME STATEMENT (Expressed in Hong Kong dollars)"))
['HKD']
>>> sorted(declared_dollars("(Amounts expressed in thousands of New Taiwan dollars) ... (in US$ millions)"))
['TWD', 'USD']
>>> sorted(declared_dollars("All amounts are in S$ unless otherwise stated."))
['SGD']
>>> sorted(declared_dollars("Revenue rose to HK$1.2 billion; loans in US$ were repaid."))  # amounts, no declaration
[]
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache, lru_cache

from converter.model import Mention, Observation, SourceDocument, Span, UnitSpec
from converter.resources import data_rows

# the reason a bare "$" amount is left out (the unmapped report)
CONFLICT = "a bare $ in a document that declares two dollars ({codes}): either may be meant"
_USD = "iso4217:USD"
# before a bare "$": no letter ("US$", "HK$", "NT$", "S$") and no "." ("U.S.$")
_NOT_BARE = re.compile(r"[A-Za-z.]")


@cache
def _dollar_codes() -> dict[str, str]:
    """Each declared dollar's word (lower case) and its ISO code (``data/declared_dollars.tsv``)."""
    return {word.lower(): code for word, code in data_rows("declared_dollars.tsv")}


@cache
def _declaration() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(_dollar_codes(), key=len, reverse=True))
    return re.compile(rf"""
        (?:\(\s*(?:(?:all\s+)?(?:amounts|figures)\s+(?:are\s+)?)?             # "(", "(Amounts ", "(All amounts are "
             (?:(?:expressed|stated|presented|reported)\s+)?in\s+               # "expressed in", "in"
          |\b(?:all\s+)?(?:amounts|figures)\s+(?:are\s+)?                      # "All amounts are in"
             (?:(?:expressed|stated|presented|reported)\s+)?in\s+
          |\b(?:expressed|presented)\s+in\s+)                                   # "... are expressed in"
        (?:(?:thousands|millions|billions)\s+of\s+)?                            # "thousands of"
        (?P<dollar>{words})(?![A-Za-z])                                         # the dollar declared
        """, re.VERBOSE | re.IGNORECASE)


@lru_cache(maxsize=4)
def declared_dollars(text: str) -> frozenset[str]:
    """The ISO codes of the dollars the document declares its amounts in."""
    if "dollar" not in text and "$" not in text and "USD" not in text.upper():
        return frozenset()
    codes = _dollar_codes()
    return frozenset(codes[m["dollar"].lower()] for m in _declaration().finditer(text))


def _bare_dollar(raw: str, span: Span | None) -> bool:
    """Whether the amount at ``span`` is printed with a bare "$" (in it, or just before it)."""
    if span is None:
        return False
    start = max(0, span.start - 2)
    at = raw.find("$", start, span.end)
    while at != -1:
        if at == 0 or not _NOT_BARE.match(raw, at - 1):
            return True
        at = raw.find("$", at + 1, span.end)
    return False


def settle_bare_dollars(document: SourceDocument, observations: list[Observation]
                        ) -> tuple[list[Observation], list[Mention]]:
    """The observations with each bare "$" amount in the document's declared dollar, and those
    left out where the document declares two."""
    if "$" not in document.text:
        return observations, []
    raw = document.raw
    bare = {i for i, o in enumerate(observations)
            if o.unit is not None and o.unit.numerator == (_USD,) and _bare_dollar(raw, o.span)}
    if not bare:
        return observations, []
    declared = declared_dollars(document.text)
    if not declared or declared == {"USD"}:
        return observations, []
    kept: list[Observation] = []
    left: list[Mention] = []
    reason = CONFLICT.format(codes=", ".join(sorted(declared)))
    for i, o in enumerate(observations):
        if i not in bare:
            kept.append(o)
        elif len(declared) > 1:
            assert o.span is not None
            left.append(Mention(raw[o.span.start:o.span.end], o.span, reason))
        else:
            (code,) = declared
            unit = UnitSpec((f"iso4217:{code}",), o.unit.denominator if o.unit else ())
            kept.append(dataclasses.replace(o, unit=unit))
    return kept, left
