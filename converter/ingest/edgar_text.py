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
from converter.resources import data_rows


@cache
def edgar_tags() -> tuple[tuple[str, str], ...]:
    """(tag name pattern, action) rows from ``data/edgar_text_tags.tsv``."""
    return tuple((pattern.strip(), action.strip()) for pattern, action in data_rows("edgar_text_tags.tsv"))


@cache
def _tag() -> re.Pattern[str]:
    names = "|".join(pattern for pattern, _ in edgar_tags())
    # A literal "<" first lets the regex engine skip ahead fast: the scan costs little per MB.
    return re.compile(rf"</?(?:{names})>", re.IGNORECASE)


@cache
def _tag_line() -> re.Pattern[str]:
    return re.compile(rf"[ \t\x0c]*(?:{_tag().pattern}[ \t\x0c]*)+", re.IGNORECASE)


@cache
def _page_tag() -> re.Pattern[str]:
    names = "|".join(pattern for pattern, action in edgar_tags() if action == "page")
    return re.compile(rf"<(?:{names})>", re.IGNORECASE)


def write_text(builder: TextBuilder, start: int, end: int) -> None:
    """Append the clean text of ``raw[start:end]`` (an EDGAR ASCII document) to ``builder``."""
    raw = builder.raw
    pos = start
    line: tuple[int, int, bool] = (-1, -1, False)  # the line of the last tag and its verdict
    for match in _tag().finditer(raw, start, end):
        at = match.start()
        if at < pos:
            continue  # inside a tag-only line already dropped
        if not line[0] <= at < line[1]:
            line = _line_of(raw, at, start, end)
        line_start, line_end, tags_only = line
        if tags_only:
            builder.copy(pos, line_start)
            dropped = raw[line_start:line_end]
            if _page_tag().search(dropped) or "\x0c" in dropped:
                builder.page_break()
            pos = line_end
            continue
        builder.copy(pos, at)
        if _page_tag().fullmatch(match.group()):
            builder.page_break()
        else:
            builder.insert(" " * (match.end() - at), at)
        pos = match.end()
    builder.copy(pos, end)


def _line_of(raw: str, at: int, start: int, end: int) -> tuple[int, int, bool]:
    """(start, end after its line break, holds only tags) of the line around offset ``at``."""
    line_start = raw.rfind("\n", start, at) + 1 or start
    line_start = max(line_start, start)
    newline = raw.find("\n", at, end)
    content_end = end if newline == -1 else newline
    line_end = end if newline == -1 else newline + 1
    body_end = content_end - 1 if raw[content_end - 1 : content_end] == "\r" else content_end
    tags_only = _tag_line().fullmatch(raw, line_start, body_end) is not None
    return line_start, line_end, tags_only


def clean_text(
    raw: str, start: int = 0, end: int | None = None
) -> tuple[str, tuple[Segment, ...], tuple[int, ...], TextBuilder]:
    """Clean text, segments and page starts of ``raw[start:end]``, and the builder (for counts)."""
    builder = TextBuilder(raw)
    write_text(builder, start, len(raw) if end is None else end)
    text, segments, pages = builder.result()
    return text, segments, pages, builder
