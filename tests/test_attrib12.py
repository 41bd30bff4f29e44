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
