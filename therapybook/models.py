"""Content models: what a quiz or walkthrough file may contain.

These are validated on load, so every later step can trust the data. Rules
that span fields (how many options are correct, which lens ids exist) live
here too, next to the fields they constrain.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

MAX_TEXT = 2000
NO_LENS = "text"

Identifier = Annotated[
    str,
    StringConstraints(strip_whitespace=True, pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=64),
]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_TEXT)]
CiteKey = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_:-]+$", max_length=80)]


def reject_duplicate_ids(ids: list[str], kind: str) -> None:
    seen: set[str] = set()
    for item_id in ids:
        if item_id in seen:
            raise ValueError(f"{kind} id '{item_id}' is used twice")
        seen.add(item_id)


class ContentModel(BaseModel):
    # Unknown keys are usually typos ("feedbak"); rejecting them saves silent data loss.
    model_config = ConfigDict(extra="forbid", frozen=True)


class Option(ContentModel):
    text: Text
    correct: bool = False
    feedback: Text


class Question(ContentModel):
    id: Identifier
    type: Literal["single", "multiple", "truefalse"]
    prompt: Text
    options: list[Option] = Field(min_length=2, max_length=10)
    explanation: Text
    objective: Identifier | None = None
    cite: list[CiteKey] = Field(default_factory=list)

    @model_validator(mode="after")
    def _answers_make_sense(self) -> Question:
        n_correct = sum(option.correct for option in self.options)
        if self.type == "multiple":
            if n_correct < 1:
                raise ValueError("a 'multiple' question needs at least one correct option")
        elif n_correct != 1:
            raise ValueError(f"a '{self.type}' question needs exactly one correct option, found {n_correct}")
        if self.type == "truefalse" and [o.text for o in self.options] != ["True", "False"]:
            raise ValueError("a 'truefalse' question has exactly two options, 'True' then 'False'")
        texts = [option.text.casefold() for option in self.options]
        if len(set(texts)) != len(texts):
            raise ValueError("two options have the same text")
        return self

    @property
    def correct_indices(self) -> frozenset[int]:
        return frozenset(i for i, option in enumerate(self.options) if option.correct)


class QuizBank(ContentModel):
    id: Identifier
    title: Text
    objectives: dict[Identifier, Text] = Field(default_factory=dict)
    questions: list[Question] = Field(min_length=1)

    @model_validator(mode="after")
    def _ids_are_consistent(self) -> QuizBank:
        reject_duplicate_ids([q.id for q in self.questions], "question")
        for question in self.questions:
            if question.objective and question.objective not in self.objectives:
                raise ValueError(
                    f"question '{question.id}': objective '{question.objective}' is not listed under 'objectives'"
                )
        return self


class LensOption(ContentModel):
    id: Identifier
    label: Text


class Lens(ContentModel):
    label: Text
    options: list[LensOption] = Field(min_length=1)

    @property
    def ids(self) -> list[str]:
        return [option.id for option in self.options]


class Step(ContentModel):
    id: Identifier
    title: Text
    # One text per lens option. A walkthrough without a lens gives plain text,
    # kept under the key "text" so both cases are read the same way.
    text: dict[Identifier, Text]
    cite: list[CiteKey] = Field(default_factory=list)

    @field_validator("text", mode="before")
    @classmethod
    def _plain_text_without_lens(cls, value: object) -> object:
        return {NO_LENS: value} if isinstance(value, str) else value


class WalkthroughContent(ContentModel):
    id: Identifier
    title: Text
    intro: Text | None = None
    lens: Lens | None = None
    steps: list[Step] = Field(min_length=1)

    @model_validator(mode="after")
    def _every_step_fits_the_lens(self) -> WalkthroughContent:
        reject_duplicate_ids([s.id for s in self.steps], "step")
        for step in self.steps:
            expected = self.lens.ids if self.lens else [NO_LENS]
            if self.lens is None and list(step.text) != [NO_LENS]:
                raise ValueError(f"step '{step.id}': 'text' must be plain text when there is no lens")
            missing = [i for i in expected if i not in step.text]
            unknown = [k for k in step.text if k not in expected]
            if missing:
                raise ValueError(f"step '{step.id}': 'text' has no entry for lens option(s) {missing}")
            if unknown:
                raise ValueError(f"step '{step.id}': 'text' has entries for unknown lens option(s) {unknown}")
        return self


# --- Exercises -----------------------------------------------------------------


class Trap(ContentModel):
    id: Identifier
    label: Text
    # Completes "<label> means ...", so generated feedback reads as a sentence.
    definition: Text


class TrapThought(ContentModel):
    id: Identifier
    text: Text
    trap: Identifier
    explanation: Text
    hint: Text
    feedback: dict[Identifier, Text] = Field(default_factory=dict)


class TrapSpotterContent(ContentModel):
    """Thoughts to sort into thinking traps: a quiz whose options are always the traps."""

    id: Identifier
    title: Text
    intro: Text | None = None
    traps: list[Trap] = Field(min_length=2, max_length=10)
    thoughts: list[TrapThought] = Field(min_length=1)

    @model_validator(mode="after")
    def _thoughts_name_known_traps(self) -> TrapSpotterContent:
        trap_ids = [t.id for t in self.traps]
        reject_duplicate_ids(trap_ids, "trap")
        reject_duplicate_ids([t.id for t in self.thoughts], "thought")
        for thought in self.thoughts:
            unknown = [t for t in [thought.trap, *thought.feedback] if t not in trap_ids]
            if unknown:
                raise ValueError(f"thought '{thought.id}': trap '{unknown[0]}' is not one of {trap_ids}")
        return self


RATING_RANGE = (0, 100)


class FormField(ContentModel):
    id: Identifier
    label: Text
    help: Text
    kind: Literal["text", "long_text", "rating"]


class FormExercise(ContentModel):
    """A form the student fills in and gets back as a tidy record (for example a thought record)."""

    id: Identifier
    title: Text
    intro: Text | None = None
    fields: list[FormField] = Field(min_length=1)

    @model_validator(mode="after")
    def _field_ids_are_unique(self) -> FormExercise:
        reject_duplicate_ids([f.id for f in self.fields], "field")
        return self
