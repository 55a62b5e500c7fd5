"""Dividends by kind in the prose of a results release.

Results releases state the dividends of a fiscal year by kind: "An interim dividend in respect of
the year ended 31st December, 2004 of 5.0 cents (2003: 5.0 cents) per share was paid ...,
absorbing a total amount of HK$15.8 million (2003: HK$15.8 million)", "a final dividend of
HK$1.60 per share ... Together with the interim dividend of HK$0.70 per share, the dividend for
the full year will be HK$2.30 per share", "중간배당 1주당 500원", "期末配当金は1株当たり15円",
"末期股息每股0.30港元". Each kind phrase (``data/dividend_kinds.tsv``) opens a clause that runs to
the next kind phrase or the sentence's end; in it the first amount per share is
DividendsDeclaredPerShare and an amount after "absorbing a total amount of" / "배당금 총액" is
DividendsDeclared, both on the kind's DividendKindAxis member (the year's total on none). A figure
in parentheses after one, "(2003: 5.0 cents)", is the same dividend of the year before.

Period: the fiscal period the clause (else the sentence before the first kind phrase) names
("in respect of the year ended ...", "for the six months ended ...", "2004년 결산배당"); where
none is named, the period the text is about (the results' year or half) when there is one,
else the figure is reported unmapped with the reason. Dividends are never guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

from converter.extract.base import DocumentContext
from converter.extract.mechanisms.prose_figures import PER_SHARE, SCALED, Figure, cents_currency, excluded, whole_mark_currency, \
    sentence_figures
from converter.extract.mechanisms.prose_periods import PERIOD_KINDS, ProsePeriods
from converter.extract.mechanisms.sentences import Collected, Sentence
from converter.extract.mechanisms.yuan_currency import document_yuan, settle_yuan
from converter.model import Mention, Observation, Period, UnitSpec
from converter.parse.gates import Gated, fold, folded_text
from converter.parse.periods import FoundPeriod, shift
from converter.resources import data_rows
from converter.taxonomy.table import domain_members

__all__ = ["dividend_facts", "kind_hits", "kind_member", "kinds_named", "record_part", "KindHit"]

AXIS = "DividendKindAxis"
TOTAL = "total"  # the year's dividend: no member
FINAL = "final"  # the year-end dividend: the member of a fiscal year's dividend, never a quarter's
# period phrases that can be a dividend's fiscal period (not a day, a month or a relation)
_FISCAL_KINDS = frozenset(PERIOD_KINDS) | {"year_in"}
# "(2003: 5.0 cents)", "(2003 : HK$15.8 million)", "(last year: 12 cents)": the year before's figure
_COMPARATIVE = re.compile(r"""
    \s*[(（]\s*                                   # an opening parenthesis
    (?:(?P<year>(?:19|20)\d\d)\s*(?:年|년)?        # the year the figure is of
      |(?P<prior>(?:last|prior|previous)\s+year|전년|前年|前期|上年))  # or the year before
    \s*[:：]\s*                                  # a colon
    (?:每股\s*)?(?:港幣|港币|人民幣|人民币|新台幣|新台币)?\s*  # Chinese per-share and currency words
    (?:(?:HK|US|NT|S)\s+)?$                      # "HK 7.0 cents": a dollar's letters before its cents
""", re.I | re.VERBOSE)
# its close; a 元 there when the amount was read from the currency word before the figure (港幣0.25元)
_CLOSE = re.compile(r"\s*(?:元|圓|円)?\s*[)）]")
# what may stand between a figure and its comparative: a few words, no clause break or parenthesis
_TO_COMPARATIVE = re.compile(r"[^;()（）]{0,80}")
# currency words written before a figure whose "元" the amount parser reads as renminbi
_YUAN_OF = re.compile(r"(?P<word>港幣|港币|新台幣|新台币|人民幣|人民币)\s*$")
# "(2003年上半年：": a period opening a parenthesis labels the figure in it
_OPENED = re.compile(r"[(（]\s*$")
_YUAN_CODES = {"港幣": "HKD", "港币": "HKD", "新台幣": "TWD", "新台币": "TWD", "人民幣": "CNY", "人民币": "CNY"}


@dataclass(frozen=True)
class KindHit:
    """A phrase naming a dividend's kind: ``kind`` is a DividendKindAxis member or ``total``."""

    kind: str
    start: int  # document offsets
    end: int


@cache
def _kind_patterns() -> tuple[tuple[str, Gated], ...]:
    """Each kind's phrase behind the words it needs: most sentences name no dividend, and a
    few ``in`` tests say so without running the phrases."""
    members = set(domain_members()["DividendKindAxis"]) | {TOTAL}
    rows = [r for r in data_rows("dividend_kinds.tsv") if r[0] in members]
    return tuple((r[0], Gated(re.compile(r[2], re.I))) for r in rows)


@cache
def _marker(kind: str) -> re.Pattern[str]:
    """The per_share or total_of words, each anchored at the end of the text before a figure."""
    return re.compile("|".join(f"(?:{r[2]})" for r in data_rows("dividend_kinds.tsv") if r[0] == kind), re.I)


def kind_hits(text: str, start: int = 0, end: int | None = None,
              kinds: tuple[tuple[str, Gated], ...] | None = None) -> list[KindHit]:
    """The dividend kind phrases of ``text[start:end]``, in order, the longest where two overlap.

    >>> [(h.kind, h.start) for h in kind_hits("a final dividend of 12 cents, with the interim dividend")]
    [('final', 2), ('interim', 39)]
    >>> [h.kind for h in kind_hits("the dividend for the full year will be HK$2.30 per share")]
    ['total']
    >>> [h.kind for h in kind_hits("제1기 분기배당과 중간배당, 그리고 결산배당")]
    ['quarterly', 'interim', 'final']
    >>> [h.kind for h in kind_hits("第1四半期末配当と期末配当")]
    ['quarterly', 'final']
    """
    end = len(text) if end is None else end
    folded = fold(text[start:end])
    kinds = _kind_patterns() if kinds is None else kinds  # (``kinds``: those whose words the text holds)
    found = sorted((KindHit(kind, m.start(), m.end()) for kind, gated in kinds if gated.may_match(folded)
                    for m in gated.pattern.finditer(text, start, end)), key=lambda h: (h.start, -h.end))
    out: list[KindHit] = []
    for hit in found:
        if not out or hit.start >= out[-1].end:
            out.append(hit)
    return out


def kinds_named(text: str) -> tuple[str, ...]:
    """The kinds ``text`` names, in order: a form's dividend kind field (배당구분, "Dividend Type"),
    read once for all the form's values (결산배당 / "Year-end Dividend" final, 중간배당 interim,
    분기배당 / "Quarterly Dividend" quarterly).

    >>> kinds_named("결산배당"), kinds_named("Quarterly Dividend"), kinds_named("현금배당")
    (('final',), ('quarterly',), ())
    """
    return tuple(h.kind for h in kind_hits(text))


def kind_member(kinds: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """The DividendKindAxis member of a form's dividend kind field (``kinds``: what
    :func:`kinds_named` reads of it), if it names one.

    >>> kind_member(("final",)), kind_member(("interim",)), kind_member(()), kind_member(("total",))
    ((('DividendKindAxis', 'final'),), (('DividendKindAxis', 'interim'),), (), ())
    """
    return ((AXIS, kinds[0]),) if len(kinds) == 1 and kinds[0] != TOTAL else ()


def dividend_row_kind(label: str) -> str | None:
    """The kind a table row under a dividend's heading names by its first words, the rest words
    of its state (``status`` rows of data/dividend_kinds.tsv): "- Final proposed" -> final,
    "First interim" -> interim, "Total" -> total; None for any other label.

    >>> dividend_row_kind("- Final proposed"), dividend_row_kind("First interim"), dividend_row_kind("Total")
    ('final', 'interim', 'total')
    >>> dividend_row_kind("Final results announcement") is None
    True
    """
    words = _ROW_BULLET.sub("", label).split()
    status = _marker("status")
    for n in range(1, min(len(words), 3) + 1):
        hits = kind_hits(" ".join(words[:n]) + " dividend")
        if len(hits) == 1 and all(status.fullmatch(w) for w in words[n:]):
            return hits[0].kind
    return None


def dividend_label_kind(label: str) -> tuple[str, str] | None:
    """A row label that opens with its dividend's kind ("Interim dividend per share (HK cents)",
    a highlights table's row): the kind and the label less the kind's word, else None.

    >>> dividend_label_kind("Interim dividend per share (HK cents)")
    ('interim', 'dividend per share (HK cents)')
    >>> dividend_label_kind("Proposed final dividend"), dividend_label_kind("Dividend per share")
    (None, None)
    """
    text = _ROW_BULLET.sub("", label)
    hits = kind_hits(text)
    if len(hits) != 1 or hits[0].start != 0 or hits[0].kind == "total":
        return None
    rest = text[hits[0].start:]
    word = rest.split(None, 1)[0]  # the kind's word ("Interim"), the dividend's words after it
    return hits[0].kind, rest[len(word):].strip()


# a bullet or dash before a row label
_ROW_BULLET = re.compile(r"^[\s\-–—•·*]+")


def record_part(record_date: dt.date | None, kinds: tuple[str, ...]) -> Period | None:
    """The half (중간배당) or quarter (분기배당) that ends on an interim dividend's record date,
    where that date ends a month (``kinds``: what :func:`kinds_named` reads of its kind field).

    >>> str(record_part(dt.date(2008, 6, 30), ("interim",))), str(record_part(dt.date(2008, 3, 31), ("quarterly",)))
    ('2008-01-01/2008-06-30', '2008-01-01/2008-03-31')
    >>> str(record_part(dt.date(2019, 6, 30), kinds_named("Quarterly Dividend")))
    '2019-04-01/2019-06-30'
    >>> record_part(dt.date(2008, 6, 15), ("interim",)) is None
    True
    """
    if record_date is None or (record_date + dt.timedelta(days=1)).day != 1:
        return None
    months = 3 if "quarterly" in kinds else 6
    first = record_date.month - months + 1
    start = dt.date(record_date.year, first, 1) if first > 0 else dt.date(record_date.year - 1, first + 12, 1)
    return Period.duration(start, record_date)

# what may stand between a dividend per share and its "per share": its rate of the face value or
# its amount in words, in brackets ("Rs. 7/- (70%) per equity share", "7 /- (Rupees Seven) each
# per equity share", "Rs. 0.70/- (Seventy Paisa) i.e. @ 70% per equity share")
_PER_SHARE_ASIDE = re.compile(r"""
    (?:\s*\([^()\n]{1,60}\))+                          # the figure's rate or its words, in brackets
    (?:\s*,?\s*i\.e\.?,?\s*@?\s*\d+(?:\.\d+)?\s*%)?   # "i.e. @ 20%": its rate of the face value
    (?:\s+each)?                                     # "... each per Equity share"
    """, re.IGNORECASE | re.VERBOSE)


@dataclass(frozen=True)
class _Pending:
    """A dividend fact read, kept until the whole text is read; ``named``: its clause named its period."""

    observation: Observation
    start: int
    end: int
    named: bool

    @property
    def key(self) -> tuple[object, ...]:
        o = self.observation
        return (o.concept, o.value, o.unit, o.dimensions)


@dataclass(frozen=True)
class _Stated:
    """One dividend figure of a clause with its comparative, if the text gives one."""

    concept: str
    figure: Figure
    prior: Figure | None = None
    prior_label: str | None = None  # "2003" or "last year"
    end: int = 0  # where the figure's words end (past its comparative)


class DividendReader:
    """Reads the dividends of a text's sentences in document order (the text's period follows)."""

    def __init__(self, ctx: DocumentContext, out: Collected, periods: ProsePeriods) -> None:
        self.ctx, self.out, self.text = ctx, out, ctx.text
        self.periods = periods
        self.cents = cents_currency(ctx.text)
        self.whole = whole_mark_currency(ctx.text)  # the rupee of a bare "2/-"
        self.yuan = document_yuan(ctx.text)  # the dollar of a bare 元 ("每股配發3元")
        self.pending: list[_Pending] = []

    def read(self, s: Sentence, hits: list[KindHit]) -> None:
        """The dividends of ``s``, whose kind phrases are ``hits``."""
        found = self.periods.find(s)
        self.periods.update(s, found)
        if not hits:
            return
        # "expects to pay a final dividend of ...": a forecast states no dividend (a dividend
        # "expected to be paid on 16 May" is stated: the word comes after its figure)
        forecast = _marker("forecast").search(self.text, s.start, s.end)
        figures, left = settle_yuan(sentence_figures(s, excluded(s, found), self.cents, self.whole), s.text, self.yuan)
        self.out.unmapped += [Mention(f.text, self.ctx.span(f.start, f.end), why) for f, why in left]
        figures = [f for f in figures
                   if f.currency is not None and not f.percent and not self.out.is_used(f.start, f.end)
                   and (forecast is None or forecast.start() > f.start)]
        named: Period | None = None  # the period an earlier clause of the sentence named
        for i, hit in enumerate(hits):
            clause_end = hits[i + 1].start if i + 1 < len(hits) else s.end
            own = self._named(s, found, hit, clause_end, first=i == 0)
            named = own or named
            stated = self._stated(hit, clause_end, figures)
            if stated:
                period = named or self._reporting_period(s, found, hit, clause_end)
                if _FOOTNOTE.match(self.text, self.text.rfind("\n", 0, hit.start) + 1):  # (the dividend's line)
                    period = _FOOTNOTE_REASON
                for one in stated:
                    self._emit(one, hit, period, named is not None)

    # -- figures -------------------------------------------------------------------------------

    def _stated(self, hit: KindHit, clause_end: int, figures: list[Figure]) -> list[_Stated]:
        """The clause's first amount per share and first total, each with its comparative."""
        out: list[_Stated] = []
        inside = [f for f in figures if hit.end <= f.start < clause_end]
        taken: set[int] = set()
        for f in inside:
            if f.start in taken:
                continue
            prior, label, end = self._comparative(f, inside)
            if prior is not None:
                taken.add(prior.start)
            concept = self._concept(f, hit, end)
            if concept is None or any(o.concept == concept for o in out):
                continue
            out.append(_Stated(concept, self._currency_word(f), prior and self._currency_word(prior), label, end))
        return out

    def _comparative(self, f: Figure, figures: list[Figure]) -> tuple[Figure | None, str | None, int]:
        """"5.0 cents (2003: 5.0 cents)": the figure in parentheses after, with its year label."""
        after = [g for g in figures if g.start >= f.end]
        if not after:
            return None, None, f.end
        g = after[0]
        m = _COMPARATIVE.search(self.text, f.end, g.start)
        close = _CLOSE.match(self.text, g.end)
        # right after the figure, or a few words on, past its "per share" or its period: "HK 8.0
        # cents per share for the year ending 31st March, 2006 (2005: HK 7.0 cents)"
        if m is None or close is None or g.currency != f.currency or \
                not _TO_COMPARATIVE.fullmatch(self.text, f.end, m.start()):
            return None, None, f.end
        return g, m["year"] or m["prior"], close.end()

    def _concept(self, f: Figure, hit: KindHit, end: int) -> str | None:
        before = self.text[max(hit.end, f.start - 48):f.start]
        scaled = bool(SCALED.search(f.text))
        if not scaled and (PER_SHARE.match(self.text, end) or PER_SHARE.match(self.text, f.end)
                           or _marker("per_share").search(before) or self._per_share_past_aside(f.end)
                           or self._per_share_before_kind(hit, f)):
            return "DividendsDeclaredPerShare"
        if _marker("total_of").search(before) and not PER_SHARE.match(self.text, end):
            return "DividendsDeclared"
        return None

    def _per_share_before_kind(self, hit: KindHit, f: Figure) -> bool:
        """"每股末期股息12港仙": per share before the kind's words, the figure right after them."""
        return _PER_SHARE_BEFORE_KIND.search(self.text, max(0, hit.start - 8), hit.start) is not None and \
            _KIND_TO_FIGURE.fullmatch(self.text, hit.end, f.start) is not None

    def _per_share_past_aside(self, end: int) -> bool:
        """"Rs. 4/- (40%) per equity share": per share after the figure's bracketed aside."""
        if not self.text.startswith((" (", "("), end):  # (most figures: no aside)
            return False
        aside = _PER_SHARE_ASIDE.match(self.text, end)
        return aside is not None and PER_SHARE.match(self.text, aside.end()) is not None

    def _currency_word(self, f: Figure) -> Figure:
        """"每股港幣0.30元": the currency word before the figure names whose 元 it is."""
        m = _YUAN_OF.search(self.text, max(0, f.start - 4), f.start)
        code = _YUAN_CODES[m["word"]] if m else None
        if code is None or code == f.currency or not f.text.endswith("元"):
            return f
        return Figure(f.value, f.decimals, f.start, f.end, f.text, code)

    # -- period --------------------------------------------------------------------------------

    def _fiscal(self, s: Sentence, found: list[FoundPeriod]) -> list[FoundPeriod]:
        return [p for p in found if p.kind in _FISCAL_KINDS and not self.periods.is_comparative(p, s)
                and not _OPENED.search(s.text[:p.start])]

    def _own(self, s: Sentence, found: list[FoundPeriod], hit: KindHit, clause_end: int,
             first: bool) -> list[FoundPeriod]:
        """The fiscal period phrases of a clause (and of the sentence's lead, for the first)."""
        fiscal = self._fiscal(s, found)
        own = [p for p in fiscal if hit.end <= s.start + p.start < clause_end]
        return own or ([p for p in fiscal if s.start + p.end <= hit.start] if first else [])

    def _named(self, s: Sentence, found: list[FoundPeriod], hit: KindHit, clause_end: int,
               first: bool) -> Period | None:
        """The fiscal period the clause names: "in respect of the year ended ...", "2005년"."""
        dated = [p.period for p in self._own(s, found, hit, clause_end, first)
                 if p.period is not None and p.period.start is not None]
        return dated[0] if dated else None

    def _reporting_period(self, s: Sentence, found: list[FoundPeriod], hit: KindHit, clause_end: int) -> Period | str:
        """The period the text is about (its results' year or half) where the clause names
        none; a reason where there is none either, or the phrase it names has no year."""
        fallback = self.periods.fallback().period
        if fallback is not None and fallback.start is not None and _months(fallback) >= 3:
            if hit.kind == FINAL and _months(fallback) < 12:
                # "net profit ... for Q4 FY23. The board has recommended a final dividend of Rs 40
                # per equity share": a final dividend is the fiscal year's, not the quarter's
                return "a final dividend (of a fiscal year) in a text about a shorter period: its year is not named"
            return fallback
        own = self._own(s, found, hit, clause_end, True)
        if own:
            return f"a dividend whose fiscal period ({own[0].text!r}) has no year"
        return "a dividend whose fiscal period the text does not name"

    # -- output --------------------------------------------------------------------------------

    def _emit(self, one: _Stated, hit: KindHit, period: Period | str, named: bool) -> None:
        dims = () if hit.kind == TOTAL else ((AXIS, hit.kind),)
        if isinstance(period, str):
            for f in (one.figure, one.prior):
                if f is not None:
                    self.out.unmapped.append(Mention(f.text, self.ctx.span(f.start, f.end), period))
            return
        self._observe(one.concept, one.figure, period, dims, "dividend:stated", named)
        if one.prior is None:
            return
        back = 1 if one.prior_label is None or not one.prior_label.isdigit() else \
            period.end.year - int(one.prior_label)
        if back != 1:
            why = f"a dividend labelled {one.prior_label}, not the year before {period.end.year}"
            self.out.unmapped.append(Mention(one.prior.text, self.ctx.span(one.prior.start, one.prior.end), why))
            return
        self._observe(one.concept, one.prior, shift(period, "prior_year"), dims, "dividend:comparative", named)

    def _observe(self, concept: str, f: Figure, period: Period, dims: tuple[tuple[str, str], ...], rule: str,
                 named: bool) -> None:
        if f.currency is None:
            return
        unit = UnitSpec.per_share(f.currency) if concept == "DividendsDeclaredPerShare" else UnitSpec.currency(f.currency)
        value = abs(Decimal(f.value))  # a dividend is paid out: stated positive whatever the layout
        observation = Observation(concept, value, period, unit, f.decimals, dims,
                                  span=self.ctx.span(f.start, f.end), rule=rule)
        self.pending.append(_Pending(observation, f.start, f.end, named))

    def finish(self) -> None:
        """"Interim dividend of HK 8.0 cents per share" in a highlights box, then "an interim
        dividend of HK 8.0 cents per share for the year ending 31st March, 2006" in the body:
        one dividend stated twice. Where the text names the period of the same kind and amount
        once, the period inferred for it elsewhere gives way to that one (map merges the two
        statements); where it names several, the inferred one is reported unmapped."""
        named = {(p.key, p.observation.period) for p in self.pending if p.named}
        for p in self.pending:
            others = sorted({period for key, period in named if key == p.key and period != p.observation.period},
                            key=str)
            observation = p.observation
            if not p.named and len(others) > 1:
                why = f"the same dividend the text dates elsewhere, twice ({', '.join(map(str, others))})"
                self.out.unmapped.append(Mention(self.text[p.start:p.end], self.ctx.span(p.start, p.end), why))
                continue
            if not p.named and others:
                observation = replace(observation, period=others[0])
            self.out.add(observation, p.start, p.end)


# "每股末期股息12港仙": per share written before the kind's words; between those and the figure at
# most "is" and a currency word
_PER_SHARE_BEFORE_KIND = re.compile(r"每股\s*(?:派發|派发|派)?\s*(?:現金|现金)?\s*$")
_KIND_TO_FIGURE = re.compile(r"\s*(?:為|为|是|[:：])?\s*(?:港幣|港币|人民幣|人民币|新台幣|新台币)?\s*")
# a table's footnote, its mark first ("(※1) 記念配当N円を含む", "※3 ...", "(注1) ..."): its dividend is of
# the row the mark points at, not of the period the text is about
_FOOTNOTE = re.compile(r"\s*(?:[(（]\s*(?:※|注)\s*\d+\s*[)）]|※\s*\d+)")
_FOOTNOTE_REASON = "a dividend in a table's footnote: of the row its mark points at, whose period the note does not name"


def _months(period: Period) -> int:
    if period.start is None or period.end is None:
        return 0
    return (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1


def dividend_facts(ctx: DocumentContext, out: Collected, spans: list[Sentence],
                   periods: ProsePeriods | None = None) -> None:
    """Bind the dividends of every sentence in ``spans`` (document order) into ``out``: the
    figures it binds are marked used, so the general prose binder leaves them alone.
    ``periods``: the document's periods, read from its start (made here when not given)."""
    whole = folded_text(ctx.text)  # the kinds whose words the document lacks are not looked for in each sentence
    kinds = tuple((kind, gated) for kind, gated in _kind_patterns() if gated.may_match(whole))
    hits = [kind_hits(ctx.text, s.start, s.end, kinds) if kinds else [] for s in spans]
    named = [i for i, h in enumerate(hits) if h]
    if not named:
        return  # no sentence names a dividend's kind: there is nothing to read, nor periods to follow
    reader = DividendReader(ctx, out, periods or ProsePeriods(ctx, spans))
    for s, h in zip(spans[:named[-1] + 1], hits):  # the sentences after the last kind change nothing
        reader.read(s, h)
    reader.finish()
