/* Quiz: comment on the chosen answer, keep a score, and show the answer on request. */
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

  function setupQuiz(root) {
    const data = tb.readData(root);
    const strings = data.strings;
    const grades = {};
    const revealed = {};
    const total = Object.keys(data.questions).length;
    const score = root.querySelector(".tb-score");

    function showScore() {
      const answered = Object.keys(grades).length;
      const correct = Object.keys(grades).filter(function (id) { return grades[id] && !revealed[id]; }).length;
      let text = tb.fill(strings.summary, { correct: correct, total: total });
      if (answered < total) text += tb.fill(strings.remaining, { remaining: total - answered });
      score.textContent = text + ".";
    }

    function status(steps, option, chosen, i) {
      if (steps.verdict === "revealed") return strings.revealed[String(Number(option.correct))];
      return strings.status[String(Number(chosen.includes(i))) + String(Number(option.correct))];
    }

    function show(question, steps, chosen, feedback) {
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
        if (question.type === "multiple") item.append(el("b", "", option.text), " " + status(steps, option, chosen, i) + " ");
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

    root.querySelectorAll("fieldset.tb-question").forEach(function (fieldset) {
      const id = fieldset.dataset.question;
      const question = data.questions[id];
      const feedback = fieldset.querySelector(".tb-feedback");
      const revealButton = fieldset.querySelector(".tb-reveal");
      const inputs = Array.from(fieldset.querySelectorAll("input"));
      fieldset.querySelector(".tb-check").addEventListener("click", function () {
        const chosen = inputs.filter(function (input) { return input.checked; })
          .map(function (input) { return Number(input.value); });
        if (chosen.length === 0) {
          feedback.replaceChildren(el("p", "tb-verdict", strings.empty));
          delete feedback.dataset.verdict;
          return;
        }
        const steps = plan(question.type, question.options, chosen);
        show(question, steps, chosen, feedback);
        grades[id] = steps.verdict === "correct";
        revealButton.hidden = grades[id];
        showScore();
      });
      revealButton.addEventListener("click", function () {
        show(question, revealPlan(question.type, question.options), [], feedback);
        revealed[id] = true;
        grades[id] = false;
        revealButton.hidden = true;
        fieldset.querySelector(".tb-check").focus();  // the button that had focus is gone
        showScore();
      });
    });

    root.querySelector(".tb-reset").addEventListener("click", function () {
      root.querySelectorAll("input").forEach(function (input) { input.checked = false; });
      root.querySelectorAll(".tb-feedback").forEach(function (feedback) {
        feedback.replaceChildren();
        delete feedback.dataset.verdict;
      });
      root.querySelectorAll(".tb-reveal").forEach(function (button) { button.hidden = true; });
      Object.keys(grades).forEach(function (key) { delete grades[key]; delete revealed[key]; });
      score.textContent = "";
      // Start keyboard users at the top again rather than leaving them at the bottom.
      root.querySelector("input").focus();
    });
    root.classList.add("tb-ready");
  }

  tb.rules.quiz = { plan: plan, revealPlan: revealPlan };
  tb.register("quiz", setupQuiz);
})(window.therapybook);
