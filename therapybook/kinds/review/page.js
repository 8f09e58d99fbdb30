/* Review: deal a deck of questions from every chapter by the spacing rule (the same as
 * therapybook.progress.spacing, pinned by the contract tests), fetch their text from the book's own files,
 * and let the student answer them as in a chapter quiz; each answer is kept like a quiz answer. */
(function (tb) {
  "use strict";
  const el = tb.el;
  // The joined script's own address: the question files sit beside it, in _static/questions/.
  const scriptUrl = document.currentScript ? document.currentScript.src : window.location.href;
  const SURE_DAYS = [7, 14, 28];
  const WRONG = 0, HARD = 1, UNSURE = 2, DUE_AGAIN = 3, NEW = 4;

  function waitDays(record) {
    if (!record.right) return [WRONG, 0];
    if (record.tries > 1 || record.confidence === "guessed") return [HARD, 1];
    if (record.confidence === "unsure") return [UNSURE, 3];
    return [DUE_AGAIN, SURE_DAYS[Math.min(Math.max(record.streak, 1), SURE_DAYS.length) - 1]];
  }

  function pick(index, records, today, size) {
    const ranked = [];
    const todayNumber = tb.progress.dayNumber(today);
    index.chapters.forEach(function (chapter, chapterPosition) {
      let position = 0;
      chapter.banks.forEach(function (bank) {
        bank.questions.forEach(function (questionId) {
          const key = bank.id + "/" + questionId;
          const record = Object.prototype.hasOwnProperty.call(records, key) ? records[key] : null;
          let group = NEW, overdue = 0;
          if (record !== null) {
            const wait = waitDays(record);
            group = wait[0];
            overdue = todayNumber - tb.progress.dayNumber(record.seen) - wait[1];
          }
          if (overdue >= 0) ranked.push({ sort: [group, -overdue, position, chapterPosition], key: key, group: group });
          position += 1;
        });
      });
    });
    ranked.sort(function (a, b) {
      for (let i = 0; i < a.sort.length; i += 1) if (a.sort[i] !== b.sort[i]) return a.sort[i] - b.sort[i];
      return 0;
    });
    return ranked.slice(0, size).map(function (item) { return { key: item.key, group: item.group }; });
  }

  function chapterOf(index, bankId) {
    const chapter = index.chapters.find(function (c) { return c.banks.some(function (b) { return b.id === bankId; }); });
    return chapter.number === null ? chapter.title : "Chapter " + chapter.number + ", " + chapter.title;
  }

  // The markup of one question, as the quiz's page.html.j2 writes it, for the questions dealt out here.
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

  function setupReview(root) {
    const data = tb.readData(root);
    const strings = data.strings;
    const deck = root.querySelector(".tb-deck");
    const score = root.querySelector(".tb-score");
    const banks = {};  // fetched once per page

    function fetchBank(id) {
      if (!banks[id]) {
        banks[id] = fetch(new URL("questions/" + encodeURIComponent(id) + ".json", scriptUrl)).then(function (response) {
          if (!response.ok) throw new Error("HTTP " + response.status);
          return response.json();
        });
      }
      return banks[id];
    }

    function deal(announce) {
      const records = tb.progress.load();
      const picks = pick(data.index, records, tb.progress.today(), data.deckSize);
      score.textContent = "";
      if (picks.length === 0) {
        deck.replaceChildren(el("p", "tb-note", strings.nothingDue));
        deck.dataset.state = "empty";
        return Promise.resolve();
      }
      const needed = Array.from(new Set(picks.map(function (p) { return p.key.split("/")[0]; })));
      return Promise.all(needed.map(fetchBank)).then(function () {
        return Promise.all(needed.map(function (id) { return banks[id]; }));
      }).then(function (loaded) {
        const byId = {};
        loaded.forEach(function (bank) { byId[bank.id] = bank; });
        const grades = {};
        const fieldsets = picks.map(function (chosen, i) {
          const parts = chosen.key.split("/");
          const question = byId[parts[0]].questions[parts[1]];
          const extra = [
            el("p", "tb-from", tb.fill(strings.from, { chapter: chapterOf(data.index, parts[0]) })),
            el("p", "tb-why", tb.fill(strings.why, { reason: data.reasons[chosen.group] })),
          ];
          const fieldset = build(question, root.id + "-q" + (i + 1), i + 1, picks.length, strings, extra);
          fieldset.dataset.key = chosen.key;
          tb.quiz.wire(fieldset, question, strings, chosen.key, records[chosen.key] || null, {
            graded: function (right, revealed) {
              grades[chosen.key] = right && !revealed;
              const rightCount = Object.keys(grades).filter(function (k) { return grades[k]; }).length;
              score.textContent = tb.fill(strings.score, { right: rightCount, count: picks.length });
            },
            kept: function () {},
          });
          return fieldset;
        });
        deck.replaceChildren.apply(deck, fieldsets);
        deck.dataset.state = "dealt";
        if (announce) {
          score.textContent = tb.fill(strings.dealt, { count: picks.length });
          fieldsets[0].querySelector("input").focus();
        }
      }).catch(function (error) {
        deck.replaceChildren(el("p", "tb-note", tb.fill(strings.unavailable, { reason: error.message })));
        deck.dataset.state = "unavailable";
      });
    }

    root.querySelector(".tb-deal").addEventListener("click", function () { deal(true); });
    root.classList.add("tb-ready");
    deal(false);
  }

  tb.rules.review = { pick: pick };
  tb.register("review", setupReview);
})(window.therapybook);
