"""Heads and windows cut from a document's fold instead of folded again (issue 17).

``gates.folded_piece`` cuts a piece's fold from the document's fold wherever each character of
the document folds alone (``folds_alone``): every ASCII text, and now every other text whose
fold is as long and that holds no Greek capital sigma (a Korean or Japanese document). The
classifier's and the readers' heads are cut so too. Each is compared here with the plain fold
of the piece, on every test and example document and on texts made to break the rule.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from converter.classify import HEAD_CHARS
from converter.extract import _Folded
from converter.parse import gates
from converter.parse.gates import fold, folded_piece, folded_text, folds_alone

ROOT = Path(__file__).resolve().parent.parent

# texts whose lowering reads a character's neighbours (a capital sigma ends a word or not), and
# characters that ``re.IGNORECASE`` or ``str.lower`` treat apart (dotted I, Kelvin sign, long s)
ODD = ["ΟΔΟΣ ΣΑ 본사", "서울 ΑΣ", "İSTANBUL 본사 Office", "STRAẞE ﬁRM 東京", "Kelvin \u212a and \u017f 株式会社",
       "ΣΣΣ", "Σ", "본사"]


def _texts() -> list[str]:
    paths = sorted((ROOT / "tests" / "data").rglob("*.txt")) + sorted((ROOT / "examples").glob("*.txt"))
    return [p.read_text(encoding="utf-8", errors="replace") for p in paths] + ODD


def _pieces(text: str, rng: random.Random) -> list[tuple[int, int]]:
    pieces = [(0, n) for n in (1500, 2500, 3000, 4000, 5000, 6000, len(text))]
    pieces += [(a, a + rng.randrange(0, 300)) for a in (rng.randrange(len(text) + 1) for _ in range(25))]
    pieces += [(i, j) for i in range(min(len(text), 6)) for j in range(i, min(len(text), 9) + 1)]
    return pieces


def test_every_piece_cut_from_the_fold_is_the_fold_of_the_piece() -> None:
    rng = random.Random(8)
    texts = _texts()
    cut = 0
    for text in texts:
        alone = folds_alone(text)
        cut += alone and not text.isascii()
        for start, end in _pieces(text, rng):
            assert folded_piece(text, start, end) == fold(text[start:end]), (text[:40], start, end)
            if alone:  # what the shortcut relies on, asked of the piece directly
                assert folded_text(text)[start:end] == fold(text[start:end]), (text[:40], start, end)
    assert cut >= 10  # non-ASCII documents are cut, not folded again: the shortcut is exercised


def test_a_text_holding_a_capital_sigma_is_folded_piece_by_piece() -> None:
    """The sigma lowers to a final sigma at a word's end: a piece ending inside a word would be
    folded otherwise than the whole's piece (the guard, asked of the odd texts above)."""
    assert not folds_alone("ΟΔΟΣ ΣΑ 본사") and folds_alone("서울 본사") and folds_alone("İSTANBUL 본사")
    text = "ΟΔΟΣΑ 본사"
    assert folded_text(text)[0:4] != fold(text[0:4])  # what cutting would have given
    assert folded_piece(text, 0, 4) == fold(text[0:4])


def test_no_character_folds_to_two() -> None:
    """``folds_alone`` tells a text whose fold is longer by its length; none is today (``fold``
    replaces the dotted capital I, the one character ``str.lower`` lowers to two): were one to,
    the length test, not this assumption, keeps the pieces right."""
    longer = [c for c in map(chr, range(sys.maxunicode + 1))
              if not 0xD800 <= ord(c) < 0xE000 and len(fold(c)) != 1]
    assert longer == []
    text = "\u0130\u0130 본사"
    assert len(folded_text(text)) == len(text) and folds_alone(text)


def test_the_shortcut_can_be_seen_failing(monkeypatch) -> None:
    """Broken on purpose (every text said to fold alone), the comparison above fails on a sigma."""
    monkeypatch.setattr(gates, "_folds_alone", lambda text: True)
    text = "ΟΔΟΣΑ 본사"
    assert folded_piece(text, 0, 4) != fold(text[0:4])


def test_the_readers_and_the_classifiers_heads_are_the_heads_folds() -> None:
    """The readers' evidence reads ``_Folded.head`` and the classifier ``folded_piece`` of its
    head: both cut from the document's fold where they can be, both the fold of the head, also
    where a capital sigma ends the head (folded alone it is a final sigma, in the whole a medial
    one)."""
    cut_at_sigma = ["\u0391" * (n - 1) + "\u03a3\u0391 본사" for n in (HEAD_CHARS, 5000)]
    cut_at_sigma += ["A" * (n - 1) + "\u03a3\u0391" for n in (HEAD_CHARS, 5000)]
    for text in _texts() + cut_at_sigma:
        folded = _Folded(text)
        assert folded.head == fold(text[:5000]) and folded.whole == fold(text)
        assert folded_piece(text, 0, HEAD_CHARS) == fold(text[:HEAD_CHARS])
    assert fold(cut_at_sigma[0])[:HEAD_CHARS] != fold(cut_at_sigma[0][:HEAD_CHARS])  # the edge bites
