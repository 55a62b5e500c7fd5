"""Stock splits, reverse splits and bonus issues as Korean news and notices state them.

Korean stories give a split by its par values ("1주당 액면가를 5,000원에서 500원으로 분할",
"5천원의 액면가를 주당 1천원으로", "액면가 5,000원 → 500원") or by a ratio ("10대 1 비율의 주식
분할", "1 대 5 주식분할"), and a reverse split (액면병합, 주식병합) the same way the other way round.
The ratio is read from the par values: a split's old par over its new one (5,000원 -> 500원: 10),
a reverse split's new par over its old one (500원 -> 2,500원: 5, ``ReverseStockSplitRatio``);
par values that move the other way than the story's word says, or whose quotient is no whole
number, give nothing. The kind is the one the sentence of the par values names ("... 변경하는
액면병합"), else the story's; a sentence naming both, or one naming none in a story naming both
(a market's count of splits and consolidations), gives nothing: which action it is cannot be told.

A bonus issue (무상증자: "1주당 1.5주를 배정") and the dates of either action that have no concept
(the day the new shares list, "신주 상장 예정일"; a bonus issue's record date, "신주배정기준일")
are reported with their reason, never booked as a split's.

Words in ``data/corporate_action_phrases.tsv`` (``forward_split``, ``reverse_split``,
``ko_bonus_issue``, ``ko_new_share_listing``, ``ko_allotment_record``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from converter.extract.base import DocumentContext, Found
from converter.extract.mechanisms.sentences import ACTIONS, Collected, PhraseFinder, Sentence, has_hangul, sentences
from converter.model import PURE, Mention, Observation
from converter.parse.amounts import Amount, find_amounts

_LARGEST_PAR = Decimal(1_000_000)  # above it an amount is no share's par value
_LARGEST_RATIO = 1000  # a quotient above it is no split's ratio (two unrelated amounts)

# what stands between a par value and the one it is changed to: "5,000원에서 500원으로",
# "5천원의 액면가를 주당 1천원으로", "지금 2백원인 액면가를 1천원으로", "5,000원 → 500원"
_PAR_CHANGE = re.compile(r"""
    \s*(?:에서|→|->|=>|⇒|~)\s*                      # "A원에서 B원", "A원 → B원"
    |\s*(?:의|인|이던|이었던)?\s*                     # "A원의", "A원인" (what the par value is)
     (?:액면\s*(?:가액|금액|가)\s*)?(?:을|를)\s*       # "액면가를": the par value changed
     (?:(?:[1１]\s*)?주당\s*)?                        # "주당 B원": per share again
    """, re.VERBOSE)
_TO = re.compile(r"\s*(?:으로|로)(?![가-힣]{0,1}\s*(?:늘|줄))")  # "B원으로" (the value it becomes)
_ARROW = re.compile(r"\s*(?:→|->|=>|⇒)")
# "10대 1 비율", "1 대 5 주식분할", "1:10 분할": two whole numbers of shares against each other
_KO_RATIO = re.compile(r"""
    (?<![\d.,])(?P<a>\d{1,4})\s*(?:대|:)\s*(?P<b>\d{1,4})(?![\d.,])   # "10대 1", "1 : 5"
    (?=\s*(?:의\s*)?(?:비율)?\s*(?:로|으로|의)?\s*(?:주식|액면|분할|병합))  # "비율로 주식을", "의 액면분할"
    """, re.VERBOSE)


# "8사", "13개사", "5곳", "2개 회사": a count of companies (the counter right after the number)
_COMPANIES_COUNTED = re.compile(r"(?<![\d.,])\d+\s*(?:개\s*(?:사|회사|기업|법인|상장사)|사|곳)(?![가-힣])|\d+\s*(?:개사|사|곳)(?=[가-힣])(?=(?:이나|이|가|는|은|로|도|와|의|에서)(?![가-힣]))")


@dataclass(frozen=True)
class ParChange:
    old: Amount
    new: Amount


def par_change(text: str) -> ParChange | None:
    """The par value a Korean sentence changes and the one it becomes (None: no such change).

    >>> c = par_change("1주당 액면가를 5,000원에서 500원으로 분할하기로 했다.")
    >>> (str(c.old.value), str(c.new.value))
    ('5000', '500')
    >>> c = par_change("지금 1백원인 액면가를 5백원으로 올리는 액면병합을 의결했다.")
    >>> (str(c.old.value), str(c.new.value))
    ('100', '500')
    >>> par_change("매출은 5,000원에서 500원으로 줄었다.") is None  # (a word of par value is needed)
    True
    """
    if "액면" not in text:
        return None
    amounts = [a for a in find_amounts(text) if a.currency == "KRW" and 0 < a.value < _LARGEST_PAR]
    for old, new in zip(amounts, amounts[1:]):
        between = _PAR_CHANGE.fullmatch(text, old.end, new.start)
        if between is None:
            continue
        if _TO.match(text, new.end) or _ARROW.match(text, old.end):
            return ParChange(old, new)
    return None


def _whole(value: Decimal) -> Decimal | None:
    """A quotient that is a whole number above one (a split's ratio), else None."""
    if value <= 1 or value > _LARGEST_RATIO or value != value.to_integral_value():
        return None
    return value.to_integral_value()


def split_ratio(change: ParChange, reverse: bool) -> Decimal | None:
    """The ratio a par change gives an action of the kind the story names: a split lowers the
    par value (old over new), a reverse split raises it (new over old); None where the values
    move the other way or give no whole number.

    >>> c = par_change("액면가를 5,000원에서 500원으로 분할")
    >>> split_ratio(c, reverse=False), split_ratio(c, reverse=True)
    (Decimal('10'), None)
    """
    old, new = change.old.value, change.new.value
    return _whole(new / old) if reverse else _whole(old / new)


def extract_korean_splits(ctx: DocumentContext) -> Found:
    """The reader (``data/readers.tsv``: run where a Korean text names a split or a bonus issue,
    whatever its family; such stories often state no results, which the press reader waits for)."""
    out = Collected()
    korean_split_facts(ctx, out, sentences(ctx.text, 0, len(ctx.text)))
    return Found(tuple(out.observations), tuple(out.unmapped))


def korean_split_facts(ctx: DocumentContext, out: Collected, spans: list[Sentence]) -> None:
    """The ratio of the one kind of split a Korean story names, from its par values or its
    ratio, on the registrant only (another company's split is reported, not booked); a bonus
    issue's ratio and the dates no concept holds are reported."""
    if not has_hangul(ctx.text, 0, 2000):
        return
    reverse, forward = PhraseFinder("reverse_split", ctx.text, ACTIONS), PhraseFinder("forward_split", ctx.text, ACTIONS)
    bonus = PhraseFinder("ko_bonus_issue", ctx.text, ACTIONS)
    if reverse.absent and forward.absent and bonus.absent:
        return
    finders = (("reverse", reverse), ("forward", forward))
    story = {k for k, finder in finders if any(finder.search(s.text) for s in spans)}
    done = any(o.concept in ("StockSplitRatio", "ReverseStockSplitRatio") for o in out.observations)
    unheld = (PhraseFinder("ko_new_share_listing", ctx.text, ACTIONS), PhraseFinder("ko_allotment_record", ctx.text, ACTIONS))
    stated = []  # (sentence, ratio, reverse) of each sentence stating one kind's ratio
    for s in spans:
        # the kind the sentence names ("... 변경하는 액면병합"), else the story's one kind
        kinds = {k for k, finder in finders if finder.search(s.text)} or story
        if len(kinds) == 1 and (ratio := _ratio_of(s.text, "reverse" in kinds)) is not None:
            stated.append((s, ratio, "reverse" in kinds))
        _report_unheld(ctx, out, s, bonus, unheld)
    if _roundup(stated):
        for s, (value, lo, hi), reverse in stated:
            out.unmapped.append(Mention(s.text[lo:hi], ctx.span(s.start + lo, s.start + hi), _ROUNDUP))
        return
    for s, ratio, reverse in stated:
        if not done:
            done = _book(ctx, out, spans, s, ratio, reverse)


_ROUNDUP = "one of several splits of different ratios: a roundup of several companies' splits, none booked"


def _roundup(stated: list) -> bool:
    """Whether a story states ratios of one kind that differ ("A사는 10대 1 ... B사도 5대 1"): a
    roundup of several companies' splits, whose sentences may name companies the reader does
    not know as such. One company's story repeats its one ratio (its par values and "1 대 5")."""
    values: dict[bool, set[Decimal]] = {}
    for _, (value, _lo, _hi), reverse in stated:
        values.setdefault(reverse, set()).add(value)
    return any(len(v) > 1 for v in values.values())


def _ratio_of(sentence: str, reverse: bool) -> tuple[Decimal, int, int] | None:
    """The ratio a sentence states, with its span in the sentence: its par change first, else
    its "N대 M" ratio; none where the sentence counts the companies that made the change
    ("1,000원에서 200원으로 분할한 회사가 8사로"): a market's tally, no company's split."""
    if _COMPANIES_COUNTED.search(sentence):
        return None
    change = par_change(sentence)
    if change is not None:
        value = split_ratio(change, reverse)
        return (value, change.old.start, change.new.end) if value is not None else None
    m = _KO_RATIO.search(sentence)
    if m is None:
        return None
    a, b = Decimal(m["a"]), Decimal(m["b"])
    value = _whole(max(a, b) / min(a, b)) if min(a, b) > 0 else None
    return (value, m.start(), m.end()) if value is not None else None


def _book(ctx: DocumentContext, out: Collected, spans: list[Sentence], s: Sentence,
          ratio: tuple[Decimal, int, int], reverse: bool) -> bool:
    """The ratio as the registrant's fact, or reported where the sentence is another company's."""
    from converter.extract.mechanisms.figure_subjects import NewsCompanies
    value, lo, hi = ratio
    start, end = s.start + lo, s.start + hi
    concept = "ReverseStockSplitRatio" if reverse else "StockSplitRatio"
    companies = NewsCompanies(ctx.registrant, spans, ctx.text)
    whose = None
    for each in spans:  # (one pass, up to the ratio's sentence, only where a ratio is found)
        whose = companies.subject(each.text, each.start)
        if each is s:
            break
    if whose is not None and (whose.axis is not None or whose.unknown):
        out.unmapped.append(Mention(ctx.text[start:end], ctx.span(start, end),
                                    f"{concept} of '{whose.member}', which may not be the registrant"))
        return False
    out.add(Observation(concept, value, ctx.document_period, PURE, 0, span=ctx.span(start, end),
                        rule="press:ko-split-ratio"), start, end)
    return True


def _report_unheld(ctx: DocumentContext, out: Collected, s: Sentence, bonus: PhraseFinder,
                   unheld: tuple[PhraseFinder, PhraseFinder]) -> None:
    """A bonus issue's shares per share held, the new shares' listing date and a share
    allotment's record date: reported, no concept holds them."""
    listing, record = unheld
    for finder, why in ((listing, "listing date of the new shares: no concept in the taxonomy"),
                        (record, "record date of a share allotment: no concept in the taxonomy")):
        hit = None if finder.absent else finder.search(s.text)
        if hit is None:
            continue
        # (news leaves the year unsaid, "5월 22일": a date reported as printed, never booked)
        # the day after the label ("상장 예정일은 5월 22일"), else the one before its verb
        # ("5월 22일 상장될 예정")
        days = list(_KO_DAY.finditer(s.text))
        after = [d for d in days if 0 <= d.start() - hit.end() < 20]
        before = [d for d in days if 0 <= hit.start() - d.end() < 20]
        for d in (after or before[-1:])[:1]:
            start, end = s.start + d.start(), s.start + d.end()
            if not out.is_used(start, end):
                out.unmapped.append(Mention(d.group(), ctx.span(start, end), why))
    if bonus.absent:  # (a story of a bonus issue: its ratio may stand in a sentence of its own)
        return
    for m in _PER_SHARE_HELD.finditer(s.text):
        start, end = s.start + m.start("n"), s.start + m.end("n")
        out.unmapped.append(Mention(m["n"], ctx.span(start, end),
                                    "bonus issue's new shares per share held: no concept in the taxonomy"))


# "2031년 5월 22일", "5월 22일": a Korean day, its year often unsaid in news
_KO_DAY = re.compile(r"(?:(?:19|20)\d\d\s*년\s*)?(?<!\d)(?:1[0-2]|0?[1-9])\s*월\s*(?:[12]\d|3[01]|0?[1-9])\s*일")
# "1주당 1.5주를 배정", "보통주 1주당 신주 0.5주": a bonus issue's new shares per share held
_PER_SHARE_HELD = re.compile(r"[1１]\s*주\s*당\s*(?:신주\s*)?(?P<n>\d+(?:\.\d+)?\s*주)")
