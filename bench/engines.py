r"""Would another regex engine pay? Our own regex calls replayed with ``re``, ``regex`` and RE2,
and the literal gates against one Hyperscan pass (issue 17: "a fast engine where it pays").

    python bench/engines.py [--documents 300] [--rounds 3] [--folder DIR ...] [--cpu N]

Needs ``pip install regex google-re2 hyperscan`` besides doc2xbrl's own dependencies, in a venv
of its own (none of them is a dependency of doc2xbrl), e.g. ``python3 -m venv /tmp/engines-venv
&& /tmp/engines-venv/bin/pip install regex google-re2 hyperscan && /tmp/engines-venv/bin/pip
install -e .``, then run with ``/tmp/engines-venv/bin/python``. ``--folder``: convert the text
files of those folders instead of the bench corpus's first ``--documents``. Times are CPU time,
each the best of ``--rounds``, the replays compared taken in turn; per document.

1. Replay. Every call the conversion of the documents makes on a compiled pattern is recorded
   (``bench/engine_record.py``: proxies that answer as the pattern, so the conversion is
   unchanged) and replayed with each engine: patterns an engine cannot compile, calls whose match
   spans differ, the time on the calls it answers alike against ``re`` on the same calls, and the
   share of the whole conversion that the ``re`` calls are (the ceiling of any engine swap).
2. Gates. The gating calls (``Gated.may_match``, ``GatedSet.passing`` / ``passing_lazily``,
   ``StemStarts.positions``, ``word_offsets``) are recorded too and replayed: their cost per
   document, against one Hyperscan scan of each document's folded text for every gate word, stem
   and ``word_offsets`` word, giving each word's positions (or which words occur).

What it found (December 2026; 300 bench documents, the 78 filings of ``shared/corpus`` and the 4
seeds): the replayed ``re`` calls are 19-28% of the conversion (41% on the seeds), a bound on any
engine swap. ``regex`` answers all but 4 of 284,671 calls alike but is 1.5-2.1 times slower;
RE2 cannot compile 520 of 1,914 patterns (37% of the calls: look-arounds, VERBOSE, possessive
repeats), reads ``\w`` and ``\d`` as ASCII, and is 7-50 times slower through its Python wrapper
(which encodes the whole text at every call), still 3-4 times on bytes. Either beats ``re`` only
on a few patterns that ``re`` tries at every position (a caseless word or ``\b`` first): up to
0.05-0.26 ms a document, the very patterns ``Gated`` and ``match_starts`` exist for. One Hyperscan
pass finds every position of the 1,500-1,600 words at a cost above the gating it would replace
(its Python callback runs for each match); telling which words occur, it would leave the gate
tests on the whole text a set lookup, saving about 0.04-0.09 ms a document (1%). No engine pays
for a new dependency.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import subprocess
import sys
import time
from collections import Counter, deque
from functools import partial
from itertools import islice
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import corpus  # (bench/ is not a package: its folder is put on the path above)
from engine_record import (REAL_COMPILE, Recording, converted_digests, gate_words, gating_classes, match_key,
                           record, result_key, whole_texts)

PACKAGES = {"regex": "regex", "re2": "google-re2", "hyperscan": "hyperscan"}  # module: PyPI name


# --- the engines ---------------------------------------------------------------------------

_RE2_FLAGS = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"))
_PYTHON_ESCAPES = re.compile(r"(?<!\\)((?:\\\\)*)\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|Z)")


def re2_source(source: object, flags: int) -> object:
    """Python's syntax spelt as RE2 reads it (``\\Z`` is ``\\z``, ``\\uXXXX`` is ``\\x{XXXX}``,
    flags inline); VERBOSE patterns are left unsupported."""
    if flags & re.VERBOSE:
        raise ValueError("VERBOSE")
    text = source.decode("latin-1") if isinstance(source, bytes) else source
    text = _PYTHON_ESCAPES.sub(lambda m: m.group(1) + (f"\\x{{{m.group(2) or m.group(3)}}}"
                                                       if m.group(2) or m.group(3) else "\\z"), text)
    inline = "".join(letter for flag, letter in _RE2_FLAGS if flags & flag)
    text = f"(?{inline}){text}" if inline else text
    return text.encode("latin-1") if isinstance(source, bytes) else text


def engine_compiler(engine: str):  # type: ignore[no-untyped-def]
    """``compile(source, flags)`` of an engine, raising when it cannot read the pattern."""
    if engine == "re":
        return REAL_COMPILE
    if engine == "regex":
        import regex
        by_name = [(getattr(re, n), getattr(regex, n)) for n in ("I", "M", "S", "X", "A", "U", "L")]
        return lambda source, flags: regex.compile(  # (re.A is regex.V1: the flags go by name)
            source, sum(theirs for ours, theirs in by_name if flags & ours) | regex.VERSION0)
    import re2
    options = re2.Options()
    options.log_errors = False
    if_bytes = re2.Options()
    if_bytes.log_errors, if_bytes.encoding = False, re2.Options.Encoding.LATIN1
    return lambda source, flags: re2.compile(re2_source(source, flags),
                                             if_bytes if isinstance(source, bytes) else options)


def compiled_by(recording: Recording, engine: str) -> tuple[list[object], Counter]:
    """Each pattern compiled by ``engine`` (None when it cannot), and why not, counted."""
    compile = engine_compiler(engine)
    found: list[object] = []
    reasons: Counter = Counter()
    for source, flags, _origin in recording.patterns:
        try:
            found.append(compile(source, flags))
        except Exception as exc:  # noqa: BLE001  (each engine has its own error class)
            found.append(None)
            reasons[_reason(exc)] += 1
    return found, reasons


def _reason(exc: Exception) -> str:
    text = str(exc)
    for words, reason in ((("(?<", "look"), "look-behind"), (("(?=", "(?!"), "look-ahead"),
                          (("backreference", "\\1", "\\2", "(?P="), "backreference"),
                          (("VERBOSE",), "verbose"), (("++", "*+", "?+"), "possessive")):
        if any(w in text for w in words):
            return reason
    return text[:60]


def _consume(finditer, text, pos, endpos, taken):  # type: ignore[no-untyped-def]
    matches = finditer(text, pos, endpos)
    if taken < 0:
        deque(matches, 0)
    else:
        deque(islice(matches, taken), 0)


def _replace(replace, text, count, extra):  # type: ignore[no-untyped-def]
    if isinstance(extra, list):  # a callable's answers, given back in order
        answers = iter(extra)
        return replace(lambda m: next(answers), text, count)
    return replace(extra, text, count)


def work(recording: Recording, compiled: list[object], calls: list[int], texts: list | None = None) -> list[tuple]:
    """The ``(function, args)`` that replay ``calls`` (indices) with one engine's patterns (on
    ``texts`` instead of the recorded ones when given)."""
    texts, done = texts or recording.texts, []
    for at in calls:
        pattern, method, text, a, b, extra, _key = recording.calls[at]
        p, string = compiled[pattern], texts[text]
        if method == "finditer":
            done.append((_consume, (p.finditer, string, a, b, extra)))  # type: ignore[union-attr]
        elif method in ("sub", "subn"):
            done.append((_replace, (getattr(p, method), string, a, extra)))
        elif method == "split":
            done.append((p.split, (string, a)))  # type: ignore[union-attr]
        else:
            done.append((getattr(p, method), (string, a, b)))
    return done


def answer_key(recording: Recording, compiled: list[object], at: int) -> int:
    """The hash of what one engine answers to call ``at`` (as the recording hashed ``re``'s)."""
    pattern, method, text, a, b, extra, _key = recording.calls[at]
    p, string = compiled[pattern], recording.texts[text]
    groups = recording.compiled[pattern].groups
    if method == "finditer":
        matches = p.finditer(string, a, b)  # type: ignore[union-attr]
        taken = matches if extra < 0 else islice(matches, extra)
        return hash(tuple(match_key(m, groups) for m in taken))
    if method in ("sub", "subn"):
        return hash(result_key(method, _replace(getattr(p, method), string, a, extra), groups))
    if method == "split":
        return hash(tuple(p.split(string, a)))  # type: ignore[union-attr]
    return hash(result_key(method, getattr(p, method)(string, a, b), groups))


def check(recording: Recording, compiled: list[object]) -> tuple[list[int], list[int], list[int]]:
    """The calls an engine answers as recorded, those it answers otherwise (or fails on at
    run), and those whose pattern it cannot compile."""
    same, other, unsupported = [], [], []
    for at, call in enumerate(recording.calls):
        if compiled[call[0]] is None:
            unsupported.append(at)
            continue
        try:
            answered = answer_key(recording, compiled, at)
        except Exception:  # noqa: BLE001
            answered = None
        (same if answered == call[6] else other).append(at)
    return same, other, unsupported


def timed(replays: list[list[tuple]], rounds: int) -> list[float]:
    """The best CPU seconds of each replay (``(function, args)`` pairs) in ``rounds`` rounds,
    taken in turn, the order turned each round (a busy machine slows them alike)."""
    best = [float("inf")] * len(replays)
    for turn in range(rounds):
        for i in [*range(len(replays))][turn % len(replays):] + [*range(len(replays))][:turn % len(replays)]:
            start = time.process_time()
            for function, args in replays[i]:
                function(*args)
            best[i] = min(best[i], time.process_time() - start)
    return best


# --- the gates against one Hyperscan pass --------------------------------------------------

def gating_replay(calls: list[tuple]) -> list[tuple]:
    """Recorded gating calls as ``(function, args)`` pairs for ``timed``."""
    return [(partial(function, **kwargs) if kwargs else function, args) for function, args, kwargs in calls]


def hyperscan_scanner(words: list[str], once: bool = False):  # type: ignore[no-untyped-def]
    """``scan(text, positions)``: one Hyperscan pass giving each word's start offsets (overlapping
    too, ascending) in ``positions`` (a list per word; None: count the matches only). ASCII texts
    are scanned as UTF-8, others as UTF-32 (whose byte offsets are 4 times the text's: a word's
    bytes met astride two characters are dropped). ``once``: each word reported once at most, in
    UTF-8 (where a word's bytes start only at a character's: a match astride two characters
    would hide a later true one), so a list's offset is a byte offset, only its being there tells."""
    import hyperscan

    def database(encoding: str):  # type: ignore[no-untyped-def]
        escaped = ["".join(f"\\x{b:02x}" for b in w.encode(encoding)).encode() for w in words]
        db = hyperscan.Database()
        db.compile(expressions=escaped, ids=list(range(len(words))), elements=len(words),
                   flags=hyperscan.HS_FLAG_SINGLEMATCH if once else 0)
        return db

    narrow, wide = database("utf-8"), None if once else database("utf-32-le")
    lengths = [len(w.encode("utf-8")) for w in words]
    wide_lengths = [4 * len(w) for w in words]

    def scan(text: str, positions: list[list[int]] | None) -> int:
        found = [0]
        if positions is None:
            def on(i, _start, _end, _flags, _context):  # type: ignore[no-untyped-def]
                found[0] += 1
        elif wide is None or text.isascii():
            def on(i, _start, end, _flags, _context):  # type: ignore[no-untyped-def]
                positions[i].append(end - lengths[i])
        else:
            def on(i, _start, end, _flags, _context):  # type: ignore[no-untyped-def]
                start = end - wide_lengths[i]
                if not start % 4:
                    positions[i].append(start // 4)
        if wide is None or text.isascii():
            narrow.scan(text.encode(), match_event_handler=on)
        else:
            wide.scan(text.encode("utf-32-le"), match_event_handler=on)
        return found[0]

    return scan


def scan_runs(words: list[str], word_offsets) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """One pass over a text for every word: Hyperscan giving positions, counting the matches only
    (no lists), or telling which words occur; ``str.find`` and ``in`` for each word."""
    scan, once = hyperscan_scanner(words), hyperscan_scanner(words, once=True)
    return {"hyperscan, each word's positions": lambda t: scan(t, [[] for _ in words]),
            "hyperscan, each match counted only": lambda t: scan(t, None),
            "hyperscan, which words occur (each reported once)": lambda t: once(t, [[] for _ in words]),
            "str.find, each word's positions": lambda t: [word_offsets(t, w) for w in words],
            "in, which words occur": lambda t: [w in t for w in words]}


def same_positions(texts: list[str], words: list[str], word_offsets) -> int:  # type: ignore[no-untyped-def]
    """The texts whose Hyperscan positions differ from ``word_offsets``'s (0 expected)."""
    scan = hyperscan_scanner(words)
    differ = 0
    for text in texts:
        positions: list[list[int]] = [[] for _ in words]
        scan(text, positions)
        differ += positions != [word_offsets(text, w) for w in words]
    return differ


# --- the run ----------------------------------------------------------------------------------

def load_documents(count: int, folders: list[str]) -> list[tuple[str, bytes]]:
    if not folders:
        return list(corpus.documents(count))
    paths = sorted(p for f in folders for p in Path(f).rglob("*") if p.suffix in (".txt", ".htm", ".html"))
    return [(p.name, p.read_bytes()) for p in paths]


# CPU seconds of a plain conversion of the documents (another process: no pattern patched),
# the best of some rounds after one round of warm-up.
_PLAIN = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
import engines
from converter.pipeline import convert_bytes
documents = engines.load_documents(int(sys.argv[2]), sys.argv[4:])
best = float("inf")
for round in range(int(sys.argv[3]) + 1):
    start = time.process_time()
    for name, data in documents:
        engines.converted_digests(convert_bytes, name, data)
    best = min(best, time.process_time() - start) if round else best
print(best)
"""


def plain_seconds(count: int, folders: list[str], rounds: int) -> float:
    out = subprocess.run([sys.executable, "-c", _PLAIN, str(HERE), str(count), str(rounds), *folders],
                         cwd=HERE.parent, capture_output=True, text=True, check=True).stdout
    return float(out.split()[-1])


def replay_report(recording: Recording, documents: int, conversion: float, rounds: int) -> None:
    ms = lambda seconds: f"{1000 * seconds / documents:.3f}"  # noqa: E731  (per document)
    everything = list(range(len(recording.calls)))
    own = sum(origin.startswith("converter") for _s, _f, origin in recording.patterns)
    print(f"{len(recording.patterns)} patterns ({own} compiled by converter modules), "
          f"{len(everything)} calls on {len(recording.texts)} texts")
    [baseline] = timed([work(recording, recording.compiled, everything)], rounds)
    mismatched = len(check(recording, recording.compiled)[1])
    print(f"re replay: {ms(baseline)} ms/doc = {100 * baseline / conversion:.1f}% of the conversion "
          f"({ms(conversion)} ms/doc); replay answers differing from the recording: {mismatched}\n")
    print("| engine | patterns not compiled | calls not compiled | calls answered otherwise | calls answered"
          " alike | engine ms/doc on those alike | re ms/doc on them | ratio | engine ms/doc on all it"
          " compiles | re ms/doc on them | ratio | replay ms/doc, engine where alike and re elsewhere |")
    print("|---" * 12 + "|")
    for engine in ("regex", "re2"):
        compiled, reasons = compiled_by(recording, engine)
        same, other, unsupported = check(recording, compiled)
        compiles = sorted(same + other)
        alike, alike_re, every, every_re, rest = timed(
            [work(recording, compiled, same), work(recording, recording.compiled, same),
             work(recording, compiled, compiles), work(recording, recording.compiled, compiles),
             work(recording, recording.compiled, sorted(other + unsupported))], rounds)
        print(f"| {engine} | {sum(reasons.values())} | {len(unsupported)} | {len(other)} | {len(same)} | {ms(alike)}"
              f" | {ms(alike_re)} | {alike / alike_re:.2f} | {ms(every)} | {ms(every_re)} | {every / every_re:.2f}"
              f" | {ms(alike + rest)} |")
        where = where_it_pays(recording, compiled, same, rounds)
        print(f"|   where it pays: {where[0]} patterns faster than re by a fifth or more, each alone; their {where[1]} calls"
              f" timed again together: {ms(where[2])} ms/doc against re's {ms(where[3])}; most: {where[4]} |")
        differing = Counter(str(recording.patterns[recording.calls[at][0]][0])[:50] for at in other)
        print(f"|   not compiled: {', '.join(f'{r} {n}' for r, n in reasons.most_common(6)) or '-'}; answered"
              f" otherwise most by: {'; '.join(f'{p!r} {n}' for p, n in differing.most_common(3)) or '-'} |")
    print("\n" + re2_on_bytes(recording, rounds, ms))


def where_it_pays(recording: Recording, compiled: list[object], same: list[int], rounds: int) -> tuple:
    """The patterns an engine answers alike on which it beats ``re`` (under 0.8 of its time, each
    pattern's calls timed alone), and their calls timed again together (a selection by noisy
    timings flatters itself: the second timing does not), with the three that gain the most."""
    by_pattern: dict[int, list[int]] = {}
    for at in same:
        by_pattern.setdefault(recording.calls[at][0], []).append(at)
    gains = {}
    for pattern, calls in by_pattern.items():
        engine, baseline = timed([work(recording, compiled, calls), work(recording, recording.compiled, calls)], rounds)
        if engine < 0.8 * baseline:
            gains[pattern] = baseline - engine
    chosen = sorted(at for pattern in gains for at in by_pattern[pattern])
    engine, baseline = timed([work(recording, compiled, chosen), work(recording, recording.compiled, chosen)], rounds)
    most = sorted(gains, key=gains.__getitem__, reverse=True)[:3]
    return (len(gains), len(chosen), engine, baseline,
            "; ".join(repr(str(recording.patterns[p][0])[:60]) for p in most) or "-")


def re2_on_bytes(recording: Recording, rounds: int, ms) -> str:  # type: ignore[no-untyped-def]
    """RE2's engine without its wrapper's cost (it encodes a str text to UTF-8 at every call):
    the calls it answers alike on ASCII texts, their texts given as bytes, encoded once."""
    compiled, _reasons = compiled_by(recording, "re2")
    texts, calls = recording.texts, recording.calls
    ascii_calls = [at for at in check(recording, compiled)[0] if isinstance(texts[calls[at][2]], str)
                   and texts[calls[at][2]].isascii() and calls[at][1] not in ("sub", "subn")]  # type: ignore
    encoded = [t.encode() if isinstance(t, str) and t.isascii() else t for t in texts]
    engine, baseline = timed([work(recording, compiled, ascii_calls, encoded),
                              work(recording, recording.compiled, ascii_calls)], rounds)
    return (f"re2 on bytes (texts encoded once; the {len(ascii_calls)} calls it answers alike on ASCII texts, "
            f"no sub): {ms(engine)} ms/doc against re's {ms(baseline)} ms/doc on str, ratio {engine / baseline:.2f}\n")


def gates_report(recording: Recording, documents: int, conversion: float, rounds: int) -> None:
    ms = lambda seconds: f"{1000 * seconds / documents:.3f}"  # noqa: E731  (per document)
    whole = whole_texts(recording)
    groups: dict[tuple[str, str], list[tuple]] = {}  # (what the calls read, function): calls
    for kind, calls in gating_classes(recording, whole).items():
        for call in calls:
            groups.setdefault((kind, call[0].__qualname__), []).append(call)
    words = gate_words(recording)
    texts = [whole[d] for d in sorted(whole)]
    runs = scan_runs(words, recording.word_offsets)
    every = [(function, args, kwargs) for _document, function, args, kwargs in recording.gating]
    seconds = timed([gating_replay(every)] + [gating_replay(calls) for calls in groups.values()]
                    + [[(run, (text,)) for text in texts] for run in runs.values()], rounds)
    print(f"gating calls: {len(every)}, replayed {ms(seconds[0])} ms/doc "
          f"= {100 * seconds[0] / conversion:.1f}% of the conversion\n")
    print("| the calls read the document's | function | calls | ms/doc |\n|---|---|---|---|")
    for ((kind, name), calls), took in sorted(zip(groups.items(), seconds[1:]), key=lambda g: g[0][0]):
        print(f"| {kind} | {name} | {len(calls)} | {ms(took)} |")
    differ = same_positions(texts, words, recording.word_offsets)
    matches = sum(hyperscan_scanner(words)(t, None) for t in texts)
    print(f"\none pass over each document's folded text for {len(words)} words "
          f"({sum(map(len, texts)) // max(1, len(texts))} characters and {matches // max(1, len(texts))} "
          f"matches a document on average; texts whose Hyperscan positions differ from word_offsets's: {differ}):")
    for name, took in zip(runs, seconds[1 + len(groups):]):
        print(f"  {name}: {ms(took)} ms/doc")
    calls, differ = from_words_found(words, texts, groups)
    took, before = timed([[(function, args) for function, args, _text in calls],
                          [(function, (args[0], text)) for function, args, text in calls]], rounds)
    print(f"  the {len(calls)} may_match and passing calls on the whole folded text answered from the set of "
          f"words that pass found instead: {ms(took)} ms/doc against {ms(before)} (answers that differ: {differ})")


def from_words_found(words: list[str], texts: list[str], groups: dict) -> tuple[list[tuple], int]:
    """The gate tests on each document's whole folded text as they would run after one Hyperscan
    pass: ``word in text`` becomes ``word in words_found`` (a set: the same answers), each call as
    ``(function, (owner, words found), text)``; and how many answers differ (0 expected)."""
    once = hyperscan_scanner(words, once=True)
    found: dict[str, frozenset[str]] = {}
    for text in texts:
        positions: list[list[int]] = [[] for _ in words]
        once(text, positions)
        found[text] = frozenset(w for w, at in zip(words, positions) if at)
    calls = [(function, (args[0], found[args[1]]), args[1])
             for (kind, name), group in groups.items() if kind == "whole folded text" and "Gated" in name
             for function, args, _kwargs in group]
    differ = sum(function(*args) != function(args[0], text) for function, args, text in calls)
    return calls, differ


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--folder", action="append", default=[])
    parser.add_argument("--cpu", type=int, help="pin this process to one CPU (as bench/compare.py does)")
    args = parser.parse_args(argv)
    missing = [package for module, package in PACKAGES.items() if importlib.util.find_spec(module) is None]
    if missing:
        sys.exit(f"bench/engines.py needs {' and '.join(missing)}: pip install regex google-re2 hyperscan")
    if args.cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.cpu})  # (the plain conversion's process inherits it)
    documents = load_documents(args.documents, args.folder)
    conversion = plain_seconds(args.documents, args.folder, args.rounds)
    recording, _outputs = record(documents)
    print(f"{len(documents)} documents; plain conversion {1000 * conversion / len(documents):.3f} ms/doc\n")
    replay_report(recording, len(documents), conversion, args.rounds)
    gates_report(recording, len(documents), conversion, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
