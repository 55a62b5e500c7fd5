"""Offline validation of XBRL 2.1 instances against doc2xbrl's taxonomy (xmlschema-style API).

>>> from converter.validate import iter_errors, validate, is_valid      # doctest: +SKIP
>>> for finding in iter_errors("out/filing.xml"): print(finding)        # doctest: +SKIP
out/filing.xml:42: error [xbrl.4.7.2:contextPeriodType] ... (d2x:Revenues#f3)

Three layers, cheapest refusal first: safe loading (``loading``: DOCTYPE, XInclude, remote
schemas, well-formedness, root element, schemaRef), XML Schema validation against the
schemaRef'd taxonomy (``xsd``, compiled once per taxonomy file and cached), then the XBRL 2.1
and Dimensions 1.0 rules XML Schema cannot express (``rules_*``, one function per rule).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from converter.errors import InstanceInvalid, TaxonomyError
from converter.validate import rules_contexts, rules_dimensions, rules_items
from converter.validate.findings import ERROR, WARNING, Finding
from converter.validate.instance import InstanceView
from converter.validate.loading import LoadedInstance, load_instance
from converter.validate.xsd import SchemaProblem, instance_schema, xsd_findings

__all__ = ["ERROR", "RULES", "WARNING", "Finding", "checked", "is_valid", "iter_errors", "validate"]

RULES = rules_items.RULES + rules_contexts.RULES + rules_dimensions.RULES
Source = str | Path | bytes


def iter_errors(source: Source, *, name: str | None = None, base_dir: Path | None = None) -> Iterator[Finding]:
    """Every finding about the instance ``source`` (a path, or its bytes named ``name`` whose
    relative schemaRef resolves in ``base_dir``): errors and warnings, never an exception."""
    yield from checked(source, name=name, base_dir=base_dir)[0]


def checked(source: Source, *, name: str | None = None,
            base_dir: Path | None = None) -> tuple[list[Finding], InstanceView | None]:
    """:func:`iter_errors`'s findings, and the view of the instance the rules read (None when
    the instance did not load), so a caller wanting its facts need not parse it again."""
    instance, refusals = load_instance(source, name=name, base_dir=base_dir)
    if instance is None:
        return list(refusals), None
    view = InstanceView(instance)
    try:
        schema = instance_schema(instance.schema_paths, instance.schema_versions)
    except SchemaProblem as exc:
        return [*refusals, Finding(exc.code, ERROR, str(exc), instance.name, None)], view
    schema_errors = list(xsd_findings(instance, schema))
    taxonomy, problem = taxonomy_for(instance)
    if problem is not None:
        return [*refusals, *schema_errors, problem], view
    found = [finding for rule in RULES for finding in rule(view, taxonomy)]
    schema_errors = [naming_the_fact(f, view) for f in without_duplicate_ids(schema_errors, found)]
    return [*refusals, *sorted(schema_errors + found, key=lambda f: f.line or 0)], view


def naming_the_fact(finding: Finding, view: InstanceView) -> Finding:
    """An XML Schema error on a line that holds exactly one fact names that fact."""
    facts = [fact for fact in view.facts if fact.line == finding.line]
    return replace(finding, fact=facts[0].label) if len(facts) == 1 and finding.fact is None else finding


def without_duplicate_ids(schema_errors: list[Finding], found: list[Finding]) -> list[Finding]:
    """libxml2 reports a repeated id as a bad xs:ID value; the ID rule says it more clearly."""
    lines = {f.line for f in found if f.code == rules_contexts.DUPLICATE_ID}
    return [f for f in schema_errors if not (f.line in lines and "'xs:ID'" in f.message)]


def validate(source: Source, *, name: str | None = None, base_dir: Path | None = None) -> tuple[Finding, ...]:
    """The warnings about a valid instance; raises ``InstanceInvalid`` (with every error
    finding in ``.findings``) when there is any error."""
    findings = tuple(checked(source, name=name, base_dir=base_dir)[0])
    errors = tuple(f for f in findings if f.severity == ERROR)
    if errors:
        raise InstanceInvalid(errors[0].file, errors)
    return tuple(f for f in findings if f.severity != ERROR)


def is_valid(source: Source, *, name: str | None = None, base_dir: Path | None = None) -> bool:
    return not any(f.severity == ERROR for f in checked(source, name=name, base_dir=base_dir)[0])


def taxonomy_for(instance: LoadedInstance) -> tuple[Any | None, Finding | None]:
    """The doc2xbrl taxonomy among the instance's schemas, or a finding saying why there is none."""
    reasons: list[tuple[str, str]] = []
    known = dict(instance.schema_versions)  # the modification times the schemaRef check read
    for path in instance.schema_paths:
        try:
            text = str(path)
            modified = known.get(text)
            taxonomy = cached_taxonomy(text, path.stat().st_mtime_ns if modified is None else modified)
        except TaxonomyError as exc:
            reasons.append((exc.code, str(exc)))
            continue
        except OSError as exc:
            reasons.append(("xbrl.4.2.2:schemaRefHref", str(exc)))
            continue
        if taxonomy.concepts:
            return taxonomy, None
        reasons.append(("xbrl.4.2.2:schemaRefHref", f"{path.name} declares no concepts"))
    code, reason = reasons[0] if reasons else ("xbrl.4.2.2:schemaRefHref", "")
    message = "no doc2xbrl taxonomy among the schemaRefs" + (f": {reason}" if reason else "")
    return None, Finding(code, ERROR, message, instance.name, None)


@lru_cache(maxsize=16)
def cached_taxonomy(path: str, mtime_ns: int) -> Any:
    """``converter.taxonomy.load_taxonomy`` once per taxonomy file version (convert validates
    thousands of instances against one taxonomy)."""
    from converter.taxonomy import load_taxonomy

    return load_taxonomy(Path(path))
