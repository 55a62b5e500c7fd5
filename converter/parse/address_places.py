"""The Korean gazetteer (``data/gazetteer_kr.tsv``) and the foreign place list
(``data/places_foreign.tsv``), loaded once and indexed by spelling.

>>> [p.rr for p in lookup_place("Seocho-ku")]
['Seocho-gu']
>>> sorted({p.parent for p in lookup_place("Chung-gu")})[:3]
['Busan', 'Daegu', 'Daejeon']
>>> [p.rr for p in lookup_place("Kyunggi-do")], [p.rr for p in lookup_place("Seoul Metropolitan City")]
(['Gyeonggi-do'], ['Seoul'])
>>> [p.rr for p in lookup_place("Sungnam")]
['Seongnam-si']
>>> [p.rr for p in lookup_place("서초구")]
['Seocho-gu']
>>> lookup_place("Seocho")  # a bare gu name is not a place on its own
()
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from converter.parse.address_roman import spelling_key
from converter.resources import data_rows


_LEVELS = {"metro": 0, "do": 0, "si": 1}


@dataclass(frozen=True, eq=False)  # one object per gazetteer row: identity is equality
class Place:
    hangul: str
    kind: str  # metro, do, si, gun, gu
    rr: str
    mr: str
    parent: str | None  # rr of the division above
    spellings: tuple[str, ...]
    note: str = ""

    @property
    def level(self) -> int:
        """0 for a province or metropolitan city, 1 for a si, 2 for a gu / gun."""
        return _LEVELS.get(self.kind, 2)


# suffix words -> the kinds of place they can follow
_SUFFIX_KINDS = {
    "gu": ("gu",), "ku": ("gu",), "district": ("gu",),
    "gun": ("gun",), "kun": ("gun",), "county": ("gun",),
    "si": ("si", "metro"), "shi": ("si", "metro"), "city": ("si", "metro"),
    "do": ("do",), "province": ("do",), "special self-governing province": ("do",),
    "metropolitan city": ("metro",), "special city": ("metro",), "metropolitan": ("metro",),
    "special metropolitan city": ("metro",), "special self-governing city": ("metro",),
}
_SPLIT_SUFFIX = re.compile(
    r"^(?P<base>.+?)[\s-]+(?P<suffix>%s)\.?$"
    % "|".join(sorted((re.escape(s) for s in _SUFFIX_KINDS), key=len, reverse=True)),
    re.IGNORECASE,
)
_HANGUL = re.compile(r"[가-힣]")
BARE_KINDS = ("metro", "do", "si")  # kinds whose name alone (no suffix) names the place


def split_suffix(spelling: str) -> tuple[str, str | None]:
    """('Seocho', 'gu') for 'Seocho-ku'; (name, None) when there is no suffix word."""
    m = _SPLIT_SUFFIX.match(spelling.strip())
    if not m:
        return spelling.strip().rstrip("."), None
    return m["base"], m["suffix"].lower()


@cache
def gazetteer() -> tuple[Place, ...]:
    places = []
    for row in data_rows("gazetteer_kr.tsv"):
        hangul, kind, rr, mr, parent, spellings, note = (list(row) + [""] * 7)[:7]
        extra = tuple(s.strip() for s in spellings.split(",") if s.strip())
        places.append(Place(hangul, kind, rr, mr, None if parent == "-" else parent, extra, note))
    return tuple(places)


@cache
def _indexes() -> tuple[dict[tuple[str, str | None], tuple[Place, ...]], dict[str, tuple[Place, ...]]]:
    """(spelling key, suffix class or None) -> places; Hangul spelling -> places."""
    roman: dict[tuple[str, str | None], list[Place]] = {}
    hangul: dict[str, list[Place]] = {}

    def add(index: dict, key: object, place: Place) -> None:
        bucket = index.setdefault(key, [])
        if place not in bucket:
            bucket.append(place)

    for place in gazetteer():
        add(hangul, place.hangul, place)
        for spelling in (place.rr, place.mr, *place.spellings):
            if _HANGUL.search(spelling):
                add(hangul, spelling, place)
                continue
            base, suffix = split_suffix(spelling)
            key = spelling_key(base)
            if place.kind in BARE_KINDS or suffix is None:
                add(roman, (key, None), place)  # the name alone
            for word, kinds in _SUFFIX_KINDS.items():
                if place.kind in kinds:
                    add(roman, (key, kinds[0] if len(kinds) == 1 else "si"), place)
    freeze = lambda index: {k: tuple(v) for k, v in index.items()}  # noqa: E731
    return freeze(roman), freeze(hangul)


@lru_cache(maxsize=16384)
def lookup_place(spelling: str) -> tuple[Place, ...]:
    """Every gazetteer place the spelling can name (several for ``Jung-gu``), else ()."""
    roman, hangul = _indexes()
    spelling = spelling.strip().rstrip(".,")
    if _HANGUL.search(spelling):
        return hangul.get(spelling, ())
    base, suffix = split_suffix(spelling)
    if not base or not base[0].isalpha():
        return ()
    kinds = _SUFFIX_KINDS.get(suffix) if suffix else None
    klass = None if kinds is None else (kinds[0] if len(kinds) == 1 else "si")
    found = roman.get((spelling_key(base), klass), ())
    if kinds:
        found = tuple(p for p in found if p.kind in kinds)
    return found


@cache
def places_by_rr() -> dict[str, tuple[Place, ...]]:
    table: dict[str, list[Place]] = {}
    for place in gazetteer():
        table.setdefault(place.rr, []).append(place)
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=None)
def ancestors(place: Place) -> tuple[str, ...]:
    """rr names above the place, nearest first."""
    chain: list[str] = []
    parent = place.parent
    while parent and parent not in chain:
        chain.append(parent)
        above = [p for p in places_by_rr().get(parent, ()) if p.kind in ("si", "metro", "do")]
        parent = above[0].parent if above else None
    return tuple(chain)


# --------------------------------------------------------------------------------------------
# Foreign places
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ForeignPlace:
    kind: str  # country, region, city, postal
    name: str
    country: str  # ISO 3166-1 alpha-2
    region: str | None = None  # state / province code for a city


@cache
def foreign_places() -> tuple[ForeignPlace, ...]:
    rows = []
    for row in data_rows("places_foreign.tsv"):
        kind, name, country, region = (list(row) + ["", "", "", ""])[:4]
        rows.append(ForeignPlace(kind, name.strip(), country.strip(), region.strip() or None))
    return tuple(rows)


@cache
def foreign_index() -> dict[str, dict[str, ForeignPlace]]:
    """kind -> lower-case name -> place (country names, region names and codes, cities)."""
    index: dict[str, dict[str, ForeignPlace]] = {}
    for place in foreign_places():
        if place.kind == "postal":
            continue
        index.setdefault(place.kind, {})[place.name.lower()] = place
        if place.kind == "region" and place.region:
            index["region"][place.region] = place  # the code, matched as written (upper case)
    return index


@cache
def postal_patterns() -> dict[str, re.Pattern[str]]:
    """Country -> full-match pattern of its postal codes."""
    return {p.country: re.compile(p.name) for p in foreign_places() if p.kind == "postal"}


# --------------------------------------------------------------------------------------------
# Neighbourhoods: legal dong, eup, myeon (data/gazetteer_kr_dong.tsv)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Neighborhood:
    hangul: str
    kind: str  # dong, ga, ro, eup, myeon
    rr: str  # 'Hoehyeon-dong 1-ga'
    base: str  # 'Hoehyeon'
    district: str  # rr of its gu / si / gun
    top: str  # rr of the division above that


@cache
def neighborhoods() -> tuple[Neighborhood, ...]:
    rows = []
    for row in data_rows("gazetteer_kr_dong.tsv"):
        rows.append(Neighborhood(*row[:6]))
    return tuple(rows)


@cache
def neighborhood_by_hangul() -> dict[str, Neighborhood]:
    return {n.hangul: n for n in neighborhoods()}


@cache
def neighborhood_bases() -> "NameIndex":
    """Every neighbourhood's name without its suffix, for spellings to be matched to."""
    from converter.parse.address_fuzzy import NameIndex

    return NameIndex(n.base for n in neighborhoods() if n.kind != "ro")


@cache
def ga_road_names() -> "NameIndex":
    """Names of the dongs divided into -ga written without '-dong' ('Euljiro', 'Jongno',
    'Myeongnyun'): after their road, or fused."""
    from converter.parse.address_fuzzy import NameIndex

    return NameIndex(n.base for n in neighborhoods() if n.kind == "ga" and not n.rr.split(" ")[0].endswith("-dong"))


@cache
def bases_in(district: str) -> "NameIndex":
    """The neighbourhood names of one gu / si / gun: where a misspelt one is looked for."""
    from converter.parse.address_fuzzy import NameIndex

    return NameIndex(n.base for n in neighborhoods() if n.district == district and n.kind != "ro")


@cache
def _place_keys(klass: str | None) -> "NameIndex":
    from converter.parse.address_fuzzy import NameIndex

    roman, _ = _indexes()
    return NameIndex(key for key, k in roman if k == klass)


@lru_cache(maxsize=16384)
def nearest_place(spelling: str) -> tuple[Place, ...]:
    """The places a misspelt district, city or province name means ('Kangnum-gu'): only with
    its suffix written, only above the confidence floor of ``address_fuzzy``."""
    base, suffix = split_suffix(spelling.strip().rstrip(".,"))
    kinds = _SUFFIX_KINDS.get(suffix) if suffix else None
    if not kinds or not base or not base[0].isalpha() or _HANGUL.search(base):
        return ()
    klass = kinds[0] if len(kinds) == 1 else "si"
    key = _place_keys(klass).nearest(spelling_key(base))
    if key is None:
        return ()
    roman, _ = _indexes()
    return tuple(p for p in roman.get((key, klass), ()) if p.kind in kinds)
