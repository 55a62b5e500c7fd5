"""The value objects of address parsing (``Address`` is re-exported by ``converter.parse.address``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from typing import NamedTuple

from converter.parse.address_scan import Element


@dataclass(frozen=True)
class Address:
    line: str | None = None  # building / floor / street line(s) as written, and unplaced words
    building: str | None = None  # romanized where printed in Hangul (building_ko then holds it)
    floor: int | None = None
    lot_number: str | None = None  # jibeon, e.g. '123-45'
    road_name: str | None = None  # 'Teheran-ro 123'
    neighborhood: str | None = None  # dong / eup / myeon / ga, RR: 'Seocho 2-dong'
    village: str | None = None  # ri
    district: str | None = None  # gu / gun, or a si with no gu: 'Gangnam-gu'
    city: str | None = None  # the si above the gu: 'Seongnam-si'
    city_or_province: str | None = None  # 'Seoul', 'Gyeonggi-do'
    postal_code: str | None = None  # as printed
    country_code: str | None = None  # ISO 3166-1 alpha-2
    district_ko: str | None = None
    city_ko: str | None = None
    city_or_province_ko: str | None = None
    building_ko: str | None = None
    region: str | None = None  # foreign addresses: the code of a US state
    street: str | None = None  # foreign addresses: number and street as printed
    start: int = 0
    end: int = 0
    text: str = ""
    # (part, start, end) for every part: the words it came from, in the text searched
    spans: tuple[tuple[str, int, int], ...] = field(default=(), compare=False, repr=False)

    def to_dict(self) -> dict:
        """JSON-ready parts, None fields dropped (``spans`` left out)."""
        return {f.name: getattr(self, f.name) for f in fields(self)
                if f.name != "spans" and getattr(self, f.name) not in (None, "")}

    def span_of(self, part: str) -> tuple[int, int] | None:
        for name, start, end in self.spans:
            if name == part:
                return start, end
        return None


class Piece(NamedTuple):
    start: int
    end: int
    elements: tuple[Element, ...]
    rest: tuple[tuple[int, int], ...]  # leftover ranges
    hard_before: bool = False  # a sentence end, colon or blank line separates it from the last


_SPACES = re.compile(r"[ \t]+")
_GOES_ON = re.compile(r"(?:floors?|fl\.)(?![A-Za-z])", re.IGNORECASE)


def tidy(text: str) -> str:
    """Text as written, with line breaks turned into ', ' and runs of spaces into one."""
    if "\n" not in text and "  " not in text and "\t" not in text:
        return text.strip()  # the common case, kept cheap
    lines = [_SPACES.sub(" ", line.strip()) for line in text.splitlines() if line.strip()]
    out = ""
    for line in lines:
        if out:  # '6th' over 'Floor' is one phrase, not two parts
            out += " " if out.endswith(",") or _GOES_ON.match(line) else ", "
        out += line
    return out
