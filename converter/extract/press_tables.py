"""The results tables of a press release: ``mechanisms.tables`` reads every layout; the release
reader binds their figures first and reads the prose around them (``press_release``)."""

from __future__ import annotations

from converter.extract.mechanisms.tables import Table, bind_table, find_tables

__all__ = ["Table", "bind_table", "find_tables"]
