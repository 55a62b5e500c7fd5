"""The company a Korean news sentence is about: its subject, named with a legal-form marker,
a word of its trade, its stock code or its role ("경쟁사인 X는"), or a results brief's item
("◆X="). Read by
``figure_subjects.NewsCompanies`` for each sentence of a story.
"""

from __future__ import annotations

import re

_KO_PERIOD_WORD = re.compile(r"\d|분기|반기|연간|올해|작년")


# The subject opening a Korean sentence, after a connective ("한편") and an apposition naming
# its role ("경쟁사인"): a name in Hangul or Latin letters, maybe with its legal-form marker and
# a parenthesis ("(대표 정현우)"), marked as the topic or the subject.
_KO_SUBJECT = re.compile(
    r"""^\s*(?:(?:한편|반면|또한?|이에\s*비해|이와\s*달리)\s*,?\s*)?   # a connective
    (?:(?P<role>[가-힣]+(?:\s[가-힣]+)?)인\s+)?                      # 경쟁사인, 자회사인
    (?P<name>(?:㈜|\(주\)|주식회사\s?)?[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,20}(?:\(주\)|㈜)?)
    (?:\((?:(?P<code>[A-Z]?\d{6})|[^()\n]{1,30})\))?                # (대표 정현우), its stock code (035250)
    (?:은|는|이|가)\s""",
    re.VERBOSE,
)
# "◆대교=지난 1분기 영업이익이 ...": an item of a results brief, the company it is about before "="
_KO_ITEM_LEAD = re.compile(r"^\s*[◆◇■□▶▷●○]\s*(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9&·]{0,20})\s*=")

def korean_company_subject(sentence: str) -> tuple[str, bool] | None:
    """(name, named as another company by its role) of the company a Korean sentence opens
    with, if its subject is one: a name with a legal-form marker, ending in a trade
    (``data/name_words.tsv``), or introduced by its role ("경쟁사인 X는").

    >>> korean_company_subject("한편 경쟁사인 한울엔터테인먼트는 1분기 매출 287억원을 기록했다.")
    ('한울엔터테인먼트', True)
    >>> korean_company_subject("보람게임즈는 2006년 1분기 매출이 412억원으로 늘었다고 밝혔다.")
    ('보람게임즈', False)
    >>> korean_company_subject("하반기에는 수출이 늘 것으로 보인다.") is None
    True
    """
    from converter.extract.mechanisms.names import KOREAN_MARKER, words
    item = _KO_ITEM_LEAD.match(sentence)
    if item is not None:  # a brief's items name one company each, whatever its name's words
        return item["name"], False
    m = _KO_SUBJECT.match(sentence)
    if m is None:
        return None
    name = " ".join(KOREAN_MARKER.sub(" ", m["name"]).split())
    role = m["role"] is not None and m["role"] in words("ko_role")
    if name.casefold() in words("ko_generic") or name.endswith(("측", "들", "에", "에서")) or \
            any(w in name for w in words("ko_measure")) or _KO_PERIOD_WORD.search(name):
        return None
    if role or m["code"] or KOREAN_MARKER.search(m["name"]) or name.endswith(tuple(words("ko_company_word"))):
        return name, role
    return None

