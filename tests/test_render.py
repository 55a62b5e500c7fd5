"""The render stage: an ``Instance`` written as XBRL 2.1 instance bytes.

``data/render/every-branch.xml`` is what the Jinja2 template (``templates/instance.xml.j2``)
writes for :func:`every_branch`: an instance that takes each branch of the layout (forever,
instant and duration periods; contexts with and without typed members; plain and divided units;
facts with and without unit, language and source span) and carries every character XML needs
escaped, in every place text from a filing can reach. A change of the template's output shows
here first.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from lxml import etree

from converter import __version__
from converter.model import Context, Fact, Instance, Period, Span, Unit, UnitSpec
from converter.render import render_instance

EXPECTED = Path(__file__).resolve().parent / "data" / "render" / "every-branch.xml"
D2X = "http://doc2xbrl.org/taxonomy/2026-11"
ODD_TEXT = 'Lee & Sons <"Holdings"> Ltd.\'s -- board'


def every_branch() -> Instance:
    q3 = Period.duration(dt.date(2004, 7, 1), dt.date(2004, 9, 30))
    contexts = (
        Context("c-doc", "http://www.sec.gov/CIK", "0001234567", Period.forever()),
        Context("c-sep30", "http://www.sec.gov/CIK", "0001234567", Period.instant(dt.date(2004, 9, 30))),
        Context("c-q3", "http://www.sec.gov/CIK", "0001234567", q3),
        Context("c-signer-1", "http://www.sec.gov/CIK", "0001234567", q3,
                (("SignatoryAxis", "1"), ("ReportingPersonAxis", ODD_TEXT))),
    )
    units = (
        Unit("u-KRW", UnitSpec.currency("KRW")),
        Unit("u-KRW-per-share", UnitSpec.per_share("KRW")),
        Unit("u-pure", UnitSpec(("xbrli:pure",))),
    )
    facts = (
        Fact("EntityRegistrantName", "c-doc", ODD_TEXT, lang="en", span=Span(10, 52), line=2, id="f1"),
        Fact("Revenues", "c-q3", "152300000000", unit_id="u-KRW", decimals="-8", span=Span(812, 829), line=17, id="f2"),
        Fact("EarningsPerShareBasic", "c-q3", "1250", unit_id="u-KRW-per-share", decimals="INF", id="f3"),
        Fact("DocumentType", "c-doc", "6-K", id="f4"),
        Fact("SignatoryName", "c-signer-1", "Kim Dae-won", lang="ko", id="f5"),
        Fact("OwnershipPercentage", "c-sep30", "0.051", unit_id="u-pure", decimals="3", id="f6"),
    )
    return Instance(
        source_name="filings/lee--sons&co<1>.txt",
        source_sha256="0" * 64,
        schema_ref="d2x-2026-11.xsd",
        namespace=D2X,
        contexts=contexts,
        units=units,
        facts=facts,
        axes_domains=(("SignatoryAxis", "SignatoryKey"), ("ReportingPersonAxis", "ReportingPersonKey")),
    )


def test_the_template_writes_the_recorded_bytes():
    expected = EXPECTED.read_bytes().replace(b"doc2xbrl 0.1.0 ", f"doc2xbrl {__version__} ".encode())
    assert render_instance(every_branch()) == expected


def test_text_from_a_filing_reads_back_as_written():
    root = etree.fromstring(render_instance(every_branch()))
    assert root.find(f"{{{D2X}}}EntityRegistrantName").text == ODD_TEXT
    member = root.find(".//{http://xbrl.org/2006/xbrldi}typedMember[@dimension='d2x:ReportingPersonAxis']")
    assert member[0].text == ODD_TEXT


def test_the_source_name_cannot_end_the_comment():
    comment = etree.fromstring(render_instance(every_branch())).getprevious()
    assert isinstance(comment, etree._Comment)
    assert "lee-\u2010sons&amp;co&lt;1&gt;.txt" in comment.text


def test_the_writer_follows_the_template_byte_for_byte():
    """``render_instance`` writes without Jinja2; the template stays the definition it follows."""
    from dataclasses import replace

    from converter.render import render_with_template

    full = every_branch()
    variants = [
        full,
        replace(full, contexts=full.contexts[:1], units=(), facts=full.facts[3:4]),  # no unit at all
        replace(full, contexts=(), units=(), facts=()),  # nothing found
        replace(full, units=full.units[1:2], namespace="urn:a&b", schema_ref="x'y\".xsd"),  # only a divide
    ]
    for instance in variants:
        assert render_instance(instance) == render_with_template(instance)


def test_the_writer_follows_the_template_on_every_example_and_test_document():
    """The writer skips escaping where nothing can need it (ISO dates, line numbers): on every
    converted example and test document it still writes the template's bytes."""
    from dataclasses import replace

    from converter.pipeline import convert_bytes
    from converter.render import render_with_template

    root = Path(__file__).resolve().parent.parent
    paths = sorted([*root.joinpath("examples").glob("*.txt"), *root.joinpath("tests", "data").rglob("*.txt")])
    written = 0
    for path in paths:
        try:
            converted = list(convert_bytes(path.read_bytes(), path.name))
        except Exception:  # a test document made to fail conversion: nothing rendered to compare
            continue
        for one in converted:
            assert one.xml == render_with_template(one.instance), path.name
            written += 1
    assert written > 20
    # a date before year 1000 and a line number past 9,999 take no escaping either
    early = replace(every_branch(), contexts=(Context("c-old", "s", "1", Period.instant(dt.date(99, 1, 2))),),
                    facts=(Fact("DocumentType", "c-old", "6-K", span=Span(1, 2), line=123456, id="f1"),))
    assert render_instance(early) == render_with_template(early)
