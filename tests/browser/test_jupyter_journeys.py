"""A student's moments in a real JupyterLab 4 and Notebook 7, asserted on what the screen shows: revealing an
answer, the PHQ-9 safety message and its link, the help page, a link into another chapter's section, and a
saved copy reopened another day."""

from __future__ import annotations

import json
import re

import nbformat
import pytest
from jupyter_server import jupyter_server
from lab import markdown_text, run_all, shut_down_kernels
from playwright.sync_api import expect
from toc import ROOT, chapter_files

from therapybook import TrapSpotter
from therapybook.core.html import RUN_FIRST
from therapybook.kinds.phq9.instrument import SAFETY_MESSAGE
from therapybook.student.copies import write_copies
from therapybook.student.outputs import WIDGET_VIEW
from therapybook.student.sections import CROSS_LINK

pytestmark = pytest.mark.browser
VIEWS = {"lab": "lab/tree/", "notebook7": "notebooks/"}
# Notebook 7.6 with jupyterlab-myst logs two errors of its own on every notebook; none may come from the book.
NOTEBOOK_7_OWN_ERRORS = ("reading 'schema'", "Command 'filebrowser:open-path' not registered")


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("journeys")
    write_copies(folder / "student")
    return folder


@pytest.fixture(scope="module")
def server(folder):
    with jupyter_server(folder / "student", folder / "jupyter.log", folder / "user-data") as url:
        yield url


@pytest.fixture
def context(chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    context.errors = []
    context.on("page", lambda page: page.on("pageerror", lambda error: context.errors.append(str(error))))
    yield context
    context.close()


def our_errors(context) -> list[str]:
    return [e for e in context.errors if not any(known in e for known in NOTEBOOK_7_OWN_ERRORS)]


def save_and_wait(page, server, name) -> None:
    """Ctrl+S, then wait until the file on disk holds the run's outputs (the reminders in place of live views)."""
    page.keyboard.press("Control+s")
    page.wait_for_function(
        # While the save is under way the server may answer without content (or with an error): that is "not yet".
        "path => fetch(path).then(r => r.json())"
        ".then(m => JSON.stringify(m.content ?? null).includes('image/png')).catch(() => false)",
        arg=server + f"api/contents/{name}",
        timeout=30000,
    )


def saved_notebook(page, server, name) -> nbformat.NotebookNode:
    """The notebook as saved on disk, read through the server (which reads the file whole) rather than from the
    file itself, which an autosave may be rewriting at that moment."""
    response = page.request.get(server + f"api/contents/{name}?content=1")
    assert response.ok, f"{name}: {response.status}"
    return nbformat.from_dict(response.json()["content"])


def option_labels(question) -> list[str]:
    return [label.inner_text().strip() for label in question.locator(".widget-radio-box label").all()]


def test_show_answer_in_jupyterlab_marks_the_right_option_and_a_saved_copy_reopens_cleanly(server, folder, context):
    """Chapter 2's thinking-trap spotter, question 1, as the issue found it: tick a wrong trap, check, show the
    answer; then save, come back another day (no kernel), and reopen."""
    page = context.new_page()
    run_all(page, server + VIEWS["lab"] + "02_cbt.ipynb", "Try again")
    first = TrapSpotter.from_file("thinking_traps").bank.questions[0]
    right = next(o.text for o in first.options if o.correct)
    wrong = "Overgeneralisation"
    question = page.locator(".tb-live .widget-vbox").filter(has_text=first.prompt[:40]).last
    question.locator(".widget-radio-box label", has_text=wrong).click()
    question.locator("button:has-text('Check answer')").click()
    question.get_by_text("Not quite.").wait_for()
    assert f"{wrong} — ✗ Not right" in option_labels(question), "a wrong try reads as wrong on the option"
    assert not any("Right answer" in label for label in option_labels(question)), "and gives nothing away"
    question.locator("button:has-text('Show answer')").click()
    question.get_by_text(f"Here is the answer: {right}.").wait_for()
    labels = option_labels(question)
    assert f"{right} — ✓ Right answer" in labels and f"{wrong} — ✗ Not right" in labels
    assert first.explanation[:50] in question.inner_text()
    question.screenshot(path=str(ROOT / "test-artifacts" / "lab-show-answer.png")) if (
        ROOT / "test-artifacts"
    ).is_dir() else None

    save_and_wait(page, server, "02_cbt.ipynb")
    saved = saved_notebook(page, server, "02_cbt.ipynb")
    stored = [o for c in saved.cells if c.cell_type == "code" for o in c.outputs]
    assert not any(WIDGET_VIEW in o.get("data", {}) for o in stored), "no dead widget is saved"
    assert shut_down_kernels(page, server) == 0
    page.goto(server + VIEWS["lab"] + "02_cbt.ipynb?reset")
    page.wait_for_selector(".jp-Notebook .jp-MarkdownCell", timeout=60000)
    page.get_by_text(RUN_FIRST).first.wait_for(timeout=30000)
    assert page.get_by_text(RUN_FIRST).count() == 4, "each exercise shows the reminder again"
    assert page.get_by_text("Error displaying widget").count() == 0
    assert our_errors(context) == []


def test_a_saved_copy_reopens_cleanly_in_notebook_7(server, folder, context):
    page = context.new_page()
    run_all(page, server + VIEWS["notebook7"] + "03_behavioural_activation.ipynb", "Try again")
    save_and_wait(page, server, "03_behavioural_activation.ipynb")
    assert shut_down_kernels(page, server) == 0
    page.goto(server + VIEWS["notebook7"] + "03_behavioural_activation.ipynb?reset")
    page.wait_for_selector(".jp-Notebook .jp-MarkdownCell", timeout=60000)
    page.get_by_text(RUN_FIRST).first.wait_for(timeout=30000)
    assert page.get_by_text("Error displaying widget").count() == 0
    assert our_errors(context) == []


@pytest.mark.parametrize("view", VIEWS)
def test_the_help_link_opens_a_readable_page(server, context, view):
    page = context.new_page()
    page.goto(server + VIEWS[view] + "12_measuring_change_and_staying_well.ipynb?reset")
    page.wait_for_selector(".jp-Notebook .jp-MarkdownCell", timeout=60000)
    link = page.locator(".jp-MarkdownCell a", has_text="Get help now").first
    link.wait_for()
    if view == "lab":  # JupyterLab opens it in a tab of its own, Notebook 7 in a browser tab of its own
        link.click()
        help_page = page
        help_page.locator(".lm-TabBar-tab.jp-mod-current", has_text="get_help.ipynb").wait_for(timeout=30000)
        shown = help_page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-MarkdownCell")
    else:
        with context.expect_page() as opened:
            link.click()
        help_page = opened.value
        shown = help_page.locator(".jp-MarkdownCell")
    shown.first.wait_for(timeout=60000)
    text = markdown_text(help_page, shown)
    assert "Saying “I am not safe” is enough." in text or 'Saying "I am not safe" is enough.' in text
    for raw in ("```", "**", "{admonition}", ":class:", "{cite"):
        assert raw not in text, f"raw Markdown shows: {raw}"
    assert help_page.locator(".jp-MarkdownCell strong", has_text="988").count() >= 1, "the numbers stand out"
    assert help_page.locator(".jp-MarkdownCell a[href*='findahelpline.com']").count() == 1
    assert our_errors(context) == []


def cross_chapter_links() -> list[tuple[str, str]]:
    """Every link in a chapter to a section of another chapter: (linking chapter, link text)."""
    found = []
    for name in chapter_files():
        notebook = json.loads((ROOT / f"{name}.ipynb").read_text(encoding="utf-8"))
        for cell in notebook["cells"]:
            source = "".join(cell["source"])
            for match in re.finditer(r"\[([^\]]+)" + CROSS_LINK.pattern, source):
                found.append((name.removeprefix("notebooks/"), match.group(1)))
    return sorted(set(found))


LINKS = cross_chapter_links()


def test_the_book_has_cross_chapter_links_to_check():
    assert ("12_measuring_change_and_staying_well", "when to seek help right away") in LINKS


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize(("chapter", "text"), LINKS)
def test_a_link_into_another_chapters_section_lands_on_its_heading(server, context, view, chapter, text):
    page = context.new_page()
    page.goto(server + VIEWS[view] + f"{chapter}.ipynb?reset")
    page.wait_for_selector(".jp-Notebook .jp-MarkdownCell", timeout=60000)
    link = page.locator(".jp-MarkdownCell a", has_text=text).first
    target = link.get_attribute("href").removeprefix("#")
    # A student reads to the link before clicking it; until the copied section has been drawn, a click finds no
    # target and does nothing (under load the test clicked that early: the heading stayed where it was).
    link.evaluate("a => a.scrollIntoView({block: 'center'})")  # at once: the cell may be drawn again meanwhile
    page.wait_for_function("id => document.getElementById(id) !== null", arg=target, timeout=60000)
    link.click()
    # The link's handler names the section in the address as it starts the scroll.
    expect(page).to_have_url(re.compile(re.escape(f"#{target}") + "$"), timeout=30000)
    heading = page.locator(".jp-MarkdownCell h2", has_text=re.compile(re.escape(text), re.I)).last
    heading.wait_for(timeout=30000)
    scroller = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer").first
    # The notebook scrolls there smoothly (about a second, longer under load): read where the heading is once it
    # has stayed put for a second, which is what the student is left looking at.
    offsets: list[float] = []
    for _ in range(60):
        offsets.append(
            heading.evaluate(
                "(h, s) => h.getBoundingClientRect().top - s.getBoundingClientRect().top", scroller.element_handle()
            )
        )
        if len(offsets) > 4 and max(offsets[-5:]) - min(offsets[-5:]) < 1:
            break
        page.wait_for_timeout(250)
    height = scroller.evaluate("s => s.clientHeight")
    assert 0 <= offsets[-1] < height / 2, (
        f"the heading is {offsets[-1]:.0f} px from the top of a {height} px notebook view: not where the link led"
        f" (it moved {offsets[0]:.0f} → {offsets[-1]:.0f} px after the click)"
    )
    assert our_errors(context) == []


def test_chapter_12_in_jupyterlab_safety_message_and_link_and_the_plan_asks_before_emptying(server, folder, context):
    page = context.new_page()
    run_all(page, server + VIEWS["lab"] + "12_measuring_change_and_staying_well.ipynb", "Save my plan")
    phq9 = page.locator(".tb-live").filter(has_text="Over the last 2 weeks").first
    phq9.locator(".widget-radio-box").nth(8).locator("label", has_text="Nearly every day").click()
    safety = phq9.locator("p[role=note]")
    safety.wait_for()
    assert SAFETY_MESSAGE[:60] in safety.inner_text() and "988" in safety.inner_text()
    assert "116 123" in safety.inner_text()
    with context.expect_page() as opened:
        safety.locator("a", has_text="Get help now").click()
    help_page = opened.value
    help_page.locator(".jp-MarkdownCell", has_text="Talk to someone today").first.wait_for(timeout=60000)
    assert "get_help.ipynb" in help_page.url
    phq9.locator(".widget-radio-box").nth(8).locator("label", has_text="Not at all").click()
    safety.wait_for(state="detached")

    plan = page.locator(".tb-live").filter(has_text="My staying-well plan").first
    plan.locator("textarea").first.fill("Sleeping badly")
    plan.locator("button", has_text="Save my plan").click()
    plan.get_by_text("Saved privately").wait_for()
    saved = folder / "user-data" / "plans" / "staying_well_plan.json"
    assert json.loads(saved.read_text(encoding="utf-8"))["entries"]["warning-signs"] == "Sleeping badly"
    plan.locator("button", has_text="Empty the fields").click()
    plan.locator("button", has_text="Save my plan").click()
    plan.get_by_text("Save the empty plan over it?").wait_for()
    plan.locator("button", has_text="Keep my saved plan").click()
    plan.get_by_text("your saved plan is unchanged").wait_for()
    assert json.loads(saved.read_text(encoding="utf-8"))["entries"]["warning-signs"] == "Sleeping badly"
    plan.locator("button", has_text="Save my plan").click()
    plan.locator("button", has_text="Yes, save the empty plan").click()
    plan.get_by_text("Saved privately").wait_for()
    plan.locator("button", has_text="Bring back the previous version").click()
    expect(plan.locator("textarea").first).to_have_value("Sleeping badly")  # one step back
    assert our_errors(context) == []


def test_lens_pickers_walkthrough_text_and_figures_read_well_in_jupyterlab(server, context):
    """Chapter 6: the lens labels are whole, the step text has ordinary line spacing, the figure has its alt text."""
    page = context.new_page()
    run_all(page, server + VIEWS["lab"] + "06_psychodynamic_therapy.ipynb", "Try again")
    walk = page.locator(".tb-live").filter(has_text="Follow the composite case of").first
    labels = walk.locator(".tb-choice-list .widget-radio-box label")
    # Run All returns when the last cell's output is there; an earlier widget may still be drawing under load.
    expect(labels).to_have_count(3, timeout=30000)
    for label in labels.all():
        assert label.evaluate("l => l.scrollWidth <= l.clientWidth + 1"), f"cut off: {label.inner_text()}"
    assert "Sam: relationships that keep falling apart" in walk.inner_text()
    step = walk.locator(".widget-html-content p").filter(has_text="Priya, in her thirties").first
    ratio = step.evaluate("p => parseFloat(getComputedStyle(p).lineHeight) / parseFloat(getComputedStyle(p).fontSize)")
    assert ratio < 1.8, f"the step text is spaced {ratio:.2f} times its size"
    alts = page.evaluate("Array.from(document.querySelectorAll('.jp-OutputArea img')).map(img => img.alt)")
    assert alts and all(len(alt) > 40 for alt in alts), f"figures without a real alt text: {alts}"
    assert our_errors(context) == []
