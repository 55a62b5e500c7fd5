"""Signals around a batch: Ctrl-C in the parent, the parent's death in the workers.

Ctrl-C reaches the whole process group: the workers ignore it and the parent decides (stop
after the inputs in progress; a second Ctrl-C stops at once). Every output is renamed into
place whole, so either way the folder holds only whole files, and ``--resume`` goes on.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time

__all__ = ["StopFlag", "worker_init"]


class StopFlag:
    """First Ctrl-C asks the batch to stop after the items in progress; a second one forces."""

    def __init__(self) -> None:
        self.requested = False
        self._previous = None

    def __enter__(self) -> StopFlag:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def _handle(self, signum: int, frame: object) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True

    def __exit__(self, *exc: object) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)


def worker_init() -> None:
    # Ctrl-C reaches the whole process group; only the parent decides what it means.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _end_with_parent()
    from converter import regex_code  # a worker is the batch's own process (spawned: a fresh one)

    regex_code.install()


PR_SET_PDEATHSIG = 1  # prctl(2) option: the signal a process gets when its parent dies


def _end_with_parent() -> None:
    """A worker ends when the process that started it ends, even by ``kill -9`` (which lets the
    parent clean nothing up): Linux sends it SIGKILL then (prctl PR_SET_PDEATHSIG); elsewhere a
    thread watches the parent's pid, which changes when the worker is orphaned. A worker killed
    mid-write leaves at most a hidden temporary file, which the next run into the folder removes."""
    parent = os.getppid()
    if parent == 1:  # orphaned already: adopted by init
        os._exit(1)
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # orphaned before the request took hold
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), name="parent-watch", daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)
