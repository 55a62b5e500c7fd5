"""What a batch tells the person watching it: a progress bar with rate and ETA on a terminal,
plain log lines otherwise (CI logs, ``nohup``, pipes).

>>> format_eta(3725.2)
'1:02:05'
>>> format_eta(61)
'1:01'
"""

from __future__ import annotations

import sys
import time
from typing import Protocol, TextIO

__all__ = ["Progress", "format_eta"]

_BAR_WIDTH = 24
_REDRAW_SECONDS = 0.1


class _Item(Protocol):
    input: str
    status: str
    facts: int
    error: str | None
    outputs: tuple[str, ...]
    warnings: tuple[str, ...]
    unmapped: tuple[str, ...]
    reason: str | None


def format_eta(seconds: float) -> str:
    whole = int(round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Progress:
    """Counts finished inputs and shows them as a bar (``bar=True``) or as log lines."""

    def __init__(self, total: int, *, bar: bool, stream: TextIO | None = None) -> None:
        self.total = total
        self.bar = bar
        self.stream = stream if stream is not None else sys.stderr
        self.done = 0
        self.failed = 0
        self.started = time.perf_counter()
        self._drawn = 0.0

    def item(self, item: _Item) -> None:
        self.done += 1
        self.failed += item.status == "failed"
        notes = self._notes(item)
        if self.bar:
            if item.status == "failed":
                notes.insert(0, f"error: {item.error}")
            if notes:
                self._clear()
                self.stream.write("".join(note + "\n" for note in notes))
            self._draw()
        else:
            self.stream.write("".join(line + "\n" for line in [self._log_line(item), *notes]))
            self.stream.flush()

    @staticmethod
    def _notes(item: _Item) -> list[str]:
        """Warnings, unmapped figures and why few facts, for an input converted now (a skipped
        input's were shown by the run that converted it)."""
        if item.status != "ok":
            return []
        notes = [f"warning: {w}" for w in item.warnings] + list(item.unmapped)
        return notes + ([f"few facts: {item.input}: {item.reason}"] if item.reason else [])

    def _log_line(self, item: _Item) -> str:
        if item.status == "failed":
            return f"[{self.done}/{self.total}] error: {item.error}"
        head = f"[{self.done}/{self.total}] {item.status} {item.input}"
        if item.status == "skipped" and not item.outputs:
            return f"{head}: {item.reason or 'nothing to do'}"
        return f"{head}: {item.facts} facts -> {', '.join(item.outputs) or 'nothing'}"

    def rate(self) -> float:
        elapsed = time.perf_counter() - self.started
        return self.done / elapsed if elapsed > 0 else 0.0

    def _draw(self, force: bool = False) -> None:
        now = time.perf_counter()
        if not force and now - self._drawn < _REDRAW_SECONDS and self.done < self.total:
            return
        self._drawn = now
        share = self.done / self.total if self.total else 1.0
        filled = int(share * _BAR_WIDTH)
        rate = self.rate()
        eta = format_eta((self.total - self.done) / rate) if rate > 0 else "?"
        line = (f"\r{self.done}/{self.total} {share:6.1%} |{'#' * filled}{' ' * (_BAR_WIDTH - filled)}| "
                f"{rate:7.1f} doc/s ETA {eta}")
        if self.failed:
            line += f" failed {self.failed}"
        self.stream.write(line + "\x1b[K")
        self.stream.flush()

    def _clear(self) -> None:
        self.stream.write("\r\x1b[K")

    def finish(self, summary_line: str) -> None:
        if self.bar:
            self._draw(force=True)
            self.stream.write("\n")
        self.stream.write(summary_line + "\n")
        self.stream.flush()
