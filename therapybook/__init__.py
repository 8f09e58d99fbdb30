"""therapybook: the engine behind the book's quizzes and walkthroughs.

Content lives in data/*.yml, logic in plain Python (grading, stepping), and
each item has a live widget view and a kernel-free HTML view.
"""

from .display import ActivityPlanner, Form, Quiz, TrapSpotter, Walkthrough
from .loading import ContentError, load_quiz, load_walkthrough

__all__ = [
    "ActivityPlanner",
    "ContentError",
    "Form",
    "Quiz",
    "TrapSpotter",
    "Walkthrough",
    "load_quiz",
    "load_walkthrough",
]
