/* Activity planner: add and remove activities; the table, summary and SVG chart follow. */
(function (tb) {
  "use strict";
  const el = tb.el;
  const COLUMNS = ["day", "activity", "pleasure", "mastery", "mood"];

  // Same as therapybook.kinds.planner.summary.one_decimal: round half up.
  function oneDecimal(value) {
    return (Math.floor(value * 10 + 0.5) / 10).toFixed(1);
  }

  function mean(values) {
    return values.reduce(function (a, b) { return a + b; }, 0) / values.length;
  }

  // Same sentences as therapybook.kinds.planner.summary.WeekSummary.sentences.
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

  // Same rules and words as therapybook.kinds.planner.checking.check_activity.
  function checkActivity(data, values) {
    const problems = [];
    const day = String(values.day || "");
    if (!data.days.includes(day)) problems.push(data.messages.day);
    const activity = tb.trim(String(values.activity || ""));
    if (!activity) problems.push(data.messages.empty);
    else if (tb.charCount(activity) > data.maxText) problems.push(tb.fill(data.messages.too_long, { limit: data.maxText }));
    const entry = { day: day, activity: activity };
    const low = data.ratingRange[0];
    const high = data.ratingRange[1];
    ["pleasure", "mastery", "mood"].forEach(function (name) {
      const rating = tb.wholeNumberIn(values[name], low, high);
      if (rating !== null) {
        entry[name] = rating;
      } else {
        const label = name.charAt(0).toUpperCase() + name.slice(1);
        problems.push(tb.fill(data.messages.rating, { label: label, low: low, high: high }));
      }
    });
    return { entry: problems.length ? null : entry, problems: problems };
  }

  function setupPlanner(root) {
    const data = tb.readData(root);
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
        COLUMNS.forEach(function (column) {
          const cell = el("td", "", String(a[column]));
          cell.dataset.label = column.charAt(0).toUpperCase() + column.slice(1);  // shown on narrow screens
          row.append(cell);
        });
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
      const values = { day: day.value, activity: name.value };
      ratings.forEach(function (input) { values[input.dataset.rating] = input.value; });
      const result = checkActivity(data, values);
      if (result.problems.length) {
        feedback.textContent = result.problems.join(" ");
        return;
      }
      activities.push(result.entry);
      render();
      feedback.textContent = "Added " + result.entry.activity + " on " + result.entry.day + ".";
      name.value = "";
      ratings.forEach(function (input) { input.value = ""; });
    });

    // On paper: the week as a table (what the student added included) and its summary.
    root.querySelector(".tb-print").addEventListener("click", function () {
      const table = el("table");
      const head = el("tr");
      COLUMNS.forEach(function (column) { head.append(el("th", "", column.charAt(0).toUpperCase() + column.slice(1))); });
      table.append(head);
      activities.forEach(function (a) {
        const row = el("tr");
        COLUMNS.forEach(function (column) { row.append(el("td", "", String(a[column]))); });
        table.append(row);
      });
      tb.printSheet(root, root.querySelector(".tb-title").textContent, [
        [root.querySelector("caption").textContent, table], ["Summary", summary.innerText],
      ]);
    });

    root.classList.add("tb-ready");
    render();
  }

  tb.rules.planner = { summarise: summarise, oneDecimal: oneDecimal, checkActivity: checkActivity };
  tb.register("planner", setupPlanner);
})(window.therapybook);
