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

  // Same rule as therapybook.kinds.quiz.grading.option_marks: a chosen option that is not right reads as
  // wrong; a right option is marked once the answer is known, or (choose all) when it was chosen.
  function marks(options, chosen, answerKnown) {
    const found = [];
    options.forEach(function (option, i) {
      if (chosen.includes(i) && !option.correct) found.push([i, "wrong"]);
      else if (option.correct && (answerKnown || chosen.includes(i))) found.push([i, "right"]);
    });
    return found;
  }

  // Same rule as therapybook.kinds.quiz.grading.plan: a wrong try comments only on what was chosen.
  function plan(type, options, chosen) {
    const verdict = verdictKey(options, chosen);
    const marked = marks(options, chosen, verdict === "correct");
    if (verdict === "correct" && type === "multiple") {
      return { verdict: verdict, shown: allIndices(options), explain: true, marks: marked };
    }
    const shown = chosen.slice().sort(function (a, b) { return a - b; });
    return { verdict: verdict, shown: shown, explain: verdict === "correct", marks: marked };
  }

  // Same rule as therapybook.kinds.quiz.grading.reveal_plan; chosen is what is still ticked.
  function revealPlan(type, options, chosen) {
    const shown = type === "multiple" ? allIndices(options)
      : allIndices(options).filter(function (i) { return options[i].correct; });
    return { verdict: "revealed", shown: shown, explain: true, marks: marks(options, chosen || [], true) };
  }

  function show(strings, question, steps, chosen, feedback) {
    const multiple = question.type === "multiple";
    function status(option, i) {
      if (steps.verdict === "revealed") return strings.revealed[String(Number(option.correct))];
      return strings.status[String(Number(chosen.includes(i))) + String(Number(option.correct))];
    }
    function verdictText() {
      if (steps.verdict !== "revealed" || multiple) return strings.verdicts[steps.verdict];
      const right = question.options.find(function (option) { return option.correct; });
      return tb.fill(strings.revealedOne, { answer: right.text });
    }
    feedback.replaceChildren();
    feedback.dataset.verdict = steps.verdict;
    const verdict = el("p", "tb-verdict");
    const icon = el("span", "tb-icon", strings.icons[steps.verdict]);
    icon.setAttribute("aria-hidden", "true");
    verdict.append(icon, " " + verdictText());
    const list = el("ul");
    steps.shown.forEach(function (i) {
      const option = question.options[i];
      const item = el("li");
      // Each line names its option, so the feedback says which answer it is about.
      if (multiple) item.append(el("b", "", option.text), " " + status(option, i) + " ");
      else item.append(el("b", "", option.text), ": ");
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

  // The marks on the options themselves ("✓ Right answer", "✗ Not right"), inside each label so a screen
  // reader hears them with the option; the previous marks go first.
  function markOptions(fieldset, question, strings, marked) {
    const group = question.type === "multiple" ? "multiple" : "one";
    const rows = Array.from(fieldset.querySelectorAll(".tb-options .tb-option"));
    rows.forEach(function (row) {
      row.querySelectorAll(".tb-mark").forEach(function (old) { old.remove(); });
      delete row.dataset.mark;
    });
    marked.forEach(function (pair) {
      const row = rows[pair[0]];
      const mark = el("span", "tb-mark tb-mark-" + pair[1]);
      const icon = el("span", "tb-icon", strings.markIcons[pair[1]]);
      icon.setAttribute("aria-hidden", "true");
      mark.append(" ", icon, " " + strings.markWords[group][pair[1]]);
      row.querySelector("label").append(mark);
      row.dataset.mark = pair[1];
    });
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

    function ticked() {
      return inputs.filter(function (input) { return input.checked; })
        .map(function (input) { return Number(input.value); });
    }

    fieldset.querySelector(".tb-check").addEventListener("click", function () {
      const chosen = ticked();
      if (chosen.length === 0) {
        feedback.replaceChildren(el("p", "tb-verdict", strings.empty));
        delete feedback.dataset.verdict;
        markOptions(fieldset, question, strings, []);
        return;
      }
      const steps = plan(question.type, question.options, chosen);
      show(strings, question, steps, chosen, feedback);
      markOptions(fieldset, question, strings, steps.marks);
      const right = steps.verdict === "correct";
      revealButton.hidden = right;
      keep(function (previous) { return progress.afterCheck(previous, right, progress.today()); });
      askConfidence(true);
      hooks.graded(right, false);
    });
    revealButton.addEventListener("click", function () {
      const steps = revealPlan(question.type, question.options, ticked());
      show(strings, question, steps, [], feedback);
      markOptions(fieldset, question, strings, steps.marks);
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
        markOptions(fieldset, question, strings, []);
        feedback.replaceChildren();
        delete feedback.dataset.verdict;
        revealButton.hidden = true;
        askConfidence(false);
      },
    };
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

  tb.quiz = { wire: wire };
  tb.rules.quiz = { plan: plan, revealPlan: revealPlan };
  tb.register("quiz", setupQuiz);
})(window.therapybook);
