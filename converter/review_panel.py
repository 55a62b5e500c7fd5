"""The fact panel of the review page: every fact in English and in Korean, as a reader writes it.

Each row carries both languages (the page's switch shows one): the concept's label, its
dimensions by their axis labels (``Signatory 2`` / ``서명자 2``), the value formatted by Babel
for the locale (``₩412.7B`` / ``₩4,127억`` for an amount the text rounded, ``12.4%`` for a
change, ``March 3, 2004`` / ``2004년 3월 3일``), the period and the unit by the names a reader
uses (``shares`` / ``주``, no unit word for a pure number). Records come in natural order
(``1, 2, 10``), as :func:`converter.show.ordered_facts` orders them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from converter.model import Fact, Instance, Period, UnitSpec
from converter.show import axis_label, format_value as format_number, is_percentage, ordered_facts_in_context, unit_label
from converter.taxonomy import Taxonomy

LOCALES = (("en", "en_US"), ("ko", "ko_KR"))
# words for what is not a figure or a text: booleans and a period that is no period
WORDS = {
    "true": {"en": "Yes", "ko": "예"},
    "false": {"en": "No", "ko": "아니요"},
    "forever": {"en": "no period (forever)", "ko": "기간 없음"},
}

ByLang = tuple[tuple[str, str], ...]  # (lang, text) for each of LOCALES


@dataclass(frozen=True)
class Row:
    """One fact in the review panel."""

    id: str
    labels: ByLang
    values: ByLang
    periods: ByLang
    units: ByLang
    dimensions: tuple[ByLang, ...]  # per dimension: its axis label and member, by lang
    where: str  # 'tagged' (in place), 'located' (hidden, words highlighted) or 'hidden'


def format_value(fact: Fact, kind: str, unit: UnitSpec | None, locale: str) -> str:
    """The value as a reader of ``locale`` writes it (Babel).

    >>> f = Fact("Revenues", "c", "518000000000", "u", "-8")
    >>> krw = UnitSpec.currency("KRW")
    >>> format_value(f, "monetary", krw, "en_US"), format_value(f, "monetary", krw, "ko_KR")
    ('₩518.0B (₩518,000,000,000)', '₩5,180억 (518,000,000,000원)')
    >>> format_value(Fact("RevenuesPercentChange", "c", "0.124", "u", "3"), "pure", UnitSpec(("xbrli:pure",)), "ko_KR")
    '12.4%'
    >>> format_value(Fact("DocumentDate", "c", "2004-03-03"), "date", None, "ko_KR")
    '2004년 3월 3일'
    """
    from babel.dates import format_date

    lang = locale.split("_")[0]
    if unit is not None:
        return format_number(fact.value, unit, fact.decimals, locale, is_percentage(fact.concept))
    if kind == "date" and re.fullmatch(r"\d{4}-\d\d-\d\d", fact.value):
        return format_date(dt.date.fromisoformat(fact.value), "long", locale=locale)
    if kind == "boolean" and fact.value in WORDS:
        return WORDS[fact.value][lang]
    return fact.value


def period_text(period: Period, locale: str) -> str:
    from babel.dates import format_date

    if period.is_forever:
        return WORDS["forever"][locale.split("_")[0]]
    end = format_date(period.end, "medium", locale=locale)
    return end if period.is_instant else f"{format_date(period.start, 'medium', locale=locale)} – {end}"


def member_text(member: str, locale: str) -> str:
    """A member as a reader of ``locale`` reads it: a period member (an ISO date or interval of
    the comparative period axis) in the reader's dates, any other member as it is.

    >>> member_text("2002-10-01/2002-12-31", "ko_KR"), member_text("2002-12-31", "en_US"), member_text("10", "ko_KR")
    ('2002. 10. 1. – 2002. 12. 31.', 'Dec 31, 2002', '10')
    """
    days = member.split("/")
    if not 1 <= len(days) <= 2 or not all(re.fullmatch(r"\d{4}-\d\d-\d\d", day) for day in days):
        return member
    try:
        dates = [dt.date.fromisoformat(day) for day in days]
    except ValueError:
        return member
    period = Period.instant(dates[0]) if len(dates) == 1 else Period.duration(dates[0], dates[1])
    return period_text(period, locale)


def panel_rows(instance: Instance, taxonomy: Taxonomy, tagged: frozenset[str], located: frozenset[str]) -> tuple[Row, ...]:
    """The rows of the panel, records in natural order; ``tagged``/``located``: fact ids
    tagged in the text / whose words are highlighted."""
    rows = []
    for fact, context, unit in ordered_facts_in_context(instance):
        concept = taxonomy.concept(fact.concept)
        assert context is not None  # a rendered instance: every fact's context is in it
        rows.append(Row(
            id=fact.id,
            labels=tuple((lang, taxonomy.label(fact.concept, lang)) for lang, _ in LOCALES),
            values=tuple((lang, format_value(fact, concept.kind, unit, loc)) for lang, loc in LOCALES),
            periods=tuple((lang, period_text(context.period, loc)) for lang, loc in LOCALES),
            units=tuple((lang, unit_label(unit, lang)) for lang, _ in LOCALES),
            dimensions=tuple(tuple((lang, f"{axis_label(taxonomy, axis, lang)} {member_text(member, loc)}")
                                   for lang, loc in LOCALES)
                             for axis, member in context.dimensions),
            where="tagged" if fact.id in tagged else "located" if fact.id in located else "hidden",
        ))
    return tuple(rows)
