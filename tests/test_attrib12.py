"""A speaker's name does not start inside a word: "said eBay's David Stern"
is David Stern (it was "Bay's David Stern", the capital inside "eBay" read
as the start of the name)."""

from __future__ import annotations

import pytest

from .test_attribute import speak


@pytest.mark.parametrize("text, figure, speaker", [
    ('"We have 125 million users," said eBay\'s David Stern.', "125 million", "David Stern"),
    ('"We sold 40 million songs," said iTunes boss Eddy Cue.', "40 million", "Eddy Cue"),
    ('"We sold 40 million songs," said Apple boss Steve Jobs.', "40 million", "Steve Jobs"),
])
def test_name_starts_at_a_word(text, figure, speaker):
    assert speak(text, figure).speaker == speaker


@pytest.mark.parametrize("text, figure, speaker", [
    # an inverted closing attribution of seven or eight words ("said X of the Y Z Company")
    ('"We sold 5 million cars last year," said Jane Doe of the Ford Motor Company.', "5 million", "Jane Doe"),
    ('"Prices will settle at $40 to $50," said energy analyst Orin Middleton of Barclays Capital.', "$40", "Orin Middleton"),
    ('"Profits rose 5%," said chairman and chief executive officer Bill Ford.', "5%", "Bill Ford"),
])
def test_longer_inverted_attribution(text, figure, speaker):
    assert speak(text, figure).speaker == speaker
