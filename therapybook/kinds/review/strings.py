"""Words the Review deck shows, in both views. The rule itself is worded in therapybook.progress.spacing."""

from ...progress.spacing import SURE_DAYS

RULE_HEADING = "How the deck is chosen"
RULE = (
    "A question waits before it comes back: not at all if it was not right or you asked to see the answer; "
    "1 day if you guessed or needed more than one try; 3 days if you were unsure; and "
    f"{SURE_DAYS[0]} days if you were sure, then {SURE_DAYS[1]}, then {SURE_DAYS[2]} as you keep getting it right "
    "at the first try on later days.",
    "Of the questions that are due, the deck takes first the ones you missed, then the ones you guessed or found "
    "hard, then the ones you were unsure of, then ones you got right a while ago, and then ones you have not "
    "tried yet.",
    "Within each of those, the question waiting longest comes first, and the deck mixes chapters.",
)
KEPT = "Your answers here count in My progress too, and are kept where your quiz results are. Nothing is sent anywhere."
NOTHING_DUE = (
    "Nothing is due for review right now: you have answered every question, and none is waiting to come back yet. "
    "Well done. Come back in a day or two."
)
STRINGS = {
    "from": "From {chapter}.",
    "why": "Why now: {reason}",
    "nothingDue": NOTHING_DUE,
    "dealt": "A new deck of {count} questions.",
    "unavailable": (
        "The review questions could not be loaded ({reason}). Open the book from its web address, or with make "
        "serve, rather than as a file; the chapters' quizzes still work."
    ),
    "score": "{right} of {count} right in this deck.",
}
