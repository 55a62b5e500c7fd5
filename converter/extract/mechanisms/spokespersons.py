"""The spokesperson a release quotes: the name and title of who said what ("..." said Jane Doe,
Chief Financial Officer), in English and in Korean (박민호 상무는 "..."라고 말했다).
"""

from __future__ import annotations

import re
from functools import cache

from converter.extract.base import DocumentContext
from converter.extract.mechanisms.contact_blocks import HONORIFIC, NAME
from converter.extract.mechanisms.contacts import _korean_titles, _string
from converter.extract.mechanisms.figure_subjects import ORG_WORD
from converter.extract.mechanisms.names import title_alternation, words
from converter.extract.mechanisms.sentences import HANGUL, has_hangul, Collected, Sentence, action_pattern
from converter.parse.gates import Gated, fold, folded_text

# a verb of speech; "the said dividend", "such said meeting" use "said" as a legal adjective ("the
# one named before"), no one speaks
SPEECH = r"(?<![Tt]he\s)(?<![Ss]uch\s)(?:said|says|stated|commented|added|noted|explained)"
_NOT_PEOPLE = re.compile(r"^(?:The|This|Our|Its|Korea|Seoul|New|Investor|Chief)\b")


# ---------------------------------------------------------------------------------------------
# Spokespersons
# ---------------------------------------------------------------------------------------------


@cache
def _quote_patterns() -> tuple[re.Pattern[str], ...]:
    return (
        # ..." said Mr. Matt K Park, Vice President, Strategy & Planning.
        re.compile(rf"\b{SPEECH}\s+{HONORIFIC}?(?P<name>{NAME})\s*,\s*(?P<title>[^\"“”]+?)\s*[.]?[\"”]?$"),
        # John Smith, chief executive officer of Acme, said
        re.compile(rf"(?:^|[\"”,]\s*){HONORIFIC}?(?P<name>{NAME})\s*,\s*(?P<title>[^,\"“”]{{3,80}}?)\s*,\s*{SPEECH}\b"),
        # said Mr. Kim, Chief Financial Officer.  (a surname alone, after a title of address)
        re.compile(rf"\b{SPEECH}\s+{HONORIFIC}(?P<name>[A-Z][a-z]+)\s*,\s*(?P<title>[^\"“”]+?)\s*[.]?[\"”]?$"),
        # ..." said Acme Board member Jane Doe.  (the company's name, a title, then the name)
        re.compile(rf"\b{SPEECH}\s+(?:(?:the\s+)?[A-Z][\w&.'’-]*\s+){{0,3}}?(?P<title>{_speaker_titles()})\s+"
                   rf"{HONORIFIC}?(?P<name>{NAME})\s*[.]?[\"”]?$"),
        # according to John Smith, head of investor relations
        re.compile(rf"\baccording\s+to\s+{HONORIFIC}?(?P<name>{NAME})\s*,\s*(?P<title>[^,.\"“”]{{3,80}})"),
        # 재무기획실장(CFO) 로버트 김 전무는 "..."라고 말했다 (a foreign name in two words after a position)
        re.compile(rf"(?P<position>{_KO_POSITION})\s+(?P<name>[가-힣]{{2,5}}\s[가-힣]{{1,3}})\s*{_ko_rank()}"),
        # 박민호 상무는 "..." 말했다 / 재무기획실장(CFO) 김철수 전무는 ...
        re.compile(rf"(?:(?P<position>{_KO_POSITION})\s+)?(?P<name>[가-힣]{{2,4}})\s*{_ko_rank()}"),
    )


@cache
def _gated_quote_patterns() -> tuple[Gated, ...]:
    """The speaker patterns behind the words each needs (a speech verb, a Korean rank): most
    sentences of a release quote nobody, and an ``in`` test is far cheaper than the scans."""
    return tuple(Gated(pattern) for pattern in _quote_patterns())


@cache
def _cited_source() -> re.Pattern[str]:
    """The ``source`` phrases of ``data/name_words.tsv`` ("research firm", "tracker"): the
    appositive that makes a name a source the story cites, not a spokesperson of the company."""
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(words("source")))
                      + r")s?\b", re.I)


def _speaker_titles() -> str:
    """An officer's or a speaker's title of ``data/name_words.tsv``, or two joined by "and"
    ("Chairman and Chief Executive Officer"), in any case."""
    one = title_alternation("officer", "speaker_title", latin_only=True)
    return rf"(?i:(?:{one})(?:\s*(?:,|and|&)\s*(?:{one}))?)"


def _ko_rank() -> str:
    """A Korean rank after the name, its particle, and a verb of speech later in the sentence."""
    return (rf"(?P<title>[가-힣A-Za-z·]{{0,10}}?(?:{_korean_titles()})(?:\((?:CFO|CEO|COO|CTO|CIO)\))?)"
            rf"(?:은|는|이|가)\s.*?(?:{_KO_SPEECH})")


# a position written before a Korean name: 재무기획실장(CFO), 전략기획실장, IR팀장
_KO_POSITION = r"[가-힣A-Za-z]{1,8}(?:부문장|본부장|실장|팀장|부장|센터장|소장|단장|처장|국장|원장)(?:\((?:CFO|CEO|COO|CTO|CIO)\))?"
_KO_SPEECH = r"말했다|밝혔다|강조했다|설명했다|덧붙였다|기대했다|전망했다|분석했다|내다봤다|언급했다|전했다"


def _is_person(m: re.Match[str]) -> bool:
    """A Hangul name is a surname and a given name, or a foreign name in two words after a
    position ("재무기획실장(CFO) 로버트 김 전무")."""
    name = m["name"]
    if not HANGUL.match(name):
        return True
    if " " in name:
        return bool(m.groupdict().get("position"))
    from converter.extract.mechanisms.officers_prose import is_korean_name
    return is_korean_name(name)


@cache
def _run_on_clause() -> re.Pattern[str]:
    """The comma and the word (``title_clause`` of ``data/name_words.tsv``) opening the clause a
    story runs on after a title: "an analyst at Acme Securities, adding that ..." ends at the comma
    (a comma alone does not end a title: "Vice President, Strategy & Planning")."""
    return re.compile(rf",\s+(?:{title_alternation('title_clause')})\b", re.I)


def _clean_title(title: str, registrant: str | None, text: str) -> str:
    """The title without its trailing "of <the company>" (the company is the entity already) and
    without the clause a story runs on after it (", adding that ...", ", who expects ...")."""
    title = _run_on_clause().split(" ".join(title.split()), maxsplit=1)[0]
    title = re.sub(r"^(?:the\s+Company[’']s|its|our)\s+", "", title.rstrip(".,"), flags=re.I)
    m = re.search(r",?\s+(?:of|at)\s+(?P<org>(?:the\s+)?[A-Z][\w&.\- ]+)$", title)
    if not m:
        return title
    org = m["org"]
    legal = action_pattern("org_word").pattern
    if (re.fullmatch(r"the\s+Company", org, re.I) or (registrant and registrant.startswith(org))
            or re.search(rf"{re.escape(org)},?\s+(?:{legal})", text) or len(re.findall(rf"\b{re.escape(org)}\b", text)) >= 3):
        # the company the release is about (named again and again in it)
        return title[:m.start()]
    return title


def spokesperson_facts(ctx: DocumentContext, out: Collected, spans: list[Sentence]) -> None:
    members: dict[str, str] = {}
    whole = folded_text(ctx.text)  # the quote patterns whose words the document lacks are not tried on its sentences
    quotes = [gated for gated in _gated_quote_patterns() if gated.may_match(whole)]
    for s in spans if quotes else ():
        folded = fold(s.text)
        for gated in quotes:
            if not gated.may_match(folded):
                continue
            pattern = gated.pattern
            m = next((m for m in pattern.finditer(s.text) if not _NOT_PEOPLE.match(m["name"]) and _is_person(m)), None) \
                if has_hangul(s.text) else pattern.search(s.text)
            if not m or _NOT_PEOPLE.match(m["name"]) or not _is_person(m) or ORG_WORD.search(m["name"]):
                continue  # "Hanul Mobile Co, the No.2 operator, said": a company speaks, no person
            if m.groupdict().get("title") and _cited_source().search(m["title"]):
                continue  # "according to Daebo Data, a market research firm": a source the story cites
            name = " ".join(m["name"].split())
            if name in members:
                break
            members[name] = str(len(members) + 1)
            dims = (("SpokespersonAxis", members[name]),)
            _string(ctx, out, "SpokespersonName", name, s.start + m.start("name"), s.start + m.end("name"),
                    dims, "press:spokesperson")
            group = "position" if m.groupdict().get("position") else "title"
            title = _clean_title(m[group], ctx.registrant, ctx.text)
            if title:
                skipped = max(m[group].find(title.split()[0]), 0)
                start = s.start + m.start(group) + skipped
                _string(ctx, out, "SpokespersonTitle", title, start, start + _covering(m[group][skipped:], title),
                        dims, "press:spokesperson")
            break


def _covering(written: str, value: str) -> int:
    """Length of the part of ``written`` (line breaks and all) that ``value`` was read from."""
    words = len(value.split())
    m = re.match(rf"\s*(?:\S+\s+){{{max(words - 1, 0)}}}\S+", written)
    return len(m.group(0).rstrip(".,")) if m else len(written)
