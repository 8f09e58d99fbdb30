/* My progress: per chapter, questions answered and right as a table with bars; a summary to hand in;
 * export, import and reset of this browser's results (the store is therapybook.progress, progress/page.js). */
(function (tb) {
  "use strict";
  const el = tb.el;
  const progress = tb.progress;

  function setupProgress(root) {
    const data = tb.readData(root);
    const feedback = root.querySelector(".tb-feedback");
    const confirmBox = root.querySelector(".tb-confirm");
    const fileInput = root.querySelector(".tb-import");
    function say(text) { feedback.replaceChildren(el("p", "", text)); }

    function draw() {
      const records = progress.load();
      const found = progress.rows(data.index, records);
      root.querySelectorAll("tr[data-row]").forEach(function (tr, i) {
        const row = found[i];
        tr.querySelector(".tb-answered").textContent = row.answered + " of " + row.questions;
        tr.querySelector(".tb-right").textContent = String(row.right);
        tr.querySelector(".tb-bar-right").style.width = (100 * row.right / row.questions) + "%";
        tr.querySelector(".tb-bar-tried").style.width = (100 * (row.answered - row.right) / row.questions) + "%";
      });
      const answered = found.reduce(function (sum, row) { return sum + row.answered; }, 0);
      const right = found.reduce(function (sum, row) { return sum + row.right; }, 0);
      root.querySelector(".tb-total").textContent = answered === 0 ? data.strings.nothingYet
        : tb.fill(data.strings.total, { answered: progress.counted(answered, "question"), right: right });
    }

    if (progress.pageOnly()) root.querySelector(".tb-storage-note").hidden = false;
    draw();
    if (progress.problem()) say(progress.problem());

    root.querySelector(".tb-summary").addEventListener("click", function () {
      const name = "my-progress-" + progress.today() + ".txt";
      tb.download(name, progress.summaryText(data.title, data.index, progress.load(), progress.today()), "text/plain;charset=utf-8");
      say(tb.fill(data.strings.summarySaved, { name: name }));
    });
    root.querySelector(".tb-export").addEventListener("click", function () {
      const name = "therapybook-progress-" + progress.today() + ".json";
      tb.download(name, JSON.stringify(progress.dump(progress.load()), null, 2) + "\n", "application/json");
      say(tb.fill(data.strings.exported, { name: name }));
    });
    fileInput.addEventListener("change", function () {
      const file = fileInput.files[0];
      if (!file) return;
      file.text().then(function (text) {
        let incoming;
        try {
          incoming = progress.readText(text);
        } catch (error) {
          say(tb.fill(data.strings.importFailed, { name: file.name, reason: error.message }));
          return;
        }
        const merged = progress.merge(progress.load(), incoming);
        const kept = progress.replaceAll(merged);
        draw();
        say(tb.fill(data.strings.imported, { name: file.name, count: Object.keys(incoming).length }) +
          (kept ? "" : " " + data.strings.notKept));
      }).finally(function () { fileInput.value = ""; });
    });
    tb.confirmFirst(root.querySelector(".tb-reset"), confirmBox, function () {
      progress.clear();
      draw();
      say(data.strings.cleared);
      root.querySelector(".tb-reset").focus();
    });
    root.classList.add("tb-ready");
  }

  tb.rules.progress = progress.rules;
  tb.register("progress", setupProgress);
})(window.therapybook);
