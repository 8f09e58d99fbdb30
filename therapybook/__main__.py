"""``python -m therapybook validate``: check all content before building the book."""

from __future__ import annotations

import argparse
import sys

from .validate import main as validate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m therapybook", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("validate", help="check every content file, evidence table and citation key")
    parser.parse_args(argv)
    return validate()


if __name__ == "__main__":
    sys.exit(main())
