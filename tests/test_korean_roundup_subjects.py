"""Whose figures a Korean story about several issuers states (a round-up of results).

Invented texts in the layouts of Korean business news naming several issuers: a word marked
as the subject of a clause that is a cause ("연료비가 줄면서 매출액은 ..."), an affiliate in a
genitive inside an adverbial ("X가 계열사인 Y의 지분법 평가이익에 힘입어"), a "각각" sentence after
the registrant's own, a subsidiary named by its parent ("X 중국법인은"), a company named again
with "역시", one whose measure carries its figure in parentheses ("영업이익(120억원)이"), a Latin
name of two words ("HB E&M은"), a record counted from a past period ("... 이후 4년 만에 최대"),
a level compared with a period ("작년과 비슷한 수준인 N억원"), and the registrant of a round-up
(the lead's company, not the last one reporting).
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

from converter.extract.registrant_sentences import from_korean_subject

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_press_release import context, extract_press_release  # noqa: E402


def _facts(text: str, registrant: str | None = None):
    """(concept, value, counterparty, stated period) of every fact, and the extraction."""
    found = extract_press_release(context(text, registrant))
    return found, {(o.concept, o.value, dict(o.dimensions).get("CounterpartyAxis"),
                    dict(o.dimensions).get("StatedPeriodAxis")) for o in found.observations}


AIRLINES = ("한빛항공은 올해 3분기 매출 1조2345억원, 영업이익 1234억원을 기록했다고 밝혔다. "
            "이는 2021년 3분기(영업이익 1500억원) 이후 4년 만에 최대 규모다. "
            "연료비가 줄면서 매출액은 전년 동기 대비 4.2% 감소했다. 영업이익 규모는 작년보다 12.5% 늘었다.\n"
            "올해 2분기 321억원의 영업손실을 기록했던 가온항공 역시 3분기에는 456억원의 영업이익을 냈다. "
            "가온항공의 3분기 매출은 7890억원, 영업이익은 456억원으로 집계됐다.\n"
            "새봄제과는 올 3분기 매출액이 작년 같은 기간보다 8.1% 증가한 2345억원을 기록했다고 밝혔다. "
            "특히 새봄제과 중국법인은 올 3분기 매출액 9억8000만위안을 달성했다.\n")


def test_a_word_marked_as_a_clauses_subject_is_no_company() -> None:
    """"연료비가 줄면서 매출액은 ...": the subject of a clause joined by a connective ending is the
    cause, not a company; the changes are the registrant's, of the text's quarter (not of the
    past quarter a record is counted from: "2021년 3분기(...) 이후")."""
    found, facts = _facts(AIRLINES, "한빛항공")
    assert not any(party == "연료비" for _, _, party, _ in facts)
    assert ("RevenuesPercentChange", Decimal("-0.042"), None, "3분기") in facts
    assert ("OperatingIncomeLossPercentChange", Decimal("0.125"), None, "3분기") in facts


def test_a_company_named_again_with_also_is_the_subject() -> None:
    """"... 기록했던 가온항공 역시 3분기에는": 역시 ("also") marks the company the sentence is about."""
    found, facts = _facts(AIRLINES, "한빛항공")
    assert ("OperatingIncomeLoss", Decimal("-32100000000"), "가온항공", "2분기") in facts


def test_a_subsidiary_named_by_its_parent_is_not_the_parent() -> None:
    """"새봄제과 중국법인은 ... 매출액 9억8000만위안": the subsidiary's revenue, left unmapped."""
    found, facts = _facts(AIRLINES, "한빛항공")
    assert ("Revenues", Decimal("234500000000"), "새봄제과", "3분기") in facts
    assert not any(c == "Revenues" and v == Decimal("980000000") for c, v, _, _ in facts)
    assert any(m.text == "9억8000만위안" and "중국법인" in m.reason for m in found.unmapped)


def test_an_affiliate_in_an_adverbial_is_not_the_subject() -> None:
    """"한울이 계열사인 가온기계의 지분법 평가이익에 힘입어 ... 순이익을 냈다": 한울's net income."""
    text = ("한울이 계열사인 가온기계의 지분법 평가이익에 힘입어 지난 3분기에 1백23억원의 순이익을 냈다. "
            "한울은 21일 3분기에 2백34억원의 매출을 냈다고 공시했다.\n")
    found, facts = _facts(text, "한울")
    assert ("NetIncomeLoss", Decimal("12300000000"), None, "3분기") in facts  # ("지난 3분기" is the quarter "3분기")
    assert not any(party == "가온기계" for _, _, party, _ in facts)


ROUND_UP = ("가온코웨이가 2분기 사상 최대 매출을 기록했다.\n\n"
            "한빛개발은 2분기 매출이 12.5% 늘어난 3456억원을 기록했다. 영업이익은 4.5% 증가한 234억원을 나타냈다.\n\n"
            "가온코웨이는 전년 동기 대비 11.1% 늘어난 2345억원의 2분기 매출을 올려 분기 기준 사상 최대를 기록했다. "
            "하지만 영업이익과 순이익은 각각 7.7%,9.9% 감소했다.\n\n"
            "새봄브로드밴드는 2분기 영업이익(123억원)이 45.6% 증가했다.\n")


def test_each_sentence_goes_to_the_company_it_opens_with() -> None:
    """The registrant opening a sentence whatever follows its name ("가온코웨이는 전년 동기 대비 ..."):
    the "각각" changes after it are its own, not the company of the paragraph before; a measure
    with its figure in parentheses ("영업이익(123억원)이") follows a subject that is a company."""
    found, facts = _facts(ROUND_UP, "가온코웨이")
    assert ("OperatingIncomeLossPercentChange", Decimal("-0.077"), None, "2분기") in facts
    assert not any(party == "한빛개발" and c == "OperatingIncomeLossPercentChange" and v < 0
                   for c, v, party, _ in facts)
    assert ("OperatingIncomeLoss", Decimal("12300000000"), "새봄브로드밴드", "2분기") in facts
    assert not any(c == "OperatingIncomeLoss" and v == Decimal("12300000000") and party is None
                   for c, v, party, _ in facts)


BRIEFS = ("5일 금융감독원에 따르면 한빛화학의 2분기 연결 영업이익은 123억원으로 지난해 같은 기간 대비 45.6%가 급증했다. "
          "매출액은 작년과 비슷한 수준인 2345억원을 기록했다.\n"
          "HB E&M은 매출액과 순이익이 지난해보다 각각 3.1%와 4.2% 늘었지만 영업이익은 5.3% 감소한 67억원에 그쳤다.\n"
          "가온금융지주는 2분기 연결 매출액 4321억원과 영업이익 876억원을 기록했다.\n")


def test_the_registrant_of_a_round_up_is_its_leads_company() -> None:
    """The lead states 한빛화학's results; the last paragraph's "가온금융지주는 ... 기록했다" (the
    first sentence ending in a reporting verb) names another issuer of the round-up."""
    assert from_korean_subject(BRIEFS).value == "한빛화학"


def test_a_round_ups_issuers_keep_their_figures() -> None:
    """Each issuer its own figures: a Latin name of two words ("HB E&M은"), the last issuer's on
    its member; "작년과 비슷한 수준인 2345억원" is the quarter's revenue, not last year's."""
    found, facts = _facts(BRIEFS, "한빛화학")
    assert ("OperatingIncomeLoss", Decimal("12300000000"), None, "2분기") in facts
    assert ("Revenues", Decimal("234500000000"), None, "2분기") in facts
    assert ("OperatingIncomeLoss", Decimal("6700000000"), "HB E&M", "2분기") in facts
    assert ("OperatingIncomeLoss", Decimal("87600000000"), "가온금융지주", "2분기") in facts
    assert not any(period == "작년" for _, _, _, period in facts)


@pytest.mark.parametrize("sentence, company", [
    ("유가가 오르면서 영업이익은 3분기 120억원으로 늘었다.", None),
    ("원가가 상승해 영업이익이 3분기 12% 줄었다.", None),
    ("가온소재가 올해 3분기 영업이익이 늘었다고 밝혔다.", "가온소재"),
    ("가온소재가 지난해 3분기 영업이익 120억원을 냈다.", "가온소재"),
])
def test_a_clause_subject_is_told_from_a_company(sentence: str, company: str | None) -> None:
    from converter.extract.mechanisms.korean_subjects import korean_results_subject
    assert korean_results_subject(sentence) == company


def test_the_registrant_after_a_bracketed_byline() -> None:
    """"[한빛경제 김수진 기자] 가온중공업은 ... 공시했다": the byline in brackets opens the lead."""
    text = ("[한빛경제 김수진 기자] 가온중공업은 올 2분기 연결기준 영업이익이 123억원으로 전기대비 9.3% 증가했다고 "
            "30일 공시했다. 매출액은 4567억원으로 전기대비 1.2% 늘었다.\n")
    assert from_korean_subject(text).value == "가온중공업"


SERIAL_BASIS = ("한빛이 2분기 연결기준으로 매출 1234억5600만 원, 영업이익 123억4천만 원을 낸 것으로 잠정집계됐다고 28일 공시했다.\n"
                "가온EP는 2031년 2분기 연결기준으로 매출 567억8900만 원, 영업이익 45억6700만 원을 낸 것으로 잠정집계됐다.\n"
                "2030년 2분기보다 매출은 12.30%, 영업이익은 4.50% 감소했다.\n")


def test_a_company_whose_period_and_basis_come_before_its_figures() -> None:
    """"가온EP는 2031년 2분기 연결기준으로 매출 567억...": a subject of no company word followed by
    its period, its basis and its figures is a company; its figures are its own."""
    found, facts = _facts(SERIAL_BASIS, "한빛")
    whose = {(c, v, party) for c, v, party, _ in facts}
    assert ("Revenues", Decimal("56789000000"), "가온EP") in whose
    assert ("RevenuesPercentChange", Decimal("-0.123"), "가온EP") in whose
    assert ("Revenues", Decimal("123456000000"), None) in whose
    assert not any(c == "Revenues" and v == Decimal("56789000000") and party is None for c, v, party in whose)
