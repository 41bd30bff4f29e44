"""cnt27: counts inside a hyphenated compound ("a two-headed snake", "the three-judge panel",
"four-time champion Andre Agassi", "two-term Governor Scott Walker")."""

import pytest

from tests._claimkit import claims_of


def _got(text):
    return [(c.text, c.metric, c.subject, c.rule) for c in claims_of(text)]


def test_compound_number_after_the_is_no_back_reference():
    # "the three ..." points back to a group; "the three-eyed ..." is a compound's number
    got = _got("Priyanka Chopra said the three-eyed Lord Shiva could not recognise his son.")
    assert ("three", "biology.eye", "Shiva", "BIO978") in got
    got = _got("The three-judge panel gave prosecution lawyers until Friday.")
    assert [(t, m) for t, m, _, _ in got] == [("three", "size.panel")]


def test_back_reference_still_dropped():
    # a number word standing alone after "the" still points back
    assert _got("The three were arrested in Ohio.") == []
    assert _got("The two men were arrested.") == []


def test_one_still_a_pronoun_in_a_compound():
    # "one-" compounds stay unread ("one-off", "one-way", "one-eyed"): "one" is read as a pronoun
    assert all(c.text.lower() != "one" for c in claims_of("A one-eyed shark was caught off Florida."))


@pytest.mark.parametrize("text, metric, value", [
    ("Video shows a two-headed snake found in a garden in Texas.", "biology.head", 2),
    ("A six-legged lamb was born in Wales.", "biology.leg", 6),
    ("A three-eyed fish was caught near Sydney.", "biology.eye", 3),
    ("Photo shows a six-fingered baby born in Ohio.", "biology.finger", 6),
])
def test_body_part_compounds(text, metric, value):
    cs = [c for c in claims_of(text) if c.rule == "BIO978"]
    assert [(c.metric, c.value) for c in cs] == [(metric, value)]


@pytest.mark.parametrize("text", [
    "He lost his savings on a one-armed bandit in Las Vegas.",
    "Ohio has two-headed committees for each county.",
    "The two-faced senator voted against the bill.",
    "Chelsea's captain was sent off for a two-footed tackle.",
    "The party built a two-headed leadership in 2019.",
])
def test_body_part_compounds_need_a_creature(text):
    assert not [c for c in claims_of(text) if c.rule == "BIO978"]


def test_titles_and_terms_need_a_name_next_to_them():
    assert ("four", "frequency.won", "Andre Agassi", "WIN979") in _got(
        "The 23-year-old could meet four-time champion Andre Agassi in the quarter-finals.")
    assert ("15", "frequency.won", "Tiger Woods", "WIN979") in _got("Tiger Woods, the 15-time major winner, won again.")
    assert not [c for c in claims_of("Federer beat the four-time champion in Paris.") if c.rule == "WIN979"]
    assert ("Two", "politics.term", "Scott Walker", "TRM980") in _got("Two-term Governor Scott Walker signed Act 10 in 2011.")
    assert not [c for c in claims_of("Obama beat a two-term senator in the primary.") if c.rule == "TRM980"]
