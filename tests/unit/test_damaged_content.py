"""Damaged or hostile content an author can paste in: text no page or file can hold, control characters from
word processors, unknown citations in every kind, items named by id, impossible pooled results, a quote left
open in a CSV. Each is one clear message naming the file, the item and the field, never a traceback, and
whatever is accepted exports as well-formed files."""

from __future__ import annotations

import io
import math
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import numpy as np
import pytest
from test_bad_input import message, write

from therapybook import EvidenceFilter, Phq9, Quiz, RelapsePlan, Sorter
from therapybook.__main__ import main
from therapybook.evidence import read_estimates
from therapybook.export import gift, qti
from therapybook.kinds.evidence_filter.describing import describe
from therapybook.kinds.planner import load_week
from therapybook.trials import pooling


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"the fixture no longer has {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


QUIZ_PROMPT = 'prompt: "Which of these is a talk therapy?"'


# --- 8. text that UTF-8 cannot hold ---------------------------------------------------------------------------


def test_a_lone_surrogate_is_refused_naming_the_file_item_and_field(data):
    replace_in(data / "quiz" / "sample.yml", QUIZ_PROMPT, 'prompt: "Which of these \\uD800 is a talk therapy?"')
    found = message(lambda: Quiz.from_file("sample"))
    assert found.endswith(
        "quiz/sample.yml: question 'q1': 'prompt' has half of a character (a lone surrogate, \\ud800) at "
        "character 16, which cannot be saved as UTF-8; retype the character there"
    ), found
    found.encode("utf-8")  # the message itself can be printed and logged


def test_a_lone_surrogate_in_a_citation_key_or_a_title_is_refused_and_validate_prints_it(data, capsys):
    replace_in(data / "quiz" / "sample.yml", "cite: [cuijpers2021network]", 'cite: ["cuijpers\\uDC00"]')
    replace_in(data / "walkthrough" / "sample_walk.yml", 'title: "Starting"', 'title: "Start\\uD83D"')
    assert main(["validate"]) == 1
    out = capsys.readouterr().out
    assert "quiz/sample.yml: question 'q1': citation 1 has half of a character" in out
    assert "walkthrough/sample_walk.yml: step 'start': 'title' has half of a character" in out


def test_export_refuses_a_lone_surrogate_with_a_message_not_a_traceback(data, tmp_path, capsys):
    replace_in(data / "quiz" / "sample.yml", QUIZ_PROMPT, 'prompt: "\\uD800"')
    with pytest.raises(SystemExit) as stopped:
        main(["export", "--format", "gift", "--out", str(tmp_path / "out")])
    assert stopped.value.code == 1
    err = capsys.readouterr().err
    assert "quiz/sample.yml: question 'q1': 'prompt' has half of a character" in err
    assert not (tmp_path / "out" / "sample.gift").exists()


# --- 9. control characters ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pasted", "code"),
    [("\\a", "U+0007"), ("\\e", "U+001B"), ("\\x7f", "U+007F"), ("\\x85", "U+0085"), ("\\uFFFE", "U+FFFE")],
)
def test_a_control_character_inside_text_is_refused_by_name(data, pasted, code):
    replace_in(data / "quiz" / "sample.yml", QUIZ_PROMPT, f'prompt: "Which of these{pasted} is a talk therapy?"')
    found = message(lambda: Quiz.from_file("sample"))
    assert found.endswith(
        f"quiz/sample.yml: question 'q1': 'prompt' has a control character ({code}) at character 15, "
        "which no page or export can show; delete it"
    ), found


def test_a_soft_line_break_from_a_word_processor_is_a_line_break(data):
    replace_in(
        data / "quiz" / "sample.yml",
        QUIZ_PROMPT,
        'prompt: "Which of these\\vis a talk therapy?\\r\\nChoose one.\\rNow."',
    )
    assert Quiz.from_file("sample").bank.questions[0].prompt == "Which of these\nis a talk therapy?\nChoose one.\nNow."


def test_every_export_of_text_with_soft_line_breaks_and_tabs_is_well_formed(data):
    replace_in(data / "quiz" / "sample.yml", QUIZ_PROMPT, 'prompt: "Which\\vof\\tthese & <b>that</b>?"')
    replace_in(data / "quiz" / "sample.yml", 'title: "Sample quiz <with markup>"', 'title: "Sample\\vquiz"')
    bank = Quiz.from_file("sample").bank
    archive = zipfile.ZipFile(io.BytesIO(qti.render(bank)))
    xml = [name for name in archive.namelist() if name.endswith(".xml")]
    parsed = [ET.fromstring(archive.read(name)) for name in xml]  # ParseError if not well-formed
    shown = [element.text for root in parsed for element in root.iter() if element.tag.endswith("mattext")]
    assert "<p>Which<br>of\tthese &amp; &lt;b&gt;that&lt;/b&gt;?</p>" in shown
    assert "::sample q1::[html]Which<br>of\tthese &amp; &lt;b&gt;that&lt;/b&gt;?" in gift.render(bank).decode("utf-8")


# --- 10. citations in every kind -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "folder", "name", "cite"),
    [
        (Phq9, "phq9", "phq9_sample", "cite: [frank1991conceptualization]"),
        (RelapsePlan, "relapse_plan", "plan_sample", "cite: [nice2022ng222]"),
    ],
)
def test_an_unknown_citation_key_is_refused_in_every_kind(data, kind, folder, name, cite):
    replace_in(data / folder / f"{name}.yml", cite, "cite: [nosuch2099]")
    assert f"{folder}/{name}.yml: 'cite': 'nosuch2099' is not in" in message(lambda: kind.from_file(name))


def test_validate_reports_unknown_citations_of_every_kind(data, capsys):
    replace_in(data / "phq9" / "phq9_sample.yml", "cite: [frank1991conceptualization]", "cite: [nosuch2099]")
    replace_in(data / "relapse_plan" / "plan_sample.yml", "cite: [nice2022ng222]", "cite: [nosuch2098]")
    assert main(["validate"]) == 1
    out = capsys.readouterr().out
    assert "phq9/phq9_sample.yml: 'cite': 'nosuch2099' is not in" in out
    assert "relapse_plan/plan_sample.yml: 'cite': 'nosuch2098' is not in" in out


# --- 11. items named by id ------------------------------------------------------------------------------------


def test_sections_categories_items_and_results_are_named_by_id(data):
    replace_in(data / "relapse_plan" / "plan_sample.yml", '    label: "What helps"\n', "")
    assert message(lambda: RelapsePlan.from_file("plan_sample")).endswith(
        "relapse_plan/plan_sample.yml: section 'helps': 'label' is required"
    )
    replace_in(data / "relapse_plan" / "plan_sample.yml", '"Skipping meals"', '""')
    assert "relapse_plan/plan_sample.yml: section 'signs': example 2 must not be empty" in message(
        lambda: RelapsePlan.from_file("plan_sample")
    )
    replace_in(data / "sort" / "sort_sample.yml", "  label: Mind reading\n", "")
    replace_in(data / "sort" / "sort_sample.yml", "  hint: Look at the word 'everything'.\n", "")
    found = message(lambda: Sorter.from_file("sort_sample"))
    assert "sort/sort_sample.yml: category 'mind-reading': 'label' is required" in found
    assert "sort/sort_sample.yml: item 't01': 'hint' is required" in found
    replace_in(data / "evidence_filter" / "filter_sample.yml", "k: 2,", "k: 0,")
    replace_in(data / "evidence_filter" / "filter_sample.yml", '- {id: wl, label: "Waiting list"}', "- {id: wl}")
    found = message(lambda: EvidenceFilter.from_file("filter_sample"))
    assert "evidence_filter/filter_sample.yml: result 'cbt|all': 'k' must be greater than or equal to 1" in found
    assert "evidence_filter/filter_sample.yml: filter 'control': option 2: 'label' is required" in found


def test_phq9_answers_are_named_from_1(data):
    replace_in(data / "phq9" / "phq9_sample.yml", "answers: [1, 1, 2, 1, 1, 1, 1, 0, 0]", "answers: [1, 1, 2]")
    assert "phq9/phq9_sample.yml: 'answers'" in message(lambda: Phq9.from_file("phq9_sample"))


# --- 12. pooled results ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("result", "words"),
    [
        ('{key: "all|wl", k: 1, g: .nan, low: 0.5, high: 1.3}', "'g' must be a finite number"),
        ('{key: "all|wl", k: 1, g: .inf, low: 0.5, high: 1.3}', "'g' must be a finite number"),
        ('{key: "all|wl", k: 1, g: 0.9, low: 1.3, high: 0.5}', "'low' <= 'g' <= 'high'"),
        ('{key: "all|wl", k: 1, g: 0.2, low: 0.5, high: 1.3}', "'low' <= 'g' <= 'high'"),
        ('{key: "all|wl", k: 3, g: 0.9, low: 0.5, high: 1.3, tau2: -0.1, i2: 0.5}', "'tau2' must be greater"),
        ('{key: "all|wl", k: 3, g: 0.9, low: 0.5, high: 1.3, tau2: 0.1, i2: 1.5}', "'i2' must be less"),
        ('{key: "all|wl", k: 3, g: 0.9, low: 0.5, high: 1.3, tau2: 0.1}', "'tau2' and 'i2' go together"),
        (
            '{key: "all|wl", k: 3, g: 0.9, low: 0.5, high: 1.3, tau2: 0.1, i2: 0.5, pi_low: 2, pi_high: 1}',
            "'pi_low' <= 'pi_high'",
        ),
        ('{key: "all|wl", k: 3, g: 0.9, low: 0.5, high: 1.3, pi_low: 0.1}', "'pi_low' and 'pi_high' go together"),
    ],
)
def test_impossible_pooled_results_are_refused_by_key(data, result, words):
    replace_in(
        data / "evidence_filter" / "filter_sample.yml",
        '- {key: "all|wl", k: 1, g: 0.9, low: 0.5, high: 1.3}',
        "- " + result,
    )
    found = message(lambda: EvidenceFilter.from_file("filter_sample"))
    assert "evidence_filter/filter_sample.yml: result 'all|wl': " in found and words in found, found


def test_no_sentence_ever_shows_nan(data):
    for item in [EvidenceFilter.from_file("filter_sample")]:
        for result in item.content.results:
            assert "nan" not in describe(result, item.content.empty).lower()


def test_pooling_that_gives_no_finite_number_says_so_plainly():
    with pytest.raises(pooling.PoolingError) as caught:
        pooling.pool(np.array([0.5, math.inf]), np.array([0.1, 0.2]))
    assert str(caught.value).startswith("Pooling these 2 studies gave no finite result")
    with pytest.raises(pooling.PoolingError):
        pooling.pool(np.array([0.5, 0.4]), np.array([0.0, 0.0]))
    with pytest.raises(pooling.PoolingError):
        pooling.pool(np.array([math.nan]), np.array([0.2]))


# --- 13. CSV quotes -------------------------------------------------------------------------------------------

HEADER = "day,activity,pleasure,mastery,mood\n"


def test_an_unclosed_quote_names_the_line_where_it_opened(data):
    write(data / "planner" / "quote.csv", HEADER + 'Mon,"Walk,7,4,6\nTue,Swim,5,5,5\nWed,Read,6,6,6\n')
    assert message(lambda: load_week("quote")).endswith(
        'planner/quote.csv: line 2: a quote (") opens here and is never closed, so the rest of the file would '
        'be one value; close it, or write a quote inside a value as two ("")'
    )
    write(data / "evidence" / "quote.csv", 'comparison,ratio,low,high,source\n"A vs B,0.69,0.58,0.82,x\n')
    assert 'evidence/quote.csv: line 2: a quote (") opens here and is never closed' in message(
        lambda: read_estimates("quote")
    )


def test_text_after_a_closing_quote_names_its_line(data):
    write(data / "planner" / "after.csv", HEADER + 'Mon,Walk,7,4,6\nTue,"Swim" fast,5,5,5\n')
    assert message(lambda: load_week("after")).endswith(
        "planner/after.csv: line 3: has text after a closing quote; put the whole value in quotes, "
        'and write a quote inside it as two ("")'
    )


def test_a_value_over_several_lines_is_named_by_the_line_where_its_row_starts(data):
    write(data / "planner" / "multi.csv", HEADER + '\nMon,"Walk\nin the park",7,4,6\n\nTue,Swim,5,5\n')
    assert message(lambda: load_week("multi")).endswith(
        "planner/multi.csv: line 6: has 4 values but the header has 5 columns"
    )
    write(data / "planner" / "open.csv", HEADER + '\nMon,"Walk\nin the park",7,4,6\n\nTue,"Swim,5,5,5\n')
    assert 'planner/open.csv: line 6: a quote (") opens here and is never closed' in message(lambda: load_week("open"))


def test_every_message_can_be_printed_whatever_the_file_holds(data, capsys):
    """A key or id with half a character is named in the message, which must still print as UTF-8."""
    write(data / "quiz" / "keys.yml", 'id: keys\ntitle: Keys\n"\\uD800x": 1\nquestions: []\n')
    write(data / "walkthrough" / "dup.yml", 'id: dup\n"\\uDC00": 1\n"\\uDC00": 2\n')
    assert main(["validate"]) == 1
    out = capsys.readouterr().out
    assert "quiz/keys.yml: has half of a character (a lone surrogate)" in out
    assert "walkthrough/dup.yml: line 3: the key '\\udc00' appears twice" in out


def test_a_control_character_in_the_bibliography_is_refused_by_entry_and_field(data, tmp_path):
    """Citation labels go into every export: a control character there would make the QTI files unreadable."""
    bib = data / "references.bib"
    bib.write_text(
        bib.read_text(encoding="utf-8") + "\n@book{beck1979,\n  author = {Beck, Aaron\x07 T.},\n"
        "  title = {Cognitive Therapy\x1b of Depression},\n  year = {1979}\n}\n",
        encoding="utf-8",
    )
    found = message(lambda: Quiz.from_file("sample"))
    assert "references.bib: entry 'beck1979': 'author' has a control character (U+0007)" in found
    assert "references.bib: entry 'beck1979': 'title' has a control character (U+001B)" in found


@pytest.mark.parametrize("k", [2, 3])
def test_studies_with_identical_effects_pool_quietly(k):
    """No heterogeneity at all (Q = 0): I² is 0, not 0/0, and no warning reaches the chapter's output."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        pooled = pooling.pool(np.array([0.5] * k), np.array([0.1] * k))
    assert (pooled.g, pooled.tau2, pooled.i2) == (0.5, 0.0, 0.0)


@pytest.mark.parametrize("value", ["inf", "nan", "-Infinity"])
def test_an_evidence_table_holds_only_finite_numbers(data, value):
    write(data / "evidence" / "odd.csv", f"comparison,ratio,low,high,source\nA vs B,{value},0.58,inf,x\n")
    found = message(lambda: read_estimates("odd"))
    assert "evidence/odd.csv: line 2: 'high' must be a finite number (not NaN or infinity)" in found


def test_a_damaged_notebook_is_named_not_a_traceback(tmp_path):
    """The instructor edition and the exports read every chapter notebook's first cell."""
    from therapybook.instructor.catalogue import read_chapter

    for name, text in (
        ("deep", "[" * 100_000),
        ("nested", '{"cells": [' * 3000),
        ("cells", '{"cells": [{"source": 1}]}'),
    ):
        path = tmp_path / f"{name}.ipynb"
        path.write_text(text, encoding="utf-8")
        assert message(lambda path=path: read_chapter(path)).endswith(f"{name}.ipynb: cannot be read as a notebook")
