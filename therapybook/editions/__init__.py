"""The book on paper and offline: the built pages made into clean, script-free parts (``parts.py``), put together
as one printable document (``assemble.py``) and printed to PDF by Debian's Chromium (``printing.py``).

The parts are what any offline edition reuses: each is one page of the book as plain HTML, its quizzes as
numbered questions with lettered options and their keys in an "Answers" section at the part's end, its figures
as images with their alt text, and its links pointing wherever the edition says (``Linker``).
"""
