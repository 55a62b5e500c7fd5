"""Fingerprints of what doc2xbrl makes of a set of documents, to check a speed change changed nothing.

    python bench/snapshot.py take OUT.json [--tree DIR] [--documents 600] [--corpus DIR ...]
    python bench/snapshot.py diff OLD.json NEW.json

``take`` converts the bench corpus's first ``--documents`` (``bench/corpus.py``), the examples,
``tests/data`` and any ``--corpus`` folders with the checkout in ``--tree`` (default: this one),
and records per document a SHA-256 of each instance's bytes, its warnings and its unmapped report
(``unmapped_figures``, what ``--report`` prints), or the error a refused document gave. ``diff``
names the documents whose fingerprints differ and exits 1 when any does.

The documents come from this checkout, so two trees are fingerprinted on the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # (bench/ is not a package: its folder is put on the path above)

# Run in the tree being fingerprinted: reads "NAME LENGTH\n" and LENGTH bytes per document from
# stdin and prints one JSON line of fingerprints per document.
_WORKER = r"""
import hashlib, json, sys
sys.path.insert(0, sys.argv[1])
from converter.pipeline import convert_bytes
from converter.extract.mechanisms.leftovers import unmapped_figures
def sha(data):
    return hashlib.sha256(data).hexdigest()
stdin = sys.stdin.buffer
for line in iter(stdin.readline, b""):
    name, length = line.decode().rsplit(" ", 1)
    data = stdin.read(int(length))
    try:
        converted = convert_bytes(data, name)
    except Exception as exc:
        print(json.dumps({"name": name, "error": f"{type(exc).__name__}: {exc}"}), flush=True)
        continue
    print(json.dumps({"name": name, "instances": [
        {"xml": sha(c.xml), "warnings": sha("\n".join(c.warnings).encode()),
         "unmapped": sha(repr([(m.text, m.span.start, m.span.end, m.reason)
                               for m in unmapped_figures(c.extraction)]).encode())}
        for c in converted]}), flush=True)
"""


def _inputs(count: int, folders: list[Path]) -> list[tuple[str, bytes]]:
    found = [(name, data) for name, data in corpus.documents(count)]
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in {".txt", ".htm", ".html"}):
            found.append((str(path.relative_to(folder.parent)), path.read_bytes()))
    return found


def take(tree: Path, count: int, folders: list[Path]) -> dict[str, object]:
    worker = subprocess.Popen([sys.executable, "-c", _WORKER, str(tree)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, cwd=tree)
    prints: dict[str, object] = {}
    assert worker.stdin is not None and worker.stdout is not None
    for name, data in _inputs(count, folders):
        worker.stdin.write(f"{name} {len(data)}\n".encode() + data)
        worker.stdin.flush()
        answer = json.loads(worker.stdout.readline())
        prints[answer.pop("name")] = answer
    worker.stdin.close()
    worker.wait()
    return prints


def diff(old: dict[str, object], new: dict[str, object]) -> list[str]:
    names = sorted(set(old) | set(new))
    return [name for name in names if old.get(name) != new.get(name)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    taking = commands.add_parser("take")
    taking.add_argument("out", type=Path)
    taking.add_argument("--tree", type=Path, default=HERE.parent)
    taking.add_argument("--documents", type=int, default=600)
    taking.add_argument("--corpus", type=Path, action="append", default=[])
    differing = commands.add_parser("diff")
    differing.add_argument("old", type=Path)
    differing.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    if args.command == "take":
        ours = [HERE.parent / "examples", HERE.parent / "tests" / "data"]
        prints = take(args.tree.resolve(), args.documents, ours + args.corpus)
        args.out.write_text(json.dumps(prints, indent=0, sort_keys=True))
        print(f"{len(prints)} documents fingerprinted")
        return 0
    old, new = (json.loads(p.read_text()) for p in (args.old, args.new))
    differ = diff(old, new)
    for name in differ:
        print(f"differs: {name}")
    print(f"{len(differ)} of {len(set(old) | set(new))} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
