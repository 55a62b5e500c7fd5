"""The head of a results document or notice written in Japanese or Chinese: its title line, the
company it names by a label, as the subject of its first sentence or as its letterhead, the
fiscal period a kessan tanshin's title states, and the country its Chinese text is written in
(for phone numbers).

Words of these heads are data (``data/cjk_header_words.tsv``). A name is taken only where its
form leaves no doubt: a labelled name, a subject or a letterhead with its legal form (株式会社,
股份有限公司), or a Chinese subject of four or more characters announcing something (two or three
are as likely a person's name).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from converter.extract.anchors import Located
from converter.extract.mechanisms.lines import split_lines, squash
from converter.extract.mechanisms.names import KOREAN_MARKER
from converter.extract.mechanisms.sentences import HAN, HANGUL, KANA
from converter.parse.dates import find_dates
from converter.parse.periods import parse_period
from converter.resources import data_rows

HEAD = 4000
_SPACE = "[ \t\u3000]"
_GAP = "[ \t\u3000|:：]"  # between a label and its value: spaces, a cell's bar, a colon
_LATIN = re.compile(r"[A-Za-z]")
# a legal form written with a Japanese or Chinese company's name
LEGAL_FORM = re.compile(r"株式会社|（株）|\(株\)|有限公司|有限責任公司|有限责任公司|股份公司")
# words only Japanese writes: its eras, its legal form, its million-yen unit
_JAPANESE_ONLY = re.compile(r"平成|昭和|令和|株式会社|百万円")


@cache
def header_words(kind: str) -> tuple[str, ...]:
    """The phrases of one kind of ``data/cjk_header_words.tsv``, longest first."""
    return tuple(sorted((r[1] for r in data_rows("cjk_header_words.tsv") if r[0] == kind), key=len, reverse=True))


@cache
def label_pattern(kind: str) -> str:
    """The labels of one kind, each character maybe spaced out ('代　表　者')."""
    return "|".join(f"{_SPACE}*".join(map(re.escape, label)) for label in header_words(kind))


@cache
def _title_words() -> re.Pattern[str]:
    return re.compile("|".join(header_words("title_word")))


def writing(text: str) -> str | None:
    """'ja' or 'zh' where the head of ``text`` is written in Japanese or Chinese (more Han and
    kana than Latin letters, no Hangul), else None.

    >>> writing("平成16年3月期 決算短信（連結）"), writing("晶豐科技公布營運成果"), writing("Acme (東京) Inc. reports")
    ('ja', 'zh', None)
    >>> writing("株式会社ミドリ精機の連結業績"), writing("民國93年9月份營業收入自結數公告")
    ('ja', 'zh')
    """
    head = text[:HEAD]
    if head.isascii() or HANGUL.search(head):  # no Han or kana at all: no need to count them
        return None
    kana = len(KANA.findall(head))
    han = len(HAN.findall(head))
    if kana + han < 8 or kana + han < len(_LATIN.findall(head)):
        return None
    return "ja" if kana or _JAPANESE_ONLY.search(head) else "zh"


def phone_country(text: str) -> str | None:
    """The country whose national numbers a Japanese or Chinese text writes: Japan for Japanese,
    Taiwan or mainland China where the text's words place it in one of them (and in no other).
    Hong Kong numbers have no trunk prefix to tell them by: none."""
    written = writing(text)
    if written == "ja":
        return "JP"
    if written != "zh":
        return None
    head = text[:20000]
    found = {kind[-2:] for kind in ("country_TW", "country_HK", "country_CN")
             if any(word in head for word in header_words(kind))}
    return found.pop() if len(found) == 1 and found <= {"TW", "CN"} else None


def _is_body(line: str) -> bool:
    """A line of running text: a sentence's full stop inside it or a long line."""
    return len(line) > 80 or ("。" in line and len(line) > 30)


def cjk_title(text: str) -> Located | None:
    """The first line of the head, before its running text, that holds a title's words: "平成17年
    3月期 中間決算短信（連結）", "晶豐科技公布九十三年第三季營運成果", "X股份有限公司关于...的公告".

    >>> cjk_title("各位\\n\\n　　2005年3月期　中間決算に関するお知らせ\\n\\n　当社の...").value
    '2005年3月期 中間決算に関するお知らせ'
    >>> cjk_title("本公司今日公布第三季營運成果，營收成長10%，較去年同期增加。詳見附表說明。") is None
    True
    """
    if writing(text) is None:
        return None
    lines = split_lines(text[:HEAD])[:40]
    for index, line in enumerate(lines):
        stripped = line.text.strip(" \t|\u3000")
        if not stripped:
            continue
        if _is_body(stripped):
            return None
        if "|" in stripped or stripped.endswith("。") or not _title_words().search(stripped):
            continue
        if _calendar_row(stripped, lines, index):
            continue  # '中期業績公佈 二零三一年二月二十四日' over the calendar's next rows: no title
        start = line.start + line.text.index(stripped)
        stripped = _without_dated_column(stripped)
        return Located(squash(stripped), start, start + len(stripped))
    return None


def _calendar_row(stripped: str, lines: list, index: int) -> bool:
    """``title_asides.calendar_row`` of the line at ``index`` (read only for a line with a date)."""
    from converter.extract.title_asides import calendar_row
    dates = find_dates(stripped)
    if not dates:
        return False
    after = [line.text for line in lines[index + 1 : index + 3] if not line.blank][:1]
    return calendar_row(stripped, dates, [bool(find_dates(line)) for line in after])


def _without_dated_column(line: str) -> str:
    """The title without the date set off by a column gap at the right end of its line
    ('平成16年3月期 決算短信（連結）      平成16年5月14日').

    >>> _without_dated_column("平成16年3月期　決算短信（連結）　　　平成16年5月14日")
    '平成16年3月期　決算短信（連結）'
    >>> _without_dated_column("截至2004年12月31日止年度之全年業績公佈")
    '截至2004年12月31日止年度之全年業績公佈'
    """
    dates = find_dates(line)
    if not dates or line[dates[-1].end:].strip(" \t\u3000"):
        return line
    left = line[:dates[-1].start]
    if not re.search(r"[ \t\u3000]{2,}$", left) or not left.strip(" \t\u3000"):
        return line
    return left.rstrip(" \t\u3000")


# -- the registrant ------------------------------------------------------------------------------

_NAME_CHARS = r"[\u3040-\u30ff\u3400-\u9fffA-Za-z0-9&・ー（）()]"


@cache
def _company_label() -> re.Pattern[str]:
    """A header's label of the company's own name and the name after it (built once: the labels
    are data, not the document's)."""
    # (at a line's start, or after the header's date when a web copy ran the header onto one
    # line: "平成30年5月11日 上場会社名 株式会社X 上場取引所 東")
    return re.compile(rf"(?:^|(?<=日))[ \t|\u3000]*(?:{label_pattern('company_label')}){_GAP}+"
                      rf"(?P<name>{_NAME_CHARS}{{2,40}})", re.MULTILINE)


def labelled_registrant(text: str) -> Located | None:
    """The name after a header's label of the company's own name ('上場会社名　X株式会社', '| 会社名 |
    X |', '公司名称：X股份有限公司'), when it bears its legal form.

    >>> labelled_registrant("上場会社名　　サクラ電装株式会社          上場取引所　東証\\n").value
    'サクラ電装株式会社'
    >>> labelled_registrant("| 子会社名 | 株式会社ヒカリ |\\n") is None  # a subsidiary's name
    True
    >>> labelled_registrant("平成30年5月11日 上場会社名 株式会社ミナト 上場取引所 東\\n").value  # run onto one line
    '株式会社ミナト'
    >>> labelled_registrant("上場会社名 株式会社 ミナト 電機\\n") is None  # spaced out: the form alone is no name
    True
    """
    if text.isascii():
        return None  # (every label is written in Han or Hangul: an English text holds none)
    for m in _company_label().finditer(text, 0, min(len(text), HEAD)):
        name = m["name"]
        if LEGAL_FORM.search(name) and len(LEGAL_FORM.sub("", name)) >= 2:  # (not the form alone:
            # "株式会社 ジーエス…" spaced out has no name before its space)
            return Located(name, m.start("name"), m.end("name"))
    return _korean_cover_name(text)


@cache
def _korean_cover_label() -> re.Pattern[str]:
    """The label of the filer's name on a Korean form's cover and the cell after it."""
    labels = "|".join(f"(?:{label})" for label in header_words("ko_cover_company_label"))
    return re.compile(rf"^[ \t|]*(?:{labels})[ \t]*[:：][ \t|]*(?P<name>[^|\n]{{2,40}}?)[ \t]*(?:\||$)", re.MULTILINE)


def _korean_cover_name(text: str) -> Located | None:
    """The filer's name a Korean disclosure form's cover labels ('| 회 사 명 : | 한빛정밀(주) |'),
    with its legal form (주식회사, (주)).

    >>> _korean_cover_name("| 회 사 명 : | 한빛정밀(주) | |\\n| 대 표 이 사 : | 김하늘 | |\\n").value
    '한빛정밀(주)'
    >>> _korean_cover_name("| 회사명 | 한빛정밀(주) |\\n") is None  # a decision table's item: another company
    True
    """
    if not HANGUL.search(text, 0, HEAD):
        return None
    for m in _korean_cover_label().finditer(text, 0, min(len(text), HEAD)):
        name = m["name"].strip()
        if KOREAN_MARKER.search(name):
            start = m.start("name") + m["name"].index(name)
            return Located(name, start, start + len(name))
    return None


# a first sentence's subject and what follows it: the company, maybe a parenthesis (its head
# office, its stock code), then 'today' (本日, 今日, 今(28)日) or the verb. Financial news
# writes a listed company with its stock code and no 'today' ('東方巴士(00987)公布'): the code
# marks the name as a listed company's, so the verb may follow it at once.
_SUBJECT = re.compile(
    rf"""(?:^|(?<=。)|(?<=\n))[ \t\u3000]*                         # a sentence's start
    (?P<name>[\u3040-\u30ff\u3400-\u9fffA-Za-z0-9&・ー]{{2,30}}?)    # the company
    (?:(?P<code>[（(]{_SPACE}*\d{{4,6}}(?:\.[A-Z]{{2}})?{_SPACE}*[)）])  # its stock code: (00987), (600123.SH)
      |（[^（）\n]{{1,60}}）|\([^()\n]{{1,60}}\))?                   # (本社：東京都...、代表取締役社長：...)
    (?:は、?|、)?{_SPACE}*
    (?:(?P<when>本日|今日|今天|今{_SPACE}*[（(]\d{{1,2}}[)）]{_SPACE}*日)  # today
      |(?(code)|(?!)))                                           # (or nothing after a stock code)
    [^。\n]{{0,40}}?(?P<verb>公布|宣布|發布|发布|公告|発表|公表|お知らせ)""", re.VERBOSE)


def subject_registrant(text: str) -> Located | None:
    """The company a Japanese or Chinese first sentence says announced something today: with its
    legal form, or (Chinese) four characters or more that are no generic word ('本公司').

    >>> subject_registrant("　ミナト製薬株式会社（本社：東京都中央区）は本日、連結業績を発表しました。").value
    'ミナト製薬株式会社'
    >>> subject_registrant("晶豐科技今日公布九十三年第三季營運成果。").value
    '晶豐科技'
    >>> subject_registrant("陳志明今日宣布辭任。") is None  # three characters: maybe a person
    True
    >>> subject_registrant("東方巴士(00987)公布，截至2019年6月30日止6个月业绩。").value  # a listed company's code
    '東方巴士'
    >>> subject_registrant("港灣电(00321)公布中期业绩。").value
    '港灣电'
    >>> subject_registrant("陳志明公布辭任。") is None  # no code, no 'today'
    True
    >>> subject_registrant("本公司董事會今日公布決議。") is None  # the company's board
    True
    >>> subject_registrant("当社子会社であるヒカリ株式会社は本日、新製品を発表しました。") is None
    True
    """
    written = writing(text)
    if written is None:
        return None
    for m in _SUBJECT.finditer(text, 0, min(len(text), HEAD)):
        name = m["name"]
        bare = LEGAL_FORM.sub("", name)
        if any(g in bare for g in header_words("generic_subject")) or re.search(r"\d|[\u3040-\u309f]", name):
            continue  # '当社子会社であるX株式会社は': a clause, not a name
        listed = m["code"] is not None  # a name with its stock code is a company's, short as it is
        if LEGAL_FORM.search(name) or (written == "zh" and (len(name) >= 4 or listed) and not KANA.search(name)):
            return Located(name, m.start("name"), m.end("name"))
    return None


# a Japanese results story's lead: the company as its subject, saying it announced its results
# ('X工業は8日、2019年4～9月期連結決算を発表した') or the results it announced as the subject
# ('X工業が発表した2019年4～9月期連結決算は'). News writes the company with no legal form.
_RESULTS_SUBJECT = re.compile(
    rf"""(?:^|(?<=。)|(?<=\n)){_SPACE}*                        # a sentence's start
    (?P<name>[\u30a0-\u30ff\u3400-\u9fffA-Za-z&＆]{{2,20}}?)      # the company: no kana particle, no digit
    (?:は[^。\n]{{0,60}}?決算[^。\n]{{0,20}}?発表              # 'X は ... 決算を発表した'
      |が{_SPACE}*発表した[^。\n]{{0,30}}?決算)                   # 'X が発表した ... 決算は'""", re.VERBOSE)


def results_subject(text: str) -> Located | None:
    """The company a Japanese results story's lead sentence names as its subject.

    >>> results_subject("ハヤテ精工が発表した2019年4～9月期連結決算は、売上高が12億円だった。").value
    'ハヤテ精工'
    >>> results_subject("見出し\\nハヤテ精工は8日、2019年4～9月期の連結決算を発表した。").value
    'ハヤテ精工'
    >>> results_subject("同社は8日、連結決算を発表した。") is None  # 'the company': no name
    True
    >>> results_subject("ハヤテ精工は8日、新製品を発表した。") is None  # no results
    True
    """
    if writing(text) != "ja":
        return None
    for m in _RESULTS_SUBJECT.finditer(text, 0, min(len(text), HEAD)):
        name = m["name"]
        if not any(g in name for g in header_words("generic_subject")):
            return Located(name, m.start("name"), m.end("name"))
    return None


_CODE_DIGITS = re.compile(r"\d{4,6}")


def subject_code(text: str, registrant: str | None) -> tuple[str, tuple[int, int]] | None:
    """The stock code a Chinese first sentence prints after the registrant's name, its subject
    ('東方巴士(00987)公布'), with its span.

    >>> subject_code("東方巴士(00987)公布中期业绩。", "東方巴士")
    ('00987', (5, 10))
    >>> subject_code("東方巴士(00987)公布中期业绩。", "西方巴士") is None
    True
    """
    if not registrant:
        return None
    end = min(len(text), HEAD)
    # the code follows the name at once: without the name and an opening parenthesis in the head
    # (nearly every document) no match can be the registrant's, so the scan is skipped
    if text.find(registrant + "(", 0, end) < 0 and text.find(registrant + "（", 0, end) < 0:
        return None
    return plain_subject_code(text, registrant, end)


def plain_subject_code(text: str, registrant: str, end: int) -> tuple[str, tuple[int, int]] | None:
    """``subject_code`` without its gate: every first-sentence subject of the head is read."""
    for m in _SUBJECT.finditer(text, 0, end):
        if m["code"] and m["name"] == registrant:
            digits = _CODE_DIGITS.search(text, m.start("code"), m.end("code"))
            if digits:
                return digits.group(), digits.span()
    return None


# -- the period of a kessan tanshin -----------------------------------------------------------

_TANSHIN = re.compile(r"決算短信|決算の概要|業績の概況")
_FISCAL_YEAR = re.compile(r"(?P<year>(?:平成|令和|昭和)?\d{1,4}年\d{1,2}月期)[ \u3000]*(?P<part>第[1-3１-３]四半期|中間)?")


def tanshin_period(title: str, day: dt.date | None) -> tuple[dt.date, dt.date, int, int] | None:
    """(first day, last day, start, end in the title) of the period a kessan tanshin's title names:
    the fiscal year ('平成16年3月期 決算短信'), its interim half ('平成17年3月期 中間決算短信') or a
    quarter ('平成17年3月期 第1四半期財務・業績の概況').

    >>> tanshin_period("平成17年3月期 中間決算短信（連結）", None)[:2]
    (datetime.date(2004, 4, 1), datetime.date(2004, 9, 30))
    >>> tanshin_period("平成17年3月期 第1四半期財務・業績の概況（連結）", None)[:2]
    (datetime.date(2004, 4, 1), datetime.date(2004, 6, 30))
    >>> tanshin_period("2005年3月期 中間決算に関するお知らせ", None) is None  # no tanshin
    True
    """
    if not _TANSHIN.search(title):
        return None
    m = _FISCAL_YEAR.search(title)
    if m is None:
        return None
    part = m["part"] or ""
    if not part and re.search(r"中間決算|中間期", title):
        part = "中間"
    phrase = m["year"] + ("中間期" if part == "中間" else part)
    period = parse_period(phrase, document_date=day)
    if period is None or period.start is None or period.end is None:
        return None
    return period.start, period.end, m.start(), m.end()


# '決算期　平成18年3月期' (the fiscal year a summary closes) on a tanshin header line
_FISCAL_LABEL = re.compile(rf"^[ \t|\u3000]*決{_SPACE}*算{_SPACE}*期[ \t\u3000|:：]+"
                           r"(?P<year>(?:平成|令和|昭和)?\d{1,4}年\d{1,2}月)期?", re.MULTILINE)
_PART_OF_YEAR = re.compile(r"中間|四半期|半期")


def fiscal_year_label(text: str, day: dt.date | None) -> tuple[dt.date, dt.date, int, int] | None:
    """(first day, last day, start, end) of the fiscal year a kessan tanshin's 決算期 label names,
    where its head speaks of no part of the year (an interim or quarterly summary's 決算期 is the
    year it belongs to, not the period it reports on).

    >>> fiscal_year_label("決算短信（連結）\\n決算期　　平成18年3月期\\n", None)[:2]
    (datetime.date(2005, 4, 1), datetime.date(2006, 3, 31))
    >>> fiscal_year_label("中間決算短信（連結）\\n決算期　　平成18年3月期\\n", None) is None
    True
    """
    # (the cheap tests first: the tanshin words, which re skips to, and the label's 決; the
    # label's pattern opens with '^', which re tries at every position of a head without one)
    if not _TANSHIN.search(text, 0, 2000) or text.find("決", 0, 2000) < 0:
        return None
    m = _FISCAL_LABEL.search(text, 0, min(len(text), 2000))
    if m is None or _PART_OF_YEAR.search(text, 0, 2000):
        return None
    period = parse_period(m["year"] + "期", document_date=day)
    if period is None or period.start is None or period.end is None:
        return None
    return period.start, period.end, m.start("year"), m.end("year")


# A Japanese or Chinese company name alone on a line: 株式会社 before or after the name, or a
# Chinese legal form after it (股份有限公司 "company limited by shares", 有限公司 "limited")
_CJK_COMPANY = re.compile(r"""(?:株式会社|（株）|\(株\))?[ \u3000]?                  # 株式会社 before the name
    [\u3040-\u30ff\u3400-\u9fffA-Za-z0-9&・ー]{2,30}?                            # the name
    (?:[ \u3000]?(?:股份有限公司|控股有限公司|集團有限公司|集团有限公司|
                   控股股份有限公司|有限公司|株式会社|（株）|\(株\)))?                # the legal form after it""",
                          re.VERBOSE)


def from_cjk_letterhead(text: str) -> Located | None:
    r"""A Japanese or Chinese letterhead: the first line of the head that is a company's name with
    its legal form and nothing else ("寶光電子股份有限公司", "株式会社ハヤテ通信").

    >>> from_cjk_letterhead("東方能源控股有限公司\n（於開曼群島註冊成立之有限公司）\n").value
    '東方能源控股有限公司'
    >>> from_cjk_letterhead("各　位\n                   株式会社ハヤテ通信\n").value
    '株式会社ハヤテ通信'
    >>> from_cjk_letterhead("上場会社名　株式会社ミドリ精機\n") is None  # a labelled header line
    True
    """
    if text.isascii():
        return None  # (every legal form it needs is written in Han: an English text holds none)
    for line in [line for line in split_lines(text[:3000])[:30] if not line.blank]:
        stripped = line.text.strip(" \t|\u3000")
        m = _CJK_COMPANY.fullmatch(stripped)
        if m is None or not re.search(r"株式会社|（株）|\(株\)|有限公司$", stripped):
            continue
        start = line.start + line.text.index(stripped)
        return Located(stripped, start, start + len(stripped))
    return None
