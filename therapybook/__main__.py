"""``python -m therapybook validate``: check all content before building the book."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .validate import main as validate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m therapybook", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("validate", help="check every content file, evidence table and citation key")
    copies = commands.add_parser("student-copies", help="write the notebooks students open into a folder")
    copies.add_argument("folder", type=Path, help="where the copies go (make lab uses student/)")
    args = parser.parse_args(argv)
    if args.command == "student-copies":
        return student_copies(args.folder)
    return validate()


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
