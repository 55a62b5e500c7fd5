"""Whose figure it is: the company as a whole, one of its segments (``figure_segments``), or
another company (``NewsCompanies``: the companies of a news story and which one a sentence is about).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from converter.extract.mechanisms.chinese_subjects import ChineseCompanies, chinese_subject, clause_subject, subject_of_its_own
from converter.extract.mechanisms.company_counts import (
    english_company_count, holds_figure, korean_company_count, korean_market_lead, source_clause_end)
from converter.extract.mechanisms.company_roles import role_company
from converter.extract.mechanisms.company_units import related_company
from converter.extract.mechanisms.ranked_companies import listed_companies
from converter.extract.mechanisms.korean_subjects import (
    KO_AMOUNT, korean_company_subject, korean_former_subject, korean_head_subject, korean_market_subject,
    korean_named_subject, korean_other_subject, korean_results_subject, korean_role_company, korean_sector_name,
    korean_sector_subject,
    korean_unit_subject, sums_by_industry)
from converter.extract.mechanisms.sentences import has_hangul, Sentence
from converter.extract.mechanisms.subject_names import (  # noqa: F401 (_COMPANY_SUBJECT, _REPORT_VERBS: read here by tests)
    LEGAL_WORD, ORG_WORD, _COMPANY_SUBJECT, _FORMED_NAME, _REPORT_VERBS, _former, _words, company_subject,
    paragraph_company, same_company)

SEGMENT_AXIS = "SegmentAxis"
COUNTERPARTY_AXIS = "CounterpartyAxis"


@dataclass(frozen=True)
class Subject:
    axis: str | None = None  # None: the registrant as a whole
    member: str = ""
    unknown: bool = False  # a company the text names that may or may not be the registrant
    aggregate: bool = field(default=False, repr=False)  # companies counted together (a market's sum), never the registrant

    def why_not(self, concept: str) -> str:
        """Why a figure of this subject, one not told to be the registrant (``unknown``), is left out."""
        if self.axis == SEGMENT_AXIS:
            return f"{concept} of a part whose segment the text does not name"
        if self.aggregate:
            return f"{concept} of '{self.member}' together: a sum over companies, not the registrant's"
        return f"{concept} of '{self.member}', which may not be the registrant"

    @property
    def dimensions(self) -> tuple[tuple[str, str], ...]:
        return ((self.axis, self.member),) if self.axis else ()


WHOLE = Subject()
UNTOLD = Subject(None, "one of the companies named", unknown=True)  # of several, which cannot be told


def _other_company(sentence: str, registrant: str, text: str) -> str | None:
    """A company other than the story's own that a Korean sentence marks as its subject before
    its first figure, whatever words come before it ("같은 기간 한빛전자는 98억원의 ..."): a name
    ending in a word of a company's trade (``ko_company_word``) or bearing its legal-form marker."""
    from converter.extract.mechanisms.names import KOREAN_MARKER, words
    other = korean_other_subject(sentence)
    if other is None or same_company(other, registrant) or \
            not re.search(rf"(?<![가-힣A-Za-z0-9]){re.escape(other)}(?:은|는|이|가|도)\s", sentence):
        return None  # (a name before a parenthesis, "△X (31,250원 ...)", is a list's item, no subject)
    if KOREAN_MARKER.search(other):
        return other
    if not other.endswith(tuple(words("ko_company_word"))) or _listed_as_part(other, text):
        return None
    return other


def _listed_as_part(name: str, text: str) -> bool:
    """Whether the story lists ``name`` with its own figure as one of the company's parts
    ("부문별 매출은 소재 2조원, 가전 4100억원"; "가전 부문 ..."): a part, though its name ends in a
    word of a trade as a company's may ("가전은 8.4% 줄었다")."""
    return re.search(rf"(?<![가-힣]){re.escape(name)}\s*(?:부문|사업부|분야)?\s*[\d△▲-]", text) is not None


def _not_told(name: str, market_story: bool) -> Subject:
    """The subject of a Korean clause not told for sure to be a company: in a market's story an
    industry of the exchange ("운수창고업은 ...") is a sum over its companies; any other name, and
    in a company's story a part of it named as an industry is ("소재가 ..."), may be the registrant's."""
    if market_story and korean_sector_name(name):
        return Subject(COUNTERPARTY_AXIS, name, unknown=True, aggregate=True)
    return Subject(None, name, unknown=True)


_HAN = re.compile(r"[\u4e00-\u9fff]")  # a Chinese character
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# ", and Daebo Electronics' operating profit ...", "; Daebo posted ...", "while Daebo ...": a later
# clause of an English sentence, which may have a subject of its own
_CLAUSE_OPENS = re.compile(r"(?:,\s*(?:and|while|whereas|but)|;|\s(?:while|whereas))\s+")
# "It", "The company", "Their": a sentence that goes on about the company (or companies) named before
_GOES_ON_ABOUT = re.compile(r"\s*(?:It|Its|That|This|Their|The\s+(?:company|carrier|firm))\b")
# "Combined net profit in the first nine months ...": goes on about the companies summed before
_SUMMED_AGAIN = re.compile(r"\s*(?:The\s+)?(?:Combined|Aggregate)\b")
# a line by itself that ends in no stop: a heading (a digest's item: "Acme reports 94 pc jump in PAT")
_HEADING_END = re.compile(r"[^.!?。:;\s][ \t]*(?:\n|$)")
_SENTENCE_ABOVE = re.compile(r"[.!?。][ \t]*\n")
# a wire story's dateline opening its first paragraph: 'MUMBAI, May 10, 2014 -- ', 'SEOUL, Oct. 4 (Agency) -- '
_DATELINE_LEAD = re.compile(r"""[A-Z][A-Za-z .]{1,30},[ \t]*                 # the place: 'MUMBAI,'
    [A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?                       # the date: 'May 10, 2014'
    [ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:-{1,2}|[\u2013\u2014])[ \t]*      # (the wire's name), the dash""", re.VERBOSE)
# how many sentences from the top a market's story names the companies it sums (a headline, a
# lead of one or two sentences before the source's figures)
_MARKET_LEAD = 6
# an amount of a Korean sentence: a figure with its unit or scale ("3천210억원", "12%")
_KO_AMOUNT = re.compile(r"\d[\d,.]*\s*(?:조|억|만|천|원|%|달러)")
def _industry_words() -> tuple[str, ...]:
    from converter.extract.mechanisms.names import words
    return tuple(sorted(words("ko_industry")))


def _before_amount(sentence: str, name: str) -> bool:
    """Whether ``name`` is printed before the sentence's first amount (a subject of the figures)."""
    amount = _KO_AMOUNT.search(sentence)
    return sentence.find(name) < (amount.start() if amount else len(sentence))


class NewsCompanies:
    """The company each sentence of a document is about, against the registrant."""

    def __init__(self, registrant: str | None, sentences: list[Sentence], text: str = "") -> None:
        self.registrant = registrant
        self.sentences = sentences
        self.text = text  # the document's, which the sentences' offsets are into
        self.last: Subject = WHOLE
        self.last_at = -1  # where the sentence naming ``last`` starts (-1: none did)
        # the company the sentence names or goes on about, as printed, the registrant too (None:
        # none named): two values of one fact from sentences about different companies conflict
        self.speaker: str | None = None
        self.item: tuple[Subject, str | None] | None = None  # a digest's item (its heading's company)
        self.others: list[str] = []  # the other companies named so far, as first printed
        # Korean subjects of any words only where they can be told the registrant's (a Korean name, or none)
        self.korean_names = registrant is None or has_hangul(registrant)

    @cached_property
    def named(self) -> set[str]:
        """Every company the sentences name: asked only where the registrant is unknown."""
        named = {c for s in self.sentences if (c := company_subject(s.text))}
        # (and those a sentence lists with their figures: "한빛텔레콤 6,120억원, 새봄모터스 5,432억원")
        listed = {n for s in self.sentences if len(found := listed_companies(s.text)) >= 2 for n in found}
        return named | {c[0] for s in self.sentences if (c := korean_company_subject(s.text))} | self.reporting | listed

    @cached_property
    def several(self) -> bool:
        """Whether a story whose registrant is unknown names several companies by their legal
        form ("Acme Mobile Co ... beating rivals Daebo Telecom Co's and Hanil Telecommunications
        Co's"): a figure its sentence does not give to one of them is no one's that can be told."""
        if self.registrant is not None:
            return False
        if self.round_up or len(self.reporting) > 1 or self.chinese is not None:
            # (a Korean digest stating several companies' results, each its sentence's subject)
            return True
        formed = {frozenset(_words(m["name"])) for s in self.sentences for m in _FORMED_NAME.finditer(s.text)}
        formed.discard(frozenset())
        return any(not (a & b) for a in formed for b in formed)

    @cached_property
    def chinese(self) -> ChineseCompanies | None:
        """The companies a Chinese story whose registrant is unknown gives the results of, where
        it gives more than one's ("中国X上半年营收 ...", then "中国Y上半年营收 ..."): each figure is
        its sentence's or clause's company's, never the story's own (None: no such story)."""
        if self.registrant is not None or not any(_HAN.search(s.text, 0, 40) for s in self.sentences[:40]):
            return None
        found = ChineseCompanies([s.text for s in self.sentences])
        return found if found.several else None

    def _chinese(self, sentence: str, start: int | None) -> Subject:
        """The company a Chinese sentence of such a story opens on; else the one before, where
        the sentence goes on in its paragraph (a line) naming no subject of its own; else none
        that can be told."""
        assert self.chinese is not None
        name = chinese_subject(sentence)
        if name is not None and self.chinese.holds(name):
            self.last, self.speaker = Subject(COUNTERPARTY_AXIS, self.chinese.member(name)), name
            self.last_at = start if start is not None else -1
        elif name is not None:  # a name the story gives no results of otherwise: maybe a qualifier's
            self.last, self.speaker, self.last_at = WHOLE, None, -1
        elif start is None or self.last_at < 0 or "\n" in self.text[self.last_at:start] or subject_of_its_own(sentence):
            self.last, self.speaker, self.last_at = WHOLE, None, -1
        return self.last

    @cached_property
    def round_up(self) -> tuple[str, ...]:
        """The companies a round-up whose registrant is unknown gives a paragraph each, opening
        it on the company's report ("Hanbit Pharma on Tuesday said its profit ...", then "Steel
        major Daebo Works reported ..."): each paragraph's figures are its company's, another
        company than the story's own (empty: not such a story), whose first may be the registrant."""
        found: list[str] = []
        for s in self.sentences:
            if (name := self._paragraph_company(s.text, s.start)) and not any(_words(name) & _words(other) for other in found):
                found.append(name)
        if len(found) < 2 or (self.registrant is not None and not same_company(found[0], self.registrant)):
            return ()
        return tuple(found)

    def _paragraph_company(self, sentence: str, start: int | None) -> str | None:
        """``paragraph_company`` of a sentence opening a paragraph, or of its last line where a
        line it runs on from ends in no stop ("This healthy\nSteel major Daebo Works reported ...")."""
        if start is None:
            return None
        line = sentence.rfind("\n") + 1
        if not line and self.text[self.text.rfind("\n", 0, start) + 1:start].strip():
            return None  # (no line of it opens a paragraph)
        lead = _DATELINE_LEAD.match(sentence, line) if sentence[line:line + 1].isupper() else None
        return paragraph_company(sentence[lead.end() if lead else line:])

    @cached_property
    def market(self) -> Subject | None:
        """The market's companies together where a Korean story whose registrant is unknown opens
        on their summed figures ("한국거래소에 따르면 코스피 상장사들의 3분기 실적은 ..."): a market's
        story, whose sentences naming no company of their own state the market's figures, never
        a company's; the companies it names are each another company (None: no such story)."""
        if self.registrant is not None:
            return None
        lead = (counted for s in self.sentences[:_MARKET_LEAD] if has_hangul(s.text, 0, 40)
                and (counted := korean_market_lead(s.text)))
        counted = next(lead, None)
        if counted is None and self.by_industry and not self.reporting and self.sentences \
                and has_hangul(self.sentences[0].text):
            # "업종별로는 ...": a story summing the market by industry, though its lead
            # names no companies (the wording of ``ko_industry`` as printed)
            text = self.text or " ".join(s.text for s in self.sentences)
            counted = next((w for w in _industry_words() if w in text), None)
        return Subject(COUNTERPARTY_AXIS, counted, unknown=True, aggregate=True) if counted else None

    @cached_property
    def by_industry(self) -> bool:
        """Whether the story sums listed companies' results by industry ("업종별 실적을 살펴보면 ...")."""
        return sums_by_industry(self.text or " ".join(s.text for s in self.sentences))

    @cached_property
    def reporting(self) -> frozenset[str]:
        """The companies Korean sentences state the results of as their subjects ("가온소재는 3분기
        영업손실이 ..."), whatever their names' words."""
        if not self.korean_names:
            return frozenset()
        # (the subject after the clause naming the source: "… 분석한 결과, 가온소재는 3분기 영업이익이 ...")
        return frozenset(n for s in self.sentences if has_hangul(s.text, 0, 40) and (
            n := korean_results_subject(s.text) or korean_results_subject(s.text[source_clause_end(s.text):])))

    def subject(self, sentence: str, start: int | None = None) -> Subject:
        """The company the sentence (starting at ``start`` in the text, where known) is about;
        of a story on several companies whose registrant is unknown (``several``), a sentence
        naming none is of a company that cannot be told."""
        found = self._subject(sentence, start)
        if found is WHOLE and self.several:
            self.last = UNTOLD  # (asked again for the parts the sentence names: no one's either)
            return UNTOLD
        return found

    def _subject(self, sentence: str, start: int | None) -> Subject:
        if has_hangul(sentence, 0, 40):
            return self._korean(sentence)
        if self.chinese is not None and _HAN.search(sentence, 0, 40):
            return self._chinese(sentence, start)
        counted = english_company_count(sentence)
        if counted is not None:  # "Nine firms reported ...": a sum over companies
            no_company = self.speaker is None or self.last.aggregate  # named before
            self.last = Subject(COUNTERPARTY_AXIS, counted, unknown=True, aggregate=True)
            if no_company and self.item is None and holds_figure(sentence) and not self.several:
                # the story's lead states their figures before any company is named: the story is
                # about the companies together ("Korea Inc.'s aggregate net profit rose 12%"), so is
                # a later paragraph naming none (of several companies named: no one's, as before)
                self.item = (self.last, counted)
            self.last_at, self.speaker = start if start is not None else -1, counted
            return self.last
        if self.last.aggregate and _SUMMED_AGAIN.match(sentence):
            return self.last  # "Combined net profit in the first nine months ..." of the companies summed before
        related = related_company(sentence)
        if related is not None:  # a unit's or subsidiary's figures, though it bears the same name
            self.last, self.last_at = Subject(COUNTERPARTY_AXIS, related), start if start is not None else -1
            self.speaker = related
            return self.last
        role = self._role(sentence, start)
        if role is not None:  # "The affiliate's revenue ...", "Net profit at affiliate X ...": another company's
            return role
        name = company_subject(sentence)
        if self.round_up or name is None:
            # a round-up's paragraph: the company it opens on; in any story, a paragraph opening
            # on a company's report ("Cement maker Gaon Cements posted ...") is that company's
            name = self._paragraph_company(sentence, start) or name
        if name is None:
            if not (_GOES_ON_ABOUT.match(sentence) or self._same_paragraph(start)):
                self.last, self.speaker = self.item or (WHOLE, None)
            return self.last
        former = _former(sentence, name)
        # "The former Hanbit Steel reported ...": a company of the past, though it bears the registrant's name
        self.last = Subject(COUNTERPARTY_AXIS, former, unknown=True) if former else self._of(name)
        self.last_at, self.speaker = start if start is not None else -1, name
        if start is not None and self._is_heading(sentence, start):
            self.item = (self.last, name)
        return self.last

    def _role(self, sentence: str, start: int | None) -> Subject | None:
        """The other company a sentence names by its role (``role_company``): the one it names
        in apposition, else one that cannot be told for sure (left out); None where it names
        none, or names the registrant so."""
        found = role_company(sentence)
        if found is None or (found[0] and self.registrant and same_company(found[0], self.registrant)):
            return None
        name, role = found
        self.last = self._of(name) if name else Subject(None, f"the {role}", unknown=True)
        self.last_at, self.speaker = start if start is not None else -1, name or role
        return self.last

    def _is_heading(self, sentence: str, start: int) -> bool:
        """A line by itself ending in no stop, under body text: a digest's item heading where it
        names a company ("Acme reports 94 pc jump in standalone PAT to Rs 78 cr"); the story's
        own headline, above its body, names the company the story is about."""
        return start > 0 and self.text[start - 1:start] == "\n" and "\n" not in sentence.strip() \
            and _HEADING_END.match(self.text, start + len(sentence.rstrip()) - 1) is not None \
            and _SENTENCE_ABOVE.search(self.text, 0, start) is not None

    def in_clause(self, s: Sentence, at: int) -> Subject | None:
        """The company a later clause of an English sentence opens with, for the figure at ``at``
        in it: "Hanil's operating profit fell 69%, and Daebo Electronics' operating profit fell
        91%" (None where the figure's clause names none: the sentence's company)."""
        head = s.text[:at - s.start]
        if self.chinese is not None and _HAN.search(head, 0, 40):
            name = clause_subject(head)  # "...;京东同期收入2991亿元": the clause's company
            if name is None:
                return None
            # (one the story gives no results of otherwise: not told for sure, left out)
            return Subject(COUNTERPARTY_AXIS, self.chinese.member(name)) if self.chinese.holds(name) \
                else Subject(None, name, unknown=True)
        if (self.market is not None or (self.several and self.registrant is None)) and has_hangul(head, 0, 40):
            return self._korean_clause(head)  # (a market's story, or a digest of several companies)
        if "," not in head and ";" not in head and "while" not in head and "whereas" not in head:
            return None  # (no clause opens: the words and marks of _CLAUSE_OPENS)
        opens = list(_CLAUSE_OPENS.finditer(head)) if not has_hangul(head, 0, 40) else []
        if not opens:
            return None
        clause = head[opens[-1].end():]
        role = role_company(clause)
        if role is not None and not (role[0] and self.registrant and same_company(role[0], self.registrant)):
            # "..., while the sister company's operating profit fell 3%": another company's
            return self._of(role[0]) if role[0] else Subject(None, f"the {role[1]}", unknown=True)
        name = company_subject(clause)
        if name is None or clause.find(name.split(" (")[0]) > 20:
            return None  # no company, or one named further on ("... as Daebo's orders grew")
        return self._of(name)

    @cached_property
    def own_company(self) -> str | None:
        """The company the story is about: its registrant, else the first a Korean sentence
        opens on as its subject ("가람은행은 3분기에 ...")."""
        if self.registrant is not None:
            return self.registrant
        return next((name for s in self.sentences if (name := korean_head_subject(s.text))), None)

    def _korean_clause(self, head: str) -> Subject | None:
        """In a market's story, the company a Korean clause names after the figure before
        (``head``: the sentence up to the figure): "X의 영업이익은 7.35% 하락한 반면 Y는 41.2%
        상승했다" (Y's, not told for sure); None where it names none or the sentence's own."""
        # (after the amount before, its unit with it: '52억원이 늘어' names no subject '원')
        figure_before = max((m.end() for m in KO_AMOUNT.finditer(head)), default=0)
        # (nor the source's: "한국거래소가 ... 분석한 결과, X는 ...")
        other = korean_other_subject(head[max(figure_before, source_clause_end(head)):])
        if other is None or other == self.last.member:
            return None
        return _not_told(other, self._market_story)

    def _same_paragraph(self, start: int | None) -> bool:
        """Whether the sentence at ``start`` is in the paragraph of the one that named the last
        company: a digest's paragraph goes on about the company it opened with ('Acme Inc
        reported net income of ... Gross profit grew ...'), whoever files the digest."""
        if start is None or self.last_at < 0 or self.last is WHOLE:
            return False
        if self.round_up:  # a round-up's paragraphs are its lines
            return "\n" not in self.text[self.last_at:start]
        return _BLANK_LINE.search(self.text, self.last_at, start) is None

    def _korean(self, sentence: str) -> Subject:
        """A Korean sentence that names no company as its subject goes on about the last one
        (Korean leaves a known subject unsaid): "경쟁사인 X는 ... 기록했다. 영업손실은 ..."."""
        sector = korean_sector_subject(sentence) if self.by_industry else None
        if sector is not None:  # "정보기기는 ...", "기계·장비 업종은 ...": a market's industry, no company's
            self.last, self.speaker = Subject(COUNTERPARTY_AXIS, sector, unknown=True, aggregate=True), sector
            return self.last
        market = korean_market_subject(sentence)
        if market is not None:  # "업계 전체 영업이익은 ...": a market's or an industry's sum, no company's
            self.last, self.speaker = Subject(COUNTERPARTY_AXIS, market, unknown=True, aggregate=True), market
            return self.last
        role = self._role_company(sentence)
        if role is not None:
            return role
        unit = korean_unit_subject(sentence) or korean_former_subject(sentence)
        if unit is not None:  # "X 중국법인은 ...", "옛 X는 ...": a subsidiary's or a past company's figures,
            # neither the registrant's (though it bears its name) nor told for sure
            self.last, self.speaker = Subject(COUNTERPARTY_AXIS, unit, unknown=True), unit
            return self.last
        found = korean_company_subject(sentence)
        if found is None and self.market is not None and (after := source_clause_end(sentence)) \
                and (name := korean_results_subject(sentence[after:])):
            found = (name, False)  # "… 실적을 분석한 결과, 가온전자는 3분기 영업이익이": a company of the market
        if found is not None:
            self.last, self.speaker = self._of(found[0]), found[0]
        elif self.registrant and (head := korean_head_subject(sentence)) and same_company(head, self.registrant):
            self.last, self.speaker = WHOLE, head  # "X는 ...", X the registrant, whatever follows its name
        elif (counted := korean_market_lead(sentence) if self.market is not None
              else korean_company_count(sentence)) is not None:  # a sum over companies (after its source)
            self.last, self.speaker = Subject(COUNTERPARTY_AXIS, counted, unknown=True, aggregate=True), counted
        elif name := self._named_subject(sentence):
            self.last, self.speaker = self._of(name), name  # "가온소재는 3분기 영업손실이 ..."
        elif self.registrant and (other := _other_company(sentence, self.registrant, self.text)) is not None:
            # "같은 기간 한빛전자는 98억원의 ...": a company by its name's trade word, not the story's
            self.last, self.speaker = self._of(other), other
        elif (self.market is not None or (self.last is not WHOLE and not self.last.aggregate)) \
                and (other := korean_other_subject(sentence)) is not None and other != self.last.member:
            # "한빛소재는 3분기에만 ...", "이어 X(2417억 원), ...": a company not told for sure, not the
            # one before (whose run of figures ends where a sentence names another as its subject)
            self.last, self.speaker = _not_told(other, self._market_story), other
        elif self.market is not None and source_clause_end(sentence, 40):
            # "연결 기준으로 보면, 전체 매출은 ...": a new look at the market as a whole, naming
            # no company after it: not the industry or company named last
            self.last = WHOLE
        if self.last is WHOLE and self.market is not None:  # a market's story: its figures, not a company's
            self.last, self.speaker = self.market, self.market.member
        return self.last

    @property
    def _market_story(self) -> bool:
        """A story on a market's results (no registrant, or a market named as a subject), where a
        name of an industry of the exchange is that industry; a company's story names its parts so
        ("반도체 1조 3500억원")."""
        return self.registrant is None or self.market is not None

    def _role_company(self, sentence: str) -> Subject | None:
        """Another company a Korean sentence names by its role ("경쟁사 한빛전자의 영업이익은 ...",
        "협력사인 X도 ..."): its figures are its own, never the story's company's. Named before the
        sentence's first amount, it is the sentence's subject, told for sure; named after it
        ("98억원의 영업이익을 낸 경쟁사 X를 앞섰다") in a sentence opening on no company of its own,
        whose the figure is cannot be told (left out)."""
        found = korean_role_company(sentence)
        if found is None or (self.registrant and same_company(found[0], self.registrant)):
            return None
        name, before_figures = found
        if before_figures:
            self.last, self.speaker = Subject(COUNTERPARTY_AXIS, name), name
        elif korean_head_subject(sentence) is None and korean_company_subject(sentence) is None:
            self.last, self.speaker = Subject(None, name, unknown=True), name
        else:
            return None  # "가람전자는 매출 1234억원으로 경쟁사 X를 앞섰다": the subject's own figure
        return self.last

    def _named_subject(self, sentence: str) -> str | None:
        """The company a Korean sentence makes its subject after other words: one whose results
        the story states ("... 신고가를 기록했던 가온소재는 3분기 ..."), or the registrant named so
        before the sentence's first amount ("2일 공시에 따르면 전날 실적을 내놓은 가온통신은 상반기
        영업이익이 ..."): the company named before is no longer the subject."""
        if self.reporting and (name := korean_results_subject(sentence)):
            return name
        mine = frozenset({self.registrant}) if self.registrant and has_hangul(self.registrant) else frozenset()
        name = korean_named_subject(sentence, self.reporting | mine) if self.reporting or mine else None
        if name in mine and not _before_amount(sentence, name):  # (the registrant named after: an object)
            name = korean_named_subject(sentence, self.reporting) if self.reporting else None
        return name

    def _of(self, name: str) -> Subject:
        if self.registrant and same_company(name, self.registrant):
            return WHOLE
        if self._market_story and korean_sector_name(name):
            # "운수장비업종의 순이익은 ...": an industry of the exchange is a sum over its listed
            # companies, never a company of its own
            return Subject(COUNTERPARTY_AXIS, name, unknown=True, aggregate=True)
        if self.registrant is None:
            reported = next((c for c in self.round_up if _words(c) & _words(name)), None)
            if reported is not None:  # a round-up's company (its officer's title: "Hanbit Pharma Chairman X")
                return Subject(COUNTERPARTY_AXIS, reported)
            if self.market is not None or (name in self.reporting and len(self.reporting) > 1):
                # a company a market's story names, or one of a digest's companies stating its
                # results: another company than the story's own (it has none), told for sure
                return Subject(COUNTERPARTY_AXIS, name)
            distinct = {frozenset(_words(n)) for n in self.named}
            # one company however spelled: 'Acme Financial Group (AFG)' and 'AFG' share a word
            one = len(distinct) <= 1 or all(a & b for a in distinct for b in distinct)
            return WHOLE if one else Subject(None, name, unknown=True)
        # one member for another company however the story shortens it ("Gaon Motors", then "Gaon's")
        known = next((n for n in self.others if same_company(name, n)), None)
        if known is None:
            self.others.append(name)
        return Subject(COUNTERPARTY_AXIS, known or name)
