"""The exercises of chapters 8-10 as a student meets them in Jupyter: the live views over the book's
own data (the other widget tests use the fixture data), driven the way a student clicks."""

from __future__ import annotations

from therapybook import Sorter, Walkthrough


def test_claim_checker_wrong_then_right_for_every_claim():
    view = Sorter.from_file("claim_checker").view()
    assert len(view.questions) >= 12
    for question_id, question_view in view.questions.items():
        question = question_view.question
        right = next(i for i, o in enumerate(question.options) if o.correct)
        wrong = next(i for i, o in enumerate(question.options) if not o.correct)
        question_view.choice.value = wrong
        question_view.check.click()
        assert "Not quite." in question_view.feedback.value, question_id
        assert question.explanation not in question_view.feedback.value, "the explanation waits for the right answer"
        question_view.choice.value = right
        question_view.check.click()
        assert "Correct." in question_view.feedback.value, question_id
    assert view.score.value.startswith(f"<p><b>{len(view.questions)} of {len(view.questions)} correct")


def test_stepped_care_lens_shows_each_severity_its_own_text():
    walkthrough = Walkthrough.from_file("stepped_care")
    walk, view = walkthrough.content, walkthrough.view()
    assert [o.id for o in walk.lens.options] == ["less", "more"]
    for _ in range(2):
        view.next.click()
    less = view.step_text.value
    view.lens.value = "more"
    assert view.step_text.value != less
    assert "Step 3 of" in view.position.value, "changing the lens keeps the step"


def test_medication_walkthrough_steps_to_the_end_and_gives_no_doses():
    walkthrough = Walkthrough.from_file("medication_appointments")
    walk, view = walkthrough.content, walkthrough.view()
    texts = []
    for lens in [o.id for o in walk.lens.options]:
        view.lens.value = lens
        for _ in range(len(walk.steps)):
            texts.append(view.step_text.value)
            view.next.click()
    assert f"Step {len(walk.steps)} of {len(walk.steps)}" in view.position.value
    assert not any(" mg" in text for text in texts), "the book never gives doses"


def test_recovery_stages_read_differently_through_each_therapy_lens():
    walkthrough = Walkthrough.from_file("recovery_by_therapy")
    walk, view = walkthrough.content, walkthrough.view()
    assert [o.id for o in walk.lens.options] == ["cbt", "ipt", "ba", "mbct", "psychodynamic"]
    for _ in range(len(walk.steps)):
        seen = set()
        for lens in [o.id for o in walk.lens.options]:
            view.lens.value = lens
            seen.add(view.step_text.value)
        assert len(seen) == len(walk.lens.options), f"each therapy has its own text at {view.position.value}"
        view.next.click()
