"""Print each question bank's tells, in the file's order and as students see it.

    python scripts/quiz_fairness.py

A bank is fair when the right answer is the longest option in at most 40% of its
single-answer questions, no position holds the right answer in more than half, and
(as shown) the single-answer questions' right answers are spread evenly: in the
positions every one of them has, the most-used and least-used differ by at most one.
"""

from __future__ import annotations

from pathlib import Path

from therapybook.core.yaml_files import load_model
from therapybook.kinds.quiz.fairness import tells
from therapybook.kinds.quiz.model import QuizBank
from therapybook.kinds.quiz.order import as_shown

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    for path in sorted((ROOT / "data" / "quiz").glob("*.yml")):
        bank = load_model(QuizBank, path)
        for label, shown in (("file order", bank), ("as shown", as_shown(bank))):
            t = tells(shown)
            print(
                f"{path.stem:28} {label:10} longest option right: {t.longest_right}/{t.single} "
                f"({t.longest_right_rate:.0%}); right answer by position: {t.positions} "
                f"(top {t.same_position_rate:.0%}); single-answer only: {t.single_positions} "
                f"(spread {t.single_spread}) {'fair' if t.fair else 'NOT FAIR'}"
            )


if __name__ == "__main__":
    main()
