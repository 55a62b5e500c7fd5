"""Legacy EDGAR plain-text documents: page markers out, table layout in.

EDGAR ASCII documents carry a few tags in their text (``data/edgar_text_tags.tsv``): ``<PAGE>``
between pages, ``<TABLE>``/``<CAPTION>``/``<S>``/``<C>``/``<FN>`` around tables, ``<F1>``
footnote references, ``<R>`` revision marks. Ingest removes them but keeps everything else:

* a line that holds only tags is dropped whole (with its line end), so the lines around it
  keep their exact columns;
* a ``<PAGE>`` tag starts a new page (its clean-text offset goes to ``page_starts``);
* a layout tag inside a line of text becomes spaces of the same width, so the columns the
  filer lined up stay lined up.

One regular-expression scan finds every tag, the text between tags is copied as whole runs:
linear time, one segment per run.

>>> raw = "<PAGE>\\nCover\\n<PAGE>\\n<TABLE>\\n<S>   <C>\\nItem  99.1<F1>\\n</TABLE>\\n"
>>> text, segments, pages, _ = clean_text(raw)
>>> text
'Cover\\nItem  99.1    \\n'
>>> pages
(0, 6)
"""

from __future__ import annotations

import re
from functools import cache

from converter.ingest.textmap import TextBuilder
from converter.model import Segment
from converter.resources import data_path


@cache
def edgar_tags() -> tuple[tuple[str, str], ...]:
    """(tag name pattern, action) rows from ``data/edgar_text_tags.tsv``."""
    rows = []
    for line in data_path("edgar_text_tags.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            pattern, action = line.split("\t")
            rows.append((pattern.strip(), action.strip()))
    return tuple(rows)


@cache
def _scanner() -> re.Pattern[str]:
    names = "|".join(pattern for pattern, _ in edgar_tags())
    tag = rf"</?(?:{names})>"
    blank = r"[ \t\x0c]"
    return re.compile(
        rf"(?P<line>^{blank}*(?:{tag}{blank}*)+(?:\r?\n|\Z))|(?P<tag>{tag})",
        re.MULTILINE | re.IGNORECASE,
    )


@cache
def _page_tag() -> re.Pattern[str]:
    names = "|".join(pattern for pattern, action in edgar_tags() if action == "page")
    return re.compile(rf"<(?:{names})>", re.IGNORECASE)


def write_text(builder: TextBuilder, start: int, end: int) -> None:
    """Append the clean text of ``raw[start:end]`` (an EDGAR ASCII document) to ``builder``."""
    raw = builder.raw
    page_tag = _page_tag()
    pos = start
    for match in _scanner().finditer(raw, start, end):
        builder.copy(pos, match.start())
        found = match.group()
        if match.lastgroup == "line":
            if page_tag.search(found) or "\x0c" in found:
                builder.page_break()
        elif page_tag.fullmatch(found):
            builder.page_break()
        else:
            builder.insert(" " * len(found), match.start())
        pos = match.end()
    builder.copy(pos, end)


def clean_text(
    raw: str, start: int = 0, end: int | None = None
) -> tuple[str, tuple[Segment, ...], tuple[int, ...], TextBuilder]:
    """Clean text, segments and page starts of ``raw[start:end]``, and the builder (for counts)."""
    builder = TextBuilder(raw)
    write_text(builder, start, len(raw) if end is None else end)
    text, segments, pages = builder.result()
    return text, segments, pages, builder
