/* Filters, search and mark navigation for the report page. Plain JS, no network. */
(function () {
  "use strict";
  var byId = function (id) { return document.getElementById(id); };
  var claims = Array.prototype.slice.call(document.querySelectorAll("article.claim"));
  var sources = Array.prototype.slice.call(document.querySelectorAll("article.source"));
  var groups = Array.prototype.slice.call(document.querySelectorAll("section.claims-section"));
  var controls = [byId("f-section"), byId("f-code"), byId("f-severity"), byId("f-search")];
  var lowered = new Map();

  function values(el, name) {
    var v = el.getAttribute(name);
    return v ? v.split("|") : [];
  }

  function textOf(el) {
    var t = lowered.get(el);
    if (t === undefined) { t = el.textContent.toLowerCase(); lowered.set(el, t); }
    return t;
  }

  function matches(el, f, sectionAttr) {
    if (f.section && values(el, sectionAttr).indexOf(f.section) < 0) return false;
    if (f.code === "*" && !el.getAttribute("data-codes")) return false;
    if (f.code && f.code !== "*" && values(el, "data-codes").indexOf(f.code) < 0) return false;
    if (f.severity && values(el, "data-severities").indexOf(f.severity) < 0) return false;
    return !f.search || textOf(el).indexOf(f.search) >= 0;
  }

  function current() {
    return {
      section: controls[0].value, code: controls[1].value, severity: controls[2].value,
      search: controls[3].value.trim().toLowerCase()
    };
  }

  function apply() {
    var f = current(), shown = 0, shownSources = 0;
    claims.forEach(function (el) {
      el.hidden = !matches(el, f, "data-section");
      if (!el.hidden) shown += 1;
    });
    groups.forEach(function (g) { g.hidden = !g.querySelector("article.claim:not([hidden])"); });
    sources.forEach(function (el) {
      el.hidden = !matches(el, f, "data-sections");
      if (!el.hidden) shownSources += 1;
    });
    byId("f-shown").textContent = shown + " of " + claims.length + " claims, " +
      shownSources + " of " + sources.length + " sources";
  }

  function reveal(el) {
    for (var node = el; node; node = node.parentElement) { if (node.hidden) node.hidden = false; }
  }

  var timer = 0;
  controls.slice(0, 3).forEach(function (c) { c.addEventListener("change", apply); });
  controls[3].addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(apply, 120);
  });
  byId("f-reset").addEventListener("click", function () {
    controls.forEach(function (c) { c.value = ""; });
    apply();
  });
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[href^='#']") : null;
    if (!link) return;
    var target = byId(decodeURIComponent(link.getAttribute("href").slice(1)));
    if (target) reveal(target);
  });
  if (location.hash) {
    var target = byId(decodeURIComponent(location.hash.slice(1)));
    if (target) reveal(target);
  }
  apply();
}());
