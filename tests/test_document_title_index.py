"""A 6-K excerpt that opens with the index of its items ("Index", "Table of Contents",
"Contents", "Exhibit Index" over numbered item lines): the heading is no title, and where the
index's first item is the document's only subject nothing more is certain, so the title is left
out. Invented documents."""

from __future__ import annotations

import pytest

from converter.extract.document import document_title
from converter.extract.registrant import registrant_name
from converter.ingest import ingest_bytes

BODY = """

1. Hanbit Electronics Announces Results of Annual General Meeting of Shareholders

Hanbit Electronics Co., Ltd. (the "Company") held its annual general meeting of shareholders on
March 14, 2008 in Seoul, Korea. All agenda items were approved as proposed.
"""


def _title(text: str) -> str | None:
    document = ingest_bytes(text.encode("utf-8"), "doc.txt").documents[0]
    registrant = registrant_name(document, None)
    found = document_title(document, str(registrant.value) if registrant else None)
    return None if found is None else str(found.value)


@pytest.mark.parametrize("heading", ["Index", "INDEX", "Table of Contents", "Contents", "Exhibit Index"])
def test_an_index_heading_is_no_title(heading: str) -> None:
    assert _title(heading + BODY) is None


def test_a_heading_that_names_an_index_is_still_a_title() -> None:
    text = "Hanbit Electronics Joins the KOSPI 200 Index\n\nSeoul, May 2, 2008 -- Hanbit Electronics said today its shares join the index.\n"
    assert _title(text) == "Hanbit Electronics Joins the KOSPI 200 Index"
