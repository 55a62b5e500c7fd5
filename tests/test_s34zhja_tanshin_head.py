"""A kessan tanshin whose header a web copy ran onto one line ("平成30年5月11日 上場会社名 株式会社X
上場取引所 東 コード番号 ..."): the registrant is the 株式会社 name after the label, as on a header
of lines; a name spaced out after its legal form is no name. Companies are invented."""

from __future__ import annotations

import pytest
from factlib import facts

from converter.pipeline import convert_text

HEAD = ("平成30年5月11日 上場会社名 {name} 上場取引所 東 コード番号 9876 URL http://www.example.co.jp/ "
        "代表者 (役職名) 代表取締役社長 (氏名) 山田 太郎\n")


@pytest.mark.parametrize(("name", "registrant"), [
    ("株式会社カナデ", "株式会社カナデ"),
    ("カナデ電機株式会社", "カナデ電機株式会社"),
    ("株式会社 カナデ 電機", None),  # spaced out: the form alone is no name
])
def test_registrant_of_a_header_run_onto_one_line(name: str, registrant: str | None) -> None:
    (converted,) = convert_text(HEAD.format(name=name), "tanshin.txt")
    names = {f.value for f in facts(converted) if f.concept == "EntityRegistrantName"}
    assert names == ({registrant} if registrant else set())
