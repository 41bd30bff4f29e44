"""A description with a proper modifier ("the Ukrainian commander said")
points back only to an earlier speaker it fits, never to whoever spoke last.

Cases are data: text, figure, expected speaker.
"""

from __future__ import annotations

import pytest

from .test_attribute import speak

CASES = {
    # the last speaker was named with another affiliation: a new speaker
    "other-affiliation": (
        "“Our company sold 2 million cars last year,” said Tesla chief Elon Musk.\n\n"
        "“We lost 40 soldiers yesterday,” the Ukrainian commander said.",
        "40", "Ukrainian commander"),
    # the modifier was in the words that named them
    "same-affiliation-in-naming": (
        "“We have 300 tanks,” said Ukrainian commander Oleksandr Syrskyi.\n\n"
        "“We lost 40 of them,” the Ukrainian commander said.",
        "40", "Oleksandr Syrskyi"),
    # ... or just before their name earlier in the story
    "affiliation-before-earlier-mention": (
        "Tory leader Michael Howard has dismissed the Budget.\n\n"
        "Taxes would rise, Mr Howard said.\n\n"
        "Borrowing would reach £168bn over six years, the Tory leader said.",
        "£168bn", "Michael Howard"),
    # nothing named the last speaker's affiliation: nothing tells them apart
    "no-affiliation-known": (
        "Voters will have a clear choice, said Charles Kennedy.\n\n"
        "In his New Year message the Liberal Democrat leader said 2,000 new members had joined.",
        "2,000", "Charles Kennedy"),
    # a bare description still points back to the last speaker
    "bare-description": (
        "“We sold 5 million,” said John Smith, a Ford official. “We sold 6 million more,” the official said.",
        "6 million", "John Smith"),
    # a marked description is not resolved forward to someone of another body
    "forward-needs-the-marks": (
        "The Trafford Centre spokeswoman said about 8,500 vehicles had arrived.\n\n"
        "It was a similar story at Bluewater. Spokesman Alan Jones said he expected 150,000 shoppers.",
        "8,500", "Trafford Centre spokeswoman"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_marked_description(case):
    text, figure, speaker = CASES[case]
    c = speak(text, figure)
    assert c.speaker == speaker, (c.speaker_rule, c.speaker_evidence)
