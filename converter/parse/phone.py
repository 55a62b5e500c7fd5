"""Telephone and fax numbers as filings write them, normalized to E.164 (grouped with hyphens).

Korean filings of the period write the country code glued to the area code (``822-2112-3000``
is +82 2 2112 3000); national numbers carry the trunk 0 (``(02) 2112-3000``); US numbers are
North American (``212-807-5027``). The country comes from the number where it says so, else from
the document (``default_country``). Calling codes and Korean prefixes: ``data/phone_codes.tsv``.

>>> parse_phone("822-2112-3000").e164
'+82-2-2112-3000'
>>> parse_phone("(02) 2112-3000").e164, parse_phone("+82 2 2112 3000").e164
('+82-2-2112-3000', '+82-2-2112-3000')
>>> parse_phone("031-123-4567").e164, parse_phone("010-1234-5678").e164
('+82-31-123-4567', '+82-10-1234-5678')
>>> p = parse_phone("(212) 807-5027")
>>> p.e164, p.country_code
('+1-212-807-5027', 'US')
>>> [p.e164 for p in find_phones("Phone: 822-2112-3000    Fax: 822-2112-3099")]
['+82-2-2112-3000', '+82-2-2112-3099']
>>> parse_phone("135-090") is None
True
>>> parse_phone("(8610) 6499-0060").e164, parse_phone("011-81-3-5555-0142").e164
('+86-10-6499-0060', '+81-3-5555-0142')
>>> parse_phone("91 22 5555 0142", default_country="IN").e164
'+91-22-5555-0142'
>>> [parse_phone(t).e164 for t in ("(86-21) 5555-8866", "(852) 2555 1188", "(972) 9-555-7700")]
['+86-21-5555-8866', '+852-2555-1188', '+972-9-555-7700']
>>> parse_phone("(972) 555-1234").e164
'+1-972-555-1234'
>>> parse_phone("886-3-578-0101").e164, parse_phone("81-(3)-3556-3344").e164, parse_phone("(852) 2121 3220").e164
('+886-3-578-0101', '+81-3-3556-3344', '+852-2121-3220')
>>> parse_phone("(86) 20 8612 3344").e164, parse_phone("949/555-0120").e164, parse_phone("212-807-5027").e164
('+86-20-8612-3344', '+1-949-555-0120', '+1-212-807-5027')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from converter.resources import data_rows

# patterns of the hot paths, compiled once at import
_DIGITS = re.compile(r"\d+")
_NOT_DIGIT = re.compile(r"\D")


@dataclass(frozen=True)
class Phone:
    e164: str  # '+82-2-2112-3000'
    country_code: str  # ISO 3166-1 alpha-2
    text: str  # as written
    start: int
    end: int


@cache
def phone_codes() -> dict[str, dict[str, str]]:
    """kind -> code -> country, from ``data/phone_codes.tsv``."""
    table: dict[str, dict[str, str]] = {}
    for row in data_rows("phone_codes.tsv"):
        kind, code, country = row[:3]
        table.setdefault(kind, {})[code] = country
    return table


@cache
def _country_to_calling() -> dict[str, str]:
    return {country: code for code, country in phone_codes()["calling"].items()}


_SEP = r"[\s.\-]"
_INTL_PLUS = re.compile(
    rf"""(?:\+\s?                                  # '+82 2 ...'
          |(?<![\d\w+])(?:011|00[1-9]?){_SEP}\s*)  # or an exit code dialled before it: US 011, Korea 001/002
        (?P<cc>\d{{1,4}})(?:{_SEP}*\(0\))?         # the country code, a trunk '(0)' after it
        (?P<rest>(?:{_SEP}*\(?\d{{1,8}}\)?){{1,5}})(?![\d])  # the national number in groups
    """, re.VERBOSE)
# '(8610) 6499-0060': a country code and an area code run together in brackets
_PAREN_CC = re.compile(
    rf"(?<![\d\w+])\((?P<digits>[1-9]\d{{3,4}})\)[\s.-]*(?P<a>\d{{3,4}}){_SEP}(?P<b>\d{{4}})(?![\d])")
# a calling code in brackets, maybe after a plus, with the area code after a hyphen or a space
# inside them or in brackets of its own after them, then the national number in groups; a number
# that goes on past the groups read is not read (a piece of one would be a wrong number)
_PAREN_COUNTRY = re.compile(
    rf"""(?<![\d\w+])\+?\((?P<cc>[1-9]\d{{1,2}})(?:[-\s](?P<area>\d{{1,4}}))?\)  # '(86-21)', '(852)', '+(852)'
        [\s.-]*(?:\((?P<inner>[1-9]\d{{0,3}})\)[\s.-]*)?                        # '(3)' after '(81)'
        (?P<rest>\d{{1,5}}(?:{_SEP}\d{{2,5}}){{0,4}})(?!\d|{_SEP}\d)           # '5555-8866', '1 23 45 67 89'
    """, re.VERBOSE)
_KR_INTL = re.compile(
    rf"(?<![\d+\w])\(?(?:00\d{{1,2}}{_SEP}?)?82{_SEP}?(?:\(0\)|\(?0?)(?P<area>\d{{1,2}})\)?{_SEP}?"
    rf"(?P<a>\d{{3,4}}){_SEP}(?P<b>\d{{4}})(?![\d])")
_NATIONAL = re.compile(
    rf"(?<![\d\w+])\(?0(?P<area>\d{{1,2}})\)?[\s.\-)]*(?P<a>\d{{3,4}}){_SEP}(?P<b>\d{{4}})(?![\d])")
_NANP = re.compile(  # '(212) 807-5027', '212.807.5027', '949/555-0120'
    rf"(?<![\d\w+])(?:1{_SEP})?\(?(?P<area>[2-9]\d{{2}})\)?(?:{_SEP}|/)?(?P<a>[2-9]\d{{2}}){_SEP}(?P<b>\d{{4}})(?![\d])")
# '886-3-578-0101', '81-(3)-3556-3344': a calling code without its plus or brackets, then an area
# code and the number in groups (at least 8 national digits: '212-807-5027' is American)
_BARE_CC = re.compile(
    rf"""(?<![\d\w+])(?!(?<=\()\d{{1,4}}\))  # not a code alone in brackets ('(852)': _PAREN_COUNTRY's),
    (?<!\d\d\))(?<!\d\d\)\s)                # nor the number after one: '(353) 43406 ...' is no Austrian one
    (?P<cc>[1-9]\d{{1,2}})                                               # 886
    {_SEP}*\(?(?P<area>[1-9]\d{{0,3}})\)?{_SEP}+                        # 3 / (3) / 2121
    (?P<rest>\d{{2,5}}(?:{_SEP}\d{{2,5}}){{0,2}})(?![\d])                # 578-0101
    """, re.VERBOSE)


def _nanp_country(area: str) -> str:
    return phone_codes().get("nanp", {}).get(area, "US")


def _from_plus(m: re.Match[str]) -> tuple[str, str] | None:
    digits_cc = m["cc"]
    groups = _DIGITS.findall(m["rest"])
    calling = phone_codes()["calling"]
    for size in range(min(len(digits_cc), 3), 0, -1):  # '+822 2112 3000': the area is glued on
        cc = digits_cc[:size]
        if cc in calling:
            if digits_cc[size:]:
                groups.insert(0, digits_cc[size:])
            break
    else:
        return None
    if groups and groups[0].startswith("0") and cc != "39":  # '(0)2' / '02' after +82: trunk 0
        groups[0] = groups[0][1:]  # a lone '(0)' empties its group, dropped below
    groups = [g for g in groups if g]
    if len(groups) == 1 and len(groups[0]) > 6:
        groups = [groups[0][:-4], groups[0][-4:]]
    if sum(len(g) for g in groups) < 6:
        return None
    country = _nanp_country(groups[0]) if cc == "1" else calling[cc]
    return "+" + "-".join([cc, *groups]), country


def _split_country_code(digits: str) -> tuple[str, str] | None:
    """'8610' -> ('86', '10'): the calling code at the front and the area code after it."""
    calling = phone_codes()["calling"]
    for size in (3, 2, 1):
        if digits[:size] in calling and len(digits) - size >= 1 and not digits[size:].startswith("0"):
            return digits[:size], digits[size:]
    return None


@cache
def _calling_code_first(cc: str) -> re.Pattern[str]:
    """A number that starts with calling code ``cc`` and no plus (compiled once per code)."""
    return re.compile(
        rf"(?<![\d\w+]){cc}{_SEP}\(?(?P<area>[1-9]\d{{0,3}})\)?{_SEP}(?P<rest>\d{{2,5}}(?:{_SEP}\d{{2,5}}){{0,2}})(?![\d])")


def _country_code_first(text: str, country: str) -> list[tuple[int, int, str, str]]:
    """'91 22 5667 8282' in an Indian filing: the country's calling code with no plus before
    the national number (Korea and North America have readers of their own)."""
    cc = _country_to_calling().get(country)
    if cc in (None, "1", "82") or cc not in text:  # (every match opens with the code)
        return []
    found = []
    for m in _calling_code_first(cc).finditer(text):
        groups = [m["area"], *_DIGITS.findall(m["rest"])]
        if 7 <= sum(len(g) for g in groups) <= 11:
            found.append((m.start(), m.end(), "+" + "-".join([cc, *groups]), country))
    return found


def _paren_country(text: str) -> list[tuple[int, int, str, str]]:
    """Numbers whose calling code stands in brackets, the area code with it or after it; not a
    North American area code in brackets ('(212) 555-2200'), whose number is three digits and
    four, nor a code split by a space ('(85 2)').

    >>> [e164 for _, _, e164, _ in _paren_country("Tel: (86-21) 5555-8866, (852) 2555 1188")]
    ['+86-21-5555-8866', '+852-2555-1188']
    >>> [e164 for _, _, e164, _ in _paren_country("(81) (3) 3556-3344 / +(852) 2123 4567")]
    ['+81-3-3556-3344', '+852-2123-4567']
    >>> _paren_country("(972) 555-1234"), _paren_country("(85 2) 2555 0101")
    ([], [])
    >>> _paren_country("(33) 1 23 45 67 89")[0][2], _paren_country("(33) 1 23 45 67 89 10")
    ('+33-1-23-45-67-89', [])
    >>> _paren_country("(86) 010 6499 0060")[0][2], _paren_country("(39) 02 1234 5678")[0][2]
    ('+86-10-6499-0060', '+39-02-1234-5678')
    >>> _paren_country("(44) 0 20 7123 4567")[0][2]
    '+44-20-7123-4567'
    """
    calling = phone_codes()["calling"]
    found = []
    for m in _PAREN_COUNTRY.finditer(text):
        cc = m["cc"]
        groups = [g for g in (m["area"], m["inner"], *_DIGITS.findall(m["rest"])) if g]
        if len(groups[0]) > 4:
            continue  # '(972) 94203 89': five digits are no area code
        if groups[0].startswith("0") and cc != "39":  # '(86) 010 ...': the trunk 0, dialled only at home
            groups = [g for g in (groups[0][1:], *groups[1:]) if g]  # '(44) 0 20 ...': a lone 0 dropped
        if cc not in calling or cc == "1" or len(groups) < 2 or not 7 <= len("".join(groups)) <= 11:
            continue
        if m["area"] is None and m["inner"] is None and [len(g) for g in groups] == [3, 4]:
            continue  # '(972) 555-1234': a Dallas number, not an Israeli one
        found.append((m.start(), m.end(), "+" + "-".join([cc, *groups]), calling[cc]))
    return found


def _bare_country_code(text: str) -> list[tuple[int, int, str, str]]:
    """Numbers whose calling code is written without a plus ('886-3-578-0101'), Korea's and
    North America's aside (they have readers of their own)."""
    calling = phone_codes()["calling"]
    found = []
    for m in _BARE_CC.finditer(text):
        cc = m["cc"]
        if cc not in calling or cc in ("1", "82"):
            continue
        groups = [m["area"], *_DIGITS.findall(m["rest"])]
        if 8 <= sum(len(g) for g in groups) <= 11 and len(groups) >= 2:
            found.append((m.start(), m.end(), "+" + "-".join([cc, *groups]), calling[cc]))
    return found


def _plus_or_exit_code(text: str) -> bool:
    """Whether ``text`` holds what every match of ``_INTL_PLUS`` opens with: a plus, or an exit
    code ('011', '00')."""
    return "+" in text or "00" in text or "011" in text


def _candidates(text: str, default_country: str) -> list[tuple[int, int, str, str]]:
    """(start, end, e164, country) of every number, before overlaps are removed."""
    found: list[tuple[int, int, str, str]] = []
    kr_areas = phone_codes()["kr_area"]
    # (the patterns open with look-behinds, so re tries each at every position: one that needs a
    # character or two the text lacks is not tried)
    for m in _INTL_PLUS.finditer(text) if _plus_or_exit_code(text) else ():
        result = _from_plus(m)
        if result:
            found.append((m.start(), m.end(), *result))
    for m in _KR_INTL.finditer(text) if "82" in text else ():  # Korea's calling code
        if m["area"] in kr_areas:
            found.append((m.start(), m.end(), f"+82-{m['area']}-{m['a']}-{m['b']}", "KR"))
    bracket = "(" in text  # a code in brackets
    for m in _PAREN_CC.finditer(text) if bracket else ():
        result = _split_country_code(m["digits"])
        if result and result[0] not in ("1", "82"):
            cc, area = result
            found.append((m.start(), m.end(), f"+{cc}-{area}-{m['a']}-{m['b']}", phone_codes()["calling"][cc]))
    if bracket:
        found += _paren_country(text)
    found += _country_code_first(text, default_country)
    found += _bare_country_code(text)
    national = _country_to_calling().get(default_country, "82")
    for m in _NATIONAL.finditer(text) if "0" in text else ():  # the trunk 0 opens a national number
        if national == "82" and m["area"] not in kr_areas:
            continue
        cc, country = (national, default_country) if national not in ("82", "1") else ("82", "KR")
        found.append((m.start(), m.end(), f"+{cc}-{m['area']}-{m['a']}-{m['b']}", country))
    for m in _NANP.finditer(text):
        found.append((m.start(), m.end(), f"+1-{m['area']}-{m['a']}-{m['b']}",
                      _nanp_country(m["area"])))
    return found


# seven digits: every reading of a number holds as many (a calling code and six digits after
# it, '+852 2555 0101'; the national numbers more), and between two digits of a reading every
# pattern above allows only separators, brackets and a slash ('949/555-0120'); so a text where
# no seven digits stand so close is not read (an address's lot number and postal code are apart)
_SEVEN_DIGITS = re.compile(
    r"""\d                        # a digit,
        (?:[\s.\-()/]*\d){6}       # then six more, only separators, brackets or a slash between""",
    re.VERBOSE)


def find_phones(text: str, *, default_country: str = "KR") -> list[Phone]:
    """Every telephone number in ``text``, in order; the first reading of a span wins."""
    if not _SEVEN_DIGITS.search(text):
        return []  # (the words of phones stand in many windows with no number: 'hotel', 'Telecom')
    taken: list[tuple[int, int]] = []
    phones: list[Phone] = []
    for start, end, e164, country in _candidates(text, default_country):
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        phones.append(Phone(e164, country, text[start:end], start, end))
    return sorted(phones, key=lambda p: p.start)


def parse_phone(text: str, *, default_country: str = "KR") -> Phone | None:
    """The number ``text`` consists of (spaces around allowed), else None."""
    stripped = text.strip()
    offset = text.index(stripped) if stripped else 0
    for phone in find_phones(stripped, default_country=default_country):
        if phone.start == 0 and phone.end == len(stripped):
            return Phone(phone.e164, phone.country_code, phone.text, offset, offset + len(stripped))
    return None


def parse_digits(digits: str, *, country: str = "KR") -> str | None:
    """E.164 of a number written as bare digits (an EDGAR header's BUSINESS PHONE field):
    Korean with its country code or trunk 0, or North American; else None.

    >>> parse_digits("82317270142"), parse_digits("0221123000"), parse_digits("4085550142", country="US")
    ('+82-31-727-0142', '+82-2-2112-3000', '+1-408-555-0142')
    """
    digits = _NOT_DIGIT.sub("", digits)
    if country == "US" or (len(digits) == 11 and digits.startswith("1")):
        national = digits[1:] if len(digits) == 11 and digits.startswith("1") else digits
        if len(national) == 10 and national[0] in "23456789":
            return f"+1-{national[:3]}-{national[3:6]}-{national[6:]}"
        return None
    if country != "KR":
        return None
    national = digits[2:] if digits.startswith("82") else digits[1:] if digits.startswith("0") else None
    if national is None:
        return None
    for size in (1, 2):  # Seoul's '2' first: no other prefix starts with it
        area, rest = national[:size], national[size:]
        if area in phone_codes()["kr_area"] and len(rest) in (7, 8):
            return f"+82-{area}-{rest[:-4]}-{rest[-4:]}"
    return None
