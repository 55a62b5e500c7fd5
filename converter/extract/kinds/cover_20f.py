"""The Form 20-F cover (and 20-F/A): what only an annual report of a foreign private issuer's
first page states.

Form type and amendment number, the fiscal year end, the names above their captions (the name in
the charter, its English translation), the jurisdiction of incorporation, the Commission file
number, each class of securities registered under Section 12(b) or 12(g) with its exchange, the
ADS ratio, the par value and the shares outstanding at the fiscal year end. The address is read
by the generic address reader. Phrases: ``data/cover_20f.tsv``; countries: ``data/countries.tsv``.

Covers come as fixed-width text, as HTML flattened to ``|`` cells, and with words broken over
lines, so phrases are matched on the cover's words joined by single spaces (:class:`Cover`),
and every match maps back to the text for its span.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from converter.extract.base import DocumentContext, Found
from converter.extract.lines import squash
from converter.model import PURE, SHARES, Mention, Observation, Period, UnitSpec
from converter.parse.amounts import find_amounts
from converter.parse.dates import find_dates
from converter.parse.numbers import number_words
from converter.resources import data_rows

COVER_CHARS = 15000  # a cover page ends well before this; the body of a full report is not read
_HEAD_FLAT = 2500  # the form name and amendment number sit at the top
_I = re.IGNORECASE
_RULE = re.compile(r"[-_=*.\s]+")
_PIECE = re.compile(r"[^|\t\n]+")  # a '|' or a tab parts the cells of a table row
_RULE_RUN = re.compile(r"(?<!\w)[-_=](?:[ \t]?[-_=]){2,}(?!\w)")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_NON_LATIN_SCRIPTS = (("ko", re.compile(r"[가-힣]")), ("ja", re.compile(r"[\u3040-\u30ff]")),
                      ("zh", re.compile(r"[\u4e00-\u9fff]")))
_NO_VALUE = re.compile(r"(?:none|not\s+applicable|n\s*/\s*a|same|-+)\.?", _I)


# --------------------------------------------------------------------------------------------
# Phrases and places
# --------------------------------------------------------------------------------------------


@cache
def phrases(kind: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(value, pattern) rows of ``data/cover_20f.tsv`` of one kind, in file order."""
    return tuple((value, re.compile(regex, _I | re.M)) for k, value, regex in data_rows("cover_20f.tsv") if k == kind)


@cache
def phrase(kind: str) -> re.Pattern[str]:
    """All phrases of one kind as one pattern."""
    return re.compile("|".join(f"(?:{p.pattern})" for _, p in phrases(kind)), _I | re.M)


@cache
def _country_names() -> tuple[re.Pattern[str], dict[str, str]]:
    from babel import Locale

    names: dict[str, set[str]] = {}  # keys: _name_key
    territories = Locale("en").territories
    for code, name in territories.items():
        if len(code) == 2 and code.isalpha() and code not in ("EU", "EZ", "UN", "QO", "XA", "XB", "XK", "ZZ"):
            names.setdefault(_name_key(name), set()).add(code)
    for name, code in data_rows("countries.tsv"):
        names.setdefault(_name_key(name), set()).add(code)
    for _, code, region in data_rows("edgar_locations.tsv"):
        if region != "-":
            names.setdefault(_name_key(region), set()).add(code)
    table = {name: next(iter(codes)) for name, codes in names.items() if len(codes) == 1}
    spelled = (re.escape(n).replace("'", "['\u2019]").replace(r"\ ", r"\s+") for n in table)
    alternation = "|".join(sorted(spelled, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternation})(?![\w])", _I), table


def _name_key(name: str) -> str:
    return " ".join(name.lower().replace("\u2019", "'").split())


def country_code(text: str) -> tuple[str, int, int] | None:
    """The ISO 3166-1 alpha-2 code of the first country ``text`` names, with where it is named.

    >>> country_code("Bangalore, Karnataka, India")
    ('IN', 22, 27)
    >>> country_code("HONG KONG, CHINA")[0], country_code("The Republic of Korea")[0]
    ('HK', 'KR')
    >>> country_code("Georgia") is None, country_code("Delaware")[0]
    (True, 'US')
    """
    pattern, table = _country_names()
    m = pattern.search(text)
    if m is None:
        return None
    return table[_name_key(m.group(0))], m.start(), m.end()


# --------------------------------------------------------------------------------------------
# The cover's words in one line
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cover:
    """The cover's pieces (a line, or a ``|`` cell of a line, stripped) joined by single spaces:
    phrases broken over lines or cells match in ``flat``. A block is a run of pieces that no
    blank line, ``|`` cell or rule separates: one value of the cover."""

    text: str
    flat: str
    starts: tuple[int, ...]  # flat offset of each piece
    origins: tuple[int, ...]  # text offset of each piece
    lengths: tuple[int, ...]
    fresh: tuple[bool, ...]  # the piece opens a block

    @classmethod
    def of(cls, text: str, end: int) -> "Cover":
        starts, origins, lengths, fresh = [], [], [], []
        parts: list[str] = []
        position, cut = 0, True
        masked = _RULE_RUN.sub(lambda m: "|" * len(m.group(0)), text[:end])  # a rule parts values like a cell
        for m in _PIECE.finditer(masked, 0, end):
            piece = m.group(0)
            stripped = piece.strip()
            before = masked[origins[-1] + lengths[-1] if origins else 0 : m.start()]
            if not stripped:
                cut = cut or _cell_break(before) or bool(_BLANK_LINE.search(before + piece))
                continue
            rule = _RULE.fullmatch(stripped) is not None and len(stripped) > 2
            cut = cut or _cell_break(before) or bool(_BLANK_LINE.search(before)) or rule
            lead = len(piece) - len(piece.lstrip())
            starts.append(position)
            origins.append(m.start() + lead)
            lengths.append(len(stripped))
            fresh.append(cut)
            parts.append(stripped)
            position += len(stripped) + 1
            cut = rule
        return cls(text, " ".join(parts), tuple(starts), tuple(origins), tuple(lengths), tuple(fresh))

    def offset(self, flat_index: int) -> int:
        """Text offset of the flat character at ``flat_index`` (a joining space maps to the end
        of the piece before it)."""
        if not self.starts:
            return 0
        i = max(bisect.bisect_right(self.starts, flat_index) - 1, 0)
        return self.origins[i] + min(flat_index - self.starts[i], self.lengths[i])

    def text_range(self, a: int, b: int) -> tuple[int, int]:
        return self.offset(a), self.offset(b - 1) + 1 if b > a else self.offset(a)

    def blocks(self, a: int, b: int) -> list[tuple[int, int]]:
        """Flat ranges of the blocks within ``[a, b)``, rules left out."""
        found: list[tuple[int, int]] = []
        for i, start in enumerate(self.starts):
            end = start + self.lengths[i]
            if end <= a or start >= b:
                continue
            s, e = max(start, a), min(end, b)
            if not self.flat[s:e].strip() or _RULE.fullmatch(self.flat[s:e]):
                continue
            if found and not self.fresh[i] and start >= a and found[-1][1] + 1 >= s:
                found[-1] = (found[-1][0], e)
            else:
                found.append((s, e))
        return [_strip(self.flat, s, e) for s, e in found if self.flat[s:e].strip()]


def _cell_break(between: str) -> bool:
    """A '|', or a tab on the line of the piece before (a leading tab only indents)."""
    return "|" in between or "\t" in between.split("\n", 1)[0]


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \t:;,":
        a += 1
    while b > a and text[b - 1] in " \t:;,":
        b -= 1
    return a, b


def cover_end(text: str) -> int:
    """Where the cover page ends: the table of contents or the body, else ``COVER_CHARS``."""
    end = min(len(text), COVER_CHARS)
    m = re.compile(r"\btable\s+of\s+contents\b|^[ \t|]*(?:contents|part\s+I)\s*$", _I | re.M).search(text, 400, end)
    return m.start() if m else end


# --------------------------------------------------------------------------------------------
# Observations
# --------------------------------------------------------------------------------------------


@dataclass
class Reading:
    """What the cover reader found so far, with the context it needs."""

    ctx: DocumentContext
    cover: Cover
    observations: list[Observation]
    unmapped: list[Mention]
    fiscal_year_end: dt.date | None = None

    def add(self, concept: str, value, a: int, b: int, rule: str, **kw) -> None:
        """An observation of the flat range ``[a, b)``."""
        start, end = self.cover.text_range(a, b)
        self.add_text(concept, value, start, end, rule, **kw)

    def add_text(self, concept: str, value, start: int, end: int, rule: str, **kw) -> None:
        kw.setdefault("lang", "en" if isinstance(value, str) else None)
        kw.setdefault("period", self.ctx.document_period)
        self.observations.append(Observation(concept, value, span=self.ctx.span(start, end),
                                             rule=f"20-F cover:{rule}", **kw))


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
    """'For the fiscal year ended December 31, 2005' -> DocumentPeriodEndDate."""
    m = phrase("fiscal_year").search(r.cover.flat)
    if m is None:
        return
    dates = find_dates(r.cover.flat[m.end() : m.end() + 60])
    if not dates or r.cover.flat[m.end() : m.end() + dates[0].start].strip(" :"):
        return
    day = dates[0]
    r.fiscal_year_end = day.value
    r.add("DocumentPeriodEndDate", day.value, m.end() + day.start, m.end() + day.end, "fiscal year")


def file_number(r: Reading) -> None:
    for _, pattern in phrases("file_number"):
        m = pattern.search(r.cover.flat)
        if m:
            r.add("EntityFileNumber", m.group(1), m.start(1), m.end(1), "file number")
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
    captions = sorted((m.start(), m.end(), kind) for kind, p in phrases("caption") for m in p.finditer(flat))
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
        if len(blocks) >= run:
            for k in range(run):
                values.setdefault(regions[i + k][0], blocks[len(blocks) - run + k])
        i += run
    return values


def _script(value: str) -> str:
    return next((lang for lang, p in _NON_LATIN_SCRIPTS if p.search(value)), "en")


def registrant(r: Reading, values: dict[str, tuple[int, int]]) -> None:
    """The English name (the translation where there is one), and a name in the charter in
    another script as a second fact in its language."""
    names = {k: (a, b, squash(r.cover.flat[a:b])) for k, (a, b) in values.items() if k in ("name", "translation")}
    usable = {k: v for k, v in names.items() if _is_name(v[2])}
    english = usable.get("translation") or usable.get("name")
    if english is None:
        return
    a, b, value = english
    r.add("EntityRegistrantName", value, a, b, "registrant", lang=_script(value))
    charter = usable.get("name")
    if charter and charter is not english and _script(charter[2]) != "en" and _script(value) == "en":
        r.add("EntityRegistrantName", charter[2], charter[0], charter[1], "name in charter", lang=_script(charter[2]))


def _is_name(value: str) -> bool:
    return (3 <= len(value) <= 150 and not _NO_VALUE.fullmatch(value) and re.search(r"[^\W\d_]", value) is not None
            and not phrase("file_number").search(value) and not phrase("caption").search(value))


def jurisdiction(r: Reading, values: dict[str, tuple[int, int]]) -> None:
    if "jurisdiction" not in values:
        return
    a, b = values["jurisdiction"]
    found = country_code(r.cover.flat[a:b])
    if found:
        code, s, e = found
        r.add("EntityIncorporationCountryCode", code, a + s, a + e, "jurisdiction")


# --------------------------------------------------------------------------------------------
# Figures: ADS ratio, par value, shares outstanding
# --------------------------------------------------------------------------------------------


def class_pattern(value: str) -> re.Pattern[str]:
    """The words of a class of securities: ``ads``, ``preferred``, ``treasury``."""
    return next(p for v, p in phrases("class") if v == value)


@cache
def _ratio_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w, (_, kind) in sorted(number_words().items(), key=lambda x: -len(x[0]))
                     if kind in ("cardinal", "article") and re.fullmatch(r"[a-z][a-z -]*", w))
    fractions = "|".join(f"(?:{p.pattern})" for _, p in phrases("fraction"))
    return re.compile(
        rf"""(?:{phrase("represents").pattern})\s+
        (?P<q>(?P<fn>\d{{1,3}})\s*/\s*(?P<fd>\d{{1,3}})(?:st|nd|rd|th)?    # 1/2, 1/10th
          |(?P<num>\d{{1,3}}(?:\.\d+)?|{words})                          # 10, 0.5, one, three, a
           (?:[\s-]+(?P<den>{fractions}))?)                              # ... tenths
        \s+(?:of\s+(?:one|a|an|1)\s+)?                                   # of one / of a
        (?:(?:fully\s+paid|[A-Za-z]+|\(\S+\))\s+){{0,3}}?                # Equity, common, ordinary
        (?:shares?|stock)\b""", _I | re.X)


def ratio_value(m: re.Match[str]) -> tuple[Decimal, int] | None:
    """The shares one ADS represents, and the decimals it is exact to (4 for a third)."""
    if m.group("fn"):
        numerator, denominator = Decimal(m.group("fn")), Decimal(m.group("fd"))
    else:
        word = m.group("num").lower()
        numerator = Decimal(word) if word[0].isdigit() else number_words()[word][0]
        denominator = Decimal(1)
        if m.group("den"):
            denominator = next(Decimal(v) for v, p in phrases("fraction") if p.fullmatch(m.group("den")))
    if denominator == 0 or numerator <= 0:
        return None
    value = numerator / denominator
    exact = value.quantize(Decimal("0.000001"))
    if exact != value:  # a third: reported to four places
        rounded = value.quantize(Decimal("0.0001"))
        return rounded, 4
    exact = exact.normalize()
    return exact, max(-exact.as_tuple().exponent, 0)


def ads_ratio(r: Reading) -> None:
    """'American Depositary Shares, each representing one-half of one share' -> 0.5: the first
    such wording whose clause names depositary shares."""
    flat = r.cover.flat
    for m in _ratio_pattern().finditer(flat):
        clause = re.split(r"[.;]\s|\)\s*\(", flat[max(m.start() - 160, 0) : m.start()])[-1]
        if not class_pattern("ads").search(clause):
            continue
        found = ratio_value(m)
        if found:
            r.add("AdsRatio", found[0], m.start("q"), m.end(), "ADS ratio", unit=PURE, decimals=found[1])
            return


def _with_currency_signs(text: str) -> str:
    """``text`` with the currency signs EDGAR text spells out ('(Won)', 'Rs.') written as the
    amount reader knows them, right-aligned in the same width so offsets do not move."""
    for value, pattern in phrases("currency_alias"):
        text = pattern.sub(lambda m: value.rjust(len(m.group(0))) if len(value) <= len(m.group(0)) else m.group(0),
                           text)
    return text


def par_value(r: Reading) -> None:
    """'par value Won 500 per share', 'Common shares, EUR 0.12 per share': the par value of the
    common shares (a preferred class's is left out)."""
    flat = _with_currency_signs(r.cover.flat)
    for m in phrase("par_value").finditer(flat):
        clause = re.split(r"[.;]\s", flat[max(m.start() - 100, 0) : m.start()])[-1]
        if class_pattern("preferred").search(clause):
            continue
        amounts = [a for a in find_amounts(flat[m.end() : m.end() + 30]) if a.currency and a.value > 0]
        if not amounts or flat[m.end() : m.end() + amounts[0].start].strip(" :(\u2014-"):
            continue
        amount = amounts[0]
        a, b = m.end() + amount.start, m.end() + amount.end
        r.add("CommonStockParValuePerShare", amount.value, a, b, "par value",
              unit=UnitSpec.per_share(amount.currency), decimals=amount.decimals)
        return


_COUNT = re.compile(r"(?<![\d,.$])(\d{1,3}(?:,\d{3})+|\d{4,})(?![\d,]*\d)(?!\s*%)")
_SHARE_NOUN = re.compile(
    r"\s*[\"“”(]?((?:[\w\"“”'’()-]+\s+){0,4}?)(?:shares?|stock|ADSs?|ADRs?|GDSs?)\b(?!\s+(?:of\s+)?(?:par|each))", _I)


def _count_class(statement: str, start: int, end: int, caption: str) -> str | None:
    """'ads', 'preferred', 'treasury' or 'common' for the count at ``[start, end)``; None when
    no share noun follows it (a count under a caption naming its class is that class)."""
    noun = _SHARE_NOUN.match(statement, end)
    if noun is None or re.match(r"\s*per\b", statement[end:]):
        if statement[:start].strip(" :") or not re.search(r"shares", caption, _I):
            return None
        words = caption
    else:
        clause = re.split(r"[;:]|\band\b", statement[max(start - 60, 0) : start])[-1]
        words = clause + " " + noun.group(0)
    for kind in ("ads", "preferred", "treasury"):
        if class_pattern(kind).search(words):
            return kind
    return "common"


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
                  "treasury": "treasury shares: not outstanding"}.get(kind)
        if reason is None:
            reason = ("shares outstanding without a date: the cover states no fiscal year end" if day is None
                      else "several classes of common shares outstanding: SharesOutstanding has no class axis")
        r.unmapped.append(Mention(m.group(1), r.ctx.span(a, b), reason))


# --------------------------------------------------------------------------------------------
# Securities registered under Section 12(b) and 12(g)
# --------------------------------------------------------------------------------------------


@dataclass
class Chunk:
    kind: str  # number | exchange | title | skip
    text: str
    start: int  # text offsets
    end: int
    new_line: bool = False  # the first chunk of its line
    blank_before: bool = False  # a blank line before it (a new row in fixed-width text)


@dataclass
class Row:
    title: list[Chunk]
    exchange: Chunk | None = None


def _kind(text: str) -> str:
    bare = text.strip(" *\u2020")
    if not bare or _RULE.fullmatch(bare) or phrase("heading").fullmatch(bare) or _NO_VALUE.fullmatch(bare):
        return "skip"
    if re.fullmatch(r"\(?\d{1,2}\)|\d{1,2}\.", bare):
        return "number"
    if phrase("exchange").fullmatch(bare):
        return "exchange"
    return "title"


def _masked(text: str, start: int, end: int) -> str:
    """The section with its column headings ('Title of each class', '(Title of Class)' broken
    over lines) blanked out, offsets kept: ``text`` before ``start`` is blank too."""
    section = text[start:end]
    section = phrase("heading").sub(lambda m: re.sub(r"[^\n|\t]", " ", m.group(0)), section)
    return " " * start + section


def _chunks(text: str, start: int, end: int) -> list[Chunk]:
    """The section's cells (HTML flattened to '|') or its lines split into columns at runs of
    two or more spaces (fixed-width text), each with what it is."""
    text = _masked(text, start, end)
    cells = "|" in text[start:end]  # cells of flattened HTML may run over several lines
    chunks: list[Chunk] = []
    if cells:
        for m in re.finditer(r"[^|]+", text[start:end]):
            if m.group(0).strip():
                a, b = start + m.start(), start + m.end()
                a += len(text[a:b]) - len(text[a:b].lstrip())
                chunks.append(Chunk("", squash(text[a:b]), a, a + len(text[a:b].rstrip()), True))
    else:
        blank, offset = False, start
        for line in text[start:end].split("\n"):
            if not line.strip():
                blank = blank or bool(chunks)
            first = True
            for m in re.finditer(r"[^\s]+(?: [^\s]+)*", line):  # columns part at tabs and double spaces
                chunks.append(Chunk("", m.group(0), offset + m.start(), offset + m.end(), first, blank and first))
                first, blank = False, False
            offset += len(line) + 1
    out: list[Chunk] = []
    for chunk in _split_exchanges(chunks):
        lead = re.match(r"\((\d{1,2})\)\s+(?=\S)", chunk.text)
        if lead:  # '(1) Common shares, par value ...'
            out.append(Chunk("number", lead.group(0), chunk.start, chunk.start + lead.end(), chunk.new_line,
                             chunk.blank_before))
            chunk = Chunk("", chunk.text[lead.end():], min(chunk.start + lead.end(), chunk.end), chunk.end)
        chunk.kind = _kind(chunk.text)
        out.append(chunk)
    return out


def _split_exchanges(chunks: list[Chunk]) -> list[Chunk]:
    """A title and its exchange run together on one line ('Common shares, EUR 0.12 per share New
    York Stock Exchange ------'): two chunks."""
    out = []
    tail = re.compile(rf"\s(?:{phrase('exchange').pattern})[\s*\u2020]*$", _I)
    for chunk in chunks:
        text = _RULE_RUN.sub(" ", chunk.text).strip()
        m = tail.search(text) if _kind(text) == "title" else None
        if m is None:
            out.append(Chunk(chunk.kind, text, chunk.start, chunk.start + len(text), chunk.new_line,
                             chunk.blank_before) if text else chunk)
            continue
        title = text[: m.start()].rstrip()
        out.append(Chunk("", title, chunk.start, chunk.start + len(title), chunk.new_line, chunk.blank_before))
        out.append(Chunk("", m.group(0).strip(), chunk.start + m.start() + 1, chunk.start + len(text)))
    return out


def _rows(chunks: list[Chunk], cells: bool) -> list[Row]:
    """Titles and exchanges paired into rows: a number starts a row; an exchange closes the row
    it is on; a title line wrapping below its exchange ('Common' / 'Stock par value ...')
    continues its row unless it starts a new class."""
    rows: list[Row] = []
    for i, chunk in enumerate(chunks):
        current = rows[-1] if rows else None
        if chunk.kind == "number":
            rows.append(Row([]))
        elif chunk.kind == "exchange":
            if current is None or current.exchange is not None:
                rows.append(Row([]))
            rows[-1].exchange = chunk
        elif chunk.kind == "title":
            if current is None or _opens_row(chunk, chunks[i:], current, cells):
                rows.append(Row([]))
            rows[-1].title.append(chunk)
    return [row for row in rows if row.title]


def _opens_row(chunk: Chunk, rest: list[Chunk], current: Row, cells: bool) -> bool:
    if not current.title:
        return False
    if cells:
        return current.exchange is not None or not chunk.text[:1].islower()
    if chunk.blank_before:
        return True
    if not chunk.new_line:
        return False
    same_line_exchange = any(c.kind == "exchange" and not c.new_line for c in rest[1:2])
    if current.exchange is not None and same_line_exchange:
        return True
    ends_open = current.title[-1].text.rstrip().endswith((",", " of", " and", "-"))
    return not ends_open and bool(phrase("class_start").match(chunk.text)) and not chunk.text[:1].islower()


def _clean(text: str) -> str:
    text = squash(text)
    text = re.sub(r"\s*(?:\*+|\u2020+|\(\d\))\s*$", "", text)
    return text.rstrip(" ,;.*")


def securities(r: Reading) -> None:
    """Each class registered under Section 12(b) or 12(g): SecurityTitle and, where the cover
    names one, SecurityExchangeName on one SecurityListingAxis member per class."""
    flat, text = r.cover.flat, r.cover.text
    number = 0
    for section, pattern in phrases("section"):
        heading = pattern.search(flat)
        if heading is None:
            continue
        ends = [m.start() for m in (p.search(flat, heading.end()) for _, p in phrases("section")) if m]
        ends += [m.start() for m in [phrase("section_end").search(flat, heading.end())] if m]
        stop = min([e for e in ends if e > heading.end()] + [len(flat)])
        start, end = r.cover.text_range(heading.end(), stop)
        start = r.cover.offset(heading.end() - 1) + 1
        footnote = phrase("footnote").search(text, start, end)
        end = footnote.start() if footnote else end
        chunks = _chunks(text, start, end)
        for row in _rows(chunks, "|" in text[start:end]):
            title = _clean(" ".join(c.text for c in row.title))
            if len(title) < 3 or not re.search(r"[^\W\d_]{3}", title):
                continue
            number += 1
            dims = (("SecurityListingAxis", f"{section} {number}"),)
            r.add_text("SecurityTitle", title, row.title[0].start, row.title[-1].end, "class", dimensions=dims)
            if row.exchange:
                r.add_text("SecurityExchangeName", _clean(row.exchange.text), row.exchange.start, row.exchange.end,
                           "exchange", dimensions=dims)


def extract_cover_20f(ctx: DocumentContext) -> Found:
    """The facts of a 20-F cover page (see the module's docstring)."""
    text = ctx.text
    reading = Reading(ctx, Cover.of(text, cover_end(text)), [], [])
    form_type(reading)
    fiscal_year(reading)
    file_number(reading)
    values = captioned_values(reading)
    registrant(reading, values)
    jurisdiction(reading, values)
    securities(reading)
    ads_ratio(reading)
    par_value(reading)
    shares_outstanding(reading)
    return Found(tuple(reading.observations), tuple(reading.unmapped))
