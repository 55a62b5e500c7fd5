"""Hostile taxonomy files and references: refused, quickly, and nothing outside the folder read.

An instance names its taxonomy, and the taxonomy names linkbases and imports: all of it is
input. Each case below plants a named pipe (FIFO) outside the instance's folder where a careless
reader would open it; a watcher thread sees any open of that pipe (opening a FIFO for writing
without blocking succeeds only while a reader holds it open), so "nothing outside the folder is
opened" is checked, not assumed.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from converter.taxonomy import copy_taxonomy
from converter.validate import ERROR, iter_errors
from test_validate import VALID_INSTANCE

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
XSD, LAB = "d2x-2026-11.xsd", "d2x-2026-11-lab.xml"


class PipeWatcher:
    """Records whether anybody opened the FIFO at ``path`` for reading."""

    def __init__(self, path: Path) -> None:
        os.mkfifo(path)
        self.path, self.opened = path, False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self) -> None:
        while not self._stop.wait(0.001):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_NONBLOCK)
            except OSError as exc:
                if exc.errno != errno.ENXIO:  # ENXIO: no reader has it open
                    raise
                continue
            self.opened = True
            os.close(fd)  # the reader sees end of file and goes on

    def __enter__(self) -> "PipeWatcher":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


@pytest.fixture
def layout(tmp_path: Path) -> tuple[Path, Path]:
    """``(inside, outside)``: the instance's folder with the taxonomy, and a folder beside it."""
    inside, outside = tmp_path / "in", tmp_path / "out"
    copy_taxonomy(inside)
    outside.mkdir()
    (inside / "report.xml").write_bytes(VALID_INSTANCE.read_bytes())
    return inside, outside


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def with_entity(path: Path, target: str) -> None:
    """A DOCTYPE declaring an external entity, used in the document (the XXE pattern)."""
    text = path.read_text(encoding="utf-8")
    head, _, body = text.partition("?>")
    root_end = body.index(">", body.index("<", body.index("\n"))) + 1
    path.write_text(f'{head}?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "{target}">]>'
                    f"{body[:root_end]}<!--&e;-->{body[root_end:]}", encoding="utf-8")


def errors_of(path: Path) -> set[str]:
    return {f.code for f in iter_errors(path) if f.severity == ERROR}


def test_entity_in_the_schema_is_refused_and_its_target_never_opened(layout):
    inside, outside = layout
    with PipeWatcher(outside / "secret") as watcher:
        with_entity(inside / XSD, (outside / "secret").as_uri())
        codes = errors_of(inside / "report.xml")
    assert "security:doctype" in codes
    assert not watcher.opened


def test_entity_in_a_linkbase_is_refused_and_its_target_never_opened(layout):
    inside, outside = layout
    with PipeWatcher(outside / "secret") as watcher:
        with_entity(inside / LAB, (outside / "secret").as_uri())
        codes = errors_of(inside / "report.xml")
    assert "security:doctype" in codes
    assert not watcher.opened


def test_schema_ref_that_climbs_out_of_the_folder(layout):
    inside, outside = layout
    with PipeWatcher(outside / XSD) as watcher:
        edit(inside / "report.xml", 'xlink:href="d2x-2026-11.xsd"', f'xlink:href="../out/{XSD}"')
        codes = errors_of(inside / "report.xml")
    assert codes == {"security:outsideFolder"}
    assert not watcher.opened


def test_schema_ref_as_an_absolute_file_url_outside(layout):
    inside, outside = layout
    with PipeWatcher(outside / XSD) as watcher:
        edit(inside / "report.xml", 'xlink:href="d2x-2026-11.xsd"', f'xlink:href="{(outside / XSD).as_uri()}"')
        codes = errors_of(inside / "report.xml")
    assert codes == {"security:outsideFolder"}
    assert not watcher.opened


def test_import_that_climbs_out_of_the_folder(layout):
    inside, outside = layout
    with PipeWatcher(outside / "evil.xsd") as watcher:
        edit(inside / XSD, "<xs:annotation>",
             '<xs:import namespace="urn:evil" schemaLocation="../out/evil.xsd"/><xs:annotation>')
        codes = errors_of(inside / "report.xml")
    assert codes == {"security:outsideFolder"}
    assert not watcher.opened


def test_linkbase_ref_that_climbs_out_of_the_folder(layout):
    inside, outside = layout
    with PipeWatcher(outside / LAB) as watcher:
        edit(inside / XSD, f'xlink:href="{LAB}"', f'xlink:href="../out/{LAB}"')
        codes = errors_of(inside / "report.xml")
    assert codes == {"security:outsideFolder"}
    assert not watcher.opened


@pytest.mark.parametrize(("target", "code"), [
    ("http://taxonomies.example.com/evil.xsd", "security:remoteSchema"),
    ("ftp://taxonomies.example.com/evil.xsd", "security:remoteSchema"),
])
def test_remote_import_is_refused(layout, target, code):
    inside, _ = layout
    edit(inside / XSD, "<xs:annotation>", f'<xs:import namespace="urn:evil" schemaLocation="{target}"/><xs:annotation>')
    assert errors_of(inside / "report.xml") == {code}


def test_remote_linkbase_is_refused(layout):
    inside, _ = layout
    edit(inside / XSD, f'xlink:href="{LAB}"', 'xlink:href="http://taxonomies.example.com/lab.xml"')
    assert errors_of(inside / "report.xml") == {"security:remoteLinkbase"}


def _validate_in_a_subprocess(path: Path) -> subprocess.CompletedProcess[str]:
    """``doc2xbrl validate``, with a deadline: reading a device must not hang it."""
    return subprocess.run([sys.executable, "-c", "from converter.cli import main; main()", "validate", str(path)],
                          capture_output=True, text=True, timeout=60)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_entity_pointing_at_dev_zero_does_not_hang(layout):
    inside, _ = layout
    with_entity(inside / XSD, "file:///dev/zero")
    result = _validate_in_a_subprocess(inside / "report.xml")
    assert result.returncode == 1
    assert "security:doctype" in result.stdout + result.stderr


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_instance_that_is_a_device_is_refused(layout):
    inside, _ = layout
    (inside / "zero.xml").symlink_to("/dev/zero")
    result = _validate_in_a_subprocess(inside / "zero.xml")
    assert result.returncode == 1
    assert "security:notAFile" in result.stdout + result.stderr


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_schema_ref_to_a_device_inside_the_folder_is_refused(layout):
    inside, _ = layout
    (inside / "zero.xsd").symlink_to("/dev/zero")
    edit(inside / "report.xml", 'xlink:href="d2x-2026-11.xsd"', 'xlink:href="zero.xsd"')
    result = _validate_in_a_subprocess(inside / "report.xml")
    assert result.returncode == 1
    assert "security:" in result.stdout + result.stderr


def test_a_huge_text_node_is_a_resource_limit_not_a_well_formedness_error(tmp_path):
    copy_taxonomy(tmp_path)
    text = VALID_INSTANCE.read_text(encoding="utf-8")
    fact = ">6-K</d2x:DocumentType>"
    path = tmp_path / "huge.xml"
    path.write_text(text.replace(fact, ">" + "x" * (11 * 1024 * 1024) + "</d2x:DocumentType>"), encoding="utf-8")
    codes = errors_of(path)
    assert codes == {"resource:parserLimit"}


def test_a_schema_found_confined_before_is_checked_again_once_it_leads_elsewhere(layout):
    """The loader answers an href it found confined before without resolving it again only
    while its path leads to that very file: a schema swapped for a link to a file outside
    the folder is refused like any link outside."""
    inside, outside = layout
    assert errors_of(inside / "report.xml") == set()
    (outside / XSD).write_bytes((inside / XSD).read_bytes())
    (inside / XSD).unlink()
    (inside / XSD).symlink_to(outside / XSD)
    assert errors_of(inside / "report.xml") == {"security:outsideFolder"}


def test_a_schema_found_confined_before_and_then_removed_is_missing(layout):
    inside, _ = layout
    assert errors_of(inside / "report.xml") == set()
    (inside / XSD).unlink()
    assert errors_of(inside / "report.xml") == {"xbrl.4.2.2:schemaRefHref"}


def test_a_schema_found_confined_before_is_answered_without_resolving_it_again(layout, monkeypatch):
    from converter.validate import loading

    inside, _ = layout
    assert errors_of(inside / "report.xml") == set()
    resolved, resolve = [], loading.confined
    monkeypatch.setattr(loading, "confined", lambda *args: resolved.append(args) or resolve(*args))
    assert errors_of(inside / "report.xml") == set()
    assert resolved == []
