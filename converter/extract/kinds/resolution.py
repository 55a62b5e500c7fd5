"""Board resolutions and disclosure forms: what their labelled items state, as facts.

Korean issuers file the Korea Exchange's disclosure forms in English translation (treasury share
acquisitions, investments in another company, mergers, capital reductions, stock splits, bond
issues, collateral, shareholders' meetings, dividends), Taiwanese issuers their stock exchange's
material-information notices, and boards everywhere number their resolutions. All of them are
labelled items (``extract.mechanisms.labelled_items``); this reader decides, for each value the
vocabulary names, whose figure it is and when:

- a figure under another company's heading ("DETAILS OF THE COMPANY INVESTED", "Mergee",
  "Information on X") goes on that company's ``CounterpartyAxis`` member, named as printed; an
  investment's own figures (amount, shares acquired, ownership after it) on the investee's;
- a figure of a company still to be created is no fact; nor is an amendment's superseded value,
  nor a value "to be determined" (each is reported unmapped with its reason);
- an instant figure is placed at the date the text gives (before/after an action: the day before
  and the day of its record or effective date; ownership after an acquisition: its date), else
  at the document's date "as of the resolution"; with no date at all it is reported unmapped;
- duration figures are the document's, dividends those of the fiscal year they are paid for.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from converter.extract.base import DocumentContext, Found
from converter.extract.kinds.resolution_merger import clean_name, merger_facts
from converter.extract.kinds.resolution_periods import (
    cells_of,
    dividend_kind_member,
    label_text,
    period_of,
)
from converter.extract.mechanisms.dividends import TOTAL, kind_hits, kinds_named
from converter.extract.mechanisms.item_labels import may_name_a_figure
from converter.extract.mechanisms.labelled_items import (
    NO_CONCEPT,
    Item,
    Labelled,
    Reading,
    match_label,
    read_items,
)
from converter.extract.mechanisms.name_match import has_legal_form
from converter.extract.mechanisms.record_dates import record_dates_in
from converter.extract.mechanisms.names import name_ending_at
from converter.extract.mechanisms.sentences import (
    action_pattern,
    action_values,
    lang_of,
)
from converter.model import PURE, SHARES, Mention, Observation, Period, UnitSpec
from converter.parse.amounts import find_amounts
from converter.parse.gates import Gated, folded_text
from converter.parse.periods import shift
from converter.resources import data_rows

RULE = "resolution:item"
INVESTEE_CONCEPTS = frozenset({"EquityInvestmentAmount", "SharesAcquired", "OwnershipPercentage"})
COUNTERPARTY_ONLY = frozenset({"Assets", "Liabilities", "NetIncomeLoss", "Revenues"})  # read only under its heading


@cache
def _concepts() -> dict[str, tuple[str, bool]]:
    """Concept -> (period type, may sit on a counterparty member), from ``data/concepts.tsv``."""
    return {row[0]: (row[2], "Counterparty" in row[5].split()) for row in data_rows("concepts.tsv")}


@dataclass
class _Out:
    observations: list[Observation] = field(default_factory=list)
    unmapped: list[Mention] = field(default_factory=list)


@dataclass(frozen=True)
class _Disclosure:
    """What the document as a whole says that places its items."""

    reading: Reading
    sections: dict[int, str | None]  # another company's headings -> its name as printed
    new_companies: frozenset[int]  # headings of companies still to be created
    amendment: bool
    acquisition_date: dt.date | None
    action_date: dt.date | None
    acquirer: str | None  # the surviving or acquiring company of a merger, as its item names it
    own_name: str | None  # a company name item under no other company's heading
    record_date: dt.date | None = None  # a dividend's record date (배당기준일)
    dividend_kind: str | None = None  # 결산배당, 중간배당, 분기배당
    securities_of: str | None = None  # the company whose shares an acquisition buys, as its item names it
    # the kinds dividend_kind names (data/dividend_kinds.tsv), read once for all the form's values
    dividend_kinds: tuple[str, ...] = ()

    @classmethod
    def read(cls, ctx: DocumentContext, reading: Reading) -> "_Disclosure":
        sections, new = {}, set()
        heads = {p for item in reading.items for p in item.parents[-1:]}
        for item in reading.items:
            text = _heading_text(item, item.index in heads)
            if text is None:
                continue
            m = match_label(text, reading.topics, reading.section_topics(item))
            if m and m.row.concept in ("@counterparty", "MergerCounterpartyName"):
                named = clean_name(m.name) if m.name else None  # "Information on X Co., Ltd."
                sections[item.index] = named if named and has_legal_form(named) else None
            elif m and m.row.concept == "@new_company":
                new.add(item.index)
        for v in reading.values:
            if v.concept in ("@counterparty_name", "MergerCounterpartyName") and isinstance(v.value, str):
                for above in reversed(v.item.parents):
                    if above in sections and sections[above] is None:
                        sections[above] = clean_name(v.value, v.item.label.text if v.item.label else "")
                        break

        for index, named in sections.items():
            if named is None and reading.items[index].label is not None:
                sections[index] = _defined_company(ctx.text, reading.items[index].label.text)
        amendment = "amendment" in reading.head_topics

        def first(role: str) -> object:
            return next((v.value for v in reading.values if v.concept == role and v.value is not None
                         and v.side(amendment) not in ("before", "superseded")), None)

        own = next((v.value for v in reading.values if v.concept == "@counterparty_name"
                    and not any(i in sections for i in v.item.parents)), None)
        kind, record = first("@dividend_kind"), first("@record_date")
        kinds = kinds_named(kind if isinstance(kind, str) else "")
        if record is None and kind is None and any(v.concept.startswith("Dividends") for v in reading.values):
            kind, record, kinds = _prose_dividend(ctx.text)
        return cls(reading, sections, frozenset(new), amendment,
                   first("@acquisition_date"), _action_date(reading, amendment),
                   first("@acquirer"),
                   clean_name(own) if isinstance(own, str) else None,
                   record, kind,  # type: ignore[arg-type]
                   _issuer_of_shares(first("@investee_name")), kinds)

    def counterparty(self, item: Item) -> tuple[bool, str | None]:
        """(under another company's heading, that company's name)."""
        for above in reversed((*item.parents, item.index)):
            if above in self.sections:
                return True, self.sections[above]
        return False, None

    def investee(self) -> str | None:
        names = {n for n in self.sections.values() if n}
        if "investment" not in self.reading.topics:
            return None
        return names.pop() if len(names) == 1 else (self.securities_of if not names else None)


# the capitalised words a heading ends with: the term it names a company by ("the Target Company")
_TERM_AT_END = re.compile(r"\b(?:the\s+)?((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)\s*$")
# the securities an item names, before their issuer: "Common shares of ", "Stocks issued by "
_SHARES_OF = re.compile(r"(?:the\s+)?(?:common|ordinary|registered|preferred)?\s*(?:shares?|stocks?)\s+"
                        r"(?:of|in|issued\s+by)\s+", re.I)
_EFFECTIVE = re.compile(r"effective|효력", re.I)  # a label of the date an action takes effect
_DECREASE = re.compile(r"decrease|decline|감소", re.I)  # a label of a fall, not a rise
_WORD = re.compile(r"\S+")


def _defined_company(text: str, heading: str) -> str | None:
    """The company a heading names by the term the text defines it as: "Information on the Target
    Company" and "Example Port Co., Ltd. (the "Target Company")"."""
    term = _TERM_AT_END.search(heading)
    if term is None:
        return None
    definition = re.compile(rf"\(\s*(?:the\s+)?[\"“]{re.escape(term[1])}[\"”]\s*\)")
    for m in definition.finditer(text):
        span = name_ending_at(text, m.start())
        name = clean_name(" ".join(text[span[0]:span[1]].split())) if span else None
        if name and has_legal_form(name):
            return name
    return None


def _issuer_of_shares(text: object) -> str | None:
    """The company an item naming the securities bought names: "Common shares of Example Inc.";
    none where the securities are not shares (bonds, notes, fund units)."""
    if not isinstance(text, str):
        return None
    m = _SHARES_OF.match(text)
    name = clean_name(text[m.end():]) if m else None
    return name if name and has_legal_form(name) else None


def _heading_text(item: Item, has_items: bool) -> str | None:
    """The words of a heading: a label with no value, or a numbered line of prose that items
    sit under ("5. Details of the company to be newly established by the split")."""
    if item.label is not None:
        return None if item.values else item.label.text
    if has_items and item.marker and len(item.values) == 1 and len(item.values[0].text) <= 160:
        return item.values[0].text
    return None


def _action_date(reading: Reading, amendment: bool) -> dt.date | None:
    """The date a corporate action takes effect: its effective date, else its record date; an
    amendment's date, not the one it supersedes."""
    dates = [v for v in reading.values if v.concept in ("@action_date", "StockSplitEffectiveDate")
             and isinstance(v.value, dt.date) and not _superseded(v, amendment)]
    effective = [v for v in dates if _EFFECTIVE.search(v.item.label.text if v.item.label else "")]
    return (effective or dates)[0].value if dates else None  # type: ignore[return-value]


def _superseded(v: Labelled, amendment: bool) -> bool:
    return v.side(amendment) == "superseded"


def extract_resolution(ctx: DocumentContext) -> Found:
    """Facts of a board resolution or disclosure form; nothing when it has no labelled item."""
    if not may_name_a_figure(folded_text(ctx.text), _REPORTED_ROLES):
        # no phrase of a concept's label nor of a merger: the reading finds none (a correction
        # notice may state only its original's date, 최초제출일: OriginalFilingDate's label)
        return Found()
    reading = read_items(ctx.text)
    if not any(not v.concept.startswith("@") or v.concept in _NO_CONCEPT for v in reading.values) \
            and "merger" not in reading.topics:
        return Found()
    doc = _Disclosure.read(ctx, reading)
    out = _Out()
    for value in reading.values:
        if value.kind == "split":
            _split(ctx, value, out)
        elif not value.concept.startswith("@") and value.kind != "ratio":
            _place(ctx, doc, value, out)
    _split_effective_date(ctx, doc, out)
    merger_facts(ctx, doc, out)
    _meeting_type(ctx, doc, out)
    _record_date(ctx, doc, out)
    _par_value(ctx, doc, out)
    _without_concept(ctx, doc, out)
    return Found(tuple(out.observations), tuple(out.unmapped))


# values a form states that the taxonomy has no concept for: reported unmapped, with why
_NO_CONCEPT = NO_CONCEPT


_REPORTED_ROLES = tuple(_NO_CONCEPT)


def _without_concept(ctx: DocumentContext, doc: _Disclosure, out: _Out) -> None:
    for v in doc.reading.values:
        if v.concept in _NO_CONCEPT and v.value is not None:
            label = " ".join(v.item.label.text.split()) if v.item.label else ""
            _mention(ctx, out, v, _NO_CONCEPT[v.concept].replace("{label}", label))


def _mention(ctx: DocumentContext, out: _Out, v: Labelled, reason: str) -> None:
    out.unmapped.append(Mention(" ".join(ctx.text[v.start:v.end].split()), ctx.span(v.start, v.end), reason))


def _place(ctx: DocumentContext, doc: _Disclosure, v: Labelled, out: _Out) -> None:
    """One labelled value: the fact it states, or why it states none."""
    if v.concept not in _concepts():
        return
    if v.value is None:
        return _mention(ctx, out, v, v.reason)
    if any(i in doc.new_companies for i in v.item.parents):
        return _mention(ctx, out, v, "figure of a company still to be created, or as the action will reshape it")
    column = v.side(doc.amendment)
    if column == "superseded":
        return _mention(ctx, out, v, "value before the amendment, superseded")
    if column == "current":
        column = ""
    under, name = doc.counterparty(v.item)
    period_type, on_counterparty = _concepts()[v.concept]
    if v.concept in INVESTEE_CONCEPTS and not under:
        under, name = True, doc.investee()
    if under and not name:
        return _mention(ctx, out, v, "figure of another company whose name the text does not give")
    if under and not on_counterparty:
        return _mention(ctx, out, v, f"{v.concept} of another company")
    if "Counterparty" in v.concept or (not under and v.concept in COUNTERPARTY_ONLY):
        return
    period = period_of(ctx, doc, v, column, period_type, under)
    if isinstance(period, str):
        return _mention(ctx, out, v, period)
    dims = (("CounterpartyAxis", name),) if under and name else dividend_kind_member(doc, v.concept)
    obs = _observation(ctx, v, period, dims)
    if obs is not None:
        out.observations.append(obs)


def _observation(ctx: DocumentContext, v: Labelled, period: Period,
                 dims: tuple[tuple[str, str], ...]) -> Observation | None:
    value, unit = v.value, None
    if v.kind == "amount":
        unit = UnitSpec.currency(v.unit or "")
    elif v.kind == "per_share":
        unit = UnitSpec.per_share(v.unit or "")
    elif v.kind == "shares":
        unit = SHARES
    elif v.kind == "count":
        unit = PURE
    elif v.kind == "percent":
        unit = PURE
        if v.concept.endswith("PercentChange") and _DECREASE.search(label_text(v)):
            value = -value  # type: ignore[operator]
    if unit is not None and not isinstance(value, Decimal):
        return None
    if v.concept == "ShareholderMeetingType":
        value = _meeting_kind(str(value))
        if value is None:
            return None
    lang = lang_of(value) if isinstance(value, str) else None
    if v.concept == "RevenuesPercentChange":
        dims = (("ComparativePeriodAxis", str(shift(period, "prior_year"))),)
    decimals = v.decimals if unit else None
    return Observation(v.concept, value, period, unit, decimals, dims, lang,  # type: ignore[arg-type]
                       ctx.span(v.start, v.end), RULE)


def _split(ctx: DocumentContext, v: Labelled, out: _Out) -> None:
    """'two shares for one', '5 : 1 consolidation': new shares per old share of a forward split,
    old per new of a consolidation, where the quotient is exact."""
    old, new = v.value.old, v.value.new  # type: ignore[union-attr]
    concept, value = ("StockSplitRatio", new / old) if new > old else ("ReverseStockSplitRatio", old / new)
    if value == 1 or value > 1000 or value != value.quantize(Decimal("0.0001")):
        return _mention(ctx, out, v, "split ratio that is no exact number of shares")
    value = value.normalize()
    if value.as_tuple().exponent > 0:  # 10, not 1E+1
        value = value.quantize(Decimal(1))
    decimals = max(-int(value.as_tuple().exponent), 0)
    out.observations.append(Observation(concept, value, ctx.document_period, PURE, decimals,
                                        span=ctx.span(v.start, v.end), rule="resolution:split-ratio"))


def _split_effective_date(ctx: DocumentContext, doc: _Disclosure, out: _Out) -> None:
    """A split notice's bare "Effective date" item (under its "Schedule") is the split's."""
    concepts = {o.concept for o in out.observations}
    if "StockSplitEffectiveDate" in concepts or not concepts & {"StockSplitRatio", "ReverseStockSplitRatio"}:
        return
    for v in doc.reading.values:
        if (v.concept == "@action_date" and isinstance(v.value, dt.date) and not _superseded(v, doc.amendment)
                and _EFFECTIVE.search(label_text(v))):
            out.observations.append(Observation("StockSplitEffectiveDate", v.value, ctx.document_period,
                                                span=ctx.span(v.start, v.end), rule=RULE))
            return


def _prose_dividend(text: str) -> tuple[str | None, dt.date | None, tuple[str, ...]]:
    """A 6-K notice's dividend stated in sentences ("the board ... resolved a cash dividend of
    KRW 170 per common share. The record date is June 30, 2031.") over its key details: the
    record date its prose states, with the one kind the notice names ("Interim Dividend
    Payment"), as a form's 배당구분 and 배당기준일 would give them. Nothing unless the notice
    names one kind and one record date of the company's register: a dividend's period is
    never guessed from a record date alone."""
    stated = {r.value for r in record_dates_in(text) if r.reason is None}
    if len(stated) != 1:
        return None, None, ()
    named = {h.kind for h in kind_hits(text)} - {TOTAL}
    if len(named) != 1:
        return None, None, ()
    return named.copy().pop(), stated.pop(), tuple(named)


def _record_date(ctx: DocumentContext, doc: _Disclosure, out: _Out) -> None:
    """The 배당기준일 item of a dividend decision: the dividend's record date, where the form
    declares a dividend and names one record date (an amendment's superseded one aside)."""
    if not any(o.concept.startswith("Dividends") for o in out.observations):
        return  # a record date of no dividend read (a meeting's, a split's register closing)
    dated = [v for v in doc.reading.values if v.concept == "@record_date" and isinstance(v.value, dt.date)
             and v.side(doc.amendment) not in ("before", "superseded")]
    if len({v.value for v in dated}) > 1:
        return _mention(ctx, out, dated[0], "several record dates: which dividend each is for is not stated")
    if dated:
        v = dated[0]
        out.observations.append(Observation("DividendRecordDate", v.value, ctx.document_period,
                                            span=ctx.span(v.start, v.end), rule="resolution:record-date"))


# -- shareholders' meetings and par values ------------------------------------------------------------


def _meeting_kind(text: str) -> str | None:
    for value, pattern in action_values("meeting"):
        if pattern.search(text):
            return value
    return None


def _meeting_type(ctx: DocumentContext, doc: _Disclosure, out: _Out) -> None:
    """Annual or extraordinary: the word before "shareholders' meeting" in the meeting's heading,
    else in the document's head; only where the meeting's date was read."""
    dated = [o for o in out.observations if o.concept == "ShareholderMeetingDate"]
    if not dated or any(o.concept == "ShareholderMeetingType" for o in out.observations):
        return
    value = next(v for v in doc.reading.values if v.concept == "ShareholderMeetingDate" and v.value is not None)
    cells = [c for i in reversed(value.item.parents) for c in cells_of(doc.reading.items[i])]
    cells += [c for it in doc.reading.items[:40] for c in cells_of(it)]
    for cell in cells:
        for noun in action_pattern("meeting_noun").finditer(cell.text):
            words = list(_WORD.finditer(cell.text[:noun.start()]))[-3:]
            lo = words[0].start() if words else noun.start()
            for kind, pattern in action_values("meeting"):
                m = pattern.search(cell.text, lo, noun.end())
                if m:
                    start = cell.start + m.start()
                    out.observations.append(Observation("ShareholderMeetingType", kind, dated[0].period, lang="en",
                                                        span=ctx.span(start, cell.start + m.end()),
                                                        rule="resolution:meeting-type"))
                    return


_PAR = Gated(re.compile(r"\bpar\s+value\s+(?:of\s+)?(?:per\s+share\s+)?(?:is\s+)?", re.I))  # tried where "par" begins


def _par_value(ctx: DocumentContext, doc: _Disclosure, out: _Out) -> None:
    """'shares of its common stock, par value KRW 5,000 per share' in the resolution's prose."""
    if any(o.concept == "CommonStockParValuePerShare" for o in out.observations):
        return
    for m in _PAR.finditer(ctx.text, folded_text(ctx.text)):
        amounts = find_amounts(ctx.text[m.end():m.end() + 30])
        if not amounts or amounts[0].start != 0:
            continue
        a = amounts[0]
        start, end = m.end() + a.start, m.end() + a.end
        if doc.sections and any(_inside(doc, i, start) for i in doc.sections):
            continue
        out.observations.append(Observation("CommonStockParValuePerShare", a.value, ctx.document_period,
                                            UnitSpec.per_share(a.currency), a.decimals, span=ctx.span(start, end),
                                            rule="resolution:par-value"))
        return


def _inside(doc: _Disclosure, index: int, offset: int) -> bool:
    """Whether ``offset`` lies in the items under heading ``index``."""
    under = [it for it in doc.reading.items if index in it.parents]
    cells = [c for it in under for c in cells_of(it)]
    return bool(cells) and min(c.start for c in cells) <= offset <= max(c.end for c in cells)
