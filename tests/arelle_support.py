"""Validate XBRL with Arelle, fully offline, from tests.

The same check from a shell (XBRL 2.1 + Dimensions 1.0 + Unit Type Registry, no network; the
taxonomy files must sit beside the instance, as ``doc2xbrl`` writes them)::

    arelleCmdLine --file out/report.xbrl --validate --workOffline --utr --validationExitCode

(the same line validates an Inline XBRL ``.htm`` document). Arelle reads the
official XBRL schemas from the copies it ships in ``arelle/resources/cache``; with
``--workOffline`` anything else it would have to download is reported as an error instead.

In tests, :func:`arelle_messages` runs that validation through ``arelle.api.Session`` (one
session per process, reused: Arelle's global state allows one session at a time, and reusing
it saves about a second per call) and returns what Arelle logged at WARNING and above, plus
INFO records whose message code names an error.
"""

from __future__ import annotations

import atexit
import logging
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from arelle.api.Session import Session
from arelle.ModelDocument import Type
from arelle.RuntimeOptions import RuntimeOptions

# INFO records are progress notes ("loaded in 0.1 secs") except when their code names a failure
_ERRORISH_CODE = re.compile(r"(?i)error|invalid|fail|^xbrl[.:]|^xbrld[ti]e|^utre|^xmlschema|^webcache|^ioerror")


@dataclass(frozen=True)
class ArelleMessage:
    level: str  # 'ERROR', 'WARNING', 'CRITICAL', or 'INFO' for an error-coded info record
    code: str  # Arelle message code, e.g. 'xbrldie:PrimaryItemDimensionallyInvalidError'
    text: str

    def __str__(self) -> str:
        return f"[{self.level} {self.code}] {self.text}"


class _Collector(logging.Handler):
    """Keeps the records of the current run (Arelle installs one handler per session)."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


_lock = threading.Lock()
_session: Session | None = None
_collector = _Collector()


def _shared_session() -> Session:
    """The process's session; made again if another session took Arelle's global logger
    handler away (other tests may run their own ``Session``)."""
    global _session
    if _session is not None and _collector not in logging.getLogger("arelle").handlers:
        _close_shared_session()
    if _session is None:
        _session = Session()
    return _session


def _close_shared_session() -> None:
    """Arelle's logger and registries are global: a second session would take them over."""
    global _session
    if _session is not None:
        _session.close()
        _session = None


atexit.register(_close_shared_session)


def _message(record: logging.LogRecord) -> ArelleMessage | None:
    code = str(getattr(record, "messageCode", "") or "")
    if record.levelno < logging.WARNING and not (record.levelno == logging.INFO and _ERRORISH_CODE.search(code)):
        return None
    return ArelleMessage(record.levelname, code, record.getMessage())


def _run(options: RuntimeOptions, *, fresh: bool) -> tuple[bool, list[logging.LogRecord], set[Type]]:
    """One Arelle run: (succeeded, its log records, the types of the documents it loaded)."""
    if fresh:
        _close_shared_session()
    _collector.records.clear()
    try:
        session = _shared_session()
        try:
            succeeded = session.run(options, logHandler=_collector)
        except Exception:  # Arelle's global state was left unusable (e.g. by another session)
            _close_shared_session()
            _collector.records.clear()
            session = _shared_session()
            succeeded = session.run(options, logHandler=_collector)
        records = list(_collector.records)
        document_types = set()
        for model in session.get_models():
            if model.modelDocument is not None:
                document_types.add(model.modelDocument.type)
            model.modelManager.close(model)
        session.clear_logs()
        return succeeded, records, document_types
    finally:
        _collector.records.clear()
        if fresh:
            _close_shared_session()


def arelle_messages(
    path: Path | str, *, inline: bool = False, packages: Sequence[Path] = ()
) -> list[ArelleMessage]:
    """Validate ``path`` (an instance, or a taxonomy schema) offline with Arelle.

    ``path`` may also be a URL that one of the taxonomy ``packages`` (zip files) maps to a
    file; runs with packages use a fresh session, because Arelle's package registry cannot be
    reloaded in a reused one.

    ``inline=True`` also requires Arelle to have read it as an Inline XBRL document (Arelle
    loads a single Inline XBRL document natively; the inlineXbrlDocumentSet plugin is not used
    because plugins cannot be reloaded in a reused session). Returns the warnings and errors
    Arelle reported, in order.
    """
    is_url = isinstance(path, str) and "://" in path
    options = RuntimeOptions(
        entrypointFile=path if is_url else str(Path(path).resolve()),
        packages=[str(Path(p).resolve()) for p in packages] or None,
        validate=True,
        workOffline=True,
        utrValidate=True,
        disablePersistentConfig=True,
        logFile="logToBuffer",
        keepOpen=True,  # to look at the document type; closed in _run
    )
    with _lock:
        succeeded, records, document_types = _run(options, fresh=bool(packages))
    messages = [m for m in map(_message, records) if m is not None]
    if inline and succeeded and Type.INLINEXBRL not in document_types:
        messages.append(ArelleMessage("ERROR", "arelle:notInline", f"{path} was not read as Inline XBRL"))
    if not succeeded and not messages:
        messages.append(ArelleMessage("ERROR", "arelle:runFailed", f"Arelle could not process {path}"))
    return messages


def assert_arelle_clean(path: Path, *, inline: bool = False) -> None:
    """Fail with every message when Arelle reports any warning or error for ``path``."""
    messages = arelle_messages(path, inline=inline)
    if messages:
        listing = "\n  ".join(map(str, messages))
        raise AssertionError(f"Arelle reported {len(messages)} message(s) for {path}:\n  {listing}")
