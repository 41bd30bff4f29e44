"""one34: the figure "one" is a count in three narrow shapes (ledger/one_count.py).

* a focus word right before it ("only one", "just one"), not after a copula, a negation or a
  condition, nor before a modal;
* a casualty or arrest verb right after its noun ("One miner was killed");
* a list with another count joined by "and" ("killing three and injuring one").

Everywhere else -- "one analyst said", "one way", "one-off", "is just one of many" -- it stays
a pronoun or a determiner and gives no claim.
"""

import pytest

from tests._claimkit import claims_of


def _one(text):
    cs = [c for c in claims_of(text) if c.text.lower() == "one"]
    return cs[0] if cs else None


# ---- a focus word: a count

@pytest.mark.parametrize("text", [
    "The mayor served just one term before moving to the senate.",
    "Only one bakery is left in the village of Upper Marsh.",
    "The goalkeeper has let in only one goal in six matches.",
    "The regulator allowed the firm to open only one branch last year.",
    "The coach made just one change to the side that lost in Cardiff.",
])
def test_focus_word_makes_one_a_count(text):
    c = _one(text)
    assert c is not None and c.value == 1


# ---- a casualty or arrest verb after its noun: a count of the casualty metric

def test_one_killed_is_a_death_toll():
    c = _one("One miner was killed and four were hurt when the tunnel collapsed near Tarnow.")
    assert c is not None and c.metric == "casualties.killed" and c.value == 1


def test_one_died_is_a_death_toll():
    c = _one("One pensioner died in the flat fire in Salford.")
    assert c is not None and c.metric == "casualties.killed"


def test_one_arrested_is_an_arrest_count():
    c = _one("One teenager was arrested after the disturbance in Hull.")
    assert c is not None and c.metric == "crime.arrests"


# ---- a list with another count

def test_one_listed_after_a_count_is_read_with_it():
    c = _one("The gunmen opened fire on the bus, killing three and injuring one.")
    assert c is not None and c.metric == "casualties.wounded"


def test_one_listed_after_killed_and_is_wounded():
    c = _one("Four villagers were killed and one injured in the raid on Madda.")
    assert c is not None and c.metric == "casualties.wounded"


# ---- no count: a pronoun, "a certain", an idiom, "one of many", a possibility

@pytest.mark.parametrize("text", [
    "One senior banker said the merger would be approved.",
    "One problem for the company is the cost of steel.",
    "At one point the shares fell by a fifth.",
    "The shop is just one outlet in a chain of 400 stores.",
    "You're just one phone call away from a new energy deal.",
    "Only one runner can win the London race.",
    "You cannot sell just one part of the business.",
    "Even if just one player gets injured, the squad is too thin.",
    "It is not just one company that faces the fine.",
    "The board paid a one-off bonus to staff.",
    "He wanted a new car but could not afford one.",
    "They have one or two ideas for the show.",
    "On one hand the deal is cheap, and two rivals agree.",
    "Two ministers met and one adviser said the talks failed.",
])
def test_one_that_is_no_count_gives_no_claim(text):
    assert _one(text) is None


# ---- a list read across "one": a count kept, a part or a hyphen not

def test_one_after_a_listed_count_keeps_its_noun():
    text = "The official owned four houses near Lviv, one in Kharkiv and two garages."
    c = _one(text)
    assert c is not None and c.value == 1
    assert c.metric == next(x.metric for x in claims_of(text) if x.text == "four")


def test_one_killed_and_another_injured_counts_the_dead():
    c = _one("One driver was killed and another injured on the motorway near Stoke.")
    assert c is not None and c.metric == "casualties.killed"


@pytest.mark.parametrize("text", [
    "The album won two prizes at the festival, one for design and another for sound.",
    "She ran 7.12, one-tenth of a second faster than her rival.",
])
def test_one_that_splits_a_count_or_is_glued_is_no_next_count(text):
    assert _one(text) is None
