"""The output formats of ``doc2xbrl convert --format``: one fact model, several renderings.

Every format renders the same validated ``Converted`` (its ``Instance`` and source document),
so the XBRL instance, the Inline XBRL review page and the OIM reports always say the same.
Each format returns ``(file name, bytes)`` pairs named from the instance's stem (its name without
``.xml``): every file of one document shares the stem, except an xBRL-CSV table whose stem would
need percent-encoding in its metadata's URL (``render_oim.table_file_name``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Sequence

from converter.errors import Doc2XbrlError

if TYPE_CHECKING:
    from converter.pipeline import Converted

Rendered = tuple[tuple[str, bytes], ...]


def stem(converted: "Converted") -> str:
    return converted.output_name.removesuffix(".xml")


def _xbrl(converted: "Converted") -> Rendered:
    return ((stem(converted) + ".xml", converted.xml),)


def _ixbrl(converted: "Converted") -> Rendered:
    from converter.render_ixbrl import render_ixbrl

    return ((stem(converted) + ".xhtml", render_ixbrl(converted)),)


def _json(converted: "Converted") -> Rendered:
    from converter.render_oim import render_oim_json

    return ((stem(converted) + ".json", render_oim_json(converted)),)


def _csv(converted: "Converted") -> Rendered:
    from converter.render_oim import render_oim_csv

    return render_oim_csv(converted, stem(converted))


FORMATS: dict[str, Callable[["Converted"], Rendered]] = {
    "xbrl": _xbrl,
    "ixbrl": _ixbrl,
    "json": _json,
    "csv": _csv,
}


def parse_formats(text: str) -> tuple[str, ...]:
    """``'xbrl,ixbrl, json'`` -> ``('xbrl', 'ixbrl', 'json')``, unknown names refused.

    >>> parse_formats("xbrl, ixbrl,json,xbrl")
    ('xbrl', 'ixbrl', 'json')
    """
    names = tuple(dict.fromkeys(part.strip().lower() for part in text.split(",") if part.strip()))
    unknown = [name for name in names if name not in FORMATS]
    if unknown or not names:
        raise Doc2XbrlError("--format", f"unknown format {', '.join(unknown) or text!r}; choose from {', '.join(FORMATS)}")
    return names


def render_formats(converted: "Converted", formats: Sequence[str]) -> Rendered:
    """``(file name, bytes)`` for each requested format, in the order asked."""
    files: list[tuple[str, bytes]] = []
    for name in formats:
        if name not in FORMATS:
            raise Doc2XbrlError("--format", f"unknown format {name!r}; choose from {', '.join(FORMATS)}")
        files += FORMATS[name](converted)
    return tuple(files)
