"""Every page of the student book ends with the edition, as a reader sees it in the footer: "version 1.0.0
(2026-12-03)", a link to the CC BY 4.0 licence, the code's licence and the suggested attribution line.
(The instructor edition's pages are checked in test_instructor_edition.py, which builds it.)"""

from __future__ import annotations

import pytest
from footers import footer_of, footer_problems
from toc import book_pages

from therapybook.edition import edition

pytestmark = pytest.mark.book


@pytest.mark.parametrize("page", book_pages())
def test_the_footer_shows_version_licence_and_attribution(built_book, page):
    assert footer_problems(built_book / page) == []


def test_the_footer_reads_as_three_plain_sentences(built_book):
    """The exact words on one chapter page, so a change to them is a decision, not an accident."""
    current = edition()
    text = footer_of(built_book / "notebooks" / "02_cbt.html").text
    assert text.endswith(
        f"You are reading {current.label} of this book. "
        "Except where noted, its text, figures, questions and data are licensed under CC BY 4.0, "
        "and its code under the MIT licence. "
        f"To reuse or adapt it, credit it as: {current.attribution}"
    ), text
