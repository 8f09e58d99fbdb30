"""The one error the print editions raise: the message names the page or file and what is wrong with it."""

from __future__ import annotations


class PrintError(Exception):
    """The edition cannot be made as asked (the book is not built, a figure is missing, a page loads from another
    host); the message says which file and why."""
