"""The companies a news sentence names as its subject: the English readers (a sentence's first
clause, a round-up paragraph's opening company, "the former X"), and whether a name is the
registrant's (``same_company``). Split from ``figure_subjects``, whose ``NewsCompanies`` asks them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from converter.extract.mechanisms.countries import country_code
from converter.extract.mechanisms.sentences import has_hangul


LEGAL_WORD = re.compile(r"Co\.?|Corp\.?|Inc\.?|Ltd\.?|Corporation|Company|Group|Bank|Holdings|Telecom")
_GENERIC = re.compile(r"^(?:Company|Group|Corporation|Firm|Board|Management|Bank|Holdings)$")
ORG_WORD = re.compile(r"\b(?:Co|Corp|Inc|Ltd|Corporation|Company|Group|Telecom|Telecommunications|Electronics|"
                       r"Bank|Holdings|Motors?|Steel|Semiconductor|Chemicals?|Securities|Airlines?|Mobile|"
                       r"Communications|Networks?|Energy|Industries|Systems)\b")


# capitalised words, maybe joined by "&" ("Larsen & Toubro"); an "&" alone is no name (a web
# page's menu: "filings & reports from")
# (a company word may take its country: "Hanbit Co. of Korea Ltd.", "Daebo Company of America")
_NAME = r"[A-Z][\w&.-]*(?:\s+(?:&\s+|(?<=Co\.\s)of\s+|(?<=Company\s)of\s+)?[A-Z][\w&.-]*)*"
# a company named with its legal form anywhere in a sentence: "Far Acme Telecommunications Co (遠愛)"
_FORMED_NAME = re.compile(rf"(?P<name>{_NAME})(?:,?\s+(?:Co|Corp|Inc|Ltd)\b\.?)+")
_REPORT_VERBS = ("said", "says", "saw", "sees", "posted", "posts", "reported", "reports", "recorded", "records",
                 "announced", "announces", "had", "has", "booked", "logged", "turned", "swung", "registered",
                 "chalked", "secured")
_REPORTS = f"(?:{'|'.join(_REPORT_VERBS)})"
# "Its rival Hanseong Steel earlier reported": a word between the name and its verb
_ADVERB = r"(?:\s+(?:earlier|also|separately|later|previously|recently|meanwhile|yesterday|today|on\s+[A-Z][a-z]+day|last\s+week))?"
# "Smaller rival Daebo Telecom saw", "Hanul, which is controlled by ..., posted", "Shakti Motors Ltd,
# India's third-largest maker of utility vehicles, said", "Daebo Telecom's sales"
_COMPANY_SUBJECT = re.compile(
    rf"""(?P<name>{_NAME})                       # capitalised words
    (?P<form>(?:,?\s+(?:Co|Corp|Inc|Ltd)\b\.?)*)   # its legal form: "Co., Ltd.", ", Inc."
    (?:\s*\((?P<aside>[^()]{{1,30}})\))?              # its name in another script or its ticker: "Acme Inc (愛客)"
    (?=\s*,\s*[^,.;]{{3,80}}?,{_ADVERB}\s*{_REPORTS}\b  # an apposition, then the verb
      |{_ADVERB}\s+{_REPORTS}\b                 # the verb
      |[’']s\s+(?![A-Z])                        # a possessive: "Daebo Telecom's sales"
      |(?<=s)[’']\s+(?![A-Z]))                  # a plural's: "Daebo Electronics' sales"
    """,
    re.VERBOSE,
)
# "Acme Labs Q4 Results: Net profit jumps ...": a digest item's heading names its company first
_RESULTS_HEADING = re.compile(
    r"""^\s*(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|&))*?)            # Acme Labs
    \s+(?:Q[1-4]|H[12]|(?:First|Second|Third|Fourth)[\s-]Quarter|Interim|Annual|Full[\s-]Year)  # Q4
    (?:\s+FY\s?\d{2,4})?\s+(?:Results?|Earnings)\s*:                         # Results:""",
    re.VERBOSE | re.IGNORECASE,
)
# "Hanbit Pharma on Tuesday said its profit ...", "Steel major Daebo Works reported a 9 per cent
# rise ...": a paragraph of a round-up opening on a company and its results, the company named
# without a legal word (a person says, but does not report results nor say "its")
_RESULTS_REPORT = "|".join(v for v in _REPORT_VERBS if v not in ("said", "says", "had", "has", "sees", "saw"))
_PARAGRAPH_SUBJECT = re.compile(
    rf"""^\s*(?:[A-Z][a-z]+[’']s\s+)?                             # its country's: "Korea's"
    (?:(?:[A-Z][a-z-]+\s+)?(?:[a-z][a-z-]*\s+){{1,3}})??   # its trade: "Telecom infrastructure major"
    (?P<name>{_NAME})                                            # capitalised words
    {_ADVERB}\s+(?:{_RESULTS_REPORT}|said\s+(?:that\s+)?its|says\s+(?:that\s+)?its)\b  # reported; said its""",
    re.VERBOSE,
)
# "Mr. Kim said": a person, not a company
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Ms|Mrs|Dr)\.?\s*$")
# '"...," Acme Chairman & Managing Director Ravi Rao said': a person with an office's title, no firm
_OFFICE_TITLE = re.compile(r"\b(?:Chairman|Chairwoman|Chairperson|Managing\s+Director|Executive\s+Director|"
                           r"Chief\s+[A-Z][a-z]+\s+Officer|CEO|CFO|COO|Vice\s+President|Spokes(?:man|woman|person))\b")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,6}")
_DIGIT = re.compile(r"\d")
_NAME_WORD = re.compile(r"[a-z0-9가-힣]+")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
# "(HSMC)", "(GSEC)": the short name a story defines after a company's full name
_ASIDE = re.compile(r"\([^()]*\)")
_NOT_COMPANY = re.compile(r"^(?:It|Its|The|This|That|These|Those|He|She|They|We|Our|Analysts?|Officials?|Market|"
                          r"Smaller|Rival|Third-ranked|Second|Korea|South|Seoul|Tokyo|Taiwan|China|Japan|Wednesday|"
                          r"Monday|Tuesday|Thursday|Friday|Saturday|Sunday)$")


@lru_cache(maxsize=1)
def _former_words() -> str:
    from converter.extract.mechanisms.names import words
    return "|".join(sorted(words("former"), key=len, reverse=True))


def _former(sentence: str, name: str) -> str | None:
    """"the former Hanbit Steel", "its predecessor Hanbit Steel" (``former`` of
    ``data/name_words.tsv``): the company of the past as printed, where the sentence names it so.
    (Asked of every company a sentence makes its subject: the words are looked for first, and the
    pattern, which holds the name, is built only where one of them is printed.)"""
    folded = sentence.casefold()
    if not any(word in folded for word in _former_words().split("|")):
        return None
    m = re.search(rf"\b(?:{_former_words()})\s+{re.escape(name.split(' (')[0])}", sentence, re.IGNORECASE)
    return m[0] if m else None


def _is_place(name: str) -> bool:
    """"India's third-largest maker": a country's possessive, not a company's."""
    found = country_code(name)
    return found is not None and found[1] == 0 and found[2] == len(name)


@lru_cache(maxsize=4096)
def company_subject(sentence: str) -> str | None:
    """The company a sentence's first clause is about, as printed ("Daebo Telecom"), if it names one:
    capitalised words with a company word, an acronym (HMC), or a possessive ("Acme's sales").

    >>> company_subject("Smaller rival Daebo Telecom saw its net profit plunge 57 percent.")
    'Daebo Telecom'
    >>> company_subject("Northwind Telecom Co., Ltd. said revenues were KRW 5 billion.")
    'Northwind Telecom Co.'
    >>> company_subject("Mr. Kim said revenue rose.") is None, company_subject("The Company reported") is None
    (True, True)
    >>> company_subject("K&R Q4 Results: Net profit jumps 10% YoY to Rs 3,987 crore")
    'K&R'
    >>> company_subject("CHAIRMAN'S STATEMENT Annual Review The Group's revenue grew by 4%") is None
    True
    """
    heading = _RESULTS_HEADING.match(sentence)
    if heading is not None and heading["name"][0].isupper():
        return heading["name"]
    if not any(verb in sentence for verb in _REPORT_VERBS) and "'" not in sentence and "’" not in sentence:
        return None  # neither a verb of reporting nor a possessive: no company is the subject
    for m in _COMPANY_SUBJECT.finditer(sentence):
        if _TITLE_BEFORE.search(sentence[:m.start()]):
            continue
        words = m["name"].split()
        if "The" in words[1:]:  # a heading run into the sentence: "... Financial Results The Group's"
            words = words[len(words) - words[::-1].index("The") - 1:]
        while words and _NOT_COMPANY.match(words[0]):
            words.pop(0)
        if not words or all(_GENERIC.match(w) or LEGAL_WORD.fullmatch(w) for w in words) or _is_place(" ".join(words)):
            continue
        name = " ".join(words)
        if _OFFICE_TITLE.search(name):
            continue
        possessive = sentence[m.end():m.end() + 2].startswith(("'s", "’s")) or \
            sentence[m.end() - 1:m.end() + 1] in ("s'", "s’")
        # "Larsen & Toubro reported", "Kaveri Consumer Products Ltd reported": joined names, a legal form
        firm = "&" in words or m.end("name") < m.end("form")
        if ORG_WORD.search(name) or _ACRONYM.fullmatch(words[0]) or possessive or firm:
            short = (m["aside"] or "").split(",")[0].strip()
            # 'Acme Semiconductor Co (ASC, 愛客)': the short name it is known by, to compare too
            return f"{name} ({short})" if _ACRONYM.fullmatch(short) else name
    return None


def paragraph_company(sentence: str) -> str | None:
    """The company a paragraph's first sentence opens on as the reporter of its results, though
    named without a legal word.

    >>> paragraph_company("Hanbit Pharma on Tuesday said its profit after tax rose to Rs 77 crore.")
    'Hanbit Pharma'
    >>> paragraph_company("Power utility major Daebo Grid posted a 12 per cent rise in profit.")
    'Daebo Grid'
    >>> paragraph_company("Ravi Menon said demand was strong."), paragraph_company("It reported a loss.")
    (None, None)
    """
    m = _PARAGRAPH_SUBJECT.match(sentence)
    if m is None:
        return None
    words = m["name"].split()
    while words and _NOT_COMPANY.match(words[0]):
        words.pop(0)
    name = " ".join(words)
    return name if words and not _is_place(name) and not _DIGIT.search(name) else None


def _words(name: str) -> set[str]:
    return {w for w in _NAME_WORD.findall(ORG_WORD.sub(" ", name).lower()) if len(w) > 1}


def same_company(name: str, registrant: str) -> bool:
    """"Hanul" is "Korea Hanul Mobile Co., Ltd."; "FMC" the initials of its full name; "하나로"
    the short form of "하나로통신" (a Korean name's first syllables, as Korean news shortens it)."""
    mine, theirs = _words(name), _words(registrant)
    # the name, or the short name it defines in parentheses, all of whose words are the registrant's
    parts = [_words(_ASIDE.sub(" ", name))] + [_words(aside) for aside in _ASIDE.findall(name)]
    shortened = any((a.startswith(b) or b.startswith(a)) and has_hangul(a) and has_hangul(b)
                    for a in mine for b in theirs)
    if any(part and part <= theirs for part in parts) or shortened:
        # (all of the name's words the registrant's: "Daon Petro Co." shares the group's word with
        # "Daon Holdings" but is another company of the group)
        return True
    initials = "".join(w[0] for w in _LATIN_WORD.findall(registrant) if w[0].isupper())
    return name.replace(" ", "").upper() in (initials, initials[:-1]) if len(initials) > 1 else False
