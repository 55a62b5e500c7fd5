"""Dimensions 1.0 mutants of the hand-written valid instance: our verdict and Arelle's agree.

Each row edits the valid instance (``test_validate.edited``) and says what XDT says of it: valid,
or invalid with the ``xbrldie`` code. Our validator must give that verdict, and so must Arelle
(offline, the same run the suite uses everywhere): a disagreement with the reference processor
is a bug on one side, and this table pins down which.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from arelle_support import arelle_messages
from converter.validate import ERROR, iter_errors
from test_validate import VALID_INSTANCE, edited, folder  # noqa: F401 (fixture)

ID = '<xbrli:identifier scheme="http://www.sec.gov/CIK">0001098765</xbrli:identifier>'
DURATION = "<xbrli:period><xbrli:startDate>2005-07-01</xbrli:startDate><xbrli:endDate>2005-07-14</xbrli:endDate></xbrli:period>"
Q2 = "<xbrli:period><xbrli:startDate>2005-04-01</xbrli:startDate><xbrli:endDate>2005-06-30</xbrli:endDate></xbrli:period>"
DOC_CONTEXT = '<xbrli:context id="c-doc">'


def typed(axis: str, value: str) -> str:
    key = axis.removesuffix("Axis") + "Key"
    return f'<xbrldi:typedMember dimension="d2x:{axis}"><d2x:{key}>{value}</d2x:{key}></xbrldi:typedMember>'


def context(cid: str, *, segment: str = "", scenario: str = "", period: str = DURATION) -> str:
    seg = f"<xbrli:segment>{segment}</xbrli:segment>" if segment else ""
    scen = f"<xbrli:scenario>{scenario}</xbrli:scenario>" if scenario else ""
    return f'<xbrli:context id="{cid}"><xbrli:entity>{ID}{seg}</xbrli:entity>{period}{scen}</xbrli:context>\n  '


def new_context(text: str) -> tuple[str, str]:
    """Add a context before c-doc."""
    return (DOC_CONTEXT, text + DOC_CONTEXT)


def move_fact(fact_start: str, context_id: str) -> tuple[str, str]:
    """``fact_start`` is 'id="fN" contextRef="..."': the fact moves to ``context_id``."""
    head, _, _ = fact_start.partition(' contextRef="')
    return (fact_start, f'{head} contextRef="{context_id}"')


SIGNATORY_FACT = 'id="f12" contextRef="c-signatory-1"'
DOCTYPE_FACT = 'id="f1" contextRef="c-doc"'
REVENUES_FACT = 'id="f6" contextRef="c-q2"'
OTHER = '<note xmlns="urn:example:notes">restated</note>'


def mutant(name: str, verdict: str, *changes: tuple[str, str]):
    return pytest.param(changes, verdict, id=name)


MUTANTS = [
    # a primary item outside every hypercube is valid in any context (XDT 2.3.1)
    mutant("no-cube-concept-in-dimensional-context", "valid",
           new_context(context("c-x", segment=typed("SignatoryAxis", "1"))), move_fact(DOCTYPE_FACT, "c-x")),
    mutant("no-cube-concept-with-scenario-dimension", "valid",
           new_context(context("c-x", scenario=typed("ExhibitAxis", "1"))), move_fact(DOCTYPE_FACT, "c-x")),
    # contextElement respected: the cubes say segment
    mutant("typed-dimension-in-scenario-not-segment", "xbrldie:PrimaryItemDimensionallyInvalidError",
           new_context(context("c-x", scenario=typed("SignatoryAxis", "1"))), move_fact(SIGNATORY_FACT, "c-x")),
    mutant("cube-met-in-segment-extra-dimension-in-scenario", "valid",
           new_context(context("c-x", segment=typed("SignatoryAxis", "1"), scenario=typed("ExhibitAxis", "1"))),
           move_fact(SIGNATORY_FACT, "c-x")),
    mutant("closed-cube-extra-dimension-in-segment", "xbrldie:PrimaryItemDimensionallyInvalidError",
           new_context(context("c-x", segment=typed("SignatoryAxis", "1") + typed("ExhibitAxis", "1"))),
           move_fact(SIGNATORY_FACT, "c-x")),
    mutant("closed-cube-other-content-in-segment", "xbrldie:PrimaryItemDimensionallyInvalidError",
           new_context(context("c-x", segment=typed("SignatoryAxis", "1") + OTHER)), move_fact(SIGNATORY_FACT, "c-x")),
    mutant("closed-cube-other-content-in-scenario", "valid",
           new_context(context("c-x", segment=typed("SignatoryAxis", "1"), scenario=OTHER)),
           move_fact(SIGNATORY_FACT, "c-x")),
    # a figure reportable in total (the cube of no axis) or on a breakdown axis
    mutant("total-cube-with-scenario-dimension", "valid",
           new_context(context("c-x", scenario=typed("SegmentAxis", "wafers"), period=Q2)), move_fact(REVENUES_FACT, "c-x")),
    mutant("figure-of-a-counterparty", "valid",
           new_context(context("c-x", segment=typed("CounterpartyAxis", "Example Shipping Co., Ltd."), period=Q2)),
           move_fact(REVENUES_FACT, "c-x")),
    mutant("figure-on-an-axis-it-does-not-take", "xbrldie:PrimaryItemDimensionallyInvalidError",
           new_context(context("c-x", segment=typed("SignatoryAxis", "1"), period=Q2)), move_fact(REVENUES_FACT, "c-x")),
    mutant("figure-on-two-breakdowns-at-once", "xbrldie:PrimaryItemDimensionallyInvalidError",
           new_context(context("c-x", segment=typed("SegmentAxis", "wafers") + typed("CounterpartyAxis", "X Co."), period=Q2)),
           move_fact(REVENUES_FACT, "c-x")),
    mutant("figure-with-other-segment-content", "xbrldie:PrimaryItemDimensionallyInvalidError",
           new_context(context("c-x", segment=OTHER, period=Q2)), move_fact(REVENUES_FACT, "c-x")),
    # members themselves
    mutant("typed-member-of-a-concept", "xbrldie:TypedMemberNotTypedDimensionError",
           new_context(context("c-x", scenario=typed("SignatoryAxis", "1").replace("d2x:SignatoryAxis", "d2x:SignatoryName")))),
    mutant("explicit-member", "xbrldie:ExplicitMemberNotExplicitDimensionError",
           new_context(context("c-x", scenario='<xbrldi:explicitMember dimension="d2x:ExhibitAxis">d2x:ExhibitKey</xbrldi:explicitMember>'))),
    mutant("dimension-repeated-across-segment-and-scenario", "xbrldie:RepeatedDimensionInInstanceError",
           new_context(context("c-x", segment=typed("SignatoryAxis", "1"), scenario=typed("SignatoryAxis", "2")))),
    mutant("typed-member-holding-another-key", "xbrldie:IllegalTypedDimensionContentError",
           new_context(context("c-x", segment=typed("SignatoryAxis", "1").replace("SignatoryKey", "ExhibitKey")))),
]


def _write(folder: Path, name: str, changes) -> Path:
    path = folder / f"{name}.xml"
    path.write_text(edited(VALID_INSTANCE.read_text(encoding="utf-8"), *changes), encoding="utf-8")
    return path


@pytest.mark.parametrize(("changes", "verdict"), MUTANTS)
def test_our_verdict_is_xdts(request, folder, changes, verdict):
    path = _write(folder, request.node.callspec.id, changes)
    codes = {f.code for f in iter_errors(path) if f.severity == ERROR}
    if verdict == "valid":
        assert not codes, codes
    else:
        assert verdict in codes, codes
        assert codes <= {verdict, "xbrldie:PrimaryItemDimensionallyInvalidError"}


@pytest.mark.parametrize(("changes", "verdict"), MUTANTS)
def test_arelle_gives_the_same_verdict(request, folder, changes, verdict):
    path = _write(folder, request.node.callspec.id, changes)
    errors = [m for m in arelle_messages(path) if m.level in ("ERROR", "CRITICAL")]
    if verdict == "valid":
        assert not errors, errors
    else:
        assert verdict in {m.code for m in errors}, errors


def test_there_are_mutants_of_every_verdict():
    verdicts = [p.values[1] for p in MUTANTS]
    assert verdicts.count("valid") >= 5 and len(set(verdicts)) >= 6
