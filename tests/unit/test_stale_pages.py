"""Which notebook pages the next build reads again, though their files did not change: every notebook when the
package or data/ changed, the chapters that read the trial database when it came or went, none otherwise."""

from __future__ import annotations

import nbformat

from therapybook.stale_pages import pages_to_read_again

BUILT = {"sources": "package and data as built", "trial_data": "|False"}


def notebooks(tmp_path):
    explorer = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell("from therapybook.evidence_explorer import trial_filter\n\ntrial_filter()")]
    )
    # Prose that names the module is not a chapter that reads the database.
    other = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_markdown_cell("See `evidence_explorer`."), nbformat.v4.new_code_cell("Quiz()")]
    )
    files = {"notebooks/13_evidence_explorer": explorer, "notebooks/02_cbt": other}
    for name, notebook in files.items():
        nbformat.write(notebook, tmp_path / f"{name.split('/')[1]}.ipynb")
    return {name: tmp_path / f"{name.split('/')[1]}.ipynb" for name in files}


def test_the_chapter_that_reads_the_trial_database_is_read_again_when_it_comes_or_goes(tmp_path):
    pages = notebooks(tmp_path)
    data_here = {**BUILT, "trial_data": "/shared/data.csv|True"}
    assert pages_to_read_again(BUILT, data_here, pages) == {"notebooks/13_evidence_explorer"}
    assert pages_to_read_again(data_here, BUILT, pages) == {"notebooks/13_evidence_explorer"}


def test_every_notebook_is_read_again_when_the_package_or_data_changed_or_nothing_was_recorded(tmp_path):
    pages = notebooks(tmp_path)
    assert pages_to_read_again(BUILT, {**BUILT, "sources": "a feedback text edited"}, pages) == set(pages)
    assert pages_to_read_again(None, BUILT, pages) == set(pages), "a build from before the record: read them all"


def test_nothing_is_read_again_when_nothing_changed(tmp_path):
    assert pages_to_read_again(BUILT, dict(BUILT), notebooks(tmp_path)) == set()
