"""Figure forms read in session 4 (helper nofit4): numbers after a capitalised
verb in a title-case headline, and HTML character references left in copy."""
import pytest

from ledger.figures import find_figures


@pytest.mark.parametrize("text, shown, value", [
    ("Image Claims To Show Donald Trump Waiting To Welcome Hostages After Holding 4 Campaign Rallies", "4", 4),
    ("Did Obama Order A Drone Strike On A Wedding That Killed 10 Women And 23 Children?", "10", 10),
    ("Woman Who Has 3 Husbands Says She Is Happy With Her Life", "3", 3),
    ("Do Members Of Congress Get Benefits After Serving One Term?", "One", 1),
])
def test_number_after_a_headline_verb_counts(text, shown, value):
    figs = [f for f in find_figures(text) if f.text == shown]
    assert len(figs) == 1 and figs[0].value == value, find_figures(text)


@pytest.mark.parametrize("text, shown", [
    ("Does This Video Show Leopard 2 Tanks Stuck In Ukraine?", "2"),  # a model name in a headline
    ("Pope Francis Told To Revise The Ten Commandments By Bishops", "Ten"),
    ("A Teenager Was Killed After His Xbox One Malfunctioned And Ejected A Disc", "One"),
    ("Fans From Reading 3 Were Welcomed At The Club Today", "3"),  # a place, not a verb, before it
    ("the killing of Holding 4 was reported", "4"),  # a capitalised name outside a headline
])
def test_designations_in_headlines_stay_names(text, shown):
    assert not [f for f in find_figures(text) if f.text == shown and f.unit == "count"]


@pytest.mark.parametrize("text", ["He moved to S&#227;o Paulo last year.", "the communiqu&#233; said so",
                                  "Pel&#233; scored"])
def test_html_character_reference_is_no_figure(text):
    assert find_figures(text) == ()


def test_number_after_a_hash_still_a_figure():
    assert [f.value for f in find_figures("They won 5 of 7 games; #3 seed")][:2] == [5, 7]


@pytest.mark.parametrize("text, values", [
    ("The California Senate voted 28-8 in favor.", [28, 8]),
    ("The House voted 220-207 to impeach him.", [220, 207]),
    ("The Supreme Court ruled 5-4 on Friday.", [5, 4]),
    ("It was a 6-3 decision.", [6, 3]),
])
def test_vote_tally_is_two_counts(text, values):
    assert [f.value for f in find_figures(text)] == values


@pytest.mark.parametrize("text", ["England beat Wales 24-10.", "Chelsea won 3-1 at home.",
                                  "She won the set 6-4 6-3."])
def test_scores_stay_dropped(text):
    assert find_figures(text) == ()
