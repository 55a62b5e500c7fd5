"""The subject company of a Schedule 13D / 13G or its agreement: name, security class, par value,
legal form and country, from the ``... common stock, par value ... per share, of X, a ...
organized under the laws of Y`` sentence or from a cover page's captions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from babel import Locale

from converter.extract.mechanisms.name_match import (canonical, has_legal_form, phrase_pattern, phrases,
                                                     spelling_pattern)
from converter.model import Value
from converter.parse.amounts import find_amounts
from converter.parse.gates import Gated, fold


@dataclass(frozen=True)
class Located:
    value: Value
    start: int
    end: int

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end




@cache
def _country_names() -> dict[str, str]:
    """Country and US-state names (case folded) -> ISO 3166-1 alpha-2."""
    table = {name.casefold(): code for code, name in Locale("en").territories.items()
             if len(code) == 2 and code.isalpha()}
    for kind in ("country", "us_state"):
        table.update((phrase.casefold(), code) for phrase, code in phrases(kind))
    return table


def country_code(text: str) -> tuple[str, int] | None:
    """ISO code of the place ``text`` starts with, and the length of the words naming it.

    >>> country_code("the Republic of Korea filed on"), country_code("the State of Delaware")
    (('KR', 21), ('US', 21))
    >>> country_code("the Cayman Islands"), country_code("Freedonia")
    (('KY', 18), None)
    """
    words = list(re.finditer(r"[^\s,;.()]+", text[:90]))
    for n in range(min(len(words), 7), 0, -1):
        phrase = " ".join(w.group(0) for w in words[:n]).casefold()
        bare = re.sub(r"^(?:the\s+)?(?:state|commonwealth)\s+of\s+", "", phrase)
        for candidate in (phrase, bare):
            code = _country_names().get(candidate)
            if code:
                return code, words[n - 1].end()
    return None


@dataclass(frozen=True)
class Subject:
    name: Located | None = None
    security_class: Located | None = None
    legal_form: Located | None = None
    country: Located | None = None
    par_value: Located | None = None
    par_currency: str | None = None
    par_decimals: int | None = None


# where an issuer's name ends: an appositive or clause after a comma (company names continue
# after a comma only with a capitalized legal form), a parenthesis, a verb (an auxiliary in
# lower case: '... of Acme Group shall be filed'), a sentence end
_NAME_END = (r"(?=(?-i:,\s+[a-z])|\s*\(|;|\s+(?:is|are|was|were|dated|filed|pursuant|which|that)\b"
             r"|\s+(?-i:shall|will|would|may|must|should|has|have|had|be|been)\b"
             r"|\.\s*(?:\n|$)|(?-i:\.\s+[A-Z][a-z]*\s+[a-z])|\s*\n\s*\n)")


@cache
def _subject_sentence() -> Gated:
    """The sentence, searched only where its class's words begin (``Gated``): the class is
    written as two branches, with and without 'Class A', so that its opening words are found
    (an optional group before them hid them), not tried at every position of a schedule."""
    named = phrase_pattern("security")
    security = rf"(?:{phrase_pattern('designation')}\s+[A-Z0-9]{{1,2}}\s+{named}|{named})"
    par = (r"(?:\s*,?\s*(?P<par>(?:with\s+a\s+)?par\s+value\s+[^;()]{1,40}?\s+per\s+share"
           r"|(?:at\s+)?[^;(),\s]{1,20}\s+par\s+value(?:\s+per\s+share)?)\s*,?)?")  # ('shares at $1 par value')
    defined = r"(?:\s*\([^()]{1,60}\)\s*,?)?"  # (the "Shares")
    name = rf"(?P<name>(?!{security})(?-i:[A-Z\uac00-\ud7a3])[^;]{{1,150}}?){_NAME_END}"
    return Gated(re.compile(
        rf"(?P<class>{security}){defined}{par}{defined},?\s+(?:of|issued\s+by)\s+{name}", re.I))


def _appositive(text: str, at: int) -> tuple[Located | None, Located | None]:
    """``, a chusik-hoesa organized under the laws of Korea`` / ``, a Delaware corporation``."""
    m = re.match(r",\s+an?\s+(?P<form>[\w\-\s]{1,40}?)\s+(?:organized|incorporated|existing|formed)"
                 r"\s+(?:and\s+existing\s+)?(?:under\s+the\s+laws\s+of|in)\s+", text[at : at + 200])
    if m:
        form = Located(" ".join(m["form"].split()), at + m.start("form"), at + m.end("form"))
        place = country_code(text[at + m.end() :])
        country = Located(place[0], at + m.end(), at + m.end() + place[1]) if place else None
        return form, country
    form_words = phrase_pattern("legal_form")
    m = re.match(rf",\s+an?\s+(?P<place>[A-Z][\w\s]{{1,30}}?)\s+(?P<form>{form_words})\b",
                 text[at : at + 120], re.I)
    if m and country_code(m["place"]):
        code = country_code(m["place"])[0]  # type: ignore[index]
        return (Located(m["form"], at + m.start("form"), at + m.end("form")),
                Located(code, at + m.start("place"), at + m.end("place")))
    return None, None


_GENERIC_FORMS = ("company", "entity", "business", "firm")  # says nothing about the legal form


def _name_suffix_form(text: str, start: int, end: int) -> Located | None:
    """The legal form a company name ends with (``Co., Ltd.``), as printed."""
    m = re.search(rf"(?:,\s*|\s+)(?P<form>{phrase_pattern('legal_form')})$", text[start:end], re.I)
    if m is None:
        return None
    return Located(" ".join(m["form"].split()), start + m.start("form"), start + m.end("form"))


# a fraction written without its leading zero after a currency sign: '$.01', 'US$.50'
_BARE_FRACTION = re.compile(r"(?<=[^\w\s.,])\.(?=\d)")


def _par_value(text: str, start: int, end: int) -> tuple[Located, str, int] | None:
    """The first amount of ``text[start:end]``: its value, currency and decimals; a par value
    written as a bare fraction (``par value $.01 per share``) is read as ``$0.01``.

    >>> [str(_par_value(t, 0, len(t))[0].value) for t in ("par value $.01 per share", "par value W500")]
    ['0.01', '500']
    """
    piece = text[start:end]
    bare = _BARE_FRACTION.search(piece)
    if bare is not None:  # (read with the zero put back; the span is the text's, without it)
        piece = piece[: bare.start()] + "0" + piece[bare.start() :]
    amounts = find_amounts(piece)
    if not amounts:
        return None
    a = amounts[0]
    back = 1 if bare is not None and a.end > bare.start() else 0
    first = a.start - (1 if bare is not None and a.start > bare.start() else 0)
    return Located(a.value, start + first, start + a.end - back), a.currency, a.decimals


# depositary shares that represent the class the sentence then names: the schedule's class
_DEPOSITARY = re.compile(r"""(?P<ads>American\s+Depositary\s+Shares|ADSs)\s*(?:\([^()]{0,40}\)\s*)?,?\s+
                             (?:each\s+)?represent(?:ing|s)\s+[^;()]{0,80}?$""", re.I | re.X)


@cache
def _designation_before() -> re.Pattern[str]:
    """'Class A ' / 'Series 2 ' ending the text before a class's words."""
    return re.compile(rf"\b(?P<word>{phrase_pattern('designation')})\s+(?P<mark>[A-Z0-9]{{1,2}})\s+$", re.I)


def _security_class(text: str, named: re.Match[str]) -> Located:
    """The class whose words ``named`` found, in their canonical form, with the letter or number
    that names it among several ('Class A ordinary shares'): the letter is what tells the classes
    apart.

    >>> t = "CLASS B Ordinary Shares, par value"
    >>> _security_class(t, re.search("ordinary shares", t, re.I)).value
    'Class B ordinary shares'
    """
    value = canonical("security", named.group(0)) or " ".join(named.group(0).lower().split())
    before = _designation_before().search(text[max(0, named.start() - 20) : named.start()])
    if before is None:
        return Located(value, named.start(), named.end())
    word = canonical("designation", before["word"]) or before["word"]
    return Located(f"{word} {before['mark'].upper()} {value}", named.start() - len(before.group(0)), named.end())


def subject_from_sentence(text: str) -> Subject:
    """Class, par value, issuer, legal form and country of ``the common stock, par value ...
    per share, of X, a ... organized under the laws of Y``."""
    m = next(_subject_sentence().finditer(text, fold(text)), None)
    if m is None:
        return Subject()
    named = re.compile(phrase_pattern("security"), re.I).search(text, m.start("class"), m.end("class"))
    designated = _security_class(text, named) if named else None
    cls = str(designated.value) if designated else None
    class_span = (m.start("class"), m.end("class"))
    ads = _DEPOSITARY.search(text, max(0, m.start("class") - 160), m.start("class"))
    if ads is not None:  # "the American Depositary Shares, each representing one share of common stock"
        cls, class_span = canonical("security", ads["ads"]) or ads["ads"], (ads.start("ads"), ads.end("ads"))
    name_end = m.end("name")
    if text[name_end : name_end + 1] == "." and _name_suffix_form(text, m.start("name"),
                                                                  name_end + 1):
        name_end += 1  # "... Co., Ltd." at a line's end: the period is the name's
    form, country = _appositive(text, name_end)
    if form is None or str(form.value).casefold() in _GENERIC_FORMS:
        form = _name_suffix_form(text, m.start("name"), name_end) or form
    par = _par_value(text, m.start("par"), m.end("par")) if m["par"] else None
    return Subject(
        name=Located(" ".join(text[m.start("name") : name_end].split()), m.start("name"),
                     name_end),
        security_class=Located(cls or m["class"].lower(), *class_span),
        legal_form=form,
        country=country,
        par_value=par[0] if par else None,
        par_currency=par[1] if par else None,
        par_decimals=par[2] if par else None,
    )


# the issuer a form's item labels: "Issuer and Ticker Symbol: Acme Fund, Inc. ("ACF")" (Forms
# 3/4/5 and their Joint Filer Information blocks), "Issuer: Acme Fund, Inc." (an agreement's
# header); the ticker in parentheses or after a comma is no part of the name
_LABELLED_ISSUER = re.compile(r"""
    ^[ \t|]*(?P<label>(?:Name\s+of\s+)?Issuer(?P<ticker>\s+(?:and|&)\s+Ticker\s+(?:or\s+Trading\s+)?Symbol)?)
    [ \t]*:[ \t]*                                   # the label's colon, the value on its line
    (?P<name>(?-i:[A-Z])[^\n(;]{1,120}?)             # the issuer's name
    [ \t]*(?:\(\s*"?[A-Z0-9.]{1,8}"?\s*\)[ \t]*)?$     # its ticker symbol ("ACF"), or nothing
    """, re.IGNORECASE | re.MULTILINE | re.VERBOSE)


def labelled_issuer(text: str, bare_label: bool) -> Located | None:
    """The issuer an ``Issuer and Ticker Symbol:`` line names; ``bare_label``: an ``Issuer:``
    line is read too (in a joint filing agreement; elsewhere a bare "Issuer:" may be a bond's).

    >>> labelled_issuer('Issuer and Ticker Symbol: Sample Fund, Inc. ("SFI")', False).value
    'Sample Fund, Inc.'
    >>> labelled_issuer('Issuer: Sample Fund, Inc.', False) is None
    True
    """
    for m in _LABELLED_ISSUER.finditer(text):
        if bare_label or m["ticker"]:
            name = m["name"].rstrip(" ,")
            return Located(" ".join(name.split()), m.start("name"), m.start("name") + len(name))
    return None


def captioned(text: str, caption: str, opening: str | None = None) -> Located | None:
    """The words above a cover-page caption such as ``(Name of Issuer)``, rules skipped; a
    value wrapped over lines (``American Depositary Shares, each representing ...`` / ``of
    Common Stock ...``) is read whole, up to the blank line or caption above it. ``opening``:
    the caption's first words, enough to know it where the text ends inside it (an excerpt
    cut off in ``(Date of Event which Requires Fi``).

    >>> captioned("  May 2, 2006\\n  ------\\n  (Date of Event which Requ", "Date of Event which "
    ...           "Requires Filing of this Statement", "Date of Event").value
    'May 2, 2006'
    """
    m = caption_alone(text, caption)
    if m is None and opening is not None:  # the text's last line: '(' and the caption's opening
        m = cut_caption(text, opening)
    if m is None:
        return _run_together(text, caption)
    value: list[re.Match[str]] = []
    above = list(re.finditer(r"^[^\n]*$", text[: m.start()], re.M))[-8:]
    for n in range(len(above) - 1, -1, -1):
        line = above[n]
        body = line.group(0).strip(_CELL_BLANKS)
        if not value and (not body or re.fullmatch(r"[\-_=]+", body)):
            continue
        if n and len(value) < 3 and _other_name(body, above[n - 1].group(0).strip(_CELL_BLANKS)):
            value.insert(0, line)  # 'Apex Tonghap Chushik Hoesa' / '(Apex Holdings, Inc.)'
            continue
        if not body or _ABOVE_VALUE.fullmatch(body) or _form_line().match(body) or len(value) == 3:
            break
        value.insert(0, line)
        if _GLUED_TO_CAPTION.match(body):
            break  # '(Title of Class of Securities)12345X107': the value opens after the caption above
    if not value:
        return None
    first, last = value[0], value[-1]
    start = first.start() + len(first.group(0)) - len(first.group(0).lstrip(_CELL_BLANKS))
    end = last.start() + len(last.group(0).rstrip(_CELL_BLANKS))
    words = " ".join(line.group(0).strip(_CELL_BLANKS) for line in value)
    glued = _GLUED_TO_CAPTION.match(text, start, first.end())
    if glued:  # (a value of one line: the loop above stops at it)
        start, words = glued.end(), text[glued.end() : end]
    return Located(" ".join(words.split()), start, end)


def _other_name(body: str, line_above: str) -> bool:
    """Whether ``body`` is the name above it again, in brackets and another language, its legal
    form with it (``Apex Tonghap Chushik Hoesa`` / ``(Apex Holdings, Inc.)``): the value's line,
    not a caption (which names no company).

    >>> _other_name("(Apex Holdings, Inc.)", "Apex Tonghap Chushik Hoesa"), _other_name(
    ...     "(Amendment No. 2)*", "Under the Securities Exchange Act of 1934")
    (True, False)
    """
    return (body.startswith("(") and body.endswith(")") and has_legal_form(body[1:-1])
            and bool(line_above) and not _ABOVE_VALUE.fullmatch(line_above)
            and _form_line().match(line_above) is None)


# the caption of the value above with this value run onto its line, no blank between (a copy that
# dropped the line break after each caption): '(Title of Class of Securities)12345X107' - words
# in the parentheses, so '(82) 2 555 0100' or '(1) Shares' is no caption
_GLUED_TO_CAPTION = re.compile(r"\(\s*[A-Za-z][A-Za-z,.']*\s[^()\n]*\)(?=[^\s()*\u2020\u2021])")
# blanks and the cell marks of a flattened table ('|China Index Holdings Limited'): no value's
_CELL_BLANKS = " \t|"
# a line above a captioned value that is not part of it: a rule, the caption of the value above
# or the form's parenthesis ('(Amendment No. 3)*', with its footnote marks '*†')
_ABOVE_VALUE = re.compile(r"[\-_=]+|\(.*\)[*\u2020\u2021]*")


@cache
def _form_line() -> re.Pattern[str]:
    """A line of the form's own banner over the first caption, no value's: ``SCHEDULE 13D``,
    ``Under the Securities Exchange Act of 1934``, ``TO RULE 13d-1(a) AND AMENDMENTS THERETO``."""
    return re.compile(rf"{phrase_pattern('schedule')}|{phrase_pattern('schedule_banner_next')}"
                      rf"|{phrase_pattern('schedule_banner_line')}", re.I)


# a footnote's number stuck to a value's last word ('American Depositary Shares2'): not a
# CUSIP's last character, which follows a capital or a digit
_FOOTNOTE_AT_END = re.compile(r"(?<=[a-z])\d$")


# what ends a captioned value in a cover run onto one line: a rule, then the caption (added to
# it: its spaces are its own words', so the whole is no verbose pattern)
_RULE_THEN = r"(?<![ \t])[ \t]++[\-_=]{3,}[ \t]*+"  # (tried once a run of blanks, from its start)
# where such a value begins: after the caption before it and that caption's footnote number, or
# at the line's start (read backwards from the rule: the last one before it)
_VALUE_OPENS = re.compile(r"(?:^|\)[\d*]{0,2}[ \t]+)(?=[^()\n]*\Z)", re.M)
# a caption right after its value on a line, no rule between ('... (Amendment No. __)* ACME CO.,
# LTD. (Name of Issuer) COMMON STOCK (Title of Class of Securities) ...': a cover run onto one
# line by a copy that dropped its rules)
_BLANKS_THEN = r"(?<=[^\s(])[ \t]+"


@cache
def _caption(caption: str) -> re.Pattern[str]:
    """The caption itself, in its parentheses: a cover that lacks it runs no value onto it."""
    return re.compile(rf"\(\s*{caption}\s*\)", re.I)


@cache
def _caption_line(caption: str) -> re.Pattern[str]:
    # (alone, or with the next value run onto its line: '(CUSIP Number)Jan 5, 2011')
    return re.compile(rf"^[ \t|]*\(\s*{caption}\s*\)(?:[ \t|]*$|(?=[^\s()]))", re.I | re.M)


@cache
def _cut_line(opening: str) -> re.Pattern[str]:
    return re.compile(rf"^[ \t|]*\(\s*{opening}\b[^()\n]*\Z", re.I | re.M)


def cut_caption(text: str, opening: str) -> re.Match[str] | None:
    """The end of ``text`` (its trailing blanks dropped) inside a caption that ``opening`` opens
    (words, no bracket): nothing from its "(" to the end is a bracket, so that "(" is the text's
    last one, and the search starts at its line (not at every line of the text)."""
    stripped = text.rstrip()
    bracket = stripped.rfind("(")
    if bracket < 0:
        return None
    return _cut_line(opening).search(stripped, stripped.rfind("\n", 0, bracket) + 1)


def caption_alone(text: str, caption: str) -> re.Match[str] | None:
    """The first line holding ``caption`` alone, in its parentheses: looked for from the line of
    the caption's first occurrence (a search for "(" that ``re`` skips to), not tried at every
    line of the text before it, and not at all in a text without the caption (most covers lack
    some of the captions asked: "(CUSIP Number)")."""
    held = _caption(caption).search(text)
    if held is None:
        return None
    return _caption_line(caption).search(text, text.rfind("\n", 0, held.start()) + 1)


def _run_together(text: str, caption: str) -> Located | None:
    """A captioned value in a cover run onto one line: after the caption before it (and that
    caption's footnote number) or the line's start, then a rule, then its own caption
    (``... (Name of Issuer) Common Shares ---------- (Title of Class of Securities) ...``).

    >>> line = "(Amendment No. __)1 ACME CO., LTD. ------- (Name of Issuer) Common Shares2 ------ (Title of Class)"
    >>> captioned(line, "Name of Issuer").value, captioned(line, "Title of Class").value
    ('ACME CO., LTD.', 'Common Shares')
    >>> line = "(AMENDMENT NO. ____)* ACME CO., LTD. (Name of Issuer) COMMON STOCK (Title of Class) 1 (a)"
    >>> captioned(line, "Name of Issuer").value, captioned(line, "Title of Class").value
    ('ACME CO., LTD.', 'COMMON STOCK')
    """
    if _caption(caption).search(text) is None:
        return None  # (both searches below end in the caption; they open with a look-behind, tried everywhere)
    m = (re.search(_RULE_THEN + rf"\(\s*{caption}\s*\)", text, re.I)
         or re.search(_BLANKS_THEN + rf"\(\s*{caption}\s*\)", text, re.I))
    if m is None:
        return None
    before = text[max(0, m.start() - 120) : m.start()]  # the value: at most 120 characters
    opens = list(_VALUE_OPENS.finditer(before))
    if not opens or (opens[-1].end() == 0 and m.start() > 120):  # (the window's start is no line's)
        return None
    start, end = m.start() - len(before) + opens[-1].end(), m.start()
    end -= 1 if _FOOTNOTE_AT_END.search(text, start, end) else 0
    while start < end and text[start].isspace():
        start += 1
    if start == end:
        return None
    return Located(" ".join(text[start:end].split()), start, end)


def _mixed_case(text: str, name: Located) -> Located:
    """A name the cover prints in capitals, as the document spells it elsewhere in mixed case
    (``Item 1(a). Name of Issuer: Taejon Ceramics Co., Ltd.``)."""
    value = str(name.value)
    if not value.isupper():
        return name
    words = re.findall(r"\w+", value)
    pattern = spelling_pattern(tuple(words), r"\W{1,3}", lead=r"\b", tail=r"\.?" if value[-1] == "." else "")
    for m in pattern.finditer(text):
        if not m.group(0).isupper() and " ".join(m.group(0).split()).casefold() == value.casefold():
            return Located(" ".join(m.group(0).split()), m.start(), m.end())
    return name


_PAR_VALUE = re.compile(r"\bpar\s+value\b", re.I)
# a line of a captioned value: not blank, not a rule, not a caption
_VALUE_LINE = re.compile(r"^[ \t]*(?![\-_=]+[ \t]*$|\()\S[^\n]*$", re.M)


def _paragraph_above(text: str, at: int) -> tuple[int, int] | None:
    """The paragraph (one to three value lines) just above the captioned value at ``at``, one
    blank line between them: the first part of a title of class printed in two paragraphs.

    >>> text = "(Name of Issuer)\\n\\nCommon Stock, par value W500\\n\\nin the form of ADSs\\n(Title of Class)"
    >>> a, b = _paragraph_above(text, text.index("in the"))
    >>> text[a:b]
    'Common Stock, par value W500'
    """
    lines = list(re.finditer(r"^[^\n]*$", text[:at], re.M))[-6:-1]  # (the last is the value's own)
    if len(lines) < 2 or lines[-1].group(0).strip():
        return None
    found = []
    for line in reversed(lines[:-1]):
        if not _VALUE_LINE.fullmatch(line.group(0)) or len(found) == 3:
            break
        found.insert(0, line)
    if not found:
        return None
    return found[0].start() + len(found[0].group(0)) - len(found[0].group(0).lstrip()), found[-1].end()


# a footnote's marks after the issuer's name ('Sample Holdings, Ltd.**' over '(Name of Issuer)', the
# footnote below the caption saying whose successor it is): no name ends in them
_NAME_FOOTNOTE_MARKS = re.compile(r"[ \t]?[*\u2020\u2021]+$")


def _unmarked(name: Located) -> Located:
    """The name without the footnote marks after it.

    >>> _unmarked(Located("Sample Holdings, Ltd.**", 10, 33))
    Located(value='Sample Holdings, Ltd.', start=10, end=31)
    """
    value = str(name.value)
    marks = _NAME_FOOTNOTE_MARKS.search(value)
    if marks is None or marks.start() == 0:
        return name
    return Located(value[: marks.start()], name.start, name.end - (len(value) - marks.start()))


def subject_from_cover(text: str) -> Subject:
    """Issuer and class from the ``(Name of Issuer)`` and ``(Title of Class of Securities)``
    captions; legal form and country from the item 1 sentence."""
    sentence = subject_from_sentence(text)
    name = captioned(text, r"Name\s+of\s+(?:the\s+)?Issuer")
    title = captioned(text, r"Title\s+of\s+Class\s+of\s+Securities")
    cls, par = sentence.security_class, None
    if title is not None:
        # Searched in the source slice, not the whitespace-normalised value, so the span's
        # offsets stay true when the caption's value is indented or wrapped.
        found = re.compile(phrase_pattern("security"), re.I).search(text, title.start, title.end)
        if found:
            cls = _security_class(text, found)
        if _PAR_VALUE.search(str(title.value)):
            par = _par_value(text, title.start, title.end)
        else:  # 'Common Stock, Par Value Won 500 Per Share' / blank / 'Shares ... in the form of ADSs'
            above = _paragraph_above(text, title.start)
            if above is not None and _PAR_VALUE.search(text, *above):
                par = _par_value(text, *above)
    name = _mixed_case(text, _unmarked(name)) if name is not None else None
    form = sentence.legal_form
    if form is None and name is not None:
        form = _name_suffix_form(text, name.start, name.end)
    return Subject(
        name=name or sentence.name,
        security_class=cls,
        legal_form=form,
        country=sentence.country,
        par_value=par[0] if par else sentence.par_value,
        par_currency=par[1] if par else sentence.par_currency,
        par_decimals=par[2] if par else sentence.par_decimals,
    )
