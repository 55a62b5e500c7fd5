"""Amounts as filings write them: a table of realistic sentences, and round trips by property."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from converter.parse.amounts import find_amounts, find_unit_header, parse_amount

D = Decimal

# (sentence, amount text as found, value, currency, decimals)
SENTENCES = [
    ("Hanbit Bank posted net income of KRW 1,234 million for the month.", "KRW 1,234 million", D("1234000000"), "KRW", -6),
    ("Daeyang Steel recorded sales of KRW2.8 trillion in the quarter.", "KRW2.8 trillion", D("2800000000000"), "KRW", -11),
    ("The par value is Won 5,000 per share.", "Won 5,000", D("5000"), "KRW", 0),
    ("The dividend was set at W750 per common share.", "W750", D("750"), "KRW", 0),
    ("A fine of ₩1,234,567 was imposed.", "₩1,234,567", D("1234567"), "KRW", 0),
    ("Sales reached 326.0 billion won in the period.", "326.0 billion won", D("326000000000"), "KRW", -8),
    ("Capital expenditure will total Won 1.2 trillion next year.", "Won 1.2 trillion", D("1200000000000"), "KRW", -11),
    ("Operating profit was KRW 13.6 billion.", "KRW 13.6 billion", D("13600000000"), "KRW", -8),
    ("The company raised US$12.5 million in the offering.", "US$12.5 million", D("12500000"), "USD", -5),
    ("Net income was $3.2 million, or $0.05 per share.", "$3.2 million", D("3200000"), "USD", -5),
    ("Net income was $3.2 million, or $0.05 per share.", "$0.05", D("0.05"), "USD", 2),
    ("Toyo Denki booked sales of JPY 40 billion.", "JPY 40 billion", D("40000000000"), "JPY", -9),
    ("Revenue was NT$ 4.35 billion for the quarter.", "NT$ 4.35 billion", D("4350000000"), "TWD", -7),
    ("The unit was sold for HK$ 820 million.", "HK$ 820 million", D("820000000"), "HKD", -6),
    ("Sales in China rose to RMB 5.3 billion.", "RMB 5.3 billion", D("5300000000"), "CNY", -8),
    ("Sales were ¥3,500 million in fiscal 2002.", "¥3,500 million", D("3500000000"), "JPY", -6),
    ("The yen-based loan of 5 billion yen was repaid.", "5 billion yen", D("5000000000"), "JPY", -9),
    ("The company issued bonds worth USD 300 million.", "USD 300 million", D("300000000"), "USD", -6),
    ("Revenues were 12.5 million U.S. dollars.", "12.5 million U.S. dollars", D("12500000"), "USD", -5),
    ("EBITDA of KRW111.1 billion was reported.", "KRW111.1 billion", D("111100000000"), "KRW", -8),
    ("It recorded a net loss of (KRW 25.8 billion) for the period.", "KRW 25.8 billion", D("-25800000000"), "KRW", -8),
    ("Sales of KRW 122.5 billion (US$ 102.7 million) were booked.", "US$ 102.7 million", D("102700000"), "USD", -5),
    ("Sales of KRW 122.5 billion (US$ 102.7 million) were booked.", "KRW 122.5 billion", D("122500000000"), "KRW", -8),
    ("EUR 45 million was invested in the plant.", "EUR 45 million", D("45000000"), "EUR", -6),
    ("The fee is €3 million.", "€3 million", D("3000000"), "EUR", -6),
    ("Total assets were KRW 4.5tn at year end.", "KRW 4.5tn", D("4500000000000"), "KRW", -11),
    ("Sales were $1.2B for the year.", "$1.2B", D("1200000000"), "USD", -8),
    ("Sales totalled KRW 1.86 bn.", "KRW 1.86 bn", D("1860000000"), "KRW", -7),
    ("Revenues came to US $ 45.6 million.", "US $ 45.6 million", D("45600000"), "USD", -5),
    ("Net income was 2,500 million Won.", "2,500 million Won", D("2500000000"), "KRW", -6),
    # Korean
    ("하나은행의 3분기 매출액은 3,260억원을 기록했다.", "3,260억원", D("326000000000"), "KRW", -8),
    ("연간 매출액은 1조 2,000억 원으로 집계됐다.", "1조 2,000억 원", D("1200000000000"), "KRW", -8),
    ("주당 배당금은 5,000원이다.", "5,000원", D("5000"), "KRW", 0),
    ("영업이익 3억 5천만원을 달성했다.", "3억 5천만원", D("350000000"), "KRW", -7),
    ("매출액 2천7백11억원을 기록했다.", "2천7백11억원", D("271100000000"), "KRW", -8),
    ("당기순손실은 △258억원이었다.", "△258억원", D("-25800000000"), "KRW", -8),
    ("전년 대비 ▼12억원 줄었다.", "▼12억원", D("-1200000000"), "KRW", -8),
    ("자산총계는 12조 3,456억원이다.", "12조 3,456억원", D("12345600000000"), "KRW", -8),
    ("투자액은 1억 달러에 이른다.", "1억 달러", D("100000000"), "USD", -8),
    ("일본 매출은 3,500만 엔이었다.", "3,500만 엔", D("35000000"), "JPY", -4),
    ("매출은 1.5조원이다.", "1.5조원", D("1500000000000"), "KRW", -11),
    ("이익은 5천억원이었다.", "5천억원", D("500000000000"), "KRW", -11),
    ("액면가는 ₩5,000이다.", "₩5,000", D("5000"), "KRW", 0),
    ("영업이익 136억원, 순손실 258억원", "136억원", D("13600000000"), "KRW", -8),
    ("설비투자에 1조원을 집행한다.", "1조원", D("1000000000000"), "KRW", -12),
    # digits mixed with the Korean units inside a group (백 100, 천 1,000) and closing one (억, 조)
    ("순이익은 2천3백억원이었다.", "2천3백억원", D("230000000000"), "KRW", -10),
    ("매출은 1조2천억원을 넘었다.", "1조2천억원", D("1200000000000"), "KRW", -11),
    ("영업손실은 3백억원이었다.", "3백억원", D("30000000000"), "KRW", -10),
    ("EBITDA는 1천1백11억원이었다.", "1천1백11억원", D("111100000000"), "KRW", -8),
]


@pytest.mark.parametrize("sentence, text, value, currency, decimals", SENTENCES)
def test_amount_in_sentence(sentence: str, text: str, value: Decimal, currency: str, decimals: int) -> None:
    found = {a.text: a for a in find_amounts(sentence)}
    assert text in found, found
    amount = found[text]
    assert (amount.value, amount.currency, amount.decimals) == (value, currency, decimals)
    assert sentence[amount.start:amount.end] == text


def test_no_amount_in_plain_words() -> None:
    assert find_amounts("The Company won three contracts and 2,852,976 subscribers in 2002.") == []


@pytest.mark.parametrize(
    "text, kwargs, value, currency, decimals",
    [
        ("(KRW 25.8 billion)", {}, D("-25800000000"), "KRW", -8),
        ("△427,838,371", {"default_currency": "KRW"}, D("-427838371"), "KRW", 0),
        ("▲1,234", {"default_currency": "KRW", "up_is_negative": True}, D("-1234"), "KRW", 0),
        ("▲1,234", {"default_currency": "KRW"}, D("1234"), "KRW", 0),
        ("326,012", {"default_currency": "KRW", "scale": D("1e6")}, D("326012000000"), "KRW", -6),
        ("326.0", {"default_currency": "KRW", "scale": D("1e9")}, D("326000000000"), "KRW", -8),
        ("(25.8)", {"default_currency": "KRW", "scale": D("1e9")}, D("-25800000000"), "KRW", -8),
        ("1,234", {"default_currency": "USD", "scale": D("1000")}, D("1234000"), "USD", -3),
        ("-1,234", {"default_currency": "USD"}, D("-1234"), "USD", 0),
        ("  W5,000  ", {}, D("5000"), "KRW", 0),
    ],
)
def test_parse_amount(text: str, kwargs: dict, value: Decimal, currency: str, decimals: int) -> None:
    amount = parse_amount(text, **kwargs)
    assert amount is not None
    assert (amount.value, amount.currency, amount.decimals) == (value, currency, decimals)


def test_parse_amount_rejects_bare_number_without_currency() -> None:
    assert parse_amount("1,234") is None
    assert parse_amount("KRW 5 billion and more") is None


@pytest.mark.parametrize(
    "header, currency, scale",
    [
        ("(단위: 백만원)", "KRW", D("1e6")),
        ("(단위 : 억원)", "KRW", D("1e8")),
        ("(단위: 천원)", "KRW", D("1e3")),
        ("(in millions of Won)", "KRW", D("1e6")),
        ("(in billions of Korean won)", "KRW", D("1e9")),
        ("(in thousands of U.S. dollars, except per share data)", "USD", D("1e3")),
        ("(In millions of yen)", "JPY", D("1e6")),
        ("KRW BN", "KRW", D("1e9")),
        ("(Unit: KRW million)", "KRW", D("1e6")),
        ("(Won in billions)", "KRW", D("1e9")),
    ],
)
def test_unit_header(header: str, currency: str, scale: Decimal) -> None:
    found = find_unit_header(f"Results\n{header}\n")
    assert found is not None and (found.currency, found.scale) == (currency, scale)


# ---------------------------------------------------------------------------------------------
# Round trips: write a random amount in each style, read it back
# ---------------------------------------------------------------------------------------------

ENGLISH_SCALES = {"": 0, " thousand": 3, " million": 6, " billion": 9, " trillion": 12}


def _group(n: int) -> str:
    return f"{n:,}"


@st.composite
def english_amounts(draw: st.DrawFn) -> tuple[str, Decimal, int, str]:
    whole = draw(st.integers(0, 999_999))
    places = draw(st.integers(0, 2))
    frac = draw(st.integers(0, 10**places - 1)) if places else 0
    scale = draw(st.sampled_from(sorted(ENGLISH_SCALES)))
    figure = _group(whole) + (f".{frac:0{places}d}" if places else "")
    style, currency = draw(st.sampled_from([
        ("KRW{f}{s}", "KRW"), ("KRW {f}{s}", "KRW"), ("Won {f}{s}", "KRW"), ("{f}{s} won", "KRW"),
        ("₩{f}{s}", "KRW"), ("US${f}{s}", "USD"), ("${f}{s}", "USD"), ("JPY {f}{s}", "JPY"),
        ("NT${f}{s}", "TWD"), ("HK${f}{s}", "HKD"), ("RMB {f}{s}", "CNY"), ("{f}{s} yen", "JPY"),
        ("W{f}{s}", "KRW"), ("W {f}{s}", "KRW"), ("USD {f}{s}", "USD"), ("EUR {f}{s}", "EUR"),
        ("{f}{s} U.S. dollars", "USD"), ("¥{f}{s}", "JPY"),
    ]))
    text = style.format(f=figure, s=scale)
    exact = Decimal(figure.replace(",", "")).scaleb(ENGLISH_SCALES[scale])
    return text, exact, places - ENGLISH_SCALES[scale], currency


@given(english_amounts(), st.booleans())
def test_english_round_trip(sample: tuple[str, Decimal, int, str], negative: bool) -> None:
    text, exact, decimals, currency = sample
    amount = parse_amount(f"({text})" if negative else text)
    assert amount is not None, text
    assert amount.value == (-exact if negative else exact)
    assert (amount.decimals, amount.currency) == (decimals, currency)


@st.composite
def korean_amounts(draw: st.DrawFn) -> tuple[str, Decimal, int]:
    jo = draw(st.integers(0, 99))
    eok = draw(st.integers(0, 9999))
    man = draw(st.integers(0, 9999))
    if jo == eok == man == 0:
        eok = 1
    hangul_thousands = draw(st.booleans())  # 2천7백11억 rather than 2,711억
    parts, decimals = [], 0
    for value, unit, power in ((jo, "조", 12), (eok, "억", 8), (man, "만", 4)):
        if value:
            parts.append((_hangul(value) if hangul_thousands else _group(value)) + unit)
            low = _lowest_power(value) if hangul_thousands else 0
            decimals = -(power + low)
    text = draw(st.sampled_from([" ", ""])).join(parts) + draw(st.sampled_from(["원", " 원"]))
    exact = Decimal(jo) * 10**12 + Decimal(eok) * 10**8 + Decimal(man) * 10**4
    return text, exact, decimals


def _hangul(n: int) -> str:
    out = ""
    for digit, unit in zip(f"{n:04d}", ("천", "백", "십", "")):
        if digit != "0":
            out += (digit if unit == "" or digit != "1" else "") + unit
    return out


def _lowest_power(n: int) -> int:
    return len(str(n)) - len(str(n).rstrip("0"))


@given(korean_amounts(), st.sampled_from(["", "△", "▼", "-"]))
def test_korean_round_trip(sample: tuple[str, Decimal, int], minus: str) -> None:
    text, exact, decimals = sample
    amount = parse_amount(minus + text)
    assert amount is not None, text
    assert (amount.value, amount.decimals, amount.currency) == (-exact if minus else exact, decimals, "KRW")


@given(korean_amounts())
def test_korean_amount_found_in_a_sentence(sample: tuple[str, Decimal, int]) -> None:
    text, exact, _ = sample
    found = find_amounts(f"3분기 영업이익은 {text}으로 집계됐다.")
    assert [(a.value, a.text) for a in found] == [(exact, text)]
