"""Where the company's shares trade: TradingSymbol and SecurityExchangeName, one
``SecurityListingAxis`` member per symbol/exchange pair, read from every kind of document.

The forms (vocabularies in ``data/corporate_action_phrases.tsv``, kind ``exchange``, and
``data/cover_20f.tsv``'s long exchange names):

- a release's listing tag: "(Nasdaq: ABCD)", "(NasdaqGM: ABCD)", "(KSE: 012345 / NYSE: ABC)";
- a US release's sentence: "listed on the New York Stock Exchange under the symbol "ABC"";
- a Japanese or Taiwanese header's code: "TSE code number: 9999", "Code number: 9999" beside
  "Listed exchange: JASDAQ", "Tokyo Stock Exchange First Section, code 9999", "コード番号 9999"
  beside "上場取引所 東", "common stock code : 9999", Hong Kong's "(Stock Code: 0999)";
- a London RNS announcement: its headline "Example Bank (EXBK)" naming the registrant, or the
  "TIDM" (EPIC) label;
- a Chinese header's code label, "股票代码：600987", "證券代號：2345", "股份代號：0999", with the
  exchanges a listing label lists ("股票上市地点：上海证券交易所、香港联合交易所", "上場取引所
  東証第一部・大証第一部"; words in ``data/listing_words.tsv``).

Where a header lists several exchanges, each is its own member. The code goes to every exchange
whose codes have its form (a Japanese code is the company's on every exchange: 東証 and 名証 both
get it); an exchange whose codes look otherwise (a Shanghai code beside the Hong Kong exchange,
whose codes have at most five digits) is a member with its name only.

A symbol whose exchange is not named is a TradingSymbol on its own member (the taxonomy's
listing member needs no exchange). A code label without a word of listing near it is not read:
"Code No." also numbers forms, articles of a civil code and postal areas.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from converter.extract.base import DocumentContext, Found
from converter.extract.mechanisms.checkbox import pattern_reach
from converter.extract.mechanisms.cjk_header import subject_code
from converter.extract.mechanisms.sentences import Collected, action_pattern, lang_of
from converter.model import Observation
from converter.parse.gates import Gated, fold, folded_text
from converter.parse.match_starts import StemStarts, leading_stems, matches_from
from converter.resources import data_rows

HEAD = 3000  # where a header's code, label or headline stands


@dataclass(frozen=True)
class Listing:
    symbol: str  # empty: an exchange listed without a code of its own form
    symbol_span: tuple[int, int]
    exchange: str | None = None
    exchange_span: tuple[int, int] | None = None
    where: int | None = None  # the start of the statement naming it, where not its symbol's

    @property
    def statement(self) -> int:
        """Where the statement naming it begins: the tag holding its pair, else its symbol (the
        exchanges of one label share the code)."""
        return self.symbol_span[0] if self.where is None else self.where


@cache
def _exchange() -> str:
    """Exchange names: the short tags of releases, and the long names of covers, with a
    Japanese market section ("Tokyo Stock Exchange, First Section")."""
    long = next(r[2] for r in data_rows("cover_20f.tsv") if r[0] == "exchange")
    section = r"(?:,?\s+(?:(?:First|Second|1st|2nd)\s+Section|Mothers|JASDAQ\s+Market))?"
    return rf"(?:{long}){section}|(?:{action_pattern('exchange').pattern})"


@cache
def _cjk_words(kind: str) -> tuple[tuple[str, str], ...]:
    """(phrase, code form) rows of one kind of ``data/listing_words.tsv``."""
    return tuple((r[1], r[2]) for r in data_rows("listing_words.tsv") if r[0] == kind)


def _alternation(kind: str) -> str:
    return "|".join(f"(?:{phrase})" for phrase, _form in _cjk_words(kind))


@cache
def _cjk_exchanges() -> tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...]:
    """Each Japanese or Chinese exchange name with the form of the codes it gives."""
    return tuple((re.compile(phrase), None if form == "-" else re.compile(form))
                 for phrase, form in _cjk_words("exchange"))


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    x = _exchange()
    names = _alternation("exchange")
    joiner = _alternation("joiner")
    code_label, exchange_label = _alternation("code_label"), _alternation("exchange_label")
    symbol = r"(?-i:[A-Z0-9][A-Z0-9.\-]{0,11})(?![A-Za-z0-9])"
    labelled = rf"""(?P<kind>(?:(?:common|ordinary)\s+)?(?:stock|securities|share|ticker)\s+)?
                 (?<![A-Za-z])code\s*(?:number|no\.?)?\s*[:：]?\s*  # the label
                 (?P<s>\d{{1,6}})(?![\d]|[,.]\d)                     # a listed company's code
              |(?:証券)?コード(?:番号)?\s*[:：]?\s*(?P<js>\d{{4}})(?!\d)
              |(?:{code_label})\s*[:：]?\s*(?P<cs>\d{{1,6}})(?![\d]|[,.]\d)  # 股票代码：600987
              """
    return {
        # "(NYSE: VRD;\n BSE: 532411)": the whole tag, then its pairs
        "tag": re.compile(rf"\(\s*(?:{x})\s*:[^()]{{1,80}}\)", re.I),
        "pair": re.compile(rf"(?P<x>{x})\s*:\s*(?P<s>{symbol})", re.I),
        "under_symbol": re.compile(
            rf"""(?:listed|traded|quoted)\s+on\s+(?:the\s+)?(?P<x>{x})  # where it trades
                 \s+under\s+the\s+(?:ticker\s+|trading\s+|stock\s+)?symbols?\s+  # "under the symbol"
                 ["“'‘]?(?P<s>(?-i:[A-Z](?:[A-Z0-9]|\.(?=[A-Z0-9])){{0,9}}))  # the symbol, quoted or
                 (?![A-Za-z0-9])   # not; a dot only within it ('BRK.A'), not the sentence's ('“ABC.”')
              """, re.I | re.X),
        # "TSE code number: 9999", "Tokyo Stock Exchange First Section, code 9999",
        # "Stock Code: 0999", "common stock code : 2409", "Securities code 9999", "コード番号 9999"
        "code": re.compile(rf"""(?:(?P<x>{x})[\s,]+)?  # the exchange it is a code of
                                 {labelled}""", re.I | re.X),
        # the same without the exchange: every match of "code" holds one of these (a cheap scan
        # that tells whether "code", which tries an exchange's name at every position, can match)
        "bare_code": re.compile(labelled, re.I | re.X),
        # "Listed exchange: JASDAQ", "Stock Exchange listing: Tokyo", "Listed on: the Tokyo Stock Exchange"
        "exchange_label": re.compile(
            rf"""(?:listed\s+(?:stock\s+)?exchanges?|stock\s+exchanges?\s+(?:listings?|listed(?:\s+on)?)
                 |listed\s+on|listings?)\s*[:：]\s*(?:the\s+)?(?P<x>{x})(?![A-Za-z])
              |(?:{exchange_label})\s*[:：]?\s*   # 上場取引所, 股票上市地点
               (?P<jx>(?:{names})(?:(?:{joiner})(?:{names}))*)       # its exchanges' names""",
            re.I | re.X),
        "listing_word": re.compile(r"\blist(?:ed|ing)\b|stock\s+exchange|上場|上市", re.I),
        "tidm": re.compile(r"(?m)^[ \t|]*(?:TIDM|EPIC)\b[ \t|:：]+(?P<s>(?-i:[A-Z][A-Z0-9]{1,4}))[ \t|]*$", re.I),
        "headline": re.compile(r"(?m)^[ \t|]*(?P<n>[^()\n|:]{3,80}?)[ \t]*\([ \t]*(?P<s>(?-i:[A-Z][A-Z0-9]{1,4}))[ \t]*\)[ \t|]*$"),
        # how a headline line ends (its code in parentheses): the lines worth trying "headline" on
        "headline_end": re.compile(r"(?m)\([ \t]*(?-i:[A-Z][A-Z0-9]{1,4})[ \t]*\)[ \t|]*$"),
    }


@cache
def _gated(name: str) -> Gated:
    """A pattern of ``_patterns`` behind the words every match of it holds."""
    return Gated(_patterns()[name])


def _exchange_at(m: re.Match[str], group: str) -> tuple[str, tuple[int, int]]:
    """The exchange name a group holds, without a leading "the", spaces collapsed."""
    lead = re.match(r"the\s+", m[group], re.I)
    start = m.start(group) + (lead.end() if lead else 0)
    return " ".join(m.string[start:m.end(group)].split()), (start, m.end(group))


def tags(text: str) -> list[Listing]:
    """Listing tags of a release, every pair of each.

    >>> [(x.exchange, x.symbol) for x in tags("Acme Corp. (NASDAQ: ACME) today said")]
    [('NASDAQ', 'ACME')]
    >>> [(x.exchange, x.symbol) for x in tags("(KSE: 012345 / NYSE: ABC)")]
    [('KSE', '012345'), ('NYSE', 'ABC')]
    >>> [(x.exchange, x.symbol) for x in tags("Example Inc. (NasdaqGM: EXMP), a maker of")]
    [('NasdaqGM', 'EXMP')]
    >>> tags("(Note: see below)")
    []
    """
    p = _patterns()
    found = []
    for t in p["tag"].finditer(text):
        for m in p["pair"].finditer(text, t.start(), t.end()):
            found.append(Listing(m["s"], m.span("s"), *_exchange_at(m, "x"), where=t.start()))
    return found


def under_symbol(text: str) -> list[Listing]:
    """'listed on the New York Stock Exchange under the symbol "ABC"'.

    >>> [(x.exchange, x.symbol) for x in under_symbol(
    ...     'Its shares are traded on the Nasdaq National Market under the symbol "EXMP".')]
    [('Nasdaq National Market', 'EXMP')]
    >>> [x.symbol for x in under_symbol('listed on the Nasdaq Global Market under the symbol “EXMP.” Each')]
    ['EXMP']
    >>> under_symbol("traded on the Nasdaq National Market under the symbol of its parent")
    []
    """
    return [Listing(m["s"], m.span("s"), *_exchange_at(m, "x"))
            for m in _gated("under_symbol").finditer(text, folded_text(text))]  # most texts lack "symbol"


def codes(text: str, end: int = HEAD) -> list[Listing]:
    """A header's listing code, with the exchange its label or a listing label beside it names.

    >>> [(x.exchange, x.symbol) for x in codes("Example Holdings, Inc.\\nTSE code number: 9999\\n")]
    [('TSE', '9999')]
    >>> [(x.exchange, x.symbol) for x in codes("Code number: 9999 Listed exchange: JASDAQ Head office: Osaka")]
    [('JASDAQ', '9999')]
    >>> [(x.exchange, x.symbol) for x in codes("listed on the Tokyo Stock Exchange First Section, code 9999.")]
    [('Tokyo Stock Exchange First Section', '9999')]
    >>> [(x.exchange, x.symbol) for x in codes("上場取引所 東 大\\nコード番号 9999\\n")]
    [('東', '9999'), ('大', '9999')]
    >>> [(x.exchange, x.symbol) for x in codes("|common stock code : 9999\\n|1. The name of the company")]
    [(None, '9999')]
    >>> codes("Form code No. 1234 of the Civil Code")  # no word of listing near it
    []
    >>> codes("postal code: 1234, listed below")
    []
    >>> [(x.exchange, x.symbol) for x in codes("上場取引所　東証第一部・大証第一部\\n証券コード　9999\\n")]
    [('東証第一部', '9999'), ('大証第一部', '9999')]
    >>> [(x.exchange, x.symbol) for x in codes("股票代码：600987\\n股票上市地点：上海证券交易所及香港联合交易所\\n")]
    [('上海证券交易所', '600987'), ('香港联合交易所', '')]
    """
    head = text[: min(end, len(text))]
    if "code" not in head.lower() and "コード" not in head and not _CJK_CODE_WORD.search(head):
        return []  # no label's word: the pattern (an exchange's name tried at every position) is not run
    p = _patterns()
    starts = _code_match_starts(head)
    if not starts:
        return []  # no labelled code: the same
    found: list[Listing] = []
    for m in matches_from(p["code"], text, starts, min(end, len(text))):
        group = "s" if m["s"] else "js" if m["js"] else "cs"
        symbol, span = m[group], m.span(group)
        if _OTHER_CODE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if len(symbol) < 4 and not (m["kind"] or m["cs"]):
            continue  # a short code only where the label says it is a stock's ("Stock Code: 16")
        if m["x"]:
            found.append(Listing(symbol, span, *_exchange_at(m, "x")))
            continue
        near = text[max(0, m.start() - 400):m.end() + 400]
        if not (m["kind"] or m["js"] or m["cs"]) and not p["listing_word"].search(near):
            continue
        labels = list(_gated("exchange_label").search_within(  # (tried where its words begin, not everywhere)
            text, folded_text(text), max(0, m.start() - 400), min(len(text), m.end() + 400)))
        found += _code_on_exchanges(symbol, span, _labelled_exchanges(labels[0]) if labels else [])
    return found


@cache
def _code_anchors() -> tuple[tuple[str, ...], int | None, int | None]:
    """The words one of which every match of "code" holds ('code', 'コード', '代': read from the
    pattern, see ``Gated``), and the most characters other than white space and commas a match
    of "bare_code" (a labelled code) and of "code" holds (read from the patterns too): how far
    before such a word a labelled code can start, and before a labelled code a match of "code"."""
    gates = Gated(_patterns()["code"]).gates
    return ((gates[0] if gates else ()), pattern_reach(_patterns()["bare_code"], ","),
            pattern_reach(_patterns()["code"], ","))


def _code_match_starts(head: str) -> list[int]:
    """Where a match of "code" can start in ``head``, in order; none where "bare_code" has no
    match. A match of "code" is a labelled code ("bare_code"), or an exchange's name and the
    spacing before one: so the labelled codes are found first, tried only within their own
    (short) reach of the words, and "code" only within its reach before them (not before every
    'code' of a page of text, most of them no label's)."""
    words, label_reach, reach = _code_anchors()
    bare = _patterns()["bare_code"].match
    folded = fold(head)  # (folded once: for the label's words, then for the exchanges' names)
    near = _starts_before(head, _word_starts(head, folded, words), label_reach)
    opening = _opening_stems("bare_code")
    if opening is not None and len(folded) == len(head):
        near = [at for at in near if folded.startswith(opening, at)]  # where its words can open it
    labelled_at = [start for start in near if bare(head, start)]
    if not labelled_at:
        return []
    # an exchange's name is joined to its code's label by spaces or commas ("[\s,]+")
    spaced = [at for at in labelled_at if at > 0 and (head[at - 1].isspace() or head[at - 1] == ",")]
    before = _starts_before(head, spaced, reach)
    stems = _opening_stems("exchange")
    if stems is not None and before and len(folded) == len(head):
        # a match that starts before its labelled code starts with the exchange's name, so with one
        # of the words that open every name: only the places where one begins are tried
        before = [at for at in before if folded.startswith(stems, at)]
    return sorted(set(labelled_at).union(before))


@cache
def _opening_stems(name: str) -> tuple[str, ...] | None:
    """The folded words one of which opens every match of a pattern of ``_patterns`` ("bare_code":
    'sto', 'cod', '証券コ'...), or of an exchange's name ("exchange": its pattern read with the
    flags of "code", where it stands first: 'nys', 'tok', 'the'...); None when they are not known."""
    if name == "exchange":
        return leading_stems(re.compile(_exchange(), _patterns()["code"].flags))
    return leading_stems(_patterns()[name])


def _word_starts(head: str, folded: str, words: tuple[str, ...]) -> list[int] | None:
    """Where each of ``words`` begins in ``head`` (``folded``: its fold), in order; None where no
    word is known or folding changed the text's length (then every place is tried)."""
    if not words or len(folded) != len(head):
        return None
    return StemStarts(words).positions(folded)


def _starts_before(head: str, anchors: list[int] | None, reach: int | None) -> list[int]:
    """Every place in ``head``, in order, within ``reach`` characters other than white space and
    commas before one of ``anchors`` (or at it): where a match holding the anchor, or ending
    where it begins, can start. Tried there only: the patterns open with optional words, which
    re tries at every position. (No anchors or no bound known: everywhere.)"""
    if anchors is None or reach is None:
        return list(range(len(head)))
    starts: set[int] = set()
    for at in anchors:
        start, other = at, 0
        while start > 0 and (head[start - 1].isspace() or head[start - 1] == "," or other < reach):
            other += not (head[start - 1].isspace() or head[start - 1] == ",")
            start -= 1
        starts.update(range(start, at + 1))
    return sorted(starts)


# the words of a Chinese code label (股票代码, 證券代號): a cheap gate before the code pattern
_CJK_CODE_WORD = re.compile(r"代[码碼號号]")
# the words before a code that is no listing's: a postal, tax or bank code
_OTHER_CODE = re.compile(r"(?:postal|zip|post|area|country|tax|bank|swift|branch)\s*$", re.I)


def _code_on_exchanges(symbol: str, span: tuple[int, int],
                       exchanges: list[tuple[str, tuple[int, int], re.Pattern[str] | None]]) -> list[Listing]:
    """The code on each listed exchange whose codes have its form; the others by name only."""
    fits = [Listing(symbol, span, x, x_span) for x, x_span, form in exchanges if form is None or form.fullmatch(symbol)]
    named_only = [Listing("", x_span, x, x_span) for x, x_span, form in exchanges
                  if form is not None and not form.fullmatch(symbol)]
    return (fits or [Listing(symbol, span)]) + named_only


def _labelled_exchanges(m: re.Match[str]) -> list[tuple[str, tuple[int, int], re.Pattern[str] | None]]:
    """'Listed exchange: JASDAQ' -> [('JASDAQ', span, None)]; '上場取引所 東 大' and
    '股票上市地点：上海证券交易所及香港联合交易所' -> one per exchange, with the form of its codes."""
    if m["x"]:
        return [(*_exchange_at(m, "x"), None)]
    found = []
    at, end = m.start("jx"), m.end("jx")
    while at < end:
        for name, form in _cjk_exchanges():
            x = name.match(m.string, at, end)
            if x:
                found.append((x.group(), x.span(), form))
                at = x.end()
                break
        else:
            at += 1  # a joiner's character
    return found


def rns_symbols(text: str, registrant: str | None) -> list[Listing]:
    """A London RNS announcement's code: the 'TIDM' label, or the headline naming the registrant
    with its code in parentheses (the exchange is the RNS's own, not named).

    >>> [x.symbol for x in rns_symbols("\\nExample Bank (EXBK)\\n\\nMerger Agreement\\n", "Example Bank")]
    ['EXBK']
    >>> [x.symbol for x in rns_symbols("\\nExample Bank (EXBK)\\n", "Other Trading Co., Ltd.")]
    []
    >>> [x.symbol for x in rns_symbols("Company  Example Bank\\nTIDM  EXBK\\nHeadline  Results\\n", None)]
    ['EXBK']
    """
    head = text[:HEAD]
    found = [Listing(m["s"], m.span("s")) for m in _gated("tidm").finditer(head, fold(head))]
    if registrant:
        wanted = _plain(registrant)
        found += [Listing(m["s"], m.span("s")) for m in _headlines(head) if _plain(m["n"]) == wanted]
    return found


def _headlines(head: str) -> list[re.Match[str]]:
    """The matches of the headline pattern, found from the lines that end in a code in
    parentheses: a match lies within one line, from its start, and ends so (the same matches
    as a search of every line, without trying the lazy name at each of them)."""
    p = _patterns()
    found = []
    for tail in p["headline_end"].finditer(head):
        m = p["headline"].match(head, head.rfind("\n", 0, tail.start()) + 1)
        if m:
            found.append(m)
    return found


def _subject_codes(text: str, registrant: str | None) -> list[Listing]:
    """Chinese financial news's code after the registrant's name, its subject ('東方巴士(00987)
    公布'): the exchange is not named."""
    found = subject_code(text, registrant)
    return [Listing(found[0], found[1])] if found else []


def _plain(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()


def extract_listings(ctx: DocumentContext) -> Found:
    """The reader: every listing the document states, each pair once."""
    out = Collected()
    text = ctx.text
    read = _without_footnote_marks(tags(text) + under_symbol(text) + codes(text) + rns_symbols(text, ctx.registrant)
                                   + _subject_codes(text, ctx.registrant))
    members: dict[tuple[str, str], str] = {}
    statement_of: dict[str, int] = {}  # symbol -> the statement that first listed it
    named = {x.symbol.upper() for x in read if x.exchange}
    coded = {(x.exchange or "").lower() for x in read if x.symbol}
    for listing in read:
        symbol = listing.symbol.upper()
        if not symbol:  # an exchange listed without a code of its form: once, unless coded elsewhere
            key = ((listing.exchange or "").lower(), "")
            if key[0] in coded or key in members:
                continue
            members[key] = str(len(members) + 1)
            _add(ctx, out, "SecurityExchangeName", listing.exchange or "", listing.exchange_span or listing.symbol_span,
                 (("SecurityListingAxis", members[key]),))
            continue
        if listing.exchange is None and symbol in named:
            continue  # the same code with its exchange named elsewhere
        # one statement may list a code on several exchanges ("上場取引所 東 名"); a later
        # statement naming the same symbol's exchange again ("NasdaqGM" in the headline, "the
        # Nasdaq Global Market" in the boilerplate) is the same listing spelled another way
        if statement_of.setdefault(symbol, listing.statement) != listing.statement:
            continue
        key = ((listing.exchange or "").lower(), symbol)
        if key in members:
            continue
        members[key] = str(len(members) + 1)
        dims = (("SecurityListingAxis", members[key]),)
        _add(ctx, out, "TradingSymbol", listing.symbol, listing.symbol_span, dims)
        if listing.exchange and listing.exchange_span:
            _add(ctx, out, "SecurityExchangeName", listing.exchange, listing.exchange_span, dims)
    return Found(tuple(out.observations))


def _without_footnote_marks(read: list[Listing]) -> list[Listing]:
    """The listings read, less a numeric code that is another one read with a digit glued on:
    a footnote's mark after it ('(Stock Code: 0999)' ... 'Stock Code: 09992 - ...' in a summary
    whose footnotes are numbered), not a code of its own.

    >>> [x.symbol for x in _without_footnote_marks([Listing("0999", (0, 4)), Listing("09992", (9, 14)),
    ...                                             Listing("99", (20, 22)), Listing("992", (30, 33))])]
    ['0999', '99', '992']
    """
    numeric = {x.symbol.lstrip("0") for x in read if x.symbol.isdigit()}

    def marked(symbol: str) -> bool:
        stem = symbol.lstrip("0")[:-1]  # (a code of three digits or more: '99' and '992' are two codes)
        return symbol.isdigit() and len(stem) >= 3 and stem in numeric

    return [x for x in read if not marked(x.symbol)]


def _add(ctx: DocumentContext, out: Collected, concept: str, value: str, span: tuple[int, int],
         dims: tuple[tuple[str, str], ...]) -> None:
    out.add(Observation(concept, value, ctx.document_period, dimensions=dims, lang=lang_of(value, ctx.text),
                        span=ctx.span(*span), rule="listing"), *span)
