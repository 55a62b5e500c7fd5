"""A merger a release announces: the other party, the exchange ratio, the agreement date and
the date the merger takes effect.

    ... approved the merger of the Company with Gaon Resins Co., Ltd., a maker of films.
    Under the merger agreement signed on May 3, 2005, shareholders of Gaon Resins will receive
    0.25 shares of the Company's common stock for each share they hold. The merger is scheduled
    to take effect on September 1, 2005.

The ratio is the acquirer's shares given for one share of the other party (the taxonomy's
definition): "0.25 shares ... for each share" and "a merger ratio of 1:0.25" (Korean usage puts
the surviving company first: 존속회사 : 소멸회사 = 1 : 0.25) both give 0.25. A ratio written
another way ("one share for every four shares") is left unmapped rather than divided out.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from converter.extract.base import DocumentContext
from converter.extract.mechanisms.sentences import ACTIONS, Collected, PhraseFinder, Sentence, action_pattern, lang_of
from converter.model import PURE, Observation
from converter.parse.dates import find_dates
from converter.parse.numbers import parse_figure

_NUMBER = r"\d+(?:\.\d+)?"


@cache
def _counterparty() -> tuple[re.Pattern[str], ...]:
    """"merger (of the Company) with NAME Co., Ltd.", "NAME와 합병", "NAME를 흡수합병"."""
    legal = action_pattern("org_word").pattern
    name = (rf"(?P<name>[A-Z][\w&'.-]*(?:\s+[A-Z&][\w&'.-]*){{0,6}}?,?\s+(?:{legal})"
            rf"(?:,?\s+(?:Co\.|Ltd\.?|Inc\.?|Corp\.?))?)")
    return (
        re.compile(rf"\bmerg(?:e|er|ing)\s+(?:of\s+(?:the\s+Company|(?P<merged>[A-Z]\w+))\s+)?(?:with|into)\s+{name}"),
        re.compile(r"(?P<name>(?:\(주\)|주식회사\s*)?[가-힣A-Za-z]+(?:\(주\))?)(?:와|과|를|을)\s*(?:흡수\s*)?합병"),
    )


_RATIO = (
    re.compile(rf"(?P<r>{_NUMBER})\s+(?:new\s+)?(?:common\s+)?shares?\s+of\s+[^.;]{{0,60}}?\bfor\s+(?:each|every)"
               rf"\s+(?:one\s+|1\s+)?(?:common\s+)?share\b", re.I),
    re.compile(rf"(?:merger|exchange)\s+ratio\s+(?:of|is|was|will\s+be)?\s*1\s*:\s*(?P<r>{_NUMBER})", re.I),
    re.compile(rf"합병\s*비율[은는이가]?\s*(?:[가-힣\s:]*=\s*)?1\s*:\s*(?P<r>{_NUMBER})"),
)


def merger_facts(ctx: DocumentContext, out: Collected, spans: list[Sentence]) -> None:
    """The facts of the first merger the release announces (one merger per release)."""
    finder = PhraseFinder("merger", ctx.text, ACTIONS)
    merger = [s for s in spans if finder.search(s.text)]
    if not merger:
        return
    _first(ctx, out, merger, _name_fact)
    _first(ctx, out, merger, _ratio_fact)
    _first(ctx, out, [s for s in merger if action_pattern("merger_agreement").search(s.text)],
           lambda c, o, s: _date_fact(c, o, s, "MergerAgreementDate", "merger_agreement"))
    _first(ctx, out, merger, lambda c, o, s: _date_fact(c, o, s, "MergerDate", "merger_effective"))


def _first(ctx: DocumentContext, out: Collected, spans: list[Sentence], finder) -> None:  # type: ignore[no-untyped-def]
    for s in spans:
        if finder(ctx, out, s):
            return


def _name_fact(ctx: DocumentContext, out: Collected, s: Sentence) -> bool:
    for pattern in _counterparty():
        m = pattern.search(s.text)
        if m and not _registrants_merger(ctx, m):
            return False  # 'the merger of Beta into Gamma Bank' in a digest about Acme: no merger of Acme's
        if m:
            name = " ".join(m["name"].split())
            start, end = s.start + m.start("name"), s.start + m.end("name")
            out.add(Observation("MergerCounterpartyName", name, ctx.document_period, lang=lang_of(name, ctx.text),
                                span=ctx.span(start, end), rule="press:merger-counterparty"), start, end)
            return True
    return False


def _registrants_merger(ctx: DocumentContext, m: re.Match[str]) -> bool:
    """Whether the merger matched is the registrant's: the company merged ('merger of Acme with
    ...') is the Company or the registrant (its name opens with the word), or goes unnamed."""
    merged = m.groupdict().get("merged")
    if merged is None:
        return True
    registrant = (ctx.registrant or "").split()
    return bool(registrant) and registrant[0].casefold().strip(",.") == merged.casefold()


def _ratio_fact(ctx: DocumentContext, out: Collected, s: Sentence) -> bool:
    for pattern in _RATIO:
        m = pattern.search(s.text)
        if m is None:
            continue
        parsed = parse_figure(m["r"])
        if parsed is None or parsed[0] <= 0:
            continue
        value: Decimal = parsed[0]
        start, end = s.start + m.start("r"), s.start + m.end("r")
        out.add(Observation("MergerRatio", value, ctx.document_period, PURE, max(parsed[1], 0),
                            span=ctx.span(start, end), rule="press:merger-ratio"),
                s.start + m.start(), s.start + m.end())  # the "1" of "1:0.25" is the ratio's too
        return True
    return False


def _date_fact(ctx: DocumentContext, out: Collected, s: Sentence, concept: str, kind: str) -> bool:
    phrase = action_pattern(kind).search(s.text)
    if phrase is None:
        return False
    dates = [d for d in find_dates(s.text) if d.start >= phrase.start()]
    if not dates:
        return False
    d = dates[0]
    out.add(Observation(concept, d.value, ctx.document_period, span=ctx.span(s.start + d.start, s.start + d.end),
                        rule=f"press:{concept}"), s.start + d.start, s.start + d.end)
    return True
