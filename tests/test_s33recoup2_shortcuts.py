"""The cheaper form of the stock-code reader the s33 fixes added answers as the plain form (issue
17): ``cjk_header.subject_code`` scans the head for first-sentence subjects only where the
registrant's name stands right before an opening parenthesis; ``PercentOwners._clause_period``
reads a percentage's clause only where the sentence has a period of its own. Answers, never seconds: every
document of the test and example files, with each subject the plain scan reads as the
registrant, and edge cases."""

from __future__ import annotations

import pytest
from document_texts import DOCUMENTS, ingested_texts

from converter.extract.mechanisms import cjk_header as ch
from converter.extract.mechanisms import prose_percent_owners as po
from converter.extract.mechanisms.sentences import HANGUL
from converter.pipeline import convert_bytes

TEXTS = ingested_texts()


def _plain(text: str, registrant: str | None):
    return ch.plain_subject_code(text, registrant, min(len(text), ch.HEAD)) if registrant else None


def _registrants(text: str) -> set[str | None]:
    """The names the plain scan reads as subjects, a name it does not, and none."""
    found = {m["name"] for m in ch._SUBJECT.finditer(text, 0, min(len(text), ch.HEAD))}
    return found | {None, "", "東方巴士", "Acme Corp"}


def test_documents() -> None:
    for text in TEXTS:
        for registrant in _registrants(text):
            assert ch.subject_code(text, registrant) == _plain(text, registrant), (registrant, text[:80])


# (invented sentences: each parenthesis, a code past the head, a name apart from its code)
_EDGES = [
    ("東方巴士(00987)公布中期业绩。", "東方巴士"),
    ("東方巴士（00987）公布中期业绩。", "東方巴士"),
    ("東方巴士（ 600123.SH ）公布中期业绩。", "東方巴士"),
    ("東方巴士 (00987)公布中期业绩。", "東方巴士"),
    ("前言。\n東方巴士(00987)今日宣布業績。", "東方巴士"),
    ("x" * (ch.HEAD - 6) + "。東方巴士(00987)公布中期业绩。", "東方巴士"),
    ("x" * (ch.HEAD - 12) + "。東方巴士(00987)公布中期业绩。", "東方巴士"),
    ("東方巴士(00987)公布中期业绩。", "西方巴士"),
    ("港灣电(00321)公布中期业绩。東方巴士(00987)公布。", "東方巴士"),
]


@pytest.mark.parametrize(("text", "registrant"), _EDGES)
def test_edges(text: str, registrant: str) -> None:
    assert ch.subject_code(text, registrant) == _plain(text, registrant)


def test_edges_and_documents_hold_codes() -> None:
    """The edges hold codes the plain scan finds, in both parentheses, so the gate is tried on
    answers and not only on misses (the documents hold none: they try it on misses)."""
    answered = [t for t, r in _EDGES if _plain(t, r)]
    assert any("(" in t for t in answered) and any("（" in t for t in answered)


def _plain_clause_period(self, s, figure, figures, periods):
    """``PercentOwners._clause_period`` as it was written: the clause read before its periods are
    tested (each test in turn on every period)."""
    if HANGUL.search(s.text):
        return None
    previous = max([f.end for f in figures if f.end <= figure.start and not f.percent] + [s.start])
    opens = [m.end() for m in po._CLAUSE_OPENS.finditer(self.text, previous, figure.start)]
    begin = opens[-1] if opens else previous
    following = next((f.start for f in figures if f.start > figure.end and not f.percent), s.end)
    listed_end = max([f.end for f in figures if f.percent and figure.end <= f.start < following] + [figure.end])
    for p in reversed(periods):
        where = s.start + p.start
        inside = begin <= where and s.start + p.end <= figure.start
        after = listed_end <= where < following and po._PERIOD_AFTER.fullmatch(self.text, listed_end, where)
        if (inside or after) and p.relation is None and not self.periods.is_comparative(p, s) \
                and (p.period is not None or p.unresolved):
            return po.Dated(p.period, None if p.period is not None else p.text)
    return None


def _clause_answers(monkeypatch: pytest.MonkeyPatch, documents: list[tuple[bytes, str]]) -> list[object]:
    """Every call the documents make: the period-first reading answers as the plain one."""
    gated = po.PercentOwners._clause_period
    answers: list[object] = []

    def both(self, s, figure, figures, periods):
        found = gated(self, s, figure, figures, periods)
        assert found == _plain_clause_period(self, s, figure, figures, periods), s.text
        answers.append(found)
        return found

    monkeypatch.setattr(po.PercentOwners, "_clause_period", both)
    for data, name in documents:
        try:
            convert_bytes(data, name)
        except Exception:  # (a refused document makes no call)
            pass
    return answers


def test_clause_period_on_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    """The test and example documents: some calls answer a period, some none."""
    answers = _clause_answers(monkeypatch, [(path.read_bytes(), path.name) for path in DOCUMENTS])
    assert any(a is not None for a in answers) and any(a is None for a in answers)


# (invented sentences: two periods of its own in a percentage's clause, the last its own; periods
# an undated story cannot date, each a clause's own)
_DATED = "In 2001 net sales in the third quarter fell 12.5 percent."
_UNDATED = ("Acme Telecom Reports Results\n\nAcme Telecom said its revenue in the third quarter rose 12.5 "
            "percent to 3.2 billion won, the figures in the first quarter fell 27.45 percent.\n")


def test_clause_period_on_edges(monkeypatch: pytest.MonkeyPatch) -> None:
    example = next(p for p in DOCUMENTS if p.name == "hanaro-q3-2002-operating-profit.txt").read_text()
    answers = _clause_answers(monkeypatch, [((example + "\n\n" + _DATED + "\n").encode(), "dated.txt"),
                                            (_UNDATED.encode(), "undated.txt")])
    assert any(a is not None and a.undated for a in answers) and any(a is not None and a.period for a in answers)
