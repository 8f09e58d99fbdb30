/* Quiz: comment on the chosen answer, keep a score, show the answer on request, ask how sure the student was,
 * and keep each result in this browser only (therapybook.progress, kinds/progress/page.js). The Review page
 * builds its questions with the same functions (therapybook.quiz). */
(function (tb) {
  "use strict";
  const el = tb.el;

  function verdictKey(options, chosen) {
    const right = options.every(function (option, i) { return option.correct === chosen.includes(i); });
    if (right) return "correct";
    return chosen.some(function (i) { return options[i].correct; }) ? "partial" : "incorrect";
  }

  function allIndices(options) {
    return options.map(function (_, i) { return i; });
  }

  // Same rule as therapybook.kinds.quiz.grading.plan: a wrong try comments only on what was chosen.
  function plan(type, options, chosen) {
    const verdict = verdictKey(options, chosen);
    if (verdict === "correct" && type === "multiple") return { verdict: verdict, shown: allIndices(options), explain: true };
    return { verdict: verdict, shown: chosen.slice().sort(function (a, b) { return a - b; }), explain: verdict === "correct" };
  }

  // Same rule as therapybook.kinds.quiz.grading.reveal_plan.
  function revealPlan(type, options) {
    const shown = type === "multiple" ? allIndices(options)
      : allIndices(options).filter(function (i) { return options[i].correct; });
    return { verdict: "revealed", shown: shown, explain: true };
  }

  function show(strings, question, steps, chosen, feedback) {
    function status(option, i) {
      if (steps.verdict === "revealed") return strings.revealed[String(Number(option.correct))];
      return strings.status[String(Number(chosen.includes(i))) + String(Number(option.correct))];
    }
    feedback.replaceChildren();
    feedback.dataset.verdict = steps.verdict;
    const verdict = el("p", "tb-verdict");
    const icon = el("span", "tb-icon", strings.icons[steps.verdict]);
    icon.setAttribute("aria-hidden", "true");
    verdict.append(icon, " " + strings.verdicts[steps.verdict]);
    const list = el("ul");
    steps.shown.forEach(function (i) {
      const option = question.options[i];
      const item = el("li");
      if (question.type === "multiple") item.append(el("b", "", option.text), " " + status(option, i) + " ");
      item.append(option.feedback);
      list.append(item);
    });
    feedback.append(verdict, list);
    if (strings.nudges[steps.verdict]) feedback.append(el("p", "tb-nudge", strings.nudges[steps.verdict]));
    if (steps.explain) {
      feedback.append(el("p", "tb-explanation", question.explanation));
      if (question.source) feedback.append(el("p", "tb-source", "Source: " + question.source));
    }
  }

  // One question's controls: Check, Show answer, How sure were you?, and what this browser keeps of it.
  // kept: what this browser held for the question when the caller loaded it (or null), read once per page.
  // hooks.graded(right, revealed) lets the quiz keep its score; hooks.kept(saved) reports storage trouble.
  function wire(fieldset, question, strings, recordKey, kept, hooks) {
    const feedback = fieldset.querySelector(".tb-feedback");
    const revealButton = fieldset.querySelector(".tb-reveal");
    const confidence = fieldset.querySelector(".tb-confidence");
    const last = fieldset.querySelector(".tb-last");
    const inputs = Array.from(fieldset.querySelectorAll(".tb-options input"));
    const progress = tb.progress;

    function keep(how) {
      if (progress) hooks.kept(progress.change(recordKey, how));
    }
    function askConfidence(visible) {
      confidence.querySelectorAll("input").forEach(function (input) { input.checked = false; });
      confidence.hidden = !visible;
    }

    fieldset.querySelector(".tb-check").addEventListener("click", function () {
      const chosen = inputs.filter(function (input) { return input.checked; })
        .map(function (input) { return Number(input.value); });
      if (chosen.length === 0) {
        feedback.replaceChildren(el("p", "tb-verdict", strings.empty));
        delete feedback.dataset.verdict;
        return;
      }
      const steps = plan(question.type, question.options, chosen);
      show(strings, question, steps, chosen, feedback);
      const right = steps.verdict === "correct";
      revealButton.hidden = right;
      keep(function (previous) { return progress.afterCheck(previous, right, progress.today()); });
      askConfidence(true);
      hooks.graded(right, false);
    });
    revealButton.addEventListener("click", function () {
      show(strings, question, revealPlan(question.type, question.options), [], feedback);
      revealButton.hidden = true;
      keep(function (previous) { return progress.afterReveal(previous, progress.today()); });
      askConfidence(false);
      fieldset.querySelector(".tb-check").focus();  // the button that had focus is gone
      hooks.graded(false, true);
    });
    confidence.addEventListener("change", function (event) {
      const level = event.target.value;
      if (!progress || !progress.load()[recordKey]) return;  // asked only after an answer was kept
      keep(function (previous) { return Object.assign({}, previous, { confidence: level }); });
    });
    if (progress && last && kept) {
      last.textContent = progress.lastTime(kept);
      last.hidden = false;
    }
    return {
      clear: function () {
        inputs.forEach(function (input) { input.checked = false; });
        feedback.replaceChildren();
        delete feedback.dataset.verdict;
        revealButton.hidden = true;
        askConfidence(false);
      },
    };
  }

  // The markup of one question, as page.html.j2 writes it, for questions the Review page deals out.
  function build(question, idPrefix, number, total, strings, extra) {
    const fieldset = el("fieldset", "tb-question");
    fieldset.id = idPrefix;
    const legend = el("legend");
    legend.append(el("span", "tb-qnum", tb.fill(strings.numbering, { number: number, total: total })), " " + question.prompt);
    fieldset.append(legend);
    (extra || []).forEach(function (node) { fieldset.append(node); });
    const hint = el("p", "tb-hint", strings.hints[question.type]);
    hint.id = idPrefix + "-hint";
    const options = el("div", "tb-options");
    question.options.forEach(function (option, i) {
      const row = el("div", "tb-option");
      const input = el("input");
      input.type = question.type === "multiple" ? "checkbox" : "radio";
      input.name = idPrefix;
      input.id = idPrefix + "-o" + (i + 1);
      input.value = String(i);
      input.setAttribute("aria-describedby", hint.id);
      const label = el("label", "", option.text);
      label.htmlFor = input.id;
      row.append(input, label);
      options.append(row);
    });
    const actions = el("div", "tb-actions");
    const check = el("button", "tb-check", "Check answer");
    const reveal = el("button", "tb-reveal", "Show answer");
    check.type = reveal.type = "button";
    reveal.hidden = true;
    actions.append(check, " ", reveal);
    const feedback = el("div", "tb-feedback");
    feedback.setAttribute("role", "status");
    feedback.setAttribute("aria-live", "polite");
    fieldset.append(hint, options, actions, feedback, confidenceGroup(idPrefix, strings), el("p", "tb-last"));
    fieldset.querySelector(".tb-last").hidden = true;
    return fieldset;
  }

  function confidenceGroup(idPrefix, strings) {
    const group = el("fieldset", "tb-confidence");
    group.hidden = true;
    group.append(el("legend", "", strings.confidencePrompt));
    strings.confidence.forEach(function (pair) {
      const level = pair[0];
      const row = el("span", "tb-option");
      const input = el("input");
      input.type = "radio";
      input.name = idPrefix + "-sure";
      input.id = idPrefix + "-" + level;
      input.value = level;
      const label = el("label", "", pair[1]);
      label.htmlFor = input.id;
      row.append(input, label);
      group.append(row);
    });
    return group;
  }

  function setupQuiz(root) {
    const data = tb.readData(root);
    const strings = data.strings;
    const grades = {};
    const revealed = {};
    const total = Object.keys(data.questions).length;
    const score = root.querySelector(".tb-score");
    const kept = root.querySelector(".tb-kept");
    let warned = false;

    function showScore() {
      const answered = Object.keys(grades).length;
      if (answered === 0) { score.textContent = ""; return; }
      const correct = Object.keys(grades).filter(function (id) { return grades[id] && !revealed[id]; }).length;
      let text = tb.fill(strings.summary, { correct: correct, total: total });
      if (answered < total) text += tb.fill(strings.remaining, { remaining: total - answered });
      score.textContent = text + ".";
    }
    function noteKept(saved) {
      if (saved || warned || !kept) return;
      warned = true;
      kept.textContent = tb.progress.pageOnly() ? strings.pageOnly : strings.storageFull;
    }

    // What this browser kept from earlier visits: the score picks up where the student left off.
    const records = tb.progress ? tb.progress.load() : {};
    const questions = Array.from(root.querySelectorAll("fieldset.tb-question")).map(function (fieldset) {
      const id = fieldset.dataset.question;
      const recordKey = data.bank + "/" + id;
      if (records[recordKey]) {
        grades[id] = records[recordKey].right;
        revealed[id] = records[recordKey].revealed;
      }
      return wire(fieldset, data.questions[id], strings, recordKey, records[recordKey] || null, {
        graded: function (right, wasRevealed) {
          grades[id] = right;
          revealed[id] = wasRevealed;
          showScore();
        },
        kept: noteKept,
      });
    });
    if (kept && tb.progress && tb.progress.pageOnly()) kept.textContent = strings.pageOnly;
    if (kept && tb.progress && tb.progress.problem()) kept.textContent = tb.progress.problem();
    showScore();

    root.querySelector(".tb-reset").addEventListener("click", function () {
      questions.forEach(function (question) { question.clear(); });
      Object.keys(grades).forEach(function (key) { delete grades[key]; delete revealed[key]; });
      score.textContent = "";
      // Start keyboard users at the top again rather than leaving them at the bottom.
      root.querySelector("input").focus();
    });
    root.classList.add("tb-ready");
  }

  tb.quiz = { build: build, wire: wire };
  tb.rules.quiz = { plan: plan, revealPlan: revealPlan };
  tb.register("quiz", setupQuiz);
})(window.therapybook);
