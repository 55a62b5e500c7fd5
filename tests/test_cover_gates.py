"""The shortcuts of the 6-K cover readers answer as the plain work does.

Each one (a tokenizer read as one alternation, a gate before a scan) changes how much work is
done, never what is found: on every text document of the tests and examples, and on a few made
for the edge of each, the shortcut gives what the plain path gives.
"""

from __future__ import annotations

import re

import pytest
from document_texts import file_texts

from converter.extract.mechanisms import checkbox
from converter.extract.mechanisms.furnished import FORM_20F, FORM_40F, NO, YES
from converter.parse.gates import fold

_MADE = [
    # box rows of every shape the tokenizer reads: marks after and before labels, cells, leaders
    "Form 20-F  X    Form 40-F ___\nYes ___ No _X_\n[X] Yes  [ ] No\n( ) Yes (x) No\n",
    "|Form 20-F|[x]|Form 40-F|[ ]|\nYes ..... No ..X...\n\u2610 Yes \u2612 No\n\u00a8 Yes \u00fe No\n",
    "Yes o No V\nForm 20-F \u2026 Form 40-F \u2713\nYES: NO: x\nno. Yes. No-\n",
    # words next to the labels: no row, or a stray label of another question inside one
    "Yesterday Nobody said no. Form 20-F (X) No Form 40-F ( )\nFORM 20-F\u00a0\u00a0X\n",
]


def _texts() -> list[str]:
    return [*file_texts(), *_MADE]


TEXTS = _texts()
# the texts that hold a box row's labels or marks, and the stretch of each a cover's rows stand in
_BOXED = [text[:2500] for text in TEXTS if any(w in fold(text) for w in ("20-f", "yes", "[x]", "(x)"))]
_LABEL_SETS = ([], [FORM_20F, FORM_40F], [YES, NO])


@pytest.mark.parametrize("labels", _LABEL_SETS, ids=["none", "forms", "yes-no"])
def test_tokenizer_reads_each_token_as_the_patterns_in_turn(labels: list[re.Pattern[str]]) -> None:
    assert checkbox._tokenizer(tuple(labels)) is not None  # the one-match path is the one tested
    seen = set()
    for text in _BOXED:
        for pos in range(len(text)):
            for end in (len(text), min(len(text), pos + 2)):  # a stop just after the position too
                token = checkbox._token(text, pos, end, labels)
                assert token == checkbox._token_in_turn(text, pos, end, labels), (text[pos:pos + 20], end)
                seen.add(token.kind)
    assert seen >= {"label", "checked", "empty", "sep", "word"} if labels else {"checked", "empty", "sep", "word"}


def test_tokenizer_falls_back_where_an_alternation_would_differ() -> None:
    may_be_empty = re.compile(r"x*")  # the loop passes over its empty match; an alternation would take it
    assert checkbox._tokenizer((may_be_empty,)) is None
    assert checkbox._token("abc", 0, 3, [may_be_empty]) == checkbox._token_in_turn("abc", 0, 3, [may_be_empty])
    assert checkbox._tokenizer((re.compile(r"(?a)yes"),)) is None  # a flag no group can scope
    named = re.compile(r"(?P<t0>yes)")  # a group name the alternation uses itself
    assert checkbox._tokenizer((named,)) is None
    assert checkbox._token("yes", 0, 3, [named]).kind == "label"


# --- the cover's questions and its file number -----------------------------------------------------

_COVERS_MADE = [
    "Commission File Number: 1-13368\n",
    "1934 Act Registration No. 1-14418\n",
    "  001-31234  \n \n  (Commission File Number)\n",  # the number over its caption
    "Delaware     \u0661\u0662-\u0663\u0664\u0665\n(Commission\n",  # other digits, a wrapped caption
    "COMMİSSİON FILE NUMBER 333-1234\n",  # a dotted capital I, which re.IGNORECASE reads as i
    ("Indicate by check mark if the registrant is submitting the Form 6-K in paper as permitted by "
     "Regulation S-T Rule 101(b)(7): ___\n"),
    "(주)하늘바이오\nHANEUL BIO CO., LTD.\n",
    "주식회사 별빛상사\nBYEOLBIT TRADING\n㈜ 새벽\n",
]
_COVER_TEXTS = TEXTS + _COVERS_MADE


def test_file_number_matches_start_only_where_its_words_are() -> None:
    from converter.extract.kinds import cover_6k

    numbered = 0
    for text in _COVER_TEXTS:
        head = text[:6000]
        starts = cover_6k._file_number_starts(head)
        if not starts:
            assert not cover_6k._FILE_NUMBER.search(head) and not cover_6k._COLUMN_CAPTION.search(head)
            continue
        assert list(starts) == sorted(set(starts))
        places = set(starts)
        assert not any(cover_6k._FILE_NUMBER.match(head, p) for p in range(len(head)) if p not in places)
        whole = cover_6k._FILE_NUMBER.search(head)
        first = next((m for p in starts if (m := cover_6k._FILE_NUMBER.match(head, p))), None)
        assert (whole and whole.span()) == (first and first.span())
        numbered += whole is not None
    assert numbered >= 10


def test_paper_submission_question_gated_as_searched() -> None:
    from converter.extract.kinds import cover_6k

    asked = 0
    for text in _COVER_TEXTS:
        head = text[:8000]
        gated = [m.span(1) for m in cover_6k._RULE_101B_GATED.finditer(head, fold(head))]
        assert gated == [m.span(1) for m in cover_6k._RULE_101B.finditer(head)]
        asked += bool(gated)
    assert asked >= 2


def test_korean_name_lines_hold_the_gate_character() -> None:
    from converter.extract.kinds import cover_6k

    named = 0
    for text in _COVER_TEXTS:
        for line in text.splitlines():
            if cover_6k._KOREAN_NAME_LINE.fullmatch(line):
                assert "주" in line or "\u3231" in line
                named += 1
    assert named >= 2


# --- exhibit index headings ----------------------------------------------------------------------

_HEADINGS_MADE = [
    "Item 19.1A.\n\nList of\n\nExhibits\n99.1  Press release\n",  # the most words before the gate's word
    "|  (d)  Index\nto\n  Exhibits |\n|1.|Notice of the meeting|\n",
    "TABLE OF\nCONTENTS\nDocuments furnished:\nAttachments\n",
    "Item 9.01 Financial Statements and Exhibits.\nexhibit list exhibit\n",
    "İtem 19. EXHIBITS\n",  # a dotted capital I before the heading's words
]


@pytest.mark.parametrize("kind", ["heading", "contents_heading"])
def test_headings_start_only_where_the_gate_says(kind: str) -> None:
    from converter.extract.mechanisms import exhibit_index

    gate = exhibit_index.heading_gate(kind)
    headed = 0
    for text in TEXTS + _HEADINGS_MADE:
        folded = fold(text)
        whole = [m.span() for m in gate.pattern.finditer(text)]
        if not gate.may_match(folded):
            assert whole == []
            continue
        gated = [m.span() for m in exhibit_index.matches_from(gate.pattern, text,
                                                               exhibit_index._heading_starts(text, folded, gate))]
        assert gated == whole, text[:80]
        headed += bool(whole)
    assert headed >= 4


def test_heading_phrases_lead_with_few_words() -> None:
    """``HEADING_LEAD_WORDS`` holds for every heading of the data: the item ('Item 19.1A.') is two
    words, each phrase's words before its gate's word at most two ('List of', 'Index to')."""
    from converter.extract.mechanisms import exhibit_index
    from converter.resources import data_rows

    assert exhibit_index.HEADING_LEAD_WORDS >= 2 + 2
    for kind, regex in data_rows("exhibit_words.tsv"):
        if kind not in ("heading", "contents_heading"):
            continue
        words = exhibit_index.heading_gate(kind).gates[0]
        first = min(i for i in (regex.lower().find(w) for w in words) if i >= 0)
        assert regex[:first].count(r"\s") <= 2, regex


@pytest.mark.parametrize("label", [FORM_20F, YES, NO], ids=["20-F", "yes", "no"])
def test_row_anchors_are_the_label_matches(label: re.Pattern[str]) -> None:
    found = 0
    for text in TEXTS + ["İ Form 20-F yes", "xyes yes\u0130 YES"]:
        for start, stop in ((0, len(text)), (0, min(len(text), 8000)), (len(text) // 3, len(text) // 3 + 400)):
            anchors = [m.span() for m in checkbox._anchors(text, start, stop, label)]
            assert anchors == [m.span() for m in label.finditer(text, start, stop)]
            found += len(anchors)
    assert found >= 10


def test_rule_12g32b_question_gated_as_searched() -> None:
    from converter.extract.kinds import cover_6k

    asked = 0
    for text in _COVER_TEXTS + ["Rule 12g3-2(b): 82-____ RULE\n12G3-2(B)", "İ rule 12g3-2(b)"]:
        head = text[:8000]
        gated = next(cover_6k._RULE_12G32B_GATED.finditer(head, fold(head)), None)
        whole = cover_6k._RULE_12G32B.search(head)
        assert (gated and gated.span()) == (whole and whole.span())
        asked += whole is not None
    assert asked >= 5


def test_folded_head_is_the_fold_of_the_head() -> None:
    from types import SimpleNamespace

    from converter.extract.kinds import cover_6k

    for text in _COVER_TEXTS + ["İ" * 9000, "x" * 7999 + "İ"]:
        ctx = SimpleNamespace(text=text)
        assert cover_6k._folded_head(ctx) == fold(text[:8000])  # type: ignore[arg-type]


# --- resolutions: whether a document may name a figure at all ---------------------------------------

_DISCLOSURES_MADE = [
    # a cover whose labels name no concept: its dates, names and file number are no figures
    ("FORM 6-K\nCommission File Number: 1-99999\nForm 20-F  X   Form 40-F ___\nSIGNATURES\n"
     "Date: May 2, 2007      By: /s/ Jane Roe\n                        Name: Jane Roe\n"
     "                        Title: Chief Financial Officer\n"),
    # a label's words apart: a bracketed unit inside it, wrapped onto the next line, in cells
    "Capital reduction\n1. Paid-in (KRW)\n   capital before : 5,000,000,000\n",
    ("INVESTMENT IN OTHER CORPORATION\n1. DETAILS OF THE COMPANY\n   invested\n"
     "   - NAME OF COMPANY : EXAMPLE SHIPPING CO., LTD.\n   - PAID-IN CAPITAL (KRW): 40 BILLION\n"),
    "|Before\n|After\n|\nPaid-in capital (KRW)\n|5,000,000\n|2,500,000\n",
    "Resolutions of the\nBoard of Directors\nDate and Time: June 3, 2008 10:00\n",
    "MERGER\n1. Merger ratio : 1 : 0.25\n",
    "주주총회 소집결의\n1. 일시 : 2008년 3월 14일\n",
    "Notice\nPar value per share : KRW 5,000\nNumber of outstanding shares : 1,200,000\n",
]


def test_a_document_refused_by_the_figure_gate_reads_no_figure() -> None:
    from converter.extract.mechanisms.item_labels import may_name_a_figure
    from converter.extract.mechanisms.labelled_items import read_items

    refused = passed = 0
    for text in TEXTS + _DISCLOSURES_MADE:
        if may_name_a_figure(fold(text)):
            passed += 1
            continue
        reading = read_items(text)
        assert not any(not v.concept.startswith("@") for v in reading.values), text[:80]
        assert "merger" not in reading.topics
        refused += 1
    assert refused >= 10 and passed >= 10  # the gate decides both ways on these texts


def test_the_figure_gate_passes_every_made_disclosure() -> None:
    from converter.extract.mechanisms.item_labels import may_name_a_figure
    from converter.extract.mechanisms.labelled_items import read_items

    assert not may_name_a_figure(fold(_DISCLOSURES_MADE[0]))
    for text in _DISCLOSURES_MADE[1:]:
        reading = read_items(text)
        assert any(not v.concept.startswith("@") for v in reading.values) or "merger" in reading.topics, text
        assert may_name_a_figure(fold(text))


def test_rows_are_remembered_for_the_last_text_alone() -> None:
    """A row read again gives the first reading, and the memory holds one text, not one per row
    read: a batch of large filings must not keep earlier documents alive through it."""
    covers = [f"Form 20-F  {mark}    Form 40-F ___\n{name}\n" for mark, name in (("X", "a"), ("_", "b"), ("X", "c"))]
    for text in covers:
        text = text + " " * 10  # a new string object each time, as each document's text is
        first = checkbox.checked_in(text, 0, len(text), [FORM_20F, FORM_40F])
        again = checkbox.checked_in(text, 0, len(text), [FORM_20F, FORM_40F])
        assert first == again
        assert checkbox._ROWS.holds(text)
        assert checkbox.last_row_end(text, 0, len(text), [[FORM_20F, FORM_40F]]) is not None
    assert checkbox.checked_in(covers[0], 0, len(covers[0]), [FORM_20F, FORM_40F]) is not None
    assert checkbox.checked_in(covers[1], 0, len(covers[1]), [FORM_20F, FORM_40F]) is None
