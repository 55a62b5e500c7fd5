"""The listing reader's codes are looked for from the labelled codes outward, and that finds
what the full scan finds.

``codes`` tries the "code" pattern (an exchange's name, then a labelled code) only within its
reach before a place where a labelled code ("bare_code") matches, and those only within their
own, shorter reach of the label's words. On every text document of the tests and examples, and
on texts made for the edges (an exchange's name far before its code, spacing and commas
between, codes that are no listing's, a page of 'code' words with no label), the matches are
those of ``finditer`` over the same head, and a text without a labelled code is tried no
further.
"""

from __future__ import annotations

from document_texts import file_texts

from converter.extract.mechanisms import listings
from converter.parse.match_starts import matches_from

_MADE = [
    "Example Holdings, Inc.\nTSE code number: 9999\n",
    "Code number: 9999 Listed exchange: JASDAQ Head office: Osaka",
    "listed on the Tokyo Stock Exchange First Section, code 9999.",
    # the exchange's name, then spaces and commas, then the label: the match opens at the name
    "Tokyo Stock Exchange First Section,   ,,  \n\n  code 9999",
    "New York Stock Exchange\n\n\n\nCode No. 12345",
    "Nasdaq Global Select Market , common stock code : 0999",
    # labels of no listing's code, and 'code' words with no label's form
    "postal code: 1234, listed below", "Form code No. 1234 of the Civil Code", "livestock code: 1234",
    "The code of conduct and the civil code apply. " * 40,
    "上場取引所 東 大\nコード番号 9999\n", "証券コード 9999 東証第一部",
    "股票代码：600987\n股票上市地点：上海证券交易所及香港联合交易所\n", "A股股票代码：600987",
    "|common stock code : 9999\n|1. The name of the company", "code", "", "c\u0130ty code 1234 Stock",
]


def _plain(text: str, end: int) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in listings._patterns()["code"].finditer(text, 0, end)]


def test_code_matches_from_the_labelled_codes_are_the_full_scan() -> None:
    patterns = listings._patterns()
    texts = list(file_texts()) + _MADE
    found = 0
    for text in texts:
        for end in (listings.HEAD, len(text)):
            head = text[:min(end, len(text))]
            starts = listings._code_match_starts(head)
            got = [(m.span(), m.groupdict()) for m in matches_from(patterns["code"], text, starts, len(head))]
            assert got == _plain(text, len(head)), text[:60]
            assert bool(starts) == bool(patterns["bare_code"].search(head)), text[:60]
            found += bool(got)
    assert found >= 8  # texts with codes were read, not only texts without


def test_codes_reads_the_listings_of_the_made_texts() -> None:
    read = {text: [(x.exchange, x.symbol) for x in listings.codes(text)] for text in _MADE}
    assert read["Tokyo Stock Exchange First Section,   ,,  \n\n  code 9999"] == [
        ("Tokyo Stock Exchange First Section", "9999")]
    assert read["Nasdaq Global Select Market , common stock code : 0999"][0][1] == "0999"
    assert read["postal code: 1234, listed below"] == []
    assert read["The code of conduct and the civil code apply. " * 40] == []
