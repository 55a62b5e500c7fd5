"""The shortcuts of the stages after extraction answer as the plain paths they stand for (issue
17: outputs unchanged): the duplicate-fact and duplicate-id rules' early answers, the render's
test for characters to escape and the map stage's reading of a fact's axes.

Each is compared with its plain path on the instances of the examples and the test data, on
instances this pipeline writes, and on instances edited to reach its edges.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from converter.resources import schemas_dir
from converter.validate import rules_contexts, rules_items
from converter.validate.instance import InstanceView
from converter.validate.loading import load_instance

ROOT = Path(__file__).resolve().parents[1]
VALID = ROOT / "tests" / "data" / "instances" / "valid-6k-quarter.xml"

SUBSCRIBERS = '<d2x:Subscribers id="f9" contextRef="c-jun30" unitRef="u-pure" decimals="-4">1250000</d2x:Subscribers>'
# (old, new): edits of VALID that reach the edges of the shortcuts (each old text is in VALID)
EDITS = [
    ('id="f4" contextRef="c-doc" xml:lang="ko"', 'id="f4" contextRef="c-doc" xml:lang="en"'),  # a duplicate
    ('id="f4" contextRef="c-doc" xml:lang="ko"', 'id="f4" contextRef="c-doc" xml:lang="EN"'),  # one in lower case
    ('id="f4" contextRef="c-doc" xml:lang="ko"', 'id="f4" contextRef="c-doc" xml:lang=""'),
    ('id="f1" contextRef="c-doc" xml:lang="en"', 'id="f1" contextRef="c-doc" xml:lang=""'),
    ('id="f4" contextRef="c-doc" xml:lang="ko">대한케이블네트웍스 주식회사',
     'id="f4" contextRef="c-doc" xml:lang="en">Daehan Cable Networks Co., Ltd.'),  # a consistent duplicate
    ('<d2x:NetIncomeLoss id="f7" contextRef="c-q2" unitRef="u-KRW" decimals="-8">-4100000000</d2x:NetIncomeLoss>',
     '<d2x:Revenues id="f7" contextRef="c-q2" unitRef="u-KRW" decimals="-8">-4100000000</d2x:Revenues>'),
    ('<xbrli:context id="c-doc">', '<xbrli:context id="c-doc2">'),  # its facts lose their context
    ('<xbrli:context id="c-doc">', '<xbrli:context>'),  # a context of id "" (its facts name none)
    ('<xbrli:unit id="u-pure">', '<xbrli:unit>'),  # a unit of id ""
    ('<xbrli:unit id="u-pure">', '<xbrli:unit id="u-KRW">'),  # an id twice
    ('<xbrli:unit id="u-pure">', '<xbrli:unit id="f3">'),
    ('<d2x:Subscribers id="f9"', '<d2x:Subscribers id="f10"'),
    (SUBSCRIBERS, SUBSCRIBERS.replace("Subscribers", "SharesOutstanding").replace("u-pure", "u-shares")),  # inconsistent
    (SUBSCRIBERS, SUBSCRIBERS.replace("Subscribers", "SharesOutstanding").replace("u-pure", "u-nothing")),
    ('<d2x:ComparativePeriodKey>2004-04-01/2004-06-30</d2x:ComparativePeriodKey>',
     '<d2x:SignatoryKey>2</d2x:SignatoryKey>'),  # a typed member holding another axis's domain element
    (SUBSCRIBERS, SUBSCRIBERS.replace("Subscribers", "BeneficialOwnershipAbstract")),  # an abstract concept
    (SUBSCRIBERS, SUBSCRIBERS.replace("Subscribers", "NoSuchConcept")),  # one the taxonomy does not declare
    (SUBSCRIBERS, SUBSCRIBERS.replace("d2x:Subscribers", "xbrli:Subscribers")),  # a name of another namespace
    ('<d2x:Revenues id="f6" contextRef="c-q2"', '<d2x:Revenues id="f6" contextRef="c-nothing"'),
    (SUBSCRIBERS, SUBSCRIBERS.replace('decimals="-4"', 'precision="4"')),  # precision alone
    (SUBSCRIBERS, SUBSCRIBERS.replace('decimals="-4"', 'decimals="-4" precision="4"')),  # both
    (SUBSCRIBERS, SUBSCRIBERS.replace('id="f9"', 'id="f9" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                                      'xsi:nil="true"').replace(">1250000<", "><")),  # nil, with decimals
    (SUBSCRIBERS, SUBSCRIBERS.replace('id="f9"', 'id="f9" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                                      'xsi:nil="true"').replace(' decimals="-4"', "").replace(">1250000<", "><")),
    (SUBSCRIBERS, SUBSCRIBERS.replace(' unitRef="u-pure"', "")),  # numeric without a unit
    (SUBSCRIBERS, SUBSCRIBERS.replace(' decimals="-4"', "")),  # numeric without decimals
    ('<d2x:DocumentType id="f1"', '<d2x:DocumentType id="f1" unitRef="u-pure"'),  # text with a unit
    ('<d2x:DocumentType id="f1"', '<d2x:DocumentType id="f1" decimals="0"'),  # text with decimals
    ('<d2x:DocumentType id="f1"', '<d2x:DocumentType id="f1" precision="0"'),  # text with precision
    ('id="f1" contextRef="c-doc" xml:lang="en"', 'id="f1" contextRef="c-doc"'),  # text without a language
    ('<d2x:Revenues id="f6" contextRef="c-q2"', '<d2x:Revenues id="f6" contextRef="c-jun30"'),  # a duration at an instant
    (SUBSCRIBERS, SUBSCRIBERS.replace('contextRef="c-jun30"', 'contextRef="c-q2"')),  # an instant over a duration
    ("<xbrli:instant>2005-06-30</xbrli:instant>",  # no instant context left: instant concepts over a duration
     "<xbrli:startDate>2005-04-01</xbrli:startDate><xbrli:endDate>2005-06-30</xbrli:endDate>"),
]


# edits made together: duplicates that only the classes show (with a copy of c-jun30 or of
# u-pure, as ``copies`` below makes it), and refs read two ways
SHARES = '<d2x:SharesOutstanding id="f10" contextRef="c-jun30" unitRef="u-shares" decimals="0">48500000</d2x:SharesOutstanding>'
COMBINED = [
    # no instant concept left, and durations reported at the instant context
    [None, (SUBSCRIBERS, SUBSCRIBERS.replace("Subscribers", "Revenues").replace("u-pure", "u-KRW")),
     (SHARES, SHARES.replace("SharesOutstanding", "Revenues").replace("u-shares", "u-KRW"))],
    [0, (SUBSCRIBERS, SUBSCRIBERS + SUBSCRIBERS.replace('"f9" contextRef="c-jun30"', '"f9b" contextRef="c-jun30b"'))],
    [1, (SUBSCRIBERS, SUBSCRIBERS + SUBSCRIBERS.replace('"f9" contextRef="c-jun30" unitRef="u-pure"',
                                                        '"f9b" contextRef="c-jun30" unitRef="u-pure2"'))],
    [None, ('<xbrli:context id="c-doc">', '<xbrli:context>'),
     ('id="f1" contextRef="c-doc"', 'id="f1"'), ('id="f2" contextRef="c-doc"', 'id="f2" contextRef="" xml:lang="en"'),
     ('<d2x:DocumentDate ', '<d2x:DocumentType '), ('</d2x:DocumentDate>', '</d2x:DocumentType>')],
    [None, ('<xbrli:unit id="u-pure">', '<xbrli:unit>'),
     (SUBSCRIBERS, SUBSCRIBERS.replace(' unitRef="u-pure"', "")
      + SUBSCRIBERS.replace('"f9" contextRef="c-jun30" unitRef="u-pure"', '"f9b" contextRef="c-jun30" unitRef=""'))],
]


def edited_cases() -> list[bytes]:
    """VALID, each edit alone, each edit with a copy of one context or unit (s-equal or u-equal
    to it) and with an element of the xbrli namespace that holds an id, and pairs of edits."""
    text = VALID.read_text(encoding="utf-8")
    assert all(old in text for old, _ in EDITS)
    copies = [
        ('<xbrli:context id="c-jun30">', '<xbrli:context id="c-jun30b">\n    <xbrli:entity><xbrli:identifier '
         'scheme="http://www.sec.gov/CIK">0001098765</xbrli:identifier></xbrli:entity>\n    <xbrli:period>'
         '<xbrli:instant>2005-06-30</xbrli:instant></xbrli:period>\n  </xbrli:context>\n  <xbrli:context id="c-jun30">'),
        ('<xbrli:unit id="u-pure">', '<xbrli:unit id="u-pure2"><xbrli:measure>xbrli:pure</xbrli:measure></xbrli:unit>'
         '\n  <xbrli:unit id="u-pure">'),
        ('<d2x:Subscribers id="f9" contextRef="c-jun30"', '<d2x:Subscribers id="f9" contextRef="c-jun30b"'),
        ('<d2x:Subscribers id="f9" contextRef="c-jun30" unitRef="u-pure"',
         '<d2x:Subscribers id="f9" contextRef="c-jun30" unitRef="u-pure2"'),
    ]
    edits = EDITS + copies
    texts = [text] + [text.replace(old, new, 1) for old, new in edits]
    for copy, *together in COMBINED:
        texts.append(text)
        for old, new in ([] if copy is None else [copies[copy]]) + together:
            texts[-1] = texts[-1].replace(old, new, 1)
    rng = random.Random(17)
    for _ in range(60):
        texts.append(text)
        for old, new in rng.sample(edits, 3):
            texts[-1] = texts[-1].replace(old, new, 1)
    return [t.encode("utf-8") for t in texts]


def pipeline_instances() -> list[bytes]:
    """Instances this pipeline writes for the examples (the joint filing agreement among them)."""
    from converter.pipeline import convert_bytes

    written = []
    for path in sorted((ROOT / "examples").glob("*.txt")):
        try:
            converted = convert_bytes(path.read_bytes(), path.name)
        except Exception:  # (a document the pipeline refuses writes nothing to compare)
            continue
        written += [item.xml for item in converted]
    return written


def instance_files() -> list[bytes]:
    paths = sorted((ROOT / "examples").glob("*.xml")) + sorted((ROOT / "tests" / "data").rglob("*.xml"))
    return [path.read_bytes() for path in paths if not path.name.startswith("d2x-")]


@pytest.fixture(scope="module")
def views() -> list[tuple[InstanceView, object]]:
    from converter.validate import taxonomy_for

    found = []
    cases = edited_cases()
    for data in cases + pipeline_instances() + instance_files():
        instance = load_instance(data, name="case.xml", base_dir=schemas_dir())[0]
        if instance is None:
            continue
        taxonomy, problem = taxonomy_for(instance)
        if problem is None:
            found.append((InstanceView(instance), taxonomy))
    assert len(found) >= len(cases)  # every edited case loads
    return found


def test_duplicate_facts_answer_as_the_grouping(views):
    """The early answer (:func:`all_items_differ`) and the grouping find the same findings,
    and both answers of the early test are reached, with findings and without."""
    fast_none, grouped_some, grouped_none = 0, 0, 0
    for view, taxonomy in views:
        found = list(rules_items.duplicate_facts(view, taxonomy))
        plain = list(rules_items.duplicate_facts_grouped(view, taxonomy))
        assert found == plain
        items = rules_items.known_facts(view, taxonomy)
        if len(items) > 1 and rules_items.all_items_differ(view, items):
            assert not plain
            fast_none += 1
        else:
            grouped_some += bool(plain)
            grouped_none += not plain
    assert fast_none > 10 and grouped_some > 5 and grouped_none > 2


def test_all_items_differ_is_never_true_where_the_grouping_finds_a_duplicate(views):
    """Had the early answer said "none" for an instance that has duplicates, the test above
    would see it only where the grouping finds them: here, each edit that makes one is asked."""
    said_none_wrongly = [view.name for view, taxonomy in views
                         if list(rules_items.duplicate_facts_grouped(view, taxonomy))
                         and rules_items.all_items_differ(view, rules_items.known_facts(view, taxonomy))]
    assert said_none_wrongly == []


def test_ids_unique_answers_as_the_walk(views):
    seen_duplicates = 0
    for view, taxonomy in views:
        found = list(rules_contexts.ids_unique(view, taxonomy))
        plain = list(rules_contexts.ids_unique_walked(view, view.id_owners()))
        assert found == plain
        seen_duplicates += bool(plain)
    assert seen_duplicates > 3


def special_texts() -> list[str]:
    rng = random.Random(17)
    alphabet = "ab &<>\"'\n€한;#"
    texts = ["", "f1", "&", "<", ">", '"', "'", "&amp;", "a" * 300 + "'", "é" * 40 + "<"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20))) for _ in range(2000)]
    return texts


def test_the_test_for_characters_to_escape_is_the_set_test():
    from converter.render import has_special

    special = frozenset("&<>\"'")
    found = [has_special(text) for text in special_texts()]
    assert found == [not special.isdisjoint(text) for text in special_texts()]
    assert 100 < sum(found) < len(found) - 100


def test_a_fact_holding_a_character_to_escape_in_any_text_is_written_as_the_template_writes_it():
    """The writer tests a fact's texts once and then writes them as they are or all escaped:
    a special character in each text in turn, with and without a unit and a language."""
    from dataclasses import replace

    from converter.model import Fact, Span
    from converter.render import render_instance, render_with_template
    from test_render import every_branch

    full = every_branch()
    plain = [Fact("Revenues", "c-q3", "15", unit_id="u-KRW", decimals="-8", span=Span(8, 10), line=3, id="f2"),
             Fact("DocumentType", "c-doc", "6-K", lang="en", id="f4"), Fact("DocumentType", "c-doc", "6-K", id="f4")]
    facts = list(plain)
    for fact in plain:
        for field in ("concept", "id", "context_id", "unit_id", "decimals", "lang", "value"):
            if getattr(fact, field):
                facts += [replace(fact, **{field: getattr(fact, field) + mark}) for mark in "&<>\"'"]
    assert len(facts) > 60
    for fact in facts:
        instance = replace(full, facts=(fact,))
        assert render_instance(instance) == render_with_template(instance)


def test_the_unknown_and_the_known_facts_are_each_fact_with_its_declared_concept(views):
    """:func:`unknown_facts` (undeclared: None; abstract: the concept) and :func:`known_facts`
    split the facts as a lookup of each fact's declared concept does, each in document order."""
    seen = set()
    for view, taxonomy in views:
        declared = [(fact, rules_items.declared_concept(fact, taxonomy)) for fact in view.facts]
        unknown = [(fact, concept) for fact, concept in declared if concept is None or concept.abstract]
        known = [(fact, concept) for fact, concept in declared if concept is not None and not concept.abstract]
        assert rules_items.unknown_facts(view, taxonomy) == unknown
        assert [(item.fact, item.concept) for item in rules_items.known_facts(view, taxonomy)] == known
        seen |= {"undeclared" if concept is None else "abstract" for _, concept in unknown}
    assert seen == {"undeclared", "abstract"}


def test_typed_member_content_reads_each_axis_domain_as_domain_qname_reads_it(views):
    """The typed domain elements worked out once per taxonomy, and the rule reading them,
    against :func:`domain_qname` asked for each member (the rule as it was written)."""
    from converter.validate import rules_dimensions as dims

    def plain(view, taxonomy):
        for context, member in dims.members(view):
            axis = dims.axis_of(member, taxonomy)
            if axis is None:
                continue
            expected = dims.domain_qname(axis, taxonomy)
            if member.elements != (expected,):
                found = ", ".join(local for _, local in member.elements) or "nothing"
                yield dims.at_member(view, context, member, "xbrldie:IllegalTypedDimensionContentError",
                                     f"typed member of {member.dimension_text} holds {found}, expected one {expected[1]}")

    taxonomy = views[0][1]
    assert dims.typed_domains(taxonomy) == {name: dims.domain_qname(axis, taxonomy) for name, axis in taxonomy.axes.items()}
    members, illegal = 0, 0
    for view, taxonomy in views:
        found = list(dims.typed_member_content(view, taxonomy))
        assert found == list(plain(view, taxonomy))
        members += sum(len(context.members) for context in view.contexts.values())
        illegal += len(found)
    assert members > 20 and illegal > 0


def test_the_map_keys_hold_the_fields_periods_and_units_are_equal_by():
    """map keys facts and contexts by a Period's and a UnitSpec's fields rather than by the
    objects: two observations have equal keys exactly when the objects' keys are equal."""
    import datetime as dt
    from dataclasses import fields, replace

    from converter.classify import classify
    from converter.extract import extract
    from converter.ingest import ingest_bytes
    from converter.map import _fact_key
    from converter.model import Period, UnitSpec

    assert [(f.name, f.compare) for f in fields(Period)] == [("end", True), ("start", True)]
    assert [(f.name, f.compare) for f in fields(UnitSpec)] == [("numerator", True), ("denominator", True)]
    observations = []
    for path in sorted((ROOT / "examples").glob("*.txt"))[:6]:
        filing = ingest_bytes(path.read_bytes(), path.name)
        for document in filing.documents:
            observations += extract(document, classify(document), filing.header).observations
    day = dt.date(2004, 9, 30)
    first = observations[0]
    observations += [replace(first, period=period) for period in
                     (Period.instant(day), Period.duration(day, day), Period.forever(), Period.duration(dt.date(2004, 7, 1), day))]
    observations += [replace(first, unit=unit) for unit in
                     (UnitSpec.currency("KRW"), UnitSpec.per_share("KRW"), UnitSpec(("xbrli:pure",)), None)]
    observations = observations[:400]
    plain = [(o.concept, o.period, o.dimensions, o.unit, o.lang) for o in observations]
    keys = [_fact_key(o) for o in observations]
    equal = 0
    for i in range(len(observations)):
        for j in range(len(observations)):
            assert (keys[i] == keys[j]) == (plain[i] == plain[j])
            equal += i != j and plain[i] == plain[j]
    assert len({*keys}) == len({*plain}) and equal > 0 and len(observations) > 100


def test_a_view_works_out_each_of_its_properties_once():
    """The view's lock-free cached properties keep their first value, as cached_property did."""
    from converter.validate.instance import once

    instance = load_instance(VALID.read_bytes(), name="case.xml", base_dir=schemas_dir())[0]
    view = InstanceView(instance)
    names = [name for name, value in vars(InstanceView).items() if isinstance(value, once)]
    assert {"contexts", "units", "facts", "context_classes", "unit_classes"} <= set(names)
    first = {name: getattr(view, name) for name in names}
    assert all(getattr(view, name) is value for name, value in first.items())
    assert all(name in vars(view) for name in names)
    assert InstanceView.contexts.__doc__ == InstanceView.contexts.function.__doc__


# ------------------------------------------------------- the rules asked first of every fact at once

WALKED = [
    (rules_items.context_ref_resolves, lambda view, _: rules_items.context_ref_resolves_walked(view)),
    (rules_items.unit_ref_resolves, lambda view, _: rules_items.unit_ref_resolves_walked(view)),
    (rules_items.not_both_decimals_and_precision, lambda view, _: rules_items.not_both_decimals_and_precision_walked(view)),
    (rules_items.nil_has_no_decimals, lambda view, _: rules_items.nil_has_no_decimals_walked(view)),
    (rules_items.numeric_has_unit, rules_items.numeric_has_unit_walked),
    (rules_items.non_numeric_has_no_unit, rules_items.non_numeric_has_no_unit_walked),
    (rules_items.numeric_has_decimals, rules_items.numeric_has_decimals_walked),
    (rules_items.non_numeric_has_no_decimals, rules_items.non_numeric_has_no_decimals_walked),
    (rules_items.string_has_lang, rules_items.string_has_lang_walked),
    (rules_items.period_type_matches, rules_items.period_type_matches_walked),
]


@pytest.mark.parametrize(("rule", "walked"), WALKED, ids=[rule.__name__ for rule, _ in WALKED])
def test_the_rules_asked_of_every_fact_at_once_answer_as_their_walks(views, rule, walked):
    """Each rule's early answer (refs that all resolve, no precision, no nil fact, units and
    decimals where the concepts want them) is the walk's: on the edited instances (refs to
    nothing, a missing contextRef, precision, nil facts, units and decimals missing or extra),
    the pipeline's and the test data's."""
    found = [(list(rule(view, taxonomy)), list(walked(view, taxonomy))) for view, taxonomy in views]
    assert all(shortcut == plain for shortcut, plain in found)
    assert any(plain for _, plain in found)  # the cases reach the rule's findings


def test_the_values_made_from_tuples_have_every_field_their_make_would_check(views):
    """Facts, contexts, members, units and items are made by ``tuple.__new__`` (``made_from_tuple``),
    which does not check what ``_make`` checks: that every field is given."""
    from converter.validate.instance import ContextView, FactView, Member, UnitView
    from converter.validate.rules_items import Item, known_facts

    made = []
    for view, taxonomy in views:
        made += [(fact, FactView) for fact in view.facts] + [(context, ContextView) for context in view.contexts.values()]
        made += [(member, Member) for context in view.contexts.values() for member in context.members]
        made += [(item, Item) for item in known_facts(view, taxonomy)] + [(unit, UnitView) for unit in view.units.values()]
    assert all(type(value) is cls and len(value) == len(cls._fields) and value == cls._make(value) for value, cls in made)
    assert {cls for _, cls in made} == {FactView, ContextView, Member, Item, UnitView}
    assert any(unit.denominator for value, cls in made if cls is UnitView for unit in [value])  # (divides too)
