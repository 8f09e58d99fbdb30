"""The print editions' parts, made from small built pages: a quiz becomes questions with its answers at the end,
figures keep their alt text, links point into the document, and a missing figure or page is named."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from therapybook.editions.errors import PrintError
from therapybook.editions.links import in_one_document, target
from therapybook.editions.parts import read_part
from therapybook.instructor.catalogue import bank, banks_of_chapter
from therapybook.instructor.lettered import lettered
from therapybook.kinds.quiz.page import quiz_html

CHAPTER = "02_cbt"


def built_page(html_dir: Path, body: str, image: bool = True) -> None:
    """A chapter page as the book build writes it: the notice, the chapter's section, scripts."""
    (html_dir / "notebooks").mkdir(parents=True)
    (html_dir / "_images").mkdir()
    if image:
        (html_dir / "_images" / "figure.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (html_dir / "notebooks" / f"{CHAPTER}.html").write_text(
        '<html><body><nav>Previous</nav><main><article class="bd-article">'
        '<div class="tb-help-notice">Education, not care.</div>'
        f'<section id="cbt"><h1>CBT<a class="headerlink" href="#cbt">#</a></h1>{body}</section>'
        "<script>kernelName = 'python3'</script></article></main></body></html>",
        encoding="utf-8",
    )


def the_quiz() -> str:
    file = next(f for f in banks_of_chapter(CHAPTER) if f.kind == "quiz")
    return quiz_html(bank(file))


def test_a_quiz_becomes_questions_and_its_keys_come_after_everything_else(tmp_path):
    built_page(
        tmp_path, f'<section id="try"><h2>Try it</h2>{the_quiz()}</section><section id="s"><h2>Summary</h2></section>'
    )
    part = read_part(tmp_path, f"notebooks/{CHAPTER}", "chapter", in_one_document({f"notebooks/{CHAPTER}"}))
    html = BeautifulSoup(part.html, "html.parser")
    questions = html.select("li.tb-paper-question")
    keys = html.select(".tb-paper-answers li[data-question]")
    expected = lettered(bank(next(f for f in banks_of_chapter(CHAPTER) if f.kind == "quiz")))
    assert [q["data-question"] for q in questions] == [q.id for q in expected] == [k["data-question"] for k in keys]
    answers = html.select_one(".tb-paper-answers")
    assert answers is not None and answers.find_previous("h2").get_text() == "Summary", "answers come last"
    for question, lettered_question in zip(questions, expected, strict=True):
        assert lettered_question.explanation not in question.get_text(), "no explanation beside a question"
        assert not question.select("[class*=right], [class*=correct], strong, b"), "no option is marked"
    first_key = keys[0].get_text(" ", strip=True)
    assert first_key.startswith(expected[0].answer) and expected[0].explanation in first_key
    assert not html.select("script, button, input, .tb-help-notice, a.headerlink, [data-tb-kind]")
    assert "kernelName" not in part.html


def test_figures_keep_their_alt_text_and_links_point_into_the_document(tmp_path):
    built_page(
        tmp_path,
        '<p><img alt="Four boxes in a loop" src="../_images/figure.png"></p>'
        '<p><a href="../book/references.html#id28">NHS, n.d.</a> <a href="#cbt">up</a> '
        '<a href="https://www.nhs.uk/">NHS</a> <a href="12_measuring.html">chapter 12</a></p>',
    )
    docname = f"notebooks/{CHAPTER}"
    part = read_part(tmp_path, docname, "chapter", in_one_document({docname, "book/references"}))
    html = BeautifulSoup(part.html, "html.parser")
    assert [(i["src"], i["alt"]) for i in html.select("img")] == [("images/figure.png", "Four boxes in a loop")]
    assert part.images == ((tmp_path / "_images" / "figure.png").resolve(),)
    assert [a["href"] for a in html.select("a")] == [
        "#book-references--id28",
        f"#{part.anchor}--cbt",
        "https://www.nhs.uk/",
    ]
    assert "chapter 12" in html.get_text(), "a link to a page left out keeps its words"
    assert part.cites == frozenset({"id28"})


def test_a_missing_figure_or_page_is_named(tmp_path):
    built_page(tmp_path, '<img alt="A chart" src="../_images/gone.png">', image=False)
    with pytest.raises(PrintError, match=r"notebooks/02_cbt.html: the image ../_images/gone.png is missing"):
        read_part(tmp_path, f"notebooks/{CHAPTER}", "chapter", in_one_document(set()))
    with pytest.raises(PrintError, match=r"book/glossary.html: no such page; build the book first"):
        read_part(tmp_path, "book/glossary", "back", in_one_document(set()))


def test_relative_links_resolve_to_pages_and_ids():
    assert target("notebooks/02_cbt", "../book/glossary.html#term-CBT") == ("book/glossary", "term-CBT")
    assert target("notebooks/02_cbt", "#summary") == ("notebooks/02_cbt", "summary")
    assert target("notebooks/02_cbt", "03_behavioural_activation.html") == ("notebooks/03_behavioural_activation", None)
    assert target("notebooks/02_cbt", "../_sources/notebooks/02_cbt.ipynb") is None
    assert target("notebooks/02_cbt", "https://example.org/page.html") is None
