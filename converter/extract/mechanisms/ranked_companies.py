"""Korean companies a figure of a news story is told of by the words around it: the company a
figure in parentheses is an aside about ("같은 기간 누리은행은 순손실(386억원)을 냈다"), the companies
a ranking lists each with its figure ("가람전자가 2조원으로 가장 많았고 이어 한빛텔레콤 6,120억원,
새봄모터스 5,432억원 등의 순이었다"). Read by ``figure_subjects.NewsCompanies``.
"""

from __future__ import annotations

import re

# an amount of a Korean sentence: a figure with its unit or scale ("3천210억원", "12%")
_KO_AMOUNT = re.compile(r"\d[\d,.]*\s*(?:조|억|만|천|원|%|달러)")


# the words before a figure's parenthesis glued to a word: "누리은행은 순손실(", "누리은행의 순손실(",
# "경쟁사인 누리은행(" (the figure's sign inside it: "(-386억원)", "(△386억원)")
_ASIDE_HEAD = re.compile(r"""
    (?:(?P<owner>[가-힣A-Za-z0-9&·]+?)(?:은|는|이|가|도|의)\s+)?   # the word before, with its particle
    (?P<word>[가-힣A-Za-z0-9&·]+)                                  # the word the parenthesis is glued to
    \(\s*[-−△▲]?\s*$                                              # the parenthesis, up to the figure
    """, re.VERBOSE)


def _company_word(name: str) -> bool:
    """Whether a Korean name is told a company's by its words: a trade's word at its end after
    a name of two letters or more ("누리은행", "가람전자": ``ko_company_word``; "반도체" alone is
    a business, a part) or its legal-form marker."""
    from converter.extract.mechanisms.names import KOREAN_MARKER, words
    return bool(KOREAN_MARKER.search(name)) or \
        any(name.endswith(word) and len(name) >= len(word) + 2 for word in words("ko_company_word"))


# "한빛텔레콤 6,120억원", "새봄모터스 5조4,320억원": a name, then its figure with a scale
_LISTED = re.compile(r"(?:^|(?<=[\s,·]))(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9&]{2,15})\s+\d[\d,.]*\s*(?:조|억)")


def listed_companies(sentence: str) -> list[str]:
    """The companies a Korean sentence lists each with its figure ("... 이어 한빛텔레콤 6,120억원,
    새봄모터스 5,432억원 등의 순이었다"), told companies by their names' words.

    >>> listed_companies("이어 한빛텔레콤 6,120억원, 새봄모터스 5,432억원, 반도체 1조원 등이다.")
    ['한빛텔레콤', '새봄모터스']
    """
    if "억" not in sentence and "조" not in sentence:
        return []
    return [m["name"] for m in _LISTED.finditer(sentence) if _company_word(m["name"])]


# "매출액은 가람전자가 12조원으로 가장 많았고": the company a ranking opens on, marked as the subject
_RANKED_HEAD = re.compile(r"(?:^|(?<=[\s,]))(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9&]{2,15})(?:이|가|은|는)\s")


def ranked_head(sentence: str) -> str | None:
    """The company a ranking sentence marks as its subject before its first amount, told a
    company's by its name's words (None: none)."""
    amount = _KO_AMOUNT.search(sentence)
    end = amount.start() if amount else len(sentence)
    return next((m["name"] for m in _RANKED_HEAD.finditer(sentence, 0, end) if _company_word(m["name"])), None)


def ranks_companies(sentence: str) -> bool:
    """Whether a Korean sentence ranks companies by a figure (``ko_ranking``: "가장 많았고", "순이었다")."""
    from converter.extract.mechanisms.names import words
    return any(word in sentence for word in words("ko_ranking"))


def paren_aside_owner(head: str) -> str | None:
    """The company a figure in parentheses is an aside about (``head``: the sentence up to the
    figure): the name the parenthesis is glued to ("경쟁사인 누리은행(512억원)"), or the one that
    owns the measure it is glued to ("누리은행은 순손실(386억원)", "누리은행의 순손실(386억원)");
    None where neither is told a company's (a measure alone: "당기순손실(386억원)").

    >>> paren_aside_owner("같은 기간 누리은행은 순손실(")
    '누리은행'
    >>> paren_aside_owner("이는 경쟁사인 누리은행(") , paren_aside_owner("3분기 당기순손실(") is None
    ('누리은행', True)
    """
    if not head.endswith(("(", "-", "−", "△", "▲", " ")) or "(" not in head[-4:]:
        return None  # (most figures: no parenthesis before them)
    m = _ASIDE_HEAD.search(head, max(0, len(head) - 40))
    if m is None:
        return None
    if _company_word(m["word"]):
        return m["word"]
    owner = m["owner"]
    return owner if owner and _company_word(owner) else None
