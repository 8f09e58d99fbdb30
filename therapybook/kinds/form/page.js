/* Form: check the entry with the same rules as Python, then show it back as a table. */
(function (tb) {
  "use strict";
  const el = tb.el;
  const fill = tb.fill;

  // Same rules as therapybook.kinds.form.checking.check_entry: every field filled, ratings whole numbers in range.
  function checkEntry(data, values) {
    const record = [];
    const problems = [];
    data.fields.forEach(function (field) {
      const raw = tb.trim(values[field.id] || "");
      if (field.kind === "rating") {
        const rating = tb.wholeNumberIn(raw, data.range[0], data.range[1]);
        if (rating === null) {
          problems.push(fill(data.messages.rating, { label: field.label, low: data.range[0], high: data.range[1] }));
        } else {
          record.push([field.label, rating + " / " + data.range[1]]);
        }
      } else if (!raw) {
        problems.push(fill(data.messages.empty, { label: field.label }));
      } else if (tb.charCount(raw) > field.limit) {
        problems.push(fill(data.messages.too_long, { label: field.label, limit: field.limit }));
      } else {
        record.push([field.label, raw]);
      }
    });
    return { record: problems.length ? [] : record, problems: problems };
  }

  function setupForm(root) {
    const data = tb.readData(root);
    const feedback = root.querySelector(".tb-feedback");
    const recordBox = root.querySelector(".tb-record");
    const inputs = Array.from(root.querySelectorAll("[data-field]"));

    root.querySelector(".tb-show").addEventListener("click", function () {
      const values = {};
      inputs.forEach(function (input) { values[input.dataset.field] = input.value; });
      const result = checkEntry(data, values);
      feedback.replaceChildren();
      recordBox.replaceChildren();
      if (result.problems.length) {
        const list = el("ul");
        result.problems.forEach(function (problem) { list.append(el("li", "", problem)); });
        feedback.append(el("p", "tb-verdict", "A few things to fill in first:"), list);
        return;
      }
      const table = el("table", "tb-record-table");
      table.append(el("caption", "", data.caption));
      const body = el("tbody");
      result.record.forEach(function (line) {
        const row = el("tr");
        const head = el("th", "", line[0]);
        head.scope = "row";
        row.append(head, el("td", "", line[1]));
        body.append(row);
      });
      table.append(body);
      recordBox.append(table);
      feedback.append(el("p", "", "Here is your record. It stays in this browser tab and is gone when you leave the page."));
    });

    // On paper: each label with what was typed, as typed (a rating out of its top), blanks marked.
    root.querySelector(".tb-print").addEventListener("click", function () {
      tb.printSheet(root, data.caption, data.fields.map(function (field, index) {
        const typed = tb.trim(inputs[index].value);
        const rating = field.kind === "rating" && tb.wholeNumberIn(typed, data.range[0], data.range[1]) !== null;
        return [field.label, typed ? typed + (rating ? " / " + data.range[1] : "") : "(not filled in)"];
      }));
    });

    root.querySelector(".tb-clear").addEventListener("click", function () {
      inputs.forEach(function (input) { input.value = ""; });
      feedback.replaceChildren();
      recordBox.replaceChildren();
      inputs[0].focus();
    });
    root.classList.add("tb-ready");
  }

  tb.rules.form = { checkEntry: checkEntry };
  tb.register("form", setupForm);
})(window.therapybook);
