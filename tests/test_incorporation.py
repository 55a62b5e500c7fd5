"""Where a company says it is incorporated, in the words right after its name at the head of a
document (a Hong Kong letterhead, an agreement's preamble): an EntityIncorporationCountryCode
fact of the registrant, never of another company the text names."""

from __future__ import annotations

import pytest

from converter.pipeline import convert_text


def incorporation(text: str) -> list[str]:
    (converted,) = convert_text(text, "notice.txt")
    return [str(f.value) for f in converted.instance.facts if f.concept == "EntityIncorporationCountryCode"]


@pytest.mark.parametrize(("head", "code"), [
    ("PACIFIC HARBOUR HOLDINGS LIMITED\n(Incorporated in Bermuda with limited liability)\n(Stock Code: 1234)\n", "BM"),
    ("HUAXIN ENERGY HOLDINGS LIMITED\n   (incorporated in the People's Republic of China with limited liability)\n", "CN"),
    ("Victoria Harbour Limited (incorporated in Hong Kong with limited liability) (Stock Code: 873)\n", "HK"),
])
def test_a_letterhead_states_the_registrants_jurisdiction(head: str, code: str) -> None:
    text = head + "\nANNOUNCEMENT OF RESULTS FOR THE YEAR ENDED 31ST DECEMBER, 2005\n\nHong Kong, 20th March, 2006\n"
    assert incorporation(text) == [code]


def test_another_companys_jurisdiction_is_not_the_registrants() -> None:
    text = ("PACIFIC HARBOUR HOLDINGS LIMITED\n(Stock Code: 1234)\n\nDISCLOSEABLE TRANSACTION\n\n"
            "The Company has agreed to acquire Sunrise Shipping Limited, a company incorporated in the\n"
            "Cayman Islands with limited liability.\n\nHong Kong, 20th March, 2006\n")
    assert incorporation(text) == []
