"""Any report doc2xbrl writes, read back into the fact model (``converter.model.Instance``).

XBRL instances are read as they are; Inline XBRL pages, xBRL-JSON and xBRL-CSV reports through
the instance they stand for (:mod:`converter.validate.files`), so ``doc2xbrl show`` prints the
same table for a filing, its instance and every other format written from it. Reading is safe
(no DTD, no entities, no network) and raises :class:`Doc2XbrlError` with a one-line reason.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from converter.errors import Doc2XbrlError
from converter.model import Context, Fact, Instance, Period, Unit, UnitSpec
from converter.validate.findings import ERROR

SOURCE_NAMESPACE_LINE = "line"  # the src:line attribute convert writes on each fact
STANDARD_PREFIXES = {"http://www.xbrl.org/2003/iso4217": "iso4217", "http://www.xbrl.org/2003/instance": "xbrli"}


def report_kind(path: Path) -> str | None:
    """'instance', 'Inline XBRL', 'xBRL-JSON' or 'xBRL-CSV' when ``path`` is a report, else None."""
    from converter.validate.files import CHECKED, kind_of

    from converter.xmlsafe import Refused, read_bytes

    if not path.is_file():  # a device or a pipe is no report (and reading it might never end)
        return None
    try:
        with open(path, "rb") as handle:
            head = handle.read(1 << 16)
        json_report = head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")
        data = read_bytes(path) if json_report else head  # JSON: the kind is inside, read it whole
    except (OSError, Refused):
        return None
    kind = kind_of(data, path.name)
    return kind if kind in CHECKED else None


def read_report(path: str | Path) -> Instance:
    """The facts of the report at ``path`` (any format :func:`report_kind` names)."""
    from converter.validate.files import target_instance
    from converter.validate.loading import load_instance

    path = Path(path)
    kind = report_kind(path)
    if kind is None:
        raise Doc2XbrlError(str(path), "not an XBRL report doc2xbrl reads")
    from converter.xmlsafe import Refused, read_bytes

    try:
        data = read_bytes(path)
    except Refused as refusal:
        raise Doc2XbrlError(str(path), refusal.reason) from None
    if kind != "instance":
        data, _, findings = target_instance(data, str(path), path.parent, kind)
        errors = [f for f in findings if f.severity == ERROR]
        if data is None or errors:
            reason = errors[0].message if errors else "cannot be read"
            raise Doc2XbrlError(str(path), f"{kind}: {reason}")
    loaded, refusals = load_instance(data, name=str(path), base_dir=path.parent)
    if loaded is None:
        raise Doc2XbrlError(str(path), refusals[0].message if refusals else "not an XBRL instance")
    return instance_of(loaded)


def instance_of(loaded) -> Instance:
    """The model of a loaded instance: contexts, units and facts as convert made them."""
    from converter.validate.instance import InstanceView

    view = InstanceView(loaded)
    contexts = tuple(c for c in (_context(c) for c in view.contexts.values()) if c is not None)
    units = tuple(Unit(u.id, UnitSpec(_measures(u.numerator), _measures(u.denominator))) for u in view.units.values())
    facts = []
    namespace = ""
    for element in _items(loaded.root):
        namespace = namespace or element.nsmap.get(element.prefix) or ""
        facts.append(_fact(element))
    if all(f.id for f in facts):
        # an Inline XBRL page lists facts in the order of the text: ids give the instance's order
        from converter.show import natural_key

        facts.sort(key=lambda f: natural_key(f.id))
    schema_ref = next((str(p.name) for p in loaded.schema_paths), "")
    return Instance(loaded.name, "", schema_ref, namespace, contexts, units, tuple(facts))


def _items(root):
    from lxml import etree

    from converter.validate.loading import LINK, XBRLI

    skip = (f"{{{XBRLI}}}", f"{{{LINK}}}")
    return [e for e in root.iterchildren(etree.Element) if not e.tag.startswith(skip)]


def _fact(element) -> Fact:
    from converter.validate.instance import read_fact

    view = read_fact(element, element.getparent().get("{http://www.w3.org/XML/1998/namespace}lang"))
    line = next((v for k, v in element.attrib.items() if k.endswith("}" + SOURCE_NAMESPACE_LINE)), None)
    return Fact(view.qname[1], view.context_ref or "", view.value, view.unit_ref, view.decimals, view.lang,
                line=int(line) if line and line.isdigit() else None, id=view.id or "")


def _context(view) -> Context | None:
    try:
        if view.period_kind == "forever":
            period = Period.forever()
        elif view.period_kind == "instant":
            period = Period.instant(_day(view.end))
        else:
            period = Period.duration(_day(view.start), _day(view.end))
    except (TypeError, ValueError):
        return None  # an instance with a broken period: its facts are shown without one
    scheme, identifier = view.key[0]
    members = tuple((m.dimension[1] if m.dimension else m.dimension_text, m.value) for m in view.members)
    return Context(view.id, scheme, identifier, period, members)


def _day(text: str | None) -> dt.date:
    return dt.date.fromisoformat((text or "")[:10])


def _measures(measures) -> tuple[str, ...]:
    out = []
    for measure in measures:
        if measure.qname and measure.qname[0] in STANDARD_PREFIXES:
            out.append(f"{STANDARD_PREFIXES[measure.qname[0]]}:{measure.qname[1]}")
        else:
            out.append(measure.text)
    return tuple(out)
