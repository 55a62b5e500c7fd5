"""The command line: thin wrappers over the library (sqlite-utils style).

Each command parses its arguments, calls one library function per input, and turns library
errors into one-line messages here, at the boundary. Exit codes: 0 ok, 1 some input invalid or
failed (or, for ``address``, no address part found), 2 usage error (click's own), 130 stopped by
Ctrl-C (after the inputs in progress: every file written is whole).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import click

from converter import __version__, regex_code
from converter.errors import Doc2XbrlError

# The command line is a program of its own: its patterns come from their compiled code rather
# than compiled afresh in each run (converter/regex_code.py). A program that imports the library
# decides that for itself (``converter.regex_code.install()``): importing it patches nothing.
regex_code.install()

FORMATS = ("xbrl",)


def _error(message: str) -> None:
    click.echo(f"error: {message}", err=True)


def _warn(message: str) -> None:
    click.echo(f"warning: {message}", err=True)


INTERRUPTED = 130  # 128 + SIGINT, what a shell reports for a command stopped by Ctrl-C
STDIN_NAME = "stdin"  # standard input's name (its outputs are stdin.xml...) unless --name says


class _Commands(click.Group):
    """Ctrl-C anywhere ends the command with exit code 130 and one line, not click's 'Aborted!' (1)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            ctx.exit(INTERRUPTED)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="doc2xbrl")
def main() -> None:
    """Turn legacy SEC EDGAR filings into validated XBRL 2.1 instances."""


def _cik(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """An SEC Central Index Key: up to ten digits (written zero-padded to ten)."""
    if value is None:
        return None
    digits = value.strip()
    if not (digits.isascii() and digits.isdigit()) or len(digits) > 10 or int(digits) == 0:
        raise click.BadParameter(f"{value!r} is not a CIK (1 to 10 digits)")
    return digits


def _read_input(source: str, name: str | None = None, max_bytes: int | None = None) -> tuple[bytes, str]:
    """The bytes of one input, never more than ``max_bytes`` + 1 read (the pipeline refuses it)."""
    limit = -1 if max_bytes is None else max_bytes + 1
    if source == "-":
        return sys.stdin.buffer.read(limit), name or STDIN_NAME
    try:
        with open(source, "rb") as handle:
            return handle.read(limit), source
    except OSError as exc:
        raise Doc2XbrlError(source, exc.strerror or str(exc)) from None


def _size(ctx: click.Context, param: click.Parameter, value: str | None) -> int | None:
    from converter.guards import parse_size

    if value is None:
        return None
    size = parse_size(value)
    if not size:
        raise click.BadParameter(f"{value!r} is not a size (bytes, or with K, M or G: 25M)")
    return size


def _formats(value: str) -> tuple[str, ...]:
    from converter.formats import parse_formats

    try:
        return parse_formats(value)
    except Doc2XbrlError as exc:
        raise click.BadParameter(exc.reason) from None


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", "output", default="out", show_default=True,
              help="Output folder ('-' writes the one file to standard output).")
@click.option("--cik", callback=_cik,
              help="SEC Central Index Key of the registrant (up to 10 digits), when the input has no EDGAR header.")
@click.option("--name", "stdin_name", metavar="NAME",
              help=f"Name of the document read from standard input ('-'): its outputs are NAME.xml...  "
                   f"[default: {STDIN_NAME}]")
@click.option("--date", "date", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="YYYY-MM-DD",
              help="Date for undated documents: used only when neither the document nor its EDGAR header "
                   "states one (otherwise their document facts are reported for 'forever', with a warning).")
@click.option("--format", "formats", default="xbrl", show_default=True,
              help="Output formats, comma separated: xbrl, ixbrl (review page), json, csv (xBRL-JSON/CSV).")
@click.option("--report", is_flag=True, help="List the numbers of the text that became no fact.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Worker processes.  [default: all cores]")
@click.option("--resume", is_flag=True, help="Skip inputs whose outputs an earlier run completed (content hash).")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar with rate and ETA.  [default: on a terminal; log lines otherwise]")
@click.option("--max-size", "max_size", callback=_size, metavar="SIZE",
              help="Largest input converted, in bytes or with K, M, G (a larger one fails unread).  [default: 25M]")
@click.option("--timeout", "timeout", type=click.FloatRange(min=0, min_open=True), metavar="SECONDS",
              help="Time budget of each input; past it the input fails and the batch goes on.  [default: 120]")
def convert(inputs: tuple[str, ...], output: str, cik: str | None, stdin_name: str | None, date: dt.datetime | None,
            formats: str, report: bool, jobs: int | None, resume: bool, progress: bool | None,
            max_size: int | None, timeout: float | None) -> None:
    """Convert EDGAR filings (text, SGML submissions, HTML; files, folders, globs, .gz and .zip
    archives) into XBRL instances. A manifest of the run goes to OUTPUT/manifest.jsonl.

    Files that are not filings (tables, images, JSON, XML...) are skipped with the reason. A
    document that states no date is placed at --date; without it, its document and entity
    facts are reported for 'forever' (an xbrli:forever context) with a warning, and a figure of
    a period it names without its year ("올 1분기") for 'forever' on StatedPeriodAxis, the period
    as printed less a this-year word ("1분기")."""
    from converter.guards import DEFAULT_MAX_BYTES, DEFAULT_TIME_BUDGET

    chosen = _formats(formats)
    day = date.date() if date else None
    guards = _Guards(max_size or DEFAULT_MAX_BYTES, timeout or DEFAULT_TIME_BUDGET)
    if stdin_name is not None and "-" not in inputs:
        raise click.UsageError("--name names the document read from standard input ('-')")
    if "-" in inputs or output == "-":
        sys.exit(_convert_stream(inputs, output, cik, chosen, report, day, stdin_name, guards))
    from converter.batch import run_batch

    try:
        summary = run_batch(inputs, Path(output), jobs=jobs, resume=resume, cik=cik, formats=chosen,
                            report=report, progress=progress, date=day, max_bytes=guards.max_bytes,
                            time_budget=guards.time_budget)
    except Doc2XbrlError as exc:
        _error(str(exc))
        sys.exit(1)
    sys.exit(INTERRUPTED if summary.interrupted else 1 if summary.failed else 0)


@dataclass(frozen=True)
class _Guards:
    max_bytes: int
    time_budget: float


def _convert_stream(inputs: tuple[str, ...], output: str, cik: str | None, formats: tuple[str, ...],
                    report: bool, date: dt.date | None, stdin_name: str | None, guards: _Guards) -> int:
    """Standard input in, or one file to standard output: one input, converted here."""
    from converter.batch import unmapped_lines
    from converter.guards import TimeBudgetExceeded, time_budget
    from converter.pipeline import convert_bytes, rendered_files, write_rendered

    if len(inputs) > 1:
        raise click.UsageError("standard input or output ('-') takes one input")
    from converter.batch_inputs import InputRef, not_a_filing

    skipped = not_a_filing(InputRef(inputs[0], inputs[0])) if inputs[0] != "-" else None
    if skipped:
        click.echo(f"skipped {inputs[0]}: {skipped}", err=True)
        return 0
    name = (stdin_name or STDIN_NAME) if inputs[0] == "-" else inputs[0]
    try:
        data, name = _read_input(inputs[0], stdin_name, guards.max_bytes)
        with time_budget(guards.time_budget):
            converted = convert_bytes(data, name, cik=cik, date=date, max_bytes=guards.max_bytes)
            files = rendered_files(converted, formats)
        if output == "-":
            if len(files) != 1:
                raise Doc2XbrlError(name, f"makes {len(files)} files; -o - writes one (one document, one format)")
            sys.stdout.buffer.write(files[0][1])
        else:
            for path in write_rendered(files, output):
                click.echo(f"{name} -> {path}", err=True)
    except Doc2XbrlError as exc:
        _error(str(exc))
        return 1
    except TimeBudgetExceeded as exc:
        _error(f"{name}: {exc}")
        return 1
    for warning in dict.fromkeys(w for item in converted for w in item.warnings):
        _warn(warning)
    for line in (line for item in converted for line in unmapped_lines(item)) if report else ():
        click.echo(line, err=True)
    return 0


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--json", "as_json", is_flag=True, help="Print the result as one JSON object (always, valid or not).")
@click.option("--max-size", "max_size", callback=_size, metavar="SIZE",
              help="Largest file read, in bytes or with K, M, G (a larger one is refused unread).  [default: 256M]")
def validate(paths: tuple[str, ...], as_json: bool, max_size: int | None) -> None:
    """Validate what convert writes, offline: XBRL instances, Inline XBRL pages, xBRL-JSON and
    xBRL-CSV reports, or folders of them (the taxonomy files and manifest beside them are
    recognised and skipped). Exit 0 when every report is valid, 1 otherwise."""
    from converter.validate.files import validate_paths
    from converter.xmlsafe import MAX_XML_BYTES

    results = []
    for result in validate_paths(paths, max_bytes=max_size or MAX_XML_BYTES):
        results.append(result)
        if not as_json:
            for finding in result.findings:
                click.echo(str(finding), err=True)
            click.echo(_result_line(result))
    checked = [r for r in results if r.status != "skipped"]
    invalid = sum(r.status == "invalid" for r in results)
    if as_json:
        counts = {status: sum(r.status == status for r in results) for status in ("valid", "invalid", "skipped")}
        click.echo(json.dumps({"valid": bool(checked) and not invalid, "counts": counts,
                               "files": [r.to_dict() for r in results]}, ensure_ascii=False, indent=2))
    elif not checked:
        _error("no XBRL report among the files given (only taxonomy files, manifests or other files)")
    sys.exit(1 if invalid or not checked else 0)


def _result_line(result) -> str:
    if result.status == "skipped":
        return f"{result.file}: skipped ({result.note})"
    facts = f", {result.facts} facts" if result.facts is not None else ""
    return f"{result.file}: {result.status} ({result.kind}{facts})"


@main.command()
@click.option("-o", "--output", "output", type=click.Path(file_okay=False), help="Write the taxonomy files here.")
@click.option("--package", type=click.Path(dir_okay=False), help="Write an XBRL Taxonomy Package (.zip).")
def taxonomy(output: str | None, package: str | None) -> None:
    """Write the doc2xbrl taxonomy (schema and linkbases), as files or as a taxonomy package."""
    from converter.taxonomy import TAXONOMY_FILES, copy_taxonomy, write_package

    if not output and not package:
        from converter.resources import schemas_dir

        for name in TAXONOMY_FILES:
            click.echo(schemas_dir() / name)
        return
    try:
        if output:
            Path(output).mkdir(parents=True, exist_ok=True)
            copy_taxonomy(Path(output))
            click.echo(f"taxonomy -> {output}", err=True)
        if package:
            write_package(Path(package))
            click.echo(f"taxonomy package -> {package}", err=True)
    except (Doc2XbrlError, OSError) as exc:
        _error(str(exc))
        sys.exit(1)


@main.command()
@click.argument("text", required=False)
@click.option("--all", "all_in", metavar="FILE", help="Find every address in this file ('-': standard input) instead.")
def address(text: str | None, all_in: str | None) -> None:
    """Parse an address (Korean, romanized or Hangul, or foreign) into its parts, printed as JSON
    under the taxonomy's names (EntityAddressCity...); TEXT '-' reads standard input. Exit 1
    when no address part is found (the JSON is printed all the same)."""
    from converter.parse.address import (
        address_record,
        find_addresses,
        has_parts,
        parse_address,
    )

    if all_in:
        records = [address_record(a) for a in find_addresses(_read_text(all_in))]
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
        sys.exit(0 if records else 1)
    if text is None:
        raise click.UsageError("give an address ('-' reads it from standard input), or --all FILE")
    text = _read_text("-").strip() if text == "-" else text
    parsed = parse_address(text)
    record = address_record(parsed) if parsed else {"text": text, "parts": {}, "parts_ko": {}}
    click.echo(json.dumps(record, ensure_ascii=False, indent=2))
    if not has_parts(record):
        _error(f"no address part found in {text.strip()!r}")
        sys.exit(1)


def _read_text(source: str) -> str:
    """A file's text or standard input's ('-'), UTF-8 (a stray byte is replaced, not fatal)."""
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        raise click.BadParameter(f"{source}: {exc.strerror or exc}") from None
    return data.decode("utf-8", errors="replace")


def _locale(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """A locale Babel knows: 'ko_KR', 'ko-KR' and 'ko' are all accepted."""
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(value.replace("-", "_")))
    except (ValueError, TypeError, UnknownLocaleError):
        raise click.BadParameter(f"{value!r} is not a locale (en_US, ko_KR, ja_JP, ...)") from None


@main.command()
@click.argument("source")
@click.option("--locale", default="en_US", show_default=True, callback=_locale,
              help="Locale of labels and amounts: en_US, ko_KR, ...")
@click.option("--cik", callback=_cik, help="SEC Central Index Key of the registrant (a filing given as SOURCE).")
@click.option("--json", "as_json", is_flag=True, help="The facts as JSON (values whole, as written and as shown).")
@click.option("--csv", "as_csv", is_flag=True, help="The facts as CSV.")
def show(source: str, locale: str, cik: str | None, as_json: bool, as_csv: bool) -> None:
    """Print the facts of a filing (converted here, nothing written) or of a report convert
    wrote (instance, Inline XBRL, xBRL-JSON, xBRL-CSV metadata file), as a table."""
    from converter.show import fact_records, fact_rows, format_fact_rows
    from converter.taxonomy import load_taxonomy

    if as_json and as_csv:
        raise click.UsageError("--json and --csv are exclusive: choose one")
    try:
        documents = _shown_documents(source, cik)
    except Doc2XbrlError as exc:
        _error(str(exc))
        sys.exit(1)
    taxonomy = load_taxonomy()
    if as_json:
        payload = [{"document": name, "facts": fact_records(instance, taxonomy, locale)} for name, instance in documents]
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    elif as_csv:
        _write_csv(documents, taxonomy, locale)
    else:
        for name, instance in documents:
            click.echo(f"# {name}")
            click.echo(format_fact_rows(fact_rows(instance, taxonomy, locale), locale=locale))


def _shown_documents(source: str, cik: str | None) -> list[tuple[str, object]]:
    """``(name, Instance)`` for each document of a filing, or the one of a report."""
    from converter.report_reader import read_report, report_kind

    if source != "-" and report_kind(Path(source)) is not None:
        return [(source, read_report(source))]
    from converter.pipeline import convert_bytes

    data, name = _read_input(source)
    return [(item.output_name, item.instance) for item in convert_bytes(data, name, cik=cik)]


def _write_csv(documents, taxonomy, locale: str) -> None:
    import csv

    from converter.show import RECORD_FIELDS, fact_records

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(("document", *RECORD_FIELDS))
    for name, instance in documents:
        for record in fact_records(instance, taxonomy, locale):
            dims = "; ".join(f"{axis}={member}" for axis, member in record["dimensions"].items())
            writer.writerow((name, *(dims if k == "dimensions" else "" if record[k] is None else record[k]
                                     for k in RECORD_FIELDS)))
