"""The PHQ-9 itself: its question, nine items and four answers, word for word, with its authors' credit.

The wording is fixed by the instrument's authors, so it lives here rather than in a content file that
could drift from it. The PHQ-9 is free to reproduce; the credit travels with it in every view.
"""

from __future__ import annotations

STEM = "Over the last 2 weeks, how often have you been bothered by any of the following problems?"

ITEMS = (
    "Little interest or pleasure in doing things",
    "Feeling down, depressed, or hopeless",
    "Trouble falling or staying asleep, or sleeping too much",
    "Feeling tired or having little energy",
    "Poor appetite or overeating",
    "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
    "Trouble concentrating on things, such as reading the newspaper or watching television",
    "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety "
    "or restless that you have been moving around a lot more than usual",
    "Thoughts that you would be better off dead or of hurting yourself in some way",
)

ANSWERS = ("Not at all", "Several days", "More than half the days", "Nearly every day")

CREDIT = (
    "PHQ-9 items and answers as published by Kroenke, Spitzer and Williams (2001). Developed by Drs Robert L. "
    "Spitzer, Janet B. W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc.; "
    "no permission is needed to reproduce it."
)

SCREENS_NOT_DIAGNOSES = (
    "A questionnaire like this screens and tracks symptoms; it does not diagnose. Only a conversation with a "
    "qualified professional can say what is going on and what might help."
)

# Shown, whatever the total, whenever item 9 is answered above "Not at all", in every view.
SAFETY_MESSAGE = (
    "The last question asks about thoughts of being better off dead or of self-harm. In real life, any answer "
    "other than “Not at all” is always worth talking about with someone soon, whatever the total score. "
    "If you have thoughts like these yourself, you deserve support now: call your local emergency number or a "
    "crisis line, such as 988 in the US and Canada or 116 123 (Samaritans) in the UK and Ireland."
)
HELP_LINK_TEXT = "Get help now"
# Without the page script nothing re-scores, so the answers are shown fixed and this says why.
NEEDS_SCRIPT = (
    "The answers below are {client}'s, with the score they give. To change an answer and see the score follow, "
    "this page needs JavaScript turned on."
)
# Chapters are pages in notebooks/; the help page is book/get_help.html beside them in the built book.
HELP_PAGE = "../book/get_help.html"
