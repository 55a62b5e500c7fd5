"""Form 20-F covers: written covers of invented issuers in the layouts real filings use (fixed-width
text, capitals, HTML tables, HTML flattened by mirror sites to '|' cells with words broken over
lines, a complete report wrapped in HTML, an amended report), each with its expected facts in
``tests/data/cover_20f/NAME.facts.tsv``; then the parts: the classes' table, ADS ratios, countries,
and which documents are 20-F covers at all."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from arelle_support import assert_arelle_clean
from converter.classify import classify
from converter.extract.mechanisms.lines import squash
from converter.extract.kinds.cover_20f import cover_end
from converter.extract.kinds.cover_20f_phrases import ratio_pattern, ratio_value
from converter.extract.mechanisms.countries import country_code
from converter.extract.mechanisms.registered_classes import Vocabulary, rows_of
from converter.extract.kinds import cover_20f
from converter.model import DocumentFamily, Observation, Segment, SourceDocument
from converter.pipeline import convert_bytes, convert_text, write_converted

COVERS = Path(__file__).resolve().parent / "data" / "cover_20f"
WRITTEN = sorted(p.name[: -len(".facts.tsv")] for p in COVERS.glob("*.facts.tsv"))
RULE = "20-F cover:"


def source(name: str) -> Path:
    return next(p for p in COVERS.glob(f"{name}.*") if p.suffix != ".tsv")


def row(obs: Observation, document_period) -> tuple[str, ...]:
    """An observation as a row of a .facts.tsv file."""
    period = "document" if obs.period == document_period else str(obs.period)
    unit = "-"
    if obs.unit is not None:
        unit = "/".join(m.split(":")[1] for m in obs.unit.numerator)
        unit += "".join("/" + m.split(":")[1] for m in obs.unit.denominator)
    dims = ";".join(f"{axis}={member}" for axis, member in obs.dimensions) or "-"
    decimals = "-" if obs.decimals is None else str(obs.decimals)
    return (obs.concept, str(obs.value), period, unit, decimals, dims, obs.lang or "-")


def expected(name: str) -> tuple[set[tuple[str, ...]], list[str]]:
    rows, unmapped = set(), []
    for line in (COVERS / f"{name}.facts.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = tuple(line.split("\t"))
        if fields[0] == "!unmapped":
            unmapped.append(fields[1])
        else:
            rows.add(fields)
    return rows, unmapped


def comparable(value: str) -> object:
    """A fact's value as the instance or a .facts.tsv file writes it, for comparison."""
    try:
        return Decimal(value)
    except ArithmeticError:
        return value


def test_seven_written_covers_exist():
    assert len(WRITTEN) >= 7


@pytest.mark.parametrize("name", WRITTEN)
def test_written_cover(name, tmp_path):
    path = source(name)
    (converted,) = convert_bytes(path.read_bytes(), path.name)
    extraction = converted.extraction
    assert extraction.classification.family is DocumentFamily.COVER_20F
    got = {row(o, extraction.document_period) for o in extraction.observations if o.rule.startswith(RULE)}
    rows, unmapped = expected(name)
    assert got == rows, f"missing {sorted(rows - got)}\nunexpected {sorted(got - rows)}"
    assert sorted(m.text for m in extraction.unmapped) == sorted(unmapped)
    # in the instance: every fact of the cover but the registrant's name (the generic document
    # reader names the registrant first; where it reads another name, that one is kept)
    written = {(f.concept, comparable(f.value)) for f in converted.instance.facts}
    for concept, value, *_ in rows:
        assert concept == "EntityRegistrantName" or (concept, comparable(value)) in written, (concept, value)
    (xml,) = write_converted((converted,), tmp_path)
    assert_arelle_clean(xml)


@pytest.mark.parametrize("name", [n for n in WRITTEN if source(n).suffix == ".txt"])
def test_spans_point_at_the_words(name):
    """In plain text the span of a name, title, exchange or file number runs from its first word
    to its last (a title wrapped in a column holds the other column's words between)."""
    path = source(name)
    (converted,) = convert_bytes(path.read_bytes(), path.name)
    raw = converted.extraction.document.raw
    for obs in converted.extraction.observations:
        if obs.rule.startswith(RULE) and obs.concept in (
                "EntityRegistrantName", "SecurityTitle", "SecurityExchangeName", "EntityFileNumber"):
            printed = squash(raw[obs.span.start : obs.span.end].replace("|", " ")).rstrip("*")
            words = str(obs.value).split()
            assert printed.startswith(words[0]) and printed.endswith(words[-1]), (obs.concept, obs.value, printed)


def test_complete_report_is_read_fast_and_only_its_cover(tmp_path):
    """A complete 20-F of several hundred KB: the cover reader stops at the table of contents,
    and the labelled lines of its statements are no board resolution's items (bench/ measures
    the time a long document takes)."""
    text = source("insurer-netherlands-full-report-html").read_text(encoding="utf-8")
    head, body = text.split("Item 5. Operating", 1)
    filler = ("Premium income in the life segment grew as new products reached the market, while "
              "the general insurance book was stable. Expenses were contained.\n") * 3000
    # a statement's labelled lines: their units are the table's ("in millions"), not their own
    statement = ("\n(in millions of EUR)\n\nShareholders' equity : 18,965\n"
                 "Number of shares outstanding : 1,350,523,905\n\n")
    big = head + "Item 5. Operating" + body.replace("Item 9.", filler + statement + "Item 9.", 1)
    assert len(big) > 400_000
    (converted,) = convert_text(big, "full-report.htm")
    assert not [o for o in converted.extraction.observations if o.rule.startswith("resolution")]
    document = converted.extraction.document
    end = document.raw_offset(cover_end(document.text))
    ours = [o for o in converted.extraction.observations if o.rule.startswith(RULE)]
    assert {o.concept for o in ours} >= {"SecurityTitle", "SharesOutstanding", "EntityFileNumber"}
    assert all(o.span.end <= end for o in ours)
    assert not any(o.concept == "AdsRatio" for o in ours)  # 'each representing one common share' is Item 9's


# ---------------------------------------------------------------------------------------------
# The table of registered classes
# ---------------------------------------------------------------------------------------------

VOCABULARY = Vocabulary(cover_20f.phrase("heading"), cover_20f._NO_VALUE, cover_20f.phrase("exchange"),
                        cover_20f.phrase("class_start"), cover_20f.phrase("symbol_heading"),
                        cover_20f.phrase("class_end"), None, cover_20f.phrase("title_open_end"))

TABLES = [
    pytest.param(  # two fixed-width columns, the ADS title wrapping below its exchange
        "  Title of Each Class                  Name of Each Exchange on Which Registered\n"
        "  American Depositary Shares, each     New York Stock Exchange\n"
        "  representing two shares of\n"
        "  Common Stock\n",
        [("American Depositary Shares, each representing two shares of Common Stock", "New York Stock Exchange")],
        id="fixed-width-wrapped"),
    pytest.param(  # two classes on consecutive lines, each with its exchange
        "Ordinary Shares, par value NT$10 each*        New York Stock Exchange*\n"
        "American Depositary Shares, each              New York Stock Exchange\n"
        "   representing five Ordinary Shares\n",
        [("Ordinary Shares, par value NT$10 each", "New York Stock Exchange*"),
         ("American Depositary Shares, each representing five Ordinary Shares", "New York Stock Exchange")],
        id="consecutive-rows"),
    pytest.param(  # '|' cells running over lines, numbered rows
        "|\n|\nTitle\nof each class\n|\nName\nof each exchange on which registered\n|(1)\n|\nCommon\n"
        "shares, par value Won 1,000 per share\n|\nThe\nNasdaq Global Market\n|(2)\n|\nAmerican\n"
        "Depositary Shares, each representing one-half of a common share\n|\nThe\nNasdaq Global Market\n",
        [("Common shares, par value Won 1,000 per share", "The Nasdaq Global Market"),
         ("American Depositary Shares, each representing one-half of a common share", "The Nasdaq Global Market")],
        id="pipe-cells"),
    pytest.param(  # a title and its exchange run together on one line, rules under them
        "Title of each class Name of each exchange on which registered "
        "Common shares, EUR 0.50 per share New York Stock Exchange ------------ -------\n",
        [("Common shares, EUR 0.50 per share", "New York Stock Exchange")],
        id="run-together"),
    pytest.param(  # a 12(g) class over two lines above its caption, no exchange
        "                           American Depositary Shares,\n"
        "  each represented by one Equity Share, par value Rs. 10 per share.\n"
        "                                (Title of class)\n",
        [("American Depositary Shares, each represented by one Equity Share, par value Rs. 10 per share", None)],
        id="title-of-class-caption"),
    pytest.param(  # classes without exchanges, one per line
        "Common Stock, par value $0.01 per share\nSeries A Preferred Stock\n",
        [("Common Stock, par value $0.01 per share", None), ("Series A Preferred Stock", None)],
        id="two-classes-no-exchange"),
    pytest.param("                                      None\n", [], id="none"),
    pytest.param(
        "Title of Each Class\tName of Each Exchange on Which Registered\n"
        "Common Stock*\tTokyo Stock Exchange*\n"
        "American Depositary Shares\tThe Nasdaq Stock Market LLC (The Nasdaq Global Select Market)\n",
        [("Common Stock", "Tokyo Stock Exchange*"),
         ("American Depositary Shares", "The Nasdaq Stock Market LLC (The Nasdaq Global Select Market)")],
        id="html-table-tabs"),
    pytest.param(  # the exchange column set first
        "New York Stock Exchange      Common Stock\n",
        [("Common Stock", "New York Stock Exchange")],
        id="exchange-first"),
    pytest.param(  # the exchange's heading broken over two lines, its second half beside the other heading
        "                                          Name of Each Exchange\n"
        "        Title of Each Class               on which Registered\n"
        "        -------------------            --------------------------\n"
        "  Ordinary Shares, par value US$0.10 each    The Nasdaq National Market*\n",
        [("Ordinary Shares, par value US$0.10 each", "The Nasdaq National Market*")],
        id="heading-over-two-lines"),
    pytest.param(  # '|' cells with an empty cell between title and exchange; a Korean home market
        "|Title of each class\n|\n|Name of each exchange on which registered\n|\n"
        "|Common shares, par value Won 500 per share\n|\n|The KRX KOSDAQ Market\n"
        "|American depositary shares, each of which represents one common share\n|\n|The NASDAQ Global Market\n",
        [("Common shares, par value Won 500 per share", "The KRX KOSDAQ Market"),
         ("American depositary shares, each of which represents one common share", "The NASDAQ Global Market")],
        id="pipe-cells-home-market"),
    pytest.param(  # '|' cells: a title wrapped below its exchange's cell, a second class on its own line
        "|Title of Each Class\n|Name of Each Exchange on which Registered\n|Global depositary shares, each\n"
        "|Nasdaq Global Market\n|representing three ordinary shares\nOrdinary Shares*\n",
        [("Global depositary shares, each representing three ordinary shares", "Nasdaq Global Market"),
         ("Ordinary Shares", None)],
        id="pipe-cells-wrapped-below-exchange"),
    pytest.param(  # two classes in one cell, one a line, the starred one registered for its ADSs only
        "|\nTitle of Each Class\n|\nName of Each Exchange on Which Registered\n|\n"
        "Ordinary shares, par value NT$10 per share*\nAmerican depositary shares, each representing\n"
        "five ordinary shares\n|The Nasdaq Global Market\n",
        [("Ordinary shares, par value NT$10 per share", None),
         ("American depositary shares, each representing five ordinary shares", "The Nasdaq Global Market")],
        id="pipe-cells-two-classes-in-one-cell"),
    pytest.param(  # '|' cells: a lower-case title after a whole one with its exchange is a class of its own
        "|Common shares\n|New York Stock Exchange\n|ordinary shares\n|NYSE Arca\n",
        [("Common shares", "New York Stock Exchange"), ("ordinary shares", "NYSE Arca")],
        id="pipe-cells-lower-case-class"),
    pytest.param(  # a table flattened onto one line with single spaces: the ADS title wraps around its
        # exchange, the starred class after it (registered for the ADSs only) is a row of its own
        "Title of Each Class Name of Each Exchange on which Registered American depositary shares, each "
        "New York Stock Exchange representing two ordinary shares Ordinary Shares*\n",
        [("American depositary shares, each representing two ordinary shares", "New York Stock Exchange"),
         ("Ordinary Shares", None)],
        id="one-line-title-around-its-exchange"),
    pytest.param(  # two rows run together on one line, each with its exchange
        "Common Shares, par value EUR 0.20 per share Tokyo Stock Exchange American Depositary Shares "
        "The Nasdaq Global Market\n",
        [("Common Shares, par value EUR 0.20 per share", "Tokyo Stock Exchange"),
         ("American Depositary Shares", "The Nasdaq Global Market")],
        id="one-line-two-rows"),
    pytest.param(  # a web copy: each line of a cell set apart by a blank line, the ADS title wrapped
        "Common stock, par value Won 2,500 per share New York Stock Exchange*\n\n"
        "American depositary shares, each representing\n\none-quarter of one share of common stock\n\n"
        "New York Stock Exchange\n",
        [("Common stock, par value Won 2,500 per share", "New York Stock Exchange*"),
         ("American depositary shares, each representing one-quarter of one share of common stock",
          "New York Stock Exchange")],
        id="blank-lines-title-wrapped-lower-case"),
    pytest.param(  # the same, the wrapped line capitalised after an open end ('... each representing')
        "Ordinary Shares, par value EUR 0.40 each\n\nAmerican Depositary Shares, each representing\n\n"
        "Three Ordinary Shares\n\nThe Nasdaq Global Market\n",
        [("Ordinary Shares, par value EUR 0.40 each", None),
         ("American Depositary Shares, each representing Three Ordinary Shares", "The Nasdaq Global Market")],
        id="blank-lines-title-wrapped-open-end"),
    pytest.param(  # rows set apart by blank lines, each title whole: two rows
        "Common Stock\n\nSeries B Preferred Stock\n\nNew York Stock Exchange\n",
        [("Common Stock", None), ("Series B Preferred Stock", "New York Stock Exchange")],
        id="blank-lines-whole-titles"),
    pytest.param(  # a table flattened column by column: the titles, then the exchanges
        "|Common Stock\n|American Depositary Shares\n|New York Stock Exchange\n|NYSE Arca\n",
        [("Common Stock", "New York Stock Exchange"), ("American Depositary Shares", "NYSE Arca")],
        id="column-by-column",
        marks=pytest.mark.xfail(strict=True, reason="rows are read in the order cells come, row by row")),
]


@pytest.mark.parametrize("text, rows", TABLES)
def test_registered_classes(text, rows):
    found = [(r.title_text, r.exchange.text if r.exchange else None) for r in rows_of(text, 0, len(text), VOCABULARY)]
    assert found == rows


SYMBOL_TABLES = [
    pytest.param(  # fixed-width, each heading over lines, the title wrapping below the symbol and exchange
        "Title of each class\n\n \n\nTrading\n\nSymbol\n\n \n\nName of each exchange\n\non which registered\n\n"
        "American Depositary Shares, each representing   EXMP   New York Stock Exchange\n"
        "two Ordinary Shares, par value 5 per share    \n",
        [("American Depositary Shares, each representing two Ordinary Shares, par value 5 per share", "EXMP",
          "New York Stock Exchange")],
        id="fixed-width"),
    pytest.param(  # '|' cells, the class registered only for its ADSs without a symbol
        "|Title of each class\n|Trading Symbol(s)\n|Name of each exchange on which registered\n"
        "|American depositary shares\n|ABCD\n|The Nasdaq Global Select Market\n"
        "|Ordinary shares, par value US$0.0001 per share*\n|\n|The Nasdaq Global Select Market*\n",
        [("American depositary shares", "ABCD", "The Nasdaq Global Select Market"),
         ("Ordinary shares, par value US$0.0001 per share", None, "The Nasdaq Global Select Market*")],
        id="pipe-cells"),
    pytest.param(  # a row run together on one line: the capitals before the exchange are the symbol
        "Title of each class Trading Symbol(s) Name of each exchange on which registered\n"
        "Ordinary shares, par value 1 per share EXMP New York Stock Exchange\n"
        "American Depositary Shares, each representing one ADS NYSE Arca\n",
        [("Ordinary shares, par value 1 per share", "EXMP", "New York Stock Exchange"),
         ("American Depositary Shares, each representing one ADS", None, "NYSE Arca")],
        id="run-together"),
    pytest.param(  # no symbol column: a class's word in capitals stays a title
        "Title of each class   Name of each exchange on which registered\nADS   New York Stock Exchange\n",
        [("ADS", None, "New York Stock Exchange")],
        id="no-symbol-column"),
]


@pytest.mark.parametrize("text, rows", SYMBOL_TABLES)
def test_the_trading_symbol_column_is_no_title(text, rows):
    """The 'Trading Symbol(s)' heading, printed over two lines or not, is no class; the symbol
    beside a title is its TradingSymbol, not words of the title."""
    found = [(r.title_text, r.symbol.text if r.symbol else None, r.exchange.text if r.exchange else None)
             for r in rows_of(text, 0, len(text), VOCABULARY)]
    assert found == rows


FOOTNOTED = (
    "FORM 20-F\n"
    "[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934\n"
    "For the fiscal year ended December 31, 2004\n"
    "OR\n"
    "[ ] TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934\n"
    "OR\n"
    "[ ] SHELL COMPANY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934\n"
    "Commission file number 001-99999\n"
    "EXAMPLE TELECOM CO., LTD.\n"
    "(Exact name of Registrant as specified in its charter)\n"
    "Republic of Korea\n"
    "(Jurisdiction of incorporation or organization)\n"
    "Securities registered or to be registered pursuant to Section 12(b) of the Act:\n"
    "Title of Each Class   Name of Each Exchange on Which Registered\n"
    "Common stock, par value Won 500 per share*   New York Stock Exchange\n"
    "American depositary shares, each representing\n"
    "one-half of a share of common stock\n"
    "  New York Stock Exchange\n"
    "\n"
    "Not for trading, but only in connection with the listing of American depositary shares on the New York Stock\n"
    "Securities registered or to be registered pursuant to Section 12(g) of the Act: None\n"
)


def test_the_footnote_without_its_mark_is_no_class_and_or_no_registrant():
    """The form's footnote to a class registered only for its ADSs ends the table even where its
    asterisk was lost; the 'OR' printed twice between the check boxes is no letterhead."""
    (converted,) = convert_text(FOOTNOTED, "footnoted.txt")
    facts = {(f.concept, f.value) for f in converted.instance.facts}
    titles = sorted(v for c, v in facts if c == "SecurityTitle")
    assert titles == ["American depositary shares, each representing one-half of a share of common stock",
                      "Common stock, par value Won 500 per share"]
    assert ("EntityRegistrantName", "EXAMPLE TELECOM CO., LTD.") in facts
    assert not any(c == "EntityRegistrantName" and v != "EXAMPLE TELECOM CO., LTD." for c, v in facts)


BLANK_LINES_ABOVE_THE_NAME = [
    # the transition period and the file number left blank on the form, each on its line
    "    For the transition period from           to\nCommission file number:          -          \n",
    "For the transition period from ____ to ____\nCommission File No.: ________\n",
    "Commission file number\n",
]


@pytest.mark.parametrize("blanks", BLANK_LINES_ABOVE_THE_NAME)
def test_a_captions_blank_line_is_no_part_of_the_name(blanks):
    """Read upward from its caption, the name stops at the captions of the form's blank lines:
    'to' of an empty transition period and 'Commission file number: -' are no words of it."""
    text = FOOTNOTED.replace("Commission file number 001-99999\n", blanks)
    (converted,) = convert_text(text, "blanks.txt")
    names = {o.value for o in converted.extraction.observations
             if o.rule.startswith(RULE) and o.concept == "EntityRegistrantName"}
    assert names == {"EXAMPLE TELECOM CO., LTD."}


# ---------------------------------------------------------------------------------------------
# ADS ratios, countries
# ---------------------------------------------------------------------------------------------

RATIOS = [
    ("American Depositary Shares, each represented by one-fifth of one Equity Share", "0.2", 1),
    ("ADSs, each of which represents seven tenths of a common share", "0.7", 1),
    ("American depositary shares, each representing one-eighth of a share of common stock", "0.125", 3),
    ("American Depository Shares, each of which represents one twentieth of a common share", "0.05", 2),
    ("American Depositary Shares, each representing 20 ordinary shares", "20", 0),
    ("American Depositary Shares, each representing one share of Common Stock", "1", 0),
    ("each ADS represents two shares of common stock", "2", 0),
    ("American Depositary Shares, each representing 1/2 of one share", "0.5", 1),
    ("Global Depositary Shares, each representing one-third of one share", "0.3333", 4),
    ("ADSs, each representing a quarter of one ordinary share", "0.25", 2),
    ("American depositary shares, each representing one-half of share of common stock", "0.5", 1),
    pytest.param("two ADSs represent one share of common stock", "0.5", 1,
                 marks=pytest.mark.xfail(strict=True, reason="ADSs per share: the inverse wording is not read")),
]


@pytest.mark.parametrize("text, value, decimals", RATIOS)
def test_ads_ratio_wording(text, value, decimals):
    m = ratio_pattern().search(text)
    assert m is not None
    assert ratio_value(m) == (Decimal(value), decimals)


COUNTRIES = [
    ("The Republic of Korea", "KR"), ("Republic of Korea", "KR"), ("Korea", "KR"),
    ("HONG KONG, CHINA", "HK"), ("Hong Kong Special Administrative Region", "HK"),
    ("Bangalore, Karnataka, India", "IN"), ("The Netherlands", "NL"), ("Japan", "JP"),
    ("Taiwan, Republic of China", "TW"), ("Republic of China", "TW"), ("People's Republic of China", "CN"),
    ("Cayman Islands", "KY"), ("British Virgin Islands", "VG"), ("Bermuda", "BM"),
    ("England and Wales", "GB"), ("Grand Duchy of Luxembourg", "LU"), ("Delaware", "US"),
    ("Jersey, Channel Islands", "JE"), ("New Jersey", "US"), ("Federal Republic of Germany", "DE"),
    pytest.param("Georgia", None, id="state-or-country"),
    pytest.param("Seoul", "KR", marks=pytest.mark.xfail(strict=True, reason="a city alone names no country")),
]


@pytest.mark.parametrize("text, code", COUNTRIES)
def test_jurisdiction_country(text, code):
    found = country_code(text)
    assert (found[0] if found else None) == code


# ---------------------------------------------------------------------------------------------
# Which documents are 20-F covers
# ---------------------------------------------------------------------------------------------


def document(text: str) -> SourceDocument:
    return SourceDocument("doc.txt", text, text, (Segment(0, 0, len(text)),))


def test_a_6k_cover_with_its_annual_report_box_is_no_20f_cover():
    flattened_6k = ("|\nForm 20-F\n|\nX\n|\nForm 40-F\n|\nIndicate by check mark whether the registrant by "
                    "furnishing the information contained in this Form is also thereby furnishing the information "
                    "to the Commission pursuant to Rule 12g3-2(b)\n")
    assert classify(document(flattened_6k)).family is not DocumentFamily.COVER_20F


def test_a_10k_cover_is_no_20f_cover():
    ten_k = ("FORM 10-K\n\n[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF "
             "1934\n\nFor the fiscal year ended December 31, 2004\n\nSecurities registered pursuant to Section "
             "12(b) of the Act:\n\nCommon Stock, $0.01 par value      New York Stock Exchange\n")
    assert classify(document(ten_k)).family is not DocumentFamily.COVER_20F


def test_reader_never_raises_on_odd_covers():
    for text in ("FORM 20-F\n(Exact name of Registrant as specified in its charter)\n",
                 "FORM 20-F\nSecurities registered pursuant to Section 12(b) of the Act:\n|\n|\n",
                 "FORM 20-F\nIndicate the number of outstanding shares of each of the issuer's classes of "
                 "capital or common stock as of the close of the period covered by the annual report: 1,000\n",
                 "FORM 20-F/A\n(Amendment No. 3)\nFor the fiscal year ended\n", "|" * 50):
        (converted,) = convert_text(text, "odd.txt")
        assert converted.xml


@pytest.mark.parametrize("text", [
    "ADS holders represent a majority of the shares voted",
    "each ADS representing the right to receive shares",
    "American Depositary Shares, each representing",
])
def test_no_ads_ratio_without_a_quantity(text):
    assert ratio_pattern().search(text) is None


OUTSTANDING = [
    pytest.param("As of December 31, 2004, 52,000,000 shares of common stock were outstanding, including "
                 "1,250,000 shares represented by 2,500,000 American Depositary Shares.", "52000000", id="including"),
    pytest.param("As of December 31, 2004, 52,000,000 shares of common stock were outstanding, comprised of "
                 "50,750,000 Shares and 1,250,000 American Depositary Shares (equivalent to 1,250,000 Shares).",
                 "52000000", id="comprised-of"),
    pytest.param("Shares, par value Won 5,000: 52,000,000", "52000000", id="class-label-colon"),
    pytest.param("52,000,000 shares of common stock and 3,000,000 shares of Class B common stock", None,
                 id="two-classes"),
    # the count on a following line or in a table, after its class's title and no share noun
    pytest.param("\nCommon Stock, par value Won 2,500 per share ................ 52,000,000", "52000000",
                 id="class-title-leader-dots"),
    pytest.param("\n|Title of Class |Number of Shares Outstanding\n|Common Stock |52,000,000", "52000000",
                 id="class-title-table-row"),
    pytest.param("\nCommon Stock              52,000,000\nPreferred Stock           3,000,000", "52000000",
                 id="class-title-rows-common-and-preferred"),
    pytest.param("\n|American Depositary Shares |2,500,000", None, id="class-title-row-of-ads"),
]


@pytest.mark.parametrize("statement, count", OUTSTANDING)
def test_shares_outstanding_one_class_part_held_as_ads(statement, count):
    """A count 'including' / 'comprised of' others is one class, the others its parts; a class's
    label before a colon names the count's class."""
    text = FOOTNOTED.replace(
        "Securities registered or to be registered pursuant to Section 12(g) of the Act: None\n",
        "Securities registered or to be registered pursuant to Section 12(g) of the Act: None\n"
        "Indicate the number of outstanding shares of each of the issuer's classes of capital or common stock as "
        f"of the close of the period covered by the annual report: {statement}\n"
        "Indicate by check mark if the registrant is a well-known seasoned issuer.\n")
    (converted,) = convert_text(text, "outstanding.txt")
    found = [str(o.value) for o in converted.extraction.observations if o.concept == "SharesOutstanding"]
    assert found == ([count] if count else [])


@pytest.mark.parametrize("captions, country", [
    # 'N/A   The Republic of Korea' over '(Translation ...)   (Jurisdiction ...)': the line's
    # columns are the two captions' values
    pytest.param("N/A                        The Republic of Korea\n"
                 "(Translation of registrant's name into English)   (Jurisdiction of incorporation or organization)\n",
                 "KR", id="beside-the-translation-in-fixed-width-columns"),
    # '|Not Applicable' / '|KARNATAKA, INDIA' over two captions each wrapped over two cells and
    # flattened row by row: the values go to the captions in order
    pytest.param("|Not Applicable\n|KARNATAKA, INDIA\n|(Translation of Registrant's name\n"
                 "|(Jurisdiction of incorporation or\n|into English)\n|organization)\n",
                 "IN", id="captions-side-by-side-wrapped-and-flattened-row-by-row"),
])
def test_jurisdiction_beside_another_caption(captions: str, country: str):
    text = FOOTNOTED.replace("Republic of Korea\n(Jurisdiction of incorporation or organization)\n", captions)
    (converted,) = convert_text(text, "columns.txt")
    facts = {(o.concept, o.value) for o in converted.extraction.observations if o.rule.startswith(RULE)}
    assert ("EntityIncorporationCountryCode", country) in facts
    assert ("EntityRegistrantName", "EXAMPLE TELECOM CO., LTD.") in facts


# the translation's and the jurisdiction's captions side by side with one space between them,
# their values run together on the line above with one space too (a page converted without its
# table's columns): the name is the cell before the place, never the line
RUN_TOGETHER = "{values}\n(Translation of Registrant\u2019s name into English) (Jurisdiction of incorporation or organization)\n"


@pytest.mark.parametrize("values, name, country", [
    ("Example Telecom Co., Ltd. The Republic of Korea", "Example Telecom Co., Ltd.", "KR"),
    ("Example Telecom Corporation Cayman Islands", "Example Telecom Corporation", "KY"),
    ("Example Telecom Co., Ltd. Gyeonggi-do, Korea", "Example Telecom Co., Ltd.", "KR"),
    # no legal form ends a name before the place: the translation is left unread, the name in
    # the charter stands
    ("Example Telecom Holdings Seoul Korea", "EXAMPLE TELECOM CO., LTD.", None),
])
def test_name_and_jurisdiction_run_together_over_two_captions(values: str, name: str, country: str | None):
    text = FOOTNOTED.replace("Republic of Korea\n(Jurisdiction of incorporation or organization)\n",
                             RUN_TOGETHER.format(values=values))
    (converted,) = convert_text(text, "run-together.txt")
    names = {f.value for f in converted.instance.facts if f.concept == "EntityRegistrantName"}
    assert names == {name}
    identifiers = {c.identifier for c in converted.instance.contexts}
    assert not any("KOREA" in i or "CAYMAN" in i or "SEOUL" in i for i in identifiers), identifiers
    countries = {f.value for f in converted.instance.facts if f.concept == "EntityIncorporationCountryCode"}
    assert countries == ({country} if country else set())


# a cover flattened onto one line: the classes' table and the form's footnote run on after the
# heading; the title ends before the exchange, the footnote is no part of any title
ONE_LINE_TABLE = (
    "Securities registered or to be registered pursuant to Section 12(b) of the Act. Title of Each Class Name of "
    "Each Exchange on which Registered American depositary shares, each New York Stock Exchange representing "
    "two ordinary shares Ordinary Shares* * Not for trading, but only in connection with the registration of "
    "American depositary shares. Securities registered or to be registered pursuant to Section 12(g) of the Act. "
    "None.\n"
)


def test_one_line_classes_table_and_its_footnote():
    text = FOOTNOTED[: FOOTNOTED.index("Securities registered")] + ONE_LINE_TABLE
    (converted,) = convert_text(text, "one-line.txt")
    facts = {(o.concept, o.value) for o in converted.extraction.observations if o.rule.startswith(RULE)}
    assert sorted(v for c, v in facts if c == "SecurityTitle") == [
        "American depositary shares, each representing two ordinary shares", "Ordinary Shares"]
    assert {v for c, v in facts if c == "SecurityExchangeName"} == {"New York Stock Exchange"}
