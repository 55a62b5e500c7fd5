"""The Form 20-F cover (and 20-F/A): what only an annual report of a foreign private issuer's
first page states.

Form type and amendment number, the fiscal year end, the names above their captions (the name in
the charter, its English translation), the jurisdiction of incorporation, the Commission file
number, each class of securities registered under Section 12(b) or 12(g) with its exchange, the
ADS ratio, the par value and the shares outstanding at the fiscal year end. The address is read
by the generic address reader. Phrases: ``data/cover_20f.tsv``; countries:
:mod:`converter.extract.mechanisms.countries`; the classes' table:
:mod:`converter.extract.mechanisms.registered_classes`.

Covers come as fixed-width text, as HTML flattened to ``|`` cells, and with words broken over
lines, so phrases are matched on the cover's words joined by single spaces
(:mod:`converter.extract.mechanisms.flat_words`),
and every match maps back to the text for its span.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from converter.extract.base import DocumentContext, Found
from converter.extract.kinds.cover_20f_phrases import class_pattern, phrase, phrases, ratio_pattern, ratio_value
from converter.extract.mechanisms.lines import squash
from converter.extract.mechanisms.countries import country_code
from converter.extract.mechanisms.cover_cells import name_before_jurisdiction
from converter.extract.mechanisms.flat_words import FlatWords
from converter.extract.mechanisms.registered_classes import Vocabulary, clean, rows_of
from converter.model import PURE, SHARES, Mention, Observation, Period, UnitSpec
from converter.parse.amounts import find_amounts
from converter.parse.dates import find_dates

COVER_CHARS = 15000  # a cover page ends well before this; the body of a full report is not read
_HEAD_FLAT = 2500  # the form name and amendment number sit at the top
_I = re.IGNORECASE
_NON_LATIN_SCRIPTS = (("ko", re.compile(r"[가-힣]")), ("ja", re.compile(r"[\u3040-\u30ff]")),
                      ("zh", re.compile(r"[\u4e00-\u9fff]")))
_NO_VALUE = re.compile(r"(?:none|not\s+applicable|n\s*/\s*a|same|-+)\.?", _I)


# --------------------------------------------------------------------------------------------
# Phrases
# --------------------------------------------------------------------------------------------



# --------------------------------------------------------------------------------------------
# Observations
# --------------------------------------------------------------------------------------------


@dataclass
class Reading:
    """What the cover reader found so far, with the context it needs."""

    ctx: DocumentContext
    cover: FlatWords
    observations: list[Observation] = field(default_factory=list)
    unmapped: list[Mention] = field(default_factory=list)
    fiscal_year_end: dt.date | None = None
    titles: list[FlatWords] = field(default_factory=list)  # the classes' titles, each as words

    def add(self, concept: str, value, a: int, b: int, rule: str, words: FlatWords | None = None, **kw) -> None:
        """An observation of the flat range ``[a, b)`` of ``words`` (the cover's by default)."""
        start, end = (words or self.cover).text_range(a, b)
        self.add_text(concept, value, start, end, rule, **kw)

    def add_text(self, concept: str, value, start: int, end: int, rule: str, **kw) -> None:
        kw.setdefault("lang", "en" if isinstance(value, str) else None)
        kw.setdefault("period", self.ctx.document_period)
        self.observations.append(Observation(concept, value, span=self.ctx.span(start, end),
                                             rule=f"20-F cover:{rule}", **kw))

    def passages(self) -> list[FlatWords]:
        """Where figures of a class are read: its title first (a title wraps around the exchange
        column in the cover's words), then the whole cover."""
        return [*self.titles, self.cover]


def form_type(r: Reading) -> None:
    """'FORM 20-F', 'FORM 20-F/A' and '(Amendment No. 1)' at the top of the cover."""
    head = r.cover.flat[:_HEAD_FLAT]
    form = phrase("form").search(head)
    if form is None:
        return
    amendment = phrase("amendment").search(head, form.end(), form.end() + 300)
    amended = bool(form.group(2)) or amendment is not None
    r.add("DocumentType", "20-F/A" if amended else "20-F", form.start(1), form.end(), "form")
    if amendment:
        r.add("AmendmentNumber", int(amendment.group(1)), amendment.start(1), amendment.end(1), "amendment",
              unit=PURE, decimals=0)


def fiscal_year(r: Reading) -> None:
    """'For the fiscal year ended December 31, 2005' -> DocumentPeriodEndDate; a transition
    report's period ends on the second date of 'For the transition period from ... to ...'."""
    flat = r.cover.flat
    m = phrase("fiscal_year").search(flat)
    dates = find_dates(flat[m.end() : m.end() + 60]) if m else []
    if m and dates and not flat[m.end() : m.end() + dates[0].start].strip(" :"):
        day = dates[0]
        r.fiscal_year_end = day.value
        r.add("DocumentPeriodEndDate", day.value, m.end() + day.start, m.end() + day.end, "fiscal year")
        return
    transition = re.search(r"for\s+the\s+transition\s+period\s+from\b", flat, _I)
    dates = find_dates(flat[transition.end() : transition.end() + 80]) if transition else []
    if len(dates) == 2 and dates[0].value < dates[1].value:
        day, at = dates[1], transition.end()
        r.fiscal_year_end = day.value
        r.add("DocumentPeriodEndDate", day.value, at + day.start, at + day.end, "transition period")


def file_number(r: Reading) -> None:
    for _, pattern in phrases("file_number"):
        m = pattern.search(r.cover.flat)
        if m:
            # as EDGAR writes the number: with a hyphen where the cover typeset an en dash
            r.add("EntityFileNumber", m.group(1).replace("\u2013", "-"), m.start(1), m.end(1), "file number")
            return


def _stops(r: Reading) -> list[tuple[int, int]]:
    """Flat ranges of the words above the captions that are not values: the form's boxes, the
    fiscal year line, the file number."""
    flat = r.cover.flat
    found = [m.span() for k in ("stop", "fiscal_year", "transition", "file_number") for m in phrase(k).finditer(flat)]
    for m in phrase("fiscal_year").finditer(flat):
        dates = find_dates(flat[m.end() : m.end() + 60])
        if dates:
            found.append((m.start(), m.end() + dates[0].end))
    return sorted(found)


def captioned_values(r: Reading) -> dict[str, tuple[int, int]]:
    """Each caption's value: the block above it. Captions set side by side and flattened one
    after the other ('N/A | Korea | (Translation...) | (Jurisdiction...)') share the blocks above
    the first, in order."""
    flat = r.cover.flat
    captions = sorted([(m.start(), m.end(), kind) for kind, p in phrases("caption") for m in p.finditer(flat)]
                      + _interleaved_captions(r.cover))
    stops = _stops(r)
    regions = []
    previous = 0
    for start, end, kind in captions:
        floor = max([previous] + [e for s, e in stops if e <= start])
        regions.append((kind, floor, start))
        previous = end
    values: dict[str, tuple[int, int]] = {}
    i = 0
    while i < len(regions):
        run = 1
        while i + run < len(regions) and not flat[regions[i + run][1] : regions[i + run][2]].strip():
            run += 1
        blocks = r.cover.blocks(regions[i][1], regions[i][2])
        if len(blocks) < run and _side_by_side(flat, regions[i:i + run]):
            blocks = [column for block in blocks for column in _columns(flat, block)]
        elif len(blocks) < run and [kind for kind, *_ in regions[i + 1 : i + run]] == ["jurisdiction"] and blocks:
            blocks = blocks[:-1] + _name_and_place(flat, blocks[-1])
        if len(blocks) >= run:
            for k in range(run):
                values.setdefault(regions[i + k][0], blocks[len(blocks) - run + k])
        i += run
    return values


def _interleaved_captions(words: FlatWords) -> list[tuple[int, int, str]]:
    """Two captions side by side, each over two rows, flattened row by row ('|(Translation of
    Registrant's name' / '|(Jurisdiction of incorporation or' / '|into English)' / '|organization)'):
    each (start, end, kind), the first ending where the second begins (a run of two captions)."""
    found = []
    for i in words.interleaved_captions():
        texts = (f"{words.piece(i)} {words.piece(i + 2)}", f"{words.piece(i + 1)} {words.piece(i + 3)}")
        kinds = [next((kind for kind, p in phrases("caption") if p.fullmatch(t)), None) for t in texts]
        if kinds[0] and kinds[1]:
            middle, end = words.starts[i + 1], words.starts[i + 3] + words.lengths[i + 3]
            found += [(words.starts[i], middle, kinds[0]), (middle, end, kinds[1])]
    return found


_COLUMN_GAP = re.compile(r"[ \t]{3,}")  # the gap between two columns of one line of a fixed-width cover


def _side_by_side(flat: str, run: list[tuple[str, int, int]]) -> bool:
    """Whether the captions of ``run`` stand side by side on one line, a column's gap apart
    ('(Translation of registrant's name into English)   (Jurisdiction of ...)')."""
    return len(run) > 1 and all(_COLUMN_GAP.fullmatch(flat[b[1]:b[2]]) for b in run[1:])


def _columns(flat: str, block: tuple[int, int]) -> list[tuple[int, int]]:
    """A block's columns: its line cut at the gaps of a fixed-width layout ('N/A   The Republic
    of Korea' over two captions side by side)."""
    a, b = block
    cuts = [a] + [x for m in _COLUMN_GAP.finditer(flat, a, b) for x in (m.start(), m.end())] + [b]
    return [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2)]


def _name_and_place(flat: str, block: tuple[int, int]) -> list[tuple[int, int]]:
    """A block over a name's caption and the jurisdiction's beside it, its two cells run together
    with no gap ('Acme Co., Ltd. Republic of Korea'): the name and the place, cut where the
    name's legal form ends; the block alone where no legal form ends a name so."""
    a, b = block
    cut = name_before_jurisdiction(flat[a:b])
    if cut is None:
        return [block]
    place = a + cut + len(flat[a + cut : b]) - len(flat[a + cut : b].lstrip(" ,"))
    return [(a, a + cut), (place, b)] if place < b else [block]


def _script(value: str, country: str | None) -> str:
    """The language of a name by its script; Chinese characters alone are Japanese for a company
    of Japan (its name in the charter is often all kanji)."""
    lang = next((lang for lang, p in _NON_LATIN_SCRIPTS if p.search(value)), "en")
    return "ja" if lang == "zh" and country == "JP" else lang


def registrant(r: Reading, values: dict[str, tuple[int, int]], country: str | None) -> None:
    """The English name (the translation where there is one), and a name in the charter in
    another script as a second fact in its language."""
    names = {k: (a, b, squash(r.cover.flat[a:b])) for k, (a, b) in values.items() if k in ("name", "translation")}
    usable = {k: v for k, v in names.items() if _is_name(v[2])}
    english = usable.get("translation") or usable.get("name")
    if english is None:
        return
    a, b, value = english
    r.add("EntityRegistrantName", value, a, b, "registrant", lang=_script(value, country))
    charter = usable.get("name")
    if charter and charter is not english and _script(value, country) == "en" != _script(charter[2], country):
        r.add("EntityRegistrantName", charter[2], charter[0], charter[1], "name in charter",
              lang=_script(charter[2], country))


def _is_name(value: str) -> bool:
    return (3 <= len(value) <= 150 and not _NO_VALUE.fullmatch(value) and re.search(r"[^\W\d_]", value) is not None
            and not phrase("file_number").search(value) and not phrase("caption").search(value))


def jurisdiction(r: Reading, values: dict[str, tuple[int, int]]) -> str | None:
    """The country of the jurisdiction of incorporation ('Bangalore, Karnataka, India': IN)."""
    if "jurisdiction" not in values:
        return None
    a, b = values["jurisdiction"]
    found = country_code(r.cover.flat[a:b])
    if found is None:
        return None
    code, s, e = found
    r.add("EntityIncorporationCountryCode", code, a + s, a + e, "jurisdiction")
    return code


# --------------------------------------------------------------------------------------------
# Figures: ADS ratio, par value, shares outstanding
# --------------------------------------------------------------------------------------------


def ads_ratio(r: Reading) -> None:
    """'American Depositary Shares, each representing one-half of one share' -> 0.5: the first
    such wording whose clause names depositary shares."""
    for words in r.passages():
        for m in ratio_pattern().finditer(words.flat):
            clause = re.split(r"[.;]\s|\)\s*\(", words.flat[max(m.start() - 160, 0) : m.start()])[-1]
            found = ratio_value(m) if class_pattern("ads").search(clause) else None
            if found:
                r.add("AdsRatio", found[0], m.start("q"), m.end(), "ADS ratio", words, unit=PURE, decimals=found[1])
                return


def _with_currency_signs(text: str) -> str:
    """``text`` with the currency signs EDGAR text spells out ('(Won)', 'Rs.') written as the
    amount reader knows them, right-aligned in the same width so offsets do not move."""
    for value, pattern in phrases("currency_alias"):
        text = pattern.sub(lambda m: value.rjust(len(m.group(0))) if len(value) <= len(m.group(0)) else m.group(0),
                           text)
    return text


def par_value(r: Reading) -> None:
    """'par value Won 2,500 per share', 'Common shares, EUR 0.50 per share': the par value of the
    common shares (a preferred class's is left out)."""
    for words in r.passages():
        flat = _with_currency_signs(words.flat)
        for m in phrase("par_value").finditer(flat):
            clause = re.split(r"[.;]\s", flat[max(m.start() - 100, 0) : m.start()])[-1]
            amounts = [a for a in find_amounts(flat[m.end() : m.end() + 30]) if a.currency and a.value > 0]
            if class_pattern("preferred").search(clause) or not amounts:
                continue
            amount = amounts[0]
            if flat[m.end() : m.end() + amount.start].strip(" :(\u2014-"):
                continue
            r.add("CommonStockParValuePerShare", amount.value, m.end() + amount.start, m.end() + amount.end,
                  "par value", words, unit=UnitSpec.per_share(amount.currency), decimals=amount.decimals)
            return


_COUNT = re.compile(r"(?<![\d,.$])(\d{1,3}(?:,\d{3})+|\d{4,})(?![\d,]*\d)(?!\s*%)")
_SHARE_NOUN = re.compile(
    r"\s*[\"“”(]?((?:[\w\"“”'’()-]+\s+){0,4}?)(?:shares?|stock|ADSs?|ADRs?|GDSs?)\b(?!\s+(?:of\s+)?(?:par|each))", _I)


# a class's label right before its count: 'Shares, par value Won 500: 6,948,900' (after the caption)
_CLASS_LABEL = re.compile(r"(?:^|(?<=[.:;]\s))\s*[^.:;]{0,60}\bshares?\b[^.:;\d]{0,40}[^.:;]{0,20}:\s*$", _I)


# a class's title right before its count, as a table's row or a line with leaders prints it
# ('|Common Stock |12,345,678', 'Common Stock, par value Won 2,500 per share ....... 12,345,678')
_CLASS_ROW = re.compile(r"""
    \b(?:stock|shares?)\b   # the title ends with its share noun ('per share' after a par value)
    [\s.|_:]*$              # then only spaces, leader dots, cell bars or a colon before the count
""", _I | re.VERBOSE)


# a count right after a share noun: the noun titles that count's row
_NEXT_COUNT = re.compile(r"[\s.|_:]*\d")
# a count of a row before, where a title's words begin after it (a par value's amount, after its
# currency word, is no count: 'par value Won 2,500 per share')
_ROW_COUNT = re.compile(r"""
    (?P<currency>(?:won|krw|w|₩|\$|yen|¥|rs\.?)\s?)?   # a currency word: then an amount, not a count
    (?:\d{1,3}(?:,\d{3})+|\d{5,})                    # grouped thousands, or five digits or more
""", _I | re.VERBOSE)
_TITLE_REACH = 80  # how far before a count its row's title may begin


def _row_title(statement: str, start: int) -> str | None:
    """The class title right before the count at ``start`` (from the previous row's count on),
    where the words before the count end with a share noun; None where they do not."""
    begin = max(start - _TITLE_REACH, 0)
    if not _CLASS_ROW.search(statement, begin, start):
        return None
    for m in _ROW_COUNT.finditer(statement, begin, start):
        if not m["currency"]:
            begin = m.end()
    return statement[begin:start]


def _count_class(statement: str, start: int, end: int, caption: str) -> str | None:
    """'ads', 'preferred', 'treasury' or 'common' for the count at ``[start, end)``; None when
    no share noun follows it (a count under a caption naming its class is that class)."""
    noun = _SHARE_NOUN.match(statement, end)
    titled = _row_title(statement, start)
    if titled is not None and (noun is None or _NEXT_COUNT.match(statement, noun.end())):
        # 'Common Stock 52,000,000 Preferred Stock 3,000,000': a share noun after the count that
        # is followed by a count of its own titles the next row, not this count
        noun, words = None, titled
    elif noun is None or re.match(r"\s*per\b", statement[end:]):
        labelled = _CLASS_LABEL.search(statement, 0, start)  # 'Shares, par value Won 500: 6,948,900'
        if labelled and labelled.end() == start:
            words = labelled.group(0)
        elif statement[:start].strip(" :") or not re.search(r"shares", caption, _I):
            return None
        else:
            words = caption
    else:  # the words before it in its clause, and after it up to the next count or clause
        clause = re.split(r"[;:]|\band\b", statement[max(start - 60, 0) : start])[-1]
        words = clause + " " + re.split(r"\band\b|[,;]|\d", statement[end : end + 60])[0]
    for kind in ("ads", "preferred", "treasury"):
        if class_pattern(kind).search(words):
            return kind
    return "common"


def _part_of_a_count(statement: str, counts: list[tuple[str, re.Match[str]]], start: int) -> bool:
    """Whether a count at ``start`` is a part of a common count before it in its sentence: a
    word of ``part_of`` ('including', 'comprised of') between them."""
    whole = next((m for kind, m in counts if kind == "common"), None)
    if whole is None:
        return False
    between = statement[whole.end():start]
    return not re.search(r"\.\s+[A-Z]", between) and phrase("part_of").search(between) is not None


def shares_outstanding(r: Reading) -> None:
    """The count of common shares the cover says were outstanding, at the date it gives, else
    at the close of the fiscal year (the date the form's caption asks for)."""
    flat = r.cover.flat
    caption = phrase("outstanding").search(flat)
    if caption is None:
        return
    stop = phrase("outstanding_end").search(flat, caption.end())
    end = min(stop.start() if stop else len(flat), caption.end() + 500)
    statement = flat[caption.end() : end]
    taken = [(d.start, d.end) for d in find_dates(statement)]
    taken += [(a.start, a.end) for a in find_amounts(_with_currency_signs(statement)) if a.currency]
    counts = []
    for m in _COUNT.finditer(statement):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        kind = _count_class(statement, m.start(), m.end(), caption.group(0))
        if kind == "common" and _part_of_a_count(statement, counts, m.start()):
            kind = "part"
        if kind:
            counts.append((kind, m))
    dates = [d for d in find_dates(caption.group(0) + " " + statement[: counts[0][1].start() if counts else 0])]
    day = dates[0].value if dates else r.fiscal_year_end
    common = [m for kind, m in counts if kind == "common"]
    for kind, m in counts:
        a, b = r.cover.text_range(caption.end() + m.start(), caption.end() + m.end())
        if kind == "common" and len(common) == 1 and day is not None:
            r.add_text("SharesOutstanding", Decimal(m.group(1).replace(",", "")), a, b, "shares outstanding",
                       period=Period.instant(day), unit=SHARES, decimals=0)
            continue
        reason = {"ads": "depositary shares outstanding: no concept for a count of ADSs",
                  "preferred": "preferred shares outstanding: SharesOutstanding counts common shares",
                  "treasury": "treasury shares: not outstanding",
                  "part": "part of the class counted before it (held as ADSs or otherwise)"}.get(kind)
        if reason is None:
            reason = ("shares outstanding without a date: the cover states no fiscal year end" if day is None
                      else "several classes of common shares outstanding: SharesOutstanding has no class axis")
        r.unmapped.append(Mention(m.group(1), r.ctx.span(a, b), reason))


# --------------------------------------------------------------------------------------------
# Securities registered under Section 12(b) and 12(g)
# --------------------------------------------------------------------------------------------


@cache
def _vocabulary() -> Vocabulary:
    return Vocabulary(phrase("heading"), _NO_VALUE, phrase("exchange"), phrase("class_start"),
                      phrase("symbol_heading"), phrase("class_end"), phrase("exchange_cell"), phrase("title_open_end"))


def _section_range(r: Reading, heading: re.Match[str]) -> tuple[int, int]:
    """Text range of a section's table: from its heading to the next section, the outstanding
    shares or a check box question, cut at its footnote ('* Not for trading ...')."""
    flat, text = r.cover.flat, r.ctx.text
    ends = [m.start() for m in (p.search(flat, heading.end()) for _, p in phrases("section")) if m]
    ends += [m.start() for m in [phrase("section_end").search(flat, heading.end())] if m]
    stop = min([e for e in ends if e > heading.end()] + [len(flat)])
    start = r.cover.offset(heading.end() - 1) + 1
    end = r.cover.text_range(heading.end(), stop)[1] if stop > heading.end() else start
    footnote = phrase("footnote").search(text, start, end)
    return start, footnote.start() if footnote else end


def securities(r: Reading) -> None:
    """Each class registered under Section 12(b) or 12(g): SecurityTitle and, where the cover
    names one, SecurityExchangeName on one SecurityListingAxis member per class."""
    number = 0
    for section, pattern in phrases("section"):
        heading = pattern.search(r.cover.flat)
        if heading is None:
            continue
        start, end = _section_range(r, heading)
        if _answered_none(r.ctx.text, start, end):
            continue  # '... Section 12(g) of the Act: None': what follows is the next heading's (perhaps cut)
        for row in rows_of(r.ctx.text, start, end, _vocabulary()):
            number += 1
            dims = (("SecurityListingAxis", f"{section} {number}"),)
            r.add_text("SecurityTitle", row.title_text, row.title[0].start, row.title[-1].end, "class", dimensions=dims)
            r.titles.append(FlatWords.joined([(c.start, c.text, False) for c in row.title]))
            if row.symbol:
                r.add_text("TradingSymbol", row.symbol.text.strip(" *\u2020"), row.symbol.start, row.symbol.end,
                           "symbol", dimensions=dims)
            if row.exchange:
                r.add_text("SecurityExchangeName", clean(row.exchange.text), row.exchange.start, row.exchange.end,
                           "exchange", dimensions=dims)


def _answered_none(text: str, start: int, end: int) -> bool:
    """Whether a section's first words are its answer 'None' (or 'N/A'): it lists no class.
    >>> _answered_none("Act:\\n\\nNone\\n\\nSecurities for which there i", 4, 33), _answered_none("\\nNone of\\n", 0, 9)
    (True, False)
    """
    first = next((line.strip(" \t|*") for line in text[start:end].split("\n") if line.strip(" \t|*")), "")
    return _NO_VALUE.fullmatch(first) is not None


def cover_end(text: str) -> int:
    """Where the cover page ends: the table of contents or the body, else ``COVER_CHARS``."""
    end = min(len(text), COVER_CHARS)
    m = re.compile(r"\btable\s+of\s+contents\b|^[ \t|]*(?:contents|part\s+I)\s*$", _I | re.M).search(text, 400, end)
    return m.start() if m else end


def extract_cover_20f(ctx: DocumentContext) -> Found:
    """The facts of a 20-F cover page (see the module's docstring)."""
    reading = Reading(ctx, FlatWords.of(ctx.text, 0, cover_end(ctx.text)))
    form_type(reading)
    fiscal_year(reading)
    file_number(reading)
    values = captioned_values(reading)
    registrant(reading, values, jurisdiction(reading, values))
    securities(reading)
    ads_ratio(reading)
    par_value(reading)
    shares_outstanding(reading)
    return Found(tuple(reading.observations), tuple(reading.unmapped))
