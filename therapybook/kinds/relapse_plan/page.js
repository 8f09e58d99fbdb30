/* Relapse-prevention plan: kept only in this browser (localStorage), downloadable as text, printable alone.
 * Nothing typed is lost: emptying every field asks before the kept plan goes, removing it can be undone while
 * the page is open, and a kept value that is not a plan is set aside (never written over). */
(function (tb) {
  "use strict";
  const el = tb.el;

  // Same text as therapybook.kinds.relapse_plan.plan.plan_text: title, each label, what was written; nothing else.
  function planText(data, entries) {
    const lines = [data.title, "=".repeat(tb.charCount(data.title)), ""];
    data.sections.forEach(function (section) {
      lines.push(section.label, "-".repeat(tb.charCount(section.label)), tb.trim(entries[section.id] || "") || data.notFilled, "");
    });
    return lines.join("\n");
  }

  // Same rule as therapybook.kinds.relapse_plan.plan: a kept value is this plan's, with its entries as an
  // object; only the sections the plan has, and only text, are read back. Anything else is not a plan (null).
  function readPlan(raw, planId, sectionIds) {
    let value;
    try { value = JSON.parse(raw); } catch (unreadable) { return null; }
    if (value === null || typeof value !== "object" || Array.isArray(value) || value.plan !== planId) return null;
    const kept = value.entries;
    if (kept === null || typeof kept !== "object" || Array.isArray(kept)) return null;
    const entries = Object.create(null);
    sectionIds.forEach(function (id) {
      if (Object.prototype.hasOwnProperty.call(kept, id) && typeof kept[id] === "string") entries[id] = kept[id];
    });
    return entries;
  }

  // Same as therapybook.kinds.relapse_plan.plan.is_empty.
  function isEmpty(entries) {
    return !entries || Object.keys(entries).every(function (id) { return tb.trim(entries[id]) === ""; });
  }

  function browserStorage() {
    try { return window.localStorage; } catch (blocked) { return null; }
  }

  function setupPlan(root) {
    const data = tb.readData(root);
    const feedback = root.querySelector(".tb-feedback");
    const fields = Array.from(root.querySelectorAll("textarea[data-section]"));
    const sectionIds = fields.map(function (field) { return field.dataset.section; });
    const emptyBox = root.querySelector(".tb-ask-empty");
    const undoButton = root.querySelector(".tb-undo");
    const store = browserStorage();
    // A second copy of the plan on one page keeps its own text (core.js gave its root a suffix such as "-2").
    const key = data.storageKey + root.id.slice(("tb-plan-" + data.id).length);
    let saved = null;  // what this browser keeps now
    let removed = null;  // the plan just removed, until the page is left: one step back
    let frozen = false;  // a kept value that could be neither read nor set aside is never written over
    let warned = false;

    function say(text) { feedback.replaceChildren(el("p", "", text)); }
    function entries() {
      const found = Object.create(null);
      fields.forEach(function (field) { found[field.dataset.section] = field.value; });
      return found;
    }
    function fill(values) {
      fields.forEach(function (field) { field.value = (values && values[field.dataset.section]) || ""; });
    }
    function write(values) {
      if (!store || frozen) return;
      try {
        store.setItem(key, JSON.stringify({ plan: data.id, entries: values }));
        saved = values;
      } catch (full) {
        if (!warned) say("This browser could not keep your plan (its storage may be full). Download it to keep a copy.");
        warned = true;
      }
    }
    function remove(message) {
      removed = saved;
      // A value that could not be read stays as it is: it may hold words the student wants back.
      if (store && !frozen) { try { store.removeItem(key); } catch (blocked) { /* nothing kept */ } }
      saved = null;
      emptyBox.hidden = true;
      undoButton.hidden = removed === null;
      say(message);
    }

    // Restore what this browser kept; a value that is not a plan is set aside, never overwritten.
    if (store && !store.therapybookPageOnly) {
      const raw = store.getItem(key);
      if (raw !== null) {
        const kept = readPlan(raw, data.id, sectionIds);
        if (kept !== null) {
          fill(kept);
          saved = kept;
        } else {
          const copy = tb.setAside(store, key, raw);  // core.js: a key of its own, or null with no room for it
          if (copy !== null) {
            say("A plan kept in this browser could not be read, so it was set aside (as " + copy + ") and you start afresh.");
          } else {
            frozen = true;
            say("A plan kept in this browser could not be read, and there is no room to keep a copy of it, so it " +
              "was left as it is. What you type now lasts only while this page is open: download it to keep a copy.");
          }
        }
      }
    } else {
      say("This browser blocks site storage, so your plan is kept only while this page is open. Download it to keep a copy.");
    }

    root.addEventListener("input", function () {
      const now = entries();
      // Emptying every field would remove the kept plan: ask first, and keep it until the answer.
      if (isEmpty(now) && !isEmpty(saved)) {
        emptyBox.hidden = false;
        return;
      }
      emptyBox.hidden = true;
      undoButton.hidden = true;
      removed = null;
      write(now);
    });
    root.querySelector(".tb-keep-saved").addEventListener("click", function () {
      fill(saved);
      emptyBox.hidden = true;
      say("Your kept plan is back in the fields.");
      fields[0].focus();
    });
    root.querySelector(".tb-remove-saved").addEventListener("click", function () {
      remove("Your plan was removed from this browser. Undo brings it back while this page is open.");
      undoButton.focus();
    });
    undoButton.addEventListener("click", function () {
      fill(removed);
      write(removed);
      removed = null;
      undoButton.hidden = true;
      say("Your plan is back, and kept in this browser again.");
      fields[0].focus();
    });

    root.querySelector(".tb-download").addEventListener("click", function () {
      tb.download(data.id + ".txt", planText(data, entries()), "text/plain;charset=utf-8");
      say("Your plan was downloaded as a text file, " + data.id + ".txt.");
    });

    // Print only the plan, with what was written and the crisis line (core.js).
    root.querySelector(".tb-print").addEventListener("click", function () {
      const written = entries();
      tb.printSheet(root, data.title, data.sections.map(function (section) {
        return [section.label, tb.trim(written[section.id] || "") || data.notFilled];
      }));
    });

    tb.confirmFirst(root.querySelector(".tb-clear"), root.querySelector(".tb-confirm"), function () {
      fill(null);
      remove("Your plan was cleared from this browser. Undo brings it back while this page is open.");
      undoButton.focus();
    });
    root.classList.add("tb-ready");
  }

  tb.rules.relapse_plan = { planText: planText, readPlan: readPlan, isEmpty: isEmpty };
  tb.register("relapse_plan", setupPlan);
})(window.therapybook);
