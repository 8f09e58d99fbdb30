"""What a question bank file (data/quiz/<name>.yml) may contain.

Rules that span fields (how many options are correct) live here, next to the
fields they constrain, so every later step can trust the data.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from ...core.text import CiteKey, ContentModel, Identifier, Text, reject_duplicate_ids


class Option(ContentModel):
    text: Text
    correct: bool = False
    feedback: Text
    # Keep this option at its place in the file when the others are shuffled ("All of the above").
    pin: bool = False


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
