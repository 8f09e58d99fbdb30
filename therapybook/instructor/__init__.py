"""For instructors: what the book holds (catalogue.py), and the guide's generated maps and the
answer keys as Sphinx directives (directives.py)."""
