"""Phrases that give a figure as someone's: "X put the figure at N", "X made a prediction
that N ..." (rules/attribution/verbs.txt).  Two forecasts of one fact by two named sources
are then a dispute between them, not a contradiction of the outlet's."""

from __future__ import annotations

import pytest

from .test_attribute import speak


@pytest.mark.parametrize("text, figure, speaker", [
    ("A previous prediction from analysts Datamonitor put the figure at 4.6 million by 2008.", "4.6 million",
     "Datamonitor"),
    ("At the end of last year, Chris Deering, Sony's European president, made a prediction that 20 million "
     "European households would have HDTV sets by 2008.", "20 million", "Chris Deering"),
    ("The Red Cross puts the death toll at 1,200.", "1,200", "Red Cross"),
    ("Jane Doe made the claim that 40% of bridges are unsafe.", "40%", "Jane Doe"),
])
def test_a_phrase_gives_the_figure_a_speaker(text, figure, speaker):
    assert speak(text, figure).speaker == speaker


@pytest.mark.parametrize("text, figure", [
    ("The club has put the offer at 300p a share on hold.", "300p"),  # no "figure/number/toll" phrase
    ("Shares made a gain of 5% on Monday.", "5%"),
])
def test_other_puts_and_makes_give_no_speaker(text, figure):
    assert speak(text, figure).speaker_rule == "outlet-voice"  # the outlet's own words
