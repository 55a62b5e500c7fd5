"""A count of companies a sentence states the summed figures of: a market's aggregate
("금융업 41개사의 3분기 누적 영업이익은", "Nine firms reported more than ..."), never one
company's, whoever files the story. Read by ``figure_subjects.NewsCompanies``.
"""

from __future__ import annotations

import re
from functools import cache

from converter.parse.gates import Gated, fold
from converter.parse.numbers import number_words

# "금융업 41개사의 영업이익은", "상장기업 614개사(금융업 제외)의": the sum of a number of companies
_KO_COMPANY_COUNT = re.compile(
    r"""(?P<name>(?:[가-힣A-Za-z]+\s*)?\d[\d,]*\s*개\s*(?:사|기업|회사|상장사|업체))  # 금융업 41개사
    (?:\([^()\n]{1,30}\))?                                                     # (금융업 제외)
    \s*(?:의|은|는|이|가)\s""",
    re.VERBOSE,
)



@cache
def _english_count() -> re.Pattern[str]:
    """"Nine Korean firms", "The 614 listed companies": a count (in figures or words:
    ``data/number_words.tsv``) of companies opening a sentence, maybe after a connective."""
    spelt = "|".join(sorted((w for w, (_, kind) in number_words().items() if kind == "cardinal"), key=len, reverse=True))
    return re.compile(rf"""^\s*(?:[A-Z][a-z]+,\s*)?(?:the\s+|all\s+)?     # Still, the
        (?P<name>(?:\d[\d,]*|{spelt})\s+(?:[\w-]+\s+){{0,3}}?                 # nine Korean
        (?:firms|companies|corporations|issuers|conglomerates|groups|listed\s+companies))\b""",
                      re.VERBOSE | re.IGNORECASE)


def korean_company_count(sentence: str) -> str | None:
    """"금융업 41개사의 3분기 누적 영업이익은 ...": the number of companies whose summed figures a
    Korean sentence states (a market's aggregate, never one company's), named in its first words.

    >>> korean_company_count("이와 함께 금융업 41개사의 3분기 누적 영업이익은 4조원으로 늘었다.")
    '금융업 41개사'
    >>> korean_company_count("대한전자는 1분기 영업이익이 41억원이라고 밝혔다.") is None
    True
    """
    if sentence.find("개", 0, 80) < 0:
        return None  # (every count names its companies by "개"; most sentences have none)
    m = _KO_COMPANY_COUNT.search(sentence, 0, 80)
    return " ".join(m["name"].split()) if m else None


def english_company_count(sentence: str) -> str | None:
    """"Still, nine firms reported more than ...": the count of companies an English sentence
    opens with.

    >>> english_company_count("Still, nine firms reported more than a 1 trillion won operating profit.")
    'nine firms'
    >>> english_company_count("The 614 listed companies' combined operating profit rose 65%.")
    '614 listed companies'
    >>> english_company_count("Hanil Steel said nine firms joined.") is None
    True
    """
    if not _english_gated().may_match(fold(sentence)):
        return None  # (no word for companies: most sentences, tried against every number word)
    m = _english_count().match(sentence)
    return " ".join(m["name"].split()) if m else None


@cache
def _english_gated() -> Gated:
    return Gated(_english_count())
