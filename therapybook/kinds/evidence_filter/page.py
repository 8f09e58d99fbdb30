"""The evidence filter on a book page: one select per filter; the sentence for every combination is in
the data island, so the page needs no kernel and no pooling in JavaScript."""

from __future__ import annotations

from ...core.html import kind_of, render_page, root_id
from .describing import describe
from .model import EvidenceFilterContent

KIND = kind_of(__name__)


def evidence_filter_html(item: EvidenceFilterContent) -> str:
    sentences = {result.key: describe(result, item.empty) for result in item.results}
    first = sentences.get(item.key(item.first_choice()), item.empty)
    return render_page(
        KIND,
        item=item,
        root_id=root_id("filter", item.id),
        first=first,
        data={"filters": [f.id for f in item.filters], "sentences": sentences, "empty": item.empty},
    )
