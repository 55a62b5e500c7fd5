"""Validation's shortcuts answer as the plain paths they stand for (issue 17: outputs unchanged).

Each shortcut is compared with its plain path on the instances of the examples and the test
data, on instances this pipeline writes, and on inputs made to catch its edges.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from converter.xmlsafe import PROLOG_LIMIT, prolog_doctype_line, prolog_doctype_line_plain

ROOT = Path(__file__).resolve().parents[1]


def instance_files() -> list[Path]:
    return sorted((ROOT / "examples").glob("*.xml")) + sorted((ROOT / "tests" / "data").rglob("*.xml"))


# --------------------------------------------------------------- the DOCTYPE scan of the prolog

PROLOGS = [
    b"",
    b"<!DOCTYPE a><a/>",
    b"  \t\r\n<!DOCTYPE a><a/>",
    b'<?xml version="1.0"?>\n<!-- x -->\n<!DOCTYPE a [<!ENTITY e "e">]><a/>',
    b"<?xml version='1.0'?><?pi with ?> inside?>\n\n<!DOCTYPE a>",
    b"<!-- a comment -- with dashes --><!DOCTYPE a>",
    b"<!-- never closed <!DOCTYPE a>",
    b"<?pi never closed <!DOCTYPE a>",
    b"<a><![CDATA[<!DOCTYPE html>]]></a>",
    b"\xef\xbb\xbf<!DOCTYPE a><a/>",  # a UTF-8 byte order mark: Latin-1 reads three letters
    b"\xa0<!DOCTYPE a>",  # a no-break space is not an XML blank
    b"\x85\n<!DOCTYPE a>",
    b"<!doctype a>",
    b"<!DOCTYP",
    b"<?",
    b"<!--",
    b"<!--->",
    b"<!---->\r\n\r\n<!DOCTYPE a>",
    # the declaration, or a comment's closer, ends just before, at or just after the scan's limit
    *(b"\n" * (PROLOG_LIMIT - back) + b"<!DOCTYPE a>" for back in range(14)),
    *(b"<!--" + b"x" * (PROLOG_LIMIT - back) + b"-->\n<!DOCTYPE a>" for back in range(4, 12)),
    '<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE a><a/>'.encode("utf-16"),
    '<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE a><a/>'.encode("utf-16-be"),
    '<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE a><a/>'.encode("utf-16-le"),
    '\ufeff<!DOCTYPE a>'.encode("utf-16"),
]


def random_prologs(count: int) -> list[bytes]:
    """Prologs made of the scan's own pieces, in any order (seeded: the same every run)."""
    pieces = [b" ", b"\t", b"\r", b"\n", b"\xef\xbb\xbf", b"\xa0", b"<?", b"?>", b"<!--", b"-->", b"<!DOCTYPE a>",
              b"<a/>", b"x", b"\xff", b"<", b"!", b"-"]
    rng = random.Random(17)
    return [b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(count)]


def test_the_prolog_scan_on_bytes_is_the_scan_on_text():
    cases = PROLOGS + random_prologs(3000) + [path.read_bytes() for path in instance_files()]
    found = [prolog_doctype_line(data) for data in cases]
    assert found == [prolog_doctype_line_plain(data) for data in cases]
    assert found.count(None) < len(found) - 30  # the cases do reach declarations


@pytest.mark.parametrize("data", [b"<!--x-->\n\n<!DOCTYPE a>", b"\n" * (PROLOG_LIMIT - 9) + b"<!DOCTYPE a>"])
def test_the_prolog_scan_finds_the_line(data):
    assert prolog_doctype_line(data) == data.count(b"\n") + 1


# ------------------------------------------------- ids and fact attributes read with the children

VALID = ROOT / "tests" / "data" / "instances" / "valid-6k-quarter.xml"
FIRST_CONTEXT = '<xbrli:context id="c-doc">'


def id_and_gate_cases() -> list[bytes]:
    """Instances whose ids or nil and precision attributes stand where the shortcuts must look."""
    text = VALID.read_text(encoding="utf-8")
    assert FIRST_CONTEXT in text
    edits = [
        ("<xbrli:entity>", '<xbrli:entity id="deep">'),  # an id below the root's children
        ("<xbrli:entity>", '<xbrli:entity\n  id\t=\n"deep">'),  # written with blanks around '='
        ("<xbrli:entity>", '<xbrli:entity id="c-doc">'),  # a deep id repeating a context's
        ("<xbrli:entity>", '<xbrli:entity xml:id="x">'),  # not an attribute named id
        ('<xbrli:xbrl ', '<xbrli:xbrl id="root" '),
        (FIRST_CONTEXT, "<!-- id=\"c\" -->" + FIRST_CONTEXT),
        ('contextRef="c-doc"', 'contextRef="c-doc" precision="2"'),
        ('contextRef="c-doc"', 'xmlns:i="http://www.w3.org/2001/XMLSchema-instance" i:nil="true" contextRef="c-doc"'),
        # "id" before a blank in text: no attribute, but the count of 'id=' alone cannot be trusted
        (">Daehan Cable", ">paid id =Daehan Cable"),
    ]
    cases = [text.encode("utf-8")]
    cases += [text.replace(old, new, 1).encode("utf-8") for old, new in edits]
    # xsi declared by the root alone (the namespaces gate passes) and a nil fact below it
    cases.append(text.replace('xmlns:src=', 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:src=', 1)
                 .replace('<d2x:DocumentType id="f1"', '<d2x:DocumentType id="f1" xsi:nil="true"', 1).encode("utf-8"))
    cases += [text.replace('encoding="UTF-8"', 'encoding="UTF-16"').replace(old, new, 1).encode("utf-16")
              for old, new in edits]
    return cases + [path.read_bytes() for path in sorted((ROOT / "examples").glob("*.xml")) if not path.name.startswith("d2x-")]


def views() -> list:
    from converter.resources import schemas_dir
    from converter.validate.instance import InstanceView
    from converter.validate.loading import load_instance

    loaded = [load_instance(data, name="case.xml", base_dir=schemas_dir())[0] for data in id_and_gate_cases()]
    assert all(loaded)
    return [InstanceView(instance) for instance in loaded]


def test_the_ids_read_with_the_children_are_those_of_the_walk():
    from converter.validate.instance import id_owners_walked

    found = [(view.id_owners(), id_owners_walked(view.root)) for view in views()]
    assert all(shortcut == plain for shortcut, plain in found)
    assert any(len(plain) > len(view._children.ids) for view, (_, plain) in zip(views(), found))


def test_the_id_attributes_written_are_counted_as_the_pattern_counts_them():
    from converter.validate.instance import id_attributes_written, id_attributes_written_plain

    counted = [(id_attributes_written(view._instance), id_attributes_written_plain(view._instance)) for view in views()]
    assert all(shortcut == plain for shortcut, plain in counted)
    assert len({plain for _, plain in counted}) > 3  # blanks, comments, text: the cases differ


def test_the_facts_are_read_as_read_fact_reads_them():
    from converter.validate.instance import read_fact

    seen, gated = set(), 0
    for view in views():
        inherited = view.root.get("{http://www.w3.org/XML/1998/namespace}lang")
        plain = tuple(read_fact(element, inherited) for element, _, _ in view._children.items)
        assert view.facts == plain
        seen |= {(fact.nil, fact.precision, view._namespaces is not None) for fact in plain}
        gated += view._namespaces is not None
    assert (True, None, True) in seen and (True, None, False) in seen and (False, "2", True) in seen
    assert gated > 3  # the namespaces gate answers for most cases


# ------------------------------------------- a segment's or scenario's content read in one pass

def test_a_segment_or_scenario_is_read_in_one_pass_as_the_three_readings_read_it():
    """``_read_container`` against ``read_members``, ``_canonical`` and ``_other_content`` on every
    segment and scenario of the examples, the test data, the broken instances and the
    Dimensions mutants (typed and explicit members, other content, comments, nested content)."""
    from lxml import etree
    from test_validate_reading import CASES

    from converter.validate.instance import SEGMENT, SCENARIO, _canonical, _other_content, _read_container, read_members

    texts = [path.read_bytes() for path in instance_files()] + [text.encode("utf-8") for text in CASES.values()]
    texts.append(b'<s xmlns:x="x"><x:explicitMember dimension="x:A">x:M</x:explicitMember><!-- c --><x:other b="2" a="1">'
                 b' t <x:deep>u</x:deep></x:other><x:typedMember dimension="x:T"><x:v> 1  2 </x:v></x:typedMember></s>')
    texts.append(b'<s xmlns:x="x" xmlns:d="http://xbrl.org/2006/xbrldi"><d:typedMember dimension="x:T"><!-- c -->'
                 b'<x:v> a <x:w> b </x:w> c</x:v><x:u>z</x:u></d:typedMember><d:typedMember dimension="x:T"><?pi?><x:v/>'
                 b'<x:u>z</x:u></d:typedMember><d:typedMember dimension="x:T"><x:v><!-- inside --> d </x:v>'
                 b'</d:typedMember><d:explicitMember dimension="x:E"> x:M <!-- c --></d:explicitMember></s>')
    compared, other_seen, typed_seen = 0, False, False
    for text in texts:
        try:
            root = etree.fromstring(text, etree.XMLParser(resolve_entities=False, no_network=True))
        except etree.XMLSyntaxError:
            continue
        containers = [(e, "segment") for e in root.iter(SEGMENT)] + [(e, "scenario") for e in root.iter(SCENARIO)]
        containers += [(root, "segment")] if root.tag == "s" else []
        for container, where in containers:
            members, extra, other = [], [], set()
            _read_container(container, container.tag, where, members, extra, other)
            assert (members, extra, other) == (read_members(container, where), [_canonical(container)],
                                               _other_content(container, where))
            compared += 1
            other_seen |= bool(other)
            typed_seen |= any(m.value == "a b c" for m in members)  # (a first child with children)
    assert compared > 50 and other_seen and typed_seen


def plain_context(element) -> tuple:
    """A context read child by child with lxml's element matcher and the plain readings
    (``read_members``, ``_canonical``, ``_other_content``): what ``read_context`` must say."""
    from lxml import etree

    from converter.validate import instance as i

    def children(parent):
        return list(parent.iterchildren(etree.Element))

    who, period, members, extra, other = ("", ""), ("", None, None), [], [], set()
    for part in children(element):
        containers = [(part, "scenario")] if part.tag == i.SCENARIO else []
        for child in children(part) if part.tag == i.ENTITY else ():
            if child.tag == i.IDENTIFIER:
                who = (child.get("scheme", ""), (child.text or "").strip())
            containers += [(child, "segment")] if child.tag == i.SEGMENT else []
        for container, where in containers:
            members += i.read_members(container, where)
            extra.append(i._canonical(container))
            other |= i._other_content(container, where)
        if part.tag == i.PERIOD:  # (the last period's, of its dates the last of each)
            dates = {date.tag: (date.text or "").strip() for date in children(part)}
            if i.FOREVER in dates:
                period = ("forever", None, None)
            elif i.INSTANT in dates:
                period = ("instant", None, dates[i.INSTANT])
            else:
                period = ("duration", dates.get(i.START_DATE), dates.get(i.END_DATE))
    return (element.get("id", ""), element.sourceline, *period, tuple(members), (who, period, tuple(extra)),
            frozenset(other))


def test_a_context_is_read_from_its_childrens_lists_as_the_element_matcher_reads_it():
    """``read_context`` takes each element's children as a list (comments and processing
    instructions among them) where the plain reading asks lxml for the elements alone: the same
    contexts, on the test and example instances, the broken cases and contexts with a comment
    or a processing instruction at every level."""
    from test_validate_reading import CASES

    from converter.validate.instance import CONTEXT, read_context

    text = VALID.read_text(encoding="utf-8")
    marks = ["<!-- c -->", "<?pi x?>"]
    places = ["<xbrli:entity>", "<xbrli:identifier ", "</xbrli:identifier>", "<xbrli:segment>", "<xbrldi:typedMember ",
              "<d2x:ComparativePeriodKey>", "</d2x:ComparativePeriodKey>", "</xbrldi:typedMember>", "<xbrli:period>",
              "<xbrli:startDate>", "<xbrli:instant>", "</xbrli:instant>", "</xbrli:period>"]
    assert all(place in text for place in places)
    edited = [text.replace(place, f"{mark}{place}" if place.startswith("<x") or place.startswith("<d") else f"{place}{mark}")
              for place in places for mark in marks]
    assert _read_as_plain([*CASES.values(), *edited], CONTEXT, read_context, plain_context) > 200


def _read_as_plain(extra_texts, tag, read, plain) -> int:
    """How many ``tag`` elements of the test and example instances and of ``extra_texts`` were
    compared; each one ``read`` as ``plain`` reads it (texts that do not parse are skipped)."""
    from lxml import etree

    texts = [path.read_bytes() for path in instance_files()] + [t.encode("utf-8") for t in extra_texts]
    compared = 0
    for data in texts:
        try:
            root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
        except (etree.XMLSyntaxError, ValueError):
            continue
        for element in root.iter(tag):
            assert tuple(read(element)) == plain(element), data[:200]
            compared += 1
    return compared


def plain_unit(element) -> tuple:
    """A unit read with ``find`` and lxml's tag matcher: what ``read_unit`` must say."""
    from converter.validate import instance as i

    def measures(parent) -> tuple:
        texts = [(m, (m.text or "").strip()) for m in parent.iterchildren(i.MEASURE)]
        return tuple(i.Measure(i.resolve_qname(m, text), text) for m, text in texts)

    divide = element.find(i.DIVIDE)
    if divide is None:
        return element.get("id", ""), element.sourceline, measures(element), ()
    numerator, denominator = divide.find(i.UNIT_NUMERATOR), divide.find(i.UNIT_DENOMINATOR)
    return (element.get("id", ""), element.sourceline, () if numerator is None else measures(numerator),
            () if denominator is None else measures(denominator))


def test_a_unit_is_read_from_its_childrens_lists_as_find_reads_it():
    """``read_unit`` takes each element's children as a list (comments and processing
    instructions among them): the same units as ``find`` reads, on the test and example
    instances, the broken cases and units with a comment or a processing instruction at every level."""
    from test_validate_reading import CASES

    from converter.validate.instance import UNIT, read_unit

    text = VALID.read_text(encoding="utf-8")
    places = ["<xbrli:measure>", "</xbrli:measure>", "<xbrli:divide>", "<xbrli:unitNumerator>", "</xbrli:unitNumerator>",
              "<xbrli:unitDenominator>"]
    assert all(place in text for place in places)
    edited = [text.replace(place, f"{mark}{place}", 1) for place in places for mark in ("<!-- c -->", "<?pi x?>")]
    assert _read_as_plain([*CASES.values(), *edited], UNIT, read_unit, plain_unit) > 50


def test_the_units_the_facts_use_are_those_the_plain_set_finds():
    from converter.resources import schemas_dir
    from converter.validate.instance import InstanceView
    from converter.validate.loading import load_instance
    from converter.validate.rules_contexts import units_used, units_used_plain

    text = VALID.read_text(encoding="utf-8")
    assert 'unitRef="u-KRW"' in text
    cases = id_and_gate_cases() + [text.replace('unitRef="u-KRW"', ref, 1).encode("utf-8")
                                   for ref in ('unitRef=""', "", 'unitRef=" u-KRW"')]
    found = []
    for data in cases:
        view = InstanceView(load_instance(data, name="case.xml", base_dir=schemas_dir())[0])
        found.append((units_used(view), units_used_plain(view)))
    assert all(shortcut == plain for shortcut, plain in found)
    assert len({frozenset(plain) for _, plain in found}) > 2


def test_a_fact_is_labelled_when_named_as_it_was_labelled_when_read():
    """The label made when a finding needs it is the one read with the fact before: its name as
    written and its id, or its contextRef without an id."""
    from lxml import etree

    from converter.validate.instance import read_fact

    text = VALID.read_text(encoding="utf-8")
    no_id = text.replace('<d2x:SignatoryTitle id="f13" ', '<d2x:SignatoryTitle ', 1).encode("utf-8")
    default_ns = b'<x xmlns="urn:t"><F contextRef="c1">1</F><F id="f2">2</F><F>3</F></x>'
    labels = []
    for data in [*id_and_gate_cases(), no_id, default_ns]:
        root = etree.fromstring(data)
        for element in root.iterchildren(etree.Element):
            prefix, local = element.prefix, etree.QName(element).localname
            name = f"{prefix}:{local}" if prefix else local
            fact_id = element.get("id")
            plain = f"{name}#{fact_id}" if fact_id else f"{name}@{element.get('contextRef', '?')}"
            labels.append((read_fact(element).label, plain))
    assert all(fast == plain for fast, plain in labels)
    assert {"F@c1", "F#f2", "F@?", "d2x:SignatoryTitle@c-signatory-1"} <= {plain for _, plain in labels}


# ------------------------------------------------ the root's namespaces, in scope everywhere

def namespace_cases() -> list[bytes]:
    """Instances where the shortcut must see a declaration below the root (a typed member, a
    measure, a unit, a context declaring a prefix, and one re-binding the root's) or may not."""
    text = VALID.read_text(encoding="utf-8")
    edits = [
        ("<xbrldi:typedMember ", '<xbrldi:typedMember xmlns:d2x="urn:other" '),  # the root's prefix re-bound
        ("<xbrli:unit ", '<xbrli:unit xmlns:iso4217="urn:not-iso" '),
        ("<xbrli:measure>", '<xbrli:measure xmlns:q="urn:q">'),
        (FIRST_CONTEXT, FIRST_CONTEXT.replace(">", ' xmlns:x="urn:x">')),
        ("<xbrli:entity>", "<!-- xmlns --><xbrli:entity>"),
    ]
    assert all(old in text for old, _ in edits)
    return [text.replace(old, new, 1).encode("utf-8") for old, new in edits]


def test_contexts_and_units_read_with_the_roots_namespaces_are_those_each_element_reads():
    from test_validate_reading import CASES

    from converter.resources import schemas_dir
    from converter.validate.instance import InstanceView, read_context, read_unit
    from converter.validate.loading import load_instance

    texts = id_and_gate_cases() + namespace_cases() + [text.encode("utf-8") for text in CASES.values()]
    gated = 0
    for data in texts:
        instance = load_instance(data, name="case.xml", base_dir=schemas_dir())[0]
        if instance is None:
            continue
        view = InstanceView(instance)
        gated += view._namespaces is not None
        plain_contexts = {}
        for element, _ in view._children.contexts:
            plain_contexts.setdefault((context := read_context(element)).id, context)
        plain_units = {}
        for element, _ in view._children.units:
            plain_units.setdefault((unit := read_unit(element)).id, unit)
        assert view.contexts == plain_contexts and view.units == plain_units
    assert 0 < gated < len(texts)
    assert all(InstanceView(load_instance(data, name="c.xml", base_dir=schemas_dir())[0])._namespaces is None
               for data in namespace_cases())
