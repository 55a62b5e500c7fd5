"""Benchmark: documents per second, memory, per-stage time, and Arelle for comparison.

    python bench/run.py [--docs 5000] [--quick] [--arelle N] [--profile]

1. generates a corpus of ``--docs`` filings (bench/corpus.py) in a temporary folder;
2. for each set of documents (the generated corpus; its documents of the seeds' families; the
   78 real documents of ``../shared/corpus`` when that folder exists) runs the batch
   (``converter.batch.run_batch``: read, convert = ingest + classify + extract + map + render +
   validate, write atomically, manifest) with 1 job (in process) and with ``--jobs 2``, each in
   a fresh process, recording documents/s and memory: peak RSS, and the RSS after 1,000
   documents and at the end, to show it stays flat; then times each stage (CPU) per family by
   calling the stage functions directly, and the floor for the same documents (bench/floor.py);
3. converts a cover and an agreement repeated to 10 MB (1 MB with ``--quick``) and compares
   their CPU time per byte with 100 kB's (linear work gives about 1);
4. loads and validates, with Arelle in process (``arelle.api.Session``, warm, one per process),
   the instances of a sample of the batch's documents, and times our validate of the same
   instances and our whole convert of the same documents in that process: the ratios compare
   like with like (the convert_bytes loop over up to 2,000 documents is shown against Arelle too).

Prints a table and writes bench/results.json. ``--profile`` adds the top functions (cProfile) of
the convert loop. Targets (issue 7): >= 500 docs/s single process, >= 1.8x that with 2 jobs,
peak RSS < 200 MB, full convert >= 25x faster than Arelle's load+validate, validate >= 100x;
(issue 17): >= 1,000 docs/s per core on the seeds' families, time per byte within 2x.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import redirect_stderr
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path[:0] = [str(REPO), str(BENCH)]

import corpus  # noqa: E402  (bench/corpus.py, beside this file)
import floor  # noqa: E402  (bench/floor.py: the floor, per-family stages, time per byte)

# issue 7's targets, then issue 17's: 1,000 documents a second per core on the seeds' families
# (in process, CPU time), time per byte of a long filing within 2x of a short one's
TARGETS = {"docs_per_s_1": 500.0, "speedup_2_jobs": 1.8, "peak_rss_mb": 200.0,
           "arelle_ratio_convert": 25.0, "arelle_ratio_validate": 100.0,
           "seed_families_docs_per_s_per_core": 1000.0, "per_byte_ratio": 2.0}
LOWER_IS_BETTER = {"peak_rss_mb", "per_byte_ratio"}
STAGES = floor.STAGES
SHARED_CORPUS = REPO.parent / "shared" / "corpus" / "docs"
SEEDS = sorted((REPO / "examples").glob("*.txt"))  # the four seed documents
# long filings for the time per byte: a cover and an agreement with repeated signature pages
PER_BYTE = ("hanaro-6k-cover-nov-2002.txt", "hanaro-13d-joint-filing-agreement-2003.txt")


# --------------------------------------------------------------------------------------------
# Memory, from the kernel (psutil is not a dependency)
# --------------------------------------------------------------------------------------------


def rss_mb() -> float:
    """Resident set size of this process now."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


# --------------------------------------------------------------------------------------------
# Measurements, each run in a fresh process (``--measure``) so memory figures are its own
# --------------------------------------------------------------------------------------------


def measure_batch(corpus_dir: Path, out_dir: Path, jobs: int) -> dict:
    from converter.batch import run_batch

    checkpoints: dict[str, float] = {"start": rss_mb()}
    done = 0

    def on_item(item: object) -> None:
        nonlocal done
        done += 1
        if done in (1000, 2000, 5000, 10000):
            checkpoints[str(done)] = rss_mb()

    with redirect_stderr(io.StringIO()):  # the per-document log lines
        summary = run_batch([str(corpus_dir)], out_dir, jobs=jobs, progress=False, on_item=on_item)
    checkpoints["end"] = rss_mb()
    return {
        "jobs": jobs, "docs": summary.total, "ok": summary.ok, "failed": summary.failed,
        "facts": summary.facts, "seconds": summary.elapsed, "docs_per_s": summary.total / summary.elapsed,
        "rss_mb": checkpoints, "peak_rss_mb": peak_rss_mb(),
        "peak_rss_workers_mb": peak_rss_mb(resource.RUSAGE_CHILDREN) if jobs > 1 else None,
    }


def _sample(corpus_dir: Path, count: int) -> list[Path]:
    files = sorted(corpus_dir.iterdir())
    step = max(1, len(files) // count)
    return files[::step][:count]


def measure_convert(corpus_dir: Path, count: int) -> dict:
    """The pure library call on bytes in memory: no reading, hashing or writing."""
    from converter.errors import Doc2XbrlError
    from converter.pipeline import convert_bytes

    inputs = [(p.read_bytes(), str(p)) for p in _sample(corpus_dir, count)]
    convert_bytes(*inputs[0])  # warm: taxonomy, schema and templates load once per process
    started = time.perf_counter()
    failed = 0
    for data, name in inputs:
        try:
            convert_bytes(data, name)
        except Doc2XbrlError:
            failed += 1
    seconds = time.perf_counter() - started
    return {"docs": len(inputs), "failed": failed, "seconds": seconds, "docs_per_s": len(inputs) / seconds}


def measure_arelle(out_dir: Path, count: int) -> dict:
    """Arelle's load + validate (warm session) against our validate and our whole convert, on the
    same documents: a sample of the batch's inputs (from its manifest) and the instances each gave."""
    import logging

    from arelle.api.Session import Session
    from arelle.RuntimeOptions import RuntimeOptions

    from converter.pipeline import convert_bytes
    from converter.resources import schemas_dir
    from converter.validate import validate

    records = [json.loads(line) for line in (out_dir / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    converted = sorted((r for r in records if r["status"] == "ok" and r["outputs"]), key=lambda r: r["input"])
    step = max(1, len(converted) // count)

    def documents(chosen: list[dict]) -> list[tuple[Path, list[Path]]]:
        return [(Path(r["input"]), [out_dir / name for name in r["outputs"]]) for r in chosen]

    sample = documents(converted[::step][:count])
    # Both sides warm on the same few other documents first (lazy tables of every family, Arelle's
    # own schemas, the taxonomy, the UTR), so the sample measures the steady state of each.
    warm = documents(converted[1::step][:8])
    handler = logging.NullHandler()

    def arelle_once(session: Session, path: Path) -> float:
        options = RuntimeOptions(entrypointFile=str(path), validate=True, workOffline=True, utrValidate=True,
                                 disablePersistentConfig=True, logFile="logToBuffer")
        started = time.perf_counter()
        session.run(options, logHandler=handler)
        seconds = time.perf_counter() - started
        session.clear_logs()
        return seconds

    def timed(call, *args, **kwargs) -> float:
        started = time.perf_counter()
        call(*args, **kwargs)
        return time.perf_counter() - started

    with Session() as session:
        for _, outputs in warm:
            arelle_once(session, outputs[0])
        arelle = [sum(arelle_once(session, path) for path in outputs) for _, outputs in sample]
    for source, _ in warm:
        convert_bytes(source.read_bytes(), str(source))
    ours = [sum(timed(validate, path.read_bytes(), name=path.name, base_dir=schemas_dir()) for path in outputs)
            for _, outputs in sample]
    convert = [timed(convert_bytes, source.read_bytes(), str(source)) for source, _ in sample]
    return {"docs": len(sample), "instances": sum(len(outputs) for _, outputs in sample),
            "arelle_ms_per_doc": 1000 * sum(arelle) / len(arelle),
            "our_validate_ms_per_doc": 1000 * sum(ours) / len(ours),
            "our_convert_ms_per_doc": 1000 * sum(convert) / len(convert)}


def measure_profile(corpus_dir: Path, count: int) -> str:
    from converter.errors import Doc2XbrlError
    from converter.pipeline import convert_bytes

    inputs = [(p.read_bytes(), str(p)) for p in _sample(corpus_dir, count)]
    convert_bytes(*inputs[0])
    profiler = cProfile.Profile()
    profiler.enable()
    for data, name in inputs:
        try:
            convert_bytes(data, name)
        except Doc2XbrlError:
            pass
    profiler.disable()
    text = io.StringIO()
    stats = pstats.Stats(profiler, stream=text)
    stats.sort_stats("tottime").print_stats(25)
    stats.sort_stats("cumulative").print_stats(40)
    return text.getvalue()


def _measure_main(args: argparse.Namespace) -> int:
    from converter import regex_code

    regex_code.install()  # measured as the command line runs: patterns from their compiled code
    corpus_dir = Path(args.corpus)
    if args.measure == "batch":
        result = measure_batch(corpus_dir, Path(args.out), args.jobs)
    elif args.measure == "convert":
        result = measure_convert(corpus_dir, args.sample)
    elif args.measure == "families":
        paths = _sample(corpus_dir, args.sample) if args.sample else sorted(corpus_dir.iterdir())
        result = floor.measure_families(paths)
    elif args.measure == "per_byte":
        sizes = (100_000, args.sample)
        result = {name: floor.measure_per_byte(REPO / "examples" / name, sizes) for name in PER_BYTE}
    elif args.measure == "arelle":
        result = measure_arelle(Path(args.out), args.sample)
    else:
        result = {"profile": measure_profile(corpus_dir, args.sample)}
    print(json.dumps(result))
    return 0


def _in_fresh_process(measure: str, corpus_dir: Path, out_dir: Path | None = None, *, jobs: int = 1,
                      sample: int = 0) -> dict:
    command = [sys.executable, __file__, "--measure", measure, "--corpus", str(corpus_dir),
               "--jobs", str(jobs), "--sample", str(sample)]
    if out_dir is not None:
        command += ["--out", str(out_dir)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"measurement {measure} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------------------------
# The run
# --------------------------------------------------------------------------------------------


def seed_family_corpus(corpus_dir: Path, out_dir: Path) -> Path:
    """The generated documents of the seeds' families, linked into ``out_dir``."""
    from converter.classify import classify
    from converter.ingest import ingest_bytes

    wanted = set(floor.seed_families(SEEDS))
    out_dir.mkdir(parents=True, exist_ok=True)
    for path in sorted(corpus_dir.iterdir()):
        filing = ingest_bytes(path.read_bytes(), path.name)
        if classify(filing.documents[0]).family in wanted:
            (out_dir / path.name).symlink_to(path)
    return out_dir


def measure_set(name: str, corpus_dir: Path, out_dir: Path, sample: int) -> dict:
    """Batch docs/s with 1 and 2 jobs, per-family stages and the floor, for one set of documents."""
    result = {}
    for jobs in (1, 2):
        print(f"{name}: batch with {jobs} job(s)...", file=sys.stderr)
        result[f"batch_{jobs}"] = _in_fresh_process("batch", corpus_dir, out_dir / f"out{jobs}", jobs=jobs)
    print(f"{name}: stages per family and the floor...", file=sys.stderr)
    result["families"] = _in_fresh_process("families", corpus_dir, sample=sample)
    return result


def run(docs: int, arelle_docs: int, stage_docs: int, profile: bool, keep: Path | None) -> dict:
    work = Path(tempfile.mkdtemp(prefix="doc2xbrl-bench-"))
    try:
        corpus_dir = work / "corpus"
        started = time.perf_counter()
        corpus.write_corpus(corpus_dir, docs)
        print(f"corpus: {docs} documents in {time.perf_counter() - started:.1f} s ({corpus_dir})", file=sys.stderr)
        results: dict = {"docs": docs, "cpus": os.cpu_count(), "python": sys.version.split()[0]}
        sets = {"generated": corpus_dir, "seed families": seed_family_corpus(corpus_dir, work / "seed-family-corpus")}
        if SHARED_CORPUS.is_dir():
            sets["shared corpus"] = SHARED_CORPUS
        results["sets"] = {name: measure_set(name, folder, work / "out" / name.replace(" ", "-"), stage_docs)
                           for name, folder in sets.items()}
        results.update({key: results["sets"]["generated"][key] for key in ("batch_1", "batch_2")})
        print("convert loop, time per byte, Arelle...", file=sys.stderr)
        results["convert"] = _in_fresh_process("convert", corpus_dir, sample=min(docs, 2000))
        results["per_byte"] = _in_fresh_process("per_byte", corpus_dir, sample=1_000_000 if docs <= 1000 else 10_000_000)
        results["arelle"] = _in_fresh_process("arelle", corpus_dir, work / "out" / "generated" / "out1", sample=arelle_docs)
        if profile:
            results["profile"] = _in_fresh_process("profile", corpus_dir, sample=stage_docs)["profile"]
        if keep is not None:
            shutil.copytree(work, keep, dirs_exist_ok=True, symlinks=True)
        return results
    finally:
        shutil.rmtree(work, ignore_errors=True)


def figures(results: dict) -> dict:
    one, two = results["batch_1"], results["batch_2"]
    per_doc_convert = 1000 / results["convert"]["docs_per_s"]
    peak = max(max(s[f"batch_{j}"]["peak_rss_mb"] for j in (1, 2)) for s in results["sets"].values())
    workers = max(s["batch_2"]["peak_rss_workers_mb"] or 0 for s in results["sets"].values())
    seeds = results["sets"]["seed families"]["families"]["all"]
    return {
        "docs_per_s_1": one["docs_per_s"],
        "speedup_2_jobs": two["docs_per_s"] / one["docs_per_s"],
        "peak_rss_mb": max(peak, workers),
        # the ratio: the same documents, timed in the same process
        "arelle_ratio_convert": results["arelle"]["arelle_ms_per_doc"] / results["arelle"]["our_convert_ms_per_doc"],
        "arelle_ratio_convert_loop": results["arelle"]["arelle_ms_per_doc"] / per_doc_convert,
        "arelle_ratio_validate": results["arelle"]["arelle_ms_per_doc"] / results["arelle"]["our_validate_ms_per_doc"],
        "seed_families_docs_per_s_per_core": 1000 / seeds["total_ms_per_doc"],
        "per_byte_ratio": max(entry["ratio"] for entry in results["per_byte"].values()),
    }


def _set_rows(name: str, measured: dict) -> list[tuple[str, str, str]]:
    one, two, fams = measured["batch_1"], measured["batch_2"], measured["families"]
    pooled = fams["all"]
    rows = [(f"[{name}] batch 1 job / 2 jobs", f"{one['docs_per_s']:.0f} / {two['docs_per_s']:.0f} docs/s",
             f"{one['docs']} documents, {two['docs_per_s'] / one['docs_per_s']:.2f}x, {one['failed']} failed"),
            (f"[{name}] CPU ms/doc, ours / floor", f"{pooled['total_ms_per_doc']:.2f} / {pooled['floor_ms_per_doc']:.2f}",
             f"{pooled['over_floor']:.0f}x the floor, {1000 / pooled['total_ms_per_doc']:.0f} docs/s per core")]
    for family, entry in fams["families"].items():
        stages = " ".join(f"{s[:3]} {v:.2f}" for s, v in entry["ms_per_doc"].items())
        rows.append((f"  {family}", f"{entry['total_ms_per_doc']:.2f} ms/doc",
                     f"{entry['docs']} docs; {stages}; floor {entry['floor_ms_per_doc']:.2f}"))
    return rows


def table(results: dict) -> str:
    one, conv, arelle = results["batch_1"], results["convert"], results["arelle"]
    got = figures(results)
    rows = [("documents generated", f"{results['docs']}", "")]
    for name, measured in results["sets"].items():
        rows += _set_rows(name, measured)
    rows += [
        ("convert_bytes loop (no I/O)", f"{conv['docs_per_s']:.0f} docs/s", f"{1000 / conv['docs_per_s']:.2f} ms/doc wall"),
        (f"RSS 1 job at {' / '.join(one['rss_mb'])} docs", " / ".join(f"{v:.0f}" for v in one["rss_mb"].values()) + " MB", ""),
        ("peak RSS, any batch or worker", f"{got['peak_rss_mb']:.0f} MB", ""),
    ]
    rows += [(f"per byte: {name[:26]}", f"{entry['ratio']:.2f}x",
              " / ".join(f"{v:.2f} us/B at {b // 1000} kB" for v, b in zip(entry["us_per_byte"], entry["bytes"])))
             for name, entry in results["per_byte"].items()]
    rows += [
        ("Arelle load+validate (warm)", f"{arelle['arelle_ms_per_doc']:.1f} ms/doc",
         f"{arelle['docs']} documents, {arelle['instances']} instances"),
        ("our validate / convert, same", f"{arelle['our_validate_ms_per_doc']:.2f} / {arelle['our_convert_ms_per_doc']:.2f} ms",
         (f"Arelle is {got['arelle_ratio_validate']:.0f}x / {got['arelle_ratio_convert']:.1f}x "
          f"({got['arelle_ratio_convert_loop']:.1f}x the loop's average)")),
    ]
    lines = [f"{a:<36} {b:>22}  {c}" for a, b, c in rows]
    lines.append("")
    for key, target in TARGETS.items():
        value, lower = got[key], key in LOWER_IS_BETTER
        met = value <= target if lower else value >= target
        lines.append(f"target {key:<34} {value:>10.2f} {'<=' if lower else '>='} {target:<8} "
                     f"{'met' if met else 'NOT MET'}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="doc2xbrl benchmark")
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--quick", action="store_true", help="1,000 documents, smaller samples")
    parser.add_argument("--arelle", type=int, default=60, help="documents for the Arelle comparison")
    parser.add_argument("--profile", action="store_true", help="add cProfile's top functions")
    parser.add_argument("--keep", type=Path, help="copy the corpus and outputs here")
    parser.add_argument("--measure", choices=("batch", "convert", "families", "per_byte", "arelle", "profile"),
                        help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--sample", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        return _measure_main(args)
    docs = 1000 if args.quick and args.docs == 5000 else args.docs
    arelle_docs = min(args.arelle, 10) if args.quick else args.arelle
    results = run(docs, arelle_docs, 200 if args.quick else 500, args.profile, args.keep)
    results["figures"] = figures(results)
    results["targets"] = TARGETS
    print(table(results))
    if "profile" in results:
        print(results["profile"])
    (BENCH / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {BENCH / 'results.json'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
