"""The render stage: an ``Instance`` -> XBRL 2.1 instance bytes, through a Jinja2 template.

The template only formats; every value, id and order was fixed by the map stage. Autoescaping
is on, so text from filings (``&``, ``<``) cannot break the XML.
"""

from __future__ import annotations

from functools import cache

import jinja2

from converter import __version__
from converter.model import Instance
from converter.resources import templates_dir

SOURCE_NAMESPACE = "http://doc2xbrl.org/source"
PREFIX = "d2x"


@cache
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


def _comment_safe(text: str) -> str:
    """XML comments may not contain '--'."""
    return text.replace("--", "-\u2010")


def render_instance(instance: Instance) -> bytes:
    template = environment().get_template("instance.xml.j2")
    text = template.render(
        instance=instance,
        prefix=PREFIX,
        domains=dict(instance.axes_domains),
        source_namespace=SOURCE_NAMESPACE,
        source_name=_comment_safe(instance.source_file_name),
        version=__version__,
    )
    return text.encode("utf-8")
