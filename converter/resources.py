"""Where the packaged templates, schemas and data files live.

In a source checkout (or an editable install) ``templates/`` and ``schemas/`` sit at the top of
the repository; a wheel carries them inside the package as ``converter/_templates`` and
``converter/_schemas`` (see ``pyproject.toml``). Callers never need to know which.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"none of {', '.join(map(str, candidates))} exists")


@cache
def templates_dir() -> Path:
    return _first_existing(PACKAGE_DIR / "_templates", PACKAGE_DIR.parent / "templates")


@cache
def schemas_dir() -> Path:
    return _first_existing(PACKAGE_DIR / "_schemas", PACKAGE_DIR.parent / "schemas")


def data_path(name: str) -> Path:
    """A committed data file of ``converter/data`` (facts about the world, with their source)."""
    return PACKAGE_DIR / "data" / name


@cache
def data_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a committed tab-separated data file, read once: blank lines and ``#``
    comment lines (which state each file's source) left out, fields split on tabs.

    >>> data_rows("months.tsv")[0]
    ('1', 'January,Jan,Jan.,1월')
    """
    lines = data_path(name).read_text(encoding="utf-8").splitlines()
    return tuple(tuple(line.split("\t")) for line in lines if line.strip() and not line.startswith("#"))
