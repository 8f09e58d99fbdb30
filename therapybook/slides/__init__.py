"""Lecture slides made from each chapter: ``python -m therapybook slides --out DIR``.

Every slide's words come from the chapter's own sources, so the slides change when the chapter does:
the title and figures from the notebook (its first cell; each figure drawn again at slide scale by its own code
cell, with its alt text and its caption's first sentence as the heading; its ``## Summary``), the objectives
from the chapter's bank, the discussion questions from ``data/teaching/discussion.yml``, the edition and
licence from ``therapybook.edition``, and the help words from ``core/help_line.py`` and ``book/get_help.md``.

``deck`` assembles the slides (``redraw`` and ``slide_scale`` draw the figures), ``render`` writes one
self-contained HTML file per chapter and ``pdf`` prints it with Chromium; ``command`` is the command line's part.
"""
