"""Web copies of results news and announcements (wave 12): Japanese results news whose sentence
goes on from a result to a plan, whose bottom line is a 損益 signed by 黒字/赤字, or named 最終利益.
Every document here is invented."""

from __future__ import annotations

import pytest

from converter.pipeline import convert_text


def facts_of(text: str, name: str = "story.txt") -> dict[str, list[tuple[str, str]]]:
    (converted,) = convert_text(text, name)
    periods = {c.id: str(c.period) for c in converted.instance.contexts}
    out: dict[str, list[tuple[str, str]]] = {}
    for f in converted.instance.facts:
        out.setdefault(f.concept, []).append((f.value, periods[f.context_id]))
    return out


def test_a_result_clause_before_a_plan_clause_is_read() -> None:
    story = ("2031年11月12日\nアサギ精機が12日に決算を発表。32年3月期第2四半期累計(4-9月)の連結経常利益は"
             "前年同期比14.2%増の7.3億円に伸び、通期計画の18億円に対する進捗率は40.6%に達した。\n")
    facts = facts_of(story)
    assert facts["OrdinaryIncomeLoss"] == [("730000000", "2031-04-01/2031-09-30")]
    assert facts["OrdinaryIncomeLossPercentChange"] == [("0.142", "2031-04-01/2031-09-30")]


def test_a_plan_throughout_stays_out() -> None:
    story = ("2031年5月9日\nアサギ精機の32年3月期は売上高が前期比4%増の820億円に伸び、"
             "営業利益は61億円を見込む。\n")
    facts = facts_of(story)
    assert "Revenues" not in facts and "OperatingIncomeLoss" not in facts


@pytest.mark.parametrize("words, concept, value", [
    ("最終損益が38億円の赤字（前年同期は12億円の黒字）だった", "NetIncomeLoss", "-3800000000"),
    ("連結経常損益は2億6500万円の赤字に転落した", "OrdinaryIncomeLoss", "-265000000"),
    ("営業損益は9億円の黒字だった", "OperatingIncomeLoss", "900000000"),
    ("純利益が54億円の赤字だった", "NetIncomeLoss", "-5400000000"),  # a loss by its 赤字, whatever its word
    ("最終利益が前年同期比21%増の64億円だった", "NetIncomeLoss", "6400000000"),
])
def test_a_bottom_line_signed_by_its_deficit_word(words: str, concept: str, value: str) -> None:
    story = f"2031年11月5日\nアサギ精機が5日発表した2031年4～9月期の連結決算は、{words}。\n"
    assert facts_of(story)[concept] == [(value, "2031-04-01/2031-09-30")]


def test_a_profit_or_loss_without_its_sign_word_stays_out() -> None:
    story = "2031年11月5日\nアサギ精機が5日発表した2031年4～9月期の連結決算は、最終損益が38億円だった。\n"
    assert "NetIncomeLoss" not in facts_of(story)
