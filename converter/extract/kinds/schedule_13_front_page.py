"""The front page of a Schedule 13D or 13G, above its cover pages: the CUSIP number, the date of
the event that requires the filing, and the shares one ADS represents where the note on the CUSIP
says so. Read by ``schedule_13.extract_schedule_13`` (moved from there, which had grown past 500
lines)."""

from __future__ import annotations

import re
from decimal import Decimal

from converter.extract.kinds.cover_20f_phrases import class_pattern, ratio_pattern, ratio_value
from converter.extract.mechanisms.subject_company import Located, captioned
from converter.parse.dates import find_dates
from converter.parse.gates import Gated, folded_text

_CUSIP = re.compile(
    r"""\b(?i:CUSIP(?:[\s|]*+(?:No\.?|Number|\#))?)  # 'CUSIP No.', 'CUSIP NO.', 'Cusip Number'
    [\s|]*+:?[\s|]*+      # to the number, across a table's cell marks (possessive: a long run of
                            # blanks and marks is crossed once, not split between the three)
    (?P<value>[A-Z0-9]{6}[ \t]?[A-Z0-9]{2}[ \t]?[A-Z0-9])\b  # nine characters, in capitals
    """, re.VERBOSE)


# (searched where "cusip" begins: the pattern opens with a boundary, tried at every place)
_CUSIP_WORDS = Gated(_CUSIP)


# the marks of a footnote after the number ('12345A107**', '12345A107(1)': the footnote says which
# class it is of)
_FOOTNOTE_MARKS = re.compile(r"\s?(?:[*\u2020\u2021]+|\(\d{1,2}\)|\([a-z]\))$")


# a CUSIP number as printed: nine characters, perhaps grouped 6-2-1 by spaces or hyphens
# ('12345A 10 7', '12345A-10-7')
_PRINTED_CUSIP = re.compile(r"[A-Z0-9][A-Z0-9 ]{5,12}|[A-Z0-9]{6}-[A-Z0-9]{2}-[A-Z0-9]")


def cusip(text: str) -> Located | None:
    """The CUSIP number: above its ``(CUSIP Number)`` caption, else after ``CUSIP No.``.

    >>> [cusip(t).value for t in ("CUSIP NO. 12345A107  13G", "CUSIP No. |\\n00357X104 |",
    ...                           "12345A107**\\n(CUSIP Number)", "12345A107(2)\\n(CUSIP Number)")]
    ['12345A107', '00357X104', '12345A107', '12345A107']
    >>> cusip("                 K54321-20-9\\n               (CUSIP Number)").value
    'K54321-20-9'
    """
    found = captioned(text, r"CUSIP\s+(?:Number|No\.?)")
    number = _FOOTNOTE_MARKS.sub("", str(found.value)) if found is not None else ""
    if found is not None and _PRINTED_CUSIP.fullmatch(number) and re.search(r"\d", number):
        return Located(number, found.start, found.end - (len(str(found.value)) - len(number)))
    folded = folded_text(text)  # (the document's, folded once for its readers)
    m = _CUSIP_WORDS.first(text, folded) if _CUSIP_WORDS.may_match(folded) else None
    if m and re.search(r"\d", m["value"]):
        return Located(m["value"], m.start("value"), m.end("value"))
    return None


def event_date(text: str) -> Located | None:
    """The date of the event that requires the filing: above its caption, else after it where a
    copy prints the caption as a label before its value.

    >>> [str(event_date(t).value) for t in ("May 12, 2008\\n(Date of Event Which Requires Filing of this Statement)",
    ...     "Date of Event Which Requires Filing of this Statement: May 12, 2008",
    ...     "(Date of Event Which Requires Filing of this Statement) |\\n| December 31, 2007 |")]
    ['2008-05-12', '2008-05-12', '2007-12-31']
    """
    found = captioned(text, r"Date\s+of\s+Event\s+(?:which|that)\s+Requires\s+Filing\s+of\s+"
                            r"(?:this|the)\s+Statement", opening=r"Date\s+of\s+Event")
    dates = find_dates(str(found.value)) if found else []
    if not found or not dates:
        return _event_date_after_label(text)
    raw = find_dates(text[found.start : found.end])
    return Located(raw[0].value, found.start + raw[0].start, found.start + raw[0].end) if raw else None


# the caption printed as a label before its value, as mirror copies lay out the front page
# ("Date of Event Which Requires Filing of this Statement: May 12, 2008", the caption's cell then
# the value's cell): only blanks, cell marks and a colon or dash between it and the date
_EVENT_LABEL = re.compile(
    r"""\(?Date\s+of\s+Event\s+(?:which|that)\s+Requires\s+Filing   # the caption
        (?:\s+of\s+(?:this|the)\s+Statement)?\)?                    # its last words, its bracket
        [\s|]*(?:[:\-\u2013\u2014][\s|]*)?                            # to the value, across cells
        (?=\d|[A-Z])                                               # which opens the next word
    """, re.IGNORECASE | re.VERBOSE)


def _event_date_after_label(text: str) -> Located | None:
    """The date right after the caption used as a label: the first word after it opens a date."""
    for m in _EVENT_LABEL.finditer(text):
        dates = find_dates(text[m.end() : m.end() + 40])
        if dates and dates[0].start == 0:
            return Located(dates[0].value, m.end(), m.end() + dates[0].end)
    return None


_EACH = re.compile(r"\beach\b", re.I)  # 'Each ADS represents ...', 'ADSs, each representing ...'


def ads_ratio(text: str) -> tuple[Located, int] | None:
    """The shares one ADS represents, where the cover's note on the CUSIP says it ('... assigned
    to the American Depositary Shares ("ADSs") of the Issuer ... Each ADS represents one Class A
    ordinary share'), with the decimals it is exact to: the clause names depositary shares and
    says 'each'; else so many ADSs for so many shares ('13 ADSs represent 10 shares').

    >>> found = ads_ratio("listed under the symbol ACME. Each ADS represents two Class A ordinary shares.")
    >>> found[0].value, found[1]
    (Decimal('2'), 0)
    >>> ads_ratio("13 American depositary shares represent 10 Class A ordinary shares")[0].value
    Decimal('0.7692')
    """
    return read_ads_ratio(text) if _may_name_depositary_shares(text) else None


# a word every wording of depositary shares holds (``class ads`` of ``data/cover_20f.tsv``)
_DEPOSITARY_WORDS = ("deposit", "ads", "adr", "gds")


def _may_name_depositary_shares(text: str) -> bool:
    """Whether ``text`` may name depositary shares, without which it states no ADS ratio (most
    schedules hold none; the ratio's pattern is slow to search a whole text). An ASCII text's
    lower case answers as the patterns' case-blind match would; any other is read in full."""
    if not text.isascii():
        return True
    lower = text.lower()
    return any(word in lower for word in _DEPOSITARY_WORDS)


def read_ads_ratio(text: str) -> tuple[Located, int] | None:
    """``ads_ratio`` read without its shortcut (every text searched)."""
    for m in ratio_pattern().finditer(text):
        clause = re.split(r"[.;]\s|\)\s*\(", text[max(m.start() - 160, 0) : m.start()])[-1]
        said = class_pattern("ads").search(clause) and _EACH.search(clause + m.group(0))
        found = ratio_value(m) if said else None
        if found:
            return Located(found[0], m.start("q"), m.end()), found[1]
    return _ads_for_shares(text)


# 'Every 13 American depositary shares represent 10 Class A ordinary shares': so many ADSs for so
# many shares (the ratio of a depositary that issues its ADSs in blocks)
_ADS_FOR_SHARES = re.compile(
    r"""(?<![\d,.])(?P<ads>\d{1,3})\s+(?:american\s+depositary\s+shares|ADSs)\s+represents?\s+  # 13 ADSs represent
        (?P<shares>\d{1,3})\s+(?:[A-Za-z]+\s+){0,3}?shares\b                            # 10 Class A ordinary shares
    """, re.IGNORECASE | re.VERBOSE)


def _ads_for_shares(text: str) -> tuple[Located, int] | None:
    """The shares one ADS represents where a number of ADSs represents a number of shares, to
    four decimals where the quotient does not end sooner.

    >>> found = _ads_for_shares("Every 13 American depositary shares represent 10 Class A ordinary shares.")
    >>> found[0].value, found[1]
    (Decimal('0.7692'), 4)
    """
    m = _ADS_FOR_SHARES.search(text)
    if m is None or int(m["ads"]) == 0 or int(m["shares"]) == 0:
        return None
    value = Decimal(m["shares"]) / Decimal(m["ads"])
    exact = value.quantize(Decimal("0.000001"))
    if exact != value:
        return Located(value.quantize(Decimal("0.0001")), m.start(), m.end()), 4
    exact = exact.normalize()
    decimals = max(-exact.as_tuple().exponent, 0)  # type: ignore[operator]
    return Located(exact.quantize(Decimal(1)) if decimals == 0 else exact, m.start(), m.end()), decimals
