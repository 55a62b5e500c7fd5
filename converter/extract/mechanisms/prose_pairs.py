"""An earlier period's figure is the pair of the current figure it is compared with.

Summaries of results (a results announcement's highlights, a generated summary of an annual
report) state one measure more than once, each time of a different scope: "net profit of HKD
2,100 million for 2022, compared to HKD 5,400 million in 2021" and "the net profit for the year
was HKD 800 million ... compared to HKD 4,300 million in 2021" (the group's, the company's, the
shareholders'). Each earlier figure belongs with its own current figure. Where two such earlier
figures give one fact (measure, period, company) two values, the one kept must be the pair of
the current figure the document reports for its period: the one whose sentence states the same
measure's current figure on a dated period, the value reported for it (the first stated, as
``map`` keeps the first of differing values). The others, and all of them where none or several
differing ones are so paired, are reported unmapped with why: a value of another scope is worse
than none.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict

from converter.extract.base import DocumentContext
from converter.extract.mechanisms.sentences import Collected, Sentence
from converter.extract.mechanisms.stated_periods import STATED_PERIOD_AXIS
from converter.extract.mechanisms.prose_figures import Binding
from converter.model import Mention, Observation, Period
from converter.rounding import consistent, consistent_as_stated

__all__ = ["leave_out_unpaired_comparatives", "month_point"]

MONTH_POINT = "a comparison point named by its month (\"against X in September 2019\"), not a flow of that month"

_COMPARATIVE = "press:comparative"
_PRIMARY = "press:primary"


def _fact(o: Observation) -> tuple:
    return (o.concept, o.period, o.dimensions, o.unit, o.lang)


def _dated(o: Observation) -> bool:
    """A figure of a period the document dates (not one named without its year)."""
    return not o.period.is_forever and not any(axis == STATED_PERIOD_AXIS for axis, _ in o.dimensions)


def _agreeing(group: list[Observation]) -> bool:
    """Whether the values state one figure: equal, or one the other's rounding ("765 million" and
    "765.3 million"), which ``map`` merges."""
    first = group[0]
    return all(o.value == first.value or consistent(first, o) or consistent_as_stated(first, o) for o in group[1:])


def leave_out_unpaired_comparatives(ctx: DocumentContext, out: Collected, spans: list[Sentence]) -> None:
    """Of differing earlier-period values of one fact, keep only the one paired with a dated
    current figure of its measure in its sentence (see the module docstring)."""
    earlier: dict[tuple, list[Observation]] = defaultdict(list)
    for o in out.observations:
        if o.rule.startswith(_COMPARATIVE) and o.span is not None:
            earlier[_fact(o)].append(o)
    differing = [group for group in earlier.values() if not _agreeing(group)]
    if not differing:
        return
    starts = [ctx.span(s.start, s.end).start for s in spans]

    def sentence_of(o: Observation) -> int:
        return bisect_right(starts, o.span.start) - 1 if o.span is not None else -1

    reported: dict[tuple, object] = {}  # the value each current fact keeps: its first (as ``map`` keeps)
    for o in out.observations:
        reported.setdefault(_fact(o), o.value)
    current = {(sentence_of(o), o.concept) for o in out.observations
               if o.rule.startswith(_PRIMARY) and _dated(o) and reported[_fact(o)] == o.value}
    dropped: list[Observation] = []
    for group in differing:
        paired = [o for o in group if (sentence_of(o), o.concept) in current]
        keep = paired if paired and _agreeing(paired) else []
        dropped += [o for o in group if not any(o is k for k in keep)]
    for o in dropped:  # (the span is the original file's, so the value stands for the figure's words)
        out.unmapped.append(Mention(str(o.value), o.span,
                                    f"{o.concept} of {o.period}: the earlier figure of another current "
                                    f"figure than the one reported (a different scope)"))
    out.observations[:] = [o for o in out.observations if not any(o is d for d in dropped)]


def _one_month(period: Period | None) -> bool:
    """A period of one calendar month (September 2019), not a quarter or a year."""
    if period is None or period.start is None or period.start.day != 1:
        return False
    return (period.start.year, period.start.month) == (period.end.year, period.end.month)


def month_point(b: Binding, bindings: list[Binding]) -> bool:
    """"capex rose to Rs 310 crore in the quarter, against Rs 250 crore in September 2019":
    the figure compared with is named by a month, but a quarter's flow is not compared with one
    month's; the month is the comparison's point (a balance then, a run rate), which the story
    does not say. A compared figure of a month is read as that month's only where the sentence's
    own figure of the measure is a month's too ("sales for September 2020 were ..., against ...
    in September 2019")."""
    if b.role != "comparative" or not _one_month(b.period):
        return False
    own = [p.period for p in bindings if p.role == "primary" and p.concept == b.concept]
    return not own or not all(_one_month(period) for period in own)
