/* Relapse-prevention plan: kept only in this browser (localStorage), downloadable as text, printable alone. */
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

  function browserStorage() {
    try { return window.localStorage; } catch (blocked) { return null; }
  }

  function setupPlan(root) {
    const data = tb.readData(root);
    const feedback = root.querySelector(".tb-feedback");
    const fields = Array.from(root.querySelectorAll("textarea[data-section]"));
    const confirmBox = root.querySelector(".tb-confirm");
    const store = browserStorage();
    let warned = false;

    function say(text) { feedback.replaceChildren(el("p", "", text)); }
    function entries() {
      const found = {};
      fields.forEach(function (field) { found[field.dataset.section] = field.value; });
      return found;
    }

    // Restore what this browser kept; a value that is not a plan is moved aside, never overwritten.
    if (store) {
      const saved = store.getItem(data.storageKey);
      if (saved !== null) {
        try {
          const kept = JSON.parse(saved).entries || {};
          fields.forEach(function (field) { field.value = typeof kept[field.dataset.section] === "string" ? kept[field.dataset.section] : ""; });
        } catch (unreadable) {
          try { store.setItem(data.storageKey + ".unreadable", saved); store.removeItem(data.storageKey); } catch (full) { /* left as it is */ }
          say("A plan kept in this browser could not be read, so it was set aside and you start afresh.");
        }
      }
    }
    if (!store || store.therapybookPageOnly) {
      say("This browser blocks site storage, so your plan is kept only while this page is open. Download it to keep a copy.");
    }

    root.addEventListener("input", function () {
      if (!store) return;
      try {
        store.setItem(data.storageKey, JSON.stringify({ plan: data.id, entries: entries() }));
      } catch (full) {
        if (!warned) say("This browser could not keep your plan (its storage may be full). Download it to keep a copy.");
        warned = true;
      }
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

    tb.confirmFirst(root.querySelector(".tb-clear"), confirmBox, function () {
      fields.forEach(function (field) { field.value = ""; });
      if (store) { try { store.removeItem(data.storageKey); } catch (blocked) { /* nothing kept */ } }
      say("Your plan was cleared from this browser.");
      fields[0].focus();
    });
    root.classList.add("tb-ready");
  }

  tb.rules.relapse_plan = { planText: planText };
  tb.register("relapse_plan", setupPlan);
})(window.therapybook);
