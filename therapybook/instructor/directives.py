"""Sphinx directives for instructors, loaded as an extension (``therapybook.instructor.directives``).

In the student book: ``chapter-map``, ``objective-coverage``, ``objective-map`` and ``bank-statistics``
(none shows a right answer). ``answer-keys`` renders every bank's key, and only where the project's configuration sets
``therapybook_answer_keys: true`` (the instructor edition, ``instructor/_config.yml``). Elsewhere it
renders nothing and warns, which fails a build run with warnings as errors, so a key cannot slip
into the student book. One source, one switch, like sphinx-exercise's ``hide_solutions``, but the
default is the safe one.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from ..core.errors import ContentError, data_dir
from .catalogue import NOTEBOOKS, bank, bank_files, chapters, where_shown
from .discussion import discussion_nodes, discussion_path
from .keys import bank_key
from .maps import bank_statistics, chapter_map, objective_coverage, objective_map
from .plans import plans_path
from .schedules import plan_schedule

logger = logging.getLogger(__name__)
SWITCH = "therapybook_answer_keys"


class _Generated(SphinxDirective):
    has_content = False

    def note_sources(self) -> None:
        # Rebuild this page when a bank or a notebook changes, as Sphinx does for an included file.
        for path in [f.path for f in bank_files()] + sorted(NOTEBOOKS.glob("*.ipynb")):
            self.env.note_dependency(str(path))
        self.env.note_dependency(str(data_dir() / "references.bib"))


class ChapterMap(_Generated):
    def run(self) -> list[nodes.Node]:
        self.note_sources()
        return chapter_map(self.env.docname, set(self.env.found_docs))


class ObjectiveMap(_Generated):
    def run(self) -> list[nodes.Node]:
        self.note_sources()
        return objective_map()


class ObjectiveCoverage(_Generated):
    def run(self) -> list[nodes.Node]:
        self.note_sources()
        return objective_coverage()


class CoursePlan(_Generated):
    """``{course-plan} semester-12``: one plan from data/plans/course_plans.yml as a table."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        self.note_sources()
        self.env.note_dependency(str(plans_path()))
        try:
            return plan_schedule(self.arguments[0], self.env.docname, set(self.env.found_docs))
        except ContentError as error:
            logger.warning(str(error), location=(self.env.docname, self.lineno))
            return []


class DiscussionQuestions(_Generated):
    """``{discussion-questions}``: each chapter's discussion questions and assessment idea (data/teaching)."""

    def run(self) -> list[nodes.Node]:
        self.note_sources()
        self.env.note_dependency(str(discussion_path()))
        try:
            return discussion_nodes()
        except ContentError as error:
            logger.warning(str(error), location=(self.env.docname, self.lineno))
            return []


class BankStatistics(_Generated):
    def run(self) -> list[nodes.Node]:
        self.note_sources()
        return bank_statistics()


class AnswerKeys(_Generated):
    def run(self) -> list[nodes.Node]:
        if not self.config[SWITCH]:
            logger.warning(
                "answer-keys: answer keys belong to the instructor edition only (make instructor); "
                f"this project does not set '{SWITCH}: true'",
                location=(self.env.docname, self.lineno),
            )
            return []
        self.note_sources()
        known = chapters()
        return [bank_key(bank(f), where_shown(f, known)) for f in bank_files()]


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_config_value(SWITCH, False, "env", [bool])
    app.add_directive("chapter-map", ChapterMap)
    app.add_directive("objective-map", ObjectiveMap)
    app.add_directive("objective-coverage", ObjectiveCoverage)
    app.add_directive("bank-statistics", BankStatistics)
    app.add_directive("course-plan", CoursePlan)
    app.add_directive("discussion-questions", DiscussionQuestions)
    app.add_directive("answer-keys", AnswerKeys)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
