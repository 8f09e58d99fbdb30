"""A course plan as a table: one row per week or session, with the chapters to read, their reading time (added up
from each chapter's "Estimated time") and what happens in the session. The guide shows every plan; each printable
schedule page (book/plans/) shows one, and prints on a single A4 page."""

from __future__ import annotations

from docutils import nodes

from .catalogue import Chapter
from .parts import Cell, doc_link, para, strong, table
from .plans import STUDY_PAGES, STUDY_TITLES, Week, plan

PLAN_CLASS = "tb-plan"


def minutes(total: int) -> str:
    return f"{total} min"


def hours(total: int) -> str:
    return f"{total} minutes (about {total / 60:.1f} hours)"


def _chapter(chapter: Chapter, from_doc: str, built: set[str]) -> nodes.Node:
    text = f"Chapter {chapter.number}: {chapter.title}"
    return doc_link(chapter.docname, text, from_doc) if chapter.docname in built else nodes.Text(text)


def _study(name: str, from_doc: str, built: set[str]) -> nodes.Node:
    text = f"the {STUDY_TITLES[name]} page"
    docname = STUDY_PAGES[name]
    return doc_link(docname, text, from_doc) if docname in built else nodes.Text(text)


def _reading(week: Week, from_doc: str, built: set[str]) -> list[nodes.Node]:
    cell: list[nodes.Node] = [para(_chapter(c, from_doc, built)) for c in week.core]
    if week.optional:
        optional: list[str | nodes.Node] = [strong("Optional: ")]
        for i, chapter in enumerate(week.optional):
            optional += [nodes.Text("; ")] if i else []
            optional.append(_chapter(chapter, from_doc, built))
        cell.append(para(*optional))
    if week.study:
        links: list[str | nodes.Node] = ["Use "]
        for i, name in enumerate(week.study):
            links += [nodes.Text(" and ")] if i else []
            links.append(_study(name, from_doc, built))
        cell.append(para(*links))
    return cell or [para("No new reading")]


def _time(week: Week) -> str:
    if not week.core and not week.optional:
        return minutes(0)
    extra = f" (+{minutes(week.optional_minutes)} optional)" if week.optional else ""
    return minutes(week.minutes) + extra


def plan_schedule(plan_id: str, from_doc: str, built: set[str]) -> list[nodes.Node]:
    """The plan's introduction, its table and its total reading time."""
    chosen, weeks = plan(plan_id)
    rows: list[list[Cell]] = [[str(w.number), _reading(w, from_doc, built), _time(w), w.focus] for w in weeks]
    headers = [chosen.unit, "Read before it", "Reading time", "In the session"]
    core = sum(w.minutes for w in weeks)
    everything = core + sum(w.optional_minutes for w in weeks)
    total = f"Reading in all: {hours(core)}"
    if everything != core:
        total = f"Core reading: {hours(core)}; with every optional chapter, {hours(everything)}"
    note = " Times are the chapters' own estimates for a student working alone, quiz included."
    return [
        para(chosen.intro),
        table(headers, rows, widths=[8, 40, 14, 38], classes=[PLAN_CLASS]),
        para(total + "." + note),
    ]
