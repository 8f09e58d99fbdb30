/* therapybook.js: makes the book's quizzes, walkthroughs and exercises work without a
 * Jupyter kernel. The markup and the item's data come from therapybook's
 * HTML view; this file only shows feedback and moves between steps.
 * Text is inserted with textContent, never as HTML, so content cannot run. */
(function () {
  "use strict";

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // Same rule as therapybook.grading.grade: right when the chosen set is the correct set.
  function isCorrect(options, chosen) {
    return options.every(function (option, i) { return option.correct === chosen.includes(i); });
  }

  function setupQuiz(root) {
    const data = JSON.parse(root.querySelector("script.tb-data").textContent);
    const strings = data.strings;
    const grades = {};
    const total = Object.keys(data.questions).length;
    const score = root.querySelector(".tb-score");

    function showScore() {
      const answered = Object.keys(grades).length;
      const correct = Object.values(grades).filter(Boolean).length;
      let text = strings.summary.replace("{correct}", correct).replace("{total}", total);
      if (answered < total) text += strings.remaining.replace("{remaining}", total - answered);
      score.textContent = text + ".";
    }

    function showFeedback(question, chosen, feedback) {
      const right = isCorrect(question.options, chosen);
      const partly = !right && chosen.some(function (i) { return question.options[i].correct; });
      const verdict = right ? "correct" : partly ? "partial" : "incorrect";
      feedback.dataset.verdict = verdict;
      feedback.append(el("p", "tb-verdict", strings.verdicts[verdict]));
      const list = el("ul");
      // One answer: its own feedback. Several: every option, as in the Python view.
      const shown = question.type === "multiple" ? question.options.map(function (_, i) { return i; }) : chosen;
      shown.forEach(function (i) {
        const option = question.options[i];
        const item = el("li");
        if (question.type === "multiple") {
          const key = String(Number(chosen.includes(i))) + String(Number(option.correct));
          item.append(el("b", "", option.text), " " + strings.status[key] + " ");
        }
        item.append(option.feedback);
        list.append(item);
      });
      feedback.append(list, el("p", "tb-explanation", question.explanation));
      if (question.source) feedback.append(el("p", "tb-source", "Source: " + question.source));
      return right;
    }

    root.querySelectorAll("fieldset.tb-question").forEach(function (fieldset) {
      const id = fieldset.dataset.question;
      const feedback = fieldset.querySelector(".tb-feedback");
      const inputs = Array.from(fieldset.querySelectorAll("input"));
      fieldset.querySelector(".tb-check").addEventListener("click", function () {
        const chosen = inputs.filter(function (input) { return input.checked; })
          .map(function (input) { return Number(input.value); });
        feedback.replaceChildren();
        delete feedback.dataset.verdict;
        if (chosen.length === 0) {
          feedback.append(el("p", "tb-verdict", strings.empty));
          return;
        }
        grades[id] = showFeedback(data.questions[id], chosen, feedback);
        showScore();
      });
    });

    root.querySelector(".tb-reset").addEventListener("click", function () {
      root.querySelectorAll("input").forEach(function (input) { input.checked = false; });
      root.querySelectorAll(".tb-feedback").forEach(function (feedback) {
        feedback.replaceChildren();
        delete feedback.dataset.verdict;
      });
      Object.keys(grades).forEach(function (key) { delete grades[key]; });
      score.textContent = "";
      // Start keyboard users at the top again rather than leaving them at the bottom.
      root.querySelector("input").focus();
    });
    root.classList.add("tb-ready");
  }

  function setupWalkthrough(root) {
    const steps = Array.from(root.querySelectorAll(".tb-step"));
    const back = root.querySelector(".tb-back");
    const next = root.querySelector(".tb-next");
    const position = root.querySelector(".tb-position");
    const lens = root.querySelector(".tb-lens select");
    let index = 0;

    function show() {
      steps.forEach(function (step, i) { step.hidden = i !== index; });
      if (lens) {
        root.querySelectorAll(".tb-step-text").forEach(function (text) {
          text.hidden = text.dataset.lens !== lens.value;
        });
      }
      // aria-disabled, not disabled: a disabled button drops keyboard focus.
      back.setAttribute("aria-disabled", String(index === 0));
      next.setAttribute("aria-disabled", String(index === steps.length - 1));
      position.textContent = steps[index].querySelector(".tb-step-pos").textContent.replace(/:\s*$/, "");
    }

    function move(delta) {
      const target = index + delta;
      if (target < 0 || target >= steps.length) return;
      index = target;
      show();
    }

    back.addEventListener("click", function () { move(-1); });
    next.addEventListener("click", function () { move(1); });
    if (lens) lens.addEventListener("change", show);
    root.classList.add("tb-ready");
    show();
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return String(values[key]); });
  }

  // Same rules as therapybook.forms.check_entry: every field filled, ratings whole numbers in range.
  function checkEntry(data, values) {
    const record = [];
    const problems = [];
    data.fields.forEach(function (field) {
      const raw = (values[field.id] || "").trim();
      if (field.kind === "rating") {
        const number = Number(raw);
        if (!/^-?\d+$/.test(raw) || number < data.range[0] || number > data.range[1]) {
          problems.push(fill(data.messages.rating, { label: field.label, low: data.range[0], high: data.range[1] }));
        } else {
          record.push([field.label, number + " / " + data.range[1]]);
        }
      } else if (!raw) {
        problems.push(fill(data.messages.empty, { label: field.label }));
      } else if (raw.length > field.limit) {
        problems.push(fill(data.messages.too_long, { label: field.label, limit: field.limit }));
      } else {
        record.push([field.label, raw]);
      }
    });
    return { record: problems.length ? [] : record, problems: problems };
  }

  function setupForm(root) {
    const data = JSON.parse(root.querySelector("script.tb-data").textContent);
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

    root.querySelector(".tb-clear").addEventListener("click", function () {
      inputs.forEach(function (input) { input.value = ""; });
      feedback.replaceChildren();
      recordBox.replaceChildren();
      inputs[0].focus();
    });
    root.classList.add("tb-ready");
  }

  // Same as therapybook.activities.one_decimal: round half up.
  function oneDecimal(value) {
    return (Math.floor(value * 10 + 0.5) / 10).toFixed(1);
  }

  function mean(values) {
    return values.reduce(function (a, b) { return a + b; }, 0) / values.length;
  }

  // Same sentences as therapybook.activities.WeekSummary.sentences.
  function summarise(activities, rewardingAt) {
    const moods = activities.map(function (a) { return a.mood; });
    const rewarding = activities.filter(function (a) { return Math.max(a.pleasure, a.mastery) >= rewardingAt; });
    const other = activities.filter(function (a) { return Math.max(a.pleasure, a.mastery) < rewardingAt; });
    const lines = [activities.length + " activities, average mood " + oneDecimal(mean(moods)) + " out of 10."];
    if (rewarding.length && other.length) {
      lines.push("Mood averaged " + oneDecimal(mean(rewarding.map(function (a) { return a.mood; }))) +
        " during activities rated " + rewardingAt + " or more for pleasure or mastery, and " +
        oneDecimal(mean(other.map(function (a) { return a.mood; }))) + " during the rest.");
    }
    let best = activities[0];
    activities.forEach(function (a) { if (a.mood > best.mood) best = a; });
    lines.push("Highest mood: " + best.activity + " (" + best.day + ", mood " + best.mood + ").");
    return lines;
  }

  const SVG = "http://www.w3.org/2000/svg";

  function svgEl(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // A small scatter of pleasure + mastery (x, 0-20) against mood (y, 0-10), like the left panel of the book's figure.
  function drawChart(svg, activities, rewardingAt) {
    const left = 40, bottom = 220, width = 360, height = 200;
    svg.replaceChildren();
    svg.append(svgEl("line", { x1: left, y1: bottom, x2: left + width, y2: bottom, stroke: "currentColor" }));
    svg.append(svgEl("line", { x1: left, y1: bottom, x2: left, y2: bottom - height, stroke: "currentColor" }));
    svg.append(svgEl("text", { x: left + width / 2, y: 252, "text-anchor": "middle", "font-size": 12, fill: "currentColor" }, "Pleasure + mastery (0-20)"));
    svg.append(svgEl("text", { x: 12, y: bottom - height / 2, "text-anchor": "middle", "font-size": 12, fill: "currentColor", transform: "rotate(-90 12 " + (bottom - height / 2) + ")" }, "Mood (0-10)"));
    [0, 5, 10].forEach(function (tick) {
      svg.append(svgEl("text", { x: left - 6, y: bottom - tick * 20 + 4, "text-anchor": "end", "font-size": 10, fill: "currentColor" }, String(tick)));
    });
    [0, 10, 20].forEach(function (tick) {
      svg.append(svgEl("text", { x: left + tick * 18, y: bottom + 14, "text-anchor": "middle", "font-size": 10, fill: "currentColor" }, String(tick)));
    });
    activities.forEach(function (a) {
      const x = left + (a.pleasure + a.mastery) * 18;
      const y = bottom - a.mood * 20;
      const rewarding = Math.max(a.pleasure, a.mastery) >= rewardingAt;
      // Blue circles and orange squares (Okabe-Ito): shape as well as colour tells them apart.
      svg.append(rewarding
        ? svgEl("circle", { cx: x, cy: y, r: 5, fill: "#0072B2", stroke: "#000", "stroke-width": 0.5 })
        : svgEl("rect", { x: x - 4.5, y: y - 4.5, width: 9, height: 9, fill: "#E69F00", stroke: "#000", "stroke-width": 0.5 }));
    });
  }

  function setupPlanner(root) {
    const data = JSON.parse(root.querySelector("script.tb-data").textContent);
    const activities = data.activities.slice();
    const body = root.querySelector("tbody");
    const feedback = root.querySelector(".tb-feedback");
    const summary = root.querySelector(".tb-summary");
    const svg = root.querySelector("svg.tb-chart");
    const day = root.querySelector("select");
    const name = root.querySelector("input[type='text']");
    const ratings = Array.from(root.querySelectorAll("input[data-rating]"));

    function render() {
      body.replaceChildren();
      activities.forEach(function (a, index) {
        const row = el("tr");
        [a.day, a.activity, a.pleasure, a.mastery, a.mood].forEach(function (value) { row.append(el("td", "", String(value))); });
        const cell = el("td");
        const remove = el("button", "tb-remove", "Remove");
        remove.type = "button";
        remove.setAttribute("aria-label", "Remove " + a.activity + " (" + a.day + ")");
        remove.addEventListener("click", function () {
          activities.splice(index, 1);
          render();
          feedback.textContent = "Removed " + a.activity + ".";
          (body.querySelector("button.tb-remove") || name).focus();
        });
        cell.append(remove);
        row.append(cell);
        body.append(row);
      });
      summary.replaceChildren();
      if (activities.length) {
        summarise(activities, data.rewardingAt).forEach(function (line) { summary.append(el("p", "", line)); });
      } else {
        summary.append(el("p", "", "Add an activity to see a summary."));
      }
      drawChart(svg, activities, data.rewardingAt);
    }

    root.querySelector(".tb-add-button").addEventListener("click", function () {
      const entry = { day: day.value, activity: name.value.trim() };
      const problems = [];
      if (!entry.activity) problems.push("Activity: please write what you did.");
      if (entry.activity.length > data.maxText) problems.push("Activity: please keep this shorter.");
      ratings.forEach(function (input) {
        const raw = input.value.trim();
        if (!/^\d+$/.test(raw) || Number(raw) > 10) {
          problems.push(input.dataset.rating.charAt(0).toUpperCase() + input.dataset.rating.slice(1) + ": choose a whole number from 0 to 10.");
        } else {
          entry[input.dataset.rating] = Number(raw);
        }
      });
      if (problems.length) {
        feedback.textContent = problems.join(" ");
        return;
      }
      activities.push(entry);
      render();
      feedback.textContent = "Added " + entry.activity + " on " + entry.day + ".";
      name.value = "";
      ratings.forEach(function (input) { input.value = ""; });
    });

    root.classList.add("tb-ready");
    render();
  }

  function setupAll() {
    document.querySelectorAll(".tb-widget[data-tb-kind='quiz']").forEach(setupQuiz);
    document.querySelectorAll(".tb-widget[data-tb-kind='walkthrough']").forEach(setupWalkthrough);
    document.querySelectorAll(".tb-widget[data-tb-kind='form']").forEach(setupForm);
    document.querySelectorAll(".tb-widget[data-tb-kind='planner']").forEach(setupPlanner);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setupAll);
  } else {
    setupAll();
  }
})();
