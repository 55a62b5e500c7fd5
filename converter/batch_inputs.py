"""The inputs of a batch: files, folders, globs, and the members of ``.zip`` archives.

A ``.gz`` file is one filing (ingest decompresses it); a ``.zip`` archive holds many, and each
member is one input named ``archive.zip!member``. Inputs come out in one stable sorted order, so
two runs over the same archive do the same work in the same order.

>>> InputRef("filings/a.zip", "filings/a.zip", "2002/x.txt").name
'filings/a.zip!2002/x.txt'
>>> InputRef("x.txt", "x.txt").name
'x.txt'
"""

from __future__ import annotations

import functools
import glob
import os
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from converter.errors import Doc2XbrlError, IngestError
from converter.guards import size_problem

__all__ = ["InputRef", "iter_inputs", "not_a_filing", "MAX_MEMBER_BYTES"]

# A zip member larger than this is refused rather than inflated into memory (zip bombs).
MAX_MEMBER_BYTES = 512 * 1024 * 1024
_GLOB_CHARS = frozenset("*?[")
# Folders an archive tool leaves beside the filings; they hold no filings.
_SKIPPED_MEMBER_PREFIXES = ("__MACOSX/",)


@dataclass(frozen=True, order=True)
class InputRef:
    """Where one input's bytes are: a file, or a member of a ``.zip`` archive at ``path``.

    Small and picklable, so worker processes read the bytes themselves.
    """

    label: str  # the path as the user named it (archive path for members)
    path: str  # the file on disk
    member: str | None = None

    @property
    def name(self) -> str:
        return f"{self.label}!{self.member}" if self.member is not None else self.label

    @property
    def file_name(self) -> str:
        """The name of the file itself (the member's, for an archive member)."""
        return os.path.basename(self.member if self.member is not None else self.path)

    def read(self, max_bytes: int = MAX_MEMBER_BYTES) -> bytes:
        """The input's bytes, never more than ``max_bytes`` read; raises :class:`IngestError`
        with a one-line reason (a file past the limit is refused before it is read whole)."""
        if self.member is None:
            try:
                with open(self.path, "rb") as handle:
                    data = handle.read(max_bytes + 1)
            except OSError as exc:
                raise IngestError(self.name, f"cannot read file: {exc.strerror or exc}") from None
            if len(data) > max_bytes:  # say the file's whole size, not what was read of it
                size = max(os.path.getsize(self.path), len(data))
                raise IngestError(self.name, size_problem(size, max_bytes) or "is too large")
            return data
        return _read_member(self.path, self.member, self.name, max_bytes)


@functools.cache
def _non_filing_endings() -> tuple[tuple[str, str], ...]:
    from converter.resources import data_rows

    return tuple((ending, what) for ending, what in data_rows("non_filing_files.tsv"))


def not_a_filing(ref: InputRef) -> str | None:
    """Why the input is not a filing, judged by its name (``data/non_filing_files.tsv``), or None.

    >>> not_a_filing(InputRef("in/SOURCES.tsv", "in/SOURCES.tsv"))
    'not a filing: a tab-separated table'
    >>> not_a_filing(InputRef("a.zip", "a.zip", "2002/logo.GIF")), not_a_filing(InputRef("x.txt", "x.txt"))
    ('not a filing: an image', None)
    """
    name = ref.file_name.lower()
    for ending, what in _non_filing_endings():
        if name.endswith(ending):
            return f"not a filing: {what}"
    return None


def _read_member(path: str, member: str, name: str, max_bytes: int = MAX_MEMBER_BYTES) -> bytes:
    try:
        archive = _open_zip(path, os.stat(path).st_mtime_ns)
        info = archive.getinfo(member)
        problem = size_problem(info.file_size, min(max_bytes, MAX_MEMBER_BYTES))
        if problem:
            raise IngestError(name, f"archive member {problem}")
        return archive.read(info)
    except IngestError:
        raise
    except KeyError:
        raise IngestError(name, "no such member in the archive") from None
    except (OSError, RuntimeError, zipfile.BadZipFile, NotImplementedError, EOFError) as exc:
        # RuntimeError: encrypted member; NotImplementedError: unsupported compression.
        raise IngestError(name, f"cannot read archive member: {_one_line(exc)}") from None


@functools.lru_cache(maxsize=4)
def _open_zip(path: str, mtime_ns: int) -> zipfile.ZipFile:
    # Kept open per process: reading the central directory of a big archive once per member
    # would make a batch quadratic. ``mtime_ns`` is part of the key so a changed file reopens.
    return zipfile.ZipFile(path)


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return " ".join(text.split())


def iter_inputs(patterns: Iterable[str]) -> Iterator[InputRef]:
    """Every input named by ``patterns``, sorted by name, each once.

    A pattern is a file, a folder (walked recursively, hidden files skipped) or a glob
    (``**`` recurses). Raises :class:`Doc2XbrlError` for a pattern that names nothing.
    """
    refs: dict[tuple[str, str | None], InputRef] = {}
    for pattern in patterns:
        found = _is_folder(pattern)  # an empty folder is no mistake
        for path in _expand(pattern):
            found = True
            for ref in _refs_of_file(path):
                refs.setdefault((os.path.realpath(ref.path), ref.member), ref)
        if not found:
            raise Doc2XbrlError(pattern, "no such file or directory" if not _is_glob(pattern) else "no input matches")
    yield from sorted(refs.values(), key=_sort_key)


def _sort_key(ref: InputRef) -> tuple:
    return (ref.label.split(os.sep), ref.member or "")


def _is_glob(pattern: str) -> bool:
    return any(ch in _GLOB_CHARS for ch in pattern)


def _is_folder(pattern: str) -> bool:
    return os.path.isdir(pattern)


def _expand(pattern: str) -> Iterator[str]:
    if _is_glob(pattern) and not os.path.exists(pattern):
        matches = sorted(glob.glob(pattern, recursive=True))
    else:
        matches = [pattern]
    for match in matches:
        if os.path.isdir(match):
            yield from _walk(match)
        elif os.path.isfile(match):
            yield match


def _walk(folder: str) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file in sorted(files):
            if not file.startswith("."):
                path = os.path.join(root, file)
                if os.path.isfile(path):
                    yield path


def _refs_of_file(path: str) -> Iterator[InputRef]:
    if path.lower().endswith(".zip"):
        members = _zip_members(path)
        if members is not None:
            yield from (InputRef(path, path, member) for member in members)
            return
    # Not a zip after all (or a broken one): one input, which ingest will judge.
    yield InputRef(path, path)


def _zip_members(path: str) -> list[str] | None:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (OSError, zipfile.BadZipFile, EOFError):
        return None
    names = {
        info.filename for info in infos
        if not info.is_dir()
        and not info.filename.startswith(_SKIPPED_MEMBER_PREFIXES)
        and not Path(info.filename).name.startswith(".")
    }
    return sorted(names)
