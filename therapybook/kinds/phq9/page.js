/* PHQ-9 explainer: re-score as the reader changes an answer. Nothing is stored or sent. */
(function (tb) {
  "use strict";

  // Same rules as therapybook.kinds.phq9.scoring and text.summary_sentence.
  function score(answers, bands) {
    const total = answers.reduce(function (sum, answer) { return sum + answer; }, 0);
    const band = bands.find(function (pair) { return total >= pair[0]; })[1];
    return { total: total, band: band, item9: answers[answers.length - 1] > 0 };
  }

  function change(baseline, total, remissionBelow) {
    const drop = baseline ? Math.floor(((baseline - total) * 100) / baseline) : 0;
    return {
      drop: drop,
      response: baseline > 0 && 2 * total <= baseline,
      remission: total < remissionBelow,
    };
  }

  function summary(client, baseline, changed) {
    if (changed.drop <= 0) {
      return "Compared with the first assessment (" + baseline + "), the total has not fallen.";
    }
    return "Compared with the first assessment (" + baseline + "), " + client + "'s total has fallen by " +
      changed.drop + "%: " +
      (changed.response ? "a response (at least half)" : "not yet a response (less than half)") + ", and " +
      (changed.remission ? "remission (below 5)" : "not remission (5 or more)") + ".";
  }

  function setupPhq9(root) {
    const data = tb.readData(root);
    const items = Array.from(root.querySelectorAll("fieldset.tb-item"));
    const total = root.querySelector(".tb-total");
    const changeText = root.querySelector(".tb-change");
    const safety = root.querySelector(".tb-safety");

    function update() {
      const answers = items.map(function (item) {
        const chosen = item.querySelector("input:checked");
        return chosen ? Number(chosen.value) : 0;
      });
      const result = score(answers, data.bands);
      total.textContent = data.client + "'s total: " + result.total + " of 27 (" + result.band + ").";
      changeText.textContent = summary(data.client, data.baseline, change(data.baseline, result.total, data.remissionBelow));
      safety.hidden = !result.item9;
    }

    // On paper: each item with its four answers, the chosen one marked [X]; the score; the safety message
    // when item 9 is above 0; the authors' credit.
    function text(selector) { return root.querySelector(selector).textContent.trim(); }
    root.querySelector(".tb-print").addEventListener("click", function () {
      const sections = [["", text(".tb-stem")]].concat(items.map(function (item) {
        const marks = Array.from(item.querySelectorAll("label")).map(function (label) {
          // No-break spaces keep each answer on one line.
          return ((label.querySelector("input").checked ? "[X] " : "[ ] ") + label.textContent.trim()).replace(/ /g, "\u00a0");
        });
        return ["", item.querySelector("legend").textContent + "\n" + marks.join("   ")];
      }));
      sections.push(["Score", text(".tb-total") + "\n" + text(".tb-change")], ["", text(".tb-screens")]);
      if (!safety.hidden) sections.push(["", safety.querySelector("p").firstChild.textContent.trim()]);
      sections.push(["", text(".tb-credit")]);
      tb.printSheet(root, text(".tb-title"), sections);
    });

    // The answers work only now that something re-scores them.
    root.querySelectorAll("fieldset.tb-item input").forEach(function (input) { input.disabled = false; });
    root.addEventListener("change", update);
    // Score what is ticked now, and again whenever the page is shown: a browser going Back can restore the
    // ticks (from its cache or its form memory) after this ran, and the total and the safety message must follow.
    update();
    window.addEventListener("pageshow", update);
    root.classList.add("tb-ready");
  }

  tb.rules.phq9 = { score: score, change: change, summary: summary };
  tb.register("phq9", setupPhq9);
})(window.therapybook);
