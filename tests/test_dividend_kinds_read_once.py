"""A dividend form's kind field (배당구분, "Dividend Type") is read once for the whole form, not
again for each dividend value's period, member and record part."""

from __future__ import annotations

import pytest

from converter.extract.mechanisms import dividends
from converter.pipeline import convert_text

FORM = """현금ㆍ현물배당결정

1. 배당구분                          {kind}
2. 배당종류                          현금배당
3. 1주당 배당금(원)      보통주식           700
5. 배당금총액(원)                     21,000,000,000
6. 배당기준일                         {record}
10. 이사회결의일(결정일)               2011-07-28
"""


@pytest.mark.parametrize(("kind", "record", "period", "member"), [
    ("중간배당", "2011-06-30", "2011-01-01/2011-06-30", "interim"),
    ("분기배당", "2011-06-30", "2011-04-01/2011-06-30", "quarterly"),
    ("결산배당", "2010-12-31", "2010-01-01/2010-12-31", "final"),
])
def test_the_kind_field_is_read_once(monkeypatch: pytest.MonkeyPatch, kind: str, record: str, period: str,
                                     member: str) -> None:
    reads: list[str] = []
    real = dividends.kind_hits

    def counted(text: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        if text == kind:
            reads.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(dividends, "kind_hits", counted)
    (converted,) = convert_text(FORM.format(kind=kind, record=record), "dividend-form.txt")
    found = {(o.concept, str(o.period), o.dimensions) for o in converted.extraction.observations
             if o.concept.startswith("Dividends")}
    axis = (("DividendKindAxis", member),)
    assert found == {("DividendsDeclaredPerShare", period, axis), ("DividendsDeclared", period, axis)}
    assert len(reads) == 1
