"""The registrant as a document's sentences name it: the company a text defines as
``(the "Company")``, the subject of a release's dateline sentence or of a sentence saying it
announced, reported or said something, the subject of a Korean lead sentence (its legal-form
marker stripped, in Korean). The order in which these are tried among the other sources is
``registrant``'s.
"""

from __future__ import annotations

import re
from functools import cache

from converter.extract.anchors import Located
from converter.extract.mechanisms.countries import country_at
from converter.extract.mechanisms.tokens import dates_between
from converter.extract.mechanisms.names import (
    KOREAN_MARKER,
    company_at,
    name_ending_at,
    name_starting_at,
    person_name,
    without_korean_marker,
    words,
)
from converter.extract.mechanisms.name_match import has_legal_form
from converter.parse.address_places import foreign_index, lookup_place
from converter.parse.gates import Gated, folded_piece
from converter.extract.mechanisms.sentences import has_hangul, word_pattern

# '(the "Company")', '("DSC" or "the Company")', '(hereinafter "the Bank")', '("SFG" or the "Group")'
_COMPANY_DEFINITION = re.compile(
    r"\(\s*(?:hereinafter\s+(?:referred\s+to\s+as\s+)?)?(?:[\"“][^\"”()\n]{1,40}[\"”],?\s+(?:or|and)\s+)?"
    r"(?:the\s+)?[\"“](?:the\s+)?(?:Company|Issuer|Registrant|Bank|Group|Corporation)[\"”]"
)
# a dateline's end: 'April 26, 2005 --', 'Nov. 27, 2007 (PRIME NEWSWIRE) --', '/PRNewswire/ --'
_DATELINE_END = re.compile(
    r"""\s*(?:\([A-Z][^()\n]{1,40}\)|/[^/\n]{1,40}/)?    # the wire's name
    \s*(?:-{1,2}|[\u2013\u2014])\s*""", re.VERBOSE)

# a wire story's dateline that gives no year: 'SEOUL, May 13 (Yonhap) --', opening a line
_YEARLESS_DATELINE = re.compile(
    r"""^[ \t]*[A-Z][A-Za-z .]{1,30},[ \t]*          # the place: 'SEOUL,'
    [A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}                   # the month and day: 'May 13', 'Sept. 4'
    (?=[ \t]*(?:\([A-Z][^()\n]{1,40}\)[ \t]*)?(?:-{1,2}|[\u2013\u2014]))""", re.VERBOSE | re.MULTILINE)


# (compiled at import: an inline pattern is compiled again once ``re``'s cache of 512 overflows)
# a one-word possessor before a name: "Seoul's Hanbit Co.", "Kumud's Laboratories" (a place's,
# stripped; anything else is the name's own word: ``_place_possessor``)
_POSSESSOR = re.compile(r"\s*(?:(?P<owner>[A-Z][\w.-]*)['’]s\s+)?")
_PARENTHESES = re.compile(r"\([^()]*\)")
_APPOSITIVE = re.compile(r"^\s*,[^,]{1,160},")
_DASH = re.compile(r"[-\u2013\u2014]")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_FULL_STOP = re.compile(r"(\S+)[.!?][\"”]?\s+(?=[A-Z\"“])")  # a sentence's last word and its stop
_HANGUL_WORD = re.compile(r"[가-힣]+")


# -- 2. and 3. the company a text defines or that announces -----------------------------------


def from_definition(text: str) -> Located | None:
    """The company whose name stands before the first ``(the "Company")`` that follows one."""
    for m in _COMPANY_DEFINITION.finditer(text, 0, min(len(text), 20000)):
        end = m.start()
        while True:  # past '(Nasdaq: ACME)' and the like between the name and its definition
            stripped = text[:end].rstrip()
            if not stripped.endswith(")"):
                break
            opening = stripped.rfind("(", max(0, len(stripped) - 60))
            if opening < 0:
                break
            end = opening
        found = company_at(text, name_ending_at(text, end))
        if found is not None:
            return found
    return None


def _subject(text: str, start: int, verb: int) -> tuple[int, int] | None:
    """The company name opening text[start:verb], when only parentheses, an appositive and
    adverbs stand between it and the verb; or the name with a legal form after a description
    ('Major South Korean financial holding firm Acme Financial Group Inc. said')."""
    start = _past_country_possessive(text, start, verb)  # South Korea's Acme Co.
    m = _POSSESSOR.match(text[start:verb])  # Seoul's VMX
    start += m.end() if m and m.group("owner") and _place_possessor(m.group("owner")) else 0
    span = name_starting_at(text, start, verb)
    if span is not None and _only_asides(text[span[1] : verb]):
        # 'FnGuide, a financial information provider, released ...': the story's source of data
        return None if _source_appositive(text[span[1] : verb]) else span
    return _after_description(text, start, verb)


_POSSESSIVE_S = re.compile(r"['’]s\s+")
_KOREAN_CITY_KINDS = ("metro", "do", "si")  # a province or city, never a ward's or a village's name


def _place_possessor(word: str) -> bool:
    """Whether a possessor before a company's name is a place, whose company the story says it
    is ("Seoul's Hanbit Co.", "Mumbai's Acme Ltd."), rather than the name's own first word: a
    company may be named in the possessive ("Kumud's Laboratories", "Dr. Anand's", "Maple's"),
    and such a name is cut after its apostrophe when its first word is taken for an owner.

    >>> [_place_possessor(w) for w in ("India", "Seoul", "Mumbai", "Hanbit", "Garam")]
    [True, True, True, False, False]
    """
    if country_at(word, 0, len(word)) == len(word):
        return True
    if any(word.lower() in foreign_index().get(kind, {}) for kind in ("country", "city_state", "region", "city")):
        return True
    return any(place.kind in _KOREAN_CITY_KINDS for place in lookup_place(word))


def _past_country_possessive(text: str, start: int, verb: int) -> int:
    """Past a country's possessive before a company's name, however many words the country's
    name has ('South Korea's Acme Co. said', 'Hong Kong's Acme Ltd.'): a news story says whose
    the company is, and that is no part of its name.

    >>> _past_country_possessive(" South Korea's Hanbit Marine Co. said", 0, 32)
    15
    """
    at = start + len(text[start:verb]) - len(text[start:verb].lstrip())
    end = country_at(text, at, verb)
    m = _POSSESSIVE_S.match(text, end, verb) if end is not None else None
    return m.end() if m else start


@cache
def _source_phrases() -> re.Pattern[str]:
    """The ``source`` phrases of ``data/name_words.tsv`` as whole words, compiled once."""
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(words("source")))
                      + r")s?\b", re.I)


def _source_appositive(rest: str) -> bool:
    """Whether the appositive in ``rest`` (between a name and its verb) calls the name a source
    of data ('a financial information provider here', 'a market tracker'): no company reporting."""
    m = _APPOSITIVE.match(rest)
    return m is not None and _source_phrases().search(m.group()) is not None


def _only_asides(rest: str) -> bool:
    """Whether only parentheses, an appositive and adverbs stand in ``rest``."""
    rest = _PARENTHESES.sub(" ", _PARENTHESES.sub(" ", rest))
    rest = _APPOSITIVE.sub(" ", rest)  # ', an online game developer based in Korea,'
    return not [w for w in rest.split() if w.casefold() not in words("adverb")]


_DESCRIPTION_WORDS = 8  # the longest description looked through: 'Major South Korean financial holding firm'
_WORD_AND_SPACE = re.compile(r"\S+\s+")


def _after_description(text: str, start: int, verb: int) -> tuple[int, int] | None:
    """The name with a legal form standing, with only asides, before the verb after a
    description that opens text[start:verb] and ends with its noun (``descriptor`` words of
    ``data/name_words.tsv``: 'firm', 'maker'); the description's words are never the name's."""
    position = start
    for _ in range(_DESCRIPTION_WORDS):
        word = _WORD_AND_SPACE.match(text, position, verb)
        if word is None:
            return None
        position = word.end()
        if word.group().strip().casefold() in words("descriptor"):
            span = name_starting_at(text, position, verb)
            if span is not None and _only_asides(text[span[1] : verb]) and (
                    has_legal_form(text[span[0] : span[1]]) or _named_again(text, text[span[0] : span[1]])):
                return span
    return None


_NAMED_AGAIN = 3  # the story's subject: named in its headline or lead and again in its body


def _named_again(text: str, name: str) -> bool:
    """Whether a name with no legal form after a description ('machinery conglomerate Daon
    Holdings said') is the story's subject: the text names it again and again."""
    return len(re.findall(rf"(?<![\w&]){re.escape(name)}(?![\w&])", text)) >= _NAMED_AGAIN


# "the said dividend", "such said meeting": "said" as a legal adjective, no verb
_ADJECTIVE_SAID = re.compile(r"(?:\b[Tt]he|\b[Ss]uch)\s$")


@cache
def _reporting_verbs() -> Gated:
    """'announced', 'reported', 'said'... (``data/name_words.tsv``), compiled once, tried only
    where one of them can start (the pattern opens with ``\\b``: ``re`` would try everywhere)."""
    return Gated(re.compile(r"\b(?:" + "|".join(sorted(words("reporting"))) + r")\b"))


@cache
def _ko_reporting_verbs() -> re.Pattern[str]:
    """The verbs closing a Korean lead sentence ('밝혔다'), before its full stop, compiled once."""
    return re.compile(rf"(?:{'|'.join(sorted(words('ko_reporting')))})\s*\.")


def from_release_subject(text: str) -> Located | None:
    """The company a release's dateline sentence is about, else the subject with a legal form of
    one of its first sentences that announced, reported or said something."""
    head = text[: min(len(text), 6000)]
    verbs = [v for v in _reporting_verbs().finditer(head, folded_piece(text, 0, len(head)))
             if not _ADJECTIVE_SAID.search(head, max(0, v.start() - 5), v.start())]
    date_ends = [date.end for date in dates_between(text, 0, 4000)]  # = find_dates(head[:4000]), from the index
    # and a wire's dateline without its year, after them (a byline's date may stand above it)
    date_ends += [m.end() for m in _YEARLESS_DATELINE.finditer(head, 0, 1500)]
    for date_end in date_ends:
        dash = _DATELINE_END.match(head, date_end)
        if not dash or not _DASH.search(dash.group()):
            continue
        verb = next((v for v in verbs if v.start() > dash.end()), None)
        span = _subject(text, dash.end(), verb.start()) if verb and verb.start() - dash.end() < 400 else None
        if span is None:
            span = name_starting_at(text, dash.end())
            if span and not has_legal_form(text[span[0] : span[1]]):
                span = None
        found = company_at(text, span)
        if found is not None:
            return found
    first = True
    for verb in verbs[:12]:
        start = _sentence_start(head, verb.start())
        found = company_at(text, _subject(text, start, verb.start()))
        if found is not None and has_legal_form(str(found.value)):
            return found
        if found is not None and first and start < 1500 and not person_name(str(found.value)):
            return found  # the first sentence's subject, a company by no legal form: not a person
        first = False
    return None


def _sentence_start(text: str, end: int) -> int:
    """Where the sentence holding ``end`` starts: after a paragraph break or the last full stop
    that does not close an abbreviation ('Co.', 'Inc.', 'Mr.')."""
    floor = max(0, end - 600)
    breaks = list(_BLANK_LINE.finditer(text[floor:end]))
    start = floor + (breaks[-1].end() if breaks else 0)
    sentence = start
    for m in _FULL_STOP.finditer(text[start:end]):
        word = m.group(1).casefold()
        if not has_legal_form(word + ".") and word not in ("mr", "ms", "mrs", "dr", "no", "st", "u.s"):
            sentence = start + m.end()
    return sentence


# -- 4. a Korean lead sentence ----------------------------------------------------------------


_KO_NAME = r"(?:㈜|\(주\)|주식회사\s?)?[가-힣A-Za-z0-9&]{2,20}(?:\s?주식회사|㈜|\(주\))?"
_KO_SUBJECT = re.compile(rf"(?P<name>{_KO_NAME})(?P<paren>\([^()\n]{{1,30}}\))?(?:은|는)\s")
_KO_SENTENCE_STOP = re.compile(r"\n[ \t]*\n|(?<!\d)\.|\.(?!\d)")
# the subject opening a line, maybe after a bullet ('□ '), its dateline ('2003년 4월 28일 - 대한통신은')
# or a wire's byline ('(서울=연합뉴스) 김수진 기자 = ', '【서울=뉴시스】 ... = ', '[한빛경제 김수진 기자] '), and a word of its trade
# or its market ('온라인게임 업체 누리소프트는', '코스닥 상장사 누리소프트는')
_KO_LINE_SUBJECT = re.compile(rf"[ \t]*(?:[□○■◆◇▶▷●•·\-][ \t]*)?(?:[^\n]{{0,30}}?\s[-\u2013\u2014]\s"
                              rf"|[(\[【〔][^()\[\]【】〔〕\n=]{{1,20}}=[^()\[\]【】〔〕\n]{{1,20}}[)\]】〕]"
                              rf"[^\n=]{{0,20}}?=\s*|[\[【][^\]】=\n]{{1,30}}\s기자[\]】]\s*)?(?:[가-힣A-Za-z]+\s(?:업체|기업|회사|전문업체|전문기업|상장사|상장기업|상장회사)인?\s)?"
                              rf"(?P<name>{_KO_NAME})(?P<paren>\([^()\n]{{1,30}}\))?(?P<particle>은|는|이|가)\s")


def _ko_sentence(text: str, end: int) -> range:
    """The sentence ending at ``end``: after the last full stop (not a figure's point, '12.4%')
    or blank line before it; it may wrap over lines."""
    floor = max(0, end - 600)
    stops = list(_KO_SENTENCE_STOP.finditer(text, floor, end - 1))
    return range(stops[-1].end() if stops else floor, end)


def _line_starts(text: str, sentence: range) -> list[int]:
    """Where the sentence and each line it runs over begin."""
    starts = [sentence.start]
    position = text.find("\n", sentence.start, sentence.stop)
    while position >= 0:
        starts.append(position + 1)
        position = text.find("\n", position + 1, sentence.stop)
    return starts


def _subject_particle_fits(m: re.Match[str]) -> bool:
    """Whether a line's subject is marked as such: by the topic particle (은/는), or by the
    subject particle as Korean spells it after the name's last syllable (이 after a final
    consonant, 가 after a vowel: '한빛전자가', '한빛통신(012345)이'), not a name that itself ends
    in 이 or 가 read as one ('한빛가' is no subject '한빛' + 가 when the name ends in a consonant).

    >>> [_subject_particle_fits(_KO_LINE_SUBJECT.match(t)) for t in ("한빛전자가 밝혔다", "한빛통신이 밝혔다", "한빛통신가 밝혔다")]
    [True, True, False]
    """
    particle = m["particle"]
    if particle in ("은", "는"):
        return True
    last = m["name"][-1]
    if not "가" <= last <= "힣":
        return True  # a name ending in a Latin letter or a digit ('KT&G가'): either is written
    final_consonant = (ord(last) - ord("가")) % 28 != 0
    return final_consonant == (particle == "이")


# the day of the month a Korean story's lead opens with, its dateline ('7일 한빛통신은 ... 밝혔다')
_KO_DATELINE_DAY = re.compile(r"(?:[1-9]|[12][0-9]|3[01])일")


def _subject_starts(text: str, sentence: range) -> list[int]:
    """Where the sentence's subject may start: where it and each line it runs over begin, and
    past a word of time or connection or the dateline's day opening it ('이날 한빛통신은 ... 밝혔다',
    '7일 한빛통신은 ...')."""
    starts = _line_starts(text, sentence)
    first = text[sentence.start : sentence.start + 12]
    word = first.split(maxsplit=1)[0] if first.strip() else ""
    if word in words("ko_opener") or _KO_DATELINE_DAY.fullmatch(word):
        starts.append(sentence.start + first.index(word) + len(word) + 1)
    # '... 지난해 3분기 12억원의 영업이익을 기록했던 한빛정밀은 올해 3분기 ...': the subject after a
    # clause stating its earlier figure (a past adnominal, -던)
    starts += [m.end() for m in _KO_EARLIER_CLAUSE_END.finditer(text, sentence.start, min(sentence.stop, sentence.start + 120))]
    return starts


# the past adnominal closing a clause before the subject ('기록했던 ', '흑자였던 ')
_KO_EARLIER_CLAUSE_END = re.compile(r"(?:[었았였했]|이)던\s+")


def _not_a_company(name: str) -> bool:
    """A Korean subject that names no company: a generic word ('회사는'), a side or a group of
    people ('회사측은', '전문가들은'), a figure ('당기순손실은'), a part of a business
    ('소재사업부문은', ``ko_part``: a division's figures are no company's own)."""
    return (name.casefold() in words("ko_generic") or name.endswith(("측", "들"))
            or name.casefold() in words("ko_sector")  # "정보기기는 ...": an industry of the market
            or name.endswith(tuple(words("ko_part")))
            or any(measure in name for measure in words("ko_measure")))


def _names_source(text: str, start: int, end: int) -> bool:
    """Whether the subject's clause names the source of the news ('15일 한국거래소가 발표한 ...에
    따르면'): a word of ``ko_source_clause`` of ``data/name_words.tsv`` standing alone (not the end of
    '결산결과', the results of a company's own books); the exchange is no company reporting."""
    return any(re.search(rf"(?<![가-힣]){word}\s", text[start:end]) for word in words("ko_source_clause"))


def _states_impact(text: str, sentence: range) -> bool:
    """Whether the sentence says what a cause did to a measure (``ko_impact`` of
    ``data/measure_phrases.tsv``: 깎아먹다, 끌어내리다, 영향을 미치다)."""
    return word_pattern("ko_impact").search(text, sentence.start, sentence.stop) is not None


_KO_LEAD_STOP = re.compile(r"다\.")


def _lead_results_owner(head: str) -> tuple[int, int] | None:
    """Where the name of the company whose results the lead sentence of a Korean story states is
    (``korean_results_subject``: "9일 금융감독원에 따르면 한빛화학의 2분기 영업이익은 ...", "한빛화학은
    2분기 영업이익이 ..."), past its dateline's day, an opening word and the clause naming its
    source: the story's company, though a later paragraph of a round-up names another company
    that reported ("... 기록했다").

    >>> head = "9일 거래소에 따르면 한빛화학의 2분기 영업이익은 120억원으로 늘었다. 가온금융지주는 3분기 순이익 50억원을 기록했다."
    >>> head[slice(*_lead_results_owner(head))]
    '한빛화학'
    """
    from converter.extract.mechanisms.korean_subjects import korean_results_subject
    stop = _KO_LEAD_STOP.search(head, 0, 1500)
    if stop is None:
        return None
    sentence = range(head.rfind("\n", 0, stop.start()) + 1, stop.end())
    starts = _subject_starts(head, sentence)
    starts += [m.end() for word in words("ko_source_clause")
               for m in re.finditer(rf"(?<![가-힣]){word}\s+", head[:sentence.stop]) if m.start() >= sentence.start]
    for start in sorted(starts):
        name = korean_results_subject(head[start:sentence.stop])
        if name is not None and not _not_a_company(name):
            at = head.index(name, start)
            return at, at + len(name)
    return None


# where a Korean sentence ends: "다." and its quotes, a blank line (figures' points never end one)
_KO_DIGEST_SENTENCE_END = re.compile(r"다[.”\"']*(?:\s|$)|\n[ \t]*\n")


def _digest_without_subject(head: str, chosen: tuple[int, int]) -> bool:
    """Whether a Korean story is a digest of many companies' results whose company chosen as its
    registrant (at ``chosen``) is not named in its lead (its headline and first sentence): a
    market's sums first ("거래소에 따르면 코스닥 53개사의 상반기 매출은 ..."), or the results of
    several other companies, each its sentence's subject; or whose chosen company is the source of
    the market's sums its sentence states ("X협의회는 12월결산 상장사 487개의 실적을 분석한 뒤 ...").
    Such a story has no one registrant:
    each figure is its own company's, or no one's that can be told."""
    from converter.extract.mechanisms.company_counts import korean_market_lead
    from converter.extract.mechanisms.korean_subjects import korean_results_subject
    ends = [m.end() for m in _KO_DIGEST_SENTENCE_END.finditer(head)]
    name = head[chosen[0]:chosen[1]]
    starts = [0] + ends
    sentences = [head[a:b].strip() for a, b in zip(starts, ends + [len(head)])]
    own = next((s for a, b, s in zip(starts, ends + [len(head)], sentences) if a <= chosen[0] < b), "")
    if korean_market_lead(own[own.find(name) + len(name):]):
        return True  # "X협의회는 ... 상장사 487개의 실적을 분석한 뒤": the source of a market's sums
    if not ends or chosen[0] < ends[0] or name in head[:ends[0]]:
        return False  # the lead names it: the story's own company
    before = [s for a, s in zip(starts, sentences) if a < chosen[0]]
    if any(korean_market_lead(s) for s in before):
        return True  # the market's story, which names companies among its figures
    others = {n for s in sentences for start in _digest_subject_starts(s)
              if (n := korean_results_subject(s[start:])) and n not in name and name not in n}
    return len(others) >= 2


def _digest_subject_starts(sentence: str) -> list[int]:
    """Where a digest sentence's subject may start: at its start, past its opening word or
    dateline's day ("같은 날 X는", "이날 X는", "19일 X는")."""
    return _subject_starts(sentence, range(0, len(sentence)))


def from_korean_subject(text: str) -> Located | None:
    """The company a Korean article's lead sentence is about: the name bearing a legal-form
    marker in it, else the sentence's first word when it is the subject (은/는). A short name is
    replaced by the full one when a later sentence's subject spells it out (대영 -> 대영제약)."""
    head = text[: min(len(text), 4000)]
    chosen = None
    if not has_hangul(head):
        return None
    for verb in _ko_reporting_verbs().finditer(head):
        sentence = _ko_sentence(head, verb.end())
        marked = [m for m in _KO_SUBJECT.finditer(head, sentence.start, sentence.stop)
                  if KOREAN_MARKER.search(m["name"]) and not _not_a_company(m["name"])]
        # the subject of a sentence saying what it did to a measure ("환율은 영업이익을 2000억원
        # 깎아먹은 것으로 나타났다") is a cause, not the company reporting
        opening = [] if _states_impact(head, sentence) else [
            m for m in (_KO_LINE_SUBJECT.match(head, start) for start in _subject_starts(head, sentence))
            if m and _subject_particle_fits(m) and not _not_a_company(m["name"])
            and not _names_source(head, m.end(), sentence.stop)]
        pick = (marked or opening or [None])[0]
        if pick is not None:
            chosen = (pick.start("name"), pick.end("name"))
            break
    if chosen is None or _digest_without_subject(head, chosen):
        return None
    lead = _lead_results_owner(head)
    if lead is not None and lead[1] <= chosen[0]:
        chosen = lead  # a round-up's later company reporting: the lead's company is the story's
    start, end = chosen
    printed = text[start:end]
    name = without_korean_marker(printed) or printed
    if _not_a_company(name) or not has_hangul(name):
        return None
    for later in _KO_SUBJECT.finditer(head, end):
        longer = without_korean_marker(later["name"]) or later["name"]
        if longer.startswith(name) and len(longer) > len(name) and _HANGUL_WORD.fullmatch(longer) \
                and not _not_a_company(longer):  # '한빛통신측은': the company's side, the same name
            return Located(longer, later.start("name"), later.end("name"), lang="ko")
    if name != printed:
        inner = printed.index(name.split()[0])
        return Located(name, start + inner, start + inner + len(name), lang="ko")
    return Located(name, start, end, lang="ko")


