"""HTML documents: the text a reader sees, with every character's offset in the raw file.

lxml's tree gives no character offsets, so ingest reads HTML with a small scanner of its own:
``str.find`` jumps from ``<`` to ``>``, the text between tags is copied as runs, entities and
whitespace are handled by one regular expression. Every step consumes what it scanned, so the
scan is linear even on broken markup (an unterminated tag or comment swallows the rest of the
document, as browsers do, with a warning). The tests check that the words it finds are the
words ``lxml.html`` finds in the same document.

What the text looks like (``data/html_blocks.tsv``): block elements (``p``, ``div``, ``tr``,
``li``, headings...) start new lines, paragraphs are separated by a blank line, ``<br>`` is a
line break, table cells of a row are separated by a tab, ``script`` and ``style`` are dropped,
runs of white space collapse to one space (except inside ``pre``), entities are decoded
(``&nbsp;`` becomes a plain space). A page break is recorded for EDGAR's ``<PAGE>`` tag and
for CSS ``page-break-before`` / ``page-break-after``.

>>> from converter.ingest.textmap import TextBuilder
>>> raw = "<html><body><p>Revenues of\\n  KRW&nbsp;1.2 billion</p><br>A&amp;B<table>"
>>> raw += "<tr><td>Form 20-F</td><td>X</td></tr></table><script>x=1</script></body></html>"
>>> b = TextBuilder(raw)
>>> write_html(b, 0, len(raw))
([], ())
>>> b.text()
'Revenues of KRW 1.2 billion\\n\\n\\nA&B\\n\\nForm 20-F\\tX\\n\\n'
>>> nbsp = next(s for s in b.segments if s.text_start == b.text().index(" 1.2"))
>>> raw[nbsp.raw_start : nbsp.raw_start + 6], nbsp.length  # inserted, anchored at its "&"
('&nbsp;', 0)
>>> b = TextBuilder(raw := '<p>Letter</p><p align="center"><b>NOTICE</b><br>of meeting<p>Dear')
>>> warnings, centered = write_html(b, 0, len(raw))
>>> [b.text()[s:e].strip() for s, e in centered]
['NOTICE\\nof meeting']
"""

from __future__ import annotations

import html
import re
from functools import cache

from converter.ingest.textmap import PLAIN_LOOK_ALIKES, TextBuilder
from converter.resources import data_rows

_TAG_NAME = re.compile(r"</?\s*([A-Za-z][A-Za-z0-9:._-]*)")
_ENTITY = r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)"
_ENTITIES = re.compile(rf"(?P<ent>{_ENTITY})")
# White space that collapses to one space: a run of two or more, or one that is not a space.
_TEXT_PARTS = re.compile(rf"(?P<ws>[ \t\r\n\x0c]{{2,}}|[\t\r\n\x0c])|(?P<ent>{_ENTITY})")
_BLANKS = re.compile(r"[ \t\r\n\x0c]+")
QUOTED_VALUE_MAX = 4096
_PAGE_BREAK_STYLE = re.compile(r"page-break-(?:before|after)\s*:\s*always", re.IGNORECASE)
# A block laid out centred: <center>, ALIGN=CENTER, or CSS text-align:center. Plain text shows
# centring by its leading spaces; HTML drops those, so ingest records the centred ranges.
_CENTER_ATTRIBUTE = re.compile(r"""\balign\s*=\s*["']?center\b|\btext-align\s*:\s*center\b""", re.IGNORECASE)
_BLOCK_KINDS = ("paragraph", "line")


_FONT_FACE = re.compile(r"""\b(?:face\s*=\s*["']?|font-family\s*:\s*["']?)([^"';,>]+)""", re.IGNORECASE)


@cache
def symbol_fonts() -> dict[str, dict[str, str]]:
    """Font name -> {character typed: character shown} from ``data/symbol_fonts.tsv``."""
    fonts: dict[str, dict[str, str]] = {}
    for font, code, shown, *_ in data_rows("symbol_fonts.tsv"):
        fonts.setdefault(font.strip(), {})[chr(int(code))] = chr(int(shown, 16))
    return fonts


@cache
def html_blocks() -> dict[str, str]:
    """Element name -> kind (paragraph, line, break, cell, skip) from ``data/html_blocks.tsv``."""
    return {name.strip(): kind.strip() for name, kind in data_rows("html_blocks.tsv")}


class _HtmlWriter:
    def __init__(self, builder: TextBuilder, end: int) -> None:
        self.b = builder
        self.raw = builder.raw
        self.end = end
        self.in_pre = 0
        self.warnings: list[str] = []
        self.kinds = html_blocks()
        self.faces: list[str | None] = []  # font of each open <font> / <span>, None: inherited
        self.symbols: dict[str, str] | None = None  # the innermost font's, when a symbol font
        self.centring: list[tuple[str, int]] = []  # open centred blocks: (element, text offset)
        self.centered: list[tuple[int, int]] = []  # closed ones: text ranges

    def run(self, start: int) -> None:
        raw, end, pos = self.raw, self.end, start
        while pos < end:
            lt = raw.find("<", pos, end)
            if lt == -1:
                self.text(pos, end)
                break
            self.text(pos, lt)
            pos = self.markup(lt)
        self.close_centring(0)  # blocks left open end with the document

    def markup(self, lt: int) -> int:
        """Handle the markup starting at ``lt``; return where scanning goes on."""
        raw, end = self.raw, self.end
        if raw.startswith("<!--", lt):
            close = raw.find("-->", lt + 4, end)
            if close == -1:
                self.warnings.append(f"HTML comment at offset {lt} is never closed")
                return end
            return close + 3
        nxt = raw[lt + 1 : lt + 2]
        if not (nxt.isalpha() or nxt in ("/", "!", "?")) or not nxt:
            self.text(lt, lt + 1)  # a bare "<" in running text
            return lt + 1
        gt = raw.find(">", lt + 1, end)
        if gt == -1:
            self.warnings.append(f"HTML tag at offset {lt} is never closed; rest of document dropped")
            return end
        if raw.count('"', lt, gt) % 2:
            gt = self._after_quoted_value(gt)
        return self.tag(lt, gt + 1)

    def _after_quoted_value(self, gt: int) -> int:
        """The ``>`` ending a tag whose ``>`` at ``gt`` sits inside a double-quoted value."""
        # The closing quote is looked for nearby only, so broken quotes cannot make this
        # quadratic: a tag with a stray quote then simply ends at its first ">".
        quote = self.raw.find('"', gt, min(self.end, gt + QUOTED_VALUE_MAX))
        after = self.raw.find(">", quote, self.end) if quote != -1 else -1
        return after if after != -1 else gt

    def tag(self, lt: int, after: int) -> int:
        match = _TAG_NAME.match(self.raw, lt, after)
        if not match:
            return after  # <!DOCTYPE>, <?xml?>, <![CDATA[...]> and the like carry no text
        name = match.group(1).lower()
        closing = self.raw[lt + 1] == "/"
        kind = self.kinds.get(name)
        b = self.b
        has_attributes = after - match.end() > 1
        if kind in _BLOCK_KINDS:
            self.centring_tag(name, closing, has_attributes and _CENTER_ATTRIBUTE.search(self.raw, lt, after))
        if name == "page" or has_attributes and _PAGE_BREAK_STYLE.search(self.raw, lt, after):
            b.ensure_newlines(1, lt)
            b.page_break()
        if kind == "paragraph":
            b.ensure_newlines(2, lt)
        elif kind == "line":
            b.ensure_newlines(1, lt)
        elif kind == "break":
            b.insert("\n", lt)
        elif kind == "cell" and not closing and b.last_char != "\n":
            b.insert("\t", lt)
        elif kind == "skip" and not closing and not self.raw.startswith("/>", after - 2):
            return self.skip_element(name, after)
        if name in ("font", "span"):
            self.font_tag(closing, lt, after)
        if name == "pre":
            self.in_pre = max(self.in_pre + (-1 if closing else 1), 0)
            if not closing and self.raw.startswith("\n", after):
                return after + 1  # HTML ignores a line break right after <pre>
        return after

    def centring_tag(self, name: str, closing: bool, aligned: object) -> None:
        """Open or close a centred block; an open ``<p>`` ends where the next block starts."""
        if self.centring and self.centring[-1][0] == "p" and (not closing or name == "p"):
            self.close_centring(len(self.centring) - 1)
        if closing:
            depth = next((i for i in range(len(self.centring) - 1, -1, -1) if self.centring[i][0] == name), None)
            if depth is not None:
                self.close_centring(depth)
        elif name == "center" or aligned:
            self.centring.append((name, len(self.b)))

    def close_centring(self, depth: int) -> None:
        """Close the centred blocks from ``depth`` up (inner ones close with their parent)."""
        while len(self.centring) > depth:
            _, start = self.centring.pop()
            if start < len(self.b):
                self.centered.append((start, len(self.b)))

    def font_tag(self, closing: bool, lt: int, after: int) -> None:
        """Track the font in effect, to show a symbol font's characters as what they draw."""
        if closing:
            if self.faces:
                self.faces.pop()
        else:
            face = _FONT_FACE.search(self.raw, lt, after)
            self.faces.append(face.group(1).strip().lower() if face else None)
        innermost = next((f for f in reversed(self.faces) if f is not None), None)
        self.symbols = symbol_fonts().get(innermost) if innermost else None

    def symbol_text(self, start: int, end: int) -> None:
        """Text in a symbol font: each character (or entity) as what the font draws for it."""
        pos = start
        for match in _ENTITIES.finditer(self.raw, start, end):
            self.symbol_chars(pos, self.raw[pos : match.start()])
            self.symbol_chars(match.start(), html.unescape(match.group()), entity=True)
            pos = match.end()
        self.symbol_chars(pos, self.raw[pos:end])

    def symbol_chars(self, at: int, chars: str, entity: bool = False) -> None:
        for i, char in enumerate(chars):
            shown = self.symbols.get(char) if self.symbols else None
            if shown:
                self.b.insert(shown, at if entity else at + i)
            elif entity:
                self.b.insert(char.translate(PLAIN_LOOK_ALIKES), at)
            elif not char.isspace() or self.b.last_char not in " \t\n":
                self.b.copy(at + i, at + i + 1)

    def skip_element(self, name: str, after: int) -> int:
        close = re.compile(rf"</{name}\s*>", re.IGNORECASE).search(self.raw, after, self.end)
        if close is None:
            self.warnings.append(f"<{name}> at offset {after} is never closed")
            return self.end
        return close.end()

    def text(self, start: int, end: int) -> None:
        """Copy running text: decode entities, collapse white space outside ``pre``."""
        if start >= end:
            return
        if self.symbols:
            self.symbol_text(start, end)
            return
        b, raw = self.b, self.raw
        if not self.in_pre and b.last_char in " \t\n":
            lead = _BLANKS.match(raw, start, end)  # blanks after a blank or at a line start
            start = lead.end() if lead else start
        # Single spaces between words stay inside the copied runs: few segments per line.
        parts = _ENTITIES if self.in_pre else _TEXT_PARTS
        pos = start
        for match in parts.finditer(raw, start, end):
            b.copy(pos, match.start())
            pos = match.end()
            if match.lastgroup == "ent":
                self.entity(match.start(), match.group())
            elif b.last_char not in " \t\n":
                b.insert(" ", match.start())
        b.copy(pos, end)

    def entity(self, at: int, entity: str) -> None:
        decoded = html.unescape(entity)
        if decoded == entity:
            self.b.copy(at, at + len(entity))  # not an entity after all: keep the characters
            return
        # Each &nbsp; is one plain space, never collapsed: filers use runs of them to lay out;
        # '&#8209;' is a hyphen as the copied U+2011 is.
        self.b.insert(decoded.translate(PLAIN_LOOK_ALIKES), at)


def write_html(builder: TextBuilder, start: int, end: int) -> tuple[list[str], tuple[tuple[int, int], ...]]:
    """Append the clean text of the HTML in ``raw[start:end]``; return the warnings and the
    text ranges laid out centred, in order."""
    writer = _HtmlWriter(builder, end)
    writer.run(start)
    return writer.warnings, _merged(writer.centered)


def _merged(ranges: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Nested and touching ranges as one (a centred <p> inside a centred <div>)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return tuple(out)


_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html|<head|<body)",
    re.IGNORECASE | re.DOTALL,
)
# Many EDGAR HTML exhibits of the early 2000s start right with <P> or <DIV>, no <HTML> around
# them. These elements never occur in EDGAR ASCII documents, whose own tags (<PAGE>, <TABLE>,
# <S>, <C>...) are bare upper-case words.
_HTML_ELEMENT = re.compile(
    r"<(?:p|div|font|br|center|b|i|u|hr|tr|td|body|title|meta)(?:\s[^<>]*)?/?>", re.IGNORECASE
)
_HTML_SUFFIXES = (".htm", ".html")
HTML_SNIFF = 4096


def looks_like_html(
    raw: str, start: int = 0, end: int | None = None, filename: str | None = None
) -> bool:
    """True when ``raw[start:end]`` is HTML: it opens like an HTML document, its name says so,
    or its beginning holds at least two HTML elements.

    >>> looks_like_html("  <!DOCTYPE html PUBLIC '-//W3C//DTD HTML 4.01//EN'><html>")
    True
    >>> looks_like_html("<P ALIGN=CENTER><FONT SIZE=2>EXHIBIT 99.1</FONT></P>")
    True
    >>> looks_like_html("<PAGE>\\n<TABLE>\\n<CAPTION>\\n<S>     <C>\\n</TABLE>\\n")
    False
    >>> looks_like_html("Exhibit", filename="ex99.htm")
    True
    """
    if filename and filename.strip().lower().endswith(_HTML_SUFFIXES):
        return True
    stop = min(len(raw) if end is None else end, start + HTML_SNIFF)
    if _HTML_START.match(raw, start, stop):
        return True
    hints = _HTML_ELEMENT.finditer(raw, start, stop)
    return next(hints, None) is not None and next(hints, None) is not None


# the elements a web copy wraps a text document in: no layout of their own
_WRAPPER = frozenset({"html", "head", "body", "div", "title", "meta"})
_WRAPPER_TAGS_MAX = 12
_ENTITY_ANYWHERE = re.compile(_ENTITY)


def is_wrapped_text(raw: str, start: int = 0, end: int | None = None) -> bool:
    """True when ``raw[start:end]`` is a plain text document (lines laid out with spaces, EDGAR's
    own tags) inside a few wrapper elements and nothing else of HTML: no entity, no element
    but ``html``, ``head``, ``body``, ``div``, ``title`` or ``meta``. Read as HTML, its line
    structure would collapse into one line per wrapper; read as text, it keeps its layout.

    >>> is_wrapped_text("<html><body><div>\\n   FORM 20-F\\n<TABLE>\\n<S>  <C>\\n</TABLE>\\n</div></body></html>")
    True
    >>> is_wrapped_text("<html><body><p>Revenues</p>\\n<p>rose</p>\\n\\n\\n</body></html>")
    False
    >>> is_wrapped_text("<html><body><div>\\nAT&amp;T\\n\\n\\n</div></body></html>")
    False
    """
    end = len(raw) if end is None else end
    wrappers = 0  # the tags first: a page of HTML shows a <p> or a <td> early, and is left at once
    for match in _TAG_NAME.finditer(raw, start, end):
        name = match.group(1).lower()
        if name in _WRAPPER:
            wrappers += 1
            if wrappers > _WRAPPER_TAGS_MAX:
                return False
        elif not _is_edgar_text_tag(name):
            return False
    return wrappers > 0 and raw.count("\n", start, end) >= 3 and not _ENTITY_ANYWHERE.search(raw, start, end)


@cache
def _edgar_text_tag() -> re.Pattern[str]:
    """A tag name of the text reader's table (``data/edgar_text_tags.tsv``: <PAGE>, <S>, <C>...)."""
    from converter.ingest.edgar_text import edgar_tags  # the text reader imports nothing of ours

    return re.compile("|".join(f"(?:{pattern})" for pattern, _ in edgar_tags()), re.IGNORECASE)


def _is_edgar_text_tag(name: str) -> bool:
    return _edgar_text_tag().fullmatch(name) is not None
