"""The evidence filter as plain text: the filters and the result for the first option of each."""

from __future__ import annotations

from ...core.plain import wrap
from .describing import describe
from .model import EvidenceFilterContent


def evidence_filter_text(item: EvidenceFilterContent) -> str:
    lines = [item.title, "", wrap(item.intro), ""]
    for f in item.filters:
        lines.append(wrap(f"{f.label}: " + ", ".join(o.label for o in f.options), "  "))
    stored = {r.key: r for r in item.results}
    lines += ["", wrap(describe(stored.get(item.key(item.first_choice())), item.empty))]
    return "\n".join(lines).rstrip()
