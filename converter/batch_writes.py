"""Writing one input's files while the next input converts.

Every output is written durably (temporary file, ``fsync``, rename) before the manifest records
its input, and an ``fsync`` waits on the disk for about as long as a typical conversion takes on
the CPU (2-3 ms on an ordinary disk, against 5-10 ms of conversion). Waiting for it in turn
leaves the core idle that long for every input. ``WritesBehind`` hands each input's write to one
background thread (file writes and ``fsync`` release the GIL) and gives back the finished items
in the order their inputs were converted, each only once its files are on disk: what the manifest
says stays exactly as true as before, only sooner.
"""

from __future__ import annotations

import concurrent.futures as cf
from collections import deque
from collections.abc import Callable
from typing import Generic, TypeVar

Item = TypeVar("Item")

# Writes waiting at most: enough to absorb a slow fsync, few enough that the rendered bytes they
# hold stay small.
DEPTH = 4


class WritesBehind(Generic[Item]):
    """Run ``write`` calls on one background thread, at most ``depth`` waiting; the finished
    items come back in submission order.

    >>> with WritesBehind() as writes:
    ...     early = writes.add(lambda: "a") + writes.add(lambda: "b")
    ...     print(early + writes.drain())
    ['a', 'b']
    """

    def __init__(self, depth: int = DEPTH) -> None:
        self._depth = depth
        self._pool = cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix="d2x-write")
        self._waiting: deque[cf.Future[Item]] = deque()

    def add(self, write: Callable[[], Item]) -> list[Item]:
        """Queue ``write``; returns the items whose writes have finished meanwhile (waiting for
        the oldest when ``depth`` are already queued)."""
        self._waiting.append(self._pool.submit(write))
        finished = []
        while self._waiting and (self._waiting[0].done() or len(self._waiting) > self._depth):
            finished.append(self._waiting.popleft().result())
        return finished

    def drain(self) -> list[Item]:
        """The items of every queued write, once all are finished."""
        finished = [future.result() for future in self._waiting]
        self._waiting.clear()
        return finished

    def __enter__(self) -> WritesBehind[Item]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        # Writes already queued finish even on an error or Ctrl-C: no temporary file is left
        # half written. Their items are not recorded then; a resumed run converts them again.
        self._pool.shutdown(wait=True)
