/* Overlap: redraw the therapy group's curve and restate g in plain numbers as the slider moves. */
(function (tb) {
  "use strict";

  // Same constants and rules as therapybook.kinds.overlap.overlap.
  const WIDTH = 400, HEIGHT = 150, TOP = 10, X_FROM = -3.5, X_TO = 5.5, POINTS = 71;

  // Abramowitz and Stegun 7.1.26: |error| < 1.5e-7, far below the whole percentages shown.
  function erf(x) {
    const sign = x < 0 ? -1 : 1;
    const a = Math.abs(x);
    const t = 1 / (1 + 0.3275911 * a);
    const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
    return sign * (1 - poly * Math.exp(-a * a));
  }

  function normalCdf(x) { return 0.5 * (1 + erf(x / Math.SQRT2)); }

  function percent(share) { return Math.floor(100 * share + 0.5); }

  function numbers(g) {
    return {
      superiority: percent(normalCdf(g / Math.SQRT2)),
      u3: percent(normalCdf(g)),
      overlap: percent(2 * normalCdf(-Math.abs(g) / 2)),
    };
  }

  function summary(g) {
    const n = numbers(g);
    return "g = " + g.toFixed(2) + ". Pick one person at random from each group: the one who had therapy does better " +
      n.superiority + "% of the time (50% would be a coin toss). " + n.u3 + "% of the therapy group end up " +
      "better than the average person in the comparison group (Cohen's U3). The two curves share " +
      n.overlap + "% of their area.";
  }

  function curvePath(centre) {
    const peak = 1 / Math.sqrt(2 * Math.PI);
    const parts = [];
    for (let i = 0; i < POINTS; i++) {
      const x = X_FROM + (X_TO - X_FROM) * i / (POINTS - 1);
      const density = Math.exp(-((x - centre) ** 2) / 2) / Math.sqrt(2 * Math.PI);
      const px = WIDTH * i / (POINTS - 1);
      const py = HEIGHT - (HEIGHT - TOP) * density / peak;
      parts.push((i === 0 ? "M" : "L") + px.toFixed(1) + "," + py.toFixed(1));
    }
    return parts.join(" ");
  }

  function setupOverlap(root) {
    const slider = root.querySelector("input[type=range]");
    const value = root.querySelector(".tb-overlap-value");
    const treated = root.querySelector(".tb-curve-treated");
    const text = root.querySelector(".tb-overlap-summary");

    function show() {
      const g = Math.round(Number(slider.value) * 100) / 100;
      value.textContent = g.toFixed(2);
      treated.setAttribute("d", curvePath(g));
      text.textContent = summary(g);
    }

    slider.addEventListener("input", show);
    root.classList.add("tb-ready");
    show();
  }

  tb.rules.overlap = { numbers: numbers, summary: summary, curvePath: curvePath };
  tb.register("overlap", setupOverlap);
})(window.therapybook);
