"""(liar30) a ratio or a range written as one hyphened word, "two-to-one", "3-to-1", "two-to-three"."""
import pytest

from ledger.figures import find_figures


@pytest.mark.parametrize("text,fig,value", [
    ("By a two-to-one margin, Rhode Islanders want to ban assault weapons.", "two-to-one", 2.0),
    ("Voters backed the measure by a 3-to-1 margin.", "3-to-1", 3.0),
    ("Americans favour it by a ten-to-one margin.", "ten-to-one", 10.0),
])
def test_a_hyphened_ratio_to_one_is_one_ratio_figure(text, fig, value):
    figs = find_figures(text)
    assert [(f.text, f.kind, f.value) for f in figs] == [(fig, "ratio", value)]


def test_a_hyphened_range_upwards_is_one_range():
    figs = find_figures("The job takes two-to-three weeks.")
    assert [(f.kind, f.low, f.high) for f in figs] == [("range", 2.0, 3.0)]


@pytest.mark.parametrize("text,texts", [
    ("It was a one-to-one meeting.", ["one"]),        # no ratio, no second figure
    ("The team won 3-to-2 on Saturday.", ["3"]),      # a score: the second number stays glued
    ("They met face-to-face in an F-16 hangar.", []),
])
def test_a_hyphened_to_that_is_no_ratio_nor_range_is_left_as_it_was(text, texts):
    assert [f.text for f in find_figures(text)] == texts


@pytest.mark.parametrize("text,fig,value", [
    ("Voters approved the tax by a 2-1 margin.", "2-1", 2.0),
    ("A poll shows Floridians oppose the plan by a margin of 3-1.", "3-1", 3.0),
])
def test_a_hyphened_n_to_one_margin_is_a_ratio_not_a_score(text, fig, value):
    figs = find_figures(text)
    assert [(f.text, f.kind, f.value) for f in figs] == [(fig, "ratio", value)]


@pytest.mark.parametrize("text", ["Arsenal won 2-1 at home.", "The committee approved it by a 3-2 margin."])
def test_a_score_or_a_tally_that_is_no_margin_to_one_stays_as_it_was(text):
    assert list(find_figures(text)) == []
