"""The kernel-free view on its own page, built from the fixture content that
contains markup: nothing runs, the text shows as written, and the page script
grades exactly as the Python logic does."""

from __future__ import annotations

import itertools

import pytest
from conftest import serve_directory, write_static_page
from keyboard import is_focused, tab_to

from therapybook import ActivityPlanner, Form, Quiz, TrapSpotter, Walkthrough
from therapybook.kinds.form.checking import check_entry
from therapybook.kinds.planner import check_activity, load_week, summarise
from therapybook.kinds.quiz.grading import grade, reveal

pytestmark = pytest.mark.browser


@pytest.fixture
def static_page(tmp_path, fixture_data):
    quiz, walk = Quiz.from_file("sample"), Walkthrough.from_file("sample_walk")
    items = [
        quiz,
        walk,
        TrapSpotter.from_file("traps_sample"),
        Form.from_file("form_sample"),
        ActivityPlanner.from_file("week_sample"),
    ]
    body = "".join(item._repr_mimebundle_()["text/html"] for item in items)
    write_static_page(tmp_path, "index.html", body, "static view")
    with serve_directory(tmp_path) as url:
        yield url + "index.html", quiz.bank


@pytest.fixture
def opened(page_and_log, static_page):
    """The static page, loaded and ready, with any dialog it opens recorded."""
    page, log = page_and_log
    url, bank = static_page
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(url)
    page.wait_for_selector(".tb-quiz.tb-ready")
    page.wait_for_selector(".tb-planner.tb-ready")
    return page, log, bank, dialogs


def test_markup_in_content_is_shown_and_never_run(opened):
    page, log, _bank, dialogs = opened
    q3 = page.locator("#tb-quiz-sample-q3")
    assert "<script>alert(1)</script> Therapy is only" in q3.locator("legend").first.text_content()
    q3.get_by_label("False").check()
    q3.locator("button.tb-check").click()
    assert "& <b>more</b>." in q3.locator(".tb-explanation").text_content()
    # The only bold in the feedback is the book's own: the option's name. The <b> in the content stayed text.
    assert q3.locator(".tb-feedback b").all_text_contents() == ["False"]
    assert page.locator("#tb-quiz-sample").get_attribute("class") == "tb-widget tb-quiz tb-ready"
    assert "Assessment <em>begins</em>." in page.locator("#tb-walk-sample_walk").text_content()
    assert dialogs == []
    log.assert_clean()


def test_page_script_grades_every_answer_as_the_python_logic_does(opened):
    page, log, bank, _dialogs = opened
    for question in bank.questions:
        fieldset = page.locator(f"#tb-quiz-sample-{question.id}")
        sizes = range(1, len(question.options) + 1) if question.type == "multiple" else [1]
        for chosen in itertools.chain.from_iterable(
            itertools.combinations(range(len(question.options)), n) for n in sizes
        ):
            for i, box in enumerate(fieldset.locator("input").all()):
                if question.type == "multiple":
                    box.set_checked(i in chosen)
                elif i in chosen:
                    box.check()  # checking a radio unchecks the rest of its group
            fieldset.locator("button.tb-check").click()
            assert_feedback_matches(fieldset, question, grade(question, chosen), (question.id, chosen))
            if not grade(question, chosen).correct:
                assert fieldset.locator("button.tb-reveal").is_visible()
        wrong = next(i for i, option in enumerate(question.options) if not option.correct)
        for i, box in enumerate(fieldset.locator("input").all()):
            box.set_checked(i == wrong)
        fieldset.locator("button.tb-check").click()
        fieldset.locator("button.tb-reveal").click()
        assert_feedback_matches(fieldset, question, reveal(question), (question.id, "Show answer"))
    log.assert_clean()


def assert_feedback_matches(fieldset, question, expected, where):
    """What the page shows after a check is what Python decided: verdict and icon, lines, nudge, explanation."""
    feedback = fieldset.locator(".tb-feedback")
    assert feedback.locator(".tb-verdict").text_content() == f"{expected.icon} {expected.verdict}", where
    assert feedback.get_attribute("data-verdict") == expected.key, where
    items = feedback.locator("li").all_text_contents()
    assert len(items) == len(expected.feedback), where
    for item, shown in zip(items, expected.feedback, strict=True):
        assert shown.feedback in item
        if question.type == "multiple" and expected.key != "revealed":
            assert item.startswith(f"{shown.text} {shown.status}")
    assert feedback.locator(".tb-nudge").all_text_contents() == ([expected.nudge] if expected.nudge else []), where
    explained = feedback.locator(".tb-explanation").all_text_contents()
    assert explained == ([expected.explanation] if expected.explanation else []), where


def test_score_and_try_again_match_the_python_summary(opened):
    page, log, _bank, _dialogs = opened
    q1 = page.locator("#tb-quiz-sample-q1")
    q1.get_by_label("Cognitive behavioural therapy").check()
    q1.locator("button.tb-check").click()
    quiz = page.locator("#tb-quiz-sample")
    assert quiz.locator(".tb-score").text_content() == "1 of 3 correct (2 not answered yet)."
    q2 = page.locator("#tb-quiz-sample-q2")
    q2.get_by_label("Placebo").check()
    q2.locator("button.tb-check").click()
    q2.locator("button.tb-reveal").click()
    assert quiz.locator(".tb-score").text_content() == "1 of 3 correct (1 not answered yet)."
    quiz.locator("button.tb-reset").focus()
    page.keyboard.press("Enter")
    assert quiz.locator(".tb-score").text_content() == ""
    assert not q1.get_by_label("Cognitive behavioural therapy").is_checked()
    assert q1.locator(".tb-feedback").text_content() == ""
    assert not q2.locator("button.tb-reveal").is_visible()
    assert page.evaluate("document.activeElement.id") == "tb-quiz-sample-q1-o1"
    log.assert_clean()


FORM = "#tb-form-form_sample"
PLANNER = "#tb-planner-week_sample"


def type_into(page, locator, text):
    tab_to(page, locator)
    page.keyboard.insert_text(text)


def test_thought_record_by_keyboard_is_shown_back_as_text(opened):
    page, log, _bank, dialogs = opened
    form = page.locator(FORM)
    typed = {
        "situation": '<img src="x" onerror="alert(1)"> at the bus stop',
        "feeling": "Embarrassed — très",
        "intensity": "75",
        "evidence": "Nobody looked\nI was on time",
    }
    for field, text in typed.items():
        type_into(page, form.locator(f"[data-field='{field}']"), text)
    page.keyboard.press("Tab")
    assert is_focused(form.locator("button.tb-show"))
    page.keyboard.press("Enter")
    rows = form.locator(".tb-record tr")
    expected = check_entry(Form.read("form_sample"), typed).record
    assert [(r.locator("th").text_content(), r.locator("td").text_content()) for r in rows.all()] == [
        (line.label, line.value) for line in expected
    ]
    assert form.locator(".tb-record img").count() == 0 and dialogs == []
    assert form.locator(".tb-record caption").text_content() == "Sample record"
    log.assert_clean()


@pytest.mark.parametrize(
    "values",
    [
        {},
        {"situation": "a", "feeling": "b", "intensity": "101", "evidence": "c"},
        {"situation": "a", "feeling": " ", "intensity": "7.5", "evidence": "c"},
        {"situation": "a", "feeling": "b", "intensity": "050", "evidence": "c"},
    ],
)
def test_form_script_checks_entries_as_the_python_logic_does(opened, values):
    page, log, _bank, _dialogs = opened
    form = page.locator(FORM)
    for field in ("situation", "feeling", "intensity", "evidence"):
        form.locator(f"[data-field='{field}']").fill(values.get(field, ""))
    form.locator("button.tb-show").click()
    expected = check_entry(Form.read("form_sample"), values)
    assert form.locator(".tb-feedback li").all_text_contents() == list(expected.problems)
    assert form.locator(".tb-record td").all_text_contents() == [line.value for line in expected.record]
    log.assert_clean()


def test_planner_add_and_remove_by_keyboard_match_the_python_summary(opened):
    page, log, _bank, _dialogs = opened
    planner = page.locator(PLANNER)
    assert planner.locator(".tb-summary p").all_text_contents() == summarise(load_week("week_sample")).sentences
    tab_to(page, planner.locator("select"))
    page.keyboard.press("End")  # Sun
    type_into(page, planner.locator("input[type='text']"), "Played guitar <i>loudly</i>")
    for rating, value in (("pleasure", "8"), ("mastery", "6"), ("mood", "8")):
        type_into(page, planner.locator(f"input[data-rating='{rating}']"), value)
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    guitar = {"day": "Sun", "activity": "Played guitar <i>loudly</i>", "pleasure": 8, "mastery": 6, "mood": 8}
    week = [*load_week("week_sample"), check_activity(guitar).entry]
    assert planner.locator("tbody tr").count() == 7
    assert planner.locator("tbody tr").nth(6).locator("td").nth(1).text_content() == "Played guitar <i>loudly</i>"
    assert planner.locator(".tb-summary p").all_text_contents() == summarise(week).sentences
    assert planner.locator("svg.tb-chart circle, svg.tb-chart rect").count() == 7

    tab_to(page, planner.locator("button.tb-remove").first, backwards=True)
    page.keyboard.press("Enter")
    assert planner.locator("tbody tr").count() == 6
    assert planner.locator(".tb-summary p").all_text_contents() == summarise(week[1:]).sentences
    assert planner.locator(".tb-feedback").text_content() == "Removed Stayed in bed scrolling."
    log.assert_clean()


def test_planner_refuses_an_incomplete_activity(opened):
    page, log, _bank, _dialogs = opened
    planner = page.locator(PLANNER)
    planner.locator("input[data-rating='pleasure']").fill("12")
    planner.locator("button.tb-add-button").click()
    assert planner.locator(".tb-feedback").text_content().startswith("Activity: please write what you did.")
    assert "Pleasure: choose a whole number from 0 to 10." in planner.locator(".tb-feedback").text_content()
    assert planner.locator("tbody tr").count() == 6
    log.assert_clean()


def test_a_long_emoji_answer_is_kept_whole_and_checked_as_python_does(opened):
    """1,500 emoji are 1,500 characters to Python but 3,000 UTF-16 units to a browser's maxlength."""
    page, log, _bank, _dialogs = opened
    form = page.locator(FORM)
    typed = {"situation": "😊" * 1500, "feeling": "\u200bCalm\ufeff", "intensity": "\u00a040\u200b", "evidence": "e"}
    for field, text in typed.items():
        form.locator(f"[data-field='{field}']").focus()
        page.keyboard.insert_text(text)  # as a paste: a maxlength would cut it short
    form.locator("button.tb-show").click()
    expected = check_entry(Form.read("form_sample"), typed)
    assert expected.ok and expected.record[0].value == "😊" * 1500
    shown = form.locator(".tb-record td").all_text_contents()
    assert [len(v) for v in shown] == [len(line.value) for line in expected.record], "the page cut the answer short"
    assert shown == [line.value for line in expected.record]
    log.assert_clean()


def test_the_same_quiz_twice_on_a_page_works_independently(page_and_log, tmp_path, fixture_data):
    page, log = page_and_log
    html = Quiz.from_file("sample").html()
    write_static_page(tmp_path, "twice.html", html + html, "twice")
    with serve_directory(tmp_path) as url:
        page.goto(url + "twice.html")
        page.wait_for_selector("#tb-quiz-sample-2.tb-ready")
        first, second = page.locator("#tb-quiz-sample"), page.locator("#tb-quiz-sample-2")
        second.locator("label", has_text="Cognitive behavioural therapy").click()  # a label checks its own input
        second.locator("#tb-quiz-sample-q1-2 button.tb-check").click()
        assert "Correct." in second.locator(".tb-feedback").first.text_content()
        assert first.locator("input:checked").count() == 0 and first.locator(".tb-feedback").first.text_content() == ""
        first.locator("label", has_text="A brisk walk").click()
        assert second.locator("input:checked").count() == 1, "radio groups are separate"
        ids = page.evaluate("Array.from(document.querySelectorAll('[id]')).map(n => n.id)")
        assert len(ids) == len(set(ids))
    log.assert_clean()
