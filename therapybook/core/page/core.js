/* therapybook core: what every kind's page script uses. Each kind's page.js
 * (joined after this file by the Sphinx extension) registers itself with
 * therapybook.register("<kind>", setup) and may publish its pure rules under
 * therapybook.rules["<kind>"], which the contract tests compare with Python.
 * Text is inserted with textContent, never as HTML, so content cannot run. */
(function () {
  "use strict";

  const kinds = {};

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return String(values[key]); });
  }

  // Same as therapybook.core.text.trim: whitespace and invisible characters at either end.
  // The character class comes from Python (therapybook.shared, generated into this file).
  function trim(text) {
    const edges = new RegExp("^" + tb.shared.invisible + "+|" + tb.shared.invisible + "+$", "gu");
    return text.replace(edges, "");
  }

  // Same as therapybook.core.text.char_count: code points, so an emoji counts once, as in Python.
  function charCount(text) {
    return Array.from(text).length;
  }

  // Same as therapybook.core.text.whole_number_in: a rating as typed, or null.
  function wholeNumberIn(raw, low, high) {
    const text = trim(raw === undefined || raw === null ? "" : String(raw));
    if (!new RegExp(tb.shared.wholeNumber).test(text)) return null;
    const number = Number(text);
    return number >= low && number <= high ? number : null;
  }

  function readData(root) {
    return JSON.parse(root.querySelector("script.tb-data").textContent);
  }

  function register(name, setup) {
    kinds[name] = setup;
  }

  const timesSeen = {};
  const REFERENCES = ["for", "aria-describedby", "aria-labelledby", "aria-controls"];

  // Ids come from content ids, so the same item shown twice on a page repeats them. The second
  // copy gets its own ids, labels and radio groups, so each copy works on its own.
  function makeUnique(root) {
    timesSeen[root.id] = (timesSeen[root.id] || 0) + 1;
    if (timesSeen[root.id] === 1) return;
    const suffix = "-" + timesSeen[root.id];
    root.id += suffix;
    root.querySelectorAll("[id]").forEach(function (node) { node.id += suffix; });
    REFERENCES.forEach(function (attribute) {
      root.querySelectorAll("[" + attribute + "]").forEach(function (node) {
        const ids = node.getAttribute(attribute).split(/\s+/).map(function (id) { return id + suffix; });
        node.setAttribute(attribute, ids.join(" "));
      });
    });
    root.querySelectorAll("input[name]").forEach(function (input) { input.name += suffix; });
  }

  function setupAll() {
    document.querySelectorAll(".tb-widget[data-tb-kind]").forEach(function (root) {
      const setup = kinds[root.dataset.tbKind];
      if (!setup || root.classList.contains("tb-ready")) return;
      makeUnique(root);
      setup(root);
    });
  }

  function start() {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", setupAll);
    } else {
      setupAll();
    }
  }

  const tb = {
    kinds: kinds, rules: {}, shared: {}, register: register, start: start,
    el: el, fill: fill, readData: readData, trim: trim, charCount: charCount, wholeNumberIn: wholeNumberIn,
  };
  tb.rules.core = { trim: trim, charCount: charCount, wholeNumberIn: wholeNumberIn };
  window.therapybook = tb;
})();
