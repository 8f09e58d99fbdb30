/* therapybook.js: makes the book's quizzes and walkthroughs work without a
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

  function setupAll() {
    document.querySelectorAll(".tb-widget[data-tb-kind='quiz']").forEach(setupQuiz);
    document.querySelectorAll(".tb-widget[data-tb-kind='walkthrough']").forEach(setupWalkthrough);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setupAll);
  } else {
    setupAll();
  }
})();
