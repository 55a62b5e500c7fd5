"""The run manifest ``OUT/manifest.jsonl``: one JSON object per input, appended as the batch goes.

Each line is flushed as soon as its input is done, so a run killed at any moment leaves every
finished input recorded; at most the last line is cut short, and readers skip it. ``--resume``
trusts a line only if it says ``ok`` (or ``skipped``, an earlier resume's word for ok) for the
same content hash and every output it lists is still there (outputs are renamed into place
whole, so an existing output is a complete one).

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "a.xml").write_bytes(b"<xbrl/>")
>>> with ManifestWriter(folder / MANIFEST_NAME) as manifest:
...     manifest.write({"input": "a.txt", "status": "ok", "sha256": "ab", "outputs": ["a.xml"]})
>>> with open(folder / MANIFEST_NAME, "a") as handle:
...     _ = handle.write('{"input": "b.txt", "sta')   # killed mid-line
>>> resume_index(folder / MANIFEST_NAME, folder)["a.txt"][:2]
('ab', ('a.xml',))
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import NamedTuple

__all__ = ["MANIFEST_NAME", "Completed", "ManifestWriter", "read_manifest", "resume_index", "compact_manifest"]

MANIFEST_NAME = "manifest.jsonl"
FIELDS = ("input", "status", "outputs", "formats", "facts", "family", "reason", "error", "warnings", "elapsed",
          "sha256", "documents")
_DEFAULT_FORMATS = ("xbrl",)  # what a line written before --format reached batches held
_COMPLETE = frozenset({"ok", "skipped"})


def read_manifest(path: Path) -> Iterator[dict]:
    """Every well-formed line of the manifest at ``path`` (none if there is no manifest)."""
    try:
        handle = open(path, encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return
    with handle:
        for line in handle:
            try:
                record = json.loads(line)
            except ValueError:
                continue  # a line cut short by kill -9, or foreign text
            if isinstance(record, dict) and isinstance(record.get("input"), str):
                yield record


class Completed(NamedTuple):
    """What an earlier run recorded of an input it completed: a resumed run's skipped line
    repeats it, so the manifest still says how many facts the outputs hold, and why few."""

    sha256: str
    outputs: tuple[str, ...]
    facts: int = 0
    family: str | None = None
    reason: str | None = None
    warnings: tuple[str, ...] = ()
    documents: tuple[dict, ...] = ()

    @classmethod
    def of(cls, record: dict) -> "Completed":
        facts = record.get("facts")
        return cls(record["sha256"], tuple(record["outputs"]), facts if isinstance(facts, int) else 0,
                   _text(record.get("family")), _text(record.get("reason")),
                   tuple(w for w in record.get("warnings") or () if isinstance(w, str)),
                   tuple(d for d in record.get("documents") or () if isinstance(d, dict)))


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def resume_index(path: Path, out_dir: Path, formats: tuple[str, ...] = _DEFAULT_FORMATS) -> dict[str, Completed]:
    """``input -> Completed`` for every input whose last line says it is complete in the same
    ``formats`` (an input done as XBRL only is redone when Inline XBRL is asked too)."""
    last: dict[str, dict] = {}
    for record in read_manifest(path):
        last[record["input"]] = record
    index = {}
    for name, record in last.items():
        outputs = record.get("outputs")
        sha = record.get("sha256")
        if record.get("status") not in _COMPLETE or not isinstance(sha, str) or not isinstance(outputs, list):
            continue
        if tuple(record.get("formats") or _DEFAULT_FORMATS) != tuple(formats):
            continue
        if all(isinstance(o, str) and (out_dir / o).is_file() for o in outputs):
            index[name] = Completed.of(record)
    return index


class ManifestWriter:
    """Appends one line per finished input and flushes it at once."""

    def __init__(self, path: Path, *, append: bool = True) -> None:
        self.path = path
        if append and _ends_mid_line(path):
            # Start on a fresh line after a line cut short, or the next record is lost with it.
            with open(path, "a", encoding="utf-8") as handle:
                handle.write("\n")
        self._handle = open(path, "a" if append else "w", encoding="utf-8")

    def write(self, record: dict) -> None:
        line = json.dumps({k: record.get(k) for k in FIELDS}, ensure_ascii=False)
        self._handle.write(line + "\n")
        self._handle.flush()

    def close(self) -> None:
        if not self._handle.closed:
            self._handle.flush()
            os.fsync(self._handle.fileno())
            self._handle.close()

    def __enter__(self) -> "ManifestWriter":
        return self

    def __exit__(self, kind: type | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


def _ends_mid_line(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            handle.seek(0, os.SEEK_END)
            if handle.tell() == 0:
                return False
            handle.seek(-1, os.SEEK_END)
            return handle.read(1) != b"\n"
    except FileNotFoundError:
        return False


def compact_manifest(path: Path, order: Iterable[str]) -> bytes:
    """The manifest with one line per input (its last), in ``order`` then the others'.

    Returned, not written: the caller writes it atomically.
    """
    last: dict[str, dict] = {}
    for record in read_manifest(path):
        last[record["input"]] = record
    lines = []
    for name in order:
        record = last.pop(name, None)
        if record is not None:
            lines.append(record)
    lines.extend(last.values())
    text = "".join(json.dumps({k: r.get(k) for k in FIELDS}, ensure_ascii=False) + "\n" for r in lines)
    return text.encode("utf-8")
