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

  // A file made in the page and saved by the browser (nothing leaves the device).
  function download(name, text, type) {
    const link = el("a");
    link.href = URL.createObjectURL(new Blob([text], { type: type }));
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  }

  // A button that removes something asks first, in place: the safe choice has focus, and No returns to the button.
  function confirmFirst(button, confirmBox, onYes) {
    button.addEventListener("click", function () {
      confirmBox.hidden = false;
      confirmBox.querySelector(".tb-confirm-no").focus();
    });
    confirmBox.querySelector(".tb-confirm-no").addEventListener("click", function () {
      confirmBox.hidden = true;
      button.focus();
    });
    confirmBox.querySelector(".tb-confirm-yes").addEventListener("click", function () {
      confirmBox.hidden = true;
      onYes();
    });
  }

  // One worksheet on paper, on its own: its sheet goes straight under <body> and the print style hides the
  // rest. sections: [heading, text or element] pairs; the crisis line comes right under the title.
  function printSheet(root, title, sections) {
    document.querySelectorAll(".tb-print-sheet").forEach(function (old) { old.remove(); });
    const sheet = el("div", "tb-print-sheet");
    sheet.append(el("h1", "", title), el("p", "tb-print-help", tb.shared.crisisLine));
    sections.forEach(function (section) {
      if (section[0]) sheet.append(el("h2", "", section[0]));
      sheet.append(typeof section[1] === "string" ? el("p", "", section[1]) : section[1]);
    });
    document.body.append(sheet);
    document.documentElement.classList.add("tb-printing");
    window.addEventListener("afterprint", function () {
      sheet.remove();
      document.documentElement.classList.remove("tb-printing");
    }, { once: true });
    const status = root.querySelector(".tb-feedback");
    if (status) status.replaceChildren(el("p", "", "Printing this worksheet on its own, with where to get help."));
    window.print();
  }

  // A text box prints only what fits in it. While the page prints, each box's text is copied into a
  // print-only paragraph after it (core.css shows that instead), so everything typed reaches the paper.
  function unmirror() {
    document.querySelectorAll(".tb-print-value").forEach(function (copy) { copy.remove(); });
  }
  window.addEventListener("beforeprint", function () {
    unmirror();
    document.querySelectorAll(".tb-widget textarea, .tb-widget input[type='text']").forEach(function (field) {
      field.after(el("p", "tb-print-value", field.value));
    });
  });
  window.addEventListener("afterprint", unmirror);

  // A stored value that cannot be read is moved to a key of its own, "<key>.unreadable-<time>" (with "-2",
  // "-3", ... if that is taken), so no earlier copy is ever replaced. Returns the copy's key; or null when the
  // browser could not keep a copy (its storage is full), and then the value stays where it was, untouched:
  // the caller must say so and must not write over it.
  function setAside(store, key, value) {
    const base = key + ".unreadable-" + new Date().toISOString();
    let name = base;
    for (let n = 2; store.getItem(name) !== null; n += 1) name = base + "-" + n;
    try {
      store.setItem(name, value);
    } catch (full) {
      return null;
    }
    store.removeItem(key);
    return name;
  }

  const tb = {
    kinds: kinds, rules: {}, shared: {}, register: register, start: start,
    el: el, fill: fill, readData: readData, download: download, confirmFirst: confirmFirst, printSheet: printSheet, trim: trim, charCount: charCount, wholeNumberIn: wholeNumberIn,
    setAside: setAside,
  };
  tb.rules.core = { trim: trim, charCount: charCount, wholeNumberIn: wholeNumberIn };
  window.therapybook = tb;
})();
