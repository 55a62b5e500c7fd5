"""A Schedule 13D / 13G cover's title: the banner its form prints ("SCHEDULE 13D/A"), never the
issuer's name above its caption nor the form's legal basis under the banner."""

from __future__ import annotations

import re
from functools import cache

from converter.extract.anchors import Located
from converter.extract.mechanisms.lines import squash
from converter.extract.mechanisms.name_match import phrase_pattern

SCHEDULE_HEAD = 4000  # where a schedule's banner stands: above the front page's captions


@cache
def _schedule_banner() -> re.Pattern[str]:
    """The schedule's name alone on its line, or, in a cover run onto one line, followed by
    what the form prints under it (``beneficial_ownership_phrases.tsv``)."""
    name, after = phrase_pattern("schedule"), phrase_pattern("schedule_banner_next")
    return re.compile(
        rf"""(?:^[ \t|]*(?P<alone>{name})(?![\w/])[ \t|]*$   # 'SCHEDULE 13D/A' alone on its line
        | (?<=\s)(?P<run>{name})(?![\w/])(?=\s+{after}))    # '... SCHEDULE 13G (RULE 13d-102) ...'
        """, re.IGNORECASE | re.MULTILINE | re.VERBOSE)


def schedule_banner(text: str) -> Located | None:
    """A Schedule 13D / 13G cover's title: its banner as printed ('SCHEDULE 13D/A'), never the
    issuer's name above its caption or the form's legal basis under the banner; None when the
    head prints no banner.

    >>> schedule_banner("   SCHEDULE 13D\\n   (Amendment No. 2)*\\n   Acme Corp\\n   (Name of Issuer)").value
    'SCHEDULE 13D'
    >>> schedule_banner("COMMISSION ----- Schedule 13G (Rule 13d-102) Acme Corp -----").value
    'Schedule 13G'
    >>> schedule_banner("filed on Schedule 13D by the persons named below") is None
    True
    """
    m = _schedule_banner().search(text, 0, SCHEDULE_HEAD)
    if m is None:
        return None
    group = "alone" if m["alone"] else "run"
    return Located(squash(m[group]), m.start(group), m.end(group))
