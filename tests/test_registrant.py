"""The registrant of a release: the company it defines as "the Company", the company with a legal
form that its first sentence says announced something, a Korean release's 주식회사 subject."""

from __future__ import annotations

import pytest

from converter.extract.document import registrant_name
from converter.ingest import ingest_bytes

HEAD = "                                                       Exhibit 99.1\n\nFOR IMMEDIATE RELEASE\n\n"
CASES = [
    # defined term after another short name
    ('Seoul, Korea, April 28, 2004 -- Daewoo Shipbuilding & Marine Engineering Co., Ltd.\n'
     '(KRX: 042660) ("DSME" or "the Company") today announced its results.',
     "Daewoo Shipbuilding & Marine Engineering Co., Ltd."),
    ('SEOUL, July 22, 2003 - Shinhan Financial Group Co., Ltd. ("SFG" or the "Group") reported\n'
     'net income for the first half.', "Shinhan Financial Group Co., Ltd."),
    ('Pohang, Korea, October 15, 2003 - Daehan Steel Corporation (hereinafter "the Company")\n'
     'has posted record sales.', "Daehan Steel Corporation"),
    # no defined term: the subject of 'announced' with a legal form
    ("Seoul, Korea, January 29, 2004 -- Korea Electric Power Corporation (NYSE: KEP) today\n"
     "announced its unaudited results for fiscal year 2003.", "Korea Electric Power Corporation"),
    ("TOKYO, May 12, 2003 -- Nippon Hikari Kogyo Co., Ltd. (TSE: 6789) announced today that its\n"
     "net sales rose.", "Nippon Hikari Kogyo Co., Ltd."),
    ("NEW YORK, March 3, 2005 /PRNewswire/ -- Harbor Point Holdings, Inc. reported fourth quarter\n"
     "revenues of $12.5 million.", "Harbor Point Holdings, Inc."),
    # Korean releases
    ("2004년 4월 28일\n\n대한해운 주식회사(대표이사 김철수)는 2004년 1분기 매출액이 3,260억원이라고 밝혔다.",
     "대한해운 주식회사"),
    ("2003년 7월 24일\n\n㈜한빛정밀은 상반기 영업이익이 412억원으로 집계됐다고 밝혔다.", "㈜한빛정밀"),
]


def registrant(body: str) -> str | None:
    document = ingest_bytes((HEAD + body + "\n").encode("utf-8"), "release.txt").documents[0]
    found = registrant_name(document, None)
    if found is None:
        return None
    assert document.text[found.start:found.end].split() == str(found.value).split()  # its own span
    return str(found.value)


@pytest.mark.parametrize(("body", "name"), CASES, ids=[c[1][:24] for c in CASES])
def test_registrant_of_a_release(body, name):
    assert registrant(body) == name


@pytest.mark.parametrize("body", [
    "Seoul, Korea, May 2, 2004 -- The Company today announced that its board approved a dividend.",
    "SEOUL, June 1, 2004 -- Analysts said the market for broadband services grew.",
])
def test_no_company_named_no_registrant(body):
    assert registrant(body) is None
