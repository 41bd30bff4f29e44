"""A pronoun or a definite noun as the figure's actor takes the name it
stands for (ledger/claims.py, _pronoun_actor)."""
import os

import pytest

from ledger import claims as C, documents, figures
from ledger.rules import load_rules

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture(scope="module")
def rules():
    return load_rules(os.path.join(ROOT, "rules"))


def subjects(text, rules):
    d = documents.load_text(text, path="t")
    return {c.text: c.subject for c in C.type_figures(d, figures.find_figures(text), figures.find_dates(text), rules)}


@pytest.mark.parametrize("text, fig, subject", [
    # he/she: the person the sentence before names, not the place near the figure
    ("Kylie Minogue toured Britain. She won 3 awards in 2004.", "3", "Kylie Minogue"),
    ("Mr Blair visited France. He won 3 awards in 2004.", "3", "Mr Blair"),
    ("Microsoft chief Bill Gates visited Paris. He said he earned £5bn in 2004.", "£5bn", "Bill Gates"),
    # a sentence whose actor is the same pronoun is passed over
    ("Mr Curry is American. He grew up in the Netherlands. He spent the next seven years in New York.",
     "seven years", "Mr Curry"),
    # they: the team that opens the sentence before
    ("Manchester United beat Arsenal. They sold 2 million shirts in 2004.", "2 million", "Manchester United"),
])
def test_pronoun_takes_its_referent(rules, text, fig, subject):
    assert subjects(text, rules)[fig] == subject


@pytest.mark.parametrize("text, fig, wrong", [
    # "they" after a sentence opened by a common noun: not the name in its object
    ("By September the album had sold 500,000 in the States. They have been nominated for three Grammy awards.",
     "three", "States"),
    # "the club" as an object is no actor
    ("Desailly played for Chelsea. Roman Abramovich bought the club in 2003.", "2003", "Chelsea"),
    # two persons and no actor among them: no guess
    ("Michael Jackson, Billy Joel and Jay-Z used the studio, as did 50 Cent, who was shot as he left in 2000.",
     "2000", "Michael Jackson"),
    # a role noun ("the musician") only takes an acting opening name, not an object
    ("Music mogul Tony Wilson will be co-executive producer. The musician committed suicide in 1980.",
     "1980", "Tony Wilson"),
])
def test_unclear_referent_left_alone(rules, text, fig, wrong):
    assert subjects(text, rules).get(fig) != wrong
