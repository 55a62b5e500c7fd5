/* doc2xbrl review page behaviour. Static, no network; inlined in a CDATA section of the XHTML.
   A URL hash drives it too, so that a page opened from a file can be linked to and tested
   headless: #select=f12 clicks the fact's row in the panel, #click=f12 clicks the fact's words
   in the text (both through the real click handlers), #lang=ko; several joined by &. */
(function () {
  "use strict";
  var selected = null;

  function words(id) {
    return document.getElementsByClassName("d2x-f-" + id);
  }

  function clear() {
    var old = document.querySelectorAll(".d2x-selected");
    for (var i = 0; i < old.length; i += 1) { old[i].classList.remove("d2x-selected"); }
  }

  function inView(element) {
    var box = element.getBoundingClientRect();
    var pane = document.getElementById("d2x-doc").getBoundingClientRect();
    return box.bottom > pane.top && box.top < pane.bottom && box.height > 0;
  }

  function select(id, scrollText) {
    var row = document.getElementById("d2x-row-" + id);
    if (!row) { return; }
    clear();
    selected = id;
    row.classList.add("d2x-selected");
    var spans = words(id);
    var shown = [];
    for (var i = 0; i < spans.length; i += 1) {
      spans[i].classList.add("d2x-selected");
      shown.push(spans[i].textContent);
    }
    row.scrollIntoView({block: "nearest"});
    if (spans.length && scrollText) { spans[0].scrollIntoView({block: "center"}); }
    var state = document.getElementById("d2x-state");
    state.setAttribute("class", "d2x-state " + (spans.length ? (inView(spans[0]) ? "in-view" : "out-of-view") : "no-words"));
    state.setAttribute("title", id);
    state.textContent = shown.join("");
  }

  function setLanguage(lang) {
    document.body.className = document.body.className.replace(/d2x-lang-\w+/, "d2x-lang-" + lang);
  }

  function factsAt(element) {
    while (element && element.classList && !element.classList.contains("d2x-src")) { element = element.parentNode; }
    if (!element || !element.classList) { return []; }
    var ids = [];
    for (var i = 0; i < element.classList.length; i += 1) {
      var name = element.classList[i];
      if (name.indexOf("d2x-f-") === 0) { ids.push(name.substring(6)); }
    }
    return ids;
  }

  function onTextClick(event) {
    var ids = factsAt(event.target);
    if (!ids.length) { return; }
    var next = ids.indexOf(selected) >= 0 ? ids[(ids.indexOf(selected) + 1) % ids.length] : ids[0];
    select(next, false);
  }

  function onPanelClick(event) {
    var row = event.target;
    while (row && !(row.classList && row.classList.contains("d2x-fact"))) { row = row.parentNode; }
    if (row) { select(row.id.substring("d2x-row-".length), true); }
  }

  function clickRow(id) {
    var row = document.getElementById("d2x-row-" + id);
    if (row) { row.cells[0].dispatchEvent(new MouseEvent("click", {bubbles: true})); }
  }

  function clickWords(id) {
    var spans = words(id);
    if (spans.length) { spans[0].dispatchEvent(new MouseEvent("click", {bubbles: true})); }
  }

  function fromHash() {
    var parts = window.location.hash.replace(/^#/, "").split("&");
    for (var i = 0; i < parts.length; i += 1) {
      var pair = parts[i].split("=");
      if (pair[0] === "lang" && (pair[1] === "en" || pair[1] === "ko")) { setLanguage(pair[1]); }
      if (pair[0] === "select") { clickRow(decodeURIComponent(pair[1] || "")); }
      if (pair[0] === "click") { clickWords(decodeURIComponent(pair[1] || "")); }
    }
  }

  function start() {
    var state = document.createElementNS("http://www.w3.org/1999/xhtml", "div");
    state.id = "d2x-state";
    state.className = "d2x-state";
    state.style.display = "none";
    document.body.appendChild(state);
    document.getElementById("d2x-text").addEventListener("click", onTextClick);
    document.getElementById("d2x-facts").addEventListener("click", onPanelClick);
    window.addEventListener("hashchange", fromHash);
    fromHash();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
