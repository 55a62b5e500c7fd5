"""The result clauses of a Japanese sentence that goes on to a plan; the bottom line it names
only with its own period.

Japanese results news joins a result and the plan or forecast it is measured against in one
sentence: "…の営業利益は前年同期比11%増の6.2億円に伸び、年間計画に対する達成率は
35%となった". A sentence naming a plan is read as a plan (its figures left out); the clauses
before the first clause that names it state results and are read as such.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from converter.extract.mechanisms.sentences import PhraseFinder, Sentence, word_pattern

# a kana: the sentence is Japanese (Chinese, which writes no kana, joins its clauses otherwise)
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")


@cache
def _clause_end() -> re.Pattern[str]:
    """The end of a clause that states a result (``ja_result_clause`` of measure_phrases.tsv)."""
    return word_pattern("ja_result_clause")


def result_head(s: Sentence, forward: PhraseFinder) -> Sentence | None:
    """The clauses of ``s`` before the first one that names a plan (``forward``), where ``s`` is
    Japanese and they end as a result's clause does; None otherwise.

    >>> from converter.extract.mechanisms.sentences import PhraseFinder, Sentence
    >>> text = "営業利益は前年同期比5%増の12億円に伸び、通期計画の30億円に対する進捗率は40%だった。"
    >>> result_head(Sentence(0, len(text), text), PhraseFinder("forward", text)).text
    '営業利益は前年同期比5%増の12億円に伸び、'
    >>> text = "今期は売上高が900億円、営業利益は40億円を見込む。"  # a plan throughout
    >>> result_head(Sentence(0, len(text), text), PhraseFinder("forward", text)) is None
    True
    """
    plan = forward.search(s.text)
    if plan is None or not _KANA.search(s.text, 0, plan.start()):
        return None
    cut = None
    for end in _clause_end().finditer(s.text, 0, plan.start()):
        cut = end.end()
    if cut is None:
        return None
    return Sentence(s.start, s.start + cut, s.text[:cut])


def with_own_period(measures: list, periods: list) -> list:
    """``measures``, the bottom line named by its 損益 ("最終損益は…億円の赤字") made a measure of no
    concept (its figure left unmapped, not bound to another measure of the sentence), where the
    sentence names no period of its own (``ja_signed_measure``): news on many companies writes
    one's bottom line after another story's period ("…10～12月期の輸出額は…。…A社は…最終損益が…の赤字となった"),
    which is not that figure's; a company's results story names its period with it.
    """
    if any(p.period is not None or p.unresolved for p in periods):
        return measures
    signed = _signed_measure()
    return [m if signed.search(m.text) is None else replace(m, concept="-") for m in measures]


@cache
def _signed_measure() -> re.Pattern[str]:
    return word_pattern("ja_signed_measure")
