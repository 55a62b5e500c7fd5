"""The review page in a real browser: headless Chromium opens it from a file, a fact is picked in
the panel, and the words scrolled to and highlighted must be the fact's source span.

Chromium is driven without extra Python packages: the page's script honours a URL hash
(``#select=f12`` runs the panel's click handler, ``#click=f12`` clicks the fact's words), and
``--dump-dom`` returns the DOM after it ran; ``--screenshot`` takes the picture.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import html

from converter.model import Instance, SourceDocument
from converter.render_ixbrl import displayed_range, render_inline
from converter.taxonomy import copy_taxonomy
from test_ixbrl import SEED_FILES, written_variant

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="!!! NO CHROMIUM: the real-browser review test did NOT run (apt-get install -y chromium) !!!",
)
WINDOW = (1400, 900)
LINE_PX = 18  # the page's pre text: 12px at line-height 1.45, rounded up


def chromium(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={profile}", f"--window-size={WINDOW[0]},{WINDOW[1]}", *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)


def open_page(tmp_path: Path, page: Path, fragment: str) -> html.HtmlElement:
    profile = tmp_path / f"profile-{fragment.replace('=', '-').replace('&', '-')}"
    result = chromium(profile, "--dump-dom", f"{page.as_uri()}#{fragment}")
    return html.fromstring(result.stdout)


def selected_words(dom: html.HtmlElement) -> str:
    spans = dom.xpath("//pre//span[contains(concat(' ', @class, ' '), ' d2x-selected ')]")
    # nested pieces of one fact are all marked: keep the outermost so no word counts twice
    outer = [s for s in spans if not any(a in spans for a in s.iterancestors())]
    return "".join(s.text_content() for s in outer)


def farthest_fact(instance: Instance, document: SourceDocument) -> tuple[str, str, int]:
    """(fact id, its displayed words, its line) of the fact whose words come last in the text."""
    best = None
    for fact in instance.facts:
        shown = displayed_range(document, fact.span) if fact.span else None
        if shown and (best is None or shown[0] > best[1][0]):
            best = (fact.id, shown)
    assert best is not None
    fact_id, (start, end) = best
    return fact_id, document.text[start:end], document.text.count("\n", 0, start)


def review(tmp_path: Path, instance: Instance, document: SourceDocument, name: str) -> None:
    copy_taxonomy(tmp_path)
    page = tmp_path / f"{name}.xhtml"
    page.write_bytes(render_inline(instance, document))
    fact_id, words, line = farthest_fact(instance, document)

    # panel -> text: the words scrolled into view and highlighted are the fact's source span
    dom = open_page(tmp_path, page, f"select={fact_id}")
    state = dom.get_element_by_id("d2x-state")
    assert state.get("title") == fact_id
    assert selected_words(dom) == words
    assert state.text_content() == words
    if line * LINE_PX > WINDOW[1]:  # it had to be scrolled to
        assert "in-view" in state.get("class").split()
    row = dom.get_element_by_id(f"d2x-row-{fact_id}")
    assert "d2x-selected" in row.get("class").split()

    # text -> panel: clicking the words selects their fact's row (the most specific one first)
    dom = open_page(tmp_path, page, f"click={fact_id}&lang=ko")
    chosen = dom.get_element_by_id("d2x-state").get("title")
    assert "d2x-selected" in dom.get_element_by_id(f"d2x-row-{chosen}").get("class").split()
    assert "d2x-lang-ko" in dom.body.get("class").split()

    shot = tmp_path / f"{name}.png"
    chromium(tmp_path / "profile-shot", f"--screenshot={shot}", f"{page.as_uri()}#select={fact_id}")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


def test_written_variant_review_in_chromium(tmp_path):
    instance, document = written_variant(filler_lines=80)
    _, _, line = farthest_fact(instance, document)
    assert line * LINE_PX > WINDOW[1], "the variant must need scrolling"
    review(tmp_path, instance, document, "daehan")


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.name)
def test_seed_review_in_chromium(seed, tmp_path):
    from converter.pipeline import convert_file

    converted = convert_file(seed)[0]
    review(tmp_path, converted.instance, converted.extraction.document, converted.output_name.removesuffix(".xml"))
