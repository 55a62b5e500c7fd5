"""A period named inside a clause giving a cause ("due to a one-off charge in the third quarter of
2017", "2017년 3분기 통상임금 비용 반영에 따른 기저 효과") is the cause's period: the figures of
the sentence and of the text after it are not of it, nor compared with it (invented companies
and figures)."""

from __future__ import annotations

import datetime as dt

from factlib import facts

from converter.pipeline import convert_text

Q3_2017 = "2017-07-01/2017-09-30"


def _figures(text: str, day: dt.date | None = dt.date(2019, 1, 25)) -> set[tuple[str, str, str]]:
    (converted,) = convert_text(text, "news.txt", date=day)
    return {(f.concept, f.value, f.period) for f in facts(converted) if f.unit is not None}


KOREAN = ("한빛자동차 실적\n\n영업이익 증가는 판매 확대에 따른 매출액 증가와 2017년 3분기 통상임금 비용 반영에 따른 "
          "기저 효과 등이 영향을 미쳤다는 분석이다. 영업이익률은 0.7%p 증가한 3.4%로 집계됐다.\n"
          "경상이익은 전년 대비 21.5% 증가한 1조 2345억원을 기록했고, 당기순이익은 17.2% 증가한 9876억원을 실현했다.\n")


def test_korean_base_effect_quarter_is_no_reporting_period() -> None:
    for day in (dt.date(2019, 1, 25), None):
        assert not [f for f in _figures(KOREAN, day) if Q3_2017 in f[2]]


def test_english_one_off_charge_quarter_is_no_reporting_period() -> None:
    text = ("Quillon Motors reported net income of $120 million, up 19.4% from a year earlier, "
            "due to a one-off charge in the third quarter of 2017.\n")
    assert not [f for f in _figures(text) if Q3_2017 in f[2]]


def test_the_sentence_keeps_its_own_period() -> None:
    text = ("For the full year 2018, Quillon Motors reported net income of $120 million, mainly due to "
            "a one-off charge in the third quarter of 2017.\n")
    assert _figures(text) == {("NetIncomeLoss", "120000000", "2018-01-01/2018-12-31")}


def test_a_period_before_its_measure_is_not_a_cause() -> None:
    text = "한빛자동차 실적\n\n2018년 3분기 영업이익은 환율 하락에 따른 손실로 1234억원을 기록했다.\n"
    assert _figures(text) == {("OperatingIncomeLoss", "123400000000", "2018-07-01/2018-09-30")}
