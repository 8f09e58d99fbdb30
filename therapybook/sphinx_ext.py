"""A tiny Sphinx extension that the book loads (see _config.yml).

It joins every kind's page script and style into one JS and one CSS file
(so the browser caches them once, and each kind registers itself), puts the "get help now" notice on every page,
puts the edition (version, date, licence and attribution) in every page's footer,
and removes what a default Jupyter Book 1 page would fetch or complain about.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import nbformat
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.environment import BuildEnvironment
from sphinx.writers.html5 import HTML5Translator

from .core.assets import SCRIPT_NAME, STYLE_NAME, sources, write_assets
from .core.help_line import notice_html
from .css_pruning import prune_styles
from .edition_footer import add_edition_footer
from .editions.chapter_pdfs import chapter_pdfs_possible
from .editions.sphinx_hooks import offer_chapter_pdf, print_chapter_pdfs
from .first_screen import defer_scripts
from .light_images import shrink_charts
from .light_pages import drop_unused_files
from .progress.index import write_question_files
from .worksheets import add_worksheet_directive

TEMPLATES_DIR = Path(__file__).parent / "sphinx_templates"
HELP_PAGE = "book/get_help"


def add_help_notice(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> None:
    if doctree is None or pagename == HELP_PAGE or "body" not in context:
        return
    link = context["pathto"](HELP_PAGE)
    # str() first: adding a str to Markup would escape the whole page body.
    context["body"] = str(notice_html(link)) + context["body"]


def drop_thebe(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> None:
    # Jupyter Book 1 always loads sphinx-thebe and declares its inline config
    # twice ("Identifier 'THEBE_JS_URL' has already been declared"). Readers
    # have no kernel, and thebe itself would come from a CDN: the book needs none of it.
    context["script_files"] = [js for js in context.get("script_files", []) if not _is_thebe(js)]


def _is_thebe(script: Any) -> bool:
    filename = getattr(script, "filename", None) or str(script)
    body = getattr(script, "attributes", {}).get("body", "")
    return "thebe" in filename or "THEBE_JS_URL" in body


def drop_widget_state(app: Sphinx, doctree: Any) -> None:
    # Executed notebooks carry ipywidgets state, and myst-nb would embed it in
    # the page (and load the widget manager from a CDN). The book shows the
    # text/html views instead, so that state is dead weight.
    nb_metadata = getattr(app.env, "nb_metadata", {})
    js_files = nb_metadata.get(app.env.docname, {}).get("js_files", {})
    for key in [k for k in js_files if k.startswith("ipywidgets")]:
        del js_files[key]


class CitationListTranslator(HTML5Translator):
    """Bibliography entries as list items.

    docutils marks each entry role="doc-biblioentry" inside a role="list"
    wrapper; ARIA 1.2 deprecates that role and a list needs listitem children,
    so screen readers (and axe) get a broken list. The theme adds its own mixin
    on top of this class.
    """

    def visit_citation(self, node: Any) -> None:
        if not isinstance(node.previous_sibling(), type(node)):
            self.body.append('<div role="list" class="citation-list">\n')
        self.body.append(self.starttag(node, "div", classes=[node.tagname], role="listitem"))


def add_theme_overrides(app: Sphinx, config: Config) -> None:
    config.templates_path.append(str(TEMPLATES_DIR))


def launch_buttons_need_a_repository(app: Sphinx, config: Config) -> None:
    # _config.yml names Binder, but a launch link needs the repository's address; sphinx-book-theme
    # fails the build without one. A fork that has not set repository.url just shows no launch button.
    options = config.html_theme_options
    if not options.get("repository_url"):
        options.pop("launch_buttons", None)


def add_joined_assets(app: Sphinx) -> None:
    # Written beside the doctrees (a build folder), then copied into _static like any static path.
    folder = Path(app.doctreedir).parent / "therapybook-assets"
    write_assets(folder)
    # The Review page fetches its questions from here (_static/questions/<bank>.json) when it deals a deck.
    write_question_files(folder / "questions")
    app.config.html_static_path.append(str(folder))


def offer_student_copies(app: Sphinx, exception: Exception | None) -> None:
    """The notebook a reader downloads is the student copy, which reads well in Jupyter (citations as text)."""
    if exception is not None or app.builder.format != "html":
        return
    from .student.copies import student_notebook
    from .student.outputs import STUDENT_COPY

    for docname in app.env.found_docs:
        source = Path(app.env.doc2path(docname))
        target = Path(app.outdir) / "_sources" / f"{docname}.ipynb"
        # Sphinx copies the raw chapter only when it rewrites the page; an unchanged page keeps its copy.
        if source.suffix == ".ipynb" and target.exists() and STUDENT_COPY not in _metadata(target):
            nbformat.write(student_notebook(source), target)


def _metadata(notebook: Path) -> dict[str, Any]:
    return dict(json.loads(notebook.read_text(encoding="utf-8")).get("metadata", {}))


def source_fingerprint() -> int:
    """Changes when this file or any kind's page script or style changes, so Sphinx re-renders every page."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for helper in (
        "light_pages.py",
        "first_screen.py",
        "core/help_line.py",
        "worksheets.py",
        "editions/chapter_pdfs.py",
    ):
        digest.update((Path(__file__).parent / helper).read_bytes())
    # A chapter page links to its PDF only where Chromium can print it: re-render when that changes.
    digest.update(str(chapter_pdfs_possible()).encode())
    digest.update((TEMPLATES_DIR / "layout.html").read_bytes())
    for path in sources("js") + sources("css"):
        digest.update(path.read_bytes())
    return int(digest.hexdigest()[:8], 16)


def refresh_execution_cache(app: Sphinx, config: Config) -> None:
    """Run the notebooks again when this package or data/ changed (execution_cache.py says why)."""
    from .core.errors import data_dir
    from .execution_cache import refresh

    configured = getattr(config, "nb_execution_cache_path", "")
    cache = Path(configured) if configured else Path(app.outdir).parent / ".jupyter_cache"
    if refresh(cache, data_dir()):
        print("therapybook: the package, data/ or the trial data changed, so the execution cache was emptied")


def read_stale_notebooks_again(
    app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    """Chapter pages whose outputs changed with the package, data/ or the trial database (stale_pages.py says why)."""
    from .core.errors import data_dir
    from .execution_cache import made_from
    from .stale_pages import ENV_ATTRIBUTE, pages_to_read_again

    now = made_from(data_dir())
    sources = {docname: Path(env.doc2path(docname)) for docname in env.found_docs}
    notebooks = {docname: path for docname, path in sources.items() if path.suffix == ".ipynb"}
    stale = pages_to_read_again(getattr(env, ENV_ATTRIBUTE, None), now, notebooks) - added
    setattr(env, ENV_ATTRIBUTE, now)
    if stale:
        print(f"therapybook: the package, data/ or the trial data changed: {len(stale)} notebook page(s) read again")
    return sorted(stale)


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("config-inited", refresh_execution_cache)
    app.connect("env-get-outdated", read_stale_notebooks_again)
    app.connect("config-inited", add_theme_overrides)
    app.connect("config-inited", launch_buttons_need_a_repository)
    app.connect("config-inited", add_edition_footer)
    app.set_translator("html", CitationListTranslator)
    app.connect("builder-inited", add_joined_assets)
    app.add_css_file(STYLE_NAME)
    app.add_js_file(SCRIPT_NAME, loading_method="defer")
    app.connect("doctree-read", drop_widget_state)
    app.connect("html-page-context", add_help_notice)
    app.connect("html-page-context", drop_thebe)
    app.connect("html-page-context", drop_unused_files)
    app.connect("html-page-context", defer_scripts)
    app.connect("build-finished", offer_student_copies)
    app.connect("build-finished", prune_styles)
    app.connect("build-finished", shrink_charts)
    app.connect("html-page-context", offer_chapter_pdf)
    app.connect("build-finished", print_chapter_pdfs)
    add_worksheet_directive(app)
    # Sphinx re-renders every page when env_version changes; tie it to the sources so an
    # edit (the notice, the fixes, a kind's script) never leaves stale pages behind.
    return {
        "version": "1.0",
        "env_version": source_fingerprint(),
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
