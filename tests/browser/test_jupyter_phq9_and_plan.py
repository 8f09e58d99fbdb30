"""Chapter 12 in a real JupyterLab: after Run All, the PHQ-9 explainer re-scores and shows the safety message
when item 9 changes, and the staying-well plan is saved to the student's private folder, not the notebook."""

from __future__ import annotations

import json
import os

import pytest
from jupyter_server import jupyter_server

from therapybook.student.copies import write_copies

pytestmark = pytest.mark.browser
CHAPTER = "12_measuring_change_and_staying_well"


@pytest.fixture(scope="module")
def server_and_user_data(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lab12")
    write_copies(folder / "student")
    user_data = folder / "user-data"
    before = os.environ.get("THERAPYBOOK_USER_DATA")
    os.environ["THERAPYBOOK_USER_DATA"] = str(user_data)  # the kernel inherits it from the server
    try:
        with jupyter_server(folder / "student", folder / "jupyter.log") as url:
            yield url, user_data
    finally:
        if before is None:
            os.environ.pop("THERAPYBOOK_USER_DATA")
        else:
            os.environ["THERAPYBOOK_USER_DATA"] = before


def test_phq9_and_plan_after_run_all(server_and_user_data, chromium):
    url, user_data = server_and_user_data
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url + f"lab/tree/{CHAPTER}.ipynb?reset")
    page.wait_for_selector(".jp-Notebook .jp-MarkdownCell", timeout=60000)
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
    # Run All is done when all three exercises are live widgets.
    page.wait_for_function("document.querySelectorAll('.jp-OutputArea .tb-live').length >= 3", timeout=120000)
    phq9 = page.locator(".tb-live").filter(has_text="Over the last 2 weeks").first
    item9 = phq9.locator(".widget-radio-box").nth(8)
    item9.scroll_into_view_if_needed()  # JupyterLab draws a cell's output only once it is on screen
    assert "Elif's total: 9 of 27 (mild)." in phq9.inner_text()
    assert "988" not in phq9.inner_text()
    item9.locator("label", has_text="Several days").click()
    page.wait_for_function("w => w.innerText.includes('10 of 27 (moderate)')", arg=phq9.element_handle())
    assert "988" in phq9.inner_text() and "116 123" in phq9.inner_text()

    plan = page.locator(".tb-live").filter(has_text="My staying-well plan").first
    plan.scroll_into_view_if_needed()
    plan.locator("textarea").first.fill("Waking at 4 am for a week")
    plan.locator("button:has-text('Save my plan')").click()
    plan.get_by_text("Saved privately in").wait_for(timeout=30000)
    saved = json.loads((user_data / "plans" / "staying_well_plan.json").read_text(encoding="utf-8"))
    assert "Waking at 4 am for a week" in saved["entries"].values()
    assert errors == []
    context.close()
