"""Inline XBRL 1.1 review page: the source text with every fact tagged where it was read.

The page shows the document's clean text (``SourceDocument.text``: layout kept, SGML/HTML tags
removed - for HTML input too, for now) in a ``<pre>`` block. Each fact whose source words can
reproduce its value through an Inline XBRL Transformation Registry 4 format is tagged in place
(``ix:nonFraction`` with ``format``/``scale``/``sign``; ``ix:nonNumeric`` as written or through a
date format); every other fact (derived, normalized, read from a check mark, or overlapping
another tag so that it cannot nest) goes to ``ix:hidden``. Independently of tagging, the source
words of every fact are wrapped in highlight ``<span>``s that the review panel links to.

Overlaps: tags must nest. Tags are accepted longest-first; a tag that crosses an accepted one,
or that would sit inside an ``ix:nonFraction`` (whose content is text only), is hidden instead.
Highlights are plain spans, split at every other boundary so that they always nest.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import TYPE_CHECKING, Iterable
from xml.sax.saxutils import escape, quoteattr

from markupsafe import Markup

from converter import __version__
from converter.model import Fact, Instance, SourceDocument, Span
from converter.resources import data_rows, templates_dir
from converter.taxonomy import Taxonomy, load_taxonomy

if TYPE_CHECKING:
    from converter.pipeline import Converted

IX = "http://www.xbrl.org/2013/inlineXBRL"
IXT = "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12"  # Transformation Registry 4
NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|(?<![\d.,])\d+(?:\.\d+)?(?![\d,])")
# XML 1.0 forbids most C0 controls; each is shown as one character so offsets are kept.
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffe\uffff]")


# ----------------------------------------------------------------------------------------------
# Transformation Registry 4 formats we write, as readers of displayed text
# ----------------------------------------------------------------------------------------------


@cache
def _vocabulary() -> dict[str, dict[str, str]]:
    """kind -> word -> value, from ``data/ixt_formats.tsv``."""
    table: dict[str, dict[str, str]] = {}
    for kind, value, words in data_rows("ixt_formats.tsv"):
        for word in words.split(","):
            table.setdefault(kind, {})[word.strip()] = value
    return table


@cache
def _date_patterns() -> dict[str, re.Pattern[str]]:
    months = "|".join(sorted(map(re.escape, _vocabulary()["month"]), key=len, reverse=True))
    return {
        "date-monthname-day-year-en": re.compile(rf"\b(?P<m>{months})\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})\b"),
        "date-day-monthname-year-en": re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<m>{months})\s+(?P<y>\d{{4}})\b"),
        "date-monthname-year-en": re.compile(rf"\b(?P<m>{months})\s+(?P<y>\d{{4}})\b"),
    }


def read_date(format_name: str, text: str) -> str | None:
    """What an ``ixt:date-*-en`` format makes of ``text`` (ISO date or gYearMonth), or None.

    >>> read_date("date-monthname-day-year-en", "March 3,\\n 2004")
    '2004-03-03'
    >>> read_date("date-monthname-year-en", "August 1999")
    '1999-08'
    >>> read_date("date-monthname-day-year-en", "Sept 4, 2003") is None
    True
    """
    match = _date_patterns()[format_name].fullmatch(text)
    if not match:
        return None
    month = int(_vocabulary()["month"][match["m"]])
    year = int(match["y"])
    if "d" not in match.groupdict():
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, int(match["d"])).isoformat()
    except ValueError:
        return None


def read_number(text: str) -> Decimal | None:
    """``ixt:num-dot-decimal``: digits with comma thousands separators and a dot decimal mark.

    >>> read_number("4,417,050"), read_number("518.0"), read_number("1,23")
    (Decimal('4417050'), Decimal('518.0'), None)
    """
    if not NUMBER.fullmatch(text):
        return None
    return Decimal(text.replace(",", ""))


# ----------------------------------------------------------------------------------------------
# Where each fact goes
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Tag:
    """How one fact is tagged in the displayed text ``[start, end)``."""

    fact: Fact
    start: int
    end: int
    numeric: bool
    format: str | None = None  # local name in the ixt namespace
    scale: int | None = None
    negative: bool = False

    @property
    def length(self) -> int:
        return self.end - self.start


def displayed_range(document: SourceDocument, span: Span) -> tuple[int, int] | None:
    """The clean-text range showing the raw ``span`` (segments map text to raw; this inverts it)."""
    first = last = None
    for seg in document.segments:
        lo, hi = max(span.start, seg.raw_start), min(span.end, seg.raw_start + seg.length)
        if lo < hi:
            start, end = seg.text_start + lo - seg.raw_start, seg.text_start + hi - seg.raw_start
            first = start if first is None else min(first, start)
            last = end if last is None else max(last, end)
    return None if first is None else (first, last)


def _scale(shown: Decimal, value: Decimal) -> int | None:
    """The power of ten that turns the shown number into the value, if there is one."""
    if shown == 0 or value == 0:
        return 0 if shown == value else None
    ratio = value / shown
    exponent = ratio.adjusted()
    return exponent if ratio == Decimal(1).scaleb(exponent) else None


def _numeric_tag(fact: Fact, text: str, start: int, end: int) -> Tag | None:
    value = Decimal(fact.value)
    for match in NUMBER.finditer(text, start, end):
        shown = read_number(match.group())
        scale = None if shown is None else _scale(shown, abs(value))
        if scale is not None:
            return Tag(fact, match.start(), match.end(), True, "num-dot-decimal", scale, value < 0)
    return None


def _text_tag(fact: Fact, kind: str, text: str, start: int, end: int) -> Tag | None:
    words = text[start:end]
    if kind == "boolean":
        said = _vocabulary()["boolean"].get(words.strip())
        if said != fact.value:
            return None
        lead = len(words) - len(words.lstrip())
        return Tag(fact, start + lead, start + lead + len(words.strip()), False, f"fixed-{said}")
    if kind != "date":
        at = words.find(fact.value) if fact.value else -1
        if at >= 0:
            return Tag(fact, start + at, start + at + len(fact.value), False)
    for name, pattern in _date_patterns().items():
        for match in pattern.finditer(text, start, end):
            if read_date(name, match.group()) == fact.value:
                return Tag(fact, match.start(), match.end(), False, name)
    return None


def plan_tag(fact: Fact, kind: str, numeric: bool, text: str, shown: tuple[int, int] | None) -> Tag | None:
    """The in-place tag of ``fact`` inside its displayed source words, or None (hidden)."""
    if shown is None:
        return None
    start, end = shown
    try:
        return _numeric_tag(fact, text, start, end) if numeric else _text_tag(fact, kind, text, start, end)
    except InvalidOperation:
        return None


def nest_tags(tags: Iterable[Tag]) -> tuple[list[Tag], list[Tag]]:
    """(kept, refused): tags that nest, longest first; ``ix:nonFraction`` holds text only."""
    kept: list[Tag] = []
    refused: list[Tag] = []
    for tag in sorted(tags, key=lambda t: (-t.length, t.start, t.numeric, t.fact.id)):
        fits = True
        for other in kept:
            disjoint = tag.end <= other.start or other.end <= tag.start
            inside = other.start <= tag.start and tag.end <= other.end
            if not disjoint and not (inside and not other.numeric and tag.length > 0):
                fits = False
                break
        (kept if fits else refused).append(tag)
    return kept, refused


# ----------------------------------------------------------------------------------------------
# Markup
# ----------------------------------------------------------------------------------------------


def ix_element(fact: Fact, prefix: str, *, numeric: bool, content: str, tag: Tag | None = None,
               negative: bool = False) -> str:
    """An ``ix:nonFraction`` / ``ix:nonNumeric`` element around ``content`` (already markup)."""
    name = "nonFraction" if numeric else "nonNumeric"
    attrs = [("name", f"{prefix}:{fact.concept}"), ("id", fact.id), ("contextRef", fact.context_id)]
    if numeric:
        attrs += [("unitRef", fact.unit_id or ""), ("decimals", fact.decimals or "INF")]
    if tag is not None and tag.format:
        attrs.append(("format", f"ixt:{tag.format}"))
    if tag is not None and tag.scale is not None:
        attrs.append(("scale", str(tag.scale)))
    if negative or (tag is not None and tag.negative):
        attrs.append(("sign", "-"))
    if fact.lang and not numeric:
        attrs.append(("xml:lang", fact.lang))
    text = " ".join(f"{key}={quoteattr(value)}" for key, value in attrs)
    return f"<ix:{name} {text}>{content}</ix:{name}>"


def hidden_element(fact: Fact, prefix: str, numeric: bool) -> str:
    if numeric:
        negative = fact.value.startswith("-")
        return ix_element(fact, prefix, numeric=True, content=escape(fact.value.lstrip("-")), negative=negative)
    return ix_element(fact, prefix, numeric=False, content=escape(fact.value))


def displayable(text: str) -> str:
    """``text`` with characters XML cannot carry replaced one for one (offsets kept)."""
    text = re.sub("\r(?=\n)", " ", text).replace("\r", "\n").replace("\x0c", "\n")
    return XML_FORBIDDEN.sub("\ufffd", text)


@dataclass(frozen=True)
class _Box:
    start: int
    end: int
    rank: int  # outer first when two boxes cover the same words
    open: str
    close: str


def _highlight_boxes(highlights: dict[str, tuple[int, int]], tags: list[Tag]) -> list[_Box]:
    """Highlight spans split so they nest with each other and with the tags."""
    solid = [(t.start, t.end) for t in tags if t.numeric]
    regions = {}
    for fact_id, (start, end) in highlights.items():
        for lo, hi in solid:  # never inside an ix:nonFraction: widen to cover it
            start = lo if lo < start < hi else start
            end = hi if lo < end < hi else end
        regions[fact_id] = (start, end)
    cuts = sorted({p for r in regions.values() for p in r} | {p for t in tags for p in (t.start, t.end)})
    pieces: dict[tuple[int, int], list[str]] = {}
    for fact_id, (start, end) in regions.items():
        points = [start] + [p for p in cuts if start < p < end] + [end]
        for lo, hi in zip(points, points[1:]):
            pieces.setdefault((lo, hi), []).append(fact_id)
    boxes = []
    for (lo, hi), ids in pieces.items():
        ids.sort(key=lambda i: (regions[i][1] - regions[i][0], i))  # a click picks the most specific first
        classes = " ".join(["d2x-src"] + [f"d2x-f-{i}" for i in ids])
        boxes.append(_Box(lo, hi, 0, f'<span class="{classes}">', "</span>"))
    return boxes


def source_markup(text: str, tags: list[Tag], highlights: dict[str, tuple[int, int]], prefix: str) -> str:
    """The displayed text as XHTML: tags and highlight spans, properly nested."""
    boxes = _highlight_boxes(highlights, tags)
    for tag in tags:
        element = ix_element(tag.fact, prefix, numeric=tag.numeric, content="\0", tag=tag)
        head, _, tail = element.partition("\0")
        boxes.append(_Box(tag.start, tag.end, 2 if tag.numeric else 1, head, tail))
    boxes = [b for b in boxes if b.end > b.start]
    boxes.sort(key=lambda b: (b.start, -b.end, b.rank))
    out: list[str] = []
    stack: list[_Box] = []
    at = 0
    for box in boxes + [_Box(len(text), len(text), 9, "", "")]:
        while stack and stack[-1].end <= box.start:
            closing = stack.pop()
            out.append(escape(text[at:closing.end]) + closing.close)
            at = closing.end
        out.append(escape(text[at:box.start]) + box.open)
        at = box.start
        if box.end > box.start:
            stack.append(box)
    return "".join(out)


# ----------------------------------------------------------------------------------------------
# The page
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Layout:
    """Everything the template needs besides the instance."""

    markup: str  # the tagged source text
    hidden: tuple[str, ...]  # ix:hidden elements
    tagged: frozenset[str]  # ids of facts tagged in place
    located: frozenset[str]  # ids of facts whose source words are highlighted


def layout(instance: Instance, document: SourceDocument, taxonomy: Taxonomy, prefix: str) -> Layout:
    text = displayable(document.text)
    highlights: dict[str, tuple[int, int]] = {}
    tags: list[Tag] = []
    for fact in instance.facts:
        concept = taxonomy.concept(fact.concept)
        shown = displayed_range(document, fact.span) if fact.span else None
        if shown and shown[1] > shown[0]:
            highlights[fact.id] = shown
        tag = plan_tag(fact, concept.kind, concept.numeric, text, shown)
        if tag is not None and tag.length > 0:
            tags.append(tag)
    kept, _ = nest_tags(tags)
    tagged = frozenset(t.fact.id for t in kept)
    hidden = tuple(
        hidden_element(f, prefix, taxonomy.concept(f.concept).numeric) for f in instance.facts if f.id not in tagged
    )
    return Layout(source_markup(text, kept, highlights, prefix), hidden, tagged, frozenset(highlights))


def _static(name: str) -> str:
    """A static file of ``templates/``, checked safe to inline in a CDATA section."""
    text = (templates_dir() / name).read_text(encoding="utf-8")
    if "]]>" in text:
        raise ValueError(f"{name} contains ']]>' and cannot be inlined in XHTML")
    return text


def render_inline(instance: Instance, document: SourceDocument, *, taxonomy: Taxonomy | None = None) -> bytes:
    """The Inline XBRL 1.1 review page of ``instance``, whose facts were read from ``document``."""
    from converter.render import PREFIX, _comment_safe, environment
    from converter.review_panel import panel_rows

    taxonomy = taxonomy or load_taxonomy()
    placed = layout(instance, document, taxonomy, PREFIX)
    page = environment().get_template("ixbrl.xhtml.j2").render(
        instance=instance,
        prefix=PREFIX,
        domains=dict(instance.axes_domains),
        ix_namespace=IX,
        ixt_namespace=IXT,
        title=document.description or document.doc_type or instance.source_file_name,
        source_name=_comment_safe(instance.source_file_name),
        display_name=instance.source_file_name,
        media=document.media,
        markup=Markup(placed.markup),
        hidden=[Markup(h) for h in placed.hidden],
        rows=panel_rows(instance, taxonomy, placed.tagged, placed.located),
        counts={"tagged": len(placed.tagged), "all": len(instance.facts)},
        css=Markup(_static("review.css")),
        js=Markup(_static("review.js")),
        version=__version__,
    )
    return page.encode("utf-8")


def render_ixbrl(converted: "Converted") -> bytes:
    return render_inline(converted.instance, converted.extraction.document)
