"""A count of companies a sentence states the summed figures of: a market's aggregate
("금융업 41개사의 3분기 누적 영업이익은", "Nine firms reported more than ...", "the combined net
profit of 420 out of 512 firms", "the KOSPI-listed companies' net profit", "코스피 상장사들의
순이익은"), never one company's, whoever files the story. Read by
``figure_subjects.NewsCompanies``; the words: ``companies``, ``aggregate`` and ``ko_aggregate`` of
``data/name_words.tsv``.
"""

from __future__ import annotations

import re
from functools import cache

from converter.extract.mechanisms.countries import country_code
from converter.parse.gates import Gated, fold
from converter.parse.numbers import number_words
from converter.resources import data_rows

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
        # (every count names its companies by "개"; most sentences have none)
        return _korean_market(sentence) or _korean_together(sentence)
    m = _KO_COMPANY_COUNT.search(sentence, 0, 80)
    return " ".join(m["name"].split()) if m else _korean_market(sentence) or _korean_together(sentence)


# a subject or topic before the market's companies: the sentence is about another
_KO_SUBJECT_BEFORE = re.compile(r"[가-힣A-Za-z0-9)](?:은|는|이|가)\s")


def _korean_market(sentence: str) -> str | None:
    """"코스피 상장사들의 3분기 순이익은": the companies of a market together, as the subject
    (not "코스피 상장사 X는", a company so described).

    >>> _korean_market("유가증권시장 상장사들의 3분기 순이익은 25조원이다."), _korean_market("코스피 상장사 대한전자는")
    ('유가증권시장 상장사들', None)
    """
    head = sentence[:80]
    if not any(word in head for word in _ko_market_words()):
        return None  # (a market's companies are named by one of its words: most sentences hold none)
    return _korean_market_read(sentence)


def _korean_market_read(sentence: str) -> str | None:
    """``_korean_market`` without its look for the market's words (the plain reading)."""
    m = _ko_market().search(sentence, 0, 80)
    if m is None or _KO_SUBJECT_BEFORE.search(sentence, 0, m.start()):
        return None
    return " ".join(m["name"].split())


@cache
def _ko_market_words() -> tuple[str, ...]:
    return tuple(_words("ko_aggregate"))


@cache
def _ko_market() -> re.Pattern[str]:
    market = "|".join(sorted(_ko_market_words(), key=len, reverse=True))
    return re.compile(rf"""(?P<name>(?:[가-힣A-Za-z]+\s+){{0,2}}?(?:{market})들?)   # 코스피 상장사들
        (?:\([^()\n]{{1,30}}\))?                                              # (금융업 제외)
        (?:\s*\d[\d,]*\s*(?:개\s*)?(?:사|곳)|\s*\d[\d,]*\s*개)?                     # 120곳, 487개: their count
        \s*(?:의|은|는|이|가)\s""", re.VERBOSE)


@cache
def _ko_together() -> re.Pattern[str]:
    together = "|".join(r"\s+".join(w.split()) for w in sorted(_words("ko_together"), key=len, reverse=True))
    measure = "|".join(sorted(_words("ko_measure"), key=len, reverse=True))
    return re.compile(rf"""(?:^|(?<=\s))(?P<name>{together})(?:의|은|는|이|가)\s   # 이들 업체의, 두 회사의
        (?=[^.\n]{{0,30}}?(?:{measure}))                                      # 영업이익은: their figures follow""",
                      re.VERBOSE)


def _korean_together(sentence: str) -> str | None:
    """"이들 업체의 순이익은 ...", "두 회사의 상반기 합산 매출은": companies named
    before, taken together as the subject of the figures that follow (``ko_together`` of
    ``data/name_words.tsv``), not after another subject.

    >>> _korean_together("분석 결과 이들 업체의 순이익은 12조원이다."), _korean_together("양사는 9월 합병했다.")
    ('이들 업체', None)
    """
    if not any(word in sentence[:80] for word in _words("ko_together")):
        return None
    m = _ko_together().search(sentence, 0, 80)
    if m is None or _KO_SUBJECT_BEFORE.search(sentence, 0, m.start()):
        return None
    return " ".join(m["name"].split())


def korean_market_lead(sentence: str) -> str | None:
    """The market's companies a Korean lead states the summed figures of, as the subject after
    the clause naming its source ("한국거래소에 따르면 코스피 상장사들의 3분기 실적은", "…
    실적을 분석한 결과 상장법인 843개사의"; the clause's last words: ``ko_source_clause`` of
    ``data/name_words.tsv``), else as ``korean_company_count`` reads the whole sentence.

    >>> korean_market_lead("거래소가 20일 발표한 '결산실적(연결 512사)'에 따르면 유가증권시장 상장사들의 3분기 매출은 늘었다.")
    '유가증권시장 상장사들'
    >>> korean_market_lead("한빛전자는 3분기 매출이 늘었다고 밝혔다.") is None
    True
    """
    end = source_clause_end(sentence)
    after = sentence[end:] if end else ""
    return (korean_company_count(after) if after else None) or korean_company_count(sentence) \
        or (_surveyed(sentence[:end]) if end else None)


def source_clause_end(sentence: str, within: int | None = None) -> int:
    """Where the clause of a Korean sentence naming its source or method ends ("한국거래소에
    따르면 ", "… 실적을 분석한 결과, ", "… 실적을 보면 "; its last words: ``ko_source_clause`` of
    ``data/name_words.tsv``), the sentence's own subject after it; 0 where it names none (or
    none ending in its first ``within`` characters).

    >>> s = "거래소가 상장사 120곳의 실적을 분석한 결과, 가온전자는 매출이 1위였다."
    >>> s[source_clause_end(s):]
    '가온전자는 매출이 1위였다.'
    """
    return max((m.end() for m in _source_clause().finditer(sentence, 0, within or len(sentence))), default=0)


@cache
def _source_clause() -> re.Pattern[str]:
    """The last word of a source clause standing alone (not the end of '결산결과'), then its comma or space."""
    ends = "|".join(sorted(_words("ko_source_clause"), key=len, reverse=True))
    return re.compile(rf"(?<![가-힣])(?:{ends})(?:\s*,\s*|\s+)")


def _surveyed(clause: str) -> str | None:
    """The market's companies a source clause says were surveyed ("유가증권시장 결산법인 420곳의 3분기
    실적을 분석한 결과"): the story is the market's, whatever subject the sentence goes on to."""
    m = _ko_market().search(clause)
    return " ".join(m["name"].split()) if m else None


def _words(kind: str) -> list[str]:
    return [phrase for k, phrase in data_rows("name_words.tsv") if k == kind]


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
        return _nation(sentence)  # (no word for companies: most sentences, tried against every number word)
    m = _english_count().match(sentence)
    return " ".join(m["name"].split()) if m else _english_sum(sentence)


@cache
def _english_gated() -> Gated:
    return Gated(_english_count())


@cache
def _english_summed() -> re.Pattern[str]:
    """Companies summed: after 'combined ... of', as a possessive, or opening the sentence (a
    plural noun in lower case after a qualifier: 'Acme Companies' is a name, 'the companies' the
    ones named before)."""
    firms = "|".join(r"\s+".join(w.split()) for w in _words("companies"))
    summed = "|".join(_words("aggregate"))
    return re.compile(rf"""\b(?:{summed})\s+(?:[\w-]+\s+){{0,3}}?of\s+(?:the\s+)?     # combined net profit of
        (?P<counted>(?:\d[\d,]*\s+(?:out\s+of\s+\d[\d,]*\s+)?)?                     # 420 out of 512
                    (?:[\w-]+\s+){{0,2}}?(?:{firms}))\b                                # listed firms
      | (?P<listed>(?:[A-Za-z]+-)?listed\s+(?:{firms}))[’']                            # KOSPI-listed companies'
      | ^\s*(?:[^,]{{0,60}},\s*)?(?:the\s+|all\s+)?                                 # (In Korea,) the
        (?P<opening>(?:[A-Za-z]+-)?listed\s+(?:{firms})                                  # listed companies
          |(?:(?!(?:the|these|those|such|both|its|their|our)\b)[A-Za-z-]+\s+){{1,2}}?(?-i:{firms})  # major Japanese firms
          |(?:{firms})(?=\s+(?:listed|in|on|that|which|whose)\b))\b                       # Companies listed on
        (?!\s*,?\s*(?:Inc|Ltd|Co|Corp|LLC|plc)\b)                                         # (no name: 'Acme Companies, Inc.')""",
                      re.VERBOSE | re.IGNORECASE)


# a figure of the sentence: a company named after it is a later clause's subject
_FIGURE = re.compile(r"[$€£¥₩₹]\s*\d|\d\s*(?:%|percent|per\s*cent|(?:thousand|million|billion|trillion|crores?|lakhs?|bn|mn)\b)",
                     re.I)


def holds_figure(sentence: str) -> bool:
    """Whether an English sentence states an amount or a percentage ("$5 million", "18%")."""
    return _FIGURE.search(sentence) is not None


def _english_sum(sentence: str) -> str | None:
    """"the combined net profit of 420 out of 512 firms", "the KOSPI-listed companies' net
    profit", "Listed companies in Korea posted": the companies whose summed figures an English
    sentence states, named before its first figure.

    >>> _english_sum("In the quarter, the combined net profit of 420 out of 512 firms came to 18.2 trillion won.")
    '420 out of 512 firms'
    >>> _english_sum("During the year, the KOSPI-listed companies' net profit dipped 7.25 percent.")
    'KOSPI-listed companies'
    >>> _english_sum("Hanil Steel's profit rose 5%, beating the combined profit of its rivals.") is None
    True
    """
    m = _english_summed().search(sentence)
    if m is None or _FIGURE.search(sentence, 0, m.start()):
        return _nation(sentence)
    return " ".join((m["counted"] or m["listed"] or m["opening"]).split())


@cache
def _nation_words() -> re.Pattern[str]:
    """"Japan Inc.", "Corporate Japan": a country's name with a word naming its companies."""
    after, before = "|".join(_words("nation_after")), "|".join(_words("nation_before"))
    country = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
    return re.compile(rf"""(?P<name>(?i:{before})\s+(?P<a>{country})       # Corporate Japan
                         |(?P<b>{country})\s+(?:{after})\b\.?)               # Japan Inc.""", re.VERBOSE)


@cache
def _nation_gate() -> re.Pattern[str]:
    """A word of ``_nation_words`` where it can stand ("Japan Inc", "Corporate Japan")."""
    after, before = "|".join(_words("nation_after")), "|".join(_words("nation_before"))
    return re.compile(rf"\s(?:{after})\b|\b(?i:{before})\s")


@cache
def _nation_spellings() -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The words of ``_nation_gate`` as a sentence must hold them: those after a country as
    printed (the gate reads them in their case), those before it folded (read in any case);
    None where a word is no plain literal (then no substring can stand for it)."""
    after, before = _words("nation_after"), _words("nation_before")
    if any(re.escape(w) != w for w in (*after, *before)):
        return None
    return tuple(after), tuple(fold(w) for w in before)


def _may_name_nation(sentence: str) -> bool:
    """Whether ``sentence`` holds a word ``_nation_gate`` needs: substring tests, where the
    gate's search tries its words at every character of every English sentence."""
    spellings = _nation_spellings()
    if spellings is None:
        return True
    after, before = spellings
    if any(w in sentence for w in after):
        return True
    folded = fold(sentence) if before else ""
    return any(w in folded for w in before)


# a capitalised word, "of", "&" before "Japan Inc.": a company's own name ("Acme Japan Inc.")
_NAMED_BEFORE = re.compile(r"(?:[A-Z][\w.-]*|of|&|and)\s+$")


def _nation(sentence: str) -> str | None:
    """"Japan Inc.'s aggregate net profit", "Corporate Japan rakes in": a country's companies
    together, named before the sentence's first figure.

    >>> _nation("TOKYO -- Hanland Inc.'s aggregate net profit rose 5%."), _nation("Korea Inc.'s net profit rose 5%.")
    (None, 'Korea Inc.')
    >>> _nation("Acme Korea Inc. said net profit rose 5%.") is None
    True
    """
    if not _may_name_nation(sentence) or not _nation_gate().search(sentence):
        return None  # (most sentences hold neither word)
    figure = _FIGURE.search(sentence)
    for m in _nation_words().finditer(sentence, 0, figure.start() if figure else len(sentence)):
        country = m["a"] or m["b"]
        code = country_code(country)
        if code is None or code[1] != 0 or code[2] != len(country) or _NAMED_BEFORE.search(sentence, 0, m.start()):
            continue
        return " ".join(m["name"].split())
    return None
