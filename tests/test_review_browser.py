"""The review page in a real browser: headless Chromium opens it from a file, a person's mouse
click on a fact's row in the panel must scroll the text to the fact's words and highlight exactly
its source span; a click on highlighted words must select their fact's row.

Playwright drives Debian's Chromium (``executable_path``; Playwright's own browser download is never
used, the machine has no network for it): its clicks are real input events at the element's place
on the screen, so the test fails if the row is hidden, covered or not clickable.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from converter.model import Instance, SourceDocument
from converter.render_ixbrl import displayed_range, render_inline
from converter.taxonomy import copy_taxonomy
from test_ixbrl import SEED_FILES, written_variant

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
sync_api = pytest.importorskip("playwright.sync_api", reason="!!! NO PLAYWRIGHT: the real-browser review test did NOT run !!!")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="!!! NO CHROMIUM: the real-browser review test did NOT run (apt-get install -y chromium) !!!",
)
WINDOW = {"width": 1400, "height": 900}
LINE_PX = 18  # the page's pre text: 12px at line-height 1.45, rounded up
# Chromium on a machine without network: no background traffic, no first-run work.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# The words highlighted in the text: nested pieces of one fact are all marked, keep the outermost.
# Whether Hangul is drawn with real glyphs: two different syllables drawn in the panel's Korean font
# must give different pixels. Without a font that has Hangul, both are the same empty box ("tofu").
HANGUL_GLYPHS_JS = """() => {
  const span = document.querySelector('#d2x-facts .d2x-l-ko');
  const canvas = document.createElement('canvas');
  canvas.width = 48; canvas.height = 48;
  const pen = canvas.getContext('2d');
  const draw = (text) => {
    pen.clearRect(0, 0, 48, 48);
    pen.font = '32px ' + getComputedStyle(span).fontFamily;
    pen.fillText(text, 4, 38);
    return Array.from(pen.getImageData(0, 0, 48, 48).data).join(',');
  };
  const ga = draw('가'), hih = draw('힣'), box = draw('\\uE000');
  return {distinct: ga !== hih, notBox: ga !== box, inked: /[1-9]/.test(ga)};
}"""
SELECTED_WORDS_JS = """() => {
  const spans = [...document.querySelectorAll('#d2x-text .d2x-selected')];
  return spans.filter(s => !spans.some(o => o !== s && o.contains(s))).map(s => s.textContent).join('');
}"""


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


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


def vertically_inside(inner: dict, outer: dict) -> bool:
    return inner["y"] >= outer["y"] and inner["y"] + inner["height"] <= outer["y"] + outer["height"]


def review(browser, tmp_path: Path, instance: Instance, document: SourceDocument, name: str) -> None:
    copy_taxonomy(tmp_path)
    page_file = tmp_path / f"{name}.xhtml"
    page_file.write_bytes(render_inline(instance, document))
    fact_id, words, line = farthest_fact(instance, document)
    page = browser.new_page(viewport=WINDOW)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(page_file.as_uri())
    first_words = page.locator(f"#d2x-text .d2x-f-{fact_id}").first
    pane = page.locator("#d2x-doc")
    needs_scroll = line * LINE_PX > WINDOW["height"]
    if needs_scroll:
        assert not vertically_inside(first_words.bounding_box(), pane.bounding_box())

    # panel -> text: a real click on the row's concept cell
    page.locator(f"#d2x-row-{fact_id} td.d2x-concept").click()
    assert page.evaluate(SELECTED_WORDS_JS) == words
    assert vertically_inside(first_words.bounding_box(), pane.bounding_box()), "the words were not scrolled to"
    if needs_scroll:
        assert pane.evaluate("pane => pane.scrollTop") > 0
    assert "d2x-selected" in page.locator(f"#d2x-row-{fact_id}").get_attribute("class").split()
    shot = tmp_path / f"{name}.png"
    page.screenshot(path=str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000

    # text -> panel: a real click on another fact's words selects that fact's row
    other = page.locator("#d2x-text .d2x-src:not(.d2x-selected)").first
    owners = [c.removeprefix("d2x-f-") for c in other.get_attribute("class").split() if c.startswith("d2x-f-")]
    other.click()
    chosen = page.locator("#d2x-facts tr.d2x-selected")
    assert chosen.count() == 1
    assert chosen.get_attribute("id").removeprefix("d2x-row-") in owners

    # the language switch is a link a person clicks
    page.locator("#d2x-lang-ko").click()
    # the link changes the hash; the page switches on "hashchange", which fires after the click
    page.wait_for_function("() => document.body.classList.contains('d2x-lang-ko')", timeout=5000)
    assert page.locator(f"#d2x-row-{fact_id} .d2x-l-ko").first.is_visible()
    assert_hangul_is_drawn(page)
    page.screenshot(path=str(tmp_path / f"{name}-ko.png"))
    assert errors == []
    page.close()


def assert_hangul_is_drawn(page) -> None:
    """The Korean panel is in Korean (headings too) and its Hangul is drawn with glyphs, not boxes."""
    heading = page.locator("#d2x-facts th").first.inner_text()
    assert heading == "항목", heading
    glyphs = page.evaluate(HANGUL_GLYPHS_JS)
    assert glyphs == {"distinct": True, "notBox": True, "inked": True}, (
        f"Hangul is not drawn ({glyphs}): no font with Hangul; install one (Debian: apt-get install fonts-noto-cjk)")


def test_written_variant_review_in_chromium(browser, tmp_path):
    instance, document = written_variant(filler_lines=80)
    _, _, line = farthest_fact(instance, document)
    assert line * LINE_PX > WINDOW["height"], "the variant must need scrolling"
    review(browser, tmp_path, instance, document, "daehan")


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.name)
def test_seed_review_in_chromium(browser, seed, tmp_path):
    from converter.pipeline import convert_file

    converted = convert_file(seed)[0]
    name = converted.output_name.removesuffix(".xml")
    review(browser, tmp_path, converted.instance, converted.extraction.document, name)


def test_a_link_to_a_fact_opens_the_page_on_it(browser, tmp_path):
    """#select=ID in the page's address selects the fact, so a reviewer can link to one."""
    instance, document = written_variant(filler_lines=80)
    copy_taxonomy(tmp_path)
    page_file = tmp_path / "linked.xhtml"
    page_file.write_bytes(render_inline(instance, document))
    fact_id, words, _ = farthest_fact(instance, document)
    page = browser.new_page(viewport=WINDOW)
    page.goto(f"{page_file.as_uri()}#select={fact_id}")
    assert page.evaluate(SELECTED_WORDS_JS) == words
    assert page.locator("#d2x-state").get_attribute("title") == fact_id
    page.close()
