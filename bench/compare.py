"""Like for like: CPU per document of two checkouts of doc2xbrl on the same bench documents.

    python bench/compare.py BASE [HEAD] [--documents 300] [--rounds 3] [--cold] [--cpu 1]

BASE and HEAD are folders holding a checkout (HEAD: this one). The documents are the bench
corpus's first ``--documents`` (``bench/corpus.py``, made here once and sent to both), kept to
those BASE converts, so the two trees do the same documents. Two worker processes, one per tree,
take turns document by document, the order swapped each round: a busy machine slows both alike.
Both are pinned to one CPU (``--cpu``): on a VM the two cores may run at different speeds, and a
worker on each would measure the cores, not the code. Warm (the default): each document's best
of ``--rounds``, after a warm-up on 30 of them. ``--cold``: each document converted once, after
a warm-up on as many other documents (patterns compiled, nothing of these texts remembered):
what a batch pays.

The families are BASE's classification, so a document BASE read as "other" stays in "other".
Prints ms/doc per family and in all, and HEAD's ratio to BASE: a ratio, measured in one run,
never an absolute time (the machine's speed moves between runs).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # (bench/ is not a package: its folder is put on the path above)

# One tree's worker: reads "warm I J" (convert documents I..J-1 once, unmeasured), "family I"
# and "time I" (CPU ms of one conversion, or -1 when it fails) from stdin, a document's bytes
# having come first as "doc I NAME LENGTH" and LENGTH bytes.
_WORKER = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
from converter.classify import classify
from converter.ingest import ingest_bytes
from converter.pipeline import convert_bytes
docs = {}
stdin, out = sys.stdin.buffer, sys.stdout
def convert(i):
    name, data = docs[i]
    start = time.process_time()
    try:
        convert_bytes(data, name)
    except Exception:
        return -1.0
    return (time.process_time() - start) * 1000
for line in iter(stdin.readline, b""):
    word, *args = line.decode().split()
    if word == "doc":
        i, name, length = int(args[0]), args[1], int(args[2])
        docs[i] = (name, stdin.read(length))
        continue
    if word == "warm":
        for i in range(int(args[0]), int(args[1])):
            convert(i)
        answer = "ok"
    elif word == "family":
        name, data = docs[int(args[0])]
        answer = "|".join(classify(d).family.value for d in ingest_bytes(data, name).documents)
    else:
        answer = repr(convert(int(args[0])))
    out.write(answer + "\n")
    out.flush()
"""


class Worker:
    """A process converting with one tree's ``converter`` package."""

    def __init__(self, tree: Path, cpu: int | None) -> None:
        self.process = subprocess.Popen([sys.executable, "-c", _WORKER, str(tree)], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE)
        if cpu is not None and hasattr(os, "sched_setaffinity"):
            os.sched_setaffinity(self.process.pid, {cpu})

    def send(self, documents: list[tuple[str, bytes]]) -> None:
        for i, (name, data) in enumerate(documents):
            self.process.stdin.write(f"doc {i} {name} {len(data)}\n".encode() + data)
        self.process.stdin.flush()

    def ask(self, question: str) -> str:
        self.process.stdin.write(question.encode() + b"\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().decode().strip()

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait()


def compare(base: Path, head: Path, count: int, rounds: int, cold: bool, cpu: int | None) -> dict:
    """``{"family": ..., "base": {doc: ms}, "head": {doc: ms}, "head_failed": [...]}`` over the
    documents BASE converts (asked after the timing, so that asking warms nothing)."""
    warm_from, warm_to = (count, 2 * count) if cold else (0, min(30, count))
    documents = list(corpus.documents(max(count, warm_to)))
    workers = [Worker(base, cpu), Worker(head, cpu)]
    best: list[dict[int, float]] = [{}, {}]
    try:
        for worker in workers:
            worker.send(documents)
            worker.ask(f"warm {warm_from} {warm_to}")
        for turn in range(1 if cold else rounds):
            for i in range(count):
                for w in ((0, 1) if (i + turn) % 2 == 0 else (1, 0)):
                    ms = float(workers[w].ask(f"time {i}"))
                    best[w][i] = min(ms, best[w].get(i, ms))
        converts = [i for i in range(count) if best[0][i] >= 0]
        family = {i: workers[0].ask(f"family {i}").split("|")[0] for i in converts}
    finally:
        for worker in workers:
            worker.close()
    names = {i: documents[i][0] for i in converts}
    return {"family": {names[i]: family[i] for i in converts},
            "base": {names[i]: best[0][i] for i in converts},
            "head": {names[i]: max(best[1][i], 0.0) for i in converts},
            "head_failed": [names[i] for i in converts if best[1][i] < 0]}


def report(result: dict) -> list[str]:
    """Lines of ms/doc per family and in all, and HEAD's ratio to BASE."""
    groups: dict[str, list[str]] = defaultdict(list)
    for name, family in result["family"].items():
        groups[family].append(name)
    groups = dict(sorted(groups.items()))
    groups["all"] = list(result["family"])
    lines = [f"{'family (BASE classifies)':28s} {'docs':>4s} {'BASE':>7s} {'HEAD':>7s} {'ratio':>6s}"]
    for family, names in groups.items():
        base = sum(result["base"][n] for n in names) / len(names)
        head = sum(result["head"][n] for n in names) / len(names)
        lines.append(f"{family:28s} {len(names):4d} {base:7.3f} {head:7.3f} {head / base:6.3f}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", type=Path, help="a folder holding the older checkout")
    parser.add_argument("head", type=Path, nargs="?", default=HERE.parent, help="the newer one (this checkout)")
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cold", action="store_true", help="each document once, after other documents")
    parser.add_argument("--cpu", type=int, default=min(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None)
    parser.add_argument("--json", type=Path, help="also write each document's figures here")
    args = parser.parse_args(argv)
    for tree in (args.base, args.head):
        if not (tree / "converter" / "__init__.py").is_file():
            parser.error(f"{tree}: no converter package there")
    result = compare(args.base.resolve(), args.head.resolve(), args.documents, args.rounds, args.cold, args.cpu)
    if not result["family"]:
        parser.error(f"{args.base}: converts none of the {args.documents} documents")
    print("\n".join(report(result)))
    if result["head_failed"]:
        print(f"HEAD failed {len(result['head_failed'])} documents BASE converts (counted as 0 ms): "
              + ", ".join(result["head_failed"][:5]))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
