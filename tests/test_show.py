"""The fact table of `doc2xbrl show`: Babel formatting per locale, alignment with Hangul."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from converter.model import PURE, SHARES, UnitSpec
from pathlib import Path

from converter.show import display_width, format_amount, format_fact_rows, format_pure, format_value, is_percentage

DATA = Path(__file__).resolve().parent / "data"

KRW, USD, JPY = UnitSpec.currency("KRW"), UnitSpec.currency("USD"), UnitSpec.currency("JPY")


@pytest.mark.parametrize(
    "value, code, decimals, locale, expected",
    [
        ("412700000000", "KRW", -8, "en_US", "₩412.7B (₩412,700,000,000)"),
        ("412700000000", "KRW", -8, "ko_KR", "₩4,127억 (412,700,000,000원)"),
        ("271100000000", "KRW", -8, "ko_KR", "₩2,711억 (271,100,000,000원)"),
        ("1200000000000", "KRW", -11, "ko_KR", "₩1조 2,000억 (1,200,000,000,000원)"),
        ("4123500000000", "KRW", -8, "ko_KR", "₩4조 1,235억 (4,123,500,000,000원)"),
        ("3000000000000", "KRW", -11, "ko_KR", "₩3.0조 (3,000,000,000,000원)"),  # no remainder: the precision stays visible
        ("4123500000000", "KRW", -8, "en_US", "₩4.1235T (₩4,123,500,000,000)"),
        ("40000000000", "JPY", -9, "ja_JP", "￥400億 (￥40,000,000,000)"),
        ("4123500000000", "JPY", -8, "ja_JP", "￥4兆 1,235億 (￥4,123,500,000,000)"),
        ("1200000000000", "KRW", -11, "en_US", "₩1.2T (₩1,200,000,000,000)"),
        ("-31400000000", "KRW", -8, "en_US", "-₩31.4B (-₩31,400,000,000)"),
        ("12500000", "USD", -5, "en_US", "$12.5M ($12,500,000)"),
        ("12500000", "USD", -5, "ko_KR", "US$1,250만 (12,500,000달러)"),
        ("40000000000", "JPY", -9, "en_US", "¥40B (¥40,000,000,000)"),
        ("5000", "KRW", 0, "en_US", "₩5,000"),
        ("5000", "KRW", 0, "ko_KR", "5,000원"),
        ("0.05", "USD", 2, "en_US", "$0.05"),
    ],
)
def test_format_amount(value: str, code: str, decimals: int, locale: str, expected: str) -> None:
    assert format_amount(Decimal(value), code, decimals, locale) == expected


@pytest.mark.parametrize(
    "value, decimals, expected",
    [("0.525", 3, "52.5%"), ("-0.582", 3, "-58.2%"), ("1.632", 3, "163.2%"), ("0.12", 2, "12%"),
     ("2852976", 0, "2,852,976"), ("3", 0, "3"), ("77630000", -4, "77,630,000")],
)
def test_format_pure(value: str, decimals: int, expected: str) -> None:
    assert format_pure(Decimal(value), decimals, "en_US") == expected


def test_values_of_other_kinds() -> None:
    assert format_value("77630000", SHARES, "-4") == "77,630,000"
    assert format_value("5000", UnitSpec.per_share("KRW"), "0", "ko_KR") == "5,000원"
    assert format_value("Vice President,\n Strategy", None, None) == "Vice President, Strategy"
    assert format_value(dt.date(2003, 1, 20), None, None) == "2003-01-20"


def test_table_is_aligned_with_wide_characters() -> None:
    rows = [
        ("매출액", "412700000000", KRW, "-8", "2003-07-01/2003-09-30", 14),
        ("Subscribers", "3104558", PURE, "0", "2003-09-30", 20),
        ("SpokespersonName [Spokesperson 1]", "Tom J. Baek", None, None, "2003-10-28/2003-10-28", None),
    ]
    text = format_fact_rows(rows, locale="ko_KR")
    lines = text.splitlines()
    assert len(lines) == 5
    assert lines[0].split() == ["개념", "값", "단위", "자릿수", "기간", "줄"]
    # every column starts at the same display position on every line
    starts = [display_width(lines[2][: lines[2].index("₩")]), display_width(lines[3][: lines[3].index("3,104,558")])]
    assert starts[0] == starts[1]
    period_columns = {display_width(line[: line.index("2003-")]) for line in lines[2:]}
    assert len(period_columns) == 1
    assert "₩4,127억 (412,700,000,000원)" in lines[2]


def test_english_headings_and_empty_cells() -> None:
    text = format_fact_rows([("Document Type", "EX-99.1", None, None, "2003-10-28/2003-10-28", 3)])
    header, rule, row = text.splitlines()
    assert header.split() == ["Concept", "Value", "Unit", "Decimals", "Period", "Line"]
    assert set(rule.replace(" ", "")) == {"-"}
    assert row.split() == ["Document", "Type", "EX-99.1", "2003-10-28/2003-10-28", "3"]


def test_ratios_are_numbers_and_changes_percentages() -> None:
    assert is_percentage("RevenuesPercentChange") and is_percentage("EBITDAMargin")
    assert not is_percentage("MergerRatio") and not is_percentage("ReverseStockSplitRatio")
    assert format_value("0.4523", PURE, "4", "en_US", False) == "0.4523"
    assert format_value("3", PURE, "0", "ko_KR", False) == "3"
    assert format_value("0.525", PURE, "3", "en_US", True) == "52.5%"


def test_show_command_prints_a_merger_ratio_as_a_number() -> None:
    from click.testing import CliRunner

    from converter.cli import main

    release = DATA / "press" / "chemical-2004-merger-egm.txt"
    result = CliRunner().invoke(main, ["show", str(release), "--locale", "ko_KR"])
    assert result.exit_code == 0, result.output
    ratio = next(line for line in result.output.splitlines() if line.startswith("합병 비율"))
    assert " 0.4523 " in ratio and "%" not in ratio
    revenue = next(line for line in result.output.splitlines() if line.startswith("매출"))
    assert "₩1조 246억 (1,024,600,000,000원)" in revenue


# ------------------------------------------------------------------------------ the show command


def _show(*args: str):
    from click.testing import CliRunner

    from converter.cli import main

    return CliRunner().invoke(main, ["show", *args], catch_exceptions=False)


def test_display_width_counts_combining_and_decomposed_hangul() -> None:
    import unicodedata

    from converter.show import clip

    assert display_width("서명자 2") == 8
    assert display_width(unicodedata.normalize("NFD", "서명자 2")) == 8  # jamo: lead wide, vowel/final none
    assert display_width("e\u0301") == 1 and display_width("\u200b") == 0
    assert display_width(clip("가" * 50, 11)) <= 11


def test_show_reads_every_format_convert_writes(tmp_path: Path) -> None:
    """The same facts, labels and values whether show reads the filing or any report of it."""
    import json

    from converter.pipeline import convert_file, write_converted

    source = DATA / "press" / "chemical-2004-merger-egm.txt"
    write_converted(convert_file(source), tmp_path, ("xbrl", "ixbrl", "json", "csv"))
    stem = tmp_path / "chemical-2004-merger-egm"

    def records(path: Path) -> list[dict]:
        result = _show(str(path), "--json", "--locale", "ko_KR")
        assert result.exit_code == 0, result.output
        (document,) = json.loads(result.stdout)
        return [{k: v for k, v in r.items() if k != "line"} for r in document["facts"]]

    expected = records(source)
    assert expected and any(r["dimensions"] for r in expected)
    for report in (f"{stem}.xml", f"{stem}.xhtml", f"{stem}.json", f"{stem}-metadata.json"):
        assert records(Path(report)) == expected, report
    table = _show(f"{stem}.json", "--locale", "ko_KR")
    assert table.exit_code == 0 and table.stdout.splitlines()[1].split() == ["개념", "값", "단위", "자릿수", "기간", "줄"]


def test_show_csv(tmp_path: Path) -> None:
    import csv
    import io

    from converter.show import RECORD_FIELDS

    result = _show(str(DATA / "press" / "chemical-2004-merger-egm.txt"), "--csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == ["document", *RECORD_FIELDS]
    ratio = next(r for r in rows if r["concept"] == "MergerRatio")
    assert (ratio["value"], ratio["shown"]) == ("0.4523", "0.4523")
    assert _show(str(DATA / "press" / "chemical-2004-merger-egm.txt"), "--csv", "--json").exit_code == 2


@pytest.mark.parametrize("locale", ["xx_YY", "ko_ZZ_!", ""])
def test_a_locale_babel_does_not_know_is_a_usage_error(locale: str) -> None:
    result = _show(str(DATA / "press" / "chemical-2004-merger-egm.txt"), "--locale", locale)
    assert result.exit_code == 2
    assert "Traceback" not in result.output and "is not a locale" in result.output


def test_show_lists_records_in_natural_order() -> None:
    from converter.model import Context, Fact, Instance, Period
    from converter.show import fact_rows
    from converter.taxonomy import load_taxonomy

    day = Period.duration(dt.date(2004, 3, 3), dt.date(2004, 3, 3))
    members = ("1", "10", "2", "11")
    contexts = tuple(Context(f"c{m}", "s", "X", day, (("SignatoryAxis", m),)) for m in members)
    facts = tuple(Fact("SignatoryName", f"c{m}", f"Signer {m}", lang="en", id=f"f{m}") for m in members)
    rows = fact_rows(Instance("x", "", "x.xsd", "ns", contexts, (), facts), load_taxonomy(), "ko_KR")
    assert [row[0] for row in rows] == [f"서명자 성명 [서명자 {m}]" for m in ("1", "2", "10", "11")]
