"""The command line: thin wrappers over the library (sqlite-utils style).

Each command parses its arguments, calls one library function per input, and turns library
errors into one-line messages here, at the boundary. Exit codes: 0 ok, 1 some input invalid or
failed, 2 usage error (click's own).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import click

from converter import __version__
from converter.errors import Doc2XbrlError

FORMATS = ("xbrl",)


def _error(message: str) -> None:
    click.echo(f"error: {message}", err=True)


def _warn(message: str) -> None:
    click.echo(f"warning: {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="doc2xbrl")
def main() -> None:
    """Turn legacy SEC EDGAR filings into validated XBRL 2.1 instances."""


def _read_input(source: str) -> tuple[bytes, str]:
    if source == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    try:
        return Path(source).read_bytes(), source
    except OSError as exc:
        raise Doc2XbrlError(source, exc.strerror or str(exc)) from None


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
@click.option("--cik", help="SEC Central Index Key of the registrant, when the input has no EDGAR header.")
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
def convert(inputs: tuple[str, ...], output: str, cik: str | None, date: dt.datetime | None, formats: str,
            report: bool, jobs: int | None, resume: bool, progress: bool | None) -> None:
    """Convert EDGAR filings (text, SGML submissions, HTML; files, folders, globs, .gz and .zip
    archives) into XBRL instances. A manifest of the run goes to OUTPUT/manifest.jsonl."""
    chosen = _formats(formats)
    day = date.date() if date else None
    if "-" in inputs or output == "-":
        sys.exit(_convert_stream(inputs, output, cik, chosen, report, day))
    from converter.batch import run_batch

    try:
        summary = run_batch(inputs, Path(output), jobs=jobs, resume=resume, cik=cik, formats=chosen,
                            report=report, progress=progress, date=day)
    except Doc2XbrlError as exc:
        _error(str(exc))
        sys.exit(1)
    sys.exit(1 if summary.failed or summary.interrupted else 0)


def _convert_stream(inputs: tuple[str, ...], output: str, cik: str | None, formats: tuple[str, ...],
                    report: bool, date: dt.date | None = None) -> int:
    """Standard input in, or one file to standard output: one input, converted here."""
    from converter.batch import unmapped_lines
    from converter.pipeline import convert_bytes, rendered_files, write_converted

    if len(inputs) > 1:
        raise click.UsageError("standard input or output ('-') takes one input")
    try:
        data, name = _read_input(inputs[0])
        converted = convert_bytes(data, name, cik=cik, date=date)
        if output == "-":
            files = rendered_files(converted, formats)
            if len(files) != 1:
                raise Doc2XbrlError(name, f"makes {len(files)} files; -o - writes one (one document, one format)")
            sys.stdout.buffer.write(files[0][1])
        else:
            for path in write_converted(converted, output, formats):
                click.echo(f"{name} -> {path}", err=True)
    except Doc2XbrlError as exc:
        _error(str(exc))
        return 1
    for warning in dict.fromkeys(w for item in converted for w in item.warnings):
        _warn(warning)
    for line in (line for item in converted for line in unmapped_lines(item)) if report else ():
        click.echo(line, err=True)
    return 0


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per finding.")
def validate(files: tuple[str, ...], as_json: bool) -> None:
    """Validate XBRL instances offline (XML Schema + XBRL 2.1 and Dimensions rules)."""
    from converter.validate import iter_errors

    invalid = 0
    for file in files:
        errors = 0
        for finding in iter_errors(Path(file)):
            errors += finding.severity == "error"
            if as_json:
                click.echo(json.dumps({k: getattr(finding, k) for k in
                                       ("file", "line", "severity", "code", "message", "fact")}))
            else:
                click.echo(str(finding), err=True)
        invalid += errors > 0
        if not as_json:
            click.echo(f"{file}: {'invalid' if errors else 'valid'}", err=True)
    sys.exit(1 if invalid else 0)


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
@click.option("--all", "all_in", type=click.Path(dir_okay=False, exists=True),
              help="Find every address in this file instead.")
def address(text: str | None, all_in: str | None) -> None:
    """Parse a Korean (or other) address into its parts, printed as JSON."""
    from converter.parse.address import find_addresses, parse_address

    if all_in:
        found = find_addresses(Path(all_in).read_text(encoding="utf-8", errors="replace"))
        click.echo(json.dumps([a.to_dict() for a in found], ensure_ascii=False, indent=2))
        return
    if not text:
        raise click.UsageError("give an address, or --all FILE")
    parsed = parse_address(text)
    if parsed is None:
        _error(f"not an address: {text!r}")
        sys.exit(1)
    click.echo(json.dumps(parsed.to_dict(), ensure_ascii=False, indent=2))


@main.command()
@click.argument("source")
@click.option("--locale", default="en_US", show_default=True, help="Locale for amounts: en_US, ko_KR, ...")
@click.option("--cik", help="SEC Central Index Key of the registrant.")
def show(source: str, locale: str, cik: str | None) -> None:
    """Print the facts a filing yields as a table (nothing is written)."""
    from converter.pipeline import convert_bytes
    from converter.show import format_fact_rows
    from converter.taxonomy import load_taxonomy

    try:
        data, name = _read_input(source)
        converted = convert_bytes(data, name, cik=cik)
    except Doc2XbrlError as exc:
        _error(str(exc))
        sys.exit(1)
    taxonomy = load_taxonomy()
    for item in converted:
        click.echo(f"# {item.output_name}")
        click.echo(format_fact_rows(_fact_rows(item, taxonomy, locale), locale=locale))


def _fact_rows(item, taxonomy, locale: str):
    from converter.show import is_percentage

    contexts = {c.id: c for c in item.instance.contexts}
    units = {u.id: u.spec for u in item.instance.units}
    lang = locale.split("_")[0]
    for fact in item.instance.facts:
        context = contexts[fact.context_id]
        label = taxonomy.label(fact.concept, lang)
        members = ", ".join(f"{axis.removesuffix('Axis')} {member}" for axis, member in context.dimensions)
        if members:
            label = f"{label} [{members}]"
        yield (label, fact.value, units.get(fact.unit_id) if fact.unit_id else None, fact.decimals,
               str(context.period), fact.line, is_percentage(fact.concept))
