"""Another company, however many words its name shares with the registrant's: a unit, subsidiary
or affiliate a sentence's lead clause names in apposition ("Daehan Steel's plate unit, Daehan
Plate Co., posted ...", "Daehan Solar, the solar unit of the group, registered ..."). Read by
``figure_subjects.NewsCompanies`` (moved from there, which had grown past 500 lines).
"""

from __future__ import annotations

import re

from converter.extract.mechanisms.sentences import gated_search
from converter.parse.gates import Gated

_DIGIT = re.compile(r"\d")
# "Daehan Steel's shipbuilding-plate unit, Daehan Plate Co., posted", "the Company's European
# subsidiary, Mikuni Europe GmbH, ...": another company, whatever words its name shares
_RELATED_COMPANY = Gated(re.compile(
    r"""\b(?:unit|subsidiary|affiliate|associate|arm|joint\s+venture|parent(?:\s+company)?)  # its unit
    \s*,\s*(?P<name>[A-Z][\w&.-]*(?:[ \t]+(?:[A-Z][\w&.-]*|&))*)    # , Daehan Plate Co.
    (?:\s*,?\s+(?:Co|Corp|Inc|Ltd|Limited|GmbH|AG|plc|S\.A)\b\.?)?       # a legal form after a comma
    \s*,""",
    re.VERBOSE,
))
# "Hanbit Solar, the solar unit of the group, registered ...": a sentence opening with a company
# its apposition names a part of another (a group's affiliate shares the group's name)
_NAMED_AS_UNIT = re.compile(
    r"""^\s*(?P<name>[A-Z][\w&.-]*(?:[ \t]+(?:[A-Z][\w&.-]*|&))*)   # Hanbit Solar
    \s*,\s*(?:the|an?|its|one\s+of\s+(?:the|its))\s+(?:[\w-]+\s+){0,4}?      # , the solar
    (?:unit|subsidiary|subsidiaries|affiliates?|arm|division)\s+of\b        # unit of""",
    re.VERBOSE,
)

def related_company(sentence: str) -> str | None:
    """The unit, subsidiary or affiliate a sentence's lead clause is about, named in apposition.

    >>> related_company("Daehan Steel's plate unit, Daehan Plate Co., posted a profit of 45.6 billion won.")
    'Daehan Plate Co.'
    >>> related_company("Sales of the Company's European subsidiary, Mikuni Europe GmbH, rose to EUR 41 million.")
    'Mikuni Europe GmbH'
    >>> related_company("Net sales rose 5% to 4.1 billion yen, led by its unit, Kato Co., in Osaka.") is None
    True
    >>> related_company("Daehan Solar, the solar unit of the group, registered a net profit of 3.1 billion won.")
    'Daehan Solar'
    """
    unit = _NAMED_AS_UNIT.match(sentence)
    if unit is not None:
        return unit["name"]
    m = gated_search(_RELATED_COMPANY, sentence)
    if m is None or _DIGIT.search(sentence[:m.start()]):
        return None
    return sentence[m.start("name"):m.end()].rstrip(" ,")
