"""What a batch names each input's outputs: after the input's file (or archive member), made
distinct where two inputs, or an input and a taxonomy file, would get the same name."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import replace
from pathlib import Path

from converter.batch_inputs import InputRef
from converter.batch_manifest import MANIFEST_NAME
from converter.pipeline import Converted

_SUFFIXES = (".gz", ".txt", ".htm", ".html", ".nc", ".sgml")  # as converter.pipeline names outputs


def output_stem(name: str) -> str:
    """The stem :mod:`converter.pipeline` names an input's outputs after.

    >>> output_stem("archive.zip!2002/0000950103-02-001.txt"), output_stem("x/a.txt.gz")
    ('0000950103-02-001', 'a')
    """
    stem = Path(name).name
    for suffix in _SUFFIXES:
        stem = stem.removesuffix(suffix)
    return stem or "instance"


def renamed(converted: Converted, name: str, stem: str) -> Converted:
    usual = output_stem(name)
    if converted.output_name.startswith(usual):
        new_name = stem + converted.output_name[len(usual):]
    else:
        new_name = f"{stem}-{converted.output_name}"
    return replace(converted, output_name=new_name)


def _reserved_names() -> set[str]:
    from converter.taxonomy import TAXONOMY_FILES

    return {name.lower() for name in TAXONOMY_FILES} | {MANIFEST_NAME}


def _own_stem(ref: InputRef) -> str:
    """Outputs are named after the file, or after the member itself for archive members."""
    return output_stem(ref.member if ref.member is not None else ref.path)


def stem_overrides(refs: list[InputRef]) -> dict[str, str]:
    """The output stem of every input whose outputs the pipeline would not name as wanted:
    archive members (named after the member, not ``archive.zip!member``), and inputs whose
    outputs would collide with another input's or a taxonomy file (the stem plus a short hash
    of the input's name, so the choice does not depend on the order of the inputs)."""
    stems = Counter(_own_stem(ref).lower() for ref in refs)
    reserved = _reserved_names()
    overrides = {}
    for ref in refs:
        stem = _own_stem(ref)
        if stems[stem.lower()] > 1 or f"{stem.lower()}.xml" in reserved:
            tag = hashlib.sha256(ref.name.encode("utf-8", "surrogateescape")).hexdigest()[:8]
            stem = f"{stem}-{tag}"
        if stem != output_stem(ref.name):
            overrides[ref.name] = stem
    return overrides
