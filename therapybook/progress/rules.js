/* Progress rules, the same as Python's (therapybook.progress.records and .summary; pinned by the contract
 * tests): reading a saved or exported file, the record after each answer, merging, the rows and the
 * summary. Joined right after core.js; the store (progress/page.js) and the quiz, My progress and Review
 * scripts use them through therapybook.progress. */
(function (tb) {
  "use strict";
  const LEVELS = ["sure", "unsure", "guessed"];
  const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"];
  const CONFIDENCE_WORDS = { sure: ", and you were sure", unsure: ", and you were unsure", guessed: ", and you guessed" };

  function key(bankId, questionId) { return bankId + "/" + questionId; }

  // A map with no prototype: ids such as "constructor" or "__proto__" are ids like any other.
  function emptyMap() { return Object.create(null); }
  function has(map, id) { return Object.prototype.hasOwnProperty.call(map, id); }

  // setUTCFullYear, unlike Date.UTC, takes the years 0 to 99 as they are (not as 1900 to 1999).
  function utcDate(parts) {
    const date = new Date(0);
    date.setUTCFullYear(parts[0], parts[1] - 1, parts[2]);
    return date;
  }

  function dayNumber(day) {
    return utcDate(day.split("-").map(Number)).getTime() / 86400000;
  }

  // Same as records._iso_day: YYYY-MM-DD, a real calendar day, years 0001 to 9999.
  function isDay(value) {
    if (typeof value !== "string" || !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value)) return false;
    const parts = value.split("-").map(Number);
    const date = utcDate(parts);
    return parts[0] >= 1 && date.getUTCFullYear() === parts[0] && date.getUTCMonth() === parts[1] - 1 &&
      date.getUTCDate() === parts[2];
  }

  // JSON.parse reads 1.0 and 1e0 as 1, and records._whole_number does the same.
  function isCount(value, low) {
    return typeof value === "number" && Number.isInteger(value) && value >= low && value <= 1000;
  }

  // Same as records.MAX_DEPTH and records.depth.
  const MAX_DEPTH = 20;

  function depth(data) {
    let deepest = 0;
    const waiting = [[data, 1]];
    while (waiting.length > 0) {
      const next = waiting.pop();
      if (next[0] === null || typeof next[0] !== "object") continue;
      deepest = Math.max(deepest, next[1]);
      Object.keys(next[0]).forEach(function (key) { waiting.push([next[0][key], next[1] + 1]); });
    }
    return deepest;
  }

  // Same as records.parse: a whole file is accepted or refused; the error names the question and field.
  function parse(data) {
    if (depth(data) > MAX_DEPTH) throw new Error("the file is nested more than " + MAX_DEPTH + " levels deep");
    if (data === null || typeof data !== "object" || Array.isArray(data)) throw new Error("the file is not a progress file");
    if (data.format !== undefined && data.format !== "therapybook-progress") throw new Error("format: not a therapybook progress file");
    if (data.version !== undefined && data.version !== 1) throw new Error("version: not a version this book reads");
    const questions = data.questions === undefined ? {} : data.questions;
    if (questions === null || typeof questions !== "object" || Array.isArray(questions)) throw new Error("questions: not a list of results");
    const records = emptyMap();
    Object.keys(questions).forEach(function (id) {
      const r = questions[id];
      const where = "questions → " + id;
      if (r === null || typeof r !== "object" || Array.isArray(r)) throw new Error(where + ": not a result");
      const known = ["right", "tries", "revealed", "confidence", "seen", "streak"];
      Object.keys(r).forEach(function (field) { if (!known.includes(field)) throw new Error(where + " → " + field + ": not expected"); });
      if (typeof r.right !== "boolean") throw new Error(where + " → right: should be true or false");
      if (!isCount(r.tries, 1)) throw new Error(where + " → tries: should be a whole number from 1");
      if (r.revealed !== undefined && typeof r.revealed !== "boolean") throw new Error(where + " → revealed: should be true or false");
      if (r.confidence !== undefined && r.confidence !== null && !LEVELS.includes(r.confidence)) throw new Error(where + " → confidence: should be sure, unsure or guessed");
      if (!isDay(r.seen)) throw new Error(where + " → seen: should be a date such as 2026-11-23");
      if (r.streak !== undefined && !isCount(r.streak, 0)) throw new Error(where + " → streak: should be a whole number");
      records[id] = { right: r.right, tries: r.tries, revealed: r.revealed === true, confidence: r.confidence || null, seen: r.seen, streak: r.streak || 0 };
    });
    return records;
  }

  function dump(records) {
    const sorted = emptyMap();
    Object.keys(records).sort().forEach(function (id) { sorted[id] = records[id]; });
    return { format: "therapybook-progress", version: 1, questions: sorted };
  }

  function afterCheck(previous, right, today) {
    const newAttempt = previous === null || previous.right || previous.revealed;
    const tries = newAttempt ? 1 : previous.tries + 1;
    let streak;
    if (!right || tries > 1) streak = 0;
    else if (previous !== null && previous.right && previous.seen >= today) streak = previous.streak;
    else streak = (previous !== null && previous.right ? previous.streak : 0) + 1;
    return { right: right, tries: tries, revealed: false, confidence: null, seen: today, streak: streak };
  }

  function afterReveal(previous, today) {
    const tries = previous === null || previous.right || previous.revealed ? 1 : previous.tries;
    return { right: false, tries: tries, revealed: true, confidence: null, seen: today, streak: 0 };
  }

  function copy(records) {
    return Object.assign(emptyMap(), records);
  }

  function merge(kept, incoming) {
    const merged = copy(kept);
    Object.keys(incoming).forEach(function (id) {
      if (!has(merged, id) || dayNumber(incoming[id].seen) > dayNumber(merged[id].seen)) merged[id] = incoming[id];
    });
    return merged;
  }

  function chapterLabel(chapter) {
    return chapter.number === null ? chapter.title : "Chapter " + chapter.number + ". " + chapter.title;
  }

  function rows(index, records) {
    const found = [];
    index.chapters.forEach(function (chapter) {
      const keys = [];
      chapter.banks.forEach(function (bank) { bank.questions.forEach(function (q) { keys.push(key(bank.id, q)); }); });
      if (keys.length === 0) return;
      const kept = keys.filter(function (k) { return has(records, k); }).map(function (k) { return records[k]; });
      found.push({ label: chapterLabel(chapter), questions: keys.length, answered: kept.length,
        right: kept.filter(function (r) { return r.right; }).length });
    });
    return found;
  }

  function counted(n, noun) {
    return n + " " + noun + (n === 1 ? "" : "s");
  }

  function longDate(day) {
    const parts = day.split("-").map(Number);
    return parts[2] + " " + MONTHS[parts[1] - 1] + " " + parts[0];
  }

  function summaryText(title, index, records, today) {
    const lines = [title, "=".repeat(tb.charCount(title)), "", "Date: " + longDate(today), ""];
    const started = rows(index, records).filter(function (row) { return row.answered > 0; });
    if (started.length === 0) lines.push("No quiz questions answered yet.");
    started.forEach(function (row) {
      lines.push(row.label + ": " + row.answered + " of " + counted(row.questions, "question") + " answered, " + row.right + " right.");
    });
    if (started.length > 0) {
      const answered = started.reduce(function (sum, row) { return sum + row.answered; }, 0);
      const right = started.reduce(function (sum, row) { return sum + row.right; }, 0);
      lines.push("", "In all: " + counted(answered, "question") + " answered, " + right + " right, in " +
        counted(started.length, "chapter") + ".");
    }
    return lines.join("\n") + "\n";
  }

  function lastTime(record) {
    let verdict;
    if (record.revealed) verdict = "you asked to see the answer";
    else if (record.right) verdict = record.tries === 1 ? "right at the first try" : "right after " + record.tries + " tries";
    else verdict = record.tries === 1 ? "not right yet (1 try)" : "not right yet (" + record.tries + " tries)";
    return "Last time (" + longDate(record.seen) + "): " + verdict + (CONFIDENCE_WORDS[record.confidence] || "") + ".";
  }

  // For the contract tests: a refused file gives null, as Python's ProgressFileError does.
  function parseOrNull(data) {
    try { return parse(data); } catch (refused) { return null; }
  }

  // A file's text, read as load() and My progress's import read it.
  function readText(text) {
    return parse(JSON.parse(text));
  }

  // Records as [key as code points, record], sorted (as the Python cases give them): a key such as __proto__
  // or half a surrogate pair crosses into the test intact.
  function entries(records) {
    const codes = function (key) { return Array.from(key).map(function (c) { return c.codePointAt(0); }); };
    const compare = function (a, b) {
      for (let i = 0; i < Math.min(a[0].length, b[0].length); i += 1) if (a[0][i] !== b[0][i]) return a[0][i] - b[0][i];
      return a[0].length - b[0].length;
    };
    return Object.keys(records).map(function (key) { return [codes(key), records[key]]; }).sort(compare);
  }

  function readTextOrNull(text) {
    try { return entries(readText(text)); } catch (refused) { return null; }
  }

  function mergeTexts(keptText, incomingText) {
    return entries(merge(readText(keptText), readText(incomingText)));
  }

  tb.progressRules = {
    key: key, emptyMap: emptyMap, has: has, copy: copy, dayNumber: dayNumber, parse: parse, readText: readText,
    dump: dump, afterCheck: afterCheck, afterReveal: afterReveal, merge: merge, rows: rows, counted: counted,
    summaryText: summaryText, lastTime: lastTime,
    forTests: { parseOrNull: parseOrNull, readTextOrNull: readTextOrNull, mergeTexts: mergeTexts },
  };
})(window.therapybook);
