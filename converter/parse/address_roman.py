"""Romanization of Korean place names: Hangul -> Revised Romanization, and spelling keys.

Filings spell the same place many ways (``Seocho-ku``, ``Socho-gu``, ``Kangnam``, ``Pundang``):
McCune-Reischauer without its breves and apostrophes, Revised Romanization, and home-made
mixtures. ``spelling_key`` folds all of them onto one key so a name can be looked up; the
Revised Romanization itself comes from the gazetteer, the word list of ``data/address_words.tsv``,
or (for Hangul text) from ``hangul_to_rr``, which follows the National Institute of the Korean
Language rules (2000) for proper names: sound changes between syllables are written, tensing and
the aspiration of k/t/p before h are not, and administrative suffixes are joined by a hyphen
without sound change across it.

>>> hangul_to_rr("서초구")
'Seocho-gu'
>>> hangul_to_rr("종로2가")
'Jongno 2-ga'
>>> hangul_to_rr("서초2동")
'Seocho 2-dong'
>>> hangul_to_rr("테헤란로87길")
'Teheran-ro 87-gil'
>>> hangul_to_rr("강릉시"), hangul_to_rr("울릉군"), hangul_to_rr("신라")
('Gangneung-si', 'Ulleung-gun', 'Silla')
>>> spelling_key("Seocho-ku") == spelling_key("Socho gu") == spelling_key("Seocho-gu")
True
>>> spelling_key("Pundang") == spelling_key("Bundang")
True
>>> normalize_roman_word("Yoksam")
'Yeoksam'
>>> normalize_roman_word("Kwanghwamun")
'Gwanghwamun'
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from converter.resources import data_rows

# --------------------------------------------------------------------------------------------
# Hangul -> Revised Romanization
# --------------------------------------------------------------------------------------------

_INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch",
             "k", "t", "p", "h")
_VOWELS = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u",
           "wo", "we", "wi", "yu", "eu", "ui", "i")
# final consonant: (sound before a consonant or at the end, what moves to a following vowel)
_FINALS = (("", ""), ("k", "g"), ("k", "kk"), ("k", "ks"), ("n", "n"), ("n", "nj"), ("n", "n"),
           ("t", "d"), ("l", "r"), ("k", "lg"), ("m", "lm"), ("l", "lb"), ("l", "ls"),
           ("l", "lt"), ("p", "lp"), ("l", "r"), ("m", "m"), ("p", "b"), ("p", "ps"), ("t", "s"),
           ("t", "ss"), ("ng", "ng"), ("t", "j"), ("t", "ch"), ("k", "k"), ("t", "t"),
           ("p", "p"), ("t", ""))
_NG_FINAL = 21
_VOWEL_I = 20
_PALATALIZED = {"d": "j", "t": "ch"}  # ㄷ, ㅌ before 이 are read ㅈ, ㅊ, and romanized so
_IEUNG = 11  # the silent initial
_NIEUN, _RIEUL, _MIEUM = 2, 5, 6
# sound changes at a syllable boundary: (coda sound, next initial) -> (coda, initial)
_ASSIMILATION = {
    ("k", "n"): ("ng", "n"), ("k", "m"): ("ng", "m"), ("k", "r"): ("ng", "n"),
    ("t", "n"): ("n", "n"), ("t", "m"): ("n", "m"), ("t", "r"): ("n", "n"),
    ("p", "n"): ("m", "n"), ("p", "m"): ("m", "m"), ("p", "r"): ("m", "n"),
    ("n", "r"): ("l", "l"), ("l", "n"): ("l", "l"), ("l", "r"): ("l", "l"),
    ("m", "r"): ("m", "n"), ("ng", "r"): ("ng", "n"),
}
# administrative suffixes, longest first; romanized after a hyphen
_SUFFIXES = (("특별자치시", ""), ("특별자치도", "-do"), ("특별시", ""), ("광역시", ""),
             ("대로", "-daero"), ("구", "-gu"), ("군", "-gun"), ("시", "-si"), ("도", "-do"),
             ("동", "-dong"), ("읍", "-eup"), ("면", "-myeon"), ("리", "-ri"), ("가", "-ga"),
             ("로", "-ro"), ("길", "-gil"))
_HANGUL_NAME = re.compile(r"(?P<base>[가-힣]+?)(?P<num>\d+)?(?P<suffix>%s)?$"
                          % "|".join(s for s, _ in _SUFFIXES))

_SIDE_STREET = re.compile(r"([가-힣]+(?:대로|로))(\d+)번?길$")


def _is_syllable(ch: str) -> bool:
    return "가" <= ch <= "힣"


def romanize_syllables(hangul: str) -> str:
    """Revised Romanization of a run of Hangul syllables (no suffix handling), lower case."""
    parts = [divmod(ord(ch) - 0xAC00, 28) for ch in hangul if _is_syllable(ch)]
    decomposed = [(code // 21, code % 21, final) for code, final in parts]
    out: list[str] = []
    carried: str | None = None  # initial decided by the previous syllable's final
    for i, (initial, vowel, final) in enumerate(decomposed):
        onset = carried if carried is not None else _INITIALS[initial]
        if carried is None and i == 0 and initial == _RIEUL:
            onset = "r"
        carried = None
        coda = ""
        if final:
            nxt = decomposed[i + 1][0] if i + 1 < len(decomposed) else None
            sound, moved = _FINALS[final]
            if nxt == _IEUNG and final != _NG_FINAL:
                carried = moved  # liaison: the final starts the next syllable
                if decomposed[i + 1][1] == _VOWEL_I and moved in _PALATALIZED:
                    carried = _PALATALIZED[moved]  # 해돋이 haedoji, 같이 gachi
            elif nxt is None:
                coda = sound
            else:
                coda, carried = _ASSIMILATION.get((sound, _INITIALS[nxt]),
                                                  (sound, None))
                if carried == _INITIALS[nxt]:
                    carried = None
        out.append(onset + _VOWELS[vowel] + coda)
    return "".join(out)


@lru_cache(maxsize=4096)
def hangul_to_rr(name: str) -> str:
    """Revised Romanization of a Hangul place or road name, suffix after a hyphen.

    Numbers before ``동``/``가``/``길`` follow the name: ``서초2동`` -> ``Seocho 2-dong``.
    """
    side_street = _SIDE_STREET.match(name)
    if side_street:  # '테헤란로87길': a numbered street off a road
        return f"{hangul_to_rr(side_street[1])} {side_street[2]}-gil"
    m = _HANGUL_NAME.match(name)
    if not m or not m["base"]:
        return romanize_syllables(name).capitalize()
    base = romanize_syllables(m["base"]).capitalize()
    suffix = dict(_SUFFIXES).get(m["suffix"] or "", "")
    if m["num"]:
        return f"{base} {m['num']}{suffix}" if suffix else f"{base} {m['num']}"
    return base + suffix


# --------------------------------------------------------------------------------------------
# Spelling keys: one key for all the ways a name is romanized
# --------------------------------------------------------------------------------------------

_KEY_STEPS = (("eo", "o"), ("eu", "u"), ("oo", "u"), ("ee", "i"), ("you", "yo"), ("sh", "s"),
              ("g", "k"), ("d", "t"), ("b", "p"), ("j", "ch"), ("r", "l"))
_NOT_LETTER = re.compile(r"[^a-z0-9]")
_DOUBLE = re.compile(r"(.)\1")


@lru_cache(maxsize=16384)
def spelling_key(spelling: str) -> str:
    """A key equal for the RR, McCune-Reischauer and common filing spellings of one name."""
    text = unicodedata.normalize("NFD", spelling.lower())
    text = _NOT_LETTER.sub("", text)
    for old, new in _KEY_STEPS:
        text = text.replace(old, new)
    return _DOUBLE.sub(r"\1", text).replace("chh", "ch")


def loose_key(spelling: str) -> str:
    """A looser key: also folds u into o (``Sungnam`` / ``Seongnam``, ``Samsung`` / ``Samseong``)."""
    return spelling_key(spelling).replace("u", "o")


# --------------------------------------------------------------------------------------------
# Romanized words -> Revised Romanization (data/address_words.tsv)
# --------------------------------------------------------------------------------------------


@cache
def address_words() -> dict[str, tuple[tuple[str, str], ...]]:
    """kind -> ((spelling, value), ...) from ``data/address_words.tsv``."""
    table: dict[str, list[tuple[str, str]]] = {}
    for row in data_rows("address_words.tsv"):
        kind, spelling, value = (list(row) + ["", ""])[:3]
        table.setdefault(kind, []).append((spelling.strip(), value.strip()))
    return {kind: tuple(rows) for kind, rows in table.items()}


@cache
def _word_index() -> tuple[dict[str, str], dict[str, str | None]]:
    exact: dict[str, str] = {}
    loose: dict[str, str | None] = {}
    rows = address_words().get("name", ())
    for spelling, value in rows:  # a spelling listed as it is written wins over a key
        exact[spelling.lower()] = value or spelling
        exact.setdefault((value or spelling).lower(), value or spelling)
    for spelling, value in rows:
        rr = value or spelling
        for key in {spelling_key(spelling), spelling_key(rr)}:
            exact.setdefault(key, rr)
        for key in {loose_key(spelling), loose_key(rr)}:
            loose[key] = rr if loose.get(key, rr) == rr else None  # ambiguous -> None
    return exact, loose


@cache
def _syllable_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    rules = []
    for spelling, value in address_words().get("syllable", ()):
        rules.append((re.compile(spelling, re.IGNORECASE), value))
    return tuple(rules)


@cache
def _not_revised() -> re.Pattern[str]:
    """The letter sequences Revised Romanization never writes (``not_rr`` of the word list)."""
    return re.compile("|".join(f"(?:{spelling})" for spelling, _ in address_words().get("not_rr", ())))


def is_revised_spelling(word: str) -> bool:
    """Whether Revised Romanization could write ``word``: no letter sequence it never writes
    (an older or home-made spelling has one: 'ou' for eo, 'oo' for u, 'sh' for s).

    >>> is_revised_spelling("Gong"), is_revised_spelling("Teheran"), is_revised_spelling("Joongang")
    (True, True, False)
    >>> is_revised_spelling("Joong"), is_revised_spelling("Shinchon"), is_revised_spelling("Seoul")
    (False, False, True)
    """
    return _not_revised().search(word.lower()) is None


@lru_cache(maxsize=8192)
def normalize_roman_word(word: str) -> str:
    """Revised Romanization of a romanized name (no suffix): known names from the word list,
    otherwise the syllable rules of the word list, which only rewrite unambiguous spellings."""
    if not word:
        return word
    exact, loose = _word_index()
    hit = exact.get(word.lower()) or exact.get(spelling_key(word)) or loose.get(loose_key(word))
    if hit:
        return hit
    text = word.lower()
    for pattern, replacement in _syllable_rules():
        text = pattern.sub(replacement, text)
    return text[:1].upper() + text[1:]
