"""Converting a filing costs time in proportion to its length, for every kind of document.

A filing of several hundred kilobytes is a small one repeated (signature pages, exhibits and
results tables repeat in real submissions); its CPU time per byte must stay within a generous
multiple of the small filing's. This is a ratio measured in one run, not an absolute time: a step
that compares every line or match with every other makes the ratio grow with the length (it was
13x for three-column signature pages before they were made linear) and fails the test on any
machine, fast or slow. CPU time of this process (``time.process_time``) is used, so other work on
the machine does not count.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from converter.model import line_starts
from converter.pipeline import convert_bytes

ROOT = Path(__file__).resolve().parent.parent
SMALL = 48_000  # bytes
LARGE = 8 * SMALL
# per-byte cost of the large filing over the small one's; linear work gives about 1 (less, as the
# fixed costs spread; every kind below measures 0.7-1.05), a step quadratic in the length about 8
# once it dominates; 2 caught each quadratic step found so far at this length, 3 missed some
RATIO = 2.0

KINDS = {
    "agreement with three signature columns": "tests/data/joint_filing/briarwood-13g-three-columns.txt",
    "6-K cover": "examples/hanaro-6k-cover-nov-2002.txt",
    "results release": "examples/thrunet-reverse-split-2002.txt",
    "Korean news story": "tests/data/press/ko-news-2q-jibgye.txt",
    "Korean disclosure form": "tests/data/resolutions/ko-stock-split.txt",
    # each of these was quadratic: 3.4x (a table's facts checked against every earlier table's),
    # 2.3x (a signature section read as a blanked copy of the whole text), 1.7x (the line starts
    # of the whole submission counted again for each of its documents)
    "release with flattened | tables": "tests/data/press/en-tw-flattened-pipes-twd.txt",
    "6-K cover without a SIGNATURES heading": "tests/data/cover_6k/taiwan-optics-dotted-no-heading.txt",
    "submission of several documents": "tests/data/submissions/steel-20f-with-certification.txt",
    # a cover run together onto one line: each date label's line was the whole text before it
    "6-K cover on one line": "tests/data/cover_6k/cn-airline-6k-one-line.txt",
}


def cpu_per_byte(data: bytes, tries: int = 1) -> float:
    """CPU seconds per byte of converting ``data``, the least of ``tries`` conversions: CPU time
    still moves when other processes share the core's caches, and a quadratic step slows every
    try alike, so the least is the truest reading of the code's own cost."""
    times = []
    for _ in range(tries):
        start = time.process_time()
        convert_bytes(data, "repeated.txt")
        times.append(time.process_time() - start)
    return min(times) / len(data)


def repeated(base: bytes, size: int) -> bytes:
    return base * max(1, size // len(base))


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_time_per_byte_does_not_grow_with_length(kind):
    base = (ROOT / KINDS[kind]).read_bytes()
    convert_bytes(base, "warm.txt")  # vocabularies compiled, caches filled: not the filing's cost
    small = cpu_per_byte(repeated(base, SMALL), tries=2)
    large = cpu_per_byte(repeated(base, LARGE), tries=2)
    assert large <= RATIO * small, (
        f"{kind}: {large * 1e6:.2f} µs/byte at {LARGE // 1000} kB against {small * 1e6:.2f} at {SMALL // 1000} kB")


def test_the_documents_of_a_submission_share_one_reading_of_its_lines():
    """A fact's line in the input file comes from the line starts of the whole submission, found
    once for all its documents. Counted again from the file's top for each document instead, a
    submission of 3,700 documents (6.4 MB) spent 4.4 s mapping its facts against 0.65 s: the
    ratio test above, at 384 kB, does not see it yet. A count of readings, not a time."""
    data = repeated((ROOT / KINDS["submission of several documents"]).read_bytes(), SMALL)
    line_starts.cache_clear()
    converted = convert_bytes(data, "repeated.txt")
    placed = sum(1 for c in converted for fact in c.instance.facts if fact.line)
    placing = sum(1 for c in converted if any(fact.line for fact in c.instance.facts))
    assert len(converted) >= 20 and placed >= 100
    read = line_starts.cache_info()
    # each document placing facts asks once (for all its facts), one reading of the file
    assert read.misses == 1 and read.hits == placing - 1
