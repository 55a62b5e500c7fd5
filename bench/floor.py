"""What issue 17 compares us with: the floor for the same work, time per family, time per byte.

- **The floor**: the least any converter of the same documents must do, measured on them in the
  same run: decode the bytes, one digit-anchored regular-expression pass over the text, then
  build with lxml the very instance we wrote (the same contexts, units and facts), serialize it
  and validate it against the taxonomy's XML Schema. Our ms/doc over the floor's says how much
  of our time is reading the document for meaning rather than the unavoidable I/O of XBRL.
- **Per family**: each stage's ms/doc for the documents of each family (the seeds' families are
  the ones issue 17's target of 1,000 documents a second per core is stated for).
- **Per byte**: a filing made long by repeating a document (signature pages and tables repeat in
  real submissions) against the document itself; CPU time per byte of the long over the short,
  about 1 when the work is linear in the size, the length ratio when quadratic.

CPU time of this process (``time.process_time``) throughout, so other work on the machine does
not count; each figure is a ratio or an average over documents measured in one run.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from pathlib import Path

from lxml import etree

STAGES = ("ingest", "classify", "extract", "map", "render", "validate")
# the floor's scan: every figure of the text starts with a digit
_DIGIT_RUN = re.compile(r"\d[\d,.]*")


def _rebuilt(element: etree._Element, parent: etree._Element | None) -> etree._Element:
    """A fresh lxml element with ``element``'s tag, attributes, text and children."""
    made = etree.Element(element.tag, dict(element.attrib), nsmap=element.nsmap) if parent is None \
        else etree.SubElement(parent, element.tag, dict(element.attrib))
    made.text = element.text
    for child in element:
        if isinstance(child.tag, str):  # comments are not facts
            _rebuilt(child, made).tail = child.tail
    return made


def floor_ms(data: bytes, instances: list[bytes]) -> float:
    """CPU ms of the floor for one document whose instances we wrote are ``instances``."""
    from converter.resources import schemas_dir
    from converter.validate.loading import load_instance
    from converter.validate.xsd import instance_schema

    # not timed: our own output, parsed to know what the floor must build
    parsed = [load_instance(xml, name="floor.xml", base_dir=schemas_dir())[0] for xml in instances]
    schemas = [instance_schema(instance.schema_paths) for instance in parsed]
    started = time.process_time()
    text = data.decode("utf-8", errors="replace")
    figures = sum(1 for _ in _DIGIT_RUN.finditer(text))
    for instance, schema in zip(parsed, schemas):
        built = _rebuilt(instance.root, None)
        etree.tostring(built, xml_declaration=True, encoding="utf-8")
        schema.validate(built.getroottree())
    del figures
    return 1000 * (time.process_time() - started)


def stage_times(data: bytes, name: str) -> tuple[str, dict[str, float], list[bytes]]:
    """``(family, CPU ms per stage, instances)`` of converting one document (its first family)."""
    from converter.classify import classify
    from converter.extract import extract
    from converter.ingest import ingest_bytes
    from converter.map import map_extraction
    from converter.render import render_instance
    from converter.resources import schemas_dir
    from converter.validate import validate

    times = dict.fromkeys(STAGES, 0.0)
    clock = time.process_time()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.process_time()
        times[stage] += 1000 * (now - clock)
        clock = now

    filing = ingest_bytes(data, name)
    lap("ingest")
    family, instances = "", []
    for document in filing.documents:
        classification = classify(document)
        family = family or classification.family
        lap("classify")
        extraction = extract(document, classification, filing.header)
        lap("extract")
        mapped = map_extraction(extraction, source_sha256="0" * 64)
        lap("map")
        xml = render_instance(mapped.instance)
        lap("render")
        validate(xml, name=name, base_dir=schemas_dir())
        lap("validate")
        instances.append(xml)
    return family, times, instances


def measure_families(paths: list[Path]) -> dict:
    """Per family: documents, ms/doc per stage, our total and the floor's, ms/doc."""
    from converter.errors import Doc2XbrlError

    for path in paths[:20]:  # vocabularies, schemas and each family's lazy tables load once
        try:
            stage_times(path.read_bytes(), path.name)
        except Doc2XbrlError:
            pass
    totals: dict[str, dict[str, float]] = defaultdict(lambda: dict.fromkeys((*STAGES, "floor"), 0.0))
    counts: dict[str, int] = defaultdict(int)
    failed = 0
    for path in paths:
        data = path.read_bytes()
        try:
            family, times, instances = stage_times(data, path.name)
        except Doc2XbrlError:
            failed += 1
            continue
        counts[family] += 1
        for stage, ms in times.items():
            totals[family][stage] += ms
        totals[family]["floor"] += floor_ms(data, instances)
    families = {}
    for family in sorted(counts):
        per_doc = {key: value / counts[family] for key, value in totals[family].items()}
        ours = sum(per_doc[stage] for stage in STAGES)
        families[family] = {"docs": counts[family], "ms_per_doc": {s: per_doc[s] for s in STAGES},
                            "total_ms_per_doc": ours, "floor_ms_per_doc": per_doc["floor"],
                            "over_floor": ours / per_doc["floor"] if per_doc["floor"] else None}
    return {"families": families, "failed": failed, "all": _pooled(families)}


def _pooled(families: dict) -> dict:
    docs = sum(f["docs"] for f in families.values())
    if not docs:
        return {"docs": 0}
    ours = sum(f["total_ms_per_doc"] * f["docs"] for f in families.values()) / docs
    floor = sum(f["floor_ms_per_doc"] * f["docs"] for f in families.values()) / docs
    return {"docs": docs, "total_ms_per_doc": ours, "floor_ms_per_doc": floor, "over_floor": ours / floor}


def seed_families(seed_paths: list[Path]) -> list[str]:
    """The families of the seed documents (the first family of each)."""
    from converter.classify import classify
    from converter.ingest import ingest_bytes

    found = []
    for path in seed_paths:
        filing = ingest_bytes(path.read_bytes(), path.name)
        found.append(classify(filing.documents[0]).family)
    return sorted(set(found))


def measure_per_byte(base_path: Path, sizes: tuple[int, int]) -> dict:
    """CPU µs per byte of a filing repeated to each of ``sizes`` bytes, and the long one's ratio."""
    from converter.pipeline import convert_bytes

    base = base_path.read_bytes()
    convert_bytes(base, "warm.txt")
    per_byte = []
    for size in sizes:
        data = base * max(1, size // len(base))
        started = time.process_time()
        convert_bytes(data, "repeated.txt")
        per_byte.append((time.process_time() - started) / len(data))
    return {"document": base_path.name, "bytes": list(sizes),
            "us_per_byte": [1e6 * value for value in per_byte], "ratio": per_byte[-1] / per_byte[0]}
