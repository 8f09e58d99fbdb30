/* Walkthrough: show one step at a time, with Back, Next and the lens. */
(function (tb) {
  "use strict";

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

  tb.register("walkthrough", setupWalkthrough);
})(window.therapybook);
