"""What a student does in a real JupyterLab 4 or Notebook 7, shared by the Jupyter tests."""

from __future__ import annotations

from urllib.parse import unquote

from playwright.sync_api import TimeoutError as PlaywrightTimeout


def open_notebook(page, url):
    page.goto(url + ("&" if "?" in url else "?") + "reset")  # a clean workspace: only this notebook open
    page.wait_for_selector(".jp-Notebook .jp-MarkdownCell", timeout=60000)
    page.wait_for_function("document.querySelectorAll('.jp-MarkdownCell').length > 10", timeout=60000)


def markdown_text(page, cells=None) -> str:
    """Scroll through every cell first: JupyterLab renders Markdown only once a cell has been on screen."""
    cells = cells or page.locator(".jp-MarkdownCell")
    for i in range(cells.count()):
        cells.nth(i).scroll_into_view_if_needed()
        page.wait_for_function("cell => cell.innerText.trim().length > 0", arg=cells.nth(i).element_handle())
    return "\n".join(cells.all_inner_texts())


def run_all(page, url, ready: str) -> None:
    """Open a notebook and choose Run › Run All Cells, as a student does; ``ready`` is a button of the last exercise."""
    page.goto(url + ("&" if "?" in url else "?") + "reset")
    page.wait_for_selector(".jp-Notebook .jp-MarkdownCell", timeout=60000)
    # Run All before the kernel is up can leave the cells unrun: wait for the kernel to say it is idle (JupyterLab's
    # status bar; Notebook 7 fades its kernel indicator).
    idle = ".jp-StatusBar-TextItem:has-text('| Idle')" if "/lab/" in url else ".jp-NotebookKernelStatus-fade"
    page.locator(idle).first.wait_for(state="attached", timeout=60000)
    wait_for_the_kernel(page, url)
    # A Run All that reaches a kernel still starting can be dropped (the cells stay unrun, as a student would see
    # and simply choose Run All again); so can the test, twice at most, before it fails.
    for attempt in range(3):
        page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
        page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
        try:
            page.locator(".tb-live button", has_text=ready).first.wait_for(timeout=60000)
            return
        except PlaywrightTimeout:
            if attempt == 2:
                raise


def wait_for_the_kernel(page, url) -> None:
    """Wait until the server says this notebook's kernel is up and idle. The page's own indicator can show before
    that on a busy machine, and a Run All sent then is lost ("Session has no kernel")."""
    server = url.split("lab/tree/")[0] if "lab/tree/" in url else url.split("notebooks/")[0]
    name = url.split("?")[0].rsplit("/", 1)[-1]
    page.wait_for_function(
        """([server, name]) => fetch(server + "api/sessions").then(r => r.json())
             .then(sessions => sessions.some(s => s.path.endsWith(name) && s.kernel?.execution_state === "idle"))
             .catch(() => false)""",
        arg=[server, name],
        polling=250,
        timeout=60000,
    )


def shut_down_kernels(page, url) -> int:
    """Close the notebook's tab and stop every kernel, as closing Jupyter and coming back another day does; returns
    how many are left (0). The tab goes first: a notebook left open complains of its lost kernel while the test
    reopens it."""
    xsrf = unquote(next((c["value"] for c in page.context.cookies(url) if c["name"] == "_xsrf"), ""))
    page.goto("about:blank")
    server = page.context.request
    for kernel in server.get(url + "api/kernels").json():
        server.delete(url + f"api/kernels/{kernel['id']}", headers={"X-XSRFToken": xsrf})
    return len(server.get(url + "api/kernels").json())
