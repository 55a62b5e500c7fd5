"""Stock splits, reverse splits and bonus issues in Korean news (``mechanisms.korean_splits``).

Invented stories in the layout of Korean business papers and news agencies: a split stated by its
par values ("1주당 액면가를 5,000원에서 1,000원으로", "5천원의 액면가를 주당 5백원으로") or by its
ratio ("10대 1 비율"), a reverse split (액면병합) the other way round, a market's tally of par
changes, a bonus issue (무상증자) with its record and listing dates.
"""

from __future__ import annotations

import pytest

from converter.pipeline import convert_text


def _read(text: str) -> tuple[dict[str, str], list[tuple[str, str]]]:
    (converted,) = convert_text(text, "story.txt")
    found = {o.concept: str(o.value) for o in converted.extraction.observations
             if o.concept in ("StockSplitRatio", "ReverseStockSplitRatio", "CommonStockParValuePerShare",
                              "SharesOutstanding", "StockSplitEffectiveDate")}
    return found, [(m.text, m.reason) for m in converted.extraction.unmapped]


SPLIT = ("2031년 4월 9일\n"
         "가람방직 이사회는 2,500원의 액면가를 주당 500원으로 쪼개는 액면분할안을 통과시켰다. 발행주식수는 "
         "지금의 36만주에서 180만주가 된다.\n"
         "쪼개진 새 주식은 6월 3일 상장될 예정이다.\n")


def test_a_split_by_its_par_values() -> None:
    """"2,500원의 액면가를 주당 500원으로 쪼개는 액면분할": a five-for-one split; the par value now
    is 2,500 won (500 won is the one after the split, reported), the listing day is reported."""
    found, reported = _read(SPLIT)
    assert found["StockSplitRatio"] == "5", found
    assert found.get("CommonStockParValuePerShare", "2500") == "2500", found  # (never the new 500)
    assert ("6월 3일", "listing date of the new shares: no concept in the taxonomy") in reported, reported


@pytest.mark.parametrize("sentence, ratio", [
    ("가람석판의 1주당 액면가는 5000원에서 500원으로 바뀐다. 주식분할 후 주식 수는 열 배가 된다.", "10"),
    ("가람석판 이사회가 20대 1 비율로 주식을 쪼개는 주식분할안을 의결했다.", "20"),
    ("가람석판은 1 대 4 주식분할을 하면서 1주당 액면가를 2,000원에서 500원으로 바꾼다.", "4"),
    ("가람석판은 액면가 5천원을 5백원으로 나누는 액면분할을 결의했다.", "10"),
])
def test_a_split_s_ratio(sentence: str, ratio: str) -> None:
    found, _ = _read("2031년 3월 20일\n" + sentence + "\n")
    assert found.get("StockSplitRatio") == ratio, found
    assert "ReverseStockSplitRatio" not in found, found


@pytest.mark.parametrize("sentence, ratio, after", [
    ("가람식품 주주총회는 지금 1백원인 액면가를 5백원으로 올리는 액면병합안을 승인했다.", "5", "500"),
    ("가람식품은 액면가를 500원에서 2,500원으로 높이는 주식병합을 결정했다.", "5", "2500"),
])
def test_a_reverse_split_is_never_a_split(sentence: str, ratio: str, after: str) -> None:
    """A reverse split (액면병합, 주식병합) gives ReverseStockSplitRatio, never StockSplitRatio,
    though the story recalls an earlier split ("액면분할 후 ...")."""
    text = ("2031년 12월 12일\n" + sentence + "\n"
            "가람식품은 3년 전 액면분할로 주식 수가 크게 늘어난 바 있다.\n")
    found, _ = _read(text)
    assert found.get("ReverseStockSplitRatio") == ratio, found
    assert "StockSplitRatio" not in found, found
    assert found.get("CommonStockParValuePerShare") != after, found  # (the par value after the change)


def test_par_values_that_move_against_the_word_give_nothing() -> None:
    """"액면분할" whose par value rises: which is wrong cannot be told, no ratio."""
    found, _ = _read("2031년 3월 20일\n가람식품은 액면가를 500원에서 2,500원으로 바꾸는 액면분할을 결의했다.\n")
    assert "StockSplitRatio" not in found and "ReverseStockSplitRatio" not in found, found


def test_a_market_s_tally_of_par_changes_is_no_company_s_split() -> None:
    """"1,000원에서 200원으로 분할한 회사가 8사로 가장 많았고": a count of companies, no split of one."""
    text = ("2031년 1월 8일\n"
            "지난해 액면을 바꾼 상장사 가운데 액면분할을 한 곳은 23개사로 집계됐다.\n"
            "유형별로는 1주당 액면금액을 1,000원에서 200원으로 분할한 회사가 8사로 가장 많았고, "
            "2,500원을 500원으로 분할한 회사는 5개사였다.\n")
    found, _ = _read(text)
    assert "StockSplitRatio" not in found, found


def test_another_company_s_split_stays_out() -> None:
    """A split of a company the story names after its own: reported, never the registrant's."""
    text = ("2031년 3월 4일\n"
            "가람제약은 올해 배당을 늘리기로 했다고 밝혔다.\n"
            "한편 한빛바이오는 이날 1주당 액면가를 500원에서 100원으로 나누는 액면분할을 결의했다.\n")
    found, reported = _read(text)
    assert "StockSplitRatio" not in found, found
    assert any(why.startswith("StockSplitRatio of '한빛바이오'") for _, why in reported), reported


def test_a_bonus_issue_is_reported_not_booked_as_a_split() -> None:
    """"무상증자 ... 1주당 1.5주를 받는다": no split; its ratio and dates have no concept."""
    text = ("2031년 2월 11일\n"
            "가람제강 이사회는 주주에게 주식을 나눠 주는 무상증자를 의결했다. 주주는 가진 주식 1주당 1.5주를 받는다. "
            "배정 대상을 정하는 신주배정기준일은 3월 2일이며 신주 상장 예정일은 3월 24일이다.\n")
    found, reported = _read(text)
    assert not found.keys() & {"StockSplitRatio", "ReverseStockSplitRatio", "SharesOutstanding"}, found
    reasons = dict(reported)
    assert reasons.get("1.5주", "").startswith("bonus issue's new shares per share held"), reported
    assert reasons.get("3월 2일", "").startswith("record date of a share allotment"), reported
    assert reasons.get("3월 24일", "").startswith("listing date of the new shares"), reported


def test_a_roundup_of_several_companies_splits_books_none() -> None:
    """A page listing several companies' splits, one a sentence, each opening on a name the
    reader may not know for a company ("누리마트 이사회는 1대 8 비율로 ...", "가람방직도 4대 1의
    액면분할"): ratios of one kind that differ are a roundup, not the registrant's split; each
    is reported."""
    text = ("이달의 액면분할 결정 기업\n"
            "누리마트 이사회는 1대 8 비율로 주식을 쪼개기로 했다.\n"
            "가람방직도 4대 1의 액면분할을 의결했다.\n"
            "한빛제과도 1주당 액면가를 2,500원에서 500원으로 낮추는 액면분할을 결의했다.\n")
    found, reported = _read(text)
    assert "StockSplitRatio" not in found, found
    reasons = [r for _, r in reported if "roundup" in r]
    assert len(reasons) == 3, reported
