"""doc2xbrl: legacy SEC EDGAR filings in, validated XBRL 2.1 instances out.

The library in a few names (imported on first use, so ``import converter`` stays cheap for the
command line):

>>> import converter
>>> sorted(set(converter.__all__) - {"__version__"}) == sorted(_EXPORTS)
True
>>> converter.convert_text.__module__
'converter.pipeline'

- ``convert_text`` / ``convert_bytes`` / ``convert_file``: one filing in, a tuple of
  ``Converted`` (one per document: ``.xml``, ``.instance``, ``.extraction``, ``.warnings``) out;
  pure functions, nothing is written.
- ``write_converted``: write them (and the taxonomy beside) into a folder, in any ``FORMATS``.
- ``rendered_files``: the files of some ``Converted`` in some ``FORMATS`` (``"xbrl"``,
  ``"ixbrl"``, ``"json"``, ``"csv"``) as ``(file name, bytes)`` pairs, nothing written.
- ``validate_instance`` / ``is_valid`` / ``iter_errors``: the offline validator of XBRL
  instances (path or bytes); ``validate_path`` checks any output of ours (instance, Inline XBRL,
  xBRL-JSON, xBRL-CSV, or a folder of them). The subpackage ``converter.validate`` has the rest.
- ``unmapped_figures``: the figures of a document that no reader turned into a fact.
- ``run_batch``: what ``doc2xbrl convert`` does with many inputs (workers, manifest, resume).
- ``Doc2XbrlError``: the one exception the library raises on purpose (one-line message).
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

# public name -> "module:attribute"
_EXPORTS = {
    "Converted": "converter.pipeline:Converted",
    "convert_bytes": "converter.pipeline:convert_bytes",
    "convert_file": "converter.pipeline:convert_file",
    "convert_text": "converter.pipeline:convert_text",
    "write_converted": "converter.pipeline:write_converted",
    "rendered_files": "converter.pipeline:rendered_files",
    "FORMATS": "converter.formats:FORMATS",
    "validate_instance": "converter.validate:validate",
    "is_valid": "converter.validate:is_valid",
    "iter_errors": "converter.validate:iter_errors",
    "validate_path": "converter.validate.files:validate_path",
    "unmapped_figures": "converter.extract.mechanisms.leftovers:unmapped_figures",
    "run_batch": "converter.batch:run_batch",
    "Doc2XbrlError": "converter.errors:Doc2XbrlError",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> object:
    target = _EXPORTS.get(name)
    if target is None:
        raise AttributeError(f"module 'converter' has no attribute {name!r}")
    module, _, attribute = target.partition(":")
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value  # once imported, an ordinary attribute
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
