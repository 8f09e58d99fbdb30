"""The generated parts of the instructor guide: the chapter map, which questions check each
objective, and bank statistics. None of them shows which option is right."""

from __future__ import annotations

from collections import Counter

from docutils import nodes

from ..core.display import ContentItem
from ..core.registry import kinds
from ..kinds.quiz.model import QuizBank
from .catalogue import Chapter, Exercise, bank, bank_files, chapters, quiz_kinds, where_shown
from .objectives import MIN_QUESTIONS, coverage
from .parts import Cell, bullets, doc_link, para, strong, table

# What each kind of exercise is, in words: the map never shows a folder or file name.
EXERCISE_LABELS = {
    "quiz": "quiz",
    "sort": "sorting exercise",
    "traps": "thinking-trap spotter",
    "walkthrough": "walkthrough",
    "form": "guided form",
    "planner": "activity planner",
    "phq9": "PHQ-9 explainer",
    "relapse_plan": "plan builder",
    "overlap": "interactive illustration",
    "evidence_filter": "trial filter",
}


def exercise_title(exercise: Exercise) -> str:
    """The title students see on the exercise (its content's own, or its kind's when the content has none)."""
    display = kinds()[exercise.kind].display
    content = display.read(exercise.name) if issubclass(display, ContentItem) else None
    title = getattr(content, "title", None) or getattr(display, "title", None)
    return title if isinstance(title, str) else exercise_label(exercise.kind)


def exercise_label(kind: str) -> str:
    return EXERCISE_LABELS.get(kind, kind.replace("_", " "))


def exercise_cells(chapter: Chapter) -> list[str]:
    """Each exercise as "Its title (its kind, N questions)"."""
    graded = set(quiz_kinds().values())
    files = {(f.kind, f.name): f for f in bank_files()}
    cells = []
    for exercise in chapter.exercises:
        title, label = exercise_title(exercise), exercise_label(exercise.kind)
        facts = [] if title.casefold() == label.casefold() else [label]
        file = files.get((exercise.kind, exercise.name))
        if exercise.kind in graded and file is not None:
            facts.append(f"{len(bank(file).questions)} questions")
        cells.append(f"{title} ({', '.join(facts)})" if facts else title)
    return cells


def _link(chapter: Chapter, text: str, from_doc: str, built: set[str]) -> nodes.Node:
    """A link when the chapter is part of this build (a notebook not yet in _toc.yml is not)."""
    return doc_link(chapter.docname, text, from_doc) if chapter.docname in built else nodes.Text(text)


def _builds_on(chapter: Chapter, by_number: dict[int, Chapter], from_doc: str, built: set[str]) -> Cell:
    if not chapter.refers_to:
        return "None: a first chapter" if chapter.number == 1 else "Chapter 1 is assumed throughout"
    links: list[nodes.Node] = []
    for number in chapter.refers_to:
        if links:
            links.append(nodes.Text(", "))
        earlier = by_number.get(number)
        links.append(_link(earlier, str(number), from_doc, built) if earlier else nodes.Text(str(number)))
    return para("Chapter ", *links)


def chapter_map(from_doc: str, built: set[str]) -> list[nodes.Node]:
    """An overview table (time, what each chapter builds on), then each chapter's objectives and exercises."""
    known = chapters()
    by_number = {c.number: c for c in known}
    rows: list[list[Cell]] = [
        [
            para(_link(c, f"{c.number}. {c.title}", from_doc, built)),
            f"{c.minutes} min" if c.minutes else c.time,
            _builds_on(c, by_number, from_doc, built),
            str(len(c.exercises)),
        ]
        for c in known
    ]
    total = sum(c.minutes or 0 for c in known)
    result: list[nodes.Node] = [
        table(["Chapter", "Time", "Builds on", "Exercises"], rows, widths=[46, 12, 26, 16]),
        para(f"{len(known)} chapters, about {total} minutes of study in all ({total / 60:.1f} hours)."),
    ]
    for chapter in known:
        result.append(para(strong(f"Chapter {chapter.number}: {chapter.title}")))
        result.append(para(strong("Estimated time: "), chapter.time))
        result.append(para(strong("Learning objectives:")))
        result.append(bullets(list(chapter.objectives), enumerated=True))
        result.append(para(strong("Exercises: "), "; ".join(exercise_cells(chapter)) + "."))
    return result


def _banks() -> list[tuple[QuizBank, str]]:
    known = chapters()
    return [(bank(f), where_shown(f, known)) for f in bank_files()]


def objective_map() -> list[nodes.Node]:
    """For every bank with objectives: each objective, then the ids and prompts of the questions that check it."""
    result: list[nodes.Node] = []
    for quiz, where in _banks():
        if not quiz.objectives:
            continue
        result.append(para(strong(quiz.title), f" (bank '{quiz.id}', {where})"))
        items: list[Cell] = []
        for objective_id, text in quiz.objectives.items():
            checked = [q for q in quiz.questions if q.objective == objective_id]
            questions = [f"{q.id}: {q.prompt}" for q in checked] or ["No question checks this objective yet."]
            items.append([para(strong(text), f" ({objective_id}, {len(checked)} questions)"), bullets(questions)])
        loose = [f"{q.id}: {q.prompt}" for q in quiz.questions if q.objective is None]
        if loose:
            items.append([para(strong("Not tied to an objective")), bullets(loose)])
        result.append(bullets(items))
    return result


def objective_coverage() -> list[nodes.Node]:
    """Every chapter objective, with how many questions of the chapter's quiz check it."""
    rows: list[list[Cell]] = []
    short = 0
    for row in coverage():
        count = f"{len(row.questions)} ({', '.join(row.questions)})" if row.questions else "0"
        if not row.enough:
            short += 1
            count += f": fewer than {MIN_QUESTIONS}"
        rows.append([str(row.chapter.number), f"{row.number}. {row.text}", count])
    total = len(rows)
    summary = (
        f"{total} objectives; every one is checked by at least {MIN_QUESTIONS} questions."
        if not short
        else f"{total} objectives; {short} checked by fewer than {MIN_QUESTIONS} questions."
    )
    return [table(["Chapter", "Objective", "Questions"], rows, widths=[10, 66, 24]), para(summary)]


TYPES = ("single", "multiple", "truefalse")


def bank_statistics() -> list[nodes.Node]:
    rows: list[list[Cell]] = []
    totals: Counter[str] = Counter()
    for quiz, where in _banks():
        types: Counter[str] = Counter(q.type for q in quiz.questions)
        totals.update(types)
        objectives = Counter(q.objective or "(none)" for q in quiz.questions)
        per_objective = [f"{name}: {count}" for name, count in objectives.items()]
        row: list[Cell] = [f"{quiz.id} ({where})", str(len(quiz.questions))]
        row += [str(types[t]) for t in TYPES]
        row.append(bullets(per_objective) if quiz.objectives else "no objectives (an exercise)")
        rows.append(row)
    rows.append(["All banks", str(sum(totals.values())), *(str(totals[t]) for t in TYPES), ""])
    headers = ["Bank", "Questions", "One answer", "Choose all", "True/false", "Questions per objective"]
    return [table(headers, rows, widths=[26, 10, 10, 10, 10, 34])]
