"""Convert a folder of filings with a Dask bag: one XBRL instance per document, written atomically.

doc2xbrl's ``convert_file`` is a pure function of its input, so any engine that can map a
function over file names (Dask, Ray, Spark) can run it. Install the extra first:
``pip install 'doc2xbrl[dask]'``.

    python examples/dask_batch.py FILINGS_DIR OUT_DIR [--scheduler processes|threads|synchronous]

Prints one JSON line per input (input, status, outputs, facts, error) and exits 1 if any failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import dask.bag as db

from converter.errors import Doc2XbrlError
from converter.pipeline import atomic_write, convert_file
from converter.taxonomy import copy_taxonomy


def convert_one(path: str, out_dir: str) -> dict:
    """Runs on a Dask worker: convert one file, write its instances, report in a small dict."""
    try:
        converted = convert_file(path)
        outputs = []
        for item in converted:
            atomic_write(Path(out_dir) / item.output_name, item.xml)
            outputs.append(item.output_name)
    except Doc2XbrlError as exc:
        return {"input": path, "status": "failed", "outputs": [], "facts": 0, "error": str(exc)}
    facts = sum(len(item.instance.facts) for item in converted)
    return {"input": path, "status": "ok", "outputs": outputs, "facts": facts, "error": None}


def convert_folder(filings: Path, out_dir: Path, scheduler: str = "processes") -> list[dict]:
    paths = sorted(str(p) for p in filings.rglob("*") if p.is_file() and not p.name.startswith("."))
    out_dir.mkdir(parents=True, exist_ok=True)
    copy_taxonomy(out_dir)  # once, before the workers write instances that refer to it
    if not paths:
        return []
    bag = db.from_sequence(paths, partition_size=16).map(convert_one, str(out_dir))
    return bag.compute(scheduler=scheduler)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Convert a folder of filings with a Dask bag.")
    parser.add_argument("filings", type=Path)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--scheduler", default="processes", choices=("processes", "threads", "synchronous"))
    args = parser.parse_args(argv)
    results = convert_folder(args.filings, args.out_dir, args.scheduler)
    for result in results:
        print(json.dumps(result, ensure_ascii=False))
    return 1 if any(r["status"] == "failed" for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
