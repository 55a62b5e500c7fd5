"""A share's par value where other readers do not look: the amount BEFORE the words ("NT$10 par
value common shares", "NT10 par value stocks", "US$0.01 par value ordinary shares") and the Chinese
and Japanese labels ("每股面額新台幣10元", "每股面值人民币1.00元", "1株の額面金額50円") and the Korean
ones of a notice's prose ("1주당 액면가액: 500원", "액면가액은 주당 5,000원"). The prose
form "par value of Won 5,000 per share" is read by the press, resolution and 20-F readers.

Words in ``data/par_value_words.tsv``. Only a share's par value is read: the phrase must have a
word of shares right after it (a bond's "US$100,000 par value" is its face amount), and a
figure with a scale (a million, 億) is no par value.

>>> [(str(p.value), p.currency) for p in par_values("registered share certificates, NT10 par value stocks")]
[('10', 'TWD')]
>>> [(str(p.value), p.currency) for p in par_values("發行普通股，每股面額新台幣10元。")]
[('10', 'TWD')]
>>> [(str(p.value), p.currency) for p in par_values("분할 전 1주당 액면가액은 5,000원, 분할 후 액면가는 주당 500원")]
[('5000', 'KRW')]
>>> [(str(p.value), p.currency) for p in par_values("US$100,000 par value of the bonds")]
[]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from converter.extract.base import DocumentContext, Found
from converter.extract.mechanisms.sentences import Collected, has_hangul
from converter.model import Mention, Observation, UnitSpec
from converter.parse.amounts import find_amounts
from converter.parse.gates import Gated, fold, folded_text
from converter.resources import data_rows

_LARGEST_PAR = Decimal(1_000_000)  # above it a figure is an issue's amount, not one share's par
_AMOUNT_CHARS = 24  # how far an amount reaches before its words or after its label


@dataclass(frozen=True)
class ParValue:
    value: Decimal
    currency: str
    decimals: int | None
    start: int
    end: int


@cache
def _words(kind: str) -> str:
    return "|".join(f"(?:{r[1]})" for r in data_rows("par_value_words.tsv") if r[0] == kind)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return {
        "after": re.compile(rf"(?:{_words('after_amount')})(?=[\s,]*(?:{_words('share_word')}))", re.I),
        "label": re.compile(_words("label")),
        "after_change": re.compile(_words("after_change")),
        # "NT10": a currency written without its symbol, then the figure
        "bare": re.compile(rf"(?<![A-Za-z])(?P<c>{_words('currency')})\s?(?P<v>\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?)$"),
    }


@cache
def _label_gated() -> Gated:
    return Gated(_patterns()["label"])


@cache
def _bare_currencies() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(rf"(?:{r[1]})$"), r[2]) for r in data_rows("par_value_words.tsv") if r[0] == "currency")


_LEAD = r"[\s-]*"  # how the phrases after an amount begin: the spaces or dash after the figure


@cache
def _after_words() -> Gated | None:
    """The phrases after an amount without their leading spaces, where all of them begin so
    (gated: tried only where their opening words begin, "par", not at every position)."""
    phrases = [r[1] for r in data_rows("par_value_words.tsv") if r[0] == "after_amount"]
    if not all(phrase.startswith(_LEAD) for phrase in phrases):
        return None
    return Gated(re.compile("|".join(f"(?:{phrase[len(_LEAD):]})" for phrase in phrases), re.I))


def after_matches(text: str) -> list[re.Match[str]]:
    """The matches of the "after" pattern, in order: each starts where the spaces before a
    phrase's words begin, so the pattern is tried there, not at every position of the text
    (where its leading spaces are read again from each).

    >>> [m.group() for m in after_matches("NT$10 par value common shares; US$1 - par value stock")]
    [' par value', ' - par value']
    """
    words = _after_words()
    if words is None:
        return list(_patterns()["after"].finditer(text))
    found, pos = [], 0
    folded = folded_text(text)  # (the document's own fold: par values are read from the whole text)
    while hit := words.first(text, folded, pos):
        start = hit.start()
        while start > pos and (text[start - 1].isspace() or text[start - 1] == "-"):  # the lead's [\s-]
            start -= 1
        m = _patterns()["after"].match(text, start)
        if m:
            found.append(m)
        pos = m.end() if m else hit.start() + 1
    return found


def par_values(text: str) -> list[ParValue]:
    """Every par value stated in the two forms, in order."""
    found: list[ParValue] = []
    for m in after_matches(text):
        before = m.start()
        amount = _amount_ending(text, before)
        if amount:
            found.append(amount)
    for m in _label_gated().finditer(text, fold(text)):  # most texts lack the labels' 面
        if _patterns()["after_change"].search(text, max(0, m.start() - 12), m.start()):
            continue  # '분할 후 액면가는 주당 500원': the par value after a split, not the shares' now
        amounts = find_amounts(text[m.end():m.end() + _AMOUNT_CHARS])
        if amounts and amounts[0].start == 0 and amounts[0].currency and amounts[0].value < _LARGEST_PAR:
            a = amounts[0]
            found.append(ParValue(a.value, a.currency, a.decimals, m.end() + a.start, m.end() + a.end))
    return sorted(found, key=lambda f: f.start)


def _amount_ending(text: str, end: int) -> ParValue | None:
    """The amount with a currency that ends right at ``end`` ("NT$10", "US$0.01", "NT10")."""
    lo = max(0, end - _AMOUNT_CHARS)
    window = text[lo:end]
    amounts = [a for a in find_amounts(window) if a.end == len(window)]
    if amounts and amounts[-1].currency and amounts[-1].value < _LARGEST_PAR:
        a = amounts[-1]
        return ParValue(a.value, a.currency, a.decimals, lo + a.start, lo + a.end)
    bare = _patterns()["bare"].search(window)
    if bare is None:
        return None
    currency = next((code for pattern, code in _bare_currencies() if pattern.match(bare["c"])), None)
    value = Decimal(bare["v"].replace(",", ""))
    if currency is None or value >= _LARGEST_PAR:
        return None
    decimals = len(bare["v"].partition(".")[2])
    return ParValue(value, currency, decimals, lo + bare.start(), lo + bare.end())


def extract_par_values(ctx: DocumentContext) -> Found:
    """The reader: the first par value the document states in these forms (a document states
    its shares' one par value; a second figure would be a change, read by the action readers).
    In a Korean story, one stated where the text is about another company is that company's
    (``_of_another``): left out."""
    out = Collected()
    for par in par_values(ctx.text)[:1]:
        if has_hangul(ctx.text, 0, 2000) and (other := _of_another(ctx, par.start)) is not None:
            out.unmapped.append(Mention(ctx.text[par.start:par.end], ctx.span(par.start, par.end),
                                        f"par value of '{other}', which may not be the registrant"))
            continue
        out.add(Observation("CommonStockParValuePerShare", par.value, ctx.document_period,
                            UnitSpec.per_share(par.currency), par.decimals, span=ctx.span(par.start, par.end),
                            rule="par-value"), par.start, par.end)
    return Found(tuple(out.observations), tuple(out.unmapped))


def _of_another(ctx: DocumentContext, at: int) -> str | None:
    """The company a Korean story is about at ``at`` where it is not the registrant (its
    sentences read in order, as the results figures are: "한빛반도체는 ... 결의했다. 주당 액면가
    1,000원을 500원으로 나누는 것으로 ..." is 한빛반도체's); None where it is the registrant's."""
    from converter.extract.mechanisms.figure_subjects import NewsCompanies
    from converter.extract.mechanisms.sentences import sentences
    spans = sentences(ctx.text, 0, min(len(ctx.text), at + 1))
    companies = NewsCompanies(ctx.registrant, spans, ctx.text)
    subject = None
    for s in spans:  # (one pass, up to the par value's sentence, only where one is found)
        subject = companies.subject(s.text, s.start)
    if subject is None or (subject.axis is None and not subject.unknown):
        return None
    return subject.member
