"""Resource guards: no input is larger than the caller allows, none takes longer than its budget.

``convert`` refuses an input past ``--max-size`` (default :data:`DEFAULT_MAX_BYTES`) with a
one-line error before reading it whole, and gives each input of a batch ``--timeout`` seconds
(default :data:`DEFAULT_TIME_BUDGET`): past it the input fails with its reason and the batch goes
on. Python checks for the alarm between bytecodes; a worker stuck inside one long C call (a
regular expression, say) that outlives the budget by :data:`HARD_GRACE` is ended by its own
watchdog, and the batch, which survives dead workers, records the input as failed.
"""

from __future__ import annotations

import os
import re
from decimal import Decimal
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

DEFAULT_MAX_BYTES = 25 * 1024 * 1024  # a complete 20-F submission with its exhibits fits
DEFAULT_TIME_BUDGET = 120.0  # seconds per input; linear-time conversion needs a fraction of it
HARD_GRACE = 2.0  # a worker past its budget times this is ended by its watchdog
WATCHDOG_EXIT = 86  # the exit status of a worker its watchdog ended

_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*", re.IGNORECASE)
_FACTORS = {"": 1, "b": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


class TimeBudgetExceeded(Exception):
    """An input's conversion ran past its time budget."""


def parse_size(text: str) -> int | None:
    """Bytes of a size written as ``25M``, ``512k``, ``1.5G``, ``2000000`` (binary multiples);
    None when ``text`` is no size.

    >>> parse_size("25M"), parse_size("512k"), parse_size("1.5GiB"), parse_size("2000"), parse_size("lots")
    (26214400, 524288, 1610612736, 2000, None)
    """
    m = _SIZE.fullmatch(text)
    if not m:
        return None
    unit = (m[2] or "").lower()[:1]
    return int(Decimal(m[1]) * _FACTORS[unit])


def size_problem(size: int, limit: int) -> str | None:
    """The one-line reason an input of ``size`` bytes is refused, or None.

    >>> size_problem(30_000_000, 26_214_400)
    'is 30,000,000 bytes, more than the limit of 26,214,400 (raise it with --max-size)'
    """
    if size <= limit:
        return None
    return f"is {size:,} bytes, more than the limit of {limit:,} (raise it with --max-size)"


@contextmanager
def time_budget(seconds: float | None, *, hard_exit: bool = False) -> Iterator[None]:
    """Raise :class:`TimeBudgetExceeded` in the block once ``seconds`` have passed.

    Needs the main thread (signals); elsewhere, or with no budget, the block runs unguarded.
    ``hard_exit`` (worker processes only, never the user's own process) also arms the process's
    watchdog, which ends the process if the block is still running at ``HARD_GRACE`` times the budget.
    """
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise TimeBudgetExceeded(f"took longer than its time budget of {seconds:g} s (raise it with --timeout)")

    previous = signal.signal(signal.SIGALRM, expire)
    if hard_exit:
        _WATCHDOG.arm(seconds * HARD_GRACE)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if hard_exit:
            _WATCHDOG.disarm()


class _Watchdog:
    """One thread per process that ends the process when an armed block outlives its deadline.

    A thread started for every input cost 0.15 ms of CPU each (0.3 ms of wall time), about 2% of
    a conversion in every worker; this one is started once per process and only woken when it
    must watch a new block after an idle spell."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._deadline: float | None = None
        self._wakes_at: float | None = None  # when the waiting thread wakes; None: only when woken
        self._pid: int | None = None  # the process whose thread watches (a fork has none)

    def arm(self, seconds: float) -> None:
        with self._cond:
            self._deadline = time.monotonic() + seconds
            if self._pid != os.getpid():
                self._pid = os.getpid()
                threading.Thread(target=self._watch, name="d2x-watchdog", daemon=True).start()
            elif self._wakes_at is None or self._deadline < self._wakes_at:
                self._cond.notify()  # it would otherwise sleep past this deadline

    def disarm(self) -> None:
        with self._cond:
            self._deadline = None  # the thread finds it gone when it next wakes

    def _watch(self) -> None:
        with self._cond:
            while True:
                self._wakes_at = self._deadline
                if self._deadline is None:
                    self._cond.wait()
                elif self._deadline <= time.monotonic():
                    os._exit(WATCHDOG_EXIT)  # the alarm could not interrupt a C call: end the worker
                else:
                    self._cond.wait(self._deadline - time.monotonic())


_WATCHDOG = _Watchdog()
