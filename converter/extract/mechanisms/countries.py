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


@cache
def edgar_locations() -> dict[str, tuple[str, str | None]]:
    """EDGAR state or country code -> (ISO 3166-1 alpha-2 country, state or province name).

    >>> edgar_locations()["M5"], edgar_locations()["CA"], edgar_locations()["K3"]
    (('KR', None), ('US', 'California'), ('HK', None))
    """
    return {code: (country, None if name == "-" else name) for code, country, name in data_rows("edgar_locations.tsv")}
