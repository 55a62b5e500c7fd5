"""Counts, shares, percentages, ratios and number words from realistic sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from converter.parse.numbers import (
    find_counts,
    find_percents,
    find_ratios,
    parse_figure,
    parse_percent,
)

D = Decimal

COUNTS = [
    ("Hanbit Mobile had 17,219,000 subscribers at the end of June.", D("17219000"), 0, "subscribers"),
    ("KTF added 412,000 net new subscribers in the quarter.", D("412000"), 0, "net new subscribers"),
    ("The service had 1,304,106 paying end-users.", D("1304106"), 0, "paying end-users"),
    ("The number of outstanding shares will be 77.63 million shares.", D("77630000"), -4, "shares"),
    ("It had 232.9 million shares outstanding.", D("232900000"), -5, "shares"),
    ("The bank issued 12,500,000 common shares.", D("12500000"), 0, "common shares"),
    ("Dacom served 850 thousand broadband subscribers.", D("850000"), -3, "broadband subscribers"),
    ("The company employs 4,210 employees.", D("4210"), 0, "employees"),
    ("It sold 3.2 million ADSs in the offering.", D("3200000"), -5, "ADSs"),
    ("The operator reached 2.1 million customers.", D("2100000"), -5, "customers"),
    ("가입자 285만 2,976명을 확보했다.", D("2852976"), 0, "명"),
    ("초고속인터넷 가입자는 120만명을 넘었다.", D("1200000"), -4, "명"),
    ("발행주식 7,763만주로 줄어든다.", D("77630000"), -4, "주"),
    ("신규 가입자 81만 가구", D("810000"), -4, "가구"),
    ("It now has 1.5 million mobile subscribers.", D("1500000"), -5, "mobile subscribers"),
]


@pytest.mark.parametrize("sentence, value, decimals, noun", COUNTS)
def test_counts(sentence: str, value: Decimal, decimals: int, noun: str) -> None:
    found = find_counts(sentence)
    assert [(q.value, q.decimals, q.noun) for q in found] == [(value, decimals, noun)]


PERCENTS = [
    ("Revenues rose 52.5% from a year earlier.", D("0.525"), 3),
    ("Net loss was down 58.2% year on year.", D("0.582"), 3),
    ("an increase of 12 percent over last year", D("0.12"), 2),
    ("recording 163.2% growth", D("1.632"), 3),
    ("a decline of 4 per cent", D("0.04"), 2),
    ("margin of 34.07%", D("0.3407"), 4),
    ("매출액은 전년 동기 대비 52.5% 증가했다.", D("0.525"), 3),
    ("영업이익률은 12.3％를 기록했다.", D("0.123"), 3),
    ("up 0.5 pct from the prior quarter", D("0.005"), 3),
    ("grew 100% in the quarter", D("1"), 2),
    ("a 1,250% jump", D("12.5"), 2),
    ("점유율 45퍼센트", D("0.45"), 2),
    # Korean newspapers write a percentage's hundreds with the Korean unit, as they write amounts
    ("매출이 전년 동기 대비 1백21.5% 늘었다.", D("1.215"), 3),
    ("EBITDA는 작년 같은 기간보다 1백7.3% 늘었다.", D("1.073"), 3),
    ("순이익은 2백% 증가했다.", D("2"), 0),
    ("영업이익이 1천2백% 급증했다.", D("12"), 0),
    ("매출이 3백45.25% 늘었다.", D("3.4525"), 4),
]


@pytest.mark.parametrize("sentence, value, decimals", PERCENTS)
def test_percents(sentence: str, value: Decimal, decimals: int) -> None:
    found = find_percents(sentence)
    assert [(q.value, q.decimals) for q in found] == [(value, decimals)]


@pytest.mark.parametrize("text", ["margin improved 2.3%p to 15%", "영업이익률이 2.3%포인트 오른 15%",
                                  "up 2.3% points to 15%", "up 2.3 percentage points to 15%"])
def test_percentage_points_are_not_percentages(text: str) -> None:
    found = find_percents(text)
    assert [(q.text, q.value) for q in found] == [("15%", D("0.15"))]


@pytest.mark.parametrize("text", ["가입자가 수백% 늘었다", "백% 늘었다", "1백 21.5%p 올랐다"])
def test_korean_units_without_digits_are_no_percentage(text: str) -> None:
    """"수백%" (hundreds of percent) states no figure; "21.5%" after "백" is part of one, never read alone."""
    assert find_percents(text) == []


def test_parse_percent_whole_string() -> None:
    assert parse_percent("52.5%").value == D("0.525")  # type: ignore[union-attr]
    assert parse_percent("up 52.5%") is None


RATIOS = [
    ("three shares of the existing common stock of the Company will be consolidated into one share", D("3"), D("3"), D("1")),
    ("every ten shares will be combined into one new share", D("10"), D("10"), D("1")),
    ("a 1-for-10 reverse stock split", D("10"), D("10"), D("1")),
    ("a one-for-five reverse split of its ADSs", D("5"), D("5"), D("1")),
    ("a reverse split at a ratio of 3 to 1", D("3"), D("3"), D("1")),
    ("a two-for-one stock split", D("0.5"), D("1"), D("2")),
    ("액면가 5,000원의 보통주 10주를 1주로 병합", D("10"), D("10"), D("1")),
    ("a 3-for-1 forward split", D("1") / D("3"), D("1"), D("3")),
    # the verb first, the figure repeated in parentheses (Japanese and Korean notices in English)
    ("the Company will consolidate every ten (10) shares into one (1) share", D("10"), D("10"), D("1")),
    ("Consolidation of five (5) shares into one (1) share", D("5"), D("5"), D("1")),
    ("each share of common stock held as of March 31 will be split into three shares", D("1") / D("3"), D("1"), D("3")),
    ("to split each share of common stock into two shares", D("0.5"), D("1"), D("2")),
]


@pytest.mark.parametrize("sentence, value, old, new", RATIOS)
def test_ratios(sentence: str, value: Decimal, old: Decimal, new: Decimal) -> None:
    found = find_ratios(sentence)
    assert len(found) == 1
    assert (found[0].value, found[0].old, found[0].new) == (value, old, new)


FIGURES = [
    ("three", D("3"), 0), ("twelve", D("12"), 0), ("One", D("1"), 0), ("twenty", D("20"), 0),
    ("2,852,976", D("2852976"), 0), ("810,000", D("810000"), 0), ("77.63 million", D("77630000"), -4),
    ("1.2 billion", D("1200000000"), -8), ("3.5 trillion", D("3500000000000"), -11),
    ("850 thousand", D("850000"), -3), ("백만", D("1000000"), -6), ("2천7백11억", D("271100000000"), -8),
    ("1조 2,000억", D("1200000000000"), -8), ("3억 5천만", D("350000000"), -7), ("5천", D("5000"), -3),
    ("12.5", D("12.5"), 1),
]


@pytest.mark.parametrize("text, value, decimals", FIGURES)
def test_figures(text: str, value: Decimal, decimals: int) -> None:
    assert parse_figure(text) == (value, decimals)


@pytest.mark.parametrize("text", ["", "three and", "3Q02", "1,23", "억억"])
def test_not_figures(text: str) -> None:
    assert parse_figure(text) is None


@given(st.integers(0, 10**9), st.integers(0, 3))
def test_percent_round_trip(units: int, places: int) -> None:
    written = f"{Decimal(units).scaleb(-places):,}%"
    found = parse_percent(written)
    assert found is not None
    assert found.value == Decimal(units).scaleb(-places - 2)
    assert found.decimals == places + 2


@given(st.integers(1, 10**7), st.sampled_from(["", " million", " billion"]))
def test_count_round_trip(n: int, scale: str) -> None:
    found = find_counts(f"it had {n:,}{scale} subscribers")
    power = {"": 0, " million": 6, " billion": 9}[scale]
    assert [(q.value, q.decimals) for q in found] == [(Decimal(n).scaleb(power), -power)]


@pytest.mark.parametrize("text", ["1억" * 3000, "1억 " * 2000, "2천7백" * 1000, "1" * 5000, "1," * 3000])
def test_long_runs_stay_linear(text: str) -> None:
    import time

    start = time.perf_counter()
    find_counts(text)
    find_percents(text)
    assert time.perf_counter() - start < 5
