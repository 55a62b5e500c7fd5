"""A DART form's share-count labels, which close on "(주)" as a company's name may: in a form's
row "(주)" is the unit 주 (shares), "장외처분(주)", "소각할 주식(주)", never a legal form
(``registrant_heads`` asks before it takes a line for a letterhead).
"""

from __future__ import annotations

import re

from converter.extract.mechanisms.lines import CELL_MARK
from converter.extract.mechanisms.names import KOREAN_MARKER

# a label closing on '(주)' ('장외처분(주)', '소각할 주식(주)'): in a form's row the unit 주 (shares)
_KO_UNIT_AT_END = re.compile(r"\(\s*주\s*\)\s*$")
# a count's row value after its label, in the same row or on the next line: a figure, the dash
# of none, or the class of shares its figure follows ('보통주식 |' / '1,200')
_KO_COUNT_VALUE = re.compile(
    r"""[ \t|]*(?:\d{1,3}(?:,\d{3})+|\d+  # a count ('1,200'), not a date ('2031.05.12')
    | [-–—]                            # none
    | (?:보통|기타|종류|우선)\s*주식?   # a class of shares, its count on the next line
    )[ \t|]*$""",
    re.VERBOSE,
)
# the title of a DART decision form on a document's first line ('자기주식 처분 결정', '주식소각결정')
DECISION_FORM_TITLE = re.compile(r"결\s*정\s*(?:\(\s*[^()\n]{0,20}\))?[ \t|]*$")


def share_count_label(line: str, rest: str, below: str, decision_form: bool) -> bool:
    """Whether a Hangul line closing on '(주)' is a share count's label, the unit 주 (shares),
    not a company's legal form: its row's value follows (``rest``: the row after the label on
    the same line; ``below``: the next line), or it is a cell of a decision form's table.

    >>> share_count_label("장외처분(주)", "", "-", False), share_count_label("소각할 주식(주)", "| 1,200", "", False)
    (True, True)
    >>> share_count_label("기 타(주)", "|", "", True), share_count_label("가람전자(주)", "", "대표이사 홍길동", False)
    (True, False)
    >>> share_count_label("(주)가람전자", "", "-", False), share_count_label("가람전자(주)", "", "2031.05.12", False)
    (False, False)
    """
    if not _KO_UNIT_AT_END.search(line) or KOREAN_MARKER.match(line):
        return False  # no '(주)' closing it, or a marker opening it too ('(주)가람전자(주)' is no count)
    if rest.strip(" \t|"):
        return bool(_KO_COUNT_VALUE.fullmatch(rest))
    return bool(_KO_COUNT_VALUE.fullmatch(below)) or decision_form and CELL_MARK in rest
