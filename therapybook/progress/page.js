/* Progress: quiz results kept in this browser only (localStorage), read and merged by the rules in
 * progress/rules.js. Joined right after them: the quiz, My progress and Review scripts all use
 * therapybook.progress. */
(function (tb) {
  "use strict";
  const STORAGE_KEY = "therapybook.progress";
  const rules = tb.progressRules;
  const emptyMap = rules.emptyMap, has = rules.has, copy = rules.copy, readText = rules.readText;
  const dump = rules.dump, merge = rules.merge;

  // ---- The store: this browser only ----

  function browserStorage() {
    try { return window.localStorage; } catch (blocked) { return null; }
  }

  const memory = emptyMap();  // used when the browser keeps nothing, so every quiz still works on this page
  let problem = "";
  // True while the kept value cannot be read and could not be set aside: it is never written over.
  let leftInPlace = false;

  function today() {
    const now = new Date();
    const pad = function (n) { return String(n).padStart(2, "0"); };
    return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  }

  function load() {
    const store = browserStorage();
    leftInPlace = false;
    if (!store) return copy(memory);
    const saved = store.getItem(STORAGE_KEY);
    if (saved === null) return copy(memory);
    try {
      return merge(memory, readText(saved));
    } catch (unreadable) {
      // Set aside, never overwritten: the old value stays under a key of its own for anyone who needs it.
      const copyKey = tb.setAside(store, STORAGE_KEY, saved);
      if (copyKey !== null) {
        problem = "Results kept in this browser could not be read, so they were set aside (kept under " + copyKey +
          ") and you start afresh.";
      } else {
        leftInPlace = true;
        problem = "Results kept in this browser could not be read, and the browser has no room to keep a copy, " +
          "so they were left as they are and nothing is written over them. Your answers count while this page is open.";
      }
      return copy(memory);
    }
  }

  function save(records) {
    const store = browserStorage();
    if (!store || leftInPlace) return false;
    try {
      store.setItem(STORAGE_KEY, JSON.stringify(dump(records)));
      return true;
    } catch (full) {
      return false;
    }
  }

  // One question's record changed and kept; returns whether the browser could keep it.
  function change(id, how) {
    const records = load();
    const record = how(has(records, id) ? records[id] : null);
    memory[id] = record;
    records[id] = record;
    return save(records);
  }

  // Imported results: kept for this page and, if the browser can, in it; returns whether the browser kept them.
  function replaceAll(records) {
    Object.keys(records).forEach(function (id) { memory[id] = records[id]; });
    load();  // sets leftInPlace again if the kept value is still unreadable
    return save(records);
  }

  function pageOnly() {
    const store = browserStorage();
    return !store || store.therapybookPageOnly === true;
  }

  // Reset removes the results the student can see; an unreadable value that could not be set aside stays.
  function clear() {
    Object.keys(memory).forEach(function (id) { delete memory[id]; });
    const store = browserStorage();
    load();
    if (store && !leftInPlace) { try { store.removeItem(STORAGE_KEY); } catch (blocked) { /* nothing kept */ } }
  }

  // The rules and the store in one place, as the quiz, My progress and Review scripts use them.
  tb.progress = Object.assign({}, rules, {
    load: load, change: change, replaceAll: replaceAll, clear: clear, pageOnly: pageOnly, today: today,
    problem: function () { return problem; },
    rules: Object.assign({
      afterCheck: rules.afterCheck, afterReveal: rules.afterReveal, merge: merge, rows: rules.rows,
      summaryText: rules.summaryText, lastTime: rules.lastTime,
    }, rules.forTests),
  });
})(window.therapybook);
