"""Time the render and validate stages alone, and compare their output across checkouts.

    python bench/render_validate.py [--docs 300] [--repeat 3] [--profile]
    python bench/render_validate.py --against /work/main       # ratios, one run, both checkouts
    python bench/render_validate.py --dump OUT_DIR              # every rendered instance, for cmp

Documents: the bench's generated corpus (``bench/corpus.py documents(n)``), ``examples/*.txt``
and, when it exists, ``../shared/corpus/docs``. Each is taken through ingest .. map once; then
``render_instance`` and ``validate`` are timed over all the instances, ``--repeat`` times, with
``time.process_time`` (CPU of this process: the machine is shared). ``--against REPO`` runs the
same measurement in a fresh process for this checkout and for ``REPO``, alternately, and prints
the ratios, so before and after come from one run on one machine state.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
SHARED_DOCS = BENCH.parent.parent / "shared" / "corpus" / "docs"


def sources(docs: int) -> list[tuple[str, bytes]]:
    """``(name, bytes)``: the generated corpus, the examples, the shared corpus."""
    sys.path[:0] = [str(BENCH)]
    import corpus  # bench/corpus.py

    found = [(f"bench/{name}", data) for name, data in corpus.documents(docs)]
    found += [(f"examples/{p.name}", p.read_bytes()) for p in sorted((BENCH.parent / "examples").glob("*.txt"))]
    if SHARED_DOCS.is_dir():
        found += [(f"corpus/{p.name}", p.read_bytes()) for p in sorted(SHARED_DOCS.iterdir()) if p.is_file()]
    return found


def instances(found: list[tuple[str, bytes]]) -> list[tuple[str, object]]:
    """``(label, Instance)`` of every document the pipeline maps (ingest .. map, once each)."""
    import hashlib

    from converter.classify import classify
    from converter.errors import Doc2XbrlError
    from converter.extract import extract
    from converter.ingest import ingest_bytes
    from converter.map import map_extraction

    out = []
    for name, data in found:
        try:
            filing = ingest_bytes(data, name)
        except Doc2XbrlError:
            continue
        digest = hashlib.sha256(data).hexdigest()
        for document in filing.documents:
            extraction = extract(document, classify(document), filing.header)
            out.append((f"{name}#{document.sequence}", map_extraction(extraction, source_sha256=digest).instance))
    return out


def measure(docs: int, repeat: int, profile: bool) -> dict:
    from converter.render import render_instance
    from converter.resources import schemas_dir
    from converter.validate import validate

    mapped = instances(sources(docs))
    xmls = [render_instance(instance) for _, instance in mapped]  # warm: template, schema, taxonomy
    for xml in xmls[:3]:
        validate(xml, name="warm.xml", base_dir=schemas_dir())
    render_s, validate_s = [], []
    for _ in range(repeat):
        started = time.process_time()
        for _, instance in mapped:
            render_instance(instance)
        render_s.append(time.process_time() - started)
        started = time.process_time()
        for xml in xmls:
            validate(xml, name="instance.xml", base_dir=schemas_dir())
        validate_s.append(time.process_time() - started)
    result = {"instances": len(mapped), "facts": sum(len(i.facts) for _, i in mapped),
              "render_ms": 1000 * min(render_s) / len(mapped), "validate_ms": 1000 * min(validate_s) / len(mapped)}
    if profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for xml in xmls:
            validate(xml, name="instance.xml", base_dir=schemas_dir())
        profiler.disable()
        text = io.StringIO()
        stats = pstats.Stats(profiler, stream=text)
        stats.sort_stats("tottime").print_stats(30)
        stats.sort_stats("cumulative").print_stats(45)
        result["profile"] = text.getvalue()
    return result


def dump(docs: int, out_dir: Path) -> int:
    """Write each rendered instance to ``out_dir`` (names from the source), for ``cmp -r``."""
    from converter.render import render_instance

    out_dir.mkdir(parents=True, exist_ok=True)
    mapped = instances(sources(docs))
    for label, instance in mapped:
        (out_dir / (label.replace("/", "__").replace("#", "-") + ".xml")).write_bytes(render_instance(instance))
    print(f"{len(mapped)} instances -> {out_dir}", file=sys.stderr)
    return 0


def against(other: Path, docs: int, repeat: int, rounds: int) -> int:
    """This checkout and ``other`` measured alternately in fresh processes; ratios other/this."""
    here = BENCH.parent
    runs: dict[str, list[dict]] = {"this": [], "other": []}
    for _ in range(rounds):
        for key, repo in (("other", other), ("this", here)):
            command = [sys.executable, str(BENCH / "render_validate.py"), "--docs", str(docs),
                       "--repeat", str(repeat), "--json"]
            done = subprocess.run(command, capture_output=True, text=True, cwd=repo,
                                  env={"PYTHONPATH": str(repo), "PATH": "/usr/bin:/bin"})
            if done.returncode:
                raise SystemExit(done.stderr[-3000:])
            runs[key].append(json.loads(done.stdout.strip().splitlines()[-1]))
    best = {key: {stage: min(r[stage] for r in results) for stage in ("render_ms", "validate_ms")}
            for key, results in runs.items()}
    print(f"instances: {runs['this'][0]['instances']} ({runs['this'][0]['facts']} facts)")
    for stage in ("render_ms", "validate_ms"):
        before, after = best["other"][stage], best["this"][stage]
        print(f"{stage[:-3]:<9} {other}: {before:.3f} ms/doc   this: {after:.3f} ms/doc   "
              f"{before / after:.2f}x faster")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300, help="generated documents (bench/corpus.py)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=2, help="alternations with --against")
    parser.add_argument("--profile", action="store_true", help="cProfile of the validate loop")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON line")
    parser.add_argument("--against", type=Path, help="another checkout to compare with")
    parser.add_argument("--dump", type=Path, help="write the rendered instances here instead")
    args = parser.parse_args(argv)
    if args.dump:
        return dump(args.docs, args.dump)
    if args.against:
        return against(args.against, args.docs, args.repeat, args.rounds)
    result = measure(args.docs, args.repeat, args.profile)
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if k != "profile"}))
        return 0
    print(f"{result['instances']} instances, {result['facts']} facts: render {result['render_ms']:.3f} ms/doc, "
          f"validate {result['validate_ms']:.3f} ms/doc")
    print(result.get("profile", ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
