"""What the validator reports: one ``Finding`` per broken rule, citing the spec section.

Codes follow Arelle's message codes where Arelle checks the same rule (``xbrl.4.6.1:itemContextRef``,
``xbrldie:PrimaryItemDimensionallyInvalidError``...), so a finding can be compared with the
reference processor's log; XML Schema errors are ``xsd:cvc-...``; doc2xbrl's own taxonomy
conventions are ``d2x:...``; refused inputs are ``security:...``.
"""

from __future__ import annotations

from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    """One broken rule at one place of one file.

    >>> str(Finding("xbrl.4.6.1:itemContextRef", ERROR, "no context c9", "a.xml", 7, "d2x:Revenues#f1"))
    'a.xml:7: error [xbrl.4.6.1:itemContextRef] no context c9 (d2x:Revenues#f1)'
    >>> str(Finding("xml.2.1:wellFormed", ERROR, "not XML", "a.xml"))
    'a.xml: error [xml.2.1:wellFormed] not XML'
    """

    code: str
    severity: str  # ERROR or WARNING
    message: str  # one line
    file: str
    line: int | None = None
    fact: str | None = None

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        about = f" ({self.fact})" if self.fact else ""
        return f"{where}: {self.severity} [{self.code}] {one_line(self.message)}{about}"

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR


def one_line(text: str) -> str:
    """Collapse whitespace so a message never spans lines.

    >>> one_line("bad\\n  value ")
    'bad value'
    """
    return " ".join(text.split())
