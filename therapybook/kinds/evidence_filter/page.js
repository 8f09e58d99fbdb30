/* Evidence filter: look up the stored sentence for the chosen combination of options. */
(function (tb) {
  "use strict";

  function setupEvidenceFilter(root) {
    const data = tb.readData(root);
    const selects = data.filters.map(function (id) { return root.querySelector("select[data-filter='" + id + "']"); });
    const result = root.querySelector(".tb-filter-result");

    function show() {
      const key = selects.map(function (select) { return select.value; }).join("|");
      const sentence = Object.prototype.hasOwnProperty.call(data.sentences, key) ? data.sentences[key] : data.empty;
      result.textContent = sentence;
    }

    selects.forEach(function (select) { select.addEventListener("change", show); });
    root.classList.add("tb-ready");
    show();
  }

  tb.register("evidence_filter", setupEvidenceFilter);
})(window.therapybook);
