"""The walkthrough on a book page: every step in the markup (readable without
JavaScript), shown one at a time by the page script."""

from __future__ import annotations

from ...core.citations import sources_label
from ...core.html import kind_of, render_page, root_id
from .model import WalkthroughContent
from .stepping import position_label

KIND = kind_of(__name__)


def walkthrough_root_id(walk: WalkthroughContent) -> str:
    return root_id("walk", walk.id)


def walkthrough_html(walk: WalkthroughContent) -> str:
    return render_page(
        KIND,
        walk=walk,
        root_id=walkthrough_root_id(walk),
        lens_labels={o.id: o.label for o in walk.lens.options} if walk.lens else {},
        sources={step.id: sources_label(step.cite) for step in walk.steps},
        position_label=position_label,
    )
