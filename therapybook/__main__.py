"""``python -m therapybook validate``: check all content before building the book;
``export``: write the question banks for Moodle (GIFT) or Canvas (QTI), or the whole course (Common Cartridge);
``export --pool``: the assessment pool for graded use (assessment/), with its cases' marking sheets;
``answer-keys``: one printable answer key per chapter (PDF), for marking by hand;
``slides``: lecture slides per chapter, as a self-contained HTML deck and a PDF;
``pdf``: the whole book and each chapter as PDFs, printed from the built book; ``epub``: the book as an EPUB 3 file;
``release``: gather the editions."""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

from .edition_commands import EDITION_COMMANDS, add_edition_commands, run_edition_command
from .export.qti import GRADED, MAX_POINTS, QUIZ_TYPES, CanvasQuiz
from .validate import main as validate

CHOOSE_ALL = (
    "Canvas scores a choose-all (multiple answers) question by dividing its points by the number of right "
    "options: each right option ticked earns one share, each wrong option ticked takes one share away, "
    "and a question never scores below 0."
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m therapybook", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("validate", help="check every content file, evidence table and citation key")
    copies = commands.add_parser("student-copies", help="write the notebooks students open into a folder")
    copies.add_argument("folder", type=Path, help="where the copies go (make lab uses student/)")
    export = commands.add_parser(
        "export", help="write every question bank for Moodle (gift) or Canvas (qti), or the course (cc)"
    )
    export.add_argument(
        "--format",
        required=True,
        choices=["gift", "qti", "cc", "sheets"],
        help="gift: Moodle; qti: Canvas; cc: the whole course as one Common Cartridge 1.1 file (.imscc); "
        "sheets: the cases' printable marking sheets (with --pool only)",
    )
    export.add_argument(
        "--pool",
        action="store_true",
        help="export the assessment pool for graded use (assessment/): one category or question group per objective",
    )
    export.add_argument("--out", required=True, type=Path, help="the folder to write into (created if missing)")
    export.add_argument("--chapters", help="only these chapters, comma-separated, e.g. 02_cbt,05_interpersonal_therapy")
    export.add_argument("--force", action="store_true", help="replace files an earlier export left in --out")
    export.add_argument(
        "--book-url",
        metavar="URL",
        help="--format cc: link each chapter to the book published here (default: html.baseurl in _config.yml; "
        "with neither, the cartridge holds the chapters from the built book)",
    )
    canvas = export.add_argument_group("Canvas quizzes (--format qti only)", CHOOSE_ALL)
    quiz_type = canvas.add_mutually_exclusive_group()
    quiz_type.add_argument(
        "--quiz-type",
        choices=list(QUIZ_TYPES),
        help="; ".join(
            f"{name}{' (the default)' if name == GRADED else ''}: {kind.meaning}" for name, kind in QUIZ_TYPES.items()
        ),
    )
    quiz_type.add_argument(
        "--graded", dest="quiz_type", action="store_const", const=GRADED, help=f"the same as --quiz-type {GRADED}"
    )
    quiz_type.add_argument(
        "--practice",
        dest="quiz_type",
        action="store_const",
        const="practice_quiz",
        help="the same as --quiz-type practice_quiz",
    )
    canvas.add_argument("--points", type=points, metavar="N", help="points per question, such as 1 or 2.5 (default: 1)")
    keys = commands.add_parser("answer-keys", help="write one printable answer key per chapter (PDF, lettered options)")
    keys.add_argument("--out", required=True, type=Path, help="the folder to write into (created if missing)")
    keys.add_argument("--chapters", help="only these chapters, comma-separated, e.g. 02_cbt,05_interpersonal_therapy")
    keys.add_argument("--force", action="store_true", help="replace answer keys an earlier run left in --out")
    add_edition_commands(commands)
    args = parser.parse_args(argv)
    if args.command in EDITION_COMMANDS:
        return run_edition_command(parser, args)
    if args.command == "student-copies":
        return student_copies(args.folder)
    if args.command == "answer-keys":
        return answer_keys(parser, args.out, args.chapters, args.force)
    if args.command == "export":
        if args.format == "cc" and (args.quiz_type or args.points):
            export.error(
                "--points and --quiz-type are for Canvas quizzes (--format qti); "
                "the cartridge's quizzes are practice quizzes"
            )
        if args.format != "qti" and (args.quiz_type or args.points):
            given = "--points" if args.points else "--quiz-type (or --graded, --practice)"
            export.error(
                f"{given} is for Canvas quizzes (--format qti); GIFT has no field for points or a quiz type: "
                "Moodle sets the marks when you add the questions to a quiz"
            )
        if args.book_url is not None and args.format != "cc":
            export.error("--book-url is for the course cartridge (--format cc)")
        if args.format == "cc" and args.pool:
            export.error(
                "--pool exports to Moodle (gift) or Canvas (qti); the course cartridge holds the practice quizzes"
            )
        if args.format == "cc":
            return export_course(parser, args.out, args.chapters, args.book_url, args.force)
        if args.format == "sheets" and not args.pool:
            export.error("--format sheets prints the marking sheets of the assessment pool's cases: add --pool")
        settings = CanvasQuiz(args.quiz_type or GRADED, args.points or 1.0)
        return export_banks(parser, args.format, args.out, args.chapters, args.force, settings, args.pool)
    return validate()


def points(value: str) -> float:
    """``--points``: a number of points above 0 (argparse names the option in front of the message)."""
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if not (math.isfinite(number) and 0 < number <= MAX_POINTS):
        raise argparse.ArgumentTypeError(
            f"'{value}' is not a number of points above 0 and at most {MAX_POINTS:g}, such as 1 or 2.5"
        )
    return number


def export_banks(
    parser: argparse.ArgumentParser,
    format_name: str,
    out: Path,
    chapters: str | None,
    force: bool,
    canvas: CanvasQuiz,
    pool: bool = False,
) -> int:
    from .core.errors import ContentError
    from .export.banks import ExportError
    from .export.command import export, split_chapters
    from .pool.command import export_pool

    try:
        (export_pool if pool else export)(format_name, out, split_chapters(chapters), force, canvas)
    except ExportError as error:
        parser.exit(2, f"{parser.prog} export: error: {error}\n")
    except ContentError as error:
        parser.exit(1, f"{error}\n")
    return 0


def export_course(
    parser: argparse.ArgumentParser, out: Path, chapters: str | None, book_url: str | None, force: bool
) -> int:
    from .core.errors import ContentError
    from .export.banks import ExportError
    from .export.cc.command import export_cartridge
    from .export.command import split_chapters

    try:
        export_cartridge(out, split_chapters(chapters), book_url, force)
    except ExportError as error:
        parser.exit(2, f"{parser.prog} export: error: {error}\n")
    except ContentError as error:
        parser.exit(1, f"{error}\n")
    return 0


def answer_keys(parser: argparse.ArgumentParser, out: Path, chapters: str | None, force: bool) -> int:
    from .core.errors import ContentError
    from .instructor.answer_keys import AnswerKeyError, write_answer_keys

    names = [n.strip() for n in chapters.split(",") if n.strip()] if chapters else None
    try:
        written = write_answer_keys(out, names, force)
    except AnswerKeyError as error:
        parser.exit(2, f"{parser.prog} {error}\n")
    except ContentError as error:
        parser.exit(1, f"{error}\n")
    for path in written:
        print(f"Wrote {path}")
    print(f"{len(written)} answer key(s) in {out}/: options lettered A, B, C... as students see them.")
    return 0


def student_copies(folder: Path) -> int:
    from .student.copies import write_copies

    report = write_copies(folder)
    for path in report.written:
        print(f"New copy: {path}")
    for path in report.kept:
        print(
            f"Kept your copy {path}: the chapter has changed since you started it. "
            f"To get the new version, rename or delete your copy and run this again."
        )
    print(f"Your notebooks are in {folder}/. Working in them never changes the book's own files.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
