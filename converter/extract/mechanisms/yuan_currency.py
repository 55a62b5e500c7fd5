"""The dollar of a bare 元: New Taiwan dollar, renminbi or Hong Kong dollar, as the document says.

Chinese writes 元 after the figures of all three ("營收1,234.5億元", "每股盈餘3.21元"); the amount
parser reads a bare 元 as the yuan (``data/currencies.tsv``), which a Taiwanese or Hong Kong text
is not. The document tells which dollar it counts in: a currency it names anywhere (新台幣 ... 元,
人民币 ... 元, 港元), else the wording of one market's financial press (每股純益, 法說會: Taiwan;
每股收益, 净利润: mainland China). Named currencies come first: a mainland issuer's Hong Kong
announcement names 港元 while writing 环比. Taiwanese wording beside another named currency (a
Taiwanese story on a mainland subsidiary's 人民幣 figures) leaves the 元 open, as do two named
currencies or none: those amounts are left unmapped with the reason, never guessed. A sentence
that states its figures in another currency (以美元計算, "counted in US dollars") keeps its bare
元 amounts out too. The words are in ``data/yuan_markers.tsv``.

>>> document_yuan("第3季稅後純益812億元，每股純益2.35元"), document_yuan("營收新台幣88.6億元，淨利9.4億元")
('TWD', 'TWD')
>>> document_yuan("营业收入427亿元，每股收益0.52元"), document_yuan("營收5億元"), document_yuan("人民幣2億元，每股純益1元")
('CNY', None, None)
"""

from __future__ import annotations

import dataclasses
from functools import cache, lru_cache

from converter.extract.mechanisms.prose_figures import Figure
from converter.resources import data_rows

# the one character that closes an amount of any of the three dollars
YUAN = "元"
# the reasons a bare 元 amount is left out (the unmapped report)
UNTOLD = "a bare 元 whose dollar the document does not tell (no 新台幣, 人民幣 or 港元, nor one market's wording)"
OTHER_BASIS = "a bare 元 of a sentence that states its figures in another currency (以美元計算)"


@cache
def _markers(kind: str) -> tuple[tuple[str, str], ...]:
    """(word, ISO code) of one kind of ``data/yuan_markers.tsv``."""
    return tuple((word, code) for k, word, code in data_rows("yuan_markers.tsv") if k == kind)


def _codes(kind: str, text: str) -> set[str]:
    return {code for word, code in _markers(kind) if word in text}


@lru_cache(maxsize=4)  # asked by the prose binder and the dividend reader of one document
def document_yuan(text: str) -> str | None:
    """The ISO code of the document's bare 元, or None where the document does not tell it."""
    if YUAN not in text:
        return None
    named, usage = _codes("named", text), _codes("usage", text)
    found = set(named) or usage
    if named and "TWD" in usage:
        found.add("TWD")  # Taiwanese wording naming another dollar: its 元 may be either
    return found.pop() if len(found) == 1 else None


def is_bare_yuan(figure: Figure) -> bool:
    """An amount the parser read as yuan from its closing 元 alone ("3.21元", "1234.5 億元"); a
    named currency before it ends the amount's text before the 元 ("人民幣100億")."""
    return figure.currency == "CNY" and figure.text.rstrip().endswith(YUAN)


def settle_yuan(figures: list[Figure], sentence: str, yuan: str | None) -> tuple[list[Figure], list[tuple[Figure, str]]]:
    """The figures of a sentence with each bare 元 amount in the document's dollar ``yuan``, and
    those left out with their reason (no dollar told, or the sentence counts in another)."""
    if not any(is_bare_yuan(f) for f in figures):
        return figures, []
    basis = _codes("basis", sentence)
    kept: list[Figure] = []
    left: list[tuple[Figure, str]] = []
    for f in figures:
        if not is_bare_yuan(f):
            kept.append(f)
        elif basis and basis != {yuan}:
            left.append((f, OTHER_BASIS))
        elif yuan is None:
            left.append((f, UNTOLD))
        else:
            kept.append(dataclasses.replace(f, currency=yuan))
    return kept, left
