"""The company a Chinese sentence of results news is about: the name a clause opens on before
a word of results ("X上半年营收为 ...", "X发布2031年第三季度财报", "而X的第三季度净利润为
...", "对比来看,X当季营收为 ..."). Chinese writes no capitals and no legal form in such news: the
name is the run of characters between the clause's opening (its mark, a date, an opening word of
``zh_opener``) and the first word of results (``zh_results_word`` of ``data/name_words.tsv``) or
a period ("上半年", "第三季度", "Q2"). A name that is a common word (``zh_not_company``: 公司,
运营商, 财报) or holds a function word or a figure names no company.
"""

from __future__ import annotations

import re
from functools import cache

from converter.extract.mechanisms.names import words
from converter.extract.mechanisms.sentences import word_pattern

# a Chinese character (no Korean, no kana: those texts have readers of their own)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_NOT_CHINESE = re.compile(r"[\u3040-\u30ff가-힣]")
# an amount: the clause naming the company comes before the sentence's first
_AMOUNT = re.compile(r"\d[\d,.]*\s*(?:亿|億|万|萬|元|%|％|美元|港元)")
# where a clause opens: the sentence's start, a comma, a semicolon, a colon
_CLAUSE_MARK = re.compile(r"[,，;；:：]")
_PARALLEL_MARK = re.compile(r"[;；]")  # between clauses of parallel subjects (a comma goes on with one)
# a date or a moment opening the clause: "11月14日", "8月13日晚", "2031年8月14日"
_DATE_LEAD = re.compile(r"(?:(?:19|20)\d\d\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号號](?:晚间|晚間|晚|早间|早間|早|盘后|盤後|盘前|盤前)?\s*")
# a period right after the name: "上半年", "第三季度", "2031年", "Q2", "同期", "当季"
_PERIOD_AFTER = (r"第\s*[一二三四1-4]\s*季度?|[一二三四]\s*季度|[QH][1-4]|上半年|下半年|全年|前三季度|"
                 r"当季|當季|本季|同期|今年|(?:19|20)\d\d\s*(?:财年|財年|年)")
# a character that no company's short name holds: a function word or a figure
# (因 "because", 估 "estimate", 修 "revise", 若 / 如 "if": a clause of causes or plans opens on them)
_FUNCTION = re.compile(r"[的了是为為和与與及在将將已也都均于於等这這那其各每且并並但因估修若如\d]")
# a period's or a comparison's words, which no company's short name holds or opens on: "第三季度",
# "比去年同期" (比亚迪 is a name: 比 before no period's word)
_PERIOD_OR_COMPARISON = re.compile(r"[年季月期]|^(?:比(?=[去上前今同])|较|較|相比|同比|环比|環比|第)"
                                   r"|^[一二两兩三四五六七八九十几幾数數多]+[大家]")  # "两大船企", "三家": companies counted


@cache
def _lead() -> re.Pattern[str]:
    """A clause's opening word and date, before the companies it names (built once)."""
    opener = "|".join(sorted(words("zh_opener"), key=len, reverse=True))
    return re.compile(rf"\s*(?:(?:{opener})\s*[,，]?\s*)?(?:{_DATE_LEAD.pattern})?")


@cache
def _subject_pattern() -> re.Pattern[str]:
    """The name a clause opens on, then a word of results or a period (built once)."""
    opener = "|".join(sorted(words("zh_opener"), key=len, reverse=True))
    results = "|".join(sorted(words("zh_results_word"), key=len, reverse=True))
    measures = "|".join(sorted(words("zh_measure_word"), key=len, reverse=True))
    return re.compile(rf"""\s*(?:(?:{opener})\s*[,，]?\s*)?      # 其中 / 此前 / 对比来看,
        (?:{_DATE_LEAD.pattern})?                                 # 11月14日
        (?P<name>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z·]{{1,5}}?)  # X科技 (the shortest)
        [ \t]*(?:的[ \t]*)?                                       # 的 (on the name's line: "新聞稿\n發布日期" is none)
        (?:(?P<strong>{results}|{_PERIOD_AFTER})                  # 发布 / 上半年: a company's results
          |{measures})                                            # 营收: or a qualifier's ("合併營收")""", re.VERBOSE)


def chinese_company(name: str) -> bool:
    """Whether ``name`` can be a company's: no common word of ``zh_not_company`` (公司, 运营商), no
    function word, no figure.

    >>> chinese_company("瀚星科技"), chinese_company("该公司"), chinese_company("两大船企")
    (True, False, False)
    >>> chinese_company("第三季度"), chinese_company("比去年"), chinese_company("预计"), chinese_company("主要因")
    (False, False, False, False)
    """
    if _FUNCTION.search(name) or _PERIOD_OR_COMPARISON.search(name) or not _HAN.search(name):
        return False
    if word_pattern("forward").search(name) or \
            any(word in name for word in words("zh_results_word") | words("zh_measure_word")):
        return False  # "預計", "展望", "公布", "营收": a plan's or a report's verb, a measure: no name
    return not any(word in name for word in words("zh_not_company") if word != "公司") \
        and name not in words("zh_not_company") and name not in words("zh_opener")


def chinese_subject(sentence: str, strong: bool = False) -> str | None:
    """The company a Chinese sentence's first clauses open on as the subject of its results, as
    printed (None: none named before its first amount); ``strong``: only one a verb of reporting,
    its report or a period follows, not a measure alone (which a qualifier may stand before).

    >>> chinese_subject("11月14日,瀚星科技发布2031年第三季度财报,收入805亿元,同比增长24%。")
    '瀚星科技'
    >>> chinese_subject("对比来看,云帆当季净营收为人民币169亿元。")
    '云帆'
    >>> chinese_subject("而北辰的第三季度净利润为233亿元。")
    '北辰'
    >>> chinese_subject("两大船企上半年净利润为52亿元。") is None
    True
    """
    if not _HAN.search(sentence, 0, 40) or _NOT_CHINESE.search(sentence):
        return None
    amount = _AMOUNT.search(sentence)
    end = amount.start() if amount else len(sentence)
    starts = [0] + [m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, end)]
    for start in starts:
        m = _subject_pattern().match(sentence, start, end)
        if m is not None and chinese_company(m["name"]) and (m["strong"] or not strong):
            return m["name"]
    return None


def _reporting_names(sentence: str, opening_only: bool = False) -> list[str]:
    """The companies a Chinese sentence's clauses open on before a verb of reporting, a report or
    a period ("X第三季度营收 ...;Y第三季度营收 ..."); ``opening_only``: only the sentence's first
    clause and those after a semicolon."""
    if not _HAN.search(sentence, 0, 40) or _NOT_CHINESE.search(sentence):
        return []
    marks = _PARALLEL_MARK if opening_only else _CLAUSE_MARK
    starts = [0] + [m.end() for m in marks.finditer(sentence)]
    found = (_subject_pattern().match(sentence, start) for start in starts)
    return [m["name"] for m in found if m is not None and m["strong"] and chinese_company(m["name"])] \
        + _listed_reporters(sentence, [m.end() for m in map(lambda at: _lead().match(sentence, at), starts)])


_LIST_MARK = re.compile(r"[ \t]*[、和与與及][ \t]*")


@cache
def _listed() -> re.Pattern[str]:
    """"X、Y和Z相继公布...业绩": companies listed, then their report (built once)."""
    results = "|".join(sorted(words("zh_results_word"), key=len, reverse=True))
    return re.compile(rf"""(?P<names>[\u4e00-\u9fff]{{2,6}}?(?:{_LIST_MARK.pattern}[\u4e00-\u9fff]{{2,6}}?){{1,5}})  # X、Y和Z
        [ \t]*(?:均|都|也)?[ \t]*(?:陆续|陸續|相继|相繼|先后|先後|分别|分別)?[ \t]*           # 陆续
        (?:{results})                                                                       # 发布""", re.VERBOSE)


def _listed_reporters(sentence: str, starts: list[int]) -> list[str]:
    """The companies a clause lists before their report ("X、Y和Z相继公布中期业绩"),
    where every one of them can be a company's name."""
    for start in starts:
        m = _listed().match(sentence, start)
        if m is None:
            continue
        names = _LIST_MARK.split(m["names"])
        if all(chinese_company(n) for n in names):
            return names
    return []


def same_chinese_company(a: str, b: str) -> bool:
    """"X" and "X公司", "X" and "X巴巴": one name the start of the other (a short name)."""
    return a.startswith(b) or b.startswith(a)


def subject_of_its_own(sentence: str) -> bool:
    """Whether a Chinese sentence names a subject of its own before its first amount, though no
    company that can be read: it cites a report ("X的业绩报告显示, ...", ``zh_report_word``) or
    opens on companies together ("两大船企合计 ...", ``zh_group_word``)."""
    amount = _AMOUNT.search(sentence)
    head = sentence[:amount.start() if amount else len(sentence)]
    return any(word in head for word in words("zh_report_word") | words("zh_group_word"))


def part_before(text: str, at: int) -> bool:
    """Whether a word naming a part of a business (``zh_part_word``) stands right before the
    Chinese measure at ``at`` ("云服务净营收"): the figure is a segment's. Not 主营业务
    (the main business: the company's)."""
    head = text[max(0, at - 6):at].rstrip("的净淨凈总總 ")  # (its 的, and "净" of 净营收)
    return any(head.endswith(word) and not head.endswith(("主营" + word, "主營" + word))
               for word in words("zh_part_word"))


def clause_subject(head: str) -> str | None:
    """The company the last clause of ``head`` (a sentence up to a figure) opens on, if any:
    "騰訊Q3收入约1928亿元,同比增15%;京东同期收入2991亿元" (京东's, for its figure)."""
    marks = [m.end() for m in _CLAUSE_MARK.finditer(head)]
    for start in reversed(marks):
        m = _subject_pattern().match(head, start)
        if m is not None:
            return m["name"] if chinese_company(m["name"]) else None
    return None


class ChineseCompanies:
    """The companies the Chinese sentences of a story open on as the subjects of their results,
    one to each group of names where one is the start of another ("X", "X公司")."""

    def __init__(self, sentences: list[str]) -> None:
        self.groups: list[list[str]] = []
        for name in (n for sentence in sentences for n in _reporting_names(sentence)):
            group = next((g for g in self.groups if any(same_chinese_company(name, n) for n in g)), None)
            if group is None:
                self.groups.append([name])
            elif name not in group:
                group.append(name)
        story = "\n".join(sentences)
        opening = {n for sentence in sentences for n in _reporting_names(sentence, opening_only=True)}
        # a company whose results a story gives opens a sentence or a clause after a semicolon
        # ('X上半年营收…；Y营收…'), or is named again; words read once as a name after a comma
        # inside another company's sentence ('…，換算第3季營收', "converted") are none
        self.named_again = [g for g in self.groups
                            if story.count(min(g, key=len)) > 1 or any(n in opening for n in g)]

    @property
    def several(self) -> bool:
        """Whether the story gives the results of more than one company, each named twice at least."""
        return len(self.named_again) > 1

    def member(self, name: str) -> str:
        """The company's member: the shortest of its names, the one the others start with ("X" of
        "X公司", of "X此番" where a word of the sentence ran on into the name)."""
        group = next((g for g in self.groups if any(same_chinese_company(name, n) for n in g)), [name])
        return min(group, key=len)

    def holds(self, name: str) -> bool:
        return any(same_chinese_company(name, n) for g in self.named_again for n in g)
