"""Korean news, releases and disclosure forms end to end (``convert_text``), with and without
the user's date: documents written for these tests in the layouts Korean newspapers' web copies,
wire stories, press releases (보도자료) and the Korea Exchange's disclosure forms (수시공시) use,
under ``tests/data/press/ko-*`` and ``tests/data/resolutions/ko-*``.

``NAME.convert.tsv`` lists every fact the instance must hold, no more (concept, value, period,
unit, decimals, dimensions; ``document`` is the document's own period, stated by ``!period``);
``NAME.convert-dated.tsv`` the same for a run with ``!date`` (``convert --date``): without it an
undated article's figures of a yearless period ("올 1분기") are reported for forever on
``StatedPeriodAxis`` (the period as printed, less a this-year word), never dated by a guess; with it they are dated.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from arelle_support import assert_arelle_clean
from converter.pipeline import convert_text, write_converted
from factlib import facts

DATA = Path(__file__).resolve().parent / "data"
EXPECTED = sorted(p for folder in ("press", "resolutions") for p in (DATA / folder).glob("ko-*.convert*.tsv"))


def _expected(path: Path) -> tuple[dt.date | None, str, set[tuple[str, ...]]]:
    date, period, rows = None, "", set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = tuple(line.split("\t"))
        if fields[0] == "!date":
            date = dt.date.fromisoformat(fields[1])
        elif fields[0] == "!period":
            period = fields[1]
        else:
            rows.add(fields)
    return date, period, rows


def _converted(path: Path):  # type: ignore[no-untyped-def]
    name = path.name.split(".")[0]
    date, period, rows = _expected(path)
    text = (path.parent / f"{name}.txt").read_text(encoding="utf-8")
    (converted,) = convert_text(text, f"{name}.txt", date=date)
    return converted, period, rows


def _rows(converted) -> set[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    document = str(converted.extraction.document_period)
    out = set()
    for f in facts(converted):
        unit = "-" if f.unit is None else f.unit.replace("iso4217:", "").replace("xbrli:", "")
        dims = ";".join(f"{a}={m}" for a, m in f.dimensions) or "-"
        out.add((f.concept, f.value, "document" if f.period == document else f.period, unit, f.decimals or "-", dims))
    return out


def test_enough_korean_documents() -> None:
    assert len({p.name.split(".")[0] for p in EXPECTED}) >= 15


@pytest.mark.parametrize("path", EXPECTED, ids=lambda p: p.name)
def test_korean_document_end_to_end(path: Path) -> None:
    converted, period, rows = _converted(path)
    assert str(converted.extraction.document_period) == period
    got = _rows(converted)
    assert not rows - got, f"missing {sorted(rows - got)}"
    assert not got - rows, f"unexpected {sorted(got - rows)}"


@pytest.mark.parametrize("name", [
    "press/ko-news-1q-webcopy-headline.convert-dated.tsv",  # figures dated by the user's date
    "press/ko-news-two-companies.convert.tsv",  # a competitor on CounterpartyAxis
    "resolutions/ko-results-change-30pct.convert.tsv",  # a disclosure form's fiscal-year columns
])
def test_arelle_loads_korean_instances(name: str, tmp_path: Path) -> None:
    converted, _, _ = _converted(DATA / name)
    (path,) = write_converted((converted,), tmp_path)
    assert_arelle_clean(path)


def test_undated_figures_keep_their_stated_period_until_the_users_date() -> None:
    """Without a date, "올 1분기" names no year: the quarter's revenue is reported for forever on
    the stated period axis, never in a dated context; with --date it is the quarter's, undimensioned."""
    text = (DATA / "press" / "ko-news-1q-webcopy-headline.txt").read_text(encoding="utf-8")
    (undated,) = convert_text(text, "undated.txt")
    revenues = [f for f in facts(undated) if f.concept == "Revenues"]
    assert [(f.value, f.period, f.dimensions) for f in revenues] == [
        ("120000000000", "forever", (("StatedPeriodAxis", "1분기"),))]
    assert "1천2백억원" not in {m.text for m in undated.extraction.unmapped}
    (dated,) = convert_text(text, "dated.txt", date=dt.date(2005, 5, 4))
    assert [(f.value, f.period, f.dimensions) for f in facts(dated) if f.concept == "Revenues"] == [
        ("120000000000", "2005-01-01/2005-03-31", ())]
