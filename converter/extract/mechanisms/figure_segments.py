"""The segment a figure is of (split from ``figure_subjects``, which grew past 500 lines).

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
>>> s = Sentence(0, 60, "Business Highlights Revenue for the year rose")
>>> english_segment(s.text, s, 20) is None
True
>>> s = Sentence(0, 40, "Total revenues for the third quarter rose")
>>> english_segment(s.text, s, 6) is None
True
>>> s = Sentence(0, 30, "반도체 부문의 영업이익은 7200억원")
>>> korean_segment(s.text, s, 8)
('반도체', 0)
>>> s = Sentence(0, 40, "소재 부문의 경우 매출은 5120억원, 영업이익은 312억원")
>>> korean_segment(s.text, s, 10), korean_segment(s.text, s, 23)
(('소재', 0), ('소재', 0))
>>> s = Sentence(0, 30, "모바일 사업부는 매출 2조원")
>>> korean_segment(s.text, s, 10)
('모바일', 0)
>>> s = Sentence(0, 30, "1년 동안 매출 4조원")
>>> korean_segment(s.text, s, 8) is None
True
"""

from __future__ import annotations

import re
from functools import cache

from converter.extract.mechanisms.countries import country_code
from converter.extract.mechanisms.figure_subjects import LEGAL_WORD, SEGMENT_AXIS, Subject
from converter.extract.mechanisms.sentences import Sentence, gated_search, word_pattern
from converter.parse.gates import Gated, fold
from converter.resources import data_rows


@cache
def _plain_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """English and Korean words that describe a measure, the words that end a section heading,
    and the English words that end the words read back from a measure (adverbs, verbs of inclusion)."""
    rows = data_rows("figure_qualifiers.tsv")
    return (frozenset(w.lower() for lang, w in rows if lang == "en"),
            frozenset(w for lang, w in rows if lang == "ko"),
            frozenset(w.lower() for lang, w in rows if lang == "en_heading"),
            frozenset(w.lower() for lang, w in rows if lang == "en_stop"))


_EN_WORD = re.compile(r"[A-Za-z][\w&/.'’-]*")
# a word that ends the qualifier read backwards from the measure
_EN_STOP = re.compile(r"(?:the|a|an|our|its|their|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|his|her|this|that|these|those|of|in|for|from|to|at|by|with|on|as|than|"
                      r"over|while|but|was|were|is|are|be|been|has|have|had|said|says|saw|which|whose|where|"
                      r"when|also|reached|totaled|totalled|came|amounted|rose|fell)$", re.I)
_MEASURE_WORD = re.compile(r"(?i)revenues?|sales|turnover|income|profits?|earnings|EBITDA|losse?s?|margins?")
_TIME_WORD = re.compile(r"quarter|half|year|month|fiscal|annual|period|\d", re.I)


# a bullet opening a sentence: a dash, a dot, or the letter "o" of plain-text lists
_LEAD_BULLET = re.compile(r"\s*(?:[-—–•·*※▶■□◆]+|o(?=\s))\s*")
# "Overseas, sales of": a word set off by a comma describes the sentence, not the measure
_SET_OFF = re.compile(r"[,;:]\s*$")
# "KRW 1,024.6 billion and net income": a figure's scale word ends the text before a word; "a 1
# trillion won operating profit": so does its scale, and "7 per cent and revenue": a percentage's word
_AFTER_FIGURE = re.compile(r"[\d$%)]\s*$|\d\s*(?:thousand|million|billion|trillion|bn|mn|crores?|lakhs?|per\s*cent|percent|pct|pc)\s+$",
                           re.I)  # (... "up 7 per cent and revenue from": a percentage's word, not a qualifier)
# "reported", "s": a verb or a stray letter, no qualifier
_VERB_OR_S = re.compile(r"[a-z]{3,}ed|s")
# a period, a count or a particle: no segment's name
_NOT_SEGMENT = re.compile(r"\d|분기|반기|년$|월$|별$|[은는이가을를에도]$")
# "반도체 부문의 영업이익", "메모리 사업부문은 ...", "생활가전(HA) 부문 영업이익", "소재사업부문의
# 2분기 매출", "콘텐츠 분야 매출": the segment (부문, 분야) a Korean measure is of, right before it
_KO_SEGMENT_BEFORE = re.compile(r"""(?:^|\s)(?P<seg>[가-힣A-Za-z][가-힣A-Za-z0-9·&]*)\s*  # 반도체, 생활가전
    (?:[(（][A-Za-z0-9·&\s]{1,12}[)）]\s*)?                                        # (HA): its abbreviation
    (?:(?:사업)?부문|분야)(?:의|은|는|이|가)?\s*                                     # 부문의, 분야
    (?:(?<=의\s)(?:올해?\s+|지난\s+)?(?:\d{1,2}\s*분기|[상하]반기|연간)(?:\s*누적)?\s*)?  # (부문의) 1분기: its figure's period
    $""", re.VERBOSE)
# "전지 사업 부문에서 ... 6100억원의 매출을", "PDP사업에서도 ... 매출을", "소재 부문의 경우 매출은",
# "모바일 사업부는 ...": the business a sentence says a figure was made in
_KO_SEGMENT_SUBJECT = re.compile(r"""(?:^|\s)(?P<seg>[가-힣A-Za-z][가-힣A-Za-z0-9·&]*)\s*  # 소재
    (?:[(（][A-Za-z0-9·&\s]{1,12}[)）]\s*)?                                        # (CE): its abbreviation
    (?:(?:사업\s*)?부문|사업부|사업)                                               # 부문, 사업부
    (?:은|는|이|가|에서(?:도|는)?|의\s*경우(?:에는|엔|에도)?,?)\s                   # 은, 에서는, 의 경우""",
                                 re.VERBOSE)
# "CE부문 매출은 10조원, 영업이익은 5600억원": a segment heading the sentence's first measure and its
# figure, right before the next measure, which is of the same segment
_KO_SEGMENT_FIRST_MEASURE = re.compile(r"""(?:^|\s)(?P<seg>[가-힣A-Za-z][가-힣A-Za-z0-9·&]*)\s*  # CE
    (?:[(（][A-Za-z0-9·&\s]{1,12}[)）]\s*)?                                        # (가전): its other name
    (?:사업\s*)?부문(?:의)?\s*[가-힣]{1,8}(?:은|는|이|가)?\s*                       # 부문 매출은
    \d[\d,.]*\s*(?:[조억만천]\s*(?:\d[\d,.]*\s*)?)*원                          # 10조 2000억원
    (?:(?:으로|이고|이며)(?:\s[^,\n]{0,30}?(?:고|며))?)?                         # 으로 전년 대비 5% 늘었고
    \s*[,·]?\s*$""", re.VERBOSE)                                                  # , or · (then the measure)
# "반도체 3조 2100억원, 통신 ...": the word right before a figure of a list
_KO_LIST_WORD = re.compile(r"(?:^|[\s,，、])(?P<seg>[가-힣A-Za-z][가-힣A-Za-z0-9·&]*)\s+$")


def english_segment(text: str, s: Sentence, measure_start: int) -> tuple[str, int] | None:
    """(segment as printed, document offset) of the words right before an English measure."""
    head = text[s.start:measure_start]
    if head and not head[-1].isspace() or _SET_OFF.search(head):
        return None  # "Overseas, sales of ...": a word set off by a comma describes the sentence
    bullet = _LEAD_BULLET.match(head)  # "o  EBITDA was ...": the bullet is no qualifier
    words = list(_EN_WORD.finditer(head, bullet.end() if bullet else 0))
    kept: list[re.Match[str]] = []
    comma = None  # how many words were kept when a comma was crossed
    for w in reversed(words):
        gap = head[w.end():kept[0].start() if kept else len(head)]
        if gap.strip() not in ("", ",") or "\n" in gap:
            break  # punctuation, a line break (a heading above)
        if gap.strip() == ",":
            comma = len(kept)
        token = w.group(0)
        if _AFTER_FIGURE.search(head[:w.start()]):
            break  # "KRW 1,024.6 billion and net income": a figure's scale word, not a qualifier
        if _EN_STOP.match(token) or token.endswith(("'s", "’s", "s'", "s’")) or _VERB_OR_S.fullmatch(token) \
                or (len(token) > 1 and token.isupper()) or LEGAL_WORD.fullmatch(token) \
                or token.lower() in _plain_words()[3]:
            break  # a determiner, a verb, a possessive, an acronym, a company word (a company's name), "then", "includes"
        kept.insert(0, w)
    else:
        comma = None  # the qualifier opens the sentence: "Character merchandising, animation and other"
    if comma is not None:
        kept = kept[len(kept) - comma:] if comma else []  # "in revenue, net income": the list, not a qualifier
    headings = [i for i, w in enumerate(kept) if w.group(0).lower() in _plain_words()[2]]
    if headings:  # "Business Highlights Revenue ...": a section heading run into its first sentence
        kept = kept[headings[-1] + 1:]
    while kept and kept[0].group(0).lower() in ("and", "or", "its", "their"):
        kept.pop(0)
    if not kept:
        return None
    tokens = [w.group(0) for w in kept]
    if all(t.lower() in _plain_words()[0] for t in tokens) or any(_TIME_WORD.search(t) for t in tokens) \
            or any(_MEASURE_WORD.fullmatch(t) for t in tokens):
        return None
    return text[s.start + kept[0].start():s.start + kept[-1].end()], s.start + kept[0].start()


@cache
def _part_owner() -> re.Pattern[str]:
    """"the line's ", "its mobile unit's ": a part of the business owning the measure after it
    (its words: kind ``part`` of ``data/measure_phrases.tsv``)."""
    return re.compile(rf"""\b(?:the|its|their|our|this|that|each)\s+          # the, its
        (?P<seg>(?:[A-Za-z][\w&/-]*\s+){{0,3}}?)                               # mobile
        (?:{word_pattern('part').pattern})[’']s?\s+$                            # unit's
        """, re.VERBOSE | re.IGNORECASE)


def part_owner(text: str, s: Sentence, measure_start: int) -> Subject | None:
    """The part of the business a possessive before an English measure names: "The line's
    revenue" (a part the sentence does not name: unknown), "its mobile unit's revenue" (the
    part "mobile"); None where the measure is no part's.

    >>> t = "The line's revenue increased by 15.2% to KRW 32.1 billion."
    >>> part_owner(t, Sentence(0, len(t), t), 11)
    Subject(axis='SegmentAxis', member='', unknown=True)
    >>> part_owner("that analysts said the unit's sales", Sentence(0, 35, ""), 30).unknown
    True
    >>> t = "Its mobile unit's sales rose."
    >>> part_owner(t, Sentence(0, len(t), t), 18).member, part_owner("Acme's sales", Sentence(0, 12, ""), 7)
    ('mobile', None)
    """
    if "'" not in text[max(s.start, measure_start - 3):measure_start] and \
            "’" not in text[max(s.start, measure_start - 3):measure_start]:
        return None  # (first: most measures follow no possessive)
    m = _part_owner().search(text, max(s.start, measure_start - 80), measure_start)
    if m is None:
        return None
    words = m["seg"].split()
    stops = [i for i, w in enumerate(words) if _EN_STOP.match(w) or w.endswith(("'s", "’s"))]
    words = words[stops[-1] + 1:] if stops else words  # "that analysts said the unit's": "the unit's"
    if not words or all(w.lower() in _plain_words()[0] for w in words):
        return Subject(SEGMENT_AXIS, "", unknown=True)
    return Subject(SEGMENT_AXIS, " ".join(words))


@cache
def _clause_part() -> re.Pattern[str]:
    """"Its home appliance company earned", "Acme's mobile business unit recorded": a part of
    the business (kind ``part``; "company" only where a possessive owns it: "the Korean company"
    is the company itself) as the subject of a clause, its verb right after it."""
    return re.compile(rf"""(?:^|[,;]\s*|\.\s+)                                  # a clause's start
        (?:(?P<owned>(?i:its|their|our)|(?:(?i:the)\s+)?[A-Za-z][\w&.-]*['’]s)|(?i:the))\s+  # its, Acme's, the company's, the
        (?P<seg>(?:[A-Za-z][\w&/-]*\s+){{1,4}}?)                                   # mobile communications
        (?:business\s+)?(?:(?P<company>company)|(?:{word_pattern('part').pattern}))  # (business) unit
        (?:\s+(?:alone|itself|by\s+itself|on\s+its\s+own))?                       # alone: the part still
        \s+(?=(?:{word_pattern('reported').pattern}|[a-z]{{3,}}ed)\b)              # recorded
        """, re.VERBOSE)


@cache
def _clause_part_gated() -> Gated:
    """``_clause_part`` behind the words it needs (a part's word or "company"): most clauses
    before a figure name none, and the pattern is not tried at each of their positions."""
    return Gated(_clause_part())


# a new clause with a subject of its own between a part's clause and a figure: ", while the ..."
_OWN_SUBJECT_CLAUSE = re.compile(r"[,;]\s*(?:while|whereas|but|and)\s+(?:the|its|their|[A-Z])")


def clause_part(text: str, s: Sentence, figure_start: int) -> Subject | None:
    """The part of the business the clause holding an English figure is about, named as its
    subject ("... the mobile business unit recorded a loss of X while raking in Y in revenue"):
    its figures are the part's, never the company's total; unknown where its words name none.

    >>> t = "Despite new models, Acme's mobile business unit recorded a loss of 7 won while raking in 9 won."
    >>> clause_part(t, Sentence(0, len(t), t), t.index("9 won")).member
    'mobile'
    >>> t = "Its home appliance company earned 3 won in revenue, up 2 percent."
    >>> clause_part(t, Sentence(0, len(t), t), t.index("3 won")).member
    'home appliance'
    >>> t = "The company's mobile unit reported sales of 4 won."
    >>> clause_part(t, Sentence(0, len(t), t), t.index("4 won")).member
    'mobile'
    >>> t = "The memory division alone reported sales of 4 won."
    >>> clause_part(t, Sentence(0, len(t), t), t.index("4 won")).member
    'memory'
    >>> t = "The Korean company earned 3 won in revenue."
    >>> clause_part(t, Sentence(0, len(t), t), t.index("3 won")) is None
    True
    >>> t = "The chip unit posted a loss of 2 won, while the group's revenue rose to 9 won."
    >>> clause_part(t, Sentence(0, len(t), t), t.index("9 won")) is None
    True
    """
    head = text[s.start:figure_start]
    found = [m for m in _clause_part_gated().finditer(head, fold(head)) if not m["company"] or m["owned"]]
    if not found or _OWN_SUBJECT_CLAUSE.search(head, found[-1].end()):
        return None
    words = found[-1]["seg"].split()
    if any(_EN_STOP.match(w) or w[:1].isdigit() for w in words):
        return None  # "the first quarter results of the unit": no part's name as a subject
    if all(w.lower() in _plain_words()[0] for w in words):
        return Subject(SEGMENT_AXIS, "", unknown=True)
    return Subject(SEGMENT_AXIS, " ".join(words))


# "Hotel Operations ( HO ), accounting for over 60% of Group revenue, increased by ...": a
# sentence's subject said to be a share of the whole is a part of the business
_SHARE_OF_WHOLE = re.compile(r"""\s*(?P<seg>[A-Z][\w&-]*(?:\s+(?:[A-Z][\w&-]*|&|and)){0,4})  # Hotel Operations
    \s*(?:[(（]\s*[A-Z]{1,6}\s*[)）]\s*)?,\s*                                  # ( HO ),
    (?:which\s+)?(?:accounting\s+for|accounted\s+for|contributing|representing|making\s+up)  # accounting for
    \s+[^,;]{0,60}?\b(?:of|to)\s+(?:the\s+)?(?:Group|group|total|Company|company|overall)\b  # ... of Group
    [^,;]{0,40},""", re.VERBOSE)
_SHARE_OF_WHOLE_GATED = Gated(_SHARE_OF_WHOLE)


def share_of_whole_part(text: str, s: Sentence, figure_start: int) -> Subject | None:
    """The part of the business a sentence opens on, said to be a share of the whole ("Hotels,
    accounting for 30% of Group revenue, grew 12% and 40% in revenue and profit
    respectively"): the figures after that apposition are the part's.

    >>> t = "Hotel Operations ( HO ), accounting for over 60% of Group revenue, increased by 12% in revenue."
    >>> share_of_whole_part(t, Sentence(0, len(t), t), t.index("12%")).member
    'Hotel Operations'
    >>> t = "Revenue, accounting for most of the Group total, rose 12%."
    >>> share_of_whole_part(t, Sentence(0, len(t), t), t.index("12%")) is None
    True
    """
    end = max(s.start, figure_start)
    if not _SHARE_OF_WHOLE_GATED.may_match(fold(text[s.start:end])):
        return None  # (no "accounting for", "representing" ... before the figure: most sentences)
    m = _SHARE_OF_WHOLE.match(text, s.start, end)
    if m is None or _MEASURE_WORD.search(m["seg"]) or _NOT_A_PART.search(m["seg"]):
        return None
    return Subject(SEGMENT_AXIS, " ".join(m["seg"].split()))


def english_part(text: str, s: Sentence, measure_start: int, figure_start: int) -> Subject | None:
    """The part of the business an English figure is of, named as the measure's owner ("its
    mobile unit's sales"), as its clause's subject ("its mobile unit recorded ... 9 won in
    revenue") or as a share of the whole the sentence opens on; None where none is named."""
    return part_owner(text, s, measure_start) or clause_part(text, s, figure_start) or \
        share_of_whole_part(text, s, figure_start)


# a verb or adjective in its adnominal form ("5.2% 늘어난 1,200억원", "9.6% 증가한", "지난"): it
# qualifies the figure after it, it names no part of the business
_ADNOMINAL = re.compile(r"[한된난든던른친]$")


# the part a measure is of, named after it: "sales of digital imaging products", "sales of the
# medical systems segment", "revenue from the GSM cellular business" (the segment word is left
# out of the member), "sales to customers in China", "sales in Japan"
_SEGMENT_AFTER = re.compile(
    r"""\s+(?P<prep>of|from|by|at)\s+(?:the\s+|its\s+|our\s+)?                   # of the
    (?P<seg>[A-Za-z][\w&/-]*(?:\s+(?:and\s+)?[A-Za-z][\w&/-]*){0,3}?)                # medical systems
    (?:\s+(?P<word>segments?|business(?:es)?|divisions?|units?|operations))?       # segment
    (?=\s+(?:was|were|rose|grew|fell|increased|decreased|declined|dropped|jumped|climbed|totall?ed|
         amounted|reached|came|stood|improved|added|accounted|contributed|slipped|edged)\b
       |\s*,\s*(?:up|down|which)\b)                                                  # then its verb
    |\s+(?:to\s+customers\s+)?in\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b  # in China
    """,
    re.VERBOSE,
)
_PART_WORD = re.compile(r"\b(?:products?|services?|systems?|solutions?|equipment|devices?|materials?)$", re.I)
_NOT_A_PART = re.compile(r"(?i)\b(?:company|group|corporation|firm|quarter|half|year|period|months?|fiscal|"
                         r"total|consolidated|net|same|which|this|that|these|those)\b")
_REGIONS = re.compile(r"(?:North|South|Latin|Central|Southeast|East|Western|Eastern)?\s*(?:America|Asia|Europe|Africa|"
                      r"Oceania|Middle\s+East|Asia\s+Pacific)$")


def segment_after(text: str, s: Sentence, measure_end: int) -> tuple[str, int] | None:
    """(segment as printed, document offset) of a part named right after an English measure.

    >>> t = "Sales of digital imaging products grew 11.4% to 402.1 billion yen."
    >>> segment_after(t, Sentence(0, len(t), t), 5)
    ('digital imaging products', 9)
    >>> t = "Revenue from the GSM cellular business grew 11.6% to RMB 27.14 billion."
    >>> segment_after(t, Sentence(0, len(t), t), 7)[0], segment_after("sales in Japan fell", Sentence(0, 19, ""), 5)[0]
    ('GSM cellular', 'Japan')
    >>> t = "Revenue from Online Booking grew 12.5% to Rs 310.20 crore"
    >>> segment_after(t, Sentence(0, len(t), t), 7)[0]
    'Online Booking'
    >>> segment_after("Sales of the Company rose 5%", Sentence(0, 28, ""), 5) is None
    True
    >>> segment_after("Sales in the quarter rose 5%", Sentence(0, 28, ""), 5) is None
    True
    """
    m = _SEGMENT_AFTER.match(text, measure_end, s.end)
    if m is None:
        return None
    if m["place"]:
        place = m["place"]
        named = country_code(place)
        if (named and named[1] == 0 and named[2] == len(place)) or _REGIONS.fullmatch(place):
            return " ".join(place.split()), m.start("place")
        return None
    seg = m["seg"]
    if _NOT_A_PART.search(seg) or not (m["word"] or _PART_WORD.search(seg) or _named_line(m["prep"], seg)):
        return None  # "sales of the fourth quarter", "revenue of the Company"
    return " ".join(seg.split()), m.start("seg")


# the company's own revenue, however capitalized: "Revenue From Operations", "Revenue from Sales"
_OWN_REVENUE = re.compile(r"(?i)(?:operations?|sales|services|business|activities|income)$")
_TITLE_WORDS = re.compile(r"[A-Z][\w&/-]*(?:\s+(?:and\s+)?[A-Z][\w&/-]*)*")


def _named_line(preposition: str, seg: str) -> bool:
    """"Revenue from Online Booking grew": a business line named in capitals after "from" (Indian
    business news names a company's lines so), not the company's own "Revenue From Operations".

    >>> _named_line("from", "Online Booking"), _named_line("from", "Operations"), _named_line("of", "Online Booking")
    (True, False, False)
    """
    return preposition == "from" and bool(_TITLE_WORDS.fullmatch(seg)) and not _OWN_REVENUE.search(seg)


_CONTRIBUTOR = Gated(re.compile(r"""(?:^|[,;]\s*(?:while|and|whereas)?\s*)         # clause start
    (?P<seg>[A-Za-z][\w&/-]*(?:\s+[A-Za-z][\w&/-]*){0,3}?)                              # Property development
    \s+(?:contributed|accounted\s+for|generated)\s+(?:about\s+|approximately\s+)?$""",
                                re.VERBOSE))


def contributor_segment(text: str, s: Sentence, figure_start: int) -> tuple[str, int] | None:
    """"Property development contributed HK$1,102.5 million of turnover": the part that
    contributed the figure.

    >>> t = "Property development contributed HK$1,102.5 million of turnover."
    >>> contributor_segment(t, Sentence(0, len(t), t), 33)
    ('Property development', 0)
    >>> contributor_segment("The Group contributed HK$5 million", Sentence(0, 34, ""), 22) is None
    True
    """
    m = gated_search(_CONTRIBUTOR, text[s.start:figure_start])
    if m is None or _NOT_A_PART.search(m["seg"]) or _EN_STOP.match(m["seg"].split()[0]):
        return None
    return " ".join(m["seg"].split()), s.start + m.start("seg")


# "디스플레이": a name of three or more syllables whose last is the particle's letter 이
_NAME_ENDING_IN_I = re.compile(r"[가-힣]{2,}이")


def _not_a_segment(word: str) -> bool:
    return word in _plain_words()[1] or bool(_NOT_SEGMENT.search(word)) \
        or bool(_ADNOMINAL.search(word))


def korean_segment(text: str, s: Sentence, measure_start: int) -> tuple[str, int] | None:
    """"반도체 부문의 영업이익", "메모리 사업부문은 ... 매출": the 부문 (segment) a Korean measure
    is of, written right before it or as the sentence's subject ("디스플레이 사업은": a name of
    three syllables or more may end in the letter of a particle, 이).

    >>> t = "디스플레이 사업은 4300억원의 영업손실을"
    >>> korean_segment(t, Sentence(0, len(t), t), 20)
    ('디스플레이', 0)
    >>> t = "생활가전(HA) 부문은 540억원의 영업이익을"
    >>> korean_segment(t, Sentence(0, len(t), t), 22)
    ('생활가전', 0)
    >>> t = "소재부문 매출은 1조 2000억원, 영업이익은 560억원"
    >>> korean_segment(t, Sentence(0, len(t), t), t.index("영업"))
    ('소재', 0)
    """
    head = text[s.start:measure_start]
    m = _KO_SEGMENT_BEFORE.search(head) or _KO_SEGMENT_SUBJECT.search(head) or _KO_SEGMENT_FIRST_MEASURE.search(head)
    if m is None or _not_a_segment(m["seg"][:-1] if _NAME_ENDING_IN_I.fullmatch(m["seg"]) else m["seg"]):
        return None
    return " ".join(m["seg"].split()), s.start + m.start("seg")


# "製造業の純利益", "ミナセ光機の売上高": the owner a Japanese measure names before its の
_JA_OWNER = re.compile(r"""(?P<owner>[\u30a0-\u30ff\u3400-\u9fffA-Za-z＆&]{2,20})の\s*  # サクラ電機の
    (?:[0-9０-９年月期度～〜~\-－第四半上下通中間累計連結会計]{1,20}の\s*)?$    # its period: 2019年4～9月期の""", re.VERBOSE)
# an owner that is a period ("4～9月期の", "当連結会計年度の") or the results' own words ("連結決算の")
_JA_NO_OWNER = re.compile(r"(?:期|年|月|度|間|決算|業績|累計)$")


def japanese_owner(text: str, s: Sentence, measure_start: int) -> tuple[str, int] | None:
    """The owner a Japanese measure names right before its の, unless it is the company itself in
    general words (当社グループの, ``data/figure_qualifiers.tsv``) or a period (…期の).

    >>> t = "製造業の純利益は3%増"
    >>> japanese_owner(t, Sentence(0, len(t), t), 4)
    ('製造業', 0)
    >>> t = "当社グループの売上高は"
    >>> japanese_owner(t, Sentence(0, len(t), t), 7) is None
    True
    >>> t = "2019年4～9月期の売上高は"
    >>> japanese_owner(t, Sentence(0, len(t), t), 11) is None
    True
    >>> t = "同業のサクラ電機の2019年4～9月期の純利益は"
    >>> japanese_owner(t, Sentence(0, len(t), t), 20)
    ('サクラ電機', 3)
    """
    m = _JA_OWNER.search(text, s.start, measure_start)
    if m is None or m["owner"] in _japanese_plain_owners() or _JA_NO_OWNER.search(m["owner"]):
        return None
    return m["owner"], m.start("owner")


@cache
def _japanese_plain_owners() -> frozenset[str]:
    return frozenset(w for lang, w in data_rows("figure_qualifiers.tsv") if lang == "ja")


@cache
def _japanese_words(kind: str) -> tuple[str, ...]:
    return tuple(w for lang, w in data_rows("figure_qualifiers.tsv") if lang == kind)


# "上場企業、…", "非製造業は…": the subject a Japanese sentence (or headline) opens with
_JA_SUBJECT = re.compile(r"\s*(?P<subj>[\u30a0-\u30ff\u3400-\u9fffA-Za-z＆&・]{2,20})(?:、|は)")


def japanese_other_subject(text: str, s: Sentence, measure_start: int, registrant: str | None) -> bool:
    """Whether a Japanese measure is another's than the registrant's: an owner before its の that
    is not the registrant ("製造業の純利益"), or a sentence opening on a subject that is not
    ("全産業、…純利益8%増"; with no registrant known, only a roundup's many companies or
    industry, ``ja_aggregate``).

    >>> t = "非製造業は7%増の5兆円、純利益は"
    >>> japanese_other_subject(t, Sentence(0, len(t), t), 13, None)
    True
    >>> t = "ミナセ光機は8日、純利益は"
    >>> japanese_other_subject(t, Sentence(0, len(t), t), 9, "ミナセ光機"), japanese_other_subject(t, Sentence(0, len(t), t), 9, None)
    (False, False)
    """
    owner = japanese_owner(text, s, measure_start)
    if owner is not None and not _the_registrant(owner[0], registrant):
        return True
    m = _JA_SUBJECT.match(text, s.start, measure_start)
    if m is None or m["subj"] in _japanese_plain_owners() or _JA_NO_OWNER.search(m["subj"]) \
            or any(w in m["subj"] for w in _japanese_words("ja_measure")):
        return False
    if registrant:
        return not _the_registrant(m["subj"], registrant)
    return m["subj"] in _japanese_words("ja_aggregate")


def _the_registrant(owner: str, registrant: str | None) -> bool:
    """Whether a Japanese measure's owner is the registrant ("ミナセ光機の売上高"), however
    shortened ("ミナセ光機" of "ミナセ光機株式会社")."""
    return bool(registrant) and (owner in registrant or registrant in owner)  # type: ignore[operator]


def korean_list_segment(text: str, s: Sentence, figure_start: int) -> tuple[str, int] | None:
    """"반도체 3조 2100억원, 통신 1조 5300억원": the word right before a figure of a list."""
    m = _KO_LIST_WORD.search(text[s.start:figure_start])
    if m is None or _not_a_segment(m["seg"]):
        return None
    return " ".join(m["seg"].split()), s.start + m.start("seg")
