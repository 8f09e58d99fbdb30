"""Short citation labels, as quizzes and walkthroughs show them."""

from __future__ import annotations

import pytest

from therapybook.core.citations import short_citation


@pytest.mark.parametrize(
    "key, label",
    [
        ("cuijpers2021network", "Cuijpers et al., 2021"),
        ("vanstraten2010stepped", "van Straten et al., 2010"),
        ("nice2022ng222", "National Institute for Health and Care Excellence, 2022"),
    ],
)
def test_short_citation(fixture_data, key, label):
    assert short_citation(key) == label


def test_unknown_key_is_a_key_error(fixture_data):
    with pytest.raises(KeyError):
        short_citation("nobody2020")
