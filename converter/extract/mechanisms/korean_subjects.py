"""The company a Korean news sentence is about: its subject, named with a legal-form marker,
a word of its trade, its stock code or its role ("경쟁사인 X는"), or a results brief's item
("◆X="); or, whatever its name's words, as the subject of a sentence stating its results ("가온소재는
3분기 영업손실이", "한빛SDI의 3분기 영업이익은": ``korean_results_subject``). Read by
``figure_subjects.NewsCompanies`` for each sentence of a story.
"""

from __future__ import annotations

import re
from functools import cache

from converter.parse.period_patterns import KO_OF_FOUR

_KO_PERIOD_WORD = re.compile(r"\d|분기|반기|연간|올해|작년")


# The subject opening a Korean sentence, after a connective ("한편") and an apposition naming
# its role ("경쟁사인") or its trade ("소형 모터업체", ``described``): a name in Hangul or Latin
# letters, maybe with its legal-form marker and a parenthesis ("(대표 홍길동)"), marked as the
# topic or the subject.
_KO_SUBJECT = r"""^\s*(?:(?:한편|반면|또한?|이에\s*비해|이와\s*달리)\s*,?\s*)?   # a connective
    (?:(?P<role>(?:[가-힣]+(?<![은는이가])\s)?[가-힣]+)인\s+)?         # 경쟁사인, 자회사인 (not "X가 계열사인": a subject before it)
    {described}
    (?P<name>(?:㈜|\(주\)|주식회사\s?)?[가-힣A-Za-z][가-힣A-Za-z0-9&]{{1,20}}(?:\(주\)|㈜)?)
    (?:\((?:(?P<code>[A-Z]?\d{{6}})|[^()\n]{{1,30}})\))?                # (대표 홍길동), its stock code (123450)
    (?:은|는|이|가)\s"""


@cache
def _descriptors() -> tuple[str, ...]:
    """How a description of a company's trade ends (``ko_descriptor`` of ``data/name_words.tsv``)."""
    from converter.extract.mechanisms.names import words
    return tuple(sorted(words("ko_descriptor"), key=len, reverse=True))


@cache
def _described() -> str:
    """Regex source of a description of the company's trade before its name, a few words ending
    in a word of ``ko_descriptor`` ("소형 모터업체", "방송설비 제조업체"): group ``described``."""
    heads = "|".join(_descriptors())
    return rf"""(?:(?P<described>(?:[가-힣A-Za-z0-9]+\s+){{0,3}}[가-힣A-Za-z0-9]*(?:{heads}))\s+)?  # 소형 모터업체"""


@cache
def _ko_subject() -> re.Pattern[str]:
    return re.compile(_KO_SUBJECT.format(described=_described()), re.VERBOSE)


# "◆대교=지난 1분기 영업이익이 ...": an item of a results brief, the company it is about before "="
_KO_ITEM_LEAD = re.compile(r"^\s*[◆◇■□▶▷●○]\s*(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9&·]{0,20})\s*=")
# "한울조선=한울조선은 3분기에 ...": the brief's item without its mark (lost, or never
# printed): a name, "=" and words (not "매출=1,200억원", a measure's label and its figure)
_KO_BARE_ITEM_LEAD = re.compile(r"""^\s*(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9&·]{1,20})=   # the item's name and "="
    (?!\s*[-△▲▼]?\d[\d,.]*\s*(?:[조억만천]|원|%|배))                          # no figure right after""", re.VERBOSE)

def _bare_item(sentence: str) -> re.Match[str] | None:
    """An unmarked item lead whose name is no measure's nor period's word."""
    from converter.extract.mechanisms.sentences import find_measures
    m = _KO_BARE_ITEM_LEAD.match(sentence)
    if m is None or _KO_PERIOD_WORD.search(m["name"]) or find_measures(m["name"]):
        return None
    return m


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
    item = _KO_ITEM_LEAD.match(sentence) or _bare_item(sentence)
    if item is not None:  # a brief's items name one company each, whatever its name's words
        return item["name"], False
    m = _ko_subject().match(sentence)
    if m is None:
        return None
    name = " ".join(KOREAN_MARKER.sub(" ", m["name"]).split())
    role = m["role"] is not None and m["role"] in words("ko_role")
    if name.casefold() in words("ko_generic") or name.endswith(("측", "들", "에", "에서")) or \
            any(w in name for w in words("ko_measure")) or _KO_PERIOD_WORD.search(name):
        return None
    # "소형 모터업체 X는", "부품업체인 X는": a company described by its trade, whatever its name's words
    described = m["described"] is not None or (m["role"] or "").endswith(_descriptors())
    if role or described or m["code"] or KOREAN_MARKER.search(m["name"]) or \
            name.endswith(tuple(words("ko_company_word"))):
        return name, role
    return None


# The subject of a sentence stating a company's results, whatever its name's words: a name
# marked as the topic, the subject, "also" (도) or the owner (의) of the figures named next,
# maybe after an apposition ("유통 대장주인") or a description of its trade ("소형 모터업체").
_KO_RESULTS_SUBJECT = r"""^\s*(?:(?:한편|반면|또한?|이에\s*비해|이와\s*달리)\s*,?\s*)?   # a connective
    (?:(?:[가-힣]+(?<![은는이가])\s)?[가-힣]+인\s+)?                   # 유통 대장주인 (not "X가 계열사인": a subject before it)
    {described}
    (?P<name>[A-Z][A-Za-z0-9&]*(?:\s[A-Z&][A-Za-z0-9&]*){{1,2}}(?=[은는이가도의]\s)  # HB E&M: Latin words
      |[가-힣A-Za-z][가-힣A-Za-z0-9&]{{1,20}})                           # 가온소재
    (?:\((?:[A-Z]?\d{{6}}|[^()\n]{{1,30}})\))?                           # (010060)
    (?P<particle>은|는|이|가|도|의)\s"""


@cache
def _ko_results_subject() -> re.Pattern[str]:
    return re.compile(_KO_RESULTS_SUBJECT.format(described=_described()), re.VERBOSE)


@cache
def _results_after() -> re.Pattern[str]:
    """What follows the subject of a results sentence: a few words ("올 3분기 연결재무제표 기준"),
    then a measure as the subject ("영업이익이", "총매출이"), a period with its figure
    ("지난 2분기에는 3,210억원", "3분기 매출 2917억원") or a measure with its figure ("매출 2조원"); the measure words: ``ko_measure`` of
    ``data/name_words.tsv``. "환율은 1분기 영업이익을 ..." (the measure its object) is no such."""
    from converter.extract.mechanisms.names import words
    measure = "|".join(sorted(words("ko_measure"), key=len, reverse=True))
    return re.compile(rf"""(?:[^\s,.]+\s+){{0,5}}?                          # 올 3분기 연결 기준
        (?:[가-힣]*(?:{measure})[가-힣]*?(?:\([^()\n]{{1,30}}\))?(?:은|는|이|가|도)\s   # 영업이익이, 영업이익(120억원)이
          |(?:\d{{1,2}}\s*(?:{KO_OF_FOUR}\s*4\s*)?분기|상반기|하반기|연간)(?:에는|에도|에)?\s*  # 2분기에는, 3ㆍ4분기
           (?:(?:[가-힣]+\s)?[가-힣]*기준(?:으로)?\s+)?                        # 연결기준으로, 연결 기준
           (?:[가-힣]*(?:{measure})액?\s*)?[△-]?\d                            # (매출) 3,210
          |[가-힣]*(?:{measure})액?\s*[△-]?\d)                                # 매출 2조6,345억원 (its figure right after)""",
                      re.VERBOSE)


def korean_results_subject(sentence: str) -> str | None:
    """The company a Korean sentence states the results of, named as its subject whatever its
    name's words: "가온소재는 3분기 영업손실이 ...", "한빛SDI의 3분기 영업이익은 ...", "새봄쇼핑도 올 들어
    3분기 누적 총매출이 ...". None for a subject that is no company (a word of ``ko_generic``,
    a measure, a period, a part of the business: ``ko_part``) or a sentence stating no results.

    >>> korean_results_subject("가온소재는 지난 2분기에는 3,210억원의 매출을 기록했다.")
    '가온소재'
    >>> korean_results_subject("한빛SDI의 3분기 영업이익은 1238억원이다."), korean_results_subject("가온제과는 매출이 14% 늘었다.")
    ('한빛SDI', '가온제과')
    >>> korean_results_subject("환율은 1분기 영업이익을 -2000억원 깎아먹었다.") is None
    True
    >>> korean_results_subject("HB현대는 2031년 2분기 연결기준으로 매출 120억 원을 냈다.")
    'HB현대'
    >>> korean_results_subject("HB E&M은 매출액과 순이익이 각각 3%와 5% 늘었다.")
    'HB E&M'
    >>> korean_results_subject("반도체부문은 3분기 매출이 늘었다.") is None, korean_results_subject("회사는 3분기 매출이 늘었다.") is None
    (True, True)
    """
    m = _ko_results_subject().match(sentence)
    if m is None or not _results_after().match(sentence, m.end()) or not _may_be_company(m["name"]) \
            or _subject_of_a_clause(sentence, m):
        return None
    return m["name"]


_KO_NEXT_WORD = re.compile(r"[가-힣]+(?=[\s,])")


def _subject_of_a_clause(sentence: str, m: re.Match[str]) -> bool:
    """Whether the name marked as the subject (이/가) is that of a clause its next word, a verb
    ending in a connective (``ko_clause_joint``: "줄면서", "상승해"), joins to the sentence's main
    clause: "환율이 내리면서 매출액은 ..." states the company's results, the word is their cause.

    >>> korean_results_subject("유가가 오르면서 매출액은 3분기 1200억원으로 늘었다.") is None
    True
    >>> korean_results_subject("가온소재가 올해 3분기 영업이익이 늘었다고 밝혔다.")
    '가온소재'
    """
    from converter.extract.mechanisms.names import words
    if m["particle"] not in ("이", "가"):
        return False
    verb = _KO_NEXT_WORD.match(sentence, m.end())
    if verb is None or verb[0].casefold() in words("ko_generic") or _KO_PERIOD_WORD.search(verb[0]):
        return False  # "가온소재가 올해 ...": a word of time, no verb
    return verb[0].endswith(tuple(words("ko_clause_joint")))


def _may_be_company(name: str) -> bool:
    from converter.extract.mechanisms.names import words
    # ("업종별로는", "지역별로는": by industry, by region, an adverbial)
    return not (name.casefold() in words("ko_generic") or name.endswith(("측", "들", "에", "에서", "별", "별로"))
                or any(w in name for w in words("ko_measure")) or _KO_PERIOD_WORD.search(name)
                or name.endswith(tuple(words("ko_part"))))


def korean_named_subject(sentence: str, names: frozenset[str]) -> str | None:
    """The first of ``names`` (companies the text states the results of) that a Korean sentence
    makes a subject, after words qualifying it: "... 신고가를 기록했던 가온소재는 3분기 영업이익과 ...".

    >>> korean_named_subject("최근 신고가를 기록했던 가온소재는 3분기 적자로 전환했다.", frozenset({"가온소재"}))
    '가온소재'
    >>> korean_named_subject("가온소재보다 실적이 좋았다.", frozenset({"가온소재"})) is None
    True
    >>> korean_named_subject("1분기 적자였던 가온소재 역시 2분기에는 흑자를 냈다.", frozenset({"가온소재"}))  # 역시: "also"
    '가온소재'
    """
    found = [(m.start(), name) for name in names
             if (m := re.search(rf"(?<![가-힣A-Za-z0-9]){re.escape(name)}(?:(?:은|는|이|가|도)\s|\s역시\s)", sentence))]
    return min(found)[1] if found else None


# another company named by its role anywhere in a Korean sentence: a word of ``ko_role``
# ("경쟁사", "협력사", "자회사") or its rank in its trade ("업계 2위", "2위 업체"), maybe with 인,
# then its name, marked as the owner, the topic or the subject ("경쟁사 한빛전자의 영업이익은",
# "반면 동종업계 경쟁사인 한빛전자는", "라이벌 한빛전자 역시"): whose figures are its own
_KO_ROLE_COMPANY = r"""(?<![가-힣A-Za-z0-9])
    (?:{roles}|(?:업계\s?)?\d{{1,2}}위(?:\s?(?:업체|기업|회사))?)(?:인|이자)?\s+   # 경쟁사, 업계 2위인
    (?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9&]{{0,20}}?)                        # 한빛전자, B사
    (?:\([^()\n]{{1,30}}\))?                                               # (123450)
    (?:(?:의|은|는|이|가|도|를|을)(?=[\s,])|\s역시\s)                      # its particle, or 역시 (also)"""


@cache
def _ko_role_company() -> re.Pattern[str]:
    from converter.extract.mechanisms.names import words
    roles = "|".join(r"\s?".join(w.split()) for w in sorted(words("ko_role"), key=len, reverse=True))
    return re.compile(_KO_ROLE_COMPANY.format(roles=roles), re.VERBOSE)


def korean_role_company(sentence: str) -> tuple[str, bool] | None:
    """(name, named before the sentence's first amount) of the first company a Korean sentence
    names by its role towards another ("경쟁사 한빛전자의 영업이익은 98억원", "98억원의 영업이익을
    낸 경쟁사 한빛전자를 앞섰다"); None where it names none, or where a subject of its own comes
    before it ("한울이 계열사인 가온기계의 지분법 평가이익에 힘입어 ...": 한울's figures).

    >>> korean_role_company("경쟁사 한빛전자의 영업이익은 같은 기간 98억원에 그쳤다."), korean_role_company("업계 2위 B사의 매출은 9억원이다.")
    (('한빛전자', True), ('B사', True))
    >>> korean_role_company("이는 98억원의 영업이익을 낸 경쟁사 한빛전자를 앞선 것이다.")
    ('한빛전자', False)
    >>> korean_role_company("매출은 경쟁사 대비 12억원 많다.") is None, korean_role_company("경쟁사들의 매출은 늘었다.") is None
    (True, True)
    >>> korean_role_company("한울이 계열사인 가온기계의 지분법 이익에 힘입어 12억원의 순이익을 냈다.") is None
    True
    """
    if not any(w in sentence for w in ("사", "업체", "라이벌", "맞수", "위", "상대", "기업")):
        return None  # (no word of a role: the cheap test before the search)
    for m in _ko_role_company().finditer(sentence):
        if _may_be_company(m["name"]):
            if korean_other_subject(sentence[:m.start()]) is not None:
                return None  # (a subject before it: the role's company is in an adverbial)
            first = KO_AMOUNT.search(sentence)
            return m["name"], first is None or m.start() < first.start()
    return None


# a name marked as a subject or topic, or followed by a parenthesis ("X(2417억 원)", "X(123450)"):
# a word that may stand for a company in a clause of a Korean sentence
_KO_ANY_SUBJECT = re.compile(
    r"""(?<![가-힣A-Za-z0-9&])(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,20})  # 한빛소재
    (?:\([^()\n]{0,30}\)){0,2}?                                            # (123450)
    (?:(?:은|는|이|가|도)\s|\s?\(|\s역시\s)                                # 는, a parenthesis (a quote's: "X (31,250원"), "X 역시" (also)""",
    re.VERBOSE,
)
# the sentence's first amount: a figure with its unit or scale ("4천120억원", "15%", "5배"), not a
# day, a count or a period ("8일 이동통신 3사에 따르면 ... 3분기 실적을 발표한 X는"), which may
# come before the subject
KO_AMOUNT = re.compile(r"\d[\d,.]*\s*(?:(?:[조억만천]\s*)+원?|원|%|달러|배)")
# a word ending in a particle of manner, place or case: an adverbial ("10배 수준으로(", "종목별로는",
# "업종별로는"), no name
_KO_ADVERBIAL = ("로", "에", "에서", "의", "을", "를", "과", "와")


def korean_other_subject(sentence: str) -> str | None:
    """A word that may be a company, marked as a subject before the sentence's first figure
    (or followed by a parenthesis there): a sentence that may be about another company than
    the one named before ("한빛소재는 3분기에만 120억원의 ...", "이어 X(2417억 원), Y(1875억
    원)이 ..."), where ``korean_results_subject`` cannot tell it is one.

    >>> korean_other_subject("한빛소재는 3분기에만 120억원의 영업손실을 냈다."), korean_other_subject("이어 가온(2417억 원), 새봄(1875억 원)이 뒤를 이었다.")
    ('한빛소재', '가온')
    >>> korean_other_subject("매출은 전 분기 대비 3% 증가했다.") is None, korean_other_subject("같은 기간 영업이익은 12억원이다.") is None
    (True, True)
    >>> korean_other_subject("영업이익은 약 5배 수준으로(412%) 늘었다.") is None, korean_other_subject("종목별로는 가온이 1위다.")
    (True, '가온')
    >>> korean_other_subject("새봄소재 역시 매출이 120억원으로 늘었다.")
    '새봄소재'

    """
    first = KO_AMOUNT.search(sentence)
    head = sentence[:first.start() if first else len(sentence)]
    return next((m["name"] for m in _KO_ANY_SUBJECT.finditer(head)
                 if _may_be_company(m["name"]) and not m["name"].endswith(_KO_ADVERBIAL)), None)


# the subject opening a Korean sentence of a market story: a word, maybe the industry's word after
# it ("기계·장비 업종은", "반도체 부문은", "일반전기전자 업종 매출액은"), maybe a particle
_KO_SECTOR_LEAD = re.compile(r"""^\s*(?:(?:한편|반면|또한?|이어)\s*,?\s*)?                # a connective
    (?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9·&]{0,20}?)                                   # 기계·장비
    (?:\s*(?P<word>업종|부문))?                                                          # 업종
    (?:은|는|이|가|의|도)?\s""", re.VERBOSE)


def korean_sector_subject(sentence: str) -> str | None:
    """The industry of a market a Korean sentence opens with as its subject, as printed: one
    named with the word for an industry ("기계·장비 업종은", "일반전기전자 업종 매출액은"), or one of the
    exchange's industries (``ko_sector`` of ``data/name_words.tsv``: "정보기기는", "반도체 부문은").
    Asked only of a story that sums results by industry.

    >>> korean_sector_subject("정밀화학 업종 매출액은 12% 늘었다."), korean_sector_subject("반도체 부문은 누적 실적이 늘었다.")
    ('정밀화학', '반도체')
    >>> korean_sector_subject("한빛전자는 매출이 늘었다.") is None, korean_sector_subject("정보기기는 3분기 매출이 늘었다.")
    (True, '정보기기')
    """
    from converter.extract.mechanisms.names import words
    m = _KO_SECTOR_LEAD.match(sentence)
    if m is None:
        return None
    name = m["name"]
    if m["word"] == "업종" or name.casefold() in words("ko_sector"):
        return name
    return None


def korean_sector_name(name: str) -> bool:
    """Whether a name a Korean sentence makes its subject is one of the exchange's industries
    (``ko_sector`` of ``data/name_words.tsv``), maybe with the word for an industry or the
    suffix 업 after it, spelled with or without its middle dot: "운수장비업종", "운수창고",
    "건설업", "전기·전자". A market story's figure of such a subject is the sum over that
    industry's listed companies, never one company's.

    >>> korean_sector_name("운수장비업종"), korean_sector_name("운수창고"), korean_sector_name("섬유의복업")
    (True, True, True)
    >>> korean_sector_name("가람전자"), korean_sector_name("한빛화학"), korean_sector_name("업종")
    (False, False, False)
    """
    stem = _sector_stem(name)
    return bool(stem) and stem in _sector_stems()


def _sector_stem(name: str) -> str:
    """A sector's name without its middle dots, spaces and trailing 업종/업 ("운수창고업" -> "운수창고")."""
    stem = re.sub(r"[·ㆍ\s]", "", name.casefold())
    for tail in ("업종", "업"):
        if stem.endswith(tail) and len(stem) > len(tail):
            return stem[:-len(tail)]
    return stem


@cache
def _sector_stems() -> frozenset[str]:
    from converter.extract.mechanisms.names import words
    return frozenset(_sector_stem(w) for w in words("ko_sector"))


def sums_by_industry(text: str) -> bool:
    """Whether a Korean story sums listed companies' results by industry: it names the word for
    one (``ko_industry`` of ``data/name_words.tsv``: "업종별 실적을 살펴보면")."""
    from converter.extract.mechanisms.names import words
    return any(word in text for word in words("ko_industry"))


# a company's subsidiary as a sentence's subject: its parent's name, maybe its country, and the
# word for a subsidiary (``ko_unit``): "특히 한빛제과 중국법인은", "한빛제과 미국 현지법인의"
_KO_UNIT_SUBJECT = re.compile(
    r"""^\s*(?:[가-힣]+\s+)?                                        # 특히, 한편
    (?P<parent>[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,20})\s+                # 한빛제과
    (?P<unit>(?:[가-힣]{1,6}\s?)?[가-힣]*?(?:{units}))                 # 중국법인, 미국 현지법인
    (?:은|는|이|가|의|도)\s""", re.VERBOSE)


@cache
def _ko_unit_subject() -> re.Pattern[str]:
    from converter.extract.mechanisms.names import words
    units = "|".join(sorted(words("ko_unit"), key=len, reverse=True))
    return re.compile(_KO_UNIT_SUBJECT.pattern.replace("{units}", units), re.VERBOSE)


def korean_unit_subject(sentence: str) -> str | None:
    """The subsidiary a Korean sentence opens with as its subject, named by its parent ("X
    중국법인은 ... 매출액 20억위안"): its figures are not the parent's.

    >>> korean_unit_subject("특히 한빛제과 중국법인은 3분기 매출액 12억위안을 달성했다.")
    '한빛제과 중국법인'
    >>> korean_unit_subject("한빛제과는 3분기 매출액이 늘었다.") is None, korean_unit_subject("해외법인은 흑자였다.") is None
    (True, True)
    """
    m = _ko_unit_subject().match(sentence)
    if m is None or not _may_be_company(m["parent"]):
        return None
    return f"{m['parent']} {m['unit']}"


# the subject opening a Korean sentence, whatever its name's words: "가온코웨이는 ..."
_KO_HEAD_SUBJECT = re.compile(r"""^\s*(?:(?:한편|반면|또한?|하지만|특히)\s*,?\s*)?   # a connective
    (?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,20})(?:\([^()\n]{1,30}\))?         # 가온코웨이(012340)
    (?:은|는|이|가|도)\s""", re.VERBOSE)


def korean_head_subject(sentence: str) -> str | None:
    """The word a Korean sentence opens with as its subject (은/는/이/가/도), whatever its words:
    asked whether it is the registrant ("가온코웨이는 전년 동기 대비 19.3% 늘어난 ...", where no
    pattern of results follows it).

    >>> korean_head_subject("가온코웨이는 전년 동기 대비 19.3% 늘어난 4천억원의 매출을 올렸다.")
    '가온코웨이'
    >>> korean_head_subject("매출은 3% 늘었다.") is None
    True
    """
    m = _KO_HEAD_SUBJECT.match(sentence)
    return m["name"] if m is not None and _may_be_company(m["name"]) else None


# a market or an industry opening a Korean sentence as the owner of the figures named next: a
# word ending in one for a market (``ko_market_noun`` of ``data/name_words.tsv``: "가전업계",
# "반도체 업종", "국내 시장"), maybe "전체" or a possessive, then a few words and the measure
_KO_MARKET_SUBJECT = r"""^\s*(?:(?:한편|반면|또한?|특히|이어)\s*,?\s*)?                  # a connective
    (?P<name>(?:[가-힣A-Za-z·]+\s+){{0,2}}?[가-힣A-Za-z·]*(?:{nouns}))                    # 국내 가전업계
    (?:\s*전체)?(?:의|은|는|이|가)?\s+                                                 # 전체, 의
    (?:[^\s,.]+\s+){{0,2}}?                                                          # 상반기, 3분기 누적
    [가-힣]*(?:{measures})"""


@cache
def _ko_market_subject() -> re.Pattern[str]:
    from converter.extract.mechanisms.names import words
    nouns = "|".join(sorted(words("ko_market_noun"), key=len, reverse=True))
    measures = "|".join(sorted(words("ko_measure"), key=len, reverse=True))
    return re.compile(_KO_MARKET_SUBJECT.format(nouns=nouns, measures=measures), re.VERBOSE)


def korean_market_subject(sentence: str) -> str | None:
    """The market or industry a Korean sentence opens with as the owner of its figures ("업계
    전체 영업이익은 ...", "가전업계의 상반기 매출은 ..."): a sum over companies, no company's.

    >>> korean_market_subject("업계 전체 영업이익은 상반기 2조원이다."), korean_market_subject("가전업계의 상반기 매출은 9조원이다.")
    ('업계', '가전업계')
    >>> korean_market_subject("반도체 업계에 따르면 가람전자는 매출이 늘었다.") is None, korean_market_subject("가람전자는 매출이 늘었다.") is None
    (True, True)
    """
    m = _ko_market_subject().match(sentence)
    return " ".join(m["name"].split()) if m else None


# a company of the past opening a Korean sentence ("옛 가람전자는", "합병 전 가람전자의"; the words
# before its name: ``ko_former`` of ``data/name_words.tsv``): merged into another or renamed
_KO_FORMER_SUBJECT = r"""^\s*(?:(?:한편|반면|또한?|특히|다만)\s*,?\s*)?              # a connective
    (?P<former>{former})\s+                                                 # 옛, 합병 전
    (?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9&]{{1,20}}?)(?:\([^()\n]{{1,30}}\))?    # 가람전자
    (?:과|와|은|는|이|가|의|도)\s"""


@cache
def _ko_former_subject() -> re.Pattern[str]:
    from converter.extract.mechanisms.names import words
    former = "|".join(r"\s+".join(w.split()) for w in sorted(words("ko_former"), key=len, reverse=True))
    return re.compile(_KO_FORMER_SUBJECT.format(former=former), re.VERBOSE)


def korean_former_subject(sentence: str) -> str | None:
    """The company of the past a Korean sentence opens with ("옛 가람전자는 3분기 매출이 ...",
    "합병 전 가람전자의 영업이익은 ..."), as printed with its word: its figures are not those of
    the company filing now, though it may bear its name.

    >>> korean_former_subject("옛 가람전자는 3분기 매출이 120억원이었다."), korean_former_subject("합병 전 가람전자의 영업이익은 12억원이다.")
    ('옛 가람전자', '합병 전 가람전자')
    >>> korean_former_subject("가람전자는 매출이 늘었다.") is None, korean_former_subject("구조조정으로 매출이 줄었다.") is None
    (True, True)
    """
    m = _ko_former_subject().match(sentence)
    if m is None or not _may_be_company(m["name"]):
        return None
    return f"{' '.join(m['former'].split())} {m['name']}"
