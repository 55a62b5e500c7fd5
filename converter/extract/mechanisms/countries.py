"""Countries: the name a text gives a country (a jurisdiction of incorporation, a citizenship)
and the EDGAR codes of states and countries, as ISO 3166-1 alpha-2 codes.

Names are CLDR's English short names (through Babel) with the long and customary forms of
``data/countries.tsv`` and the US states and Canadian provinces of ``data/edgar_locations.tsv``.
"""

from __future__ import annotations

import re
from functools import cache

from converter.resources import data_rows

_NOT_COUNTRIES = ("EU", "EZ", "UN", "QO", "XA", "XB", "XK", "ZZ")  # CLDR regions that are no country


def _name_key(name: str) -> str:
    return " ".join(name.lower().replace("\u2019", "'").split())


@cache
def _country_names() -> tuple[re.Pattern[str], dict[str, str]]:
    from babel import Locale

    names: dict[str, set[str]] = {}  # keys: _name_key
    for code, name in Locale("en").territories.items():
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES:
            names.setdefault(_name_key(name), set()).add(code)
    for name, code in data_rows("countries.tsv"):
        names.setdefault(_name_key(name), set()).add(code)
    for _, code, region in data_rows("edgar_locations.tsv"):
        if region != "-":
            names.setdefault(_name_key(region), set()).add(code)
    table = {name: next(iter(codes)) for name, codes in names.items() if len(codes) == 1}
    spelled = (re.escape(n).replace("'", "['\u2019]").replace(r"\ ", r"\s+") for n in table)
    alternation = "|".join(sorted(spelled, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternation})(?!\w)", re.IGNORECASE), table


def country_code(text: str) -> tuple[str, int, int] | None:
    """The ISO 3166-1 alpha-2 code of the first country ``text`` names, with where it is named.

    >>> country_code("Bangalore, Karnataka, India")
    ('IN', 22, 27)
    >>> country_code("HONG KONG, CHINA")[0], country_code("The Republic of Korea")[0]
    ('HK', 'KR')
    >>> country_code("Taiwan, Republic of China")[0], country_code("The People’s Republic of China")[0]
    ('TW', 'CN')
    >>> country_code("Georgia") is None, country_code("Delaware")[0], country_code("Seoul") is None
    (True, 'US', True)
    """
    pattern, table = _country_names()
    m = pattern.search(text)
    if m is None:
        return None
    return table[_name_key(m.group(0))], m.start(), m.end()


def country_at(text: str, start: int, end: int) -> int | None:
    """Where the name of a country that opens ``text[start:end]`` ends, or None.

    >>> country_at("South Korea's Acme", 0, 18), country_at("Southern Acme", 0, 13)
    (11, None)
    """
    m = _country_names()[0].match(text, start, end)
    return m.end() if m else None


@cache
def edgar_locations() -> dict[str, tuple[str, str | None]]:
    """EDGAR state or country code -> (ISO 3166-1 alpha-2 country, state or province name).

    >>> edgar_locations()["M5"], edgar_locations()["CA"], edgar_locations()["K3"]
    (('KR', None), ('US', 'California'), ('HK', None))
    """
    return {code: (country, None if name == "-" else name) for code, country, name in data_rows("edgar_locations.tsv")}


# What follows a company's name to say where it is incorporated: a Hong Kong letterhead's
# "(Incorporated in Bermuda with limited liability)", a preamble's "X (the "Company"), a
# company incorporated under the laws of the Republic of Korea".
_INCORPORATED = re.compile(
    r"""[\s,]*(?:\(\s*the\s+["“]?company["”]?\s*\)[\s,]*)?     # (the "Company"),
        (?:\(\s*)?(?:an?\s+(?:company|corporation)\s+)?          # (  or  a company
        (?:incorporated|organi[sz]ed)\s+(?:in|under\s+the\s+laws\s+of)\s+
        (?P<where>[^()\n,;]{2,60}?)                              # the jurisdiction
        (?:\s+with\s+limited\s+liability)?\s*(?:\)|,|;|\.|$)     # its close
    """, re.IGNORECASE | re.VERBOSE)
_HEAD_CHARS = 3000  # the letterhead or preamble that names the company first


def incorporation_country(text: str, name_start: int, name_end: int) -> tuple[str, int, int] | None:
    """(ISO country code, start, end) of where the company named at ``text[name_start:
    name_end]`` says it is incorporated, in the words right after its name at the head of the
    document; a company named further in, or incorporated in no place ``country_code`` knows
    (a US state names the US), gives none.

    >>> text = "PACIFIC HARBOUR HOLDINGS LIMITED\\n(Incorporated in Bermuda with limited liability)\\n"
    >>> incorporation_country(text, 0, 32)
    ('BM', 50, 57)
    >>> incorporation_country('Hanil Co. (the "Company"), a company incorporated under the laws of Korea, agrees', 0, 9)[0]
    'KR'
    >>> incorporation_country("Acme Ltd. and a subsidiary incorporated in Japan", 0, 9) is None
    True
    """
    if name_end <= name_start or name_start > _HEAD_CHARS:
        return None
    m = _INCORPORATED.match(text, name_end, min(len(text), name_end + 200))
    if m is None:
        return None
    found = country_code(m["where"])
    if found is None:
        return None
    code, start, end = found
    return code, m.start("where") + start, m.start("where") + end
