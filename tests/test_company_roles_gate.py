"""The role reader's word gate (``company_roles._may_name_role``) must pass every sentence its
patterns can match: each role and each mark-with-descriptor of ``data/name_words.tsv``, in any
case, opening a sentence or owning its measure, is still read."""

import pytest

from converter.extract.mechanisms.company_roles import _may_name_role, role_company
from converter.extract.mechanisms.names import words
from converter.parse.gates import fold

ROLES = sorted(p for p in words("en_role") if p.isascii())
MARKED = sorted(f"{m} {d}" for m in words("en_role_mark") for d in words("descriptor") if (m + d).isascii())


@pytest.mark.parametrize("role", ROLES + MARKED)
def test_every_role_of_the_data_passes_the_gate(role):
    for sentence in (f"The {role}'s revenue rose 8 percent to 9 trillion won.",
                     f"Net profit at the {role.upper()} rose 6 percent.",
                     f"Meanwhile, its {role.title()} Gaon Motors said sales fell 2%."):
        assert _may_name_role(fold(sentence)), sentence
        assert role_company(sentence) is not None, sentence


@pytest.mark.parametrize("sentence", [
    "Hanbit Electronics said its revenue rose 8 percent to 9 trillion won.",
    "Other income fell 40 percent in the quarter.",            # a mark word without a descriptor
    "The company's operating profit rose 3% on strong demand.",  # a descriptor without a mark
])
def test_sentences_without_a_role_are_not_read(sentence):
    assert not _may_name_role(fold(sentence))
    assert role_company(sentence) is None
