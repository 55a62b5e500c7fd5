"""Whose figure it is: the company as a whole, one of its segments, or another company.

A measure with a qualifier in front of it names a part of the business: "Royalty and licensing
fee revenues", "Mobile game revenues", "반도체 부문의 영업이익", "해외 매출"; a Korean list
"분야별 매출은 반도체 3조 2100억원, 통신 1조 5300억원" names one segment per figure. Such figures
go on ``SegmentAxis`` with the segment as printed; words that only describe the measure
("total", "quarterly", "consolidated", a period: ``data/figure_qualifiers.tsv``) name no segment.

>>> s = Sentence(0, 60, "Mobile game revenues was KRW 805 million for the quarter.")
>>> english_segment(s.text, s, 12)
('Mobile game', 0)
>>> s = Sentence(0, 70, "Character merchandising, animation and other revenue was KRW 319 million")
>>> english_segment(s.text, s, 45)
('Character merchandising, animation and other', 0)
>>> s = Sentence(0, 40, "Total revenues for the third quarter rose")
>>> english_segment(s.text, s, 6) is None
True
>>> s = Sentence(0, 30, "반도체 부문의 영업이익은 7200억원")
>>> korean_segment(s.text, s, 8)
('반도체', 0)
>>> s = Sentence(0, 30, "1년 동안 매출 4조원")
>>> korean_segment(s.text, s, 8) is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from converter.extract.mechanisms.sentences import Sentence
from converter.resources import data_rows

SEGMENT_AXIS = "SegmentAxis"
COUNTERPARTY_AXIS = "CounterpartyAxis"


@dataclass(frozen=True)
class Subject:
    axis: str | None = None  # None: the registrant as a whole
    member: str = ""
    unknown: bool = False  # a company the text names that may or may not be the registrant

    @property
    def dimensions(self) -> tuple[tuple[str, str], ...]:
        return ((self.axis, self.member),) if self.axis else ()


WHOLE = Subject()


@cache
def _plain_words() -> tuple[frozenset[str], frozenset[str]]:
    rows = data_rows("figure_qualifiers.tsv")
    return (frozenset(w.lower() for lang, w in rows if lang == "en"),
            frozenset(w for lang, w in rows if lang == "ko"))


_GENERIC = re.compile(r"^(?:Company|Group|Corporation|Firm|Board|Management|Bank|Holdings)$")
ORG_WORD = re.compile(r"\b(?:Co|Corp|Inc|Ltd|Corporation|Company|Group|Telecom|Telecommunications|Electronics|"
                       r"Bank|Holdings|Motors?|Steel|Semiconductor|Chemicals?|Securities|Airlines?|Mobile|"
                       r"Communications|Networks?|Energy|Industries|Systems)\b")


_LEGAL = re.compile(r"Co\.?|Corp\.?|Inc\.?|Ltd\.?|Corporation|Company|Group|Bank|Holdings|Telecom")
_EN_WORD = re.compile(r"[A-Za-z][\w&/.'’-]*")
# a word that ends the qualifier read backwards from the measure
_EN_STOP = re.compile(r"(?:the|a|an|our|its|their|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|his|her|this|that|these|those|of|in|for|from|to|at|by|with|on|as|than|"
                      r"over|while|but|was|were|is|are|be|been|has|have|had|said|says|saw|which|whose|where|"
                      r"when|also|reached|totaled|totalled|came|amounted|rose|fell)$", re.I)
_MEASURE_WORD = re.compile(r"(?i)revenues?|sales|turnover|income|profits?|earnings|EBITDA|losse?s?|margins?")
_TIME_WORD = re.compile(r"quarter|half|year|month|fiscal|annual|period|\d", re.I)


def english_segment(text: str, s: Sentence, measure_start: int) -> tuple[str, int] | None:
    """(segment as printed, document offset) of the words right before an English measure."""
    head = text[s.start:measure_start]
    if head and not head[-1].isspace():
        return None
    words = list(_EN_WORD.finditer(head))
    kept: list[re.Match[str]] = []
    comma = None  # how many words were kept when a comma was crossed
    for w in reversed(words):
        gap = head[w.end():kept[0].start() if kept else len(head)]
        if gap.strip() not in ("", ",") or "\n" in gap:
            break  # punctuation, a line break (a heading above)
        if gap.strip() == ",":
            comma = len(kept)
        token = w.group(0)
        if re.search(r"[\d$%)]\s*$", head[:w.start()]):
            break  # "KRW 1,024.6 billion and net income": a figure's scale word, not a qualifier
        if _EN_STOP.match(token) or token.endswith(("'s", "’s")) or re.fullmatch(r"[a-z]{3,}ed|s", token) \
                or (len(token) > 1 and token.isupper()) or _LEGAL.fullmatch(token):
            break  # a determiner, a verb, a possessive, an acronym or a company word (a company's name)
        kept.insert(0, w)
    else:
        comma = None  # the qualifier opens the sentence: "Character merchandising, animation and other"
    if comma is not None:
        kept = kept[len(kept) - comma:] if comma else []  # "in revenue, net income": the list, not a qualifier
    while kept and kept[0].group(0).lower() in ("and", "or", "its", "their"):
        kept.pop(0)
    if not kept:
        return None
    tokens = [w.group(0) for w in kept]
    if all(t.lower() in _plain_words()[0] for t in tokens) or any(_TIME_WORD.search(t) for t in tokens) \
            or any(_MEASURE_WORD.fullmatch(t) for t in tokens):
        return None
    return text[s.start + kept[0].start():s.start + kept[-1].end()], s.start + kept[0].start()


# a verb or adjective in its adnominal form ("5.2% 늘어난 1,200억원", "9.6% 증가한", "지난"): it
# qualifies the figure after it, it names no part of the business
_ADNOMINAL = re.compile(r"[한된난든던른친]$")


def _not_a_segment(word: str) -> bool:
    return word in _plain_words()[1] or bool(re.search(r"\d|분기|반기|년$|월$|별$|[은는이가을를에도]$", word)) \
        or bool(_ADNOMINAL.search(word))


def korean_segment(text: str, s: Sentence, measure_start: int) -> tuple[str, int] | None:
    """"반도체 부문의 영업이익", "메모리 사업부문은 ... 매출": the 부문 (segment) a Korean measure
    is of, written right before it or as the sentence's subject."""
    head = text[s.start:measure_start]
    m = re.search(r"(?:^|\s)(?P<seg>[가-힣A-Za-z][가-힣A-Za-z0-9·&]*)\s*(?:사업)?부문(?:의|은|는|이|가)?\s*$", head) or \
        re.search(r"(?:^|\s)(?P<seg>[가-힣A-Za-z][가-힣A-Za-z0-9·&]*)\s*(?:사업)?부문(?:은|는|이|가)\s", head)
    if m is None or _not_a_segment(m["seg"]):
        return None
    return m["seg"], s.start + m.start("seg")


def korean_list_segment(text: str, s: Sentence, figure_start: int) -> tuple[str, int] | None:
    """"반도체 3조 2100억원, 통신 1조 5300억원": the word right before a figure of a list."""
    m = re.search(r"(?:^|[\s,，、])(?P<seg>[가-힣A-Za-z][가-힣A-Za-z0-9·&]*)\s+$", text[s.start:figure_start])
    if m is None or _not_a_segment(m["seg"]):
        return None
    return m["seg"], s.start + m.start("seg")


# ---------------------------------------------------------------------------------------------
# Companies of a news story
# ---------------------------------------------------------------------------------------------

_NAME = r"(?:[A-Z][\w&.-]*|&)(?:\s+(?:[A-Z][\w&.-]*|&))*"
_REPORTS = r"(?:said|says|saw|sees|posted|posts|reported|reports|recorded|records|announced|announces|had|has|booked|logged|turned|swung)"
# "Smaller rival Daebo Telecom saw", "Hanul, which is controlled by ..., posted", "Daebo Telecom's sales"
_COMPANY_SUBJECT = re.compile(
    rf"""(?P<name>{_NAME})                       # capitalised words
    (?:\s+Co\b\.?|\s+Corp\b\.?|\s+Inc\b\.?|\s+Ltd\b\.?)?  # a legal form
    (?=\s*,\s*(?:which|the|a|an)\b[^.;]{{0,80}}?,\s*{_REPORTS}\b  # an apposition, then the verb
      |\s+{_REPORTS}\b                          # the verb
      |[’']s\s+(?![A-Z]))                       # a possessive: "Daebo Telecom's sales"
    """,
    re.VERBOSE,
)
_NOT_COMPANY = re.compile(r"^(?:It|Its|The|This|That|These|Those|He|She|They|We|Our|Analysts?|Officials?|Market|"
                          r"Smaller|Rival|Third-ranked|Second|Korea|South|Seoul|Tokyo|Taiwan|China|Japan|Wednesday|"
                          r"Monday|Tuesday|Thursday|Friday|Saturday|Sunday)$")


@lru_cache(maxsize=4096)
def company_subject(sentence: str) -> str | None:
    """The company a sentence's first clause is about, as printed ("Daebo Telecom"), if it names one:
    capitalised words with a company word, an acronym (HMC), or a possessive ("Acme's sales").

    >>> company_subject("Smaller rival Daebo Telecom saw its net profit plunge 57 percent.")
    'Daebo Telecom'
    >>> company_subject("Mr. Kim said revenue rose.") is None, company_subject("The Company reported") is None
    (True, True)
    """
    for m in _COMPANY_SUBJECT.finditer(sentence):
        if re.search(r"\b(?:Mr|Ms|Mrs|Dr)\.?\s*$", sentence[:m.start()]):
            continue
        words = m["name"].split()
        while words and _NOT_COMPANY.match(words[0]):
            words.pop(0)
        if not words or all(_GENERIC.match(w) for w in words):
            continue
        name = " ".join(words)
        possessive = sentence[m.end():m.end() + 2].startswith(("'s", "’s"))
        if ORG_WORD.search(name) or re.fullmatch(r"[A-Z][A-Z0-9&]{1,6}", words[0]) or possessive:
            return name
    return None


# The subject opening a Korean sentence, after a connective ("한편") and an apposition naming
# its role ("경쟁사인"): a name in Hangul or Latin letters, maybe with its legal-form marker and
# a parenthesis ("(대표 정현우)"), marked as the topic or the subject.
_KO_SUBJECT = re.compile(
    r"""^\s*(?:(?:한편|반면|또한?|이에\s*비해|이와\s*달리)\s*,?\s*)?   # a connective
    (?:(?P<role>[가-힣]+(?:\s[가-힣]+)?)인\s+)?                      # 경쟁사인, 자회사인
    (?P<name>(?:㈜|\(주\)|주식회사\s?)?[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,20}(?:\(주\)|㈜)?)
    (?:\([^()\n]{1,30}\))?                                          # (대표 정현우)
    (?:은|는|이|가)\s""",
    re.VERBOSE,
)


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
    m = _KO_SUBJECT.match(sentence)
    if m is None:
        return None
    name = " ".join(KOREAN_MARKER.sub(" ", m["name"]).split())
    role = m["role"] is not None and m["role"] in words("ko_role")
    if name.casefold() in words("ko_generic") or name.endswith(("측", "들", "에", "에서")) or \
            any(w in name for w in words("ko_measure")) or re.search(r"\d|분기|반기|연간|올해|작년", name):
        return None
    if role or KOREAN_MARKER.search(m["name"]) or name.endswith(tuple(words("ko_company_word"))):
        return name, role
    return None


def _words(name: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9가-힣]+", ORG_WORD.sub(" ", name).lower()) if len(w) > 1}


def same_company(name: str, registrant: str) -> bool:
    """"Hanul" is "Korea Hanul Mobile Co., Ltd."; "FMC" the initials of its full name."""
    mine, theirs = _words(name), _words(registrant)
    if mine & theirs:
        return True
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", registrant) if w[0].isupper())
    return name.replace(" ", "").upper() in (initials, initials[:-1]) if len(initials) > 1 else False


# a Hangul syllable
_HANGUL = re.compile(r"[가-힣]")


class NewsCompanies:
    """The company each sentence of a document is about, against the registrant."""

    def __init__(self, registrant: str | None, sentences: list[Sentence]) -> None:
        self.registrant = registrant
        self.named = {c for s in sentences if (c := company_subject(s.text))}
        self.named |= {c[0] for s in sentences if (c := korean_company_subject(s.text))}
        self.last: Subject = WHOLE

    def subject(self, sentence: str) -> Subject:
        if _HANGUL.search(sentence[:40]):
            return self._korean(sentence)
        name = company_subject(sentence)
        if name is None:
            if not re.match(r"\s*(?:It|Its|That|This|The\s+(?:company|carrier|firm))\b", sentence):
                self.last = WHOLE
            return self.last
        self.last = self._of(name)
        return self.last

    def _korean(self, sentence: str) -> Subject:
        """A Korean sentence that names no company as its subject goes on about the last one
        (Korean leaves a known subject unsaid): "경쟁사인 X는 ... 기록했다. 영업손실은 ..."."""
        found = korean_company_subject(sentence)
        if found is not None:
            self.last = self._of(found[0])
        return self.last

    def _of(self, name: str) -> Subject:
        if self.registrant and same_company(name, self.registrant):
            return WHOLE
        if self.registrant is None:
            distinct = {frozenset(_words(n)) for n in self.named}
            return WHOLE if len(distinct) <= 1 else Subject(None, name, unknown=True)
        return Subject(COUNTERPARTY_AXIS, name)
