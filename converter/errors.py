"""One exception hierarchy for the whole library (xmlschema style).

Every message is a single line that names the file it is about, so the CLI can print it as is.
"""

from __future__ import annotations


class Doc2XbrlError(Exception):
    """Base class of every error the library raises on purpose."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class IngestError(Doc2XbrlError):
    """The input cannot be read as a filing (empty, binary, truncated, undecodable...)."""


class ExtractionError(Doc2XbrlError):
    """Extraction found contradictory values it cannot resolve."""


class MappingError(Doc2XbrlError):
    """An observation does not fit the taxonomy (unknown concept, wrong period type...)."""


class TaxonomyError(Doc2XbrlError):
    """The taxonomy files are missing, malformed or refused; ``code`` is the validation
    finding code that says which (a refusal keeps its ``security:`` code)."""

    def __init__(self, source: str, reason: str, code: str = "xbrl.4.2.2:schemaRefHref") -> None:
        self.code = code
        super().__init__(source, reason)


class InstanceInvalid(Doc2XbrlError):
    """An XBRL instance failed validation; ``findings`` holds every error found."""

    def __init__(self, source: str, findings: tuple = ()) -> None:
        self.findings = tuple(findings)
        first = self.findings[0] if self.findings else None
        reason = "invalid instance"
        if first is not None:
            line = getattr(first, "line", None)
            where = f"line {line}: " if line else ""
            code = getattr(first, "code", "")
            reason = f"{where}[{code}] {getattr(first, 'message', first)}"
        if len(self.findings) > 1:
            reason += f" (and {len(self.findings) - 1} more)"
        super().__init__(source, reason)
