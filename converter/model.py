"""Value objects passed between the pipeline stages.

ingest -> classify -> extract -> map -> render -> validate. Each stage takes the frozen values
of the stage before it and returns its own; none reaches back. Offsets are character offsets
into the decoded original file (``Filing.raw``), so a fact can always point at its source words.
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
import functools
from dataclasses import dataclass, field
from decimal import Decimal


# --------------------------------------------------------------------------------------------
# Source text
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class Span:
    """Half-open character range ``[start, end)`` in the decoded original file."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}-{self.end}")

    def __str__(self) -> str:
        return f"{self.start}-{self.end}"


@dataclass(frozen=True)
class Segment:
    """A run of ``length`` characters copied unchanged from raw offset ``raw_start``
    to clean-text offset ``text_start``."""

    text_start: int
    raw_start: int
    length: int


@dataclass(frozen=True)
class HeaderAddress:
    """An address section of an EDGAR header (``BUSINESS ADDRESS:``), its fields as printed."""

    street1: str | None = None
    street2: str | None = None
    city: str | None = None
    state: str | None = None  # an EDGAR state or country code: 'CA', 'M5' (Korea), 'K3' (Hong Kong)
    zip: str | None = None


@dataclass(frozen=True)
class FilingHeader:
    """What an EDGAR ``<SEC-HEADER>`` says about the submission.

    ``spans`` gives where each value sits in the raw file, by field name (``company_name``,
    ``cik``, ``period``, ``filed_as_of``, ``file_number``, ``business_phone``,
    ``state_of_incorporation``, ``fiscal_year_end``, ``street1``, ``street2``, ``city``,
    ``state``, ``zip``...), so a fact read from the header points at the header's words.
    """

    company_name: str | None = None
    cik: str | None = None  # 10 digits, zero padded
    form_type: str | None = None
    filed_as_of: dt.date | None = None
    period: dt.date | None = None
    accession_number: str | None = None
    file_number: str | None = None
    business_address: HeaderAddress | None = None
    business_phone: str | None = None  # as printed: digits, often with the calling code glued on
    state_of_incorporation: str | None = None  # an EDGAR state or country code
    fiscal_year_end: str | None = None  # MMDD as printed, e.g. '1231'
    # which section named the company: 'SUBJECT COMPANY' (a form others file about it), 'FILER'...
    company_section: str | None = None
    filed_by: str | None = None  # the FILED BY company of a form filed about a SUBJECT COMPANY
    filed_by_cik: str | None = None  # its CIK, 10 digits, zero padded
    group_members: tuple[str, ...] = ()  # GROUP MEMBERS, each as printed, in order
    spans: tuple[tuple[str, Span], ...] = ()

    @property
    def filer_cik(self) -> str | None:
        """The CIK of who files the submission: a form filed about a SUBJECT COMPANY (a
        Schedule 13D or 13G) is filed BY another, whose CIK is the filing's entity's; the
        subject company's is never it (none where the header names no FILED BY)."""
        return self.filed_by_cik if self.company_section == "SUBJECT COMPANY" else self.cik

    def span_of(self, field_name: str) -> Span | None:
        """Raw span of the value of ``field_name``, where the header printed it."""
        return next((span for name, span in self.spans if name == field_name), None)

    def spans_of(self, field_name: str) -> tuple[Span, ...]:
        """Raw spans of every value of a repeated field (``group_member``), in order."""
        return tuple(span for name, span in self.spans if name == field_name)


@dataclass(frozen=True)
class SourceDocument:
    """One document of a filing: its clean text and the map back to the original file.

    ``text`` is what extractors read: page markers and SGML/HTML tags removed, layout kept.
    ``segments`` map every character of ``text`` to its offset in ``raw`` (characters that
    ingest inserted, such as a newline standing for ``<br>``, map to the nearest source char).
    """

    name: str  # file name used in messages
    raw: str  # the whole decoded original file (shared by all documents of a filing)
    text: str
    segments: tuple[Segment, ...]
    page_starts: tuple[int, ...] = (0,)  # text offsets where page 1, 2, ... begin
    doc_type: str | None = None  # <TYPE> of an EDGAR submission document
    filename: str | None = None
    description: str | None = None
    sequence: int = 1
    media: str = "text"  # "text" or "html"
    # text ranges the source lays out centred (HTML markup; plain text centres with spaces)
    centered: tuple[tuple[int, int], ...] = ()

    def is_centered(self, offset: int) -> bool:
        """True when the character at ``offset`` of ``text`` is in a centred block of the source."""
        i = bisect.bisect_right(self.centered, (offset, len(self.text) + 1)) - 1
        return i >= 0 and self.centered[i][0] <= offset < self.centered[i][1]

    @functools.cached_property
    def _segment_starts(self) -> list[int]:
        return [s.text_start for s in self.segments]

    def raw_offset(self, text_offset: int) -> int:
        """Offset in ``raw`` of the character at ``text_offset`` in ``text``."""
        if not self.segments:
            return 0
        i = max(bisect.bisect_right(self._segment_starts, text_offset) - 1, 0)
        seg = self.segments[i]
        return seg.raw_start + min(max(text_offset - seg.text_start, 0), seg.length)

    def span(self, start: int, end: int) -> Span:
        """Raw span of the clean-text range ``[start, end)``: :meth:`raw_offset` of its first and
        last characters, searching the segments once when both lie in one segment (most spans)."""
        segments = self.segments
        if not segments or end - 1 <= start:
            return self._span_plain(start, end)
        starts = self._segment_starts
        i = max(bisect.bisect_right(starts, start) - 1, 0)
        last = end - 1
        # the starts are sorted: the last character lies in segment i unless the next one starts by it
        j = i if i + 1 == len(starts) or last < starts[i + 1] else bisect.bisect_right(starts, last, i + 1) - 1
        seg, end_seg = segments[i], segments[j]
        return Span(seg.raw_start + min(max(start - seg.text_start, 0), seg.length),
                    end_seg.raw_start + min(max(last - end_seg.text_start, 0), end_seg.length) + 1)

    def _span_plain(self, start: int, end: int) -> Span:
        """:meth:`span` from two calls of :meth:`raw_offset` (the definition it follows)."""
        if end <= start:
            first = self.raw_offset(start)
            return Span(first, first)
        return Span(self.raw_offset(start), self.raw_offset(end - 1) + 1)

    def page_of(self, text_offset: int) -> int:
        return bisect.bisect_right(self.page_starts, text_offset)

    def line_of(self, raw_offset: int) -> int:
        """1-based line number in the original file."""
        return bisect.bisect_right(line_starts(self.raw), raw_offset)


@functools.lru_cache(maxsize=2)
def line_starts(raw: str) -> list[int]:
    """Where each line of ``raw`` starts. Cached by the text, not per document: the documents of
    a submission share one ``raw``, and each computing it made a 500-document filing quadratic."""
    starts = [0]
    find = raw.find
    i = find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = find("\n", i + 1)
    return starts


@dataclass(frozen=True)
class Filing:
    """What ingest makes of one input file."""

    name: str
    raw: str
    encoding: str
    documents: tuple[SourceDocument, ...]
    header: FilingHeader | None = None
    warnings: tuple[str, ...] = ()


# --------------------------------------------------------------------------------------------
# Classification
# --------------------------------------------------------------------------------------------


class DocumentFamily(str, enum.Enum):
    COVER_6K = "6-K cover"
    COVER_20F = "20-F cover"
    PRESS_RELEASE = "press release"
    JOINT_FILING_AGREEMENT = "joint filing agreement"
    SCHEDULE_13 = "schedule 13D/13G"
    OTHER = "other"


@dataclass(frozen=True)
class Classification:
    family: DocumentFamily
    score: int
    evidence: tuple[str, ...]  # the phrases and layout features that decided it


# --------------------------------------------------------------------------------------------
# Extraction: observations stated in XBRL vocabulary, not yet laid out as contexts and units
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """An instant (``start is None``), a duration ``start..end`` (both days inclusive), or
    ``forever`` (``end is None``): the period of document and entity facts of a document
    that states no date at all (XBRL 2.1 section 4.7.2 admits it for duration concepts)."""

    end: dt.date | None
    start: dt.date | None = None

    def __post_init__(self) -> None:
        if self.end is None and self.start is not None:
            raise ValueError(f"period starts {self.start} but has no end")
        if self.start is not None and self.start > self.end:
            raise ValueError(f"period starts {self.start} after it ends {self.end}")

    @classmethod
    def instant(cls, day: dt.date) -> "Period":
        return cls(end=day)

    @classmethod
    def duration(cls, start: dt.date, end: dt.date) -> "Period":
        return cls(end=end, start=start)

    @classmethod
    def forever(cls) -> "Period":
        return cls(end=None)

    @property
    def is_forever(self) -> bool:
        return self.end is None

    @property
    def is_instant(self) -> bool:
        return self.start is None and self.end is not None

    @property
    def is_duration(self) -> bool:
        """A duration concept's period: start..end or forever."""
        return not self.is_instant

    def _key(self) -> tuple[int, dt.date, dt.date]:
        # forever first, then by end, then by start (an instant before the durations ending that day)
        return (self.end is not None, self.end or dt.date.min, self.start or dt.date.min)

    def __lt__(self, other: "Period") -> bool:
        return self._key() < other._key()

    def __le__(self, other: "Period") -> bool:
        return self._key() <= other._key()

    def __gt__(self, other: "Period") -> bool:
        return self._key() > other._key()

    def __ge__(self, other: "Period") -> bool:
        return self._key() >= other._key()

    def __str__(self) -> str:
        if self.end is None:
            return "forever"
        return str(self.end) if self.start is None else f"{self.start}/{self.end}"


@dataclass(frozen=True, order=True)
class UnitSpec:
    """Measures as QNames with the standard prefixes ``iso4217``, ``xbrli`` (and ``d2x``)."""

    numerator: tuple[str, ...]
    denominator: tuple[str, ...] = ()

    @classmethod
    def currency(cls, code: str) -> "UnitSpec":
        return cls((f"iso4217:{code}",))

    @classmethod
    def per_share(cls, code: str) -> "UnitSpec":
        return cls((f"iso4217:{code}",), ("xbrli:shares",))

    @property
    def currency_code(self) -> str | None:
        """ISO 4217 code of a plain currency unit, else None."""
        if not self.denominator and len(self.numerator) == 1:
            prefix, _, code = self.numerator[0].partition(":")
            if prefix == "iso4217":
                return code
        return None


PURE = UnitSpec(("xbrli:pure",))
SHARES = UnitSpec(("xbrli:shares",))

Value = str | Decimal | int | bool | dt.date


@dataclass(frozen=True)
class Observation:
    """One thing a document states, named by a taxonomy concept (local name).

    ``dimensions`` are typed-dimension members as ``(axis local name, member value)`` pairs.
    Numeric values are ``Decimal`` (or ``int``) at full scale; ``decimals`` is the precision
    the text stated (``None`` only for non-numeric values).
    """

    concept: str
    value: Value
    period: Period
    unit: UnitSpec | None = None
    decimals: int | None = None
    dimensions: tuple[tuple[str, str], ...] = ()
    lang: str | None = None
    span: Span | None = None
    rule: str = ""  # which extraction rule produced it, for reports and debugging


@dataclass(frozen=True)
class Mention:
    """A number in the text that no rule turned into an observation (the unmapped report)."""

    text: str
    span: Span
    reason: str = "no concept"


@dataclass(frozen=True)
class EntityInfo:
    """Who the document is about, as far as extraction could tell."""

    name: str | None = None
    cik: str | None = None


@dataclass(frozen=True)
class Extraction:
    document: SourceDocument
    classification: Classification
    entity: EntityInfo
    document_period: Period  # the duration the document-level facts are reported for
    observations: tuple[Observation, ...]
    unmapped: tuple[Mention, ...] = ()
    warnings: tuple[str, ...] = ()


# --------------------------------------------------------------------------------------------
# XBRL layout: what map produces and render writes
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class Context:
    id: str
    scheme: str
    identifier: str
    period: Period
    dimensions: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, order=True)
class Unit:
    id: str
    spec: UnitSpec


@dataclass(frozen=True)
class Fact:
    concept: str  # local name in the taxonomy namespace
    context_id: str
    value: str  # lexical form, exactly as it is written into the instance
    unit_id: str | None = None
    decimals: str | None = None  # "INF" or an integer as text
    lang: str | None = None
    span: Span | None = None
    line: int | None = None
    id: str = ""


@dataclass(frozen=True)
class Instance:
    """Everything render needs: no decisions are left to the template."""

    source_name: str
    source_sha256: str
    schema_ref: str
    namespace: str
    contexts: tuple[Context, ...]
    units: tuple[Unit, ...]
    facts: tuple[Fact, ...]
    axes_domains: tuple[tuple[str, str], ...] = field(default=())  # axis -> typed domain element

    @property
    def source_file_name(self) -> str:
        """The source's file name without its folder: output bytes must not depend on where it lay."""
        return self.source_name.replace("\\", "/").rsplit("/", 1)[-1]
