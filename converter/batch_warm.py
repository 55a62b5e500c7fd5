"""Warming the converter once in the parent, before a forked pool starts.

A process's first conversions pay for loading what every later one reuses: the reader modules
(imported on first use, their patterns compiled at import), the taxonomy, the schemas, the
templates, and some 1,800 patterns the pipeline compiles on first use. That is as much work as
150 to 200 conversions of a warm process (about 7 G instructions), and each worker of a pool paid
it again. Where the pool's workers
are forked, they inherit the parent's memory (copy-on-write), so the parent loads it once before
the pool starts and no worker loads it again. Under ``spawn`` or ``forkserver`` a worker starts
from a fresh interpreter and inherits nothing: warming the parent would only cost time, so it is
not done.

The warm-up converts an invented document held here, never an input of the batch: an input that
crashes its process must crash a worker (which the batch survives), not the parent.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.context import BaseContext

__all__ = ["WARM_UP_TEXT", "forks", "warm_converter"]

# An invented 6-K cover with a dated figure and a percentage: enough to load the pipeline's
# shared tables from ingest to validate, and the patterns most families meet.
WARM_UP_TEXT = """\
                                    FORM 6-K

                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                        REPORT OF FOREIGN PRIVATE ISSUER

                         For the month of March 2001

                         EXAMPLE HARBOR INDUSTRIES CO., LTD.
                            (Name of the Registrant)

                 12 Example-ro, Jung-gu, Seoul, Korea 100-000
                    (Address of Principal Executive Offices)

     Form 20-F   X       Form 40-F

On March 5, 2001, the Board of Directors of Example Harbor Industries Co., Ltd. resolved to pay a
cash dividend of Won 250 per share, and reported net sales of Won 1,234 million for the year
ended December 31, 2000, an increase of 12.5% over the prior year.

                                   SIGNATURES

Date: March 6, 2001                 By: /s/ Gil-dong Hong
                                        Name: Gil-dong Hong
                                        Title: Chief Financial Officer
"""


def forks(context: BaseContext | None = None) -> bool:
    """Whether worker processes of ``context`` (default: the current one) are forked from this one."""
    context = context or multiprocessing.get_context()
    return context.get_start_method() == "fork"


def warm_converter(formats: tuple[str, ...] = ("xbrl",)) -> None:
    """Load, in this process, what every conversion reuses: each reader's module and one
    conversion rendered in ``formats``. Never raises: a warm-up that fails leaves the workers to
    load it themselves, as they would without one."""
    from converter.extract import readers
    from converter.pipeline import convert_bytes, rendered_files

    try:
        for reader in readers():
            reader.function  # noqa: B018 - imports the reader's module
        rendered_files(convert_bytes(WARM_UP_TEXT.encode("utf-8"), "warm-up.txt"), formats)
    except Exception:  # noqa: BLE001 - the batch goes on cold rather than stop
        pass
