"""Words My progress shows, in both views."""

KEPT_IN_BROWSER = (
    "Your results are kept in this browser only, on this device. Nothing is sent anywhere. "
    "Export them to move them to another browser or keep a copy; Reset removes them."
)
KEPT_IN_JUPYTER = (
    "Your results are saved privately on this computer, in your own data folder. Nothing is sent anywhere."
)
PAGE_ONLY = "This browser blocks site storage, so results last only while a page is open."
CAPTION = "Quiz questions answered and right, by chapter"
LEGEND = "In each bar, dark blue is right, orange is answered but not right yet, and the empty part is not tried yet."
NOTHING_YET = "No quiz questions answered yet. Answer a chapter's quiz and your results appear here."
TOTAL = "In all: {answered} answered, {right} right."
STRINGS = {
    "nothingYet": NOTHING_YET,
    "total": TOTAL,
    "summarySaved": "Your summary was downloaded as {name}: the date and, per chapter, questions answered and right.",
    "exported": "Your results were downloaded as {name}. Import that file in any browser to carry on there.",
    "imported": "Restored {count} results from {name}. Where both had a question, the later answer was kept.",
    "importFailed": "{name} could not be read as progress ({reason}). Nothing was changed.",
    "notKept": "This browser could not keep them (its storage may be blocked or full); they last while it is open.",
    "cleared": "Your results were removed from this browser.",
}
