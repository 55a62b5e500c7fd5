"""Batch conversion at archive scale: many inputs, N worker processes, a manifest, resume.

Each worker reads its inputs itself, converts them (:func:`converter.pipeline.convert_bytes`),
writes the instances atomically (temporary file, fsync, rename; on a background thread while the
next input converts, :mod:`converter.batch_writes`) and sends back a small
:class:`BatchItem`, never the XML. The parent appends one manifest line per item as results
arrive, so a run stopped at any moment (Ctrl-C, ``kill -9``) can be resumed: ``resume=True``
skips every input whose manifest line says ``ok`` for the same content hash and whose outputs
all exist. One bad input never stops a batch: it becomes a ``failed`` line with a one-line reason.

Worker functions are module-level and their arguments picklable, so the pool works with the
``spawn`` and ``forkserver`` start methods as well as ``fork``.
"""

from __future__ import annotations

import concurrent.futures as cf
import datetime as dt
import hashlib
import multiprocessing
import os
import re
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from converter import guards
from converter.batch_inputs import InputRef, iter_inputs, not_a_filing
from converter.batch_manifest import (
    MANIFEST_NAME,
    Completed,
    ManifestWriter,
    compact_manifest,
    resume_index,
)
from converter.batch_names import output_stem, renamed, stem_overrides
from converter.batch_progress import Progress
from converter.batch_signals import StopFlag, worker_init
from converter.batch_warm import forks, warm_converter
from converter.batch_writes import WritesBehind
from converter.errors import Doc2XbrlError
from converter.guards import DEFAULT_MAX_BYTES, DEFAULT_TIME_BUDGET, TimeBudgetExceeded
from converter.pipeline import Converted, atomic_write, convert_bytes, rendered_files

__all__ = ["BatchItem", "BatchSummary", "InputRef", "convert_input", "iter_inputs", "output_stem", "run_batch"]

# atomic_write's temporary names: ".<target>.<random>.tmp"; a kill -9 can leave one behind.
_TEMP_FILE = re.compile(r"^\..+\.tmp$")


@dataclass(frozen=True)
class BatchItem:
    """What became of one input. ``outputs`` are file names relative to the output folder."""

    input: str
    outputs: tuple[str, ...]
    status: str  # "ok" | "failed" | "skipped"
    facts: int
    error: str | None
    warnings: tuple[str, ...]
    elapsed: float
    sha256: str | None = None  # of the input's bytes; None when they could not be read
    formats: tuple[str, ...] = ("xbrl",)
    # "name:line: unmapped 'text' (reason)" for each figure that became no fact, when asked
    unmapped: tuple[str, ...] = ()
    family: str | None = None  # the document family (families of a multi-document filing, comma separated)
    reason: str | None = None  # why the input was skipped, or why it yields few or no facts
    documents: tuple[dict, ...] = ()  # per document: output, family, facts, reason

    def manifest_record(self) -> dict:
        record = asdict(self)
        record["outputs"] = list(self.outputs)
        record["formats"] = list(self.formats)
        record["warnings"] = list(self.warnings)
        record["documents"] = [dict(d) for d in self.documents]
        record["elapsed"] = round(self.elapsed, 6)
        return record


@dataclass(frozen=True)
class BatchSummary:
    total: int
    ok: int
    failed: int
    skipped: int
    facts: int
    elapsed: float
    interrupted: bool

    def __str__(self) -> str:
        done = self.ok + self.failed + self.skipped
        rate = done / self.elapsed if self.elapsed > 0 else 0.0
        text = (f"{done}/{self.total} inputs: {self.ok} ok, {self.failed} failed, {self.skipped} skipped; "
                f"{self.facts} facts in {self.elapsed:.1f} s ({rate:.1f} inputs/s)")
        return text + (" - interrupted" if self.interrupted else "")


@dataclass(frozen=True)
class _Task:
    ref: InputRef
    previous: Completed | None  # what an earlier run completed for this input
    output_stem: str | None  # set when another input would get the same output names


@dataclass(frozen=True)
class _Options:
    """What every input of one batch is converted with (picklable, sent to the workers)."""

    cik: str | None = None
    formats: tuple[str, ...] = ("xbrl",)
    report: bool = False
    date: dt.date | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    time_budget: float | None = DEFAULT_TIME_BUDGET


# --------------------------------------------------------------------------------------------
# One input (runs in the workers)
# --------------------------------------------------------------------------------------------


def convert_input(
    ref: InputRef,
    out_dir: Path,
    *,
    cik: str | None = None,
    previous: Completed | None = None,
    output_stem: str | None = None,
    formats: tuple[str, ...] = ("xbrl",),
    report: bool = False,
    date: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    time_budget: float | None = None,
    in_worker: bool = False,
) -> BatchItem:
    """Convert one input and write its files in ``formats`` into ``out_dir``; never raises for
    bad input.

    ``previous`` is what the manifest of an earlier run says of the input: if the bytes still
    hash the same and the outputs exist, nothing is converted (status ``skipped``, the earlier
    line's facts, family and reason kept). A file whose name says it is no filing (a table, an
    image) is skipped with the reason. ``report`` lists the figures of the text that became no
    fact in ``BatchItem.unmapped``. An input larger than ``max_bytes`` fails unread; one whose
    conversion runs past ``time_budget`` seconds fails with that reason (``in_worker``: a worker
    process of the batch, which its watchdog may end when the alarm cannot interrupt it).
    """
    task = _Task(ref, previous, output_stem)
    options = _Options(cik, formats, report, date, max_bytes, time_budget)
    return _prepare(task, out_dir, options, in_worker).written()


@dataclass(frozen=True)
class Prepared:
    """An input converted and rendered, its files not yet written (``files`` empty when there is
    nothing to write): ``item`` is what it becomes once they are."""

    item: BatchItem
    files: tuple[tuple[str, bytes], ...] = ()
    out_dir: Path | None = None

    def written(self) -> BatchItem:
        """Write the files (outside any time budget: an alarm never cuts a write); the item,
        or a failed item saying why the files could not be written. Never raises."""
        if not self.files or self.out_dir is None:
            return self.item
        started = time.perf_counter()
        try:
            _write(list(self.files), self.out_dir, self.item.input)
        except Exception as exc:  # noqa: BLE001 - one unwritable input must not stop the batch
            message = str(exc) if isinstance(exc, Doc2XbrlError) else f"internal error: {type(exc).__name__}: {exc}"
            if not message.startswith(f"{self.item.input}: "):
                message = f"{self.item.input}: {message}"
            return _failed_item(self.item.input, message, self.item.elapsed, self.item.sha256, self.item.formats)
        return replace(self.item, elapsed=self.item.elapsed + time.perf_counter() - started)


def _prepare(task: _Task, out_dir: Path, options: _Options, in_worker: bool = False) -> Prepared:
    """:func:`convert_input` up to the writing of the files (see :class:`Prepared`)."""
    ref, previous, formats = task.ref, task.previous, options.formats
    started = time.perf_counter()
    sha = None
    no_filing = not_a_filing(ref)
    if no_filing is not None:
        return Prepared(BatchItem(ref.name, (), "skipped", 0, None, (), time.perf_counter() - started, None,
                                  formats, reason=no_filing))
    try:
        data = ref.read(options.max_bytes)
        sha = hashlib.sha256(data).hexdigest()
        if previous is not None and previous.sha256 == sha and all((out_dir / o).is_file() for o in previous.outputs):
            return Prepared(BatchItem(ref.name, previous.outputs, "skipped", previous.facts, None, previous.warnings,
                                      time.perf_counter() - started, sha, formats, family=previous.family,
                                      reason=previous.reason, documents=previous.documents))
        with guards.time_budget(options.time_budget, hard_exit=in_worker):
            converted = convert_bytes(data, ref.name, cik=options.cik, date=options.date, max_bytes=options.max_bytes)
            if task.output_stem is not None:
                converted = tuple(renamed(c, ref.name, task.output_stem) for c in converted)
            rendered = rendered_files(converted, formats)
    except Doc2XbrlError as exc:
        message = str(exc)
        if not message.startswith(f"{ref.name}: "):  # e.g. an invalid instance names its output
            message = f"{ref.name}: {message}"
        return Prepared(_failed(ref, message, started, sha, formats))
    except TimeBudgetExceeded as exc:
        return Prepared(_failed(ref, f"{ref.name}: {exc}", started, sha, formats))
    except Exception as exc:  # noqa: BLE001 - one broken input must not stop the batch
        return Prepared(_failed(ref, f"{ref.name}: internal error: {type(exc).__name__}: {exc}", started, sha,
                                formats))
    facts = sum(len(c.instance.facts) for c in converted)
    # a filing's own warnings come with each of its documents: say each once
    warnings = tuple(dict.fromkeys(w for c in converted for w in c.warnings))
    unmapped = tuple(line for c in converted for line in unmapped_lines(c)) if options.report else ()
    family, reason, documents = _outcomes(converted)
    outputs = tuple(file_name for file_name, _ in rendered)
    item = BatchItem(ref.name, outputs, "ok", facts, None, warnings, time.perf_counter() - started, sha,
                     formats, unmapped, family, reason, documents)
    return Prepared(item, tuple(rendered), out_dir)


def _outcomes(converted: tuple[Converted, ...]) -> tuple[str | None, str | None, tuple[dict, ...]]:
    """(family, reason, per-document records) of an input's documents for its manifest line."""
    from converter.outcome import document_outcome

    outcomes = [document_outcome(c) for c in converted]
    family = ", ".join(dict.fromkeys(o.family for o in outcomes)) or None
    if len(outcomes) == 1:
        reason = outcomes[0].reason
    else:
        reason = "; ".join(f"{o.output}: {o.reason}" for o in outcomes if o.reason) or None
    return family, reason, tuple(o.record() for o in outcomes)


def unmapped_lines(converted: Converted) -> Iterator[str]:
    """``name:line: unmapped 'text' (reason)`` for each figure of the text that became no fact."""
    document = converted.extraction.document
    from converter.extract.mechanisms.leftovers import unmapped_figures

    for mention in unmapped_figures(converted.extraction):
        line = document.line_of(mention.span.start)
        yield f"{converted.document_name}:{line}: unmapped {mention.text!r} ({mention.reason})"


def _failed(ref: InputRef, message: str, started: float, sha: str | None,
            formats: tuple[str, ...] = ("xbrl",)) -> BatchItem:
    return _failed_item(ref.name, message, time.perf_counter() - started, sha, formats)


def _failed_item(name: str, message: str, elapsed: float, sha: str | None, formats: tuple[str, ...]) -> BatchItem:
    return BatchItem(name, (), "failed", 0, " ".join(message.split()), (), elapsed, sha, formats)


def _write(files: list[tuple[str, bytes]], out_dir: Path, name: str) -> tuple[str, ...]:
    """Write every rendered file whole (outside the time budget: an alarm never cuts a write)."""
    for file_name, data in files:
        try:
            atomic_write(out_dir / file_name, data)
        except OSError as exc:
            raise Doc2XbrlError(name, f"cannot write {file_name}: {exc.strerror or exc}") from None
    return tuple(file_name for file_name, _ in files)


def _convert_chunk(tasks: list[_Task], out_dir: str, options: _Options) -> list[BatchItem]:
    """A worker's chunk, each input's files written while the next converts."""
    folder = Path(out_dir)
    with WritesBehind[BatchItem]() as writes:
        finished = [item for task in tasks for item in writes.add(_prepare(task, folder, options, True).written)]
        return finished + writes.drain()


# --------------------------------------------------------------------------------------------
# Planning (parent)
# --------------------------------------------------------------------------------------------


def _batch_inputs(patterns: list[str], out_dir: Path) -> list[InputRef]:
    """The inputs, less the files found by walking a folder that holds the output folder (our
    own outputs); a file the user named is converted wherever it lies (``a/*.txt -o a``)."""
    own_folder = out_dir.resolve()
    named = {os.path.realpath(p) for p in patterns if os.path.isfile(p)}
    return [ref for ref in iter_inputs(patterns)
            if os.path.realpath(ref.path) in named or not _inside(ref.path, own_folder)]


def _inside(path: str, folder: Path) -> bool:
    try:
        Path(os.path.realpath(path)).relative_to(folder)
        return True
    except ValueError:
        return False


def _prepare_out_dir(out_dir: Path) -> None:
    """Create the folder, remove temporary files a killed run left, write the taxonomy."""
    from converter.resources import schemas_dir
    from converter.taxonomy import TAXONOMY_FILES

    out_dir.mkdir(parents=True, exist_ok=True)
    for entry in os.scandir(out_dir):
        if entry.is_file(follow_symlinks=False) and _TEMP_FILE.match(entry.name):
            Path(entry.path).unlink(missing_ok=True)
    for name in TAXONOMY_FILES:
        content = (schemas_dir() / name).read_bytes()
        target = out_dir / name
        if not target.is_file() or target.read_bytes() != content:
            atomic_write(target, content)


def _plan(refs: list[InputRef], out_dir: Path, resume: bool, formats: tuple[str, ...]) -> list[_Task]:
    previous = resume_index(out_dir / MANIFEST_NAME, out_dir, formats) if resume else {}
    overrides = stem_overrides(refs)
    return [_Task(ref, previous.get(ref.name), overrides.get(ref.name)) for ref in refs]


def _chunks(tasks: list[_Task], jobs: int) -> Iterator[list[_Task]]:
    """The tasks in order, in chunks that shrink towards the end of the batch.

    Several inputs per round trip keep the pool's overhead small beside ~ms conversions, few
    enough that Ctrl-C answers quickly. Near the end a chunk holds at most a quarter of each
    worker's share of what is left, down to one input, so the workers finish together instead
    of one converting a last full chunk while the others wait.

    >>> sizes = [len(c) for c in _chunks(list(range(100)), 2)]
    >>> sizes[:3], sizes[24:32], sum(sizes)
    ([3, 3, 3], [3, 3, 2, 2, 2, 2, 1, 1], 100)
    """
    size = max(1, min(16, len(tasks) // (jobs * 16)))
    start = 0
    while start < len(tasks):
        step = max(1, min(size, (len(tasks) - start) // (jobs * 4)))
        yield tasks[start:start + step]
        start += step


# --------------------------------------------------------------------------------------------
# The run (parent)
# --------------------------------------------------------------------------------------------


def run_batch(
    patterns: Iterable[str],
    out_dir: Path,
    *,
    jobs: int | None = None,
    resume: bool = False,
    cik: str | None = None,
    formats: tuple[str, ...] = ("xbrl",),
    report: bool = False,
    progress: bool | None = None,
    on_item: Callable[[BatchItem], None] | None = None,
    date: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    time_budget: float | None = DEFAULT_TIME_BUDGET,
) -> BatchSummary:
    """Convert every input named by ``patterns`` into ``out_dir``; see the module docstring.

    ``formats``: the files written per document (:mod:`converter.formats`); ``report``: fill
    each item's ``unmapped``; ``date``: the day to place inputs at that state no date and have no
    EDGAR header (else their document facts are reported for ``forever``); ``max_bytes``: the
    largest input converted; ``time_budget``: seconds an input may take (None: no budget).
    ``jobs``: worker processes (default: all cores; 1 converts in this process). ``progress``:
    True draws a bar with rate and ETA, False writes a log line per input, None picks the bar
    when stderr is a terminal; the summary line is printed last either way. Raises
    :class:`Doc2XbrlError` only for a pattern naming nothing or an output folder it cannot write.
    """
    started = time.perf_counter()
    out_dir = Path(out_dir)
    refs = _batch_inputs(list(patterns), out_dir)
    try:
        _prepare_out_dir(out_dir)
    except OSError as exc:
        raise Doc2XbrlError(str(out_dir), f"cannot write the output folder: {exc.strerror or exc}") from None
    tasks = _plan(refs, out_dir, resume, formats)
    options = _Options(cik, formats, report, date, max_bytes, time_budget)
    jobs = max(1, jobs if jobs is not None else (os.cpu_count() or 1))
    show_bar = sys.stderr.isatty() if progress is None else progress
    shown = Progress(len(tasks), bar=show_bar)
    counts: Counter[str] = Counter()
    manifest_path = out_dir / MANIFEST_NAME

    def record(item: BatchItem) -> None:
        manifest.write(item.manifest_record())
        counts[item.status] += 1
        counts["facts"] += item.facts
        shown.item(item)
        if on_item is not None:
            on_item(item)

    with StopFlag() as stop, ManifestWriter(manifest_path, append=resume) as manifest:
        try:
            if jobs == 1 or len(tasks) <= 1:
                _run_here(tasks, out_dir, options, stop, record)
            else:
                _run_pool(tasks, out_dir, options, jobs, stop, record)
        except KeyboardInterrupt:
            stop.requested = True
    atomic_write(manifest_path, compact_manifest(manifest_path, (t.ref.name for t in tasks)))
    summary = BatchSummary(len(tasks), counts["ok"], counts["failed"], counts["skipped"], counts["facts"],
                           time.perf_counter() - started, stop.requested)
    shown.finish(str(summary))
    return summary


def _run_here(tasks: list[_Task], out_dir: Path, options: _Options, stop: StopFlag,
              record: Callable[[BatchItem], None]) -> None:
    with WritesBehind[BatchItem]() as writes:
        for task in tasks:
            if stop.requested:
                break
            for item in writes.add(_prepare(task, out_dir, options).written):
                record(item)
        for item in writes.drain():  # converted before the stop: record them
            record(item)


def _run_pool(tasks: list[_Task], out_dir: Path, options: _Options, jobs: int, stop: StopFlag,
              record: Callable[[BatchItem], None]) -> None:
    """Feed the chunks to a pool; survive workers that die.

    A worker killed under an input (out of memory, a crash in a C library) breaks the whole
    pool and takes every chunk in flight with it. Those inputs are then redone one at a time in
    a fresh pool, so the one that kills its worker again is known, and recorded as failed.
    """
    normal: deque[list[_Task]] = deque(_chunks(tasks, jobs))
    suspects: deque[list[_Task]] = deque()
    context = multiprocessing.get_context()
    if forks(context) and any(task.previous is None and not_a_filing(task.ref) is None for task in tasks):
        warm_converter(options.formats)  # once here rather than in every worker (batch_warm)
    while (normal or suspects) and not stop.requested:
        source, window = (suspects, 1) if suspects else (normal, jobs * 4)
        with cf.ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=worker_init) as pool:
            lost = _feed(pool, source, window, out_dir, options, stop, record)
        if lost and source is suspects:
            for task in (t for chunk in lost for t in chunk):
                record(_failed(task.ref, f"{task.ref.name}: internal error: the worker process died "
                                         "converting it (out of memory, or stuck past its time budget)",
                               time.perf_counter(), None, options.formats))
        elif lost:
            suspects.extend([task] for chunk in lost for task in chunk)


def _feed(pool: cf.ProcessPoolExecutor, source: deque[list[_Task]], window: int, out_dir: Path,
          options: _Options, stop: StopFlag, record: Callable[[BatchItem], None]) -> list[list[_Task]]:
    """Run chunks from ``source`` with at most ``window`` in flight (a bounded window keeps
    memory flat however long the batch); returns the chunks lost if the pool broke."""
    in_flight: dict[cf.Future, list[_Task]] = {}
    lost: list[list[_Task]] = []
    while True:
        while not stop.requested and not lost and source and len(in_flight) < window:
            chunk = source.popleft()
            try:
                in_flight[pool.submit(_convert_chunk, chunk, str(out_dir), options)] = chunk
            except BrokenProcessPool:
                lost.append(chunk)
        if not in_flight:
            return lost
        done, _ = cf.wait(in_flight, timeout=0.2, return_when=cf.FIRST_COMPLETED)
        for future in done:
            chunk = in_flight.pop(future)
            if future.cancelled():
                continue  # not started before a stop: resume will do it
            try:
                items = future.result()
            except BrokenProcessPool:
                lost.append(chunk)
                continue
            for item in items:
                record(item)
        if stop.requested:
            for future in in_flight:
                future.cancel()
