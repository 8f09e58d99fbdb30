"""The rules that compare a pool (or a case file) with its practice bank, each problem one line naming the file,
the item and the field:

1. every objective is a key of the practice bank's ``objectives``, and each has at least MIN_VARIANTS variants;
2. the variants of an objective are parallel (interchangeable in a random draw): same type, same number of
   options, same number of right options;
3. no prompt or option repeats a practice question (copies.py), and each question cites a source;
4. the file keeps the banks' fairness limits (kinds/quiz/fairness.py), counted in the file's own order.
"""

from __future__ import annotations

from collections import defaultdict

from ..core.errors import data_dir, display_path
from ..kinds.quiz.fairness import MAX_LONGEST_RIGHT, MAX_SAME_POSITION, tells
from ..kinds.quiz.model import QuizBank
from .copies import copied
from .model import CaseFile, Pool, PoolQuestion

MIN_VARIANTS = 3


def _shape(question: PoolQuestion) -> tuple[str, int, int]:
    return question.type, len(question.options), len(question.correct_indices)


def _describe(question: PoolQuestion) -> str:
    kind, options, right = _shape(question)
    return f"{kind}, {options} options, {right} right"


def _unknown(objective: str, practice: QuizBank) -> str:
    bank_file = display_path(data_dir() / "quiz" / f"{practice.id}.yml")
    return f"'{objective}' is not an objective of {bank_file} (its objectives are: {', '.join(practice.objectives)})"


def pool_problems(pool: Pool, practice: QuizBank, practice_texts: dict[str, str], where: str) -> list[str]:
    problems = [
        f"{where}: question '{q.id}': 'objective': {_unknown(q.objective, practice)}"
        for q in pool.questions
        if q.objective not in practice.objectives
    ]
    variants: dict[str, list[PoolQuestion]] = defaultdict(list)
    for question in pool.questions:
        variants[question.objective].append(question)
    for objective in practice.objectives:
        found = variants.get(objective, [])
        if len(found) < MIN_VARIANTS:
            ids = f" ({', '.join(q.id for q in found)})" if found else ""
            problems.append(
                f"{where}: objective '{objective}' has {len(found)} variant(s){ids}; "
                f"each objective needs at least {MIN_VARIANTS}, so a random draw can give students different ones"
            )
        problems += [
            f"{where}: question '{q.id}': is not parallel to '{found[0].id}', the first variant of objective "
            f"'{objective}' ({_describe(q)}, against {_describe(found[0])}); the variants of an objective have "
            "the same type, number of options and number of right options"
            for q in found[1:]
            if _shape(q) != _shape(found[0])
        ]
    for question in pool.questions:
        if not question.cite:
            problems.append(
                f"{where}: question '{question.id}': 'cite' needs at least one source that supports the key"
            )
        problems += [f"{where}: question '{question.id}': {phrase}" for phrase in copied(question, practice_texts)]
    return problems + _fairness_problems(pool, where)


def _fairness_problems(pool: Pool, where: str) -> list[str]:
    found = tells(QuizBank.model_construct(id=pool.bank, title=pool.title, questions=list(pool.questions)))
    problems = []
    if found.longest_right_rate > MAX_LONGEST_RIGHT:
        problems.append(
            f"{where}: the right option is the longest in {found.longest_right} of {found.single} single-answer "
            f"questions ({found.longest_right_rate:.0%}); at most {MAX_LONGEST_RIGHT:.0%} may be, so that length "
            "gives nothing away"
        )
    if found.same_position_rate > MAX_SAME_POSITION:
        position, count = max(found.positions.items(), key=lambda item: item[1])
        problems.append(
            f"{where}: the right option is option {position} in {count} of {found.one_answer} one-answer "
            f"questions ({found.same_position_rate:.0%}); at most {MAX_SAME_POSITION:.0%} may share a position, "
            f"so spread the right options (now {found.positions})"
        )
    return problems


def case_problems(cases: CaseFile, practice: QuizBank, where: str) -> list[str]:
    problems = []
    for case in cases.cases:
        problems += [
            f"{where}: case '{case.id}': objective {n}: {_unknown(objective, practice)}"
            for n, objective in enumerate(case.objectives, start=1)
            if objective not in practice.objectives
        ]
        problems += [
            f"{where}: case '{case.id}': criterion {n}: 'objective': {_unknown(criterion.objective, practice)}"
            for n, criterion in enumerate(case.rubric, start=1)
            if criterion.objective not in practice.objectives
        ]
    return problems
