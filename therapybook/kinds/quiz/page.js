/* Quiz: show feedback for the chosen answer and keep a score. */
(function (tb) {
  "use strict";
  const el = tb.el;

  // Same rule as therapybook.kinds.quiz.grading.verdict_key.
  function verdictKey(options, chosen) {
    const right = options.every(function (option, i) { return option.correct === chosen.includes(i); });
    if (right) return "correct";
    return chosen.some(function (i) { return options[i].correct; }) ? "partial" : "incorrect";
  }

  function setupQuiz(root) {
    const data = tb.readData(root);
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
      const verdict = verdictKey(question.options, chosen);
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
      return verdict === "correct";
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

  tb.rules.quiz = { verdictKey: verdictKey };
  tb.register("quiz", setupQuiz);
})(window.therapybook);
