"""The assessment pool's rules (assessment/README.md), each broken once in a copy of the fixture pool, with the
message ``python -m therapybook validate`` prints: the file, the item and the field."""

from __future__ import annotations

import pytest
from pool_files import make_pool_folder

from therapybook.pool.check import load_chapter, problems
from therapybook.validate import content_problems

POOL = "assessment/pool/02_sample.yml"
CASES = "assessment/cases/02_sample.yml"


@pytest.fixture
def pool(tmp_path, monkeypatch):
    return make_pool_folder(tmp_path, monkeypatch)


def found(pool) -> list[str]:
    checked, lines = problems()
    assert checked == 2
    # Paths outside the project print in full; keep the part an author recognises.
    return [line.replace(str(pool.root) + "/", "") for line in lines]


def test_the_fixture_pool_keeps_every_rule(pool):
    assert found(pool) == []
    chapter = load_chapter("02_sample")
    assert chapter.number == "02" and len(chapter.pool.questions) == 6 and chapter.cases.cases[0].points == 5


def test_an_objective_must_be_one_of_the_practice_banks(pool):
    pool.change_pool(lambda c: c["questions"][0].update(objective="no-such-objective"))
    lines = found(pool)
    assert (
        f"{POOL}: question 'talk-therapies-v1': 'objective': 'no-such-objective' is not an objective of "
        "data/quiz/02_sample.yml (its objectives are: talk-therapies, course-terms)"
    ) in lines
    assert any("objective 'talk-therapies' has 2 variant(s)" in line for line in lines)


def test_every_objective_needs_three_variants(pool):
    pool.change_pool(lambda c: c["questions"].pop())
    assert found(pool) == [
        f"{POOL}: objective 'course-terms' has 2 variant(s) (course-terms-v1, course-terms-v2); each objective needs "
        "at least 3, so a random draw can give students different ones"
    ]


def test_an_objective_with_no_variant_is_named(pool):
    pool.change_pool(lambda c: c.update(questions=[q for q in c["questions"] if q["objective"] != "course-terms"]))
    assert found(pool) == [
        f"{POOL}: objective 'course-terms' has 0 variant(s); each objective needs at least 3, so a random draw can "
        "give students different ones"
    ]


@pytest.mark.parametrize(
    ("change", "shape"),
    [
        (lambda q: q["options"].pop(), "multiple, 3 options, 2 right"),
        (lambda q: q["options"][1].update(correct=False), "multiple, 4 options, 1 right"),
    ],
    ids=["option count", "right-option count"],
)
def test_variants_of_an_objective_are_parallel(pool, change, shape):
    pool.change_pool(lambda c: change(c["questions"][4]))
    assert found(pool) == [
        f"{POOL}: question 'course-terms-v2': is not parallel to 'course-terms-v1', the first variant of objective "
        f"'course-terms' ({shape}, against multiple, 4 options, 2 right); the variants of an objective have the same "
        "type, number of options and number of right options"
    ]


def test_variants_of_an_objective_have_the_same_type(pool):
    def to_true_false(content):
        question = content["questions"][2]
        question["type"] = "truefalse"
        question["options"] = [
            {"text": "True", "correct": True, "feedback": "Yes."},
            {"text": "False", "feedback": "No."},
        ]

    pool.change_pool(to_true_false)
    lines = found(pool)
    assert any("question 'talk-therapies-v3': is not parallel to 'talk-therapies-v1'" in line for line in lines)
    assert any("(truefalse, 2 options, 1 right, against single, 3 options, 1 right)" in line for line in lines)


def test_a_prompt_copied_from_a_practice_bank_is_refused_even_with_other_case_and_punctuation(pool):
    copied = "which of these is a TALK therapy, that works through conversation"
    pool.change_pool(lambda c: c["questions"][0].update(prompt=copied))
    assert found(pool) == [
        f"{POOL}: question 'talk-therapies-v1': 'prompt' repeats the practice question data/quiz/02_sample.yml: "
        "question 'q1' (\"which of these is a TALK therapy, that works through conver…\")"
    ]


def test_an_option_copied_from_a_practice_bank_is_refused_but_a_short_name_may_repeat(pool):
    def copy_options(content):
        options = content["questions"][1]["options"]
        options[0]["text"] = "A course of an antidepressant medicine."
        content["questions"][3]["options"][2]["text"] = "placebo"  # one word: a name, not a question

    pool.change_pool(copy_options)
    lines = found(pool)
    assert lines == [
        f"{POOL}: question 'talk-therapies-v2': option 1: 'text' repeats the practice question "
        "data/quiz/02_sample.yml: question 'q1' (\"A course of an antidepressant medicine.\")"
    ]


def test_the_right_option_may_not_be_the_longest_too_often(pool):
    def longest_right(content):
        for question in content["questions"][:3]:
            for option in question["options"]:
                if option.get("correct"):
                    option["text"] = "A talk therapy, given by someone trained to guide the conversation each week"

    pool.change_pool(longest_right)
    assert found(pool) == [
        f"{POOL}: the right option is the longest in 3 of 3 single-answer questions (100%); at most 40% may be, "
        "so that length gives nothing away"
    ]


def test_the_right_option_may_not_sit_in_one_position_too_often(pool):
    def right_first(content):
        for question in content["questions"][:3]:
            question["options"].sort(key=lambda option: not option.get("correct", False))

    pool.change_pool(right_first)
    assert found(pool) == [
        f"{POOL}: the right option is option 1 in 3 of 3 one-answer questions (100%); at most 50% may share a "
        "position, so spread the right options (now {1: 3})"
    ]


def test_citation_keys_must_be_in_the_bibliography(pool):
    pool.change_pool(lambda c: c["questions"][0].update(cite=["nosuchkey2020"]))
    pool.change_cases(lambda c: c["cases"][0].update(cite=["frank1991conceptualization", "alsomissing"]))
    lines = found(pool)
    assert f"{POOL}: question 'talk-therapies-v1': 'cite': 'nosuchkey2020' is not in data/references.bib" in lines
    assert f"{CASES}: case 'sample-course-of-an-episode': 'cite': 'alsomissing' is not in data/references.bib" in lines


def test_every_question_cites_a_source(pool):
    pool.change_pool(lambda c: c["questions"][5].update(cite=[]))
    assert found(pool) == [
        f"{POOL}: question 'course-terms-v3': 'cite' needs at least one source that supports the key"
    ]


def test_a_question_keeps_the_practice_banks_own_rules(pool):
    def break_question(content):
        del content["questions"][0]["objective"]
        content["questions"][1]["options"][0]["correct"] = True

    pool.change_pool(break_question)
    lines = found(pool)
    assert f"{POOL}: question 'talk-therapies-v1': 'objective' is required" in lines
    assert (
        f"{POOL}: question 'talk-therapies-v2': a 'single' question needs exactly one correct option, found 2"
    ) in lines


def test_the_file_is_named_after_an_existing_practice_bank(pool):
    pool.change_pool(lambda c: c.update(bank="03_other"))
    assert found(pool) == [
        f"{POOL}: 'bank' is '03_other' but must match the file name '02_sample' (a pool file is named after its "
        "practice bank)"
    ]
    pool.pool_file().rename(pool.pool_file("03_other"))
    assert found(pool)[0].startswith(
        "assessment/pool/03_other.yml: 'bank': '03_other' is not a practice bank in data/quiz "
        "(the banks are: 02_sample,"
    )


def test_rubric_levels_descend_to_zero(pool):
    def break_levels(content):
        rubric = content["cases"][0]["rubric"]
        rubric[0]["levels"][1]["points"] = 2
        rubric[1]["levels"][2]["points"] = 1
        rubric[1]["levels"][1]["points"] = 2

    pool.change_cases(break_levels)
    assert found(pool) == [
        f"{CASES}: case 'sample-course-of-an-episode': criterion 1: levels must go from the highest points down, each "
        "lower than the last (found [2, 2, 0])",
        f"{CASES}: case 'sample-course-of-an-episode': criterion 2: levels must go from the highest points down, each "
        "lower than the last (found [2, 2, 1])",
    ]
    pool.change_cases(
        lambda c: c["cases"][0]["rubric"][0]["levels"].__setitem__(
            slice(None), [{"points": 3, "descriptor": "All."}, {"points": 1, "descriptor": "Some."}]
        )
    )
    assert (
        f"{CASES}: case 'sample-course-of-an-episode': criterion 1: the last level must be worth 0 points (found 1)"
    ) in found(pool)


def test_a_case_names_objectives_of_the_bank_and_has_three_to_five_criteria(pool):
    def break_case(content):
        case = content["cases"][0]
        case["objectives"].append("not-an-objective")
        case["rubric"][2]["objective"] = "also-not"

    pool.change_cases(break_case)
    lines = found(pool)
    assert (
        f"{CASES}: case 'sample-course-of-an-episode': objective 3: 'not-an-objective' is not an objective of "
        "data/quiz/02_sample.yml (its objectives are: talk-therapies, course-terms)"
    ) in lines
    assert any("case 'sample-course-of-an-episode': criterion 3: 'objective': 'also-not' is not" in x for x in lines)
    pool.change_cases(lambda c: c["cases"][0].update(rubric=c["cases"][0]["rubric"][:2]))
    assert f"{CASES}: case 'sample-course-of-an-episode': 'rubric' needs at least 3 item(s)" in found(pool)


def test_a_vignette_has_80_to_200_words(pool):
    pool.change_cases(lambda c: c["cases"][0].update(vignette="Gita felt low for a while, then better."))
    assert found(pool) == [
        f"{CASES}: case 'sample-course-of-an-episode': 'vignette' has 8 words; a vignette has 80 to 200"
    ]


def test_case_ids_are_unique_across_case_files(pool):
    practice = pool.read(pool.data / "quiz" / "02_sample.yml")
    practice["id"] = "03_other"
    pool.write(pool.data / "quiz" / "03_other.yml", practice)
    other = pool.read(pool.case_file())
    other["bank"] = "03_other"
    pool.write(pool.case_file("03_other"), other)
    checked, lines = problems()
    assert checked == 3
    assert [line.replace(str(pool.root) + "/", "") for line in lines] == [
        "assessment/cases/03_other.yml: case 'sample-course-of-an-episode': 'id' is already used in "
        f"{CASES}; "
        "case ids are unique across all case files"
    ]


def test_a_file_that_is_not_yaml_is_named_as_never_read(pool):
    (pool.assessment / "pool" / "02_sample.yaml").write_text("bank: 02_sample\n", encoding="utf-8")
    assert found(pool) == [f"{POOL[:-4]}.yaml: is not a '.yml' file, so it is never read; rename or remove it"]


def test_validate_reports_the_pool_with_the_rest_of_the_content(pool):
    pool.change_pool(lambda c: c["questions"].pop())
    _checked, lines = content_problems()
    assert any(
        line.endswith(
            "objective 'course-terms' has 2 variant(s) (course-terms-v1, course-terms-v2); each "
            "objective needs at least 3, so a random draw can give students different ones"
        )
        for line in lines
    )


def test_validate_skips_the_pool_when_there_is_no_assessment_folder(pool, monkeypatch):
    monkeypatch.setenv("THERAPYBOOK_ASSESSMENT", str(pool.root / "nowhere"))
    pool.change_pool(lambda c: c["questions"].pop())
    _checked, lines = content_problems()
    assert not any("variant" in line for line in lines)
