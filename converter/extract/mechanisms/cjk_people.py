"""People the head or foot of a Japanese or Chinese results document or notice names by a label:

- a kessan tanshin's "代表者 役職名 代表取締役社長 氏名 高橋 誠" (an officer) and "問合せ先責任者
  役職名 経理部長 氏名 佐藤 次郎 TEL (052) 555-1234" (the contact, with the number on its line);
- a Taiwanese notice's "發言人：林建宏 財務副總經理" and "代理發言人：..." (spokespersons);
- a mainland notice's "联系人：张伟" with "电话：" and "传真：" lines under it (a contact);
- a Japanese release's "お問い合わせ先" over "X株式会社 広報部 TEL：03-..." (an organisation).

A name is read only where the label's layout says which word is the person's: after 氏名, or
the one of two words that is no job title (``title_suffix`` of ``data/cjk_header_words.tsv``).
Phone numbers are read in the country ``cjk_header.phone_country`` gives, else only when
written with their country code.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from converter.extract.base import DocumentContext, Found
from converter.extract.mechanisms.cjk_header import LEGAL_FORM, header_words, label_pattern, phone_country, writing
from converter.extract.mechanisms.lines import split_lines, squash
from converter.extract.mechanisms.sentences import Collected, lang_of
from converter.model import Observation
from converter.parse.phone import parse_phone

_GAP = r"[ \t\u3000|:：]"
_SEP = r"[ \t\u3000|]"
_JA_NAME = r"[\u3400-\u9fff々\u3040-\u30ff]{1,5}(?:[ \u3000][\u3400-\u9fff々\u3040-\u30ff]{1,5})?"
_NUMBER = r"[（(+]?[0-9０-９][0-9０-９()（）\-－‐ \u3000]{6,}[0-9０-９]"
_TEL = r"(?:TEL|ＴＥＬ|Tel|電話|电话)"


@cache
def _ja_role_line() -> re.Pattern[str]:
    """'代表者 役職名 X 氏名 Y' and '問合せ先責任者 役職名 X 氏名 Y TEL Z' of a tanshin header."""
    return re.compile(
        rf"""^[ \t|\u3000]*(?:(?P<officer>{label_pattern('representative')})|(?P<contact>{label_pattern('contact')}))
        {_GAP}*[（(]?役{_SEP}*職{_SEP}*名[）)]?{_GAP}*(?P<title>[^\s|\u3000:：（()]{{2,24}})  # the title after (役職名)
        {_SEP}+[（(]?氏{_SEP}*名[）)]?{_GAP}*(?P<name>{_JA_NAME})                          # the name after (氏名)
        (?:{_SEP}+[（(]?{_TEL}[）)]?{_GAP}*(?P<phone>{_NUMBER}))?""", re.MULTILINE | re.VERBOSE)


@cache
def _zh_person_line() -> re.Pattern[str]:
    """'發言人：林建宏 財務副總經理', '联系人：张伟': a label and one or two words, alone on a line."""
    return re.compile(
        rf"""^[ \t|\u3000]*(?:(?P<spokesperson>{label_pattern('spokesperson')})|(?P<contact>{label_pattern('contact')}))
        {_GAP}+(?P<first>[\u3400-\u9fff]{{2,12}})(?:[ \t\u3000]+(?P<second>[\u3400-\u9fff]{{2,12}}))?[ \t\u3000|]*$""",
        re.MULTILINE | re.VERBOSE)


@cache
def _number_line() -> re.Pattern[str]:
    """'电话：010-6555-1234', '传真：...' under a contact's name."""
    return re.compile(rf"^[ \t|\u3000]*(?:(?P<phone>{label_pattern('phone_label')})|(?P<fax>{label_pattern('fax_label')}))"
                      rf"{_GAP}*(?P<number>{_NUMBER})[ \t\u3000|]*$", re.MULTILINE)


@cache
def _organisation_line() -> re.Pattern[str]:
    """'X株式会社 広報部 TEL：03-5555-0123' under an 'お問い合わせ先' label."""
    departments = "|".join(map(re.escape, header_words("department_suffix")))
    return re.compile(rf"^[ \t|\u3000]*(?P<org>[^\s\u3000|]{{2,30}}?(?:{LEGAL_FORM.pattern}))[ \t\u3000]+"
                      rf"(?P<department>[^\s\u3000|]{{1,12}}(?:{departments}))[ \t\u3000]+{_TEL}{_GAP}*(?P<phone>{_NUMBER})"
                      rf"[ \t\u3000|]*$", re.MULTILINE)


def _is_title(word: str) -> bool:
    return word.endswith(header_words("title_suffix"))


def _person_and_title(first: str, second: str | None) -> tuple[int, int | None] | None:
    """Which of the words after a label is the name (2 to 4 characters, no title) and which the
    title: (index of the name, index of the title or None); None when the words do not say."""
    words = [first] + ([second] if second else [])
    names = [i for i, w in enumerate(words) if 2 <= len(w) <= 4 and not _is_title(w) and not LEGAL_FORM.search(w)
             and not w.endswith(header_words("department_suffix"))]  # '財務處' is an office, no one's name
    titles = [i for i, w in enumerate(words) if _is_title(w)]
    if len(names) != 1 or len(words) - len(names) != len(titles):
        return None
    return names[0], (titles[0] if titles else None)


class _Writer:
    """Adds a person's facts under the next member of their axis."""

    def __init__(self, ctx: DocumentContext, out: Collected) -> None:
        self.ctx, self.out = ctx, out
        self.members: dict[str, int] = {}
        self.country = phone_country(ctx.text)

    def person(self, axis: str, facts: list[tuple[str, str, int, int]]) -> None:
        self.members[axis] = self.members.get(axis, 0) + 1
        dims = ((axis, str(self.members[axis])),)
        for concept, value, start, end in facts:
            self.out.add(Observation(concept, value, self.ctx.document_period, dimensions=dims,
                                     lang=lang_of(value, self.ctx.text), span=self.ctx.span(start, end),
                                     rule="cjk:labelled-person"), start, end)

    def number(self, concept: str, printed: str, start: int) -> tuple[str, str, int, int] | None:
        ascii_number = unicodedata.normalize("NFKC", printed)
        if self.country is None and not ascii_number.startswith("+"):
            return None  # a national number of no known country
        phone = parse_phone(ascii_number, default_country=self.country or "KR")
        return (concept, phone.e164, start, start + len(printed)) if phone is not None else None


def _text(m: re.Match[str], group: str) -> tuple[str, int, int]:
    return squash(m[group]), m.start(group), m.end(group)


def _japanese_roles(text: str, write: _Writer) -> None:
    for m in _ja_role_line().finditer(text, 0, min(len(text), 6000)):
        name, title = _text(m, "name"), _text(m, "title")
        prefix = "Officer" if m["officer"] else "Contact"
        facts = [(f"{prefix}Name", *name), (f"{prefix}Title", *title)]
        if m["contact"] and m["phone"]:
            number = write.number("ContactPhoneNumber", m["phone"].rstrip(), m.start("phone"))
            facts += [number] if number else []
        write.person(f"{prefix}Axis", facts)


def _chinese_people(text: str, write: _Writer) -> None:
    lines = split_lines(text)
    for m in _zh_person_line().finditer(text):
        pick = _person_and_title(m["first"], m["second"])
        if pick is None:
            continue
        groups = ("first", "second")
        facts = []
        kind = "Spokesperson" if m["spokesperson"] else "Contact"
        facts.append((f"{kind}Name", *_text(m, groups[pick[0]])))
        if pick[1] is not None:
            facts.append((f"{kind}Title", *_text(m, groups[pick[1]])))
        if kind == "Contact":
            facts += _numbers_under(text, lines, m.end(), write)
        write.person(f"{kind}Axis", facts)


def _numbers_under(text: str, lines: list, end: int, write: _Writer) -> list[tuple[str, str, int, int]]:  # noqa: ANN001
    """The phone and fax lines right under a contact's line (until a blank or another line)."""
    found = []
    following = [line for line in lines if line.start > end][:3]
    for line in following:
        m = _number_line().fullmatch(text, line.start, line.end) if not line.blank else None
        if m is None:
            break
        concept = "ContactPhoneNumber" if m["phone"] else "ContactFaxNumber"
        number = write.number(concept, m["number"].rstrip(), m.start("number"))
        if number and not any(f[0] == concept for f in found):
            found.append(number)
    return found


@cache
def _contact_label() -> re.Pattern[str]:
    """A contact block's label ending its line (built once from the label words)."""
    return re.compile(rf"(?:{label_pattern('contact')})[】\]）)]?{_GAP}*$", re.MULTILINE)


def _organisations(text: str, write: _Writer) -> None:
    for m in _contact_label().finditer(text):
        following = text[m.end():m.end() + 200].lstrip("\n")
        offset = m.end() + len(text[m.end():m.end() + 200]) - len(following)
        line = _organisation_line().match(following)
        if line is None:
            continue
        facts = [("ContactOrganization", line["org"], offset + line.start("org"), offset + line.end("org")),
                 ("ContactTitle", line["department"], offset + line.start("department"), offset + line.end("department"))]
        number = write.number("ContactPhoneNumber", line["phone"].rstrip(), offset + line.start("phone"))
        write.person("ContactAxis", facts + ([number] if number else []))


def extract_cjk_people(ctx: DocumentContext) -> Found:
    """Officers, spokespersons and contacts that a Japanese or Chinese document names by a label."""
    if writing(ctx.text) is None:
        return Found()
    out = Collected()
    write = _Writer(ctx, out)
    _japanese_roles(ctx.text, write)
    _chinese_people(ctx.text, write)
    _organisations(ctx.text, write)
    return Found(tuple(out.observations))
